// The promotion gates' verdict (issues 19 and 54), folded from plain data: each registered gate's
// evidence (promote/gates/registry.ts), the push mode and a break-glass label. Nothing here reads git,
// GitHub or the clock: each gate gathers its own evidence (promote/gate-evidence.ts runs them), and
// operations/promote/run.ts acts on the verdict.

import { GATES, type GateEvidence } from './gates/registry.ts';
import type { Gate, Hold } from './gates/gate.ts';
import type { BreakGlass } from './ports.ts';

/** What the gates decided: go, open the pull request as a draft without auto-merge, or refuse before anything is written. */
export interface GateVerdict {
  action: 'go' | 'draft' | 'refuse';
  /** The holds in force. */
  holds: Hold[];
  /** Holds a break-glass label lifted. */
  lifted: Hold[];
  breakGlass?: BreakGlass;
  /** Lines for the summary and the PR body (a rollback's exemption, who approved, the break-glass record). */
  notes: string[];
}

/** What the verdict is decided from. */
export interface GateInput {
  now: number;
  push: 'pr' | 'direct';
  /** The evidence of each gate configured for this route, by the gate's name. */
  evidence: Partial<GateEvidence>;
  /** The break-glass label on the open promotion pull request, when it has it. */
  breakGlass?: BreakGlass;
}

/** Each registered gate with its evidence, in the registry's order; gates without evidence are not configured here. */
function configured(evidence: Partial<GateEvidence>): { gate: Gate; evidence: unknown }[] {
  const by = evidence as Record<string, unknown>;
  return (GATES as readonly Gate[]).filter((g) => by[g.name] !== undefined).map((gate) => ({ gate, evidence: by[gate.name] }));
}

/**
 * The gates' verdict: each gate's holds, those of a gate break glass lifts
 * lifted by a break-glass label; a hold refuses when its gate says so (a
 * soak by default), else makes a draft; with push: direct any hold refuses.
 */
export function gateVerdict(g: GateInput): GateVerdict {
  const notes: string[] = [];
  const holds: Hold[] = [];
  const lifted: Hold[] = [];
  let refuse = false;
  for (const { gate, evidence } of configured(g.evidence)) {
    notes.push(...(gate.notes?.(evidence) ?? []));
    const own = gate.holds(evidence, g.now);
    if (gate.breakGlass && g.breakGlass) {
      lifted.push(...own);
      continue;
    }
    holds.push(...own);
    if (own.length > 0 && gate.onHold(evidence) === 'refuse') refuse = true;
  }
  if (lifted.length > 0 && g.breakGlass) {
    const b = g.breakGlass;
    notes.push(
      `Break glass: the label '${b.label}' on #${b.pull} was added by ${b.by ? `@${b.by}` : 'an unknown user'}${b.at ? ` at ${b.at}` : ''}; it lifted: ${lifted.map((h) => h.message).join('; ')}.`,
    );
  }
  let action: GateVerdict['action'] = 'go';
  if (holds.length > 0) action = g.push === 'direct' || refuse ? 'refuse' : 'draft';
  return { action, holds, lifted, ...(lifted.length > 0 ? { breakGlass: g.breakGlass } : {}), notes };
}

/** Whether a break-glass label would lift any of `holds`: the label is looked up only then. */
export function liftable(holds: readonly Hold[]): boolean {
  return holds.some((h) => GATES.find((g) => g.name === h.gate)?.breakGlass);
}

/** The latest moment a hold lifts, for "held until". */
export function heldUntil(v: GateVerdict): number | undefined {
  const times = v.holds.map((h) => h.until);
  return times.some((t) => t === undefined) ? undefined : Math.max(...(times as number[]));
}

/** The holds as lines for the job summary, the log and the PR body: which gate held the promotion, and until when. */
export function gateLines(v: GateVerdict): string[] {
  return v.holds.map((h) => `Held by ${GATES.find((g) => g.name === h.gate)?.title ?? h.gate}: ${h.message}.`);
}

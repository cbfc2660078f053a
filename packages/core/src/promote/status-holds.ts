// The holds `lockstep status` shows (issue 75): what promote's gates would hold each next promotion by, decided by
// those gates' own `holds` (gates/fan-in.ts, gates/rollback-hold.ts) from what status read anyway — each edge's
// plan and every environment's pins — and from the rollbacks read for every environment in one history walk
// (rollback-history.ts rollbacksOf). So status says a hold in the words a promotion is refused with. The gates that
// read the clock, a calendar or GitHub's reviews (soak, windows, approval) are a promotion's to say.

import type { Hold } from './gates/gate.ts';
import { fanIn, wantsOf } from './gates/fan-in.ts';
import { rollbackHold } from './gates/rollback-hold.ts';
import { lockstepHydrated } from './hydrated.ts';
import type { PromotionPlan } from './plan.ts';
import type { PromoteRequest } from './request.ts';
import { holdChain, type RolledBack } from './rollback-history.ts';
import type { EnvironmentPins } from './status-tables.ts';

/** A hold as status says it: the gate's name, its title (`held by a rollback: …`) and its words. */
export interface StatusHold extends Hold {
  title: string;
}

/** An environment a rollback holds: the rollback, and the gate (its name) and words for a promotion into it. */
export interface HeldEnvironment extends RolledBack {
  gate: string;
  message: string;
}

const titled = (title: string, holds: Hold[]): StatusHold[] => holds.map((h) => ({ ...h, title }));

/** The rollback gate's evidence for a promotion into `target`: never a lift (status lifts nothing). */
const rollbackHolds = (target: string, held: RolledBack[], now: number): StatusHold[] =>
  held.length === 0 ? [] : titled(rollbackHold.title, rollbackHold.holds({ target, held, lift: false }, now));

/** Each environment a rollback holds, in the config's order, with the words a promotion into it is refused with. */
export function heldEnvironments(rolledBack: readonly (RolledBack | undefined)[], now: number): HeldEnvironment[] {
  return rolledBack.flatMap((r) => {
    const [hold] = r ? rollbackHolds(r.env, [r], now) : [];
    return r && hold ? [{ ...r, gate: hold.gate, message: hold.message }] : [];
  });
}

/** What status read that the holds of an edge are decided from. */
export interface EdgeEvidence {
  req: PromoteRequest;
  /** The rollback holding each environment, by name (rollbacksOf). */
  rolledBack: ReadonlyMap<string, RolledBack>;
  /** The environments' pins read so far (every one an edge into `envs[k]` comes from is read before it). */
  pins: readonly EnvironmentPins[];
  now: number;
}

/**
 * The holds of the next promotion into `req.environments[k]` (from any of its predecessors: both gates judge the
 * target, not the edge), in the gates' order: fan-in when the plan writes pins an `after:` environment does not run
 * (no plan, as for an edge that could not be planned: none), then a rollback of the target or of an environment it is
 * promoted from. A hydrated target's gates read its branches, which status does not: none.
 */
export function edgeHolds(e: EdgeEvidence, k: number, plan: Pick<PromotionPlan, 'changes' | 'chart'> | undefined): StatusHold[] {
  const to = e.req.environments[k];
  if (lockstepHydrated(e.req, to.name)) return [];
  const after = to.after ?? [];
  const fan =
    plan && after.length > 0
      ? titled(fanIn.title, fanIn.holds({ env: to.name, wants: wantsOf(plan), runs: e.pins.filter((p) => after.includes(p.name)) }, e.now))
      : [];
  const held = holdChain(e.req.environments, k).flatMap((name) => {
    const r = e.rolledBack.get(name);
    return r ? [r] : [];
  });
  return [...fan, ...rollbackHolds(to.name, held, e.now)];
}

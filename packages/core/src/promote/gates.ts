// The promotion gates of issue 19, decided from plain data: how long each
// promoted pin has been in the source environment (its first-parent history
// on the base branch), the target's promotion windows and freezes, the time
// now (the World's clock, read by the caller) and a break-glass label.
// Nothing here reads git, GitHub or the clock: promote/gate-evidence.ts
// gathers the evidence, operations/promote/run.ts acts on the verdict.
// Cron expressions are read by cron-parser, never by hand.

import { CronDate, CronExpressionParser } from 'cron-parser';
import type { FreezeRule, WindowRule, WindowRules } from '../config/config.ts';
import { UserError } from '../errors.ts';
import { formatDuration } from '../text/duration.ts';

/** What held a promotion back, and until when (milliseconds since the epoch; undefined when no opening was found). */
export interface Hold {
  gate: 'soak' | 'window';
  /** One sentence: which service or rule, since when, how long is left or when it opens. */
  message: string;
  until?: number;
}

/** Who lifted the window gates by labelling the promotion pull request. */
export interface BreakGlass {
  label: string;
  pull: number;
  /** The login that added the label, and when (ISO 8601), from the issue's timeline events. */
  by?: string;
  at?: string;
}

/** What the gates decided: go, open the pull request as a draft without auto-merge, or refuse before anything is written. */
export interface GateVerdict {
  action: 'go' | 'draft' | 'refuse';
  /** The holds in force. */
  holds: Hold[];
  /** Window holds a break-glass label lifted. */
  lifted: Hold[];
  breakGlass?: BreakGlass;
  /** Lines for the summary and the PR body (a rollback's exemption, the break-glass record). */
  notes: string[];
}

/** Since when a service's current pin has been in an environment, from its first-parent history. */
export interface PinnedSince {
  service: string;
  /** Commit time (ms) of the first commit whose version of the file has the pin; undefined when none was found. */
  since?: number;
  commit?: string;
  /** The history ended (a shallow clone, the file's first commit) while the pin still matched: at least this old. */
  atLeast?: boolean;
}

/** One first-parent commit that changed a values file, newest first: its sha and commit time (ms). */
export interface HistoryEntry {
  sha: string;
  time: number;
}

/**
 * Since when `current` (a pin's key: its digest, else its tag) has been the
 * pin: the oldest commit of the run at the head of `history` (newest first)
 * whose version of the file has it. `pinAt` reads a commit's pin key.
 */
export async function pinnedSince(
  service: string,
  current: string | undefined,
  history: readonly HistoryEntry[],
  complete: boolean,
  pinAt: (sha: string) => Promise<string | undefined>,
): Promise<PinnedSince> {
  let found: HistoryEntry | undefined;
  let all = true;
  for (const entry of history) {
    if (current === undefined || (await pinAt(entry.sha)) !== current) {
      all = false;
      break;
    }
    found = entry;
  }
  return { service, ...(found ? { since: found.time, commit: found.sha } : {}), ...(found && all && !complete ? { atLeast: true } : {}) };
}

/** `2026-11-23 09:00 Europe/Paris`: an instant on the wall clock of `timezone`. */
export function formatAt(ms: number, timezone: string): string {
  const d = new CronDate(ms, timezone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())} ${timezone}`;
}

/**
 * Checks an environment's cron expressions once, when the config is read:
 * five fields (minute hour day-of-month month day-of-week) that cron-parser
 * accepts. A bad one is an error at its config line.
 */
export function checkWindows(env: string, windows: WindowRules | undefined, configFile: string | undefined): void {
  for (const kind of ['allow', 'deny'] as const)
    for (const w of windows?.[kind] ?? []) {
      const fields = w.cron.trim().split(/\s+/).filter(Boolean).length;
      let problem = fields === 5 ? undefined : `has ${fields} field${fields === 1 ? '' : 's'}, not 5`;
      if (!problem)
        try {
          CronExpressionParser.parse(w.cron, { tz: w.timezone, strict: false });
        } catch (e) {
          problem = (e as Error).message;
        }
      if (problem)
        throw new UserError(`the ${kind} window cron '${w.cron}' of environment ${env} is not a cron expression: ${problem}`, {
          file: configFile,
          line: w.line,
          hint: 'write five fields: minute hour day-of-month month day-of-week, e.g. "0 9 * * 1-5"',
        });
    }
}

/** The latest opening of `w` at or before `t`, undefined when it never opened. */
function latestStart(w: WindowRule, t: number): number | undefined {
  try {
    // prev() is strictly before its date; an opening exactly at t counts, so ask from just after it.
    return CronExpressionParser.parse(w.cron, { currentDate: new Date(t + 1), tz: w.timezone })
      .prev()
      .getTime();
  } catch {
    return undefined;
  }
}

/** The next opening of `w` after `t`, undefined when there is none. */
function nextStart(w: WindowRule, t: number): number | undefined {
  try {
    return CronExpressionParser.parse(w.cron, { currentDate: new Date(t), tz: w.timezone })
      .next()
      .getTime();
  } catch {
    return undefined;
  }
}

/** The window of `w` that `t` is inside: [start, end), or undefined. */
function inside(w: WindowRule, t: number): { start: number; end: number } | undefined {
  const start = latestStart(w, t);
  return start !== undefined && t < start + w.durationMs ? { start, end: start + w.durationMs } : undefined;
}

/** A freeze as instants: from the start of its first day to the end of its last, in its time zone. */
function freezeSpan(f: FreezeRule): { start: number; end: number } {
  const start = new CronDate(`${f.from}T00:00:00`, f.timezone);
  const end = new CronDate(`${f.to}T00:00:00`, f.timezone);
  end.addDay();
  return { start: start.getTime(), end: end.getTime() };
}

// An opening is looked for this far ahead; an allow window that never opens in a year is said so.
const HORIZON = 366 * 24 * 3_600_000;

/**
 * Whether promotions into `env` may land at `now`: open, or held by the
 * first rule that applies, with the moment every rule lets it through (found
 * by stepping past each deny window and freeze and to the next allow window
 * until none holds).
 */
export function windowHold(env: string, rules: WindowRules | undefined, now: number): Hold | undefined {
  if (!rules) return undefined;
  let t = now;
  let zone = 'UTC';
  let first: string | undefined;
  for (let step = 0; step < 1000 && t - now <= HORIZON; step++) {
    const why = blocked(rules, t);
    if (!why) break;
    first ??= why.reason;
    zone = why.timezone;
    if (why.until === undefined) {
      t = Number.POSITIVE_INFINITY;
      break;
    }
    t = why.until;
  }
  if (first === undefined) return undefined;
  const found = Number.isFinite(t) && t - now <= HORIZON;
  return {
    gate: 'window',
    message: `promotions into ${env} are closed: ${first}; ${found ? `opens at ${formatAt(t, zone)}` : 'no opening in the next year'}`,
    ...(found ? { until: t } : {}),
  };
}

/** The first rule that holds at `t`, why, and when it stops holding. */
function blocked(rules: WindowRules, t: number): { reason: string; until?: number; timezone: string } | undefined {
  for (const f of rules.freeze) {
    const span = freezeSpan(f);
    if (t >= span.start && t < span.end)
      return {
        reason: `frozen from ${f.from} to ${f.to} (${f.timezone})${f.reason ? `: ${f.reason}` : ''}`,
        until: span.end,
        timezone: f.timezone,
      };
  }
  for (const w of rules.deny) {
    const open = inside(w, t);
    if (open)
      return { reason: `inside the deny window '${w.cron}' for ${w.duration} (${w.timezone})`, until: open.end, timezone: w.timezone };
  }
  if (rules.allow.length > 0 && !rules.allow.some((w) => inside(w, t))) {
    const next = rules.allow.map((w) => ({ w, at: nextStart(w, t) })).filter((x): x is { w: WindowRule; at: number } => x.at !== undefined);
    next.sort((a, b) => a.at - b.at);
    const list = rules.allow.map((w) => `'${w.cron}' for ${w.duration} (${w.timezone})`).join(', ');
    return {
      reason: `outside the allow window${rules.allow.length === 1 ? '' : 's'} ${list}`,
      until: next[0]?.at,
      timezone: next[0]?.w.timezone ?? rules.allow[0].timezone,
    };
  }
  return undefined;
}

/**
 * The soak hold of each promoted service not yet pinned `minSoak` in `env`:
 * which service, since when (UTC) and how long is left. A pin whose start
 * was not found (its history does not show it) is held too, and says so.
 */
export function soakHolds(env: string, minSoak: number, pins: readonly PinnedSince[], now: number): Hold[] {
  const holds: Hold[] = [];
  for (const p of pins) {
    if (p.atLeast) continue;
    if (p.since === undefined) {
      holds.push({
        gate: 'soak',
        message: `${p.service}: no commit on the base branch's first-parent history pins it in ${env}, so its soak time (min-soak ${formatDuration(minSoak)}) cannot be measured`,
      });
      continue;
    }
    const until = p.since + minSoak;
    if (now >= until) continue;
    holds.push({
      gate: 'soak',
      message: `${p.service}: pinned in ${env} since ${formatAt(p.since, 'UTC')}${p.commit ? ` (${p.commit.slice(0, 12)})` : ''}, min-soak ${formatDuration(minSoak)}: ${formatDuration(until - now)} left`,
      until,
    });
  }
  return holds;
}

/** What the verdict is decided from. */
export interface GateInput {
  now: number;
  push: 'pr' | 'direct';
  /** The source environment's soak: its name, min-soak, what to do when early, and each promoted pin's start. */
  soak?: { env: string; minSoak: number; wait: 'refuse' | 'draft'; pins: PinnedSince[] };
  /** A rollback (from: ref:) skips the soak of the environment before the target; named here to say so. */
  rollbackPast?: { env: string; minSoak: number };
  /** The target's windows. */
  windows?: { env: string; rules: WindowRules };
  /** The break-glass label on the open promotion pull request, when it has it. */
  breakGlass?: BreakGlass;
}

/**
 * The gates' verdict: soak holds refuse (or, with wait: draft, make a draft),
 * window holds make a draft unless a break-glass label lifted them, and with
 * push: direct any hold refuses.
 */
export function gateVerdict(g: GateInput): GateVerdict {
  const notes: string[] = [];
  if (g.rollbackPast)
    notes.push(
      `A rollback (from: ref:) does not wait for the soak time of ${g.rollbackPast.env} (min-soak ${formatDuration(g.rollbackPast.minSoak)}).`,
    );
  const soak = g.soak ? soakHolds(g.soak.env, g.soak.minSoak, g.soak.pins, g.now) : [];
  const window = g.windows ? windowHold(g.windows.env, g.windows.rules, g.now) : undefined;
  const lifted = window && g.breakGlass ? [window] : [];
  const holds = [...soak, ...(window && !g.breakGlass ? [window] : [])];
  if (lifted.length > 0 && g.breakGlass) {
    const b = g.breakGlass;
    notes.push(
      `Break glass: the label '${b.label}' on #${b.pull} was added by ${b.by ? `@${b.by}` : 'an unknown user'}${b.at ? ` at ${b.at}` : ''}; it lifted: ${lifted.map((h) => h.message).join('; ')}.`,
    );
  }
  let action: GateVerdict['action'] = 'go';
  if (holds.length > 0) action = g.push === 'direct' || (soak.length > 0 && g.soak?.wait !== 'draft') ? 'refuse' : 'draft';
  return { action, holds, lifted, ...(lifted.length > 0 ? { breakGlass: g.breakGlass } : {}), notes };
}

/** The latest moment a hold lifts, for "held until". */
export function heldUntil(v: GateVerdict): number | undefined {
  const times = v.holds.map((h) => h.until);
  return times.some((t) => t === undefined) ? undefined : Math.max(...(times as number[]));
}

/** The holds as lines for the job summary, the log and the PR body: which gate held the promotion, and until when. */
export function gateLines(v: GateVerdict): string[] {
  return v.holds.map((h) => `Held by ${h.gate === 'soak' ? 'soak time' : 'a promotion window'}: ${h.message}.`);
}

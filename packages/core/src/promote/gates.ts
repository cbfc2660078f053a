// The promotion gates of issue 19, decided from plain data: how long each
// promoted pin has been in the source environment (its first-parent history
// on the base branch), the target's promotion windows and freezes, the time
// now (the World's clock, read by the caller) and a break-glass label.
// Nothing here reads git, GitHub or the clock: promote/gate-evidence.ts
// gathers the evidence, operations/promote/run.ts acts on the verdict.
// The windows' cron expressions are read in promote/windows.ts, loaded only
// when an environment has windows: cron-parser and its time-zone library are
// a third of a megabyte every other promotion would compile.

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
  /** Where `since` comes from (promote/gate-evidence.ts): absent, the commit's committer date. */
  source?: SoakSource;
}

/**
 * What a soak is measured from: when the base branch received the pin — the merged pull request's
 * merged_at, else the environment's Deployment on that commit — else the commit's committer date,
 * which a direct push can backdate (and why that was the best at hand).
 */
export type SoakSource =
  { kind: 'merged'; pull: number } | { kind: 'deployment'; id: number } | { kind: 'committer'; why: 'no-pull' | 'no-github' };

/** `(merged_at of #12)`: the source of a soak's start, as the output says it. */
export function soakSourceText(s: SoakSource | undefined): string {
  if (s?.kind === 'merged') return `merged_at of #${s.pull}`;
  if (s?.kind === 'deployment') return `created_at of Deployment ${s.id}`;
  const why = s?.why === 'no-github' ? 'GitHub not asked (no token)' : 'no PR found';
  return `committer date: ${why}; a direct push can backdate it`;
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

/** `2026-11-23 08:00 UTC`: an instant on the UTC wall clock (promote/windows.ts formatAt for other time zones). */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The soak hold of each promoted service not yet pinned `minSoak` in `env`:
 * which service, since when (UTC) and how long is left. A pin whose start
 * was not found (its history does not show it), or whose history ends too
 * soon to show it soaked (a shallow clone that could not be deepened), is
 * held too, and says so.
 */
export function soakHolds(env: string, minSoak: number, pins: readonly PinnedSince[], now: number): Hold[] {
  const holds: Hold[] = [];
  for (const p of pins) {
    const at = p.commit ? ` (${p.commit.slice(0, 12)})` : '';
    if (p.since !== undefined && p.atLeast) {
      // Where the history at hand ends the pin was already there: old enough if that commit is, else unknown.
      if (now - p.since >= minSoak) continue;
      holds.push({
        gate: 'soak',
        message: `${p.service}: pinned in ${env} at least since ${formatUtc(p.since)}${at}, where the history at hand ends, so its soak time (min-soak ${formatDuration(minSoak)}) cannot be measured: fetch the base branch's whole history`,
      });
      continue;
    }
    if (p.since === undefined) {
      holds.push({
        gate: 'soak',
        message: `${p.service}: no commit on the base branch's first-parent history pins it in ${env}, so its soak time (min-soak ${formatDuration(minSoak)}) cannot be measured`,
      });
      continue;
    }
    const until = p.since + minSoak;
    if (now >= until) continue;
    // The commit and what its time is measured from: (abc123, merged_at of #12).
    const what = [p.commit?.slice(0, 12), p.source && soakSourceText(p.source)].filter((x) => x).join(', ');
    holds.push({
      gate: 'soak',
      message: `${p.service}: pinned in ${env} since ${formatUtc(p.since)}${what ? ` (${what})` : ''}, min-soak ${formatDuration(minSoak)}: ${formatDuration(until - now)} left`,
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
  /** The target's window hold at `now` (promote/windows.ts windowHold), when its windows hold it. */
  window?: Hold;
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
  const window = g.window;
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

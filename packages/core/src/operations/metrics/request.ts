import type { Inputs } from '../../contract/inputs.ts';
import { named, UserError, words } from '../../errors.ts';
import { resolveInside } from '../../fs/workspace.ts';
import { readSettings } from '../../settings/read.ts';
import { METRICS } from '../../settings/tables.ts';
import type { World } from '../../contract/world.ts';

// `lockstep metrics` loads this module first (light): the window is checked
// here, before the config or git is read.

/** The inputs that say which window the figures cover; a bad one is a usage error of its flag. */
export const WINDOW_INPUTS: readonly string[] = ['since', 'from', 'to', 'env'];

/** What `lockstep metrics` asks. */
export interface MetricsRequest {
  workingDirectory: string;
  config: string;
  base?: string;
  /** Environments to report (empty: every one, in the config's order). */
  env: string[];
  /** [from, to) in Unix seconds. */
  from: number;
  to: number;
  /** How the window was given, for the report: `90d`, or the two dates. */
  window: string;
  /**
   * GitHub Deployments as the landing times: `auto` reads them when a token and the repository are known
   * (unreadable: a note, and the figures from git alone), `require` must read them (unreadable: exit 1),
   * `off` never asks GitHub.
   */
  deployments: 'auto' | 'require' | 'off';
  /**
   * Whether `--json` lists each change with its lead time in every environment it reached (`--changes`): a
   * fleet's history lists millions (~280 MB of JSON at 20,000 commits and 100 environments). Without it each
   * environment's lead time is its figures, and the document says how many changes it left out.
   */
  changes: boolean;
}

const DAY = 86400;

/** `90d`, `12w`, `36h` → seconds. */
function parseSince(v: string): number {
  const m = /^(\d{1,5})([hdw])$/.exec(v);
  if (!m || Number(m[1]) === 0)
    throw new UserError(`is '${v}', not a duration`, { input: 'since', hint: 'a whole number of hours, days or weeks: 36h, 90d, 12w' });
  return Number(m[1]) * { h: 3600, d: DAY, w: 7 * DAY }[m[2] as 'h' | 'd' | 'w'];
}

/**
 * `2026-11-01` (the day's start, UTC; as `to`, the day's end) or
 * `2026-11-01T09:30:00Z` / `…+02:00` → Unix seconds. A day that does not
 * exist (2026-02-30) is refused, not rolled over.
 */
function parseDate(v: string, input: 'from' | 'to'): number {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const stamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(v);
  const ms = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : stamp ? Date.parse(v) : NaN;
  const real = day ? new Date(ms).toISOString().slice(0, 10) === v : Number.isFinite(ms);
  if (!Number.isFinite(ms) || !real)
    throw new UserError(`is '${v}', not a date`, {
      input,
      hint: 'a day (2026-11-01, UTC) or a time with its offset (2026-11-01T09:30:00Z)',
    });
  return ms / 1000 + (day && input === 'to' ? DAY : 0);
}

/** Reads the window: `since` back from now (90 days by default), or `from`/`to` (either alone: 90 days from it, or up to it). */
export function metricsRequest(inputs: Inputs, world: World): MetricsRequest {
  const since = inputs.optional('since');
  const fromText = inputs.optional('from');
  const toText = inputs.optional('to');
  if (since !== undefined && (fromText !== undefined || toText !== undefined))
    throw new UserError(words`and ${named(fromText !== undefined ? 'from' : 'to')} both give the window`, {
      input: 'since',
      hint: words`give ${named('since')}, or ${named('from')} and ${named('to')}`,
    });
  const now = Math.floor(world.clock.now() / 1000);
  let from: number;
  let to: number;
  let window: string;
  if (fromText === undefined && toText === undefined) {
    const span = parseSince(since ?? '90d');
    to = now;
    from = now - span;
    window = `last ${since ?? '90d'}`;
  } else {
    to = toText !== undefined ? parseDate(toText, 'to') : now;
    from = fromText !== undefined ? parseDate(fromText, 'from') : to - 90 * DAY;
    if (from >= to)
      throw new UserError(`is '${fromText}', not before --to '${toText ?? 'now'}'`, {
        input: 'from',
        hint: 'the window runs from --from up to --to',
      });
    window = `${new Date(from * 1000).toISOString()} to ${new Date(to * 1000).toISOString()}`;
  }
  const request: MetricsRequest = {
    ...readSettings(METRICS, inputs),
    env: inputs.list('env'),
    from,
    to,
    window,
    deployments: inputs.optional('deployments') === 'true' ? 'require' : inputs.optional('deployments') === 'false' ? 'off' : 'auto',
    changes: inputs.optional('changes') === 'true',
  };
  resolveInside(world.workspace, request.workingDirectory, 'working-directory');
  return request;
}

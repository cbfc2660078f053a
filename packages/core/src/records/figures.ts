// The delivery figures over a window, from the records (records/history.ts):
// per environment and per service, deployment frequency, lead time for
// changes, change failure rate, failed deployment recovery time and
// deployment rework rate, each with the landings it counts. Definitions:
// docs/metrics.md. Pure: records and a window in, figures out.

import semver from 'semver';
import type { Change, Landing, Records } from './history.ts';
import {
  eachLeadTime,
  leadOrder,
  listLeadTimes,
  medianOf,
  percentileOf,
  type LeadSpan,
  type LeadTime,
  type LeadTimeVisit,
} from './lead-times.ts';
import type { PinnedService } from './trailers.ts';

const DAY = 86400;

/** How the figures read a history: its release tags' prefix, and when a fix release repairs the landing it replaces. */
export interface FigureRules {
  /** The config's tag-prefix (`v`): a pinned `1.4.0` is the release tagged `v1.4.0`. */
  tagPrefix: string;
  /**
   * Seconds (the config's fix-window, 72h by default): a fix release's landing within this time after the
   * landing it replaces is that landing's repair; a later one only when a change it carries is marked
   * `Lockstep-Fixes: <the replaced version>`. A week's patch release is not a failure's repair.
   */
  fixWindow: number;
}

/** The window: [from, to) in Unix seconds. */
export interface Window {
  from: number;
  to: number;
}

/**
 * Why a landing counts as failed: the next landing of its service in the environment was a rollback, or a
 * fix release's; or its own GitHub Deployment failed (`deployment-failure`), replaced by the next landing.
 */
export type FailureRule = 'rollback' | 'fix-release' | 'deployment-failure';

/** A landing that failed, the rule that said so, and the landing that replaced it. */
export interface Failure {
  commit: string;
  at: number;
  rule: FailureRule;
  service?: string;
  replacedBy: string;
  /** Seconds from the failed landing to the one that replaced it. */
  recovery: number;
}

/** The figures of one environment, or of one service in it. */
export interface Figures {
  /** The landings in the window, oldest first. */
  landings: Landing[];
  inferred: number;
  perDay: number;
  perWeek: number;
  /** How many changes the landings brought into the environment (each with a lead time). */
  leads: number;
  /**
   * Each of those changes' lead time, listed when asked, not kept: a fleet's
   * year of history brings every change into every environment (and through
   * every service's tags), millions of lead times that only their summary
   * above needs. metrics --json lists an environment's while it writes it.
   */
  leadTimes(): LeadTime[];
  /** The same lead times one by one, none listed: metrics --json writes a fleet's millions as it visits them. */
  eachLeadTime(visit: LeadTimeVisit): void;
  leadMedian: number;
  leadP90: number;
  failures: Failure[];
  changeFailureRate: number;
  recoveryMedian: number;
  /** Landings that were rollbacks or fix-release promotions (they replaced a failed one), in the window. */
  rework: Landing[];
  reworkRate: number;
}

/** The median (the mean of the two middle values for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The nearest-rank percentile `p` (0 < p ≤ 1): the smallest value at or above that share of them; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)];
}

const inWindow = (w: Window, at: number) => at >= w.from && at < w.to;

const date = (s: number) => new Date(s * 1000).toISOString().slice(0, 10);
const minute = (s: number) => new Date(s * 1000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The window in words: `2026-08-24 to 2026-11-22 (91 days, inclusive)` when
 * it runs from a day's start to a day's end (UTC), else with the times.
 */
export function windowWords(from: number, to: number): string {
  const days = Math.round((to - from) / DAY);
  const plural = `${days} day${days === 1 ? '' : 's'}`;
  if (from % DAY === 0 && to % DAY === 0) return `${date(from)} to ${date(to - 1)} (${plural}, inclusive)`;
  return `${minute(from)} to ${minute(to)} UTC (${plural})`;
}

/** The version in a pinned tag (`1.4.1`, `v1.4.1`, `api-1.4.1`); undefined when there is none. */
function versionOf(tag: string | undefined): semver.SemVer | undefined {
  if (!tag) return undefined;
  if (versions.has(tag)) return versions.get(tag);
  const m = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
  const v = m ? (semver.parse(m[1]) ?? undefined) : undefined;
  versions.set(tag, v);
  return v;
}

/** Parsed tags: a history pins the same few versions thousands of times. */
const versions = new Map<string, semver.SemVer | undefined>();

/** The first first-parent position of a change marked as the repair of each version (`Lockstep-Fixes: 1.4.0`). */
const markedAt = new WeakMap<Records, Map<string, number>>();
function firstMarks(records: Records): Map<string, number> {
  let m = markedAt.get(records);
  if (!m) {
    m = new Map();
    for (const mark of records.fixMarks) {
      const v = versionOf(mark.release)?.version;
      if (v !== undefined && !m.has(v)) m.set(v, mark.index);
    }
    markedAt.set(records, m);
  }
  return m;
}

/**
 * True when the fix release `next` pins is marked as the repair of the version `prev` pinned: a change marked
 * `Lockstep-Fixes: <prev's version>` was merged at or before that release (else before its landing).
 */
function markedFix(records: Records, rules: FigureRules, prev: string | undefined, next: { landing: Landing; tag?: string }): boolean {
  const v = versionOf(prev)?.version;
  const at = v === undefined ? undefined : firstMarks(records).get(v);
  if (at === undefined) return false;
  const tag = next.tag;
  const release = tag === undefined ? undefined : (records.releases.get(`${rules.tagPrefix}${tag}`) ?? records.releases.get(tag));
  return at <= Math.min(release?.index ?? Infinity, next.landing.index - 1);
}

/** True when `next` is a fix release of `prev`: same major and minor, a higher patch. */
function isFixOf(prev: string | undefined, next: string | undefined): boolean {
  const a = versionOf(prev);
  const b = versionOf(next);
  return !!a && !!b && a.major === b.major && a.minor === b.minor && semver.gt(b, a);
}

/** One landing of a service, with its pins of that service (a landing may pin one twice); an environment's landings pin all theirs. */
interface Pinned {
  landing: Landing;
  pins: readonly PinnedService[];
}

/**
 * Each landing's failure, when it had one: its GitHub Deployment failed and a
 * landing followed it; or, for each service it pinned, the next landing of
 * that service into the same environment was a rollback or pinned a fix
 * release of the version this one pinned, landed within the fix window or
 * marked as its repair (FigureRules). The first such follower (earliest)
 * is the one that replaced it.
 */
function failuresOf(records: Records, rules: FigureRules, landings: readonly Pinned[]): Map<Landing, Failure> {
  const out = new Map<Landing, Failure>();
  // Walking back from the newest: for each service, the next landing that pins it, and the tag it pins first.
  const nextOf = new Map<string, { landing: Landing; tag: string | undefined }>();
  for (let k = landings.length - 1; k >= 0; k--) {
    const { landing: l, pins } = landings[k];
    const after = landings[k + 1]?.landing;
    if (l.deployment?.state === 'failure' && after)
      out.set(l, { commit: l.commit, at: l.at, rule: 'deployment-failure', replacedBy: after.commit, recovery: after.at - l.at });
    for (const s of pins) {
      const next = nextOf.get(s.name);
      if (!next) continue;
      const rule: FailureRule | undefined = next.landing.rollback
        ? 'rollback'
        : isFixOf(s.tag, next.tag) && (next.landing.at - l.at <= rules.fixWindow || markedFix(records, rules, s.tag, next))
          ? 'fix-release'
          : undefined;
      const known = out.get(l);
      // Of the services' followers that say it failed, the earliest replaced it.
      if (rule && (!known || next.landing.at - l.at < known.recovery))
        out.set(l, {
          commit: l.commit,
          at: l.at,
          rule,
          service: s.name,
          replacedBy: next.landing.commit,
          recovery: next.landing.at - l.at,
        });
    }
    for (let i = pins.length - 1; i >= 0; i--) nextOf.set(pins[i].name, { landing: l, tag: pins[i].tag });
  }
  return out;
}

/**
 * The release position the pins of a landing reach on the first-parent history (the newest of their
 * release tags), or undefined; a landing whose deployment failed reaches nothing.
 */
function reach(records: Records, tagPrefix: string, { landing, pins }: Pinned): number | undefined {
  if (landing.deployment?.state === 'failure') return undefined;
  if (landing.ships !== undefined) return landing.ships;
  let best: number | undefined;
  for (const s of pins) {
    if (!s.tag) continue;
    const release = records.releases.get(`${tagPrefix}${s.tag}`) ?? records.releases.get(s.tag);
    if (release?.index !== undefined && (best === undefined || release.index > best)) best = release.index;
  }
  return best;
}

/** The first-parent positions of the changes, for a binary search. */
const positions = new WeakMap<readonly Change[], Float64Array>();
function changeIndex(changes: readonly Change[]): Float64Array {
  let p = positions.get(changes);
  if (!p) {
    p = new Float64Array(changes.length);
    for (let k = 0; k < changes.length; k++) p[k] = changes[k].index;
    positions.set(changes, p);
  }
  return p;
}

/** The first k in [0, xs.length) with xs[k] > x. */
function after(xs: Float64Array, x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Lead times into one environment: walking its landings in order, each change
 * a landing contains (and no earlier landing did) gets that landing's time
 * minus its merge time. A landing contains a change when the change is an
 * ancestor both of the release it pins (merged at or before that release on
 * the first-parent history) and of the landing itself (merged before it): a
 * release tag placed after the promotion that pinned its version does not
 * pull the changes merged in between into that promotion. Never negative: a
 * change whose committer time is after its landing's (a skewed clock) counts
 * as 0. Only landings in the window count; changes they carry may have been
 * merged before it. Through the tags of `landings`' pins (one service's, or all).
 * The changes each landing brought are one run of records.changes: listed as such (lead-times.ts).
 */
function leadSpans(records: Records, tagPrefix: string, landings: readonly Pinned[], w: Window): LeadSpan[] {
  const out: LeadSpan[] = [];
  const index = changeIndex(records.changes);
  let reached = -1;
  for (const p of landings) {
    const pinned = reach(records, tagPrefix, p);
    if (pinned === undefined) continue;
    const upTo = Math.min(pinned, p.landing.ships ?? p.landing.index - 1);
    if (upTo <= reached) continue;
    const [from, to] = [after(index, reached), after(index, upTo)];
    if (inWindow(w, p.landing.at) && to > from) out.push({ landing: p.landing, from, to });
    reached = upTo;
  }
  return out;
}

/** One environment's landings by service, made once per list of landings. */
const grouped = new WeakMap<readonly Landing[], Map<string, Pinned[]>>();
function byService(all: readonly Landing[]): Map<string, Pinned[]> {
  let m = grouped.get(all);
  if (!m) {
    m = new Map();
    for (const landing of all) {
      const mine = new Map<string, PinnedService[]>();
      for (const s of landing.services) {
        const pins = mine.get(s.name);
        if (pins) pins.push(s);
        else mine.set(s.name, [s]);
      }
      for (const [name, pins] of mine) {
        const list = m.get(name);
        if (list) list.push({ landing, pins });
        else m.set(name, [{ landing, pins }]);
      }
    }
    grouped.set(all, m);
  }
  return m;
}

/**
 * A figures' lead times listed or visited on demand. Made here, not in figuresOf: a closure keeps its whole
 * scope, and figuresOf's holds its working maps and sets (a fleet keeps 24,000 figures, ~20 MB of them).
 */
function leadLists(changes: readonly Change[], spans: readonly LeadSpan[]): Pick<Figures, 'leadTimes' | 'eachLeadTime'> {
  return {
    leadTimes: () => listLeadTimes(changes, spans),
    eachLeadTime: (visit) => eachLeadTime(changes, spans, visit),
  };
}

/** The figures of `landings` (one environment's, oldest first, all time) over the window; `service` narrows them to one. */
export function figuresOf(records: Records, rules: FigureRules, all: readonly Landing[], w: Window, service?: string): Figures {
  const scoped: readonly Pinned[] =
    service === undefined ? all.map((landing) => ({ landing, pins: landing.services })) : (byService(all).get(service) ?? []);
  const landings = scoped.filter((p) => inWindow(w, p.landing.at)).map((p) => p.landing);
  const days = (w.to - w.from) / DAY;
  const failed = failuresOf(records, rules, scoped);
  const failures = landings.flatMap((l) => (failed.has(l) ? [failed.get(l)!] : []));
  const replacing = new Set([...failed.values()].map((f) => f.replacedBy));
  const rework = landings.filter((l) => l.rollback || replacing.has(l.commit));
  // A service's own lead time: the changes its pinned release tags brought into the environment.
  const spans = leadSpans(records, rules.tagPrefix, scoped, w);
  const leads = leadOrder(records.changes, spans);
  const n = landings.length;
  return {
    landings,
    inferred: landings.filter((l) => l.inferred).length,
    perDay: days > 0 ? n / days : 0,
    perWeek: days > 0 ? (n / days) * 7 : 0,
    leads: leads.count,
    ...leadLists(records.changes, spans),
    leadMedian: medianOf(leads),
    leadP90: percentileOf(leads, 0.9),
    failures,
    changeFailureRate: n > 0 ? failures.length / n : 0,
    recoveryMedian: median(failures.map((f) => f.recovery)),
    rework,
    reworkRate: n > 0 ? rework.length / n : 0,
  };
}

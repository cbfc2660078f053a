// The delivery figures week by week (ISO weeks, Monday start): what metrics --markdown draws. Pure: an
// environment's figures over a window (records/figures.ts) and the window's weeks in, a week's figures out.

import { median, type Figures, type Window } from './figures.ts';

const DAY = 86400;

/**
 * One calendar week of a window: ISO weeks, Monday 00:00 UTC to the next
 * Monday. `from`/`to` are the part of it the window covers; a week the window
 * only partly covers is `partial` (its figures are for fewer than 7 days).
 */
export interface Week {
  /** The Monday it starts on, Unix seconds (00:00 UTC). */
  monday: number;
  from: number;
  to: number;
  partial: boolean;
}

/** The calendar weeks that [from, to) touches, oldest first; the first and last cut to the window. */
export function calendarWeeks(w: Window): Week[] {
  const out: Week[] = [];
  const dayOf = Math.floor(w.from / DAY);
  // 1970-01-01 was a Thursday: day d is a Monday when (d + 3) % 7 === 0.
  let monday = (dayOf - ((dayOf + 3) % 7)) * DAY;
  for (; monday < w.to; monday += 7 * DAY) {
    const from = Math.max(w.from, monday);
    const to = Math.min(w.to, monday + 7 * DAY);
    out.push({ monday, from, to, partial: to - from < 7 * DAY });
  }
  return out;
}

/** One week's figures of an environment (or a service in it). A figure with nothing to measure is undefined, never zero. */
export interface WeekFigures {
  week: Week;
  /** Landings in the week. */
  promotions: number;
  /** Of them, rollbacks and fix-release promotions (each replaced a failed landing). */
  rework: number;
  /** Landings in the week that failed. */
  failed: number;
  /** failed / promotions; undefined without a landing. */
  changeFailureRate?: number;
  /** The median lead time (seconds) of the changes the week's landings brought; undefined when none did. */
  leadMedian?: number;
  /** The median recovery (seconds) of the week's failed landings; undefined when none failed. */
  recoveryMedian?: number;
}

/** `f` (figures over a window) week by week. */
export function weeklyFigures(f: Figures, weeks: readonly Week[]): WeekFigures[] {
  const reworked = new Set(f.rework.map((l) => l.commit));
  // Each landing's lead times by its commit, visited rather than listed (a fleet's environment: ~20,000).
  const leadsOf = new Map<string, number[]>();
  f.eachLeadTime((_, __, l, seconds) => {
    const list = leadsOf.get(l.commit);
    if (list) list.push(seconds);
    else leadsOf.set(l.commit, [seconds]);
  });
  return weeks.map((week) => {
    const inWeek = (at: number) => at >= week.from && at < week.to;
    const landed = f.landings.filter((l) => inWeek(l.at));
    const commits = new Set(landed.map((l) => l.commit));
    const leads = [...commits].flatMap((c) => leadsOf.get(c) ?? []);
    const failed = f.failures.filter((x) => inWeek(x.at));
    return {
      week,
      promotions: landed.length,
      rework: landed.filter((l) => reworked.has(l.commit)).length,
      failed: failed.length,
      changeFailureRate: landed.length > 0 ? failed.length / landed.length : undefined,
      leadMedian: leads.length > 0 ? median(leads) : undefined,
      recoveryMedian: failed.length > 0 ? median(failed.map((x) => x.recovery)) : undefined,
    };
  });
}

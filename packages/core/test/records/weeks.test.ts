import { windowWords, type Figures } from '../../src/records/figures.ts';
import { calendarWeeks, weeklyFigures } from '../../src/records/weeks.ts';
import type { Landing } from '../../src/records/history.ts';

// Weekly bucketing of the delivery report: ISO calendar weeks (Monday 00:00 UTC), the window's first
// and last weeks cut and marked partial, and a week with nothing to measure left undefined, never zero.

const at = (month: number, day: number, hour = 0) => Date.UTC(2026, month - 1, day, hour) / 1000;
const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');

describe('calendarWeeks', () => {
  test('a window from a Wednesday to a Wednesday: Monday-start weeks, the first and last partial', () => {
    // 2026-09-30 is a Wednesday, 2026-11-16 a Monday; --to 2026-11-18 ends at 11-19 00:00.
    const weeks = calendarWeeks({ from: at(9, 30), to: at(11, 19) });
    expect(weeks.map((w) => [iso(w.monday), iso(w.from), iso(w.to), w.partial])).toEqual([
      ['2026-09-28T00:00:00Z', '2026-09-30T00:00:00Z', '2026-10-05T00:00:00Z', true],
      ['2026-10-05T00:00:00Z', '2026-10-05T00:00:00Z', '2026-10-12T00:00:00Z', false],
      ['2026-10-12T00:00:00Z', '2026-10-12T00:00:00Z', '2026-10-19T00:00:00Z', false],
      ['2026-10-19T00:00:00Z', '2026-10-19T00:00:00Z', '2026-10-26T00:00:00Z', false],
      ['2026-10-26T00:00:00Z', '2026-10-26T00:00:00Z', '2026-11-02T00:00:00Z', false],
      ['2026-11-02T00:00:00Z', '2026-11-02T00:00:00Z', '2026-11-09T00:00:00Z', false],
      ['2026-11-09T00:00:00Z', '2026-11-09T00:00:00Z', '2026-11-16T00:00:00Z', false],
      ['2026-11-16T00:00:00Z', '2026-11-16T00:00:00Z', '2026-11-19T00:00:00Z', true],
    ]);
  });

  test('a window of whole weeks has no partial week; one across a new year keeps ISO weeks', () => {
    expect(calendarWeeks({ from: at(11, 2), to: at(11, 16) }).map((w) => w.partial)).toEqual([false, false]);
    // 2027-01-01 is a Friday: its week began Monday 2026-12-28.
    const weeks = calendarWeeks({ from: Date.UTC(2026, 11, 30) / 1000, to: Date.UTC(2027, 0, 5) / 1000 });
    expect(weeks.map((w) => iso(w.monday))).toEqual(['2026-12-28T00:00:00Z', '2027-01-04T00:00:00Z']);
  });
});

describe('windowWords', () => {
  test('whole days: the last day included, never the exclusive end; else the times and UTC', () => {
    expect(windowWords(at(8, 24), at(11, 23))).toBe('2026-08-24 to 2026-11-22 (91 days, inclusive)');
    expect(windowWords(at(11, 1), at(11, 2))).toBe('2026-11-01 to 2026-11-01 (1 day, inclusive)');
    expect(windowWords(at(8, 27, 10), at(11, 25, 10))).toBe('2026-08-27 10:00 to 2026-11-25 10:00 UTC (90 days)');
  });
});

describe('weeklyFigures', () => {
  const landing = (commit: string, t: number): Landing => ({
    commit,
    index: 0,
    at: t,
    environment: 'prod',
    services: [],
    rollback: false,
    inferred: false,
    source: 'git',
  });
  const l1 = landing('a', at(10, 6, 10));
  const l2 = landing('b', at(10, 7, 10));
  const l3 = landing('c', at(10, 21, 10));
  const leads = [
    { commit: 'x', merged: 0, landing: l1, seconds: 3600 },
    { commit: 'y', merged: 0, landing: l1, seconds: 7200 },
    { commit: 'z', merged: 0, landing: l2, seconds: 36000 },
  ];
  const f: Figures = {
    landings: [l1, l2, l3],
    inferred: 0,
    perDay: 0,
    perWeek: 0,
    leads: 3,
    leadTimes: () => leads.map((t) => ({ ...t, landing: t.landing.commit })),
    eachLeadTime: (visit) => leads.forEach((t, k) => visit({ commit: t.commit, index: k, at: t.merged }, k, t.landing, t.seconds)),
    leadMedian: 0,
    leadP90: 0,
    failures: [{ commit: 'a', at: l1.at, rule: 'fix-release', replacedBy: 'b', recovery: 86400 }],
    changeFailureRate: 0,
    recoveryMedian: 0,
    rework: [l2],
    reworkRate: 0,
  };

  test('counts per week; a week without a landing has no rate, no lead time and no recovery (undefined, not 0)', () => {
    const weeks = calendarWeeks({ from: at(10, 5), to: at(10, 26) });
    expect(weeklyFigures(f, weeks).map(({ week: _w, ...rest }) => rest)).toEqual([
      // 10-05: a (2 changes, 1h and 2h) and b (1 change, 10h): median 2h; a failed, b reworked it, recovered in 1 day.
      { promotions: 2, rework: 1, failed: 1, changeFailureRate: 0.5, leadMedian: 7200, recoveryMedian: 86400 },
      { promotions: 0, rework: 0, failed: 0, changeFailureRate: undefined, leadMedian: undefined, recoveryMedian: undefined },
      // 10-19: c landed but brought no change: no lead time that week; it did not fail.
      { promotions: 1, rework: 0, failed: 0, changeFailureRate: 0, leadMedian: undefined, recoveryMedian: undefined },
    ]);
  });
});

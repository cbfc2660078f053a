import { leadOrder, listLeadTimes, medianOf, percentileOf, type LeadSpan } from '../../src/records/lead-times.ts';
import type { Change, Landing } from '../../src/records/history.ts';

// Lead times counted, not listed: the median and p90 of the stretches of history each landing brought,
// whether the merge times go back (a skewed clock) or not, equal to sorting the listed lead times.

const changes = (times: number[]): Change[] => times.map((at, index) => ({ commit: `c${index}`, index, at }));
const landing = (commit: string, at: number): Landing => ({
  commit,
  index: 0,
  at,
  environment: 'prod',
  services: [],
  rollback: false,
  inferred: false,
  source: 'git',
});
const span = (l: Landing, from: number, to: number): LeadSpan => ({ landing: l, from, to });
const summary = (c: Change[], spans: LeadSpan[]) => {
  const o = leadOrder(c, spans);
  return [o.count, medianOf(o), percentileOf(o, 0.9)];
};

test('one landing over merge times that go back once: 900, 800, 700, 750, 600 give median 750, p90 900', () => {
  const c = changes([100, 200, 300, 250, 400]);
  expect(summary(c, [span(landing('L', 1000), 0, 5)])).toEqual([5, 750, 900]);
});

test('two landings, an even count: 400, 300, 700, 750 give median 550, p90 750; a change merged after its landing counts 0', () => {
  const c = changes([100, 200, 300, 250, 400]);
  const [a, b] = [landing('A', 500), landing('B', 1000)];
  expect(summary(c, [span(a, 0, 2), span(b, 2, 4)])).toEqual([4, 550, 750]);
  expect(summary(c, [span(landing('C', 150), 1, 3)])).toEqual([2, 0, 0]);
  expect(listLeadTimes(c, [span(a, 0, 2)])).toEqual([
    { commit: 'c0', merged: 100, landing: 'A', seconds: 400 },
    { commit: 'c1', merged: 200, landing: 'A', seconds: 300 },
  ]);
});

test('a clock that goes back at every other change (120 and 200 changes), and a landing time with a fraction', () => {
  const zigzag = (n: number) => changes(Array.from({ length: n }, (_, k) => (k % 2 === 0 ? 10 : 5)));
  // 60 stretches are counted; 100 are listed and sorted: both give 10 and 15 alternating, median 12.5, p90 15.
  expect(summary(zigzag(120), [span(landing('L', 20), 0, 120)])).toEqual([120, 12.5, 15]);
  expect(summary(zigzag(200), [span(landing('L', 20), 0, 200)])).toEqual([200, 12.5, 15]);
  expect(summary(zigzag(4), [span(landing('L', 20.5), 0, 4)])).toEqual([4, 13, 15.5]);
});

test('no lead time: zeros, never NaN', () => {
  expect(summary(changes([1, 2]), [])).toEqual([0, 0, 0]);
});

test('thousands of lead times over a few stretches: the same median and p90 as the sorted list', () => {
  // 3,000 changes one second apart (merged at 0 … 2999), landed at 1000, 2500 and 4000 in runs of 1,000:
  // lead times 1000…1, 1500…501 and 2000…1001.
  const c = changes(Array.from({ length: 3000 }, (_, k) => k));
  const [a, b, d] = [landing('A', 1000), landing('B', 2500), landing('D', 4000)];
  const spans = [span(a, 0, 1000), span(b, 1000, 2000), span(d, 2000, 3000)];
  // Sorted: 1…500 once, 501…1000 twice, 1001…1500 twice, 1501…2000 once: 3,000 values; the 1,500th and
  // 1,501st (0-based 1499, 1500) are 1000 and 1001 (1…500: 500 values, 501…1000 twice: 1,000 more); the
  // 2,700th is the 200th of 1501…2000 (2,500 below it), 1700.
  expect(summary(c, spans)).toEqual([3000, 1000.5, 1700]);
  // One run alone: 1…1000, median 500.5, p90 the 900th smallest, 900.
  expect(summary(c, [span(a, 0, 1000)])).toEqual([1000, 500.5, 900]);
});

test('counted and sorted agree on random histories (a clock that goes back now and then, ties, changes merged after their landing)', () => {
  let seed = 58;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 200; round++) {
    const n = 1 + random(400);
    let t = 0;
    const c = changes(Array.from({ length: n }, () => (t += random(10) < 1 ? -random(50) : random(30))));
    const spans: LeadSpan[] = [];
    for (let from = 0; from < n;) {
      const to = Math.min(n, from + 1 + random(120));
      spans.push(span(landing(`L${from}`, c[to - 1].at + random(200) - 20), from, to));
      from = to;
    }
    const sorted = listLeadTimes(c, spans)
      .map((l) => l.seconds)
      .sort((x, y) => x - y);
    const m = sorted.length >> 1;
    const median = sorted.length % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    expect(summary(c, spans)).toEqual([sorted.length, median, sorted[Math.ceil(0.9 * sorted.length) - 1]]);
  }
});

test("an environment's year: 200 landings of 100 changes each (more stretches than the few always counted), counted exactly", () => {
  // Changes merged at 0 … 19,999, one second apart; landing k brings changes 100k … 100k + 99 at 100k + 100:
  // lead times 100 … 1, two hundred times each. Sorted, value v fills places 200(v − 1) … 200v − 1: the 10,000th
  // and 10,001st (0-based 9,999 and 10,000) are 50 and 51, the 18,000th (0-based 17,999) is 90.
  const c = changes(Array.from({ length: 20_000 }, (_, k) => k));
  const spans = Array.from({ length: 200 }, (_, k) => span(landing(`L${k}`, 100 * k + 100), 100 * k, 100 * k + 100));
  expect(summary(c, spans)).toEqual([20_000, 50.5, 90]);
  // The same landings a second later each: every lead time one more.
  const later = Array.from({ length: 200 }, (_, k) => span(landing(`M${k}`, 100 * k + 101), 100 * k, 100 * k + 100));
  expect(summary(c, later)).toEqual([20_000, 51.5, 91]);
});

test('counted and sorted agree where the lead times are far from evenly spread (a few changes weeks older than the rest)', () => {
  let seed = 1158;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 100; round++) {
    const n = 200 + random(3000);
    let t = 0;
    // Mostly a second or two apart; now and then a jump of up to four weeks.
    const c = changes(Array.from({ length: n }, () => (t += random(50) < 1 ? random(2_419_200) : random(3))));
    const spans: LeadSpan[] = [];
    for (let from = 0; from < n;) {
      const to = Math.min(n, from + 1 + random(400));
      spans.push(span(landing(`L${from}`, c[to - 1].at + random(5)), from, to));
      from = to;
    }
    const sorted = listLeadTimes(c, spans)
      .map((l) => l.seconds)
      .sort((x, y) => x - y);
    const m = sorted.length >> 1;
    const median = sorted.length % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    expect(summary(c, spans)).toEqual([sorted.length, median, sorted[Math.ceil(0.9 * sorted.length) - 1]]);
  }
});

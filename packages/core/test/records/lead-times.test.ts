import { leadOrder, listLeadTimes, medianOf, percentileOf, type LeadSpan } from '../../src/records/lead-times.ts';
import type { Change, Landing } from '../../src/records/history.ts';

// Lead times counted, not listed: the median and p90 of the stretches of history each landing brought,
// whether the merge times go back (a skewed clock) or not, equal to sorting the listed lead times.

const changes = (times: number[]): Change[] => times.map((at, index) => ({ commit: `c${index}`, index, at, subject: `change ${index}` }));
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

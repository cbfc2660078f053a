import { curveSlope, formatCurve, judgeCurve, type CurvePoint } from '../bench/curve.ts';

const point = (size: number, ms: number, peak = 60, fixedMs = 40): CurvePoint => ({
  size,
  ms,
  fixedMs,
  nodePeakMB: peak,
  treePeakMB: peak,
});

test('the slope is taken over the last segment, above the fixed cost', () => {
  // 40 ms fixed; 1 ms per unit: 10 → 50, 100 → 140, 1,000 → 1,040 (work 10, 100, 1,000): slope 1.
  expect(curveSlope([point(10, 50), point(100, 140), point(1000, 1040)])).toBeCloseTo(1, 5);
  // Quadratic work (0.01 ms × n²): 1 → 40.01, 10 → 41, 100 → 140: work 1 → 100 over one decade, slope 2.
  expect(curveSlope([point(1, 40.01), point(10, 41), point(100, 140)])).toBeCloseTo(2, 5);
  // All fixed cost: work floored at 1 ms on both sides, slope 0.
  expect(curveSlope([point(10, 39), point(100, 40)])).toBe(0);
  expect(curveSlope([point(10, 50)])).toBeUndefined();
});

test('a curve meets its target when linear or better and every peak is at most 150 MB', () => {
  expect(judgeCurve([point(10, 50), point(100, 140), point(1000, 1040)]).met).toBe(true);
  expect(judgeCurve([point(1, 40.01), point(10, 41), point(100, 140)])).toMatchObject({ linear: false, memoryOk: true, met: false });
  const heavy = judgeCurve([point(10, 50), point(100, 140, 151)]);
  expect(heavy).toMatchObject({ linear: true, memoryOk: false, maxPeakMB: 151, met: false });
  // A git child above the limit fails it too.
  const child = judgeCurve([point(10, 50), { ...point(100, 140), treePeakMB: 200 }]);
  expect(child).toMatchObject({ memoryOk: false, maxPeakMB: 200 });
});

test('the table has a row per size with time per unit above the fixed cost', () => {
  const lines = formatCurve('services', [point(10, 50), { ...point(100, 140, 70), treePeakMB: 90 }]);
  expect(lines).toEqual([
    'services      time    fixed  per unit  peak MB  git peak MB',
    '────────  ────────  ───────  ────────  ───────  ───────────',
    '      10   50.0 ms  40.0 ms   1.00 ms     60.0       ≤ node',
    '     100  140.0 ms  40.0 ms   1.00 ms     70.0         90.0',
  ]);
});

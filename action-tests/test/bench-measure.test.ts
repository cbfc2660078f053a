import { formatTable } from '../bench/run.ts';
import { formatMs, median, timeFn, timeMany, timeSpawn } from '../bench/measure.ts';

test.each([
  [[5], 5],
  [[3, 1, 2], 2],
  [[4, 1, 3, 2], 2.5],
  [[10, 10, 1, 1000, 10], 10],
])('median(%j) = %d', (xs, m) => expect(median(xs)).toBe(m));

test('median of nothing is an error', () => expect(() => median([])).toThrow('median of an empty list'));

test.each([
  [0.5, '0.50 ms'],
  [12.345, '12.3 ms'],
  [999.9, '999.9 ms'],
  [1420, '1.42 s'],
])('formatMs(%d) = %s', (ms, text) => expect(formatMs(ms)).toBe(text));

describe('timeSpawn', () => {
  test('measures wall time and peak memory of the process', async () => {
    const small = await timeSpawn(process.execPath, ['-e', '']);
    const big = await timeSpawn(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log(b.length)']);
    expect(big.stdout.trim()).toBe(String(200 * 1024 * 1024));
    expect(small.peakRssMB).toBeGreaterThan(10);
    expect(big.peakRssMB).toBeGreaterThan(small.peakRssMB + 150);
    const slow = await timeSpawn(process.execPath, ['-e', 'setTimeout(() => {}, 300)']);
    expect(slow.ms).toBeGreaterThanOrEqual(300);
    expect(slow.ms).toBeGreaterThan(small.ms);
  });

  test('passes input, cwd and env', async () => {
    const r = await timeSpawn('sh', ['-c', 'read x; echo "$x $FOO $(pwd)"'], {
      input: 'hello\n',
      env: { ...process.env, FOO: 'bar' },
      cwd: '/',
    });
    expect(r.stdout).toBe('hello bar /\n');
  });

  test('a failing command throws with its stderr unless allowed', async () => {
    await expect(timeSpawn('sh', ['-c', 'echo broken >&2; exit 3'])).rejects.toThrow(/exited 3: broken/);
    expect((await timeSpawn('sh', ['-c', 'exit 3'], { allowFailure: true })).code).toBe(3);
    await expect(timeSpawn('sh', ['-c', 'sleep 5'], { timeoutMs: 200 })).rejects.toThrow(/timed out after 200 ms/);
  });
});

test('timeMany and timeFn take the median over the runs after warm-up', async () => {
  const many = await timeMany(3, process.execPath, ['-e', ''], { warmup: 1 });
  expect(many.samples).toHaveLength(3);
  expect(many.ms).toBe(median(many.samples));
  expect(many.minMs).toBe(Math.min(...many.samples));
  const seen: number[] = [];
  const fn = await timeFn(
    4,
    async (i) => {
      seen.push(i);
      return { ms: i < 0 ? 1e9 : 10 * (i + 1), peakRssMB: i + 1, code: 0, stdout: '', stderr: '' };
    },
    2,
  );
  expect(seen).toEqual([-1, -2, 0, 1, 2, 3]);
  expect([fn.ms, fn.peakRssMB, fn.samples]).toEqual([25, 4, [10, 20, 30, 40]]);
});

test('the bench table aligns every column and shows ratios', () => {
  const table = formatTable([
    {
      case: 'bump-chart, 500 charts',
      oursMs: 942.1,
      peer: 'sed loop',
      peerMs: 2990,
      floorMs: 45,
      peakMB: 197.4,
      target: '≤ 2× sed loop',
      met: true,
    },
    { case: 'capture-digests', oursMs: 80, target: '< 1 s', met: false },
  ]);
  const lines = table.split('\n');
  expect(lines[0]).toMatch(/^case\s+ours\s+peer\s+ours\/peer\s+floor\s+ours\/floor\s+peak MB\s+target\s+met$/);
  expect(lines[2]).toContain('942.1 ms');
  expect(lines[2]).toContain('sed loop 2.99 s');
  expect(lines[2]).toContain('0.32×');
  expect(lines[2]).toContain('20.9×');
  expect(lines[2]).toMatch(/ 197 /);
  expect(lines[2].endsWith('✓')).toBe(true);
  expect(lines[3].endsWith('✗')).toBe(true);
  expect(lines[3]).toMatch(/capture-digests\s+80\.0 ms\s+—\s+—\s+—\s+—\s+—\s+< 1 s/);
  // Columns line up: "ours" values end at the same column.
  expect(lines[2].indexOf('942.1 ms') + '942.1 ms'.length).toBe(lines[3].indexOf('80.0 ms') + '80.0 ms'.length);
});

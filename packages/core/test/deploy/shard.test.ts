import { MAX_SHARDS, parseShard, shardText } from '../../src/deploy/shard.ts';
import { inShard, shardOf } from '../../src/deploy/shard-split.ts';
import { UserError } from '../../src/errors.ts';

// shard: i/n (issue 76, "Past one runner"): a matrix job's share of the environments, by a hash of each one's stable
// name, never its position, so a re-run renders the same share and adding an app moves only that app.

describe('parseShard', () => {
  test.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/8', { index: 2, count: 8 }],
    [' 8/8 ', { index: 8, count: 8 }],
    ['256/256', { index: 256, count: 256 }],
  ])('%s is read', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
    expect(shardText(parseShard(text)!)).toBe(text.trim());
  });

  test('not given is no shard', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
  });

  test.each(['0/8', '9/8', '1/0', '1/257', '2', '2/8/1', '-1/8', '01/8', '1/ 8', 'a/b', '1.5/8', '2/8x'])(
    '%s is refused naming shard',
    (text) => {
      let error: unknown;
      try {
        parseShard(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).input).toBe('shard');
      expect((error as UserError).message).toBe(`input 'shard' is '${text}', not i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}`);
    },
  );
});

describe('shardOf', () => {
  test('a name falls in the same shard on every run (a hash of the name: these values are the format)', () => {
    expect([shardOf('prod/api', 8), shardOf('prod/web', 8), shardOf('staging/api', 8), shardOf('dev', 8)]).toEqual([8, 5, 5, 3]);
    expect([shardOf('prod/api', 3), shardOf('prod/web', 3), shardOf('dev', 2)]).toEqual([2, 1, 1]);
  });

  test('every environment is in exactly one shard, whatever the order of the list', () => {
    const names = Array.from({ length: 3000 }, (_, k) => `${['dev', 'staging', 'prod'][k % 3]}/app-${Math.floor(k / 3)}`);
    for (const n of [1, 2, 3, 8, 256]) {
      const shares = Array.from({ length: n }, (_, k) => names.filter((x) => inShard(x, { index: k + 1, count: n })));
      expect(shares.reduce((sum, s) => sum + s.length, 0)).toBe(names.length);
      expect(new Set(shares.flat()).size).toBe(names.length);
      const reversed = Array.from({ length: n }, (_, k) => [...names].reverse().filter((x) => inShard(x, { index: k + 1, count: n })));
      expect(reversed.map((s) => [...s].sort())).toEqual(shares.map((s) => [...s].sort()));
    }
    // 3,000 renders over 8 shards: no shard holds far more than its eighth (375).
    const eighths = Array.from({ length: 8 }, (_, k) => names.filter((x) => shardOf(x, 8) === k + 1).length);
    expect(Math.max(...eighths)).toBeLessThan(450);
    expect(Math.min(...eighths)).toBeGreaterThan(300);
  });

  test('adding an app moves only that app', () => {
    const before = Array.from({ length: 100 }, (_, k) => `prod/app-${k}`);
    const after = [...before.slice(0, 40), 'prod/new-app', ...before.slice(40)];
    const where = (names: string[]) => new Map(names.map((x) => [x, shardOf(x, 8)]));
    const was = where(before);
    const is = where(after);
    expect([...was].filter(([x, s]) => is.get(x) !== s)).toEqual([]);
    expect(is.get('prod/new-app')).toBe(shardOf('prod/new-app', 8));
  });

  test('without a shard every environment is in', () => {
    expect(inShard('prod/api', undefined)).toBe(true);
    expect(inShard('prod/api', { index: 8, count: 8 })).toBe(true);
    expect(inShard('prod/api', { index: 1, count: 8 })).toBe(false);
  });
});

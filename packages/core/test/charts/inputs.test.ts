import valid from 'semver/functions/valid.js';
import { isSemver, parseVersionInput } from '../../src/charts/inputs.ts';

// isSemver replaces semver's valid() in the bump inputs (which must not load semver at start-up): it must
// accept exactly what valid() accepts.

const TRICKY = [
  '1.0.0',
  '0.0.0',
  '1.4.0-rc.2',
  '0.0.0-pr-12-abc1234',
  '1.0.0+build.7',
  '1.0.0-alpha+001',
  '1.0.0-0.3.7',
  '1.0.0-x.7.z.92',
  '1.0.0-alpha..1',
  '1.0.0-01',
  '1.0.0-0a',
  '1.0.0-a-',
  '1.0.0+',
  '1.0.0-',
  '1.0.0+a..b',
  '1.0.0+001',
  '01.0.0',
  '1.00.0',
  '1.0',
  '1',
  'v1.0.0',
  'V1.0.0',
  '=1.0.0',
  ' 1.0.0 ',
  '\t1.0.0\n',
  ' v1.0.0',
  '1.0.0 ',
  '1.0.0\n',
  '1 .0.0',
  '1.0.0-ü',
  '１.0.0',
  '9007199254740991.0.0',
  '9007199254740992.0.0',
  '0.9007199254740991.9007199254740992',
  '1.0.0-99999999999999999999',
  `1.0.0-${'a'.repeat(250)}`,
  `1.0.0-${'a'.repeat(251)}`,
  `1.0.0+${'b'.repeat(250)}`,
  ` 1.0.0+${'b'.repeat(249)}`,
  `  1.0.0+${'b'.repeat(249)}`,
  '',
  ' ',
];

/** A small seeded generator (mulberry32), so a failing string can be reproduced. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('isSemver accepts what semver valid() accepts', () => {
  test.each(TRICKY.map((s) => [s, valid(s) !== null]))('%j → %s', (s, expected) => {
    expect(isSemver(s)).toBe(expected);
  });

  test('on 50,000 strings built from version parts, both agree (thousands of them valid)', () => {
    const parts = ['0', '1', '7', '01', '10', '.', '.', '.', '-', '+', 'a', 'Z', '-rc', 'v', ' ', '=', 'x.', '9007199254740992'];
    const next = rng(22);
    const disagree: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 50_000; i++) {
      let s = `${Math.floor(next() * 3)}.${Math.floor(next() * 12)}.`;
      for (let n = Math.floor(next() * 7); n > 0; n--) s += parts[Math.floor(next() * parts.length)];
      const expected = valid(s) !== null;
      if (expected) accepted++;
      if (isSemver(s) !== expected) disagree.push(s);
    }
    expect(disagree).toEqual([]);
    expect(accepted).toBeGreaterThan(2_000);
  });

  test('the version input refuses a `v`, a `=` and what is not SemVer 2', () => {
    expect(parseVersionInput('1.4.0-rc.2', 'version')).toBe('1.4.0-rc.2');
    for (const bad of ['v1.0.0', '=1.0.0', 'V1.0.0', '1.0', '1.0.0-01'])
      expect(() => parseVersionInput(bad, 'version')).toThrow(`input 'version' is '${bad}', not a SemVer 2 version`);
  });
});

import semver from 'semver';
import { undottedPrerelease } from '../../src/charts/bump-rules.ts';
import { planChartBumps, type BumpOptions } from '../../src/charts/bump.ts';
import { checkChartBumps } from '../../src/checks/chart-bump.ts';
import { formatProblem } from '../../src/checks/problem.ts';
import { UserError } from '../../src/errors.ts';

// RELIABILITY.md case 31 (pre-release identifiers written `rc9`, which SemVer compares as text) and
// case 32 (a version the base already carries) for chart-bump-check and bump-chart.

type Files = Record<string, string>;
const chart = (version: string) => `apiVersion: v2\nname: web\ndescription: A chart\nversion: ${version}\n`;

async function check(baseVersion: string, headVersion: string, tips: Record<string, string> = {}) {
  const base: Files = { 'charts/web/Chart.yaml': chart(baseVersion), 'charts/web/templates/a.yaml': 'kind: A\n' };
  const head: Files = { 'charts/web/Chart.yaml': chart(headVersion), 'charts/web/templates/a.yaml': 'kind: B\n' };
  const plan = await checkChartBumps({
    base: new Set(Object.keys(base)),
    head: new Set(Object.keys(head)),
    changed: Object.keys(head),
    readFile: async (side, p) => (side === 'base' ? base : head)[p],
    otherBases: Object.entries(tips).map(([label, v]) => ({
      label,
      readFile: async (p: string) => (p === 'charts/web/Chart.yaml' ? chart(v) : undefined),
      judges: () => true,
    })),
    takenBy: async () => undefined,
    published: async () => undefined,
    breaking: 'error',
    changelog: 'auto',
  });
  const c = plan.charts[0];
  return {
    ok: c.ok,
    warnings: c.problems.filter((p) => p.level === 'warning').map(formatProblem),
    errors: c.problems.filter((p) => p.level === 'error').map(formatProblem),
  };
}

const opts = (over: Partial<BumpOptions> = {}): BumpOptions => ({
  level: 'patch',
  cascade: false,
  artifacthubChanges: false,
  policy: 'independent',
  changelog: 'off',
  date: '2026-11-22',
  ...over,
});
const base = (v: string | null) => ({ label: 'origin/main (1a2b3c4d5e6f)', versions: new Map([['charts/web', v]]) });
const plan = (current: string, o: Partial<BumpOptions>) =>
  planChartBumps(['charts/web'], ['charts/web'], (p) => (p === 'charts/web/Chart.yaml' ? chart(current) : undefined), opts(o));

describe('case 31: pre-release identifiers', () => {
  test.each([
    ['1.0.0-rc9', { identifier: 'rc9', next: 'rc10', suggestion: '1.0.0-rc.9' }],
    ['2.1.0-beta12+build.5', { identifier: 'beta12', next: 'beta13', suggestion: '2.1.0-beta.12+build.5' }],
    ['1.0.0-alpha.rc3', { identifier: 'rc3', next: 'rc4', suggestion: '1.0.0-alpha.rc.3' }],
    ['1.0.0-rc-9', { identifier: 'rc-9', next: 'rc-10', suggestion: '1.0.0-rc.9' }],
  ])('undottedPrerelease(%s)', (version, want) => {
    expect(undottedPrerelease(version)).toEqual(want);
  });

  test.each(['1.0.0', '1.0.0-rc.9', '1.0.0-rc', '1.0.0-9', '1.0.0-0.3.7', 'not-a-version9'])('%s is not flagged', (version) => {
    expect(undottedPrerelease(version)).toBeUndefined();
  });

  test('why: SemVer orders rc10 before rc9, but rc.10 after rc.9', () => {
    expect(semver.gt('1.0.0-rc10', '1.0.0-rc9')).toBe(false);
    expect(semver.gt('1.0.0-rc.10', '1.0.0-rc.9')).toBe(true);
  });

  test('chart-bump-check: rc9 → rc10 fails as not greater and warns at the version line with the dotted spelling', async () => {
    const r = await check('1.0.0-rc9', '1.0.0-rc10');
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toContain('version 1.0.0-rc10 is not greater than 1.0.0-rc9');
    expect(r.warnings).toEqual([
      "charts/web/Chart.yaml:4: version 1.0.0-rc10: the pre-release identifier 'rc10' compares as text, so rc11 would sort before it — write 1.0.0-rc.10: a number after a dot compares as a number (rc.9 < rc.10)",
    ]);
  });

  test('chart-bump-check: rc.9 → rc.10 passes without a warning', async () => {
    expect(await check('1.0.0-rc.9', '1.0.0-rc.10')).toEqual({ ok: true, warnings: [], errors: [] });
  });

  test('chart-bump-check: a passing rc3 → rc4 still warns (rc10 will come)', async () => {
    const r = await check('1.0.0-rc3', '1.0.0-rc4');
    expect(r.ok).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^charts\/web\/Chart\.yaml:4: .*write 1\.0\.0-rc\.4/);
  });

  test('bump-chart: an explicit rc10 over rc9 is refused, the hint naming the dotted spelling', () => {
    const err = (() => {
      try {
        plan('1.0.0-rc9', { version: '1.0.0-rc10' });
      } catch (e) {
        return e as UserError;
      }
    })();
    expect(err).toBeInstanceOf(UserError);
    expect(err!.message).toBe('version 1.0.0-rc10 is lower than the current version 1.0.0-rc9');
    expect(err!.line).toBe(4);
    expect(err!.hint).toContain("'rc9' compares as text (rc10 sorts before it): write pre-releases with a dot, e.g. 1.0.0-rc.9");
  });

  test('bump-chart: moving an rc3 chart to rc4 works and warns at file:line', () => {
    const p = plan('1.0.0-rc3', { version: '1.0.0-rc4' });
    expect(p.bumps[0].version).toBe('1.0.0-rc4');
    expect(p.warnings).toEqual([
      {
        message: "version 1.0.0-rc3: the pre-release identifier 'rc3' compares as text, so rc4 would sort before it — write 1.0.0-rc.3",
        file: 'charts/web/Chart.yaml',
        line: 4,
      },
    ]);
  });

  test('bump-chart: rc.9 → rc.10 works without a warning', () => {
    const p = plan('1.0.0-rc.9', { version: '1.0.0-rc.10' });
    expect(p.bumps[0].version).toBe('1.0.0-rc.10');
    expect(p.warnings).toEqual([]);
  });
});

describe('case 32: a version already published at the base', () => {
  test.each([
    ['the same version', '1.4.0', '1.4.0'],
    ['the same version with other build metadata', '1.4.0+build.7', '1.4.0'],
    ['a lower version than the base has', '1.3.5', '1.4.0'],
  ])('bump-chart: an explicit version that is %s is refused before any edit', (_name, explicit, atBase) => {
    expect(() => plan('1.3.0', { version: explicit, base: base(atBase) })).toThrow(
      new UserError(`chart web ${explicit} is already published at origin/main (1a2b3c4d5e6f) (its version there is ${atBase})`),
    );
  });

  test('bump-chart: a version above the base is planned; the same version as the work tree is a no-op rerun', () => {
    expect(plan('1.3.0', { version: '1.4.1', base: base('1.4.0') }).bumps[0].version).toBe('1.4.1');
    expect(plan('1.4.0', { version: '1.4.0', base: base('1.4.0') }).bumps[0]).toMatchObject({ version: '1.4.0', previousVersion: '1.4.0' });
  });

  test.each([
    ['1.4.0', '1.4.0'],
    ['1.4.0+build.7', '1.4.0'],
    ['1.4.0', '1.4.0+build.2'],
  ])('chart-bump-check: head %s against %s on the base branch tip is refused', async (head, tip) => {
    const r = await check('1.3.0', head, { 'the tip of main': tip });
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toContain(`version ${head} is not greater than ${tip} on the tip of main`);
  });
});

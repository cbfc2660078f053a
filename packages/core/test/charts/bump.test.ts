import { UserError, UserErrors } from '../../src/errors.ts';
import { artifactHubChanges, planChartBumps, type BumpOptions } from '../../src/charts/bump.ts';
import { parseVersionInput } from '../../src/charts/inputs.ts';
import { cascadeOrder, dependencyLinks } from '../../src/charts/cascade.ts';
import { parseChart } from '../../src/charts/chart.ts';

const opts = (over: Partial<BumpOptions> = {}): BumpOptions => ({
  level: 'patch',
  cascade: true,
  artifacthubChanges: false,
  policy: 'independent',
  changelog: 'auto',
  date: '2026-11-21',
  ...over,
});

/** Plans against an in-memory tree and applies the pure updaters (with their checks), as the transaction would. */
function run(files: Record<string, string>, selected: string[], o: BumpOptions) {
  const dirs = Object.keys(files)
    .filter((f) => f.endsWith('Chart.yaml'))
    .map((f) => f.slice(0, -'/Chart.yaml'.length));
  const plan = planChartBumps(selected, dirs, (p) => files[p], o);
  const out = { ...files };
  for (const e of plan.edits) {
    const before = out[e.path];
    const after = e.update(before);
    if (after === undefined || after === before) continue;
    e.check?.(before, after);
    out[e.path] = after;
  }
  const changed = Object.keys(out).filter((k) => out[k] !== files[k]);
  return { plan, out, changed };
}

const chart = (name: string, version: string, extra = '') => `apiVersion: v2\nname: ${name}\nversion: ${version}\n${extra}`;

describe('planChartBumps', () => {
  test('independent policy: appVersion set, chart version patch-bumped, nothing else', () => {
    const files = {
      'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0        # chart version\nappVersion: 1.4.2      # app\n',
    };
    const { out, plan, changed } = run(files, ['charts/myapp'], opts({ appVersion: '1.4.3' }));
    expect(out['charts/myapp/Chart.yaml']).toBe(
      'apiVersion: v2\nname: myapp\nversion: 0.13.1        # chart version\nappVersion: 1.4.3      # app\n',
    );
    expect(changed).toEqual(['charts/myapp/Chart.yaml']);
    expect(plan.bumps).toEqual([
      expect.objectContaining({
        path: 'charts/myapp',
        previousVersion: '0.13.0',
        version: '0.13.1',
        previousAppVersion: '1.4.2',
        appVersion: '1.4.3',
        cascaded: false,
      }),
    ]);
  });

  test.each([
    ['patch', '1.2.3', '1.2.4'],
    ['minor', '1.2.3', '1.3.0'],
    ['major', '1.2.3', '2.0.0'],
    ['patch', '1.4.0-rc.2', '1.4.0'],
    ['minor', '0.9.9', '0.10.0'],
  ] as const)('level %s: %s → %s', (level, from, to) => {
    const { out } = run({ 'c/Chart.yaml': chart('c', from) }, ['c'], opts({ level }));
    expect(out['c/Chart.yaml']).toBe(chart('c', to));
  });

  const base = (versions: Record<string, string | null>) => ({ label: 'origin/main (abc)', versions: new Map(Object.entries(versions)) });
  test.each([
    // level, version at the base, version in the work tree, result, left alone?
    ['patch', '1.2.3', '1.2.3', '1.2.4', false],
    ['patch', '1.2.3', '1.2.4', '1.2.4', true],
    ['patch', '1.2.3', '1.3.0', '1.3.0', true],
    ['minor', '1.2.3', '1.2.4', '1.3.0', false],
    ['minor', '1.2.3', '1.3.0', '1.3.0', true],
    ['major', '1.2.3', '1.3.0', '2.0.0', false],
    ['patch', '1.2.5', '1.2.3', '1.2.6', false], // the work tree is behind a bump merged since
    ['patch', '0.9.0', '0.10.0', '0.10.0', true], // SemVer, not string order
    ['minor', '0.9.0', '0.10.0', '0.10.0', true],
    ['patch', '1.9.9', '1.9.10', '1.9.10', true],
    ['patch', '1.4.0-rc.1', '1.4.0-rc.1', '1.4.0', false],
    ['patch', '1.4.0', '1.4.1-rc.1', '1.4.1', false], // a pre-release is below the patch it leads to
  ] as const)('level %s over base %s with %s in the work tree → %s', (level, at, current, want, left) => {
    const { plan } = run({ 'c/Chart.yaml': chart('c', current) }, ['c'], opts({ level, base: base({ c: at }) }));
    expect(plan.bumps[0].version).toBe(want);
    expect(plan.bumps[0].leftAlone !== undefined).toBe(left);
  });

  test('a chart new since the base keeps its version; a folder the base could not read falls back to the work tree', () => {
    const { plan } = run(
      { 'a/Chart.yaml': chart('a', '0.1.0'), 'b/Chart.yaml': chart('b', '0.1.0') },
      ['a', 'b'],
      opts({ base: base({ a: null }) }),
    );
    expect(plan.bumps.map((b) => [b.path, b.version, b.leftAlone])).toEqual([
      ['a', '0.1.0', 'new since origin/main (abc): version left at 0.1.0'],
      ['b', '0.1.1', undefined],
    ]);
  });

  test('a cascaded parent already bumped over the base keeps its version but takes the new dependency version', () => {
    const files = {
      'api/Chart.yaml': chart('api', '1.3.2'),
      'app/Chart.yaml': chart('app', '2.4.1', 'dependencies:\n  - name: api\n    version: 1.3.2\n    repository: file://../api\n'),
    };
    const { out, plan } = run(files, ['api'], opts({ base: base({ api: '1.3.2', app: '2.4.0' }) }));
    expect(out['app/Chart.yaml']).toBe(
      chart('app', '2.4.1', 'dependencies:\n  - name: api\n    version: 1.3.3\n    repository: file://../api\n'),
    );
    expect(plan.bumps.find((b) => b.path === 'app')?.leftAlone).toBe(
      'already 2.4.1, at least a patch bump over 2.4.0 at origin/main (abc): version left as is',
    );
  });

  test.each(['0.0.0-pr-12-abc1234', '1.4.0-rc.2', '3.0.0'])('explicit version %s', (v) => {
    const { out } = run({ 'c/Chart.yaml': chart('c', '0.0.0-pr-11-0000000') }, ['c'], opts({ version: v }));
    expect(out['c/Chart.yaml']).toBe(chart('c', v));
  });

  test.each([
    ['version: 1.10\n', '1.10.0', 'version: 1.10.0\n', 'number'],
    ['version: 1.10 # note\n', '0.1.0', 'version: 0.1.0 # note\n', 'number'],
    ['version: 2024-01-01\n', '2024.1.1', 'version: 2024.1.1\n', 'date'],
  ])('an explicit version repairs an ambiguous %j (even a lower-looking one) and says so', (line, v, want, kind) => {
    const { out, plan } = run({ 'c/Chart.yaml': `name: c\n${line}` }, ['c'], opts({ version: v }));
    expect(out['c/Chart.yaml']).toBe(`name: c\n${want}`);
    expect(plan.bumps[0].repaired).toBe(
      `version: ${line.split(' ')[1].trim()} was unquoted, so YAML read it as a ${kind}, not the version written; replaced by ${v}`,
    );
  });

  test('without an explicit version an ambiguous version is still refused', () => {
    expect(() => run({ 'c/Chart.yaml': 'name: c\nversion: 1.10\n' }, ['c'], opts())).toThrow(UserError);
  });

  test('an explicit version lower than the current one names both, at the version line', () => {
    expect(() => run({ 'c/Chart.yaml': chart('c', '1.2.3') }, ['c'], opts({ version: '1.2.0' }))).toThrow(
      expect.objectContaining({ message: 'version 1.2.0 is lower than the current version 1.2.3', file: 'c/Chart.yaml', line: 3 }),
    );
  });

  test('an explicit version equal to the current one with the changelog there changes nothing', () => {
    const files = {
      'c/Chart.yaml': chart('c', '1.2.3', 'appVersion: "2.0.0"\n'),
      'c/CHANGELOG.md': '# Changelog\n\n## [1.2.3] - 2024-01-01\n\n- x\n',
    };
    const { changed, plan } = run(files, ['c'], opts({ version: '1.2.3', appVersion: '2.0.0' }));
    expect(changed).toEqual([]);
    expect(plan.bumps[0]).toEqual(expect.objectContaining({ previousVersion: '1.2.3', version: '1.2.3' }));
  });

  test.each([
    ['independent', { version: '1.1.0', appVersion: '2.0.0' }],
    ['sync', { policy: 'sync', appVersion: '1.1.0' }],
  ] as const)('a re-run with artifacthub-changes and no CHANGELOG.md changes nothing (%s)', (_name, o) => {
    const files = { 'c/Chart.yaml': chart('c', '1.0.0', 'appVersion: 1.0.0\n') };
    const first = run(files, ['c'], opts({ ...o, artifacthubChanges: true }));
    expect(first.out['c/Chart.yaml']).toContain(`description: Update appVersion to ${o.appVersion}`);
    const again = run(first.out, ['c'], opts({ ...o, artifacthubChanges: true }));
    expect(again.changed).toEqual([]);
  });

  test.each([
    ['a new appVersion', { 'c/Chart.yaml': chart('c', '1.2.3', 'appVersion: "2.0.0"\n') }, { version: '1.2.3', appVersion: '2.1.0' }],
    [
      'a changelog without the section',
      { 'c/Chart.yaml': chart('c', '1.2.3'), 'c/CHANGELOG.md': '## [1.2.2] - 2024-01-01\n\n- x\n' },
      { version: '1.2.3' },
    ],
  ])('the same explicit version with %s is refused (not greater)', (_name, files, o) => {
    expect(() => run(files as Record<string, string>, ['c'], opts(o))).toThrow(
      expect.objectContaining({ message: 'version 1.2.3 is not greater than the current version 1.2.3', file: 'c/Chart.yaml', line: 3 }),
    );
  });

  test('sync policy: chart version = app version', () => {
    const { out } = run(
      { 'c/Chart.yaml': chart('c', '1.4.2', "appVersion: '1.4.2'\n") },
      ['c'],
      opts({ policy: 'sync', appVersion: '1.5.0' }),
    );
    expect(out['c/Chart.yaml']).toBe(chart('c', '1.5.0', "appVersion: '1.5.0'\n"));
  });

  test('sync policy: an app tagged v1.5.0 gives chart version 1.5.0 (Helm chart versions carry no v) and keeps appVersion as given', () => {
    const { out, plan } = run(
      { 'c/Chart.yaml': chart('c', '1.4.2', 'appVersion: v1.4.2\n') },
      ['c'],
      opts({ policy: 'sync', appVersion: 'v1.5.0' }),
    );
    expect(out['c/Chart.yaml']).toBe(chart('c', '1.5.0', 'appVersion: v1.5.0\n'));
    expect(plan.bumps[0]).toEqual(expect.objectContaining({ version: '1.5.0', appVersion: 'v1.5.0' }));
    // The chart it wrote must be readable by the next run.
    expect(() => run(out, ['c'], opts({ policy: 'sync', appVersion: 'v1.5.0' }))).not.toThrow();
  });

  test('sync policy: an app version that is not SemVer is refused naming the policy', () => {
    expect(() => run({ 'c/Chart.yaml': chart('c', '1.0.0') }, ['c'], opts({ policy: 'sync', appVersion: '2024.05.01' }))).toThrow(
      /chart-version-policy is sync.*2024\.05\.01/,
    );
  });

  test('sync policy: a version that differs from app-version is refused', () => {
    expect(() =>
      run({ 'c/Chart.yaml': chart('c', '1.0.0') }, ['c'], opts({ policy: 'sync', appVersion: '1.5.0', version: '1.6.0' })),
    ).toThrow(/differs from app-version 1\.5\.0/);
  });

  test('a missing appVersion is added right after version', () => {
    const { out } = run({ 'c/Chart.yaml': chart('c', '1.0.0', 'type: application\n') }, ['c'], opts({ appVersion: '1.10' }));
    expect(out['c/Chart.yaml']).toBe(chart('c', '1.0.1', 'appVersion: "1.10"\ntype: application\n'));
  });

  test('changelog kept where the chart has one; created when required', () => {
    const files = {
      'a/Chart.yaml': chart('a', '1.0.0'),
      'a/CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2024-01-01\n\n- First\n',
      'b/Chart.yaml': chart('b', '2.0.0'),
    };
    const auto = run(files, ['a', 'b'], opts({ appVersion: '3.1.0' }));
    expect(auto.changed.sort()).toEqual(['a/CHANGELOG.md', 'a/Chart.yaml', 'b/Chart.yaml']);
    expect(auto.out['a/CHANGELOG.md']).toContain('## [1.0.1] - 2026-11-21\n\n- Update appVersion to 3.1.0\n');
    const required = run(files, ['a', 'b'], opts({ changelog: 'required', entry: 'Ship it' }));
    expect(required.out['b/CHANGELOG.md']).toContain('## [2.0.1] - 2026-11-21\n\n### Changed\n\n- Ship it\n');
    const off = run(files, ['a'], opts({ changelog: 'off' }));
    expect(off.changed).toEqual(['a/Chart.yaml']);
  });

  test('artifacthub.io/changes repeats the changelog entries', () => {
    const files = {
      'a/Chart.yaml': chart('a', '1.0.0'),
      'a/CHANGELOG.md': '## [Unreleased]\n\n### Fixed\n\n- Probe: timeout\n### Added\n\n- HPA\n\n## [1.0.0] - 2024-01-01\n',
    };
    const { out } = run(files, ['a'], opts({ artifacthubChanges: true }));
    expect(out['a/Chart.yaml']).toBe(
      chart(
        'a',
        '1.0.1',
        'annotations:\n  artifacthub.io/changes: |\n    - kind: fixed\n      description: "Probe: timeout"\n    - kind: added\n      description: HPA\n',
      ),
    );
    // again: the annotation is replaced, not duplicated
    const again = run(out, ['a'], opts({ artifacthubChanges: true, version: '1.0.1' }));
    expect(again.changed).toEqual([]);
  });

  test('errors in several charts are all reported, and nothing is planned', () => {
    const files = { 'a/Chart.yaml': chart('a', '1.10'), 'b/Chart.yaml': chart('b', 'one'), 'c/Chart.yaml': chart('c', '1.0.0') };
    let err: unknown;
    try {
      run(files, ['a', 'b', 'c'], opts());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserErrors);
    const errors = (err as UserErrors).errors.map((e) => [e.file, e.line, e.message]);
    expect(errors).toEqual([
      ['a/Chart.yaml', 3, 'version: 1.10 is read as a number, not the string written'],
      ['b/Chart.yaml', 3, 'version one is not valid SemVer 2'],
    ]);
  });

  test('an empty Chart.yaml is a UserError, not a crash', () => {
    expect(() => run({ 'c/Chart.yaml': '\n' }, ['c'], opts())).toThrow(
      expect.objectContaining({ name: 'UserError', message: 'Chart.yaml is empty', file: 'c/Chart.yaml' }),
    );
  });

  test('a missing Chart.yaml is a UserError', () => {
    expect(() => planChartBumps(['nope'], [], () => undefined, opts())).toThrow(UserError);
  });
});

describe('cascade', () => {
  const umbrella = {
    'charts/api/Chart.yaml': chart('api', '1.3.2', 'appVersion: 1.3.2\n'),
    'charts/worker/Chart.yaml': chart('worker', '0.9.0'),
    'charts/platform/Chart.yaml':
      "apiVersion: v2\nname: platform\nversion: '2.4.0'\ndependencies:\n  - name: api\n    version: '1.3.2'   # in-repo\n    repository: 'file://../api'\n  - name: worker\n    alias: jobs\n    version: ~0.9.0\n    repository: file://../worker\n  - name: redis\n    version: 19.x.x\n    repository: oci://registry-1.example.com/charts\n",
  };

  test('umbrella with two file:// subcharts: dependency versions and the umbrella patch-bumped', () => {
    const { out, plan } = run(umbrella, ['charts/api', 'charts/worker'], opts({ level: 'minor' }));
    expect(out['charts/platform/Chart.yaml']).toBe(
      "apiVersion: v2\nname: platform\nversion: '2.4.1'\ndependencies:\n  - name: api\n    version: '1.4.0'   # in-repo\n    repository: 'file://../api'\n  - name: worker\n    alias: jobs\n    version: 0.10.0\n    repository: file://../worker\n  - name: redis\n    version: 19.x.x\n    repository: oci://registry-1.example.com/charts\n",
    );
    expect(plan.bumps.map((b) => [b.path, b.version, b.cascaded])).toEqual([
      ['charts/api', '1.4.0', false],
      ['charts/worker', '0.10.0', false],
      ['charts/platform', '2.4.1', true],
    ]);
  });

  test('a range the new version satisfies is left as is; the parent still moves', () => {
    const { out } = run(umbrella, ['charts/worker'], opts());
    expect(out['charts/platform/Chart.yaml']).toContain("version: '2.4.1'");
    expect(out['charts/platform/Chart.yaml']).toContain('version: ~0.9.0');
  });

  test('cascade: false leaves dependents alone', () => {
    const { changed } = run(umbrella, ['charts/api'], opts({ cascade: false }));
    expect(changed).toEqual(['charts/api/Chart.yaml']);
  });

  test('chains resolve in dependency order', () => {
    const files = {
      'c/Chart.yaml': chart('c', '1.0.0', 'dependencies:\n  - name: b\n    version: 1.0.0\n    repository: file://../b\n'),
      'b/Chart.yaml': chart('b', '1.0.0', 'dependencies:\n  - name: a\n    version: 1.0.0\n    repository: file://../a\n'),
      'a/Chart.yaml': chart('a', '1.0.0'),
    };
    const { out, plan } = run(files, ['a'], opts({ version: '2.0.0' }));
    expect(plan.bumps.map((b) => `${b.path}@${b.version}`)).toEqual(['a@2.0.0', 'b@1.0.1', 'c@1.0.1']);
    expect(out['b/Chart.yaml']).toContain('  - name: a\n    version: 2.0.0');
    expect(out['c/Chart.yaml']).toContain('  - name: b\n    version: 1.0.1');
  });

  test('a vendored subchart under charts/ counts for its parent', () => {
    const files = {
      'app/Chart.yaml': chart('app', '1.0.0', 'dependencies:\n  - name: sub\n    version: 0.1.0\n'),
      'app/charts/sub/Chart.yaml': chart('sub', '0.1.0'),
    };
    const { out } = run(files, ['app/charts/sub'], opts());
    expect(out['app/Chart.yaml']).toBe(chart('app', '1.0.1', 'dependencies:\n  - name: sub\n    version: 0.1.1\n'));
  });

  test('a file:// entry without a version stays without one; the parent still moves', () => {
    const files = {
      'app/Chart.yaml': chart('app', '1.0.0', 'dependencies:\n  - name: lib\n    repository: file://../lib\n'),
      'lib/Chart.yaml': chart('lib', '0.1.0'),
    };
    const { out } = run(files, ['lib'], opts());
    expect(out['app/Chart.yaml']).toBe(chart('app', '1.0.1', 'dependencies:\n  - name: lib\n    repository: file://../lib\n'));
  });

  test('a vendored subchart with no dependencies entry (apiVersion v1 style) still moves its parent', () => {
    const files = {
      'openstack/arc/Chart.yaml': 'apiVersion: v1\nname: arc\nversion: 0.1.0\n',
      'openstack/arc/charts/mosquitto/Chart.yaml':
        'apiVersion: v1\ndescription: A Helm chart for mosquitto \nname: mosquitto\nversion: 0.1.0\n',
    };
    const { out, plan } = run(files, ['openstack/arc/charts/mosquitto'], opts());
    expect(out['openstack/arc/Chart.yaml']).toBe('apiVersion: v1\nname: arc\nversion: 0.1.1\n');
    expect(out['openstack/arc/charts/mosquitto/Chart.yaml']).toContain('version: 0.1.1\n');
    expect(plan.bumps.find((b) => b.path === 'openstack/arc')?.dependencyUpdates).toEqual([
      { name: 'mosquitto', repository: undefined, to: '0.1.1' },
    ]);
  });

  test('a file:// dependency across the tree (../../common/x) is followed', () => {
    const files = {
      'common/postgresql/Chart.yaml': 'apiVersion: v2\nname: postgresql\nversion: 0.3.0\n',
      'openstack/archer/Chart.yaml':
        'apiVersion: v2\nname: archer\nversion: 0.1.0\ndependencies:\n  - name: postgresql\n    repository: file://../../common/postgresql\n    version: 0.3.0\n',
    };
    const { out } = run(files, ['common/postgresql'], opts({ level: 'minor' }));
    expect(out['openstack/archer/Chart.yaml']).toBe(
      'apiVersion: v2\nname: archer\nversion: 0.1.1\ndependencies:\n  - name: postgresql\n    repository: file://../../common/postgresql\n    version: 0.4.0\n',
    );
  });

  test('a dependency cycle is a UserError naming the charts', () => {
    const files = {
      'a/Chart.yaml': chart('a', '1.0.0', 'dependencies:\n  - name: b\n    version: 1.0.0\n    repository: file://../b\n'),
      'b/Chart.yaml': chart('b', '1.0.0', 'dependencies:\n  - name: a\n    version: 1.0.0\n    repository: file://../a\n'),
    };
    expect(() => run(files, ['a'], opts())).toThrow(
      expect.objectContaining({ message: 'chart dependency cycle: a → b → a', file: 'a/Chart.yaml', line: 5 }),
    );
  });

  test('dependencyLinks and cascadeOrder', () => {
    const metas = new Map(Object.entries(umbrella).map(([f, t]) => [f.slice(0, -'/Chart.yaml'.length), parseChart(t, f)]));
    const links = dependencyLinks(metas);
    expect(links.map((l) => `${l.child}->${l.parent}#${l.index}`).sort()).toEqual([
      'charts/api->charts/platform#0',
      'charts/worker->charts/platform#1',
    ]);
    expect(cascadeOrder(['charts/api'], links, true)).toEqual(['charts/api', 'charts/platform']);
    expect(cascadeOrder(['charts/api'], links, false)).toEqual(['charts/api']);
  });
});

describe('inputs and annotation text', () => {
  test.each(['v1.2.3', '1.2', 'latest', '=1.0.0'])('version input %s is refused', async (v) => {
    await expect(parseVersionInput(v, 'version')).rejects.toThrow(/not a SemVer 2 version/);
  });
  test('artifactHubChanges quotes what YAML would misread', () => {
    expect(
      artifactHubChanges([
        { kind: 'fixed', text: 'yes' },
        { kind: 'added', text: '[x] a: b' },
      ]),
    ).toBe('- kind: fixed\n  description: "yes"\n- kind: added\n  description: "[x] a: b"');
  });
});

import { parseChart, requireChartVersion, semverRepair } from '../../src/charts/chart.ts';
import { userError } from '../helpers.ts';

const CHART = `apiVersion: v2
name: myapp
description: The demo application
type: application
# Bumped by lockstep
version: 0.13.0
appVersion: "1.4.2"
dependencies:
  - name: common
    version: 0.2.0
    repository: file://../common/
  - name: redis
    version: "18.1.0"
    repository: oci://registry-1.docker.io/bitnamicharts
    alias: cache
    condition: cache.enabled
  - name: local-sub
    version: 0.1.0
    repository: "file://charts/local-sub"
`;

describe('parseChart', () => {
  test('reads name, version, appVersion and dependencies with their lines', () => {
    const c = parseChart(CHART, 'charts/myapp/Chart.yaml');
    expect(c.file).toBe('charts/myapp/Chart.yaml');
    expect(c.name).toBe('myapp');
    expect([c.version?.value, c.version?.line]).toEqual(['0.13.0', 6]);
    expect([c.appVersion?.value, c.appVersion?.line]).toEqual(['1.4.2', 7]);
    expect(c.dependencies).toEqual([
      { name: 'common', version: '0.2.0', repository: 'file://../common/', alias: undefined, index: 0, line: 9, localPath: '../common' },
      {
        name: 'redis',
        version: '18.1.0',
        repository: 'oci://registry-1.docker.io/bitnamicharts',
        alias: 'cache',
        index: 1,
        line: 12,
        localPath: undefined,
      },
      {
        name: 'local-sub',
        version: '0.1.0',
        repository: 'file://charts/local-sub',
        alias: undefined,
        index: 2,
        line: 17,
        localPath: 'charts/local-sub',
      },
    ]);
  });

  test.each([
    ['a BOM', `\ufeff${CHART}`],
    ['CRLF', CHART.replace(/\n/g, '\r\n')],
  ])('reads a file with %s', (_what, text) => {
    const c = parseChart(text, 'Chart.yaml');
    expect([c.name, c.version?.value, c.version?.line, c.dependencies.length]).toEqual(['myapp', '0.13.0', 6, 3]);
  });

  test.each([
    ['no dependencies key', 'name: a\nversion: 1.0.0\n'],
    ['an empty dependencies key', 'name: a\nversion: 1.0.0\ndependencies:\n'],
    ['an empty list', 'name: a\nversion: 1.0.0\ndependencies: []\n'],
  ])('%s → no dependencies', (_what, text) => {
    expect(parseChart(text, 'Chart.yaml').dependencies).toEqual([]);
  });

  test('a chart without name gives an empty name (callers fall back to the folder name)', () => {
    expect(parseChart('apiVersion: v2\nversion: 1.0.0\n', 'charts/x/Chart.yaml').name).toBe('');
  });

  test('a chart without appVersion (a library chart)', () => {
    const c = parseChart('apiVersion: v2\nname: common\ntype: library\nversion: 0.2.0\n', 'charts/common/Chart.yaml');
    expect(c.appVersion).toBeUndefined();
    expect(c.version?.value).toBe('0.2.0');
  });

  test.each([
    [
      'an unquoted ambiguous version: both problems and the full fix in one message',
      'name: a\nversion: 1.10\n',
      2,
      /^charts\/a\/Chart\.yaml:2: version: 1\.10 is read as a number, not the string written — it is not SemVer 2 either: write version: 1\.10\.0 \(to quote it as "1\.10" is not enough\)$/,
    ],
    [
      'an unquoted version 2',
      'name: a\nversion: 2\n',
      2,
      /^charts\/a\/Chart\.yaml:2: version: 2 is read as a number, .* write version: 2\.0\.0 /,
    ],
    [
      'an unquoted version 012 (octal in YAML 1.1)',
      'name: a\nversion: 012\n',
      2,
      /version: 012 is read as a number, .* write version: 12\.0\.0 /,
    ],
    ['an unquoted version yes', 'name: a\nversion: yes\n', 2, /version: yes is read as a boolean, .* e\.g\. version: 0\.1\.0 /],
    [
      'an unquoted numeric appVersion',
      'name: a\nversion: 1.0.0\nappVersion: 2.0\n',
      3,
      /^charts\/a\/Chart\.yaml:3: appVersion: 2\.0 is read as a number/,
    ],
    ['a duplicate version', 'name: a\nversion: 1.0.0\nversion: 1.0.1\n', 3, /^charts\/a\/Chart\.yaml:3: duplicate key 'version'/],
    ['a list at the top', '- name: a\n', 1, /^charts\/a\/Chart\.yaml:1: Chart\.yaml is not a mapping of keys/],
    [
      'dependencies that are not a list',
      'name: a\nversion: 1.0.0\ndependencies:\n  redis: 1\n',
      4,
      /^charts\/a\/Chart\.yaml:4: dependencies is not a list/,
    ],
    [
      'a dependency that is not a mapping',
      'name: a\nversion: 1.0.0\ndependencies:\n  - redis\n',
      4,
      /^charts\/a\/Chart\.yaml:4: dependencies\[0\] is not a mapping/,
    ],
    [
      'an ambiguous dependency version',
      'name: a\nversion: 1.0.0\ndependencies:\n  - name: r\n    version: 1.10\n',
      5,
      /^charts\/a\/Chart\.yaml:5: dependencies\[0\]\.version: 1\.10 is read as a number/,
    ],
    ['invalid YAML', 'name: a\nversion: [1.0.0\n', undefined, /^charts\/a\/Chart\.yaml:\d+: invalid YAML/],
  ])('%s → UserError at file:line', (_what, text, line, message) => {
    const e = userError(() => parseChart(text, 'charts/a/Chart.yaml'));
    expect(e.file).toBe('charts/a/Chart.yaml');
    if (line !== undefined) expect(e.line).toBe(line);
    expect(e.format()).toMatch(message);
  });
});

describe('requireChartVersion', () => {
  test.each([['0.13.0'], ['1.4.0-rc.1'], ['0.0.0-pr-12-abc1234'], ['1.0.0+build.5'], ['"2.0.0"']])('%s is valid SemVer 2', (v) => {
    expect(requireChartVersion(parseChart(`name: a\nversion: ${v}\n`, 'Chart.yaml'))).toBe(v.replace(/"/g, ''));
  });

  test.each([['v1.2.3'], ['"1.2"'], ['1.2.3.4'], ['latest'], ['"01.2.3"'], ['=1.2.3'], ['1.2.3-'], ['" 1.2.3"'], ['"1.2.3 "']])(
    '%s is refused at the version line',
    (v) => {
      const e = userError(() => requireChartVersion(parseChart(`# chart\nname: a\nversion: ${v}\n`, 'charts/a/Chart.yaml')));
      expect(e.format()).toMatch(/^charts\/a\/Chart\.yaml:3: version .* is not valid SemVer 2 — use MAJOR\.MINOR\.PATCH/);
    },
  );

  test('a quoted "1.10" is told the SemVer to write', () => {
    expect(userError(() => requireChartVersion(parseChart('name: a\nversion: "1.10"\n', 'charts/a/Chart.yaml'))).format()).toBe(
      'charts/a/Chart.yaml:2: version 1.10 is not valid SemVer 2 — use MAJOR.MINOR.PATCH: write version: 1.10.0',
    );
  });

  test.each([
    ['1.10', '1.10.0'],
    ['2', '2.0.0'],
    ['01.02', '1.2.0'],
    ['1.2.3', '1.2.3'],
    ['1e3', undefined],
    ['v1.2', undefined],
  ])('semverRepair(%s) = %s', (source, fix) => {
    expect(semverRepair(source)).toBe(fix);
  });

  test('a chart without version is refused', () => {
    expect(userError(() => requireChartVersion(parseChart('name: a\n', 'charts/a/Chart.yaml'))).format()).toBe(
      'charts/a/Chart.yaml:1: Chart.yaml has no version — add `version: 0.1.0`',
    );
  });
});

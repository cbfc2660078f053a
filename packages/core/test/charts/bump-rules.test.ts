import { bumpIsEnough, highestVersion, looseChart, requiredLevel, smallestValid } from '../../src/charts/bump-rules.ts';
import { findCharts } from '../../src/charts/discover.ts';
import { helmIgnore } from '../../src/charts/helmignore.ts';
import { parseChartLock } from '../../src/charts/lock.ts';
import { UserError } from '../../src/errors.ts';

// The .helmignore `helm create` writes, plus the folders chart repos keep next to templates.
const HELMIGNORE = `# Patterns to ignore when building packages.
.DS_Store
.git/
.gitignore
*.swp
*.bak
*.tmp
*.orig
*~
.project
.idea/
*.tmproj
.vscode/
ci/
hack/
unittests/
`;

describe('helmIgnore', () => {
  const rule = helmIgnore(HELMIGNORE);
  test.each<[string, boolean]>([
    ['templates/deployment.yaml', false],
    ['values.yaml', false],
    ['Chart.yaml', false],
    ['README.md', false],
    ['.helmignore', false],
    ['ci/ct-values.yaml', true],
    ['hack/gen.sh', true],
    ['unittests/deployment_test.yaml', true],
    ['templates/deployment.yaml.orig', true],
    ['charts/common/ci/x.yaml', true],
    ['templates/.hidden.yaml', true], // Helm's own default rule
    ['templates/sub/.keep', false],
  ])('%s ignored: %s', (path, ignored) => {
    expect(rule(path)).toBe(ignored);
  });

  test('no .helmignore keeps everything but hidden template files', () => {
    const none = helmIgnore(undefined);
    expect(none('ci/values.yaml')).toBe(false);
    expect(none('templates/.x')).toBe(true);
  });

  test('CRLF lines and a BOM are read as Helm reads them', () => {
    const r = helmIgnore('\uFEFFdocs/\r\n*.md\r\n');
    expect([r('docs/a.txt'), r('NOTES.md'), r('templates/a.yaml')]).toEqual([true, true, false]);
  });

  // Cases of Helm's pkg/ignore rules_test.go (the same patterns and paths, the same answers).
  test.each<[string, string, boolean]>([
    ['helm.txt', 'helm.txt', true],
    ['helm.*', 'helm.txt', true],
    ['helm.*', 'rudder.txt', false],
    ['*.txt', 'tiller.txt', true],
    ['*.txt', 'cargo/a.txt', true],
    ['cargo/*.txt', 'cargo/a.txt', true],
    ['cargo/*.*', 'cargo/a.txt', true],
    ['cargo/*.txt', 'mast/a.txt', false],
    ['ru[c-e]?er.txt', 'rudder.txt', true],
    ['templates/.?*', 'templates/.dotfile', true],
    ['.*', '.joonix', true],
    ['.*', 'helm.txt', false],
    ['cargo/', 'cargo/a.txt', true],
    ['cargo/', 'mast/a.txt', false],
    ['helm.txt/', 'helm.txt', false],
    ['!helm.txt', 'helm.txt', false],
    ['!helm.txt', 'tiller.txt', true],
    ['!*.txt', 'cargo/a.txt', true],
    ['/a.txt', 'a.txt', true],
    ['/a.txt', 'cargo/a.txt', false],
    ['/cargo/a.txt', 'cargo/a.txt', true],
  ])("rule '%s' on %s: ignored %s", (pattern, path, ignored) => {
    expect(helmIgnore(pattern)(path)).toBe(ignored);
  });

  test('matching is case-sensitive, as Go filepath.Match is', () => {
    const r = helmIgnore('*.bak\nDocs/\n');
    expect([r('templates/extra.BAK'), r('a.bak'), r('docs/x.md'), r('Docs/x.md')]).toEqual([false, true, false, true]);
  });

  test("negation is Helm's, not gitignore's: the first rule that decides wins, and !x ignores what x does not match", () => {
    const r = helmIgnore('*.md\n!README.md\n');
    // *.md comes first and ignores README.md; !README.md then ignores everything else that reaches it.
    expect([r('README.md'), r('NOTES.md'), r('values.yaml')]).toEqual([true, true, true]);
  });

  test('classes, ? and escapes follow filepath.Match: ? and * stop at /, [^...] negates, \\ escapes', () => {
    expect(helmIgnore('a?c')('x/a/c')).toBe(false);
    expect(helmIgnore('a/?')('a/b')).toBe(true);
    expect(helmIgnore('*.[ch]')('x.c')).toBe(true);
    expect(helmIgnore('*.[^ch]')('x.c')).toBe(false);
    expect(helmIgnore('*.[^ch]')('x.o')).toBe(true);
    expect(helmIgnore('\\*.txt')('*.txt')).toBe(true);
    expect(helmIgnore('\\*.txt')('a.txt')).toBe(false);
    expect(helmIgnore('a*/b')('ab/b')).toBe(true);
    expect(helmIgnore('a*/b')('a/x/b')).toBe(false);
    expect(helmIgnore('*a*b')('xaxaxb')).toBe(true);
    expect(helmIgnore('*a*b')('xaxaxbx')).toBe(false);
  });

  test.each<[string, number, RegExp]>([
    ['.git/\n**/*.bak\n', 2, /'\*\*' is not supported in \.helmignore/],
    ['ci/\nfoo[\n', 2, /'foo\[' is not a valid pattern/],
    ['[]a]\n', 1, /not a valid pattern/],
    ['x\\\n', 1, /not a valid pattern/],
  ])('a rule Helm refuses is an error at its line: %j', (text, line, message) => {
    let thrown: unknown;
    try {
      helmIgnore(text, 'charts/a/.helmignore');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).message).toMatch(message);
    expect((thrown as UserError).file).toBe('charts/a/.helmignore');
    expect((thrown as UserError).line).toBe(line);
  });

  test('many stars against a long name finish at once (no backtracking)', () => {
    const r = helmIgnore(`${'*a'.repeat(40)}*b\n`);
    expect(r(`templates/${'a'.repeat(5000)}`)).toBe(false);
  });
});

describe('version rules', () => {
  test.each<[boolean, string, string]>([
    [false, '1.2.3', 'patch'],
    [true, '1.2.3', 'major'],
    [true, '0.4.1', 'minor'],
    [false, '0.4.1', 'patch'],
  ])('requiredLevel(breaking=%s, %s) = %s', (breaking, base, level) => {
    expect(requiredLevel(breaking, base)).toBe(level);
  });

  test.each<[string, 'major' | 'minor' | 'patch', string]>([
    ['1.2.3', 'patch', '1.2.4'],
    ['1.2.3', 'major', '2.0.0'],
    ['0.4.1', 'minor', '0.5.0'],
    ['1.3.0-rc.1', 'patch', '1.3.0'],
  ])('smallestValid(%s, %s) = %s', (base, level, v) => {
    expect(smallestValid(base, level)).toBe(v);
  });

  test.each<[string, string, 'major' | 'minor' | 'patch', boolean]>([
    ['1.2.3', '1.2.3', 'patch', false],
    ['1.2.3', '1.2.2', 'patch', false],
    ['1.2.3', '1.2.4', 'patch', true],
    ['1.2.3', '1.2.4-rc.1', 'patch', true],
    ['1.2.3', '1.3.0', 'major', false],
    ['1.2.3', '2.0.0', 'major', true],
    ['1.2.3', '2.0.0-rc.1', 'major', true],
    ['0.4.1', '0.4.2', 'minor', false],
    ['0.4.1', '0.5.0', 'minor', true],
    ['0.4.1', '0.5.0-beta.1', 'minor', true],
    ['0.4.1', '1.0.0', 'minor', true],
    ['1.2.3', '1.2.3+build.5', 'patch', false],
    ['2.0.0-rc.1', '2.0.0-rc.2', 'major', true],
    ['2.0.0-rc.1', '2.0.0', 'major', true],
    ['2.0.0-rc.1', '2.0.1', 'major', true],
    ['2.0.0-rc.1', '2.0.0-rc.1', 'major', false],
    ['2.1.0-rc.1', '2.1.0-rc.2', 'major', false],
    ['1.2.3-rc.1', '1.2.3', 'major', false],
    ['0.5.0-rc.1', '0.5.0-rc.2', 'minor', true],
    ['0.5.0-rc.1', '0.5.0', 'minor', true],
    ['0.5.1-rc.1', '0.5.1', 'minor', false],
    // SemVer, not string order: each row fails if versions are compared as strings.
    ['0.9.0', '0.10.0', 'patch', true],
    ['0.10.0', '0.9.0', 'patch', false],
    ['1.9.9', '1.10.0', 'patch', true],
    ['1.10.0', '1.9.9', 'patch', false],
    ['9.1.0', '10.0.0', 'major', true],
    ['0.9.3', '0.10.0', 'minor', true],
    ['1.0.0-rc.9', '1.0.0-rc.10', 'patch', true],
    ['1.0.0-rc.10', '1.0.0-rc.9', 'patch', false],
    ['1.0.0-rc.1', '1.0.0', 'patch', true],
    ['1.0.0', '1.0.0-rc.1', 'patch', false],
    ['1.0.0-alpha', '1.0.0-alpha.1', 'patch', true],
    ['1.0.0-beta', '1.0.0-alpha.9', 'patch', false],
    ['1.0.0+build.9', '1.0.0+build.10', 'patch', false],
    ['1.0.0+build.10', '1.0.0+build.9', 'patch', false],
    ['1.0.0+zzz', '1.0.1+aaa', 'patch', true],
  ])('bumpIsEnough(%s → %s, %s) = %s', (base, head, level, ok) => {
    expect(bumpIsEnough(base, head, level)).toBe(ok);
  });

  test.each<[string[], string]>([
    [['0.9.0', '0.10.0'], '0.10.0'],
    [['0.10.0', '0.9.0'], '0.10.0'],
    [['1.9.9', '1.10.0'], '1.10.0'],
    [['1.0.0-rc.10', '1.0.0-rc.9'], '1.0.0-rc.10'],
    [['1.0.0-rc.9', '1.0.0-rc.10'], '1.0.0-rc.10'],
    [['1.0.0-rc.1', '1.0.0'], '1.0.0'],
    [['9.0.0+build.1', '10.0.0+build.0'], '10.0.0+build.0'],
  ])('highestVersion(%j) = %s (SemVer order)', (versions, highest) => {
    expect(highestVersion(versions)).toBe(highest);
  });

  test('highestVersion ignores invalid and v-prefixed versions', () => {
    expect(highestVersion(['1.2.3', undefined, '1.10.0', 'v9.0.0', 'banana', '1.9.9'])).toBe('1.10.0');
    expect(highestVersion([undefined, 'x'])).toBeUndefined();
  });

  test('looseChart keeps a version as written and lists file:// dependencies', () => {
    const c = looseChart(
      'apiVersion: v2\nname: app\nversion: 1.10\nappVersion: "2.0"\ndependencies:\n  - name: common\n    repository: file://../common/\n  - name: redis\n    repository: oci://registry-1.docker.io/bitnamicharts\n',
    );
    expect(c).toEqual({ name: 'app', version: '1.10', appVersion: '2.0', localDeps: ['../common'] });
    expect(looseChart('name: [')).toBeUndefined();
  });
});

describe('parseChartLock', () => {
  test('reads entries with their lines', () => {
    const lock = `dependencies:\n- name: common\n  repository: file://../common\n  version: 2.1.0\n- name: redis\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 18.6.1\ndigest: sha256:abc\ngenerated: "2024-05-21T10:00:00Z"\n`;
    expect(parseChartLock(lock, 'charts/app/Chart.lock')).toEqual([
      { name: 'common', repository: 'file://../common', version: '2.1.0', line: 2 },
      { name: 'redis', repository: 'oci://registry-1.docker.io/bitnamicharts', version: '18.6.1', line: 5 },
    ]);
  });
  test('a duplicate key is a UserError', () => {
    expect(() => parseChartLock('dependencies: []\ndependencies: []\n', 'Chart.lock')).toThrow(UserError);
  });
});

describe('findCharts with the layouts of public chart repositories', () => {
  const paths = [
    'charts/myapp/Chart.yaml',
    'charts/myapp/charts/common/Chart.yaml', // bitnami-style vendored subchart
    'charts/myapp/charts/common/templates/_helpers.tpl',
    'charts/myapp/templates/deployment.yaml',
    'charts/other/Chart.yaml',
    'stable/legacy/Chart.yaml',
    'stable/legacy/charts/sub/charts/deeper/Chart.yaml',
    'stable/legacy/charts/sub/Chart.yaml',
    'docs/Chart.yaml.md',
    'examples/charts/Chart.yaml', // a chart named "charts" is still a chart
  ];
  test.each<[string[] | undefined, string[]]>([
    [undefined, ['charts/myapp', 'charts/other', 'examples/charts', 'stable/legacy']],
    [['charts/*'], ['charts/myapp', 'charts/other']],
    [['stable/'], ['stable/legacy']],
    [
      ['charts/myapp/Chart.yaml', './charts/other'],
      ['charts/myapp', 'charts/other'],
    ],
  ])('patterns %j', (patterns, expected) => {
    expect(findCharts(paths, patterns)).toEqual(expected);
  });
});

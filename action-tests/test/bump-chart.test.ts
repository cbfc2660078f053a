import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { type Files, fixturesRemovedAfterAll, type GitFixture } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// 2023-11-14 (UTC): changelog dates are pinned through SOURCE_DATE_EPOCH.
const EPOCH = '1700000000';
const DATE = '2023-11-14';

const repo = fixturesRemovedAfterAll();

function bump(f: GitFixture, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('bump-chart', { workspace: f.dir, inputs, env: { SOURCE_DATE_EPOCH: EPOCH } });
}

const read = (f: GitFixture, path: string) => readFileSync(join(f.dir, path), 'utf8');

/** sha256 of every file in the work tree (.git included): proves nothing at all was written. */
function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isSymbolicLink()) out[relative(dir, p).split(sep).join('/')] = `link → ${readlinkSync(p)}`;
      else if (e.isDirectory()) walk(p);
      else out[relative(dir, p).split(sep).join('/')] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const LOCK = (api: string, worker: string, digest: string) =>
  `dependencies:\n- name: api\n  repository: file://../api\n  version: ${api}\n- name: worker\n  repository: file://../worker\n  version: ${worker}\ndigest: ${digest}\ngenerated: "2024-05-21T10:00:00Z"\n`;

const MYAPP =
  'apiVersion: v2\nname: myapp\ndescription: The app\ntype: application\nversion: 0.13.0        # chart version (bump every chart change)\nappVersion: "1.4.2"    # application version\n';
const MYAPP_CHANGELOG =
  '# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n- Probe timeout\n\n## [0.13.0] - 2024-05-21\n\n- First\n\n[Unreleased]: https://github.com/acme/monorepo/compare/myapp-0.13.0...HEAD\n[0.13.0]: https://github.com/acme/monorepo/compare/myapp-0.12.0...myapp-0.13.0\n';

describe('bump-chart (bundled, Node 24)', () => {
  test('a single chart: appVersion and version with minimal diffs, changelog, outputs and summary', async () => {
    const f = repo({
      'charts/myapp/Chart.yaml': MYAPP,
      'charts/myapp/CHANGELOG.md': MYAPP_CHANGELOG,
      'charts/myapp/values.yaml': 'image:\n  tag: ""\n',
    });
    const r = await bump(f, { charts: 'charts/myapp', 'app-version': '1.4.3' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(f, 'charts/myapp/Chart.yaml')).toBe(MYAPP.replace('0.13.0 ', '0.13.1 ').replace('"1.4.2"', '"1.4.3"'));
    expect(f.git('diff', '--numstat', '--', 'charts/myapp/Chart.yaml')).toBe('2\t2\tcharts/myapp/Chart.yaml');
    expect(read(f, 'charts/myapp/CHANGELOG.md')).toContain(
      `## [Unreleased]\n\n## [0.13.1] - ${DATE}\n\n### Fixed\n\n- Probe timeout\n\n## [0.13.0]`,
    );
    expect(read(f, 'charts/myapp/CHANGELOG.md')).toContain(
      '[Unreleased]: https://github.com/acme/monorepo/compare/myapp-0.13.1...HEAD\n[0.13.1]: https://github.com/acme/monorepo/compare/myapp-0.13.0...myapp-0.13.1\n',
    );
    expect(r.outputs.version).toBe('0.13.1');
    expect(r.outputs['previous-version']).toBe('0.13.0');
    expect(r.outputs['app-version']).toBe('1.4.3');
    expect(r.outputs['changed-files']).toBe('["charts/myapp/CHANGELOG.md","charts/myapp/Chart.yaml"]');
    expect(JSON.parse(r.outputs.charts)).toEqual([
      {
        path: 'charts/myapp',
        name: 'myapp',
        'previous-version': '0.13.0',
        version: '0.13.1',
        'previous-app-version': '1.4.2',
        'app-version': '1.4.3',
        cascaded: false,
        files: ['charts/myapp/Chart.yaml', 'charts/myapp/CHANGELOG.md'],
      },
    ]);
    expect(r.outputs.charts).not.toContain('\n');
    expect(r.summary).toContain('| Chart | Version | appVersion | Files changed |');
    expect(r.summary).toContain(
      '| myapp (charts/myapp) | 0.13.0 → 0.13.1 | 1.4.2 → 1.4.3 | charts/myapp/Chart.yaml<br>charts/myapp/CHANGELOG.md |',
    );
    expect(
      f
        .git('status', '--porcelain')
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual(['M charts/myapp/CHANGELOG.md', 'M charts/myapp/Chart.yaml']);
  });

  test('a glob of several charts, CRLF and BOM kept, app-version from the version file', async () => {
    const f = repo({
      '.version': '2.0.0\n',
      'charts/a/Chart.yaml': 'apiVersion: v2\r\nname: a\r\nversion: 1.0.0\r\nappVersion: 1.9.0\r\n',
      'charts/b/Chart.yaml': "\ufeffname: b\nversion: '0.1.0'\nappVersion: '1.9.0'",
      'charts/c/Chart.yaml': 'name: c\nversion: 3.0.0 # pinned\n',
      'other/d/Chart.yaml': 'name: d\nversion: 9.0.0\n',
    });
    const r = await bump(f, { charts: '# the app charts\ncharts/c\ncharts/*', 'app-version': 'file', level: 'minor' });
    expect(r.code).toBe(0);
    expect(read(f, 'charts/a/Chart.yaml')).toBe('apiVersion: v2\r\nname: a\r\nversion: 1.1.0\r\nappVersion: 2.0.0\r\n');
    expect(read(f, 'charts/b/Chart.yaml')).toBe("\ufeffname: b\nversion: '0.2.0'\nappVersion: '2.0.0'");
    expect(read(f, 'charts/c/Chart.yaml')).toBe('name: c\nversion: 3.1.0 # pinned\nappVersion: 2.0.0\n');
    expect(read(f, 'other/d/Chart.yaml')).toBe('name: d\nversion: 9.0.0\n');
    expect(JSON.parse(r.outputs['changed-files'])).toEqual(['charts/a/Chart.yaml', 'charts/b/Chart.yaml', 'charts/c/Chart.yaml']);
    expect(JSON.parse(r.outputs.charts).map((c: { path: string; version: string }) => `${c.path}@${c.version}`)).toEqual([
      'charts/a@1.1.0',
      'charts/b@0.2.0',
      'charts/c@3.1.0',
    ]);
    // The primary chart is the first one asked for.
    expect([r.outputs['previous-version'], r.outputs.version]).toEqual(['3.0.0', '3.1.0']);
  });

  test('an umbrella chart with two file:// subcharts is cascaded in dependency order', async () => {
    const f = repo({
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.3.2\nappVersion: 1.3.2\n',
      'charts/worker/Chart.yaml': 'apiVersion: v2\nname: worker\nversion: 0.9.0\nappVersion: 1.3.2\n',
      'charts/platform/Chart.yaml':
        "apiVersion: v2\nname: platform\nversion: '2.4.0'\ndependencies:\n  - name: api\n    version: '1.3.2'   # in-repo\n    repository: 'file://../api'\n  - name: worker\n    version: 0.9.0\n    repository: file://../worker\n",
      'charts/platform/CHANGELOG.md': '# Changelog\n\n## 2.4.0 (2024-05-21)\n\n* First\n',
      // As `helm dependency update` left it (the digest is Helm's hash of both files' dependencies).
      'charts/platform/Chart.lock': LOCK('1.3.2', '0.9.0', 'sha256:41e493053fec4d790d22a72f96c5bb48657191ebb0e646a95d0d016ae904b19b'),
    });
    const r = await bump(f, { charts: 'charts/{worker,api}', 'app-version': '1.4.0' });
    expect(r.code).toBe(0);
    expect(read(f, 'charts/platform/Chart.yaml')).toBe(
      "apiVersion: v2\nname: platform\nversion: '2.4.1'\ndependencies:\n  - name: api\n    version: '1.3.3'   # in-repo\n    repository: 'file://../api'\n  - name: worker\n    version: 0.9.1\n    repository: file://../worker\n",
    );
    expect(read(f, 'charts/platform/CHANGELOG.md')).toBe(
      `# Changelog\n\n## 2.4.1 (${DATE})\n\n* Update api to 1.3.3, worker to 0.9.1\n\n## 2.4.0 (2024-05-21)\n\n* First\n`,
    );
    expect(read(f, 'charts/platform/Chart.lock')).toBe(
      LOCK('1.3.3', '0.9.1', 'sha256:485b27698b1d39270b56c4dfe98ed25abead25d2cd43e96811e3bdcd9a76ac92'),
    );
    expect(JSON.parse(r.outputs['changed-files'])).toContain('charts/platform/Chart.lock');
    const charts = JSON.parse(r.outputs.charts) as { path: string; cascaded: boolean; version: string }[];
    expect(charts.map((c) => [c.path, c.version, c.cascaded])).toEqual([
      ['charts/api', '1.3.3', false],
      ['charts/worker', '0.9.1', false],
      ['charts/platform', '2.4.1', true],
    ]);
    expect(r.summary).toContain('platform (charts/platform) — cascaded | 2.4.0 → 2.4.1');
    expect(r.summary).not.toContain('Warnings');
  });

  test('a Chart.lock whose digest was already stale: pins move, the digest stays, a warning says so', async () => {
    const stale = 'sha256:0000000000000000000000000000000000000000000000000000000000000000';
    const f = repo({
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.3.2\n',
      'charts/worker/Chart.yaml': 'apiVersion: v2\nname: worker\nversion: 0.9.0\n',
      'charts/platform/Chart.yaml':
        "apiVersion: v2\nname: platform\nversion: '2.4.0'\ndependencies:\n  - name: api\n    version: 1.3.2\n    repository: file://../api\n  - name: worker\n    version: 0.9.0\n    repository: file://../worker\n",
      'charts/platform/Chart.lock': LOCK('1.3.2', '0.9.0', stale),
    });
    const r = await bump(f, { charts: 'charts/api' });
    expect(r.code).toBe(0);
    expect(read(f, 'charts/platform/Chart.lock')).toBe(LOCK('1.3.3', '0.9.0', stale));
    // A file annotation at the lock's digest line (line 8 of LOCK).
    expect(r.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        file: 'charts/platform/Chart.lock',
        line: 8,
        message: expect.stringContaining('dependency versions updated, but its digest did not match'),
      }),
    ]);
    expect(r.summary).toContain('**Warnings**');
    expect(r.summary).toContain('- charts/platform/Chart.lock:8: dependency versions updated, but its digest did not match');
  });

  test('sync policy from the config: chart version = app version', async () => {
    const f = repo({ '.github/lockstep.yml': 'chart-version-policy: sync\ncharts: [charts/*]\n', 'charts/myapp/Chart.yaml': MYAPP });
    const r = await bump(f, { 'app-version': '1.5.0' });
    expect(r.code).toBe(0);
    expect(read(f, 'charts/myapp/Chart.yaml')).toBe(MYAPP.replace('0.13.0 ', '1.5.0 ').replace('"1.4.2"', '"1.5.0"'));
    expect(r.outputs.version).toBe('1.5.0');
  });

  test('changelog: required creates CHANGELOG.md; artifacthub-changes writes the annotation from its entries', async () => {
    const f = repo({ '.github/lockstep.yml': 'changelog: required\n', 'charts/myapp/Chart.yaml': MYAPP });
    const r = await bump(f, {
      charts: 'charts/myapp',
      'app-version': '1.5.0',
      'changelog-entry': 'Ship the new API',
      'artifacthub-changes': 'true',
    });
    expect(r.code).toBe(0);
    expect(read(f, 'charts/myapp/CHANGELOG.md')).toContain(
      `## [Unreleased]\n\n## [0.13.1] - ${DATE}\n\n### Changed\n\n- Ship the new API\n`,
    );
    expect(read(f, 'charts/myapp/Chart.yaml')).toBe(
      `${MYAPP.replace('0.13.0 ', '0.13.1 ').replace('"1.4.2"', '"1.5.0"')}annotations:\n  artifacthub.io/changes: |\n    - kind: changed\n      description: Ship the new API\n`,
    );
    expect(JSON.parse(r.outputs['changed-files'])).toEqual(['charts/myapp/CHANGELOG.md', 'charts/myapp/Chart.yaml']);
  });

  test('artifacthub-changes: annotations: ~ becomes a mapping; the comment on an existing changes line stays', async () => {
    const nulled = repo({ 'charts/myapp/Chart.yaml': `${MYAPP}annotations: ~   # none yet\n` });
    const r = await bump(nulled, { charts: 'charts/myapp', 'changelog-entry': 'Ship the new API', 'artifacthub-changes': 'true' });
    expect([r.code, r.annotations]).toEqual([0, []]);
    expect(read(nulled, 'charts/myapp/Chart.yaml')).toBe(
      `${MYAPP.replace('0.13.0 ', '0.13.1 ')}annotations:   # none yet\n  artifacthub.io/changes: |\n    - kind: changed\n      description: Ship the new API\n`,
    );
    const old = '  artifacthub.io/changes: |  # written by bump-chart, do not edit\n    - kind: added\n      description: First\n';
    const commented = repo({ 'charts/myapp/Chart.yaml': `${MYAPP}annotations:\n${old}  artifacthub.io/category: database\n` });
    const again = await bump(commented, { charts: 'charts/myapp', 'changelog-entry': 'Ship the new API', 'artifacthub-changes': 'true' });
    expect(again.code).toBe(0);
    expect(read(commented, 'charts/myapp/Chart.yaml')).toBe(
      `${MYAPP.replace('0.13.0 ', '0.13.1 ')}annotations:\n  artifacthub.io/changes: |  # written by bump-chart, do not edit\n    - kind: changed\n      description: Ship the new API\n  artifacthub.io/category: database\n`,
    );
  });

  test.each([
    [
      'setext',
      'Changelog\n=========\n\n0.13.0\n------\n\n- First\n',
      `Changelog\n=========\n\n0.13.1\n------\n\n- Ship the new API\n\n0.13.0\n------\n\n- First\n`,
    ],
    [
      'date-first',
      '# Changelog\n\n## 2024-05-21 — 0.13.0\n\n- First\n',
      `# Changelog\n\n## ${DATE} — 0.13.1\n\n- Ship the new API\n\n## 2024-05-21 — 0.13.0\n\n- First\n`,
    ],
  ])('a %s changelog gets its new section in the same style', async (_style, changelog, expected) => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP, 'charts/myapp/CHANGELOG.md': changelog });
    const r = await bump(f, { charts: 'charts/myapp', 'changelog-entry': 'Ship the new API' });
    expect(r.code).toBe(0);
    expect(read(f, 'charts/myapp/CHANGELOG.md')).toBe(expected);
  });

  test('dry-run prints the diff and leaves the tree byte-identical', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP, 'charts/myapp/CHANGELOG.md': MYAPP_CHANGELOG });
    const before = treeHash(f.dir);
    const r = await bump(f, {
      charts: 'charts/myapp',
      version: '1.0.0-rc.1',
      'dry-run': 'true',
      'changelog-entry': '::error::not a command',
    });
    expect(r.code).toBe(0);
    expect(treeHash(f.dir)).toEqual(before);
    expect(r.stdout).toContain(
      '  -version: 0.13.0        # chart version (bump every chart change)\n  +version: 1.0.0-rc.1        # chart version (bump every chart change)\n',
    );
    expect(r.stdout).toContain('  +- ::error::not a command');
    expect(r.annotations).toEqual([]);
    expect(r.outputs['changed-files']).toBe('["charts/myapp/CHANGELOG.md","charts/myapp/Chart.yaml"]');
    expect(r.summary).toContain('Dry run: 2 file(s) would change; nothing was written.');
  });

  test('dry-run: a context line holding an indented ::command:: is not one (the runner trims leading whitespace first)', async () => {
    const chart = 'apiVersion: v2\nname: myapp\ndescription: |\n  ::warning file=x,line=1::injected from Chart.yaml\nversion: 0.13.0\n';
    const f = repo({ 'charts/myapp/Chart.yaml': chart });
    const r = await bump(f, { charts: 'charts/myapp', 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-version: 0.13.0');
    // actions/runner ActionCommand.TryParseV2 does message.TrimStart() before looking for "::".
    expect(r.stdout.split('\n').filter((l) => l.trimStart().startsWith('::warning'))).toEqual([]);
    expect(r.stdout).toContain(': :warning file=x,line=1::injected from Chart.yaml');
  });

  // Every character .NET's Char.IsWhiteSpace accepts, which the runner's TrimStart removes before it looks
  // for "::" (written out, not taken from the code under test).
  const DOTNET_SPACE =
    '\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
  const runnerTrimStart = (l: string) => {
    let i = 0;
    while (i < l.length && DOTNET_SPACE.includes(l[i])) i++;
    return l.slice(i);
  };

  test.each([
    ['NEL (U+0085), raw', 'name: "\u0085::error::pwned"'],
    ['NEL as the YAML escape \\N', 'name: "\\N::error::pwned"'],
    ['NEL after an ideographic space and a no-break space', 'name: "\\u3000\\_\\N::error::pwned"'],
    ['an Ogham space mark (U+1680)', 'name: "\u1680::error::pwned"'],
    ['a narrow no-break space (U+202F) and a medium math space (U+205F)', 'name: "\u202f\u205f::error::pwned"'],
  ])('a Chart.yaml name starting with %s before "::" never reads as a workflow command', async (_what, nameLine) => {
    const f = repo({ 'charts/myapp/Chart.yaml': `apiVersion: v2\n${nameLine}\nversion: 0.13.0\n` });
    const r = await bump(f, { charts: 'charts/myapp', version: '0.14.0' });
    expect(r.code).toBe(0);
    // The chart name was logged (so the escaping is what keeps it inert) …
    expect(r.stdout).toMatch(/: :error::pwned \(charts\/myapp\): version 0\.13\.0 → 0\.14\.0/);
    // … and no line of stdout is a command the runner would act on, other than lockstep's own.
    const seen = r.stdout
      .split('\n')
      .map(runnerTrimStart)
      .filter((l) => l.startsWith('::'));
    expect(seen.filter((l) => l.includes('pwned'))).toEqual([]);
    expect(r.annotations).toEqual([]);
  });

  test('a re-run with the same explicit version changes nothing and says so', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP, 'charts/myapp/CHANGELOG.md': MYAPP_CHANGELOG });
    const first = await bump(f, { charts: 'charts/myapp', version: '0.14.0', 'app-version': '1.5.0', 'artifacthub-changes': 'true' });
    expect(first.code).toBe(0);
    expect(read(f, 'charts/myapp/Chart.yaml')).toContain(
      'annotations:\n  artifacthub.io/changes: |\n    - kind: fixed\n      description: Probe timeout\n',
    );
    f.commit('bump');
    const before = treeHash(f.dir);
    const again = await bump(f, { charts: 'charts/myapp', version: '0.14.0', 'app-version': '1.5.0', 'artifacthub-changes': 'true' });
    expect(again.code).toBe(0);
    expect(treeHash(f.dir)).toEqual(before);
    expect(again.outputs['changed-files']).toBe('[]');
    expect(again.summary).toContain('Nothing to change');
  });

  test('a read-only CHANGELOG.md leaves every file untouched', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP, 'charts/myapp/CHANGELOG.md': MYAPP_CHANGELOG });
    // Tests run as root, where chmod 0444 does not stop a write, and a rename
    // into a writable folder replaces a read-only file for anyone. The
    // transaction therefore treats a file whose permission bits allow nobody
    // to write it as read-only itself, and checks every target before the
    // first rename: this exercises exactly that check through the bundle.
    chmodSync(join(f.dir, 'charts/myapp/CHANGELOG.md'), 0o444);
    const before = treeHash(f.dir);
    const r = await bump(f, { charts: 'charts/myapp', 'app-version': '1.4.3' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([
      expect.objectContaining({ level: 'error', file: 'charts/myapp/CHANGELOG.md', message: expect.stringContaining('is read-only') }),
    ]);
    expect(treeHash(f.dir)).toEqual(before);
  });

  test.each<[string, Files, Record<string, string>, { file?: string; line?: number; message: RegExp }]>([
    [
      'explicit version lower than current',
      { 'charts/myapp/Chart.yaml': MYAPP },
      { charts: 'charts/myapp', version: '0.12.9' },
      { file: 'charts/myapp/Chart.yaml', line: 5, message: /version 0\.12\.9 is lower than the current version 0\.13\.0/ },
    ],
    [
      'same version with a new appVersion',
      { 'charts/myapp/Chart.yaml': MYAPP },
      { charts: 'charts/myapp', version: '0.13.0', 'app-version': '1.5.0' },
      { file: 'charts/myapp/Chart.yaml', line: 5, message: /version 0\.13\.0 is not greater than the current version 0\.13\.0/ },
    ],
    [
      'unknown level',
      { 'charts/myapp/Chart.yaml': MYAPP },
      { level: 'huge' },
      { message: /input 'level' is 'huge' — use one of patch, minor, major/ },
    ],
    [
      'misspelt level',
      { 'charts/myapp/Chart.yaml': MYAPP },
      { charts: 'charts/myapp', level: 'mnor' },
      { message: /^input 'level' is 'mnor' \(did you mean minor\?\) — use one of patch, minor, major$/ },
    ],
    [
      'a base that reads as an option',
      { 'charts/myapp/Chart.yaml': MYAPP },
      { charts: 'charts/myapp', base: '--upload-pack=touch /tmp/x' },
      { message: /^input 'base': '--upload-pack=touch \/tmp\/x' is not a ref or commit/ },
    ],
    [
      'the old chart input',
      { 'charts/myapp/Chart.yaml': MYAPP },
      { chart: 'charts/myapp' },
      { message: /^input 'chart' was renamed to the charts input — pass charts \(the same paths or globs\)$/ },
    ],
    [
      'no charts input and no charts in the config',
      { 'charts/myapp/Chart.yaml': MYAPP, '.github/lockstep.yml': 'changelog: auto\n' },
      {},
      {
        file: '.github/lockstep.yml',
        message:
          /^.github\/lockstep.yml: no charts to bump: the charts input is empty and the config has no charts — pass charts .*`charts: \[charts\/\*\]` in the config$/,
      },
    ],
    [
      'no charts input and no config',
      { 'charts/myapp/Chart.yaml': MYAPP },
      {},
      { message: /^no charts to bump: the charts input is empty and the config has no charts/ },
    ],
    [
      'version that is not SemVer',
      { 'charts/myapp/Chart.yaml': MYAPP },
      { version: 'v1.2.3' },
      { message: /input 'version' is 'v1\.2\.3', not a SemVer 2 version/ },
    ],
    [
      'ambiguous unquoted version',
      { 'charts/myapp/Chart.yaml': 'name: myapp\n\nversion: 1.10\n' },
      { charts: 'charts/myapp' },
      { file: 'charts/myapp/Chart.yaml', line: 3, message: /1\.10 is read as a number.*quote it/ },
    ],
    [
      'invalid current version',
      { 'charts/myapp/Chart.yaml': 'name: myapp\nversion: one\n' },
      { charts: 'charts/myapp' },
      { file: 'charts/myapp/Chart.yaml', line: 2, message: /version one is not valid SemVer 2/ },
    ],
    [
      'a chart glob matching nothing',
      { 'charts/myapp/Chart.yaml': MYAPP },
      { charts: 'charts/nope*' },
      { message: /chart 'charts\/nope\*' matches no folder/ },
    ],
    [
      'a path leaving the workspace',
      { 'charts/myapp/Chart.yaml': MYAPP },
      { 'working-directory': '../..' },
      { message: /outside the workspace/ },
    ],
  ])('%s: annotation and exit 1, nothing written', async (_name, files, inputs, want) => {
    const f = repo(files);
    const before = treeHash(f.dir);
    const r = await bump(f, inputs);
    expect(r.code).toBe(1);
    expect(r.annotations).toHaveLength(1);
    const a = r.annotations[0];
    expect(a.level).toBe('error');
    expect(a.message).toMatch(want.message);
    expect(a.file).toBe(want.file);
    expect(a.line).toBe(want.line);
    expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace
    expect(treeHash(f.dir)).toEqual(before);
  });

  test('charts: one input language, a comma-separated list where a glob keeps its braces', async () => {
    const f = repo({
      'charts/api/Chart.yaml': 'name: api\nversion: 1.0.0\n',
      'charts/worker/Chart.yaml': 'name: worker\nversion: 2.0.0\n',
      'charts/web/Chart.yaml': 'name: web\nversion: 3.0.0\n',
      'charts/other/Chart.yaml': 'name: other\nversion: 4.0.0\n',
    });
    const r = await bump(f, { charts: 'charts/{api,worker}, charts/web' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.charts).map((c: { path: string; version: string }) => `${c.path}@${c.version}`)).toEqual([
      'charts/api@1.0.1',
      'charts/web@3.0.1',
      'charts/worker@2.0.1',
    ]);
    expect(read(f, 'charts/other/Chart.yaml')).toBe('name: other\nversion: 4.0.0\n');
  });

  test('level is idempotent: two runs of level: patch bump once, cascade included, and the summary says why', async () => {
    const f = repo({
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.3.2\nappVersion: 1.3.2\n',
      'charts/platform/Chart.yaml':
        'apiVersion: v2\nname: platform\nversion: 2.4.0\ndependencies:\n  - name: api\n    version: 1.3.2\n    repository: file://../api\n',
    });
    const inputs = { charts: 'charts/api', level: 'patch', 'app-version': '1.4.0' };
    const first = await bump(f, inputs);
    expect(first.code).toBe(0);
    expect(read(f, 'charts/api/Chart.yaml')).toBe('apiVersion: v2\nname: api\nversion: 1.3.3\nappVersion: 1.4.0\n');
    expect(read(f, 'charts/platform/Chart.yaml')).toContain('version: 2.4.1\ndependencies:\n  - name: api\n    version: 1.3.3\n');
    const base = f.git('rev-parse', 'HEAD').slice(0, 12);
    for (const commitFirst of [false, true]) {
      // A rerun on the same work tree, and one after the bump was committed (but not yet merged).
      if (commitFirst) f.commit('chore: bump api');
      const before = treeHash(f.dir);
      const again = await bump(f, inputs);
      expect(again.code).toBe(0);
      expect(treeHash(f.dir)).toEqual(before);
      expect(again.outputs['changed-files']).toBe('[]');
      expect([again.outputs['previous-version'], again.outputs.version]).toEqual(['1.3.3', '1.3.3']);
      expect(again.summary).toContain('Nothing to change');
      expect(again.summary).toContain(
        `- api (charts/api): already 1.3.3, at least a patch bump over 1.3.2 at origin/main (${base}): version left as is`,
      );
    }
  });

  test('level applies to the pull request base: a branch behind a merged bump moves past it (a shallow clone fetches the base)', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP });
    f.checkout('feature', true);
    f.commit('feat: values', { 'charts/myapp/values.yaml': 'replicas: 2\n' });
    f.push('feature');
    f.checkout('main');
    // Another pull request bumped myapp to 0.13.1 and merged first.
    const mainTip = f.commit('chore: bump myapp', { 'charts/myapp/Chart.yaml': MYAPP.replace('0.13.0 ', '0.13.1 ') });
    f.push('main');
    const clone = f.clone('feature', 1);
    const event = { pull_request: { base: { sha: mainTip, ref: 'main' }, head: { sha: f.git('rev-parse', 'feature') } } };
    const run = () =>
      runAction('bump-chart', {
        workspace: clone,
        eventName: 'pull_request',
        event,
        inputs: { charts: 'charts/myapp' },
        env: { SOURCE_DATE_EPOCH: EPOCH },
      });
    const r = await run();
    expect(r.code).toBe(0);
    // From the work tree's 0.13.0 a patch would give 0.13.1, the version main already has.
    expect([r.outputs['previous-version'], r.outputs.version]).toEqual(['0.13.0', '0.13.2']);
    expect(readFileSync(join(clone, 'charts/myapp/Chart.yaml'), 'utf8')).toBe(MYAPP.replace('0.13.0 ', '0.13.2 '));
    expect(r.stdout).toContain('fetched');
    const again = await run();
    expect(again.outputs['changed-files']).toBe('[]');
    expect(again.summary).toContain("already 0.13.2, at least a patch bump over 0.13.1 at the pull request's base main");
  });

  test('a chart already bumped by hand by at least the level is left alone; a higher level still moves it from the base', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP });
    f.write({ 'charts/myapp/Chart.yaml': MYAPP.replace('0.13.0 ', '0.14.0 ') });
    const minor = await bump(f, { charts: 'charts/myapp', level: 'minor' });
    expect(minor.outputs['changed-files']).toBe('[]');
    expect(minor.summary).toContain('already 0.14.0, at least a minor bump over 0.13.0 at origin/main');
    const major = await bump(f, { charts: 'charts/myapp', level: 'major', 'dry-run': 'true' });
    expect([major.outputs['previous-version'], major.outputs.version]).toEqual(['0.14.0', '1.0.0']);
    // An explicit base: the commit that already holds 0.14.0, so minor now moves on from there.
    const at = f.commit('chore: bump myapp to 0.14.0');
    const fromBase = await bump(f, { charts: 'charts/myapp', level: 'minor', base: at });
    expect([fromBase.outputs['previous-version'], fromBase.outputs.version]).toEqual(['0.14.0', '0.15.0']);
  });

  test('a base that does not exist is a user error naming the input (after trying to fetch it)', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP });
    const r = await bump(f, { charts: 'charts/myapp', base: 'no-such-branch' });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      "input 'base': ref 'no-such-branch' does not exist in this repository or on origin — set 'base' to an existing branch, tag or commit",
    ]);
    expect(read(f, 'charts/myapp/Chart.yaml')).toBe(MYAPP);
    expect(f.git('status', '--porcelain')).toBe('');
  });

  test('a pull_request run whose event file is missing says so instead of falling back to the default branch', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP });
    const r = await runAction('bump-chart', {
      workspace: f.dir,
      eventName: 'pull_request',
      inputs: { charts: 'charts/myapp' },
      env: { GITHUB_EVENT_PATH: join(f.root, 'gone.json') },
    });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      `the pull_request event file is missing (GITHUB_EVENT_PATH names ${join(f.root, 'gone.json')}, which does not exist) — run this step in a GitHub Actions job, or set base to the branch the pull request merges into`,
    ]);
    expect(read(f, 'charts/myapp/Chart.yaml')).toBe(MYAPP);
    // With base given, the event is not needed.
    const given = await runAction('bump-chart', {
      workspace: f.dir,
      eventName: 'pull_request',
      inputs: { charts: 'charts/myapp', base: 'main' },
      env: { GITHUB_EVENT_PATH: join(f.root, 'gone.json') },
    });
    expect(given.code).toBe(0);
  });

  test('without a base input, an event base or a remote default branch, the level has no base: an error naming the input', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP });
    f.git('remote', 'remove', 'origin');
    const before = treeHash(f.dir);
    const r = await bump(f, { charts: 'charts/myapp' });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      'cannot tell which branch the level applies to: origin has no default branch this checkout knows of — set base: to the branch the chart versions are released from (e.g. base: main)',
    ]);
    expect(treeHash(f.dir)).toEqual(before);
  });

  test('an explicit version repairs an ambiguous unquoted `version: 1.10` and says so', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': 'name: myapp\n\nversion: 1.10   # was meant as 1.10.0\nappVersion: "2.0"\n' });
    const r = await bump(f, { charts: 'charts/myapp', version: '1.10.0' });
    expect(r.code).toBe(0);
    expect(read(f, 'charts/myapp/Chart.yaml')).toBe('name: myapp\n\nversion: 1.10.0   # was meant as 1.10.0\nappVersion: "2.0"\n');
    expect([r.outputs['previous-version'], r.outputs.version]).toEqual(['1.10', '1.10.0']);
    expect(r.summary).toContain(
      '- myapp (charts/myapp): version: 1.10 was unquoted, so YAML read it as a number, not the version written; replaced by 1.10.0',
    );
    expect(r.annotations).toEqual([]);
  });

  test('a Chart.yaml that is a symbolic link leaving the workspace is refused by name, not "matches no folder"', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP });
    const outside = join(f.root, 'outside-Chart.yaml');
    writeFileSync(outside, 'name: evil\nversion: 1.0.0\n');
    mkdirSync(join(f.dir, 'charts/evil'));
    symlinkSync(outside, join(f.dir, 'charts/evil/Chart.yaml'));
    symlinkSync(join(f.root, 'elsewhere'), join(f.dir, 'charts/linked'));
    mkdirSync(join(f.root, 'elsewhere'));
    writeFileSync(join(f.root, 'elsewhere/Chart.yaml'), 'name: linked\nversion: 2.0.0\n');
    const before = treeHash(f.dir);
    for (const [charts, link] of [
      ['charts/evil', 'charts/evil/Chart.yaml'],
      ['charts/*', 'charts/evil/Chart.yaml'],
      ['charts/linked', 'charts/linked'],
    ]) {
      const r = await bump(f, { charts });
      expect(r.code).toBe(1);
      expect(r.annotations.map((a) => a.message)).toEqual([
        `charts: ${link.replace('/Chart.yaml', '')}/Chart.yaml passes through a symbolic link (${link}) — point at the real path inside the repository`,
      ]);
    }
    expect(treeHash(f.dir)).toEqual(before);
    expect(readFileSync(outside, 'utf8')).toBe('name: evil\nversion: 1.0.0\n');
  });

  test('a chart path with a typo names the nearest chart', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP });
    const r = await bump(f, { charts: 'charts/myap' });
    expect(r.annotations.map((a) => a.message)).toEqual([
      "chart 'charts/myap' matches no folder holding a Chart.yaml — did you mean charts/myapp? fix the charts input (paths or globs relative to working-directory)",
    ]);
  });

  test('a working-directory that does not exist, or no git checkout, is a user error naming it', async () => {
    const f = repo({ 'charts/myapp/Chart.yaml': MYAPP });
    const missing = await bump(f, { charts: 'charts/myapp', 'working-directory': 'mnoo' });
    expect(missing.code).toBe(1);
    expect(missing.annotations.map((a) => a.message)).toEqual([
      "working-directory 'mnoo' does not exist — set working-directory to a folder of the checked-out repository, relative to the workspace",
    ]);
    const plain = mkdtempSync(join(tmpdir(), 'lockstep-nogit-'));
    try {
      mkdirSync(join(plain, 'charts/myapp'), { recursive: true });
      writeFileSync(join(plain, 'charts/myapp/Chart.yaml'), MYAPP);
      const r = await runAction('bump-chart', { workspace: plain, inputs: { charts: 'charts/myapp' } });
      expect(r.code).toBe(1);
      expect(r.annotations.map((a) => a.message)).toEqual([
        "working-directory '.' (the workspace) is not a git repository — check out the repository first (actions/checkout)",
      ]);
      expect(r.stdout).not.toContain('internal error');
      expect(r.summary).toContain('is not a git repository');
      expect(readFileSync(join(plain, 'charts/myapp/Chart.yaml'), 'utf8')).toBe(MYAPP);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  test("what people read: a new file diffs from @@ -0,0, and the changelog entry follows the file's own groups", async () => {
    const f = repo({ '.github/lockstep.yml': 'changelog: required\n', 'charts/myapp/Chart.yaml': MYAPP });
    const dry = await bump(f, { charts: 'charts/myapp', 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('  --- /dev/null\n  +++ b/charts/myapp/CHANGELOG.md\n  @@ -0,0 +1,14 @@\n  +# Changelog\n');

    const tight = '# Changelog\n\n## [Unreleased]\n### Fixed\n- Probe timeout\n\n## [0.13.0] - 2024-05-21\n### Changes\n- First\n';
    const g = repo({ 'charts/myapp/Chart.yaml': MYAPP, 'charts/myapp/CHANGELOG.md': tight });
    const r = await bump(g, { charts: 'charts/myapp', 'changelog-entry': 'Ship the new API' });
    expect(r.code).toBe(0);
    expect(read(g, 'charts/myapp/CHANGELOG.md')).toBe(
      `# Changelog\n\n## [Unreleased]\n\n## [0.13.1] - ${DATE}\n\n### Fixed\n- Probe timeout\n\n### Changes\n- Ship the new API\n\n## [0.13.0] - 2024-05-21\n### Changes\n- First\n`,
    );
  });

  test('one bad chart among several fails the run with nothing written', async () => {
    const f = repo({
      'charts/a/Chart.yaml': 'name: a\nversion: 1.0.0\n',
      'charts/b/Chart.yaml': 'name: b\nversion: 1.0\n',
      'charts/c/Chart.yaml': 'name: c\nversion: 2.0.0\n',
    });
    const before = treeHash(f.dir);
    const r = await bump(f, { charts: 'charts/*' });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => [a.file, a.line])).toEqual([['charts/b/Chart.yaml', 2]]);
    expect(treeHash(f.dir)).toEqual(before);
  });

  test('working-directory: paths in outputs and annotations stay workspace-relative', async () => {
    const f = repo({ 'deploy/charts/myapp/Chart.yaml': MYAPP, 'deploy/charts/bad/Chart.yaml': 'name: bad\nversion: 1.0\n' });
    const ok = await bump(f, { 'working-directory': 'deploy', charts: 'charts/myapp' });
    expect(ok.code).toBe(0);
    expect(ok.outputs['changed-files']).toBe('["deploy/charts/myapp/Chart.yaml"]');
    const bad = await bump(f, { 'working-directory': 'deploy', charts: 'charts/bad' });
    expect(bad.annotations.map((a) => [a.file, a.line])).toEqual([['deploy/charts/bad/Chart.yaml', 2]]);
  });
});

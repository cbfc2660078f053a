import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { helmIgnore } from '../../src/charts/helmignore.ts';

// chart-bump-check's reading of a chart (the .helmignore matcher packagedChanges counts a change with) against
// what the real `helm package` of both majors holds (Helm 3.17.3 and Helm 4.1.4, LOCKSTEP_HELM and
// LOCKSTEP_HELM4 from jest's global setup): for every file of the chart, "a change here is seen" is true
// exactly when the archive holds it.

const HELMS = [
  ['Helm 3.17.3', process.env.LOCKSTEP_HELM!],
  ['Helm 4.1.4', process.env.LOCKSTEP_HELM4!],
];

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'lockstep-helmignore-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

const FILES = [
  'Chart.yaml',
  'values.yaml',
  'templates/a.yaml',
  'templates/_helpers.tpl',
  'templates/tests/t.yaml',
  'templates/.hidden.yaml',
  'README.md',
  'NOTES.md',
  'docs/x.md',
  'sub/docs/y.txt',
  'ci/values.yaml',
  'ci/sub/z.yaml',
  'tests/t.yaml',
  'file1.txt',
  'fileA.txt',
  'a.swp',
  'x.bak~',
  '.DS_Store',
  '.vscode/settings.json',
  '.gitignore',
  'crds/c.yaml',
  'charts/dep/Chart.yaml',
  'charts/dep/values.yaml',
  'charts/dep/ci/v.yaml',
];

/** The chart-relative names `helm package` writes into the archive of `dir`. */
async function packaged(helm: string, dir: string): Promise<string[]> {
  const out = join(root, 'out');
  mkdirSync(out, { recursive: true });
  execFileSync(helm, ['package', dir, '--destination', out], { stdio: 'pipe', env: { ...process.env, HOME: root } });
  const [file] = readdirSync(out);
  const names: string[] = [];
  const x = extract();
  const done = new Promise<void>((resolve, reject) => {
    x.on('entry', (h, s, next) => {
      names.push(h.name.slice(h.name.indexOf('/') + 1));
      s.on('end', next);
      s.resume();
    });
    x.on('finish', resolve);
    x.on('error', reject);
  });
  x.end(gunzipSync(readFileSync(join(out, file))));
  await done;
  rmSync(out, { recursive: true });
  return names.sort();
}

const CASES: [string, string][] = [
  [
    'helm create’s own .helmignore',
    '.DS_Store\n.git/\n.gitignore\n.bzr/\n.bzrignore\n.hg/\n.hgignore\n.svn/\n*.swp\n*.bak\n*.tmp\n*.orig\n*~\n.project\n.idea/\n*.tmproj\n.vscode/\n',
  ],
  ['a negated rule (Helm’s: it ignores every file the pattern does not match)', '*.md\n!*.yaml\n'],
  ['an anchored folder and a folder rule that matches at any depth', '/docs/\nci/\n'],
  ['a path with a slash (matched whole) and a one-character class', 'ci/*.yaml\nfile[0-9].txt\n'],
  ['a ? wildcard, a comment, a blank line, a rule for a subchart’s file', '# comment\n\nfile?.txt\ncharts/dep/ci/\n'],
  ['templates and tests left out by name', 'templates/tests/\ntests\n'],
];

describe.each(HELMS)('against %s', (_, helm) => {
  test.each(CASES)('%s: a file counts as packaged exactly when helm package holds it', async (_name, ignore) => {
    const dir = join(root, 'chart');
    for (const f of FILES) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(
        join(dir, f),
        f === 'Chart.yaml'
          ? 'apiVersion: v2\nname: c\nversion: 0.1.0\n'
          : f.endsWith('dep/Chart.yaml')
            ? 'apiVersion: v2\nname: dep\nversion: 1.0.0\n'
            : f.endsWith('.yaml')
              ? 'k: v\n'
              : `${f}\n`,
      );
    }
    writeFileSync(join(dir, '.helmignore'), ignore);
    const rule = helmIgnore(ignore);
    const ours = [...FILES, '.helmignore'].filter((f) => !rule(f)).sort();
    expect(ours).toEqual(await packaged(helm, dir));
  });

  test('!README.md after *.md leaves Chart.yaml out under both majors: helm package fails, and the matcher leaves every file out (the first rule that decides wins)', () => {
    const dir = join(root, 'chart');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    writeFileSync(join(dir, 'README.md'), 'r\n');
    writeFileSync(join(dir, '.helmignore'), '*.md\n!README.md\n');
    const failed = spawnSync(helm, ['package', dir, '--destination', join(root, 'out')], {
      encoding: 'utf8',
      env: { ...process.env, HOME: root },
    });
    expect([failed.status, failed.stderr.trim()]).toEqual([1, 'Error: Chart.yaml file is missing']);
    const rule = helmIgnore('*.md\n!README.md\n');
    expect(['Chart.yaml', 'README.md', 'values.yaml'].map((f) => [f, rule(f)])).toEqual([
      ['Chart.yaml', true],
      ['README.md', true],
      ['values.yaml', true],
    ]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRefInput, listFiles, resolveSettings, type ReleaseInputs } from '../../src/release/settings.ts';
import { listChartFiles } from '../../src/charts/tree.ts';
import { UserError } from '../../src/errors.ts';

let ws: string;
const write = (files: Record<string, string>) => {
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, p)), { recursive: true });
    writeFileSync(join(ws, p), c);
  }
};
beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'lockstep-settings-'));
  write({
    'charts/a/Chart.yaml': 'name: a\nversion: 1.0.0\n',
    'charts/b/Chart.yaml': 'name: b\nversion: 1.0.0\n',
    'services/api/pyproject.toml': '[project]\nversion = "1"\n',
  });
});
afterEach(() => rmSync(ws, { recursive: true, force: true }));

const inputs = (over: Partial<ReleaseInputs> = {}): ReleaseInputs => ({
  workingDirectory: '.',
  config: '.github/lockstep.yml',
  initialVersion: '0.1.0',
  charts: [],
  assets: [],
  packages: [],
  branchPrefix: 'chore/release-',
  labels: ['release'],
  freezeLabel: 'release-freeze',
  preMajor: 'minor',
  author: { name: 'a', email: 'a@e' },
  committer: { name: 'c', email: 'c@e' },
  dryRun: true,
  ...over,
});
const env = { workspace: '', ref: 'refs/heads/main', serverUrl: 'https://github.com', date: '2026-11-22' };
const resolve = (over: Partial<ReleaseInputs> = {}) => resolveSettings(inputs(over), { ...env, workspace: ws });

test('no config file: defaults and every chart; the base comes from GITHUB_REF', () => {
  const s = resolve();
  expect(s).toMatchObject({
    versionFile: '.version',
    tagPrefix: 'v',
    charts: ['charts/a', 'charts/b'],
    packages: [],
    pins: [],
    base: 'main',
  });
});

test('charts: [] in the config bumps no chart; inputs override the config', () => {
  write({ '.github/lockstep.yml': 'charts: []\ntag-prefix: release-\n' });
  expect(resolve()).toMatchObject({ charts: [], tagPrefix: 'release-' });
  expect(resolve({ charts: ['charts/b'], tagPrefix: 'v' })).toMatchObject({ charts: ['charts/b'], tagPrefix: 'v' });
});

test('commit-mode: git by default, api from the config, the input overrides it; another value is refused at its line', () => {
  expect(resolve().commitMode).toBe('git');
  write({ '.github/lockstep.yml': 'commit-mode: api\n' });
  expect(resolve().commitMode).toBe('api');
  expect(resolve({ commitMode: 'git' }).commitMode).toBe('git');
  write({ '.github/lockstep.yml': 'tag-prefix: v\ncommit-mode: signed\n' });
  expect(() => resolve()).toThrow('\'commit-mode\' is "signed", not one of git, api');
});

test('pins and lock-command inputs are YAML lists like the config keys', () => {
  const s = resolve({ pins: '- {files: services/*/pyproject.toml, names: [liba]}', lockCommand: '[poetry, lock, --no-update]' });
  expect(s.pins).toEqual([
    { pattern: 'services/*/pyproject.toml', files: ['services/api/pyproject.toml'], table: undefined, names: ['liba'], where: undefined },
  ]);
  expect(s.lockCommand).toEqual(['poetry', 'lock', '--no-update']);
});

test.each<[string, Partial<ReleaseInputs>, RegExp]>([
  ['pins not a list', { pins: 'liba' }, /input 'pins' is not a list/],
  ['lock-command a string', { lockCommand: 'poetry lock' }, /input 'lock-command' is not a list of arguments/],
  ['initial-version', { initialVersion: 'one' }, /input 'initial-version' is 'one'/],
  ['version', { version: '1.2' }, /input 'version' is '1.2'/],
  ['prerelease', { prerelease: 'rc.1' }, /input 'prerelease' is 'rc.1'/],
  ['branch-prefix option-like', { branchPrefix: '--upload-pack=x' }, /input 'branch-prefix'/],
  ['base with ..', { base: 'main..x' }, /input 'base'/],
  ['packages glob matching nothing', { packages: ['libs/*/pyproject.toml'] }, /packages 'libs\/\*\/pyproject.toml' matches no file/],
  ['chart matching nothing', { charts: ['charts/zzz'] }, /chart 'charts\/zzz' matches no folder/],
])('%s is a user error naming it', (_n, over, msg) => {
  expect(() => resolve(over)).toThrow(UserError);
  expect(() => resolve(over)).toThrow(msg);
});

test.each(['main', 'release/2.x', 'chore/release-'])('checkRefInput accepts %s', (v) => expect(checkRefInput(v, 'base')).toBe(v));

describe('listFiles: one walk of the workspace', () => {
  test('files for package and pin globs outside virtualenvs and caches; every Chart.yaml as listChartFiles finds them', () => {
    write({
      'Chart.yaml': 'name: root\n',
      'libs/a/pyproject.toml': '',
      'libs/a/.venv/lib/site.py': '',
      'libs/a/.venv/charts/x/Chart.yaml': 'name: x\n',
      'libs/a/__pycache__/m.pyc': '',
      'venv/Chart.yaml': 'name: v\n',
      'node_modules/p/package.json': '{}',
      'node_modules/c/Chart.yaml': 'name: c\n',
      '.git/config': '',
      'apps/web/package.json': '{}',
    });
    symlinkSync(join(ws, 'charts/a'), join(ws, 'linked'));
    symlinkSync(join(ws, 'charts/a/Chart.yaml'), join(ws, 'apps/Chart.yaml'));
    const { files, chartFiles } = listFiles(ws);
    expect(files).toEqual([
      'Chart.yaml',
      'apps/web/package.json',
      'charts/a/Chart.yaml',
      'charts/b/Chart.yaml',
      'libs/a/pyproject.toml',
      'services/api/pyproject.toml',
    ]);
    expect(chartFiles).toEqual([
      'Chart.yaml',
      'charts/a/Chart.yaml',
      'charts/b/Chart.yaml',
      'libs/a/.venv/charts/x/Chart.yaml',
      'venv/Chart.yaml',
    ]);
    expect(chartFiles).toEqual(listChartFiles(ws));
  });
});

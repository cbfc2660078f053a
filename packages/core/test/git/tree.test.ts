import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ObjectReader } from '../../src/git/cat-file.ts';
import { listFiles } from '../../src/git/commits.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { filesUnder, folderIds } from '../../src/git/tree.ts';
import { GIT_ENV } from '../helpers.ts';

// A folder's files read from tree objects through cat-file, against what the `git ls-tree -r --name-only` it stands
// in for (git/commits.ts listFiles) prints for the same commit and folder on a real repository: nested folders, names
// git orders around a `/` (`a.b` before `a/`, `a0` after it), a symbolic link, a submodule, names outside ASCII, a
// folder that is a file, one that is not there.

let dir: string;
let reader: ObjectReader;
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
const lsTree = (commit: string, path: string) => listFiles(gitSpawner(dir), commit, path);

let head: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-tree-'));
  const sub = join(dir, 'sub-origin');
  mkdirSync(sub);
  git(sub, 'init', '--quiet', '-b', 'main');
  writeFileSync(join(sub, 'README.md'), 'sub\n');
  git(sub, 'add', '-A');
  git(sub, 'commit', '--quiet', '-m', 'sub');
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '--quiet', '-b', 'main');
  const files: Record<string, string> = {
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
    'charts/api/values.yaml': 'replicas: 1\n',
    'charts/api/templates/deployment.yaml': 'kind: Deployment\n',
    'charts/api/templates/_helpers.tpl': '{{/* */}}\n',
    'charts/api/templates/a.b': 'dot\n',
    'charts/api/templates/a/x.yaml': 'x\n',
    'charts/api/templates/a0': 'zero\n',
    'charts/api/charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 0.1.0\n',
    'charts/api/charts/db/templates/ü-service.yaml': 'kind: Service\n',
    'charts/api-extra/Chart.yaml': 'apiVersion: v2\nname: api-extra\nversion: 1.0.0\n',
    'README.md': 'top\n',
  };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, p)), { recursive: true });
    writeFileSync(join(repo, p), text);
  }
  symlinkSync('values.yaml', join(repo, 'charts/api/values-link.yaml'));
  git(repo, 'add', '-A');
  git(repo, '-c', 'protocol.file.allow=always', 'submodule', 'add', '--quiet', sub, 'charts/api/vendor/sub');
  git(repo, 'commit', '--quiet', '-m', 'charts');
  head = git(repo, 'rev-parse', 'HEAD').trim();
  dir = repo;
  reader = new ObjectReader(repo, GIT_ENV);
});

afterAll(() => {
  reader.dispose();
  rmSync(join(dir, '..'), { recursive: true, force: true });
});

describe('filesUnder: a folder of a commit as ls-tree lists it', () => {
  test.each(['charts/api', 'charts/api/templates', 'charts/api/charts', 'charts', '.'])(
    '%j: the paths and the order of git ls-tree -r',
    async (folder) => {
      const listed = await lsTree(head, folder);
      expect(listed?.length).toBeGreaterThan(0);
      expect(await filesUnder(reader, head, folder)).toEqual(listed);
    },
  );

  test("a folder with a trailing slash, and '' for the whole tree", async () => {
    expect(await filesUnder(reader, head, 'charts/api/')).toEqual(await lsTree(head, 'charts/api'));
    expect(await filesUnder(reader, head, '')).toEqual(await lsTree(head, '.'));
  });

  test('the chart folder, literally: a.b before a/, a0 after it; the link and the submodule listed, not entered', async () => {
    expect(await filesUnder(reader, head, 'charts/api')).toEqual([
      'charts/api/Chart.yaml',
      'charts/api/charts/db/Chart.yaml',
      'charts/api/charts/db/templates/ü-service.yaml',
      'charts/api/templates/_helpers.tpl',
      'charts/api/templates/a.b',
      'charts/api/templates/a/x.yaml',
      'charts/api/templates/a0',
      'charts/api/templates/deployment.yaml',
      'charts/api/values-link.yaml',
      'charts/api/values.yaml',
      'charts/api/vendor/sub',
    ]);
  });

  test('a folder that is a file, or not there, gives nothing (as ls-tree does); a commit not there, undefined', async () => {
    expect(await lsTree(head, 'charts/api/values.yaml')).toEqual([]);
    expect(await filesUnder(reader, head, 'charts/api/values.yaml')).toEqual([]);
    expect(await lsTree(head, 'charts/web')).toEqual([]);
    expect(await filesUnder(reader, head, 'charts/web')).toEqual([]);
    expect(await lsTree('0'.repeat(40), 'charts/api')).toBeUndefined();
    expect(await filesUnder(reader, '0'.repeat(40), 'charts/api')).toBeUndefined();
  });
});

describe('folderIds: the ids of a folder’s own files, each what git rev-parse <commit>:<path> names', () => {
  const revParse = (path: string) => git(dir, 'rev-parse', `${head}:${path}`).trim();

  test('a chart folder: its files, its link and its submodule by name; its subfolders not listed', async () => {
    const ids = await folderIds(reader, head, 'charts/api');
    expect([...ids!.keys()].sort()).toEqual(['Chart.yaml', 'values-link.yaml', 'values.yaml']);
    for (const name of ids!.keys()) expect(ids!.get(name)).toBe(revParse(`charts/api/${name}`));
    const vendor = await folderIds(reader, head, 'charts/api/vendor');
    expect(vendor).toEqual(new Map([['sub', revParse('charts/api/vendor/sub')]]));
  });

  test("the top ('.' or ''), names outside ASCII, a trailing slash", async () => {
    const top = new Map([
      ['.gitmodules', revParse('.gitmodules')],
      ['README.md', revParse('README.md')],
    ]);
    expect(await folderIds(reader, head, '.')).toEqual(top);
    expect(await folderIds(reader, head, '')).toEqual(top);
    expect((await folderIds(reader, head, 'charts/api/charts/db/templates/'))?.get('ü-service.yaml')).toBe(
      revParse('charts/api/charts/db/templates/ü-service.yaml'),
    );
  });

  test('a folder that is a file or not there, and a commit not there: undefined', async () => {
    expect(await folderIds(reader, head, 'charts/api/values.yaml')).toBeUndefined();
    expect(await folderIds(reader, head, 'charts/web')).toBeUndefined();
    expect(await folderIds(reader, '0'.repeat(40), 'charts/api')).toBeUndefined();
  });
});

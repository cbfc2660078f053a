import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/errors.ts';
import { insideGitCheckout, resolveInside, resolveWorkingDirectory, workspaceRelative } from '../../src/fs/workspace.ts';

let ws: string;
let outside: string;
beforeAll(() => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'lockstep-ws-')));
  ws = join(base, 'repo');
  outside = join(base, 'outside');
  mkdirSync(join(ws, 'charts', 'myapp'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(ws, 'charts', 'myapp', 'Chart.yaml'), 'name: myapp\n');
  writeFileSync(join(outside, 'secret.yaml'), 'x: 1\n');
  symlinkSync(outside, join(ws, 'linked'));
  symlinkSync(join(ws, 'charts', 'myapp', 'Chart.yaml'), join(ws, 'charts', 'myapp', 'Chart-link.yaml'));
  symlinkSync(join(ws, 'charts'), join(ws, 'charts-inside'));
});
afterAll(() => rmSync(join(ws, '..'), { recursive: true, force: true }));

describe('resolveInside', () => {
  test.each([
    ['charts/myapp/Chart.yaml', 'charts/myapp/Chart.yaml'],
    ['./charts/myapp/../myapp/Chart.yaml', 'charts/myapp/Chart.yaml'],
    ['charts/new-chart/Chart.yaml', 'charts/new-chart/Chart.yaml'], // not there yet: fine
    ['.', ''],
    ['', ''],
  ])('%j resolves to <ws>/%s', (path, rel) => {
    expect(resolveInside(ws, path, 'chart')).toBe(rel ? join(ws, rel) : ws);
  });

  test('an absolute path inside the workspace is fine', () => {
    expect(resolveInside(ws, join(ws, 'charts'), 'chart')).toBe(join(ws, 'charts'));
  });

  test.each([
    ['..', 'is outside the workspace'],
    ['../outside/secret.yaml', 'is outside the workspace'],
    ['charts/../../outside', 'is outside the workspace'],
    ['/etc/passwd', 'is outside the workspace'],
    ['linked/secret.yaml', 'passes through a symbolic link (linked)'],
    ['linked', 'passes through a symbolic link (linked)'],
    ['charts/myapp/Chart-link.yaml', 'passes through a symbolic link (charts/myapp/Chart-link.yaml)'],
    ['charts-inside/myapp/Chart.yaml', 'passes through a symbolic link (charts-inside)'],
  ])('%j is refused: %s', (path, why) => {
    let err: unknown;
    try {
      resolveInside(ws, path, 'chart');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe(`chart: ${path} ${why}`);
    expect((err as UserError).hint).toBeTruthy();
  });

  test('a workspace that is itself reached through a symlink is allowed', () => {
    const alias = join(ws, '..', 'repo-alias');
    symlinkSync(ws, alias);
    expect(resolveInside(alias, 'charts/myapp/Chart.yaml', 'chart')).toBe(join(alias, 'charts/myapp/Chart.yaml'));
  });
});

test.each([
  ['charts/myapp/Chart.yaml', 'charts/myapp/Chart.yaml'],
  ['', ''],
])('workspaceRelative(%j)', (rel, expected) => {
  expect(workspaceRelative(ws, join(ws, rel))).toBe(expected);
});

describe('resolveWorkingDirectory', () => {
  let repo: string;
  let plain: string;
  beforeAll(() => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'lockstep-wd-')));
    repo = join(base, 'repo');
    plain = join(base, 'plain');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'deploy'));
    writeFileSync(join(repo, 'README.md'), 'x\n');
    mkdirSync(plain);
  });
  const noGitDir = {} as NodeJS.ProcessEnv;
  const failure = (ws: string, path: string): string => {
    try {
      resolveWorkingDirectory(ws, path, 'working-directory', noGitDir);
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return (e as UserError).format();
    }
    throw new Error('expected a UserError');
  };

  test.each([
    ['.', ''],
    ['deploy', 'deploy'],
  ])('%j inside a checkout resolves', (path, rel) => {
    expect(resolveWorkingDirectory(repo, path, 'working-directory', noGitDir)).toBe(rel ? join(repo, rel) : repo);
  });

  test('a .git file (worktree, submodule) counts as a checkout', () => {
    const wt = join(plain, 'wt');
    mkdirSync(wt);
    writeFileSync(join(wt, '.git'), 'gitdir: /elsewhere\n');
    expect(insideGitCheckout(wt, noGitDir)).toBe(true);
  });

  test.each([
    [
      'mnoo',
      "working-directory 'mnoo' does not exist — set working-directory to a folder of the checked-out repository, relative to the workspace",
    ],
    ['README.md', "working-directory 'README.md' is not a folder — set working-directory to a folder of the checked-out repository"],
  ])('%j is a user error', (path, message) => {
    expect(failure(repo, path)).toBe(message);
  });

  test('a folder outside any git repository says to check out first', () => {
    expect(failure(plain, '.')).toBe(
      "working-directory '.' (the workspace) is not a git repository — check out the repository first (actions/checkout)",
    );
  });

  test('GIT_DIR names the repository: no .git needed', () => {
    expect(resolveWorkingDirectory(plain, '.', 'working-directory', { GIT_DIR: '/x/.git' })).toBe(plain);
  });
});

import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../src/errors.ts';
import { resolveInside, workspaceRelative } from '../src/fs/workspace.ts';

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

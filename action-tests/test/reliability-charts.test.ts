import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// RELIABILITY.md cases 28 and 30 through the committed bundles: a billion-laughs values.yaml in a pull
// request is checked in bounded time (it hung chart-bump-check before), and a transaction that failed on a
// read-only CHANGELOG.md, re-run once the file is writable, gives exactly what a clean run gives.

const repo = fixturesRemovedAfterAll();

/** Nine levels of nine aliases each (9^9 leaves when expanded), as mappings. */
function aliasBomb(leaf: string): string {
  const names = 'abcdefghi';
  const lines = [`a: &a {${Array.from({ length: 9 }, (_, j) => `k${j}: ${leaf}`).join(', ')}}`];
  for (let i = 1; i < names.length; i++)
    lines.push(`${names[i]}: &${names[i]} {${Array.from({ length: 9 }, (_, j) => `k${j}: *${names[i - 1]}`).join(', ')}}`);
  return [...lines, ''].join('\n');
}

const chart = (version: string) => `apiVersion: v2\nname: myapp\nversion: ${version}\nappVersion: "1.0.0"\n`;

test('case 28: a billion-laughs values.yaml in a pull request is checked in bounded time, its findings capped', async () => {
  const f = repo({
    'charts/myapp/Chart.yaml': chart('1.0.0'),
    'charts/myapp/values.yaml': aliasBomb('lol'),
    'charts/myapp/templates/a.yaml': 'kind: A\n',
  });
  const base = f.git('rev-parse', 'HEAD');
  f.checkout('pr', true);
  const head = f.commit('feat: numbers', { 'charts/myapp/values.yaml': aliasBomb('1'), 'charts/myapp/Chart.yaml': chart('1.0.1') });
  f.push('main');
  f.push('pr');
  const started = Date.now();
  const r: ActionRun = await runAction('chart-bump-check', {
    workspace: f.dir,
    eventName: 'pull_request',
    event: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } },
    inputs: {},
    timeoutMs: 30000,
  });
  expect(Date.now() - started).toBeLessThan(20000);
  expect(r.code).toBe(1);
  const errors = r.annotations.filter((a) => a.level === 'error' && a.file === 'charts/myapp/values.yaml');
  // The anchor's own keys first; the same change seen through every alias path stops at the cap.
  expect(
    errors.slice(0, 9).map(
      (a) =>
        a.message
          .replace(/^\S+:\d+: /, '')
          .split(' (')[0]
          .split(' — ')[0],
    ),
  ).toEqual(Array.from({ length: 9 }, (_, j) => `key a.k${j} changed type from string to number`));
  expect(errors.length).toBeLessThanOrEqual(200);
});

test('case 30: after a read-only CHANGELOG.md failed the run, the re-run equals a clean run', async () => {
  const files = {
    'charts/myapp/Chart.yaml': chart('0.13.0'),
    'charts/myapp/values-staging.yaml': 'image:\n  tag: "1.0.0"\n',
    'charts/myapp/CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n### Fixed\n\n- Probe timeout\n\n## [0.13.0] - 2024-05-21\n\n- First\n',
  };
  const inputs = { charts: 'charts/myapp', 'app-version': '1.4.3' };
  const env = { SOURCE_DATE_EPOCH: '1700000000' };
  const clean = repo(files);
  const cleanRun = await runAction('bump-chart', { workspace: clean.dir, inputs, env });
  expect(cleanRun.code).toBe(0);

  const f = repo(files);
  const changelog = join(f.dir, 'charts/myapp/CHANGELOG.md');
  chmodSync(changelog, 0o444);
  const failed = await runAction('bump-chart', { workspace: f.dir, inputs, env });
  expect(failed.code).toBe(1);
  expect(failed.annotations.filter((a) => a.level === 'error').map((a) => a.file)).toEqual(['charts/myapp/CHANGELOG.md']);
  for (const p of Object.keys(files)) expect(readFileSync(join(f.dir, p), 'utf8')).toBe(files[p as keyof typeof files]);

  chmodSync(changelog, 0o644);
  const again = await runAction('bump-chart', { workspace: f.dir, inputs, env });
  expect(again.code).toBe(0);
  for (const p of Object.keys(files)) expect(readFileSync(join(f.dir, p), 'utf8')).toBe(readFileSync(join(clean.dir, p), 'utf8'));
  expect(again.outputs).toEqual(cleanRun.outputs);
  expect(readFileSync(join(f.dir, 'charts/myapp/Chart.yaml'), 'utf8')).not.toBe(files['charts/myapp/Chart.yaml']);
});

test('case 31: chart-bump-check warns at the version line about rc4 (compared as text) and suggests rc.4', async () => {
  const f = repo({ 'charts/myapp/Chart.yaml': chart('1.0.0-rc3'), 'charts/myapp/templates/a.yaml': 'kind: A\n' });
  const base = f.git('rev-parse', 'HEAD');
  f.checkout('pr', true);
  const head = f.commit('fix: a', { 'charts/myapp/templates/a.yaml': 'kind: B\n', 'charts/myapp/Chart.yaml': chart('1.0.0-rc4') });
  f.push('main');
  f.push('pr');
  const r = await runAction('chart-bump-check', {
    workspace: f.dir,
    eventName: 'pull_request',
    event: { pull_request: { number: 8, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } },
    inputs: {},
  });
  expect(r.code).toBe(0);
  const warnings = r.annotations.filter((a) => a.level === 'warning');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatchObject({ file: 'charts/myapp/Chart.yaml', line: 3 });
  expect(warnings[0].message).toContain("the pre-release identifier 'rc4' compares as text, so rc5 would sort before it");
  expect(warnings[0].message).toContain('write 1.0.0-rc.4');
});

test('case 32: bump-chart refuses a version the base branch already has, before any edit', async () => {
  const f = repo({ 'charts/myapp/Chart.yaml': chart('1.3.0'), 'charts/myapp/templates/a.yaml': 'kind: A\n' });
  f.checkout('pr', true);
  f.commit('fix: a', { 'charts/myapp/templates/a.yaml': 'kind: B\n' });
  f.checkout('main');
  f.commit('chore: release 1.4.0 from another pull request', { 'charts/myapp/Chart.yaml': chart('1.4.0') });
  f.push('main');
  f.checkout('pr');
  const before = readFileSync(join(f.dir, 'charts/myapp/Chart.yaml'), 'utf8');
  const r = await runAction('bump-chart', { workspace: f.dir, inputs: { charts: 'charts/myapp', version: '1.4.0+build.2', base: 'main' } });
  expect(r.code).toBe(1);
  expect(r.annotations[0]).toMatchObject({ level: 'error', file: 'charts/myapp/Chart.yaml', line: 3 });
  expect(r.annotations[0].message).toMatch(
    /chart myapp 1\.4\.0\+build\.2 is already published at .*main \([0-9a-f]{12}\) \(its version there is 1\.4\.0\)/,
  );
  expect(readFileSync(join(f.dir, 'charts/myapp/Chart.yaml'), 'utf8')).toBe(before);
  expect(f.git('status', '--porcelain')).toBe('');
});

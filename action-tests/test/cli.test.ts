import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { buildImage, type ImageContent, LocalRegistry } from '../harness/registry.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// The committed CLI bundle against the same fixture monorepo, real git and the
// real registry as the actions' bundles: same inputs as flags, same outputs.

const EPOCH = '1700000000';
const CHART = (v: string) => `apiVersion: v2\nname: myapp\nversion: ${v}   # chart version\nappVersion: "1.4.2"\n`;
const UMBRELLA =
  'apiVersion: v2\nname: platform\nversion: 2.0.0\ndependencies:\n  - name: myapp\n    version: 0.13.0\n    repository: file://../myapp\n';
const FILES = {
  'charts/myapp/Chart.yaml': CHART('0.13.0'),
  'charts/myapp/CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n\n- Probe timeout\n',
  'charts/platform/Chart.yaml': UMBRELLA,
  '.github/lockstep.yml': 'charts: [charts/*]\nservices:\n  api: { image: example.invalid/acme/api }\n',
};

const newRepo = fixturesRemovedAfterAll();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Two identical checkouts of one fixture monorepo: one for the action, one for the CLI. */
function twoCheckouts(): [string, string] {
  const f = newRepo(FILES);
  return [f.clone('main'), f.clone('main')];
}

const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' });

describe('lockstep bump (bundled CLI) answers as the bump-chart action does', () => {
  test.each([
    [{ charts: 'charts/myapp', 'app-version': '1.5.0' }],
    [{ charts: 'charts/myapp', level: 'minor', cascade: 'false' }],
    [{ charts: 'charts/myapp', version: '1.0.0-rc.1', 'changelog-entry': 'First release candidate' }],
  ])('inputs %j: the same outputs and the same files', async (inputs) => {
    const [forAction, forCli] = twoCheckouts();
    const action = await runAction('bump-chart', { workspace: forAction, inputs, env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(action.code).toBe(0);
    const flags = Object.entries(inputs).flatMap(([k, v]) => (v === 'false' ? [`--no-${k}`] : v === 'true' ? [`--${k}`] : [`--${k}`, v]));
    const cli = await runCli(['bump', ...flags, '--json'], { cwd: forCli, env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect({ code: cli.code, stderr: cli.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const result = JSON.parse(cli.stdout);
    // The action's outputs as values: JSON ones as the structures they hold, an empty one as null.
    const orNull = (s: string) => (s === '' ? null : s);
    expect(result).toMatchObject({
      'schema-version': 2,
      command: 'bump',
      outcome: 'done',
      'dry-run': false,
      version: orNull(action.outputs.version),
      'previous-version': orNull(action.outputs['previous-version']),
      'app-version': orNull(action.outputs['app-version']),
      'changed-files': JSON.parse(action.outputs['changed-files']),
      charts: JSON.parse(action.outputs.charts),
    });
    for (const file of JSON.parse(action.outputs['changed-files']) as string[])
      expect(readFileSync(join(forCli, file), 'utf8')).toBe(readFileSync(join(forAction, file), 'utf8'));
    expect(status(forCli)).toBe(status(forAction));
    expect(status(forCli)).not.toBe('');
  });

  test('--dry-run writes nothing and prints the unified diff, plain when stdout is not a TTY', async () => {
    const [, dir] = twoCheckouts();
    const cli = await runCli(['bump', '--charts', 'charts/myapp', '--dry-run'], { cwd: dir, env: { SOURCE_DATE_EPOCH: EPOCH } });
    expect(cli.code).toBe(0);
    expect(status(dir)).toBe('');
    expect(cli.stdout).toContain('--- a/charts/myapp/Chart.yaml\n+++ b/charts/myapp/Chart.yaml\n');
    expect(cli.stdout).toContain('-version: 0.13.0   # chart version\n+version: 0.13.1   # chart version\n');
    expect(cli.stdout).toContain('Dry run: 3 file(s) would change; nothing was written.');
    expect(cli.stdout).toMatch(/^Chart +Version +appVersion +Files changed$/m);
    expect(cli.stdout).not.toContain('\u001b[');
  });

  test('a user error: path:line: what — how to fix, exit 1, nothing written', async () => {
    const [, dir] = twoCheckouts();
    const cli = await runCli(['bump', '--charts', 'charts/nope'], { cwd: dir });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toBe(
      "chart 'charts/nope' matches no folder holding a Chart.yaml — did you mean charts/myapp? fix --charts (paths or globs relative to working-directory)\n",
    );
    expect(status(dir)).toBe('');
    // A glob that matches nothing is refused at the flag, as the config refuses one (issue 52 item 14).
    const glob = await runCli(['bump', '--charts', 'nope/*'], { cwd: dir });
    expect({ code: glob.code, stdout: glob.stdout, stderr: glob.stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr: "chart 'nope/*' matches no folder holding a Chart.yaml — fix --charts (paths or globs relative to working-directory)\n",
    });
    expect(status(dir)).toBe('');
    // A mistake in a file names it and its line, as editors and terminals link them.
    writeFileSync(join(dir, '.github/lockstep.yml'), 'charts: [charts/*]\nchangelog: sometimes\n');
    const bad = await runCli(['bump', '--charts', 'charts/myapp'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^\.github\/lockstep\.yml:2: .+ — .+\n$/);
  });

  test('bad flags exit 2 with the usage line', async () => {
    const [, dir] = twoCheckouts();
    const cli = await runCli(['bump', '--chart', 'charts/myapp'], { cwd: dir });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain("error: unknown option '--chart'");
    expect(cli.stderr).toContain('Usage: lockstep bump [options]');
  });
});

describe('lockstep digests (bundled CLI) against the real registry', () => {
  let registry: LocalRegistry;
  let api: ImageContent;
  beforeAll(async () => {
    registry = await LocalRegistry.start();
    api = buildImage('api');
    await registry.push('acme/api', '1.7.3', api);
  }, 60000);
  afterAll(() => registry?.stop());

  const workspace = () => {
    const d = mkdtempSync(join(tmpdir(), 'lockstep-cli-digests-'));
    dirs.push(d);
    return d;
  };

  test('the same outputs and file as capture-digests; --json parses', async () => {
    const inputs = { images: `api=${registry.host}/acme/api:1.7.3`, sha: 'abc1234' };
    const a = workspace();
    const action = await runAction('capture-digests', { workspace: a, inputs, env: { HOME: a } });
    expect(action.code).toBe(0);
    const c = workspace();
    const cli = await runCli(['digests', '--images', inputs.images, '--sha', inputs.sha, '--json'], { cwd: c });
    expect(cli.code).toBe(0);
    const result = JSON.parse(cli.stdout);
    expect(result).toMatchObject({ 'schema-version': 2, command: 'digests', outcome: 'done', file: action.outputs.file });
    expect(result.digests).toEqual(JSON.parse(action.outputs.digests));
    expect(result.images).toEqual([
      { name: 'api', image: `${registry.host}/acme/api`, tag: '1.7.3', digest: api.digest, kind: 'manifest' },
    ]);
    expect(readFileSync(join(c, 'image-digests.json'), 'utf8')).toBe(readFileSync(join(a, 'image-digests.json'), 'utf8'));
  });

  test('--dry-run resolves and shows the diff but writes nothing; the table names the digest', async () => {
    const c = workspace();
    const cli = await runCli(['digests', '--images', `api=${registry.host}/acme/api:1.7.3`, '--sha', 'abc1234', '--dry-run'], { cwd: c });
    expect(cli.code).toBe(0);
    expect(() => readFileSync(join(c, 'image-digests.json'))).toThrow();
    expect(cli.stdout).toContain('--- /dev/null\n+++ b/image-digests.json\n');
    expect(cli.stdout).toContain(`+    "digest": "${api.digest}",`);
    expect(cli.stdout).toMatch(new RegExp(`^api +${registry.host}/acme/api +1\\.7\\.3 +${api.digest} +manifest$`, 'm'));
  });

  test('keeps the other services of an existing file; --replace drops them and names them', async () => {
    const c = workspace();
    const worker = { digest: `sha256:${'b'.repeat(64)}`, image: 'ghcr.io/acme/worker', sha: 'fff0000', tag: '1.7.2' };
    writeFileSync(join(c, 'image-digests.json'), JSON.stringify({ worker }, null, 2) + '\n');
    const keep = await runCli(['digests', '--images', `api=${registry.host}/acme/api:1.7.3`, '--sha', 'abc1234'], { cwd: c });
    expect(keep.code).toBe(0);
    expect(keep.stdout).toContain('kept 1 other entry from the existing file');
    const kept = JSON.parse(readFileSync(join(c, 'image-digests.json'), 'utf8'));
    expect(kept.worker).toEqual(worker);
    expect(kept.api.digest).toBe(api.digest);
    const replace = await runCli(['digests', '--images', `api=${registry.host}/acme/api:1.7.3`, '--sha', 'abc1234', '--replace'], {
      cwd: c,
    });
    expect(replace.code).toBe(0);
    expect(replace.stdout).toContain('replace dropped 1 entry of the existing file: worker');
    expect(Object.keys(JSON.parse(readFileSync(join(c, 'image-digests.json'), 'utf8')))).toEqual(['api']);
  });

  test('a missing tag is a user error naming the image, exit 1', async () => {
    const c = workspace();
    const cli = await runCli(['digests', '--images', `api=${registry.host}/acme/api:9.9.9`, '--sha', 'abc1234'], { cwd: c });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`api: could not resolve ${registry.host}/acme/api:9.9.9`);
    expect(cli.stderr).not.toMatch(/\n\s+at /);
  });
});

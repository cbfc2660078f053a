import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { node24, repoRoot } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 52, the terminal face, through the committed CLI bundle on Node 24: every outcome of every command
// is one --json document (item 8); a dry run of a held promotion is held (item 9); the reasons come before
// the verdict (item 11); an older Node is refused in one line before anything runs (item 12).

const fixture = fixturesRemovedAfterAll();
const BUNDLE = join(repoRoot, 'packages', 'cli', 'dist', 'lockstep.js');

const config = (staging: string[] = []) =>
  [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
    'environments:',
    '  - { name: dev, values: charts/myapp/values-dev.yaml }',
    '  - name: staging',
    '    values: charts/myapp/values-staging.yaml',
    ...staging.map((l) => `    ${l}`),
    '',
  ].join('\n');

const promotion = (cfg: string) =>
  fixture({
    '.github/lockstep.yml': cfg,
    'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.0.0\n',
    'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
    'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  }).clone('main');

/** Everything a run wrote to stdout and stderr, in the order written (both to one file, as a terminal shows them). */
async function interleaved(args: string[], cwd: string): Promise<{ code: number | null; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-tty-'));
  const file = join(dir, 'out');
  const fd = openSync(file, 'w');
  try {
    const r = spawnSync(await node24(), [BUNDLE, ...args], {
      cwd,
      stdio: ['ignore', fd, fd],
      env: { PATH: process.env.PATH, HOME: cwd, LANG: 'C.UTF-8' },
    });
    return { code: r.status, text: readFileSync(file, 'utf8') };
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('--json: one document for every outcome (item 8)', () => {
  test('a refused config: exit 1, the errors at their lines in the document; stdout was empty before', async () => {
    const ws = promotion(config(['min-soak: soon']));
    const r = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--json'], { cwd: ws });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual({
      'schema-version': 2,
      command: 'promote',
      outcome: 'refused',
      errors: [
        { file: '.github/lockstep.yml', line: 8, input: null, message: expect.stringMatching(/^\.github\/lockstep\.yml:8: .*min-soak/) },
      ],
    });
    expect(r.stderr).toBe(`${doc.errors[0].message}\n`);
  });

  test('a usage error: exit 2 and a document saying usage, for a known command and for none', async () => {
    const ws = promotion(config());
    const flag = await runCli(['promote', '--to', 'staging', '--bogus', '--json'], { cwd: ws });
    expect(flag.code).toBe(2);
    expect(JSON.parse(flag.stdout)).toEqual({
      'schema-version': 2,
      command: 'promote',
      outcome: 'usage',
      errors: [{ file: null, line: null, input: null, message: "unknown option '--bogus'" }],
    });
    const none = await runCli(['promot', '--json'], { cwd: ws });
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout)).toMatchObject({
      command: null,
      outcome: 'usage',
      errors: [{ message: expect.stringMatching(/^unknown command 'promot'/) }],
    });
  });

  test('a flag value refused as usage (--since): exit 2, the error naming the flag', async () => {
    const ws = promotion(config());
    const r = await runCli(['metrics', '--since', 'yesterdayish', '--json'], { cwd: ws });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect([doc.command, doc.outcome, doc.errors.length]).toEqual(['metrics', 'usage', 1]);
    expect(r.stderr).toBe(`${doc.errors[0].message}\n`);
  });

  test('a pipeline without pipefail reads the outcome, not an empty stdout', async () => {
    const ws = promotion(config(['min-soak: soon']));
    const node = await node24();
    const out = execFileSync(
      'sh',
      [
        '-c',
        `"${node}" "${BUNDLE}" promote --from dev --to staging --json 2>/dev/null | "${node}" -e 'let t="";process.stdin.on("data",d=>t+=d).on("end",()=>console.log(JSON.parse(t).outcome))'`,
      ],
      { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: ws } },
    );
    expect(out).toBe('refused\n');
  });
});

describe('a dry run of a held promotion (item 9)', () => {
  // dev's pins were committed by the fixture's clock (November 2023) and dev says min-soak: 99999h (11 years): held by soak time.
  const soaking = () =>
    [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
      '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
      'environments:',
      '  - name: dev',
      '    values: charts/myapp/values-dev.yaml',
      '    min-soak: 99999h',
      '  - { name: staging, values: charts/myapp/values-staging.yaml }',
      '',
    ].join('\n');

  test('says held first, shows the plan, exits 1 as the real run would; --json says held', async () => {
    const ws = promotion(soaking());
    const before = execFileSync('git', ['status', '--porcelain'], { cwd: ws, encoding: 'utf8' });
    const r = await interleaved(['promote', '--from', 'dev', '--to', 'staging'], ws);
    expect(r.code).toBe(1);
    const lines = r.text.split('\n');
    const held = lines.findIndex((l) => /^promotion held: api: pinned in dev since 2023-11-14 .*min-soak 4166d 15h: .* left/.test(l));
    expect(held).toBeGreaterThan(-1);
    expect(held).toBeLessThan(lines.findIndex((l) => l.startsWith('--- a/charts/myapp/values-staging.yaml')));
    expect(r.text).toContain('-      tag: "1.7.3"\n');
    expect(r.text).toContain('+      tag: "1.8.0"\n');
    expect(r.text).toMatch(
      /^Held by a gate until \d{4}-\d\d-\d\d \d\d:\d\d UTC; nothing was written \(a dry run: the diff is what it would commit\)\.$/m,
    );
    const json = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--json'], { cwd: ws });
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect([doc.outcome, doc.promotion, doc['dry-run'], doc.changed]).toEqual(['held', 'held', true, false]);
    expect(doc.errors).toEqual([
      { file: null, line: null, input: null, message: expect.stringMatching(/^promotion held: api: pinned in dev since /) },
    ]);
    expect(doc.changes.map((c: { service: string }) => c.service)).toEqual(['api']);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: ws, encoding: 'utf8' })).toBe(before);
  });
});

// Issue 73, item 12: a window's hold (whose real run opens a draft) was a dry run that exited 0, "would change",
// with the hold as its last note. A freeze around today holds staging.
test('a dry run a freeze holds exits 1 and says the hold first, before the diff; --json says held', async () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const ws = promotion(config(['windows:', '  freeze:', `    - { from: ${day(-1)}, to: ${day(1)}, reason: release week }`]));
  const before = execFileSync('git', ['status', '--porcelain'], { cwd: ws, encoding: 'utf8' });
  const r = await interleaved(['promote', '--from', 'dev', '--to', 'staging'], ws);
  expect(r.code).toBe(1);
  const lines = r.text.split('\n');
  const held = lines.findIndex((l) =>
    l.startsWith(
      `promotion held: promotions into staging are closed: frozen from ${day(-1)} to ${day(1)} (UTC): release week; opens at ${day(2)} 00:00 UTC — a dry run: pass --push`,
    ),
  );
  expect(held).toBeGreaterThan(-1);
  expect(held).toBeLessThan(lines.findIndex((l) => l.startsWith('--- a/charts/myapp/values-staging.yaml')));
  expect(r.text).toContain(
    'a dry run: pass --push and the pull request opens as a draft without auto-merge until the gate lets it through',
  );
  expect(r.text).toMatch(
    /^Held by a gate until \d{4}-\d\d-\d\d \d\d:\d\d UTC; nothing was written \(a dry run: the diff is what it would commit\)\.$/m,
  );
  expect(r.text).not.toContain('would change');
  const json = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--json'], { cwd: ws });
  expect(json.code).toBe(1);
  const doc = JSON.parse(json.stdout);
  expect([doc.outcome, doc.promotion, doc['dry-run'], doc.changed]).toEqual(['held', 'held', true, false]);
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: ws, encoding: 'utf8' })).toBe(before);
});

describe('the reason before the verdict (item 11)', () => {
  test('lockstep check: the failing chart line comes before "The check failed."', async () => {
    const f = fixture({
      '.github/lockstep.yml': 'charts: [charts/*]\n',
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'charts/web/values.yaml': 'replicas: 1\n',
    });
    f.checkout('pr', true);
    f.write({ 'charts/web/values.yaml': 'replicas: 2\n' });
    f.git('commit', '--quiet', '-am', 'more replicas');
    const r = await interleaved(['check', '--base', 'main', '--head', 'pr'], f.dir);
    expect(r.code).toBe(1);
    const lines = r.text.trimEnd().split('\n');
    const reason = lines.findIndex((l) => l.startsWith('charts/web/Chart.yaml:3: '));
    expect(reason).toBeGreaterThan(-1);
    // The verdict (the status line saying the check failed) follows the reason.
    expect(lines.findIndex((l, i) => i > reason && /fail/i.test(l))).toBeGreaterThan(reason);
  });
});

describe('Node older than 22.12 (item 12)', () => {
  /** Runs the bundle on Node 24 told it is `version`, as that Node would report itself. */
  async function asNode(version: string, args: string[], cwd: string) {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-node-'));
    const preload = join(dir, 'as.mjs');
    writeFileSync(preload, `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });\n`);
    try {
      return spawnSync(await node24(), ['--import', preload, BUNDLE, ...args], {
        cwd,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: cwd },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('22.11.0 is refused in one line before anything runs; 22.12.0 runs', async () => {
    const ws = promotion(config());
    const old = await asNode('22.11.0', ['status'], ws);
    expect({ code: old.status, stdout: old.stdout, stderr: old.stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr: 'lockstep needs Node 22.12 or later; this is Node 22.11.0 — install a newer Node (the actions run on Node 24)\n',
    });
    const ok = await asNode('22.12.0', ['--version'], ws);
    expect({ code: ok.status, stdout: ok.stdout }).toEqual({ code: 0, stdout: '0.1.0\n' });
  });

  test("this machine's own node (Node 20 here): the same one line when it is older, never a stray V8 flag", () => {
    const ws = promotion(config());
    const version = execFileSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    const [major, minor] = version.split('.').map(Number);
    const r = spawnSync('node', [BUNDLE, 'status'], { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: ws } });
    expect(r.stderr).not.toContain('unrecognized flag');
    if (major < 22 || (major === 22 && minor < 12))
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 1,
        stdout: '',
        stderr: `lockstep needs Node 22.12 or later; this is Node ${version} — install a newer Node (the actions run on Node 24)\n`,
      });
    else expect(r.status).toBe(0);
  });
});

import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 75 item 1): promotions as a graph, Kargo's advanced layout — staging fans out to two A/B
// stages in parallel (each `after: [staging]`), which fan in to prod (`after: [ab-a, ab-b]`). Through the committed
// promote-env bundle (real git with a bare origin, the GitHub double checked against GitHub's OpenAPI description)
// and the committed CLI: a step along an edge needs no allow-skip, a step across one is refused naming where the
// target is promoted from, and `lockstep status` lists the next promotion of every edge, and only of edges.

const REPO = 'acme/monorepo';
let fixture: GitFixture;
let double: GitHubDouble;

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
});

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
  'environments:',
  '  - { name: dev, values: envs/dev.yaml }',
  '  - { name: staging, values: envs/staging.yaml }',
  '  - { name: ab-a, values: envs/ab-a.yaml, after: [staging] }',
  '  - { name: ab-b, values: envs/ab-b.yaml, after: [staging] }',
  '  - { name: prod, values: envs/prod.yaml, after: [ab-a, ab-b] }',
  '',
].join('\n');
const NEW: [string, string] = ['1.8.0', d('a')];
const OLD: [string, string] = ['1.7.3', d('c')];
const WORKER: [string, string] = ['0.9.1', d('b')];
const FILES = {
  '.github/lockstep.yml': CONFIG,
  'envs/dev.yaml': environmentValues('dev', NEW, WORKER),
  'envs/staging.yaml': environmentValues('staging', NEW, WORKER),
  'envs/ab-a.yaml': environmentValues('ab-a', NEW, WORKER),
  'envs/ab-b.yaml': environmentValues('ab-b', OLD, WORKER),
  'envs/prod.yaml': environmentValues('prod', OLD, WORKER),
};

async function setUp(files: Record<string, string> = FILES): Promise<string> {
  fixture = GitFixture.create(files);
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
  return fixture.clone('main');
}

const promote = (ws: string, inputs: Record<string, string>): Promise<ActionRun> =>
  runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, ...inputs },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const originBranches = () =>
  execFileSync('git', ['--git-dir', fixture.origin, 'for-each-ref', '--format=%(refname)', 'refs/heads'], { encoding: 'utf8' }).trim();

test('fan-out: staging → ab-b is an edge, promoted without allow-skip (ab-a is not skipped); the pull request is opened', async () => {
  const ws = await setUp();
  const r = await promote(ws, { from: 'staging', to: 'ab-b' });
  expect(errors(r)).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.outputs['pr-number']).toBe('1');
  expect(r.outputs.branch).toBe('promote/ab-b');
  expect(originBranches()).toBe('refs/heads/main\nrefs/heads/promote/ab-b');
});

test('across the graph: ab-a → ab-b and staging → prod are refused naming where the target is promoted from; nothing is pushed', async () => {
  const ws = await setUp();
  const sideways = await promote(ws, { from: 'ab-a', to: 'ab-b' });
  expect(sideways.code).toBe(1);
  expect(errors(sideways)).toEqual([
    expect.stringContaining('cannot promote from ab-a to ab-b: ab-b is promoted from staging (its after:)'),
  ]);
  const past = await promote(ws, { from: 'staging', to: 'prod' });
  expect(past.code).toBe(1);
  expect(errors(past)).toEqual([
    expect.stringContaining('cannot promote from staging to prod: prod is promoted from ab-a, ab-b (its after:)'),
  ]);
  expect(originBranches()).toBe('refs/heads/main');
  expect(double.log.filter((x) => x.method !== 'GET')).toEqual([]);
});

test('lockstep status lists the next promotion of each edge (dev → staging, staging → ab-a and ab-b, ab-a and ab-b → prod), none between the A/B stages', async () => {
  const ws = await setUp();
  const r = await runCli(['status', '--json'], { cwd: ws });
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  const next = (json.next as { from: string; to: string; changes: { service: string }[] }[]).map(
    (n) => `${n.from} → ${n.to}: ${n.changes.map((c) => c.service).join(', ') || 'nothing'}`,
  );
  expect(next).toEqual([
    'dev → staging: nothing',
    'staging → ab-a: nothing',
    'staging → ab-b: api',
    'ab-a → prod: api',
    'ab-b → prod: nothing',
  ]);
  const text = await runCli(['status'], { cwd: ws });
  expect(text.stdout).toContain('note: staging → ab-b: api 1.7.3 → 1.8.0 (sha256:aaaaaaaaaaaa)\n');
  expect(text.stdout).not.toContain('ab-a → ab-b');
});

test('lockstep status says the fan-in hold as promote does: prod is held while ab-b lacks the api digest ab-a would bring', async () => {
  const ws = await setUp();
  const fanIn = `prod is promoted only from pins its after: environments run: ab-b lacks api ${d('a')} (it runs ${d('c')})`;
  const text = await runCli(['status'], { cwd: ws });
  expect(text.code).toBe(0);
  expect(text.stdout).toContain(`note: ab-a → prod: api 1.7.3 → 1.8.0 (sha256:aaaaaaaaaaaa); held by fan-in: ${fanIn}\n`);
  expect(text.stdout).not.toContain('held by a gate');
  const json = JSON.parse((await runCli(['status', '--json'], { cwd: ws })).stdout) as {
    next: { from: string; to: string; holds?: unknown }[];
  };
  expect(json.next.map((n) => [`${n.from} → ${n.to}`, n.holds ?? null])).toEqual([
    ['dev → staging', null],
    ['staging → ab-a', null],
    ['staging → ab-b', null],
    ['ab-a → prod', [{ gate: 'fan-in', message: fanIn }]],
    ['ab-b → prod', null],
  ]);
  const markdown = (await runCli(['status', '--markdown'], { cwd: ws })).stdout;
  expect(markdown).toContain('  e2 -- "api 1.7.3 → 1.8.0<br/>held by fan-in" --> e4\n');
  const held = await promote(ws, { from: 'ab-a', to: 'prod' });
  expect(held.code).toBe(1);
  expect(errors(held)).toEqual([expect.stringContaining(fanIn)]);
});

test('an after: entry naming an environment listed later is an error at its line (the list is the graph’s order, so it has no cycle)', async () => {
  const ws = await setUp({
    ...FILES,
    '.github/lockstep.yml': CONFIG.replace(
      '{ name: staging, values: envs/staging.yaml }',
      '{ name: staging, values: envs/staging.yaml, after: [prod] }',
    ),
  });
  const r = await runCli(['config'], { cwd: ws });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(
    ".github/lockstep.yml:6: environment staging has after: 'prod', which is listed after it in environments: (list them in promotion order)",
  );
});

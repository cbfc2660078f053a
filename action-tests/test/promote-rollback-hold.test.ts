import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 75 item 3), through the committed promote-env bundle and CLI, real git with a bare origin and
// the GitHub double (its merges are real merge commits): a rollback that lands in prod holds prod and dr (which
// follows prod), so the next promotion from staging does not undo it; the hold is read from the base branch's
// history on every run (and shown by lockstep status), and a promotion with lift-hold: true ends it once it lands.

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
  '  - { name: staging, values: envs/staging.yaml }',
  '  - { name: prod, values: envs/prod.yaml }',
  '  - { name: dr, values: envs/dr.yaml }',
  '',
].join('\n');

const promote = (ws: string, inputs: Record<string, string>): Promise<ActionRun> =>
  runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, ...inputs },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });

async function merge(ws: string, pull: string): Promise<void> {
  const res = await fetch(`${double.url}/repos/${REPO}/pulls/${pull}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${double.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' }),
  });
  expect(res.status).toBe(200);
  execFileSync('git', ['pull', '--quiet', '--ff-only', 'origin', 'main'], { cwd: ws });
}
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

test('a landed rollback holds prod and dr, run after run; lift-hold ends it once its promotion lands', async () => {
  fixture = GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    'envs/staging.yaml': environmentValues('staging', ['1.8.0', d('a')], ['0.9.1', d('b')]),
    'envs/prod.yaml': environmentValues('prod', ['1.7.3', d('c')], ['0.9.1', d('b')]),
    'envs/dr.yaml': environmentValues('dr', ['1.6.0', d('f')], ['0.9.1', d('b')]),
  });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
  const ws = fixture.clone('main');
  const before = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' }).trim();

  // 1.8.0 reaches prod (#1), then prod is rolled back to what it ran before (#2, allowed to lower the tag: a rollback).
  const up = await promote(ws, { from: 'staging', to: 'prod' });
  expect(up.outputs['pr-number']).toBe('1');
  await merge(ws, '1');
  const back = await promote(ws, { from: `ref:${before}`, to: 'prod' });
  expect(back.code).toBe(0);
  expect(back.outputs['pr-number']).toBe('2');
  await merge(ws, '2');
  const landed = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' }).trim();

  // The next promotion from staging would undo it: held, naming the rollback's pull request and commit; nothing written.
  const again = await promote(ws, { from: 'staging', to: 'prod' });
  expect(again.code).toBe(1);
  expect(errors(again)).toEqual([
    expect.stringContaining(
      `promotion held: prod was rolled back to ref:${before} by #2 (${landed.slice(0, 12)}): promotions into it wait until the hold is lifted (lift-hold: true on the promotion that ends it)`,
    ),
  ]);
  // dr follows prod: held too, naming prod's rollback. The CLI says the same, exit 1.
  const dr = await runCli(['promote', '--from', 'prod', '--to', 'dr', '--dry-run'], { cwd: ws, env: { ...double.env(), ...GIT_ENV } });
  expect(dr.code).toBe(1);
  expect(dr.stderr).toContain(`prod, before dr, was rolled back to ref:${before} by #2 (${landed.slice(0, 12)}): promotions after it wait`);

  // lockstep status shows the hold (issue 75): prod held, naming #2 and its commit, and the promotions into and from it.
  const into = `prod was rolled back to ref:${before} by #2 (${landed.slice(0, 12)}): promotions into it wait until the hold is lifted (lift-hold: true on the promotion that ends it)`;
  const shown = await runCli(['status'], { cwd: ws, env: GIT_ENV });
  expect(shown.code).toBe(0);
  expect(shown.stdout).toContain(`note: prod: held by a rollback: ${into}\n`);
  expect(shown.stdout).toContain(`note: staging → prod: api 1.7.3 → 1.8.0 (sha256:aaaaaaaaaaaa); held by a rollback: ${into}\n`);
  const json = JSON.parse((await runCli(['status', '--json'], { cwd: ws, env: GIT_ENV })).stdout) as {
    environments: { name: string; hold?: { pull: number; commit: string } }[];
    next: { to: string; holds?: { gate: string }[] }[];
  };
  expect(json.environments.find((e) => e.name === 'prod')?.hold).toMatchObject({ gate: 'rollback-hold', pull: 2, commit: landed });
  expect(json.next.map((n) => [n.to, n.holds?.map((h) => h.gate)])).toEqual([
    ['prod', ['rollback-hold']],
    ['dr', ['rollback-hold']],
  ]);

  // lift-hold: the promotion opens (#3), saying it lifts the hold; once it lands, prod is promoted as before.
  const lift = await promote(ws, { from: 'staging', to: 'prod', 'lift-hold': 'true' });
  expect(errors(lift)).toEqual([]);
  expect(lift.outputs['pr-number']).toBe('3');
  expect(lift.summary).toContain(
    `Lifts the rollback hold of prod (rolled back to ref:${before} by #2 (${landed.slice(0, 12)})): once this lands, promotions into prod go on.`,
  );
  await merge(ws, '3');
  writeFileSync(join(ws, 'envs/staging.yaml'), environmentValues('staging', ['1.9.0', d('e')], ['0.9.1', d('b')]));
  execFileSync('git', ['commit', '--quiet', '-am', 'staging runs 1.9.0'], { cwd: ws, env: { ...process.env, ...GIT_ENV } });
  execFileSync('git', ['push', '--quiet', 'origin', 'main'], { cwd: ws });
  const after = await promote(ws, { from: 'staging', to: 'prod' });
  expect(errors(after)).toEqual([]);
  expect(after.outputs['pr-number']).toBe('4');
  // The hold lifted: status shows none.
  expect((await runCli(['status'], { cwd: ws, env: GIT_ENV })).stdout).not.toContain('held by a rollback');
  // Five runs of the bundle and four of the CLI: 23–38 s on a quiet 2-core machine, past 60 s beside another suite.
}, 180_000);

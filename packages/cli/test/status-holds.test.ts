import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../../../action-tests/harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../../../action-tests/harness/github-double/index.ts';
import { digest as d, environmentValues } from '../../../action-tests/harness/promote-fixture.ts';
import type { CliIo } from '../src/io.ts';
import { runCli } from '../src/program.ts';

// `lockstep status` shows holds (issue 75), through the CLI (its source, in process) on real git with a bare origin
// and the GitHub double: prod rolled back by `lockstep promote --from ref:… --push` (#2, merged by the double as a
// real merge commit) is shown held, naming the pull request and commit, and so are the promotions into it (from
// staging) and from it (into dr), in the words `lockstep promote` refuses them with; a fan-in hold names what an
// after: environment lacks.

const REPO = 'acme/monorepo';
let fixture: GitFixture;
let double: GitHubDouble;
afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
});

const NEW: [string, string] = ['1.8.0', d('a')];
const OLD: [string, string] = ['1.7.3', d('c')];
const WORKER: [string, string] = ['0.9.1', d('b')];
const services = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
];

/** The CLI in `cwd` with the double's token and API, as a shell with GITHUB_TOKEN set would run it; what it wrote. */
async function lockstep(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io: CliIo & { out: string; err: string } = {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd, ...GIT_ENV, ...double.env(), GITHUB_TOKEN: double.token, GITHUB_REPOSITORY: REPO },
    out: '',
    err: '',
    color: false,
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    readStdin: () => '',
  };
  const code = await runCli(args, io);
  return { code, out: io.out, err: io.err };
}

async function merge(ws: string, pull: number): Promise<void> {
  const res = await fetch(`${double.url}/repos/${REPO}/pulls/${pull}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${double.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' }),
  });
  expect(res.status).toBe(200);
  execFileSync('git', ['pull', '--quiet', '--ff-only', 'origin', 'main'], { cwd: ws });
}
const head = (ws: string) => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ws, encoding: 'utf8' }).trim();

test('a rollback pushed and merged holds prod: status names #2 and its commit on prod, staging → prod and prod → dr', async () => {
  fixture = GitFixture.create({
    '.github/lockstep.yml': [
      ...services,
      'environments:',
      '  - { name: staging, values: envs/staging.yaml }',
      '  - { name: prod, values: envs/prod.yaml }',
      '  - { name: dr, values: envs/dr.yaml }',
      '',
    ].join('\n'),
    'envs/staging.yaml': environmentValues('staging', NEW, WORKER),
    'envs/prod.yaml': environmentValues('prod', OLD, WORKER),
    'envs/dr.yaml': environmentValues('dr', ['1.6.0', d('f')], WORKER),
  });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
  const ws = fixture.clone('main');
  const before = head(ws);
  expect((await lockstep(ws, 'promote', '--from', 'staging', '--to', 'prod', '--push')).code).toBe(0);
  await merge(ws, 1);
  expect((await lockstep(ws, 'promote', '--from', `ref:${before}`, '--to', 'prod', '--push')).code).toBe(0);
  await merge(ws, 2);
  const landed = head(ws);
  const into = `prod was rolled back to ref:${before} by #2 (${landed.slice(0, 12)}): promotions into it wait until the hold is lifted (lift-hold: true on the promotion that ends it)`;
  const after = `prod, before dr, was rolled back to ref:${before} by #2 (${landed.slice(0, 12)}): promotions after it wait until its hold is lifted (a promotion into prod with lift-hold: true)`;

  const text = await lockstep(ws, 'status');
  expect(text.code).toBe(0);
  expect(text.out).toContain(`note: prod: held by a rollback: ${into}\n`);
  expect(text.out).toContain(`note: staging → prod: api 1.7.3 → 1.8.0 (sha256:aaaaaaaaaaaa); held by a rollback: ${into}\n`);
  expect(text.out).toContain(`note: prod → dr: api 1.6.0 → 1.7.3 (sha256:cccccccccccc); held by a rollback: ${after}\n`);

  const json = JSON.parse((await lockstep(ws, 'status', '--json')).out) as {
    environments: { name: string; hold?: unknown }[];
    next: { from: string; to: string; holds?: unknown }[];
  };
  expect(json.environments.map((e) => [e.name, e.hold ?? null])).toEqual([
    ['staging', null],
    ['prod', { gate: 'rollback-hold', message: into, commit: landed, pull: 2, to: `ref:${before}` }],
    ['dr', null],
  ]);
  expect(json.next.map((n) => [`${n.from} → ${n.to}`, n.holds ?? null])).toEqual([
    ['staging → prod', [{ gate: 'rollback-hold', message: into }]],
    ['prod → dr', [{ gate: 'rollback-hold', message: after }]],
  ]);

  // promote says the same words, and refuses.
  const refused = await lockstep(ws, 'promote', '--from', 'staging', '--to', 'prod');
  expect(refused.code).toBe(1);
  expect(refused.err).toContain(into);

  const markdown = (await lockstep(ws, 'status', '--markdown')).out;
  expect(markdown).toContain('  e0 -- "api 1.7.3 → 1.8.0<br/>held by a rollback" --> e1\n');
  expect(markdown).toContain('  e1["<b>prod</b> (behind, held)<br/>api 1.7.3<br/>worker 0.9.1"]:::held\n');
});

test('fan-in: prod after ab-a and ab-b is held while ab-b lacks the api digest ab-a would bring, in fan-in’s words', async () => {
  fixture = GitFixture.create({
    '.github/lockstep.yml': [
      ...services,
      'environments:',
      '  - { name: staging, values: envs/staging.yaml }',
      '  - { name: ab-a, values: envs/ab-a.yaml, after: [staging] }',
      '  - { name: ab-b, values: envs/ab-b.yaml, after: [staging] }',
      '  - { name: prod, values: envs/prod.yaml, after: [ab-a, ab-b] }',
      '',
    ].join('\n'),
    'envs/staging.yaml': environmentValues('staging', NEW, WORKER),
    'envs/ab-a.yaml': environmentValues('ab-a', NEW, WORKER),
    'envs/ab-b.yaml': environmentValues('ab-b', OLD, WORKER),
    'envs/prod.yaml': environmentValues('prod', OLD, WORKER),
  });
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
  const ws = fixture.clone('main');
  const fanIn = `prod is promoted only from pins its after: environments run: ab-b lacks api ${d('a')} (it runs ${d('c')})`;
  const text = await lockstep(ws, 'status');
  expect(text.out).toContain(`note: ab-a → prod: api 1.7.3 → 1.8.0 (sha256:aaaaaaaaaaaa); held by fan-in: ${fanIn}\n`);
  expect(text.out).toContain('note: ab-b → prod: nothing to promote\n');
  expect(text.out).not.toContain('held by a gate');
  const json = JSON.parse((await lockstep(ws, 'status', '--json')).out) as { next: { from: string; to: string; holds?: unknown }[] };
  expect(json.next.find((n) => n.from === 'ab-a')?.holds).toEqual([{ gate: 'fan-in', message: fanIn }]);
  const refused = await lockstep(ws, 'promote', '--from', 'ab-a', '--to', 'prod');
  expect(refused.code).toBe(1);
  expect(refused.err).toContain(fanIn);
});

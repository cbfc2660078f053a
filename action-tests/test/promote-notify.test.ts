import { createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 75 item 5): one event per promotion outcome, as the step output `events`, in `--json`, and
// POSTed to a webhook on 127.0.0.1 — through the committed promote-env bundle and the committed CLI, with real git
// (a bare origin) and the GitHub double. The signature is checked here with node:crypto's own HMAC over the bytes
// the receiver got, as a receiver checks GitHub's; the receiver answers as told (500 then 200, or never).

const REPO = 'acme/monorepo';
const SECRET = 'whsec-Zq8!s3cret';
let fixture: GitFixture;
let double: GitHubDouble;
let receiver: Server | undefined;
/** What the receiver got: headers and the raw body. */
let got: { headers: IncomingHttpHeaders; body: string }[];
/** The statuses it answers with, one per request (200 when the list runs out). */
let answers: number[];

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
  await new Promise<void>((done) => (receiver ? receiver.close(() => done()) : done()));
  receiver = undefined;
});

async function startReceiver(): Promise<string> {
  got = [];
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(answers.shift() ?? 200).end('ok');
    });
  });
  await new Promise<void>((done) => receiver!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/lockstep`;
}

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
  'environments:',
  '  - { name: staging, values: envs/staging.yaml }',
  '  - { name: prod, values: envs/prod.yaml }',
  '',
].join('\n');
const FILES = {
  '.github/lockstep.yml': CONFIG,
  'envs/staging.yaml': environmentValues('staging', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'envs/prod.yaml': environmentValues('prod', ['1.7.3', d('c')], ['0.9.1', d('b')]),
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
const signature = (body: string) => `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
const warnings = (r: ActionRun) => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

test('opened: the event is posted once, signed over its bytes, its id in the header, the body and the step output; the secret never printed', async () => {
  answers = [];
  const url = await startReceiver();
  const ws = await setUp();
  const r = await promote(ws, { from: 'staging', to: 'prod', 'notify-webhook': url, 'notify-secret': SECRET });
  expect(r.code).toBe(0);
  expect(got).toHaveLength(1);
  const event = JSON.parse(got[0].body);
  expect(event).toEqual({
    id: expect.stringMatching(/^[0-9a-f]{32}$/),
    event: 'opened',
    repository: REPO,
    environment: 'prod',
    from: 'staging',
    changes: [{ service: 'api', from: `1.7.3@${d('c')}`, to: `1.8.0@${d('a')}` }],
    pull: { number: 1, url: expect.stringMatching(/\/acme\/monorepo\/pull\/1$/) },
  });
  expect(got[0].headers['x-hub-signature-256']).toBe(signature(got[0].body));
  expect(got[0].headers['x-lockstep-delivery']).toBe(event.id);
  expect(got[0].headers['x-lockstep-event']).toBe('opened');
  expect(JSON.parse(r.outputs.events)).toEqual([event]);
  // Masked: the runner is told to hide both (::add-mask::), and no other line prints either.
  const printed = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(r.stdout).toContain(`::add-mask::${SECRET}\n`);
  expect(r.stdout).toContain(`::add-mask::${url}\n`);
  expect(printed.filter((l) => l.includes(SECRET) || l.includes('/hooks/lockstep'))).toEqual([]);

  // The same outcome again (the pull request is up to date): the same id, so a receiver drops it.
  const again = await promote(ws, { from: 'staging', to: 'prod', 'notify-webhook': url, 'notify-secret': SECRET });
  expect(again.code).toBe(0);
  expect(got.map((g) => JSON.parse(g.body).id)).toEqual([event.id, event.id]);
});

test('a receiver that answers 500, then 200, gets the same id twice; the promotion is green, no warning', async () => {
  answers = [500];
  const url = await startReceiver();
  const ws = await setUp();
  const r = await promote(ws, { from: 'staging', to: 'prod', 'notify-webhook': url });
  expect(r.code).toBe(0);
  expect(got).toHaveLength(2);
  expect(got[0].body).toBe(got[1].body);
  expect(got[0].headers['x-lockstep-delivery']).toBe(got[1].headers['x-lockstep-delivery']);
  expect(got[0].headers['x-hub-signature-256']).toBeUndefined();
  expect(warnings(r).filter((w) => w.includes('notification'))).toEqual([]);
});

test('a dead receiver: four attempts, the promotion stays green, one warning naming the host', async () => {
  answers = [503, 503, 503, 503];
  const url = await startReceiver();
  const ws = await setUp();
  const r = await promote(ws, { from: 'staging', to: 'prod', 'notify-webhook': url });
  expect(r.code).toBe(0);
  expect(r.outputs['pr-number']).toBe('1');
  expect(got).toHaveLength(4);
  const host = new URL(url).host;
  expect(warnings(r)).toEqual([
    expect.stringMatching(
      new RegExp(`^notification opened [0-9a-f]{32} not delivered to ${host.replace(/\./g, '\\.')} after 4 attempts: answered HTTP 503$`),
    ),
  ]);
});

test('held by the fan-in gate: a held event naming the hold, in Slack’s { text } form; the promotion exits 1 as held', async () => {
  answers = [];
  const url = await startReceiver();
  const ws = await setUp({
    ...FILES,
    '.github/lockstep.yml': CONFIG.replace(
      '  - { name: prod, values: envs/prod.yaml }',
      '  - { name: canary, values: envs/canary.yaml }\n  - { name: prod, values: envs/prod.yaml, after: [staging, canary] }',
    ),
    'envs/canary.yaml': environmentValues('canary', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  });
  const r = await promote(ws, { from: 'staging', to: 'prod', 'notify-webhook': url, 'notify-format': 'slack' });
  expect(r.code).toBe(1);
  expect(got).toHaveLength(1);
  const body = JSON.parse(got[0].body);
  expect(Object.keys(body)).toEqual(['text']);
  const hold = `Held by fan-in: prod is promoted only from pins its after: environments run: canary lacks api ${d('a')} (it runs ${d('c')}).`;
  expect(body.text).toBe(`acme/monorepo: promotion held into prod from staging (api 1.7.3@${d('c')} → 1.8.0@${d('a')}): ${hold}`);
  expect(JSON.parse(r.outputs.events)).toEqual([expect.objectContaining({ event: 'held', environment: 'prod', holds: [hold] })]);
});

test('a webhook over plain http to another host is refused before anything runs, naming the input', async () => {
  answers = [];
  const ws = await setUp();
  const r = await promote(ws, { from: 'staging', to: 'prod', 'notify-webhook': 'http://hooks.example.com/x' });
  expect(r.code).toBe(1);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    expect.stringContaining(
      "input 'notify-webhook' is http://hooks.example.com: a webhook is sent over https (plain http only to this machine)",
    ),
  ]);
  expect(double.log.filter((x) => x.method !== 'GET')).toEqual([]);
});

test('the CLI (lockstep promote --push --json): the secret from LOCKSTEP_NOTIFY_SECRET, the events in the document', async () => {
  answers = [];
  const url = await startReceiver();
  const ws = await setUp();
  const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--push', '--json', '--notify-webhook', url], {
    cwd: ws,
    env: { ...double.env(), ...GIT_ENV, GITHUB_TOKEN: double.token, GITHUB_REPOSITORY: REPO, LOCKSTEP_NOTIFY_SECRET: SECRET },
    timeoutMs: 90000,
  });
  expect(r.stderr).not.toContain(SECRET);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.events).toEqual([
    expect.objectContaining({
      event: 'opened',
      environment: 'prod',
      delivery: { host: new URL(url).host, delivered: true, attempts: 1, status: 200 },
    }),
  ]);
  expect(got[0].headers['x-hub-signature-256']).toBe(signature(got[0].body));
});

test('landed: once the promotion pull request is merged, the next run posts its landing (then its own outcome); a rollback posts rolled-back', async () => {
  answers = [];
  const url = await startReceiver();
  const ws = await setUp();
  const opened = await promote(ws, { from: 'staging', to: 'prod', 'notify-webhook': url });
  expect(opened.code).toBe(0);
  const res = await fetch(`${double.url}/repos/${REPO}/pulls/1/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${double.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' }),
  });
  expect(res.status).toBe(200);
  execFileSync('git', ['pull', '--quiet', '--ff-only', 'origin', 'main'], { cwd: ws });
  // The run on the merge's push: prod runs what staging runs, so this run's own outcome is nothing (no event).
  const next = await promote(ws, { from: 'staging', to: 'prod', 'notify-webhook': url });
  expect(next.code).toBe(0);
  expect(got.map((g) => JSON.parse(g.body)).map((e) => [e.event, e.environment, e.pull?.number])).toEqual([
    ['opened', 'prod', 1],
    ['landed', 'prod', 1],
  ]);
  // Back to what prod ran before the merge: a rollback pull request, its event rolled-back.
  const before = execFileSync('git', ['--git-dir', fixture.origin, 'rev-parse', 'main~1'], { encoding: 'utf8' }).trim();
  const rollback = await promote(ws, { from: `ref:${before}`, to: 'prod', 'notify-webhook': url });
  expect(rollback.code).toBe(0);
  expect(JSON.parse(got[got.length - 1].body)).toMatchObject({
    event: 'rolled-back',
    environment: 'prod',
    changes: [{ service: 'api', from: `1.8.0@${d('a')}`, to: `1.7.3@${d('c')}` }],
  });
});

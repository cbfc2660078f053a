import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// End-to-end, issue 19 item 4: the committed promote-env bundle with
// record: deployments on a push to main records each landed promotion as a
// GitHub Deployment (the double checks every request and answer against
// GitHub's OpenAPI description): one per environment and landed commit, found
// again on a rerun and after a lost 502, the previous one set inactive.

const REPO = 'acme/monorepo';
const CREATE = 'POST /repos/{owner}/{repo}/deployments';
const STATUS = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
  'environments:',
  '  - { name: dev, values: charts/myapp/values-dev.yaml, preview: true }',
  '  - { name: staging, values: charts/myapp/values-staging.yaml, url: "https://staging.acme.example/" }',
  '  - { name: prod, values: charts/myapp/values-prod.yaml }',
  '',
].join('\n');

const FILES = () => ({
  '.github/lockstep.yml': CONFIG,
  'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.7.3', d('c')], ['0.9.0', d('e')]),
});

let fixture: GitFixture;
let double: GitHubDouble;
let ws: string;

beforeEach(async () => {
  fixture = GitFixture.create(FILES());
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
});

afterEach(async () => {
  expect(double.violations).toEqual([]);
  await double.stop();
  fixture.cleanup();
});

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();

function promote(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, ...inputs },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });
}

/** record: deployments as a workflow on push to main runs it: the pushed commit in GITHUB_SHA. */
function record(sha: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('promote-env', {
    workspace: ws,
    eventName: 'push',
    inputs: { 'github-token': double.token, record: 'deployments', ...inputs },
    env: { ...double.env(), HOME: ws, GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main' },
    timeoutMs: 90000,
  });
}

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(double.violations).toEqual([]);
}

/** Merges pull request `n` through the double's REST API, as a person pressing the button; the merge commit. */
async function merge(n: number): Promise<string> {
  const res = await fetch(`${double.url}/repos/${REPO}/pulls/${n}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${double.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' }),
  });
  const body = (await res.json()) as { sha: string };
  expect(res.status).toBe(200);
  return body.sha;
}

/** dev → staging opened and merged: the merge commit on main. */
async function landStaging(digests: Record<string, [string, string]>): Promise<string> {
  fixture.checkout('main');
  fixture.git('pull', '--quiet', 'origin', 'main');
  fixture.commit('dev moves', { 'charts/myapp/values-dev.yaml': environmentValues('dev', digests.api, digests.worker) });
  fixture.git('push', '--quiet', 'origin', 'main');
  const opened = await promote({ from: 'dev', to: 'staging' });
  expectOk(opened);
  return merge(Number(opened.outputs['pr-number']));
}

test('a merged promotion becomes one deployment of staging with its pins and URL; a rerun adds nothing; the next landing sets it inactive', async () => {
  const first = await landStaging({ api: ['1.9.0', d('1')], worker: ['0.9.1', d('b')] });
  const r = await record(first);
  expectOk(r);
  const [deployment] = double.deployments(REPO);
  expect(double.deployments(REPO)).toHaveLength(1);
  expect(deployment).toMatchObject({
    sha: first,
    ref: first,
    environment: 'staging',
    transient: false,
    production: false,
    payload: { lockstep: 'promote-env', services: { api: { tag: '1.9.0', digest: d('1') }, worker: { tag: '0.9.1', digest: d('b') } } },
    description: 'lockstep promote-env: api 1.9.0, worker 0.9.1',
  });
  expect(deployment.statuses.map((s) => [s.state, s.environmentUrl])).toEqual([['success', 'https://staging.acme.example/']]);
  expect(JSON.parse(r.outputs.deployments)).toEqual([{ environment: 'staging', id: deployment.id, sha: first, outcome: 'created' }]);
  expect(r.outputs.changed).toBe('true');
  expect(r.stdout).toContain(
    `staging: deployment ${deployment.id} of ${first.slice(0, 12)} created, marked success (https://staging.acme.example/)`,
  );
  expect(r.summary).toContain(`| staging | ${deployment.id} | created | api 1.9.0, worker 0.9.1 | https://staging.acme.example/ |`);

  // The same push run again: found by sha and environment, nothing written.
  const writes = double.log.filter((l) => l.method === 'POST').length;
  const again = await record(first);
  expectOk(again);
  expect(double.log.filter((l) => l.method === 'POST').length).toBe(writes);
  expect(double.deployments(REPO)).toHaveLength(1);
  expect(JSON.parse(again.outputs.deployments)).toEqual([{ environment: 'staging', id: deployment.id, sha: first, outcome: 'existing' }]);
  expect(again.outputs.changed).toBe('false');
  expect(again.stdout).toContain(`staging: deployment ${deployment.id} of ${first.slice(0, 12)} already recorded, already success`);

  // The next promotion lands: a second deployment, the first marked inactive.
  const second = await landStaging({ api: ['2.0.0', d('2')], worker: ['0.9.1', d('b')] });
  expectOk(await record(second));
  const [old, latest] = double.deployments(REPO);
  expect(latest).toMatchObject({ sha: second, environment: 'staging' });
  expect(latest.statuses.map((s) => s.state)).toEqual(['success']);
  expect(old.statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
});

test('a 502 after the create landed: the deployment is looked up, never made twice; a 502 on the status is looked up too', async () => {
  const sha = await landStaging({ api: ['1.9.0', d('1')], worker: ['0.9.1', d('b')] });
  const lost = double.fault({ route: CREATE, kind: '502-after' });
  const lostStatus = double.fault({ route: STATUS, kind: '502-after' });
  const r = await record(sha);
  expectOk(r);
  expect(lost.hits).toBe(1);
  expect(lostStatus.hits).toBe(1);
  expect(double.count(CREATE)).toBe(1);
  expect(double.deployments(REPO)).toHaveLength(1);
  expect(double.deployments(REPO)[0].statuses.map((s) => s.state)).toEqual(['success']);
  expect(JSON.parse(r.outputs.deployments)).toMatchObject([{ environment: 'staging', outcome: 'created' }]);
});

test('a direct push into a preview environment is a transient deployment; a commit that is not a promotion records nothing', async () => {
  const direct = await promote({ to: 'dev', version: '2.1.0', push: 'direct', services: 'api' });
  expectOk(direct);
  const sha = origin('rev-parse', 'main');
  expectOk(await record(sha));
  expect(double.deployments(REPO).map((x) => [x.environment, x.sha, x.transient])).toEqual([['dev', sha, true]]);

  fixture.checkout('main');
  fixture.git('pull', '--quiet', 'origin', 'main');
  fixture.commit('a person edits staging', {
    'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.4', d('9')], ['0.9.1', d('b')]),
  });
  fixture.git('push', '--quiet', 'origin', 'main');
  const plain = origin('rev-parse', 'main');
  const r = await record(plain);
  expectOk(r);
  expect(double.deployments(REPO)).toHaveLength(1);
  expect(r.outputs.changed).toBe('false');
  expect(r.stdout).toContain(
    `${plain.slice(0, 12)} is not a landed promotion (the trailer block of its message does not carry Lockstep-Generated: promote-env); nothing recorded.`,
  );
});

test('a squash whose body holds the promote-env trailer mid-message, or whose trailer block names another environment than it changed, records nothing', async () => {
  fixture.checkout('main');
  // A person's squash merge into prod's values file, the description quoting a promotion: the trailer is not its last paragraph.
  const quoted = fixture.commit(
    [
      'chore(prod): bump api by hand (#31)',
      '',
      'As the last promotion did:',
      '',
      'Lockstep-Environment: prod',
      'Lockstep-Generated: promote-env',
      '',
      'Reviewed on the call.',
    ].join('\n'),
    { 'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.7.4', d('9')], ['0.9.0', d('e')]) },
  );
  fixture.git('push', '--quiet', 'origin', 'main');
  const r = await record(quoted);
  expectOk(r);
  expect(double.deployments(REPO)).toEqual([]);
  expect(r.stdout).toContain(
    `${quoted.slice(0, 12)} is not a landed promotion (the trailer block of its message does not carry Lockstep-Generated: promote-env); nothing recorded.`,
  );
  // A trailer block at the end naming prod, on a commit that changed staging's values file only.
  const elsewhere = fixture.commit(
    ['chore(staging): bump api (#32)', '', 'Lockstep-Environment: prod', 'Lockstep-Generated: promote-env'].join('\n'),
    { 'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.4', d('9')], ['0.9.1', d('b')]) },
  );
  fixture.git('push', '--quiet', 'origin', 'main');
  const s = await record(elsewhere);
  expectOk(s);
  expect(s.stdout).toContain(`${elsewhere.slice(0, 12)} changed no file of prod, the environment its trailers name; nothing recorded.`);
  expect(double.deployments(REPO)).toEqual([]);
  expect([r.outputs.changed, s.outputs.changed]).toEqual(['false', 'false']);
});

test('record: an unknown value is refused naming the input, before anything is read', async () => {
  const r = await runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, record: 'releases' },
    env: { ...double.env(), HOME: ws },
  });
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("::error title=lockstep::input 'record' is 'releases' — use deployments, or leave it empty to promote");
  expect(double.log).toEqual([]);
});

test('an environment url that is not an http(s) address is an error in words at its config line', async () => {
  fixture.commit('a url without its scheme', {
    '.github/lockstep.yml': CONFIG.replace('url: "https://staging.acme.example/"', 'url: "staging.acme.example"'),
  });
  fixture.push('main');
  ws = fixture.clone('main');
  const r = await promote({ from: 'dev', to: 'staging' });
  expect(r.code).toBe(1);
  expect(r.annotations).toEqual([
    expect.objectContaining({
      level: 'error',
      file: '.github/lockstep.yml',
      line: 6,
      message:
        '.github/lockstep.yml:6: environment staging: url "staging.acme.example" is not an http:// or https:// address — write the address the environment is reached at, e.g. https://staging.example.com, without spaces',
    }),
  ]);
  expect(r.stdout).not.toContain('must match pattern');
});

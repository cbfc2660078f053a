import { GitFixture } from '../harness/git-fixture.ts';
import { digest as d, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// End-to-end, issue 19 item 3: waves through the committed promote-env
// bundle and the GitHub double. `to: prod` names the config's waves
// [prod-eu, prod-us]: only prod-eu's pull request opens first; prod-us's opens
// once prod-eu's is merged and e2e is green on the merge commit; a red e2e
// there stops prod-us and the summary says where. Each run advances as far as
// it may; a rerun with nothing new writes nothing.

const REPO = 'acme/monorepo';
const PULLS = 'POST /repos/{owner}/{repo}/pulls';

const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
  'environments:',
  '  - { name: staging, values: charts/myapp/values-staging.yaml }',
  '  - { name: prod-eu, values: charts/myapp/values-prod-eu.yaml }',
  '  - { name: prod-us, values: charts/myapp/values-prod-us.yaml }',
  'waves:',
  '  prod: [prod-eu, prod-us]',
  '',
].join('\n');

const FILES = () => ({
  '.github/lockstep.yml': CONFIG,
  'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'charts/myapp/values-prod-eu.yaml': environmentValues('prod-eu', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  'charts/myapp/values-prod-us.yaml': environmentValues('prod-us', ['1.7.3', d('c')], ['0.9.1', d('b')]),
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

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('promote-env', {
    workspace: ws,
    eventName: 'push',
    inputs: { 'github-token': double.token, from: 'staging', to: 'prod', 'require-checks': 'e2e', ...inputs },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });
}

async function merge(n: number): Promise<string> {
  const res = await fetch(`${double.url}/repos/${REPO}/pulls/${n}/merge`, {
    method: 'PUT',
    headers: { authorization: `token ${double.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: JSON.stringify({ merge_method: 'merge' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { sha: string }).sha;
}

test('waves: prod-eu first; prod-us after prod-eu is merged and green on its merge commit; red there stops prod-us and says where', async () => {
  double.setCheckRuns(REPO, 'main', [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);

  // 1. Only prod-eu's pull request exists.
  const first = await run();
  if (first.code !== 0) throw new Error(first.stdout);
  expect(double.pulls(REPO).map((p) => [p.head, p.title])).toEqual([['promote/prod-eu', 'promote: staging → prod-eu (api)']]);
  expect(first.outputs['pr-number']).toBe('1');
  expect(first.stdout).toContain("wave prod-us: held — waits for prod-eu's pull request #1 to be merged");
  expect(first.summary).toContain("| prod-us | held | waits for prod-eu's pull request #1 to be merged |");

  // A rerun before the merge: nothing new.
  const creates = double.count(PULLS);
  const again = await run();
  expect(again.code).toBe(0);
  expect(double.count(PULLS)).toBe(creates);
  expect(double.pulls(REPO)).toHaveLength(1);

  // 2. Merged, but e2e is red on the merge commit: prod-us is not promoted, and the summary says why.
  const mergeSha = await merge(1);
  double.setCheckRuns(REPO, mergeSha, [{ name: 'e2e', status: 'completed', conclusion: 'failure' }]);
  const red = await run();
  expect(red.code).toBe(1);
  expect(double.pulls(REPO)).toHaveLength(1);
  const where = `e2e is failure on prod-eu's merge commit ${mergeSha.slice(0, 12)}`;
  expect(red.stdout).toContain(
    `::error title=lockstep::wave prod-us stopped: ${where} — fix prod-eu first (or roll it back); the next run promotes prod-us once the checks are green there`,
  );
  expect(red.summary).toContain(`Stopped: wave prod-us stopped: ${where}.`);
  expect(red.summary).toContain(`| prod-us | stopped | not promoted: ${where} |`);
  expect(red.summary).toContain('| prod-eu | landed | pins what staging has |');

  // Pending there: waits, opens nothing, does not fail.
  double.setCheckRuns(REPO, mergeSha, [{ name: 'e2e', status: 'in_progress' }]);
  const pending = await run();
  expect(pending.code).toBe(0);
  expect(double.pulls(REPO)).toHaveLength(1);
  expect(pending.stdout).toContain(`wave prod-us: waiting — waits for e2e is pending on prod-eu's merge commit ${mergeSha.slice(0, 12)}`);

  // 3. Green on the merge commit: prod-us's pull request opens, from prod-eu.
  double.setCheckRuns(REPO, mergeSha, [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
  const green = await run();
  if (green.code !== 0) throw new Error(green.stdout);
  const pulls = double.pulls(REPO);
  expect(pulls.map((p) => [p.number, p.head, p.state, p.title])).toEqual([
    [1, 'promote/prod-eu', 'closed', 'promote: staging → prod-eu (api)'],
    [2, 'promote/prod-us', 'open', 'promote: prod-eu → prod-us (api)'],
  ]);
  expect(green.outputs['pr-number']).toBe('2');
  expect(green.summary).toContain('| prod-us | opened |');

  // And a rerun changes nothing.
  const count = double.count(PULLS);
  const last = await run();
  expect(last.code).toBe(0);
  expect(double.count(PULLS)).toBe(count);
  expect(double.pulls(REPO)).toHaveLength(2);
});

test('to as a list names the waves too; an unknown wave is refused before anything is written', async () => {
  const bad = await run({ to: 'prod-eu, prod-mars' });
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain("input 'to' is 'prod-mars', an unknown environment");
  expect(double.log.filter((l) => l.method !== 'GET')).toEqual([]);

  double.setCheckRuns(REPO, 'main', [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
  const r = await run({ to: 'prod-eu, prod-us' });
  if (r.code !== 0) throw new Error(r.stdout);
  expect(double.pulls(REPO).map((p) => p.head)).toEqual(['promote/prod-eu']);
});

test('a wave naming an unknown environment is an error at its line of .github/lockstep.yml, not on the input to', async () => {
  fixture.commit('a typo in a wave', {
    '.github/lockstep.yml': CONFIG.replace('  prod: [prod-eu, prod-us]', '  prod:\n    - prod-eu\n    - prod-usa'),
  });
  fixture.push('main');
  ws = fixture.clone('main');
  const r = await run();
  expect(r.code).toBe(1);
  expect(r.annotations).toEqual([
    expect.objectContaining({
      level: 'error',
      file: '.github/lockstep.yml',
      line: 11,
      message:
        ".github/lockstep.yml:11: wave 'prod' names 'prod-usa', which is not an environment (did you mean prod-us?) — list environments of the config in waves.prod; environments, in order: staging, prod-eu, prod-us",
    }),
  ]);
  expect(r.stdout).not.toContain("input 'to'");
  expect(double.log.filter((l) => l.method !== 'GET')).toEqual([]);
});

test('push: direct with no require-checks: both waves land in one run, prod-us planned on the base prod-eu just moved', async () => {
  const r = await run({ 'require-checks': '', push: 'direct' });
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const show = (path: string) => fixture.git('--git-dir', fixture.origin, 'show', `main:${path}`);
  // prod-us is promoted from prod-eu, which this run's first wave had just pushed: staging's api 1.8.0 reaches both.
  expect(show('charts/myapp/values-prod-eu.yaml')).toBe(environmentValues('prod-eu', ['1.8.0', d('a')], ['0.9.1', d('b')]).trimEnd());
  expect(show('charts/myapp/values-prod-us.yaml')).toBe(environmentValues('prod-us', ['1.8.0', d('a')], ['0.9.1', d('b')]).trimEnd());
  expect(fixture.git('--git-dir', fixture.origin, 'rev-list', '--count', 'main')).toBe('3');
});

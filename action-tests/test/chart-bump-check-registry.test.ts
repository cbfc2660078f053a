import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { buildImage, LocalRegistry } from '../harness/registry.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// Issue 20 item 3, end to end: with `chart-registry:` in the config, chart-bump-check asks the chart's
// OCI repository (anonymously, read-only) whether the pull request's new version is already there.

const chart = (name: string, version: string) => `apiVersion: v2\nname: ${name}\nversion: ${version}\n`;
let reg: LocalRegistry;
const newRepo = fixturesRemovedAfterAll();

beforeAll(async () => {
  reg = await LocalRegistry.start();
  // 1.4.3 was published from another branch (a hotfix) and never reached main.
  await reg.push('charts/myapp', '1.4.3', buildImage('myapp-1.4.3'));
}, 60000);
afterAll(async () => reg?.stop());

function pullRequest(version: string) {
  const repo = newRepo({
    '.github/lockstep.yml': `chart-registry: oci://${reg.host}/charts\n`,
    'charts/myapp/Chart.yaml': chart('myapp', '1.4.2'),
    'charts/myapp/values.yaml': 'replicas: 1\n',
  } satisfies Files);
  const fork = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: more replicas', {
    'charts/myapp/Chart.yaml': chart('myapp', version),
    'charts/myapp/values.yaml': 'replicas: 2\n',
  });
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { dir: repo.dir, event: { pull_request: { number: 7, base: { sha: fork, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const check = (pr: ReturnType<typeof pullRequest>): Promise<ActionRun> =>
  runAction('chart-bump-check', { workspace: pr.dir, eventName: 'pull_request', event: pr.event, env: { HOME: pr.dir } });

test('a version tag that exists in the chart registry is taken: the pull request must bump past it', async () => {
  const run = await check(pullRequest('1.4.3'));
  expect(run.code).toBe(1);
  expect(run.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
    [
      'charts/myapp/Chart.yaml',
      3,
      `charts/myapp/Chart.yaml:3: version 1.4.3 is already published at ${reg.host}/charts/myapp:1.4.3 — a published version never changes: needs 1.4.4 or higher`,
    ],
  ]);
});

test('a version the registry does not hold passes', async () => {
  const run = await check(pullRequest('1.4.4'));
  expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  expect(run.code).toBe(0);
});

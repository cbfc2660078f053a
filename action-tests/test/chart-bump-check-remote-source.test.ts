import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { fluxRepo } from '../harness/flux-chart-fixture.ts';
import { startServer, type LoopbackServer } from '../harness/loopback.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// Issue 73, item 6, through the committed chart-bump-check and CLI bundles: a pull request cannot make the check
// contact what the base commit does not name. An attacker points the HelmRepository of a Flux release at a service
// of the runner (http://127.0.0.1:…) to have its answer described in the public summary: the service is never
// asked, and protected production fails closed at the line that writes the new URL. Plain http at all is read only
// behind LOCKSTEP_TEST_LOOPBACK_HTTP, which the harness sets and a test of the refusal unsets.

const TOOLS = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
const newRepo = fixturesRemovedAfterAll();

let victim: LoopbackServer;
beforeAll(async () => {
  victim = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('apiVersion: v1\nentries: {}\n# internal admin console: token=s3cr3t\n');
  });
});
afterAll(async () => {
  await victim.stop();
});
beforeEach(() => (victim.requests.length = 0));

/** fluxRepo with chart myapp only in the classic repository at `url` (line 8 of apps/base/myapp/repository.yaml). */
function remoteRepo(url: string): Files {
  const files = fluxRepo({ source: 'helm' }) as Record<string, string>;
  for (const p of Object.keys(files)) if (p.startsWith('charts/')) delete files[p];
  files['.github/lockstep.yml'] = files['.github/lockstep.yml'].replace('charts: [charts/*]\n', '');
  files['apps/base/myapp/repository.yaml'] =
    `apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: acme\n  namespace: flux-apps\nspec:\n  interval: 5m\n  url: ${url}\n`;
  return files;
}

function pullRequest(files: Files, changes: Files) {
  const repo = newRepo(files);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('chore: mirror the chart repository', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 9, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const check = (pr: ReturnType<typeof pullRequest>, env: Record<string, string | undefined> = {}): Promise<ActionRun> =>
  runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, env: { PATH: TOOLS, ...env } });

const said = (run: ActionRun, level: 'error' | 'warning') =>
  run.annotations.filter((a) => a.level === level).map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

const REFUSAL = (url: string) =>
  `production, a protected environment cannot be judged at the head: chart myapp 1.4.2 comes from ${url}, which the base commit does not name: the pull request check contacts only the repositories and registries the base names, so it is not pulled — add the new source in a pull request of its own that no release uses yet (a HelmRepository or OCIRepository beside the release); once it is merged, point the release at it`;

test("a PR pointing the HelmRepository at a service of the runner: it is never asked; production fails closed at the url's line, staging is a warning", async () => {
  const base = remoteRepo('https://charts.example.com/acme');
  const pr = pullRequest(base, {
    'apps/base/myapp/repository.yaml': String(base['apps/base/myapp/repository.yaml']).replace(
      'https://charts.example.com/acme',
      victim.url,
    ),
  });
  const run = await check(pr);
  expect(victim.requests).toEqual([]);
  expect(run.code).toBe(1);
  expect(said(run, 'error')).toEqual([`apps/base/myapp/repository.yaml:8: ${REFUSAL(victim.url)}`]);
  expect(said(run, 'warning')).toEqual([
    expect.stringMatching(
      /^apps\/base\/myapp\/repository\.yaml:8: staging cannot be judged at the head: chart myapp 1\.4\.2 comes from http:\/\/127\.0\.0\.1:\d+, which the base commit does not name/,
    ),
  ]);
  expect(run.summary).not.toContain('admin console');
  expect(execFileSync('git', ['-C', pr.repo.dir, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');

  const cli = await runCli(['check', '--base', 'main', '--head', 'pr'], { cwd: pr.repo.dir, env: { PATH: TOOLS } });
  expect(victim.requests).toEqual([]);
  expect(cli.code).toBe(1);
  expect(cli.stderr).toContain(`apps/base/myapp/repository.yaml:8: ${REFUSAL(victim.url)}`);
});

test('a base that names a loopback repository: without the test switch, plain http is refused before anything is sent', async () => {
  const base = remoteRepo(`${victim.url}/charts`);
  const pr = pullRequest(base, {
    'apps/production/myapp-values.yaml': String(base['apps/production/myapp-values.yaml']).replace(
      '  values:\n',
      '  values:\n    replicas: 2\n',
    ),
  });
  const run = await check(pr, { LOCKSTEP_TEST_LOOPBACK_HTTP: undefined });
  expect(victim.requests).toEqual([]);
  expect(run.code).toBe(1);
  expect(said(run, 'error')).toEqual([
    expect.stringContaining(
      `production, a protected environment cannot be judged at the head: chart myapp 1.4.2 could not be pulled from ${victim.host}: refusing http://${victim.host}: the pull request check reads charts over https only (plain http to this machine is for lockstep's own tests)`,
    ),
  ]);
});

test('an index.yaml past 4 MiB is not parsed: production fails closed saying which repository and the cap', async () => {
  // Issue 73, item 13: a 15 MiB index took 11 s and 660 MiB; the read stops at 4 MiB and the refusal says so.
  const big = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/x-yaml' });
    res.end(`apiVersion: v1\nentries: {}\n${'#'.repeat(80)}\n`.repeat(70_000));
  });
  try {
    const base = remoteRepo(`${big.url}/charts`);
    const pr = pullRequest(base, {
      'apps/production/myapp-values.yaml': String(base['apps/production/myapp-values.yaml']).replace(
        '  values:\n',
        '  values:\n    replicas: 2\n',
      ),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      expect.stringContaining(
        `production, a protected environment cannot be judged at the head: chart myapp 1.4.2 could not be pulled from ${big.host}: index.yaml of ${big.url}/charts is larger than 4 MiB, the most lockstep reads of a Helm repository index (it is parsed whole, not streamed)`,
      ),
    ]);
  } finally {
    await big.stop();
  }
});

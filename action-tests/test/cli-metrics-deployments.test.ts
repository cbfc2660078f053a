import { execFileSync } from 'node:child_process';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.ts';
import { digest, environmentValues } from '../harness/promote-fixture.ts';
import { runCli } from '../harness/run-cli.ts';

// `lockstep metrics` with GitHub Deployments (issue 43): the committed CLI
// bundle against the GitHub double, on a history with fixed committer dates
// and deployments created at known times on the double's clock. A landing
// whose deployment succeeded is timed by its first success status; one whose
// deployment failed is a failed landing (rule deployment-failure) that
// reaches nothing; one without a deployment keeps its commit's time. Every
// expected figure is worked out by hand from the dates below.

const REPO = 'acme/app';
const CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
  'environments:',
  '  - { name: dev, values: charts/myapp/values-dev.yaml }',
  '  - { name: prod, values: charts/myapp/values-prod.yaml }',
  '',
].join('\n');

/** `2026-10-DD HH:MM UTC`. */
const utc = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 9, day, hour, minute));
const gitDate = (day: number, hour: number) => `${utc(day, hour).getTime() / 1000} +0000`;

let fx: GitFixture;
let gh: GitHubDouble;
let clock = utc(1, 0);
const shas: Record<string, string> = {};

const git = (when: string, args: string[]) =>
  execFileSync('git', args, {
    cwd: fx.dir,
    env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
    encoding: 'utf8',
  }).trim();
const commit = (when: string, message: string, files: Record<string, string> = {}) => {
  fx.write(files);
  git(when, ['add', '-A']);
  git(when, ['commit', '--quiet', '--allow-empty', '-m', message]);
  return git(when, ['rev-parse', 'HEAD']);
};
const prod = (api: string, worker: string) => ({
  'charts/myapp/values-prod.yaml': environmentValues('prod', [api, digest(api.slice(-1))], [worker, digest('f')]),
});
const promotion = (pins: [string, string][]) =>
  [
    `promote: dev → prod (${pins.map(([s]) => s).join(', ')})`,
    '',
    'Lockstep-Environment: prod',
    'Lockstep-From: dev',
    ...pins.map(([s, v]) => `Lockstep-Service: ${s} ${v} ${digest('0')}`),
    'Lockstep-Generated: promote-env',
  ].join('\n');
const release = (when: string, version: string) => {
  const sha = commit(when, `chore(release): ${version}\n\nLockstep-Release: v${version}\nLockstep-Generated: prepare-release`, {
    '.version': `${version}\n`,
  });
  git(when, ['tag', `v${version}`]);
  return sha;
};

/** A request to the double as a client would send it, at the double's clock time `at`. */
async function api(at: Date, method: string, path: string, body: unknown): Promise<{ id: number }> {
  clock = at;
  const r = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json', accept: 'application/vnd.github+json' },
    body: JSON.stringify(body),
  });
  if (r.status !== 201) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as { id: number };
}
const deploy = (at: Date, sha: string, environment: string) =>
  api(at, 'POST', `/repos/${REPO}/deployments`, { ref: sha, environment, required_contexts: [], auto_merge: false });
const status = (at: Date, id: number, state: string) =>
  api(at, 'POST', `/repos/${REPO}/deployments/${id}/statuses`, { state, auto_inactive: false });

beforeAll(async () => {
  fx = GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    '.version': '1.0.0\n',
    'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.0.0', digest('0')], ['1.0.0', digest('f')]),
    ...prod('1.0.0', '1.0.0'),
  });
  shas.C1 = commit(gitDate(2, 10), 'feat(api): export', { 'services/api/a.py': 'a\n' });
  shas.R1 = release(gitDate(2, 12), '1.1.0');
  shas.L1 = commit(gitDate(3, 9), promotion([['api', '1.1.0']]), prod('1.1.0', '1.0.0'));
  shas.C2 = commit(gitDate(4, 10), 'feat(api): search', { 'services/api/b.py': 'b\n' });
  shas.R2 = release(gitDate(4, 11), '1.2.0');
  shas.L2 = commit(gitDate(5, 9), promotion([['api', '1.2.0']]), prod('1.2.0', '1.0.0'));
  // L3 promotes the same version again (a new digest): the retry after L2's deployment failed.
  shas.L3 = commit(gitDate(5, 12), promotion([['api', '1.2.0']]), {
    'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.2.0', digest('3')], ['1.0.0', digest('f')]),
  });
  // L4: no deployment was recorded for it (record: deployments did not run).
  shas.L4 = commit(gitDate(6, 10), promotion([['worker', '1.2.0']]), {
    'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.2.0', digest('3')], ['1.2.0', digest('f')]),
  });
  fx.git('push', '--quiet', '--tags', 'origin', 'main');

  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }], now: () => clock });
  // Before the window (09-30 12:00): a deployment of the initial commit, a landing in prod whose statuses are never asked.
  await deploy(new Date(Date.UTC(2026, 8, 30, 12)), fx.git('rev-list', '--max-parents=0', 'HEAD'), 'prod');
  const d1 = await deploy(utc(3, 9, 5), shas.L1, 'prod');
  await status(utc(3, 9, 5), d1.id, 'in_progress');
  await status(utc(3, 9, 30), d1.id, 'success');
  // 120 deployments of a release commit (not a landing) between D1 and the rest: D1 is on the list's second page.
  for (let k = 0; k < 120; k++) await deploy(utc(4, 12, k % 60), shas.R2, 'prod');
  // A deployment of L2's commit into dev, where L2 did not land: not prod's.
  const other = await deploy(utc(5, 9, 1), shas.L2, 'dev');
  await status(utc(5, 9, 1), other.id, 'success');
  const d2 = await deploy(utc(5, 9, 2), shas.L2, 'prod');
  await status(utc(5, 9, 20), d2.id, 'failure');
  const d3 = await deploy(utc(5, 12, 1), shas.L3, 'prod');
  await status(utc(5, 12, 30), d3.id, 'success');
  // record: deployments marks the one it replaced inactive: D1 keeps its success time.
  await status(utc(5, 12, 30), d1.id, 'inactive');
  shas.D1 = String(d1.id);
  shas.D2 = String(d2.id);
  shas.D3 = String(d3.id);
  clock = utc(20, 0);
}, 120_000);
afterAll(async () => {
  await gh?.stop();
  fx?.cleanup();
});

const WINDOW = ['--from', '2026-10-01', '--to', '2026-10-10', '--env', 'prod'];
const withToken = () => ({ ...GIT_ENV, ...gh.env(), GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: REPO });

interface Out {
  deployments: { read: boolean; reason: string | null };
  notes: string[];
  environments: {
    name: string;
    promotions: { commit: string; landed: string; source: string; deployment: { id: number; state: string } | null }[];
    'deployment-frequency': { 'per-day': number; 'per-week': number };
    'lead-time': { 'median-seconds': number; 'p90-seconds': number; changes: { commit: string; 'landed-by': string; seconds: number }[] };
    'change-failure-rate': { rate: number; failed: Record<string, unknown>[] };
    'recovery-time': { 'median-seconds': number };
    'rework-rate': { rate: number; promotions: string[] };
  }[];
}

/** prod's figures from git alone: L1 10-03 09:00, L2 10-05 09:00, L3 10-05 12:00, L4 10-06 10:00. */
function expectGitOnly(out: Out) {
  const [p] = out.environments;
  expect(p.promotions.map((l) => [l.commit, l.landed, l.source, l.deployment])).toEqual([
    [shas.L1, '2026-10-03T09:00:00Z', 'git', null],
    [shas.L2, '2026-10-05T09:00:00Z', 'git', null],
    [shas.L3, '2026-10-05T12:00:00Z', 'git', null],
    [shas.L4, '2026-10-06T10:00:00Z', 'git', null],
  ]);
  // C1 10-02 10:00 → L1 10-03 09:00 = 23 h; C2 10-04 10:00 → L2 10-05 09:00 = 23 h.
  expect(p['lead-time'].changes.map((c) => [c.commit, c['landed-by'], c.seconds])).toEqual([
    [shas.C1, shas.L1, 82800],
    [shas.C2, shas.L2, 82800],
  ]);
  expect(p['change-failure-rate']).toEqual({ rate: 0, failed: [] });
}

describe('lockstep metrics with GitHub Deployments', () => {
  test('a token: each landing timed by its deployment where one succeeded, a failed deployment a failed landing', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--json', '--changes'], { cwd: fx.dir, env: withToken() });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as Out;
    expect(out.deployments).toEqual({ read: true, reason: null });
    const [p] = out.environments;
    // L1: D1's success at 09:30 (its later inactive status does not undo it); L2: D2 failed, the commit's time;
    // L3: D3's success at 12:30; L4: no deployment, the commit's time.
    expect(p.promotions.map((l) => [l.commit, l.landed, l.source, l.deployment])).toEqual([
      [shas.L1, '2026-10-03T09:30:00Z', 'deployment', { id: Number(shas.D1), state: 'success' }],
      [shas.L2, '2026-10-05T09:00:00Z', 'git', { id: Number(shas.D2), state: 'failure' }],
      [shas.L3, '2026-10-05T12:30:00Z', 'deployment', { id: Number(shas.D3), state: 'success' }],
      [shas.L4, '2026-10-06T10:00:00Z', 'git', null],
    ]);
    // Window [10-01, 10-11): 10 days; 4 landings = 0.4 a day, 2.8 a week.
    expect(p['deployment-frequency']['per-day']).toBe(0.4);
    expect(p['deployment-frequency']['per-week']).toBeCloseTo(2.8, 12);
    // C1 10-02 10:00 → L1's success 10-03 09:30 = 23.5 h = 84600 s. L2 never deployed, so it reaches nothing:
    // C2 10-04 10:00 reaches prod with L3's success 10-05 12:30 = 26.5 h = 95400 s. Median 90000, p90 (rank 2 of 2) 95400.
    expect(p['lead-time'].changes.map((c) => [c.commit, c['landed-by'], c.seconds])).toEqual([
      [shas.C1, shas.L1, 84600],
      [shas.C2, shas.L3, 95400],
    ]);
    expect([p['lead-time']['median-seconds'], p['lead-time']['p90-seconds']]).toEqual([90000, 95400]);
    // L2 failed (its deployment did), replaced by L3: 10-05 09:00 → 12:30 = 3.5 h = 12600 s. 1 of 4; rework: L3.
    expect(p['change-failure-rate']).toEqual({
      rate: 0.25,
      failed: [{ commit: shas.L2, rule: 'deployment-failure', service: null, 'replaced-by': shas.L3, 'recovery-seconds': 12600 }],
    });
    expect(p['recovery-time']).toEqual({ 'median-seconds': 12600 });
    expect(p['rework-rate']).toEqual({ rate: 0.25, promotions: [shas.L3] });
    expect(out.notes).toEqual([
      "prod: 2 of 4 landings timed by their GitHub Deployment's first success status, 2 by the commit's time on main.",
    ]);
    // The list was paginated (D1 on page 2) and stopped at the page reaching before the window; statuses were
    // asked only of prod's deployments of landed commits (D1, D2, D3).
    const asked = gh.log.filter((e) => e.route === 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses');
    expect(asked.map((e) => e.path.split('/')[5]).sort()).toEqual([shas.D1, shas.D2, shas.D3].sort());
    expect(
      gh.log
        .filter((e) => e.route === 'GET /repos/{owner}/{repo}/deployments')
        .map((e) => new URL(e.path, gh.url).searchParams.get('page')),
    ).toEqual([null, '2']);
    expect(gh.violations).toEqual([]);
  });

  test('the table says which source timed the landings, and names the failed deployment', async () => {
    const r = await runCli(['metrics', ...WINDOW], { cwd: fx.dir, env: withToken() });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(r.stdout).toContain(
      "prod: 2 of 4 landings timed by their GitHub Deployment's first success status, 2 by the commit's time on main.",
    );
    expect(r.stdout).toContain(
      `prod: ${shas.L2.slice(0, 12)} failed (its GitHub Deployment failed), replaced by ${shas.L3.slice(0, 12)} after 3h 30m`,
    );
  });

  test('--no-deployments: git alone, no request to GitHub', async () => {
    const before = gh.log.length;
    const r = await runCli(['metrics', ...WINDOW, '--json', '--changes', '--no-deployments'], { cwd: fx.dir, env: withToken() });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.deployments).toEqual({ read: false, reason: 'not read (--no-deployments)' });
    expectGitOnly(out);
    expect(gh.log.length).toBe(before);
  });

  test('no token: git alone, said in --json only', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--json', '--changes'], {
      cwd: fx.dir,
      env: { ...GIT_ENV, ...gh.env(), GITHUB_REPOSITORY: REPO },
    });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as Out;
    expect(out.deployments).toEqual({ read: false, reason: 'not read: no GitHub token (GITHUB_TOKEN or GH_TOKEN)' });
    expect(out.notes).toEqual([]);
    expectGitOnly(out);
  });

  test('a refused token (401): one line saying so, and the figures from git alone', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--json', '--changes'], {
      cwd: fx.dir,
      env: { ...withToken(), GITHUB_TOKEN: 'ghs_wrongwrongwrong' },
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.notes).toEqual([
      `GitHub Deployments not read: the token was refused (401) on GET /repos/${REPO}/deployments — pass a valid GITHUB_TOKEN (or GH_TOKEN) (it may be expired, revoked or meant for another GitHub host); the figures come from git alone.`,
    ]);
    expect(out.deployments.read).toBe(false);
    expectGitOnly(out);
    expect(r.stdout).not.toContain('ghs_wrongwrongwrong');
  });

  test('--deployments asked for and the repository is not found (404): exit 1, one line, nothing on stdout', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--deployments'], {
      cwd: fx.dir,
      env: { ...withToken(), GITHUB_REPOSITORY: 'acme/gone' },
    });
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
    expect(r.stderr).toContain(
      'GitHub Deployments could not be read: GitHub answered 404 to GET /repos/acme/gone/deployments — the repository or object does not exist, or the token cannot see it',
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--deployments without a token: exit 1 before any request', async () => {
    const before = gh.log.length;
    const r = await runCli(['metrics', ...WINDOW, '--deployments'], {
      cwd: fx.dir,
      env: { ...GIT_ENV, ...gh.env(), GITHUB_REPOSITORY: REPO },
    });
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
    expect(r.stderr).toContain('GitHub Deployments cannot be read: no GitHub token (GITHUB_TOKEN or GH_TOKEN)');
    expect(gh.log.length).toBe(before);
  });

  test('an API that does not answer: the line says so, the figures come from git alone', async () => {
    // Nothing listens on port 9 of the loopback: every attempt is refused (three retries, 1 + 4 + 9 s apart).
    const r = await runCli(['metrics', ...WINDOW, '--json', '--changes'], {
      cwd: fx.dir,
      env: { ...withToken(), GITHUB_API_URL: 'http://127.0.0.1:9' },
      timeoutMs: 90_000,
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.notes).toHaveLength(1);
    expect(out.notes[0]).toMatch(
      /^GitHub Deployments not read: could not reach the GitHub API at http:\/\/127\.0\.0\.1:9 \(GITHUB_API_URL\) for GET \/repos\/acme\/app\/deployments after 4 attempts .*; the figures come from git alone\.$/,
    );
    expectGitOnly(out);
  }, 120_000);
});

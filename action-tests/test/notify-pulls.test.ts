import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues } from '../harness/promote-fixture.ts';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// End-to-end (issue 18, item 4): notify-pulls through the committed prepare-release and promote-env bundles
// against the GitHub double. Two source pull requests are merged, released (prepare-release's publish),
// promoted to staging (the promotion merged) and on to prod: each source pull request ends with exactly one
// lockstep comment of three lines, edited in place; reruns and a 502 on the comment create add none.

const REPO = 'acme/mono';
const d = digest;
const COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const EDITS = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';

const CONFIG = [
  'notify-pulls: true',
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
  'environments:',
  '  - { name: staging, values: deploy/values-staging.yaml }',
  '  - { name: prod, values: deploy/values-prod.yaml, protected: true }',
  '',
].join('\n');

let fx: GitFixture;
let gh: GitHubDouble;

beforeEach(async () => {
  fx = GitFixture.create({
    '.github/lockstep.yml': CONFIG,
    '.version': '1.4.2\n',
    'deploy/values-staging.yaml': environmentValues('staging', ['1.4.2', d('1')], ['0.9.1', d('b')]),
    'deploy/values-prod.yaml': environmentValues('prod', ['1.4.2', d('1')], ['0.9.1', d('b')]),
  });
  fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
});

afterEach(async () => {
  await gh.stop();
  fx.cleanup();
});

async function api(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A source pull request: a branch with one commit, opened and squash-merged by GitHub (its number in the subject). */
async function mergedSourcePull(branch: string, title: string): Promise<number> {
  fx.git('checkout', '--quiet', '-B', branch, 'origin/main');
  fx.commit(`work on ${branch}`, { [`src/${branch}.txt`]: `${branch}\n` });
  fx.git('push', '--quiet', 'origin', branch);
  const p = gh.seedPull(REPO, { head: branch, title });
  await api('PUT', `/repos/${REPO}/pulls/${p.number}/merge`, { merge_method: 'squash' });
  fx.git('fetch', '--quiet', 'origin');
  return p.number;
}

const env = () => ({ ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: REPO, GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000' });

function release(): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: fx.clone('main', 1),
    inputs: { 'github-token': gh.token },
    eventName: 'push',
    env: env(),
  });
}

function promote(inputs: Record<string, string>, files: Record<string, string> = {}): Promise<ActionRun> {
  const ws = fx.clone('main');
  for (const [f, text] of Object.entries(files)) writeFileSync(join(ws, f), text);
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': gh.token, ...inputs },
    eventName: 'push',
    env: { ...env(), HOME: ws },
    timeoutMs: 90000,
  });
}

function ok(r: ActionRun): ActionRun {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  expect(gh.violations).toEqual([]);
  return r;
}

/** lockstep's trail comments on pull request `n`. */
const trail = (n: number) => gh.comments(REPO, n).filter((c) => c.body.includes('<!-- lockstep:trail -->'));

test('a release and two promotions: each source pull request has exactly one comment of three lines; reruns and a 502 on the create add none', async () => {
  const a = await mergedSourcePull('export', 'feat(api): add export');
  const b = await mergedSourcePull('crash', 'fix: crash on empty input');

  // The release: prepare-release opens the release PR, it is merged, the next run publishes v1.5.0.
  ok(await release());
  const releasePull = gh.pulls(REPO).find((p) => p.head === 'chore/release-1.5.0')!;
  await api('PUT', `/repos/${REPO}/pulls/${releasePull.number}/merge`, { merge_method: 'squash' });
  // The first comment's create lands but its answer is lost (502): it is looked up, not posted again.
  const lost = gh.fault({ route: COMMENTS, kind: '502-after' });
  const published = ok(await release());
  expect(published.outputs).toMatchObject({ released: 'true', tag: 'v1.5.0' });
  expect(lost.hits).toBe(1);
  for (const n of [a, b]) expect(trail(n).map((c) => c.body)).toEqual(['Released in v1.5.0\n\n<!-- lockstep:trail -->']);
  expect(trail(releasePull.number)).toEqual([]);
  expect(published.summary).toContain(`Trail comment (released in v1.5.0): created on #${a}, #${b}.`);

  // Rerun of the publish: nothing posted or edited.
  const before = gh.count(COMMENTS) + gh.count(EDITS);
  ok(await release());
  expect(gh.count(COMMENTS) + gh.count(EDITS)).toBe(before);

  // Promotion into staging from the build of v1.5.0: its pull request is open.
  fx.git('fetch', '--quiet', 'origin');
  const built = execFileSync('git', ['--git-dir', fx.origin, 'rev-parse', 'main'], { encoding: 'utf8' }).trim();
  const digests = JSON.stringify({ api: { digest: d('5'), image: 'ghcr.io/acme/api', tag: '1.5.0', sha: built } });
  const toStaging = ok(await promote({ to: 'staging', digests: 'image-digests.json' }, { 'image-digests.json': digests }));
  const stagingPull = Number(toStaging.outputs['pr-number']);
  expect(gh.pulls(REPO).find((p) => p.number === stagingPull)!.body).toContain(`<!-- lockstep:ships ${a} ${b} -->`);
  for (const n of [a, b])
    expect(trail(n).map((c) => c.body)).toEqual([`Released in v1.5.0\n→ staging (#${stagingPull}, open)\n\n<!-- lockstep:trail -->`]);

  // The staging promotion is merged; the next promote-env run (on that push) sees it and goes on to prod.
  await api('PUT', `/repos/${REPO}/pulls/${stagingPull}/merge`, { merge_method: 'merge' });
  const mergedOn = gh
    .pulls(REPO)
    .find((p) => p.number === stagingPull)!
    .mergedAt!.slice(0, 10);
  const toProd = ok(await promote({ from: 'staging', to: 'prod' }));
  const prodPull = Number(toProd.outputs['pr-number']);
  const three = `Released in v1.5.0\n→ staging (#${stagingPull}, merged ${mergedOn})\n→ prod (#${prodPull}, draft)\n\n<!-- lockstep:trail -->`;
  for (const n of [a, b]) expect(trail(n).map((c) => c.body)).toEqual([three]);
  for (const n of [a, b]) expect(gh.comments(REPO, n)).toHaveLength(1);
  expect(toProd.summary).toContain(`Trail comment (staging #${stagingPull} merged): updated on #${a}, #${b}.`);
  expect(toProd.summary).toContain(`Trail comment (prod #${prodPull}): updated on #${a}, #${b}.`);

  // A rerun of the prod promotion: every comment is current, nothing posted or edited.
  const settled = gh.count(COMMENTS) + gh.count(EDITS);
  const again = ok(await promote({ from: 'staging', to: 'prod' }));
  expect(again.summary).toContain(`Trail comment (prod #${prodPull}): already current on #${a}, #${b}.`);
  expect(gh.count(COMMENTS) + gh.count(EDITS)).toBe(settled);
  for (const n of [a, b]) expect(trail(n).map((c) => c.body)).toEqual([three]);
  // A release, two promotions and their reruns through the committed bundles: 59-78 s measured on a loaded 2-core machine.
}, 180_000);

test("a fork's pull request from a branch it named promote/staging is no promotion: merging it leaves no trail step on the pull requests its body lists", async () => {
  const a = await mergedSourcePull('export', 'feat(api): add export');
  fx.git('checkout', '--quiet', '-B', 'promote/staging', 'origin/main');
  fx.commit('promote: dev → staging (api)', {
    'deploy/values-staging.yaml': environmentValues('staging', ['1.5.0', d('5')], ['0.9.1', d('b')]),
  });
  fx.git('push', '--quiet', 'origin', 'promote/staging');
  const forged = gh.seedPull(REPO, {
    head: 'promote/staging',
    fork: 'mallory',
    title: 'promote: dev → staging (api)',
    body: `<!-- lockstep:ships ${a} -->`,
  });
  await api('PUT', `/repos/${REPO}/pulls/${forged.number}/merge`, { merge_method: 'merge' });
  const r = ok(await promote({ from: 'staging', to: 'prod' }));
  expect(r.summary).not.toContain('Trail comment (staging');
  expect(trail(a)).toEqual([]);
  expect(gh.comments(REPO, a)).toEqual([]);
}, 120_000);

test('without notify-pulls nothing is commented and the promotion body carries no ships line', async () => {
  fx.commit('notify-pulls off', { '.github/lockstep.yml': CONFIG.replace('notify-pulls: true\n', '') });
  fx.git('push', '--quiet', 'origin', 'main');
  const a = await mergedSourcePull('export', 'feat(api): add export');
  const r = ok(await promote({ to: 'staging', version: '1.5.0' }));
  expect(gh.count(COMMENTS)).toBe(0);
  expect(trail(a)).toEqual([]);
  expect(gh.pulls(REPO).find((p) => p.number === Number(r.outputs['pr-number']))!.body).not.toContain('lockstep:ships');
});

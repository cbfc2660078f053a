import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end: the fan-in and approval gates of issue 54 through the committed promote-env bundle and the CLI,
// with real git (a bare origin) and the GitHub double (teams and reviews given to it, every request checked
// against GitHub's OpenAPI description).

const REPO = 'acme/monorepo';
const d = digest;

let fixture: GitFixture;
let double: GitHubDouble;

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
});

async function setUp(
  files: Record<string, string>,
  teams?: Record<string, string[]>,
  environments?: Record<string, { users?: string[]; teams?: string[] }>,
): Promise<string> {
  fixture = GitFixture.create(files);
  double = await startGitHubDouble({
    repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }],
    teams,
    environments,
  });
  return fixture.clone('main');
}

function run(ws: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, ...inputs },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });
}

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();
const mutations = () =>
  double.log.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql' && !r.requestBody.includes('mutation')));
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

describe('fan-in (prod after: [staging-e2e, staging-perf])', () => {
  const files = (perf: [string, string]) => ({
    '.github/lockstep.yml': [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
      '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
      'environments:',
      '  - { name: dev, values: charts/myapp/values-dev.yaml }',
      '  - { name: staging-e2e, values: charts/myapp/values-staging-e2e.yaml }',
      '  - { name: staging-perf, values: charts/myapp/values-staging-perf.yaml }',
      '  - name: prod',
      '    values: charts/myapp/values-prod.yaml',
      '    auto-merge: true',
      '    after: [staging-e2e, staging-perf]',
      '',
    ].join('\n'),
    'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
    'charts/myapp/values-staging-e2e.yaml': environmentValues('staging-e2e', ['1.8.0', d('a')], ['0.9.1', d('b')]),
    'charts/myapp/values-staging-perf.yaml': environmentValues('staging-perf', perf, ['0.9.1', d('b')]),
    'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  });

  test('staging-perf running an older api digest holds the promotion, naming staging-perf, api and both digests; nothing is pushed, no PR opened', async () => {
    const ws = await setUp(files(['1.7.3', d('c')]));
    const main = origin('rev-parse', 'main');
    const r = await run(ws, { from: 'staging-e2e', to: 'prod' });
    expect(r.code).toBe(1);
    const held = `prod is promoted only from pins its after: environments run: staging-perf lacks api ${d('a')} (it runs ${d('c')})`;
    expect(errors(r)).toEqual([expect.stringContaining(`promotion held: ${held}`)]);
    expect(r.summary).toContain(`- Held by fan-in: ${held}.`);
    expect(origin('rev-parse', 'main')).toBe(main);
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(double.pulls(REPO)).toEqual([]);
    expect(mutations()).toEqual([]);
    expect(double.violations).toEqual([]);
  });

  test('once staging-perf runs the same digest the promotion goes: the pull request is opened', async () => {
    const ws = await setUp(files(['1.7.3', d('c')]));
    expect((await run(ws, { from: 'staging-e2e', to: 'prod' })).code).toBe(1);
    fixture.commit('promote: dev → staging-perf (api)', {
      'charts/myapp/values-staging-perf.yaml': environmentValues('staging-perf', ['1.8.0', d('a')], ['0.9.1', d('b')]),
    });
    fixture.git('push', '--quiet', 'origin', 'main');
    execFileSync('git', ['pull', '--quiet', '--ff-only', 'origin', 'main'], { cwd: ws });
    const r = await run(ws, { from: 'staging-e2e', to: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(double.pulls(REPO).map((p) => [p.title, p.draft])).toEqual([['promote: staging-e2e → prod (api)', false]]);
    expect(r.summary).not.toContain('Held by');
    expect(origin('show', 'promote/prod:charts/myapp/values-prod.yaml')).toContain(`digest: ${d('a')}`);
    expect(double.violations).toEqual([]);
  });
});

describe('approval (prod approval: { teams: [acme/platform] })', () => {
  const filesWith = (approval: string) => ({
    '.github/lockstep.yml': [
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
      '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
      'environments:',
      '  - { name: dev, values: charts/myapp/values-dev.yaml }',
      '  - { name: staging, values: charts/myapp/values-staging.yaml }',
      '  - name: prod',
      '    values: charts/myapp/values-prod.yaml',
      '    auto-merge: true',
      `    approval: ${approval}`,
      '',
    ].join('\n'),
    'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
    'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
    'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  });
  const files = filesWith('{ teams: [acme/platform] }');
  const TEAMS = { 'acme/platform': ['alice'], 'acme/qa': ['bob'] };

  /**
   * Staging's api pin moved to dev's 1.8.0 by promotion pull request #1 (branch promote/staging), merged into
   * main with a merge commit; the double knows the pull request as merged by that commit. Returns its number.
   */
  function mergedStagingPromotion(): number {
    fixture.checkout('promote/staging', true);
    fixture.write({ 'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.8.0', d('a')], ['0.9.1', d('b')]) });
    fixture.git('commit', '--quiet', '-am', 'promote: dev → staging (api)');
    fixture.git('push', '--quiet', 'origin', 'promote/staging');
    fixture.checkout('main');
    fixture.git('merge', '--quiet', '--no-ff', '-m', 'Merge pull request #1 from acme/promote/staging', 'promote/staging');
    fixture.git('push', '--quiet', 'origin', 'main');
    const sha = fixture.git('rev-parse', 'HEAD');
    const at = new Date(Date.now() - 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return double.seedPull(REPO, { head: 'promote/staging', title: 'promote: dev → staging (api)', merged: { sha, at } }).number;
  }

  test('merged with no approving review, then approved by someone outside acme/platform: held both times, naming the team; nothing is written', async () => {
    await setUp(files, TEAMS);
    const pull = mergedStagingPromotion();
    const ws = fixture.clone('main');
    const main = origin('rev-parse', 'main');
    const unreviewed = await run(ws, { from: 'staging', to: 'prod' });
    expect(unreviewed.code).toBe(1);
    expect(errors(unreviewed)).toEqual([
      expect.stringContaining(
        `promotion held: prod waits for #${pull} (the promotion into staging) to be approved by a member of acme/platform: not approved yet`,
      ),
    ]);
    double.addReview(REPO, pull, { login: 'bob', state: 'APPROVED' });
    double.addReview(REPO, pull, { login: 'alice', state: 'COMMENTED', body: 'looks fine' });
    const r = await run(ws, { from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    const held = `prod waits for #${pull} (the promotion into staging) to be approved by a member of acme/platform: approved only by @bob, who may not`;
    expect(errors(r)).toEqual([expect.stringContaining(`promotion held: ${held}`)]);
    // Markdown (the job summary) keeps a login from mentioning its owner: @ and a zero-width joiner.
    expect(r.summary).toContain(`- Held by an approval: ${held.replace('@bob', '@\u200dbob')}.`);
    expect(origin('rev-parse', 'main')).toBe(main);
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(mutations()).toEqual([]);
    expect(double.violations).toEqual([]);
  });

  test('approved by a member of acme/platform only on a commit before the one that merged: held, saying the approval is stale; nothing is written', async () => {
    await setUp(files, TEAMS);
    const before = origin('rev-parse', 'main');
    const pull = mergedStagingPromotion();
    // alice reviewed the pull request when its head was an earlier commit; a push came after her review.
    double.addReview(REPO, pull, { login: 'alice', state: 'APPROVED', commitId: before });
    const ws = fixture.clone('main');
    const main = origin('rev-parse', 'main');
    const r = await run(ws, { from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringContaining(
        `promotion held: prod waits for #${pull} (the promotion into staging) to be approved by a member of acme/platform: approved by @alice only on a commit before the one that merged (a push came after the review)`,
      ),
    ]);
    expect(origin('rev-parse', 'main')).toBe(main);
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(mutations()).toEqual([]);
    expect(double.violations).toEqual([]);
  });

  test('approved by a member of acme/platform: the promotion goes and its pull request says who approved', async () => {
    await setUp(files, TEAMS);
    const pull = mergedStagingPromotion();
    double.addReview(REPO, pull, { login: 'alice', state: 'APPROVED' });
    const ws = fixture.clone('main');
    const r = await run(ws, { from: 'staging', to: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const opened = double.pulls(REPO).filter((p) => p.state === 'open');
    expect(opened.map((p) => [p.title, p.draft])).toEqual([['promote: staging → prod (api)', false]]);
    expect((opened[0].body ?? '').split('\n')).toContain(
      `> Approved: #${pull} (the promotion into staging) was approved by @\u200dalice (member of acme/platform).`,
    );
    expect(double.count('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', 200)).toBe(1);
    expect(double.violations).toEqual([]);
  });

  test('lockstep promote --json with no GITHUB_TOKEN holds (exit 1): who approved cannot be read', async () => {
    await setUp(files, TEAMS);
    const pull = mergedStagingPromotion();
    double.addReview(REPO, pull, { login: 'alice', state: 'APPROVED' });
    const ws = fixture.clone('main');
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--json'], { cwd: ws, env: { GITHUB_REPOSITORY: REPO } });
    expect(r.code).toBe(1);
    const why =
      'prod waits for the promotion before it to be approved by a member of acme/platform: no github-token: who approved cannot be read';
    const message = `promotion held: ${why} — run again once the gate lets it through (or pass --wait draft to open a draft pull request meanwhile); nothing was written`;
    expect(r.stderr.split('\n')).toContain(message);
    const json = JSON.parse(r.stdout);
    expect([json.outcome, json.promotion, json.changed, json['dry-run']]).toEqual(['held', 'held', false, true]);
    expect(json.errors.map((e: { message: string }) => e.message)).toEqual([message]);
    expect(json.gates).toEqual([`Held by an approval: ${why}.`]);
    expect(json.changes.map((c: Record<string, string>) => [c.service, c['new-digest']])).toEqual([['api', d('a')]]);
    expect(double.log).toEqual([]);
  });

  test('approval: { github-environment: prod }: approved by its required reviewer and a member of its reviewer team, the promotion goes and the body names both', async () => {
    await setUp(
      filesWith('{ github-environment: prod }'),
      { 'acme/sre': ['dave'] },
      { 'acme/monorepo:prod': { users: ['carol'], teams: ['sre'] } },
    );
    const pull = mergedStagingPromotion();
    double.addReview(REPO, pull, { login: 'carol', state: 'APPROVED' });
    double.addReview(REPO, pull, { login: 'dave', state: 'APPROVED' });
    const r = await run(fixture.clone('main'), { from: 'staging', to: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const [opened] = double.pulls(REPO).filter((p) => p.state === 'open');
    expect((opened.body ?? '').split('\n')).toContain(
      `> Approved: #${pull} (the promotion into staging) was approved by @\u200dcarol (required reviewer of the GitHub Environment prod), @\u200ddave (member of acme/sre, a required reviewer of the GitHub Environment prod).`,
    );
    expect(double.violations).toEqual([]);
  });

  test('approval: { github-environment: prod } with no such GitHub Environment holds, saying it has no required reviewers to read', async () => {
    await setUp(filesWith('{ github-environment: prod }'), { 'acme/sre': ['dave'] });
    const pull = mergedStagingPromotion();
    double.addReview(REPO, pull, { login: 'dave', state: 'APPROVED' });
    const r = await run(fixture.clone('main'), { from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringContaining(
        `promotion held: prod waits for #${pull} (the promotion into staging) to be approved by a required reviewer of the GitHub Environment prod: the GitHub Environment prod has no required reviewers to read`,
      ),
    ]);
    expect(double.count('GET /repos/{owner}/{repo}/environments/{environment_name}', 404)).toBe(1);
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(mutations()).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../../../../action-tests/harness/github-double/index.ts';
import { checkStates } from '../../src/github/checks.ts';
import { createGitHub, type GitHub, type GitHubOptions } from '../../src/github/client.ts';
import {
  closePull,
  commentOnce,
  deleteBranch,
  enableAutoMerge,
  findOpenPulls,
  pullsForCommit,
  upsertPull,
} from '../../src/github/pulls.ts';
import { createRef, getRef } from '../../src/github/refs.ts';
import { createRelease, getReleaseByTag } from '../../src/github/releases.ts';

// The github/ operations against the OpenAPI-validated GitHub double backed by
// a real bare repository: every request and answer is checked against GitHub's
// description, and the double's request log is the witness for "exactly one".

const REPO = 'octo/charts';
const PULLS = 'POST /repos/{owner}/{repo}/pulls';
const BRANCH = 'chore/release-1.2.0';
const PR = { branch: BRANCH, base: 'main', title: 'chore(release): 1.2.0', body: '## 1.2.0\n\n- feat: x', labels: ['release'] };

let fixture: GitFixture;
let double: GitHubDouble;
let sleeps: number[];
let lines: string[];

function client(extra: Partial<GitHubOptions> = {}): GitHub {
  return createGitHub({
    token: double.token,
    repository: REPO,
    env: double.env(),
    minMutationGapMs: 0,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    log: (l) => lines.push(l),
    ...extra,
  });
}

function pushBranch(name: string, files: Record<string, string>): string {
  fixture.checkout('main');
  fixture.checkout(name, true);
  const sha = fixture.commit(`chore: ${name}`, files);
  fixture.push(name);
  fixture.checkout('main');
  return sha;
}

// The repository every test starts from (main, and BRANCH one commit above it at origin), built once and copied.
let template: GitFixture;
beforeAll(() => {
  fixture = GitFixture.create({ 'README.md': 'hello\n', '.version': '1.1.0\n' });
  pushBranch(BRANCH, { '.version': '1.2.0\n' });
  template = fixture;
});
afterAll(() => template.cleanup());

beforeEach(async () => {
  fixture = template.copy();
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  sleeps = [];
  lines = [];
});

afterEach(async () => {
  await double.stop();
  fixture.cleanup();
  expect(double.violations).toEqual([]);
  // No log line the client produced may carry the token.
  expect(lines.join('\n')).not.toContain(double.token);
});

describe('upsertPull against the double', () => {
  test('opens the PR with its labels; the rerun leaves it unchanged and writes nothing', async () => {
    const first = await upsertPull(client(), { ...PR, reviewers: ['alice'] });
    expect(first.outcome).toBe('created');
    expect(first.pull).toMatchObject({
      number: 1,
      head: BRANCH,
      base: 'main',
      title: PR.title,
      body: PR.body,
      labels: ['release'],
      state: 'open',
      merged: false,
    });
    expect(first.pull.nodeId).toMatch(/^PR_/);
    expect(double.labels(REPO, 1)).toEqual(['release']);
    expect(double.pulls(REPO)[0].requestedReviewers).toEqual(['alice']);
    const writesBefore = double.log.filter((e) => e.method !== 'GET').length;
    const again = await upsertPull(client(), { ...PR, reviewers: ['alice'] });
    expect(again).toMatchObject({ outcome: 'unchanged', pull: { number: 1 } });
    expect(double.log.filter((e) => e.method !== 'GET').length).toBe(writesBefore);
    expect(double.pulls(REPO)).toHaveLength(1);
  });

  test('new notes update the open PR in place', async () => {
    await upsertPull(client(), PR);
    const r = await upsertPull(client(), { ...PR, title: 'chore(release): 1.3.0', body: 'other' });
    expect(r.outcome).toBe('updated');
    expect(double.pulls(REPO)).toMatchObject([{ number: 1, title: 'chore(release): 1.3.0', body: 'other' }]);
  });

  test('502 before the create: one retry, one PR', async () => {
    double.fault({ route: PULLS, kind: '502-before' });
    const r = await upsertPull(client(), PR);
    expect(r.outcome).toBe('created');
    expect(double.pulls(REPO)).toHaveLength(1);
    expect(double.log.filter((e) => e.route === PULLS).map((e) => e.status)).toEqual([502, 201]);
    expect(sleeps).toEqual([1000]);
  });

  test('502 after the create (lost answer): the retry gets 422, the PR is found and verified — exactly one', async () => {
    double.fault({ route: PULLS, kind: '502-after' });
    const r = await upsertPull(client(), PR);
    expect(r.outcome).toBe('created');
    expect(r.pull).toMatchObject({ number: 1, head: BRANCH, title: PR.title, labels: ['release'] });
    expect(double.pulls(REPO)).toHaveLength(1);
    expect(double.log.filter((e) => e.route === PULLS).map((e) => e.status)).toEqual([502, 422]);
  });

  test('422 "already exists" from a twin run racing us: found by head/base, brought to our title and body', async () => {
    const twin = client();
    const ours = client();
    let raced = false;
    // Hold our create until the twin has opened its PR (with an older title) after our lookup found nothing.
    ours.octokit.hook.before('request', async (o) => {
      if (o.method === 'POST' && String(o.url).endsWith('/pulls') && !raced) {
        raced = true;
        await upsertPull(twin, { ...PR, title: 'chore(release): 1.1.9' });
      }
    });
    const r = await upsertPull(ours, PR);
    expect(double.log.filter((e) => e.route === PULLS).map((e) => e.status)).toEqual([201, 422]);
    expect(r.pull.number).toBe(1);
    expect(double.pulls(REPO)).toMatchObject([{ number: 1, title: PR.title }]);
  });

  test('secondary rate limit: waits the retry-after, then succeeds with the request count bounded', async () => {
    double.fault({ route: PULLS, kind: 'secondary-rate-limit', retryAfter: 60 });
    const gh = client();
    const r = await upsertPull(gh, PR);
    expect(r.outcome).toBe('created');
    expect(sleeps).toEqual([60_000]);
    expect(double.pulls(REPO)).toHaveLength(1);
    // lookup, 403, 201, labels — no storm.
    expect(gh.requestCount()).toBe(4);
    expect(double.log).toHaveLength(4);
  });

  test('a label request GitHub answers "Could not resolve to a node" right after the create is retried, bounded', async () => {
    double.fault({ route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels', kind: 'node-not-found', afterRoute: PULLS });
    const r = await upsertPull(client(), PR);
    expect(r.pull.labels).toEqual(['release']);
    expect(double.log.filter((e) => e.route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels').map((e) => e.status)).toEqual([
      422, 200,
    ]);
    expect(sleeps).toEqual([1000]);
  });

  test('mutations keep GitHub’s one-second gap by default', async () => {
    let now = 0;
    const waits: number[] = [];
    const gh = client({
      minMutationGapMs: undefined,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    await upsertPull(gh, PR);
    // The create goes at once; the label POST waits out the second after it.
    expect(waits).toEqual([1000]);
  });

  test('the repository setting that forbids Actions to open PRs is named', async () => {
    double.forbidPullRequestCreation = true;
    const e = await upsertPull(client(), PR).catch((x) => x);
    expect(e.message).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    expect(e.message).not.toContain(double.token);
  });

  test('a read-only token (fork/Dependabot PR) is explained, not a bare 403', async () => {
    double.readOnly = true;
    const e = await upsertPull(client(), PR).catch((x) => x);
    expect(e.message).toMatch(
      /token lacks permission for POST \/repos\/octo\/charts\/pulls — give the job `permissions: pull-requests: write`/,
    );
    expect(e.message).toContain('the token is read-only in fork/Dependabot PRs');
  });

  test('a wrong token: "the token was refused", and the token is in no message', async () => {
    const gh = createGitHub({ token: 'ghs_wrongwrongwrong', repository: REPO, env: double.env() });
    const e = await findOpenPulls(gh, {}).catch((x) => x);
    expect(e.message).toMatch(/^the token was refused \(401\)/);
    expect(`${e.message}${e.apiMessage}${JSON.stringify(e)}`).not.toContain('ghs_wrongwrongwrong');
  });
});

describe('pagination and budget', () => {
  test('findOpenPulls reads every page', async () => {
    // 101 open PRs (two pages of 100) from branches created straight in the bare repository.
    const head = execFileSync('git', ['-C', fixture.origin, 'rev-parse', `refs/heads/${BRANCH}`], { encoding: 'utf8' }).trim();
    const stdin = Array.from({ length: 101 }, (_, i) => `create refs/heads/feature/${i} ${head}\n`).join('');
    execFileSync('git', ['-C', fixture.origin, 'update-ref', '--stdin'], { input: stdin });
    for (let i = 0; i < 101; i++) double.seedPull(REPO, { head: `feature/${i}`, title: `f${i}`, labels: i % 40 === 0 ? ['release'] : [] });
    const gh = client();
    const all = await findOpenPulls(gh, { branchPrefix: 'feature/' });
    expect(all).toHaveLength(101);
    expect(
      all
        .filter((p) => p.labels.includes('release'))
        .map((p) => p.head)
        .sort(),
    ).toEqual(['feature/0', 'feature/40', 'feature/80']);
    expect(gh.requestCount()).toBe(2);
  });

  test('a budget spent mid-operation stops with a clear error and sends nothing more', async () => {
    const gh = client({ budget: 2 });
    await expect(upsertPull(gh, PR)).rejects.toThrow(
      /stopped before POST \/repos\/octo\/charts\/issues\/1\/labels: this run already made 2 GitHub API requests, its budget/,
    );
    expect(double.log.map((e) => e.route)).toEqual(['GET /repos/{owner}/{repo}/pulls', PULLS]);
  });
});

describe('comments, close, branches', () => {
  beforeEach(async () => {
    await upsertPull(client(), PR);
  });

  test('commentOnce never duplicates: rerun, edit, lost answer', async () => {
    const gh = client();
    expect(await commentOnce(gh, 1, 'cherry-pick conflict in .version', 'conflict')).toBe('created');
    expect(await commentOnce(gh, 1, 'cherry-pick conflict in .version', 'conflict')).toBe('unchanged');
    expect(await commentOnce(gh, 1, 'cherry-pick conflict in values.yaml', 'conflict')).toBe('updated');
    double.fault({ route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', kind: '502-after' });
    expect(await commentOnce(gh, 1, 'superseded', 'superseded')).toBe('created');
    const comments = double.comments(REPO, 1);
    expect(comments.map((c) => c.body)).toEqual([
      'cherry-pick conflict in values.yaml\n\n<!-- lockstep:conflict -->',
      'superseded\n\n<!-- lockstep:superseded -->',
    ]);
  });

  test('closePull comments once and closes; deleteBranch tolerates a branch already gone', async () => {
    await closePull(client(), 1, 'Superseded by #2.');
    await closePull(client(), 1, 'Superseded by #2.');
    expect(double.pulls(REPO)[0].state).toBe('closed');
    expect(double.comments(REPO, 1)).toHaveLength(1);
    await deleteBranch(client(), BRANCH);
    expect(fixture.git('ls-remote', '--heads', 'origin', BRANCH)).toBe('');
    await expect(deleteBranch(client(), BRANCH)).resolves.toBeUndefined();
  });

  test('pullsForCommit finds the merged PR by its merge commit', async () => {
    const { data } = await client().octokit.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
      owner: 'octo',
      repo: 'charts',
      pull_number: 1,
      merge_method: 'squash',
    });
    const found = await pullsForCommit(client(), data.sha);
    expect(found).toMatchObject([{ number: 1, head: BRANCH, merged: true, state: 'closed' }]);
  });
});

describe('auto-merge', () => {
  test('not allowed for the repository → enabled:false with GitHub’s reason', async () => {
    const { pull } = await upsertPull(client(), PR);
    expect(await enableAutoMerge(client(), pull, 'SQUASH')).toEqual({
      enabled: false,
      reason: 'Pull request Auto merge is not allowed for this repository',
    });
  });

  test('"Could not resolve to a node" right after the create is retried, then enabled', async () => {
    await double.stop();
    double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
    double.fault({ route: 'POST /graphql', kind: 'node-not-found' });
    const { pull } = await upsertPull(client(), PR);
    expect(await enableAutoMerge(client(), pull, 'SQUASH')).toEqual({ enabled: true });
    expect(double.pulls(REPO)[0].autoMerge?.method).toBe('SQUASH');
    expect(double.log.filter((e) => e.route === 'POST /graphql').map((e) => e.status)).toEqual([422, 200]);
  });
});

describe('releases', () => {
  const REL = { tag: 'v1.2.0', name: 'v1.2.0', body: 'notes', prerelease: false, target: 'main' };

  test('created once; a rerun finds it', async () => {
    expect((await createRelease(client(), REL)).outcome).toBe('created');
    const again = await createRelease(client(), REL);
    expect(again).toMatchObject({ outcome: 'existing', release: { tag: 'v1.2.0', body: 'notes', prerelease: false, draft: false } });
    expect(double.releases(REPO)).toHaveLength(1);
  });

  test('502 after the draft was made → looked up among the drafts, not sent again → published; one release', async () => {
    double.fault({ route: 'POST /repos/{owner}/{repo}/releases', kind: '502-after' });
    const r = await createRelease(client(), { ...REL, prerelease: true, tag: 'v1.2.0-rc.1' });
    expect(r).toMatchObject({ outcome: 'created', resumed: false, release: { tag: 'v1.2.0-rc.1', prerelease: true, draft: false } });
    expect(double.releases(REPO)).toHaveLength(1);
    expect(double.count('POST /repos/{owner}/{repo}/releases')).toBe(1);
    expect(await getReleaseByTag(client(), 'v1.2.0-rc.1')).toMatchObject({ id: r.release.id });
    expect(lines).toContainEqual(expect.stringMatching(/^draft release v1\.2\.0-rc\.1 found after the create failed \(/));
  });
});
describe('checkStates', () => {
  test('check runs and commit statuses by name; missing names', async () => {
    const sha = fixture.git('rev-parse', 'HEAD');
    double.setCheckRuns(REPO, sha, [
      { name: 'build', status: 'completed', conclusion: 'success' },
      { name: 'e2e', status: 'in_progress' },
      { name: 'lint', status: 'completed', conclusion: 'failure' },
    ]);
    double.setStatuses(REPO, sha, [
      { context: 'ci/jenkins', state: 'success', targetUrl: 'https://ci.example/1' },
      { context: 'security', state: 'error' },
    ]);
    const got = await checkStates(client(), sha, ['build', 'e2e', 'lint', 'ci/jenkins', 'security', 'deploy']);
    expect(got.map(({ name, state, source }) => [name, state, source])).toEqual([
      ['build', 'success', 'check-run'],
      ['e2e', 'pending', 'check-run'],
      ['lint', 'failure', 'check-run'],
      ['ci/jenkins', 'success', 'status'],
      ['security', 'failure', 'status'],
      ['deploy', 'missing', 'check-run'],
    ]);
    expect(got[3].url).toBe('https://ci.example/1');
  });
});

describe('refs', () => {
  const CREATE_REF = 'POST /repos/{owner}/{repo}/git/refs';

  test('createRef: created, then existing on a rerun; a ref elsewhere is refused, not moved', async () => {
    const head = fixture.git('rev-parse', 'HEAD');
    const other = fixture.git('rev-parse', `origin/${BRANCH}`);
    expect(await createRef(client(), 'refs/tags/v1.2.0', head)).toBe('created');
    expect(await createRef(client(), 'tags/v1.2.0', head)).toBe('existing');
    expect(await getRef(client(), 'refs/tags/v1.2.0')).toBe(head);
    await expect(createRef(client(), 'refs/tags/v1.2.0', other)).rejects.toThrow(
      /refs\/tags\/v1\.2\.0 already exists at .* not .* does not move an existing ref/,
    );
    expect(fixture.git('ls-remote', 'origin', 'refs/tags/v1.2.0').split('\t')[0]).toBe(head);
    expect(await getRef(client(), 'refs/heads/nope')).toBeUndefined();
  });

  test('createRef: 502 after the ref was made → the retry meets "Reference already exists" → verified, one ref', async () => {
    const head = fixture.git('rev-parse', 'HEAD');
    double.fault({ route: CREATE_REF, kind: '502-after' });
    expect(await createRef(client(), 'refs/heads/release/x', head)).toBe('created');
    expect(double.log.filter((e) => e.route === CREATE_REF).map((e) => e.status)).toEqual([502, 422]);
    expect(fixture.git('ls-remote', 'origin', 'refs/heads/release/x').split('\t')[0]).toBe(head);
  });
});

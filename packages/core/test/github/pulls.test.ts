import { GitHubError } from '../../src/github/client.ts';
import { checkStates } from '../../src/github/checks.ts';
import {
  closePull,
  commentOnce,
  deleteBranch,
  enableAutoMerge,
  findOpenPulls,
  fitBody,
  MAX_BODY,
  upsertPull,
} from '../../src/github/pulls.ts';
import { createRelease, getReleaseByTag } from '../../src/github/releases.ts';
import { useFakeGitHub } from '../github-fake.ts';

const TOKEN = 'ghs_fakeTokenValue0123456789abcdefABCDEF';

const hub = useFakeGitHub(TOKEN);
const { sleeps, lines, client } = hub;

const PR = { branch: 'chore/release-1.2.0', base: 'main', title: 'chore(release): 1.2.0', body: 'notes', labels: ['release'] };
const creates = () => hub.fake.log.filter((l) => l.method === 'POST' && l.path === '/repos/acme/app/pulls');

describe('upsertPull', () => {
  test('creates, then a rerun with the same inputs changes nothing', async () => {
    const first = await upsertPull(client(), PR);
    expect(first.outcome).toBe('created');
    expect(first.pull).toMatchObject({ number: 1, head: PR.branch, base: 'main', title: PR.title, labels: ['release'], state: 'open' });
    const before = hub.fake.log.length;
    const again = await upsertPull(client(), PR);
    expect(again.outcome).toBe('unchanged');
    expect(again.pull.number).toBe(1);
    expect(hub.fake.log.slice(before).every((l) => l.method === 'GET')).toBe(true);
    expect(hub.fake.pulls).toHaveLength(1);
  });

  test('a changed body updates the open PR', async () => {
    await upsertPull(client(), PR);
    const r = await upsertPull(client(), { ...PR, body: 'new notes' });
    expect(r.outcome).toBe('updated');
    expect(hub.fake.pulls[0].body).toBe('new notes');
  });

  test('502 before handling: retried with backoff through the injected sleep, one PR', async () => {
    hub.fake.faults.push({ method: 'POST', path: /\/pulls$/, kind: '502-before' });
    const r = await upsertPull(client(), PR);
    expect(r.outcome).toBe('created');
    expect(hub.fake.pulls).toHaveLength(1);
    expect(creates().map((l) => l.status)).toEqual([502, 201]);
    expect(sleeps).toEqual([1000]);
  });

  test('502 after the PR was created (lost answer): the retry meets 422 and the PR is found, exactly one', async () => {
    hub.fake.faults.push({ method: 'POST', path: /\/pulls$/, kind: '502-after' });
    const r = await upsertPull(client(), PR);
    expect(r.outcome).toBe('created');
    expect(r.pull).toMatchObject({ number: 1, head: PR.branch, labels: ['release'] });
    expect(hub.fake.pulls).toHaveLength(1);
    expect(creates().map((l) => l.status)).toEqual([502, 422]);
  });

  test('422 "already exists" (a twin run opened it meanwhile) → the PR is looked up, verified and updated', async () => {
    // The first lookup sees nothing: the twin's PR appears between our GET and our POST.
    hub.fake.faults.push({ method: 'GET', path: /\/pulls$/, kind: 'status', status: 200, body: [] });
    hub.fake.pulls.push({
      number: 1,
      title: 'other',
      body: 'x',
      head: PR.branch,
      base: 'main',
      draft: false,
      state: 'open',
      labels: [],
      requested: [],
    });
    const r = await upsertPull(client(), PR);
    expect(r.pull.number).toBe(1);
    expect(hub.fake.pulls).toHaveLength(1);
    expect(hub.fake.pulls[0]).toMatchObject({ title: PR.title, body: 'notes', labels: ['release'] });
    expect(creates().map((l) => l.status)).toEqual([422]);
  });

  test('422 "already exists" while the list still lags: one more look after a second finds it', async () => {
    hub.fake.faults.push({ method: 'GET', path: /\/pulls$/, kind: 'status', status: 200, body: [], times: 2 });
    hub.fake.pulls.push({
      number: 1,
      title: PR.title,
      body: PR.body,
      head: PR.branch,
      base: 'main',
      draft: false,
      state: 'open',
      labels: ['release'],
      requested: [],
    });
    const r = await upsertPull(client(), PR);
    expect(r).toMatchObject({ outcome: 'created', pull: { number: 1 } });
    expect(sleeps).toEqual([1000]);
    expect(hub.fake.log.map((l) => `${l.method} ${l.status}`)).toEqual(['GET 200', 'POST 422', 'GET 200', 'GET 200']);
  });

  test('secondary rate limit: waits retry-after, then succeeds with the request count bounded', async () => {
    hub.fake.faults.push({ method: 'POST', path: /\/pulls$/, kind: 'secondary', retryAfter: 7 });
    const gh = client();
    const r = await upsertPull(gh, PR);
    expect(r.outcome).toBe('created');
    expect(sleeps).toContain(7000);
    expect(hub.fake.pulls).toHaveLength(1);
    // list, POST (403), POST (201), POST labels
    expect(gh.requestCount()).toBe(4);
    expect(hub.fake.log).toHaveLength(4);
  });

  test('a secondary rate limit that asks for longer than the cap fails with a clear error, without waiting', async () => {
    hub.fake.faults.push({ method: 'POST', path: /\/pulls$/, kind: 'secondary', retryAfter: 3600 });
    const e = await upsertPull(client(), PR).catch((x) => x);
    expect(e).toBeInstanceOf(GitHubError);
    expect(e.message).toMatch(/secondary rate limit kept refusing POST \/repos\/acme\/app\/pulls \(retry-after 3600 s\)/);
    expect(sleeps).toEqual([]);
  });

  test('403 "not permitted to create or approve pull requests" names the repository setting', async () => {
    hub.fake.faults.push({
      method: 'POST',
      path: /\/pulls$/,
      kind: 'status',
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
    });
    const e = await upsertPull(client(), PR).catch((x) => x);
    expect(e.message).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    expect(e.status).toBe(403);
  });

  test.each([
    ['POST', /\/pulls$/, 'pull-requests: write'],
    ['POST', /\/labels$/, 'pull-requests: write'],
  ])('403 "Resource not accessible by integration" on %s %s names %s and the fork/Dependabot case', async (method, path, permission) => {
    hub.fake.faults.push({ method, path, kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } });
    const e = await upsertPull(client(), PR).catch((x) => x);
    expect(e.message).toContain(`permissions: ${permission}`);
    expect(e.message).toContain('the token is read-only in fork/Dependabot PRs');
  });

  test('reviewers are requested once; a rerun does not ask again', async () => {
    await upsertPull(client(), { ...PR, reviewers: ['alice', 'bob'] });
    expect(hub.fake.pulls[0].requested).toEqual(['alice', 'bob']);
    const r = await upsertPull(client(), { ...PR, reviewers: ['alice', 'bob'] });
    expect(r.outcome).toBe('unchanged');
    expect(hub.fake.pulls[0].requested).toEqual(['alice', 'bob']);
  });
});

describe('findOpenPulls', () => {
  test('pages through every open PR and filters by prefix and label', async () => {
    hub.fake.perPage = 2;
    for (let i = 1; i <= 5; i++) {
      hub.fake.pulls.push({
        number: i,
        title: `t${i}`,
        body: '',
        head: i % 2 ? `chore/release-1.${i}.0` : `feature/${i}`,
        base: 'main',
        draft: false,
        state: 'open',
        labels: i === 5 ? ['release'] : [],
        requested: [],
      });
    }
    const gh = client();
    const all = await findOpenPulls(gh, { branchPrefix: 'chore/release-' });
    expect(all.map((p) => p.number)).toEqual([1, 3, 5]);
    expect(gh.requestCount()).toBe(3);
    expect((await findOpenPulls(gh, { branchPrefix: 'chore/release-', label: 'release' })).map((p) => p.number)).toEqual([5]);
  });
});

describe('commentOnce and closePull', () => {
  beforeEach(() => {
    hub.fake.pulls.push({
      number: 7,
      title: 't',
      body: '',
      head: 'chore/release-1.0.0',
      base: 'main',
      draft: false,
      state: 'open',
      labels: [],
      requested: [],
    });
  });

  test('created, unchanged on rerun, updated when the text changes; never duplicated', async () => {
    const gh = client();
    expect(await commentOnce(gh, 7, 'hello', 'conflict')).toBe('created');
    expect(await commentOnce(gh, 7, 'hello', 'conflict')).toBe('unchanged');
    expect(await commentOnce(gh, 7, 'hello again', 'conflict')).toBe('updated');
    expect(hub.fake.comments).toHaveLength(1);
    expect(hub.fake.comments[0].body).toBe('hello again\n\n<!-- lockstep:conflict -->');
  });

  test('a comment whose answer was lost is found by its marker, not posted twice', async () => {
    hub.fake.faults.push({ method: 'POST', path: /\/comments$/, kind: '502-after' });
    expect(await commentOnce(client(), 7, 'hello', 'conflict')).toBe('created');
    expect(hub.fake.comments).toHaveLength(1);
    expect(hub.fake.log.filter((l) => l.method === 'POST').map((l) => l.status)).toEqual([502]);
  });

  test('a comment POST answered 502 before landing is posted again after the lookup, once', async () => {
    hub.fake.faults.push({ method: 'POST', path: /\/comments$/, kind: '502-before' });
    expect(await commentOnce(client(), 7, 'hello', 'conflict')).toBe('created');
    expect(hub.fake.comments).toHaveLength(1);
    expect(hub.fake.log.filter((l) => l.method === 'POST').map((l) => l.status)).toEqual([502, 201]);
  });

  test('closePull comments once and closes; a rerun adds no second comment', async () => {
    await closePull(client(), 7, 'superseded by #8');
    await closePull(client(), 7, 'superseded by #8');
    expect(hub.fake.pulls[0].state).toBe('closed');
    expect(hub.fake.comments).toHaveLength(1);
  });
});

describe('releases', () => {
  const REL = { tag: 'v1.2.0', name: 'v1.2.0', body: 'notes', prerelease: false };

  test('created once; the rerun finds it', async () => {
    expect((await createRelease(client(), REL)).outcome).toBe('created');
    const again = await createRelease(client(), REL);
    expect(again.outcome).toBe('existing');
    expect(again.release).toMatchObject({ tag: 'v1.2.0', body: 'notes', prerelease: false });
    expect(hub.fake.releases).toHaveLength(1);
  });

  test('502 after the draft was created → found among the drafts, not sent again → published, one release', async () => {
    hub.fake.faults.push({ method: 'POST', path: /\/releases$/, kind: '502-after' });
    const r = await createRelease(client(), REL);
    expect(r.outcome).toBe('created');
    expect(r.release).toMatchObject({ tag: 'v1.2.0', draft: false });
    expect(hub.fake.releases).toHaveLength(1);
    expect(lines).toContainEqual(expect.stringMatching(/^draft release v1\.2\.0 found after the create failed \(/));
  });

  test('getReleaseByTag: a missing tag is undefined', async () => {
    expect(await getReleaseByTag(client(), 'v9.9.9')).toBeUndefined();
  });
});

describe('deleteBranch', () => {
  test('deletes, and an already deleted branch is fine', async () => {
    hub.fake.refs.add('heads/chore/release-1.0.0');
    await deleteBranch(client(), 'chore/release-1.0.0');
    expect(hub.fake.refs.has('heads/chore/release-1.0.0')).toBe(false);
    await expect(deleteBranch(client(), 'chore/release-1.0.0')).resolves.toBeUndefined();
  });
});

describe('checkStates', () => {
  const SHA = 'b'.repeat(40);
  test('check runs (newest wins) and statuses; absent names are missing', async () => {
    hub.fake.checkRuns.push(
      {
        id: 1,
        head_sha: SHA,
        name: 'build',
        status: 'completed',
        conclusion: 'failure',
        started_at: '2026-01-01T00:00:00Z',
        html_url: 'u1',
      },
      {
        id: 2,
        head_sha: SHA,
        name: 'build',
        status: 'completed',
        conclusion: 'success',
        started_at: '2026-01-01T01:00:00Z',
        html_url: 'u2',
      },
      { id: 3, head_sha: SHA, name: 'lint', status: 'in_progress', conclusion: null, started_at: '2026-01-01T00:00:00Z' },
      { id: 4, head_sha: SHA, name: 'e2e', status: 'completed', conclusion: 'timed_out', started_at: '2026-01-01T00:00:00Z' },
      { id: 5, head_sha: SHA, name: 'docs', status: 'completed', conclusion: 'skipped', started_at: '2026-01-01T00:00:00Z' },
      { id: 6, head_sha: SHA, name: 'flaky', status: 'completed', conclusion: 'failure', started_at: '2026-01-01T00:00:00Z' },
      { id: 7, head_sha: SHA, name: 'flaky', status: 'queued', conclusion: null, started_at: null },
    );
    hub.fake.statuses.push(
      { sha: SHA, context: 'ci/jenkins', state: 'success', target_url: 'j' },
      { sha: SHA, context: 'ci/old', state: 'error' },
      { sha: SHA, context: 'ci/wait', state: 'pending' },
    );
    const got = await checkStates(client(), SHA, ['build', 'lint', 'e2e', 'docs', 'flaky', 'ci/jenkins', 'ci/old', 'ci/wait', 'security']);
    expect(got).toEqual([
      { name: 'build', state: 'success', source: 'check-run', url: 'u2' },
      { name: 'lint', state: 'pending', source: 'check-run' },
      { name: 'e2e', state: 'failure', source: 'check-run' },
      { name: 'docs', state: 'success', source: 'check-run' },
      { name: 'flaky', state: 'pending', source: 'check-run' },
      { name: 'ci/jenkins', state: 'success', source: 'status', url: 'j' },
      { name: 'ci/old', state: 'failure', source: 'status' },
      { name: 'ci/wait', state: 'pending', source: 'status' },
      { name: 'security', state: 'missing', source: 'check-run' },
    ]);
  });
});

describe('enableAutoMerge', () => {
  const pull = {
    number: 1,
    url: 'u',
    nodeId: 'PR_1',
    head: 'b',
    headSha: 'a'.repeat(40),
    base: 'main',
    title: 't',
    body: '',
    draft: false,
    labels: [],
    state: 'open' as const,
    merged: false,
  };

  test('"not allowed for this repository" → enabled:false with the reason', async () => {
    hub.fake.graphql = () => ({
      json: {
        data: { enablePullRequestAutoMerge: null },
        errors: [{ type: 'UNPROCESSABLE', message: 'Pull request Auto merge is not allowed for this repository' }],
      },
    });
    expect(await enableAutoMerge(client(), pull, 'SQUASH')).toEqual({
      enabled: false,
      reason: 'Pull request Auto merge is not allowed for this repository',
    });
  });

  test('"Could not resolve to a node" right after creation is retried, bounded, then enabled', async () => {
    let n = 0;
    const seen: { variables?: unknown }[] = [];
    hub.fake.graphql = (body) => {
      seen.push(body);
      n += 1;
      return n === 1
        ? { json: { data: null, errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a node with the global id of 'PR_1'" }] } }
        : {
            json: {
              data: {
                enablePullRequestAutoMerge: { pullRequest: { number: 1, autoMergeRequest: { enabledAt: 'now', mergeMethod: 'SQUASH' } } },
              },
            },
          };
    };
    expect(await enableAutoMerge(client(), pull, 'SQUASH')).toEqual({ enabled: true });
    expect(n).toBe(2);
    expect(seen[1].variables).toEqual({ pullRequestId: 'PR_1', mergeMethod: 'SQUASH' });
    expect(sleeps).toEqual([1000]);
  });

  test('the GraphQL mutation counts as a mutation for the gap; a GraphQL query does not', async () => {
    hub.fake.graphql = () => ({ json: { data: { enablePullRequestAutoMerge: { pullRequest: { number: 1 } }, viewer: { login: 'x' } } } });
    const now = 0;
    const waits: number[] = [];
    const gh = client({ minMutationGapMs: 1000, now: () => now, sleep: async (ms) => void waits.push(ms) });
    await gh.octokit.graphql('query { viewer { login } }');
    await enableAutoMerge(gh, pull);
    await gh.octokit.graphql('query { viewer { login } }');
    expect(waits).toEqual([]);
    await enableAutoMerge(gh, pull);
    expect(waits).toEqual([1000]);
  });

  test('a node that never resolves gives up after 4 tries', async () => {
    let n = 0;
    hub.fake.graphql = () => {
      n += 1;
      return { json: { data: null, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node with the global id of PR_1' }] } };
    };
    const r = await enableAutoMerge(client(), pull);
    expect(r.enabled).toBe(false);
    expect(n).toBe(4);
  });
});

describe('fitBody', () => {
  const line = (i: number) => `- feat: change number ${i} (abc1234)`;
  const long = Array.from({ length: 3000 }, (_, i) => line(i)).join('\n');

  test.each([
    ['short text is unchanged', 'notes', 100, 'notes'],
    ['exactly the limit is unchanged', 'x'.repeat(100), 100, 'x'.repeat(100)],
  ])('%s', (_n, body, limit, out) => {
    expect(fitBody(body, limit)).toBe(out);
  });

  test('long notes are cut at a line break and say so, within the limit', () => {
    const out = fitBody(long);
    expect(long.length).toBeGreaterThan(MAX_BODY);
    expect(out.length).toBeLessThanOrEqual(MAX_BODY);
    expect(out).toMatch(/\(abc1234\)\n\n… truncated to fit GitHub's 65536-character limit$/);
  });

  test('upsertPull sends the fitted body, and a rerun with the same long notes is unchanged', async () => {
    const body = long;
    await upsertPull(client(), { ...PR, body });
    expect(hub.fake.pulls[0].body!.length).toBeLessThanOrEqual(MAX_BODY);
    expect((await upsertPull(client(), { ...PR, body })).outcome).toBe('unchanged');
  });
});

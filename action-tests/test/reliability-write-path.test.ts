import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';
import { pushToMainEnv } from '../harness/push-env.ts';

// Issue 11's write-path faults and concurrency, through the committed bundles on Node 24: a real bare
// origin whose hooks decline or drop a push, and the GitHub REST double failing every retry. Each run
// must fail saying what state it left, leave the checkout clean, and a later run must finish the job
// with exactly one branch and one PR (RELIABILITY.md cases 7, 35, 36, 39 and the write-path list).

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();

function refOf(bare: string, ref: string): string | undefined {
  try {
    return git(bare, 'rev-parse', '--verify', '--quiet', ref);
  } catch {
    return undefined;
  }
}

/** Installs an executable hook in a bare repository. */
function hook(bare: string, name: string, body: string): void {
  const path = join(bare, 'hooks', name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

describe('prepare-release: faults on the write path', () => {
  const REPO = 'acme/mono';
  const PULLS = 'POST /repos/{owner}/{repo}/pulls';
  const BRANCH = 'refs/heads/chore/release-1.5.0';
  let fx: GitFixture;
  let gh: GitHubDouble;

  beforeEach(async () => {
    fx = GitFixture.create({
      '.version': '1.4.2\n',
      'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0\nappVersion: "1.4.2"\n',
      'README.md': 'mono\n',
    });
    fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
    fx.commit('feat(api): add export (#12)', { 'app.py': 'export\n' });
    fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
    gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
  });

  afterEach(async () => {
    await gh.stop();
    fx.cleanup();
  });

  function run(
    dir: string,
    opts: { eventName?: string; env?: Record<string, string>; inputs?: Record<string, string> } = {},
  ): Promise<ActionRun> {
    return runAction('prepare-release', {
      workspace: dir,
      inputs: { 'github-token': gh.token, ...opts.inputs },
      eventName: opts.eventName ?? 'push',
      env: { ...pushToMainEnv(gh, REPO), ...opts.env },
      timeoutMs: 120000,
    });
  }

  /** The checkout is as actions/checkout left it: no stray commit, branch or edit. */
  function clean(dir: string, head: string): void {
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
  }

  test('GitHub answers 502 to every retry of the PR create: the error says the branch was pushed without a PR; the next run opens exactly one', async () => {
    const fault = gh.fault({ route: PULLS, kind: '502-before', times: 50 });
    const dir = fx.clone('main', 1);
    const head = git(dir, 'rev-parse', 'HEAD');
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(fault.hits).toBeGreaterThan(1);
    expect(fault.hits).toBeLessThanOrEqual(5);
    const [message] = errors(r);
    expect(message).toMatch(/502/);
    expect(message).toMatch(/chore\/release-1\.5\.0 was pushed but has no pull request yet/);
    expect(r.stdout).not.toMatch(/^\s+at /m);
    expect(refOf(fx.origin, `${BRANCH}^`)).toBe(head);
    expect(gh.pulls(REPO)).toHaveLength(0);
    clean(dir, head);

    gh.clearFaults();
    const again = await run(fx.clone('main', 1));
    expect(again.code).toBe(0);
    expect(gh.pulls(REPO)).toHaveLength(1);
    expect(again.outputs['pr-number']).toBe('1');
    expect(git(fx.origin, 'rev-parse', `${BRANCH}^`)).toBe(git(fx.origin, 'rev-parse', 'main'));
  });

  test.each([
    [
      'a protected branch',
      'echo "remote: error: GH006: Protected branch update failed for refs/heads/chore/release-1.5.0." >&2; exit 1',
      /GH006|declined|rejected/,
    ],
    ['a hook that declines', 'echo "policy: release branches are made by humans" >&2; exit 1', /declined|rejected/],
  ])(
    'a push refused by %s: the run fails naming the refusal; nothing reached origin or GitHub; the checkout is clean',
    async (_name, body, message) => {
      hook(fx.origin, 'pre-receive', body);
      const dir = fx.clone('main', 1);
      const head = git(dir, 'rev-parse', 'HEAD');
      const r = await run(dir);
      expect(r.code).toBe(1);
      expect(errors(r).join('\n')).toMatch(message);
      expect(r.stdout).not.toMatch(/^\s+at /m);
      expect(refOf(fx.origin, BRANCH)).toBeUndefined();
      expect(gh.pulls(REPO)).toHaveLength(0);
      expect(gh.log.filter((e) => e.method !== 'GET' && e.path !== '/graphql')).toEqual([]);
      clean(dir, head);
    },
  );

  test('the connection drops mid-push: the run fails, origin has no half branch, and the next run finishes with one PR', async () => {
    // The receiving side dies while the pack is being taken in: the client sees the remote hang up.
    hook(fx.origin, 'pre-receive', 'cat >/dev/null; kill -9 $PPID; exit 1');
    const dir = fx.clone('main', 1);
    const head = git(dir, 'rev-parse', 'HEAD');
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(errors(r)).toHaveLength(1);
    expect(r.stdout).not.toMatch(/^\s+at /m);
    expect(refOf(fx.origin, BRANCH)).toBeUndefined();
    expect(gh.pulls(REPO)).toHaveLength(0);
    clean(dir, head);

    rmSync(join(fx.origin, 'hooks', 'pre-receive'));
    const again = await run(fx.clone('main', 1));
    expect(again.code).toBe(0);
    expect(gh.pulls(REPO)).toHaveLength(1);
  });

  test('a detached HEAD (pull_request checkout) without a base input fails with "base is required in detached HEAD"', async () => {
    const dir = fx.clone('main', 1);
    git(dir, 'checkout', '--quiet', '--detach');
    const r = await run(dir, { env: { GITHUB_REF: 'refs/pull/7/merge' } });
    expect(r.code).toBe(1);
    expect(errors(r).join('\n')).toMatch(/base is required in detached HEAD/);
    expect(refOf(fx.origin, BRANCH)).toBeUndefined();
    expect(gh.pulls(REPO)).toHaveLength(0);
  });

  test('two runs started together three times over: never two PRs, tags or Releases, never a lost commit', async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = await Promise.all([run(fx.clone('main', 1)), run(fx.clone('main', 1))]);
      expect([a.code, b.code]).toEqual([0, 0]);
    }
    expect(gh.pulls(REPO)).toHaveLength(1);
    expect(git(fx.origin, 'rev-parse', `${BRANCH}^`)).toBe(git(fx.origin, 'rev-parse', 'main'));
    // Merge the release PR, then publish from two runs at once: one tag, one Release.
    const res = await fetch(`${gh.url}/repos/${REPO}/pulls/1/merge`, {
      method: 'PUT',
      headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: 'merge' }),
    });
    expect(res.status).toBe(200);
    const [a, b] = await Promise.all([run(fx.clone('main', 1)), run(fx.clone('main', 1))]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(git(fx.origin, 'tag', '--list', 'v1.5.0')).toBe('v1.5.0');
    const releases = (await (
      await fetch(`${gh.url}/repos/${REPO}/releases`, { headers: { authorization: `token ${gh.token}` } })
    ).json()) as { tag_name: string }[];
    expect(releases.filter((x) => x.tag_name === 'v1.5.0')).toHaveLength(1);
  });
});

describe('promote-env: concurrency', () => {
  const REPO = 'acme/monorepo';
  const d = (c: string) => `sha256:${c.repeat(64)}`;
  const values = (api: [string, string]) =>
    [
      'services:',
      '  api:',
      '    image:',
      '      repository: ghcr.io/acme/api',
      `      tag: "${api[0]}"`,
      `      digest: ${api[1]}`,
      '',
    ].join('\n');
  let fx: GitFixture;
  let gh: GitHubDouble;

  beforeEach(async () => {
    fx = GitFixture.create({
      '.github/lockstep.yml': [
        'services:',
        '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
        'environments:',
        '  - { name: dev, values: values-dev.yaml }',
        '  - { name: staging, values: values-staging.yaml }',
        '',
      ].join('\n'),
      'values-dev.yaml': values(['1.8.0', d('a')]),
      'values-staging.yaml': values(['1.7.3', d('c')]),
    });
    gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
  });

  afterEach(async () => {
    await gh.stop();
    fx.cleanup();
  });

  const run = (inputs: Record<string, string>) => {
    const ws = fx.clone('main');
    return runAction('promote-env', {
      workspace: ws,
      inputs: { 'github-token': gh.token, ...inputs },
      env: { ...gh.env(), HOME: ws },
      timeoutMs: 120000,
    });
  };

  test('two PR-mode runs started together on the same base: one branch, one PR, based on main', async () => {
    const base = git(fx.origin, 'rev-parse', 'main');
    const [a, b] = await Promise.all([run({ from: 'dev', to: 'staging' }), run({ from: 'dev', to: 'staging' })]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(gh.pulls(REPO)).toHaveLength(1);
    expect(git(fx.origin, 'rev-parse', 'promote/staging^')).toBe(base);
    expect(git(fx.origin, 'show', 'promote/staging:values-staging.yaml')).toBe(values(['1.8.0', d('a')]).trimEnd());
    expect(gh.violations).toEqual([]);
  });

  test('two direct pushes started together: both land or one is a no-op; main keeps every commit', async () => {
    const base = git(fx.origin, 'rev-parse', 'main');
    const [a, b] = await Promise.all([
      run({ from: 'dev', to: 'staging', push: 'direct' }),
      run({ from: 'dev', to: 'staging', push: 'direct' }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    // One promotion commit on top of the base: the second run found nothing left to change.
    expect(git(fx.origin, 'rev-list', '--count', `${base}..main`)).toBe('1');
    expect(git(fx.origin, 'merge-base', '--is-ancestor', base, 'main')).toBe('');
    expect(git(fx.origin, 'show', 'main:values-staging.yaml')).toBe(values(['1.8.0', d('a')]).trimEnd());
    expect(gh.pulls(REPO)).toEqual([]);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GitExit, type GitRecords, type GitSpawner } from '../../src/git/spawn.ts';
import { gitSpawner } from '../../src/git/objects.ts';
import { release as runRelease } from '../../src/operations/release/run.ts';
import type { PullRef } from '../../src/github/pulls.ts';
import type { ReleaseApi, ReleaseGit, ReleasePorts } from '../../src/release/ports.ts';
import type { ReleaseSettings } from '../../src/release/settings.ts';
import { GIT_ENV, initReleasedRepo, runGit } from '../helpers.ts';
import { UserError } from '../../src/errors.ts';

// The release step of the release operation with the outside world faked (GitHub calls and git publishing recorded, not made);
// only the local repository is real, since the release reads its history.

const env = GIT_ENV;
let dir: string;
const git = (...a: string[]) => runGit(dir, ...a);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-run-'));
  initReleasedRepo(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const settings = (over: Partial<ReleaseSettings> = {}): ReleaseSettings => ({
  root: dir,
  dryRun: false,
  initialVersion: '0.1.0',
  preMajor: 'minor',
  tagPrefix: 'v',
  versionFile: '.version',
  packages: [],
  pins: [],
  charts: [],
  allCharts: [],
  chartVersionPolicy: 'independent',
  changelog: 'auto',
  lockTimeoutMs: 1000,
  branchPrefix: 'chore/release-',
  base: 'main',
  labels: ['release'],
  freezeLabel: 'release-freeze',
  author: { name: 'a', email: 'a@e' },
  committer: { name: 'c', email: 'c@e' },
  repository: 'acme/x',
  serverUrl: 'https://github.com',
  date: '2026-11-22',
  ...over,
});

const pull = (over: Partial<PullRef>): PullRef => ({
  number: 1,
  url: 'u/1',
  nodeId: 'PR_1',
  head: 'chore/release-1.1.0',
  headSha: 'x',
  draft: false,
  base: 'main',
  title: 't',
  body: 'b',
  labels: [],
  state: 'open',
  merged: false,
  ...over,
});

/** Fakes recording every call; `calls` lists them in order. */
function world(api: Partial<ReleaseApi> = {}, pub: Partial<ReleaseGit> = {}) {
  const calls: string[] = [];
  const rec =
    <A extends unknown[], R>(name: string, fn: (...a: A) => R) =>
    (...a: A): R => {
      calls.push(name);
      return fn(...a);
    };
  const fullApi: ReleaseApi = {
    findOpenPulls: rec('findOpenPulls', async () => []),
    upsertPull: rec('upsertPull', async () => ({ pull: pull({ number: 9, url: 'u/9' }), outcome: 'created' as const, warnings: [] })),
    closePull: rec('closePull', async () => {}),
    matchingRefs: rec('matchingRefs', async () => []),
    commentOnce: rec('commentOnce', async () => 'created' as const),
    pullsForCommit: rec('pullsForCommit', async () => []),
    deleteBranch: rec('deleteBranch', async () => {}),
    getReleaseByTag: rec('getReleaseByTag', async () => undefined),
    createRelease: rec('createRelease', async () => ({ release: { url: 'r' }, outcome: 'created' as const })),
    leaveTrail: rec('leaveTrail', async (pulls: readonly number[]) => ({
      created: [...pulls],
      updated: [],
      unchanged: [],
      skipped: [],
      failed: [],
    })),
    ...Object.fromEntries(Object.entries(api).map(([k, f]) => [k, rec(k, f as (...a: unknown[]) => unknown)])),
  };
  const fullPub: ReleaseGit = {
    commitFiles: rec('commitFiles', async () => git('rev-parse', 'HEAD')),
    fetchBranch: rec('fetchBranch', async (b: string) => (b === 'main' ? git('rev-parse', 'HEAD') : undefined)),
    pushBranch: rec('pushBranch', async () => ({ ok: true as const, updated: true })),
    tag: rec('tag', async () => ({ outcome: 'created' as const, through: 'git' as const })),
    commitsAfterGenerated: rec('commitsAfterGenerated', async () => ({ after: [] })),
    replayCommits: rec('replayCommits', async () => ({ ok: true as const, head: 'h', skipped: [] })),
    ...Object.fromEntries(Object.entries(pub).map(([k, f]) => [k, rec(k, f as (...a: unknown[]) => unknown)])),
  };
  const deps: ReleasePorts = {
    git: gitSpawner(dir, env),
    api: fullApi,
    publish: fullPub,
    log: { info: () => {}, group: (_t, fn) => fn() },
  };
  return { deps, calls };
}

test('publish: recognised by the chore(release) subject when GitHub knows no PR; tag then Release', async () => {
  writeFileSync(join(dir, '.version'), '1.1.0\n');
  writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [1.1.0](x) (2026-11-22)\n\n### Features\n\n* a\n');
  git('add', '.');
  git('commit', '-qm', 'chore(release): 1.1.0 (#9)');
  const created: unknown[] = [];
  const { deps, calls } = world({ createRelease: async (r) => (created.push(r), { release: { url: 'r' }, outcome: 'created' }) });
  const r = await runRelease(settings(), deps);
  expect(r).toMatchObject({ mode: 'publish', version: '1.1.0', tag: 'v1.1.0', released: true });
  expect(calls).toEqual(['pullsForCommit', 'tag', 'getReleaseByTag', 'createRelease']);
  expect(created).toEqual([expect.objectContaining({ tag: 'v1.1.0', prerelease: false, body: '### Features\n\n* a\n' })]);
});

test('publish: the tag made through the GitHub API (commit-mode api) says so, with its verification; notify-pulls leaves the trail', async () => {
  writeFileSync(join(dir, '.version'), '1.1.0\n');
  writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [1.1.0](x) (2026-11-22)\n\n### Features\n\n* a ([#7](u/7))\n');
  git('add', '.');
  git('commit', '-qm', 'chore(release): 1.1.0 (#9)');
  const { deps, calls } = world({}, { tag: async () => ({ outcome: 'created', through: 'api', verified: true }) });
  const r = await runRelease(settings({ notifyPulls: true }), deps);
  const head = git('rev-parse', 'HEAD').slice(0, 7);
  expect(r).toMatchObject({ released: true, tagVerified: true });
  expect(r.actions).toContain(`Tagged ${head} as v1.1.0 (annotated) through the GitHub API; GitHub shows the tag as Verified.`);
  expect(calls).toEqual(['pullsForCommit', 'tag', 'getReleaseByTag', 'createRelease', 'leaveTrail']);
});

test('publish: a draft an earlier run left is published (resumed): released, and the log says whose draft it was', async () => {
  const merged = pull({ merged: true, head: 'chore/release-1.1.0', state: 'closed' });
  const { deps } = world(
    {
      pullsForCommit: async () => [merged],
      createRelease: async () => ({ release: { url: 'https://gh/r/v1.1.0' }, outcome: 'created', resumed: true }),
    },
    { tag: async () => ({ outcome: 'existing', through: 'git' }) },
  );
  const r = await runRelease(settings(), deps);
  expect(r).toMatchObject({ mode: 'publish', released: true, tag: 'v1.1.0' });
  expect(r.actions).toContain(
    'Published the draft GitHub Release v1.1.0 an earlier run left (it was stopped before publishing it): https://gh/r/v1.1.0',
  );
});

test('publish: already tagged and released → nothing, released false', async () => {
  const merged = pull({ merged: true, head: 'chore/release-1.1.0', state: 'closed' });
  const { deps, calls } = world(
    { pullsForCommit: async () => [merged], getReleaseByTag: async () => ({ url: 'r' }) },
    { tag: async () => ({ outcome: 'existing', through: 'git' }) },
  );
  const r = await runRelease(settings(), deps);
  expect(r).toMatchObject({ mode: 'publish', released: false, version: '1.1.0' });
  expect(calls).not.toContain('createRelease');
  expect(r.actions.join('\n')).toMatch(/already tagged and published/);
});

test('freeze label: nothing written, pushed or opened', async () => {
  const frozen = pull({ labels: ['release', 'release-freeze'] });
  const { deps, calls } = world({ findOpenPulls: async () => [frozen] });
  const r = await runRelease(settings(), deps);
  expect(r.mode).toBe('nothing');
  expect(calls).toEqual(['pullsForCommit', 'findOpenPulls']);
  expect(git('status', '--porcelain')).toBe('');
});

test('a lease that went stale is retried with the new tip, bounded', async () => {
  let pushes = 0;
  const { deps } = world(
    {},
    { pushBranch: async () => (++pushes < 3 ? { ok: false, reason: 'stale', detail: 'stale info' } : { ok: true, updated: true }) },
  );
  const r = await runRelease(settings(), deps);
  expect(pushes).toBe(3);
  expect(r.pr).toEqual({ number: 9, url: 'u/9' });
  let never = 0;
  const { deps: d2 } = world({}, { pushBranch: async () => (never++, { ok: false, reason: 'stale', detail: 'stale info' }) });
  git('checkout', '-q', '--', '.');
  git('clean', '-qfd');
  await expect(runRelease(settings(), d2)).rejects.toThrow(/pushing chore\/release-1.1.0 failed: stale info/);
  expect(never).toBe(3);
  expect(git('status', '--porcelain')).toBe('');
});

test('dry run calls nothing and writes nothing', async () => {
  const { deps, calls } = world();
  const r = await runRelease(settings({ dryRun: true }), { ...deps, api: undefined, publish: undefined });
  expect(r).toMatchObject({ mode: 'dry-run', version: '1.1.0', bump: 'minor' });
  expect(r.changes.map((c) => c.path)).toEqual(['.version', 'CHANGELOG.md']);
  expect(calls).toEqual([]);
  expect(git('status', '--porcelain')).toBe('');
});

test('base moved between checkout and push: fails with "base moved", nothing pushed or opened, workspace restored', async () => {
  const head = git('rev-parse', 'HEAD');
  const { deps, calls } = world({}, { fetchBranch: async (b: string) => (b === 'main' ? 'f'.repeat(40) : undefined) });
  const e: Error = await runRelease(settings(), deps).then(
    () => new Error('resolved'),
    (x: Error) => x,
  );
  expect(e.name).toBe('UserError');
  expect(e.message).toBe(
    `base moved: main is at fffffff now, this run checked out ${head.slice(0, 7)}; nothing was pushed, no pull request touched, and the workspace is restored`,
  );
  expect(calls).not.toContain('pushBranch');
  expect(calls).not.toContain('upsertPull');
  expect(git('status', '--porcelain')).toBe('');
});

test('HEAD, whether the clone is shallow and the working directory prefix come from one git start (each blocks the main thread for milliseconds)', async () => {
  const { deps } = world();
  const asked: string[] = [];
  const git = wrapped(deps.git, (cmd, run) => (asked.push(cmd), run()));
  const r = await runRelease(settings({ dryRun: true }), { ...deps, git });
  expect(r.mode).toBe('dry-run');
  // Earlier code asked `rev-parse --verify --quiet HEAD^{commit}` (is there a commit?) and then `rev-parse --verify
  // HEAD^{commit}` (which one?); then `rev-parse --is-shallow-repository` and `rev-parse --show-prefix` on their own.
  expect(asked.filter((a) => a.includes('HEAD^{commit}') || a.includes('--is-shallow') || a.includes('--show-prefix'))).toEqual([
    'rev-parse --is-shallow-repository --show-prefix --verify --quiet HEAD^{commit}',
  ]);
});

/** `real` with `around` deciding each call: given the command (without the -c settings) and how to run it. */
function wrapped(real: GitSpawner, around: (cmd: string, run: () => Promise<unknown>) => Promise<unknown>): GitSpawner {
  const cmd = (args: readonly string[]) => args.filter((a, i) => a !== '-c' && args[i - 1] !== '-c').join(' ');
  const records = real.records!;
  return Object.assign((args: readonly string[]) => around(cmd(args), () => real(args)) as ReturnType<GitSpawner>, {
    records: ((args, onRecord, signal) =>
      around(cmd(args), () => records(args, onRecord, signal)) as Promise<GitExit>) satisfies GitRecords,
  });
}

test("git walks the range since the last release while the files are checked: the range's git log starts before git status ends", async () => {
  const { deps } = world();
  const logStarted = latch();
  // git status (the committed view the files are checked in) is held until the range's git log has started; the
  // previous code read the range after the checks, so it would wait here for ever: 3 s, then it fails.
  const spawner = wrapped(deps.git, async (cmd, run) => {
    if (cmd.startsWith('log ') && cmd.includes('..')) logStarted.go();
    if (cmd.startsWith('status ')) await within(logStarted.done, "the range's git log while git status ran");
    return run();
  });
  const r = await runRelease(settings({ dryRun: true }), { ...deps, git: spawner, api: undefined, publish: undefined });
  expect(r).toMatchObject({ mode: 'dry-run', version: '1.1.0', bump: 'minor' });
});

test("the workspace's files are listed once the range's git log has started (the listing runs beside git's walk)", async () => {
  const { deps } = world();
  const order: string[] = [];
  const git = wrapped(deps.git, (cmd, run) => (order.push(cmd.split(' ').slice(0, 2).join(' ')), run()));
  const staged = {
    base: settings({ dryRun: true }),
    complete: () => {
      order.push('files listed');
      return settings({ dryRun: true });
    },
  };
  const r = await runRelease(staged, { ...deps, git });
  expect(r).toMatchObject({ mode: 'dry-run', version: '1.1.0' });
  // The previous code took settings already listed: the listing came before any git start.
  expect(order.slice(0, order.indexOf('files listed') + 1)).toEqual([
    'rev-parse --is-shallow-repository',
    'tag --list',
    'log -z',
    'rev-parse --verify',
    'files listed',
  ]);
  expect(order.slice(order.indexOf('files listed') + 1)).toContain('status --porcelain=v1');
});

test("a files error found while git walks the range fails the run with that error, and the walk's git is stopped", async () => {
  const { deps } = world();
  let walk: AbortSignal | undefined;
  const real = deps.git.records!;
  const git = Object.assign((args: readonly string[]) => deps.git(args), {
    records: ((args, onRecord, signal) => {
      if (args.includes('log')) walk = signal;
      return real(args, onRecord, signal);
    }) satisfies GitRecords,
  });
  const staged = {
    base: settings({ dryRun: true }),
    complete: (): ReleaseSettings => {
      throw new UserError("packages 'libs/x/pyproject.toml' matches no file", { hint: 'fix the path or glob' });
    },
  };
  await expect(runRelease(staged, { ...deps, git })).rejects.toThrow("packages 'libs/x/pyproject.toml' matches no file");
  expect(walk?.aborted).toBe(true);
});

/** A promise and its resolver, for holding one git command until another has started or ended. */
function latch(): { done: Promise<void>; go: () => void } {
  let go!: () => void;
  return { done: new Promise<void>((r) => (go = r)), go };
}

/** `p`, or a failure naming `what` after 3 s: a hold that the previous order of git commands would never release. */
async function within<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} did not happen`)), 3_000)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

test('the tags are listed once, while HEAD is resolved, and the range is read without waiting for the tagged commit', async () => {
  const { deps } = world();
  const listed = latch();
  const logEnded = latch();
  const asked: string[] = [];
  const spawner = wrapped(deps.git, async (cmd, run) => {
    asked.push(cmd);
    if (cmd.startsWith('tag --list')) listed.go();
    // HEAD's answer waits for the tag listing to start; the tagged commit's for the range's git log to end, so
    // every commit is read before the run knows which commit the tag names.
    if (cmd.includes('HEAD^{commit}')) await within(listed.done, 'the tag listing while HEAD was resolved');
    if (cmd.includes('refs/tags/v1.0.0^{commit}') && cmd.startsWith('rev-parse '))
      await within(logEnded.done, "the range's git log before the tagged commit was known");
    if (!(cmd.startsWith('log ') && cmd.includes('..'))) return run();
    const out = await run();
    logEnded.go();
    return out;
  });
  const r = await runRelease(settings({ dryRun: true }), { ...deps, git: spawner, api: undefined, publish: undefined });
  expect(r).toMatchObject({ mode: 'dry-run', version: '1.1.0', previousVersion: '1.0.0', bump: 'minor' });
  expect(r.commits.map((c) => c.subject)).toEqual(['a']);
  // v1.0.0 was known reachable from the commits read (the tag's commit a parent of one): no `tag --merged` walk.
  expect(asked.filter((c) => c.includes('--merged'))).toEqual([]);
  // publishedTag (is 1.1.0 tagged already?) used the same listing.
  expect(asked.filter((c) => c.startsWith('tag '))).toEqual(['tag --list']);
});

test('a run that publishes stops the read of the range it started: that git log is never run', async () => {
  writeFileSync(join(dir, '.version'), '1.1.0\n');
  writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [1.1.0](x) (2026-11-22)\n\n### Features\n\n* a\n');
  git('add', '.');
  git('commit', '-qm', 'chore(release): 1.1.0 (#9)');
  const { deps } = world();
  const returned = latch();
  // The read in a box: a promise resolved with a promise would take on its outcome.
  let called!: (box: { read: Promise<unknown> }) => void;
  const asked = new Promise<{ read: Promise<unknown> }>((go) => (called = go));
  // The range's git log is held until the run has returned, then let go: a stopped read starts no git.
  const spawner = wrapped(deps.git, (cmd, run) => {
    if (!(cmd.startsWith('log ') && cmd.includes('..'))) return run();
    const read = returned.done.then(run);
    read.catch(() => undefined);
    called({ read });
    return read;
  });
  const r = await runRelease(settings(), { ...deps, git: spawner });
  expect(r).toMatchObject({ mode: 'publish', version: '1.1.0', tag: 'v1.1.0', released: true });
  returned.go();
  await expect((await asked).read).rejects.toThrow('the read of the commits since the last release was abandoned');
});

test('a shallow checkout with a broken file fails before anything is fetched: the range is read early only where it is local', async () => {
  writeFileSync(join(dir, '.version'), 'not a version\n');
  git('commit', '-qam', 'fix: b (#4)');
  const bare = `${dir}-origin.git`;
  const shallow = `${dir}-shallow`;
  try {
    runGit(tmpdir(), 'clone', '-q', '--bare', dir, bare);
    runGit(tmpdir(), 'clone', '-q', '--depth=1', '--no-tags', `file://${bare}`, shallow);
    const asked: string[] = [];
    const record = (g: GitSpawner) => wrapped(g, (cmd, run) => (asked.push(cmd), run()));
    const { deps } = world();
    const ports = { ...deps, git: record(gitSpawner(shallow, env)), api: undefined, publish: undefined };
    await expect(runRelease(settings({ root: shallow, dryRun: true }), ports)).rejects.toThrow(
      "version file holds 'not a version', not a SemVer version",
    );
    // What the early read would fetch (the remote's tag list first) would start right after `rev-parse
    // --is-shallow-repository …` answers; the run has ended, so give it time to show.
    await new Promise((go) => setTimeout(go, 300));
    expect(asked).toContain('rev-parse --is-shallow-repository --show-prefix --verify --quiet HEAD^{commit}');
    expect(asked.filter((c) => /^(fetch|ls-remote)\b/.test(c))).toEqual([]);
    // Mended, the same checkout does fetch: the check above could fail.
    writeFileSync(join(shallow, '.version'), '1.0.0\n');
    runGit(shallow, 'commit', '-qam', 'fix: mended');
    asked.length = 0;
    const r = await runRelease(settings({ root: shallow, dryRun: true }), ports);
    expect(r).toMatchObject({ mode: 'dry-run', version: '1.1.0' });
    expect(asked.filter((c) => /^(fetch|ls-remote)\b/.test(c))[0]).toBe('ls-remote --tags -- origin');
    // What the early read learnt (HEAD, shallow, the local tags) is not asked again on the fetching path; the tags are
    // listed once more only after the fetches, for the already-tagged check.
    expect(asked.filter((c) => c.includes('HEAD^{commit}') || c.includes('--is-shallow') || c.startsWith('tag '))).toEqual([
      'rev-parse --is-shallow-repository --show-prefix --verify --quiet HEAD^{commit}',
      'tag --list',
      'tag --list',
    ]);
  } finally {
    rmSync(bare, { recursive: true, force: true });
    rmSync(shallow, { recursive: true, force: true });
  }
});

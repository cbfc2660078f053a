import { execFileSync } from 'node:child_process';
import { GitFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { type ActionRun, clockAt, runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end: the promotion gates of issue 19 (soak time, windows, freezes,
// break glass) through the committed promote-env bundle, real git and the
// GitHub double. The bundle reads the real clock (no test hook in the action):
// soak is measured from commit times the fixture sets with GIT_COMMITTER_DATE
// relative to now, and windows are cron expressions written relative to now.

const REPO = 'acme/monorepo';
const d = digest;
const MINUTE = 60_000;

const config = (staging: string[] = [], prod: string[] = []) =>
  [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
    'environments:',
    '  - { name: dev, values: charts/myapp/values-dev.yaml }',
    '  - name: staging',
    '    values: charts/myapp/values-staging.yaml',
    '    auto-merge: true',
    ...staging.map((l) => `    ${l}`),
    '  - name: prod',
    '    values: charts/myapp/values-prod.yaml',
    '    auto-merge: true',
    ...prod.map((l) => `    ${l}`),
    '',
  ].join('\n');

const files = (cfg: string) => ({
  '.github/lockstep.yml': cfg,
  'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.7.3', d('c')], ['0.9.1', d('b')]),
});

let fixture: GitFixture;
let double: GitHubDouble;

async function setUp(cfg: string): Promise<string> {
  fixture = GitFixture.create(files(cfg));
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin, allowAutoMerge: true }] });
  return fixture.clone('main');
}

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
});

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
const autoMergeCalls = () => double.log.filter((r) => r.path === '/graphql' && r.requestBody.includes('enablePullRequestAutoMerge')).length;

/** Runs git in the fixture's work tree with author and committer dates set to `when` (ms). */
function gitAt(when: number, ...args: string[]): string {
  const date = `${Math.floor(when / 1000)} +0000`;
  return execFileSync('git', args, {
    cwd: fixture.dir,
    env: { ...fixture.env(), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    encoding: 'utf8',
  }).trim();
}

/**
 * Staging's api pin moved to dev's 1.8.0 by a promotion pull request: its
 * commit made two hours ago, merged into main (a merge commit, --no-ff)
 * `mergedAgo` ms ago. Returns the merge commit.
 */
function mergeStagingPromotion(mergedAgo: number): string {
  const now = Date.now();
  fixture.checkout('promote/staging', true);
  fixture.write({ 'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.8.0', d('a')], ['0.9.1', d('b')]) });
  gitAt(now - 120 * MINUTE, 'commit', '--quiet', '-am', 'promote: dev → staging (api)');
  fixture.checkout('main');
  gitAt(now - mergedAgo, 'merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7 from acme/promote/staging', 'promote/staging');
  fixture.git('push', '--quiet', 'origin', 'main');
  return fixture.git('rev-parse', 'HEAD');
}

/**
 * `count` commits on main at origin that leave every file as it is, one a
 * second from `from` (ms): what other teams merge meanwhile. Written with
 * git fast-import (hundreds of commits in one process).
 */
function commitsOnMain(count: number, from: number): void {
  const parent = fixture.git('rev-parse', 'HEAD');
  const stream: string[] = [];
  for (let i = 0; i < count; i++) {
    const message = `chore: unrelated change ${i}\n`;
    stream.push(
      'commit refs/heads/main',
      `committer Other Team <other@example.com> ${Math.floor(from / 1000) + i} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
    );
    if (i === 0) stream.push(`from ${parent}`);
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: fixture.dir, input: stream.join('\n') + '\n', env: fixture.env() });
  fixture.git('reset', '--quiet', '--hard', 'main');
  fixture.git('push', '--quiet', 'origin', 'main');
}

/** Commits in the workspace's history of HEAD, and whether it is still a shallow clone. */
const depthOf = (ws: string) => ({
  commits: Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: ws, encoding: 'utf8' }).trim()),
  shallow: execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ws, encoding: 'utf8' }).trim(),
});

/** `YYYY-MM-DD HH:MM` of an instant on the wall clock of `timeZone`. */
function wallClock(ms: number, timeZone: string): { text: string; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return {
    text: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

describe("the CLI's commits", () => {
  test("lockstep promote --push direct commits as the user's git identity; on a runner (GITHUB_ACTIONS=true) as github-actions[bot]", async () => {
    const ws = await setUp(config());
    execFileSync('git', ['config', 'user.name', 'Ada Lovelace'], { cwd: ws });
    execFileSync('git', ['config', 'user.email', 'ada@example.com'], { cwd: ws });
    const env = { ...double.env(), GITHUB_TOKEN: double.token, GITHUB_REPOSITORY: REPO };
    const mine = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--push', 'direct'], { cwd: ws, env, timeoutMs: 90000 });
    if (mine.code !== 0) throw new Error(`exit ${mine.code}\n${mine.stderr}`);
    expect(origin('log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', 'main')).toBe(
      'Ada Lovelace <ada@example.com>|Ada Lovelace <ada@example.com>|promote: dev → staging (api)',
    );
    execFileSync('git', ['pull', '--quiet', '--ff-only', 'origin', 'main'], { cwd: ws });
    const runner = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--push', 'direct'], {
      cwd: ws,
      env: { ...env, GITHUB_ACTIONS: 'true' },
      timeoutMs: 90000,
    });
    if (runner.code !== 0) throw new Error(`exit ${runner.code}\n${runner.stderr}`);
    expect(origin('log', '-1', '--format=%an <%ae>|%cn <%ce>', 'main')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
  });

  test('--push with no git identity is refused before anything runs, naming git config', async () => {
    const ws = await setUp(config());
    const r = await runCli(['promote', '--from', 'dev', '--to', 'staging', '--push', 'direct'], {
      cwd: ws,
      env: { ...double.env(), GITHUB_TOKEN: double.token, GITHUB_REPOSITORY: REPO, GIT_CONFIG_NOSYSTEM: '1', EMAIL: '' },
      timeoutMs: 90000,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '--push commits as you, and git cannot tell who you are: user.name and user.email are not set — run git config --global user.name "Your Name" and git config --global user.email you@example.com\n',
    );
    expect(mutations()).toEqual([]);
  });
});

describe('soak time (staging min-soak: 1h)', () => {
  test('a pin merged into staging 30 minutes ago is refused with "30m left"; nothing is written', async () => {
    const ws = await setUp(config(['min-soak: 1h']));
    const merge = mergeStagingPromotion(30 * MINUTE);
    const since = wallClock(Number(origin('log', '-1', '--format=%ct', merge)) * 1000, 'UTC').text;
    const r = await run(ws, { from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    const held = `api: pinned in staging since ${since} UTC (${merge.slice(0, 12)}, committer date: no PR found; a direct push can backdate it), min-soak 1h: 30m left`;
    expect(r.annotations).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining(`promotion held: ${held}`) }),
    ]);
    expect(r.summary).toContain('Gates:');
    expect(r.summary).toContain(`- Held by soak time: ${held}.`);
    expect(r.summary).toMatch(/Held by a gate until \d{4}-\d\d-\d\d \d\d:\d\d UTC; nothing was written\./);
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(mutations()).toEqual([]);
    expect(double.violations).toEqual([]);
  });

  test('lockstep promote --push exits 1 as the action does: held, nothing written (promote --push && announce announces nothing)', async () => {
    const ws = await setUp(config(['min-soak: 1h']));
    mergeStagingPromotion(30 * MINUTE);
    for (const push of [['--push'], ['--push', 'direct']]) {
      const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', ...push], {
        cwd: ws,
        env: { ...fixture.env(), ...double.env(), GITHUB_TOKEN: double.token, GITHUB_REPOSITORY: REPO },
        timeoutMs: 90000,
      });
      expect({ push, code: r.code }).toEqual({ push, code: 1 });
      expect(r.stdout).toMatch(/Held by a gate until \d{4}-\d\d-\d\d \d\d:\d\d UTC; nothing was written\./);
      expect(r.stderr).toMatch(
        /^promotion held: api: pinned in staging since .* UTC \(\w{12}, committer date: no PR found; a direct push can backdate it\), min-soak 1h: 30m left — run again once the gate lets it through/m,
      );
    }
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(mutations()).toEqual([]);
  });

  // actions/checkout's default fetch-depth: 1. 1,000 old commits, then the promotion merge, then 100 commits by other
  // teams that leave the values files alone: the tip alone still pins api at 1.8.0, which says nothing of how long.
  function shallowHistory(mergedAgo: number): { ws: string; merge: string } {
    commitsOnMain(1000, Date.now() - 3 * 24 * 60 * MINUTE);
    const merge = mergeStagingPromotion(mergedAgo);
    commitsOnMain(100, Date.now() - 20 * MINUTE);
    return { ws: fixture.clone('main', 1), merge };
  }

  test('in a fetch-depth 1 checkout a pin merged 30 minutes ago (100 commits below the tip) is still refused; the history is deepened in steps, not fetched whole', async () => {
    await setUp(config(['min-soak: 1h']));
    const { ws, merge } = shallowHistory(30 * MINUTE);
    expect(depthOf(ws)).toEqual({ commits: 1, shallow: 'true' });
    const since = wallClock(Number(origin('log', '-1', '--format=%ct', merge)) * 1000, 'UTC').text;
    const r = await run(ws, { from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain(
      `- Held by soak time: api: pinned in staging since ${since} UTC (${merge.slice(0, 12)}, committer date: no PR found; a direct push can backdate it), min-soak 1h: 30m left.`,
    );
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(mutations()).toEqual([]);
    // 64 commits below the tip were not enough, 512 more reached the merge: 1 + 64 + 512 of the 1,103 (the merge's
    // second parent, the promotion's own commit, comes with it).
    expect(depthOf(ws)).toEqual({ commits: 578, shallow: 'true' });
  });

  test('in a fetch-depth 1 checkout a pin merged 2 hours ago goes, found by the same steps', async () => {
    await setUp(config(['min-soak: 1h']));
    const { ws } = shallowHistory(120 * MINUTE);
    const r = await run(ws, { from: 'staging', to: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(double.pulls(REPO).map((p) => [p.title, p.draft])).toEqual([['promote: staging → prod (api)', false]]);
    expect(depthOf(ws).shallow).toBe('true');
  });

  test('in a fetch-depth 1 checkout whose tip is older than min-soak nothing more is fetched', async () => {
    await setUp(config(['min-soak: 1h']));
    mergeStagingPromotion(3 * 60 * MINUTE);
    commitsOnMain(100, Date.now() - 2 * 60 * MINUTE);
    const ws = fixture.clone('main', 1);
    const r = await run(ws, { from: 'staging', to: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(double.pulls(REPO)).toHaveLength(1);
    expect(depthOf(ws)).toEqual({ commits: 1, shallow: 'true' });
  });

  test('at 61 minutes it goes: the pull request is opened', async () => {
    const ws = await setUp(config(['min-soak: 1h']));
    mergeStagingPromotion(61 * MINUTE);
    const r = await run(ws, { from: 'staging', to: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(double.pulls(REPO).map((p) => [p.title, p.draft])).toEqual([['promote: staging → prod (api)', false]]);
    expect(r.summary).not.toContain('Held by');
    expect(double.violations).toEqual([]);
  });

  test("lockstep config prints each environment's min-soak with its line; the run holds by the source's (staging 1h), not the target's (prod 5m)", async () => {
    const ws = await setUp(config(['min-soak: 1h'], ['min-soak: 5m', 'wait: draft']));
    mergeStagingPromotion(30 * MINUTE);
    const env = { ...fixture.env(), ...double.env(), GITHUB_TOKEN: double.token, GITHUB_REPOSITORY: REPO };
    const printed = await runCli(['config'], { cwd: ws, env });
    expect(printed.code).toBe(0);
    expect(printed.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        '  - name: staging # .github/lockstep.yml:6',
        '    min-soak: 1h # .github/lockstep.yml:9',
        '    wait: refuse # default',
        '  - name: prod # .github/lockstep.yml:10',
        '    min-soak: 5m # .github/lockstep.yml:13',
        '    wait: draft # .github/lockstep.yml:14',
      ]),
    );
    const json = await runCli(['config', '--json'], { cwd: ws, env });
    const { config: values, sources } = JSON.parse(json.stdout);
    expect(values.environments.map((e: Record<string, unknown>) => [e.name, e['min-soak'], e.wait])).toEqual([
      ['dev', undefined, 'refuse'],
      ['staging', '1h', 'refuse'],
      ['prod', '5m', 'draft'],
    ]);
    expect(sources.environments.map((e: Record<string, unknown>) => [e['min-soak'], e.wait])).toEqual([
      [undefined, 'default'],
      ['config', 'default'],
      ['config', 'config'],
    ]);
    // staging → prod: staging's 1h and its wait (refuse) decide; prod's 5m and draft are for promotions out of prod.
    const r = await runCli(['promote', '--from', 'staging', '--to', 'prod', '--push'], { cwd: ws, env, timeoutMs: 90000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^promotion held: api: pinned in staging since .* UTC \(\w{12}, committer date: [^)]*\), min-soak 1h: 30m left/m,
    );
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(mutations()).toEqual([]);
  });

  test('the min-soak input overrides the config, and wait: draft opens a draft without auto-merge', async () => {
    const ws = await setUp(config(['min-soak: 1h']));
    mergeStagingPromotion(61 * MINUTE);
    const r = await run(ws, { from: 'staging', to: 'prod', 'min-soak': '2h', wait: 'draft' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const [pull] = double.pulls(REPO);
    expect(pull.draft).toBe(true);
    expect(pull.body).toContain('min-soak 2h: 59m left');
    expect(autoMergeCalls()).toBe(0);
    expect(r.summary).toContain('(draft: held by a gate, no auto-merge)');
  });

  test('a rollback (from: ref:) goes at once and says the soak time does not apply', async () => {
    const ws = await setUp(config(['min-soak: 1h']));
    const initial = origin('rev-parse', 'main');
    // prod took 1.8.0 a minute ago; rolling prod back to what it pinned at the first commit does not wait for staging's soak.
    fixture.commit('prod runs 1.8.0', { 'charts/myapp/values-prod.yaml': environmentValues('prod', ['1.8.0', d('a')], ['0.9.1', d('b')]) });
    fixture.git('push', '--quiet', 'origin', 'main');
    mergeStagingPromotion(MINUTE);
    const r = await run(ws, { from: `ref:${initial}`, to: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(double.pulls(REPO).map((p) => p.title)).toEqual([`promote: rollback ${initial} → prod (api)`]);
    expect(r.summary).toContain('- A rollback (from: ref:) does not wait for the soak time of staging (min-soak 1h).');
  });

  test('a min-soak that is not a duration is an error at its config line', async () => {
    const ws = await setUp(config(['min-soak: 1 hour']));
    const r = await run(ws, { from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        file: '.github/lockstep.yml',
        line: 9,
        message:
          ".github/lockstep.yml:9: 'environments.staging.min-soak' is '1 hour', not a duration — write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m",
      }),
    ]);
  });
});

describe('promotion windows', () => {
  /** A deny window around now, in Paris time: opened an hour ago (to the minute), 3h long. */
  function denyAroundNow(): { lines: string[]; opensAt: string } {
    const start = Math.floor(Date.now() / MINUTE) * MINUTE - 60 * MINUTE;
    const at = wallClock(start, 'Europe/Paris');
    return {
      lines: ['windows:', '  deny:', `    - { cron: "${at.minute} ${at.hour} * * *", duration: 3h, timezone: Europe/Paris }`],
      opensAt: `${wallClock(start + 180 * MINUTE, 'Europe/Paris').text} Europe/Paris`,
    };
  }

  test('inside a deny window the PR is a draft saying when it opens, with no auto-merge; the break-glass label lets it through and the body names who added it', async () => {
    const deny = denyAroundNow();
    const ws = await setUp(config(deny.lines));
    const r = await run(ws, { from: 'dev', to: 'staging' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    const [pull] = double.pulls(REPO);
    expect(pull.draft).toBe(true);
    expect(pull.body).toContain(`opens at ${deny.opensAt}`);
    expect(r.summary).toContain(`opens at ${deny.opensAt}`);
    expect(r.summary).toContain('(draft: held by a gate, no auto-merge)');
    expect(autoMergeCalls()).toBe(0);
    expect(double.count('GET /repos/{owner}/{repo}/issues/{issue_number}/events')).toBe(0);

    double.labelBy(REPO, pull.number, 'break-glass', 'oncall-alice');
    const glass = await run(ws, { from: 'dev', to: 'staging' });
    if (glass.code !== 0) throw new Error(`exit ${glass.code}\n${glass.stdout}`);
    const [after] = double.pulls(REPO);
    expect(after.body).toMatch(
      /Break glass: the label 'break-glass' on #1 was added by @\u200doncall-alice at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ; it lifted: promotions into staging are closed/,
    );
    expect(after.body).not.toContain('Held by');
    // GitHub merges no draft: the label takes the pull request out of draft before asking for auto-merge.
    expect(after.draft).toBe(false);
    expect(glass.summary).toContain('Break glass: #1 is no longer a draft.');
    expect(autoMergeCalls()).toBe(1);
    expect(after.autoMerge).not.toBeNull();
    expect(double.count('GET /repos/{owner}/{repo}/issues/{issue_number}/events', 200)).toBe(1);
    expect(double.violations).toEqual([]);
  });

  test('GitHub refusing to take the labelled draft out of draft: it stays a draft and the summary says it does not merge until someone marks it ready', async () => {
    const deny = denyAroundNow();
    const ws = await setUp(config(deny.lines));
    expect((await run(ws, { from: 'dev', to: 'staging' })).code).toBe(0);
    double.labelBy(REPO, 1, 'break-glass', 'oncall-alice');
    // The first GraphQL request after the body update (markPullRequestReadyForReview) is answered NOT_FOUND.
    double.fault({
      route: 'POST /graphql',
      kind: 'node-not-found',
      status: 200,
      afterRoute: 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
    });
    const glass = await run(ws, { from: 'dev', to: 'staging' });
    if (glass.code !== 0) throw new Error(`exit ${glass.code}\n${glass.stdout}`);
    expect(double.pulls(REPO)[0].draft).toBe(true);
    expect(glass.summary).toMatch(
      /Break glass: #1 could not be taken out of draft \(Could not resolve to a node[^)]*\); it does not merge until someone marks it ready for review\./,
    );
    expect(double.violations).toEqual([]);
  });

  test('a label someone else named does not break the glass; the break-glass-label input names it', async () => {
    const deny = denyAroundNow();
    const ws = await setUp(config(deny.lines));
    expect((await run(ws, { from: 'dev', to: 'staging' })).code).toBe(0);
    double.labelBy(REPO, 1, 'break-glass', 'oncall-alice');
    const other = await run(ws, { from: 'dev', to: 'staging', 'break-glass-label': 'sev1-override' });
    expect(other.code).toBe(0);
    expect(double.pulls(REPO)[0].body).toContain(`opens at ${deny.opensAt}`);
    expect(autoMergeCalls()).toBe(0);
  });

  // Issue 73, item 12: docs/cli.md says a dry run of a promotion a gate holds exits 1 and says so first; a
  // window's hold (whose real run opens a draft) exited 0 with "would change" and the hold as its last note.
  test('a dry run inside a deny window exits 1, the hold the first line of the log; nothing is written', async () => {
    const deny = denyAroundNow();
    const ws = await setUp(config(deny.lines));
    const main = origin('rev-parse', 'main');
    const r = await run(ws, { from: 'dev', to: 'staging', 'dry-run': 'true' });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const held = lines.findIndex((l) => l.startsWith('promotion held: promotions into staging are closed: inside the deny window '));
    expect(held).toBeGreaterThan(-1);
    expect(held).toBeLessThan(lines.findIndex((l) => l.startsWith('api: 1.7.3 → 1.8.0')));
    expect(r.stdout).not.toContain('would change');
    expect(r.outputs.changed).toBe('false');
    expect(r.annotations).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining(`opens at ${deny.opensAt}`) }),
    ]);
    expect(origin('rev-parse', 'main')).toBe(main);
    expect(double.pulls(REPO)).toEqual([]);
    expect(mutations()).toEqual([]);
  });

  test('a freeze date range refuses push: direct; nothing is written', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const ws = await setUp(config(['windows:', '  freeze:', `    - { from: ${day(-1)}, to: ${day(1)}, reason: release week }`]));
    const main = origin('rev-parse', 'main');
    const r = await run(ws, { from: 'dev', to: 'staging', push: 'direct' });
    expect(r.code).toBe(1);
    const held = `promotions into staging are closed: frozen from ${day(-1)} to ${day(1)} (UTC): release week; opens at ${day(2)} 00:00 UTC`;
    expect(r.annotations).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining(`promotion held: ${held}`) }),
    ]);
    expect(r.summary).toContain(`- Held by a promotion window: ${held}.`);
    expect(origin('rev-parse', 'main')).toBe(main);
    expect(mutations()).toEqual([]);
  });

  test('a malformed cron expression is an error at its config line', async () => {
    const ws = await setUp(config([], ['windows:', '  allow:', '    - { cron: "0 25 * * 1-5", duration: 8h, timezone: Europe/Paris }']));
    const r = await run(ws, { from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        file: '.github/lockstep.yml',
        line: 14,
        message:
          '.github/lockstep.yml:14: the allow window cron \'0 25 * * 1-5\' of environment prod is not a cron expression: Constraint error, got value 25 expected range 0-23 — write five fields: minute hour day-of-month month day-of-week, e.g. "0 9 * * 1-5"',
      }),
    ]);
    expect(mutations()).toEqual([]);
  });
});

// Issue 38 item 9, the soak source: soak is measured from when the base branch received the pin — the merged pull
// request's merged_at (GET /repos/{o}/{r}/commits/{sha}/pulls), else the environment's Deployment, else the
// committer date, which a direct push can backdate — and the output says which it used.
describe('soak measured from when main received the pin (staging min-soak: 1h)', () => {
  /**
   * Staging's api pin moved to dev's 1.8.0 by a commit whose committer date says three days ago, landed on main
   * as it is (a fast-forward). Returns the commit.
   */
  function backdatedPin(): string {
    fixture.checkout('bump-staging', true);
    fixture.write({ 'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.8.0', d('a')], ['0.9.1', d('b')]) });
    gitAt(Date.now() - 3 * 24 * 60 * MINUTE, 'commit', '--quiet', '-am', 'staging: api 1.8.0');
    fixture.git('push', '--quiet', 'origin', 'bump-staging');
    fixture.checkout('main');
    fixture.git('merge', '--quiet', '--ff-only', 'bump-staging');
    fixture.git('push', '--quiet', 'origin', 'main');
    return fixture.git('rev-parse', 'HEAD');
  }

  test('a backdated commit whose pull request merged 10 minutes ago is held, measured from merged_at (it went: the committer date said 3 days)', async () => {
    const ws = await setUp(config(['min-soak: 1h']));
    const sha = backdatedPin();
    const mergedAt = new Date(Math.floor(Date.now() / MINUTE) * MINUTE - 10 * MINUTE).toISOString().replace('.000Z', 'Z');
    const pull = double.seedPull(REPO, { head: 'bump-staging', title: 'staging: api 1.8.0', merged: { sha, at: mergedAt } });
    const r = await run(ws, { from: 'staging', to: 'prod' });
    expect(r.code).toBe(1);
    const since = `${mergedAt.slice(0, 10)} ${mergedAt.slice(11, 16)} UTC`;
    const held = new RegExp(
      `promotion held: api: pinned in staging since ${since} \\(${sha.slice(0, 12)}, merged_at of #${pull.number}\\), min-soak 1h: (49|50)m left`,
    );
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(held)]);
    expect(r.summary).toContain(`(${sha.slice(0, 12)}, merged_at of #${pull.number})`);
    expect(double.count('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', 200)).toBe(1);
    expect(origin('for-each-ref', 'refs/heads/promote/prod')).toBe('');
    expect(mutations()).toEqual([]);
    expect(double.violations).toEqual([]);
  });

  test('a pull request merged into another branch does not count; with none on main the committer date is used and said to be backdatable', async () => {
    const ws = await setUp(config(['min-soak: 1h']));
    const sha = backdatedPin();
    fixture.git('push', '--quiet', 'origin', 'main:release');
    const recent = new Date(Date.now() - 5 * MINUTE).toISOString().replace(/\.\d{3}Z$/, 'Z');
    double.seedPull(REPO, { head: 'bump-staging', base: 'release', title: 'staging: api 1.8.0', merged: { sha, at: recent } });
    const r = await run(ws, { from: 'staging', to: 'prod' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(r.stdout).toContain('api: soaking in staging since ');
    expect(r.stdout).toContain('(committer date: no PR found; a direct push can backdate it)');
    expect(
      double
        .pulls(REPO)
        .filter((p) => p.state === 'open')
        .map((p) => p.title),
    ).toEqual(['promote: staging → prod (api)']);
    expect(double.violations).toEqual([]);
  });
});

// Issue 38 item 9 through the bundle: the committed promote-env bundle run "at" a given instant (the harness
// preloads frozen-clock.mjs; the bundle has no clock hook). Europe/Berlin springs forward on 2027-03-28,
// 02:00 → 03:00 CEST (01:00Z): a nightly freeze starting at 02:00 starts at the first instant after the gap.
describe('a deny window whose start the spring-forward change skips, through the bundle', () => {
  const NIGHTLY = ['windows:', '  deny:', '    - { cron: "0 2 * * *", duration: 2h, timezone: Europe/Berlin }'];
  const at = (ws: string, iso: string) =>
    runAction('promote-env', {
      workspace: ws,
      inputs: { 'github-token': double.token, from: 'dev', to: 'staging', push: 'direct' },
      env: { ...double.env(), HOME: ws, ...clockAt(iso) },
      timeoutMs: 90000,
    });

  test('at 03:30 local on the spring-forward day it holds (the start fell in the skipped hour); nothing is written', async () => {
    const ws = await setUp(config(NIGHTLY));
    const main = origin('rev-parse', 'main');
    const r = await at(ws, '2027-03-28T01:30:00Z');
    expect(r.code).toBe(1);
    const held =
      "promotions into staging are closed: inside the deny window '0 2 * * *' for 2h (Europe/Berlin); opens at 2027-03-28 04:00 Europe/Berlin";
    expect(r.annotations).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining(`promotion held: ${held}`) }),
    ]);
    expect(origin('rev-parse', 'main')).toBe(main);
    expect(mutations()).toEqual([]);
  });

  test('at 04:00 local the same day the window is over and the promotion lands', async () => {
    const ws = await setUp(config(NIGHTLY));
    const main = origin('rev-parse', 'main');
    const r = await at(ws, '2027-03-28T02:00:00Z');
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(origin('rev-parse', 'main')).not.toBe(main);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_ENV, GitFixture } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { pushToMainEnv } from '../harness/push-env.ts';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.ts';
import { branchVerification, COMMIT_MODES, type CommitMode, pushCounter, verificationOf } from '../harness/commit-mode.ts';

// prepare-release through its committed bundle on Node 24: real git (bare origin, fetch-depth 1 clones,
// a second clone as the human) and the GitHub REST double.

const REPO = 'acme/mono';
const PULLS = 'POST /repos/{owner}/{repo}/pulls';
// A lock command without a shell: node rewrites poetry.lock from the pin it finds in pyproject.toml.
const LOCK = `["node", "-e", "const fs=require('fs');const v=/liba = \\"([^\\"]+)\\"/.exec(fs.readFileSync('pyproject.toml','utf8'))[1];fs.writeFileSync('poetry.lock','liba '+v+'\\\\n')"]`;

const files = {
  '.github/lockstep.yml': [
    'packages: [libs/*/pyproject.toml]',
    'pins:',
    '  - files: services/*/pyproject.toml',
    '    table: tool.poetry.group.prod.dependencies',
    '    names: [liba]',
    `lock-command: ${LOCK}`,
    '',
  ].join('\n'),
  '.version': '1.4.2\n',
  'libs/liba/pyproject.toml': '[tool.poetry]\nname = "liba"\nversion = "1.4.2"  # lib\n',
  'services/api/pyproject.toml':
    '[tool.poetry]\nname = "api"\nversion = "0.0.0"\n\n[tool.poetry.group.prod.dependencies]\nliba = "^1.4.2"\n',
  'services/api/poetry.lock': 'liba ^1.4.2\n',
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0 # chart version\nappVersion: "1.4.2"\n',
  'README.md': 'mono\n',
};

let fx: GitFixture;
let gh: GitHubDouble;

beforeEach(async () => {
  fx = GitFixture.create(files);
  fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
  fx.commit('feat(api): add export (#12)', { 'services/api/app.py': 'export\n' });
  fx.commit('fix: crash on empty input (#13)', { 'services/api/app.py': 'export fixed\n' });
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
});

afterEach(async () => {
  await gh.stop();
  fx.cleanup();
});

/** The commit mode of the scenario running (set by the describe.each below; git elsewhere). */
let commitMode: CommitMode = 'git';

async function run(
  dir: string,
  inputs: Record<string, string> = {},
  opts: { eventName?: string; event?: unknown; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  // api mode: the input, and a count of git pushes that must stay at zero.
  const pushes = commitMode === 'api' ? pushCounter() : undefined;
  try {
    const r = await runAction('prepare-release', {
      workspace: dir,
      inputs: { 'github-token': gh.token, ...(pushes ? { 'commit-mode': 'api' } : {}), ...inputs },
      eventName: opts.eventName ?? 'push',
      event: opts.event,
      env: { ...pushToMainEnv(gh, REPO), ...pushes?.env, ...opts.env },
    });
    if (pushes) expect({ pushes: pushes.count() }).toEqual({ pushes: 0 });
    return r;
  } finally {
    pushes?.stop();
  }
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
const originShow = (ref: string, path: string) => git(fx.origin, 'show', `${ref}:${path}`);
const originRef = (ref: string) => {
  try {
    return git(fx.origin, 'rev-parse', '--verify', '--quiet', ref);
  } catch {
    return undefined;
  }
};

/** Everything a run printed or left behind, for the token check. */
function noToken(r: ActionRun): void {
  // The one place the token may appear is the add-mask command that registers it with the runner.
  const stdout = r.stdout
    .split('\n')
    .filter((l) => l !== `::add-mask::${gh.token}`)
    .join('\n');
  const all = [stdout, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');
  expect(all).not.toContain(gh.token);
}

async function api(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: `token ${gh.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

/** A fresh fetch-depth 1 checkout of main, as actions/checkout makes it. */
const checkout = () => fx.clone('main', 1);

// Every scenario that writes runs in both commit modes with the same assertions: git pushes the release
// branch and tag; api writes them through the double's Git Database API, and then no git push happens at all
// (counted by a receive-pack wrapper) and every commit lockstep authored shows as Verified.
describe.each(COMMIT_MODES)('commit-mode %s', (mode) => {
  beforeEach(() => {
    commitMode = mode;
  });
  afterEach(async () => {
    if (mode === 'api') {
      for (const branch of git(fx.origin, 'for-each-ref', '--format=%(refname:lstrip=2)', 'refs/heads/chore/').split('\n').filter(Boolean))
        for (const c of await branchVerification(gh, REPO, fx.origin, branch))
          expect({ branch, subject: c.subject, verified: c.verified }).toEqual({ branch, subject: c.subject, verified: c.lockstep });
    }
    commitMode = 'git';
  });

  test('first release PR: every file, lock command, outputs; the token is nowhere', async () => {
    const dir = checkout();
    const r = await run(dir);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      version: '1.5.0',
      'previous-version': '1.4.2',
      bump: 'minor',
      branch: 'chore/release-1.5.0',
      released: 'false',
      'pr-number': '1',
    });
    const ref = 'refs/heads/chore/release-1.5.0';
    expect(originShow(ref, '.version')).toBe('1.5.0');
    expect(originShow(ref, 'libs/liba/pyproject.toml')).toBe('[tool.poetry]\nname = "liba"\nversion = "1.5.0"  # lib');
    expect(originShow(ref, 'services/api/pyproject.toml')).toContain('liba = "^1.5.0"');
    expect(originShow(ref, 'services/api/poetry.lock')).toBe('liba ^1.5.0');
    expect(originShow(ref, 'charts/myapp/Chart.yaml')).toBe(
      'apiVersion: v2\nname: myapp\nversion: 0.13.1 # chart version\nappVersion: "1.5.0"',
    );
    const changelog = originShow(ref, 'CHANGELOG.md');
    expect(changelog).toMatch(/^# Changelog\n\n## \[1.5.0\]\(http[^)\s]*\/acme\/mono\/compare\/v1.4.2...v1.5.0\) \(\d{4}-\d\d-\d\d\)\n/);
    expect(changelog).toMatch(/### Features\n\n\* \*\*api:\*\* add export \(\[#12\]/);
    const message = git(fx.origin, 'log', '-1', '--format=%B', ref);
    expect(message).toMatch(
      /^chore\(release\): 1\.5\.0\n\nLockstep-Release: v1\.5\.0\nLockstep-Generated: prepare-release\nLockstep-Tree: [0-9a-f]{40}$/,
    );
    expect(git(fx.origin, 'rev-parse', `${ref}^`)).toBe(git(fx.origin, 'rev-parse', 'main'));
    const pulls = gh.pulls(REPO);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ title: 'chore(release): 1.5.0', head: 'chore/release-1.5.0', base: 'main', state: 'open' });
    expect(pulls[0].body).toContain('| `services/api/pyproject.toml` | pin liba | ^1.4.2 | ^1.5.0 |');
    expect(gh.labels(REPO, 1)).toEqual(['release']);
    expect(r.stdout).toContain('::group::lock-command in services/api');
    expect(gh.violations).toEqual([]);
    noToken(r);
    expect(message + pulls[0].body + pulls[0].title).not.toContain(gh.token);
  });

  test('rerun with nothing new pushes nothing, edits nothing and says so', async () => {
    await run(checkout());
    const tip = originRef('refs/heads/chore/release-1.5.0');
    const writes = gh.log.filter((l) => l.method !== 'GET').length;
    const r = await run(checkout());
    expect(r.code).toBe(0);
    expect(originRef('refs/heads/chore/release-1.5.0')).toBe(tip);
    expect(gh.count(PULLS)).toBe(1);
    expect(gh.log.filter((l) => l.method !== 'GET').length).toBe(writes);
    expect(r.summary).toMatch(/already up to date: nothing pushed/);
    expect(r.summary).toMatch(/Release PR #1 is unchanged/);
  });

  test('a feat! supersedes the open PR: the old one is closed with a comment and its branch deleted', async () => {
    await run(checkout());
    fx.commit('feat!: drop the v1 API', { 'services/api/app.py': 'v2\n' });
    fx.push('main');
    const r = await run(checkout());
    expect(r.outputs).toMatchObject({ version: '2.0.0', bump: 'major', 'pr-number': '2' });
    const [old, neu] = gh.pulls(REPO);
    expect(old.state).toBe('closed');
    expect(neu).toMatchObject({ state: 'open', head: 'chore/release-2.0.0' });
    expect(
      gh
        .comments(REPO, old.number)
        .map((c) => c.body)
        .join('\n'),
    ).toContain(`#${neu.number}`);
    expect(originRef('refs/heads/chore/release-1.5.0')).toBeUndefined();
    expect(originShow('refs/heads/chore/release-2.0.0', 'CHANGELOG.md')).toMatch(/### ⚠ BREAKING CHANGES\n\n\* drop the v1 API/);
  });

  test('a human commit on the release branch survives regeneration', async () => {
    await run(checkout());
    const human = fx.clone('chore/release-1.5.0');
    writeFileSync(join(human, 'README.md'), 'mono, released by hand\n');
    git(human, 'commit', '-qam', 'docs: readme for the release');
    git(human, 'push', '-q', 'origin', 'chore/release-1.5.0');
    fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
    fx.push('main');
    const r = await run(checkout());
    expect(r.code).toBe(0);
    const ref = 'refs/heads/chore/release-1.5.0';
    expect(originShow(ref, 'README.md')).toBe('mono, released by hand');
    expect(git(fx.origin, 'log', '-1', '--format=%s', ref)).toBe('docs: readme for the release');
    expect(git(fx.origin, 'log', '-1', '--format=%s', `${ref}^`)).toBe('chore(release): 1.5.0');
    expect(git(fx.origin, 'rev-parse', `${ref}^^`)).toBe(git(fx.origin, 'rev-parse', 'main'));
    expect(originShow(ref, 'CHANGELOG.md')).toContain('another bug');
    expect(gh.count(PULLS)).toBe(1);
  });

  test('a human commit on a release branch that is current is kept as it is, and the summary names it', async () => {
    await run(checkout());
    const human = fx.clone('chore/release-1.5.0');
    writeFileSync(join(human, 'README.md'), 'mono, released by hand\n');
    git(human, 'commit', '-qam', 'docs: readme for the release');
    git(human, 'push', '-q', 'origin', 'chore/release-1.5.0');
    const sha = git(human, 'rev-parse', 'HEAD');
    const r = await run(checkout());
    expect(r.code).toBe(0);
    expect(originRef('refs/heads/chore/release-1.5.0')).toBe(sha);
    expect(r.summary).toContain(
      `Branch chore/release-1.5.0 is current (its release commit matches; 1 commit pushed on top of it is kept as it is: ${sha.slice(0, 12)}).`,
    );
  });

  /**
   * The release PR is opened, someone edits its branch by hand (`edit` returns the new tip), main moves on,
   * and the action runs again: it succeeds and leaves the branch at the hand-made tip. Returns that run.
   */
  async function rerunAfterHandEdit(edit: () => string): Promise<ActionRun> {
    await run(checkout());
    const tip = edit();
    expect(originRef('refs/heads/chore/release-1.5.0')).toBe(tip);
    fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
    fx.push('main');
    const r = await run(checkout());
    expect(r.code).toBe(0);
    expect(originRef('refs/heads/chore/release-1.5.0')).toBe(tip);
    return r;
  }

  test('a conflicting human commit leaves branch and PR alone and explains on the PR', async () => {
    const r = await rerunAfterHandEdit(() =>
      fx.editByHand(
        'chore/release-1.5.0',
        { 'CHANGELOG.md': '# Changelog\n\nWritten by hand.\n' },
        { message: 'docs: hand-written changelog' },
      ),
    );
    const comments = gh
      .comments(REPO, 1)
      .map((c) => c.body)
      .join('\n');
    expect(comments).toMatch(/does not apply on top of it \(conflicts in `CHANGELOG.md`\)/);
    expect(comments).toMatch(/rebase `chore\/release-1.5.0`/);
    expect(r.summary).toMatch(/conflicts with the regenerated release commit/);
  });

  test('two runs racing on the same base: one branch, one PR, no overwritten commit', async () => {
    const [a, b] = await Promise.all([run(checkout()), run(checkout())]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(gh.pulls(REPO)).toHaveLength(1);
    expect(a.outputs['pr-number']).toBe('1');
    expect(b.outputs['pr-number']).toBe('1');
    expect(git(fx.origin, 'log', '--format=%s', 'refs/heads/chore/release-1.5.0', '-2').split('\n')[0]).toBe('chore(release): 1.5.0');
    expect(git(fx.origin, 'rev-parse', 'refs/heads/chore/release-1.5.0^')).toBe(git(fx.origin, 'rev-parse', 'main'));
  });

  test('the base moved since the checkout: fails with "base moved", nothing pushed, workspace restored', async () => {
    const stale = checkout();
    const oldHead = git(stale, 'rev-parse', 'HEAD');
    fx.commit('feat: newer work', { 'y.txt': 'y\n' });
    fx.push('main');
    const newTip = git(fx.origin, 'rev-parse', 'main');
    const r = await run(stale);
    expect(r.code).toBe(1);
    // The lock command ran in the stale workspace before the base was checked: its output must be gone too.
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain(`base moved: main is at ${newTip.slice(0, 7)} now, this run checked out ${oldHead.slice(0, 7)}`);
    expect(errors[0].message).toContain(`the run for ${newTip.slice(0, 7)} prepares the release PR`);
    expect(originRef('refs/heads/chore/release-1.5.0')).toBeUndefined();
    expect(originRef('refs/heads/chore/release-1.6.0')).toBeUndefined();
    expect(gh.pulls(REPO)).toHaveLength(0);
    expect(git(stale, 'status', '--porcelain')).toBe('');
    expect(git(stale, 'rev-parse', 'HEAD')).toBe(oldHead);
    noToken(r);
  });

  test('a release commit amended by hand is not regenerated away', async () => {
    await rerunAfterHandEdit(() =>
      fx.editByHand(
        'chore/release-1.5.0',
        (human) => ({ 'CHANGELOG.md': `${readFileSync(join(human, 'CHANGELOG.md'), 'utf8')}\nHand-written highlight.\n` }),
        { amend: true },
      ),
    );
    expect(
      gh
        .comments(REPO, 1)
        .map((c) => c.body)
        .join('\n'),
    ).toMatch(/was amended by hand/);
  });

  test('a release PR with the freeze label is left alone, and the summary says why', async () => {
    await run(checkout());
    await api('POST', `/repos/${REPO}/issues/1/labels`, { labels: ['release-freeze'] });
    const tip = originRef('refs/heads/chore/release-1.5.0');
    fx.commit('feat!: big change', { 'x.txt': 'x\n' });
    fx.push('main');
    const r = await run(checkout());
    expect(r.code).toBe(0);
    expect(gh.pulls(REPO)).toHaveLength(1);
    expect(originRef('refs/heads/chore/release-1.5.0')).toBe(tip);
    expect(originRef('refs/heads/chore/release-2.0.0')).toBeUndefined();
    expect(r.summary).toMatch(/carries the 'release-freeze' label: it is left alone/);
  });

  test('merge → annotated tag and one Release; rerun → nothing; tag without Release → Release only', async () => {
    await run(checkout());
    await api('PUT', `/repos/${REPO}/pulls/1/merge`, { merge_method: 'squash' });
    expect(gh.pulls(REPO)[0].merged).toBe(true);
    const r = await run(checkout());
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ released: 'true', tag: 'v1.5.0', version: '1.5.0' });
    expect(git(fx.origin, 'cat-file', '-t', 'refs/tags/v1.5.0')).toBe('tag');
    expect(git(fx.origin, 'rev-parse', 'refs/tags/v1.5.0^{commit}')).toBe(git(fx.origin, 'rev-parse', 'main'));
    const releases = gh.releases(REPO);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ tag: 'v1.5.0', prerelease: false });
    expect(releases[0].body).toContain('add export');

    const again = await run(checkout());
    expect(again.outputs).toMatchObject({ released: 'false', tag: 'v1.5.0' });
    expect(again.summary).toMatch(/already tagged and published/);
    expect(gh.releases(REPO)).toHaveLength(1);
    noToken(again);
  });

  test('tagged but no Release (a crash between the two) → the Release only', async () => {
    await run(checkout());
    await api('PUT', `/repos/${REPO}/pulls/1/merge`, { merge_method: 'merge' });
    const dir = checkout();
    git(dir, 'tag', '-a', '-m', 'Release 1.5.0', 'v1.5.0');
    git(dir, 'push', '-q', 'origin', 'refs/tags/v1.5.0');
    const tagObject = originRef('refs/tags/v1.5.0');
    const r = await run(dir);
    expect(r.code).toBe(0);
    expect(r.outputs.released).toBe('true');
    expect(originRef('refs/tags/v1.5.0')).toBe(tagObject);
    expect(gh.releases(REPO)).toHaveLength(1);
  });

  test.each([
    ['502 before handling', '502-before'],
    ['502 after handling (lost response)', '502-after'],
    ['secondary rate limit', 'secondary-rate-limit'],
  ] as const)('%s on creating the PR → exactly one PR', async (_n, kind) => {
    gh.fault({ route: PULLS, kind, retryAfter: 1 });
    const r = await run(checkout());
    expect(r.code).toBe(0);
    expect(gh.pulls(REPO)).toHaveLength(1);
    expect(r.outputs['pr-number']).toBe('1');
    noToken(r);
  });

  test('Actions may not create pull requests: the error names the setting and reports the pushed branch', async () => {
    gh.forbidPullRequestCreation = true;
    const r = await run(checkout());
    expect(r.code).toBe(1);
    const [err] = r.annotations.filter((a) => a.level === 'error');
    expect(err.message).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    expect(err.message).toMatch(/branch chore\/release-1.5.0 was pushed but has no pull request yet/);
    expect(err.message).not.toMatch(/internal error/);
    expect(gh.pulls(REPO)).toHaveLength(0);
    noToken(r);
  });
});

test('prerelease rc: X.Y.Z-rc.N counted from tags, published as a pre-release; author and committer inputs', async () => {
  fx.git('tag', '-a', '-m', 'rc', 'v1.5.0-rc.1');
  fx.git('push', '--quiet', 'origin', 'refs/tags/v1.5.0-rc.1');
  const inputs = { prerelease: 'rc', author: 'Release Bot <release-bot@example.com>', committer: 'Ops <ops@example.com>' };
  const r = await run(checkout(), inputs);
  expect(r.outputs).toMatchObject({ version: '1.5.0-rc.2', branch: 'chore/release-1.5.0-rc.2' });
  const ref = 'refs/heads/chore/release-1.5.0-rc.2';
  expect(git(fx.origin, 'log', '-1', '--format=%an <%ae>|%cn <%ce>', ref)).toBe(
    'Release Bot <release-bot@example.com>|Ops <ops@example.com>',
  );
  await api('PUT', `/repos/${REPO}/pulls/1/merge`, { merge_method: 'rebase' });
  const p = await run(checkout(), inputs);
  expect(p.outputs).toMatchObject({ released: 'true', tag: 'v1.5.0-rc.2' });
  expect(gh.releases(REPO)).toEqual([expect.objectContaining({ tag: 'v1.5.0-rc.2', prerelease: true })]);
});

test('commit text pings no one and closes nothing elsewhere: mentions and foreign closing keywords are inert in the release PR body, CHANGELOG.md and summary', async () => {
  const Z = '\u200d';
  fx.commit(
    'fix: ping @octocat and @acme/everyone, closes other-org/repo#1, Fixes: https://github.com/o/r/issues/2, closes #13, mail a@b.com (#14)',
    {
      'services/api/app.py': 'pinged\n',
    },
  );
  fx.git('push', '--quiet', 'origin', 'main');
  const r = await run(checkout());
  expect(r.code).toBe(0);
  const line = `ping @${Z}octocat and @${Z}acme/everyone, c${Z}loses other-org/repo#1, F${Z}ixes: https://github.com/o/r/issues/2, closes #13, mail a@b.com`;
  const [pull] = gh.pulls(REPO);
  expect(pull.body).toContain(line);
  expect(originShow('chore/release-1.5.0', 'CHANGELOG.md')).toContain(line);
  expect(r.summary).toContain(line);
  for (const text of [pull.body ?? '', r.summary]) {
    expect(text).not.toMatch(/(^|[^\w\u200d])@(octocat|acme\/everyone)/);
    expect(text).not.toMatch(/\bcloses other-org\/repo#1/i);
  }
});

test('no config file: defaults (.version, tag prefix v, every chart)', async () => {
  const dir = checkout();
  git(dir, 'rm', '-q', '.github/lockstep.yml');
  git(dir, 'commit', '-qm', 'chore: no config');
  const r = await run(dir, { 'dry-run': 'true' });
  expect(r.code).toBe(0);
  expect(r.outputs.version).toBe('1.5.0');
  expect(r.stdout).toContain('+++ b/charts/myapp/Chart.yaml');
  expect(r.stdout).toContain('+++ b/.version');
  expect(r.stdout).not.toContain('+++ b/libs/liba/pyproject.toml');
});

test('a dry run never loads the GitHub client: none of the bundle files it loads holds Octokit', async () => {
  // Node 24's module.registerHooks sees every file the bundle loads, the chunks its import()s bring included.
  const preload = join(fx.root, 'loaded-hook.mjs');
  const loaded = join(fx.root, 'loaded.txt');
  writeFileSync(
    preload,
    `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n` +
      `registerHooks({ load(url, context, next) { appendFileSync(process.env.LOADED_FILE, url + '\\n'); return next(url, context); } });\n`,
  );
  const r = await run(checkout(), { 'dry-run': 'true' }, { env: { NODE_OPTIONS: `--import=${preload}`, LOADED_FILE: loaded } });
  expect(r.code).toBe(0);
  expect(r.outputs.version).toBe('1.5.0');
  const files = readFileSync(loaded, 'utf8')
    .split('\n')
    .filter((u) => u.includes('/actions/prepare-release/dist/'))
    .map((u) => new URL(u).pathname);
  // Not vacuous: the run loaded its chunks (the release code, the YAML library) through the hook.
  expect(files.length).toBeGreaterThan(2);
  expect(files.filter((f) => readFileSync(f, 'utf8').includes('class Octokit'))).toEqual([]);
});

test('dry run on a fork PR with a read-only token: version, notes and diff, nothing mutated', async () => {
  gh.readOnly = true;
  const dir = checkout();
  const before = git(dir, 'status', '--porcelain');
  const event = { pull_request: { number: 7, head: { repo: { full_name: 'fork/mono' } }, base: { repo: { full_name: REPO } } } };
  const r = await run(dir, {}, { eventName: 'pull_request', event });
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ version: '1.5.0', bump: 'minor', 'pr-number': '', released: 'false' });
  expect(r.outputs.notes).toContain('add export');
  expect(r.stdout).toContain('Diff (dry run: nothing written)');
  expect(r.stdout).toContain('+1.5.0');
  expect(r.stdout).toMatch(/Would run node -e .* in services\/api/);
  expect(git(dir, 'status', '--porcelain')).toBe(before);
  expect(gh.log.filter((l) => l.method !== 'GET')).toEqual([]);
  expect(originRef('refs/heads/chore/release-1.5.0')).toBeUndefined();
});

describe('bad input: one line naming the input or file:line, exit 1, nothing written, pushed or called', () => {
  test.each<[string, Record<string, string>, Record<string, string | null>, RegExp]>([
    ['unparsable version file', {}, { '.version': 'one point five\n' }, /^\.version:1: version file holds 'one point five'/],
    ['version input not SemVer', { version: 'v2' }, {}, /input 'version' is 'v2', not a SemVer version/],
    [
      'version not greater than the last release',
      { version: '1.4.2' },
      {},
      /input 'version' 1.4.2 is not greater than the last release 1.4.2/,
    ],
    ['unknown pre-major', { 'pre-major': 'patch' }, {}, /input 'pre-major' is 'patch'/],
    ['lock command not found', { 'lock-command': '[no-such-locker-xyz, lock]' }, {}, /lock-command 'no-such-locker-xyz' was not found/],
    [
      'lock command fails',
      { 'lock-command': '[node, -e, "process.exit(3)"]' },
      {},
      /lock-command 'node -e process.exit\(3\)' exited with 3 in services\/api; the workspace was restored/,
    ],
    [
      'pin table that does not exist',
      { pins: '- {files: services/*/pyproject.toml, table: tool.poetry.group.main.dependencies, names: [liba]}' },
      {},
      /pin table 'tool.poetry.group.main.dependencies' does not exist/,
    ],
    ['missing token outside dry run', { 'github-token': '' }, {}, /input 'github-token' is empty/],
  ])('%s', async (_n, inputs, edits, message) => {
    const dir = checkout();
    for (const [p, c] of Object.entries(edits)) if (c !== null) writeFileSync(join(dir, p), c);
    if (Object.keys(edits).length) git(dir, 'commit', '-qam', 'chore: edit');
    const before = {
      status: git(dir, 'status', '--porcelain', '--ignored'),
      lock: readFileSync(join(dir, 'services/api/poetry.lock'), 'utf8'),
    };
    const r = await run(dir, inputs);
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(message);
    expect(errors[0].message).not.toMatch(/\n|at .*\.js:\d+/);
    expect(git(dir, 'status', '--porcelain', '--ignored')).toBe(before.status);
    expect(readFileSync(join(dir, 'services/api/poetry.lock'), 'utf8')).toBe(before.lock);
    expect(gh.log.filter((l) => l.method !== 'GET')).toEqual([]);
    expect(originRef('refs/heads/chore/release-1.5.0')).toBeUndefined();
  });
});

describe('case 32: a version already published is refused before any edit', () => {
  test.each([
    ['a release tagged on another branch (the computed 1.5.0)', 'v1.5.0', {}, '1.5.0'],
    ['the same version with build metadata', 'v1.5.0+hotfix.1', {}, '1.5.0'],
    ['an explicit version that is an existing pre-release', 'v1.6.0-rc.1', { version: '1.6.0-rc.1' }, '1.6.0-rc.1'],
  ])('%s', async (_name, tag, inputs: Record<string, string>, version) => {
    // The tag sits on a maintenance branch, not in main's history, so main's last release stays v1.4.2.
    const maint = fx.clone('main');
    git(maint, 'checkout', '-q', '-b', 'release-1.x', 'v1.4.2');
    writeFileSync(join(maint, 'hotfix.txt'), 'x\n');
    git(maint, 'add', 'hotfix.txt');
    git(maint, 'commit', '-qm', 'fix: hotfix');
    git(maint, 'tag', '-a', '-m', tag, tag);
    git(maint, 'push', '-q', 'origin', 'release-1.x', tag);
    for (const dryRun of ['true', 'false']) {
      const dir = checkout();
      const r = await run(dir, { ...inputs, 'dry-run': dryRun });
      expect(r.code).toBe(1);
      const errors = r.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toContain(
        `version ${version} is already published: tag ${tag} exists (on ${git(fx.origin, 'rev-parse', `${tag}^{commit}`).slice(0, 12)})`,
      );
      expect(git(dir, 'status', '--porcelain')).toBe('');
    }
    expect(originRef(`refs/heads/chore/release-${version}`)).toBeUndefined();
    expect(gh.log.filter((l) => l.method !== 'GET')).toEqual([]);
    expect(gh.pulls(REPO)).toHaveLength(0);
  });
});

test('a release whose notes exceed GitHub limits: summary, notes output and log are cut with notes saying so', async () => {
  // 4,000 features with long subjects: about 1.3 MB of notes, over both the 1 MiB summary and the 1 MB output limits.
  const head = fx.git('rev-parse', 'HEAD');
  const stream: string[] = [];
  let time = 1_790_000_000;
  for (let i = 0; i < 4_000; i++) {
    const who = `Dev <dev@example.com> ${time++} +0000`;
    const msg = `feat(api): add the ${'very '.repeat(30)}long option number ${i} (#${2000 + i})`;
    stream.push('commit refs/heads/main', `author ${who}`, `committer ${who}`, `data ${Buffer.byteLength(msg)}`, msg);
    if (i === 0) stream.push(`from ${head}`);
    stream.push('M 100644 inline src/big.txt', `data ${String(i).length + 1}`, `${i}\n`);
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: fx.dir, input: `${stream.join('\n')}\n`, env: { ...process.env, ...GIT_ENV } });
  fx.git('reset', '--quiet', '--hard', 'main');
  fx.git('push', '--quiet', 'origin', 'main');
  const r = await run(fx.clone('main', 0), { 'dry-run': 'true' });
  expect(r.code).toBe(0);
  expect(r.outputs.version).toBe('1.5.0');

  const summary = Buffer.byteLength(r.summary);
  expect(summary).toBeLessThanOrEqual(1_000_000);
  expect(summary).toBeGreaterThan(990_000);
  const last = r.summary.trimEnd().split('\n');
  expect(last.at(-1)).toMatch(
    /^> \*\*Note:\*\* \d+ lines \(\d+ KiB\) of this summary were left out .* the full text is in CHANGELOG\.md once prepare-release runs without dry-run/,
  );
  expect(last.at(-2)).toBe('</details>');
  expect(r.summary).toContain('### prepare-release (dry run)');

  expect(Buffer.byteLength(r.outputs.notes)).toBeLessThanOrEqual(1_000_000);
  expect(r.outputs.notes).toContain('### Features');
  expect(r.outputs.notes.split('\n').at(-1)).toMatch(
    /^… \d+ lines \(\d+ KiB\) left out: GitHub limits a step output to 1 MB; the full text is in CHANGELOG\.md/,
  );
  expect(r.annotations).toContainEqual(
    expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^The output 'notes' was cut to fit GitHub's 1 MB limit/) }),
  );

  // The log shows the head of the notes and of the diff, then one line each for the rest.
  expect(r.stdout).toMatch(/\n… \d+ more lines of notes not shown; the full notes are in CHANGELOG\.md/);
  expect(r.stdout).toMatch(/\n… \d+ more lines of the diff not shown; a run without dry-run makes them in the release PR\./);
  expect(r.stdout).toContain('+++ b/CHANGELOG.md');
  expect(Buffer.byteLength(r.stdout)).toBeLessThan(1_000_000);
}, 120_000);

describe('commit-mode api', () => {
  beforeEach(() => {
    commitMode = 'api';
  });
  afterEach(() => {
    commitMode = 'git';
  });
  const BRANCH = 'chore/release-1.5.0';
  const writes = (from = 0) => gh.log.slice(from).filter((l) => l.method !== 'GET');

  test('the summary, log and PR body say which commits GitHub shows as Verified; a kept human commit is re-created, old and new ids named', async () => {
    const first = await run(checkout());
    expect(first.code).toBe(0);
    const [made] = await branchVerification(gh, REPO, fx.origin, BRANCH);
    expect(made).toMatchObject({ subject: 'chore(release): 1.5.0', lockstep: true, verified: true, reason: 'valid' });
    expect(first.summary).toContain(`| ${made.sha.slice(0, 12)} | lockstep's, authored by GitHub | Verified |`);
    expect(first.summary).toContain(`Created ${BRANCH} through the GitHub API.`);
    expect(first.stdout).toContain(`${made.sha.slice(0, 12)} (lockstep's, authored by GitHub; built locally as `);
    expect(gh.pulls(REPO)[0].body).toContain(
      'The release commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified.',
    );

    const byHand = fx.editByHand(BRANCH, { 'README.md': 'mono, released by hand\n' }, { message: 'docs: readme | <b>by hand</b>' });
    fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
    fx.push('main');
    const second = await run(checkout());
    expect(second.code).toBe(0);
    const [human, release] = await branchVerification(gh, REPO, fx.origin, BRANCH);
    expect(human).toMatchObject({ subject: 'docs: readme | <b>by hand</b>', lockstep: false, verified: false, reason: 'unsigned' });
    expect(release).toMatchObject({ subject: 'chore(release): 1.5.0', lockstep: true, verified: true });
    // The person stays the author; lockstep's identity is the committer of the re-created commit.
    expect(git(fx.origin, 'log', '-1', '--format=%an <%ae>|%cn <%ce>', `refs/heads/${BRANCH}`)).toBe(
      'Fixture Author <author@example.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    expect(second.summary).toContain(
      `| ${human.sha.slice(0, 12)} | someone else's ${byHand.slice(0, 12)}, re-created with its author as a new commit | not verified (unsigned): a signature the original had does not carry over |`,
    );
    expect(second.summary).toContain(`| ${release.sha.slice(0, 12)} | lockstep's, authored by GitHub | Verified |`);
    expect(second.summary).toContain(
      `Regenerated the release commit on ${BRANCH} through the GitHub API and moved the branch with a lease (commits pushed on top of it were re-applied).`,
    );
    expect(gh.pulls(REPO)).toHaveLength(1);
  });

  test("a reviewer's Verified web-editor commit re-created on a rebuild is said to be re-created unsigned, not to keep its status", async () => {
    await run(checkout());
    // The reviewer's edit in GitHub's web editor: a commit GitHub creates and signs, then the branch fast-forwarded.
    const tip = originRef(`refs/heads/${BRANCH}`)!;
    const blob = (await api('POST', `/repos/${REPO}/git/blobs`, { content: 'reviewed\n', encoding: 'utf-8' })) as { sha: string };
    const tree = (await api('POST', `/repos/${REPO}/git/trees`, {
      base_tree: git(fx.origin, 'rev-parse', `${tip}^{tree}`),
      tree: [{ path: 'REVIEW.md', mode: '100644', type: 'blob', sha: blob.sha }],
    })) as { sha: string };
    const web = (await api('POST', `/repos/${REPO}/git/commits`, { message: 'docs: reviewed', tree: tree.sha, parents: [tip] })) as {
      sha: string;
    };
    await api('PATCH', `/repos/${REPO}/git/refs/heads/${BRANCH}`, { sha: web.sha, force: false });
    expect(await verificationOf(gh, REPO, web.sha)).toEqual({ verified: true, reason: 'valid' });
    fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
    fx.push('main');
    const r = await run(checkout());
    expect(r.code).toBe(0);
    const now = originRef(`refs/heads/${BRANCH}`)!;
    expect(git(fx.origin, 'log', '-1', '--format=%s', now)).toBe('docs: reviewed');
    expect(now).not.toBe(web.sha);
    expect(await verificationOf(gh, REPO, now)).toEqual({ verified: false, reason: 'unsigned' });
    const row = `| ${now.slice(0, 12)} | someone else's ${web.sha.slice(0, 12)}, re-created with its author as a new commit | not verified (unsigned): a signature the original had does not carry over |`;
    expect(r.summary).toContain(row);
    expect(r.summary).not.toContain('keeps its original status');
    expect(r.stdout).toContain(
      `${now.slice(0, 12)} (someone else's ${web.sha.slice(0, 12)}, re-created with its author as a new commit; built locally as `,
    );
    expect(gh.pulls(REPO)[0].body).toContain(
      'Commits others pushed to this branch are re-created with their author as new commits, which GitHub does not sign: a signature they had (Verified, e.g. from GitHub’s web editor) does not carry over',
    );
    expect(gh.violations).toEqual([]);
  });

  test('the author and committer inputs are said not to apply to what GitHub signs', async () => {
    const r = await run(checkout(), { author: 'Release Bot <release-bot@example.com>', committer: 'Ops <ops@example.com>' });
    expect(r.code).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'commit-mode api: the author setting is not used — GitHub authors and signs the release commit itself (a custom author would leave it unverified)',
      "commit-mode api: the committer setting applies only to others' commits re-applied on the release branch and to nothing lockstep authors (GitHub commits and signs those itself)",
    ]);
    expect((await branchVerification(gh, REPO, fx.origin, BRANCH))[0]).toMatchObject({ lockstep: true, verified: true });
  });

  test('merge → the annotated tag is made through the API and shows as Verified', async () => {
    await run(checkout());
    await api('PUT', `/repos/${REPO}/pulls/1/merge`, { merge_method: 'squash' });
    const r = await run(checkout());
    expect(r.code).toBe(0);
    const tagObject = originRef('refs/tags/v1.5.0')!;
    expect(git(fx.origin, 'cat-file', '-t', tagObject)).toBe('tag');
    expect(git(fx.origin, 'rev-parse', 'refs/tags/v1.5.0^{commit}')).toBe(git(fx.origin, 'rev-parse', 'main'));
    expect(gh.count('POST /repos/{owner}/{repo}/git/tags', 201)).toBe(1);
    const tag = (await api('GET', `/repos/${REPO}/git/tags/${tagObject}`)) as {
      verification: { verified: boolean; reason: string };
      message: string;
    };
    expect(tag.verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(tag.message).toBe('Release 1.5.0\n');
    expect(r.summary).toContain(`as v1.5.0 (annotated) through the GitHub API; GitHub shows the tag as Verified.`);
  });

  test('a race (the branch appears between the read and the update) is rebuilt once and succeeds', async () => {
    let raced = false;
    gh.tamper('GET /repos/{owner}/{repo}/git/ref/{ref}', (body) => {
      if (!raced) {
        raced = true;
        // Someone creates the release branch with a commit of theirs right after lockstep read it.
        const twin = fx.clone('main');
        writeFileSync(join(twin, 'NOTES.md'), 'twin\n');
        git(twin, 'add', 'NOTES.md');
        git(twin, 'commit', '-qm', 'docs: a twin was first');
        git(twin, 'push', '-q', 'origin', `HEAD:refs/heads/${BRANCH}`);
      }
      return body;
    });
    const r = await run(checkout());
    expect(r.code).toBe(0);
    expect(raced).toBe(true);
    const ref = `refs/heads/${BRANCH}`;
    expect(git(fx.origin, 'log', '--format=%s', `main..${ref}`).split('\n')).toEqual(['docs: a twin was first', 'chore(release): 1.5.0']);
    expect(git(fx.origin, 'rev-parse', `${ref}~2`)).toBe(git(fx.origin, 'rev-parse', 'main'));
    expect(originShow(ref, 'NOTES.md')).toBe('twin');
    expect(originShow(ref, '.version')).toBe('1.5.0');
    // Round one: its commit, refused ref create; round two: the release commit and the twin's re-created, one ref move
    // (not a fast-forward of the twin's commit: GraphQL's updateRefs from it, no forced REST update).
    expect(gh.count('POST /repos/{owner}/{repo}/git/commits', 201)).toBe(3);
    expect(gh.count('PATCH /repos/{owner}/{repo}/git/refs/{ref}')).toBe(0);
    const swaps = gh.log.filter((e) => e.path === '/graphql' && e.requestBody.includes('updateRefs'));
    expect(swaps.map((e) => JSON.parse(e.responseBody) as unknown)).toEqual([{ data: { updateRefs: { clientMutationId: null } } }]);
    expect(gh.pulls(REPO)).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  test('a commit pushed between the read and a rebuilt update is kept: the ref moves by compare-and-swap, the run rebuilds once', async () => {
    await run(checkout());
    fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
    fx.push('main');
    const ref = `refs/heads/${BRANCH}`;
    const read = originRef(ref)!;
    let raced = false;
    let reviewed = '';
    gh.tamper('GET /repos/{owner}/{repo}/git/ref/{ref}', (body) => {
      if (!raced) {
        raced = true;
        // A reviewer pushes to the release branch right after lockstep read it (the rebuild is not a fast-forward).
        const reviewer = fx.clone(BRANCH);
        writeFileSync(join(reviewer, 'REVIEW.md'), 'reviewed\n');
        git(reviewer, 'add', 'REVIEW.md');
        git(reviewer, 'commit', '-qm', 'docs: reviewed during the run');
        git(reviewer, 'push', '-q', 'origin', `HEAD:${ref}`);
        reviewed = git(reviewer, 'rev-parse', 'HEAD');
      }
      return body;
    });
    const before = gh.log.length;
    const r = await run(checkout());
    gh.tamper('GET /repos/{owner}/{repo}/git/ref/{ref}', undefined);
    expect(r.code).toBe(0);
    expect(raced).toBe(true);
    // The reviewer's commit is on the branch, on top of the rebuilt release commit, which sits on main's new tip.
    expect(git(fx.origin, 'log', '--format=%s', `main..${ref}`).split('\n')).toEqual([
      'docs: reviewed during the run',
      'chore(release): 1.5.0',
    ]);
    expect(git(fx.origin, 'rev-parse', `${ref}~2`)).toBe(git(fx.origin, 'rev-parse', 'main'));
    expect(originShow(ref, 'REVIEW.md')).toBe('reviewed');
    expect(originShow(ref, 'services/api/other.py')).toBe('x');
    // No forced REST update: the first swap (from the commit read) was refused, the second (from the reviewer's) made.
    const writes = gh.log.slice(before);
    expect(writes.filter((e) => e.route === 'PATCH /repos/{owner}/{repo}/git/refs/{ref}')).toEqual([]);
    const swaps = writes
      .filter((e) => e.method === 'POST' && e.path === '/graphql')
      .map((e) => JSON.parse(e.requestBody) as { variables: { refUpdates: { beforeOid: string; force: boolean }[] } })
      .filter((b) => b.variables.refUpdates);
    expect(swaps.map((b) => b.variables.refUpdates[0])).toEqual([
      expect.objectContaining({ beforeOid: read, force: true }),
      expect.objectContaining({ beforeOid: reviewed, force: true }),
    ]);
    expect(gh.violations).toEqual([]);
  });

  test('a lost 502 after the commit create makes no second commit on the branch', async () => {
    const fault = gh.fault({ route: 'POST /repos/{owner}/{repo}/git/commits', kind: '502-after' });
    const r = await run(checkout());
    expect(r.code).toBe(0);
    expect(fault.hits).toBe(1);
    const ref = `refs/heads/${BRANCH}`;
    expect(git(fx.origin, 'rev-list', '--count', `main..${ref}`)).toBe('1');
    expect(git(fx.origin, 'rev-parse', `${ref}^`)).toBe(git(fx.origin, 'rev-parse', 'main'));
    expect((await branchVerification(gh, REPO, fx.origin, BRANCH))[0]).toMatchObject({ lockstep: true, verified: true });
    expect(gh.pulls(REPO)).toHaveLength(1);
  });

  test('a 200 MB file is refused before any write, naming the file and the limit', async () => {
    await run(checkout());
    fx.editByHand(BRANCH, { 'assets/big.bin': Buffer.alloc(200 * 1024 * 1024) }, { message: 'chore: a large asset' });
    fx.commit('fix: another bug (#14)', { 'services/api/other.py': 'x\n' });
    fx.push('main');
    const tip = originRef(`refs/heads/${BRANCH}`);
    const before = gh.log.length;
    const r = await run(checkout());
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain(
      "'assets/big.bin' is 200.0 MiB, over GitHub's 100 MiB limit for a blob created through the API — nothing was written",
    );
    expect(writes(before)).toEqual([]);
    expect(originRef(`refs/heads/${BRANCH}`)).toBe(tip);
  }, 120_000);
});

test("the push counter of the commit-mode api scenarios sees git mode's push (their zero is not vacuous)", async () => {
  const pushes = pushCounter();
  try {
    const r = await run(checkout(), {}, { env: pushes.env });
    expect(r.code).toBe(0);
    expect(pushes.count()).toBe(1);
  } finally {
    pushes.stop();
  }
});

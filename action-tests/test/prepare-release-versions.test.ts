import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { GIT_ENV, GitFixture, type Files } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { startGitHubDouble, type GitHubDouble } from '../harness/github-double/index.ts';

// prepare-release through its committed bundle: which version it proposes and from what (reruns in the same
// workspace, release candidates past rc.9, reverts without a sha, repositories adopting lockstep without tags),
// and what publish mode reports.

const REPO = 'acme/mono';
const BASE: Files = {
  '.version': '1.4.2\n',
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0\nappVersion: "1.4.2"\n',
  'README.md': 'mono\n',
};

let fx: GitFixture;
let gh: GitHubDouble;

afterEach(async () => {
  await gh?.stop();
  fx?.cleanup();
});

/** The fixture: `files` committed on main, then `steps` (a commit message, or a tag name after '#'), pushed with the tags. */
async function setUp(steps: string[], files: Files = BASE): Promise<void> {
  fx = GitFixture.create(files);
  let n = 0;
  for (const s of steps) {
    if (s.startsWith('#')) fx.git('tag', '-a', '-m', s.slice(1), s.slice(1));
    else fx.commit(s, { [`src/f${n++}.txt`]: `${s}\n` });
  }
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
  gh = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fx.origin }] });
}

function run(dir: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('prepare-release', {
    workspace: dir,
    inputs: { 'github-token': gh.token, ...inputs },
    eventName: 'push',
    env: { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: REPO, GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000', ...env },
  });
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).trim();
const originRef = (ref: string) => {
  try {
    return git(fx.origin, 'rev-parse', '--verify', '--quiet', ref);
  } catch {
    return undefined;
  }
};
const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

describe('issue 16 item 12: a second run in the same workspace proposes the same release', () => {
  test('a retried step (same workspace, same HEAD) pushes nothing new and leaves the chart at 0.13.1', async () => {
    await setUp(['#v1.4.2', 'fix: crash on empty input (#13)']);
    const dir = fx.clone('main', 1);
    const first = await run(dir);
    expect(errors(first)).toEqual([]);
    expect(first.outputs).toMatchObject({ version: '1.4.3', branch: 'chore/release-1.4.3', 'pr-number': '1' });
    const ref = 'refs/heads/chore/release-1.4.3';
    const tip = originRef(ref);
    expect(git(fx.origin, 'show', `${ref}:charts/myapp/Chart.yaml`)).toBe(
      'apiVersion: v2\nname: myapp\nversion: 0.13.1\nappVersion: "1.4.3"',
    );

    const second = await run(dir);
    expect(errors(second)).toEqual([]);
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ version: '1.4.3', 'previous-version': '1.4.2', 'pr-number': '1' });
    expect(originRef(ref)).toBe(tip);
    expect(git(fx.origin, 'show', `${ref}:charts/myapp/Chart.yaml`)).toBe(
      'apiVersion: v2\nname: myapp\nversion: 0.13.1\nappVersion: "1.4.3"',
    );
    expect(second.summary).toMatch(/already up to date: nothing pushed/);
    expect(gh.pulls(REPO)).toHaveLength(1);
    // After a run that pushed, the workspace is the checkout again: the release lives on its branch.
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  test('a dirty work tree left by an earlier run: a dry run plans from HEAD and says which files it ignored', async () => {
    await setUp(['#v1.4.2', 'fix: crash on empty input (#13)']);
    const dir = fx.clone('main', 1);
    // What a run killed before its clean-up (or a `clean: false` checkout) leaves behind.
    execFileSync('sh', ['-c', 'printf "1.4.3\\n" > .version && sed -i "s/^version: 0.13.0/version: 0.13.1/" charts/myapp/Chart.yaml'], {
      cwd: dir,
    });
    const r = await run(dir, { 'dry-run': 'true' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs.version).toBe('1.4.3');
    // The diff is from HEAD's files (the log indents its lines by two spaces).
    const diff = r.stdout.replace(/^ {2}/gm, '');
    expect(diff).toContain('-version: 0.13.0\n-appVersion: "1.4.2"\n+version: 0.13.1\n+appVersion: "1.4.3"');
    expect(diff).toContain('--- a/.version\n+++ b/.version\n@@ -1,1 +1,1 @@\n-1.4.2\n+1.4.3');
    expect(r.stdout).not.toContain('0.13.2');
    expect(r.stdout).toContain("planned from HEAD's committed files; uncommitted changes to .version, charts/myapp/Chart.yaml are ignored");
    // A dry run writes nothing: the dirty files are as they were.
    expect(readFileSync(join(dir, '.version'), 'utf8')).toBe('1.4.3\n');
  });
});

describe('issue 16 item 16: release candidates count by SemVer', () => {
  test('after rc.1 … rc.10 the next candidate is rc.11', async () => {
    const rcs = Array.from({ length: 10 }, (_, i) => `#v1.5.0-rc.${i + 1}`);
    await setUp(['#v1.4.2', 'feat: export (#12)', ...rcs, 'fix: after rc.10 (#14)']);
    // A shallow checkout (tags fetched by the run) and a full one (tags listed locally).
    for (const depth of [1, 0]) {
      const r = await run(fx.clone('main', depth), { prerelease: 'rc', 'dry-run': 'true' });
      expect(errors(r)).toEqual([]);
      expect(r.outputs).toMatchObject({ version: '1.5.0-rc.11', branch: 'chore/release-1.5.0-rc.11' });
    }
  });
});

describe('issue 16 item 17: a revert cancels the commit it reverts', () => {
  test.each([
    ['`revert: <header>` without a sha', () => 'revert: feat(api): add export (#12)'],
    ['`revert: <header>` squash-merged with its own PR number', () => 'revert: feat(api): add export (#12) (#15)'],
    [
      'git revert\'s message with "This reverts commit <sha>"',
      (feat: string) => `Revert "feat(api): add export (#12)"\n\nThis reverts commit ${feat}.`,
    ],
  ])('%s', async (_name, revert) => {
    await setUp(['#v1.4.2']);
    const feat = fx.commit('feat(api): add export (#12)', { 'src/api.txt': 'export\n' });
    fx.commit('fix: crash on empty input (#13)', { 'src/fix.txt': 'fix\n' });
    fx.commit(revert(feat), { 'src/api.txt': null });
    fx.push('main');
    const r = await run(fx.clone('main', 1), { 'dry-run': 'true' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ version: '1.4.3', bump: 'patch' });
    expect(r.outputs.notes).toMatch(
      /^## \[1\.4\.3\]\(\S+\/acme\/mono\/compare\/v1\.4\.2\.\.\.v1\.4\.3\) \(2026-11-18\)\n\n### Bug Fixes\n\n\* crash on empty input \(\[#13\]\(\S+\/pull\/13\)\) \(\[[0-9a-f]{7}\]\(\S+\)\)\n$/,
    );
  });

  test('a revert cancels only an earlier commit: a feature re-landed after its revert still counts', async () => {
    await setUp(['#v1.4.2', 'feat: cache layer', 'revert: feat: cache layer', 'feat: cache layer']);
    const r = await run(fx.clone('main', 1), { 'dry-run': 'true' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ version: '1.5.0', bump: 'minor' });
    expect(r.outputs.notes).toContain('### Features\n\n* cache layer (');
    expect(r.outputs.notes).not.toContain('Reverts');
  });
});

describe('issue 24 item 1: no tag matches tag-prefix', () => {
  const feat = ['feat: first lockstep release (#3)'];

  test('tags of another prefix: one line saying which tag was found and which prefix was meant; nothing edited or pushed', async () => {
    await setUp(['#v2.0.0', ...feat], { ...BASE, '.version': '2.0.0\n' });
    for (const dryRun of ['true', 'false']) {
      const dir = fx.clone('main', 1);
      const r = await run(dir, { 'tag-prefix': 'release-', 'dry-run': dryRun });
      expect(r.code).toBe(1);
      expect(errors(r)).toEqual([expect.stringContaining('no tag matches release-X.Y.Z; found v2.0.0 — did you mean tag-prefix: v?')]);
      expect(r.stdout).not.toContain('0.1.0');
      expect(git(dir, 'status', '--porcelain')).toBe('');
    }
    expect(gh.log.filter((l) => l.method !== 'GET')).toEqual([]);
    expect(originRef('refs/heads/chore/release-0.1.0')).toBeUndefined();
  });

  test('no tag at all: starts from the version file (2.0.0 → 2.1.0), never below it', async () => {
    await setUp(feat, { ...BASE, '.version': '2.0.0\n' });
    const r = await run(fx.clone('main', 1), { 'dry-run': 'true' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ version: '2.1.0', 'previous-version': '2.0.0', bump: 'minor' });
    expect(r.stdout).toContain('Next version: 2.1.0 (minor; last release 2.0.0 from .version, no tag v2.0.0 yet)');
    expect(r.stdout).toContain('+appVersion: "2.1.0"');
  });

  test("another component's tags (chart-releaser's myapp-0.13.0) only warn: the release starts from the version file", async () => {
    await setUp(['#myapp-0.13.0', ...feat], { ...BASE, '.version': '1.4.2\n' });
    const r = await run(fx.clone('main', 1), { 'dry-run': 'true' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ version: '1.5.0', 'previous-version': '1.4.2' });
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      "no tag matches vX.Y.Z; found myapp-0.13.0 — did you mean tag-prefix: myapp-? (they look like another component's tags: releasing from .version's 1.4.2)",
    ]);
  });

  test('no tag at all and no version file: the initial version', async () => {
    const files = { ...BASE, '.version': null };
    await setUp(feat, files);
    const r = await run(fx.clone('main', 1), { 'dry-run': 'true' });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ version: '0.1.0', 'previous-version': '' });
  });

  test('a computed version below the version file is refused, naming .version:1', async () => {
    await setUp(['#v1.4.2', ...feat], { ...BASE, '.version': '2.0.0\n' });
    const dir = fx.clone('main', 1);
    const r = await run(dir, { 'dry-run': 'true' });
    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^\.version:1: the next version 1\.5\.0 is below 2\.0\.0 in the version file/)]);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});

describe('issue 24 item 8: publish mode', () => {
  test('after tagging v1.5.0 the log, summary and previous-version name v1.4.2', async () => {
    await setUp(['#v1.2.0', 'fix: a (#1)', '#v1.4.2', 'feat: export (#12)']);
    expect((await run(fx.clone('main', 1))).outputs['pr-number']).toBe('1');
    await fetch(`${gh.url}/repos/${REPO}/pulls/1/merge`, {
      method: 'PUT',
      headers: { authorization: `token ${gh.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ merge_method: 'squash' }),
    });
    const r = await run(fx.clone('main', 1));
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ released: 'true', tag: 'v1.5.0', version: '1.5.0', 'previous-version': '1.4.2' });
    expect(r.stdout).toContain('Released 1.5.0 as v1.5.0 (previous release 1.4.2)');
    expect(r.summary).toContain('| Last release | 1.4.2 |');
    expect(r.stdout + r.summary).not.toMatch(/last release none/i);
    // The rerun finds the tag on HEAD: the previous release is still the one before it.
    const again = await run(fx.clone('main', 1));
    expect(again.outputs).toMatchObject({ released: 'false', 'previous-version': '1.4.2' });
  });

  test('an unreachable GITHUB_API_URL: a line per retry, then one error naming the URL', async () => {
    await setUp(['#v1.4.2', 'feat: export (#12)']);
    const dir = fx.clone('main', 1);
    // A loopback port nothing listens on (fetch refuses port 1 itself as unsafe, before connecting).
    const port = await new Promise<number>((done) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as AddressInfo).port;
        srv.close(() => done(p));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const r = await run(dir, {}, { GITHUB_API_URL: url, GITHUB_GRAPHQL_URL: `${url}/graphql` });
    expect(r.code).toBe(1);
    const retries = r.stdout.split('\n').filter((l) => l.startsWith('GitHub API at '));
    const at = `GitHub API at http://127.0.0.1:${port} did not answer GET /repos/acme/mono/commits/`;
    expect(retries.map((l) => l.startsWith(at))).toEqual([true, true, true]);
    expect(retries.map((l) => l.slice(at.length).replace(/^[0-9a-f]{40}/, '<sha>'))).toEqual([
      '<sha>/pulls (ECONNREFUSED); retrying in 1s (attempt 2 of 4)',
      '<sha>/pulls (ECONNREFUSED); retrying in 4s (attempt 3 of 4)',
      '<sha>/pulls (ECONNREFUSED); retrying in 9s (attempt 4 of 4)',
    ]);
    const [err, ...rest] = errors(r);
    expect(rest).toEqual([]);
    expect(err).not.toMatch(/internal error/);
    expect(
      err.startsWith(`could not reach the GitHub API at http://127.0.0.1:${port} (GITHUB_API_URL) for GET /repos/acme/mono/commits/`),
    ).toBe(true);
    expect(err).toMatch(
      /^could not reach the GitHub API at http:\/\/127\.0\.0\.1:\d+ \(GITHUB_API_URL\) for GET \/repos\/acme\/mono\/commits\/[0-9a-f]{40}\/pulls after 4 attempts \(ECONNREFUSED\)/,
    );
    expect(git(dir, 'status', '--porcelain')).toBe('');
  }, 60_000);
});

describe('lockstep release (CLI bundle)', () => {
  test('tags of another prefix are named in the error', async () => {
    await setUp(['#v2.0.0', 'feat: x (#3)'], { ...BASE, '.version': '2.0.0\n' });
    const r = await runCli(['release', '--tag-prefix', 'release-'], {
      cwd: fx.clone('main'),
      env: { ...GIT_ENV, SOURCE_DATE_EPOCH: '1795000000' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no tag matches release-X.Y.Z; found v2.0.0 — did you mean tag-prefix: v?');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionRun } from '../harness/run-action.ts';
import { pushCounter } from '../harness/commit-mode.ts';
import {
  checkout,
  describeCommitModes,
  fx,
  gh,
  git,
  noToken,
  originRef,
  originShow,
  PULLS,
  REPO,
  run,
  useReleaseFixture,
} from '../harness/prepare-release-fixture.ts';

// prepare-release through its committed bundle on Node 24 (the fixture: ../harness/prepare-release-fixture.ts):
// the first release PR, reruns, a superseding feat!, and the human commits a regeneration keeps, in both commit
// modes. Its siblings hold the rest, split so that jest's workers share them: prepare-release-races-merge
// (racing runs, a moved base, the freeze label, merge → tag and Release, faults on creating the PR), -inputs
// (prereleases, dry runs, bad input, published versions, GitHub's size limits) and -api (what commit-mode api alone does).

useReleaseFixture();

describeCommitModes(() => {
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

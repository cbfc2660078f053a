import {
  api,
  checkout,
  describeCommitModes,
  fx,
  gh,
  git,
  noToken,
  originRef,
  PULLS,
  REPO,
  run,
  useReleaseFixture,
} from '../harness/prepare-release-fixture.ts';

// prepare-release through its committed bundle on Node 24 (the fixture: ../harness/prepare-release-fixture.ts), in
// both commit modes: runs racing on one base, a base that moved since the checkout, the freeze label, the merged
// release PR → the annotated tag and one Release, and faults on creating the PR.

useReleaseFixture();

describeCommitModes(() => {
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

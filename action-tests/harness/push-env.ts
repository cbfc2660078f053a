import { GIT_ENV, GitFixture } from './git-fixture.ts';
import type { GitHubDouble } from './github-double/index.ts';

/**
 * The environment of a run started by a push to main of `repo` on the double `gh`: its API addresses, the
 * fixture's git identity and a fixed SOURCE_DATE_EPOCH (the release date the notes carry).
 */
export function pushToMainEnv(gh: GitHubDouble, repo: string): Record<string, string> {
  return { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: repo, GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000' };
}

/**
 * A monorepo released as v1.4.2 with one feature since (`feat(api): add export (#12)`), pushed: the next release
 * is 1.5.0. Returns the fixture and the feature's commit.
 */
export function releasedWithFeature(): { fx: GitFixture; feat: string } {
  const fx = GitFixture.create({ '.version': '1.4.2\n', 'README.md': 'mono\n' });
  fx.git('tag', '-a', '-m', 'v1.4.2', 'v1.4.2');
  const feat = fx.commit('feat(api): add export (#12)', { 'app.py': 'export\n' });
  fx.git('push', '--quiet', '--follow-tags', 'origin', 'main');
  return { fx, feat };
}

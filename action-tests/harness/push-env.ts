import { GIT_ENV } from './git-fixture.ts';
import type { GitHubDouble } from './github-double/index.ts';

/**
 * The environment of a run started by a push to main of `repo` on the double `gh`: its API addresses, the
 * fixture's git identity and a fixed SOURCE_DATE_EPOCH (the release date the notes carry).
 */
export function pushToMainEnv(gh: GitHubDouble, repo: string): Record<string, string> {
  return { ...gh.env(), ...GIT_ENV, GITHUB_REPOSITORY: repo, GITHUB_REF: 'refs/heads/main', SOURCE_DATE_EPOCH: '1795000000' };
}

import { named, UserError, words } from '../errors.ts';
import type { GitSpawner } from '../git/spawn.ts';
import { repoOpener, withToken } from '../git/auth.ts';
import { branchPublisher } from '../git/generated-branch.ts';
import { pushTag } from '../git/publish.ts';
import { checkRefName } from '../git/refs.ts';
import { apiBranchPublisher } from '../github/branch-publisher.ts';
import { type GitHub, gitHubOpener, gitHubUserError } from '../github/client.ts';
import { createAnnotatedTag } from '../github/git-data.ts';
import { readOnlyTokenReason, readRunContext } from '../github/context.ts';
import { leaveTrail } from '../trail/notify.ts';
import { closePull, commentOnce, deleteBranch, findOpenPulls, pullsForCommit, upsertPull } from '../github/pulls.ts';
import { createRelease, getReleaseByTag } from '../github/releases.ts';
import { matchingRefs } from '../github/refs.ts';
import type { ReleaseApi, ReleaseGit, ReleaseOutput, ReleasePorts, ReleaseServices } from './ports.ts';
import type { ReleaseBase } from './settings.ts';

const REMOTE = 'origin';

/**
 * The outside world of a real run, bound from the World's services (each
 * absent one the real one): git with the token given through the
 * environment (never argv, URL or .git/config), and, outside a dry run, the
 * GitHub client and the git publishing calls bound to `origin`. A fork or
 * Dependabot pull request (read-only token) is refused up front unless dry run.
 */
export async function releasePorts(
  s: ReleaseBase,
  token: string | undefined,
  env: NodeJS.ProcessEnv,
  out: ReleaseOutput,
  services: ReleaseServices = {},
): Promise<ReleasePorts> {
  const { log } = out;
  const open = services.repo ?? repoOpener(env);
  const plain = open(s.root);
  const url = await plain.remoteUrl();
  const git = await withToken(plain, s.root, token, open);
  if (s.dryRun) return { git, log, env };
  if (url === undefined)
    throw new UserError(`the repository has no '${REMOTE}' remote to push the release to`, {
      hint: 'check out the repository with actions/checkout before this step',
      cliHint: `add one with git remote add ${REMOTE} <url>, or leave out --push for a dry run`,
    });
  const reason = readOnlyTokenReason(readRunContext(env));
  if (reason)
    throw new UserError(reason, { hint: words`run prepare-release with ${named('dry-run', 'true')} on pull requests (the default there)` });
  if (!s.repository)
    throw new UserError('GITHUB_REPOSITORY is not set', {
      hint: 'run inside GitHub Actions, or set it to owner/name',
      cliHint: 'export GITHUB_REPOSITORY=owner/name (origin is not a GitHub URL it can be read from)',
    });
  // Each retry of an unanswered request is said in the log, not only in the debug log: the wait is visible.
  const gh = (services.github ?? gitHubOpener(token!, env))(s.repository, { log: out.debug, notice: (l) => log.info(l) });
  // A refused token (missing permission, repository setting) or an unreachable API (GITHUB_API_URL, proxy)
  // is the user's to fix: one line, no stack.
  const user = <T>(p: Promise<T>): Promise<T> =>
    p.catch((e: unknown) => {
      throw gitHubUserError(e) ?? e;
    });
  const api: ReleaseApi = {
    findOpenPulls: (q) => user(findOpenPulls(gh, q)),
    upsertPull: (p) => user(upsertPull(gh, p)),
    closePull: (n, c) => user(closePull(gh, n, c)),
    matchingRefs: (prefix) => user(matchingRefs(gh, prefix)),
    commentOnce: (n, b, m) => user(commentOnce(gh, n, b, m)),
    pullsForCommit: (sha) => user(pullsForCommit(gh, sha)),
    deleteBranch: (b) => user(deleteBranch(gh, b)),
    getReleaseByTag: (t) => user(getReleaseByTag(gh, t)),
    createRelease: (r) => user(createRelease(gh, r)),
    leaveTrail: (pulls, step, except) => leaveTrail(gh, pulls, step, except),
  };
  const publish: ReleaseGit =
    s.commitMode === 'api'
      ? apiPublisher(s, git, gh)
      : {
          ...branchPublisher(git, REMOTE),
          tag: async (t, target, message, tagger) => ({ outcome: await pushTag(git, REMOTE, t, target, message, tagger), through: 'git' }),
        };
  return { git, api, publish, log, env };
}

/**
 * commit-mode api: the release branch's commits and the release tag written
 * through the GitHub API, never pushed — the release commit and the tag
 * without a custom identity, so GitHub signs them (Verified); a commit of
 * someone else re-applied on the branch keeps its author, with the
 * committer setting as its committer. The tagger setting does not apply.
 */
function apiPublisher(s: ReleaseBase, git: GitSpawner, gh: GitHub): ReleaseGit {
  return {
    ...apiBranchPublisher(git, gh, { committer: s.committer, remote: REMOTE }),
    tag: async (tag, target, message) => {
      await checkRefName(git, tag, 'tag', 'tag');
      const made = await createAnnotatedTag(gh, { tag, object: target, message: message.endsWith('\n') ? message : `${message}\n` });
      return { outcome: made.outcome, through: 'api', verified: made.verified };
    },
  };
}

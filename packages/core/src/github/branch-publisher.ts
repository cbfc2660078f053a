import { type BranchPublisher, branchPublisher, type PushRound } from '../git/generated-branch.ts';
import type { Identity } from '../git/identity.ts';
import type { GitSpawner } from '../git/spawn.ts';
import { type GitHub, gitHubUserError } from './client.ts';
import { publishLocalCommits } from './replay.ts';
import { changedPaths, firstParentsSince } from '../git/commits.ts';

// commit-mode api: the publish round of git mode (fetch, the generated commit
// built locally with plumbing, others' commits re-applied, the lease) with
// one step swapped — instead of `git push`, the round's local commits are
// written again through the Git Database API and the branch moved by a
// guarded ref update. Nothing is pushed; the work tree, index and HEAD stay
// untouched as in git mode.

/** Requests a commit costs besides one blob per changed file: its tree and the commit itself. */
const PER_COMMIT = 2;
/** The ref's reads and update (a rebuilt branch: the repository's node id, then GraphQL's updateRefs), with room for a re-read after a lost answer. */
const PER_PUSH = 6;

/** The round's local commits, oldest first: `base..sha` along first parents (a straight line: the generated commit, then the re-applied ones). */
async function roundCommits(git: GitSpawner, round: PushRound, sha: string): Promise<string[]> {
  return firstParentsSince(git, round.base, sha);
}

/** The requests writing `commits` through the API takes: a blob per changed path (at most), a tree and a commit each, and the ref. */
async function requestsNeeded(git: GitSpawner, parent: string, commits: readonly string[]): Promise<number> {
  let total = PER_PUSH;
  let previous = parent;
  for (const c of commits) {
    total += (await changedPaths(git, previous, c)).length + PER_COMMIT;
    previous = c;
  }
  return total;
}

/**
 * The BranchPublisher of commit-mode api: git/publish.ts's calls for
 * fetching, building and re-applying (local objects only), and a push that
 * is publishLocalCommits — lockstep's generated commit authored and signed by
 * GitHub (Verified), others' commits recreated with their author and dates
 * and `committer` as committer (unsigned: a signature they had does not carry over). The
 * request budget grows by what the commits need. A branch that moved since
 * it was read answers 'stale', which the publish round treats as git mode's
 * stale lease: fetch again and rebuild.
 */
export function apiBranchPublisher(git: GitSpawner, gh: GitHub, o: { committer: Identity; remote?: string }): BranchPublisher {
  // Every commit is written again through GitHub here: one of someone else's loses its signature either way (as before).
  const local = branchPublisher(git, o.remote, { keepSignatures: false });
  return {
    fetchBranch: local.fetchBranch,
    commitFiles: local.commitFiles,
    commitsAfterGenerated: local.commitsAfterGenerated,
    replayCommits: local.replayCommits,
    async pushBranch(branch, sha, expected, round) {
      if (!round) throw new Error('apiBranchPublisher: pushBranch needs the round (its base and generated commit)');
      const commits = await roundCommits(git, round, sha);
      gh.extendBudget(await requestsNeeded(git, round.base, commits));
      const r = await publishLocalCommits(gh, git, {
        branch,
        expected,
        parent: round.base,
        commits: commits.map((c) => ({ sha: c, keepAuthor: c !== round.generated })),
        committer: o.committer,
      }).catch((e: unknown) => {
        // A refused token is the user's to fix: one line naming the permission.
        throw (
          gitHubUserError(e, {
            what: `GitHub refused to write the commits of ${branch} through its API`,
            hint: 'commit-mode api needs a token with contents: write (GITHUB_TOKEN or a GitHub App token)',
          }) ?? e
        );
      });
      if (r.outcome === 'stale') return { ok: false, reason: 'stale', detail: `${branch} moved on GitHub after it was read` };
      return {
        ok: true,
        updated: r.outcome !== 'unchanged',
        head: r.head,
        commits: r.commits.map((c) => ({ sha: c.sha, local: c.local, verified: c.verified, reason: c.reason, keptAuthor: c.keptAuthor })),
      };
    },
  };
}

import { asRepo } from '../git/repo.ts';
import { pushedCommits } from '../git/pushed.ts';
import { subjectOf } from '../git/commits.ts';
import { pullOfSubject } from '../text/pull-subject.ts';
import { detectRelease, type MergedRelease } from './publish.ts';
import type { ReleasePorts } from './ports.ts';
import type { ReleaseSettings } from './settings.ts';

// A release pull request merged directly is HEAD of the push that landed it. Merged by a merge queue together
// with other pull requests, it is one of the push's first-parent commits, and HEAD is the group's last pull
// request: the release is found there and tagged on its own merge commit, as a direct merge would have been.

/** The merged release and the commit that merged it (its tag's and GitHub Release's target). */
export interface LandedRelease {
  commit: string;
  found: MergedRelease;
}

/** A subject worth asking GitHub about: a pull request's merge or squash (as a queue writes them), or a release commit. */
const mayBeRelease = (subject: string) => pullOfSubject(subject) !== undefined || subject.startsWith('chore(release): ');

/**
 * The release that landed: HEAD's, else (on a push to the base branch whose `after` is HEAD) the newest
 * first-parent commit of the push that merged a release pull request. A shallow clone is deepened along the
 * base branch until it holds the push's range (so the tag's target is here to tag).
 */
export async function landedRelease(s: ReleaseSettings, deps: ReleasePorts, head: string): Promise<LandedRelease | undefined> {
  const direct = await detectRelease(s, deps, head);
  if (direct) return { commit: head, found: direct };
  const pushed = deps.pushed;
  if (!pushed || pushed.after !== head || !s.base) return undefined;
  const git = asRepo(deps.git);
  const base = s.base;
  const line = await pushedCommits(
    {
      parents: async (c) => (await git.commitInfo(c))?.parents,
      async deepen(commits) {
        if (!(await git.isShallow())) return false;
        return (await git.deepenBranch('origin', base, commits)).code === 0;
      },
    },
    pushed,
  );
  for (const commit of line?.slice(1) ?? []) {
    if (!mayBeRelease(await subjectOf(git, commit))) continue;
    const found = await detectRelease(s, deps, commit);
    if (!found) continue;
    const pull = found.pull ? `#${found.pull.number}` : found.version;
    deps.log.info(
      `HEAD ${head.slice(0, 7)} merged no release pull request; the push ${pushed.before.slice(0, 7)}..${head.slice(0, 7)} (a merge queue's group) merged ${pull} as ${commit.slice(0, 7)}: that commit is the release.`,
    );
    return { commit, found };
  }
  return undefined;
}

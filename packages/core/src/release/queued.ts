import type { ParsedCommit } from '../commits/conventional.ts';
import { UserError } from '../errors.ts';
import { commitsBetween, subjectOf } from '../git/commits.ts';
import { queueBranchOf, queueRefPrefix } from '../git/queue-branch.ts';
import type { GitSpawner } from '../git/spawn.ts';
import { blobTextSync } from '../git/sync.ts';
import type { PullRef } from '../github/pulls.ts';
import type { CommittedView } from './committed.ts';
import { type CommitScan, nextRelease } from './next.ts';
import { notesFromChangelog } from './notes.ts';
import type { MergeGroupRun, ReleaseApi, ReleasePorts } from './ports.ts';
import { releaseOfSubject } from './publish.ts';
import type { ReleaseResult } from './result.ts';
import type { ReleaseSettings } from './settings.ts';

// A release PR in GitHub's merge queue. While a pull request is queued GitHub refuses every push to its head
// branch (GH006 "Branches that are queued for merging cannot be updated"), and a release PR closed in favour of a
// new one drops out of the queue: a run on the base branch leaves a queued release PR as it is. The queue tests
// the PR merged on top of the entries ahead of it (the `merge_group` event): that commit is what the base branch
// will hold, so the run checks that the PR's version and notes are still the ones those commits call for.
//
// Whether a PR is queued is read from its queue branch, `gh-readonly-queue/<base>/pr-<n>-<sha>`, through the
// REST matching-refs route: the one place REST shows the queue (the queue itself is GraphQL's), it answers for
// API and git commit modes alike with the token the run already holds, and it needs no fetch of the checkout.

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Untrusted text quoted in one line: JSON-escaped (no line break survives), and cut short. */
function quoted(v: unknown): string {
  const text = typeof v === 'string' ? v : v === undefined ? 'nothing' : JSON.stringify(v);
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

/**
 * The group of a `merge_group` event's payload (GITHUB_EVENT_PATH), read as untrusted text: `head_sha` a commit
 * name, `head_ref` a whole queue branch `refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>` into `base_ref`.
 * Anything else is refused in one line naming the field.
 */
export function mergeGroupOf(payload: Record<string, unknown>): MergeGroupRun {
  const group = payload.merge_group as Record<string, unknown> | undefined;
  const hint = 'prepare-release reads the merge_group event GitHub sends for a merge queue entry (GITHUB_EVENT_PATH)';
  if (group === null || typeof group !== 'object')
    throw new UserError("the merge_group event's payload has no merge_group object", { hint });
  const { head_sha: headSha, head_ref: headRef, base_ref: baseRef } = group;
  if (typeof headSha !== 'string' || !SHA.test(headSha))
    throw new UserError(`the merge_group event's merge_group.head_sha ${quoted(headSha)} is not a commit name`, { hint });
  const entry = typeof headRef === 'string' && headRef.startsWith('refs/heads/') ? queueBranchOf(headRef) : undefined;
  if (!entry || typeof headRef !== 'string')
    throw new UserError(
      `the merge_group event's merge_group.head_ref ${quoted(headRef)} is not a merge queue branch (refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>)`,
      { hint },
    );
  if (baseRef !== `refs/heads/${entry.baseBranch}`)
    throw new UserError(
      `the merge_group event's merge_group.base_ref ${quoted(baseRef)} is not the branch its head_ref queues into (refs/heads/${entry.baseBranch})`,
      { hint },
    );
  return { headSha, headRef, entry };
}

/**
 * The open release PR that is in the merge queue into `base`, with its queue branch; undefined when none is.
 * Only a ref whose whole name is a queue branch of that PR into that base counts (#12's prefix does not take
 * #120's branches, nor a branch of another shape someone named alike).
 */
export async function queuedReleasePull(
  api: ReleaseApi,
  base: string,
  open: readonly PullRef[],
): Promise<{ pull: PullRef; ref: string } | undefined> {
  for (const pull of open) {
    const refs = await api.matchingRefs(queueRefPrefix(base, pull.number));
    const ref = refs.find((r) => {
      const e = r.startsWith('refs/heads/') ? queueBranchOf(r) : undefined;
      return e !== undefined && e.baseBranch === base && e.pull === pull.number;
    });
    if (ref) return { pull, ref };
  }
  return undefined;
}

/** The one line of a run that left a queued release PR as it was. */
export function queuedLine(pull: PullRef, ref: string, base: string): string {
  const branch = ref.replace(/^refs\/heads\//, '');
  return `Release PR #${pull.number} (${pull.head}) is in the merge queue (${branch}): GitHub refuses pushes to a queued PR's branch, so the branch and the PR are left as they are; once the queue lands it, the next run on ${base} releases it, and if it leaves the queue, the next run rebuilds it.`;
}

/** The commits a release's notes list: breaking changes, features, fixes, performance and reverts. */
const inNotes = (c: ParsedCommit) => c.breaking || c.type === 'feat' || c.type === 'fix' || c.type === 'perf' || c.type === 'revert';

/** The commits the release PR's merge brought itself (those of HEAD not below its first parent). */
async function ownCommits(git: GitSpawner, head: string): Promise<Set<string>> {
  return new Set((await commitsBetween(git, `${head}^1`, head))?.map((c) => c.sha));
}

/**
 * On a `merge_group` event: when the group's head commit is the release PR's merge, the release the commits
 * below it call for (from the last release tag to the group's commit, minus the release PR's own commits),
 * compared with the version and notes the PR writes (the group's CHANGELOG.md). The same → a dry run's result
 * saying so; a version or a note missing → the group fails in one line naming the version it should be. A group
 * whose head is not a release merge → undefined (the run previews as on a pull request).
 */
export async function checkQueuedRelease(
  s: ReleaseSettings,
  ports: ReleasePorts,
  head: string,
  view: CommittedView,
  scan: CommitScan,
): Promise<ReleaseResult | undefined> {
  const group = ports.group!;
  if (group.headSha !== head)
    throw new UserError(`HEAD ${head.slice(0, 12)} is not the merge group's commit ${group.headSha.slice(0, 12)} (merge_group.head_sha)`, {
      hint: "check out the group's commit, as actions/checkout does on a merge_group event",
    });
  const release = releaseOfSubject(await subjectOf(ports.git, head), s.branchPrefix);
  if (!release) return undefined;
  const number = group.entry.pull;
  if (release.pull !== undefined && release.pull !== number)
    throw new UserError(
      `the merge group's head_ref names pull request #${number}, but its commit ${head.slice(0, 12)} merges release PR #${release.pull}`,
      { hint: 'a merge_group event names the pull request whose merge its commit is; check the event the workflow was given' },
    );
  // The version file's version below the release commit is what the computed version starts from when no tag does.
  const env = ports.env ?? process.env;
  const before = (p: string) => (p === s.versionFile ? blobTextSync(s.root, env, `${head}^1:${view.prefix}${p}`) : view.read(p));
  const next = await nextRelease(s, ports, scan, before);
  const claimed = release.version;
  const queuedHere = `the release PR #${number} in this merge group releases ${claimed}`;
  const fix = `remove it from the queue; once the commits ahead of it land, the next prepare-release run on ${group.entry.baseBranch} rebuilds it`;
  if (next.version !== claimed)
    throw new UserError(
      `${queuedHere}, but the commits ahead of it ${next.version ? `make it ${next.version}` : 'call for no release'} — ${fix}${next.version ? ` as ${next.version}` : ''}`,
    );
  const own = await ownCommits(ports.git, head);
  const section = notesFromChangelog(view.read('CHANGELOG.md') ?? '', claimed) ?? '';
  const missing = next.result.commits.filter((c) => inNotes(c) && !own.has(c.sha) && !section.includes(c.sha.slice(0, 7)));
  if (missing.length > 0) {
    const named = missing.slice(0, 3).map((c) => `${c.sha.slice(0, 7)} ${c.header.slice(0, 72)}`);
    const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
    throw new UserError(
      `${queuedHere} without the notes of ${missing.length} commit(s) ahead of it (${named.join('; ')}${more}): it should be ${claimed} with them — ${fix}`,
    );
  }
  return {
    ...next.result,
    version: claimed,
    notes: section,
    pr: { number, url: s.repository ? `${s.serverUrl}/${s.repository}/pull/${number}` : '' },
    branch: `${s.branchPrefix}${claimed}`,
    actions: [
      `Merge group ${group.headRef.replace(/^refs\/heads\//, '')}: release PR #${number} releases ${claimed}, the version the commits ahead of it call for, and its notes list each of them. A dry run: nothing was written, pushed or called.`,
    ],
  };
}

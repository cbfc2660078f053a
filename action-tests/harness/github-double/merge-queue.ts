import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as g from './git.ts';
import type { PullState, RepoState } from './state.ts';

// What GitHub's merge queue does to a repository, in git (the queue has no REST route: people enqueue in the web
// UI or through GraphQL's enqueuePullRequest, so tests call the double's enqueue and land). For each pull request
// queued, in order, the queue writes its merge — the merge method's commit, with the repository's default message,
// which nobody can edit in a queue — on a temporary branch `gh-readonly-queue/<base>/pr-<n>-<sha>`, <sha> being the
// commit that entry is built on: the base branch tip for the first, the entry ahead for the others. Each entry is
// checked (the `merge_group` event); then the queue fast-forwards the base branch to the last entry's head in one
// push, so the commits of every pull request in the group reach the branch at once, and deletes the temporary
// branches. A direct merge instead writes one commit on the base tip at the moment of the merge, and pushes it alone.
// While a pull request is queued GitHub refuses any push to its head branch (GH006 "… Branches that are queued for
// merging cannot be updated."): a pre-receive hook in the bare repository refuses it the same way until the pull
// request lands or leaves the queue (dequeue).

export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** One pull request's entry in a merge group. */
export interface QueueEntry {
  pull: number;
  /** `refs/heads/gh-readonly-queue/<base>/pr-<n>-<entry base>`. */
  ref: string;
  /** The commit the entry is built on (the base branch tip, or the entry ahead). */
  entryBase: string;
  /** The entry's last commit: what the base branch holds once the group lands up to it. */
  head: string;
}

/** The `merge_group` webhook payload of an entry (action `checks_requested`), as GITHUB_EVENT_PATH holds it. */
export interface MergeGroupEvent {
  action: 'checks_requested';
  merge_group: { head_sha: string; head_ref: string; base_sha: string; base_ref: string; head_commit: { id: string; message: string } };
  repository: { full_name: string; default_branch: string };
}

/** The message a merge of `p` into `baseSha` gets when nobody edits it: GitHub's default, by method. */
export function defaultMergeMessage(r: RepoState, p: PullState, method: MergeMethod, baseSha: string): string {
  const title = method === 'squash' ? `${p.title} (#${p.number})` : `Merge pull request #${p.number} from ${r.owner}/${p.head}`;
  const details =
    method === 'squash'
      ? g
          .commitMessages(r.path, baseSha, p.headSha)
          .map((m) => `* ${m}`)
          .join('\n\n')
      : p.title;
  return details ? `${title}\n\n${details}` : title;
}

/**
 * Queues open pull requests `numbers` (same base branch) in that order: writes each entry's commits on its
 * gh-readonly-queue/ branch in the bare repository and returns the entries. Nothing moves on the base branch.
 */
export function enqueue(r: RepoState, numbers: readonly number[], method: MergeMethod, date: string, login: string): QueueEntry[] {
  const pulls = numbers.map((n) => {
    const p = r.pulls.find((x) => x.number === n);
    if (!p || p.state !== 'open' || p.draft) throw new Error(`github-double: enqueue: #${n} is not an open, ready pull request`);
    const sha = g.readRef(r.path, `refs/heads/${p.head}`);
    if (sha) p.headSha = sha;
    return p;
  });
  const base = pulls[0]?.base;
  if (!base || pulls.some((p) => p.base !== base)) throw new Error('github-double: enqueue: the pull requests must share one base branch');
  let onto = g.readRef(r.path, `refs/heads/${base}`)!;
  const entries = pulls.map((p) => {
    const message = defaultMergeMessage(r, p, method, onto);
    const made = g.mergeCommits(
      r.path,
      method,
      onto,
      p.headSha,
      message,
      { name: login, email: `${login}@users.noreply.github.com` },
      date,
    );
    if (!made.ok) throw new Error(`github-double: enqueue: #${p.number} does not merge onto the group (${made.reason})`);
    const ref = `refs/heads/gh-readonly-queue/${base}/pr-${p.number}-${onto}`;
    g.updateRef(r.path, ref, made.sha);
    const entry = { pull: p.number, ref, entryBase: onto, head: made.sha };
    onto = made.sha;
    return entry;
  });
  lockQueuedHeads(r);
  return entries;
}

/** The file the pre-receive hook reads: the head branches of the pull requests now queued, one full ref a line. */
const QUEUED_HEADS = 'github-double-queued-heads';

// A push (git's receive-pack) to a listed branch is refused with GitHub's words; git update-ref (the double's
// own writes) runs no hook.
const PRE_RECEIVE = `#!/bin/sh
list="$GIT_DIR/${QUEUED_HEADS}"
[ -f "$list" ] || exit 0
refused=0
while read -r old new ref; do
  if grep -qxF "$ref" "$list"; then
    echo "error: GH006: Protected branch update failed for $ref." >&2
    echo "error: A pull request for this branch has been added to a merge queue. Branches that are queued for merging cannot be updated. To modify this branch, dequeue the associated pull request." >&2
    refused=1
  fi
done
exit $refused
`;

/**
 * Writes the list of queued pull requests' head branches (from the gh-readonly-queue/ branches there are) and the
 * hook that refuses pushes to them.
 */
function lockQueuedHeads(r: RepoState): void {
  const queued = new Set(
    g.listRefs(r.path, 'refs/heads/gh-readonly-queue/').map((x) => Number(/\/pr-(\d+)-[0-9a-f]+$/.exec(x.ref)?.[1] ?? Number.NaN)),
  );
  const heads = r.pulls.filter((p) => queued.has(p.number) && p.state === 'open').map((p) => `refs/heads/${p.head}\n`);
  mkdirSync(join(r.path, 'hooks'), { recursive: true });
  writeFileSync(join(r.path, QUEUED_HEADS), heads.join(''));
  writeFileSync(join(r.path, 'hooks', 'pre-receive'), PRE_RECEIVE);
  chmodSync(join(r.path, 'hooks', 'pre-receive'), 0o755);
}

/**
 * Takes `entry` out of the queue, as a person's "Remove from queue" (or a failed check) does: its temporary branch
 * is deleted and its pull request's head branch takes pushes again. The entries behind it are the caller's to
 * queue again (GitHub rebuilds them); the base branch does not move.
 */
export function dequeue(r: RepoState, entry: QueueEntry): void {
  g.updateRef(r.path, entry.ref, undefined);
  lockQueuedHeads(r);
}

/**
 * The `merge_group` event of `entry`: base_sha is the group's parent (the base branch tip the queue built on) and
 * head_sha the entry's head, so the pull requests ahead in the group sit between them.
 */
export function mergeGroupEvent(r: RepoState, entries: readonly QueueEntry[], entry: QueueEntry): MergeGroupEvent {
  const base = entry.ref.replace(/^refs\/heads\/gh-readonly-queue\//, '').replace(/\/pr-\d+-[0-9a-f]+$/, '');
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: entry.head,
      head_ref: entry.ref,
      base_sha: entries[0].entryBase,
      base_ref: `refs/heads/${base}`,
      head_commit: { id: entry.head, message: g.git(r.path, ['log', '-1', '--format=%B', entry.head]) },
    },
    repository: { full_name: `${r.owner}/${r.name}`, default_branch: r.defaultBranch },
  };
}

/**
 * Lands the group up to its last entry: the base branch fast-forwards from the group's parent to that head in one
 * move (refused if it moved meanwhile, as the queue then rebuilds the group), each pull request is merged with its
 * entry's head as merge commit, and the temporary branches are deleted. Returns the push: before and after.
 */
/** A pull request merged at `at` by `login` into `sha`, as the button and the queue both leave it. */
export function markMerged(p: PullState, at: string, sha: string, login: string): void {
  Object.assign(p, {
    merged: true,
    mergedAt: at,
    closedAt: at,
    updatedAt: at,
    state: 'closed',
    mergeCommitSha: sha,
    mergedBy: login,
    autoMerge: null,
  });
}

export function land(r: RepoState, entries: readonly QueueEntry[], at: string, login: string): { before: string; after: string } {
  const first = entries[0];
  const last = entries[entries.length - 1];
  const base = mergeGroupEvent(r, entries, first).merge_group.base_ref;
  g.updateRef(r.path, base, last.head, first.entryBase);
  for (const e of entries) {
    markMerged(
      r.pulls.find((x) => x.number === e.pull)!,
      at,
      e.head,
      login,
    );
    g.updateRef(r.path, e.ref, undefined);
  }
  lockQueuedHeads(r);
  return { before: first.entryBase, after: last.head };
}

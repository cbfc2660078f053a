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
  return pulls.map((p) => {
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
  return { before: first.entryBase, after: last.head };
}

import { UserError } from '../errors.ts';
import type { Identity } from '../git/identity.ts';
import type { GitSpawner } from '../git/spawn.ts';
import { blobSize, catBlob, catCommit, rawDiffTree, treeIdOf } from '../git/commits.ts';
import { parseRawDiff } from '../git/objects.ts';
import { type GitHub, GitHubError } from './client.ts';
import {
  type ApiCommit,
  createCommit,
  type DatedIdentity,
  type FileChange,
  MAX_BLOB_BYTES,
  moveBranch,
  type RefOutcome,
  tooLarge,
} from './git-data.ts';

// The bridge from git mode to the API: lockstep builds its commits locally
// with plumbing exactly as in git mode (work tree, index and HEAD untouched),
// and instead of pushing them, each is written again through the Git
// Database API with the same tree change and message. The tree GitHub makes
// must be the local commit's tree, checked after every commit.

/** A local commit to publish, and whose commit it is. */
export interface LocalCommit {
  sha: string;
  /**
   * True for a human commit kept on the branch: it is recreated with its own
   * author and dates (GitHub does not sign it). False for a commit lockstep
   * authored: GitHub authors and signs it (Verified).
   */
  keepAuthor: boolean;
}

/** One published commit: the local one it came from and what GitHub made of it. */
export interface PublishedCommit extends ApiCommit {
  local: string;
  keptAuthor: boolean;
}

interface RawCommit {
  tree: string;
  parents: string[];
  author: DatedIdentity;
  message: string;
}

/** `1714557600 +0200` → `2024-05-01T12:00:00+02:00`: the same moment and offset, as the API takes it. */
export function isoFromGit(stored: string): string {
  const m = /^(\d+) ([+-])(\d{2})(\d{2})$/.exec(stored.trim());
  if (!m) throw new Error(`not a git date: ${JSON.stringify(stored)}`);
  const minutes = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
  const local = new Date((Number(m[1]) + minutes * 60) * 1000).toISOString().replace(/\.\d{3}Z$/, '');
  return minutes === 0 ? `${local}Z` : `${local}${m[2]}${m[3]}:${m[4]}`;
}

async function readCommit(git: GitSpawner, sha: string): Promise<RawCommit> {
  const text = await catCommit(git, sha);
  const split = text.indexOf('\n\n');
  const head = text.slice(0, split < 0 ? text.length : split).split('\n');
  const value = (key: string) => head.filter((l) => l.startsWith(`${key} `)).map((l) => l.slice(key.length + 1));
  const [authorLine] = value('author');
  const who = /^(.*) <(.*)> (\d+ [+-]\d{4})$/.exec(authorLine ?? '');
  if (!who) throw new Error(`commit ${sha} has no readable author`);
  if (value('encoding').some((e) => !/^utf-?8$/i.test(e)))
    throw new UserError(`commit ${sha.slice(0, 12)} is not UTF-8 encoded; the GitHub API takes UTF-8 messages only`);
  return {
    tree: value('tree')[0],
    parents: value('parent'),
    author: { name: who[1], email: who[2], date: isoFromGit(who[3]) },
    message: split < 0 ? '' : text.slice(split + 2),
  };
}

/** The commit's change against its parent as file changes (reading each blob); a file over the blob limit fails here. */
async function changesOf(git: GitSpawner, parent: string, sha: string): Promise<FileChange[]> {
  const diff = await rawDiffTree(git, parent, sha);
  if (diff.code !== 0) throw new Error(`git diff-tree failed (exit ${diff.code}): ${diff.stderr.trim()}`);
  const out: FileChange[] = [];
  for (const c of parseRawDiff(diff.stdout.toString('utf8'))) {
    if (c.status === 'D') {
      out.push({ kind: 'delete', path: c.path });
      continue;
    }
    if (c.newMode === '160000') throw new UserError(`cannot publish ${c.path} through the GitHub API: it is a submodule`);
    const size = await blobSize(git, c.newOid);
    // Sized before it is read: a file over the limit is never loaded.
    if (size > MAX_BLOB_BYTES) throw tooLarge(c.path, size);
    const blob = await catBlob(git, c.newOid);
    if (blob.code !== 0) throw new Error(`git cat-file failed (exit ${blob.code}): ${blob.stderr.trim()}`);
    if (c.newMode === '120000') out.push({ kind: 'symlink', path: c.path, target: blob.stdout.toString('utf8') });
    else out.push({ kind: 'file', path: c.path, content: blob.stdout, executable: c.newMode === '100755' });
  }
  return out;
}

/**
 * Publishes local commits (oldest first, a straight line on `parent`, a
 * commit GitHub has) to `branch` through the API, then moves the branch
 * under the lease `expected` (see moveBranch). Every commit is read and
 * checked (one parent, UTF-8, no submodule, the blob size limit) before the
 * first write. Kept human commits are recreated with their author and dates
 * and `committer` (lockstep's identity) as committer; lockstep's own are
 * authored and signed by GitHub. 'stale': the branch moved — refetch,
 * rebuild the local commits and call again; the API commits made are on no ref.
 */
export async function publishLocalCommits(
  gh: GitHub,
  git: GitSpawner,
  p: { branch: string; expected: string | undefined; parent: string; commits: readonly LocalCommit[]; committer: Identity },
): Promise<{ outcome: RefOutcome; head: string; commits: PublishedCommit[] }> {
  const planned: { local: LocalCommit; raw: RawCommit; changes: FileChange[] }[] = [];
  let previous = p.parent;
  for (const local of p.commits) {
    const raw = await readCommit(git, local.sha);
    if (raw.parents.length !== 1 || raw.parents[0] !== previous) {
      throw new Error(
        `publishLocalCommits: ${local.sha.slice(0, 12)} is not the only child of ${previous.slice(0, 12)}; the commits must form a straight line on the parent`,
      );
    }
    planned.push({ local, raw, changes: await changesOf(git, previous, local.sha) });
    previous = local.sha;
  }
  let head = p.parent;
  let tree = await treeIdOf(git, p.parent);
  const published: PublishedCommit[] = [];
  for (const { local, raw, changes } of planned) {
    const people = local.keepAuthor ? { author: raw.author, committer: { name: p.committer.name, email: p.committer.email } } : {};
    const made = await createCommit(gh, { baseTree: tree, parents: [head], message: raw.message, changes, ...people });
    if (made.tree !== raw.tree) {
      throw new GitHubError(
        `GitHub made tree ${made.tree.slice(0, 12)} for ${local.sha.slice(0, 12)}, whose tree is ${raw.tree.slice(0, 12)} — the branch was not moved`,
      );
    }
    published.push({ ...made, local: local.sha, keptAuthor: local.keepAuthor });
    head = made.sha;
    tree = made.tree;
  }
  // No commits: the branch is set to the parent itself (a branch reset to its base), under the same lease.
  const outcome = await moveBranch(gh, { branch: p.branch, sha: head, expected: p.expected, fastForward: p.expected === p.parent });
  return { outcome, head, commits: published };
}

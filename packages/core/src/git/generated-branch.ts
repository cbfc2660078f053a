import { UserError } from '../errors.ts';
import type { GitSpawner } from './spawn.ts';
import {
  commitFiles,
  commitSubject,
  commitsAfterGenerated,
  fetchBranch,
  appendTrailer,
  parentOf,
  pushBranch,
  replayCommits,
  treeOf,
  treesOf,
  withBaseRetry,
  type FileWrite,
  type PushResult,
  type ReplayResult,
} from './publish.ts';
import { type Identity } from './identity.ts';

/**
 * The calls of a publish round that touch the remote or write objects, bound
 * to one remote: git/publish.ts by default (branchPublisher), a fake in a
 * test that counts pushes or races a lease.
 */
export interface BranchPublisher {
  fetchBranch(branch: string): Promise<string | undefined>;
  commitFiles(c: {
    parent: string;
    files: readonly FileWrite[];
    message: string;
    author: Identity;
    committer: Identity;
    date?: string;
    stampTree?: boolean;
  }): Promise<string>;
  commitsAfterGenerated(
    base: string,
    branchTip: string,
    trailer: string,
  ): Promise<{ generated?: string; after: string[]; amended?: boolean }>;
  replayCommits(onto: string, commits: readonly string[]): Promise<ReplayResult>;
  /**
   * Puts `sha` on `branch` under the lease `expected`. `round` says where the
   * local commits start (`base`, the generated commit's parent) and which one
   * is lockstep's own (`generated`); the others are re-applied commits of
   * others. git pushes `sha` itself; the API publisher writes the commits
   * again and answers the head GitHub made.
   */
  pushBranch(branch: string, sha: string, expected: string | undefined, round?: PushRound): Promise<BranchPush>;
}

/** The commits a push carries: `base..sha`, `generated` lockstep's own, the rest re-applied commits of others. */
export interface PushRound {
  base: string;
  generated: string;
}

/** A local commit written again through the GitHub API: the SHA GitHub made, and whether GitHub shows it as Verified. */
export interface RemoteCommit {
  sha: string;
  /** The local commit it was made from. */
  local: string;
  /** GitHub's `verification.verified`. */
  verified: boolean;
  /** GitHub's `verification.reason` (`valid`, `unsigned`, …). */
  reason: string;
  /** True for a commit of someone else kept on the branch: re-created with its author and dates (not its signature). */
  keptAuthor: boolean;
  /** The commit on the branch it re-creates (someone else's), when it is one. */
  original?: string;
}

/**
 * What a publisher's push did: git's PushResult; a publisher that writes
 * through the API also answers the branch's new head (its commits have other
 * SHAs than the local ones) and what GitHub made of each commit.
 */
export type BranchPush = PushResult | { ok: true; updated: boolean; head: string; commits: RemoteCommit[] };

/**
 * git/publish.ts's publishing calls bound to `git` and `remote`. Git mode
 * pushes the commits it re-applies as they are made here, so a signed commit
 * of someone else is never re-made without its signature (`keepSignatures`,
 * default on); commit-mode api, which re-creates every commit through
 * GitHub anyway, turns it off.
 */
export function branchPublisher(git: GitSpawner, remote = 'origin', o: { keepSignatures?: boolean } = {}): BranchPublisher {
  const keepSignatures = o.keepSignatures ?? true;
  return {
    fetchBranch: (b) => fetchBranch(git, remote, b),
    commitFiles: (c) => commitFiles(git, c),
    commitsAfterGenerated: (base, tip, trailer) => commitsAfterGenerated(git, base, tip, trailer, remote),
    replayCommits: (onto, commits) => replayCommits(git, onto, commits, { keepSignatures }),
    pushBranch: (b, sha, expected) => pushBranch(git, remote, b, sha, expected),
  };
}

/**
 * A base that must not move (a release): the files were planned from a
 * checkout of `sha` (a lock command ran on it) and cannot be planned again
 * for another base commit.
 */
export interface PinnedBase {
  /** The commit the files were planned from; a base the remote lacks counts as this commit. */
  sha: string;
  /** The error thrown when the remote's base is at `tip`, not at `sha`. */
  moved(tip: string): Error;
}

/** What to publish: a generated commit on `base`, on `branch` (a PR branch, or `base` itself for a direct push). */
export interface GeneratedBranchRequest {
  /** Default `origin`. */
  remote?: string;
  base: string;
  branch: string;
  /** The trailer line (generatedTrailer(action)); appended to the message when it lacks it. */
  trailer: string;
  /** Plans the files on the fetched base commit; called again for each attempt, since the base may have moved. */
  plan(baseSha: string): Promise<{ files: readonly FileWrite[]; message: string }>;
  author: Identity;
  committer: Identity;
  date?: string;
  /** Rounds before "base moved N times" (default 3). */
  attempts?: number;
  /**
   * The base must not move (see PinnedBase). Then the generated commit is
   * judged alone: one on the branch with the same parent and tree is current
   * (`unchanged`, with the commits above it `kept`), commits on a branch that
   * holds none are re-applied like any others, a tree equal to the base's is
   * pushed all the same, and a refused push is retried when the branch moved
   * meanwhile; a push that still fails is `rejected`, `raced` saying whether
   * others' pushes were the cause.
   */
  pinned?: PinnedBase;
}

/** What publishGeneratedBranch did; nothing was pushed unless the outcome is `created` or `updated`. */
export type GeneratedBranchResult =
  | {
      outcome: 'created' | 'updated' | 'unchanged';
      head: string;
      baseSha: string;
      /** The branch tip before this run (undefined when the branch did not exist). */
      previous?: string;
      /** Commits by others re-applied on top of the generated commit, and those already contained in it. */
      replayed: string[];
      skipped: string[];
      /** Pinned base only, `unchanged`: the commits others pushed above the current generated commit, left as they are. */
      kept?: string[];
      /** Written through the API (commit-mode api): each commit GitHub made, oldest first. */
      commits?: RemoteCommit[];
    }
  /** The plan changes nothing relative to the base: nothing pushed (close a PR if one is open). */
  | { outcome: 'empty'; baseSha: string; previous?: string }
  /** Someone else's commit could not be re-applied (or the branch is not ours): the branch is left as it was. */
  | {
      outcome: 'conflict';
      baseSha: string;
      previous: string;
      commit: string;
      subject: string;
      files: string[];
      reason?: string;
      amended?: true;
    }
  /** The server refused the push (protected branch, hook); with a pinned base, also a push that lost every race (`raced`). */
  | { outcome: 'rejected'; baseSha: string; previous?: string; detail: string; raced?: boolean };

/**
 * The whole publish round for an action that owns a branch: fetch base →
 * plan → one generated commit → fetch the branch → re-apply others' commits
 * found above the previous generated commit → push with a lease on the tip
 * that was seen. A lease that no longer holds (someone pushed meanwhile) or,
 * for a direct push, a base that moved starts the round again, bounded.
 * A rerun that would produce the same content on the same base pushes
 * nothing (`unchanged`). The remote calls go through `remoteCalls`
 * (default git/publish.ts on `req.remote`); local reads use `git`.
 */
export async function publishGeneratedBranch(
  git: GitSpawner,
  req: GeneratedBranchRequest,
  remoteCalls?: BranchPublisher,
): Promise<GeneratedBranchResult> {
  const remote = req.remote ?? 'origin';
  const calls = remoteCalls ?? branchPublisher(git, remote);
  const direct = req.branch === req.base;
  const pinned = req.pinned;
  const attempts = req.attempts ?? 3;
  return withBaseRetry<GeneratedBranchResult>(attempts, async (attempt) => {
    const baseSha = pinned ? await pinnedBase(calls, req.base, pinned) : await calls.fetchBranch(req.base);
    if (!baseSha)
      throw new UserError(`base branch '${req.base}' does not exist on ${remote}`, { hint: 'set `base` to an existing branch' });
    const previous = direct ? baseSha : await calls.fetchBranch(req.branch);
    const { files, message } = await req.plan(baseSha);
    const generated = await calls.commitFiles({
      parent: baseSha,
      files,
      message: appendTrailer(message, req.trailer),
      author: req.author,
      committer: req.committer,
      date: req.date,
      stampTree: true,
    });
    // The trees a round compares, each asked of git once; the base's and the generated commit's in one process.
    const trees = new Map<string, Promise<string>>();
    const tree = (commit: string): Promise<string> => {
      let t = trees.get(commit);
      if (!t) trees.set(commit, (t = treeOf(git, commit)));
      return t;
    };
    let baseTree: string | undefined;
    if (!pinned) {
      const [b, g] = await treesOf(git, [baseSha, generated]);
      trees.set(baseSha, Promise.resolve(b));
      trees.set(generated, Promise.resolve(g));
      baseTree = b;
    }
    let head = generated;
    let replayed: string[] = [];
    let skipped: string[] = [];
    if (previous && !direct) {
      const found = await calls.commitsAfterGenerated(baseSha, previous, req.trailer);
      if (!pinned && !found.generated && found.after.length > 0) {
        const top = found.after[found.after.length - 1];
        return {
          done: true,
          value: {
            outcome: 'conflict',
            baseSha,
            previous,
            commit: top,
            subject: await commitSubject(git, top),
            files: [],
            reason: `${req.branch} has commits but none generated by lockstep (${req.trailer}); it is left alone`,
          },
        };
      }
      if (found.amended) {
        return {
          done: true,
          value: {
            outcome: 'conflict',
            baseSha,
            previous,
            commit: found.generated!,
            subject: await commitSubject(git, found.generated!),
            files: [],
            reason: `the generated commit on ${req.branch} was amended by hand; regenerating it would lose that edit, so the branch is left alone`,
            amended: true,
          },
        };
      }
      // With a pinned base the generated commit is the run's own, judged alone: what others pushed above it stays theirs.
      if (
        pinned &&
        found.generated &&
        (await parentOf(git, found.generated)) === baseSha &&
        (await tree(found.generated)) === (await tree(generated))
      )
        return {
          done: true,
          value: { outcome: 'unchanged', head: previous, baseSha, previous, replayed: [], skipped: [], kept: found.after },
        };
      if (found.after.length > 0) {
        const r = await calls.replayCommits(generated, found.after);
        if (!r.ok)
          return {
            done: true,
            value: { outcome: 'conflict', baseSha, previous, commit: r.commit, subject: r.subject, files: r.files, reason: r.reason },
          };
        head = r.head;
        skipped = r.skipped;
        replayed = found.after.filter((c) => !r.skipped.includes(c));
      }
      if (!pinned) {
        const headTree = await tree(head);
        if (found.generated && (await parentOf(git, found.generated)) === baseSha && (await tree(previous)) === headTree)
          return { done: true, value: { outcome: 'unchanged', head: previous, baseSha, previous, replayed: [], skipped: [] } };
      }
    }
    if (!pinned && (await tree(head)) === baseTree)
      return { done: true, value: { outcome: 'empty', baseSha, previous: direct ? undefined : previous } };
    const pushed = await calls.pushBranch(req.branch, head, previous, { base: baseSha, generated });
    if (pushed.ok) {
      const outcome = direct || (previous && pushed.updated) ? 'updated' : previous ? 'unchanged' : 'created';
      // Through the API the branch holds GitHub's commits, not the local ones.
      const remote = 'head' in pushed ? { head: pushed.head, commits: withOriginals(pushed.commits, replayed) } : { head };
      return { done: true, value: { outcome, baseSha, previous, replayed, skipped, ...remote } };
    }
    if (pinned) {
      // A stale lease, or a refusal because another push updated the branch at the same moment (the server's
      // ref lock): look again, bounded. Anything else (protected branch, hook) is final.
      const raced = pushed.reason === 'stale' || (await calls.fetchBranch(req.branch)) !== previous;
      if (raced && attempt < attempts) return { done: false, why: `${req.branch} moved on ${remote} (${pushed.detail})` };
      return { done: true, value: { outcome: 'rejected', baseSha, previous, detail: pushed.detail, raced } };
    }
    if (pushed.reason === 'rejected') return { done: true, value: { outcome: 'rejected', baseSha, previous, detail: pushed.detail } };
    return { done: false, why: `${req.branch} moved on ${remote} (${pushed.detail})` };
  });
}

/**
 * The base a pinned round builds on: the checkout's commit, as long as the
 * remote's base is still there (or absent); a base that moved throws the
 * caller's error, since the files were planned from the old one.
 */
async function pinnedBase(calls: BranchPublisher, base: string, pinned: PinnedBase): Promise<string> {
  const tip = await calls.fetchBranch(base);
  if (tip && tip !== pinned.sha) throw pinned.moved(tip);
  return pinned.sha;
}

/**
 * The commits written through the API, each re-created commit of someone
 * else's paired with the commit of the branch it re-creates: they follow
 * lockstep's in the order they were replayed (`replayed`, oldest first).
 */
function withOriginals(commits: readonly RemoteCommit[], replayed: readonly string[]): RemoteCommit[] {
  let i = 0;
  return commits.map((c) => (c.keptAuthor && i < replayed.length ? { ...c, original: replayed[i++] } : c));
}

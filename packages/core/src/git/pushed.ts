// What one push brought to a branch. A merge queue lands a group of pull requests in one push: the branch
// moves from the group's parent (`before`) to the last pull request's merge (`after`), and every pull request
// of the group has its own merge commit on the first-parent line between them. A run on that push sees the
// last one as HEAD (GITHUB_SHA); a release or promotion pull request that was first or in the middle of the
// group is one of the commits below it. These helpers read the push's range from the event payload and walk
// that first-parent line, deepening a shallow clone (actions/checkout's default) until it holds the range.

const SHA = /^[0-9a-f]{40}$/;
const NO_COMMIT = /^0{40}$/;

/** A push's range: the branch moved from `before` to `after`; `listed`: how many commits the payload lists. */
export interface PushedRange {
  before: string;
  after: string;
  listed: number;
}

/**
 * The range of a `push` event's payload; undefined for anything else: a branch created or deleted
 * (`before` or `after` all zeros), a payload without both commits, or one whose commits are not 40-hex
 * object names (the payload is read as untrusted text).
 */
export function pushedRange(payload: Record<string, unknown>): PushedRange | undefined {
  const { before, after, commits } = payload;
  if (typeof before !== 'string' || typeof after !== 'string') return undefined;
  if (!SHA.test(before) || !SHA.test(after) || NO_COMMIT.test(before) || NO_COMMIT.test(after) || before === after) return undefined;
  return { before, after, listed: Array.isArray(commits) ? commits.length : 0 };
}

/** How far a walk goes: a queue group is a few pull requests; a push of more first-parent commits is read up to this. */
export const MAX_PUSHED_COMMITS = 100;

/** What the walk needs of a repository: a commit's parents (none past a shallow clone's edge) and a deeper fetch. */
export interface PushedWalk {
  parents(commit: string): Promise<readonly string[] | undefined>;
  /** Fetches `commits` more generations behind a shallow clone's edge; false when it fetched nothing (or cannot). */
  deepen(commits: number): Promise<boolean>;
}

/**
 * The first-parent commits the push brought, newest first (`after` itself first): those after `before` up
 * to `after`. Undefined when `before` is not on that line within MAX_PUSHED_COMMITS (a forced push, a
 * range this clone cannot reach even after deepening): the caller then reads `after` alone.
 */
export async function pushedCommits(walk: PushedWalk, range: PushedRange): Promise<string[] | undefined> {
  let by = Math.max(range.listed, 1) + 1;
  for (let deepened = 0; ; deepened++) {
    const line: string[] = [];
    let at: string | undefined = range.after;
    while (at !== undefined && at !== range.before && line.length < MAX_PUSHED_COMMITS) {
      const parents = await walk.parents(at);
      if (parents === undefined) break;
      line.push(at);
      at = parents[0];
    }
    if (at === range.before) return line;
    // The line stopped before `before`: at a shallow clone's edge (a commit without parents) it may go on.
    if (line.length >= MAX_PUSHED_COMMITS || deepened >= 3 || !(await walk.deepen(by))) return undefined;
    by *= 4;
  }
}

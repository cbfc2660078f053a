import { GIT_FETCH, gitText, gitTry, type GitOutput, type GitSpawner } from './spawn.ts';

// Commit reads and fetches: what a promotion asks of its repository (promote/git-port.ts, through the
// Repo's methods) and what github/replay.ts reads of the commits it recreates through the API. Each is
// one git command line, spelled here and nowhere else.

/** A commit's parents, its trailer block (git's own parse, `:` the only separator) and its message. */
export interface CommitInfo {
  parents: string[];
  trailers: string;
  message: string;
}

/** One first-parent commit that touched a path, and when it was committed (ms). */
export interface LogEntry {
  sha: string;
  time: number;
}

/** The commit `ref` names, or undefined when it names none. */
export function commitOf(git: GitSpawner, ref: string): Promise<string | undefined> {
  return gitTry(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
}

/** The commit's parents, trailers and message; undefined when there is no such commit. */
export async function commitInfo(git: GitSpawner, commit: string): Promise<CommitInfo | undefined> {
  // NUL between the fields: a root commit has no parents, and the output is trimmed. The trailer block is git's parse.
  const out = await gitTry(git, [
    '-c',
    'trailer.separators=:',
    'show',
    '-s',
    '--format=%P%x00%(trailers:only,unfold)%x00%B',
    '--end-of-options',
    `${commit}^{commit}`,
  ]);
  if (out === undefined) return undefined;
  const [parents, trailers, ...message] = out.split('\0');
  return { parents: parents.split(' ').filter(Boolean), trailers, message: message.join('\0') };
}

/** The newest commit up to `commit` that changed `path` (or any of several) (`firstParent`: on the first-parent line only); undefined when none. */
export async function lastCommitOf(
  git: GitSpawner,
  commit: string,
  path: string | readonly string[],
  firstParent: boolean,
): Promise<string | undefined> {
  const args = firstParent
    ? ['log', '-1', '--first-parent', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()]
    : ['log', '-1', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()];
  return (await gitTry(git, args)) || undefined;
}

/** The first-parent commits up to `commit` that changed `path` (or any of several), newest first, each with its commit time. */
export async function firstParentLog(git: GitSpawner, commit: string, path: string | readonly string[]): Promise<LogEntry[]> {
  const out = await gitTry(git, ['log', '--first-parent', '--format=%H %ct', '--end-of-options', commit, '--', ...[path].flat()]);
  return (out ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, seconds] = line.split(' ');
      return { sha, time: Number(seconds) * 1000 };
    });
}

/** Every file path in `commit`'s tree (under `dir`, when given); undefined when git cannot list it. */
export async function listFiles(git: GitSpawner, commit: string, dir?: string): Promise<string[] | undefined> {
  const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit];
  const r = await git(dir === undefined ? args : [...args, '--', `${dir}/`]);
  return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
}

/** The commits of `from..to` with their subjects, newest first; undefined unless `from` is reachable from `to` here. */
export async function commitsBetween(git: GitSpawner, from: string, to: string): Promise<{ sha: string; subject: string }[] | undefined> {
  // Only when `from` is reachable from `to` here: in a shallow clone the log would stop early and undercount.
  if ((await git(['merge-base', '--is-ancestor', '--end-of-options', from, to])).code !== 0) return undefined;
  const out = await gitTry(git, ['log', '--format=%H%x00%s', '--end-of-options', `${from}..${to}`]);
  if (out === undefined) return undefined;
  return out
    .split('\n')
    .filter((l) => l.includes('\0'))
    .map((l) => ({ sha: l.slice(0, l.indexOf('\0')), subject: l.slice(l.indexOf('\0') + 1) }));
}

/** A commit range `from..to` as commitsBetween reads it. */
export interface CommitRange {
  from: string;
  to: string;
}

/** The key of a range in commitsInRanges' answer. */
export const rangeKey = (r: CommitRange): string => `${r.from}..${r.to}`;

/**
 * Each range's commits as commitsBetween gives them (newest first; undefined
 * unless `from` is reachable from `to` here), from one shared history walk: a
 * promotion of hundreds of services asks for dozens of ranges between release
 * tags, and a `git log` plus a `merge-base --is-ancestor` per range was most of
 * its time. The walk is one `git log --boundary` from every range's end down to
 * the common ancestor of their starts (`merge-base --octopus`, itself when there
 * is one start); each range is then sorted out here: the commits its end reaches
 * in the walk that its start does not, in the walk's order (git log's own order for the
 * range when commit times rise along the history). No commit of `from..to`
 * can lie below that ancestor (it would be reachable from `from`), so nothing is
 * missed. A range whose end the walk does not hold is asked of git on its own.
 */
export async function commitsInRanges(git: GitSpawner, ranges: readonly CommitRange[]): Promise<Map<string, RangeCommits>> {
  const out = new Map<string, RangeCommits>();
  const todo = [...new Map(ranges.map((r) => [rangeKey(r), r])).values()];
  if (todo.length === 0) return out;
  const starts = [...new Set(todo.map((r) => r.from))];
  const base = starts.length === 1 ? starts[0] : await gitTry(git, ['merge-base', '--octopus', '--end-of-options', ...starts]);
  const ends = [...new Set(todo.map((r) => r.to))];
  const args = ['log', '--boundary', '--format=%m%H %P%x00%s', '--end-of-options', ...ends, ...(base ? [`^${base}`] : []), '--'];
  const log = await gitTry(git, args);
  const walk = log === undefined ? undefined : historyWalk(log);
  for (const r of todo) {
    const found = walk?.range(r.from, r.to);
    out.set(rangeKey(r), found === 'unknown' || walk === undefined ? await commitsBetween(git, r.from, r.to) : found);
  }
  return out;
}

/** A range's commits (sha and subject), or undefined when its start is not reachable from its end here. */
export type RangeCommits = { sha: string; subject: string }[] | undefined;

/**
 * The commits of one `git log --boundary --format=%m%H %P%x00%s` walk, and the ranges sorted out of it.
 * Commits are numbered in the log's order and each tip's reach is a byte per commit: a fleet's promotion
 * between two prod environments asks ~40 ranges over a walk of ~19,000 commits, where a set of ids per tip
 * and a scan of every commit per range took ~0.4 s.
 */
function historyWalk(log: string): { range(from: string, to: string): RangeCommits | 'unknown' } {
  // Walked commits (not boundary ones) with their subjects, in the log's order; their parents by number once all are known.
  const shas: string[] = [];
  const subjects: string[] = [];
  const parentShas: string[][] = [];
  const boundary = new Set<string>();
  for (const line of log.split('\n')) {
    const nul = line.indexOf('\0');
    if (nul < 0) continue;
    const [sha, ...parents] = line.slice(1, nul).split(' ').filter(Boolean);
    if (line[0] === '-') boundary.add(sha);
    else {
      shas.push(sha);
      subjects.push(line.slice(nul + 1));
      parentShas.push(parents);
    }
  }
  const number = new Map<string, number>();
  shas.forEach((sha, i) => number.set(sha, i));
  // Each walked commit's walked parents; each boundary commit's walked children (they reach it).
  const parents = parentShas.map((ps) => ps.flatMap((p) => (number.has(p) ? [number.get(p)!] : [])));
  const childrenOf = new Map<string, number[]>();
  parentShas.forEach((ps, i) => {
    for (const p of ps) {
      if (!boundary.has(p)) continue;
      const children = childrenOf.get(p);
      if (children) children.push(i);
      else childrenOf.set(p, [i]);
    }
  });
  // Every walked commit a tip reaches through walked commits (the tip included), once per tip.
  const reached = new Map<number, Uint8Array>();
  const reach = (tip: number): Uint8Array => {
    let seen = reached.get(tip);
    if (seen) return seen;
    seen = new Uint8Array(shas.length);
    const stack = [tip];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (seen[i]) continue;
      seen[i] = 1;
      for (const p of parents[i]) if (!seen[p]) stack.push(p);
    }
    reached.set(tip, seen);
    return seen;
  };
  return {
    range(from, to) {
      const end = number.get(to);
      if (end === undefined) return 'unknown';
      const high = reach(end);
      const start = number.get(from);
      // `from` is an ancestor when the walk reaches it, or, below the walk (the common ancestor), a reached commit's parent.
      const ancestor = start !== undefined ? high[start] === 1 : (childrenOf.get(from) ?? []).some((i) => high[i] === 1);
      if (!ancestor) return undefined;
      const low = start !== undefined ? reach(start) : undefined;
      const out: { sha: string; subject: string }[] = [];
      for (let i = 0; i < shas.length; i++) if (high[i] === 1 && low?.[i] !== 1) out.push({ sha: shas[i], subject: subjects[i] });
      return out;
    },
  };
}

/** Fetches refspecs from `remote`: quiet, no tags, no FETCH_HEAD. */
export function fetchRefs(git: GitSpawner, remote: string, specs: readonly string[]): Promise<GitOutput> {
  return git([...GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', '--', remote, ...specs]);
}

/** `refs/tags/<tag>` fetched onto itself (forced). */
export const tagRefspec = (tag: string): string => `+refs/tags/${tag}:refs/tags/${tag}`;

/**
 * Deepens `branch`'s tracking ref from `remote` by `commits` more behind a shallow clone's boundary, or
 * fetches the rest of its history (`commits` undefined).
 */
export function deepenBranch(git: GitSpawner, remote: string, branch: string, commits?: number): Promise<GitOutput> {
  const how = commits === undefined ? '--unshallow' : `--deepen=${commits}`;
  return git([
    ...GIT_FETCH,
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    how,
    '--',
    remote,
    `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
  ]);
}

/** A commit object's raw text (`git cat-file commit`); throws when there is none. */
export function catCommit(git: GitSpawner, sha: string): Promise<string> {
  return gitText(git, ['cat-file', 'commit', sha]);
}

/** The raw `-z` diff of `sha` against `parent` (whole ids, no renames), as git answered. */
export function rawDiffTree(git: GitSpawner, parent: string, sha: string): Promise<GitOutput> {
  return git(['diff-tree', '-r', '-z', '--raw', '--no-renames', '--no-abbrev', '--no-ext-diff', parent, sha, '--']);
}

/** A blob's size in bytes, asked before it is read. */
export async function blobSize(git: GitSpawner, oid: string): Promise<number> {
  return Number((await gitText(git, ['cat-file', '-s', oid])).trim());
}

/** A blob's bytes, as git answered. */
export function catBlob(git: GitSpawner, oid: string): Promise<GitOutput> {
  return git(['cat-file', 'blob', oid]);
}

/** The tree id of a commit `git rev-parse` resolves; throws when it resolves none. */
export async function treeIdOf(git: GitSpawner, commit: string): Promise<string> {
  return (await gitText(git, ['rev-parse', `${commit}^{tree}`])).trim();
}

/** The commits after `base` up to `sha` along first parents, oldest first. */
export async function firstParentsSince(git: GitSpawner, base: string, sha: string): Promise<string[]> {
  const out = await gitText(git, ['rev-list', '--reverse', '--first-parent', '--end-of-options', sha, `^${base}`, '--']);
  return out.split('\n').filter(Boolean);
}

/** The paths `to` changed against `from` (no rename detection). */
export async function changedPaths(git: GitSpawner, from: string, to: string): Promise<string[]> {
  const paths = await gitText(git, ['diff-tree', '-r', '-z', '--no-renames', '--name-only', '--no-ext-diff', from, to, '--']);
  return paths.split('\0').filter(Boolean);
}

/** The subject line of `commit` (`git log -1 --format=%s`), trimmed. */
export async function subjectOf(git: GitSpawner, commit: string): Promise<string> {
  return (await gitText(git, ['log', '-1', '--format=%s', commit, '--'])).trim();
}

/** Whether `ancestor` is `commit` or one of its ancestors (false too when git cannot tell, e.g. below a shallow boundary). */
export async function isAncestorOf(git: GitSpawner, ancestor: string, commit: string): Promise<boolean> {
  return (await git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, commit])).code === 0;
}

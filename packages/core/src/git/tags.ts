import { GIT_FETCH, gitRecords, gitText, type GitExit, type GitOutput, type GitSpawner } from './spawn.ts';

// The git verbs a release's tag search and commit scan speak (release/history.ts): tag listings,
// the tagged commits, the remote's tag list and the narrow fetches of a shallow clone. Each is one
// git command line, spelled here and nowhere else.

/** The local tag names, all of them or those matching `pattern` (`--merged HEAD` with `merged`). */
export async function listTags(git: GitSpawner, pattern?: string, merged = false): Promise<string[]> {
  const args = pattern === undefined ? ['tag', '--list'] : ['tag', '--list', ...(merged ? ['--merged', 'HEAD'] : []), '--', pattern];
  return (await gitText(git, args)).split('\n').filter((t) => t !== '');
}

/** The commit the local tag names; throws when there is no such tag. */
export async function tagCommit(git: GitSpawner, tag: string): Promise<string> {
  return (await gitText(git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}^{commit}`])).trim();
}

/** The commit the local tag names, or '' when there is none here. */
export async function localTagCommit(git: GitSpawner, tag: string): Promise<string> {
  return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}^{commit}`])).stdout.toString().trim();
}

/** Whether the tag is here (its object, whatever it points at). */
export async function hasTag(git: GitSpawner, tag: string): Promise<boolean> {
  return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}`])).code === 0;
}

/** HEAD's commit; throws without one. */
export async function headCommit(git: GitSpawner): Promise<string> {
  return (await gitText(git, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
}

/** `git ls-remote --tags` of `remote` (annotated tags with their peeled lines), as git answered. */
export function lsRemoteTags(git: GitSpawner, remote: string): Promise<GitOutput> {
  return git(['ls-remote', '--tags', '--', remote]);
}

/** `git log --format=raw` of HEAD's history from `head`: each commit's id and its parents' (a shallow one's too). */
export function rawLog(git: GitSpawner, head: string): Promise<string> {
  return gitText(git, ['log', '--format=raw', '--no-decorate', '--end-of-options', head, '--']);
}

/** How a shallow clone's narrow fetches begin: quiet, no tags, no submodules, no FETCH_HEAD. */
const NARROW_FETCH = [...GIT_FETCH, '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head'];

/** Fetches the tag's commit alone (depth 1) from `remote`. */
export function fetchTagCommit(git: GitSpawner, remote: string, tag: string): Promise<GitOutput> {
  return git([...NARROW_FETCH, '--depth=1', '--', remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
}

/** Fetches the history behind `boundary` (a shallow clone's edge commits) down to, not into, the tag's. */
export function fetchHistorySince(git: GitSpawner, remote: string, tag: string, boundary: readonly string[]): Promise<GitOutput> {
  return git([...NARROW_FETCH, `--shallow-exclude=refs/tags/${tag}`, '--', remote, ...boundary]);
}

/** Fetches the whole history behind `boundary`. */
export function fetchUnshallow(git: GitSpawner, remote: string, boundary: readonly string[]): Promise<GitOutput> {
  return git([...NARROW_FETCH, '--unshallow', '--', remote, ...boundary]);
}

/** Fetches one tag and its commit alone (depth 1), to show a tag a shallow clone knows by name only. */
export function fetchTag(git: GitSpawner, remote: string, tag: string): Promise<GitOutput> {
  return git([
    ...GIT_FETCH,
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    '--depth=1',
    '--',
    remote,
    `+refs/tags/${tag}:refs/tags/${tag}`,
  ]);
}

/**
 * `git log` of `range` with each commit's id, parents and full message as three NUL-separated records,
 * handed to `onRecord` as git prints them (`signal` stops git).
 */
export function commitLogRecords(
  git: GitSpawner,
  range: string,
  onRecord: (record: Buffer) => void,
  signal?: AbortSignal,
): Promise<GitExit> {
  return gitRecords(git, ['log', '-z', '--format=%H%x00%P%x00%B', '--end-of-options', range, '--'], onRecord, signal);
}

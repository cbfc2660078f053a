import semver from 'semver';
import { UserError } from '../errors.ts';
import { GIT_FETCH, type GitSpawner } from '../git/objects.ts';
import type { RawCommit } from '../commits/conventional.ts';
import { versionsFromTags } from '../commits/version.ts';

/** The last release found from HEAD, and every version tagged so far (for rc counting). */
export interface LastRelease {
  tag?: string;
  version?: string;
  /** The tagged commit. */
  sha?: string;
  /** Every `<prefix>X.Y.Z[-pre]` version tagged in the repository (reachable or not). */
  allVersions: string[];
  /** What was fetched to find it (shallow clones). */
  fetched: string[];
}

const DEEPEN = [64, 512, 4096];
const CHECKOUT_HINT = 'set `fetch-depth: 0` on actions/checkout (it fetches every commit and tag)';
/** The same fix from a terminal. */
const CLONE_HINT = 'fetch the whole history and the tags (git fetch --unshallow --tags), or work in a full clone';

async function run(git: GitSpawner, args: string[]): Promise<string> {
  const r = await git(args);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n')[0]}`);
  return r.stdout.toString('utf8');
}

/** A git command's output, trimmed; a failure throws with git's first line of stderr. */
export async function gitText(git: GitSpawner, args: string[]): Promise<string> {
  return (await run(git, args)).trim();
}

const isShallow = async (git: GitSpawner) => (await run(git, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';

/**
 * Finds the newest `<prefix>X.Y.Z` tag (by SemVer, pre-releases excluded)
 * reachable from HEAD. In a shallow clone it fetches the tags and deepens
 * history until that tag is reachable (or, with no release tag at all, until
 * the whole history is there); when fetching fails it says which checkout
 * option fixes it.
 */
export async function findLastRelease(git: GitSpawner, prefix: string, remote = 'origin'): Promise<LastRelease> {
  const fetched: string[] = [];
  let shallow = await isShallow(git);
  const fetch = async (args: string[], what: string) => {
    const r = await git([...GIT_FETCH, '--quiet', '--no-recurse-submodules', ...args]);
    if (r.code !== 0)
      throw new UserError(
        `this is a shallow checkout and fetching ${what} from ${remote} failed (${r.stderr.trim().split('\n')[0] || `exit ${r.code}`})`,
        { hint: CHECKOUT_HINT, cliHint: CLONE_HINT },
      );
    fetched.push(what);
  };
  if (shallow) await fetch(['--no-tags', '--', remote, '+refs/tags/*:refs/tags/*'], 'tags');

  const list = async (merged: boolean) =>
    (await run(git, ['tag', '--list', ...(merged ? ['--merged', 'HEAD'] : []), '--', `${prefix}*`])).split('\n').filter((t) => t !== '');
  const allTags = await list(false);
  const allVersions = versionsFromTags(allTags, prefix);
  const stable = allVersions.filter((v) => semver.prerelease(v) === null);

  for (let step = 0; ; step++) {
    const reachable = new Set(versionsFromTags(await list(true), prefix).filter((v) => semver.prerelease(v) === null));
    const best = semver.rsort([...reachable])[0];
    // In a shallow clone a newer tag may be reachable but hidden behind the boundary: deepen while one is not.
    const newerHidden = best === undefined ? stable.length > 0 || shallow : stable.some((v) => semver.gt(v, best));
    if (!shallow || !newerHidden) {
      if (best === undefined && shallow) {
        await fetch(['--unshallow', '--no-tags', '--', remote], 'the full history (no release tag is reachable yet)');
        shallow = false;
        continue;
      }
      if (!best) return { allVersions, fetched };
      const tag = `${prefix}${best}`;
      const sha = (await run(git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}^{commit}`])).trim();
      return { tag, version: best, sha, allVersions, fetched };
    }
    const depth = DEEPEN[step];
    if (depth === undefined) await fetch(['--unshallow', '--no-tags', '--', remote], 'the full history');
    else await fetch([`--deepen=${depth}`, '--no-tags', '--', remote], `${depth} more commits`);
    shallow = await isShallow(git);
  }
}

/**
 * The commits after `since` up to HEAD (all of HEAD's history when undefined),
 * newest first, with parents and full messages: one `git log` process.
 */
export async function commitsSince(git: GitSpawner, since: string | undefined, head = 'HEAD'): Promise<RawCommit[]> {
  const range = since ? `${since}..${head}` : head;
  const r = await git(['log', '-z', '--format=%H%x00%P%x00%B', '--end-of-options', range, '--']);
  if (r.code !== 0) throw new Error(`git log ${range} failed: ${r.stderr.trim()}`);
  const parts = r.stdout.toString('utf8').split('\0');
  const out: RawCommit[] = [];
  for (let i = 0; i + 2 < parts.length; i += 3) {
    out.push({ sha: parts[i].replace(/^\n/, ''), parents: parts[i + 1] === '' ? [] : parts[i + 1].split(' '), message: parts[i + 2] });
  }
  return out;
}

/**
 * The tag that already carries `version` (SemVer equality: `v1.5.0+build.3`
 * counts as 1.5.0), wherever it points, or undefined. A release tagged on
 * another branch is not the last release seen from HEAD, so the version
 * computed from HEAD's history can collide with it.
 */
export async function publishedTag(git: GitSpawner, prefix: string, version: string): Promise<string | undefined> {
  const tags = (await run(git, ['tag', '--list', '--', `${prefix}*`])).split('\n').filter((t) => t !== '');
  return tags.find((t) => {
    const v = t.slice(prefix.length);
    return /^\d/.test(v) && semver.valid(v) !== null && semver.eq(v, version);
  });
}

/** The last release and the commits since it, newest first. */
export interface ReleaseRange {
  last: LastRelease;
  commits: RawCommit[];
}

/**
 * findLastRelease followed by commitsSince, without the history walk of
 * `git tag --merged HEAD` in the usual case. In a full clone, the highest
 * stable tag is tried first: it is reachable from HEAD exactly when it is HEAD
 * or a parent of some commit in `tag..HEAD` (the child on the path from HEAD
 * to it is in that range), which the one `git log` of the range shows anyway.
 * Only when it is not (a release tagged on another branch) does this fall
 * back to the walk. A shallow clone always takes the fetching path.
 */
export async function releaseRange(git: GitSpawner, prefix: string, head: string): Promise<ReleaseRange> {
  // Both are local reads: asked together, the run waits for one git start instead of two. A shallow clone
  // lists the tags again after fetching them, so this listing (and any failure of it) is then unused.
  const listing = run(git, ['tag', '--list', '--', `${prefix}*`]);
  listing.catch(() => undefined);
  if (!(await isShallow(git))) {
    const allVersions = versionsFromTags(
      (await listing).split('\n').filter((t) => t !== ''),
      prefix,
    );
    const best = semver.rsort(allVersions.filter((v) => semver.prerelease(v) === null))[0];
    if (best === undefined) return { last: { allVersions, fetched: [] }, commits: await commitsSince(git, undefined, head) };
    const tag = `${prefix}${best}`;
    const sha = (await run(git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}^{commit}`])).trim();
    const commits = await commitsSince(git, sha, head);
    if (sha === head || commits.some((c) => c.parents.includes(sha)))
      return { last: { tag, version: best, sha, allVersions, fetched: [] }, commits };
  }
  const last = await findLastRelease(git, prefix);
  return { last, commits: await commitsSince(git, last.sha, head) };
}

/** A tag that carries a version after some other prefix than the configured one. */
export interface OtherTag {
  tag: string;
  prefix: string;
  version: string;
}

/**
 * Tags `<other prefix>X.Y.Z[-pre]` whose prefix is not `prefix`, highest
 * version first: what a repository's releases are tagged with when no tag
 * matches the configured prefix (`v2.0.0` while tag-prefix is `release-`).
 */
export async function otherPrefixTags(git: GitSpawner, prefix: string): Promise<OtherTag[]> {
  const out: OtherTag[] = [];
  for (const tag of (await run(git, ['tag', '--list'])).split('\n')) {
    const m = /^(.*?)(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(tag);
    if (!m || m[1] === prefix || semver.valid(m[2]) !== m[2] || semver.prerelease(m[2]) !== null) continue;
    // A prefix ending in a digit or dot is part of a longer number (`v01.2.3`, `1.2.3.4`), not a prefix.
    if (/[\d.]$/.test(m[1])) continue;
    out.push({ tag, prefix: m[1], version: m[2] });
  }
  return out.sort((a, b) => semver.rcompare(a.version, b.version) || a.tag.localeCompare(b.tag));
}

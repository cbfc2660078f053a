import semver from 'semver';
import { UserError } from '../errors.ts';
import type { GitSpawner } from '../git/spawn.ts';
import { asRepo, remoteTagList } from '../git/repo.ts';
import {
  commitLogRecords,
  fetchHistorySince,
  fetchTag,
  fetchTagCommit,
  fetchUnshallow,
  hasTag,
  headCommit,
  listTags,
  localTagCommit,
  lsRemoteTags,
  rawLog,
  tagCommit,
} from '../git/tags.ts';
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
  /** Every local tag, when they were listed and nothing was fetched: what publishedTag and otherPrefixTags would list again. */
  localTags?: readonly string[];
  /** The remote's tags a shallow clone listed (name → tagged commit): what publishedTag and otherPrefixTags add to the local ones. */
  remoteTags?: ReadonlyMap<string, string>;
}

/** What a release scan already knows of the tags (LastRelease's `localTags` and `remoteTags`), so they are not listed again. */
export type KnownTags = Pick<LastRelease, 'localTags' | 'remoteTags'>;

const CHECKOUT_HINT = 'set `fetch-depth: 0` on actions/checkout (it fetches every commit and tag)';
/** The same fix from a terminal. */
const CLONE_HINT = 'fetch the whole history and the tags (git fetch --unshallow --tags), or work in a full clone';

const isShallow = (git: GitSpawner) => asRepo(git).isShallow();

/** Every tag name: the local ones (`known.localTags`, when they were listed) and the remote's list a shallow clone listed. */
async function tagNames(git: GitSpawner, known: KnownTags = {}): Promise<string[]> {
  if (known.localTags) return [...known.localTags];
  const remote = known.remoteTags;
  const local = await listTags(git);
  return remote ? [...new Set([...local, ...remote.keys()])] : local;
}

/**
 * Finds the newest `<prefix>X.Y.Z` tag (by SemVer, pre-releases excluded)
 * reachable from HEAD. A shallow clone fetches the least that decides it:
 * the remote's tag list (names only), then, for each stable version from the
 * highest down, HEAD's history back to that tag (`--shallow-exclude`: the
 * commits not reachable from it). The tag is reachable exactly when it is
 * HEAD or a parent of one of those commits, so a tag on another branch is
 * passed over and the next one tried. The found tag is fetched at depth 1 (its
 * commit bounds the range); with no reachable release tag, HEAD's whole
 * history. When fetching fails it says which checkout option fixes it.
 */
export async function findLastRelease(git: GitSpawner, prefix: string, remote = 'origin'): Promise<LastRelease> {
  const list = (merged: boolean) => listTags(git, `${prefix}*`, merged);
  if (!(await isShallow(git))) {
    const allVersions = versionsFromTags(await list(false), prefix);
    const best = semver.rsort(versionsFromTags(await list(true), prefix).filter((v) => semver.prerelease(v) === null))[0];
    if (!best) return { allVersions, fetched: [] };
    const tag = `${prefix}${best}`;
    const sha = await tagCommit(git, tag);
    return { tag, version: best, sha, allVersions, fetched: [] };
  }
  return shallowLastRelease(git, prefix, remote);
}

/**
 * findLastRelease in a shallow clone. `known`: HEAD's commit and the local tags, when the caller has them already
 * (scanReleaseRange lists the tags before it knows the clone is shallow; nothing is fetched before they are read).
 */
async function shallowLastRelease(
  git: GitSpawner,
  prefix: string,
  remote: string,
  known?: { head: string; localTags: readonly string[] },
): Promise<LastRelease> {
  const fetched: string[] = [];
  const failed = (what: string, stderr: string, code: number | null) =>
    new UserError(
      `this is a shallow checkout and fetching ${what} from ${remote} failed (${stderr.trim().split('\n')[0] || `exit ${code}`})`,
      { hint: CHECKOUT_HINT, cliHint: CLONE_HINT },
    );
  const fetch = async (fetching: Promise<{ code: number; stderr: string }>, what: string) => {
    const r = await fetching;
    if (r.code !== 0) throw failed(what, r.stderr, r.code);
    fetched.push(what);
  };
  const listed = await lsRemoteTags(git, remote);
  if (listed.code !== 0) throw failed('the tag list', listed.stderr, listed.code);
  const tags = remoteTagList(listed.stdout.toString('utf8'));
  fetched.push('the tag list');
  const names = [
    ...new Set([...(known?.localTags ?? (await listTags(git, `${prefix}*`))), ...tags.keys()].filter((t) => t.startsWith(prefix))),
  ];
  const allVersions = versionsFromTags(names, prefix);
  const head = known?.head ?? (await headCommit(git));
  // HEAD's commits here and their parents: a tag's commit among them is reachable. The raw format names a
  // shallow commit's parents too (rev-list --parents hides them), so a tag just below the boundary counts.
  // The boundary (commits with a parent missing) is what more history is asked for: HEAD itself may be a
  // local commit origin does not have.
  const seen = async () => {
    const ids = new Set<string>();
    const boundary = new Set<string>();
    const raw = await rawLog(git, head);
    const parents: [string, string][] = [];
    let current = '';
    for (const m of raw.matchAll(/^(commit|parent) ([0-9a-f]+)$/gm)) {
      if (m[1] === 'commit') ids.add((current = m[2]));
      else parents.push([current, m[2]]);
    }
    for (const [child, parent] of parents) if (!ids.has(parent)) boundary.add(child);
    for (const [, parent] of parents) ids.add(parent);
    return { ids, boundary: [...boundary] };
  };
  // Tags whose history fetch failed. A tag HEAD is behind (a rerun on an older commit, a newer release on
  // another branch that contains HEAD) makes `--shallow-exclude` select nothing, and git's error says so in
  // words that differ by transport; so a failed fetch only passes the tag over. Should the history fetched
  // for an older tag then hold it, it was reachable after all and is the one used.
  const passed: { tag: string; version: string; sha: string; local: string }[] = [];
  const found = async (t: { tag: string; version: string; sha: string; local: string }, ids: Set<string>): Promise<LastRelease> => {
    const best = passed.find((p) => ids.has(p.sha)) ?? t;
    if (!best.local) await fetch(fetchTagCommit(git, remote, best.tag), `the tag ${best.tag}`);
    return { tag: best.tag, version: best.version, sha: best.sha, allVersions, fetched, remoteTags: tags };
  };
  for (const version of semver.rsort(allVersions.filter((v) => semver.prerelease(v) === null))) {
    const tag = `${prefix}${version}`;
    const local = await localTagCommit(git, tag);
    const sha = tags.get(tag) ?? local;
    if (!sha) continue;
    let here = await seen();
    // A tag origin does not have (made here) cannot bound a fetch: only what is here decides it.
    if (!here.ids.has(sha) && here.boundary.length > 0 && tags.has(tag)) {
      const r = await fetchHistorySince(git, remote, tag, here.boundary);
      if (r.code !== 0) {
        passed.push({ tag, version, sha, local });
        continue;
      }
      fetched.push(`the history since ${tag}`);
      here = await seen();
    }
    if (!here.ids.has(sha)) continue;
    return found({ tag, version, sha, local }, here.ids);
  }
  const { boundary } = await seen();
  if (boundary.length > 0) await fetch(fetchUnshallow(git, remote, boundary), 'the full history (no release tag is reachable)');
  // With the whole history here, a tag passed over for a failed fetch is reachable or not for certain.
  const { ids } = await seen();
  const reachable = passed.find((p) => ids.has(p.sha));
  if (reachable) return found(reachable, ids);
  return { allVersions, fetched, remoteTags: tags };
}

/**
 * The commits after `since` up to HEAD (all of HEAD's history when undefined),
 * newest first, with parents and full messages: one `git log` process, read
 * as it runs. Each commit goes to `add` as soon as git has printed it, so
 * nothing holds the whole listing; a git that fails throws once it has ended
 * (after `add` saw what it printed).
 */
export async function readCommits(
  git: GitSpawner,
  since: string | undefined,
  head: string,
  add: (c: RawCommit) => void,
  signal?: AbortSignal,
): Promise<void> {
  const range = since ? `${since}..${head}` : head;
  // Three records per commit (sha, parents, message), as `split('\0')` of the whole output would group them.
  const fields: string[] = [];
  const r = await commitLogRecords(
    git,
    range,
    (record) => {
      fields.push(record.toString('utf8'));
      if (fields.length < 3) return;
      const [sha, parents, message] = fields;
      fields.length = 0;
      add({ sha: sha.replace(/^\n/, ''), parents: parents === '' ? [] : parents.split(' '), message });
    },
    signal,
  );
  if (r.code !== 0) throw new Error(`git log ${range} failed: ${r.stderr.trim()}`);
}

/**
 * The commits after `since` up to HEAD (all of HEAD's history when undefined),
 * newest first, with parents and full messages, in one list.
 */
export async function commitsSince(git: GitSpawner, since: string | undefined, head = 'HEAD'): Promise<RawCommit[]> {
  const out: RawCommit[] = [];
  await readCommits(git, since, head, (c) => out.push(c));
  return out;
}

/**
 * The tag that already carries `version` (SemVer equality: `v1.5.0+build.3`
 * counts as 1.5.0), wherever it points, or undefined. A release tagged on
 * another branch is not the last release seen from HEAD, so the version
 * computed from HEAD's history can collide with it.
 */
export async function publishedTag(
  git: GitSpawner,
  prefix: string,
  version: string,
  { remote = 'origin', known }: { remote?: string; known?: KnownTags } = {},
): Promise<string | undefined> {
  const tags = (await tagNames(git, known)).filter((t) => t.startsWith(prefix));
  const found = tags.find((t) => {
    const v = t.slice(prefix.length);
    return /^\d/.test(v) && semver.valid(v) !== null && semver.eq(v, version);
  });
  // A shallow clone knows the other tags by name only: fetch this one (its commit alone) so it can be shown.
  if (found && !(await hasTag(git, found))) await fetchTag(git, remote, found);
  return found;
}

/** The last release and the commits since it, newest first. */
export interface ReleaseRange {
  last: LastRelease;
  commits: RawCommit[];
}

/** findLastRelease followed by commitsSince (scanReleaseRange), the commits in one list. */
export async function releaseRange(git: GitSpawner, prefix: string, head: string): Promise<ReleaseRange> {
  let commits: RawCommit[] = [];
  const last = await scanReleaseRange(git, prefix, head, () => {
    commits = [];
    return (c) => commits.push(c);
  });
  return { last, commits };
}

/**
 * findLastRelease followed by readCommits, without the history walk of
 * `git tag --merged HEAD` in the usual case. In a full clone, the highest
 * stable tag is tried first: it is reachable from HEAD exactly when it is HEAD
 * or a parent of some commit in `tag..HEAD` (the child on the path from HEAD
 * to it is in that range), which the one `git log` of the range shows anyway.
 * Only when it is not (a release tagged on another branch) does this fall
 * back to the walk. A shallow clone always takes the fetching path.
 *
 * The commits go to a reader `open` returns, one at a time as git prints
 * them; when the first range read was not the release's, `open` is called
 * again and the commits of the right range go to that new reader. A shallow
 * clone fetches only once `mayFetch` has resolved (never when it rejects):
 * everything before is a local read. Aborting `signal` stops the read of the
 * commits (git is stopped). `head` may still be being resolved: the tags are
 * listed meanwhile. `walking` is called once git walks the range (its start
 * is what takes time), or when a shallow clone's scan waits for `mayFetch`.
 */
export async function scanReleaseRange(
  git: GitSpawner,
  prefix: string,
  head: string | Promise<string>,
  open: () => (c: RawCommit) => void,
  {
    mayFetch,
    signal,
    shallow: known,
    walking,
  }: { mayFetch?: Promise<void>; signal?: AbortSignal; shallow?: Promise<boolean>; walking?: () => void } = {},
): Promise<LastRelease> {
  // Local reads, asked together (each git start is a few ms the run would otherwise wait for in turn): every tag
  // (the release's among them; publishedTag and otherPrefixTags need the rest), and whether the clone is shallow
  // (unless the caller knows: `shallow`).
  // A shallow clone reads it before fetching anything, and lists the tags again afterwards for publishedTag.
  const listing = listTags(git);
  listing.catch(() => undefined);
  const shallow = await (known ?? isShallow(git));
  const at = await head;
  if (!shallow) {
    const localTags = await listing;
    const allVersions = versionsFromTags(localTags, prefix);
    const best = semver.rsort(allVersions.filter((v) => semver.prerelease(v) === null))[0];
    if (best === undefined) {
      const all = readCommits(git, undefined, at, open(), signal);
      walking?.();
      await all;
      return { allVersions, fetched: [], localTags };
    }
    const tag = `${prefix}${best}`;
    // The range is read from the tag's name (its git started first: the walk is what takes time), and the tagged
    // commit asked beside it. Commits printed before that answer keep their parents until then.
    let sha: string | undefined;
    const before: (readonly string[])[] = [];
    const add = open();
    let reached = false;
    const reading = readCommits(
      git,
      `refs/tags/${tag}^{commit}`,
      at,
      (c) => {
        if (!reached) {
          if (sha === undefined) before.push(c.parents);
          else if (c.parents.includes(sha)) reached = true;
        }
        add(c);
      },
      signal,
    );
    walking?.();
    const tagged = tagCommit(git, tag).then((out) => {
      sha = out;
      return sha;
    });
    tagged.catch(() => undefined);
    await reading;
    const commit = await tagged;
    if (!reached) reached = before.some((parents) => parents.includes(commit));
    if (commit === at || reached) return { tag, version: best, sha: commit, allVersions, fetched: [], localTags };
    // A release tagged on another branch: the walk of `git tag --merged` finds the newest one reachable (local here).
    const last = await findLastRelease(git, prefix);
    await readCommits(git, last.sha, at, open(), signal);
    return { ...last, localTags };
  }
  // A shallow clone's reads wait for leave to fetch (after the checks): nothing walks until then.
  walking?.();
  await mayFetch;
  const localTags = await listing;
  const last = await shallowLastRelease(git, prefix, 'origin', { head: at, localTags });
  await readCommits(git, last.sha, at, open(), signal);
  return last;
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
export async function otherPrefixTags(git: GitSpawner, prefix: string, known?: KnownTags): Promise<OtherTag[]> {
  const out: OtherTag[] = [];
  for (const tag of await tagNames(git, known)) {
    const m = /^(.*?)(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(tag);
    if (!m || m[1] === prefix || semver.valid(m[2]) !== m[2] || semver.prerelease(m[2]) !== null) continue;
    // A prefix ending in a digit or dot is part of a longer number (`v01.2.3`, `1.2.3.4`), not a prefix.
    if (/[\d.]$/.test(m[1])) continue;
    out.push({ tag, prefix: m[1], version: m[2] });
  }
  return out.sort((a, b) => semver.rcompare(a.version, b.version) || a.tag.localeCompare(b.tag));
}

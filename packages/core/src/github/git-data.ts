import { createHash } from 'node:crypto';
import { mapLimit } from '../async/map-limit.ts';
import { setting, UserError, words } from '../errors.ts';
import type { Identity } from '../git/identity.ts';
import { createOrFind, type GitHub, GitHubError, graphql, mayHaveLanded, orNotFound } from './client.ts';
import { createRef, getRef } from './refs.ts';

// Commits written through GitHub's Git Database API (blobs → one tree → one
// commit → a guarded ref update) instead of `git push`: GitHub signs a commit
// it creates for a GitHub App or GITHUB_TOKEN, so a "require signed commits"
// ruleset accepts it. The work tree, index and HEAD are never read or changed.

/**
 * The largest blob lockstep sends: GitHub's blobs API "supports blobs up to
 * 100 megabytes in size", the same as its per-file push limit (100 MiB).
 */
export const MAX_BLOB_BYTES = 100 * 1024 * 1024;

/** Blob creates in flight at once (the client serialises writes anyway; this bounds the encoded bodies held in memory). */
const BLOB_CONCURRENCY = 4;

/** Creates tried in all when each answer is lost. */
const CREATE_ATTEMPTS = 3;

/** One path's new state in the commit. */
export type FileChange =
  /** A regular file; `content` as bytes, or a string taken as UTF-8. */
  | { kind: 'file'; path: string; content: Uint8Array | string; executable?: boolean }
  /** A symbolic link to `target` (git stores the target as the blob). */
  | { kind: 'symlink'; path: string; target: string }
  /** The file is removed. List each file of a removed directory: GitHub documents `sha: null` for files only. */
  | { kind: 'delete'; path: string };

/**
 * A person on a commit or tag; `date` is ISO 8601 with an offset
 * (`2024-05-01T12:00:00+02:00`), and when left out GitHub stamps the current time.
 */
export interface DatedIdentity extends Identity {
  date?: string;
}

/** What one commit is made of. */
export interface CommitSpec {
  /** The tree the changes apply to: normally the first parent's tree. */
  baseTree: string;
  /** Parent commit SHAs (one for an ordinary commit). */
  parents: readonly string[];
  message: string;
  changes: readonly FileChange[];
  /**
   * Leave `author` and `committer` out for a commit GitHub signs: it signs
   * only commits it authors itself ("signature verification for bots": no
   * custom author, committer or signature), stamped with the token's
   * identity and the current time. A human commit recreated with its own
   * author keeps that author and is not signed by GitHub (verified: false).
   */
  author?: DatedIdentity;
  /**
   * Defaults (on GitHub's side) to the author when the author is given. A
   * recreated human commit passes the human as author and lockstep's own
   * identity (BOT_IDENTITY or the configured one) as committer.
   */
  committer?: DatedIdentity;
}

/** A commit GitHub created, with what it says about the commit's signature. */
export interface ApiCommit {
  sha: string;
  tree: string;
  /** GitHub's `verification.verified`: true when GitHub will show the commit as Verified. */
  verified: boolean;
  /** GitHub's `verification.reason` (`valid`, `unsigned`, …). */
  reason: string;
}

/** What a guarded ref update did. 'stale': the ref was not where the caller expected; nothing moved. */
export type RefOutcome = 'created' | 'updated' | 'unchanged' | 'stale';

/** A change turned into what the tree entry needs. */
interface Prepared {
  path: string;
  mode: '100644' | '100755' | '120000';
  /** The content and its git blob SHA; absent for a deletion. */
  blob?: { bytes: Buffer; sha: string };
}

/** Git's SHA-1 of a blob with these bytes (what GitHub must answer). */
function blobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as JSON-safe UTF-8 text, or undefined when they must travel as base64 (invalid UTF-8, or NUL bytes: binary). */
function asText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The one check a path needs before it is sent: relative, normalised, not inside .git. */
function checkPath(path: string): void {
  const parts = path.split('/');
  if (!path || parts.some((p) => p === '' || p === '.' || p === '..') || parts.some((p) => p.toLowerCase() === '.git')) {
    throw new UserError(`cannot commit '${path}' through the GitHub API: not a normalised path inside the repository`);
  }
}

/** The error for a file over GitHub's blob limit, naming the file and the limit. */
export function tooLarge(path: string, bytes: number): UserError {
  return new UserError(
    `'${path}' is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over GitHub's ${MAX_BLOB_BYTES / 1024 / 1024} MiB limit for a blob created through the API — nothing was written`,
    {
      hint: words`keep files this large out of the commit (Git LFS), or ${setting('commit-mode', 'git')}`,
    },
  );
}

/**
 * Checks every change before anything is written: paths, duplicates, and
 * GitHub's blob size limit (a file over it fails the whole commit here,
 * naming the file, before any request).
 */
function prepare(changes: readonly FileChange[]): Prepared[] {
  const seen = new Set<string>();
  const out: Prepared[] = [];
  for (const c of changes) {
    checkPath(c.path);
    if (seen.has(c.path)) throw new UserError(`cannot commit '${c.path}' twice in one commit`);
    seen.add(c.path);
    if (c.kind === 'delete') {
      out.push({ path: c.path, mode: '100644' });
      continue;
    }
    const bytes =
      c.kind === 'symlink'
        ? Buffer.from(c.target, 'utf8')
        : typeof c.content === 'string'
          ? Buffer.from(c.content, 'utf8')
          : Buffer.from(c.content.buffer, c.content.byteOffset, c.content.byteLength);
    if (bytes.length > MAX_BLOB_BYTES) throw tooLarge(c.path, bytes.length);
    out.push({
      path: c.path,
      mode: c.kind === 'symlink' ? '120000' : c.executable ? '100755' : '100644',
      blob: { bytes, sha: blobSha(bytes) },
    });
  }
  return out;
}

/**
 * Runs a create whose repetition is harmless, again when its answer was lost
 * (the retry plugin already repeats 5xx answers; this covers garbled answers,
 * which it does not repeat for a POST), at most CREATE_ATTEMPTS times.
 */
async function createAgain<T>(gh: GitHub, what: string, create: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (e) {
      if (!mayHaveLanded(e) || attempt >= CREATE_ATTEMPTS) throw e;
      gh.log(`${what}: GitHub's answer was lost (${(e as Error).message}); creating it again (${attempt}/${CREATE_ATTEMPTS - 1})`);
      await gh.sleep(1000 * attempt);
    }
  }
}

/** A field lockstep reads from an answer, or a bad-reply failure (looked at like a lost answer). */
function field(data: unknown, key: string, what: string): string {
  const value = (data as Record<string, unknown> | null)?.[key];
  if (typeof value === 'string' && value) return value;
  throw new GitHubError(`GitHub's answer to ${what} has no ${key}`, undefined, undefined, 'bad-reply');
}

/** Creates one blob; the SHA GitHub answers must be git's SHA of the bytes. */
async function createBlob(gh: GitHub, path: string, blob: { bytes: Buffer; sha: string }): Promise<string> {
  const expected = blob.sha;
  const text = asText(blob.bytes);
  const body = text === undefined ? { content: blob.bytes.toString('base64'), encoding: 'base64' } : { content: text, encoding: 'utf-8' };
  const what = `the blob for ${path}`;
  // Blobs are content-addressed: a repeated create yields the same object.
  const sha = await createAgain(gh, what, async () =>
    field(
      (await gh.octokit.request('POST /repos/{owner}/{repo}/git/blobs', { owner: gh.owner, repo: gh.repo, ...body })).data,
      'sha',
      what,
    ),
  );
  if (sha !== expected)
    throw new GitHubError(
      `GitHub stored ${path} as blob ${sha.slice(0, 12)}, not ${expected.slice(0, 12)} (git's SHA of its bytes) — the content was changed on the way; nothing was committed`,
    );
  return sha;
}

/**
 * Creates one commit through the API: a blob per changed file (bounded
 * concurrency; identical contents sent once), ONE tree on `baseTree`, ONE
 * commit. Every change is checked (paths, the blob size limit) before the
 * first request. The ref is not touched: see {@link moveBranch} and
 * {@link commitToBranch}.
 */
export async function createCommit(gh: GitHub, spec: CommitSpec): Promise<ApiCommit> {
  const prepared = prepare(spec.changes);
  const distinct = new Map<string, { path: string; blob: { bytes: Buffer; sha: string } }>();
  for (const p of prepared) if (p.blob) distinct.set(p.blob.sha, { path: p.path, blob: p.blob });
  await mapLimit([...distinct.values()], BLOB_CONCURRENCY, (d) => createBlob(gh, d.path, d.blob));
  const tree = await createTree(gh, spec.baseTree, prepared);
  const body = {
    owner: gh.owner,
    repo: gh.repo,
    message: spec.message,
    tree,
    parents: [...spec.parents],
    ...(spec.author ? { author: { ...spec.author } } : {}),
    ...(spec.committer ? { committer: { ...spec.committer } } : {}),
  };
  // A lost answer is not looked up (nothing lists unreachable commits): the commit is created
  // again. Its content is fixed by the request — tree, parents, message and, when given, the
  // identities with their dates — so git's SHA is the same and no second object appears. When
  // GitHub stamps the time itself (the signed case) a repeat landing in another second is another
  // object: unreachable, since only the SHA answered here is ever put on a ref, and collected by
  // GitHub's gc. Either way the branch gets exactly one commit.
  const data = await createAgain(gh, 'the commit', async () => {
    const reply = (await gh.octokit.request('POST /repos/{owner}/{repo}/git/commits', body)).data as unknown;
    field(reply, 'sha', 'the commit create');
    return reply as { sha: string; tree?: { sha?: string }; verification?: { verified?: unknown; reason?: unknown } };
  });
  return {
    sha: data.sha,
    tree: data.tree?.sha ?? tree,
    verified: data.verification?.verified === true,
    reason: typeof data.verification?.reason === 'string' ? data.verification.reason : 'unknown',
  };
}

/** ONE tree: the base tree with each path replaced, added or (sha null) removed. */
async function createTree(gh: GitHub, baseTree: string, prepared: readonly Prepared[]): Promise<string> {
  const tree = [...prepared]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((p) => ({ path: p.path, mode: p.mode, type: 'blob' as const, sha: p.blob?.sha ?? null }));
  const what = 'the tree';
  // Trees are content-addressed too: a repeated create yields the same tree.
  return createAgain(gh, what, async () =>
    field(
      (await gh.octokit.request('POST /repos/{owner}/{repo}/git/trees', { owner: gh.owner, repo: gh.repo, base_tree: baseTree, tree }))
        .data,
      'sha',
      what,
    ),
  );
}

/**
 * Moves `refs/heads/<branch>` to `sha` only when it is exactly at `expected`
 * (undefined: the branch must not exist) — the API's `--force-with-lease`.
 * The ref is read and compared first; a mismatch is 'stale' and nothing
 * moves, so the caller refetches and rebuilds once, as in git mode. The
 * update itself is a compare-and-swap too, so a commit pushed between the
 * read and the update is never overwritten: when `expected` is a parent of
 * `sha`, REST's update with `force: false`, which GitHub refuses unless it is
 * a fast-forward (a commit landed since makes it none); a rebuilt branch
 * (`sha` not descending from `expected`) goes through GraphQL's `updateRefs`
 * with `beforeOid: expected` (forced, but only from that commit). A refused
 * update is read back: at `sha` it landed, elsewhere it is 'stale'.
 * A new branch is created with `POST git/refs`, which fails when the ref
 * exists: a twin run that raced us is 'stale'. A branch already at `sha` is
 * 'unchanged' (a repeat after a lost answer).
 */
export async function moveBranch(
  gh: GitHub,
  m: { branch: string; sha: string; expected: string | undefined; fastForward?: boolean },
): Promise<RefOutcome> {
  const ref = `refs/heads/${m.branch}`;
  const current = await getRef(gh, ref);
  if (current === m.sha) return 'unchanged';
  if (current !== m.expected) return 'stale';
  if (m.expected === undefined) {
    const { value } = await createOrFind(
      gh,
      ref,
      async () => (
        await gh.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: gh.owner, repo: gh.repo, ref, sha: m.sha }),
        m.sha
      ),
      () => getRef(gh, ref),
    );
    return value === m.sha ? 'created' : 'stale';
  }
  const expected = m.expected;
  try {
    if (m.fastForward)
      await gh.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        owner: gh.owner,
        repo: gh.repo,
        ref: `heads/${m.branch}`,
        sha: m.sha,
        force: false,
      });
    else {
      const refused = await swapRef(gh, ref, expected, m.sha);
      if (refused) {
        const now = await getRef(gh, ref);
        if (now === m.sha) return 'updated';
        if (now === expected)
          throw new GitHubError(`GitHub refused to move ${ref} from ${expected.slice(0, 12)} to ${m.sha.slice(0, 12)}: ${refused}`);
        return 'stale';
      }
    }
    return 'updated';
  } catch (e) {
    // 422: not a fast-forward (it moved after the read) or the ref is gone; a lost answer: read where it is.
    if (!(e instanceof GitHubError && e.status === 422) && !mayHaveLanded(e)) throw e;
    const now = await getRef(gh, ref);
    if (now === m.sha) return 'updated';
    if (now === expected && mayHaveLanded(e)) throw e;
    return 'stale';
  }
}

/** GraphQL's compare-and-swap of refs: `refUpdates` all move, each only from its `beforeOid`, or none does. */
const UPDATE_REFS = `mutation($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: { repositoryId: $repositoryId, refUpdates: $refUpdates }) { clientMutationId }
}`;

/** The repository's GraphQL node id, read once per client. */
const repositoryIds = new WeakMap<GitHub, string>();

/**
 * Moves `ref` from `before` to `after` (not a fast-forward) with GraphQL's
 * `updateRefs` and `beforeOid`: undefined when GitHub did it, else its
 * errors in one line (the ref was elsewhere, or the token may not write).
 */
async function swapRef(gh: GitHub, ref: string, before: string, after: string): Promise<string | undefined> {
  let repositoryId = repositoryIds.get(gh);
  if (!repositoryId) {
    const repo = await gh.octokit.request('GET /repos/{owner}/{repo}', { owner: gh.owner, repo: gh.repo });
    repositoryId = field(repo.data, 'node_id', 'the repository');
    repositoryIds.set(gh, repositoryId);
  }
  const r = await graphql<{ updateRefs: unknown }>(gh, UPDATE_REFS, {
    repositoryId,
    refUpdates: [{ name: ref, beforeOid: before, afterOid: after, force: true }],
  });
  if (!r.errors || r.errors.length === 0) return undefined;
  return r.errors.map((x) => x.message).join('; ');
}

/**
 * One commit on a branch: {@link createCommit}, then {@link moveBranch} with
 * the lease `expected` (fast-forward-only when `expected` is a parent).
 * 'stale' means the branch moved: refetch, rebuild and call again (once); the
 * commit made for the stale attempt is on no ref.
 */
export async function commitToBranch(
  gh: GitHub,
  spec: CommitSpec & { branch: string; expected: string | undefined },
): Promise<{ outcome: 'stale'; commit: ApiCommit } | { outcome: Exclude<RefOutcome, 'stale'>; commit: ApiCommit }> {
  const commit = await createCommit(gh, spec);
  const fastForward = spec.expected !== undefined && spec.parents.includes(spec.expected);
  const outcome = await moveBranch(gh, { branch: spec.branch, sha: commit.sha, expected: spec.expected, fastForward });
  return { outcome, commit };
}

/** An annotated tag made through the API. */
export interface ApiTag {
  /** The tag object's SHA (what `refs/tags/<tag>` points at). */
  sha: string;
  /** The commit (or other object) tagged. */
  object: string;
  outcome: 'created' | 'existing';
  /** GitHub's `verification.verified` for the tag object (false for an existing lightweight tag). */
  verified: boolean;
}

/** What `refs/tags/<tag>` holds now, peeled: the tag object (when annotated) and the object it tags. */
async function readTag(gh: GitHub, tag: string): Promise<{ sha: string; object: string; verified: boolean } | undefined> {
  const sha = await getRef(gh, `refs/tags/${tag}`);
  if (sha === undefined) return undefined;
  const annotated = await orNotFound(
    async () =>
      (await gh.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner: gh.owner, repo: gh.repo, tag_sha: sha })).data,
  );
  if (!annotated) return { sha, object: sha, verified: false };
  return { sha, object: field(annotated.object, 'sha', `the tag ${tag}`), verified: annotated.verification?.verified === true };
}

/**
 * Creates the annotated tag `tag` on `object` (a tag object, then
 * `refs/tags/<tag>`). Leave `tagger` out for a tag GitHub signs. Idempotent:
 * a tag that already tags `object` is 'existing' (a rerun, or a twin run that
 * made its own tag object first); a tag on another object is an error, never
 * moved.
 */
export async function createAnnotatedTag(
  gh: GitHub,
  t: { tag: string; message: string; object: string; type?: 'commit' | 'tree' | 'blob'; tagger?: DatedIdentity },
): Promise<ApiTag> {
  const existing = async (): Promise<ApiTag | undefined> => {
    const now = await readTag(gh, t.tag);
    if (now === undefined) return undefined;
    if (now.object !== t.object) {
      throw new GitHubError(
        `tag ${t.tag} already exists on ${now.object.slice(0, 12)}, not ${t.object.slice(0, 12)} — lockstep does not move an existing tag; delete it or choose another version`,
      );
    }
    return { ...now, outcome: 'existing' };
  };
  const before = await existing();
  if (before) return before;
  const body = {
    owner: gh.owner,
    repo: gh.repo,
    tag: t.tag,
    message: t.message,
    object: t.object,
    type: t.type ?? 'commit',
    ...(t.tagger ? { tagger: { ...t.tagger } } : {}),
  };
  // As with commits: a repeat after a lost answer makes no second reachable object.
  const made = await createAgain(
    gh,
    `the tag object ${t.tag}`,
    async () => (await gh.octokit.request('POST /repos/{owner}/{repo}/git/tags', body)).data,
  );
  const sha = field(made, 'sha', `the tag object ${t.tag}`);
  try {
    await createRef(gh, `refs/tags/${t.tag}`, sha);
  } catch (e) {
    // A twin run tagged the same commit with its own tag object between our read and our create.
    const raced = e instanceof GitHubError ? await existing() : undefined;
    if (raced) return raced;
    throw e;
  }
  return { sha, object: t.object, outcome: 'created', verified: made.verification?.verified === true };
}

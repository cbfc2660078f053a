// The git side of `lockstep hydrate` (operations/hydrate/): what it reads of the DRY commit, and the one
// commit per hydrated branch, made with plumbing only (hash-object, a temporary index, write-tree,
// commit-tree): no checkout, no work tree, the real index and HEAD untouched. Each command line is
// spelled here, as every git command line is (eslint.config.js).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fetchRefs } from './commits.ts';
import type { Identity } from './identity.ts';
import { localText } from './local.ts';
import { listTree } from './objects.ts';
import { asRepo } from './repo.ts';
import { gitTry, type GitSpawner } from './spawn.ts';
import { isCommitId } from './refs.ts';
import { commitSigning } from './signing.ts';

/** The DRY commit as GitOps Promoter's hydrator.metadata describes it. */
export interface DryCommit {
  sha: string;
  /** `Name <email>`. */
  author: string;
  /** The author date, ISO 8601 with its offset (git's %aI). */
  date: string;
  /** The committer date as git reads it back (`<unix> <offset>`): the hydrated commit's date. */
  committed: string;
  subject: string;
  /** The message after the subject and its blank line, without the final newline. */
  body: string;
}

/** `ref`'s commit with its author, dates, subject and body; undefined when `ref` names no commit. */
export async function dryCommit(git: GitSpawner, ref: string): Promise<DryCommit | undefined> {
  const out = await gitTry(git, [
    'show',
    '-s',
    '--format=%H%x00%an <%ae>%x00%aI%x00%ct %cI%x00%s%x00%b',
    '--end-of-options',
    `${ref}^{commit}`,
  ]);
  if (out === undefined) return undefined;
  const [sha, author, date, committed, subject, ...body] = out.split('\0');
  const [seconds, iso] = committed.split(' ');
  const offset = /([+-]\d\d):?(\d\d)$/.exec(iso);
  return {
    sha,
    author,
    date,
    committed: `${seconds} ${offset ? `${offset[1]}${offset[2]}` : '+0000'}`,
    subject,
    body: body.join('\0').replace(/\n+$/, ''),
  };
}

/** Where an environment's hydrated output goes (its `hydrate:` as the config writes it, the branch resolved). */
export interface HydratedPlace {
  /** The active branch (environment/prod). */
  branch: string;
  /** GitOps Promoter's activePath on a shared active branch. */
  path?: string;
  /** Argo CD Source Hydrator's hydrateTo.targetBranch: the branch written instead of `<branch>-next`. */
  'hydrate-to'?: string;
}

/** The file GitOps Promoter reads the DRY commit from. */
export const METADATA_FILE = 'hydrator.metadata';

/** The drySha a hydrator.metadata's text (or a hydrator note's) names: a full commit id, else undefined (not JSON, no such key). */
export function dryShaOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const sha = (JSON.parse(text) as { drySha?: unknown }).drySha;
    return typeof sha === 'string' && isCommitId(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The branch written: Argo CD's hydrateTo branch when given, else GitOps Promoter's `-next` convention for the
 * active branch (`/<activePath>` in shared-active-branch mode).
 */
export function proposedBranch(h: HydratedPlace): string {
  if (h['hydrate-to']) return h['hydrate-to'];
  return h.path ? `${h.branch}-next/${h.path}` : `${h.branch}-next`;
}

/**
 * Where hydrator.metadata goes: at the root, or under the path; in Argo CD's layout (hydrate-to with a path)
 * at both, with the same content, as Argo CD's Source Hydrator writes it.
 */
export function metadataPaths(h: HydratedPlace): string[] {
  if (!h.path) return [METADATA_FILE];
  const own = posix.join(h.path, METADATA_FILE);
  return h['hydrate-to'] ? [METADATA_FILE, own] : [own];
}

/** The drySha `commit`'s `path` (its hydrator.metadata) names, read from the clone; undefined when unreadable. */
export async function dryShaAt(git: GitSpawner, commit: string, path: string): Promise<string | undefined> {
  return dryShaOf(await gitTry(git, ['cat-file', 'blob', '--end-of-options', `${commit}:${path}`]));
}

/** One file of a hydrated tree, relative to the repository root. */
export interface HydratedFile {
  path: string;
  content: string;
}

/** What writeHydratedTree made: the tree (undefined when nothing was written), and each planned path's blob (to compare with what a branch holds). */
export interface HydratedTree {
  tree?: string;
  blobs: Map<string, string>;
}

/**
 * The blobs of `files` written, then the tree of `parent` (none: an empty
 * tree) with everything under `scope` (undefined: the whole tree) replaced by
 * `files`, in one temporary index and one write-tree. Paths outside the scope
 * keep their mode and blob: another app's folder stays byte for byte. With
 * `write` false (a dry run) only the blob ids are computed: nothing is
 * written to the object database.
 */
export async function writeHydratedTree(
  git: GitSpawner,
  parent: string | undefined,
  scope: string | undefined,
  files: readonly HydratedFile[],
  write = true,
): Promise<HydratedTree> {
  const local = await asRepo(git).local();
  const tmp = await mkdtemp(join(tmpdir(), 'lockstep-hydrate-'));
  try {
    const paths = await Promise.all(
      files.map(async (f, i) => {
        const p = join(tmp, `blob-${i}`);
        await writeFile(p, f.content);
        return p;
      }),
    );
    // --no-filters: the planned bytes as they are (no clean filter, no line-ending conversion).
    const hash = write ? ['hash-object', '-w', '--no-filters', '--stdin-paths'] : ['hash-object', '--no-filters', '--stdin-paths'];
    const ids = files.length > 0 ? (await localText(local, hash, { input: `${paths.join('\n')}\n` })).split('\n') : [];
    if (ids.length !== files.length) throw new Error('git hash-object returned an unexpected number of ids');
    const blobs = new Map(files.map((f, i) => [f.path, ids[i]]));
    if (!write) return { blobs };
    // A planned file outside the scope (Argo CD's root hydrator.metadata) replaces the parent's.
    const kept = parent
      ? [...(await listTree(git, parent))].filter(([path]) => scope !== undefined && !under(path, scope) && !blobs.has(path))
      : [];
    const info = [
      ...kept.map(([path, e]) => `${e.mode} ${e.oid}\t${path}\0`),
      ...files.map((f) => `100644 ${blobs.get(f.path)}\t${f.path}\0`),
    ].join('');
    const env = { GIT_INDEX_FILE: join(tmp, 'index') };
    if (info) await localText(local, ['update-index', '--add', '-z', '--index-info'], { env, input: info });
    const tree = await localText(local, ['write-tree'], { env });
    return { tree, blobs };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Each file of `commit` under `scope` (undefined: all) with its blob id. */
export async function blobsUnder(git: GitSpawner, commit: string, scope: string | undefined): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, e] of await listTree(git, commit)) if (scope === undefined || under(path, scope)) out.set(path, e.oid);
  return out;
}

function under(path: string, scope: string): boolean {
  return path.startsWith(`${scope}/`);
}

/**
 * The commit of `tree` on `parent` (none: a root commit), authored and
 * committed by `who` at `date` (`<unix> <offset>`): the same tree, parent,
 * message and date give the same commit id, whoever makes it (signed with
 * the Repo's key, when it has one: git/signing.ts).
 */
export async function commitHydratedTree(
  git: GitSpawner,
  c: { tree: string; parent?: string; message: string; who: Identity; date: string },
): Promise<string> {
  const local = await asRepo(git).local();
  const env = {
    GIT_AUTHOR_NAME: c.who.name,
    GIT_AUTHOR_EMAIL: c.who.email,
    GIT_COMMITTER_NAME: c.who.name,
    GIT_COMMITTER_EMAIL: c.who.email,
    GIT_AUTHOR_DATE: c.date,
    GIT_COMMITTER_DATE: c.date,
  };
  const parents = c.parent ? ['-p', c.parent] : [];
  const sign = commitSigning(git);
  return localText(local, [...sign.config, 'commit-tree', sign.flag, ...parents, '--end-of-options', c.tree], {
    env,
    input: c.message.endsWith('\n') ? c.message : `${c.message}\n`,
  });
}

/**
 * The commit `ref` names (a commit id, a branch, `origin/<branch>`), resolved
 * locally; a full commit id the clone lacks is fetched from origin first (a
 * checkout of the DRY branch may not hold the hydrated branch's commits, nor
 * a hydrated commit the DRY commit it names). Undefined when neither has it.
 */
export async function commitOf(git: GitSpawner, ref: string): Promise<string | undefined> {
  const resolve = () => gitTry(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  const found = await resolve();
  if (found !== undefined || !isCommitId(ref)) return found;
  await fetchRefs(git, 'origin', [ref]);
  return resolve();
}

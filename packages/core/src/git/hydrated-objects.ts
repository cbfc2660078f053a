// The objects of many hydrated commits at once (operations/hydrate/write.ts's batch): each blob, tree and commit
// is written out in its exact git form here and its id hashed here, and the objects of every branch of a run go
// to git in one `hash-object -w` per object type. The trees a branch is built on are read through the run's one
// `cat-file --batch` (objects.ts's ObjectReader). What git would write is what is written: the same tree a
// temporary index's write-tree makes (entries in git's order, a subtree's name compared as `name/`), the same
// commit `git commit-tree` makes (hydrated.test.ts checks both against git itself); git checks each id again.

import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Identity } from './identity.ts';
import { localText } from './local.ts';
import type { ObjectReader } from './cat-file.ts';
import { asRepo } from './repo.ts';
import type { GitSpawner } from './spawn.ts';

/** The hash of a repository's objects: sha1, or sha256 (a 64-digit commit id). */
export type ObjectFormat = 'sha1' | 'sha256';

export function formatOf(commitId: string): ObjectFormat {
  return commitId.length === 64 ? 'sha256' : 'sha1';
}

/** One object in git's form, its id, and its type. */
export interface GitObject {
  type: 'blob' | 'tree' | 'commit';
  id: string;
  data: Buffer;
}

/** The object of `type` holding `data`, with its id (`<type> <size>\0<data>` hashed). */
export function gitObject(type: GitObject['type'], data: Buffer, format: ObjectFormat): GitObject {
  const id = createHash(format).update(`${type} ${data.length}\0`).update(data).digest('hex');
  return { type, id, data };
}

/** One entry of a tree: its mode as git writes it (`100644`, `40000`, …) and its object id. */
export interface TreeEntry {
  mode: string;
  id: string;
}

/** A tree's entries by name, read from its object. */
export function parseTree(data: Buffer, format: ObjectFormat): Map<string, TreeEntry> {
  const size = format === 'sha256' ? 32 : 20;
  const out = new Map<string, TreeEntry>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const nul = data.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 1 + size > data.length) throw new Error('git tree object is truncated');
    out.set(data.toString('utf8', space + 1, nul), {
      mode: data.toString('latin1', at, space),
      id: data.toString('hex', nul + 1, nul + 1 + size),
    });
    at = nul + 1 + size;
  }
  return out;
}

/** A tree object of `entries`, in git's order: by name bytes, a subtree's name read as `name/`. */
export function treeObject(entries: ReadonlyMap<string, TreeEntry>, format: ObjectFormat): GitObject {
  const key = (name: string, e: TreeEntry) => Buffer.from(e.mode === '40000' ? `${name}/` : name, 'utf8');
  const sorted = [...entries].map(([name, e]) => ({ name, e, k: key(name, e) })).sort((a, b) => Buffer.compare(a.k, b.k));
  const parts = sorted.flatMap(({ name, e }) => [Buffer.from(`${e.mode} ${name}\0`, 'utf8'), Buffer.from(e.id, 'hex')]);
  return gitObject('tree', Buffer.concat(parts), format);
}

/** The commit `git commit-tree` makes of `tree` on `parent`, by `who` at `date` (`<unix> <offset>`). */
export function commitObject(
  c: { tree: string; parent?: string; message: string; who: Identity; date: string },
  format: ObjectFormat,
): GitObject {
  const ident = `${c.who.name} <${c.who.email}> ${c.date}`;
  const text = [
    `tree ${c.tree}\n`,
    c.parent ? `parent ${c.parent}\n` : '',
    `author ${ident}\ncommitter ${ident}\n\n`,
    c.message.endsWith('\n') ? c.message : `${c.message}\n`,
  ].join('');
  return gitObject('commit', Buffer.from(text, 'utf8'), format);
}

/**
 * The tree of `base` (a tree id; undefined: none) with `files` (path → blob id, relative to this tree) put in:
 * with `replace`, or at the folder `scope` names, what was there is dropped first. Subtrees no file enters are
 * kept as they are, mode and id. New trees go to `out`; the tree's id is returned.
 */
export async function overlayTree(
  reader: ObjectReader,
  base: string | undefined,
  files: ReadonlyMap<string, string>,
  scope: string | undefined,
  format: ObjectFormat,
  out: GitObject[],
): Promise<string> {
  const replace = scope === '';
  const entries = base && !replace ? await readTree(reader, base, format) : new Map<string, TreeEntry>();
  const folders = new Map<string, Map<string, string>>();
  for (const [path, id] of files) {
    const slash = path.indexOf('/');
    if (slash < 0) {
      entries.set(path, { mode: '100644', id });
      continue;
    }
    const name = path.slice(0, slash);
    if (!folders.has(name)) folders.set(name, new Map());
    folders.get(name)!.set(path.slice(slash + 1), id);
  }
  for (const [name, inner] of folders) {
    const held = entries.get(name);
    const innerScope =
      scope === undefined || replace
        ? undefined
        : scope === name
          ? ''
          : scope.startsWith(`${name}/`)
            ? scope.slice(name.length + 1)
            : undefined;
    const sub = await overlayTree(reader, held?.mode === '40000' ? held.id : undefined, inner, innerScope, format, out);
    entries.set(name, { mode: '40000', id: sub });
  }
  const tree = treeObject(entries, format);
  out.push(tree);
  return tree.id;
}

/** The entries of tree `id`, read through `reader`. */
export async function readTree(reader: ObjectReader, id: string, format: ObjectFormat): Promise<Map<string, TreeEntry>> {
  const o = await reader.read(id);
  if (!o || o.type !== 'tree') throw new Error(`git tree ${id} is not in the repository`);
  return parseTree(o.data, format);
}

/** Each file (blob, link or submodule) under `tree`, by its path below `prefix`, with its id. */
export async function filesOfTree(reader: ObjectReader, tree: string, format: ObjectFormat, prefix = ''): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, e] of await readTree(reader, tree, format)) {
    const path = `${prefix}${name}`;
    if (e.mode === '40000') for (const [p, id] of await filesOfTree(reader, e.id, format, `${path}/`)) out.set(p, id);
    else out.set(path, e.id);
  }
  return out;
}

/** The tree id a commit names, read through `reader`. */
export async function treeOfCommit(reader: ObjectReader, commit: string): Promise<string> {
  const o = await reader.read(commit);
  const m = o?.type === 'commit' ? /^tree ([0-9a-f]{40,64})\n/.exec(o.data.toString('utf8', 0, 80)) : null;
  if (!m) throw new Error(`git commit ${commit} is not in the repository`);
  return m[1];
}

/**
 * Writes `objects` to the repository: one `git hash-object -w` per object type, blobs first, then trees, then
 * commits, each from files of a temporary folder. An id git gives back that is not the one hashed here throws.
 */
export async function writeObjects(git: GitSpawner, objects: readonly GitObject[]): Promise<void> {
  if (objects.length === 0) return;
  const local = await asRepo(git).local();
  const tmp = await mkdtemp(join(tmpdir(), 'lockstep-objects-'));
  try {
    for (const type of ['blob', 'tree', 'commit'] as const) {
      const unique = [...new Map(objects.filter((o) => o.type === type).map((o) => [o.id, o])).values()];
      if (unique.length === 0) continue;
      const paths = await Promise.all(
        unique.map(async (o, i) => {
          const p = join(tmp, `${type}-${i}`);
          await writeFile(p, o.data);
          return p;
        }),
      );
      // --no-filters: the bytes as they are (no clean filter, no line-ending conversion).
      const ids = (
        await localText(local, ['hash-object', '-w', '--no-filters', '-t', type, '--stdin-paths'], { input: `${paths.join('\n')}\n` })
      ).split('\n');
      const wrong = unique.findIndex((o, i) => ids[i] !== o.id);
      if (ids.length !== unique.length || wrong >= 0)
        throw new Error(`git hash-object wrote ${ids[wrong] ?? 'no object'} where ${unique[wrong]?.id ?? 'none'} was expected`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

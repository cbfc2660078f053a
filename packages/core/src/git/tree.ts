// The files under a folder of a commit, read from the tree objects through a
// running `git cat-file --batch` (cat-file.ts) rather than one more `git
// ls-tree` process: a promotion's render lists its chart's folder between the
// base fetch and Helm's start, where a process to spawn cost 20–40 ms on a
// busy 2-core runner and a read of the running one costs under a millisecond.
// The answer is `git ls-tree -r --name-only <commit> -- <dir>/`'s, in its order.

import type { ObjectReader } from './cat-file.ts';

/** A tree entry's mode for a subtree: recursed into, not listed (ls-tree -r without -t). */
const TREE_MODE = '40000';

/** One entry of a tree object: `<mode> <name>\0<id in binary>`. */
interface Entry {
  mode: string;
  name: string;
  /** The object's id in hex. */
  id: string;
}

/** The entries of a tree object in their order (git's, which ls-tree keeps); the id's width is the repository's hash's. */
function entries(data: Buffer, idBytes: number): Entry[] {
  const out: Entry[] = [];
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const nul = data.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > data.length) throw new Error('git cat-file: a tree object ends inside an entry');
    out.push({
      mode: data.toString('latin1', at, space),
      name: data.toString('utf8', space + 1, nul),
      id: data.toString('hex', nul + 1, nul + 1 + idBytes),
    });
    at = nul + 1 + idBytes;
  }
  return out;
}

/**
 * Every file (blobs, symbolic links, submodule commits) under the folder `dir` of `commit` (`.` or '' the whole
 * tree), as paths from the repository's top in `git ls-tree -r`'s order: git/commits.ts listFiles's answer. A `dir`
 * that is no folder of the commit (a file, nothing) gives nothing; undefined when the commit cannot be read.
 */
export async function filesUnder(reader: ObjectReader, commit: string, dir: string): Promise<string[] | undefined> {
  const folder = dir.replace(/\/+$/, '');
  const top = folder === '' || folder === '.';
  const [root, at] = await Promise.all([reader.read(`${commit}^{tree}`), top ? undefined : reader.read(`${commit}:${folder}`)]);
  if (root?.type !== 'tree') return undefined;
  const start = top ? root : at;
  if (!start) return [];
  if (start.type !== 'tree') return [];
  const idBytes = root.oid.length / 2;
  const out: string[] = [];
  const walk = async (tree: Buffer, prefix: string): Promise<void> => {
    const list = entries(tree, idBytes);
    // The subtrees of one tree are asked for at once, by id: cat-file gets them in one write.
    const subtrees = list.map((e) => (e.mode === TREE_MODE ? reader.read(e.id) : undefined));
    for (const [i, e] of list.entries()) {
      const path = `${prefix}${e.name}`;
      if (e.mode !== TREE_MODE) {
        out.push(path);
        continue;
      }
      const sub = await subtrees[i];
      if (sub?.type !== 'tree') throw new Error(`git cat-file: ${commit}:${path} is no tree`);
      await walk(sub.data, `${path}/`);
    }
  };
  await walk(start.data, top ? '' : `${folder}/`);
  return out;
}

/**
 * The ids of the files (blobs, symbolic links, submodule commits) directly in the folder `dir` of `commit` (`.` the
 * top), by name: a caller reading many files of one folder reads each by its id, where `<commit>:<path>` has git
 * resolve the path folder by folder each time. Undefined when `dir` is no folder of the commit.
 */
export async function folderIds(reader: ObjectReader, commit: string, dir: string): Promise<Map<string, string> | undefined> {
  const folder = dir.replace(/\/+$/, '');
  const top = folder === '' || folder === '.';
  const tree = await reader.read(top ? `${commit}^{tree}` : `${commit}:${folder}`);
  if (tree?.type !== 'tree') return undefined;
  const ids = new Map<string, string>();
  for (const e of entries(tree.data, tree.oid.length / 2)) if (e.mode !== TREE_MODE) ids.set(e.name, e.id);
  return ids;
}

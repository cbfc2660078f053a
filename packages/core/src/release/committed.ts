import type { GitSpawner } from '../git/spawn.ts';
import { blobTextSync } from '../git/sync.ts';
import { porcelainStatus } from '../git/worktree.ts';
import { realFs, type TxFs } from '../edits/transaction.ts';
import { resolveInside, workspaceRelative } from '../fs/workspace.ts';

/**
 * The files a release plans from: HEAD's committed contents. A file that is
 * uncommitted in the work tree (modified, deleted, or new and untracked) is
 * read from HEAD instead, so a retried step, a run killed before it put the
 * workspace back, or an `actions/checkout` with `clean: false` computes the
 * same release as a fresh checkout. Every other file is read from the work
 * tree (the same bytes, without a git process per file).
 */
export interface CommittedView {
  /**
   * Workspace-relative (working-directory) path → HEAD's text, undefined when HEAD has no such file; read
   * once per path (the view is for planning, before anything is written).
   */
  read(path: string): string | undefined;
  /** The file system of the edits, reading through `read`. */
  fs: TxFs;
  /** Uncommitted paths (workspace-relative) the planning read from HEAD instead of the work tree, sorted. */
  ignored(): string[];
  /** Tracked files modified (or deleted) in the work tree under a folder (workspace-relative, POSIX). */
  dirtyUnder(dir: string): string[];
  /** The working directory's path inside the repository ('' or 'sub/dir/'). */
  prefix: string;
}

/**
 * The view of `head` for the working directory `root`, whose path inside the repository is `prefix` ('' or
 * 'sub/dir/', as headFacts gives it): one `git status` listing what is uncommitted.
 */
export async function committedView(
  git: GitSpawner,
  root: string,
  head: string,
  prefix: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommittedView> {
  const status = await porcelainStatus(git, true);
  const dirty = new Set<string>();
  const tracked: string[] = [];
  for (const entry of status.split('\0')) {
    // "XY path": porcelain paths are relative to the repository root; "??" marks an untracked file.
    const p = entry.slice(3);
    if (entry.length <= 3 || !p.startsWith(prefix)) continue;
    dirty.add(p.slice(prefix.length));
    if (!entry.startsWith('??')) tracked.push(p.slice(prefix.length));
  }
  const used = new Set<string>();
  const fromHead = (p: string): string | undefined => blobTextSync(root, env, `${head}:${prefix}${p}`);
  // Each path's text, read once (from the work tree, or from HEAD by a git start): the planning reads every file
  // twice (the check with a stand-in version, then the plan), and the edits read the uncommitted ones again
  // through `fs`. Nothing writes the workspace before the plan is made.
  const texts = new Map<string, string | undefined>();
  const read = (p: string): string | undefined => {
    if (texts.has(p)) return texts.get(p);
    const abs = resolveInside(root, p, p);
    const rel = workspaceRelative(root, abs);
    let out: string | undefined;
    if (!dirty.has(rel)) out = realFs.readFile(abs);
    else {
      used.add(rel);
      out = fromHead(rel);
    }
    texts.set(p, out);
    return out;
  };
  const fs: TxFs = {
    ...realFs,
    readFile(abs) {
      const rel = workspaceRelative(root, abs);
      return dirty.has(rel) ? read(rel) : realFs.readFile(abs);
    },
  };
  return {
    read,
    fs,
    ignored: () => [...used].sort(),
    dirtyUnder: (dir) => tracked.filter((p) => dir === '.' || p.startsWith(`${dir}/`)).sort(),
    prefix,
  };
}

import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../errors.ts';
import { resolveInside } from '../fs/workspace.ts';
import type { FileChange } from './diff.ts';
import { joinText, sameText, type Text } from '../text/parts.ts';

/**
 * One file's planned edit. `update` is pure: it gets the current text
 * (undefined when the file does not exist) and returns the new text (whole,
 * or in parts: a long release's CHANGELOG.md), or undefined to leave the file
 * alone (or absent). `check` re-reads the result and throws when the edit did
 * more than intended.
 */
export interface FileEdit<T extends Text = string> {
  /** Workspace-relative, POSIX-style. */
  path: string;
  update: (text: string | undefined) => T | undefined;
  check?: (before: string | undefined, after: string) => void;
}

/** A file to write: its text before (restored if a later file fails; undefined: new file) and after. */
export interface TextWrite {
  path: string;
  before: Text | undefined;
  after: Text;
}

/** The file system calls the transaction makes; tests inject failures. */
export interface TxFs {
  readFile(path: string): string | undefined;
  /** Writes the text's UTF-8 bytes; a text in parts is written part by part, never joined. */
  writeFile(path: string, data: Text, mode?: number): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
  /** The file's permission bits, or undefined when it does not exist. */
  mode(path: string): number | undefined;
  /** Throws when the process may not write the file (or create it in its folder). */
  access(path: string): void;
}

/** The node:fs calls behind the real TxFs's writes (tests inject short writes and watch the order). */
export interface FileIo {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fchmodSync(fd: number, mode: number): void;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
}

/**
 * The real file system (node:fs, synchronous). A write goes on until every
 * byte is written (a short write that makes no progress is an error, never a
 * truncated file) and is flushed to disk (fsync) before the caller renames the
 * temp file over the target, so a crash cannot leave an empty file behind.
 */
export function nodeTxFs(io: FileIo = nodeFs): TxFs {
  return {
    readFile(path) {
      try {
        return nodeFs.readFileSync(path, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    writeFile(path, data, mode) {
      const fd = io.openSync(path, 'wx', mode ?? 0o644);
      try {
        // Part by part: each part is encoded on its own (one byte per character for ASCII), never joined whole.
        const parts = typeof data === 'string' ? [data] : data;
        let total = 0;
        for (const part of parts) total += Buffer.byteLength(part, 'utf8');
        let written = 0;
        for (const part of parts) {
          const bytes = Buffer.from(part, 'utf8');
          let done = 0;
          while (done < bytes.length) {
            const n = io.writeSync(fd, bytes, done, bytes.length - done);
            if (!(n > 0)) break;
            done += n;
          }
          written += done;
          if (done !== bytes.length) break;
        }
        if (written !== total)
          throw Object.assign(new Error(`short write: ${written} of ${total} bytes`), {
            code: `short write, ${written} of ${total} bytes`,
          });
        // The umask may have cleared bits of the original mode; put them back.
        if (mode !== undefined) io.fchmodSync(fd, mode);
        io.fsyncSync(fd);
      } finally {
        io.closeSync(fd);
      }
    },
    rename: (from, to) => nodeFs.renameSync(from, to),
    unlink: (path) => nodeFs.rmSync(path, { force: true }),
    mode(path) {
      try {
        return nodeFs.statSync(path).mode & 0o7777;
      } catch {
        return undefined;
      }
    },
    access(path) {
      try {
        nodeFs.accessSync(path, nodeFs.constants.W_OK);
      } catch (e) {
        // A new file only needs its folder, which creating the temp file proves.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    },
  };
}

/** The real file system. */
export const realFs: TxFs = nodeTxFs();

/** The outcome of planning: every file whose text would change. */
export interface Plan<T extends Text = string> {
  changes: FileChange<T>[];
}

/**
 * Reads every file, runs its updater and its check, all in memory. Throws on
 * the first problem; nothing is written. Files whose text stays the same are
 * left out, so an idempotent re-run plans no change.
 */
export function planEdits<T extends Text = string>(workspace: string, edits: readonly FileEdit<T>[], fs: TxFs = realFs): Plan<T> {
  const changes: FileChange<T>[] = [];
  const seen = new Map<string, FileChange<T>>();
  for (const e of edits) {
    const abs = resolveInside(workspace, e.path, 'file');
    const prior = seen.get(e.path);
    // A second edit of the same file reads the first one's text (joined: edits of a file in parts are one).
    const before = prior ? joinText(prior.after) : fs.readFile(abs);
    const after = e.update(before);
    if (after === undefined || sameText(after, before)) continue;
    // The check reads the text whole; no check, no join.
    e.check?.(before, joinText(after));
    if (prior) prior.after = after;
    else {
      const change = { path: e.path, before, after };
      seen.set(e.path, change);
      changes.push(change);
    }
  }
  return { changes: changes.filter((c) => !sameText(c.before, c.after)) };
}

/**
 * Writes every change or none. Each file is written to a temp file in its own
 * folder (same file system, so rename is atomic), keeping the file's mode.
 * Before the first rename every target is checked to be writable; a file
 * whose permission bits allow nobody to write it counts as read-only even for
 * root (a rename would replace it regardless of its bits, which is exactly what
 * `chmod a-w` asks us not to do). If a rename fails midway, the files already
 * replaced get their old text back.
 */
export function commitChanges(workspace: string, changes: readonly TextWrite[], fs: TxFs = realFs): void {
  const staged: { abs: string; tmp: string; change: TextWrite }[] = [];
  const cleanup = () => {
    for (const s of staged) {
      try {
        fs.unlink(s.tmp);
      } catch {
        // best effort: a leftover temp file is reported by the error below
      }
    }
  };
  try {
    for (const change of changes) {
      const abs = resolveInside(workspace, change.path, 'file');
      const mode = fs.mode(abs);
      if (change.before !== undefined && mode === undefined)
        throw new UserError(`${change.path} disappeared while planning`, { file: change.path, hint: 'run again' });
      if (mode !== undefined && (mode & 0o222) === 0)
        throw new UserError(`${change.path} is read-only`, {
          file: change.path,
          hint: 'make it writable (chmod u+w) or leave it out; nothing was written',
        });
      try {
        fs.access(abs);
      } catch (e) {
        throw new UserError(`${change.path} cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`, {
          file: change.path,
          hint: 'fix its permissions; nothing was written',
        });
      }
      const tmp = join(dirname(abs), `.${basename(abs)}.lockstep-${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ abs, tmp, change });
      try {
        fs.writeFile(tmp, change.after, mode);
      } catch (e) {
        throw new UserError(`${change.path} cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`, {
          file: change.path,
          hint: 'fix its permissions; nothing was written',
        });
      }
    }
  } catch (e) {
    cleanup();
    throw e;
  }
  const done: (typeof staged)[number][] = [];
  for (const s of staged) {
    try {
      fs.rename(s.tmp, s.abs);
      done.push(s);
    } catch (e) {
      const restoreFailures = restore(done, fs);
      cleanup();
      const detail =
        restoreFailures.length > 0 ? `; could not restore ${restoreFailures.join(', ')}` : '; the files already written were restored';
      throw new UserError(`${s.change.path} could not be replaced (${(e as NodeJS.ErrnoException).code ?? 'error'})${detail}`, {
        file: s.change.path,
        hint: 'fix the file system problem and run again',
      });
    }
  }
}

function restore(done: { abs: string; change: TextWrite }[], fs: TxFs): string[] {
  const failed: string[] = [];
  for (const d of [...done].reverse()) {
    try {
      if (d.change.before === undefined) fs.unlink(d.abs);
      else {
        const tmp = `${d.abs}.lockstep-restore-${randomBytes(4).toString('hex')}`;
        try {
          fs.writeFile(tmp, d.change.before, fs.mode(d.abs));
          fs.rename(tmp, d.abs);
        } catch (e) {
          // The restore copy must not be left behind beside the file it failed to restore.
          try {
            fs.unlink(tmp);
          } catch {
            // reported below as a file that could not be restored
          }
          throw e;
        }
      }
    } catch {
      failed.push(d.change.path);
    }
  }
  return failed;
}

/** Plans and, unless `dryRun`, commits: the usual plan → check → write sequence. */
export function applyEdits<T extends Text = string>(
  workspace: string,
  edits: readonly FileEdit<T>[],
  opts: { dryRun?: boolean; fs?: TxFs } = {},
): Plan<T> {
  const plan = planEdits(workspace, edits, opts.fs);
  if (!opts.dryRun) commitChanges(workspace, plan.changes, opts.fs);
  return plan;
}

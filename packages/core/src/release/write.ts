import { existsSync, readFileSync } from 'node:fs';
import type { FileChange } from '../edits/diff.ts';
import { sameText, type Text } from '../text/parts.ts';
import { applyEdits, commitChanges, realFs, type FileEdit } from '../edits/transaction.ts';
import { resolveInside } from '../fs/workspace.ts';
import type { CommittedView } from './committed.ts';
import { changedFiles, restoreDir, runLockCommand, snapshotDir, type Snapshot } from './lock.ts';
import type { ReleasePorts } from './ports.ts';
import type { ReleaseSettings } from './settings.ts';

/**
 * Writes the planned edits, runs the lock command in each folder whose pins
 * changed, and returns the final contents of every file the commit must
 * hold. On any failure every touched file is put back byte for byte.
 */
export async function writeAndLock(
  s: ReleaseSettings,
  deps: ReleasePorts,
  edits: readonly FileEdit<Text>[],
  lockDirs: readonly string[],
  view: CommittedView,
): Promise<{ files: { path: string; content: Buffer | null }[]; changes: FileChange<Text>[]; restore: () => void }> {
  // The changes from HEAD's files; what is written is each file's planned text over what the work tree holds.
  const plan = applyEdits(s.root, edits, { dryRun: true, fs: view.fs });
  const writes = plan.changes
    .map((c) => ({ path: c.path, before: realFs.readFile(resolveInside(s.root, c.path, c.path)), after: c.after }))
    .filter((c) => !sameText(c.before, c.after));
  const dirs = s.lockCommand ? lockDirs : [];
  const snapshots = new Map<string, Snapshot>(dirs.map((d) => [d, snapshotDir(s.root, d)]));
  commitChanges(s.root, writes);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    for (const [d, snap] of snapshots) restoreDir(s.root, d, snap);
    commitChanges(
      s.root,
      writes.filter((c) => c.before !== undefined).map((c) => ({ path: c.path, before: c.after, after: c.before! })),
    );
    for (const c of writes) if (c.before === undefined) realFs.unlink(resolveInside(s.root, c.path, c.path));
  };
  try {
    const paths = new Set(plan.changes.map((c) => c.path));
    // A lock file left modified by an earlier run may come out of the lock command unchanged: it still differs from HEAD.
    for (const d of dirs) for (const f of view.dirtyUnder(d)) paths.add(f);
    for (const d of dirs) {
      const before = snapshotDir(s.root, d);
      await deps.log.group(`lock-command in ${d}`, async () => {
        try {
          const r = await runLockCommand(s.root, d, s.lockCommand!, s.lockTimeoutMs, deps.env);
          deps.log.info(r.output.trimEnd());
          return r;
        } catch (e) {
          const out = (e as { output?: string }).output;
          if (out) deps.log.info(out.trimEnd());
          throw e;
        }
      });
      for (const f of changedFiles(before, snapshotDir(s.root, d))) paths.add(f);
    }
    const prefix = view.prefix;
    const files = [...paths].sort().map((p) => {
      const abs = resolveInside(s.root, p, p);
      return { path: `${prefix}${p}`, content: existsSync(abs) ? readFileSync(abs) : null };
    });
    return { files, changes: plan.changes, restore };
  } catch (e) {
    restore();
    throw e;
  }
}

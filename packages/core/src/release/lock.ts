import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { resolveInside } from '../fs/workspace.ts';

/** Every file under a folder, path → bytes (`.git`, `node_modules` and virtualenvs skipped). */
export type Snapshot = Map<string, Buffer>;

const SKIP = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__']);

/** Reads every file under `rel` (workspace-relative, POSIX) so it can be put back byte for byte. */
export function snapshotDir(root: string, rel: string): Snapshot {
  const out: Snapshot = new Map();
  const walk = (abs: string, r: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const childRel = r === '.' ? e.name : `${r}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(join(abs, e.name), childRel);
      } else if (e.isFile()) out.set(childRel, readFileSync(join(abs, e.name)));
    }
  };
  walk(resolveInside(root, rel, 'folder'), rel);
  return out;
}

/** Puts a folder back as the snapshot had it: changed files rewritten, new files removed. */
export function restoreDir(root: string, rel: string, before: Snapshot): void {
  const now = snapshotDir(root, rel);
  for (const [p, data] of before) if (!now.get(p)?.equals(data)) writeFileSync(join(root, p), data);
  for (const p of now.keys()) if (!before.has(p)) rmSync(join(root, p), { force: true });
}

/** Files that differ between two snapshots of the same folder (changed, added or removed). */
export function changedFiles(before: Snapshot, after: Snapshot): string[] {
  const out = new Set<string>();
  for (const [p, d] of after) if (!before.get(p)?.equals(d)) out.add(p);
  for (const p of before.keys()) if (!after.has(p)) out.add(p);
  return [...out].sort();
}

/** What running the lock command printed in one folder. */
export interface LockRun {
  dir: string;
  output: string;
}

/**
 * Runs `argv` (no shell) in `dir` with a timeout. A command that cannot be
 * started, exits non-zero or times out is a UserError naming the folder and
 * the command; its output is returned (or carried in the error) for the log.
 */
export function runLockCommand(root: string, dir: string, argv: readonly string[], timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<LockRun> {
  const cwd = resolveInside(root, dir, 'lock-command folder');
  const shown = argv.join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, env, shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
    // Our own timer rather than spawn's `timeout`: that one stays armed when the command cannot start,
    // keeping the action alive until it fires.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    let output = '';
    const add = (d: Buffer) => {
      if (output.length < 200_000) output += d.toString('utf8');
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        e.code === 'ENOENT'
          ? new UserError(`lock-command '${argv[0]}' was not found (in ${dir})`, { hint: 'install it in an earlier step, or fix lock-command in the config', cliHint: 'install it (on PATH), or fix lock-command in the config' })
          : new UserError(`lock-command '${shown}' could not start in ${dir}: ${e.message}`, { hint: 'fix lock-command' }),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ dir, output });
      else {
        const why = timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : signal ? `was stopped (${signal})` : `exited with ${code}`;
        const err = new UserError(`lock-command '${shown}' ${why} in ${dir}; the workspace was restored`, {
          hint: 'run it locally to see why; its output is in the log group above',
        });
        (err as UserError & { output?: string }).output = output;
        reject(err);
      }
    });
  });
}

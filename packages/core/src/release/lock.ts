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

/**
 * Names the lock command's environment never holds: every action input
 * (INPUT_GITHUB-TOKEN among them), the runner's own tokens and URLs (cache
 * and artifact service, OIDC), the tokens gh and the CLI read, and git
 * config given through the environment (GIT_CONFIG_PARAMETERS and the
 * GIT_CONFIG_COUNT/KEY_n/VALUE_n entries, where a checkout or lockstep puts
 * an Authorization header).
 */
const SCRUBBED =
  /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN|GIT_CONFIG_PARAMETERS|GIT_CONFIG_COUNT|GIT_CONFIG_KEY_\d+|GIT_CONFIG_VALUE_\d+)$/i;

/**
 * The environment a lock command runs with: the action's, less every
 * credential in it (SCRUBBED). PATH, HOME, the runner's context variables
 * (GITHUB_REPOSITORY, RUNNER_TEMP…) and anything a package manager reads
 * (proxies, registry settings) stay. The lock command is third-party code
 * (a package manager and whatever the lock file's packages run); it gets
 * no way to write to the repository or mint an OIDC token.
 */
export function lockCommandEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && !SCRUBBED.test(k)) out[k] = v;
  return out;
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
export function runLockCommand(
  root: string,
  dir: string,
  argv: readonly string[],
  timeoutMs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<LockRun> {
  const cwd = resolveInside(root, dir, 'lock-command folder');
  const shown = argv.join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, env: lockCommandEnv(env), shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
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
          ? new UserError(`lock-command '${argv[0]}' was not found (in ${dir})`, {
              hint: 'install it in an earlier step, or fix lock-command in the config',
              cliHint: 'install it (on PATH), or fix lock-command in the config',
            })
          : new UserError(`lock-command '${shown}' could not start in ${dir}: ${e.message}`, { hint: 'fix lock-command' }),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ dir, output });
      else {
        const why = timedOut
          ? `timed out after ${Math.round(timeoutMs / 1000)} s`
          : signal
            ? `was stopped (${signal})`
            : `exited with ${code}`;
        const err = new UserError(`lock-command '${shown}' ${why} in ${dir}; the workspace was restored`, {
          hint: 'run it locally to see why; its output is in the log group above',
        });
        (err as UserError & { output?: string }).output = output;
        reject(err);
      }
    });
  });
}

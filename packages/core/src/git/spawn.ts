import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NulRecords } from './nul-records.ts';

/** What one git invocation printed. */
export interface GitOutput {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** How a git invocation whose output was read as it came ended. */
export interface GitExit {
  code: number;
  stderr: string;
}

/**
 * Runs git and hands its standard output over as it arrives, split at NUL
 * bytes (a `-z` listing): every record whole, then what follows the last NUL
 * (NulRecords). Nothing of the output is kept: a long listing is read in the
 * memory of one record. Aborting `signal` stops git: the promise rejects
 * with the signal's reason (at once, without starting git, when it already is).
 */
export type GitRecords = (args: readonly string[], onRecord: (record: Buffer) => void, signal?: AbortSignal) => Promise<GitExit>;

/**
 * Runs git with an argument array in `cwd`; never a shell string. `records`,
 * when there, reads a NUL-separated output as it arrives instead of whole.
 */
export type GitSpawner = ((args: readonly string[]) => Promise<GitOutput>) & { records?: GitRecords };

/** The environment every git process lockstep starts runs with: no prompt, C locale, no optional locks. */
export const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };

/**
 * Put before the arguments of every git process lockstep starts: no hook
 * (`core.hooksPath` in the checkout's or the user's config, e.g. a
 * reference-transaction hook that runs on fetch) and no fsmonitor command
 * runs while the job's token is in git's environment. Command-line config
 * wins over every config file; a local-path remote's own side drops it
 * (git clears GIT_CONFIG_PARAMETERS there), so a server's hooks still run.
 */
export const GIT_NO_HOOKS: readonly string[] = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];

/**
 * How every `git fetch` lockstep runs begins: the fetch, and no `git
 * maintenance run --auto` after it. An action's fetch brings a few commits
 * into a checkout that lives for one job; the maintenance git would start
 * afterwards (a repack, a commit-graph write) costs the job time and keeps
 * the workspace busy for nothing. It is said with the `maintenance.auto`
 * setting (git 2.29+, the release that brought `git maintenance`), not
 * fetch's `--no-auto-maintenance` option of the same release: a git older
 * than 2.29 refuses an option it does not know, which would fail every
 * fetch, while it ignores a setting it does not know.
 */
export const GIT_FETCH: readonly string[] = ['-c', 'maintenance.auto=false', 'fetch'];

/**
 * How a shallow clone is deepened when more of its history is needed (a merge
 * base, a pin's soak time): this many commits more behind its boundary, in
 * turn, before the rest of it is fetched.
 */
export const DEEPEN_STEPS: readonly number[] = [64, 512, 4096];

/**
 * Deepens a shallow clone in DEEPEN_STEPS (the rest of its history last) while `open` says the history at hand does
 * not answer yet; stops once it does, or once `deepen` (given a step's count, or undefined for the rest) cannot.
 * `open` is asked first, before any fetch.
 */
export async function deepenWhile(open: () => Promise<boolean>, deepen: (commits: number | undefined) => Promise<boolean>): Promise<void> {
  for (const step of [...DEEPEN_STEPS, undefined]) if (!(await open()) || !(await deepen(step))) return;
}

/**
 * A spawner over node:child_process, without the Repo's memo (objects.ts's
 * gitSpawner adds it). It is used instead of @actions/exec on purpose: this
 * action's cost is dominated by process start and module loading, and a raw
 * spawn keeps both small.
 */
export function spawnGit(cwd: string, env: NodeJS.ProcessEnv = process.env): GitSpawner {
  // Standard output to a pipe, or to a file descriptor (a spool file).
  const start = (args: readonly string[], out: 'pipe' | number = 'pipe') =>
    spawn('git', [...GIT_NO_HOOKS, ...args], { cwd, env: { ...env, ...GIT_ENV }, stdio: ['ignore', out, 'pipe'] });
  const git: GitSpawner = (args) =>
    new Promise((done, fail) => {
      const child = start(args);
      const out: Buffer[] = [];
      let err = '';
      child.stdout!.on('data', (d: Buffer) => out.push(d));
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('error', fail);
      child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
    });
  git.records = (args, onRecord, signal) =>
    new Promise((done, fail) => {
      if (signal?.aborted) return fail(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
      const spool = spoolFile();
      let child: ReturnType<typeof start>;
      try {
        child = start(args, spool ? spool.write : 'pipe');
      } catch (e) {
        if (spool) closeSync(spool.read);
        throw e;
      } finally {
        // git holds its own copy of the write end; a spawn that throws leaves no descriptor open.
        if (spool) closeSync(spool.write);
      }
      const records = new NulRecords(onRecord);
      let err = '';
      // A reader that throws stops git: the error is the outcome, not an uncaught exception.
      let thrown: Error | undefined;
      const read = (step: () => void) => {
        if (thrown) return;
        try {
          step();
        } catch (error) {
          thrown = error instanceof Error ? error : new Error(String(error));
          child.kill();
        }
      };
      const abort = () => read(() => signal!.throwIfAborted());
      signal?.addEventListener('abort', abort, { once: true });
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
      let code: number | undefined;
      let settled = false;
      const settle = (failure?: Error) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', abort);
        if (spool) closeSync(spool.read);
        if (failure) return fail(failure);
        read(() => records.end());
        if (thrown) fail(thrown);
        else done({ code: code ?? 1, stderr: err });
      };
      child.on('error', (e) => settle(e));
      if (!spool) {
        child.stdout!.on('data', (d: Buffer) => read(() => records.push(d)));
        child.on('close', (c) => {
          code = c ?? 1;
          settle();
        });
        return;
      }
      // What git has written is read a pipe's worth at a time while the event loop is free; at the end of it,
      // read again a millisecond later, or as soon as git has ended (then to the end of the file).
      let timer: NodeJS.Timeout | undefined;
      const poll = () => {
        timer = undefined;
        if (settled) return;
        if (thrown) {
          // Stopped: settled once git has ended.
          if (code !== undefined) settle();
          return;
        }
        const chunk = Buffer.allocUnsafe(SPOOL_CHUNK);
        let n = 0;
        read(() => (n = readSync(spool.read, chunk, 0, chunk.length, null)));
        if (n > 0) {
          read(() => records.push(n === chunk.length ? chunk : chunk.subarray(0, n)));
          setImmediate(poll);
        } else if (code !== undefined) settle();
        else if (!thrown) timer = setTimeout(poll, 1);
      };
      child.on('close', (c) => {
        code = c ?? 1;
        if (timer) {
          clearTimeout(timer);
          poll();
        } else if (thrown) settle();
      });
      timer = setTimeout(poll, 1);
    });
  return git;
}

/** How much of a spooled output is read at a time: what a pipe holds, so records arrive as they did through one. */
const SPOOL_CHUNK = 64 * 1024;

/**
 * A file for git's output: created in the temp folder by this process alone
 * (exclusive, 0600) and unlinked at once, so nothing is left behind whatever
 * happens; git writes to `write`, the reader reads `read`. Through a pipe, git
 * stops once 64 KiB wait unread, and a run busy with other work (a release
 * checking its files while git walks the commits since the last release)
 * leaves them unread; through a file it writes on. undefined where no such
 * file can be made (or an open file cannot be unlinked, as on Windows): the
 * caller reads a pipe.
 */
function spoolFile(): { write: number; read: number } | undefined {
  if (process.platform === 'win32') return undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const path = join(tmpdir(), `lockstep-git-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
    let write: number | undefined;
    let read: number | undefined;
    try {
      write = openSync(path, 'wx', 0o600);
      read = openSync(path, 'r');
      unlinkSync(path);
      return { write, read };
    } catch (e) {
      for (const fd of [write, read]) if (fd !== undefined) closeSync(fd);
      if (write !== undefined) {
        try {
          rmSync(path, { force: true });
        } catch {
          // Left for the temp folder's cleaning: the output goes through a pipe.
        }
      }
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
  }
  return undefined;
}

/**
 * git.records, or, for a spawner without it (a test's wrapper), the whole
 * output read and split the same way.
 */
export async function gitRecords(
  git: GitSpawner,
  args: readonly string[],
  onRecord: (record: Buffer) => void,
  signal?: AbortSignal,
): Promise<GitExit> {
  if (git.records) return git.records(args, onRecord, signal);
  signal?.throwIfAborted();
  const r = await git(args);
  signal?.throwIfAborted();
  const records = new NulRecords(onRecord);
  records.push(r.stdout);
  records.end();
  return { code: r.code, stderr: r.stderr };
}

/**
 * The one "run git, return its text" helper: stdout as text; a non-zero exit
 * throws with git's message. gitTry is its lenient form.
 */
export async function gitText(git: GitSpawner, args: readonly string[]): Promise<string> {
  const r = await git(args);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
  return r.stdout.toString('utf8');
}

/** gitText for a question git may answer by failing (no such remote, ref or repository): trimmed stdout, or undefined. */
export async function gitTry(git: GitSpawner, args: readonly string[]): Promise<string | undefined> {
  const r = await git(args);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
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

const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };

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
 * A spawner over node:child_process. It is used instead of @actions/exec on
 * purpose: this action's cost is dominated by process start and module
 * loading, and a raw spawn keeps both small.
 */
export function gitSpawner(cwd: string, env: NodeJS.ProcessEnv = process.env): GitSpawner {
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

/** Runs git and returns stdout as text; a non-zero exit throws with git's message. */
export async function gitText(git: GitSpawner, args: readonly string[]): Promise<string> {
  const r = await git(args);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
  return r.stdout.toString('utf8');
}

/** One entry of a tree listing: file mode and blob id. */
export interface TreeEntry {
  mode: string;
  oid: string;
}

/**
 * Every file of a commit's tree (`git ls-tree -r -z --full-tree`), path →
 * mode and object id. Submodules (mode 160000) are left out: they are not files.
 */
export async function listTree(git: GitSpawner, commit: string): Promise<Map<string, TreeEntry>> {
  const out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
  if (out.code !== 0) throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
  return parseLsTree(out.stdout.toString('utf8'));
}

/** A commit's paths, and its symbolic links (path → the spec that reads the link's target text). */
export interface PathListing {
  paths: Set<string>;
  links: Map<string, string>;
}

/**
 * Every path of a commit's tree and which of them are symbolic links, in one
 * `git ls-tree` (mode and path only: a few bytes more than `--name-only`).
 * git older than 2.36 has no `--format`: the full listing then serves.
 */
export async function listPathsAndLinks(git: GitSpawner, commit: string): Promise<PathListing> {
  // Each record starts with the mode; the path follows the first space (--format) or the tab (the full listing).
  let out = await git(['ls-tree', '-r', '-z', '--full-tree', '--format=%(objectmode) %(path)', '--end-of-options', commit]);
  let separator = ' ';
  if (out.code !== 0) {
    out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
    if (out.code !== 0) throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
    separator = '\t';
  }
  const paths = new Set<string>();
  const links = new Map<string, string>();
  for (const rec of out.stdout.toString('utf8').split('\0')) {
    if (rec === '') continue;
    const path = rec.slice(rec.indexOf(separator) + 1);
    paths.add(path);
    if (rec.startsWith('120000 ')) links.set(path, `${commit}:${path}`);
  }
  return { paths, links };
}

/** Parses `ls-tree -r -z` output (`<mode> SP <type> SP <oid> TAB <path> NUL`). */
export function parseLsTree(text: string): Map<string, TreeEntry> {
  const files = new Map<string, TreeEntry>();
  for (const rec of text.split('\0')) {
    if (rec === '') continue;
    const tab = rec.indexOf('\t');
    const [mode, type, oid] = rec.slice(0, tab).split(' ');
    if (type !== 'blob') continue;
    files.set(rec.slice(tab + 1), { mode, oid });
  }
  return files;
}

/** The merge base of two commits, or undefined when none is reachable locally. */
export async function mergeBase(git: GitSpawner, a: string, b: string): Promise<string | undefined> {
  const r = await git(['merge-base', '--end-of-options', a, b]);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

interface Pending {
  resolve(v: { oid: string; type: string; data: Buffer } | undefined): void;
  reject(e: Error): void;
  /** Larger objects are refused from the size in git's header: their bytes are skipped, never kept. */
  maxBytes?: number;
}

/** A read refused because the object is larger than the reader was allowed to load. */
export class ObjectTooLarge extends Error {
  readonly size: number;
  constructor(spec: string, size: number, maxBytes: number) {
    super(`git object ${spec} is ${size} bytes, over the ${maxBytes} bytes allowed`);
    this.name = 'ObjectTooLarge';
    this.size = size;
  }
}

/**
 * Reads objects through one persistent `git cat-file --batch` process: each
 * request is a line (`<oid>`, `<rev>:<path>`, `<ref>^{commit}`), answered in
 * order. One process serves every read of a run, so reading a thousand blobs
 * costs no more spawns than reading one.
 */
export class ObjectReader {
  private child?: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  /** Requests not yet written: those made in one tick go to git in one write. */
  private outbox = '';
  private buf: Buffer = Buffer.alloc(0);
  /**
   * Chunks come in while the object in front is incomplete, and the bytes it
   * needs in all (`need`): they are joined once it is all there, not on every
   * 64 KiB chunk (a 3.5 MB CHANGELOG.md came as ~55 chunks, and joining each
   * copied ~100 MB and kept ~45 MB of buffers waiting for collection).
   */
  private parts: Buffer[] = [];
  private partsLength = 0;
  private need = 0;
  /** Bytes of a refused object (and its newline) still to be dropped from git's output. */
  private skip = 0;
  private failure?: Error;
  private disposed = false;
  private readonly cwd: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(cwd: string, env: NodeJS.ProcessEnv = process.env) {
    this.cwd = cwd;
    this.env = env;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', [...GIT_NO_HOOKS, 'cat-file', '--batch'], {
      cwd: this.cwd,
      env: { ...this.env, ...GIT_ENV },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.on('data', (d: Buffer) => {
      this.parts.push(d);
      this.partsLength += d.length;
      if (this.buf.length + this.partsLength < this.need) return;
      this.buf = this.buf.length === 0 && this.parts.length === 1 ? d : Buffer.concat([this.buf, ...this.parts]);
      this.parts = [];
      this.partsLength = 0;
      this.need = 0;
      this.drain();
    });
    const onEnd = (why: string) => {
      this.failure = new Error(`git cat-file ${why}: ${stderr.trim()}`);
      for (const p of this.queue.splice(0)) p.reject(this.failure);
      if (this.child === child) this.child = undefined;
      // Requests not yet written belonged to the rejected ones: a new process must not get them.
      this.outbox = '';
      // Nor may the rest of a refused object's bytes be taken out of the new process's answers.
      this.skip = 0;
      this.parts = [];
      this.partsLength = 0;
      this.need = 0;
    };
    child.on('error', (e) => onEnd(e.message));
    child.on('close', (code) => onEnd(`exited (${code})`));
    child.stdin.on('error', () => {});
    this.child = child;
    this.failure = undefined;
    return child;
  }

  private drain(): void {
    while (this.queue.length > 0 || this.skip > 0) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, this.buf.length);
        this.buf = this.buf.subarray(n);
        this.skip -= n;
        if (this.skip > 0) return;
        continue;
      }
      const nl = this.buf.indexOf(10);
      if (nl < 0) return;
      const header = this.buf.subarray(0, nl).toString('utf8');
      const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
      if (!m) {
        // `<request> missing` or `<request> ambiguous`.
        this.buf = this.buf.subarray(nl + 1);
        this.queue.shift()!.resolve(undefined);
        continue;
      }
      const size = Number(m[3]);
      const limit = this.queue[0].maxBytes;
      if (limit !== undefined && size > limit) {
        // Refused from the header alone: the object's bytes are dropped as they arrive, never gathered.
        this.buf = this.buf.subarray(nl + 1);
        this.skip = size + 1;
        this.queue.shift()!.reject(new ObjectTooLarge(m[1], size, limit));
        continue;
      }
      if (this.buf.length < nl + 1 + size + 1) {
        this.need = nl + 1 + size + 1;
        return;
      }
      const data = Buffer.from(this.buf.subarray(nl + 1, nl + 1 + size));
      this.buf = this.buf.subarray(nl + 1 + size + 1);
      this.queue.shift()!.resolve({ oid: m[1], type: m[2], data });
    }
  }

  /**
   * Reads one object by any spec cat-file accepts; undefined when it does not
   * exist. With `maxBytes`, a larger object is refused (ObjectTooLarge) from
   * the size git announces before its bytes: they are skipped, never kept.
   */
  read(spec: string, maxBytes?: number): Promise<{ oid: string; type: string; data: Buffer } | undefined> {
    if (/[\r\n]/.test(spec)) return Promise.resolve(undefined);
    if (this.disposed) return Promise.reject(new Error('git cat-file: the object reader was disposed'));
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject, maxBytes });
      // One write per tick instead of one per request: each write wakes git, and on a busy
      // machine every wake-up can cost this thread its turn on the CPU.
      if (this.outbox === '') process.nextTick(() => this.flush(child));
      this.outbox += `${spec}\n`;
    });
  }

  private flush(child: ChildProcessWithoutNullStreams): void {
    // A closed process's requests were rejected by close(), which also emptied the outbox.
    if (this.child !== child) return;
    const text = this.outbox;
    this.outbox = '';
    if (text !== '') child.stdin.write(text);
  }

  /** A blob's text (UTF-8), or undefined when missing or not a blob; over `maxBytes`, ObjectTooLarge. */
  async text(spec: string, maxBytes?: number): Promise<string | undefined> {
    const o = await this.read(spec, maxBytes);
    return o && o.type === 'blob' ? o.data.toString('utf8') : undefined;
  }

  /** The full id of the commit a ref, tag or sha names; undefined when not in the repository. */
  async commit(ref: string): Promise<string | undefined> {
    if (ref.startsWith('-')) return undefined;
    const o = await this.read(`${ref}^{commit}`);
    return o?.type === 'commit' ? o.oid : undefined;
  }

  /**
   * Stops the process (restart happens on the next read, e.g. after a fetch
   * added objects). Reads still in flight are rejected: their answer never
   * came, which is not the same as "this file does not exist".
   */
  close(): void {
    const child = this.child;
    this.child = undefined;
    if (child) {
      child.removeAllListeners('close');
      child.on('close', () => {});
      child.stdin.end();
    }
    this.outbox = '';
    const pending = this.queue.splice(0);
    if (pending.length > 0) {
      const why = new Error(
        `git cat-file: the object reader was closed with ${pending.length} read${pending.length === 1 ? '' : 's'} in flight`,
      );
      for (const p of pending) p.reject(why);
    }
    this.buf = Buffer.alloc(0);
    this.parts = [];
    this.partsLength = 0;
    this.need = 0;
    this.skip = 0;
  }

  /**
   * Stops the process for good: work still under way in the background (a
   * comparison after the action already failed) gets an error instead of
   * starting a new cat-file that would keep Node alive.
   */
  dispose(): void {
    this.disposed = true;
    this.close();
  }
}

/** One changed path of `git diff --raw`: old and new mode and blob id (zeros where absent). */
export interface RawChange {
  path: string;
  status: string;
  oldMode: string;
  newMode: string;
  oldOid: string;
  newOid: string;
}

/**
 * The changes from the merge base of `base` and `head` to `head`, as
 * `git diff --raw base...head` lists them (what a pull request shows).
 * Undefined when git cannot compute it (a commit or the merge base missing).
 */
export async function diffSinceMergeBase(git: GitSpawner, base: string, head: string): Promise<RawChange[] | undefined> {
  const r = await git(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--no-textconv', `${base}...${head}`, '--']);
  return r.code === 0 ? parseRawDiff(r.stdout.toString('utf8')) : undefined;
}

/** Parses `--raw -z` output (`:<old mode> <new mode> <old> <new> <status> NUL <path> NUL`). */
export function parseRawDiff(text: string): RawChange[] {
  const out: RawChange[] = [];
  const parts = text.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meta = parts[i];
    if (!meta.startsWith(':')) break;
    const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(' ');
    out.push({ path: parts[i + 1], status, oldMode, newMode, oldOid, newOid });
  }
  return out;
}

/** The merge base's tree, rebuilt from the head tree by undoing the changes. */
export function treeBefore(head: ReadonlyMap<string, TreeEntry>, changes: readonly RawChange[]): Map<string, TreeEntry> {
  const base = new Map(head);
  for (const c of changes) {
    if (/^0+$/.test(c.oldOid) || c.oldMode === '000000') base.delete(c.path);
    else if (c.oldMode !== '160000') base.set(c.path, { mode: c.oldMode, oid: c.oldOid });
  }
  return base;
}

/**
 * Paths in a commit whose file is named `fileName` and contains `text`
 * (`git grep -l -F` over the tree, without reading the blobs into this
 * process). Undefined when git cannot search (e.g. the commit is missing).
 */
export async function pathsContaining(git: GitSpawner, commit: string, fileName: string, text: string): Promise<string[] | undefined> {
  if (commit.startsWith('-')) return undefined; // never let a ref be read as an option
  // --full-name: paths from the repository's top, like every other listing, even when run in a subfolder.
  const r = await git(['grep', '-l', '-z', '-F', '--full-name', '--no-color', '-e', text, commit, '--', fileName, `:(glob)**/${fileName}`]);
  if (r.code === 1) return [];
  if (r.code !== 0) return undefined;
  const prefix = `${commit}:`;
  return r.stdout
    .toString('utf8')
    .split('\0')
    .filter((p) => p !== '')
    .map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p));
}

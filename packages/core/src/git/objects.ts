import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { asRepo } from './repo.ts';
import { GIT_ENV, GIT_NO_HOOKS, spawnGit, type GitSpawner } from './spawn.ts';

/**
 * A spawner for the repository at `cwd` (real git, hooks off) that is its
 * Repo: what the run learns of the repository is kept with it (git/repo.ts;
 * asRepo gives its typed questions).
 */
export function gitSpawner(cwd: string, env: NodeJS.ProcessEnv = process.env): GitSpawner {
  return asRepo(spawnGit(cwd, env));
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

/** A commit's paths, their object ids, and its symbolic links (path → the spec that reads the link's target text). */
export interface PathListing {
  paths: Set<string>;
  /**
   * Path → object id: cat-file reads an object by its id at once, where
   * `<commit>:<path>` walks the trees from the commit again for each path
   * (1,000 Chart.yaml files in a 1,000-chart tree: 131 ms by path, 7 ms by id).
   */
  oids: Map<string, string>;
  links: Map<string, string>;
}

/**
 * Every path of a commit's tree, its object id and which paths are symbolic
 * links, in one `git ls-tree` (mode, id and path: no object type).
 * git older than 2.36 has no `--format`: the full listing then serves.
 */
export async function listPathsAndLinks(git: GitSpawner, commit: string): Promise<PathListing> {
  // Each record is `<mode> <id> <path>` (--format), or `<mode> <type> <id>\t<path>` (the full listing).
  let out = await git(['ls-tree', '-r', '-z', '--full-tree', '--format=%(objectmode) %(objectname) %(path)', '--end-of-options', commit]);
  let full = false;
  if (out.code !== 0) {
    out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
    if (out.code !== 0) throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
    full = true;
  }
  const paths = new Set<string>();
  const oids = new Map<string, string>();
  const links = new Map<string, string>();
  for (const rec of out.stdout.toString('utf8').split('\0')) {
    if (rec === '') continue;
    const end = full ? rec.indexOf('\t') : rec.indexOf(' ', rec.indexOf(' ') + 1);
    const oid = rec.slice(rec.lastIndexOf(' ', end - 1) + 1, end);
    const path = rec.slice(end + 1);
    paths.add(path);
    oids.set(path, oid);
    if (rec.startsWith('120000 ')) links.set(path, oid);
  }
  return { paths, oids, links };
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
   * The object in front when it is incomplete: its header, bytes and newline
   * gathered in one buffer of their size, announced by the header, as chunks
   * come in (`filled` bytes so far). A 3.5 MB CHANGELOG.md comes as ~55
   * chunks of 64 KiB: each is copied once into its place, and the object is
   * handed on as a view of that buffer. Joining the chunks and then copying
   * the object out of the join held three copies at once (~10 MB outside the
   * heap for one file); joining on every chunk copied ~100 MB.
   */
  private fill?: Buffer;
  private filled = 0;
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
    child.stdout.on('data', (d: Buffer) => this.take(d));
    const onEnd = (why: string) => {
      this.failure = new Error(`git cat-file ${why}: ${stderr.trim()}`);
      for (const p of this.queue.splice(0)) p.reject(this.failure);
      if (this.child === child) this.child = undefined;
      // Requests not yet written belonged to the rejected ones: a new process must not get them.
      this.outbox = '';
      // Nor may the rest of a refused object's bytes be taken out of the new process's answers.
      this.skip = 0;
      this.fill = undefined;
      this.filled = 0;
    };
    child.on('error', (e) => onEnd(e.message));
    child.on('close', (code) => onEnd(`exited (${code})`));
    child.stdin.on('error', () => {});
    this.child = child;
    this.failure = undefined;
    return child;
  }

  /** A chunk of git's output: into the incomplete object's buffer while one is being gathered, else read. */
  private take(d: Buffer): void {
    const fill = this.fill;
    if (!fill) {
      this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
      this.drain();
      return;
    }
    const n = Math.min(d.length, fill.length - this.filled);
    d.copy(fill, this.filled, 0, n);
    this.filled += n;
    if (this.filled < fill.length) return;
    this.fill = undefined;
    this.filled = 0;
    // The object is whole: read from its buffer, then whatever came after it in the chunk.
    this.buf = fill;
    this.drain();
    if (n < d.length) this.take(d.subarray(n));
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
        // Gathered in a buffer of its own size as the rest comes (take), starting with what is here.
        this.fill = Buffer.allocUnsafe(nl + 1 + size + 1);
        this.filled = this.buf.copy(this.fill);
        this.buf = Buffer.alloc(0);
        return;
      }
      // An object that is most of the buffer (one gathered by take) is handed on as a view of it; a small one
      // is copied out, so that it does not keep a chunk of other objects' bytes alive.
      const view = this.buf.subarray(nl + 1, nl + 1 + size);
      const data = size * 2 >= this.buf.length ? view : Buffer.from(view);
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
    this.fill = undefined;
    this.filled = 0;
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

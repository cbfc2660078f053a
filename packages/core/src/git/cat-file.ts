import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GIT_ENV, GIT_NO_HOOKS } from './spawn.ts';

/** An object as cat-file gives it. */
export interface GitObject {
  oid: string;
  type: string;
  data: Buffer;
}

interface Pending {
  resolve(v: GitObject | undefined): void;
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
 * One `git cat-file --batch` process and the requests sent to it, answered in
 * order. Once finished it takes no more requests, answers those it was sent
 * and exits; what it never answered (it died, or was aborted) is rejected.
 */
class CatFileProcess {
  private readonly child: ChildProcessWithoutNullStreams;
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
  /** Set once it takes no more requests (finished, exited or aborted). */
  done = false;

  constructor(cwd: string, env: NodeJS.ProcessEnv) {
    const child = spawn('git', [...GIT_NO_HOOKS, 'cat-file', '--batch'], {
      cwd,
      env: { ...env, ...GIT_ENV },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.on('data', (d: Buffer) => this.take(d));
    child.on('error', (e) => this.abort(new Error(`git cat-file ${e.message}: ${stderr.trim()}`)));
    child.on('close', (code) => this.abort(new Error(`git cat-file exited (${code}): ${stderr.trim()}`)));
    child.stdin.on('error', () => {});
    this.child = child;
  }

  read(spec: string, maxBytes?: number): Promise<GitObject | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject, maxBytes });
      // One write per tick instead of one per request: each write wakes git, and on a busy
      // machine every wake-up can cost this thread its turn on the CPU.
      if (this.outbox === '') process.nextTick(() => this.flush());
      this.outbox += `${spec}\n`;
    });
  }

  /** Takes no more requests: those sent are answered, then git exits. */
  finish(): void {
    if (this.done) return;
    this.flush();
    this.done = true;
    this.child.stdin.end();
  }

  /** Stops at once: every request not yet answered is rejected with `why`. */
  abort(why: Error): void {
    this.done = true;
    this.outbox = '';
    for (const p of this.queue.splice(0)) p.reject(why);
    this.child.stdin.destroy();
    this.child.stdout.destroy();
  }

  /** How many requests wait for their answer. */
  get waiting(): number {
    return this.queue.length;
  }

  private flush(): void {
    const text = this.outbox;
    this.outbox = '';
    if (text !== '' && !this.done) this.child.stdin.write(text);
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
}

/**
 * Reads objects through one persistent `git cat-file --batch` process: each
 * request is a line (`<oid>`, `<rev>:<path>`, `<ref>^{commit}`), answered in
 * order. One process serves every read of a run, so reading a thousand blobs
 * costs no more spawns than reading one. close() (after a fetch added objects
 * and refs) sends later reads to a fresh process while the old one answers
 * what it was already asked: one part of a run may fetch while another reads.
 */
export class ObjectReader {
  private current?: CatFileProcess;
  /** Processes still answering (the current one, and closed ones with reads in flight). */
  private readonly live = new Set<CatFileProcess>();
  private disposed = false;
  private readonly cwd: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(cwd: string, env: NodeJS.ProcessEnv = process.env) {
    this.cwd = cwd;
    this.env = env;
  }

  /**
   * Reads one object by any spec cat-file accepts; undefined when it does not
   * exist. With `maxBytes`, a larger object is refused (ObjectTooLarge) from
   * the size git announces before its bytes: they are skipped, never kept.
   */
  read(spec: string, maxBytes?: number): Promise<GitObject | undefined> {
    if (/[\r\n]/.test(spec)) return Promise.resolve(undefined);
    if (this.disposed) return Promise.reject(new Error('git cat-file: the object reader was disposed'));
    let p = this.current;
    if (!p || p.done) {
      const fresh = new CatFileProcess(this.cwd, this.env);
      this.live.add(fresh);
      this.current = p = fresh;
    }
    const answer = p.read(spec, maxBytes);
    const proc = p;
    const settle = () => {
      if (proc.done && proc.waiting === 0) this.live.delete(proc);
    };
    answer.then(settle, settle);
    return answer;
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
   * Later reads start a fresh process (one that sees what a fetch added since);
   * the reads already made are answered by the process they were sent to,
   * which then exits.
   */
  close(): void {
    const p = this.current;
    this.current = undefined;
    if (!p) return;
    p.finish();
    if (p.waiting === 0) this.live.delete(p);
  }

  /**
   * Stops for good: work still under way in the background (a comparison
   * after the action already failed) gets an error for each read in flight
   * and for each later one, instead of a cat-file that would keep Node alive.
   */
  dispose(): void {
    this.disposed = true;
    this.current = undefined;
    for (const p of this.live) {
      const n = p.waiting;
      p.abort(new Error(`git cat-file: the object reader was disposed with ${n} read${n === 1 ? '' : 's'} in flight`));
    }
    this.live.clear();
  }
}

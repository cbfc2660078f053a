// Text written in chunks of at most `size` bytes of UTF-8, gathered in one
// buffer that is reused: a document of hundreds of MB (a fleet's metrics
// --json, millions of entries) made of small pieces would otherwise be
// millions of short-lived strings, joined, then encoded again to be written.
// Pieces go in whole (a chunk ends between two pieces, never inside one, so
// that a secret the writer masks is never split by the chunking); a piece
// larger than a chunk is written alone. Bytes a caller made once are copied,
// not re-encoded: a piece kept by number (a change's head, written in each
// environment it reached) is kept in the same memory as the chunk, so it is
// copied without an object per piece or per copy.

/**
 * Writes chunks of whole pieces: through `writeBytes` when given (the bytes
 * as they are, done with when it returns: the buffer is reused), else as
 * strings through `write`.
 */
export class Utf8Chunks {
  /** The chunk being gathered: the first `size` bytes of `mem`; after them, the kept pieces (keep). */
  private buf: Buffer;
  private mem: Buffer;
  private off = 0;
  private readonly size: number;
  /** The end of the kept pieces in `mem`, and each kept piece's place (its start there, -1: none) and length by number. */
  private keptEnd: number;
  private keptAt = new Int32Array(0);
  private keptLength = new Int32Array(0);
  private readonly write: (text: string) => void;
  private readonly writeBytes: ((bytes: Uint8Array) => void) | undefined;

  /** `keepRoom`: bytes of kept pieces to make room for at once (more are made room for as they come). */
  constructor(write: (text: string) => void, writeBytes?: (bytes: Uint8Array) => void, size = 1 << 16, keepRoom = 0) {
    this.write = write;
    this.writeBytes = writeBytes;
    this.size = size;
    this.mem = Buffer.allocUnsafe(size + keepRoom);
    this.buf = this.mem.subarray(0, size);
    this.keptEnd = size;
  }

  /**
   * Keeps `s` as piece number `key` (0 or more, replacing the piece that number had), for kept(key) to write
   * as often as it is asked. A kept piece is at most a chunk.
   */
  keep(key: number, s: string): void {
    if (s.length > this.size) throw new RangeError(`a kept piece is at most ${this.size} bytes`);
    if (key >= this.keptAt.length) {
      const room = Math.max(key + 1, this.keptAt.length * 2, 1024);
      const at = new Int32Array(room).fill(-1);
      at.set(this.keptAt);
      const length = new Int32Array(room);
      length.set(this.keptLength);
      [this.keptAt, this.keptLength] = [at, length];
    }
    // As text does: a UTF-16 code unit is at most 3 bytes of UTF-8, so only a piece that may not fit is measured.
    if (this.keptEnd + s.length * 3 > this.mem.length) {
      const n = Buffer.byteLength(s, 'utf8');
      if (n > this.size) throw new RangeError(`a kept piece is at most ${this.size} bytes, not ${n}`);
      if (this.keptEnd + n > this.mem.length) {
        // Half as much room again: the chunk being gathered and every kept piece move with it.
        const mem = Buffer.allocUnsafe(Math.max(this.keptEnd + n, Math.ceil(this.mem.length * 1.5)));
        this.mem.copy(mem, 0, 0, this.keptEnd);
        this.mem = mem;
        this.buf = mem.subarray(0, this.size);
      }
    }
    const n = this.mem.write(s, this.keptEnd, 'utf8');
    if (n > this.size) throw new RangeError(`a kept piece is at most ${this.size} bytes, not ${n}`);
    this.keptAt[key] = this.keptEnd;
    this.keptLength[key] = n;
    this.keptEnd += n;
  }

  /** Whether piece number `key` is kept. */
  has(key: number): boolean {
    return key >= 0 && key < this.keptAt.length && this.keptAt[key] >= 0;
  }

  /** The piece kept as number `key` (keep), copied from where it is kept. */
  kept(key: number): void {
    const at = this.keptAt[key];
    const n = this.keptLength[key];
    if (this.off + n > this.size) this.flush();
    this.mem.copyWithin(this.off, at, at + n);
    this.off += n;
  }

  /** A piece of text. */
  text(s: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: only a piece that may not fit is measured.
    if (this.off + s.length * 3 > this.buf.length) {
      const bytes = Buffer.byteLength(s, 'utf8');
      if (this.off + bytes > this.buf.length) this.flush();
      if (bytes > this.buf.length) {
        this.write(s);
        return;
      }
    }
    this.off += this.buf.write(s, this.off, 'utf8');
  }

  /** A piece already encoded (valid UTF-8, made with Buffer.from(text)). */
  bytes(b: Buffer): void {
    if (this.off + b.length > this.buf.length) {
      this.flush();
      if (b.length > this.buf.length) {
        if (this.writeBytes) this.writeBytes(b);
        else this.write(b.toString('utf8'));
        return;
      }
    }
    this.buf.set(b, this.off);
    this.off += b.length;
  }

  /** One ASCII character, by its code. */
  ascii(code: number): void {
    if (this.off === this.buf.length) this.flush();
    this.buf[this.off++] = code;
  }

  /**
   * A number as JSON.stringify writes it (null when it is not finite); a whole
   * number from 0 to 2^31 − 1 (a lead time in seconds: 68 years) as its
   * digits, without making a string of it.
   */
  number(n: number): void {
    if (!(Number.isInteger(n) && n >= 0 && n <= 0x7fffffff)) {
      this.text(Number.isFinite(n) ? String(n) : 'null');
      return;
    }
    let digits = 1;
    for (let x = n | 0; x >= 10; x = (x / 10) | 0) digits++;
    if (this.off + digits > this.buf.length) this.flush();
    let at = this.off + digits;
    let x = n | 0;
    do {
      const q = (x / 10) | 0;
      this.buf[--at] = 48 + x - q * 10;
      x = q;
    } while (x > 0);
    this.off += digits;
  }

  /** Writes what is gathered. */
  flush(): void {
    if (this.off === 0) return;
    const n = this.off;
    this.off = 0;
    if (this.writeBytes) this.writeBytes(this.buf.subarray(0, n));
    else this.write(this.buf.toString('utf8', 0, n));
  }
}

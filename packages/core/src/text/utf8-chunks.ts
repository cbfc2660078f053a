// Text written in chunks of at most `size` bytes of UTF-8, gathered in one
// buffer that is reused: a document of hundreds of MB (a fleet's metrics
// --json, millions of entries) made of small pieces would otherwise be
// millions of short-lived strings, joined, then encoded again to be written.
// Pieces go in whole (a chunk ends between two pieces, never inside one, so
// that a secret the writer masks is never split by the chunking); a piece
// larger than a chunk is written alone. Bytes a caller made once (a change's
// head, written in each environment it reached) are copied, not re-encoded.

/**
 * Writes chunks of whole pieces: through `writeBytes` when given (the bytes
 * as they are, done with when it returns: the buffer is reused), else as
 * strings through `write`.
 */
export class Utf8Chunks {
  private readonly buf: Buffer;
  private off = 0;
  private readonly write: (text: string) => void;
  private readonly writeBytes: ((bytes: Uint8Array) => void) | undefined;

  constructor(write: (text: string) => void, writeBytes?: (bytes: Uint8Array) => void, size = 1 << 16) {
    this.write = write;
    this.writeBytes = writeBytes;
    this.buf = Buffer.allocUnsafe(size);
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

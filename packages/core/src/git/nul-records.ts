/**
 * Splits a byte stream at NUL bytes as it arrives (`git … -z` output): each
 * record is handed over whole, once its NUL has come, so a record cut
 * between two chunks (in the middle of a multi-byte character too) is joined
 * before anyone decodes it. A NUL byte is never part of another UTF-8
 * character, so splitting bytes there is splitting the text there. After the
 * last chunk, `end` hands over what follows the last NUL (possibly nothing):
 * the records are exactly the pieces of `text.split('\0')`.
 */
export class NulRecords {
  private readonly onRecord: (record: Buffer) => void;
  /** The start of the record being read, when it began in an earlier chunk. */
  private pending: Buffer[] = [];

  constructor(onRecord: (record: Buffer) => void) {
    this.onRecord = onRecord;
  }

  push(chunk: Buffer): void {
    let from = 0;
    for (let at = chunk.indexOf(0); at !== -1; at = chunk.indexOf(0, from)) {
      const piece = chunk.subarray(from, at);
      from = at + 1;
      if (this.pending.length === 0) {
        this.onRecord(piece);
        continue;
      }
      this.pending.push(piece);
      const record = Buffer.concat(this.pending);
      this.pending = [];
      this.onRecord(record);
    }
    if (from < chunk.length) this.pending.push(chunk.subarray(from));
  }

  end(): void {
    const rest = Buffer.concat(this.pending);
    this.pending = [];
    this.onRecord(rest);
  }
}

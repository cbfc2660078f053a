/**
 * A text whole, or in parts whose concatenation is the text. A long release's
 * notes and the CHANGELOG.md made of them stay in parts from their rendering
 * to the file, the outputs and the summary: V8 stores a string of ASCII one
 * byte per character, but a string holding one ⚠ two bytes per character, so
 * joining 100,000 notes lines under a "⚠ BREAKING CHANGES" heading would copy
 * ~9 MB of one-byte batches into one ~18 MB string.
 */
export type Text = string | readonly string[];

/** The text's length in UTF-16 units. */
export function textLength(t: Text): number {
  if (typeof t === 'string') return t.length;
  let n = 0;
  for (const p of t) n += p.length;
  return n;
}

/** The text as one string (joins parts: only where the whole is needed). */
export function joinText(t: Text): string {
  return typeof t === 'string' ? t : t.join('');
}

/** Whether two texts (or absent files) are the same characters, joining only when their lengths are equal. */
export function sameText(a: Text | undefined, b: Text | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (textLength(a) !== textLength(b)) return false;
  return joinText(a) === joinText(b);
}

/** The first `max` UTF-16 units of the text (all of it when shorter), joining only those. */
export function textHead(t: Text, max: number): string {
  if (typeof t === 'string') return t.length > max ? t.slice(0, max) : t;
  if (t.length === 1) return textHead(t[0], max);
  let out = '';
  for (const p of t) {
    const room = max - out.length;
    if (room <= 0) break;
    out += p.length > room ? p.slice(0, room) : p;
  }
  return out;
}

/**
 * A read-only view of a text in parts with the string methods a line walk
 * needs (`length`, `slice`, `startsWith`, `endsWith`, `indexOf` of one
 * character), reading the parts in place: a slice spanning parts is the only
 * string it makes.
 */
export class PartsView {
  readonly length: number;
  private readonly parts: readonly string[];
  /** Where each part starts in the text. */
  private readonly starts: number[];

  constructor(parts: readonly string[]) {
    this.parts = parts.filter((p) => p !== '');
    this.starts = [];
    let n = 0;
    for (const p of this.parts) {
      this.starts.push(n);
      n += p.length;
    }
    this.length = n;
  }

  /** The index of the part holding position `pos` (0 ≤ pos < length). */
  private partAt(pos: number): number {
    let lo = 0;
    let hi = this.parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** As String.prototype.slice with 0 ≤ from ≤ to (to defaults to the end; both clamped to the text). */
  slice(from: number, to: number = this.length): string {
    from = Math.max(0, Math.min(from, this.length));
    to = Math.max(from, Math.min(to, this.length));
    if (from === to) return '';
    let k = this.partAt(from);
    let out = '';
    for (let pos = from; pos < to; k++) {
      const start = this.starts[k];
      const piece = this.parts[k].slice(pos - start, to - start);
      out += piece;
      pos += piece.length;
    }
    return out;
  }

  /** As String.prototype.startsWith with a position. */
  startsWith(s: string, pos = 0): boolean {
    if (pos < 0 || pos + s.length > this.length) return false;
    return this.slice(pos, pos + s.length) === s;
  }

  /** As String.prototype.endsWith without a position. */
  endsWith(s: string): boolean {
    return this.startsWith(s, this.length - s.length);
  }

  /** As String.prototype.indexOf for one character: the first position ≥ from holding it, or -1. */
  indexOf(ch: string, from = 0): number {
    if (ch.length !== 1) throw new Error('PartsView.indexOf looks for one character');
    if (from >= this.length) return -1;
    for (let k = this.partAt(Math.max(0, from)); k < this.parts.length; k++) {
      const start = this.starts[k];
      const at = this.parts[k].indexOf(ch, Math.max(0, from - start));
      if (at !== -1) return start + at;
    }
    return -1;
  }
}

/** The string methods a line walk reads a text with: the string itself, or a PartsView of its parts. */
export type TextView = Pick<string, 'length' | 'slice' | 'startsWith' | 'endsWith' | 'indexOf'>;

/** A TextView of the text. */
export function viewText(t: Text): TextView {
  return typeof t === 'string' ? t : new PartsView(t);
}

import { joinText, textHead, viewText, type Text } from './parts.ts';

/**
 * Size limits the runner enforces, and the cuts that keep lockstep under them.
 * GitHub drops a step's whole job summary over 1 MiB ("upload aborted") and
 * drops or cuts a step output over 1 MB, so a huge release must be shortened
 * here, at a line boundary and with a note saying what was left out, rather
 * than lost there. Sizes are UTF-8 bytes: that is what the runner counts.
 */

/** Characters GitHub takes in a pull request, issue or comment body: it refuses longer ones (422 "body is too long"). */
export const BODY_CAP = 65_536;

/** Bytes of job summary one step may write: under GitHub's 1 MiB, with room for what the runner adds. */
export const SUMMARY_CAP = 1_000_000;

/** Bytes one step output may hold: GitHub's limit is "1 MB", read as the smaller 10^6, minus headroom. */
export const OUTPUT_CAP = 1_000_000;

/** Lines of a diff or of release notes printed to the log before the rest is summarised in one line. */
export const LOG_LINES_CAP = 1_000;

/** What a cut left out, for the note that replaces it. */
export interface Omitted {
  lines: number;
  bytes: number;
}

/** A text fitted under a byte cap; `omitted` is set when something was cut. */
export interface Fitted {
  text: string;
  omitted?: Omitted;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/gm;
const DETAILS_OPEN = /<details\b/gi;
const DETAILS_CLOSE = /<\/details>/gi;

/** What is left open at the end of `text`: the code fence (its marker) and how many <details> blocks. */
function openBlocks(text: string): { fence?: string; details: number } {
  let fence: string | undefined;
  let details = 0;
  let from = 0;
  const count = (end: number) => {
    const seg = text.slice(from, end);
    details = Math.max(0, details + (seg.match(DETAILS_OPEN)?.length ?? 0) - (seg.match(DETAILS_CLOSE)?.length ?? 0));
  };
  for (const m of text.matchAll(FENCE)) {
    const marker = m[1];
    if (fence === undefined) {
      count(m.index);
      fence = marker;
    } else if (marker[0] === fence[0] && marker.length >= fence.length && m[2].trim() === '') {
      fence = undefined;
      from = m.index + m[0].length;
    }
  }
  if (fence === undefined) count(text.length);
  return { fence, details };
}

/**
 * Fits `text` into `maxBytes` UTF-8 bytes: unchanged when it fits, else cut
 * at a line boundary (so no table row is split), any open code fence and
 * `<details>` block closed, and `note(omitted)` added as the last line. When
 * not even the note fits, the result is empty. Text given in parts is fitted
 * as their concatenation, without making it: a long release's summary is its
 * notes with a few lines around them, and joining them would copy the notes
 * only to keep their first megabyte.
 */
export function fitToBytes(text: Text, maxBytes: number, note: (o: Omitted) => string): Fitted {
  const parts = typeof text === 'string' ? [text] : text;
  let total = 0;
  for (const p of parts) total += Buffer.byteLength(p, 'utf8');
  if (total <= maxBytes) return { text: typeof text === 'string' ? text : text.join('') };
  // maxBytes UTF-16 units give at least maxBytes bytes: the cut is in this head, and encoding it into fewer bytes
  // stops before its end (where a surrogate pair may be cut in two).
  const whole = textHead(parts, maxBytes);
  // A newline byte is a newline character and nothing else in UTF-8, so lines are counted in the string.
  let lines = 1;
  for (const p of parts) lines += newlines(p);
  // The note's length depends on the counts; the largest counts bound it.
  const noteBound = Buffer.byteLength(note({ lines, bytes: total }), 'utf8') + 1;
  const room = maxBytes - noteBound;
  // Bytes, not UTF-16 units, decide the cut: the head is encoded once to learn how much of it fits in `room` bytes
  // (a character is never split), and never decoded back — the text kept is a slice of the head. The cut is the
  // last newline that fits: the lines ending before it are kept, bytes [0, cutBytes) plus the newline.
  const fits = room > 0 ? new TextEncoder().encodeInto(whole, new Uint8Array(room)) : { read: 0, written: 0 };
  let cut = fits.read > 0 ? whole.lastIndexOf('\n', fits.read - 1) : -1;
  let cutBytes = cut < 0 ? -1 : fits.written - Buffer.byteLength(whole.slice(cut, fits.read), 'utf8');
  for (;;) {
    if (cut < 0) return { text: '', omitted: { lines, bytes: total } };
    const kept = whole.slice(0, cut);
    const open = openBlocks(kept);
    const tail: string[] = [];
    if (open.fence) tail.push(open.fence);
    // A blank line first: GitHub renders Markdown after an HTML block only when a blank line ends it.
    if (open.details) tail.push('', ...Array.from({ length: open.details }, () => '</details>'));
    const closing = tail.reduce((n, l) => n + l.length + 1, 0);
    if (cutBytes + 1 + closing + noteBound <= maxBytes) {
      // The lines after the newline at `cut`: all of them but the kept ones and that newline's.
      const omitted = { lines: lines - newlines(kept) - 1, bytes: total - cutBytes - 1 };
      return { text: [kept, ...tail, note(omitted)].join('\n'), omitted };
    }
    // The closing lines do not fit after these: one line fewer.
    const before = cut > 0 ? whole.lastIndexOf('\n', cut - 1) : -1;
    cutBytes = before < 0 ? -1 : cutBytes - Buffer.byteLength(whole.slice(before, cut), 'utf8');
    cut = before;
  }
}

/** How many `\n` a text holds. */
function newlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The first `max` lines of `text`, and how many lines were left out. A text
 * in parts is read in place: only the lines kept are joined.
 */
export function headLines(text: Text, max: number): { text: string; more: number } {
  const t = viewText(text);
  let at = -1;
  for (let i = 0; i < max; i++) {
    at = t.indexOf('\n', at + 1);
    if (at === -1) return { text: joinText(text), more: 0 };
  }
  if (at + 1 === t.length) return { text: joinText(text), more: 0 };
  let more = t.endsWith('\n') ? 0 : 1;
  for (let i = t.indexOf('\n', at + 1); i !== -1; i = t.indexOf('\n', i + 1)) more++;
  return { text: t.slice(0, at), more };
}

/** "1 line" / "2 lines", "980 KiB": the counts of a note. */
export function describeOmitted(o: Omitted): string {
  const size = o.bytes >= 1024 * 1024 ? `${(o.bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(o.bytes / 1024))} KiB`;
  return `${o.lines} ${o.lines === 1 ? 'line' : 'lines'} (${size})`;
}

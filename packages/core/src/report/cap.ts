/**
 * Size limits the runner enforces, and the cuts that keep lockstep under them.
 * GitHub drops a step's whole job summary over 1 MiB ("upload aborted") and
 * drops or cuts a step output over 1 MB, so a huge release must be shortened
 * here, at a line boundary and with a note saying what was left out, rather
 * than lost there. Sizes are UTF-8 bytes: that is what the runner counts.
 */

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

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Fits `text` into `maxBytes` UTF-8 bytes: unchanged when it fits, else cut
 * at a line boundary (so no table row is split), any open code fence and
 * `<details>` block closed, and `note(omitted)` added as the last line. When
 * not even the note fits, the result is empty.
 */
export function fitToBytes(text: string, maxBytes: number, note: (o: Omitted) => string): Fitted {
  const total = Buffer.byteLength(text, 'utf8');
  if (total <= maxBytes) return { text };
  const lines = text.split('\n');
  // The note's length depends on the counts; the largest counts bound it, so one pass is enough.
  const noteBound = Buffer.byteLength(note({ lines: lines.length, bytes: total }), 'utf8') + 1;
  let used = 0;
  let fence: string | undefined;
  let details = 0;
  let best = { keep: 0, used: 0, fence: undefined as string | undefined, details: 0 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    used += Buffer.byteLength(line, 'utf8') + 1;
    if (used > maxBytes) break;
    const f = FENCE.exec(line);
    if (f) {
      if (fence === undefined) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = undefined;
    } else if (fence === undefined) {
      details += (line.match(/<details\b/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
      if (details < 0) details = 0;
    }
    const closing = (fence ? fence.length + 1 : 0) + details * '</details>\n'.length + (details ? 1 : 0);
    if (used + closing + noteBound <= maxBytes) best = { keep: i + 1, used, fence, details };
  }
  const kept = lines.slice(0, best.keep);
  const omitted = { lines: lines.length - best.keep, bytes: total - best.used };
  const tail: string[] = [];
  if (best.fence) tail.push(best.fence);
  // A blank line first: GitHub renders Markdown after an HTML block only when a blank line ends it.
  if (best.details) tail.push('', ...Array.from({ length: best.details }, () => '</details>'));
  const out = [...kept, ...tail, note(omitted)].join('\n');
  if (Buffer.byteLength(out, 'utf8') > maxBytes) return { text: '', omitted: { lines: lines.length, bytes: total } };
  return { text: out, omitted };
}

/** The first `max` lines of `text`, and how many lines were left out. */
export function headLines(text: string, max: number): { text: string; more: number } {
  let at = -1;
  for (let i = 0; i < max; i++) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return { text, more: 0 };
  }
  const rest = text.slice(at + 1);
  if (rest === '') return { text, more: 0 };
  const more = rest.split('\n').length - (rest.endsWith('\n') ? 1 : 0);
  return { text: text.slice(0, at), more };
}

/** "1 line" / "2 lines", "980 KiB": the counts of a note. */
export function describeOmitted(o: Omitted): string {
  const size = o.bytes >= 1024 * 1024 ? `${(o.bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(o.bytes / 1024))} KiB`;
  return `${o.lines} ${o.lines === 1 ? 'line' : 'lines'} (${size})`;
}

import { escapeMarkdown, markdownTable } from '../text/markdown.ts';

/**
 * What an operation saw and did, as one table plus sentences: the shape both
 * the job summary (Markdown) and the terminal (aligned text) render, so the
 * two faces cannot tell different stories. check, promote and release build
 * one too.
 */
export interface ResultView {
  /** The operation's name, the summary's heading (`bump-chart`). */
  title: string;
  /** One sentence on the outcome ("2 file(s) changed."). */
  status: string;
  headers: string[];
  /** Cells may hold several lines (one file per line). */
  rows: string[][];
  /** Shown under **Notes**. */
  notes: string[];
  /** Shown under **Warnings**. */
  warnings: string[];
  /**
   * The terminal only: why the result failed (`path:line: what — how to fix` each), printed just before the status
   * that gives the verdict, so the report read alone (piped, saved) says the reason before the verdict.
   */
  errors?: string[];
  /** Where the table goes: after the status sentence (default) or before it. */
  statusFirst?: boolean;
  /** How warnings are marked: a Notes-like section (default) or ⚠️ bullets. */
  warningStyle?: 'section' | 'bullets';
  /** The terminal only: diff lines printed under the table, `+` green, `-` red, `@@` cyan, headings bold (rendered manifest diffs). */
  diff?: string[];
}

/** The job-summary rendering of a view. Every string of the view is plain text: all of it is escaped (escapeMarkdown, escapeTableCell). */
export function renderMarkdown(v: ResultView): string {
  const table = markdownTable(v.headers, v.rows);
  const list = (items: readonly string[], mark = '') => items.map((n) => `- ${mark}${escapeMarkdown(n)}`).join('\n');
  const title = escapeMarkdown(v.title);
  const status = escapeMarkdown(v.status);
  const noted = v.notes.length ? `\n**Notes**\n\n${list(v.notes)}\n` : '';
  const warned = !v.warnings.length
    ? ''
    : v.warningStyle === 'bullets'
      ? `\n${list(v.warnings, '⚠️ ')}\n`
      : `\n**Warnings**\n\n${list(v.warnings)}\n`;
  if (v.statusFirst === false) return `### ${title}\n\n${table}\n\n${status}\n${noted}${warned}`;
  return `### ${title}\n\n${status}\n\n${table}\n${noted}${warned}`;
}

/** Styles for the terminal; identity functions when colour is off. */
export interface TerminalStyle {
  bold(s: string): string;
  dim(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  red(s: string): string;
  cyan(s: string): string;
}

/** No colour: what a pipe, a file or NO_COLOR gets. */
export const plainStyle: TerminalStyle = {
  bold: (s) => s,
  dim: (s) => s,
  yellow: (s) => s,
  green: (s) => s,
  red: (s) => s,
  cyan: (s) => s,
};

/** ANSI colour for a TTY. */
export const ansiStyle: TerminalStyle = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  yellow: (s) => `\u001b[33m${s}\u001b[39m`,
  green: (s) => `\u001b[32m${s}\u001b[39m`,
  red: (s) => `\u001b[31m${s}\u001b[39m`,
  cyan: (s) => `\u001b[36m${s}\u001b[39m`,
};

/**
 * Text from files and registries shown on a terminal: control characters
 * (an ESC would start an escape sequence the file's author chose) are shown
 * as `\xNN`; tabs stay.
 */
export function terminalSafe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** How a diff line is coloured: `+` green, `-` red, `@@` cyan, context plain, headings bold. */
function diffLineStyle(l: string, style: TerminalStyle): (s: string) => string {
  if (l.startsWith('@@')) return style.cyan;
  if (l.startsWith('+')) return style.green;
  if (l.startsWith('-')) return style.red;
  if (l.startsWith(' ') || l === '') return (s) => s;
  return style.bold;
}

/**
 * The terminal rendering of a view: columns padded to their widest line, a
 * multi-line cell continued on the following lines, then the status, notes
 * and warnings. Text is printed as it is: a terminal runs no workflow commands.
 */
export function renderTerminal(v: ResultView, style: TerminalStyle = plainStyle): string {
  const split = (c: string) => terminalSafe(c.replace(/\r?\n/g, '\n')).split('\n');
  const widths = v.headers.map((h, i) => Math.max(h.length, ...v.rows.map((r) => Math.max(...split(r[i] ?? '').map((l) => l.length)))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [style.bold(line(v.headers))];
  for (const r of v.rows) {
    const parts = r.map(split);
    const height = Math.max(...parts.map((p) => p.length));
    for (let k = 0; k < height; k++) out.push(line(parts.map((p) => p[k] ?? '')));
  }
  if (v.diff?.length) out.push('', ...v.diff.map((l) => diffLineStyle(l, style)(terminalSafe(l))));
  if (v.errors?.length) out.push('', ...v.errors.map((e) => style.red(`error: ${terminalSafe(e)}`)));
  out.push('', terminalSafe(v.status));
  if (v.notes.length) out.push('', ...v.notes.map((n) => style.dim(`note: ${terminalSafe(n)}`)));
  if (v.warnings.length) out.push('', ...v.warnings.map((w) => style.yellow(`warning: ${terminalSafe(w)}`)));
  return `${out.join('\n')}\n`;
}

import { inertReferences } from './mentions.ts';
import type { Text } from './parts.ts';

// Untrusted text in Markdown (job summaries, PR bodies, PR comments): chart names, versions, paths, values
// keys, changelog text, API replies, commit messages, tool output. Each function below makes such text read
// as what it says wherever it lands: no heading, list, link, image, emphasis, code span, table column or
// HTML can come out of it, and no mention or closing keyword aimed at another repository acts (mentions.ts).
// lockstep's own markup is written around the escaped text, never through it.

const BREAK = /\r\n|\r|\n/g;

/** `&`, `<` and `>` as entities: no raw HTML (an <img>, a closing </details>) and no <autolink>. */
function escapeHtmlChars(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Backslash before every character that could open inline markup: `\`
 * itself, code spans, `*` emphasis, `[` `]` (so no link or image can open:
 * `!` and `(` `)` are plain text once they cannot, and stay unescaped so
 * "file(s)" reads the same in the Markdown source) and `|` (a table column).
 * `_` is escaped where it could open or close emphasis: not inside a word
 * (`values_prod`), where CommonMark never reads it as markup, so a URL with
 * an underscore stays one link.
 */
function escapeInline(s: string): string {
  // Text without `_` skips the Unicode-aware pattern, which V8 builds its letter and digit tables for
  // where the literal is evaluated (0.4–0.6 ms of a refusal's start-up, measured; so not at module level);
  // for such text both patterns match the same characters.
  const markup = s.includes('_') ? /[\\`*[\]|]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu : /[\\`*[\]|]/g;
  return s.replace(markup, (c) => `\\${c}`);
}

/**
 * Inline Markdown text: untrusted text shown literally inside a sentence,
 * a list item or a heading. HTML characters become entities, inline markup
 * is backslash-escaped, and line breaks are folded to ` ⏎ ` (as escapeForLog
 * does in the log), so nothing can start a block of its own. At the start,
 * where it could still open a block inside a list item (`- # h`, `- - x`,
 * `- 1. x`), a `#`, `-`, `+`, `=` or ordered-list marker is escaped too.
 */
export function escapeMarkdown(s: string): string {
  return escapeInline(escapeHtmlChars(inertReferences(s)))
    .replace(BREAK, ' ⏎ ')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * A GFM table cell: escapeMarkdown's HTML and inline escaping (its `\|`
 * keeps the row's columns), line breaks as `<br>` so a cell of several
 * lines (one file per line) stays one table row.
 */
export function escapeTableCell(s: string): string {
  return escapeInline(escapeHtmlChars(inertReferences(s))).replace(BREAK, '<br>');
}

/**
 * A code span around untrusted text. Inside one, Markdown and entities are
 * not read, so only what could end it or the block it is in is changed: a
 * backtick becomes `'`, a line break ` ⏎ `, and in a table cell (`inTable`)
 * `|` becomes `\|` (GFM splits a row at `|` before it reads code spans).
 */
export function codeSpan(s: string, inTable = false): string {
  const text = s.replace(/`/g, "'").replace(BREAK, ' ⏎ ');
  return `\`${inTable ? text.replace(/\|/g, '\\|') : text}\``;
}

/**
 * A fenced code block whose fence no line of `text` can close: one
 * backtick longer than the longest run of backticks in it (at least three).
 */
export function codeBlock(text: string, info = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

/**
 * Release notes, which are Markdown on purpose (headings, lists, links to
 * commits and pull requests, emphasis), made inert where they are shown in
 * a job summary or a PR body: no raw HTML (an `<img>`, a `</details>` that
 * would end the summary's fold, a comment hiding text) and no image (a
 * remote image is a tracking pixel in every viewer's browser). A `<` that
 * starts a tag becomes `&lt;` and an image's `![` becomes `!\[`, each only
 * where a backslash does not already escape it, and mentions and closing
 * keywords aimed at other repositories are made inert; everything else is kept.
 * CHANGELOG.md and the GitHub Release keep the notes as they are.
 */
export function inertNotes(markdown: string): string {
  return inertReferences(markdown)
    .replace(/(?<!\\)((?:\\\\)*)<(?=[A-Za-z/!?])/g, '$1&lt;')
    .replace(/(?<!\\)((?:\\\\)*)!\[/g, '$1!\\[');
}

/**
 * inertNotes of notes in parts, part by part when every two parts meet at a
 * line break (what inertNotes changes depends only on the line it is in: a
 * run of backslashes and the character after a `<`), so a long release's
 * notes are not joined whole for it; joined first otherwise.
 */
export function inertNotesText(notes: Text): Text {
  if (typeof notes === 'string') return inertNotes(notes);
  // Empty parts join nothing: each non-empty part is checked against the non-empty one before it.
  let before: string | undefined;
  for (const part of notes) {
    if (part === '') continue;
    if (before !== undefined && !before.endsWith('\n') && !part.startsWith('\n')) return inertNotes(notes.join(''));
    before = part;
  }
  return notes.map(inertNotes);
}

/** Escapes HTML characters and `|` (for callers outside the summaries, which use escapeMarkdown and escapeTableCell). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}

/** A Markdown table for the job summary; every header and cell is plain text, escaped (escapeTableCell). */
export function markdownTable(headers: string[], rows: (string | number | boolean)[][]): string {
  const cell = (v: string | number | boolean) => escapeTableCell(String(v));
  const lines = [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

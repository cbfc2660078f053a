import type { ParsedCommit } from '../commits/conventional.ts';
import { frame } from '../text/bytes.ts';
import { inertReferences } from '../text/mentions.ts';
import { hasVersionSection } from '../changelog/headings.ts';
import { joinText, type Text } from '../text/parts.ts';

/** Where links in the notes point. */
export interface NotesContext {
  version: string;
  previous?: string;
  tagPrefix: string;
  /** e.g. https://github.com */
  serverUrl: string;
  /** owner/name; without it the notes carry no links. */
  repository?: string;
  /** YYYY-MM-DD */
  date: string;
}

const SECTIONS: [string, string][] = [
  ['feat', 'Features'],
  ['fix', 'Bug Fixes'],
  ['perf', 'Performance'],
  ['revert', 'Reverts'],
];

// Markdown that could turn a commit subject into markup or HTML; untrusted text stays text. At the start
// (right after the bullet's `* `) a heading, list or ordered-list marker would open a block inside the item.
function md(text: string): string {
  // No mention and no closing keyword aimed at another repository: the notes reach the release PR body,
  // the GitHub Release and every summary (mentions.ts).
  return inertReferences(text)
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function line(c: ParsedCommit, ctx: NotesContext, text: string): string {
  const repo = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
  const short = c.sha.slice(0, 7);
  const sha = repo ? ` ([${short}](${repo}/commit/${c.sha}))` : ` (${short})`;
  const pr = c.pr === undefined ? '' : repo ? ` ([#${c.pr}](${repo}/pull/${c.pr}))` : ` (#${c.pr})`;
  return `* ${c.scope ? `**${md(c.scope)}:** ` : ''}${md(text)}${pr}${sha}`;
}

/**
 * The release notes for one version in Markdown: a heading with the
 * compare link, breaking changes first with their descriptions, then
 * Features, Bug Fixes, Performance and Reverts; each line with its scope,
 * (#PR) link and short sha. Commit text is escaped, never markup.
 */
export function renderNotes(commits: readonly ParsedCommit[], ctx: NotesContext): string {
  return renderNotesParts(commits, ctx).join('');
}

/**
 * renderNotes in parts (their concatenation is the notes, the last part its
 * final \n): batches of lines, each ASCII batch one byte per character, for
 * changelogWithNotes to join once into the new CHANGELOG.md's text.
 */
export function renderNotesParts(commits: readonly ParsedCommit[], ctx: NotesContext): string[] {
  const repo = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
  const title =
    repo && ctx.previous
      ? `[${ctx.version}](${repo}/compare/${ctx.tagPrefix}${ctx.previous}...${ctx.tagPrefix}${ctx.version})`
      : ctx.version;
  const out = new Lines(`## ${title} (${ctx.date})`);
  if (commits.some((c) => c.breaking)) {
    out.push('', '### ⚠ BREAKING CHANGES', '');
    for (const c of commits)
      if (c.breaking) for (const note of c.breakingNotes.length ? c.breakingNotes : [c.subject]) out.push(line(c, ctx, note));
  }
  for (const [type, heading] of SECTIONS) {
    if (!commits.some((c) => c.type === type)) continue;
    out.push('', `### ${heading}`, '');
    for (const c of commits) if (c.type === type) out.push(line(c, ctx, c.subject));
  }
  if (out.count === 1) out.push('', 'No user-facing changes.');
  return [...out.parts(), '\n'];
}

/** Lines joined with `\n` a batch at a time (what `lines.join('\n')` gives), the batches kept apart. */
class Lines {
  private readonly batches: string[] = [];
  private batch: string[];
  count = 1;

  constructor(first: string) {
    this.batch = [first];
  }

  push(...lines: string[]): void {
    this.count += lines.length;
    for (const l of lines) this.batch.push(l);
    // Each line is built of a few pieces (a rope until joined): joined 512 at a time, they are garbage while
    // young instead of 100,000 of them living until the end, and a batch of ASCII lines is stored one byte per
    // character even when the notes as a whole hold a ⚠.
    if (this.batch.length >= 512) this.flush();
  }

  /** The batches with a `\n` between each two: their concatenation is the lines joined with `\n`. */
  parts(): string[] {
    this.flush();
    const out: string[] = [];
    for (const b of this.batches) {
      if (out.length > 0) out.push('\n');
      out.push(b);
    }
    return out;
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.batches.push(this.batch.join('\n'));
    this.batch = [];
  }
}

/**
 * Puts a version's notes at the top of the root CHANGELOG.md (below its
 * title), creating the file when missing. A file that already has the
 * version's section is returned unchanged, so a rerun adds nothing. Line
 * endings and a BOM stay.
 */
export function prependChangelog(text: string | undefined, version: string, notes: NotesText): string {
  return joinText(changelogWithNotes(text, version, notes).text);
}

/**
 * The notes in parts (renderNotesParts: their concatenation is the notes, each
 * part ending at a line's end or a lone \n), or whole.
 */
export type NotesText = Text;

/**
 * prependChangelog with the notes in parts or whole, the new text in parts
 * when the notes are: the parts given are parts of the text (`\n` line
 * endings, or a new file) and the notes returned are those parts. A long
 * release's notes (~9 MB at 100,000 commits) are then held once, one byte per
 * character for each ASCII batch, for both; joined, the ⚠ heading among them
 * would make the text two bytes per character.
 */
export function changelogWithNotes(text: string | undefined, version: string, given: NotesText): { text: Text; notes: NotesText } {
  if (text !== undefined && hasVersionSection(text.replace(/^\ufeff/, ''), version)) return { text, notes: given };
  // The block that goes in (the notes without their trailing white space) in parts, when the notes are exactly
  // that and one \n: the parts but the last (a lone \n) when the one before ends in something else.
  const last = typeof given === 'string' ? undefined : given[given.length - 2];
  const split = typeof given !== 'string' && given[given.length - 1] === '\n' && last !== undefined && last !== '' && !/\s$/.test(last);
  const notes = split ? given : joinText(given);
  if (text === undefined || text.trim() === '') {
    return { text: typeof notes === 'string' ? `# Changelog\n\n${notes}` : ['# Changelog\n\n', ...notes], notes };
  }
  const { bom, body, eol } = frame(text);
  // Another line ending goes between every two lines of the notes: they are joined and split for it.
  if (eol !== '\n' && typeof notes !== 'string') return changelogWithNotes(text, version, joinText(notes));
  // Below a leading `# Title` and the paragraph under it; above the first version section. Found line by line in
  // place: a long CHANGELOG.md (84,000 lines at 100,000 commits) is not split into lines only to be joined again.
  const at = firstSectionOffset(body);
  // The notes' lines joined with the file's line ending: the notes themselves when that is \n (a long release's
  // notes are not split into lines and copied).
  const trimmed = typeof notes === 'string' ? notes.trimEnd() : undefined;
  const block = typeof notes !== 'string' ? notes.slice(0, -1) : [eol === '\n' ? trimmed! : trimmed!.split('\n').join(eol)];
  const empty = block.every((p) => p === '');
  const before = body.slice(0, at).split(/\r?\n/);
  while (before.length > 0 && before[before.length - 1].trim() === '') before.pop();
  // [...before, '', block lines, '', ...after] joined with eol; the blank lines only between non-empty parts; a
  // last line ending when nothing follows (the block ends in something else than white space, when it is not empty).
  const head = `${bom}${before.length ? `${before.join(eol)}${eol}${eol}` : ''}`;
  const tail = at < body.length ? `${eol}${eol}${withEndings(body.slice(at), eol)}` : empty && before.length ? '' : eol;
  // Notes in parts are in the text as given (the block, then the \n that starts the tail); whole notes are
  // joined with the text, which they are then a copy of.
  if (typeof notes !== 'string') return { text: [head, ...block, tail], notes };
  return { text: [head, ...block, tail].join(''), notes };
}

/**
 * Where the first `## ` heading's line starts (split at \r?\n, as lines), or the text's length when there is none.
 */
function firstSectionOffset(body: string): number {
  for (let start = 0; start < body.length;) {
    const nl = body.indexOf('\n', start);
    const end = nl < 0 ? body.length : nl;
    // The line without its \r\n: a \r is the line ending's only when a \n follows it.
    const line = body.slice(start, nl > start && body[nl - 1] === '\r' ? nl - 1 : end);
    if (/^##\s/.test(line)) return start;
    if (nl < 0) break;
    start = nl + 1;
  }
  return body.length;
}

/**
 * `text`'s lines joined with `eol`: the text itself when each of its line breaks is already `eol`, which
 * keeps the old part of a long CHANGELOG.md as a view of the text read rather than a copy of it.
 */
function withEndings(text: string, eol: '\r\n' | '\n'): string {
  const uniform = eol === '\n' ? !text.includes('\r\n') : !/(?:^|[^\r])\n/.test(text);
  return uniform ? text : text.split(/\r?\n/).join(eol);
}

/** The notes of one version read back from a changelog (for the GitHub Release); undefined when absent. */
export function notesFromChangelog(text: string, version: string): string | undefined {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const esc = version.replace(/[.+]/g, '\\$&');
  const start = lines.findIndex((l) => new RegExp(`^##\\s+\\[?v?${esc}(?![0-9A-Za-z.-])`).test(l));
  if (start === -1) return undefined;
  let end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  if (end === -1) end = lines.length;
  return `${lines
    .slice(start + 1, end)
    .join('\n')
    .trim()}\n`;
}

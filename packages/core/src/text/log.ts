/**
 * Every character the runner's TrimStart removes before it looks for `::`:
 * .NET's Char.IsWhiteSpace set. JavaScript's `\s` misses U+0085 (NEL), so it
 * is spelled out (`\s` also holds U+FEFF, which .NET keeps: escaping one more
 * does no harm).
 */
const RUNNER_SPACE = '\\s\\u0085';

const LEADING_COMMAND = new RegExp(`^([${RUNNER_SPACE}]*)::`);

/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space, as the runner's .NET TrimStart sees
 * it) with `::`, or holds the legacy `##[command]` form anywhere, would be
 * read by the runner as a workflow command, so line breaks are folded (making
 * the start of the text the only line start) and both forms broken up.
 */
export function escapeForLog(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ⏎ ')
    .replace(LEADING_COMMAND, '$1: :')
    .replace(/##\[/g, '# #[');
}

/**
 * escapeForLog for text of many lines (a subprocess's output): each line is
 * escaped on its own, so the text keeps its lines and none of them can be a
 * workflow command.
 */
export function escapeLinesForLog(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map(escapeForLog)
    .join('\n');
}

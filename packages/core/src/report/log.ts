/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space) with `::`, or holds the legacy
 * `##[command]` form anywhere, would be read by the runner as a workflow
 * command, so line breaks are folded (making the start of the text the only
 * line start) and both forms broken up.
 */
export function escapeForLog(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ⏎ ')
    .replace(/^(\s*)::/, '$1: :')
    .replace(/##\[/g, '# #[');
}

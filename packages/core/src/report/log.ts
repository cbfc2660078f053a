/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts with `::` would be read by the runner as a workflow
 * command, so every line break is neutralised and a leading `::` broken up.
 */
export function escapeForLog(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ⏎ ')
    .replace(/^::/, ': :')
    .replace(/(^|\s)::/g, '$1: :');
}

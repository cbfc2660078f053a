import { trimmedPatch, type FileChange } from '../edits/diff.ts';
import { sameText, type Text } from '../text/parts.ts';
import { plainStyle, terminalSafe, type TerminalStyle } from './view.ts';

/**
 * A unified diff for a terminal, as `git diff` prints it: headers bold, hunk
 * lines cyan, removals red, additions green (plain with plainStyle). Unlike
 * the runner's log form (edits/diff.ts renderDiff) it is not indented, so it
 * can be piped to `git apply`; control characters are made visible.
 */
export function terminalDiff(changes: readonly FileChange<Text>[], style: TerminalStyle = plainStyle, context = 3): string {
  const out: string[] = [];
  for (const c of changes) {
    if (sameText(c.before, c.after)) continue;
    // The hunks the runner's log shows (edits/diff.ts): the same diff, without a Myers walk where none is needed.
    const patch = trimmedPatch(c.path, c.before ?? '', c.after, context);
    out.push(style.bold(`--- ${c.before === undefined ? '/dev/null' : `a/${c.path}`}`), style.bold(`+++ b/${c.path}`));
    for (const h of patch.hunks) {
      out.push(
        style.cyan(
          `@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`,
        ),
      );
      for (let i = 0; i < h.lines.length; i++) {
        const l = h.lines.at(i)!;
        // A carriage return stays a byte of the line for `git apply`, shown here as the tools show it.
        const text = terminalSafe(l.replace(/\r$/, '')) + (l.endsWith('\r') ? '^M' : '');
        out.push(l.startsWith('+') ? style.green(text) : l.startsWith('-') ? style.red(text) : text);
      }
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

import type { FileChange } from '@lockstep/core/edits/diff';
import type { Text } from '@lockstep/core/text/parts';
import type { Reporter } from '@lockstep/core/report/reporter';
import { ansiStyle, plainStyle, renderTerminal, terminalSafe, type ResultView } from '@lockstep/core/report/view';
import type { CliIo } from './io.ts';

/** Progress on stderr, so stdout holds only the result (a table, a diff or JSON) for pipes; the progress line only on a terminal. */
export function stderrReporter(io: CliIo): Reporter {
  const debug = io.env.LOCKSTEP_DEBUG !== undefined && io.env.LOCKSTEP_DEBUG !== '';
  return {
    info: (l) => io.stderr(`${terminalSafe(l)}\n`),
    debug: (l) => void (debug && io.stderr(`debug: ${terminalSafe(l)}\n`)),
    group: (t) => io.stderr(`${terminalSafe(t)}…\n`),
    endGroup: () => io.progress?.end(),
    // Drawn on a terminal only (io.progress is absent otherwise), on stderr, so stdout stays the result.
    progress: (p) => io.progress?.update(p),
  };
}

/**
 * Prints an operation's result: with --json the whole result object; else
 * on a dry run the unified diff of what would change, then the table.
 */
export async function printResult(
  io: CliIo,
  result: { dryRun: boolean; changes: readonly FileChange<Text>[] },
  view: ResultView,
  json: boolean,
): Promise<void> {
  if (json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const style = io.color ? ansiStyle : plainStyle;
  // The diff library loads only for a diff to print.
  if (result.dryRun) io.stdout((await import('@lockstep/core/report/terminal-diff')).terminalDiff(result.changes, style));
  io.stdout(renderTerminal(view, style));
}

import type { Reporter } from '@lockstep/core/report/reporter';
import { terminalSafe } from '@lockstep/core/report/view';
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

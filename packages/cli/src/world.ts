import type { World } from '@lockstep/core/operations/world';
import { sourceDate } from '@lockstep/core/operations/world';
import { systemClock } from '@lockstep/core/registry/retry';
import { terminalSafe } from '@lockstep/core/report/view';
import type { CliIo } from './io.ts';
import { stderrReporter } from './output.ts';

/**
 * The terminal's World: the repository's top as the workspace, no event (a
 * terminal has no pull request), the real clock and services, progress and
 * warnings on stderr (stdout holds only the result), secrets masked by the
 * io. `over` replaces any field (a command's own services).
 */
export function cliWorld(io: CliIo & { secret(value: string): void }, workspace: string, over: Partial<World> = {}): World {
  return {
    face: 'cli',
    workspace,
    env: { ...io.env },
    event: () => ({ payload: {} }),
    clock: systemClock,
    date: sourceDate(io.env.SOURCE_DATE_EPOCH),
    reporter: stderrReporter(io),
    secret: (v) => io.secret(v),
    warning: (l) => io.stderr(`warning: ${terminalSafe(l)}\n`),
    services: {},
    ...over,
  };
}

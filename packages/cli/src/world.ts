import { sourceDate, type World } from '@lockstep/core/operations/world';
import { systemClock } from '@lockstep/core/registry/retry';
import { terminalSafe } from '@lockstep/core/report/view';
import type { CliIo } from './io.ts';
import { stderrReporter } from './output.ts';

/**
 * The terminal's World: the workspace the command runs in (the repository's
 * top, see top.ts), no event (a terminal has no pull request), the real
 * clock and services, progress and warnings on stderr so stdout holds only
 * the result, secrets masked by the masking io.
 */
export function cliWorld(io: CliIo & { secret(value: string): void }, workspace: string): World {
  return {
    face: 'cli',
    workspace,
    env: { ...io.env },
    event: () => ({ payload: {} }),
    clock: systemClock,
    date: sourceDate(io.env.SOURCE_DATE_EPOCH),
    reporter: stderrReporter(io),
    secret: io.secret,
    warning: (l) => io.stderr(`warning: ${terminalSafe(l)}\n`),
    services: {},
  };
}

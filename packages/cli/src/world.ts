import type { World } from '@lockstep/core/operations/world';
import { sourceDate } from '@lockstep/core/operations/world';
import { systemClock } from '@lockstep/core/registry/retry';
import { terminalSafe } from '@lockstep/core/report/view';
import type { CliIo } from './io.ts';
import { stderrReporter } from './output.ts';

/**
 * The terminal's World: the workspace the command resolved (the repository's
 * top), the shell's environment unless the command passes its own (`env`,
 * e.g. with GITHUB_REPOSITORY from origin), the token it read, progress and
 * warnings on stderr (stdout holds only the result), secrets masked by the
 * masking io; no event, the real clock and services.
 */
export function cliWorld(io: CliIo & { secret(value: string): void }, workspace: string, o: { env?: NodeJS.ProcessEnv; token?: string } = {}): World {
  return {
    face: 'cli',
    workspace,
    env: o.env ?? { ...io.env },
    event: () => ({ payload: {} }),
    token: o.token,
    clock: systemClock,
    date: sourceDate(io.env.SOURCE_DATE_EPOCH),
    reporter: stderrReporter(io),
    secret: io.secret,
    warning: (line) => io.stderr(`warning: ${terminalSafe(line)}\n`),
    services: {},
  };
}

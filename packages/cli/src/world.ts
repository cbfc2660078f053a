import type { World } from '@lockstep/core/operations/world';
import { sourceDate } from '@lockstep/core/operations/world';
import { systemClock } from '@lockstep/core/registry/retry';
import type { CliIo } from './io.ts';
import { stderrReporter } from './output.ts';

/**
 * The terminal's World: the workspace the command runs on, the shell's
 * environment, no event, the real clock and services, progress and warnings
 * on stderr (stdout holds only the result), secrets masked in everything printed.
 * `over` replaces any field (a command's own environment, say).
 */
export function cliWorld(io: CliIo & { secret(value: string): void }, workspace: string, over: Partial<World> = {}): World {
  const reporter = stderrReporter(io);
  return {
    face: 'cli',
    workspace,
    env: { ...io.env },
    event: () => ({ payload: {} }),
    clock: systemClock,
    date: sourceDate(io.env.SOURCE_DATE_EPOCH),
    reporter,
    secret: (v) => io.secret(v),
    warning: (l) => reporter.info(`warning: ${l}`),
    services: {},
    ...over,
  };
}

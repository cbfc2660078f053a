import type { Identity } from '@lockstep/core/git/identity';
import type { World } from '@lockstep/core/contract/world';
import { sourceDate } from '@lockstep/core/contract/world';
import { systemClock } from '@lockstep/core/registry/retry';
import { terminalSafe } from '@lockstep/core/report/view';
import type { CliIo } from './io.ts';
import { stderrReporter } from './output.ts';

/** What a command adds to the terminal's World: the token (only when the command uses GitHub) and the environment core reads. */
export interface CliWorldOptions {
  /** The GitHub token (GITHUB_TOKEN or GH_TOKEN, masked already by cliToken); absent for a command that calls no GitHub API. */
  token?: string;
  /** The environment core reads (default: the shell's, io.env); promote and status add the repository taken from origin. */
  env?: NodeJS.ProcessEnv;
  /** Who the commits the command makes are by (cliIdentity): the user's git identity; github-actions[bot] when undefined. */
  identity?: Identity;
  /** False when the command's face shows no prose (`--json`): what only prose says is not read (World.showsWhatShips). */
  showsWhatShips?: boolean;
}

/**
 * The terminal's World, in which every lockstep command runs its operation:
 * the workspace (the repository's top, see top.ts), the shell's environment,
 * no event (a terminal has none), the real clock, SOURCE_DATE_EPOCH's day or
 * today, progress and warnings on stderr (stdout holds only the result), and
 * secrets masked in everything the io writes. The outside services are the
 * real ones, each loaded by the run that needs it. GitHub-free: nothing here
 * loads github/ or git (a command that needs GitHub passes its token), so
 * building the World costs a command no start-up time. `io` is the masking io
 * (maskingIo) the program hands every command.
 */
export function cliWorld(io: CliIo & { secret(value: string): void }, workspace: string, opts: CliWorldOptions = {}): World {
  return {
    localRepository: true,
    foldsLines: false,
    summarises: false,
    ...(opts.showsWhatShips === false ? { showsWhatShips: false } : {}),
    workspace,
    env: opts.env ?? io.env,
    event: () => ({ payload: {} }),
    ...(opts.token !== undefined ? { token: opts.token } : {}),
    ...(opts.identity !== undefined ? { identity: opts.identity } : {}),
    clock: systemClock,
    date: sourceDate(io.env.SOURCE_DATE_EPOCH),
    reporter: stderrReporter(io),
    secret: io.secret,
    // As the terminal view prints a result's warnings (renderTerminal), without the colour: stderr may be a file.
    warning: (line) => io.stderr(`warning: ${terminalSafe(line)}\n`),
    services: {},
  };
}

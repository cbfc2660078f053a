import type { Command } from 'commander';
import type { InputSource } from '@lockstep/core/contract/inputs';
import { flagsExcept } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { runCommand } from '../run-command.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

/** Inputs the CLI answers itself: the token comes from the environment, and writing is opt-in with --push. */
const OWN = new Set(['github-token', 'dry-run']);

/** `lockstep hydrate`: the hydrate-env action's operation (loaded when the command runs); a dry run unless --push. */
export const hydrateCommand: CliCommand = {
  name: 'hydrate',
  description:
    "Render each environment with hydrate: at HEAD and write it to its <branch>-next in GitOps Promoter's hydrator contract (the hydrate-env action); a dry run unless --push",
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = flagsExcept(cmd, 'hydrate-env', OWN);
    cmd.option('--push', 'commit and push the hydrated branches (the token from GITHUB_TOKEN or GH_TOKEN when origin needs one)');
    cmd.option('--dry-run', 'render and say which branches would change; write nothing (the default without --push)');
    jsonOption(cmd, 'the DRY commit and each environment (branch, status, commit, files, renderer)');
    cmd.action(async (opts: Record<string, unknown>) => {
      const { cliEnv, cliToken } = await import('./context.ts');
      const push = opts.push === true && opts.dryRun !== true;
      const token = cliToken(io, false);
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const read = at.source;
      const source: InputSource = (name) => (name === 'dry-run' ? String(!push) : read(name));
      const { hydrate } = await import('@lockstep/core/operations/hydrate/index');
      await runCommand(hydrate, io, {
        source,
        world: cliWorld(io, at.workspace, { env: await cliEnv(io), token }),
        json: opts.json === true,
        // A --shard that is not i/n is the command line's own mistake: usage, exit 2.
        usage: (e) => e.input === 'shard',
      });
    });
  },
};

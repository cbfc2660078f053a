import type { Command } from 'commander';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { runCommand } from '../run-command.ts';
import type { CliCommand } from './command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

/** `lockstep bump`: the bump-chart action's operation, its inputs as flags (the operation is loaded when the command runs). */
export const bumpCommand: CliCommand = {
  name: 'bump',
  description: 'Bump Helm chart versions and appVersion with minimal diffs (the bump-chart action)',
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = addActionFlags(cmd, 'bump-chart');
    cmd.addHelpText(
      'after',
      "\nIn a terminal without --base: the level applies to origin's default branch; without a remote, to the local default branch,\nor to HEAD's commit when HEAD is on it. A line on stderr says which. An explicit --version needs no base.\n",
    );
    cmd.option('--json', 'print the result object as JSON instead of the table');
    cmd.action(async (opts: Record<string, unknown>) => {
      const { bump } = await import('@lockstep/core/operations/bump/index');
      const at = fromTop(io.cwd, cmd, inputs(opts));
      await runCommand(bump, io, { source: at.source, world: cliWorld(io, at.workspace), json: opts.json === true });
    });
  },
};

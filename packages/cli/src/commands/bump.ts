import type { Command } from 'commander';
import { Inputs } from '@lockstep/core/action/inputs';
import { sourceDate } from '@lockstep/core/operations/world';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { printResult, stderrReporter } from '../output.ts';
import type { CliCommand } from './command.ts';
import { fromTop } from '../top.ts';

/** `lockstep bump`: the bump-chart action's operation, its inputs as flags (the operation is loaded when the command runs). */
export const bumpCommand: CliCommand = {
  name: 'bump',
  description: 'Bump Helm chart versions and appVersion with minimal diffs (the bump-chart action)',
  define(cmd: Command, io: CliIo): void {
    const inputs = addActionFlags(cmd, 'bump-chart');
    cmd.addHelpText(
      'after',
      "\nIn a terminal without --base: the level applies to origin's default branch; without a remote, to the local default branch,\nor to HEAD's commit when HEAD is on it. A line on stderr says which. An explicit --version needs no base.\n",
    );
    cmd.option('--json', 'print the result object as JSON instead of the table');
    cmd.action(async (opts: Record<string, unknown>) => {
      const { bumpRequest, runBump } = await import('@lockstep/core/operations/bump');
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const request = bumpRequest(new Inputs(at.source));
      const result = await runBump(request, { workspace: at.workspace, date: sourceDate(io.env.SOURCE_DATE_EPOCH), reporter: stderrReporter(io), local: true });
      const { bumpView } = await import('@lockstep/core/report/bump');
      await printResult(io, result, bumpView(result), opts.json === true);
    });
  },
};

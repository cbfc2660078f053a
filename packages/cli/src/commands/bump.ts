import type { Command } from 'commander';
import { Inputs } from '@lockstep/core/action/inputs';
import { bumpRequest, runBump } from '@lockstep/core/operations/bump';
import { sourceDate } from '@lockstep/core/operations/world';
import { bumpView } from '@lockstep/core/report/bump';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { printResult, stderrReporter } from '../output.ts';

/** `lockstep bump`: the bump-chart action's operation, its inputs as flags. */
export function bumpCommand(program: Command, io: CliIo): void {
  const cmd = program.command('bump').description('Bump Helm chart versions and appVersion with minimal diffs (the bump-chart action)');
  const inputs = addActionFlags(cmd, 'bump-chart');
  cmd.option('--json', 'print the result object as JSON instead of the table');
  cmd.action(async (opts: Record<string, unknown>) => {
    const request = bumpRequest(new Inputs(inputs(opts)));
    const result = await runBump(request, { workspace: io.cwd, date: sourceDate(io.env.SOURCE_DATE_EPOCH), reporter: stderrReporter(io) });
    printResult(io, result, bumpView(result), opts.json === true);
  });
}

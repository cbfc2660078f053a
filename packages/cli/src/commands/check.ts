import type { Command } from 'commander';
import { Inputs } from '@lockstep/core/action/inputs';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { stderrReporter } from '../output.ts';
import type { CliCommand } from './command.ts';
import { fromTop } from '../top.ts';

/** `lockstep check`: the chart-bump-check action's operation between --base and --head; exit 1 when the check fails. */
export const checkCommand: CliCommand = {
  name: 'check',
  description: 'Fail when a Helm chart changed between two refs without a correct version bump (the chart-bump-check action)',
  define(cmd: Command, io: CliIo): void {
    const inputs = addActionFlags(cmd, 'chart-bump-check');
    cmd.option('--json', 'print the result object as JSON instead of the table');
    cmd.action(async (opts: Record<string, unknown>) => {
      // The action takes base from the pull request event; a terminal has none, so the flag is required.
      if (opts.base === undefined || opts.base === '') cmd.error("error: required option '--base <value>' not specified", { exitCode: 2, code: 'commander.missingMandatoryOptionValue' });
      // Loaded here, not with the program: the operation starts git before it loads its libraries, as in the action.
      const { checkFailure, checkRequest, runCheck } = await import('@lockstep/core/operations/check');
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const result = await runCheck(checkRequest(new Inputs(at.source)), { workspace: at.workspace, reporter: stderrReporter(io) });
      const { checkView } = await import('@lockstep/core/report/check');
      const { ansiStyle, plainStyle, renderTerminal, terminalSafe } = await import('@lockstep/core/report/view');
      for (const note of result.range.fetched) io.stderr(`${terminalSafe(note)}\n`);
      if (opts.json === true) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else io.stdout(renderTerminal(checkView(result), io.color ? ansiStyle : plainStyle));
      // Each failure then prints as `path:line: what — how to fix` on stderr, and the exit code is 1.
      const failure = checkFailure(result);
      if (failure) throw failure;
    });
  },
};

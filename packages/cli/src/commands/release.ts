import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { Inputs, type InputSource } from '@lockstep/core/action/inputs';
import { releaseRequest, runReleaseOperation } from '@lockstep/core/operations/release';
import { sourceDate } from '@lockstep/core/operations/world';
import { releaseView } from '@lockstep/core/report/release';
import type { CliIo } from '../io.ts';
import { printResult, stderrReporter } from '../output.ts';
import { cliEnv, cliToken, flagsExcept } from './promote.ts';

const OWN = new Set(['github-token', 'dry-run']);

/** GITHUB_REF, or the branch checked out (`refs/heads/…`): the base a release defaults to. */
function currentRef(io: CliIo): string | undefined {
  if (io.env.GITHUB_REF) return io.env.GITHUB_REF;
  const r = spawnSync('git', ['symbolic-ref', '--quiet', 'HEAD'], { cwd: io.cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** `lockstep release`: the prepare-release action's operation; a dry run unless --push. */
export function releaseCommand(program: Command, io: CliIo & { secret(value: string): void }): void {
  const cmd = program.command('release').description('Compute the next version, notes and file changes, and open the release PR (the prepare-release action); a dry run unless --push');
  const inputs = flagsExcept(cmd, 'prepare-release', OWN);
  cmd.option('--push', 'write: push the release branch and open or update the release PR (or publish); needs GITHUB_TOKEN or GH_TOKEN');
  cmd.option('--dry-run', 'print the next version, the notes and the unified diff; write nothing (the default without --push)');
  cmd.option('--json', 'print the result object as JSON instead of the table');
  cmd.action(async (opts: Record<string, unknown>) => {
    const push = opts.push === true && opts.dryRun !== true;
    const token = cliToken(io, push);
    const read = inputs(opts);
    const source: InputSource = (name) => (name === 'dry-run' ? String(!push) : read(name));
    const env = cliEnv(io);
    const result = await runReleaseOperation(releaseRequest(new Inputs(source)), {
      workspace: io.cwd,
      ref: currentRef(io),
      repository: env.GITHUB_REPOSITORY,
      serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com',
      date: sourceDate(io.env.SOURCE_DATE_EPOCH),
      token,
      env,
      reporter: stderrReporter(io),
    });
    printResult(io, result, releaseView(result), opts.json === true);
  });
}

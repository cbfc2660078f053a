import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { Inputs, type InputSource } from '@lockstep/core/action/inputs';
import { UserError } from '@lockstep/core/errors';
import { promoteRequest, runPromote } from '@lockstep/core/operations/promote';
import { checksError, promoteView } from '@lockstep/core/report/promote';
import { ACTION_INPUTS } from '../action-inputs.ts';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { printResult, stderrReporter } from '../output.ts';

/** Inputs the CLI answers itself: the token comes from the environment, and writing is opt-in with --push. */
const OWN = new Set(['github-token', 'dry-run', 'push']);

/** Every input of `action` but those the command handles itself, as flags. */
export function flagsExcept(cmd: Command, action: string, own: ReadonlySet<string>): (opts: Record<string, unknown>) => InputSource {
  return addActionFlags(cmd, action, (ACTION_INPUTS[action] ?? []).map((i) => i.name).filter((n) => !own.has(n)));
}

/**
 * The token for GitHub calls and pushes, from GITHUB_TOKEN or GH_TOKEN (as gh
 * reads it), masked in everything the CLI prints. `--push` without one is a
 * mistake stated before anything runs.
 */
export function cliToken(io: CliIo & { secret(value: string): void }, push: boolean): string | undefined {
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
  if (token) io.secret(token);
  if (push && !token) throw new UserError('--push needs a GitHub token, and neither GITHUB_TOKEN nor GH_TOKEN is set', { hint: 'export GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)), or leave out --push for a dry run' });
  return token;
}

/** owner/name of a hosted `origin`, for GITHUB_REPOSITORY when the shell does not set it. */
export function originRepository(cwd: string): string | undefined {
  const r = spawnSync('git', ['remote', 'get-url', '--', 'origin'], { cwd, encoding: 'utf8' });
  // Only a hosted remote (https://host/owner/name, ssh://, git@host:owner/name) names a repository; a local path does not.
  const m = r.status === 0 ? /^(?:(?:https?|ssh):\/\/[^/]+\/|[\w.-]+@[\w.-]+:)([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(r.stdout.trim()) : null;
  return m ? m[1] : undefined;
}

/** The environment core reads the run context from: the shell's, with the repository taken from origin when unset. */
export function cliEnv(io: CliIo): NodeJS.ProcessEnv {
  return { ...io.env, GITHUB_REPOSITORY: io.env.GITHUB_REPOSITORY || originRepository(io.cwd) };
}

/** `lockstep promote`: the promote-env action's operation; a dry run unless --push (pr, or --push direct). */
export function promoteCommand(program: Command, io: CliIo & { secret(value: string): void }): void {
  const cmd = program.command('promote').description('Promote image pins (and the chart version) from one environment to the next (the promote-env action); a dry run unless --push');
  const inputs = flagsExcept(cmd, 'promote-env', OWN);
  cmd.option('--push [mode]', 'write: open or update the pull request (pr, the default) or commit to the base branch (direct); needs GITHUB_TOKEN or GH_TOKEN');
  cmd.option('--dry-run', 'print the unified diff and the table; write nothing (the default without --push)');
  cmd.option('--json', 'print the result object as JSON instead of the table');
  cmd.action(async (opts: Record<string, unknown>) => {
    const push = opts.push === undefined || opts.dryRun === true ? undefined : opts.push === true ? 'pr' : String(opts.push);
    const token = cliToken(io, push !== undefined);
    const read = inputs(opts);
    const source: InputSource = (name) => (name === 'dry-run' ? String(push === undefined) : name === 'push' ? (push ?? 'pr') : read(name));
    const result = await runPromote(promoteRequest(new Inputs(source)), { workspace: io.cwd, env: cliEnv(io), token, secret: io.secret, reporter: stderrReporter(io) });
    printResult(io, result, promoteView(result), opts.json === true);
    const stopped = checksError(result);
    if (stopped) throw stopped;
  });
}

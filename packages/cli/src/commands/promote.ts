import type { Command } from 'commander';
import type { InputSource } from '@lockstep/core/contract/inputs';
import { flagsExcept } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { runCommand } from '../run-command.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

/** Inputs the CLI answers itself: the token comes from the environment, and writing is opt-in with --push. */
const OWN = new Set(['github-token', 'dry-run', 'push']);

/** `lockstep promote`: the promote-env action's operation (loaded when the command runs); a dry run unless --push (pr, or --push direct). */
export const promoteCommand: CliCommand = {
  name: 'promote',
  description:
    'Promote image pins (and the chart version) from one environment to the next (the promote-env action); a dry run unless --push',
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = flagsExcept(cmd, 'promote-env', OWN);
    cmd.option(
      '--push [mode]',
      'write: open or update the pull request (pr, the default) or commit to the base branch (direct); needs GITHUB_TOKEN or GH_TOKEN',
    );
    cmd.option('--dry-run', 'print the unified diff and the table; write nothing (the default without --push)');
    jsonOption(cmd, 'outcome, from, to, changes, gates, waves and the pull request or commit');
    cmd.action(async (opts: Record<string, unknown>) => {
      const { cliEnv, cliIdentity, cliToken } = await import('./context.ts');
      const push = opts.push === undefined || opts.dryRun === true ? undefined : opts.push === true ? 'pr' : String(opts.push);
      const token = cliToken(io, push !== undefined);
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const read = at.source;
      // The webhook's signing key is a secret, never a flag: it comes from the environment, masked at once.
      const notifySecret = io.env.LOCKSTEP_NOTIFY_SECRET ?? '';
      if (notifySecret !== '') io.secret(notifySecret);
      const source: InputSource = (name) =>
        name === 'dry-run'
          ? String(push === undefined)
          : name === 'push'
            ? (push ?? 'pr')
            : name === 'notify-secret'
              ? notifySecret
              : read(name);
      const { promote } = await import('@lockstep/core/operations/promote/index');
      await runCommand(promote, io, {
        source,
        world: cliWorld(io, at.workspace, {
          env: await cliEnv(io),
          token,
          identity: cliIdentity(io, push !== undefined),
          // --json says no shipment (its document has no field for one): the history it is read from is not walked.
          showsWhatShips: opts.json !== true,
        }),
        json: opts.json === true,
        // What was read is said: local commits not on origin are not in the promotion.
        said: (r) => ('readFrom' in r && r.readFrom ? [`read the environments from ${r.readFrom} at ${r.baseSha.slice(0, 12)}`] : []),
      });
    });
  },
};

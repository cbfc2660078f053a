import type { Command } from 'commander';
import type { InputSource } from '@lockstep/core/contract/inputs';
import { flagsExcept } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { runCommand } from '../run-command.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

const OWN = new Set(['github-token', 'dry-run']);

/** `lockstep release`: the prepare-release action's operation (loaded when the command runs); a dry run unless --push. */
export const releaseCommand: CliCommand = {
  name: 'release',
  description:
    'Compute the next version, notes and file changes, and open the release PR (the prepare-release action); a dry run unless --push',
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = flagsExcept(cmd, 'prepare-release', OWN);
    cmd.option('--push', 'write: push the release branch and open or update the release PR (or publish); needs GITHUB_TOKEN or GH_TOKEN');
    cmd.option('--dry-run', 'print the next version, the notes and the unified diff; write nothing (the default without --push)');
    jsonOption(cmd, 'mode, version, previous-version, notes, files and the pull request or tag');
    cmd.action(async (opts: Record<string, unknown>) => {
      const { cliEnv, cliIdentity, cliToken, currentRef } = await import('./context.ts');
      const push = opts.push === true && opts.dryRun !== true;
      const token = cliToken(io, push);
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const read = at.source;
      const source: InputSource = (name) => (name === 'dry-run' ? String(!push) : read(name));
      // The base defaults to the branch checked out; the repository to origin's.
      const ref = currentRef(io);
      const env = { ...(await cliEnv(io)), ...(ref !== undefined ? { GITHUB_REF: ref } : {}) };
      const { release } = await import('@lockstep/core/operations/release/index');
      await runCommand(release, io, {
        source,
        world: cliWorld(io, at.workspace, { env, token, identity: cliIdentity(io, push) }),
        json: opts.json === true,
      });
    });
  },
};

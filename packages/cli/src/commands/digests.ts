import type { Command } from 'commander';
import type { InputSource } from '@lockstep/core/contract/inputs';
import { UserError } from '@lockstep/core/errors';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { runCommand } from '../run-command.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

/** `lockstep digests`: the capture-digests action's operation (loaded when the command runs); the password comes on stdin, never in argv. */
export const digestsCommand: CliCommand = {
  name: 'digests',
  description: 'Resolve pushed image tags to registry digests into image-digests.json (the capture-digests action)',
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = addActionFlags(cmd, 'capture-digests');
    cmd.option('--password-stdin', 'read the registry password (with --username) from standard input, as docker login does');
    jsonOption(cmd, 'file, digests (what the file holds) and images');
    cmd.action(async (opts: Record<string, unknown>) => {
      if (opts.username !== undefined && opts.passwordStdin !== true)
        throw new UserError('--username needs the registry password', {
          hint: 'pipe it in with --password-stdin, or leave both out to use ~/.docker/config.json',
        });
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const source = withPassword(at.source, opts.passwordStdin === true ? readPassword(io) : undefined);
      const { digests } = await import('@lockstep/core/operations/digests/index');
      await runCommand(digests, io, { source, world: cliWorld(io, at.workspace), json: opts.json === true });
    });
  },
};

function readPassword(io: CliIo & { secret(value: string): void }): string {
  const password = io.readStdin().replace(/\r?\n$/, '');
  if (password === '')
    throw new UserError('--password-stdin read an empty password', {
      hint: 'pipe the password in, e.g. echo "$TOKEN" | lockstep digests --username bot --password-stdin …',
    });
  io.secret(password);
  return password;
}

function withPassword(source: InputSource, password: string | undefined): InputSource {
  return (name) => (name === 'password' ? (password ?? '') : source(name));
}

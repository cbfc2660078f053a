import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { InputSource } from '@lockstep/core/contract/inputs';
import { UserError } from '@lockstep/core/errors';
import { addActionFlags } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { runCommand } from '../run-command.ts';
import { type CliCommand, jsonOption } from './command.ts';
import { fromTop } from '../top.ts';
import { cliWorld } from '../world.ts';

/**
 * `lockstep publish`: the publish-chart action's operation (loaded when the
 * command runs). The password comes on stdin and the signing key from a file,
 * never in argv.
 */
export const publishCommand: CliCommand = {
  name: 'publish',
  description:
    "Package charts as helm package does and push them to an OCI registry with Helm's media types, optionally signed (the publish-chart action)",
  define(cmd: Command, io: CliIo & { secret(value: string): void }): void {
    const inputs = addActionFlags(cmd, 'publish-chart');
    cmd.option('--password-stdin', 'read the registry password (with --username) from standard input, as docker login does');
    cmd.option('--signing-key-file <path>', 'PEM private key file to sign each chart with, as cosign sign --key does');
    jsonOption(cmd, 'registry, charts (name, version, digest, signature) and the digests file');
    cmd.action(async (opts: Record<string, unknown>) => {
      if (opts.username !== undefined && opts.passwordStdin !== true)
        throw new UserError('--username needs the registry password', {
          hint: 'pipe it in with --password-stdin, or leave both out to use ~/.docker/config.json',
        });
      const at = fromTop(io.cwd, cmd, inputs(opts));
      const password = opts.passwordStdin === true ? readPassword(io) : undefined;
      const key = typeof opts.signingKeyFile === 'string' ? readKey(resolve(io.cwd, opts.signingKeyFile), io) : undefined;
      const source = withSecrets(at.source, { password, 'signing-key': key });
      const { publish } = await import('@lockstep/core/operations/publish/index');
      await runCommand(publish, io, { source, world: cliWorld(io, at.workspace), json: opts.json === true });
    });
  },
};

function readPassword(io: CliIo & { secret(value: string): void }): string {
  const password = io.readStdin().replace(/\r?\n$/, '');
  if (password === '')
    throw new UserError('--password-stdin read an empty password', {
      hint: 'pipe the password in, e.g. echo "$TOKEN" | lockstep publish --username bot --password-stdin …',
    });
  io.secret(password);
  return password;
}

function readKey(path: string, io: { secret(value: string): void }): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`--signing-key-file ${path} cannot be read`, { hint: 'name a PEM private key file' });
  }
  io.secret(text);
  return text;
}

/** The inputs with the secrets read outside argv put in. */
function withSecrets(source: InputSource, secrets: Record<string, string | undefined>): InputSource {
  return (name) => (name in secrets ? (secrets[name] ?? '') : source(name));
}

import type { Inputs } from '../../contract/inputs.ts';
import { named, UserError, words } from '../../errors.ts';
import { resolveExistingFolder } from '../../fs/workspace.ts';
import type { Credentials } from '../../registry/docker-config.ts';
import type { World } from '../../contract/world.ts';

// Loaded first by the publish-chart action and `lockstep publish`: it reads and checks the inputs and the
// working directory with light modules only. Packaging (yaml, tar, zlib), signing (node:crypto) and the
// registry client (node:http) are in run.ts, loaded once every input passed.

/** What to publish: the publish-chart action's inputs and `lockstep publish`'s flags both become this. */
export interface PublishRequest {
  /** As given, relative to the workspace. */
  workingDirectory: string;
  /** The working directory, absolute and checked: a folder inside the workspace. */
  workdir: string;
  config?: string;
  /** Registry and path (no oci://, no trailing slash); undefined takes the config's chart-registry. */
  registry?: string;
  /** Chart folders or globs; empty takes the config's charts, else every chart. */
  charts: string[];
  /** The digests file to add each chart's entry to, relative to working-directory; undefined writes none. */
  digestsFile?: string;
  /** The commit recorded in the digests file; undefined reads HEAD of working-directory (only when a file is written). */
  sha?: string;
  credentials?: Credentials;
  /** A PEM private key to sign each pushed chart with (cosign's simple signing). */
  signingKey?: string;
  dryRun: boolean;
}

/** `[oci://]host[:port]/path`: what an OCI registry prefix for charts looks like (lower-case, as OCI names are). */
const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;

/**
 * Reads and checks the publish inputs, then the working directory. The
 * signing key is only checked to be PEM here (node:crypto reads it in the
 * run); a username without a password, or the reverse, is refused.
 */
export function publishRequest(inputs: Inputs, world: World): PublishRequest {
  const password = inputs.optional('password');
  const username = inputs.optional('username');
  if ((username === undefined) !== (password === undefined))
    throw new UserError('is missing', {
      input: username ? 'password' : 'username',
      hint: words`pass both ${named('username')} and ${named('password')}, or neither`,
    });
  const registry = registryInput(inputs.optional('registry'));
  const signingKey = inputs.optional('signing-key');
  if (signingKey !== undefined && !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(signingKey))
    throw new UserError('is not a PEM private key', {
      input: 'signing-key',
      hint: 'pass the key itself (-----BEGIN PRIVATE KEY----- …), e.g. signing-key: ${{ secrets.CHART_SIGNING_KEY }}',
      cliHint: 'name a PEM private key file with --signing-key-file',
    });
  // The runner masks a multi-line value as a whole; each line of the key is masked as well, so no line of it shows alone.
  for (const line of signingKey?.split(/\r?\n/) ?? []) if (line.trim().length >= 8 && !line.startsWith('-----')) world.secret(line.trim());
  const workingDirectory = inputs.string('working-directory', '.');
  const sha = inputs.optional('sha') ?? (world.runCommit ? world.runCommit.slice(0, 7) : undefined);
  return {
    workingDirectory,
    workdir: resolveExistingFolder(world.workspace, workingDirectory, 'working-directory'),
    config: inputs.optional('config'),
    registry,
    charts: inputs.list('charts'),
    digestsFile: inputs.optional('digests-file'),
    sha,
    credentials: username && password ? { username, password } : undefined,
    signingKey,
    dryRun: inputs.boolean('dry-run', false),
  };
}

/** The registry input without `oci://` and a trailing slash; anything but host[:port]/path is refused. */
export function registryInput(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const bare = value.replace(/^oci:\/\//, '').replace(/\/+$/, '');
  if (!REGISTRY.test(bare))
    throw new UserError(`is '${value}', not an OCI registry path`, {
      input: 'registry',
      hint: 'write host[:port]/path in lower case, e.g. oci://ghcr.io/acme/charts',
    });
  return bare;
}

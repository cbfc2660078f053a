import type { Inputs } from '../../contract/inputs.ts';
import { named, UserError, words } from '../../errors.ts';
import { resolveExistingFolder } from '../../fs/workspace.ts';
import type { Credentials } from '../../registry/docker-config.ts';
import type { World } from '../../contract/world.ts';
import { readSettings, type InputsOf } from '../../settings/read.ts';
import { PUBLISH } from '../../settings/table-publish.ts';

// Loaded first by the publish-chart action and `lockstep publish`: it reads and checks the inputs and the
// working directory with light modules only. Packaging (yaml, tar, zlib), signing (node:crypto) and the
// registry client (node:http) are in run.ts, loaded once every input passed.

/**
 * What to publish: the publish-chart action's inputs and `lockstep publish`'s flags both become this, each input
 * read by its declaration (settings/table-publish.ts): registry without oci:// and a trailing slash (undefined takes
 * the config's chart-registry); charts empty takes the config's charts, else every chart; digests-file relative to
 * working-directory (undefined writes none); sha the commit recorded there (undefined reads HEAD of working-directory,
 * only when a file is written).
 */
export type PublishRequest = Omit<InputsOf<typeof PUBLISH>, 'username'> & {
  /** The working directory, absolute and checked: a folder inside the workspace. */
  workdir: string;
  credentials?: Credentials;
  /** A PEM private key to sign each pushed chart with (cosign's simple signing). */
  signingKey?: string;
};

/** `[oci://]host[:port]/path`: what an OCI registry prefix for charts looks like (lower-case, as OCI names are). */
const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;

/**
 * Reads the publish inputs by their declarations, then checks what the table cannot say: username and password
 * together, the registry's shape, the signing key PEM (node:crypto reads it in the run); then the working directory.
 */
export function publishRequest(inputs: Inputs, world: World): PublishRequest {
  const { username, registry, sha, ...read } = readSettings(PUBLISH, inputs);
  // Secrets, masked before these reads (secretInputs): never flags, so a terminal gives --password-stdin and --signing-key-file.
  const password = inputs.optional('password');
  if ((username === undefined) !== (password === undefined))
    throw new UserError('is missing', {
      input: username ? 'password' : 'username',
      hint: words`pass both ${named('username')} and ${named('password')}, or neither`,
    });
  const bare = registryInput(registry);
  const signingKey = inputs.optional('signing-key');
  if (signingKey !== undefined && !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(signingKey))
    throw new UserError('is not a PEM private key', {
      input: 'signing-key',
      hint: 'pass the key itself (-----BEGIN PRIVATE KEY----- …), e.g. signing-key: ${{ secrets.CHART_SIGNING_KEY }}',
      cliHint: 'name a PEM private key file with --signing-key-file',
    });
  // The runner masks a multi-line value as a whole; each line of the key is masked as well, so no line of it shows alone.
  for (const line of signingKey?.split(/\r?\n/) ?? []) if (line.trim().length >= 8 && !line.startsWith('-----')) world.secret(line.trim());
  return {
    ...read,
    workdir: resolveExistingFolder(world.workspace, read.workingDirectory, 'working-directory'),
    registry: bare,
    sha: sha ?? (world.runCommit ? world.runCommit.slice(0, 7) : undefined),
    credentials: username && password ? { username, password } : undefined,
    signingKey,
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

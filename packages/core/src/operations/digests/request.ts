import type { Inputs } from '../../contract/inputs.ts';
import { named, theInput, UserError, words } from '../../errors.ts';
import { type CaptureTarget, parseImagesInput, platformInput } from '../../digests/targets.ts';
import { resolveExistingFolder, resolveWorkingDirectory } from '../../fs/workspace.ts';
import type { Credentials } from '../../registry/docker-config.ts';
import type { Platform } from '../../registry/platform.ts';
import type { World } from '../../contract/world.ts';

// Loaded first by the capture-digests action and `lockstep digests`: it reads and checks the inputs and
// the working directory with light modules only. The capture (the config loader, the registry client,
// node:http, git) is in run.ts, loaded once every input passed.

/** What to capture: the capture-digests action's inputs and `lockstep digests`' flags both become this. */
export interface DigestsRequest {
  /** As given, relative to the workspace. */
  workingDirectory: string;
  /** The working directory, absolute and checked: a folder inside the workspace (and a git checkout when HEAD is to be read). */
  workdir: string;
  config?: string;
  /** Parsed `images` items; undefined when services are used instead. */
  images?: CaptureTarget[];
  /** Service names from the config (empty or `all`: every service), each with `tag`. */
  services: string[];
  tag?: string;
  /** Relative to working-directory. */
  output: string;
  merge: boolean;
  overwrite: boolean;
  /** Write only this run's entries, dropping the others (listed); else they are kept. */
  replace: boolean;
  dryRun: boolean;
  /** The commit recorded; undefined reads HEAD of working-directory. */
  sha?: string;
  platform?: Platform;
  credentials?: Credentials;
}

/**
 * Reads and checks the digests inputs, then the working directory. When sha
 * is not given, the runner knows the commit (GITHUB_SHA's first 7
 * characters); a terminal does not, and HEAD is read by the run.
 */
export function digestsRequest(inputs: Inputs, world: World): DigestsRequest {
  const password = inputs.optional('password');
  const username = inputs.optional('username');
  if ((username === undefined) !== (password === undefined))
    throw new UserError('is missing', {
      input: username ? 'password' : 'username',
      hint: words`pass both ${named('username')} and ${named('password')}, or neither`,
    });
  const imagesText = inputs.string('images');
  const services = inputs.list('services');
  if (imagesText !== '' && services.length > 0)
    throw new UserError(words`${theInput('images')} and ${theInput('services')} were both given`, { hint: 'use one of them' });
  if (inputs.boolean('merge', false) && inputs.boolean('replace', false))
    throw new UserError(words`${theInput('merge')} and ${theInput('replace')} were both given`, {
      hint: words`${named('merge')} keeps the other entries and refuses a changed one; ${named('replace')} drops every other entry: use one of them`,
    });
  const workingDirectory = inputs.string('working-directory', '.');
  const request = {
    workingDirectory,
    config: inputs.optional('config'),
    images: imagesText !== '' ? parseImagesInput(imagesText) : undefined,
    services,
    tag: inputs.optional('tag'),
    output: inputs.string('output', 'image-digests.json'),
    merge: inputs.boolean('merge', false),
    overwrite: inputs.boolean('overwrite', false),
    replace: inputs.boolean('replace', false),
    dryRun: inputs.boolean('dry-run', false),
    sha: inputs.optional('sha') ?? runnerSha(world),
    platform: platformInput(inputs.optional('platform')),
    credentials: username && password ? { username, password } : undefined,
  };
  // A git repository is needed only to read HEAD, when the request names no commit.
  const resolveDir = request.sha === undefined ? resolveWorkingDirectory : resolveExistingFolder;
  return { ...request, workdir: resolveDir(world.workspace, workingDirectory, 'working-directory') };
}

/** The commit the runner checked out, short (GITHUB_SHA's first 7 characters); a terminal has none. */
function runnerSha(world: World): string | undefined {
  const sha = world.runCommit;
  return sha ? sha.slice(0, 7) : undefined;
}

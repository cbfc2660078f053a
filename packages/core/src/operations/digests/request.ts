import type { Inputs } from '../../contract/inputs.ts';
import { named, theInput, UserError, words } from '../../errors.ts';
import { type CaptureTarget, parseImagesInput, platformInput } from '../../digests/targets.ts';
import { resolveExistingFolder, resolveWorkingDirectory } from '../../fs/workspace.ts';
import type { Credentials } from '../../registry/docker-config.ts';
import type { Platform } from '../../registry/platform.ts';
import type { World } from '../../contract/world.ts';
import { readSettings, type InputsOf } from '../../settings/read.ts';
import { DIGESTS } from '../../settings/table-digests.ts';

// Loaded first by the capture-digests action and `lockstep digests`: it reads and checks the inputs and
// the working directory with light modules only. The capture (the config loader, the registry client,
// node:http, git) is in run.ts, loaded once every input passed.

/**
 * What to capture: the capture-digests action's inputs and `lockstep digests`' flags both become this, each input
 * read by its declaration (settings/table-digests.ts), services from the config (empty or `all`: every service)
 * each with `tag`, output relative to working-directory, replace writing only this run's entries.
 */
export type DigestsRequest = Omit<InputsOf<typeof DIGESTS>, 'images' | 'username' | 'sha' | 'platform'> & {
  /** The working directory, absolute and checked: a folder inside the workspace (and a git checkout when HEAD is to be read). */
  workdir: string;
  /** Parsed `images` items; undefined when services are used instead. */
  images?: CaptureTarget[];
  /** The commit recorded; undefined reads HEAD of working-directory. */
  sha?: string;
  platform?: Platform;
  credentials?: Credentials;
};

/**
 * Reads the digests inputs by their declarations and checks what the table cannot say (username with password,
 * images or services, merge or replace), then the working directory. When sha is not given, the runner knows
 * the commit (GITHUB_SHA's first 7 characters); a terminal does not, and HEAD is read by the run.
 */
export function digestsRequest(inputs: Inputs, world: World): DigestsRequest {
  const { images: _lines, username, sha, platform, ...read } = readSettings(DIGESTS, inputs);
  const password = inputs.optional('password');
  if ((username === undefined) !== (password === undefined))
    throw new UserError('is missing', {
      input: username ? 'password' : 'username',
      hint: words`pass both ${named('username')} and ${named('password')}, or neither`,
    });
  // The images are parsed from the text as given: each error names its line.
  const imagesText = inputs.string('images');
  if (imagesText !== '' && read.services.length > 0)
    throw new UserError(words`${theInput('images')} and ${theInput('services')} were both given`, { hint: 'use one of them' });
  if (read.merge && read.replace)
    throw new UserError(words`${theInput('merge')} and ${theInput('replace')} were both given`, {
      hint: words`${named('merge')} keeps the other entries and refuses a changed one; ${named('replace')} drops every other entry: use one of them`,
    });
  const request = {
    ...read,
    images: imagesText !== '' ? parseImagesInput(imagesText) : undefined,
    sha: sha ?? runnerSha(world),
    platform: platformInput(platform),
    credentials: username && password ? { username, password } : undefined,
  };
  // A git repository is needed only to read HEAD, when the request names no commit.
  const resolveDir = request.sha === undefined ? resolveWorkingDirectory : resolveExistingFolder;
  return { ...request, workdir: resolveDir(world.workspace, request.workingDirectory, 'working-directory') };
}

/** The commit the runner checked out, short (GITHUB_SHA's first 7 characters); a terminal has none. */
function runnerSha(world: World): string | undefined {
  const sha = world.runCommit;
  return sha ? sha.slice(0, 7) : undefined;
}

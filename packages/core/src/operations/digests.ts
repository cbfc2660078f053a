import type { Inputs } from '../action/inputs.ts';
import { UserError } from '../errors.ts';
import type { CaptureResult } from '../digests/capture.ts';
import { type CaptureTarget, parseImagesInput, platformInput } from '../digests/targets.ts';
import { resolveExistingFolder, resolveWorkingDirectory } from '../fs/workspace.ts';
import type { GitSpawner } from '../git/objects.ts';
import type { Credentials } from '../registry/docker-config.ts';
import type { NodeTransport } from '../registry/http.ts';
import type { Platform } from '../registry/platform.ts';
import type { Clock, RetryPolicy } from '../registry/retry.ts';
import type { Reporter } from '../report/reporter.ts';

// The capture-digests action and `lockstep digests` load this module first: it reads and checks the
// inputs and the working directory with light modules only. The capture (the config loader, the
// registry client, node:http, git) is in digests-run.ts, imported once every input passed.

/** What to capture: the capture-digests action's inputs and `lockstep digests`' flags both become this. */
export interface DigestsRequest {
  /** Relative to the workspace. */
  workingDirectory: string;
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
  dryRun: boolean;
  /** The commit recorded; undefined reads HEAD of working-directory. */
  sha?: string;
  platform?: Platform;
  credentials?: Credentials;
}

/**
 * Reads and checks the digests inputs. `defaultSha` is what the face knows
 * of the commit when sha is not given (the action: GITHUB_SHA's first 7).
 */
export function digestsRequest(inputs: Inputs, defaultSha?: string): DigestsRequest {
  const password = inputs.optional('password');
  const username = inputs.optional('username');
  if ((username === undefined) !== (password === undefined))
    throw new UserError(`input '${username ? 'password' : 'username'}' is missing`, { hint: 'pass both username and password, or neither' });
  const imagesText = inputs.string('images');
  const services = inputs.list('services');
  if (imagesText !== '' && services.length > 0) throw new UserError("inputs 'images' and 'services' were both given", { hint: 'use one of them' });
  return {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    images: imagesText !== '' ? parseImagesInput(imagesText) : undefined,
    services,
    tag: inputs.optional('tag'),
    output: inputs.string('output', 'image-digests.json'),
    merge: inputs.boolean('merge', false),
    overwrite: inputs.boolean('overwrite', false),
    dryRun: inputs.boolean('dry-run', false),
    sha: inputs.optional('sha') ?? defaultSha,
    platform: platformInput(inputs.optional('platform')),
    credentials: username && password ? { username, password } : undefined,
  };
}

/** The outside world a capture touches: the workspace, the registry transport, git (for HEAD), masking and progress. */
export interface DigestsWorld {
  workspace: string;
  /** HOME, for ~/.docker/config.json. */
  home: string;
  /** DOCKER_CONFIG, when set. */
  dockerConfigDir?: string;
  /** Opens the HTTP transport (default: node:http/https with keep-alive); closed when the capture ends. */
  transport?: () => NodeTransport;
  git?: (cwd: string) => GitSpawner;
  clock?: Clock;
  retry?: RetryPolicy;
  /**
   * Registers a secret found on the way (a Docker config password) so the face never prints it (the runner's
   * add-mask). Credentials in the request came through the face, which masks them as it reads them.
   */
  secret: (value: string) => void;
  reporter: Reporter;
}

/** What a capture resolved and wrote (or, on a dry run, would write). */
export interface DigestsResult extends CaptureResult {
  outputs: { digests: string; file: string };
  dryRun: boolean;
}

/** Resolves every image through its registry and writes the digests file when all resolved. */
export async function runDigests(req: DigestsRequest, world: DigestsWorld): Promise<DigestsResult> {
  // A git repository is needed only to read HEAD, when the request names no commit.
  const resolveDir = req.sha === undefined ? resolveWorkingDirectory : resolveExistingFolder;
  const workdir = resolveDir(world.workspace, req.workingDirectory, 'working-directory');
  const { captureIn } = await import('./digests-run.ts');
  return captureIn(workdir, req, world);
}

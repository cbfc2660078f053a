import { homedir } from 'node:os';
import { UserError } from '../../errors.ts';
import { captureDigests, type CaptureResult, type CaptureTarget, targetsFromServices } from '../../digests/capture.ts';
import { gitSpawner, type GitSpawner } from '../../git/objects.ts';
import { nodeTransport } from '../../registry/http.ts';
import type { World } from '../world.ts';
import type { DigestsRequest } from './request.ts';

// Loaded only after request.ts accepted the inputs and the working directory (operations/digests/index.ts).

/** What a capture resolved and wrote (or, on a dry run, would write). */
export interface DigestsResult extends CaptureResult {
  outputs: { digests: string; file: string };
  dryRun: boolean;
}

/**
 * The capture: the images to resolve (listed, or the config's services),
 * the commit they were built from, then every image resolved through its
 * registry and the digests file written when all resolved.
 */
export async function runDigests(req: DigestsRequest, world: World): Promise<DigestsResult> {
  const targets = await imagesToCapture(req);
  const sha = req.sha ?? (await shortHead((world.services.git ?? gitSpawner)(req.workdir)));
  const transport = (world.services.transport ?? nodeTransport)();
  world.reporter.group(`Resolving ${targets.length} image digest${targets.length === 1 ? '' : 's'}`);
  try {
    const result = await captureDigests(
      {
        ...req,
        workspace: world.workspace,
        targets,
        sha,
        // Where docker login left its credentials (~/.docker/config.json, or DOCKER_CONFIG's folder).
        home: world.env.HOME || homedir(),
        dockerConfigDir: world.env.DOCKER_CONFIG || undefined,
      },
      {
        transport,
        clock: world.clock,
        retry: world.services.retry,
        secret: world.secret,
        log: (line) => world.reporter.debug(line),
        progress: (done, total) => world.reporter.progress?.({ what: 'image digests resolved', done, total }),
      },
    );
    return { ...result, outputs: { digests: result.oneLine, file: result.path }, dryRun: req.dryRun };
  } finally {
    transport.close();
    world.reporter.endGroup();
  }
}

/** The images listed in the request, else those of the config's services; none at all is a user error. */
async function imagesToCapture(req: DigestsRequest): Promise<CaptureTarget[]> {
  let targets = req.images;
  if (targets === undefined) {
    // Loaded on demand: the config validator is the largest part of the bundle and the images input does not need it.
    const { loadConfig } = await import('../../config/config.ts');
    targets = targetsFromServices(loadConfig(req.workdir, req.config), req.services, req.tag);
  }
  if (targets.length === 0)
    throw new UserError('no images to capture', { hint: 'list images as name=registry/repo:tag lines, or name services' });
  return targets;
}

/** The short commit of HEAD (`git rev-parse --short HEAD`). */
async function shortHead(git: GitSpawner): Promise<string> {
  const r = await git(['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
  const out = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || !/^[0-9a-f]{4,64}$/.test(out))
    throw new UserError(
      'cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit',
      {
        hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
        cliHint: 'pass --sha with the commit the images were built from, or commit first (git add, then git commit)',
      },
    );
  return out;
}

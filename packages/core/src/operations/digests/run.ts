import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import type { Config } from '../../config/config.ts';
import { UserError } from '../../errors.ts';
import { captureDigests, type CaptureResult, type CaptureSettings, targetsFromServices } from '../../digests/capture.ts';
import { type CaptureTarget } from '../../digests/targets.ts';
import { gitSpawner } from '../../git/objects.ts';
import { nodeTransport } from '../../http/transport.ts';
import type { World } from '../../contract/world.ts';
import type { DigestsRequest } from './request.ts';
import { shortHead } from './short-head.ts';
import { configChecks, configLoader } from './lazy.ts';

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
  const { targets, config } = await imagesToCapture(req);
  const sha = req.sha ?? (await shortHead(world.services.repo?.(req.workdir) ?? gitSpawner(req.workdir)));
  const transport = (world.services.http ?? nodeTransport)();
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
        ...(config ? await verifyPolicies(config) : {}),
      },
      {
        transport,
        clock: world.clock,
        retry: world.services.retry,
        secret: world.secret,
        log: (line) => world.reporter.debug(line),
        progress: (done, total) => world.reporter.progress({ what: 'image digests resolved', done, total }),
      },
    );
    return { ...result, outputs: { digests: result.oneLine, file: result.path }, dryRun: req.dryRun };
  } finally {
    transport.close();
    world.reporter.endGroup();
  }
}

/**
 * The images listed in the request, else those of the config's services;
 * none at all is a user error. The config comes along when it was read, or
 * (for listed images) when its file exists and speaks of `verify:`.
 */
async function imagesToCapture(req: DigestsRequest): Promise<{ targets: CaptureTarget[]; config?: Config }> {
  let targets = req.images;
  let config: Config | undefined;
  if (targets === undefined || mayVerify(req)) {
    // Loaded on demand: the config validator is the largest part of the bundle and the images input does not need it.
    const { loadCheckedConfig } = await configChecks();
    config = await loadCheckedConfig(req.workdir, req.config);
  }
  if (targets === undefined) targets = targetsFromServices(config!, req.services, req.tag);
  if (targets.length === 0)
    throw new UserError('no images to capture', { hint: 'list images as name=registry/repo:tag lines, or name services' });
  return { targets, config };
}

/** The config's `verify:` policies by image name, when it has any (config.ts is loaded already when there is a config). */
async function verifyPolicies(config: Config): Promise<Pick<CaptureSettings, 'verify' | 'unverified' | 'configFile'>> {
  if (!config.verify && !Object.values(config.services).some((v) => v.verify)) return {};
  const { verifyFor, verifyOptOut } = await configLoader();
  return {
    verify: (name) => verifyFor(config, name),
    unverified: (name) => {
      const at = verifyOptOut(config, name);
      return at ? `${at.file ?? '.github/lockstep.yml'}${at.line ? `:${at.line}` : ''}` : undefined;
    },
    configFile: config.file,
  };
}

/** For listed images: true when the config file exists and has a `verify:` key, the one thing of it the images input uses. */
function mayVerify(req: DigestsRequest): boolean {
  const path = resolve(req.workdir, req.config && req.config.trim() !== '' ? req.config.trim() : '.github/lockstep.yml');
  return existsSync(path) && /^\s*verify\s*:/m.test(readFileSync(path, 'utf8'));
}

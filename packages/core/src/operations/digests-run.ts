import { UserError } from '../errors.ts';
import { captureDigests, targetsFromServices } from '../digests/capture.ts';
import { gitSpawner, type GitSpawner } from '../git/objects.ts';
import { nodeTransport } from '../registry/http.ts';
import type { DigestsRequest, DigestsResult, DigestsWorld } from './digests.ts';

// The body of runDigests (operations/digests.ts), loaded only after the inputs and the working
// directory were accepted.

/** Resolves every image of the request through its registry (in `workdir`, already checked) and writes the digests file when all resolved. */
export async function captureIn(workdir: string, req: DigestsRequest, world: DigestsWorld): Promise<DigestsResult> {
  let targets = req.images;
  if (targets === undefined) {
    // Loaded on demand: the config validator is the largest part of the bundle and the images input does not need it.
    const { loadConfig } = await import('../config/config.ts');
    targets = targetsFromServices(loadConfig(workdir, req.config), req.services, req.tag);
  }
  if (targets.length === 0) throw new UserError('no images to capture', { hint: 'list images as name=registry/repo:tag lines, or name services' });
  const sha = req.sha ?? (await shortHead((world.git ?? gitSpawner)(workdir)));
  const transport = (world.transport ?? nodeTransport)();
  world.reporter.group(`Resolving ${targets.length} image digest${targets.length === 1 ? '' : 's'}`);
  try {
    const result = await captureDigests(
      { ...req, workspace: world.workspace, workdir, targets, sha, home: world.home, dockerConfigDir: world.dockerConfigDir },
      {
        transport,
        clock: world.clock,
        retry: world.retry,
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

/** The short commit of HEAD (`git rev-parse --short HEAD`). */
async function shortHead(git: GitSpawner): Promise<string> {
  const r = await git(['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
  const out = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || !/^[0-9a-f]{4,64}$/.test(out))
    throw new UserError('cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit', {
      hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
      cliHint: 'pass --sha with the commit the images were built from, or commit first (git add, then git commit)',
    });
  return out;
}

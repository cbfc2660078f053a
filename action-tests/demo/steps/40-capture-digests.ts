import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildImage, hasDockerRegistry, LocalRegistry } from '../../harness/registry.ts';
import type { DemoStep } from '../context.ts';

/**
 * capture-digests against a real OCI registry: starts Debian's
 * docker-registry on 127.0.0.1, pushes two tiny images (api, worker) through
 * the registry API, and records their digests in image-digests.json.
 */
const step: DemoStep = async (ctx) => {
  ctx.section('capture-digests: record the digests of the pushed images');
  if (!hasDockerRegistry()) {
    ctx.log("Skipped: this step needs a local OCI registry, Debian's docker-registry (distribution 2.8).");
    ctx.log(
      'Install it with `sudo apt-get install docker-registry` (or run `npm run demo` as root, which installs it) and run the demo again.',
    );
    return;
  }
  const registry = await LocalRegistry.start();
  try {
    const api = buildImage('demo-api');
    const worker = buildImage('demo-worker');
    await registry.push('acme/api', '1.7.3', api);
    await registry.push('acme/worker', '1.7.3', worker);
    ctx.log(
      `Started docker-registry on ${registry.url} and pushed acme/api:1.7.3 and acme/worker:1.7.3 (no Docker engine: blobs and manifests over the HTTP API).`,
    );
    const run = await ctx.run('capture-digests', {
      images: `api=${registry.host}/acme/api:1.7.3\nworker=${registry.host}/acme/worker:1.7.3`,
      output: 'image-digests.json',
    });
    if (run.code !== 0) {
      ctx.log(`capture-digests failed (exit ${run.code}).`);
      return;
    }
    ctx.log('image-digests.json:');
    ctx.log(readFileSync(join(ctx.repo.dir, run.outputs.file), 'utf8').trimEnd());
    const ok = run.outputs.digests.includes(api.digest) && run.outputs.digests.includes(worker.digest);
    ctx.log(
      ok ? 'Both digests match the sha256 of the manifests pushed.' : 'Unexpected: the recorded digests differ from the pushed manifests.',
    );
    ctx.log(`Later steps read it with: jq -r .api.digest ${run.outputs.file}`);
  } finally {
    await registry.stop();
  }
};

export default step;

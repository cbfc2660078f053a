import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubDouble } from '../../harness/github-double/index.ts';
import type { DemoContext, DemoStep } from '../context.ts';

const REPO = 'acme/monorepo';

/**
 * promote-env against a local GitHub REST double backed by the sample repo's
 * bare origin: the captured digests go into dev (auto-merged), then dev →
 * staging from the same digests file (verified: dev runs them now), each as a
 * pull request on promote/<env>; finally a dry run of staging → prod shows
 * the diff of values-prod.yaml and the drift table, every environment side by side.
 */
const step: DemoStep = async (ctx) => {
  const file = join(ctx.repo.dir, 'image-digests.json');
  if (!existsSync(file)) {
    // Step 40 needs docker-registry; without it, a digests file of the same shape stands in.
    const entry = (name: string, c: string) => ({
      digest: `sha256:${c.repeat(64)}`,
      image: `ghcr.io/acme/${name}`,
      sha: 'abc1234',
      tag: '1.5.0',
    });
    writeFileSync(file, `${JSON.stringify({ api: entry('api', '1'), worker: entry('worker', '2') }, null, 2)}\n`);
    ctx.log('No image-digests.json from the capture-digests step (no local registry); using a stand-in with the same shape.');
  } else {
    // Step 40's local registry stands in for ghcr.io; promote-env refuses an entry whose image is not the
    // service's (services.<name>.image), so the entries are recorded under the config's image names here.
    const captured = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { image: string }>;
    for (const [name, entry] of Object.entries(captured)) {
      const image = `ghcr.io/acme/${name}`;
      if (entry.image !== image)
        ctx.log(`image-digests.json: ${name} was captured from ${entry.image}, the local stand-in for ${image}; recorded as ${image}.`);
      entry.image = image;
    }
    writeFileSync(file, `${JSON.stringify(captured, null, 2)}\n`);
  }
  const double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: ctx.repo.origin, allowAutoMerge: true }] });
  try {
    // The token goes in as the runner sets an input, but through env so the demo does not print it.
    const env = { ...double.env(), 'INPUT_GITHUB-TOKEN': double.token };
    ctx.log(`GitHub REST double on ${double.url} (requests and responses checked against GitHub's OpenAPI description).`);

    ctx.section('promote-env: the captured digests into dev (auto-merge)');
    const dev = await ctx.run('promote-env', { to: 'dev', digests: 'image-digests.json' }, { env });
    if (dev.code !== 0) throw new Error(`promote-env into dev failed (exit ${dev.code})`);
    mergePromotion(ctx, 'dev');

    ctx.section('promote-env: dev → staging from the same digests (verified in dev)');
    const staging = await ctx.run('promote-env', { from: 'dev', to: 'staging', digests: 'image-digests.json' }, { env });
    if (staging.code !== 0) throw new Error(`promote-env dev → staging failed (exit ${staging.code})`);
    ctx.log(`pull request: ${staging.outputs['pr-url']}`);
    ctx.log(`git diff main promote/staging:\n${ctx.repo.git('--git-dir', ctx.repo.origin, 'diff', 'main', 'promote/staging')}`);
    mergePromotion(ctx, 'staging');

    ctx.section('promote-env --dry-run: staging → prod (protected: draft PR, digests only)');
    const prod = await ctx.run('promote-env', { from: 'staging', to: 'prod', 'chart-version': '0.14.0', 'dry-run': 'true' }, { env });
    if (prod.code !== 0) throw new Error(`promote-env dry run staging → prod failed (exit ${prod.code})`);
    for (const line of prod.stdout.split('\n')) if (line.startsWith('  ')) ctx.log(line);
    const pulls = double.pulls(REPO).map((p) => `#${p.number} ${p.title}${p.draft ? ' (draft)' : ''}${p.autoMerge ? ' [auto-merge]' : ''}`);
    ctx.log(`Pull requests on the double: ${pulls.join('; ')}; the dry run opened none.`);
    if (double.violations.length > 0) throw new Error(`the double saw requests outside GitHub's API: ${double.violations.join('; ')}`);
  } finally {
    await double.stop();
  }
};

/** Stands in for GitHub merging the promotion PR: main takes promote/<env> (a fast-forward in the bare origin). */
function mergePromotion(ctx: DemoContext, env: string): void {
  ctx.repo.git('--git-dir', ctx.repo.origin, 'update-ref', 'refs/heads/main', `refs/heads/promote/${env}`);
  ctx.log(`(merged promote/${env} into main, as the reviewer would)`);
}

export default step;

// What a hydrated environment runs: the manifests on its active branch, the branch Argo CD (or Flux) syncs, not
// the DRY values file the next hydration renders. The images of each configured service are found in those
// objects by repository (rendered-pin.ts pinsOf), as the render of any other environment is read; the DRY commit
// the branch's hydrator.metadata names says what it was rendered from.

import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import { renderedImages } from '../render/images.ts';
import { splitObjects, type RenderedObject } from '../render/objects.ts';
import { readHydrated } from './hydrated.ts';
import type { PromoteGit } from './ports.ts';
import { pinsOf, type RenderedRun } from './rendered-pin.ts';
import type { HydratedTarget, PromoteService } from './request.ts';

/** What `t`'s active branch runs for `services`, and the DRY commit it names; `unrendered` says why nothing can be read. */
export async function hydratedRun(
  git: PromoteGit,
  t: HydratedTarget,
  services: readonly PromoteService[],
): Promise<RenderedRun & { dry?: string; branch: string }> {
  const active = await readHydrated(git, t.active, t.metadata);
  if (!active.tip) return { unrendered: `${t.active} is not on origin: nothing is hydrated there yet`, branch: t.active };
  const dir = posix.dirname(t.metadata);
  const files = ((await git.listFiles(active.tip, dir === '.' ? undefined : dir)) ?? []).filter((f) => /\.ya?ml$/.test(f));
  const objects = new Map<string, RenderedObject>();
  const sources: { path: string; text: string }[] = [];
  for (const path of files) {
    const text = await git.readAt(active.tip, path);
    if (text === undefined) continue;
    try {
      for (const [key, o] of splitObjects(text)) objects.set(key, o);
    } catch (e) {
      const why = e instanceof UserError ? e.message : (e as Error).message;
      return { unrendered: `${t.active}:${path} is not YAML lockstep can read (${why.split('\n')[0]})`, branch: t.active };
    }
    sources.push({ path, text });
  }
  return {
    pins: pinsOf(services, renderedImages(objects.values())),
    sources,
    branch: t.active,
    ...(active.drySha ? { dry: active.drySha } : {}),
  };
}

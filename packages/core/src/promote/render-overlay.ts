// Rendered changes of a promotion into a Kustomize overlay (an environment
// with `kustomization:`): the overlay built with the real kustomize as it runs
// now (the base) and as it will after the merge (the plan's files on top of
// the base), compared and reported by the same code as Helm renders; a Flux
// Kustomization (`flux-kustomization:`) built as kustomize-controller builds it,
// its build its Deployment's (overlaySide, the one hydrate and the check read). Loaded
// by promote/render.ts only for such an environment. `render: auto` says in
// one line when neither kustomize nor kubectl is on PATH; `on` without them is
// an error; an overlay that does not build after the change refuses a
// protected environment's promotion.

import { UserError } from '../errors.ts';
import { prepareValidation, validateTarget } from './validate.ts';
import { KustomizeRenderer } from '../render/kustomize.ts';
import type { CompareOptions } from '../render/compare.ts';
import { renderEnvironment, sideRender, type Unavailable } from '../render/render.ts';
import type { RenderMode } from '../config/config.ts';
import type { EnvironmentRender } from '../render/report.ts';
import type { PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';
import type { RenderOutcome } from '../render/cached.ts';
import type { Read, Source } from './rendered-pin.ts';
import { refuseUnjudged, refuseUnpinned } from './unpinned.ts';
import { deploymentOf } from '../deploy/kind.ts';
import type { Deployment } from '../deploy/model.ts';

/** How to add kustomize when it is missing. */
export const KUSTOMIZE_HINT =
  'add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH, or set render: off';

/** One KustomizeRenderer per world: an overlay side built once in a run is not built again. */
const renderers = new WeakMap<object, KustomizeRenderer>();

/** The overlay of `route.to` rendered before and after the plan (promote/render.ts's renderPromotion for `kustomization:`). */
export async function renderOverlayPromotion(
  route: Route,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
  mode: RenderMode,
  opts: CompareOptions,
  req: PromoteRequest,
): Promise<EnvironmentRender | undefined> {
  const { to } = route;
  const deployment = deploymentOf(to);
  // Only a kind kustomize builds: its pins' path is the overlay (or Flux Kustomization) it builds.
  if (deployment?.renderer !== 'kustomize') return undefined;
  const build = deployment.pinPath;
  const tool = ports.findKustomize();
  if (!tool) {
    if (mode === 'on')
      throw new UserError(`render: on needs kustomize or kubectl on PATH to render the overlay of ${to.name}: neither was found`, {
        hint: KUSTOMIZE_HINT.replace(', or set render: off', ''),
      });
    return {
      environment: to.name,
      status: 'skipped',
      noHelm: true,
      renderer: 'kustomize',
      message: `no kustomize or kubectl on PATH; ${KUSTOMIZE_HINT}`,
    };
  }
  const edited = (path: string) => plan.files.find((f) => f.path === path)?.after;
  const readBase = (path: string) => ports.git.readAt(baseSha, path);
  const readAfter = async (path: string) => edited(path) ?? (await readBase(path));
  const list = async (dir: string) => ports.git.listFiles(baseSha, dir === '' ? undefined : dir);
  // The environment's build as hydrate and the check read it (Deployment.overlaySide); promote's paths are the repository's.
  const sideOf = (read: (p: string) => Promise<string | undefined>) => deployment.overlaySide({ reader: { list, read }, inRepo: (p) => p });
  const [before, after] = await Promise.all([sideOf(readBase), sideOf(readAfter)]);
  let renderer = renderers.get(ports);
  if (!renderer || renderer.tool.path !== tool.path) renderers.set(ports, (renderer = new KustomizeRenderer(tool)));
  const dir = 'dir' in after ? after.dir : build;
  const rendering = renderEnvironment(renderer, to.name, before, after, opts, `overlay ${dir} with ${tool.label}`);
  // The schemas of the kinds the overlay has held load while kustomize builds the after side.
  if (!('unavailable' in after)) prepareValidation(route, sideRender(renderer, before));
  const env = await rendering;
  const rendered: EnvironmentRender = { ...env, renderer: 'kustomize' };
  // The file the build's target names after the change (the kustomization, the Application, the Flux Kustomization).
  const file = after.file ?? build;
  if (to.protected && 'files' in after)
    refuseUnpinned(
      rendered,
      to.name,
      [...after.files].map(([path, text]) => ({ path, text })),
      { file, line: 1 },
    );
  if (to.protected) refuseUnjudged(rendered, to.name, { file, line: 1 }, 'the overlay');
  if (rendered.status === 'failed' && to.protected) {
    throw new UserError(
      `render: the overlay does not build after the change in ${to.name}, a protected environment: ${env.message ?? ''}`,
      {
        file,
        line: 1,
        hint: "fix the overlay so kustomize builds it (the message above is kustomize's), or write render: off under this environment in the config; nothing was written",
      },
    );
  }
  // The after side again is the cache's: validated as built (throws in validate: error).
  if ('unavailable' in after) return rendered;
  const validation = await validateTarget(req, route, await renderer.render(after), undefined, ports, baseSha, { file, line: 1 });
  return validation.length > 0 ? { ...rendered, validation } : rendered;
}

/**
 * What `deployment` (an environment built with kustomize) builds at `commit` with the files `read` gives (a plan's
 * edits on top), for what an environment runs (rendered-run.ts): built by the world's renderer, so promote's render
 * and this share a build.
 */
export async function overlayBuild(
  deployment: Deployment,
  world: PromoteWorld,
  commit: string,
  read: Read,
): Promise<{ render: RenderOutcome; sources: Source[] } | Unavailable> {
  const tool = world.findKustomize();
  if (!tool) return { unavailable: 'no kustomize or kubectl on PATH to build it with' };
  const list = (dir: string) => world.git.listFiles(commit, dir === '' ? undefined : dir);
  const side = await deployment.overlaySide({ reader: { list, read }, inRepo: (p) => p });
  if ('unavailable' in side) return side;
  let renderer = renderers.get(world);
  if (!renderer || renderer.tool.path !== tool.path) renderers.set(world, (renderer = new KustomizeRenderer(tool)));
  return { render: await renderer.render(side), sources: [...side.files].map(([path, text]) => ({ path, text })) };
}

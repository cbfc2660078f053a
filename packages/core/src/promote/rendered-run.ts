// What an environment runs as its deployer renders it, for the services its
// pin place does not define: an image inline in a kustomize base or set by a
// strategic-merge patch, a tag only the chart's values.yaml sets, a tag that
// defaults to the chart's appVersion. Status and the promotion's table read
// the pin place first (a fleet's every pin is found there, and rendering a
// hundred environments would cost a Helm or kustomize run each); only a
// service it does not define is looked for here, by its configured image
// repository, in the environment rendered once (kustomize for an overlay,
// Helm for a values file with its chart or its Application). Nothing is
// fetched that the render would not fetch.

import { UserError } from '../errors.ts';
import { helmUsable } from '../render/helm.ts';
import { renderedImages } from '../render/images.ts';
import type { ChartInput, Unavailable } from '../render/render.ts';
import { readChartArchive } from '../charts/archive.ts';
import type { RenderOutcome } from '../render/cached.ts';
import { listedFor, RENDER_DEFAULTS, rendererFor } from './render-helm.ts';
import { promoteSide } from './chart-input.ts';
import type { PromoteWorld } from './ports.ts';
import { pinsOf, type ChartValues, type Read, type RenderedRun, type Source } from './rendered-pin.ts';
import type { PromoteEnvironment, PromoteRequest } from './request.ts';
import { deploymentOf, deployerResource } from '../deploy/kind.ts';

/**
 * `env` rendered at `commit` as its deployer renders it, each service with an `image:` found in it by that
 * repository (the first container running it, in the render's order); `read` gives the files on top of the
 * commit (a plan's edited files), the commit's own by default. Never throws for what the user can fix: an
 * environment that does not render says why (`unrendered`), as the render's own message.
 */
export async function renderedRun(
  req: PromoteRequest,
  env: PromoteEnvironment,
  world: PromoteWorld,
  commit: string,
  read: Read = (p) => world.git.readAt(commit, p),
): Promise<RenderedRun> {
  if (req.settingsByEnvironment[env.name]?.render === 'off') return { unrendered: 'render: off' };
  let outcome: { render: RenderOutcome; sources: Source[]; chartValues?: () => Promise<ChartValues | undefined> } | Unavailable;
  const deployment = deploymentOf(env);
  try {
    outcome =
      deployment?.renderer === 'kustomize'
        ? // kustomize is loaded only for an environment it builds, and builds with promote's renderer (a side built once in a run).
          await (await import('./render-overlay.ts')).overlayBuild(deployment, world, commit, read)
        : await helmRender(req, env, world, commit, read);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    outcome = { unavailable: e.message };
  }
  if ('unavailable' in outcome) return { unrendered: outcome.unavailable };
  if (!outcome.render.ok) return { unrendered: outcome.render.message.split('\n')[0] };
  const images = renderedImages(outcome.render.objects.values());
  return {
    pins: pinsOf(req.services, images),
    sources: outcome.sources,
    images,
    ...('chartValues' in outcome && outcome.chartValues ? { chartValues: outcome.chartValues } : {}),
  };
}

/**
 * A values environment rendered with Helm at `commit`, its side as its deployer gives it (Deployment.side: its
 * Application's, its HelmRelease's, else its values file with the chart folder holding it), its chart found where
 * promote looks (chart-input.ts).
 */
async function helmRender(
  req: PromoteRequest,
  env: PromoteEnvironment,
  world: PromoteWorld,
  commit: string,
  read: Read,
): Promise<{ render: RenderOutcome; sources: Source[]; chartValues: () => Promise<ChartValues | undefined> } | Unavailable> {
  const helm = await world.findHelm(env.helmVersion);
  if (!helm || !helmUsable(helm))
    return { unavailable: helm ? `Helm ${helm.version} is too old to render it` : 'no helm on PATH to render it with' };
  // The deployer's own resource (an Application, a HelmRelease or its OCIRepository) must be in the commit.
  const resource = deployerResource(env);
  if (resource && (await read(resource.file)) === undefined) return { unavailable: `the Application file ${resource.file} does not exist` };
  const ctx = { req, ports: world, baseSha: commit, values: env.values, listed: listedFor(world) };
  const built = await promoteSide(deploymentOf(env)!, ctx, read);
  if ('unavailable' in built) return built;
  const render = await rendererFor(world, helm.path, req.renderConfig ?? RENDER_DEFAULTS).render(built.side);
  return { render, sources: built.sources, chartValues: () => chartValuesOf(built.side.chart, built.label) };
}

/** The values.yaml of the chart a side renders (a folder's files, or a pulled archive's), named by the side's label; none where it has none. */
async function chartValuesOf(chart: ChartInput, label: string): Promise<ChartValues | undefined> {
  let text: string | undefined;
  try {
    text = 'files' in chart ? chart.files.get('values.yaml') : (await readChartArchive(Buffer.from(chart.tgz), label)).get('values.yaml');
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return undefined;
  }
  return text === undefined ? undefined : { from: `values.yaml of ${label}`, text };
}

// What one environment deploys, rendered at the DRY commit: its Application's chart (a folder of the
// repository, with file:// subcharts) with its values in Helm's order (promote/application.ts's reading),
// its Kustomize overlay with the Application's images and namespace (render/kustomize.ts), its Flux
// HelmRelease as helm-controller installs it, or its Flux Kustomization's spec.path built and substituted as
// kustomize-controller applies it (promote/flux-build.ts, as the check and promote-env build it). Files are read
// from the commit, never from the work tree: what is hydrated is what was committed. Each render runs once
// per distinct input (render/cached.ts), bounded as every render is.

import { posix } from 'node:path';
import type { EnvironmentConfig } from '../../config/config.ts';
import { applicationValues, readApplication, splitApplicationRef, type ApplicationRender } from '../../promote/application.ts';
import type { Helm, HelmMajor, TemplateOutcome } from '../../render/helm.ts';
import type { Kustomize } from '../../render/find.ts';
import type { KustomizeRenderer } from '../../render/kustomize.ts';
import { overlaySide } from '../../promote/flux-build.ts';
import { splitObjects, type RenderedObject } from '../../render/objects.ts';
import { drySourceAsSource } from './source-hydrator.ts';
import { helmReleaseSide, type ChartPuller } from './render-flux.ts';
import { readChartFolder, type Renderer, type ChartReader } from '../../render/render.ts';

/** What an environment's render gave: its objects, or why there are none. */
export type EnvironmentOutcome = { ok: true; objects: Map<string, RenderedObject>; renderer: string } | { ok: false; message: string };

/** The renderers of a run, each made when first needed (an overlay-only config never looks for Helm). */
export interface Renderers {
  /** The Helm of `major` (an environment's helm-version), else the first `helm` on PATH; undefined when there is none. */
  helm(major?: HelmMajor): Promise<{ renderer: Renderer; helm: Helm } | undefined>;
  kustomize(): { renderer: KustomizeRenderer; tool: Kustomize } | undefined;
  /** Charts from registries (a HelmRelease's OCI or https chart), through one registry client per run. */
  pull: ChartPuller;
}

/**
 * Reads the repository at the DRY commit: a folder's files (repository paths), a file's text; `chart`, when
 * given, a chart folder as readChartFolder reads it, the same map for the same folder (one chart folder
 * written for all its renders: Renderer's shareCharts).
 */
export type CommitReader = ChartReader & { chart?: (dir: string) => ReturnType<typeof readChartFolder> };

/** The environment rendered as it deploys, at the commit `reader` reads; `inRepo` turns a config path into a repository path. */
export async function renderHydrated(
  e: EnvironmentConfig,
  charts: readonly string[],
  reader: CommitReader,
  renderers: Renderers,
  inRepo: (p: string) => string,
): Promise<EnvironmentOutcome> {
  const overlay = e.kustomization ?? e.fluxKustomization;
  if (overlay !== undefined) {
    const k = renderers.kustomize();
    if (!k) return { ok: false, message: 'neither kustomize nor kubectl is on PATH to build its overlay' };
    // A Flux Kustomization as kustomize-controller builds it (targetNamespace, post-build substitution), as the check and promote-env build it.
    const side = await overlaySide(reader, inRepo(overlay), e.application ? inRepo(e.application) : undefined);
    if ('unavailable' in side) return { ok: false, message: side.unavailable };
    return parsed(k.renderer.output(side), side.namespace, k.tool.label);
  }
  if (e.helmrelease !== undefined) return renderRelease(e, reader, renderers, inRepo);
  const h = await renderers.helm(e.helmVersion);
  if (!h) return { ok: false, message: noHelm(e) };
  const values = e.values !== undefined ? inRepo(e.values) : undefined;
  let app: ApplicationRender | undefined;
  if (e.application) {
    const ref = splitApplicationRef(e.application);
    const file = inRepo(ref.file);
    const text = await reader.read(file);
    if (text === undefined) return { ok: false, message: `its Application ${file} is not in the commit` };
    app = readApplication(drySourceAsSource(text, ref.name), file, ref.name, charts.map(inRepo));
  }
  const dir = app ? app.path : values !== undefined ? posix.dirname(values) : undefined;
  if (dir === undefined || (await reader.read(posix.join(dir, 'Chart.yaml'))) === undefined)
    return {
      ok: false,
      message: app
        ? `its Application's chart ${app.revision.chart ?? ''} is no chart folder of this repository (a chart from a registry is not hydrated)`
        : `no Chart.yaml beside its values file ${values ?? ''}: name the chart with application:`,
    };
  const chart = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
  if ('unavailable' in chart) return { ok: false, message: chart.unavailable };
  const texts = app
    ? await applicationValues(app, chart.files, reader.read)
    : { values: await reader.read(values!).then((text) => (text === undefined ? [] : [{ text }])) };
  if ('unavailable' in texts) return { ok: false, message: texts.unavailable };
  const side = {
    chart,
    release: app?.release ?? posix.basename(dir),
    ...(app?.namespace ? { namespace: app.namespace } : {}),
    values: texts.values.map((v) => v.text),
    ...(app?.set.length ? { set: app.set } : {}),
  };
  return parsed(h.renderer.output(side), side.namespace, `helm ${h.helm.version}`);
}

/** A HelmRelease environment rendered with the Helm its helm-version names, as helm-controller installs it. */
async function renderRelease(
  e: EnvironmentConfig,
  reader: CommitReader,
  renderers: Renderers,
  inRepo: (p: string) => string,
): Promise<EnvironmentOutcome> {
  const h = await renderers.helm(e.helmVersion);
  if (!h) return { ok: false, message: noHelm(e) };
  const side = await helmReleaseSide(e, reader, inRepo, renderers.pull);
  if ('message' in side) return { ok: false, message: side.message };
  const { from: _from, ...input } = side;
  return parsed(h.renderer.output(input), side.namespace, `helm ${h.helm.version}`);
}

/** Why there is no Helm for an environment. */
const noHelm = (e: EnvironmentConfig) =>
  e.helmVersion !== undefined
    ? `helm-version: ${e.helmVersion}: no Helm ${e.helmVersion} on PATH to render its chart (as helm, helm3 or helm4)`
    : 'no Helm 3.8 or later on PATH to render its chart';

/**
 * The tool's output split into objects here, not through the renderer's render(): its cache would keep every
 * environment's objects to the end of the run (300 × 300 parsed objects); these go once written out.
 */
async function parsed(output: Promise<TemplateOutcome>, namespace: string | undefined, renderer: string): Promise<EnvironmentOutcome> {
  const o = await output;
  if (!o.ok) return { ok: false, message: o.message };
  try {
    return { ok: true, objects: splitObjects(o.stdout, namespace ?? ''), renderer };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

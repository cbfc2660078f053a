// An environment a Flux HelmRelease deploys: the release as helm-controller installs it (its patch over a base,
// values in Flux's order with valuesFrom and targetPath, release name, targetNamespace), its chart a folder of
// this repository or pulled from its OCI or https repository (release-side.ts). The chart version is pinned in
// the OCIRepository its spec.chartRef names (`ocirepository:`), else in the HelmRelease; the pins in its
// spec.values, or the valuesFrom ConfigMap that holds them (flux-values.ts).

import { posix } from 'node:path';
import { UserError } from '../../errors.ts';
import { filesOf, type DeployedEnvironment, type Deployment, type InputsInput } from '../model.ts';
import { onePinPath, noOverlaySide, renderHelmSide } from '../kind-helpers.ts';
import { dryCommitReleaseChart, helmReleaseSide, releaseGaps, releaseSetValues } from './release-side.ts';
import { fluxChartPin } from './release-chart.ts';
import { releaseWhere } from './flux-release-line.ts';
import { fluxRef, readFluxRelease } from './flux-release.ts';
import { readOverlay } from '../../render/kustomize.ts';
import { buildInputs } from '../kustomize-overlay.ts';
import { dirOf, fluxValuesHome, type ValuesHome } from './flux-values.ts';
import { releaseRewrites } from './post-render-pins.ts';
import { releaseDocument } from './flux.ts';
import type { ParseCache } from '../../text/parse-cache.ts';

/** An environment with `helmrelease:` (and no flux-kustomization:). */
export function fluxHelmRelease(e: DeployedEnvironment & { helmrelease: string }): Deployment {
  return {
    kind: 'helmrelease',
    renderer: 'helm',
    pinKey: 'helmrelease',
    // Its chart may come from a HelmRepository (https or oci) or an OCIRepository.
    mayPullChart: true,
    // Its OCIRepository, where it has one, pins a chart Helm renders, not manifests kustomize builds.
    buildPinnedByOci: false,
    files: filesOf(e.helmrelease, e.values, e.ocirepository),
    pinPath: releasePinPath(e),
    pinPaths: onePinPath(releasePinPath(e)),
    inputs: (input) => releaseInputs(e, input),
    chartPin: fluxChartPin(e)!,
    release: { helmrelease: e.helmrelease, ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}) },
    side: (input) => helmReleaseSide(e, input),
    overlaySide: noOverlaySide,
    setValues: (read, _charts, cache) => releaseSetValues(e, read, cache),
    resourceWhere: (read) => releaseWhere(e.helmrelease, read),
    valuesHome: (text, document, keys, read, cache) => releaseValuesHome(e, text, document, keys, read, cache),
    rewritesImages: async (read, cache) => {
      try {
        const post = (await readFluxRelease(fluxRef(e)!, read, cache)).post;
        return post?.kustomize.some((k) => k.images.length > 0 || k.patches.length > 0) ? 'spec.postRenderers' : undefined;
      } catch (err) {
        // A release that cannot be read is said by its render.
        if (err instanceof UserError) return undefined;
        throw err;
      }
    },
    rewritePlace: (read, cache) => releaseRewrites(e, read, cache),
    render: (reader, renderers, inRepo, charts, judge) => {
      // One reading of the release for the gaps judged first and the side (release-side.ts releaseReading).
      const input = { reader, chart: dryCommitReleaseChart(reader, renderers.pull), inRepo, charts: charts.map(inRepo), memo: {} };
      return renderHelmSide(
        e,
        renderers,
        judge,
        async () => {
          try {
            return await helmReleaseSide(e, input);
          } catch (err) {
            // What the HelmRelease says that cannot be read (file:line) is the render's message.
            if (err instanceof UserError) return { unavailable: err.format() };
            throw err;
          }
        },
        // A release that cannot be read has no gaps known here: its side says why (the same reading, thrown again).
        async () => {
          try {
            return await releaseGaps(e, input);
          } catch (err) {
            if (err instanceof UserError) return {};
            throw err;
          }
        },
      );
    },
  };
}

/**
 * What helm-controller reads of this repository for the release (flux-release.ts readFluxRelease): the HelmRelease's
 * file and the base it patches, the HelmRepository or OCIRepository file its chart comes from, and the files its
 * valuesFrom ConfigMaps are made from (a configMapGenerator's values file, a ConfigMap manifest); and, where its
 * folder holds a kustomization (a Flux Kustomization builds the folder that applies it), that build's paths, as an
 * overlay's (its base, its source, its generators); a GitRepository chart's spec.chart.spec.valuesFiles. With the
 * config's files. Not a chart folder of this repository:
 * a chart lands through a release. A release that cannot be read leaves the config's files and the folder's build.
 */
async function releaseInputs(e: DeployedEnvironment & { helmrelease: string }, input: InputsInput): Promise<string[]> {
  const files = [
    ...filesOf(e.helmrelease, e.values, e.ocirepository).map(input.inRepo),
    ...buildInputs(await readOverlay(input.reader, dirOf(input.inRepo(filesOf(e.helmrelease)[0])))),
  ];
  try {
    const rel = await readFluxRelease(fluxRef(e, input.inRepo)!, input.reader.read);
    const values = rel.values.flatMap((v) => (v.path !== undefined ? [v.path] : []));
    // A GitRepository chart's valuesFiles are paths from the repository's top (chart-values-files.ts).
    const fromGit = rel.source.path !== undefined && rel.source.repoURL === undefined;
    const chartValues = fromGit ? (rel.chartValues?.files ?? []).map((f) => posix.normalize(f.replace(/^\.\//, ''))) : [];
    return [
      ...new Set([...files, ...rel.documents.map((d) => d.file), ...(rel.sourceAt ? [rel.sourceAt.file] : []), ...values, ...chartValues]),
    ];
  } catch (err) {
    if (err instanceof UserError) return files;
    throw err;
  }
}

/**
 * Where the pins live in the HelmRelease's own file, the pins' file when `values:` names it or is unset: its
 * spec.values or the valuesFrom ConfigMap holding them (flux-values.ts); undefined for a values file of its own.
 */
async function releaseValuesHome(
  e: DeployedEnvironment & { helmrelease: string },
  text: string,
  document: number | undefined,
  keys: readonly string[],
  read: (path: string) => Promise<string | undefined>,
  cache: ParseCache,
): Promise<ValuesHome | undefined> {
  const file = filesOf(e.helmrelease)[0];
  if ((e.values ?? file) !== file) return undefined;
  return fluxValuesHome(file, text, document ?? releaseDocument(e.helmrelease, text, file, cache), keys, read, cache);
}

/**
 * The path whose history says when the release's pins changed: where the values file is the HelmRelease's own, its
 * folder (a valuesFrom ConfigMap's file beside it may hold the pins: flux-values.ts keeps it there); else the values file.
 */
function releasePinPath(e: DeployedEnvironment & { helmrelease: string }): string {
  const values = e.values ?? filesOf(e.helmrelease)[0];
  if (filesOf(e.helmrelease)[0] !== values) return values;
  return values.includes('/') ? values.slice(0, values.lastIndexOf('/')) : '.';
}

// The chart version a `helmrelease:` environment runs, as helm-controller resolves it — not only what the
// environment's own file says. Where that file is a kustomize patch of a base HelmRelease (the layout of
// fluxcd/flux2-kustomize-helm-example: apps/base holds the chart, apps/<env> the values), the chart is the
// base's: read through flux-release.ts's merge. A chart taken from a GitRepository or Bucket is the folder at
// the source's revision: helm-controller ignores spec.chart.spec.version there and packages the chart as its
// Chart.yaml says, so the version is that file's, and it moves with the commit, never by a promotion's write.
// A version written in a base every environment shares is the environment's too, but a promotion may not move
// it there (it would move them all): such a version is read, and a write to it refused at its line.

import { UserError } from '../../errors.ts';
import { parseWith, type ParseCache } from '../../text/parse-cache.ts';
import { YAML_DOCUMENTS, mapValue, scalarText } from '../../yaml/read.ts';
import { chartMeta } from '../../values/chart-files.ts';
import { fluxChartRevision, releaseDocument, type FluxRevision } from './flux.ts';
import { readFluxRelease, type FluxRef } from './flux-release.ts';
import { chartPin, type ChartPin } from '../model.ts';

type Read = (path: string) => Promise<string | undefined>;

/** A HelmRelease's chart version as helm-controller resolves it; `fixed` says why a promotion cannot write it where it is. */
export type ReleaseRevision = FluxRevision & { fixed?: string };

/** What the HelmRelease document the environment names says of its chart: a version (or chartRef), a GitRepository or Bucket source, or nothing (a patch). */
function ownChart(ref: FluxRef, text: string, file: string, cache?: ParseCache): 'versioned' | 'git' | 'none' {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  const docs = parsed.documents ?? [parsed.doc];
  const spec = mapValue(docs[releaseDocument(ref.helmrelease, text, file, cache) ?? 0]?.contents, 'spec');
  const chart = mapValue(mapValue(spec, 'chart'), 'spec');
  const kind = scalarText(mapValue(mapValue(chart, 'sourceRef'), 'kind'));
  if (kind === 'GitRepository' || kind === 'Bucket') return 'git';
  return mapValue(chart, 'version') !== undefined || mapValue(spec, 'chartRef') !== undefined ? 'versioned' : 'none';
}

/**
 * The chart version of the HelmRelease `ref` names (its file's text given): its own spec.chart.spec.version when
 * its document writes a chart, else the one the base it patches gives; a chart from a GitRepository or Bucket at
 * the version its Chart.yaml says at the commit `read` reads. Errors name file:line (flux.ts's, at the file that
 * gives the chart).
 */
export async function releaseChartRevision(
  ref: FluxRef,
  text: string,
  file: string,
  read: Read,
  cache?: ParseCache,
): Promise<ReleaseRevision> {
  if (ownChart(ref, text, file, cache) === 'versioned') return fluxChartRevision(text, file, releaseName(ref), cache)!;
  const rel = await readFluxRelease(ref, read, cache);
  const base = rel.documents.length > 1 ? rel.documents[0] : undefined;
  if (rel.source.path !== undefined && rel.source.repoURL === undefined) {
    const chartFile = `${rel.source.path.replace(/\/+$/, '')}/Chart.yaml`;
    const chartText = await read(chartFile);
    if (chartText === undefined)
      throw new UserError(`HelmRelease ${rel.name} takes its chart from ${rel.from}, but ${chartFile} is not in the repository`, {
        file: base?.file ?? file,
        line: 1,
        hint: "point spec.chart.spec.chart at the chart's folder in the source",
      });
    const version = chartMeta(chartText).version ?? '';
    return {
      file: chartFile,
      path: ['version'],
      line: versionLine(chartText, chartFile, cache),
      current: version,
      name: rel.name,
      chart: chartMeta(chartText).name ?? rel.source.path,
      flux: 'HelmRelease',
      fixed: `HelmRelease ${rel.name} takes its chart from ${rel.from}: helm-controller builds it from the source's revision, so its version is ${chartFile}'s and moves with the commit, not by a promotion`,
    };
  }
  if (!base) return fluxChartRevision(text, file, releaseName(ref), cache)!;
  const baseText = (await read(base.file)) ?? '';
  const rev = fluxChartRevision(baseText, base.file, rel.name, cache)!;
  return {
    ...rev,
    fixed: `the chart version of HelmRelease ${rel.name} is ${base.file}'s, which ${file} patches and other environments may share: a promotion does not move it there`,
  };
}

/** The `#name` of the config's reference, if any. */
function releaseName(ref: FluxRef): string | undefined {
  const hash = ref.helmrelease.indexOf('#');
  return hash < 0 ? undefined : ref.helmrelease.slice(hash + 1).trim() || undefined;
}

/** The line of a Chart.yaml's `version:` (1 when it has none). */
function versionLine(text: string, file: string, cache?: ParseCache): number {
  const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
  return parsed.lineOf(mapValue(parsed.doc.contents, 'version')) ?? 1;
}

/**
 * Where a Flux environment's chart version is pinned: the OCIRepository its HelmRelease's chartRef names
 * (`ocirepository:`), read from that file; else the HelmRelease, read as helm-controller resolves it
 * (releaseChartRevision). Undefined for an environment that names neither.
 */
export function fluxChartPin(e: { helmrelease?: string; ocirepository?: string }): ChartPin | undefined {
  if (e.ocirepository !== undefined) return chartPin(e.ocirepository, 'OCIRepository');
  const release = e.helmrelease;
  if (release === undefined) return undefined;
  return chartPin(
    release,
    'HelmRelease',
    (r) => (text, read, _charts, cache) => releaseChartRevision({ helmrelease: release }, text, r.file, read, cache),
  );
}

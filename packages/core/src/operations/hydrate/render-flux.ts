// What a Flux environment deploys, for hydration. A `helmrelease:` environment: its HelmRelease read as
// helm-controller installs it (promote/flux-release.ts, the reader the pull request check and promote-env
// use: the patch over its base, values in Flux's order, release name, target and storage namespaces), with
// its chart from this repository (a GitRepository sourceRef: read at the DRY commit, offline), from an OCI
// registry (a HelmRepository of type oci or an OCIRepository chartRef, pulled with the manifest and the
// archive checked against their digests, spec.ref.digest when the OCIRepository pins one) or from a classic
// https repository (the archive checked against its index's digest). A `flux-kustomization:` environment:
// its variables for the post-build substitution (render/flux-substitute.ts applies them), from
// spec.postBuild.substituteFrom ConfigMaps of the repository in order, then spec.postBuild.substitute.
// Anything lockstep cannot read (a valuesFrom Secret, a substituteFrom entry outside the repository) is
// refused, never left out: a hydrated branch holds what the cluster would receive, or nothing.

import { posix } from 'node:path';
import { isMap, isScalar, parseAllDocuments, parseDocument } from 'yaml';
import type { EnvironmentConfig } from '../../config/config.ts';
import { UserError } from '../../errors.ts';
import { fluxRef, readFluxRelease, type FluxRelease } from '../../promote/flux-release.ts';
import { entriesOf } from '../../promote/flux-substitute-from.ts';
import { ociReference } from '../../promote/values-drift.ts';
import { isClassicRepository } from '../../registry/helm-repository.ts';
import type { ImageReference } from '../../registry/reference.ts';
import { readChartFolder, type ChartInput, type ChartReader } from '../../render/render.ts';

type Read = (path: string) => Promise<string | undefined>;

/** Where a render's chart archive comes from outside the repository (plan.ts opens the registry client once per run). */
export interface ChartPuller {
  /** A chart pushed to an OCI registry (`helm push`), its manifest and layer checked against their digests. */
  oci(ref: ImageReference): Promise<Uint8Array>;
  /** A chart of a classic https Helm repository, its archive checked against the index's digest. */
  repository(repoURL: string, chart: string, version: string): Promise<Uint8Array>;
}

/** What a HelmRelease environment renders with: Helm's side, and the label of where the chart came from. */
export interface ReleaseSide {
  chart: ChartInput;
  release: string;
  namespace?: string;
  values: string[];
  from: string;
}

/** The HelmRelease of `e` at the DRY commit, with its chart; `message` says why it cannot be hydrated. */
export async function helmReleaseSide(
  e: EnvironmentConfig,
  reader: ChartReader & { chart?: (dir: string) => ReturnType<typeof readChartFolder> },
  inRepo: (p: string) => string,
  pull: ChartPuller,
): Promise<ReleaseSide | { message: string }> {
  let rel: FluxRelease;
  try {
    rel = await readFluxRelease(fluxRef(e, inRepo)!, reader.read);
  } catch (err) {
    if (err instanceof UserError) return { message: err.format() };
    throw err;
  }
  if (rel.unread.length > 0)
    return {
      message: `HelmRelease ${rel.name}: ${rel.unread.join('; ')}, so its render would not be what helm-controller installs (keep those values in a ConfigMap of the repository)`,
    };
  const chart = await chartOf(rel, reader, pull);
  if ('message' in chart) return chart;
  return {
    chart: chart.input,
    release: rel.releaseName,
    ...(rel.namespace ? { namespace: rel.namespace } : {}),
    values: rel.values.map((v) => v.text),
    from: chart.from,
  };
}

/** The release's chart: a folder of this repository, an OCI artifact, or a classic repository's archive. */
async function chartOf(
  rel: FluxRelease,
  reader: ChartReader & { chart?: (dir: string) => ReturnType<typeof readChartFolder> },
  pull: ChartPuller,
): Promise<{ input: ChartInput; from: string } | { message: string }> {
  const { source, version } = rel;
  if (source.path !== undefined) {
    const dir = posix.normalize(source.path).replace(/\/+$/, '');
    if (dir === '..' || dir.startsWith('../') || dir.startsWith('/'))
      return { message: `HelmRelease ${rel.name}: its chart ${source.path} is outside the repository` };
    const files = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
    if ('unavailable' in files) return { message: `HelmRelease ${rel.name}: ${files.unavailable}` };
    return { input: files, from: `${dir} of this repository` };
  }
  const what = `HelmRelease ${rel.name}: chart ${source.chart ?? '(none)'} ${version || '(no version)'} of ${rel.from}`;
  try {
    const ref = ociReference(source, version);
    if (ref)
      return {
        input: { tgz: await pull.oci(ref) },
        from: `oci://${ref.registry}/${ref.repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag ?? ''}`}`,
      };
    if (source.repoURL && source.chart && version && isClassicRepository(source.repoURL))
      return {
        input: { tgz: await pull.repository(source.repoURL, source.chart, version) },
        from: `${source.repoURL} ${source.chart} ${version}`,
      };
  } catch (err) {
    if (err instanceof UserError || (err instanceof Error && err.name === 'RegistryError')) return { message: `${what}: ${err.message}` };
    throw err;
  }
  return { message: `${what}: no chart folder, OCI registry or https repository to read it from` };
}

/** Flux Kustomization fields that change the build beyond spec.path, spec.images, targetNamespace and postBuild. */
const UNAPPLIED = ['patches', 'components', 'commonMetadata', 'namePrefix', 'nameSuffix', 'patchesStrategicMerge', 'patchesJson6902'];

/**
 * The overlay's files with `namespace` set in the kustomization of `dir`, as kustomize-controller sets a Flux
 * Kustomization's targetNamespace there before it builds; unchanged when the folder has no kustomization.
 */
export function withTargetNamespace(files: ReadonlyMap<string, string>, dir: string, namespace: string): ReadonlyMap<string, string> {
  const at = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
    .map((n) => (dir === '.' ? n : `${dir}/${n}`))
    .find((p) => files.has(p));
  if (at === undefined) return files;
  const doc = parseDocument(files.get(at)!);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return files;
  doc.set('namespace', namespace);
  return new Map([...files, [at, doc.toString()]]);
}

/**
 * The variables Flux substitutes after the build of the Flux Kustomization in `file`: each
 * spec.postBuild.substituteFrom ConfigMap's data in order (a later one over an earlier), then
 * spec.postBuild.substitute over them all; line breaks removed from values, as Flux removes them.
 */
export async function fluxVariables(file: string, read: Read): Promise<Map<string, string> | { message: string }> {
  const text = await read(file);
  if (text === undefined) return { message: `${file} is not in the commit` };
  let index: number;
  let substitute: unknown;
  try {
    const docs = parseAllDocuments(text.replace(/^\ufeff/, ''));
    index = (Array.isArray(docs) ? docs : [docs]).findIndex((d) => {
      const kind = isMap(d.contents) ? d.get('kind') : undefined;
      return kind === 'Kustomization' && /^kustomize\.toolkit\.fluxcd\.io\//.test(String(d.get('apiVersion') ?? ''));
    });
    const doc = index >= 0 ? (Array.isArray(docs) ? docs : [docs])[index] : undefined;
    substitute = doc?.getIn(['spec', 'postBuild', 'substitute'], true);
    // What kustomize-controller would also apply to the build, which lockstep does not: refused, never left out.
    const spec = doc?.get('spec');
    const more = isMap(spec) ? UNAPPLIED.filter((k) => spec.has(k)) : [];
    if (more.length > 0)
      return {
        message: `${file}: spec.${more.join(', spec.')} of the Flux Kustomization is not applied by lockstep's build, so it cannot be hydrated`,
      };
  } catch {
    return { message: `${file} does not parse as YAML` };
  }
  const vars = new Map<string, string>();
  const entries = index === 0 ? (await entriesOf(text, file, read)).entries : [];
  if (index > 0 && /substituteFrom/.test(text))
    return { message: `${file}: spec.postBuild.substituteFrom is read from a Flux Kustomization that is the file's first document only` };
  for (const entry of entries) {
    const at = `${file}:${entry.line}: spec.postBuild.substituteFrom ${entry.kind} ${entry.name}`;
    if (entry.kind === 'Secret' || entry.found?.secret)
      return { message: `${at}: lockstep never reads secrets, so the variables it sets cannot be hydrated` };
    if (!entry.found) return { message: `${at} is not in the repository, so the variables it sets are unknown` };
    if (entry.found.opaque !== undefined) return { message: `${at} is read only in part (${entry.found.opaque})` };
    for (const [name, slot] of entry.found.slots) vars.set(name, slot.value.replace(/\n/g, ''));
  }
  if (isMap(substitute))
    for (const p of substitute.items)
      if (isScalar(p.key)) vars.set(String(p.key.value), isScalar(p.value) ? String(p.value.value ?? '').replace(/\n/g, '') : '');
  return vars;
}

// A chart version read from the classic https Helm repository an Argo CD
// Application's repoURL (or a Flux HelmRepository of the default type) names:
// index.yaml, then the archive it lists, checked against the index's digest
// (registry/helm-repository.ts). values-drift, chart-version and the rendered
// diff read it after the chart's release tag and chart folder, where they
// read an OCI artifact for a registry. An archive whose bytes are not the ones
// the index lists is refused outright, whatever the mode: that is no chart
// that "cannot be read" but one that was replaced.

import { UserError } from '../errors.ts';
import { isClassicRepository } from '../registry/helm-repository.ts';
import type { PromoteWorld } from './ports.ts';

/** An archive whose bytes are not the ones the index lists: refused by every reader (render included), never a chart "not read". */
export class ReplacedChart extends UserError {}

/**
 * What a classic repository gave: the archive and where it came from; or why not, for the list of places tried
 * (`denied` when the repository refused lockstep: a 401/403, one line that says where credentials are read from).
 */
export type RepositoryRead = { tgz: Uint8Array; where: string } | { tried: string; denied?: true };

/**
 * The chart `source.chart` at `version` from `source.repoURL` when it is a
 * classic repository (undefined when it is not one). Throws a UserError for an
 * archive whose digest differs from the index's.
 */
export async function repositoryChart(
  ports: Pick<PromoteWorld, 'pullRepositoryChart'>,
  source: { repoURL?: string; chart?: string; secretRef?: string },
  version: string,
  at?: { file: string; line: number },
): Promise<RepositoryRead | undefined> {
  const { repoURL, chart } = source;
  if (!repoURL || !chart || !isClassicRepository(repoURL)) return undefined;
  const repo = repoURL.trim().replace(/\/+$/, '');
  try {
    const got = await ports.pullRepositoryChart(repo, chart, version);
    return { tgz: got.tgz, where: `${got.url} (listed in ${repo}/index.yaml)` };
  } catch (e) {
    if (!(e instanceof Error && e.name === 'RegistryError')) throw e;
    const kind = (e as Error & { kind?: string }).kind;
    if (kind === 'mismatch')
      throw new ReplacedChart(`chart ${chart} ${version}: ${e.message}`, {
        ...(at ?? {}),
        hint: (e as Error & { hint?: string }).hint ?? 'nothing was written',
      });
    if (kind === 'unauthenticated' || kind === 'denied')
      // A Flux HelmRepository's secretRef names a cluster Secret: lockstep reads none, and says where it reads instead.
      return {
        tried: source.secretRef
          ? `${e.message}; its HelmRepository's spec.secretRef (${source.secretRef}) is a cluster Secret, which lockstep does not read: it takes a repository's credentials from Helm's repositories.yaml`
          : e.message,
        denied: true,
      };
    return { tried: `${repo}/index.yaml (${e.message})` };
  }
}

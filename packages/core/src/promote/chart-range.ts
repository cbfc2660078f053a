// The version a chart range resolves to where the target's deployer pulls it (issue 72: "a semver range resolved
// against the index as helm-controller does (the highest match)"): source-controller resolves an OCIRepository's
// spec.ref.semver against the registry's tags and a HelmRelease's spec.chart.spec.version against the repository's
// index, Argo CD a targetRevision range the same way. A promotion from a range to a version compares what the
// target runs now, the range's highest match today, with what it will run: a lower version is refused as any is.

import valid from 'semver/functions/valid.js';
import validRange from 'semver/ranges/valid.js';
import { UserError } from '../errors.ts';
import { readChartArchive } from '../charts/archive.ts';
import { chartMeta } from '../values/chart-files.ts';
import { chartWhere, ociReference } from '../deploy/chart-reference.ts';
import type { ChartSource } from '../deploy/chart-reference.ts';
import { repositoryChart } from './chart-repository.ts';
import type { PromoteWorld } from './ports.ts';

/** A side of a chart change as its deployer pulls it: the exact version, and what it was said as (a range and its match). */
export type Resolved = { version: string; said?: string } | { unread: string };

/**
 * `version` as the deployer of `source` pulls it: an exact version as it is; a semver range resolved to its highest
 * match in the registry's tags (an OCI source) or the repository's index (a classic https one), said with the range;
 * undefined for anything else (a git revision, a source lockstep cannot ask). What the registry refuses is `unread`.
 */
export async function resolvedChartVersion(
  source: ChartSource,
  version: string,
  ports: Pick<PromoteWorld, 'resolveChart' | 'pullRepositoryChart'>,
): Promise<Resolved | undefined> {
  if (valid(version)) return { version };
  if (validRange(version) === null) return undefined;
  const ref = ociReference(source, version);
  try {
    if (ref) {
      const exact = await ports.resolveChart(ref);
      const tag = exact.tag?.replace(/_/g, '+');
      if (tag && valid(tag)) return { version: tag, said: `${version} resolves to ${tag} at ${chartWhere(exact)}` };
      return { unread: `${version}: ${chartWhere(exact)} is no version` };
    }
    const classic = await repositoryChart(ports, source, version);
    if (!classic) return undefined;
    if ('tried' in classic) return { unread: `${version}: ${classic.tried}` };
    const meta = chartMeta((await readChartArchive(Buffer.from(classic.tgz), classic.where)).get('Chart.yaml') ?? '');
    if (meta.version && valid(meta.version))
      return { version: meta.version, said: `${version} resolves to ${meta.version} at ${classic.where}` };
    return { unread: `${version}: ${classic.where} says version ${meta.version ?? '(none)'}` };
  } catch (e) {
    if (!(e instanceof UserError || (e instanceof Error && e.name === 'RegistryError'))) throw e;
    return { unread: `${version}: ${e.message}` };
  }
}

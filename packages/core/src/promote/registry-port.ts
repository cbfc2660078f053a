// The registry side of a promotion: image digests resolved (and verified against a `verify:` policy),
// charts read from their OCI artifacts; a registry's refusal becomes a UserError naming the image.

import { named, words } from '../errors.ts';
import { readChartArchive } from '../charts/archive.ts';
import { pullChartArchive, resolveChartVersion } from '../registry/chart.ts';
import { pullRepositoryChart } from '../registry/helm-repository.ts';
import { RegistryError, type RegistryClient } from '../registry/client.ts';
import type { HelmRepositoriesSource } from '../registry/helm-repositories.ts';
import type { DigestVerifier } from '../registry/verify.ts';
import type { PromoteWorld } from './ports.ts';
import { parseReference } from '../registry/reference.ts';
import { planCopy, runCopy } from '../registry/image-copy.ts';

/**
 * What a promotion reads from registries through `registry`; the verify policies are read from `workdir`, a classic
 * repository's credentials from Helm's repositories.yaml (`helmRepositories`; anonymous without it).
 */
export function promoteRegistry(
  registry: RegistryClient,
  workdir: string,
  helmRepositories?: HelmRepositoriesSource,
  copier: () => RegistryClient = () => registry,
): Pick<
  PromoteWorld,
  'resolveDigest' | 'verifyDigest' | 'readChart' | 'pullChartArchive' | 'resolveChart' | 'pullRepositoryChart' | 'copyImage'
> {
  let verifier: DigestVerifier | undefined;
  return {
    async copyImage(from, to, digest, dryRun) {
      const client = copier();
      const source = { client, ref: parseReference(`${from}@${digest}`) };
      const target = { client, ref: parseReference(`${to}@${digest}`) };
      try {
        const plan = await planCopy(source, digest);
        const counts = { manifests: plan.nodes.length, blobs: plan.blobs, bytes: plan.bytes, referrers: plan.referrers, tags: plan.tags };
        if (dryRun) return { ...counts, sent: 0 };
        const done = await runCopy(source, target, plan);
        return { ...counts, sent: done.blobs.copied + done.blobs.mounted };
      } catch (e) {
        if (e instanceof RegistryError)
          throw e.asUserError(
            `${from}@${digest} could not be copied to ${target.ref.registry}`,
            'check both registries and the credentials for them (docker login), then run again; nothing was pinned, committed or pushed',
          );
        throw e;
      }
    },
    async resolveDigest(ref, service) {
      try {
        return (await registry.resolve(ref)).digest;
      } catch (e) {
        if (e instanceof RegistryError)
          throw e.asUserError(
            `${service}: could not resolve ${ref.original} to a digest`,
            words`check that the image was pushed with this tag (${named('resolve-digests')} proves it exists before anything is written)`,
          );
        throw e;
      }
    },
    async verifyDigest(service, ref, digest, policy) {
      // Loaded on the first digest a `verify:` policy covers: promotions without one never load the verifiers.
      const { DigestVerifier, policyFiles } = await import('../registry/verify.ts');
      verifier ??= new DigestVerifier(registry, policyFiles(workdir));
      try {
        return await verifier.verify(service, ref, digest, policy);
      } catch (e) {
        if (e instanceof RegistryError)
          throw e.asUserError(`${service}: could not verify ${ref.name}@${digest}`, 'check the registry and retry; nothing was written');
        throw e;
      }
    },
    async readChart(ref) {
      return readChartArchive(await pullChartArchive(registry, ref), `the chart ${ref.original}`, { templates: true, subcharts: true });
    },
    pullChartArchive: (ref) => pullChartArchive(registry, ref),
    resolveChart: (ref) => resolveChartVersion(registry, ref),
    pullRepositoryChart: (repoURL, chart, version) => pullRepositoryChart(registry, repoURL, chart, version, helmRepositories),
  };
}

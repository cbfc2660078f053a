// The charts the pull request check pulls to render a Flux HelmRelease whose
// chart is not in the repository: from the HelmRepository of type `oci` or the
// spec.chartRef OCIRepository (Helm's chart layer, by spec.ref.digest when the
// OCIRepository pins one, every blob checked against its digest), or from a
// classic https HelmRepository (index.yaml and the archive it lists, checked
// against the index's digest; credentials from Helm's repositories.yaml). Only
// the registry or repository the release names is contacted (and only when the
// base commit names it: remote-named.ts), each chart version once per check,
// within one deadline for them all, and every size is capped by the registry
// client. An archive whose digest is not the one its index or manifest gives is
// refused, never rendered. Plain http (a registry or repository on 127.0.0.1,
// an archive or redirect there) is refused before anything is sent, unless the
// process's environment carries LOOPBACK_TEST_SWITCH: lockstep's own test
// harness sets it to reach its loopback servers; nothing in a repository can.

import { ForbiddenDestinationError, type Transport } from '../../http/transport.ts';
import { LOOPBACK_TEST_SWITCH } from '../../http/test-switch.ts';
import { pullChartArchive, resolveChartVersion } from '../../registry/chart.ts';
import { pullPinnedChart } from '../../deploy/chart-pull.ts';
import { RegistryClient, RegistryError } from '../../registry/client.ts';
import { dockerConfigPath, dockerCredentialSource } from '../../registry/docker-config.ts';
import { helmRepositoriesSource } from '../../registry/helm-repositories.ts';
import { isClassicRepository, pullRepositoryChart } from '../../registry/helm-repository.ts';
import type { Clock, RetryPolicy } from '../../registry/retry.ts';
import { ociReference, type ChartSource } from '../../deploy/chart-reference.ts';

/** At most this long for every chart a check pulls. */
export const REMOTE_CHART_DEADLINE_MS = 120_000;

/**
 * A remote chart pulled: its archive and where from, and (`version`) the version its Chart.yaml says when the
 * release asked for a range or a digest, not one version; or why not, with the host asked and whether the bytes were
 * refused.
 */
export type RemoteChart = { tgz: Uint8Array; where: string; version?: string } | { problem: string; host: string; replaced?: true };

/** `transport`, refusing plain http unless the test switch is on. */
function httpsOnly(transport: Transport, env: NodeJS.ProcessEnv): Transport {
  if (env[LOOPBACK_TEST_SWITCH] === '1') return transport;
  return async (req) => {
    const url = new URL(req.url);
    if (url.protocol !== 'https:')
      throw new ForbiddenDestinationError(
        `refusing ${url.protocol}//${url.host}: the pull request check reads charts over https only (plain http to this machine is for lockstep's own tests)`,
      );
    return transport(req);
  };
}

/** Pulls the chart `source` names at `version`; undefined when the source is no remote repository lockstep reads. */
export interface RemoteCharts {
  (source: ChartSource, version: string): Promise<RemoteChart> | undefined;
  close(): void;
}

/** The puller over `transport`, with Docker's credentials for registries and Helm's for classic repositories. */
export function remoteCharts(o: {
  transport: Transport & { close?(): void };
  env: NodeJS.ProcessEnv;
  home: string;
  secret: (value: string) => void;
  clock?: Clock;
  retry?: RetryPolicy;
  log?: (line: string) => void;
}): RemoteCharts {
  const client = new RegistryClient({
    transport: httpsOnly(o.transport, o.env),
    clock: o.clock,
    retry: o.retry,
    deadlineMs: REMOTE_CHART_DEADLINE_MS,
    credentials: dockerCredentialSource({ configPath: dockerConfigPath(o.env, o.home), secret: o.secret, log: o.log }),
    log: o.log,
  });
  const helmRepositories = helmRepositoriesSource({ env: o.env, secret: o.secret });
  const pulled = new Map<string, Promise<RemoteChart>>();
  const failed =
    (host: string, secretRef?: string) =>
    (e: unknown): RemoteChart => {
      if (!(e instanceof RegistryError)) throw e;
      // A Flux HelmRepository's secretRef names a cluster Secret: lockstep reads none, and says where it reads instead.
      const denied = (e.kind === 'unauthenticated' || e.kind === 'denied') && secretRef;
      const problem = denied
        ? `${e.message}; its HelmRepository's spec.secretRef (${secretRef}) is a cluster Secret, which lockstep does not read: it takes a repository's credentials from Helm's repositories.yaml`
        : e.message;
      return { problem, host, ...(e.kind === 'mismatch' ? { replaced: true as const } : {}) };
    };
  const pull = ((source: ChartSource, version: string) => {
    const { repoURL, chart } = source;
    if (!repoURL || !chart || version === '') return undefined;
    const key = JSON.stringify([repoURL, chart, version, source.digests?.get(version) ?? '']);
    const known = pulled.get(key);
    if (known) return known;
    let got: Promise<RemoteChart> | undefined;
    if (isClassicRepository(repoURL)) {
      const host = new URL(repoURL.trim()).host;
      got = pullRepositoryChart(client, repoURL, chart, version, helmRepositories).then(
        (c) => ({ tgz: c.tgz, where: c.url }),
        failed(host, source.secretRef),
      );
    } else {
      const ref = ociReference(source, version);
      if (!ref) return undefined;
      // A range resolved against the registry's tags first, so the place said is the tag pulled (deploy/chart-pull.ts).
      const pinned = { resolve: (r: typeof ref) => resolveChartVersion(client, r), oci: (r: typeof ref) => pullChartArchive(client, r) };
      got = pullPinnedChart(ref, pinned).catch(failed(ref.registry));
    }
    pulled.set(key, got);
    return got;
  }) as RemoteCharts;
  pull.close = () => o.transport.close?.();
  return pull;
}

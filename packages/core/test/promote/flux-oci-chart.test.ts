import { UserError, UserErrors } from '../../src/errors.ts';
import { ParseCache } from '../../src/text/parse-cache.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { checkChartVersion } from '../../src/promote/chart-version.ts';
import { planPromotion } from '../../src/promote/plan.ts';
import { checkRoute } from '../../src/promote/request.ts';
import { checkValuesDrift } from '../../src/promote/values-drift.ts';
import { digest as d, promoteRequestFor } from '../helpers.ts';
import { gitDouble, planWorldDouble, worldDouble } from './ports-double.ts';

// An OCIRepository holds no chart key: its spec.url (oci://<registry>/<path>/<chart>) names the chart. A refusal
// about one of its chart versions names that chart: it said "chart chart 6.5.0", the name taken from a key the
// resource does not have. The chart is read from that registry (flux-release.ts): here none answers (the double's
// registry refuses every read), so each refusal names the artifact tried.

const release = (tag: string, digestOf: string) =>
  [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: podinfo',
    'spec:',
    '  chartRef:',
    '    kind: OCIRepository',
    '    name: podinfo',
    '  values:',
    '    image:',
    '      repository: ghcr.io/acme/podinfo',
    `      tag: ${tag}`,
    `      digest: ${digestOf}`,
    '',
  ].join('\n');
const oci = (tag: string) =>
  [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: OCIRepository',
    'metadata:',
    '  name: podinfo',
    'spec:',
    '  interval: 10m',
    '  url: oci://ghcr.io/acme/charts/podinfo',
    '  ref:',
    `    tag: ${tag}`,
    '',
  ].join('\n');
const FILES: Record<string, string> = {
  'clusters/staging/apps/podinfo.yaml': release('6.5.4', d('a')),
  'clusters/staging/sources/podinfo.yaml': oci('6.5.4'),
  'clusters/production/apps/podinfo.yaml': release('6.5.0', d('b')),
  'clusters/production/sources/podinfo.yaml': oci('6.5.0'),
};
const CONFIG = parseConfigText(
  [
    'services:',
    '  podinfo: { image: ghcr.io/acme/podinfo, values-key: image }',
    'environments:',
    '  - { name: staging, ocirepository: clusters/staging/sources/podinfo.yaml, helmrelease: clusters/staging/apps/podinfo.yaml }',
    '  - { name: production, ocirepository: clusters/production/sources/podinfo.yaml, helmrelease: clusters/production/apps/podinfo.yaml, protected: true }',
    '',
  ].join('\n'),
  '.github/lockstep.yml',
);
const BASE = 'f'.repeat(40);

const PORTS = worldDouble({ git: gitDouble({ readAt: async (_c, p) => FILES[p] }) });

async function planned(over: { chartVersion?: string } = {}) {
  const req = promoteRequestFor(CONFIG, { from: { kind: 'env', env: 'staging' }, to: 'production', ...over });
  const route = checkRoute(req);
  const world = planWorldDouble({ readBase: async (p) => FILES[p], lastCommit: async () => BASE, resolveDigest: async () => d('9') });
  return { req, route, plan: await planPromotion(req, route, world) };
}

const refusal = async (p: Promise<unknown>): Promise<string[]> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (e instanceof UserErrors) return e.errors.map((x) => x.format());
  if (e instanceof UserError) return [e.format()];
  throw new Error(`expected a UserError, got ${String(e)}`);
};

test('values-drift in a protected environment: the refusal names chart podinfo (the last segment of spec.url), each version once', async () => {
  const { req, route, plan } = await planned();
  expect(await refusal(checkValuesDrift(req, route, plan, PORTS, BASE, new ParseCache()))).toEqual([
    "clusters/production/sources/podinfo.yaml:9: values-drift: chart podinfo 6.5.0 could not be read: tried oci://ghcr.io/acme/charts/podinfo:6.5.0 (readChart: no registry client); chart podinfo 6.5.4 could not be read: tried oci://ghcr.io/acme/charts/podinfo:6.5.4 (readChart: no registry client) — publish each chart version where lockstep reads it (its release tag podinfo-<version> in this repository, its OCI artifact: the Application's registry or chart-registry in the config, or the https Helm repository's index.yaml), or set values-drift: warn to promote without the comparison",
  ]);
});

test('an explicit chart-version never released is refused naming chart podinfo and the tag tried', async () => {
  const { req, route, plan } = await planned({ chartVersion: '6.5.9' });
  expect(await refusal(checkChartVersion(req, route, plan, PORTS, BASE))).toEqual([
    "input 'chart-version' is 6.5.9, which is not a released version of chart podinfo: tried tag podinfo-6.5.9 (not in the repository); oci://ghcr.io/acme/charts/podinfo:6.5.9 (readChart: no registry client) — give a version released as the tag podinfo-<version> or pushed to the chart registry",
  ]);
});

import { LocalRegistry } from '../../../../action-tests/harness/registry.ts';
import type { UserError } from '../../src/errors.ts';
import { digest } from '../helpers.ts';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { promoteRequest } from '../../src/operations/promote/request.ts';
import { runPromote } from '../../src/operations/promote/run.ts';
import { dryRun, repo } from '../operations/rendered-repo.ts';
import { helmPush, podinfoChartRef } from '../deploy/same-answer-helpers.ts';

// Issue 72: with values-drift: off, whether a promotion that moves only an OCIRepository's spec.ref.digest (under one
// semver range) lowers the chart is judged by pulling both digests' artifacts (chart-version.ts). prod's digest names
// a manifest the registry does not hold (its GET answers 404): the version it runs cannot be read. A protected prod
// refuses, naming the place tried and the registry's words; an unprotected one is promoted, and the plan says what was
// not judged. The registry's words are the distribution spec's code for a manifest it does not hold (MANIFEST_UNKNOWN).
// podinfo 1.3.0 is pushed with the real Helm to the tests' registry; staging pins its digest.

const API = `ghcr.io/acme/api:6.14.0@${digest('0')}`;
const GONE = digest('9');

let registry: LocalRegistry;
let digest13: string;
beforeAll(async () => {
  registry = await LocalRegistry.start();
  digest13 = await helmPush(
    {
      'podinfo/Chart.yaml': 'apiVersion: v2\nname: podinfo\nversion: 1.3.0\n',
      'podinfo/values.yaml': 'image: none\n',
      'podinfo/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: {{ .Release.Name }} }\ndata: { image: {{ .Values.image | quote }} }\n',
    },
    'podinfo',
    `oci://${registry.host}/charts`,
  );
}, 120_000);
afterAll(async () => {
  await registry?.stop();
});

/** Environment `env`'s OCIRepository (one range, the digest `pinned`) and HelmRelease, in one file. */
const podinfo = (env: string, pinned: string) => podinfoChartRef(registry.host, env, '>=1.2.0 <1.4.0', pinned, API);

/** staging on 1.3.0's digest, prod on one the registry does not hold; prod's values-drift and values-contract off. */
const files = (prodProtected: boolean): Record<string, string> => ({
  '.github/lockstep.yml': [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: image }',
    'environments:',
    '  - { name: staging, helmrelease: apps/staging/podinfo.yaml#podinfo, ocirepository: apps/staging/podinfo.yaml#podinfo }',
    '  - name: prod',
    '    helmrelease: apps/prod/podinfo.yaml#podinfo',
    '    ocirepository: apps/prod/podinfo.yaml#podinfo',
    `    protected: ${prodProtected}`,
    '    values-drift: off',
    '    values-contract: off',
    '',
  ].join('\n'),
  'apps/staging/podinfo.yaml': podinfo('staging', digest13),
  'apps/prod/podinfo.yaml': podinfo('prod', GONE),
});

/** promote staging → prod, dry-run: its outcome and notes, or its refusal as the user reads it. */
const promoted = (main: Record<string, string>) =>
  dryRun(repo(main), 'staging', 'prod').then(
    (r) => ({ outcome: r.outcome, notes: r.notes.filter((n) => n.includes('could not be judged')) }),
    (e: UserError) => e.format(),
  );

test('protected prod whose digest names no artifact: refused at the chart line, naming the place tried', async () => {
  expect(await promoted(files(true))).toBe(
    `apps/prod/podinfo.yaml:8: chart >=1.2.0 <1.4.0 → >=1.2.0 <1.4.0: whether it lowers the chart version prod runs could not be judged (chart podinfo >=1.2.0 <1.4.0 could not be read: tried oci://${registry.host}/charts/podinfo@${GONE} (${registry.host}/charts/podinfo@${GONE} not found (MANIFEST_UNKNOWN: manifest unknown))) — make the chart of both sides readable where lockstep pulls it (the registry's credentials in the Docker config), or set allow-chart-downgrade: true to promote prod without the check`,
  );
});

test('unprotected prod: promoted, the plan saying what was not judged', async () => {
  expect(await promoted(files(false))).toEqual({
    outcome: 'dry-run',
    notes: [
      `chart >=1.2.0 <1.4.0 → >=1.2.0 <1.4.0: whether it lowers the chart version prod runs could not be judged (chart podinfo >=1.2.0 <1.4.0 could not be read: tried oci://${registry.host}/charts/podinfo@${GONE} (${registry.host}/charts/podinfo@${GONE} not found (MANIFEST_UNKNOWN: manifest unknown))); promoted, prod being unprotected.`,
    ],
  });
});

test('protected prod with allow-chart-downgrade: a lower chart is fine, so promoted, the plan saying what was not judged', async () => {
  const w = repo(files(true));
  const inputs = new Inputs(
    mapInputs({ from: 'staging', to: 'prod', 'dry-run': 'true', 'resolve-digests': 'false', 'allow-chart-downgrade': 'true' }),
  );
  const r = await runPromote(promoteRequest(inputs, w), w);
  expect({ outcome: r.outcome, notes: r.notes.filter((n) => n.includes('could not be judged')) }).toEqual({
    outcome: 'dry-run',
    notes: [
      `chart >=1.2.0 <1.4.0 → >=1.2.0 <1.4.0: whether it lowers the chart version prod runs could not be judged (chart podinfo >=1.2.0 <1.4.0 could not be read: tried oci://${registry.host}/charts/podinfo@${GONE} (${registry.host}/charts/podinfo@${GONE} not found (MANIFEST_UNKNOWN: manifest unknown))) (allow-chart-downgrade).`,
    ],
  });
});

test('protected prod on a range that matches no version in the registry: refused at the chart line, naming the range tried', async () => {
  // No digest pins either side: staging runs the tag 1.3.0, prod floats on >=2.0.0 <3.0.0, which no tag the registry
  // lists admits. What prod runs today cannot be resolved as source-controller resolves it, so the move is not judged.
  const main = files(true);
  main['apps/staging/podinfo.yaml'] = main['apps/staging/podinfo.yaml'].replace(/ {4}semver: .*\n {4}digest: .*\n/, '    tag: 1.3.0\n');
  main['apps/prod/podinfo.yaml'] = main['apps/prod/podinfo.yaml'].replace(
    / {4}semver: .*\n {4}digest: .*\n/,
    '    semver: ">=2.0.0 <3.0.0"\n',
  );
  expect(await promoted(main)).toBe(
    `apps/prod/podinfo.yaml:8: chart >=2.0.0 <3.0.0 → 1.3.0: whether it lowers the chart version prod runs could not be judged (>=2.0.0 <3.0.0: ${registry.host}/charts/podinfo has no version in the range >=2.0.0 <3.0.0 (1 version listed, the highest 1.3.0)) — make the chart of both sides readable where lockstep pulls it (the registry's credentials in the Docker config), or set allow-chart-downgrade: true to promote prod without the check`,
  );
});

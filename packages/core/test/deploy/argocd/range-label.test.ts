import { deploymentOf } from '../../../src/deploy/kind.ts';
import { dryCommitChart } from '../../../src/deploy/argocd/side.ts';
import type { EnvironmentConfig } from '../../../src/config/config.ts';
import { LocalRegistry } from '../../../../../action-tests/harness/registry.ts';
import { helmPush, puller, reader } from '../same-answer-helpers.ts';

// Issue 72: an Argo CD Application whose chart-repository source names an OCI registry and a semver range as its
// targetRevision renders the highest version the registry's tags admit; its side says that version, the range beside
// it, and the tag pulled, as the pull request check says a Flux range (chart podinfo 1.3.0 (>=1.2.0 <1.4.0) from …).
// Charts myapp 3.2.1, 3.3.0 and 4.0.0 are pushed with the real Helm to the tests' registry.

let registry: LocalRegistry;
beforeAll(async () => {
  registry = await LocalRegistry.start();
  for (const version of ['3.2.1', '3.3.0', '4.0.0'])
    await helmPush(
      {
        'myapp/Chart.yaml': `apiVersion: v2\nname: myapp\nversion: ${version}\n`,
        'myapp/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: {{ .Release.Name }} }\n',
      },
      'myapp',
      `oci://${registry.host}/charts`,
    );
}, 120_000);
afterAll(async () => {
  await registry?.stop();
});

const APP = (revision: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata: { name: myapp-prod }',
    'spec:',
    '  destination: { namespace: prod }',
    '  source:',
    `    repoURL: oci://${registry.host}/charts`,
    '    chart: myapp',
    `    targetRevision: ${revision}`,
    '',
  ].join('\n');

/** The label of prod's side as hydrate reads it: its Application's chart pulled as hydrate pulls it. */
async function label(revision: string): Promise<string> {
  const commit = reader({ 'apps/prod.yaml': APP(revision) });
  const env = { name: 'prod', application: 'apps/prod.yaml' } as EnvironmentConfig;
  const side = await deploymentOf(env)!.side({ reader: commit, chart: dryCommitChart(commit, puller()), inRepo: (p) => p, charts: [] });
  return 'label' in side ? side.label : side.unavailable;
}

test('a range: the version pulled (3.3.0, the highest below 4.0.0), the range beside it, the tag pulled', async () => {
  expect(await label('">=3.0.0 <4.0.0"')).toBe(`chart myapp 3.3.0 (>=3.0.0 <4.0.0) from oci://${registry.host}/charts/myapp:3.3.0`);
});

test('one exact version: said as asked, nothing beside it', async () => {
  expect(await label('3.2.1')).toBe(`chart myapp 3.2.1 from oci://${registry.host}/charts/myapp:3.2.1`);
});

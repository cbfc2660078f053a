import { dirname } from 'node:path';
import { parseConfigText, type Config } from '../../src/config/config.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { renderedJson } from '../../src/render/report.ts';

// chart-bump-check builds a flux-kustomization: environment as kustomize-controller does (and as hydrate and
// promote-env do): spec.path with targetNamespace set, then the post-build variables substituted, so the guards
// judge the image the cluster would run, not the literal ${API_TAG}.

const WITH_KUBECTL = { PATH: `${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin` };
const DIGEST = `sha256:${'c'.repeat(64)}`;

function config(): Config {
  return parseConfigText(
    ['environments:', '  - { name: prod, flux-kustomization: clusters/prod/apps.yaml, protected: true }', ''].join('\n'),
    '.github/lockstep.yml',
  );
}

/** A cluster file as flux2's example layout writes it: the GitRepository first, the Kustomization second. */
const cluster = (substitute: string, from = false) =>
  [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: GitRepository',
    'metadata: { name: apps, namespace: flux-system }',
    'spec: { url: https://example.invalid/apps.git, ref: { branch: main } }',
    '---',
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata: { name: apps, namespace: flux-system }',
    'spec:',
    '  path: ./apps/api',
    '  targetNamespace: shop',
    '  sourceRef: { kind: GitRepository, name: apps }',
    '  postBuild:',
    `    substitute: ${substitute}`,
    ...(from ? ['    substituteFrom:', '      - kind: ConfigMap', '        name: cluster-vars'] : []),
    '',
  ].join('\n');

const APP = {
  'apps/api/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'apps/api/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: ghcr.io/acme/api:${API_TAG}',
    '          env:',
    '            - { name: REGION, value: "${REGION:=eu-west-1}" }',
    '',
  ].join('\n'),
  'clusters/prod/kustomization.yaml': 'resources:\n  - apps.yaml\n  - vars.yaml\n',
  'clusters/prod/vars.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cluster-vars, namespace: flux-system }\ndata:\n  REGION: us-east-2\n',
};

function reader(commits: Record<string, Record<string, string>>): CheckReader {
  return {
    list: async (commit, dir) => Object.keys(commits[commit]).filter((p) => dir === '.' || p.startsWith(`${dir}/`)),
    read: async (commit, p) => commits[commit][p],
  };
}

const inRepo = (p: string) => p;

describe('chart-bump-check builds a Flux Kustomization as kustomize-controller does', () => {
  test('a substitute that sets a tag: the substituted image in its namespace is refused, naming the object and container', async () => {
    const base = { ...APP, 'clusters/prod/apps.yaml': cluster(`{ API_TAG: "1.1.0@${DIGEST}" }`) };
    const head = { ...APP, 'clusters/prod/apps.yaml': cluster('{ API_TAG: "1.2.3" }') };
    const out = await renderChecks('auto', config(), [], { base: 'base', head: 'head' }, reader({ base, head }), WITH_KUBECTL, inRepo);
    const rows = renderedJson(out!.rendered);
    expect(rows.map((x) => x.object)).toEqual(['Deployment shop/api']);
    expect(rows[0].diff).toContain(`-          image: ghcr.io/acme/api:1.1.0@${DIGEST}\n+          image: ghcr.io/acme/api:1.2.3\n`);
    // The default of ${REGION:=eu-west-1}: no substituteFrom here.
    expect(rows[0].diff).toMatch(/\n +value: eu-west-1\n/);
    expect(out?.problems.map((p) => [p.level, `${p.file}:${p.line}`, p.message])).toEqual([
      [
        'error',
        // The line that writes the image (its tag the variable).
        'apps/api/deployment.yaml:10',
        'prod, a protected environment would run an image not pinned by digest: Deployment shop/api: container api runs ghcr.io/acme/api:1.2.3, not pinned by digest (spec.template.spec.containers[0].image); this line names ghcr.io/acme/api',
      ],
    ]);
  });

  test('a digest substituted, substituteFrom ConfigMap in a multi-document file: built and passed', async () => {
    const base = { ...APP, 'clusters/prod/apps.yaml': cluster(`{ API_TAG: "1.1.0@${DIGEST}" }`, true) };
    const head = { ...APP, 'clusters/prod/apps.yaml': cluster(`{ API_TAG: "1.2.3@${DIGEST}" }`, true) };
    const out = await renderChecks('auto', config(), [], { base: 'base', head: 'head' }, reader({ base, head }), WITH_KUBECTL, inRepo);
    expect(out?.problems).toEqual([]);
    const rows = renderedJson(out!.rendered);
    expect(rows.map((x) => x.object)).toEqual(['Deployment shop/api']);
    expect(rows[0].diff).toContain(`+          image: ghcr.io/acme/api:1.2.3@${DIGEST}\n`);
    // The ConfigMap's REGION, read from the Kustomization's own (second) document's substituteFrom.
    expect(rows[0].diff).toMatch(/\n +value: us-east-2\n/);
    expect(rows[0].diff).not.toContain('${');
  });
});

import { substituteFromFiles } from '../../../src/deploy/flux/flux-substitute-from.ts';

// The spec.postBuild.substituteFrom entries are read from the Flux Kustomization's own document, wherever it is in
// its file: flux2's example layout writes a cluster's GitRepository first and its Kustomization second.

const FILES: Record<string, string> = {
  'clusters/prod/apps.yaml': [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: GitRepository',
    'metadata: { name: apps }',
    'spec: { url: https://example.invalid/apps.git }',
    '---',
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata: { name: apps }',
    'spec:',
    '  path: ./apps',
    '  postBuild:',
    '    substituteFrom:',
    '      - kind: ConfigMap',
    '        name: cluster-vars',
    '',
  ].join('\n'),
  'clusters/prod/kustomization.yaml': 'resources:\n  - apps.yaml\n  - vars.yaml\n',
  'clusters/prod/vars.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cluster-vars }\ndata:\n  API_TAG: "1.2.3"\n',
};

const read = (p: string) => Promise.resolve(FILES[p]);

test('a Flux Kustomization second in its file: its substituteFrom ConfigMap is found', async () => {
  expect(await substituteFromFiles(FILES['clusters/prod/apps.yaml'], 'clusters/prod/apps.yaml', read)).toEqual(['clusters/prod/vars.yaml']);
});

test('a file whose only Kustomization is kustomize.config.k8s.io (no Flux one): nothing is read from it', async () => {
  const text = FILES['clusters/prod/apps.yaml'].replace('kustomize.toolkit.fluxcd.io/v1', 'kustomize.config.k8s.io/v1beta1');
  expect(await substituteFromFiles(text, 'clusters/prod/apps.yaml', read)).toEqual([]);
});

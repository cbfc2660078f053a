// A Flux Kustomization as the overlay promote-env renders (issue 56, item 5): its spec.path, its spec.images as
// image strings, its targetNamespace; one building another source's manifests, or a path outside the repository, said.

import { argoImage } from '../../src/render/kustomize.ts';
import { fluxKustomize, overlayTarget } from '../../src/render/overlay-target.ts';

const ks = (spec: string[]) =>
  ['apiVersion: kustomize.toolkit.fluxcd.io/v1', 'kind: Kustomization', 'metadata:', '  name: apps', 'spec:', ...spec, ''].join('\n');

test('spec.path, spec.images and targetNamespace of a GitRepository-sourced Kustomization', () => {
  const d = `sha256:${'a'.repeat(64)}`;
  const text = ks([
    '  path: ./apps/production/',
    '  targetNamespace: prod',
    '  sourceRef: { kind: GitRepository, name: flux-system }',
    '  images:',
    `    - { name: ghcr.io/acme/api, newTag: "1.8.0", digest: "${d}" }`,
    '    - { name: nginx, newName: ghcr.io/acme/nginx }',
    '    - { newTag: "1.0" }',
  ]);
  expect(fluxKustomize(text)).toEqual({
    path: 'apps/production',
    images: [`ghcr.io/acme/api=ghcr.io/acme/api:1.8.0@${d}`, 'nginx=ghcr.io/acme/nginx'],
    namespace: 'prod',
  });
  // Each string reads back as the entry it came from.
  expect(argoImage(`ghcr.io/acme/api=ghcr.io/acme/api:1.8.0@${d}`)).toEqual({ name: 'ghcr.io/acme/api', newTag: '1.8.0', digest: d });
  expect(argoImage('nginx=ghcr.io/acme/nginx')).toEqual({ name: 'nginx', newName: 'ghcr.io/acme/nginx' });
});

test('another source, a path outside the repository, and texts that are no Flux Kustomization', () => {
  expect(fluxKustomize(ks(['  path: ./deploy', '  sourceRef: { kind: OCIRepository, name: manifests }']))).toEqual({
    unavailable: 'the Flux Kustomization builds manifests of its OCIRepository, not of this repository',
  });
  expect(fluxKustomize(ks(['  path: ../../etc']))).toEqual({
    unavailable: "the Flux Kustomization's spec.path ../../etc is outside the repository",
  });
  expect(fluxKustomize('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n')).toBeUndefined();
  expect(fluxKustomize(undefined)).toBeUndefined();
  expect(fluxKustomize(ks([]))).toEqual({ path: '.', images: [] });
});

test('overlayTarget of a Flux Kustomization file: the folder its spec.path names, the file for refusals', async () => {
  const files: Record<string, string> = { 'clusters/prod/apps.yaml': ks(['  path: ./apps/prod', '  targetNamespace: prod']) };
  expect(await overlayTarget((p) => Promise.resolve(files[p]), 'clusters/prod/apps.yaml')).toEqual({
    dir: 'apps/prod',
    file: 'clusters/prod/apps.yaml',
    images: [],
    namespace: 'prod',
    flux: true,
  });
});

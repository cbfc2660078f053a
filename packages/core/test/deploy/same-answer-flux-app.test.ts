import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { statusJson } from '../../src/operations/status/view.ts';
import { dryRun, repo, status } from '../operations/rendered-repo.ts';
import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { digest } from '../helpers.ts';
import { checkRendered, hydrated, imagesOf } from './same-answer-helpers.ts';

// Issue 72: one environment, one answer in every command, for two more deployer kinds. A Flux Kustomization whose
// image Flux sets (its spec.images over the overlay's, its postBuild variables in the base), and an Argo CD
// Application whose chart comes from a registry while its values come from this repository. hydrate renders it,
// status reads what it runs, promote starts from it (its table's old side), and the check's render of a pull
// request touching it judges it: the same object, the same image, with the real Helm 3 and kubectl.

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What the real `kubectl kustomize` builds of `dir` among `files`: each container as `<kind> <ns>/<name> (container <c>) <image>`. */
function kubectlBuilds(files: Record<string, string>, dir: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-same-answer-'));
  tmp.push(root);
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), t);
  }
  const out = execFileSync(process.env.LOCKSTEP_KUBECTL!, ['kustomize', join(root, dir)], { encoding: 'utf8' });
  return parseAllDocuments(out).flatMap((d) => {
    const o = d.toJSON() as {
      kind: string;
      metadata: { name: string; namespace?: string };
      spec: { template: { spec: { containers: { name: string; image: string }[] } } };
    };
    const at = o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name;
    return o.spec.template.spec.containers.map((c) => `${o.kind} ${at} (container ${c.name}) ${c.image}`);
  });
}

/** prod's column in status: `<object read from the render, when it is> <image as tag@digest>`. */
async function statusOfProd(files: Record<string, string>): Promise<string> {
  const s = statusJson(await status(repo(files))) as unknown as {
    environments: { name: string; 'read-from-render'?: Record<string, string>; services: Record<string, { tag: string; digest?: string }> }[];
  };
  const prod = s.environments.find((e) => e.name === 'prod')!;
  const pin = prod.services.api;
  return `${prod['read-from-render']?.api ?? '(its file pins it)'} ghcr.io/acme/api:${pin.tag}${pin.digest ? `@${pin.digest}` : ''}`;
}

/** promote staging → prod: each change's old side, what prod runs now. */
async function promoteOldSide(files: Record<string, string>): Promise<string[]> {
  const changes = JSON.parse((await dryRun(repo(files), 'staging', 'prod')).outputs.changes) as Record<string, string>[];
  return changes.map((c) => `ghcr.io/acme/api:${c['old-tag']}${c['old-digest'] ? `@${c['old-digest']}` : ''}`);
}

/** The check's render of prod at the head of a pull request from `base` to `head`, and the verdict on it. */
async function checkOfProd(base: Record<string, string>, head: Record<string, string>, tags?: Record<string, Record<string, string>>) {
  const checked = await checkRendered(base, head, [], tags);
  const prod = checked?.rendered.find((r) => r.environment === 'prod');
  return {
    runs: imagesOf(prod?.after?.values() ?? []),
    verdict: checked?.verdicts.find((v) => v.environment === 'prod'),
    ...(prod?.message ? { message: prod.message } : {}),
  };
}

// A Flux Kustomization environment: kustomize-controller builds spec.path with kustomize, with the Kustomization's
// spec.images put into that folder's kustomization (an entry of the same name replaced), then substitutes the
// postBuild variables in the build's output (Flux's documented order).
const overlay = (extra: string[] = []) =>
  ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'namespace: app-prod', 'resources:', '  - ../../base', ...extra, ''].join(
    '\n',
  );
const fluxKustomization = (spec: string[]) =>
  [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata: { name: apps, namespace: flux-system }',
    'spec:',
    '  interval: 10m',
    '  path: ./deploy/overlays/prod',
    '  prune: true',
    '  sourceRef: { kind: GitRepository, name: flux-system }',
    ...spec,
    '',
  ].join('\n');
const FLUX_CONFIG = [
  'services:',
  '  api: { image: ghcr.io/acme/api }',
  'environments:',
  '  - { name: staging, kustomization: deploy/overlays/staging }',
  '  - { name: prod, flux-kustomization: clusters/prod/apps.yaml, protected: true }',
  '',
].join('\n');
const STAGING = {
  'deploy/overlays/staging/kustomization.yaml': [
    'resources:',
    '  - ../../base',
    'images:',
    '  - name: ghcr.io/acme/api',
    '    newTag: "6.15.0"',
    `    digest: ${digest('2')}`,
    '',
  ].join('\n'),
};

describe('a Flux Kustomization environment: hydrate, status, promote and the check say prod runs what Flux sets', () => {
  const OVERLAY_IMAGES = ['images:', '  - name: ghcr.io/acme/api', '    newTag: "6.14.1"', `    digest: ${digest('3')}`];
  const FLUX_IMAGES = ['  images:', '    - name: ghcr.io/acme/api', '      newTag: "6.14.4"', `      digest: ${digest('4')}`];
  const IMAGES: Record<string, string> = {
    '.github/lockstep.yml': FLUX_CONFIG,
    'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
    'deploy/base/api.yaml': deployment('api', 'ghcr.io/acme/api:latest'),
    ...STAGING,
    'deploy/overlays/prod/kustomization.yaml': overlay(OVERLAY_IMAGES),
    'clusters/prod/apps.yaml': fluxKustomization(FLUX_IMAGES),
  };

  test('its spec.images over the overlay’s images: entry of the same name', async () => {
    // The truth: the real kubectl kustomize building the overlay with Flux's entry in place of the overlay's own.
    const asFlux = {
      ...IMAGES,
      'deploy/overlays/prod/kustomization.yaml': overlay(FLUX_IMAGES.map((l) => l.slice(2))),
    };
    const runs = kubectlBuilds(asFlux, 'deploy/overlays/prod');
    expect(runs).toEqual([`Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.4@${digest('4')}`]);
    // …which the overlay alone does not run.
    expect(kubectlBuilds(IMAGES, 'deploy/overlays/prod')).toEqual([
      `Deployment app-prod/api (container api) ghcr.io/acme/api:6.14.1@${digest('3')}`,
    ]);
    expect(await hydrated({ fluxKustomization: 'clusters/prod/apps.yaml' }, IMAGES)).toEqual(runs);
    // status: the Kustomization's spec.images is prod's pin.
    expect(await statusOfProd(IMAGES)).toBe(`(its file pins it) ghcr.io/acme/api:6.14.4@${digest('4')}`);
    expect(await promoteOldSide(IMAGES)).toEqual([`ghcr.io/acme/api:6.14.4@${digest('4')}`]);
    // The check: a pull request changing the overlay (another replica count) builds prod as Flux builds it.
    const head = {
      ...IMAGES,
      'deploy/overlays/prod/kustomization.yaml': overlay([...OVERLAY_IMAGES, 'replicas:', '  - { name: api, count: 3 }']),
    };
    expect(await checkOfProd(IMAGES, head)).toEqual({ runs, verdict: { environment: 'prod', verdict: 'pinned', images: 1 } });
  });

  // The service names the variables that hold its image (flux-substitute): they are prod's pins.
  const VARIABLES: Record<string, string> = {
    '.github/lockstep.yml': FLUX_CONFIG.replace(
      '{ image: ghcr.io/acme/api }',
      '{ image: ghcr.io/acme/api, flux-substitute: { tag: API_TAG, digest: API_DIGEST } }',
    ),
    'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
    'deploy/base/api.yaml': deployment('api', 'ghcr.io/acme/api:${API_TAG}@${API_DIGEST}'),
    ...STAGING,
    'deploy/overlays/prod/kustomization.yaml': overlay(),
    'clusters/prod/apps.yaml': fluxKustomization([
      '  postBuild:',
      '    substitute:',
      '      API_TAG: "6.14.5"',
      `      API_DIGEST: ${digest('5')}`,
    ]),
  };

  test('a postBuild.substitute variable in the base’s image', async () => {
    // The truth: the real kubectl kustomize building the overlay, then the variables substituted as Flux substitutes them.
    const built = kubectlBuilds(VARIABLES, 'deploy/overlays/prod');
    expect(built).toEqual(['Deployment app-prod/api (container api) ghcr.io/acme/api:${API_TAG}@${API_DIGEST}']);
    const runs = built.map((l) => l.replace('${API_TAG}', '6.14.5').replace('${API_DIGEST}', digest('5')));
    expect(await hydrated({ fluxKustomization: 'clusters/prod/apps.yaml' }, VARIABLES)).toEqual(runs);
    // status: the variables are prod's pin.
    expect(await statusOfProd(VARIABLES)).toBe(`(its file pins it) ghcr.io/acme/api:6.14.5@${digest('5')}`);
    expect(await promoteOldSide(VARIABLES)).toEqual([`ghcr.io/acme/api:6.14.5@${digest('5')}`]);
    const head = { ...VARIABLES, 'deploy/overlays/prod/kustomization.yaml': overlay(['commonLabels: { team: api }']) };
    expect(await checkOfProd(VARIABLES, head)).toEqual({ runs, verdict: { environment: 'prod', verdict: 'pinned', images: 1 } });
  });
});

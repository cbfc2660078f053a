import { statusJson, statusView } from '../../src/operations/status/view.ts';
import { UserError } from '../../src/errors.ts';
import { digest } from '../helpers.ts';
import { dryRun, repo, status } from './rendered-repo.ts';
import { deployment } from '../../../../action-tests/harness/overlay-fixture.ts';
import { fluxRepo } from '../../../../action-tests/harness/flux-chart-fixture.ts';

// Issue 72, item 2: what an environment runs comes from its render wherever the pin is written. The pin place
// (values key, images: entry) is read first; a service it does not define is found by its image repository in the
// environment built with the real kustomize (kubectl's) or rendered with the real Helm 3, at the base.

const d = digest;

const overlay = (env: string, extra: string[] = []) =>
  [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: app-${env}`,
    'resources:',
    '  - ../../base',
    ...extra,
    '',
  ].join('\n');
const imagePatch = (image: string) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    `          image: ${image}`,
    '',
  ].join('\n');

/** dev runs the base's inline image, staging pins an images: entry, prod runs the image its strategic-merge patch sets. */
const OVERLAYS: Record<string, string> = {
  '.github/lockstep.yml': [
    'services:',
    '  api: { image: ghcr.io/acme/api }',
    'environments:',
    '  - { name: dev, kustomization: deploy/overlays/dev }',
    '  - { name: staging, kustomization: deploy/overlays/staging }',
    '  - { name: prod, kustomization: deploy/overlays/prod, protected: true }',
    '',
  ].join('\n'),
  'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
  'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:6.14.3@${d('1')}`),
  'deploy/overlays/dev/kustomization.yaml': overlay('dev'),
  'deploy/overlays/staging/kustomization.yaml': overlay('staging', [
    'images:',
    '  - name: ghcr.io/acme/api',
    '    newTag: "6.14.2"',
    `    digest: ${d('2')}`,
  ]),
  'deploy/overlays/prod/kustomization.yaml': overlay('prod', ['patches:', '  - path: patch.yaml']),
  'deploy/overlays/prod/patch.yaml': imagePatch(`ghcr.io/acme/api:6.14.1@${d('3')}`),
};

describe('overlays whose image is inline in the base or set by a patch', () => {
  test('status shows what each one runs, and says which were read from the render', async () => {
    const s = await status(repo(OVERLAYS));
    expect(s.rows).toEqual([
      { service: 'api', cells: ['6.14.3 sha256:111111111111', '6.14.2 sha256:222222222222', '6.14.1 sha256:333333333333'] },
    ]);
    const envs = (statusJson(s) as unknown as { environments: Record<string, unknown>[] }).environments;
    expect(envs.map((e) => [e.name, e['read-from-render'] ?? null])).toEqual([
      ['dev', { api: 'Deployment app-dev/api (container api)' }],
      ['staging', null],
      ['prod', { api: 'Deployment app-prod/api (container api)' }],
    ]);
    // The next promotions' old sides are what runs, not "—".
    expect(statusView(s).notes).toEqual([
      'dev → staging: api 6.14.2 → 6.14.3 (sha256:111111111111)',
      'staging → prod: api 6.14.1 → 6.14.2 (sha256:222222222222)',
    ]);
  });

  test('promote staging → prod: the table says 6.14.1 → 6.14.2 and an images: entry is added to the overlay', async () => {
    const r = await dryRun(repo(OVERLAYS), 'staging', 'prod');
    expect(JSON.parse(r.outputs.changes)).toEqual([
      {
        service: 'api',
        file: 'deploy/overlays/prod/kustomization.yaml',
        line: 1,
        'old-tag': '6.14.1',
        'new-tag': '6.14.2',
        'old-digest': d('3'),
        'new-digest': d('2'),
      },
    ]);
    // What ships starts from what prod runs (its patch's 6.14.1), not from "—".
    expect(r.whatsIn?.shipments.map((x) => [x.subjects, x.from, x.to])).toEqual([[['api'], '6.14.1', '6.14.2']]);
    // The job summary's side-by-side table: dev runs its base's image, prod (after) the pin the entry now writes.
    expect(r.plan.drift?.rows).toEqual([
      { service: 'api', cells: ['6.14.3 sha256:111111111111', '6.14.2 sha256:222222222222', '6.14.2 sha256:222222222222'] },
    ]);
    expect(r.plan.drift?.environments).toEqual(['dev', 'staging', 'prod (after)']);
    expect(r.changes.map((c) => [c.path, c.after.slice((c.before ?? '').length)])).toEqual([
      ['deploy/overlays/prod/kustomization.yaml', `images:\n  - name: ghcr.io/acme/api\n    newTag: "6.14.2"\n    digest: ${d('2')}\n`],
    ]);
  });

  test("promote dev → staging: dev pins no images: entry, so what its render runs (the base's image) is promoted", async () => {
    const r = await dryRun(repo(OVERLAYS), 'dev', 'staging');
    expect(JSON.parse(r.outputs.changes)).toEqual([
      {
        service: 'api',
        file: 'deploy/overlays/staging/kustomization.yaml',
        line: 7,
        'old-tag': '6.14.2',
        'new-tag': '6.14.3',
        'old-digest': d('2'),
        'new-digest': d('1'),
      },
    ]);
  });

  test('the fan-in gate reads what an after: environment runs by its render: dev runs 6.14.2 by its base, so prod may take it', async () => {
    const files = {
      ...OVERLAYS,
      '.github/lockstep.yml': OVERLAYS['.github/lockstep.yml'].replace('protected: true }', 'protected: true, after: [dev, staging] }'),
      'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:6.14.2@${d('2')}`),
    };
    const r = await dryRun(repo(files), 'staging', 'prod');
    expect(JSON.parse(r.outputs.changes).map((c: { 'new-digest': string }) => c['new-digest'])).toEqual([d('2')]);
    expect(r.outcome).toBe('dry-run');
    // Without kustomize, dev's render cannot be had: what it runs is not known, and the gate holds.
    const held = await dryRun(repo(files, false), 'staging', 'prod');
    expect(held.outcome).toBe('held');
    expect(held.gate?.holds.map((h) => h.message)).toEqual([
      `prod is promoted only from pins its after: environments run: dev lacks api ${d('2')} (it runs none)`,
    ]);
  });

  test("a patch in a component shared with other overlays sets prod's image: the entry goes into prod's overlay, never the component", async () => {
    const files = {
      ...OVERLAYS,
      'deploy/overlays/prod/kustomization.yaml': overlay('prod', ['components:', '  - ../../components/pinned-api']),
      'deploy/components/pinned-api/kustomization.yaml': [
        'apiVersion: kustomize.config.k8s.io/v1alpha1',
        'kind: Component',
        'patches:',
        '  - path: patch.yaml',
        '',
      ].join('\n'),
      'deploy/components/pinned-api/patch.yaml': imagePatch(`ghcr.io/acme/api:6.14.1@${d('3')}`),
    };
    const w = repo(files);
    expect((await status(w)).rows[0].cells[2]).toBe('6.14.1 sha256:333333333333');
    const r = await dryRun(w, 'staging', 'prod');
    expect(JSON.parse(r.outputs.changes).map((c: Record<string, unknown>) => [c.file, c['old-tag'], c['new-tag']])).toEqual([
      ['deploy/overlays/prod/kustomization.yaml', '6.14.1', '6.14.2'],
    ]);
    expect(r.changes.map((c) => c.path)).toEqual(['deploy/overlays/prod/kustomization.yaml']);
    // The overlay's images: runs after its components' patches: the render proves the promoted digest runs.
    expect(r.plan.rendered?.status).toBe('rendered');
  });

  test('without kustomize or kubectl: "—" where the overlay defines no pin, and the reason said once per environment', async () => {
    const s = await status(repo(OVERLAYS, false));
    expect(s.rows).toEqual([{ service: 'api', cells: ['— —', '6.14.2 sha256:222222222222', '— —'] }]);
    expect(statusView(s).notes.slice(0, 2)).toEqual([
      'dev: — where its pins file defines no pin: it does not render (no kustomize or kubectl on PATH to build it with).',
      'prod: — where its pins file defines no pin: it does not render (no kustomize or kubectl on PATH to build it with).',
    ]);
  });
});

describe('a promotion whose render would not run the promoted image (issue 72 item 3)', () => {
  test('a patch in the overlay renames the image, so the images: entry added matches nothing: refused at the entry, nothing written', async () => {
    const files = { ...OVERLAYS, 'deploy/overlays/prod/patch.yaml': imagePatch(`ghcr.io/acme/api-debug:6.14.1@${d('3')}`) };
    const w = repo(files);
    // Status: prod's render runs no ghcr.io/acme/api, and says so.
    const s = await status(w);
    expect(s.rows[0].cells[2]).toBe('— —');
    expect(statusView(s).notes[0]).toBe('prod: — for api: its pins file defines none, and its render runs no such image.');
    const refused = await dryRun(w, 'staging', 'prod').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).format()).toBe(
      'deploy/overlays/prod/kustomization.yaml:1: render: after this promotion prod would run no image of ghcr.io/acme/api: ' +
        'the pin added at deploy/overlays/prod/kustomization.yaml:1 is not what its deployer runs; nothing was written — ' +
        'find what renames or drops ghcr.io/acme/api in what prod renders (a patch, a later values file), or configure services.api.image as the image it runs',
    );
  });
});

describe('Flux environments: what runs by the render, as helm-controller and kustomize-controller compute it', () => {
  test('a HelmRelease whose values set no image runs the chart values.yaml’s, read from its render in its targetNamespace', async () => {
    const files = fluxRepo() as Record<string, string>;
    files['.github/lockstep.yml'] = [
      'charts: [charts/*]',
      'services:',
      '  api: { image: ghcr.io/acme/api, values-key: image }',
      'environments:',
      '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
      '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true }',
      '',
    ].join('\n');
    // staging's patch sets replicas only: helm-controller renders the chart's own image (values.yaml: 1.0.0).
    files['apps/staging/myapp-values.yaml'] = files['apps/staging/myapp-values.yaml'].replace(
      '    image: ghcr.io/acme/api:1.1.0',
      '    replicas: 2',
    );
    const s = await status(repo(files));
    expect(s.rows[0]).toEqual({ service: 'api', cells: ['1.0.0 —', '1.0.0 sha256:eeeeeeeeeeee'] });
    const envs = (statusJson(s) as unknown as { environments: Record<string, unknown>[] }).environments;
    expect(envs.map((e) => [e.name, e['read-from-render'] ?? null])).toEqual([
      ['staging', { api: 'Deployment staging/api (container api)' }],
      ['production', null],
    ]);
  });

  test('a Flux Kustomization whose spec.path overlay takes its image from the base: read from the build with its targetNamespace', async () => {
    const s = await status(
      repo({
        '.github/lockstep.yml': [
          'services:',
          '  api: { image: ghcr.io/acme/api }',
          'environments:',
          '  - { name: dev, flux-kustomization: clusters/dev/app.yaml }',
          '',
        ].join('\n'),
        'clusters/dev/app.yaml': [
          'apiVersion: kustomize.toolkit.fluxcd.io/v1',
          'kind: Kustomization',
          'metadata: { name: app, namespace: flux-system }',
          'spec:',
          '  path: ./deploy/base',
          '  targetNamespace: dev',
          '  sourceRef: { kind: GitRepository, name: flux-system }',
          '',
        ].join('\n'),
        'deploy/base/kustomization.yaml': 'resources:\n  - api.yaml\n',
        'deploy/base/api.yaml': deployment('api', `ghcr.io/acme/api:6.14.3@${d('1')}`),
      }),
    );
    expect(s.rows).toEqual([{ service: 'api', cells: ['6.14.3 sha256:111111111111'] }]);
    const envs = (statusJson(s) as unknown as { environments: Record<string, unknown>[] }).environments;
    expect(envs.map((e) => e['read-from-render'])).toEqual([{ api: 'Deployment dev/api (container api)' }]);
  });
});

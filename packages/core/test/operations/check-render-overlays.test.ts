import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseConfigText, type Config } from '../../src/config/config.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { countLine, renderedJson } from '../../src/render/report.ts';
import {
  BASE_FILES,
  deployment,
  overlayDigest,
  overlayKustomization,
  type OverlayPins,
} from '../../../../action-tests/harness/overlay-fixture.ts';

// chart-bump-check's rendered changes in a repository whose environments are Kustomize overlays (no chart at all):
// each overlay whose build inputs the pull request changes is built with the real kustomize (kubectl 1.31's) at the
// base and at the head; an overlay it does not touch is not built.

const WITH_KUBECTL = { PATH: `${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin` };
const pins = (api: [string, string]): OverlayPins => ({ api, worker: ['2.0.0', overlayDigest('e')] });

/** The overlay repository's config: dev and prod are overlays (values: is required on this branch's schema until kustomization: lands). */
function config(): Config {
  const c = parseConfigText(
    [
      'environments:',
      '  - { name: dev, values: unused-dev.yaml }',
      '  - { name: prod, values: unused-prod.yaml, protected: true }',
      '',
    ].join('\n'),
    '.github/lockstep.yml',
  );
  return { ...c, environments: c.environments.map((e) => ({ ...e, kustomization: `deploy/overlays/${e.name}` })) };
}

const tree = (prodApi: [string, string], extra: Record<string, string> = {}): Record<string, string> => ({
  ...(BASE_FILES as Record<string, string>),
  'deploy/overlays/dev/kustomization.yaml': overlayKustomization('dev', pins(['1.9.0', overlayDigest('d')])),
  'deploy/overlays/prod/kustomization.yaml': overlayKustomization('prod', pins(prodApi)),
  ...extra,
});

function reader(commits: Record<string, Record<string, string>>): CheckReader {
  return {
    list: async (commit, dir) => Object.keys(commits[commit]).filter((p) => dir === '.' || p.startsWith(`${dir}/`)),
    read: async (commit, p) => commits[commit][p],
  };
}

const charts: never[] = [];
const inRepo = (p: string) => p;

describe('chart-bump-check renders the overlays a pull request changes', () => {
  test('a new prod pin: prod built base vs head, the api Deployment from the old image to the new; dev untouched, not built', async () => {
    const r = reader({ base: tree(['1.7.0', overlayDigest('a')]), head: tree(['1.8.0', overlayDigest('b')]) });
    const out = await renderChecks('auto', config(), charts, { base: 'base', head: 'head' }, r, WITH_KUBECTL, inRepo);
    expect(out?.rendered.map(countLine)).toEqual([
      '1 changed, 0 added, 0 removed in prod (overlay deploy/overlays/prod with kubectl kustomize (kustomize v5.4.2))',
    ]);
    const rows = renderedJson(out!.rendered);
    expect(rows.map((x) => x.object)).toEqual(['Deployment myapp-prod/api']);
    expect(rows[0].diff).toContain(`-        - image: ghcr.io/acme/api:1.7.0@sha256:${'a'.repeat(64)}`);
    expect(rows[0].diff).toContain(`+        - image: ghcr.io/acme/api:1.8.0@sha256:${'b'.repeat(64)}`);
  });

  test('a change to the base: every overlay built from it is rendered', async () => {
    const base = tree(['1.7.0', overlayDigest('a')]);
    const head = { ...base, 'deploy/base/worker.yaml': base['deploy/base/worker.yaml'].replace('replicas: 1', 'replicas: 3') };
    const out = await renderChecks('auto', config(), charts, { base: 'base', head: 'head' }, reader({ base, head }), WITH_KUBECTL, inRepo);
    expect(renderedJson(out!.rendered).map((x) => [x.environment, x.object, x.change])).toEqual([
      ['dev', 'Deployment myapp-dev/worker', 'changed'],
      ['prod', 'Deployment myapp-prod/worker', 'changed'],
    ]);
  });

  test('nothing an overlay builds changed: nothing rendered, no kustomize needed', async () => {
    const base = tree(['1.7.0', overlayDigest('a')]);
    const head = { ...base, 'README.md': '# changed\n' };
    expect(
      await renderChecks('on', config(), charts, { base: 'base', head: 'head' }, reader({ base, head }), { PATH: '/nowhere' }, inRepo),
    ).toBeUndefined();
  });

  test('no kustomize or kubectl: auto says so in one row; on refuses', async () => {
    const r = reader({ base: tree(['1.7.0', overlayDigest('a')]), head: tree(['1.8.0', overlayDigest('b')]) });
    const dir = mkdtempSync(join(tmpdir(), 'no-kubectl-'));
    try {
      // An old kubectl whose kustomize names no version (kubectl before 1.21) is not used either.
      writeFileSync(join(dir, 'kubectl'), '#!/bin/sh\necho \'{"clientVersion":{"gitVersion":"v1.19.0"}}\'\n');
      chmodSync(join(dir, 'kubectl'), 0o755);
      const out = await renderChecks('auto', config(), charts, { base: 'base', head: 'head' }, r, { PATH: dir }, inRepo);
      expect(out?.rendered.map(countLine)).toEqual([
        'every overlay environment the pull request reaches: not rendered: no kustomize or kubectl on PATH; add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH, or set render: off',
      ]);
      await expect(renderChecks('on', config(), charts, { base: 'base', head: 'head' }, r, { PATH: dir }, inRepo)).rejects.toThrow(
        'render: on needs kustomize or kubectl on PATH to render the overlays: neither was found',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a pull request's overlay that reaches outside the repository or fetches a remote base: said, not built", async () => {
    const base = tree(['1.7.0', overlayDigest('a')]);
    const head = {
      ...base,
      'deploy/overlays/prod/kustomization.yaml': 'resources:\n  - ../../../../../../etc\n',
      'deploy/overlays/dev/kustomization.yaml': 'resources:\n  - https://github.com/acme/evil//base?ref=main\n',
    };
    const out = await renderChecks('auto', config(), charts, { base: 'base', head: 'head' }, reader({ base, head }), WITH_KUBECTL, inRepo);
    expect(out?.rendered.map(countLine)).toEqual([
      'dev: not rendered: deploy/overlays/dev/kustomization.yaml:2: resources[0] https://github.com/acme/evil//base?ref=main is a URL; lockstep renders without network and fetched nothing',
      'prod: not rendered: deploy/overlays/prod/kustomization.yaml:2: resources[0] ../../../../../../etc is outside the repository',
    ]);
  });

  test('a protected overlay whose patch lockstep will not fetch fails closed at the field; an unprotected one is a warning', async () => {
    const base = tree(['1.7.0', overlayDigest('a')]);
    const withRemotePatch = (env: string) =>
      overlayKustomization(env, pins(env === 'prod' ? ['1.7.0', overlayDigest('a')] : ['1.9.0', overlayDigest('d')]), {
        after: ['patches:', '  - path: http://127.0.0.1:9/p.yaml'],
      });
    const head = {
      ...base,
      'deploy/overlays/prod/kustomization.yaml': withRemotePatch('prod'),
      'deploy/overlays/dev/kustomization.yaml': withRemotePatch('dev'),
    };
    const out = await renderChecks('auto', config(), charts, { base: 'base', head: 'head' }, reader({ base, head }), WITH_KUBECTL, inRepo);
    const line = withRemotePatch('prod').split('\n').indexOf('  - path: http://127.0.0.1:9/p.yaml') + 1;
    expect(out?.problems.map((p) => [p.level, `${p.file}:${p.line}`, p.message])).toEqual([
      [
        'warning',
        `deploy/overlays/dev/kustomization.yaml:${line}`,
        `dev cannot be judged at the head: deploy/overlays/dev/kustomization.yaml:${line}: patches[0].path http://127.0.0.1:9/p.yaml is a URL; lockstep renders without network and fetched nothing`,
      ],
      [
        'error',
        `deploy/overlays/prod/kustomization.yaml:${line}`,
        `prod, a protected environment cannot be judged at the head: deploy/overlays/prod/kustomization.yaml:${line}: patches[0].path http://127.0.0.1:9/p.yaml is a URL; lockstep renders without network and fetched nothing`,
      ],
    ]);
  });

  test("a protected overlay whose base changes the image under the overlay's pinned images: entry: refused at the base file's line", async () => {
    const base = tree(['1.7.0', overlayDigest('a')]);
    // The entry's name (ghcr.io/acme/api) no longer matches, so kustomize leaves the image as the base writes it.
    const head = { ...base, 'deploy/base/api.yaml': deployment('api', 'evil.example/api:latest') };
    const out = await renderChecks('auto', config(), charts, { base: 'base', head: 'head' }, reader({ base, head }), WITH_KUBECTL, inRepo);
    expect(out?.problems).toEqual([
      {
        level: 'error',
        file: 'deploy/base/api.yaml',
        line: 17,
        message:
          'prod, a protected environment would run an image not pinned by digest: Deployment myapp-prod/api: container api runs evil.example/api:latest, not pinned by digest (spec.template.spec.containers[0].image); this line writes evil.example/api:latest',
        hint: 'pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
      },
    ]);
  });

  test('a patch of the protected overlay that sets a tag on an initContainer: refused at the patch line; dev is not judged', async () => {
    const base = tree(['1.7.0', overlayDigest('a')]);
    const patch = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: worker',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      '        - name: migrate',
      '          image: "docker.io/library/busybox:1.36"',
      '',
    ].join('\n');
    const withPatch = (env: string) =>
      overlayKustomization(env, pins(env === 'prod' ? ['1.7.0', overlayDigest('a')] : ['1.9.0', overlayDigest('d')]), {
        after: ['patches:', '  - path: migrate.yaml'],
      });
    const head = {
      ...base,
      'deploy/overlays/prod/kustomization.yaml': withPatch('prod'),
      'deploy/overlays/prod/migrate.yaml': patch,
      'deploy/overlays/dev/kustomization.yaml': withPatch('dev'),
      'deploy/overlays/dev/migrate.yaml': patch,
    };
    const out = await renderChecks('auto', config(), charts, { base: 'base', head: 'head' }, reader({ base, head }), WITH_KUBECTL, inRepo);
    expect(out?.problems.map((p) => [p.level, `${p.file}:${p.line}`, p.message])).toEqual([
      [
        'error',
        'deploy/overlays/prod/migrate.yaml:10',
        'prod, a protected environment would run an image not pinned by digest: Deployment myapp-prod/worker: initContainer migrate runs docker.io/library/busybox:1.36, not pinned by digest (spec.template.spec.initContainers[0].image); this line writes docker.io/library/busybox:1.36',
      ],
    ]);
  });

  test('a protected overlay that no longer builds is an error at its kustomization, naming every environment building it; an unprotected one a warning', async () => {
    const base = tree(['1.7.0', overlayDigest('a')]);
    const broken = (env: string) =>
      overlayKustomization(env, pins(['1.7.0', overlayDigest('a')])).replace('  - ../../base', '  - ../../base\n  - never-added.yaml');
    const head = {
      ...base,
      'deploy/overlays/prod/kustomization.yaml': broken('prod'),
      'deploy/overlays/dev/kustomization.yaml': broken('dev'),
    };
    // prod-eu builds prod's overlay too (a second cluster), unprotected.
    const c = config();
    const cfg = { ...c, environments: [...c.environments, { ...c.environments[1], name: 'prod-eu', protected: false }] };
    const out = await renderChecks('auto', cfg, charts, { base: 'base', head: 'head' }, reader({ base, head }), WITH_KUBECTL, inRepo);
    expect(
      out?.problems.map((p) => [p.level, `${p.file}:${p.line}`, p.message.replace(/: error: .*never-added[^(]*/, ': …never-added… ')]),
    ).toEqual([
      [
        'warning',
        'deploy/overlays/dev/kustomization.yaml:1',
        'overlay deploy/overlays/dev does not render at the head for dev: …never-added… ',
      ],
      [
        'error',
        'deploy/overlays/prod/kustomization.yaml:1',
        'overlay deploy/overlays/prod does not render at the head for prod, a protected environment: …never-added… (prod and prod-eu build overlay deploy/overlays/prod)',
      ],
      [
        'warning',
        'deploy/overlays/prod/kustomization.yaml:1',
        'overlay deploy/overlays/prod does not render at the head for prod-eu: …never-added… (prod and prod-eu build overlay deploy/overlays/prod)',
      ],
    ]);
  });
});

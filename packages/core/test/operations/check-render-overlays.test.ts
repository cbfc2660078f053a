import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseConfigText, type Config } from '../../src/config/config.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { countLine, renderedJson } from '../../src/render/report.ts';
import { BASE_FILES, overlayDigest, overlayKustomization, type OverlayPins } from '../../../../action-tests/harness/overlay-fixture.ts';

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
    expect(out?.map(countLine)).toEqual([
      '1 changed, 0 added, 0 removed in prod (overlay deploy/overlays/prod with kubectl kustomize (kustomize v5.4.2))',
    ]);
    const rows = renderedJson(out!);
    expect(rows.map((x) => x.object)).toEqual(['Deployment myapp-prod/api']);
    expect(rows[0].diff).toContain(`-        - image: ghcr.io/acme/api:1.7.0@sha256:${'a'.repeat(64)}`);
    expect(rows[0].diff).toContain(`+        - image: ghcr.io/acme/api:1.8.0@sha256:${'b'.repeat(64)}`);
  });

  test('a change to the base: every overlay built from it is rendered', async () => {
    const base = tree(['1.7.0', overlayDigest('a')]);
    const head = { ...base, 'deploy/base/worker.yaml': base['deploy/base/worker.yaml'].replace('replicas: 1', 'replicas: 3') };
    const out = await renderChecks('auto', config(), charts, { base: 'base', head: 'head' }, reader({ base, head }), WITH_KUBECTL, inRepo);
    expect(renderedJson(out!).map((x) => [x.environment, x.object, x.change])).toEqual([
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
      expect(out?.map(countLine)).toEqual([
        'every overlay environment: not rendered: no kustomize or kubectl on PATH; add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH, or set render: off',
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
    expect(out?.map(countLine)).toEqual([
      'dev: not rendered: deploy/overlays/dev/kustomization.yaml:2: resources[0] https://github.com/acme/evil//base?ref=main is a URL; lockstep renders without network and fetched nothing',
      'prod: not rendered: deploy/overlays/prod/kustomization.yaml:2: resources[0] ../../../../../../etc is outside the repository',
    ]);
  });
});

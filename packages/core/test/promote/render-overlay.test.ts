import { dirname } from 'node:path';
import type { PromotionPlan } from '../../src/promote/plan.ts';
import type { PromoteWorld } from '../../src/promote/ports.ts';
import { gitDouble, worldDouble } from './ports-double.ts';
import { PROMOTE_PER_ENVIRONMENT } from '../../src/promote/environment-settings.ts';
import { renderPromotion } from '../../src/promote/render.ts';
import { settingsFor } from '../../src/settings/read.ts';
import type { PromoteRequest, Route } from '../../src/promote/request.ts';
import { findKustomize } from '../../src/render/find.ts';
import { renderedJson } from '../../src/render/report.ts';
import { UserError } from '../../src/errors.ts';
import {
  BASE_FILES,
  overlayApplication,
  overlayDigest,
  overlayKustomization,
  type OverlayPins,
} from '../../../../action-tests/harness/overlay-fixture.ts';

// A promotion into an environment whose pins live in a Kustomize overlay (`kustomization:`): the overlay is built
// with the real kustomize (kubectl 1.31's, LOCKSTEP_KUBECTL) at the base and with the plan's files, and reported
// as Helm renders are.

const tool = findKustomize({ PATH: dirname(process.env.LOCKSTEP_KUBECTL!) })!;
// Rendering only: the target's schema validation is off here (promote-env-validate.test.ts covers it).
const request = (render?: 'on' | 'off') =>
  ({
    charts: [],
    renderConfig: undefined,
    base: 'main',
    settingsByEnvironment: { prod: settingsFor(PROMOTE_PER_ENVIRONMENT, { validate: 'off', ...(render ? { render } : {}) }, undefined) },
  }) as unknown as PromoteRequest;
const req = request();
const pins = (api: [string, string]): OverlayPins => ({ api, worker: ['2.0.0', overlayDigest('e')] });
const OLD = pins(['1.7.0', overlayDigest('a')]);
const NEW = pins(['1.8.0', overlayDigest('b')]);

const files: Record<string, string> = {
  ...(BASE_FILES as Record<string, string>),
  'deploy/overlays/prod/kustomization.yaml': overlayKustomization('prod', OLD),
  'apps/prod.yaml': overlayApplication('prod'),
  'apps/prod-images.yaml': overlayApplication('prod', [`ghcr.io/acme/api:1.7.0@${overlayDigest('a')}`]),
};

/** The route into prod's overlay, its settings the request's (as checkRoute resolves them). */
const route = (kustomization: string, extra: Partial<Route['to']> = {}, r: PromoteRequest = req): Route => ({
  to: { name: 'prod', values: kustomization, kustomization, protected: true, index: 2, settings: r.settingsByEnvironment.prod, ...extra },
  branch: 'promote/prod',
});
const planOf = (path: string, after: string) => ({ files: [{ path, before: files[path], after }] }) as unknown as PromotionPlan;

const world = (withKustomize = true): PromoteWorld =>
  worldDouble({
    git: gitDouble({
      readAt: async (_c: string, p: string) => files[p],
      listFiles: async (_c: string, dir?: string) => Object.keys(files).filter((p) => dir === undefined || p.startsWith(`${dir}/`)),
    }),
    findKustomize: () => (withKustomize ? tool : undefined),
  });

describe('renderPromotion into a Kustomize overlay', () => {
  test('a new pin in the overlay: the api Deployment changes from the old image to the new, said with the kustomize that built it', async () => {
    const overlay = 'deploy/overlays/prod/kustomization.yaml';
    const r = await renderPromotion(
      req,
      route('deploy/overlays/prod'),
      planOf(overlay, overlayKustomization('prod', NEW)),
      world(),
      'base',
    );
    expect(r).toMatchObject({
      environment: 'prod',
      status: 'rendered',
      renderer: 'kustomize',
      what: 'overlay deploy/overlays/prod with kubectl kustomize (kustomize v5.4.2)',
    });
    const rows = renderedJson([r!]);
    expect(rows.map((x) => [x.object, x.change])).toEqual([['Deployment myapp-prod/api', 'changed']]);
    expect(rows[0].diff).toContain(`-        - image: ghcr.io/acme/api:1.7.0@sha256:${'a'.repeat(64)}`);
    expect(rows[0].diff).toContain(`+        - image: ghcr.io/acme/api:1.8.0@sha256:${'b'.repeat(64)}`);
  });

  test('an Application whose pins are kustomize.images: its source path built with the images before and after', async () => {
    const app = 'apps/prod-images.yaml';
    const after = overlayApplication('prod', [`ghcr.io/acme/api:1.9.0@${overlayDigest('c')}`]);
    const r = await renderPromotion(req, route(app), planOf(app, after), world(), 'base');
    expect(r?.what).toBe('overlay deploy/overlays/prod with kubectl kustomize (kustomize v5.4.2)');
    const rows = renderedJson([r!]);
    expect(rows.map((x) => x.object)).toEqual(['Deployment myapp-prod/api']);
    expect(rows[0].diff).toContain(`-        - image: ghcr.io/acme/api:1.7.0@sha256:${'a'.repeat(64)}`);
    expect(rows[0].diff).toContain(`+        - image: ghcr.io/acme/api:1.9.0@sha256:${'c'.repeat(64)}`);
  });

  test('no kustomize and no kubectl: auto says so in one line; on refuses; off renders nothing', async () => {
    const overlay = 'deploy/overlays/prod/kustomization.yaml';
    const plan = planOf(overlay, overlayKustomization('prod', NEW));
    expect(await renderPromotion(req, route('deploy/overlays/prod'), plan, world(false), 'base')).toEqual({
      environment: 'prod',
      status: 'skipped',
      noHelm: true,
      renderer: 'kustomize',
      message:
        'no kustomize or kubectl on PATH; add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH, or set render: off',
    });
    await expect(
      renderPromotion(request('on'), route('deploy/overlays/prod', {}, request('on')), plan, world(false), 'base'),
    ).rejects.toThrow('render: on needs kustomize or kubectl on PATH to render the overlay of prod: neither was found');
    expect(await renderPromotion(request('off'), route('deploy/overlays/prod', {}, request('off')), plan, world(), 'base')).toBeUndefined();
  });

  test('an overlay that does not build after the change: refused in a protected environment, shown elsewhere', async () => {
    const overlay = 'deploy/overlays/prod/kustomization.yaml';
    const broken = planOf(overlay, overlayKustomization('prod', NEW, { after: ['patches:', '  - path: missing-patch.yaml'] }));
    const refused = await renderPromotion(req, route('deploy/overlays/prod'), broken, world(), 'base').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).format()).toMatch(
      /^deploy\/overlays\/prod\/kustomization\.yaml:1: render: the overlay does not build after the change in prod, a protected environment: .*missing-patch\.yaml/s,
    );
    const shown = await renderPromotion(req, route('deploy/overlays/prod', { protected: false }), broken, world(), 'base');
    expect(shown).toMatchObject({ environment: 'prod', status: 'failed', renderer: 'kustomize' });
    expect(shown?.message).toContain('missing-patch.yaml');
    expect(shown?.message).toContain('lstat deploy/overlays/prod/missing-patch.yaml: no such file or directory');
    expect(shown?.message).not.toContain('lockstep-render-');
  });
});

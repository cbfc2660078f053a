import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PromotionPlan } from '../../src/promote/plan.ts';
import type { PromoteWorld } from '../../src/promote/ports.ts';
import { renderPromotion } from '../../src/promote/render.ts';
import type { PromoteRequest, Route } from '../../src/promote/request.ts';
import { findHelm } from '../../src/render/helm.ts';

// renderPromotion's choices before any render: what the Application says that cannot be read for rendering is
// said (skipped), never the promotion's failure; render: off and a world without a Helm port render nothing.

const helm = findHelm({ PATH: dirname(process.env.LOCKSTEP_HELM!) })!;
const req = {
  charts: [],
  render: undefined,
  renderConfig: undefined,
  from: { kind: 'env', env: 'dev' },
  base: 'main',
} as unknown as PromoteRequest;
const route = (render?: 'off'): Route => ({
  to: {
    name: 'staging',
    values: 'envs/staging.yaml',
    application: 'apps/staging.yaml',
    protected: true,
    ...(render ? { render } : {}),
  },
  toIndex: 1,
});
const plan = { files: [{ path: 'envs/staging.yaml', before: 'a: 1\n', after: 'a: 2\n' }] } as unknown as PromotionPlan;
const world = (app: string, withHelm = true): PromoteWorld =>
  ({
    git: { readAt: async (_c: string, p: string) => (p === 'apps/staging.yaml' ? app : undefined), resolveRef: async () => undefined },
    ...(withHelm ? { findHelm: () => helm } : {}),
  }) as unknown as PromoteWorld;

describe('renderPromotion', () => {
  test('an Application lockstep cannot read for rendering: skipped with the reason, the promotion goes on', async () => {
    const r = await renderPromotion(req, route(), plan, world('kind: ConfigMap\nmetadata: {name: x}\n'), 'base');
    expect(r).toEqual({
      environment: 'staging',
      status: 'skipped',
      message:
        'apps/staging.yaml:1: no ArgoCD Application (kind: Application with spec) in the file — point application at the Application manifest',
    });
  });

  test('render: off, and a world without the Helm port, render nothing', async () => {
    expect(await renderPromotion(req, route('off'), plan, world('x: 1\n'), 'base')).toBeUndefined();
    expect(await renderPromotion(req, route(), plan, world('x: 1\n', false), 'base')).toBeUndefined();
  });

  test('a Helm older than 3.8 on PATH: auto skips and says which Helm, render: on refuses', async () => {
    // A program on PATH that answers `helm version` as Helm 3.7.2 does; found and read by findHelm, as on a runner.
    const dir = mkdtempSync(join(tmpdir(), 'old-helm-'));
    try {
      writeFileSync(join(dir, 'helm'), '#!/bin/sh\nprintf v3.7.2\n');
      chmodSync(join(dir, 'helm'), 0o755);
      const old = findHelm({ PATH: dir });
      expect(old).toEqual({ path: join(dir, 'helm'), version: '3.7.2' });
      const oldWorld = { ...world('x: 1\n'), findHelm: () => old } as unknown as PromoteWorld;
      const skipped = await renderPromotion(req, route(), plan, oldWorld, 'base');
      expect(skipped).toMatchObject({ environment: 'staging', status: 'skipped', noHelm: true });
      expect(skipped?.message).toMatch(/^Helm 3\.7\.2 is older than 3\.8\.0; /);
      await expect(renderPromotion({ ...req, render: 'on' }, route(), plan, oldWorld, 'base')).rejects.toThrow(
        'render: on needs Helm 3.8.0 or later: Helm 3.7.2 is older than 3.8.0',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

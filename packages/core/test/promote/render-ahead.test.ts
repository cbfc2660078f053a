import { dirname } from 'node:path';
import type { PromotionPlan } from '../../src/promote/plan.ts';
import type { PromoteWorld } from '../../src/promote/ports.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { PROMOTE_PER_ENVIRONMENT } from '../../src/promote/environment-settings.ts';
import { gitDouble, worldDouble } from './ports-double.ts';
import { renderAhead } from '../../src/promote/render-ahead.ts';
import { renderPromotion } from '../../src/promote/render.ts';
import { RENDER_DEFAULTS, rendererFor } from '../../src/promote/render-helm.ts';
import type { PromoteRequest, Route } from '../../src/promote/request.ts';
import { findHelm } from '../../src/render/helm.ts';
import { settingsFor } from '../../src/settings/read.ts';

// The target's before side rendered ahead of the plan (render-ahead.ts): its Helm run is the one the promotion's
// render uses, it reads only what the repository holds, and it never changes what the render says.

const helm = (await findHelm({ PATH: dirname(process.env.LOCKSTEP_HELM!) }))!;
const config = 'environments:\n  - name: staging\n    values: envs/staging.yaml\n    application: apps/staging.yaml\n';
const req = {
  charts: [],
  renderConfig: undefined,
  from: { kind: 'env', env: 'dev' },
  base: 'main',
  settingsByEnvironment: {
    staging: settingsFor(PROMOTE_PER_ENVIRONMENT, {}, parseConfigText(config, undefined), { environment: 'staging' }),
  },
} as unknown as PromoteRequest;
const route: Route = {
  to: {
    name: 'staging',
    values: 'envs/staging.yaml',
    application: 'apps/staging.yaml',
    protected: false,
    index: 1,
    settings: req.settingsByEnvironment.staging,
  },
  branch: 'promote/staging',
};
const plan = {
  files: [{ path: 'envs/staging.yaml', before: 'greeting: hello\n', after: 'greeting: goodbye\n' }],
} as unknown as PromotionPlan;

const app = (source: string) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata: { name: myapp-staging }',
    'spec:',
    '  destination: { namespace: staging }',
    `  source: ${source}`,
    '',
  ].join('\n');

function world(files: Record<string, string>, pulled: string[] = []): PromoteWorld {
  return worldDouble({
    git: gitDouble({
      readAt: async (_c: string, p: string) => files[p],
      listFiles: async (_c: string, dir?: string) => Object.keys(files).filter((p) => !dir || p.startsWith(`${dir}/`)),
      resolveRef: async (ref: string) => {
        pulled.push(`git fetch ${ref}`);
        return undefined;
      },
    }),
    findHelm: async () => helm,
    pullChartArchive: async (ref) => {
      pulled.push(`${ref.registry}/${ref.repository}:${ref.tag ?? ''}`);
      throw Object.assign(new Error('unauthorized'), { name: 'RegistryError' });
    },
  });
}

const repoChart: Record<string, string> = {
  'apps/staging.yaml': app('{ repoURL: https://github.com/acme/monorepo, path: charts/myapp, targetRevision: HEAD }'),
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.0.0\n',
  'charts/myapp/templates/cm.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: greeting }\ndata: { text: "{{ .Values.greeting }}" }\n',
  'envs/staging.yaml': 'greeting: hello\n',
};

describe('renderAhead', () => {
  test("the environment as it runs is rendered once, ahead: the promotion's render runs Helm for the after side only", async () => {
    const w = world(repoChart);
    await renderAhead(req, route, w, 'base');
    const renderer = rendererFor(w, helm.path, RENDER_DEFAULTS);
    expect(renderer.runs).toBe(1);
    const r = await renderPromotion(req, route, plan, w, 'base');
    expect(renderer.runs).toBe(2);
    expect(r).toMatchObject({ environment: 'staging', status: 'rendered' });
    expect(r?.diff?.changes).toEqual([
      {
        object: 'ConfigMap staging/greeting',
        key: 'v1/ConfigMap/staging/greeting',
        change: 'changed',
        diff: expect.stringContaining('-  text: hello\n+  text: goodbye'),
      },
    ]);
  });

  test('the same render without it: the same diff, both sides rendered by the promotion', async () => {
    const ahead = world(repoChart);
    await renderAhead(req, route, ahead, 'base');
    const withAhead = await renderPromotion(req, route, plan, ahead, 'base');
    const w = world(repoChart);
    const without = await renderPromotion(req, route, plan, w, 'base');
    expect(rendererFor(w, helm.path, RENDER_DEFAULTS).runs).toBe(2);
    expect(without).toEqual(withAhead);
  });

  test('a chart not held in the repository is not fetched ahead: no registry pull, no git fetch, no Helm run', async () => {
    const pulled: string[] = [];
    const files = {
      ...repoChart,
      'apps/staging.yaml': app('{ repoURL: oci://registry.example/charts, chart: myapp, targetRevision: 1.4.0 }'),
    };
    const w = world(files, pulled);
    await renderAhead(req, route, w, 'base');
    expect(pulled).toEqual([]);
    expect(rendererFor(w, helm.path, RENDER_DEFAULTS).runs).toBe(0);
    // The promotion's own render asks as before, and says what it could not get.
    const r = await renderPromotion(req, route, plan, w, 'base');
    expect(r?.message).toBe(
      'chart myapp 1.4.0 unavailable (charts/myapp at the base says 1.0.0; oci://registry.example/charts/myapp:1.4.0: unauthorized)',
    );
    expect(pulled).toEqual([
      'git fetch myapp-1.4.0',
      'git fetch myapp-1.4.0',
      'registry.example/charts/myapp:1.4.0',
      'registry.example/charts/myapp:1.4.0',
    ]);
  });

  test('render: off, an overlay or no Application: nothing is started', async () => {
    const w = world(repoChart);
    const off = { ...route, to: { ...route.to, settings: { ...route.to.settings, render: 'off' } } } as Route;
    await renderAhead(req, off, w, 'base');
    await renderAhead(req, { ...route, to: { ...route.to, application: undefined } }, w, 'base');
    await renderAhead(req, { ...route, to: { ...route.to, kustomization: 'overlays/staging' } }, w, 'base');
    expect(rendererFor(w, helm.path, RENDER_DEFAULTS).runs).toBe(0);
  });
});

import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PromotionPlan } from '../../src/promote/plan.ts';
import type { PromoteWorld } from '../../src/promote/ports.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { PROMOTE_PER_ENVIRONMENT } from '../../src/promote/environment-settings.ts';
import { gitDouble, worldDouble } from './ports-double.ts';
import { renderAhead, renderAheadOfFetch } from '../../src/promote/render-ahead.ts';
import { renderPromotion } from '../../src/promote/render.ts';
import { RENDER_DEFAULTS, rendererFor } from '../../src/promote/render-helm.ts';
import type { PromoteRequest, Route } from '../../src/promote/request.ts';
import { findHelm, findHelmOf, helmCandidate, learnVersionLater } from '../../src/render/helm.ts';
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

function world(
  files: Record<string, string>,
  pulled: string[] = [],
  byCommit: Record<string, Record<string, string>> = {},
  tip?: string,
): PromoteWorld {
  return worldDouble({
    git: gitDouble({
      readAt: async (c: string, p: string) => (byCommit[c] ?? files)[p],
      ...(tip ? { knownTip: async (branch: string) => (branch === 'main' ? tip : undefined) } : {}),
      listFiles: async (_c: string, dir?: string) => Object.keys(files).filter((p) => !dir || p.startsWith(`${dir}/`)),
      resolveRef: async (ref: string) => {
        pulled.push(`git fetch ${ref}`);
        return undefined;
      },
    }),
    findHelm: async () => helm,
    helmCandidate: () => helm.path,
    pullChartArchive: async (ref) => {
      pulled.push(`${ref.registry}/${ref.repository}:${ref.tag ?? ''}`);
      throw Object.assign(new Error('unauthorized'), { name: 'RegistryError' });
    },
  });
}

const repoChart: Record<string, string> = {
  'apps/staging.yaml': app(
    '{ repoURL: https://github.com/acme/monorepo, path: charts/myapp, targetRevision: HEAD, helm: { valueFiles: [../../envs/staging.yaml] } }',
  ),
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

  test("a values file beside its chart (no Application): rendered once ahead too, the promotion's render runs Helm for the after side only", async () => {
    const files = {
      'charts/myapp/Chart.yaml': repoChart['charts/myapp/Chart.yaml'],
      'charts/myapp/templates/cm.yaml': repoChart['charts/myapp/templates/cm.yaml'],
      'charts/myapp/values-staging.yaml': 'greeting: hello\n',
    };
    const values = { ...route, to: { ...route.to, values: 'charts/myapp/values-staging.yaml', application: undefined } } as Route;
    const valuesPlan = {
      files: [{ path: 'charts/myapp/values-staging.yaml', before: 'greeting: hello\n', after: 'greeting: goodbye\n' }],
    } as unknown as PromotionPlan;
    const w = world(files);
    await renderAhead(req, values, w, 'base');
    const renderer = rendererFor(w, helm.path, RENDER_DEFAULTS);
    expect(renderer.runs).toBe(1);
    const r = await renderPromotion(req, values, valuesPlan, w, 'base');
    expect(renderer.runs).toBe(2);
    expect(r).toMatchObject({ environment: 'staging', status: 'rendered' });
    expect(r?.diff?.changes.map((c) => [c.object, c.change])).toEqual([['ConfigMap greeting', 'changed']]);
    expect(r?.diff?.changes[0].diff).toContain('-  text: hello\n+  text: goodbye');
  });

  test('render: off or an overlay (kustomize builds it): nothing is started', async () => {
    const w = world(repoChart);
    const off = { ...route, to: { ...route.to, settings: { ...route.to.settings, render: 'off' } } } as Route;
    await renderAhead(req, off, w, 'base');
    await renderAhead(req, { ...route, to: { ...route.to, kustomization: 'overlays/staging' } }, w, 'base');
    expect(rendererFor(w, helm.path, RENDER_DEFAULTS).runs).toBe(0);
  });

  test('ahead of the fetch, from the tip the clone holds: once per commit; a tip the fetch moved is read again, rendered again only where its inputs changed', async () => {
    const moved = { ...repoChart, 'README.md': 'the tip moved, the environment did not\n' };
    const changed = { ...repoChart, 'envs/staging.yaml': 'greeting: hi\n' };
    const w = world(repoChart, [], { known: repoChart, moved, changed }, 'known');
    const renderer = () => rendererFor(w, helm.path, RENDER_DEFAULTS);
    await renderAheadOfFetch(req, route, w);
    expect(renderer().runs).toBe(1);
    // The fetch left the tip where it was: planChecked's renderAhead at the same commit starts nothing.
    await renderAhead(req, route, w, 'known');
    expect(renderer().runs).toBe(1);
    // The tip moved, the environment's inputs did not: read again, Helm's output is the cache's.
    await renderAhead(req, route, w, 'moved');
    expect(renderer().runs).toBe(1);
    // The environment changed under the fetch: rendered again.
    await renderAhead(req, route, w, 'changed');
    expect(renderer().runs).toBe(2);
  });

  test('ahead of the fetch: nothing without a tip the clone holds, or with render: off', async () => {
    const none = world(repoChart);
    await renderAheadOfFetch(req, route, none);
    expect(rendererFor(none, helm.path, RENDER_DEFAULTS).runs).toBe(0);
    const off = { ...route, to: { ...route.to, settings: { ...route.to.settings, render: 'off' } } } as Route;
    const w = world(repoChart, [], {}, 'known');
    await renderAheadOfFetch(req, off, w);
    expect(rendererFor(w, helm.path, RENDER_DEFAULTS).runs).toBe(0);
    // No Helm on PATH (helmCandidate names none): the tip is not even read.
    const asked: string[] = [];
    const noHelm: PromoteWorld = {
      ...w,
      helmCandidate: () => undefined,
      git: { ...w.git, knownTip: async (branch: string) => (asked.push(branch), 'known') },
    };
    await renderAheadOfFetch(req, route, noHelm);
    expect(asked).toEqual([]);
    expect(rendererFor(noHelm, helm.path, RENDER_DEFAULTS).runs).toBe(0);
  });

  test('the run started ahead runs at a lower CPU priority; the after side, which the run waits for, at its own', async () => {
    // A `helm` that is no Helm: it writes down its niceness (once reniced) and prints a ConfigMap.
    const dir = mkdtempSync(join(tmpdir(), 'nice-helm-'));
    try {
      const log = join(dir, 'niceness');
      writeFileSync(
        join(dir, 'helm'),
        `#!/bin/sh\nsleep 0.3\ncut -d" " -f19 /proc/$$/stat >> ${log}\nprintf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata: { name: c }\\n'\n`,
      );
      chmodSync(join(dir, 'helm'), 0o755);
      const w = {
        ...world(repoChart),
        findHelm: async () => ({ path: join(dir, 'helm'), version: '3.17.3' }),
        helmCandidate: () => join(dir, 'helm'),
      };
      await renderAhead(req, route, w, 'base');
      await renderPromotion(req, route, plan, w, 'base');
      const mine = getPriority();
      expect(readFileSync(log, 'utf8')).toBe(`${Math.max(mine, 10)}\n${mine}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  /**
   * `work` given a world that finds the real Helm as promote's does (render/helm.ts: findHelmOf, helmCandidate,
   * learnVersionLater), behind a `helm` on PATH that writes down what it is asked to do, and what it was asked.
   */
  async function withLoggedHelm(files: Record<string, string>, work: (w: PromoteWorld, helmPath: string) => Promise<void>) {
    const dir = mkdtempSync(join(tmpdir(), 'logged-helm-'));
    try {
      const log = join(dir, 'runs');
      writeFileSync(join(dir, 'helm'), `#!/bin/sh\necho "$1" >> ${log}\nexec ${helm.path} "$@"\n`);
      chmodSync(join(dir, 'helm'), 0o755);
      const env = { PATH: dir };
      const w: PromoteWorld = {
        ...world(files, [], { known: files }, 'known'),
        findHelm: (major) => findHelmOf(major, env),
        helmCandidate: (major) => helmCandidate(major, env),
        learnHelmVersion: learnVersionLater,
      };
      await work(w, join(dir, 'helm'));
      return readFileSync(log, 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('the run started ahead prints its Helm’s version: findHelm takes it from there and `helm version` never runs', async () => {
    const asked = await withLoggedHelm(repoChart, async (w, helmPath) => {
      // As promote-env starts: the render ahead of the fetch, then the version asked ahead (askHelmAhead).
      const ahead = renderAheadOfFetch(req, route, w);
      const found = w.findHelm(undefined);
      await ahead;
      expect(await found).toEqual({ path: helmPath, version: helm.version });
      const r = await renderPromotion(req, route, plan, w, 'known');
      expect(r).toMatchObject({ environment: 'staging', status: 'rendered', helm: helm.version });
      expect(r?.diff?.changes.map((c) => c.diff)).toEqual([expect.stringContaining('-  text: hello\n+  text: goodbye')]);
    });
    expect(asked).toBe('template\ntemplate\n');
  });

  test('where nothing renders ahead (a chart the repository does not hold), the version is `helm version`’s', async () => {
    const files = {
      ...repoChart,
      'apps/staging.yaml': app('{ repoURL: oci://registry.example/charts, chart: myapp, targetRevision: 1.4.0 }'),
    };
    const asked = await withLoggedHelm(files, async (w, helmPath) => {
      await renderAheadOfFetch(req, route, w);
      expect(await w.findHelm(undefined)).toEqual({ path: helmPath, version: helm.version });
    });
    expect(asked).toBe('version\n');
  });
});

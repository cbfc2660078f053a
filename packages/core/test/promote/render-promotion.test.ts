import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PromotionPlan } from '../../src/promote/plan.ts';
import type { PromoteWorld } from '../../src/promote/ports.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { PROMOTE_PER_ENVIRONMENT } from '../../src/promote/environment-settings.ts';
import { gitDouble, worldDouble } from './ports-double.ts';
import { renderPromotion } from '../../src/promote/render.ts';
import type { PromoteRequest, Route } from '../../src/promote/request.ts';
import { findHelm } from '../../src/render/helm.ts';
import { settingsFor } from '../../src/settings/read.ts';

// renderPromotion's choices before any render: what the Application says that cannot be read for rendering is
// said (skipped) for an environment that is not protected, and refuses a protected one (it cannot be judged);
// render: off and a world without a Helm port render nothing.

const helm = (await findHelm({ PATH: dirname(process.env.LOCKSTEP_HELM!) }))!;
/** The request with staging's settings resolved from `input` (the render input) and `config` (the file's text). */
const request = (
  input: { render?: 'on' } = {},
  config = 'environments:\n  - name: staging\n    values: envs/staging.yaml\n',
): PromoteRequest =>
  ({
    charts: [],
    renderConfig: undefined,
    from: { kind: 'env', env: 'dev' },
    base: 'main',
    settingsByEnvironment: {
      staging: settingsFor(PROMOTE_PER_ENVIRONMENT, input, parseConfigText(config, undefined), { environment: 'staging' }),
    },
  }) as unknown as PromoteRequest;
const req = request();
/** The route into staging, its settings the request's (as checkRoute resolves them). */
const route = (r: PromoteRequest = req, isProtected = true): Route => ({
  to: {
    name: 'staging',
    values: 'envs/staging.yaml',
    application: 'apps/staging.yaml',
    protected: isProtected,
    index: 1,
    settings: r.settingsByEnvironment.staging,
  },
  branch: 'promote/staging',
});
const plan = { files: [{ path: 'envs/staging.yaml', before: 'a: 1\n', after: 'a: 2\n' }] } as unknown as PromotionPlan;
const world = (app: string, withHelm = true): PromoteWorld =>
  worldDouble({
    git: gitDouble({ readAt: async (_c: string, p: string) => (p === 'apps/staging.yaml' ? app : undefined) }),
    ...(withHelm ? { findHelm: async () => helm } : {}),
  });

describe('renderPromotion', () => {
  test('an Application lockstep cannot read for rendering: skipped with the reason where not protected; a protected target is refused', async () => {
    const r = await renderPromotion(req, route(req, false), plan, world('kind: ConfigMap\nmetadata: {name: x}\n'), 'base');
    expect(r).toEqual({
      environment: 'staging',
      status: 'skipped',
      message:
        'apps/staging.yaml:1: no ArgoCD Application (kind: Application with spec) in the file — point application at the Application manifest',
    });
    await expect(renderPromotion(req, route(), plan, world('kind: ConfigMap\nmetadata: {name: x}\n'), 'base')).rejects.toThrow(
      'render: the chart of staging, a protected environment, cannot be judged: apps/staging.yaml:1: no ArgoCD Application (kind: Application with spec) in the file — point application at the Application manifest',
    );
  });

  test('render: off renders nothing; no Helm on PATH skips the render and says so', async () => {
    const off = request({}, 'environments:\n  - name: staging\n    values: envs/staging.yaml\n    render: off\n');
    expect(await renderPromotion(off, route(off), plan, world('x: 1\n'), 'base')).toBeUndefined();
    // The top level's render mode holds for every environment that sets none.
    const topOff = request({}, 'render: {mode: off}\nenvironments:\n  - name: staging\n    values: envs/staging.yaml\n');
    expect(await renderPromotion(topOff, route(topOff), plan, world('x: 1\n'), 'base')).toBeUndefined();
    expect(await renderPromotion(req, route(), plan, world('x: 1\n', false), 'base')).toEqual({
      environment: 'staging',
      status: 'skipped',
      noHelm: true,
      message: 'no helm on PATH; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off',
    });
  });

  test('a Helm older than 3.8 on PATH: auto skips and says which Helm, render: on refuses', async () => {
    // A program on PATH that answers `helm version` as Helm 3.7.2 does; found and read by findHelm, as on a runner.
    const dir = mkdtempSync(join(tmpdir(), 'old-helm-'));
    try {
      writeFileSync(join(dir, 'helm'), '#!/bin/sh\nprintf v3.7.2\n');
      chmodSync(join(dir, 'helm'), 0o755);
      const old = await findHelm({ PATH: dir });
      expect(old).toEqual({ path: join(dir, 'helm'), version: '3.7.2' });
      const oldWorld: PromoteWorld = { ...world('x: 1\n'), findHelm: async () => old };
      const skipped = await renderPromotion(req, route(), plan, oldWorld, 'base');
      expect(skipped).toMatchObject({ environment: 'staging', status: 'skipped', noHelm: true });
      expect(skipped?.message).toMatch(/^Helm 3\.7\.2 is older than 3\.8\.0; /);
      await expect(renderPromotion(request({ render: 'on' }), route(request({ render: 'on' })), plan, oldWorld, 'base')).rejects.toThrow(
        'render: on needs Helm 3.8.0 or later: Helm 3.7.2 is older than 3.8.0',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a chart published in a registry is not pulled for a Helm that turns out too old (the Application is read while Helm answers)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'old-helm-'));
    try {
      writeFileSync(join(dir, 'helm'), '#!/bin/sh\nprintf v3.7.2\n');
      chmodSync(join(dir, 'helm'), 0o755);
      const old = await findHelm({ PATH: dir });
      const app = [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata: { name: myapp-staging }',
        'spec:',
        '  destination: { namespace: staging }',
        '  source: { repoURL: oci://registry.example/charts, chart: myapp, targetRevision: 1.4.0 }',
        '',
      ].join('\n');
      const pulled: string[] = [];
      // The world names the binary before its version is known (helmCandidate): the sides render early, offline only.
      const registryWorld = (found: typeof old): PromoteWorld => ({
        ...world(app),
        findHelm: async () => found,
        helmCandidate: () => found?.path,
        pullChartArchive: async (ref) => {
          pulled.push(`${ref.registry}/${ref.repository}:${ref.tag ?? ''}`);
          throw Object.assign(new Error('unauthorized'), { name: 'RegistryError' });
        },
      });
      const skipped = await renderPromotion(req, route(), plan, registryWorld(old), 'base');
      expect(skipped).toMatchObject({ environment: 'staging', status: 'skipped', noHelm: true });
      expect(pulled).toEqual([]);
      // With a usable Helm the same Application's chart is asked of the registry, both sides at one version.
      const usable = await renderPromotion(req, route(req, false), plan, registryWorld(helm), 'base');
      expect(usable).toMatchObject({ environment: 'staging', status: 'skipped' });
      expect(usable?.message).toMatch(
        /^chart myapp 1\.4\.0 unavailable \(oci:\/\/registry\.example\/charts\/myapp:1\.4\.0: unauthorized\)$/,
      );
      expect(pulled).toEqual(['registry.example/charts/myapp:1.4.0', 'registry.example/charts/myapp:1.4.0']);
      // A protected target whose chart cannot be pulled cannot be judged: refused, nothing written.
      await expect(renderPromotion(req, route(), plan, registryWorld(helm), 'base')).rejects.toThrow(
        'render: the chart of staging, a protected environment, cannot be judged: chart myapp 1.4.0 unavailable (oci://registry.example/charts/myapp:1.4.0: unauthorized)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the binary named before its version (helmCandidate) renders early; the comparison is the one findHelm answers', async () => {
    const files: Record<string, string> = {
      'apps/staging.yaml': [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata: { name: myapp-staging }',
        'spec:',
        '  destination: { namespace: staging }',
        '  source: { repoURL: https://github.com/acme/monorepo, path: charts/myapp, targetRevision: HEAD, helm: { valueFiles: [../../envs/staging.yaml] } }',
        '',
      ].join('\n'),
      'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.0.0\n',
      'charts/myapp/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\ndata: { a: "{{ .Values.a }}" }\n',
      'envs/staging.yaml': 'a: 1\n',
    };
    const git = gitDouble({
      readAt: async (_c: string, p: string) => files[p],
      listFiles: async (_c: string, dir?: string) => Object.keys(files).filter((p) => !dir || p.startsWith(`${dir}/`)),
    });
    // A `helm` that is no Helm: it writes down each run and prints a ConfigMap of its own.
    const dir = mkdtempSync(join(tmpdir(), 'not-helm-'));
    try {
      const log = join(dir, 'runs');
      writeFileSync(
        join(dir, 'helm'),
        `#!/bin/sh\necho "$1" >> ${log}\nprintf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata: { name: forged }\\n'\n`,
      );
      chmodSync(join(dir, 'helm'), 0o755);
      const unprotected = { ...route(), to: { ...route().to, protected: false } };
      // The version answers a while after it is asked, as `helm version` does (a Go program's start).
      const answersLate = () => new Promise<typeof helm>((r) => setTimeout(() => r(helm), 300));
      const w = worldDouble({ git, findHelm: answersLate, helmCandidate: () => join(dir, 'helm') });
      const r = await renderPromotion(req, unprotected, plan, w, 'base');
      // It rendered both sides while the version was asked; the comparison is the real Helm's, which findHelm answered.
      expect(readFileSync(log, 'utf8')).toBe('template\ntemplate\n');
      const realDiff = [
        [
          'changed',
          'ConfigMap staging/a',
          '@@ -1,6 +1,6 @@\n apiVersion: v1\n data:\n-  a: "1"\n+  a: "2"\n kind: ConfigMap\n metadata:\n   name: a',
        ],
      ];
      expect(r).toMatchObject({ environment: 'staging', status: 'rendered', helm: helm.version });
      expect(r?.diff?.changes.map((c) => [c.change, c.object, c.diff])).toEqual(realDiff);
      // A version that has already answered (asked ahead of the plan) leaves nothing to guess: the candidate never runs.
      rmSync(log);
      const answered = Promise.resolve(helm);
      const again = await renderPromotion(
        req,
        unprotected,
        plan,
        worldDouble({ git, findHelm: () => answered, helmCandidate: () => join(dir, 'helm') }),
        'base',
      );
      expect(existsSync(log)).toBe(false);
      expect(again?.diff?.changes.map((c) => [c.change, c.object, c.diff])).toEqual(realDiff);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a protected target whose subchart's default image carries a tag: refused at the subchart's tag line, before anything is written", async () => {
    const files: Record<string, string> = {
      'apps/staging.yaml': [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata: { name: myapp-staging }',
        'spec:',
        '  destination: { namespace: staging }',
        '  source: { repoURL: https://github.com/acme/monorepo, path: charts/myapp, targetRevision: HEAD, helm: { valueFiles: [../../envs/staging.yaml] } }',
        '',
      ].join('\n'),
      'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.0.0\n',
      'charts/myapp/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\ndata: { a: "{{ .Values.a }}" }\n',
      'charts/myapp/charts/metrics/Chart.yaml': 'apiVersion: v2\nname: metrics\nversion: 0.1.0\n',
      'charts/myapp/charts/metrics/values.yaml': 'image:\n  repository: prom/statsd-exporter\n  tag: v0.26.0\n',
      'charts/myapp/charts/metrics/templates/job.yaml': [
        'apiVersion: batch/v1',
        'kind: CronJob',
        'metadata: { name: scrape }',
        'spec:',
        '  schedule: "* * * * *"',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        '        spec:',
        '          containers:',
        '            - name: exporter',
        '              image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
        '',
      ].join('\n'),
      'envs/staging.yaml': 'a: 1\n',
    };
    const w = worldDouble({
      git: gitDouble({
        readAt: async (_c: string, p: string) => files[p],
        listFiles: async (_c: string, dir?: string) => Object.keys(files).filter((p) => !dir || p.startsWith(`${dir}/`)),
      }),
      findHelm: async () => helm,
    });
    await expect(renderPromotion(req, route(), plan, w, 'base')).rejects.toThrow(
      'render: staging, a protected environment, would run an image not pinned by digest: CronJob staging/scrape: container exporter runs prom/statsd-exporter:v0.26.0, not pinned by digest (spec.jobTemplate.spec.template.spec.containers[0].image) (this line sets the tag v0.26.0)',
    );
    const refused = (await renderPromotion(req, route(), plan, w, 'base').catch((e: unknown) => e)) as { file?: string; line?: number };
    expect([refused.file, refused.line]).toEqual(['charts/myapp/charts/metrics/values.yaml', 3]);
  });
});

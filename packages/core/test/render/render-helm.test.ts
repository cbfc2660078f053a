// The renderer against the real Helm 3.17.3 and Helm 4.1.4 (LOCKSTEP_HELM, LOCKSTEP_HELM4 from jest's global setup): charts with helpers,
// a file:// subchart, a CRD, a Secret from values, a version bump that changes labels only, a template error,
// a template that never ends, one that prints past the cap, and an image digest that is the only change.

import { compareRenders, DEFAULT_IGNORE, type CompareOptions } from '../../src/render/compare.ts';
import { findHelm, findHelmOf, helmCandidate, helmTemplate, helmVersion, learnVersion, takeVersionProbe } from '../../src/render/helm.ts';
import { BACKGROUND_NICENESS, runBounded } from '../../src/render/bounded.ts';
import { countLine, renderedCountsJson, renderedJson, renderedLines, renderedMarkdown } from '../../src/render/report.ts';
import { readChartFolder, renderEnvironment, Renderer, type RenderSide } from '../../src/render/render.ts';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Both Helm majors the tests hold (jest's global setup): each render below runs on each. */
const HELMS: [string, string, string][] = [
  ['Helm 3', process.env.LOCKSTEP_HELM!, '3.17.3'],
  ['Helm 4', process.env.LOCKSTEP_HELM4!, '4.1.4'],
];
const defaults: CompareOptions = { ignore: DEFAULT_IGNORE.map((r) => new RegExp(r)), summarize: [], ignoreDifferences: [] };

/** The chart `web` at `version`: helpers, a Deployment with the image by digest, a Service, a Secret from values, a ConfigMap. */
function webChart(version: string, extra: Record<string, string> = {}): Map<string, string> {
  return new Map(
    Object.entries({
      'Chart.yaml': `apiVersion: v2\nname: web\nversion: ${version}\nappVersion: "${version}"\n`,
      'values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  digest: ""\nreplicas: 1\npassword: ""\n',
      'templates/_helpers.tpl': [
        '{{- define "web.labels" -}}',
        'helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}',
        'app.kubernetes.io/name: {{ .Chart.Name }}',
        'app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}',
        '{{- end -}}',
        '',
      ].join('\n'),
      'templates/deployment.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: {{ .Release.Name }}',
        '  labels: {{- include "web.labels" . | nindent 4 }}',
        'spec:',
        '  replicas: {{ .Values.replicas }}',
        '  template:',
        '    metadata:',
        '      annotations:',
        '        checksum/secret: {{ .Values.password | sha256sum }}',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: "{{ .Values.image.repository }}@{{ .Values.image.digest }}"',
        '',
      ].join('\n'),
      'templates/service.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "web.labels" . | nindent 4 }}\nspec:\n  ports:\n    - port: 80\n',
      'templates/secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-db\ndata:\n  password: {{ .Values.password | b64enc | quote }}\nstringData:\n  user: {{ .Values.user | default "app" | quote }}\n',
      ...extra,
    }),
  );
}

function side(chart: Map<string, string>, values: string[], release = 'web'): RenderSide {
  return { chart: { files: chart }, release, namespace: 'prod', values };
}

const digestA = `sha256:${'a'.repeat(64)}`;
const digestB = `sha256:${'b'.repeat(64)}`;

describe.each(HELMS)('helm template through the renderer, %s', (_major, helm, version) => {
  test('a promotion that changes only the image digest: the Deployment image line is the diff', async () => {
    const r = new Renderer(helm);
    const env = await renderEnvironment(
      r,
      'prod',
      side(webChart('1.0.0'), [`image:\n  digest: ${digestA}\npassword: hunter2\n`]),
      side(webChart('1.0.0'), [`image:\n  digest: ${digestB}\npassword: hunter2\n`]),
      defaults,
    );
    expect(env.status).toBe('rendered');
    expect(env.diff!.counts).toEqual({ changed: 1, added: 0, removed: 0 });
    expect(env.diff!.changes).toEqual([
      {
        object: 'Deployment prod/web',
        key: 'apps/v1/Deployment/prod/web',
        change: 'changed',
        diff: [
          '@@ -11,5 +11,5 @@',
          '       annotations:',
          '     spec:',
          '       containers:',
          `-        - image: ghcr.io/acme/web@${digestA}`,
          `+        - image: ghcr.io/acme/web@${digestB}`,
          '           name: web',
        ].join('\n'),
      },
    ]);
    expect(countLine(env)).toBe('1 changed, 0 added, 0 removed in prod');
    // The chart names no function of randomness, the clock or the network: no second render of the after side.
    expect(r.runs).toBe(2);
  });

  test('a chart version bump that changes only the churn labels: nothing changed, the ignored lines counted', async () => {
    const env = await renderEnvironment(new Renderer(helm), 'prod', side(webChart('1.0.0'), []), side(webChart('1.1.0'), []), defaults);
    expect(env.diff!.counts).toEqual({ changed: 0, added: 0, removed: 0 });
    expect(env.diff!.changes).toEqual([]);
    // helm.sh/chart and app.kubernetes.io/version on the Deployment and the Service.
    expect(env.diff!.ignoredLines).toBe(4);
    expect(countLine(env)).toBe(
      '0 changed, 0 added, 0 removed in prod; 4 ignored lines changed (chart-version labels, checksum annotations, render.ignore)',
    );
    // With the defaults switched off, the same bump is two changed objects.
    const loud = await renderEnvironment(new Renderer(helm), 'prod', side(webChart('1.0.0'), []), side(webChart('1.1.0'), []), {
      ...defaults,
      ignore: [],
    });
    expect(loud.diff!.counts).toEqual({ changed: 2, added: 0, removed: 0 });
    expect(loud.diff!.changes[1].diff).toBe(
      [
        '@@ -3,8 +3,8 @@',
        ' metadata:',
        '   labels:',
        '     app.kubernetes.io/name: web',
        '-    app.kubernetes.io/version: 1.0.0',
        '-    helm.sh/chart: web-1.0.0',
        '+    app.kubernetes.io/version: 1.1.0',
        '+    helm.sh/chart: web-1.1.0',
        '   name: web',
        ' spec:',
        '   ports:',
      ].join('\n'),
    );
  });

  test('a Secret from values: neither the value, its base64 nor any hash of it is in any output; the change is said', async () => {
    const env = await renderEnvironment(
      new Renderer(helm),
      'prod',
      side(webChart('1.0.0'), ['password: old-s3cret-value\nuser: alice\n']),
      side(webChart('1.0.0'), ['password: new-s3cret-value\nuser: alice\n']),
      defaults,
    );
    const secret = env.diff!.changes.find((c) => c.object === 'Secret prod/web-db')!;
    expect(secret.diff).toBe(
      [
        '@@ -1,6 +1,6 @@',
        ' apiVersion: v1',
        ' data:',
        '-  password: <masked>',
        '+  password: <changed>',
        ' kind: Secret',
        ' metadata:',
        '   name: web-db',
      ].join('\n'),
    );
    const all = [
      JSON.stringify(env),
      renderedMarkdown([env], 65536),
      renderedLines([env]).join('\n'),
      JSON.stringify(renderedJson([env])),
    ].join('\n');
    // The old mask: the first 12 hex digits of the SHA-256 of each side's base64 (`printf %s b2xk… | sha256sum`).
    for (const leak of [
      'old-s3cret-value',
      'new-s3cret-value',
      'b2xkLXMzY3JldC12YWx1ZQ==',
      'bmV3LXMzY3JldC12YWx1ZQ==',
      'alice',
      '2546c72010f2',
      'c0caee2bbcae',
    ])
      expect(all).not.toContain(leak);
  });

  test('a template error after the change is the failure, with Helm message', async () => {
    const broken = webChart('1.1.0', { 'templates/required.yaml': '{{ required "image.tag is required" .Values.image.tag }}\n' });
    const env = await renderEnvironment(new Renderer(helm), 'prod', side(webChart('1.0.0'), []), side(broken, []), defaults);
    expect(env.status).toBe('failed');
    expect(env.message).toBe('Error: execution error at (web/templates/required.yaml:1:3): image.tag is required');
    expect(countLine(env)).toBe(
      'prod: the chart does not render after the change: Error: execution error at (web/templates/required.yaml:1:3): image.tag is required',
    );
  });

  test('a template that never ends is stopped at the time limit and said', async () => {
    const loop = webChart('1.0.0', {
      'templates/loop.yaml': '{{- range until 100000 }}{{- range until 100000 }}{{- end }}{{- end }}\n',
    });
    const out = await helmTemplate(helm, { chart: await written(loop), release: 'web', valuesFiles: [] }, { timeoutMs: 1500 });
    expect(out).toEqual({ ok: false, reason: 'timeout', message: 'helm template was stopped after 2 s (a template that does not end)' });
  });

  test('a template that prints past the output cap is stopped and said', async () => {
    const flood = webChart('1.0.0', {
      'templates/flood.yaml': '# {{ range until 200000 }}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{{ end }}\n',
    });
    const out = await helmTemplate(helm, { chart: await written(flood), release: 'web', valuesFiles: [] }, { maxBytes: 1024 * 1024 });
    expect(out).toEqual({
      ok: false,
      reason: 'too-large',
      message: 'helm template was stopped after 1 MiB of output (a template that prints without end)',
    });
  });

  // Issue 52, item 5: a string doubled 26 times grows in memory with no output (272 MiB here, measured).
  const DOUBLING = '{{- $s := "x" }}{{- range until 26 }}{{- $s = print $s $s }}{{- end }}\n# {{ len $s }}\n';

  test('a template that grows in memory is stopped past the memory bound and said, quickly', async () => {
    const grow = webChart('1.0.0', { 'templates/grow.yaml': DOUBLING });
    const started = Date.now();
    const out = await helmTemplate(
      helm,
      { chart: await written(grow), release: 'web', valuesFiles: [] },
      { maxRssBytes: 64 * 1024 * 1024 },
    );
    expect(out).toEqual({
      ok: false,
      reason: 'memory',
      message: 'helm template was stopped past the memory bound of 64 MiB (a template that grows without end)',
    });
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('a chart renders under the default memory bound', async () => {
    const out = await helmTemplate(helm, { chart: await written(webChart('1.0.0')), release: 'web', valuesFiles: [] }, {});
    expect(out.ok).toBe(true);
  });

  test('a CRD (crds/) is rendered, and in render.summarize it is one line with its size', async () => {
    const crd = (field: string) => ({
      'crds/widgets.yaml': `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.acme.io\nspec:\n  group: acme.io\n  names: {kind: Widget, plural: widgets}\n  scope: Namespaced\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            ${field}: {type: string}\n`,
    });
    const env = await renderEnvironment(
      new Renderer(helm),
      'prod',
      side(webChart('1.0.0', crd('size')), []),
      side(webChart('1.0.0', crd('colour')), []),
      { ...defaults, summarize: ['CustomResourceDefinition'] },
    );
    expect(env.diff!.changes).toEqual([
      {
        object: 'CustomResourceDefinition widgets.acme.io',
        key: 'apiextensions.k8s.io/v1/CustomResourceDefinition//widgets.acme.io',
        change: 'changed',
        diff: '',
        size: { before: 385, after: 387 },
      },
    ]);
    expect(renderedMarkdown([env], 65536)).toContain('- changed: CustomResourceDefinition widgets.acme.io (summarized, 385 → 387 bytes)');
  });

  test('an umbrella chart renders its file:// subchart from its folder, as helm dependency build would', async () => {
    const tree = new Map<string, string>([
      [
        'charts/umbrella/Chart.yaml',
        'apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n  - name: cache\n    version: 0.1.0\n    repository: file://../cache\n',
      ],
      ['charts/umbrella/values.yaml', 'cache:\n  size: 1\n'],
      ['charts/umbrella/templates/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: umbrella\ndata:\n  a: "1"\n'],
      ['charts/cache/Chart.yaml', 'apiVersion: v2\nname: cache\nversion: 0.1.0\n'],
      ['charts/cache/values.yaml', 'size: 0\n'],
      [
        'charts/cache/templates/cm.yaml',
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cache\ndata:\n  size: "{{ .Values.size }}"\n',
      ],
    ]);
    const reader = {
      list: async (dir: string) => [...tree.keys()].filter((p) => p.startsWith(`${dir}/`)),
      read: async (p: string) => tree.get(p),
    };
    const chart = await readChartFolder(reader, 'charts/umbrella');
    if ('unavailable' in chart) throw new Error(chart.unavailable);
    expect([...chart.files.keys()].sort()).toEqual([
      'Chart.yaml',
      'charts/cache/Chart.yaml',
      'charts/cache/templates/cm.yaml',
      'charts/cache/values.yaml',
      'templates/cm.yaml',
      'values.yaml',
    ]);
    const env = await renderEnvironment(
      new Renderer(helm),
      'prod',
      side(chart.files, []),
      side(chart.files, ['cache:\n  size: 3\n']),
      defaults,
    );
    expect(env.diff!.changes.map((c) => [c.object, c.diff])).toEqual([
      [
        'ConfigMap prod/cache',
        [
          '@@ -1,6 +1,6 @@',
          ' apiVersion: v1',
          ' data:',
          '-  size: "1"',
          '+  size: "3"',
          ' kind: ConfigMap',
          ' metadata:',
          '   name: cache',
        ].join('\n'),
      ],
    ]);
    tree.set(
      'charts/umbrella/Chart.yaml',
      'apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 19.0.0\n    repository: https://charts.example.com\n',
    );
    expect(await readChartFolder(reader, 'charts/umbrella')).toEqual({
      unavailable: 'redis unavailable (https://charts.example.com: lockstep renders without network)',
      refused: {
        file: 'charts/umbrella/Chart.yaml',
        line: 5,
        hint: 'vendor redis: helm dependency build, then commit charts/redis/ unpacked (or name a file:// folder of this repository), so what the cluster receives is what is reviewed',
      },
    });
  });

  test('a packaged subchart, and a remote dependency of a file:// subchart, are refused at the Chart.yaml line declaring them', async () => {
    const tree = new Map<string, string>([
      ['charts/app/Chart.yaml', 'apiVersion: v2\nname: app\nversion: 1.0.0\n# the cache\ndependencies:\n- name: cache\n  version: 1.0.0\n'],
      ['charts/app/charts/cache-1.0.0.tgz', '\u001f\u008b\u0008'],
      ['charts/app/templates/cm.yaml', 'kind: ConfigMap\n'],
      ['charts/top/Chart.yaml', 'apiVersion: v2\nname: top\nversion: 1.0.0\ndependencies:\n  - name: lib\n    repository: file://../lib\n'],
      [
        'charts/lib/Chart.yaml',
        'apiVersion: v2\nname: lib\nversion: 1.0.0\ndependencies:\n  - name: a\n    repository: ""\n  - repository: oci://evil.example/charts\n    name: pg\n',
      ],
    ]);
    const reader = {
      list: async (dir: string) => [...tree.keys()].filter((p) => p.startsWith(`${dir}/`)),
      read: async (p: string) => tree.get(p),
    };
    expect(await readChartFolder(reader, 'charts/app')).toEqual({
      unavailable: 'cache unavailable (a packaged subchart kept in git is not read)',
      refused: {
        file: 'charts/app/Chart.yaml',
        line: 6,
        hint: 'unpack charts/cache-*.tgz into the folder charts/cache/, so the subchart the cluster receives is the one reviewed',
      },
    });
    // The first dependency lockstep cannot read is named, in the subchart's own Chart.yaml (an empty repository is no file://).
    expect(await readChartFolder(reader, 'charts/top')).toEqual({
      unavailable: 'lib unavailable (a unavailable (no repository: lockstep renders without network))',
      refused: {
        file: 'charts/lib/Chart.yaml',
        line: 5,
        hint: 'vendor a: helm dependency build, then commit charts/a/ unpacked (or name a file:// folder of this repository), so what the cluster receives is what is reviewed',
      },
    });
  });

  test("Helm test hooks (podinfo's randomly named test Pods) are left out of what the cluster receives and counted apart", async () => {
    const testPod = (name: string, hook: string) =>
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        `  name: {{ .Release.Name }}-${name}-{{ randAlphaNum 5 | lower }}`,
        '  annotations:',
        `    "helm.sh/hook": ${hook}`,
        'spec:',
        '  restartPolicy: Never',
        '  containers:',
        '    - name: curl',
        '      image: curlimages/curl:latest',
        '',
      ].join('\n');
    const chart = webChart('1.0.0', {
      'templates/tests/grpc.yaml': testPod('grpc', 'test'),
      'templates/tests/jwt.yaml': testPod('jwt', '"test-success"'),
      'templates/tests/service.yaml': testPod('service', 'test'),
      // An install hook is applied (Argo CD's PreSync, Helm's pre-install): it stays.
      'templates/migrate.yaml':
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations:\n    "helm.sh/hook": pre-install,test\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: m\n          image: busybox:1.36\n',
    });
    const r = new Renderer(helm);
    const env = await renderEnvironment(r, 'prod', side(chart, []), side(chart, ['replicas: 3\n']), defaults);
    expect(env.diff!.counts).toEqual({ changed: 1, added: 0, removed: 0 });
    expect(env.diff!.changes.map((c) => c.object)).toEqual(['Deployment prod/web']);
    expect([...env.after!.values()].map((o) => `${o.kind} ${o.name}`).sort()).toEqual([
      'Deployment web',
      'Job migrate',
      'Secret web-db',
      'Service web',
    ]);
    expect(env.testHooks).toHaveLength(3);
    expect(countLine(env)).toContain('; 3 Helm test hooks left out (helm.sh/hook: test: not applied on sync)');
    expect(renderedCountsJson([env])).toEqual([expect.objectContaining({ environment: 'prod', 'test-hooks': 3 })]);
  });

  test('values that differ between two renders of the same input are ignored, counted and said', async () => {
    const random = webChart('1.0.0', {
      'templates/token.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: token\ndata:\n  token: {{ randAlphaNum 24 | quote }}\n  mode: {{ .Values.mode | default "a" | quote }}\n',
    });
    const r = new Renderer(helm);
    const env = await renderEnvironment(r, 'prod', side(random, []), side(random, ['mode: b\n']), defaults);
    expect(r.runs).toBe(3);
    expect(env.diff!.nondeterministic).toBe(1);
    expect(env.diff!.changes.map((c) => c.diff)).toEqual([
      [
        '@@ -1,6 +1,6 @@',
        ' apiVersion: v1',
        ' data:',
        '-  mode: a',
        '+  mode: b',
        '   token: <non-deterministic>',
        ' kind: ConfigMap',
        ' metadata:',
      ].join('\n'),
    ]);
    expect(countLine(env)).toContain(
      '1 non-deterministic value ignored (it differs between two renders of the same input: randAlphaNum, genCA, now…)',
    );
    expect(renderedCountsJson([env])).toEqual([expect.objectContaining({ environment: 'prod', 'non-deterministic': 1 })]);
  });

  test("the Application's ignoreDifferences: jsonPointers and jqPathExpressions that name fields", async () => {
    const before = side(webChart('1.0.0'), ['replicas: 2\n']);
    const after = side(webChart('1.0.0'), ['replicas: 5\n']);
    const ignored = await renderEnvironment(new Renderer(helm), 'prod', before, after, {
      ...defaults,
      ignoreDifferences: [{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] }],
    });
    expect(ignored.diff!.counts).toEqual({ changed: 0, added: 0, removed: 0 });
    const jq = await renderEnvironment(new Renderer(helm), 'prod', before, after, {
      ...defaults,
      ignoreDifferences: [
        {
          group: 'apps',
          kind: 'Deployment',
          jqPathExpressions: ['.spec.replicas', '.spec.template.spec.containers[] | select(.name == "x")'],
        },
      ],
    });
    expect(jq.diff!.counts).toEqual({ changed: 0, added: 0, removed: 0 });
    expect(jq.diff!.unread).toEqual(['.spec.template.spec.containers[] | select(.name == "x")']);
    // A rule for another kind leaves the Deployment's change.
    const other = await renderEnvironment(new Renderer(helm), 'prod', before, after, {
      ...defaults,
      ignoreDifferences: [{ kind: 'Service', jsonPointers: ['/spec/replicas'] }],
    });
    expect(other.diff!.counts).toEqual({ changed: 1, added: 0, removed: 0 });
    // Rules Argo CD's sync applies (no RespectIgnoreDifferences=true): the change is shown, marked, counted.
    const onSync = await renderEnvironment(new Renderer(helm), 'prod', before, after, {
      ...defaults,
      ignoreDifferences: [{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'], appliedOnSync: true }],
    });
    expect(onSync.diff!.counts).toEqual({ changed: 1, added: 0, removed: 0 });
    expect(onSync.diff!.appliedOnSync).toBe(1);
    expect(onSync.diff!.changes.map((c) => [c.object, c.appliedOnSync])).toEqual([['Deployment prod/web', true]]);
    expect(onSync.diff!.changes[0].diff).toContain('-  replicas: 2\n+  replicas: 5');
    expect(countLine(onSync)).toBe(
      "1 changed, 0 added, 0 removed in prod; 1 object changed in fields ignoreDifferences names: Argo CD's diff ignores them, its sync applies them (no RespectIgnoreDifferences=true), so they are shown",
    );
    expect(renderedLines([onSync])).toContain("changed: Deployment prod/web (ignored by Argo CD's diff, applied on sync)");
    expect(renderedJson([onSync])[0]).toMatchObject({ object: 'Deployment prod/web', 'applied-on-sync': true });
    // A change elsewhere in an object a rule covers is shown unmarked: the ignored field did not move.
    const elsewhere = await renderEnvironment(new Renderer(helm), 'prod', before, side(webChart('1.0.0'), ['replicas: 2\npassword: x\n']), {
      ...defaults,
      ignoreDifferences: [{ kind: 'Secret', jsonPointers: ['/spec/replicas'], appliedOnSync: true }],
    });
    expect(elsewhere.diff!.appliedOnSync).toBe(0);
    expect(elsewhere.diff!.changes.map((c) => [c.object, c.appliedOnSync])).toEqual([['Secret prod/web-db', undefined]]);
  });

  test('the second render runs only where a difference was found: the same objects before and after render no third time', async () => {
    const r = new Renderer(helm);
    // Two values texts that render the same objects: before and after each render once, and nothing differs.
    const env = await renderEnvironment(
      r,
      'prod',
      side(webChart('1.0.0'), ['replicas: 2\n']),
      side(webChart('1.0.0'), ['replicas: 2 # same\n']),
      defaults,
    );
    expect(env.diff!.counts).toEqual({ changed: 0, added: 0, removed: 0 });
    expect(r.runs).toBe(2);
  });

  test('renders are cached by chart and values digests: the same side for two environments renders once', async () => {
    const r = new Renderer(helm);
    const a = side(webChart('1.0.0'), ['replicas: 2\n']);
    const b = side(webChart('1.0.0'), ['replicas: 3\n']);
    await Promise.all([renderEnvironment(r, 'staging', a, b, defaults), renderEnvironment(r, 'prod', a, b, defaults)]);
    // Before and after once each; the chart cannot render two texts, so no second render.
    expect(r.runs).toBe(2);
  });

  test('a renderer sharing its charts writes one folder: each chart (one archive) and each values text once, gone on dispose', async () => {
    // Found among other runs' folders by a values text no other test writes.
    const nonce = `# shared-${Math.random().toString(36).slice(2)}`;
    const ours = () =>
      readdirSync(tmpdir())
        .filter((n) => n.startsWith('lockstep-chart-'))
        .filter((n) => {
          try {
            return readdirSync(join(tmpdir(), n)).some(
              (v) => v.startsWith('v') && readFileSync(join(tmpdir(), n, v), 'utf8').includes(nonce),
            );
          } catch {
            return false;
          }
        });
    const r = new Renderer(helm, {}, {}, true);
    const chart = webChart('1.0.0');
    // Two environments of one chart with the same values text, a third with its own: two values files, one chart folder.
    const outs = await Promise.all([
      r.output(side(chart, [`replicas: 2 ${nonce}\n`], 'staging')),
      r.output(side(chart, [`replicas: 2 ${nonce}\n`], 'prod')),
      r.output(side(chart, [`replicas: 3 ${nonce}\n`], 'dev')),
      r.output(side(chart, [`replicas: [ ${nonce}\n`], 'broken')),
    ]);
    expect(outs.map((o) => o.ok)).toEqual([true, true, true, false]);
    expect(outs[1].ok && outs[1].stdout).toContain('name: prod');
    // Helm's words on a values file name it as a render's own folder did: values-0.yaml, no temp path.
    expect(!outs[3].ok && outs[3].message).toMatch(/^Error: failed to parse values-0\.yaml: .*error converting YAML to JSON/);
    expect(!outs[3].ok && outs[3].message).not.toContain('/');
    const found = ours();
    expect(found).toHaveLength(1);
    const shared = join(tmpdir(), found[0]);
    const entries = readdirSync(shared).sort();
    expect(entries).toHaveLength(4);
    // The chart is one archive Helm loads as its folder (charts/folder-archive.ts), its files under chart/.
    expect(entries[0]).toBe('chart-0.tgz');
    const tar = gunzipSync(readFileSync(join(shared, 'chart-0.tgz'))).toString('utf8');
    expect(tar).toContain('chart/Chart.yaml');
    expect(tar).toContain('apiVersion: v2\nname: web\nversion: 1.0.0\nappVersion: "1.0.0"\n');
    // Each values text one file named by its digest, no folder of its own.
    expect(entries.slice(1).map((e) => e.replace(/^v[0-9a-f]{32}-/, ''))).toEqual(['values-0.yaml', 'values-0.yaml', 'values-0.yaml']);
    expect(
      entries
        .slice(1)
        .map((e) => readFileSync(join(shared, e), 'utf8'))
        .sort(),
    ).toEqual([`replicas: 2 ${nonce}\n`, `replicas: 3 ${nonce}\n`, `replicas: [ ${nonce}\n`]);
    r.dispose();
    expect(ours()).toEqual([]);
    expect(existsSync(shared)).toBe(false);
  });

  test('added and removed objects, and a PR body section fitted under the limit with a note of what was cut', async () => {
    const many = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [
          `templates/cm-${i}.yaml`,
          `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  blob: "${'x'.repeat(2000)}"\n`,
        ]),
      );
    const env = await renderEnvironment(
      new Renderer(helm),
      'prod',
      side(webChart('1.0.0'), []),
      side(webChart('1.0.0', many(60)), []),
      defaults,
    );
    expect(env.diff!.counts).toEqual({ changed: 0, added: 60, removed: 0 });
    const md = renderedMarkdown([env], 65536);
    expect(md.length).toBeLessThanOrEqual(65536);
    expect(md.startsWith('### Rendered changes\n\n- 0 changed, 60 added, 0 removed in prod\n')).toBe(true);
    const shown = md.split('<details>').length - 1;
    expect(shown).toBeGreaterThan(20);
    expect(md).toContain(
      `> ${60 - shown} objects' diffs cut to fit the 65,536 characters GitHub allows; \`lockstep promote --dry-run\` prints them all.`,
    );
    const back = await renderEnvironment(
      new Renderer(helm),
      'prod',
      side(webChart('1.0.0', many(1)), []),
      side(webChart('1.0.0'), []),
      defaults,
    );
    expect(back.diff!.changes.map((c) => [c.change, c.object])).toEqual([['removed', 'ConfigMap prod/cm-0']]);
  });

  test('nothing before (a new chart): every object added, no before failure said', async () => {
    const env = await renderEnvironment(new Renderer(helm), 'prod', 'nothing', side(webChart('1.0.0'), []), defaults);
    expect(env.beforeFailed).toBeUndefined();
    expect(env.diff!.counts).toEqual({ changed: 0, added: 3, removed: 0 });
    expect(env.diff!.changes.map((c) => [c.change, c.object])).toEqual([
      ['added', 'Deployment prod/web'],
      ['added', 'Secret prod/web-db'],
      ['added', 'Service prod/web'],
    ]);
  });

  test('findHelm: the helm on PATH and its version; none on an empty PATH', async () => {
    expect(await findHelm({ PATH: dirname(helm) })).toEqual({ path: join(dirname(helm), 'helm'), version });
    expect(await findHelm({ PATH: '/nonexistent' })).toBeUndefined();
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The chart written to a temp folder. */
async function written(files: Map<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-render-test-'));
  dirs.push(dir);
  for (const [p, t] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

test('findHelmOf: the first Helm of the major asked for, by PATH order, as helm, helm3 or helm4; none when PATH holds no Helm of it', async () => {
  const helm3 = process.env.LOCKSTEP_HELM!;
  const helm4 = process.env.LOCKSTEP_HELM4!;
  // Both majors on PATH as `helm` (two folders, Helm 3 first): no major is the first; 4 is the second.
  const both = { PATH: [dirname(helm3), dirname(helm4)].join(':') };
  expect(await findHelmOf(undefined, both)).toEqual({ path: helm3, version: '3.17.3' });
  expect(await findHelmOf(4, both)).toEqual({ path: helm4, version: '4.1.4' });
  expect(await findHelmOf(3, { PATH: [dirname(helm4), dirname(helm3)].join(':') })).toEqual({ path: helm3, version: '3.17.3' });
  expect(await findHelmOf(3, { PATH: dirname(helm4) })).toBeUndefined();
  // A side-by-side install named for its major.
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-helm4-'));
  try {
    symlinkSync(helm4, join(dir, 'helm4'));
    expect(await findHelmOf(4, { PATH: [dirname(helm3), dirname(dir) + '/nonexistent', dir].join(':') })).toEqual({
      path: join(dir, 'helm4'),
      version: '4.1.4',
    });
    expect(await findHelmOf(undefined, { PATH: dir })).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('helmCandidate: the binary findHelmOf will most likely answer, named without running anything', async () => {
  const helm3 = process.env.LOCKSTEP_HELM!;
  const helm4 = process.env.LOCKSTEP_HELM4!;
  const both = { PATH: [dirname(helm3), dirname(helm4)].join(':') };
  // No major: the first `helm`, the one findHelmOf answers.
  expect(helmCandidate(undefined, both)).toBe(helm3);
  expect(helmCandidate(undefined, both)).toBe((await findHelmOf(undefined, both))!.path);
  // A major, and no binary named for it: the first of the names (findHelmOf then answers from the versions).
  expect(helmCandidate(4, both)).toBe(helm3);
  expect(helmCandidate(3, { PATH: '/nonexistent' })).toBeUndefined();
  expect(helmCandidate(undefined, { PATH: '' })).toBeUndefined();
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-helm4-'));
  try {
    symlinkSync(helm4, join(dir, 'helm4'));
    // A side-by-side install named for the major asked: it, wherever it is on PATH.
    const named = { PATH: [dirname(helm3), dir].join(':') };
    expect(helmCandidate(4, named)).toBe(join(dir, 'helm4'));
    expect(helmCandidate(4, named)).toBe((await findHelmOf(4, named))!.path);
    expect(helmCandidate(3, named)).toBe(helm3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('compareRenders alone: a Secret whose data is no map is masked whole, its change said', () => {
  const obj = (data: unknown) =>
    new Map([
      [
        'v1/Secret/prod/s',
        {
          apiVersion: 'v1',
          kind: 'Secret',
          namespace: 'prod',
          name: 's',
          body: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data },
        },
      ],
    ]);
  const d = compareRenders(obj('cGxhaW4='), obj('b3RoZXI='), undefined, defaults);
  // The change is said, never what it is.
  expect(d.changes.map((c) => c.diff)).toEqual([
    ['@@ -1,5 +1,5 @@', ' apiVersion: v1', '-data: <masked>', '+data: <changed>', ' kind: Secret', ' metadata:', '   name: s'].join('\n'),
  ]);
  expect(JSON.stringify(d)).not.toMatch(/cGxhaW4=|b3RoZXI=/);
});

test('a run started ahead (background) runs at niceness 10, or as it was when that was lower; any other at the caller’s', async () => {
  // The child reads its own niceness (field 19 of /proc/self/stat) once it has been started and reniced.
  const niceness = async (background: boolean) => {
    const r = await runBounded('sh', ['-c', 'sleep 0.3; cut -d" " -f19 /proc/$$/stat'], process.env, {}, 'sh', (e) => e, { background });
    if (!r.ok) throw new Error(r.message);
    return Number(r.stdout.trim());
  };
  const mine = getPriority();
  expect(BACKGROUND_NICENESS).toBe(10);
  expect(await niceness(false)).toBe(mine);
  expect(await niceness(true)).toBe(Math.max(mine, 10));
});

describe.each(HELMS)('the version a render prints (versionProbe), %s', (_major, helm, version) => {
  test('a probed render prints what a plain one prints, and the version `helm version` answers', async () => {
    const input = side(webChart('1.0.0'), [`image:\n  digest: ${digestA}\npassword: hunter2\n`]);
    const plain = await new Renderer(helm).output(input);
    const probed = await new Renderer(helm, {}, {}, false, true).output(input);
    if (!plain.ok || !probed.ok) throw new Error('render failed');
    expect(plain.helmVersion).toBeUndefined();
    expect(probed.helmVersion).toBe(version);
    expect(probed.stdout).toBe(plain.stdout);
    expect(probed.stdout).not.toContain('lockstep-helm-version');
  });

  test('a chart that prints a look-alike of the probe (another nonce, another version) keeps it; the version is Helm’s', async () => {
    const forged =
      '---\n# Source: web/templates/lockstep-helm-version-0000000000000000.yaml\n# lockstep-helm-version 0000000000000000 v9.9.9\n';
    const chart = webChart('1.0.0', {
      'templates/lockstep-helm-version-0000000000000000.yaml': '# lockstep-helm-version 0000000000000000 v9.9.9\n',
      'templates/forged.yaml': `# {{ "lockstep-helm-version" }} guess v9.9.9\n`,
    });
    const probed = await new Renderer(helm, {}, {}, false, true).output(side(chart, ['password: x\n']));
    if (!probed.ok) throw new Error(probed.message);
    expect(probed.helmVersion).toBe(version);
    expect(probed.stdout).toContain(forged);
    expect(probed.stdout).toContain('# lockstep-helm-version guess v9.9.9\n');
  });

  test('a chart whose .helmignore leaves the probe out renders as it is, with no version said', async () => {
    const chart = webChart('1.0.0', { '.helmignore': 'templates/lockstep-*\n' });
    const input = side(chart, ['password: x\n']);
    const plain = await new Renderer(helm).output(input);
    const probed = await new Renderer(helm, {}, {}, false, true).output(input);
    if (!plain.ok || !probed.ok) throw new Error('render failed');
    expect(probed.helmVersion).toBeUndefined();
    expect(probed.stdout).toBe(plain.stdout);
  });
});

test('takeVersionProbe takes out only its own document, first or last in the stream', () => {
  const probe = (v: string) => `---\n# Source: c/templates/lockstep-helm-version-ab12.yaml\n# lockstep-helm-version ab12 ${v}\n`;
  const cm = '---\n# Source: c/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n';
  expect(takeVersionProbe(`${cm}${probe('v3.17.3')}`, 'ab12')).toEqual({ stdout: cm, version: '3.17.3' });
  expect(takeVersionProbe(`${probe('v4.1.4')}${cm}`, 'ab12')).toEqual({ stdout: cm, version: '4.1.4' });
  expect(takeVersionProbe(`${cm}${probe('v3.17.3')}`, 'cd34')).toEqual({ stdout: `${cm}${probe('v3.17.3')}` });
  // A version that is none (a chart cannot write there, but the parse does not trust it): the document goes, no version.
  expect(takeVersionProbe(`${cm}${probe('banana')}`, 'ab12')).toEqual({ stdout: cm });
});

test('learnVersion: helmVersion answered by a template run, `helm version` run only where that run gave none', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'learn-helm-'));
  try {
    // A `helm` that writes down each run and answers `version` as Helm 3.9.0 does.
    const fake = (name: string) => {
      const path = join(dir, name);
      writeFileSync(path, `#!/bin/sh\necho "$1" >> ${dir}/${name}.runs\nprintf 'v3.9.0+gabcdef\\n'\n`);
      chmodSync(path, 0o755);
      return path;
    };
    const runs = (name: string) => {
      try {
        return readFileSync(join(dir, `${name}.runs`), 'utf8');
      } catch {
        return '';
      }
    };
    const learned = fake('learned');
    expect(learnVersion(learned, Promise.resolve('3.17.3'))).toBe(true);
    expect(await helmVersion(learned)).toBe('3.17.3');
    expect(runs('learned')).toBe('');
    // Asked once: a second answer is not taken.
    expect(learnVersion(learned, Promise.resolve('9.9.9'))).toBe(false);
    expect(await helmVersion(learned)).toBe('3.17.3');
    // The run printed none (a chart that failed, a .helmignore): `helm version` is asked.
    const none = fake('none');
    expect(learnVersion(none, Promise.resolve(undefined))).toBe(true);
    expect(await helmVersion(none)).toBe('3.9.0');
    expect(runs('none')).toBe('version\n');
    // Asked before any run could tell: the answer is `helm version`'s.
    const asked = fake('asked');
    expect(await helmVersion(asked)).toBe('3.9.0');
    expect(learnVersion(asked, Promise.resolve('3.17.3'))).toBe(false);
    expect(await helmVersion(asked)).toBe('3.9.0');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

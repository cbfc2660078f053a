import { dirname } from 'node:path';
import { parseConfigText } from '../../src/config/config.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { countLine } from '../../src/render/report.ts';

// chart-bump-check's renders of environments whose own inputs changed though no chart did (render-inputs.ts), with the
// real Helm 3.17.3: what a changed path reaches decides, not the file's bytes alone — another Application of the same
// file changing renders nothing, a valueFiles entry beside an Application's `path:` chart is one of its inputs.

const TOOLS = { PATH: `${dirname(process.env.LOCKSTEP_HELM!)}:/usr/bin:/bin` };
const inRepo = (p: string) => p;
const DIGEST = `sha256:${'a'.repeat(64)}`;

function reader(commits: Record<string, Record<string, string>>): CheckReader {
  return {
    // A commit or tag the repository does not hold reads as nothing, as git's object reader answers.
    list: async (commit, dir) => Object.keys(commits[commit] ?? {}).filter((p) => dir === '.' || dir === '' || p.startsWith(`${dir}/`)),
    read: async (commit, p) => commits[commit]?.[p],
  };
}

/** Both Applications in one file, each a git source whose path is the chart folder, with its valueFiles beside it. */
const apps = (prodValueFiles: string, devReplicas = '1') =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata: { name: api-dev }',
    'spec:',
    '  destination: { namespace: dev }',
    '  source:',
    '    repoURL: https://github.com/acme/deploy',
    '    path: charts/api',
    '    targetRevision: main',
    `    helm: { valueFiles: [values-dev.yaml], parameters: [{ name: replicas, value: "${devReplicas}" }] }`,
    '---',
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata: { name: api-prod }',
    'spec:',
    '  destination: { namespace: prod }',
    '  source:',
    '    repoURL: https://github.com/acme/deploy',
    '    path: charts/api',
    '    targetRevision: main',
    `    helm: { valueFiles: [${prodValueFiles}] }`,
    '',
  ].join('\n');

const BASE: Record<string, string> = {
  '.github/lockstep.yml': [
    'environments:',
    '  - { name: dev, values: charts/api/values-dev.yaml, application: "apps/api.yaml#api-dev" }',
    '  - { name: prod, values: charts/api/values-prod.yaml, application: "apps/api.yaml#api-prod", protected: true }',
    '',
  ].join('\n'),
  'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.3.0\n',
  'charts/api/values.yaml': `replicas: 1\nimage: ghcr.io/acme/api:2.0.0@${DIGEST}\n`,
  'charts/api/values-dev.yaml': 'replicas: 1\n',
  'charts/api/values-prod.yaml': 'replicas: 3\n',
  'charts/api/values-prod-canary.yaml': 'image: ghcr.io/acme/api:2.1.0-rc.1\n',
  'charts/api/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: api }',
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: {{ .Values.image }}',
    '',
  ].join('\n'),
  'apps/api.yaml': apps('values-prod.yaml'),
};

const configOf = (files: Record<string, string>) => parseConfigText(files['.github/lockstep.yml'], '.github/lockstep.yml');
const changedPaths = (base: Record<string, string>, head: Record<string, string>) =>
  new Set([...new Set([...Object.keys(base), ...Object.keys(head)])].filter((p) => base[p] !== head[p]));

async function checkOf(head: Record<string, string>) {
  const tree = { changed: changedPaths(BASE, head), headPaths: new Set(Object.keys(head)) };
  return renderChecks(
    'auto',
    configOf(BASE),
    [],
    { base: 'base', head: 'head' },
    reader({ base: BASE, head }),
    TOOLS,
    inRepo,
    undefined,
    tree,
  );
}

describe('chart-bump-check renders an environment whose own inputs changed', () => {
  test("dev's parameters change in the Applications' shared file: dev rendered, prod (the same file, its document unchanged) not", async () => {
    const out = await checkOf({ ...BASE, 'apps/api.yaml': apps('values-prod.yaml', '2') });
    expect(out?.rendered.map(countLine)).toEqual([
      "1 changed, 0 added, 0 removed in dev (chart api at charts/api, dev's values or Application changed with Helm 3.17.3)",
    ]);
    expect(out?.problems).toEqual([]);
  });

  test("prod's Application adds a valueFiles entry beside its path: chart: the file is read from the chart folder and its tag refused at its line", async () => {
    const out = await checkOf({ ...BASE, 'apps/api.yaml': apps('values-prod.yaml, values-prod-canary.yaml') });
    expect(out?.rendered.map(countLine)).toEqual([
      "1 changed, 0 added, 0 removed in prod (chart api at charts/api, prod's values or Application changed with Helm 3.17.3)",
    ]);
    expect(out?.problems.map((p) => `${p.level} ${p.file}:${p.line}: ${p.message}`)).toEqual([
      'error charts/api/values-prod-canary.yaml:1: prod, a protected environment would run an image not pinned by digest: Deployment prod/api: container api runs ghcr.io/acme/api:2.1.0-rc.1, not pinned by digest (spec.template.spec.containers[0].image); this line writes ghcr.io/acme/api:2.1.0-rc.1',
    ]);
  });

  test('a file no environment reads changes: nothing rendered, Helm never asked', async () => {
    const out = await checkOf({ ...BASE, 'docs/owners.yaml': 'team: platform\n' });
    expect(out).toBeUndefined();
  });
});

describe('an Application whose targetRevision moves is rendered at the version each side pins (issue 72 item 4)', () => {
  /** prod from a registry at `version`, its values from this repository; the chart's folder has moved on to 1.6.0. */
  const registryApp = (version: string) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      'metadata: { name: platform-prod }',
      'spec:',
      '  destination: { namespace: prod }',
      '  sources:',
      `    - { repoURL: oci://ghcr.io/acme/charts, chart: platform, targetRevision: ${version}, helm: { valueFiles: [$values/envs/prod.yaml] } }`,
      '    - { repoURL: https://github.com/acme/deploy, targetRevision: main, ref: values }',
      '',
    ].join('\n');
  const chart = (version: string, replicas: string) => ({
    'charts/platform/Chart.yaml': `apiVersion: v2\nname: platform\nversion: ${version}\n`,
    'charts/platform/templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: platform }\ndata: { replicas: "${replicas}", env: "{{ .Values.env }}" }\n`,
  });
  const config = ['environments:', '  - { name: prod, values: envs/prod.yaml, application: apps/prod.yaml, protected: true }', ''].join(
    '\n',
  );
  const files = (version: string) => ({
    '.github/lockstep.yml': config,
    'envs/prod.yaml': 'env: prod\n',
    'apps/prod.yaml': registryApp(version),
  });
  const run = (commits: Record<string, Record<string, string>>) =>
    renderChecks(
      'auto',
      parseConfigText(config, '.github/lockstep.yml'),
      [],
      { base: 'base', head: 'head' },
      reader(commits),
      TOOLS,
      inRepo,
      undefined,
      { changed: new Set(['apps/prod.yaml']), headPaths: new Set(Object.keys(commits.head)) },
    );

  test('1.5.0 → 1.6.0: the base side is the chart at its tag, the head side the folder that says 1.6.0', async () => {
    const base = { ...files('1.5.0'), ...chart('1.6.0', '3') };
    const head = { ...files('1.6.0'), ...chart('1.6.0', '3') };
    const out = await run({ base, head, 'refs/tags/platform-1.5.0': chart('1.5.0', '2') });
    expect(out?.rendered.map(countLine)).toEqual([
      "1 changed, 0 added, 0 removed in prod (chart platform 1.5.0 → 1.6.0, as prod's Application pins it with Helm 3.17.3)",
    ]);
    expect(out?.rendered[0].diff?.changes[0].diff).toContain('-  replicas: "2"\n+  replicas: "3"');
  });

  test('a version this repository does not hold: protected prod cannot be judged, at its Application', async () => {
    const base = { ...files('1.5.0'), ...chart('1.5.0', '2') };
    const head = { ...files('1.7.0'), ...chart('1.5.0', '2') };
    const out = await run({ base, head });
    expect(out?.rendered.map(countLine)).toEqual([
      'prod: not rendered: chart platform 1.7.0 is not in this repository (no tag platform-1.7.0; charts/platform/Chart.yaml says 1.5.0)',
    ]);
    expect(out?.problems.map((p) => `${p.level} ${p.file}:${p.line}: ${p.message}`)).toEqual([
      'error apps/prod.yaml:1: prod, a protected environment cannot be judged at the head: chart platform 1.7.0 is not in this repository (no tag platform-1.7.0; charts/platform/Chart.yaml says 1.5.0)',
    ]);
  });
});

describe('a chart pull request renders an environment at the version its registry Application pins (issue 72 item 4)', () => {
  // prod pulls platform 1.4.0 from the registry; dev follows the chart folder (a git source). The pull request changes
  // the chart (1.5.0 → 1.6.0, replicas 3 → 4): Argo CD keeps rendering 1.4.0 for prod until its targetRevision moves.
  const config = [
    'environments:',
    '  - { name: dev, values: envs/dev.yaml, application: apps/dev.yaml }',
    '  - { name: prod, values: envs/prod.yaml, application: apps/prod.yaml, protected: true }',
    '',
  ].join('\n');
  const app = (name: string, source: string) =>
    [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Application',
      `metadata: { name: platform-${name} }`,
      'spec:',
      `  destination: { namespace: ${name} }`,
      '  sources:',
      `    - ${source}`,
      '    - { repoURL: https://github.com/acme/deploy, targetRevision: main, ref: values }',
      '',
    ].join('\n');
  const chart = (version: string, replicas: string, image = `ghcr.io/acme/platform:1.0.0@${DIGEST}`) => ({
    'charts/platform/Chart.yaml': `apiVersion: v2\nname: platform\nversion: ${version}\n`,
    'charts/platform/templates/deploy.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: platform }',
      'spec:',
      `  replicas: ${replicas}`,
      '  selector: { matchLabels: { app: platform } }',
      '  template:',
      '    metadata: { labels: { app: platform, env: "{{ .Values.env }}" } }',
      '    spec:',
      '      containers:',
      `        - { name: platform, image: "${image}" }`,
      '',
    ].join('\n'),
  });
  const files = (prodVersion: string) => ({
    '.github/lockstep.yml': config,
    'envs/dev.yaml': 'env: dev\n',
    'envs/prod.yaml': 'env: prod\n',
    'apps/dev.yaml': app(
      'dev',
      '{ repoURL: https://github.com/acme/deploy, path: charts/platform, targetRevision: main, helm: { valueFiles: [$values/envs/dev.yaml] } }',
    ),
    'apps/prod.yaml': app(
      'prod',
      `{ repoURL: oci://ghcr.io/acme/charts, chart: platform, targetRevision: ${prodVersion}, helm: { valueFiles: [$values/envs/prod.yaml] } }`,
    ),
  });
  const run = (commits: Record<string, Record<string, string>>, changed: string[]) =>
    renderChecks(
      'auto',
      parseConfigText(config, '.github/lockstep.yml'),
      [
        {
          path: 'charts/platform',
          name: 'platform',
          base: commits.base['charts/platform/Chart.yaml'].match(/version: (.*)/)![1],
          head: commits.head['charts/platform/Chart.yaml'].match(/version: (.*)/)![1],
          required: 'patch',
          ok: true,
          problems: [],
          status: 'changed',
        } as never,
      ],
      { base: 'base', head: 'head' },
      reader(commits),
      TOOLS,
      inRepo,
      undefined,
      { changed: new Set(changed), headPaths: new Set(Object.keys(commits.head)) },
    );
  const TAGS = { 'refs/tags/platform-1.4.0': chart('1.4.0', '2') };

  test('prod at 1.4.0: from the version it runs (its tag) to the pull request’s chart, said as such; dev from its folder', async () => {
    const base = { ...files('1.4.0'), ...chart('1.5.0', '3') };
    const head = { ...files('1.4.0'), ...chart('1.6.0', '4') };
    const out = await run({ base, head, ...TAGS }, ['charts/platform/Chart.yaml', 'charts/platform/templates/deploy.yaml']);
    expect(out?.rendered.map(countLine)).toEqual([
      '1 changed, 0 added, 0 removed in dev (chart platform 1.5.0 → 1.6.0 with Helm 3.17.3)',
      "1 changed, 0 added, 0 removed in prod (chart platform 1.4.0 → 1.6.0 (prod runs 1.4.0, as its Application pins it; 1.6.0 is this pull request's, run there once promoted) with Helm 3.17.3)",
    ]);
    expect(out?.rendered[0].diff?.changes[0].diff).toContain('-  replicas: 3\n+  replicas: 4');
    expect(out?.rendered[1].diff?.changes[0].diff).toContain('-  replicas: 2\n+  replicas: 4');
    expect(out?.problems).toEqual([]);
  });

  test('prod still at 1.4.0: the pull request’s chart setting an image by tag is judged for protected prod all the same', async () => {
    const base = { ...files('1.4.0'), ...chart('1.5.0', '3') };
    const head = { ...files('1.4.0'), ...chart('1.6.0', '4', 'evil.example/platform:latest') };
    const out = await run({ base, head, ...TAGS }, ['charts/platform/Chart.yaml', 'charts/platform/templates/deploy.yaml']);
    expect(out?.problems.filter((p) => p.level === 'error').map((p) => `${p.file}: ${p.message.slice(0, 60)}`)).toEqual([
      'charts/platform/templates/deploy.yaml: prod, a protected environment would run an image not pinned ',
    ]);
  });

  test('the same pull request moving prod to 1.6.0: prod shows 1.4.0 → 1.6.0, and the new image it would run is judged', async () => {
    const base = { ...files('1.4.0'), ...chart('1.5.0', '3') };
    const head = { ...files('1.6.0'), ...chart('1.6.0', '4', 'evil.example/platform:latest') };
    const out = await run({ base, head, ...TAGS }, [
      'charts/platform/Chart.yaml',
      'charts/platform/templates/deploy.yaml',
      'apps/prod.yaml',
    ]);
    expect(out?.rendered.map(countLine)[1]).toBe('1 changed, 0 added, 0 removed in prod (chart platform 1.4.0 → 1.6.0 with Helm 3.17.3)');
    expect(out?.rendered[1].diff?.changes[0].diff).toContain('-  replicas: 2\n+  replicas: 4');
    expect(out?.problems.filter((p) => p.level === 'error').map((p) => `${p.file}: ${p.message.slice(0, 60)}`)).toEqual([
      'charts/platform/templates/deploy.yaml: prod, a protected environment would run an image not pinned ',
    ]);
  });
});

describe('a values file no chart folder holds, beside several charts: it cannot render, as every command says', () => {
  const config = [
    'environments:',
    '  - { name: staging, values: envs/staging/values.yaml }',
    '  - { name: prod, values: envs/prod/values.yaml, protected: true }',
    '',
  ].join('\n');
  const chartOf = (name: string, replicas: string) => ({
    [`charts/${name}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n`,
    [`charts/${name}/templates/cm.yaml`]: `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${name} }\ndata: { replicas: "${replicas}" }\n`,
  });
  const BASE_FILES = {
    '.github/lockstep.yml': config,
    ...chartOf('api', '1'),
    ...chartOf('worker', '1'),
    'envs/staging/values.yaml': 'replicas: 1\n',
    'envs/prod/values.yaml': 'replicas: 3\n',
  };
  const changedChart = {
    path: 'charts/api',
    name: 'api',
    base: '1.0.0',
    head: '1.0.1',
    required: 'patch' as const,
    ok: true,
    problems: [],
  };
  const run = (head: Record<string, string>, charts: (typeof changedChart)[]) =>
    renderChecks(
      'auto',
      parseConfigText(config, '.github/lockstep.yml'),
      charts.map((c) => ({ ...c, status: 'changed' as const, reasons: [] })),
      { base: 'base', head: 'head' },
      reader({ base: BASE_FILES, head }),
      TOOLS,
      inRepo,
      undefined,
      { changed: changedPaths(BASE_FILES, head), headPaths: new Set(Object.keys(head)) },
    );
  const said = (out: Awaited<ReturnType<typeof run>>) => out?.problems.map((p) => `${p.level} ${p.file}:${p.line}: ${p.message}`);

  test('a chart changes: neither environment is rendered with it; prod fails closed at its values file, staging is warned', async () => {
    const head = { ...BASE_FILES, ...chartOf('api', '2'), 'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.1\n' };
    const out = await run(head, [changedChart]);
    expect(out?.rendered.map((r) => `${r.environment} ${r.status}: ${r.message}`)).toEqual([
      'staging skipped: no chart folder holds its values file envs/staging/values.yaml, and the repository has no one chart to render it with: name the chart with application:',
      'prod skipped: no chart folder holds its values file envs/prod/values.yaml, and the repository has no one chart to render it with: name the chart with application:',
    ]);
    expect(said(out)).toEqual([
      'warning envs/staging/values.yaml:1: staging cannot be judged at the head: no chart folder holds its values file envs/staging/values.yaml, and the repository has no one chart to render it with: name the chart with application:',
      'error envs/prod/values.yaml:1: prod, a protected environment cannot be judged at the head: no chart folder holds its values file envs/prod/values.yaml, and the repository has no one chart to render it with: name the chart with application:',
    ]);
  });

  test('in a working directory (ops/): a values file in its chart folder renders, one no folder holds is refused at its repository path', async () => {
    const wd = [
      'environments:',
      '  - { name: prod, values: charts/api/values-prod.yaml, protected: true }',
      '  - { name: lost, values: envs/lost.yaml }',
      '',
    ].join('\n');
    const files = {
      ...chartOf('api', '1'),
      ...chartOf('worker', '1'),
      'charts/api/values-prod.yaml': 'replicas: 3\n',
      'envs/lost.yaml': 'replicas: 1\n',
    };
    const inOps = (f: Record<string, string>) => Object.fromEntries(Object.entries(f).map(([p, t]) => [`ops/${p}`, t]));
    const base = inOps(files);
    const head = inOps({ ...files, 'charts/api/values-prod.yaml': 'replicas: 4\n', 'envs/lost.yaml': 'replicas: 2\n' });
    const out = await renderChecks(
      'auto',
      parseConfigText(wd, '.github/lockstep.yml'),
      [],
      { base: 'base', head: 'head' },
      reader({ base, head }),
      TOOLS,
      (p) => `ops/${p}`,
      undefined,
      { changed: changedPaths(base, head), headPaths: new Set(Object.keys(head)) },
    );
    expect(out?.rendered.map((r) => `${r.environment} ${r.status}`)).toEqual(['prod rendered', 'lost skipped']);
    expect(said(out)).toEqual([
      'warning ops/envs/lost.yaml:1: lost cannot be judged at the head: no chart folder holds its values file ops/envs/lost.yaml, and the repository has no one chart to render it with: name the chart with application:',
    ]);
  });

  test("only prod's values file changes: prod alone, failed closed; a README change reaches neither", async () => {
    const out = await run({ ...BASE_FILES, 'envs/prod/values.yaml': 'replicas: 4\n' }, []);
    expect(out?.rendered.map((r) => `${r.environment} ${r.status}`)).toEqual(['prod skipped']);
    expect(out?.problems.map((p) => `${p.level} ${p.file}`)).toEqual(['error envs/prod/values.yaml']);
    expect(await run({ ...BASE_FILES, 'README.md': '# deploy\n' }, [])).toBeUndefined();
  });
});

import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { GitFixture } from '../harness/git-fixture.ts';
import { digest, environmentValues } from '../harness/promote-fixture.ts';
import { type GitHubDouble, startGitHubDouble } from '../harness/github-double/index.ts';
import { LocalRegistry, sha256 } from '../harness/registry.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// End-to-end (issue 18, items 2 and 3): the committed promote-env bundle refuses
// a chart version whose chart no longer has a key the target's values file sets
// (values-drift), reading the chart from git or from its OCI artifact in a real
// docker-registry, and refuses a protected Application that pins no exact version.

const REPO = 'acme/monorepo';
const d = digest;

const CONFIG = (extra = '', repoURL = 'ghcr.io/acme/charts') =>
  [
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
    'environments:',
    '  - { name: dev, values: charts/myapp/values-dev.yaml }',
    '  - { name: staging, values: charts/myapp/values-staging.yaml }',
    `  - { name: prod, values: charts/myapp/values-prod.yaml, application: apps/prod/myapp.yaml, protected: true${extra} }`,
    `# charts at ${repoURL}`,
    '',
  ].join('\n');

const APP = (rev: string, repoURL = 'ghcr.io/acme/charts') =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: myapp-prod',
    'spec:',
    '  source:',
    `    repoURL: ${repoURL}`,
    '    chart: myapp',
    `    targetRevision: ${rev}`,
    '',
  ].join('\n');

const PROD = environmentValues('prod', ['1.7.3', d('c')], ['0.9.0', d('e')], {
  after: ['ingress:', '  enabled: true', '  host: api.example.com', 'extra:', '  anything: 1'],
});
const CHART_VALUES = ['services: {}', 'ingress:', '  host: ""', ''].join('\n');
const SCHEMA = JSON.stringify({ type: 'object', patternProperties: { '^extra$': { type: 'object' } } });

const FILES = (over: Record<string, string> = {}) => ({
  '.github/lockstep.yml': CONFIG(),
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 2.0.0\n',
  'charts/myapp/values.yaml': CHART_VALUES,
  'charts/myapp/values.schema.json': SCHEMA,
  'charts/myapp/values-dev.yaml': environmentValues('dev', ['1.8.0', d('a')], ['0.9.1', d('b')]),
  'charts/myapp/values-staging.yaml': environmentValues('staging', ['1.7.3', d('c')], ['0.9.1', d('b')]),
  'charts/myapp/values-prod.yaml': PROD,
  'apps/prod/myapp.yaml': APP('1.4.0'),
  ...over,
});

let fixture: GitFixture;
let double: GitHubDouble;
let ws: string;

async function setUp(files: Record<string, string>): Promise<void> {
  fixture = GitFixture.create(files);
  double = await startGitHubDouble({ repositories: [{ fullName: REPO, path: fixture.origin }] });
  ws = fixture.clone('main');
}

afterEach(async () => {
  await double?.stop();
  fixture?.cleanup();
});

function run(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('promote-env', {
    workspace: ws,
    inputs: { 'github-token': double.token, ...inputs },
    env: { ...double.env(), HOME: ws },
    timeoutMs: 90000,
  });
}

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture.origin, ...args], { encoding: 'utf8' }).trim();
const mutations = () =>
  double.log.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === '/graphql' && !r.requestBody.includes('mutation')));

function expectRefused(r: ActionRun, main: string): void {
  expect(r.code).toBe(1);
  expect(origin('rev-parse', 'refs/heads/main')).toBe(main);
  expect(origin('for-each-ref', '--format=%(refname)', 'refs/heads/promote/')).toBe('');
  expect(mutations()).toEqual([]);
}

describe('values-drift: the chart read from git at the promoted ref', () => {
  test('chart 2.0.0 drops ingress.enabled while values-prod.yaml sets it: refused at its line, nothing written; a key the schema allows is not named', async () => {
    await setUp(FILES());
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '2.0.0' });
    expectRefused(r, main);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toEqual([
      {
        level: 'error',
        file: 'charts/myapp/values-prod.yaml',
        line: 14,
        message:
          'charts/myapp/values-prod.yaml:14: values-drift: key ingress.enabled is set here, but chart myapp 2.0.0 no longer has it (not in its values.yaml, not allowed by its values.schema.json) — remove or rename the key before promoting chart myapp 2.0.0 (read from charts/myapp at the base branch main), or set values-drift: warn',
        title: 'lockstep',
      },
    ]);
    expect(r.stdout).not.toContain('key extra');
  });

  test('values-drift: warn passes with an annotation at the line, and the PR body and the summary say so', async () => {
    await setUp(FILES());
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '2.0.0', 'values-drift': 'warn' });
    if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}`);
    expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([
      expect.objectContaining({
        file: 'charts/myapp/values-prod.yaml',
        line: 14,
        message:
          'values-drift: key ingress.enabled is set here, but chart myapp 2.0.0 no longer has it (not in its values.yaml, not allowed by its values.schema.json)',
      }),
    ]);
    const [pull] = double.pulls(REPO);
    const said =
      '**values-drift (warn)** against chart myapp 2.0.0 (charts/myapp at the base branch main): 1 key the chart no longer has; the promotion goes on (values-drift: warn).\n\n- `charts/myapp/values-prod.yaml:14` key ingress.enabled is set here, but chart myapp 2.0.0 no longer has it (not in its values.yaml, not allowed by its values.schema.json)';
    expect(pull.body).toContain(said);
    expect(r.summary).toContain(said);
  });

  test('a key written to break the PR body is named escaped', async () => {
    await setUp(FILES({ 'charts/myapp/values-prod.yaml': `${PROD}"<img src=x onerror=alert(1)>": 1\n"a](https://evil.example)": 2\n` }));
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '2.0.0', 'values-drift': 'warn' });
    expect(r.code).toBe(0);
    const [pull] = double.pulls(REPO);
    expect(pull.body).not.toContain('<img');
    expect(pull.body).not.toContain('a](https');
    expect(pull.body).toContain('- `charts/myapp/values-prod.yaml:18` key &lt;img src=x onerror=alert(1)&gt; is set here');
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.line)).toEqual([14, 18, 19]);
  });

  test('the config sets values-drift: off for the environment: no comparison', async () => {
    await setUp(FILES({ '.github/lockstep.yml': CONFIG(', values-drift: off') }));
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '2.0.0' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('values-drift');
  });
});

/** A Helm chart as `helm push` stores it: an OCI manifest whose one layer is the packaged chart. */
async function helmChart(files: Record<string, string>): Promise<{ blobs: { digest: string; bytes: Buffer }[]; manifest: Buffer }> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => tar.on('end', () => resolve()));
  for (const [name, text] of Object.entries(files)) tar.entry({ name: `myapp/${name}` }, text);
  tar.finalize();
  await ended;
  const layer = gzipSync(Buffer.concat(chunks));
  const config = Buffer.from(JSON.stringify({ name: 'myapp', version: '2.0.0', apiVersion: 'v2' }));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.cncf.helm.config.v1+json', digest: sha256(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', digest: sha256(layer), size: layer.length }],
    }),
  );
  return {
    blobs: [
      { digest: sha256(config), bytes: config },
      { digest: sha256(layer), bytes: layer },
    ],
    manifest,
  };
}

describe('values-drift: the chart read from its OCI artifact in a registry', () => {
  let registry: LocalRegistry;
  beforeAll(async () => {
    registry = await LocalRegistry.start();
    const chart = await helmChart({
      'Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 2.0.0\n',
      'values.yaml': CHART_VALUES,
      'values.schema.json': SCHEMA,
      'charts/sub/values.yaml': 'extra: {}\n',
    });
    await registry.push('acme/charts/myapp', '2.0.0', {
      kind: 'manifest',
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      blobs: chart.blobs,
      manifest: chart.manifest,
      digest: sha256(chart.manifest),
      platform: { os: 'linux', architecture: 'amd64' },
    });
  }, 60000);
  afterAll(async () => {
    await registry?.stop();
  });

  test('oci:// Application, no chart in the repository: ingress.enabled refused at its line', async () => {
    const files = FILES({ 'apps/prod/myapp.yaml': APP('1.4.0', `oci://${registry.host}/acme/charts`) });
    for (const f of ['charts/myapp/Chart.yaml', 'charts/myapp/values.yaml', 'charts/myapp/values.schema.json'])
      delete (files as Record<string, string>)[f];
    await setUp(files);
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '2.0.0' });
    expectRefused(r, main);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => [a.file, a.line, a.message])).toEqual([
      [
        'charts/myapp/values-prod.yaml',
        14,
        `charts/myapp/values-prod.yaml:14: values-drift: key ingress.enabled is set here, but chart myapp 2.0.0 no longer has it (not in its values.yaml, not allowed by its values.schema.json) — remove or rename the key before promoting chart myapp 2.0.0 (read from oci://${registry.host}/acme/charts/myapp:2.0.0), or set values-drift: warn`,
      ],
    ]);
  });

  test('a chart version the registry does not have: a warning, the values not compared', async () => {
    const files = FILES({ 'apps/prod/myapp.yaml': APP('1.4.0', `oci://${registry.host}/acme/charts`) });
    for (const f of ['charts/myapp/Chart.yaml', 'charts/myapp/values.yaml', 'charts/myapp/values.schema.json'])
      delete (files as Record<string, string>)[f];
    await setUp(files);
    const r = await run({ from: 'staging', to: 'prod', 'chart-version': '2.0.1' });
    expect(r.code).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      `values-drift: chart myapp 2.0.1 could not be read from oci://${registry.host}/acme/charts/myapp:2.0.1 (${registry.host}/acme/charts/myapp:2.0.1 not found (MANIFEST_UNKNOWN: manifest unknown)); the target's values were not compared with it`,
    ]);
  });
});

describe('exact chart versions in a protected Application', () => {
  test.each(['"*"', '1.x', 'main', 'HEAD'])('targetRevision: %s fails at its line, nothing written', async (rev) => {
    await setUp(FILES({ 'apps/prod/myapp.yaml': APP(rev) }));
    const main = origin('rev-parse', 'main');
    const r = await run({ from: 'staging', to: 'prod', services: 'worker' });
    expectRefused(r, main);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => [a.file, a.line])).toEqual([['apps/prod/myapp.yaml', 9]]);
    expect(errors[0].message).toMatch(
      /^apps\/prod\/myapp\.yaml:9: targetRevision of Application myapp-prod is .* — pin one exact chart version, e\.g\. targetRevision: 1\.4\.0/,
    );
  });

  test('an exact version passes', async () => {
    await setUp(FILES());
    const r = await run({ from: 'staging', to: 'prod', services: 'worker' });
    expect(r.code).toBe(0);
    expect(double.pulls(REPO)).toHaveLength(1);
  });
});

import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 57, items 1 and 2, for a pull request that changes no chart): the committed chart-bump-check
// bundle renders, with the real Helm 3.17.3, each environment whose own render inputs changed — its values file, its
// Argo CD Application, a file its valueFiles name — base vs head, as it renders a changed chart, and judges it the same
// way: a protected environment that no longer renders fails at its values file, an image not pinned by digest in its
// render is refused naming the object and the container, an unprotected one's failure is a warning. A pull request
// touching nothing an environment renders renders nothing.

const TOOLS = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
const DIGEST = `sha256:${'e'.repeat(64)}`;
/** The chart from the registry, `valueFiles` of this repository through `$values`, as Argo CD reads them. */
const application = (env: string, valueFiles = [`envs/${env}.yaml`]) =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    `  name: myapp-${env}`,
    'spec:',
    `  destination: { namespace: myapp-${env} }`,
    '  sources:',
    '    - repoURL: oci://ghcr.io/acme/charts',
    '      chart: myapp',
    '      targetRevision: 1.4.2',
    `      helm: { valueFiles: [${valueFiles.map((f) => `$values/${f}`).join(', ')}] }`,
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    '',
  ].join('\n');
const REPO: Files = {
  '.github/lockstep.yml': [
    'charts: [charts/*]',
    'environments:',
    '  - { name: dev, values: envs/dev.yaml, application: apps/dev.yaml }',
    '  - { name: staging, values: envs/staging.yaml, application: apps/staging.yaml }',
    '  - { name: prod, values: envs/prod.yaml, application: apps/prod.yaml, protected: true }',
    '',
  ].join('\n'),
  'README.md': '# deploy\n',
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.4.2\n',
  'charts/myapp/values.yaml': [
    'image: ghcr.io/acme/api:1.0.0',
    'host: ""',
    'proxy:',
    '  enabled: false',
    '  image: envoyproxy/envoy:v1.30.1',
    '',
  ].join('\n'),
  'charts/myapp/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: {{ .Values.image }}',
    '{{- if .Values.proxy.enabled }}',
    '        - name: proxy',
    '          image: {{ .Values.proxy.image }}',
    '{{- end }}',
    '',
  ].join('\n'),
  'charts/myapp/templates/configmap.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: api',
    'data:',
    '  host: {{ required "host is required" .Values.host }}',
    '',
  ].join('\n'),
  'envs/dev.yaml': 'image: ghcr.io/acme/api:1.1.0\nhost: dev.example.com\n',
  'envs/staging.yaml': 'image: ghcr.io/acme/api:1.1.0\nhost: staging.example.com\n',
  'envs/prod.yaml': `image: ghcr.io/acme/api:1.0.0@${DIGEST}\nhost: api.example.com\n`,
  'envs/proxy-on.yaml': 'proxy:\n  enabled: true\n  image: envoyproxy/envoy:v1.31.0\n',
  'apps/dev.yaml': application('dev'),
  'apps/staging.yaml': application('staging'),
  'apps/prod.yaml': application('prod'),
};

const newRepo = fixturesRemovedAfterAll();

function pullRequest(changes: Files, files: Files = REPO) {
  const repo = newRepo(files);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('chore: change an environment', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 9, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const check = (pr: ReturnType<typeof pullRequest>): Promise<ActionRun> =>
  runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, env: { PATH: TOOLS } });

const said = (run: ActionRun, level: 'error' | 'warning') =>
  run.annotations.filter((a) => a.level === level).map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

const unchanged = (pr: ReturnType<typeof pullRequest>) =>
  expect(execFileSync('git', ['-C', pr.repo.dir, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');

/** The summary's count line of each environment rendered, in order. */
const renderedLines = (run: ActionRun) => run.summary.split('\n').filter((l) => /^- \d+ changed, \d+ added, \d+ removed in /.test(l));

describe('chart-bump-check renders an environment whose values or Application changed, though no chart did', () => {
  test("a values-only pull request that breaks prod's `required` key: exit 1 at prod's values file; only prod rendered", async () => {
    const pr = pullRequest({ 'envs/prod.yaml': `image: ghcr.io/acme/api:1.0.0@${DIGEST}\n` });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(said(run, 'error')).toEqual([
      'envs/prod.yaml:1: chart myapp does not render at the head for prod, a protected environment: Error: execution error at (myapp/templates/configmap.yaml:6:11): host is required — fix it so helm template succeeds with its values: Argo CD cannot sync prod once this merges',
    ]);
    expect(said(run, 'warning')).toEqual([]);
    expect(run.summary).not.toContain('The check passed.');
    expect(run.summary).not.toMatch(/ in (dev|staging) \(/);
    unchanged(pr);
    // The terminal face decides the same, at the same line.
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr'], { cwd: pr.repo.dir, env: { PATH: TOOLS } });
    expect(cli.code).toBe(1);
    expect(cli.stdout + cli.stderr).toContain(
      'envs/prod.yaml:1: chart myapp does not render at the head for prod, a protected environment: Error: execution error at (myapp/templates/configmap.yaml:6:11): host is required',
    );
    unchanged(pr);
  });

  test("a values-only pull request turning on a chart container with a tag in prod: refused naming the object and container, at the chart's line", async () => {
    const pr = pullRequest({
      'envs/prod.yaml': `image: ghcr.io/acme/api:1.0.0@${DIGEST}\nhost: api.example.com\nproxy:\n  enabled: true\n`,
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'charts/myapp/values.yaml:5: prod, a protected environment would run an image not pinned by digest: Deployment myapp-prod/api: container proxy runs envoyproxy/envoy:v1.30.1, not pinned by digest (spec.template.spec.containers[1].image); this line writes envoyproxy/envoy:v1.30.1 — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
    ]);
    expect(renderedLines(run)).toEqual([
      "- 1 changed, 0 added, 0 removed in prod (chart myapp at charts/myapp, prod's values or Application changed with Helm 3.17.3)",
    ]);
    expect(run.summary).toContain('+        - image: envoyproxy/envoy:v1.30.1');
    unchanged(pr);
  });

  test("a tag written in prod's values file itself: the file-level values guard's refusal, not repeated by the render", async () => {
    const pr = pullRequest({ 'envs/prod.yaml': 'image: ghcr.io/acme/api:latest\nhost: api.example.com\n' });
    const run = await check(pr);
    expect(run.code).toBe(1);
    // The values guard's two findings; the render's refusal of the same image at the same file is not repeated.
    expect(said(run, 'error')).toEqual([
      'envs/prod.yaml:1: image at image uses the tag latest — use a release tag and pin the digest',
      'envs/prod.yaml:1: image at image is not pinned by digest — write repo:tag@sha256:<64 hex>',
    ]);
    expect(run.summary).not.toContain('would run an image not pinned by digest');
    unchanged(pr);
  });

  test('the same pull requests in staging (unprotected): the failed render is a warning and its tag is not judged; exit 0', async () => {
    const broken = pullRequest({ 'envs/staging.yaml': 'image: ghcr.io/acme/api:1.1.0\n' });
    const run = await check(broken);
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}`);
    expect(run.outputs.ok).toBe('true');
    expect(said(run, 'error')).toEqual([]);
    expect(said(run, 'warning')).toEqual([
      'envs/staging.yaml:1: chart myapp does not render at the head for staging: Error: execution error at (myapp/templates/configmap.yaml:6:11): host is required — promote-env refuses it only for a protected environment; the rendered section shows the whole message',
    ]);
    unchanged(broken);
    const tagged = pullRequest({
      'envs/staging.yaml': 'image: ghcr.io/acme/api:1.1.0\nhost: staging.example.com\nproxy: { enabled: true }\n',
    });
    const again = await check(tagged);
    if (again.code !== 0) throw new Error(`exit ${again.code}\n${again.stdout}`);
    expect(said(again, 'error')).toEqual([]);
    expect(said(again, 'warning')).toEqual([]);
    expect(renderedLines(again)).toEqual([
      "- 1 changed, 0 added, 0 removed in staging (chart myapp at charts/myapp, staging's values or Application changed with Helm 3.17.3)",
    ]);
    unchanged(tagged);
  });

  test('an Application-only pull request adding a valueFiles entry to prod: the file it names is rendered and its tag refused at its line', async () => {
    const pr = pullRequest({
      'apps/prod.yaml': application('prod', ['envs/prod.yaml', 'envs/proxy-on.yaml']),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'envs/proxy-on.yaml:3: prod, a protected environment would run an image not pinned by digest: Deployment myapp-prod/api: container proxy runs envoyproxy/envoy:v1.31.0, not pinned by digest (spec.template.spec.containers[1].image); this line writes envoyproxy/envoy:v1.31.0 — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
    ]);
    expect(renderedLines(run)).toEqual([
      "- 1 changed, 0 added, 0 removed in prod (chart myapp at charts/myapp, prod's values or Application changed with Helm 3.17.3)",
    ]);
    unchanged(pr);
  });

  test('a pull request touching nothing an environment renders renders nothing', async () => {
    const pr = pullRequest({ 'README.md': '# deploy\n\nHow we deploy.\n', 'docs/notes.yaml': 'owner: platform\n' });
    const run = await check(pr);
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}`);
    expect(renderedLines(run)).toEqual([]);
    expect(run.summary).not.toContain('Helm 3.17.3');
    expect(run.annotations).toEqual([]);
  });

  test("a chart bump that also changes prod's values: prod rendered once, with the chart", async () => {
    const pr = pullRequest({
      'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 1.4.3\n',
      'envs/prod.yaml': `image: ghcr.io/acme/api:1.0.0@${DIGEST}\nhost: api2.example.com\n`,
    });
    const run = await check(pr);
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}`);
    expect(renderedLines(run)).toEqual([
      "- 0 changed, 0 added, 0 removed in dev (chart myapp 1.4.2 → 1.4.3 (dev runs 1.4.2, as its Application pins it; 1.4.3 is this pull request's, run there once promoted) with Helm 3.17.3)",
      "- 0 changed, 0 added, 0 removed in staging (chart myapp 1.4.2 → 1.4.3 (staging runs 1.4.2, as its Application pins it; 1.4.3 is this pull request's, run there once promoted) with Helm 3.17.3)",
      "- 1 changed, 0 added, 0 removed in prod (chart myapp 1.4.2 → 1.4.3 (prod runs 1.4.2, as its Application pins it; 1.4.3 is this pull request's, run there once promoted) with Helm 3.17.3)",
    ]);
  });
});

describe('a values file no chart folder holds, beside two charts (issue 72: the same answer as status and promote)', () => {
  const chart = (name: string, version: string, replicas: string): Files => ({
    [`charts/${name}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: ${version}\n`,
    [`charts/${name}/templates/cm.yaml`]: `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${name} }\ndata: { replicas: "${replicas}" }\n`,
  });
  const TWO: Files = {
    '.github/lockstep.yml': [
      'charts: [charts/*]',
      'environments:',
      '  - { name: staging, values: envs/staging.yaml }',
      '  - { name: prod, values: envs/prod.yaml, protected: true }',
      '',
    ].join('\n'),
    ...chart('api', '1.0.0', '1'),
    ...chart('worker', '1.0.0', '1'),
    'envs/staging.yaml': 'replicas: 1\n',
    'envs/prod.yaml': 'replicas: 3\n',
  };

  test('a bumped chart is not rendered with them as if it were theirs: prod fails closed at its values file, nothing written', async () => {
    const pr = pullRequest(chart('api', '1.0.1', '2'), TWO);
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'envs/prod.yaml:1: prod, a protected environment cannot be judged at the head: no chart folder holds its values file envs/prod.yaml, and the repository has no one chart to render it with: name the chart with application: — or keep the values file inside the chart folder it feeds, where every command finds its chart',
    ]);
    expect(renderedLines(run)).toEqual([]);
    expect(said(run, 'warning')).toEqual([
      'envs/staging.yaml:1: staging cannot be judged at the head: no chart folder holds its values file envs/staging.yaml, and the repository has no one chart to render it with: name the chart with application: — or keep the values file inside the chart folder it feeds, where every command finds its chart',
    ]);
    unchanged(pr);
  });
});

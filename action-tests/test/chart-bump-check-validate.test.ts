import { dirname } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 57, item 3): the committed chart-bump-check bundle and `lockstep check` validate each
// rendered environment's objects offline, against Kubernetes' schemas for its kube-version and the CRDs the
// chart ships, renders or the config names: a wrong field type, an unknown field, a custom resource with and
// without its CRD, an API the target version removed; refused where validate is error (protected prod),
// annotated where it is warn (dev); the workspace is left as it was.

const WITH_HELM = `${dirname(process.env.LOCKSTEP_HELM!)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
const chart = (version: string) => `apiVersion: v2\nname: myapp\nversion: ${version}\nappVersion: "1.7.3"\n`;
const DIGEST = `ghcr.io/acme/api@sha256:${'b'.repeat(64)}`;
const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: {{ .Release.Name }}-web',
  'spec:',
  '  replicas: {{ .Values.replicas }}',
  '  selector: { matchLabels: { app: web } }',
  '  template:',
  '    metadata: { labels: { app: web } }',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: {{ .Values.image }}',
  '',
].join('\n');
const CONFIG = [
  'charts: [charts/*]',
  'environments:',
  '  - { name: dev, values: envs/dev.yaml }',
  '  - { name: prod, values: envs/prod.yaml, protected: true, kube-version: "1.25" }',
  '',
].join('\n');
const REPO: Files = {
  '.github/lockstep.yml': CONFIG,
  'charts/myapp/Chart.yaml': chart('1.4.2'),
  'charts/myapp/values.yaml': `replicas: 1\nimage: ${DIGEST}\n`,
  'charts/myapp/templates/deployment.yaml': DEPLOYMENT,
  'envs/dev.yaml': 'replicas: 1\n',
  'envs/prod.yaml': 'replicas: 3\n',
};
const MONITOR = [
  'apiVersion: monitoring.coreos.com/v1',
  'kind: ServiceMonitor',
  'metadata: { name: {{ .Release.Name }}-web }',
  'spec:',
  '  endpoints: [{ port: http, intervall: 30s }]',
  '',
].join('\n');
const MONITOR_CRD = [
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata: { name: servicemonitors.monitoring.coreos.com }',
  'spec:',
  '  group: monitoring.coreos.com',
  '  names: { kind: ServiceMonitor, plural: servicemonitors }',
  '  scope: Namespaced',
  '  versions:',
  '    - name: v1',
  '      served: true',
  '      storage: true',
  '      schema:',
  '        openAPIV3Schema:',
  '          type: object',
  '          properties:',
  '            spec:',
  '              type: object',
  '              properties:',
  '                endpoints:',
  '                  type: array',
  '                  items: { type: object, properties: { port: { type: string }, interval: { type: string } } }',
  '',
].join('\n');

const newRepo = fixturesRemovedAfterAll();

function pullRequest(changes: Files, repoFiles: Files = REPO) {
  const repo = newRepo(repoFiles);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: change the chart', { 'charts/myapp/Chart.yaml': chart('1.5.0'), ...changes });
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const check = (pr: ReturnType<typeof pullRequest>, inputs: Record<string, string> = {}, timeoutMs?: number): Promise<ActionRun> =>
  runAction('chart-bump-check', {
    workspace: pr.repo.dir,
    eventName: 'pull_request',
    event: pr.event,
    inputs,
    env: { PATH: WITH_HELM },
    ...(timeoutMs ? { timeoutMs } : {}),
  });

/** The workspace as git sees it: the tree of HEAD and nothing else (no file written, none left behind). */
const untouched = (pr: ReturnType<typeof pullRequest>) => expect(pr.repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');

describe('chart-bump-check validates the rendered objects of each environment', () => {
  test('a wrong field type: protected prod (validate error by default) fails the check at the object, dev warns', async () => {
    const pr = pullRequest({
      'charts/myapp/templates/deployment.yaml': DEPLOYMENT.replace('{{ .Values.replicas }}', '{{ .Values.replicas | quote }}'),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(run.stdout).toContain('::error title=lockstep::prod: Deployment myapp-web: spec.replicas: expected integer');
    expect(run.stdout).toContain('::warning title=lockstep::dev: Deployment myapp-web: spec.replicas: expected integer');
    expect(run.summary).toContain('**Schema validation of the rendered objects**\n\n');
    expect(run.summary).toContain('- ❌ prod: Deployment myapp-web: spec.replicas: expected integer');
    untouched(pr);
  });

  test('an unknown field is refused at its path; validate: warn as an input lets the check pass with the warning', async () => {
    const pr = pullRequest({
      'charts/myapp/templates/deployment.yaml': DEPLOYMENT.replace(
        '          image:',
        '          imagePullPolicyy: Always\n          image:',
      ),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('prod: Deployment myapp-web: spec.template.spec.containers[0].imagePullPolicyy: unknown field');
    const warned = await check(pr, { validate: 'warn' });
    if (warned.code !== 0) throw new Error(`exit ${warned.code}\n${warned.stdout}`);
    expect(warned.stdout).toContain(
      '::warning title=lockstep::prod: Deployment myapp-web: spec.template.spec.containers[0].imagePullPolicyy: unknown field',
    );
    untouched(pr);
  });

  test('a custom resource without its CRD is counted and said, not refused; with the CRD in the chart’s crds/ it is validated', async () => {
    const without = await check(pullRequest({ 'charts/myapp/templates/monitor.yaml': MONITOR }));
    if (without.code !== 0) throw new Error(`exit ${without.code}\n${without.stdout}`);
    expect(without.stdout).toContain(
      'prod: 1 object not validated: no schema for monitoring.coreos.com/v1 ServiceMonitor; add its CRD to crds: in the config',
    );
    const pr = pullRequest({ 'charts/myapp/templates/monitor.yaml': MONITOR, 'charts/myapp/crds/servicemonitor.yaml': MONITOR_CRD });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=lockstep::prod: ServiceMonitor myapp-web: spec.endpoints[0].intervall: unknown field');
    expect(run.stdout).not.toContain('not validated');
    untouched(pr);
  });

  test('the CRD named by the config’s crds: validates the custom resource as well', async () => {
    const files = { ...REPO, '.github/lockstep.yml': `${CONFIG}crds: [platform/crds/*.yaml]\n`, 'platform/crds/monitor.yaml': MONITOR_CRD };
    const run = await check(pullRequest({ 'charts/myapp/templates/monitor.yaml': MONITOR }, files));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=lockstep::prod: ServiceMonitor myapp-web: spec.endpoints[0].intervall: unknown field');
  });

  test('policy/v1beta1 PodDisruptionBudget on kube-version 1.25 is refused with the version that removed it and the replacement', async () => {
    const pdb =
      'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: { name: {{ .Release.Name }}-web }\nspec: { minAvailable: 1 }\n';
    const pr = pullRequest({ 'charts/myapp/templates/pdb.yaml': pdb });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=lockstep::prod: PodDisruptionBudget myapp-web: policy/v1beta1 PodDisruptionBudget is not served since Kubernetes 1.25 (kube-version 1.25): use policy/v1',
    );
    // dev sets no kube-version: the schemas' own (1.36) removed it too, and dev warns.
    expect(run.stdout).toContain(
      '::warning title=lockstep::dev: PodDisruptionBudget myapp-web: policy/v1beta1 PodDisruptionBudget is not served since Kubernetes 1.25 (kube-version 1.36): use policy/v1',
    );
    // lockstep check says the same, exit 1, with --json listing it among the errors.
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr'], { cwd: pr.repo.dir, env: { PATH: WITH_HELM } });
    expect(cli.code).toBe(1);
    expect(cli.stderr + cli.stdout).toContain(
      'prod: PodDisruptionBudget myapp-web: policy/v1beta1 PodDisruptionBudget is not served since Kubernetes 1.25 (kube-version 1.25): use policy/v1',
    );
    // The validators' modules load with no deprecation warning of Node's (punycode, DEP0040) in the run's log.
    expect(cli.stderr).not.toMatch(/DeprecationWarning|punycode/);
    expect(run.stderr).not.toMatch(/DeprecationWarning|punycode/);
    const json = await runCli(['check', '--base', 'main', '--head', 'pr', '--json'], { cwd: pr.repo.dir, env: { PATH: WITH_HELM } });
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout) as { errors: { message: string }[] };
    expect(doc.errors.map((e) => e.message)).toContain(
      'prod: PodDisruptionBudget myapp-web: policy/v1beta1 PodDisruptionBudget is not served since Kubernetes 1.25 (kube-version 1.25): use policy/v1 — fix what renders it, or set validate: warn for prod in the config',
    );
    const off = await runCli(['check', '--base', 'main', '--head', 'pr', '--validate', 'off'], {
      cwd: pr.repo.dir,
      env: { PATH: WITH_HELM },
    });
    expect(off.code).toBe(0);
    untouched(pr);
  });

  // Issue 73, item 4: the pull request's own CRD writes the pattern. JavaScript's backtracking RegExp took over a
  // minute on 31 characters and would take hours on 41; RE2 (as the API server compiles patterns) judges it at once.
  const widgetCrd = (pattern: string) =>
    [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata: { name: widgets.example.com }',
      'spec:',
      '  group: example.com',
      '  names: { kind: Widget, plural: widgets }',
      '  scope: Namespaced',
      '  versions:',
      '    - name: v1',
      '      served: true',
      '      storage: true',
      '      schema:',
      '        openAPIV3Schema:',
      '          type: object',
      `          properties: { spec: { type: object, properties: { name: { type: string, pattern: ${JSON.stringify(pattern)} } } } }`,
      '',
    ].join('\n');
  const WIDGET = `apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: {{ .Release.Name }}-w }\nspec: { name: ${'a'.repeat(40)}b }\n`;

  test('a CRD pattern ^(a|a)*$ against a 41-character value is judged at once: protected prod fails, dev warns (issue 73)', async () => {
    const pr = pullRequest({ 'charts/myapp/crds/widget.yaml': widgetCrd('^(a|a)*$'), 'charts/myapp/templates/widget.yaml': WIDGET });
    const run = await check(pr, {}, 30_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=lockstep::prod: Widget myapp-w: spec.name: must match pattern "^(a|a)*$"');
    expect(run.stdout).toContain('::warning title=lockstep::dev: Widget myapp-w: spec.name: must match pattern "^(a|a)*$"');
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr'], {
      cwd: pr.repo.dir,
      env: { PATH: WITH_HELM },
      timeoutMs: 30_000,
    });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('prod: Widget myapp-w: spec.name: must match pattern "^(a|a)*$"');
    untouched(pr);
  });

  test('a CRD pattern RE2 does not read (a lookahead) fails protected prod closed, saying the API server refuses the CRD; dev warns', async () => {
    const pr = pullRequest({ 'charts/myapp/crds/widget.yaml': widgetCrd('^(?=a)a+b$'), 'charts/myapp/templates/widget.yaml': WIDGET });
    const run = await check(pr, {}, 30_000);
    expect(run.code).toBe(1);
    const said =
      'Widget myapp-w: its CRD\'s schema does not compile: pattern "^(?=a)a+b$" is not RE2 syntax, the syntax Kubernetes reads patterns in (invalid or unsupported Perl syntax: `(?=`): the API server refuses the CRD';
    expect(run.stdout).toContain(`::error title=lockstep::prod: ${said}`);
    expect(run.stdout).toContain(`::warning title=lockstep::dev: ${said}`);
    untouched(pr);
  });
});

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// End-to-end (issue 42): the committed chart-bump-check bundle renders each environment that deploys a changed
// chart with the real Helm 3.17.3 on PATH, base vs head, in the job summary; Secret values never appear; a pull
// request's template that never ends is stopped and said, and the check still decides on versions.

const WITH_HELM = testPath('helm');
const chart = (version: string) => `apiVersion: v2\nname: myapp\nversion: ${version}\nappVersion: "1.7.3"\n`;
const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: {{ include "myapp.fullname" . }}',
  '  labels:',
  '    helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}',
  'spec:',
  '  replicas: {{ .Values.replicas }}',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: {{ .Values.image }}',
  '',
].join('\n');
const REPO: Files = {
  '.github/lockstep.yml':
    'charts: [charts/*]\nenvironments:\n  - { name: dev, values: envs/dev.yaml }\n  - { name: prod, values: envs/prod.yaml }\n',
  'charts/myapp/Chart.yaml': chart('1.4.2'),
  'charts/myapp/values.yaml': 'replicas: 1\nimage: ghcr.io/acme/api:1.0.0\npassword: ""\n',
  'charts/myapp/templates/_helpers.tpl': '{{- define "myapp.fullname" -}}{{ .Release.Name }}-web{{- end -}}\n',
  'charts/myapp/templates/deployment.yaml': DEPLOYMENT,
  'charts/myapp/templates/secret.yaml':
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "myapp.fullname" . }}\ndata:\n  password: {{ .Values.password | b64enc | quote }}\n',
  'envs/dev.yaml': 'replicas: 1\npassword: dev-pass-1\n',
  'envs/prod.yaml': 'replicas: 3\npassword: prod-pass-1\n',
};

const newRepo = fixturesRemovedAfterAll();

function pullRequest(changes: Files, start: Files = REPO) {
  const repo = newRepo(start);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: change the chart', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const check = (pr: ReturnType<typeof pullRequest>, path = WITH_HELM, inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, inputs, env: { PATH: path } });

describe('chart-bump-check renders each environment deploying a changed chart', () => {
  test('a bumped chart whose template adds a container port: one changed Deployment per environment; the version bump lines ignored', async () => {
    const pr = pullRequest({
      'charts/myapp/Chart.yaml': chart('1.5.0'),
      'charts/myapp/templates/deployment.yaml': DEPLOYMENT.replace(
        '          image: {{ .Values.image }}\n',
        '          image: {{ .Values.image }}\n          ports: [{containerPort: 8080}]\n',
      ),
      'envs/prod.yaml': 'replicas: 3\npassword: prod-pass-2\n',
    });
    const run = await check(pr);
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}`);
    expect(run.outputs.ok).toBe('true');
    expect(run.summary).toContain('### Rendered changes\n\n');
    expect(run.summary).toContain(
      '- 1 changed, 0 added, 0 removed in dev (chart myapp 1.4.2 → 1.5.0 with Helm 3.17.3); 1 ignored line changed (chart-version labels, checksum annotations, render.ignore)\n',
    );
    expect(run.summary).toContain(
      '- 2 changed, 0 added, 0 removed in prod (chart myapp 1.4.2 → 1.5.0 with Helm 3.17.3); 1 ignored line changed (chart-version labels, checksum annotations, render.ignore)\n',
    );
    expect(run.summary).toContain(
      [
        '<details><summary>changed: Deployment myapp-web</summary>',
        '',
        '```diff',
        '@@ -10,3 +10,5 @@',
        '       containers:',
        '         - image: ghcr.io/acme/api:1.0.0',
        '           name: app',
        '+          ports:',
        '+            - containerPort: 8080',
        '```',
      ].join('\n'),
    );
    // prod's password changed: said, never the value, its base64 nor a hash of it.
    expect(run.summary).toContain('-  password: <masked>\n+  password: <changed>\n');
    const everything = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n');
    for (const leak of ['prod-pass-1', 'prod-pass-2', 'dev-pass-1', 'cHJvZC1wYXNzLTE=', 'cHJvZC1wYXNzLTI=', 'ZGV2LXBhc3MtMQ=='])
      expect(everything).not.toContain(leak);
    expect(run.stdout).toContain('rendered: 1 changed, 0 added, 0 removed in dev (chart myapp 1.4.2 → 1.5.0 with Helm 3.17.3)');
  });

  test("a pull request's template that never ends is stopped at 30 s and said; the check still decides on versions", async () => {
    const pr = pullRequest({
      'charts/myapp/templates/loop.yaml': '{{- range until 100000 }}{{- range until 100000 }}{{- end }}{{- end }}\n',
    });
    const run = await check(pr);
    // Not bumped: the version decides the failure, the render is information.
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(run.summary).toContain(
      '- dev: the chart does not render after the change: helm template was stopped after 30 s (a template that does not end)\n',
    );
    expect(run.summary).toContain(
      '- prod: the chart does not render after the change: helm template was stopped after 30 s (a template that does not end)\n',
    );
  }, 90000);

  test('no Helm on PATH: one line in the log, nothing in the summary; lockstep check renders the same', async () => {
    const pr = pullRequest({ 'charts/myapp/Chart.yaml': chart('1.4.3'), 'envs/dev.yaml': 'replicas: 2\npassword: dev-pass-1\n' });
    const run = await check(pr, '/usr/bin:/bin');
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}`);
    expect(run.stdout).toContain(
      'rendered: every environment rendered with Helm that the pull request reaches: not rendered: no helm on PATH; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off\n',
    );
    expect(run.summary).not.toContain('Rendered changes');
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr'], { cwd: pr.repo.dir, env: { PATH: WITH_HELM } });
    expect(cli.stdout).toContain('1 changed, 0 added, 0 removed in dev (chart myapp 1.4.2 → 1.4.3 with Helm 3.17.3)');
    expect(cli.stdout).toContain('-  replicas: 1\n+  replicas: 2\n');
  });

  test('a bump whose every rendered change is noise: the ignored and non-deterministic lines counted in the summary, the CLI text and --json (issue 52 item 15)', async () => {
    // A ConfigMap with a checksum annotation of the chart version and a random token: a version bump changes the label,
    // the annotation (both ignored) and the token (different on every render), and nothing else.
    const noisy: Files = {
      ...REPO,
      'charts/myapp/templates/token.yaml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: token',
        '  annotations:',
        '    checksum/chart: {{ .Chart.Version | sha256sum }}',
        'data:',
        '  token: {{ randAlphaNum 16 | quote }}',
        '',
      ].join('\n'),
    };
    const pr = pullRequest({ 'charts/myapp/Chart.yaml': chart('1.4.3') }, noisy);
    const run = await check(pr);
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}`);
    const said = (env: string) =>
      `0 changed, 0 added, 0 removed in ${env} (chart myapp 1.4.2 → 1.4.3 with Helm 3.17.3); 2 ignored lines changed (chart-version labels, checksum annotations, render.ignore); 1 non-deterministic value ignored (it differs between two renders of the same input: randAlphaNum, genCA, now…)`;
    expect(run.summary).toContain(`### Rendered changes\n\n- ${said('dev')}\n- ${said('prod')}\n`);
    expect(run.summary).not.toContain('<details>');
    expect(run.stdout).toContain(`rendered: ${said('dev')}\n`);
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr'], { cwd: pr.repo.dir, env: { PATH: WITH_HELM } });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`${said('dev')}\n${said('prod')}\n`);
    const json = await runCli(['check', '--base', 'main', '--head', 'pr', '--json'], { cwd: pr.repo.dir, env: { PATH: WITH_HELM } });
    const doc = JSON.parse(json.stdout) as { 'schema-version': number; rendered: unknown[]; 'render-counts': unknown[] };
    expect(doc['schema-version']).toBe(2);
    expect(doc.rendered).toEqual([]);
    const counts = {
      changed: 0,
      added: 0,
      removed: 0,
      unchanged: 3,
      'ignored-lines': 2,
      'non-deterministic': 1,
      'test-hooks': 0,
      'applied-on-sync': 0,
    };
    expect(doc['render-counts']).toEqual([
      { environment: 'dev', helm: '3.17.3', ...counts },
      { environment: 'prod', helm: '3.17.3', ...counts },
    ]);
  });

  test("Helm test hooks named with randAlphaNum are left out of the diff and counted apart, in the summary and the CLI's --json (issue 72 audit item 11)", async () => {
    const testPod = (name: string) =>
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        `  name: {{ .Release.Name }}-${name}-{{ randAlphaNum 5 | lower }}`,
        '  annotations:',
        '    "helm.sh/hook": test',
        'spec:',
        '  restartPolicy: Never',
        '  containers:',
        '    - name: curl',
        '      image: curlimages/curl:8.10.1',
        '',
      ].join('\n');
    const hooked: Files = {
      ...REPO,
      'charts/myapp/templates/tests/grpc.yaml': testPod('grpc'),
      'charts/myapp/templates/tests/jwt.yaml': testPod('jwt'),
      'charts/myapp/templates/tests/service.yaml': testPod('service'),
    };
    const pr = pullRequest({ 'charts/myapp/Chart.yaml': chart('1.4.3'), 'envs/prod.yaml': 'replicas: 4\npassword: prod-pass-1\n' }, hooked);
    // Helm renders the three Pods, each under another name on every run.
    const helm = (dir: string) =>
      execFileSync(process.env.LOCKSTEP_HELM!, ['template', 'myapp', join(dir, 'charts/myapp')], { encoding: 'utf8' });
    const pods = (out: string) => [...out.matchAll(/^ {2}name: (myapp-(?:grpc|jwt|service)-[a-z0-9]{5})$/gm)].map((m) => m[1]);
    expect(pods(helm(pr.repo.dir))).toHaveLength(3);
    expect(pods(helm(pr.repo.dir))).not.toEqual(pods(helm(pr.repo.dir)));
    const run = await check(pr);
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}`);
    const counted = (env: string, changed: number) =>
      `- ${changed} changed, 0 added, 0 removed in ${env} (chart myapp 1.4.2 → 1.4.3 with Helm 3.17.3); 1 ignored line changed (chart-version labels, checksum annotations, render.ignore); 3 Helm test hooks left out (helm.sh/hook: test: not applied on sync)\n`;
    expect(run.summary).toContain(`### Rendered changes\n\n${counted('dev', 0)}${counted('prod', 1)}`);
    expect(run.summary).toContain('-  replicas: 3\n+  replicas: 4\n');
    expect(run.summary).not.toMatch(/added: Pod|removed: Pod|myapp-(grpc|jwt|service)-/);
    const json = await runCli(['check', '--base', 'main', '--head', 'pr', '--json'], { cwd: pr.repo.dir, env: { PATH: WITH_HELM } });
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as {
      rendered: { environment: string; object: string; change: string }[];
      'render-counts': unknown[];
    };
    expect(doc.rendered.map((r) => [r.environment, r.object, r.change])).toEqual([['prod', 'Deployment myapp-web', 'changed']]);
    const counts = { removed: 0, added: 0, 'ignored-lines': 1, 'non-deterministic': 0, 'test-hooks': 3, 'applied-on-sync': 0 };
    expect(doc['render-counts']).toEqual([
      { environment: 'dev', helm: '3.17.3', changed: 0, unchanged: 2, ...counts },
      { environment: 'prod', helm: '3.17.3', changed: 1, unchanged: 1, ...counts },
    ]);
  });
});

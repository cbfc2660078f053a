import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { deployment, overlayConfig, overlayDigest as d, overlayRepository } from '../harness/overlay-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 57, items 1, 2 and 5): the committed chart-bump-check bundle judges what a protected
// environment would receive, rendered with the real Helm 3.17.3 and kubectl 1.31's kustomize: every container image
// pinned by digest whatever wrote it (a subchart's default, an overlay's base), a chart or overlay that no longer
// renders fails the check for a protected environment and warns for another, and the Application's ignoreDifferences
// hide in a chart pull request's diff what they hide in a promotion's.

const TOOLS = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
const DIGEST = `sha256:${'f'.repeat(64)}`;
const chart = (version: string) => `apiVersion: v2\nname: myapp\nversion: ${version}\n`;
/** The chart from the registry, the environment's values from this repository (`$values`), as Argo CD reads them. */
const application = (env: string, extra: string[] = []) =>
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
    `      helm: { valueFiles: [$values/envs/${env}.yaml] }`,
    '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
    ...extra,
    '',
  ].join('\n');
const CHARTS: Files = {
  '.github/lockstep.yml': [
    'charts: [charts/*]',
    'environments:',
    '  - { name: dev, values: envs/dev.yaml, application: apps/dev.yaml }',
    '  - { name: prod, values: envs/prod.yaml, application: apps/prod.yaml, protected: true }',
    '',
  ].join('\n'),
  'charts/myapp/Chart.yaml': chart('1.4.2'),
  'charts/myapp/values.yaml': `replicas: 1\nimage: ghcr.io/acme/api:1.0.0\n`,
  'charts/myapp/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
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
  'envs/dev.yaml': 'image: ghcr.io/acme/api:1.1.0\n',
  'envs/prod.yaml': `image: ghcr.io/acme/api:1.0.0@${DIGEST}\n`,
  'apps/dev.yaml': application('dev'),
  'apps/prod.yaml': application('prod'),
};

const newRepo = fixturesRemovedAfterAll();

function pullRequest(files: Files, changes: Files) {
  const repo = newRepo(files);
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('feat: change', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const check = (pr: ReturnType<typeof pullRequest>): Promise<ActionRun> =>
  runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, env: { PATH: TOOLS } });

const said = (run: ActionRun, level: 'error' | 'warning') =>
  run.annotations.filter((a) => a.level === level).map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

const unchanged = (pr: ReturnType<typeof pullRequest>) =>
  expect(execFileSync('git', ['-C', pr.repo.dir, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');

describe('chart-bump-check judges what a protected environment would run', () => {
  test("a subchart's default image with a tag: refused for prod at the subchart's tag line; dev is not judged", async () => {
    const pr = pullRequest(CHARTS, {
      'charts/myapp/Chart.yaml': chart('1.5.0'),
      'charts/myapp/charts/metrics/Chart.yaml': 'apiVersion: v2\nname: metrics\nversion: 0.1.0\n',
      'charts/myapp/charts/metrics/values.yaml': 'image:\n  repository: prom/statsd-exporter\n  tag: v0.26.0\n',
      'charts/myapp/charts/metrics/templates/sidecar.yaml': [
        'apiVersion: apps/v1',
        'kind: DaemonSet',
        'metadata:',
        '  name: metrics',
        'spec:',
        '  selector: { matchLabels: { app: metrics } }',
        '  template:',
        '    metadata: { labels: { app: metrics } }',
        '    spec:',
        '      containers:',
        '        - name: exporter',
        '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
        '',
      ].join('\n'),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(said(run, 'error')).toEqual([
      'charts/myapp/charts/metrics/values.yaml:3: prod, a protected environment would run an image not pinned by digest: DaemonSet myapp-prod/metrics: container exporter runs prom/statsd-exporter:v0.26.0, not pinned by digest (spec.template.spec.containers[0].image); this line sets the tag v0.26.0 — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
    ]);
    unchanged(pr);
    // The terminal face decides the same, at the same line.
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr'], { cwd: pr.repo.dir, env: { PATH: TOOLS } });
    expect(cli.code).toBe(1);
    expect(cli.stdout + cli.stderr).toContain(
      'charts/myapp/charts/metrics/values.yaml:3: prod, a protected environment would run an image not pinned by digest: DaemonSet myapp-prod/metrics: container exporter runs prom/statsd-exporter:v0.26.0',
    );
    unchanged(pr);
  });

  test('a remote dependency added beside an image at :latest fails closed at the Chart.yaml line (issue 72 item 5)', async () => {
    // Before: the render was "unavailable", decided nothing, and the check passed with evil.example/api:latest in prod.
    const pr = pullRequest(CHARTS, {
      'charts/myapp/Chart.yaml': `${chart('1.5.0')}dependencies:\n  - name: redis\n    version: 19.0.0\n    repository: https://charts.example.com\n`,
      'charts/myapp/templates/deployment.yaml': String(CHARTS['charts/myapp/templates/deployment.yaml']).replace(
        'image: {{ .Values.image }}',
        'image: evil.example/api:latest',
      ),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(said(run, 'error')).toEqual([
      'charts/myapp/Chart.yaml:5: prod, a protected environment cannot be judged at the head: redis unavailable (https://charts.example.com: lockstep renders without network) — vendor redis: helm dependency build, then commit charts/redis/ unpacked (or name a file:// folder of this repository), so what the cluster receives is what is reviewed',
    ]);
    expect(said(run, 'warning')).toContain(
      'charts/myapp/Chart.yaml:5: dev cannot be judged at the head: redis unavailable (https://charts.example.com: lockstep renders without network) — vendor redis: helm dependency build, then commit charts/redis/ unpacked (or name a file:// folder of this repository), so what the cluster receives is what is reviewed',
    );
    expect(run.summary).toContain(
      '| prod | ❌ cannot be judged at the head: redis unavailable (https://charts.example.com: lockstep renders without network) |',
    );
    unchanged(pr);
  });

  test("an operator's resource running an image by tag (a Prometheus' spec.image) is judged like a container (issue 73 item 5)", async () => {
    const pr = pullRequest(CHARTS, {
      'charts/myapp/Chart.yaml': chart('1.5.0'),
      'charts/myapp/templates/prometheus.yaml': [
        'apiVersion: monitoring.coreos.com/v1',
        'kind: Prometheus',
        'metadata:',
        '  name: k8s',
        'spec:',
        '  image: quay.io/prometheus/prometheus:latest',
        '',
      ].join('\n'),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'charts/myapp/templates/prometheus.yaml:6: prod, a protected environment would run an image not pinned by digest: Prometheus myapp-prod/k8s: runs quay.io/prometheus/prometheus:latest, not pinned by digest (spec.image); this line writes quay.io/prometheus/prometheus:latest — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
    ]);
    expect(run.summary).toContain('| prod | ❌ 1 of 2 rendered images not pinned by digest |');
    unchanged(pr);
  });

  test('a protected environment is said pinned only as its render judged it; one the pull request does not render is not judged', async () => {
    const judged = await check(pullRequest(CHARTS, { 'charts/myapp/Chart.yaml': chart('1.4.3') }));
    expect(judged.code).toBe(0);
    expect(judged.summary).toContain(
      '| Protected environment | Images it runs (its render at the head) |\n| --- | --- |\n| prod | ✅ every rendered image pinned by digest (1 image judged) |',
    );
    const untouched = pullRequest(CHARTS, { 'README.md': '# myapp\n' });
    const run = await check(untouched);
    expect(run.code).toBe(0);
    expect(run.summary).toContain(
      '| prod | ⚪ not judged: this pull request changes nothing it renders, so its images were not rendered |',
    );
    expect(run.summary).not.toContain('✅ every rendered image');
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr', '--json'], { cwd: untouched.repo.dir, env: { PATH: TOOLS } });
    expect((JSON.parse(cli.stdout) as Record<string, unknown>)['protected-environments']).toEqual([
      {
        environment: 'prod',
        verdict: 'not-judged',
        images: null,
        reason: 'this pull request changes nothing it renders, so its images were not rendered',
      },
    ]);
  });

  test("`required` failing for prod's values only: an error at prod's Application; dev renders", async () => {
    const pr = pullRequest(
      { ...CHARTS, 'envs/prod.yaml': `image: ghcr.io/acme/api:1.0.0@${DIGEST}\ningress: true\n` },
      {
        'charts/myapp/Chart.yaml': chart('1.5.0'),
        'charts/myapp/templates/ingress.yaml':
          '{{- if .Values.ingress }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: host\ndata:\n  host: {{ required "ingressHost is required with ingress" .Values.ingressHost }}\n{{- end }}\n',
      },
    );
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'apps/prod.yaml:1: chart myapp does not render at the head for prod, a protected environment: Error: execution error at (myapp/templates/ingress.yaml:7:11): ingressHost is required with ingress (dev and prod build chart myapp) — fix it so helm template succeeds with its values: Argo CD cannot sync prod once this merges',
    ]);
    expect(run.summary).toContain(
      "- 0 changed, 0 added, 0 removed in dev (chart myapp 1.4.2 → 1.5.0 (dev runs 1.4.2, as its Application pins it; 1.5.0 is this pull request's, run there once promoted) with Helm 3.17.3)",
    );
    unchanged(pr);
  });

  test("the Application's ignoreDifferences fold a replicas change only where its sync respects them, as Argo CD applies them", async () => {
    const ignoring = ['  ignoreDifferences:', '    - group: apps', '      kind: Deployment', '      jsonPointers: [/spec/replicas]'];
    const respecting = [...ignoring, '  syncPolicy:', '    syncOptions: [CreateNamespace=true, RespectIgnoreDifferences=true]'];
    const change = {
      'charts/myapp/Chart.yaml': chart('1.5.0'),
      'charts/myapp/values.yaml': 'replicas: 4\nimage: ghcr.io/acme/api:1.0.0\n',
    };
    // Without RespectIgnoreDifferences=true Argo CD's diff hides the field, but every sync applies it: prod goes to 4 replicas.
    const applied = await check(pullRequest({ ...CHARTS, 'apps/prod.yaml': application('prod', ignoring) }, change));
    if (applied.code !== 0) throw new Error(`exit ${applied.code}\n${applied.stdout}`);
    expect(applied.summary).toContain(
      "- 1 changed, 0 added, 0 removed in dev (chart myapp 1.4.2 → 1.5.0 (dev runs 1.4.2, as its Application pins it; 1.5.0 is this pull request's, run there once promoted) with Helm 3.17.3)\n",
    );
    expect(applied.summary).toContain(
      "- 1 changed, 0 added, 0 removed in prod (chart myapp 1.4.2 → 1.5.0 (prod runs 1.4.2, as its Application pins it; 1.5.0 is this pull request's, run there once promoted) with Helm 3.17.3); 1 object changed in fields ignoreDifferences names: Argo CD's diff ignores them, its sync applies them (no RespectIgnoreDifferences=true), so they are shown\n",
    );
    expect(applied.summary).toMatch(
      /<summary>changed: Deployment myapp-prod\/api \(ignored by Argo CD(&#39;|')s diff, applied on sync\)<\/summary>/,
    );
    // With it, the sync leaves the live field alone: the change is folded, as Argo CD never applies it.
    const respected = await check(pullRequest({ ...CHARTS, 'apps/prod.yaml': application('prod', respecting) }, change));
    if (respected.code !== 0) throw new Error(`exit ${respected.code}\n${respected.stdout}`);
    expect(respected.summary).toContain(
      "- 0 changed, 0 added, 0 removed in prod (chart myapp 1.4.2 → 1.5.0 (prod runs 1.4.2, as its Application pins it; 1.5.0 is this pull request's, run there once promoted) with Helm 3.17.3)\n",
    );
    expect(respected.summary).toContain('+  replicas: 4');
  });
});

describe('chart-bump-check judges what a protected overlay would run', () => {
  const repoFiles = () =>
    overlayRepository(
      {
        dev: { api: ['1.8.0', d('a')], worker: ['0.9.1', d('b')] },
        staging: { api: ['1.7.3', d('c')], worker: ['0.9.1', d('b')] },
        prod: { api: ['1.7.3', d('c')], worker: ['0.9.0', d('e')] },
      },
      { config: overlayConfig({ extra: ['charts: []'] }) },
    );

  test("the base's image changed under prod's pinned images: entry: refused at the base file's line", async () => {
    // The entry's name (ghcr.io/acme/api) no longer matches: kustomize leaves the base's image, which pins nothing.
    const pr = pullRequest(repoFiles(), { 'deploy/base/api.yaml': deployment('api', 'evil.example/api:latest') });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'deploy/base/api.yaml:17: prod, a protected environment would run an image not pinned by digest: Deployment myapp-prod/api: container api runs evil.example/api:latest, not pinned by digest (spec.template.spec.containers[0].image); this line writes evil.example/api:latest — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
    ]);
    expect(run.summary).toContain(
      '**What the environments would receive**\n\n- ❌ deploy/base/api.yaml:17: prod, a protected environment would run an image not pinned by digest: Deployment myapp-prod/api: container api runs evil.example/api:latest',
    );
    expect(run.summary).toContain('+        - image: evil.example/api:latest');
    unchanged(pr);
  });

  test('a protected overlay that no longer builds fails the check at its kustomization', async () => {
    const files = repoFiles();
    const broken = String(files['deploy/overlays/prod/kustomization.yaml']).replace(
      '  - ../../base\n',
      '  - ../../base\n  - never-added.yaml\n',
    );
    const pr = pullRequest(files, { 'deploy/overlays/prod/kustomization.yaml': broken });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    const errors = said(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^deploy\/overlays\/prod\/kustomization\.yaml:1: overlay deploy\/overlays\/prod does not render at the head for prod, a protected environment: .*never-added\.yaml.* — fix it so kustomize builds it: Argo CD cannot sync prod once this merges$/,
    );
    expect(run.summary).not.toContain('The check passed.');
    unchanged(pr);
  });
});

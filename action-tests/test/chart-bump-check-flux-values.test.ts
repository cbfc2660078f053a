import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { HelmIndex } from '../harness/helm-index.ts';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { DIGEST, fluxRepo, patch } from '../harness/flux-chart-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// End-to-end (issue 72, audit items 7 and 8): the committed chart-bump-check bundle renders a Flux HelmRelease as
// helm-controller installs it, with the real Helm 3.17.3 and kubectl 1.31 — a valuesFrom ConfigMap entry with
// targetPath sets its one value in the release's values (an HPA the chart renders only then appears in the diff),
// and a semver range against a classic https repository's index.yaml installs the highest version it admits.

const HELM = process.env.LOCKSTEP_HELM!;
const TOOLS = `${dirname(HELM)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
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

const HPA = [
  '{{- if .Values.hpa.enabled }}',
  'apiVersion: autoscaling/v2',
  'kind: HorizontalPodAutoscaler',
  'metadata:',
  '  name: api',
  'spec:',
  '  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }',
  '  minReplicas: 1',
  '  maxReplicas: 3',
  '{{- end }}',
  '',
].join('\n');

describe('chart-bump-check: a HelmRelease valuesFrom entry with targetPath (issue 72 audit item 7)', () => {
  test('a ConfigMap literal hpa=true at targetPath hpa.enabled: the HPA the chart renders only then is added to production', async () => {
    const files = fluxRepo();
    files['charts/myapp/values.yaml'] = 'replicas: 1\nimage: ghcr.io/acme/api:1.0.0\nhpa:\n  enabled: false\n';
    files['charts/myapp/templates/hpa.yaml'] = HPA;
    const pr = pullRequest(files, {
      'apps/production/kustomization.yaml': [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        '  - ../base/myapp',
        'patches:',
        '  - path: myapp-values.yaml',
        '    target:',
        '      kind: HelmRelease',
        'configMapGenerator:',
        '  - name: flags',
        '    namespace: flux-apps',
        '    literals: [hpa=true]',
        'generatorOptions:',
        '  disableNameSuffixHash: true',
        '',
      ].join('\n'),
      'apps/production/myapp-values.yaml': patch('production', `ghcr.io/acme/api:1.0.0@${DIGEST}`).replace(
        '  # production values\n',
        '  valuesFrom:\n    - kind: ConfigMap\n      name: flags\n      valuesKey: hpa\n      targetPath: hpa.enabled\n  # production values\n',
      ),
    });
    // As the deployer computes it: kustomize-controller builds the ConfigMap, helm-controller sets its value at the
    // path as `--set` would (the string "true" typed as a bool), and Helm renders the HPA.
    const built = execFileSync(process.env.LOCKSTEP_KUBECTL!, ['kustomize', join(pr.repo.dir, 'apps/production')], { encoding: 'utf8' });
    expect(built).toContain('apiVersion: v1\ndata:\n  hpa: "true"\nkind: ConfigMap\nmetadata:\n  name: flags\n  namespace: flux-apps\n');
    const helm = (set: string[]) =>
      execFileSync(HELM, ['template', 'production-myapp', join(pr.repo.dir, 'charts/myapp'), '-n', 'production', ...set], {
        encoding: 'utf8',
      });
    expect(helm([])).not.toContain('HorizontalPodAutoscaler');
    expect(helm(['--set', 'hpa.enabled=true'])).toContain('kind: HorizontalPodAutoscaler');
    const run = await check(pr);
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}`);
    expect(said(run, 'error')).toEqual([]);
    expect(said(run, 'warning')).toEqual([]);
    expect(run.summary).toContain(
      '- 0 changed, 1 added, 0 removed in production (HelmRelease myapp (release production-myapp in production): chart myapp 1.4.2 → 1.4.2 with Helm 3.17.3)\n',
    );
    expect(run.summary).toContain(
      [
        '<details><summary>added: HorizontalPodAutoscaler production/api</summary>',
        '',
        '```diff',
        '@@ -0,0 +1,11 @@',
        '+apiVersion: autoscaling/v2',
        '+kind: HorizontalPodAutoscaler',
      ].join('\n'),
    );
    expect(run.summary).not.toContain('not read');
  });
});

describe('chart-bump-check: a HelmRelease semver range against a classic https repository (issue 72 audit item 8)', () => {
  let index: HelmIndex;
  beforeAll(async () => {
    index = await HelmIndex.start([
      ['6.0.0', { ingress: true, pdb: false }],
      ['6.1.0', { ingress: false, pdb: true }],
      ['7.0.0', { ingress: false, pdb: true }],
    ]);
  }, 180000);
  afterAll(async () => await index?.stop());

  const pinned = (svc: string) => `      ${svc}: { image: { tag: "1.8.0", digest: "${DIGEST}" } }`;
  /** fluxRepo with chart myapp only in the classic repository, the base release at 6.0.0, production's patch at `version`. */
  const rangePr = (version: string) => {
    // The index's chart renders Deployments without a selector: what is judged here is the version, not the schema.
    const config = [
      '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
      '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true, validate: off }',
    ];
    const files = fluxRepo({ source: 'helm', config });
    for (const p of Object.keys(files)) if (p.startsWith('charts/')) delete files[p];
    files['.github/lockstep.yml'] = String(files['.github/lockstep.yml']).replace('charts: [charts/*]\n', '');
    files['apps/base/myapp/repository.yaml'] =
      `apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: acme\n  namespace: flux-apps\nspec:\n  interval: 5m\n  url: ${index.url}\n`;
    files['apps/base/myapp/release.yaml'] = String(files['apps/base/myapp/release.yaml'])
      .replace('version: 1.4.2', 'version: 6.0.0')
      .replace(
        '    replicas: 1\n',
        ['    services:', pinned('api'), pinned('worker'), pinned('web'), '    podDisruptionBudget: { minAvailable: 1 }', ''].join('\n'),
      );
    const patch = `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: myapp\n  namespace: flux-apps\nspec:\n  targetNamespace: production\n  chart:\n    spec:\n      version: "${version}"\n`;
    return pullRequest(files, { 'apps/production/myapp-values.yaml': patch });
  };

  test('>=6.0.0 <7.0.0 installs 6.1.0, the highest version the index admits (not 7.0.0): pulled, rendered and judged', async () => {
    // As helm-controller resolves it (Helm's own resolution of a range against the index gives the same archive).
    const home = mkdtempSync(join(tmpdir(), 'lockstep-helm-pull-'));
    try {
      const env = { ...process.env, HOME: home, HELM_CONFIG_HOME: join(home, 'config'), HELM_CACHE_HOME: join(home, 'cache') };
      // Asynchronously: the index is served by this process.
      await promisify(execFile)(HELM, ['pull', 'myapp', '--repo', index.url, '--version', '>=6.0.0 <7.0.0', '--destination', home], {
        env,
      });
      expect(readdirSync(home).filter((f) => f.endsWith('.tgz'))).toEqual(['myapp-6.1.0.tgz']);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    const pr = rangePr('>=6.0.0 <7.0.0');
    index.served.length = 0;
    const run = await check(pr);
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}`);
    expect(said(run, 'error')).toEqual([]);
    expect(index.served.filter((p) => p.endsWith('.tgz')).sort()).toEqual(['/charts/myapp-6.0.0.tgz', '/charts/myapp-6.1.0.tgz']);
    expect(run.summary).toContain('| production | ✅ every rendered image pinned by digest (3 images judged) |');
    expect(run.summary).toContain(
      `- 0 changed, 1 added, 0 removed in production (HelmRelease myapp (release production-myapp in production): chart myapp 6.0.0 → &gt;=6.0.0 &lt;7.0.0 from ${index.url}/myapp-6.1.0.tgz with Helm 3.17.3)\n`,
    );
    // 6.1.0's PodDisruptionBudget, which 6.0.0 does not render, is what production receives.
    expect(run.summary).toContain('<details><summary>added: PodDisruptionBudget production/production-myapp-myapp</summary>');
  });
});

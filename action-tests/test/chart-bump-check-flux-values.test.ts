import { execFileSync } from 'node:child_process';
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

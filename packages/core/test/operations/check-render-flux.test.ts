import { dirname } from 'node:path';
import { parseConfigText } from '../../src/config/config.ts';
import { renderChecks, type CheckReader } from '../../src/operations/check/render.ts';
import { countLine } from '../../src/render/report.ts';
import { chart, DIGEST, fluxRepo, patch } from '../../../../action-tests/harness/flux-chart-fixture.ts';

// chart-bump-check's renders of Flux environments from the sources, with the real Helm 3.17.3 and kubectl 1.31: a
// HelmRelease environment is rendered as helm-controller installs it when its chart or its release changes, a Flux
// Kustomization is built on its spec.path; what neither changes is not rendered.

const TOOLS = { PATH: `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin` };
const inRepo = (p: string) => p;

function reader(commits: Record<string, Record<string, string>>): CheckReader {
  return {
    list: async (commit, dir) => Object.keys(commits[commit]).filter((p) => dir === '.' || dir === '' || p.startsWith(`${dir}/`)),
    read: async (commit, p) => commits[commit][p],
  };
}

const configOf = (files: Record<string, string>) => parseConfigText(files['.github/lockstep.yml'], '.github/lockstep.yml');
const changedChart = (from: string, to: string) => [
  {
    path: 'charts/myapp',
    name: 'myapp',
    base: from,
    head: to,
    required: 'patch' as const,
    ok: true,
    problems: [],
    status: 'changed' as const,
    reasons: [],
  },
];

describe('chart-bump-check renders Flux environments', () => {
  test("production's HelmRelease patch swaps the image: production rendered with its patch over the base, staging not", async () => {
    const base = fluxRepo() as Record<string, string>;
    const head = { ...base, 'apps/production/myapp-values.yaml': patch('production', 'evil.example/api:latest') };
    const out = await renderChecks('auto', configOf(base), [], { base: 'base', head: 'head' }, reader({ base, head }), TOOLS, inRepo);
    expect(out?.rendered.map(countLine)).toEqual([
      '1 changed, 0 added, 0 removed in production (HelmRelease myapp (release production-myapp in production): chart myapp 1.4.2 → 1.4.2 with Helm 3.17.3)',
    ]);
    expect(out?.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'apps/production/myapp-values.yaml:10: production, a protected environment would run an image not pinned by digest: Deployment production/api: container api runs evil.example/api:latest, not pinned by digest (spec.template.spec.containers[0].image); this line writes evil.example/api:latest',
    ]);
  });

  test('a chart bump renders each HelmRelease taking the chart by name from a HelmRepository', async () => {
    const base = fluxRepo({ source: 'helm' }) as Record<string, string>;
    const head = { ...base, 'charts/myapp/Chart.yaml': chart('1.5.0'), 'charts/myapp/values.yaml': 'replicas: 2\nimage: x\n' };
    const out = await renderChecks(
      'auto',
      configOf(base),
      changedChart('1.4.2', '1.5.0'),
      { base: 'base', head: 'head' },
      reader({ base, head }),
      TOOLS,
      inRepo,
    );
    expect(out?.rendered.map(countLine)).toEqual([
      '0 changed, 0 added, 0 removed in staging (HelmRelease myapp (release staging-myapp in staging): chart myapp 1.4.2 → 1.5.0 with Helm 3.17.3)',
      '0 changed, 0 added, 0 removed in production (HelmRelease myapp (release production-myapp in production): chart myapp 1.4.2 → 1.5.0 with Helm 3.17.3)',
    ]);
    expect(out?.problems).toEqual([]);
  });

  test("a values change makes the chart's required fail for production only: an error at its HelmRelease", async () => {
    const base = fluxRepo() as Record<string, string>;
    const head = {
      ...base,
      'apps/production/myapp-values.yaml': patch('production', `ghcr.io/acme/api:1.0.0@${DIGEST}`, ['    ingress: true']),
    };
    const out = await renderChecks('auto', configOf(base), [], { base: 'base', head: 'head' }, reader({ base, head }), TOOLS, inRepo);
    expect(out?.problems.map((p) => `${p.level} ${p.file}:${p.line}: ${p.message}`)).toEqual([
      'error apps/production/myapp-values.yaml:1: chart myapp does not render at the head for production, a protected environment: Error: execution error at (myapp/templates/ingress.yaml:7:11): ingressHost is required with ingress',
    ]);
  });

  test('a HelmRelease whose chart is only in a remote repository: said as not rendered when its release changes, never a failure', async () => {
    const base = fluxRepo({ source: 'helm' }) as Record<string, string>;
    const head = { ...base, 'apps/staging/myapp-values.yaml': patch('staging', 'ghcr.io/acme/api:1.2.0') };
    const out = await renderChecks('auto', configOf(base), [], { base: 'base', head: 'head' }, reader({ base, head }), TOOLS, inRepo);
    expect(out?.rendered.map((r) => [r.environment, r.status, r.message])).toEqual([
      [
        'staging',
        'skipped',
        'chart myapp of HelmRepository acme (oci://ghcr.io/acme/charts) is not in this repository: the check renders a HelmRelease only with a chart of this repository (a GitRepository sourceRef, or a chart the pull request changes)',
      ],
    ]);
    expect(out?.problems).toEqual([]);
  });

  test('a protected Flux Kustomization whose overlay no longer builds: an error at the Kustomization', async () => {
    const config = [
      '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
      '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
    ];
    const base = fluxRepo({ config }) as Record<string, string>;
    const head = { ...base, 'apps/production/kustomization.yaml': 'resources:\n  - ../base/myapp\n  - never-added.yaml\n' };
    const out = await renderChecks('auto', configOf(base), [], { base: 'base', head: 'head' }, reader({ base, head }), TOOLS, inRepo);
    expect(out?.problems.map((p) => [p.level, p.file, p.line])).toEqual([['error', 'clusters/production/apps.yaml', 1]]);
    expect(out?.problems[0].message).toMatch(
      /^overlay apps\/production does not render at the head for production, a protected environment: .*never-added\.yaml/,
    );
    expect(DIGEST).toMatch(/^sha256:/);
  });

  test('a HelmRelease after a HelmRepository in one file that no longer renders: the error names the HelmRelease document’s line', async () => {
    // The flux2-kustomize-helm-example layout of infrastructure/: the HelmRepository, `---`, then the HelmRelease.
    const repository = [
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: HelmRepository',
      'metadata:',
      '  name: acme',
      '  namespace: flux-apps',
      'spec:',
      '  interval: 5m',
      '  url: https://charts.example.com',
      '---',
      '# the release',
    ].join('\n');
    const config = [
      '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml }',
      '  - { name: production, helmrelease: apps/production/myapp.yaml, protected: true }',
    ];
    const base = {
      ...fluxRepo({ config }),
      'apps/production/myapp.yaml': `${repository}\n${patch('production', `ghcr.io/acme/api:1.0.0@${DIGEST}`)}`,
    } as Record<string, string>;
    const head = {
      ...base,
      'apps/production/myapp.yaml': `${repository}\n${patch('production', `ghcr.io/acme/api:1.0.0@${DIGEST}`, ['    ingress: true'])}`,
    };
    const out = await renderChecks('auto', configOf(base), [], { base: 'base', head: 'head' }, reader({ base, head }), TOOLS, inRepo);
    expect(out?.problems.map((p) => `${p.level} ${p.file}:${p.line}: ${p.message}`)).toEqual([
      'error apps/production/myapp.yaml:11: chart myapp does not render at the head for production, a protected environment: Error: execution error at (myapp/templates/ingress.yaml:7:11): ingressHost is required with ingress',
    ]);
  });
});

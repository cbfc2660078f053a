import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LocalRegistry } from '../harness/registry.ts';
import { HelmIndex } from '../harness/helm-index.ts';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { chart, DEPLOYMENT, DIGEST, fluxRepo, patch } from '../harness/flux-chart-fixture.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// End-to-end (issue 56, the pull request check's side of Flux): the committed chart-bump-check bundle renders
// environments deployed by Flux as it renders Argo CD Applications and overlays — a HelmRelease read as
// helm-controller installs it (its environment patch over apps/base, the chart from this repository's folder its
// GitRepository sourceRef names, or the chart the pull request changes by name), a Flux Kustomization built with
// kubectl kustomize on its spec.path — and issue 57's guards judge them: digest-only images for a protected
// environment, a protected environment that no longer renders fails the check at the HelmRelease's or the
// Kustomization's file. Real git, Helm 3.17.3 and kubectl 1.31.

const TOOLS = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
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

describe('chart-bump-check renders Flux HelmRelease environments', () => {
  test("a PR that swaps production's image through its HelmRelease patch: refused at the patch's line; the CLI says the same", async () => {
    const pr = pullRequest(fluxRepo(), { 'apps/production/myapp-values.yaml': patch('production', 'evil.example/api:latest') });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(said(run, 'error')).toEqual([
      'apps/production/myapp-values.yaml:10: production, a protected environment would run an image not pinned by digest: Deployment production/api: container api runs evil.example/api:latest, not pinned by digest (spec.template.spec.containers[0].image); this line writes evil.example/api:latest — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
    ]);
    // The release as helm-controller names it (<targetNamespace>-<name>), installed into the targetNamespace.
    expect(run.summary).toContain('HelmRelease myapp (release production-myapp in production): chart myapp 1.4.2 → 1.4.2');
    expect(run.summary).toContain(`-        - image: ghcr.io/acme/api:1.0.0@${DIGEST}\n+        - image: evil.example/api:latest\n`);
    // staging's release did not change: it is not rendered.
    expect(run.summary).not.toMatch(/in staging \(/);
    unchanged(pr);
    const cli = await runCli(['check', '--base', 'main', '--head', 'pr'], { cwd: pr.repo.dir, env: { PATH: TOOLS } });
    expect(cli.code).toBe(1);
    expect(cli.stdout + cli.stderr).toContain(
      'apps/production/myapp-values.yaml:10: production, a protected environment would run an image not pinned by digest: Deployment production/api: container api runs evil.example/api:latest',
    );
    unchanged(pr);
  });

  test("a values change that makes the chart's `required` fail for production only: an error at its HelmRelease; staging is untouched", async () => {
    const pr = pullRequest(fluxRepo(), {
      'apps/production/myapp-values.yaml': patch('production', `ghcr.io/acme/api:1.0.0@${DIGEST}`, ['    ingress: true']),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'apps/production/myapp-values.yaml:1: chart myapp does not render at the head for production, a protected environment: Error: execution error at (myapp/templates/ingress.yaml:7:11): ingressHost is required with ingress — fix it so helm template succeeds with its values: Argo CD cannot sync production once this merges',
    ]);
    expect(run.summary).not.toContain('The check passed.');
    unchanged(pr);
  });

  test('a chart pull request renders every HelmRelease that deploys the chart, by its GitRepository folder, with each environment’s values', async () => {
    const pr = pullRequest(fluxRepo({ prodExtra: ['    ingress: true'] }), {
      'charts/myapp/Chart.yaml': chart('1.5.0'),
      'charts/myapp/values.yaml': 'replicas: 2\nimage: ghcr.io/acme/api:1.0.0\n',
    });
    const run = await check(pr);
    // production sets ingress without ingressHost at the base already: it failed before and fails after, said for both.
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'apps/production/myapp-values.yaml:1: chart myapp does not render at the head for production, a protected environment: Error: execution error at (myapp/templates/ingress.yaml:7:11): ingressHost is required with ingress (staging and production build chart myapp) — fix it so helm template succeeds with its values: Argo CD cannot sync production once this merges',
    ]);
    // spec.values of the base (replicas: 1) wins over the chart's new default (replicas: 2): nothing changes in staging.
    expect(run.summary).toContain(
      '- 0 changed, 0 added, 0 removed in staging (HelmRelease myapp (release staging-myapp in staging): chart myapp 1.4.2 → 1.5.0 with Helm 3.17.3)',
    );
    unchanged(pr);
  });

  test('a chart pull request renders a HelmRelease taking the chart by name from a HelmRepository; a digest-pinned production passes', async () => {
    const pr = pullRequest(fluxRepo({ source: 'helm' }), {
      'charts/myapp/Chart.yaml': chart('1.5.0'),
      'charts/myapp/templates/deployment.yaml': DEPLOYMENT.replace(
        'replicas: {{ .Values.replicas }}',
        'replicas: {{ add .Values.replicas 1 }}',
      ),
    });
    const run = await check(pr);
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}\n${run.summary}`);
    expect(said(run, 'error')).toEqual([]);
    expect(run.summary).toContain(
      '- 1 changed, 0 added, 0 removed in staging (HelmRelease myapp (release staging-myapp in staging): chart myapp 1.4.2 → 1.5.0 with Helm 3.17.3)',
    );
    expect(run.summary).toContain(
      '- 1 changed, 0 added, 0 removed in production (HelmRelease myapp (release production-myapp in production): chart myapp 1.4.2 → 1.5.0 with Helm 3.17.3)',
    );
    expect(run.summary).toContain('+  replicas: 2');
  });
});

describe('chart-bump-check builds Flux Kustomization environments', () => {
  const config = [
    '  - { name: staging, flux-kustomization: clusters/staging/apps.yaml }',
    '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
  ];

  test("a protected Flux Kustomization whose spec.path overlay no longer builds fails the check at the Kustomization's file", async () => {
    const pr = pullRequest(fluxRepo({ config }), {
      'apps/production/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../base/myapp\n  - never-added.yaml\npatches:\n  - path: myapp-values.yaml\n    target:\n      kind: HelmRelease\n',
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    const errors = said(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^clusters\/production\/apps\.yaml:1: overlay apps\/production does not render at the head for production, a protected environment: .*never-added\.yaml.* — fix it so kustomize builds it: Argo CD cannot sync production once this merges$/,
    );
    unchanged(pr);
  });

  test('an unprotected Flux Kustomization that no longer builds is a warning, and the check passes', async () => {
    const pr = pullRequest(fluxRepo({ config }), {
      'apps/staging/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - gone.yaml\n',
    });
    const run = await check(pr);
    expect(said(run, 'error')).toEqual([]);
    const warnings = said(run, 'warning').filter((w) => /does not render/.test(w));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^clusters\/staging\/apps\.yaml:1: overlay apps\/staging does not render at the head for staging: .*gone\.yaml/,
    );
    expect(run.code).toBe(0);
  });
});

describe('chart-bump-check renders a HelmRelease whose chart is only in a registry (HelmRepository of type oci)', () => {
  let registry: LocalRegistry;
  /** 1.4.2 runs the api; 1.5.0 adds a sidecar taken by tag. Packaged and pushed by the real Helm. */
  beforeAll(async () => {
    registry = await LocalRegistry.start();
    const helm = process.env.LOCKSTEP_HELM!;
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-flux-remote-'));
    const env = { ...process.env, HOME: dir, HELM_CONFIG_HOME: join(dir, 'config'), HELM_CACHE_HOME: join(dir, 'cache') };
    try {
      for (const version of ['1.4.2', '1.5.0']) {
        const src = join(dir, version, 'myapp');
        mkdirSync(join(src, 'templates'), { recursive: true });
        writeFileSync(join(src, 'Chart.yaml'), chart(version));
        writeFileSync(join(src, 'values.yaml'), 'replicas: 1\nimage: ghcr.io/acme/api:1.0.0\n');
        const sidecar = version === '1.5.0' ? '        - name: proxy\n          image: docker.io/library/envoy:v1.30\n' : '';
        writeFileSync(join(src, 'templates', 'deployment.yaml'), DEPLOYMENT + sidecar);
        execFileSync(helm, ['package', src, '--destination', join(dir, version)], { env, stdio: 'pipe' });
        execFileSync(helm, ['push', join(dir, version, `myapp-${version}.tgz`), `oci://${registry.host}/acme/charts`, '--plain-http'], {
          env,
          stdio: 'pipe',
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180000);
  afterAll(async () => {
    await registry?.stop();
  });

  /** fluxRepo with the chart only in the registry: no charts/ folder, the HelmRepository on the test's registry. */
  const remoteRepo = (): Files => {
    const files = fluxRepo({ source: 'helm' });
    for (const p of Object.keys(files)) if (p.startsWith('charts/')) delete files[p];
    files['.github/lockstep.yml'] = String(files['.github/lockstep.yml']).replace('charts: [charts/*]\n', '');
    files['apps/base/myapp/repository.yaml'] = String(files['apps/base/myapp/repository.yaml']).replace(
      'oci://ghcr.io/acme/charts',
      `oci://${registry.host}/acme/charts`,
    );
    return files;
  };
  /** production's patch pinning chart version `version` (line 10), its image by digest. */
  const pinned = (version: string) =>
    [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      '  name: myapp',
      '  namespace: flux-apps',
      'spec:',
      '  targetNamespace: production',
      '  chart:',
      '    spec:',
      `      version: ${version}`,
      '  values:',
      `    image: ghcr.io/acme/api:1.0.0@${DIGEST}`,
      '',
    ].join('\n');

  test('a PR moving protected production to 1.5.0, whose render adds a sidecar by tag: both versions pulled, refused at the image', async () => {
    const pr = pullRequest(remoteRepo(), { 'apps/production/myapp-values.yaml': pinned('1.5.0') });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'apps/production/myapp-values.yaml:1: production, a protected environment would run an image not pinned by digest: Deployment production/api: container proxy runs docker.io/library/envoy:v1.30, not pinned by digest (spec.template.spec.containers[1].image) — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
    ]);
    expect(run.summary).toContain(
      `HelmRelease myapp (release production-myapp in production): chart myapp 1.4.2 → 1.5.0 from oci://${registry.host}/acme/charts/myapp:1.5.0`,
    );
    expect(run.summary).toContain('+        - image: docker.io/library/envoy:v1.30\n+          name: proxy\n');
    unchanged(pr);
  });

  test('a HelmRelease whose chart is pulled is validated as promote validates it: replicas: two fails protected production (issue 72 item 4)', async () => {
    const pr = pullRequest(remoteRepo(), {
      'apps/production/myapp-values.yaml': pinned('1.4.2').replace('  values:\n', '  values:\n    replicas: two\n'),
    });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error title=lockstep::production: Deployment production/api: spec.replicas: expected integer');
    unchanged(pr);
  });

  test('a semver range is pulled as helm-controller resolves it, the highest tag it admits (1.5.0 of 1.4.2 and 1.5.0): its sidecar is judged (issue 72 item 4)', async () => {
    const pr = pullRequest(remoteRepo(), { 'apps/production/myapp-values.yaml': pinned('">=1.4.0 <2.0.0"') });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(said(run, 'error')).toEqual([
      'apps/production/myapp-values.yaml:1: production, a protected environment would run an image not pinned by digest: Deployment production/api: container proxy runs docker.io/library/envoy:v1.30, not pinned by digest (spec.template.spec.containers[1].image) — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
    ]);
    expect(run.summary).toContain('+        - image: docker.io/library/envoy:v1.30\n+          name: proxy\n');
    unchanged(pr);
  });

  test('a range no tag admits: protected production fails closed at the version line, naming the range and the highest version listed', async () => {
    const pr = pullRequest(remoteRepo(), { 'apps/production/myapp-values.yaml': pinned('"~2.0.0"') });
    const run = await check(pr);
    expect(run.code).toBe(1);
    const errors = said(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `apps/production/myapp-values.yaml:10: production, a protected environment cannot be judged at the head: chart myapp ~2.0.0 could not be pulled from ${registry.host}: `,
    );
    expect(errors[0]).toContain(
      `${registry.host}/acme/charts/myapp has no version in the range ~2.0.0 (2 versions listed, the highest 1.5.0)`,
    );
    unchanged(pr);
  });

  test('a version the registry does not hold: protected production fails closed at the version line, naming the host', async () => {
    const pr = pullRequest(remoteRepo(), { 'apps/production/myapp-values.yaml': pinned('9.9.9') });
    const run = await check(pr);
    expect(run.code).toBe(1);
    const errors = said(run, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^apps/production/myapp-values\\.yaml:10: production, a protected environment cannot be judged at the head: chart myapp 9\\.9\\.9 could not be pulled from ${registry.host.replace(/\./g, '\\.')}: `,
      ),
    );
    // The hint says what the check needs (the registry reachable), not to copy a file into the repository.
    expect(errors[0]).toContain(
      ' — the check pulls the chart from the registry or repository the release names: make it reachable from the runner (a private https repository: helm repo add <name> <url> --username <user> --password-stdin in a step before this one; a registry: docker login)',
    );
    expect(errors[0]).not.toContain('write the file into the repository');
    unchanged(pr);
  });
});

describe('chart-bump-check renders a HelmRelease whose chart is in a classic https repository (index.yaml on 127.0.0.1)', () => {
  let open: HelmIndex;
  let locked: HelmIndex;
  beforeAll(async () => {
    const versions: [string, { ingress: boolean; pdb: boolean }][] = [
      ['6.0.0', { ingress: true, pdb: true }],
      ['6.1.0', { ingress: false, pdb: true }],
    ];
    open = await HelmIndex.start(versions);
    locked = await HelmIndex.start(versions, 'myapp', { username: 'ci', password: 'not-given' });
  }, 180000);
  afterAll(async () => {
    await open?.stop();
    await locked?.stop();
  });

  /** fluxRepo with chart myapp only in the classic repository at `url`, production's patch pinning `version` at line 10. */
  const classicPr = (url: string, version: string) => {
    const files = fluxRepo({ source: 'helm' });
    for (const p of Object.keys(files)) if (p.startsWith('charts/')) delete files[p];
    files['.github/lockstep.yml'] = String(files['.github/lockstep.yml']).replace('charts: [charts/*]\n', '');
    files['apps/base/myapp/repository.yaml'] =
      `apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: acme\n  namespace: flux-apps\nspec:\n  interval: 5m\n  url: ${url}\n  secretRef:\n    name: acme-charts\n`;
    files['apps/base/myapp/release.yaml'] = String(files['apps/base/myapp/release.yaml']).replace('version: 1.4.2', 'version: 6.0.0');
    const patch = `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: myapp\n  namespace: flux-apps\nspec:\n  targetNamespace: production\n  chart:\n    spec:\n      version: ${version}\n`;
    return pullRequest(files, { 'apps/production/myapp-values.yaml': patch });
  };

  test('6.0.0 → 6.1.0: the index read once, each archive fetched once from it and rendered by Helm; the head does not render for production (its values), so the check fails', async () => {
    const pr = classicPr(open.url, '6.1.0');
    open.served.length = 0;
    const run = await check(pr);
    expect(run.code).toBe(1);
    // chart-release fixture's chart does not take the fixture's Flux values: Helm's own error on the pulled chart's template proves it rendered.
    expect(said(run, 'error')).toEqual([
      'apps/production/myapp-values.yaml:1: chart myapp does not render at the head for production, a protected environment: Error: YAML parse error on myapp/templates/deployment.yaml: error converting YAML to JSON: yaml: line 14: mapping values are not allowed in this context — fix it so helm template succeeds with its values: Argo CD cannot sync production once this merges',
      // The values contract reads the pulled chart too: the base release's replicas is a key it does not read.
      'apps/base/myapp/release.yaml:16: values-contract: production: replicas is set in spec.values, but no template of chart myapp reads it; did you mean services.worker.replicas? — move it where the chart reads it or remove it, or set values-contract: warn for production in the config',
    ]);
    // Both sides read one repository at one moment: its index once for the run.
    expect(open.served.sort()).toEqual(['/charts/index.yaml', '/charts/myapp-6.0.0.tgz', '/charts/myapp-6.1.0.tgz']);
    unchanged(pr);
  });

  test('a private repository and no repositories.yaml: production fails closed at the version line with the 401 line, its secretRef named', async () => {
    const pr = classicPr(locked.url, '6.1.0');
    const run = await check(pr);
    expect(run.code).toBe(1);
    const host = locked.url.slice('http://'.length, locked.url.indexOf('/charts'));
    expect(said(run, 'error')).toEqual([
      expect.stringContaining(
        `apps/production/myapp-values.yaml:10: production, a protected environment cannot be judged at the head: chart myapp 6.1.0 could not be pulled from ${host}: ${locked.url}/: 401 Unauthorized: no credentials for ${host} in `,
      ),
    ]);
    expect(said(run, 'error')).toEqual([
      expect.stringContaining(
        "--password-stdin in a step before this one); its HelmRepository's spec.secretRef (acme-charts) is a cluster Secret, which lockstep does not read: it takes a repository's credentials from Helm's repositories.yaml",
      ),
    ]);
    expect(said(run, 'error')[0]).toMatch(
      / — the check pulls the chart from the registry or repository the release names: make it reachable from the runner \(/,
    );
    unchanged(pr);
  });
});

describe('chart-bump-check builds a Flux Kustomization as kustomize-controller does: targetNamespace, then postBuild.substitute', () => {
  // The flux2 example's cluster file: the GitRepository first, the Kustomization (with its variables) second.
  const cluster = (tag: string) =>
    [
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: GitRepository',
      'metadata: { name: apps, namespace: flux-system }',
      'spec: { interval: 1m, url: https://example.invalid/apps.git, ref: { branch: main } }',
      '---',
      'apiVersion: kustomize.toolkit.fluxcd.io/v1',
      'kind: Kustomization',
      'metadata: { name: apps, namespace: flux-system }',
      'spec:',
      '  path: ./apps/api',
      '  targetNamespace: shop',
      '  sourceRef: { kind: GitRepository, name: apps }',
      '  postBuild:',
      `    substitute: { API_TAG: "${tag}" }`,
      '',
    ].join('\n');
  const files = (): Files => ({
    '.github/lockstep.yml': [
      'charts: []',
      'environments:',
      '  - { name: production, flux-kustomization: clusters/production/apps.yaml, protected: true }',
      '',
    ].join('\n'),
    'clusters/production/apps.yaml': cluster(`1.0.0@${DIGEST}`),
    'apps/api/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'apps/api/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: { app: api }\n  template:\n    metadata:\n      labels: { app: api }\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:${API_TAG}\n',
  });

  test('a PR that sets the protected Kustomization’s API_TAG to a tag: refused naming the object and container, in its targetNamespace', async () => {
    const pr = pullRequest(files(), { 'clusters/production/apps.yaml': cluster('1.2.3') });
    const run = await check(pr);
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(said(run, 'error')).toEqual([
      'apps/api/deployment.yaml:14: production, a protected environment would run an image not pinned by digest: Deployment shop/api: container api runs ghcr.io/acme/api:1.2.3, not pinned by digest (spec.template.spec.containers[0].image); this line names ghcr.io/acme/api — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
    ]);
    expect(run.summary).toContain(`-        - image: ghcr.io/acme/api:1.0.0@${DIGEST}\n+        - image: ghcr.io/acme/api:1.2.3\n`);
    unchanged(pr);
  });

  test('a PR that substitutes a digest-pinned image passes, the substituted image in the rendered diff', async () => {
    const pr = pullRequest(files(), { 'clusters/production/apps.yaml': cluster(`1.2.3@${DIGEST}`) });
    const run = await check(pr);
    expect(said(run, 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.summary).toContain('1 changed, 0 added, 0 removed in production (overlay apps/api with kubectl kustomize');
    expect(run.summary).toContain(
      `-        - image: ghcr.io/acme/api:1.0.0@${DIGEST}\n+        - image: ghcr.io/acme/api:1.2.3@${DIGEST}\n`,
    );
    expect(run.summary).not.toContain('${API_TAG}');
    unchanged(pr);
  });
});

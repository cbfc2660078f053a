import { execFileSync } from 'node:child_process';
import { DIGEST, fluxRepo } from '../harness/flux-chart-fixture.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { helmChartContent } from '../harness/oci-content.ts';
import { LocalRegistry } from '../harness/registry.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { testPath } from '../harness/tool-path.mjs';

// Issue 59 with issue 56's Flux environments: the committed hydrate-env bundle on Node 24 hydrates a repository
// laid out as fluxcd/flux2-kustomize-helm-example (charts/myapp, apps/base + apps/<env> patches, clusters/<env>)
// with the real Helm and kubectl kustomize: a helmrelease: environment rendered as helm-controller installs it
// (its chart from this repository, or from an OCIRepository in a real docker-registry, pinned by digest), a
// flux-kustomization: environment built on its spec.path with its postBuild variables substituted.

const WITH_TOOLS = testPath('helm', 'kubectl');

let fixture: GitFixture | undefined;
afterEach(() => {
  fixture?.cleanup();
  fixture = undefined;
});

const origin = (...args: string[]) => execFileSync('git', ['--git-dir', fixture!.origin, ...args], { encoding: 'utf8' }).trim();
const show = (branch: string, path: string) => origin('show', `${branch}:${path}`);
const tip = (branch: string) => origin('rev-parse', `refs/heads/${branch}`);
const branches = () => origin('for-each-ref', '--format=%(refname:short)', 'refs/heads/environment').split('\n').filter(Boolean);

function hydrate(ws: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('hydrate-env', {
    workspace: ws,
    inputs: { 'github-token': '', ...inputs },
    env: { PATH: WITH_TOOLS },
    timeoutMs: 120_000,
  });
}

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
}

/** clusters/production/infra.yaml: a Flux Kustomization of infra/configs with postBuild variables (substitute over a ConfigMap of the repository). */
const INFRA = {
  'clusters/production/kustomization.yaml': 'resources:\n  - apps.yaml\n  - infra.yaml\n  - cluster-vars.yaml\n',
  'clusters/production/infra.yaml': [
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata:',
    '  name: infra-configs',
    '  namespace: flux-system',
    'spec:',
    '  interval: 1h',
    '  sourceRef:',
    '    kind: GitRepository',
    '    name: flux-system',
    '  path: ./infra/configs',
    '  targetNamespace: infra',
    '  postBuild:',
    '    substitute:',
    '      cluster_env: production',
    '    substituteFrom:',
    '      - kind: ConfigMap',
    '        name: cluster-vars',
    '',
  ].join('\n'),
  'clusters/production/cluster-vars.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: cluster-vars',
    '  namespace: flux-system',
    'data:',
    '  cluster_env: overridden-by-substitute',
    '  cluster_domain: prod.acme.example',
    '',
  ].join('\n'),
  'infra/configs/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - issuer.yaml\n',
  'infra/configs/issuer.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: ingress-${cluster_env}',
    'data:',
    '  host: app.${cluster_domain}',
    '  region: ${region:=eu-west-1}',
    '',
  ].join('\n'),
};

const CONFIG = [
  '  - { name: staging, helmrelease: apps/staging/myapp-values.yaml, hydrate: { branch: environment/staging } }',
  '  - { name: production, helmrelease: apps/production/myapp-values.yaml, protected: true, hydrate: { branch: environment/production } }',
  '  - { name: infra, flux-kustomization: clusters/production/infra.yaml, hydrate: { branch: environment/infra } }',
];

const STAGING_MANIFEST = [
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  replicas: 1',
  '  selector:',
  '    matchLabels:',
  '      app: api',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: api',
  '    spec:',
  '      containers:',
  '        - image: ghcr.io/acme/api:1.1.0',
  '          name: api',
].join('\n');

describe('hydrate-env hydrates Flux environments', () => {
  test('a HelmRelease and a Flux Kustomization hydrated; a second run commits nothing; check mode finds each a fresh render', async () => {
    fixture = GitFixture.create({ ...fluxRepo({ config: CONFIG }), ...INFRA }, 'feat: api 1.1.0 in staging');
    const dry = fixture.git('rev-parse', 'HEAD');
    const r = await hydrate(fixture.clone('main'));
    expectOk(r);
    expect(branches()).toEqual(['environment/infra-next', 'environment/production-next', 'environment/staging-next']);
    // staging: apps/base's HelmRelease with apps/staging's patch (its values over the base's), chart ./charts/myapp of this repository.
    expect(show('environment/staging-next', 'manifest.yaml')).toBe(STAGING_MANIFEST);
    expect(JSON.parse(show('environment/staging-next', 'hydrator.metadata')).drySha).toBe(dry);
    expect(show('environment/production-next', 'manifest.yaml')).toContain(`        - image: ghcr.io/acme/api:1.0.0@${DIGEST}\n`);
    // infra: infra/configs built with targetNamespace, then ${var} from substitute over the ConfigMap, a default applied.
    expect(show('environment/infra-next', 'manifest.yaml')).toBe(
      [
        '---',
        'apiVersion: v1',
        'data:',
        '  host: app.prod.acme.example',
        '  region: eu-west-1',
        'kind: ConfigMap',
        'metadata:',
        '  name: ingress-production',
        '  namespace: infra',
      ].join('\n'),
    );
    expect(JSON.parse(show('environment/infra-next', 'hydrator.metadata')).drySha).toBe(dry);
    expect(r.outputs.changed).toBe('3');

    // The same DRY commit again: no commit on any branch.
    const before = branches().map(tip);
    const again = await hydrate(fixture.clone('main'));
    expectOk(again);
    expect(again.outputs.changed).toBe('0');
    expect(branches().map(tip)).toEqual(before);

    // A change only the Flux Kustomization's variables see: infra gets one commit, the HelmRelease environments none.
    fixture.commit('chore: eu-central', {
      'clusters/production/cluster-vars.yaml': INFRA['clusters/production/cluster-vars.yaml'].replace(
        '  cluster_domain: prod.acme.example\n',
        '  cluster_domain: prod.acme.example\n  region: eu-central-1\n',
      ),
    });
    fixture.push('main');
    const third = await hydrate(fixture.clone('main'));
    expectOk(third);
    expect(third.outputs.changed).toBe('1');
    expect(origin('rev-parse', 'environment/infra-next~1')).toBe(before[0]);
    expect(show('environment/infra-next', 'manifest.yaml')).toContain('  region: eu-central-1\n');
    expect([tip('environment/production-next'), tip('environment/staging-next')]).toEqual(before.slice(1));

    // mode: check renders each branch's drySha afresh, Flux environments included: all match.
    const checked = await hydrate(fixture.clone('main'), { mode: 'check' });
    expectOk(checked);
    expect(checked.stdout).toContain('Checked 3 hydrated branches: each is a fresh render of its drySha, without hand edits.');
  });

  test('lockstep hydrate --push --json (the CLI bundle): the Flux Kustomization environment written, said with its renderer', async () => {
    fixture = GitFixture.create({ ...fluxRepo({ config: CONFIG }), ...INFRA });
    const ws = fixture.clone('main');
    const pushed = await runCli(['hydrate', '--env', 'infra', '--push', '--json'], {
      cwd: ws,
      env: { PATH: WITH_TOOLS },
      timeoutMs: 120_000,
    });
    expect(pushed.code).toBe(0);
    expect(JSON.parse(pushed.stdout).environments).toEqual([
      {
        name: 'infra',
        branch: 'environment/infra-next',
        path: null,
        status: 'created',
        commit: tip('environment/infra-next'),
        files: 2,
        dropped: [],
        renderer: expect.stringMatching(/^kubectl kustomize \(kustomize v5\./),
      },
    ]);
    expect(show('environment/infra-next', 'manifest.yaml')).toContain('  name: ingress-production\n  namespace: infra');
    expect(branches()).toEqual(['environment/infra-next']);
  });

  test('a substituteFrom Secret: refused with the environment named, exit 1, nothing pushed', async () => {
    const files = { ...fluxRepo({ config: CONFIG }), ...INFRA };
    files['clusters/production/infra.yaml'] =
      `${INFRA['clusters/production/infra.yaml']}      - kind: Secret\n        name: cluster-secrets\n`;
    fixture = GitFixture.create(files);
    const r = await hydrate(fixture.clone('main'));
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(
      'infra does not render at ' +
        fixture.git('rev-parse', 'HEAD').slice(0, 12) +
        ': clusters/production/infra.yaml:19: spec.postBuild.substituteFrom Secret cluster-secrets: lockstep never reads secrets, so the variables it sets are unknown',
    );
    expect(branches()).toEqual([]);
  });
});

describe('hydrate-env pulls an OCIRepository chart from a real registry, by its digest', () => {
  let registry: LocalRegistry;
  let digest: string;
  beforeAll(async () => {
    registry = await LocalRegistry.start();
    const content = await helmChartContent('myapp', '2.0.0', {
      'Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 2.0.0\n',
      'values.yaml': 'image: ghcr.io/acme/api:0.0.0\n',
      'templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  image: {{ .Values.image }}\n  chart: {{ .Chart.Version }}\n',
    });
    digest = await registry.push('charts/myapp', '2.0.0', content);
  }, 120_000);
  afterAll(async () => {
    await registry?.stop();
  });

  const ociFiles = (pinned: string) => ({
    ...fluxRepo({
      config: ['  - { name: staging, helmrelease: apps/staging/myapp-values.yaml, hydrate: { branch: environment/staging } }'],
    }),
    'apps/base/myapp/release.yaml': [
      'apiVersion: helm.toolkit.fluxcd.io/v2',
      'kind: HelmRelease',
      'metadata:',
      '  name: myapp',
      '  namespace: flux-apps',
      'spec:',
      '  interval: 10m',
      '  chartRef:',
      '    kind: OCIRepository',
      '    name: myapp',
      '',
    ].join('\n'),
    'apps/base/myapp/repository.yaml': [
      'apiVersion: source.toolkit.fluxcd.io/v1',
      'kind: OCIRepository',
      'metadata:',
      '  name: myapp',
      '  namespace: flux-apps',
      'spec:',
      '  interval: 5m',
      `  url: oci://${registry.host}/charts/myapp`,
      '  ref:',
      '    tag: 2.0.0',
      `    digest: ${pinned}`,
      '',
    ].join('\n'),
  });

  test('pinned by the digest the registry holds: rendered with the pulled chart', async () => {
    fixture = GitFixture.create(ociFiles(digest));
    const r = await hydrate(fixture.clone('main'));
    expectOk(r);
    expect(show('environment/staging-next', 'manifest.yaml')).toBe(
      [
        '---',
        'apiVersion: v1',
        'data:',
        '  chart: 2.0.0',
        '  image: ghcr.io/acme/api:1.1.0',
        'kind: ConfigMap',
        'metadata:',
        '  name: staging-myapp',
      ].join('\n'),
    );
  });

  test('pinned by a digest the registry does not hold: refused, nothing pushed', async () => {
    const wrong = `sha256:${'0'.repeat(64)}`;
    fixture = GitFixture.create(ociFiles(wrong));
    const r = await hydrate(fixture.clone('main'));
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(
      `HelmRelease myapp: chart myapp 2.0.0 of OCIRepository myapp (oci://${registry.host}/charts/myapp@${wrong})`,
    );
    expect(branches()).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../../../../action-tests/harness/git-fixture.ts';
import { forward, LocalRegistry, startServer, type LoopbackServer } from '../../../../action-tests/harness/registry.ts';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { checkRequest } from '../../src/operations/check/request.ts';
import { run as runCheck } from '../../src/operations/check/run.ts';
import { checkFailure } from '../../src/operations/check/view.ts';
import { renderedLines } from '../../src/render/report.ts';
import { testWorld } from '../test-world.ts';
// The modules the check's run imports on first use (operations/check/lazy.ts), linked before it runs: jest's module
// linker refuses one graph asked for by several dynamic imports at once.
import '../../src/operations/check/render.ts';
import '../../src/operations/check/validate.ts';
import '../../src/values/environment-contract.ts';

// The pull request check renders an environment whose Argo CD Application pulls its chart from a registry that no
// chart folder of this repository names (the chart is another repository's; this one holds the Applications and
// their values files): prod and staging are multi-source Applications taking chart api 1.2.0 from an OCI registry
// (Debian's docker-registry, the chart packaged and pushed with the real Helm 3.17) and $values/envs/api/… from this
// repository. A pull request changing prod's values renders prod with the pulled chart, judged by the guards; the
// registry is reached through a counting proxy on 127.0.0.1 (what the repository's repoURL names), so what the check
// asks is seen. A repoURL the pull request introduces is never contacted.

const DIGEST = `sha256:${'0'.repeat(64)}`;
const CHART: Record<string, string> = {
  'api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.2.0\n',
  'api/values.yaml': `image: ghcr.io/acme/api:6.14.0@${DIGEST}\nreplicas: 1\n`,
  'api/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}',
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: {{ .Values.image }}',
    '{{- if .Values.ingress }}',
    '          env: [{ name: HOST, value: {{ required "ingressHost is required with ingress" .Values.ingressHost | quote }} }]',
    '{{- end }}',
    '',
  ].join('\n'),
};

let registry: LocalRegistry;
/** What the repository names as its registry: a proxy to `registry` that keeps every request. */
let proxy: LoopbackServer;
/** Another registry, the attacker's: it would answer anything. */
let attacker: LoopbackServer;
let home: string;
const newRepo = fixturesRemovedAfterAll();

beforeAll(async () => {
  registry = await LocalRegistry.start();
  proxy = await startServer((req, res) => forward(registry.url, req, res));
  attacker = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  home = mkdtempSync(join(tmpdir(), 'lockstep-registry-app-'));
  for (const [p, t] of Object.entries(CHART)) {
    mkdirSync(dirname(join(home, 'src', p)), { recursive: true });
    writeFileSync(join(home, 'src', p), t);
  }
  const env = { ...process.env, HOME: home, HELM_CONFIG_HOME: join(home, 'config'), HELM_CACHE_HOME: join(home, 'cache') };
  const helm = process.env.LOCKSTEP_HELM!;
  execFileSync(helm, ['package', join(home, 'src', 'api'), '--destination', home], { env, stdio: 'pipe' });
  execFileSync(helm, ['push', join(home, 'api-1.2.0.tgz'), `oci://${registry.host}/charts`, '--plain-http'], { env, stdio: 'pipe' });
}, 120_000);
afterAll(async () => {
  await Promise.all([proxy?.stop(), attacker?.stop()]);
  await registry?.stop();
  rmSync(home, { recursive: true, force: true });
});
beforeEach(() => {
  proxy.requests.length = 0;
  attacker.requests.length = 0;
});

/** A multi-source Application: chart api from `repoURL` at `version`, its values file from this repository. */
const application = (env: string, repoURL: string, version = '1.2.0') =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    `metadata: { name: api-${env}, namespace: argocd }`,
    'spec:',
    '  project: default',
    `  destination: { server: https://kubernetes.default.svc, namespace: api-${env} }`,
    '  sources:',
    `    - repoURL: ${repoURL}`,
    '      chart: api',
    `      targetRevision: ${version}`,
    `      helm: { valueFiles: [$values/envs/api/values-${env}.yaml] }`,
    '    - { repoURL: https://github.com/acme/deploy.git, targetRevision: HEAD, ref: values }',
    '',
  ].join('\n');

const main = (): Files => ({
  '.github/lockstep.yml': [
    'environments:',
    '  - { name: staging, values: envs/api/values-staging.yaml, application: apps/staging.yaml }',
    '  - { name: prod, values: envs/api/values-prod.yaml, application: apps/prod.yaml, protected: true }',
    '',
  ].join('\n'),
  'envs/api/values-staging.yaml': `image: ghcr.io/acme/api:6.15.0@${DIGEST}\nreplicas: 1\n`,
  'envs/api/values-prod.yaml': `image: ghcr.io/acme/api:6.14.0@${DIGEST}\nreplicas: 2\n`,
  'apps/staging.yaml': application('staging', `oci://${proxy.host}/charts`),
  'apps/prod.yaml': application('prod', `oci://${proxy.host}/charts`),
  'README.md': 'The environments of api.\n',
});

/** The check of a pull request that changes `changes` over main (with `more` files there), run from source on the real repository. */
async function check(changes: Files, more: Files = {}) {
  const repo = newRepo({ ...main(), ...more });
  const base = repo.git('rev-parse', 'HEAD');
  const head = repo.commit('a pull request', changes);
  const PATH = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
  const world = testWorld(repo.dir, { env: { PATH, HOME: home, LOCKSTEP_TEST_LOOPBACK_HTTP: '1' } });
  const r = await runCheck(checkRequest(new Inputs(mapInputs({ base, head })), world), world);
  return {
    r,
    lines: renderedLines(r.rendered ?? []),
    problems: (r.renderProblems ?? []).map((p) => `${p.level} ${p.file}:${p.line}: ${p.message} — ${p.hint}`),
    errors: checkFailure(r)?.errors.map((e) => e.format()) ?? [],
  };
}

const NOT_PINNED =
  'pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs';

describe('a registry Application whose values change is rendered with its chart pulled', () => {
  test("prod's values set an image not pinned by digest: the diff shows it, prod fails at the values file's line", async () => {
    const { r, lines, problems, errors } = await check({ 'envs/api/values-prod.yaml': 'image: evil.example/api:latest\nreplicas: 2\n' });
    expect(lines).toEqual([
      `1 changed, 0 added, 0 removed in prod (chart api 1.2.0 from oci://${proxy.host}/charts, prod's values or Application changed with Helm 3.17.3)`,
      'changed: Deployment api-prod/api-prod',
      '@@ -13,5 +13,5 @@',
      '         app: api',
      '     spec:',
      '       containers:',
      `-        - image: ghcr.io/acme/api:6.14.0@${DIGEST}`,
      '+        - image: evil.example/api:latest',
      '           name: api',
    ]);
    // The render's verdict refuses prod; the file-level values guard says the same line first, so it is said once.
    expect(r.protectedEnvironments).toEqual([
      { environment: 'prod', verdict: 'refused', reason: '1 of 1 rendered images not pinned by digest' },
    ]);
    expect(problems).toEqual([]);
    expect(errors).toEqual([
      'envs/api/values-prod.yaml:1: image at image uses the tag latest — use a release tag and pin the digest',
      'envs/api/values-prod.yaml:1: image at image is not pinned by digest — write repo:tag@sha256:<64 hex>',
    ]);
    expect(r.ok).toBe(false);
  });

  test("prod's Application sets the image by a parameter: only the render sees it, prod fails at its Application", async () => {
    const app = application('prod', `oci://${proxy.host}/charts`).replace(
      'helm: { valueFiles: [$values/envs/api/values-prod.yaml] }',
      'helm: { valueFiles: [$values/envs/api/values-prod.yaml], parameters: [{ name: image, value: evil.example/api:latest }] }',
    );
    const { r, lines, problems } = await check({ 'apps/prod.yaml': app });
    expect(lines.slice(0, 1)).toEqual([
      `1 changed, 0 added, 0 removed in prod (chart api 1.2.0 from oci://${proxy.host}/charts, prod's values or Application changed with Helm 3.17.3)`,
    ]);
    expect(lines).toContain('+        - image: evil.example/api:latest');
    expect(problems).toEqual([
      `error apps/prod.yaml:1: prod, a protected environment would run an image not pinned by digest: Deployment api-prod/api-prod: container api runs evil.example/api:latest, not pinned by digest (spec.template.spec.containers[0].image) — ${NOT_PINNED}`,
    ]);
    expect(r.protectedEnvironments).toEqual([
      { environment: 'prod', verdict: 'refused', reason: '1 of 1 rendered images not pinned by digest' },
    ]);
    expect(r.ok).toBe(false);
  });

  test('prod and staging both change: chart api 1.2.0 is pulled once for the two, both rendered and pinned', async () => {
    const { r, lines, problems } = await check({
      'envs/api/values-prod.yaml': `image: ghcr.io/acme/api:6.14.0@${DIGEST}\nreplicas: 3\n`,
      'envs/api/values-staging.yaml': `image: ghcr.io/acme/api:6.15.0@${DIGEST}\nreplicas: 2\n`,
    });
    expect(lines.filter((l) => / in (prod|staging) /.test(l))).toEqual([
      `1 changed, 0 added, 0 removed in staging (chart api 1.2.0 from oci://${proxy.host}/charts, staging's values or Application changed with Helm 3.17.3)`,
      `1 changed, 0 added, 0 removed in prod (chart api 1.2.0 from oci://${proxy.host}/charts, prod's values or Application changed with Helm 3.17.3)`,
    ]);
    expect(problems).toEqual([]);
    expect(r.protectedEnvironments).toEqual([{ environment: 'prod', verdict: 'pinned', images: 1 }]);
    expect(proxy.requests.filter((q) => q.method === 'GET' && q.url === '/v2/charts/api/manifests/1.2.0')).toHaveLength(1);
  });

  test("prod's values give the pulled chart a replicas it renders as a string: schema validation refuses prod's object", async () => {
    const { r } = await check({ 'envs/api/values-prod.yaml': `image: ghcr.io/acme/api:6.14.0@${DIGEST}\nreplicas: three\n` });
    expect(r.validation?.map((p) => `${p.level} ${p.message} — ${p.hint}`)).toEqual([
      'error prod: Deployment api-prod/api-prod: spec.replicas: expected integer — fix what renders it, or set validate: warn for prod in the config',
    ]);
    expect(r.ok).toBe(false);
  });

  test("prod's values set a key the pulled chart's templates never read: the values contract refuses it", async () => {
    const { r } = await check({ 'envs/api/values-prod.yaml': `image: ghcr.io/acme/api:6.14.0@${DIGEST}\nreplicas: 2\nreplica: 3\n` });
    // Read from the pulled archive's templates (it was said "a packaged archive, not a folder of this repository").
    expect(r.valuesContract?.problems.map((p) => `${p.level} ${p.file}:${p.line}: ${p.message} — ${p.hint}`)).toEqual([
      'error envs/api/values-prod.yaml:3: values-contract: prod: replica is set, but no template of chart api reads it; did you mean replicas? — move it where the chart reads it or remove it, or set values-contract: warn for prod in the config',
    ]);
    expect(r.valuesContract?.sections.map((c) => [c.environment, c.files])).toEqual([
      ['prod', [{ file: 'envs/api/values-prod.yaml', checked: 3, unread: 1, notTraced: 0 }]],
    ]);
  });

  test('a value that makes the chart fail for prod: prod fails at its values file', async () => {
    const { problems, r } = await check({
      'envs/api/values-prod.yaml': `image: ghcr.io/acme/api:6.14.0@${DIGEST}\nreplicas: 2\ningress: true\n`,
    });
    expect(problems).toEqual([
      'error envs/api/values-prod.yaml:1: chart api does not render at the head for prod, a protected environment: Error: execution error at (api/templates/deployment.yaml:15:40): ingressHost is required with ingress — fix it so helm template succeeds with its values: Argo CD cannot sync prod once this merges',
    ]);
    expect(r.ok).toBe(false);
  });
});

describe('what the check may contact', () => {
  test("the pull request points prod's repoURL at another registry: never contacted, prod fails closed at the repoURL line", async () => {
    const moved = application('prod', `oci://${attacker.host}/charts`);
    const { problems, r } = await check({
      'apps/prod.yaml': moved,
      'envs/api/values-prod.yaml': 'image: evil.example/api:latest\nreplicas: 2\n',
    });
    expect(attacker.requests).toEqual([]);
    expect(problems).toEqual([
      `error apps/prod.yaml:8: prod, a protected environment cannot be judged at the head: chart api 1.2.0 comes from oci://${attacker.host}/charts, which the base commit does not name: the pull request check contacts only the repositories and registries the base names, so it is not pulled — move the Application to the new registry in a pull request of its own after an environment that is not protected names it in the base (its render is a warning there); the check never contacts a registry a pull request introduces`,
    ]);
    expect(r.ok).toBe(false);
    expect(r.protectedEnvironments?.[0].verdict).toBe('refused');
  });

  test('a registry the base names only through a Flux HelmRepository may be contacted for an Application: one set for every kind', async () => {
    // The base names oci://<registry>/charts (not the proxy the Applications use) in the HelmRepository its flux
    // environment's release reads; the pull request moves prod's Application there and sets 3 replicas. It is pulled
    // (chart api 1.2.0 is there) and rendered, and the guards judge it.
    const flux: Files = {
      '.github/lockstep.yml': [
        'environments:',
        '  - { name: staging, values: envs/api/values-staging.yaml, application: apps/staging.yaml }',
        '  - { name: prod, values: envs/api/values-prod.yaml, application: apps/prod.yaml, protected: true }',
        '  - { name: edge, helmrelease: flux/edge/release.yaml }',
        '',
      ].join('\n'),
      'flux/edge/release.yaml': [
        'apiVersion: source.toolkit.fluxcd.io/v1',
        'kind: HelmRepository',
        'metadata: { name: acme, namespace: edge }',
        `spec: { type: oci, url: 'oci://${registry.host}/charts' }`,
        '---',
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata: { name: api, namespace: edge }',
        'spec:',
        '  chart: { spec: { chart: api, version: 1.2.0, sourceRef: { kind: HelmRepository, name: acme } } }',
        '',
      ].join('\n'),
    };
    const { problems, r, lines } = await check(
      {
        'apps/prod.yaml': application('prod', `oci://${registry.host}/charts`),
        'envs/api/values-prod.yaml': `image: ghcr.io/acme/api:6.14.0@${DIGEST}\nreplicas: 3\n`,
      },
      flux,
    );
    expect(problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(lines.filter((l) => l.includes(' in prod '))).toEqual([
      `1 changed, 0 added, 0 removed in prod (chart api 1.2.0 from oci://${registry.host}/charts, prod's values or Application changed with Helm 3.17.3)`,
    ]);
  });

  test('prod moves to 9.9.9, which the registry does not hold: prod fails closed at the targetRevision line, naming the host', async () => {
    const { problems, r } = await check({ 'apps/prod.yaml': application('prod', `oci://${proxy.host}/charts`, '9.9.9') });
    expect(problems).toEqual([
      `error apps/prod.yaml:10: prod, a protected environment cannot be judged at the head: chart api 9.9.9 could not be pulled from ${proxy.host}: ${proxy.host}/charts/api:9.9.9 not found (MANIFEST_UNKNOWN: manifest unknown) — the check pulls the chart from the registry or repository the Application names: push that version there, or make it reachable from the runner (a registry: docker login; a private https repository: helm repo add <name> <url> --username <user> --password-stdin in a step before this one)`,
    ]);
    expect(r.ok).toBe(false);
  });

  test('staging (not protected) moves to 9.9.9: a warning with the same words, and the check passes', async () => {
    const { problems, r, errors } = await check({ 'apps/staging.yaml': application('staging', `oci://${proxy.host}/charts`, '9.9.9') });
    expect(problems).toEqual([
      `warning apps/staging.yaml:10: staging cannot be judged at the head: chart api 9.9.9 could not be pulled from ${proxy.host}: ${proxy.host}/charts/api:9.9.9 not found (MANIFEST_UNKNOWN: manifest unknown) — the check pulls the chart from the registry or repository the Application names: push that version there, or make it reachable from the runner (a registry: docker login; a private https repository: helm repo add <name> <url> --username <user> --password-stdin in a step before this one)`,
    ]);
    expect(errors).toEqual([]);
    expect(r.ok).toBe(true);
  });

  test('a pull request that changes nothing either environment reads: nothing pulled, nothing rendered', async () => {
    const { r, lines } = await check({ 'README.md': 'The environments of api, pulled from a registry.\n', 'docs/notes.yaml': 'a: 1\n' });
    expect(proxy.requests).toEqual([]);
    expect(lines).toEqual([]);
    expect(r.ok).toBe(true);
  });
});

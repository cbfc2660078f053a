import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { LocalRegistry, startServer, type LoopbackServer } from '../harness/registry.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// End to end, through the committed chart-bump-check bundle: prod's Argo CD Application takes chart api 1.2.0 from
// an OCI registry (Debian's docker-registry, the chart packaged and pushed with the real Helm 3.17) and its values
// from this repository, which holds no chart folder. A pull request setting prod's image by a parameter of its
// Application is rendered with the chart pulled, and protected prod fails at the image the render runs; one that
// points prod's repoURL at another registry never reaches it, and prod fails closed at the repoURL line.

const TOOLS = `${dirname(process.env.LOCKSTEP_HELM!)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
const DIGEST = `sha256:${'0'.repeat(64)}`;
const newRepo = fixturesRemovedAfterAll();

let registry: LocalRegistry;
let attacker: LoopbackServer;
let home: string;
beforeAll(async () => {
  registry = await LocalRegistry.start();
  attacker = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  home = mkdtempSync(join(tmpdir(), 'lockstep-check-registry-app-'));
  const chart: Record<string, string> = {
    'api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.2.0\n',
    'api/values.yaml': `image: ghcr.io/acme/api:6.14.0@${DIGEST}\n`,
    'api/templates/deployment.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: {{ .Release.Name }} }',
      'spec:',
      '  selector: { matchLabels: { app: api } }',
      '  template:',
      '    metadata: { labels: { app: api } }',
      '    spec:',
      '      containers: [{ name: api, image: {{ .Values.image }} }]',
      '',
    ].join('\n'),
  };
  for (const [p, t] of Object.entries(chart)) {
    mkdirSync(dirname(join(home, 'src', p)), { recursive: true });
    writeFileSync(join(home, 'src', p), t);
  }
  const env = { ...process.env, HOME: home, HELM_CONFIG_HOME: join(home, 'config'), HELM_CACHE_HOME: join(home, 'cache') };
  const helm = process.env.LOCKSTEP_HELM!;
  execFileSync(helm, ['package', join(home, 'src', 'api'), '--destination', home], { env, stdio: 'pipe' });
  execFileSync(helm, ['push', join(home, 'api-1.2.0.tgz'), `oci://${registry.host}/charts`, '--plain-http'], { env, stdio: 'pipe' });
}, 120_000);
afterAll(async () => {
  await attacker?.stop();
  await registry?.stop();
  rmSync(home, { recursive: true, force: true });
});

/** prod's multi-source Application: chart api 1.2.0 from `repoURL`, its values file from this repository; `helm` what else it gives Helm. */
const application = (repoURL: string, helm = '') =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata: { name: api-prod, namespace: argocd }',
    'spec:',
    '  project: default',
    '  destination: { server: https://kubernetes.default.svc, namespace: api-prod }',
    '  sources:',
    `    - repoURL: ${repoURL}`,
    '      chart: api',
    '      targetRevision: 1.2.0',
    `      helm: { valueFiles: [$values/envs/values-prod.yaml]${helm} }`,
    '    - { repoURL: https://github.com/acme/deploy.git, targetRevision: HEAD, ref: values }',
    '',
  ].join('\n');

function pullRequest(changes: Files) {
  const repo = newRepo({
    '.github/lockstep.yml':
      'environments:\n  - { name: prod, values: envs/values-prod.yaml, application: apps/prod.yaml, protected: true }\n',
    'envs/values-prod.yaml': `image: ghcr.io/acme/api:6.14.0@${DIGEST}\n`,
    'apps/prod.yaml': application(`oci://${registry.host}/charts`),
  });
  const base = repo.git('rev-parse', 'HEAD');
  repo.checkout('pr', true);
  const head = repo.commit('chore: prod', changes);
  repo.push('pr');
  repo.checkout('main');
  repo.push('main');
  repo.checkout('pr');
  return { repo, event: { pull_request: { number: 9, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } } };
}

const check = (pr: ReturnType<typeof pullRequest>): Promise<ActionRun> =>
  runAction('chart-bump-check', { workspace: pr.repo.dir, eventName: 'pull_request', event: pr.event, env: { PATH: TOOLS, HOME: home } });

/** The error annotations, each at its file:line (its message repeats them first: left out). */
const errors = (run: ActionRun) =>
  run.annotations.filter((a) => a.level === 'error').map((a) => `${a.file}:${a.line}: ${a.message.replace(/^\S+:\d+: /, '')}`);

test("a parameter of prod's Application sets an image not pinned by digest: rendered with the pulled chart, prod fails", async () => {
  const pr = pullRequest({
    'apps/prod.yaml': application(`oci://${registry.host}/charts`, ', parameters: [{ name: image, value: evil.example/api:latest }]'),
  });
  const run = await check(pr);
  expect(run.code).toBe(1);
  expect(errors(run)).toEqual([
    'apps/prod.yaml:1: prod, a protected environment would run an image not pinned by digest: Deployment api-prod/api-prod: container api runs evil.example/api:latest, not pinned by digest (spec.template.spec.containers[0].image) — pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
  ]);
  expect(run.summary).toContain(`chart api 1.2.0 from oci://${registry.host}/charts, prod's values or Application changed`);
  expect(run.summary).toContain('+        - image: evil.example/api:latest');
});

test("the pull request points prod's repoURL at another registry: it is never asked; prod fails closed at the repoURL line", async () => {
  const pr = pullRequest({ 'apps/prod.yaml': application(`oci://${attacker.host}/charts`) });
  const run = await check(pr);
  expect(attacker.requests).toEqual([]);
  expect(run.code).toBe(1);
  expect(errors(run)).toEqual([
    `apps/prod.yaml:8: prod, a protected environment cannot be judged at the head: chart api 1.2.0 comes from oci://${attacker.host}/charts, which the base commit does not name: the pull request check contacts only the repositories and registries the base names, so it is not pulled — move the Application to the new registry in a pull request of its own after an environment that is not protected names it in the base (its render is a warning there); the check never contacts a registry a pull request introduces`,
  ]);
});

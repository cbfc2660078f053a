import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { type Files, fixturesRemovedAfterAll } from '../harness/git-fixture.ts';
import { LocalRegistry } from '../harness/registry.ts';
import { runAction, type ActionRun } from '../harness/run-action.ts';

// End-to-end (issue 72, audit item 3): the README's layout — each environment's values-<env>.yaml kept in the chart
// folder, prod a multi-source Application reading it through `$values` — makes the values files deployment state.
// The committed chart-bump-check bundle passes a promotion pull request that changes only prod's digest (no bump
// asked), and the committed publish-chart bundle pushes a package without them, the files `helm package` writes
// when the chart's .helmignore names them.

const HELM = process.env.LOCKSTEP_HELM!;
const TOOLS = `${dirname(HELM)}:${dirname(process.env.LOCKSTEP_KUBECTL!)}:/usr/bin:/bin`;
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const values = (tag: string, d: string) => `image: ghcr.io/acme/api:${tag}@${d}\n`;

const CONFIG = [
  'charts: [charts/*]',
  'services:',
  '  api: { image: ghcr.io/acme/api, values-key: image }',
  'environments:',
  '  - { name: dev, values: charts/myapp/values-dev.yaml, auto-merge: true }',
  '  - { name: staging, values: charts/myapp/values-staging.yaml }',
  '  - name: prod',
  '    values: charts/myapp/values-prod.yaml',
  '    application: apps/prod/myapp.yaml',
  '    protected: true',
  '',
].join('\n');
const CHART: Files = {
  'charts/myapp/Chart.yaml': 'apiVersion: v2\nname: myapp\nversion: 0.13.0\n',
  'charts/myapp/.helmignore': '.git/\n*.orig\n',
  'charts/myapp/values.yaml': 'image: ghcr.io/acme/api:1.0.0\n',
  'charts/myapp/templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: api }',
    'spec:',
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    '      containers:',
    '        - { name: api, image: "{{ .Values.image }}" }',
    '',
  ].join('\n'),
  'charts/myapp/values-dev.yaml': values('1.8.0', digest('a')),
  'charts/myapp/values-staging.yaml': values('1.7.3', digest('b')),
  'charts/myapp/values-prod.yaml': values('1.4.2', digest('c')),
};
/** prod's Application as the README writes it: the chart from the registry, its values from this repository. */
const PROD_APP = [
  'apiVersion: argoproj.io/v1alpha1',
  'kind: Application',
  'metadata: { name: myapp-prod, namespace: argocd }',
  'spec:',
  '  project: default',
  '  sources:',
  '    - repoURL: ghcr.io/acme/charts',
  '      chart: myapp',
  '      targetRevision: 0.13.0',
  '      helm:',
  '        valueFiles: [$values/charts/myapp/values-prod.yaml]',
  '    - { repoURL: https://github.com/acme/monorepo.git, targetRevision: main, ref: values }',
  '  destination: { server: https://kubernetes.default.svc, namespace: myapp }',
  '',
].join('\n');
const REPO: Files = { '.github/lockstep.yml': CONFIG, ...CHART, 'apps/prod/myapp.yaml': PROD_APP };

const newRepo = fixturesRemovedAfterAll();

describe("the README's layout: values-<env>.yaml in the chart folder, read through $values", () => {
  test("a promotion pull request that changes only prod's digest passes chart-bump-check: no bump asked", async () => {
    const repo = newRepo(REPO);
    // The chart version prod's Application pins, released as the tag the check renders it from.
    repo.git('tag', 'myapp-0.13.0');
    const base = repo.git('rev-parse', 'HEAD');
    repo.checkout('pr', true);
    const head = repo.commit('chore: promote api to prod', { 'charts/myapp/values-prod.yaml': values('1.7.3', digest('b')) });
    repo.push('pr');
    repo.checkout('main');
    repo.push('main');
    repo.checkout('pr');
    const event = { pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'pr' } } };
    const run: ActionRun = await runAction('chart-bump-check', {
      workspace: repo.dir,
      eventName: 'pull_request',
      event,
      env: { PATH: TOOLS },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.ok).toBe('true');
    expect(run.outputs['changed-charts']).toBe('[]');
    expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
    expect(run.stdout + run.summary).not.toContain('not bumped');
    expect(run.summary).toContain('No chart changed in a way `helm package` would see.');
    // What prod receives is judged all the same: its render, the promoted digest in.
    expect(run.summary).toContain('| prod | ✅ every rendered image pinned by digest (1 image judged) |');
    expect(run.summary).toContain(`+        - image: ghcr.io/acme/api:1.7.3@${digest('b')}`);
  });

  test('publish-chart pushes the chart without values-<env>.yaml: the files helm package writes with them in .helmignore', async () => {
    const reg = await LocalRegistry.start();
    const ws = mkdtempSync(join(tmpdir(), 'lockstep-readme-publish-'));
    const copy = mkdtempSync(join(tmpdir(), 'lockstep-readme-helm-'));
    try {
      for (const [path, text] of Object.entries(REPO)) {
        mkdirSync(dirname(join(ws, path)), { recursive: true });
        writeFileSync(join(ws, path), text as string);
      }
      const run = await runAction('publish-chart', {
        workspace: ws,
        inputs: { registry: `oci://${reg.host}/charts` },
        env: { HOME: ws, GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56' },
      });
      if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}\n${run.stderr}`);
      const manifest = JSON.parse((await get(reg, '/v2/charts/myapp/manifests/0.13.0')).toString('utf8'));
      const pushed = await tarEntries(await get(reg, `/v2/charts/myapp/blobs/${manifest.layers[0].digest}`));
      // helm package of the same chart, its .helmignore naming the environments' files.
      cpSync(join(ws, 'charts/myapp'), join(copy, 'myapp'), { recursive: true });
      writeFileSync(join(copy, 'myapp/.helmignore'), `${String(CHART['charts/myapp/.helmignore'])}values-*.yaml\n`);
      execFileSync(HELM, ['package', join(copy, 'myapp'), '--destination', copy], { stdio: 'pipe', env: { ...process.env, HOME: copy } });
      const helms = await tarEntries(readFileSync(join(copy, 'myapp-0.13.0.tgz')));
      expect([...pushed.keys()]).toEqual([...helms.keys()]);
      expect([...pushed.keys()]).toEqual(['myapp/Chart.yaml', 'myapp/values.yaml', 'myapp/templates/deployment.yaml', 'myapp/.helmignore']);
      for (const name of ['myapp/Chart.yaml', 'myapp/values.yaml', 'myapp/templates/deployment.yaml'])
        expect([name, pushed.get(name)]).toEqual([name, helms.get(name)]);
      expect(pushed.get('myapp/.helmignore')).toBe('.git/\n*.orig\n');
    } finally {
      await reg.stop();
      rmSync(ws, { recursive: true, force: true });
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60000);
});

async function get(reg: LocalRegistry, path: string): Promise<Buffer> {
  const res = await fetch(`${reg.url}${path}`, { headers: { Accept: 'application/vnd.oci.image.manifest.v1+json, */*' } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** The paths in a .tgz, in archive order, and each file's text. */
async function tarEntries(tgz: Buffer): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const x = extract();
  const done = new Promise<void>((resolve, reject) => {
    x.on('entry', (h, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => chunks.push(c as Buffer));
      stream.on('end', () => {
        out.set(h.name, Buffer.concat(chunks).toString('utf8'));
        next();
      });
    });
    x.on('finish', resolve);
    x.on('error', reject);
  });
  x.end(gunzipSync(tgz));
  await done;
  return out;
}

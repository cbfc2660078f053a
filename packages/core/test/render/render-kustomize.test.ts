import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findKustomize } from '../../src/render/find.ts';
import { argoImage, KustomizeRenderer, readOverlay, withImages, type KustomizeSide } from '../../src/render/kustomize.ts';
import { overlayTarget } from '../../src/render/overlay-target.ts';
import { renderEnvironment, type ChartReader } from '../../src/render/render.ts';
import { countLine, renderedJson, renderedMarkdown } from '../../src/render/report.ts';
import {
  BASE_FILES,
  overlayApplication,
  overlayDigest,
  overlayKustomization,
  type OverlayPins,
} from '../../../../action-tests/harness/overlay-fixture.ts';

// Overlays rendered with the real kustomize that kubectl 1.31 carries (v5.4.2, LOCKSTEP_KUBECTL): read from the
// repository's files, built in a temp folder without network, split and compared by the same code as Helm renders.

const kubectlDir = dirname(process.env.LOCKSTEP_KUBECTL!);
const tool = findKustomize({ PATH: kubectlDir })!;
const opts = { ignore: [], summarize: [], ignoreDifferences: [] };

const prodPins = (api: [string, string]): OverlayPins => ({ api, worker: ['2.0.0', overlayDigest('e')] });

/** A reader over files by repository path, as git gives them (list: every path under a folder). */
function reader(files: Record<string, string>): ChartReader {
  return {
    list: async (dir) => {
      const prefix = dir === '' || dir === '.' ? '' : `${dir}/`;
      const under = Object.keys(files).filter((p) => p.startsWith(prefix));
      return under.length > 0 ? under : undefined;
    },
    read: async (p) => files[p],
  };
}

async function side(files: Record<string, string>, dir: string, extra: Partial<KustomizeSide> = {}): Promise<KustomizeSide> {
  const read = await readOverlay(reader(files), dir);
  if ('unavailable' in read) throw new Error(read.unavailable);
  return { files: read.files, dir, ...extra };
}

const repo = (pins: OverlayPins, after: string[] = []): Record<string, string> => ({
  ...(BASE_FILES as Record<string, string>),
  'deploy/overlays/prod/kustomization.yaml': overlayKustomization('prod', pins, { after }),
  'deploy/overlays/dev/kustomization.yaml': overlayKustomization('dev', pins),
  'README.md': '# not read\n',
});

describe('findKustomize', () => {
  test('kubectl on PATH: kubectl kustomize, with the kustomize it carries', () => {
    expect(tool).toEqual({
      path: process.env.LOCKSTEP_KUBECTL,
      args: ['kustomize'],
      command: 'kubectl kustomize',
      version: '5.4.2',
      label: 'kubectl kustomize (kustomize v5.4.2)',
    });
  });

  test('a kustomize binary on PATH wins over kubectl; neither: undefined', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-kustomize-'));
    try {
      writeFileSync(join(dir, 'kustomize'), '#!/bin/sh\necho v5.6.0\n');
      chmodSync(join(dir, 'kustomize'), 0o755);
      expect(findKustomize({ PATH: `${dir}:${kubectlDir}` })).toEqual({
        path: join(dir, 'kustomize'),
        args: ['build'],
        command: 'kustomize build',
        version: '5.6.0',
        label: 'kustomize v5.6.0',
      });
      expect(findKustomize({ PATH: dir.replace(/fake/, 'none') })).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an overlay rendered before and after', () => {
  test('a new api pin: exactly the api Deployment changes, from the old image to the new one', async () => {
    const before = repo(prodPins(['1.7.0', overlayDigest('a')]));
    const after = repo(prodPins(['1.8.0', overlayDigest('b')]));
    const renderer = new KustomizeRenderer(tool);
    const env = await renderEnvironment(
      renderer,
      'prod',
      await side(before, 'deploy/overlays/prod', { namespace: 'ignored-when-the-overlay-names-one' }),
      await side(after, 'deploy/overlays/prod'),
      opts,
      `overlay deploy/overlays/prod with ${tool.label}`,
    );
    expect(env.status).toBe('rendered');
    expect(env.diff!.counts).toEqual({ changed: 1, added: 0, removed: 0 });
    expect(env.diff!.unchanged).toBe(1);
    expect(env.diff!.changes.map((c) => c.object)).toEqual(['Deployment myapp-prod/api']);
    const diff = env.diff!.changes[0].diff;
    expect(diff).toContain(`-        - image: ghcr.io/acme/api:1.7.0@sha256:${'a'.repeat(64)}`);
    expect(diff).toContain(`+        - image: ghcr.io/acme/api:1.8.0@sha256:${'b'.repeat(64)}`);
    expect(diff.split('\n').filter((l) => /^[-+] /.test(l))).toHaveLength(2);
    expect(countLine(env)).toBe(
      '1 changed, 0 added, 0 removed in prod (overlay deploy/overlays/prod with kubectl kustomize (kustomize v5.4.2))',
    );
    expect(renderedJson([env])).toEqual([{ environment: 'prod', object: 'Deployment myapp-prod/api', change: 'changed', diff }]);
    expect(renderedMarkdown([env], 60_000)).toContain('<details><summary>changed: Deployment myapp-prod/api</summary>');
    // The after side twice, the before once; a second comparison of the same inputs runs nothing again.
    expect(renderer.runs).toBe(3);
  });

  test('the before side built here is what kubectl kustomize builds from the same folder on disk', async () => {
    const files = repo(prodPins(['1.7.0', overlayDigest('a')]));
    const dir = mkdtempSync(join(tmpdir(), 'overlay-disk-'));
    try {
      for (const [p, t] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, p)), { recursive: true });
        writeFileSync(join(dir, p), t);
      }
      const out = await new KustomizeRenderer(tool).render(await side(files, 'deploy/overlays/prod'));
      if (!out.ok) throw new Error(out.message);
      const images = [...out.objects.values()].map(
        (o) => ((o.body.spec as any).template.spec.containers as { image: string }[])[0].image, // eslint-disable-line @typescript-eslint/no-explicit-any
      );
      const built = execFileSync(process.env.LOCKSTEP_KUBECTL!, ['kustomize', join(dir, 'deploy/overlays/prod')], { encoding: 'utf8' });
      expect(images.sort()).toEqual([...built.matchAll(/^\s*(?:- )?image: (\S+)$/gm)].map((m) => m[1]).sort());
      expect(images).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("an Argo CD Application's kustomize.images are applied over the overlay's entry of the same name", async () => {
    const files: Record<string, string> = {
      ...repo(prodPins(['1.7.0', overlayDigest('a')])),
      'apps/prod.yaml': overlayApplication('prod', [
        `ghcr.io/acme/api:1.9.0@${overlayDigest('c')}`,
        'ghcr.io/acme/cache=quay.io/acme/cache:3',
      ]),
    };
    const target = await overlayTarget(async (p) => files[p], 'apps/prod.yaml');
    expect(target).toEqual({
      dir: 'deploy/overlays/prod',
      file: 'apps/prod.yaml',
      images: [`ghcr.io/acme/api:1.9.0@${overlayDigest('c')}`, 'ghcr.io/acme/cache=quay.io/acme/cache:3'],
      namespace: 'myapp-prod',
    });
    if ('unavailable' in target) return;
    const out = await new KustomizeRenderer(tool).render(
      await side(files, target.dir, { images: target.images, namespace: target.namespace }),
    );
    if (!out.ok) throw new Error(out.message);
    const api = out.objects.get('apps/v1/Deployment/myapp-prod/api')!.body as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(api.spec.template.spec.containers[0].image).toBe(`ghcr.io/acme/api:1.9.0@sha256:${'c'.repeat(64)}`);
    const worker = out.objects.get('apps/v1/Deployment/myapp-prod/worker')!.body as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(worker.spec.template.spec.containers[0].image).toBe(`ghcr.io/acme/worker:2.0.0@sha256:${'e'.repeat(64)}`);
  });

  test('Argo CD image strings, and where they land in a kustomization', () => {
    expect(argoImage('ghcr.io/acme/api:1.9.0@sha256:abc')).toEqual({ name: 'ghcr.io/acme/api', newTag: '1.9.0', digest: 'sha256:abc' });
    expect(argoImage('api=registry:5000/acme/api:2')).toEqual({ name: 'api', newName: 'registry:5000/acme/api', newTag: '2' });
    expect(argoImage('registry:5000/acme/api')).toEqual({ name: 'registry:5000/acme/api' });
    expect(withImages('resources: [../base]\n', ['nginx:1.27'])).toBe(
      'resources: [ ../base ]\nimages:\n  - name: nginx\n    newTag: "1.27"\n',
    );
  });

  test('a Secret from a secretGenerator: its values show as hashes, never as text', async () => {
    const gen = ['secretGenerator:', '  - name: db', '    literals:', '      - password=hunter2-before'];
    const before = repo(prodPins(['1.7.0', overlayDigest('a')]), gen);
    const after = repo(prodPins(['1.7.0', overlayDigest('a')]), [...gen.slice(0, 3), '      - password=hunter2-after']);
    const env = await renderEnvironment(
      new KustomizeRenderer(tool),
      'prod',
      await side(before, 'deploy/overlays/prod'),
      await side(after, 'deploy/overlays/prod'),
      opts,
    );
    const text = JSON.stringify(env);
    expect(env.diff!.changes.map((c) => `${c.change} ${c.object}`).sort()).toEqual([
      'added Secret myapp-prod/db-t48b9m4h4h',
      'removed Secret myapp-prod/db-8kk4tm4f4m',
    ]);
    expect(text).not.toContain('hunter2');
    for (const v of ['hunter2-before', 'hunter2-after']) expect(text).not.toContain(Buffer.from(v).toString('base64'));
  });
});

describe('attacks on the renderer', () => {
  test('a remote base is unavailable, not fetched, named at its field and line', async () => {
    for (const [remote, why] of [
      ['https://github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v5.4.2', 'is a URL'],
      ['github.com/acme/deploy/base?ref=main', 'is a remote target'],
      ['git@github.com:acme/deploy.git//base', 'is a URL'],
      ['file:///etc', 'is a URL'],
    ]) {
      const files = { ...repo(prodPins(['1.7.0', overlayDigest('a')])) };
      files['deploy/overlays/prod/kustomization.yaml'] = `resources:\n  - ${remote}\n`;
      expect(await readOverlay(reader(files), 'deploy/overlays/prod')).toEqual({
        unavailable: `deploy/overlays/prod/kustomization.yaml:2: resources[0] ${remote} ${why}; lockstep renders without network and fetched nothing`,
        refused: { file: 'deploy/overlays/prod/kustomization.yaml', line: 2 },
      });
    }
  });

  // Issue 52, item 1: every field of kustomize's Kustomization that names a file, as an attacker writes it.
  const URL = 'http://127.0.0.1:8123/x';
  test.each([
    ['patches[0].path', `patches:\n  - path: ${URL}\n    target: { kind: Deployment }`],
    ['patchesStrategicMerge[0]', `patchesStrategicMerge:\n  - ${URL}`],
    ['patchesJson6902[0].path', `patchesJson6902:\n  - target: { kind: Deployment, name: api }\n    path: ${URL}`],
    ['configMapGenerator[0].files[0]', `configMapGenerator:\n  - name: g\n    files: [${URL}]`],
    ['configMapGenerator[0].files[1]', `configMapGenerator:\n  - name: g\n    files:\n      - a.txt\n      - key=${URL}`],
    ['configMapGenerator[0].envs[0]', `configMapGenerator:\n  - name: g\n    envs: [${URL}]`],
    ['configMapGenerator[0].env', `configMapGenerator:\n  - name: g\n    env: ${URL}`],
    ['secretGenerator[0].files[0]', `secretGenerator:\n  - name: g\n    files: [${URL}]`],
    ['secretGenerator[0].envs[0]', `secretGenerator:\n  - name: g\n    envs: [${URL}]`],
    ['replacements[0].path', `replacements:\n  - path: ${URL}`],
    ['openapi.path', `openapi:\n  path: ${URL}`],
    ['crds[0]', `crds:\n  - ${URL}`],
    ['configurations[0]', `configurations:\n  - ${URL}`],
    ['generators[0]', `generators:\n  - ${URL}`],
    ['transformers[0]', `transformers:\n  - ${URL}`],
    ['validators[0]', `validators:\n  - ${URL}`],
    ['components[0]', `components:\n  - ${URL}`],
    ['bases[0]', `bases:\n  - ${URL}`],
    ['helmGlobals.chartHome', `helmGlobals:\n  chartHome: ${URL}`],
    ['helmCharts[0].valuesFile', `helmCharts:\n  - name: x\n    valuesFile: ${URL}`],
    ['helmCharts[0].additionalValuesFiles[0]', `helmCharts:\n  - name: x\n    additionalValuesFiles: [${URL}]`],
    ['helmChartInflationGenerator[0].values', `helmChartInflationGenerator:\n  - chartName: x\n    values: ${URL}`],
    // A built-in plugin's config written inline: its `path` is loaded as a patch's would be.
    [
      'transformers[0].path',
      `transformers:\n  - |\n    apiVersion: builtin\n    kind: PatchTransformer\n    metadata: { name: p }\n    path: ${URL}`,
    ],
  ])('%s naming a URL is unavailable at its line before kustomize runs', async (field, yaml) => {
    const files = repo(prodPins(['1.7.0', overlayDigest('a')]));
    const text = `resources:\n  - ../../base\n${yaml}\n`;
    files['deploy/overlays/prod/kustomization.yaml'] = text;
    const line = text.split('\n').findIndex((l) => l.includes(URL)) + 1;
    expect(await readOverlay(reader(files), 'deploy/overlays/prod')).toEqual({
      unavailable: `deploy/overlays/prod/kustomization.yaml:${line}: ${field} ${URL} is a URL; lockstep renders without network and fetched nothing`,
      refused: { file: 'deploy/overlays/prod/kustomization.yaml', line },
    });
  });

  test('a plugin config file the overlay names is screened too, at its own line', async () => {
    const files = repo(prodPins(['1.7.0', overlayDigest('a')]), ['transformers:', '  - patch.yaml']);
    files['deploy/overlays/prod/patch.yaml'] = [
      'apiVersion: builtin',
      'kind: PatchStrategicMergeTransformer',
      'metadata: { name: p }',
      'paths:',
      '  - ok.yaml',
      '  - ../../../../etc/passwd',
      '',
    ].join('\n');
    expect(await readOverlay(reader(files), 'deploy/overlays/prod')).toEqual({
      unavailable: 'deploy/overlays/prod/patch.yaml:6: transformers[0].paths[1] ../../../../etc/passwd is outside the repository',
      refused: { file: 'deploy/overlays/prod/patch.yaml', line: 6 },
    });
  });

  test.each([
    ['patches[0].path', 'patches:\n  - path: /etc/passwd', '/etc/passwd'],
    ['secretGenerator[0].files[0]', 'secretGenerator:\n  - name: s\n    files: [key=../../../../etc/shadow]', '../../../../etc/shadow'],
    ['openapi.path', 'openapi:\n  path: ../../../../schema.json', '../../../../schema.json'],
  ])('%s outside the repository is unavailable at its line', async (field, yaml, value) => {
    const files = repo(prodPins(['1.7.0', overlayDigest('a')]));
    files['deploy/overlays/prod/kustomization.yaml'] = `resources:\n  - ../../base\n${yaml}\n`;
    const line = 2 + yaml.split('\n').length;
    expect(await readOverlay(reader(files), 'deploy/overlays/prod')).toEqual({
      unavailable: `deploy/overlays/prod/kustomization.yaml:${line}: ${field} ${value} is outside the repository`,
      refused: { file: 'deploy/overlays/prod/kustomization.yaml', line },
    });
  });

  test('paths inside the folder, an inline patch and a key=path file pass the screen and build', async () => {
    const files = repo(prodPins(['1.7.0', overlayDigest('a')]), [
      'patches:',
      '  - path: replicas.yaml',
      '  - patch: |-',
      '      - op: replace',
      '        path: /spec/replicas',
      '        value: 3',
      '    target: { kind: Deployment, name: worker }',
      'configMapGenerator:',
      '  - name: conf',
      '    files: [app.conf=conf/app.conf]',
    ]);
    files['deploy/overlays/prod/replicas.yaml'] = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 2\n';
    files['deploy/overlays/prod/conf/app.conf'] = 'listen 8080\n';
    const out = await new KustomizeRenderer(tool).render(await side(files, 'deploy/overlays/prod'));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect([...out.objects.keys()].sort()).toEqual([
      'apps/v1/Deployment/myapp-prod/api',
      'apps/v1/Deployment/myapp-prod/worker',
      'v1/ConfigMap/myapp-prod/conf-f52h4454fd',
    ]);
  });

  test('a remote base that reaches kustomize anyway fails without network (git has no transport, the proxy leads nowhere)', async () => {
    const files = new Map([
      ['o/kustomization.yaml', 'resources:\n  - https://github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v5.4.2\n'],
    ]);
    const out = await new KustomizeRenderer(tool).render({ files, dir: 'o' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.message).toContain("transport 'https' not allowed");
    expect(out.message).toContain('127.0.0.1:9');
  });

  test('paths outside the repository: unavailable before kustomize runs; a file outside the folder: kustomize refuses', async () => {
    for (const [entry, want] of [
      ['../../../../etc', 'deploy/overlays/prod/kustomization.yaml:3: resources[1] ../../../../etc is outside the repository'],
      ['/etc', 'deploy/overlays/prod/kustomization.yaml:3: resources[1] /etc is outside the repository'],
    ]) {
      const files = repo(prodPins(['1.7.0', overlayDigest('a')]));
      files['deploy/overlays/prod/kustomization.yaml'] = `resources:\n  - ../../base\n  - ${entry}\n`;
      expect(await readOverlay(reader(files), 'deploy/overlays/prod')).toEqual({
        unavailable: want,
        refused: { file: 'deploy/overlays/prod/kustomization.yaml', line: 3 },
      });
    }
    expect(await overlayTarget(async () => undefined, '../../outside')).toEqual({ unavailable: '../../outside is outside the repository' });
    const files = repo(prodPins(['1.7.0', overlayDigest('a')]), [
      'configMapGenerator:',
      '  - name: leak',
      '    files:',
      '      - /etc/hostname',
    ]);
    // Past the screen (a side built by hand), kustomize's own load restriction still holds.
    const out = await new KustomizeRenderer(tool).render({ files: new Map(Object.entries(files)), dir: 'deploy/overlays/prod' });
    expect(out).toEqual({
      ok: false,
      reason: 'error',
      message: expect.stringContaining("security; file '/etc/hostname' is not in or below 'deploy/overlays/prod'"),
    });
  });

  test('an exec plugin generator is refused by kustomize (no plugin flags are passed)', async () => {
    const files = repo(prodPins(['1.7.0', overlayDigest('a')]), ['generators:', '  - gen.yaml']);
    files['deploy/overlays/prod/gen.yaml'] = [
      'apiVersion: acme.example.com/v1',
      'kind: Run',
      'metadata:',
      '  name: run',
      '  annotations:',
      '    config.kubernetes.io/function: |',
      '      exec:',
      '        path: /bin/sh',
      '',
    ].join('\n');
    const env = await renderEnvironment(new KustomizeRenderer(tool), 'prod', 'nothing', await side(files, 'deploy/overlays/prod'), opts);
    expect(env.status).toBe('failed');
    expect(env.message).toContain('external plugins disabled');
    expect(countLine({ ...env, renderer: 'kustomize' })).toMatch(
      /^prod: the overlay does not render after the change: .*external plugins disabled/,
    );
  });

  test('an output over the cap is stopped and said', async () => {
    const files = repo(prodPins(['1.7.0', overlayDigest('a')]), ['configMapGenerator:', '  - name: big', '    files:', '      - big.txt']);
    files['deploy/overlays/prod/big.txt'] = 'x'.repeat(200_000);
    const out = await new KustomizeRenderer(tool, { maxBytes: 65_536 }).render(await side(files, 'deploy/overlays/prod'));
    expect(out).toEqual({
      ok: false,
      reason: 'too-large',
      message: 'kubectl kustomize was stopped after 65536 bytes of output (an overlay that prints without end)',
    });
  });

  test('a folder with no kustomization is said', async () => {
    expect(await readOverlay(reader({ 'deploy/x/a.yaml': 'a: 1\n' }), 'deploy/x')).toEqual({
      unavailable: 'no kustomization (kustomization.yaml, kustomization.yml, Kustomization) in deploy/x',
    });
  });
});

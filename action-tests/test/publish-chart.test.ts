import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { forward, type LoopbackServer, startServer } from '../harness/loopback.ts';
import { LocalRegistry, type ImageContent } from '../harness/registry.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// End-to-end: the committed publish-chart bundle on Node 24 against Debian's docker-registry on 127.0.0.1,
// through a recording proxy (every request the action makes is seen). Expected values are literal: the
// files Helm would package, Helm's media types, and digests computed here from the bytes the registry serves.

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
let reg: LocalRegistry;
let proxy: LoopbackServer;
const workspaces: string[] = [];
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const KEY_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

beforeAll(async () => {
  reg = await LocalRegistry.start();
  // distribution writes upload Locations from the Host it was asked on: X-Forwarded-Host keeps them on the proxy.
  proxy = await startServer((req, res) => {
    req.headers['x-forwarded-host'] = req.headers.host;
    forward(reg.url, req, res);
  });
}, 60000);

afterAll(async () => {
  await Promise.all([reg?.stop(), proxy?.stop()]);
  for (const w of workspaces) rmSync(w, { recursive: true, force: true });
});

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Two charts: api (a .helmignore, a hidden template, a vendored subchart) and worker. */
function workspace(): string {
  const w = mkdtempSync(join(tmpdir(), 'lockstep-publish-'));
  workspaces.push(w);
  write(w, {
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.2.0\nappVersion: "4.1"\ndescription: The API\nunknown-key: dropped\n',
    'charts/api/values.yaml': 'replicas: 2\n',
    'charts/api/.helmignore': '# local notes\n*.tmp\nci/\n',
    'charts/api/notes.tmp': 'scratch\n',
    'charts/api/ci/test-values.yaml': 'replicas: 1\n',
    'charts/api/templates/deployment.yaml': 'kind: Deployment\n',
    'charts/api/templates/.hidden.yaml': 'never packaged\n',
    'charts/api/templates/_helpers.tpl': '{{/* helpers */}}\n',
    'charts/api/README.md': '# api\n',
    'charts/api/charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 0.3.0\n',
    'charts/api/charts/cache/values.yaml': 'size: 1\n',
    'charts/worker/Chart.yaml': 'apiVersion: v2\nname: worker\nversion: 0.9.1\n',
    'charts/worker/values.yaml': '\uFEFFqueue: jobs\n',
    'charts/worker/templates/job.yaml': 'kind: Job\n',
  });
  return w;
}

function run(ws: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('publish-chart', {
    workspace: ws,
    inputs: { registry: `oci://${proxy.host}/charts`, ...inputs },
    env: { HOME: ws, GITHUB_SHA: 'abc1234def5678abc1234def5678abc1234def56' },
  });
}

async function get(path: string, accept = OCI_MANIFEST): Promise<{ body: Buffer; digest: string | null; status: number }> {
  const res = await fetch(`${reg.url}${path}`, { headers: { Accept: accept } });
  return { body: Buffer.from(await res.arrayBuffer()), digest: res.headers.get('docker-content-digest'), status: res.status };
}

const sha256 = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

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

test('publishes two charts with Helm media types, records their digests, signs them; a rerun pushes nothing', async () => {
  const ws = workspace();
  const r = await run(ws, { 'digests-file': 'chart-digests.json', 'signing-key': KEY_PEM });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const charts = JSON.parse(r.outputs.charts);
  expect(Object.keys(charts)).toEqual(['api', 'worker']);
  expect(charts.api).toMatchObject({ image: `${proxy.host}/charts/api`, tag: '1.2.0', version: '1.2.0', status: 'pushed' });
  expect(charts.worker).toMatchObject({ image: `${proxy.host}/charts/worker`, tag: '0.9.1', version: '0.9.1', status: 'pushed' });
  // The private key never shows, not even one line of it.
  const keyLines = KEY_PEM.split('\n').filter((l) => l.length > 8 && !l.startsWith('-----'));
  const log = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const l of keyLines) expect(log).not.toContain(l);
  expect(r.commands.filter((c) => c.command === 'add-mask').length).toBeGreaterThanOrEqual(keyLines.length);

  // The recorded digest is the registry's manifest digest; the media types are Helm's.
  const m = await get('/v2/charts/api/manifests/1.2.0');
  expect(m.status).toBe(200);
  expect(sha256(m.body)).toBe(charts.api.digest);
  expect(m.digest).toBe(charts.api.digest);
  const manifest = JSON.parse(m.body.toString('utf8'));
  expect(manifest.mediaType).toBe(OCI_MANIFEST);
  expect(manifest.config.mediaType).toBe('application/vnd.cncf.helm.config.v1+json');
  expect(manifest.layers.map((l: { mediaType: string }) => l.mediaType)).toEqual(['application/vnd.cncf.helm.chart.content.v1.tar+gzip']);
  expect(manifest.annotations).toEqual({
    'org.opencontainers.image.description': 'The API',
    'org.opencontainers.image.title': 'api',
    'org.opencontainers.image.version': '1.2.0',
  });

  // The config is Chart.yaml's metadata as Helm keeps it (known fields only, in chart.Metadata's order).
  const config = await get(`/v2/charts/api/blobs/${manifest.config.digest}`, '*/*');
  expect(config.body.toString('utf8')).toBe(
    '{"name":"api","version":"1.2.0","description":"The API","apiVersion":"v2","appVersion":"4.1"}',
  );

  // The layer holds the chart's files less the .helmignore'd ones (and Helm's hidden-template rule), in Helm's order.
  const layer = await get(`/v2/charts/api/blobs/${manifest.layers[0].digest}`, '*/*');
  const files = await tarEntries(layer.body);
  expect([...files.keys()]).toEqual([
    'api/Chart.yaml',
    'api/values.yaml',
    'api/templates/_helpers.tpl',
    'api/templates/deployment.yaml',
    'api/.helmignore',
    'api/README.md',
    'api/charts/cache/Chart.yaml',
    'api/charts/cache/values.yaml',
  ]);
  expect(files.get('api/Chart.yaml')).toBe('apiVersion: v2\nappVersion: "4.1"\ndescription: The API\nname: api\nversion: 1.2.0\n');
  const worker = await tarEntries(
    (
      await get(
        `/v2/charts/worker/blobs/${JSON.parse((await get('/v2/charts/worker/manifests/0.9.1')).body.toString('utf8')).layers[0].digest}`,
        '*/*',
      )
    ).body,
  );
  expect([...worker.keys()]).toEqual(['worker/Chart.yaml', 'worker/values.yaml', 'worker/templates/job.yaml']);
  expect(worker.get('worker/values.yaml')).toBe('queue: jobs\n'); // the BOM trimmed, as Helm's loader does

  // The digests file, in the format promote-env reads.
  expect(JSON.parse(readFileSync(join(ws, 'chart-digests.json'), 'utf8'))).toEqual({
    api: { digest: charts.api.digest, image: `${proxy.host}/charts/api`, sha: 'abc1234', tag: '1.2.0' },
    worker: { digest: charts.worker.digest, image: `${proxy.host}/charts/worker`, sha: 'abc1234', tag: '0.9.1' },
  });
  expect(r.outputs.file).toBe('chart-digests.json');

  // The signature, where cosign puts it and as cosign writes it, verifies against the public key.
  const hex = charts.api.digest.slice('sha256:'.length);
  expect(charts.api.signature).toBe(`sha256-${hex}.sig`);
  const sig = JSON.parse((await get(`/v2/charts/api/manifests/sha256-${hex}.sig`)).body.toString('utf8'));
  expect(sig.layers).toHaveLength(1);
  expect(sig.layers[0].mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json');
  const payload = (await get(`/v2/charts/api/blobs/${sig.layers[0].digest}`, '*/*')).body;
  expect(payload.toString('utf8')).toBe(
    `{"critical":{"identity":{"docker-reference":"${proxy.host}/charts/api"},"image":{"docker-manifest-digest":"${charts.api.digest}"},"type":"cosign container image signature"},"optional":null}`,
  );
  const signature = Buffer.from(sig.layers[0].annotations['dev.cosignproject.cosign/signature'], 'base64');
  expect(verify('sha256', payload, createPublicKey(publicKey.export({ type: 'spki', format: 'pem' })), signature)).toBe(true);
  const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
  expect(verify('sha256', payload, otherKey, signature)).toBe(false);

  // A rerun: the same bytes, nothing pushed (no POST or PUT reaches the registry), the file untouched.
  const before = statSync(join(ws, 'chart-digests.json')).mtimeMs;
  const seen = proxy.requests.length;
  const again = await run(ws, { 'digests-file': 'chart-digests.json', 'signing-key': KEY_PEM });
  expect(again.code).toBe(0);
  const rerun = JSON.parse(again.outputs.charts);
  expect(rerun.api).toMatchObject({ digest: charts.api.digest, status: 'unchanged' });
  expect(rerun.worker).toMatchObject({ digest: charts.worker.digest, status: 'unchanged' });
  expect(proxy.requests.slice(seen).filter((q) => q.method !== 'GET' && q.method !== 'HEAD')).toEqual([]);
  expect(statSync(join(ws, 'chart-digests.json')).mtimeMs).toBe(before);
  expect(again.summary).toContain('| api | 1.2.0 |');
}, 60000);

test('changed content under a published version is refused before anything is pushed', async () => {
  const ws = workspace();
  write(ws, { 'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.2.0\nappVersion: "4.1"\ndescription: The API\n' });
  const first = await run(ws, { charts: 'charts/api' });
  expect(first.code).toBe(0);
  // worker 0.9.2 is new, api changed without a bump: the run refuses and pushes neither.
  write(ws, { 'charts/api/values.yaml': 'replicas: 3\n', 'charts/worker/Chart.yaml': 'apiVersion: v2\nname: worker\nversion: 0.9.2\n' });
  const seen = proxy.requests.length;
  const r = await run(ws, {});
  expect(r.code).toBe(1);
  expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
    expect.stringMatching(
      new RegExp(
        `^chart api 1\\.2\\.0 is already published at ${proxy.host.replace(/\./g, '\\.')}/charts/api:1\\.2\\.0 with other content`,
      ),
    ),
  ]);
  expect(proxy.requests.slice(seen).filter((q) => q.method !== 'GET' && q.method !== 'HEAD')).toEqual([]);
  expect((await get('/v2/charts/worker/manifests/0.9.2')).status).toBe(404);
}, 60000);

/** A chart as `helm push` would have stored it: other tar bytes (times, owner), another gzip, a created time. */
async function helmPushed(files: Record<string, string>, config: string): Promise<ImageContent> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => p.on('end', resolve));
  for (const [name, text] of Object.entries(files))
    p.entry({ name, mode: 0o644, mtime: new Date('2026-01-02T03:04:05Z'), uname: 'runner' }, text);
  p.finalize();
  await ended;
  const archive = gzipSync(Buffer.concat(chunks), { level: 6 });
  const cfg = Buffer.from(config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      config: { mediaType: 'application/vnd.cncf.helm.config.v1+json', digest: sha256(cfg), size: cfg.length },
      layers: [{ mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', digest: sha256(archive), size: archive.length }],
      annotations: {
        'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
        'org.opencontainers.image.title': 'web',
        'org.opencontainers.image.version': '3.1.0',
      },
    }),
  );
  return {
    kind: 'manifest',
    mediaType: OCI_MANIFEST,
    blobs: [
      { digest: sha256(cfg), bytes: cfg },
      { digest: sha256(archive), bytes: archive },
    ],
    manifest,
    digest: sha256(manifest),
    platform: { os: '', architecture: '' },
  };
}

test('a version helm push stored with other bytes but the same chart counts as published: nothing pushed, its digest recorded', async () => {
  const stored = await helmPushed(
    { 'web/Chart.yaml': 'name: web\nversion: 3.1.0\napiVersion: v2\n', 'web/templates/svc.yaml': 'kind: Service\n' },
    '{"name":"web","version":"3.1.0","apiVersion":"v2"}',
  );
  await reg.push('charts/web', '3.1.0', stored);
  const ws = workspace();
  write(ws, { 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 3.1.0\n', 'charts/web/templates/svc.yaml': 'kind: Service\n' });
  const seen = proxy.requests.length;
  const r = await run(ws, { charts: 'charts/web' });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.outputs.charts).web).toMatchObject({ digest: stored.digest, status: 'unchanged' });
  expect(proxy.requests.slice(seen).filter((q) => q.method !== 'GET' && q.method !== 'HEAD')).toEqual([]);

  // One byte more in a template is another chart: refused.
  write(ws, { 'charts/web/templates/svc.yaml': 'kind: Service \n' });
  const changed = await run(ws, { charts: 'charts/web' });
  expect(changed.code).toBe(1);
  expect(changed.annotations.map((a) => a.message)).toEqual([
    expect.stringContaining(`chart web 3.1.0 is already published at ${proxy.host}/charts/web:3.1.0 with other content`),
  ]);
}, 60000);

test('a bad input is refused naming it, before any request', async () => {
  const ws = workspace();
  const seen = proxy.requests.length;
  const r = await run(ws, { registry: 'oci://Not A Registry' });
  expect(r.code).toBe(1);
  expect(r.annotations).toEqual([
    expect.objectContaining({
      level: 'error',
      message:
        "input 'registry' is 'oci://Not A Registry', not an OCI registry path — write host[:port]/path in lower case, e.g. oci://ghcr.io/acme/charts",
    }),
  ]);
  const k = await run(ws, { 'signing-key': 'not-a-key' });
  expect(k.code).toBe(1);
  expect(k.annotations.map((a) => a.message)).toEqual([expect.stringMatching(/^input 'signing-key' is not a PEM private key — /)]);
  expect(k.commands).toContainEqual(expect.objectContaining({ command: 'add-mask', message: 'not-a-key' }));
  expect(proxy.requests.length).toBe(seen);
});

test('a manifest PUT redirected to another host, or acknowledged but not stored under the tag, is refused: exit 1, nothing recorded', async () => {
  // The other host accepts whatever it is sent, without credentials, as the registry did.
  const elsewhere = await startServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(201, { 'Docker-Content-Digest': sha256(Buffer.concat(chunks)) });
      res.end();
    });
  }, '127.0.0.2');
  let mode: 'redirect' | 'swallow' = 'redirect';
  const front = await startServer((req, res) => {
    if (req.method === 'PUT' && /\/manifests\//.test(req.url ?? '')) {
      if (mode === 'redirect') {
        res.writeHead(307, { Location: `${elsewhere.url}${req.url}` });
        res.end();
        return;
      }
      // Acknowledged with the right digest, never stored.
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.writeHead(201, { 'Docker-Content-Digest': sha256(Buffer.concat(chunks)) });
        res.end();
      });
      return;
    }
    req.headers['x-forwarded-host'] = req.headers.host;
    forward(reg.url, req, res);
  });
  try {
    const ws = workspace();
    write(ws, { 'charts/worker/Chart.yaml': 'apiVersion: v2\nname: worker\nversion: 7.0.0\n' });
    const inputs = { registry: `oci://${front.host}/moved`, charts: 'charts/worker', 'digests-file': 'chart-digests.json' };
    const r = await run(ws, inputs);
    expect(r.code).toBe(1);
    expect(r.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      `worker 7.0.0: ${front.host} redirected the PUT to ${elsewhere.host}, another host; lockstep pushes only to the registry it was given — publish to ${elsewhere.host} directly if that is where the charts belong, or fix the registry in front of it`,
    ]);
    expect(elsewhere.requests).toEqual([]);
    expect(r.outputs.charts ?? '').toBe('');
    expect(existsSync(join(ws, 'chart-digests.json'))).toBe(false);

    mode = 'swallow';
    const s = await run(ws, inputs);
    expect(s.code).toBe(1);
    expect(s.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^chart worker 7\\.0\\.0: the registry accepted the push, but ${front.host.replace(/\./g, '\\.')}/moved/worker:7\\.0\\.0 does not exist, not the pushed sha256:[0-9a-f]{64} — check the registry \\(a proxy or mirror in front of it may store pushes elsewhere\\); nothing was recorded$`,
        ),
      ),
    ]);
    expect(s.outputs.charts ?? '').toBe('');
    expect(existsSync(join(ws, 'chart-digests.json'))).toBe(false);
    expect((await get('/v2/moved/worker/manifests/7.0.0')).status).toBe(404);
  } finally {
    await Promise.all([front.stop(), elsewhere.stop()]);
  }
}, 60000);

test('an umbrella is pushed with its file:// subchart vendored at the version Chart.lock pins; a dependency it would have to download refuses the run before any push', async () => {
  const ws = workspace();
  write(ws, {
    'charts/umbrella/Chart.yaml':
      'apiVersion: v2\nname: umbrella\nversion: 0.1.0\ndependencies:\n  - name: api\n    version: 1.2.0\n    repository: file://../api\n',
    'charts/umbrella/Chart.lock':
      'dependencies:\n- name: api\n  repository: file://../api\n  version: 1.2.0\ndigest: sha256:0\ngenerated: "2026-01-02T03:04:05Z"\n',
    'charts/umbrella/templates/cm.yaml': 'kind: ConfigMap\n',
  });
  const r = await run(ws, { charts: 'charts/umbrella', registry: `oci://${proxy.host}/umbrellas` });
  expect(r.code).toBe(0);
  const m = JSON.parse((await get('/v2/umbrellas/umbrella/manifests/0.1.0')).body.toString('utf8'));
  const files = await tarEntries((await get(`/v2/umbrellas/umbrella/blobs/${m.layers[0].digest}`, '*/*')).body);
  expect([...files.keys()]).toEqual([
    'umbrella/Chart.yaml',
    'umbrella/Chart.lock',
    'umbrella/templates/cm.yaml',
    'umbrella/charts/api/Chart.yaml',
    'umbrella/charts/api/values.yaml',
    'umbrella/charts/api/templates/_helpers.tpl',
    'umbrella/charts/api/templates/deployment.yaml',
    'umbrella/charts/api/.helmignore',
    'umbrella/charts/api/README.md',
    'umbrella/charts/api/charts/cache/Chart.yaml',
    'umbrella/charts/api/charts/cache/values.yaml',
  ]);

  write(ws, {
    'charts/shop/Chart.yaml':
      'apiVersion: v2\nname: shop\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 19.0.0\n    repository: oci://registry-1.docker.io/bitnamicharts\n',
  });
  const seen = proxy.requests.length;
  const refused = await run(ws, { charts: 'charts/*', registry: `oci://${proxy.host}/umbrellas` });
  expect(refused.code).toBe(1);
  expect(refused.annotations.filter((a) => a.level === 'error').map((a) => [a.message, a.file, a.line])).toEqual([
    [
      'charts/shop/Chart.yaml:5: dependency redis 19.0.0 (oci://registry-1.docker.io/bitnamicharts) is not in charts/shop/charts/; lockstep packages no chart without its dependencies and downloads none — run `helm dependency build` and commit the archive it writes under charts/, or make it a file:// dependency',
      'charts/shop/Chart.yaml',
      5,
    ],
  ]);
  expect(proxy.requests.length).toBe(seen);
}, 60000);

/** Each entry's tar header as [name, type, mode, uid, gid, uname, gname], in the archive's order, and the mtimes apart. */
async function tarHeaders(tgz: Buffer): Promise<{ headers: (string | number | undefined)[][]; mtimes: number[] }> {
  const headers: (string | number | undefined)[][] = [];
  const mtimes: number[] = [];
  const x = extract();
  const done = new Promise<void>((resolve, reject) => {
    x.on('entry', (h, stream, next) => {
      headers.push([h.name, h.type, h.mode, h.uid, h.gid, h.uname, h.gname]);
      mtimes.push(Math.floor((h.mtime?.getTime() ?? 0) / 1000));
      stream.on('end', next);
      stream.resume();
    });
    x.on('finish', resolve);
    x.on('error', reject);
  });
  x.end(gunzipSync(tgz));
  await done;
  return { headers, mtimes };
}

// Issue 55: the archive holds what `helm package` of either major writes (entries, order, types, modes, owners,
// bytes). The header times are where the majors differ — Helm 3 stamps the moment it packages, Helm 4 each file's
// mtime (a checkout's time) — and lockstep writes the epoch for all, so a chart's digest never depends on either.
test.each([
  ['Helm 3.17.3', 'LOCKSTEP_HELM', 'identical'],
  ['Helm 4.1.4', 'LOCKSTEP_HELM4', 'identical4'],
])(
  'what the bundle pushes is, file for file and header for header, what the real %s dependency build + helm package write for the same charts',
  async (_, variable, path) => {
    const helm = process.env[variable]!;
    const ws = workspace();
    write(ws, {
      'charts/umbrella/Chart.yaml':
        'apiVersion: v2\nname: umbrella\nversion: 0.2.0\ndescription: \'Quoted: the umbrella\'\nkeywords: [web, "yes"]\ndependencies:\n  - name: api\n    version: 1.2.0\n    repository: file://../api\n',
      'charts/umbrella/templates/cm.yaml': 'kind: ConfigMap\n',
    });
    // Chart.lock as Helm writes it; charts/ left empty, as a repository keeps an umbrella.
    execFileSync(helm, ['dependency', 'update', join(ws, 'charts/umbrella')], { stdio: 'pipe', env: { ...process.env, HOME: ws } });
    rmSync(join(ws, 'charts/umbrella/charts'), { recursive: true, force: true });
    // Helm's archives of a copy (dependency build writes into the folder it builds).
    const copy = mkdtempSync(join(tmpdir(), 'lockstep-helm-copy-'));
    workspaces.push(copy);
    cpSync(join(ws, 'charts'), join(copy, 'charts'), { recursive: true });
    execFileSync(helm, ['dependency', 'build', join(copy, 'charts/umbrella')], { stdio: 'pipe', env: { ...process.env, HOME: copy } });
    const helmOut = join(copy, 'out');
    for (const c of ['umbrella', 'worker'])
      execFileSync(helm, ['package', join(copy, 'charts', c), '--destination', helmOut], {
        stdio: 'pipe',
        env: { ...process.env, HOME: copy },
      });

    const r = await run(ws, { charts: 'charts/umbrella\ncharts/worker', registry: `oci://${proxy.host}/${path}` });
    expect(r.code).toBe(0);
    for (const [name, version] of [
      ['umbrella', '0.2.0'],
      ['worker', '0.9.1'],
    ]) {
      const m = JSON.parse((await get(`/v2/${path}/${name}/manifests/${version}`)).body.toString('utf8'));
      const pushed = await tarEntries((await get(`/v2/${path}/${name}/blobs/${m.layers[0].digest}`, '*/*')).body);
      const helmArchive = readFileSync(join(helmOut, `${name}-${version}.tgz`));
      const helms = await tarEntries(helmArchive);
      expect([name, [...pushed.entries()]]).toEqual([name, [...helms.entries()]]);
      const ours = await tarHeaders((await get(`/v2/${path}/${name}/blobs/${m.layers[0].digest}`, '*/*')).body);
      const theirs = await tarHeaders(helmArchive);
      expect([name, ours.headers]).toEqual([name, theirs.headers]);
      expect(ours.mtimes.every((t) => t === 0)).toBe(true);
      expect(theirs.mtimes.every((t) => t > 1_700_000_000)).toBe(true);
    }
    // Not a vacuous comparison: the umbrella carries its subchart and Helm's own Chart.yaml form.
    const umbrella = await tarEntries(readFileSync(join(helmOut, 'umbrella-0.2.0.tgz')));
    expect(umbrella.has('umbrella/charts/api/templates/deployment.yaml')).toBe(true);
    // Helm re-serialises Chart.yaml from its metadata: keys sorted, block lists, its own quoting; not the source's text.
    expect(umbrella.get('umbrella/Chart.yaml')).toBe(
      'apiVersion: v2\ndependencies:\n- name: api\n  repository: file://../api\n  version: 1.2.0\ndescription: \'Quoted: the umbrella\'\nkeywords:\n- web\n- "yes"\nname: umbrella\nversion: 0.2.0\n',
    );
  },
  60000,
);

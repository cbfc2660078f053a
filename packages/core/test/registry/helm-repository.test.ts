// A classic Helm repository read through its index.yaml, served on 127.0.0.1 by a small node:http server: the
// archives packaged and indexed by the real Helm (helm package, helm repo index; LOCKSTEP_HELM from jest's global
// setup), read through the registry client's anonymous GET over the real transport. Attacked: an archive replaced
// after indexing, an entry without a digest, archive URLs on another host and scheme, a link-local address, an index
// past the size cap, a version the index does not list.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeTransport, type NodeTransport } from '../../src/http/transport.ts';
import { RegistryClient, RegistryError } from '../../src/registry/client.ts';
import { indexEntry, isClassicRepository, pullRepositoryChart } from '../../src/registry/helm-repository.ts';
import { resolvedChartVersion } from '../../src/promote/chart-range.ts';

let dir: string;
let server: Server;
let base: string;
let port: number;
/** What the server answers by path: bytes, or a function of the request. */
const routes = new Map<string, Buffer | (() => Buffer)>();
const served: string[] = [];
let transport: NodeTransport;

/** `helm package` of chart `podinfo` at `version` into the repository folder. */
function packageChart(version: string, helm: string, env: NodeJS.ProcessEnv): void {
  const src = join(dir, 'src', version, 'podinfo');
  mkdirSync(join(src, 'templates'), { recursive: true });
  writeFileSync(join(src, 'Chart.yaml'), `apiVersion: v2\nname: podinfo\nversion: ${version}\n`);
  writeFileSync(join(src, 'values.yaml'), 'replicaCount: 1\n');
  writeFileSync(join(src, 'templates', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n');
  execFileSync(helm, ['package', src, '--destination', join(dir, 'repo')], { env, stdio: 'pipe' });
}

beforeAll(async () => {
  const helm = process.env.LOCKSTEP_HELM;
  if (!helm) throw new Error('LOCKSTEP_HELM is not set (the jest global setup installs Helm)');
  dir = mkdtempSync(join(tmpdir(), 'lockstep-helm-repo-'));
  const env = { ...process.env, HOME: dir, HELM_CONFIG_HOME: join(dir, 'config'), HELM_CACHE_HOME: join(dir, 'cache') };
  mkdirSync(join(dir, 'repo'));
  packageChart('6.5.0', helm, env);
  packageChart('6.5.4', helm, env);
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    const body = routes.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(typeof body === 'function' ? body() : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}/charts`;
  // helm repo index with --url: each entry's urls point at the archive under the served folder, with its sha256 digest.
  execFileSync(helm, ['repo', 'index', join(dir, 'repo'), '--url', base], { env, stdio: 'pipe' });
  transport = nodeTransport();
});

afterAll(async () => {
  transport.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  routes.clear();
  served.length = 0;
  routes.set('/charts/index.yaml', readFileSync(join(dir, 'repo', 'index.yaml')));
  for (const v of ['6.5.0', '6.5.4']) routes.set(`/charts/podinfo-${v}.tgz`, readFileSync(join(dir, 'repo', `podinfo-${v}.tgz`)));
});

const client = () => new RegistryClient({ transport, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxRetryAfterMs: 1 } });
const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function failure(p: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RegistryError) return { kind: e.kind, message: e.message };
    throw e;
  }
  throw new Error('expected a RegistryError');
}

test('the version index.yaml lists is read: the archive helm package wrote, its digest the index’s', async () => {
  const got = await pullRepositoryChart(client(), `${base}/`, 'podinfo', '6.5.4');
  const file = readFileSync(join(dir, 'repo', 'podinfo-6.5.4.tgz'));
  expect(Buffer.compare(got.tgz, file)).toBe(0);
  expect(got.url).toBe(`${base}/podinfo-6.5.4.tgz`);
  expect(got.digest).toBe(sha(file));
  expect(served).toEqual(['/charts/index.yaml', '/charts/podinfo-6.5.4.tgz']);
});

test('an archive replaced after indexing (its bytes another chart’s) is a mismatch naming both digests', async () => {
  const other = readFileSync(join(dir, 'repo', 'podinfo-6.5.0.tgz'));
  const listed = readFileSync(join(dir, 'repo', 'podinfo-6.5.4.tgz'));
  routes.set('/charts/podinfo-6.5.4.tgz', other);
  expect(await failure(pullRepositoryChart(client(), base, 'podinfo', '6.5.4'))).toEqual({
    kind: 'mismatch',
    message: `the archive of chart podinfo 6.5.4 at ${base}/podinfo-6.5.4.tgz hashes to ${sha(other)}, not the ${sha(listed)} ${base}/index.yaml gives`,
  });
});

/** index.yaml with one entry of podinfo 1.0.0 whose urls and digest are given. */
const index = (url: string, digest?: string) =>
  Buffer.from(
    [
      'apiVersion: v1',
      'entries:',
      '  podinfo:',
      '    - name: podinfo',
      '      version: 1.0.0',
      ...(digest !== undefined ? [`      digest: ${digest}`] : []),
      '      urls:',
      `        - ${url}`,
      '',
    ].join('\n'),
  );

test('an index that sends the archive to another host: followed on this machine (localhost), the digest still checked', async () => {
  const tgz = readFileSync(join(dir, 'repo', 'podinfo-6.5.0.tgz'));
  routes.set('/charts/index.yaml', index(`http://localhost:${port}/elsewhere/podinfo-1.0.0.tgz`, sha(tgz).slice(7)));
  routes.set('/elsewhere/podinfo-1.0.0.tgz', tgz);
  const got = await pullRepositoryChart(client(), base, 'podinfo', '1.0.0');
  expect(got.url).toBe(`http://localhost:${port}/elsewhere/podinfo-1.0.0.tgz`);
  expect(served).toEqual(['/charts/index.yaml', '/elsewhere/podinfo-1.0.0.tgz']);
});

test('archive URLs refused before any request: plain http off this machine, another scheme, no digest; a link-local one by the transport', async () => {
  const d = 'a'.repeat(64);
  routes.set('/charts/index.yaml', index('http://charts.example.com/podinfo-1.0.0.tgz', d));
  expect(await failure(pullRepositoryChart(client(), base, 'podinfo', '1.0.0'))).toEqual({
    kind: 'refused',
    message: `${base}/index.yaml: chart podinfo 1.0.0 names its archive at http://charts.example.com; lockstep fetches archives over https only`,
  });
  routes.set('/charts/index.yaml', index('file:///etc/passwd', d));
  expect((await failure(pullRepositoryChart(client(), base, 'podinfo', '1.0.0'))).message).toBe(
    `${base}/index.yaml: chart podinfo 1.0.0 names its archive at file://; lockstep fetches archives over https only`,
  );
  routes.set('/charts/index.yaml', index('podinfo-1.0.0.tgz'));
  expect(await failure(pullRepositoryChart(client(), base, 'podinfo', '1.0.0'))).toEqual({
    kind: 'refused',
    message: `${base}/index.yaml: chart podinfo 1.0.0 has no sha256 digest, so its archive cannot be checked`,
  });
  routes.set('/charts/index.yaml', index('https://169.254.169.254/latest/podinfo-1.0.0.tgz', d));
  expect(await failure(pullRepositoryChart(client(), base, 'podinfo', '1.0.0'))).toEqual({
    kind: 'refused',
    message: 'refusing to contact 169.254.169.254: a link-local or metadata address',
  });
  expect(served).toEqual(['/charts/index.yaml', '/charts/index.yaml', '/charts/index.yaml', '/charts/index.yaml']);
});

test('an index past 4 MiB (sent chunked, no length said) is refused while it is read, whatever it holds, naming the cap', async () => {
  // Issue 73, item 13: a 15 MiB index cost 11 s and 660 MiB to parse; the read stops at 4 MiB and says so.
  const big = Buffer.alloc(4 * 1024 * 1024 + 1, 0x20);
  routes.set('/charts/index.yaml', () => big);
  expect(await failure(pullRepositoryChart(client(), base, 'podinfo', '6.5.4'))).toEqual({
    kind: 'invalid',
    message: `index.yaml of ${base} is larger than 4 MiB, the most lockstep reads of a Helm repository index (it is parsed whole, not streamed)`,
  });
});

test('a version, a chart or an index the repository lacks is not-found, named', async () => {
  expect(await failure(pullRepositoryChart(client(), base, 'podinfo', '9.9.9'))).toEqual({
    kind: 'not-found',
    message: `${base}/index.yaml lists no version 9.9.9 of chart podinfo`,
  });
  expect((await failure(pullRepositoryChart(client(), base, 'web', '1.0.0'))).message).toBe(`${base}/index.yaml lists no chart web`);
  expect(await failure(pullRepositoryChart(client(), `http://127.0.0.1:${port}/nothing`, 'podinfo', '1.0.0'))).toEqual({
    kind: 'not-found',
    message: `http://127.0.0.1:${port}/nothing/index.yaml: 127.0.0.1:${port} answered HTTP 404`,
  });
});

test('which repository URLs are classic repositories, and an index that is no index', () => {
  expect(
    ['https://acme.github.io/charts', `http://127.0.0.1:8080/x`, 'http://charts.example.com', 'oci://ghcr.io/acme', 'ghcr.io/acme', ''].map(
      isClassicRepository,
    ),
  ).toEqual([true, true, false, false, false, false]);
  expect(() => indexEntry('entries: [1, 2]\n', 'https://x/index.yaml', 'a', '1.0.0')).toThrow(
    'https://x/index.yaml has no entries: it is not a Helm repository index',
  );
  expect(() => indexEntry('a: *b\n', 'https://x/index.yaml', 'a', '1.0.0')).toThrow(/^https:\/\/x\/index\.yaml is not YAML/);
});

test('a semver range resolves as helm-controller resolves it against the index: the highest version it admits (issue 72 item 4)', () => {
  const entry = (v: string) =>
    `    - version: ${v}\n      urls: [podinfo-${v}.tgz]\n      digest: ${createHash('sha256').update(v).digest('hex')}\n`;
  const index = `apiVersion: v1\nentries:\n  podinfo:\n${['6.4.1', '6.5.4', '6.5.10', '7.0.0', '6.6.0-rc.1'].map(entry).join('')}`;
  const at = (v: string) => indexEntry(index, 'https://charts.example/index.yaml', 'podinfo', v);
  expect(at('6.x').version).toBe('6.5.10');
  expect(at('>=6.0.0 <6.5.0').version).toBe('6.4.1');
  expect(at('6.5.4')).toEqual({
    url: 'https://charts.example/podinfo-6.5.4.tgz',
    digest: `sha256:${createHash('sha256').update('6.5.4').digest('hex')}`,
    version: '6.5.4',
  });
  // A pre-release only where the range names one.
  expect(at('>=6.6.0-rc.0 <7.0.0').version).toBe('6.6.0-rc.1');
  expect(() => at('8.x')).toThrow('https://charts.example/index.yaml lists no version in the range 8.x of chart podinfo');
  expect(() => at('6.9.9')).toThrow('https://charts.example/index.yaml lists no version 6.9.9 of chart podinfo');
});

test('a promotion’s side at a range is the version the index resolves it to, read from the archive pulled; a range nothing matches is unread (chart-range.ts)', async () => {
  const c = client();
  const ports = {
    resolveChart: () => Promise.reject(new Error('an https repository is no OCI reference')),
    pullRepositoryChart: (repo: string, chart: string, version: string) => pullRepositoryChart(c, repo, chart, version),
  };
  const source = { repoURL: `${base}/`, chart: 'podinfo' };
  expect(await resolvedChartVersion(source, '>=6.0.0 <7.0.0', ports)).toEqual({
    version: '6.5.4',
    said: `>=6.0.0 <7.0.0 resolves to 6.5.4 at ${base}/podinfo-6.5.4.tgz (listed in ${base}/index.yaml)`,
  });
  expect(await resolvedChartVersion(source, '~6.5.0 <6.5.4', ports)).toEqual({
    version: '6.5.0',
    said: `~6.5.0 <6.5.4 resolves to 6.5.0 at ${base}/podinfo-6.5.0.tgz (listed in ${base}/index.yaml)`,
  });
  expect(await resolvedChartVersion(source, '7.x', ports)).toEqual({
    unread: `7.x: ${base}/index.yaml (${base}/index.yaml lists no version in the range 7.x of chart podinfo)`,
  });
  // An exact version is taken as it is, nothing fetched for it; a git revision is nothing to resolve.
  served.length = 0;
  expect(await resolvedChartVersion(source, '6.5.0', ports)).toEqual({ version: '6.5.0' });
  expect(await resolvedChartVersion(source, 'main', ports)).toBeUndefined();
  expect(served).toEqual([]);
});

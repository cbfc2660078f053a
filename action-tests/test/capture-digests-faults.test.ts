import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient, RegistryError } from '../../packages/core/src/registry/client.ts';
import { nodeTransport } from '../../packages/core/src/http/transport.ts';
import { parseReference } from '../../packages/core/src/registry/reference.ts';
import { forward, type LoopbackServer, startServer } from '../harness/loopback.ts';
import { buildImage, MT } from '../harness/registry.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// Fault injection with fake registries on 127.0.0.1/127.0.0.2: the bundle for
// what a user sees, the core client with the real transport and short
// timeouts for hangs (a bundle run would wait the production 15 s).

const image = buildImage('faults');
const servers: LoopbackServer[] = [];
const workspaces: string[] = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const w of workspaces) rmSync(w, { recursive: true, force: true });
});

async function server(handler: Parameters<typeof startServer>[0], address?: string): Promise<LoopbackServer> {
  const s = await startServer(handler, address);
  servers.push(s);
  return s;
}

function serveManifest(res: ServerResponse, method: string | undefined, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'Content-Type': MT.ociManifest, 'Content-Length': String(image.manifest.length), ...headers });
  res.end(method === 'HEAD' ? undefined : image.manifest);
}

async function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<{ r: ActionRun; ws: string }> {
  const ws = mkdtempSync(join(tmpdir(), 'lockstep-faults-'));
  workspaces.push(ws);
  const r = await runAction('capture-digests', {
    workspace: ws,
    inputs,
    env: { HOME: ws, GITHUB_SHA: 'abc1234000000000000000000000000000000000', ...env },
  });
  return { r, ws };
}

function digestIn(ws: string): string {
  return JSON.parse(readFileSync(join(ws, 'image-digests.json'), 'utf8')).app.digest;
}

test('429 with Retry-After is honoured, then the answer is used', async () => {
  const s = await server((req, res, n) => {
    if (n === 1) {
      res.writeHead(429, { 'Retry-After': '1' });
      res.end();
      return;
    }
    serveManifest(res, req.method, { 'Docker-Content-Digest': image.digest });
  });
  const { r, ws } = await run({ images: `app=${s.host}/acme/app:1.0.0` });
  expect(r.code).toBe(0);
  expect(digestIn(ws)).toBe(image.digest);
  expect(s.requests.map((q) => q.method)).toEqual(['HEAD', 'HEAD']);
  expect(r.durationMs).toBeGreaterThanOrEqual(1000);
});

test('502 then success: retried with backoff', async () => {
  const s = await server((req, res, n) => {
    if (n === 1) {
      res.writeHead(502);
      res.end('bad gateway');
      return;
    }
    serveManifest(res, req.method, { 'Docker-Content-Digest': image.digest });
  });
  const { r, ws } = await run({ images: `app=${s.host}/acme/app:1.0.0` });
  expect(r.code).toBe(0);
  expect(digestIn(ws)).toBe(image.digest);
  expect(s.requests).toHaveLength(2);
});

test('503 forever: unreachable after 4 attempts, in bounded time, nothing written', async () => {
  const s = await server((_req, res) => {
    res.writeHead(503);
    res.end();
  });
  const { r, ws } = await run({ images: `app=${s.host}/acme/app:1.0.0` });
  expect(r.code).toBe(1);
  expect(s.requests).toHaveLength(4);
  expect(r.durationMs).toBeLessThan(15000);
  expect(r.annotations[0].message).toContain(
    `app: could not resolve ${s.host}/acme/app:1.0.0: ${s.host} unreachable after 4 attempts (HTTP 503)`,
  );
  expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
});

test('HEAD without Docker-Content-Digest: GET and sha256 of the exact bytes', async () => {
  const s = await server((req, res) => serveManifest(res, req.method));
  const { r, ws } = await run({ images: `app=${s.host}/acme/app:1.0.0` });
  expect(r.code).toBe(0);
  expect(digestIn(ws)).toBe(image.digest);
  expect(s.requests.map((q) => q.method)).toEqual(['HEAD', 'GET']);
  expect(s.requests[0].headers.accept).toBe(`${MT.ociIndex}, ${MT.ociManifest}, ${MT.dockerList}, ${MT.dockerManifest}`);
});

test('a Docker-Content-Digest that does not match the body is an error', async () => {
  const wrong = `sha256:${'0'.repeat(64)}`;
  const s = await server((req, res) => serveManifest(res, req.method, req.method === 'GET' ? { 'Docker-Content-Digest': wrong } : {}));
  const { r, ws } = await run({ images: `app=${s.host}/acme/app:1.0.0` });
  expect(r.code).toBe(1);
  expect(r.annotations[0].message).toContain(`the registry said the manifest is ${wrong} but its bytes hash to ${image.digest}`);
  expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
});

test('a redirect to another host carries no Authorization', async () => {
  const other = await server((req, res) => serveManifest(res, req.method, { 'Docker-Content-Digest': image.digest }), '127.0.0.2');
  const want = `Basic ${Buffer.from('u:p4ss-redirect').toString('base64')}`;
  const s = await server((req, res) => {
    if (req.headers.authorization !== want) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="fake"' });
      res.end();
      return;
    }
    res.writeHead(307, { Location: `${other.url}${req.url}` });
    res.end();
  });
  const { r, ws } = await run({ images: `app=${s.host}/acme/app:1.0.0`, username: 'u', password: 'p4ss-redirect' });
  expect(r.code).toBe(0);
  expect(digestIn(ws)).toBe(image.digest);
  expect(s.requests.map((q) => q.headers.authorization)).toEqual([undefined, want]);
  expect(other.requests).toHaveLength(1);
  expect(other.requests[0].headers.authorization).toBeUndefined();
});

test('HTTP_PROXY is honoured (self-hosted runners behind a proxy)', async () => {
  const registry = await server((req, res) => serveManifest(res, req.method, { 'Docker-Content-Digest': image.digest }));
  const proxy = await server((req, res) => forward(new URL(req.url ?? '/').origin, req, res));
  const { r, ws } = await run({ images: `app=${registry.host}/acme/app:1.0.0` }, { HTTP_PROXY: proxy.url });
  expect(r.code).toBe(0);
  expect(digestIn(ws)).toBe(image.digest);
  expect(proxy.requests.map((q) => `${q.method} ${q.url}`)).toEqual([`HEAD ${registry.url}/v2/acme/app/manifests/1.0.0`]);
  expect(registry.requests).toHaveLength(1);
});

test.each([
  ['http://169.254.169.254/latest/meta-data/token', 'link-local or metadata address'],
  ['https://metadata.google.internal/token', 'link-local or metadata address'],
  ['http://auth.example.com/token', 'is not https'],
])('a token realm %s is refused before anything is sent to it', async (realm, why) => {
  const s = await server((_req, res) => {
    res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="${realm}",service="reg"` });
    res.end();
  });
  const { r } = await run({ images: `app=${s.host}/acme/app:1.0.0`, username: 'u', password: 'realm-secret-1' });
  expect(r.code).toBe(1);
  expect(r.annotations[0].message).toContain(why);
  expect(r.durationMs).toBeLessThan(5000);
  expect(s.requests).toHaveLength(1);
});

describe('core client with the real transport and short timeouts', () => {
  const ref = (host: string) => parseReference(`${host}/acme/app:1.0.0`);
  function client(timeoutMs = 300) {
    const transport = nodeTransport();
    const c = new RegistryClient({
      transport,
      requestTimeoutMs: timeoutMs,
      deadlineMs: 10000,
      retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20, maxRetryAfterMs: 1000 },
    });
    return { c, close: () => transport.close() };
  }

  test('a connection that never answers fails after the per-request timeout', async () => {
    const s = await server(() => undefined);
    const { c, close } = client();
    const t0 = Date.now();
    const err = await c.resolve(ref(s.host)).catch((e) => e);
    close();
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.kind).toBe('unreachable');
    expect(err.message).toBe(`${s.host} unreachable after 2 attempts (${s.host} did not answer within 300 ms)`);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  test('a body that never ends is cut at the 4 MiB manifest cap', async () => {
    const s = await server((req, res) => {
      res.writeHead(200, { 'Content-Type': MT.ociManifest });
      if (req.method === 'HEAD') return void res.end();
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const pump = () => {
        while (res.write(chunk));
        res.once('drain', pump);
      };
      pump();
    });
    const { c, close } = client(5000);
    const err = await c.resolve(ref(s.host)).catch((e) => e);
    close();
    expect(err.kind).toBe('invalid');
    expect(err.message).toContain('the limit is 4194304 bytes');
  });

  test('a body that trickles forever hits the timeout', async () => {
    const s = await server((req, res) => {
      res.writeHead(200, { 'Content-Type': MT.ociManifest });
      if (req.method === 'HEAD') return void res.end();
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    const { c, close } = client(400);
    const t0 = Date.now();
    const err = await c.resolve(ref(s.host)).catch((e) => e);
    close();
    expect(err.kind).toBe('unreachable');
    expect(err.message).toContain('did not answer within 400 ms');
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  test('an oversized error body is capped at 64 KiB', async () => {
    const s = await server((_req, res) => {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(Buffer.alloc(200 * 1024, 0x20));
    });
    // HEAD carries no body; force a GET through the platform path.
    const { c, close } = client(2000);
    const err = await c.resolve(ref(s.host), { os: 'linux', architecture: 'amd64' }).catch((e) => e);
    close();
    expect(err.kind).toBe('invalid');
    expect(err.message).toContain('the limit is 65536 bytes');
  });
});

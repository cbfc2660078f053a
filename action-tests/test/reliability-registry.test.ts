import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoopbackServer, startServer } from '../harness/loopback.ts';
import { buildImage, MT } from '../harness/registry.ts';
import { type ActionRun, runAction } from '../harness/run-action.ts';

// RELIABILITY.md cases 11, 14 and 16 as the runner sees them: the committed capture-digests bundle
// against fake registries on 127.0.0.1. Each run must fail, name the image and write no digests file.

const image = buildImage('reliability-registry');
const servers: LoopbackServer[] = [];
const workspaces: string[] = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  for (const w of workspaces) rmSync(w, { recursive: true, force: true });
});

async function server(handler: Parameters<typeof startServer>[0]): Promise<LoopbackServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

async function capture(s: LoopbackServer, inputs: Record<string, string> = {}): Promise<{ r: ActionRun; ws: string }> {
  const ws = mkdtempSync(join(tmpdir(), 'lockstep-reliab-registry-'));
  workspaces.push(ws);
  const r = await runAction('capture-digests', {
    workspace: ws,
    inputs: { images: `app=${s.host}/acme/app:1.0.0`, ...inputs },
    env: { HOME: ws, GITHUB_SHA: 'abc1234000000000000000000000000000000000' },
  });
  return { r, ws };
}

function answer(res: ServerResponse, method: string | undefined, type: string, body: Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': String(body.length), ...headers });
  res.end(method === 'HEAD' ? undefined : body);
}

describe('case 14: what the registry says the manifest is', () => {
  const schema1 = Buffer.from(
    JSON.stringify({ schemaVersion: 1, name: 'acme/app', tag: '1.0.0', fsLayers: [], history: [], signatures: [] }),
  );

  test.each([
    [
      'application/vnd.docker.distribution.manifest.v1+prettyjws',
      'unsupported media type application/vnd.docker.distribution.manifest.v1+prettyjws',
    ],
    ['application/vnd.docker.distribution.manifest.v1+json', 'unsupported media type application/vnd.docker.distribution.manifest.v1+json'],
  ])('a schema1 manifest (%s) is refused naming the image; no file is written', async (type, want) => {
    const s = await server((req, res) => answer(res, req.method, type, schema1));
    const { r, ws } = await capture(s);
    expect(r.code).toBe(1);
    expect(r.annotations[0].message).toContain(`app: could not resolve ${s.host}/acme/app:1.0.0: ${s.host}/acme/app:1.0.0: ${want}`);
    expect(r.annotations[0].message).toContain('docker/buildx');
    expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
  });

  test('a Content-Type that disagrees with the manifest’s mediaType is refused even though the digest matches', async () => {
    // The body is an OCI manifest; the registry labels it as a Docker v2 manifest.
    const s = await server((req, res) =>
      answer(res, req.method, MT.dockerManifest, image.manifest, req.method === 'GET' ? { 'Docker-Content-Digest': image.digest } : {}),
    );
    const { r, ws } = await capture(s);
    expect(r.code).toBe(1);
    expect(r.annotations[0].message).toContain(
      `unsupported media type: served as Content-Type ${MT.dockerManifest} but the manifest's mediaType is ${MT.ociManifest}`,
    );
    expect(s.requests.map((q) => q.method)).toEqual(['HEAD', 'GET']);
    expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
  });
});

test("case 16: Docker Hub's pull limit (429, ratelimit headers, TOOMANYREQUESTS) is named with its reset and the fix; one HEAD, no GET", async () => {
  const s = await server((_req, res) => {
    res.writeHead(429, {
      'Content-Type': 'application/json',
      'ratelimit-limit': '100;w=21600',
      'ratelimit-remaining': '0;w=21600',
      'docker-ratelimit-source': '203.0.113.7',
    });
    res.end(JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'You have reached your unauthenticated pull rate limit.' }] }));
  });
  const { r, ws } = await capture(s);
  expect(r.code).toBe(1);
  const message = r.annotations[0].message;
  expect(message).toContain(
    `rate limited by ${s.host}: Docker Hub's pull rate limit is used up (0 of 100 remaining per 6h) for anonymous pulls from this address`,
  );
  expect(message).toContain('pulls free up within 6h');
  expect(message).toContain('authenticate to Docker Hub');
  expect(message).toContain('registry mirror');
  expect(s.requests.map((q) => q.method)).toEqual(['HEAD']);
  expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
});

test('case 11: a 10 MB token JSON is cut at the 64 KiB cap; the server stops long before sending it all', async () => {
  const TEN_MB = 10 * 1024 * 1024;
  let sent = 0;
  let closed = false;
  const s = await server((req, res) => {
    if (req.url?.startsWith('/token')) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"token":"');
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      res.on('close', () => (closed = true));
      const pump = () => {
        while (sent < TEN_MB && !closed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!closed) res.end('"}');
      };
      pump();
      return;
    }
    res.writeHead(401, { 'WWW-Authenticate': `Bearer realm="http://${s.host}/token",service="fake"` });
    res.end();
  });
  const { r, ws } = await capture(s);
  expect(r.code).toBe(1);
  expect(r.annotations[0].message).toContain(`response too large from ${s.host}: more than 65536 bytes; the limit is 65536 bytes`);
  expect(closed).toBe(true);
  expect(sent).toBeLessThan(TEN_MB);
  expect(s.requests.filter((q) => q.url.startsWith('/token'))).toHaveLength(1);
  expect(existsSync(join(ws, 'image-digests.json'))).toBe(false);
});

import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { RegistryClient, RegistryError } from '../../src/registry/client.ts';
import { ecrRegion, mediaTypeProblem, pullRateLimit } from '../../src/registry/diagnose.ts';
import { nodeTransport } from '../../src/http/transport.ts';
import { parseReference } from '../../src/registry/reference.ts';
import type { Clock } from '../../src/registry/retry.ts';
import { fakeTransport, res } from '../registry-fake.ts';

// RELIABILITY.md cases 14 (media types), 16 (Docker Hub's pull limit) and 18 (an expired ECR password),
// with fake transports and a fake clock; the ECR wording also through the real transport, the ECR host
// name mapped to a loopback server by the client's baseUrl.

const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const OCI = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER = 'application/vnd.docker.distribution.manifest.v2+json';
const SCHEMA1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';
const SCHEMA1 = 'application/vnd.docker.distribution.manifest.v1+json';
const manifest = (mediaType: string) => Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, config: {}, layers: [] }));
const SCHEMA1_BODY = Buffer.from(
  JSON.stringify({ schemaVersion: 1, name: 'acme/api', tag: '1.0.0', fsLayers: [], history: [], signatures: [] }),
);

function fakeClock(start = Date.parse('2025-01-01T00:00:00Z')): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return { sleeps, now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)), random: () => 0.5 };
}

const ref = parseReference('reg.example.com/acme/api:1.0.0');

describe('case 14: media types', () => {
  test.each([
    [
      'a schema1 Content-Type on HEAD',
      SCHEMA1_SIGNED,
      undefined,
      'unsupported media type application/vnd.docker.distribution.manifest.v1+prettyjws',
    ],
    ['an unsigned schema1 Content-Type', SCHEMA1, undefined, 'unsupported media type application/vnd.docker.distribution.manifest.v1+json'],
    ['a schema1 body under a generic type', 'application/json', SCHEMA1_BODY, 'unsupported media type: the manifest is Docker schema1'],
    [
      'a Content-Type that disagrees with mediaType',
      DOCKER,
      manifest(OCI),
      `served as Content-Type ${DOCKER} but the manifest's mediaType is ${OCI}`,
    ],
  ])('mediaTypeProblem: %s', (_name, type, body, want) => {
    expect(mediaTypeProblem(type, body)).toContain(want);
  });

  test.each([
    ['matching types', OCI, manifest(OCI)],
    ['no Content-Type', undefined, manifest(OCI)],
    ['a generic Content-Type', 'application/octet-stream', manifest(DOCKER)],
    ['a body without mediaType', OCI, Buffer.from('{"schemaVersion":2,"config":{},"layers":[]}')],
    ['HEAD (no body) with a current type', DOCKER, undefined],
  ])('mediaTypeProblem accepts %s', (_name, type, body) => {
    expect(mediaTypeProblem(type, body)).toBeUndefined();
  });

  test('a schema1 answer to HEAD is refused naming the image; nothing is fetched after it', async () => {
    const t = fakeTransport(() => res(200, { 'Content-Type': SCHEMA1_SIGNED, 'Docker-Content-Digest': sha(SCHEMA1_BODY) }));
    const c = new RegistryClient({ transport: t, clock: fakeClock() });
    const err = await c.resolve(ref).catch((e) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.message).toBe(
      'reg.example.com/acme/api:1.0.0: unsupported media type application/vnd.docker.distribution.manifest.v1+prettyjws (a Docker schema1 manifest, deprecated and not content-addressable by its digest)',
    );
    expect(err.hint).toContain('docker/buildx');
    expect(t.seen.map((q) => q.method)).toEqual(['HEAD']);
  });

  test('a GET whose Content-Type disagrees with the body is refused even when the digest matches', async () => {
    const body = manifest(OCI);
    const t = fakeTransport((req) =>
      req.method === 'HEAD'
        ? res(200, { 'Content-Type': DOCKER })
        : res(200, { 'Content-Type': DOCKER, 'Docker-Content-Digest': sha(body) }, body),
    );
    const c = new RegistryClient({ transport: t, clock: fakeClock() });
    const err = await c.resolve(ref).catch((e) => e);
    expect(err.kind).toBe('mismatch');
    expect(err.message).toBe(
      `reg.example.com/acme/api:1.0.0: unsupported media type: served as Content-Type ${DOCKER} but the manifest's mediaType is ${OCI}`,
    );
  });

  test('a pinned digest names the image by digest', async () => {
    const digest = sha(SCHEMA1_BODY);
    const t = fakeTransport(() => res(200, { 'Content-Type': 'application/json', 'Docker-Content-Digest': digest }, SCHEMA1_BODY));
    const c = new RegistryClient({ transport: t, clock: fakeClock() });
    await expect(c.resolve(parseReference(`reg.example.com/acme/api@${digest}`), { os: 'linux', architecture: 'amd64' })).rejects.toThrow(
      `reg.example.com/acme/api@${digest}: unsupported media type: the manifest is Docker schema1`,
    );
  });
});

describe("case 16: Docker Hub's pull limit", () => {
  const hub = parseReference('nginx:1.27');
  const LIMITED = {
    'ratelimit-limit': '100;w=21600',
    'ratelimit-remaining': '0;w=21600',
    'docker-ratelimit-source': '203.0.113.7',
    'Content-Type': 'application/json',
  };
  const TOO_MANY = JSON.stringify({
    errors: [{ code: 'TOOMANYREQUESTS', message: 'You have reached your unauthenticated pull rate limit.' }],
  });

  test.each([
    [
      'headers',
      { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '0;w=21600' },
      '',
      { limit: 100, remaining: 0, windowSeconds: 21600 },
    ],
    [
      'docker-ratelimit-source only',
      { 'docker-ratelimit-source': 'abc' },
      '',
      { limit: undefined, remaining: undefined, windowSeconds: undefined },
    ],
    ['a TOOMANYREQUESTS body', {}, TOO_MANY, { limit: undefined, remaining: undefined, windowSeconds: undefined }],
  ])('pullRateLimit reads %s', (_name, headers, body, want) => {
    expect(pullRateLimit(res(429, headers, body))).toEqual(want);
  });

  test('another registry’s 429 is not Docker Hub’s limit', () => {
    expect(pullRateLimit(res(429, { 'Retry-After': '3' }))).toBeUndefined();
    expect(pullRateLimit(res(503, LIMITED))).toBeUndefined();
  });

  test('used up, no Retry-After: fails at once (retrying within seconds cannot help), saying whose limit, when and how to fix', async () => {
    const t = fakeTransport((req) =>
      req.url.includes('/token')
        ? res(200, {}, '{"token":"anon"}')
        : req.headers.Authorization
          ? res(429, LIMITED, TOO_MANY)
          : res(401, { 'WWW-Authenticate': 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"' }),
    );
    const clock = fakeClock();
    const c = new RegistryClient({ transport: t, clock });
    const err = await c.resolve(hub).catch((e) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.kind).toBe('rate-limited');
    expect(err.message).toBe(
      "rate limited by registry-1.docker.io: Docker Hub's pull rate limit is used up (0 of 100 remaining per 6h) for anonymous pulls from this address; the limit counts pulls over a rolling 6h window, so pulls free up within 6h (registry-1.docker.io/library/nginx:1.27)",
    );
    expect(err.hint).toBe(
      'authenticate to Docker Hub (username/password inputs, or docker/login-action before this step): authenticated pulls have a higher limit; or pull through a registry mirror (e.g. mirror.gcr.io) or copy the image to your own registry',
    );
    // A terminal logs in with docker login or the flags, not a workflow step.
    expect(err.cliHint).toBe(
      'authenticate to Docker Hub (docker login, or --username with the password on --password-stdin): authenticated pulls have a higher limit; or pull through a registry mirror (e.g. mirror.gcr.io) or copy the image to your own registry',
    );
    expect(clock.sleeps).toEqual([]);
    // Resolution is by HEAD: no GET reached the registry.
    expect(t.seen.filter((q) => q.url.includes('/manifests/')).map((q) => q.method)).toEqual(['HEAD', 'HEAD']);
  });

  test('with Retry-After: 7 it waits (fake clock), retries a bounded number of times, then names the limit', async () => {
    const t = fakeTransport(() => res(429, { ...LIMITED, 'Retry-After': '7' }));
    const clock = fakeClock();
    const c = new RegistryClient({ transport: t, clock, credentials: () => ({ username: 'me', password: 'pw' }) });
    const err = await c.resolve(hub).catch((e) => e);
    expect(clock.sleeps).toEqual([7000, 7000, 7000]);
    expect(t.seen).toHaveLength(4);
    expect(t.seen.every((q) => q.method === 'HEAD')).toBe(true);
    expect(err.message).toBe(
      "rate limited by registry-1.docker.io: Docker Hub's pull rate limit is used up (0 of 100 remaining per 6h) for this account; it asked to retry after 7 s (registry-1.docker.io/library/nginx:1.27)",
    );
    expect(err.hint).toBe(
      'wait for the window to pass, use an account on a paid Docker plan, or pull through a registry mirror / copy the image to your own registry',
    );
    expect(err.cliHint).toBeUndefined();
  });

  test('a Retry-After recovering within the bound: the answer is used', async () => {
    const digest = sha(manifest(OCI));
    const t = fakeTransport((_req, n) =>
      n === 1
        ? res(429, { ...LIMITED, 'ratelimit-remaining': '0;w=21600', 'Retry-After': '2' })
        : res(200, { 'Docker-Content-Digest': digest, 'Content-Type': OCI }),
    );
    const clock = fakeClock();
    const c = new RegistryClient({ transport: t, clock });
    await expect(c.resolve(hub)).resolves.toMatchObject({ digest });
    expect(clock.sleeps).toEqual([2000]);
  });
});

describe('case 18: an expired ECR password', () => {
  const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
  const creds = { username: 'AWS', password: 'eyJwYXlsb2FkIjoiZXhwaXJlZCJ9' };

  test.each([
    [ECR, 'eu-west-1'],
    ['123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com', 'us-gov-west-1'],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', 'cn-north-1'],
    ['public.ecr.aws', undefined],
    ['dkr.ecr.eu-west-1.amazonaws.com.evil.example', undefined],
    ['12345.dkr.ecr.eu-west-1.amazonaws.com', undefined],
  ])('ecrRegion(%s) = %s', (host, region) => {
    expect(ecrRegion(host)).toBe(region);
  });

  test.each([
    ['401 to the Basic password', () => res(401, { 'WWW-Authenticate': `Basic realm="https://${ECR}/",service="ecr.amazonaws.com"` })],
    [
      '403 DENIED token expired',
      () =>
        res(
          403,
          { 'Content-Type': 'application/json' },
          JSON.stringify({ errors: [{ code: 'DENIED', message: 'Your authorization token has expired. Reauthenticate and try again.' }] }),
        ),
    ],
  ])('%s: says the ECR password likely expired and how to renew it; no token endpoint is called', async (_name, refused) => {
    const t = fakeTransport((req, n) =>
      n === 1 || !req.headers.Authorization
        ? res(401, { 'WWW-Authenticate': `Basic realm="https://${ECR}/",service="ecr.amazonaws.com"` })
        : refused(),
    );
    const c = new RegistryClient({ transport: t, clock: fakeClock(), credentials: () => creds });
    const err = await c.resolve(parseReference(`${ECR}/team/api:2.0.0`)).catch((e) => e);
    expect(err.kind).toBe('denied');
    expect(err.message).toBe(
      `${ECR} refused the password for team/api: the ECR credentials are likely expired (an ECR password from aws ecr get-login-password lasts 12 hours)`,
    );
    expect(err.hint).toBe(
      'get a fresh password in the same job — `aws ecr get-login-password --region eu-west-1` (or aws-actions/amazon-ecr-login) right before this step — and check the IAM role may call ecr:BatchGetImage on team/api',
    );
    // A terminal has no job or step: the password goes to --password-stdin or docker login.
    expect(err.cliHint).toBe(
      'get a fresh password — `aws ecr get-login-password --region eu-west-1` piped to --password-stdin, or to docker login — and check the IAM role may call ecr:BatchGetImage on team/api',
    );
    expect(`${err.message} ${err.hint} ${err.cliHint}`).not.toContain(creds.password);
    expect(t.seen.every((q) => new URL(q.url).pathname.startsWith('/v2/team/api/manifests/'))).toBe(true);
  });

  test('another registry keeps the plain wording', async () => {
    const t = fakeTransport(() => res(401, { 'WWW-Authenticate': 'Basic realm="r"' }));
    const c = new RegistryClient({ transport: t, clock: fakeClock(), credentials: () => creds });
    await expect(c.resolve(ref)).rejects.toThrow('reg.example.com rejected the credentials for acme/api (Basic auth)');
  });

  test('through the real transport: the ECR host name mapped to a loopback registry', async () => {
    const seen: (string | undefined)[] = [];
    const server: Server = createServer((req, r) => {
      seen.push(req.headers.authorization);
      r.writeHead(401, {
        'WWW-Authenticate': `Basic realm="https://${ECR}/",service="ecr.amazonaws.com"`,
        'Content-Type': 'application/json',
      });
      r.end('{"errors":[{"code":"DENIED","message":"Not Authorized"}]}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as { port: number }).port;
    const transport = nodeTransport();
    try {
      const c = new RegistryClient({ transport, credentials: () => creds, baseUrl: () => `http://127.0.0.1:${port}` });
      const err = await c.resolve(parseReference(`${ECR}/team/api:2.0.0`)).catch((e) => e);
      expect(err.message).toContain('the ECR credentials are likely expired');
      expect(seen).toEqual([undefined, `Basic ${Buffer.from(`AWS:${creds.password}`).toString('base64')}`]);
    } finally {
      transport.close();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});

test('case 16: a Docker Hub 429 with pulls still remaining retries with backoff and does not claim the limit is used up', async () => {
  const t = fakeTransport(() =>
    res(429, { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '12;w=21600', 'docker-ratelimit-source': 'x' }),
  );
  const clock = fakeClock();
  const c = new RegistryClient({ transport: t, clock });
  const err = await c.resolve(parseReference('nginx:1.27')).catch((e) => e);
  expect(t.seen).toHaveLength(4);
  expect(clock.sleeps).toEqual([375, 750, 1500]);
  expect(err.message).toContain("Docker Hub's pull rate limit refused this pull (12 of 100 remaining per 6h)");
});

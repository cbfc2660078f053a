import { createHash } from 'node:crypto';
import { mapLimit } from '../../src/async/map-limit.ts';
import { RegistryClient, RegistryError } from '../../src/registry/client.ts';
import type { Transport } from '../../src/http/transport.ts';
import { NetworkError } from '../../src/http/transport.ts';
import { digestOf, MANIFEST_ACCEPT, selectPlatform, verifyDigest } from '../../src/registry/manifest.ts';
import { parsePlatform } from '../../src/registry/platform.ts';
import { parseReference } from '../../src/registry/reference.ts';
import { backoffDelay, type Clock, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter } from '../../src/registry/retry.ts';
import { fakeTransport, res } from '../registry-fake.ts';

const sha = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const MANIFEST = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}');
const DIGEST = sha(MANIFEST);
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

/** A clock that never waits: sleeping advances it and is recorded. */
function fakeClock(start = Date.parse('2025-01-01T00:00:00Z')): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    random: () => 0.5,
  };
}

function client(transport: Transport, extra: Partial<ConstructorParameters<typeof RegistryClient>[0]> = {}) {
  const clock = fakeClock();
  return { clock, c: new RegistryClient({ transport, clock, ...extra }) };
}

const ref = parseReference('reg.example.com/acme/api:1.0.0');

describe('Retry-After and backoff', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  test.each([
    ['0', 0],
    ['2', 2000],
    ['120', 120000],
    ['Wed, 01 Jan 2025 00:00:03 GMT', 3000],
    ['Tue, 31 Dec 2024 23:59:00 GMT', 0],
    ['soon', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['', undefined],
  ])('Retry-After %p → %p ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  test.each([
    [1, 0, 250],
    [1, 0.999, 500],
    [2, 0.5, 750],
    [3, 0.5, 1500],
    [10, 0, 4000],
    [10, 1, 8000],
  ])('attempt %i with random %p waits %i ms', (n, r, ms) => {
    expect(backoffDelay(n, DEFAULT_RETRY, r)).toBe(ms);
  });

  test.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [408, true],
    [501, false],
    [404, false],
    [401, false],
  ])('status %i retryable: %p', (status, retry) => {
    expect(isRetryableStatus(status)).toBe(retry);
  });
});

describe('retries with a fake clock', () => {
  test('5xx twice, then success: exponential backoff with jitter', async () => {
    const t = fakeTransport((_req, n) =>
      n < 3 ? res(n === 1 ? 503 : 502) : res(200, { 'Docker-Content-Digest': DIGEST, 'Content-Type': OCI_MANIFEST }),
    );
    const { c, clock } = client(t);
    await expect(c.resolve(ref)).resolves.toMatchObject({ digest: DIGEST, isIndex: false });
    expect(clock.sleeps).toEqual([375, 750]);
  });

  test('429 with Retry-After seconds and date are honoured', async () => {
    const t = fakeTransport((_req, n) =>
      n === 1
        ? res(429, { 'Retry-After': '7' })
        : n === 2
          ? res(429, { 'Retry-After': 'Wed, 01 Jan 2025 00:00:12 GMT' })
          : res(200, { 'Docker-Content-Digest': DIGEST }),
    );
    const { c, clock } = client(t);
    await c.resolve(ref);
    // 7 s, then the date is 5 s after the (advanced) clock.
    expect(clock.sleeps).toEqual([7000, 5000]);
  });

  test('a Retry-After longer than lockstep waits fails at once', async () => {
    const t = fakeTransport(() => res(429, { 'Retry-After': '3600' }));
    const { c, clock } = client(t);
    await expect(c.resolve(ref)).rejects.toThrow(
      'reg.example.com answered HTTP 429 and asked to retry after 3600 s, longer than lockstep waits',
    );
    expect(clock.sleeps).toEqual([]);
    expect(t.seen).toHaveLength(1);
  });

  test('attempts are bounded; the error says how many and why', async () => {
    const t = fakeTransport(() => {
      throw new NetworkError('reg.example.com: ECONNRESET', 'ECONNRESET');
    });
    const { c, clock } = client(t);
    const err = await c.resolve(ref).catch((e) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect(err.kind).toBe('unreachable');
    expect(err.message).toBe('reg.example.com unreachable after 4 attempts (reg.example.com: ECONNRESET)');
    expect(t.seen).toHaveLength(4);
    expect(clock.sleeps).toEqual([375, 750, 1500]);
  });

  test('a name that does not resolve is asked once; a resolver that could not answer is asked again', async () => {
    const gone = fakeTransport(() => {
      throw new NetworkError('charts.example.com: ENOTFOUND', 'ENOTFOUND');
    });
    const once = client(gone);
    await expect(once.c.resolve(ref)).rejects.toThrow('reg.example.com unreachable after 1 attempt (charts.example.com: ENOTFOUND)');
    expect(gone.seen).toHaveLength(1);
    expect(once.clock.sleeps).toEqual([]);
    const busy = fakeTransport((_req, n) => {
      if (n === 1) throw new NetworkError('reg.example.com: EAI_AGAIN', 'EAI_AGAIN');
      return res(200, { 'Docker-Content-Digest': DIGEST });
    });
    const again = client(busy);
    await expect(again.c.resolve(ref)).resolves.toMatchObject({ digest: DIGEST });
    expect(busy.seen).toHaveLength(2);
    expect(again.clock.sleeps).toEqual([375]);
  });

  test('the overall deadline stops retrying early and bounds each request', async () => {
    const t = fakeTransport(() => res(503));
    const { c, clock } = client(t, { deadlineMs: 1000, requestTimeoutMs: 5000 });
    await expect(c.resolve(ref)).rejects.toThrow('reg.example.com unreachable after 2 attempts (HTTP 503)');
    expect(t.seen[0].timeoutMs).toBe(1000);
    expect(t.seen).toHaveLength(2);
    expect(clock.sleeps).toEqual([375]);
  });
});

describe('digests', () => {
  test('one HEAD per image when the registry sends Docker-Content-Digest', async () => {
    const t = fakeTransport(() => res(200, { 'Docker-Content-Digest': DIGEST, 'Content-Type': 'application/vnd.oci.image.index.v1+json' }));
    const { c } = client(t);
    const r = await c.resolve(ref);
    expect(r).toEqual({ digest: DIGEST, mediaType: 'application/vnd.oci.image.index.v1+json', isIndex: true, warnings: [] });
    expect(t.seen.map((q) => [q.method, q.url])).toEqual([['HEAD', 'https://reg.example.com/v2/acme/api/manifests/1.0.0']]);
    expect(t.seen[0].headers.Accept).toBe(MANIFEST_ACCEPT);
    expect(t.seen[0].maxBytes).toBe(4 * 1024 * 1024);
    expect(t.seen[0].maxErrorBytes).toBe(64 * 1024);
  });

  test('no header on HEAD: GET and hash the exact bytes', async () => {
    const t = fakeTransport((req) =>
      req.method === 'HEAD' ? res(200, { 'Content-Type': OCI_MANIFEST }) : res(200, { 'Content-Type': OCI_MANIFEST }, MANIFEST),
    );
    const { c } = client(t);
    expect((await c.resolve(ref)).digest).toBe(DIGEST);
    expect(t.seen.map((q) => q.method)).toEqual(['HEAD', 'GET']);
  });

  test('a GET whose header disagrees with the body is refused', async () => {
    const t = fakeTransport((req) =>
      req.method === 'HEAD' ? res(200) : res(200, { 'Docker-Content-Digest': `sha256:${'1'.repeat(64)}` }, MANIFEST),
    );
    const { c } = client(t);
    await expect(c.resolve(ref)).rejects.toMatchObject({ kind: 'mismatch' });
  });

  test('a pinned digest the registry answers differently for is refused', async () => {
    const pinned = parseReference(`reg.example.com/acme/api@sha256:${'2'.repeat(64)}`);
    const t = fakeTransport(() => res(200, { 'Docker-Content-Digest': DIGEST }));
    const { c } = client(t);
    await expect(c.resolve(pinned)).rejects.toThrow(`the registry answered ${DIGEST} for the pinned digest sha256:${'2'.repeat(64)}`);
  });

  // The GET path: HEAD gave no digest (or a platform asked for the body), and the body came without a header
  // to check it against, so only the pinned digest itself can tell that the bytes are not what was pinned.
  const OTHER_BODY = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[{}]}');
  test.each([
    ['name@digest', `reg.example.com/acme/api@${DIGEST}`, undefined],
    ['name:tag@digest', `reg.example.com/acme/api:1.0.0@${DIGEST}`, undefined],
    ['name:tag@digest with a platform', `reg.example.com/acme/api:1.0.0@${DIGEST}`, 'linux/amd64'],
  ])('%s: a GET body that does not hash to the pinned digest is refused', async (_name, text, platform) => {
    const t = fakeTransport((req) =>
      req.method === 'HEAD' ? res(200, { 'Content-Type': OCI_MANIFEST }) : res(200, { 'Content-Type': OCI_MANIFEST }, OTHER_BODY),
    );
    const { c } = client(t);
    const err = await c.resolve(parseReference(text), platform ? parsePlatform(platform) : undefined).catch((e) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect(err).toMatchObject({ kind: 'mismatch', message: `the manifest served for ${DIGEST} hashes to ${sha(OTHER_BODY)}` });
    expect(t.seen.filter((q) => q.method === 'GET').map((q) => q.url.split('/manifests/')[1])).toEqual([DIGEST]);
  });

  test('name@digest: a GET body that hashes to the pinned digest is recorded', async () => {
    const t = fakeTransport((req) => (req.method === 'HEAD' ? res(200) : res(200, { 'Content-Type': OCI_MANIFEST }, MANIFEST)));
    const { c } = client(t);
    await expect(c.resolve(parseReference(`reg.example.com/acme/api@${DIGEST}`))).resolves.toMatchObject({
      digest: DIGEST,
      isIndex: false,
    });
  });

  test('name:tag@digest: the digest wins; a moved tag is a warning', async () => {
    const pinned = parseReference(`reg.example.com/acme/api:1.0.0@${DIGEST}`);
    const other = `sha256:${'3'.repeat(64)}`;
    const t = fakeTransport((req) => res(200, { 'Docker-Content-Digest': req.url.endsWith(DIGEST) ? DIGEST : other }));
    const { c } = client(t);
    const r = await c.resolve(pinned);
    expect(r.digest).toBe(DIGEST);
    expect(r.warnings).toEqual([`tag '1.0.0' now points to ${other}, not the pinned ${DIGEST}; recording the pinned digest`]);
    expect(t.seen.map((q) => q.url.split('/manifests/')[1])).toEqual([DIGEST, '1.0.0']);
  });

  test.each([
    [MANIFEST, undefined, DIGEST],
    [MANIFEST, DIGEST, DIGEST],
    [MANIFEST, digestOf(MANIFEST, 'sha512'), digestOf(MANIFEST, 'sha512')],
  ])('verifyDigest accepts matching bytes (%#)', (body, claimed, expected) => {
    expect(verifyDigest(body, claimed)).toBe(expected);
  });

  test('verifyDigest names both digests on a mismatch', () => {
    expect(() => verifyDigest(Buffer.from('x'), DIGEST)).toThrow(
      `the registry said the manifest is ${DIGEST} but its bytes hash to ${sha('x')}`,
    );
  });

  test('404 and 403 are named', async () => {
    const body = JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] });
    const t = fakeTransport((req) =>
      req.url.includes('/acme/')
        ? res(404, {}, body)
        : res(403, {}, req.method === 'HEAD' ? '' : JSON.stringify({ errors: [{ code: 'DENIED', message: 'no\nway' }] })),
    );
    const { c } = client(t);
    await expect(c.resolve(ref, parsePlatform('linux/amd64'))).rejects.toThrow(
      'reg.example.com/acme/api:1.0.0 not found (MANIFEST_UNKNOWN: manifest unknown)',
    );
    await expect(c.resolve(parseReference('reg.example.com/other/x:1'))).rejects.toMatchObject({
      kind: 'denied',
      message: 'access to reg.example.com/other/x denied',
    });
    await expect(c.resolve(parseReference('reg.example.com/other/x:1'), parsePlatform('linux/amd64'))).rejects.toThrow(
      'access to reg.example.com/other/x denied (DENIED: no way)',
    );
  });
});

describe('platform selection', () => {
  const index = (manifests: unknown[]) =>
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }));
  const d = (c: string) => `sha256:${c.repeat(64)}`;
  const body = index([
    { digest: d('a'), platform: { os: 'linux', architecture: 'amd64' } },
    { digest: d('b'), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
    { digest: d('c'), platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
    { digest: d('e'), platform: { os: 'linux', architecture: 'arm', variant: 'v6' } },
    { digest: d('f'), platform: { os: 'unknown', architecture: 'unknown' } },
  ]);
  test.each([
    ['linux/amd64', d('a'), 'linux/amd64'],
    ['linux/arm64', d('b'), 'linux/arm64/v8'],
    ['linux/arm64/v8', d('b'), 'linux/arm64/v8'],
    ['linux/arm/v6', d('e'), 'linux/arm/v6'],
    ['linux/arm', d('c'), 'linux/arm/v7'],
  ])('%s', (want, digest, platform) => {
    expect(selectPlatform(body, parsePlatform(want)!)).toEqual({ digest, platform });
  });

  test('a missing platform lists what the index offers', () => {
    expect(() => selectPlatform(body, parsePlatform('windows/amd64')!)).toThrow(
      'platform windows/amd64 is not in the index (it has linux/amd64, linux/arm64/v8, linux/arm/v7, linux/arm/v6, unknown/unknown)',
    );
  });

  test.each(['linux', 'linux/', 'Linux/AMD64', 'a/b/c/d', ''])('parsePlatform rejects %p', (text) => {
    expect(parsePlatform(text)).toBeUndefined();
  });

  test('the client GETs the index and records the platform manifest; a single manifest is an error', async () => {
    const idx = body;
    const t = fakeTransport((req) =>
      req.url.includes('/multi/')
        ? res(200, { 'Content-Type': 'application/vnd.oci.image.index.v1+json', 'Docker-Content-Digest': sha(idx) }, idx)
        : res(200, { 'Content-Type': OCI_MANIFEST }, MANIFEST),
    );
    const { c } = client(t);
    const r = await c.resolve(parseReference('reg.example.com/acme/multi:2'), parsePlatform('linux/arm64'));
    expect(r).toEqual({ digest: d('b'), isIndex: false, indexDigest: sha(idx), platform: 'linux/arm64/v8', warnings: [] });
    expect(t.seen.map((q) => q.method)).toEqual(['GET']);
  });

  test('a platform missing from the index is a platform failure (its own hint), not "not found"', async () => {
    const t = fakeTransport(() => res(200, { 'Content-Type': 'application/vnd.oci.image.index.v1+json' }, body));
    const { c } = client(t);
    await expect(c.resolve(ref, parsePlatform('windows/amd64'))).rejects.toMatchObject({
      kind: 'platform',
      message: expect.stringContaining('platform windows/amd64 is not in the index'),
    });
  });

  describe('a single-platform image: the platform is checked against its image config', () => {
    const image = (platform: Record<string, string>) => {
      const config = Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] } }));
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha(config), size: config.length },
          layers: [],
        }),
      );
      return { config, manifest };
    };
    const serve = (img: { config: Buffer; manifest: Buffer }, configBody = img.config) =>
      fakeTransport((req) =>
        req.url.includes('/blobs/')
          ? req.url.endsWith(`/blobs/${sha(img.config)}`)
            ? res(200, { 'Content-Type': 'application/vnd.oci.image.config.v1+json' }, configBody)
            : res(404)
          : res(200, { 'Content-Type': OCI_MANIFEST, 'Docker-Content-Digest': sha(img.manifest) }, img.manifest),
      );

    test.each([
      ['linux/amd64', { os: 'linux', architecture: 'amd64' }, 'linux/amd64'],
      ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }, 'linux/arm64/v8'],
      ['linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v7' }, 'linux/arm/v7'],
    ])('%s matches %j: the manifest digest is recorded', async (want, built, recorded) => {
      const img = image(built);
      const t = serve(img);
      const { c } = client(t);
      const r = await c.resolve(ref, parsePlatform(want));
      expect(r).toEqual({ digest: sha(img.manifest), mediaType: OCI_MANIFEST, isIndex: false, platform: recorded, warnings: [] });
      expect(t.seen.map((q) => `${q.method} ${q.url.replace(/^.*\/v2\//, '')}`)).toEqual([
        `GET acme/api/manifests/1.0.0`,
        `GET acme/api/blobs/${sha(img.config)}`,
      ]);
    });

    test.each([
      ['linux/arm64', { os: 'linux', architecture: 'amd64' }, '1.0.0 is a single-platform image built for linux/amd64, not linux/arm64'],
      [
        'windows/amd64',
        { os: 'linux', architecture: 'amd64' },
        '1.0.0 is a single-platform image built for linux/amd64, not windows/amd64',
      ],
      [
        'linux/arm/v6',
        { os: 'linux', architecture: 'arm', variant: 'v7' },
        '1.0.0 is a single-platform image built for linux/arm/v7, not linux/arm/v6',
      ],
    ])('%s on an image built for %j is a platform failure', async (want, built, message) => {
      const { c } = client(serve(image(built)));
      await expect(c.resolve(ref, parsePlatform(want))).rejects.toMatchObject({ kind: 'platform', message });
    });

    test('an image config whose bytes do not match its digest is a mismatch', async () => {
      const img = image({ os: 'linux', architecture: 'amd64' });
      const { c } = client(serve(img, Buffer.from(JSON.stringify({ os: 'linux', architecture: 'arm64' }))));
      await expect(c.resolve(ref, parsePlatform('linux/arm64'))).rejects.toMatchObject({ kind: 'mismatch' });
    });

    test('a manifest without a config descriptor cannot be checked', async () => {
      const t = fakeTransport(() => res(200, { 'Content-Type': OCI_MANIFEST }, MANIFEST));
      const { c } = client(t);
      await expect(c.resolve(ref, parsePlatform('linux/amd64'))).rejects.toMatchObject({
        kind: 'invalid',
        message: '1.0.0 is a manifest without an image config, so its platform cannot be checked',
      });
    });
  });
});

describe('authentication', () => {
  const CREDS = { username: 'robot', password: 'pa55-secret' };
  const basic = `Basic ${Buffer.from('robot:pa55-secret').toString('base64')}`;

  /** A Bearer registry: tokens t1, t2, …; `expired` tokens answer 401. */
  function bearerRegistry(opts: { realm?: string; expired?: Set<string>; tokenStatus?: number } = {}) {
    let issued = 0;
    const realm = opts.realm ?? 'https://auth.example.com/token';
    const t = fakeTransport((req) => {
      if (req.url.startsWith(realm.split('?')[0])) {
        if (opts.tokenStatus) return res(opts.tokenStatus);
        issued++;
        return res(200, { 'Content-Type': 'application/json' }, JSON.stringify({ token: `t${issued}`, expires_in: 300 }));
      }
      const auth = req.headers.Authorization;
      if (!auth || !auth.startsWith('Bearer ') || opts.expired?.has(auth.slice(7)))
        return res(401, { 'WWW-Authenticate': `Bearer realm="${realm}",service="reg.example.com",scope="repository:acme/api:pull"` });
      return res(200, { 'Docker-Content-Digest': DIGEST });
    });
    return t;
  }

  test('Bearer: one challenge, one token per scope, then one HEAD per image', async () => {
    const t = bearerRegistry();
    const { c } = client(t, { credentials: () => CREDS });
    await c.resolve(ref);
    await c.resolve(parseReference('reg.example.com/acme/api:1.0.1'));
    await c.resolve(parseReference('reg.example.com/acme/worker:1.0.0'));
    expect(t.seen.map((q) => `${q.method} ${q.url}`)).toEqual([
      'HEAD https://reg.example.com/v2/acme/api/manifests/1.0.0',
      'GET https://auth.example.com/token?service=reg.example.com&scope=repository%3Aacme%2Fapi%3Apull',
      'HEAD https://reg.example.com/v2/acme/api/manifests/1.0.0',
      'HEAD https://reg.example.com/v2/acme/api/manifests/1.0.1',
      'GET https://auth.example.com/token?service=reg.example.com&scope=repository%3Aacme%2Fworker%3Apull',
      'HEAD https://reg.example.com/v2/acme/worker/manifests/1.0.0',
    ]);
    expect(t.seen[1].headers.Authorization).toBe(basic);
    expect(t.seen[1].maxBytes).toBe(64 * 1024);
    expect(t.seen[2].headers.Authorization).toBe('Bearer t1');
  });

  test('Bearer anonymous: the token request carries no Authorization', async () => {
    const t = bearerRegistry();
    const { c } = client(t);
    await c.resolve(ref);
    expect(t.seen[1].headers.Authorization).toBeUndefined();
  });

  test('an expired token is renewed once; a second refusal names registry and scope', async () => {
    const t = bearerRegistry({ expired: new Set(['t1']) });
    const { c } = client(t);
    await expect(c.resolve(ref)).resolves.toMatchObject({ digest: DIGEST });
    expect(t.seen.filter((q) => q.url.includes('/token')).length).toBe(2);

    const never = bearerRegistry({ expired: new Set(['t1', 't2', 't3']) });
    const { c: c2 } = client(never, { credentials: () => CREDS });
    await expect(c2.resolve(ref)).rejects.toMatchObject({
      kind: 'denied',
      message: 'reg.example.com refused access to acme/api (scope repository:acme/api:pull) even with a fresh token',
    });
    expect(never.seen.filter((q) => q.url.includes('/token')).length).toBe(2);
    const { c: anon } = client(bearerRegistry({ expired: new Set(['t1', 't2']) }));
    await expect(anon.resolve(ref)).rejects.toThrow(
      'reg.example.com refused anonymous access to acme/api (scope repository:acme/api:pull); the repository is private or does not exist',
    );
  });

  test('a token expiring by time is fetched again', async () => {
    const t = bearerRegistry();
    const { c, clock } = client(t, { deadlineMs: 3_600_000 });
    await c.resolve(ref);
    await clock.sleep(400_000);
    await c.resolve(ref);
    expect(t.seen.filter((q) => q.url.includes('/token')).length).toBe(2);
  });

  test('a token endpoint refusing the credentials is denied, without the password in the message', async () => {
    const t = bearerRegistry({ tokenStatus: 401 });
    const { c } = client(t, { credentials: () => CREDS });
    const err = await c.resolve(ref).catch((e) => e);
    expect(err.message).toBe(
      'the token service https://auth.example.com refused the credentials for reg.example.com (scope repository:acme/api:pull)',
    );
    expect(err.message).not.toContain(CREDS.password);
  });

  test('an unsafe realm is refused before any request goes there', async () => {
    const t = bearerRegistry({ realm: 'http://169.254.169.254/token' });
    const { c } = client(t, { credentials: () => CREDS });
    await expect(c.resolve(ref)).rejects.toMatchObject({ kind: 'refused' });
    expect(t.seen.every((q) => !q.url.includes('169.254'))).toBe(true);
  });

  test('Basic: credentials sent after the challenge; missing or rejected ones are denied', async () => {
    const t = fakeTransport((req) =>
      req.headers.Authorization === basic
        ? res(200, { 'Docker-Content-Digest': DIGEST })
        : res(401, { 'WWW-Authenticate': 'Basic realm="r"' }),
    );
    const { c } = client(t, { credentials: () => CREDS });
    await c.resolve(ref);
    await c.resolve(ref);
    expect(t.seen.map((q) => q.headers.Authorization)).toEqual([undefined, basic, basic]);

    const { c: anon } = client(t);
    await expect(anon.resolve(ref)).rejects.toThrow('reg.example.com requires a username and password (Basic auth)');
    const { c: wrong } = client(t, { credentials: () => ({ username: 'robot', password: 'nope' }) });
    await expect(wrong.resolve(ref)).rejects.toThrow('reg.example.com rejected the credentials for acme/api (Basic auth)');
  });

  test('redirects: Authorization kept on the same origin, dropped for another host', async () => {
    const t = fakeTransport((req) => {
      if (req.url.startsWith('https://reg.example.com/v2/acme/api/manifests/1.0.0')) {
        if (req.headers.Authorization !== basic) return res(401, { 'WWW-Authenticate': 'Basic realm="r"' });
        return res(307, { Location: '/v2/acme/api/manifests/moved' });
      }
      if (req.url === 'https://reg.example.com/v2/acme/api/manifests/moved') return res(302, { Location: 'https://cdn.example.net/m' });
      if (req.url === 'https://cdn.example.net/m') return res(308, { Location: 'http://cdn.example.net/insecure' });
      return res(500);
    });
    const { c } = client(t, { credentials: () => CREDS });
    await expect(c.resolve(ref)).rejects.toThrow('cdn.example.net redirected to insecure http://cdn.example.net; refusing');
    expect(t.seen.map((q) => [q.url, q.headers.Authorization])).toEqual([
      ['https://reg.example.com/v2/acme/api/manifests/1.0.0', undefined],
      ['https://reg.example.com/v2/acme/api/manifests/1.0.0', basic],
      ['https://reg.example.com/v2/acme/api/manifests/moved', basic],
      ['https://cdn.example.net/m', undefined],
    ]);
  });
});

test('mapLimit keeps order and never runs more than the limit at once', async () => {
  let running = 0;
  let peak = 0;
  const out = await mapLimit([...Array(20).keys()], 3, async (i) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, 1 + (i % 3)));
    running--;
    return i * 2;
  });
  expect(out).toEqual([...Array(20).keys()].map((i) => i * 2));
  expect(peak).toBe(3);
});

import { createHash } from 'node:crypto';
import { RegistryClient } from '../../src/registry/client.ts';
import type { HttpRequest, HttpResponse, Transport } from '../../src/http/transport.ts';
import { parseReference } from '../../src/registry/reference.ts';
import type { Clock } from '../../src/registry/retry.ts';

// RELIABILITY.md case 10, the part the existing redirect test leaves out: the host a manifest request is
// redirected to answers 401 with its own challenge. Our credentials (Basic, or the Bearer token of the
// original registry) must never be sent there, and the run fails naming that host.

const MANIFEST = Buffer.from('{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{},"layers":[]}');
const DIGEST = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;
const CREDS = { username: 'robot', password: 's3cret-pw' };
const BASIC = `Basic ${Buffer.from('robot:s3cret-pw').toString('base64')}`;

const clock: Clock = { now: () => 0, sleep: async () => {}, random: () => 0.5 };
const res = (status: number, headers: Record<string, string> = {}, body: Buffer | string = ''): HttpResponse => ({
  status,
  headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
  body: Buffer.from(body),
});

function transport(route: (req: HttpRequest) => HttpResponse): Transport & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  const t = (async (req: HttpRequest) => {
    seen.push(req);
    return route(req);
  }) as Transport & { seen: HttpRequest[] };
  t.seen = seen;
  return t;
}

/** Every header value a request to `host` carried that holds one of our secrets. */
const leaked = (seen: HttpRequest[], host: string, secrets: string[]) =>
  seen
    .filter((q) => new URL(q.url).host === host)
    .flatMap((q) => Object.values(q.headers).filter((v) => secrets.some((s) => String(v).includes(s))));

test.each([
  ['Basic', 'Basic realm="cdn"'],
  ['Bearer', 'Bearer realm="https://cdn.example.net/token",service="cdn"'],
])('a 401 %s challenge from the redirect target gets none of our credentials', async (_name, challenge) => {
  const t = transport((req) => {
    const url = new URL(req.url);
    if (url.host === 'reg.example.com' && url.pathname === '/token')
      return res(200, { 'content-type': 'application/json' }, JSON.stringify({ token: 'reg-token-123' }));
    if (url.host === 'reg.example.com') {
      const auth = req.headers.Authorization;
      if (auth !== BASIC && auth !== 'Bearer reg-token-123')
        return res(401, { 'WWW-Authenticate': 'Bearer realm="https://reg.example.com/token",service="reg"' });
      return res(302, { Location: 'https://cdn.example.net/blob' });
    }
    if (url.host === 'cdn.example.net' && url.pathname === '/token')
      return res(200, { 'content-type': 'application/json' }, JSON.stringify({ token: 'cdn-token' }));
    if (req.headers.Authorization)
      return res(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': DIGEST }, MANIFEST);
    return res(401, { 'WWW-Authenticate': challenge });
  });
  const c = new RegistryClient({ transport: t, clock, credentials: () => CREDS });
  // It fell through to the registry's own 401 handling before, which fetched a token from the other
  // host's realm with the registry's Basic credentials.
  await expect(c.resolve(parseReference('reg.example.com/acme/api:1.0.0'))).rejects.toThrow(
    'cdn.example.net (a redirect from reg.example.com) asked for authentication; lockstep sends no credentials to another host',
  );
  const cdn = t.seen.filter((q) => new URL(q.url).host === 'cdn.example.net');
  expect(cdn.length).toBeGreaterThan(0);
  expect(cdn.length).toBeLessThanOrEqual(2);
  expect(cdn.map((q) => q.headers.Authorization)).toEqual(cdn.map(() => undefined));
  expect(leaked(t.seen, 'cdn.example.net', ['reg-token-123', BASIC.slice(6), 's3cret-pw'])).toEqual([]);
});

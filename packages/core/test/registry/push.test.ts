import { RegistryClient } from '../../src/registry/client.ts';
import { digestOf } from '../../src/registry/manifest.ts';
import { parseReference } from '../../src/registry/reference.ts';
import { fakeTransport, res } from '../registry-fake.ts';

// The registry client's writes (publish-chart): the monolithic blob upload, the manifest PUT, the push scope.

const ref = parseReference('reg.example/charts/api');
const noWait = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };
const BLOB = Buffer.from('chart bytes');

test('a blob is uploaded as POST then PUT ?digest= with its bytes, under a pull,push token', async () => {
  const t = fakeTransport((req) => {
    const u = new URL(req.url);
    if (u.pathname === '/token') return res(200, {}, JSON.stringify({ token: `tok-${u.searchParams.get('scope')}` }));
    if (req.headers.Authorization !== 'Bearer tok-repository:charts/api:pull,push')
      return res(401, { 'www-authenticate': 'Bearer realm="https://reg.example/token",service="reg"' });
    if (req.method === 'HEAD') return res(404);
    if (req.method === 'POST') return res(202, { location: '/v2/charts/api/blobs/uploads/u1?_state=x' });
    return res(201);
  });
  const client = new RegistryClient({ transport: t, retry: noWait, credentials: () => ({ username: 'ci', password: 'pw' }) });
  expect(await client.pushBlob(ref, BLOB)).toEqual({ digest: digestOf(BLOB), pushed: true });
  const writes = t.seen.filter((r) => r.method === 'POST' || r.method === 'PUT');
  expect(writes.map((r) => [r.method, r.url])).toEqual([
    ['POST', 'https://reg.example/v2/charts/api/blobs/uploads/'],
    ['PUT', `https://reg.example/v2/charts/api/blobs/uploads/u1?_state=x&digest=${encodeURIComponent(digestOf(BLOB))}`],
  ]);
  expect(writes[1].body).toEqual(BLOB);
  expect(writes[1].headers['Content-Type']).toBe('application/octet-stream');
});

test('a blob the repository holds is not sent again', async () => {
  const t = fakeTransport(() => res(200));
  const client = new RegistryClient({ transport: t, retry: noWait });
  expect(await client.pushBlob(ref, BLOB)).toEqual({ digest: digestOf(BLOB), pushed: false });
  expect(t.seen.map((r) => r.method)).toEqual(['HEAD']);
});

test('an upload Location on another host is refused: credentials never follow it', async () => {
  const t = fakeTransport((req) => (req.method === 'HEAD' ? res(404) : res(202, { location: 'https://elsewhere.example/upload/u1' })));
  const client = new RegistryClient({ transport: t, retry: noWait });
  await expect(client.pushBlob(ref, BLOB)).rejects.toThrow(
    'reg.example sent the upload to elsewhere.example; lockstep sends no credentials to another host',
  );
  expect(t.seen.map((r) => r.method)).toEqual(['HEAD', 'POST']);
});

test('a manifest PUT whose stored digest differs from the bytes sent is a mismatch', async () => {
  const body = Buffer.from('{"schemaVersion":2}');
  const t = fakeTransport(() => res(201, { 'docker-content-digest': `sha256:${'0'.repeat(64)}` }));
  const client = new RegistryClient({ transport: t, retry: noWait });
  await expect(client.pushManifest(ref, '1.0.0', body, 'application/vnd.oci.image.manifest.v1+json')).rejects.toThrow(
    `reg.example/charts/api:1.0.0: the registry stored the manifest as sha256:${'0'.repeat(64)}, not ${digestOf(body)}`,
  );
  expect(t.seen[0]).toMatchObject({
    method: 'PUT',
    url: 'https://reg.example/v2/charts/api/manifests/1.0.0',
    headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
  });
});

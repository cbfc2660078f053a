import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { nodeTransport } from '../../packages/core/src/http/transport.ts';
import { RegistryClient } from '../../packages/core/src/registry/client.ts';
import { verifyCosignSignature } from '../../packages/core/src/registry/cosign.ts';
import { COPY_LIMITS, planCopy, runCopy } from '../../packages/core/src/registry/image-copy.ts';
import { parseReference } from '../../packages/core/src/registry/reference.ts';
import {
  buildArtifactManifest,
  buildReferrersIndex,
  buildSignatureManifest,
  cosignSign,
  simpleSigningPayload,
} from '../harness/cosign-content.ts';
import {
  buildIndex,
  forward,
  type ImageContent,
  LocalRegistry,
  type LoopbackServer,
  MT,
  sha256,
  startServer,
} from '../harness/registry.ts';

// registry/image-copy.ts against two real registries (Debian's docker-registry, distribution 2.8, on 127.0.0.1):
// an index, its manifests and blobs, a cosign signature (the .sig tag) and an attestation (the referrers fallback
// tag) carried by digest, checked with the target registry's own API; and the source's lies — a manifest whose
// bytes are not its digest, a referrers index of 10,000 entries, a blob whose size lies — refused, the target
// left without the image.

const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const transport = nodeTransport();
const client = new RegistryClient({ transport, retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 } });
let dev: LocalRegistry;
let prod: LocalRegistry;
let index: ReturnType<typeof buildIndex>;
let big: ImageContent;
let signature: ImageContent;
let attestation: ImageContent;
let referrers: ImageContent;

/** An image whose one layer is `size` random bytes (bigger than a chunk: copied by ranged reads and PATCHes). */
function bigImage(size: number): ImageContent {
  const layer = randomBytes(size);
  const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MT.ociManifest,
      config: { mediaType: MT.ociConfig, digest: sha256(config), size: config.length },
      layers: [{ mediaType: MT.ociLayer, digest: sha256(layer), size: layer.length }],
    }),
  );
  return {
    kind: 'manifest',
    mediaType: MT.ociManifest,
    blobs: [
      { digest: sha256(config), bytes: config },
      { digest: sha256(layer), bytes: layer },
    ],
    manifest,
    digest: sha256(manifest),
    platform: { os: 'linux', architecture: 'amd64' },
  };
}

const side = (reg: { host: string }, repo: string) => ({ client, ref: parseReference(`${reg.host}/${repo}`) });
const get = (reg: LocalRegistry, path: string, method = 'GET', accept = `${MT.ociIndex}, ${MT.ociManifest}`) =>
  fetch(`${reg.url}/v2/${path}`, { method, headers: { Accept: accept } });

beforeAll(async () => {
  [dev, prod] = await Promise.all([LocalRegistry.start(), LocalRegistry.start()]);
  index = buildIndex('api');
  await dev.push('acme/api', '1.0.0', index);
  const payload = simpleSigningPayload(`${dev.host}/acme/api`, index.digest);
  signature = buildSignatureManifest(payload, cosignSign(payload, key.privateKey));
  await dev.push('acme/api', `${index.digest.replace(':', '-')}.sig`, signature);
  attestation = buildArtifactManifest(Buffer.from('{"predicateType":"https://slsa.dev/provenance/v1"}'), 'application/vnd.in-toto+json', {
    digest: index.digest,
    size: index.manifest.length,
    mediaType: index.mediaType,
  });
  await dev.push('acme/api', 'attestation', attestation);
  referrers = buildReferrersIndex([{ content: attestation, artifactType: 'application/vnd.in-toto+json' }]);
  await dev.push('acme/api', index.digest.replace(':', '-'), referrers);
  big = bigImage(200 * 1024 + 17);
  await dev.push('acme/big', '1.0.0', big);
}, 60000);

afterAll(async () => {
  await Promise.all([dev?.stop(), prod?.stop()]);
  transport.close();
});

test('an index, its manifests and blobs, its .sig tag and its referrers fallback tag land in the target byte for byte; the signature verifies there', async () => {
  const from = side(dev, 'acme/api');
  const to = side(prod, 'acme/api');
  const plan = await planCopy(from, index.digest);
  expect({ manifests: plan.nodes.length, blobs: plan.blobs, referrers: plan.referrers, tags: plan.tags }).toEqual({
    manifests: 5,
    // Two images' configs and layers, the signature's payload and the attestation's bundle, and the `{}` config both share.
    blobs: 7,
    referrers: 1,
    tags: [`${index.digest.replace(':', '-')}.sig`],
  });
  const report = await runCopy(from, to, plan);
  expect(report.blobs).toEqual({ present: 0, mounted: 0, copied: 7 });
  // The target's own API: every manifest by digest, byte for byte, with its media type; every blob by HEAD.
  for (const m of [index, ...index.children, signature, attestation]) {
    const res = await get(prod, `acme/api/manifests/${m.digest}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('docker-content-digest')).toBe(m.digest);
    expect(res.headers.get('content-type')).toBe(m.mediaType);
    expect(Buffer.from(await res.arrayBuffer()).equals(m.manifest)).toBe(true);
    for (const b of 'children' in m ? [] : m.blobs) {
      const head = await get(prod, `acme/api/blobs/${b.digest}`, 'HEAD');
      expect([head.status, head.headers.get('content-length')]).toEqual([200, String(b.bytes.length)]);
    }
  }
  const sig = await get(prod, `acme/api/manifests/${index.digest.replace(':', '-')}.sig`);
  expect(sig.headers.get('docker-content-digest')).toBe(signature.digest);
  const fallback = await get(prod, `acme/api/manifests/${index.digest.replace(':', '-')}`);
  expect(Buffer.from(await fallback.arrayBuffer()).equals(referrers.manifest)).toBe(true);
  // lockstep's verification, read from the target registry only.
  const verified = await verifyCosignSignature(client, to.ref, index.digest, [key.publicKey]);
  expect(verified.ok).toBe(true);
  // Again: everything is there, nothing is sent.
  expect((await runCopy(from, to, await planCopy(from, index.digest))).blobs).toEqual({ present: 7, mounted: 0, copied: 0 });
});

test('a blob larger than a chunk goes by ranged reads and PATCHes, never held whole; within one registry it is mounted', async () => {
  const from = side(dev, 'acme/big');
  const limits = { ...COPY_LIMITS, chunkBytes: 64 * 1024 };
  const before = client.requests.length;
  const report = await runCopy(from, side(prod, 'acme/big'), await planCopy(from, big.digest, limits), limits);
  // 200 KiB + 17 bytes in 64 KiB chunks: four ranged reads, four PATCHes, one PUT closing the session.
  const layerWrites = client.requests
    .slice(before)
    .filter((r) => r.method === 'PATCH' || (r.method === 'PUT' && r.url.includes(encodeURIComponent(big.blobs[1].digest))));
  expect(layerWrites.map((r) => [r.method, r.status])).toEqual([
    ['PATCH', 202],
    ['PATCH', 202],
    ['PATCH', 202],
    ['PATCH', 202],
    ['PUT', 201],
  ]);
  expect(report).toMatchObject({
    manifests: 1,
    blobs: { present: 0, mounted: 0, copied: 2 },
    bytes: 200 * 1024 + 17 + big.blobs[0].bytes.length,
  });
  const layer = await get(prod, `acme/big/blobs/${big.blobs[1].digest}`);
  expect(sha256(Buffer.from(await layer.arrayBuffer()))).toBe(big.blobs[1].digest);
  const mounted = await runCopy(side(prod, 'acme/big'), side(prod, 'team/big'), await planCopy(side(prod, 'acme/big'), big.digest));
  expect(mounted.blobs).toEqual({ present: 0, mounted: 2, copied: 0 });
});

/** A front for the dev registry that answers `lie` where it returns true, else forwards. */
async function lyingFront(lie: (url: string, res: ServerResponse) => boolean): Promise<LoopbackServer> {
  return startServer((req, res) => {
    if (!lie(req.url ?? '', res)) forward(dev.url, req, res);
  });
}

test('a manifest whose bytes are not the digest asked for is refused; nothing lands in the target', async () => {
  const child = index.children[1];
  const front = await lyingFront((url, res) => {
    if (url !== `/v2/acme/api/manifests/${child.digest}`) return false;
    res.writeHead(200, { 'content-type': MT.ociManifest }).end(index.children[0].manifest);
    return true;
  });
  try {
    const from = side(front, 'acme/api');
    await expect(planCopy(from, index.digest)).rejects.toThrow(
      `the manifest served for ${child.digest} hashes to ${index.children[0].digest}`,
    );
    expect((await get(prod, `lied/api/manifests/${index.digest}`, 'HEAD')).status).toBe(404);
  } finally {
    await front.stop();
  }
});

test('a referrers index of 10,000 entries is refused before one is read', async () => {
  const many = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MT.ociIndex,
      manifests: Array.from({ length: 10000 }, (_, i) => ({ mediaType: MT.ociManifest, digest: sha256(String(i)), size: 2 })),
    }),
  );
  const front = await lyingFront((url, res) => {
    if (url !== `/v2/acme/api/referrers/${index.digest}`) return false;
    res.writeHead(200, { 'content-type': MT.ociIndex }).end(many);
    return true;
  });
  try {
    await expect(planCopy(side(front, 'acme/api'), index.digest)).rejects.toThrow(
      `${front.host}/acme/api@${index.digest} has 10000 referrers, more than the 64 lockstep copies`,
    );
    expect(front.requests.filter((r) => r.url.includes(sha256('0')))).toEqual([]);
  } finally {
    await front.stop();
  }
});

test('a blob whose size lies (more bytes, or fewer, than its descriptor gives) is refused and never closed in the target', async () => {
  const layer = Buffer.from('forty-two bytes of layer, give or take...');
  const config = Buffer.from('{}');
  const lying = (size: number) =>
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MT.ociManifest,
        config: { mediaType: MT.ociConfig, digest: sha256(config), size: config.length },
        layers: [{ mediaType: MT.ociLayer, digest: sha256(layer), size }],
      }),
    );
  for (const [size, message] of [
    [10, `${dev.host}/acme/liar@${sha256(layer)}: the registry sent more than the 10 bytes its manifest gives`],
    [
      layer.length + 5,
      `${dev.host}/acme/liar@${sha256(layer)}: the registry sent ${layer.length} bytes where its manifest gives ${layer.length + 5}`,
    ],
  ] as const) {
    const manifest = lying(size);
    await dev.push('acme/liar', `size-${size}`, {
      kind: 'manifest',
      mediaType: MT.ociManifest,
      blobs: [
        { digest: sha256(config), bytes: config },
        { digest: sha256(layer), bytes: layer },
      ],
      manifest,
      digest: sha256(manifest),
      platform: { os: 'linux', architecture: 'amd64' },
    });
    const from = side(dev, 'acme/liar');
    await expect(runCopy(from, side(prod, `liar/${size}`), await planCopy(from, sha256(manifest)))).rejects.toThrow(message);
    expect((await get(prod, `liar/${size}/blobs/${sha256(layer)}`, 'HEAD')).status).toBe(404);
    expect((await get(prod, `liar/${size}/manifests/${sha256(manifest)}`, 'HEAD')).status).toBe(404);
  }
});

test('a source that ignores Range (the whole blob for a chunk) is refused at the first chunk; the target holds nothing of it', async () => {
  const front = await startServer((req, res) => {
    delete req.headers.range;
    forward(dev.url, req, res);
  });
  try {
    const limits = { ...COPY_LIMITS, chunkBytes: 64 * 1024 };
    const from = side(front, 'acme/big');
    await expect(runCopy(from, side(prod, 'norange/big'), await planCopy(from, big.digest, limits), limits)).rejects.toThrow(
      `${front.host}/acme/big@${big.blobs[1].digest}: the registry answered the read of bytes 0-65535 with more than 65536 bytes (a Range it ignores)`,
    );
    expect((await get(prod, `norange/big/blobs/${big.blobs[1].digest}`, 'HEAD')).status).toBe(404);
    expect((await get(prod, `norange/big/manifests/${big.digest}`, 'HEAD')).status).toBe(404);
  } finally {
    await front.stop();
  }
});

test('referrers a source lists by the OCI referrers API go under the fallback tag in a target without one', async () => {
  // A front for dev answering the referrers API (as registries with OCI 1.1 do) with the index dev keeps under the tag.
  const front = await startServer((req, res) => {
    if (req.url !== `/v2/acme/api/referrers/${index.digest}`) return forward(dev.url, req, res);
    res.writeHead(200, { 'content-type': MT.ociIndex }).end(referrers.manifest);
  });
  try {
    const from = side(front, 'acme/api');
    const report = await runCopy(from, side(prod, 'viaapi/api'), await planCopy(from, index.digest));
    expect([report.referrers, report.manifests]).toEqual([1, 5]);
    const fallback = await get(prod, `viaapi/api/manifests/${index.digest.replace(':', '-')}`);
    expect(fallback.status).toBe(200);
    expect(Buffer.from(await fallback.arrayBuffer()).equals(referrers.manifest)).toBe(true);
    expect(front.requests.some((r) => r.url === `/v2/acme/api/manifests/${index.digest.replace(':', '-')}`)).toBe(false);
  } finally {
    await front.stop();
  }
});

test("a target's own fallback tag keeps its entries: the source's missing ones are added to it", async () => {
  const theirs = buildArtifactManifest(Buffer.from('{"sbom":true}'), 'application/spdx+json', {
    digest: index.digest,
    size: index.manifest.length,
    mediaType: index.mediaType,
  });
  await prod.push('merge/api', 'sbom', theirs);
  await prod.push(
    'merge/api',
    index.digest.replace(':', '-'),
    buildReferrersIndex([{ content: theirs, artifactType: 'application/spdx+json' }]),
  );
  const from = side(dev, 'acme/api');
  await runCopy(from, side(prod, 'merge/api'), await planCopy(from, index.digest));
  const tag = await get(prod, `merge/api/manifests/${index.digest.replace(':', '-')}`);
  const listed = (JSON.parse(Buffer.from(await tag.arrayBuffer()).toString('utf8')) as { manifests: { digest: string }[] }).manifests;
  expect(listed.map((m) => m.digest)).toEqual([theirs.digest, attestation.digest]);
});

test('a non-distributable (foreign) layer is not copied: it is not in the registry, the runtime pulls it from its URLs', async () => {
  const config = Buffer.from('{"os":"windows","architecture":"amd64"}');
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MT.dockerManifest,
      config: { mediaType: MT.dockerConfig, digest: sha256(config), size: config.length },
      layers: [
        {
          mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
          digest: sha256('base layer'),
          size: 1234567,
          urls: ['https://mcr.example/base'],
        },
      ],
    }),
  );
  const front = await startServer((req, res) => {
    if (req.url === `/v2/acme/win/manifests/${sha256(manifest)}`) res.writeHead(200, { 'content-type': MT.dockerManifest }).end(manifest);
    else res.writeHead(404).end();
  });
  try {
    const plan = await planCopy(side(front, 'acme/win'), sha256(manifest));
    expect([plan.nodes.length, plan.blobs, plan.bytes]).toEqual([1, 1, config.length]);
  } finally {
    await front.stop();
  }
});

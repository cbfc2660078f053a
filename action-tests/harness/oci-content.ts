import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';

/**
 * Tiny but well-formed image content built in memory (no Docker engine):
 * a one-file gzip'd tar layer, an image config, and a manifest or index
 * referencing them by digest. Digests are sha256 of the exact bytes, so tests
 * can compute what a registry must report independently of the code under test.
 */

export const MT = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** A blob with its digest. */
export interface Blob {
  digest: string;
  bytes: Buffer;
}

function blob(bytes: Buffer): Blob {
  return { digest: sha256(bytes), bytes };
}

/** A single-platform image: its blobs and manifest. */
export interface ImageContent {
  kind: 'manifest';
  mediaType: string;
  blobs: Blob[];
  manifest: Buffer;
  digest: string;
  platform: { os: string; architecture: string; variant?: string };
}

/** A multi-platform index and the images it lists. */
export interface IndexContent {
  kind: 'index';
  mediaType: string;
  children: ImageContent[];
  manifest: Buffer;
  digest: string;
}

export type PushContent = ImageContent | IndexContent;

/** A ustar archive holding one regular file. */
export function tarWithFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const put = (text: string, offset: number, length: number) => header.write(text.slice(0, length), offset, length, 'ascii');
  const octal = (n: number, length: number) => n.toString(8).padStart(length - 1, '0') + '\0';
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(content.length, 12), 124, 12);
  put(octal(0, 12), 136, 12);
  put('        ', 148, 8);
  put('0', 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  let sum = 0;
  for (const b of header) sum += b;
  put(octal(sum, 7) + ' ', 148, 8);
  const pad = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, pad, Buffer.alloc(1024)]);
}

/**
 * A single-platform image whose content depends on `seed` (so different
 * seeds give different digests). `format` picks OCI or Docker v2 schema 2 media types.
 */
export function buildImage(
  seed: string,
  opts: { format?: 'oci' | 'docker'; os?: string; architecture?: string; variant?: string } = {},
): ImageContent {
  const format = opts.format ?? 'oci';
  const platform = {
    os: opts.os ?? 'linux',
    architecture: opts.architecture ?? 'amd64',
    ...(opts.variant ? { variant: opts.variant } : {}),
  };
  const tar = tarWithFile('hello.txt', Buffer.from(`lockstep test image ${seed} ${platform.architecture}\n`));
  const layer = blob(gzipSync(tar, { level: 9 }));
  const config = blob(
    Buffer.from(
      JSON.stringify({
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        created: '2024-01-01T00:00:00Z',
        config: { Labels: { 'org.lockstep.seed': seed } },
        rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
      }),
    ),
  );
  const manifest = Buffer.from(
    JSON.stringify(
      {
        schemaVersion: 2,
        mediaType: format === 'oci' ? MT.ociManifest : MT.dockerManifest,
        config: { mediaType: format === 'oci' ? MT.ociConfig : MT.dockerConfig, digest: config.digest, size: config.bytes.length },
        layers: [{ mediaType: format === 'oci' ? MT.ociLayer : MT.dockerLayer, digest: layer.digest, size: layer.bytes.length }],
      },
      null,
      2,
    ),
  );
  return {
    kind: 'manifest',
    mediaType: format === 'oci' ? MT.ociManifest : MT.dockerManifest,
    blobs: [config, layer],
    manifest,
    digest: sha256(manifest),
    platform,
  };
}

/** An OCI image index over one image per platform (`linux/amd64`, `linux/arm64/v8`, …). */
export function buildIndex(seed: string, platforms: string[] = ['linux/amd64', 'linux/arm64']): IndexContent {
  const children = platforms.map((p) => {
    const [os, architecture, variant] = p.split('/');
    return buildImage(`${seed}-${p}`, { os, architecture, variant });
  });
  const manifest = Buffer.from(
    JSON.stringify(
      {
        schemaVersion: 2,
        mediaType: MT.ociIndex,
        manifests: children.map((c) => ({ mediaType: c.mediaType, digest: c.digest, size: c.manifest.length, platform: c.platform })),
      },
      null,
      2,
    ),
  );
  return { kind: 'index', mediaType: MT.ociIndex, children, manifest, digest: sha256(manifest) };
}

/**
 * A Helm chart as `helm push` stores it: an OCI manifest whose config is the
 * chart's metadata and whose one layer is the packaged chart (`<name>/<file>`
 * entries, gzipped), for `LocalRegistry.push(repository, version, …)`.
 */
export async function helmChartContent(name: string, version: string, files: Record<string, string>): Promise<ImageContent> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => tar.on('end', () => resolve()));
  for (const [file, text] of Object.entries(files)) tar.entry({ name: `${name}/${file}` }, text);
  tar.finalize();
  await ended;
  const layer = blob(gzipSync(Buffer.concat(chunks)));
  const config = blob(Buffer.from(JSON.stringify({ name, version, apiVersion: 'v2' })));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MT.ociManifest,
      config: { mediaType: 'application/vnd.cncf.helm.config.v1+json', digest: config.digest, size: config.bytes.length },
      layers: [{ mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', digest: layer.digest, size: layer.bytes.length }],
    }),
  );
  return {
    kind: 'manifest',
    mediaType: MT.ociManifest,
    blobs: [config, layer],
    manifest,
    digest: sha256(manifest),
    platform: { os: 'linux', architecture: 'amd64' },
  };
}

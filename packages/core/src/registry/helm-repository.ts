// A classic Helm repository (`helm repo index`'s layout, chart-releaser's
// GitHub Pages): an https folder whose index.yaml lists each chart version with
// the URL of its packaged archive and that archive's sha256 `digest`. A chart
// version is read by fetching index.yaml (bounded: at most MAX_INDEX_BYTES,
// parsed by `yaml` with its alias cap), taking the entry of that exact version,
// and fetching the archive its first URL names, whose bytes must hash to the
// index's digest. Everything goes through the registry client's anonymous GET
// (its redirects and retry policy); nothing carries credentials.
//
// Where an index may send the archive: chart-releaser's index lives on
// <owner>.github.io and names archives under github.com/<owner>/<repo>/releases,
// another host, so another host is followed, over https only (plain http only
// on this machine, as for registries); any other scheme is refused. The digest
// is what ties the archive to the index, so an entry without one is refused,
// and an archive that hashes otherwise is refused as a mismatch.

import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { isLoopbackHost } from '../http/host-name.ts';
import { RegistryError, type RegistryClient } from './client.ts';

/** Largest index.yaml read (Bitnami's full index was ~20 MiB before it moved to OCI; a chart-releaser index is KiBs). */
export const MAX_INDEX_BYTES = 16 * 1024 * 1024;
/** Largest chart archive read (the same cap as a chart pulled from a registry blob is held to). */
export const MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;

/** A chart version read from a classic repository: the archive, where it came from, the index's digest. */
export interface RepositoryChart {
  tgz: Buffer;
  /** The archive's URL as fetched. */
  url: string;
  /** `sha256:<hex>` the index gave and the bytes matched. */
  digest: string;
}

/** True for a repoURL lockstep reads as a classic Helm repository: `https://…`, or `http://` on this machine. */
export function isClassicRepository(repoURL: string | undefined): boolean {
  const url = tryUrl(repoURL?.trim());
  return url !== undefined && (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.host)));
}

function tryUrl(s: string | undefined, base?: string): URL | undefined {
  if (!s) return undefined;
  try {
    return new URL(s, base);
  } catch {
    return undefined;
  }
}

/** The index.yaml URL of a repository URL (`https://host/path` → `https://host/path/index.yaml`). */
export function indexUrl(repoURL: string): string {
  return `${repoURL.trim().replace(/\/+$/, '')}/index.yaml`;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);

/** The index's entry for `chart` at exactly `version`: its archive URL (resolved against the index) and digest. */
export function indexEntry(text: string, index: string, chart: string, version: string): { url: string; digest: string } {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new RegistryError('invalid', `${index} is not YAML (${(e as Error).message.split('\n')[0]})`);
  }
  const entries = asObj(asObj(doc)?.entries);
  if (!entries) throw new RegistryError('invalid', `${index} has no entries: it is not a Helm repository index`);
  const versions = entries[chart];
  if (!Array.isArray(versions)) throw new RegistryError('not-found', `${index} lists no chart ${chart}`);
  const entry = versions.map(asObj).find((v) => v !== undefined && String(v.version) === version);
  if (!entry) throw new RegistryError('not-found', `${index} lists no version ${version} of chart ${chart}`);
  const first = Array.isArray(entry.urls) ? entry.urls.find((u): u is string => typeof u === 'string') : undefined;
  const url = tryUrl(first, index);
  if (!url) throw new RegistryError('invalid', `${index}: chart ${chart} ${version} names no archive URL`);
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.host))))
    throw new RegistryError(
      'refused',
      `${index}: chart ${chart} ${version} names its archive at ${url.protocol}//${url.host}; lockstep fetches archives over https only`,
    );
  const digest =
    typeof entry.digest === 'string'
      ? entry.digest
          .trim()
          .toLowerCase()
          .replace(/^sha256:/, '')
      : '';
  if (!/^[0-9a-f]{64}$/.test(digest))
    throw new RegistryError(
      'refused',
      `${index}: chart ${chart} ${version} has no sha256 digest, so its archive cannot be checked`,
      'index the repository with helm repo index (or chart-releaser), which writes each archive’s digest',
    );
  return { url: url.toString(), digest: `sha256:${digest}` };
}

/**
 * The packaged chart `chart` at `version` from the classic repository at
 * `repoURL`, its bytes checked against the index's digest (a RegistryError of
 * kind `mismatch` when they differ).
 */
export async function pullRepositoryChart(
  client: RegistryClient,
  repoURL: string,
  chart: string,
  version: string,
): Promise<RepositoryChart> {
  if (!isClassicRepository(repoURL))
    throw new RegistryError('refused', `${repoURL} is no https Helm repository (plain http is read only on this machine)`);
  const index = indexUrl(repoURL);
  const text = (await client.getUrl(index, MAX_INDEX_BYTES, index)).toString('utf8');
  const { url, digest } = indexEntry(text, index, chart, version);
  const tgz = await client.getUrl(url, MAX_ARCHIVE_BYTES, `chart ${chart} ${version}`);
  const got = `sha256:${createHash('sha256').update(tgz).digest('hex')}`;
  if (got !== digest)
    throw new RegistryError(
      'mismatch',
      `the archive of chart ${chart} ${version} at ${url} hashes to ${got}, not the ${digest} ${index} gives`,
      'the archive was replaced after the index was written (or the index is stale): re-index the repository, or find out who changed the archive',
    );
  return { tgz, url, digest };
}

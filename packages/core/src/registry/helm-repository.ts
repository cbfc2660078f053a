// A classic Helm repository (`helm repo index`'s layout, chart-releaser's
// GitHub Pages): an https folder whose index.yaml lists each chart version with
// the URL of its packaged archive and that archive's sha256 `digest`. A chart
// version is read by fetching index.yaml (bounded: at most MAX_INDEX_MIB, since
// it is parsed whole by `yaml`, with its alias cap), taking the entry of that exact version,
// and fetching the archive its first URL names, whose bytes must hash to the
// index's digest. Everything goes through the registry client's GET (its
// redirects and retry policy).
//
// Credentials: a private repository (Artifactory, Nexus, ChartMuseum, a
// chart-releaser site behind a proxy) is read with the Basic credentials of its
// entry in Helm's repositories.yaml (registry/helm-repositories.ts), sent only
// to the repository's own origin: with the index request, with an archive on the
// same origin, never after a redirect elsewhere (the client drops them at that
// hop) and never to an archive on another host. A 401 or 403 is one line naming
// the host, the repository and the file credentials are read from.
//
// Where an index may send the archive: chart-releaser's index lives on
// <owner>.github.io and names archives under github.com/<owner>/<repo>/releases,
// another host, so another host is followed, over https only (plain http only
// on this machine, as for registries); any other scheme is refused. The digest
// is what ties the archive to the index, so an entry without one is refused,
// and an archive that hashes otherwise is refused as a mismatch.

import { createHash } from 'node:crypto';
import { maxSatisfying, valid, validRange } from 'semver';
import { parse } from 'yaml';
import { isLoopbackHost } from '../http/host-name.ts';
import { RegistryError, type RegistryClient } from './client.ts';
import type { HelmRepositoriesSource, RepositoryCredentials } from './helm-repositories.ts';

/**
 * Largest index.yaml read, in MiB. The index is parsed whole (the yaml package has no streaming reader), at about
 * 1 s and 45 MiB of memory per MiB of index: 15 MiB took 11 s and 660 MiB. A chart-releaser index is KiBs and
 * thousands of versions fit in 4 MiB; a larger repository (Bitnami's was ~20 MiB) publishes to OCI, read by digest.
 */
export const MAX_INDEX_MIB = 4;
/** MAX_INDEX_MIB in bytes: the read stops there. */
export const MAX_INDEX_BYTES = MAX_INDEX_MIB * 1024 * 1024;
/** Largest chart archive read (the same cap as a chart pulled from a registry blob is held to). */
export const MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;

/** A chart version read from a classic repository: the archive, where it came from, the index's digest. */
export interface RepositoryChart {
  tgz: Buffer;
  /** The archive's URL as fetched. */
  url: string;
  /** `sha256:<hex>` the index gave and the bytes matched. */
  digest: string;
  /** The version pulled: the one asked for, or the highest a range admits. */
  version: string;
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

/** The highest listed version a range admits (undefined when `range` is no range, or admits none). */
function highestIn(listed: readonly Obj[], range: string): string | undefined {
  if (valid(range) !== null || validRange(range) === null) return undefined;
  const all = listed.flatMap((v) => (typeof v.version === 'string' && valid(v.version) !== null ? [v.version] : []));
  return maxSatisfying(all, range) ?? undefined;
}

/**
 * The index's entry for `chart` at `version` (exactly, else the highest version a semver range admits): its archive
 * URL (resolved against the index), digest and version.
 */
export function indexEntry(text: string, index: string, chart: string, version: string): { url: string; digest: string; version: string } {
  return entryOf(indexEntries(text, index), index, chart, version);
}

/** The `entries` of the index.yaml `text` (fetched from `index`), or why it is no index. */
function indexEntries(text: string, index: string): Obj {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new RegistryError('invalid', `${index} is not YAML (${(e as Error).message.split('\n')[0]})`);
  }
  const entries = asObj(asObj(doc)?.entries);
  if (!entries) throw new RegistryError('invalid', `${index} has no entries: it is not a Helm repository index`);
  return entries;
}

/** The entry of `chart` at `version` (or the highest a range admits) among an index's `entries`. */
function entryOf(entries: Obj, index: string, chart: string, version: string): { url: string; digest: string; version: string } {
  const versions = entries[chart];
  if (!Array.isArray(versions)) throw new RegistryError('not-found', `${index} lists no chart ${chart}`);
  const listed = versions.map(asObj).filter((v): v is Obj => v !== undefined);
  // A semver range (a HelmRelease's `version: 6.x`) resolves as helm-controller resolves it against the index: the
  // highest version it admits, a pre-release only where the range names one.
  const resolved = listed.some((v) => String(v.version) === version) ? version : highestIn(listed, version);
  const entry = listed.find((v) => String(v.version) === resolved);
  if (!entry)
    throw new RegistryError(
      'not-found',
      `${index} lists no version ${validRange(version) !== null && valid(version) === null ? 'in the range ' : ''}${version} of chart ${chart}`,
    );
  const picked = String(entry.version);
  const first = Array.isArray(entry.urls) ? entry.urls.find((u): u is string => typeof u === 'string') : undefined;
  const url = tryUrl(first, index);
  if (!url) throw new RegistryError('invalid', `${index}: chart ${chart} ${picked} names no archive URL`);
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.host))))
    throw new RegistryError(
      'refused',
      `${index}: chart ${chart} ${picked} names its archive at ${url.protocol}//${url.host}; lockstep fetches archives over https only`,
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
      `${index}: chart ${chart} ${picked} has no sha256 digest, so its archive cannot be checked`,
      'index the repository with helm repo index (or chart-releaser), which writes each archive’s digest',
    );
  return { url: url.toString(), digest: `sha256:${digest}`, version: picked };
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
  credentials?: HelmRepositoriesSource,
): Promise<RepositoryChart> {
  if (!isClassicRepository(repoURL))
    throw new RegistryError('refused', `${repoURL} is no https Helm repository (plain http is read only on this machine)`);
  const index = indexUrl(repoURL);
  const creds = credentials?.lookup(repoURL);
  const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined;
  // One pull of each chart version per client (a run): promote's render, values-drift and the downgrade check share it.
  return once(client, `chart\0${index}\0${basic ?? ''}\0${chart}\0${version}`, () =>
    pullOnce(client, repoURL, index, chart, version, { creds, basic, credentials }),
  );
}

/** A run's reads of classic repositories, per registry client: each index fetched and parsed once, each chart version pulled once. */
const runs = new WeakMap<RegistryClient, Map<string, Promise<unknown>>>();

function once<T>(client: RegistryClient, key: string, make: () => Promise<T>): Promise<T> {
  let run = runs.get(client);
  if (!run) runs.set(client, (run = new Map<string, Promise<unknown>>()));
  let got = run.get(key) as Promise<T> | undefined;
  if (!got) run.set(key, (got = make()));
  return got;
}

/** pullRepositoryChart's work, done once per client and chart version: the index (read once per client), then the archive. */
async function pullOnce(
  client: RegistryClient,
  repoURL: string,
  index: string,
  chart: string,
  version: string,
  auth: { creds?: RepositoryCredentials; basic?: string; credentials?: HelmRepositoriesSource },
): Promise<RepositoryChart> {
  const { creds, basic, credentials } = auth;
  const origin = new URL(index).origin;
  const get = async (url: string, max: number, what: string) => {
    try {
      return await client.getUrl(url, max, what, new URL(url).origin === origin ? basic : undefined);
    } catch (e) {
      if (e instanceof RegistryError && (e.kind === 'unauthenticated' || e.kind === 'denied'))
        throw refusal(e, repoURL, url, origin, creds, credentials);
      throw e;
    }
  };
  const entries = await once(client, `index\0${index}\0${basic ?? ''}`, async () => {
    const text = (
      await get(index, MAX_INDEX_BYTES, index).catch((e: unknown) => {
        if (e instanceof RegistryError && /^response too large/.test(e.message))
          throw new RegistryError(
            'invalid',
            `index.yaml of ${repoURL.trim()} is larger than ${MAX_INDEX_MIB} MiB, the most lockstep reads of a Helm repository index (it is parsed whole, not streamed)`,
            'publish the chart to an OCI registry (helm push) and point the source at it, or prune old versions from the index (helm repo index keeps every archive it finds)',
          );
        throw e;
      })
    ).toString('utf8');
    return indexEntries(text, index);
  });
  const { url, digest, version: picked } = entryOf(entries, index, chart, version);
  const tgz = await get(url, MAX_ARCHIVE_BYTES, `chart ${chart} ${picked}`);
  const got = `sha256:${createHash('sha256').update(tgz).digest('hex')}`;
  if (got !== digest)
    throw new RegistryError(
      'mismatch',
      `the archive of chart ${chart} ${picked} at ${url} hashes to ${got}, not the ${digest} ${index} gives`,
      'the archive was replaced after the index was written (or the index is stale): re-index the repository, or find out who changed the archive',
    );
  return { tgz, url, digest, version: picked };
}

/** A 401/403 as one line: the host, the repository, and what was (or was not) found in repositories.yaml. */
function refusal(
  e: RegistryError,
  repoURL: string,
  url: string,
  origin: string,
  creds: RepositoryCredentials | undefined,
  source: HelmRepositoriesSource | undefined,
): RegistryError {
  const host = new URL(url).host;
  const repo = `${repoURL.trim().replace(/\/+$/, '')}/`;
  const status = /HTTP 403$/.test(e.message) ? '403 Forbidden' : /HTTP 401$/.test(e.message) ? '401 Unauthorized' : undefined;
  // A challenge from a host a redirect led to (the client's own line says so).
  if (status === undefined) return new RegistryError(e.kind, `${repo}: ${e.message}`);
  const file = source?.shown ?? '~/.config/helm/repositories.yaml';
  const add = `helm repo add <name> ${repo} --username <user> --password-stdin in a step before this one`;
  const why =
    new URL(url).origin !== origin
      ? `${host} is not the repository's host, and lockstep sends the credentials in ${file} only to ${new URL(origin).host}`
      : creds
        ? `${host} refused the credentials of entry ${creds.name} in ${file} (check the username and password given to helm repo add)`
        : `no credentials for ${host} in ${file} (${add})`;
  return new RegistryError(e.kind, `${repo}: ${status}: ${why}`, 'nothing was written');
}

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { splitListLines } from '../action/inputs.ts';
import type { Config } from '../config/config.ts';
import { UserError, UserErrors } from '../errors.ts';
import { type FileChange, renderDiff } from '../edits/diff.ts';
import { commitChanges } from '../edits/transaction.ts';
import { resolveInside, workspaceRelative } from '../fs/workspace.ts';
import { mapLimit, RegistryClient, RegistryError, type FailureKind } from '../registry/client.ts';
import { type CredentialHelperRunner, type Credentials, dockerConfigPath, dockerCredentialSource } from '../registry/docker-config.ts';
import type { Transport } from '../registry/http.ts';

export { nodeTransport } from '../registry/http.ts';
import { parsePlatform, type Platform } from '../registry/manifest.ts';
import { type ImageReference, InvalidReference, parseReference } from '../registry/reference.ts';
import type { Clock, RetryPolicy } from '../registry/retry.ts';
import { type DigestEntry, type DigestsFile, digestsOneLine, formatDigests, mergeDigests, parseDigests } from './file.ts';

/** One image to capture: the name it is recorded under and its reference. */
export interface CaptureTarget {
  name: string;
  ref: ImageReference;
}

/** Everything capture-digests needs, read once from the inputs (plain data; tests build it directly). */
export interface CaptureSettings {
  /** Absolute workspace root. */
  workspace: string;
  /** Absolute working directory inside the workspace. */
  workdir: string;
  targets: CaptureTarget[];
  /** Workspace-relative output path (checked). */
  output: string;
  merge: boolean;
  overwrite: boolean;
  /** Resolve and show the diff, but write nothing. */
  dryRun?: boolean;
  sha: string;
  platform?: Platform;
  credentials?: Credentials;
  /** HOME, for ~/.docker/config.json. */
  home: string;
  /** DOCKER_CONFIG, when set. */
  dockerConfigDir?: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Images resolved at once. A HEAD is tiny, so a typical release (tens of
 * images) goes out in a single wave: total time is about one round trip, not
 * one per image; the bound keeps a huge list from opening hundreds of sockets.
 */
export const DEFAULT_CONCURRENCY = 64;

/** Parses the `images` input: `name=registry/repo:tag` items, one per line or comma-separated; every bad item is reported. */
export function parseImagesInput(text: string): CaptureTarget[] {
  const errors: UserError[] = [];
  const targets: CaptureTarget[] = [];
  const seen = new Set<string>();
  // The same list language as every other list input: one per line, or comma-separated.
  splitListLines(text).forEach(({ item: line, line: n }) => {
    const where = `images line ${n}`;
    const eq = line.indexOf('=');
    if (eq <= 0) {
      errors.push(new UserError(`${where}: '${line}' is not name=reference`, { hint: 'write one image per line as name=registry/repo:tag, e.g. api=ghcr.io/acme/api:1.2.3' }));
      return;
    }
    const name = line.slice(0, eq).trim();
    const refText = line.slice(eq + 1).trim();
    if (!NAME.test(name)) {
      errors.push(new UserError(`${where}: name '${name}' is invalid`, { hint: 'use letters, digits, ".", "_" or "-", starting with a letter or digit' }));
      return;
    }
    if (seen.has(name)) {
      errors.push(new UserError(`${where}: name '${name}' appears twice`, { hint: 'give each image its own name' }));
      return;
    }
    seen.add(name);
    try {
      targets.push({ name, ref: requireTagOrDigest(parseReference(refText)) });
    } catch (e) {
      if (!(e instanceof InvalidReference)) throw e;
      errors.push(new UserError(`${where}: ${name}: ${e.message}`, { hint: 'use registry/repository:tag, e.g. ghcr.io/acme/api:1.2.3' }));
    }
  });
  throwAll(errors);
  return targets;
}

function requireTagOrDigest(ref: ImageReference): ImageReference {
  if (!ref.tag && !ref.digest) throw new InvalidReference(`'${ref.original}' has no tag; lockstep does not assume ':latest'`);
  return ref;
}

/**
 * Targets from the config's `services` (all of them for `all` or an empty
 * list), each configured image with `tag` applied.
 */
export function targetsFromServices(config: Config, services: string[], tag: string | undefined): CaptureTarget[] {
  const configured = Object.keys(config.services);
  const file = config.file;
  if (configured.length === 0)
    throw new UserError('no images to capture: the images input is empty and the config has no services', {
      file,
      hint: 'pass images (name=registry/repo:tag lines), or list services in .github/lockstep.yml',
    });
  const wanted = services.length === 0 || (services.length === 1 && services[0] === 'all') ? configured : services;
  if (!tag && services.length === 0)
    throw new UserError('nothing to capture: give images, or a tag for the services in the config', {
      hint: `set images: to name=registry/repo:tag lines (e.g. api=ghcr.io/acme/api:1.7.3), or tag: to the version the configured services (${configured.join(', ')}) were pushed with`,
    });
  if (!tag) throw new UserError("input 'tag' is required with services", { hint: 'pass the version the images were pushed with, e.g. tag: 1.7.3' });
  const errors: UserError[] = [];
  const targets: CaptureTarget[] = [];
  for (const name of wanted) {
    const svc = config.services[name];
    if (!svc) {
      errors.push(new UserError(`service '${name}' is not in the config`, { file, hint: `configured services: ${configured.join(', ')}` }));
      continue;
    }
    try {
      const ref = parseReference(`${svc.image}:${tag}`);
      targets.push({ name, ref });
    } catch (e) {
      if (!(e instanceof InvalidReference)) throw e;
      errors.push(new UserError(`service '${name}': ${e.message}`, { file, hint: 'services.<name>.image is registry/repository without a tag' }));
    }
  }
  throwAll(errors);
  return targets;
}

/** Parses the `platform` input. */
export function platformInput(text: string | undefined): Platform | undefined {
  if (!text) return undefined;
  const p = parsePlatform(text);
  if (!p) throw new UserError(`input 'platform' is '${text}'`, { hint: 'use os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm/v7' });
  return p;
}

function throwAll(errors: UserError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserErrors(errors);
}

/** One row of the job summary. */
export interface CaptureRow {
  name: string;
  image: string;
  tag: string;
  digest: string;
  /** `index`, `manifest`, or the platform picked from an index. */
  kind: string;
}

export interface CaptureResult {
  /** The whole file as written (merged when merge is on). */
  file: DigestsFile;
  /** Workspace-relative output path. */
  path: string;
  /** False when the file already held exactly this content. */
  changed: boolean;
  /** True when the file was (re)written; false when unchanged or on a dry run. */
  written: boolean;
  /** Unified diff of the file's change (empty when unchanged), safe for the runner's log. */
  diff: string;
  /** The file's change, before (undefined: new) and after; empty when unchanged. */
  changes: FileChange[];
  /** How many entries were already in the file and kept. */
  kept: number;
  rows: CaptureRow[];
  warnings: string[];
  /** The file content on one line. */
  oneLine: string;
  /** Requests made, for the log. */
  requests: number;
}

/** The world capture needs: an HTTP transport, optionally a clock/retry policy, and hooks for masking and debug. */
export interface CaptureWorld {
  transport: Transport;
  clock?: Clock;
  retry?: RetryPolicy;
  requestTimeoutMs?: number;
  deadlineMs?: number;
  concurrency?: number;
  /** Registers a secret with the runner so it is masked (`::add-mask::`). */
  secret: (value: string) => void;
  log?: (line: string) => void;
  /** Runs `docker-credential-<name> get` (default: spawned by argv from PATH). */
  credentialHelper?: CredentialHelperRunner;
}

const HINTS: Record<FailureKind, string> = {
  'not-found': 'check that the image was pushed with this tag before capturing (and the repository name)',
  denied: 'check the username/password (or the docker/login-action login) for this registry, and that they may read this repository',
  unauthenticated: 'pass username and password, or log in with docker/login-action before this step',
  platform: 'set platform to one of the platforms the image offers, or leave platform empty to record the digest the tag names',
  unreachable: 'check the registry host and that it is up; lockstep retried with backoff',
  'rate-limited': 'authenticate to the registry, or pull through a mirror',
  refused: "the registry's auth or redirect points somewhere lockstep will not send credentials",
  mismatch: 'the registry returned inconsistent data; retry, and report it if it persists',
  invalid: 'check the image reference',
  error: 'check the registry status and retry',
};

/**
 * Resolves every target (bounded concurrency), then — only if all resolved —
 * merges with the existing file when asked and writes it via a temp file and
 * rename. Failures are reported together, one UserError per image.
 */
export async function captureDigests(s: CaptureSettings, world: CaptureWorld): Promise<CaptureResult> {
  const outAbs = resolveInside(s.workspace, relative(s.workspace, resolve(s.workdir, s.output)), 'output');
  const outRel = workspaceRelative(s.workspace, outAbs);
  const creds = credentialSource(s, world);
  const client = new RegistryClient({
    transport: world.transport,
    clock: world.clock,
    retry: world.retry,
    requestTimeoutMs: world.requestTimeoutMs,
    deadlineMs: world.deadlineMs,
    credentials: creds,
    log: world.log,
  });
  // Read the file to merge with before the network work: a broken file fails fast.
  let existing: DigestsFile = {};
  let existingText: string | undefined;
  if (existsSync(outAbs)) {
    existingText = readFileSync(outAbs, 'utf8');
    if (s.merge) existing = await parseDigests(existingText, outRel);
  }

  const outcomes = await mapLimit(s.targets, world.concurrency ?? DEFAULT_CONCURRENCY, async (t) => {
    try {
      return { t, res: await client.resolve(t.ref, s.platform) };
    } catch (e) {
      if (e instanceof RegistryError) return { t, error: e };
      throw e;
    }
  });
  const failures = outcomes.filter((o) => o.error);
  if (failures.length > 0) {
    throwAll(
      failures.map(
        (o) => new UserError(`${o.t.name}: could not resolve ${o.t.ref.original}: ${o.error!.message}`, { hint: o.error!.hint ?? HINTS[o.error!.kind] }),
      ),
    );
  }
  const incoming: DigestsFile = {};
  const rows: CaptureRow[] = [];
  const warnings: string[] = [];
  for (const o of outcomes) {
    const r = o.res!;
    const entry: DigestEntry = { digest: r.digest, image: o.t.ref.name, sha: s.sha, tag: o.t.ref.tag ?? '' };
    if (r.platform) entry.platform = r.platform;
    incoming[o.t.name] = entry;
    const kind = r.platform
      ? r.indexDigest
        ? `${r.platform} (from index ${r.indexDigest})`
        : `${r.platform} (single-platform manifest)`
      : r.isIndex
        ? 'index (multi-platform)'
        : 'manifest';
    rows.push({ name: o.t.name, image: entry.image, tag: entry.tag, digest: r.digest, kind });
    for (const w of r.warnings) warnings.push(`${o.t.name}: ${w}`);
  }
  const merged = s.merge ? mergeDigests(existing, incoming, { overwrite: s.overwrite, file: outRel, text: existingText }) : incoming;
  const text = formatDigests(merged);
  const changed = existingText !== text;
  const written = changed && !s.dryRun;
  const changes = changed ? [{ path: outRel, before: existingText, after: text }] : [];
  if (written) {
    mkdirSync(dirname(outAbs), { recursive: true });
    commitChanges(s.workspace, changes);
  }
  return {
    file: merged,
    path: outRel,
    changed,
    written,
    diff: renderDiff(changes),
    changes,
    kept: Object.keys(merged).length - Object.keys(incoming).length,
    rows,
    warnings,
    oneLine: digestsOneLine(merged),
    requests: client.requests.length,
  };
}

/** Credentials per registry: the inputs for every registry, else the Docker config (its entry or credential helper), else none. */
function credentialSource(s: CaptureSettings, world: CaptureWorld): (registry: string) => Credentials | undefined | Promise<Credentials | undefined> {
  if (s.credentials) return () => s.credentials;
  return dockerCredentialSource({
    configPath: dockerConfigPath({ DOCKER_CONFIG: s.dockerConfigDir }, s.home),
    run: world.credentialHelper,
    secret: world.secret,
    log: world.log,
  });
}

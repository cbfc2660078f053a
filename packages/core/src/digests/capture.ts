import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Config } from '../config/config.ts';
import { named, setting, theInput, throwAll, unset, UserError, words, type Words } from '../errors.ts';
import { type FileChange, renderDiff } from '../edits/diff.ts';
import { commitChanges } from '../edits/transaction.ts';
import { resolveInside, workspaceRelative } from '../fs/workspace.ts';
import { mapLimit } from '../async/map-limit.ts';
import { RegistryClient, RegistryError, type FailureKind } from '../registry/client.ts';
import { type CredentialHelperRunner, type Credentials, dockerConfigPath, dockerCredentialSource } from '../registry/docker-config.ts';
import type { Transport } from '../http/transport.ts';
import type { Platform } from '../registry/platform.ts';
import { type ImageReference, InvalidReference, parseReference } from '../registry/reference.ts';
import type { Clock, RetryPolicy } from '../registry/retry.ts';
import type { Verification, VerifyPolicy } from '../registry/verify.ts';
import { type DigestEntry, type DigestsFile, digestsOneLine, formatDigests, mergeDigests, parseDigests } from './file.ts';
import type { CaptureTarget } from './targets.ts';

/** Everything capture-digests needs, read once from the inputs (plain data; tests build it directly). */
export interface CaptureSettings {
  /** Absolute workspace root. */
  workspace: string;
  /** Absolute working directory inside the workspace. */
  workdir: string;
  targets: CaptureTarget[];
  /** Workspace-relative output path (checked). */
  output: string;
  /** Keep the existing entries and refuse a name already recorded with another digest (unless overwrite). */
  merge: boolean;
  overwrite: boolean;
  /** The file holds only this run's entries; the others are dropped (and listed). Without merge or replace, the others are kept and this run's names refreshed. */
  replace?: boolean;
  /** Resolve and show the diff, but write nothing. */
  dryRun?: boolean;
  sha: string;
  platform?: Platform;
  credentials?: Credentials;
  /** HOME, for ~/.docker/config.json. */
  home: string;
  /** DOCKER_CONFIG, when set. */
  dockerConfigDir?: string;
  /** The `verify:` policy of each image by name (from the config); an image without one is written unverified. */
  verify?: (name: string) => VerifyPolicy | undefined;
  /** Where an image's own `verify: {}` turns the top-level policy off (`file:line`), for the warning its unverified digest gets. */
  unverified?: (name: string) => string | undefined;
  /** The config file the policies came from, for errors about their keys and roots. */
  configFile?: string;
}

/**
 * Images resolved at once. A HEAD is tiny, so a typical release (tens of
 * images) goes out in a single wave: total time is about one round trip, not
 * one per image; the bound keeps a huge list from opening hundreds of sockets.
 */
export const DEFAULT_CONCURRENCY = 64;

/**
 * Targets from the config's `services` (all of them for `all` or an empty
 * list), each configured image with `tag` applied.
 */
export function targetsFromServices(config: Config, services: string[], tag: string | undefined): CaptureTarget[] {
  const configured = Object.keys(config.services);
  const file = config.file;
  if (configured.length === 0)
    throw new UserError(words`no images to capture: ${theInput('images')} is empty and the config has no services`, {
      file,
      hint: words`${setting('images')} (name=registry/repo:tag lines), or list services in .github/lockstep.yml`,
    });
  const wanted = services.length === 0 || (services.length === 1 && services[0] === 'all') ? configured : services;
  if (!tag && services.length === 0)
    throw new UserError(words`nothing to capture: give ${named('images')}, or a ${named('tag')} for the services in the config`, {
      hint: words`${setting('images')} as name=registry/repo:tag lines (e.g. ${named('images', 'api=ghcr.io/acme/api:1.7.3')}), or ${setting('tag')} as the version the configured services (${configured.join(', ')}) were pushed with`,
    });
  if (!tag)
    throw new UserError('is required with services', {
      input: 'tag',
      hint: words`pass the version the images were pushed with, e.g. ${named('tag', '1.7.3')}`,
    });
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
      errors.push(
        new UserError(`service '${name}': ${e.message}`, { file, hint: 'services.<name>.image is registry/repository without a tag' }),
      );
    }
  }
  throwAll(errors);
  return targets;
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
  /** Names the existing file held that a replace dropped, sorted. */
  dropped: string[];
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
  /** Told after each image resolved (or failed): `done` of `total`. */
  progress?: (done: number, total: number) => void;
  /** Runs `docker-credential-<name> get` (default: spawned by argv from PATH). */
  credentialHelper?: CredentialHelperRunner;
}

const HINTS: Record<FailureKind, Words> = {
  'not-found': 'check that the image was pushed with this tag before capturing (and the repository name)',
  denied: words`check ${named('username')} and ${named('password')} (or the docker login) for this registry, and that they may read this repository`,
  unauthenticated: words`${setting('username')} and ${named('password')}, or log in with docker login first (docker/login-action in a workflow)`,
  platform: words`set ${named('platform')} to one of the platforms the image offers, or ${unset('platform')} to record the digest the tag names`,
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
  // Read the file to keep or merge with before the network work: a broken file fails fast. A replace
  // reads only its names, to list what it drops.
  let existing: DigestsFile = {};
  let existingText: string | undefined;
  let dropped: string[] = [];
  if (existsSync(outAbs)) {
    existingText = readFileSync(outAbs, 'utf8');
    if (s.replace) dropped = namesIn(existingText);
    else existing = await parseDigests(existingText, outRel);
  }

  let done = 0;
  const outcomes = await mapLimit(s.targets, world.concurrency ?? DEFAULT_CONCURRENCY, async (t) => {
    try {
      return { t, res: await client.resolve(t.ref, s.platform) };
    } catch (e) {
      if (e instanceof RegistryError) return { t, error: e };
      throw e;
    } finally {
      world.progress?.(++done, s.targets.length);
    }
  });
  const failures = outcomes.filter((o) => o.error);
  if (failures.length > 0) {
    throwAll(failures.map((o) => o.error!.asUserError(`${o.t.name}: could not resolve ${o.t.ref.original}`, HINTS[o.error!.kind])));
  }
  // Verified before anything is written: one refused digest stops the capture.
  const verified = await verifyResolved(
    s,
    client,
    outcomes.map((o) => ({ name: o.t.name, ref: o.t.ref, digest: o.res!.digest })),
    world.concurrency,
  );
  const incoming: DigestsFile = {};
  const rows: CaptureRow[] = [];
  const warnings: string[] = [];
  for (const o of outcomes) {
    const r = o.res!;
    const entry: DigestEntry = { digest: r.digest, image: o.t.ref.name, sha: s.sha, tag: o.t.ref.tag ?? '' };
    if (r.platform) entry.platform = r.platform;
    const v = verified.get(o.t.name);
    if (v) entry.verified = v.by.join('; ');
    const optOut = v ? undefined : s.unverified?.(o.t.name);
    if (optOut) warnings.push(`${o.t.name}: written unverified: its verify: {} (${optOut}) turns the top-level verify: policy off for it`);
    if (v?.sourceCommit) entry['source-commit'] = v.sourceCommit;
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
  const merged = s.replace
    ? incoming
    : s.merge
      ? mergeDigests(existing, incoming, { overwrite: s.overwrite, file: outRel, text: existingText })
      : { ...existing, ...incoming };
  dropped = dropped.filter((name) => !(name in incoming)).sort();
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
    dropped,
    rows,
    warnings,
    oneLine: digestsOneLine(merged),
    requests: client.requests.length,
  };
}

/** The top-level names of a digests file a replace is about to overwrite; none when it is not a JSON object (it is replaced all the same). */
function namesIn(text: string): string[] {
  try {
    const raw: unknown = JSON.parse(text);
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
  } catch {
    return [];
  }
}

/**
 * The resolved digests whose image has a `verify:` policy, checked against
 * it (the verifier loaded only then); every refusal is collected and thrown
 * together. Returns what vouched for each verified digest.
 */
async function verifyResolved(
  s: CaptureSettings,
  client: RegistryClient,
  resolved: { name: string; ref: ImageReference; digest: string }[],
  concurrency?: number,
): Promise<Map<string, Verification>> {
  const wanted = resolved.flatMap((r) => {
    const policy = s.verify?.(r.name);
    return policy ? [{ ...r, policy }] : [];
  });
  const out = new Map<string, Verification>();
  if (wanted.length === 0) return out;
  const { DigestVerifier, policyFiles } = await import('../registry/verify.ts');
  const verifier = new DigestVerifier(client, policyFiles(s.workdir, s.configFile), s.configFile);
  const errors: UserError[] = [];
  await mapLimit(wanted, concurrency ?? DEFAULT_CONCURRENCY, async (w) => {
    try {
      out.set(w.name, await verifier.verify(w.name, w.ref, w.digest, w.policy));
    } catch (e) {
      if (e instanceof UserError) errors.push(e);
      else if (e instanceof RegistryError)
        errors.push(e.asUserError(`${w.name}: could not verify ${w.ref.name}@${w.digest}`, HINTS[e.kind]));
      else throw e;
    }
  });
  throwAll(errors);
  return out;
}

/** Credentials per registry: the inputs for every registry, else the Docker config (its entry or credential helper), else none. */
function credentialSource(
  s: CaptureSettings,
  world: CaptureWorld,
): (registry: string) => Credentials | undefined | Promise<Credentials | undefined> {
  if (s.credentials) return () => s.credentials;
  return dockerCredentialSource({
    configPath: dockerConfigPath({ DOCKER_CONFIG: s.dockerConfigDir }, s.home),
    run: world.credentialHelper,
    secret: world.secret,
    log: world.log,
    ownCredentials: true,
  });
}

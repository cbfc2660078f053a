// Plans one promotion in memory: where the new pins come from (a digests file,
// the source environment's pins at the base branch, an explicit version, or the
// target's own pins at a git ref for a rollback), which services they change,
// the byte-minimal edits of the target's values file and Application, and the
// gates (verify-source, protected pins, require-checks). Nothing here writes.

import { named, setting, throwAll, UserError, words } from '../errors.ts';
import type { FileChange } from '../edits/diff.ts';
import { lineOfKey, parseDigests } from '../digests/file.ts';
import { InvalidReference, parseReference, type ImageReference } from '../registry/reference.ts';
import type { Verification, VerifyPolicy } from '../registry/verify.ts';
import type { ValuesDriftReport } from '../values/chart-drift.ts';
import { stripBom } from '../text/bytes.ts';
import { ParseCache } from '../text/parse-cache.ts';
import { inexactRevisions } from '../charts/exact-revision.ts';
import { setChartRevision, type ChartRevision } from './application.ts';
import { imageIdentity, imageRepository, pinMatches, repositoryMoves, shortDigest, type ImagePin, type PinTarget } from './pins.ts';
import { openPinPlace, pinPath, type PinPlace, type PinWrite } from './place.ts';
import { mustResolve, type PromoteEnvironment, type PromoteRequest, type PromoteService, type Route } from './request.ts';
import type { EnvironmentRender } from '../render/report.ts';

/** A check run or commit status and its state (the shape gh-client's checkStates returns). */
export interface CheckResult {
  name: string;
  state: 'success' | 'pending' | 'failure' | 'missing';
  url?: string;
}

/** What planning reads from the world; all of it injected, so tests pass plain functions. */
export interface PlanWorld {
  /** A file of the repository promoted in, at the base commit (undefined: absent). */
  readBase(path: string): Promise<string | undefined>;
  /** A file at another commit or tag (rollback); undefined when absent. */
  readAt(commit: string, path: string): Promise<string | undefined>;
  /** The commit a ref names in the repository promoted in, or undefined. */
  resolveRef(ref: string): Promise<string | undefined>;
  /** The last commit at base that changed `path` (where the source's pins came from). */
  lastCommit(path: string): Promise<string | undefined>;
  /** A file of the workspace (the digests file), or undefined when absent. */
  readLocal(path: string): string | undefined;
  /** Resolves a tag to a digest through the registry; throws UserError naming the image. */
  resolveDigest(ref: ImageReference, service: string): Promise<string>;
  /** Checks a digest against a `verify:` policy; throws UserError when refused. Needed only when a service has one. */
  verifyDigest?(service: string, ref: ImageReference, digest: string, policy: VerifyPolicy): Promise<Verification>;
  /** States of the named checks on a commit; only called with require-checks. */
  checkStates?(sha: string, names: readonly string[]): Promise<CheckResult[]>;
}

/** One service's change. */
export interface PinChange {
  service: string;
  file: string;
  line: number;
  oldTag?: string;
  newTag?: string;
  oldDigest?: string;
  newDigest?: string;
  /** Environment where the new digest runs now (verified), or why none applies. */
  verified: string;
  /** The commit the new pin came from (build sha, source values commit, rollback ref). */
  sourceCommit?: string;
  /** What vouched for the new digest when the service has a `verify:` policy (cosign key, attestation identity). */
  verifiedBy?: string[];
  /** The commit the digest's attested provenance names. */
  provenanceCommit?: string;
}

/** The Application's chart version change. */
export interface ChartChange {
  file: string;
  line: number;
  application?: string;
  /** The chart's name (the Application source's chart:, else its path's last folder). */
  chart?: string;
  /** The Application source's path: (a chart folder here), when it has one. */
  chartPath?: string;
  old: string;
  new: string;
}

/** One row of the drift table: a service (or the chart) in every environment. */
export interface DriftRow {
  service: string;
  cells: string[];
}

/** The planned promotion. */
export interface PromotionPlan {
  changes: PinChange[];
  chart?: ChartChange;
  /** Files whose text changes (before at base, after the edit). */
  files: FileChange[];
  /** Services considered, in config order. */
  services: string[];
  /** Services already matching (left untouched). */
  unchanged: string[];
  /** Where the pins came from, for the summary. */
  sourceLabel: string;
  /** Commits the checks were required on, with their states. */
  checks: { sha: string; states: CheckResult[] }[];
  drift: { environments: string[]; rows: DriftRow[] };
  notes: string[];
  /** The target's values against the promoted chart version (values-drift), when the chart version changes. */
  valuesDrift?: ValuesDriftReport;
  /** The target rendered as it runs now and as it will after the merge (promote/render.ts). */
  rendered?: EnvironmentRender;
}

interface NewPin extends PinTarget {
  image?: string;
  /** For a digests-file entry: where it is, so an entry for another image can be named at its line. */
  entry?: { file: string; line?: number };
  sha?: string;
  verified?: string;
}

/** Opens an environment's pin place at `at` with the run's parses. */
function placeOf(
  env: PromoteEnvironment,
  read: (p: string) => Promise<string | undefined>,
  req: PromoteRequest,
  at: string,
  cache: ParseCache,
): Promise<PinPlace> {
  return openPinPlace(env, read, { charts: req.charts, at, configFile: req.configFile, cache });
}

/** A source environment's pin of a service: an overlay without an entry for it pins nothing to promote, said at its line. */
function sourcePin(place: PinPlace, service: PromoteService, env: PromoteEnvironment): ImagePin {
  const pin = place.read(place.text, service);
  if (pin.style === 'overlay' && !pin.overlay?.entry)
    throw new UserError(
      `the overlay of ${env.name} has no images: entry for ${service.name} (${service.image ?? ''}), so it pins nothing to promote`,
      {
        file: pin.file,
        line: pin.line,
        hint: `add an images: entry with name: ${service.image ?? '<image>'}, newTag: and digest: there`,
      },
    );
  return pin;
}

/** The services of a promotion, by name, and which of them the request names (all when `only` is empty). */
interface ServiceScope {
  byName: Map<string, PromoteService>;
  wanted(name: string): boolean;
}

/** Where the new pins came from: each service's pin, the label the summary shows, the chart version they bring, the commit they were pinned at. */
interface PinSource {
  pins: Map<string, NewPin>;
  label: string;
  chartFrom?: string;
  commit?: string;
}

/**
 * Plans the promotion `req` along `route` on the base commit. Every input
 * problem is a UserError (file:line where there is one) raised before any
 * registry or GitHub request; registry lookups come next, then the gates.
 * `cache` holds the run's parses: each values file is parsed once for all its
 * services, and a plan made again on a moved base reuses what did not change.
 */
export async function planPromotion(req: PromoteRequest, route: Route, world: PlanWorld, cache = new ParseCache()): Promise<PromotionPlan> {
  const { to } = route;
  const notes: string[] = [];
  const baseLabel = `the base branch ${req.base}`;
  const only = new Set(req.only);
  const scope: ServiceScope = {
    byName: new Map(req.services.map((s) => [s.name, s])),
    wanted: (name) => only.size === 0 || only.has(name),
  };
  const verifyEnv =
    req.from.kind === 'env' ? route.from : req.from.kind === 'none' && route.toIndex > 0 ? req.environments[route.toIndex - 1] : undefined;

  // 1. Where the new pins come from (no network yet).
  const { pins: source, label: sourceLabel, chartFrom, commit: checkCommit } = await readPinSource(req, route, world, scope, notes, cache);

  // 2. What the target pins now.
  const target = await placeOf(to, world.readBase, req, baseLabel, cache);
  const targetText = target.text;
  const current = new Map<string, ImagePin>();
  for (const name of source.keys()) current.set(name, target.read(targetText, scope.byName.get(name)!));

  // 2b. A digests-file entry must be the service's image: a matrix mix-up would otherwise be pinned and promoted onward.
  throwAll(foreignDigestEntries(source, current, req, scope));

  // 3. A protected target never takes a bare tag: without resolve-digests that is an input error, found before any lookup.
  const resolve = mustResolve(req, to);
  if (to.protected && !resolve) {
    const errors = [...source]
      .filter(([, p]) => !p.digest)
      .map(([name]) => {
        const pin = current.get(name)!;
        return new UserError(`${name}: a tag without a digest cannot be promoted into the protected environment ${to.name}`, {
          file: pin.file,
          line: pin.line,
          hint: words`${setting('resolve-digests', 'true')} (the default for protected environments) or promote from a digests file`,
        });
      });
    throwAll(errors);
  }

  // 4. Tags to digests through the registry, for pins that lack one.
  if (resolve) await resolveMissingDigests(source, current, req, world, scope);

  // 4b. verify: a service with a policy gets no digest pinned that its signature or attestation does not vouch for.
  const verified = await verifyNewDigests(source, current, req, world, scope);
  for (const [name, p] of source) {
    const optOut = scope.byName.get(name)?.verifyOptOut;
    if (optOut && !pinMatches(current.get(name)!, p))
      notes.push(`${name}: pinned unverified: its verify: {} (${optOut}) turns the top-level verify: policy off for it.`);
  }

  // 5. verify-source: the digest must run in the source environment now.
  if (verifyEnv && req.from.kind !== 'ref') await verifyInSource(source, verifyEnv, req, world, scope, baseLabel, cache);

  // 6. The edits, file by file, and what changes.
  const texts = new Map<string, { before: string; after: string }>();
  const edit = (file: string, before: string, fn: (t: string) => string) => {
    const entry = texts.get(file) ?? { before, after: before };
    entry.after = fn(entry.after);
    texts.set(file, entry);
  };
  const changes: PinChange[] = [];
  const unchanged: string[] = [];
  const pinEdits: PinWrite[] = [];
  for (const [name, p] of source) {
    const pin = current.get(name)!;
    // The repository the new digest lives in: the source's (what runs there, or what was built), else the config's.
    const repository = p.image ?? scope.byName.get(name)!.image;
    if (repository !== undefined && p.digest !== undefined) p.repository = imageRepository(repository);
    if (repositoryMoves(pin, p))
      notes.push(
        `${name}: the image moves from ${pin.repository} to ${p.repository} (${pin.file}:${pin.line}); the repository is written with the digest.`,
      );
    if (pinMatches(pin, p)) {
      unchanged.push(name);
      continue;
    }
    pinEdits.push({ service: scope.byName.get(name)!, pin, target: p });
    const sourceCommit = p.sha ?? (req.from.kind === 'ref' ? checkCommit : undefined);
    changes.push({
      service: name,
      file: target.file,
      line: pin.line,
      oldTag: pin.tag,
      newTag: p.tag ?? pin.tag,
      oldDigest: pin.digest,
      newDigest: p.digest,
      verified: p.verified ?? (route.toIndex === 0 ? 'first environment' : 'not verified'),
      sourceCommit,
      ...(verified.has(name) ? { verifiedBy: verified.get(name)!.by } : {}),
      ...(verified.get(name)?.sourceCommit ? { provenanceCommit: verified.get(name)!.sourceCommit } : {}),
    });
  }
  if (pinEdits.length > 0) edit(target.file, targetText, (t) => target.write(t, pinEdits));
  let chart: ChartChange | undefined;
  if (chartFrom !== undefined && target.rev && target.rev.current !== chartFrom) {
    const rev = target.rev;
    edit(rev.file, target.appText!, (t) => setChartRevision(t, rev, chartFrom, cache));
    chart = {
      file: rev.file,
      line: rev.line,
      application: rev.name,
      ...(rev.chart ? { chart: rev.chart } : {}),
      ...(rev.chartPath ? { chartPath: rev.chartPath } : {}),
      old: rev.current,
      new: chartFrom,
    };
  }
  const files: FileChange[] = [...texts]
    .filter(([, t]) => t.after !== t.before)
    .map(([path, t]) => ({ path, before: t.before, after: t.after }));
  // Each edit is checked: no step after this one reads a file as it was before its edit (the drift table, the
  // protected-target checks and values-drift read the edited text), so its parse is let go — at 500 services
  // the target's values are a ~4 MB document the rest of the run need not hold.
  for (const t of texts.values()) if (t.after !== t.before) cache.forget(stripBom(t.before));

  // 7. A protected target ends with every image pinned by digest.
  if (to.protected && files.length > 0)
    throwAll(unpinnedInProtected(texts.get(target.file)?.after ?? targetText, to, [...source.keys()], scope, target));
  // 7b. …and its Application pins one exact chart version (not `*`, a range, a branch or HEAD).
  if (to.protected && files.length > 0 && target.rev)
    throwAll(inexactInProtected(texts.get(target.rev.file)?.after ?? target.appText!, target.rev));

  // 8. require-checks on the commit the source pins came from.
  const checks = req.requireChecks.length > 0 && files.length > 0 ? await requiredChecks(req, world, changes, checkCommit, verifyEnv) : [];

  const drift = await driftTable(req, route, world, texts, cache);
  return { changes, chart, files, services: [...source.keys()], unchanged, sourceLabel, checks, drift, notes };
}

/**
 * Step 2b: one UserError per digests-file entry whose image is not the
 * service's — the config's `services.<name>.image`, else the repository the
 * target's values file writes — compared after normalising both names. An
 * entry without an image (other tools' files) is taken as the service's.
 */
function foreignDigestEntries(
  source: ReadonlyMap<string, NewPin>,
  current: ReadonlyMap<string, ImagePin>,
  req: PromoteRequest,
  scope: ServiceScope,
): UserError[] {
  const errors: UserError[] = [];
  for (const [name, p] of source) {
    if (!p.entry || p.image === undefined) continue;
    const pin = current.get(name)!;
    const configured = scope.byName.get(name)!.image;
    // The config's image when it names one (a values file may pull through a mirror), else the values file's.
    const [want, where] = configured
      ? [configured, `services.${name}.image in ${req.configFile ?? 'the config'}`]
      : [pin.repository, `${pin.file}:${pin.line}`];
    const wantId = want === undefined ? undefined : imageIdentity(want);
    if (wantId !== undefined && wantId !== imageIdentity(p.image))
      errors.push(
        new UserError(`entry '${name}' is the image ${p.image.slice(0, 200)}, but ${name} is ${want} (${where})`, {
          file: p.entry.file,
          line: p.entry.line,
          hint: 'fix the digests file (each matrix job records its own service) or the config',
        }),
      );
  }
  return errors;
}

/**
 * Step 1 of a plan, before any network request: the new pins, from the
 * digests file, the target's own pins at a rollback ref, an explicit
 * version, or the source environment's pins at the base branch (in that
 * order of precedence). Adds a note for digests-file services the config
 * does not list.
 */
async function readPinSource(
  req: PromoteRequest,
  route: Route,
  world: PlanWorld,
  scope: ServiceScope,
  notes: string[],
  cache: ParseCache,
): Promise<PinSource> {
  const { to } = route;
  const { byName, wanted } = scope;
  const pins = new Map<string, NewPin>();
  if (req.digests) {
    const text = world.readLocal(req.digests);
    if (text === undefined)
      throw new UserError(`: ${req.digests} does not exist`, {
        input: 'digests',
        hint: 'download the capture-digests artifact before this step, or fix the path',
        cliHint: 'write it with lockstep digests first, or fix the path',
      });
    const entries = new Map(Object.entries(await parseDigests(text, req.digests, 'promote')));
    const errors: UserError[] = [];
    for (const name of req.only)
      if (!entries.has(name))
        errors.push(
          new UserError(`the digests file has no entry for service '${name}'`, {
            file: req.digests,
            line: 1,
            hint: `it holds ${[...entries.keys()].join(', ') || 'nothing'}`,
          }),
        );
    throwAll(errors);
    const ignored: string[] = [];
    for (const [name, e] of entries) {
      if (!byName.has(name)) {
        ignored.push(name);
        continue;
      }
      if (wanted(name))
        pins.set(name, {
          tag: e.tag,
          digest: e.digest,
          image: e.image,
          sha: e.sha,
          entry: { file: req.digests, line: lineOfKey(text, name) },
        });
    }
    if (ignored.length > 0) notes.push(`The digests file also names ${ignored.join(', ')}, which the config does not list; left alone.`);
    if (pins.size === 0)
      throw new UserError(`the digests file names no configured service`, {
        file: req.digests,
        line: 1,
        hint: `configured services: ${[...byName.keys()].join(', ')}`,
      });
    return { pins, label: `digests file ${req.digests}`, chartFrom: req.chartVersion };
  }
  if (req.from.kind === 'ref') {
    const commit = await world.resolveRef(req.from.ref);
    if (!commit)
      throw new UserError(`: ref ${req.from.ref} is not a commit or tag of the repository`, {
        input: 'from',
        hint: 'fetch it (fetch-depth: 0 or fetch-tags) or fix the ref',
        cliHint: 'fetch it (git fetch --tags origin) or fix the ref',
      });
    const at = (p: string) => world.readAt(commit, p);
    const place = await placeOf(to, at, req, `ref ${req.from.ref}`, cache);
    const rev = place.rev;
    for (const s of req.services) {
      if (!wanted(s.name)) continue;
      const pin = sourcePin(place, s, to);
      pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: `${to.name} at ${req.from.ref}` });
    }
    const chartFrom = rev && !req.chartVersion ? rev.current || undefined : req.chartVersion;
    return { pins, label: `${to.name} as pinned at ${req.from.ref} (${commit.slice(0, 12)})`, chartFrom, commit };
  }
  if (req.version) {
    for (const s of req.services) if (wanted(s.name)) pins.set(s.name, { tag: req.version });
    return { pins, label: `version ${req.version}`, chartFrom: req.chartVersion };
  }
  if (req.from.kind === 'env') {
    const from = route.from!;
    const place = await placeOf(from, world.readBase, req, `the base branch ${req.base}`, cache);
    const rev = place.rev;
    for (const s of req.services) {
      if (!wanted(s.name)) continue;
      const pin = sourcePin(place, s, from);
      pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: from.name });
    }
    const chartFrom = rev && to.application && !req.chartVersion ? rev.current || undefined : req.chartVersion;
    return { pins, label: `${from.name} (its pins at ${req.base})`, chartFrom };
  }
  return { pins, label: req.chartVersion ? `chart-version ${req.chartVersion}` : 'nothing', chartFrom: req.chartVersion };
}

/**
 * Step 4: each pin with a tag and no digest gets the digest the registry
 * has for that tag (lookups in parallel). The image is the config's, the
 * source's, or the target's repository, in that order; every failure is
 * collected and thrown together.
 */
async function resolveMissingDigests(
  source: Map<string, NewPin>,
  current: ReadonlyMap<string, ImagePin>,
  req: PromoteRequest,
  world: PlanWorld,
  scope: ServiceScope,
): Promise<void> {
  const lookups = [...source].filter(([, p]) => !p.digest && p.tag);
  const errors: UserError[] = [];
  await Promise.all(
    lookups.map(async ([name, p]) => {
      const image = scope.byName.get(name)!.image ?? p.image ?? current.get(name)!.repository;
      if (!image) {
        errors.push(
          new UserError(`${name}: no image repository is known, so ${p.tag} cannot be resolved to a digest`, {
            file: req.configFile,
            hint: `set services.${name}.image in the config`,
          }),
        );
        return;
      }
      const ref = serviceReference(name, image, p.tag, req, errors);
      if (!ref) return;
      try {
        p.digest = await world.resolveDigest(ref, name);
      } catch (e) {
        if (e instanceof UserError) errors.push(e);
        else throw e;
      }
    }),
  );
  throwAll(errors);
}

/**
 * A service's image repository (any tag or digest on it dropped), with `tag`
 * when given, as a reference; a repository that does not parse is the
 * config's error, added to `errors` (undefined then).
 */
function serviceReference(
  name: string,
  image: string,
  tag: string | undefined,
  req: PromoteRequest,
  errors: UserError[],
): ImageReference | undefined {
  const repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  try {
    return parseReference(tag === undefined ? repository : `${repository}:${tag}`);
  } catch (e) {
    if (!(e instanceof InvalidReference)) throw e;
    errors.push(
      new UserError(`${name}: ${e.message}`, { file: req.configFile, hint: 'services.<name>.image is registry/repository without a tag' }),
    );
    return undefined;
  }
}

/**
 * Step 4b: each new pin of a service with a `verify:` policy, whose digest
 * the target does not pin already, checked against it (in parallel). A pin
 * without a digest cannot be verified and is refused; every refusal is
 * collected and thrown together, before anything is written.
 */
async function verifyNewDigests(
  source: ReadonlyMap<string, NewPin>,
  current: ReadonlyMap<string, ImagePin>,
  req: PromoteRequest,
  world: PlanWorld,
  scope: ServiceScope,
): Promise<Map<string, Verification>> {
  const out = new Map<string, Verification>();
  const errors: UserError[] = [];
  await Promise.all(
    [...source].map(async ([name, p]) => {
      const policy = scope.byName.get(name)?.verify;
      const pin = current.get(name)!;
      if (!policy || pinMatches(pin, p)) return;
      const image = scope.byName.get(name)!.image ?? p.image ?? pin.repository;
      if (!p.digest || !image) {
        errors.push(
          new UserError(
            `${name}: ${p.digest ? 'no image repository is known' : `tag ${p.tag ?? '—'} has no digest`}, so it cannot be verified as verify: requires`,
            {
              file: req.configFile,
              hint: p.digest
                ? `set services.${name}.image in the config`
                : words`promote from a digests file, or ${setting('resolve-digests', 'true')}`,
            },
          ),
        );
        return;
      }
      if (!world.verifyDigest) throw new Error('verify: is configured but this promotion cannot reach a registry to verify');
      const ref = serviceReference(name, image, undefined, req, errors);
      if (!ref) return;
      try {
        out.set(name, await world.verifyDigest(name, ref, p.digest, policy));
      } catch (e) {
        if (e instanceof UserError) errors.push(e);
        else throw e;
      }
    }),
  );
  throwAll(errors);
  return out;
}

/**
 * Step 5, verify-source: every new pin must be what `verifyEnv` runs now
 * (by digest, or by tag without one). Copying from that environment at the
 * base needs no check; with verify-source off each pin says so.
 */
async function verifyInSource(
  source: Map<string, NewPin>,
  verifyEnv: PromoteEnvironment,
  req: PromoteRequest,
  world: PlanWorld,
  scope: ServiceScope,
  baseLabel: string,
  cache: ParseCache,
): Promise<void> {
  const needsCheck = req.verifySource && !(req.from.kind === 'env' && !req.digests && !req.version);
  const src = needsCheck ? await placeOf(verifyEnv, world.readBase, req, baseLabel, cache) : undefined;
  const errors: UserError[] = [];
  for (const [name, p] of source) {
    if (!needsCheck) {
      p.verified ??= req.verifySource ? verifyEnv.name : 'not verified (verify-source: false)';
      continue;
    }
    const there = src!.read(src!.text, scope.byName.get(name)!);
    const same = p.digest ? there.digest === p.digest : there.tag === p.tag;
    if (!same)
      errors.push(
        new UserError(
          `${name}: ${p.digest ? shortDigest(p.digest) : `tag ${p.tag}`} is not what ${verifyEnv.name} runs now (${there.digest ? shortDigest(there.digest) : `tag ${there.tag ?? 'none'}`}); it never ran there`,
          {
            file: there.file,
            line: there.line,
            hint: words`promote it into ${verifyEnv.name} first, or ${setting('verify-source', 'false')}`,
          },
        ),
      );
    else p.verified = verifyEnv.name;
  }
  throwAll(errors);
}

/** Step 7: in the protected target's pins after the edit, every promoted service pinned by a sha256 digest, and (a plain values file, an overlay) every image pinned. */
function unpinnedInProtected(
  after: string,
  to: PromoteEnvironment,
  services: readonly string[],
  scope: ServiceScope,
  place: PinPlace,
): UserError[] {
  const errors: UserError[] = [];
  for (const name of services) {
    const pin = place.read(after, scope.byName.get(name)!);
    if (!pin.digest || !/^sha256:[0-9a-f]{64}$/.test(pin.digest))
      errors.push(
        new UserError(`${name} would not be pinned by a sha256 digest in the protected environment ${to.name}`, {
          file: place.file,
          line: pin.line,
          hint: words`promote from a digests file or with ${named('resolve-digests', 'true')}`,
        }),
      );
  }
  for (const problem of place.protectedProblems(after))
    errors.push(new UserError(problem.message, { file: problem.file, line: problem.line, hint: problem.hint }));
  return errors;
}

/** Step 7b: the chart source the promotion edits (or keeps), refused at its line when its targetRevision is not one exact version. */
function inexactInProtected(appText: string, rev: ChartRevision): UserError[] {
  return inexactRevisions(appText, rev.file)
    .filter((p) => p.line === rev.line)
    .map((p) => new UserError(p.message, { file: p.file, line: p.line, hint: p.hint }));
}

/**
 * Step 8, require-checks: the named checks' states on the commits the new
 * pins came from (build shas, else the rollback ref's commit, else the last
 * commit that changed the source environment's values).
 */
async function requiredChecks(
  req: PromoteRequest,
  world: PlanWorld,
  changes: readonly PinChange[],
  refCommit: string | undefined,
  verifyEnv: PromoteEnvironment | undefined,
): Promise<PromotionPlan['checks']> {
  const commits = new Set<string>();
  for (const c of changes) if (c.sourceCommit) commits.add(c.sourceCommit);
  if (commits.size === 0 && refCommit) commits.add(refCommit);
  if (commits.size === 0 && verifyEnv) {
    const last = await world.lastCommit(pinPath(verifyEnv));
    if (last) commits.add(last);
  }
  if (commits.size === 0)
    throw new UserError('require-checks is set but no source commit is known', {
      hint: 'promote from an environment or a digests file with sha',
    });
  if (!world.checkStates) throw new Error('require-checks needs a GitHub client');
  const checks: PromotionPlan['checks'] = [];
  for (const sha of commits) checks.push({ sha, states: await world.checkStates(sha, req.requireChecks) });
  return checks;
}

/** True when every required check passed. */
export function checksGreen(plan: PromotionPlan): boolean {
  return plan.checks.every((c) => c.states.every((s) => s.state === 'success'));
}

/**
 * One service's pin in an environment, read from the files `read` gives (the
 * base, or a commit of the file's history for soak time); undefined where the
 * file or the pin cannot be read.
 */
export async function servicePin(
  req: PromoteRequest,
  env: PromoteEnvironment,
  service: string,
  read: (path: string) => Promise<string | undefined>,
  cache: ParseCache,
): Promise<ImagePin | undefined> {
  const s = req.services.find((x) => x.name === service);
  if (!s) return undefined;
  try {
    const place = await openPinPlace(env, read, {
      charts: req.charts,
      at: 'that commit',
      configFile: req.configFile,
      cache,
      optional: true,
    });
    return place?.read(place.text, s);
  } catch {
    return undefined;
  }
}

/** How status and the drift table open a place: at the base, lenient about what cannot be read. */
function placeOptions(req: PromoteRequest, cache: ParseCache) {
  return { charts: req.charts, at: `the base branch ${req.base}`, configFile: req.configFile, cache };
}

/** One environment's pins read in full (status --json): each service's tag and digest, null where it pins none. */
export interface EnvironmentPins {
  name: string;
  values: string;
  /** The values file (or the overlay) does not exist at the base. */
  missing: boolean;
  /** The Kustomize overlay file the pins are read from (an overlay environment). */
  kustomization?: string;
  services: Record<string, { tag: string | null; digest: string | null } | null>;
  /** The chart version its Application deploys, when it has one (null when unreadable). */
  chartVersion?: string | null;
}

/** Every environment's pins at the base in full values (not the table's display strings); `cache` holds the run's parses. */
export async function environmentPins(
  req: PromoteRequest,
  readBase: (path: string) => Promise<string | undefined>,
  cache = new ParseCache(),
): Promise<EnvironmentPins[]> {
  return Promise.all(
    req.environments.map(async (env) => {
      let place: PinPlace | undefined;
      let unreadable = false;
      try {
        place = await openPinPlace(env, readBase, { ...placeOptions(req, cache), optional: true, lenientApplication: true });
      } catch {
        unreadable = true;
      }
      const out: EnvironmentPins = {
        name: env.name,
        values: env.values,
        missing: !place && !unreadable,
        ...(env.kustomization !== undefined ? { kustomization: place?.file ?? env.kustomization } : {}),
        services: {},
      };
      if (env.application) out.chartVersion = place?.rev?.current || null;
      for (const s of req.services) {
        try {
          const pin = place?.read(place.text, s);
          out.services[s.name] = pin ? { tag: pin.tag ?? null, digest: pin.digest ?? null } : null;
        } catch {
          out.services[s.name] = null;
        }
      }
      return out;
    }),
  );
}

/** Every environment's pins at the base, no promotion applied: what status shows when no promotion can be planned; `cache` holds the run's parses. */
export function pinsTable(
  req: PromoteRequest,
  readBase: (path: string) => Promise<string | undefined>,
  cache = new ParseCache(),
): Promise<PromotionPlan['drift']> {
  const none = () => Promise.resolve(undefined);
  const world: PlanWorld = {
    readBase,
    readAt: none,
    resolveRef: none,
    lastCommit: none,
    readLocal: () => undefined,
    resolveDigest: none,
  } as unknown as PlanWorld;
  return driftTable(req, { to: req.environments[0], toIndex: -1 }, world, new Map(), cache);
}

/**
 * Every environment side by side for the configured services (tag and short
 * digest), plus the chart version of each environment's Application; the
 * target column shows the state after this promotion. A file that cannot be
 * read shows `?` rather than failing the promotion.
 */
async function driftTable(
  req: PromoteRequest,
  route: Route,
  world: PlanWorld,
  edited: Map<string, { after: string }>,
  cache: ParseCache,
): Promise<PromotionPlan['drift']> {
  const envs = req.environments;
  const cols = await Promise.all(
    envs.map(async (env, i) => {
      const read = async (p: string) => (i === route.toIndex && edited.has(p) ? edited.get(p)!.after : await world.readBase(p));
      const cells = new Map<string, string>();
      let chart = '—';
      try {
        const place = await openPinPlace(env, read, { ...placeOptions(req, cache), optional: true, lenientApplication: true });
        if (env.application) chart = place?.applicationFailed ? '?' : place?.rev?.current || '—';
        // A values file (or overlay) that does not exist is said so in its own column only.
        if (place === undefined) {
          for (const s of req.services) cells.set(s.name, 'missing');
          return { cells, chart };
        }
        for (const s of req.services) {
          try {
            const pin = place.read(place.text, s);
            cells.set(s.name, pin ? `${pin.tag ?? '—'} ${shortDigest(pin.digest)}` : '—');
          } catch {
            cells.set(s.name, '—');
          }
        }
      } catch {
        for (const s of req.services) cells.set(s.name, '?');
      }
      return { cells, chart };
    }),
  );
  const rows: DriftRow[] = req.services.map((s) => ({ service: s.name, cells: cols.map((c) => c.cells.get(s.name) ?? '—') }));
  if (envs.some((e) => e.application)) rows.push({ service: 'chart version', cells: cols.map((c) => c.chart) });
  return { environments: envs.map((e, i) => (i === route.toIndex ? `${e.name} (after)` : e.name)), rows };
}

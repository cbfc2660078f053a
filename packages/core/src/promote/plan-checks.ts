// The plan's checks after its source is read: tags resolved to digests
// through the registry, `verify:` policies, verify-source, a protected
// target's pins and chart version, and require-checks.

import { valid as semverValid } from 'semver';
import { named, setting, throwAll, UserError, words } from '../errors.ts';
import { InvalidReference, parseReference, type ImageReference } from '../registry/reference.ts';
import type { Verification } from '../registry/verify.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { inexactRevisions } from '../charts/exact-revision.ts';
import { fluxChartRevision, inexactFluxChart } from '../deploy/flux/flux.ts';
import type { ChartRevision } from '../deploy/argocd/application.ts';
import { pinMatches, shortDigest, type ImagePin } from '../deploy/pins/pins.ts';
import type { PinPlace } from './place.ts';
import type { PromoteEnvironment, PromoteRequest } from './request.ts';
import { ranBefore, sourceLandings } from './ran-before.ts';
import { placeOf, type NewPin, type ServiceScope } from './pin-source.ts';
import type { PlanWorld } from './plan-world.ts';
import type { RenderedRun } from './rendered-pin.ts';
import type { CheckResult } from './ports.ts';

/** Step 3: each new pin without a digest, refused at the protected target's line (resolve-digests is off). */
export function bareTagsInProtected(
  source: ReadonlyMap<string, NewPin>,
  current: ReadonlyMap<string, ImagePin>,
  to: PromoteEnvironment,
): UserError[] {
  return [...source]
    .filter(([, p]) => !p.digest)
    .map(([name]) => {
      const pin = current.get(name)!;
      return new UserError(`${name}: a tag without a digest cannot be promoted into the protected environment ${to.name}`, {
        file: pin.file,
        line: pin.line,
        hint: words`${setting('resolve-digests', 'true')} (the default for protected environments) or promote from a digests file`,
      });
    });
}

/**
 * Step 4: each pin with a tag and no digest gets the digest the registry
 * has for that tag (lookups in parallel). The image is the config's, the
 * source's, or the target's repository, in that order; every failure is
 * collected and thrown together.
 */
export async function resolveMissingDigests(
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
export function serviceReference(
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
export async function verifyNewDigests(
  source: ReadonlyMap<string, NewPin>,
  current: ReadonlyMap<string, ImagePin>,
  req: PromoteRequest,
  world: PlanWorld,
  scope: ServiceScope,
): Promise<Map<string, Verification>> {
  const out = new Map<string, Verification>();
  const errors: UserError[] = [];
  // Only the services with a policy whose pin changes are checked (a fleet's status plans 99 pairs of 300 services, mostly without one).
  const checked = [...source].filter(([name, p]) => scope.byName.get(name)?.verify && !pinMatches(current.get(name)!, p));
  await Promise.all(
    checked.map(async ([name, p]) => {
      const policy = scope.byName.get(name)!.verify!;
      const pin = current.get(name)!;
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
export async function verifyInSource(
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
  let rendered: Promise<RenderedRun> | undefined;
  for (const [name, p] of source) {
    if (!needsCheck) {
      p.verified ??= req.verifySource ? verifyEnv.name : 'not verified (verify-source: false)';
      continue;
    }
    let there = src!.read(src!.text, scope.byName.get(name)!);
    if (there.digest === undefined && there.tag === undefined) {
      // A pin its pin place does not define (a shared base's image, a patch's): what it runs is its render's.
      const run = await (rendered ??= world.renderedRun(verifyEnv));
      const runs = 'pins' in run ? run.pins.get(name) : undefined;
      if (runs) there = { ...there, tag: runs.tag, digest: runs.digest };
    }
    const same = p.digest ? there.digest === p.digest : there.tag === p.tag;
    const never = new UserError(
      `${name}: ${p.digest ? shortDigest(p.digest) : `tag ${p.tag}`} is not what ${verifyEnv.name} runs now (${there.digest ? shortDigest(there.digest) : `tag ${there.tag ?? 'none'}`}); it never ran there`,
      { file: there.file, line: there.line, hint: words`promote it into ${verifyEnv.name} first, or ${setting('verify-source', 'false')}` },
    );
    // Not what it runs now: what it ran, read from its history (ran-before.ts), may still be promoted.
    const refused = same ? undefined : await ranBefore({ name, pin: p, env: verifyEnv, req, world, scope, cache }, never);
    if (refused) errors.push(refused);
    else if (same) p.verified = verifyEnv.name;
  }
  throwAll(errors);
}

/** Step 7: in the protected target's pins after the edit, every promoted service pinned by a sha256 digest, and (a plain values file, an overlay) every image pinned. */
export function unpinnedInProtected(
  after: string,
  to: PromoteEnvironment,
  services: readonly string[],
  scope: ServiceScope,
  place: PinPlace,
  others?: ReadonlyMap<string, string>,
): UserError[] {
  const errors: UserError[] = [];
  for (const name of services) {
    const pin = place.read(after, scope.byName.get(name)!, others);
    if (!pin.digest || !/^sha256:[0-9a-f]{64}$/.test(pin.digest))
      errors.push(
        new UserError(`${name} would not be pinned by a sha256 digest in the protected environment ${to.name}`, {
          file: pin.style === 'fields' ? pin.file : place.file,
          line: pin.line,
          hint: words`promote from a digests file or with ${named('resolve-digests', 'true')}`,
        }),
      );
  }
  // Image automation markers beside the overlay (marker-files.ts), at their edited texts.
  const beside =
    others && place.markers
      ? place.markers.problems(
          services.map((n) => scope.byName.get(n)!),
          others,
        )
      : [];
  for (const problem of [...place.protectedProblems(after), ...beside])
    errors.push(new UserError(problem.message, { file: problem.file, line: problem.line, hint: problem.hint }));
  return errors;
}

/** Step 7b: the chart source the promotion edits (or keeps), refused at its line when its targetRevision is not one exact version. */
export function inexactInProtected(appText: string, rev: ChartRevision): UserError[] {
  // A Flux resource is read again from the edited text: a digest written there makes a semver beside it exact.
  // A version read where the promotion does not write it (a base, a chart's Chart.yaml) is judged as read.
  if (rev.flux && rev.fixed !== undefined) return [inexactFluxChart({ ...rev, flux: rev.flux })].filter((e) => e !== undefined);
  if (rev.flux) return [inexactFluxChart(fluxChartRevision(appText, rev.file, rev.name) ?? rev)].filter((e) => e !== undefined);
  return inexactRevisions(appText, rev.file)
    .filter((p) => p.line === rev.line)
    .map((p) => new UserError(p.message, { file: p.file, line: p.line, hint: p.hint }));
}

/**
 * Step 8, require-checks: the named checks' states on the commits the new
 * pins came from (build shas, else the rollback ref's commit, else the last
 * commit that changed the source environment's values; for a pin its values
 * do not define, the commit where its render took it: ran-before.ts).
 */
export async function requiredChecks(
  req: PromoteRequest,
  world: PlanWorld,
  changes: readonly { service: string; sourceCommit?: string }[],
  refCommit: string | undefined,
  verifyEnv: PromoteEnvironment | undefined,
  { scope, cache }: { scope: ServiceScope; cache: ParseCache },
): Promise<{ sha: string; states: CheckResult[] }[]> {
  const commits = new Set<string>();
  for (const c of changes) if (c.sourceCommit) commits.add(c.sourceCommit);
  if (commits.size === 0 && refCommit) commits.add(refCommit);
  if (commits.size === 0 && verifyEnv) {
    const services = changes.map((c) => c.service);
    for (const sha of await sourceLandings(verifyEnv, services, { req, world, scope, cache })) commits.add(sha);
  }
  if (commits.size === 0)
    throw new UserError('require-checks is set but no source commit is known', {
      hint: 'promote from an environment or a digests file with sha',
    });
  if (!world.checkStates) throw new Error('require-checks needs a GitHub client');
  const checks: { sha: string; states: CheckResult[] }[] = [];
  for (const sha of commits) checks.push({ sha, states: await world.checkStates(sha, req.requireChecks) });
  return checks;
}

/**
 * The chart version a promotion writes on the target's version line. A source OCIRepository that pins spec.ref.digest
 * beside a semver range promotes that digest, which source-controller pulls before any semver or tag: a target that
 * floats on a range of its own keeps it (Flux does not read it while the digest stands, and copying the source's range
 * over it would change, unreviewed, which versions the target floats to once the digest goes), and the digest alone
 * moves what it pulls.
 */
export function chartVersionWritten(chartFrom: string, chartDigest: string | undefined, rev: ChartRevision): string {
  if (chartDigest === undefined || rev.flux !== 'OCIRepository' || rev.path[rev.path.length - 1] !== 'semver') return chartFrom;
  return semverValid(chartFrom) === null && semverValid(rev.current) === null ? rev.current : chartFrom;
}

/**
 * Step 6a: a chart version copied from the source environment that is a range (`6.x`, `>=6 <7`), not one version, is
 * not written over a different one: which versions the target may run would change with no version reviewed. Refused
 * at the target's version line, naming both; an explicit chart-version (one exact version) goes through.
 */
export function rangeOverRange(
  source: { chartFrom?: string; chartOf?: string },
  rev: ChartRevision | undefined,
  to: string,
): UserError | undefined {
  const { chartFrom, chartOf } = source;
  if (!rev || chartFrom === undefined || chartOf === undefined || rev.current === chartFrom || semverValid(chartFrom) !== null)
    return undefined;
  return new UserError(
    `${chartOf}'s chart version is the range "${chartFrom}", not one version: copying it over ${to}'s "${rev.current}" would change which versions ${to} may run, with none reviewed`,
    {
      file: rev.file,
      line: rev.line,
      hint: words`${setting('chart-version')} to one exact version (the one ${chartOf} runs), or write the range in ${rev.file} yourself; nothing was written`,
    },
  );
}

/**
 * A chart version the promotion would move where it cannot write it (ChartRevision.fixed: a HelmRelease's shared
 * base, a chart a GitRepository builds), refused at the line that holds it; undefined when it may be written.
 */
export function unwritableChart(
  { chartFrom, chartOf }: { chartFrom: string; chartOf?: string },
  rev: ChartRevision,
  to: string,
): UserError | undefined {
  if (rev.fixed === undefined) return undefined;
  return new UserError(
    `cannot move ${to}'s chart ${rev.current || '(no version)'} → ${chartFrom}${chartOf ? ` (${chartOf}'s)` : ''}: ${rev.fixed}`,
    {
      file: rev.file,
      line: rev.line,
      hint: "pin the chart version in the environment's own HelmRelease (spec.chart.spec.version in its patch), or promote images only with the same chart",
    },
  );
}

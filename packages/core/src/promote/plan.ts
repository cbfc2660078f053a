// Plans one promotion in memory: where the new pins come from (a digests file,
// the source environment's pins at the base branch, an explicit version, or the
// target's own pins at a git ref for a rollback), which services they change,
// the byte-minimal edits of the target's values file and Application, and the
// gates (verify-source, protected pins, require-checks). Nothing here writes.

import { throwAll } from '../errors.ts';
import type { ValuesContractReport } from '../values/contract-words.ts';
import type { FileChange } from '../edits/diff.ts';
import type { Verification } from '../registry/verify.ts';
import type { ValuesDriftReport } from '../values/chart-drift.ts';
import { stripBom } from '../text/bytes.ts';
import { ParseCache } from '../text/parse-cache.ts';
import { refuseUnreadPins } from './deployer-reads.ts';
import { setChartRevision } from '../deploy/argocd/application.ts';
import { imageRepository } from '../registry/reference.ts';
import { checkPinWrites, pinMatches, repositoryMoves, type ImagePin } from '../deploy/pins/pins.ts';
import { currentPins } from './target-running.ts';
import { openPinPlace, type PinPlace, type PinWrite } from './place.ts';
import { validateFluxEdits } from './flux-validate.ts';
import { mustResolve, type PromoteEnvironment, type PromoteRequest, type Route } from './request.ts';
import { foreignDigestEntries, placeOf, readPinSource, type PinSource, type ServiceScope } from './pin-source.ts';
import {
  bareTagsInProtected,
  inexactInProtected,
  requiredChecks,
  resolveMissingDigests,
  unpinnedInProtected,
  rangeOverRange,
  chartVersionWritten,
  unwritableChart,
  verifyInSource,
  verifyNewDigests,
} from './plan-checks.ts';
import type { EnvironmentRender } from '../render/report.ts';
import type { SideBySide } from './status-tables.ts';
import type { PlanWorld } from './plan-world.ts';
import type { RenderedPin } from './rendered-pin.ts';
import type { CheckResult } from './ports.ts';
import { copyTarget, plannedCopy, type ImageCopy } from './registry-copy.ts';

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
  /** The target's pin place held no pin of it (no images: entry, no tag or digest): the write adds one (render-proof.ts). */
  added?: true;
  /** In an environment of many apps (deploy/fleet.ts): the app whose pin this is. */
  app?: string;
  /** The target's registry: takes the image copied by digest before the pin is written (registry-copy.ts). */
  copy?: ImageCopy;
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
  /** An OCIRepository's spec.ref.digest before and after, which source-controller pulls whatever the version says. */
  oldDigest?: string;
  newDigest?: string;
}

/** One app's plan in a promotion between environments of many apps (promote/fleet.ts): its request scoped to its services, its route. */
export interface AppPlan {
  id: string;
  plan: PromotionPlan;
  req: PromoteRequest;
  route: Route;
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
  /** Every environment side by side, the target after this promotion: built only where a face shows it (promote-env's job summary). */
  drift?: SideBySide;
  notes: string[];
  /** The target's values against the promoted chart version (values-drift), when the chart version changes. */
  valuesDrift?: ValuesDriftReport;
  /** The values contract of the target with the promoted chart version (values-contract.ts), when it judged them. */
  valuesContract?: ValuesContractReport;
  /** The target rendered as it runs now and as it will after the merge (promote/render.ts). */
  rendered?: EnvironmentRender;
  /** A promotion between environments of many apps: each app's own plan (promote/fleet.ts); its chart, drift and render are there. */
  apps?: AppPlan[];
}

/** The repository as the plan leaves it: a file the plan edits as edited, any other as `readBase` (the base commit) gives it. */
export function readAfterPlan(plan: Pick<PromotionPlan, 'files'>, readBase: (path: string) => Promise<string | undefined>) {
  return async (path: string): Promise<string | undefined> => plan.files.find((f) => f.path === path)?.after ?? (await readBase(path));
}

/**
 * Plans the promotion `req` along `route` on the base commit. Every input
 * problem is a UserError (file:line where there is one) raised before any
 * registry or GitHub request; registry lookups come next, then the gates.
 * `cache` holds the run's parses: each values file is parsed once for all its
 * services, and a plan made again on a moved base reuses what did not change.
 * It reads the source's and the target's files (and the environment before
 * the target for verify-source), no other environment's. With `edit` false
 * (lockstep status, which shows what would change, not the edited files) the
 * target's files are not edited: the plan has its changes and no files, and
 * only the refusals of a pin's edit that need no parse of the file are said.
 */
export async function planPromotion(
  req: PromoteRequest,
  route: Route,
  world: PlanWorld,
  cache = new ParseCache(),
  edit = true,
): Promise<PromotionPlan> {
  const { to } = route;
  const notes: string[] = [];
  const baseLabel = `the base branch ${req.base}`;
  const only = new Set(req.only);
  const scope: ServiceScope = {
    byName: new Map(req.services.map((s) => [s.name, s])),
    wanted: (name) => only.size === 0 || only.has(name),
  };
  const verifyEnv = req.from.kind === 'env' ? route.from : req.from.kind === 'none' ? route.before : undefined;

  // 1. Where the new pins come from (no network yet).
  const pinSource = await readPinSource(req, route, world, scope, notes, cache);
  const source = pinSource.pins;

  // 2. What the target pins now, and what its render runs for a service its place pins nothing of (the table's old side).
  const target = await placeOf(to, world.readBase, req, baseLabel, cache);
  const wantedHere = [...source.keys()].map((n) => scope.byName.get(n)!);
  const { current, running } = await currentPins(target, wantedHere, route, world, notes, cache);
  // 2a. The pins go where the deployer reads: a file the target's Application does not render is refused (deployer-reads.ts).
  if (edit) refuseUnreadPins({ environment: to.name, file: target.file, rev: target.rev, appText: target.appText });

  // 2b. A digests-file entry must be the service's image: a matrix mix-up would otherwise be pinned and promoted onward.
  throwAll(foreignDigestEntries(source, current, req, scope));

  // 3. A protected target never takes a bare tag: without resolve-digests that is an input error, found before any lookup.
  const resolve = mustResolve(req, to);
  if (to.protected && !resolve) throwAll(bareTagsInProtected(source, current, to));

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
  const state: TargetState = { target, current, running, verified, scope, notes, edit };
  const { changes, unchanged, chart, texts } = editTarget(req, route, pinSource, state, cache);
  const files: FileChange[] = [...texts]
    .filter(([, t]) => t.after !== t.before)
    .map(([path, t]) => ({ path, before: t.before, after: t.after }));
  // Each edit is checked: no step after this one reads a file as it was before its edit (the side-by-side
  // table, the protected-target checks and values-drift read the edited text), so its parse is let go — at 500 services
  // the target's values are a ~4 MB document the rest of the run need not hold.
  for (const t of texts.values()) if (t.after !== t.before) cache.forget(stripBom(t.before));

  // 7. A protected target ends with every image pinned by digest.
  if (to.protected && files.length > 0) {
    const after = new Map(files.map((f) => [f.path, f.after]));
    throwAll(unpinnedInProtected(texts.get(target.file)?.after ?? target.text, to, [...source.keys()], scope, target, after));
  }
  // 7b. …and its Application pins one exact chart version (not `*`, a range, a branch or HEAD).
  if (to.protected && files.length > 0 && target.rev)
    throwAll(inexactInProtected(texts.get(target.rev.file)?.after ?? target.appText!, target.rev));

  // 7c. The Flux resources the edits changed, against their kinds' schemas (validate).
  if (files.length > 0) notes.push(...(await validateFluxEdits(files, to, cache)));

  // 8. require-checks on the commit the source pins came from.
  const writes = files.length > 0 || (!edit && (changes.length > 0 || chart !== undefined));
  const checks =
    req.requireChecks.length > 0 && writes ? await requiredChecks(req, world, changes, pinSource.commit, verifyEnv, { scope, cache }) : [];

  return { changes, chart, files, services: [...source.keys()], unchanged, sourceLabel: pinSource.label, checks, notes };
}

/** What step 6 works from: the target's place and pins, the verified digests, the services, the plan's notes. */
interface TargetState {
  target: PinPlace;
  current: ReadonlyMap<string, ImagePin>;
  /** What the target's render runs for the services its place does not define. */
  running: ReadonlyMap<string, RenderedPin>;
  verified: ReadonlyMap<string, Verification>;
  scope: ServiceScope;
  notes: string[];
  /** False: the changes only, the files left as they are. */
  edit: boolean;
}

/** Step 6: each service's change (or that it already matches), and the target's files edited (before and after). */
function editTarget(
  req: PromoteRequest,
  route: Route,
  { pins: source, chartFrom, chartDigest, chartOf, commit: checkCommit }: PinSource,
  { target, current, running, verified, scope, notes, edit: editing }: TargetState,
  cache: ParseCache,
): { changes: PinChange[]; unchanged: string[]; chart?: ChartChange; texts: Map<string, { before: string; after: string }> } {
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
    // A target with registry: pins the copy there, the path kept (registry-copy.ts); the digest is the same.
    const moved = copyTarget(repository, route.to);
    if (moved && p.digest !== undefined) p.repository = moved.to;
    if (repositoryMoves(pin, p))
      notes.push(
        `${name}: the image moves from ${pin.repository} to ${p.repository} (${pin.file}:${pin.line}); the repository is written with the digest.`,
      );
    if (pinMatches(pin, p)) {
      unchanged.push(name);
      continue;
    }
    const copy = plannedCopy(name, p, pin, route, req, repository);
    pinEdits.push({ service: scope.byName.get(name)!, pin, target: p });
    changes.push({
      service: name,
      file: pin.style === 'fields' || pin.style === 'overlay' ? pin.file : target.file,
      line: pin.line,
      // What the target runs by its render where its pin place defines no image (runningNow), else its pin.
      oldTag: running.has(name) ? running.get(name)!.tag : pin.tag,
      newTag: p.tag ?? pin.tag,
      oldDigest: running.has(name) ? running.get(name)!.digest : pin.digest,
      newDigest: p.digest,
      verified: p.verified ?? (route.before === undefined ? 'first environment' : 'not verified'),
      sourceCommit: p.sha ?? (req.from.kind === 'ref' ? checkCommit : undefined),
      ...(verified.has(name) ? { verifiedBy: verified.get(name)!.by } : {}),
      ...(verified.get(name)?.sourceCommit ? { provenanceCommit: verified.get(name)!.sourceCommit } : {}),
      ...(pin.tag === undefined && pin.digest === undefined ? { added: true as const } : {}),
      ...(copy ? { copy } : {}),
    });
  }
  if (pinEdits.length > 0 && editing) {
    edit(target.file, target.text, (t) => target.write(t, pinEdits));
    // Image automation markers beside the overlay take the same pins (marker-files.ts).
    for (const [path, t] of target.markers?.edits(pinEdits) ?? []) edit(path, t.before, () => t.after);
    // A HelmRelease's post-renderer entries beside its values file take theirs (post-render-pins.ts).
    for (const [path, t] of target.besides(pinEdits)) edit(path, t.before, () => t.after);
    notes.push(...(target.markers?.notes ?? []));
  } else checkPinWrites(pinEdits); // not editing (status's plan): the refusals the write raises, each pin's style its own
  const rev = target.rev;
  if (chartFrom === undefined || !rev) return { changes, unchanged, texts };
  const version = chartVersionWritten(chartFrom, chartDigest, rev);
  if (rev.current === version && rev.digest === chartDigest) return { changes, unchanged, texts };
  const refused =
    rangeOverRange({ chartFrom: version, chartOf }, rev, route.to.name) ??
    unwritableChart({ chartFrom: version, chartOf }, rev, route.to.name);
  if (refused) throw refused;
  if (editing) edit(rev.file, target.appText!, (t) => setChartRevision(t, rev, version, cache, chartDigest));
  const chart: ChartChange = {
    file: rev.file,
    line: rev.line,
    application: rev.name,
    ...(rev.chart ? { chart: rev.chart } : {}),
    ...(rev.chartPath ? { chartPath: rev.chartPath } : {}),
    old: rev.current,
    new: version,
    ...(chartDigest !== undefined ? { newDigest: chartDigest, ...(rev.digest !== undefined ? { oldDigest: rev.digest } : {}) } : {}),
  };
  return { changes, unchanged, chart, texts };
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
      services: req.services,
    });
    return place?.read(place.text, s);
  } catch {
    return undefined;
  }
}

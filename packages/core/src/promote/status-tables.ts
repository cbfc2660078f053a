// Every environment side by side: what `lockstep status` shows and promote-env's
// job summary ends with. Each environment's files are opened once, leniently (a
// file that cannot be read shows `?`, one that does not exist `missing`), and
// give both its column of the table and its pins in full (status --json, the
// deployments record). Linear in environments × services: a fleet of a hundred
// environments reads each of them once, never once per pair.

import { ParseCache } from '../text/parse-cache.ts';
import { appServices, appsOf, isFleet } from '../deploy/fleet.ts';
import { shortDigest, type ImagePin } from '../deploy/pins/pins.ts';
import type { RenderedRun } from './rendered-pin.ts';
import { openPinPlace, type PinPlace } from './place.ts';
import type { PromoteEnvironment, PromoteRequest } from './request.ts';
import { deploymentOf, deployerResource } from '../deploy/kind.ts';

/** One row of the side-by-side table: a service (or the chart) in every environment. */
export interface DriftRow {
  service: string;
  cells: string[];
}

/** The side-by-side table: a column per environment, a row per service (and `chart version` when Applications are configured). */
export interface SideBySide {
  environments: string[];
  rows: DriftRow[];
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
  /** The OCIRepository's spec.ref.digest beside that version, when it pins one: the artifact source-controller pulls. */
  chartDigest?: string;
  /** Where that version is a range or pinned by a digest: the version the artifact pulled says (status only). */
  chartPulled?: string;
  /** The services its pin place does not define, read from its render: each one's object running it. */
  rendered?: Record<string, string>;
  /** Why its render, asked for a service its pin place does not define, could not be had. */
  unrendered?: string;
  /** The services its pin place does not define whose image its render runs nowhere. */
  runsNone?: string[];
  /** A hydrated environment: every service read from the manifests on its active branch, and the DRY commit they were rendered from. */
  hydrated?: { branch: string; dry: string | null };
  /** An environment of many apps (deploy/fleet.ts): each app's pins, by app id (its own `services` are empty). */
  apps?: Record<string, EnvironmentPins>;
}

/** One environment's column of the table: a cell per service, and its chart version (`—` without an Application). */
export interface EnvironmentColumn {
  cells: Map<string, string>;
  chart: string;
}

/** One environment read once: its column and its pins. */
export interface EnvironmentRead {
  column: EnvironmentColumn;
  pins: EnvironmentPins;
}

/** Opens `env`'s place at the base, lenient about what cannot be read: undefined when absent, 'unreadable' when it does not parse. */
async function openLeniently(
  req: PromoteRequest,
  env: PromoteEnvironment,
  read: (path: string) => Promise<string | undefined>,
  cache: ParseCache,
): Promise<PinPlace | undefined | 'unreadable'> {
  try {
    return await openPinPlace(env, read, {
      charts: req.charts,
      at: `the base branch ${req.base}`,
      configFile: req.configFile,
      cache,
      optional: true,
      lenientApplication: true,
      services: req.services,
    });
  } catch {
    return 'unreadable';
  }
}

/**
 * Reads `env`'s files through `read` once: its column of the side-by-side table and its pins in full. A service
 * its pin place does not define (no key, no `images:` entry) is what `rendered` (the environment's render, asked
 * at most once) runs for it, and so is every service where the deployer rewrites images after the file
 * (Deployment.rewritesImages); without `rendered`, or where the environment does not render, it is `—`.
 */
export async function readEnvironment(
  req: PromoteRequest,
  env: PromoteEnvironment,
  read: (path: string) => Promise<string | undefined>,
  cache: ParseCache,
  rendered?: () => Promise<RenderedRun>,
): Promise<EnvironmentRead> {
  const place = await openLeniently(req, env, read, cache);
  const deployment = deploymentOf(env);
  const resource = deployment?.chartPin ?? deployment?.application;
  const open = place === 'unreadable' ? undefined : place;
  const pins: EnvironmentPins = {
    name: env.name,
    values: env.values,
    missing: place === undefined,
    ...(deployment?.renderer === 'kustomize' ? { kustomization: open?.file ?? deployment.pinPath } : {}),
    services: {},
  };
  if (resource) pins.chartVersion = open?.rev?.current || null;
  if (resource && open?.rev?.digest) pins.chartDigest = open.rev.digest;
  const cells = new Map<string, string>();
  let chart = '—';
  if (resource && open) chart = open.applicationFailed ? '?' : open.rev?.current || '—';
  // An OCIRepository's digest beside its version is the artifact pulled: said as a service's digest is.
  if (pins.chartDigest) chart = `${chart} ${shortDigest(pins.chartDigest)}`;
  const undefinedHere: string[] = [];
  for (const s of req.services) {
    if (place === 'unreadable') {
      cells.set(s.name, '?');
      pins.services[s.name] = null;
      continue;
    }
    // A values file (or overlay) that does not exist is said so in its own column only.
    if (place === undefined) {
      cells.set(s.name, 'missing');
      pins.services[s.name] = null;
      continue;
    }
    let pin: ImagePin | undefined;
    try {
      pin = place.read(place.text, s);
    } catch {
      pin = undefined;
    }
    if (pin?.tag === undefined && pin?.digest === undefined) undefinedHere.push(s.name);
    cells.set(s.name, pin ? `${pin.tag ?? '—'} ${shortDigest(pin.digest)}` : '—');
    pins.services[s.name] = pin ? { tag: pin.tag ?? null, digest: pin.digest ?? null } : null;
  }
  // Where the deployer rewrites images after the file (a HelmRelease's post-renderers), every service runs what the render says.
  const rewritten = open && deployment ? await deployment.rewritesImages(read, cache) : undefined;
  const fromRun = rewritten ? req.services.map((s) => s.name) : undefinedHere;
  if (fromRun.length > 0 && rendered) fromRender(await rendered(), fromRun, cells, pins);
  return { column: { cells, chart }, pins };
}

/**
 * readEnvironment of an environment of many apps (deploy/fleet.ts) at a commit whose files are `paths`: each app
 * read as its own environment with its services (promote/fleet.ts), in one column whose cells are `<app>/<service>`
 * (and `<app>/chart version` where the app's deployer pins a chart), each app's pins under `apps`. Any other
 * environment is readEnvironment's; `rendered` gives an environment's render, asked at most once each.
 */
export async function readAnyEnvironment(
  req: PromoteRequest,
  env: PromoteEnvironment,
  read: (path: string) => Promise<string | undefined>,
  cache: ParseCache,
  paths: readonly string[] | undefined,
  rendered?: (env: PromoteEnvironment) => Promise<RenderedRun>,
): Promise<EnvironmentRead> {
  let fleet;
  try {
    fleet = paths && appsOf(env, paths, { file: req.configFile, line: () => env.valuesLine });
  } catch {
    fleet = { apps: [], partial: [] };
  }
  if (!fleet) return readEnvironment(req, env, read, cache, rendered && (() => rendered(env)));
  const ids = new Set(fleet.apps.map((a) => a.id));
  const cells = new Map<string, string>();
  const apps: Record<string, EnvironmentPins> = {};
  for (const a of fleet.apps) {
    const r = await readEnvironment(
      { ...req, services: appServices(req.services, a.id, ids) },
      a.env,
      read,
      cache,
      rendered && (() => rendered(a.env)),
    );
    for (const [service, cell] of r.column.cells) cells.set(`${a.id}/${service}`, cell);
    if (deployerResource(a.env)) cells.set(`${a.id}/chart version`, r.column.chart);
    apps[a.id] = r.pins;
  }
  const pins: EnvironmentPins = { name: env.name, values: env.values, missing: fleet.apps.length === 0, services: {}, apps };
  return { column: { cells, chart: '—' }, pins };
}

/**
 * A hydrated environment's column and pins: what the manifests on its active branch run (hydrated-run.ts), the
 * branch its deployer syncs, for every service; `—` and the reason where the branch cannot be read.
 */
export function readHydratedEnvironment(
  req: PromoteRequest,
  env: PromoteEnvironment,
  run: RenderedRun & { branch: string; dry?: string },
): EnvironmentRead {
  const pins: EnvironmentPins = {
    name: env.name,
    values: env.values,
    missing: false,
    services: {},
    hydrated: { branch: run.branch, dry: run.dry ?? null },
  };
  const cells = new Map<string, string>();
  for (const s of req.services) {
    cells.set(s.name, '—');
    pins.services[s.name] = null;
  }
  fromRender(
    run,
    req.services.map((s) => s.name),
    cells,
    pins,
  );
  return { column: { cells, chart: '—' }, pins };
}

/** The services the pin place does not define, as the render runs them; `—` and the reason where it does not render. */
function fromRender(run: RenderedRun, services: readonly string[], cells: Map<string, string>, pins: EnvironmentPins): void {
  if ('unrendered' in run) {
    pins.unrendered = run.unrendered;
    return;
  }
  for (const name of services) {
    const pin = run.pins.get(name);
    if (!pin) {
      (pins.runsNone ??= []).push(name);
      continue;
    }
    cells.set(name, `${pin.tag ?? '—'} ${shortDigest(pin.digest)}`);
    pins.services[name] = { tag: pin.tag ?? null, digest: pin.digest ?? null };
    (pins.rendered ??= {})[name] = pin.object;
  }
}

/** The table from each environment's column, in the request's order; the column `after` (an index) is labelled `<name> (after)`. */
export function sideBySide(req: PromoteRequest, columns: readonly EnvironmentColumn[], after = -1): SideBySide {
  const envs = req.environments;
  const rows: DriftRow[] = req.services.map((s) => ({ service: s.name, cells: columns.map((c) => c.cells.get(s.name) ?? '—') }));
  if (envs.some((e) => deployerResource(e) && !isFleet(e))) rows.push({ service: 'chart version', cells: columns.map((c) => c.chart) });
  // Environments of many apps: a row per app and service (`a042/api`), in the order the columns name them; a
  // service no column pins as such is left out then (every app's row says it).
  if (envs.some(isFleet)) {
    const named = new Set(req.services.map((s) => s.name));
    const keys = [...new Set(columns.flatMap((c) => [...c.cells.keys()].filter((k) => !named.has(k))))];
    const kept = rows.filter((r) => r.service === 'chart version' || columns.some((c, i) => !isFleet(envs[i]) && c.cells.has(r.service)));
    kept.push(...keys.map((k) => ({ service: k, cells: columns.map((c) => c.cells.get(k) ?? '—') })));
    return { environments: envs.map((e, i) => (i === after ? `${e.name} (after)` : e.name)), rows: kept };
  }
  return { environments: envs.map((e, i) => (i === after ? `${e.name} (after)` : e.name)), rows };
}

/** What an environment runs by its render with the files `read` gives, for what its file does not pin (rendered-run.ts). */
export type RenderOf = (env: PromoteEnvironment, read: (path: string) => Promise<string | undefined>) => Promise<RenderedRun>;

/**
 * Every environment's pins at the base in full values (not the table's display strings); `cache` holds the run's
 * parses; `rendered`, a service an environment's file does not pin is what its render runs.
 */
export async function environmentPins(
  req: PromoteRequest,
  readBase: (path: string) => Promise<string | undefined>,
  cache = new ParseCache(),
  rendered?: RenderOf,
  paths?: readonly string[],
): Promise<EnvironmentPins[]> {
  const read = await Promise.all(
    req.environments.map((env) => readAnyEnvironment(req, env, readBase, cache, paths, rendered && ((e) => rendered(e, readBase)))),
  );
  return read.map((r) => r.pins);
}

/**
 * Every environment side by side for the configured services (tag and short
 * digest), plus the chart version of each environment's Application, the
 * target's column as this promotion leaves it (`edited`: the plan's files
 * after their edit). A file that cannot be read shows `?` rather than
 * failing the promotion; with `rendered`, a service an environment's file does
 * not pin shows what its render runs.
 */
export async function promotionSideBySide(
  req: PromoteRequest,
  toIndex: number,
  readBase: (path: string) => Promise<string | undefined>,
  edited: ReadonlyMap<string, string>,
  cache: ParseCache,
  rendered?: RenderOf,
  paths?: readonly string[],
): Promise<SideBySide> {
  const columns = await Promise.all(
    req.environments.map(async (env, i) => {
      const read = async (p: string) => (i === toIndex && edited.has(p) ? edited.get(p)! : await readBase(p));
      return (await readAnyEnvironment(req, env, read, cache, paths, rendered && ((e) => rendered(e, read)))).column;
    }),
  );
  return sideBySide(req, columns, toIndex);
}

// A promotion between environments of many apps (deploy/fleet.ts): every app the source and the target both
// name is planned as a one-app promotion of its own — its files, its kind, its render, its checks — and the
// plans are one plan, one commit and one pull request. An app only one side names is said, not promoted.
// A service named after an app is that app's alone; any other service is every app's.

import { UserError } from '../errors.ts';
import { appServices, appsOf, fleetPaths, isFleet, pairApps, type App, type Fleet } from '../deploy/fleet.ts';
import type { GateVerdict } from './gates.ts';
import type { AppPlan, PinChange, ChartChange, PromotionPlan } from './plan.ts';
import type { PromoteGit } from './ports.ts';
import type { PromoteRequest, Route, RoutedEnvironment } from './request.ts';
import { renderedCountsJson, renderedJson, type EnvironmentRender } from '../render/report.ts';
import type { ValuesDriftReport } from '../values/chart-drift.ts';
import type { ValuesContractReport } from '../values/contract-words.ts';

/** One app of a fleet promotion: its id, the request scoped to its services, its route between its own files. */
export interface FleetApp {
  id: string;
  req: PromoteRequest;
  route: Route;
}

/** Whether the route runs between environments of many apps. */
export function isFleetRoute(route: Route): boolean {
  return isFleet(route.to) || (route.from !== undefined && isFleet(route.from));
}

/** The apps of `env` in the base's files, its config line named on a bad glob. */
function appsAt(req: PromoteRequest, env: RoutedEnvironment, paths: readonly string[]): Fleet<RoutedEnvironment> | undefined {
  return appsOf(env, paths, { file: req.configFile, line: () => env.valuesLine });
}

/** The services of app `id`: the one named after it, and every service named after no app (deploy/fleet.ts appServices). */
function servicesOf(req: Pick<PromoteRequest, 'services'>, id: string, ids: ReadonlySet<string>): PromoteRequest['services'] {
  return appServices(req.services, id, ids);
}

/**
 * The apps a fleet promotion moves at the base commit: paired by id between the source and the target (every
 * app of the target for a rollback or new pins), each with its own route; what is not paired is said in `notes`.
 * One side of many apps and the other of one is refused: an app must know which app it promotes into.
 */
async function fleetApps(
  req: PromoteRequest,
  route: Route,
  git: Pick<PromoteGit, 'listFiles' | 'readAt'>,
  baseSha: string,
): Promise<{ apps: FleetApp[]; notes: string[] }> {
  const paths = await fleetPaths([route.to, ...(route.from ? [route.from] : []), ...(route.before ? [route.before] : [])], git, baseSha);
  if (!paths) throw new UserError(`the files of ${req.base} could not be listed to find the apps of ${route.to.name}`);
  const to = appsAt(req, route.to, paths);
  const from = req.from.kind === 'env' && route.from ? appsAt(req, route.from, paths) : undefined;
  if (!to || (req.from.kind === 'env' && route.from && !from)) {
    const many = to ? route.to : route.from!;
    const one = to ? route.from! : route.to;
    throw new UserError(`${many.name} names many apps (${many.values}) and ${one.name} one, so no app of one knows its app in the other`, {
      file: req.configFile,
      line: one.valuesLine,
      hint: `name ${one.name}'s apps with a glob of the same shape (${many.values})`,
    });
  }
  const notes = to.partial.map((p) => `${route.to.name}: ${p}; not promoted.`);
  let pairs: { id: string; from?: App<RoutedEnvironment>; to: App<RoutedEnvironment> }[];
  if (from) {
    const paired = pairApps(from, to);
    pairs = paired.pairs;
    notes.push(
      ...from.partial.map((p) => `${route.from!.name}: ${p}; not promoted.`),
      ...paired.onlyFrom.map((id) => `${id}: ${route.to.name} has no app ${id} (${route.to.values}); not promoted.`),
      ...paired.onlyTo.map((id) => `${id}: ${route.from!.name} has no app ${id}; ${route.to.name}/${id} is left as it is.`),
    );
  } else pairs = to.apps.map((a) => ({ id: a.id, to: a }));
  const before = route.before && isFleet(route.before) ? appsAt(req, route.before, paths) : undefined;
  const beforeOf = new Map(before?.apps.map((a) => [a.id, a.env]) ?? []);
  const ids = new Set(to.apps.map((a) => a.id));
  const apps = pairs.map(({ id, from: f, to: t }) => {
    const appBefore = before ? beforeOf.get(id) : route.before;
    const services = servicesOf(req, id, ids);
    const own = new Set(services.map((s) => s.name));
    return {
      id,
      req: { ...req, services, only: req.only.filter((s) => own.has(s)) },
      route: {
        ...route,
        to: t.env,
        ...(f ? { from: f.env } : {}),
        ...(appBefore ? { before: appBefore } : { before: undefined }),
      },
    };
  });
  // --only names services: an app none of whose services it names is not promoted.
  return { apps: req.only.length > 0 ? apps.filter((a) => a.req.only.length > 0) : apps, notes };
}

/**
 * The plan of a promotion between environments of many apps: each app the two share planned by `planOne` (promote's
 * checked plan, status's dry one), one after the other, as one plan.
 */
export async function planApps(
  req: PromoteRequest,
  route: Route,
  git: Pick<PromoteGit, 'listFiles' | 'readAt'>,
  baseSha: string,
  planOne: (req: PromoteRequest, route: Route) => Promise<PromotionPlan>,
): Promise<PromotionPlan> {
  const { apps, notes } = await fleetApps(req, route, git, baseSha);
  const plans: AppPlan[] = [];
  for (const a of apps) plans.push({ ...a, plan: await planOne(a.req, a.route) });
  return fleetPlan(plans, notes, route);
}

/**
 * The fleet's one plan from its apps' plans: every app's changes (each with its app), files, checks, and notes
 * (each said with its app); the chart changes, the values-drift reports and the renders stay each app's (`apps`).
 */
export function fleetPlan(apps: AppPlan[], notes: string[], route: Route): PromotionPlan {
  // The source as the environment, not its first app: `staging (its pins at main)`.
  const first = apps[0];
  const sourceLabel =
    first && first.route.from && route.from
      ? first.plan.sourceLabel.split(first.route.from.name).join(route.from.name)
      : (first?.plan.sourceLabel ?? route.from?.name ?? 'new pins');
  // Each app's edits are made on the base: two apps editing one file (a file their patterns share) would each
  // leave out the other's, so that is refused, nothing written.
  const editedBy = new Map<string, string>();
  for (const a of apps)
    for (const f of a.plan.files) {
      const other = editedBy.get(f.path);
      if (other !== undefined)
        throw new UserError(`apps ${other} and ${a.id} of ${route.to.name} both write ${f.path}`, {
          file: f.path,
          hint: `give each app of ${route.to.name} its own file, or promote one of them with --only`,
        });
      editedBy.set(f.path, a.id);
    }
  return {
    changes: apps.flatMap((a) => a.plan.changes.map((c) => ({ ...c, app: a.id }))),
    files: apps.flatMap((a) => a.plan.files),
    services: [...new Set(apps.flatMap((a) => a.plan.services))],
    unchanged: apps.flatMap((a) => a.plan.unchanged.map((s) => `${a.id}/${s}`)),
    sourceLabel,
    // The checks of one commit once (every app's source pins come from the same base).
    checks: [...new Map(apps.flatMap((a) => a.plan.checks).map((c) => [c.sha, c])).values()],
    notes: [...notes, ...apps.flatMap((a) => a.plan.notes.map((n) => `${a.id}: ${n}`))],
    apps,
  };
}

/** Each chart version a plan changes, with its app in a fleet's. */
export function chartChanges(plan: PromotionPlan): { app?: string; chart: ChartChange }[] {
  if (plan.apps) return plan.apps.flatMap((a) => (a.plan.chart ? [{ app: a.id, chart: a.plan.chart }] : []));
  return plan.chart ? [{ chart: plan.chart }] : [];
}

/** The target's renders of a plan: each app's in a fleet's. */
export function planRenders(plan: PromotionPlan): EnvironmentRender[] {
  if (plan.apps) return plan.apps.flatMap((a) => (a.plan.rendered ? [a.plan.rendered] : []));
  return plan.rendered ? [plan.rendered] : [];
}

/** The rows and counts of a plan's renders as the result carries them (a row per object that changes); nothing without one. */
export function renderedRows(plan: PromotionPlan): {
  rendered?: ReturnType<typeof renderedJson>;
  renderCounts?: ReturnType<typeof renderedCountsJson>;
} {
  const renders = planRenders(plan);
  return renders.length > 0 ? { rendered: renderedJson(renders), renderCounts: renderedCountsJson(renders) } : {};
}

/** The values-drift reports of a plan: each app's in a fleet's. */
export function planDrifts(plan: PromotionPlan): ValuesDriftReport[] {
  if (plan.apps) return plan.apps.flatMap((a) => (a.plan.valuesDrift ? [a.plan.valuesDrift] : []));
  return plan.valuesDrift ? [plan.valuesDrift] : [];
}

/** The values-contract reports of a plan: each app's in a fleet's. */
export function planContracts(plan: PromotionPlan): ValuesContractReport[] {
  if (plan.apps) return plan.apps.flatMap((a) => (a.plan.valuesContract ? [a.plan.valuesContract] : []));
  return plan.valuesContract ? [plan.valuesContract] : [];
}

/** A change's name as tables say it: `<app>/<service>` in a fleet. */
export function changeName(c: Pick<PinChange, 'service' | 'app'>): string {
  return c.app !== undefined ? `${c.app}/${c.service}` : c.service;
}

/** The gates' verdicts of a fleet's apps as one: the strictest action, every hold and note once. */
export function fleetVerdict(verdicts: readonly (GateVerdict | undefined)[]): GateVerdict | undefined {
  const given = verdicts.filter((v): v is GateVerdict => v !== undefined);
  if (given.length === 0) return undefined;
  const rank = { go: 0, draft: 1, refuse: 2 } as const;
  const once = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];
  const breakGlass = given.find((v) => v.breakGlass)?.breakGlass;
  return {
    action: given.reduce<GateVerdict['action']>((a, v) => (rank[v.action] > rank[a] ? v.action : a), 'go'),
    holds: once(
      given.flatMap((v) => v.holds),
      (h) => `${h.gate}\0${h.message}`,
    ),
    lifted: once(
      given.flatMap((v) => v.lifted),
      (h) => `${h.gate}\0${h.message}`,
    ),
    ...(breakGlass ? { breakGlass } : {}),
    notes: [...new Set(given.flatMap((v) => v.notes))],
  };
}

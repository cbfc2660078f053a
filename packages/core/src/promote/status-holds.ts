// The holds `lockstep status` shows (issue 75): what promote's gates would hold each next promotion by, decided by
// those gates' own `holds` (gates/fan-in.ts, gates/rollback-hold.ts) from what status read anyway — each edge's
// plan and every environment's pins (an app of an after: environment read again only for a service its read left
// out: fanInReads) — and from the rollbacks read for every environment in one history walk
// (rollback-history.ts rollbacksOf). So status says a hold in the words a promotion is refused with. The gates that
// read the clock, a calendar or GitHub's reviews (soak, windows, approval) are a promotion's to say.

import type { Hold } from './gates/gate.ts';
import { isFleet } from '../deploy/fleet.ts';
import { fanIn, wantsOf, type Wanted } from './gates/fan-in.ts';
import { rollbackHold } from './gates/rollback-hold.ts';
import { lockstepHydrated } from './hydrated.ts';
import type { ChartChange, PromotionPlan } from './plan.ts';
import type { PromoteRequest } from './request.ts';
import { holdChain, type RolledBack } from './rollback-history.ts';
import type { EnvironmentPins } from './status-tables.ts';

/** A hold as status says it: the gate's name, its title (`held by a rollback: …`) and its words. */
export interface StatusHold extends Hold {
  title: string;
}

/** An environment a rollback holds: the rollback, and the gate (its name) and words for a promotion into it. */
export interface HeldEnvironment extends RolledBack {
  gate: string;
  message: string;
}

const titled = (title: string, holds: Hold[]): StatusHold[] => holds.map((h) => ({ ...h, title }));

/** The rollback gate's evidence for a promotion into `target`: never a lift (status lifts nothing). */
const rollbackHolds = (target: string, held: RolledBack[], now: number): StatusHold[] =>
  held.length === 0 ? [] : titled(rollbackHold.title, rollbackHold.holds({ target, held, lift: false }, now));

/** Each environment a rollback holds, in the config's order, with the words a promotion into it is refused with. */
export function heldEnvironments(rolledBack: readonly (RolledBack | undefined)[], now: number): HeldEnvironment[] {
  return rolledBack.flatMap((r) => {
    const [hold] = r ? rollbackHolds(r.env, [r], now) : [];
    return r && hold ? [{ ...r, gate: hold.gate, message: hold.message }] : [];
  });
}

/** What status read that the holds of an edge are decided from. */
export interface EdgeEvidence {
  req: PromoteRequest;
  /** The rollback holding each environment, by name (rollbacksOf). */
  rolledBack: ReadonlyMap<string, RolledBack>;
  /** The environments' pins read so far (every one an edge into `envs[k]` comes from is read before it). */
  pins: readonly EnvironmentPins[];
  now: number;
  /** Apps of `after:` environments read again for the services status's read of them left out (fanInReads), by `<env>/<app>`. */
  reread?: ReadonlyMap<string, EnvironmentPins>;
}

/** What an edge's plan says that its holds are judged by: its changes, and its chart change (each app's in a fleet's). */
export type EdgePlan = Pick<PromotionPlan, 'changes' | 'chart'> & { charts?: readonly { app: string; chart: ChartChange }[] };

/**
 * The holds of the next promotion into `req.environments[k]` (from any of its predecessors: both gates judge the
 * target, not the edge), in the gates' order: fan-in when the plan writes pins an `after:` environment does not run
 * (no plan, as for an edge that could not be planned: none), then a rollback of the target or of an environment it is
 * promoted from. A hydrated target's gates read its branches, which status does not: none. Into an environment of
 * many apps, as promote judges it (gate-evidence.ts): each app of the plan by its own wants against the same app of
 * each `after:` environment, its holds then the rollback's, each hold said once (promote/fleet.ts fleetVerdict).
 */
export function edgeHolds(e: EdgeEvidence, k: number, plan: EdgePlan | undefined): StatusHold[] {
  const to = e.req.environments[k];
  if (lockstepHydrated(e.req, to.name)) return [];
  const after = to.after ?? [];
  const held = holdChain(e.req.environments, k).flatMap((name) => {
    const r = e.rolledBack.get(name);
    return r ? [r] : [];
  });
  const rollback = rollbackHolds(to.name, held, e.now);
  const fan = (env: string, wants: Wanted[], runs: EnvironmentPins[]) =>
    wants.length > 0 && runs.length > 0 ? titled(fanIn.title, fanIn.holds({ env, wants, runs }, e.now)) : [];
  const listed = e.pins.filter((p) => after.includes(p.name));
  if (!plan) return rollback;
  const ids = isFleet(to) ? appIdsOf(plan) : [];
  if (ids.length === 0) return [...fan(to.name, wantsOf(plan), listed), ...rollback];
  const fleets = new Set(e.req.environments.filter(isFleet).map((x) => x.name));
  const holds = ids.flatMap((id) => [
    ...fan(
      `${to.name}/${id}`,
      appWants(plan, id),
      listed.map((p) => (fleets.has(p.name) ? (e.reread?.get(`${p.name}/${id}`) ?? appPins(p, id)) : p)),
    ),
    ...rollback,
  ]);
  return [...new Map(holds.map((h) => [`${h.gate}\0${h.message}`, h])).values()];
}

/** What the plan writes into app `id`, as fan-in compares it. */
const appWants = (plan: EdgePlan, id: string): Wanted[] =>
  wantsOf({ changes: plan.changes.filter((c) => c.app === id), chart: plan.charts?.find((c) => c.app === id)?.chart });

/**
 * The services fan-in wants of an app of an `after:` environment of many apps that status's read of the app left
 * out: a service named after another app of that environment is not that app's there (deploy/fleet.ts appServices),
 * but promote reads the after: environment's app with the target app's services, where it may be every app's (a
 * sidecar). Each as `{ env, app, services }`, for `read` to read them as promote does; the pins of the app with
 * them added, by `<env>/<app>`, for edgeHolds's `reread`.
 */
export async function fanInReads(
  e: EdgeEvidence,
  k: number,
  plan: EdgePlan | undefined,
  read: (env: string, app: string, services: string[]) => Promise<EnvironmentPins>,
): Promise<Map<string, EnvironmentPins>> {
  const to = e.req.environments[k];
  const reread = new Map<string, EnvironmentPins>();
  if (!plan || !isFleet(to) || lockstepHydrated(e.req, to.name)) return reread;
  const fleets = new Set(e.req.environments.filter(isFleet).map((x) => x.name));
  const listed = e.pins.filter((p) => (to.after ?? []).includes(p.name) && fleets.has(p.name));
  for (const id of appIdsOf(plan))
    for (const p of listed) {
      const had = p.apps?.[id];
      const unread = [...new Set(appWants(plan, id).flatMap((w) => (w.service === undefined ? [] : [w.service])))].filter(
        (s) => had && !(s in had.services),
      );
      if (!had || unread.length === 0) continue;
      const more = await read(p.name, id, unread);
      reread.set(`${p.name}/${id}`, { ...had, services: { ...had.services, ...more.services } });
    }
  return reread;
}

/** The apps a fleet's plan changes, in the plan's order (appsOf's: by id). */
const appIdsOf = (plan: EdgePlan): string[] =>
  [...new Set([...plan.changes.flatMap((c) => (c.app === undefined ? [] : [c.app])), ...(plan.charts ?? []).map((c) => c.app)])].sort();

/**
 * App `id` of an environment of many apps as promote's fan-in reads it (deploy/fleet.ts asApp): its pins as status
 * read them, or, where it has no such app, an environment of that name that runs nothing.
 */
const appPins = (p: EnvironmentPins, id: string): EnvironmentPins =>
  p.apps?.[id] ?? { name: `${p.name}/${id}`, values: `${p.name}/${id} (no such app)`, missing: true, services: {} };

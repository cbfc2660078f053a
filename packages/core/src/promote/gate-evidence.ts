// The gates run on a planned promotion, before anything is written: each registered gate
// (promote/gates/registry.ts) gathers its evidence, then, when a hold is one break glass lifts, the
// break-glass label on the open promotion pull request is read (through GitHub). The verdict itself is
// promote/gates.ts's.

import type { ParseCache } from '../text/parse-cache.ts';
import { fleetVerdict } from './fleet.ts';
import { gateVerdict, liftable, type GateInput, type GateVerdict } from './gates.ts';
import type { Gate, GateContext } from './gates/gate.ts';
import { GATES } from './gates/registry.ts';
import type { PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';

/**
 * The gates of the planned promotion at `now` (the World's clock): each
 * registered gate's evidence, and the break-glass label on the open pull
 * request when a hold is one it lifts. Undefined when no gate is configured
 * for this route.
 */
export async function checkGates(
  req: PromoteRequest,
  route: Route,
  ports: PromoteWorld,
  plan: PromotionPlan,
  baseSha: string,
  now: number,
  cache: ParseCache,
): Promise<GateVerdict | undefined> {
  // Many apps: each app's gates on its own files and plan, one verdict (the strictest).
  if (plan.apps) {
    const verdicts: (GateVerdict | undefined)[] = [];
    for (const a of plan.apps) verdicts.push(await checkGates(a.req, a.route, ports, a.plan, baseSha, now, cache));
    return fleetVerdict(verdicts);
  }
  const ctx: GateContext = { req, route, ports, plan, baseSha, now, cache };
  const evidence: Record<string, unknown> = {};
  for (const gate of GATES as readonly Gate[]) {
    const found = await gate.gather(ctx);
    if (found !== undefined) evidence[gate.name] = found;
  }
  if (Object.keys(evidence).length === 0) return undefined;
  const input: GateInput = { now, push: req.push, evidence };
  // The label is looked up only when a hold is one it lifts: a promotion inside its window reads nothing more.
  if (req.push === 'pr' && ports.github && liftable(gateVerdict(input).holds))
    input.breakGlass = await ports.github.breakGlass(route.branch, req.base, req.breakGlassLabel);
  return gateVerdict(input);
}

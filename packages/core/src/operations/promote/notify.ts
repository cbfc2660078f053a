// The notifications of one promotion run (promote/publish/notify.ts): its events built from the outcome, and,
// when notify-webhook is set, each delivered. A promotion pull request the base's tip merged is asked of GitHub
// only then, and only with a token: it is the `landed` event of the promotion before this one.

import type { World } from '../../contract/world.ts';
import { UserError } from '../../errors.ts';
import { gateLines, type GateVerdict } from '../../promote/gates.ts';
import type { PromoteWorld } from '../../promote/ports.ts';
import { PromotionBranch } from '../../promote/publish/branch.ts';
import { deliver, promotionEvents, type Delivery, type PromotionEvent } from '../../promote/publish/notify.ts';
import type { PromotionPlan } from '../../promote/plan.ts';
import type { PromoteRequest, Route } from '../../promote/request.ts';

/** What the events are read from: a promotion's result (run.ts PromoteResult) as far as they need it. */
export interface NotifiedResult {
  outcome: 'dry-run' | 'nothing' | 'checks' | 'held' | 'pr' | 'direct';
  route: Route;
  plan: Pick<PromotionPlan, 'changes' | 'checks'>;
  baseSha: string;
  pull?: { number: number; url: string };
  commit?: string;
  gate?: GateVerdict;
  repoUrl?: string;
}

/** What a run notified: its events, and each delivery when a webhook is configured. */
export interface Notified {
  events: PromotionEvent[];
  deliveries?: Delivery[];
}

/** The run's events and their deliveries; nothing for a dry run. A GitHub that cannot say what landed leaves that event out. */
export async function notifyOutcome(req: PromoteRequest, r: NotifiedResult, ports: PromoteWorld, world: World): Promise<Notified> {
  if (req.dryRun) return { events: [] };
  const repoUrl = ports.repoUrl ?? r.repoUrl;
  const repository = repoUrl?.split('/').slice(-2).join('/') ?? req.repository ?? 'local';
  let landed: { environment: string; number: number; url: string } | undefined;
  if (req.notifyWebhook && ports.github) {
    try {
      const merged = await ports.github.mergedPromotion(r.baseSha);
      if (merged)
        landed = {
          environment: PromotionBranch.environment(merged.head),
          number: merged.number,
          url: `${repoUrl ?? ''}/pull/${merged.number}`,
        };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
    }
  }
  const holds = r.gate ? gateLines(r.gate) : r.outcome === 'checks' ? checkHolds(r) : [];
  const events = promotionEvents(
    {
      outcome: r.outcome,
      environment: r.route.to.name,
      ...(r.route.from ? { from: r.route.from.name } : {}),
      rollback: req.from.kind === 'ref',
      changes: r.plan.changes,
      ...(r.pull ? { pull: { number: r.pull.number, url: r.pull.url } } : {}),
      ...(r.commit ? { commit: r.commit } : {}),
      holds,
      ...(landed ? { landed } : {}),
    },
    repository,
  );
  if (!req.notifyWebhook || events.length === 0) return { events };
  const target = { url: req.notifyWebhook, format: req.notifyFormat, ...(req.notifySecret ? { secret: req.notifySecret } : {}) };
  const deliveries: Delivery[] = [];
  // One after the other: a receiver sees the landing before the next promotion's opening.
  for (const e of events) deliveries.push(await deliver(e, target, (q) => ports.webhook(q), world.clock));
  return { events, deliveries };
}

/** A promotion stopped by its required checks, as its hold: each check that is not green, on the commit it was read on. */
function checkHolds(r: NotifiedResult): string[] {
  return r.plan.checks.flatMap((c) =>
    c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`),
  );
}

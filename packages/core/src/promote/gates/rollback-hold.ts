// The rollback hold (issue 75 item 3): a rollback into an environment (promote-env `from: ref:…`) holds that
// environment and the environments promoted from it (so, step by step, every one after it in the promotion graph),
// so the next automatic promotion does not undo it. The hold lives in the repository's history, not on a runner:
// an environment is held while the last promotion that landed in it on the base branch's first-parent history (its
// files' last change, a merge read on its merged side; rollback-history.ts) carries `Lockstep-Rollback: true`. It is lifted by the documented step, a promotion into the
// held environment with `lift-hold: true` (`lockstep promote --lift-hold`): once that lands, its landing is the
// last one, and the hold is gone. Another rollback is never held. Break glass does not lift it.

import { configNameOf } from '../../deploy/fleet.ts';
import type { RolledBack } from '../rollback-history.ts';
import type { Gate } from './gate.ts';

const NAME = 'rollback-hold';

/** The rollback hold's evidence: the target, each held environment of it and before it, and whether lift-hold was asked. */
export interface RollbackHoldEvidence {
  target: string;
  held: RolledBack[];
  lift: boolean;
}

/** `#45 (a1b2c3d4e5f6)`, or the commit alone: where a rollback landed. */
const landedBy = (r: RolledBack) => (r.pull !== undefined ? `#${r.pull} (${r.commit.slice(0, 12)})` : r.commit.slice(0, 12));

/** Rollback hold: the target and the environments before it must not be held by a rollback that landed in them. */
export const rollbackHold: Gate<typeof NAME, RollbackHoldEvidence> = {
  name: NAME,
  title: 'a rollback',
  settings: ['lift-hold'],
  breakGlass: false,
  async gather({ req, route, ports, baseSha }) {
    // A rollback is never held: rolling back again, or further, is what a hold is for.
    if (req.from.kind === 'ref') return undefined;
    // The records' readers are loaded here only: the config checks load every gate, and this one checks no config.
    const { rollbacksAhead } = await import('../rollback-history.ts');
    const held = (await rollbacksAhead(req, route, ports, baseSha)).filter((r): r is RolledBack => r !== undefined);
    // An app of an environment of many apps is held as its environment is (a rollback lands in the environment).
    return held.length === 0 ? undefined : { target: configNameOf(route.to), held, lift: req.liftHold };
  },
  holds: (e) =>
    e.held
      .filter((h) => !(e.lift && h.env === e.target))
      .map((h) => ({
        gate: NAME,
        message:
          h.env === e.target
            ? `${h.env} was rolled back to ${h.to} by ${landedBy(h)}: promotions into it wait until the hold is lifted (lift-hold: true on the promotion that ends it)`
            : `${h.env}, before ${e.target}, was rolled back to ${h.to} by ${landedBy(h)}: promotions after it wait until its hold is lifted (a promotion into ${h.env} with lift-hold: true)`,
      })),
  onHold: () => 'refuse',
  notes: (e) =>
    e.held
      .filter((h) => e.lift && h.env === e.target)
      .map(
        (h) =>
          `Lifts the rollback hold of ${h.env} (rolled back to ${h.to} by ${landedBy(h)}): once this lands, promotions into ${h.env} go on.`,
      ),
};

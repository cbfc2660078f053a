// The rollback hold (issue 75 item 3): a rollback into an environment (promote-env `from: ref:…`) holds that
// environment and the environments promoted from it (so, step by step, every one after it in the promotion graph),
// so the next automatic promotion does not undo it. The hold lives in the repository's history, not on a runner: an environment is held while the last
// promotion that landed in it on the base branch's first-parent history (its files' last change, a merge read on
// its merged side) carries `Lockstep-Rollback: true`. It is lifted by the documented step, a promotion into the
// held environment with `lift-hold: true` (`lockstep promote --lift-hold`): once that lands, its landing is the
// last one, and the hold is gone. Another rollback is never held. Break glass does not lift it.

import { generatedBy, lockstepBlock, promotionsIn } from '../../records/trailers.ts';
import { predecessors } from '../graph.ts';
import { environmentFiles, landedRecord } from '../publish/record.ts';
import type { PromoteWorld } from '../ports.ts';
import type { PromoteEnvironment } from '../request.ts';
import type { Gate } from './gate.ts';

const NAME = 'rollback-hold';

/** A rollback that landed in an environment and holds it. */
interface RolledBack {
  env: string;
  /** The first-parent commit that landed it, and its pull request when the merge says it. */
  commit: string;
  pull?: number;
  /** The ref it rolled back to (`ref:v1.2.0`). */
  to: string;
}

/** The rollback hold's evidence: the target, each held environment of it and before it, and whether lift-hold was asked. */
export interface RollbackHoldEvidence {
  target: string;
  held: RolledBack[];
  lift: boolean;
}

/** The rollback that is the last landing in `env` on `baseSha`'s first-parent history, or undefined. */
async function lastRollback(env: PromoteEnvironment, ports: PromoteWorld, baseSha: string): Promise<RolledBack | undefined> {
  const files = await environmentFiles(env, (p) => ports.git.readAt(baseSha, p));
  const landed = await ports.git.landedAt(baseSha, files);
  if (!landed) return undefined;
  const { info, record } = await landedRecord(ports.git, landed);
  const block = lockstepBlock(record?.trailers ?? '');
  if (!generatedBy(block, 'promote-env')) return undefined;
  const p = promotionsIn(block).find((t) => t.environment === env.name);
  if (!p?.rollback) return undefined;
  // GitHub's merge and squash subjects name the pull request: `Merge pull request #45 from …`, `… (#45)`.
  const subject = info.message.split('\n', 1)[0];
  const pull = /^Merge pull request #(\d+) /.exec(subject)?.[1] ?? /\(#(\d+)\)$/.exec(subject)?.[1];
  return { env: env.name, commit: landed, to: p.from, ...(pull ? { pull: Number(pull) } : {}) };
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
    // The target and the environments it is promoted from: a held environment's pins move no further, so one
    // after it is held at its own step (two reads of the history, not one per environment before it).
    const chain = [route.to.name, ...predecessors(req.environments, route.to.index)];
    const held: RolledBack[] = [];
    for (const name of chain) {
      const env = req.environments.find((e) => e.name === name);
      const r = env ? await lastRollback(env, ports, baseSha) : undefined;
      if (r) held.push(r);
    }
    return held.length === 0 ? undefined : { target: route.to.name, held, lift: req.liftHold };
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

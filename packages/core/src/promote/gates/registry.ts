// The gates a promotion passes, in the order their holds and notes are said. A gate is one file of this
// folder (gate.ts says what it exports) and one line here; the verdict (promote/gates.ts) and the run
// (promote/gate-evidence.ts) read this list and no gate by name.

import type { Config } from '../../config/config.ts';
import type { UserError } from '../../errors.ts';
import type { Gate } from './gate.ts';
import { approval } from './approval.ts';
import { fanIn } from './fan-in.ts';
import { rollbackHold } from './rollback-hold.ts';
import { soak } from './soak.ts';
import { window } from './window.ts';

export const GATES = [soak, window, fanIn, approval, rollbackHold] as const;

/** The registered gates' config checks, run with every other config check before a promotion opens anything. */
export const GATE_CHECKS: readonly ((config: Config) => UserError[])[] = (GATES as readonly Gate[]).flatMap((g) =>
  g.check ? [g.check] : [],
);

/** A registered gate's name. */
export type GateName = (typeof GATES)[number]['name'];

/** Each registered gate's evidence, by its name: what the verdict is decided from. */
export type GateEvidence = {
  [G in (typeof GATES)[number] as G['name']]: G extends Gate<string, infer E> ? E : never;
};

// The config checks of the faces that read a file whole to judge it (`lockstep config`, chart-bump-check on a pull
// request that changes the config): every command's (settings/validate.ts) and the promotion gates'
// (promote/gates/registry.ts: an `after:` naming no environment). A gate's mistake in the file is said there, at its
// line, with the others, before the promotion that would refuse it. Composed here, the one floor that reaches both.
import { GATE_CHECKS } from '../promote/gates/registry.ts';
import { CONFIG_CHECKS, type ConfigCheck } from '../settings/validate.ts';

/** Every check of the config: the commands' first, then the gates', in the order of their registry. */
export const EVERY_CONFIG_CHECK: readonly ConfigCheck[] = [...CONFIG_CHECKS, ...GATE_CHECKS];

// What a promotion gate is (issue 54): a named step that gathers its own evidence before anything is
// written, says when it holds, and whether a break-glass label lifts its holds. Each gate is one file of
// this folder; registry.ts lists them, and the verdict (promote/gates.ts) folds their holds. The shape is
// the one Kargo gives its promotion steps: a registered name, its configuration, one function to run.
// docs/adding-a-gate.md walks adding one.

import type { Config } from '../../config/config.ts';
import type { UserError } from '../../errors.ts';
import type { ParseCache } from '../../text/parse-cache.ts';
import type { PromotionPlan } from '../plan.ts';
import type { PromoteWorld } from '../ports.ts';
import type { PromoteRequest, Route } from '../request.ts';

/** What held a promotion back, and until when (milliseconds since the epoch; undefined when no opening was found). */
export interface Hold {
  /** The name of the gate that holds (its file's `name`). */
  gate: string;
  /** One sentence: which service or rule, since when, how long is left or when it opens. */
  message: string;
  until?: number;
}

/** What every gate is given to gather its evidence from: the planned promotion, its ports and the World's clock. */
export interface GateContext {
  req: PromoteRequest;
  route: Route;
  ports: PromoteWorld;
  plan: PromotionPlan;
  /** The base commit the plan was made on. */
  baseSha: string;
  /** The World's clock, read once for every gate. */
  now: number;
  /** The run's parses: a gate that reads an environment's files reads them through it. */
  cache: ParseCache;
}

/** What a gate's holds do to a pull request promotion (push: direct refuses on any hold). */
export type OnHold = 'refuse' | 'draft';

/**
 * One gate. `E` is its evidence: what `gather` read (git, GitHub, the
 * config) and `holds` decides from, without reading anything more.
 */
export interface Gate<N extends string = string, E = unknown> {
  name: N;
  /** How a hold line names it: `Held by ${title}: …`. */
  title: string;
  /**
   * The settings it reads, by their key in the settings tables (settings/table-*.ts, settings/config-keys.ts):
   * `npm run settings` makes action.yml, the READMEs, docs/configuration.md and the JSON Schema from those entries.
   */
  settings: readonly string[];
  /** Whether a break-glass label on the promotion pull request lifts this gate's holds. */
  breakGlass: boolean;
  /** What it refuses about the config, read across the file (a name that is no environment), each at its line. */
  check?(config: Config): UserError[];
  /** Its evidence for this promotion; undefined when the gate is not configured for the route. */
  gather(ctx: GateContext): Promise<E | undefined>;
  /** Its holds at `now`, decided from the evidence alone. */
  holds(evidence: E, now: number): Hold[];
  /** What its holds do to a pull request promotion. */
  onHold(evidence: E): OnHold;
  /** Lines for the summary and the PR body whether or not it holds (a rollback's exemption, who approved). */
  notes?(evidence: E): string[];
}

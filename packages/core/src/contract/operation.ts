import type { Text } from '../text/parts.ts';
import type { Inputs } from './inputs.ts';
import type { ResultView } from '../report/view.ts';
import type { JsonDocument } from './json.ts';
import type { World } from './world.ts';

/**
 * One operation, as both faces run it: `request` (light: inputs → a typed
 * request, every bad input refused naming it), `run` (the work, loaded only
 * after the request was accepted: the one lazy-load point), and `view`
 * (result → what the runner and a terminal show). Each operation folder's
 * index.ts exports one; an action's src/ only names it.
 */
export interface Operation<Req, Res> {
  /** The action's name (its folder under actions/ and its action.yml inputs). */
  action: string;
  /** Inputs that hold secrets: masked before anything else reads them. */
  secrets?: readonly string[];
  /**
   * Inputs (the runner's INPUT_* or the CLI's flags) → the request; light to load, throws (or rejects with)
   * UserError on a bad input. Async where a check loads its library only when the input is given.
   */
  request(inputs: Inputs, world: World): Req | Promise<Req>;
  /** Loads the run: `(request, world) → result`. */
  run(): Promise<(request: Req, world: World) => Promise<Res>>;
  /** Loads the views of a result. */
  view(): Promise<OperationView<Res>>;
}

/** What a person reads and what the runner needs, from one result. */
export interface OperationView<Res> {
  /** The runner's log lines, annotations, outputs and job summary, in order, then the failure if any. */
  runner(result: Res): RunnerView;
  /** The terminal's table, status, notes and warnings (the same story as the summary). */
  terminal(result: Res): ResultView;
  /**
   * The error the run ends with once its result was shown, on both faces (exit 1): a check that failed,
   * a promotion held by a gate or stopped by its checks. Undefined when it was done or had nothing to do.
   */
  failure(result: Res): Error | undefined;
  /** Whether the failure is a hold (a gate, red required checks, a wave): --json says `held`, not `refused`. Absent: never. */
  held?(result: Res): boolean;
  /** `--json`: the one shape of every command (contract/json.ts): `schema-version`, kebab-case keys, no JSON in strings. */
  json(result: Res): JsonDocument;
  /**
   * The same document written in pieces through `write`, on one line ending with a line break: for a
   * result whose JSON is too large to hold twice (a year of metrics). `writeBytes`, when the face has it,
   * takes pieces already encoded as UTF-8 (done with them when it returns). Absent: the face stringifies json().
   */
  writeJson?(result: Res, write: (text: string) => void, writeBytes?: (bytes: Uint8Array) => void): void;
}

/**
 * One thing the runner is told, in the order told: a log line (escaped by
 * the presenter unless `raw`: a diff or text the view already made safe), a
 * log group, an annotation, an output, the job summary.
 */
export type RunnerStep =
  | { info: string; raw?: boolean }
  | { group: string }
  | { endGroup: true }
  | { annotate: 'warning' | 'notice'; message: string; file?: string; line?: number; title?: string }
  /** A value in parts (a long release's notes): the runner writes its first MB, never joined whole. */
  | { output: string; value: Text; where?: string }
  /** Markdown in parts when one is long (release notes): appended as their concatenation, never joined whole. */
  | { summary: Text; where?: string };

/** The runner's view of a result: its steps, then a failure thrown through the one failure path (annotations, exit 1). */
export interface RunnerView {
  steps: RunnerStep[];
  failure?: Error;
}

import { type Face, UserError, UserErrors } from '../errors.ts';

// The one `--json` shape every lockstep command prints (documented in docs/cli.md): `schema-version`
// first, the command's name, how it ended (`outcome`) and its errors, then the result in kebab-case
// keys, like the actions' outputs; a value the runner gets as JSON on one line is the structure here,
// never a string holding JSON. A refusal is a document too: `| jq` never reads an empty stdout as success.

/**
 * The version of the `--json` shape; it changes only when a key changes meaning or goes. 2: `outcome`
 * and `errors` in every document; promote's own outcome is `promotion`.
 */
export const SCHEMA_VERSION = 2;

/**
 * How a command ended, as its exit code says it: `done` (0, done or nothing to do), `held` (1, a
 * promotion a gate, red required checks or a wave held back), `refused` (1, a bad input or config, a
 * check that failed), `error` (1, a failed request or a fault of lockstep's), `usage` (2).
 */
export type Outcome = 'done' | 'held' | 'refused' | 'error' | 'usage';

/** One error of a document: where (`null` when the error names no file), the input it is about, and the line the terminal printed. */
export interface JsonError {
  file: string | null;
  line: number | null;
  input: string | null;
  message: string;
}

/** A `--json` document. */
export type JsonDocument = { 'schema-version': number; command: string } & Record<string, unknown>;

/** `schema-version` and the command, then `body`: a result's document before its face says how it ended (`outcomeJson`). */
export function commandJson(command: string, body: Record<string, unknown>): JsonDocument {
  return { 'schema-version': SCHEMA_VERSION, command, ...body };
}

/** The errors of a failure as a document lists them, each worded as `face` prints it; an error that is not a user's, as its message. */
export function jsonErrors(failure: unknown, face: Face): JsonError[] {
  if (failure === undefined) return [];
  const errors = failure instanceof UserErrors ? failure.errors : failure instanceof UserError ? [failure] : undefined;
  if (errors === undefined)
    return [{ file: null, line: null, input: null, message: failure instanceof Error ? failure.message : String(failure) }];
  return errors.map((e) => ({ file: e.file ?? null, line: e.line ?? null, input: e.input ?? null, message: e.format(face) }));
}

/**
 * `doc` (a result's document, or just `{ command }` when the command ended before it had one; `null`
 * when no command was recognised) with how the command ended: `schema-version`, `command`, `outcome`
 * and `errors` first, then the result's keys (a view's document names neither `outcome` nor `errors`:
 * its face says them).
 */
export function outcomeJson(
  doc: { command: string | null } & Record<string, unknown>,
  outcome: Outcome,
  errors: readonly JsonError[],
): Record<string, unknown> {
  const { command, ...body } = doc;
  return { 'schema-version': SCHEMA_VERSION, command, outcome, errors, ...body };
}

/** The head of a document written in pieces (`{"schema-version":…,"errors":[]`, open for its result's keys): a command that cannot fail. */
export function doneJsonHead(command: string): string {
  return JSON.stringify(outcomeJson({ command }, 'done', [])).slice(0, -1);
}

/** An output holding JSON on one line, as the structure it holds (null when empty). */
export function parsedOutput(value: string): unknown {
  return value === '' ? null : (JSON.parse(value) as unknown);
}

/** An output that may be empty: the string, or null. */
export function stringOrNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

/** A number output (a pull request's): the number, or null when empty. */
export function numberOrNull(value: string): number | null {
  return value === '' ? null : Number(value);
}

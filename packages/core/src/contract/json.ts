// The one `--json` shape every lockstep command prints (documented in docs/cli.md): `schema-version`
// first, the command's name, then the result in kebab-case keys, like the actions' outputs; a value
// the runner gets as JSON on one line is the structure here, never a string holding JSON.

/** The version of the `--json` shape; it changes only when a key changes meaning or goes. */
export const SCHEMA_VERSION = 1;

/** A `--json` document. */
export type JsonDocument = { 'schema-version': number; command: string } & Record<string, unknown>;

/** `schema-version` and the command, then `body`. */
export function commandJson(command: string, body: Record<string, unknown>): JsonDocument {
  return { 'schema-version': SCHEMA_VERSION, command, ...body };
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

import type * as JsoncParser from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { UserError } from '../errors.ts';

/** A file's text split into its byte-order mark and the rest. */
export interface Framed {
  /** '\ufeff' when the text starts with a BOM, else ''. */
  bom: string;
  /** The text after the BOM: what parsers see. */
  body: string;
  /** The file's line ending: that of its first line break, '\n' when it has none. */
  eol: '\r\n' | '\n';
}

/** Splits off the BOM and finds the line ending, so edits can put both back. */
export function frame(text: string): Framed {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const body = bom ? text.slice(1) : text;
  return { bom, body, eol: lineEnding(body) };
}

/** The text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/** The line ending of the first line break ('\n' when there is none). */
export function lineEnding(text: string): '\r\n' | '\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// The module's type only: jsonc-parser itself is loaded on a syntax error (parseJsonAt).
type Jsonc = typeof JsoncParser;

/**
 * JSON.parse with a UserError naming the file and line on a syntax error. V8's
 * messages do not always carry a position, so the error is located with
 * jsonc-parser (strict: no comments, no trailing commas), which is loaded only
 * then: a run that reads valid JSON never loads it. A BOM is skipped.
 */
export async function parseJsonAt(text: string, file: string, hint: string, what = 'invalid JSON'): Promise<unknown> {
  const body = stripBom(text);
  try {
    return JSON.parse(body);
  } catch (e) {
    throw jsonSyntaxError(await import('jsonc-parser'), body, file, hint, what, e);
  }
}

/** parseJsonAt for callers that hold jsonc-parser already (editors that need its offsets): synchronous. */
export function parseJsonWith(jsonc: Jsonc, text: string, file: string, hint: string, what = 'invalid JSON'): unknown {
  const body = stripBom(text);
  try {
    return JSON.parse(body);
  } catch (e) {
    throw jsonSyntaxError(jsonc, body, file, hint, what, e);
  }
}

function jsonSyntaxError(jsonc: Jsonc, body: string, file: string, hint: string, what: string, cause: unknown): UserError {
  const errors: ParseError[] = [];
  jsonc.parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  const reason = first
    ? describeJsonError(jsonc.printParseErrorCode(first.error))
    : (cause instanceof Error ? cause.message : String(cause)).replace(/[\r\n]+/g, ' ').slice(0, 120);
  return new UserError(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}

function describeJsonError(code: string): string {
  // 'ValueExpected' → 'value expected'
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

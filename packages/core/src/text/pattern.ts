// Patterns that arrive with what a pull request changes (a CRD's `pattern`, a
// values.schema.json's `patternProperties`), compiled as Kubernetes compiles
// them: RE2's syntax (Go's regexp), matched in time linear in the input.
// JavaScript's RegExp backtracks: `^(a|a)*$` held a check over a minute on 31
// characters, and 40 would hold a runner for its six hours. re2js is RE2 ported
// to plain JavaScript (no native addon, no WebAssembly), with RE2's own parser,
// so a pattern it refuses (a backreference, a lookaround) is one the API server
// refuses too.

import type { CodeOptions } from 'ajv';
import { RE2JS } from 're2js';

/**
 * The longest string a pattern is matched against. Linear time is still time: a schema's pattern guards a
 * name, a URL, a duration, never a document, so a longer string is a finding rather than work.
 */
export const PATTERN_INPUT_CAP = 65_536;

/** A pattern compiled with RE2: `test` searches the string (JSON Schema's `pattern` is not anchored). */
export interface LinearPattern {
  /** The pattern as written. */
  readonly source: string;
  /** Whether the pattern matches somewhere in `s`; false for a string over PATTERN_INPUT_CAP, which is never matched. */
  test(s: string): boolean;
  /** `re2:<pattern>`, the key ajv keeps compiled patterns by. */
  toString(): string;
}

/** A pattern RE2 does not read, and RE2's reason (`invalid escape sequence: \`\1\``). */
export class PatternSyntaxError extends Error {
  readonly pattern: string;
  readonly reason: string;
  constructor(pattern: string, reason: string) {
    super(`pattern ${JSON.stringify(pattern)} is not RE2 syntax, the syntax Kubernetes reads patterns in (${reason})`);
    this.pattern = pattern;
    this.reason = reason;
  }
}

/** `pattern` compiled with RE2's syntax; throws a PatternSyntaxError for one RE2 does not read. */
export function linearPattern(pattern: string): LinearPattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (e) {
    throw new PatternSyntaxError(pattern, (e as Error).message.replace(/^error parsing regexp: /, ''));
  }
  return { source: pattern, test: (s) => s.length <= PATTERN_INPUT_CAP && re.test(s), toString: () => `re2:${pattern}` };
}

/** ajv's `code.regExp`: `pattern` and `patternProperties` compiled with RE2; a pattern RE2 does not read makes the schema not compile. */
export const RE2_ENGINE: NonNullable<CodeOptions['regExp']> = Object.assign((pattern: string) => linearPattern(pattern), {
  code: 'linearPattern',
});

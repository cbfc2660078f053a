import { UserError } from '../errors.ts';
import { splitList } from '../text/list.ts';
import { didYouMean } from '../text/suggest.ts';

/**
 * Reads raw inputs. The default reads the runner's `INPUT_<NAME>` variables
 * exactly as @actions/core does (spaces → `_`, upper case, dashes kept);
 * tests and the CLI pass a plain map instead.
 */
export type InputSource = (name: string) => string;

/**
 * What a face passes for an input given as the empty string on purpose: the
 * CLI's `--tag-prefix ""` (a value, which overrides the config's `v`). The
 * runner cannot say it: an input set to '' under `with:` reaches the action
 * as no input at all, so the config or the default decides (SPEC.md,
 * "Inputs"). Readers below see it as '' where the empty string is a value
 * (string, optional, list) and as absent elsewhere.
 */
export const EXPLICIT_EMPTY = '\u0000';

export function envInputs(env: NodeJS.ProcessEnv = process.env): InputSource {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function mapInputs(values: Record<string, string | undefined>): InputSource {
  return (name) => (values[name] ?? '').trim();
}

/** Typed readers over an InputSource; each error names the input. */
export class Inputs {
  readonly source: InputSource;
  constructor(source: InputSource) {
    this.source = source;
  }

  /** The input's text; '' for an input given empty on purpose (EXPLICIT_EMPTY is read nowhere else). */
  private text(name: string): string {
    const v = this.source(name);
    return v === EXPLICIT_EMPTY ? '' : v;
  }

  string(name: string, fallback = ''): string {
    const v = this.source(name);
    if (v === EXPLICIT_EMPTY) return '';
    return v === '' ? fallback : v;
  }

  /** The input, undefined when not given; '' when given empty on purpose (the CLI's `--name ""`). */
  optional(name: string): string | undefined {
    const v = this.source(name);
    if (v === EXPLICIT_EMPTY) return '';
    return v === '' ? undefined : v;
  }

  required(name: string): string {
    const v = this.text(name);
    if (v === '')
      throw new UserError('is required', {
        input: name,
        hint: 'set it under with: in the workflow step',
        cliHint: 'pass it on the command line',
      });
    return v;
  }

  /** YAML 1.2 core booleans, as @actions/core getBooleanInput accepts them. */
  boolean(name: string, fallback: boolean): boolean {
    const v = this.text(name);
    if (v === '') return fallback;
    if (['true', 'True', 'TRUE'].includes(v)) return true;
    if (['false', 'False', 'FALSE'].includes(v)) return false;
    throw new UserError(`is '${v}', not a boolean`, { input: name, hint: 'use true or false' });
  }

  /** Like boolean, but undefined when the input is not given (so config may decide). */
  optionalBoolean(name: string): boolean | undefined {
    return this.text(name) === '' ? undefined : this.boolean(name, false);
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const v = this.text(name);
    if (v === '') return fallback;
    if ((choices as readonly string[]).includes(v)) return v as T;
    throw new UserError(`is '${v}'${didYouMean(v, choices)}`, { input: name, hint: `use one of ${choices.join(', ')}` });
  }

  optionalChoice<T extends string>(name: string, choices: readonly T[]): T | undefined {
    return this.text(name) === '' ? undefined : this.choice(name, choices, choices[0]);
  }

  /**
   * One item per line, or comma-separated (commas inside `{…}` stay: they
   * belong to globs like `charts/{api,worker}`). Blank lines and `#` comments are dropped.
   */
  list(name: string): string[] {
    return splitList(this.text(name));
  }

  integer(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.text(name);
    if (v === '') return fallback;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
      throw new UserError(`is '${v}'`, { input: name, hint: `use a whole number from ${min} to ${max}` });
    return Number(v);
  }
}

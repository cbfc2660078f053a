// The one reader of every setting (issue 54): a table entry says the setting's kind, choices, default and
// config key, so its TypeScript type, how its input is parsed and where its value comes from are all
// derived from that entry here, never spelled again at a use site. An operation's request reads its
// table with readSettings, keeps only the rules between fields, and asks settingsFor (or settingsForEach, per
// environment) for the config-backed values: each comes out typed and camel-cased (`min-soak` → minSoak).

import type { Config } from '../config/config.ts';
import { UserError } from '../errors.ts';
import { camel, type Camel } from '../text/camel.ts';
import { DURATION_HINT, parseDuration } from '../text/duration.ts';
import { splitList } from '../text/list.ts';
import { resolveSettings } from './resolve.ts';
import type { ConfigScope, Setting, SettingsTable } from './table.ts';

/**
 * What the reader needs of a face's inputs: contract/inputs.ts's Inputs (the runner's INPUT_* or the CLI's
 * flags) is one; its methods say what an input given empty, or empty on purpose, means.
 */
export interface InputReader {
  readonly source: (name: string) => string;
  string(name: string, fallback?: string): string;
  optional(name: string): string | undefined;
  required(name: string): string;
  boolean(name: string, fallback: boolean): boolean;
  optionalBoolean(name: string): boolean | undefined;
  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T;
  optionalChoice<T extends string>(name: string, choices: readonly T[]): T | undefined;
  list(name: string): string[];
}

type Entry<T extends SettingsTable> = T['settings'][number];
type ListKind = 'list' | 'path-list' | 'glob-list';

/**
 * A setting's value in the code, from its declaration: a `choice` one of its choices ('pr' | 'direct'),
 * a `bool` a boolean, a `duration` milliseconds, a list its items, any other kind its text.
 */
export type ValueOf<S extends Setting> = S extends { kind: 'choice'; choices: readonly (infer C extends string)[] }
  ? C
  : S['kind'] extends 'bool'
    ? boolean
    : S['kind'] extends 'duration'
      ? number
      : S['kind'] extends ListKind
        ? string[]
        : string;

/** A setting the reader always has a value for: a list (empty when not given), or one with a default. */
type AlwaysRead<S> = S extends { kind: ListKind } | { default: string } ? true : false;
/** Every entry of a table but its secrets (masked first, read from the World, never a flag). */
type Readable<T extends SettingsTable> = Exclude<Entry<T>, { kind: 'secret' }>;

/** A table's inputs as readSettings reads them: each under its camel-case name, typed by its kind; optional when it has no default. */
export type InputsOf<T extends SettingsTable> = {
  [S in Readable<T> as AlwaysRead<S> extends true ? Camel<S['input']> : never]: ValueOf<S>;
} & {
  [S in Readable<T> as AlwaysRead<S> extends true ? never : Camel<S['input']>]?: ValueOf<S>;
};

/** A config-backed entry whose resolution always has a value: its key has a default (or a default another key decides). */
type Defaulted<S> = S extends { config: { default: NonNullable<unknown> } } | { config: { defaultWhen: object } } ? true : false;
type Backed<T extends SettingsTable> = Extract<Entry<T>, { config: object }>;

/** A table's config-backed settings, resolved (input > environment > top of the file > default): each typed by its kind. */
export type ResolvedOf<T extends SettingsTable> = {
  [S in Backed<T> as Defaulted<S> extends true ? Camel<S['input']> : never]: ValueOf<S>;
} & {
  [S in Backed<T> as Defaulted<S> extends true ? never : Camel<S['input']>]?: ValueOf<S>;
};

/** The part of a table whose config key lives at `where` (promote's per-environment keys, its per-run ones). */
export interface Scoped<T extends SettingsTable, W extends ConfigScope> {
  operation: string;
  action: string;
  settings: readonly Extract<Entry<T>, { config: { where: W } }>[];
}

/** The entries of `table` whose config key lives at `where`. */
export function scoped<T extends SettingsTable, W extends ConfigScope>(table: T, where: W): Scoped<T, W> {
  const settings = table.settings.filter((s) => s.config?.where === where);
  return { operation: table.operation, action: table.action, settings: settings as unknown as Scoped<T, W>['settings'] };
}

/**
 * Reads every input of `table` by its kind, once: a `bool` as a YAML boolean, a `choice` among its choices,
 * a list one per line or comma-separated, a `duration` in milliseconds (30m, 2d), anything else as text;
 * each with the table's default when it has one (the runner passes it; a terminal's flags do the same),
 * else undefined when not given (a list: empty). Each error names its input.
 */
export function readSettings<T extends SettingsTable>(table: T, inputs: InputReader): InputsOf<T> {
  const out: Record<string, unknown> = {};
  for (const s of table.settings) {
    if (s.kind === 'secret') continue;
    const value = readOne(s, inputs);
    if (value !== undefined) out[camel(s.input)] = value;
  }
  return out as InputsOf<T>;
}

/** What readSettings gives when no input is given: each setting's default, read as its kind. */
export function defaultsOf<T extends SettingsTable>(table: T): InputsOf<T> {
  return readSettings(table, NOTHING_GIVEN);
}

/** An input source where nothing is given. */
const NOTHING_GIVEN: InputReader = {
  source: () => '',
  string: (_name, fallback = '') => fallback,
  optional: () => undefined,
  required: (name) => {
    throw new Error(`${name} is required: a table with a required input has no defaults to read`);
  },
  boolean: (_name, fallback) => fallback,
  optionalBoolean: () => undefined,
  choice: (_name, _choices, fallback) => fallback,
  optionalChoice: () => undefined,
  list: () => [],
};

function readOne(s: Setting, inputs: InputReader): unknown {
  const { input: name, default: fallback } = s;
  switch (s.kind) {
    case 'bool':
      return fallback === undefined ? inputs.optionalBoolean(name) : inputs.boolean(name, fallback === 'true');
    case 'choice':
      return fallback === undefined ? inputs.optionalChoice(name, s.choices ?? []) : inputs.choice(name, s.choices ?? [], fallback);
    case 'list':
    case 'path-list':
    case 'glob-list':
      // The default stands for an input not given (the runner passes it); given empty on purpose, the list is empty.
      return fallback !== undefined && inputs.source(name) === '' ? splitList(fallback) : inputs.list(name);
    case 'duration': {
      const text = inputs.optional(name);
      if (text === undefined) return undefined;
      const ms = parseDuration(text);
      if (ms === undefined) throw new UserError(`is '${text}', not a duration`, { input: name, hint: DURATION_HINT });
      return ms;
    }
    default:
      if (s.required) return inputs.required(name);
      return fallback === undefined ? inputs.optional(name) : inputs.string(name, fallback);
  }
}

/**
 * The config-backed settings of `table`, resolved by the one precedence (settings/resolve.ts): the input
 * `given` holds (as readSettings read it; an empty list is not given) > the key under `scope.environment`
 * > the key at the top of the file > the declared default. Settings with no value are left out.
 */
export function settingsFor<T extends SettingsTable>(
  table: T,
  given: Partial<ResolvedOf<T>>,
  config: Config | undefined,
  scope: { environment?: string } = {},
): ResolvedOf<T> {
  const read = given as Readonly<Record<string, unknown>>;
  const byInput: Record<string, unknown> = {};
  for (const s of table.settings) {
    const v = read[camel(s.input)];
    byInput[s.input] = Array.isArray(v) && v.length === 0 ? undefined : v;
  }
  const out: Record<string, unknown> = {};
  for (const [input, r] of Object.entries(resolveSettings(table, byInput, config, scope)))
    if (r.value !== undefined) out[camel(input)] = r.value;
  return out as ResolvedOf<T>;
}

/** settingsFor under each of `environments`, once each: what a run that walks several environments reads. */
export function settingsForEach<T extends SettingsTable>(
  table: T,
  given: Partial<ResolvedOf<T>>,
  config: Config | undefined,
  environments: readonly string[],
): Readonly<Record<string, ResolvedOf<T>>> {
  return Object.fromEntries(environments.map((environment) => [environment, settingsFor(table, given, config, { environment })]));
}

/**
 * `given` without the fields `table` resolves from the config, nor those named in `also` (what the caller
 * reads otherwise): what a request carries as given, so that no input a config key backs is left on it to
 * be read with a precedence of its own.
 */
export function unresolved<T extends SettingsTable, G extends object, K extends keyof G>(
  table: T,
  given: G,
  also: readonly K[] = [],
): Omit<G, keyof ResolvedOf<T> | K> {
  const backed = table.settings.filter((s) => s.config !== undefined).map((s) => camel(s.input));
  const out = new Set<string>([...backed, ...also.map(String)]);
  return Object.fromEntries(Object.entries(given).filter(([field]) => !out.has(field))) as Omit<G, keyof ResolvedOf<T> | K>;
}

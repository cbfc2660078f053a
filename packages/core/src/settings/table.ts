// One declaration per setting (issue 37): each operation's inputs are one table of these
// entries, and everything that spells a setting is made from it — each action.yml's
// `inputs:` block and its README table (scripts/write-settings.ts), the CLI's flags
// (packages/cli/src/flags.ts), which inputs are masked as secrets, and the config keys an
// input overrides (resolveSettings). This floor sits below operations/ and above config/:
// it imports no operation, action or report module.

import type { ReaderName } from '../config/readers.ts';

/**
 * What a setting's value is, which decides how each face reads it:
 * - `path`: a file or folder; on the command line relative to the folder typed in (rebased),
 *   under `with:` relative to working-directory. `path-list`: several, one per line or comma-separated.
 * - `workdir`: the folder every other path is relative to.
 * - `file`: a path written as the config writes it (relative to working-directory on both faces).
 * - `secret`: masked before anything reads it; never a command-line flag (shell history, `ps`).
 * - `bool`: true or false (a command-line switch when it has a default, else a value).
 * - `choice`: one of `choices`.
 * - `list`, `glob-list`: one per line or comma-separated.
 * - `semver`, `ref` (branch, tag or commit), `duration` (30m, 2d), `identity` (Name <email>),
 *   `yaml` (a YAML value like the config key), `oci-ref`, `string`.
 */
export type SettingKind =
  | 'path'
  | 'path-list'
  | 'workdir'
  | 'file'
  | 'secret'
  | 'bool'
  | 'choice'
  | 'list'
  | 'glob-list'
  | 'semver'
  | 'ref'
  | 'duration'
  | 'identity'
  | 'yaml'
  | 'oci-ref'
  | 'string';

/** Where a config key may appear: at the top of the file, under each environment, under each service. */
export type ConfigScope = 'top' | 'environment' | 'service';

/**
 * A JSON Schema fragment (draft-07): a config key's shape where its kind does not say it all (a list of
 * mappings, a command line, a pattern). The config's JSON Schema and its types are made from these
 * (scripts/config-schema.ts).
 */
export interface JsonSchema {
  type?: 'string' | 'boolean' | 'array' | 'object';
  enum?: readonly (string | number)[];
  oneOf?: readonly JsonSchema[];
  items?: JsonSchema;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: JsonSchema | boolean;
  minItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  pattern?: string;
  description?: string;
  default?: unknown;
}

/**
 * A config key, declared once: the config's JSON Schema (editors, the loader's validator), its types
 * and the loader's defaults are made from these. A key an input overrides is declared in that input's
 * table entry; a key with no input in settings/config-keys.ts.
 */
export interface ConfigKey {
  key: string;
  where: ConfigScope;
  /** The value when neither the input nor the config gives one (absent: none, the code that uses it says what that means). */
  default?: unknown;
  /**
   * A default that depends on another key of the same place, instead of `default`: `then` where that key
   * (as the file sets it, else its own default) is `is`, else `otherwise` — values-drift is error in a
   * protected environment, warn elsewhere. Declared once here, the run and `lockstep config` say the same.
   */
  defaultWhen?: DefaultWhen;
  /** The key's docs line in the schema (editors' hover); absent: the input's docs line. */
  docs?: string;
  /** The key's shape where the kind does not say it (a `yaml` kind always says it here). */
  schema?: JsonSchema;
  /** The key must be given wherever its scope appears (an environment's name). */
  required?: boolean;
  /** This key or another of the same group must be given (an environment's `values` or `kustomization`). */
  oneOf?: string;
  /**
   * Where the top of the file holds a key an environment may set, when not under the key's own name: a path
   * of fields of the loaded Config (render: the top-level `render:`'s mode, that key being a mapping too).
   */
  topField?: readonly string[];
  /**
   * The reader (config/readers.ts) the loader reads the key's value through, where that value is more than the
   * value as written (a duration in milliseconds, a mapping with its defaults): the Config's field is what it
   * gives, and `lockstep config` shows it back through the same reader.
   */
  reader?: ReaderName;
}

/** A default decided by another key of the same place (ConfigKey.defaultWhen). */
export interface DefaultWhen {
  /** The other key, as the file spells it (`protected`). */
  key: string;
  is: unknown;
  then: unknown;
  otherwise: unknown;
}

/** One setting, declared once. */
export interface Setting {
  /** The action input (and the CLI flag `--<input>`). */
  input: string;
  kind: SettingKind;
  /** The values a `choice` takes. */
  choices?: readonly string[];
  /** What the runner passes when a step omits the input (action.yml `default`); absent: the empty string. */
  default?: string;
  required?: boolean;
  /** The config key this input overrides, if any. */
  config?: ConfigKey;
  /** The docs line: action.yml's description, the README table's and the flag's help. */
  docs: string;
}

/** One operation's settings, in the order its action.yml lists them. */
export interface SettingsTable {
  /** The operation (its folder under operations/ and its `lockstep` command). */
  operation: string;
  /** The action whose inputs these are (status and metrics read a part of promote-env's). */
  action: string;
  settings: readonly Setting[];
  /**
   * The config keys the operation reads that no input of its overrides (hydrate's `validate`: the config
   * alone decides): docs/configuration.md's table names the action beside the inputs that override them.
   */
  reads?: readonly ConfigKey[];
}

/** The entries of `table` named in `inputs`, in the table's order: a command that takes part of an action's inputs. */
export function pick<T extends SettingsTable, I extends T['settings'][number]['input']>(
  table: T,
  operation: string,
  inputs: readonly I[],
): { operation: string; action: string; settings: readonly Extract<T['settings'][number], { input: I }>[] } {
  const all: readonly Setting[] = table.settings;
  const missing = inputs.filter((i) => !all.some((s) => s.input === i));
  if (missing.length > 0) throw new Error(`${table.action} has no input ${missing.join(', ')}`);
  const settings = all.filter((s) => (inputs as readonly string[]).includes(s.input));
  return { operation, action: table.action, settings: settings as unknown as readonly Extract<T['settings'][number], { input: I }>[] };
}

/** The inputs of `table` that hold secrets: masked before anything else reads them, and never flags. */
export function secretInputs(table: SettingsTable): string[] {
  return table.settings.filter((s) => s.kind === 'secret').map((s) => s.input);
}

/** The setting of `input` in `table` (a programming error when there is none). */
export function settingOf(table: SettingsTable, input: string): Setting {
  const s = table.settings.find((x) => x.input === input);
  if (!s) throw new Error(`${table.action} has no input ${input}`);
  return s;
}

/**
 * `validate`, the config key both chart-bump-check's and promote-env's `validate` inputs override: one
 * declaration, so the two entries cannot drift apart in place, default or docs.
 */
export const VALIDATE_KEY = {
  key: 'validate',
  where: 'environment',
  defaultWhen: { key: 'protected', is: true, then: 'error', otherwise: 'warn' },
  docs: "Schema validation of the environment's rendered objects (Kubernetes' schemas for its kube-version, its CRDs, the APIs that version removed): error refuses, warn annotates, off skips (default error when protected, else warn).",
} as const satisfies ConfigKey;

/**
 * `values-contract`, an environment's mode for keys its values set that no template of its chart reads (the top
 * of the file's `values-contract:` for every environment that sets none; settings/config-keys.ts declares it there).
 */
export const VALUES_CONTRACT_KEY = {
  key: 'values-contract',
  where: 'environment',
  defaultWhen: { key: 'protected', is: true, then: 'error', otherwise: 'warn' },
  docs: "Keys the environment's values set that no template of its chart, its subcharts or global reads, each named at its line with the nearest key the chart reads: error fails the check, warn annotates, off skips (default the top's values-contract, else error when protected, else warn).",
} as const satisfies ConfigKey;

/**
 * `render`, the config key both chart-bump-check's and promote-env's `render` inputs override: an environment's
 * mode, else the top-level `render:`'s (a mode, or a mapping whose `mode` it is), else auto.
 */
export const RENDER_KEY = {
  key: 'render',
  where: 'environment',
  default: 'auto',
  topField: ['render', 'mode'],
  docs: "Rendered manifest diffs for this environment (default: the top level's render mode).",
} as const satisfies ConfigKey;

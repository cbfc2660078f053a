import type { Config } from '../config/config.ts';
import type { Setting, SettingsTable } from './table.ts';
import { camel } from '../text/camel.ts';

/** Where a resolved value came from, for messages and `lockstep config`. */
export type SettingSource = 'input' | 'environment' | 'top' | 'default';

/** Each config-backed setting of a table, resolved: its value and where it came from. */
export type ResolvedSettings = Readonly<Record<string, { value: unknown; from: SettingSource }>>;

/**
 * The one precedence of every operation: an input given > the key under the
 * environment (or service) the run is about > the key at the top of the file
 * > the table's default (or the default another key decides: `defaultWhen`). `given` holds the inputs as the request read them,
 * undefined where the input was not given (the runner's empty input); an
 * explicit empty value on the command line (`--tag-prefix ""`) is given.
 * Only the settings that declare a config key are resolved here: the others
 * are the input or its default already. Without a config (check reads none
 * at a commit that has no file), the input, else the default.
 */
export function resolveSettings(
  table: SettingsTable,
  given: Readonly<Record<string, unknown>>,
  config: Config | undefined,
  scope: { environment?: string } = {},
): ResolvedSettings {
  const env = scope.environment === undefined ? undefined : config?.environments.find((e) => e.name === scope.environment);
  const out: Record<string, { value: unknown; from: SettingSource }> = {};
  for (const s of table.settings) {
    if (!s.config) continue;
    out[s.input] = resolveOne(s, given[s.input], config, env);
  }
  return out;
}

function resolveOne(
  s: Setting,
  given: unknown,
  config: Config | undefined,
  env: Record<string, unknown> | undefined,
): { value: unknown; from: SettingSource } {
  if (given !== undefined) return { value: given, from: 'input' };
  const key = camel(s.config!.key);
  // A key an environment may set is read there first; the top of the file holds it for every environment.
  if (s.config!.where === 'environment') {
    const v = env?.[key];
    if (v !== undefined) return { value: v, from: 'environment' };
  }
  const top = config as unknown as Record<string, unknown> | undefined;
  // The top of the file's value, under the key's own name or where its declaration says (render: `render.mode`).
  const v = (s.config!.topField ?? [key]).reduce<unknown>((at, field) => (at as Record<string, unknown> | undefined)?.[field], top);
  if (v !== undefined) return { value: v, from: 'top' };
  // A default another key decides (values-drift: error where protected), that key read where this one would be.
  const when = s.config!.defaultWhen;
  if (when) {
    const other = (s.config!.where === 'environment' ? env?.[camel(when.key)] : undefined) ?? top?.[camel(when.key)];
    return { value: other === when.is ? when.then : when.otherwise, from: 'default' };
  }
  return { value: s.config!.default, from: 'default' };
}

import { Document, isMap, isScalar, isSeq } from 'yaml';
import { configLine, rawConfig, type Config } from '../config/config.ts';
import { effectiveConfig } from '../config/effective.ts';
import { configSchema } from '../config/raw.generated.ts';
import { formatDuration } from '../text/duration.ts';
import { resolveSettings, type SettingSource } from './resolve.ts';
import { RENDER_KEY } from './table.ts';
import { ACTION_TABLES } from './tables.ts';

/** Where an effective value came from: the file (at its line), or the declared default. */
export type EffectiveSource = 'config' | 'default';

/** Each key's source, shaped as the values: top-level keys, then per environment (in order) and per service. */
export interface EffectiveSources {
  top: Record<string, EffectiveSource>;
  environments: Record<string, EffectiveSource>[];
  services: Record<string, Record<string, EffectiveSource>>;
}

/** What `lockstep config` prints (and `--json` holds): every key's value and where it came from. */
export interface Effective {
  values: Record<string, unknown>;
  sources: EffectiveSources;
}

/** A declared key's property in the generated schema (its default, if any). */
export interface Prop {
  default?: unknown;
}
// The declared keys of each place, with their defaults (settings/table-*.ts and config-keys.ts, through the generated schema).
const TOP = configSchema.properties as unknown as Record<string, Prop>;
const ENVIRONMENT = configSchema.properties.environments.items.properties as unknown as Record<string, Prop>;
const SERVICE = configSchema.properties.services.additionalProperties.properties as unknown as Record<string, Prop>;

/**
 * `values` (the loader's view, config/effective.ts) with each declared key it lacks: the file's value as
 * written when `raw` has it (a key the loader's view does not name yet), else the key's declared default;
 * keys with neither stay out.
 */
export function withDeclared(
  values: Record<string, unknown>,
  raw: Readonly<Record<string, unknown>> | undefined,
  declared: Readonly<Record<string, Prop>>,
): Record<string, unknown> {
  const out = { ...values };
  for (const [key, p] of Object.entries(declared)) {
    if (key in out) continue;
    if (raw?.[key] !== undefined) out[key] = raw[key];
    else if (p.default !== undefined) out[key] = p.default;
  }
  return out;
}

/**
 * An environment's keys an input overrides (promote's auto-merge, values-drift, min-soak, wait), each as a run
 * with no input resolves it there (settings/resolve.ts: the environment's key, the top's, the default, which
 * may depend on another key): the same value and source the run uses. Keys with no value stay out.
 */
function environmentKeys(config: Config, environment: string): Record<string, { value: unknown; from: SettingSource }> {
  const out: Record<string, { value: unknown; from: SettingSource }> = {};
  for (const table of ACTION_TABLES) {
    const own = { ...table, settings: table.settings.filter((s) => s.config?.where === 'environment') };
    const resolved = resolveSettings(own, {}, config, { environment });
    for (const s of own.settings) {
      const { value, from } = resolved[s.input];
      if (value === undefined) continue;
      // A duration is read in milliseconds: printed as the file writes one (1h30m).
      out[s.config!.key] = {
        value: s.kind === 'duration' && typeof value === 'number' ? formatDuration(value).replace(/ /g, '') : value,
        from,
      };
    }
  }
  return out;
}

/** For each key of `values`: `config` when the file sets it at `at`, else `default`. */
function sourcesOf(config: Config, values: Record<string, unknown>, at: readonly (string | number)[]): Record<string, EffectiveSource> {
  return Object.fromEntries(Object.keys(values).map((k) => [k, configLine(config, [...at, k]) !== undefined ? 'config' : 'default']));
}

/**
 * The configuration as every command reads it: each key the declarations know (the settings tables and
 * settings/config-keys.ts), at the top, under each environment and each service, with the file's value or
 * the key's default, and where each came from. Keys with no default that the file leaves out stay out.
 */
export function effective(config: Config): Effective {
  const base = effectiveConfig(config);
  // The top-level render mode the file leaves out is the render setting's default (settings/table.ts RENDER_KEY).
  base.render = { mode: RENDER_KEY.default, ...(base.render as Record<string, unknown>) };
  const raw = rawConfig(config) as Record<string, unknown> | undefined;
  const rawEnvironments = (raw?.environments ?? []) as Record<string, unknown>[];
  const rawServices = (raw?.services ?? {}) as Record<string, Record<string, unknown>>;
  const resolved = config.environments.map((e) => environmentKeys(config, e.name));
  const environments = ((base.environments ?? []) as Record<string, unknown>[]).map((e, i) =>
    withDeclared(
      { ...e, ...Object.fromEntries(Object.entries(resolved[i] ?? {}).map(([k, r]) => [k, r.value])) },
      rawEnvironments[i],
      ENVIRONMENT,
    ),
  );
  // A resolved key's source is the resolution's: set under the environment or at the top of the file, else the default.
  const environmentSources = environments.map((e, i) => ({
    ...sourcesOf(config, e, ['environments', i]),
    ...Object.fromEntries(
      Object.entries(resolved[i] ?? {}).map(([k, r]): [string, EffectiveSource] => [k, r.from === 'default' ? 'default' : 'config']),
    ),
  }));
  const services = Object.fromEntries(
    Object.entries((base.services ?? {}) as Record<string, Record<string, unknown>>).map(([name, s]) => [
      name,
      withDeclared(s, rawServices[name], SERVICE),
    ]),
  );
  const values = withDeclared({ ...base, environments, services }, raw, TOP);
  return {
    values,
    sources: {
      top: sourcesOf(config, values, []),
      environments: environmentSources,
      services: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, sourcesOf(config, s, ['services', name])])),
    },
  };
}

/**
 * The effective configuration as YAML, each key followed by where its value came from: `# <file>:<line>`
 * or `# default`, headed by a comment naming the file read.
 */
export function renderEffective(config: Config, { values, sources }: Effective = effective(config)): string {
  const doc = new Document(values);
  const note = (at: readonly (string | number)[], source: EffectiveSource | undefined) => {
    // An environment's key the top of the file gives is at its line there.
    const line = configLine(config, at) ?? (at[0] === 'environments' && at.length === 3 ? configLine(config, [at[2]]) : undefined);
    if (source === 'config' && line !== undefined) return ` ${config.file}:${line}`;
    return source === 'default' ? ' default' : undefined;
  };
  const annotate = (map: unknown, at: readonly (string | number)[], own: Record<string, EffectiveSource>) => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const comment = note([...at, key], own[key]);
      // After a scalar or an empty list on its line; after the key of a list or mapping.
      const v = pair.value;
      const inline = isScalar(v) || ((isSeq(v) || isMap(v)) && v.items.length === 0);
      if (inline && (isSeq(v) || isMap(v))) v.flow = true;
      if (comment !== undefined) (inline && v ? v : pair.key).comment = comment;
      if (at.length > 0) continue;
      if (key === 'environments' && isSeq(pair.value))
        pair.value.items.forEach((e, i) => annotate(e, ['environments', i], sources.environments[i] ?? {}));
      if (key === 'services' && isMap(pair.value))
        for (const s of pair.value.items)
          if (isScalar(s.key)) annotate(s.value, ['services', String(s.key.value)], sources.services[String(s.key.value)] ?? {});
    }
  };
  annotate(doc.contents, [], sources.top);
  const from = config.file
    ? `# effective configuration: ${config.file} with defaults filled in`
    : '# effective configuration: no config file, every setting is its default';
  return `${from}\n${doc.toString({ lineWidth: 0 })}`;
}

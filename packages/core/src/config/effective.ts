import { stringify } from 'yaml';
import { camel } from '../text/camel.ts';
import type { Config } from './config.ts';
import {
  ENVIRONMENT_READERS,
  SERVICE_READERS,
  TOP_READERS,
  type RawConfig,
  type RawEnvironment,
  type RawService,
} from './raw.generated.ts';
import { readerOf, type ReaderName } from './readers.ts';

/**
 * The order `lockstep config` prints each place's keys in (the declarations list them in another order, and the
 * printout is kept as it was): only keys the settings declare (typed by the generated raw types). A key left out
 * here (crds, an environment's hydrate, min-soak …) is added after these by settings/effective.ts, as written or
 * defaulted; an environment's keys an input overrides are resolved there.
 */
const TOP_ORDER = [
  'version-file',
  'tag-prefix',
  'notify-pulls',
  'commit-mode',
  'charts',
  'charts-ignore',
  'ignore',
  'chart-registry',
  'chart-version-policy',
  'changelog',
  'packages',
  'pins',
  'services',
  'environments',
  'render',
  'lock-command',
  'verify',
  'waves',
] as const satisfies readonly (keyof RawConfig)[];
const ENVIRONMENT_ORDER = [
  'name',
  'values',
  'kustomization',
  'application',
  'helmrelease',
  'ocirepository',
  'flux-kustomization',
  'url',
  'preview',
  'protected',
  'windows',
] as const satisfies readonly (keyof RawEnvironment)[];
const SERVICE_ORDER = ['image', 'values-key', 'verify'] as const satisfies readonly (keyof RawService)[];

/** How a place's value is shown where more than its field's value (undefined leaves the key out). */
type Show = (value: unknown) => unknown;

/**
 * A place's printed keys, each value its field's (`values-key` ← `valuesKey`): shown back through the reader
 * its declaration names (`readers`, raw.generated.ts), or by `show`; undefined values left out.
 */
function inFileNames(
  fields: object,
  order: readonly string[],
  readers: Readonly<Record<string, ReaderName>>,
  show: Readonly<Record<string, Show>> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const field = (fields as Record<string, unknown>)[camel(key)];
    const reader = readers[key];
    const value = show[key] ? show[key](field) : reader && field !== undefined ? readerOf(reader).show(field) : field;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

// Shown only when set to true (the file's `preview: false` and the default are added after by settings/effective.ts).
const ENVIRONMENT_SHOW: Record<string, Show> = { preview: (v) => (v ? true : undefined) };
const TOP_SHOW: Record<string, Show> = {
  // Undefined means "every folder holding a Chart.yaml": said in words, since the file has no key for it.
  charts: (v) => v ?? 'every folder holding a Chart.yaml (not inside another chart)',
  services: (v) =>
    Object.fromEntries(Object.entries(v as Config['services']).map(([name, s]) => [name, inFileNames(s, SERVICE_ORDER, SERVICE_READERS)])),
  environments: (v) => (v as Config['environments']).map((e) => inFileNames(e, ENVIRONMENT_ORDER, ENVIRONMENT_READERS, ENVIRONMENT_SHOW)),
};

/**
 * The configuration in the file's own key names (kebab-case, each field's name derived from its key), the
 * loader's defaults filled in; the keys whose default lives in the settings tables (notify-pulls, commit-mode)
 * only when the file sets them, and an environment's keys an input overrides not at all: settings/effective.ts
 * adds them for `lockstep config`.
 */
export function effectiveConfig(c: Config): Record<string, unknown> {
  return inFileNames(c, TOP_ORDER, TOP_READERS, TOP_SHOW);
}

/** The effective configuration (effectiveConfig's, or one with more filled in) as YAML, headed by a comment naming where it came from. */
export function renderEffectiveConfig(c: Config, values: Record<string, unknown> = effectiveConfig(c)): string {
  const from = c.file
    ? `# effective configuration: ${c.file} with defaults filled in`
    : '# effective configuration: no config file, every setting is its default';
  return `${from}\n${stringify(values, { lineWidth: 0 })}`;
}

/**
 * The config's side of every setting, made from its one declaration (issue 37): each key an input
 * overrides is declared in the input's table entry (packages/core/src/settings/table-<op>.ts), each key
 * without one in packages/core/src/settings/config-keys.ts. From them:
 * - `configSchemaOf`: the JSON Schema of `.github/lockstep.yml` (editors; the loader's validator is
 *   compiled from it by scripts/config-validator.ts);
 * - `renderConfigTypes`: packages/core/src/config/raw.generated.ts, the file's keys as TypeScript
 *   types (RawConfig, RawEnvironment, RawService), each key's default and the schema object the
 *   loader reads for its did-you-mean.
 * A key declared in several tables (charts, commit-mode …) must say the same there: the place, the
 * default and the shape; a key declared twice otherwise is refused, naming both.
 */
import type { ReaderName } from '../packages/core/src/config/readers.ts';
import { ACTION_TABLES } from '../packages/core/src/settings/tables.ts';
import { CONFIG_KEYS, type ConfigOnlyKey } from '../packages/core/src/settings/config-keys.ts';
import type { ConfigScope, JsonSchema, SettingKind, SettingsTable } from '../packages/core/src/settings/table.ts';

/** Where the generated types and defaults live, relative to the repository. */
export const TYPES_FILE = 'packages/core/src/config/raw.generated.ts';
/** The JSON Schema editors read. */
export const SCHEMA_FILE = 'packages/core/schema/lockstep.schema.json';

/** An OCI registry and path, with or without oci:// (lower case, as OCI names are). */
const OCI_PATTERN = '^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$';

/** A key as the schema needs it: its place, its shape, its docs line, its default; where it was declared, for messages. */
export interface DeclaredKey {
  key: string;
  where: ConfigScope;
  schema: JsonSchema;
  docs: string;
  default?: unknown;
  required: boolean;
  /** This key or another of its group must be given. */
  oneOf?: string;
  holds?: 'environment' | 'service';
  /** The reader the loader reads the value through (config/readers.ts). */
  reader?: ReaderName;
  from: string;
}

/** The shape a kind gives a config key (a `yaml` kind names its own). */
function kindSchema(kind: SettingKind, choices: readonly string[] | undefined, where: string): JsonSchema {
  switch (kind) {
    case 'bool':
      return { type: 'boolean' };
    case 'choice':
      if (!choices?.length) throw new Error(`${where}: a choice with no choices`);
      return { enum: choices };
    case 'string':
      return { type: 'string' };
    case 'oci-ref':
      return { type: 'string', pattern: OCI_PATTERN };
    case 'list':
    case 'glob-list':
    case 'path-list':
      return { type: 'array', items: { type: 'string', minLength: 1 } };
    case 'yaml':
      throw new Error(`${where}: a yaml key needs its schema`);
    default:
      return { type: 'string', minLength: 1 };
  }
}

/** Every config key, once: the table entries' keys merged (they must agree), then checked against config-keys.ts. */
export function declaredKeys(
  tables: readonly SettingsTable[] = ACTION_TABLES,
  only: readonly ConfigOnlyKey[] = CONFIG_KEYS,
): DeclaredKey[] {
  const out = new Map<string, DeclaredKey>();
  const id = (where: ConfigScope, key: string) => `${where}:${key}`;
  for (const k of only) {
    const from = `settings/config-keys.ts ${k.key} (${k.where})`;
    if (out.has(id(k.where, k.key))) throw new Error(`${from} is declared twice`);
    out.set(id(k.where, k.key), {
      key: k.key,
      where: k.where,
      schema: k.schema ?? (k.holds ? {} : kindSchema(k.kind, k.choices, from)),
      docs: k.docs,
      ...(k.default !== undefined ? { default: k.default } : {}),
      required: k.required === true,
      ...(k.oneOf ? { oneOf: k.oneOf } : {}),
      ...(k.holds ? { holds: k.holds } : {}),
      ...(k.reader ? { reader: k.reader } : {}),
      from,
    });
  }
  const fromTables = new Map<string, DeclaredKey>();
  const docsGiven = new Map<string, string>();
  for (const t of tables)
    for (const s of t.settings) {
      const c = s.config;
      if (!c) continue;
      const from = `${t.action} input ${s.input}`;
      // One default: its own, or the one another key decides (the schema and the loader's defaults hold no default then).
      if (c.default !== undefined && c.defaultWhen) throw new Error(`${from}: config key ${c.key} declares default and defaultWhen`);
      const d: DeclaredKey = {
        key: c.key,
        where: c.where,
        schema: c.schema ?? kindSchema(s.kind, s.choices, from),
        docs: c.docs ?? s.docs,
        ...(c.default !== undefined ? { default: c.default } : {}),
        required: c.required === true,
        ...(c.reader ? { reader: c.reader } : {}),
        from,
      };
      const seen = out.get(id(c.where, c.key));
      if (seen && !fromTables.has(id(c.where, c.key)))
        throw new Error(`config key ${c.key} (${c.where}) is declared by ${from} and in ${seen.from}: declare it once`);
      const first = fromTables.get(id(c.where, c.key));
      if (!first) {
        out.set(id(c.where, c.key), d);
        fromTables.set(id(c.where, c.key), d);
        if (c.docs !== undefined) docsGiven.set(id(c.where, c.key), c.docs);
        continue;
      }
      // The same key read by another action: its place, default and shape are the first declaration's.
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      if (!same(first.default, d.default) || !same(first.schema, d.schema) || first.required !== d.required || first.reader !== d.reader)
        throw new Error(`config key ${c.key} (${c.where}): ${from} declares another default or shape than ${first.from}`);
      // One of them may give the key's docs line (the others' input docs are about their input).
      if (c.docs !== undefined) {
        const given = docsGiven.get(id(c.where, c.key));
        if (given !== undefined && given !== c.docs)
          throw new Error(`config key ${c.key} (${c.where}): ${from} gives another docs line than ${first.from}`);
        docsGiven.set(id(c.where, c.key), c.docs);
        first.docs = c.docs;
      }
    }
  return [...out.values()];
}

/** A key's property in the schema: its shape, its docs line, its default. */
function property(d: DeclaredKey): JsonSchema {
  return { ...d.schema, description: d.docs, ...(d.default !== undefined ? { default: d.default } : {}) };
}

/** The mapping one scope's keys make (an environment, a service). */
function scopeObject(keys: readonly DeclaredKey[], where: ConfigScope): JsonSchema {
  const own = keys.filter((k) => k.where === where);
  const required = own.filter((k) => k.required).map((k) => k.key);
  // Each group of keys of which one must be given: one anyOf of `required` per key.
  const groups = [...new Set(own.flatMap((k) => (k.oneOf ? [k.oneOf] : [])))];
  const anyOf = groups.map((g) => ({ anyOf: own.filter((k) => k.oneOf === g).map((k) => ({ required: [k.key] })) }));
  return {
    type: 'object',
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    ...(anyOf.length === 1 ? anyOf[0] : anyOf.length > 1 ? { allOf: anyOf } : {}),
    properties: Object.fromEntries(own.map((k) => [k.key, property(k)])),
  };
}

/** The JSON Schema of `.github/lockstep.yml`, made from the declarations. */
export function configSchemaOf(keys: readonly DeclaredKey[] = declaredKeys()): Record<string, unknown> {
  const top = keys.filter((k) => k.where === 'top');
  const props = top.map((k): [string, JsonSchema] => {
    if (k.holds === 'environment') return [k.key, { type: 'array', description: k.docs, items: scopeObject(keys, 'environment') }];
    if (k.holds === 'service') return [k.key, { type: 'object', description: k.docs, additionalProperties: scopeObject(keys, 'service') }];
    return [k.key, property(k)];
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://lockstep.dev/schema/lockstep.schema.json',
    title: 'lockstep configuration (.github/lockstep.yml)',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(props),
  };
}

/** A TypeScript property name: quoted unless it is an identifier. */
const name = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`);

/** The TypeScript type of the values a schema lets through (the subset the config schema uses). */
export function tsType(s: JsonSchema, indent = ''): string {
  if (s.oneOf) return s.oneOf.map((x) => tsType(x, indent)).join(' | ');
  if (s.enum) return s.enum.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(' | ');
  if (s.type === 'string') return 'string';
  if (s.type === 'boolean') return 'boolean';
  if (s.type === 'array') {
    const item = tsType(s.items ?? {}, indent);
    return /[|{]/.test(item) && !item.startsWith('{') ? `(${item})[]` : `${item}[]`;
  }
  if (s.type === 'object' || s.properties || s.additionalProperties) {
    if (!s.properties && typeof s.additionalProperties === 'object') return `Record<string, ${tsType(s.additionalProperties, indent)}>`;
    return objectType(s, indent);
  }
  return 'unknown';
}

/** `{ key?: type; … }` with a doc comment per key, over several lines. */
function objectType(s: JsonSchema, indent: string): string {
  const inner = `${indent}  `;
  const lines = Object.entries(s.properties ?? {}).flatMap(([k, v]) => [
    ...(v.description ? [`${inner}/** ${v.description.replace(/\*\//g, '* /')} */`] : []),
    `${inner}${name(k)}${s.required?.includes(k) ? '' : '?'}: ${tsType(v, inner)};`,
  ]);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** A value as TypeScript source. */
const literal = (v: unknown) => JSON.stringify(v).replace(/"([^"\\]*)"/g, (_m, x: string) => `'${x.replace(/'/g, "\\'")}'`);

/** The text of config/raw.generated.ts: the file's keys as types, their defaults, the schema object. */
export function renderConfigTypes(keys: readonly DeclaredKey[] = declaredKeys(), schema = configSchemaOf(keys)): string {
  const scope = (where: ConfigScope): JsonSchema => {
    const own = keys.filter((k) => k.where === where && !k.holds);
    return {
      type: 'object',
      required: own.filter((k) => k.required).map((k) => k.key),
      properties: Object.fromEntries(own.map((k) => [k.key, { ...k.schema, description: k.docs }])),
    };
  };
  const top = scope('top');
  const holders = keys.filter((k) => k.where === 'top' && k.holds);
  const topType = objectType(top, '').replace(
    /\n}$/,
    `\n${holders
      .map((h) =>
        h.holds === 'environment'
          ? `  /** ${h.docs} */\n  ${name(h.key)}?: RawEnvironment[];`
          : `  /** ${h.docs} */\n  ${name(h.key)}?: Record<string, RawService>;`,
      )
      .join('\n')}\n}`,
  );
  const defaults = (where: ConfigScope) =>
    Object.fromEntries(keys.filter((k) => k.where === where && k.default !== undefined).map((k) => [k.key, k.default]));
  const defaultsText = (v: Record<string, unknown>) =>
    `{\n${Object.entries(v)
      .map(([k, x]) => `  ${name(k)}: ${literal(x)},`)
      .join('\n')}\n}`;
  const readers = (where: ConfigScope) =>
    Object.fromEntries(keys.filter((k) => k.where === where && k.reader).map((k) => [k.key, k.reader]));
  const oneOf = (where: ConfigScope) => {
    const own = keys.filter((k) => k.where === where && k.oneOf);
    return Object.fromEntries([...new Set(own.map((k) => k.oneOf!))].map((g) => [g, own.filter((k) => k.oneOf === g).map((k) => k.key)]));
  };
  return `// Generated by \`npm run settings\` (scripts/config-schema.ts) from the settings declarations
// (packages/core/src/settings/table-*.ts and config-keys.ts). Do not edit.

/** \`.github/lockstep.yml\` as the schema lets it through: kebab-case keys, all optional but where required. */
export interface RawConfig ${topType}

/** One environment of \`environments:\`. */
export interface RawEnvironment ${objectType(scope('environment'), '')}

/** One service of \`services:\`. */
export interface RawService ${objectType(scope('service'), '')}

/** Each top-level key's default where the file leaves it out (the settings declarations'). */
export const TOP_DEFAULTS = ${defaultsText(defaults('top'))} as const;

/** Each environment key's default where an environment leaves it out. */
export const ENVIRONMENT_DEFAULTS = ${defaultsText(defaults('environment'))} as const;

/** Each top-level key the loader reads through a reader (config/readers.ts): the one its declaration names. */
export const TOP_READERS = ${defaultsText(readers('top'))} as const;

/** Each environment key the loader reads through a reader. */
export const ENVIRONMENT_READERS = ${defaultsText(readers('environment'))} as const;

/** Each service key the loader reads through a reader. */
export const SERVICE_READERS = ${defaultsText(readers('service'))} as const;

/** Each group of environment keys of which one must be given (the declarations' \`oneOf\`), in declaration order. */
export const ENVIRONMENT_ONE_OF = ${defaultsText(oneOf('environment'))} as const;

/** The JSON Schema of the file (packages/core/schema/lockstep.schema.json), for the loader's did-you-mean. */
export const configSchema = ${JSON.stringify(schema, null, 2)} as const;
`;
}

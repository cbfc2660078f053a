import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, type Node } from 'yaml';
import { UserError } from '../errors.ts';
import { resolveInside } from '../fs/workspace.ts';
import { nearest } from '../text/suggest.ts';
import { nodeAt, parseYaml, type ParsedYaml } from '../yaml/read.ts';
import { configSchema } from './schema.ts';
import { otherConfigExtension, siblingConfigError } from './names.ts';
import { stripBom } from '../text/bytes.ts';
// Generated at build time from schema.ts (`npm run schema`): ajv itself is never loaded at run time.
import { validate as validator } from './validate.generated.js';

/**
 * How prepare-release and promote-env write the commits they make: `git`
 * pushes them; `api` creates them through GitHub's Git Database API, so
 * GitHub signs them (Verified) for GITHUB_TOKEN or a GitHub App token.
 */
export type CommitMode = 'git' | 'api';

export interface PinRule {
  files: string;
  table?: string;
  names: string[];
}
export interface ServiceConfig {
  image: string;
  valuesKey?: string;
}
export interface EnvironmentConfig {
  name: string;
  values: string;
  application?: string;
  autoMerge: boolean;
  protected: boolean;
}

/** The file's keys as config/schema.ts lets them through (kebab-case, all optional); parseConfigText maps them to a Config. */
interface RawConfig {
  'version-file'?: string;
  'tag-prefix'?: string;
  charts?: string[];
  ignore?: string[];
  'chart-version-policy'?: Config['chartVersionPolicy'];
  changelog?: Config['changelog'];
  packages?: string[];
  pins?: PinRule[];
  'lock-command'?: string[];
  'commit-mode'?: CommitMode;
  services?: Record<string, { image: string; 'values-key'?: string }>;
  environments?: { name: string; values: string; application?: string; 'auto-merge'?: boolean; protected?: boolean }[];
}

/** `.github/lockstep.yml`, with defaults applied. */
export interface Config {
  /** Workspace-relative path of the file read, or undefined when none exists. */
  file?: string;
  versionFile: string;
  tagPrefix: string;
  charts?: string[];
  /** chart-bump-check: globs relative to each chart whose changes need no bump. */
  ignore: string[];
  chartVersionPolicy: 'independent' | 'sync';
  changelog: 'auto' | 'required' | 'off';
  packages: string[];
  pins: PinRule[];
  lockCommand?: string[];
  /** How prepare-release and promote-env write their commits; undefined when the file does not say (git). */
  commitMode?: CommitMode;
  services: Record<string, ServiceConfig>;
  environments: EnvironmentConfig[];
}

export const DEFAULT_CONFIG_PATH = '.github/lockstep.yml';

/** Where users read about the config: a path in this project's repository (the schema ships inside the package, not in theirs). */
export const CONFIG_DOCS = 'docs/configuration.md';

/**
 * Loads the shared configuration. A missing default file yields the defaults;
 * a missing file the user named explicitly, invalid YAML, an unknown key or a
 * wrong type is a UserError naming file:line.
 */
export function loadConfig(workspace: string, path?: string): Config {
  const rel = path && path.trim() !== '' ? path.trim() : DEFAULT_CONFIG_PATH;
  const abs = resolveInside(workspace, rel, 'config');
  if (!existsSync(abs)) {
    // .yml for .yaml and back: the one that exists is most likely the one meant (also for the default path,
    // so a .github/lockstep.yaml is never silently ignored).
    const other = otherConfigExtension(rel);
    if (other !== undefined && existsSync(resolveInside(workspace, other, 'config'))) throw siblingConfigError(rel, other);
    if (path && path.trim() !== '' && rel !== DEFAULT_CONFIG_PATH)
      throw new UserError(`config file ${rel} does not exist`, { hint: 'fix the config input or create the file' });
    return parseConfigText('', undefined);
  }
  if (!statSync(abs).isFile())
    throw new UserError(`config ${rel} is not a file`, { hint: 'name the YAML file, e.g. .github/lockstep.yml' });
  return parseConfigText(readFileSync(abs, 'utf8'), rel);
}

/** Parses and validates configuration text; exported for tests. */
export function parseConfigText(text: string, file: string | undefined): Config {
  const parsed = parseYaml(stripBom(text), file ?? DEFAULT_CONFIG_PATH);
  const raw = (parsed.doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new UserError('the configuration must be a mapping of keys', { file, line: 1, hint: `see ${CONFIG_DOCS}` });
  if (!validator(raw)) {
    const errors = validator.errors ?? [];
    const first = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
    throw schemaError(parsed, first, raw);
  }
  const r = raw as RawConfig;
  // A protected environment's promotions are draft pull requests merged by a person: auto-merge there contradicts it.
  for (const [i, e] of (r.environments ?? []).entries())
    if (e.protected === true && e['auto-merge'] === true)
      throw new UserError(`environment ${String(e.name)} is protected and sets auto-merge: true`, {
        file,
        line: parsed.lineOf(nodeAt(parsed, ['environments', i, 'auto-merge'])) ?? 1,
        hint: 'protected promotions are draft pull requests merged by a person: remove auto-merge or protected',
      });
  const config: Config = {
    file,
    versionFile: r['version-file'] ?? '.version',
    tagPrefix: r['tag-prefix'] ?? 'v',
    charts: r.charts,
    ignore: r.ignore ?? [],
    chartVersionPolicy: r['chart-version-policy'] ?? 'independent',
    changelog: r.changelog ?? 'auto',
    packages: r.packages ?? [],
    pins: (r.pins ?? []).map((p) => ({ files: p.files, table: p.table, names: p.names })),
    lockCommand: r['lock-command'],
    commitMode: r['commit-mode'],
    services: Object.fromEntries(Object.entries(r.services ?? {}).map(([k, v]) => [k, { image: v.image, valuesKey: v['values-key'] }])),
    environments: (r.environments ?? []).map((e) => ({
      name: e.name,
      values: e.values,
      application: e.application,
      autoMerge: e['auto-merge'] ?? false,
      protected: e.protected ?? false,
    })),
  };
  if (file) sources.set(config, parsed);
  duplicateEnvironment(config, parsed);
  return config;
}

/** An environment name listed twice is refused at its second line (every action reads the list in order). */
function duplicateEnvironment(config: Config, parsed: ParsedYaml): void {
  const first = new Map<string, number>();
  config.environments.forEach((e, i) => {
    const line = parsed.lineOf(nodeAt(parsed, ['environments', i, 'name']));
    const earlier = first.get(e.name);
    if (earlier !== undefined) {
      const firstLine = parsed.lineOf(nodeAt(parsed, ['environments', earlier, 'name']));
      throw new UserError(`environment '${e.name}' appears twice${firstLine ? ` (first on line ${firstLine})` : ''}`, {
        file: config.file,
        line,
        hint: 'list each environment once, in promotion order',
      });
    }
    first.set(e.name, i);
  });
}

// Kept beside the Config rather than in it, so the Config stays a plain value.
const sources = new WeakMap<Config, ParsedYaml>();

/**
 * The 1-based line of a config value (`['environments', 2, 'values']`), for
 * errors about what it names; undefined without a file or such a key.
 */
export function configLine(config: Config, path: readonly (string | number)[]): number | undefined {
  const parsed = sources.get(config);
  return parsed ? parsed.lineOf(nodeAt(parsed, [...path])) : undefined;
}

function schemaError(parsed: ParsedYaml, err: ErrorObject, raw: unknown): UserError {
  const path = err.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = nodeAt(parsed, path);
  const dotted = path.join('.');
  const docs = `${CONFIG_DOCS} lists every key`;
  if (err.keyword === 'additionalProperties') {
    const key = (err.params as { additionalProperty: string }).additionalProperty;
    let line = parsed.lineOf(where);
    if (isMap(where)) {
      const pair = where.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      line = parsed.lineOf(pair?.key as Node) ?? line;
    }
    const guess = nearest(key, Object.keys(schemaAt(path)?.properties ?? {}));
    return new UserError(`unknown key '${dotted ? `${dotted}.` : ''}${key}'`, {
      file: parsed.file,
      line,
      hint: guess ? `did you mean ${guess}? (${docs})` : `remove it or fix its spelling (${docs})`,
    });
  }
  if (err.keyword === 'enum') {
    const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String);
    const value = path.reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined),
      raw,
    );
    const guess = typeof value === 'string' ? nearest(value, allowed) : undefined;
    return new UserError(`'${dotted}' is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`, {
      file: parsed.file,
      line: parsed.lineOf(where) ?? 1,
      hint: guess ? `did you mean ${guess}? (see ${CONFIG_DOCS})` : `use one of ${allowed.join(', ')} (see ${CONFIG_DOCS})`,
    });
  }
  const detail =
    err.keyword === 'required'
      ? `needs key '${(err.params as { missingProperty: string }).missingProperty}'`
      : (err.message ?? 'is invalid');
  return new UserError(`'${dotted || '(top level)'}' ${detail}`, {
    file: parsed.file,
    line: parsed.lineOf(where) ?? 1,
    hint: `see ${CONFIG_DOCS}`,
  });
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
}

/** The part of the config schema that describes the value at `path` (for the keys valid there). */
function schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = configSchema as unknown as SchemaNode;
  for (const k of path) {
    if (!node) return undefined;
    if (typeof k === 'number') node = node.items;
    else node = node.properties?.[k] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return node;
}

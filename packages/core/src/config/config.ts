import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { isMap, isPair, isScalar, type Node } from 'yaml';
import { theInput, throwAll, UserError, UserErrors, words } from '../errors.ts';
import { resolveInside } from '../fs/workspace.ts';
import { nearest } from '../text/suggest.ts';
import { nodeAt, parseYaml, type ParsedYaml } from '../yaml/read.ts';
// Made from the settings declarations (`npm run settings`): the file's types, each key's default, the schema.
import { configSchema, ENVIRONMENT_DEFAULTS, TOP_DEFAULTS, type RawConfig, type RawEnvironment, type RawService } from './raw.generated.ts';
import { otherConfigExtension, siblingConfigError } from './names.ts';
import { stripBom } from '../text/bytes.ts';
import { camel, type Camel } from '../text/camel.ts';
import { DURATION_HINT, parseDuration } from '../text/duration.ts';
// Compiled at build time from the schema (`npm run settings`): ajv itself is never loaded at run time.
import { validate as validator } from './validate.generated.js';

/**
 * How prepare-release and promote-env write the commits they make: `git`
 * pushes them; `api` creates them through GitHub's Git Database API, so
 * GitHub signs them (Verified) for GITHUB_TOKEN or a GitHub App token.
 */

/** An environment's approval rule as the config writes it (approval:; promote/gates/approval.ts reads it). */
export type ApprovalRule = NonNullable<RawEnvironment['approval']>;
export type CommitMode = 'git' | 'api';

export interface PinRule {
  files: string;
  table?: string;
  names: string[];
}
/** One service of `services:`: its keys under their field names (`values-key` → `valuesKey`), its `verify:` read (replacing the top level's; an empty one verifies nothing). */
export type ServiceConfig = Fields<RawService, { verify: VerifyConfig }>;
/** A `verify:` block: what must vouch for a digest before it is written (registry/verify.ts checks it). */
export interface VerifyConfig {
  /** cosign public keys: PEM text or workspace-relative paths. */
  keys?: string[];
  attestation?: { trustedRoot: string; issuer: string; identity: string };
}
/** The raw `verify:` block as the file spells it. */
type RawVerify = NonNullable<RawConfig['verify']>;
/** The OIDC issuer of GitHub Actions' tokens: the default `verify.attestation.issuer`. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * One environment of `environments:`, each key under its field name as the file writes it (`auto-merge` →
 * `autoMerge`, undefined when not set: settings/resolve.ts gives an input-overridden key's default), but
 * `protected` (defaulted), `min-soak` (milliseconds) and `windows:` (each duration and time zone read).
 */
export type EnvironmentConfig = Fields<RawEnvironment, { 'min-soak': number; windows: WindowRules }, 'protected'>;

/** One allow or deny window: it opens at each time `cron` names (in `timezone`) and stays open `durationMs`. */
export interface WindowRule {
  cron: string;
  durationMs: number;
  /** The duration as written, for messages. */
  duration: string;
  timezone: string;
  /** Config line of `cron`, for the error a malformed expression gives. */
  line?: number;
}

/** A freeze: whole days `from`..`to` (YYYY-MM-DD, both included) in `timezone`. */
export interface FreezeRule {
  from: string;
  to: string;
  timezone: string;
  reason?: string;
}

/** An environment's promotion windows: promotions land inside an allow window (when any is given), outside every deny window and freeze. */
export interface WindowRules {
  allow: WindowRule[];
  deny: WindowRule[];
  freeze: FreezeRule[];
}

/** auto: render when Helm 3.8 or later is on PATH; on: Helm is required; off: never. */
export type RenderMode = 'auto' | 'on' | 'off';

/** The top-level `render:` when it is a mapping. */
type RawRender = Exclude<NonNullable<RawConfig['render']>, string>;

/** The top-level `render:` with defaults applied. */
export interface RenderConfig {
  /** The mode as the file writes it (undefined: not set): the `render` setting resolves it, per environment (settings/read.ts). */
  mode?: RenderMode;
  /** Regular expressions of lines ignored, as written (checked to compile). */
  ignore: string[];
  ignoreDefaults: boolean;
  summarize: string[];
  kubeVersion?: string;
  apiVersions: string[];
}

/**
 * What the loader reads a top-level key into, where that is more than the value as written: the registry
 * without `oci://`, the `render:` mapping with its defaults, `verify:` with its issuer, and the scopes.
 */
interface TopReads {
  'chart-registry': string;
  render: RenderConfig;
  verify: VerifyConfig;
  pins: PinRule[];
  services: Record<string, ServiceConfig>;
  environments: EnvironmentConfig[];
}

/**
 * The keys the Config always holds (the declarations' defaults, TOP_DEFAULTS, filled in); the keys an input
 * overrides with a precedence of its own (notify-pulls, commit-mode) stay undefined when the file leaves them out.
 */
type TopHeld = Exclude<keyof typeof TOP_DEFAULTS, 'notify-pulls' | 'commit-mode'> | 'services' | 'environments' | 'render';

/**
 * `.github/lockstep.yml`, with defaults applied: every declared key (RawConfig, generated from the settings
 * declarations) under its field name (`tag-prefix` → `tagPrefix`), typed as the file writes it unless
 * TopReads says what it is read into; no field is written by hand here.
 */
export type Config = Fields<RawConfig, TopReads, TopHeld> & {
  /** Workspace-relative path of the file read, or undefined when none exists. */
  file?: string;
};

/**
 * A place's declared keys under their field names (`Camel`): each as the file writes it (optional as there),
 * or as `Read` says its value is read; the `Held` keys always present (their default filled in).
 */
type Fields<Raw, Read, Held extends keyof Raw = never> = {
  [K in keyof Raw as K extends Held ? never : Camel<K & string>]: K extends keyof Read ? Read[K] : Raw[K];
} & {
  [K in keyof Raw as K extends Held ? Camel<K & string> : never]-?: K extends keyof Read ? Read[K] : NonNullable<Raw[K]>;
};

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
      throw new UserError(`config file ${rel} does not exist`, { hint: words`fix ${theInput('config')} or create the file` });
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
  // Every problem at once, each at its line (a new config should not take a round per typo): the schema's,
  // then what reading the values finds (a duration, a time zone), sorted by line.
  const errors = validator(raw) ? [] : (validator.errors ?? []);
  const problems = schemaErrors(parsed, errors, raw);
  let config: Config;
  try {
    config = readConfig(raw, parsed, file);
  } catch (e) {
    const found = e instanceof UserErrors ? e.errors : e instanceof UserError ? [e] : undefined;
    // A value of the wrong type the schema refused can break reading it: the schema's errors say it.
    if (found === undefined && problems.length === 0) throw e;
    // What reading says of a mapping with an unknown key, at the mapping's own line or its key's, is that typo's
    // echo (`verify: { key: … }` reads as empty); what it finds deeper inside stands.
    const typoLines = new Set(
      errors
        .filter((err) => err.keyword === 'additionalProperties' && err.instancePath !== '')
        .map((err) => parsed.lineOf(nodeAt(parsed, pathOf(err))))
        .flatMap((line) => (line === undefined ? [] : [line - 1, line])),
    );
    const echo = (p: UserError) => p.line !== undefined && typoLines.has(p.line);
    throwAll([...problems, ...(found ?? []).filter((p) => !echo(p))].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    throw e;
  }
  throwAll(problems);
  return config;
}

/** The YAML path of a schema error (`/environments/0/min-soak` → ['environments', 0, 'min-soak']). */
function pathOf(err: ErrorObject): (string | number)[] {
  return err.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * The schema's errors as the user's, one per line: an unknown key before the other errors at its line
 * (ajv lists a oneOf's branches too), in the order of the file.
 */
function schemaErrors(parsed: ParsedYaml, errors: readonly ErrorObject[], raw: unknown): UserError[] {
  const typos = errors.filter((e) => e.keyword === 'additionalProperties');
  // A mapping with an unknown key is said by that key alone: what it then lacks (`value:` for `values:`) is the typo's echo.
  const typoAt = new Set(typos.map((e) => e.instancePath));
  const ordered = [...typos, ...errors.filter((e) => e.keyword !== 'additionalProperties' && !typoAt.has(e.instancePath))];
  const byLine = new Map<number, UserError>();
  for (const err of ordered) {
    const u = schemaError(parsed, err, raw);
    if (!byLine.has(u.line ?? 0)) byLine.set(u.line ?? 0, u);
  }
  return [...byLine.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The Config a schema-valid raw config holds, each value read strictly (a bad one refused at its line). */
function readConfig(r: RawConfig, parsed: ParsedYaml, file: string | undefined): Config {
  // A protected environment's promotions are draft pull requests merged by a person: auto-merge there contradicts it.
  for (const [i, e] of (r.environments ?? []).entries())
    if (e.protected === true && e['auto-merge'] === true)
      throw new UserError(`environment ${String(e.name)} is protected and sets auto-merge: true`, {
        file,
        line: parsed.lineOf(nodeAt(parsed, ['environments', i, 'auto-merge'])) ?? 1,
        hint: 'protected promotions are draft pull requests merged by a person: remove auto-merge or protected',
      });
  // The declarations' defaults (settings/table-*.ts, config-keys.ts), for the keys the Config always holds; the keys an
  // input overrides with its own precedence (notify-pulls, commit-mode, wait …) stay undefined: resolveSettings defaults them.
  const top = TOP_DEFAULTS;
  const config: Config = {
    file,
    versionFile: r['version-file'] ?? top['version-file'],
    tagPrefix: r['tag-prefix'] ?? top['tag-prefix'],
    ...(r['notify-pulls'] !== undefined ? { notifyPulls: r['notify-pulls'] } : {}),
    charts: r.charts,
    ...(r['charts-ignore'] ? { chartsIgnore: r['charts-ignore'] } : {}),
    ignore: r.ignore ?? [...top.ignore],
    ...(r['chart-registry'] ? { chartRegistry: r['chart-registry'].replace(/^oci:\/\//, '').replace(/\/$/, '') } : {}),
    chartVersionPolicy: r['chart-version-policy'] ?? top['chart-version-policy'],
    changelog: r.changelog ?? top.changelog,
    packages: r.packages ?? [...top.packages],
    pins: (r.pins ?? top.pins).map((p) => ({ files: p.files, table: p.table, names: p.names })),
    lockCommand: r['lock-command'],
    commitMode: r['commit-mode'],
    services: Object.fromEntries(
      Object.entries(r.services ?? {}).map(([k, v]) => [
        k,
        { image: v.image, valuesKey: v['values-key'], ...(v.verify ? { verify: verifyConfig(v.verify) } : {}) },
      ]),
    ),
    ...(r.verify ? { verify: verifyConfig(r.verify) } : {}),
    environments: (r.environments ?? []).map((e, i) => ({
      name: e.name,
      ...(e.values !== undefined ? { values: e.values } : {}),
      ...(e.kustomization !== undefined ? { kustomization: e.kustomization } : {}),
      application: e.application,
      ...(e.helmrelease !== undefined ? { helmrelease: e.helmrelease } : {}),
      ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}),
      ...(e['flux-kustomization'] !== undefined ? { fluxKustomization: e['flux-kustomization'] } : {}),
      ...(e['auto-merge'] !== undefined ? { autoMerge: e['auto-merge'] } : {}),
      protected: e.protected ?? ENVIRONMENT_DEFAULTS.protected,
      ...(e['values-drift'] ? { valuesDrift: e['values-drift'] } : {}),
      ...(e.render ? { render: e.render } : {}),
      ...(e.url !== undefined ? { url: e.url } : {}),
      ...(e.preview ? { preview: true } : {}),
      ...gateSettings(e, (path) => parsed.lineOf(nodeAt(parsed, ['environments', i, ...path])) ?? 1, file),
    })),
    ...(r.waves ? { waves: r.waves } : {}),
    render: renderConfig(r.render, (path) => parsed.lineOf(nodeAt(parsed, ['render', ...path])) ?? 1, file),
  };
  // A declared key the loader does not read above (one added with its input: docs/adding-a-setting.md) is carried as written
  // under its camel-case name, where resolveSettings reads it; the schema let through declared keys only.
  unnamedKeys(r as Record<string, unknown>, config);
  for (const [i, e] of (r.environments ?? []).entries()) unnamedKeys(e as unknown as Record<string, unknown>, config.environments[i]);
  if (file) sources.set(config, parsed);
  duplicateEnvironment(config, parsed);
  emptyVerify(r, parsed, file);
  return config;
}

/** Each key of `raw` whose camel-case field `into` lacks, copied as written (`notify-pulls` → `notifyPulls`). */
export function unnamedKeys(raw: Record<string, unknown>, into: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(raw)) if (value !== undefined && !(camel(key) in into)) into[camel(key)] = value;
}

/** The top-level `render:` (a mode, or a mapping): defaults applied, each ignore pattern compiled (a bad one refused at its line). */
function renderConfig(r: RawConfig['render'], lineOf: (path: (string | number)[]) => number, file: string | undefined): RenderConfig {
  const raw: RawRender = typeof r === 'string' ? { mode: r } : (r ?? {});
  for (const [i, pattern] of (raw.ignore ?? []).entries())
    try {
      new RegExp(pattern);
    } catch (e) {
      throw new UserError(`render.ignore: ${JSON.stringify(pattern)} is no regular expression (${(e as Error).message})`, {
        file,
        line: lineOf(['ignore', i]),
        hint: 'write a JavaScript regular expression matched against each rendered line, e.g. ^\\s*generation:',
      });
    }
  return {
    ...(raw.mode ? { mode: raw.mode } : {}),
    ignore: raw.ignore ?? [],
    ignoreDefaults: raw['ignore-defaults'] ?? true,
    summarize: raw.summarize ?? [],
    ...(raw['kube-version'] ? { kubeVersion: raw['kube-version'] } : {}),
    apiVersions: raw['api-versions'] ?? [],
  };
}

/**
 * A `verify:` that verifies nothing is refused at its line: the top level's
 * `{}`, and a service's `{}` where no top-level policy is there to turn off
 * (a service's `{}` under a top-level policy is its opt-out, reported where
 * the digest is written). Every other shape the schema allows names keys (at
 * least one) or an attestation (trusted root and identity), which must pass.
 */
function emptyVerify(r: RawConfig, parsed: ParsedYaml, file: string | undefined): void {
  const empty = (v: RawVerify | undefined) => v !== undefined && !v.keys && !v.attestation;
  if (empty(r.verify))
    throw new UserError("'verify' is empty: it verifies nothing, and unsigned images would be written", {
      file,
      line: parsed.lineOf(nodeAt(parsed, ['verify'])) ?? 1,
      hint: 'list cosign public keys under verify.keys or an attestation under verify.attestation, or remove verify:',
    });
  if (r.verify) return;
  for (const [name, v] of Object.entries(r.services ?? {}))
    if (empty(v.verify))
      throw new UserError(`'services.${name}.verify' is empty and there is no top-level verify: to turn off: it verifies nothing`, {
        file,
        line: parsed.lineOf(nodeAt(parsed, ['services', name, 'verify'])) ?? 1,
        hint: 'give keys or an attestation to verify this service, or remove its verify:',
      });
}

/**
 * The line of a service's `verify: {}` when it turns the top-level policy off
 * for that service (its digests are then written unverified), else undefined.
 */
export function verifyOptOut(config: Config, service: string): { file?: string; line?: number } | undefined {
  const own = config.services[service]?.verify;
  if (!config.verify || !own || own.keys?.length || own.attestation) return undefined;
  return { file: config.file, line: configLine(config, ['services', service, 'verify']) };
}

/** A `verify:` block with the issuer defaulted. */
function verifyConfig(v: RawVerify): VerifyConfig {
  const a = v.attestation;
  return {
    ...(v.keys ? { keys: v.keys } : {}),
    ...(a ? { attestation: { trustedRoot: a['trusted-root'], issuer: a.issuer ?? GITHUB_ACTIONS_ISSUER, identity: a.identity } } : {}),
  };
}

/** The `verify:` that applies to a service: its own, else the top level's; undefined when nothing is to be verified. */
export function verifyFor(config: Config, service: string): VerifyConfig | undefined {
  const v = config.services[service]?.verify ?? config.verify;
  return v && (v.keys?.length || v.attestation) ? v : undefined;
}

/**
 * An environment's gates as the config writes them, checked strictly: each
 * duration, time zone and freeze day is an error at its own line. Cron
 * expressions are checked by the promotion that reads them (promote/gates.ts
 * holds the parser), at their line too.
 */
function gateSettings(
  e: NonNullable<RawConfig['environments']>[number],
  lineOf: (path: (string | number)[]) => number,
  file: string | undefined,
): Pick<EnvironmentConfig, 'minSoak' | 'wait' | 'windows'> {
  const out: Pick<EnvironmentConfig, 'minSoak' | 'wait' | 'windows'> = {};
  const duration = (text: string, path: (string | number)[]) => {
    const ms = parseDuration(text);
    if (ms === undefined)
      throw new UserError(`'${['environments', e.name, ...path].join('.')}' is '${text}', not a duration`, {
        file,
        line: lineOf(path),
        hint: DURATION_HINT,
      });
    return ms;
  };
  const zone = (tz: string | undefined, path: (string | number)[]) => {
    if (tz === undefined) return 'UTC';
    if (!isTimeZone(tz))
      throw new UserError(`'${['environments', e.name, ...path].join('.')}' is '${tz}', not a time zone`, {
        file,
        line: lineOf(path),
        hint: 'use an IANA time zone name, e.g. UTC or Europe/Paris',
      });
    return tz;
  };
  if (e['min-soak'] !== undefined) out.minSoak = duration(e['min-soak'], ['min-soak']);
  if (e.wait !== undefined) out.wait = e.wait;
  if (e.windows) {
    const w = e.windows;
    const windows = (kind: 'allow' | 'deny'): WindowRule[] =>
      (w[kind] ?? []).map((x, j) => ({
        cron: x.cron,
        duration: x.duration,
        durationMs: duration(x.duration, ['windows', kind, j, 'duration']),
        timezone: zone(x.timezone, ['windows', kind, j, 'timezone']),
        line: lineOf(['windows', kind, j, 'cron']),
      }));
    const freeze = (w.freeze ?? []).map((f, j): FreezeRule => {
      for (const k of ['from', 'to'] as const)
        if (!isDay(f[k]))
          throw new UserError(`'environments.${e.name}.windows.freeze.${j}.${k}' is '${f[k]}', not a day`, {
            file,
            line: lineOf(['windows', 'freeze', j, k]),
            hint: 'write the day as YYYY-MM-DD, e.g. 2026-12-24',
          });
      if (f.from > f.to)
        throw new UserError(`freeze ${j + 1} of environment ${e.name} ends (${f.to}) before it starts (${f.from})`, {
          file,
          line: lineOf(['windows', 'freeze', j, 'to']),
          hint: 'from is the first frozen day, to the last',
        });
      return {
        from: f.from,
        to: f.to,
        timezone: zone(f.timezone, ['windows', 'freeze', j, 'timezone']),
        ...(f.reason !== undefined ? { reason: f.reason } : {}),
      };
    });
    out.windows = { allow: windows('allow'), deny: windows('deny'), freeze };
  }
  return out;
}

/** True for an IANA time zone name the runtime knows (Intl refuses the others). */
function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** True for a real calendar day written YYYY-MM-DD. */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
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

/** The file's keys as written, before any default (undefined without a file): for keys the Config does not name. */
export function rawConfig(config: Config): RawConfig | undefined {
  const parsed = sources.get(config);
  return parsed ? ((parsed.doc.toJS() ?? {}) as RawConfig) : undefined;
}

/**
 * The 1-based line of a config value (`['environments', 2, 'values']`), for
 * errors about what it names; undefined without a file or such a key.
 */
export function configLine(config: Config, path: readonly (string | number)[]): number | undefined {
  const parsed = sources.get(config);
  return parsed ? parsed.lineOf(nodeAt(parsed, [...path])) : undefined;
}

function schemaError(parsed: ParsedYaml, err: ErrorObject, raw: unknown): UserError {
  const path = pathOf(err);
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
  // An environment's url: said in words, under the environment's name rather than its index.
  if (err.keyword === 'pattern' && path.length === 3 && path[0] === 'environments' && path[2] === 'url') {
    const env = (raw as { environments?: { name?: unknown }[] }).environments?.[path[1] as number];
    const value = (env as Record<string, unknown> | undefined)?.url;
    const name = typeof env?.name === 'string' ? env.name : String(path[1]);
    return new UserError(`environment ${name}: url ${JSON.stringify(value)} is not an http:// or https:// address`, {
      file: parsed.file,
      line: parsed.lineOf(where) ?? 1,
      hint: 'write the address the environment is reached at, e.g. https://staging.example.com, without spaces',
    });
  }
  // An environment with neither pin location: said in words, at the environment's line.
  if ((err.keyword === 'required' || err.keyword === 'anyOf') && path.length === 2 && path[0] === 'environments') {
    const env = (raw as { environments?: { name?: unknown }[] }).environments?.[path[1] as number];
    const missing = (err.params as { missingProperty?: string }).missingProperty;
    if (
      missing === undefined ||
      missing === 'values' ||
      missing === 'kustomization' ||
      missing === 'helmrelease' ||
      missing === 'flux-kustomization'
    )
      return new UserError(
        `environment ${typeof env?.name === 'string' ? env.name : String(path[1])} names none of values:, kustomization:, helmrelease: or flux-kustomization:`,
        {
          file: parsed.file,
          line: parsed.lineOf(where) ?? 1,
          hint: 'give its values file (values: charts/myapp/values-prod.yaml), its Kustomize overlay (kustomization: deploy/overlays/prod), or its Flux HelmRelease (helmrelease: apps/prod/release.yaml) or Flux Kustomization (flux-kustomization: clusters/prod/apps.yaml)',
        },
      );
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

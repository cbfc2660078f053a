import { existsSync, readFileSync, statSync } from 'node:fs';
import { theInput, throwAll, UserError, UserErrors, words } from '../errors.ts';
import { resolveInside } from '../fs/workspace.ts';
import { nodeAt, parseYaml, type ParsedYaml } from '../yaml/read.ts';
import { plainDocument, UNKNOWN, type PlainDocument } from '../yaml/plain-document.ts';
import { chosenBranches, CONFIG_DOCS, pathOf, schemaErrors, withoutRefused } from './schema-errors.ts';
// Made from the settings declarations (`npm run settings`): the file's types, each key's default, the schema.
import {
  ENVIRONMENT_DEFAULTS,
  ENVIRONMENT_ONE_OF,
  ENVIRONMENT_READERS,
  SERVICE_READERS,
  TOP_DEFAULTS,
  TOP_READERS,
  type RawConfig,
  type RawEnvironment,
  type RawService,
} from './raw.generated.ts';
import { readerOf, type ReadAt, type ReaderName, type ReadInto } from './readers.ts';
import type * as read from './readers.ts';
import { otherConfigExtension, siblingConfigError } from './names.ts';
import { stripBom } from '../text/bytes.ts';
import { camel, type Camel } from '../text/camel.ts';
// Compiled at build time from the schema (`npm run settings`): ajv itself is never loaded at run time.
import { validate as validator } from './validate.generated.js';

/** The keys naming the file an environment's pins live in, one of which each environment gives (the declarations' `oneOf: pins`). */
export const PIN_FILE_KEYS = ENVIRONMENT_ONE_OF.pins;

/**
 * The file an environment's pins live in, as the config names it: the first of PIN_FILE_KEYS it gives, the
 * resource's `#name` left out (a HelmRelease named in a file of several). Undefined when it gives none.
 */
export function pinFileOf(e: EnvironmentConfig): { key: (typeof PIN_FILE_KEYS)[number]; file: string } | undefined {
  const given = { values: e.values, kustomization: e.kustomization, helmrelease: e.helmrelease, 'flux-kustomization': e.fluxKustomization };
  const key = PIN_FILE_KEYS.find((k) => given[k] !== undefined);
  return key === undefined ? undefined : { key, file: given[key]!.replace(/#.*$/, '') };
}

/** An environment's approval rule as the config writes it (approval:; promote/gates/approval.ts reads it). */
export type ApprovalRule = NonNullable<RawEnvironment['approval']>;
// What the readers read into (config/readers.ts declares each beside its reader).
export type PinRule = read.PinRule;
export type VerifyConfig = read.VerifyConfig;
export type WindowRule = read.WindowRule;
export type FreezeRule = read.FreezeRule;
export type WindowRules = read.WindowRules;
export type RenderMode = read.RenderMode;
export type RenderConfig = read.RenderConfig;

/**
 * How prepare-release and promote-env write the commits they make: `git` pushes them; `api` creates them through
 * GitHub's Git Database API, so GitHub signs them (Verified) for GITHUB_TOKEN or a GitHub App token. The choices
 * are commit-mode's declaration's (settings/table-release.ts, table-promote.ts).
 */
export type CommitMode = NonNullable<RawConfig['commit-mode']>;

/** One service of `services:`: its keys under their field names (`values-key` → `valuesKey`), its `verify:` read (replacing the top level's; an empty one verifies nothing). */
export type ServiceConfig = Fields<RawService, ReadInto<typeof SERVICE_READERS>>;
/** The raw `verify:` block as the file spells it. */
type RawVerify = NonNullable<RawConfig['verify']>;
/**
 * One environment of `environments:`, each key under its field name as the file writes it (`auto-merge` →
 * `autoMerge`, undefined when not set: settings/resolve.ts gives an input-overridden key's default), but
 * `protected` (defaulted), `min-soak` (milliseconds) and `windows:` (each duration and time zone read).
 */
export type EnvironmentConfig = Fields<RawEnvironment, ReadInto<typeof ENVIRONMENT_READERS>, 'protected'>;

/**
 * What the loader reads a top-level key into, where that is more than the value as written: what the reader
 * its declaration names gives (config/readers.ts: the registry without `oci://`, the `render:` mapping with its
 * defaults, `verify:` with its issuer, the pins), and the scopes.
 */
type TopReads = ReadInto<typeof TOP_READERS> & {
  services: Record<string, ServiceConfig>;
  environments: EnvironmentConfig[];
};

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

/**
 * Parses and validates configuration text; exported for tests. A text js-yaml reads as the yaml package does
 * (yaml/plain-document.ts) and the schema accepts is read from js-yaml's data and lines, and the yaml package's
 * tree is built only if a line the events cannot place is asked for: at 300 services and 100 environments
 * (40 KB) that tree cost ~90 ms of every command. Any other text, and any config that is refused, is read
 * by the yaml package as before, so every error and its line are the ones it gives.
 */
export function parseConfigText(text: string, file: string | undefined): Config {
  const body = stripBom(text);
  const quick = plainDocument(body);
  if (quick !== undefined) {
    const data = (quick.data ?? {}) as Record<string, unknown>;
    if (typeof data === 'object' && !Array.isArray(data) && validator(data)) {
      try {
        return readConfig(data, plainSource(quick, body, file), file);
      } catch (e) {
        if (!(e instanceof UserError) && !(e instanceof UserErrors)) throw e;
        // Refused: read again below, by the yaml package, which says where.
      }
    }
  }
  const parsed = parseYaml(body, file ?? DEFAULT_CONFIG_PATH);
  const raw = (parsed.doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new UserError('the configuration must be a mapping of keys', { file, line: 1, hint: `see ${CONFIG_DOCS}` });
  // Every problem at once, each at its line (a new config should not take a round per typo): the schema's,
  // then what reading the values finds (a duration, a time zone), sorted by line.
  // Of a oneOf's branches, the one the file chose (schema-errors.ts): the others' errors are no mistake of the file.
  const errors = validator(raw) ? [] : chosenBranches(validator.errors ?? []);
  const problems = schemaErrors(parsed, errors, raw);
  // The rest of the file is read without the values the schema refused (the whole key of its place), so that
  // reading says what else is wrong and the checks after the loader (`lockstep config`) run on what is left.
  let read: { config: Config; problems: UserError[] } | undefined;
  try {
    read = readConfigAll(problems.length > 0 ? withoutRefused(raw, errors) : raw, treeSource(parsed), file);
  } catch (e) {
    // A value of the wrong type the schema refused can break reading it: the schema's errors say it.
    if (problems.length === 0) throw e;
  }
  // What reading says of a mapping with an unknown key, at the mapping's own line or its key's, is that typo's
  // echo (`verify: { key: … }` reads as empty); what it finds deeper inside stands.
  const typoLines = new Set(
    errors
      .filter((err) => err.keyword === 'additionalProperties' && err.instancePath !== '')
      .map((err) => parsed.lineOf(nodeAt(parsed, pathOf(err))))
      .flatMap((line) => (line === undefined ? [] : [line - 1, line])),
  );
  const echo = (p: UserError) => p.line !== undefined && typoLines.has(p.line);
  const all = [...problems, ...(read?.problems ?? []).filter((p) => !echo(p))].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (all.length === 0 && read) return read.config;
  const refused = all.length === 1 ? all[0] : new UserErrors(all);
  if (read) partials.set(refused, read.config);
  throw refused;
}

/** What a refused config still says, by the error that refused it (configOfRefusal). */
const partials = new WeakMap<object, Config>();

/**
 * The Config a refused file still gives, without the values refused (the keys the schema refused are left
 * out; what reading refused, as if the file left it out): `lockstep config` runs the checks of every
 * command on it, so that every mistake of the file is said in one run. Undefined for any other error.
 */
export function configOfRefusal(e: unknown): Config | undefined {
  return e !== null && typeof e === 'object' ? partials.get(e) : undefined;
}

/**
 * Where a loaded config's values are written: each path's 1-based line (undefined: no such key), and its keys as
 * written (a fresh copy per call).
 */
interface ConfigSource {
  lineOf(path: readonly (string | number)[]): number | undefined;
  raw(): RawConfig;
}

/** The yaml package's tree as a ConfigSource. */
function treeSource(parsed: ParsedYaml): ConfigSource {
  return {
    lineOf: (path) => parsed.lineOf(nodeAt(parsed, path)),
    raw: () => (parsed.doc.toJS() ?? {}) as RawConfig,
  };
}

/** js-yaml's reading as a ConfigSource: a line its events do not place is asked of the yaml package's tree, built then, once. */
function plainSource(quick: PlainDocument, body: string, file: string | undefined): ConfigSource {
  let tree: ParsedYaml | undefined;
  return {
    lineOf: (path) => {
      const line = quick.lineOf(path);
      if (line !== UNKNOWN) return line;
      tree ??= parseYaml(body, file ?? DEFAULT_CONFIG_PATH);
      return tree.lineOf(nodeAt(tree, path));
    },
    raw: () => plainDocument(body)?.data ?? {},
  };
}

/** The Config a schema-valid raw config holds, each value read strictly (a bad one refused at its line). */
function readConfig(r: RawConfig, source: ConfigSource, file: string | undefined): Config {
  const { config, problems } = readConfigAll(r, source, file);
  throwAll(problems);
  return config;
}

/** What `f` gives, or `otherwise` with the user errors it threw kept in `problems` (every problem of a file at once). */
function gathered<T>(problems: UserError[], f: () => T, otherwise: T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof UserErrors) problems.push(...e.errors);
    else if (e instanceof UserError) problems.push(e);
    else throw e;
    return otherwise;
  }
}

/** A protected environment's promotions are draft pull requests merged by a person: auto-merge there contradicts it. */
function autoMergeProtected(r: RawConfig, source: ConfigSource, file: string | undefined): UserError[] {
  return (r.environments ?? []).flatMap((e, i) =>
    e.protected === true && e['auto-merge'] === true
      ? [
          new UserError(`environment ${String(e.name)} is protected and sets auto-merge: true`, {
            file,
            line: source.lineOf(['environments', i, 'auto-merge']) ?? 1,
            hint: 'protected promotions are draft pull requests merged by a person: remove auto-merge or protected',
          }),
        ]
      : [],
  );
}

/** readConfig's Config and every problem reading found (a value read as if the file left it out when refused). */
function readConfigAll(r: RawConfig, source: ConfigSource, file: string | undefined): { config: Config; problems: UserError[] } {
  const problems: UserError[] = autoMergeProtected(r, source, file);
  // The declarations' defaults (settings/table-*.ts, config-keys.ts), for the keys the Config always holds; the keys an
  // input overrides with its own precedence (notify-pulls, commit-mode, wait …) stay undefined: resolveSettings defaults them.
  const top = TOP_DEFAULTS;
  const lineOf = (path: (string | number)[]) => source.lineOf(path) ?? 1;
  const config: Config = {
    file,
    versionFile: r['version-file'] ?? top['version-file'],
    tagPrefix: r['tag-prefix'] ?? top['tag-prefix'],
    ...(r['notify-pulls'] !== undefined ? { notifyPulls: r['notify-pulls'] } : {}),
    charts: r.charts,
    ...(r['charts-ignore'] ? { chartsIgnore: r['charts-ignore'] } : {}),
    ignore: r.ignore ?? [...top.ignore],
    chartVersionPolicy: r['chart-version-policy'] ?? top['chart-version-policy'],
    changelog: r.changelog ?? top.changelog,
    packages: r.packages ?? [...top.packages],
    lockCommand: r['lock-command'],
    commitMode: r['commit-mode'],
    services: Object.fromEntries(
      Object.entries(r.services ?? {}).map(([k, v]) => [
        k,
        {
          image: v.image,
          valuesKey: v['values-key'],
          ...(v['image-policy'] !== undefined ? { imagePolicy: v['image-policy'] } : {}),
          ...(v['flux-substitute'] !== undefined ? { fluxSubstitute: v['flux-substitute'] } : {}),
          ...gathered(
            problems,
            () => readKeys(v, SERVICE_READERS, {}, { file, path: ['services', k], lineOf }),
            readKeys({}, SERVICE_READERS, {}, { file, path: ['services', k], lineOf }),
          ),
        },
      ]),
    ),
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
      ...gathered(
        problems,
        () =>
          readKeys(e, ENVIRONMENT_READERS, ENVIRONMENT_DEFAULTS, {
            file,
            path: ['environments', i],
            name: ['environments', e.name],
            environment: e.name,
            lineOf,
          }),
        readKeys({}, ENVIRONMENT_READERS, ENVIRONMENT_DEFAULTS, { file, path: ['environments', i], lineOf }),
      ),
    })),
    ...(r.waves ? { waves: r.waves } : {}),
    // chart-registry, pins, verify, render: each through the reader its declaration names.
    ...gathered(
      problems,
      () => readKeys(r, TOP_READERS, top, { file, path: [], lineOf }),
      readKeys({}, TOP_READERS, top, { file, path: [], lineOf }),
    ),
  };
  // A declared key the loader does not read above (one added with its input: docs/adding-a-setting.md) is carried as written
  // under its camel-case name, where resolveSettings reads it; the schema let through declared keys only.
  unnamedKeys(r as Record<string, unknown>, config);
  for (const [i, e] of (r.environments ?? []).entries()) unnamedKeys(e as unknown as Record<string, unknown>, config.environments[i]);
  if (file) sources.set(config, source);
  gathered(problems, () => duplicateEnvironment(config, source), undefined);
  gathered(problems, () => emptyVerify(r, source, file), undefined);
  return { config, problems };
}

/** Each key of `raw` whose camel-case field `into` lacks, copied as written (`notify-pulls` → `notifyPulls`). */
export function unnamedKeys(raw: Record<string, unknown>, into: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(raw)) if (value !== undefined && !(camel(key) in into)) into[camel(key)] = value;
}

/** Where a place's keys sit: the YAML path of the place (and its name in messages, when not that path). */
interface Place {
  file: string | undefined;
  path: (string | number)[];
  name?: (string | number)[];
  environment?: string;
  lineOf(path: (string | number)[]): number;
}

/**
 * The keys of a place whose declaration names a reader (raw.generated.ts's `*_READERS`), each read by it under
 * its field name (`min-soak` → `minSoak`); a key given nothing (unset, no default) stays out.
 */
function readKeys<M extends Readonly<Record<string, ReaderName>>>(
  raw: object,
  readers: M,
  defaults: object,
  place: Place,
): { [K in keyof M as Camel<K & string>]: ReadInto<M>[K] } {
  const out: Record<string, unknown> = {};
  for (const [key, reader] of Object.entries(readers)) {
    const at: ReadAt = {
      file: place.file,
      lineOf: (path) => place.lineOf([...place.path, key, ...path]),
      name: (path) => [...(place.name ?? place.path), key, ...path].join('.'),
      environment: place.environment,
    };
    const given = (raw as Record<string, unknown>)[key] ?? (defaults as Record<string, unknown>)[key];
    const value = readerOf(reader).read(given, at);
    if (value !== undefined) out[camel(key)] = value;
  }
  return out as { [K in keyof M as Camel<K & string>]: ReadInto<M>[K] };
}

/**
 * A `verify:` that verifies nothing is refused at its line: the top level's
 * `{}`, and a service's `{}` where no top-level policy is there to turn off
 * (a service's `{}` under a top-level policy is its opt-out, reported where
 * the digest is written). Every other shape the schema allows names keys (at
 * least one) or an attestation (trusted root and identity), which must pass.
 */
function emptyVerify(r: RawConfig, source: ConfigSource, file: string | undefined): void {
  const empty = (v: RawVerify | undefined) => v !== undefined && !v.keys && !v.attestation;
  if (empty(r.verify))
    throw new UserError("'verify' is empty: it verifies nothing, and unsigned images would be written", {
      file,
      line: source.lineOf(['verify']) ?? 1,
      hint: 'list cosign public keys under verify.keys or an attestation under verify.attestation, or remove verify:',
    });
  if (r.verify) return;
  for (const [name, v] of Object.entries(r.services ?? {}))
    if (empty(v.verify))
      throw new UserError(`'services.${name}.verify' is empty and there is no top-level verify: to turn off: it verifies nothing`, {
        file,
        line: source.lineOf(['services', name, 'verify']) ?? 1,
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

/** The `verify:` that applies to a service: its own, else the top level's; undefined when nothing is to be verified. */
export function verifyFor(config: Config, service: string): VerifyConfig | undefined {
  const v = config.services[service]?.verify ?? config.verify;
  return v && (v.keys?.length || v.attestation) ? v : undefined;
}

/** An environment name listed twice is refused at its second line (every action reads the list in order). */
function duplicateEnvironment(config: Config, source: ConfigSource): void {
  const first = new Map<string, number>();
  config.environments.forEach((e, i) => {
    const earlier = first.get(e.name);
    if (earlier !== undefined) {
      const line = source.lineOf(['environments', i, 'name']);
      const firstLine = source.lineOf(['environments', earlier, 'name']);
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
const sources = new WeakMap<Config, ConfigSource>();

/** The file's keys as written, before any default (undefined without a file): for keys the Config does not name. */
export function rawConfig(config: Config): RawConfig | undefined {
  return sources.get(config)?.raw();
}

/**
 * The 1-based line of a config value (`['environments', 2, 'values']`), for
 * errors about what it names; undefined without a file or such a key.
 */
export function configLine(config: Config, path: readonly (string | number)[]): number | undefined {
  return sources.get(config)?.lineOf(path);
}

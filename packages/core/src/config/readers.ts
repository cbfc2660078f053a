// The readers a config key's declaration names (`reader:` in settings/table-*.ts and config-keys.ts): how the
// loader reads a value that is more than the value as written (a duration, a mapping with defaults), and how
// `lockstep config` shows it again in the file's spelling. The declarations name a reader by its key here
// (config/ imports no settings/: docs/architecture.md); raw.generated.ts lists which key reads through which.
import { UserError } from '../errors.ts';
import { DURATION_HINT, formatDuration, parseDuration } from '../text/duration.ts';
import type { RawConfig, RawEnvironment } from './raw.generated.ts';

/* What the readers read into (config/config.ts names them for the Config's users). */
export interface PinRule {
  files: string;
  table?: string;
  names: string[];
}

/** A `verify:` block: what must vouch for a digest before it is written (registry/verify.ts checks it). */
export interface VerifyConfig {
  /** cosign public keys: PEM text or workspace-relative paths. */
  keys?: string[];
  attestation?: { trustedRoot: string; issuer: string; identity: string };
}

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

/** auto: render when Helm 3.8 or later is on PATH; on: Helm is required; off: never (render's declared choices: settings/table.ts RENDER_KEY's inputs). */
export type RenderMode = NonNullable<RawEnvironment['render']>;

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

/** Where a value being read sits: for an error at its line, named as the file spells it. */
export interface ReadAt {
  file: string | undefined;
  /** The line of a path under the key (`['ignore', 2]`; `[]`: the key's own), 1 when unknown. */
  lineOf(path: readonly (string | number)[]): number;
  /** The dotted name of a path under the key (`environments.prod.windows.allow.0.duration`). */
  name(path: readonly (string | number)[]): string;
  /** The environment the key belongs to, if any. */
  environment?: string;
}

/** How one kind of value is read (undefined: the key stays out of the Config) and shown again as the file writes it. */
export interface Reader<Raw, Read> {
  read(value: Raw | undefined, at: ReadAt): Read | undefined;
  show(value: Read): unknown;
}

/** The OIDC issuer of GitHub Actions' tokens: the default `verify.attestation.issuer`. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

type RawVerify = NonNullable<RawConfig['verify']>;
type RawRender = Exclude<NonNullable<RawConfig['render']>, string>;
type RawWindows = NonNullable<RawEnvironment['windows']>;

/** A duration (30m, 1h30m) read in milliseconds, refused at its line when it is none. */
function duration(text: string, at: ReadAt, path: readonly (string | number)[]): number {
  const ms = parseDuration(text);
  if (ms === undefined)
    throw new UserError(`'${at.name(path)}' is '${text}', not a duration`, { file: at.file, line: at.lineOf(path), hint: DURATION_HINT });
  return ms;
}

/** An IANA time zone (UTC when not given), refused at its line when the runtime does not know it. */
function zone(tz: string | undefined, at: ReadAt, path: readonly (string | number)[]): string {
  if (tz === undefined) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw new UserError(`'${at.name(path)}' is '${tz}', not a time zone`, {
      file: at.file,
      line: at.lineOf(path),
      hint: 'use an IANA time zone name, e.g. UTC or Europe/Paris',
    });
  }
}

/** True for a real calendar day written YYYY-MM-DD. */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** An environment's windows: each duration, time zone and freeze day read strictly (cron expressions are checked where they are parsed, promote/gates). */
function readWindows(w: RawWindows, at: ReadAt): WindowRules {
  const windows = (kind: 'allow' | 'deny'): WindowRule[] =>
    (w[kind] ?? []).map((x, j) => ({
      cron: x.cron,
      duration: x.duration,
      durationMs: duration(x.duration, at, [kind, j, 'duration']),
      timezone: zone(x.timezone, at, [kind, j, 'timezone']),
      line: at.lineOf([kind, j, 'cron']),
    }));
  const freeze = (w.freeze ?? []).map((f, j): FreezeRule => {
    for (const k of ['from', 'to'] as const)
      if (!isDay(f[k]))
        throw new UserError(`'${at.name(['freeze', j, k])}' is '${f[k]}', not a day`, {
          file: at.file,
          line: at.lineOf(['freeze', j, k]),
          hint: 'write the day as YYYY-MM-DD, e.g. 2026-12-24',
        });
    if (f.from > f.to)
      throw new UserError(`freeze ${j + 1} of environment ${at.environment} ends (${f.to}) before it starts (${f.from})`, {
        file: at.file,
        line: at.lineOf(['freeze', j, 'to']),
        hint: 'from is the first frozen day, to the last',
      });
    return {
      from: f.from,
      to: f.to,
      timezone: zone(f.timezone, at, ['freeze', j, 'timezone']),
      ...(f.reason !== undefined ? { reason: f.reason } : {}),
    };
  });
  return { allow: windows('allow'), deny: windows('deny'), freeze };
}

/** The top-level `render:` (a mode, or a mapping): defaults applied, each ignore pattern compiled (a bad one refused at its line). */
function readRender(r: RawConfig['render'], at: ReadAt): RenderConfig {
  const raw: RawRender = typeof r === 'string' ? { mode: r } : (r ?? {});
  for (const [i, pattern] of (raw.ignore ?? []).entries())
    try {
      new RegExp(pattern);
    } catch (e) {
      throw new UserError(`render.ignore: ${JSON.stringify(pattern)} is no regular expression (${(e as Error).message})`, {
        file: at.file,
        line: at.lineOf(['ignore', i]),
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

/** A window as written: its cron, duration and time zone (not the milliseconds or the line read beside them). */
const shownWindow = (w: WindowRule) => ({ cron: w.cron, duration: w.duration, timezone: w.timezone });

/** Every reader a declaration may name, by that name. */
export const READERS = {
  /** A duration (min-soak): milliseconds; shown as the file writes one (1h30m). */
  duration: {
    read: (v: string | undefined, at: ReadAt) => (v === undefined ? undefined : duration(v, at, [])),
    show: (ms: number) => formatDuration(ms).replace(/ /g, ''),
  },
  /** An environment's `windows:`. */
  windows: {
    read: (v: RawWindows | undefined, at: ReadAt) => (v ? readWindows(v, at) : undefined),
    show: (w: WindowRules) => ({ allow: w.allow.map(shownWindow), deny: w.deny.map(shownWindow), freeze: w.freeze }),
  },
  /** The top-level `render:`, always read (its defaults filled in); the mode only when the file sets it. */
  render: {
    read: (v: RawConfig['render'], at: ReadAt) => readRender(v, at),
    show: (r: RenderConfig) => ({
      ...(r.mode !== undefined ? { mode: r.mode } : {}),
      ignore: r.ignore,
      'ignore-defaults': r.ignoreDefaults,
      summarize: r.summarize,
      ...(r.kubeVersion ? { 'kube-version': r.kubeVersion } : {}),
      'api-versions': r.apiVersions,
    }),
  },
  /** A `verify:` block, the issuer defaulted. */
  verify: {
    read: (v: RawVerify | undefined): VerifyConfig | undefined => {
      if (!v) return undefined;
      const a = v.attestation;
      return {
        ...(v.keys ? { keys: v.keys } : {}),
        ...(a ? { attestation: { trustedRoot: a['trusted-root'], issuer: a.issuer ?? GITHUB_ACTIONS_ISSUER, identity: a.identity } } : {}),
      };
    },
    show: (v: VerifyConfig) => {
      const a = v.attestation;
      return {
        ...(v.keys ? { keys: v.keys } : {}),
        ...(a ? { attestation: { 'trusted-root': a.trustedRoot, issuer: a.issuer, identity: a.identity } } : {}),
      };
    },
  },
  /** `pins:`, each rule as written. */
  pins: {
    read: (v: RawConfig['pins']): PinRule[] | undefined => v?.map((p) => ({ files: p.files, table: p.table, names: p.names })),
    show: (pins: PinRule[]) => pins.map((p) => ({ files: p.files, ...(p.table !== undefined ? { table: p.table } : {}), names: p.names })),
  },
  /** An OCI registry and path (chart-registry): without `oci://` and a trailing slash. */
  'oci-path': {
    read: (v: string | undefined) => (v ? v.replace(/^oci:\/\//, '').replace(/\/$/, '') : undefined),
    show: (v: string) => v,
  },
} satisfies Record<string, Reader<unknown, unknown>>;

/** A reader's name, as a declaration's `reader:` gives it. */
export type ReaderName = keyof typeof READERS;

/** What the named reader reads a value into. */
export type ReadType<N extends ReaderName> = NonNullable<ReturnType<(typeof READERS)[N]['read']>>;

/** For a place's keys → reader names (raw.generated.ts), what each key is read into. */
export type ReadInto<M> = { -readonly [K in keyof M]: M[K] extends ReaderName ? ReadType<M[K]> : never };

/** A reader called on a value of any key (the key → reader lists say which, the types say what comes back). */
interface AnyReader {
  read(value: unknown, at: ReadAt): unknown;
  show(value: unknown): unknown;
}

/** The named reader, for a value not typed by its key. */
export const readerOf = (name: ReaderName): AnyReader => READERS[name];

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYamlText } from 'yaml';
import semver from 'semver';
import { throwAll, UserError } from '../errors.ts';
import { configLine, loadConfig, type Config } from '../config/config.ts';
import { findCharts } from '../charts/discover.ts';
import { chartChoice, ignoredEntries, selectCharts, skippedLine, uncoveredCharts, unmatchedEntries, whereOf } from '../charts/selection.ts';
import { resolveInside } from '../fs/workspace.ts';
import type { PreMajor } from '../commits/version.ts';
import type { CommitMode } from '../config/config.ts';
import { settingsFor, type InputsOf } from '../settings/read.ts';
import { RELEASE } from '../settings/table-release.ts';
import { matchFiles, type ReleaseFilesRequest, type ResolvedPin } from './plan.ts';
import type { Person } from './ports.ts';
import type { ReleaseAssetFile } from '../github/release-assets.ts';

/** Every setting of a run, resolved from inputs and config and validated. */
export interface ReleaseSettings extends Pick<
  ReleaseFilesRequest,
  'versionFile' | 'packages' | 'pins' | 'charts' | 'allCharts' | 'chartVersionPolicy' | 'changelog' | 'date'
> {
  /** Absolute working directory (the repository root or a folder in it). */
  root: string;
  dryRun: boolean;
  version?: string;
  prerelease?: string;
  initialVersion: string;
  preMajor: PreMajor;
  tagPrefix: string;
  lockCommand?: string[];
  lockTimeoutMs: number;
  branchPrefix: string;
  /** Base branch; required outside a dry run. */
  base?: string;
  labels: string[];
  freezeLabel: string;
  author: Person;
  committer: Person;
  /** How the release commit and tag are written (the input, else the config; undefined or git: pushed). */
  commitMode?: CommitMode;
  repository?: string;
  serverUrl: string;
  /** notify-pulls: the trail comment "Released in vX" on every pull request the published release holds. */
  notifyPulls?: boolean;
  /** What the run says once about the charts: `charts: []`, or the chart folders `charts:` leaves out. */
  chartNotes?: string[];
  /** The files the `assets` input names, attached to the release's draft before it is published. */
  assets?: ReleaseAssetFile[];
}

/** The action's inputs as typed values (empty string inputs are undefined). */
export type ReleaseInputs = Omit<InputsOf<typeof RELEASE>, 'author' | 'committer'> & {
  /** The author input, else the terminal user's identity, else github-actions[bot] (operations/release/request.ts). */
  author: Person;
  committer: Person;
};

/** Where the run happens: the workspace and what the runner says about the event. */
export interface RunEnvironment {
  workspace: string;
  /** GITHUB_REF, e.g. refs/heads/main. */
  ref?: string;
  repository?: string;
  serverUrl: string;
  /** YYYY-MM-DD */
  date: string;
}

const LOCK_TIMEOUT_MS = 10 * 60 * 1000;
/** Folders never walked; and folders whose files are no package or pin (a chart's Chart.yaml in them still counts). */
const SKIP = new Set(['.git', 'node_modules']);
const NOT_PACKAGES = new Set(['.venv', 'venv', '__pycache__']);

/**
 * One walk of the workspace, symlinks not followed: every file (POSIX,
 * relative) for package and pin globs, outside virtualenvs and caches; and
 * every Chart.yaml, as listChartFiles finds them (it skips only .git and
 * node_modules). Sorted. One walk, not one per list: a large monorepo's tree
 * is read once at the start of every release.
 */
export function listFiles(root: string): { files: string[]; chartFiles: string[] } {
  const files: string[] = [];
  const chartFiles: string[] = [];
  const walk = (abs: string, rel: string, packages: boolean) => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      // An unreadable folder where packages are looked for is an error; in a virtualenv or cache it is left out
      // (listChartFiles leaves out every folder it cannot read).
      if (packages) throw e;
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP.has(e.name)) walk(join(abs, e.name), r, packages && !NOT_PACKAGES.has(e.name));
      } else if (e.isFile()) {
        if (packages) files.push(r);
        if (e.name === 'Chart.yaml') chartFiles.push(r);
      }
    }
  };
  walk(root, '', true);
  return { files: files.sort(), chartFiles: chartFiles.sort() };
}

/** Checks a branch-like input: no option-looking start, no spaces, no `..`, nothing git refuses in a ref. */
export function checkRefInput(value: string, input: string): string {
  if (
    value.startsWith('-') ||
    /[\s~^:?*[\\\x00-\x1f\x7f]/.test(value) ||
    value.includes('..') ||
    value.includes('@{') ||
    value.endsWith('.lock') ||
    value.endsWith('/') ||
    value.startsWith('/')
  )
    throw new UserError(`is '${value}', not a valid branch name`, { input, hint: 'use letters, digits, -, _, . and /' });
  return value;
}

function parseList(text: string, input: string): unknown {
  try {
    return parseYamlText(text);
  } catch (e) {
    throw new UserError(`is not valid YAML: ${(e as Error).message.split('\n')[0]}`, { input, hint: 'give it like the config key' });
  }
}

function parseLockCommand(text: string): string[] {
  const v = parseList(text, 'lock-command');
  if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string' && x !== ''))
    throw new UserError('is not a list of arguments', { input: 'lock-command', hint: 'write it as [poetry, lock, --no-update]' });
  return v as string[];
}

function parsePins(text: string): Config['pins'] {
  const v = parseList(text, 'pins');
  const ok = Array.isArray(v) && v.every(isPinEntry);
  if (!ok)
    throw new UserError('is not a list of {files, table, names}', {
      input: 'pins',
      hint: 'e.g. - {files: services/*/pyproject.toml, table: tool.poetry.dependencies, names: [liba]}',
    });
  return (v as Config['pins']).map((p) => ({ files: p.files, table: p.table, names: p.names }));
}

/** One `pins` entry as the input gives it: {files, table?, names} and no other key. */
function isPinEntry(p: unknown): boolean {
  if (p === null || typeof p !== 'object') return false;
  const { files, table, names } = p as Record<string, unknown>;
  return (
    typeof files === 'string' &&
    (table === undefined || typeof table === 'string') &&
    Array.isArray(names) &&
    names.length > 0 &&
    names.every((n: unknown) => typeof n === 'string') &&
    Object.keys(p).every((k) => ['files', 'table', 'names'].includes(k))
  );
}

/** The 1-based line where `text` first mentions `needle` after `key:` (for config errors). */
function lineOfKey(text: string | undefined, key: string, needle: string): number | undefined {
  if (!text) return undefined;
  const lines = text.split(/\r?\n/);
  const esc = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const i = lines.findIndex((l) => new RegExp(key ? `\\b${key}:\\s*['"]?${esc}` : esc).test(l));
  return i === -1 ? undefined : i + 1;
}

/** The settings known before the workspace's files are listed: all but the files a release edits. */
export type ReleaseBase = Omit<ReleaseSettings, 'packages' | 'pins' | 'charts' | 'allCharts' | 'lockCommand' | 'chartNotes'>;

/**
 * A run's settings in two stages: `base`, from the inputs and the config,
 * validated; `complete()` lists the workspace's files and resolves the
 * packages, pins, lock command and charts (their errors are thrown there).
 * git can start walking the commits since the last release between the two.
 */
export interface StagedSettings {
  base: ReleaseBase;
  complete(): ReleaseSettings;
}

/**
 * Resolves inputs and the config into the settings of a run, validating all
 * of them (and that every path and glob names something) before anything
 * touches the network or the disk. Inputs override the config.
 */
export function resolveSettings(inputs: ReleaseInputs, env: RunEnvironment): ReleaseSettings {
  return stageSettings(inputs, env).complete();
}

/** resolveSettings in its two stages: the base now, the files when `complete()` is called. */
export function stageSettings(inputs: ReleaseInputs, env: RunEnvironment, loaded?: Config): StagedSettings {
  const root = resolveInside(env.workspace, inputs.workingDirectory, 'working-directory');
  const config = loaded ?? loadConfig(root, inputs.config);
  const configText = config.file ? readFileSync(resolveInside(root, config.file, 'config'), 'utf8') : undefined;
  if (semver.valid(inputs.initialVersion) !== inputs.initialVersion)
    throw new UserError(`is '${inputs.initialVersion}', not a SemVer version`, {
      input: 'initial-version',
      hint: 'use MAJOR.MINOR.PATCH, e.g. 0.1.0',
    });
  if (inputs.version !== undefined && semver.valid(inputs.version) !== inputs.version)
    throw new UserError(`is '${inputs.version}', not a SemVer version`, {
      input: 'version',
      hint: 'use MAJOR.MINOR.PATCH without a v, e.g. 1.4.0',
    });
  if (inputs.prerelease !== undefined && !/^[A-Za-z][0-9A-Za-z-]*$/.test(inputs.prerelease))
    throw new UserError(`is '${inputs.prerelease}'`, { input: 'prerelease', hint: 'use an identifier such as rc, beta or alpha' });
  checkRefInput(inputs.branchPrefix, 'branch-prefix');
  if (inputs.base !== undefined) checkRefInput(inputs.base, 'base');
  // Input > config > default, decided for every operation in settings/resolve.ts.
  const resolved = settingsFor(RELEASE, inputs, config);
  const { tagPrefix } = resolved;
  if (/[\s~^:?*[\\]/.test(tagPrefix) || tagPrefix.startsWith('-'))
    throw new UserError(`tag prefix '${tagPrefix}' cannot start a git tag name`, { hint: 'use e.g. v or release-' });
  // One walk of the workspace for the assets (now, before any request) and the files a release edits (later).
  let listed: ReturnType<typeof listFiles> | undefined;
  const list = () => (listed ??= listFiles(root));
  const base: ReleaseBase = {
    root,
    assets: assetFiles(inputs.assets, root, list),
    dryRun: inputs.dryRun,
    version: inputs.version,
    prerelease: inputs.prerelease,
    initialVersion: inputs.initialVersion,
    preMajor: inputs.preMajor,
    tagPrefix,
    versionFile: resolved.versionFile,
    chartVersionPolicy: config.chartVersionPolicy,
    changelog: resolved.changelog,
    lockTimeoutMs: LOCK_TIMEOUT_MS,
    branchPrefix: inputs.branchPrefix,
    base: inputs.base ?? (env.ref?.startsWith('refs/heads/') ? env.ref.slice('refs/heads/'.length) : undefined),
    labels: inputs.labels,
    freezeLabel: inputs.freezeLabel,
    author: inputs.author,
    committer: inputs.committer,
    commitMode: resolved.commitMode,
    repository: env.repository,
    serverUrl: env.serverUrl,
    date: env.date,
    ...(resolved.notifyPulls ? { notifyPulls: true } : {}),
  };
  return { base, complete: () => ({ ...base, ...releaseFiles(inputs, root, config, configText, list().files, list().chartFiles) }) };
}

/**
 * The files the `assets` input names (paths or globs, relative to the root; a
 * symlink or a file under .git or node_modules is not one), each attached
 * under its base name: a line matching nothing, or two files of one name,
 * is a usage error before any request.
 */
function assetFiles(patterns: readonly string[], root: string, list: () => { files: string[] }): ReleaseAssetFile[] {
  if (patterns.length === 0) return [];
  const paths = [...new Set(patterns.flatMap((p) => matchFiles(list().files, p, 'assets', { input: 'assets' })))];
  const byName = new Map<string, string>();
  for (const p of paths) {
    const clash = byName.get(basename(p));
    if (clash)
      throw new UserError(`: ${clash} and ${p} would both be the release asset ${basename(p)}`, {
        input: 'assets',
        hint: 'name one of them, or give them different file names',
      });
    byName.set(basename(p), p);
  }
  return paths.map((p) => ({ name: basename(p), path: join(root, p), size: statSync(join(root, p)).size }));
}

/** The files a release edits, found in the workspace: packages, pins, lock command and charts. */
function releaseFiles(
  inputs: ReleaseInputs,
  root: string,
  config: Config,
  configText: string | undefined,
  files: readonly string[],
  chartFiles: readonly string[],
): Pick<ReleaseSettings, 'packages' | 'pins' | 'charts' | 'allCharts' | 'lockCommand' | 'chartNotes'> {
  const packages = [
    ...new Set(
      (inputs.packages.length > 0 ? inputs.packages : config.packages).flatMap((p) =>
        matchFiles(
          files,
          p,
          'packages',
          inputs.packages.length > 0 ? undefined : { file: config.file, line: lineOfKey(configText, '', p) },
        ),
      ),
    ),
  ];
  const pinRules = inputs.pins !== undefined ? parsePins(inputs.pins) : config.pins;
  const pins: ResolvedPin[] = pinRules.map((r) => {
    const where =
      inputs.pins !== undefined
        ? undefined
        : { file: config.file, line: lineOfKey(configText, 'table', r.table ?? '') ?? lineOfKey(configText, 'files', r.files) };
    return { pattern: r.files, files: matchFiles(files, r.files, 'pins.files', where), table: r.table, names: r.names, where };
  });
  const lockCommand = inputs.lockCommand !== undefined ? parseLockCommand(inputs.lockCommand) : config.lockCommand;

  const allCharts = chartFiles.map((f) => (f === 'Chart.yaml' ? '.' : f.slice(0, -'/Chart.yaml'.length)));
  // The one meaning of charts (charts/selection.ts): the input, else the config's — absent: every chart;
  // `[]`: none, said once; a pattern matching nothing is an error at its line; folders left out are said.
  const tops = findCharts(chartFiles);
  const lineOf = (path: readonly (string | number)[]) => configLine(config, path);
  const choice = chartChoice(inputs.charts, config, lineOf);
  const ignored = ignoredEntries(config, lineOf);
  throwAll(unmatchedEntries([...(choice.kind === 'patterns' ? choice.entries : []), ...ignored], tops));
  const charts = selectCharts(tops, choice);
  const chartNotes =
    choice.kind === 'none'
      ? [`${whereOf(choice.at)}: charts: [] — no chart to release`]
      : inputs.charts.length > 0
        ? []
        : [skippedLine(uncoveredCharts(tops, choice, ignored), { file: config.file, line: lineOf(['charts']) })].filter(
            (l): l is string => l !== undefined,
          );

  return { packages, pins, charts, allCharts, lockCommand, chartNotes };
}

import { posix } from 'node:path';
import type { Inputs } from '../action/inputs.ts';
import { UserError } from '../errors.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { resolveInside, resolveWorkingDirectory, workspaceRelative } from '../fs/workspace.ts';
import { chartPatternMatcher, findCharts, normalizePattern } from '../charts/discover.ts';
import { listChartFiles } from '../charts/tree.ts';
import { parseVersionInput, planChartBumps, type BaseVersions, type BumpLevel, type BumpWarning, type ChartBump } from '../charts/bump.ts';
import { checkBaseRef, readBaseVersions, resolveBumpBase, type BumpEvent } from '../charts/base.ts';
import { gitSpawner, gitText, ObjectReader, type GitSpawner } from '../git/objects.ts';
import { applyEdits, realFs } from '../edits/transaction.ts';
import { renderDiff, type FileChange } from '../edits/diff.ts';
import { didYouMean } from '../text/suggest.ts';
import { stripBom } from '../text/bytes.ts';
import type { Reporter } from '../report/reporter.ts';
import { relocateErrors } from './world.ts';

const LEVELS = ['patch', 'minor', 'major'] as const;

/** What to bump: the bump-chart action's inputs and `lockstep bump`'s flags both become this. */
export interface BumpRequest {
  /** Relative to the workspace. */
  workingDirectory: string;
  config?: string;
  /** Chart folders or globs; empty takes the config's `charts`. */
  charts: string[];
  level: BumpLevel;
  /** The ref the level applies to (default: the pull request's base, else the default branch's tip). */
  base?: string;
  version?: string;
  /** A version, or `file` for the config's version file. */
  appVersion?: string;
  changelogEntry?: string;
  cascade: boolean;
  artifacthubChanges: boolean;
  dryRun: boolean;
}

/** Reads and checks the bump inputs (the action's INPUT_* or the CLI's flags, through the same Inputs). */
export function bumpRequest(inputs: Inputs): BumpRequest {
  const version = inputs.optional('version');
  const entry = inputs.optional('changelog-entry');
  if (entry !== undefined && /[\r\n]/.test(entry)) throw new UserError("input 'changelog-entry' spans several lines", { hint: 'give one line of text' });
  // The runner still passes an input the action no longer declares: say where it went instead of ignoring it.
  if (inputs.optional('chart') !== undefined) throw new UserError("input 'chart' was renamed to 'charts'", { hint: 'write charts: under with: (the same paths or globs)' });
  const base = inputs.optional('base');
  // A ref is data for git, never an option or a range: checked with the other inputs, before git runs.
  if (base !== undefined) checkBaseRef(base);
  return {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    charts: inputs.list('charts'),
    level: inputs.choice('level', LEVELS, 'patch'),
    base,
    version: version === undefined ? undefined : parseVersionInput(version, 'version'),
    appVersion: inputs.optional('app-version'),
    changelogEntry: entry,
    cascade: inputs.boolean('cascade', true),
    artifacthubChanges: inputs.boolean('artifacthub-changes', false),
    dryRun: inputs.boolean('dry-run', false),
  };
}

/** The outside world a bump reads: the workspace, git, the event that started it, the date, and where progress goes. */
export interface BumpWorld {
  /** Absolute workspace root; working-directory is relative to it. */
  workspace: string;
  /** A git spawner for a folder (default: real git). */
  git?: (cwd: string) => GitSpawner;
  /** The event, for a pull request's base; `problem` says why a pull request event's payload could not be read. */
  event?: { name?: string; payload?: BumpEvent; problem?: string };
  /** YYYY-MM-DD for changelog headings. */
  date: string;
  reporter: Reporter;
}

/** One bumped chart, as the `charts` output lists it (workspace-relative paths). */
export interface BumpRow {
  path: string;
  name: string;
  'previous-version': string;
  version: string;
  'previous-app-version': string;
  'app-version': string;
  cascaded: boolean;
  files: string[];
}

/** The action's outputs, as strings (JSON ones on one line). */
export interface BumpOutputs {
  version: string;
  'previous-version': string;
  'app-version': string;
  'changed-files': string;
  charts: string;
}

/** What a bump did (or, on a dry run, would do). */
export interface BumpResult {
  outputs: BumpOutputs;
  charts: BumpRow[];
  /** Why versions were left alone or repaired, one line per chart. */
  notes: string[];
  warnings: BumpWarning[];
  /** Every file changed, workspace-relative, with its text before (undefined: new) and after. */
  changes: FileChange[];
  /** The unified diff of `changes`, safe for the runner's log. */
  diff: string;
  dryRun: boolean;
  /** Names the base the levels applied to. */
  base?: string;
}

/** Selects the charts, reads the base versions, plans, checks and writes (unless dry run) every bump. */
export async function runBump(req: BumpRequest, world: BumpWorld): Promise<BumpResult> {
  // The level reads the base through git: a missing folder or no checkout is the user's to fix, not a git crash.
  const root = resolveWorkingDirectory(world.workspace, req.workingDirectory);
  const prefix = workspaceRelative(world.workspace, root);
  const show = (p: string) => (prefix === '' ? p : posix.join(prefix, p));
  try {
    return await bumpIn(root, req, world, show);
  } catch (e) {
    throw relocateErrors(e, show);
  }
}

async function bumpIn(root: string, req: BumpRequest, world: BumpWorld, show: (p: string) => string): Promise<BumpResult> {
  const config = loadConfig(root, req.config);
  const read = (p: string) => realFs.readFile(resolveInside(root, p, p));
  const appVersion = resolveAppVersion(req.appVersion, config, read);
  const linked: string[] = [];
  const files = listChartFiles(root, linked);
  const allDirs = files.map((f) => posix.dirname(f));
  const selected = selectCharts(root, req, config, files, linked);

  // The level applies to the versions at the base, read through git (after every input and the config were checked).
  const base = await baseVersions(root, req, world, req.cascade ? [...new Set([...selected, ...allDirs])] : selected);
  const plan = planChartBumps(selected, allDirs, read, {
    level: req.level,
    version: req.version,
    appVersion,
    entry: req.changelogEntry,
    cascade: req.cascade,
    artifacthubChanges: req.artifacthubChanges,
    policy: config.chartVersionPolicy,
    changelog: config.changelog,
    date: world.date,
    base,
  });
  const applied = applyEdits(root, plan.edits, { dryRun: req.dryRun });
  const changed = new Set(applied.changes.map((c) => c.path));
  const changes = applied.changes.map((c) => ({ ...c, path: show(c.path) }));
  const charts = plan.bumps.map((b) => row(b, changed, show));
  // The primary chart is the first one asked for (the outputs version/app-version describe it).
  const primary = charts.find((r) => r.path === show(selected[0])) ?? charts.find((r) => !r.cascaded) ?? charts[0];
  return {
    outputs: {
      version: primary?.version ?? '',
      'previous-version': primary?.['previous-version'] ?? '',
      'app-version': primary?.['app-version'] ?? '',
      'changed-files': JSON.stringify([...changed].map(show)),
      charts: JSON.stringify(charts),
    },
    charts,
    notes: plan.bumps.flatMap((b) => [b.repaired, b.leftAlone].filter((n): n is string => n !== undefined).map((n) => `${b.name} (${show(b.path)}): ${n}`)),
    warnings: plan.warnings.map((w) => ({ ...w, file: w.file ? show(w.file) : undefined })),
    changes,
    diff: renderDiff(changes),
    dryRun: req.dryRun,
    base: base.label,
  };
}

function row(b: ChartBump, changed: ReadonlySet<string>, show: (p: string) => string): BumpRow {
  return {
    path: show(b.path),
    name: b.name,
    'previous-version': b.previousVersion,
    version: b.version,
    'previous-app-version': b.previousAppVersion ?? '',
    'app-version': b.appVersion ?? '',
    cascaded: b.cascaded,
    files: [b.file, ...(b.changelog ? [b.changelog] : []), ...(b.lock ? [b.lock] : [])].filter((f) => changed.has(f)).map(show),
  };
}

/** `file` reads the first line of the config's version file; anything else is the version itself. */
function resolveAppVersion(given: string | undefined, config: Config, read: (p: string) => string | undefined): string | undefined {
  let appVersion = given;
  if (appVersion === 'file') {
    const text = read(config.versionFile);
    if (text === undefined) throw new UserError(`version file ${config.versionFile} does not exist`, { hint: 'create it holding X.Y.Z, or give app-version' });
    appVersion = stripBom(text).split(/\r?\n/)[0].trim();
    if (appVersion === '') throw new UserError(`version file ${config.versionFile} is empty`, { file: config.versionFile, line: 1, hint: 'write X.Y.Z on its first line' });
  }
  if (appVersion !== undefined && /\s/.test(appVersion)) throw new UserError(`app-version '${appVersion}' contains spaces`, { hint: 'give one version, e.g. 1.4.2' });
  return appVersion;
}

/** The chart folders the patterns name (the request's, else the config's); a pattern that matches nothing is an error. */
function selectCharts(root: string, req: BumpRequest, config: Config, files: readonly string[], linked: readonly string[]): string[] {
  const allDirs = files.map((f) => posix.dirname(f));
  const patterns = req.charts.length > 0 ? req.charts : (config.charts ?? []);
  // Bumping every chart is never a safe guess: the user names them.
  if (patterns.length === 0)
    throw new UserError('no charts to bump: the charts input is empty and the config has no charts', {
      file: config.file,
      hint: 'set charts: under with: (paths or globs, e.g. charts/myapp), or `charts: [charts/*]` in the config',
    });
  const picked = new Set<string>();
  const topCharts = findCharts(files);
  for (const p of patterns) {
    // A chart reached through a symbolic link is refused by name (it could lie outside the workspace).
    const viaLink = linked.find(chartPatternMatcher([p]));
    if (viaLink !== undefined) resolveInside(root, viaLink === '.' ? 'Chart.yaml' : `${viaLink}/Chart.yaml`, 'charts');
    const found = findCharts(files, [p]);
    // A subchart folder named exactly is a chart of its own for bumping.
    if (found.length === 0 && allDirs.includes(normalizePattern(p))) found.push(normalizePattern(p));
    if (found.length === 0)
      throw new UserError(`chart '${p}' matches no folder holding a Chart.yaml${didYouMean(normalizePattern(p), topCharts)}`, {
        file: req.charts.length > 0 ? undefined : config.file,
        hint: req.charts.length > 0 ? 'fix the charts input (paths or globs relative to working-directory)' : 'fix `charts:` in the config, or give the charts input',
      });
    found.forEach((d) => picked.add(d));
  }
  return [...picked];
}

/**
 * The chart versions at the base, for `dirs`. Only a level needs them for the
 * charts asked for, but cascaded parents are patch-bumped from the base too.
 */
async function baseVersions(root: string, req: BumpRequest, world: BumpWorld, dirs: readonly string[]): Promise<BaseVersions> {
  const git = (world.git ?? gitSpawner)(root);
  const reader = new ObjectReader(root);
  try {
    const ev = req.base === undefined ? world.event : undefined;
    // A pull request run whose payload is lost must not quietly fall back to the default branch.
    if (ev?.problem)
      throw new UserError(`the ${ev.name} event file ${ev.problem}`, { hint: 'run this step in a GitHub Actions job, or set base: to the branch the pull request merges into' });
    const base = await resolveBumpBase(git, reader, { base: req.base, event: ev?.payload ?? {} });
    for (const f of base.fetched) world.reporter.info(f);
    // git names paths from the repository's top; chart folders are relative to working-directory.
    const prefix = (await gitText(git, ['rev-parse', '--show-prefix'])).trim();
    return await readBaseVersions(reader, base, dirs, prefix);
  } finally {
    reader.dispose();
  }
}

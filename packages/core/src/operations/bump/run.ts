import { posix, resolve } from 'node:path';
import { readBaseVersions, resolveBumpBase, type BumpEvent } from '../../charts/base.ts';
import { ParseCache } from '../../text/parse-cache.ts';
import { planChartBumps, type BaseVersions, type BumpPlan, type BumpWarning, type ChartBump } from '../../charts/bump.ts';
import { chartPatternMatcher, findCharts, normalizePattern } from '../../charts/discover.ts';
import { chartChoice, selectCharts, unmatchedEntries, whereOf } from '../../charts/selection.ts';
import { listChartFiles } from '../../charts/tree.ts';
import { loadCheckedConfig } from '../../settings/validate.ts';
import { configLine, type Config } from '../../config/config.ts';
import { renderDiff, type FileChange } from '../../edits/diff.ts';
import { applyEdits, realFs } from '../../edits/transaction.ts';
import { named, setting, theInput, throwAll, UserError, words } from '../../errors.ts';
import { resolveInside, workspaceRelative } from '../../fs/workspace.ts';
import { headProblem } from '../../git/local-repo.ts';
import { ObjectReader } from '../../git/cat-file.ts';
import { gitSpawner } from '../../git/objects.ts';
import { stripBom } from '../../text/bytes.ts';
import { relocateErrors, type World } from '../../contract/world.ts';
import type { BumpRequest } from './request.ts';
import { pathPrefix } from '../../git/local-repo.ts';

// Loaded only after the request accepted the inputs and the working directory: everything here
// needs the YAML, SemVer and glob libraries, git or the diff library.

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

/** Where the bump works: the working directory (absolute) and how one of its paths is shown (workspace-relative). */
interface Route {
  root: string;
  show: (p: string) => string;
}

/**
 * The bump: selects the charts, reads their versions at the base, plans,
 * writes (unless dry run) and describes every bump. Errors name workspace
 * paths, whatever the working directory.
 */
export async function runBump(req: BumpRequest, world: World): Promise<BumpResult> {
  const route = routeOf(req, world);
  try {
    return await bumpIn(route, req, world);
  } catch (e) {
    throw relocateErrors(e, route.show);
  }
}

/** The working directory the request checked (path arithmetic only: it was checked once, by bumpRequest). */
function routeOf(req: BumpRequest, world: World): Route {
  const root = resolve(world.workspace, req.workingDirectory);
  const prefix = workspaceRelative(world.workspace, root);
  return { root, show: (p) => (prefix === '' ? p : posix.join(prefix, p)) };
}

/** The steps, in order: config and app version, the charts, the base, the plan, the edits, the result. */
async function bumpIn({ root, show }: Route, req: BumpRequest, world: World): Promise<BumpResult> {
  const config = await loadCheckedConfig(root, req.config);
  const read = (p: string) => realFs.readFile(resolveInside(root, p, p));
  const appVersion = resolveAppVersion(req.appVersion, config, read);
  const linked: string[] = [];
  const files = listChartFiles(root, linked);
  const allDirs = files.map((f) => posix.dirname(f));
  const selected = chartsToBump(root, req, world, config, files, linked);

  // The level applies to the versions at the base, read through git (after every input and the config were checked).
  const base = await baseVersions(root, req, world, req.cascade ? [...new Set([...selected, ...allDirs])] : selected);
  // One parse cache for the run: the planner, the edits and their checks share each file's parse.
  const options = {
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
  };
  const plan = planChartBumps(selected, allDirs, read, options, new ParseCache());
  const applied = applyEdits(root, plan.edits, { dryRun: req.dryRun });
  return resultOf(plan, applied.changes, selected, base, req.dryRun, show);
}

/** The result of a plan whose edits made `changes`: outputs, one row per chart, notes and warnings, all with workspace paths. */
function resultOf(
  plan: BumpPlan,
  made: readonly FileChange[],
  selected: readonly string[],
  base: BaseVersions,
  dryRun: boolean,
  show: (p: string) => string,
): BumpResult {
  const changed = new Set(made.map((c) => c.path));
  const changes = made.map((c) => ({ ...c, path: show(c.path) }));
  const charts = plan.bumps.map((b) => row(b, changed, show));
  // The primary chart is the first one asked for (the outputs version/app-version describe it).
  const primary =
    (selected.length > 0 ? charts.find((r) => r.path === show(selected[0])) : undefined) ?? charts.find((r) => !r.cascaded) ?? charts[0];
  return {
    outputs: {
      version: primary?.version ?? '',
      'previous-version': primary?.['previous-version'] ?? '',
      'app-version': primary?.['app-version'] ?? '',
      'changed-files': JSON.stringify([...changed].map(show)),
      charts: JSON.stringify(charts),
    },
    charts,
    notes: plan.bumps.flatMap((b) =>
      [b.repaired, b.leftAlone].filter((n): n is string => n !== undefined).map((n) => `${b.name} (${show(b.path)}): ${n}`),
    ),
    warnings: plan.warnings.map((w) => ({ ...w, file: w.file ? show(w.file) : undefined })),
    changes,
    diff: renderDiff(changes),
    dryRun,
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
    if (text === undefined)
      throw new UserError(`version file ${config.versionFile} does not exist`, {
        hint: words`create it holding X.Y.Z, or give ${named('app-version')}`,
      });
    appVersion = stripBom(text).split(/\r?\n/)[0].trim();
    if (appVersion === '')
      throw new UserError(`version file ${config.versionFile} is empty`, {
        file: config.versionFile,
        line: 1,
        hint: 'write X.Y.Z on its first line',
      });
  }
  if (appVersion !== undefined && /\s/.test(appVersion))
    throw new UserError(words`${named('app-version')} '${appVersion}' contains spaces`, { hint: 'give one version, e.g. 1.4.2' });
  return appVersion;
}

/**
 * The chart folders to bump, by the one meaning of charts (charts/selection.ts): the input, else the
 * config's (`[]`: none, said once); a pattern that matches nothing is an error. With neither, the user
 * names them: bumping every chart is never a safe guess.
 */
function chartsToBump(
  root: string,
  req: BumpRequest,
  world: World,
  config: Config,
  files: readonly string[],
  linked: readonly string[],
): string[] {
  const allDirs = files.map((f) => posix.dirname(f));
  const choice = chartChoice(req.charts, config, (path) => configLine(config, path));
  if (choice.kind === 'every')
    throw new UserError(words`no charts to bump: ${theInput('charts')} is empty and the config has no charts`, {
      file: config.file,
      hint: words`${setting('charts')} (paths or globs, e.g. charts/myapp), or \`charts: [charts/*]\` in the config`,
    });
  if (choice.kind === 'none') {
    world.reporter.info(`${whereOf(choice.at)}: charts: [] — no chart to bump`);
    return [];
  }
  const topCharts = findCharts(files);
  // A chart reached through a symbolic link is refused by name (it could lie outside the workspace).
  for (const e of choice.entries) {
    const viaLink = linked.find(chartPatternMatcher([e.pattern]));
    if (viaLink !== undefined) resolveInside(root, viaLink === '.' ? 'Chart.yaml' : `${viaLink}/Chart.yaml`, 'charts');
  }
  // A subchart folder named exactly is a chart of its own for bumping.
  const subcharts = choice.entries.map((e) => normalizePattern(e.pattern)).filter((p) => allDirs.includes(p) && !topCharts.includes(p));
  const candidates = [...topCharts, ...subcharts];
  throwAll(unmatchedEntries(choice.entries, candidates));
  // In the order asked for: the first chart named is the one the outputs version and app-version describe.
  const picked = new Set<string>();
  for (const e of choice.entries) for (const d of selectCharts(candidates, { kind: 'patterns', entries: [e] })) picked.add(d);
  return [...picked];
}

/**
 * The chart versions at the base, for `dirs`. Only a level needs them for the
 * charts asked for, but cascaded parents are patch-bumped from the base too.
 * The event (a pull request's base) is read only when no base was given; a
 * terminal's repository without a remote or a commit falls back to the local
 * default branch, HEAD's commit or the work tree, and a line says which.
 */
async function baseVersions(root: string, req: BumpRequest, world: World, dirs: readonly string[]): Promise<BaseVersions> {
  const git = world.services.repo?.(root) ?? gitSpawner(root);
  const reader = new ObjectReader(root);
  const local = world.localRepository;
  try {
    const ev = req.base === undefined ? world.event() : undefined;
    const payload = ev?.payload as BumpEvent | undefined;
    // A pull request run whose payload is lost must not quietly fall back to the default branch.
    if (ev?.problem)
      throw new UserError(`the ${ev.name} event file ${ev.problem}`, {
        hint: words`run this step in a GitHub Actions job, or set ${named('base')} to the branch the pull request merges into`,
      });
    // No commit to read a base from (a fresh `git init`, an unborn branch): said, not a git crash.
    const noHead = await headProblem(git);
    if (noHead) {
      if (!local || req.base !== undefined || payload?.pull_request || payload?.merge_group) throw noHead;
      world.reporter.info(`${noHead.message}: the level applies to the versions in the work tree`);
      return { label: 'the work tree (no commit yet)', versions: new Map() };
    }
    const base = await resolveBumpBase(git, reader, { base: req.base, event: payload ?? {}, local });
    for (const f of base.fetched) world.reporter.info(f);
    // git names paths from the repository's top; chart folders are relative to working-directory.
    const prefix = await pathPrefix(git);
    return await readBaseVersions(reader, base, dirs, prefix);
  } finally {
    reader.dispose();
  }
}

import { posix } from 'node:path';
import { mapLimit } from '../async/map-limit.ts';
import { holdYoungGeneration } from '../async/young-generation.ts';
import gt from 'semver/functions/gt.js';
import { hasVersionSection } from '../changelog/headings.ts';
import {
  bumpIsEnough,
  highestVersion,
  looseChart,
  requiredLevel,
  smallestValid,
  undottedPrerelease,
  type BumpLevel,
  type LooseChart,
} from '../charts/bump-rules.ts';
import { parseChart, requireChartVersion, type ChartMeta } from '../charts/chart.ts';
import { UserError, UserErrors } from '../errors.ts';
import { ParseCache } from '../text/parse-cache.ts';
import { DirIndex } from './dir-index.ts';
import type { BreakingChange } from '../values/diff.ts';
import { checkDependencies } from './chart-dependencies.ts';
import { join, type ChartContext } from './chart-context.ts';
import { breakingChanges } from './chart-values.ts';
import { changedThroughDependencies, chartFolders, memoizedReader, packagedChanges } from './changed-charts.ts';
import { fromUserError, type Problem } from './problem.ts';
import { checkApplications, checkOverlays, checkProtected, resolveOverlays, selectProtected } from './protected-files.ts';
import { patternOf, unmatchedTargets, type TargetLike } from './targets.ts';
import { selectCharts, uncoveredCharts, type ChartChoice, type ChartEntry } from '../charts/selection.ts';
import type { BreakingMode, ChartBumpInput, ChartBumpPlan, ChartCheck, PathSet } from './types.ts';

/** How many charts are checked at once (a 1,000-chart PR held every chart's documents at the same time: 159 MB). */
const CHARTS_IN_FLIGHT = 16;

/**
 * Decides, per chart, whether a pull request moved the chart version
 * correctly. Pure over two file trees and a blob reader: reads only the blobs
 * of charts whose packaged content changed (plus Chart.yaml files that declare
 * `file://` dependencies). One chart's bump never excuses another's.
 */
export async function checkChartBumps(input: ChartBumpInput): Promise<ChartBumpPlan> {
  // Parsing many charts' YAML would grow V8's new space to its ceiling with garbage: keep it small.
  holdYoungGeneration();
  const { base, head } = input;
  const changed = [...input.changed].sort();
  const changedSet = new Set(changed);
  const read = memoizedReader(input, changedSet);
  const cache = new ParseCache();
  const { headDirs, baseDirs, tops } = chartFolders(head, base, changed);

  // No chart folder at all where charts: is absent and the config has environments: nothing to match the
  // default (every chart) against, and no chart to check; the environments' files still are.
  const noChartFolder = input.chartsOptional === true && underPrefix(tops, input.prefix).length === 0;
  // A pattern or configured path that matches nothing is an error before anything passes.
  const unmatched = unmatchedTargets(
    {
      charts: [...(noChartFolder ? [] : (input.charts ?? [])), ...(input.chartsIgnore ?? [])],
      files: [...(input.protectedFiles ?? []), ...(input.configuredFiles ?? []), ...(input.protectedApplications ?? [])],
      globs: [...(input.protectedGlobs ?? []), ...(input.protectedApplicationGlobs ?? []), ...(input.configuredGlobs ?? [])],
    },
    { head, base, chartDirs: tops, prefix: input.prefix },
  );
  // A protected overlay path that holds no kustomization is refused with them: the guard must not pass because it guards nothing.
  const overlays = await resolveOverlays(input.protectedOverlays ?? [], (p) => read(head, p));
  unmatched.push(...overlays.errors, ...(await resolveOverlays(input.configuredOverlays ?? [], (p) => read(head, p))).errors);
  if (unmatched.length > 0) throw new UserErrors(unmatched);

  const protectedValues = selectProtected(head, (input.protectedFiles ?? []).map(patternOf), (input.protectedGlobs ?? []).map(patternOf));
  const protectedFiles = [...new Set([...protectedValues, ...overlays.files])].sort();
  // Checked alongside the charts; awaited when the plan is put together.
  const protectedApplications = selectProtected(
    head,
    (input.protectedApplications ?? []).map(patternOf),
    (input.protectedApplicationGlobs ?? []).map(patternOf),
  );
  const protectedChecked = Promise.all([
    checkProtected(protectedValues, (p) => read(head, p)),
    checkOverlays(overlays.files, (p) => read(head, p)),
    checkApplications(protectedApplications, (p) => read(head, p)),
  ]).then(([values, overlaid, applications]) => ({
    problems: [...values.problems, ...overlaid.problems, ...applications],
    pinless: [...values.pinless, ...overlaid.pinless].sort(),
  }));
  protectedChecked.catch(() => {}); // a failure surfaces where it is awaited, never as an unhandled rejection
  const result = async (charts: ChartCheck[], uncovered: string[] = []): Promise<ChartBumpPlan> => {
    const { problems, pinless } = await protectedChecked;
    const protectedProblems = [...problems, ...uncoveredProblems(uncovered, input)];
    return {
      charts,
      protectedProblems,
      protectedFiles,
      ...(pinless.length > 0 ? { pinless } : {}),
      ...(protectedApplications.length > 0 ? { protectedApplications } : {}),
      ...(uncovered.length > 0 ? { uncovered } : {}),
      ...(noChartFolder ? { noChartFolder } : {}),
      ok: charts.every((c) => c.ok) && protectedProblems.every((p) => p.level !== 'error'),
    };
  };
  if (changed.length === 0 || input.noCharts || noChartFolder) return result([]);

  const counted = await packagedChanges(changed, tops, input, read);
  if (counted.size === 0) return result([]);
  const viaDependency = await changedThroughDependencies(tops, counted, input, read, cache);

  const changedCharts = [...new Set([...counted.keys(), ...viaDependency.keys()])];
  const choice = choiceOf(input);
  const selected = selectCharts(changedCharts, choice);
  const uncovered = uncoveredCharts(underPrefix(changedCharts, input.prefix), choice, (input.chartsIgnore ?? []).map(entryOf));
  const ctx = {
    input,
    headDirs: new DirIndex(headDirs),
    baseDirs: new DirIndex(baseDirs),
    read,
    changed: changedSet,
    counted,
    moves: await findMoves(selected, [...counted.keys()], base, head, read, cache),
    cache,
  };
  // Charts are checked side by side, so their reads share the one cat-file pipe instead of waiting in
  // turn; a bounded number at a time, so memory follows that bound and not the size of the PR.
  const checks = await mapLimit(selected.sort(), CHARTS_IN_FLIGHT, (dir) =>
    checkChart(dir, counted.get(dir) ?? [], viaDependency.get(dir), ctx),
  );
  return result(checks, uncovered);
}

/** The input's chart patterns as the one selection's choice (charts/selection.ts). */
function choiceOf(input: ChartBumpInput): ChartChoice {
  if (input.noCharts) return { kind: 'none', at: input.chartsAt ?? {} };
  if (!input.charts || input.charts.length === 0) return { kind: 'every' };
  return { kind: 'patterns', entries: input.charts.map(entryOf) };
}

function entryOf(t: TargetLike): ChartEntry {
  return typeof t === 'string' ? { pattern: t } : t;
}

/** The chart folders under the working directory (`prefix` from the repository's top). */
function underPrefix(dirs: readonly string[], prefix: string | undefined): string[] {
  const p = (prefix ?? '').replace(/\/+$/, '');
  return p === '' ? [...dirs] : dirs.filter((d) => d === p || d.startsWith(`${p}/`));
}

/**
 * A changed chart folder that no `charts` entry covers would change without
 * any check: each is an error naming the folder and the entry to add.
 */
function uncoveredProblems(dirs: readonly string[], input: ChartBumpInput): Problem[] {
  const p = (input.prefix ?? '').replace(/\/+$/, '');
  const shown = (d: string) => (p && d.startsWith(`${p}/`) ? d.slice(p.length + 1) : p && d === p ? '.' : d);
  const at = input.chartsAt?.file ? ` (${input.chartsAt.file}:${input.chartsAt.line ?? 1})` : '';
  return dirs.map((d) => ({
    level: 'error',
    file: join(d, 'Chart.yaml'),
    message: `chart folder ${shown(d)} changed, and no \`charts:\` entry covers it: its version is not checked`,
    hint: `add \`- ${shown(d)}\` to charts:${at}, or to charts-ignore: to leave it out on purpose`,
  }));
}

/**
 * Charts moved to a new folder in this pull request: a new chart whose name
 * is that of exactly one chart whose folder is gone keeps that chart's version.
 */
async function findMoves(
  selected: string[],
  counted: string[],
  base: PathSet,
  head: PathSet,
  read: ChartContext['read'],
  cache: ParseCache,
): Promise<Map<string, string>> {
  const created = selected.filter((d) => head.has(join(d, 'Chart.yaml')) && !base.has(join(d, 'Chart.yaml')));
  const gone = counted.filter((d) => base.has(join(d, 'Chart.yaml')) && !head.has(join(d, 'Chart.yaml')));
  const moves = new Map<string, string>();
  if (created.length === 0 || gone.length === 0) return moves;
  const nameOf = async (tree: PathSet, d: string) => {
    const text = await read(tree, join(d, 'Chart.yaml'));
    return text === undefined ? undefined : looseChart(text, cache)?.name;
  };
  const goneNames = await Promise.all(gone.map((d) => nameOf(base, d)));
  for (const d of created) {
    const name = await nameOf(head, d);
    const from = gone.filter((_, i) => name !== undefined && goneNames[i] === name);
    if (from.length === 1) moves.set(d, from[0]);
  }
  return moves;
}

/**
 * One changed chart's verdict, in order: its base versions, a deleted or
 * unreadable Chart.yaml, dependencies and Chart.lock, the changelog, a new or
 * merely moved chart, then the level its values changes need and whether the version meets it.
 */
async function checkChart(dir: string, files: string[], viaDep: string | undefined, ctx: ChartContext): Promise<ChartCheck> {
  const { input, read } = ctx;
  const { base, head } = input;
  const chartFile = join(dir, 'Chart.yaml');
  const reasons: string[] = [];
  if (files.length > 0) reasons.push(`${files.length} packaged file${files.length === 1 ? '' : 's'} changed`);
  if (viaDep) reasons.push(`file:// dependency ${viaDep} changed`);
  const problems: Problem[] = [];
  // The suggested fix comes only from the version verdict (the last step); every earlier return has none.
  const done = (c: Omit<ChartCheck, 'ok' | 'problems' | 'reasons' | 'path'>, fix?: ChartCheck['fix']): ChartCheck => ({
    path: dir,
    ...c,
    ok: problems.every((p) => p.level !== 'error'),
    problems,
    reasons,
    ...(fix ? { fix } : {}),
  });

  // Start every read this chart may need at once (memoized), so they travel the pipe together.
  for (const f of ['Chart.yaml', 'values.yaml', 'values.schema.json', 'CHANGELOG.md', 'Chart.lock']) {
    const p = join(dir, f);
    if (head.has(p)) void read(head, p);
    if (base.has(p) && ctx.changed.has(p)) void read(base, p);
  }
  // A moved chart is compared with its old folder.
  const from = ctx.moves.get(dir) ?? dir;
  if (from !== dir) reasons.push(`moved from ${from}`);
  const bases = await baseCharts(dir, from, ctx);
  const { baseChart, baseVersion } = bases;
  const fallbackName = baseChart?.name ?? posix.basename(dir);

  if (!head.has(chartFile)) {
    reasons.push('chart deleted');
    return done({ name: fallbackName, base: baseVersion ?? null, head: null, required: 'none', status: 'deleted' });
  }

  let meta: ChartMeta;
  let version: string;
  try {
    meta = parseChart((await read(head, chartFile)) ?? '', chartFile);
    version = requireChartVersion(meta);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(fromUserError(e));
    const loose = looseChart((await read(head, chartFile)) ?? '', ctx.cache);
    return done({
      name: loose?.name ?? fallbackName,
      base: baseVersion ?? null,
      head: loose?.version ?? null,
      required: 'patch',
      status: 'changed',
    });
  }
  const name = meta.name || fallbackName;
  const undotted = undottedPrerelease(version);
  if (undotted)
    problems.push({
      level: 'warning',
      file: chartFile,
      line: meta.version?.line,
      message: `version ${version}: the pre-release identifier '${undotted.identifier}' compares as text, so ${undotted.next} would sort before it`,
      hint: `write ${undotted.suggestion}: a number after a dot compares as a number (rc.9 < rc.10)`,
    });

  // Consistency of dependencies and Chart.lock with the charts kept in the repository.
  await checkDependencies(dir, meta, ctx, problems);

  problems.push(...(await changelogProblems(dir, version, ctx)));

  // Asked only of a version that moved: one not bumped is refused below already.
  if (baseVersion === undefined || gt(version, baseVersion))
    problems.push(...(await publishedProblems(name, version, meta.version?.line, chartFile, input)));

  if (baseVersion === undefined) {
    reasons.unshift(base.has(chartFile) ? 'no valid base version' : 'new chart');
    return done({ name, base: null, head: version, required: 'none', status: base.has(chartFile) ? 'changed' : 'new' });
  }
  if (from !== dir && (await sameContent(files, dir, ctx.counted.get(from) ?? [], from, ctx))) {
    reasons.push('packaged content unchanged');
    return done({ name, base: baseVersion, head: version, required: 'none', status: 'changed' });
  }

  // The level the diff requires.
  const breaking: BreakingChange[] = [];
  if (input.breaking !== 'off') {
    try {
      breaking.push(...(await breakingChanges(dir, from, meta, ctx)));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(fromUserError(e));
    }
  }
  const level = requiredLevel(breaking.length > 0, baseVersion);
  const taker = gt(version, baseVersion) ? undefined : await input.takenBy(chartFile, baseVersion);
  const verdict = versionVerdict({
    taker,
    dir,
    version,
    versionLine: meta.version?.line,
    appVersion: meta.appVersion?.value,
    bases: { ...bases, baseVersion },
    breaking,
    level,
    mode: input.breaking,
  });
  problems.push(...verdict.problems);
  reasons.push(...verdict.reasons);
  return done({ name, base: baseVersion, head: version, required: level, status: 'changed' }, verdict.fix);
}

/** A chart's versions on the sides the head must exceed: the merge base (its old folder if it moved) and the other bases. */
interface BaseCharts {
  baseChart?: LooseChart;
  others: { label: string; chart?: LooseChart }[];
  /** The highest valid version of them all. */
  baseVersion?: string;
}

async function baseCharts(dir: string, from: string, ctx: ChartContext): Promise<BaseCharts> {
  const chartFile = join(dir, 'Chart.yaml');
  const baseText = await ctx.read(ctx.input.base, join(from, 'Chart.yaml'));
  const baseChart = baseText === undefined ? undefined : looseChart(baseText, ctx.cache);
  const others = await Promise.all(
    (ctx.input.otherBases ?? [])
      .filter((o) => o.judges(dir))
      .map(async (o) => {
        const text = (await o.readFile(chartFile)) ?? (from !== dir ? await o.readFile(join(from, 'Chart.yaml')) : undefined);
        return { label: o.label, chart: text === undefined ? undefined : looseChart(text, ctx.cache) };
      }),
  );
  return { baseChart, others, baseVersion: highestVersion([baseChart?.version, ...others.map((o) => o.chart?.version)]) };
}

/** CHANGELOG.md: a section for the new version where the chart keeps one (or always, with `changelog: required`). */
async function changelogProblems(dir: string, version: string, ctx: ChartContext): Promise<Problem[]> {
  const mode = ctx.input.changelog;
  if (mode === 'off') return [];
  const changelogFile = join(dir, 'CHANGELOG.md');
  const text = await ctx.read(ctx.input.head, changelogFile);
  if (text !== undefined && !hasVersionSection(text, version))
    return [
      {
        level: 'error',
        file: changelogFile,
        line: 1,
        message: `CHANGELOG.md has no section for ${version}`,
        hint: `add a heading such as \`## [${version}] - YYYY-MM-DD\``,
      },
    ];
  if (text === undefined && mode === 'required')
    return [
      {
        level: 'error',
        file: changelogFile,
        message: `${dir} has no CHANGELOG.md`,
        hint: `add one with a \`## [${version}]\` section (changelog: required)`,
      },
    ];
  return [];
}

/**
 * A version the chart registry already holds is taken, whatever the bases
 * say (a release may have been published from another branch): the pull
 * request must move past it. A registry that could not answer is a warning.
 */
async function publishedProblems(
  name: string,
  version: string,
  line: number | undefined,
  chartFile: string,
  input: ChartBumpInput,
): Promise<Problem[]> {
  const answer = await input.published(name, version);
  if (answer === undefined) return [];
  if ('problem' in answer)
    return [
      {
        level: 'warning',
        file: chartFile,
        line,
        message: answer.problem,
        hint: 'the check could not tell whether this version is already published',
      },
    ];
  return [
    {
      level: 'error',
      file: chartFile,
      line,
      message: `version ${version} is already published at ${answer.at}`,
      hint: `a published version never changes: needs ${smallestValid(version, 'patch')} or higher`,
    },
  ];
}

/** What versionVerdict weighs: the head's version, the bases' and the breaking changes found. */
interface VersionFacts {
  dir: string;
  version: string;
  versionLine?: number;
  appVersion?: string;
  bases: BaseCharts & { baseVersion: string };
  breaking: readonly BreakingChange[];
  level: BumpLevel;
  mode: BreakingMode;
  /** Who took the base version, when another pull request did (ChartBumpInput.takenBy). */
  taker?: string;
}

/**
 * Whether the head's version is enough: greater than every base, and by the
 * level a breaking change needs (an error, or a warning with `breaking: warn`).
 * Returns the problems, the reasons for the summary and the version that fixes it.
 */
function versionVerdict(f: VersionFacts): { problems: Problem[]; reasons: string[]; fix?: ChartCheck['fix'] } {
  const { dir, version, breaking, level } = f;
  const { baseChart, others, baseVersion } = f.bases;
  const chartFile = join(dir, 'Chart.yaml');
  const problems: Problem[] = [];
  const reasons: string[] = [];
  let fix: ChartCheck['fix'];
  const smallest = smallestValid(baseVersion, level);
  const baseFrom =
    baseChart?.version === baseVersion ? 'the merge base' : (others.find((o) => o.chart?.version === baseVersion)?.label ?? 'the base');
  const appChanged = baseChart?.appVersion !== undefined && f.appVersion !== baseChart.appVersion;
  const severity = f.mode === 'warn' ? 'warning' : 'error';
  const needed = breaking.length > 0 && severity === 'warning' ? smallestValid(baseVersion, 'patch') : smallest;
  const bumped = gt(version, baseVersion);
  if (!bumped) {
    const what =
      version === baseVersion && baseFrom === 'the merge base'
        ? `${dir} changed${appChanged ? ` (appVersion ${baseChart.appVersion} → ${f.appVersion ?? 'none'})` : ''} but version ${version} was not bumped`
        : `version ${version} is not greater than ${baseVersion} on ${baseFrom}${appChanged ? ' (appVersion changed)' : ''}`;
    const taken = f.taker ? `; ${baseVersion} was taken by ${f.taker}` : '';
    problems.push({ level: 'error', file: chartFile, line: f.versionLine, message: `${what}${taken}`, hint: `needs ${needed} or higher` });
    fix = { version: needed, level: needed === smallest ? level : 'patch' };
  }
  if (breaking.length === 0) return { problems, reasons, fix };
  // What made the change breaking is listed as problems when the bump falls short, else as a reason.
  if (bumpIsEnough(baseVersion, version, level)) {
    reasons.push(`breaking: ${breaking[0].message}${breaking.length > 1 ? ` (+${breaking.length - 1} more)` : ''}`);
    return { problems, reasons, fix };
  }
  for (const b of breaking) {
    // A removed key has no line at the head: the annotation sits on its line in the base version, and says so.
    const where = b.side === 'base' && b.line !== undefined ? ` (line ${b.line} is where it was before this change)` : '';
    problems.push({
      level: severity,
      file: b.file,
      line: b.line,
      message: `${b.message}${where}`,
      hint: `breaking, needs ${smallest} or higher`,
    });
  }
  if (severity === 'error') fix = { version: smallest, level };
  if (bumped)
    problems.push({
      level: severity,
      file: chartFile,
      line: f.versionLine,
      message: `version ${version} is not a ${level} bump over ${baseVersion} but the change is breaking`,
      hint: `needs ${smallest} or higher`,
    });
  return { problems, reasons, fix };
}

/** Whether a moved chart packages the same files with the same content as before the move. */
async function sameContent(files: string[], dir: string, oldFiles: string[], from: string, ctx: ChartContext): Promise<boolean> {
  if (files.length !== oldFiles.length) return false;
  const old = new Set(oldFiles);
  const rel = (p: string, d: string) => (d === '.' ? p : p.slice(d.length + 1));
  for (const f of files) {
    const before = join(from, rel(f, dir));
    if (!old.has(before)) return false;
    const [a, b] = await Promise.all([ctx.read(ctx.input.head, f), ctx.read(ctx.input.base, before)]);
    if (a !== b) return false;
  }
  return true;
}

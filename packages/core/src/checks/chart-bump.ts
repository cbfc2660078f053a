import { posix } from 'node:path';
import picomatch from 'picomatch';
import { gt, satisfies, valid, validRange } from 'semver';
import { hasVersionSection } from '../changelog/headings.ts';
import { bumpIsEnough, highestVersion, looseChart, requiredLevel, smallestValid, type BumpLevel, type LooseChart } from '../charts/bump-rules.ts';
import { parseChart, requireChartVersion, type ChartMeta } from '../charts/chart.ts';
import { chartOwner, chartPatternMatcher, topChartDirs } from '../charts/discover.ts';
import { helmIgnore, type IgnoreRule } from '../charts/helmignore.ts';
import { readChartLock } from '../charts/lock.ts';
import { UserError, UserErrors } from '../errors.ts';
import { diffValues, valuesDefaults, type BreakingChange } from '../values/diff.ts';
import { checkPinnedImages } from '../values/protected.ts';
import { schemaChanges } from '../values/schema.ts';
import { fromUserError, type Problem } from './problem.ts';
import { unmatchedTargets, type TargetLike } from './targets.ts';

/** What `breaking: …` does with a breaking change that the bump does not cover. */
export type BreakingMode = 'error' | 'warn' | 'off';
/** `auto`: check charts that keep a CHANGELOG.md; `required`: every changed chart must keep one. */
export type ChangelogMode = 'auto' | 'required' | 'off';

export { formatProblem, type Problem } from './problem.ts';

/** The verdict for one changed chart. */
export interface ChartCheck {
  /** Chart folder, workspace-relative. */
  path: string;
  name: string;
  /** The version the head must exceed (highest of merge base and base tips), null for a new chart. */
  base: string | null;
  /** The head version as written, null for a deleted chart. */
  head: string | null;
  required: BumpLevel | 'none';
  ok: boolean;
  problems: Problem[];
  status: 'changed' | 'new' | 'deleted';
  /** Why the chart counts as changed and what decided the level (for the summary). */
  reasons: string[];
  /** When the version must move: the smallest version that passes, and the bump-chart level that gives it. */
  fix?: { version: string; level: BumpLevel };
}

/** The paths of one side's tree (from `git ls-tree`, or a fake in tests). */
export type PathSet = ReadonlySet<string>;

/** Another commit whose chart versions the head must exceed (the PR's base commit, the base branch tip). */
export interface OtherBase {
  label: string;
  readFile(path: string): Promise<string | undefined>;
}

/** Both sides of a pull request and the rules to apply (inputs and config already merged). */
export interface ChartBumpInput {
  /** The merge base's paths: what the pull request changed is head − base. */
  base: PathSet;
  head: PathSet;
  /** Paths added, deleted or modified between base and head. */
  changed: readonly string[];
  /**
   * Head Chart.yaml paths that mention `file://` (e.g. from `git grep`), so
   * only those are read to find dependents; when absent every Chart.yaml is read.
   */
  localDependencyCandidates?: readonly string[];
  /** A file's text on one side; undefined when it does not exist there. */
  readFile(side: 'base' | 'head', path: string): Promise<string | undefined>;
  otherBases?: readonly OtherBase[];
  /** Chart folders or globs to check (default: every chart); each must match a chart. */
  charts?: readonly TargetLike[];
  /** Protected values files: exact paths (from config) and globs (input); each must match a file. */
  protectedFiles?: readonly TargetLike[];
  protectedGlobs?: readonly TargetLike[];
  /** Other configured files that must exist (non-protected environments' values files). */
  configuredFiles?: readonly TargetLike[];
  /** The working directory's path from the repository's top, to show paths in messages as the user wrote them. */
  prefix?: string;
  /** Globs relative to each chart: packaged files whose changes need no bump (e.g. README.md). */
  ignore?: readonly string[];
  breaking: BreakingMode;
  changelog: ChangelogMode;
}

/** The verdict for a pull request: every changed chart and every protected values file. */
export interface ChartBumpPlan {
  charts: ChartCheck[];
  /** Problems of protected values files (which may lie outside any changed chart). */
  protectedProblems: Problem[];
  protectedFiles: string[];
  ok: boolean;
}

/**
 * Decides, per chart, whether a pull request moved the chart version
 * correctly. Pure over two file trees and a blob reader: reads only the blobs
 * of charts whose packaged content changed (plus Chart.yaml files that declare
 * `file://` dependencies). One chart's bump never excuses another's.
 */
export async function checkChartBumps(input: ChartBumpInput): Promise<ChartBumpPlan> {
  const { base, head } = input;
  const changed = [...input.changed].sort();
  const changedSet = new Set(changed);
  const texts = new Map<string, Promise<string | undefined>>();
  const read = (tree: PathSet, path: string): Promise<string | undefined> => {
    // A file the pull request did not change is the same text on both sides: read it once.
    const side = tree === base && (changedSet.has(path) || !head.has(path)) ? 'base' : 'head';
    const key = `${side}\0${path}`;
    let p = texts.get(key);
    if (!p) texts.set(key, (p = input.readFile(side, path)));
    return p;
  };

  // Chart folders: one pass over the head's paths; the base's differ only where a Chart.yaml changed.
  const headDirSet = new Set(chartDirs(head));
  const baseDirSet = new Set(headDirSet);
  for (const p of changed) {
    if (p !== 'Chart.yaml' && !p.endsWith('/Chart.yaml')) continue;
    const d = p === 'Chart.yaml' ? '.' : p.slice(0, -'/Chart.yaml'.length);
    if (base.has(p)) baseDirSet.add(d);
    else baseDirSet.delete(d);
  }
  const headDirs = [...headDirSet];
  const tops = [...new Set([...topChartDirs(headDirSet), ...topChartDirs(baseDirSet)])].sort();

  // A pattern or configured path that matches nothing is an error before anything passes.
  const unmatched = unmatchedTargets(
    { charts: input.charts, files: [...(input.protectedFiles ?? []), ...(input.configuredFiles ?? [])], globs: input.protectedGlobs },
    { head, base, chartDirs: tops, prefix: input.prefix },
  );
  if (unmatched.length > 0) throw new UserErrors(unmatched);

  const protectedFiles = selectProtected(head, (input.protectedFiles ?? []).map(patternOf), (input.protectedGlobs ?? []).map(patternOf));
  // Checked alongside the charts; awaited when the plan is put together.
  const protectedChecked = checkProtected(protectedFiles, (p) => read(head, p));
  protectedChecked.catch(() => {}); // a failure surfaces where it is awaited, never as an unhandled rejection
  const result = async (charts: ChartCheck[]): Promise<ChartBumpPlan> => {
    const protectedProblems = await protectedChecked;
    return { charts, protectedProblems, protectedFiles, ok: charts.every((c) => c.ok) && protectedProblems.every((p) => p.level !== 'error') };
  };
  if (changed.length === 0) return result([]);

  // Which files of which chart changed, as `helm package` sees them.
  const rules = new Map<string, Promise<IgnoreRule>>();
  const ruleFor = (side: 'base' | 'head', dir: string) => {
    const k = `${side}:${dir}`;
    let r = rules.get(k);
    if (!r) rules.set(k, (r = read(side === 'base' ? base : head, join(dir, '.helmignore')).then(helmIgnore)));
    return r;
  };
  const ownerOf = chartOwner(tops);
  const owned = changed.flatMap((path) => {
    const top = ownerOf(path);
    if (!top) return [];
    // `helm package` walks the whole folder, vendored subcharts included, with the top chart's .helmignore only.
    return [{ path, top, chain: [top] }];
  });
  // Every .helmignore involved is read in one pipelined batch, then matched synchronously.
  const sides = ['base', 'head'] as const;
  const needed = new Set(owned.flatMap((o) => o.chain));
  const loaded = new Map<string, IgnoreRule>();
  await Promise.all(sides.flatMap((side) => [...needed].map(async (dir) => loaded.set(`${side}:${dir}`, await ruleFor(side, dir)))));
  const packaged = (side: 'base' | 'head', path: string, chain: string[]) =>
    !chain.some((dir) => loaded.get(`${side}:${dir}`)!(dir === '.' ? path : path.slice(dir.length + 1)));
  const counted = new Map<string, string[]>();
  const ignore = input.ignore && input.ignore.length > 0 ? picomatch(input.ignore.map((g) => g.trim().replace(/\\/g, '/').replace(/^\.\//, '')), { dot: true }) : undefined;
  for (const { path, top, chain } of owned) {
    if (ignore?.(top === '.' ? path : path.slice(top.length + 1))) continue;
    if ((base.has(path) && packaged('base', path, chain)) || (head.has(path) && packaged('head', path, chain))) {
      if (!counted.has(top)) counted.set(top, []);
      counted.get(top)!.push(path);
    }
  }
  if (counted.size === 0) return result([]);

  // A chart whose file:// dependency changed changed too, transitively.
  const viaDependency = new Map<string, string>();
  const candidates = input.localDependencyCandidates ? new Set(input.localDependencyCandidates) : undefined;
  const headTops = tops.filter((t) => head.has(join(t, 'Chart.yaml')) && (!candidates || candidates.has(join(t, 'Chart.yaml'))));
  const localDeps = new Map<string, string[]>();
  await Promise.all(
    headTops.map(async (t) => {
      const text = await read(head, join(t, 'Chart.yaml'));
      if (!text || !text.includes('file://')) return;
      const loose = looseChart(text);
      if (loose && loose.localDeps.length > 0) localDeps.set(t, loose.localDeps.map((d) => posix.normalize(posix.join(t, d))));
    }),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const [t, deps] of localDeps) {
      if (counted.has(t) || viaDependency.has(t)) continue;
      const dep = deps.find((d) => counted.has(d) || viaDependency.has(d));
      if (dep) {
        viaDependency.set(t, dep);
        grew = true;
      }
    }
  }

  const selected = selectCharts([...new Set([...counted.keys(), ...viaDependency.keys()])], input.charts?.map(patternOf));
  const ctx = { input, headDirs, baseDirs: [...baseDirSet], read, changed: changedSet, counted, moves: await findMoves(selected, [...counted.keys()], base, head, read) };
  // Charts are checked side by side: their reads share the one cat-file pipe instead of waiting in turn.
  const checks = await Promise.all(selected.sort().map((dir) => checkChart(dir, counted.get(dir) ?? [], viaDependency.get(dir), ctx)));
  return result(checks);
}

interface ChartContext {
  input: ChartBumpInput;
  headDirs: string[];
  baseDirs: string[];
  read(tree: PathSet, path: string): Promise<string | undefined>;
  changed: ReadonlySet<string>;
  counted: ReadonlyMap<string, string[]>;
  /** New chart folder → the folder the pull request moved it from. */
  moves: ReadonlyMap<string, string>;
}

/**
 * Charts moved to a new folder in this pull request: a new chart whose name
 * is that of exactly one chart whose folder is gone keeps that chart's version.
 */
async function findMoves(selected: string[], counted: string[], base: PathSet, head: PathSet, read: ChartContext['read']): Promise<Map<string, string>> {
  const created = selected.filter((d) => head.has(join(d, 'Chart.yaml')) && !base.has(join(d, 'Chart.yaml')));
  const gone = counted.filter((d) => base.has(join(d, 'Chart.yaml')) && !head.has(join(d, 'Chart.yaml')));
  const moves = new Map<string, string>();
  if (created.length === 0 || gone.length === 0) return moves;
  const nameOf = async (tree: PathSet, d: string) => {
    const text = await read(tree, join(d, 'Chart.yaml'));
    return text === undefined ? undefined : looseChart(text)?.name;
  };
  const goneNames = await Promise.all(gone.map((d) => nameOf(base, d)));
  for (const d of created) {
    const name = await nameOf(head, d);
    const from = gone.filter((_, i) => name !== undefined && goneNames[i] === name);
    if (from.length === 1) moves.set(d, from[0]);
  }
  return moves;
}

async function checkChart(dir: string, files: string[], viaDep: string | undefined, ctx: ChartContext): Promise<ChartCheck> {
  const { input, read } = ctx;
  const { base, head } = input;
  const chartFile = join(dir, 'Chart.yaml');
  const reasons: string[] = [];
  if (files.length > 0) reasons.push(`${files.length} packaged file${files.length === 1 ? '' : 's'} changed`);
  if (viaDep) reasons.push(`file:// dependency ${viaDep} changed`);
  const problems: Problem[] = [];
  let fix: ChartCheck['fix'];
  const done = (c: Omit<ChartCheck, 'ok' | 'problems' | 'reasons' | 'path'>): ChartCheck => ({
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
  const baseText = await read(base, join(from, 'Chart.yaml'));
  const baseChart = baseText === undefined ? undefined : looseChart(baseText);
  const others = await Promise.all(
    (input.otherBases ?? []).map(async (o) => {
      const text = (await o.readFile(chartFile)) ?? (from !== dir ? await o.readFile(join(from, 'Chart.yaml')) : undefined);
      return { label: o.label, chart: text === undefined ? undefined : looseChart(text) };
    }),
  );
  const baseVersion = highestVersion([baseChart?.version, ...others.map((o) => o.chart?.version)]);
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
    const loose = looseChart((await read(head, chartFile)) ?? '');
    return done({ name: loose?.name ?? fallbackName, base: baseVersion ?? null, head: loose?.version ?? null, required: 'patch', status: 'changed' });
  }
  const versionLine = meta.version?.line;
  const name = meta.name || fallbackName;

  // Consistency of dependencies and Chart.lock with the charts kept in the repository.
  await checkDependencies(dir, meta, ctx, problems);

  // CHANGELOG.md: a section for the new version where the chart keeps one.
  if (input.changelog !== 'off') {
    const changelogFile = join(dir, 'CHANGELOG.md');
    const text = await read(head, changelogFile);
    if (text !== undefined && !hasVersionSection(text, version))
      problems.push({ level: 'error', file: changelogFile, line: 1, message: `CHANGELOG.md has no section for ${version}`, hint: `add a heading such as \`## [${version}] - YYYY-MM-DD\`` });
    else if (text === undefined && input.changelog === 'required')
      problems.push({ level: 'error', file: changelogFile, message: `${dir} has no CHANGELOG.md`, hint: `add one with a \`## [${version}]\` section (changelog: required)` });
  }

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
    const valuesFile = join(dir, 'values.yaml');
    const schemaFile = join(dir, 'values.schema.json');
    const baseValues = join(from, 'values.yaml');
    const baseSchema = join(from, 'values.schema.json');
    try {
      // A values.yaml deleted from the chart removes every key it had.
      if (ctx.changed.has(valuesFile) && base.has(baseValues))
        breaking.push(...diffValues((await read(base, baseValues)) ?? '', (await read(head, valuesFile)) ?? '', baseValues, valuesFile));
      if (ctx.changed.has(schemaFile) && base.has(baseSchema) && head.has(schemaFile))
        breaking.push(
          ...(await schemaChanges(
            (await read(base, baseSchema)) ?? '',
            (await read(head, schemaFile)) ?? '',
            schemaFile,
            head.has(valuesFile) ? valuesDefaults((await read(head, valuesFile)) ?? '') : undefined,
          )),
        );
      // A subchart's values are the parent's values under its name: breaking there is breaking here.
      breaking.push(...(await subchartBreaking(dir, from, meta, ctx)));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(fromUserError(e));
    }
  }
  const level = requiredLevel(breaking.length > 0, baseVersion);
  const smallest = smallestValid(baseVersion, level);

  const baseFrom = baseChart?.version === baseVersion ? 'the merge base' : (others.find((o) => o.chart?.version === baseVersion)?.label ?? 'the base');
  const appChanged = baseChart?.appVersion !== undefined && meta.appVersion?.value !== baseChart.appVersion;
  const severity = input.breaking === 'warn' ? 'warning' : 'error';
  const needed = breaking.length > 0 && severity === 'warning' ? smallestValid(baseVersion, 'patch') : smallest;
  const bumped = gt(version, baseVersion);
  if (!bumped) {
    const what =
      version === baseVersion && baseFrom === 'the merge base'
        ? `${dir} changed${appChanged ? ` (appVersion ${baseChart!.appVersion} → ${meta.appVersion?.value ?? 'none'})` : ''} but version ${version} was not bumped`
        : `version ${version} is not greater than ${baseVersion} on ${baseFrom}${appChanged ? ' (appVersion changed)' : ''}`;
    problems.push({ level: 'error', file: chartFile, line: versionLine, message: what, hint: `needs ${needed} or higher` });
    fix = { version: needed, level: needed === smallest ? level : 'patch' };
  }
  // What made the change breaking is listed as problems when the bump falls short, else as a reason.
  if (breaking.length > 0 && bumpIsEnough(baseVersion, version, level))
    reasons.push(`breaking: ${breaking[0].message}${breaking.length > 1 ? ` (+${breaking.length - 1} more)` : ''}`);
  if (breaking.length > 0 && !bumpIsEnough(baseVersion, version, level)) {
    for (const b of breaking) {
      // A removed key has no line at the head: the annotation sits on its line in the base version, and says so.
      const where = b.side === 'base' && b.line !== undefined ? ` (line ${b.line} is where it was before this change)` : '';
      problems.push({ level: severity, file: b.file, line: b.line, message: `${b.message}${where}`, hint: `breaking, needs ${smallest} or higher` });
    }
    if (severity === 'error') fix = { version: smallest, level };
    if (bumped)
      problems.push({
        level: severity,
        file: chartFile,
        line: versionLine,
        message: `version ${version} is not a ${level} bump over ${baseVersion} but the change is breaking`,
        hint: `needs ${smallest} or higher`,
      });
  }
  return done({ name, base: baseVersion, head: version, required: level, status: 'changed' });
}

/**
 * Breaking changes in the chart's subcharts — vendored under `charts/` (at any
 * depth) or `file://` dependencies — as the parent's users see them: keys
 * under the subchart's alias or name (`web.image.pullPolicy`).
 */
async function subchartBreaking(dir: string, from: string, meta: ChartMeta, ctx: ChartContext): Promise<BreakingChange[]> {
  const { base, head } = ctx.input;
  const prefix = dir === '.' ? 'charts/' : `${dir}/charts/`;
  const basePrefix = from === '.' ? 'charts/' : `${from}/charts/`;
  // Subchart folder at head → its folder at the base (the same, unless the parent moved).
  const subs = new Map<string, string>();
  for (const d of ctx.headDirs) if (d.startsWith(prefix)) subs.set(d, basePrefix + d.slice(prefix.length));
  for (const d of ctx.baseDirs) if (d.startsWith(basePrefix)) subs.set(prefix + d.slice(basePrefix.length), d);
  for (const dep of meta.dependencies) {
    if (dep.localPath === undefined) continue;
    const target = posix.normalize(posix.join(dir, dep.localPath));
    if (!subs.has(target) && target !== dir) subs.set(target, target);
  }
  const nameAt = async (d: string, tree: PathSet) => {
    const text = await ctx.read(tree, join(d, 'Chart.yaml'));
    return text === undefined ? undefined : looseChart(text)?.name;
  };
  const out: BreakingChange[] = [];
  for (const [sub, baseSub] of [...subs].sort()) {
    const valuesFile = join(sub, 'values.yaml');
    const schemaFile = join(sub, 'values.schema.json');
    const baseValues = join(baseSub, 'values.yaml');
    const baseSchema = join(baseSub, 'values.schema.json');
    const movedOrChanged = (h: string, b: string) => (h !== b ? base.has(b) : ctx.changed.has(h));
    if (!movedOrChanged(valuesFile, baseValues) && !movedOrChanged(schemaFile, baseSchema)) continue;
    const found: BreakingChange[] = [];
    if (base.has(baseValues) && movedOrChanged(valuesFile, baseValues))
      found.push(...diffValues((await ctx.read(base, baseValues)) ?? '', (await ctx.read(head, valuesFile)) ?? '', baseValues, valuesFile));
    if (base.has(baseSchema) && head.has(schemaFile) && movedOrChanged(schemaFile, baseSchema))
      found.push(
        ...(await schemaChanges(
          (await ctx.read(base, baseSchema)) ?? '',
          (await ctx.read(head, schemaFile)) ?? '',
          schemaFile,
          head.has(valuesFile) ? valuesDefaults((await ctx.read(head, valuesFile)) ?? '') : undefined,
        )),
      );
    if (found.length === 0) continue;
    const key = await valuesKeyOf(sub, baseSub, dir, meta, nameAt, ctx);
    for (const b of found) {
      const inParent = b.key && !b.key.startsWith('(') ? `${key}.${b.key}` : key;
      out.push({ ...b, key: inParent, message: `${b.key ? b.message.replace(b.key, inParent) : b.message} in subchart ${sub}` });
    }
  }
  return out;
}

/** Where a subchart's values live in the parent's values: its alias or name, for each level of nesting. */
async function valuesKeyOf(
  sub: string,
  baseSub: string,
  dir: string,
  meta: ChartMeta,
  nameAt: (d: string, tree: PathSet) => Promise<string | undefined>,
  ctx: ChartContext,
): Promise<string> {
  const { base, head } = ctx.input;
  const name = async (d: string, bd: string) => (await nameAt(d, head)) ?? (await nameAt(bd, base)) ?? posix.basename(d);
  const viaFile = meta.dependencies.find((d) => d.localPath !== undefined && posix.normalize(posix.join(dir, d.localPath)) === sub);
  const prefix = dir === '.' ? 'charts/' : `${dir}/charts/`;
  if (viaFile || !sub.startsWith(prefix)) return viaFile?.alias ?? viaFile?.name ?? (await name(sub, baseSub));
  // charts/a/charts/b → a.b; the first level may carry an alias in the parent's dependencies.
  const parts = sub.slice(prefix.length).split('/charts/');
  const keys: string[] = [];
  let at = dir === '.' ? '' : dir;
  for (const part of parts) {
    at = at ? `${at}/charts/${part}` : `charts/${part}`;
    const n = await name(at, at);
    const dep = keys.length === 0 ? meta.dependencies.find((d) => d.name === n && d.alias) : undefined;
    keys.push(dep?.alias ?? n);
  }
  return keys.join('.');
}

async function checkDependencies(dir: string, meta: ChartMeta, ctx: ChartContext, problems: Problem[]): Promise<void> {
  const { head } = ctx.input;
  const prefix = dir === '.' ? 'charts/' : `${dir}/charts/`;
  const subDirs = ctx.headDirs.filter((d) => d.startsWith(prefix) && !d.slice(prefix.length).includes('/'));
  const charts = new Map<string, Promise<LooseChart | undefined>>();
  const chartAt = (d: string) => {
    let c = charts.get(d);
    if (!c) charts.set(d, (c = ctx.read(head, join(d, 'Chart.yaml')).then((t) => (t === undefined ? undefined : looseChart(t)))));
    return c;
  };
  const subByName = async (name: string) => {
    for (const d of subDirs) if ((await chartAt(d))?.name === name) return d;
    return undefined;
  };
  const inRepo = async (name: string, repository: string | undefined): Promise<string | undefined> => {
    if (repository?.startsWith('file://')) {
      const target = posix.normalize(posix.join(dir, repository.slice('file://'.length).replace(/\/+$/, '')));
      return head.has(join(target, 'Chart.yaml')) ? target : undefined;
    }
    return subByName(name);
  };

  for (const dep of meta.dependencies) {
    const where = await inRepo(dep.name, dep.repository);
    if (!where) {
      if (dep.localPath !== undefined)
        problems.push({ level: 'error', file: meta.file, line: dep.line, message: `dependency ${dep.name}: ${dep.repository} has no Chart.yaml`, hint: 'fix the file:// path' });
      continue;
    }
    const v = (await chartAt(where))?.version;
    if (!dep.version || !v || !valid(v)) continue;
    // Helm's constraints (Masterminds semver) AND comparators with commas: `>= 2.0.0, < 3.0.0`.
    const range = validRange(dep.version.replace(/\s*,\s*/g, ' '));
    if (range === null) continue;
    if (!satisfies(v, range, { includePrerelease: true }))
      problems.push({
        level: 'error',
        file: meta.file,
        line: dep.line,
        message: `dependency ${dep.name} requires version ${dep.version} but ${where} is ${v}`,
        hint: `set the dependency's version to ${v}`,
      });
  }

  const lockFile = join(dir, 'Chart.lock');
  const lockText = await ctx.read(head, lockFile);
  if (lockText === undefined) return;
  let lock;
  try {
    lock = readChartLock(lockText, lockFile);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(fromUserError(e));
    return;
  }
  const { entries } = lock;
  // Helm refuses to build from a lock whose names differ from Chart.yaml's dependencies.
  const locked = new Set(entries.map((e) => e.name));
  const declared = new Set(meta.dependencies.map((d) => d.name));
  for (const dep of meta.dependencies.filter((d, i, all) => d.name && !locked.has(d.name) && all.findIndex((o) => o.name === d.name) === i))
    problems.push({
      level: 'error',
      file: lockFile,
      line: lock.line,
      message: `Chart.lock has no entry for dependency ${dep.name} (${meta.file}:${dep.line ?? 1})`,
      hint: 'run `helm dependency update` and commit Chart.lock',
    });
  for (const entry of entries.filter((e) => e.name && !declared.has(e.name)))
    problems.push({
      level: 'error',
      file: lockFile,
      line: entry.line,
      message: `Chart.lock lists ${entry.name}, which is no longer a dependency in ${meta.file}`,
      hint: 'run `helm dependency update` and commit Chart.lock',
    });
  for (const entry of entries) {
    const where = await inRepo(entry.name, entry.repository);
    if (!where) continue;
    const v = (await chartAt(where))?.version;
    if (v && entry.version !== v)
      problems.push({
        level: 'error',
        file: lockFile,
        line: entry.line,
        message: `Chart.lock pins ${entry.name} ${entry.version ?? '(none)'} but ${where} is ${v}`,
        hint: 'run `helm dependency update` and commit Chart.lock',
      });
  }
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

function selectProtected(head: PathSet, files: readonly string[], globs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const p = normalizePath(f);
    if (head.has(p)) out.add(p);
  }
  if (globs.length > 0) {
    const match = picomatch(globs.map(normalizePath), { dot: true });
    for (const p of head) if (match(p)) out.add(p);
  }
  return [...out].sort();
}

async function checkProtected(files: string[], read: (p: string) => Promise<string | undefined>): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const file of files) {
    try {
      for (const p of checkPinnedImages((await read(file)) ?? '', file)) out.push({ level: 'error', file: p.file, line: p.line, message: p.message, hint: p.hint });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.push(fromUserError(e));
    }
  }
  return out;
}

function selectCharts(dirs: string[], patterns: readonly string[] | undefined): string[] {
  if (!patterns || patterns.length === 0) return dirs;
  return dirs.filter(chartPatternMatcher(patterns));
}

/** Folders holding a Chart.yaml, subcharts included. */
function chartDirs(paths: Iterable<string>): string[] {
  // One native regex scan over the joined listing: much cheaper than a cold JS loop over thousands of paths.
  const text = `\0${[...paths].join('\0')}\0`;
  const out: string[] = [];
  for (const m of text.matchAll(/\0(?:([^\0]*)\/)?Chart\.yaml(?=\0)/g)) out.push(m[1] ?? '.');
  return out;
}

function patternOf(t: TargetLike): string {
  return typeof t === 'string' ? t : t.pattern;
}

function join(dir: string, file: string): string {
  return dir === '.' ? file : `${dir}/${file}`;
}

function normalizePath(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^\.\//, '');
}


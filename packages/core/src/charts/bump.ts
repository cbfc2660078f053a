import semver from 'semver';
import { named, throwAll, unset, UserError, words } from '../errors.ts';
import { stripBom } from '../text/bytes.ts';
import { releaseChangelog, type ChangeEntry } from '../changelog/release.ts';
import { checkYamlEdit, type IntendedValue } from '../edits/check.ts';
import type { FileEdit } from '../edits/transaction.ts';
import { primeParse, setBlockScalar, setScalars } from '../edits/yaml-edit.ts';
import { isPlainSafe, doubleQuote, plainReadsAsString, yaml11Type, yaml12Type } from '../yaml/scalars.ts';
import { nodeAt, YAML_DOCUMENT } from '../yaml/read.ts';
import { ParseCache, parseWith } from '../text/parse-cache.ts';
import { isScalar, Scalar } from 'yaml';
import { parseChart, requireChartVersion, type ChartMeta } from './chart.ts';
import { cascadeOrder, dependencyLinks, type DependencyLink } from './cascade.ts';
import { updateChartLock } from './lock-edit.ts';
import { undottedPrerelease } from './bump-rules.ts';

/** How far a chart version moves when no explicit version is given. */
export type BumpLevel = 'patch' | 'minor' | 'major';

/** What to bump, already resolved from inputs and config. */
export interface BumpOptions {
  level: BumpLevel;
  /** Explicit chart version (SemVer 2, pre-releases allowed). */
  version?: string;
  /** New appVersion; undefined leaves appVersion alone. */
  appVersion?: string;
  /** Changelog entry given by the user (else a default line). */
  entry?: string;
  cascade: boolean;
  artifacthubChanges: boolean;
  policy: 'independent' | 'sync';
  changelog: 'auto' | 'required' | 'off';
  /** YYYY-MM-DD for changelog headings. */
  date: string;
  /**
   * The chart versions at the base the level applies to (the pull request's
   * base or the default branch's tip), so a rerun does not bump twice.
   * Without it, levels apply to the version in the work tree.
   */
  base?: BaseVersions;
}

/** Chart versions at the base: folder → version, or null where the chart does not exist there. */
export interface BaseVersions {
  /** Names the base in notes, e.g. `origin/main (1a2b3c4d5e6f)`. */
  label: string;
  /** A folder missing from the map could not be read at the base (no valid version): levels apply to the work tree's. */
  versions: ReadonlyMap<string, string | null>;
}

/** One chart's planned bump. */
export interface ChartBump {
  /** Chart folder, workspace-relative. */
  path: string;
  name: string;
  /** Chart.yaml path. */
  file: string;
  previousVersion: string;
  version: string;
  previousAppVersion?: string;
  appVersion?: string;
  /** True when the chart is bumped only because it depends on a bumped chart. */
  cascaded: boolean;
  /** In-repo dependencies that moved: entry name, its repository, the range it asked for, the new version. */
  dependencyUpdates: { name: string; repository?: string; from?: string; to: string }[];
  /** The changelog file kept for this chart, if any. */
  changelog?: string;
  /** The chart's Chart.lock, when it pins a dependency that moved. */
  lock?: string;
  /** Why the version was left as it is (already bumped relative to the base), for the summary. */
  leftAlone?: string;
  /** What was repaired on the way (an ambiguous unquoted version replaced), for the summary. */
  repaired?: string;
}

/** Something the user should know that does not stop the bump, at the file and line it concerns. */
export interface BumpWarning {
  message: string;
  file?: string;
  line?: number;
}

/** The planned bumps and the file edits that carry them out. */
export interface BumpPlan {
  bumps: ChartBump[];
  edits: FileEdit[];
  /** Charts that could not be read for the dependency graph (not selected, so not fatal), a Chart.lock left stale. */
  warnings: BumpWarning[];
}

/** A warning as one line, `file:line: message`, for logs and summaries. */
export function formatWarning(w: BumpWarning): string {
  return `${w.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : ''}${w.message}`;
}

/** Reads a workspace-relative file; undefined when it does not exist. */
export type ReadFile = (path: string) => string | undefined;

const chartFile = (dir: string) => (dir === '.' ? 'Chart.yaml' : `${dir}/Chart.yaml`);
const inDir = (dir: string, name: string) => (dir === '.' ? name : `${dir}/${name}`);

/**
 * Plans the bump of `selected` chart folders (plus, with cascade, every chart
 * that depends on them through `file://` or a vendored subchart), returning
 * the per-chart figures and pure file edits for the transaction. Every chart
 * is checked before anything is returned; problems in several charts are all
 * reported (UserErrors), so one bad chart stops the whole run. `cache` holds
 * the run's parses: a Chart.yaml read while planning is not parsed again by
 * its edit, its check or a re-run's comparison; the returned edits keep using it.
 */
export function planChartBumps(
  selectedDirs: readonly string[],
  allCharts: readonly string[],
  read: ReadFile,
  opts: BumpOptions,
  cache = new ParseCache(),
): BumpPlan {
  // Checked first, even beside an explicit version: the two must agree.
  const synced = syncedChartVersion(opts);
  const explicitVersion = opts.version ?? synced;
  const selectedSet = new Set(selectedDirs);
  const { metas, repairs, errors, warnings } = readCharts(selectedSet, opts.cascade ? allCharts : [], read, explicitVersion, cache);
  // Charts that failed to parse are reported with the others found below.
  const selected = selectedDirs.filter((d) => metas.has(d));

  const links = opts.cascade ? dependencyLinks(metas) : dependencyLinks(new Map([...metas].filter(([d]) => selectedSet.has(d))));
  const order = cascadeOrder(selected, links, opts.cascade);
  const byParent = new Map<string, DependencyLink[]>();
  for (const l of links) byParent.set(l.parent, [...(byParent.get(l.parent) ?? []), l]);

  const bumps = new Map<string, ChartBump>();
  const depEdits = new Map<string, IntendedValue[]>();
  for (const dir of order) {
    try {
      const planned = planOneChart(
        metas.get(dir)!,
        dir,
        selectedSet.has(dir),
        repairs.get(dir),
        byParent.get(dir) ?? [],
        bumps,
        explicitVersion,
        opts,
        warnings,
      );
      if (!planned) continue;
      bumps.set(dir, planned.bump);
      depEdits.set(dir, planned.dependencyEdits);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(e);
    }
  }
  throwAll(errors);

  const edits = [...bumps.values()].flatMap((b) => chartEdits(b, depEdits.get(b.path) ?? [], read, opts, warnings, cache));
  throwAll(sameVersionRerunErrors([...bumps.values()], edits, read, metas));
  return { bumps: [...bumps.values()], edits, warnings };
}

/**
 * Under `chart-version-policy: sync`, the chart version the app version
 * gives (without the `v` many app tags carry: Helm chart versions have
 * none); undefined under `independent` or without an app version. An app
 * version that is no SemVer, or an explicit version that differs, is a UserError.
 */
function syncedChartVersion(opts: BumpOptions): string | undefined {
  if (opts.policy !== 'sync' || opts.appVersion === undefined) return undefined;
  const synced = opts.appVersion.replace(/^v(?=\d)/, '');
  if (semver.valid(synced) !== synced || !/^\d/.test(synced))
    throw new UserError(
      words`chart-version-policy is sync, but ${named('app-version')} ${opts.appVersion} is not a SemVer 2 version to use as the chart version`,
      {
        hint: words`give ${named('app-version')} as MAJOR.MINOR.PATCH (e.g. 1.4.2 or v1.4.2), or use chart-version-policy: independent`,
      },
    );
  if (opts.version !== undefined && opts.version !== synced)
    throw new UserError(
      words`chart-version-policy is sync, but ${named('version')} ${opts.version} differs from ${named('app-version')} ${opts.appVersion}`,
      {
        hint: 'give only one of them (the chart version follows the app version)',
      },
    );
  return synced;
}

/** A selected chart's unquoted `version:` that YAML reads as no string, replaced by the explicit version: the value as written and what YAML read. */
interface VersionRepair {
  source: string;
  kind: string;
}

/**
 * Reads every chart the plan may touch: the selected folders, and `others`
 * (every chart, when cascading) for the dependency graph. A selected chart
 * that is missing or broken is an error; another chart that is broken is a
 * warning (it is not bumped and its dependencies are not followed). A
 * selected chart whose unquoted version YAML misreads is parsed with
 * `explicitVersion` written in, since the explicit version says what was meant.
 */
function readCharts(
  selected: ReadonlySet<string>,
  others: readonly string[],
  read: ReadFile,
  explicitVersion: string | undefined,
  cache: ParseCache,
): { metas: Map<string, ChartMeta>; repairs: Map<string, VersionRepair>; errors: UserError[]; warnings: BumpWarning[] } {
  const metas = new Map<string, ChartMeta>();
  const repairs = new Map<string, VersionRepair>();
  const errors: UserError[] = [];
  const warnings: BumpWarning[] = [];
  for (const dir of new Set([...selected, ...others])) {
    const file = chartFile(dir);
    const text = read(file);
    if (text === undefined) {
      if (selected.has(dir))
        errors.push(new UserError(`${file} does not exist`, { file, hint: 'point charts at a folder holding a Chart.yaml' }));
      continue;
    }
    try {
      if (stripBom(text).trim() === '')
        throw new UserError('Chart.yaml is empty', { file, line: 1, hint: 'write apiVersion, name and version' });
      const ambiguous = selected.has(dir) && explicitVersion !== undefined ? ambiguousVersion(text, file, cache) : undefined;
      if (ambiguous !== undefined) {
        // The explicit version says what was meant: it is written (quoted where needed) instead of refusing the old value.
        metas.set(
          dir,
          parseChart(setScalars(text, file, [{ path: ['version'], value: explicitVersion!, replaceAmbiguous: true }], { cache }), file),
        );
        repairs.set(dir, ambiguous);
        continue;
      }
      const meta = parseChart(text, file);
      metas.set(dir, meta);
      // Any chart read here may be bumped (selected, or cascaded): its edit starts from this parse.
      primeParse(meta.parsed, cache);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      if (selected.has(dir)) errors.push(e);
      else
        warnings.push({
          message: `${e.message}${e.hint ? ` — ${e.hint}` : ''} (not bumped; dependencies of this chart are not followed)`,
          file: e.file,
          line: e.line,
        });
    }
  }
  return { metas, repairs, errors, warnings };
}

/**
 * One chart's bump, in cascade order (its in-repo dependencies are planned
 * already, in `bumps`): the dependency entries that follow the children that
 * moved, then its new version and appVersion. A chart that is neither
 * selected (`direct`) nor depends on a moved chart is not bumped (undefined).
 */
function planOneChart(
  meta: ChartMeta,
  dir: string,
  direct: boolean,
  repair: VersionRepair | undefined,
  links: readonly DependencyLink[],
  bumps: ReadonlyMap<string, ChartBump>,
  explicitVersion: string | undefined,
  opts: BumpOptions,
  warnings: BumpWarning[],
): { bump: ChartBump; dependencyEdits: IntendedValue[] } | undefined {
  const current = repair?.source ?? requireChartVersion(meta);
  const { updates, edits } = followMovedDependencies(meta, links, bumps);
  if (!direct && updates.length === 0) return undefined;
  let version: string;
  let leftAlone: string | undefined;
  let appVersion = meta.appVersion?.value;
  if (direct) {
    if (explicitVersion !== undefined)
      version = checkExplicitVersion(explicitVersion, current, meta, repair !== undefined, dir, opts.base, warnings);
    else ({ version, leftAlone } = fromBase(dir, current, opts.level, opts.base));
    if (opts.policy === 'sync') appVersion = opts.appVersion ?? version;
    else if (opts.appVersion !== undefined) appVersion = opts.appVersion;
  } else ({ version, leftAlone } = fromBase(dir, current, 'patch', opts.base));
  const bump: ChartBump = {
    path: dir,
    name: meta.name,
    file: meta.file,
    previousVersion: current,
    version,
    previousAppVersion: meta.appVersion?.value,
    appVersion,
    cascaded: !direct,
    dependencyUpdates: updates,
    ...(leftAlone ? { leftAlone } : {}),
    ...(repair
      ? {
          repaired: `version: ${repair.source} was unquoted, so YAML read it as a ${repair.kind}, not the version written; replaced by ${version}`,
        }
      : {}),
  };
  return { bump, dependencyEdits: edits };
}

/**
 * The dependency entries of a chart whose in-repo child moved: the entry's
 * version is rewritten unless it is a range the new version satisfies
 * (`updates` lists every moved child, `edits` only the entries rewritten).
 */
function followMovedDependencies(
  meta: ChartMeta,
  links: readonly DependencyLink[],
  bumps: ReadonlyMap<string, ChartBump>,
): { updates: ChartBump['dependencyUpdates']; edits: IntendedValue[] } {
  const updates: ChartBump['dependencyUpdates'] = [];
  const edits: IntendedValue[] = [];
  for (const l of links) {
    const child = bumps.get(l.child);
    if (!child || child.version === child.previousVersion) continue;
    // An entry without a version asks for none: there is nothing to keep in step.
    if (l.index !== undefined && l.version !== undefined) {
      const wanted = l.version;
      const keep =
        !semver.valid(wanted) && semver.validRange(wanted) !== null && semver.satisfies(child.version, wanted, { includePrerelease: true });
      if (!keep && wanted !== child.version) {
        edits.push({ path: ['dependencies', l.index, 'version'], value: child.version });
        updates.push({
          name: meta.dependencies[l.index].name,
          repository: meta.dependencies[l.index].repository,
          from: wanted,
          to: child.version,
        });
        continue;
      }
    }
    const entry = l.index !== undefined ? meta.dependencies[l.index] : undefined;
    updates.push({ name: entry?.name ?? child.name, repository: entry?.repository, to: child.version });
  }
  return { updates, edits };
}

/**
 * An explicit (or synced) version for a selected chart: valid SemVer, not lower
 * than the current one unless that one was a repaired misreading, and not one
 * the base already carries (case 32: it would be published twice). An
 * undotted pre-release (`rc9`, which sorts as text) adds a warning.
 */
function checkExplicitVersion(
  explicit: string,
  current: string,
  meta: ChartMeta,
  repaired: boolean,
  dir: string,
  base: BaseVersions | undefined,
  warnings: BumpWarning[],
): string {
  if (!semver.valid(explicit))
    throw new UserError(`version ${explicit} is not valid SemVer 2`, { hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.0 or 1.4.0-rc.1' });
  const undottedVersion = [current, explicit].find((v) => undottedPrerelease(v) !== undefined);
  const undotted = undottedVersion === undefined ? undefined : undottedPrerelease(undottedVersion);
  if (!repaired && semver.lt(explicit, current))
    throw new UserError(`version ${explicit} is lower than the current version ${current}`, {
      file: meta.file,
      line: meta.version?.line,
      hint: undotted
        ? `'${undotted.identifier}' compares as text (${undotted.next} sorts before it): write pre-releases with a dot, e.g. ${undotted.suggestion}`
        : words`give a version greater than ${current}, or ${unset('version')} to bump by level`,
    });
  const published = base?.versions.get(dir);
  if (typeof published === 'string' && explicit !== current && semver.valid(published) && semver.compare(explicit, published) <= 0)
    throw new UserError(`chart ${meta.name} ${explicit} is already published at ${base!.label} (its version there is ${published})`, {
      file: meta.file,
      line: meta.version?.line,
      hint: words`give a version greater than ${published}, or ${unset('version')} to bump by level from it`,
    });
  if (undotted)
    warnings.push({
      message: `version ${undottedVersion}: the pre-release identifier '${undotted.identifier}' compares as text, so ${undotted.next} would sort before it — write ${undotted.suggestion}`,
      file: meta.file,
      line: meta.version?.line,
    });
  return explicit;
}

/**
 * The file edits that carry out one chart's bump, in order: its changelog
 * (first: the Artifact Hub annotation repeats its entries), its Chart.lock
 * when it pins a dependency that moved, then its Chart.yaml. A stale
 * Chart.lock digest adds a warning.
 */
function chartEdits(
  b: ChartBump,
  dependencyEdits: IntendedValue[],
  read: ReadFile,
  opts: BumpOptions,
  warnings: BumpWarning[],
  cache: ParseCache,
): FileEdit[] {
  const edits: FileEdit[] = [];
  const changelog = changelogEdit(b, read, opts);
  if (changelog.edit) edits.push(changelog.edit);
  const lock = lockEdit(b, dependencyEdits, read, warnings, cache);
  if (lock) edits.push(lock);
  edits.push(chartYamlEdit(b, dependencyEdits, changelog.entries, opts, cache));
  return edits;
}

/**
 * The chart's changelog release (when it keeps one, or `changelog: required`),
 * and the entries the release lists: the user's entry, else a line saying
 * what moved. Sets `b.changelog` when the file is edited.
 */
function changelogEdit(b: ChartBump, read: ReadFile, opts: BumpOptions): { entries: ChangeEntry[]; edit?: FileEdit } {
  // A re-run (same version, appVersion already set) names the appVersion as the first run did.
  const namesApp =
    b.appVersion !== undefined &&
    (b.appVersion !== b.previousAppVersion || (b.version === b.previousVersion && opts.appVersion !== undefined));
  const defaultEntry = b.cascaded
    ? `Update ${b.dependencyUpdates.map((u) => `${u.name} to ${u.to}`).join(', ')}`
    : namesApp
      ? `Update appVersion to ${b.appVersion}`
      : `Bump chart version to ${b.version}`;
  const clPath = inDir(b.path, 'CHANGELOG.md');
  const clText = opts.changelog === 'off' ? undefined : read(clPath);
  const request = {
    version: b.version,
    date: opts.date,
    entries: !b.cascaded && opts.entry ? [opts.entry] : undefined,
    fallbackEntries: [defaultEntry],
    create: opts.changelog === 'required',
    subject: `the ${b.name} chart`,
  };
  let entries: ChangeEntry[] = [];
  let edit: FileEdit | undefined;
  if (opts.changelog !== 'off' && (clText !== undefined || opts.changelog === 'required')) {
    b.changelog = clPath;
    entries = releaseChangelog(clText, request).entries;
    edit = { path: clPath, update: (t) => releaseChangelog(t, request).text };
  }
  if (entries.length === 0) entries = [{ kind: 'changed', text: request.entries?.[0] ?? defaultEntry }];
  return { entries, edit };
}

/**
 * Chart.lock pins in-repo dependencies too: it moves with them (and its
 * digest, when it can be proven). Undefined when the chart moved no
 * dependency, has no Chart.lock, or its lock pins none that moved. Sets
 * `b.lock` when the file is edited.
 */
function lockEdit(
  b: ChartBump,
  dependencyEdits: IntendedValue[],
  read: ReadFile,
  warnings: BumpWarning[],
  cache: ParseCache,
): FileEdit | undefined {
  const lockPath = inDir(b.path, 'Chart.lock');
  const lockText = b.dependencyUpdates.length > 0 ? read(lockPath) : undefined;
  if (lockText === undefined) return undefined;
  const chartBefore = read(b.file) ?? '';
  const children = b.dependencyUpdates.map((u) => ({ name: u.name, repository: u.repository, version: u.to }));
  const planned = updateChartLock(lockText, lockPath, chartBefore, dependencyEdits, children, cache);
  if (planned.intended.length === 0) return undefined;
  b.lock = lockPath;
  if (!planned.digestUpdated)
    warnings.push({
      message:
        'dependency versions updated, but its digest did not match Chart.yaml before this run, so it was left as is — run `helm dependency update`',
      file: lockPath,
      line: lineOfKey(lockText, 'digest'),
    });
  let lastIntended: IntendedValue[] = [];
  return {
    path: lockPath,
    update: (t) => {
      if (t === undefined) return undefined;
      const r = updateChartLock(t, lockPath, chartBefore, dependencyEdits, children, cache);
      lastIntended = r.intended;
      return r.text;
    },
    check: (before, after) => checkYamlEdit(lockPath, before ?? '', after, lastIntended, { cache }),
  };
}

/** The Chart.yaml edit: version, the dependency entries that follow, appVersion when it changes, and the Artifact Hub changes annotation when asked for. */
function chartYamlEdit(
  b: ChartBump,
  dependencyEdits: IntendedValue[],
  entries: ChangeEntry[],
  opts: BumpOptions,
  cache: ParseCache,
): FileEdit {
  const intended: IntendedValue[] = [{ path: ['version'], value: b.version }, ...dependencyEdits];
  if (b.appVersion !== undefined && b.appVersion !== b.previousAppVersion) intended.push({ path: ['appVersion'], value: b.appVersion });
  const changes = opts.artifacthubChanges ? artifactHubChanges(entries) : undefined;
  const file = b.file;
  return {
    path: file,
    update: (text) => {
      if (text === undefined) return undefined;
      let out = setScalars(
        text,
        file,
        intended.map((i) => ({
          ...i,
          create: i.path[0] === 'appVersion',
          after: 'version',
          replaceAmbiguous: b.repaired !== undefined && i.path[0] === 'version',
        })),
        { cache },
      );
      if (changes !== undefined)
        out = setBlockScalar(out, file, ['annotations', 'artifacthub.io/changes'], changes, { create: true, cache });
      return out;
    },
    check: (before, after) =>
      checkYamlEdit(
        file,
        before ?? '',
        after,
        changes === undefined ? intended : [...intended, { path: ['annotations', 'artifacthub.io/changes'], value: `${changes}\n` }],
        { cache },
      ),
  };
}

/**
 * An explicit version equal to the current one is a re-run: accepted only
 * when it changes nothing. One error per selected chart whose own edits
 * (Chart.yaml, changelog, Chart.lock) would still change a file.
 */
function sameVersionRerunErrors(
  bumps: readonly ChartBump[],
  edits: readonly FileEdit[],
  read: ReadFile,
  metas: ReadonlyMap<string, ChartMeta>,
): UserError[] {
  const errors: UserError[] = [];
  for (const b of bumps) {
    if (b.cascaded || b.leftAlone || b.version !== b.previousVersion) continue;
    const own = edits.filter((e) => e.path === b.file || e.path === b.changelog || e.path === b.lock);
    const changes = own.some((e) => {
      const text = read(e.path);
      const after = e.update(text);
      return after !== undefined && after !== text;
    });
    if (changes)
      errors.push(
        new UserError(`version ${b.version} is not greater than the current version ${b.previousVersion}`, {
          file: b.file,
          line: metas.get(b.path)?.version?.line,
          hint: `give a version greater than ${b.previousVersion}; the same version is accepted only when nothing else would change`,
        }),
      );
  }
  return errors;
}

/** The 1-based line of a top-level `key:` in YAML text, or undefined. */
function lineOfKey(text: string, key: string): number | undefined {
  const i = text.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 1;
}

/** An unquoted `version:` that YAML 1.1 or 1.2 reads as something other than a string: its source and what it reads as. */
function ambiguousVersion(text: string, file: string, cache: ParseCache): { source: string; kind: string } | undefined {
  try {
    const parsed = parseWith(cache, YAML_DOCUMENT, stripBom(text), file);
    const node = nodeAt(parsed, ['version']);
    if (!isScalar(node) || node.type !== Scalar.PLAIN || !node.range || node.value === null) return undefined;
    const source = parsed.text.slice(node.range[0], node.range[1]);
    if (plainReadsAsString(source)) return undefined;
    const t = yaml11Type(source) !== 'str' ? yaml11Type(source) : yaml12Type(source);
    return { source, kind: t === 'int' || t === 'float' ? 'number' : t === 'timestamp' ? 'date' : t === 'bool' ? 'boolean' : 'null' };
  } catch {
    return undefined; // the file's own error is reported by parseChart
  }
}

/**
 * The version a level gives, applied to the version at the base (so that
 * a rerun changes nothing): a chart already bumped by at least that level over
 * the base, or new since the base, keeps its version and says why.
 */
function fromBase(dir: string, current: string, level: BumpLevel, base: BaseVersions | undefined): { version: string; leftAlone?: string } {
  const at = base?.versions.get(dir);
  if (!base || at === undefined) return { version: semver.inc(current, level)! };
  if (at === null) return { version: current, leftAlone: `new since ${base.label}: version left at ${current}` };
  const target = semver.inc(at, level)!;
  if (semver.gte(current, target))
    return { version: current, leftAlone: `already ${current}, at least a ${level} bump over ${at} at ${base.label}: version left as is` };
  // The work tree may also be behind the base (another bump merged since): the level still starts from the base.
  return { version: target };
}

/** The `artifacthub.io/changes` annotation body: a YAML list of kind/description. */
export function artifactHubChanges(entries: readonly ChangeEntry[]): string {
  return entries
    .map((e) => {
      const text = e.text.replace(/\s+/g, ' ').trim();
      return `- kind: ${e.kind}\n  description: ${isPlainSafe(text) && !/[[\]{},]/.test(text[0] ?? '') ? text : doubleQuote(text)}`;
    })
    .join('\n');
}

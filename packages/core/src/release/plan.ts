import { posix } from 'node:path';
import { globError, globMatcher } from '../text/glob.ts';
import semver from 'semver';
import { throwAll, UserError, UserErrors } from '../errors.ts';
import type { FileEdit } from '../edits/transaction.ts';
import { formatWarning, planChartBumps, type ChartBump, type ReadFile } from '../charts/bump.ts';
import { setPyprojectVersion, setTomlPins, parseTomlOffsets, tomlValueAt, type PinChange } from '../toml/edit.ts';
import { setPackageJsonPins, setPackageJsonVersion } from '../edits/json-edit.ts';
import { frame } from '../text/bytes.ts';
import { ParseCache } from '../text/parse-cache.ts';
import { changelogWithNotes, prependChangelog, type NotesText } from './notes.ts';
import type { Text } from '../text/parts.ts';

/** A pin rule with its files already matched. */
export interface ResolvedPin {
  /** The glob from the config. */
  pattern: string;
  files: string[];
  table?: string;
  names: string[];
  /** Where the rule sits in the config, for errors. */
  where?: { file?: string; line?: number };
}

/** Everything the file edits of a release depend on. */
export interface ReleaseFilesRequest {
  version: string;
  versionFile: string;
  /** Files whose own version becomes X.Y.Z (pyproject.toml, package.json). */
  packages: string[];
  pins: ResolvedPin[];
  /** Chart folders to bump, and every chart folder (for cascades). */
  charts: string[];
  allCharts: string[];
  chartVersionPolicy: 'independent' | 'sync';
  changelog: 'auto' | 'required' | 'off';
  /** The notes to put into the root CHANGELOG.md, whole or in parts (renderNotesParts). */
  notes: NotesText;
  date: string;
  read: ReadFile;
  /** The run's parses, shared by the check with a stand-in version and the real plan; a fresh one when absent. */
  cache?: ParseCache;
}

/** One row of the "what changes" table: a file, what in it, from and to. */
export interface ReleaseRow {
  file: string;
  what: string;
  from: string;
  to: string;
}

/** The planned edits of a release. */
export interface ReleaseFilesPlan {
  /** CHANGELOG.md's edit makes its text in parts when the notes are in parts. */
  edits: FileEdit<Text>[];
  rows: ReleaseRow[];
  /** Folders whose pins change: where the lock command runs. */
  lockDirs: string[];
  charts: ChartBump[];
  warnings: string[];
  /** The request's notes, in parts when given in parts: the very parts of the new CHANGELOG.md's text when they are in it as given (one copy for both). */
  notes: NotesText;
}

/**
 * A glob that picomatch matches only against itself: segments of letters, digits and `_ . @ -`, none of them
 * `.` or `..`. A config or input that lists two hundred package files by path is two hundred lookups, not
 * two hundred matchers run over every file of the workspace.
 */
const LITERAL_PATH = /^(?!\.\.?(?:\/|$))[\w.@-]+(?:\/(?!\.\.?(?:\/|$))[\w.@-]+)*$/;

/** The workspace's files as a set, made once per list. */
const fileSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Matches config globs against the workspace's files; a glob that matches nothing is an error naming it. */
export function matchFiles(
  files: readonly string[],
  pattern: string,
  what: string,
  where?: { file?: string; line?: number; input?: string },
): string[] {
  const glob = pattern.replace(/^\.\//, '');
  const source = where?.input ? { input: where.input } : { key: what, file: where?.file, line: where?.line };
  let out: string[];
  if (LITERAL_PATH.test(glob)) {
    const e = globError(glob, source);
    if (e) throw e;
    let set = fileSets.get(files);
    if (!set) fileSets.set(files, (set = new Set(files)));
    out = set.has(glob) ? [glob] : [];
  } else {
    const isMatch = globMatcher(glob, source);
    out = files.filter((f) => isMatch(f));
  }
  if (out.length === 0 && where?.input)
    throw new UserError(`: '${pattern}' matches no file`, {
      input: where.input,
      hint: 'fix the path or glob (relative to working-directory)',
    });
  if (out.length === 0)
    throw new UserError(`${what} '${pattern}' matches no file`, {
      file: where?.file,
      line: where?.line,
      hint: 'fix the path or glob (relative to working-directory)',
    });
  return out.sort();
}

/** Reads the version file's X.Y.Z; undefined when the file does not exist; a UserError at file:1 when it holds something else. */
export function readVersionFile(text: string | undefined, file: string): string | undefined {
  if (text === undefined) return undefined;
  const first = frame(text).body.split(/\r?\n/)[0].trim();
  if (semver.valid(first) !== first)
    throw new UserError(`version file holds '${first.slice(0, 40)}', not a SemVer version`, {
      file,
      line: 1,
      hint: 'write X.Y.Z (e.g. 1.4.2) on its first line',
    });
  return first;
}

/** The version file with its first line set to `version` (line ending, BOM and the rest kept). */
export function writeVersionFile(text: string | undefined, version: string): string {
  if (text === undefined || text.trim() === '') return `${version}\n`;
  const { bom, body, eol } = frame(text);
  const nl = body.indexOf('\n');
  return nl === -1 ? `${bom}${version}` : `${bom}${version}${eol === '\r\n' ? '\r' : ''}${body.slice(nl)}`;
}

/**
 * Plans every file edit of a release: the version file, package versions,
 * dependency pins, chart bumps (appVersion = X.Y.Z, chart version by policy)
 * and the root CHANGELOG.md. Every file is read and checked here; all
 * problems are reported together and nothing is returned half-planned.
 */
export function planReleaseFiles(request: ReleaseFilesRequest): ReleaseFilesPlan {
  // The notes apart: the edits' closures hold `req`, not the notes (CHANGELOG.md's edit holds its text, of which
  // notes in parts are parts).
  const { notes: given, ...req } = request;
  const cache = req.cache ?? new ParseCache();
  const errors: UserError[] = [];
  const edits: FileEdit<Text>[] = [];
  const rows: ReleaseRow[] = [];
  const lockDirs = new Set<string>();
  const collect = (e: unknown) => {
    if (e instanceof UserErrors) errors.push(...e.errors);
    else if (e instanceof UserError) errors.push(e);
    else throw e;
  };
  const attempt = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      collect(e);
    }
  };

  attempt(() => {
    const text = req.read(req.versionFile);
    const from = readVersionFile(text, req.versionFile);
    if (from !== req.version) {
      edits.push({ path: req.versionFile, update: (t) => writeVersionFile(t, req.version) });
      rows.push({ file: req.versionFile, what: 'version', from: from ?? '(new file)', to: req.version });
    }
  });

  for (const file of req.packages) {
    attempt(() => {
      const text = req.read(file);
      if (text === undefined) throw new UserError(`${file} does not exist`, { file, hint: 'fix packages in the config' });
      const update = packageUpdater(file, req.version, cache);
      const from = packageVersion(text, file, cache);
      const after = update(text); // validates now, so every error is found before anything is written
      if (from !== req.version) {
        edits.push(plannedEdit(file, text, after, (t) => (t === undefined ? t : update(t))));
        rows.push({ file, what: 'version', from: from ?? '', to: req.version });
      }
    });
  }

  for (const rule of req.pins) {
    for (const file of rule.files) {
      attempt(() => {
        const text = req.read(file);
        if (text === undefined) return;
        const update = pinUpdater(file, rule, req.version, cache);
        const { changes, text: after } = update(text);
        const moved = changes.filter((c: PinChange) => c.from !== c.to);
        if (moved.length === 0) return;
        edits.push(plannedEdit(file, text, after, (t) => (t === undefined ? t : update(t).text)));
        for (const c of moved) rows.push({ file, what: `pin ${c.name}`, from: c.from, to: c.to });
        lockDirs.add(posix.dirname(file));
      });
    }
  }

  let charts: ChartBump[] = [];
  const warnings: string[] = [];
  if (req.charts.length > 0) {
    attempt(() => {
      const plan = planChartBumps(
        req.charts,
        req.allCharts,
        req.read,
        {
          level: 'patch',
          appVersion: req.version,
          entry: `Release ${req.version}`,
          cascade: true,
          artifacthubChanges: false,
          policy: req.chartVersionPolicy,
          changelog: req.changelog,
          date: req.date,
        },
        cache,
      );
      charts = plan.bumps;
      warnings.push(...plan.warnings.map(formatWarning));
      edits.push(...plan.edits);
      for (const b of plan.bumps) {
        rows.push({ file: b.file, what: `chart ${b.name} version`, from: b.previousVersion, to: b.version });
        if (b.appVersion !== undefined && b.appVersion !== b.previousAppVersion)
          rows.push({ file: b.file, what: `chart ${b.name} appVersion`, from: b.previousAppVersion ?? '', to: b.appVersion });
      }
    });
  }

  // Not in a closure of this function (each holds its context): `given` is not kept by the edits.
  let notes: NotesText | undefined;
  try {
    const changelog = planChangelog(req.read('CHANGELOG.md'), req.version, given);
    notes = changelog.notes;
    if (changelog.edit) edits.push(changelog.edit);
    if (changelog.row) rows.push(changelog.row);
  } catch (e) {
    collect(e);
  }

  throwAll(errors);
  return {
    edits,
    rows,
    lockDirs: [...lockDirs].sort(),
    charts,
    warnings,
    notes: notes ?? given,
  };
}

/**
 * The root CHANGELOG.md with the version's notes on top: its edit and row
 * when that changes it, and the notes as held in its new text when they are
 * in there as given. A long release's notes in parts are then one copy
 * serving both (the new text is made of the same parts, never joined); the
 * edit keeps only what it needs.
 */
function planChangelog(
  before: string | undefined,
  version: string,
  given: NotesText,
): { notes: NotesText; edit?: FileEdit<Text>; row?: ReleaseRow } {
  const { text: after, notes } = changelogWithNotes(before, version, given);
  if (after === before) return { notes };
  return {
    notes,
    // A long release's CHANGELOG.md is not built twice.
    edit: plannedEdit('CHANGELOG.md', before, after, (t) => prependChangelog(t, version, notes)),
    row: { file: 'CHANGELOG.md', what: 'release notes', from: before === undefined ? '(new file)' : '', to: version },
  };
}

/**
 * An edit whose new text the plan computed already: `after` again when it is applied to the text it was
 * computed from (`read`; so it always is, but for another edit of the same file before it or a concurrent
 * writer), `update` on any other text. The check and the release commit do not redo a file's edit.
 */
function plannedEdit<T extends Text>(
  path: string,
  read: string | undefined,
  after: T,
  update: (text: string | undefined) => T | undefined,
): FileEdit<T> {
  return { path, update: (t) => (t === read ? after : update(t)) };
}

function packageUpdater(file: string, version: string, cache: ParseCache): (text: string) => string {
  if (file.endsWith('package.json')) return (t) => setPackageJsonVersion(t, file, version);
  if (file.endsWith('.toml')) return (t) => setPyprojectVersion(t, file, version, cache);
  throw new UserError(`packages: ${file} is neither a pyproject.toml nor a package.json`, {
    hint: 'list pyproject.toml or package.json files under packages',
  });
}

function packageVersion(text: string, file: string, cache: ParseCache): string | undefined {
  if (file.endsWith('package.json')) {
    const v = (JSON.parse(frame(text).body) as { version?: unknown }).version;
    return typeof v === 'string' ? v : undefined;
  }
  const p = parseTomlOffsets(text, file, cache);
  const node = tomlValueAt(p, ['project', 'version']) ?? tomlValueAt(p, ['tool', 'poetry', 'version']);
  return node && node.type === 'TOMLValue' && node.kind === 'string' ? node.value : undefined;
}

function pinUpdater(
  file: string,
  rule: ResolvedPin,
  version: string,
  cache: ParseCache,
): (text: string) => { text: string; changes: PinChange[] } {
  if (file.endsWith('package.json')) return (t) => setPackageJsonPins(t, file, rule.names, version);
  if (!file.endsWith('.toml'))
    throw new UserError(`pins: ${file} is neither a TOML file nor a package.json`, { file: rule.where?.file, line: rule.where?.line });
  return (t) => {
    let table = rule.table;
    if (!table) {
      // No table given: PEP 621 dependencies, else Poetry's main dependencies.
      const p = parseTomlOffsets(t, file, cache);
      table = tomlValueAt(p, ['project', 'dependencies']) ? 'project.dependencies' : 'tool.poetry.dependencies';
    }
    return setTomlPins(t, file, table, rule.names, version, rule.where, cache);
  };
}

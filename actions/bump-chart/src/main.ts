import * as core from '@lockstep/core/action/workflow-commands';
import { posix } from 'node:path';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { readEventFile } from '@lockstep/core/action/event';
import { UserError, UserErrors } from '@lockstep/core/errors';
import { loadConfig } from '@lockstep/core/config/config';
import { resolveInside, resolveWorkingDirectory, workspaceRelative } from '@lockstep/core/fs/workspace';
import { chartPatternMatcher, findCharts, normalizePattern } from '@lockstep/core/charts/discover';
import { listChartFiles } from '@lockstep/core/charts/tree';
import { formatWarning, parseVersionInput, planChartBumps, type BaseVersions, type BumpLevel } from '@lockstep/core/charts/bump';
import { checkBaseRef, readBaseVersions, resolveBumpBase, type BumpEvent } from '@lockstep/core/charts/base';
import { gitSpawner, gitText, ObjectReader } from '@lockstep/core/git/objects';
import { applyEdits, realFs } from '@lockstep/core/edits/transaction';
import { renderDiff } from '@lockstep/core/edits/diff';
import { markdownTable, writeSummary } from '@lockstep/core/report/summary';
import { escapeForLog } from '@lockstep/core/report/log';
import { escapeHtml } from '@lockstep/core/action/run';
import { didYouMean } from '@lockstep/core/text/suggest';
import { stripBom } from '@lockstep/core/text/bytes';

const LEVELS = ['patch', 'minor', 'major'] as const;

/** The action's inputs, read once. */
interface BumpInputs {
  workingDirectory: string;
  config?: string;
  charts: string[];
  level: BumpLevel;
  /** The ref the level applies to (default: the pull request's base, else the default branch's tip). */
  base?: string;
  version?: string;
  appVersion?: string;
  changelogEntry?: string;
  cascade: boolean;
  artifacthubChanges: boolean;
  dryRun: boolean;
}

function getInputs(inputs: Inputs): BumpInputs {
  const version = inputs.optional('version');
  const entry = inputs.optional('changelog-entry');
  if (entry !== undefined && /[\r\n]/.test(entry)) throw new UserError("input 'changelog-entry' spans several lines", { hint: 'give one line of text' });
  // The runner still passes an input the action no longer declares: say where it went instead of ignoring it.
  if (inputs.optional('chart') !== undefined) throw new UserError("input 'chart' was renamed to 'charts'", { hint: 'write charts: under with: (the same paths or globs)' });
  return {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    charts: inputs.list('charts'),
    level: inputs.choice('level', LEVELS, 'patch'),
    base: baseInput(inputs.optional('base')),
    version: version === undefined ? undefined : parseVersionInput(version, 'version'),
    appVersion: inputs.optional('app-version'),
    changelogEntry: entry,
    cascade: inputs.boolean('cascade', true),
    artifacthubChanges: inputs.boolean('artifacthub-changes', false),
    dryRun: inputs.boolean('dry-run', false),
  };
}

/** A ref input is data for git, never an option or a range: checked with the other inputs, before git runs. */
function baseInput(ref: string | undefined): string | undefined {
  if (ref !== undefined) checkBaseRef(ref);
  return ref;
}

/** Today as YYYY-MM-DD; SOURCE_DATE_EPOCH (seconds) pins it for reproducible runs. */
function today(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const d = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return d.toISOString().slice(0, 10);
}

/** Reads the inputs once, plans and writes the bumps through core, sets outputs and the job summary. */
export async function main(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs = getInputs(new Inputs(envInputs()));
  // The level reads the base through git: a missing folder or no checkout is the user's to fix, not a git crash.
  const root = resolveWorkingDirectory(workspace, inputs.workingDirectory);
  const prefix = workspaceRelative(workspace, root);
  const show = (p: string) => (prefix === '' ? p : posix.join(prefix, p));
  try {
    await bump(root, inputs, show);
  } catch (e) {
    throw relocate(e, show);
  }
}

async function bump(root: string, inputs: BumpInputs, show: (p: string) => string): Promise<void> {
  const config = loadConfig(root, inputs.config);
  const read = (p: string) => realFs.readFile(resolveInside(root, p, p));

  let appVersion = inputs.appVersion;
  if (appVersion === 'file') {
    const text = read(config.versionFile);
    if (text === undefined) throw new UserError(`version file ${config.versionFile} does not exist`, { hint: 'create it holding X.Y.Z, or give app-version' });
    appVersion = stripBom(text).split(/\r?\n/)[0].trim();
    if (appVersion === '') throw new UserError(`version file ${config.versionFile} is empty`, { file: config.versionFile, line: 1, hint: 'write X.Y.Z on its first line' });
  }
  if (appVersion !== undefined && /\s/.test(appVersion)) throw new UserError(`app-version '${appVersion}' contains spaces`, { hint: 'give one version, e.g. 1.4.2' });

  const linked: string[] = [];
  const files = listChartFiles(root, linked);
  const allDirs = files.map((f) => posix.dirname(f));
  const patterns = inputs.charts.length > 0 ? inputs.charts : (config.charts ?? []);
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
        file: inputs.charts.length > 0 ? undefined : config.file,
        hint: inputs.charts.length > 0 ? 'fix the charts input (paths or globs relative to working-directory)' : 'fix `charts:` in the config, or give the charts input',
      });
    found.forEach((d) => picked.add(d));
  }
  const selected = [...picked];

  // The level applies to the versions at the base, read through git (after every input and the config were checked).
  const base = await baseVersions(root, inputs, inputs.cascade ? [...new Set([...selected, ...allDirs])] : selected);

  const plan = planChartBumps(selected, allDirs, read, {
    level: inputs.level,
    version: inputs.version,
    appVersion,
    entry: inputs.changelogEntry,
    cascade: inputs.cascade,
    artifacthubChanges: inputs.artifacthubChanges,
    policy: config.chartVersionPolicy,
    changelog: config.changelog,
    date: today(),
    base,
  });
  for (const w of plan.warnings) core.warning(escapeForLog(w.message), { file: w.file ? show(w.file) : undefined, line: w.line });

  const applied = applyEdits(root, plan.edits, { dryRun: inputs.dryRun });
  const changed = new Set(applied.changes.map((c) => c.path));
  const diff = renderDiff(applied.changes.map((c) => ({ ...c, path: show(c.path) })));
  if (diff !== '') {
    core.startGroup(inputs.dryRun ? 'Diff (dry run: nothing written)' : 'Diff');
    core.info(diff);
    core.endGroup();
  }

  const rows = plan.bumps.map((b) => ({
    path: show(b.path),
    name: b.name,
    'previous-version': b.previousVersion,
    version: b.version,
    'previous-app-version': b.previousAppVersion ?? '',
    'app-version': b.appVersion ?? '',
    cascaded: b.cascaded,
    files: [b.file, ...(b.changelog ? [b.changelog] : []), ...(b.lock ? [b.lock] : [])].filter((f) => changed.has(f)).map(show),
  }));
  const notes = plan.bumps.flatMap((b) => [b.repaired, b.leftAlone].filter((n): n is string => n !== undefined).map((n) => `${b.name} (${show(b.path)}): ${n}`));
  core.startGroup(`Charts (${rows.length})`);
  if (base) core.info(escapeForLog(`levels apply to the chart versions at ${base.label}`));
  for (const r of rows)
    core.info(
      escapeForLog(
        `${r.name} (${r.path})${r.cascaded ? ' [cascaded]' : ''}: version ${r['previous-version']} → ${r.version}, appVersion ${r['previous-app-version'] || '—'} → ${r['app-version'] || '—'}`,
      ),
    );
  for (const n of notes) core.info(escapeForLog(n));
  core.endGroup();
  // The primary chart is the first one asked for (the outputs version/app-version describe it).
  const primary = rows.find((r) => r.path === show(selected[0])) ?? rows.find((r) => !r.cascaded) ?? rows[0];
  core.setOutput('version', primary?.version ?? '');
  core.setOutput('previous-version', primary?.['previous-version'] ?? '');
  core.setOutput('app-version', primary?.['app-version'] ?? '');
  core.setOutput('changed-files', JSON.stringify([...changed].map(show)));
  core.setOutput('charts', JSON.stringify(rows));

  const arrow = (a: string, b: string) => (a === b ? `${a || '—'} (unchanged)` : `${a || '—'} → ${b}`);
  const table = markdownTable(
    ['Chart', 'Version', 'appVersion', 'Files changed'],
    rows.map((r) => [
      `${r.name} (${r.path})${r.cascaded ? ' — cascaded' : ''}`,
      arrow(r['previous-version'], r.version),
      arrow(r['previous-app-version'], r['app-version']),
      r.files.length ? r.files.join('\n') : 'none',
    ]),
  );
  const note =
    applied.changes.length === 0
      ? 'Nothing to change: every chart already has these versions and changelog entries.'
      : inputs.dryRun
        ? `Dry run: ${applied.changes.length} file(s) would change; nothing was written.`
        : `${applied.changes.length} file(s) changed.`;
  core.info(note);
  const noted = notes.length ? `\n**Notes**\n\n${notes.map((n) => `- ${escapeHtml(n)}`).join('\n')}\n` : '';
  const warned = plan.warnings.length ? `\n**Warnings**\n\n${plan.warnings.map((w) => `- ${escapeHtml(formatWarning({ ...w, file: w.file ? show(w.file) : undefined }))}`).join('\n')}\n` : '';
  await writeSummary(`### bump-chart\n\n${note}\n\n${table}\n${noted}${warned}`);
}

/**
 * The chart versions at the base, for `dirs`. Only a level needs them for the
 * charts asked for, but cascaded parents are patch-bumped from the base too.
 */
async function baseVersions(root: string, inputs: BumpInputs, dirs: readonly string[]): Promise<BaseVersions> {
  const git = gitSpawner(root);
  const reader = new ObjectReader(root);
  try {
    const name = process.env.GITHUB_EVENT_NAME;
    const { event, problem } = inputs.base === undefined ? readEventFile<BumpEvent>(name, process.env.GITHUB_EVENT_PATH) : { event: {}, problem: undefined };
    // A pull request run whose payload is lost must not quietly fall back to the default branch.
    if (problem) throw new UserError(`the ${name} event file ${problem}`, { hint: 'run this step in a GitHub Actions job, or set base: to the branch the pull request merges into' });
    const base = await resolveBumpBase(git, reader, { base: inputs.base, event });
    for (const f of base.fetched) core.info(f);
    // git names paths from the repository's top; chart folders are relative to working-directory.
    const prefix = (await gitText(git, ['rev-parse', '--show-prefix'])).trim();
    return await readBaseVersions(reader, base, dirs, prefix);
  } finally {
    reader.dispose();
  }
}

/** Error locations are relative to working-directory inside core; annotations need workspace paths. */
function relocate(e: unknown, show: (p: string) => string): unknown {
  const move = (u: UserError) => (u.file ? new UserError(u.message, { file: show(u.file), line: u.line, col: u.col, hint: u.hint }) : u);
  if (e instanceof UserErrors) return new UserErrors(e.errors.map(move));
  if (e instanceof UserError) return move(e);
  return e;
}

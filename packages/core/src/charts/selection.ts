import { theInput, throwAll, UserError, type Words, words } from '../errors.ts';
import { chartPatternMatcher, findCharts, normalizePattern } from './discover.ts';
import { suggestPattern } from './suggest.ts';
import { listChartFiles } from './tree.ts';

/**
 * The one meaning of `charts:` (and of every `charts` input), for every
 * operation: patterns given as an input win; else the config's `charts:` —
 * absent: every chart folder; `[]`: none (said once by the caller, at its
 * line); a list: the folders its entries match, each entry matching at least
 * one chart folder (else an error at its line).
 */
export type ChartChoice =
  { kind: 'every' } | { kind: 'none'; at: { file?: string; line?: number } } | { kind: 'patterns'; entries: ChartEntry[] };

/** One `charts` pattern and where it was written: an input (`input`) or a config line (`file`, `line`). */
export interface ChartEntry {
  /** The pattern as matched (relative to the folder the chart folders are listed from). */
  pattern: string;
  /** The text as the user wrote it, for messages (defaults to `pattern`). */
  written?: string;
  input?: string;
  /** The config key, for a config line's message (`charts`, `charts-ignore`). */
  key?: string;
  file?: string;
  line?: number;
}

/** What a config says about charts, with the lines of its entries. */
export interface ChartsConfig {
  charts?: readonly string[];
  chartsIgnore?: readonly string[];
  file?: string;
}

/** The line of a config value (`['charts', 0]`), from config.ts's configLine. */
export type LineOf = (path: readonly (string | number)[]) => number | undefined;

/** The choice an input (`given`, empty when not given) and the config make. */
export function chartChoice(given: readonly string[], config: ChartsConfig | undefined, lineOf: LineOf, inputName = 'charts'): ChartChoice {
  if (given.length > 0) return { kind: 'patterns', entries: given.map((p) => ({ pattern: p, input: inputName })) };
  const charts = config?.charts;
  if (charts === undefined) return { kind: 'every' };
  if (charts.length === 0) return { kind: 'none', at: { file: config?.file, line: lineOf(['charts']) } };
  return {
    kind: 'patterns',
    entries: charts.map((p, i) => ({ pattern: p, key: 'charts', file: config?.file, line: lineOf(['charts', i]) })),
  };
}

/** The config's `charts-ignore:` entries: chart folders no `charts:` entry needs to cover. */
export function ignoredEntries(config: ChartsConfig | undefined, lineOf: LineOf): ChartEntry[] {
  return (config?.chartsIgnore ?? []).map((p, i) => ({
    pattern: p,
    key: 'charts-ignore',
    file: config?.file,
    line: lineOf(['charts-ignore', i]),
  }));
}

/** The chart folders of `dirs` the choice selects, sorted. */
export function selectCharts(dirs: readonly string[], choice: ChartChoice): string[] {
  if (choice.kind === 'none') return [];
  if (choice.kind === 'every') return [...dirs].sort();
  return dirs.filter(chartPatternMatcher(choice.entries.map((e) => e.pattern))).sort();
}

/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
export function unmatchedEntries(entries: readonly ChartEntry[], dirs: readonly string[], hintOf?: (e: ChartEntry) => Words): UserError[] {
  return entries.flatMap((e) => {
    if (dirs.some(chartPatternMatcher([e.pattern]))) return [];
    const text = e.written ?? e.pattern;
    // The pattern's likely meaning (`chart/*` → `charts/*`), as the check says it (charts/suggest.ts).
    const folders = [...new Set(dirs.flatMap((d) => d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
    const guess = suggestPattern(normalizePattern(e.pattern), folders, (p) => dirs.some(chartPatternMatcher([p])));
    const hint =
      hintOf?.(e) ??
      (e.file !== undefined || e.key !== undefined
        ? `${guess ? `did you mean ${guess}? ` : ''}fix \`${e.key ?? 'charts'}:\` in the config (paths or globs relative to the working directory)`
        : words`${guess ? `did you mean ${guess}? ` : ''}fix ${theInput(e.input ?? 'charts')} (paths or globs relative to working-directory)`);
    return [
      new UserError(`chart '${text}' matches no folder holding a Chart.yaml`, {
        file: e.file,
        line: e.file !== undefined ? (e.line ?? 1) : undefined,
        hint,
      }),
    ];
  });
}

/**
 * Refuses, at their lines, the config's `charts:` and `charts-ignore:` entries that match no chart folder
 * under `workdir`: every command that reads `charts:` says so before anything else, as `lockstep config` does.
 */
export function refuseUnmatchedConfigEntries(config: ChartsConfig, lineOf: LineOf, workdir: string): void {
  if (config.charts?.length || config.chartsIgnore?.length)
    throwAll(unmatchedConfigEntries(config, lineOf, findCharts(listChartFiles(workdir))));
}

/** The chart folders of `dirs` that no entry of a `patterns` choice covers and no `charts-ignore:` entry excludes. */
export function uncoveredCharts(dirs: readonly string[], choice: ChartChoice, ignored: readonly ChartEntry[]): string[] {
  if (choice.kind !== 'patterns') return [];
  const covered = chartPatternMatcher(choice.entries.map((e) => e.pattern));
  const ignoredDir = ignored.length > 0 ? chartPatternMatcher(ignored.map((e) => e.pattern)) : () => false;
  return dirs.filter((d) => !covered(d) && !ignoredDir(d)).sort();
}

/** `file:line` of an entry or of `charts: []`, for the one line that says so. */
export function whereOf(at: { file?: string; line?: number }): string {
  return at.file === undefined ? 'charts' : `${at.file}:${at.line ?? 1}`;
}

/** The one line release and publish say about the chart folders `charts:` leaves out (none: undefined). */
export function skippedLine(skipped: readonly string[], at: { file?: string; line?: number } | undefined): string | undefined {
  if (skipped.length === 0) return undefined;
  const where = at?.file !== undefined ? ` (${whereOf(at)})` : '';
  return `skipped ${skipped.join(', ')}: no \`charts:\` entry${where} covers ${skipped.length === 1 ? 'it' : 'them'} — add ${skipped.length === 1 ? 'it' : 'them'} to charts:, or to charts-ignore: to leave ${skipped.length === 1 ? 'it' : 'them'} out on purpose`;
}

/**
 * The config's `charts:` and `charts-ignore:` entries that match none of `dirs` (the chart folders), as
 * errors at their lines: what every command refuses, for those that otherwise never list the charts
 * (`lockstep config`, promote-env).
 */
export function unmatchedConfigEntries(config: ChartsConfig, lineOf: LineOf, dirs: readonly string[]): UserError[] {
  const choice = chartChoice([], config, lineOf);
  const entries = [...(choice.kind === 'patterns' ? choice.entries : []), ...ignoredEntries(config, lineOf)];
  return entries.length === 0 ? [] : unmatchedEntries(entries, dirs);
}

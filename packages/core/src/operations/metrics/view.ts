// What `lockstep metrics` shows: a table of each environment's figures and
// each service's under it (terminal), and a Markdown report for the job
// summary or a PR comment: the same table, then Mermaid charts GitHub
// renders (promotions per week per environment, median lead time per week).

import type { FailureRule, Figures } from '../../records/figures.ts';
import { windowWords } from '../../records/figures.ts';
import { calendarWeeks, weeklyFigures, type Week, type WeekFigures } from '../../records/weeks.ts';
import { ALARM, NOTHING, PALETTE, initDirective, xyChartTheme } from '../../report/mermaid.ts';
import { renderMarkdown, type ResultView } from '../../report/view.ts';
import { formatDuration } from '../../text/duration.ts';
import { escapeMarkdown, markdownTable } from '../../text/markdown.ts';
import type { JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerView } from '../../contract/operation.ts';
import { writeMetricsJson } from './json.ts';
import { failureRuleWords } from './rule.ts';
import type { EnvironmentMetrics, MetricsResult } from './run.ts';

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
const perDay = (x: number) => `${Math.round(x * 100) / 100}`;
const span = (seconds: number) => formatDuration(seconds * 1000);

/** One row of figures: promotions, per day, per week, lead time median and p90, failure rate, recovery, rework. */
function figureCells(f: Figures): string[] {
  const lead = f.leads > 0;
  return [
    String(f.landings.length),
    perDay(f.perDay),
    perDay(f.perWeek),
    lead ? span(f.leadMedian) : '—',
    lead ? span(f.leadP90) : '—',
    `${percent(f.changeFailureRate)} (${f.failures.length})`,
    f.failures.length > 0 ? span(f.recoveryMedian) : '—',
    `${percent(f.reworkRate)} (${f.rework.length})`,
  ];
}

const HEADERS = [
  'environment',
  'service',
  'promotions',
  'per day',
  'per week',
  'lead time median',
  'lead time p90',
  'change failure rate',
  'recovery median',
  'rework rate',
];

/** Each failure rule in words. */
const RULE_WORDS: Record<FailureRule, string> = {
  rollback: 'followed by a rollback',
  'fix-release': 'followed by a fix release',
  'deployment-failure': 'its GitHub Deployment failed',
};

/** Each failure in words: which landing, which rule counted it, what replaced it. */
function failureLines(r: MetricsResult): string[] {
  return r.environments.flatMap((e) =>
    e.figures.failures.map(
      (f) =>
        `${e.name}: ${f.commit.slice(0, 12)} failed (${RULE_WORDS[f.rule]}${f.service !== undefined ? ` of ${f.service}` : ''}), replaced by ${f.replacedBy.slice(0, 12)} after ${span(f.recovery)}`,
    ),
  );
}

/** The table: each environment (all its services), then a row per service of it, the environment named in each. */
export function metricsView(r: MetricsResult): ResultView {
  const rows: string[][] = [];
  for (const e of r.environments) {
    rows.push([e.name, 'all', ...figureCells(e.figures)]);
    for (const s of e.services) rows.push([e.name, s.name, ...figureCells(s.figures)]);
  }
  return {
    title: 'metrics',
    status: `Delivery figures on ${r.base} at ${r.tip.slice(0, 12)}, ${windowWords(r.from, r.to)} (${r.commits} commits read). ${failureRuleWords(r.fixWindow)}`,
    headers: HEADERS,
    rows,
    notes: [...r.notes, ...failureLines(r)],
    warnings: [],
  };
}

/** A Mermaid string: double quotes and line breaks dropped, so a name cannot end the label. */
const label = (s: string) => `"${s.replace(/["\r\n\\`%]/g, '')}"`;

const DAY_SECONDS = 86400;
const date = (s: number) => new Date(s * 1000).toISOString().slice(0, 10);

/** A duration unit a person reads, chosen per chart: days when the longest is two days or more, else hours. */
interface Unit {
  name: 'hours' | 'days';
  seconds: number;
}
function unitFor(seconds: readonly number[]): Unit {
  return Math.max(0, ...seconds) >= 2 * DAY_SECONDS ? { name: 'days', seconds: DAY_SECONDS } : { name: 'hours', seconds: 3600 };
}
/** `seconds` in `unit`, one decimal. */
const inUnit = (seconds: number, unit: Unit) => Math.round((seconds / unit.seconds) * 10) / 10;

/** A week's label on an axis: its Monday, `MM-DD` (the year is in the axis title), `*` when the window covers part of it. */
const weekTick = (w: Week, oneYear: boolean) => `${oneYear ? date(w.monday).slice(5) : date(w.monday)}${w.partial ? '*' : ''}`;

/** A week in a table: `week of 2026-11-16`, and the days covered when partial. */
function weekWords(w: Week): string {
  if (!w.partial) return `week of ${date(w.monday)}`;
  const days = Math.round((w.to - w.from) / DAY_SECONDS);
  return `week of ${date(w.monday)} (partial: ${date(w.from)} to ${date(w.to - 1)}, ${days} day${days === 1 ? '' : 's'})`;
}

/** The x-axis of every chart: the weeks, with the year (when there is one) and what `*` means. */
function weekAxis(weeks: readonly Week[]): string {
  const years = [...new Set(weeks.map((w) => date(w.monday).slice(0, 4)))];
  const oneYear = years.length === 1;
  const title = `week of (Monday${oneYear ? `, ${years[0]}` : ''}${weeks.some((w) => w.partial) ? '; * partial week' : ''})`;
  return `x-axis ${label(title)} [${weeks.map((w) => label(weekTick(w, oneYear))).join(', ')}]`;
}

/** One xychart block: the theme (series colours in order), the chart's own settings, then its lines. */
function xyChart(palette: readonly string[], settings: object, lines: string[]): string {
  return [
    '```mermaid',
    initDirective({ ...xyChartTheme(palette), xyChart: { width: 900, height: 360, showLegend: false, ...settings } }),
    'xychart-beta',
    ...lines.map((l) => `  ${l}`),
    '```',
  ].join('\n');
}

/**
 * A bar that must not be drawn (a week with nothing to show): a value below
 * the axis, which mermaid draws as a bar of negative height, that is none.
 * A zero would draw a stub: mermaid lifts zero off the axis by half a label.
 */
const NO_BAR = (top: number) => -top;
const NO_BAR_NOTE = '%% A week with nothing to show has a value below the axis: mermaid draws no bar for it (zero would draw a stub).';

/**
 * One environment's promotions per week as bars, the count written on each
 * (the y-axis has no tick labels, so no fractions, and zero sits on the
 * axis), and its rollbacks and fix releases per week as a red line.
 */
function promotionsChart(name: string, weeks: readonly Week[], byWeek: readonly WeekFigures[], colour: string): string {
  const top = Math.max(1, ...byWeek.map((w) => w.promotions));
  return xyChart([colour, ALARM], { height: 300, showDataLabel: true, yAxis: { showLabel: false, showTick: false } }, [
    `title ${label(`${name}: promotions per week, red line: rollbacks and fix releases`)}`,
    weekAxis(weeks),
    `y-axis "promotions" 0 --> ${top}`,
    `bar "promotions" [${byWeek.map((w) => w.promotions).join(', ')}]`,
    `line "rollbacks and fix releases" [${byWeek.map((w) => w.rework).join(', ')}]`,
  ]);
}

/**
 * One environment's median lead time per week as bars, in `unit`. A week
 * no change landed in has no bar, and a grey shade the whole height, so it
 * reads as "nothing measured", never as a short wait.
 */
function leadTimeChart(name: string, weeks: readonly Week[], byWeek: readonly WeekFigures[], unit: Unit, colour: string): string {
  const top = Math.max(1, Math.ceil(Math.max(...byWeek.map((w) => (w.leadMedian === undefined ? 0 : inUnit(w.leadMedian, unit))))));
  return xyChart([NOTHING, colour], {}, [
    NO_BAR_NOTE,
    `title ${label(`${name}: median lead time per week, ${unit.name}; grey: no landing`)}`,
    weekAxis(weeks),
    `y-axis ${label(unit.name)} 0 --> ${top}`,
    `bar "no landing" [${byWeek.map((w) => (w.leadMedian === undefined ? top : 0)).join(', ')}]`,
    `bar "median lead time" [${byWeek.map((w) => (w.leadMedian === undefined ? NO_BAR(top) : inUnit(w.leadMedian, unit))).join(', ')}]`,
  ]);
}

/**
 * A count per week for every environment, stacked (environments as series,
 * in the config's order from the bottom): mermaid draws bars of several
 * series over each other, so each series is the running total up to its
 * environment, the tallest drawn first. A whole-number axis (ten or more
 * ticks' worth, so mermaid ticks whole numbers) and a legend.
 */
function stackedChart(title: string, axis: string, weeks: readonly Week[], counts: number[][], names: readonly string[]): string {
  const totals = counts.map((_, k) => weeks.map((_w, i) => counts.slice(0, k + 1).reduce((sum, c) => sum + c[i], 0)));
  const top = Math.max(10, ...totals.flat());
  const series = names.map((n, k) => `bar ${label(n)} [${totals[k].map((v) => (v === 0 ? NO_BAR(top) : v)).join(', ')}]`).reverse();
  const palette = names.map((_, k) => PALETTE[k % PALETTE.length]).reverse();
  return xyChart(palette, { showLegend: true }, [
    NO_BAR_NOTE,
    `title ${label(title)}`,
    weekAxis(weeks),
    `y-axis ${label(axis)} 0 --> ${top}`,
    ...series,
  ]);
}

/** `v` in `unit` in words: `1 day`, `2.5 days`. */
const spanIn = (seconds: number, unit: Unit) => {
  const v = inUnit(seconds, unit);
  return `${v} ${v === 1 ? unit.name.slice(0, -1) : unit.name}`;
};

/** A figure of a week, or what stands for nothing to measure. */
const orNone = (v: number | undefined, show: (v: number) => string, none: string) => (v === undefined ? none : show(v));

/** One environment week by week, folded: the two charts and the table beside them, in the charts' unit. */
function environmentDetail(e: EnvironmentMetrics, weeks: readonly Week[], colour: string): string {
  const byWeek = weeklyFigures(e.figures, weeks);
  const unit = unitFor(byWeek.flatMap((w) => [w.leadMedian ?? 0, w.recoveryMedian ?? 0]));
  const rows = byWeek.map((w) => [
    weekWords(w.week),
    String(w.promotions),
    String(w.rework),
    orNone(w.changeFailureRate, percent, 'no landing'),
    orNone(w.leadMedian, (v) => spanIn(v, unit), 'no landing'),
    orNone(w.recoveryMedian, (v) => spanIn(v, unit), w.promotions > 0 ? 'no failure' : 'no landing'),
  ]);
  return [
    `<details><summary>${escapeMarkdown(e.name)}: week by week</summary>`,
    '',
    promotionsChart(e.name, weeks, byWeek, colour),
    '',
    leadTimeChart(e.name, weeks, byWeek, unit, colour),
    '',
    markdownTable(['week', 'promotions', 'rollbacks and fix releases', 'change failure rate', 'median lead time', 'median recovery'], rows),
    '',
    '</details>',
  ].join('\n');
}

/**
 * Every environment at once, before the detail: promotions per week and
 * rollbacks and fix releases per week, stacked by environment; the median
 * lead time per week in a table (one unit for all: a gap in a line chart
 * cannot be drawn, and a missing week is not a zero).
 */
function overview(r: MetricsResult, weeks: readonly Week[]): string {
  const names = r.environments.map((e) => e.name);
  const byEnv = r.environments.map((e) => weeklyFigures(e.figures, weeks));
  const unit = unitFor(byEnv.flat().map((w) => w.leadMedian ?? 0));
  const rows = weeks.map((w, i) => [
    weekWords(w),
    String(byEnv.reduce((n, f) => n + f[i].promotions, 0)),
    ...byEnv.map((f) => orNone(f[i].leadMedian, (v) => spanIn(v, unit), 'no landing')),
  ]);
  return [
    '#### Every environment, week by week',
    '',
    stackedChart(
      'Promotions per week, by environment',
      'promotions',
      weeks,
      byEnv.map((f) => f.map((w) => w.promotions)),
      names,
    ),
    '',
    stackedChart(
      'Rollbacks and fix releases per week, by environment',
      'rollbacks and fix releases',
      weeks,
      byEnv.map((f) => f.map((w) => w.rework)),
      names,
    ),
    '',
    `Median lead time per week (${unit.name}):`,
    '',
    markdownTable(['week', 'promotions, all environments', ...names], rows),
  ].join('\n');
}

/**
 * The report's pictures, week by week (ISO weeks): the overview of every
 * environment, then each environment's detail folded under `<details>`.
 */
export function metricsCharts(r: MetricsResult): string[] {
  const weeks = calendarWeeks({ from: r.from, to: r.to });
  // Each environment's bars blue, whatever its colour in the overview: the red line must stand out on them.
  return [overview(r, weeks), ...r.environments.map((e) => environmentDetail(e, weeks, PALETTE[0]))];
}

/** The Markdown report: heading, the figures' table and notes, then the pictures. */
export function metricsMarkdown(r: MetricsResult): string {
  const table = renderMarkdown(metricsView(r));
  return [
    table.trimEnd(),
    '',
    `Definitions: docs/metrics.md. ${escapeMarkdown(`${r.environments.map((e) => `${e.name}: ${e.figures.landings.length}`).join(', ')} promotions counted.`)}`,
    '',
    ...metricsCharts(r).flatMap((c) => [c, '']),
  ].join('\n');
}

/** The figures as log lines (no action runs metrics; a workflow runs the CLI). */
export function metricsRunnerView(r: MetricsResult): RunnerView {
  return { steps: [{ summary: metricsMarkdown(r) }] };
}

/** metrics' views. */
export const metricsViews: OperationView<MetricsResult> = {
  runner: metricsRunnerView,
  terminal: metricsView,
  failure: () => undefined,
  // One serializer: the document written in pieces (json.ts), read back where a face wants it whole.
  json: (r) => {
    const pieces: string[] = [];
    writeMetricsJson(r, (t) => pieces.push(t));
    return JSON.parse(pieces.join('')) as JsonDocument;
  },
  writeJson: writeMetricsJson,
};

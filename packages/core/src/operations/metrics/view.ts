// What `lockstep metrics` shows: a table of each environment's figures and
// each service's under it (terminal), and a Markdown report for the job
// summary or a PR comment: the same table, then Mermaid charts GitHub
// renders (promotions per week per environment, median lead time per week).

import type { FailureRule, Figures } from '../../records/figures.ts';
import { median } from '../../records/figures.ts';
import { renderMarkdown, type ResultView } from '../../report/view.ts';
import { formatDuration } from '../../text/duration.ts';
import { escapeMarkdown } from '../../text/markdown.ts';
import type { JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerView } from '../../contract/operation.ts';
import { writeMetricsJson } from './json.ts';
import type { MetricsResult } from './run.ts';

const WEEK = 7 * 86400;

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
const perDay = (x: number) => `${Math.round(x * 100) / 100}`;
const span = (seconds: number) => formatDuration(seconds * 1000);

/** One row of figures: promotions, per day, per week, lead time median and p90, failure rate, recovery, rework. */
function figureCells(f: Figures): string[] {
  const lead = f.leadTimes.length > 0;
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
  'environment / service',
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

/** The terminal's table: each environment, then its services indented. */
export function metricsView(r: MetricsResult): ResultView {
  const rows: string[][] = [];
  for (const e of r.environments) {
    rows.push([e.name, ...figureCells(e.figures)]);
    for (const s of e.services) rows.push([`  ${s.name}`, ...figureCells(s.figures)]);
  }
  return {
    title: 'metrics',
    status: `Delivery figures on ${r.base} at ${r.tip.slice(0, 12)}, ${r.window} (${r.commits} commits read):`,
    headers: HEADERS,
    rows,
    notes: [...r.notes, ...failureLines(r)],
    warnings: [],
  };
}

/** A Mermaid string: double quotes and line breaks dropped, so a name cannot end the label. */
const label = (s: string) => `"${s.replace(/["\r\n\\`]/g, '')}"`;

/** The window's weeks: [start, end) of each, from `from`, the last one cut at `to`. */
function weeks(r: MetricsResult): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let s = r.from; s < r.to; s += WEEK) out.push({ start: s, end: Math.min(r.to, s + WEEK) });
  return out;
}

/**
 * The Mermaid charts (xychart-beta): per environment, promotions per week as
 * bars, and the median lead time (hours) of the changes that reached it each week as a line.
 */
export function metricsCharts(r: MetricsResult): string[] {
  const ws = weeks(r);
  const axis = `x-axis [${ws.map((w) => label(new Date(w.start * 1000).toISOString().slice(5, 10))).join(', ')}]`;
  const charts: string[] = [];
  for (const e of r.environments) {
    const counts = ws.map((w) => e.figures.landings.filter((l) => l.at >= w.start && l.at < w.end).length);
    charts.push(
      [
        '```mermaid',
        'xychart-beta',
        `  title ${label(`Promotions per week into ${e.name}`)}`,
        `  ${axis}`,
        `  y-axis "promotions" 0 --> ${Math.max(1, ...counts)}`,
        `  bar [${counts.join(', ')}]`,
        '```',
      ].join('\n'),
    );
    const hours = ws.map((w) => {
      const landed = new Set(e.figures.landings.filter((l) => l.at >= w.start && l.at < w.end).map((l) => l.commit));
      const m = median(e.figures.leadTimes.filter((t) => landed.has(t.landing)).map((t) => t.seconds));
      return Math.round((m / 3600) * 10) / 10;
    });
    charts.push(
      [
        '```mermaid',
        'xychart-beta',
        `  title ${label(`Median lead time per week into ${e.name} (hours)`)}`,
        `  ${axis}`,
        `  y-axis "hours" 0 --> ${Math.max(1, Math.ceil(Math.max(...hours)))}`,
        `  line [${hours.join(', ')}]`,
        '```',
      ].join('\n'),
    );
  }
  return charts;
}

/** The Markdown report: heading, the figures' table and notes, then the charts. */
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

import { formatWarning } from '../../charts/bump.ts';
import { renderMarkdown, type ResultView } from '../../report/view.ts';
import { commandJson, parsedOutput, stringOrNull, type JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerStep, RunnerView } from '../../contract/operation.ts';
import type { BumpOutputs, BumpResult } from './run.ts';

/** A bump's views: the runner's log, annotations, outputs and summary; the terminal's table (the summary's story). */
export const bumpViews: OperationView<BumpResult> = { runner: runnerView, terminal: bumpView, failure: () => undefined, json: bumpJson };

/** `lockstep bump --json`: the action's outputs as values, then the notes, warnings and the base the levels applied to. */
export function bumpJson(r: BumpResult): JsonDocument {
  return commandJson('bump', {
    'dry-run': r.dryRun,
    status: bumpStatus(r),
    version: stringOrNull(r.outputs.version),
    'previous-version': stringOrNull(r.outputs['previous-version']),
    'app-version': stringOrNull(r.outputs['app-version']),
    'changed-files': parsedOutput(r.outputs['changed-files']),
    charts: parsedOutput(r.outputs.charts),
    base: r.base ?? null,
    notes: r.notes,
    warnings: r.warnings.map(formatWarning),
  });
}

/**
 * What the runner is told, in order: the warnings as annotations at their
 * file and line, the diff (already safe for the log), the charts with the
 * base they were measured against, the status line, the outputs, the summary.
 */
export function runnerView(r: BumpResult): RunnerView {
  const steps: RunnerStep[] = r.warnings.map((w) => ({ annotate: 'warning', message: w.message, file: w.file, line: w.line }));
  if (r.diff !== '')
    steps.push({ group: r.dryRun ? 'Diff (dry run: nothing written)' : 'Diff' }, { info: r.diff, raw: true }, { endGroup: true });
  steps.push({ group: `Charts (${r.charts.length})` });
  if (r.base) steps.push({ info: `levels apply to the chart versions at ${r.base}` });
  steps.push(...r.charts.map((c) => ({ info: bumpLogLine(c) })), ...r.notes.map((n) => ({ info: n })), { endGroup: true });
  steps.push({ info: bumpStatus(r) });
  // Typed by its keys, so Object.entries sees string values (an interface alone gives it `any`).
  const outputs: Readonly<Record<keyof BumpOutputs, string>> = r.outputs;
  steps.push(...Object.entries(outputs).map(([output, value]) => ({ output, value })));
  steps.push({ summary: renderMarkdown(bumpView(r)) });
  return { steps };
}

/** One sentence on what a bump changed. */
export function bumpStatus(r: BumpResult): string {
  if (r.changes.length === 0) return 'Nothing to change: every chart already has these versions and changelog entries.';
  return r.dryRun ? `Dry run: ${r.changes.length} file(s) would change; nothing was written.` : `${r.changes.length} file(s) changed.`;
}

/** A chart's line in the log: name, path, and both versions before → after. */
export function bumpLogLine(r: BumpResult['charts'][number]): string {
  return `${r.name} (${r.path})${r.cascaded ? ' [cascaded]' : ''}: version ${r['previous-version']} → ${r.version}, appVersion ${r['previous-app-version'] || '—'} → ${r['app-version'] || '—'}`;
}

/** The bump's table: one row per chart, versions before → after, the files that changed. */
export function bumpView(r: BumpResult): ResultView {
  const arrow = (a: string, b: string) => (a === b ? `${a || '—'} (unchanged)` : `${a || '—'} → ${b}`);
  return {
    title: 'bump-chart',
    status: bumpStatus(r),
    headers: ['Chart', 'Version', 'appVersion', 'Files changed'],
    rows: r.charts.map((c) => [
      `${c.name} (${c.path})${c.cascaded ? ' — cascaded' : ''}`,
      arrow(c['previous-version'], c.version),
      arrow(c['previous-app-version'], c['app-version']),
      c.files.length ? c.files.join('\n') : 'none',
    ]),
    notes: r.notes,
    warnings: r.warnings.map(formatWarning),
  };
}

// What `lockstep status` shows: every environment side by side, then each
// next promotion. Status has no action; its runner view is the same table as
// log lines, so the descriptor is whole.

import { shortDigest } from '../../promote/pins.ts';
import { plainStyle, renderTerminal, type ResultView } from '../../report/view.ts';
import { commandJson, type JsonDocument } from '../../contract/json.ts';
import { pinChangeRow } from '../../promote/publish/report.ts';
import type { OperationView, RunnerView } from '../../contract/operation.ts';
import type { NextPromotion, StatusResult } from './run.ts';

/** One sentence per next promotion: what it would change, that nothing would, or why it cannot be planned. */
export function nextPromotionLine(n: NextPromotion): string {
  if (n.error) return `${n.from} → ${n.to}: cannot plan: ${n.error}`;
  const parts = n.changes.map((c) => `${c.service} ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${shortDigest(c.newDigest)})`);
  if (n.chart) parts.push(`chart ${n.chart.old || '—'} → ${n.chart.new}`);
  return `${n.from} → ${n.to}: ${parts.length > 0 ? parts.join(', ') : 'nothing to promote'}`;
}

/** `lockstep status`: every environment side by side (tag and short digest, chart version), then each next promotion. */
export function statusView(s: StatusResult): ResultView {
  return {
    title: 'status',
    status: `${s.environments.length} environment${s.environments.length === 1 ? '' : 's'} on ${s.readFrom ?? s.base}${s.baseSha ? ` at ${s.baseSha.slice(0, 12)}` : ''}; next promotions:`,
    headers: ['service', ...s.environments],
    rows: s.rows.map((r) => [r.service, ...r.cells]),
    notes: s.next.map(nextPromotionLine),
    warnings: [],
  };
}

/** The status table as the runner would log it (no action runs status today). */
export function statusRunnerView(s: StatusResult): RunnerView {
  return { steps: [{ info: renderTerminal(statusView(s), plainStyle).trimEnd() }] };
}

/** status's views: the terminal's table, and the same as log lines. */
export const statusViews: OperationView<StatusResult> = {
  runner: statusRunnerView,
  terminal: statusView,
  failure: () => undefined,
  json: statusJson,
};

/**
 * `status --json`: full values (whole digests, the base commit), keys in kebab-case like the actions'
 * outputs. The shape is documented in the README (lockstep status --json).
 */
export function statusJson(r: StatusResult): JsonDocument {
  return commandJson('status', {
    base: r.base,
    'base-sha': r.baseSha ?? null,
    environments: r.pins.map((e) => ({
      name: e.name,
      'values-file': e.values,
      'values-missing': e.missing,
      ...(e.kustomization !== undefined ? { kustomization: e.kustomization } : {}),
      ...(e.chartVersion !== undefined ? { 'chart-version': e.chartVersion } : {}),
      services: e.services,
    })),
    next: r.next.map((n) => ({
      from: n.from,
      to: n.to,
      changes: n.changes.map(pinChangeRow),
      ...(n.chart ? { chart: { file: n.chart.file, line: n.chart.line, old: n.chart.old, new: n.chart.new } } : {}),
      ...(n.error !== undefined ? { error: n.error } : {}),
    })),
  });
}

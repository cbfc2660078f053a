import { formatWarning } from '../charts/bump.ts';
import type { BumpResult } from '../operations/bump.ts';
import type { ResultView } from './view.ts';

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

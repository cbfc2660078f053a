import { escapeHtml } from '../action/run.ts';
import { markdownTable } from '../report/summary.ts';
import { formatProblem, type ChartBumpPlan, type ChartCheck } from './chart-bump.ts';

/** What the check compared, for the summary's first line. */
export interface ComparedRange {
  base: string;
  head: string;
  mergeBase?: string;
  baseTip?: string;
  fetched: string[];
}

/** One object of the `changed-charts` output (a matrix entry for later jobs). */
export interface ChangedChartOutput {
  path: string;
  name: string;
  base: string | null;
  head: string | null;
  required: ChartCheck['required'];
  ok: boolean;
  problems: string[];
}

/** The `changed-charts` output entries, in chart order. */
export function changedChartsOutput(plan: ChartBumpPlan): ChangedChartOutput[] {
  return plan.charts.map((c) => ({
    path: c.path,
    name: c.name,
    base: c.base,
    head: c.head,
    required: c.required,
    ok: c.ok,
    problems: c.problems.map(formatProblem),
  }));
}

/**
 * The job summary: what was compared, then one row per changed chart
 * (chart, base → head, required level, result, why) and the protected values
 * files checked. Every cell is escaped; file contents never become markup.
 */
export function renderSummary(plan: ChartBumpPlan, range: ComparedRange): string {
  const short = (s: string) => s.slice(0, 12);
  const lines: string[] = [`### chart-bump-check: ${plan.ok ? 'passed' : 'failed'}`, ''];
  const tip = range.baseTip ? `, base branch tip \`${short(range.baseTip)}\`` : '';
  const mb = range.mergeBase ? `merge base \`${short(range.mergeBase)}\`` : 'their merge base';
  lines.push(`Compared head \`${short(range.head)}\` with ${mb} (base \`${short(range.base)}\`${tip}).`, '');
  if (range.fetched.length > 0) lines.push(`Shallow clone: ${range.fetched.map(escapeHtml).join('; ')}.`, '');
  if (plan.charts.length === 0) lines.push('No chart changed in a way `helm package` would see.', '');
  else {
    const rows = plan.charts.map((c) => {
      const result = !c.ok ? '❌ fail' : c.problems.length > 0 ? '⚠️ pass with warnings' : '✅ pass';
      const why = [...c.reasons, ...c.problems.map((p) => `${p.level === 'warning' ? 'warning: ' : ''}${formatProblem(p)}`)];
      return [`${c.name} (${c.path})`, `${c.base ?? '(new)'} → ${c.head ?? '(deleted)'}`, c.required, result, why.join('\n')];
    });
    lines.push(markdownTable(['Chart', 'Version (base → head)', 'Required', 'Result', 'Why'], rows), '');
  }
  if (plan.protectedFiles.length > 0) {
    const rows = plan.protectedFiles.map((f) => {
      const mine = plan.protectedProblems.filter((p) => p.file === f);
      return [f, mine.length === 0 ? '✅ every image pinned by digest' : mine.map((p) => `❌ ${formatProblem(p)}`).join('\n')];
    });
    lines.push(markdownTable(['Protected values file', 'Result'], rows), '');
  }
  return lines.join('\n');
}

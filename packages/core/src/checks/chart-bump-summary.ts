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
  if (range.fetched.length > 0) lines.push(`Shallow clone: ${range.fetched.map(cell).join('; ')}.`, '');
  if (plan.charts.length === 0) lines.push('No chart changed in a way `helm package` would see.', '');
  else {
    lines.push('| Chart | Version (base → head) | Required | Result | Why |', '| --- | --- | --- | --- | --- |');
    for (const c of plan.charts) {
      const result = !c.ok ? '❌ fail' : c.problems.length > 0 ? '⚠️ pass with warnings' : '✅ pass';
      const version = `${c.base ?? '(new)'} → ${c.head ?? '(deleted)'}`;
      const why = [...c.reasons, ...c.problems.map((p) => `${p.level === 'warning' ? 'warning: ' : ''}${formatProblem(p)}`)];
      lines.push(`| ${cell(`${c.name} (${c.path})`)} | ${cell(version)} | ${cell(c.required)} | ${result} | ${why.map(cell).join('<br>')} |`);
    }
    lines.push('');
  }
  if (plan.protectedFiles.length > 0) {
    lines.push('| Protected values file | Result |', '| --- | --- |');
    for (const f of plan.protectedFiles) {
      const mine = plan.protectedProblems.filter((p) => p.file === f);
      lines.push(`| ${cell(f)} | ${mine.length === 0 ? '✅ every image pinned by digest' : mine.map((p) => `❌ ${cell(formatProblem(p))}`).join('<br>')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Escapes text for a Markdown table cell (HTML-significant characters, pipes, line breaks). */
export function cell(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/\r?\n/g, '<br>');
}

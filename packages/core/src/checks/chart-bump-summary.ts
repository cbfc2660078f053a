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
    const fixes = plan.charts.filter((c) => !c.ok).map(howToFix);
    if (fixes.length > 0) lines.push('**How to fix**', '', ...fixes, '');
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

/**
 * One line per failing chart: the exact `version:` to write or the bump-chart
 * step that writes it, then the fixes of its other problems (each problem's
 * own text is in the table already).
 */
export function howToFix(c: ChartCheck): string {
  const code = (s: string) => `\`${escapeHtml(s).replace(/`/g, "'")}\``;
  const chartFile = c.path === '.' ? 'Chart.yaml' : `${c.path}/Chart.yaml`;
  const steps: string[] = [];
  if (c.fix)
    steps.push(`write ${code(`version: ${c.fix.version}`)} in ${code(chartFile)}, or run bump-chart with ${code(`charts: ${c.path}`)} and ${code(`level: ${c.fix.level}`)}`);
  const versionProblem = (p: ChartCheck['problems'][number]) => c.fix !== undefined && p.file === chartFile && p.hint?.startsWith('needs ');
  const breakingKey = (p: ChartCheck['problems'][number]) => c.fix !== undefined && p.hint?.startsWith('breaking, needs ');
  for (const p of c.problems) {
    if (p.level !== 'error' || versionProblem(p) || breakingKey(p) || !p.hint) continue;
    // A changelog section is needed for the version being written, not the one the head has now.
    const hint = c.fix && c.head ? p.hint.split(`## [${c.head}]`).join(`## [${c.fix.version}]`) : p.hint;
    const step = escapeHtml(hint);
    if (!steps.includes(step)) steps.push(step);
  }
  return `- ${escapeHtml(c.name)} (${code(c.path)}): ${steps.length > 0 ? steps.join('; then ') : 'see the problems above'}`;
}

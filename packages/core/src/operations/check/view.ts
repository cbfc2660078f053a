import { shardOf } from '../../deploy/shard-split.ts';
import { asUserError, formatProblem, type Problem } from '../../checks/problem.ts';
import type { ChartCheck } from '../../checks/types.ts';
import { UserErrors } from '../../errors.ts';

import type { ResultView } from '../../report/view.ts';
import { codeSpan, escapeMarkdown, markdownTable } from '../../text/markdown.ts';
import { SUMMARY_CAP } from '../../text/cap.ts';
import { countLine, renderedCountsJson, renderedJson, renderedLines, renderedMarkdown } from '../../render/report.ts';
import { commandJson, parsedOutput, type JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerStep, RunnerView } from '../../contract/operation.ts';
import type { CheckOutputs, CheckResult } from './run.ts';
import { verdictText } from './verdicts.ts';

// The check's renderings (the runner's log and job summary, and the terminal) are built from the
// same rows and sentences below, so the action and `lockstep check` cannot tell different stories.

const CHART_HEADERS = ['Chart', 'Version (base → head)', 'Required', 'Result', 'Why'];
const PROTECTED_HEADERS = ['Protected values file', 'Result'];
const VERDICT_HEADERS = ['Protected environment', 'Images it runs (its render at the head)'];
const NOTHING_CHANGED = 'No chart changed in a way `helm package` would see.';

/**
 * What the charts table says when it has no row: nothing changed, or, when chart folders that no `charts:` entry
 * covers changed, that none under `charts:` did and which ones outside it did (never "no chart changed" then).
 */
function nothingChecked(r: CheckResult, code: (s: string) => string): string {
  const outside = r.uncovered ?? [];
  if (outside.length === 0) return NOTHING_CHANGED;
  const folders = outside.length === 1 ? 'chart folder' : 'chart folders';
  return `No chart that ${code('charts:')} covers changed; the ${folders} ${outside.map(code).join(', ')} outside it changed.`;
}

/** The heading: the action's name and the verdict. */
export function checkTitle(r: CheckResult): string {
  return `chart-bump-check: ${r.ok ? 'passed' : 'failed'}`;
}

/** What was compared, as one sentence; `code` marks a commit (Markdown backticks, or nothing on a terminal). */
export function comparedSentence(r: CheckResult, code: (s: string) => string = (s) => `\`${s}\``): string {
  const short = (s: string) => code(s.slice(0, 12));
  const tip = r.range.baseTip ? `, base branch tip ${short(r.range.baseTip)}` : '';
  const mb = r.range.mergeBase ? `merge base ${short(r.range.mergeBase)}` : 'their merge base';
  return `Compared head ${short(r.range.head)} with ${mb} (base ${short(r.range.base)}${tip}).${shardSentence(r)}`;
}

/** What a shard rendered (its share of the matrix), or what a merge merged; '' for a check of one runner. */
function shardSentence(r: CheckResult): string {
  if (r.merged) return ` Merged from ${r.merged.shards} shards.`;
  if (!r.shard) return '';
  const { index, count, environments } = r.shard;
  const share = environments.filter((n) => shardOf(n, count) === index).length;
  return ` Shard ${index}/${count}: ${share} of the ${environments.length} environments are its share to render; the chart rules run in every shard.`;
}

/**
 * The note on a pull request that changes the config file: the base's version
 * was applied, and what the pull request's version would have decided.
 */
export function configChangeSentence(
  r: CheckResult,
  code: (s: string) => string = codeSpan,
  text: (s: string) => string = escapeMarkdown,
): string | undefined {
  const c = r.configChange;
  if (!c) return undefined;
  const would =
    c.verdict === 'pass'
      ? 'it would pass'
      : c.verdict === 'fail'
        ? `it would fail (${c.errors} error${c.errors === 1 ? '' : 's'})`
        : `the check could not run: ${text(c.problem ?? 'unknown')}`;
  if (c.added)
    return `This pull request adds ${code(c.file)}. The base commit has none, so the check applied the defaults; under the pull request's version ${would}.`;
  return `This pull request ${c.deleted ? 'deletes' : 'changes'} ${code(c.file)}. The check applied the base commit's version of it; under the pull request's version ${would}.`;
}

/** A changed chart's line in the log: ok or FAIL, its versions and the level it needed. */
export function checkLogLine(c: ChartCheck): string {
  return `${c.ok ? 'ok  ' : 'FAIL'} ${c.path}: ${c.base ?? '(new)'} → ${c.head ?? '(deleted)'} (required: ${c.required})`;
}

/** One row per changed chart: chart, base → head, required level, result, why (reasons, then problems). */
export function chartRows(r: CheckResult): string[][] {
  return r.charts.map((c) => {
    const result = !c.ok ? '❌ fail' : c.problems.length > 0 ? '⚠️ pass with warnings' : '✅ pass';
    const why = [...c.reasons, ...c.problems.map((p) => `${p.level === 'warning' ? 'warning: ' : ''}${formatProblem(p)}`)];
    return [`${c.name} (${c.path})`, `${c.base ?? '(new)'} → ${c.head ?? '(deleted)'}`, c.required, result, why.join('\n')];
  });
}

/** One row per protected values file: every image pinned, or what is not; then one per protected Application file: exact chart versions, or what is not. */
export function protectedRows(r: CheckResult): string[][] {
  const row = (f: string, ok: string) => {
    const mine = r.protectedProblems.filter((p) => p.file === f && !r.renderProblems?.includes(p));
    return [f, mine.length === 0 ? ok : mine.map((p) => `❌ ${formatProblem(p)}`).join('\n')];
  };
  return [
    ...r.protectedFiles.map((f) =>
      row(
        f,
        r.pinless?.includes(f)
          ? '⚪ pins no image: what runs is judged by the render'
          : '✅ every image this file pins is pinned by digest',
      ),
    ),
    ...(r.protectedApplications ?? []).map((f) => row(f, '✅ every chart version exact')),
  ];
}

/**
 * The job summary: what was compared, then one row per changed chart and the
 * protected values files checked, then how to fix each failing chart. Every
 * cell is escaped; file contents never become markup.
 */
export function checkMarkdown(r: CheckResult): string {
  const lines: string[] = [`### ${checkTitle(r)}`, '', comparedSentence(r), ''];
  if (r.range.fetched.length > 0) lines.push(`Fetched from origin: ${r.range.fetched.map(escapeMarkdown).join('; ')}.`, '');
  const config = configChangeSentence(r);
  if (config) lines.push(config, '');
  // A key file the unchanged config names, changed into something no command would verify with (the changed config's sentence names its own).
  if (!r.configChange && r.configProblems?.length)
    lines.push(
      '**The config as this pull request leaves it**',
      '',
      ...r.configProblems.map((p) => `- ❌ ${escapeMarkdown(formatProblem(p))}`),
      '',
    );
  if (r.charts.length === 0) lines.push(nothingChecked(r, codeSpan), '');
  else {
    lines.push(markdownTable(CHART_HEADERS, chartRows(r)), '');
    const fixes = r.charts.filter((c) => !c.ok).map((c) => howToFix(c));
    if (fixes.length > 0) lines.push('**How to fix**', '', ...fixes, '');
  }
  if (r.protectedFiles.length > 0 || (r.protectedApplications?.length ?? 0) > 0)
    lines.push(markdownTable(PROTECTED_HEADERS, protectedRows(r)), '');
  if (r.protectedEnvironments?.length)
    lines.push(
      markdownTable(
        VERDICT_HEADERS,
        r.protectedEnvironments.map((v) => [v.environment, verdictText(v)]),
      ),
      '',
    );
  const outside = (r.uncovered ?? []).flatMap((d) => r.protectedProblems.filter((p) => p.file === `${d}/Chart.yaml`));
  if (outside.length > 0)
    lines.push('**Changed chart folders outside `charts:`**', '', ...outside.map((p) => `- ❌ ${escapeMarkdown(formatProblem(p))}`), '');
  if (r.renderProblems?.length)
    lines.push(
      '**What the environments would receive**',
      '',
      ...r.renderProblems.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(formatProblem(p))}`),
      '',
    );
  // What the cluster would receive, per environment deploying a changed chart (fitted under half the summary's cap).
  // No Helm on PATH (auto) is the log's one line, not the summary's.
  if (r.validation)
    lines.push(
      '**Schema validation of the rendered objects**',
      '',
      ...r.validation.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(formatProblem(p))}`),
      '',
    );
  if (r.valuesContract?.problems.length)
    lines.push(
      "**The values contract: keys no template reads, what the chart's schema refuses**",
      '',
      ...r.valuesContract.problems.map((p) => `- ${p.level === 'error' ? '❌' : '⚠️'} ${escapeMarkdown(formatProblem(p))}`),
      '',
    );
  const shown = r.rendered?.filter((e) => !e.noHelm) ?? [];
  const rendered = shown.length > 0 ? renderedMarkdown(shown, SUMMARY_CAP / 2, 'lockstep check') : '';
  if (rendered) lines.push(rendered, '');
  if (r.notRendered) lines.push(escapeMarkdown(notRenderedLine(r.notRendered)), '');
  return lines.join('\n');
}

/**
 * The terminal's view of the same result: the charts table, the compared
 * sentence as the status, each protected file and each fix as a note, and
 * the warnings (which on the runner are annotations).
 */
export function checkView(r: CheckResult): ResultView {
  const status = [
    comparedSentence(r, (s) => s),
    ...(r.charts.length === 0 ? [nothingChecked(r, (s) => s).replace(/`/g, '')] : []),
    r.ok ? 'The check passed.' : 'The check failed.',
  ];
  const errors = checkFailure(r)?.errors.map((e) => e.format()) ?? [];
  return {
    title: checkTitle(r),
    status: status.join(' '),
    // The reasons, in the report itself, before the verdict: a report piped or saved without stderr still says why.
    ...(errors.length > 0 ? { errors } : {}),
    headers: CHART_HEADERS,
    rows: chartRows(r),
    notes: [
      ...r.range.fetched.map((f) => `fetched from origin: ${f}`),
      ...(r.configChange
        ? [
            configChangeSentence(
              r,
              (s) => s,
              (s) => s,
            )!,
          ]
        : []),
      ...protectedRows(r).map(([file, result]) => `protected ${file}: ${result.replace(/\n/g, '; ')}`),
      ...(r.protectedEnvironments ?? []).map((v) => `protected environment ${v.environment}: ${verdictText(v)}`),
      ...(r.notRendered ? [notRenderedLine(r.notRendered)] : []),
      ...r.charts.filter((c) => !c.ok).map((c) => `how to fix: ${howToFix(c, terminalCode).replace(/^- /, '')}`),
    ],
    warnings: checkWarnings(r).map(formatProblem),
    ...(r.rendered ? { diff: renderedLines(r.rendered) } : {}),
  };
}

/** How a snippet is marked: a Markdown code span or escaped text (untrusted either way), or as it is on a terminal; and the bump that fixes a chart, as the face runs it. */
type CodeStyle = { code(s: string): string; text(s: string): string; bump?(path: string, level: string): string };

const markdownCode: CodeStyle = { code: (s) => codeSpan(s), text: escapeMarkdown };
/** The terminal's: `lockstep bump` with its flags, not the bump-chart step's inputs. */
const terminalCode: CodeStyle = {
  code: (s) => s,
  text: (s) => s,
  bump: (path, level) => `lockstep bump --charts ${path} --level ${level}`,
};

/**
 * One line per failing chart: the exact `version:` to write or the bump-chart
 * step that writes it, then the fixes of its other problems (each problem's
 * own text is in the table already).
 */
export function howToFix(c: ChartCheck, style: CodeStyle = markdownCode): string {
  const chartFile = c.path === '.' ? 'Chart.yaml' : `${c.path}/Chart.yaml`;
  const steps: string[] = [];
  if (c.fix)
    steps.push(
      `write ${style.code(`version: ${c.fix.version}`)} in ${style.code(chartFile)}, or run ${style.bump ? style.bump(c.path, c.fix.level) : `bump-chart with ${style.code(`charts: ${c.path}`)} and ${style.code(`level: ${c.fix.level}`)}`}`,
    );
  const versionProblem = (p: Problem) => c.fix !== undefined && p.file === chartFile && p.hint?.startsWith('needs ');
  const breakingKey = (p: Problem) => c.fix !== undefined && p.hint?.startsWith('breaking, needs ');
  for (const p of c.problems) {
    if (p.level !== 'error' || versionProblem(p) || breakingKey(p) || !p.hint) continue;
    // A changelog section is needed for the version being written, not the one the head has now.
    const hint = c.fix && c.head ? p.hint.split(`## [${c.head}]`).join(`## [${c.fix.version}]`) : p.hint;
    const step = style.text(hint);
    if (!steps.includes(step)) steps.push(step);
  }
  return `- ${style.text(c.name)} (${style.code(c.path)}): ${steps.length > 0 ? steps.join('; then ') : 'see the problems above'}`;
}

/** The check's two views of a result: the runner's and the terminal's. */
export const view: OperationView<CheckResult> = { runner: checkRunnerView, terminal: checkView, failure: checkFailure, json: checkJson };

/** `lockstep check --json`: the commits compared, the outputs as values, each problem as the faces word it. */
export function checkJson(r: CheckResult): JsonDocument {
  const warnings = [
    ...r.charts.flatMap((c) => c.problems),
    ...r.protectedProblems,
    ...(r.configProblems ?? []),
    ...(r.validation ?? []),
    ...(r.valuesContract?.problems ?? []),
  ]
    .filter((p) => p.level === 'warning')
    .map((p) => ({ file: p.file || null, line: p.line ?? null, message: formatProblem(p) }));
  return commandJson('check', {
    ok: r.ok,
    base: r.range.base,
    head: r.range.head,
    'merge-base': r.range.mergeBase ?? null,
    'changed-charts': parsedOutput(r.outputs['changed-charts']),
    'protected-files': r.protectedFiles,
    // Each protected environment's images as its render at the head judged them, or why they were not.
    'protected-environments': (r.protectedEnvironments ?? []).map((v) => ({
      environment: v.environment,
      verdict: v.verdict,
      images: v.images ?? null,
      reason: v.reason ?? null,
    })),
    // What the cluster would receive, in promote's shape: a row per object that changes, and per environment rendered its
    // counts with the noise (ignored and non-deterministic lines), so a render whose every change is noise still says so.
    ...(r.rendered ? { rendered: renderedJson(r.rendered), 'render-counts': renderedCountsJson(r.rendered) } : {}),
    ...(r.notRendered ? { 'not-rendered': r.notRendered } : {}),
    // Per environment judged: the keys its values set, those no template reads, those read through a computed name, the schema's findings.
    ...(r.valuesContract
      ? {
          'values-contract': r.valuesContract.sections.map((c) => ({
            environment: c.environment,
            mode: c.mode,
            chart: c.chart,
            checked: c.files.reduce((n, f) => n + f.checked, 0),
            unread: c.files.reduce((n, f) => n + f.unread, 0),
            'not-traced': c.files.reduce((n, f) => n + f.notTraced, 0),
            files: c.files.map((f) => ({
              file: f.file,
              ...(f.label ? { in: f.label } : {}),
              checked: f.checked,
              unread: f.unread,
              'not-traced': f.notTraced,
            })),
            // What the chart's values.schema.json refuses in the merged values, each at the line that wrote the key.
            schema: c.schema.map((f) => ({ file: f.file, line: f.line, key: f.key, message: f.message })),
            // On a pull request that changes the chart: its own values.yaml keys its schema does not declare.
            undeclared: c.undeclared.map((u) => ({ file: u.file, line: u.line, key: u.key })),
            failed: c.failed ?? null,
          })),
        }
      : {}),
    // The errors are the failure's (checkFailure): the face lists them with the outcome.
    warnings,
    notes: r.range.fetched,
  });
}

/**
 * What the runner is told, in order: a log group with what was fetched and
 * one line per changed chart, the outputs, the job summary, one warning
 * annotation per warning at its file and line; then the failures, through
 * the one failure path (an annotation each, exit 1), after the outputs are
 * set (the summary's tables already list them).
 */
export function checkRunnerView(r: CheckResult): RunnerView {
  const steps: RunnerStep[] = [{ group: 'chart-bump-check' }];
  for (const note of r.range.fetched) steps.push({ info: note });
  for (const c of r.charts) steps.push({ info: checkLogLine(c) });
  if (r.charts.length === 0) steps.push({ info: 'no chart changed' });
  for (const e of r.rendered ?? []) steps.push({ info: `rendered: ${countLine(e)}` });
  if (r.notRendered) steps.push({ info: notRenderedLine(r.notRendered) });
  steps.push({ endGroup: true });
  // Typed by its keys, so Object.entries sees string values (an interface alone gives it `any`).
  const outputs: Readonly<Record<keyof CheckOutputs, string>> = r.outputs;
  for (const [k, v] of Object.entries(outputs)) steps.push({ output: k, value: v });
  steps.push({ summary: checkMarkdown(r) });
  for (const p of checkWarnings(r))
    steps.push({ annotate: 'warning', message: formatProblem(p), file: p.file || undefined, line: p.line, title: 'lockstep' });
  return { steps, failure: checkFailure(r) };
}

/** The failures of a check as the faces report them (one `path:line: what — fix` each); undefined when it passed. */
export function checkFailure(r: CheckResult): UserErrors | undefined {
  if (r.ok) return undefined;
  const failures = [
    ...r.charts.flatMap((c) => c.problems),
    ...r.protectedProblems,
    ...(r.configProblems ?? []),
    ...(r.validation ?? []),
    ...(r.valuesContract?.problems ?? []),
  ].filter((p) => p.level === 'error');
  // The summary's tables list them already: the runner's summary must not repeat them.
  return new UserErrors(failures.map(asUserError), { summarized: true });
}

/** The renders not run, in one line: how many, why, the first few named. */
export function notRenderedLine(names: readonly string[]): string {
  const shown = names.slice(0, 5).join(', ');
  const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
  return `not rendered: ${names.length} environment${names.length === 1 ? '' : 's'} that nothing this pull request changes reaches (their chart, values, Application and overlay are as at the base): ${shown}${more}`;
}

/** The warnings of a check, charts first, the rendered objects' schema validation last. */
export function checkWarnings(r: CheckResult): Problem[] {
  return [
    ...r.charts.flatMap((c) => c.problems),
    ...r.protectedProblems,
    ...(r.validation ?? []),
    ...(r.valuesContract?.problems ?? []),
  ].filter((p) => p.level === 'warning');
}

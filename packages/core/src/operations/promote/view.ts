// What a promotion shows: the runner's log lines (each change, the diff in a
// group, the outcome, the notes), the auto-merge warning, the outputs and the
// job summary, then the required-checks failure; and the terminal's table.

import { UserError } from '../../errors.ts';
import { shortDigest } from '../../promote/pins.ts';
import { changesTable, checksMarkdown, driftMarkdown } from '../../promote/report.ts';
import { apiCommitLines, apiCommitsMarkdown } from '../../report/api-commits.ts';
import type { ResultView } from '../../report/view.ts';
import { escapeMarkdown } from '../../text/markdown.ts';
import type { OperationView, RunnerStep, RunnerView } from '../operation.ts';
import type { PromoteOperationResult } from './run.ts';

/** One sentence on the outcome of a promotion. */
export function promoteStatus(r: PromoteOperationResult): string {
  switch (r.outcome) {
    case 'nothing':
      return `Nothing to promote: ${r.route.to.name} already pins what ${r.plan.sourceLabel} has; no commit, no push, no pull request.`;
    case 'checks':
      return 'Stopped: required checks are not green; nothing was written.';
    case 'dry-run':
      return `Dry run: ${r.plan.files.length} file${r.plan.files.length === 1 ? '' : 's'} would change (diff in the log); nothing was written, pushed or opened.`;
    case 'direct':
      if (r.apiCommits)
        return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (written through the GitHub API, the branch moved with a lease).`;
      return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (pushed with a lease).`;
    default: {
      const what = r.pullOutcome === 'created' ? 'Opened' : r.pullOutcome === 'updated' ? 'Updated' : 'Left unchanged';
      const draft = r.draft ? ' (draft)' : '';
      const merge = r.autoMerge?.enabled ? '; auto-merge enabled' : '';
      return `${what} pull request #${r.pull?.number}${draft} from ${r.branch}${r.pushed ? '' : ' (branch already up to date; nothing pushed)'}${merge}: ${r.pull?.url}`;
    }
  }
}

/** The log's line per change: service, tag and digest before → after, where, and where it was verified; then the chart's. */
export function promoteLogLines(r: PromoteOperationResult): string[] {
  const { plan } = r;
  const lines = plan.changes.map(
    (c) =>
      `${c.service}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${c.newDigest ?? 'no digest'}) at ${c.file}:${c.line}, verified in ${c.verified}`,
  );
  if (plan.chart) lines.push(`chart version: ${plan.chart.old || '—'} → ${plan.chart.new} at ${plan.chart.file}:${plan.chart.line}`);
  return lines;
}

/** The warning when auto-merge was asked for and GitHub refused it; undefined otherwise. */
export function autoMergeWarning(r: PromoteOperationResult): string | undefined {
  return r.autoMerge && !r.autoMerge.enabled
    ? `auto-merge was not enabled: ${r.autoMerge.reason ?? 'not allowed'}; the pull request stays open`
    : undefined;
}

/** The route as a heading: `dev → staging`, `ref:<sha> → prod`, `new pins → dev`. */
function routeLabel(r: PromoteOperationResult): string {
  const req = r.request;
  return `${r.route.from?.name ?? (req.from.kind === 'ref' ? `ref:${req.from.ref}` : 'new pins')} → ${r.route.to.name}`;
}

/** The job summary of promote-env: status, changes, required checks, every environment side by side, notes. */
export function promoteMarkdown(r: PromoteOperationResult): string {
  const { plan } = r;
  // Environment and service names, branches, URLs and GitHub's reasons are plain text here, escaped.
  const parts = [`### promote-env: ${escapeMarkdown(routeLabel(r))}`, '', escapeMarkdown(promoteStatus(r)), ''];
  if (plan.changes.length > 0 || plan.chart) parts.push(changesTable(plan), '');
  if (plan.unchanged.length > 0) parts.push(`Already up to date: ${escapeMarkdown(plan.unchanged.join(', '))}.`, '');
  if (plan.checks.length > 0) parts.push('Required checks:', '', checksMarkdown(plan), '');
  parts.push('Every environment:', '', driftMarkdown(plan), '');
  for (const n of r.notes) parts.push(`- ${escapeMarkdown(n)}`);
  if (r.autoMerge && !r.autoMerge.enabled)
    parts.push(
      `- Auto-merge is not allowed here (${escapeMarkdown(r.autoMerge.reason ?? 'repository setting')}); the pull request stays open.`,
    );
  const api = apiCommitsMarkdown(r.apiCommits);
  if (api) parts.push('', api);
  return parts.join('\n');
}

/** The promotion as a table for the terminal: one row per change (tag and digest before → after, where, verified in). */
export function promoteView(r: PromoteOperationResult): ResultView {
  const { plan } = r;
  const rows = plan.changes.map((c) => [
    c.service,
    `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
    `${shortDigest(c.oldDigest)} → ${shortDigest(c.newDigest)}`,
    `${c.file}:${c.line}`,
    c.verified,
  ]);
  if (plan.chart)
    rows.push(['chart version', `${plan.chart.old || '—'} → ${plan.chart.new}`, '', `${plan.chart.file}:${plan.chart.line}`, '']);
  const unchanged = plan.unchanged.length > 0 ? [`Already up to date: ${plan.unchanged.join(', ')}.`] : [];
  const checks = plan.checks.flatMap((c) => c.states.map((s) => `check ${s.name} on ${c.sha.slice(0, 12)}: ${s.state}`));
  const warned = autoMergeWarning(r);
  return {
    title: `promote-env: ${routeLabel(r)}`,
    status: promoteStatus(r).replace(' (diff in the log)', ''),
    headers: ['service', 'tag', 'digest', 'file', 'verified in'],
    rows,
    notes: [...unchanged, ...checks, ...r.notes, ...apiCommitLines(r.apiCommits ?? [])],
    warnings: warned ? [warned] : [],
  };
}

/** The error a promotion stopped by require-checks ends with (after its summary is written); undefined when it was not. */
export function checksError(r: PromoteOperationResult): UserError | undefined {
  if (r.outcome !== 'checks') return undefined;
  const bad = r.plan.checks.flatMap((c) =>
    c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`),
  );
  return new UserError(`required checks are not green: ${bad.join('; ')}`, {
    hint: 'wait for them to pass (the table in the job summary lists every check); nothing was written',
  });
}

/**
 * The runner's view, in the order promote-env has always told it: a line per
 * change, the diff in a group (already escaped for the log), the outcome, the
 * notes, the auto-merge warning, the outputs, the job summary; a promotion
 * stopped by require-checks then fails the step.
 */
export function promoteRunnerView(r: PromoteOperationResult): RunnerView {
  const steps: RunnerStep[] = promoteLogLines(r).map((line) => ({ info: line }));
  if (r.diff)
    steps.push({ group: r.dryRun ? 'dry run: the diff that would be committed' : 'diff' }, { info: r.diff, raw: true }, { endGroup: true });
  steps.push(
    { info: promoteStatus(r) },
    ...r.notes.map((n) => ({ info: n })),
    ...apiCommitLines(r.apiCommits ?? []).map((line) => ({ info: line })),
  );
  const warned = autoMergeWarning(r);
  if (warned) steps.push({ annotate: 'warning', message: warned });
  for (const [k, v] of Object.entries(r.outputs)) steps.push({ output: k, value: v });
  steps.push({ summary: promoteMarkdown(r) });
  return { steps, failure: checksError(r) };
}

/** promote-env's views: the runner's and the terminal's. */
export const promoteViews: OperationView<PromoteOperationResult> = { runner: promoteRunnerView, terminal: promoteView };

// What a promotion shows: the runner's log lines (each change, the diff in a
// group, the outcome, the notes), the auto-merge warning, the outputs and the
// job summary, then the required-checks failure; and the terminal's table.

import { named, setting, UserError, words } from '../../errors.ts';
import { changeName, chartChanges, planContracts, planDrifts, planRenders } from '../../promote/fleet.ts';
import { gateLines, heldUntil } from '../../promote/gates.ts';
import { changeRows, changesTable, checksMarkdown, driftMarkdown, whatsInLines, whatsInMarkdown } from '../../promote/publish/report.ts';
import { valuesDriftAnnotations, valuesDriftJson, valuesDriftMarkdown } from '../../promote/values-drift.ts';
import { valuesContractAnnotations, valuesContractJson, valuesContractMarkdown } from '../../promote/values-contract.ts';
import { wavesError, wavesLines, wavesMarkdown, wavesStopMarkdown } from '../../promote/waves.ts';
import { apiCommitLines, apiCommitsMarkdown } from '../../report/api-commits.ts';
import type { ResultView } from '../../report/view.ts';
import { SUMMARY_CAP } from '../../text/cap.ts';
import { escapeForLog } from '../../text/log.ts';
import { countLine, renderedLines, renderedMarkdown } from '../../render/report.ts';
import { escapeMarkdown } from '../../text/markdown.ts';
import { commandJson, numberOrNull, parsedOutput, stringOrNull, type JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerStep, RunnerView } from '../../contract/operation.ts';
import type { PromoteOperationResult } from './run.ts';

/** One sentence on the outcome of a promotion. */
export function promoteStatus(r: PromoteOperationResult): string {
  switch (r.outcome) {
    case 'nothing':
      if (r.hydrated)
        return `Nothing to promote: ${r.route.to.name} already runs the hydrated DRY commit ${r.hydrated.drySha.slice(0, 12)} on ${r.hydrated.active}; no commit, no push, no pull request.`;
      return `Nothing to promote: ${r.route.to.name} already pins what ${r.plan.sourceLabel} has; no commit, no push, no pull request.`;
    case 'checks':
      return 'Stopped: required checks are not green; nothing was written.';
    case 'held': {
      const until = r.gate && heldUntil(r.gate);
      const dry = r.dryRun ? ' (a dry run: the diff is what it would commit)' : '';
      return `Held by ${r.gate?.holds.length === 1 ? 'a gate' : 'gates'}${until !== undefined ? ` until ${new Date(until).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}; nothing was written${dry}.`;
    }
    case 'dry-run':
      return `Dry run: ${r.plan.files.length} file${r.plan.files.length === 1 ? '' : 's'} would change (diff in the log); nothing was written, pushed or opened.`;
    case 'direct':
      if (r.apiCommits)
        return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (written through the GitHub API, the branch moved with a lease).`;
      return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (pushed with a lease).`;
    default: {
      const what = r.pullOutcome === 'created' ? 'Opened' : r.pullOutcome === 'updated' ? 'Updated' : 'Left unchanged';
      const draft = r.draft ? (r.gate?.action === 'draft' ? ' (draft: held by a gate, no auto-merge)' : ' (draft)') : '';
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
      `${changeName(c)}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${c.newDigest ?? 'no digest'}) at ${c.file}:${c.line}, verified in ${c.verified}`,
  );
  for (const { app, chart } of chartChanges(plan))
    lines.push(
      `${app !== undefined ? `${app}/` : ''}chart version: ${chart.old || '—'} → ${chart.new}${chart.newDigest ? ` (${chart.newDigest})` : ''} at ${chart.file}:${chart.line}`,
    );
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
  if (r.waves) parts.push(...[wavesStopMarkdown(r.waves), wavesMarkdown(r.waves)].filter((x) => x !== undefined).flatMap((x) => [x, '']));
  if (plan.changes.length > 0 || chartChanges(plan).length > 0) parts.push(changesTable(plan), '');
  if (plan.unchanged.length > 0) parts.push(`Already up to date: ${escapeMarkdown(plan.unchanged.join(', '))}.`, '');
  // The rendered changes: the pull request's section (before what ships, as there), fitted under half the summary's cap.
  const renders = planRenders(plan);
  const rendered = renders.length > 0 ? renderedMarkdown(renders, SUMMARY_CAP / 2) : '';
  if (rendered) parts.push(rendered, '');
  // What ships: the same list as the pull request's, fitted under a tenth of the summary's cap.
  const shipped = r.whatsIn ? whatsInMarkdown(r.whatsIn, r.repoUrl, SUMMARY_CAP / 10) : '';
  if (shipped) parts.push(shipped, '');
  if (plan.checks.length > 0) parts.push('Required checks:', '', checksMarkdown(plan), '');
  for (const d of planDrifts(plan)) parts.push(valuesDriftMarkdown(d), '');
  for (const c of planContracts(plan)) parts.push(valuesContractMarkdown(c), '');
  if (r.gate && r.gate.holds.length > 0) parts.push('Gates:', '', ...gateLines(r.gate).map((l) => `- ${escapeMarkdown(l)}`), '');
  if (plan.drift) parts.push('Every environment:', '', driftMarkdown(plan.drift), '');
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
  const rows = changeRows(plan);
  const unchanged = plan.unchanged.length > 0 ? [`Already up to date: ${plan.unchanged.join(', ')}.`] : [];
  const checks = plan.checks.flatMap((c) => c.states.map((s) => `check ${s.name} on ${c.sha.slice(0, 12)}: ${s.state}`));
  const warned = autoMergeWarning(r);
  return {
    title: `promote-env: ${routeLabel(r)}`,
    status: promoteStatus(r).replace(' (diff in the log)', ''),
    headers: ['service', 'tag', 'digest', 'file', 'verified in'],
    rows,
    notes: [
      ...unchanged,
      ...(r.whatsIn ? whatsInLines(r.whatsIn) : []),
      ...checks,
      ...(r.gate ? gateLines(r.gate) : []),
      ...r.notes,
      ...(r.waves ? wavesLines(r.waves) : []),
      ...apiCommitLines(r.apiCommits ?? []),
    ],
    warnings: [
      ...(warned ? [warned] : []),
      ...notifyWarnings(r),
      ...[
        ...planDrifts(plan).flatMap((d) => valuesDriftAnnotations(d)),
        ...planContracts(plan).flatMap((c) => valuesContractAnnotations(c)),
      ].map((a) => (a.file ? `${a.file}:${a.line}: ${a.message}` : a.message)),
    ],
    ...(planRenders(plan).length > 0 ? { diff: renderedLines(planRenders(plan)) } : {}),
  };
}

/** The error a promotion stopped by require-checks ends with (after its summary is written); undefined when it was not. */
export function checksError(r: PromoteOperationResult): UserError | undefined {
  if (r.outcome !== 'checks') return wavesError(r.waves);
  const bad = r.plan.checks.flatMap((c) =>
    c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`),
  );
  return new UserError(`required checks are not green: ${bad.join('; ')}`, {
    hint: 'wait for them to pass (the table in the job summary lists every check); nothing was written',
  });
}

/** The error a promotion refused by a gate ends with (after its summary is written): what held it, and until when. */
export function gateError(r: PromoteOperationResult): UserError | undefined {
  if (r.outcome !== 'held' || !r.gate) return undefined;
  return new UserError(`promotion held: ${r.gate.holds.map((h) => h.message).join('; ')}`, {
    hint:
      r.gate.action === 'draft'
        ? words`a dry run: ${setting('dry-run', 'false')} and the pull request opens as a draft without auto-merge until the gate lets it through; nothing was written`
        : r.request.push === 'direct'
          ? words`run again once the gate lets it through, or use ${named('push', 'pr')} (a draft pull request waits for it); nothing was written`
          : words`run again once the gate lets it through (or ${setting('wait', 'draft')} to open a draft pull request meanwhile); nothing was written`,
  });
}

/**
 * The runner's view: a held promotion's hold first, then a line per
 * change, the diff in a group (already escaped for the log), the outcome, the
 * notes, the auto-merge warning, the outputs, the job summary; a promotion
 * stopped by require-checks then fails the step.
 */
export function promoteRunnerView(r: PromoteOperationResult): RunnerView {
  const failure = promoteFailure(r);
  // A held promotion leads with its hold, as the terminal does: the reason before the plan (a dry run's too).
  const steps: RunnerStep[] = [
    ...(r.outcome === 'held' && failure ? [{ info: failure.message }] : []),
    ...promoteLogLines(r).map((line) => ({ info: line })),
  ];
  if (r.diff)
    steps.push({ group: r.dryRun ? 'dry run: the diff that would be committed' : 'diff' }, { info: r.diff, raw: true }, { endGroup: true });
  const renders = planRenders(r.plan);
  if (renders.length > 0) {
    const [count, ...rest] = renderedLines(renders);
    steps.push({ info: `rendered: ${count}` });
    if (rest.length > 0)
      steps.push(
        { group: 'rendered changes' },
        { info: rest.map((l) => escapeForLog(`  ${l}`)).join('\n'), raw: true },
        { endGroup: true },
      );
    for (const failed of renders.filter((x) => x.status === 'failed'))
      steps.push({ annotate: 'warning', message: `render: ${countLine(failed)}` });
  }
  steps.push(
    { info: promoteStatus(r) },
    ...(r.gate ? gateLines(r.gate) : []).map((l) => ({ info: l })),
    ...r.notes.map((n) => ({ info: n })),
    ...apiCommitLines(r.apiCommits ?? []).map((line) => ({ info: line })),
  );
  if (r.waves) steps.push(...wavesLines(r.waves).map((line) => ({ info: line })));
  const warned = autoMergeWarning(r);
  if (warned) steps.push({ annotate: 'warning', message: warned });
  for (const w of notifyWarnings(r)) steps.push({ annotate: 'warning', message: w });
  for (const d of planDrifts(r.plan)) steps.push(...valuesDriftAnnotations(d));
  for (const c of planContracts(r.plan)) steps.push(...valuesContractAnnotations(c));
  for (const [k, v] of Object.entries(r.outputs)) steps.push({ output: k, value: v });
  steps.push({ summary: promoteMarkdown(r) });
  return { steps, failure };
}

/** A promotion ends in failure (exit 1) when its required checks or a wave stopped it, or a gate held it. */
export function promoteFailure(r: PromoteOperationResult): UserError | undefined {
  return checksError(r) ?? gateError(r);
}

/** `lockstep promote --json`: the route and outcome, the action's outputs as values, the gates' and notes' lines. */
export function promoteJson(r: PromoteOperationResult): JsonDocument {
  const o = r.outputs;
  return commandJson('promote', {
    'dry-run': r.dryRun,
    // How the promotion went; how the command ended (`outcome`, and the hold's errors) its face says.
    promotion: r.outcome,
    status: promoteStatus(r),
    from: r.route.from?.name ?? null,
    to: r.route.to.name,
    'base-sha': r.baseSha,
    changed: o.changed === 'true',
    'pr-number': numberOrNull(o['pr-number']),
    'pr-url': stringOrNull(o['pr-url']),
    branch: stringOrNull(o.branch),
    commit: r.commit ?? null,
    changes: parsedOutput(o.changes),
    gates: r.gate ? gateLines(r.gate) : [],
    waves: r.waves ? wavesLines(r.waves) : [],
    // What the cluster would receive: one row per object that changes (and per environment not rendered); absent when nothing was rendered.
    ...(r.rendered ? { rendered: r.rendered } : {}),
    // The target's values against both chart versions; null when the promotion compared none.
    'values-drift': r.plan.valuesDrift ? valuesDriftJson(r.plan.valuesDrift) : null,
    'values-contract': r.plan.valuesContract ? valuesContractJson(r.plan.valuesContract) : null,
    // Between environments of many apps, each app's own (the two above are null there: no one chart was compared).
    ...(r.plan.apps
      ? {
          apps: Object.fromEntries(
            r.plan.apps.map((a) => [
              a.id,
              {
                'values-drift': a.plan.valuesDrift ? valuesDriftJson(a.plan.valuesDrift) : null,
                'values-contract': a.plan.valuesContract ? valuesContractJson(a.plan.valuesContract) : null,
              },
            ]),
          ),
        }
      : {}),
    ...(r.renderCounts ? { 'render-counts': r.renderCounts } : {}),
    notes: r.notes,
    // One per outcome (opened, held, landed, rolled-back), with what became of its delivery when a webhook is set.
    events: (r.notified?.events ?? []).map((e, k) => ({ ...e, delivery: r.notified?.deliveries?.[k] ?? null })),
  });
}

/** A notification the webhook did not take: the promotion stands, said as a warning. */
function notifyWarnings(r: PromoteOperationResult): string[] {
  const events = r.notified?.events ?? [];
  return (r.notified?.deliveries ?? []).flatMap((d, k) =>
    d.delivered
      ? []
      : [
          `notification ${events[k].event} ${events[k].id} not delivered to ${d.host} after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}: ${d.error ?? 'no answer'}`,
        ],
  );
}

/** promote-env's views: the runner's and the terminal's. */
export const promoteViews: OperationView<PromoteOperationResult> = {
  runner: promoteRunnerView,
  terminal: promoteView,
  failure: promoteFailure,
  // Everything that stops a promotion that was asked for rightly is a hold: run it again later.
  held: (r) => promoteFailure(r) !== undefined,
  json: promoteJson,
};

// Words and tables of a promotion: the PR title and body, the job summary's
// tables (changes, drift, checks), the `changes` output and the rollback command.

import { codeBlock, codeSpan, escapeMarkdown } from '../text/markdown.ts';
import { generatedTrailer } from '../git/publish.ts';
import { markdownTable } from '../report/summary.ts';
import { shortDigest } from './pins.ts';
import type { PinChange, PromotionPlan } from './plan.ts';

/** The promotion PR's line in commit-mode api: whose commits GitHub signs, and that others' keep their status. */
const API_NOTE =
  'The promotion commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified. Commits others pushed to this branch are re-created with their author and keep their original signature status.';

/** `promote: dev → staging (api, worker)`; a rollback says so. */
export function pullTitle(fromLabel: string, to: string, plan: PromotionPlan): string {
  const names = plan.changes.map((c) => c.service);
  const what = names.length > 0 ? names.join(', ') : plan.chart ? `chart ${plan.chart.new}` : 'no change';
  return `promote: ${fromLabel} → ${to} (${what})`;
}

/** The commit message: the title, one line per change, and the generated-commit trailer. */
export function commitMessage(title: string, plan: PromotionPlan): string {
  const lines = plan.changes.map((c) => `- ${c.service}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${shortDigest(c.newDigest)})`);
  if (plan.chart) lines.push(`- chart: ${plan.chart.old || '—'} → ${plan.chart.new}`);
  return `${title}\n\n${lines.join('\n')}\n\n${generatedTrailer('promote-env')}\n`;
}

/** The table of changes: service, old → new tag and digest, where verified, source commit. */
export function changesTable(plan: PromotionPlan): string {
  const rows = plan.changes.map((c) => [
    c.service,
    `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
    `${shortDigest(c.oldDigest)} → ${shortDigest(c.newDigest)}`,
    `${c.file}:${c.line}`,
    c.verified,
    c.sourceCommit ? c.sourceCommit.slice(0, 12) : '—',
  ]);
  if (plan.chart)
    rows.push(['chart version', `${plan.chart.old || '—'} → ${plan.chart.new}`, '', `${plan.chart.file}:${plan.chart.line}`, '', '']);
  return markdownTable(['service', 'tag', 'digest', 'file', 'verified in', 'source commit'], rows);
}

/** Every environment side by side. */
export function driftMarkdown(plan: PromotionPlan): string {
  return markdownTable(
    ['service', ...plan.drift.environments],
    plan.drift.rows.map((r) => [r.service, ...r.cells]),
  );
}

/** The checks table shown when require-checks stops a promotion (and on success). */
export function checksMarkdown(plan: PromotionPlan): string {
  return markdownTable(
    ['commit', 'check', 'state'],
    plan.checks.flatMap((c) => c.states.map((s) => [c.sha.slice(0, 12), s.name, s.state])),
  );
}

/** The command that puts the target's pins back as they are at `baseSha`. */
export function rollbackCommand(to: string, baseSha: string, services: string[], repository?: string): string {
  const parts = ['gh workflow run rollback.yml', `-f to=${to}`, `-f ref=${baseSha}`];
  if (services.length > 0) parts.push(`-f services=${services.join(',')}`);
  if (repository) parts.push(`-f repository=${repository}`);
  return parts.join(' ');
}

/** The pull request body. Every name, ref and note in it is plain text, escaped; the tables escape their cells. */
export function pullBody(p: {
  plan: PromotionPlan;
  fromLabel: string;
  to: string;
  baseSha: string;
  base: string;
  repository?: string;
  notes?: string[];
  commitMode?: 'git' | 'api';
}): string {
  const { plan } = p;
  const notes = p.notes?.length ? [...p.notes.map((n) => `> [!WARNING]\n> ${escapeMarkdown(n)}`), ''] : [];
  return [
    ...notes,
    `Promotes **${escapeMarkdown(p.fromLabel)}** → **${escapeMarkdown(p.to)}** on ${codeSpan(p.base)} (base ${escapeMarkdown(p.baseSha.slice(0, 12))}).`,
    '',
    `Source: ${escapeMarkdown(plan.sourceLabel)}.`,
    '',
    changesTable(plan),
    '',
    '<details><summary>Every environment</summary>',
    '',
    driftMarkdown(plan),
    '',
    '</details>',
    '',
    'Roll back (restores what these keys pinned before this promotion):',
    '',
    // One line, in a fence no backtick run of a name can close.
    codeBlock(
      rollbackCommand(
        p.to,
        p.baseSha,
        plan.changes.map((c) => c.service),
        p.repository,
      ).replace(/\r\n|\r|\n/g, ' '),
      'sh',
    ),
    '',
    // The same words on every run (no SHA): a rerun that writes nothing leaves the body as it is.
    ...(p.commitMode === 'api' ? [API_NOTE, ''] : []),
    '<!-- lockstep:promote-env -->',
  ].join('\n');
}

/** The `changes` output: one entry per service (and the chart), single-line JSON. */
export function changesOutput(plan: PromotionPlan): string {
  const rows: Record<string, unknown>[] = plan.changes.map((c: PinChange) => ({
    service: c.service,
    file: c.file,
    line: c.line,
    'old-tag': c.oldTag ?? null,
    'new-tag': c.newTag ?? null,
    'old-digest': c.oldDigest ?? null,
    'new-digest': c.newDigest ?? null,
  }));
  if (plan.chart)
    rows.push({
      service: 'chart',
      file: plan.chart.file,
      line: plan.chart.line,
      'old-version': plan.chart.old,
      'new-version': plan.chart.new,
    });
  return JSON.stringify(rows);
}

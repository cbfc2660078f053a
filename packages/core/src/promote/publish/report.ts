// Words and tables of a promotion: the PR title and body, the job summary's
// tables (changes, drift, checks), the `changes` output and the rollback command.

import { codeBlock, codeSpan, escapeMarkdown } from '../../text/markdown.ts';
import { generatedTrailer } from '../../git/publish.ts';
import { promotionTrailerLines } from '../../records/trailers.ts';
import { markdownTable } from '../../text/markdown.ts';
import { BODY_CAP, describeOmitted, fitToBytes } from '../../text/cap.ts';
import { shortDigest } from '../../deploy/pins/pins.ts';
import type { PinChange, PromotionPlan } from '../plan.ts';
import type { SideBySide } from '../status-tables.ts';
import { valuesDriftMarkdown } from '../values-drift.ts';
import { valuesContractMarkdown } from '../values-contract.ts';
import { renderedMarkdown } from '../../render/report.ts';
import { shipsMarker } from '../../trail/trail.ts';
import type { Shipment, WhatsIn } from '../whats-in.ts';
import { changeName, chartChanges, planRenders } from '../fleet.ts';

/** The promotion PR's line in commit-mode api: whose commits GitHub signs, and that others' are re-created unsigned. */
const API_NOTE =
  'The promotion commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified. Commits others pushed to this branch are re-created with their author as new commits, which GitHub does not sign: a signature they had (Verified, e.g. from GitHub’s web editor) does not carry over; the job summary lists each one’s old and new id.';

/** `promote: dev → staging (api, worker)`; a rollback says so. */
export function pullTitle(fromLabel: string, to: string, plan: PromotionPlan): string {
  const names = plan.changes.map(changeName);
  const charts = chartChanges(plan);
  const what =
    names.length > 0
      ? names.join(', ')
      : charts.length > 0
        ? charts.map(({ app, chart }) => `${app !== undefined ? `${app} ` : ''}chart ${chart.new}`).join(', ')
        : 'no change';
  return `promote: ${fromLabel} → ${to} (${what})`;
}

/**
 * The commit message: the title, one line per change, and the trailer block:
 * the promotion's record (records/trailers.ts: environment, source, rollback,
 * each service's tag and whole digest, chart) when `record` is given, then the generated-commit trailer.
 */
export function commitMessage(
  title: string,
  plan: PromotionPlan,
  record?: { environment: string; from: string; rollback: boolean },
): string {
  const lines = plan.changes.map((c) => `- ${changeName(c)}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${shortDigest(c.newDigest)})`);
  for (const { app, chart } of chartChanges(plan))
    lines.push(
      `- ${app !== undefined ? `${app}/` : ''}chart: ${chart.old || '—'} → ${chart.new}${chart.newDigest ? ` (${shortDigest(chart.newDigest)})` : ''}`,
    );
  const trailers = record
    ? promotionTrailerLines({
        ...record,
        services: plan.changes.map((c) => ({ name: changeName(c), tag: c.newTag, digest: c.newDigest })),
        ...(plan.chart ? { chart: plan.chart.new } : {}),
      })
    : [];
  return `${title}\n\n${lines.join('\n')}\n\n${[...trailers, generatedTrailer('promote-env')].join('\n')}\n`;
}

/**
 * The changes as rows of cells, the pull request's table and the terminal's alike: service, old → new tag
 * and digest, where, verified in; the chart version's row last. The pull request adds the source commit.
 */
export function changeRows(plan: PromotionPlan, sourceCommit = false): string[][] {
  const rows = plan.changes.map((c) => [
    changeName(c),
    `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
    `${shortDigest(c.oldDigest)} → ${shortDigest(c.newDigest)}`,
    `${c.file}:${c.line}`,
    c.verified,
    ...(sourceCommit ? [c.sourceCommit ? c.sourceCommit.slice(0, 12) : '—'] : []),
  ]);
  for (const { app, chart } of chartChanges(plan))
    rows.push([
      app !== undefined ? `${app}/chart version` : 'chart version',
      `${chart.old || '—'} → ${chart.new}`,
      // An OCIRepository's digest is the artifact pulled: under one range, it is what moves.
      chart.newDigest ? `${shortDigest(chart.oldDigest)} → ${shortDigest(chart.newDigest)}` : '',
      `${chart.file}:${chart.line}`,
      '',
      ...(sourceCommit ? [''] : []),
    ]);
  return rows;
}

/** The table of changes: service, old → new tag and digest, where verified, source commit. */
export function changesTable(plan: PromotionPlan): string {
  return markdownTable(['service', 'tag', 'digest', 'file', 'verified in', 'source commit'], changeRows(plan, true));
}

/** What vouched for each verified digest (the config's `verify:`), and the commit its provenance names; nothing when no service verifies. */
export function verifiedLines(plan: PromotionPlan): string[] {
  const verified = plan.changes.filter((c) => c.verifiedBy);
  if (verified.length === 0) return [];
  return [
    'Verified before pinning:',
    '',
    ...verified.map(
      (c) =>
        `- ${escapeMarkdown(changeName(c))} ${codeSpan(shortDigest(c.newDigest))}: ${c.verifiedBy!.map(escapeMarkdown).join('; ')}${c.provenanceCommit ? `; built from commit ${codeSpan(c.provenanceCommit)}` : ''}`,
    ),
    '',
  ];
}

/** Every environment side by side. */
export function driftMarkdown(table: SideBySide): string {
  return markdownTable(
    ['service', ...table.environments],
    table.rows.map((r) => [r.service, ...r.cells]),
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

/** GitHub refuses a pull request body over 65,536 characters; bytes are at least as many, so a byte cap is safe. */
export const PULL_BODY_CAP = BODY_CAP;

/** Lines of one shipment's list shown before the rest folds into `<details>`. */
const OPEN_LINES = 10;

/** A link lockstep writes around escaped text: the URL with the characters that could end the link target percent-encoded. */
function safeUrl(url: string): string {
  return encodeURI(url).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `#12`, linked to the pull request when the repository's address is known. */
function pullLink(n: number, repoUrl: string | undefined): string {
  return repoUrl ? `[#${n}](${safeUrl(`${repoUrl}/pull/${n}`)})` : `#${n}`;
}

/** A version, tag or short commit inside a line: as it is when it holds only characters no markup is made of there, else escaped. */
function ref(s: string): string {
  return /^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(s) ? s : escapeMarkdown(s);
}

/** Services named in a shipment's heading; past this many the heading counts them and a folded line lists them. */
const SUBJECTS_IN_HEADING = 5;

/** One shipment: a heading (what the target runs → what it will run), the compare link and commit count, the entries or pull requests, the notes. */
function shipmentMarkdown(s: Shipment, repoUrl: string | undefined): string[] {
  const verb = s.direction === 'removes' ? ' — removes' : '';
  const many = s.subjects.length > SUBJECTS_IN_HEADING;
  const who = many ? `${s.subjects.length} services` : s.subjects.map(escapeMarkdown).join(', ');
  const out = [`#### ${who}: ${ref(s.from)} → ${ref(s.to)}${verb}`, ''];
  // Services that share the move are listed once, folded when there are many.
  if (many) out.push(`<details><summary>Services</summary>`, '', escapeMarkdown(s.subjects.join(', ')), '', '</details>', '');
  const facts: string[] = [];
  if (s.range) facts.push(s.compare ? `[${s.range.split('...').map(ref).join('...')}](${safeUrl(s.compare)})` : codeSpan(s.range));
  if (s.commits !== undefined) facts.push(`${s.commits} commit${s.commits === 1 ? '' : 's'}`);
  if (facts.length > 0) out.push(`Compare ${facts.join(' · ')}`, '');
  const items = [
    ...s.entries.map(
      (e) =>
        `- ${e.breaking ? '**⚠ Breaking** · ' : ''}${ref(e.version)} · ${escapeMarkdown(e.text)}${e.pulls.map((n) => ` (${pullLink(n, repoUrl)})`).join('')}`,
    ),
    ...s.pulls.map((p) => `- ${pullLink(p.number, repoUrl)} ${escapeMarkdown(p.title)}`),
  ];
  if (items.length > OPEN_LINES) {
    out.push(
      ...items.slice(0, OPEN_LINES),
      '',
      `<details><summary>${items.length - OPEN_LINES} more</summary>`,
      '',
      ...items.slice(OPEN_LINES),
      '',
      '</details>',
      '',
    );
  } else if (items.length > 0) out.push(...items, '');
  for (const n of s.notes) out.push(`_${escapeMarkdown(n)}_`, '');
  return out;
}

/**
 * "What's in this promotion": each service (and the chart) the promotion
 * changes, with what the target gains (or, on a rollback, loses). Changelog
 * text, subjects and titles are escaped; only the links are lockstep's.
 * Fitted under `maxBytes` at a line boundary, saying what was left out.
 */
export function whatsInMarkdown(w: WhatsIn, repoUrl: string | undefined, maxBytes: number): string {
  if (w.shipments.length === 0) return '';
  const text = ["### What's in this promotion", '', ...w.shipments.flatMap((s) => shipmentMarkdown(s, repoUrl))].join('\n').trimEnd();
  return fitToBytes(text, maxBytes, (o) => `_… ${describeOmitted(o)} of this list left out to fit the size limit._`).text;
}

/**
 * What ships, for the terminal: one line per shipment (the services sharing
 * it, the move, the commits and entries counted); the notes themselves are in
 * the pull request body, the job summary and --json.
 */
export function whatsInLines(w: WhatsIn): string[] {
  return w.shipments.map((s) => {
    const who =
      s.subjects.length > SUBJECTS_IN_HEADING
        ? `${s.subjects.length} services (${s.subjects[0]} … ${s.subjects.at(-1)})`
        : s.subjects.join(', ');
    const counts = [
      ...(s.commits !== undefined ? [`${s.commits} commit${s.commits === 1 ? '' : 's'}`] : []),
      ...(s.entries.length ? [`${s.entries.length} release-note entr${s.entries.length === 1 ? 'y' : 'ies'}`] : []),
      ...(s.pulls.length ? [`${s.pulls.length} pull request${s.pulls.length === 1 ? '' : 's'}`] : []),
    ];
    const verb = s.direction === 'removes' ? 'removes' : 'ships';
    return `${verb} ${who}: ${s.from} → ${s.to}${counts.length ? ` (${counts.join(', ')})` : ''}${s.notes.length ? `; ${s.notes.join('; ')}` : ''}`;
  });
}

/** What a promotion pull request's body says. */
export interface PullBodyInput {
  plan: PromotionPlan;
  fromLabel: string;
  to: string;
  baseSha: string;
  base: string;
  repository?: string;
  notes?: string[];
  whatsIn?: WhatsIn;
  repoUrl?: string;
  /** notify-pulls: the source pull requests shipped, kept in a hidden line for when this one merges. */
  ships?: number[];
  gate?: string[];
  commitMode?: 'git' | 'api';
}

/** The pull request body. Every name, ref and note in it is plain text, escaped; the tables escape their cells. */
export function pullBody(p: PullBodyInput): string {
  const notes = p.notes?.length ? [...p.notes.map((n) => `> [!WARNING]\n> ${escapeMarkdown(n)}`), ''] : [];
  let body = pullBodyWith(p, notes, []);
  // The rendered changes go under the changes table, fitted to what the rest of the body leaves of GitHub's limit.
  const shown = planRenders(p.plan).filter((r) => !r.noHelm);
  if (shown.length > 0) {
    const rendered = renderedMarkdown(shown, PULL_BODY_CAP - Buffer.byteLength(body, 'utf8') - 2);
    if (rendered) body = pullBodyWith(p, notes, [], [rendered, '']);
  }
  if (!p.whatsIn?.shipments.length) return body;
  // What ships goes under them, cut to what is left.
  const room = PULL_BODY_CAP - Buffer.byteLength(body, 'utf8') - 2;
  const shipped = whatsInMarkdown(p.whatsIn, p.repoUrl, room);
  if (!shipped) return body;
  const rendered =
    shown.length > 0 ? renderedMarkdown(shown, PULL_BODY_CAP - Buffer.byteLength(pullBodyWith(p, notes, [shipped, '']), 'utf8') - 2) : '';
  return pullBodyWith(p, notes, [shipped, ''], rendered ? [rendered, ''] : []);
}

function pullBodyWith(p: PullBodyInput, notes: string[], shipped: string[], rendered: string[] = []): string {
  const { plan } = p;
  // What the gates held or let through (soak time, windows, who broke the glass), one quoted line each.
  const gate = p.gate?.length ? [...p.gate.map((n) => `> [!IMPORTANT]\n> ${escapeMarkdown(n)}`), ''] : [];
  return [
    ...notes,
    ...gate,
    `Promotes **${escapeMarkdown(p.fromLabel)}** → **${escapeMarkdown(p.to)}** on ${codeSpan(p.base)} (base ${escapeMarkdown(p.baseSha.slice(0, 12))}).`,
    '',
    `Source: ${escapeMarkdown(plan.sourceLabel)}.`,
    '',
    changesTable(plan),
    '',
    ...verifiedLines(plan),
    ...(plan.valuesDrift ? [valuesDriftMarkdown(plan.valuesDrift), ''] : []),
    ...(plan.valuesContract ? [valuesContractMarkdown(plan.valuesContract), ''] : []),
    ...(plan.apps ?? []).flatMap((a) => [
      ...(a.plan.valuesDrift ? [`${escapeMarkdown(a.id)}:`, '', valuesDriftMarkdown(a.plan.valuesDrift), ''] : []),
      ...(a.plan.valuesContract ? [`${escapeMarkdown(a.id)}:`, '', valuesContractMarkdown(a.plan.valuesContract), ''] : []),
    ]),
    ...rendered,
    ...shipped,
    ...(plan.drift ? ['<details><summary>Every environment</summary>', '', driftMarkdown(plan.drift), '', '</details>', ''] : []),
    'Roll back (restores what these keys pinned before this promotion):',
    '',
    // One line, in a fence no backtick run of a name can close.
    codeBlock(
      rollbackCommand(p.to, p.baseSha, [...new Set(plan.changes.map((c) => c.service))], p.repository).replace(/\r\n|\r|\n/g, ' '),
      'sh',
    ),
    '',
    ...(p.ships ? [shipsMarker(p.ships)] : []),
    // The same words on every run (no SHA): a rerun that writes nothing leaves the body as it is.
    ...(p.commitMode === 'api' ? [API_NOTE, ''] : []),
    '<!-- lockstep:promote-env -->',
  ].join('\n');
}

/** One pin change as the `changes` output and `lockstep status --json` spell it: kebab-case keys, null for what is not pinned. */
export function pinChangeRow(c: PinChange): Record<string, unknown> {
  return {
    service: c.service,
    ...(c.app !== undefined ? { app: c.app } : {}),
    file: c.file,
    line: c.line,
    'old-tag': c.oldTag ?? null,
    'new-tag': c.newTag ?? null,
    'old-digest': c.oldDigest ?? null,
    'new-digest': c.newDigest ?? null,
  };
}

/** The `changes` output: one entry per service (and the chart), single-line JSON. */
export function changesOutput(plan: PromotionPlan): string {
  const rows: Record<string, unknown>[] = plan.changes.map(pinChangeRow);
  for (const { app, chart } of chartChanges(plan))
    rows.push({
      service: 'chart',
      ...(app !== undefined ? { app } : {}),
      file: chart.file,
      line: chart.line,
      'old-version': chart.old,
      'new-version': chart.new,
      ...(chart.newDigest ? { 'old-digest': chart.oldDigest ?? null, 'new-digest': chart.newDigest } : {}),
    });
  return JSON.stringify(rows);
}

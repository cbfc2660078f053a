import { renderDiffHead } from '../../edits/diff.ts';
import type { ReleaseResult } from '../../release/result.ts';
import { apiCommitLines, apiCommitsMarkdown } from '../../report/api-commits.ts';

import type { ResultView } from '../../report/view.ts';
import { headLines, LOG_LINES_CAP } from '../../text/cap.ts';
import { escapeForLog } from '../../text/log.ts';
import { escapeMarkdown, inertNotesText, markdownTable } from '../../text/markdown.ts';
import { joinText, textLength } from '../../text/parts.ts';
import { commandJson, numberOrNull, stringOrNull, type JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerStep, RunnerView } from '../../contract/operation.ts';
import type { ReleaseOperationResult } from './run.ts';

/** The first log line of a release: the next version and why, or that there is nothing to release. */
export function releaseHeadline(r: ReleaseResult): string {
  const last = `${r.previousVersion ?? 'none'}${r.previousNote ? ` ${r.previousNote}` : ''}`;
  if (r.mode === 'publish')
    return r.released
      ? `Released ${r.version} as ${r.tag} (previous release ${last})`
      : `${r.version} is already tagged as ${r.tag} and published (previous release ${last})`;
  return r.version ? `Next version: ${r.version} (${r.bump}; last release ${last})` : `No release (last ${last})`;
}

const modeLabel = (r: ReleaseResult) => (r.mode === 'dry-run' ? ' (dry run)' : r.mode === 'publish' ? ' (publish)' : '');

/** The facts of a release, as rows: version, last release, bump, the PR and the tag when there are some. */
function facts(r: ReleaseResult): string[][] {
  return [
    ['Version', r.version ?? 'nothing to release'],
    ['Last release', `${r.previousVersion ?? 'none'}${r.previousNote ? ` (${r.previousNote})` : ''}`],
    ['Bump', r.bump],
    ...(r.pr ? [['Release PR', `#${r.pr.number}`]] : []),
    ...(r.tag ? [['Tag', r.tag]] : []),
  ];
}

/** The job summary of prepare-release: what was done, the facts, the files changed and the notes (folded). */
export function releaseMarkdown(r: ReleaseResult): string {
  return releaseMarkdownParts(r).join('');
}

/**
 * releaseMarkdown in parts, the notes one of them: the runner keeps the
 * summary's first MiB without joining a long release's notes into a copy.
 */
export function releaseMarkdownParts(r: ReleaseResult): string[] {
  const head = `### prepare-release${modeLabel(r)}`;
  const table = markdownTable(['', ''], facts(r));
  const files =
    r.rows.length > 0
      ? `\n\n${markdownTable(
          ['File', 'What', 'From', 'To'],
          r.rows.map((x) => [x.file, x.what, x.from, x.to]),
        )}`
      : '';
  const did = r.actions.map((a) => `- ${escapeMarkdown(a)}`).join('\n');
  const api = apiCommitsMarkdown(r.apiCommits);
  const top = `${head}\n\n${did}\n\n${table}${api ? `\n\n${api}` : ''}${files}`;
  if (textLength(r.notes) === 0) return [top, '\n'];
  // The notes are Markdown on purpose; inertNotes keeps raw HTML (a </details> among it) and images out. Notes
  // in parts stay parts of the summary: the runner keeps its first MiB without joining them.
  const notes = inertNotesText(r.notes);
  return [`${top}\n\n<details><summary>Release notes</summary>\n\n`, ...(typeof notes === 'string' ? [notes] : notes), '\n</details>\n'];
}

/**
 * The release as a table for the terminal (and any ResultView rendering):
 * one row per file changed, the version facts and actions as notes.
 */
export function releaseView(r: ReleaseResult): ResultView {
  return {
    title: `prepare-release${modeLabel(r)}`,
    status: releaseHeadline(r),
    headers: ['File', 'What', 'From', 'To'],
    rows: r.rows.map((x) => [x.file, x.what, x.from, x.to]),
    notes: [...facts(r).map(([k, v]) => `${k}: ${v}`), ...r.actions, ...apiCommitLines(r.apiCommits ?? [])],
    warnings: r.warnings,
  };
}

/** Where a reader finds the full notes when the log, an output or the summary shows only their head. */
export function fullTextAt(r: { mode: string; pr?: { number: number } }): string {
  if (r.pr) return `CHANGELOG.md of release PR #${r.pr.number}`;
  if (r.mode === 'dry-run') return 'CHANGELOG.md once prepare-release runs without dry-run (this dry run wrote nothing)';
  return 'CHANGELOG.md';
}

/**
 * What the runner is told of a release: the headline, the notes and the
 * diff in log groups (their heads: thousands of lines nobody scrolls cost
 * time and log space), the warnings, what was done, the outputs and the job summary.
 */
export function releaseRunner(r: ReleaseOperationResult): RunnerView {
  const where = fullTextAt(r);
  const steps: RunnerStep[] = [{ info: releaseHeadline(r) }];
  if (textLength(r.notes) > 0) {
    const head = headLines(r.notes, LOG_LINES_CAP);
    steps.push(
      { group: 'Release notes' },
      // One write for the whole notes: a release of thousands of commits would otherwise cost a write per line.
      { info: head.text.split('\n').map(escapeForLog).join('\n'), raw: true },
      ...(head.more ? [{ info: `… ${head.more} more lines of notes not shown; the full notes are in ${where}.`, raw: true }] : []),
      { endGroup: true },
    );
  }
  // Only the lines the log shows are rendered; the rest are counted.
  const head = renderDiffHead(r.changes, LOG_LINES_CAP);
  if (head.text) {
    const rest = r.mode === 'dry-run' ? 'a run without dry-run makes them in the release PR' : 'the full diff is in the release PR';
    steps.push(
      { group: r.mode === 'dry-run' ? 'Diff (dry run: nothing written)' : 'Diff' },
      // renderDiffHead escapes every line of file content itself.
      { info: head.text, raw: true },
      ...(head.more ? [{ info: `… ${head.more} more lines of the diff not shown; ${rest}.`, raw: true }] : []),
      { endGroup: true },
    );
  }
  for (const w of r.warnings) steps.push({ annotate: 'warning', message: w });
  for (const a of r.actions) steps.push({ info: a });
  for (const line of apiCommitLines(r.apiCommits ?? [])) steps.push({ info: line });
  for (const [k, v] of Object.entries(r.outputs)) steps.push({ output: k, value: v, where: k === 'notes' ? where : undefined });
  steps.push({ summary: releaseMarkdownParts(r), where });
  return { steps };
}

/** The runner's and the terminal's views of a release. */
export const releaseViews: OperationView<ReleaseOperationResult> = {
  runner: releaseRunner,
  terminal: releaseView,
  failure: () => undefined,
  json: releaseJson,
};

/** `lockstep release --json`: the action's outputs as values (the notes whole), each file change as its row. */
export function releaseJson(r: ReleaseOperationResult): JsonDocument {
  const o = r.outputs;
  return commandJson('release', {
    'dry-run': r.dryRun,
    mode: r.mode,
    status: releaseHeadline(r),
    version: stringOrNull(o.version),
    'previous-version': stringOrNull(o['previous-version']),
    bump: stringOrNull(o.bump),
    notes: joinText(r.notes),
    'pr-number': numberOrNull(o['pr-number']),
    'pr-url': stringOrNull(o['pr-url']),
    branch: stringOrNull(o.branch),
    queued: o.queued === 'true',
    released: o.released === 'true',
    tag: stringOrNull(o.tag),
    files: r.rows.map((x) => ({ file: x.file, what: x.what, from: x.from, to: x.to })),
    actions: r.actions,
    warnings: r.warnings,
  });
}

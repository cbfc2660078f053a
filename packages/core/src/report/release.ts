import type { ReleaseResult } from '../release/run.ts';
import { escapeMarkdown, inertNotes } from '../text/markdown.ts';
import { markdownTable } from './summary.ts';
import type { ResultView } from './view.ts';

/** The first log line of a release: the next version and why, or that there is nothing to release. */
export function releaseHeadline(r: ReleaseResult): string {
  const last = `${r.previousVersion ?? 'none'}${r.previousNote ? ` ${r.previousNote}` : ''}`;
  if (r.mode === 'publish')
    return r.released ? `Released ${r.version} as ${r.tag} (previous release ${last})` : `${r.version} is already tagged as ${r.tag} and published (previous release ${last})`;
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
  const head = `### prepare-release${modeLabel(r)}`;
  const table = markdownTable(['', ''], facts(r));
  const files = r.rows.length > 0 ? `\n\n${markdownTable(['File', 'What', 'From', 'To'], r.rows.map((x) => [x.file, x.what, x.from, x.to]))}` : '';
  const did = r.actions.map((a) => `- ${escapeMarkdown(a)}`).join('\n');
  // The notes are Markdown on purpose; inertNotes keeps raw HTML (a </details> among it) and images out.
  const notes = r.notes ? `\n\n<details><summary>Release notes</summary>\n\n${inertNotes(r.notes)}\n</details>` : '';
  return `${head}\n\n${did}\n\n${table}${files}${notes}\n`;
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
    notes: [...facts(r).map(([k, v]) => `${k}: ${v}`), ...r.actions],
    warnings: r.warnings,
  };
}

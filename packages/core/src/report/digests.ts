import type { DigestsResult } from '../operations/digests.ts';
import type { ResultView } from './view.ts';

/** One sentence on what happened to the digests file; `code` marks the path (Markdown backticks by default, or as it is). */
export function digestsStatus(r: DigestsResult, code: (s: string) => string = (s) => `\`${s}\``): string {
  const path = code(r.path);
  const status = !r.changed
    ? `${path} already holds these digests; nothing changed`
    : r.written
      ? `Wrote ${path}`
      : `Dry run: ${path} would change (diff in the log); nothing was written`;
  const kept = r.kept ? `; kept ${r.kept} other entr${r.kept === 1 ? 'y' : 'ies'} from the existing file` : '';
  return `${status}${kept}`;
}

/** The capture's table: one row per image with the digest recorded and what kind of manifest it names. */
export function digestsView(r: DigestsResult): ResultView {
  return {
    title: 'capture-digests',
    // Plain text, as every view's strings are: the job summary escapes it.
    status: `${digestsStatus(r, (s) => s)}.`,
    headers: ['name', 'image', 'tag', 'digest', 'platform / index'],
    rows: r.rows.map((row) => [row.name, row.image, row.tag, row.digest, row.kind]),
    notes: [],
    warnings: r.warnings,
    statusFirst: false,
    warningStyle: 'bullets',
  };
}

import { renderMarkdown, type ResultView } from '../../report/view.ts';
import { commandJson, parsedOutput, type JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerStep, RunnerView } from '../../contract/operation.ts';
import type { DigestsResult } from './run.ts';

/** One sentence on what happened to the digests file; `code` marks the path (Markdown backticks by default, or as it is). */
export function digestsStatus(r: DigestsResult, code: (s: string) => string = (s) => `\`${s}\``): string {
  const path = code(r.path);
  const status = !r.changed
    ? `${path} already holds these digests; nothing changed`
    : r.written
      ? `Wrote ${path}`
      : `Dry run: ${path} would change (diff in the log); nothing was written`;
  const kept = r.kept ? `; kept ${r.kept} other entr${r.kept === 1 ? 'y' : 'ies'} from the existing file` : '';
  const verb = r.written ? 'dropped' : 'would drop';
  const dropped = r.dropped.length
    ? `; replace ${verb} ${r.dropped.length} entr${r.dropped.length === 1 ? 'y' : 'ies'} of the existing file: ${r.dropped.join(', ')}`
    : '';
  return `${status}${kept}${dropped}`;
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

/**
 * The runner's log: a line per image, each warning as an annotation, on a
 * dry run the diff in a group, then the status; the outputs and the table as
 * the job summary.
 */
export function digestsRunnerView(r: DigestsResult): RunnerView {
  const steps: RunnerStep[] = r.rows.map((row) => ({ info: `${row.name}: ${row.image}:${row.tag} → ${row.digest} (${row.kind})` }));
  for (const w of r.warnings) steps.push({ annotate: 'warning', message: w });
  if (r.changed && r.dryRun) {
    // renderDiff made the diff safe for the log already; escaping it again would fold its lines into one.
    steps.push({ group: `dry run: ${r.path} would change` }, { info: r.diff, raw: true }, { endGroup: true });
  }
  steps.push(
    // Printed as it is (no backticks), as the action always printed it.
    { info: digestsStatus(r).replace(/`/g, ''), raw: true },
    { output: 'digests', value: r.outputs.digests },
    { output: 'file', value: r.outputs.file },
    { summary: renderMarkdown(digestsView(r)) },
  );
  return { steps };
}

/** The digests operation's views: the runner's and the terminal's. */
export const digestsViews: OperationView<DigestsResult> = {
  runner: digestsRunnerView,
  terminal: digestsView,
  failure: () => undefined,
  json: digestsJson,
};

/** `lockstep digests --json`: the file's path and whole content (the `digests` output as the object it is), each image resolved. */
export function digestsJson(r: DigestsResult): JsonDocument {
  return commandJson('digests', {
    'dry-run': r.dryRun,
    status: `${digestsStatus(r, (s) => s)}.`,
    file: r.outputs.file,
    changed: r.changed,
    written: r.written,
    digests: parsedOutput(r.outputs.digests),
    images: r.rows.map((row) => ({ name: row.name, image: row.image, tag: row.tag, digest: row.digest, kind: row.kind })),
    warnings: r.warnings,
  });
}

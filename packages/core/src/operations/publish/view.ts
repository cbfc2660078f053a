import { renderMarkdown, type ResultView } from '../../report/view.ts';
import { commandJson, parsedOutput, stringOrNull, type JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerStep, RunnerView } from '../../contract/operation.ts';
import type { PublishResult, PublishRow } from './run.ts';

const STATUS: Record<PublishRow['status'], string> = {
  pushed: 'pushed',
  unchanged: 'already published (same content)',
  'would-push': 'would push (dry run)',
};

/** One sentence on what the publish did. */
export function publishStatus(r: PublishResult): string {
  const pushed = r.charts.filter((c) => c.status === 'pushed').length;
  const would = r.charts.filter((c) => c.status === 'would-push').length;
  const same = r.charts.length - pushed - would;
  const parts = [
    r.dryRun
      ? `Dry run: ${would} chart${would === 1 ? '' : 's'} would be pushed to ${r.registry}`
      : `Pushed ${pushed} chart${pushed === 1 ? '' : 's'} to ${r.registry}`,
  ];
  if (same > 0) parts.push(`${same} already published with the same content`);
  if (r.digests)
    parts.push(
      r.digests.written
        ? `wrote ${r.digests.path}`
        : r.digests.changed
          ? `${r.digests.path} would change`
          : `${r.digests.path} already holds these digests`,
    );
  return `${parts.join('; ')}.`;
}

/** The publish's table: one row per chart with where it lives, its digest and what happened. */
export function publishView(r: PublishResult): ResultView {
  return {
    title: 'publish-chart',
    status: publishStatus(r),
    headers: ['chart', 'version', 'reference', 'digest', 'status', 'signature'],
    rows: r.charts.map((c) => [
      c.name,
      c.version,
      `${c.image}:${c.tag}`,
      c.digest,
      STATUS[c.status],
      c.signature ? `${c.signature.tag} (${c.signature.status})` : '',
    ]),
    notes: [],
    warnings: [],
    statusFirst: false,
    warningStyle: 'bullets',
  };
}

/**
 * The runner's log: a line per chart, its archive's files in a group, on a
 * dry run the digests file's diff, then the status; the outputs and the table
 * as the job summary.
 */
export function publishRunnerView(r: PublishResult): RunnerView {
  const steps: RunnerStep[] = [];
  for (const c of r.charts) {
    steps.push({ info: `${c.name} ${c.version}: ${c.image}:${c.tag} → ${c.digest} (${STATUS[c.status]})` });
    if (c.signature) steps.push({ info: `${c.name} ${c.version}: signature ${c.image}:${c.signature.tag} (${c.signature.status})` });
    steps.push(
      { group: `${c.name} ${c.version}: ${c.files.length} file${c.files.length === 1 ? '' : 's'} in the archive` },
      ...c.files.map((f) => ({ info: f })),
      { endGroup: true as const },
    );
  }
  if (r.digests?.changed && r.dryRun)
    steps.push({ group: `dry run: ${r.digests.path} would change` }, { info: r.digests.diff, raw: true }, { endGroup: true });
  steps.push(
    { info: publishStatus(r) },
    { output: 'charts', value: r.outputs.charts },
    { output: 'digests', value: r.outputs.digests },
    { output: 'file', value: r.outputs.file },
    { summary: renderMarkdown(publishView(r)) },
  );
  return { steps };
}

/** The publish operation's views: the runner's and the terminal's. */
export const publishViews: OperationView<PublishResult> = {
  runner: publishRunnerView,
  terminal: publishView,
  failure: () => undefined,
  json: publishJson,
};

/** `lockstep publish --json`: the registry, each chart as the `charts` output has it (with its signature's status), the digests file's path and content. */
export function publishJson(r: PublishResult): JsonDocument {
  return commandJson('publish', {
    'dry-run': r.dryRun,
    status: publishStatus(r),
    registry: r.registry,
    charts: r.charts.map((c) => ({
      name: c.name,
      version: c.version,
      image: c.image,
      tag: c.tag,
      digest: c.digest,
      status: c.status,
      signature: c.signature ? { tag: c.signature.tag, status: c.signature.status } : null,
    })),
    file: stringOrNull(r.outputs.file),
    digests: parsedOutput(r.outputs.digests),
  });
}

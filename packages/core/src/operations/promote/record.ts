// promote-env with record: deployments (and `lockstep promote --record
// deployments --push`): no promotion; the commit that landed on the base
// branch (the pushed commit on a push to it, else the base's tip) is recorded
// as a GitHub Deployment of each environment it promoted (promote/publish/record.ts),
// and the views tell what was recorded.

import type { FileChange } from '../../edits/diff.ts';
import { named, setting, UserError, words } from '../../errors.ts';
import { recordLanded, type RecordOutcome } from '../../promote/publish/record.ts';
import type { PromoteWorld } from '../../promote/ports.ts';
import type { PromoteInputs, PromoteRequest } from '../../promote/request.ts';
import { fetchBase, localPromotion, openSession, sessionRequest } from '../../promote/session.ts';
import type { ResultView } from '../../report/view.ts';

import { escapeMarkdown, markdownTable } from '../../text/markdown.ts';
import { ParseCache } from '../../text/parse-cache.ts';
import { commandJson, parsedOutput, type JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerStep, RunnerView } from '../../contract/operation.ts';
import type { World } from '../../contract/world.ts';

/** What record: deployments did, with the action's outputs. */
export interface RecordOperationResult {
  recorded: RecordOutcome;
  base: string;
  /** Never a dry run, and no file edits: the shape the CLI's printer takes. */
  dryRun: false;
  changes: FileChange[];
  outputs: { changed: string; 'pr-number': string; 'pr-url': string; branch: string; changes: string; deployments: string };
}

/** True for a record: deployments result (the promote-env descriptor's views take both kinds). */
export function isRecordResult(r: object): r is RecordOperationResult {
  return 'recorded' in r;
}

/** The commit that landed: the pushed commit on a push to the base of this repository, else the base's tip. */
async function landedCommit(req: PromoteRequest, ports: PromoteWorld, i: PromoteInputs, env: NodeJS.ProcessEnv): Promise<string> {
  const tip = await fetchBase(ports, req.base);
  const pushed =
    env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_REF === `refs/heads/${req.base}` && i.repository === undefined
      ? env.GITHUB_SHA
      : undefined;
  if (pushed && /^[0-9a-f]{40}$/.test(pushed)) return (await ports.git.resolveRef(pushed)) ?? tip;
  return tip;
}

/** Opens the session, finds the landed commit and records it; `to`, when given, limits the record to that environment. */
export async function runRecord(i: PromoteInputs, world: World): Promise<RecordOperationResult> {
  if (i.dryRun)
    throw new UserError(
      words`record: deployments writes GitHub Deployments and has no dry run, and this run is ${named('dry-run', 'true')}`,
      {
        hint: words`${setting('dry-run', 'false')} to record them`,
      },
    );
  const local = await localPromotion(i, world.workspace);
  const session = await openSession(i, local, world);
  world.reporter.group('Recording the landed promotion as GitHub Deployments');
  try {
    const req = await sessionRequest(i, local, session);
    if (i.to && !req.environments.some((e) => e.name === i.to))
      throw new UserError(`is '${i.to}', an unknown environment`, {
        input: 'to',
        hint: `environments, in order: ${req.environments.map((e) => e.name).join(', ')}`,
      });
    const commit = await landedCommit(req, session.world, i, world.env);
    const recorded = await recordLanded(req, session.world, commit, i.to || undefined, new ParseCache());
    const made = recorded.deployments.filter(
      (d) => d.record.outcome === 'created' || d.record.statusCreated || d.record.inactivated.length > 0,
    );
    return {
      recorded,
      base: req.base,
      dryRun: false,
      changes: [],
      outputs: {
        changed: String(made.length > 0),
        'pr-number': '',
        'pr-url': '',
        branch: '',
        changes: '[]',
        deployments: JSON.stringify(
          recorded.deployments.map((d) => ({ environment: d.environment, id: d.record.id, sha: commit, outcome: d.record.outcome })),
        ),
      },
    };
  } finally {
    world.reporter.endGroup();
    await session.close();
  }
}

/** One sentence per deployment: created or found, its status, the earlier ones set inactive. */
export function recordLines(r: RecordOperationResult): string[] {
  const { recorded } = r;
  if (recorded.skipped) return [recorded.skipped];
  return recorded.deployments.map((d) => {
    const how = d.record.outcome === 'created' ? 'created' : 'already recorded';
    const status = d.record.statusCreated ? 'marked success' : 'already success';
    const n = d.record.inactivated.length;
    const inactive = n > 0 ? `; ${n} earlier deployment${n === 1 ? '' : 's'} marked inactive` : '';
    return `${d.environment}: deployment ${d.record.id} of ${recorded.commit.slice(0, 12)} ${how}, ${status}${inactive}${d.url ? ` (${d.url})` : ''}`;
  });
}

/** The job summary: the commit, then one row per environment recorded. */
export function recordMarkdown(r: RecordOperationResult): string {
  const { recorded } = r;
  const parts = [`### promote-env: record deployments on ${escapeMarkdown(r.base)}`, ''];
  if (recorded.skipped) return [...parts, escapeMarkdown(recorded.skipped)].join('\n');
  // markdownTable escapes each cell: environment names, tags and URLs are plain text here.
  const rows = recorded.deployments.map((d) => [
    d.environment,
    String(d.record.id),
    d.record.outcome === 'created' ? 'created' : 'already recorded',
    Object.entries(d.payload.services)
      .map(([name, v]) => `${name} ${v?.tag ?? '—'}`)
      .join(', '),
    d.url ?? '',
  ]);
  parts.push(
    `Deployments of ${recorded.commit.slice(0, 12)}:`,
    '',
    markdownTable(['environment', 'deployment', 'record', 'pins', 'url'], rows),
  );
  return parts.join('\n');
}

/** The runner's view: a line per deployment, the outputs, the summary. */
export function recordRunnerView(r: RecordOperationResult): RunnerView {
  const steps: RunnerStep[] = recordLines(r).map((line) => ({ info: line }));
  for (const [k, v] of Object.entries(r.outputs)) steps.push({ output: k, value: v });
  steps.push({ summary: recordMarkdown(r) });
  return { steps };
}

/** The terminal's table: one row per environment recorded. */
export function recordView(r: RecordOperationResult): ResultView {
  const { recorded } = r;
  return {
    title: `promote-env: record deployments on ${r.base}`,
    status: recorded.skipped ?? `Recorded ${recorded.commit.slice(0, 12)} in ${recorded.deployments.map((d) => d.environment).join(', ')}.`,
    headers: ['environment', 'deployment', 'record', 'url'],
    rows: recorded.deployments.map((d) => [d.environment, String(d.record.id), d.record.outcome, d.url ?? '']),
    notes: recordLines(r),
    warnings: [],
  };
}

/** record: deployments' views. */
export const recordViews: OperationView<RecordOperationResult> = {
  runner: recordRunnerView,
  terminal: recordView,
  failure: () => undefined,
  json: recordJson,
};

/** `lockstep promote --record deployments --json`: the base, the commit recorded and each deployment (the output as values). */
export function recordJson(r: RecordOperationResult): JsonDocument {
  return commandJson('promote', {
    'dry-run': false,
    promotion: 'record',
    status: recordView(r).status,
    base: r.base,
    deployments: parsedOutput(r.outputs.deployments),
  });
}

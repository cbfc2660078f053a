// promote-env with record: deployments (and `lockstep promote --record
// deployments --push`): no promotion; the commit that landed on the base
// branch (the pushed commit on a push to it, else the base's tip) is recorded
// as a GitHub Deployment of each environment it promoted (promote/publish/record.ts),
// and the views tell what was recorded.

import type { FileChange } from '../../edits/diff.ts';
import { named, setting, UserError, words } from '../../errors.ts';
import { pushedCommits, pushedRange } from '../../git/pushed.ts';
import { promotedInto, recordHydratedLanded } from '../../promote/publish/record-hydrated.ts';
import { recordLanded, type LandedDeployment, type RecordOutcome } from '../../promote/publish/record.ts';
import type { PromoteWorld } from '../../promote/ports.ts';
import { targetNamed, type PromoteInputs, type PromoteRequest } from '../../promote/request.ts';
import { fetchBase, localPromotion, openSession, sessionRequest } from '../../promote/session.ts';
import type { ResultView } from '../../report/view.ts';

import { escapeMarkdown, markdownTable } from '../../text/markdown.ts';
import { ParseCache } from '../../text/parse-cache.ts';
import { commandJson, parsedOutput, type JsonDocument } from '../../contract/json.ts';
import type { OperationView, RunnerStep, RunnerView } from '../../contract/operation.ts';
import type { World } from '../../contract/world.ts';

/** What record: deployments did, with the action's outputs. */
export interface RecordOperationResult {
  /** One per landed promotion, oldest first (a merge queue's group may land several); HEAD's reading when none is. */
  recorded: RecordOutcome[];
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

/**
 * The commits that landed: on a push to the base of this repository, the pushed commit, and (when the event's
 * payload gives the push's range and it ends there) every first-parent commit the push brought, newest first:
 * a merge queue lands a group of pull requests in one push, each merged as its own commit below the last.
 * Otherwise the base's tip.
 */
async function landedCommits(req: PromoteRequest, ports: PromoteWorld, i: PromoteInputs, world: World): Promise<string[]> {
  const env = world.env;
  const tip = await fetchBase(ports, req.base);
  const onBase = env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_REF === `refs/heads/${req.base}` && i.repository === undefined;
  const pushed = onBase ? env.GITHUB_SHA : undefined;
  if (!pushed || !/^[0-9a-f]{40}$/.test(pushed)) return [tip];
  const head = (await ports.git.resolveRef(pushed)) ?? tip;
  const range = pushedRange(world.event().payload);
  if (!range || range.after !== head) return [head];
  const git = ports.git;
  const line = await pushedCommits(
    { parents: async (c) => (await git.commitInfo(c))?.parents, deepen: (n) => git.deepenHistory(n) },
    range,
  );
  return line ?? [head];
}

/**
 * What each landed commit recorded, oldest first: those that are promotions (the others of a merge queue's
 * group are no promotion, and say nothing); when none is, what HEAD's reading says.
 */
async function recordAll(req: PromoteRequest, ports: PromoteWorld, commits: readonly string[], to: string | undefined) {
  const cache = new ParseCache();
  const outcomes: RecordOutcome[] = [];
  // The active branch of environments whose hydrated branches lockstep promotes: their merges are the records.
  const hydrated = promotedInto(req, req.base).length > 0;
  for (const commit of [...commits].reverse())
    outcomes.push(hydrated ? await recordHydratedLanded(req, ports, commit, to) : await recordLanded(req, ports, commit, to, cache));
  const recorded = outcomes.filter((o) => !o.skipped);
  return recorded.length > 0 ? recorded : [outcomes[outcomes.length - 1]];
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
    // The environment the record is limited to is checked as a promotion's target is (request.ts's targetNamed).
    if (i.to) targetNamed(req, i.to);
    const recorded = await recordAll(req, session.world, await landedCommits(req, session.world, i, world), i.to || undefined);
    const deployments = recorded.flatMap((o) => o.deployments.map((d) => ({ ...d, commit: o.commit })));
    const made = deployments.filter((d) => d.record.outcome === 'created' || d.record.statusCreated || d.record.inactivated.length > 0);
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
          deployments.map((d) => ({ environment: d.environment, id: d.record.id, sha: d.commit, outcome: d.record.outcome })),
        ),
      },
    };
  } finally {
    world.reporter.endGroup();
    await session.close();
  }
}

/** What was recorded: `skipped` when nothing was (HEAD's reason), else each deployment with its commit. */
function recordedOf(r: RecordOperationResult): { skipped?: string; deployments: (LandedDeployment & { commit: string })[] } {
  const skipped = r.recorded.find((o) => o.skipped)?.skipped;
  if (skipped !== undefined) return { skipped, deployments: [] };
  return { deployments: r.recorded.flatMap((o) => o.deployments.map((d) => ({ ...d, commit: o.commit }))) };
}

/** The commits recorded, 12 characters each. */
const commitsOf = (r: RecordOperationResult) => r.recorded.map((o) => o.commit.slice(0, 12)).join(', ');

/** One sentence per deployment: created or found, its status, the earlier ones set inactive. */
export function recordLines(r: RecordOperationResult): string[] {
  const recorded = recordedOf(r);
  if (recorded.skipped) return [recorded.skipped];
  return recorded.deployments.map((d) => {
    const how = d.record.outcome === 'created' ? 'created' : 'already recorded';
    const status = d.record.statusCreated ? 'marked success' : 'already success';
    const n = d.record.inactivated.length;
    const inactive = n > 0 ? `; ${n} earlier deployment${n === 1 ? '' : 's'} marked inactive` : '';
    return `${d.environment}: deployment ${d.record.id} of ${d.commit.slice(0, 12)} ${how}, ${status}${inactive}${d.url ? ` (${d.url})` : ''}`;
  });
}

/** The job summary: the commit, then one row per environment recorded. */
export function recordMarkdown(r: RecordOperationResult): string {
  const recorded = recordedOf(r);
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
  parts.push(`Deployments of ${commitsOf(r)}:`, '', markdownTable(['environment', 'deployment', 'record', 'pins', 'url'], rows));
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
  const recorded = recordedOf(r);
  return {
    title: `promote-env: record deployments on ${r.base}`,
    status: recorded.skipped ?? `Recorded ${commitsOf(r)} in ${recorded.deployments.map((d) => d.environment).join(', ')}.`,
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

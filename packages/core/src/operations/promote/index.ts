import type { Operation } from '../../contract/operation.ts';
import { secretInputs } from '../../settings/table.ts';
import { PROMOTE } from '../../settings/table-promote.ts';
import { promoteRequest, type PromoteInputs } from './request.ts';
import type { RecordOperationResult } from './record.ts';
import type { PromoteOperationResult } from './run.ts';

/**
 * promote-env (and `lockstep promote`): image pins and the chart version
 * from one environment to the next, as a pull request or a direct commit.
 * Only the request is loaded with the entry; the run (config, YAML, git,
 * GitHub, the registry) and the views load once it was accepted.
 */
export const promote: Operation<PromoteInputs, PromoteOperationResult | RecordOperationResult> = {
  action: 'promote-env',
  secrets: secretInputs(PROMOTE),
  request: promoteRequest,
  // record: deployments records what landed instead of promoting (record.ts); each mode loads only its own run.
  run: () =>
    Promise.resolve(async (i, world) =>
      i.record ? (await import('./record.ts')).runRecord(i, world) : (await import('./run.ts')).runPromote(i, world),
    ),
  view: async () => {
    const [{ promoteViews }, { isRecordResult, recordViews }] = await Promise.all([import('./view.ts'), import('./record.ts')]);
    return {
      runner: (r) => (isRecordResult(r) ? recordViews.runner(r) : promoteViews.runner(r)),
      terminal: (r) => (isRecordResult(r) ? recordViews.terminal(r) : promoteViews.terminal(r)),
      failure: (r) => (isRecordResult(r) ? recordViews.failure(r) : promoteViews.failure(r)),
      held: (r) => !isRecordResult(r) && promoteViews.held?.(r) === true,
      json: (r) => (isRecordResult(r) ? recordViews.json(r) : promoteViews.json(r)),
    };
  },
};

import type { Operation } from '../operation.ts';
import { promoteRequest, type PromoteInputs } from './request.ts';
import type { PromoteOperationResult } from './run.ts';

/**
 * promote-env (and `lockstep promote`): image pins and the chart version
 * from one environment to the next, as a pull request or a direct commit.
 * Only the request is loaded with the entry; the run (config, YAML, git,
 * GitHub, the registry) and the views load once it was accepted.
 */
export const promote: Operation<PromoteInputs, PromoteOperationResult> = {
  action: 'promote-env',
  secrets: ['github-token'],
  request: promoteRequest,
  run: async () => (await import('./run.ts')).runPromote,
  view: async () => (await import('./view.ts')).promoteViews,
};

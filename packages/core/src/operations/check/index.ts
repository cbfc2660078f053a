import type { Operation } from '../operation.ts';
import { checkRequest, type CheckRequest } from './request.ts';
import type { CheckResult } from './run.ts';

/**
 * The chart-bump-check action and `lockstep check`: did every changed chart
 * move its version enough? The request reads the inputs and the pull request
 * event; the run (git first, then the YAML, SemVer and glob libraries) and
 * the views load only once the request was accepted.
 */
export const check: Operation<CheckRequest, CheckResult> = {
  action: 'chart-bump-check',
  request: checkRequest,
  run: async () => (await import('./run.ts')).run,
  view: async () => (await import('./view.ts')).view,
};

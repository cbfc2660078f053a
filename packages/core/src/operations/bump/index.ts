import type { Operation } from '../../contract/operation.ts';
import { bumpRequest, type BumpRequest } from './request.ts';
import type { BumpResult } from './run.ts';

/**
 * The bump-chart action and `lockstep bump`: the inputs and the working
 * directory checked by the light request; the plan (YAML, SemVer, globs,
 * git) and its views loaded only once the request was accepted.
 */
export const bump: Operation<BumpRequest, BumpResult> = {
  action: 'bump-chart',
  request: bumpRequest,
  run: async () => (await import('./run.ts')).runBump,
  view: async () => (await import('./view.ts')).bumpViews,
};

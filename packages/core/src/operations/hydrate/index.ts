import type { Operation } from '../../contract/operation.ts';
import { secretInputs } from '../../settings/table.ts';
import { HYDRATE } from '../../settings/table-hydrate.ts';
import { type HydrateRequest, hydrateRequest } from './request.ts';
import type { HydrateResult } from './result.ts';

/**
 * hydrate-env (the action) and `lockstep hydrate`: each environment with
 * `hydrate:` rendered at the DRY commit and written to its `<branch>-next`
 * in GitOps Promoter's hydrator contract. The run and its views load only
 * once the request was accepted.
 */
export const hydrate: Operation<HydrateRequest, HydrateResult> = {
  action: 'hydrate-env',
  secrets: secretInputs(HYDRATE),
  request: hydrateRequest,
  run: async () => (await import('./run.ts')).runHydrate,
  view: async () => (await import('./view.ts')).hydrateViews,
};

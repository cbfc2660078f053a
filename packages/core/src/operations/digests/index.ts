import type { Operation } from '../../contract/operation.ts';
import { secretInputs } from '../../settings/table.ts';
import { DIGESTS } from '../../settings/table-digests.ts';
import { type DigestsRequest, digestsRequest } from './request.ts';
import type { DigestsResult } from './run.ts';

/**
 * capture-digests (the action) and `lockstep digests`: image tags resolved
 * to registry digests, written to image-digests.json. The password input is
 * masked before anything reads it; the run and its views load only once the
 * request was accepted.
 */
export const digests: Operation<DigestsRequest, DigestsResult> = {
  action: 'capture-digests',
  secrets: secretInputs(DIGESTS),
  request: digestsRequest,
  run: async () => (await import('./run.ts')).runDigests,
  view: async () => (await import('./view.ts')).digestsViews,
};

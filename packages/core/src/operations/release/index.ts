import type { Operation } from '../../contract/operation.ts';
import { secretInputs } from '../../settings/table.ts';
import { RELEASE } from '../../settings/table-release.ts';
import { releaseRequest, type ReleaseRequest } from './request.ts';
import type { ReleaseOperationResult } from './run.ts';

/**
 * prepare-release (`lockstep release`): the next version, its notes and file
 * edits, the release PR opened or updated; on the merge of one, the tag and
 * the GitHub Release. The run and the views load only once the inputs passed.
 */
export const release: Operation<ReleaseRequest, ReleaseOperationResult> = {
  action: 'prepare-release',
  secrets: secretInputs(RELEASE),
  request: releaseRequest,
  run: async () => (await import('./run.ts')).runRelease,
  view: async () => (await import('./view.ts')).releaseViews,
};

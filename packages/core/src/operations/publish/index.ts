import type { Operation } from '../../contract/operation.ts';
import { secretInputs } from '../../settings/table.ts';
import { PUBLISH } from '../../settings/table-publish.ts';
import { type PublishRequest, publishRequest } from './request.ts';
import type { PublishResult } from './run.ts';

/**
 * publish-chart (the action) and `lockstep publish`: each chart packaged as
 * `helm package` does and pushed to an OCI registry with Helm's media types,
 * optionally signed as cosign signs. The password and the signing key are
 * masked before anything reads them; the run and its views load only once
 * the request was accepted.
 */
export const publish: Operation<PublishRequest, PublishResult> = {
  action: 'publish-chart',
  secrets: secretInputs(PUBLISH),
  request: publishRequest,
  run: async () => (await import('./run.ts')).runPublish,
  view: async () => (await import('./view.ts')).publishViews,
};

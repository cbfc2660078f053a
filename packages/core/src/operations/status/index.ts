import type { Operation } from '../../contract/operation.ts';
import { statusRequest, type StatusInputs } from './request.ts';
import type { StatusResult } from './run.ts';

/**
 * `lockstep status` (the CLI only): what each environment pins, read as
 * promote-env reads it (its inputs, hence `action`), and what each next
 * promotion would change; writes nothing. The run and views load once the
 * request was accepted.
 */
export const status: Operation<StatusInputs, StatusResult> = {
  action: 'promote-env',
  secrets: ['github-token'],
  request: statusRequest,
  run: async () => (await import('./run.ts')).runStatus,
  view: async () => (await import('./view.ts')).statusViews,
};

import type { Operation } from '../../contract/operation.ts';
import { metricsRequest, type MetricsRequest } from './request.ts';
import type { MetricsResult } from './run.ts';

/**
 * `lockstep metrics` (the CLI only): the delivery figures of each
 * environment over a window, read from the base branch's history; writes
 * nothing. The run and views load once the request was accepted.
 */
export const metrics: Operation<MetricsRequest, MetricsResult> = {
  action: 'promote-env',
  request: metricsRequest,
  run: async () => (await import('./run.ts')).runMetrics,
  view: async () => (await import('./view.ts')).metricsViews,
};

import type { Operation } from '../../contract/operation.ts';
import { checkRequest, type CheckRequest } from './request.ts';
import type { CheckResult } from './run.ts';
import type { World } from '../../contract/world.ts';

/**
 * The chart-bump-check action and `lockstep check`: did every changed chart
 * move its version enough? The request reads the inputs and the pull request
 * event; the run (git first, then the YAML, SemVer and glob libraries) and
 * the views load only once the request was accepted.
 */
export const check: Operation<CheckRequest, CheckResult> = {
  action: 'chart-bump-check',
  request: checkRequest,
  // One chunk for the run and the views (the chunk name): every check needs both, and a second
  // chunk cost about 3 ms of CPU per run on the runner.
  // merge-shards renders nothing: the job after a matrix of shards reads their files (merge-shards.ts).
  run: () =>
    Promise.resolve(async (req: CheckRequest, world: World) =>
      req.mergeShards !== undefined
        ? (await import(/* webpackChunkName: "check" */ './merge-shards.ts')).mergeShards(req, world)
        : (await import(/* webpackChunkName: "check" */ './run.ts')).run(req, world),
    ),
  view: async () => (await import(/* webpackChunkName: "check" */ './view.ts')).view,
};

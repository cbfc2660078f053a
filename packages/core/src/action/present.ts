import type { Operation, RunnerView } from '../contract/operation.ts';
import type { World } from '../contract/world.ts';
import { escapeForLog } from '../text/log.ts';
import { envInputs, Inputs } from '../contract/inputs.ts';
import { runAction } from './run.ts';
import { actionWorld } from './world.ts';
import * as runner from './workflow-commands.ts';

/**
 * The runner's one entry for every action: the inputs (secrets masked
 * first) → the operation's request; only once that was accepted is the run
 * loaded (the one lazy-load point, so a refused input costs no more than
 * starting Node); the result → its runner view, presented; any failure
 * through runAction's one failure path.
 */
export async function runOperation<Req, Res>(op: Operation<Req, Res>, world: World = actionWorld(process.env)): Promise<void> {
  await runAction(async () => {
    const inputs = new Inputs(envInputs(world.env));
    for (const name of op.secrets ?? []) {
      const value = inputs.optional(name);
      if (value) world.secret(value);
    }
    if (op.secrets?.includes('github-token')) world.token = inputs.optional('github-token');
    const request = await op.request(inputs, world);
    const run = await op.run();
    const result = await run(request, world);
    present((await op.view()).runner(result));
  });
}

/**
 * Tells the runner a view: each step in order (log lines escaped unless the
 * view made them safe, annotations always escaped), then throws its failure
 * for the failure path, after the outputs and summary are written.
 */
export function present(view: RunnerView): void {
  for (const step of view.steps) {
    if ('info' in step) runner.info(step.raw ? step.info : escapeForLog(step.info));
    else if ('group' in step) runner.startGroup(step.group);
    else if ('endGroup' in step) runner.endGroup();
    else if ('annotate' in step)
      runner.annotate(step.annotate, escapeForLog(step.message), { file: step.file, line: step.line, title: step.title });
    else if ('output' in step) runner.setOutput(step.output, step.value, step.where);
    else runner.appendSummary(step.summary, step.where);
  }
  if (view.failure) throw view.failure;
}

import type { World } from '../contract/world.ts';
import { sourceDate } from '../contract/world.ts';
import { systemClock } from '../registry/retry.ts';
import { escapeForLog } from '../text/log.ts';
import { readEventFile } from './event.ts';
import * as runner from './workflow-commands.ts';

/**
 * The runner's World: the workspace (GITHUB_WORKSPACE, else the current
 * folder), the event file read on first use, the real clock and services,
 * progress to the runner's log (every line escaped: a file's text can never
 * be a workflow command), secrets masked with add-mask, warnings as annotations.
 */
export function actionWorld(env: NodeJS.ProcessEnv = process.env): World {
  let event: ReturnType<World['event']> | undefined;
  let date: string | undefined;
  return {
    ...(env.GITHUB_SHA ? { runCommit: env.GITHUB_SHA } : {}),
    localRepository: false,
    foldsLines: true,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    env,
    event: () => {
      if (event === undefined) {
        const read = readEventFile<Record<string, unknown>>(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
        event = { name: env.GITHUB_EVENT_NAME, payload: read.event, problem: read.problem };
      }
      return event;
    },
    clock: systemClock,
    // On first use: a refused input never dates anything, and the first Date costs 0.3–0.4 ms of start-up (measured).
    get date() {
      return (date ??= sourceDate(env.SOURCE_DATE_EPOCH));
    },
    reporter: {
      info: (l) => runner.info(escapeForLog(l)),
      debug: (l) => runner.debug(escapeForLog(l)),
      group: runner.startGroup,
      endGroup: runner.endGroup,
      // The runner's log has no line to redraw: a count is not worth a line of its own.
      progress: () => {},
    },
    secret: (v) => runner.setSecret(v),
    warning: (l) => runner.warning(escapeForLog(l)),
    services: {},
  };
}

// The crons of an environment's windows, checked as config: every command and
// `lockstep config` refuse a cron that is no cron before anything else
// (settings/validate.ts loads this only when some environment has windows).
// What the windows mean at an instant is promote/windows.ts.

import { CronExpressionParser } from 'cron-parser';
import type { WindowRules } from './config.ts';
import { UserError } from '../errors.ts';

/**
 * An environment's cron expressions that are no cron expression: five
 * fields (minute hour day-of-month month day-of-week) that cron-parser
 * accepts. Each bad one is an error at its config line (settings/validate.ts
 * runs this for every command, and `lockstep config`).
 */
export function windowErrors(env: string, windows: WindowRules | undefined, configFile: string | undefined): UserError[] {
  const errors: UserError[] = [];
  for (const kind of ['allow', 'deny'] as const)
    for (const w of windows?.[kind] ?? []) {
      const fields = w.cron.trim().split(/\s+/).filter(Boolean).length;
      let problem = fields === 5 ? undefined : `has ${fields} field${fields === 1 ? '' : 's'}, not 5`;
      if (!problem)
        try {
          CronExpressionParser.parse(w.cron, { tz: w.timezone, strict: false });
        } catch (e) {
          problem = (e as Error).message;
        }
      if (problem)
        errors.push(
          new UserError(`the ${kind} window cron '${w.cron}' of environment ${env} is not a cron expression: ${problem}`, {
            file: configFile,
            line: w.line,
            hint: 'write five fields: minute hour day-of-month month day-of-week, e.g. "0 9 * * 1-5"',
          }),
        );
    }
  return errors;
}

/** windowErrors, the first one thrown. */
export function checkWindows(env: string, windows: WindowRules | undefined, configFile: string | undefined): void {
  const [first] = windowErrors(env, windows, configFile);
  if (first) throw first;
}

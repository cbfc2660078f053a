import { Inputs, type InputSource } from '@lockstep/core/contract/inputs';
import { outcomeJson } from '@lockstep/core/contract/json';
import type { FileChange } from '@lockstep/core/edits/diff';
import { type Face, UserError, UserErrors } from '@lockstep/core/errors';
import { TERMINAL } from '@lockstep/core/text/terminal-face';
import type { Operation } from '@lockstep/core/contract/operation';
import type { World } from '@lockstep/core/contract/world';
import { ansiStyle, plainStyle, renderTerminal, terminalSafe } from '@lockstep/core/report/view';
import type { Text } from '@lockstep/core/text/parts';
import { ShownFailure, UsageRefusal } from './ended.ts';
import type { CliIo } from './io.ts';

/** What a command adds to the one way every command runs its operation: its inputs, its World and its own few steps. */
export interface CommandHooks<Res> {
  /** The operation's inputs, as the command read them from its flags (rebased from the repository's top, secrets added). */
  source: InputSource;
  world: World;
  /** --json was asked for: the view's JSON document instead of the table. */
  json: boolean;
  /** The JSON on one line (a result of tens of thousands of entries; jq indents it). */
  jsonLine?: boolean;
  /** Lines said on stderr once the result is in and before it is shown (what was read, what was fetched). */
  said?(result: Res): readonly string[];
  /** Another rendering the command's flags asked for (--markdown): printed instead of the table; undefined for the table. */
  other?(result: Res): Promise<string | undefined> | string | undefined;
  /** A refusal that is the command line's own mistake (a malformed flag value): usage, exit 2, rather than 1. */
  usage?(e: UserError): boolean;
}

/** A result that carries file edits and whether they were only planned: its diff is shown on a dry run. */
function plannedEdits(r: unknown): readonly FileChange<Text>[] | undefined {
  if (typeof r !== 'object' || r === null || !('dryRun' in r) || !('changes' in r)) return undefined;
  return r.dryRun === true && Array.isArray(r.changes) ? (r.changes as FileChange<Text>[]) : undefined;
}

/**
 * The terminal face of every operation, as present.ts is the runner's: the
 * request (a bad input refused naming its flag), the run, then the result
 * shown (on a dry run the unified diff, then the table; or the view's JSON
 * document), then the view's failure thrown, so that a failed check, a
 * promotion held by a gate or stopped by its checks exits 1 as the action
 * fails. Done, or nothing to do, exits 0. With --json, a result that failed
 * is printed by the report, as one document with its outcome and errors.
 */
export async function runCommand<Req, Res>(op: Operation<Req, Res>, io: CliIo, hooks: CommandHooks<Res>): Promise<void> {
  let result: Res;
  try {
    const request = await op.request(new Inputs(hooks.source), hooks.world);
    result = await (await op.run())(request, hooks.world);
  } catch (e) {
    if (e instanceof UserError && hooks.usage?.(e)) throw new UsageRefusal(e);
    throw e;
  }
  const view = await op.view();
  for (const line of hooks.said?.(result) ?? []) io.stderr(`${terminalSafe(line)}\n`);
  const failure = view.failure(result);
  const other = hooks.json ? undefined : await hooks.other?.(result);
  const shown = hooks.json || other !== undefined ? undefined : view.terminal(result);
  // One ordered report: the reasons first (stderr), then the result, which ends with its verdict (a view that lists
  // its errors says them again just before it, on stdout; on one screen they are said there alone).
  const onScreen = io.oneScreen === true && (shown?.errors?.length ?? 0) > 0;
  if (failure && !onScreen) for (const line of failureLines(failure, io.face ?? TERMINAL)) io.stderr(`${line}\n`);
  const outcome = view.held?.(result) ? 'held' : 'refused';
  if (hooks.json && failure) throw new ShownFailure(failure, outcome, view.json(result));
  if (hooks.json && view.writeJson) view.writeJson(result, io.stdout, io.stdoutBytes);
  else if (hooks.json) io.stdout(`${JSON.stringify(outcomeJson(view.json(result), 'done', []), null, hooks.jsonLine ? undefined : 2)}\n`);
  else if (other !== undefined) io.stdout(other);
  else {
    const style = io.color ? ansiStyle : plainStyle;
    const edits = plannedEdits(result);
    // The diff library loads only for a diff to print.
    if (edits) io.stdout((await import('@lockstep/core/report/terminal-diff')).terminalDiff(edits, style));
    io.stdout(renderTerminal(shown ?? view.terminal(result), style));
  }
  if (failure) throw new ShownFailure(failure, outcome);
}

/** A failure's lines, `path:line: what — how to fix` each, in the terminal's words. */
function failureLines(failure: Error, face: Face): string[] {
  const errors = failure instanceof UserErrors ? failure.errors : failure instanceof UserError ? [failure] : undefined;
  return errors ? errors.map((e) => e.format(face)) : [terminalSafe(failure.message)];
}

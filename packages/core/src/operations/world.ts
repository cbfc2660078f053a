import { UserError, UserErrors } from '../errors.ts';

/**
 * The day an operation stamps (changelog headings), from SOURCE_DATE_EPOCH
 * (seconds) when it is a number, for reproducible runs, else `now`. Both faces
 * read the variable and pass the result in; operations never read the environment.
 */
export function sourceDate(epoch: string | undefined, now: Date = new Date()): string {
  const d = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return d.toISOString().slice(0, 10);
}

/**
 * Core names files relative to the working directory; users (annotations,
 * terminals) need them relative to the workspace. Returns the same kind of
 * error with each location moved by `show`.
 */
export function relocateErrors(e: unknown, show: (p: string) => string): unknown {
  const move = (u: UserError) => (u.file ? new UserError(u.message, { file: show(u.file), line: u.line, col: u.col, hint: u.hint }) : u);
  if (e instanceof UserErrors) return new UserErrors(e.errors.map(move), { summarized: e.summarized });
  if (e instanceof UserError) return move(e);
  return e;
}

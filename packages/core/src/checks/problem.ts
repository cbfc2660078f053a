import { UserError } from '../errors.ts';

/** One finding, pointing at a file and line. Errors fail the check; warnings do not. */
export interface Problem {
  level: 'error' | 'warning';
  file: string;
  line?: number;
  message: string;
  hint?: string;
}

/** The one-line form of a problem: `path:line: what — fix`. */
export function formatProblem(p: Problem): string {
  return asUserError(p).format();
}

/** A problem as the UserError a face reports (an annotation on the runner, `path:line` on a terminal). */
export function asUserError(p: Problem): UserError {
  return new UserError(p.message, { file: p.file || undefined, line: p.line, hint: p.hint });
}

/** A UserError caught while checking a chart, kept as an error finding of that chart. */
export function fromUserError(e: UserError): Problem {
  return { level: 'error', file: e.file ?? '', line: e.line, message: e.message, hint: e.hint };
}

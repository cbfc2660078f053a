import { UserError, UserErrors } from '../errors.ts';
import { escapeForLog } from '../report/log.ts';
import { escapeMarkdown } from '../report/markdown.ts';
import { annotate, appendSummary, debug } from './workflow-commands.ts';

/**
 * The one failure path of every action: runs `main`, and turns whatever it
 * throws (an Error, a string, anything) into a failed step. A UserError becomes
 * an annotation at its file and line plus a summary line, without a stack
 * trace; anything else fails the step and keeps its stack in the debug log.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e: unknown) {
    await reportFailure(e);
  }
}

/** Reports a thrown value as runAction does; exported for tests and the CLI. */
export async function reportFailure(e: unknown): Promise<void> {
  const userErrors = e instanceof UserErrors ? e.errors : e instanceof UserError ? [e] : [];
  if (userErrors.length > 0) {
    for (const err of userErrors) {
      annotate('error', escapeForLog(err.format()), { title: 'lockstep', file: err.file, line: err.line, col: err.col });
    }
    // An action whose summary already shows each problem (chart-bump-check's table) is not repeated here.
    if (!(e instanceof UserErrors && e.summarized)) appendSummary(['### lockstep: failed', '', ...userErrors.map((err) => `- ${escapeMarkdown(err.format())}`), ''].join('\n'));
    process.exitCode = 1;
    return;
  }
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : `unexpected failure: ${safeString(e)}`;
  if (e instanceof Error && e.stack) debug(e.stack);
  annotate('error', `internal error: ${escapeForLog(message)}`);
  process.exitCode = 1;
}

function safeString(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Escapes HTML characters and `|` (kept for callers outside the summaries, which use report/markdown.ts). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}

import { UserError, UserErrors } from '../errors.ts';
import { escapeForLog } from '../text/log.ts';
import { escapeMarkdown } from '../text/markdown.ts';
import { redact } from '../text/secrets.ts';
import { annotate, appendSummary, debug, registeredSecrets } from './workflow-commands.ts';

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
    reportFailure(e);
  }
}

/** Reports a thrown value as runAction does; exported for tests and the CLI. */
export function reportFailure(e: unknown): void {
  // Every form of every registered secret (the token, its base64 and URL encodings) is removed from what is printed:
  // the runner masks only the raw value, and a message may quote an answer that echoed the request's headers.
  const clean = (text: string) => redact(text, registeredSecrets());
  const userErrors = e instanceof UserErrors ? e.errors : e instanceof UserError ? [e] : [];
  if (userErrors.length > 0) {
    for (const err of userErrors) {
      annotate('error', escapeForLog(clean(err.format())), { title: 'lockstep', file: err.file, line: err.line, col: err.col });
    }
    // An action whose summary already shows each problem (chart-bump-check's table) is not repeated here.
    if (!(e instanceof UserErrors && e.summarized))
      appendSummary(['### lockstep: failed', '', ...userErrors.map((err) => `- ${escapeMarkdown(clean(err.format()))}`), ''].join('\n'));
    process.exitCode = 1;
    return;
  }
  const message = clean(e instanceof Error ? e.message : typeof e === 'string' ? e : `unexpected failure: ${safeString(e)}`);
  if (e instanceof Error && e.stack) debug(clean(e.stack));
  // GitHub's failures (github/client.ts GitHubError) say what happened and what to do: an API error, not a bug.
  annotate('error', isApiError(e) ? escapeForLog(message) : `internal error: ${escapeForLog(message)}`);
  process.exitCode = 1;
}

/** A GitHubError, known by name: importing the class would load the GitHub client into every action. */
function isApiError(e: unknown): boolean {
  return e instanceof Error && e.name === 'GitHubError';
}

function safeString(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

// The rule metrics counts a failed landing by, in words: the header of each face (the table's status, the
// Markdown report's, --json's failure-rule) says it, so that a change failure rate is read as what it counts.

import { formatDuration } from '../../text/duration.ts';

/**
 * The rule that says a landing failed, with the fix window the run read: the report's header names it, so a
 * team reading 20% knows what was counted (a week's patch release is no failure's repair).
 */
export function failureRuleWords(fixWindow: number): string {
  return (
    'A landing failed when a rollback replaced it, or a fix release (same major and minor, higher patch) ' +
    `landed within ${formatDuration(fixWindow * 1000)} of it (fix-window) or carrying a change marked Lockstep-Fixes: its version, ` +
    'or when its GitHub Deployment failed.'
  );
}

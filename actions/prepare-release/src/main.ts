import * as core from '@lockstep/core/action/workflow-commands';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { releaseRequest, runReleaseOperation } from '@lockstep/core/operations/release';
import { sourceDate } from '@lockstep/core/operations/world';
import { headLines, LOG_LINES_CAP } from '@lockstep/core/text/cap';
import { escapeForLog, escapeLinesForLog } from '@lockstep/core/text/log';
import { releaseHeadline, releaseMarkdown } from '@lockstep/core/report/release';
import { writeSummary } from '@lockstep/core/report/summary';

// Every module imported here is light: runReleaseOperation loads the libraries only after the inputs
// passed, and the diff library is loaded with the result.

/** Inputs → request, the release through core, result → log, outputs and the job summary. */
export async function main(): Promise<void> {
  const env = process.env;
  const inputs = new Inputs(envInputs());
  const token = inputs.optional('github-token');
  // Masked before anything else runs, so no later line can show it.
  if (token) core.setSecret(token);
  const r = await runReleaseOperation(releaseRequest(inputs, env.GITHUB_EVENT_NAME), {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    ref: env.GITHUB_REF,
    repository: env.GITHUB_REPOSITORY,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    date: sourceDate(env.SOURCE_DATE_EPOCH),
    token,
    env,
    reporter: { info: (l) => core.info(escapeLinesForLog(l)), debug: (l) => core.debug(escapeForLog(l)), group: core.startGroup, endGroup: core.endGroup },
    warning: (l) => core.warning(l),
  });
  core.info(escapeForLog(releaseHeadline(r)));
  const where = fullTextAt(r);
  if (r.notes) {
    core.startGroup('Release notes');
    // The log shows the head of a huge release's notes: thousands of lines nobody scrolls cost time and log space.
    const head = headLines(r.notes, LOG_LINES_CAP);
    // One write for the whole notes: a release of thousands of commits would otherwise cost a write per line.
    core.info(head.text.split('\n').map(escapeForLog).join('\n'));
    if (head.more) core.info(`… ${head.more} more lines of notes not shown; the full notes are in ${where}.`);
    core.endGroup();
  }
  const { renderDiff } = await import('@lockstep/core/edits/diff');
  const diff = renderDiff(r.changes);
  if (diff) {
    core.startGroup(r.mode === 'dry-run' ? 'Diff (dry run: nothing written)' : 'Diff');
    const head = headLines(diff, LOG_LINES_CAP);
    core.info(head.text);
    if (head.more) core.info(`… ${head.more} more lines of the diff not shown; ${r.mode === 'dry-run' ? 'a run without dry-run makes them in the release PR' : 'the full diff is in the release PR'}.`);
    core.endGroup();
  }
  for (const w of r.warnings) core.warning(escapeForLog(w));
  for (const a of r.actions) core.info(escapeForLog(a));
  for (const [k, v] of Object.entries(r.outputs)) core.setOutput(k, v, k === 'notes' ? where : undefined);
  await writeSummary(releaseMarkdown(r), where);
}

/** Where a reader finds the full notes when the log, an output or the summary shows only their head. */
function fullTextAt(r: { mode: string; pr?: { number: number } }): string {
  if (r.pr) return `CHANGELOG.md of release PR #${r.pr.number}`;
  if (r.mode === 'dry-run') return 'CHANGELOG.md once prepare-release runs without dry-run (this dry run wrote nothing)';
  return 'CHANGELOG.md';
}

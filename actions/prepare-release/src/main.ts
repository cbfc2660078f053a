import * as core from '@lockstep/core/action/workflow-commands';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { releaseRequest, runReleaseOperation } from '@lockstep/core/operations/release';
import { sourceDate } from '@lockstep/core/operations/world';
import { escapeForLog } from '@lockstep/core/report/log';
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
    reporter: { info: (l) => core.info(l), debug: (l) => core.debug(escapeForLog(l)), group: core.startGroup, endGroup: core.endGroup },
    warning: (l) => core.warning(l),
  });
  core.info(escapeForLog(releaseHeadline(r)));
  if (r.notes) {
    core.startGroup('Release notes');
    // One write for the whole notes: a release of thousands of commits would otherwise cost a write per line.
    core.info(r.notes.split('\n').map(escapeForLog).join('\n'));
    core.endGroup();
  }
  const { renderDiff } = await import('@lockstep/core/edits/diff');
  const diff = renderDiff(r.changes);
  if (diff) {
    core.startGroup(r.mode === 'dry-run' ? 'Diff (dry run: nothing written)' : 'Diff');
    core.info(diff);
    core.endGroup();
  }
  for (const w of r.warnings) core.warning(escapeForLog(w));
  for (const a of r.actions) core.info(escapeForLog(a));
  for (const [k, v] of Object.entries(r.outputs)) core.setOutput(k, v);
  await writeSummary(releaseMarkdown(r));
}

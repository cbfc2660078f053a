import * as core from '@lockstep/core/action/workflow-commands';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { promoteRequest, runPromote } from '@lockstep/core/operations/promote';
import { escapeForLog } from '@lockstep/core/text/log';
import { writeSummary } from '@lockstep/core/report/summary';

// Every module imported here is light: runPromote loads YAML, git, the GitHub client and the registry
// only after the inputs passed, and the report needs promote/*, so it is loaded with the result.

/** Inputs → request, the promotion through core, result → log, outputs and the job summary. */
export async function main(): Promise<void> {
  const inputs = new Inputs(envInputs());
  const token = inputs.optional('github-token');
  // Masked before anything else can print it.
  if (token) core.setSecret(token);
  const r = await runPromote(promoteRequest(inputs), {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    env: process.env,
    token,
    secret: (v) => core.setSecret(v),
    reporter: { info: (l) => core.info(escapeForLog(l)), debug: (l) => core.debug(escapeForLog(l)), group: core.startGroup, endGroup: core.endGroup },
  });
  const { autoMergeWarning, checksError, promoteLogLines, promoteMarkdown, promoteStatus } = await import('@lockstep/core/report/promote');
  for (const line of promoteLogLines(r)) core.info(escapeForLog(line));
  if (r.diff) {
    core.startGroup(r.dryRun ? 'dry run: the diff that would be committed' : 'diff');
    core.info(r.diff);
    core.endGroup();
  }
  core.info(escapeForLog(promoteStatus(r)));
  for (const n of r.notes) core.info(escapeForLog(n));
  const warned = autoMergeWarning(r);
  if (warned) core.warning(escapeForLog(warned));
  for (const [k, v] of Object.entries(r.outputs)) core.setOutput(k, v);
  await writeSummary(promoteMarkdown(r));
  const stopped = checksError(r);
  if (stopped) throw stopped;
}

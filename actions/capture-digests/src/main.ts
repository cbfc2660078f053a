import { homedir } from 'node:os';
import * as core from '@lockstep/core/action/workflow-commands';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { digestsRequest, runDigests } from '@lockstep/core/operations/digests';
import { escapeForLog } from '@lockstep/core/text/log';
import { renderMarkdown } from '@lockstep/core/report/view';
import { digestsStatus, digestsView } from '@lockstep/core/report/digests';
import { writeSummary } from '@lockstep/core/report/summary';

/** Inputs → request, the capture through core, result → log, outputs and summary. */
export async function main(): Promise<void> {
  const inputs = new Inputs(envInputs());
  // Masked before anything else runs, so no later line can show it.
  const password = inputs.optional('password');
  if (password) core.setSecret(password);
  const request = digestsRequest(inputs, process.env.GITHUB_SHA ? process.env.GITHUB_SHA.slice(0, 7) : undefined);
  const result = await runDigests(request, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    home: process.env.HOME || homedir(),
    dockerConfigDir: process.env.DOCKER_CONFIG || undefined,
    secret: (v) => core.setSecret(v),
    reporter: { info: (l) => core.info(escapeForLog(l)), debug: (l) => core.debug(escapeForLog(l)), group: core.startGroup, endGroup: core.endGroup },
  });
  for (const row of result.rows) core.info(escapeForLog(`${row.name}: ${row.image}:${row.tag} → ${row.digest} (${row.kind})`));
  for (const w of result.warnings) core.warning(escapeForLog(w));
  if (result.changed && result.dryRun) {
    core.startGroup(`dry run: ${result.path} would change`);
    core.info(result.diff);
    core.endGroup();
  }
  core.info(digestsStatus(result).replace(/`/g, ''));
  core.setOutput('digests', result.outputs.digests);
  core.setOutput('file', result.outputs.file);
  await writeSummary(renderMarkdown(digestsView(result)));
}

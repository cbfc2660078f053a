import * as core from '@lockstep/core/action/workflow-commands';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { readEventFile } from '@lockstep/core/action/event';
import type { BumpEvent } from '@lockstep/core/charts/base';
import { bumpRequest, runBump } from '@lockstep/core/operations/bump';
import { sourceDate } from '@lockstep/core/operations/world';
import { escapeForLog } from '@lockstep/core/text/log';
import { renderMarkdown } from '@lockstep/core/report/view';
import { writeSummary } from '@lockstep/core/report/summary';

// Every module imported here is light: runBump loads the YAML, SemVer and glob libraries only after the
// inputs passed, and the log lines need charts/bump.ts, so they are loaded with the result.

/** Inputs and the event → request, the bump through core, result → log, annotations, outputs and summary. */
export async function main(): Promise<void> {
  const request = bumpRequest(new Inputs(envInputs()));
  const name = process.env.GITHUB_EVENT_NAME;
  // The event file is read only when no base was given: it is where a pull request's base comes from.
  const event = request.base === undefined ? readEventFile<BumpEvent>(name, process.env.GITHUB_EVENT_PATH) : undefined;
  const r = await runBump(request, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    event: event && { name, payload: event.event, problem: event.problem },
    date: sourceDate(process.env.SOURCE_DATE_EPOCH),
    reporter: { info: (l) => core.info(escapeForLog(l)), debug: (l) => core.debug(escapeForLog(l)), group: core.startGroup, endGroup: core.endGroup },
  });
  const { bumpLogLine, bumpStatus, bumpView } = await import('@lockstep/core/report/bump');
  for (const w of r.warnings) core.warning(escapeForLog(w.message), { file: w.file, line: w.line });
  if (r.diff !== '') {
    core.startGroup(r.dryRun ? 'Diff (dry run: nothing written)' : 'Diff');
    core.info(r.diff);
    core.endGroup();
  }
  core.startGroup(`Charts (${r.charts.length})`);
  if (r.base) core.info(escapeForLog(`levels apply to the chart versions at ${r.base}`));
  for (const c of r.charts) core.info(escapeForLog(bumpLogLine(c)));
  for (const n of r.notes) core.info(escapeForLog(n));
  core.endGroup();
  core.info(bumpStatus(r));
  for (const [k, v] of Object.entries(r.outputs)) core.setOutput(k, v);
  await writeSummary(renderMarkdown(bumpView(r)));
}

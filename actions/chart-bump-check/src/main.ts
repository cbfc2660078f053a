import * as core from '@lockstep/core/action/workflow-commands';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { readEventFile } from '@lockstep/core/action/event';
import { checkFailure, checkRequest, checkWarnings, runCheck, type CheckEventPayload } from '@lockstep/core/operations/check';
import { formatProblem } from '@lockstep/core/checks/problem';
import { escapeForLog } from '@lockstep/core/text/log';
import { checkLogLine, checkMarkdown } from '@lockstep/core/report/check';

// Every module imported here is light: runCheck starts git before it loads the YAML, SemVer and
// glob libraries, so git lists and diffs while Node compiles them.

/** Inputs and the event → request, the check through core, result → log, outputs, annotations and summary. */
export async function main(): Promise<void> {
  const name = process.env.GITHUB_EVENT_NAME;
  const event = readEventFile<CheckEventPayload>(name, process.env.GITHUB_EVENT_PATH);
  const request = checkRequest(new Inputs(envInputs()), { name, payload: event.event, problem: event.problem });
  const r = await runCheck(request, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    reporter: { info: (l) => core.info(escapeForLog(l)), debug: (l) => core.debug(escapeForLog(l)), group: core.startGroup, endGroup: core.endGroup },
  });

  core.startGroup('chart-bump-check');
  for (const note of r.range.fetched) core.info(escapeForLog(note));
  for (const c of r.charts) core.info(escapeForLog(checkLogLine(c)));
  if (r.charts.length === 0) core.info('no chart changed');
  core.endGroup();
  for (const [k, v] of Object.entries(r.outputs)) core.setOutput(k, v);
  core.appendSummary(checkMarkdown(r));

  // Warnings are annotated here; failures go through runAction's one failure path (an annotation at
  // the file and line each, exit 1) after the outputs are set; the summary's tables already list them.
  for (const p of checkWarnings(r)) core.annotate('warning', escapeForLog(formatProblem(p)), { file: p.file || undefined, line: p.line, title: 'lockstep' });
  const failure = checkFailure(r);
  if (failure) throw failure;
}

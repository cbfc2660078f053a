// The values contract of one environment as the pull request check renders
// it: the chart folder's files at the head (its subcharts under charts/, as the
// render reads them) and the values files of the repository the render reads.
// Each key those files set that no template of the chart, its subcharts or
// global reads (values/contract.ts) is one finding at its line, with the
// nearest key the chart reads.

import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import { archiveTree, chartMeta, readChartValues } from '../values/chart-files.ts';
import { valuesContract, type ContractReport } from '../values/contract.ts';

/** What the contract found for one environment: a report per values file, or why the chart could not be read. */
export type EnvironmentContract = { reports: ContractReport[] } | { failed: UserError };

/**
 * Judges `valueFiles` against the chart whose files (`files`, by path in the chart) sit at `dir` of the
 * repository. A template or values file that does not parse, or a chart that lockstep stops reading, is
 * `failed`, its file named by its path in the repository.
 */
export async function environmentContract(
  dir: string,
  files: ReadonlyMap<string, string>,
  valueFiles: readonly { path: string; text: string }[],
): Promise<EnvironmentContract> {
  const meta = chartMeta(files.get('Chart.yaml') ?? '');
  const name = meta.name ?? posix.basename(dir);
  try {
    const chart = await readChartValues(archiveTree(files), '', { ...meta, name, version: meta.version ?? '0.0.0' });
    const reports: ContractReport[] = [];
    for (const v of valueFiles) {
      try {
        reports.push(valuesContract(chart, v.text, v.path));
      } catch (e) {
        // A template's file is named inside the chart; the values file by its own path already.
        if (e instanceof UserError && e.file !== v.path) throw e;
        if (e instanceof UserError) return { failed: e };
        throw e;
      }
    }
    return { reports };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const file = e.file === undefined ? dir : posix.join(dir, e.file);
    return { failed: new UserError(e.detail, { file, line: e.line, hint: e.hint }) };
  }
}

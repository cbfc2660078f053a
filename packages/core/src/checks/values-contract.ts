// The values contract of one environment as the pull request check renders
// it: the chart folder's files at the head (its subcharts under charts/, as the
// render reads them) and the values files of the repository the render reads.
// Each key those files set that no template of the chart, its subcharts or
// global reads (values/contract.ts) is one finding at its line, with the
// nearest key the chart reads.

import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import type { ChartValuesFiles } from '../values/chart-drift.ts';
import { archiveTree, chartMeta, readChartValues } from '../values/chart-files.ts';
import { contractIndex, valuesTemplates, type ContractIndex } from '../values/contract-index.ts';
import { judgeValues, type ContractReport } from '../values/contract.ts';

/** What the contract found for one environment: a report per values file, or why the chart could not be read. */
export type EnvironmentContract = { reports: ContractReport[] } | { failed: UserError };

/** The charts one run has read, by their files' digest: environments of one chart read its templates once. */
export type ContractCache = Map<string, { chart: ChartValuesFiles; index?: ContractIndex }>;

/**
 * Judges `valueFiles` against the chart whose files (`files`, by path in the chart) sit at `dir` of the
 * repository. A template or values file that does not parse, or a chart that lockstep stops reading, is
 * `failed`, its file named by its path in the repository. With `cache`, a chart another environment of the
 * run judged is not read again (unless a values file holds template strings, which its reading includes).
 */
export async function environmentContract(
  dir: string,
  files: ReadonlyMap<string, string>,
  valueFiles: readonly { path: string; text: string }[],
  cache: ContractCache = new Map(),
): Promise<EnvironmentContract> {
  const meta = chartMeta(files.get('Chart.yaml') ?? '');
  const name = meta.name ?? posix.basename(dir);
  try {
    const key = digestOf(files);
    let read = cache.get(key);
    if (!read) {
      read = { chart: await readChartValues(archiveTree(files), '', { ...meta, name, version: meta.version ?? '0.0.0' }) };
      cache.set(key, read);
    }
    const reports: ContractReport[] = [];
    for (const v of valueFiles) {
      const strings = valuesTemplates(v.text);
      const index = strings.length > 0 ? contractIndex(read.chart, strings) : (read.index ??= contractIndex(read.chart));
      try {
        reports.push(judgeValues(index, v.text, v.path));
      } catch (e) {
        if (e instanceof UserError) return { failed: e };
        throw e;
      }
    }
    return { reports };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    // A template's file is named inside the chart: said by its path in the repository.
    const file = e.file === undefined ? dir : posix.join(dir, e.file);
    return { failed: new UserError(e.detail, { file, line: e.line, hint: e.hint }) };
  }
}

function digestOf(files: ReadonlyMap<string, string>): string {
  const h = createHash('sha256');
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) h.update(path).update('\0').update(text).update('\0');
  return h.digest('hex');
}

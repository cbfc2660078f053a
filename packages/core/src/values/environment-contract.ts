// The values contract of one environment as the pull request check reads
// it: the chart folder's files at the head (its subcharts under charts/, as the
// render reads them) and the values the environment gives it — the values
// files of the repository, an Application's inline values, a HelmRelease's
// spec.values and the ConfigMaps it takes values from. Each key those set that
// no template of the chart, its subcharts or global reads (values/contract.ts)
// is one finding at its line, with the nearest key the chart reads; each
// thing a values.schema.json refuses in the merged values, as Helm would
// refuse to install them, is one at the line that wrote the key
// (values/schema-values.ts); on a pull request that changes the chart, each
// key its own values.yaml sets that its schema does not declare is a warning
// (values/schema-declared.ts).

import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import type { ChartValuesFiles } from './chart-drift.ts';
import { archiveTree, chartMeta, readChartValues } from './chart-files.ts';
import { contractIndex, valuesTemplates, type ContractIndex } from './contract-index.ts';
import { judgeSource, type ContractReport } from './contract.ts';
import { MAX_SCHEMA_BYTES } from './schema-size.ts';
import { undeclaredKeys, type UndeclaredKey } from './schema-declared.ts';
import { schemaFindings, type SchemaCache, type SchemaFinding } from './schema-values.ts';
import type { ValuesSource } from './values-origin.ts';

/** What the contract found for one environment: a report per values source, the schema's findings, or why the chart could not be read. */
export type EnvironmentContract =
  { reports: ContractReport[]; schema: SchemaFinding[]; undeclared: UndeclaredKey[] } | { failed: UserError };

/** The charts one run has read, by their files' digest: environments of one chart read its templates (and compile its schema) once. */
export type ContractCache = Map<string, ReadChart>;

/** A chart as the contract reads it: its values files and templates, its reads' index and its compiled schemas once made. */
export interface ReadChart {
  chart: ChartValuesFiles;
  index?: ContractIndex;
  schemas?: SchemaCache;
}

/** How one environment is judged: with Helm's major reading of the schema; `undeclared` on a pull request that changes the chart. */
export interface ContractOptions {
  helm?: 3 | 4;
  undeclared?: boolean;
}

/**
 * Judges the values `sources` (in Helm's order) against the chart whose files (`files`, by path in the chart) sit at
 * `dir` of the repository. A template or values source that does not parse, or a chart that lockstep stops reading,
 * is `failed`, its file named by its path in the repository. With `cache`, a chart another environment of the run
 * judged is not read again (unless a values source holds template strings, which its reading includes).
 */
export async function environmentContract(
  dir: string,
  files: ReadonlyMap<string, string>,
  sources: readonly ValuesSource[],
  cache: ContractCache = new Map(),
  options: ContractOptions = {},
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
    return await judgeChart(read, dir, sources, options);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    // A template's file is named inside the chart: said by its path in the repository.
    const inRepo = e.file === undefined || e.file.startsWith(`${dir}/`) || sources.some((s) => s.file === e.file);
    const file = e.file === undefined ? dir : inRepo ? e.file : posix.join(dir, e.file);
    return { failed: new UserError(e.detail, { file, line: e.line, hint: e.hint }) };
  }
}

/**
 * Judges the values `sources` (in Helm's order) against a chart already read (`read`, whose contract index and
 * compiled schemas it keeps for the next environment): the check's judge and a promotion's (the promoted chart
 * version, promote/values-contract.ts). A values source that does not parse is `failed`; a template that does not
 * parse is a UserError (named by its path in the chart).
 */
export async function judgeChart(
  read: ReadChart,
  dir: string,
  sources: readonly ValuesSource[],
  options: ContractOptions = {},
): Promise<EnvironmentContract> {
  const reports: ContractReport[] = [];
  for (const v of sources) {
    const strings = v.set ? [] : valuesTemplates(v.text);
    const index = strings.length > 0 ? contractIndex(read.chart, strings) : (read.index ??= contractIndex(read.chart));
    try {
      reports.push(judgeSource(index, v));
    } catch (e) {
      if (e instanceof UserError) return { failed: e };
      throw e;
    }
  }
  const schema = await schemaFindings(read.chart, sources, dir, options.helm ?? 3, (read.schemas ??= new Map() as SchemaCache));
  return { reports, schema, undeclared: options.undeclared ? undeclared(read.chart, dir) : [] };
}

/** The chart's own values.yaml keys its schema does not declare ([] without a schema, or one that does not parse). */
function undeclared(chart: ChartValuesFiles, dir: string): UndeclaredKey[] {
  if (chart.schema === undefined || chart.schema.length > MAX_SCHEMA_BYTES) return [];
  let schema: unknown;
  try {
    schema = JSON.parse(chart.schema.replace(/^\ufeff/, ''));
  } catch {
    return [];
  }
  return undeclaredKeys(chart, schema, dir);
}

function digestOf(files: ReadonlyMap<string, string>): string {
  const h = createHash('sha256');
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) h.update(path).update('\0').update(text).update('\0');
  return h.digest('hex');
}

// What an Argo CD Application gives a Helm render, read once for every command: its chart at the source's
// targetRevision (found where the operation looks: SideInput's chart), its values in Helm's order as Argo CD reads
// them (valueFiles, from the chart package for a chart-repository source; $ref values of a multi-source
// Application; values, valuesObject; parameters), the release name, the destination namespace and
// ignoreDifferences (application.ts). An Application hydrating from source renders its drySource where the
// operation says so (hydrate).

import { posix } from 'node:path';
import { readChartFolder, type Unavailable } from '../../render/render.ts';
import { chartMeta } from '../../values/chart-files.ts';
import { pullChart, type ChartPuller } from '../chart-pull.ts';
import type { ChartSource } from '../chart-reference.ts';
import type { ChartResolver, CommitReader, HelmSide, ResourceRef, SideInput } from '../model.ts';
import { applicationValues, chartSource, readApplication, type ApplicationRender } from './application.ts';
import { drySourceAsSource } from './source-hydrator.ts';

/** One side of the environment as its Application `application` gives it at the commit `input` reads. */
export async function applicationSide(application: ResourceRef, input: SideInput): Promise<HelmSide | Unavailable> {
  const file = input.inRepo(application.file);
  const text = await input.reader.read(file);
  if (text === undefined) return { unavailable: `its Application ${file} is not in the commit` };
  const { app, source } = readOnce(input, input.drySource ? drySourceAsSource(text, application.name) : text, file, application.name);
  const version = app.revision.current;
  const chart = await input.chart(source, version, app.path, {
    pulled: `its Application's chart ${source.chart ?? ''} ${version || '(no version)'} of ${source.repoURL ?? ''}`,
    folder: `its Application's chart ${app.revision.chart ?? ''}`,
  });
  if ('unavailable' in chart) return chart;
  const files = 'files' in chart.input ? chart.input.files : undefined;
  const values = await applicationValues(app, files, input.reader.read);
  if ('unavailable' in values) return values;
  return {
    side: {
      chart: chart.input,
      release: app.release,
      ...(app.namespace ? { namespace: app.namespace } : {}),
      values: values.values.map((v) => v.text),
      ...(app.set.length ? { set: app.set } : {}),
    },
    sources: [
      ...values.values.flatMap((v) => (v.path !== undefined ? [{ path: v.path, text: v.text }] : [])),
      ...(files && chart.dir !== undefined ? [...files].map(([p, t]) => ({ path: join(chart.dir!, p), text: t })) : []),
    ],
    label: `chart ${chart.name} ${version || '(no version)'} from ${chart.where}`,
    ignoreDifferences: app.ignoreDifferences,
  };
}

/** `file` in folder `dir` ('.' or '' the repository's top). */
const join = (dir: string, file: string) => (dir === '.' || dir === '' ? file : `${dir}/${file}`);

/** What an Application's text gives a side, by run and by text: a run's sides (and its early renders) read it once. */
type Reading = { app: ApplicationRender; source: ChartSource };
const readings = new WeakMap<object, Map<string, Reading>>();

/** The Application of `text` as a side reads it (readApplication) and its chart's source, read once per run (`memo`). */
function readOnce(input: SideInput, text: string, file: string, name: string | undefined): Reading {
  const charts = input.charts.map(input.inRepo);
  const read = () => ({ app: readApplication(text, file, name, charts), source: chartSource(text, file, name, charts) });
  if (!input.memo) return read();
  let byText = readings.get(input.memo);
  if (!byText) readings.set(input.memo, (byText = new Map<string, Reading>()));
  const key = JSON.stringify([file, name ?? null, charts, text]);
  let reading = byText.get(key);
  if (!reading) byText.set(key, (reading = read()));
  return reading;
}

/**
 * An Application's chart as hydrate finds it at the DRY commit `reader` reads: the folder of this repository its
 * git source's path: names, else pulled from the OCI registry or https repository its chart-repository source
 * names (as Argo CD's repo-server pulls it).
 */
export function dryCommitChart(reader: CommitReader, pull: ChartPuller): ChartResolver {
  return async (source, version, path, words) => {
    if (path === undefined && source.repoURL !== undefined) {
      const pulled = await pullChart(source, version, pull, words.pulled);
      return 'message' in pulled ? { unavailable: pulled.message } : { input: pulled.input, name: source.chart ?? '', where: pulled.from };
    }
    const chartYaml = path === undefined ? undefined : await reader.read(posix.join(path, 'Chart.yaml'));
    if (path === undefined || chartYaml === undefined)
      return { unavailable: `${words.folder} is no chart folder of this repository, and its source names no registry to pull it from` };
    const files = await (reader.chart ? reader.chart(path) : readChartFolder(reader, path));
    if ('unavailable' in files) return { unavailable: files.unavailable };
    return { input: files, name: chartMeta(chartYaml).name ?? posix.basename(path), where: `${path} of this repository`, dir: path };
  };
}

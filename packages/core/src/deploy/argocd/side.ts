// What an Argo CD Application gives a Helm render, read once for every command: its chart at the source's
// targetRevision (found where the operation looks: SideInput's chart), its values in Helm's order as Argo CD reads
// them (valueFiles, from the chart package for a chart-repository source; $ref values of a multi-source
// Application; values, valuesObject; parameters), the release name, the destination namespace and
// ignoreDifferences (application.ts). An Application hydrating from source is read as it is written (what Argo CD
// syncs); hydrate asks what the Source Hydrator renders, its drySource, through the reader sourceHydratorReader gives.

import { posix } from 'node:path';
import type { Unavailable } from '../../render/render.ts';
import { join } from '../../values/chart-files.ts';
import { repositoryChart } from '../chart-folder.ts';
import { pullChart, versionSaid, type ChartPuller } from '../chart-pull.ts';
import type { ChartSource } from '../chart-reference.ts';
import {
  chartFileSources,
  type ChartResolver,
  type CommitReader,
  type HelmSide,
  type ResourceRef,
  type SetValues,
  type SideInput,
} from '../model.ts';
import { applicationValues, chartsChoose, readApplication, valueFilePlaces, type ApplicationRender } from './application.ts';
import { chartSource, chartSourceLine } from './chart-source.ts';
import { UserError } from '../../errors.ts';
import { ParseCache, type ParseKind } from '../../text/parse-cache.ts';
import { drySourceAsSource } from './source-hydrator.ts';

/** One side of the environment as its Application `application` gives it at the commit `input` reads. */
export async function applicationSide(application: ResourceRef, input: SideInput): Promise<HelmSide | Unavailable> {
  const file = input.inRepo(application.file);
  const text = await input.reader.read(file);
  if (text === undefined) return { unavailable: `its Application ${file} is not in the commit` };
  const { app, source } = readOnce(input, text, file, application.name);
  const version = app.revision.current;
  const chart = await input.chart(source, version, app.path, {
    pulled: `its Application's chart ${source.chart ?? ''} ${version || '(no version)'} of ${source.repoURL ?? ''}`,
    folder: `its Application's chart ${app.revision.chart ?? ''}`,
  });
  if ('unavailable' in chart) return chart;
  const files = 'files' in chart.input ? chart.input.files : undefined;
  const values = await applicationValues(app, files, input.reader.read);
  if ('unavailable' in values) return values;
  const own = chart.dir === undefined ? undefined : join(chart.dir, 'values.yaml');
  return {
    side: {
      chart: chart.input,
      release: app.release,
      ...(app.namespace ? { namespace: app.namespace } : {}),
      values: values.values.map((v) => v.text),
      ...(app.set.length ? { set: app.set } : {}),
    },
    sources: [...values.values.flatMap((v) => (v.path !== undefined ? [{ path: v.path, text: v.text }] : [])), ...chartFileSources(chart)],
    label: `chart ${chart.name} ${version ? versionSaid(version, chart.version) : '(no version)'} from ${chart.where}`,
    ignoreDifferences: app.ignoreDifferences,
    valueFiles: values.values.flatMap((v) => (v.path !== undefined && v.path !== own ? [{ path: v.path, text: v.text }] : [])),
    ...(app.inlineAt.length ? { inline: app.inlineAt } : {}),
  };
}

/**
 * The files of this repository `app`'s valueFiles name (valueFilePlaces), in Helm's order: not a chart-repository
 * source's plain entry (read inside the package), nor the chart folder's own values.yaml (the chart's, which a
 * git source's render reads first anyway).
 */
function repositoryValueFiles(app: ApplicationRender): string[] {
  const own = app.path !== undefined ? posix.join(app.path, 'values.yaml') : undefined;
  return valueFilePlaces(app).flatMap((p) => ('repo' in p && p.repo !== own ? [p.repo] : []));
}

/** An Application's file as the commit holds it, its reading, and the files of this repository its valueFiles name. */
export interface ApplicationFiles {
  text: string;
  app: ApplicationRender;
  /** repositoryValueFiles: in Helm's order, without the chart folder's own values.yaml. */
  valueFiles: string[];
}

/**
 * The Application named `name` in the file `file` at the commit `read` reads, and the files of this repository its
 * valueFiles name (repositoryValueFiles): the one reading of its sources and valueFiles that what its deployer reads
 * (the kind's inputs) and what it sets (applicationSetValues) both answer from. Undefined when its file is not in
 * the commit; throws the UserError of an Application that does not read.
 */
export async function applicationFiles(
  read: (path: string) => Promise<string | undefined>,
  file: string,
  name: string | undefined,
  charts: readonly string[],
  cache?: ParseCache,
): Promise<ApplicationFiles | undefined> {
  const text = await read(file);
  if (text === undefined) return undefined;
  const app = readApplication(text, file, name, charts, cache);
  return { text, app, valueFiles: repositoryValueFiles(app) };
}

/**
 * The chart the Application `application` pulls and the values it sets from this repository at the commit `read`
 * reads: its valueFiles of this repository in Helm's order (not the chart folder's own values.yaml, which is the
 * chart's; not a chart-repository source's plain entry, which is read inside the package), then its inline values.
 * Undefined when its file is not in the commit.
 */
export async function applicationSetValues(
  application: ResourceRef,
  read: (path: string) => Promise<string | undefined>,
  charts: readonly string[],
  cache?: ParseCache,
): Promise<SetValues | undefined> {
  const { file, name } = application;
  const found = await applicationFiles(read, file, name, charts, cache);
  if (found === undefined) return undefined;
  const { text, app, valueFiles: places } = found;
  const texts = await Promise.all(places.map(read));
  const files = places.flatMap((path, i) => (texts[i] !== undefined ? [{ file: path, text: texts[i] }] : []));
  return { source: chartSource(text, file, name, charts, cache), sources: [...files, ...app.inlineAt] };
}

/**
 * The commit `reader` reads as the Source Hydrator reads the Application `application` (of repository path `file`):
 * its spec.sourceHydrator.drySource as its source (source-hydrator.ts drySourceAsSource), what the hydrator renders
 * for the environment; an Application without one as it is. Hydrate's question (the kind's render); promote and the
 * check ask what the Application syncs, as written.
 */
export function sourceHydratorReader(reader: CommitReader, application: ResourceRef, file: string): CommitReader {
  const chart = reader.chart;
  return {
    list: (dir) => reader.list(dir),
    read: async (p) => {
      const text = await reader.read(p);
      return p === file && text !== undefined ? drySourceAsSource(text, application.name) : text;
    },
    ...(chart ? { chart: (dir: string) => chart(dir) } : {}),
  };
}

/** What an Application's text gives a side: its reading and its chart's source. */
type Reading = { app: ApplicationRender; source: ChartSource };

/** The Application of `text` as a side reads it (readApplication) and its chart's source, read once per run (`memo`). Throws its UserError. */
function readOnce(input: SideInput, text: string, file: string, name: string | undefined): Reading {
  const app = applicationReading(input.memo, text, file, name, input.charts);
  if (app instanceof UserError) throw app;
  return { app, source: sourceReading(input.memo, text, file, name, input.charts) };
}

/** A run's parses (by its memo) and its kinds of Application reading: they die with the run. */
type Run = { cache: ParseCache; app: ParseKind<ApplicationRender | UserError>; source: ParseKind<ChartSource> };
const runs = new WeakMap<object, Run>();

function runOf(memo: object): Run {
  let run = runs.get(memo);
  if (!run) {
    const cache = new ParseCache();
    const args = (variant: string) => {
      const [file, name, charts] = JSON.parse(variant) as [string, string | null, string[] | null];
      return [file, name ?? undefined, charts ?? []] as const;
    };
    run = {
      cache,
      app: {
        name: 'side-application',
        parse(text, variant) {
          try {
            return readApplication(text, ...args(variant), cache);
          } catch (e) {
            if (e instanceof UserError) return e;
            throw e;
          }
        },
      },
      source: { name: 'side-chart-source', parse: (text, variant) => chartSource(text, ...args(variant), cache) },
    };
    runs.set(memo, run);
  }
  return run;
}

/** The variant a run keeps an Application's reading under: its charts only where they can change it (chartsChoose). */
function variantOf(run: Run, text: string, file: string, name: string | undefined, charts: readonly string[]): string {
  return JSON.stringify([file, name ?? null, chartsChoose(text, file, name, run.cache) ? charts : null]);
}

/**
 * The Application of `text` in `file` (named `name`) as a side reads it with the chart folders `charts`, or the
 * UserError that says why it cannot be read. Read once per run and text where `memo` names the run (the check asks
 * each of a fleet's environments at the base and the head, and once per changed chart; its sides read the same);
 * where the charts cannot change the reading (one Application, one chart source), one reading serves them all.
 */
export function applicationReading(
  memo: object | undefined,
  text: string,
  file: string,
  name: string | undefined,
  charts: readonly string[],
): ApplicationRender | UserError {
  if (!memo) {
    try {
      return readApplication(text, file, name, charts);
    } catch (e) {
      if (e instanceof UserError) return e;
      throw e;
    }
  }
  const run = runOf(memo);
  return run.cache.get(run.app, text, variantOf(run, text, file, name, charts));
}

/** The chart source of the Application of `text`, read once per run and text as applicationReading reads it. */
function sourceReading(memo: object | undefined, text: string, file: string, name: string | undefined, charts: readonly string[]) {
  if (!memo) return chartSource(text, file, name, charts);
  const run = runOf(memo);
  return run.cache.get(run.source, text, variantOf(run, text, file, name, charts));
}

/**
 * The chart source of the Application of `text` as a side reads it (its repoURL, chart and path), with the line that
 * writes its repoURL (where a command refusing that registry points); undefined when the file holds no Application
 * that reads. Read once per run (`memo`) and text, as applicationReading reads it.
 */
export function applicationSource(
  memo: object,
  text: string,
  file: string,
  name: string | undefined,
  charts: readonly string[],
): { source: ChartSource; repoURLLine: number } | undefined {
  try {
    const source = sourceReading(memo, text, file, name, charts);
    return { source, repoURLLine: chartSourceLine(text, file, name, charts, 'repoURL', runOf(memo).cache) };
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
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
      if ('message' in pulled) return { unavailable: pulled.message };
      return { input: pulled.input, name: source.chart ?? '', where: pulled.from, ...(pulled.version ? { version: pulled.version } : {}) };
    }
    if (path === undefined || (await reader.read(posix.join(path, 'Chart.yaml'))) === undefined)
      return { unavailable: `${words.folder} is no chart folder of this repository, and its source names no registry to pull it from` };
    // Hydrate says why the folder does not render; the line of a dependency not vendored is the check's to point at.
    const found = await repositoryChart(reader, path);
    return 'unavailable' in found ? { unavailable: found.unavailable } : found;
  };
}

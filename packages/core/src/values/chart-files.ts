// A chart version's values-facing files as Helm loads them for a render:
// values.yaml, values.schema.json and templates of the chart, and of each
// subchart as the chart vendors it — what its charts/ folder holds (a folder
// or a .tgz, as `helm dependency build` leaves it, and as a packaged chart
// holds every dependency), else a `file://` dependency's folder as it is in the
// same tree (the same commit). A dependency that is neither (a remote chart
// not vendored) is not downloaded: it is kept unread, with why, so that the
// keys only it may read are listed as not compared.

import { posix } from 'node:path';
import satisfies from 'semver/functions/satisfies.js';
import validRange from 'semver/ranges/valid.js';
import { readChartArchive } from '../charts/archive.ts';
import { UserError } from '../errors.ts';
import type { ChartValuesFiles, SubchartValues } from './chart-drift.ts';
import { valuesDefaults } from './diff.ts';

/** The files a chart is read from: a commit of the repository, or an unpacked chart archive. */
export interface ChartTree {
  /** A file's text; undefined when there is none. */
  text(path: string): Promise<string | undefined>;
  /** Every file below the folder `dir`, by its path in the tree. */
  list(dir: string): Promise<string[]>;
  /** A file's bytes (a vendored .tgz); undefined when there is none, or the tree holds no archives. */
  bytes(path: string): Promise<Uint8Array | undefined>;
}

/** What a Chart.yaml says that the values reading needs; read leniently (a Chart.yaml that does not parse says nothing). */
export interface ChartYaml {
  name?: string;
  version?: string;
  dependencies: ChartYamlDependency[];
}

export interface ChartYamlDependency {
  name: string;
  alias?: string;
  repository?: string;
  version?: string;
  /** `condition`'s comma-separated paths into the chart's values, split at dots. */
  conditions: string[][];
  tags: string[];
  /** `import-values`: `- data` is `{ child: [exports, data], parent: [] }`. */
  imports: { child: string[]; parent: string[] }[];
}

/** Subcharts nested deeper than this are not read (a `file://` cycle ends here too). */
const MAX_DEPTH = 8;
/** At most this many charts (the chart and its subcharts at every depth) are read for one version. */
const MAX_CHARTS = 64;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (v === null || v === undefined || typeof v === 'object' ? undefined : String(v));

/** name, version and dependencies of a Chart.yaml's text. */
export function chartMeta(chartYaml: string): ChartYaml {
  const root = valuesDefaults(chartYaml);
  if (!isObject(root)) return { dependencies: [] };
  const deps = Array.isArray(root.dependencies) ? root.dependencies : [];
  const path = (p: string) => p.split('.').filter(Boolean);
  const dependencies = deps.flatMap((d): ChartYamlDependency[] => {
    const name = isObject(d) ? text(d.name) : undefined;
    if (!isObject(d) || !name) return [];
    const imports = (Array.isArray(d['import-values']) ? d['import-values'] : []).flatMap((i) =>
      typeof i === 'string'
        ? [{ child: ['exports', i], parent: [] }]
        : isObject(i) && text(i.child) !== undefined
          ? [{ child: path(text(i.child)!), parent: path(text(i.parent) ?? '') }]
          : [],
    );
    return [
      {
        name,
        alias: text(d.alias) || undefined,
        repository: text(d.repository),
        version: text(d.version),
        conditions: (text(d.condition) ?? '')
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
          .map(path),
        tags: (Array.isArray(d.tags) ? d.tags : []).flatMap((t) => (text(t) === undefined ? [] : [text(t)!])),
        imports,
      },
    ];
  });
  return { name: text(root.name), version: text(root.version), dependencies };
}

/** A tree over an unpacked chart archive's files (readChartArchive's map; the chart at ''). */
export function archiveTree(files: ReadonlyMap<string, string>): ChartTree {
  return {
    text: (p) => Promise.resolve(files.get(p)),
    list: (dir) => Promise.resolve([...files.keys()].filter((k) => dir === '' || k.startsWith(`${dir}/`))),
    bytes: () => Promise.resolve(undefined),
  };
}

/** What one run of the reading shares: how many charts it has read, and the tags every level's dependencies name. */
interface Reading {
  charts: number;
  tags: Set<string>;
}

/**
 * The chart at folder `dir` of `tree`, whose Chart.yaml says `meta`, with its
 * subcharts at every depth. Tags (`tags.<tag>`) are read from the top chart's
 * values whatever level declares them, as Helm reads them.
 */
export async function readChartValues(
  tree: ChartTree,
  dir: string,
  meta: ChartYaml & { name: string; version: string },
): Promise<ChartValuesFiles> {
  const run: Reading = { charts: 0, tags: new Set() };
  const chart = await readAt(tree, dir, meta, 0, run);
  return { ...chart, reads: [...(chart.reads ?? []), ...[...run.tags].map((t) => ['tags', t])] };
}

async function readAt(
  tree: ChartTree,
  dir: string,
  meta: ChartYaml & { name: string; version: string },
  depth: number,
  run: Reading,
  folder = dir,
): Promise<ChartValuesFiles> {
  run.charts++;
  const [values, schema, templatePaths, vendored] = await Promise.all([
    tree.text(join(dir, 'values.yaml')),
    tree.text(join(dir, 'values.schema.json')),
    tree.list(join(dir, 'templates')),
    vendoredCharts(tree, dir),
  ]);
  const templateFiles = (await Promise.all(templatePaths.map(async (path) => ({ path, text: await tree.text(path) })))).filter(
    (t): t is { path: string; text: string } => t.text !== undefined,
  );
  const templates = templateFiles.map((t) => t.text);
  for (const d of meta.dependencies) for (const t of d.tags) run.tags.add(t);
  const of = `of chart ${meta.name} ${meta.version}`;
  const open = async (key: string, found: Vendored | string, imports: SubchartValues['imports'] = []): Promise<SubchartValues> => {
    if (typeof found === 'string') return { key, unread: found };
    if (typeof found.chart === 'string') return { key, unread: found.chart };
    const what = `subchart ${found.chart.meta.name} ${found.chart.meta.version} ${of}`;
    if (depth + 1 > MAX_DEPTH) return { key, unread: `${what} is nested deeper than ${MAX_DEPTH} charts; lockstep reads no deeper` };
    if (run.charts >= MAX_CHARTS) return { key, unread: `${what} is past the ${MAX_CHARTS} charts lockstep reads for one chart version` };
    const { tree: t, dir: d, meta: m, at } = found.chart;
    return { key, imports, chart: await readAt(t, d, m, depth + 1, run, at ?? d) };
  };
  const taken = new Set<Vendored>();
  const dependencies: SubchartValues[] = [];
  for (const d of meta.dependencies) {
    const key = d.alias ?? d.name;
    const range = d.version ? validRange(d.version.replace(/\s*,\s*/g, ' ')) : null;
    const named = vendored.filter((v) => typeof v.chart !== 'string' && v.chart.meta.name === d.name);
    const inCharts =
      named.find(
        (v) => range === null || (typeof v.chart !== 'string' && satisfies(v.chart.meta.version, range, { includePrerelease: true })),
      ) ?? named[0];
    if (inCharts) taken.add(inCharts);
    const sub = await open(key, inCharts ?? (await fileDependency(tree, dir, d, of)), d.imports);
    dependencies.push(
      d.conditions.length > 0 || d.tags.length > 0 ? { ...sub, enabledBy: { conditions: d.conditions, tags: d.tags } } : sub,
    );
  }
  // A chart in charts/ that Chart.yaml does not list is rendered all the same, its values under its name.
  for (const v of vendored)
    if (!taken.has(v)) {
      const key = typeof v.chart === 'string' ? v.file : v.chart.meta.name;
      if (!dependencies.some((d) => d.key === key)) dependencies.push(await open(key, v));
    }
  return {
    name: meta.name,
    version: meta.version,
    values,
    schema,
    folder,
    templates,
    templateFiles,
    dependencies,
    reads: meta.dependencies.flatMap((d) => d.conditions),
  };
}

/** A chart found in charts/, or why the entry could not be read. */
interface Vendored {
  /** The entry's name in charts/ (`redis-17.3.0.tgz`, `api`). */
  file: string;
  /** `at`: the archive's path, for a packaged subchart (its files are named inside it). */
  chart: { tree: ChartTree; dir: string; meta: ChartYaml & { name: string; version: string }; at?: string } | string;
}

/** The charts of `dir`'s charts/ folder: folders with a Chart.yaml and .tgz archives, as Helm's loader takes them. */
async function vendoredCharts(tree: ChartTree, dir: string): Promise<Vendored[]> {
  const base = join(dir, 'charts');
  const entries = new Set<string>();
  for (const p of await tree.list(base)) {
    const rest = p.slice(base.length + 1).split('/');
    // Helm skips charts/ entries starting with '_' or '.'.
    if (/^[_.]/.test(rest[0])) continue;
    if ((rest.length === 2 && rest[1] === 'Chart.yaml') || (rest.length === 1 && rest[0].endsWith('.tgz'))) entries.add(rest[0]);
  }
  return Promise.all(
    [...entries].sort().map(async (file): Promise<Vendored> => {
      const where = `${base}/${file}`;
      if (!file.endsWith('.tgz')) {
        const meta = chartMeta((await tree.text(`${where}/Chart.yaml`)) ?? '');
        return { file, chart: named(meta) ? { tree, dir: where, meta } : `${where} has a Chart.yaml without a name or version` };
      }
      const bytes = await tree.bytes(where);
      if (!bytes) return { file, chart: `${where} could not be read as an archive here` };
      try {
        const files = await readChartArchive(Buffer.from(bytes), where, { templates: true, subcharts: true });
        const meta = chartMeta(files.get('Chart.yaml') ?? '');
        return {
          file,
          chart: named(meta)
            ? { tree: archiveTree(files), dir: '', meta, at: where }
            : `${where} holds no Chart.yaml with a name and version`,
        };
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        return { file, chart: e.message };
      }
    }),
  );
}

const named = (m: ChartYaml): m is ChartYaml & { name: string; version: string } => m.name !== undefined && m.version !== undefined;

/** A dependency charts/ does not hold: its `file://` folder in the same tree, or why it is not read. */
async function fileDependency(tree: ChartTree, dir: string, d: ChartYamlDependency, of: string): Promise<Vendored | string> {
  const what = `subchart ${d.name}${d.version ? ` ${d.version}` : ''} ${of}`;
  const repo = d.repository ?? '';
  if (!repo.startsWith('file://'))
    return `${what} comes from ${repo || 'no repository'} and is not in its charts/ folder: lockstep reads the file:// subcharts and those charts/ holds, and downloads none`;
  const folder = posix.normalize(posix.join(dir || '.', repo.slice('file://'.length)));
  if (folder.startsWith('..') || posix.isAbsolute(folder)) return `${what} is at ${repo}, outside what lockstep reads`;
  const chartYaml = await tree.text(join(folder, 'Chart.yaml'));
  if (chartYaml === undefined) return `${what}: ${repo} has no Chart.yaml at ${folder}`;
  const meta = chartMeta(chartYaml);
  if (!named(meta) || meta.name !== d.name) return `${what}: the Chart.yaml at ${folder} names ${meta.name ?? 'no chart'}`;
  return { file: folder, chart: { tree, dir: folder, meta } };
}

/** `file` in folder `dir` of the repository ('.' or '' its top). */
export function join(dir: string, file: string): string {
  return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}

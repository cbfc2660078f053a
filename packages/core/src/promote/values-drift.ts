// values-drift: when a promotion moves the target's chart version (its
// Application's targetRevision), the target's values file is compared with the
// chart it will run — read from the repository at the promoted ref when the
// chart lives there, else from the chart's OCI artifact when the Application
// points at a registry. `error` (the default for protected environments)
// refuses the promotion before anything is written; `warn` annotates and goes
// on; `off` skips it. A chart that cannot be read is said, never silently passed.

import { posix } from 'node:path';
import { type Node } from 'yaml';
import { throwAll, UserError } from '../errors.ts';
import { InvalidReference, parseReference, type ImageReference } from '../registry/reference.ts';
import { escapeMarkdown, codeSpan } from '../text/markdown.ts';
import { parseYaml } from '../yaml/read.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { droppedKeys, type ChartValuesFiles, type ValuesDriftReport } from '../values/chart-drift.ts';

export type { ValuesDriftReport };
import { findChartRevision, splitApplicationRef } from './application.ts';
import type { PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route, ValuesDriftMode } from './request.ts';
import { mapValue, scalarText } from '../yaml/read.ts';

/** The mode for the target: the input, else the environment's config, else error when protected and warn otherwise. */
export function valuesDriftMode(req: PromoteRequest, route: Route): ValuesDriftMode {
  return req.valuesDrift ?? route.to.valuesDrift ?? (route.to.protected ? 'error' : 'warn');
}

/** The Application source a chart version comes from. */
interface ChartSource {
  repoURL?: string;
  chart?: string;
  path?: string;
}

/**
 * The comparison for a planned promotion that changes the chart version;
 * undefined when it changes none, the mode is off, or the values are the
 * Application's own (inline values are the chart's caller, not a file of keys).
 * In error mode every dropped key is a UserError at its line, thrown together.
 */
export async function checkValuesDrift(
  req: PromoteRequest,
  route: Route,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
  cache?: ParseCache,
): Promise<ValuesDriftReport | undefined> {
  const mode = valuesDriftMode(req, route);
  const { to } = route;
  if (mode === 'off' || !plan.chart || !to.application) return undefined;
  const { file: appFile, name } = splitApplicationRef(to.application);
  if (appFile === to.values) return undefined;
  const appText = await ports.git.readAt(baseSha, appFile);
  if (appText === undefined) return undefined;
  const source = chartSource(appText, appFile, name, req.charts);
  const version = plan.chart.new;
  const label = `${source.chart ?? (source.path ? posix.basename(source.path) : 'chart')} ${version}`;
  const envText = plan.files.find((f) => f.path === to.values)?.after ?? (await ports.git.readAt(baseSha, to.values));
  if (envText === undefined) return undefined;
  const found = await readChart(req, source, version, ports, baseSha, to.values);
  if ('unread' in found) return { mode, chart: label, where: found.where, findings: [], unread: found.unread };
  const findings = droppedKeys(envText, to.values, found.chart, undefined, cache);
  if (mode === 'error')
    throwAll(
      findings.map(
        (f) =>
          new UserError(`values-drift: ${f.message}`, {
            file: f.file,
            line: f.line,
            hint: `remove or rename the key before promoting chart ${found.chart.name} ${found.chart.version} (read from ${found.where}), or set values-drift: warn`,
          }),
      ),
    );
  return { mode, chart: `${found.chart.name} ${found.chart.version}`, where: found.where, findings };
}

/** repoURL, chart and path of the Application source the promotion edits. */
function chartSource(text: string, file: string, name: string | undefined, charts: readonly string[]): ChartSource {
  const rev = findChartRevision(text, file, name, charts);
  const parsed = parseYaml(text.replace(/^\ufeff/, ''), file, { allowMulti: true });
  let node: unknown = parsed.documents?.[rev.document ?? 0]?.contents;
  for (const key of rev.path.slice(0, -1))
    node = typeof key === 'number' ? (node as { items?: unknown[] })?.items?.[key] : mapValue(node, key);
  return {
    repoURL: scalarText(mapValue(node, 'repoURL')),
    chart: scalarText(mapValue(node, 'chart')),
    path: scalarText(mapValue(node, 'path')),
  };
}

type Found = { chart: ChartValuesFiles; where: string } | { unread: string; where: string };

/**
 * The chart at `version`: from git at the promoted ref (the Application's
 * `path:`, a folder holding the values file, or a configured chart folder,
 * whose Chart.yaml names the chart), else from its OCI artifact.
 */
async function readChart(
  req: PromoteRequest,
  source: ChartSource,
  version: string,
  ports: PromoteWorld,
  baseSha: string,
  valuesFile: string,
): Promise<Found> {
  const ref = req.from.kind === 'ref' ? ((await ports.git.resolveRef(req.from.ref)) ?? baseSha) : baseSha;
  const at = req.from.kind === 'ref' ? `ref ${req.from.ref}` : `the base branch ${req.base}`;
  for (const dir of gitCandidates(source, valuesFile, req.charts)) {
    const chartYaml = await ports.git.readAt(ref, join(dir, 'Chart.yaml'));
    if (chartYaml === undefined) continue;
    const meta = chartMeta(chartYaml);
    if (source.chart && meta.name !== source.chart) continue;
    const [values, schema] = await Promise.all([
      ports.git.readAt(ref, join(dir, 'values.yaml')),
      ports.git.readAt(ref, join(dir, 'values.schema.json')),
    ]);
    return {
      chart: { name: meta.name ?? source.chart ?? dir, version: meta.version ?? version, values, schema, dependencies: meta.dependencies },
      where: `${dir} at ${at}`,
    };
  }
  const image = ociReference(source, version);
  if (!image)
    return {
      unread: `chart ${source.chart ?? source.path ?? ''} ${version} is not in this repository and ${source.repoURL ?? 'its repoURL'} is not an OCI registry`,
      where: source.repoURL ?? 'nowhere',
    };
  const where = `oci://${image.registry}/${image.repository}:${version}`;
  if (!ports.readChart) return { unread: 'no registry client', where };
  try {
    const files = await ports.readChart(image);
    const meta = chartMeta(files.get('Chart.yaml') ?? '');
    return {
      chart: {
        name: meta.name ?? source.chart ?? '',
        version: meta.version ?? version,
        values: files.get('values.yaml'),
        schema: files.get('values.schema.json'),
        dependencies: meta.dependencies,
      },
      where,
    };
  } catch (e) {
    if (e instanceof UserError || (e instanceof Error && e.name === 'RegistryError')) return { unread: e.message, where };
    throw e;
  }
}

/** Folders that may hold the chart in git: the source's path, the values file's folder and its parents, the configured chart folders. */
function gitCandidates(source: ChartSource, valuesFile: string, charts: readonly string[]): string[] {
  const out: string[] = [];
  if (source.path) out.push(source.path.replace(/\/+$/, '') || '.');
  for (let dir = posix.dirname(valuesFile); ; dir = posix.dirname(dir)) {
    out.push(dir);
    if (dir === '.' || dir === '/' || dir === '') break;
  }
  for (const c of charts) if (!/[*?[\]{}!]/.test(c)) out.push(c.replace(/\/+$/, ''));
  return [...new Set(out)].filter((d) => !d.split('/').includes('..'));
}

/** `registry/repository/<chart>:<version>` for a repoURL that names an OCI registry (`oci://host/path`, or `host/path` without a scheme as ArgoCD writes it). */
function ociReference(source: ChartSource, version: string): ImageReference | undefined {
  if (!source.repoURL || !source.chart) return undefined;
  const url = source.repoURL.trim().replace(/\/+$/, '');
  const bare = url.startsWith('oci://') ? url.slice('oci://'.length) : /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? undefined : url;
  if (!bare) return undefined;
  const host = bare.split('/')[0];
  if (!host.includes('.') && !host.includes(':') && host !== 'localhost') return undefined;
  try {
    return parseReference(`${bare}/${source.chart}:${version}`);
  } catch (e) {
    if (e instanceof InvalidReference) return undefined;
    throw e;
  }
}

/** name, version and dependency names (or aliases) of a Chart.yaml, read leniently. */
function chartMeta(text: string): { name?: string; version?: string; dependencies: string[] } {
  try {
    const root = parseYaml(text.replace(/^\ufeff/, ''), 'Chart.yaml').doc.contents as Node | null;
    const deps = mapValue(root, 'dependencies');
    const dependencies: string[] = [];
    if (deps && typeof deps === 'object' && 'items' in deps && Array.isArray(deps.items))
      for (const d of deps.items) {
        const n = scalarText(mapValue(d, 'alias')) ?? scalarText(mapValue(d, 'name'));
        if (n) dependencies.push(n);
      }
    return { name: scalarText(mapValue(root, 'name')), version: scalarText(mapValue(root, 'version')), dependencies };
  } catch (e) {
    if (e instanceof UserError) return { dependencies: [] };
    throw e;
  }
}

function join(dir: string, file: string): string {
  return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}

/** The report as Markdown for the PR body and the job summary (every name and message escaped). */
export function valuesDriftMarkdown(r: ValuesDriftReport): string {
  const head = `**values-drift (${r.mode})** against chart ${escapeMarkdown(r.chart)} (${escapeMarkdown(r.where)}):`;
  if (r.unread) return `${head} the chart could not be read (${escapeMarkdown(r.unread)}); the values were not compared.`;
  if (r.findings.length === 0) return `${head} every key the values file sets is still in the chart.`;
  const lines = r.findings.map((f) => `- ${codeSpan(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}`);
  return [
    `${head} ${r.findings.length} key${r.findings.length === 1 ? '' : 's'} the chart no longer has; the promotion goes on (values-drift: warn).`,
    '',
    ...lines,
  ].join('\n');
}

/** values-drift: warn's annotations, one per dropped key at its line; an unread chart is one warning. */
export function valuesDriftAnnotations(
  r: ValuesDriftReport | undefined,
): { annotate: 'warning'; message: string; file?: string; line?: number }[] {
  if (!r) return [];
  if (r.unread)
    return [
      {
        annotate: 'warning',
        message: `values-drift: chart ${r.chart} could not be read from ${r.where} (${r.unread}); the target's values were not compared with it`,
      },
    ];
  return r.findings.map((f) => ({ annotate: 'warning', message: `values-drift: ${f.message}`, file: f.file, line: f.line }));
}

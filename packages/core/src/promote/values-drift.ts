// values-drift: when a promotion moves the target's chart version (its Application's targetRevision, its
// HelmRelease's or OCIRepository's version), the values the target sets, as its deployer kind reads them
// (deploy/model.ts setValues), are compared with both chart versions: the one the target runs now and the one promoted.
// A key the current version reads and the promoted one no longer reads is drift (values/chart-drift.ts), as is
// one the current version's templates read and the promoted version's no longer do, though its values.yaml
// keeps it (values/contract-drift.ts). Each version is read where it was released: the repository at the
// chart's release tag (`<chart>-<version>`), the chart folder at the promoted ref when its Chart.yaml says that
// version, else its OCI artifact (the Application's registry, or the config's chart-registry); what is found
// must say that version in its Chart.yaml. `error` (the default for protected environments) refuses the
// promotion before anything is written, also when a version cannot be read (naming what was tried); `warn`
// annotates and goes on; `off` skips it.

import { posix } from 'node:path';
import { valid } from 'semver';
import { setting, throwAll, UserError, words } from '../errors.ts';
import { findCharts } from '../charts/discover.ts';
import { chartWhere, configuredRegistry, ociReference, type ChartSource } from '../deploy/chart-reference.ts';
import { escapeMarkdown, codeSpan } from '../text/markdown.ts';
import { parseWith, type ParseCache } from '../text/parse-cache.ts';
import { type ChartValuesFiles, type UncomparedKey, type ValuesDriftReport } from '../values/chart-drift.ts';
import { compareDrift } from '../values/contract-drift.ts';
import { archiveTree, chartMeta, join, readChartValues, type ChartTree } from '../values/chart-files.ts';
import { repositoryChart } from './chart-repository.ts';
import { builtArchive, builtFolderTree, registryChart } from './built-chart.ts';

export type { ValuesDriftReport };
import { readAfterPlan, type PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';
import { deploymentOf } from '../deploy/kind.ts';
import type { Node } from 'yaml';
import { stripBom } from '../text/bytes.ts';
import { YAML_DOCUMENTS } from '../yaml/read.ts';
import type { ValuesSource } from '../values/values-origin.ts';

/**
 * The comparison for a planned promotion that changes the chart version; undefined when it changes none, the mode is
 * off, or the target's kind sets no values of a pinned chart (deploy/model.ts Deployment.setValues). The values the
 * target sets once the promotion lands (an Application's valueFiles of this repository and valuesObject; a
 * HelmRelease's spec.values, patch and base, and the values files its valuesFrom reads) are each compared with the
 * chart version it runs, read from the chart its deployer pulls now, and the version promoted, from the chart it
 * pulls after the plan. In error mode every dropped key is a UserError at its line, thrown together, and a chart
 * version that cannot be read is one at the chart version's line.
 */
export async function checkValuesDrift(
  req: PromoteRequest,
  route: Route,
  plan: PromotionPlan,
  ports: PromoteWorld,
  baseSha: string,
  cache?: ParseCache,
): Promise<ValuesDriftReport | undefined> {
  // The target's values-drift: the input, else its config key, else error when protected and warn otherwise.
  const mode = route.to.settings.valuesDrift;
  const { to } = route;
  const deployment = deploymentOf(to);
  if (mode === 'off' || !plan.chart || !deployment) return undefined;
  const readBase = (p: string) => ports.git.readAt(baseSha, p);
  const readAfter = readAfterPlan(plan, readBase);
  const [was, now] = await Promise.all([
    deployment.setValues(readBase, req.charts, cache),
    deployment.setValues(readAfter, req.charts, cache),
  ]);
  if (!was || !now) return undefined;
  const at = { file: plan.chart.file, line: plan.chart.line };
  const [current, promoted] = await Promise.all([
    chartLocator(req, was.source, ports, baseSha, to.values, at)(plan.chart.old),
    chartLocator(req, now.source, ports, baseSha, to.values, at)(plan.chart.new),
  ]);
  // A values string (helm.values) or a parameter is not a document of keys at the file's lines: not compared.
  const compared = now.sources.filter((v) => v.set === undefined && v.line === undefined && v.firstLine === undefined);
  return driftOutcome(mode, plan.chart, current, promoted, (charts) => {
    const found = compared.map((v) => compareDrift(v.text, v.file, charts, documentOf(v, cache), cache));
    return { findings: found.flatMap((f) => f.findings), notCompared: found.flatMap((f) => f.notCompared) };
  });
}

/** The values node of `v` inside its document (an Application's valuesObject, a HelmRelease's spec.values); undefined for a whole file. */
function documentOf(v: ValuesSource, cache?: ParseCache): ((root: Node | null) => Node | null | undefined) | undefined {
  if (v.at === undefined && v.document === undefined) return undefined;
  return () => {
    const parsed = parseWith(cache, YAML_DOCUMENTS, stripBom(v.text), v.file);
    const doc = (parsed.documents ?? [parsed.doc])[v.document ?? 0];
    return v.at === undefined ? doc?.contents : (doc?.getIn(v.at, true) as Node | undefined);
  };
}

/**
 * values-drift's verdict once both chart versions were looked for: an unread
 * one refuses in error mode (at the chart version's line) and is said in warn;
 * else `compare` judges the environment's values against both, and in error
 * mode each dropped key is a UserError at its line, thrown together.
 */
export function driftOutcome(
  mode: 'error' | 'warn',
  at: { file: string; line: number; old: string; new: string },
  current: Found,
  promoted: Found,
  compare: (charts: { current: ChartValuesFiles; promoted: ChartValuesFiles }) => Pick<ValuesDriftReport, 'findings' | 'notCompared'>,
): ValuesDriftReport {
  const chartName = (f: Found) => ('chart' in f ? f.chart.name : f.name);
  const label = `${chartName(promoted)} ${at.old || '(none)'} → ${at.new}`;
  const where = [current, promoted].map((f) => `${chartName(f)} ${f.version} ${'chart' in f ? `from ${f.where}` : 'unread'}`).join('; ');
  const unread = [current, promoted].flatMap((f) => ('unread' in f ? [f.unread] : []));
  if (unread.length > 0) {
    if (mode === 'error')
      throw new UserError(`values-drift: ${unread.join('; ')}`, {
        file: at.file,
        line: at.line,
        hint: words`publish each chart version where lockstep reads it (its release tag ${chartName(promoted)}-<version> in this repository, its OCI artifact: the Application's registry or chart-registry in the config, or the https Helm repository's index.yaml), or ${setting('values-drift', 'warn')} to promote without the comparison`,
      });
    return { mode, chart: label, where, findings: [], notCompared: [], unread: unread.join('; ') };
  }
  const [was, now] = [(current as FoundChart).chart, (promoted as FoundChart).chart];
  const { findings, notCompared } = compare({ current: was, promoted: now });
  if (mode === 'error')
    throwAll(
      findings.map(
        (f) =>
          new UserError(`values-drift: ${f.message}`, {
            file: f.file,
            line: f.line,
            hint: words`remove or rename the key before promoting chart ${now.name} ${now.version} (read from ${(promoted as FoundChart).where}), or ${setting('values-drift', 'warn')}`,
          }),
      ),
    );
  return { mode, chart: label, where, findings, notCompared };
}

interface FoundChart {
  chart: ChartValuesFiles;
  where: string;
  version: string;
}
export type Found = FoundChart | { unread: string; name: string; version: string };

/** A chart folder of the repository at the base, and the name its Chart.yaml gives. */
export interface ChartFolder {
  dir: string;
  name: string;
}

/**
 * Finds a chart version, memoised per version: see chartAt. The chart
 * folders of the repository are listed once, at the base.
 */
export function chartLocator(
  req: PromoteRequest,
  source: ChartSource,
  ports: PromoteWorld,
  baseSha: string,
  valuesFile: string,
  at?: { file: string; line: number },
): (version: string) => Promise<Found> {
  let folders: Promise<ChartFolder[]> | undefined;
  // Per world: values-drift and the values contract (values-contract.ts) read the promoted version once between them.
  let found = located.get(ports);
  if (!found) located.set(ports, (found = new Map<string, Promise<Found>>()));
  // The digests are a Map, which JSON writes as {}: listed, so a range pinned by another digest is another chart.
  const context = JSON.stringify([source, [...(source.digests ?? [])], valuesFile, baseSha, req.from, req.charts, at?.file, at?.line]);
  return (version) => {
    const key = `${context}\0${version}`;
    let f = found.get(key);
    if (f) return f;
    // Listed only when a version is looked for: a folders read nobody awaits would outlive the run.
    folders ??= chartFolders(req, source, ports, baseSha, valuesFile);
    found.set(key, (f = folders.then((dirs) => chartAt(req, source, dirs, version, ports, baseSha, at))));
    return f;
  };
}

/** The chart versions found in a world, by where they were looked for and the version. */
const located = new WeakMap<PromoteWorld, Map<string, Promise<Found>>>();

/**
 * The folders that may hold the Application's chart: its source's `path:`,
 * a folder holding the values file (or one of its parents), and the charts
 * the config's `charts:` entries find at the base (globs included); with a
 * `chart:` name, only those whose Chart.yaml has that name.
 */
export async function chartFolders(
  req: PromoteRequest,
  source: ChartSource,
  ports: PromoteWorld,
  baseSha: string,
  valuesFile: string,
): Promise<ChartFolder[]> {
  const dirs: string[] = [];
  if (source.path) dirs.push(source.path.replace(/\/+$/, '') || '.');
  else {
    for (let dir = posix.dirname(valuesFile); ; dir = posix.dirname(dir)) {
      dirs.push(dir);
      if (dir === '.' || dir === '/' || dir === '') break;
    }
    const paths = await ports.git.listFiles(baseSha);
    if (paths) dirs.push(...findCharts(paths, req.charts.length > 0 ? req.charts : undefined));
    else for (const c of req.charts) if (!/[*?[\]{}!]/.test(c)) dirs.push(c.replace(/\/+$/, ''));
  }
  const out: ChartFolder[] = [];
  for (const dir of [...new Set(dirs)].filter((d) => !d.split('/').includes('..'))) {
    const text = await ports.git.readAt(baseSha, join(dir, 'Chart.yaml'));
    if (text === undefined) continue;
    const name = chartMeta(text).name;
    if (!name || (source.chart && name !== source.chart)) continue;
    out.push({ dir, name });
  }
  return out;
}

/** A pulled chart's files as built for its deployer (built-chart.ts), or why it cannot be built. */
type BuiltFiles = Map<string, string> | { unavailable: string };

/**
 * The chart at `version`, tried in order: each chart folder at its release
 * tag `<name>-<version>`, each chart folder at the promoted ref (a rollback's
 * ref, else the base), then the chart's OCI artifact. What is found must say
 * `version` in its Chart.yaml; every place tried is named when none has it.
 */
async function chartAt(
  req: PromoteRequest,
  source: ChartSource,
  folders: readonly ChartFolder[],
  version: string,
  ports: PromoteWorld,
  baseSha: string,
  line?: { file: string; line: number },
): Promise<Found> {
  const name = source.chart ?? folders[0]?.name ?? (source.path ? posix.basename(source.path) : 'chart');
  const what = `chart ${name} ${version || '(no version)'}`;
  if (!valid(version) || valid(version) !== version) return pinnedChart(ports, source, version, name, what);
  const tried: string[] = [];
  const read = async (commit: string, dir: string): Promise<ChartValuesFiles | string> => {
    const text = await ports.git.readAt(commit, join(dir, 'Chart.yaml'));
    if (text === undefined) return 'no Chart.yaml';
    const meta = chartMeta(text);
    if (meta.name !== name) return `its Chart.yaml names ${meta.name ?? 'no chart'}`;
    if (meta.version !== version) return `its Chart.yaml says version ${meta.version ?? '(none)'}`;
    const tree = await builtFolderTree(gitTree(ports, commit), dir, source);
    return typeof tree === 'string' ? tree : readChartValues(tree, dir, { ...meta, name, version });
  };
  for (const f of folders) {
    const tag = `${f.name}-${version}`;
    const commit = await ports.git.resolveRef(tag);
    if (!commit) {
      if (!tried.includes(`tag ${tag} (not in the repository)`)) tried.push(`tag ${tag} (not in the repository)`);
      continue;
    }
    const chart = await read(commit, f.dir);
    if (typeof chart !== 'string') return { chart, where: `${f.dir} at tag ${tag}`, version };
    tried.push(`${f.dir} at tag ${tag} (${chart})`);
  }
  const ref = req.from.kind === 'ref' ? ((await ports.git.resolveRef(req.from.ref)) ?? baseSha) : baseSha;
  const at = req.from.kind === 'ref' ? `ref ${req.from.ref}` : `the base branch ${req.base}`;
  for (const f of folders) {
    const chart = await read(ref, f.dir);
    if (typeof chart !== 'string') return { chart, where: `${f.dir} at ${at}`, version };
    tried.push(`${f.dir} at ${at} (${chart})`);
  }
  const fromArchive = async (where: string, get: (what: string) => Promise<BuiltFiles>): Promise<Found | undefined> => {
    const files = await get(`chart ${name} ${version} from ${where}`);
    if (!(files instanceof Map)) {
      tried.push(`${where} (${files.unavailable})`);
      return undefined;
    }
    const meta = chartMeta(files.get('Chart.yaml') ?? '');
    if (meta.name === name && meta.version === version)
      return { chart: await readChartValues(archiveTree(files), '', { ...meta, name, version }), where, version };
    tried.push(
      `${where} (${meta.name !== name ? `its Chart.yaml names ${meta.name ?? 'no chart'}` : `its Chart.yaml says version ${meta.version ?? '(none)'}`})`,
    );
    return undefined;
  };
  // A classic https repository: index.yaml and the archive it lists, digest checked (chart-repository.ts).
  const classic = await repositoryChart(ports, source, version, line);
  if (classic && 'tried' in classic) tried.push(classic.tried);
  else if (classic) {
    const found = await fromArchive(classic.where, (w) => builtArchive(classic.tgz, w, source));
    if (found) return found;
  }
  const image = ociReference(source, version) ?? configuredRegistry(req, name, version);
  if (image) {
    const where = chartWhere(image);
    try {
      const found = await fromArchive(where, (w) => registryChart(ports, image, w, source));
      if (found) return found;
    } catch (e) {
      if (!(e instanceof UserError || (e instanceof Error && e.name === 'RegistryError'))) throw e;
      tried.push(`${where} (${e.message})`);
    }
  }
  if (tried.length === 0)
    tried.push(
      source.ociRepository !== undefined
        ? `no chart folder of the repository is named ${name} (charts: in the config), and the chart of an OCIRepository (${source.ociRepository || 'no spec.url'}) is not read yet`
        : `no chart folder of the repository is named ${name} (charts: in the config) and the Application's repoURL ${source.repoURL ?? '(none)'} is no OCI registry or https Helm repository`,
    );
  return { unread: `${what} could not be read: tried ${tried.join('; ')}`, name, version };
}

/**
 * The chart of a `version` that is no exact version: a digest beside it (a Flux OCIRepository's spec.ref.digest beside
 * its semver range) is the artifact source-controller pulls whatever the range admits, so that artifact is the exact
 * chart, pulled as hydrate, status and the check pull it (registry/chart.ts pullChartArchive through the world's
 * registry); its Chart.yaml must name the chart, and its version is the one found. Without a digest, unread.
 */
async function pinnedChart(ports: PromoteWorld, source: ChartSource, version: string, name: string, what: string): Promise<Found> {
  const ref = source.digests?.has(version) ? ociReference(source, version) : undefined;
  if (!ref) return { unread: `${what} could not be read: '${version}' is not an exact chart version`, name, version };
  const where = chartWhere(ref);
  try {
    const files = await registryChart(ports, ref, `${what} from ${where}`, source);
    if (!(files instanceof Map)) return { unread: `${what} could not be read: tried ${where} (${files.unavailable})`, name, version };
    const meta = chartMeta(files.get('Chart.yaml') ?? '');
    const found = meta.version ?? '';
    if (meta.name === name && valid(found) === found)
      return { chart: await readChartValues(archiveTree(files), '', { ...meta, name, version: found }), where, version: found };
    const why =
      meta.name !== name ? `its Chart.yaml names ${meta.name ?? 'no chart'}` : `its Chart.yaml says version ${meta.version ?? '(none)'}`;
    return { unread: `${what} could not be read: tried ${where} (${why})`, name, version };
  } catch (e) {
    if (!(e instanceof UserError || (e instanceof Error && e.name === 'RegistryError'))) throw e;
    return { unread: `${what} could not be read: tried ${where} (${e.message})`, name, version };
  }
}

/** The repository at `commit` as a chart tree (a vendored .tgz read as bytes). */
function gitTree(ports: PromoteWorld, commit: string): ChartTree {
  return {
    text: (path) => ports.git.readAt(commit, path),
    list: async (dir) => (await ports.git.listFiles(commit, dir)) ?? [],
    bytes: (path) => ports.git.readBytesAt(commit, path),
  };
}

/** A key not compared, as one line: the key, the keys set below it, and why. */
function uncomparedText(k: UncomparedKey): string {
  const below = k.keys.length === 1 && k.keys[0] === k.key ? '' : ` (${k.keys.join(', ')})`;
  return `key ${k.key}${below} was not compared: ${k.why}`;
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The report as Markdown for the PR body and the job summary (every name and message escaped). */
export function valuesDriftMarkdown(r: ValuesDriftReport): string {
  const head = `**values-drift (${r.mode})** chart ${escapeMarkdown(r.chart)} (${escapeMarkdown(r.where)}):`;
  if (r.unread) return `${head} the values were not compared (${escapeMarkdown(r.unread)}).`;
  const uncompared = r.notCompared.map((k) => `- ${codeSpan(`${k.file}:${k.line}`)} ${escapeMarkdown(uncomparedText(k))}`);
  const skipped = uncompared.length === 0 ? [] : ['', `${plural(uncompared.length, 'key')} not compared:`, '', ...uncompared];
  if (r.findings.length === 0)
    return uncompared.length === 0
      ? `${head} the promoted version still reads every key the values file sets that the current version reads.`
      : [
          `${head} the promoted version still reads every key compared that the current version reads; ${plural(uncompared.length, 'key')} not compared.`,
          ...skipped,
        ].join('\n');
  const lines = r.findings.map((f) => `- ${codeSpan(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}`);
  return [
    `${head} ${plural(r.findings.length, 'key')} the promoted version no longer reads; the promotion goes on (values-drift: warn).`,
    '',
    ...lines,
    ...skipped,
  ].join('\n');
}

/** values-drift's annotations: one per dropped key (warn mode) and one per key not compared (either mode) at its line; an unread chart is one warning. */
export function valuesDriftAnnotations(
  r: ValuesDriftReport | undefined,
): { annotate: 'warning'; message: string; file?: string; line?: number }[] {
  if (!r) return [];
  if (r.unread)
    return [
      {
        annotate: 'warning',
        message: `values-drift: ${r.unread}; the target's values were not compared (values-drift: warn)`,
      },
    ];
  return [
    ...r.findings.map((f) => ({ annotate: 'warning' as const, message: `values-drift: ${f.message}`, file: f.file, line: f.line })),
    ...r.notCompared.map((k) => ({
      annotate: 'warning' as const,
      message: `values-drift: ${uncomparedText(k)}`,
      file: k.file,
      line: k.line,
    })),
  ];
}

/** The report for `lockstep promote --json`. */
export function valuesDriftJson(r: ValuesDriftReport): Record<string, unknown> {
  return {
    mode: r.mode,
    chart: r.chart,
    where: r.where,
    unread: r.unread ?? null,
    findings: r.findings.map((f) => ({ file: f.file, line: f.line, key: f.key, message: f.message })),
    'not-compared': r.notCompared.map((k) => ({ file: k.file, line: k.line, key: k.key, keys: k.keys, why: k.why })),
  };
}

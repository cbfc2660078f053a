// Where a promotion finds the chart a deployer names (deploy/model.ts's ChartResolver, promote's policy): a
// chart folder of this repository at its release tag `<name>-<version>`, else at the base when its Chart.yaml
// says that version (or the source is a path at a branch), else a classic https repository or the OCI registry
// (the source's, else the config's chart-registry); offline (the early renders), only what this repository holds.
// What the deployer reads around that chart is its kind's (Deployment.side).

import { UserError } from '../errors.ts';
import { readChartFolder, type Unavailable } from '../render/render.ts';
import { type Deployment, type FoundChart, type HelmSide, type SideInput, type SideUnavailable } from '../deploy/model.ts';
import { withoutGaps } from '../deploy/kind-helpers.ts';
import { noChartFolder } from '../deploy/chart-values.ts';
import { pullPinnedChart } from '../deploy/chart-pull.ts';
import { chartWhere, configuredRegistry, ociReference, type ChartSource } from '../deploy/chart-reference.ts';
import { chartMeta, join } from '../values/chart-files.ts';
import { chartFolders } from './values-drift.ts';
import { repositoryChart } from './chart-repository.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest } from './request.ts';

/** What promote finds a side's chart with. */
export interface ChartContext {
  req: PromoteRequest;
  ports: PromoteWorld;
  baseSha: string;
  /** The environment's values file. */
  values: string;
  /** Where a refusal of the chart points: the chart version's line in the Application or HelmRelease. */
  at?: { file: string; line: number };
  /** A chart folder's file list by commit and folder: both sides of one chart list it once. */
  listed: Map<string, Promise<string[] | undefined>>;
  /** Read only what this repository holds: a chart that is not in it is unavailable, not fetched (render-ahead.ts). */
  offline?: boolean;
}

/**
 * What promote reads an environment's Helm side with (Deployment.side): the files `read` gives (the base's, or a
 * plan's edited files over it) and the base's folders, its charts found by chartInput. Promote renders an
 * Application as it is written (not its drySource).
 */
export function promoteSideInput(ctx: ChartContext, read: (path: string) => Promise<string | undefined>): SideInput {
  return {
    reader: { read, list: (dir) => ctx.ports.git.listFiles(ctx.baseSha, dir === '' ? undefined : dir) },
    chart: (source, version, path) => chartInput(ctx, source, version, path),
    inRepo: (p) => p,
    charts: ctx.req.charts,
    memo: ctx.ports,
  };
}

/** The side of `deployment` promote renders, at the files `read` gives (promoteSideInput), judged by promote (promoteJudged). */
export async function promoteSide(
  deployment: Deployment,
  ctx: ChartContext,
  read: (path: string) => Promise<string | undefined>,
): Promise<HelmSide | Unavailable> {
  return promoteJudged(await deployment.side(promoteSideInput(ctx, read)));
}

/**
 * Promote's judgement of a side's gaps: pins are not written next to a values file that is missing beside its chart,
 * nor rendered with a chart folder whose Chart.yaml names no chart; a HelmRelease's unread valuesFrom is named in
 * the side's label, and the side rendered without it.
 */
export function promoteJudged(s: HelmSide | SideUnavailable): HelmSide | Unavailable {
  const { missingValues, unnamedChart } = s.gaps ?? {};
  if (missingValues !== undefined) return { unavailable: `${missingValues} does not exist` };
  if (unnamedChart) return { unavailable: noChartFolder(unnamedChart.values) };
  return withoutGaps(s);
}

/**
 * The chart a side runs: a chart folder of the repository at its release tag
 * `<name>-<version>`, else at the base when its Chart.yaml says that version
 * (or the source is a path at a branch), else the published OCI chart.
 */
export async function chartInput(
  ctx: ChartContext,
  source: ChartSource,
  version: string,
  path: string | undefined,
): Promise<FoundChart | Unavailable> {
  const { req, ports, baseSha } = ctx;
  const folders = await chartFolders(req, source, ports, baseSha, ctx.values);
  const list = (commit: string, dir: string) => ports.git.listFiles(commit, dir);
  const reader = (commit: string) => ({
    list: (dir: string) => {
      const key = `${commit}\0${dir}`;
      let files = ctx.listed.get(key);
      if (!files) ctx.listed.set(key, (files = list(commit, dir)));
      return files;
    },
    read: (p: string) => ports.git.readAt(commit, p),
  });
  const tried: string[] = [];
  // A path source at a branch (HEAD, main) has no release tag to look for: asking origin for `<name>-HEAD` cost a
  // round trip to the remote on every render.
  const atBranch = Boolean(path) && !/^v?\d+\.\d+\.\d+/.test(version);
  for (const f of folders) {
    const tag = `${f.name}-${version}`;
    // Offline (ahead of the plan) a tag is not looked for: finding one may fetch from origin.
    const commit = version && !atBranch && !ctx.offline ? await ports.git.resolveRef(tag) : undefined;
    const at = commit ? [{ commit, where: `${f.dir} at tag ${tag}` }] : [];
    at.push({ commit: baseSha, where: `${f.dir} at the base` });
    for (const { commit: c, where } of at) {
      const meta = chartMeta((await ports.git.readAt(c, join(f.dir, 'Chart.yaml'))) ?? '');
      // A path source at a branch (HEAD, main) runs the folder as it is; a version must be the one its Chart.yaml says.
      if (meta.version !== version && !atBranch) {
        tried.push(`${where} says ${meta.version ?? 'no version'}`);
        continue;
      }
      const files = await readChartFolder(reader(c), f.dir);
      if ('unavailable' in files) return files;
      return { input: files, name: f.name, where, dir: f.dir };
    }
  }
  const name = source.chart ?? folders[0]?.name ?? 'chart';
  if (ctx.offline) return { unavailable: `chart ${name} ${version || '(no version)'} is not in this repository` };
  const classic = await repositoryChart(ports, source, version, ctx.at);
  if (classic && 'tgz' in classic) return { input: { tgz: classic.tgz }, name, where: classic.where };
  if (classic) tried.push(classic.tried);
  const image = ociReference(source, version) ?? configuredRegistry(req, name, version);
  if (image) {
    const where = chartWhere(image);
    try {
      // A range or digest is said by the version its artifact names (deploy/chart-pull.ts), as hydrate and the check say it.
      const got = await pullPinnedChart(image, { oci: (r) => ports.pullChartArchive(r), resolve: (r) => ports.resolveChart(r) });
      return { input: { tgz: got.tgz }, name, where: got.where, ...(got.version ? { version: got.version } : {}) };
    } catch (e) {
      if (!(e instanceof UserError || (e instanceof Error && e.name === 'RegistryError'))) throw e;
      tried.push(`${where}: ${e.message}`);
    }
  }
  return {
    unavailable: `chart ${name} ${version || '(no version)'} unavailable (${tried.join('; ') || 'no chart folder or registry names it'})`,
  };
}

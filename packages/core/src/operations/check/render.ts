// chart-bump-check's rendered manifest diffs: on a pull request that changes
// a chart, each environment that deploys it (its Application names the chart
// or its folder; every environment when none names an Application) is
// rendered with the real Helm at the base and at the head — the chart folder
// with its file:// subcharts, the environment's values file, the release name
// and namespace its Application gives — and compared, for the job summary.
// The pull request's templates are untrusted: each render runs bounded
// (render/helm.ts: 30 s, 32 MiB of output, 512 MiB of memory, no network), and what stops one is said; the
// check still decides on versions alone. Overlay environments (`kustomization:`)
// are built with kustomize when what they build changed (render-overlays.ts).

import { parseAllDocuments } from 'yaml';
import type { Config, RenderMode } from '../../config/config.ts';
import { DEFAULT_IGNORE } from '../../render/compare.ts';
import { findHelm, helmUsable, MIN_HELM } from '../../render/helm.ts';
import { readChartFolder, renderEnvironment, Renderer, type RenderSide, type Unavailable } from '../../render/render.ts';
import type { EnvironmentRender } from '../../render/report.ts';
import { UserError } from '../../errors.ts';
import type { ChartCheck } from '../../checks/types.ts';
import { renderOverlayChecks } from './render-overlays.ts';

/** How the check reads the repository at a commit. */
export interface CheckReader {
  list(commit: string, dir: string): Promise<string[] | undefined>;
  read(commit: string, path: string): Promise<string | undefined>;
}

/** The time limit of one render of a pull request's templates. */
const CHECK_TIMEOUT_MS = 30_000;
/** The memory bound of one render of a pull request's templates: half the default, as its time limit is (a real chart stays far below it). */
export const CHECK_MAX_RSS = 512 * 1024 * 1024;

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const asStr = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The Application's chart (its `chart:` or `path:`), release name and namespace; undefined when the file is none. */
function applicationOf(text: string | undefined): { chart?: string; path?: string; release?: string; namespace?: string } | undefined {
  if (text === undefined) return undefined;
  try {
    for (const doc of parseAllDocuments(text.replace(/^\ufeff/, ''))) {
      const app = asObj(doc.toJS());
      if (!app || (asStr(app.kind) ?? 'Application') !== 'Application') continue;
      const spec = asObj(app.spec) ?? {};
      const sources = [asObj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(asObj) : [])].filter((s): s is Obj => !!s);
      const src = sources.find((s) => s.chart || s.path) ?? {};
      return {
        chart: asStr(src.chart),
        path: asStr(src.path)?.replace(/\/+$/, ''),
        release: asStr(asObj(src.helm)?.releaseName) ?? asStr(asObj(app.metadata)?.name),
        namespace: asStr(asObj(spec.destination)?.namespace),
      };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Every changed chart rendered per environment that deploys it, and every
 * overlay environment whose build inputs changed (render-overlays.ts), base
 * vs head; undefined when render is off or nothing is rendered. Throws only
 * for `render: on` without Helm (or without kustomize, for an overlay).
 */
export async function renderChecks(
  mode: RenderMode,
  config: Config | undefined,
  charts: readonly ChartCheck[],
  commits: { base: string; head: string },
  reader: CheckReader,
  env: NodeJS.ProcessEnv,
  inRepo: (p: string) => string,
): Promise<EnvironmentRender[] | undefined> {
  if (mode === 'off' || !config) return undefined;
  const [charted, overlays] = await Promise.all([
    renderCharts(mode, config, charts, commits, reader, env, inRepo),
    renderOverlayChecks(mode, config, commits, reader, env, inRepo),
  ]);
  const all = [...(charted ?? []), ...overlays];
  return all.length > 0 ? all : undefined;
}

/**
 * Every changed chart (present at the head) rendered per environment that
 * deploys it, base vs head; undefined when no chart changed.
 * Throws only for `render: on` without Helm.
 */
async function renderCharts(
  mode: RenderMode,
  config: Config | undefined,
  charts: readonly ChartCheck[],
  commits: { base: string; head: string },
  reader: CheckReader,
  env: NodeJS.ProcessEnv,
  inRepo: (p: string) => string,
): Promise<EnvironmentRender[] | undefined> {
  const changed = charts.filter((c) => c.head !== null);
  if (mode === 'off' || changed.length === 0 || !config || config.environments.length === 0) return undefined;
  const helm = findHelm(env);
  if (!helm || !helmUsable(helm)) {
    const why = helm ? `Helm ${helm.version} is older than ${MIN_HELM}` : 'no helm on PATH';
    if (mode === 'on')
      throw new UserError(`render: on needs Helm ${MIN_HELM} or later: ${why}`, {
        hint: 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm)',
      });
    return [
      {
        environment: 'every environment',
        status: 'skipped',
        noHelm: true,
        message: `${why}; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off`,
      },
    ];
  }
  const cfg = config.render;
  const renderer = new Renderer(
    helm.path,
    { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions },
    { timeoutMs: CHECK_TIMEOUT_MS, maxRssBytes: CHECK_MAX_RSS },
  );
  const opts = {
    ignore: [...(cfg.ignoreDefaults ? DEFAULT_IGNORE : []), ...cfg.ignore].map((r) => new RegExp(r)),
    summarize: cfg.summarize,
    ignoreDifferences: [],
  };
  const anyApplication = config.environments.some((e) => e.application && !e.kustomization);
  const jobs: Promise<EnvironmentRender>[] = [];
  for (const chart of changed) {
    const dir = chart.path;
    const side = async (commit: string, values: string, app: ReturnType<typeof applicationOf>): Promise<RenderSide | Unavailable> => {
      const files = await readChartFolder({ list: (d) => reader.list(commit, d), read: (p) => reader.read(commit, p) }, dir);
      if ('unavailable' in files) return files;
      const text = await reader.read(commit, values);
      return {
        chart: files,
        release: app?.release ?? chart.name,
        ...(app?.namespace ? { namespace: app.namespace } : {}),
        values: text === undefined ? [] : [text],
      };
    };
    for (const e of config.environments) {
      // An overlay environment is built with kustomize (render-overlays.ts), not with this chart's values.
      if (e.kustomization || e.values === undefined) continue;
      const values = inRepo(e.values);
      const appFile = e.application ? inRepo(e.application.split('#')[0]) : undefined;
      const [appBase, appHead] = await Promise.all([
        appFile ? reader.read(commits.base, appFile) : undefined,
        appFile ? reader.read(commits.head, appFile) : undefined,
      ]);
      const app = applicationOf(appHead) ?? applicationOf(appBase);
      const deploys = app ? app.chart === chart.name || (app.path !== undefined && app.path === dir) : !anyApplication;
      if (!deploys) continue;
      const name = changed.length > 1 ? `${e.name} (${chart.name})` : e.name;
      const what = `chart ${chart.name} ${chart.base ?? '(new)'} → ${chart.head}`;
      jobs.push(
        Promise.all([
          chart.base === null ? Promise.resolve<'nothing'>('nothing') : side(commits.base, values, applicationOf(appBase) ?? app),
          side(commits.head, values, app),
        ]).then(([b, h]) => renderEnvironment(renderer, name, b, h, opts, what)),
      );
    }
  }
  return jobs.length > 0 ? Promise.all(jobs) : undefined;
}

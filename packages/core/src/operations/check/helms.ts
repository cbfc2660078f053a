// The Helm each environment of a check renders with, and its renderers: one per Helm binary, made on first use
// (render.ts renderCharts). A Helm's version is learnt from the first render that prints it where it can be
// (learning), else asked of `helm version` (render/helm.ts).

import { configLine, type Config, type EnvironmentConfig, type RenderMode } from '../../config/config.ts';
import { configIndexOf } from '../../deploy/fleet.ts';
import { UserError } from '../../errors.ts';
import { findHelm, findHelmOf, helmUsable, learnVersionLater, MIN_HELM, type Helm } from '../../render/helm.ts';
import { Renderer } from '../../render/render.ts';
import { findKustomize } from '../../render/find.ts';
import type { EnvironmentRender } from '../../render/report.ts';
import type { GuardedRender } from './render-guards.ts';
import { CHECK_LIMITS } from './render-overlays.ts';

/** Each environment's Helm and its Renderer (one per Helm binary: a side rendered once is not rendered again). */
export type RendererOf = (e: { helmVersion?: 3 | 4 }) => { helm: Helm; renderer: Renderer };

/** A check's renderers, one per Helm binary, made on first use; dispose removes their shared chart folders. */
export interface RendererPool {
  get(helm: string): Renderer;
  dispose(): void;
}

export function rendererPool(cfg: Config['render'], env: NodeJS.ProcessEnv): RendererPool {
  const renderers = new Map<string, Renderer>();
  return {
    get(helm) {
      let renderer = renderers.get(helm);
      if (!renderer)
        renderers.set(
          helm,
          // One chart folder written per chart and commit for all its environments' renders (chart-resolver.ts chartFolderAt
          // reads each folder once), removed when the renders are done (renderCharts).
          // Each run prints its Helm's version (versionProbe): renderCharts learns the likely binary's from the first.
          // A HelmRelease's post-renderers run with the kustomize an overlay's build finds (found once, when first needed).
          (renderer = new Renderer(helm, { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions }, CHECK_LIMITS, true, true, () =>
            findKustomize(env),
          )),
        );
      return renderer;
    },
    dispose: () => renderers.forEach((r) => r.dispose()),
  };
}

/**
 * The Helm each of `envs` renders with (an environment naming its Helm major gets a Helm of that major, refused at
 * its line when there is none), or the skipped row when there is no usable Helm. Throws for `render: on` without one.
 */
export async function helmsFor(
  mode: RenderMode,
  config: Config,
  envs: readonly EnvironmentConfig[],
  env: NodeJS.ProcessEnv,
  pool: RendererPool,
): Promise<RendererOf | GuardedRender[]> {
  const helmOf = new Map<number, Helm>();
  for (const major of new Set(envs.flatMap((e) => (e.helmVersion === undefined ? [] : [e.helmVersion])))) {
    const found = await findHelmOf(major, env);
    if (found && helmUsable(found)) {
      helmOf.set(major, found);
      continue;
    }
    const i = config.environments.findIndex((e) => e.helmVersion === major);
    throw new UserError(`helm-version: ${major}: no Helm ${major} on PATH to render ${config.environments[i].name} with`, {
      file: config.file,
      line: configLine(config, ['environments', configIndexOf(config.environments[i], i), 'helm-version']),
      hint: `add Helm ${major} to PATH (azure/setup-helm with its version, or as helm${major}), or set helm-version to the Helm the runner has`,
    });
  }
  // The first helm on PATH renders the others (and is what a missing Helm is said of); every one naming its own needs none.
  const helm = envs.length > 0 && envs.every((e) => e.helmVersion !== undefined) ? [...helmOf.values()][0] : await findHelm(env);
  if (!helm || !helmUsable(helm)) {
    const why = helm ? `Helm ${helm.version} is older than ${MIN_HELM}` : 'no helm on PATH';
    if (mode === 'on')
      throw new UserError(`render: on needs Helm ${MIN_HELM} or later: ${why}`, {
        hint: 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm)',
      });
    // One row for the environments the pull request reaches, said once; an environment it does not reach is no part of it.
    const render: EnvironmentRender = {
      environment: 'every environment rendered with Helm that the pull request reaches',
      status: 'skipped',
      noHelm: true,
      reached: [...new Set(envs.map((e) => e.name))],
      message: `${why}; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off`,
    };
    return [{ render, protected: false, file: '', builds: 'the charts', sources: [] }];
  }
  return (e) => {
    const h = (e.helmVersion !== undefined ? helmOf.get(e.helmVersion) : undefined) ?? helm;
    return { helm: h, renderer: pool.get(h.path) };
  };
}

/**
 * The version of the Helm at `path` learnt from the first render ahead that prints it (render/helm.ts learnVersionLater),
 * where nothing asked it yet: `tell` gives it (undefined: none will, and `helm version` runs then).
 */
export function learning(path: string): { path: string; tell: (version: string | undefined) => void } | undefined {
  const tell = learnVersionLater(path);
  return tell ? { path, tell } : undefined;
}

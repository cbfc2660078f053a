// The one place that reads which of the config's keys say how an environment is deployed, and picks its kind's
// module. Precedence: a Flux Kustomization builds the environment even when it names a HelmRelease beside it; an
// overlay is built by kustomize even when an Application names it; a HelmRelease is installed by helm-controller;
// an Application renders a values file with its chart; a values file alone renders with the chart folder holding it.

import { chartValues } from './chart-values.ts';
import { argoApplication } from './argocd/kind.ts';
import { kustomizeOverlay } from './kustomize-overlay.ts';
import { fluxHelmRelease } from './flux/helmrelease-kind.ts';
import { fluxKustomization } from './flux/kustomization-kind.ts';
import type { DeployedEnvironment, Deployment, ResourceRef } from './model.ts';
import { findChartRevision, type ChartRevision } from './argocd/application.ts';
import type { ParseCache } from '../text/parse-cache.ts';

/** How `e` is deployed; undefined when the config names no deployer for it (the config's checks refuse that). */
export function deploymentOf(e: DeployedEnvironment): Deployment | undefined {
  if (e.fluxKustomization !== undefined) return fluxKustomization({ ...e, fluxKustomization: e.fluxKustomization });
  if (e.kustomization !== undefined) return kustomizeOverlay({ ...e, kustomization: e.kustomization });
  if (e.helmrelease !== undefined) return fluxHelmRelease({ ...e, helmrelease: e.helmrelease });
  if (e.application !== undefined) return argoApplication({ ...e, application: e.application });
  if (e.values !== undefined) return chartValues({ ...e, values: e.values });
  return undefined;
}

/**
 * The deployer's own resource: the one whose chart version a promotion moves (an Application, the OCIRepository or
 * HelmRelease of a Flux environment), else the Application that builds an overlay. Undefined for a values file
 * rendered with its chart folder, and for an overlay no Application names.
 */
export function deployerResource(e: DeployedEnvironment): ResourceRef | undefined {
  const d = deploymentOf(e);
  return d?.chartPin ?? d?.application;
}

/**
 * The chart version `e`'s deployer resolves, read from `text` (the file of its deployerResource) and the commit
 * `read` reads (a HelmRelease's base, its GitRepository chart): its chart pin's reading, else the targetRevision
 * of the Application that builds its overlay. Errors name file:line.
 */
export async function chartRevisionAt(
  e: DeployedEnvironment,
  text: string,
  read: (path: string) => Promise<string | undefined>,
  charts: readonly string[],
  cache?: ParseCache,
): Promise<ChartRevision | undefined> {
  const d = deploymentOf(e);
  if (d?.chartPin) return d.chartPin.revision(text, read, charts, cache);
  return d?.application ? findChartRevision(text, d.application.file, d.application.name, charts, cache) : undefined;
}

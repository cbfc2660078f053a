// What every deployer kind answers for an environment (one module a kind: chart-values.ts, argocd/kind.ts,
// kustomize-overlay.ts, flux/helmrelease-kind.ts, flux/kustomization-kind.ts; kind.ts picks one). Code outside
// this folder asks the environment's Deployment, never which of the config's keys it gives.

import type { Helm, HelmMajor } from '../render/helm.ts';
import type { TemplateOutcome } from '../render/bounded.ts';
import type { Kustomize } from '../render/find.ts';
import type { KustomizeRenderer } from '../render/kustomize.ts';
import { splitObjects, type RenderedObject } from '../render/objects.ts';
import type { ChartReader, Renderer, readChartFolder } from '../render/render.ts';
import type { ChartPuller } from './chart-pull.ts';
import { findChartRevision, splitApplicationRef, type ChartRevision } from './argocd/application.ts';
import type { ParseCache } from '../text/parse-cache.ts';

/** The kinds of deployer an environment may have. */
export type DeployerKind = 'chart-values' | 'application' | 'overlay' | 'helmrelease' | 'flux-kustomization';

/** The config keys that say how an environment is deployed (config/config.ts's EnvironmentConfig gives them; promote's environment too). */
export interface DeployedEnvironment {
  name: string;
  values?: string;
  kustomization?: string;
  application?: string;
  helmrelease?: string;
  ocirepository?: string;
  fluxKustomization?: string;
  helmVersion?: HelmMajor;
}

/** A resource the config names, `<file>[#<name>]`. */
export interface ResourceRef {
  /** As the config writes it. */
  ref: string;
  file: string;
  name?: string;
}

/** The resource holding an environment's chart version, and how its deployer resolves that version. */
export interface ChartPin extends ResourceRef {
  by: 'Application' | 'HelmRelease' | 'OCIRepository';
  /**
   * The chart version as the deployer resolves it, from `text` (this resource's file) and the commit `read` reads:
   * an Application's targetRevision, an OCIRepository's ref, a HelmRelease's version (or its base's, or its
   * GitRepository chart's Chart.yaml; then `fixed` says why a promotion does not write it). Errors name file:line.
   */
  revision(
    text: string,
    read: (path: string) => Promise<string | undefined>,
    charts: readonly string[],
    cache?: ParseCache,
  ): Promise<ChartRevision>;
}

/**
 * The chart pin of `ref` (the config's `file#name`), held by a resource of kind `by`, its version read by
 * `revision` (a kind's own reading: deploy/flux/release-chart.ts's for a HelmRelease), else from the file alone
 * (an Application's targetRevision, an OCIRepository's ref: findChartRevision).
 */
export function chartPin(ref: string, by: ChartPin['by'], revision?: (r: ResourceRef) => ChartPin['revision']): ChartPin {
  const r = resourceRef(ref);
  return {
    ...r,
    by,
    revision:
      revision?.(r) ??
      ((text, _read, charts, cache) => Promise.resolve().then(() => findChartRevision(text, r.file, r.name, charts, cache))),
  };
}

/** What an environment's render gave: its objects, or why there are none. */
export type EnvironmentOutcome = { ok: true; objects: Map<string, RenderedObject>; renderer: string } | { ok: false; message: string };

/** The renderers of a run, each made when first needed (an overlay-only config never looks for Helm). */
export interface Renderers {
  /** The Helm of `major` (an environment's helm-version), else the first `helm` on PATH; undefined when there is none. */
  helm(major?: HelmMajor): Promise<{ renderer: Renderer; helm: Helm } | undefined>;
  kustomize(): { renderer: KustomizeRenderer; tool: Kustomize } | undefined;
  /** Charts from registries (a HelmRelease's OCI or https chart), through one registry client per run. */
  pull: ChartPuller;
}

/**
 * Reads the repository at one commit: a folder's files (repository paths), a file's text; `chart`, when given, a
 * chart folder as readChartFolder reads it, the same map for the same folder (one chart folder written for all
 * its renders: Renderer's shareCharts).
 */
export type CommitReader = ChartReader & { chart?: (dir: string) => ReturnType<typeof readChartFolder> };

/** How an environment is deployed, as its kind's module reads the config. */
export interface Deployment {
  kind: DeployerKind;
  /** The tool that renders it: Helm (a chart with values), or kustomize (an overlay, a Flux Kustomization's path). */
  renderer: 'helm' | 'kustomize';
  /** The config key naming the pins' file when `values:` does not: `values`, `kustomization`, `helmrelease` or `flux-kustomization`. */
  pinKey: 'values' | 'kustomization' | 'helmrelease' | 'flux-kustomization';
  /** The files of the repository the config names for the deployer (`#name` left out), the pins' file first. */
  files: string[];
  /** The Argo CD Application that deploys the environment (chart values or an overlay). */
  application?: ResourceRef;
  /** The resource whose chart version the deployer pulls and a promotion moves: the Application, the OCIRepository or the HelmRelease. */
  chartPin?: ChartPin;
  /** The Kustomize overlay the config names (a folder or its kustomization file), for an overlay environment. */
  overlay?: string;
  /** The path kustomize builds: the overlay, or the Flux Kustomization's file. */
  build?: string;
  /** The Flux HelmRelease (and its chartRef's OCIRepository) that installs the chart. */
  release?: { helmrelease: string; ocirepository?: string };
  /** The environment rendered as its deployer renders it, at the commit `reader` reads; `inRepo` turns a config path into a repository path. */
  render(reader: CommitReader, renderers: Renderers, inRepo: (p: string) => string, charts: readonly string[]): Promise<EnvironmentOutcome>;
}

/** `file#name` split as `application:` is (argocd/application.ts splitApplicationRef), with the ref as written. */
export function resourceRef(ref: string): ResourceRef {
  const { file, name } = splitApplicationRef(ref);
  return { ref, file, ...(name !== undefined ? { name } : {}) };
}

/** The files of `refs` that are given, once each, in order. */
export function filesOf(...refs: (string | undefined)[]): string[] {
  return [...new Set(refs.flatMap((r) => (r === undefined ? [] : [resourceRef(r).file])))];
}

/** Why there is no Helm for an environment. */
export const noHelm = (e: DeployedEnvironment) =>
  e.helmVersion !== undefined
    ? `helm-version: ${e.helmVersion}: no Helm ${e.helmVersion} on PATH to render its chart (as helm, helm3 or helm4)`
    : 'no Helm 3.8 or later on PATH to render its chart';

/**
 * The tool's output split into objects here, not through the renderer's render(): its cache would keep every
 * environment's objects to the end of the run (300 × 300 parsed objects); these go once written out.
 */
export async function parsed(
  output: Promise<TemplateOutcome>,
  namespace: string | undefined,
  renderer: string,
): Promise<EnvironmentOutcome> {
  const o = await output;
  if (!o.ok) return { ok: false, message: o.message };
  try {
    return { ok: true, objects: splitObjects(o.stdout, namespace ?? ''), renderer };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

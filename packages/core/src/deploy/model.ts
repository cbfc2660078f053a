// What every deployer kind answers for an environment (one module a kind: chart-values.ts, argocd/kind.ts,
// kustomize-overlay.ts, flux/helmrelease-kind.ts, flux/kustomization-kind.ts; kind.ts picks one). Code outside
// this folder asks the environment's Deployment, never which of the config's keys it gives.

import type { Helm, HelmMajor } from '../render/helm.ts';
import type { Kustomize } from '../render/find.ts';
import type { KustomizeRenderer, KustomizeSide } from '../render/kustomize.ts';
import type { RenderedObject } from '../render/objects.ts';
import type { ChartInput, ChartReader, Renderer, RenderSide, Unavailable, readChartFolder } from '../render/render.ts';
import type { IgnoreRule } from '../render/ignore-paths.ts';
import type { ChartPuller } from './chart-pull.ts';
import type { ChartSource } from './chart-reference.ts';
import { findChartRevision, splitApplicationRef, type ChartRevision } from './argocd/application.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { join } from '../values/chart-files.ts';
import type { ValuesSource } from '../values/values-origin.ts';
import type { ValuesHome } from './flux/flux-values.ts';

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

/**
 * A chart an operation found for a side: its files or archive, its name, where it was found (said in the label), its
 * folder when it is one of this repository; `version`, the version its Chart.yaml says where the deployer asked for
 * a range or a digest (chart-pull.ts pullPinnedChart), said in the label before the range.
 */
export interface FoundChart {
  input: ChartInput;
  name: string;
  where: string;
  dir?: string;
  version?: string;
}

/** A found chart's own files as the texts a side read (repository paths), where an image is traced; none for an archive. */
export function chartFileSources(chart: FoundChart): { path: string; text: string }[] {
  const { input, dir } = chart;
  return 'files' in input && dir !== undefined ? [...input.files].map(([p, text]) => ({ path: join(dir, p), text })) : [];
}

/**
 * How a kind names the chart it asks for, for the messages of an operation that words them as the kind does
 * (hydrate's): `pulled` the chart with its version and where its deployer pulls it, `folder` what a message about
 * its chart folder starts with.
 */
export interface ChartWords {
  pulled: string;
  folder: string;
}

/**
 * Where an operation finds the chart a deployer names: `source` (the Application's source, the HelmRelease's chart)
 * at `version` ('' for a chart folder whose Chart.yaml says it), `path` its folder of this repository when the source
 * names one. The place is the operation's choice (promote: the folder at its release tag, else at the base, else a
 * registry; hydrate: the folder at the DRY commit, else pulled); what the deployer reads is the kind's.
 */
export type ChartResolver = (
  source: ChartSource,
  version: string,
  path: string | undefined,
  words: ChartWords,
) => Promise<FoundChart | Unavailable>;

/**
 * What a kind reads an environment's Helm side with: the commit's files, the operation's charts. The side is the
 * same answer in every command; what a command refuses of it (its gaps) is the command's own judgement.
 */
export interface SideInput {
  /** The commit's files (a plan's edited files over it), with its folders listed; `chart`, when given, a chart folder read once. */
  reader: CommitReader;
  chart: ChartResolver;
  /** A config path as a repository path (the config's working directory). */
  inRepo: (p: string) => string;
  /** The config's `charts:` as repository paths (a kind's render maps them with `inRepo`); the check names the chart it renders. */
  charts: readonly string[];
  /** An object living as long as the run: what a side parses is kept per it (a run's sides read one Application once). */
  memo?: object;
  /**
   * The chart folder a values file without an Application renders with, where the operation has decided it (the
   * check: the changed chart it renders the environment with, named as the pull request's Chart.yaml names it, read
   * through `reader.chart`); else the folder holding the file (chart-values.ts valuesChartFolder). Where the
   * operation finds a chart is its own, as `chart` is: this is that choice for a kind that names no chart.
   */
  valuesChart?: { dir: string; name: string };
}

/**
 * What the deployer reads that a side could not read as it is, the same facts in every command: the side goes on
 * without it (as `helm template` would), and each command judges it (hydrate: operations/hydrate/judge.ts
 * hydrateRefuses, through `render`; promote: promote/chart-input.ts promoteJudged; the check:
 * operations/check/chart-resolver.ts checkJudged).
 */
export interface SideGaps {
  /** A HelmRelease's valuesFrom entries lockstep cannot read (a Secret), left out of its values, named in its label. */
  unreadValuesFrom?: { release: string; entries: string[] };
  /** The environment's values file (a repository path) is not in the commit: the chart renders without it. */
  missingValues?: string;
  /** The chart folder `dir` holding the values file `values` has a Chart.yaml that names no chart: the release is named after the folder. */
  unnamedChart?: { dir: string; values: string };
}

/** A side that cannot be had, and the gaps found before it stopped (a values file missing where no chart folder holds it). */
export type SideUnavailable = Unavailable & { gaps?: SideGaps };

/** An environment's Helm side at a commit: Helm's input, the texts it read, what it renders, and the fields its deployer leaves out of a diff. */
export interface HelmSide {
  side: RenderSide;
  /** The texts the side read (values files by path, then a chart folder's files): where an image is traced. */
  sources: { path: string; text: string }[];
  /** The chart, its version and where it was found (and of a HelmRelease its release and namespaces). */
  label: string;
  ignoreDifferences: IgnoreRule[];
  /** The values files of this repository the side reads, in Helm's order, not the chart folder's own values.yaml (the values contract's files). */
  valueFiles?: { path: string; text: string }[];
  /** An Application's inline values (values, valuesObject), where its file writes them (the values contract's last source). */
  inline?: ValuesSource[];
  /** What the deployer reads that the side could not, when there is any. */
  gaps?: SideGaps;
}

/** An overlay side and the file a refusal points at (the kustomization, the Application or the Flux Kustomization). */
export type OverlaySide = KustomizeSide & { file: string };

/**
 * What a kind built with kustomize builds: its overlay side, or why there is none, naming the file a refusal
 * points at once the build's target is found.
 */
export type OverlayBuild = OverlaySide | (Unavailable & { file?: string });

/** What a kind reads an environment's kustomize build with: the commit's files (a plan's edited files over it), config paths as repository paths. */
export interface OverlayInput {
  reader: ChartReader;
  /** A config path as a repository path (the config's working directory). */
  inRepo: (p: string) => string;
}

/**
 * The chart a kind's deployer pulls (its source) and the values the environment sets from this repository, in
 * Helm's order (the values contract's sources, which values-drift compares too): an Application's valueFiles of this
 * repository and its inline values; a HelmRelease's valuesFrom and spec.values.
 */
export interface SetValues {
  source: ChartSource;
  sources: ValuesSource[];
}

/**
 * What a kind reads the repository paths its deployer reads with: the commit's files, config paths as repository
 * paths, the config's `charts:` as repository paths (an Application's chart source is chosen among them).
 */
export interface InputsInput {
  reader: ChartReader;
  inRepo: (p: string) => string;
  charts: readonly string[];
}

/** How an environment is deployed, as its kind's module reads the config. */
export interface Deployment {
  kind: DeployerKind;
  /** The tool that renders it: Helm (a chart with values), or kustomize (an overlay, a Flux Kustomization's path). */
  renderer: 'helm' | 'kustomize';
  /**
   * The config key naming the pins' file when `values:` does not: `values`, `kustomization`, `helmrelease` or
   * `flux-kustomization`. `values` marks a values environment: a values file Helm renders with a chart (the chart
   * folder holding it, or its Application's chart), the kinds whose pins only `values:` names.
   */
  pinKey: 'values' | 'kustomization' | 'helmrelease' | 'flux-kustomization';
  /**
   * Whether its deployer may pull a chart from a registry or https repository (an Application's chart source, a
   * HelmRelease's chart, beside a Flux Kustomization too): a run rendering it may need a chart puller.
   */
  mayPullChart: boolean;
  /** The files of the repository the config names for the deployer (`#name` left out), the pins' file first. */
  files: string[];
  /**
   * The path whose history says when the environment's pins changed: the overlay (or the Flux Kustomization) it
   * builds; the folder of a HelmRelease's file that holds its pins, where a valuesFrom ConfigMap's file beside it may
   * hold them (flux-values.ts keeps that file under this folder); else the values file.
   */
  pinPath: string;
  /**
   * Every path whose history says when the pins changed, as the commit `read` reads them: pinPath, and for a Flux
   * Kustomization the overlay its spec.path builds and its substituteFrom ConfigMaps' files (flux/flux-path.ts).
   */
  pinPaths(read: (path: string) => Promise<string | undefined>, cache?: ParseCache): Promise<string[]>;
  /** The Argo CD Application that deploys the environment (chart values or an overlay). */
  application?: ResourceRef;
  /** The resource whose chart version the deployer pulls and a promotion moves: the Application, the OCIRepository or the HelmRelease. */
  chartPin?: ChartPin;
  /**
   * Whether an OCIRepository pins the version of the manifests kustomize builds (a Flux Kustomization's
   * `ocirepository:`): its spec.path is in that artifact, not this repository, and a promotion moves that version.
   */
  buildPinnedByOci: boolean;
  /** The Kustomize overlay the config names (a folder or its kustomization file), for an overlay environment. */
  overlay?: string;
  /** The Flux HelmRelease (and its chartRef's OCIRepository) that installs the chart. */
  release?: { helmrelease: string; ocirepository?: string };
  /**
   * The environment's Helm side as its deployer reads it at the commit `input` reads (what promote renders and
   * hydrate renders through `render`); a kind built with kustomize answers unavailable.
   */
  side(input: SideInput): Promise<HelmSide | SideUnavailable>;
  /**
   * The environment's kustomize build as its deployer builds it at the commit `input` reads (an overlay with its
   * Application's kustomize: images and namespace; a Flux Kustomization's spec.path as kustomize-controller builds
   * it: flux/flux-build.ts), the one build the check, promote and hydrate (through `render`) read; a kind rendered
   * with Helm answers unavailable.
   */
  overlaySide(input: OverlayInput): Promise<OverlayBuild>;
  /**
   * The chart the deployer pulls and the values the environment sets, as the commit `read` reads them (a plan's
   * edits on top); undefined for a kind that pins no chart version (a values file rendered with its chart folder, an
   * overlay, a Flux Kustomization) and where the file pinning it is not in the commit. `charts`: the config's chart
   * folders (repository paths). Errors name file:line.
   */
  setValues(
    read: (path: string) => Promise<string | undefined>,
    charts: readonly string[],
    cache?: ParseCache,
  ): Promise<SetValues | undefined>;
  /**
   * Where a refusal about the deployer's own resource points when nothing closer is known, at the commit `read`
   * reads: a HelmRelease's document (its file and line); undefined for a kind whose refusals point at the pins' file.
   */
  resourceWhere(read: (path: string) => Promise<string | undefined>): Promise<{ file: string; line: number } | undefined>;
  /**
   * Where the pins under `keys` (values keys) live in the pins' file `text` when it is the deployer's own resource's
   * file: a HelmRelease's spec.values or the valuesFrom ConfigMap holding them (flux/flux-values.ts; `document`, its
   * document where already known); undefined where the pins' file is a values file of its own.
   */
  valuesHome(
    text: string,
    document: number | undefined,
    keys: readonly string[],
    read: (path: string) => Promise<string | undefined>,
    cache: ParseCache,
  ): Promise<ValuesHome | undefined>;
  /**
   * What the deployer rewrites images with after the pins' file, at the commit `read` reads (a HelmRelease's
   * spec.postRenderers with images or patches: helm-controller applies them to Helm's output); undefined where the
   * pins' file is applied as it says. Where it names one, a file's pin is not what runs: status reads the render.
   */
  rewritesImages(read: (path: string) => Promise<string | undefined>, cache: ParseCache): Promise<string | undefined>;
  /**
   * The deployer's own resource whose image rewrites after the pins' file are pins too, at the commit `read` reads:
   * a HelmRelease's document, whose spec.postRenderers images entries that set a tag or digest decide what runs
   * (flux/post-render-pins.ts); undefined for the other kinds, and where the resource cannot be read.
   */
  rewritePlace(read: (path: string) => Promise<string | undefined>, cache: ParseCache): Promise<ImageRewrites | undefined>;
  /**
   * The repository paths the deployer reads for the environment at the commit `input` reads, files and folders (a
   * folder stands for every file under it), the config's files (`files`) among them: a commit changing one changes
   * what the environment runs, so `lockstep metrics` counts it a landing there (operations/metrics/landing-files.ts).
   * Never a chart's own folder: a chart lands through a release. What cannot be read at the commit leaves `files`.
   */
  inputs(input: InputsInput): Promise<string[]>;
  /**
   * The environment rendered as its deployer renders it, at the commit `reader` reads; `inRepo` turns a config path
   * into a repository path; `judge`, what the command rendering it refuses of the side's gaps.
   */
  render(
    reader: CommitReader,
    renderers: Renderers,
    inRepo: (p: string) => string,
    charts: readonly string[],
    judge: GapJudge,
  ): Promise<EnvironmentOutcome>;
}

/** Where the deployer's own resource that rewrites images is (a HelmRelease's document): its file, that file's text as read, its document. */
export interface ImageRewrites {
  file: string;
  text: string;
  document?: number;
  /**
   * Where the release's own document sets no spec.postRenderers: the document of a base it patches whose list it runs
   * (the last one merged that sets it), which a promotion copies into the release's own document to write there.
   */
  inherited?: { file: string; text: string; document?: number };
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

/**
 * What a command refuses of a side's gaps, in its words (hydrate's: operations/hydrate/judge.ts); undefined when
 * it renders the side without them.
 */
export type GapJudge = (gaps: SideGaps | undefined) => string | undefined;

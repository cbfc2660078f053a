// One environment rendered before and after a change, and compared. Each side
// is a chart (its files, or an OCI chart's .tgz), values texts in order,
// `--set` parameters, a release name and a namespace; renders are cached by
// (chart digest, values digests, arguments), so a side rendered for one
// environment is not rendered again for another with the same inputs. The
// before and after sides render at once; where their outputs differ, the after
// side is rendered a second time, started before either output is parsed:
// what differs between the two is non-deterministic (compare.ts). Where
// nothing differs, or where the side cannot render two texts (a chart that
// names no function of randomness, the clock or the network: deterministic.ts),
// that second render is not run. The two sides are compared
// while it runs; only where it prints another text than the first are they
// compared again, with it.

import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { outsideMemorySaver } from '../async/young-generation.ts';
import { compareRenders, printObjects, type CompareOptions } from './compare.ts';
import { helmTemplate, takeVersionProbe, versionProbe } from './helm.ts';
import type { HelmLimits, TemplateOutcome } from './bounded.ts';
import { CachedRenderer, filesDigest, type RenderOutcome } from './cached.ts';
import { fixedRender } from './deterministic.ts';
import type { RenderedObject } from './objects.ts';
import { withoutTestHooks } from './hooks.ts';
import { SharedFolder, writeChartInput } from './shared-folder.ts';
import { packagedSubchart } from './packaged-subchart.ts';
import { postRendered, type PostRender } from './post-render.ts';
import type { Kustomize } from './find.ts';
import type { EnvironmentRender } from './report.ts';

/** A chart to render: its files by path in the chart (subcharts under charts/), or a packaged chart. */
export type ChartInput = { files: ReadonlyMap<string, string> } | { tgz: Uint8Array };

/** One side of a comparison. */
export interface RenderSide {
  chart: ChartInput;
  release: string;
  namespace?: string;
  /** Values texts in the order Helm reads them (later ones win). */
  values: readonly string[];
  set?: readonly { name: string; value: string; string?: boolean }[];
  /** What the deployer does to Helm's output before it applies it (a Flux HelmRelease's post-renderers: post-render.ts). */
  post?: PostRender;
}

/** A side that cannot be rendered, and why ("not rendered: …"). */
export interface Unavailable {
  unavailable: string;
  /** Set when the side names what lockstep refuses to let a renderer load (a URL, a path outside the repository): where it is written. */
  refused?: { file: string; line: number; hint?: string };
}

/** The cluster the charts are rendered for: --kube-version and --api-versions. */
export interface ClusterSettings {
  kubeVersion?: string;
  apiVersions?: readonly string[];
}

/** Runs renders through one Helm binary, each input once. */
export class Renderer extends CachedRenderer<RenderSide> {
  readonly helm: string;
  readonly cluster: ClusterSettings;
  readonly limits: HelmLimits;

  /**
   * With `shareCharts`, a chart folder is written once for all the renders given the same files map (hydrate's
   * 300 environments of one chart: 300 × its files written otherwise), and each values text once; a render then
   * makes no temp folder of its own (shared-folder.ts). Kept until dispose().
   */
  private readonly shared?: SharedFolder;
  private readonly fixedSides = new Map<string, Promise<boolean>>();
  /** With `probeVersion`, the nonce of the template each run of a chart folder adds to learn Helm's version (versionProbe). */
  private readonly nonce?: string;
  /** The kustomize a side's post-renderers run with, found when first needed. */
  private readonly kustomize: () => Kustomize | undefined;

  /**
   * With `probeVersion`, each render of a chart folder also prints the version of the Helm that runs it
   * (TemplateOutcome's helmVersion; its line is taken out of the output): promote learns it so, not by `helm version`.
   * `kustomize` finds the kustomize that applies a side's post-renderers (none found: such a side fails, saying so).
   */
  constructor(
    helm: string,
    cluster: ClusterSettings = {},
    limits: HelmLimits = {},
    shareCharts = false,
    probeVersion = false,
    kustomize: () => Kustomize | undefined = () => undefined,
  ) {
    super();
    let found: { tool: Kustomize | undefined } | undefined;
    this.kustomize = () => (found ??= { tool: kustomize() }).tool;
    this.helm = helm;
    this.cluster = cluster;
    this.limits = limits;
    if (shareCharts) this.shared = new SharedFolder();
    if (probeVersion) this.nonce = randomBytes(8).toString('hex');
  }

  /** Removes the shared folder. */
  dispose(): void {
    this.shared?.dispose();
  }

  /** Whether two renders of the side must print the same text (deterministic.ts), read once per side. */
  fixed(side: RenderSide): Promise<boolean> {
    const key = this.key(side);
    let fixed = this.fixedSides.get(key);
    if (!fixed) this.fixedSides.set(key, (fixed = fixedRender(side).catch(() => false)));
    return fixed;
  }

  protected key(side: RenderSide): string {
    return sideDigest(side, this.cluster);
  }

  /** Helm's output without its test hooks (hooks.ts): no deployer applies them on a sync; they are counted apart. */
  protected override objectsOf(stdout: string, namespace: string | undefined): RenderOutcome {
    const read = super.objectsOf(stdout, namespace);
    if (!read.ok) return read;
    const { objects, testHooks } = withoutTestHooks(read.objects);
    return { ok: true, objects, ...(testHooks.length > 0 ? { testHooks } : {}) };
  }

  protected async run(side: RenderSide, folder: () => string, background: boolean): Promise<TemplateOutcome> {
    let chart: string;
    /** The nonce of the version probe written into the chart folder, when one was. */
    let probed: string | undefined;
    if ('tgz' in side.chart) {
      chart = this.shared ? this.shared.file(side.chart.tgz, 'chart.tgz') : join(folder(), 'chart.tgz');
      if (!this.shared) writeFileSync(chart, side.chart.tgz);
    } else if (this.shared) {
      const shared = await this.shared.chart(side.chart.files, this.nonce ? versionProbe(this.nonce) : undefined);
      chart = shared.path;
      if (shared.added) probed = this.nonce;
    } else {
      // One archive Helm loads as the folder (charts/folder-archive.ts), the version probe's template in it.
      const own = await writeChartInput(join(folder(), 'chart'), side.chart.files, this.nonce ? versionProbe(this.nonce) : undefined);
      chart = own.path;
      if (own.added) probed = this.nonce;
    }
    const valuesFiles = side.values.map((text, i) => {
      if (this.shared) return this.shared.file(text, `values-${i}.yaml`);
      const f = join(folder(), `values-${i}.yaml`);
      writeFileSync(f, text);
      return f;
    });
    const outcome = await helmTemplate(
      this.helm,
      {
        chart,
        release: side.release,
        namespace: side.namespace,
        valuesFiles,
        set: side.set,
        kubeVersion: this.cluster.kubeVersion,
        apiVersions: this.cluster.apiVersions,
      },
      this.limits,
      background,
    );
    if (!outcome.ok) return outcome;
    let done: TemplateOutcome & { ok: true } = outcome;
    if (probed) {
      const { stdout, version } = takeVersionProbe(outcome.stdout, probed);
      done = { ok: true, stdout, ...(version ? { helmVersion: version } : {}) };
    }
    if (!side.post) return done;
    const post = await postRendered(done.stdout, side.post, this.kustomize(), join(folder(), 'post'), this.limits, background);
    return post.ok ? { ...done, stdout: post.stdout } : post;
  }
}

/** The cache key of a side: its chart's digest, each values text's digest, and the arguments. */
export function sideDigest(side: RenderSide, cluster: ClusterSettings): string {
  const chart =
    'tgz' in side.chart ? createHash('sha256').update('tgz\0').update(side.chart.tgz).digest('hex') : filesDigest(side.chart.files);
  const values = side.values.map((v) => createHash('sha256').update(v).digest('hex'));
  return JSON.stringify([
    chart,
    values,
    side.release,
    side.namespace ?? '',
    side.set ?? [],
    cluster.kubeVersion ?? '',
    cluster.apiVersions ?? [],
    side.post ?? null,
  ]);
}

/**
 * What renderEnvironment asks of a renderer: a side's output, and its objects (each once; `again` a second render);
 * `fixed`, whether two renders of a side print the same text (no second render then): false where the renderer
 * cannot tell.
 */
export interface SideRenderer<S> {
  output(side: S, again?: boolean): Promise<TemplateOutcome>;
  render(side: S, again?: boolean): Promise<RenderOutcome>;
  fixed(side: S): Promise<boolean>;
}

/**
 * An environment's comparison: `before` and `after` rendered (after twice
 * when they differ), compared with `opts` (a Helm Renderer's sides, or a
 * KustomizeRenderer's). A side that cannot be had is said (skipped); an after
 * side that fails to render is the failure, with Helm's (or kustomize's)
 * message; a before side that fails leaves every object as added, and is
 * said; `nothing` before (a new chart) is every object added.
 */
export function renderEnvironment<S extends object = RenderSide>(
  renderer: SideRenderer<S>,
  environment: string,
  before: S | Unavailable | 'nothing',
  after: S | Unavailable,
  opts: CompareOptions,
  what?: string,
): Promise<EnvironmentRender> {
  // Both outputs parsed and compared build objects kept to the end: V8's memory-saver mode (a promotion's, for its
  // plans' garbage) would collect them again and again while they are built.
  return outsideMemorySaver(async () => {
    const base = { environment, ...(what ? { what } : {}) };
    if ('unavailable' in after)
      return { ...base, status: 'skipped', message: after.unavailable, ...(after.refused ? { refused: after.refused } : {}) };
    const renders = typeof before === 'object' && !('unavailable' in before);
    // Read while the renders run: whether the after side can print another text when rendered again.
    const fixed = renderer.fixed(after);
    const texts = Promise.all([
      renders ? renderer.output(before).then((o) => (o.ok ? o.stdout : undefined)) : undefined,
      renderer.output(after).then((o) => (o.ok ? o.stdout : undefined)),
    ]);
    texts.catch(() => undefined); // awaited below; a failure meanwhile is not an unhandled rejection
    // Where no second render can follow, the before side is parsed as soon as its text is there, and its objects
    // printed for the comparison: a side rendered ahead (promote renders the environment as it runs while it plans)
    // is read while the after side's Helm runs.
    const ahead =
      renders && (await fixed)
        ? renderer.render(before).then(
            (o) => (o.ok ? printObjects(o.objects, opts) : undefined),
            () => undefined,
          )
        : undefined;
    const [wasText, nowText] = await texts;
    // The second render (what differs between two renders of one input is non-deterministic) only where a
    // difference was found, and not for a side that cannot print another text; two texts that differ start it at
    // once, so it runs while both are parsed.
    const second = nowText !== undefined && wasText !== nowText && !(await fixed) ? renderer.output(after, true) : undefined;
    const [was, now] = await Promise.all([
      before === 'nothing'
        ? Promise.resolve<RenderOutcome>({ ok: true, objects: new Map<string, RenderedObject>() })
        : 'unavailable' in before
          ? Promise.resolve<RenderOutcome>({ ok: false, reason: 'unavailable', message: before.unavailable })
          : renderer.render(before),
      renderer.render(after),
    ]);
    if (!now.ok) return { ...base, status: 'failed', message: now.message };
    const beforeObjects = was.ok ? was.objects : new Map<string, RenderedObject>();
    // Compared without the second render while it runs: where it prints the same text (or the two sides hold the same
    // objects), that comparison is the answer; else the two are compared again with it.
    const printed = await ahead;
    const diff = compareRenders(beforeObjects, now.objects, undefined, opts, printed);
    const againText = second && (await second);
    // An again render that printed the same text finds nothing non-deterministic: it needs no parse.
    const again =
      !againText?.ok || againText.stdout === nowText || (was.ok && sameObjects(was.objects, now.objects))
        ? undefined
        : await renderer.render(after, true);
    const beforeFailed = was.ok ? undefined : was.message;
    return {
      ...base,
      status: 'rendered',
      diff: again?.ok ? compareRenders(beforeObjects, now.objects, again.objects, opts, printed) : diff,
      after: now.objects,
      ...(now.testHooks ? { testHooks: now.testHooks } : {}),
      ...(beforeFailed ? { beforeFailed } : {}),
    };
  });
}

/**
 * A side's objects as `renderer` gives them (its one render, parsed once), for what reads a side beside the
 * comparison (the schemas of its kinds, loaded ahead); undefined for no side (`nothing`, unavailable).
 */
export function sideRender<S extends object>(
  renderer: SideRenderer<S>,
  side: S | Unavailable | 'nothing',
): Promise<RenderOutcome> | undefined {
  return typeof side === 'object' && !('unavailable' in side) ? renderer.render(side) : undefined;
}

/** Whether two renders hold the same objects with the same bodies. */
function sameObjects(a: ReadonlyMap<string, RenderedObject>, b: ReadonlyMap<string, RenderedObject>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, o] of a) {
    const other = b.get(key);
    if (!other || !isDeepStrictEqual(o.body, other.body)) return false;
  }
  return true;
}

/** Reads a chart folder's files: every path under the folder (relative to the repository) and each file's text. */
export interface ChartReader {
  list(dir: string): Promise<string[] | undefined>;
  read(path: string): Promise<string | undefined>;
}

/**
 * A chart folder's files, with its dependencies as `helm dependency build`
 * would place them: a subchart already under charts/ as a folder is kept, a
 * `file://` one is read from its folder (recursively) into charts/<name>/.
 * Any other cannot be rendered here (lockstep renders without network, and a
 * packaged subchart kept in git is not read): the side is unavailable, and
 * `refused` names the Chart.yaml line of the dependency, so a guard that
 * cannot judge the environment fails closed there (render-guards.ts, promote).
 */
export async function readChartFolder(reader: ChartReader, dir: string, depth = 0): Promise<{ files: Map<string, string> } | Unavailable> {
  const paths = await reader.list(dir);
  if (!paths || paths.length === 0) return { unavailable: `no chart files at ${dir}` };
  const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
  const files = new Map<string, string>();
  const texts = await Promise.all(paths.map((p) => reader.read(p)));
  paths.forEach((p, i) => {
    if (texts[i] !== undefined && p.startsWith(prefix)) files.set(p.slice(prefix.length), texts[i]);
  });
  const chartYaml = files.get('Chart.yaml');
  if (chartYaml === undefined) return { unavailable: `no Chart.yaml in ${dir}` };
  const deps = dependenciesOf(chartYaml);
  if (!deps) return { unavailable: `${prefix}Chart.yaml is no YAML` };
  const at = (line: number, hint: string): Unavailable['refused'] => ({ file: `${prefix}Chart.yaml`, line, hint });
  for (const d of deps) {
    const { name, repository: repo, line } = d;
    if ([...files.keys()].some((p) => p.startsWith(`charts/${name}/`))) continue;
    if ([...files.keys()].some((p) => p.startsWith(`charts/${name}-`) && p.endsWith('.tgz') && !p.slice(7).includes('/')))
      return {
        unavailable: `${name} unavailable (a packaged subchart kept in git is not read)`,
        refused: at(
          line,
          `unpack charts/${name}-*.tgz into the folder charts/${name}/, so the subchart the cluster receives is the one reviewed`,
        ),
      };
    if (!repo.startsWith('file://') || depth > 5)
      return {
        unavailable: `${name} unavailable (${repo || 'no repository'}: lockstep renders without network)`,
        refused: at(
          line,
          `vendor ${name}: helm dependency build, then commit charts/${name}/ unpacked (or name a file:// folder of this repository), so what the cluster receives is what is reviewed`,
        ),
      };
    const sub = posix.normalize(posix.join(dir, repo.slice('file://'.length)));
    if (sub.startsWith('..'))
      return {
        unavailable: `${name} unavailable (${repo} is outside the repository)`,
        refused: at(line, 'name a folder inside the repository'),
      };
    const read = await readChartFolder(reader, sub, depth + 1);
    if ('unavailable' in read)
      return {
        ...read,
        unavailable: `${name} unavailable (${read.unavailable})`,
        refused: read.refused ?? at(line, 'fix the subchart folder it names'),
      };
    for (const [p, t] of read.files) files.set(`charts/${name}/${p}`, t);
  }
  const packaged = packagedSubchart(files);
  if (packaged)
    return {
      unavailable: `${packaged.slice(packaged.lastIndexOf('/') + 1)} unavailable (a packaged subchart kept in git is not read)`,
      refused: {
        file: `${prefix}${packaged}`,
        line: 1,
        hint: 'unpack it into a folder under charts/, so the subchart the cluster receives is the one reviewed (Helm loads every charts/*.tgz, named by dependencies: or not)',
      },
    };
  return { files };
}

/** A Chart.yaml's dependencies with a name, each with its repository and 1-based line; undefined when the file is no YAML. */
function dependenciesOf(chartYaml: string): { name: string; repository: string; line: number }[] | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(chartYaml, { lineCounter: lines });
  if (doc.errors.length > 0) return undefined;
  const list = doc.get('dependencies', true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    if (!isMap(item)) return [];
    const name = item.get('name');
    const repository = item.get('repository');
    if (typeof name !== 'string' || name === '') return [];
    return [{ name, repository: typeof repository === 'string' ? repository : '', line: lines.linePos(item.range?.[0] ?? 0).line }];
  });
}

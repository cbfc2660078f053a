// Which Helm renders a promotion's target, the renderers of a run, and the
// target's comparison started. The Helm is the first on PATH (or the one of
// the environment's helm-version) of version 3.8 or later, and asking its
// version is a Go program's start (~0.1 s, as long as a small chart's render):
// while it answers, the sides as this repository holds them render with the
// binary it will most likely be (helmCandidate), and the comparison finds
// those outputs in the renderer's cache where the answer names that binary.

import type { RenderConfig, RenderMode } from '../config/config.ts';
import { settledYet } from '../async/settled.ts';
import { UserError } from '../errors.ts';
import { compareOptions } from '../render/compare.ts';
import { helmUsable, MIN_HELM, type Helm } from '../render/helm.ts';
import { renderEnvironment, Renderer, sideRender, type Unavailable } from '../render/render.ts';
import type { EnvironmentRender } from '../render/report.ts';
import type { Kustomize } from '../render/find.ts';
import type { HelmSide } from '../deploy/model.ts';
import type { PromoteWorld } from './ports.ts';
import type { PromoteRequest, Route } from './request.ts';
import { prepareValidation } from './validate.ts';

/** How to add Helm when it is missing. */
export const HELM_HINT = 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off';

/** The render settings in effect when the config says none. */
export const RENDER_DEFAULTS: RenderConfig = { ignore: [], ignoreDefaults: true, summarize: [], apiVersions: [] };

/** The mode for the target: the input, else the environment's config, else the top level's, else auto (settings/read.ts). */
export function renderMode(route: Route): RenderMode {
  return route.to.settings.render;
}

/** One Renderer per world and Helm: a side rendered once in a run is not rendered again (a re-plan, a second wave). */
const renderers = new WeakMap<object, Map<string, Renderer>>();
/** Chart folders' file lists per world, by commit and folder: every side of a run lists a folder once (render-ahead.ts too). */
const listings = new WeakMap<object, Map<string, Promise<string[] | undefined>>>();

/** The world's chart folder listings (chart-input.ts ChartContext's `listed`). */
export function listedFor(key: object): Map<string, Promise<string[] | undefined>> {
  let listed = listings.get(key);
  if (!listed) listings.set(key, (listed = new Map<string, Promise<string[] | undefined>>()));
  return listed;
}
export function rendererFor(key: { findKustomize(): Kustomize | undefined }, helm: string, cfg: RenderConfig): Renderer {
  let byHelm = renderers.get(key);
  if (!byHelm) renderers.set(key, (byHelm = new Map<string, Renderer>()));
  let r = byHelm.get(helm);
  // Each run of a chart folder prints the Helm's version too (render-ahead.ts learns it so, not from `helm version`).
  // A HelmRelease's post-renderers run with the world's kustomize (the one an overlay builds with).
  if (!r)
    byHelm.set(
      helm,
      (r = new Renderer(helm, { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions }, {}, false, true, () => key.findKustomize())),
    );
  return r;
}

/** A comparison under way: the Helm, its renderer, the after side, and the comparison's outcome to come. */
export interface StartedComparison {
  helm: Helm;
  renderer: Renderer;
  after: HelmSide | Unavailable;
  rendering: Promise<EnvironmentRender>;
}

/**
 * The sides of the target (render.ts readSides): both, or what says they are not rendered (undefined: no Application
 * at the base); `offline`, only what this repository holds is read (a chart elsewhere is unavailable, not fetched).
 */
export type ReadSides = (
  offline: boolean,
) => Promise<{ read: [HelmSide | Unavailable, HelmSide | Unavailable] } | EnvironmentRender | undefined>;

/**
 * The target's comparison started with the Helm that renders it, or what says it is not rendered (the skipped
 * row, undefined); throws targetHelm's refusals. While that Helm's version is asked, the sides as this repository
 * holds them are rendered with the binary it will most likely be (helmCandidate): the renderer's cache, keyed by
 * every input, gives those outputs to the comparison where findHelm answers that binary and the sides read once
 * the version is known are the same. Nothing is fetched (a published chart) for a Helm that turns out unusable.
 */
export async function startComparison(
  req: PromoteRequest,
  route: Route,
  mode: RenderMode,
  cfg: RenderConfig,
  readSides: ReadSides,
  ports: PromoteWorld,
): Promise<StartedComparison | EnvironmentRender | undefined> {
  const { to } = route;
  const found = ports.findHelm(to.helmVersion);
  found.catch(() => undefined); // awaited below
  // Asked ahead of the plan (session.ts askHelmAhead), the version has most often answered: no guess then.
  const candidate = (await settledYet(found)) ? undefined : ports.helmCandidate(to.helmVersion);
  if (candidate !== undefined)
    readSides(true)
      .then((s) => {
        if (s === undefined || !('read' in s)) return;
        for (const side of s.read)
          if ('side' in side)
            rendererFor(ports, candidate, cfg)
              .output(side.side)
              .catch(() => undefined);
      })
      .catch(() => undefined); // read again below, after the Helm's own refusals
  const helm = targetHelm(req, to, mode, await found);
  if (!('path' in helm)) return helm;
  const sides = await readSides(false);
  return sides === undefined || !('read' in sides) ? sides : compareWith(route, helm, sides.read, cfg, ports);
}

/** The comparison of the two sides rendered with `helm`, started. */
function compareWith(
  route: Route,
  helm: Helm,
  [before, after]: [HelmSide | Unavailable, HelmSide | Unavailable],
  cfg: RenderConfig,
  ports: PromoteWorld,
): StartedComparison {
  const renderer = rendererFor(ports, helm.path, cfg);
  const rules = 'side' in after ? after.ignoreDifferences : [];
  const what =
    'side' in after && 'side' in before ? (before.label === after.label ? after.label : `${before.label} → ${after.label}`) : undefined;
  const was = 'side' in before ? before.side : before;
  const rendering = renderEnvironment(renderer, route.to.name, was, 'side' in after ? after.side : after, compareOptions(cfg, rules), what);
  // The schemas of the kinds the target holds now load once its before side is parsed, while the after side renders.
  if ('side' in after) prepareValidation(route, sideRender(renderer, was));
  return { helm, renderer, after, rendering };
}

/**
 * The Helm that renders the target, or the skipped row when there is none usable. Throws when the
 * environment's helm-version names a major the runner lacks, or for `render: on` without a usable Helm.
 */
export function targetHelm(req: PromoteRequest, to: Route['to'], mode: RenderMode, helm: Helm | undefined): Helm | EnvironmentRender {
  if (!helm && to.helmVersion !== undefined)
    throw new UserError(`helm-version: ${to.helmVersion}: no Helm ${to.helmVersion} on PATH to render ${to.name} with`, {
      ...(req.configFile ? { file: req.configFile, line: to.helmVersionLine } : {}),
      hint: `add Helm ${to.helmVersion} to PATH (azure/setup-helm with its version, or as helm${to.helmVersion}), or set helm-version to the Helm the runner has`,
    });
  if (helm && helmUsable(helm)) return helm;
  const why = helm ? `Helm ${helm.version} is older than ${MIN_HELM}` : 'no helm on PATH';
  if (mode === 'on')
    throw new UserError(`render: on needs Helm ${MIN_HELM} or later: ${why}`, { hint: HELM_HINT.replace(', or set render: off', '') });
  return { environment: to.name, status: 'skipped', noHelm: true, message: `${why}; ${HELM_HINT}` };
}

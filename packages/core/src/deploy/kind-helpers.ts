// The parts the kinds' modules share (chart-values.ts, argocd/kind.ts, kustomize-overlay.ts, flux/helmrelease-kind.ts,
// flux/kustomization-kind.ts): the answers of a kind that has no such thing, and the two renders (with Helm, with
// kustomize). deploy/model.ts says what a Deployment answers; this is how the kinds answer it.

import type { TemplateOutcome } from '../render/bounded.ts';
import { splitObjects } from '../render/objects.ts';
import type { Unavailable } from '../render/render.ts';
import type {
  DeployedEnvironment,
  EnvironmentOutcome,
  GapJudge,
  HelmSide,
  OverlayBuild,
  Renderers,
  SideGaps,
  SideUnavailable,
} from './model.ts';

/** Why there is no Helm for an environment. */
export const noHelm = (e: DeployedEnvironment) =>
  e.helmVersion !== undefined
    ? `helm-version: ${e.helmVersion}: no Helm ${e.helmVersion} on PATH to render its chart (as helm, helm3 or helm4)`
    : 'no Helm 3.8 or later on PATH to render its chart';

/** The side of a kind built with kustomize: there is none to render with Helm. */
export const noHelmSide = (): Promise<Unavailable> =>
  Promise.resolve({ unavailable: 'it is built with kustomize, not rendered with Helm' });

/** The pins' paths of a kind whose pins are in one file (or folder): its pinPath alone. */
export const onePinPath = (pinPath: string) => (): Promise<string[]> => Promise.resolve([pinPath]);

/** The values of a kind that pins no chart version: none a promotion of a chart version judges. */
export const noSetValues = (): Promise<undefined> => Promise.resolve(undefined);
/** resourceWhere of a kind whose refusals point at the pins' file. */
export const noResourceWhere = (): Promise<undefined> => Promise.resolve(undefined);
/** A kind whose pins' file is applied as it says: nothing rewrites its images after it (rewritesImages, rewritePlace). */
export const noRewrite = (): Promise<undefined> => Promise.resolve(undefined);
/** valuesHome of a kind whose pins are in no HelmRelease's values (a values file of its own, an overlay, a Flux Kustomization). */
export const noValuesHome = (): Promise<undefined> => Promise.resolve(undefined);

/** The build of a kind rendered with Helm: there is none to build with kustomize. */
export const noOverlaySide = (): Promise<Unavailable> =>
  Promise.resolve({ unavailable: 'it is rendered with Helm, not built with kustomize' });

/** A kustomize kind's render: kustomize, then its build (`build`: its overlaySide), rendered. */
export async function renderOverlaySide(renderers: Renderers, build: () => Promise<OverlayBuild>): Promise<EnvironmentOutcome> {
  const k = renderers.kustomize();
  if (!k) return { ok: false, message: 'neither kustomize nor kubectl is on PATH to build its overlay' };
  const side = await build();
  if ('unavailable' in side) return { ok: false, message: side.unavailable };
  return parsed(k.renderer.output(side), side.namespace, k.tool.label);
}

/**
 * A Helm kind's render: the environment's Helm, then its side (`side`), judged by the command rendering it
 * (`judge`), rendered. `known`, the gaps a kind knows before it looks for a chart: judged first, so a side the
 * command refuses pulls nothing.
 */
export async function renderHelmSide(
  e: DeployedEnvironment,
  renderers: Renderers,
  judge: GapJudge,
  side: () => Promise<HelmSide | SideUnavailable>,
  known?: () => Promise<SideGaps>,
): Promise<EnvironmentOutcome> {
  const h = await renderers.helm(e.helmVersion);
  if (!h) return { ok: false, message: noHelm(e) };
  const early = known ? judge(await known()) : undefined;
  if (early !== undefined) return { ok: false, message: early };
  const got = await side();
  const refused = judge(got.gaps);
  if (refused !== undefined) return { ok: false, message: refused };
  const s = withoutGaps(got);
  if ('unavailable' in s) return { ok: false, message: s.unavailable };
  return parsed(h.renderer.output(s.side), s.side.namespace, `helm ${h.helm.version}`);
}

/** A side with its gaps left out, once a command has judged them. */
export function withoutGaps(s: HelmSide | SideUnavailable): HelmSide | Unavailable {
  if (!s.gaps) return s;
  const { gaps: _gaps, ...rest } = s;
  return rest;
}

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

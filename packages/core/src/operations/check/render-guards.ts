// What the pull request check decides from the rendered objects: a protected
// environment whose chart or overlay no longer renders at the head fails the
// check (an unprotected one is a warning), and every container image a
// protected environment would run must be pinned by digest (render/images.ts).
// A refusal points at the line that wrote the image when the render's inputs
// show it, else at the environment's overlay or Application file, naming the
// object. A protected environment whose render cannot be had (a remote or
// packaged subchart, a file it names that is not in the repository) cannot be
// judged and fails closed; only a render that no Helm could run decides
// nothing, and the protected rows say that it was not judged (view.ts).

import type { Problem } from '../../checks/problem.ts';
import { pinnedByDigest, renderedImages, traceImage, unpinnedImages, unpinnedLine } from '../../render/images.ts';
import { notJudged, UNCHANGED, type ProtectedVerdict } from './verdicts.ts';
import type { EnvironmentRender } from '../../render/report.ts';

/** One environment's render, with what the guards need to judge and point. */
export interface GuardedRender {
  render: EnvironmentRender;
  protected: boolean;
  /** Where a refusal without a traced line is annotated: the overlay's kustomization or the Application's file. */
  file: string;
  /** The line there (a HelmRelease's document in a file of several); 1 when absent. */
  line?: number;
  /** What the render builds (`overlay deploy/overlays/prod`, `chart api`): the environments building the same thing are named together. */
  builds: string;
  /** The texts the head's render read, the environment's own first: where an image is traced to its line. */
  sources: readonly { path: string; text: string }[];
}

const lastLine = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .pop() ?? '';

const names = (xs: readonly string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** The problems the renders give: errors for protected environments, warnings for a render that fails elsewhere. */
export function renderProblems(judged: readonly GuardedRender[]): Problem[] {
  const sharing = new Map<string, string[]>();
  for (const j of judged) sharing.set(j.builds, [...(sharing.get(j.builds) ?? []), j.render.environment]);
  const out: Problem[] = [];
  for (const j of judged) {
    const env = j.render.environment;
    const who = j.protected ? `${env}, a protected environment` : env;
    if (j.render.status === 'failed') {
      const all = sharing.get(j.builds) ?? [env];
      out.push({
        level: j.protected ? 'error' : 'warning',
        file: j.file,
        line: j.line ?? 1,
        message: `${j.builds} does not render at the head for ${who}: ${lastLine(j.render.message)}${
          all.length > 1 ? ` (${names(all)} build ${j.builds})` : ''
        }`,
        hint: j.protected
          ? `fix it so ${j.render.renderer === 'kustomize' ? 'kustomize builds it' : 'helm template succeeds with its values'}: Argo CD cannot sync ${env} once this merges`
          : 'promote-env refuses it only for a protected environment; the rendered section shows the whole message',
      });
      continue;
    }
    if (j.render.status === 'skipped' && !j.render.noHelm && (j.render.refused || j.protected)) {
      // What the environment loads cannot be read here (what lockstep will not fetch, Argo CD would): nothing the
      // guards judge can be read, so a protected environment fails closed, at the line that makes it so.
      const at = j.render.refused ?? { file: j.file, line: j.line ?? 1 };
      out.push({
        level: j.protected ? 'error' : 'warning',
        file: at.file,
        line: at.line,
        message: `${who} cannot be judged at the head: ${j.render.message ?? ''}`,
        hint:
          j.render.refused?.hint ??
          'write what it renders into the repository and name it by a relative path inside it, so what the cluster receives is what is reviewed',
      });
      continue;
    }
    if (!j.protected || j.render.status !== 'rendered' || !j.render.after) continue;
    for (const u of unpinnedImages(j.render.after.values())) {
      const origin = traceImage(u.image, j.sources);
      out.push({
        level: 'error',
        file: origin?.file ?? j.file,
        line: origin?.line ?? j.line ?? 1,
        message: `${who} would run an image not pinned by digest: ${unpinnedLine(u)}${origin ? `; this line ${origin.text}` : ''}`,
        hint: 'pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
      });
    }
  }
  return out;
}

/**
 * Each protected environment (`names`) as the renders judged it: pinned only where every render of it at the head
 * was read and names no image without a digest; refused where a render fails, cannot be had, or names one; not
 * judged where nothing rendered it (no Helm or kustomize, or nothing it renders changed), saying why.
 */
export function protectedVerdicts(names: readonly string[], judged: readonly GuardedRender[]): ProtectedVerdict[] {
  const noTool = judged.find((j) => j.render.noHelm);
  return names.flatMap((name) => {
    const mine = judged.filter((j) => j.protected && (j.render.environment === name || j.render.environment.startsWith(`${name} (`)));
    if (mine.length === 0) return notJudged([name], noTool?.render.message ?? UNCHANGED);
    const failed = mine.find((j) => j.render.status === 'failed');
    if (failed) return [{ environment: name, verdict: 'refused', reason: `${failed.builds} does not render at the head` }];
    const skipped = mine.find((j) => j.render.status === 'skipped');
    if (skipped)
      return skipped.render.noHelm
        ? notJudged([name], skipped.render.message ?? '')
        : [{ environment: name, verdict: 'refused', reason: `cannot be judged at the head: ${skipped.render.message ?? ''}` }];
    const images = mine.flatMap((j) => renderedImages(j.render.after?.values() ?? []));
    const unpinned = images.filter((i) => !pinnedByDigest(i.image)).length;
    return unpinned === 0
      ? [{ environment: name, verdict: 'pinned', images: images.length }]
      : [{ environment: name, verdict: 'refused', reason: `${unpinned} of ${images.length} rendered images not pinned by digest` }];
  });
}

// promote-env's digest-only guard over what is rendered: a protected
// target's objects after the change must run every image pinned by digest
// (render/images.ts), whatever wrote it — the values, a chart default, a
// subchart, an overlay's base or patch; and a protected target whose render
// cannot be had (a remote or packaged subchart, a chart that cannot be
// pulled, a file it names that is not there) cannot be judged, so it is
// refused. Shared by the Helm render (render.ts) and the overlay's
// (render-overlay.ts).

import { UserError } from '../errors.ts';
import { traceImage, unpinnedImages, unpinnedLine } from '../render/images.ts';
import type { EnvironmentRender } from '../render/report.ts';

/**
 * A protected target's rendered objects must run images pinned by digest
 * (render/images.ts): the first one that is not is refused at the line that
 * wrote it when `sources` show it, else at `where`, naming the object; every
 * other is counted in the same message. Nothing is written yet.
 */
export function refuseUnpinned(
  env: EnvironmentRender,
  target: string,
  sources: readonly { path: string; text: string }[],
  where: { file: string; line: number },
): void {
  if (env.status !== 'rendered' || !env.after) return;
  const unpinned = unpinnedImages(env.after.values());
  if (unpinned.length === 0) return;
  const origin = traceImage(unpinned[0].image, sources);
  const more = unpinned.length > 1 ? `; and ${unpinned.slice(1).map(unpinnedLine).join('; ')}` : '';
  throw new UserError(
    `render: ${target}, a protected environment, would run an image not pinned by digest: ${unpinnedLine(unpinned[0])}${
      origin ? ` (this line ${origin.text})` : ''
    }${more}`,
    {
      ...(origin ? { file: origin.file, line: origin.line } : where),
      hint: 'pin it as <image>@sha256:<64 hex> where it is written (a chart default, a subchart, the values, the overlay), so what is reviewed is what runs; nothing was written',
    },
  );
}

/**
 * A protected target whose render after the change could not be had is refused at the line that makes it so (the
 * render's `refused`), else at `where`: nothing it would run was judged. Only a render no Helm or kustomize could
 * run (`render: auto`, none on PATH) is not refused: that is said, as for any environment. Nothing is written yet.
 */
export function refuseUnjudged(env: EnvironmentRender, target: string, where: { file: string; line: number }, what = 'the chart'): void {
  if (env.status !== 'skipped' || env.noHelm) return;
  throw new UserError(`render: ${what} of ${target}, a protected environment, cannot be judged: ${env.message ?? ''}`, {
    ...(env.refused ?? where),
    hint: `${env.refused?.hint ?? 'make what it renders readable here (in this repository, or a chart version published where lockstep can pull it)'}, so what the cluster receives is what is reviewed; nothing was written`,
  });
}

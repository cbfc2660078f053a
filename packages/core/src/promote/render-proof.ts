// Writes go where the deployer reads, proved by a render (issue 72): after the
// plan's edits the target is rendered as its deployer renders it (the plan's
// files on top of the base, rendered-run.ts) and each promoted service looked
// for by its image repository. A promotion whose render would run another
// image — a strategic-merge patch that renames the image so the added images:
// entry matches nothing, a values file later in the list that resets the tag —
// is refused at the line that makes it so (traced in the texts the render
// read), before anything is written. A target that does not render is left to
// the render's own report (render.ts refuses a protected one).

import { UserError } from '../errors.ts';
import { imageIdentity } from '../registry/reference.ts';
import { splitReference } from '../values/protected.ts';
import { traceImage, type RenderedImage } from '../render/images.ts';
import { readAfterPlan, type PinChange, type PromotionPlan } from './plan.ts';
import type { PromoteWorld } from './ports.ts';
import type { RenderedPin } from './rendered-pin.ts';
import { renderedRun } from './rendered-run.ts';
import type { PromoteRequest, Route } from './request.ts';

/**
 * Throws a UserError (file:line) when the target rendered after the plan would not run a promoted image: the
 * service's repository runs with another tag or digest, or a pin the promotion adds (its place held none) is run
 * by no container. Nothing to prove without edited files, with render: off, or where the target does not render.
 */
export async function proveWrites(
  req: PromoteRequest,
  route: Route,
  plan: PromotionPlan,
  world: PromoteWorld,
  baseSha: string,
): Promise<void> {
  const { to } = route;
  if (plan.files.length === 0 || plan.changes.length === 0 || to.settings.render === 'off') return;
  const run = await renderedRun(
    req,
    to,
    world,
    baseSha,
    readAfterPlan(plan, (p) => world.git.readAt(baseSha, p)),
  );
  if (!('pins' in run)) return;
  for (const c of plan.changes) {
    const image = req.services.find((s) => s.name === c.service)?.image;
    if (image === undefined || imageIdentity(image) === undefined) continue;
    const pin = run.pins.get(c.service);
    // A pin its place held, which no container of the repository runs (a service the environment does not deploy): no
    // proof to make, unless its digest runs under another repository (a later file renames it): that is refused.
    if (!pin && !c.added) {
      const elsewhere =
        c.newDigest === undefined
          ? undefined
          : run.images?.find((i) => splitReference(i.image).digest === c.newDigest && !writtenBy(plan, splitReference(i.image).name));
      if (elsewhere) throw renamed(to.name, image, c, elsewhere, run.sources);
      continue;
    }
    if (pin && runsPromoted(pin, c)) continue;
    const wanted = `${image}${c.newTag ? `:${c.newTag}` : ''}${c.newDigest ? `@${c.newDigest}` : ''}`;
    const origin = pin ? traceImage(pin.image, run.sources) : undefined;
    throw new UserError(
      pin
        ? `render: after this promotion ${to.name} would still run ${pin.image} (${pin.object}), not ${wanted}: the pin written at ${c.file}:${c.line} does not win over it; nothing was written`
        : `render: after this promotion ${to.name} would run no image of ${image}: the pin added at ${c.file}:${c.line} is not what its deployer runs; nothing was written`,
      {
        ...(origin ? { file: origin.file, line: origin.line } : { file: c.file, line: c.line }),
        hint: pin
          ? `this line ${origin?.text ?? 'sets it'} after the pin is applied: pin the image here (or drop it) so the promoted pin is what runs`
          : `find what renames or drops ${image} in what ${to.name} renders (a patch, a later values file), or configure services.${c.service}.image as the image it runs`,
      },
    );
  }
}

/** Whether the rendered image is the promoted one: its digest when one is promoted, else its tag. */
function runsPromoted(pin: RenderedPin, c: PinChange): boolean {
  if (c.newDigest !== undefined) return pin.digest === c.newDigest;
  return c.newTag === undefined || pin.tag === c.newTag;
}

/**
 * Whether the promotion's own edits name `repository` (a line they add or change): the repository a registry copy
 * pins, or one a promotion moves the image to, is written with the digest, and runs where it is written.
 */
function writtenBy(plan: PromotionPlan, repository: string): boolean {
  return plan.files.some((f) => {
    const before = new Set((f.before ?? '').split('\n'));
    return f.after.split('\n').some((line) => !before.has(line) && line.includes(repository));
  });
}

/** The refusal of a promoted digest the render runs under another repository than the service's, at the line that names it. */
function renamed(
  env: string,
  image: string,
  c: PinChange,
  runs: RenderedImage,
  sources: readonly { path: string; text: string }[],
): UserError {
  const origin = traceImage(runs.image, sources);
  return new UserError(
    `render: after this promotion ${env} would run ${runs.image} (${runs.object}): the digest of ${image} written at ${c.file}:${c.line} is pulled from another repository; nothing was written`,
    {
      ...(origin ? { file: origin.file, line: origin.line } : { file: c.file, line: c.line }),
      hint: `this line ${origin?.text ?? 'names that repository'}: drop it, or configure services.${c.service}.image as the image ${env} runs`,
    },
  );
}

// What a promotion's target runs now, for the plan's table and its comparisons: its pins as its place holds them
// (a key its values file lacks: the default of the chart it renders, absent-pin.ts), and, where its place defines no
// image, what its render runs (rendered-run.ts), the target rendered once and only where that is asked.

import type { ImagePin } from '../deploy/pins/pins.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { targetPins } from './absent-pin.ts';
import type { PinPlace } from './place.ts';
import type { PlanWorld } from './plan-world.ts';
import type { RenderedPin, RenderedRun } from './rendered-pin.ts';
import type { PromoteService, Route } from './request.ts';

/**
 * Step 2: the target's pins (a key its values file lacks: its chart's default, absent-pin.ts) and what its render
 * runs where its place defines no image (runningNow), the target rendered once and only where that is asked: what
 * runs, and the values.yaml of the chart it renders (a pulled chart's, where no folder of the repository is it).
 */
export async function currentPins(
  target: PinPlace,
  wanted: PromoteService[],
  route: Route,
  world: PlanWorld,
  notes: string[],
  cache: ParseCache,
): Promise<{ current: Map<string, ImagePin>; running: Map<string, RenderedPin> }> {
  let rendered: Promise<RenderedRun> | undefined;
  const renderTarget = () => (rendered ??= world.renderedRun(route.to));
  const deployed = async () => {
    const run = await renderTarget();
    return 'pins' in run ? run.chartValues?.() : undefined;
  };
  const read = await targetPins(target, wanted, route.to, world.readBase, cache, deployed);
  const running = await runningNow(read, route, renderTarget, notes, target.file);
  return { current: asRunning(read, running), running };
}

/**
 * What the target runs, by its render, for each service its pin place does not define (an image inline in a base,
 * set by a patch, a tag left empty for the chart's appVersion): the table's old side, said in a note with where the promotion writes the pin instead.
 */
async function runningNow(
  current: ReadonlyMap<string, ImagePin>,
  { to }: Route,
  renderTarget: () => Promise<RenderedRun>,
  notes: string[],
  file: string,
): Promise<Map<string, RenderedPin>> {
  const out = new Map<string, RenderedPin>();
  // An empty tag (a chart's `tag: ""`, the value `helm create` writes) defines nothing either: the template's default runs.
  const undefinedHere = [...current].filter(([, pin]) => !pin.tag && !pin.digest);
  // A key the file lacks runs the default of the chart its deployer renders, which may not be the folder whose
  // values.yaml absent-pin.ts read (an Application pulling a released version of it from a registry): the render says.
  const absent = [...current].filter(([, pin]) => pin.absent && (pin.tag || pin.digest));
  if (undefinedHere.length === 0 && absent.length === 0) return out;
  const run = await renderTarget();
  for (const [name, pin] of absent) {
    const ran = 'pins' in run ? run.pins.get(name) : undefined;
    if (!ran || (ran.tag === pin.tag && ran.digest === pin.digest)) continue;
    out.set(name, ran);
    notes.push(
      `${name}: ${file} of ${to.name} pins no image of it; ${to.name} runs ${ran.image} (${ran.object}) by its render, not the default of ${pin.absent!.from}, and the pin is written in ${file}.`,
    );
  }
  for (const [name] of undefinedHere) {
    const pin = 'pins' in run ? run.pins.get(name) : undefined;
    if (pin) out.set(name, pin);
    notes.push(
      pin
        ? `${name}: ${file} of ${to.name} pins no image of it; ${to.name} runs ${pin.image} (${pin.object}) by its render, and the pin is written in ${file}.`
        : `${name}: ${file} of ${to.name} pins no image of it, and its render ${'unrendered' in run ? `cannot be had (${run.unrendered})` : 'runs none'}; the pin is written in ${file}.`,
    );
  }
  return out;
}

/** The target's pins, a key its file lacks (an absent pin) taking the tag and digest its render runs (runningNow) where they differ. */
function asRunning(read: ReadonlyMap<string, ImagePin>, running: ReadonlyMap<string, RenderedPin>): Map<string, ImagePin> {
  const out = new Map(read);
  for (const [name, pin] of read) {
    const ran = pin.absent ? running.get(name) : undefined;
    if (!ran) continue;
    const { tag: _tag, digest: _digest, ...rest } = pin;
    out.set(name, {
      ...rest,
      ...(ran.tag !== undefined ? { tag: ran.tag } : {}),
      ...(ran.digest !== undefined ? { digest: ran.digest } : {}),
    });
  }
  return out;
}

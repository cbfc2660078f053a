// Step 1 of a plan and its first check, before any network request: where the
// new pins come from (a digests file, a rollback ref, an explicit version, the
// source environment at the base) and whether a digests-file entry is the
// service's image.

import { throwAll, UserError } from '../errors.ts';
import { lineOfKey, parseDigests } from '../digests/file.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { imageIdentity } from '../registry/reference.ts';
import type { ImagePin, PinTarget } from '../deploy/pins/pins.ts';
import { openPinPlace, type PinPlace } from './place.ts';
import type { PromoteEnvironment, PromoteRequest, PromoteService, Route } from './request.ts';
import type { PlanWorld } from './plan-world.ts';
import type { RenderedRun } from './rendered-pin.ts';
import { deployerResource } from '../deploy/kind.ts';

export interface NewPin extends PinTarget {
  image?: string;
  /** For a digests-file entry: where it is, so an entry for another image can be named at its line. */
  entry?: { file: string; line?: number };
  sha?: string;
  verified?: string;
}

/** Opens an environment's pin place at `at` with the run's parses. */
export function placeOf(
  env: PromoteEnvironment,
  read: (p: string) => Promise<string | undefined>,
  req: PromoteRequest,
  at: string,
  cache: ParseCache,
): Promise<PinPlace> {
  return openPinPlace(env, read, { charts: req.charts, at, configFile: req.configFile, cache, services: req.services });
}

/** A source environment's pin of a service: an overlay without an entry for it pins nothing to promote, said at its line. */
export function sourcePin(place: PinPlace, service: PromoteService, env: PromoteEnvironment): ImagePin {
  const pin = place.read(place.text, service);
  if (pin.style === 'overlay' && !pin.overlay?.entry)
    throw new UserError(
      `the overlay of ${env.name} has no images: entry for ${service.name} (${service.image ?? ''}), so it pins nothing to promote`,
      {
        file: pin.file,
        line: pin.line,
        hint: `add an images: entry with name: ${service.image ?? '<image>'}, newTag: and digest: there`,
      },
    );
  return pin;
}

/** The services of a promotion, by name, and which of them the request names (all when `only` is empty). */
export interface ServiceScope {
  byName: Map<string, PromoteService>;
  wanted(name: string): boolean;
}

/** Where the new pins came from: each service's pin, the label the summary shows, the chart version they bring, the commit they were pinned at. */
export interface PinSource {
  pins: Map<string, NewPin>;
  label: string;
  chartFrom?: string;
  /** The digest the source's OCIRepository pins its chart by (spec.ref.digest), with chartFrom. */
  chartDigest?: string;
  /** The environment chartFrom was copied from (not a chart-version the promotion names). */
  chartOf?: string;
  commit?: string;
}

/**
 * Step 2b: one UserError per digests-file entry whose image is not the
 * service's — the config's `services.<name>.image`, else the repository the
 * target's values file writes — compared after normalising both names. An
 * entry without an image (other tools' files) is taken as the service's.
 */
export function foreignDigestEntries(
  source: ReadonlyMap<string, NewPin>,
  current: ReadonlyMap<string, ImagePin>,
  req: PromoteRequest,
  scope: ServiceScope,
): UserError[] {
  const errors: UserError[] = [];
  for (const [name, p] of source) {
    if (!p.entry || p.image === undefined) continue;
    const pin = current.get(name)!;
    const configured = scope.byName.get(name)!.image;
    // The config's image when it names one (a values file may pull through a mirror), else the values file's.
    const [want, where] = configured
      ? [configured, `services.${name}.image in ${req.configFile ?? 'the config'}`]
      : [pin.repository, `${pin.file}:${pin.line}`];
    const wantId = want === undefined ? undefined : imageIdentity(want);
    if (wantId !== undefined && wantId !== imageIdentity(p.image))
      errors.push(
        new UserError(`entry '${name}' is the image ${p.image.slice(0, 200)}, but ${name} is ${want} (${where})`, {
          file: p.entry.file,
          line: p.entry.line,
          hint: 'fix the digests file (each matrix job records its own service) or the config',
        }),
      );
  }
  return errors;
}

/**
 * Step 1 of a plan, before any network request: the new pins, from the
 * digests file, the target's own pins at a rollback ref, an explicit
 * version, or the source environment's pins at the base branch (in that
 * order of precedence). Adds a note for digests-file services the config
 * does not list.
 */
export async function readPinSource(
  req: PromoteRequest,
  route: Route,
  world: PlanWorld,
  scope: ServiceScope,
  notes: string[],
  cache: ParseCache,
): Promise<PinSource> {
  const { to } = route;
  const { wanted } = scope;
  const pins = new Map<string, NewPin>();
  if (req.digests) return digestsFileSource(req, req.digests, world, scope, notes);
  if (req.from.kind === 'ref') {
    const commit = await world.resolveRef(req.from.ref);
    if (!commit)
      throw new UserError(`: ref ${req.from.ref} is not a commit or tag of the repository`, {
        input: 'from',
        hint: 'fetch it (fetch-depth: 0 or fetch-tags) or fix the ref',
        cliHint: 'fetch it (git fetch --tags origin) or fix the ref',
      });
    const at = (p: string) => world.readAt(commit, p);
    const place = await placeOf(to, at, req, `ref ${req.from.ref}`, cache);
    const rev = place.rev;
    for (const s of req.services) {
      if (!wanted(s.name)) continue;
      const pin = sourcePin(place, s, to);
      pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: `${to.name} at ${req.from.ref}` });
    }
    const chartFrom = rev && !req.chartVersion ? rev.current || undefined : req.chartVersion;
    const chartDigest = rev && !req.chartVersion ? rev.digest : undefined;
    return { pins, label: `${to.name} as pinned at ${req.from.ref} (${commit.slice(0, 12)})`, chartFrom, chartDigest, commit };
  }
  if (req.version) {
    for (const s of req.services) if (wanted(s.name)) pins.set(s.name, { tag: req.version });
    return { pins, label: `version ${req.version}`, chartFrom: req.chartVersion };
  }
  if (req.from.kind === 'env') {
    const from = route.from!;
    const place = await placeOf(from, world.readBase, req, `the base branch ${req.base}`, cache);
    const rev = place.rev;
    let run: Promise<RenderedRun> | undefined;
    for (const s of req.services) {
      if (!wanted(s.name)) continue;
      try {
        const pin = sourcePin(place, s, from);
        pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: from.name });
      } catch (e) {
        // A pin its place does not define (an image inline in the base, set by a patch): what the source's render runs.
        if (!(e instanceof UserError)) throw e;
        const found = await (run ??= world.renderedRun(from));
        const pin = 'pins' in found ? found.pins.get(s.name) : undefined;
        if (!pin) throw e;
        pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: from.name });
        notes.push(
          `${s.name}: ${place.file} of ${from.name} pins no image of it; ${from.name} runs ${pin.image} (${pin.object}) by its render, which is promoted.`,
        );
      }
    }
    const copied = rev && deployerResource(to) && !req.chartVersion;
    const chartFrom = copied ? rev.current || undefined : req.chartVersion;
    const chartDigest = copied ? rev.digest : undefined;
    return { pins, label: `${from.name} (its pins at ${req.base})`, chartFrom, chartDigest, ...(copied ? { chartOf: from.name } : {}) };
  }
  return { pins, label: req.chartVersion ? `chart-version ${req.chartVersion}` : 'nothing', chartFrom: req.chartVersion };
}

/** Step 1 from a digests file: each configured service's entry (those `only` names must be there); a note names the entries no service is. */
async function digestsFileSource(
  req: PromoteRequest,
  file: string,
  world: PlanWorld,
  { byName, wanted }: ServiceScope,
  notes: string[],
): Promise<PinSource> {
  const pins = new Map<string, NewPin>();
  const text = world.readLocal(file);
  if (text === undefined)
    throw new UserError(`: ${file} does not exist`, {
      input: 'digests',
      hint: 'download the capture-digests artifact before this step, or fix the path',
      cliHint: 'write it with lockstep digests first, or fix the path',
    });
  const entries = new Map(Object.entries(await parseDigests(text, file, 'promote')));
  const errors: UserError[] = [];
  for (const name of req.only)
    if (!entries.has(name))
      errors.push(
        new UserError(`the digests file has no entry for service '${name}'`, {
          file,
          line: 1,
          hint: `it holds ${[...entries.keys()].join(', ') || 'nothing'}`,
        }),
      );
  throwAll(errors);
  const ignored: string[] = [];
  for (const [name, e] of entries) {
    if (!byName.has(name)) {
      ignored.push(name);
      continue;
    }
    if (wanted(name))
      pins.set(name, {
        tag: e.tag,
        digest: e.digest,
        image: e.image,
        sha: e.sha,
        entry: { file, line: lineOfKey(text, name) },
      });
  }
  if (ignored.length > 0) notes.push(`The digests file also names ${ignored.join(', ')}, which the config does not list; left alone.`);
  if (pins.size === 0)
    throw new UserError(`the digests file names no configured service`, {
      file,
      line: 1,
      hint: `configured services: ${[...byName.keys()].join(', ')}`,
    });
  return { pins, label: `digests file ${file}`, chartFrom: req.chartVersion };
}

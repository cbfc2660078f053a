// A promotion into an environment with `registry:` (its images live in another registry than its source's):
// which pins need their image copied there, where to, and the refusals before anything is read from a
// registry — the plan's side (planned in plan.ts step 6). The copy itself runs after the gates and before
// the commit (operations/promote/run.ts → copyPlannedImages), through the registry port (registry-port.ts).

import { UserError } from '../errors.ts';
import { type ImagePin, shortDigest } from '../deploy/pins/pins.ts';
import { imageRepository, parseReference } from '../registry/reference.ts';
import type { NewPin } from './pin-source.ts';
import type { PromoteEnvironment, PromoteRequest, Route } from './request.ts';
import type { PromoteWorld } from './ports.ts';

/** One image to carry before its pin is written: the repository the source runs it from, the target's, the digest. */
export interface ImageCopy {
  /** `registry/path` the source environment pulls the digest from. */
  from: string;
  /** `<target registry>/path`: the same path in the target's registry; what the pin is written with. */
  to: string;
  digest: string;
}

/** The repository `repository` is in the environment's registry (the path kept), or undefined when it is there already or `to` names none. */
export function copyTarget(repository: string | undefined, to: PromoteEnvironment): { from: string; to: string } | undefined {
  if (!to.registry || repository === undefined) return undefined;
  let parsed;
  try {
    parsed = parseReference(imageRepository(repository));
  } catch {
    return undefined; // an unreadable repository is the pin's own error, said where the pin is read
  }
  if (parsed.registry === to.registry) return undefined;
  return { from: `${parsed.registry}/${parsed.repository}`, to: `${to.registry}/${parsed.repository}` };
}

/** Where the environment's `registry:` is written, for errors about it. */
function at(req: Pick<PromoteRequest, 'configFile'>, to: PromoteEnvironment): { file?: string; line?: number } {
  return { ...(req.configFile ? { file: req.configFile } : {}), ...(to.registryLine ? { line: to.registryLine } : {}) };
}

/**
 * The copy a changed pin needs, or why it cannot have one: a tag without a digest (a copy is by digest), a
 * digest the source environment neither runs nor ran (p.verified names it only then: verify-source, or the
 * source's own pin), or a target pin whose repository the file does not write (the deployer would pull the
 * chart's default, not the copy).
 */
export function plannedCopy(
  name: string,
  p: NewPin,
  pin: ImagePin,
  route: Route,
  req: Pick<PromoteRequest, 'configFile'>,
  repository: string | undefined,
): ImageCopy | undefined {
  const { to } = route;
  const target = copyTarget(repository, to);
  if (!target) {
    if (to.registry && repository === undefined)
      throw new UserError(`${name}: no image repository is known, so it cannot be copied to ${to.registry}`, {
        ...at(req, to),
        hint: `set services.${name}.image in the config`,
      });
    return undefined;
  }
  if (p.digest === undefined)
    throw new UserError(`${name}: tag ${p.tag ?? '—'} has no digest; ${to.name}'s registry: ${to.registry} takes images copied by digest`, {
      ...at(req, to),
      hint: 'promote a digest (resolve-digests: true, or a source environment that pins one)',
    });
  const source = route.from ?? route.before;
  const ran = source !== undefined && (p.verified === source.name || p.verified?.startsWith(`${source.name} (`) === true);
  if (!ran)
    throw new UserError(
      `${name}: ${shortDigest(p.digest)} is not a digest ${source?.name ?? 'a source environment'} runs; lockstep copies into ${to.registry} only what the source environment ran`,
      { ...at(req, to), hint: `promote from ${source?.name ?? 'the environment before'} with verify-source: true` },
    );
  if (pin.repository === undefined && (pin.tag !== undefined || pin.digest !== undefined))
    throw new UserError(`${name}: ${to.name} pins no repository here, so the copy in ${to.registry} would not be what its deployer pulls`, {
      file: pin.file,
      line: pin.line,
      hint: `write the image's repository (${target.to}) beside its tag and digest`,
    });
  return { ...target, digest: p.digest };
}

/** The copies a plan needs, each once (two services of one image share its copy). */
export function copiesOf(changes: readonly { copy?: ImageCopy }[]): ImageCopy[] {
  const seen = new Map<string, ImageCopy>();
  for (const c of changes) if (c.copy) seen.set(`${c.copy.from}@${c.copy.digest}→${c.copy.to}`, c.copy);
  return [...seen.values()];
}

/**
 * Carries every image the plan copies into the target's registry, or in a dry run says what it would carry; then
 * each copied pin of a service with a `verify:` policy is verified again where it will be pulled from, the
 * target's registry (its signature or attestation must have come along). The lines are the run's notes. A
 * refusal (a registry's answer, a bound, a verification) is a UserError naming the image and the registry:
 * nothing has been committed or pushed yet, and nothing will be.
 */
export async function copyPlannedImages(
  req: Pick<PromoteRequest, 'services'>,
  changes: readonly { service: string; copy?: ImageCopy }[],
  route: Route,
  world: Pick<PromoteWorld, 'copyImage' | 'verifyDigest'>,
  dryRun: boolean,
): Promise<string[]> {
  const notes: string[] = [];
  for (const c of copiesOf(changes)) {
    const r = await world.copyImage(c.from, c.to, c.digest, dryRun);
    const what = `${r.manifests} manifest${r.manifests === 1 ? '' : 's'}, ${r.blobs} blob${r.blobs === 1 ? '' : 's'} (${r.bytes} bytes), ${r.referrers} referrer${r.referrers === 1 ? '' : 's'}${r.tags.length ? `, tags ${r.tags.join(', ')}` : ''}`;
    notes.push(
      dryRun
        ? `Would copy ${c.from}@${c.digest} to ${c.to} for ${route.to.name} (${what}); a dry run copies nothing.`
        : `Copied ${c.from}@${c.digest} to ${c.to} (${what}; ${r.sent} blob${r.sent === 1 ? '' : 's'} sent), read back by digest before pinning.`,
    );
  }
  if (dryRun) return notes;
  for (const change of changes) {
    const policy = req.services.find((s) => s.name === change.service)?.verify;
    if (!change.copy || !policy) continue;
    const v = await world.verifyDigest(change.service, parseReference(change.copy.to), change.copy.digest, policy);
    notes.push(`${change.service}: verified in ${route.to.registry}: ${v.by.join('; ')}.`);
  }
  return notes;
}

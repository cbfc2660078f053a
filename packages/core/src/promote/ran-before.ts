// Promote from a recorded verdict (issue 75 item 4): a digest the source environment no longer runs (a busy
// dev moved on, a weekly prod is promoted from last week's staging) stays promotable when the source ran it,
// read from the base branch's first-parent history of the source's pin file: the commit that landed it there,
// when, and — with require-checks — those checks on that commit, read from GitHub. Green: verified, naming the
// landing; not green: refused, naming the check; never ran there: refused as before. Nothing comes from a runner's
// cache, so a lost cache changes nothing.

import { UserError, setting, words } from '../errors.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { shortDigest } from '../deploy/pins/pins.ts';
import { placeOf, type NewPin, type ServiceScope } from './pin-source.ts';
import { pinPaths } from './place.ts';
import type { PlanWorld } from './plan-world.ts';
import type { PromoteEnvironment, PromoteRequest } from './request.ts';

/** Commits of the source's history read at most, newest first, looking for the pin. */
export const HISTORY_LOOKED_AT = 200;

/** What the verdict on one pin is read with: the service, its new pin, the source environment, and the plan's reads. */
export interface PinVerdict {
  name: string;
  pin: NewPin;
  env: PromoteEnvironment;
  req: PromoteRequest;
  world: PlanWorld;
  scope: ServiceScope;
  cache: ParseCache;
}

/** When and where the source received a pin it no longer runs, or undefined when its history at hand never had it. */
async function landing({ name, pin, env, req, world, scope, cache }: PinVerdict): Promise<{ sha: string; time: number } | undefined> {
  const { entries } = await world.fileHistory(await pinPaths(env, world.readBase));
  let found: { sha: string; time: number } | undefined;
  for (const entry of entries.slice(0, HISTORY_LOOKED_AT)) {
    const at = await placeOf(env, (p) => world.readAt(entry.sha, p), req, `commit ${entry.sha.slice(0, 12)}`, cache).catch(() => undefined);
    const there = at?.read(at.text, scope.byName.get(name)!);
    const same = there !== undefined && (pin.digest ? there.digest === pin.digest : there.tag === pin.tag);
    // The oldest commit of the newest run that pins it: the one that landed it.
    if (same) found = entry;
    else if (found) break;
  }
  return found;
}

/**
 * The verdict on a pin the source does not run now: `verified` set (naming the landing, and the checks read there)
 * when it ran there with require-checks green on its landing commit; else the UserError refusing it (`notNow` when
 * it never ran there).
 */
export async function ranBefore(v: PinVerdict, notNow: UserError): Promise<UserError | undefined> {
  const { name, pin, env, req, world } = v;
  const landed = await landing(v);
  if (!landed) return notNow;
  const when = new Date(landed.time).toISOString().slice(0, 16).replace('T', ' ');
  const ran = `ran in ${env.name} from ${landed.sha.slice(0, 12)} (${when} UTC)`;
  if (req.requireChecks.length === 0) {
    pin.verified = `${env.name} (${ran.slice(`ran in ${env.name} `.length)}; no require-checks read)`;
    return undefined;
  }
  if (!world.checkStates)
    return new UserError(`${name}: ${what(pin)} ${ran}; its require-checks cannot be read without a GitHub token`, {
      hint: words`give ${setting('github-token')} (checks: read)`,
    });
  const states = await world.checkStates(landed.sha, req.requireChecks);
  const red = states.filter((s) => s.state !== 'success');
  if (red.length > 0)
    return new UserError(`${name}: ${what(pin)} ${ran}, but ${red.map((s) => `${s.name} is ${s.state}`).join(', ')} on that commit`, {
      hint: words`promote a pin whose landing in ${env.name} passed ${req.requireChecks.join(', ')}`,
    });
  pin.verified = `${env.name} (${ran.slice(`ran in ${env.name} `.length)}; ${req.requireChecks.join(', ')} green there)`;
  return undefined;
}

const what = (pin: NewPin) => (pin.digest ? shortDigest(pin.digest) : `tag ${pin.tag}`);

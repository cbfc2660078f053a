// Promote from a recorded verdict (issue 75 item 4): a digest the source environment no longer runs (a busy
// dev moved on, a weekly prod is promoted from last week's staging) stays promotable when the source ran it,
// read from the base branch's first-parent history of the source's pin file (where its pin place does not define
// the pin, of what its render reads: rendered-history.ts): the commit that landed it there, when, and — with
// require-checks — those checks on that commit, read from GitHub. Green: verified, naming the landing; not green:
// refused, naming the check; never ran there: refused as before. Nothing comes from a runner's cache, so a lost
// cache changes nothing; a shallow clone's history is deepened, as the soak gate deepens it, until it answers.

import { UserError, setting, words } from '../errors.ts';
import { deepenWhile } from '../git/spawn.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { shortDigest } from '../deploy/pins/pins.ts';
import { placeOf, type NewPin, type ServiceScope } from './pin-source.ts';
import { pinPaths } from './place.ts';
import type { PlanWorld } from './plan-world.ts';
import type { RenderedPins } from './rendered-pin.ts';
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

/** The history of what `env` runs by its render when its pin place at the base does not define `name`'s pin. */
async function byRender({ name, env, req, world, scope, cache }: Omit<PinVerdict, 'pin'>): Promise<RenderedPins | undefined> {
  const now = await placeOf(env, world.readBase, req, 'the base', cache).catch(() => undefined);
  const there = now?.read(now.text, scope.byName.get(name)!);
  return there && there.digest === undefined && there.tag === undefined ? world.renderedHistory(env) : undefined;
}

/** When and where the source received a pin it no longer runs, or undefined when its history at hand never had it. */
async function landing(v: PinVerdict): Promise<{ sha: string; time: number } | undefined> {
  const { name, pin, env, req, world, scope, cache } = v;
  const same = (there: { tag?: string; digest?: string } | undefined) =>
    there !== undefined && (pin.digest ? there.digest === pin.digest : there.tag === pin.tag);
  // A pin its pin place does not define (a shared base's image, a patch's): what it ran is read on its render's history.
  const rendered = await byRender(v);
  const paths = rendered ? [] : await pinPaths(env, world.readBase);
  const read = () => (rendered ? rendered.log() : world.fileHistory(paths));
  const runs = rendered
    ? async (sha: string) => same(await rendered.imageAt(sha, name))
    : async (sha: string) => {
        const at = await placeOf(env, (p) => world.readAt(sha, p), req, `commit ${sha.slice(0, 12)}`, cache).catch(() => undefined);
        return same(at?.read(at.text, scope.byName.get(name)!));
      };
  // Each commit is read once however often the history is walked again.
  const seen = new Map<string, Promise<boolean>>();
  const once = (sha: string) => {
    let ran = seen.get(sha);
    if (!ran) seen.set(sha, (ran = runs(sha)));
    return ran;
  };
  // A shallow clone's history (actions/checkout's default) may end before the commit that landed the pin, or before
  // one that ran it at all: deepened in the soak gate's steps (the rest of it last) until the answer is on it.
  let landed: { sha: string; time: number } | undefined;
  await deepenWhile(
    async () => {
      const walked = await walk(await read(), once);
      landed = walked.landed;
      return walked.open;
    },
    (n) => world.deepenHistory(n),
  );
  return landed;
}

/**
 * The oldest commit of the newest run of `log`'s entries (newest first, the first HISTORY_LOOKED_AT) that `runs` it:
 * the one that landed it. `open` when the history at hand ends before that is decided: cut early (a shallow clone)
 * while the run reaches its last entry, or while none ran it and fewer than HISTORY_LOOKED_AT were read.
 */
async function walk<E extends { sha: string; time: number }>(
  log: { entries: readonly E[]; complete: boolean },
  runs: (sha: string) => Promise<boolean>,
): Promise<{ landed: E | undefined; open: boolean }> {
  const looked = log.entries.slice(0, HISTORY_LOOKED_AT);
  let landed: E | undefined;
  for (const entry of looked) {
    if (await runs(entry.sha)) landed = entry;
    else if (landed) return { landed, open: false };
  }
  const open = !log.complete && (landed ? looked.length === log.entries.length : looked.length < HISTORY_LOOKED_AT);
  return { landed, open };
}

/**
 * The commits where `env` took what it runs now of `services`, for require-checks with no build sha: where its pin
 * place does not define a service's pin, the commit where its render took the pin it runs now (as the approval gate
 * asks); else, or where that is not on the history at hand, the last change of its pin place.
 */
export async function sourceLandings(
  env: PromoteEnvironment,
  services: readonly string[],
  v: Omit<PinVerdict, 'name' | 'pin' | 'env'>,
): Promise<string[]> {
  const out = new Set<string>();
  let placed = false;
  for (const name of services) {
    const key = (await byRender({ ...v, name, env }))?.current.get(name);
    const pin = key === undefined ? undefined : key.startsWith('tag:') ? { tag: key.slice('tag:'.length) } : { digest: key };
    const landed = pin && (await landing({ ...v, name, env, pin }));
    if (landed) out.add(landed.sha);
    else placed = true;
  }
  const last = placed ? await lastChange(v.world, await pinPaths(env, v.world.readBase)) : undefined;
  if (last) out.add(last);
  return [...out];
}

/**
 * The last change of `paths` on the base (PlanWorld's lastCommit). A shallow clone is deepened first, in the soak
 * gate's steps, while the history at hand holds at most one commit changing them: the oldest commit of a cut history
 * shows every file as added there, so that one may be no change of theirs at all.
 */
async function lastChange(world: PlanWorld, paths: string | string[]): Promise<string | undefined> {
  await deepenWhile(
    async () => {
      const log = await world.fileHistory(paths);
      return !log.complete && log.entries.length <= 1;
    },
    (n) => world.deepenHistory(n),
  );
  return world.lastCommit(paths);
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

// The soak gate (issue 19): a pin is promoted out of an environment only once it has been pinned there on
// the base branch `min-soak` long. Its evidence is the values file's first-parent history (read through
// git, deepened when a shallow clone ends too soon) and when the base received each pin (the merged pull
// request's merged_at, else a Deployment, else the committer date). A rollback (from: ref:) skips the
// soak of the environment before the target, and says so. Break glass does not lift it: a soak measures
// time in the source environment, which no label makes pass. A pin the source's pin place does not define (a
// shared base's image, a patch's, a chart values.yaml's tag) is measured on its render's history instead
// (rendered-history.ts): where the render took the pin it runs now.

import { deepenWhile } from '../../git/spawn.ts';
import { formatDuration } from '../../text/duration.ts';
import { pinPaths } from '../place.ts';
import { servicePin } from '../plan.ts';
import type { HistoryEntry, PromoteWorld } from '../ports.ts';
import type { PromoteEnvironment } from '../request.ts';
import type { Gate, GateContext, Hold } from './gate.ts';
import { renderedPins } from '../rendered-history.ts';
import { pinKey, type RenderedPins } from '../rendered-pin.ts';

const NAME = 'soak';

/** Since when a service's current pin has been in an environment, from its first-parent history. */
export interface PinnedSince {
  service: string;
  /** Commit time (ms) of the first commit whose version of the file has the pin; undefined when none was found. */
  since?: number;
  commit?: string;
  /** The history ended (a shallow clone, the file's first commit) while the pin still matched: at least this old. */
  atLeast?: boolean;
  /** Where `since` comes from (receivedAt below): absent, the commit's committer date. */
  source?: SoakSource;
  /** Its pin place does not define the pin: it is what the environment's render runs, measured on the render's history. */
  byRender?: true;
}

/**
 * What a soak is measured from: when the base branch received the pin — the merged pull request's
 * merged_at, else the environment's Deployment on that commit — else the commit's committer date,
 * which a direct push can backdate (and why that was the best at hand).
 */
export type SoakSource =
  { kind: 'merged'; pull: number } | { kind: 'deployment'; id: number } | { kind: 'committer'; why: 'no-pull' | 'no-github' };

/** `(merged_at of #12)`: the source of a soak's start, as the output says it. */
export function soakSourceText(s: SoakSource | undefined): string {
  if (s?.kind === 'merged') return `merged_at of #${s.pull}`;
  if (s?.kind === 'deployment') return `created_at of Deployment ${s.id}`;
  const why = s?.why === 'no-github' ? 'GitHub not asked (no token)' : 'no PR found';
  return `committer date: ${why}; a direct push can backdate it`;
}

/** The soak gate's evidence: the source environment's soak and each promoted pin's start, or the rollback that skips it. */
export interface SoakEvidence {
  source?: {
    env: string;
    minSoak: number;
    wait: 'refuse' | 'draft';
    pins: PinnedSince[];
    /** A hydrated source (hydrate: promote: lockstep): each pin is a DRY commit, measured on this active branch. */
    hydrated?: { branch: string };
  };
  /** A rollback (from: ref:) skips the soak of the environment before the target; named here to say so. */
  rollbackPast?: { env: string; minSoak: number };
}

/**
 * Since when `current` (a pin's key: its digest, else its tag) has been the
 * pin: the oldest commit of the run at the head of `history` (newest first)
 * whose version of the file has it. `pinAt` reads a commit's pin key.
 */
export async function pinnedSince(
  service: string,
  current: string | undefined,
  history: readonly HistoryEntry[],
  complete: boolean,
  pinAt: (sha: string) => Promise<string | undefined>,
): Promise<PinnedSince> {
  let found: HistoryEntry | undefined;
  let all = true;
  for (const entry of history) {
    if (current === undefined || (await pinAt(entry.sha)) !== current) {
      all = false;
      break;
    }
    found = entry;
  }
  return { service, ...(found ? { since: found.time, commit: found.sha } : {}), ...(found && all && !complete ? { atLeast: true } : {}) };
}

/** `2026-11-23 08:00 UTC`: an instant on the UTC wall clock (promote/windows.ts formatAt for other time zones). */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The soak hold of each promoted service not yet pinned `minSoak` in `env`:
 * which service, since when (UTC) and how long is left. A pin whose start
 * was not found (its history does not show it), or whose history ends too
 * soon to show it soaked (a shallow clone that could not be deepened), is
 * held too, and says so.
 */
export function soakHolds(env: string, minSoak: number, pins: readonly PinnedSince[], now: number, say = pinWords(env)): Hold[] {
  const soak = `min-soak ${formatDuration(minSoak)}`;
  const holds: Hold[] = [];
  for (const p of pins) {
    const words = p.byRender ? renderWords(env) : say;
    const at = p.commit ? ` (${p.commit.slice(0, 12)})` : '';
    if (p.since !== undefined && p.atLeast) {
      // Where the history at hand ends the pin was already there: old enough if that commit is, else unknown.
      if (now - p.since >= minSoak) continue;
      holds.push({ gate: NAME, message: words.atLeast(p.service, `${formatUtc(p.since)}${at}`, soak) });
      continue;
    }
    if (p.since === undefined) {
      holds.push({ gate: NAME, message: words.unseen(p.service, soak) });
      continue;
    }
    const until = p.since + minSoak;
    if (now >= until) continue;
    // The commit and what its time is measured from: (abc123, merged_at of #12).
    const what = [p.commit?.slice(0, 12), p.source && soakSourceText(p.source)].filter((x) => x).join(', ');
    holds.push({
      gate: NAME,
      message: words.soaking(p.service, p.since, what, minSoak, `${formatDuration(until - now)} left`, now),
      until,
    });
  }
  return holds;
}

/** The three sentences of a soak hold: the start beyond the history at hand, no start found, still soaking. */
interface SoakWords {
  atLeast(service: string, since: string, soak: string): string;
  unseen(service: string, soak: string): string;
  soaking(service: string, since: number, what: string, minSoak: number, left: string, now: number): string;
}

/** A pin of a values file on the base branch. */
function pinWords(env: string): SoakWords {
  return {
    atLeast: (service, since, soak) =>
      `${service}: pinned in ${env} at least since ${since}, where the history at hand ends, so its soak time (${soak}) cannot be measured: fetch the base branch's whole history`,
    unseen: (service, soak) =>
      `${service}: no commit on the base branch's first-parent history pins it in ${env}, so its soak time (${soak}) cannot be measured`,
    soaking: (service, since, what, minSoak, left) =>
      `${service}: pinned in ${env} since ${formatUtc(since)}${what ? ` (${what})` : ''}, min-soak ${formatDuration(minSoak)}: ${left}`,
  };
}

/** A pin its pin place does not define (a shared base's image, a patch's): what the environment's render runs. */
function renderWords(env: string): SoakWords {
  return {
    atLeast: (service, since, soak) =>
      `${service}: run in ${env} by its render at least since ${since}, where the history at hand ends, so its soak time (${soak}) cannot be measured: fetch the base branch's whole history`,
    unseen: (service, soak) =>
      `${service}: no commit on the base branch's first-parent history is seen to run it in ${env} by its render, so its soak time (${soak}) cannot be measured`,
    soaking: (service, since, what, minSoak, left) =>
      `${service}: run in ${env} by its render since ${formatUtc(since)}${what ? ` (${what})` : ''}, min-soak ${formatDuration(minSoak)}: ${left}`,
  };
}

/** soakHolds of a hydrated source `env` whose active branch is `branch` (branchWords). */
export function hydratedSoakHolds(env: string, branch: string, minSoak: number, pins: readonly PinnedSince[], now: number): Hold[] {
  return soakHolds(env, minSoak, pins, now, branchWords(env, branch));
}

/**
 * A hydrated source, whose pins are DRY commits (`service` names one: `DRY commit abc123def456`) its active
 * branch `branch` runs: the same decisions, in words true of a branch an Argo CD reads.
 */
function branchWords(env: string, branch: string): SoakWords {
  return {
    atLeast: (service, since, soak) =>
      `${env} has run ${service} at least since ${since}, where the history of ${branch} at hand ends, so its soak time (${soak}) cannot be measured: fetch ${branch}'s whole history`,
    unseen: (service, soak) =>
      `${env} is not seen to run ${service}: no commit of its active branch ${branch} runs it, so its soak time (${soak}) cannot be measured`,
    soaking: (service, since, what, minSoak, left, now) =>
      `${env} has run ${service} for ${formatDuration(Math.floor(Math.max(0, now - since) / 60_000) * 60_000)} of ${formatDuration(minSoak)} (since its active branch ${branch} took it at ${formatUtc(since)}${what ? `, ${what}` : ''}): ${left}`,
  };
}

/** Since when each service that changes has been pinned in the source environment, on the base's first-parent history. */
async function soakingPins(ctx: GateContext, source: PromoteEnvironment, minSoak: number): Promise<PinnedSince[]> {
  const { req, ports, plan, baseSha, now, cache } = ctx;
  // A pin the source's pin place does not define (a shared base's image, a patch's): measured on its render's history.
  let rendered: Promise<RenderedPins | undefined> | undefined;
  let renderLog: Promise<{ entries: HistoryEntry[]; complete: boolean }> | undefined;
  const pinsIn = async (log: { entries: HistoryEntry[]; complete: boolean }) => {
    const pins: PinnedSince[] = [];
    for (const c of plan.changes) {
      const current = pinKey(await servicePin(req, source, c.service, (p) => ports.git.readAt(baseSha, p), cache));
      const byRender = current === undefined ? await (rendered ??= renderedPins(ctx, source)) : undefined;
      const run = byRender?.current.get(c.service);
      if (byRender && run !== undefined) {
        const history = await (renderLog ??= byRender.log());
        const at = (sha: string) => byRender.pinAt(sha, c.service);
        pins.push({ ...(await pinnedSince(c.service, run, history.entries, history.complete, at)), byRender: true });
        continue;
      }
      pins.push(
        await pinnedSince(c.service, current, log.entries, log.complete, async (sha) =>
          pinKey(await servicePin(req, source, c.service, (p) => ports.git.readAt(sha, p), cache)),
        ),
      );
    }
    return pins;
  };
  const paths = await pinPaths(source, (p) => ports.git.readAt(baseSha, p));
  const read = () => ports.git.firstParentLog(baseSha, paths);
  let pins: PinnedSince[] = [];
  // A shallow clone's history may end while a pin still matches: deepened in steps (the rest of it last) until
  // each such pin is known to be older than min-soak, or where it landed is found.
  await deepenWhile(
    async () => {
      renderLog = undefined;
      const log = await read();
      pins = await pinsIn(log);
      // pinsIn sets renderLog where a pin is measured on the render's history.
      const rendering = renderLog as Promise<{ complete: boolean }> | undefined;
      const complete = log.complete && (rendering === undefined || (await rendering).complete);
      return !complete && !pins.every((p) => !p.atLeast || now - p.since! >= minSoak);
    },
    (n) => ports.git.deepenHistory(n),
  );
  // Measured from when the base branch received each pin, not from a committer date a direct push can backdate.
  pins = await Promise.all(pins.map((p) => receivedAt(p, ports, source.name, req.base)));
  for (const p of pins)
    if (p.since !== undefined && p.source)
      ports.log(
        `${p.service}: soaking in ${source.name} since ${formatUtc(p.since)} (${soakSourceText(p.source)})${p.byRender ? RENDER_START : ''}`,
      );
  return pins;
}

/** Where a soak measured by the render starts, as the log says it. */
const RENDER_START = ', by its render (its pin place pins no image of it; measured on the history of the files its render reads)';

/**
 * Since when the base branch has had a pin: the merged_at of the pull request that brought its commit, else
 * the source environment's first Deployment of that commit, else the commit's committer date (said as such).
 * A pin whose history ends early (`atLeast`) or was not found keeps what pinnedSince said.
 */
export async function receivedAt(pin: PinnedSince, ports: PromoteWorld, environment: string, base: string): Promise<PinnedSince> {
  if (pin.commit === undefined || pin.since === undefined || pin.atLeast) return pin;
  const github = ports.github;
  if (!github) return { ...pin, source: { kind: 'committer', why: 'no-github' } };
  const pull = await github.mergedPullOf(pin.commit, base);
  if (pull && !Number.isNaN(Date.parse(pull.mergedAt)))
    return { ...pin, since: Date.parse(pull.mergedAt), source: { kind: 'merged', pull: pull.number } };
  const deployed = await github.deployedAt(environment, pin.commit);
  if (deployed && !Number.isNaN(Date.parse(deployed.createdAt)))
    return { ...pin, since: Date.parse(deployed.createdAt), source: { kind: 'deployment', id: deployed.id } };
  return { ...pin, source: { kind: 'committer', why: 'no-pull' } };
}

/** Soak time: the source environment's min-soak (the input over its config key) and wait. */
export const soak: Gate<typeof NAME, SoakEvidence> = {
  name: NAME,
  title: 'soak time',
  settings: ['min-soak', 'wait'],
  breakGlass: false,
  async gather(ctx) {
    const { req, route, plan } = ctx;
    const out: SoakEvidence = {};
    // The soak time and wait of the environment promoted from (the input over its config key).
    const source = route.from;
    const settings = source?.settings;
    if (source && settings?.minSoak && plan.changes.length > 0)
      out.source = {
        env: source.name,
        minSoak: settings.minSoak,
        wait: settings.wait,
        pins: await soakingPins(ctx, source, settings.minSoak),
      };
    const before = route.before;
    const pastSoak = before?.settings.minSoak;
    if (req.from.kind === 'ref' && before && pastSoak) out.rollbackPast = { env: before.name, minSoak: pastSoak };
    return out.source || out.rollbackPast ? out : undefined;
  },
  holds: (e, now) => {
    const s = e.source;
    if (!s) return [];
    return s.hydrated ? hydratedSoakHolds(s.env, s.hydrated.branch, s.minSoak, s.pins, now) : soakHolds(s.env, s.minSoak, s.pins, now);
  },
  onHold: (e) => (e.source?.wait === 'draft' ? 'draft' : 'refuse'),
  notes: (e) =>
    e.rollbackPast
      ? [
          `A rollback (from: ref:) does not wait for the soak time of ${e.rollbackPast.env} (min-soak ${formatDuration(e.rollbackPast.minSoak)}).`,
        ]
      : [],
};

// A promotion of hydrated branches (issue 59 item 2): an environment whose `hydrate:` says `promote: lockstep`
// is promoted by a pull request from its proposed branch (`environment/staging-next`) into its active branch
// (`environment/staging`), through the same gates as a promotion of pins. This file is the gates' adapter: it
// builds each registered gate's evidence from the hydrated branches instead of values files. What ships is the
// DRY commit the proposed branch's hydrator.metadata names; an environment runs a DRY commit when its active
// branch's drySha is that commit or comes after it on the DRY history. Soak is measured on the source's active
// branch (when the first commit running it landed there: its pull request's merged_at, else its Deployment), the
// approval read on the pull request that last merged into the source's active branch, fan-in from each listed
// environment's active branch. The verdict, its holds' words and what they do are promote/gates.ts's.

import { configLine, type Config } from '../config/config.ts';
import { UserError } from '../errors.ts';
import { dryShaOf, metadataPaths, proposedBranch } from '../git/hydrated.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { gateVerdict, liftable, type GateInput, type GateVerdict } from './gates.ts';
import type { Gate, GateContext } from './gates/gate.ts';
import { GATES, type GateEvidence, type GateName } from './gates/registry.ts';
import { approval } from './gates/approval.ts';
import { rollbackHold } from './gates/rollback-hold.ts';
import { fanIn } from './gates/fan-in.ts';
import { pinnedSince, receivedAt, soak } from './gates/soak.ts';
import { window } from './gates/window.ts';
import type { PromotionPlan } from './plan.ts';
import type { PromoteGit, PromoteWorld } from './ports.ts';
import type { HydratedTarget, PromoteRequest, Route } from './request.ts';

/** Each environment's hydrated branches, by name, for those whose `hydrate:` names its branch; undefined when none does. */
export function hydratedTargets(config: Config): Record<string, HydratedTarget> | undefined {
  const out: Record<string, HydratedTarget> = {};
  for (const [i, e] of config.environments.entries()) {
    const h = e.hydrate;
    // promote: lockstep reads its branches from the config: an Application's sourceHydrator is not read here.
    if (h?.promote === 'lockstep' && h.branch === undefined)
      throw new UserError(`${e.name}: hydrate: says promote: lockstep and names no branch`, {
        file: config.file,
        line: configLine(config, ['environments', i, 'hydrate']),
        hint: `write hydrate: { branch: environment/${e.name}, promote: lockstep }`,
      });
    if (h?.branch === undefined) continue;
    const place = { ...h, branch: h.branch };
    out[e.name] = {
      active: h.branch,
      proposed: proposedBranch(place),
      metadata: metadataPaths(place).at(-1)!,
      promote: h.promote ?? 'gitops-promoter',
    };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The target of a promotion lockstep carries out on hydrated branches; undefined for a promotion of pins. */
export function lockstepHydrated(req: PromoteRequest, env: string): HydratedTarget | undefined {
  const t = req.hydrated?.[env];
  return t?.promote === 'lockstep' ? t : undefined;
}

/**
 * The commit a hydrated environment runs: the one that landed its hydrator.metadata on its active branch (the
 * merge of its last promotion), where GitHub ran the checks of what it deploys; undefined while nothing landed.
 */
export async function landedHydrated(ports: Pick<PromoteWorld, 'git'>, t: HydratedTarget): Promise<string | undefined> {
  const tip = await ports.git.fetchBranch(t.active);
  return tip ? ports.git.landedAt(tip, t.metadata) : undefined;
}

/** A hydrated branch as origin holds it: its tip and the DRY commit its hydrator.metadata names (undefined when unreadable). */
export interface HydratedTip {
  branch: string;
  tip?: string;
  drySha?: string;
}

/** `branch` fetched from origin and its hydrator.metadata's drySha read (a full SHA, else none). */
export async function readHydrated(git: PromoteGit, branch: string, metadata: string): Promise<HydratedTip> {
  const tip = await git.fetchBranch(branch);
  if (!tip) return { branch };
  const drySha = dryShaOf(await git.readAt(tip, metadata));
  return { branch, tip, ...(drySha ? { drySha } : {}) };
}

/** A hydrated environment's promotion as origin holds its branches: the proposed and active tips, and whether it would move anything. */
export interface HydratedPending {
  next: HydratedTip;
  active: HydratedTip;
  /** The proposed tip is not in the active branch yet, and names another DRY commit than the active one. */
  pending: boolean;
  /** Why it cannot be promoted (a branch missing on origin, a hydrator.metadata naming no DRY commit), as promote refuses it. */
  problem?: UserError;
}

/** What promoting `t` would move, read from origin: the one reading promote-env and `lockstep status` share. */
export async function hydratedPending(git: PromoteGit, t: HydratedTarget, env: string): Promise<HydratedPending> {
  const next = await readHydrated(git, t.proposed, t.metadata);
  const active = await readHydrated(git, t.active, t.metadata);
  const problem = !next.tip
    ? new UserError(`${t.proposed}, the hydrated branch of ${env}, is not on origin`, {
        hint: `run hydrate-env (lockstep hydrate --push) for ${env} first`,
      })
    : !next.drySha
      ? new UserError(`${t.proposed}:${t.metadata} names no drySha, so what it ships cannot be said`, {
          hint: 'let hydrate-env write the branch again; check it with hydrate-env mode: check',
        })
      : !active.tip
        ? new UserError(`${t.active}, the active branch of ${env}, is not on origin: a pull request needs a base`, {
            hint: `create it once (e.g. from an empty commit) and hydrate again: ${t.proposed} then grows out of it`,
          })
        : undefined;
  if (problem) return { next, active, pending: false, problem };
  // The proposed tip already in the active branch (merged), or the same DRY commit there: nothing pending.
  const between = await git.commitsBetween(active.tip!, next.tip!);
  return { next, active, pending: !(between?.length === 0 || next.drySha === active.drySha) };
}

/** Whether an environment running DRY commit `runs` runs `dry`: it is `dry` or comes after it on the DRY history. */
export async function runsDry(git: PromoteGit, runs: string | undefined, dry: string): Promise<boolean> {
  if (runs === undefined) return false;
  if (runs === dry) return true;
  // commitsBetween answers only when its first commit is reachable from its second: `dry` an ancestor of `runs`.
  return (await git.commitsBetween(dry, runs)) !== undefined;
}

/**
 * Whether environment `t`, whose active branch runs DRY commit `runs`, runs `dry`: `runs` is `dry` or after it,
 * or the hydrated commit of `runs` on its proposed branch carries a note (refs/notes/hydrator.metadata, written by
 * hydrate-env when a later DRY commit changed nothing in the environment) naming `dry` or a DRY commit after it.
 * A DRY commit that renders the environment the same makes no hydrated commit, so without the note an environment
 * that is never touched would never be seen to run it. Notes are outside branch protection (anyone who can push a
 * ref can push one), so a note counts only when the proposed branch agrees with it: the noted commit is the
 * branch's newest whose drySha is at or before the noted DRY commit. Had that DRY commit changed the render,
 * hydrate-env would have written a commit for it after the noted one. A note that disagrees is ignored, and
 * `ignored` says so. One per environment and run: the proposed branch is read once.
 */
export class DryRuns {
  private history?: Promise<{ sha: string; drySha?: string }[]>;
  private readonly git: PromoteGit;
  private readonly t: HydratedTarget;
  /** Each note ignored, as a sentence. */
  readonly ignored: string[] = [];
  constructor(git: PromoteGit, t: HydratedTarget) {
    this.git = git;
    this.t = t;
  }

  async runs(runs: string | undefined, dry: string): Promise<boolean> {
    if (await runsDry(this.git, runs, dry)) return true;
    if (runs === undefined) return false;
    const history = await (this.history ??= this.read());
    // Its newest hydrated commit: the one a note of hydrate-env's is written on.
    const at = history.findIndex((h) => h.drySha === runs);
    if (at < 0) return false;
    const hydrated = history[at].sha;
    const noted = await this.git.hydratorNote(hydrated);
    if (noted === undefined || !(await runsDry(this.git, noted, dry))) return false;
    for (const later of history.slice(0, at))
      if (later.drySha !== undefined && (await runsDry(this.git, noted, later.drySha))) {
        this.ignore(hydrated, noted, later.sha, later.drySha);
        return false;
      }
    return true;
  }

  private ignore(hydrated: string, noted: string, later: string, laterDry: string): void {
    const line = `a note in refs/notes/hydrator.metadata says ${hydrated.slice(0, 12)} of ${this.t.proposed} is the render of DRY commit ${noted.slice(0, 12)}, but ${this.t.proposed} holds ${later.slice(0, 12)} (DRY commit ${laterDry.slice(0, 12)}) after it: the note is ignored`;
    if (!this.ignored.includes(line)) this.ignored.push(line);
  }

  /** The proposed branch's hydrated commits, newest first, each with the drySha its hydrator.metadata names. */
  private async read(): Promise<{ sha: string; drySha?: string }[]> {
    const tip = await this.git.fetchBranch(this.t.proposed);
    if (!tip) return [];
    const log = await this.git.firstParentLog(tip, this.t.metadata);
    const out: { sha: string; drySha?: string }[] = [];
    for (const { sha } of log.entries) {
      const drySha = dryShaOf(await this.git.readAt(sha, this.t.metadata));
      out.push({ sha, ...(drySha ? { drySha } : {}) });
    }
    return out;
  }
}

/** What the hydrated gates are given: the promotion, the DRY commit it ships, every environment's hydrated branches. */
export interface HydratedGateInput {
  req: PromoteRequest;
  route: Route;
  ports: PromoteWorld;
  target: HydratedTarget;
  /** The DRY commit the proposed branch's hydrator.metadata names: what the promotion ships. */
  dry: string;
  /** The DRY base's tip (where the window gate's context says it was planned). */
  baseSha: string;
  now: number;
  cache: ParseCache;
  /** The notes of refs/notes/hydrator.metadata the gates ignored (DryRuns), said beside the verdict. */
  ignored?: string[];
}

/** The notes `runs` ignored, kept on the gates' input for the verdict to say. */
function keepIgnored(h: HydratedGateInput, runs: DryRuns): void {
  for (const line of runs.ignored) if (!h.ignored?.includes(line)) (h.ignored ??= []).push(line);
}

/** A plan with nothing in it: a promotion of hydrated branches edits no file. */
export function emptyPlan(sourceLabel: string, notes: string[] = []): PromotionPlan {
  return { changes: [], files: [], services: [], unchanged: [], sourceLabel, checks: [], notes };
}

/** How a hold names what is promoted. */
const dryLabel = (dry: string) => `DRY commit ${dry.slice(0, 12)}`;

/** The source environment's hydrated branches; a source without them cannot say what it runs. */
function sourceOf(h: HydratedGateInput): { name: string; t: HydratedTarget } | undefined {
  const source = h.req.from.kind === 'env' ? h.route.from : undefined;
  if (!source) return undefined;
  const t = h.req.hydrated?.[source.name];
  if (!t)
    throw new UserError(`${h.route.to.name} is promoted from hydrated branches, and ${source.name} has no hydrate: branch to read`, {
      file: h.req.configFile,
      hint: `add hydrate: { branch: environment/${source.name} } to ${source.name}`,
    });
  return { name: source.name, t };
}

/** Soak: since when the source's active branch has run the DRY commit, measured as promote/gates/soak.ts measures a pin. */
async function soakOf(h: HydratedGateInput): Promise<GateEvidence[typeof soak.name] | undefined> {
  const source = sourceOf(h);
  const settings = source && h.route.from?.settings;
  if (!source || !settings?.minSoak) return undefined;
  const git = h.ports.git;
  const runs = new DryRuns(git, source.t);
  const active = await readHydrated(git, source.t.active, source.t.metadata);
  const runsAt = async (sha: string) => ((await runs.runs(dryShaOf(await git.readAt(sha, source.t.metadata)), h.dry)) ? 'runs' : 'not');
  const log = active.tip ? await git.firstParentLog(active.tip, source.t.metadata) : { entries: [], complete: true };
  const current = (await runs.runs(active.drySha, h.dry)) ? 'runs' : undefined;
  const pinned = await pinnedSince(dryLabel(h.dry), current, log.entries, log.complete, runsAt);
  keepIgnored(h, runs);
  const pins = [await receivedAt(pinned, h.ports, source.name, source.t.active)];
  return { source: { env: source.name, minSoak: settings.minSoak, wait: settings.wait, pins, hydrated: { branch: source.t.active } } };
}

/** Fan-in: each `after:` environment's active branch runs the DRY commit. */
async function fanInOf(h: HydratedGateInput): Promise<GateEvidence[typeof fanIn.name] | undefined> {
  const after = h.route.to.after ?? [];
  if (after.length === 0) return undefined;
  const label = dryLabel(h.dry);
  const runs: GateEvidence[typeof fanIn.name]['runs'] = [];
  const ignored: Record<string, string> = {};
  for (const name of after) {
    const t = h.req.hydrated?.[name];
    const at = t ? await readHydrated(h.ports.git, t.active, t.metadata) : undefined;
    const dryRuns = t ? new DryRuns(h.ports.git, t) : undefined;
    const has = at?.drySha && (await dryRuns?.runs(at.drySha, h.dry)) ? h.dry : (at?.drySha ?? null);
    runs.push({ name, values: t?.metadata ?? '', missing: !at?.tip, services: { [label]: { tag: has, digest: null } } });
    if (dryRuns && dryRuns.ignored.length > 0) ignored[name] = dryRuns.ignored.join('; ');
  }
  return {
    env: h.route.to.name,
    wants: [{ service: label, pin: h.dry }],
    runs,
    hydrated: true,
    ...(Object.keys(ignored).length > 0 ? { ignored } : {}),
  };
}

/**
 * Approval: the registered gate reads the pull request that last changed the source's pin file on the base; here
 * the source's hydrator.metadata on its active branch (the merge of its last promotion).
 */
async function approvalOf(h: HydratedGateInput): Promise<GateEvidence[typeof approval.name] | undefined> {
  if (!h.route.to.approval) return undefined;
  const source = sourceOf(h);
  if (!source) return approval.gather(context(h, h.req, h.route, h.baseSha));
  const tip = await h.ports.git.fetchBranch(source.t.active);
  // The source as the gate reads it: its pins' file is the hydrator.metadata of its active branch (no other pin location).
  const from = { ...h.route.from!, name: source.name, values: source.t.metadata, kustomization: undefined, helmrelease: undefined };
  const req = { ...h.req, base: source.t.active };
  return approval.gather(context(h, req, { ...h.route, from }, tip ?? h.baseSha));
}

function context(h: HydratedGateInput, req: PromoteRequest, route: Route, baseSha: string): GateContext {
  return { req, route, ports: h.ports, plan: emptyPlan(route.from?.name ?? ''), baseSha, now: h.now, cache: h.cache };
}

/** Each registered gate's evidence from the hydrated branches (a gate added to the registry needs its line here). */
const GATHER: { [N in GateName]: (h: HydratedGateInput) => Promise<GateEvidence[N] | undefined> } = {
  [soak.name]: soakOf,
  [window.name]: (h: HydratedGateInput) => window.gather(context(h, h.req, h.route, h.baseSha)),
  [fanIn.name]: fanInOf,
  [approval.name]: approvalOf,
  // A hydrated environment is rolled back on its active branch, not by a promotion that lands on the base: not read here.
  [rollbackHold.name]: () => Promise.resolve(undefined),
};

/** The gates' verdict on promoting the hydrated DRY commit; undefined when no gate is configured for the route. */
export async function hydratedGates(h: HydratedGateInput): Promise<GateVerdict | undefined> {
  const evidence: Record<string, unknown> = {};
  for (const gate of GATES as readonly Gate[]) {
    const found = await GATHER[gate.name as GateName](h);
    if (found !== undefined) evidence[gate.name] = found;
  }
  if (Object.keys(evidence).length === 0) return undefined;
  const input: GateInput = { now: h.now, push: 'pr', evidence };
  if (h.ports.github && liftable(gateVerdict(input).holds))
    input.breakGlass = await h.ports.github.breakGlass(h.target.proposed, h.target.active, h.req.breakGlassLabel);
  const verdict = gateVerdict(input);
  // Said whether or not a gate holds: a note someone pushed that the branches do not back is worth knowing of.
  return { ...verdict, notes: [...verdict.notes, ...(h.ignored ?? []).map((line) => `Warning: ${line}.`)] };
}

// One promotion end to end, its steps named: read the request (the config
// here, or at the base of the repository promoted in), check the route once,
// open the repository, plan on the base, gate, publish — a commit on
// promote/<to> and one pull request per target (updated in place, a human's
// commits on it re-applied), or with push: direct a commit on the base branch
// itself, pushed with a lease. A base that moves between fetch and push is
// fetched again and the promotion re-planned.

import { favourSmallHeap, holdYoungGeneration, saveHeapMemory } from '../../async/young-generation.ts';
import { renderDiff, type FileChange } from '../../edits/diff.ts';
import { ParseCache } from '../../text/parse-cache.ts';
import { named, setting, UserError, words } from '../../errors.ts';
import { checksGreen, type PromotionPlan } from '../../promote/plan.ts';
import type { RemoteCommit } from '../../git/generated-branch.ts';
import type { PullRef } from '../../github/pulls.ts';
import type { PromoteWorld, PublishOutcome } from '../../promote/ports.ts';
import { changesOutput, commitMessage, pullBody, pullTitle } from '../../promote/publish/report.ts';
import type { PromoteInputs, PromoteRequest, Route } from '../../promote/request.ts';
import { advanceWaves, planWaves, type WaveReport } from '../../promote/waves.ts';
import { copyPlannedImages } from '../../promote/registry-copy.ts';
import { fetchBaseAhead, forgetFetchedBases, localPromotion, openSession, planRouted, sessionRequest } from '../../promote/session.ts';
import { shippedPulls, type WhatsIn } from '../../promote/whats-in.ts';
import { checkGates } from '../../promote/gate-evidence.ts';
import { gateLines, type GateVerdict } from '../../promote/gates.ts';
import type { Clock } from '../../registry/retry.ts';
import type { World } from '../../contract/world.ts';
import { lockstepHydrated } from '../../promote/hydrated.ts';
import { describeTrail } from '../../trail/trail.ts';
import { promoteHydrated } from './hydrated.ts';
import { renderedRows } from '../../promote/fleet.ts';
import { notifyOutcome, type Notified } from './notify.ts';
import { apiCommits, counting, fromLabel, shipped, summaryTable, trailing, trailLanded } from './steps.ts';

/** What a promotion did in the repository promoted in. */
export interface PromoteResult {
  route: Route;
  plan: PromotionPlan;
  baseSha: string;
  changed: boolean;
  /** Unified diff of the planned edits (escaped for the log). */
  diff: string;
  /** 'dry-run' | 'nothing' | 'checks' (stopped by require-checks) | 'held' (refused by a gate) | 'pr' | 'direct'. */
  outcome: 'dry-run' | 'nothing' | 'checks' | 'held' | 'pr' | 'direct';
  /** What the gates (soak time, windows) decided, when any is configured for the route. */
  gate?: GateVerdict;
  branch?: string;
  pull?: PullRef;
  pullOutcome?: 'created' | 'updated' | 'unchanged';
  /** True when the branch (or base, for direct) was pushed by this run. */
  pushed: boolean;
  commit?: string;
  autoMerge?: { enabled: boolean; reason?: string };
  draft?: boolean;
  notes: string[];
  /** What the promotion ships (dry run, direct push and pull request): release notes, compare links, merged pull requests. */
  whatsIn?: WhatsIn;
  /** `<server>/<owner>/<name>` of the repository promoted in, for the links of whatsIn. */
  repoUrl?: string;
  /** commit-mode api: each commit this run wrote through the GitHub API, oldest first, and what GitHub shows for it. */
  apiCommits?: RemoteCommit[];
  /** A promotion of hydrated branches: the active branch and the DRY commit it runs (said instead of pins). */
  hydrated?: { active: string; drySha: string };
}

/** What a promotion did, with the request it ran (for the summary) and the action's outputs. */
export interface PromoteOperationResult extends PromoteResult {
  request: PromoteRequest;
  dryRun: boolean;
  /** The planned edits (the same as plan.files), for the terminal's diff. */
  changes: FileChange[];
  outputs: { changed: string; 'pr-number': string; 'pr-url': string; branch: string; changes: string; events: string };
  notified: Notified; // the run's events and, with notify-webhook, what became of each delivery (notify.ts)
  /** Where the environments were read: `origin/main`, or the local branch when there is no remote. */
  readFrom?: string;
  /** With several targets: where each wave stands (promote/waves.ts). */
  waves?: WaveReport;
  /** The rendered manifest diffs, one row per object that changes (and per environment not rendered); absent when render is off or nothing is written. */
  rendered?: { environment: string; object: string; change: string; diff: string }[];
  /** Per environment rendered, its counts with the ignored and non-deterministic lines (an all-noise render has no `rendered` row). */
  renderCounts?: Record<string, string | number>[];
}

/**
 * promote-env and `lockstep promote`: the request read and its route checked
 * (a local config's before anything opens, another repository's once its
 * config is read), the repository opened, the promotion carried out on the
 * checked route, the session closed.
 */
export async function runPromote(i: PromoteInputs, world: World): Promise<PromoteOperationResult> {
  // Each plan parses every environment's values file (hundreds of KB with hundreds of services) several times:
  // garbage that would grow V8's nursery to its ceiling (500 services peaked at 270 MB, ~5 MB of it live), and,
  // promoted, the old generation far past what is live (favourSmallHeap); at L (1,000 services) how late a
  // mark-compact caught up moved the peak between 130 and 151 MB from run to run (saveHeapMemory).
  // Kept since the pin index (issue 58): without it a dry run at L took ~0.4 s less CPU but peaked at 136–148 MB,
  // and the heap a 300-service run holds at its first pull-request request rose from under 17 MB to 17.4–17.5 MB
  // (promote-env-memory.test.ts), what the mode's flushing of compiled code no longer frees.
  holdYoungGeneration();
  favourSmallHeap();
  saveHeapMemory();
  const local = await localPromotion(i, world.workspace);
  // Every wave's route is checked before anything opens when the config is local (one wave: the target's).
  if (local.request) planWaves(local.request);
  const session = await openSession(i, local, world);
  world.reporter.group(`Promoting ${i.from ?? 'new pins'} → ${i.to}`);
  try {
    const asked = await sessionRequest(i, local, session);
    const waves = planWaves(asked);
    const ports = counting(session.world, world);
    const shows: Shown = { whatShips: world.showsWhatShips !== false };
    // Several targets are waves (promote/waves.ts): each run advances them as far as they may go.
    const {
      result: r,
      wave,
      report,
    } = waves.length > 1
      ? await advanceWaves(waves, ports, asked.requireChecks, async (q, route) => {
          const done = await promoteOn(q, route, ports, world.clock, shows);
          // A wave that landed moved the base: the next wave plans on the new tip, fetched anew.
          forgetFetchedBases(ports);
          return done;
        })
      : { result: await promoteOn(waves[0].req, waves[0].route, ports, world.clock, shows), wave: waves[0], report: undefined };
    const req = wave.req;
    // The job summary ends with every environment side by side; no other face shows it, so only there are the
    // other environments' files read (a fleet of a hundred would be read for nothing by a dry run in a terminal).
    const plan = world.summarises !== false ? { ...r.plan, drift: await summaryTable(req, wave.route, r, ports) } : r.plan;
    const notified = await notifyOutcome(req, r, ports, world);
    return {
      notified,
      ...r,
      plan,
      ...(report ? { waves: report } : {}),
      ...(session.readFrom ? { readFrom: session.readFrom } : {}),
      request: req,
      dryRun: req.dryRun,
      ...renderedRows(r.plan),
      changes: r.plan.files,
      outputs: {
        changed: String(r.changed),
        'pr-number': r.pull ? String(r.pull.number) : '',
        'pr-url': r.pull?.url ?? '',
        branch: r.branch ?? '',
        changes: changesOutput(r.plan),
        events: JSON.stringify(notified.events),
      },
    };
  } finally {
    world.reporter.endGroup();
    await session.close();
  }
}

/** The plan as it stands: re-planned when the base moved under the publish. */
interface Planned {
  plan: PromotionPlan;
  baseSha: string;
  notes: string[];
  /** The run's one parse cache: a re-plan on a moved base reads the same files again. */
  cache: ParseCache;
  /** What the gates decided, once checked (before anything is written). */
  gate?: GateVerdict;
}

/** What the run's face shows that takes reading to tell: what the promotion ships (World.showsWhatShips). */
export interface Shown {
  whatShips: boolean;
}

/**
 * The promotion `req` on its checked `route` through `ports`: plan on the
 * base, stop at red checks, nothing to do or a dry run, else publish and, for
 * push: pr, open or update the pull request. What it ships is read for the
 * pull request's body, and for the result when the face `shows` it.
 */
export async function promoteOn(
  req: PromoteRequest,
  route: Route,
  ports: PromoteWorld,
  clock: Pick<Clock, 'now'>,
  shows: Shown = { whatShips: true },
): Promise<PromoteResult> {
  // An environment whose hydrate: says promote: lockstep: the pull request between its hydrated branches (hydrated.ts).
  const hydrated = lockstepHydrated(req, route.to.name);
  if (hydrated) return promoteHydrated(req, route, hydrated, ports, clock);
  if (req.requireChecks.length > 0 && !ports.github)
    throw new UserError(words`require-checks needs ${named('github-token')}`, { hint: words`${setting('github-token')} (checks: read)` });
  const baseSha = await fetchBaseAhead(req, route, ports);
  // notify-pulls: a promotion pull request that just merged (the base's tip is its merge) adds its step to the trail.
  const landed = trailing(req) && !req.dryRun ? await trailLanded(ports, baseSha) : [];
  const cache = new ParseCache();
  const state: Planned = { plan: await planRouted(req, route, ports, baseSha, cache), baseSha, notes: landed, cache };
  const result = (over: Partial<PromoteResult> & Pick<PromoteResult, 'changed' | 'outcome'>): PromoteResult => ({
    route,
    plan: state.plan,
    baseSha: state.baseSha,
    diff: renderDiff(state.plan.files),
    notes: [...state.plan.notes, ...state.notes, ...(state.gate?.notes ?? [])],
    pushed: false,
    ...(state.gate ? { gate: state.gate } : {}),
    ...over,
  });
  if (!checksGreen(state.plan)) return result({ changed: false, outcome: 'checks' });
  if (state.plan.files.length === 0) return result({ changed: false, outcome: 'nothing' });
  // The gates (soak time, windows), on the World's clock and before anything is written: a refusal ends here.
  const gate = (state.gate = await checkGates(req, route, ports, state.plan, state.baseSha, clock.now(), cache));
  // The gates were the parses' last reader: what follows (the commit, the pull request, what it ships) reads the
  // plan, not the files. Held on, the parsed environments (~4 MB each at 500 services) would sit under the git
  // pushes and the API requests, where the run peaks. A plan made again on a moved base parses them anew.
  cache.clear();
  const held = gate?.action === 'refuse';
  const told = async () => (shows.whatShips ? await shipped(req, ports, state) : {});
  if (!held) state.plan.notes.push(...(await copyPlannedImages(req, state.plan.changes, route, ports, req.dryRun)));
  // A dry run asks whether the promotion would land now: any hold answers no (exit 1, the hold said first), a
  // window's too, whose real run opens a draft that waits for it; its plan is still shown.
  if (req.dryRun) {
    const holds = held || gate?.action === 'draft';
    return result({ changed: !holds, outcome: holds ? 'held' : 'dry-run', ...(await told()) });
  }
  if (held) return result({ changed: false, outcome: 'held' });
  const direct = req.push === 'direct';
  if (!direct && !ports.github)
    throw new UserError(words`opening a pull request needs ${named('github-token')}`, {
      hint: words`${setting('github-token')} (contents: write, pull-requests: write)`,
    });

  const label = fromLabel(req, route);
  const branch = direct ? req.base : route.branch;
  const published = await publishCommit(req, route, ports, state, branch, label);
  state.baseSha = published.baseSha;
  if (published.outcome === 'rejected')
    throw new UserError(`the push to ${branch} was rejected: ${published.detail}`, {
      hint: direct
        ? words`check branch protection: ${named('push', 'direct')} needs a token allowed to push to the base branch`
        : 'check the token may push branches (contents: write)',
    });
  if (published.outcome === 'empty') return result({ changed: false, outcome: 'nothing' });
  if (direct) {
    if (published.outcome === 'conflict') throw new Error(`unexpected conflict on a direct push to ${branch}`);
    return result({
      changed: true,
      outcome: 'direct',
      branch,
      commit: published.head,
      pushed: published.outcome !== 'unchanged',
      ...(await told()),
      ...apiCommits(published),
    });
  }
  return result(await openPull(req, route, ports, state, published, branch, label, gate));
}

/** The generated commit on `branch`, published with a lease; planned again, gates included, when the base moved since the last plan. */
function publishCommit(
  req: PromoteRequest,
  route: Route,
  ports: PromoteWorld,
  state: Planned,
  branch: string,
  label: string,
): Promise<PublishOutcome> {
  return ports.git.publish({
    base: req.base,
    branch,
    commitMode: req.settings.commitMode,
    plan: async (sha) => {
      if (sha !== state.baseSha) {
        // The base moved since the last plan (another push landed): plan again on it, gates included.
        state.notes.push(
          `${req.base} moved while promoting (${state.baseSha.slice(0, 12)} → ${sha.slice(0, 12)}); fetched it again and re-planned.`,
        );
        state.baseSha = sha;
        state.plan = await planRouted(req, route, ports, sha, state.cache);
        if (!checksGreen(state.plan))
          throw new UserError('required checks are not green on the moved base', { hint: 'run again when they pass; nothing was written' });
        state.plan.notes.push(...(await copyPlannedImages(req, state.plan.changes, route, ports, false)));
      }
      return {
        files: state.plan.files.map((f) => ({ path: f.path, content: f.after })),
        message: commitMessage(pullTitle(label, route.to.name, state.plan), state.plan, {
          environment: route.to.name,
          from: req.from.kind === 'ref' ? `ref:${req.from.ref}` : label,
          rollback: req.from.kind === 'ref',
        }),
      };
    },
  });
}

/**
 * The pull request from the published branch: opened or updated (a draft
 * into a protected environment), a conflicting human commit said in its body,
 * and auto-merge asked for when the target allows it and something changed.
 */
async function openPull(
  req: PromoteRequest,
  route: Route,
  ports: PromoteWorld,
  state: Planned,
  published: Exclude<PublishOutcome, { outcome: 'rejected' | 'empty' }>,
  branch: string,
  label: string,
  gate: GateVerdict | undefined,
): Promise<Partial<PromoteResult> & Pick<PromoteResult, 'changed' | 'outcome'>> {
  const github = ports.github!;
  const warnings: string[] = [];
  let head: string;
  let pushed = false;
  if (published.outcome === 'conflict') {
    head = published.previous;
    const where = published.files.length > 0 ? ` in ${published.files.join(', ')}` : '';
    warnings.push(
      `${branch} has a commit (${published.commit.slice(0, 12)} "${published.subject}") that conflicts with this promotion${where}${published.reason ? ` (${published.reason})` : ''}; the branch was left alone — resolve it by hand.`,
    );
  } else {
    head = published.head;
    pushed = published.outcome !== 'unchanged';
    if (published.replayed.length > 0)
      state.notes.push(`Kept ${published.replayed.length} commit${published.replayed.length === 1 ? '' : 's'} someone added to ${branch}.`);
  }
  state.notes.push(...warnings);
  // A promotion a gate holds is a draft without auto-merge until the gate lets it through (a rerun then).
  const held = gate?.action === 'draft';
  const draft = route.to.protected || (req.draft ?? false) || held;
  const ships = await shipped(req, ports, state);
  let opened;
  try {
    opened = await github.upsertPull({
      branch,
      base: req.base,
      title: pullTitle(label, route.to.name, state.plan),
      body: pullBody({
        // The pull request ends with every environment side by side, the target as it merges.
        plan: { ...state.plan, drift: await summaryTable(req, route, state, ports) },
        fromLabel: label,
        to: route.to.name,
        baseSha: state.baseSha,
        base: req.base,
        repository: req.repository,
        notes: [...state.plan.notes, ...warnings],
        ...ships,
        ...(trailing(req) && ships.whatsIn ? { ships: shippedPulls(ships.whatsIn) } : {}),
        gate: gate && [...gateLines(gate), ...gate.notes],
        commitMode: req.settings.commitMode,
      }),
      draft,
      labels: req.labels,
      reviewers: req.reviewers,
    });
  } catch (e) {
    // The branch is already on the remote: say so, so nothing is left half-done without explanation.
    if (pushed && e instanceof UserError)
      throw new UserError(
        `${e.message} (the branch ${branch} was pushed at ${head.slice(0, 12)}; a rerun opens the pull request once this is fixed)`,
        { hint: e.hintWords, cliHint: e.cliHint },
      );
    throw e;
  }
  const { pull, outcome } = opened;
  if (trailing(req) && ships.whatsIn) {
    const pulls = shippedPulls(ships.whatsIn);
    if (pulls.length > 0)
      state.notes.push(
        ...describeTrail(
          `${route.to.name} #${pull.number}`,
          await github.leaveTrail(pulls, { environment: route.to.name, pull: pull.number, state: draft ? 'draft' : 'open' }),
        ),
      );
  }
  let autoMerge: PromoteResult['autoMerge'];
  // A break-glass label lets a held pull request through: the draft a hold made leaves draft (GitHub merges no
  // draft), and auto-merge is asked for then, even with nothing pushed.
  if (gate?.breakGlass && !draft && pull.draft) {
    const ready = await github.readyForReview(pull);
    if (ready.ready) state.notes.push(`Break glass: #${pull.number} is no longer a draft.`);
    else
      state.notes.push(
        `Break glass: #${pull.number} could not be taken out of draft (${ready.reason ?? 'refused'}); it does not merge until someone marks it ready for review.`,
      );
  }
  // The target's auto-merge (the input over its config key); never into a protected environment.
  const wantAutoMerge = !route.to.protected && !held && route.to.settings.autoMerge;
  if (wantAutoMerge && (pushed || outcome === 'created' || gate?.breakGlass)) autoMerge = await github.enableAutoMerge(pull);
  return {
    changed: true,
    outcome: 'pr',
    branch,
    pull,
    pullOutcome: outcome,
    pushed,
    commit: head,
    autoMerge,
    draft,
    ...ships,
    ...apiCommits(published),
  };
}

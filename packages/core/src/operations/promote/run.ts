// One promotion end to end, its steps named: read the request (the config
// here, or at the base of the repository promoted in), check the route once,
// open the repository, plan on the base, gate, publish — a commit on
// promote/<to> and one pull request per target (updated in place, a human's
// commits on it re-applied), or with push: direct a commit on the base branch
// itself, pushed with a lease. A base that moves between fetch and push is
// fetched again and the promotion re-planned.

import { renderDiff, type FileChange } from '../../edits/diff.ts';
import { ParseCache } from '../../text/parse-cache.ts';
import { UserError } from '../../errors.ts';
import { checksGreen, type PromotionPlan } from '../../promote/plan.ts';
import type { RemoteCommit } from '../../git/generated-branch.ts';
import type { PromoteWorld, PublishOutcome, PullInfo } from '../../promote/ports.ts';
import { changesOutput, commitMessage, pullBody, pullTitle } from '../../promote/report.ts';
import { checkRoute, type PromoteInputs, type PromoteRequest, type Route } from '../../promote/request.ts';
import { fetchBase, localPromotion, openSession, planOn, sessionRequest } from '../../promote/session.ts';
import type { World } from '../world.ts';

/** What a promotion did in the repository promoted in. */
export interface PromoteResult {
  route: Route;
  plan: PromotionPlan;
  baseSha: string;
  changed: boolean;
  /** Unified diff of the planned edits (escaped for the log). */
  diff: string;
  /** 'dry-run' | 'nothing' | 'checks' (stopped by require-checks) | 'pr' | 'direct'. */
  outcome: 'dry-run' | 'nothing' | 'checks' | 'pr' | 'direct';
  branch?: string;
  pull?: PullInfo;
  pullOutcome?: 'created' | 'updated' | 'unchanged';
  /** True when the branch (or base, for direct) was pushed by this run. */
  pushed: boolean;
  commit?: string;
  autoMerge?: { enabled: boolean; reason?: string };
  draft?: boolean;
  notes: string[];
  /** commit-mode api: each commit this run wrote through the GitHub API, oldest first, and what GitHub shows for it. */
  apiCommits?: RemoteCommit[];
}

/** What a promotion did, with the request it ran (for the summary) and the action's outputs. */
export interface PromoteOperationResult extends PromoteResult {
  request: PromoteRequest;
  dryRun: boolean;
  /** The planned edits (the same as plan.files), for the terminal's diff. */
  changes: FileChange[];
  outputs: { changed: string; 'pr-number': string; 'pr-url': string; branch: string; changes: string };
  /** Where the environments were read: `origin/main`, or the local branch when there is no remote. */
  readFrom?: string;
}

/**
 * promote-env and `lockstep promote`: the request read and its route checked
 * (a local config's before anything opens, another repository's once its
 * config is read), the repository opened, the promotion carried out on the
 * checked route, the session closed.
 */
export async function runPromote(i: PromoteInputs, world: World): Promise<PromoteOperationResult> {
  const local = localPromotion(i, world.workspace);
  const localRoute = local.request && checkRoute(local.request);
  const session = await openSession(i, local, world);
  world.reporter.group(`Promoting ${i.from ?? 'new pins'} → ${i.to}`);
  try {
    const req = await sessionRequest(i, local, session);
    const route = localRoute ?? checkRoute(req);
    const r = await promoteOn(req, route, counting(session.world, world));
    return {
      ...r,
      ...(session.readFrom ? { readFrom: session.readFrom } : {}),
      request: req,
      dryRun: req.dryRun,
      changes: r.plan.files,
      outputs: {
        changed: String(r.changed),
        'pr-number': r.pull ? String(r.pull.number) : '',
        'pr-url': r.pull?.url ?? '',
        branch: r.branch ?? '',
        changes: changesOutput(r.plan),
      },
    };
  } finally {
    world.reporter.endGroup();
    await session.close();
  }
}

/** The promotion's ports, telling the reporter each digest resolved (a promotion of many services resolves one per image). */
function counting(ports: PromoteWorld, world: World): PromoteWorld {
  let done = 0;
  return {
    ...ports,
    async resolveDigest(ref, service) {
      const digest = await ports.resolveDigest(ref, service);
      world.reporter.progress?.({ what: 'image digests resolved', done: ++done });
      return digest;
    },
  };
}

/** A label for the source in titles: the environment, `rollback <ref>`, or the digests/version source. */
function fromLabel(req: PromoteRequest, route: Route): string {
  if (req.from.kind === 'ref') return `rollback ${req.from.ref}`;
  if (route.from) return route.from.name;
  if (req.version) return `version ${req.version}`;
  if (req.digests) return 'digests';
  return 'chart';
}

/** The plan as it stands: re-planned when the base moved under the publish. */
interface Planned {
  plan: PromotionPlan;
  baseSha: string;
  notes: string[];
  /** The run's one parse cache: a re-plan on a moved base reads the same files again. */
  cache: ParseCache;
}

/**
 * The promotion `req` on its checked `route` through `ports`: plan on the
 * base, stop at red checks, nothing to do or a dry run, else publish and, for
 * push: pr, open or update the pull request.
 */
export async function promoteOn(req: PromoteRequest, route: Route, ports: PromoteWorld): Promise<PromoteResult> {
  if (req.requireChecks.length > 0 && !ports.github)
    throw new UserError('require-checks needs github-token', { hint: 'pass github-token (checks: read)' });
  const baseSha = await fetchBase(ports, req.base);
  const cache = new ParseCache();
  const state: Planned = { plan: await planOn(req, route, ports, baseSha, cache), baseSha, notes: [], cache };
  const result = (over: Partial<PromoteResult> & Pick<PromoteResult, 'changed' | 'outcome'>): PromoteResult => ({
    route,
    plan: state.plan,
    baseSha: state.baseSha,
    diff: renderDiff(state.plan.files),
    notes: [...state.plan.notes, ...state.notes],
    pushed: false,
    ...over,
  });
  if (!checksGreen(state.plan)) return result({ changed: false, outcome: 'checks' });
  if (state.plan.files.length === 0) return result({ changed: false, outcome: 'nothing' });
  if (req.dryRun) return result({ changed: true, outcome: 'dry-run' });
  const direct = req.push === 'direct';
  if (!direct && !ports.github)
    throw new UserError('opening a pull request needs github-token', { hint: 'pass github-token (contents: write, pull-requests: write)' });

  const label = fromLabel(req, route);
  const branch = direct ? req.base : `promote/${route.to.name}`;
  const published = await publishCommit(req, route, ports, state, branch, label);
  state.baseSha = published.baseSha;
  if (published.outcome === 'rejected')
    throw new UserError(`the push to ${branch} was rejected: ${published.detail}`, {
      hint: direct
        ? 'check branch protection: push: direct needs a token allowed to push to the base branch'
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
      ...apiCommits(published),
    });
  }
  return result(await openPull(req, route, ports, state, published, branch, label));
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
    commitMode: req.commitMode,
    plan: async (sha) => {
      if (sha !== state.baseSha) {
        // The base moved since the last plan (another push landed): plan again on it, gates included.
        state.notes.push(
          `${req.base} moved while promoting (${state.baseSha.slice(0, 12)} → ${sha.slice(0, 12)}); fetched it again and re-planned.`,
        );
        state.baseSha = sha;
        state.plan = await planOn(req, route, ports, sha, state.cache);
        if (!checksGreen(state.plan))
          throw new UserError('required checks are not green on the moved base', { hint: 'run again when they pass; nothing was written' });
      }
      return {
        files: state.plan.files.map((f) => ({ path: f.path, content: f.after })),
        message: commitMessage(pullTitle(label, route.to.name, state.plan), state.plan),
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
  const draft = route.to.protected || (req.draft ?? false);
  let opened;
  try {
    opened = await github.upsertPull({
      branch,
      base: req.base,
      title: pullTitle(label, route.to.name, state.plan),
      body: pullBody({
        plan: state.plan,
        fromLabel: label,
        to: route.to.name,
        baseSha: state.baseSha,
        base: req.base,
        repository: req.repository,
        notes: warnings,
        commitMode: req.commitMode,
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
        { hint: e.hint },
      );
    throw e;
  }
  const { pull, outcome } = opened;
  let autoMerge: PromoteResult['autoMerge'];
  const wantAutoMerge = !route.to.protected && (req.autoMerge ?? route.to.autoMerge);
  if (wantAutoMerge && (pushed || outcome === 'created')) autoMerge = await github.enableAutoMerge(pull);
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
    ...apiCommits(published),
  };
}

/** The commits a publish wrote through the API (commit-mode api), as a result field; nothing in git mode. */
function apiCommits(published: PublishOutcome): Pick<PromoteResult, 'apiCommits'> {
  return 'commits' in published && published.commits ? { apiCommits: published.commits } : {};
}

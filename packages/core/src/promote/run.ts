// One promotion end to end: check the rules, fetch the base, plan in memory,
// gate, then publish — a commit on promote/<to> and one pull request per target
// (updated in place, a human's commits on it re-applied), or with push: direct
// a commit on the base branch itself, pushed with a lease. A base that moves
// between fetch and push is fetched again and the promotion re-planned.

import { UserError } from '../errors.ts';
import { renderDiff } from '../edits/diff.ts';
import type { ImageReference } from '../registry/reference.ts';
import { checksGreen, planPromotion, type CheckResult, type PromotionPlan } from './plan.ts';
import { commitMessage, pullBody, pullTitle } from './report.ts';
import { checkRoute, type PromoteRequest, type Route } from './request.ts';

/** A file to write in a generated commit. */
export interface CommitFile {
  path: string;
  content: string;
}

/** What publishing a generated branch did (git-publish's publishGeneratedBranch outcome). */
export type PublishOutcome =
  | { outcome: 'created' | 'updated' | 'unchanged'; head: string; baseSha: string; previous?: string; replayed: string[]; skipped: string[] }
  | { outcome: 'empty'; baseSha: string; previous?: string }
  | { outcome: 'conflict'; baseSha: string; previous: string; commit: string; subject: string; files: string[]; reason?: string }
  | { outcome: 'rejected'; baseSha: string; previous?: string; detail: string };

/** The git side of a promotion in the repository promoted in (git-publish's functions, bound to a remote). */
export interface PromoteGit {
  /** Fetches a branch from the remote; its commit, or undefined when the remote has no such branch. */
  fetchBranch(branch: string): Promise<string | undefined>;
  /** A file's text at a commit. */
  readAt(commit: string, path: string): Promise<string | undefined>;
  /** The commit a ref names (fetching a tag or sha from the remote when missing). */
  resolveRef(ref: string): Promise<string | undefined>;
  /** The last commit reachable from `commit` that changed `path`. */
  lastCommit(commit: string, path: string): Promise<string | undefined>;
  /**
   * The shared publish round: fetch base, plan on it, one generated commit,
   * others' commits on `branch` re-applied, push with a lease; re-planned when
   * the base or branch moved. `branch` equal to `base` is a direct push.
   */
  publish(p: { base: string; branch: string; plan(baseSha: string): Promise<{ files: CommitFile[]; message: string }> }): Promise<PublishOutcome>;
}

/** A pull request as promotion reports it. */
export interface PullInfo {
  number: number;
  url: string;
}

/** The GitHub operations promotion needs (gh-client's functions, bound to the repository). */
export interface PromoteGitHub {
  checkStates(sha: string, names: readonly string[]): Promise<CheckResult[]>;
  upsertPull(p: { branch: string; base: string; title: string; body: string; draft: boolean; labels: string[]; reviewers: string[] }): Promise<{ pull: PullInfo; outcome: 'created' | 'updated' | 'unchanged' }>;
  enableAutoMerge(pull: PullInfo): Promise<{ enabled: boolean; reason?: string }>;
}

/** Everything a promotion talks to. */
export interface PromoteWorld {
  git: PromoteGit;
  /** Undefined when no token is available (a dry run may still plan). */
  github?: PromoteGitHub;
  readLocal(path: string): string | undefined;
  resolveDigest(ref: ImageReference, service: string): Promise<string>;
  log?(line: string): void;
}

/** What happened. */
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
}

/** A label for the source in titles: the environment, `rollback <ref>`, or the digests/version source. */
export function fromLabel(req: PromoteRequest, route: Route): string {
  if (req.from.kind === 'ref') return `rollback ${req.from.ref}`;
  if (route.from) return route.from.name;
  if (req.version) return `version ${req.version}`;
  if (req.digests) return 'digests';
  return 'chart';
}

/** Runs the promotion `req` against `world`. */
export async function runPromotion(req: PromoteRequest, world: PromoteWorld): Promise<PromoteResult> {
  const route = checkRoute(req);
  const notes: string[] = [];
  if (req.requireChecks.length > 0 && !world.github) throw new UserError('require-checks needs github-token', { hint: 'pass github-token (checks: read)' });
  const planOn = (baseSha: string) =>
    planPromotion(req, route, {
      readBase: (p) => world.git.readAt(baseSha, p),
      readAt: (c, p) => world.git.readAt(c, p),
      resolveRef: (r) => world.git.resolveRef(r),
      lastCommit: (p) => world.git.lastCommit(baseSha, p),
      readLocal: (p) => world.readLocal(p),
      resolveDigest: (r, s) => world.resolveDigest(r, s),
      checkStates: world.github ? (sha, names) => world.github!.checkStates(sha, names) : undefined,
    });

  const firstBase = await world.git.fetchBranch(req.base);
  if (!firstBase) throw new UserError(`the base branch ${req.base} does not exist on the remote`, { hint: 'set base to an existing branch' });
  let plan = await planOn(firstBase);
  let baseSha = firstBase;
  const result = (over: Partial<PromoteResult> & Pick<PromoteResult, 'changed' | 'outcome'>): PromoteResult => ({
    route,
    plan,
    baseSha,
    diff: renderDiff(plan.files),
    notes: [...plan.notes, ...notes],
    pushed: false,
    ...over,
  });
  if (!checksGreen(plan)) return result({ changed: false, outcome: 'checks' });
  if (plan.files.length === 0) return result({ changed: false, outcome: 'nothing' });
  if (req.dryRun) return result({ changed: true, outcome: 'dry-run' });
  const direct = req.push === 'direct';
  if (!direct && !world.github) throw new UserError('opening a pull request needs github-token', { hint: 'pass github-token (contents: write, pull-requests: write)' });

  const label = fromLabel(req, route);
  const branch = direct ? req.base : `promote/${route.to.name}`;
  const published = await world.git.publish({
    base: req.base,
    branch,
    plan: async (sha) => {
      if (sha !== baseSha) {
        // The base moved since the last plan (another push landed): plan again on it, gates included.
        notes.push(`${req.base} moved while promoting (${baseSha.slice(0, 12)} → ${sha.slice(0, 12)}); fetched it again and re-planned.`);
        baseSha = sha;
        plan = await planOn(sha);
        if (!checksGreen(plan)) throw new UserError('required checks are not green on the moved base', { hint: 'run again when they pass; nothing was written' });
      }
      return { files: plan.files.map((f) => ({ path: f.path, content: f.after })), message: commitMessage(pullTitle(label, route.to.name, plan), plan) };
    },
  });
  baseSha = published.baseSha;
  if (published.outcome === 'rejected')
    throw new UserError(`the push to ${branch} was rejected: ${published.detail}`, {
      hint: direct ? 'check branch protection: push: direct needs a token allowed to push to the base branch' : 'check the token may push branches (contents: write)',
    });
  if (published.outcome === 'empty') return result({ changed: false, outcome: 'nothing' });
  if (direct) {
    if (published.outcome === 'conflict') throw new Error(`unexpected conflict on a direct push to ${branch}`);
    return result({ changed: true, outcome: 'direct', branch, commit: published.head, pushed: published.outcome !== 'unchanged' });
  }

  const warnings: string[] = [];
  let head: string;
  let pushed = false;
  if (published.outcome === 'conflict') {
    head = published.previous;
    const where = published.files.length > 0 ? ` in ${published.files.join(', ')}` : '';
    warnings.push(`${branch} has a commit (${published.commit.slice(0, 12)} "${published.subject}") that conflicts with this promotion${where}${published.reason ? ` (${published.reason})` : ''}; the branch was left alone — resolve it by hand.`);
  } else {
    head = published.head;
    pushed = published.outcome !== 'unchanged';
    if (published.replayed.length > 0) notes.push(`Kept ${published.replayed.length} commit${published.replayed.length === 1 ? '' : 's'} someone added to ${branch}.`);
  }
  notes.push(...warnings);
  const draft = route.to.protected || (req.draft ?? false);
  let opened;
  try {
    opened = await world.github!.upsertPull({
      branch,
      base: req.base,
      title: pullTitle(label, route.to.name, plan),
      body: pullBody({ plan, fromLabel: label, to: route.to.name, baseSha, base: req.base, repository: req.repository, notes: warnings }),
      draft,
      labels: req.labels,
      reviewers: req.reviewers,
    });
  } catch (e) {
    // The branch is already on the remote: say so, so nothing is left half-done without explanation.
    if (pushed && e instanceof UserError)
      throw new UserError(`${e.message} (the branch ${branch} was pushed at ${head.slice(0, 12)}; a rerun opens the pull request once this is fixed)`, { hint: e.hint });
    throw e;
  }
  const { pull, outcome } = opened;
  let autoMerge: PromoteResult['autoMerge'];
  const wantAutoMerge = !route.to.protected && (req.autoMerge ?? route.to.autoMerge);
  if (wantAutoMerge && (pushed || outcome === 'created')) autoMerge = await world.github!.enableAutoMerge(pull);
  return result({ changed: true, outcome: 'pr', branch, pull, pullOutcome: outcome, pushed, commit: head, autoMerge, draft });
}

// One promotion end to end: check the rules, fetch the base, plan in memory,
// gate, then publish — a commit on promote/<to> and one pull request per target
// (updated in place, a human's commits on it re-applied), or with push: direct
// a commit on the base branch itself, pushed with a lease. A base that moves
// between fetch and push is fetched again and the promotion re-planned.

import { UserError } from '../errors.ts';
import { renderDiff } from '../edits/diff.ts';
import type { ImageReference } from '../registry/reference.ts';
import { checksGreen, planPromotion, type CheckResult, type PlanWorld, type PromotionPlan } from './plan.ts';
import { commitMessage, pullBody, pullTitle } from './report.ts';
import { checkRoute, type PromoteRequest, type Route } from './request.ts';

/** A file to write in a generated commit. */
export interface CommitFile {
  path: string;
  content: string;
}

/** The git operations promotion needs in the repository promoted in (git-publish's functions, bound to a remote). */
export interface PromoteGit {
  /** Fetches a branch from the remote; its commit, or undefined when the remote has no such branch. */
  fetchBranch(branch: string): Promise<string | undefined>;
  /** A file's text at a commit. */
  readAt(commit: string, path: string): Promise<string | undefined>;
  /** The commit a ref names (fetching a tag or sha from the remote when missing). */
  resolveRef(ref: string): Promise<string | undefined>;
  /** The last commit reachable from `commit` that changed `path`. */
  lastCommit(commit: string, path: string): Promise<string | undefined>;
  /** One commit on `parent` with `files` changed; never touches the work tree. */
  commitFiles(parent: string, files: readonly CommitFile[], message: string): Promise<string>;
  /** Pushes `sha` to `branch` with a lease on `expected` (undefined: the branch must not exist). */
  pushBranch(branch: string, sha: string, expected: string | undefined): Promise<{ ok: true } | { ok: false; reason: 'stale' | 'rejected'; detail: string }>;
  /** Commits a person added after the generated commit on `tip`. */
  commitsAfterGenerated(base: string, tip: string): Promise<{ generated?: string; after: string[] }>;
  /** Re-applies `commits` on `onto`; a conflict names the commit. */
  replayCommits(onto: string, commits: readonly string[]): Promise<{ ok: true; head: string } | { ok: false; commit: string; subject: string; files: string[] }>;
  /** The tree id of a commit. */
  treeOf(commit: string): Promise<string>;
  /** True when `ancestor` is reachable from `commit`. */
  isAncestor(ancestor: string, commit: string): Promise<boolean>;
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

/** How many times a base that moved under us is fetched again. */
export const BASE_ATTEMPTS = 3;

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
  const branch = `promote/${route.to.name}`;
  for (let attempt = 1; ; attempt++) {
    const baseSha = await world.git.fetchBranch(req.base);
    if (!baseSha) throw new UserError(`the base branch ${req.base} does not exist on the remote`, { hint: 'set base to an existing branch' });
    const planWorld: PlanWorld = {
      readBase: (p) => world.git.readAt(baseSha, p),
      readAt: (c, p) => world.git.readAt(c, p),
      resolveRef: (r) => world.git.resolveRef(r),
      lastCommit: (p) => world.git.lastCommit(baseSha, p),
      readLocal: (p) => world.readLocal(p),
      resolveDigest: (r, s) => world.resolveDigest(r, s),
      checkStates: world.github ? (sha, names) => world.github!.checkStates(sha, names) : undefined,
    };
    if (req.requireChecks.length > 0 && !world.github) throw new UserError('require-checks needs github-token', { hint: 'pass github-token (checks: read)' });
    const plan = await planPromotion(req, route, planWorld);
    const base = { route, plan, baseSha, diff: renderDiff(plan.files), notes: [...plan.notes, ...notes], pushed: false };
    if (!checksGreen(plan)) return { ...base, changed: false, outcome: 'checks' };
    if (plan.files.length === 0) return { ...base, changed: false, outcome: 'nothing' };
    if (req.dryRun) return { ...base, changed: true, outcome: 'dry-run' };
    const label = fromLabel(req, route);
    const title = pullTitle(label, route.to.name, plan);
    const files = plan.files.map((f) => ({ path: f.path, content: f.after }));
    const commit = await world.git.commitFiles(baseSha, files, commitMessage(title, plan));

    if (req.push === 'direct') {
      const pushed = await world.git.pushBranch(req.base, commit, baseSha);
      if (pushed.ok) return { ...base, changed: true, outcome: 'direct', branch: req.base, commit, pushed: true };
      if (pushed.reason === 'stale' && attempt < BASE_ATTEMPTS) {
        notes.push(`${req.base} moved while promoting (attempt ${attempt}); fetched it again and re-planned.`);
        continue;
      }
      throw new UserError(pushed.reason === 'stale' ? `${req.base} kept moving; gave up after ${attempt} attempts` : `the push to ${req.base} was rejected: ${pushed.detail}`, {
        hint: pushed.reason === 'stale' ? 'run again' : 'check branch protection: push: direct needs a token allowed to push to the base branch',
      });
    }

    if (!world.github) throw new UserError('opening a pull request needs github-token', { hint: 'pass github-token (contents: write, pull-requests: write)' });
    const tip = await world.git.fetchBranch(branch);
    let head = commit;
    let push = true;
    const warnings: string[] = [];
    if (tip) {
      const { after } = await world.git.commitsAfterGenerated(baseSha, tip);
      if (after.length > 0) {
        const replayed = await world.git.replayCommits(commit, after);
        if (replayed.ok) {
          head = replayed.head;
          notes.push(`Kept ${after.length} commit${after.length === 1 ? '' : 's'} someone added to ${branch}.`);
        } else {
          push = false;
          head = tip;
          warnings.push(`${branch} has a commit (${replayed.commit.slice(0, 12)} "${replayed.subject}") that conflicts with this promotion in ${replayed.files.join(', ')}; the branch was left alone — resolve it by hand.`);
          notes.push(warnings[warnings.length - 1]);
        }
      }
      if (push && (await world.git.isAncestor(baseSha, tip)) && (await world.git.treeOf(tip)) === (await world.git.treeOf(head))) {
        push = false;
        head = tip;
      }
    }
    let pushed = false;
    if (push) {
      const r = await world.git.pushBranch(branch, head, tip);
      if (!r.ok) {
        if (r.reason === 'stale' && attempt < BASE_ATTEMPTS) {
          notes.push(`${branch} moved while promoting (attempt ${attempt}); fetched it again.`);
          continue;
        }
        throw new UserError(`the push to ${branch} failed (${r.reason}): ${r.detail}`, { hint: 'run again; if it persists, check the token may push branches' });
      }
      pushed = true;
    }
    const draft = route.to.protected || (req.draft ?? false);
    const { pull, outcome } = await world.github.upsertPull({
      branch,
      base: req.base,
      title,
      body: pullBody({ plan, fromLabel: label, to: route.to.name, baseSha, base: req.base, repository: req.repository, notes: warnings }),
      draft,
      labels: req.labels,
      reviewers: req.reviewers,
    });
    let autoMerge: PromoteResult['autoMerge'];
    const wantAutoMerge = !route.to.protected && (req.autoMerge ?? route.to.autoMerge);
    if (wantAutoMerge && (pushed || outcome === 'created')) autoMerge = await world.github.enableAutoMerge(pull);
    return { ...base, notes: [...base.notes, ...notes.filter((n) => !base.notes.includes(n))], changed: true, outcome: 'pr', branch, pull, pullOutcome: outcome, pushed, commit: head, autoMerge, draft };
  }
}

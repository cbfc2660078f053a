import * as g from './git.ts';
import { defaultMergeMessage, markMerged } from './merge-queue.ts';
import { label as labelJson, nodeId, repository, simpleUser } from './shapes.ts';
import { openedPull, type PullState, type RepoState } from './state.ts';

/**
 * The REST operations the double serves, keyed `METHOD template` exactly as
 * in GitHub's OpenAPI description. Each handler reads and changes the state
 * and the bare repository, and returns the answer the schema describes.
 */

/** The operations served (the OpenAPI subset is extracted for exactly these). */
export const OPERATIONS = [
  'GET /user',
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'GET /repos/{owner}/{repo}/issues/{issue_number}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'GET /repos/{owner}/{repo}/commits/{ref}/status',
] as const;

/** What handlers share: the base URL, the authenticated login, ids and the clock. */
export interface World {
  readonly base: string;
  readonly login: string;
  readonly userId: number;
  iso(): string;
  newId(): number;
  readonly repos: Map<string, RepoState>;
  readonly readOnly: boolean;
  readonly forbidPullRequestCreation: boolean;
  /** `org/slug` → member logins (approvals.ts). */
  readonly teams?: Record<string, string[]>;
  /** `owner/name:environment` → required reviewers (approvals.ts). */
  readonly environments?: Record<string, { users?: string[]; teams?: string[] }>;
}

/** One validated request. */
export interface Context {
  world: World;
  repo?: RepoState;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  method: string;
  route: string;
  /** An upload's bytes and their `Content-Type` (the routes whose body is not JSON). */
  raw?: Buffer;
  contentType?: string;
}

/** A handler's answer. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A reply that is not the API's JSON (a fault): sent as is, `cutAt` bytes of it when set (then the connection drops). */
  raw?: { contentType: string; text: string; cutAt?: number };
}

/** A GitHub error answer (`{ message, errors? }`). */
export class HttpError extends Error {
  readonly status: number;
  readonly errors?: unknown[];
  constructor(status: number, message: string, errors?: unknown[]) {
    super(message);
    this.status = status;
    this.errors = errors;
  }
}

type Handler = (ctx: Context) => Answer;

/** The repository's API address. */
export const repoUrl = (w: World, r: RepoState) => `${w.base}/repos/${r.owner}/${r.name}`;
/** The repository's web address. */
export const htmlUrl = (w: World, r: RepoState) => `${w.base}/${r.owner}/${r.name}`;
/** A user as GitHub shows one (the token's own login keeps its id). */
export const user = (w: World, login: string) =>
  simpleUser(w.base, login, login === w.login ? w.userId : 583231, login.endsWith('[bot]') ? 'Bot' : 'User');
const repoJson = (w: World, r: RepoState, full: boolean) =>
  repository(
    w.base,
    {
      id: r.id,
      owner: r.owner,
      name: r.name,
      ownerId: r.ownerId,
      private: r.private,
      defaultBranch: r.defaultBranch,
      createdAt: r.createdAt,
      allowAutoMerge: r.allowAutoMerge,
      permissions: { ...r.permissions },
    },
    full,
  );

/** The repository the request names (404 when the double does not serve it). */
export function repoOf(ctx: Context): RepoState {
  if (!ctx.repo) throw new HttpError(404, 'Not Found');
  return ctx.repo;
}

/** Serves one page of `items` with GitHub's Link header (per_page ≤ 100, default 30). */
export function paginate(ctx: Context, items: unknown[], wrap?: (page: unknown[]) => unknown): Answer {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30)));
  const page = Math.max(1, Number(ctx.query.page ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const links: string[] = [];
  const link = (n: number, rel: string) => {
    const u = new URL(
      ctx.route.split(' ')[1].replace(/\{(\w+)\}/g, (_m, k: string) => encodeURIComponent(ctx.params[k] ?? '')),
      ctx.world.base,
    );
    for (const [k, v] of Object.entries(ctx.query)) if (k !== 'page') u.searchParams.set(k, String(v));
    u.searchParams.set('page', String(n));
    links.push(`<${u.toString()}>; rel="${rel}"`);
  };
  if (page < last) {
    link(page + 1, 'next');
    link(last, 'last');
  }
  if (page > 1) {
    link(1, 'first');
    link(page - 1, 'prev');
  }
  return { status: 200, body: wrap ? wrap(slice) : slice, headers: links.length ? { link: links.join(', ') } : undefined };
}

// ---- pull requests -------------------------------------------------------

/**
 * The head branch's current tip; a deleted head branch closes an open PR, as on GitHub. `tips` (branchTips) is the
 * repository's branches read once for a request that refreshes every PR; without it, the one branch is read.
 */
function refreshHead(w: World, r: RepoState, p: PullState, tips?: Map<string, string>): void {
  if (p.merged) return;
  const sha = tips ? tips.get(p.head) : g.readRef(r.path, `refs/heads/${p.head}`);
  if (sha) {
    p.headSha = sha;
    return;
  }
  if (p.state === 'open') {
    p.state = 'closed';
    p.closedAt = p.updatedAt = w.iso();
  }
}

/** refreshHead for every pull request of `r`, the branches read by one git process when more than one PR reads them. */
function refreshHeads(w: World, r: RepoState): void {
  const tips = r.pulls.filter((p) => !p.merged).length > 1 ? g.branchTips(r.path) : undefined;
  for (const p of r.pulls) refreshHead(w, r, p, tips);
}

function findPull(ctx: Context): PullState {
  const r = repoOf(ctx);
  const n = Number(ctx.params.pull_number ?? ctx.params.issue_number);
  const p = r.pulls.find((x) => x.number === n);
  if (!p) throw new HttpError(404, 'Not Found');
  refreshHead(ctx.world, r, p);
  return p;
}

function branchJson(w: World, r: RepoState, ref: string, sha: string, owner: string) {
  return { label: `${owner}:${ref}`, ref, sha, user: user(w, owner), repo: repoJson(w, r, false) };
}

/** A pull request's head: a branch of this repository, or of `fork`'s copy of it (its own id and owner). */
function headJson(w: World, r: RepoState, p: PullState) {
  if (!p.fork) return branchJson(w, r, p.head, p.headSha, r.owner);
  const copy = { ...r, id: r.id + 1_000_000, owner: p.fork, ownerId: r.ownerId + 1_000_000 };
  return branchJson(w, copy, p.head, p.headSha, p.fork);
}

function labelsOf(w: World, r: RepoState, issue: number) {
  return (r.issueLabels.get(issue) ?? []).map((name) => labelJson(repoUrl(w, r), r.labels.get(name)!));
}

/** resolveCommit of a base branch in `r`, each name read once (for one request's list of pull requests). */
function baseResolver(r: RepoState): (base: string) => string | undefined {
  const seen = new Map<string, string | undefined>();
  return (base) => {
    if (!seen.has(base)) seen.set(base, g.resolveCommit(r.path, base));
    return seen.get(base);
  };
}

/**
 * A pull request as the list endpoints give it. `baseOf` resolves its base branch; a list passes one that reads each
 * base once for all its pull requests (baseResolver), as they all see the same refs.
 */
function pullSimple(
  w: World,
  r: RepoState,
  p: PullState,
  baseOf: (base: string) => string | undefined = (base) => g.resolveCommit(r.path, base),
): Record<string, unknown> {
  const url = `${repoUrl(w, r)}/pulls/${p.number}`;
  const html = `${htmlUrl(w, r)}/pull/${p.number}`;
  const issue = `${repoUrl(w, r)}/issues/${p.number}`;
  const baseSha = baseOf(p.base) ?? p.headSha;
  return {
    url,
    id: p.id,
    node_id: p.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl(w, r)}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${repoUrl(w, r)}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: user(w, p.user),
    body: p.body,
    // The pull-request schemas type a label's description as a plain string, unlike the label schema.
    labels: labelsOf(w, r, p.number).map((l) => ({ ...l, description: l.description ?? '' })),
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.closedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: p.requestedReviewers.map((l) => user(w, l)),
    requested_teams: [],
    head: headJson(w, r, p),
    base: branchJson(w, r, p.base, baseSha, r.owner),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl(w, r)}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl(w, r)}/statuses/${p.headSha}` },
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: p.autoMerge
      ? {
          enabled_by: user(w, w.login),
          merge_method: p.autoMerge.method.toLowerCase(),
          commit_title: p.title,
          commit_message: p.body ?? '',
        }
      : null,
    draft: p.draft,
  };
}

function pullFull(w: World, r: RepoState, p: PullState): Record<string, unknown> {
  const baseSha = g.resolveCommit(r.path, p.base);
  let mergeable: boolean | null = null;
  let commits = 0;
  let additions = 0;
  let deletions = 0;
  let changed = 0;
  if (baseSha && !p.merged) {
    mergeable = g.canMerge(r.path, baseSha, p.headSha);
    commits = g.commitsBetween(r.path, baseSha, p.headSha).length;
    for (const line of g
      .git(r.path, ['diff', '--numstat', `${baseSha}...${p.headSha}`])
      .split('\n')
      .filter(Boolean)) {
      const [a, d] = line.split('\t');
      additions += Number(a) || 0;
      deletions += Number(d) || 0;
      changed++;
    }
  }
  return {
    ...pullSimple(w, r, p),
    merged: p.merged,
    mergeable: p.state === 'open' ? mergeable : null,
    rebaseable: p.state === 'open' ? mergeable : null,
    mergeable_state: p.state !== 'open' ? 'unknown' : mergeable ? (p.draft ? 'draft' : 'clean') : 'dirty',
    merged_by: p.mergedBy ? user(w, p.mergedBy) : null,
    comments: r.comments.filter((c) => c.issue === p.number).length,
    review_comments: 0,
    maintainer_can_modify: p.maintainerCanModify,
    commits,
    additions,
    deletions,
    changed_files: changed,
  };
}

/** `owner:branch` or `branch` → branch (another owner's fork is not modelled). */
function headBranch(r: RepoState, head: string): string | undefined {
  const i = head.indexOf(':');
  if (i < 0) return head;
  return head.slice(0, i).toLowerCase() === r.owner.toLowerCase() ? head.slice(i + 1) : undefined;
}

/** GitHub's 422 Validation Failed answer with its `errors`. */
export function validationFailed(errors: unknown[], message = 'Validation Failed'): HttpError {
  return new HttpError(422, message, errors);
}

function assertNoDuplicate(r: RepoState, head: string, base: string, except?: number): void {
  if (r.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base && p.number !== except)) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${r.owner}:${head}.` }]);
  }
}

const listPulls: Handler = (ctx) => {
  const r = repoOf(ctx);
  const state = String(ctx.query.state ?? 'open');
  const head = ctx.query.head === undefined ? undefined : String(ctx.query.head);
  const baseFilter = ctx.query.base === undefined ? undefined : String(ctx.query.base);
  refreshHeads(ctx.world, r);
  let items = r.pulls.filter((p) => state === 'all' || p.state === state);
  // GitHub applies `head` only in its `user:ref` form and silently ignores a bare branch name,
  // so a client that forgets the owner sees every PR: modelled, because that is the bug to catch.
  if (head !== undefined && head.includes(':')) items = items.filter((p) => headBranch(r, head) === p.head);
  if (baseFilter !== undefined) items = items.filter((p) => p.base === baseFilter);
  const direction = String(ctx.query.direction ?? 'desc');
  items = [...items].sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
  const baseOf = baseResolver(r);
  // Only the page served is rendered (the same body as rendering every item and slicing).
  return paginate(ctx, items, (page) => (page as PullState[]).map((p) => pullSimple(ctx.world, r, p, baseOf)));
};

const createPull: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  if (w.forbidPullRequestCreation) throw new HttpError(403, 'GitHub Actions is not permitted to create or approve pull requests.');
  const b = ctx.body as {
    title?: string;
    head: string;
    base: string;
    body?: string;
    draft?: boolean;
    maintainer_can_modify?: boolean;
    issue?: number;
  };
  if (b.title === undefined) throw validationFailed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
  const head = headBranch(r, b.head);
  const headSha = head === undefined ? undefined : g.readRef(r.path, `refs/heads/${head}`);
  if (head === undefined || !headSha) throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
  const baseSha = g.readRef(r.path, `refs/heads/${b.base}`);
  if (!baseSha) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
  refreshHeads(w, r);
  assertNoDuplicate(r, head, b.base);
  if (g.commitsBetween(r.path, baseSha, headSha).length === 0) {
    throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${b.base} and ${head}` }]);
  }
  const at = w.iso();
  const id = w.newId();
  const p = openedPull(r, {
    id,
    title: b.title,
    body: b.body ?? null,
    draft: b.draft ?? false,
    head,
    headSha,
    base: b.base,
    maintainerCanModify: b.maintainer_can_modify ?? false,
    at,
    user: w.login,
  });
  r.pulls.push(p);
  return { status: 201, body: pullFull(w, r, p), headers: { location: `${repoUrl(w, r)}/pulls/${p.number}` } };
};

const getPull: Handler = (ctx) => {
  const p = findPull(ctx);
  return { status: 200, body: pullFull(ctx.world, repoOf(ctx), p) };
};

const updatePull: Handler = (ctx) => {
  const r = repoOf(ctx);
  const p = findPull(ctx);
  const b = ctx.body as
    { title?: string; body?: string; state?: 'open' | 'closed'; base?: string; maintainer_can_modify?: boolean } | undefined;
  if (b?.base !== undefined && b.base !== p.base) {
    if (!g.readRef(r.path, `refs/heads/${b.base}`)) throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    if (p.state === 'open') assertNoDuplicate(r, p.head, b.base, p.number);
    p.base = b.base;
  }
  if (b?.title !== undefined) p.title = b.title;
  if (b?.body !== undefined) p.body = b.body;
  if (b?.maintainer_can_modify !== undefined) p.maintainerCanModify = b.maintainer_can_modify;
  if (b?.state !== undefined && b.state !== p.state) {
    if (b.state === 'open') {
      if (p.merged) throw validationFailed([{ resource: 'PullRequest', code: 'custom', message: 'Cannot reopen a merged pull request' }]);
      if (!g.readRef(r.path, `refs/heads/${p.head}`))
        throw validationFailed([
          { resource: 'PullRequest', code: 'custom', message: 'state cannot be changed. The head branch was deleted.' },
        ]);
      assertNoDuplicate(r, p.head, p.base, p.number);
      p.state = 'open';
      p.closedAt = null;
    } else {
      p.state = 'closed';
      p.closedAt = ctx.world.iso();
      p.autoMerge = null;
    }
  }
  p.updatedAt = ctx.world.iso();
  return { status: 200, body: pullFull(ctx.world, r, p) };
};

const mergePull: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const p = findPull(ctx);
  const b = (ctx.body ?? {}) as {
    commit_title?: string;
    commit_message?: string;
    sha?: string;
    merge_method?: 'merge' | 'squash' | 'rebase';
  };
  if (p.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
  if (p.draft) throw new HttpError(405, 'Pull Request is still a draft');
  if (b.sha !== undefined && b.sha !== p.headSha) throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
  const baseSha = g.readRef(r.path, `refs/heads/${p.base}`);
  if (!baseSha) throw new HttpError(422, 'Base branch was deleted');
  const method = b.merge_method ?? 'merge';
  // An edited title or message replaces its part of GitHub's default (merge-queue.ts defaultMergeMessage).
  const [defaultTitle, ...defaultDetails] = defaultMergeMessage(r, p, method, baseSha).split('\n\n');
  const title = b.commit_title ?? defaultTitle;
  const details = b.commit_message ?? defaultDetails.join('\n\n');
  const message = details ? `${title}\n\n${details}` : title;
  const merged = g.mergeCommits(
    r.path,
    method,
    baseSha,
    p.headSha,
    message,
    { name: p.user, email: `${w.userId}+${p.user}@users.noreply.github.com` },
    w.iso(),
  );
  if (!merged.ok) throw new HttpError(405, 'Pull Request is not mergeable');
  try {
    g.updateRef(r.path, `refs/heads/${p.base}`, merged.sha, baseSha);
  } catch {
    // A push landed on the base between reading it and moving it: GitHub's answer to that race.
    throw new HttpError(405, 'Base branch was modified. Review and try the merge again.');
  }
  const at = w.iso();
  markMerged(p, at, merged.sha, w.login);
  return { status: 200, body: { sha: merged.sha, merged: true, message: 'Pull Request successfully merged' } };
};

const listReviewers: Handler = (ctx) => {
  const p = findPull(ctx);
  return { status: 200, body: { users: p.requestedReviewers.map((l) => user(ctx.world, l)), teams: [] } };
};

const listReviews: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const p = findPull(ctx);
  const url = `${repoUrl(w, r)}/pulls/${p.number}`;
  return paginate(
    ctx,
    p.reviews.map((v) => ({
      id: v.id,
      node_id: nodeId('PRR', v.id),
      user: user(w, v.user),
      body: v.body,
      state: v.state,
      html_url: `${htmlUrl(w, r)}/pull/${p.number}#pullrequestreview-${v.id}`,
      pull_request_url: url,
      _links: { html: { href: `${htmlUrl(w, r)}/pull/${p.number}#pullrequestreview-${v.id}` }, pull_request: { href: url } },
      submitted_at: v.submittedAt,
      commit_id: v.commitId,
      author_association: 'COLLABORATOR',
    })),
  );
};

const requestReviewers: Handler = (ctx) => {
  const r = repoOf(ctx);
  const p = findPull(ctx);
  const b = ctx.body as { reviewers?: string[]; team_reviewers?: string[] };
  if (b.reviewers?.some((l) => l.toLowerCase() === p.user.toLowerCase())) {
    throw validationFailed([], 'Review cannot be requested from pull request author.');
  }
  if (b.team_reviewers?.length)
    throw validationFailed(
      [],
      'Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the repository.',
    );
  for (const l of b.reviewers ?? []) if (!p.requestedReviewers.includes(l)) p.requestedReviewers.push(l);
  p.updatedAt = ctx.world.iso();
  return { status: 201, body: pullSimple(ctx.world, r, p) };
};

// ---- issues: labels and comments -------------------------------------------

function issueNumber(ctx: Context): number {
  const r = repoOf(ctx);
  const n = Number(ctx.params.issue_number);
  if (!r.pulls.some((p) => p.number === n)) throw new HttpError(404, 'Not Found');
  return n;
}

/** A pull request seen through the issues API (every PR is an issue; plain issues are not modelled). */
const getIssue: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const n = issueNumber(ctx);
  const p = r.pulls.find((x) => x.number === n)!;
  refreshHead(w, r, p);
  const url = `${repoUrl(w, r)}/issues/${n}`;
  const html = `${htmlUrl(w, r)}/pull/${n}`;
  return {
    status: 200,
    body: {
      id: p.id + 1,
      node_id: nodeId('I', p.id),
      url,
      repository_url: repoUrl(w, r),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: html,
      number: n,
      state: p.state,
      state_reason: null,
      title: p.title,
      body: p.body,
      user: user(w, p.user),
      labels: labelsOf(w, r, n),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: r.comments.filter((c) => c.issue === n).length,
      pull_request: {
        url: `${repoUrl(w, r)}/pulls/${n}`,
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        merged_at: p.mergedAt,
      },
      closed_at: p.closedAt,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      draft: p.draft,
      author_association: 'CONTRIBUTOR',
    },
  };
};

const listLabels: Handler = (ctx) => paginate(ctx, labelsOf(ctx.world, repoOf(ctx), issueNumber(ctx)));

const addLabels: Handler = (ctx) => {
  const r = repoOf(ctx);
  const n = issueNumber(ctx);
  const raw = ctx.body;
  const list = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : ((raw as { labels?: unknown[] }).labels ?? [])) as (
    string | { name: string }
  )[];
  const names = list.map((l) => (typeof l === 'string' ? l : l.name));
  const current = r.issueLabels.get(n) ?? [];
  for (const name of names) {
    const known = [...r.labels.values()].find((l) => l.name.toLowerCase() === name.toLowerCase());
    const label = known ?? { id: ctx.world.newId(), name, color: 'ededed', description: null };
    if (!known) r.labels.set(name, label);
    if (!current.includes(label.name)) {
      current.push(label.name);
      r.issueEvents.push({
        id: ctx.world.newId(),
        issue: n,
        event: 'labeled',
        label: label.name,
        actor: ctx.world.login,
        at: ctx.world.iso(),
      });
    }
  }
  r.issueLabels.set(n, current);
  return { status: 200, body: labelsOf(ctx.world, r, n) };
};

const removeLabel: Handler = (ctx) => {
  const r = repoOf(ctx);
  const n = issueNumber(ctx);
  const current = r.issueLabels.get(n) ?? [];
  const i = current.findIndex((l) => l.toLowerCase() === ctx.params.name.toLowerCase());
  if (i < 0) throw new HttpError(404, 'Label does not exist');
  r.issueEvents.push({
    id: ctx.world.newId(),
    issue: n,
    event: 'unlabeled',
    label: current[i],
    actor: ctx.world.login,
    at: ctx.world.iso(),
  });
  current.splice(i, 1);
  return { status: 200, body: labelsOf(ctx.world, r, n) };
};

/** The issue's events, oldest first: the double records labels added and removed (through the API, or by a person with labelBy). */
const listIssueEvents: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const n = issueNumber(ctx);
  const events = r.issueEvents
    .filter((e) => e.issue === n)
    .map((e) => ({
      id: e.id,
      node_id: nodeId(e.event === 'labeled' ? 'LE' : 'UNLE', e.id),
      url: `${repoUrl(w, r)}/issues/events/${e.id}`,
      actor: user(w, e.actor),
      event: e.event,
      commit_id: null,
      commit_url: null,
      created_at: e.at,
      performed_via_github_app: null,
      label: { name: e.label, color: r.labels.get(e.label)?.color ?? 'ededed' },
    }));
  return paginate(ctx, events);
};

function commentJson(w: World, r: RepoState, c: RepoState['comments'][number]): Record<string, unknown> {
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: `${repoUrl(w, r)}/issues/comments/${c.id}`,
    html_url: `${htmlUrl(w, r)}/pull/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: user(w, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${repoUrl(w, r)}/issues/${c.issue}`,
    author_association: 'CONTRIBUTOR',
  };
}

const listComments: Handler = (ctx) => {
  const r = repoOf(ctx);
  const n = issueNumber(ctx);
  return paginate(
    ctx,
    r.comments.filter((c) => c.issue === n).map((c) => commentJson(ctx.world, r, c)),
  );
};

const createComment: Handler = (ctx) => {
  const r = repoOf(ctx);
  const n = issueNumber(ctx);
  const at = ctx.world.iso();
  const c = {
    id: ctx.world.newId(),
    issue: n,
    body: (ctx.body as { body: string }).body,
    user: ctx.world.login,
    createdAt: at,
    updatedAt: at,
  };
  r.comments.push(c);
  return { status: 201, body: commentJson(ctx.world, r, c), headers: { location: `${repoUrl(ctx.world, r)}/issues/comments/${c.id}` } };
};

const updateComment: Handler = (ctx) => {
  const r = repoOf(ctx);
  const c = r.comments.find((x) => x.id === Number(ctx.params.comment_id));
  if (!c) throw new HttpError(404, 'Not Found');
  c.body = (ctx.body as { body: string }).body;
  c.updatedAt = ctx.world.iso();
  return { status: 200, body: commentJson(ctx.world, r, c) };
};

// ---- git refs ----------------------------------------------------------------

/** A ref as GitHub gives one; `known`, the type of the object it points at when the caller read it already. */
function refJson(w: World, r: RepoState, ref: string, sha: string, known?: string): Record<string, unknown> {
  const type = known ?? g.objectType(r.path, sha) ?? 'commit';
  return {
    ref,
    node_id: nodeId(
      'REF',
      [...ref].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7),
    ),
    url: `${repoUrl(w, r)}/git/${ref.split('/').map(encodeURIComponent).join('/')}`,
    object: { type, sha, url: `${repoUrl(w, r)}/git/${type}s/${sha}` },
  };
}

const getRef: Handler = (ctx) => {
  const r = repoOf(ctx);
  const ref = `refs/${ctx.params.ref}`;
  const sha = g.readRef(r.path, ref);
  if (!sha) throw new HttpError(404, 'Not Found');
  return { status: 200, body: refJson(ctx.world, r, ref, sha) };
};

const matchingRefs: Handler = (ctx) => {
  const r = repoOf(ctx);
  const prefix = `refs/${ctx.params.ref}`;
  return { status: 200, body: g.listRefs(r.path, prefix).map((x) => refJson(ctx.world, r, x.ref, x.sha, x.type)) };
};

const createRef: Handler = (ctx) => {
  const r = repoOf(ctx);
  const b = ctx.body as { ref: string; sha: string };
  if (!/^refs\/[^/]+\/.+/.test(b.ref)) throw new HttpError(422, "Reference name must start with 'refs/' and have at least two slashes.");
  if (!g.objectType(r.path, b.sha)) throw new HttpError(422, 'Object does not exist');
  if (g.readRef(r.path, b.ref)) throw new HttpError(422, 'Reference already exists');
  g.updateRef(r.path, b.ref, b.sha, '0'.repeat(40));
  return { status: 201, body: refJson(ctx.world, r, b.ref, b.sha), headers: { location: `${repoUrl(ctx.world, r)}/git/${b.ref}` } };
};

const updateRefHandler: Handler = (ctx) => {
  const r = repoOf(ctx);
  const ref = `refs/${ctx.params.ref}`;
  const b = ctx.body as { sha: string; force?: boolean };
  const old = g.readRef(r.path, ref);
  if (!old) throw new HttpError(422, 'Reference does not exist');
  if (!g.objectType(r.path, b.sha)) throw new HttpError(422, 'Object does not exist');
  if (!b.force && !g.isAncestor(r.path, old, b.sha)) throw new HttpError(422, 'Update is not a fast forward');
  g.updateRef(r.path, ref, b.sha, old);
  return { status: 200, body: refJson(ctx.world, r, ref, b.sha) };
};

const deleteRef: Handler = (ctx) => {
  const r = repoOf(ctx);
  const ref = `refs/${ctx.params.ref}`;
  const old = g.readRef(r.path, ref);
  if (!old) throw new HttpError(422, 'Reference does not exist');
  g.updateRef(r.path, ref, undefined, old);
  refreshHeads(ctx.world, r);
  return { status: 204 };
};

// ---- commits: associated PRs, checks, statuses ----------------------------------

const pullsForCommit: Handler = (ctx) => {
  const r = repoOf(ctx);
  const sha = g.resolveCommit(r.path, ctx.params.commit_sha);
  if (!sha) throw new HttpError(404, 'Not Found');
  refreshHeads(ctx.world, r);
  const items = r.pulls.filter((p) => p.mergeCommitSha === sha || p.headSha === sha).sort((a, b) => b.number - a.number);
  const baseOf = baseResolver(r);
  // Only the page served is rendered (the same body as rendering every item and slicing).
  return paginate(ctx, items, (page) => (page as PullState[]).map((p) => pullSimple(ctx.world, r, p, baseOf)));
};

function commitOf(ctx: Context): string {
  const sha = g.resolveCommit(repoOf(ctx).path, ctx.params.ref);
  if (!sha) throw new HttpError(404, 'Not Found');
  return sha;
}

const checkRuns: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const sha = commitOf(ctx);
  let runs = r.checkRuns.get(sha) ?? [];
  if (ctx.query.check_name !== undefined) runs = runs.filter((c) => c.name === ctx.query.check_name);
  if (ctx.query.status !== undefined) runs = runs.filter((c) => c.status === ctx.query.status);
  const app = {
    id: 15368,
    slug: 'github-actions',
    node_id: nodeId('A', 15368),
    client_id: 'Iv1.lockstepdouble',
    owner: simpleUser(w.base, 'github', 9919, 'User'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${w.base}/apps/github-actions`,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    permissions: { checks: 'write', contents: 'write' },
    events: ['check_run'],
  };
  const items = runs.map((c) => ({
    id: c.id,
    head_sha: sha,
    node_id: nodeId('CR', c.id),
    external_id: String(c.id),
    url: `${repoUrl(w, r)}/check-runs/${c.id}`,
    html_url: `${htmlUrl(w, r)}/runs/${c.id}`,
    details_url: c.detailsUrl ?? `${htmlUrl(w, r)}/actions/runs/${c.id}`,
    status: c.status,
    conclusion: c.status === 'completed' ? (c.conclusion ?? 'success') : null,
    started_at: c.at,
    completed_at: c.status === 'completed' ? c.at : null,
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${repoUrl(w, r)}/check-runs/${c.id}/annotations`,
    },
    name: c.name,
    check_suite: { id: c.id + 1 },
    app,
    pull_requests: [],
  }));
  return paginate(ctx, items, (page) => ({ total_count: items.length, check_runs: page }));
};

const combinedStatus: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const sha = commitOf(ctx);
  const latest = new Map<string, NonNullable<ReturnType<RepoState['statuses']['get']>>[number]>();
  for (const s of r.statuses.get(sha) ?? []) latest.set(s.context, s);
  const list = [...latest.values()];
  const state = list.some((s) => s.state === 'failure' || s.state === 'error')
    ? 'failure'
    : list.length === 0 || list.some((s) => s.state === 'pending')
      ? 'pending'
      : 'success';
  const statuses = list.map((s) => ({
    url: `${repoUrl(w, r)}/statuses/${sha}`,
    avatar_url: null,
    id: s.id,
    node_id: nodeId('SC', s.id),
    state: s.state,
    description: s.description ?? null,
    target_url: s.targetUrl ?? null,
    context: s.context,
    created_at: s.at,
    updated_at: s.at,
  }));
  return {
    status: 200,
    body: {
      state,
      statuses,
      sha,
      total_count: statuses.length,
      repository: repoJson(w, r, false),
      commit_url: `${repoUrl(w, r)}/commits/${sha}`,
      url: `${repoUrl(w, r)}/commits/${sha}/status`,
    },
  };
};

// ---- the rest ------------------------------------------------------------------

const getUser: Handler = (ctx) => ({
  status: 200,
  body: {
    ...user(ctx.world, ctx.world.login),
    name: ctx.world.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2018-01-01T00:00:00Z',
    updated_at: '2018-01-01T00:00:00Z',
  },
});

const getRepo: Handler = (ctx) => ({ status: 200, body: repoJson(ctx.world, repoOf(ctx), true) });

/** Handlers by `METHOD template`. */
export const handlers: Record<string, Handler> = {
  'GET /user': getUser,
  'GET /repos/{owner}/{repo}': getRepo,
  'GET /repos/{owner}/{repo}/pulls': listPulls,
  'POST /repos/{owner}/{repo}/pulls': createPull,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': getPull,
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': updatePull,
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge': mergePull,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': listReviewers,
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': requestReviewers,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': listReviews,
  'GET /repos/{owner}/{repo}/issues/{issue_number}': getIssue,
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': listLabels,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': addLabels,
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': removeLabel,
  'GET /repos/{owner}/{repo}/issues/{issue_number}/events': listIssueEvents,
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': listComments,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': createComment,
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': updateComment,
  'GET /repos/{owner}/{repo}/git/ref/{ref}': getRef,
  'GET /repos/{owner}/{repo}/git/matching-refs/{ref}': matchingRefs,
  'POST /repos/{owner}/{repo}/git/refs': createRef,
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': updateRefHandler,
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': deleteRef,
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': pullsForCommit,
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': checkRuns,
  'GET /repos/{owner}/{repo}/commits/{ref}/status': combinedStatus,
};

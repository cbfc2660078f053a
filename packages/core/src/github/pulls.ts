import type { components } from '@octokit/openapi-types';
import { createOrFind, type GitHub, GitHubError, graphql, mayHaveLanded } from './client.ts';
import type { CommentReply, PullReply } from './replies.ts';
import { BODY_CAP } from '../text/cap.ts';

/** A pull request as lockstep needs it. */
export interface PullRef {
  number: number;
  url: string;
  nodeId: string;
  head: string;
  headSha: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
  labels: string[];
  state: 'open' | 'closed';
  merged: boolean;
  /** When it was merged (ISO 8601), when GitHub says. */
  mergedAt?: string;
  /** The commit its merge made on the base branch (the merge, squash or last rebased commit), when merged. */
  mergeCommitSha?: string;
  /**
   * Whether its head branch lives outside the base repository (a fork, or a repository GitHub no longer
   * shows): a branch name such as promote/prod then says nothing about who wrote it. Absent when not read.
   */
  fromFork?: boolean;
}

/** What upsertPull did. */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** The pull request upsertPull opens or brings up to date: `branch` → `base`, its text, and what is added when missing. */
export interface PullSpec {
  branch: string;
  base: string;
  title: string;
  body: string;
  draft?: boolean;
  labels?: string[];
  reviewers?: string[];
}

/** upsertPull's answer: the pull request as it is now, what was done, and the reviewers GitHub would not take. */
export interface UpsertedPull {
  pull: PullRef;
  outcome: UpsertOutcome;
  warnings: string[];
}

/** GitHub refuses PR, issue and comment bodies longer than this (422 "body is too long"). */
export const MAX_BODY = BODY_CAP;

/**
 * `body` cut at a line break to fit GitHub's `limit`, with a closing line
 * saying so (notes for thousands of commits exceed it). Unchanged when it fits.
 */
export function fitBody(body: string, limit = MAX_BODY): string {
  if (body.length <= limit) return body;
  const note = `\n\n… truncated to fit GitHub's ${limit}-character limit`;
  const room = limit - note.length;
  const cut = body.lastIndexOf('\n', room);
  return `${body.slice(0, cut > room / 2 ? cut : room)}${note}`;
}

/** Maps a REST pull request object. */
export function toPullRef(
  p: PullReply & Partial<Pick<components['schemas']['pull-request'], 'draft' | 'merged' | 'merged_at' | 'merge_commit_sha'>>,
): PullRef {
  return {
    number: p.number,
    url: p.html_url,
    nodeId: p.node_id,
    head: p.head?.ref,
    headSha: p.head?.sha,
    base: p.base?.ref,
    title: p.title ?? '',
    body: p.body ?? '',
    draft: Boolean(p.draft),
    labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)),
    state: p.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(p.merged || p.merged_at),
    ...(p.merged_at ? { mergedAt: p.merged_at } : {}),
    ...(p.merged_at && p.merge_commit_sha ? { mergeCommitSha: p.merge_commit_sha } : {}),
    fromFork: !p.head?.repo || !p.base?.repo || p.head.repo.full_name.toLowerCase() !== p.base.repo.full_name.toLowerCase(),
  };
}

/** Open pull requests in the client's repository matching every given filter (branch exact, branch prefix, label, base). */
export async function findOpenPulls(
  gh: GitHub,
  q: { branch?: string; branchPrefix?: string; label?: string; base?: string },
): Promise<PullRef[]> {
  const params: { owner: string; repo: string; state: 'open'; per_page: number; head?: string; base?: string } = {
    owner: gh.owner,
    repo: gh.repo,
    state: 'open',
    per_page: 100,
  };
  // GitHub filters by head only as `owner:branch`; the other filters are applied here.
  if (q.branch !== undefined) params.head = `${gh.owner}:${q.branch}`;
  if (q.base !== undefined) params.base = q.base;
  const all = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls', params)) satisfies PullReply[];
  return all
    .map(toPullRef)
    .filter(
      (p) =>
        p.state === 'open' &&
        (q.branch === undefined || p.head === q.branch) &&
        (q.base === undefined || p.base === q.base) &&
        (q.branchPrefix === undefined || p.head.startsWith(q.branchPrefix)) &&
        (q.label === undefined || p.labels.includes(q.label)),
    );
}

/** One pull request by number. */
export async function getPull(gh: GitHub, number: number): Promise<PullRef> {
  const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number,
  });
  return toPullRef(data);
}

/**
 * Calls `fn`, and again (bounded, with waits) when GitHub has not caught up
 * with an object created a moment ago: GraphQL's "Could not resolve to a
 * node", or a 404/422 saying the same over REST.
 */
export async function retryFresh<T>(gh: GitHub, what: string, fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= attempts || !isNotYetVisible(e)) throw e;
      gh.log(`${what}: GitHub does not see the new object yet; trying again (${i}/${attempts - 1})`);
      await gh.sleep(1000 * i);
    }
  }
}

function isNotYetVisible(e: unknown): boolean {
  const text = e instanceof GitHubError ? `${e.apiMessage ?? ''} ${e.message}` : String((e as Error)?.message ?? e);
  return /could not resolve to a node/i.test(text);
}

/**
 * Opens the pull request branch → base, or brings the open one up to date.
 * Idempotent: an open PR for the branch is found first; a create whose answer
 * was lost (5xx, no answer) or that GitHub answers 422 "already exists" looks
 * the PR up and verifies it instead of failing or duplicating. Labels and
 * reviewers are added only when missing.
 */
export async function upsertPull(gh: GitHub, p: PullSpec): Promise<UpsertedPull> {
  const warnings: string[] = [];
  p = { ...p, body: fitBody(p.body) };
  let pull = (await findOpenPulls(gh, { branch: p.branch, base: p.base }))[0];
  let created = false;
  if (!pull) {
    const findOpen = async () => (await findOpenPulls(gh, { branch: p.branch, base: p.base }))[0];
    ({ value: pull } = await createOrFind(
      gh,
      `pull request for ${gh.redact(p.branch)}`,
      async () => {
        const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/pulls', {
          owner: gh.owner,
          repo: gh.repo,
          head: p.branch,
          base: p.base,
          title: p.title,
          body: p.body,
          draft: p.draft ?? false,
        });
        return toPullRef(data);
      },
      async (alreadyExists) => {
        const found = await findOpen();
        if (found || !alreadyExists) return found;
        // GitHub says it exists but its list lags behind its write: look once more after a moment.
        await gh.sleep(1000);
        return findOpen();
      },
    ));
    // Created, or found after a failed create: it was not there when we looked a moment ago, so it is this
    // run's create that landed (or a twin run's); either way it is verified below like every found PR.
    created = true;
  }
  let changed = false;
  if (pull.title !== p.title || normaliseBody(pull.body) !== normaliseBody(p.body)) {
    const { data } = await gh.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: gh.owner,
      repo: gh.repo,
      pull_number: pull.number,
      title: p.title,
      body: p.body,
    });
    pull = toPullRef(data);
    changed = true;
  }
  const missingLabels = (p.labels ?? []).filter((l) => !pull.labels.includes(l));
  if (missingLabels.length) {
    const number = pull.number;
    const { data } = await retryFresh(gh, `labelling #${number}`, () =>
      gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        labels: missingLabels,
      }),
    );
    pull = { ...pull, labels: data.map((l) => l.name) };
    changed = true;
  }
  if (p.reviewers?.length) {
    const asked = await requestMissingReviewers(gh, pull.number, p.reviewers, created, warnings);
    changed ||= asked;
  }
  const outcome: UpsertOutcome = created ? 'created' : changed ? 'updated' : 'unchanged';
  return { pull, outcome, warnings };
}

// GitHub stores bodies with CRLF when they were edited in the browser.
const normaliseBody = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();

/**
 * Requests reviews on a PR this run opened. On an existing PR the reviewers
 * are the humans' business: someone who already reviewed is no longer
 * "requested", and asking again would re-request their review, so only names
 * never asked (not currently requested) are added, and only while nobody from
 * the list has been asked yet (a create whose reviewer request failed).
 */
async function requestMissingReviewers(
  gh: GitHub,
  number: number,
  reviewers: readonly string[],
  fresh: boolean,
  warnings: string[],
): Promise<boolean> {
  const users = reviewers.filter((r) => !r.includes('/')).map((r) => r.replace(/^@/, ''));
  const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.replace(/^@/, '').split('/').pop()!);
  if (!fresh) {
    const { data: requested } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
      owner: gh.owner,
      repo: gh.repo,
      pull_number: number,
    });
    const asked = new Set([
      ...(requested.users ?? []).map((u) => String(u.login).toLowerCase()),
      ...(requested.teams ?? []).map((t) => String(t.slug).toLowerCase()),
    ]);
    if ([...users, ...teams].some((n) => asked.has(n.toLowerCase()))) return false;
  }
  if (!users.length && !teams.length) return false;
  try {
    await retryFresh(gh, `requesting reviewers on #${number}`, () =>
      gh.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
        ...(users.length ? { reviewers: users } : {}),
        ...(teams.length ? { team_reviewers: teams } : {}),
      }),
    );
    return true;
  } catch (e) {
    // The PR stands; a reviewer GitHub will not accept (the author, not a collaborator) is worth a warning, not a failed run.
    if (e instanceof GitHubError && e.status === 422) {
      warnings.push(`could not request reviews from ${[...users, ...teams].join(', ')} on #${number}: ${e.apiMessage ?? e.message}`);
      return false;
    }
    throw e;
  }
}

/** Closes a pull request, first leaving `comment` on it (once, even across reruns). */
export async function closePull(gh: GitHub, number: number, comment?: string): Promise<void> {
  if (comment !== undefined) await commentOnce(gh, number, comment, 'closed');
  await gh.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
    owner: gh.owner,
    repo: gh.repo,
    pull_number: number,
    state: 'closed',
  });
}

/** The invisible line that identifies lockstep's comment of one kind. */
export function commentMarker(marker: string): string {
  if (!/^[A-Za-z0-9._:/-]+$/.test(marker)) throw new GitHubError(`comment marker '${marker}' may hold only letters, digits and . _ : / -`);
  return `<!-- lockstep:${marker} -->`;
}

/** lockstep's last comment on `number` carrying `tag` (its id and body), or undefined. */
export async function findMarkedComment(gh: GitHub, number: number, tag: string): Promise<{ id: number; body: string } | undefined> {
  // Each comment passed the client's reply check: its id is a JSON integer (the schema allows a bigint for int64 ids).
  const comments = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: gh.owner,
    repo: gh.repo,
    issue_number: number,
    per_page: 100,
  })) as CommentReply[];
  const mine = comments.filter((c): c is CommentReply & { body: string } => typeof c.body === 'string' && c.body.includes(tag));
  const last = mine[mine.length - 1];
  return last ? { id: last.id, body: last.body } : undefined;
}

/**
 * Leaves one comment of kind `marker` on issue/PR `number`: created the first
 * time, edited when the text changed, left alone otherwise — reruns and
 * retried creates never duplicate it.
 */
export async function commentOnce(gh: GitHub, number: number, body: string, marker: string): Promise<'created' | 'updated' | 'unchanged'> {
  const tag = commentMarker(marker);
  const full = `${fitBody(body.trimEnd(), MAX_BODY - tag.length - 2)}\n\n${tag}`;
  const existing = await findMarkedComment(gh, number, tag);
  if (existing) {
    if (normaliseBody(existing.body) === normaliseBody(full)) return 'unchanged';
    await gh.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: gh.owner,
      repo: gh.repo,
      comment_id: existing.id,
      body: full,
    });
    return 'updated';
  }
  // Comments have no natural key GitHub could reject a duplicate by, so a blind
  // retry of the POST could post twice: after a 5xx or lost answer the marker
  // is looked up first, and the POST repeated (bounded) only when it is absent.
  for (let attempt = 1; ; attempt++) {
    try {
      await retryFresh(gh, `commenting on #${number}`, () =>
        gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner: gh.owner,
          repo: gh.repo,
          issue_number: number,
          body: full,
          request: { retries: 0 },
        }),
      );
      return 'created';
    } catch (e) {
      if (!mayHaveLanded(e)) throw e;
      if (await findMarkedComment(gh, number, tag)) return 'created';
      if (attempt >= COMMENT_ATTEMPTS) throw e;
      await gh.sleep(1000 * attempt ** 2);
    }
  }
}

const COMMENT_ATTEMPTS = 3;

/** Pull requests associated with a commit (GET /repos/{o}/{r}/commits/{sha}/pulls), merged ones included. */
export async function pullsForCommit(gh: GitHub, sha: string): Promise<PullRef[]> {
  const all = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
    owner: gh.owner,
    repo: gh.repo,
    commit_sha: sha,
    per_page: 100,
  })) satisfies PullReply[];
  return all.map(toPullRef);
}

/** Deletes refs/heads/<branch>; a branch that is already gone (404/422) is fine. */
export async function deleteBranch(gh: GitHub, branch: string): Promise<void> {
  try {
    await gh.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner: gh.owner, repo: gh.repo, ref: `heads/${branch}` });
  } catch (e) {
    if (e instanceof GitHubError && (e.status === 404 || e.status === 422)) return;
    throw e;
  }
}

const AUTO_MERGE = `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { enabledAt mergeMethod } }
  }
}`;

/**
 * Turns on auto-merge (GraphQL enablePullRequestAutoMerge). A repository that
 * does not allow it, a PR already mergeable ("clean status") and similar
 * refusals come back as enabled:false with GitHub's reason; "Could not
 * resolve to a node" right after the PR was created is retried, bounded.
 */
export async function enableAutoMerge(
  gh: GitHub,
  pull: PullRef,
  method: 'MERGE' | 'SQUASH' | 'REBASE' = 'MERGE',
): Promise<{ enabled: boolean; reason?: string }> {
  let reason = '';
  for (let i = 1; i <= AUTO_MERGE_ATTEMPTS; i++) {
    let messages: string[];
    try {
      const r = await graphql<unknown>(gh, AUTO_MERGE, { pullRequestId: pull.nodeId, mergeMethod: method });
      if (!r.errors?.length) return { enabled: true };
      messages = r.errors.map((e) => e.message);
    } catch (e) {
      // GitHub (and the double) may also answer the lag with HTTP 422; anything else is a real failure.
      if (!isNotYetVisible(e)) throw e;
      messages = [(e as GitHubError).apiMessage ?? (e as Error).message];
    }
    reason = gh.redact(messages.join('; '));
    if (!messages.some((m) => /could not resolve to a node/i.test(m)) || i === AUTO_MERGE_ATTEMPTS) break;
    gh.log(`auto-merge for #${pull.number}: GitHub does not see the new pull request yet; trying again (${i}/${AUTO_MERGE_ATTEMPTS - 1})`);
    await gh.sleep(1000 * i);
  }
  return { enabled: false, reason };
}

const AUTO_MERGE_ATTEMPTS = 4;

const READY_FOR_REVIEW = `mutation($pullRequestId: ID!) {
  markPullRequestReadyForReview(input: { pullRequestId: $pullRequestId }) {
    pullRequest { number isDraft }
  }
}`;

/**
 * Takes a draft pull request out of draft (GraphQL markPullRequestReadyForReview:
 * REST cannot change `draft`). GitHub merges no draft, so auto-merge on a
 * draft would wait for ever. A refusal comes back as ready:false with
 * GitHub's reason.
 */
export async function markReadyForReview(gh: GitHub, pull: PullRef): Promise<{ ready: boolean; reason?: string }> {
  const r = await graphql<unknown>(gh, READY_FOR_REVIEW, { pullRequestId: pull.nodeId });
  if (!r.errors?.length) return { ready: true };
  return { ready: false, reason: gh.redact(r.errors.map((e) => e.message).join('; ')) };
}

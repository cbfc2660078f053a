/**
 * What the double keeps in memory for each repository. Branches, tags and
 * commits are not kept here: they live in the bare repository on disk, so what
 * real git pushes is what the API shows.
 */

import { nodeId } from './shapes.ts';

/** Repository permissions as `GET /repos/{owner}/{repo}` reports them. */
export interface Permissions {
  admin: boolean;
  maintain: boolean;
  push: boolean;
  triage: boolean;
  pull: boolean;
}

/** A repository the double serves, as the test declares it. */
export interface RepoSpec {
  /** `owner/name`. */
  fullName: string;
  /** Path of the bare git repository backing it (the test's `origin`). */
  path: string;
  /** Default `main`. */
  defaultBranch?: string;
  /** Whether auto-merge may be enabled (GraphQL enablePullRequestAutoMerge); default false. */
  allowAutoMerge?: boolean;
  /** Default false. */
  private?: boolean;
  /** Default: everything true. `push: false` makes writes answer 403 like a read-only token. */
  permissions?: Partial<Permissions>;
  /** The repository's immutable releases setting (releases.ts): a published release is immutable, its tag never reused. Default false. */
  immutableReleases?: boolean;
}

/** One pull request. `headSha` is the last head seen in the bare repository. */
export interface PullState {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  head: string;
  headSha: string;
  base: string;
  maintainerCanModify: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  merged: boolean;
  mergeCommitSha: string | null;
  mergedBy: string | null;
  requestedReviewers: string[];
  autoMerge: { method: 'MERGE' | 'SQUASH' | 'REBASE'; enabledAt: string } | null;
  reviews: ReviewState[];
  user: string;
  /** The owner of the fork the head branch lives in, for a pull request from a fork (seedPull's `fork`). */
  fork?: string;
}

/** A review submitted on a pull request (tests add them; lockstep only reads them). */
export interface ReviewState {
  id: number;
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
  body: string;
  commitId: string;
  submittedAt: string;
}

/** One issue comment (pull requests are issues). */
export interface CommentState {
  id: number;
  issue: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

/** One release. */
export interface ReleaseState {
  id: number;
  tag: string;
  target: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  createdAt: string;
  publishedAt: string | null;
  author: string;
  /** Published while the repository's immutable releases were on (releases.ts). */
  immutable: boolean;
  /** Files attached through the upload route (release-assets.ts), oldest first. */
  assets: AssetState[];
}

/** One release asset: its bytes kept as their sha256 and size, and as text for a test to read. */
export interface AssetState {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  /** `sha256:<hex>` of the bytes, as GitHub's `digest`. */
  digest: string;
  text: string;
  uploader: string;
  at: string;
}

/** A check run a test sets on a commit. */
export interface CheckRunSpec {
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | null;
  detailsUrl?: string;
}

/** A commit status a test sets on a commit. */
export interface StatusSpec {
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  targetUrl?: string;
  description?: string;
}

/** A label added to or removed from an issue or pull request, by whom and when. */
export interface IssueEventState {
  id: number;
  issue: number;
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: string;
  at: string;
}

/** Everything kept for one repository. */
export interface RepoState {
  id: number;
  ownerId: number;
  owner: string;
  name: string;
  path: string;
  defaultBranch: string;
  allowAutoMerge: boolean;
  private: boolean;
  permissions: Permissions;
  createdAt: string;
  nextNumber: number;
  pulls: PullState[];
  labels: Map<string, { id: number; name: string; color: string; description: string | null }>;
  issueLabels: Map<number, string[]>;
  /** The issues' `labeled` / `unlabeled` events, oldest first (GET issues/{n}/events). */
  issueEvents: IssueEventState[];
  comments: CommentState[];
  releases: ReleaseState[];
  /** Immutable releases on (RepoSpec.immutableReleases). */
  immutableReleases: boolean;
  /** Tags an immutable release was published with: never used for a release again, even once it is deleted. */
  immutableTags: Set<string>;
  checkRuns: Map<string, (CheckRunSpec & { id: number; at: string })[]>;
  statuses: Map<string, (StatusSpec & { id: number; at: string })[]>;
  /** Deployments, oldest first (deployments.ts). */
  deployments: DeploymentState[];
}

/** One deployment status, as GitHub keeps it. */
export interface DeploymentStatusState {
  id: number;
  state: 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  targetUrl: string;
  creator: string;
  createdAt: string;
}

/** One deployment and its statuses (oldest first). */
export interface DeploymentState {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  environment: string;
  description: string | null;
  transient: boolean;
  production: boolean;
  creator: string;
  createdAt: string;
  statuses: DeploymentStatusState[];
}

/**
 * A pull request as it stands when opened (through the REST create or
 * seeded by a test): the repository's next number, open, unmerged, nothing
 * requested or reviewed yet. The caller adds it to `r.pulls`.
 */
export function openedPull(
  r: RepoState,
  p: Pick<PullState, 'id' | 'title' | 'body' | 'draft' | 'head' | 'headSha' | 'base' | 'maintainerCanModify' | 'user'> & { at: string },
): PullState {
  return {
    number: r.nextNumber++,
    id: p.id,
    nodeId: nodeId('PR', p.id),
    title: p.title,
    body: p.body,
    state: 'open',
    draft: p.draft,
    head: p.head,
    headSha: p.headSha,
    base: p.base,
    maintainerCanModify: p.maintainerCanModify,
    createdAt: p.at,
    updatedAt: p.at,
    closedAt: null,
    mergedAt: null,
    merged: false,
    mergeCommitSha: null,
    mergedBy: null,
    requestedReviewers: [],
    autoMerge: null,
    reviews: [],
    user: p.user,
  };
}

/**
 * A release as it stands when created (through the REST create or seeded by
 * a test): published at `at` unless it is a draft.
 */
export function newRelease(
  p: Pick<ReleaseState, 'id' | 'tag' | 'target' | 'name' | 'body' | 'draft' | 'prerelease' | 'author' | 'immutable'> & { at: string },
): ReleaseState {
  const { at, ...fields } = p;
  return { ...fields, createdAt: at, publishedAt: p.draft ? null : at, assets: [] };
}

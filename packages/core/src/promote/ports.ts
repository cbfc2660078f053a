// What a promotion needs from git, GitHub and a registry, as plain functions: one ports type,
// PromoteWorld, whose git and GitHub sides have no optional method (each step's narrower view is a
// Pick of them). promote/world.ts binds them to the World's generic services (openPromoteWorld);
// unit tests build doubles through test/promote/ports-double.ts, which fills what a test does not use.
// Types only.

import type { Verification, VerifyPolicy } from '../registry/verify.ts';
import type { CommitMode } from '../config/config.ts';
import type { GeneratedBranchResult } from '../git/generated-branch.ts';
import type { Identity } from '../git/identity.ts';
import type { Landing } from '../git/log.ts';
import type { ImageReference } from '../registry/reference.ts';
import type { ChartReference } from '../registry/chart.ts';
import type { Approvals } from '../github/approvals.ts';
import type { DeploymentInfo, DeploymentRecord, DeploymentSpec } from '../github/deployments.ts';
import type { PullRef, PullSpec, UpsertedPull } from '../github/pulls.ts';
import type { TrailOutcome, TrailStep } from '../trail/trail.ts';
import type { Kustomize } from '../render/find.ts';
import type { Helm, HelmMajor } from '../render/helm.ts';
import type { SigningSource } from '../git/signing.ts';
import type { RepoOpener } from '../git/repo.ts';
import type { GitHubOpener } from '../github/client.ts';
import type { RegistryOpener } from '../registry/client.ts';
import type { HttpRequest, HttpResponse, NodeTransport } from '../http/transport.ts';

/** What copying an image into a target registry carried (or, in a dry run, would carry; `sent` then 0). */
export interface ImageCopied {
  manifests: number;
  blobs: number;
  bytes: number;
  referrers: number;
  tags: string[];
  /** Blobs the target lacked and received (sent or mounted). */
  sent: number;
}

/** A file to write in a generated commit. */
export interface CommitFile {
  path: string;
  content: string;
}

/** What publishing a generated branch did: git/generated-branch.ts's publishGeneratedBranch outcome. */
export type PublishOutcome = GeneratedBranchResult;

/** The git side of a promotion in the repository promoted in (git-publish's functions, bound to a remote). */
export interface PromoteGit {
  /** Fetches a branch from the remote; its commit, or undefined when the remote has no such branch. */
  fetchBranch(branch: string): Promise<string | undefined>;
  /**
   * The commit this clone holds for a branch before any fetch (the remote-tracking ref with a remote, else the local
   * branch); undefined when it holds none or the name is not a plain one. What is read ahead of the fetch starts from it.
   */
  knownTip(branch: string): Promise<string | undefined>;
  /** A file's text at a commit. */
  readAt(commit: string, path: string): Promise<string | undefined>;
  /** A file's bytes at a commit (a vendored chart .tgz). */
  readBytesAt(commit: string, path: string): Promise<Uint8Array | undefined>;
  /** The commit a ref names (fetching a tag or sha from the remote when missing). */
  resolveRef(ref: string): Promise<string | undefined>;
  /**
   * Makes the tags a run will resolve local in one fetch: for each group of
   * spellings (tried in order, as resolveRef callers do), the first one here or
   * on the remote; those only on the remote are fetched together. A later
   * resolveRef fetches what this left out.
   */
  fetchTags(groups: readonly (readonly string[])[]): Promise<void>;
  /** The files of `commit`'s tree (under the folder `dir` when given); undefined when the tree cannot be listed. */
  listFiles(commit: string, dir?: string): Promise<string[] | undefined>;
  /** The last commit reachable from `commit` that changed `path`. */
  lastCommit(commit: string, path: string | readonly string[]): Promise<string | undefined>;
  /**
   * The first-parent commits from `commit` that changed `path`, newest first,
   * with their commit times (for soak time); `complete` is false when the
   * history may stop early (a shallow clone).
   */
  firstParentLog(commit: string, path: string | readonly string[]): Promise<{ entries: HistoryEntry[]; complete: boolean }>;
  /**
   * Fetches more of the base branch's history into a shallow clone: `commits`
   * more behind its boundary, or the rest of it when undefined. False when
   * nothing more can come (not shallow, no remote, the fetch failed).
   */
  deepenHistory(commits?: number): Promise<boolean>;
  /**
   * A commit's parents, its message's trailer block as git parses it (`%(trailers:only,unfold)`) and its message
   * (record: deployments finds a landed promotion by its trailer).
   */
  commitInfo(commit: string): Promise<{ parents: string[]; trailers: string; message: string } | undefined>;
  /** The last commit on `commit`'s first-parent history that changed `path` (a merged promotion's merge commit). */
  landedAt(commit: string, path: string | readonly string[]): Promise<string | undefined>;
  /**
   * landedAt of each group of paths (an environment's files) at once, with each landing's message and a merge's
   * merged side's (git/log.ts lastLandings: one history walk for every group, not a log and commits per group).
   */
  landings(commit: string, groups: readonly (readonly string[])[]): Promise<(Landing | undefined)[]>;
  /**
   * The shared publish round: fetch base, plan on it, one generated commit,
   * others' commits on `branch` re-applied, push with a lease; re-planned when
   * the base or branch moved. `branch` equal to `base` is a direct push.
   */
  publish(p: {
    base: string;
    branch: string;
    plan(baseSha: string): Promise<{ files: CommitFile[]; message: string }>;
    /** api: the commits written through the GitHub API (signed by GitHub) instead of pushed. Default git. */
    commitMode?: CommitMode;
  }): Promise<PublishOutcome>;
  /** The commits in `from..to` (sha and subject), newest first; undefined when the history between them is not at hand. */
  commitsBetween(from: string, to: string): Promise<{ sha: string; subject: string }[] | undefined>;
  /**
   * The DRY commit the note on hydrated commit `commit` in origin's refs/notes/hydrator.metadata names (the
   * contract's git-notes variant: its manifests are that DRY commit's render too); undefined when none.
   */
  hydratorNote(commit: string): Promise<string | undefined>;
  /** commitsBetween of several ranges at once, keyed `from..to` (one history walk); a range left out is asked on its own. */
  commitsInRanges(ranges: readonly { from: string; to: string }[]): Promise<Map<string, { sha: string; subject: string }[] | undefined>>;
}

/** A check run or commit status and its state (the shape gh-client's checkStates returns). */
export interface CheckResult {
  name: string;
  state: 'success' | 'pending' | 'failure' | 'missing';
  url?: string;
}

/** One first-parent commit that changed a values file, newest first: its sha and commit time (ms); the soak gate's history. */
export interface HistoryEntry {
  sha: string;
  time: number;
}

/** Who lifted the holds of the gates break glass lifts, by labelling the promotion pull request. */
export interface BreakGlass {
  label: string;
  pull: number;
  /** The login that added the label, and when (ISO 8601), from the issue's timeline events. */
  by?: string;
  at?: string;
}

/** The GitHub operations promotion needs (github/'s functions, bound to the repository); the whole port is absent without a token. */
export interface PromoteGitHub {
  checkStates(sha: string, names: readonly string[]): Promise<CheckResult[]>;
  /** github/pulls.ts upsertPull, the one every pull request lockstep opens goes through. */
  upsertPull(p: PullSpec & { draft: boolean; labels: string[]; reviewers: string[] }): Promise<UpsertedPull>;
  enableAutoMerge(pull: PullRef): Promise<{ enabled: boolean; reason?: string }>;
  /** Takes a draft pull request out of draft. */
  readyForReview(pull: PullRef): Promise<{ ready: boolean; reason?: string }>;
  /** Records a landed promotion as a GitHub Deployment (github/deployments.ts). */
  recordDeployment(spec: DeploymentSpec): Promise<DeploymentRecord>;
  /** The latest successful deployment of each environment (for status). */
  latestDeployments(environments: readonly string[]): Promise<Map<string, DeploymentInfo & { environmentUrl?: string }>>;
  /** The merged pull requests GitHub associates with a commit (what's in a promotion whose pins name no version). */
  pullsOf(sha: string): Promise<{ number: number; title: string }[]>;
  /** The merged pull request whose merge (or head) `sha` is, from a `promote/` branch: a promotion that just landed. */
  mergedPromotion(sha: string): Promise<{ number: number; head: string; body: string; mergedAt: string } | undefined>;
  /**
   * When the base branch received `sha`: the pull request merged into `base` that GitHub associates with it
   * (the one whose merge made `sha` first), and its merged_at; undefined when none (a direct push).
   */
  mergedPullOf(sha: string, base: string): Promise<{ number: number; mergedAt: string } | undefined>;
  /** The earliest GitHub Deployment of `environment` on `sha` (record: deployments) and when it was created. */
  deployedAt(environment: string, sha: string): Promise<{ id: number; createdAt: string } | undefined>;
  /** notify-pulls: adds `step` to the one trail comment of each merged pull request in `pulls`. */
  leaveTrail(pulls: readonly number[], step: TrailStep): Promise<TrailOutcome>;
  /** Whose latest deciding review approves pull request `number`, on its head commit or an earlier one (the approval gate). */
  approvals(number: number): Promise<Approvals>;
  /** Whether `login` is an active member of team `slug` of `org`. */
  teamMember(org: string, slug: string, login: string): Promise<boolean>;
  /** The required reviewers of the repository's GitHub Environment `name`; undefined when it has none. */
  environmentReviewers(name: string): Promise<{ users: string[]; teams: { org: string; slug: string }[] } | undefined>;
  /** The open pull request `branch` → `base` when it carries `label`, with who added the label and when. */
  breakGlass(branch: string, base: string, label: string): Promise<BreakGlass | undefined>;
}

/** Everything a promotion talks to. */
export interface PromoteWorld {
  git: PromoteGit;
  /** Undefined when no token is available (a dry run may still plan). */
  github?: PromoteGitHub;
  readLocal(path: string): string | undefined;
  resolveDigest(ref: ImageReference, service: string): Promise<string>;
  /**
   * Copies `from@digest` (registry/path) into `to` (another registry, the same path) with its referrers, read back
   * by digest (registry/image-copy.ts); with `dryRun` reads the source only and says what it would copy. Throws a
   * UserError naming the image and the registry when it cannot.
   */
  copyImage(from: string, to: string, digest: string, dryRun: boolean): Promise<ImageCopied>;
  /** Checks a digest against the service's `verify:` policy before it is pinned; throws UserError when refused. */
  verifyDigest(service: string, ref: ImageReference, digest: string, policy: VerifyPolicy): Promise<Verification>;
  /** A chart's Chart.yaml, values.yaml, values.schema.json and templates/** (its subcharts' too, under charts/<sub>/) from its OCI artifact (`registry/repository/<chart>:<version>`), by path in the chart. */
  readChart(ref: ImageReference): Promise<Map<string, string>>;
  /** A chart's packaged .tgz from its OCI artifact, as pushed (rendered manifest diffs render it as it is). */
  pullChartArchive(ref: ChartReference): Promise<Uint8Array>;
  /** A chart's semver range resolved against its registry's tags (the highest match, as Flux resolves it); any other reference as it is. */
  resolveChart(ref: ChartReference): Promise<ImageReference>;
  /**
   * A chart version from a classic Helm repository (`https://…`, chart-releaser's layout: registry/helm-repository.ts):
   * its packaged .tgz from the archive index.yaml names, checked against the index's digest, and that archive's URL.
   */
  pullRepositoryChart(repoURL: string, chart: string, version: string): Promise<{ tgz: Uint8Array; url: string }>;
  /** The Helm binary rendered manifest diffs run (`helm` on PATH, or one of the environment's helm-version: render/helm.ts findHelmOf); undefined when there is none. */
  findHelm(major?: HelmMajor): Promise<Helm | undefined>;
  /**
   * The binary findHelm(major) will most likely answer, known at once (render/helm.ts helmCandidate): renders start
   * with it while its version is asked, and count only where findHelm answers the same. Undefined: none is on PATH
   * (nothing is rendered ahead; a render waits for findHelm).
   */
  helmCandidate(major?: HelmMajor): string | undefined;
  /**
   * Has findHelm take the version of the binary at `path` from what the function returned is given (what a template
   * run of it printed: render/helm.ts learnVersionLater) where nothing asked it yet, `helm version` running only where
   * it is given none; undefined when it was asked already.
   */
  learnHelmVersion(path: string): ((version: string | undefined) => void) | undefined;
  /** The kustomize overlays are rendered with (`kustomize`, else `kubectl kustomize` on PATH: render/find.ts); undefined when there is none. */
  findKustomize(): Kustomize | undefined;
  /** A line of the run's log (the reporter's debug). */
  log(line: string): void;
  /** Sends one request to a notification webhook (notify-webhook: publish/notify.ts), through the run's HTTP transport. */
  webhook(req: HttpRequest): Promise<HttpResponse>;
  /** `<server>/<owner>/<name>` of the repository promoted in, for the links of what a promotion ships. */
  repoUrl?: string;
  /** The base tips this run fetched (session.ts's fetchBase): the plans of one run read the same commit. */
  fetchedBases?: Map<string, Promise<string | undefined>>;
}

/** What a promotion knows before it opens its world. */
export interface WorldOptions {
  /** The checkout (working-directory) the action runs in. */
  workdir: string;
  env: NodeJS.ProcessEnv;
  token?: string;
  /** owner/name of another repository to promote in. */
  repository?: string;
  /** The base input, when given. */
  base?: string;
  readLocal(path: string): string | undefined;
  /** Masks a secret (setSecret). */
  secret(value: string): void;
  log(line: string): void;
  /** True on a dry run: a read-only token is then fine. */
  dryRun?: boolean;
  /** Who the promotion commit is by (the World's identity); github-actions[bot] when undefined. */
  identity?: Identity;
  /** The World's services the ports are bound from (session.ts binds the transport; an absent opener is the real one). */
  services: PromotionServices;
  /** The key the promotion commit is SSH-signed with (git/signing.ts), checked before anything is written. */
  signing?: SigningSource;
}

/**
 * The World's generic services a promotion binds its ports from (contract/world.ts's Services has them
 * all): promote/ never imports the contract, which stands above it. The openers are overrides the World may
 * leave out (absent: the real one, made where it is first needed, with the token and environment only the
 * promotion knows); the transport is a port every promotion reads through, so it is always bound
 * (session.ts: the World's, else node's).
 */
export interface PromotionServices {
  repo?: RepoOpener;
  github?: GitHubOpener;
  registry?: RegistryOpener;
  http(): NodeTransport;
}

/** An opened world: the promotion's dependencies, the base branch, and cleanup. */
export interface WorldSession {
  world: PromoteWorld;
  base: string;
  /** Where the base branch was read: `origin/main`, or the local branch when there is no remote. */
  readFrom?: string;
  /** Where the repository promoted in lives locally (the checkout, or the temp clone). */
  repoDir: string;
  /** A file of the repository promoted in at the tip of the base branch (fetched first), e.g. its config. */
  readAtBase(path: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/**
 * What a promotion's session reads of the World its operation runs in
 * (contract/world.ts's World has all of it): promote/ never imports the
 * contract, which stands above it.
 */
export interface PromotionHost {
  token?: string;
  env: NodeJS.ProcessEnv;
  secret(value: string): void;
  reporter: { debug(line: string): void };
  /** The World's services as it gives them: an absent one is the real one (session.ts binds the transport). */
  services: Partial<PromotionServices>;
  /** A terminal user's own git identity for the commits made; undefined on a runner (github-actions[bot]). */
  identity?: Identity;
}

import type { BranchPublisher } from '../git/generated-branch.ts';
import type { TrailOutcome, TrailStep } from '../trail/trail.ts';
import type { Identity } from '../git/identity.ts';
import type { GitSpawner } from '../git/spawn.ts';
import type { RepoOpener } from '../git/repo.ts';
import type { PushedRange } from '../git/pushed.ts';
import type { QueueBranch } from '../git/queue-branch.ts';
import type { GitHubOpener } from '../github/client.ts';
import type { PullRef, PullSpec, UpsertedPull } from '../github/pulls.ts';
import type { AssetOutcome, ReleaseAssetFile } from '../github/release-assets.ts';

/**
 * What prepare-release needs from GitHub and from git publishing, as plain
 * functions: the action binds them to github/ and git/publish.ts
 * (release/bind.ts), unit tests pass fakes.
 */

/** The GitHub calls of a release run. */
export interface ReleaseApi {
  findOpenPulls(q: { branchPrefix?: string; label?: string; base?: string }): Promise<PullRef[]>;
  /** github/pulls.ts upsertPull, the one every pull request lockstep opens goes through. */
  upsertPull(p: PullSpec): Promise<UpsertedPull>;
  closePull(number: number, comment?: string): Promise<void>;
  /** github/refs.ts matchingRefs: the full names of the refs starting with `prefix` (a merge queue's branches of a pull request). */
  matchingRefs(prefix: string): Promise<string[]>;
  commentOnce(number: number, body: string, marker: string): Promise<'created' | 'updated' | 'unchanged'>;
  pullsForCommit(sha: string): Promise<PullRef[]>;
  deleteBranch(branch: string): Promise<void>;
  getReleaseByTag(tag: string): Promise<{ url: string } | undefined>;
  /**
   * github/releases.ts createRelease: made as a draft, then published once (immutable-release safe); a draft an
   * earlier run left is published instead of a second one made (`resumed`).
   */
  createRelease(r: {
    tag: string;
    name: string;
    body: string;
    prerelease: boolean;
    target?: string;
    /** Attached to the draft before it is published (github/release-assets.ts). */
    assets?: readonly ReleaseAssetFile[];
  }): Promise<{ release: { url: string }; outcome: 'created' | 'existing'; resumed?: boolean; assets?: AssetOutcome[] }>;
  /** notify-pulls: adds `step` to the one trail comment of each merged pull request in `pulls`, except `except`. */
  leaveTrail(pulls: readonly number[], step: TrailStep, except: readonly number[]): Promise<TrailOutcome>;
}

/** Name and e-mail of a commit author, committer or tagger. */
export type Person = Identity;

/** The git publishing calls of a release run: a generated branch's (fetch, commit, replay, push with a lease), and the tag. */
export interface ReleaseGit extends BranchPublisher {
  /**
   * The annotated release tag on `target`: pushed with git (commit-mode git, `tagger` its tagger), or made through
   * the GitHub API (commit-mode api: a tag object GitHub signs, then its ref; `verified` is GitHub's verification
   * of the tag object). `existing` when the tag is already there on `target`.
   */
  tag(tag: string, target: string, message: string, tagger: Person): Promise<TagMade>;
}

/** How the release tag was made: pushed with git, or through the GitHub API with GitHub's verification. */
export type TagMade =
  { outcome: 'created' | 'existing'; through: 'git' } | { outcome: 'created' | 'existing'; through: 'api'; verified: boolean };

/** Where a run's progress goes: the face's reporter (workflow commands in the action, stderr in the CLI). */
export interface ReleaseLog {
  info(line: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** The outside world of a release run; `api` and `publish` are absent in a dry run. */
export interface ReleasePorts {
  git: GitSpawner;
  api?: ReleaseApi;
  publish?: ReleaseGit;
  log: ReleaseLog;
  /** The environment the lock command runs with. */
  env?: NodeJS.ProcessEnv;
  /** The push that started the run (its event payload's range), when a push to the base branch did. */
  pushed?: PushedRange;
  /** The merge queue entry that started the run (a `merge_group` event's payload, checked: release/queued.ts). */
  group?: MergeGroupRun;
}

/** A `merge_group` event's group, checked (release/queued.ts mergeGroupOf): its head commit and the queue entry its head ref names. */
export interface MergeGroupRun {
  headSha: string;
  headRef: string;
  entry: QueueBranch;
}

/** What the real ports are built with, besides the settings and the token: the log and the debug lines. */
export interface ReleaseOutput {
  log: ReleaseLog;
  debug: (line: string) => void;
}

/**
 * The World's generic services a release binds its ports from (contract/world.ts's Services has them):
 * release/ never imports the contract, which stands above it. An absent one is the real one.
 */
export interface ReleaseServices {
  repo?: RepoOpener;
  github?: GitHubOpener;
}

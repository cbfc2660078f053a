import { UserError, UserErrors } from '../errors.ts';
import type { Identity } from '../git/identity.ts';
import type { RepoOpener } from '../git/repo.ts';
import type { GitHubOpener } from '../github/client.ts';
import type { NodeTransport } from '../http/transport.ts';
import type { RegistryOpener } from '../registry/client.ts';
import type { Clock, RetryPolicy } from '../registry/retry.ts';
import type { Reporter } from '../report/reporter.ts';

/**
 * Everything an operation reads or touches outside its request: the
 * workspace, the environment, the event that started the run, the token,
 * time, where progress goes, secret masking, and the outside services (git,
 * GitHub, registries). One shape for every operation, built by
 * `actionWorld(env)` (action/world.ts) for the runner and `cliWorld(io)`
 * (packages/cli) for a terminal; tests build one with `testWorld()`
 * (packages/core/test/test-world.ts). This module holds types and two tiny helpers
 * only: the entry chunk of every action loads it.
 */
export interface World {
  /** The commit the run was started for (GITHUB_SHA on the runner); undefined in a terminal, which has none. */
  runCommit?: string;
  /** The repository may be a local one without a remote (a terminal's `git init`): its local default branch is the base then. */
  localRepository: boolean;
  /** The progress log folds a line break (the runner's, so that no text can start a workflow command): say a text a line at a time. */
  foldsLines: boolean;
  /**
   * False where no job summary is written (a terminal): what only a summary shows (promote's side-by-side table
   * of every environment) is not read then. Absent: the runner's face, which writes one.
   */
  summarises?: boolean;
  /**
   * False where the face shows no prose (a terminal's `--json`): what a promotion ships (release notes, commit
   * counts and pull requests, read from the history between each service's versions: at 100,000 commits the
   * largest part of a dry run) is not read then, as no field of the document says it. Absent: it is read.
   */
  showsWhatShips?: boolean;
  /** Absolute workspace root: every path a request names is resolved inside it, once, by the request. */
  workspace: string;
  /** The environment git, the lock command and the GitHub context are read from (GITHUB_REF, HOME, DOCKER_CONFIG …). */
  env: NodeJS.ProcessEnv;
  /** The event that started the run, read once on first use; a terminal has none. */
  event(): RunEvent;
  /** The GitHub token (masked before it got here); undefined when none was given. */
  token?: string;
  /**
   * Who the commits a run makes are by when no input names someone: a terminal user's own git
   * identity; undefined on a runner, where they are by github-actions[bot].
   */
  identity?: Identity;
  /** Time for every wait, deadline and timestamp (tests move it by hand). */
  clock: Clock;
  /** YYYY-MM-DD an operation stamps (changelog headings): SOURCE_DATE_EPOCH when set, else the clock's day. */
  date: string;
  /** Where progress and log lines go while the operation runs (its result is returned, not reported). */
  reporter: Reporter;
  /** Registers a secret found on the way (a Docker config password, a credential) so no face prints it. */
  secret(value: string): void;
  /** A warning raised while running (the runner: an annotation; a terminal: a line on stderr). */
  warning(line: string): void;
  /** The outside services; an absent one is the real one, loaded by the run that needs it (never by the entry chunk). */
  services: Partial<Services>;
}

/** The event that started an action run; `problem` says why a pull request event's payload could not be read. */
export interface RunEvent {
  name?: string;
  payload: Record<string, unknown>;
  problem?: string;
}

/**
 * The outside services an operation may use, each replaceable by a fake in
 * tests: generic ones only (a repository, GitHub, a registry, HTTP). An
 * operation's own ports (a promotion's git and GitHub sides, a release's) are
 * bound from these inside its folder (promote/world.ts, release/bind.ts), so
 * this module knows no operation. Each absent one is the real one, made by
 * the code that uses it (never by an action's entry chunk).
 */
export interface Services {
  /**
   * The Repo of the repository at `cwd` (git/repo.ts: real git, hooks off, in the World's environment);
   * with `auth`, git gets the token for that remote through its environment (git/auth.ts authedGit).
   */
  repo: RepoOpener;
  /**
   * The GitHub client of `repository` (owner/name) with the World's token (github/client.ts createGitHub).
   * Every refusal a user can fix becomes a UserError by the one rule, gitHubUserError.
   */
  github: GitHubOpener;
  /** A registry client (registry/client.ts RegistryClient) on the transport and credentials given. */
  registry: RegistryOpener;
  /** The HTTP transport registries are read through (node:http/https with keep-alive); closed by the run that opened it. */
  http(): NodeTransport;
  /** Registry retry policy. */
  retry: RetryPolicy;
}

/**
 * The day an operation stamps (changelog headings), from SOURCE_DATE_EPOCH
 * (seconds) when it is a number, for reproducible runs, else `now`. Both faces
 * read the variable and pass the result in; operations never read the environment.
 */
export function sourceDate(epoch: string | undefined, now: Date = new Date()): string {
  const d = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return d.toISOString().slice(0, 10);
}

/**
 * Core names files relative to the working directory; users (annotations,
 * terminals) need them relative to the workspace. Returns the same kind of
 * error with each location moved by `show`.
 */
export function relocateErrors(e: unknown, show: (p: string) => string): unknown {
  const move = (u: UserError) => (u.file ? u.at({ file: show(u.file), line: u.line, col: u.col }) : u);
  if (e instanceof UserErrors) return new UserErrors(e.errors.map(move), { summarized: e.summarized });
  if (e instanceof UserError) return move(e);
  return e;
}

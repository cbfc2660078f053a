import semver from 'semver';
import { UserError } from '../errors.ts';
import { resolveRange } from '../git/history.ts';
import { currentBranch, hasRemote, localDefaultBranch } from '../git/local-repo.ts';
import type { GitSpawner } from '../git/spawn.ts';
import type { ObjectReader } from '../git/cat-file.ts';
import { asRepo } from '../git/repo.ts';
import type { BaseVersions } from './bump.ts';
import { parseChart } from './chart.ts';
import { checkBaseRef } from './inputs.ts';
import { remoteHeadRef } from '../git/local-repo.ts';

/** Where bump-chart's level starts: what the inputs and the event say. */
export interface BumpBaseRequest {
  /** The `base` input: any branch, tag or commit. */
  base?: string;
  /** The event payload (GITHUB_EVENT_PATH), for a pull request's base or the repository's default branch. */
  event?: BumpEvent;
  remote?: string;
  /** Without that remote, take the local default branch (or HEAD's commit on it) instead of failing: the CLI's rule; the action refuses to guess. */
  local?: boolean;
}

/** The parts of an event payload the base is taken from. */
export interface BumpEvent {
  pull_request?: { base?: { sha?: string; ref?: string } };
  merge_group?: { base_sha?: string; base_ref?: string };
  repository?: { default_branch?: string };
}

/** The commits whose chart versions count as "the base", and how to name them. */
export interface BumpBase {
  /** The base commit, the merge base with HEAD and the base branch tip (without repeats). */
  commits: string[];
  label: string;
  /** What had to be fetched (shallow clones), and which base was taken without a remote, for the log. */
  fetched: string[];
}

const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;

/**
 * Finds the base a level applies to: the `base` input, else the pull
 * request's (or merge group's) base from the event, else the default
 * branch's tip on origin (origin/HEAD, the event's repository, or what origin
 * reports). It is resolved through resolveRange as chart-bump-check resolves
 * it, so a shallow clone fetches what it lacks instead of guessing.
 */
export async function resolveBumpBase(git: GitSpawner, reader: ObjectReader, req: BumpBaseRequest): Promise<BumpBase> {
  const remote = req.remote ?? 'origin';
  const pr =
    req.event?.pull_request?.base ??
    (req.event?.merge_group ? { sha: req.event.merge_group.base_sha, ref: req.event.merge_group.base_ref } : undefined);
  let base: string;
  let baseBranch: string | undefined;
  let label: string;
  let said: string | undefined;
  if (req.base !== undefined) {
    checkBaseRef(req.base);
    base = req.base;
    label = `base ${req.base}`;
  } else if (pr?.sha) {
    base = pr.sha;
    baseBranch = pr.ref?.replace(/^refs\/heads\//, '');
    if (baseBranch !== undefined && !BRANCH.test(baseBranch)) baseBranch = undefined;
    label = `the pull request's base${baseBranch ? ` ${baseBranch}` : ''}`;
  } else if (req.local && !(await hasRemote(git, remote))) {
    // A repository with no remote (a terminal's `git init`): the local default branch, or HEAD's commit when on it.
    const [branch, current] = await Promise.all([localDefaultBranch(git), currentBranch(git)]);
    if (branch !== undefined && branch !== current) {
      base = `refs/heads/${branch}`;
      label = `the local branch ${branch}`;
      said = `no ${remote} remote: the level applies to the versions on the local default branch ${branch}`;
    } else {
      base = 'HEAD';
      label = current ? `HEAD on ${current}` : 'HEAD';
      said = `no ${remote} remote: the level applies to HEAD's committed versions${current ? ` on ${current}${current === branch ? ', the default branch,' : ''}` : ' (detached)'}`;
    }
  } else {
    const branch = await defaultBranch(git, remote, req.event);
    if (!branch)
      throw new UserError(`cannot tell which branch the level applies to: ${remote} has no default branch this checkout knows of`, {
        hint: 'set base: to the branch the chart versions are released from (e.g. base: main)',
        cliHint: 'pass --base with the branch the chart versions are released from (e.g. --base main)',
      });
    base = `refs/remotes/${remote}/${branch}`;
    label = `${remote}/${branch}`;
  }
  const range = await resolveRange(git, reader, { base, head: 'HEAD', baseLabel: 'base', headLabel: 'HEAD', baseBranch, remote });
  const commits = [...new Set([range.base, range.mergeBase, range.baseTip].filter((c): c is string => c !== undefined))];
  label = `${label} (${range.base.slice(0, 12)})`;
  return { commits, label, fetched: said ? [`${said} at ${range.base.slice(0, 12)}`, ...range.fetched] : range.fetched };
}

async function defaultBranch(git: GitSpawner, remote: string, event: BumpEvent | undefined): Promise<string | undefined> {
  const fromSym = await remoteHeadRef(git, remote);
  if (fromSym && BRANCH.test(fromSym)) return fromSym;
  const fromEvent = event?.repository?.default_branch;
  if (typeof fromEvent === 'string' && BRANCH.test(fromEvent)) return fromEvent;
  // actions/checkout does not set origin/HEAD: ask the remote which branch its HEAD is.
  const head = await asRepo(git).remoteHead(remote);
  return head && BRANCH.test(head) ? head : undefined;
}

/**
 * The chart version of each folder at the base commits: the highest valid
 * SemVer among them (so two bumps merged one after the other still count),
 * null where no commit has the chart. A folder whose Chart.yaml exists but
 * holds no readable version is left out: levels then apply to the work tree.
 * `prefix` is the working directory's place in the repository (`deploy/`).
 */
export async function readBaseVersions(
  reader: ObjectReader,
  base: BumpBase,
  dirs: readonly string[],
  prefix: string,
): Promise<BaseVersions> {
  const versions = new Map<string, string | null>();
  await Promise.all(
    dirs.map(async (dir) => {
      const path = `${prefix}${dir === '.' ? '' : `${dir}/`}Chart.yaml`;
      const texts = await Promise.all(base.commits.map((c) => reader.text(`${c}:${path}`)));
      if (texts.every((t) => t === undefined)) {
        versions.set(dir, null);
        return;
      }
      let best: string | undefined;
      for (const t of texts) {
        const v = t === undefined ? undefined : versionOf(t, path);
        if (v !== undefined && (best === undefined || semver.gt(v, best))) best = v;
      }
      if (best !== undefined) versions.set(dir, best);
    }),
  );
  return { label: base.label, versions };
}

function versionOf(text: string, file: string): string | undefined {
  try {
    const v = parseChart(text, file).version?.value;
    return v !== undefined && semver.valid(v) === v ? v : undefined;
  } catch {
    return undefined;
  }
}

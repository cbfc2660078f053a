// The one reader of lockstep's records in a repository's history. The
// first-parent history of the base branch is walked once: one `git log` for
// every commit's parents, committer time and message, with the paths it
// changed under the environments' folder (the files and folders their
// deployers read: metrics/landing-files.ts; git diffs each commit under that
// folder only, and the reader keeps the paths at or under the environments'
// own).
// Then the merged side of merges that landed a promotion without saying so in
// their own message (one more `git log` per 1,000), and the release tags (one
// `git for-each-ref`). Each commit becomes a landing (a promotion into an
// environment), a release, or a change (anything else merged). metrics reads
// these; record: deployments reads the same trailers through trailers.ts.
// A trailer counts only where lockstep vouches for it (trailers.ts
// vouchedRecords): git's own parse of the trailer block, a promotion into an
// environment whose files the commit changed, a release commit as
// prepare-release titles it, touching only what prepare-release writes
// (`releaseWrites`). Other `Lockstep-*` lines are counted, not read.

import type { GitSpawner } from '../git/spawn.ts';
import { asRepo } from '../git/repo.ts';
import { availableParallelism } from 'node:os';
import { commitsByIds, eachCommitTouching, historyFolders, splitAt, tagTargets, type LoggedCommit } from '../git/log.ts';
import { beyondRelease, claimingRelease, releaseWritesByName } from './release-commits.ts';
import { recordKeeper, type RecordKeeper } from './keeper.ts';
import {
  claimsOf,
  fixMarksOf,
  lockstepBlock,
  lockstepLines,
  olderPromotionWords,
  vouch,
  type Claims,
  type PinnedService,
  type Trailer,
  type Vouched,
} from './trailers.ts';

/** An environment as the reader needs it: its name and the files whose change is a landing in it. */
export interface EnvironmentFiles {
  name: string;
  /**
   * Its files and folders (a folder: every file under it, as a git pathspec takes it); for an environment of many
   * apps, its globs (`charts/*\/values-prod.yaml`), which git's pathspecs take.
   */
  files: string[];
  /** For an environment of many apps: whether a changed path is one of its files (its globs matched). */
  matches?: (path: string) => boolean;
}

/**
 * What a landing's GitHub Deployment came to (records/deployments.ts): `success` (a success status, at the
 * first one), `failure` (a failure or error status and never success), `inactive` (replaced before it ever
 * succeeded), `pending` (queued, in progress, or no status yet).
 */
export type DeploymentOutcome = 'success' | 'failure' | 'inactive' | 'pending';

/** A promotion that landed on the base branch into one environment. */
export interface Landing {
  /** The first-parent commit that landed it (the merge, the squash, the pushed commit). */
  commit: string;
  /** Its position in the first-parent history, oldest first. */
  index: number;
  /** Committer time, Unix seconds: when it landed on the base branch. */
  at: number;
  environment: string;
  services: PinnedService[];
  from?: string;
  rollback: boolean;
  /** Read from the files the commit changed (no Lockstep-Environment trailer), not from its trailers. */
  inferred: boolean;
  /** Where `at` comes from: the commit's committer time (`git`), or its GitHub Deployment's first success status (`deployment`). */
  source: 'git' | 'deployment';
  /** The GitHub Deployment of this commit into the environment, when one was read (records/deployments.ts). */
  deployment?: { id: number; state: DeploymentOutcome };
  /** A hydrated promotion (hydrated-landings.ts): the base branch position of the DRY commit it deploys, with every change up to it. */
  ships?: number;
}

/** A commit merged to the base branch that is neither a landing nor lockstep's own. */
export interface Change {
  commit: string;
  index: number;
  /** Committer time (Unix seconds): when it was merged to the base branch. */
  at: number;
}

/** A release: its tag and the first-parent position it was cut at (undefined: not on the first-parent history). */
export interface Release {
  tag: string;
  commit: string;
  index?: number;
}

/** A first-parent commit whose trailer block says it repairs a release (`Lockstep-Fixes: 1.4.0`; docs/metrics.md). */
export interface FixMark {
  /** Its first-parent position. */
  index: number;
  /** The release it names, as written (`1.4.0`, `v1.4.0`). */
  release: string;
}

/** What the history holds, oldest first. */
export interface Records {
  tip: string;
  commits: number;
  landings: Landing[];
  changes: Change[];
  releases: Map<string, Release>;
  /** The commits that mark themselves as a release's repair, oldest first. */
  fixMarks: FixMark[];
  /** The oldest commit read (committer time, seconds); undefined for an empty history. */
  oldestAt?: number;
  /** The clone is shallow: the history read stops at its shallow boundary. */
  shallow: boolean;
  /** First-parent commits carrying `Lockstep-*` lines lockstep did not vouch for (trailers.ts vouchedRecords): ignored. */
  ignored: number;
  /** Commits whose committer time is after the reader's clock, and the latest such time: each is taken as the clock's time. */
  future?: { commits: number; latest: number };
}

interface RawCommit {
  sha: string;
  parents: string[];
  at: number;
  /** The `Lockstep-*` trailers of the message's trailer block, as git parses it. */
  block: Trailer[];
  message: string;
}

/** One commit of git/log.ts's commitsByIds from its five fields. */
function rawCommit(f: readonly string[]): RawCommit {
  return {
    // With -z git separates commits by NUL only; a newline may remain before the next id.
    sha: f[0].replace(/^\n/, ''),
    parents: f[1].split(' ').filter(Boolean),
    at: Number(f[2]),
    block: lockstepBlock(f[3]),
    message: f[4],
  };
}

/** Splits git/log.ts's commitsByIds output into commits, in its order. */
function parseLog(text: string): RawCommit[] {
  const f = text.split('\0');
  const out: RawCommit[] = [];
  for (let k = 0; k + 4 < f.length; k += 5) out.push(rawCommit(f.slice(k, k + 5)));
  return out;
}

/**
 * A first-parent commit that may be a record, as the reader keeps it while
 * the log is read: what its message claims and says (read as it arrives), not
 * the message. A fleet's history holds a thousand promotions of 300 trailer
 * lines each: kept whole until the walk ended they were ~40 MB of the run's
 * peak. Every other commit is kept as the Change it is (plainChange).
 */
interface KeptCommit {
  sha: string;
  /** Committer time, at most the reader's clock. */
  at: number;
  /** The environments whose files it changed. */
  envs: string[];
  /** A merge: its merged side (whose message is the record, read once the walk knows which merges matter) and its own message. */
  merge?: { side: string; message: string };
  /** What its own message claims (not a merge); undefined when it has no `Lockstep-*` line. */
  claims?: Claims;
  /**
   * What olderPromotionWords reads of its message (not a merge): the title and every line with a `→`, for a
   * landing inferred from its files; undefined when no line has one (the words then say nothing).
   */
  older?: string;
  /** The releases its own trailer block says it repairs (fixMarksOf); undefined when none. */
  fixes?: string[];
}

/** A message's title and its other lines that hold a `→`: all that olderPromotionWords reads of it (a title or a service line). */
function arrowLines(message: string): string {
  const [title, ...rest] = message.split('\n');
  return [title, ...rest.filter((line) => line.includes('→'))].join('\n');
}

/** `path` and each folder holding it up to the repository's top (`.`): the names an environment's files may give it by. */
function namesOf(path: string): string[] {
  const out = [path];
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) out.push(path.slice(0, i));
  out.push('.');
  return out;
}

/** `Lockstep-`, as the bytes of a message: a message without it claims nothing (trailers.ts claimsOf). */
const LOCKSTEP = Buffer.from('Lockstep-', 'latin1');

/**
 * A commit of the walk that is a change whatever else the history holds: it
 * changed no environment's files, and neither its message (for a merge, its
 * own) nor its trailer block as git parsed it has a `Lockstep-` line (the
 * block may where the message does not: a `trailer.<token>.key` in the
 * repository's git config renames a key as git parses it). Its message is
 * never decoded: in a long history that is nearly every commit.
 */
function plainChange(c: LoggedCommit, envs: readonly string[]): boolean {
  return envs.length === 0 && !c.message.includes(LOCKSTEP) && (c.trailers.length === 0 || !c.trailers.includes(LOCKSTEP));
}

/** One commit of the walk as kept (KeptCommit): its claims' and words' values copied once (recordKeeper). */
function keptCommit(c: LoggedCommit, at: number, envs: string[], keep: RecordKeeper): KeptCommit {
  const message = c.message.toString('utf8');
  const parents = c.parents.toString('latin1').split(' ').filter(Boolean);
  const trailers = c.trailers.toString('utf8');
  // A merge's own message is a person's (a pull request's body): its mark counts, as a squash's does.
  const marks = fixMarksOf(trailers);
  const fixes = marks.length > 0 ? { fixes: marks.map(keep.own) } : {};
  if (parents.length > 1) return { sha: c.sha, at, envs, merge: { side: parents[1], message }, ...fixes };
  const claims = claimsOf(message, lockstepBlock(trailers), 0);
  return {
    sha: c.sha,
    at,
    envs,
    ...fixes,
    ...(claims.claimed > 0 || claims.block > 0 ? { claims: keep.claims(claims) } : {}),
    ...(message.includes('→') ? { older: keep.own(arrowLines(message)) } : {}),
  };
}

/** The merged sides of merges: `shas` read in batches of one `git log --no-walk` each. */
async function commitsOf(git: GitSpawner, shas: string[]): Promise<Map<string, RawCommit>> {
  const out = new Map<string, RawCommit>();
  for (let k = 0; k < shas.length; k += 1000) {
    const text = await commitsByIds(git, shas.slice(k, k + 1000));
    for (const c of parseLog(text)) out.set(c.sha, c);
  }
  return out;
}

/**
 * Reads the records of the first-parent history ending at `tip`. A commit
 * lockstep vouches for (trailers.ts vouchedRecords: its own message, or for
 * a merge its merged side's) is a landing in each environment its
 * `Lockstep-Environment` trailers name, or a release. An environment whose
 * files a commit changed without such a record is an inferred landing there,
 * its services read from an older promote-env message when it is one.
 * Release tags are releases. Every other commit is a change. A committer
 * time after `now` (seconds) is taken as `now`, and counted. A release
 * commit counts only when `releaseWrites` names every file it changed.
 */
export async function readRecords(
  git: GitSpawner,
  tip: string,
  environments: readonly EnvironmentFiles[],
  now = Infinity,
  releaseWrites: (path: string) => boolean = releaseWritesByName,
): Promise<Records> {
  const envFiles = [...new Set(environments.flatMap((e) => e.files))];
  // A changed path is an environment's when it names the path or a folder holding it (namesOf).
  const envOf = new Map<string, string[]>();
  for (const e of environments)
    for (const f of new Set(e.files.map((p) => p.replace(/\/+$/, '') || '.'))) envOf.set(f, [...(envOf.get(f) ?? []), e.name]);
  // An environment of many apps names its files with globs: a changed path is its when a glob matches it.
  const globbed = environments.filter((e) => e.matches !== undefined);
  const matched = (path: string) => globbed.flatMap((e) => (e.matches!(path) ? [e.name] : []));
  const keep = recordKeeper();
  // One walk of the first-parent history: each commit a change as it arrives (nearly all of them), or kept
  // with what its message claims (read as it arrives) and the environments whose files it changed. Two walks
  // at once where the machine has a second core and a release tag splits the history (splitAt).
  const targets = await tagTargets(git);
  const tags = new Map([...targets].map(([name, t]) => [name, t.commit]));
  // Each part of the walk (eachCommitTouching): its commits, and the committer times after `now` among them.
  const parts: { commits: (Change | KeptCommit)[]; late: number[] }[] = [];
  const [shallow, order] = await Promise.all([
    asRepo(git).isShallow(),
    eachCommitTouching(
      git,
      tip,
      historyFolders(envFiles),
      (c, paths, part) => {
        const into = (parts[part] ??= { commits: [], late: [] });
        if (c.time > now) into.late.push(c.time);
        const at = Math.min(c.time, now);
        const envs =
          paths.length > 0 ? [...new Set(paths.flatMap((f) => [...namesOf(f).flatMap((n) => envOf.get(n) ?? []), ...matched(f)]))] : [];
        into.commits.push(plainChange(c, envs) ? { commit: c.sha, index: -1, at } : keptCommit(c, at, envs, keep));
      },
      availableParallelism() > 1 ? splitAt(targets) : undefined,
    ),
  ]);
  const walked = order.flatMap((k) => parts[k] ?? []);
  const commits = walked.flatMap((p) => p.commits);
  const late = walked.flatMap((p) => p.late);
  const future = late.length > 0 ? { commits: late.length, latest: late.reduce((a, b) => Math.max(a, b)) } : undefined;
  commits.reverse();
  // A merge that changed an environment's files: its merged side's message is the record of what landed.
  const sides = commits.flatMap((c) => ('envs' in c && c.merge && c.envs.length > 0 ? [c.merge.side] : []));
  const merged = sides.length > 0 ? await commitsOf(git, sides) : new Map<string, RawCommit>();
  const notReleases = await beyondRelease(git, claimingRelease(commits, merged), releaseWrites);
  return { tip, shallow, ...(future ? { future } : {}), ...recordsOf(commits, merged, tags, keep, notReleases) };
}

/**
 * The landings, changes and releases of the walk's commits (oldest first): a change as it is, a kept
 * commit as what lockstep vouches for of it (its merged side's message for a merge, `merged`).
 */
function recordsOf(
  commits: readonly (Change | KeptCommit)[],
  merged: ReadonlyMap<string, RawCommit>,
  tags: ReadonlyMap<string, string>,
  keep: RecordKeeper,
  notReleases: ReadonlySet<string>,
): Omit<Records, 'tip' | 'shallow' | 'future'> {
  const landings: Landing[] = [];
  const changes: Change[] = [];
  const releases = new Map<string, Release>();
  // The first-parent positions of the tagged commits (a few hundred of the history's commits).
  const tagged = new Set(tags.values());
  const indexOf = new Map<string, number>();
  const fixMarks: FixMark[] = [];
  let ignored = 0;
  const none = claimsOf('', [], 0);
  commits.forEach((c, index) => {
    if (!('envs' in c)) {
      if (tagged.has(c.commit)) indexOf.set(c.commit, index);
      c.index = index;
      changes.push(c);
      return;
    }
    if (tagged.has(c.sha)) indexOf.set(c.sha, index);
    for (const release of c.fixes ?? []) fixMarks.push({ index, release });
    // A merge's own message is GitHub's or a person's, never lockstep's: only its merged side can be a record.
    const side = c.merge ? merged.get(c.merge.side) : undefined;
    const said = c.merge
      ? keep.claims(claimsOf(side?.message ?? '', side?.block ?? [], lockstepLines(c.merge.message).length))
      : (c.claims ?? none);
    // A release's trailers on a commit that changed more than prepare-release writes: a change that says otherwise.
    const claims = notReleases.has(c.sha) ? { ...said, prepareRelease: false, releases: [] } : said;
    const vouched = vouch(claims, c.envs);
    if (vouched.ignored) ignored++;
    for (const tag of vouched.releases) releases.set(tag, { tag, commit: c.sha, index });
    landings.push(...landingsOf(c, index, vouched, side, keep));
    if (c.envs.length > 0 || vouched.generated) return;
    changes.push({ commit: c.sha, index, at: c.at });
  });
  // A tag on the first-parent history places its release there; a tag elsewhere keeps the release commit's place, if any.
  for (const [tag, commit] of tags) {
    const index = indexOf.get(commit);
    const known = releases.get(tag);
    if (index !== undefined || !known) releases.set(tag, { tag, commit, ...(index !== undefined ? { index } : {}) });
  }
  return { commits: commits.length, landings, changes, releases, fixMarks, oldestAt: commits[0]?.at, ignored };
}

/**
 * The landings of a kept commit at first-parent position `index`: each promotion lockstep vouches for, and
 * an inferred one in each other environment whose files it changed (its services from an older promote-env
 * message's words: its own, or for a merge its own and its merged side's, `side`).
 */
function landingsOf(c: KeptCommit, index: number, vouched: Vouched, side: RawCommit | undefined, keep: RecordKeeper): Landing[] {
  const out: Landing[] = vouched.promotions.map((p) => ({
    commit: c.sha,
    index,
    at: c.at,
    environment: p.environment,
    services: p.services,
    ...(p.from ? { from: p.from } : {}),
    rollback: p.rollback,
    inferred: false,
    source: 'git',
  }));
  const unrecorded = c.envs.filter((e) => !vouched.promotions.some((p) => p.environment === e));
  if (unrecorded.length === 0) return out;
  const words = olderPromotionWords(c.merge ? (side ? `${c.merge.message}\n${side.message}` : c.merge.message) : (c.older ?? ''));
  for (const environment of unrecorded)
    out.push({
      commit: c.sha,
      index,
      at: c.at,
      environment,
      services: keep.pins(words.services),
      ...(words.from ? { from: keep.text(words.from) } : {}),
      rollback: words.rollback,
      inferred: true,
      source: 'git',
    });
  return out;
}

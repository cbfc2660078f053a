// The one reader of lockstep's records in a repository's history. The
// first-parent history of the base branch is walked twice, side by side:
// one `git log` for every commit's parents, committer time and message, and
// one `git log --name-only` limited to the environments' files (their values
// files and Applications), so git diffs only the commits that touched them.
// Then the merged side of merges that landed a promotion without saying so in
// their own message (one more `git log` per 1,000), and the release tags (one
// `git for-each-ref`). Each commit becomes a landing (a promotion into an
// environment), a release, or a change (anything else merged). metrics reads
// these; record: deployments reads the same trailers through trailers.ts.

import { gitText, type GitSpawner } from '../git/objects.ts';
import { asRepo } from '../git/repo.ts';
import { olderPromotionWords, promotionsOf, recordsOf, type PinnedService } from './trailers.ts';

/** An environment as the reader needs it: its name and the files whose change is a landing in it. */
export interface EnvironmentFiles {
  name: string;
  files: string[];
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
}

/** A commit merged to the base branch that is neither a landing nor lockstep's own. */
export interface Change {
  commit: string;
  index: number;
  /** Committer time (Unix seconds): when it was merged to the base branch. */
  at: number;
  subject: string;
}

/** A release: its tag and the first-parent position it was cut at (undefined: not on the first-parent history). */
export interface Release {
  tag: string;
  commit: string;
  index?: number;
}

/** What the history holds, oldest first. */
export interface Records {
  tip: string;
  commits: number;
  landings: Landing[];
  changes: Change[];
  releases: Map<string, Release>;
  /** The oldest commit read (committer time, seconds); undefined for an empty history. */
  oldestAt?: number;
  /** The clone is shallow: the history read stops at its shallow boundary. */
  shallow: boolean;
}

const RS = '\x1e';
const US = '\x1f';

interface RawCommit {
  sha: string;
  parents: string[];
  at: number;
  message: string;
}

/** Splits `git log --format=%x1e%H%x1f%P%x1f%ct%x1f%B` output into commits, newest first. */
function parseLog(text: string): RawCommit[] {
  const out: RawCommit[] = [];
  let at = text.indexOf(RS);
  while (at !== -1) {
    const next = text.indexOf(RS, at + 1);
    const chunk = text.slice(at + 1, next === -1 ? text.length : next);
    at = next;
    const a = chunk.indexOf(US);
    const b = chunk.indexOf(US, a + 1);
    const c = chunk.indexOf(US, b + 1);
    if (a < 0 || b < 0 || c < 0) continue;
    out.push({
      sha: chunk.slice(0, a),
      parents: chunk
        .slice(a + 1, b)
        .split(' ')
        .filter(Boolean),
      at: Number(chunk.slice(b + 1, c)),
      message: chunk.slice(c + 1),
    });
  }
  return out;
}

/**
 * The environment files each first-parent commit changed against its first
 * parent: `git log --first-parent --name-only` limited to those paths (git
 * skips every other commit's diff), merges compared with their first parent.
 */
async function touchedFiles(git: GitSpawner, tip: string, files: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (files.length === 0) return out;
  const text = await gitText(git, [
    '-c',
    'core.quotePath=false',
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--no-renames',
    `--format=${RS}%H`,
    '--name-only',
    '--end-of-options',
    tip,
    '--',
    ...files.map((f) => `:(literal)${f}`),
  ]);
  for (const chunk of text.split(RS)) {
    const lines = chunk.split('\n').filter(Boolean);
    if (lines.length > 1) out.set(lines[0], lines.slice(1));
  }
  return out;
}

/** The messages of `shas` (merged sides of merges), read in batches of one `git log --no-walk` each. */
async function messagesOf(git: GitSpawner, shas: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let k = 0; k < shas.length; k += 1000) {
    const text = await gitText(git, ['log', '--no-walk=unsorted', `--format=${RS}%H${US}%B`, ...shas.slice(k, k + 1000), '--']);
    for (const chunk of text.split(RS)) {
      const at = chunk.indexOf(US);
      if (at > 0) out.set(chunk.slice(0, at), chunk.slice(at + 1));
    }
  }
  return out;
}

/** Release tags (`refs/tags/*`) and the commit each names (peeled through an annotated tag). */
async function tagCommits(git: GitSpawner): Promise<Map<string, string>> {
  const text = await gitText(git, ['for-each-ref', `--format=%(refname:strip=2)${US}%(objectname)${US}%(*objectname)`, 'refs/tags']);
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [name, obj, peeled] = line.split(US);
    if (name && obj) out.set(name, peeled || obj);
  }
  return out;
}

/**
 * Reads the records of the first-parent history ending at `tip`. A commit
 * whose message (or, for a merge, its merged side's) carries
 * `Lockstep-Environment` trailers is a landing in each environment named; one
 * without them that changed an environment's files (its values file, its
 * Application) is an inferred landing there, its services read from an
 * older promote-env message when it is one. `Lockstep-Release` lines and
 * release tags are releases. Everything else that is not lockstep's own is a change.
 */
export async function readRecords(git: GitSpawner, tip: string, environments: readonly EnvironmentFiles[]): Promise<Records> {
  const envFiles = [...new Set(environments.flatMap((e) => e.files))];
  // Two walks of the same first-parent history side by side: every commit's message, and the few diffs that matter.
  const [shallow, log, changed] = await Promise.all([
    asRepo(git).isShallow(),
    gitText(git, ['log', '--first-parent', `--format=${RS}%H${US}%P${US}%ct${US}%B`, '--end-of-options', tip, '--']),
    touchedFiles(git, tip, envFiles),
  ]);
  const commits = parseLog(log).reverse();
  const envOf = new Map<string, string[]>();
  for (const e of environments) for (const f of e.files) envOf.set(f, [...(envOf.get(f) ?? []), e.name]);
  const touched = (c: RawCommit): string[] => {
    const files = changed.get(c.sha);
    return files ? [...new Set(files.flatMap((f) => envOf.get(f) ?? []))] : [];
  };
  // A merge that changed an environment's files and says nothing itself: its merged side's message says what landed.
  const sides = commits
    .filter((c) => c.parents.length > 1 && promotionsOf(c.message).length === 0 && touched(c).length > 0)
    .map((c) => c.parents[1]);
  const sideMessages = sides.length > 0 ? await messagesOf(git, sides) : new Map<string, string>();
  const tags = await tagCommits(git);

  const landings: Landing[] = [];
  const changes: Change[] = [];
  const releases = new Map<string, Release>();
  const indexOf = new Map<string, number>();
  commits.forEach((c, index) => {
    indexOf.set(c.sha, index);
    const message = c.parents.length > 1 ? `${c.message}\n${sideMessages.get(c.parents[1]) ?? ''}` : c.message;
    // One pass over the message's trailer lines for all three questions.
    const { promotions: recorded, releases: released, generated } = recordsOf(message);
    for (const tag of released) releases.set(tag, { tag, commit: c.sha, index });
    if (recorded.length > 0) {
      for (const p of recorded)
        landings.push({
          commit: c.sha,
          index,
          at: c.at,
          environment: p.environment,
          services: p.services,
          ...(p.from ? { from: p.from } : {}),
          rollback: p.rollback,
          inferred: false,
          source: 'git',
        });
      return;
    }
    const envs = touched(c);
    if (envs.length > 0) {
      const words = olderPromotionWords(message);
      for (const environment of envs)
        landings.push({
          commit: c.sha,
          index,
          at: c.at,
          environment,
          services: words.services,
          ...(words.from ? { from: words.from } : {}),
          rollback: words.rollback,
          inferred: true,
          source: 'git',
        });
      return;
    }
    if (generated || released.length > 0) return;
    changes.push({ commit: c.sha, index, at: c.at, subject: c.message.split('\n', 1)[0] ?? '' });
  });
  // A tag on the first-parent history places its release there; a tag elsewhere keeps the release commit's place, if any.
  for (const [tag, commit] of tags) {
    const index = indexOf.get(commit);
    const known = releases.get(tag);
    if (index !== undefined || !known) releases.set(tag, { tag, commit, ...(index !== undefined ? { index } : {}) });
  }
  return { tip, commits: commits.length, landings, changes, releases, oldestAt: commits[0]?.at, shallow };
}

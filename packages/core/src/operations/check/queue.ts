import { looseChart } from '../../charts/bump-rules.ts';
import type { OtherBase } from '../../checks/types.ts';
import { changedPaths, firstParentsSince } from '../../git/commits.ts';
import type { ResolvedRange } from '../../git/history.ts';
import type { ObjectReader } from '../../git/cat-file.ts';
import { firstParentChanges, type PathChange } from '../../git/path-changes.ts';
import type { GitSpawner } from '../../git/spawn.ts';
import { pullOfSubject } from '../../text/pull-subject.ts';
import type { MergeQueueEntry } from './request.ts';

// A merge queue checks each pull request on top of the queue's base and of every pull request ahead of it
// in the same group. Two pull requests that bump a chart to the same version each pass alone, and their
// identical Chart.yaml edits merge without a conflict: the group's head then holds one version for two
// changes. The check refuses the second in the queue: the head must exceed the versions on the commit its
// entry was built on too, and the refusal names the pull request that took the version (found through
// git, so the check still needs no token).

/**
 * The commit the queue entry was built on, as a base the head's versions must exceed: only when it is a
 * commit on the first-parent line after the queue's base and before the head (the pull requests ahead in
 * the group), and only for the charts the entry itself changes (between that commit and the head).
 * Anything else the ref may name (an unknown commit, the base itself, a side branch) adds nothing.
 */
export async function queueEntryBase(
  git: GitSpawner,
  reader: ObjectReader,
  range: ResolvedRange,
  entry: MergeQueueEntry,
): Promise<OtherBase | undefined> {
  const sha = entry.entryBase;
  if (!sha || sha === range.base || sha === range.head || !(await reader.commit(sha))) return undefined;
  const line = await firstParentsSince(git, range.base, range.head).catch((): string[] => []);
  if (!line.includes(sha)) return undefined;
  const pull = entry.pull ? ` for #${entry.pull}` : '';
  // The entry's own change is what lies between the commit it was built on and the head: a chart the pull
  // requests ahead bumped and this one left alone holds the same version on both, and is not this entry's to bump.
  const changed = await changedPaths(git, sha, range.head);
  return {
    label: `the merge queue entry's base ${sha.slice(0, 12)}${pull}`,
    readFile: (p) => reader.text(`${sha}:${p}`),
    judges: (dir) => changed.some((p) => dir === '' || dir === '.' || p.startsWith(`${dir.replace(/\/+$/, '')}/`)),
  };
}

/** How far back along the first-parent line the commit that set a version is looked for. */
const MAX_LOOKED_BACK = 200;

/** Who took a version, asked of each refused chart of one run (takerSearch). */
export interface TakerSearch {
  takenBy(file: string, version: string): Promise<string | undefined>;
}

/**
 * Names the pull request (or the commit) that set a version in a chart file, for every chart a run refuses: the
 * newest first-parent commit of the first of `starts` holding it whose parent held another version. A version
 * the pull request's own fork point already held (`forkPoint`: its merge base) was not taken by another:
 * undefined then, and the refusal stays "not bumped". The pull request comes from the commit's subject as GitHub
 * writes it for a squash or merge commit (a merge queue writes the same ones); otherwise the commit is named.
 *
 * Walks no further than it must. With a fork point, one git process for every refused chart of the run: the
 * commits from a start down to the fork point (`start ^forkPoint`: a commit the fork point holds cannot have
 * been taken by another) that changed any Chart.yaml, read once and shared; a start that is the fork point
 * itself (a pull request up to date with its base, the common case) has nothing to walk and starts no git.
 * Without one (a merge queue entry), each refused chart's own file log, stopped at its answer. It was the whole
 * first-parent log of each refused chart's file read to its end, then a `merge-base --is-ancestor` and a
 * `log -1` for the commit found: three git processes a chart and the whole history walked for each.
 */
export function takerSearch(git: GitSpawner, reader: ObjectReader, starts: readonly string[], forkPoint?: string): TakerSearch {
  const walks = new Map<string, SharedChanges>();
  const changesFrom = (start: string, file: string): AsyncIterable<PathChange> => {
    if (forkPoint === undefined) return firstParentChanges(git, start, { files: [file] });
    let walk = walks.get(start);
    if (!walk) walks.set(start, (walk = new SharedChanges(firstParentChanges(git, start, { named: 'Chart.yaml' }, forkPoint))));
    return walk.changes();
  };
  const versionAt = async (spec: string) => {
    const text = await reader.text(spec).catch(() => undefined);
    return text === undefined ? undefined : looseChart(text)?.version;
  };
  return {
    async takenBy(file, version) {
      for (const start of starts) {
        if ((await versionAt(`${start}:${file}`)) !== version) continue;
        if (start === forkPoint) return undefined;
        let looked = 0;
        for await (const { sha, subject, touched } of changesFrom(start, file)) {
          if (!touched.includes(file)) continue;
          if (++looked > MAX_LOOKED_BACK || (await versionAt(`${sha}:${file}`)) !== version) return undefined;
          if ((await versionAt(`${sha}^1:${file}`)) === version) continue;
          const pull = pullOfSubject(subject);
          return pull ? `#${pull.number} (commit ${sha.slice(0, 12)})` : `commit ${sha.slice(0, 12)}`;
        }
        return undefined;
      }
      return undefined;
    },
  };
}

/** One walk's commits, read once from git and handed to every chart that asks, each reading from the newest. */
class SharedChanges {
  private readonly read: PathChange[] = [];
  private ended = false;
  private waiting: (() => void)[] = [];

  constructor(walk: AsyncGenerator<PathChange>) {
    void this.pump(walk);
  }

  private async pump(walk: AsyncGenerator<PathChange>): Promise<void> {
    try {
      for await (const change of walk) {
        this.read.push(change);
        this.wake();
      }
    } catch {
      // A walk that fails ends the list: what was read stands, as an empty log would.
    } finally {
      this.ended = true;
      this.wake();
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }

  async *changes(): AsyncGenerator<PathChange> {
    for (let i = 0; ; i++) {
      while (i >= this.read.length && !this.ended) await new Promise<void>((done) => this.waiting.push(done));
      if (i >= this.read.length) return;
      yield this.read[i];
    }
  }
}

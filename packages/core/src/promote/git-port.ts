// The git side of a promotion: a view of the Repo promoted in (git/repo.ts), with the object
// reader the plans read through (restarted after each fetch, so it sees what came).

import { type ObjectReader } from '../git/cat-file.ts';
import { filesUnder } from '../git/tree.ts';
import { lastLandings } from '../git/log.ts';
import * as publish from '../git/publish.ts';
import { publishGeneratedBranch } from '../git/generated-branch.ts';
import { checkRefName } from '../git/refs.ts';
import { fetchHydratorNotes, HYDRATOR_NOTES, notedDrySha } from '../git/hydrator-notes.ts';
import { BOT_IDENTITY, type Identity } from '../git/identity.ts';
import type { Repo } from '../git/repo.ts';
import { apiBranchPublisher } from '../github/branch-publisher.ts';
import type { GitHub } from '../github/client.ts';
import type { PromoteGit } from './ports.ts';
import { looksLikeSha } from './request.ts';

/** How the git side is bound: to origin (`remote`) or the local branches, on `base`, with the API client commit-mode api writes through. */
export interface PromoteGitOptions {
  remote: boolean;
  base: string;
  apiClient(): GitHub;
  /** Who the promotion commit is by: a terminal user's own identity; undefined on a runner (github-actions[bot]). */
  identity?: Identity;
}

/** PromoteGit over `git` and `reader`. */
export function promoteGitOf(git: Repo, reader: ObjectReader, o: PromoteGitOptions): PromoteGit {
  const { base } = o;
  // origin's hydrator notes, fetched once per run when a promotion of hydrated branches first asks.
  let notes: Promise<string | undefined> | undefined;
  // The render runs beside the chart checks, and both may fetch a release tag: one fetch at a time.
  const serial = oneAtATime();
  return {
    async hydratorNote(commit) {
      notes ??= o.remote ? fetchHydratorNotes(git) : git.commitOf(HYDRATOR_NOTES);
      return (await notes) ? notedDrySha(git, commit) : undefined;
    },
    async fetchBranch(branch) {
      if (!o.remote) {
        await checkRefName(git, branch, 'branch');
        return git.commitOf(`refs/heads/${branch}`);
      }
      return serial(async () => {
        const sha = await publish.fetchBranch(git, 'origin', branch);
        reader.close(); // objects fetched since cat-file started are read by a fresh one
        return sha;
      });
    },
    async knownTip(branch) {
      // Read through the object reader, no process of its own; a name that is not a plain one (a `:` names a path) is not asked.
      if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(branch) || branch.startsWith('-') || branch.includes('..')) return undefined;
      return reader.commit(`refs/${o.remote ? 'remotes/origin' : 'heads'}/${branch}`);
    },
    readAt: (commit, path) => reader.text(`${commit}:${path}`),
    readBytesAt: (commit, path) => reader.read(`${commit}:${path}`).then((o) => (o?.type === 'blob' ? o.data : undefined)),
    resolveRef: refResolver(git, reader, o.remote, serial),
    async fetchTags(groups) {
      if (!o.remote || groups.length === 0) return;
      await serial(() => fetchFirstSpellings(git, reader, groups));
    },
    commitInfo: (commit) => git.commitInfo(commit),
    landedAt: (commit, path) => git.lastCommit(commit, path, true),
    landings: (commit, groups) => lastLandings(git, commit, groups),
    // A folder's files from the running cat-file's tree reads (git/tree.ts): no process to start; the whole tree from ls-tree.
    listFiles: (commit, dir) => (dir === undefined ? git.listFiles(commit) : filesUnder(reader, commit, dir)),
    lastCommit: (commit, path) => git.lastCommit(commit, path),
    async firstParentLog(commit, path) {
      const entries = await git.firstParentLog(commit, path);
      return { entries, complete: !(await git.isShallow()) };
    },
    async deepenHistory(commits) {
      // A shallow clone (actions/checkout's default) gets the base branch's history in steps, as soak time asks for it.
      if (!o.remote || !(await git.isShallow())) return false;
      return serial(async () => {
        const r = await git.deepenBranch('origin', base, commits);
        reader.close();
        return r.code === 0;
      });
    },
    async publish(p) {
      // commit-mode api: the same round, its commits written through the GitHub API instead of pushed.
      const viaApi = p.commitMode === 'api' ? apiBranchPublisher(git, o.apiClient(), { committer: BOT_IDENTITY }) : undefined;
      const r = await publishGeneratedBranch(
        git,
        {
          base: p.base,
          branch: p.branch,
          trailer: publish.generatedTrailer('promote-env'),
          author: o.identity ?? BOT_IDENTITY,
          committer: o.identity ?? BOT_IDENTITY,
          plan: p.plan,
        },
        viaApi,
      );
      reader.close();
      return r;
    },
    commitsBetween: (from, to) => git.commitsBetween(from, to),
    commitsInRanges: (ranges) => git.commitsInRanges(ranges),
  };
}

/**
 * Runs fetches one at a time: two git fetches in one repository race for its locks (a tag's ref, a shallow
 * clone's shallow file).
 */
function oneAtATime(): <T>(f: () => Promise<T>) => Promise<T> {
  let fetching: Promise<unknown> = Promise.resolve();
  return (f) => {
    const run = fetching.then(f, f);
    fetching = run.catch(() => undefined);
    return run;
  };
}

/**
 * resolveRef: the commit a ref names here, else fetched from origin when origin has it (through `serial`); a ref
 * asked for again while it is being resolved shares that answer.
 */
function refResolver(
  git: Repo,
  reader: ObjectReader,
  remote: boolean,
  serial: ReturnType<typeof oneAtATime>,
): (ref: string) => Promise<string | undefined> {
  const resolving = new Map<string, Promise<string | undefined>>();
  const resolve = async (ref: string): Promise<string | undefined> => {
    const have = await reader.commit(ref);
    if (have) return have;
    const bySha = looksLikeSha(ref) && ref.length === 40;
    // What's-in tries several tag spellings for each service (`api-v1.4.0`, `v1.4.0`, …): origin's tag list,
    // asked once per run, spares a failing fetch (and a cat-file restart) for every spelling origin lacks.
    if (!bySha && remote) {
      const tags = await git.remoteTags();
      if (tags && !tags.has(ref)) return undefined;
    }
    await serial(async () => {
      await (bySha ? git.fetchRefs('origin', [ref]) : git.fetchTags('origin', [ref]));
      reader.close();
    });
    return reader.commit(ref);
  };
  return (ref) => {
    let r = resolving.get(ref);
    if (!r) {
      resolving.set(ref, (r = resolve(ref)));
      void r.finally(() => resolving.delete(ref)).catch(() => undefined);
    }
    return r;
  };
}

/** fetchTags on origin: the first spelling of each group here or on origin; those only on origin fetched together. */
async function fetchFirstSpellings(git: Repo, reader: ObjectReader, groups: readonly (readonly string[])[]): Promise<void> {
  const tags = await git.remoteTags();
  // Without origin's list the spellings cannot be chosen here: resolveRef fetches them one by one, as before.
  if (!tags) return;
  const wanted = new Set<string>();
  for (const group of groups)
    for (const tag of group) {
      if (looksLikeSha(tag) && tag.length === 40) break;
      if (await reader.commit(tag)) break;
      if (tags.has(tag)) {
        wanted.add(tag);
        break;
      }
    }
  if (wanted.size === 0) return;
  // One fetch and one reader restart for all of them; should it fail, resolveRef still fetches each it is asked for.
  await git.fetchTags('origin', [...wanted]);
  reader.close();
}

import * as commits from './commits.ts';
import { localGitAt, type LocalGit } from './local.ts';
import { spawnGit, gitTry, type GitOutput, type GitSpawner } from './spawn.ts';

/**
 * What a run learnt of one repository, kept with the Repo that learnt it
 * (never on a module-level map): whether it is shallow, its git directory,
 * origin's URL, default branch and tags, and what fetchBranch fetched.
 */
interface RepoMemo {
  shallow?: Promise<boolean>;
  gitDir?: Promise<string>;
  urls: Map<string, Promise<string | undefined>>;
  heads: Map<string, Promise<string | undefined>>;
  tags: Map<string, Promise<Map<string, string> | undefined>>;
  /** Whether the repository holds a ref (one that held a ref or took a fetch keeps one). */
  holdsRef: boolean;
  /** The tracking refs fetchBranch fetched (each is tracked from then on). */
  fetched: Set<string>;
}

const REPO = Symbol('lockstep.repo');

/**
 * One repository as every operation talks to it: a GitSpawner (so every
 * function of git/ takes it as before) that owns the memo of what the run
 * learnt about the repository, and typed questions answered once per run.
 * A fetch through it that may change whether the clone is shallow (--depth,
 * --deepen, --unshallow) has that asked again.
 */
export interface Repo extends RepoQuestions {
  (args: readonly string[]): Promise<GitOutput>;
  records?: GitSpawner['records'];
  readonly [REPO]: true;
}

/** The questions a Repo answers, each asked of git at most once per run (a failed answer is asked again). */
interface RepoQuestions {
  /** Trimmed stdout, or undefined when git failed. */
  textOr(args: readonly string[]): Promise<string | undefined>;
  /** Whether the clone is shallow. */
  isShallow(): Promise<boolean>;
  /** Records a shallowness a caller read together with other facts (headFacts, fetchBranch's rev-parse). */
  noteShallow(shallow: boolean): void;
  /** The absolute git directory. */
  gitDir(): Promise<string>;
  /** A LocalGit (per-call environment and stdin) on the git directory. */
  local(): Promise<LocalGit>;
  /** The URL of `remote` (default origin); undefined when there is no such remote. `fresh`: asked again, not remembered. */
  remoteUrl(remote?: string, fresh?: boolean): Promise<string | undefined>;
  /** The branch the remote's HEAD names (`ls-remote --symref`), or undefined. `fresh`: asked again, not remembered. */
  remoteHead(remote?: string, fresh?: boolean): Promise<string | undefined>;
  /** The remote's tags (name → commit, annotated tags peeled); undefined when listing failed. */
  remoteTags(remote?: string): Promise<Map<string, string> | undefined>;
  /** Records `remote`'s URL another Repo of the same repository learnt (git/auth.ts withToken). */
  knowRemoteUrl(url: string, remote?: string): void;
  /** Whether the repository is known to hold a ref (fetchBranch: an empty one is fetched shallow). */
  holdsRef(): boolean;
  /** Records that the repository holds a ref. */
  noteRef(): void;
  /** Whether fetchBranch fetched this tracking ref in this run. */
  tracks(tracking: string): boolean;
  /** Records a tracking ref fetchBranch fetched (it holds a ref from then on). */
  noteTracked(tracking: string): void;
  /** The commit `ref` names, or undefined. */
  commitOf(ref: string): Promise<string | undefined>;
  /** A commit's parents, trailers and message; undefined when there is no such commit. */
  commitInfo(commit: string): Promise<commits.CommitInfo | undefined>;
  /** The newest commit up to `commit` that changed `path` (`firstParent`: on the first-parent line only). */
  lastCommit(commit: string, path: string | readonly string[], firstParent?: boolean): Promise<string | undefined>;
  /** The first-parent commits up to `commit` that changed `path`, newest first, with their times. */
  firstParentLog(commit: string, path: string | readonly string[]): Promise<commits.LogEntry[]>;
  /** Every file path of `commit` (under `dir`); undefined when git cannot list it. */
  listFiles(commit: string, dir?: string): Promise<string[] | undefined>;
  /** `from..to`'s commits and subjects, newest first; undefined unless `from` is reachable from `to` here. */
  commitsBetween(from: string, to: string): Promise<{ sha: string; subject: string }[] | undefined>;
  /** commitsBetween of each range (keyed `from..to`), from one shared history walk. */
  commitsInRanges(ranges: readonly commits.CommitRange[]): Promise<Map<string, commits.RangeCommits>>;
  /** Fetches refspecs from `remote` (quiet, no tags, no FETCH_HEAD). */
  fetchRefs(remote: string, specs: readonly string[]): Promise<GitOutput>;
  /** Fetches the tags (each onto itself) from `remote`. */
  fetchTags(remote: string, tags: readonly string[]): Promise<GitOutput>;
  /** Deepens a shallow clone's `branch` from `remote` by `by` commits, or unshallows it (`by` undefined). */
  deepenBranch(remote: string, branch: string, by?: number): Promise<GitOutput>;
}

function isRepo(git: GitSpawner): git is Repo {
  return (git as Partial<Repo>)[REPO] === true;
}

/** `ls-remote --tags` output: tag name → the commit it points at (annotated tags peeled). */
export function remoteTagList(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line);
    // The peeled line (`^{}`) follows the tag object's line and names the commit.
    if (m && (m[3] || !out.has(m[2]))) out.set(m[2], m[1]);
  }
  return out;
}

/** Memoizes a promise in a map (`fresh`: replaced), forgetting a rejected one so the next caller asks again. */
function once<K, V>(map: Map<K, Promise<V>>, key: K, ask: () => Promise<V>, fresh = false): Promise<V> {
  let p = fresh ? undefined : map.get(key);
  if (!p) {
    map.set(key, (p = ask()));
    p.catch(() => map.delete(key));
  }
  return p;
}

/**
 * The Repo of a spawner: the spawner itself when it is one, else a Repo
 * around it (a test's fake, a one-off spawner) whose memo lives as long as it.
 */
export function asRepo(git: GitSpawner): Repo {
  if (isRepo(git)) return git;
  const memo: RepoMemo = { urls: new Map(), heads: new Map(), tags: new Map(), holdsRef: false, fetched: new Set() };
  const askShallow = () => git(['rev-parse', '--is-shallow-repository']).then((r) => r.stdout.toString('utf8').trim() === 'true');
  // A fetch that deepens (or unshallows) may end the clone's shallowness; one with --depth may start it in a
  // complete repository (a shallow one stays shallow). Other fetches and commands leave it as it was.
  const fetched = (args: readonly string[]) => {
    if (!args.includes('fetch') || !memo.shallow) return;
    if (args.some((a) => a === '--unshallow' || a.startsWith('--deepen') || a.startsWith('--shallow-'))) memo.shallow = undefined;
    else if (args.some((a) => a.startsWith('--depth'))) memo.shallow = memo.shallow.then((was) => was || askShallow());
  };
  const run = async (args: readonly string[]) => {
    const r = await git(args);
    fetched(args);
    return r;
  };
  const questions: RepoQuestions = {
    textOr: (args) => gitTry(run, args),
    isShallow() {
      memo.shallow ??= askShallow();
      return memo.shallow;
    },
    noteShallow(shallow) {
      memo.shallow = Promise.resolve(shallow);
    },
    gitDir() {
      if (!memo.gitDir) {
        const dir = run(['rev-parse', '--absolute-git-dir']).then((r) => {
          if (r.code !== 0) throw new Error(`git rev-parse --absolute-git-dir failed (exit ${r.code}): ${r.stderr.trim()}`);
          return r.stdout.toString('utf8').trim();
        });
        memo.gitDir = dir;
        dir.catch(() => {
          if (memo.gitDir === dir) memo.gitDir = undefined;
        });
      }
      return memo.gitDir;
    },
    async local() {
      return localGitAt(await questions.gitDir());
    },
    remoteUrl: (remote = 'origin', fresh = false) => once(memo.urls, remote, () => gitTry(run, ['remote', 'get-url', '--', remote]), fresh),
    remoteHead: (remote = 'origin', fresh = false) =>
      once(
        memo.heads,
        remote,
        async () => {
          const out = await gitTry(run, ['ls-remote', '--symref', '--', remote, 'HEAD']);
          const m = out ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out) : null;
          return m ? m[1] : undefined;
        },
        fresh,
      ),
    remoteTags: (remote = 'origin') =>
      once(memo.tags, remote, async () => {
        const out = await gitTry(run, ['ls-remote', '--tags', '--refs', '--', remote]);
        return out === undefined ? undefined : remoteTagList(out);
      }),
    knowRemoteUrl(url, remote = 'origin') {
      memo.urls.set(remote, Promise.resolve(url));
    },
    holdsRef: () => memo.holdsRef,
    noteRef() {
      memo.holdsRef = true;
    },
    tracks: (tracking) => memo.fetched.has(tracking),
    commitOf: (ref) => commits.commitOf(run, ref),
    commitInfo: (commit) => commits.commitInfo(run, commit),
    lastCommit: (commit, path, firstParent = false) => commits.lastCommitOf(run, commit, path, firstParent),
    firstParentLog: (commit, path) => commits.firstParentLog(run, commit, path),
    listFiles: (commit, dir) => commits.listFiles(run, commit, dir),
    commitsBetween: (from, to) => commits.commitsBetween(run, from, to),
    commitsInRanges: (ranges) => commits.commitsInRanges(run, ranges),
    fetchRefs: (remote, specs) => commits.fetchRefs(run, remote, specs),
    fetchTags: (remote, tags) => commits.fetchRefs(run, remote, tags.map(commits.tagRefspec)),
    deepenBranch: (remote, branch, by) => commits.deepenBranch(run, remote, branch, by),
    noteTracked(tracking) {
      memo.holdsRef = true;
      memo.fetched.add(tracking);
    },
  };
  const repo = Object.assign(run, questions, { [REPO]: true as const }) as Repo;
  if (git.records) {
    const records = git.records;
    repo.records = async (args, onRecord, signal) => {
      const r = await records(args, onRecord, signal);
      fetched(args);
      return r;
    };
  }
  return repo;
}

/** Where git sends a token: the remote's URL (the header is scoped to its server) and the token. */
export interface RepoAuth {
  remoteUrl: string;
  token?: string;
}

/**
 * Opens the Repo at `cwd`; with `auth`, git gets the token for that remote
 * through its environment (never argv, URL or .git/config): git/auth.ts
 * repoOpener is the real one, the World's `services.repo` a test's.
 */
export type RepoOpener = (cwd: string, auth?: RepoAuth) => Repo;

/** The Repo of the repository at `cwd` (real git, hooks off). */
export function openRepo(cwd: string, env: NodeJS.ProcessEnv = process.env): Repo {
  return asRepo(spawnGit(cwd, env));
}

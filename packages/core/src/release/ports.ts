/**
 * What prepare-release needs from GitHub and from git publishing, as plain
 * functions: the action binds them to github/ and git/publish.ts
 * (release/bind.ts), unit tests pass fakes.
 */

/** An open or merged pull request as the release logic reads it. */
export interface ReleasePull {
  number: number;
  url: string;
  head: string;
  headSha: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  merged: boolean;
}

/** The GitHub calls of a release run. */
export interface ReleaseApi {
  findOpenPulls(q: { branchPrefix?: string; label?: string; base?: string }): Promise<ReleasePull[]>;
  upsertPull(p: { branch: string; base: string; title: string; body: string; labels?: string[] }): Promise<{ pull: ReleasePull; outcome: 'created' | 'updated' | 'unchanged' }>;
  closePull(number: number, comment?: string): Promise<void>;
  commentOnce(number: number, body: string, marker: string): Promise<'created' | 'updated' | 'unchanged'>;
  pullsForCommit(sha: string): Promise<ReleasePull[]>;
  deleteBranch(branch: string): Promise<void>;
  getReleaseByTag(tag: string): Promise<{ url: string } | undefined>;
  createRelease(r: { tag: string; name: string; body: string; prerelease: boolean; target?: string }): Promise<{ release: { url: string }; outcome: 'created' | 'existing' }>;
}

/** A file of the release commit (null deletes). */
export interface CommitFile {
  path: string;
  content: Buffer | string | null;
}

/** Name and e-mail of a commit author, committer or tagger. */
export interface Person {
  name: string;
  email: string;
}

/** The git publishing calls of a release run. */
export interface ReleaseGit {
  commitFiles(c: { parent: string; files: readonly CommitFile[]; message: string; author: Person; committer: Person; date?: string; stampTree?: boolean }): Promise<string>;
  fetchBranch(branch: string): Promise<string | undefined>;
  pushBranch(branch: string, sha: string, expected: string | undefined): Promise<{ ok: true; updated: boolean } | { ok: false; reason: 'stale' | 'rejected'; detail: string }>;
  pushTag(tag: string, target: string, message: string, tagger: Person): Promise<'created' | 'existing'>;
  commitsAfterGenerated(base: string, branchTip: string, trailer: string): Promise<{ generated?: string; after: string[]; amended?: boolean }>;
  replayCommits(onto: string, commits: readonly string[]): Promise<{ ok: true; head: string } | { ok: false; commit: string; subject: string; files: string[] }>;
}

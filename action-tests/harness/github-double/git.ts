import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Plumbing on the bare repository behind a double's repository: reading and
 * moving refs, and merging pull requests without a work tree, the way GitHub
 * does server-side. Synchronous: each call is a few milliseconds and keeps the
 * double's state changes atomic with respect to other requests.
 */

/** An identity stamped on commits the double makes (GitHub's web-flow committer). */
export interface Person {
  name: string;
  email: string;
}

/** GitHub's committer for merges made through the API. */
export const WEB_FLOW: Person = { name: 'GitHub', email: 'noreply@github.com' };

/** Runs git in the bare repository `dir`; throws with git's stderr on failure. */
export function git(dir: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...env },
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  }).trim();
}

function tryGit(dir: string, args: string[], env?: NodeJS.ProcessEnv): { ok: true; out: string } | { ok: false; out: string } {
  try {
    return { ok: true, out: git(dir, args, env) };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${err.stdout ?? ''}${err.stderr ?? ''}`.trim() };
  }
}

/** The object a full ref name points at, or undefined when the ref does not exist. */
export function readRef(dir: string, ref: string): string | undefined {
  if (!ref.startsWith('refs/')) return undefined;
  const r = tryGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', ref]);
  return r.ok ? r.out : undefined;
}

/** Each branch's tip by its name (without refs/heads/), read by one git process: what readRef gives for each, at once. */
export function branchTips(dir: string): Map<string, string> {
  const out = git(dir, ['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads/']);
  const tips = new Map<string, string>();
  for (const line of out.split('\n').filter(Boolean)) {
    const at = line.indexOf(' ');
    tips.set(line.slice(at + 1).slice('refs/heads/'.length), line.slice(0, at));
  }
  return tips;
}

/** Resolves a branch name, tag or sha to a commit sha, or undefined. */
export function resolveCommit(dir: string, ref: string): string | undefined {
  for (const candidate of /^[0-9a-f]{40}$/.test(ref) ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`, ref]) {
    const r = tryGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
    if (r.ok) return r.out;
  }
  return undefined;
}

/** All refs under `prefix` (a full ref name prefix like `refs/heads/`), with their objects and the objects' types. */
export function listRefs(dir: string, prefix: string): { ref: string; sha: string; type: string }[] {
  const out = git(dir, ['for-each-ref', '--format=%(refname) %(objectname) %(objecttype)']);
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [ref, sha, type] = l.split(' ') as [string, string, string];
      return { ref, sha, type };
    })
    .filter((r) => r.ref.startsWith(prefix));
}

/** `commit`, `tag`, `tree` or `blob`, or undefined for an unknown object. */
export function objectType(dir: string, sha: string): string | undefined {
  const r = tryGit(dir, ['cat-file', '-t', sha]);
  return r.ok ? r.out : undefined;
}

/** objectType of each of `shas` (full SHAs), read by one git process; a SHA git does not hold has none. */
export function objectTypes(dir: string, shas: string[]): Map<string, string> {
  const types = new Map<string, string>();
  if (!shas.length) return types;
  const out = git(dir, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], {}, shas.map((s) => `${s}\n`).join(''));
  for (const line of out.split('\n')) {
    const [sha, type] = line.split(' ');
    if (type && type !== 'missing') types.set(sha, type);
  }
  return types;
}

/** Moves (or creates, or with sha undefined deletes) a ref; `old` guards against a concurrent move. */
export function updateRef(dir: string, ref: string, sha: string | undefined, old?: string): void {
  if (sha === undefined) git(dir, ['update-ref', '-d', ref, ...(old ? [old] : [])]);
  else git(dir, ['update-ref', ref, sha, ...(old ? [old] : [])]);
}

/** True when `ancestor` is reachable from `descendant`. */
export function isAncestor(dir: string, ancestor: string, descendant: string): boolean {
  return tryGit(dir, ['merge-base', '--is-ancestor', ancestor, descendant]).ok;
}

/** Commits in `base..head`, oldest first (first parent chain not required). */
export function commitsBetween(dir: string, base: string, head: string): string[] {
  const out = git(dir, ['rev-list', '--reverse', '--topo-order', `${base}..${head}`]);
  return out ? out.split('\n') : [];
}

function commitEnv(committer: Person, date: string, author?: { name: string; email: string; date: string }): NodeJS.ProcessEnv {
  return {
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    GIT_COMMITTER_DATE: date,
    GIT_AUTHOR_NAME: author?.name ?? committer.name,
    GIT_AUTHOR_EMAIL: author?.email ?? committer.email,
    GIT_AUTHOR_DATE: author?.date ?? date,
  };
}

/** True when `head` merges into `base` without conflicts (one merge-tree, nothing written but blobs/trees). */
export function canMerge(dir: string, base: string, head: string): boolean {
  return tryGit(dir, ['merge-tree', '--write-tree', '--no-messages', base, head]).ok;
}

/** The result of merging a pull request in the bare repository. */
export type MergeResult = { ok: true; sha: string } | { ok: false; reason: string };

/**
 * Merges `head` into `base` (commit shas) by `method` and returns the new tip
 * of the base branch; the caller moves the ref. Conflicts give ok:false.
 */
export function mergeCommits(
  dir: string,
  method: 'merge' | 'squash' | 'rebase',
  base: string,
  head: string,
  message: string,
  author: Person,
  date: string,
): MergeResult {
  if (method === 'rebase') return rebase(dir, base, head, date);
  const tree = tryGit(dir, ['merge-tree', '--write-tree', '--no-messages', base, head]);
  if (!tree.ok) return { ok: false, reason: 'merge conflict' };
  const treeSha = tree.out.split('\n')[0];
  const parents = method === 'merge' ? ['-p', base, '-p', head] : ['-p', base];
  const env = commitEnv(WEB_FLOW, date, { ...author, date });
  const sha = execFileSync('git', ['commit-tree', treeSha, ...parents, '-F', '-'], {
    cwd: dir,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env },
    input: message.endsWith('\n') ? message : `${message}\n`,
    encoding: 'utf8',
  }).trim();
  return { ok: true, sha };
}

/**
 * Replays each non-merge commit of `base..head` onto `base` keeping authors and
 * messages (GitHub's "rebase and merge"). git 2.39's merge-tree has no
 * --merge-base, so each step is a three-way read-tree in a private index.
 */
function rebase(dir: string, base: string, head: string, date: string): MergeResult {
  const tmp = mkdtempSync(join(tmpdir(), 'lockstep-ghd-index-'));
  try {
    const env = { GIT_INDEX_FILE: join(tmp, 'index') };
    let onto = base;
    const commits = git(dir, ['rev-list', '--reverse', '--no-merges', `${base}..${head}`])
      .split('\n')
      .filter(Boolean);
    for (const c of commits) {
      const parent = git(dir, ['rev-parse', `${c}^`]);
      const read = tryGit(dir, ['read-tree', '-m', '-i', '--aggressive', parent, onto, c], env);
      if (!read.ok) return { ok: false, reason: `cannot replay ${c.slice(0, 7)}` };
      const tree = tryGit(dir, ['write-tree'], env);
      if (!tree.ok) return { ok: false, reason: `conflict replaying ${c.slice(0, 7)}` };
      const fmt = git(dir, ['show', '-s', '--format=%an%x00%ae%x00%aI%x00%B', c]);
      const [an, ae, ad, ...rest] = fmt.split('\0');
      const message = rest.join('\0');
      onto = execFileSync('git', ['commit-tree', tree.out, '-p', onto, '-F', '-'], {
        cwd: dir,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...commitEnv(WEB_FLOW, date, { name: an, email: ae, date: ad }) },
        input: `${message}\n`,
        encoding: 'utf8',
      }).trim();
    }
    return { ok: true, sha: onto };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Subject and body of the commits `base..head` (for a squash message). */
export function commitMessages(dir: string, base: string, head: string): string[] {
  const out = git(dir, ['log', '--reverse', '--format=%B%x00', `${base}..${head}`]);
  return out
    .split('\0')
    .map((m) => m.trim())
    .filter(Boolean);
}

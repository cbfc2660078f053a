import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { localGitFor, localText, type LocalGit } from './local.ts';
import type { GitSpawner } from './objects.ts';
import { assertRemoteName, checkRefName } from './refs.ts';

export { authedGit, authSecrets, gitAuthEnv, redact } from './auth.ts';
export { assertRefInput, checkRefName, type RefKind } from './refs.ts';

/** A git identity (author, committer or tagger). */
export interface Identity {
  name: string;
  email: string;
}

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
export const BOT_IDENTITY: Identity = Object.freeze({
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
});

/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
export function parseIdentity(text: string, input: string): Identity {
  const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
  if (!m || m[1] === '' || /[\r\n\0]/.test(text))
    throw new UserError(`input '${input}': expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
      hint: `e.g. ${input}: 'release-bot <release-bot@example.com>'`,
    });
  return { name: m[1], email: m[2] };
}

function checkIdentity(who: Identity, role: string): void {
  if (!who.name || /[<>\r\n\0]/.test(who.name) || !who.email || /[<>\s\0]/.test(who.email))
    throw new UserError(`${role} ${JSON.stringify(`${who.name} <${who.email}>`)} is not a valid git identity`, { hint: "use 'Name <email>'" });
}

/** One planned file: its new content, or null to delete it. `mode` defaults to the parent's mode (new files 100644). */
export interface FileWrite {
  path: string;
  content: Buffer | string | null;
  mode?: '100644' | '100755';
}

function checkPath(path: string): void {
  const parts = path.split('/');
  if (path === '' || path.startsWith('/') || /[\0\r\n\\]/.test(path) || parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git'))
    throw new UserError(`path escapes the repository or is not normalised: ${JSON.stringify(path)}`, { hint: 'paths are relative to the repository root, with / separators' });
}

/** Git's date for an environment variable: as given (ISO 8601, RFC 2822 or `<unix> <tz>`). */
function checkDate(date: string | undefined): void {
  if (date !== undefined && (date.trim() === '' || /[\r\n\0]/.test(date))) throw new Error(`invalid git date ${JSON.stringify(date)}`);
}

function identityEnv(author: Identity, committer: Identity, date?: string): Record<string, string> {
  const env: Record<string, string> = {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
  };
  if (date) env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = date;
  return env;
}

async function resolveCommit(local: LocalGit, ref: string, what: string): Promise<string> {
  if (ref.startsWith('-')) throw new Error(`${what} ${JSON.stringify(ref)} is not a commit`);
  const r = await local(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (r.code !== 0) throw new Error(`${what} ${ref} is not a commit in this repository`);
  return r.stdout.toString('utf8').trim();
}

function withNewline(message: string): string {
  return message.endsWith('\n') ? message : `${message}\n`;
}

/**
 * One commit with `parent` as its only parent: parent's tree + files. Uses a
 * temporary index; never touches the work tree, HEAD or the real index.
 * Existing files keep their mode (an executable stays executable); deletes
 * of absent paths are no-ops; writing over a symlink, submodule or folder is
 * refused. With `date` the commit id is reproducible.
 */
export async function commitFiles(
  git: GitSpawner,
  c: { parent: string; files: readonly FileWrite[]; message: string; author: Identity; committer: Identity; date?: string },
): Promise<string> {
  checkIdentity(c.author, 'author');
  checkIdentity(c.committer, 'committer');
  checkDate(c.date);
  const seen = new Set<string>();
  for (const f of c.files) {
    checkPath(f.path);
    if (seen.has(f.path)) throw new Error(`commitFiles: ${f.path} is planned twice`);
    seen.add(f.path);
  }
  const local = await localGitFor(git);
  const parent = await resolveCommit(local, c.parent, 'parent');
  const existing = new Map<string, string>();
  if (c.files.length > 0) {
    const ls = await local(['ls-tree', '-z', '--full-tree', '--end-of-options', parent, '--', ...c.files.map((f) => f.path)]);
    if (ls.code !== 0) throw new Error(`git ls-tree failed (exit ${ls.code}): ${ls.stderr.trim()}`);
    for (const rec of ls.stdout.toString('utf8').split('\0')) {
      if (!rec) continue;
      const tab = rec.indexOf('\t');
      const [mode, type] = rec.slice(0, tab).split(' ');
      const path = rec.slice(tab + 1);
      if (type !== 'blob' || mode === '120000')
        throw new UserError(`refusing to write ${path}: it is a ${mode === '120000' ? 'symlink' : type === 'tree' ? 'folder' : 'submodule'} in ${parent.slice(0, 12)}`);
      existing.set(path, mode);
    }
  }

  const tmp = await mkdtemp(join(tmpdir(), 'lockstep-commit-'));
  try {
    const writes = c.files.filter((f) => f.content !== null);
    const blobs: string[] = [];
    if (writes.length > 0) {
      // One hash-object for all blobs; --no-filters stores the planned bytes exactly (no clean filter or eol conversion).
      const paths = await Promise.all(
        writes.map(async (f, i) => {
          const p = join(tmp, `blob-${i}`);
          await writeFile(p, f.content!);
          return p;
        }),
      );
      blobs.push(...(await localText(local, ['hash-object', '-w', '--no-filters', '--', ...paths])).split('\n'));
      if (blobs.length !== writes.length) throw new Error('git hash-object returned an unexpected number of ids');
    }
    const zero = '0'.repeat(parent.length);
    const info = c.files
      .map((f) => {
        if (f.content === null) return `0 ${zero}\t${f.path}\0`;
        const mode = f.mode ?? existing.get(f.path) ?? '100644';
        return `${mode} ${blobs[writes.indexOf(f)]}\t${f.path}\0`;
      })
      .join('');
    const env = { GIT_INDEX_FILE: join(tmp, 'index') };
    await localText(local, ['read-tree', '--end-of-options', parent], { env });
    if (info) await localText(local, ['update-index', '-z', '--index-info'], { env, input: info });
    const tree = await localText(local, ['write-tree'], { env });
    return await localText(local, ['commit-tree', '--no-gpg-sign', '-p', parent, '--end-of-options', tree], {
      env: identityEnv(c.author, c.committer, c.date),
      input: withNewline(c.message),
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The tree id of a commit. */
export async function treeOf(git: GitSpawner, commit: string): Promise<string> {
  const local = await localGitFor(git);
  return resolveTree(local, commit);
}

async function resolveTree(local: LocalGit, commit: string): Promise<string> {
  if (commit.startsWith('-')) throw new Error(`${JSON.stringify(commit)} is not a commit`);
  return localText(local, ['rev-parse', '--verify', '--end-of-options', `${commit}^{tree}`]);
}

async function isShallow(git: GitSpawner): Promise<boolean> {
  const r = await git(['rev-parse', '--is-shallow-repository']);
  return r.stdout.toString('utf8').trim() === 'true';
}

/** How many commits of a branch a shallow clone fetches at first; deepening adds more on demand. */
const SHALLOW_FETCH_DEPTH = 16;
const DEEPEN_STEPS = [64, 512];
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout';

function firstLine(s: string): string {
  return s.trim().split('\n').find((l) => l.trim() !== '') ?? 'no output';
}

/** A git failure reaching the remote; a refusal of the token becomes a UserError naming the permission. */
function remoteFailure(what: string, remote: string, stderr: string): Error {
  if (/\b(403|401)\b|denied|Authentication failed|could not read Username|not permitted|Invalid username or password/i.test(stderr))
    return new UserError(`${what} ${remote} was refused: ${firstLine(stderr)}`, {
      hint: 'the token needs `contents: write` (a read-only token, e.g. on a fork or Dependabot pull request, cannot push)',
    });
  return new Error(`${what} ${remote} failed: ${stderr.trim()}`);
}

/**
 * Fetches refs/heads/<branch> from remote into refs/remotes/<remote>/<branch>
 * (depth-aware); undefined when absent. In a shallow clone only the last
 * commits are fetched (commitsAfterGenerated deepens when it needs more), so
 * a depth-1 checkout never pulls a branch's whole history.
 */
export async function fetchBranch(git: GitSpawner, remote: string, branch: string): Promise<string | undefined> {
  assertRemoteName(remote);
  await checkRefName(git, branch, 'branch');
  const depth = (await isShallow(git)) ? [`--depth=${SHALLOW_FETCH_DEPTH}`] : [];
  const tracking = `refs/remotes/${remote}/${branch}`;
  const r = await git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...depth, '--', remote, `+refs/heads/${branch}:${tracking}`]);
  if (r.code !== 0) {
    if (/couldn't find remote ref/i.test(r.stderr)) return undefined;
    throw remoteFailure('fetching from', remote, r.stderr);
  }
  const sha = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
  return sha.code === 0 ? sha.stdout.toString('utf8').trim() : undefined;
}

/** What a push did: `updated` false when the branch already pointed at the commit. */
export type PushResult = { ok: true; updated: boolean } | { ok: false; reason: 'stale' | 'rejected'; detail: string };

/** One line of `git push --porcelain`: flag, `from:to`, summary. */
interface PorcelainLine {
  flag: string;
  to: string;
  summary: string;
}

/** Parses `git push --porcelain` output (`<flag> TAB <from>:<to> TAB <summary>`). */
export function parsePushPorcelain(stdout: string): PorcelainLine[] {
  const lines: PorcelainLine[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^([ +\-*!=])\t([^\t]*)\t(.*)$/.exec(line);
    if (!m) continue;
    const colon = m[2].lastIndexOf(':');
    lines.push({ flag: m[1], to: m[2].slice(colon + 1), summary: m[3] });
  }
  return lines;
}

/**
 * git push --force-with-lease=refs/heads/<branch>:<expected> (expected
 * undefined → branch must not exist). Never a blind force. A lease that no
 * longer holds is `stale` (someone pushed meanwhile: fetch and rebuild); a
 * refusal by the server (protected branch, hook) is `rejected` with its
 * reason. Local pre-push hooks are skipped (`--no-verify`): a hook installed
 * by the checked-out code (husky) must not run with the token.
 */
export async function pushBranch(git: GitSpawner, remote: string, branch: string, sha: string, expected: string | undefined): Promise<PushResult> {
  assertRemoteName(remote);
  await checkRefName(git, branch, 'branch');
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new Error(`pushBranch: ${JSON.stringify(sha)} is not a commit id`);
  if (expected !== undefined && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(expected)) throw new Error(`pushBranch: expected ${JSON.stringify(expected)} is not a commit id`);
  const ref = `refs/heads/${branch}`;
  const r = await git(['push', '--porcelain', '--no-verify', `--force-with-lease=${ref}:${expected ?? ''}`, '--', remote, `${sha}:${ref}`]);
  const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
  if (!line) throw remoteFailure('pushing to', remote, r.stderr);
  if (line.flag === '=') return { ok: true, updated: false };
  if (line.flag !== '!') return { ok: true, updated: true };
  const detail = line.summary.replace(/^\[[^\]]*\]\s*/, '').replace(/^\((.*)\)$/, '$1') || firstLine(r.stderr);
  if (/^\[rejected\]/.test(line.summary) && /stale info|fetch first|non-fast-forward/.test(line.summary)) return { ok: false, reason: 'stale', detail };
  return { ok: false, reason: 'rejected', detail };
}

/** A tag on the remote: the tag object (or commit, for a lightweight tag) and the commit it peels to. */
async function remoteTag(git: GitSpawner, remote: string, tag: string): Promise<{ oid: string; commit: string } | undefined> {
  const ref = `refs/tags/${tag}`;
  const r = await git(['ls-remote', '--tags', '--', remote, ref, `${ref}^{}`]);
  if (r.code !== 0) throw remoteFailure('listing tags of', remote, r.stderr);
  let oid: string | undefined;
  let peeled: string | undefined;
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const [id, name] = line.split('\t');
    if (name === ref) oid = id;
    else if (name === `${ref}^{}`) peeled = id;
  }
  return oid ? { oid, commit: peeled ?? oid } : undefined;
}

/** `<unix seconds> <±hhmm>` for a tag object, from `date` (ISO 8601, `@<unix> <tz>` or `<unix> <tz>`) or now. */
function tagDate(date: string | undefined, now: () => number): string {
  if (date === undefined) return `${Math.floor(now() / 1000)} +0000`;
  const raw = /^@?(\d+) ([+-]\d{4})$/.exec(date.trim());
  if (raw) return `${raw[1]} ${raw[2]}`;
  const ms = Date.parse(date);
  if (Number.isNaN(ms)) throw new Error(`invalid tag date ${JSON.stringify(date)}`);
  return `${Math.floor(ms / 1000)} +0000`;
}

/**
 * Annotated tag object on `target` pushed to refs/tags/<tag>; an existing
 * identical tag → 'existing'; a different one → UserError. "Identical"
 * means pointing at the same commit: a rerun after a crash writes a tag
 * object with another date, and that must still count as done. The tag
 * object is written with `git mktag` and pushed by id, so no local tag ref
 * is created or changed.
 */
export async function pushTag(
  git: GitSpawner,
  remote: string,
  tag: string,
  target: string,
  message: string,
  tagger: Identity,
  opts: { date?: string; now?: () => number } = {},
): Promise<'created' | 'existing'> {
  assertRemoteName(remote);
  await checkRefName(git, tag, 'tag', 'tag');
  checkIdentity(tagger, 'tagger');
  const local = await localGitFor(git);
  const commit = await resolveCommit(local, target, 'tag target');
  const differs = (found: { commit: string }) =>
    new UserError(`tag ${tag} already exists on ${remote} and points at ${found.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`, {
      hint: 'release another version, or delete the tag if it was created by mistake',
    });
  const before = await remoteTag(git, remote, tag);
  if (before) {
    if (before.commit === commit) return 'existing';
    throw differs(before);
  }
  const body = `object ${commit}\ntype commit\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${tagDate(opts.date, opts.now ?? Date.now)}\n\n${withNewline(message)}`;
  const object = await localText(local, ['mktag'], { input: body });
  const ref = `refs/tags/${tag}`;
  const r = await git(['push', '--porcelain', '--no-verify', '--', remote, `${object}:${ref}`]);
  const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
  if (!line) throw remoteFailure('pushing a tag to', remote, r.stderr);
  if (line.flag !== '!') return 'created';
  // Someone (a concurrent run) created it between our look and our push.
  const after = await remoteTag(git, remote, tag);
  if (after && after.commit === commit) return 'existing';
  if (after) throw differs(after);
  throw new UserError(`pushing tag ${tag} to ${remote} was rejected: ${line.summary}`, { hint: 'check the repository rules for tags' });
}

/** A commit as read from its raw object. */
interface RawCommit {
  tree: string;
  parents: string[];
  /** The author, committer and encoding header lines, verbatim. */
  keep: string[];
  message: Buffer;
}

async function readCommit(local: LocalGit, sha: string): Promise<RawCommit> {
  const r = await local(['cat-file', 'commit', sha]);
  if (r.code !== 0) throw new Error(`git cat-file commit ${sha} failed: ${r.stderr.trim()}`);
  const end = r.stdout.indexOf('\n\n');
  const head = r.stdout.subarray(0, end < 0 ? r.stdout.length : end).toString('utf8');
  const message = end < 0 ? Buffer.alloc(0) : r.stdout.subarray(end + 2);
  const c: RawCommit = { tree: '', parents: [], keep: [], message };
  for (const line of head.split('\n')) {
    if (line.startsWith(' ')) continue; // continuation of a multi-line header (gpgsig, mergetag)
    const sp = line.indexOf(' ');
    const key = line.slice(0, sp);
    const value = line.slice(sp + 1);
    if (key === 'tree') c.tree = value;
    else if (key === 'parent') c.parents.push(value);
    else if (key === 'author' || key === 'committer' || key === 'encoding') c.keep.push(line);
  }
  return c;
}

function subjectOf(message: Buffer): string {
  return message.toString('utf8').trim().split('\n')[0] ?? '';
}

/** True when the message's last paragraph (its trailer block) holds the line `trailer`. */
function hasTrailer(message: string, trailer: string): boolean {
  const paragraphs = message.replace(/\r\n/g, '\n').trimEnd().split(/\n\s*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  return paragraphs.length > 1 && last.split('\n').some((l) => l.trim() === trailer.trim());
}

/**
 * Commits on `branchTip` after the generated commit (first-parent walk down
 * to the commit carrying `trailer`, a full line such as
 * `Lockstep-Generated: prepare-release`, in its trailer block). `after` is
 * oldest first, ready for replayCommits. Without a generated commit,
 * `generated` is undefined and `after` lists every commit on the branch that
 * `base` lacks. A shallow clone is deepened (bounded) when the walk runs into
 * its boundary; `remote` is where more history comes from.
 */
export async function commitsAfterGenerated(
  git: GitSpawner,
  base: string,
  branchTip: string,
  trailer: string,
  remote = 'origin',
): Promise<{ generated?: string; after: string[] }> {
  assertRemoteName(remote);
  const local = await localGitFor(git);
  const [tip, baseSha] = await Promise.all([resolveCommit(local, branchTip, 'branch tip'), resolveCommit(local, base, 'base')]);
  for (let step = 0; ; step++) {
    const r = await local(['log', '--first-parent', '-z', '--format=%H%x00%P%x00%B', '--end-of-options', tip, `^${baseSha}`, '--']);
    if (r.code !== 0) throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
    const fields = r.stdout.toString('utf8').split('\0');
    const walked: { sha: string; parents: string }[] = [];
    let generated: string | undefined;
    for (let i = 0; i + 2 < fields.length; i += 3) {
      const sha = fields[i].replace(/^\n/, '');
      if (hasTrailer(fields[i + 2], trailer)) {
        generated = sha;
        break;
      }
      walked.push({ sha, parents: fields[i + 1] });
    }
    const after = walked.map((w) => w.sha).reverse();
    if (generated) return { generated, after };
    // The walk ended without the generated commit: at base, at a root, or at a shallow boundary.
    const last = walked[walked.length - 1];
    const boundary = last && last.parents === '' && (await readCommit(local, last.sha)).parents.length > 0;
    if (!boundary) return { after };
    if (step >= DEEPEN_STEPS.length)
      throw new UserError(`cannot find the generated commit (${trailer}) below ${tip.slice(0, 12)}: the shallow clone ends after ${walked.length} commits`, {
        hint: FETCH_DEPTH_HINT,
      });
    const f = await git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', `--deepen=${DEEPEN_STEPS[step]}`, '--', remote, tip]);
    if (f.code !== 0)
      throw new UserError(`cannot find the generated commit below ${tip.slice(0, 12)}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(f.stderr)})`, {
        hint: FETCH_DEPTH_HINT,
      });
  }
}

/** The result of replaying commits: the new head, or the first commit that conflicted (or could not be replayed). */
export type ReplayResult =
  | { ok: true; head: string; skipped: string[] }
  | { ok: false; commit: string; subject: string; files: string[]; reason?: string };

// The identity of the throwaway commits that give merge-tree its merge base; they are never pushed or referenced.
const SCRATCH_ENV = identityEnv({ name: 'lockstep', email: 'lockstep@localhost' }, { name: 'lockstep', email: 'lockstep@localhost' }, '1000000000 +0000');

/**
 * Re-applies `commits` (oldest first) on top of `onto` with git merge-tree
 * --write-tree (no work tree), a cherry-pick each: the three-way merge of
 * the commit's parent (base), the new head (ours) and the commit (theirs).
 * git 2.39 has no `merge-tree --merge-base`, so the base is supplied by a
 * scratch commit with the head's tree and the commit's parent as its parent.
 * Each replayed commit keeps its author, committer, dates, encoding and
 * message byte for byte, so replaying the same commits onto the same head
 * gives the same ids (a rerun pushes nothing). A commit whose change is
 * already in the head is skipped; a merge commit is refused.
 */
export async function replayCommits(git: GitSpawner, onto: string, commits: readonly string[]): Promise<ReplayResult> {
  const local = await localGitFor(git);
  let head = await resolveCommit(local, onto, 'onto');
  let headTree = await resolveTree(local, head);
  const skipped: string[] = [];
  for (const ref of commits) {
    const sha = await resolveCommit(local, ref, 'commit');
    const c = await readCommit(local, sha);
    const subject = subjectOf(c.message);
    if (c.parents.length !== 1)
      return { ok: false, commit: sha, subject, files: [], reason: c.parents.length === 0 ? 'it is a root commit' : 'it is a merge commit; merge commits are not replayed' };
    const scratch = await localText(local, ['commit-tree', '--no-gpg-sign', '-p', c.parents[0], '--end-of-options', headTree], { env: SCRATCH_ENV, input: 'lockstep replay base\n' });
    const m = await local(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', '--end-of-options', scratch, sha]);
    const out = m.stdout.toString('utf8').split('\0');
    if (m.code === 1) return { ok: false, commit: sha, subject, files: [...new Set(out.slice(1).filter((p) => p !== ''))] };
    if (m.code !== 0) throw new Error(`git merge-tree failed (exit ${m.code}): ${m.stderr.trim()}`);
    const tree = out[0].trim();
    if (tree === headTree) {
      skipped.push(sha);
      continue;
    }
    const raw = Buffer.concat([Buffer.from(`tree ${tree}\nparent ${head}\n${c.keep.join('\n')}\n\n`, 'utf8'), c.message]);
    head = await localText(local, ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: raw });
    headTree = tree;
  }
  return { ok: true, head, skipped };
}

/**
 * Generic publish loop: fetch base → build (callback) → push with lease;
 * base moved → fetch again and rebuild, up to `attempts`. The step does one
 * whole round and answers `done` or why it must start over; after the last
 * attempt the error says how often the base moved.
 */
export async function withBaseRetry<T>(attempts: number, step: (attempt: number) => Promise<{ done: true; value: T } | { done: false; why: string }>): Promise<T> {
  if (!Number.isInteger(attempts) || attempts < 1) throw new Error(`withBaseRetry: attempts must be a positive integer, got ${attempts}`);
  let why = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const r = await step(attempt);
    if (r.done) return r.value;
    why = r.why;
  }
  throw new UserError(`base moved ${attempts} times while publishing (last: ${why}); nothing was overwritten`, {
    hint: 'run again once pushes settle, or serialise the workflow with `concurrency:`',
  });
}

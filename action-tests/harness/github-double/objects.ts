import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as g from './git.ts';
import { HttpError, type Answer, type Context, type World } from './rest.ts';
import { nodeId } from './shapes.ts';
import type { RepoState } from './state.ts';

/**
 * The Git Database API (`git/blobs`, `git/trees`, `git/commits`, `git/tags`)
 * over the double's bare repository: every object is written there with git's
 * own plumbing, so its SHA is the SHA git computes and a later `git fetch`
 * sees it. Commits and tags made without author, committer, tagger or
 * signature are the ones GitHub signs for an App or GITHUB_TOKEN (its
 * "signature verification for bots" rule): the double answers those with
 * `verification.verified: true`, everything else as unsigned.
 */

/** The operations served here, keyed like `OPERATIONS` in rest.ts. */
export const OBJECT_OPERATIONS = [
  'POST /repos/{owner}/{repo}/git/blobs',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  'POST /repos/{owner}/{repo}/git/trees',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'POST /repos/{owner}/{repo}/git/commits',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  'POST /repos/{owner}/{repo}/git/tags',
  'GET /repos/{owner}/{repo}/git/tags/{tag_sha}',
] as const;

type Handler = (ctx: Context) => Answer;

/** GitHub's `verification` object. */
interface Verification {
  verified: boolean;
  reason: string;
  signature: string | null;
  payload: string | null;
  verified_at: string | null;
}

/** What the double signed, per repository (GitHub keeps this record alongside the object). */
const signed = new WeakMap<RepoState, Map<string, Verification>>();

const UNSIGNED: Verification = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** Stands in for GitHub's PGP signature; the double does not sign (the object carries no gpgsig header). */
const FAKE_SIGNATURE = '-----BEGIN PGP SIGNATURE-----\n\ngithub-double: GitHub would sign this object\n-----END PGP SIGNATURE-----\n';

/** Records that GitHub signed `sha` (it would store the signature in the object; the double keeps the verdict). */
function sign(r: RepoState, sha: string, payload: string, at: string): void {
  const record = signed.get(r) ?? new Map<string, Verification>();
  signed.set(r, record);
  record.set(sha, { verified: true, reason: 'valid', signature: FAKE_SIGNATURE, payload, verified_at: at });
}

function repoOf(ctx: Context): RepoState {
  if (!ctx.repo) throw new HttpError(404, 'Not Found');
  return ctx.repo;
}

/** Object types read so far, per repository: an object's type never changes, so a SHA git holds is looked up once. */
const knownTypes = new WeakMap<RepoState, Map<string, string>>();

function known(r: RepoState): Map<string, string> {
  let types = knownTypes.get(r);
  if (!types) knownTypes.set(r, (types = new Map()));
  return types;
}

/** Notes the type of an object the double just wrote. */
function remember(r: RepoState, sha: string, type: string): void {
  known(r).set(sha, type);
}

/** objectType in `r`'s repository, each SHA git holds read once (or not at all, when the double wrote it). */
function typeOf(r: RepoState, sha: string): string | undefined {
  const types = known(r);
  const seen = types.get(sha);
  if (seen) return seen;
  const type = g.objectType(r.path, sha);
  if (type) types.set(sha, type);
  return type;
}

const apiUrl = (w: World, r: RepoState, kind: string, sha: string) => `${w.base}/repos/${r.owner}/${r.name}/git/${kind}/${sha}`;
const webUrl = (w: World, r: RepoState, sha: string) => `${w.base}/${r.owner}/${r.name}/commit/${sha}`;
const isSha = (s: unknown): s is string => typeof s === 'string' && /^[0-9a-f]{40}$/.test(s);

/** Writes one object of `type` with exactly `content`; returns its SHA. */
function writeObject(r: RepoState, type: 'blob' | 'commit' | 'tag', content: Buffer): string {
  const sha = execFileSync('git', ['hash-object', '-w', '-t', type, '--stdin'], {
    cwd: r.path,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
    input: content,
    maxBuffer: 1 << 28,
  })
    .toString('utf8')
    .trim();
  remember(r, sha, type);
  return sha;
}

/** The raw bytes of an object. */
function readObject(dir: string, type: string, sha: string): Buffer {
  return execFileSync('git', ['cat-file', type, sha], { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' }, maxBuffer: 1 << 28 });
}

/** `2024-05-01T12:00:00+02:00` → `1714557600 +0200` (git's stored form). */
function gitDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new HttpError(422, `Invalid date: ${iso}`);
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  const tz = offset ? `${offset[1]}${offset[2]}${offset[3]}` : '+0000';
  return `${Math.floor(ms / 1000)} ${tz}`;
}

/** `1714557600 +0200` → `2024-05-01T12:00:00+02:00` (GitHub answers in the stored offset). */
function isoDate(stored: string): string {
  const [epoch, tz = '+0000'] = stored.split(' ');
  const sign = tz.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(3, 5)));
  const local = new Date((Number(epoch) + minutes * 60) * 1000).toISOString().replace(/\.\d{3}Z$/, '');
  return minutes === 0 ? `${local}Z` : `${local}${tz.slice(0, 3)}:${tz.slice(3)}`;
}

interface Person {
  name: string;
  email: string;
  date: string;
}

/** `Name <email> 1714557600 +0200` → a person with an ISO date. */
function parsePerson(line: string): Person {
  const m = /^(.*) <(.*)> (\d+ [+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: '', date: isoDate('0 +0000') };
  return { name: m[1], email: m[2], date: isoDate(m[3]) };
}

const personLine = (p: { name: string; email: string; date?: string }, now: string) => `${p.name} <${p.email}> ${gitDate(p.date ?? now)}`;

/** Headers (a multi-line gpgsig joined back) and message of a commit or tag object. */
function parseObject(raw: Buffer): { headers: Map<string, string[]>; message: string } {
  const text = raw.toString('utf8');
  const split = text.indexOf('\n\n');
  const head = split < 0 ? text : text.slice(0, split);
  const message = split < 0 ? '' : text.slice(split + 2);
  const headers = new Map<string, string[]>();
  let last: [string, number] | undefined;
  for (const line of head.split('\n')) {
    if (line.startsWith(' ') && last) {
      const values = headers.get(last[0])!;
      values[last[1]] += `\n${line.slice(1)}`;
      continue;
    }
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const values = headers.get(key) ?? [];
    values.push(line.slice(space + 1));
    headers.set(key, values);
    last = [key, values.length - 1];
  }
  return { headers, message };
}

/** The token's own identity, as GitHub stamps it on what the token writes. */
const tokenUser = (w: World) => ({ name: w.login, email: `${w.userId}+${w.login}@users.noreply.github.com` });

// ---- blobs -----------------------------------------------------------------------

const createBlob: Handler = (ctx) => {
  const r = repoOf(ctx);
  const b = ctx.body as { content: string; encoding?: string };
  const encoding = b.encoding ?? 'utf-8';
  // GitHub's 422 here is described as oneOf two error schemas that both accept any error body, so this
  // answer fails the response check (a 500 violation): fine, no client of the double sends another encoding.
  if (encoding !== 'utf-8' && encoding !== 'base64') throw new HttpError(422, `encoding must be 'utf-8' or 'base64'`);
  const bytes = encoding === 'base64' ? Buffer.from(b.content, 'base64') : Buffer.from(b.content, 'utf8');
  const sha = writeObject(r, 'blob', bytes);
  const url = apiUrl(ctx.world, r, 'blobs', sha);
  return { status: 201, body: { url, sha }, headers: { location: url } };
};

const getBlob: Handler = (ctx) => {
  const r = repoOf(ctx);
  const sha = ctx.params.file_sha;
  if (!isSha(sha) || typeOf(r, sha) !== 'blob') throw new HttpError(404, 'Not Found');
  const bytes = readObject(r.path, 'blob', sha);
  // GitHub wraps the base64 at 60 characters, like `base64` does.
  const content = (bytes.toString('base64').match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join('');
  return {
    status: 200,
    body: {
      sha,
      node_id: nodeId('B', parseInt(sha.slice(0, 8), 16)),
      size: bytes.length,
      url: apiUrl(ctx.world, r, 'blobs', sha),
      content,
      encoding: 'base64',
    },
  };
};

// ---- trees -----------------------------------------------------------------------

interface Entry {
  mode: string;
  type: string;
  sha: string;
}

/** The files (blobs, symlinks, submodules) of `tree`, by full path. */
function filesOf(dir: string, tree: string, prefix = ''): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const rec of g.git(dir, ['ls-tree', '-r', '-z', tree]).split('\0').filter(Boolean)) {
    const tab = rec.indexOf('\t');
    const [mode, type, sha] = rec.slice(0, tab).split(' ') as [string, string, string];
    out.set(`${prefix}${rec.slice(tab + 1)}`, { mode, type, sha });
  }
  return out;
}

type Dir = Map<string, Entry | Dir>;

/**
 * The SHA git gives the tree of `lines` (mktree's `mode type sha<TAB>name`): its entries in git's order (a tree's
 * name compared as if it ended in /), each `mode name<NUL>` and the raw 20-byte SHA.
 */
function treeSha(lines: string[]): string {
  const entries = lines.map((l) => {
    const tab = l.indexOf('\t');
    const [mode, type, sha] = l.slice(0, tab).split(' ') as [string, string, string];
    const name = l.slice(tab + 1);
    return { mode: mode.replace(/^0+/, ''), name, sha, key: Buffer.from(type === 'tree' ? `${name}/` : name) };
  });
  entries.sort((a, b) => Buffer.compare(a.key, b.key));
  const body = Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]));
  return createHash('sha1').update(`tree ${body.length}\0`).update(body).digest('hex');
}

/**
 * Writes the directories of `files` bottom-up with mktree; an empty directory is left out, as git does. All of them
 * by one `mktree --batch` (each directory's SHA, which its parent names, computed here first); mktree's answer for
 * each tree must be that SHA.
 */
function writeTrees(r: RepoState, files: Map<string, Entry>): string {
  const root: Dir = new Map();
  for (const [path, entry] of files) {
    const parts = path.split('/');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      let next = node.get(part);
      if (!(next instanceof Map)) node.set(part, (next = new Map()));
      node = next;
    }
    node.set(parts[parts.length - 1], entry);
  }
  const trees: { lines: string[]; sha: string }[] = [];
  const write = (node: Dir): string | undefined => {
    const lines: string[] = [];
    for (const [name, child] of node) {
      if (child instanceof Map) {
        const sha = write(child);
        if (sha) lines.push(`040000 tree ${sha}\t${name}`);
      } else lines.push(`${child.mode} ${child.type} ${child.sha}\t${name}`);
    }
    if (!lines.length && node !== root) return undefined;
    const sha = treeSha(lines);
    trees.push({ lines, sha });
    return sha;
  };
  const rootSha = write(root)!;
  // Each tree's entries NUL-terminated, and an empty record after them ends the tree.
  const input = trees.map((t) => `${t.lines.map((l) => `${l}\0`).join('')}\0`).join('');
  const written = g.git(r.path, ['mktree', '-z', '--batch'], {}, input).split('\n');
  const expected = trees.map((t) => t.sha);
  if (written.join(' ') !== expected.join(' '))
    throw new Error(`github-double: mktree wrote ${written.join(' ')}, expected ${expected.join(' ')}`);
  for (const sha of written) remember(r, sha, 'tree');
  return rootSha;
}

const TYPE_OF_MODE: Record<string, string> = { '100644': 'blob', '100755': 'blob', '120000': 'blob', '040000': 'tree', '160000': 'commit' };

const createTree: Handler = (ctx) => {
  const r = repoOf(ctx);
  const b = ctx.body as {
    tree: { path?: string; mode?: string; type?: string; sha?: string | null; content?: string }[];
    base_tree?: string;
  };
  const invalid = (message: string) => new HttpError(422, message);
  if (b.base_tree !== undefined && (!isSha(b.base_tree) || typeOf(r, b.base_tree) !== 'tree'))
    throw invalid(`base_tree ${b.base_tree} is not a tree`);
  const files = b.base_tree ? filesOf(r.path, b.base_tree) : new Map<string, Entry>();
  // The type of every object the entries name, read at once (a commit, a submodule's, is not looked up).
  const types = g.objectTypes(
    r.path,
    b.tree.filter((e) => isSha(e.sha) && e.content === undefined && e.mode && TYPE_OF_MODE[e.mode] !== 'commit').map((e) => e.sha!),
  );
  for (const e of b.tree) {
    const path = e.path ?? '';
    if (
      !path ||
      path.startsWith('/') ||
      path.endsWith('/') ||
      path.split('/').some((p) => p === '' || p === '.' || p === '..' || p === '.git')
    )
      throw invalid(`tree.path '${path}' is invalid`);
    if (!e.mode || !TYPE_OF_MODE[e.mode]) throw invalid('tree.mode is required');
    const type = e.type ?? TYPE_OF_MODE[e.mode];
    if (TYPE_OF_MODE[e.mode] !== type) throw invalid(`tree.type '${type}' does not fit mode ${e.mode}`);
    if (e.sha !== undefined && e.content !== undefined) throw invalid('tree.sha and tree.content cannot both be given');
    // Whatever was at the path (a file, or a whole directory) is replaced or, with sha null, removed.
    for (const p of [...files.keys()]) if (p === path || p.startsWith(`${path}/`)) files.delete(p);
    if (e.sha === null) continue;
    if (e.content !== undefined) {
      if (type !== 'blob') throw invalid('tree.content is for blobs only');
      files.set(path, { mode: e.mode, type, sha: writeObject(r, 'blob', Buffer.from(e.content, 'utf8')) });
      continue;
    }
    if (!isSha(e.sha)) throw invalid('tree.sha is required');
    if (type !== 'commit' && types.get(e.sha) !== type)
      throw new HttpError(422, `GitRPC::BadObjectState: tree.sha ${e.sha} is not a ${type}`);
    if (type === 'tree') for (const [p, sub] of filesOf(r.path, e.sha, `${path}/`)) files.set(p, sub);
    else files.set(path, { mode: e.mode, type, sha: e.sha });
  }
  const sha = writeTrees(r, files);
  const url = apiUrl(ctx.world, r, 'trees', sha);
  return { status: 201, body: treeJson(ctx.world, r, sha, false), headers: { location: url } };
};

function treeJson(w: World, r: RepoState, sha: string, recursive: boolean): Record<string, unknown> {
  const tree = g
    .git(r.path, ['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), sha])
    .split('\0')
    .filter(Boolean)
    .map((rec) => {
      const tab = rec.indexOf('\t');
      const [mode, type, entrySha, size] = rec.slice(0, tab).split(/\s+/) as [string, string, string, string];
      const kind = type === 'tree' ? 'trees' : type === 'blob' ? 'blobs' : 'commits';
      return {
        path: rec.slice(tab + 1),
        mode,
        type,
        sha: entrySha,
        ...(type === 'blob' ? { size: Number(size) } : {}),
        url: apiUrl(w, r, kind, entrySha),
      };
    });
  return { sha, url: apiUrl(w, r, 'trees', sha), tree, truncated: false };
}

const getTree: Handler = (ctx) => {
  const r = repoOf(ctx);
  // A tree's SHA, or (as GitHub allows) a commit SHA, branch or tag whose tree is meant.
  const asked = ctx.params.tree_sha;
  const commit = isSha(asked) && typeOf(r, asked) === 'tree' ? undefined : g.resolveCommit(r.path, asked);
  const sha = commit ? g.git(r.path, ['rev-parse', `${commit}^{tree}`]) : asked;
  if (!isSha(sha) || typeOf(r, sha) !== 'tree') throw new HttpError(404, 'Not Found');
  const recursive = ctx.query.recursive !== undefined && !['0', 'false'].includes(String(ctx.query.recursive));
  return { status: 200, body: treeJson(ctx.world, r, sha, recursive) };
};

// ---- commits ---------------------------------------------------------------------

function commitJson(w: World, r: RepoState, sha: string): Record<string, unknown> {
  const { headers, message } = parseObject(readObject(r.path, 'commit', sha));
  const tree = headers.get('tree')![0];
  const signature = headers.get('gpgsig')?.[0];
  const verification =
    signed.get(r)?.get(sha) ?? (signature ? { ...UNSIGNED, reason: 'unknown_key', signature: `${signature}\n` } : UNSIGNED);
  return {
    sha,
    node_id: nodeId('C', parseInt(sha.slice(0, 8), 16)),
    url: apiUrl(w, r, 'commits', sha),
    html_url: webUrl(w, r, sha),
    author: parsePerson(headers.get('author')![0]),
    committer: parsePerson(headers.get('committer')![0]),
    tree: { sha: tree, url: apiUrl(w, r, 'trees', tree) },
    message,
    parents: (headers.get('parent') ?? []).map((p) => ({ sha: p, url: apiUrl(w, r, 'commits', p), html_url: webUrl(w, r, p) })),
    verification,
  };
}

/** A multi-line header value in git's form (continuation lines start with a space). */
const headerValue = (v: string) => v.replace(/\n$/, '').split('\n').join('\n ');

const createCommit: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const b = ctx.body as {
    message: string;
    tree: string;
    parents?: string[];
    author?: Person;
    committer?: Partial<Person>;
    signature?: string;
  };
  if (!isSha(b.tree) || typeOf(r, b.tree) !== 'tree') throw new HttpError(422, 'Tree SHA does not exist');
  for (const p of b.parents ?? [])
    if (!isSha(p) || typeOf(r, p) !== 'commit') throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
  const now = w.iso();
  // GitHub signs only what it authors itself: no custom author, committer or signature.
  const signs = b.author === undefined && b.committer === undefined && b.signature === undefined;
  const author = b.author ?? { ...tokenUser(w), date: now };
  // Signed commits carry GitHub's web-flow committer; otherwise the committer defaults to the author.
  const committer =
    b.committer?.name && b.committer.email
      ? b.committer
      : signs
        ? { ...g.WEB_FLOW, date: now }
        : { ...author, date: b.committer?.date ?? author.date };
  const lines = [
    `tree ${b.tree}`,
    ...(b.parents ?? []).map((p) => `parent ${p}`),
    `author ${personLine(author, now)}`,
    `committer ${personLine(committer as Person, now)}`,
  ];
  if (b.signature !== undefined) lines.push(`gpgsig ${headerValue(b.signature)}`);
  const payload = `${lines.filter((l) => !l.startsWith('gpgsig ')).join('\n')}\n\n${b.message}`;
  const sha = writeObject(r, 'commit', Buffer.from(`${lines.join('\n')}\n\n${b.message}`, 'utf8'));
  if (signs) sign(r, sha, payload, now);
  return { status: 201, body: commitJson(w, r, sha), headers: { location: apiUrl(w, r, 'commits', sha) } };
};

const getCommit: Handler = (ctx) => {
  const r = repoOf(ctx);
  const sha = ctx.params.commit_sha;
  if (!isSha(sha) || typeOf(r, sha) !== 'commit') throw new HttpError(404, 'Not Found');
  return { status: 200, body: commitJson(ctx.world, r, sha) };
};

// ---- tags ------------------------------------------------------------------------

function tagJson(w: World, r: RepoState, sha: string): Record<string, unknown> {
  const { headers, message } = parseObject(readObject(r.path, 'tag', sha));
  const object = headers.get('object')![0];
  const type = headers.get('type')![0];
  return {
    node_id: nodeId('TAG', parseInt(sha.slice(0, 8), 16)),
    tag: headers.get('tag')![0],
    sha,
    url: apiUrl(w, r, 'tags', sha),
    message,
    tagger: parsePerson(headers.get('tagger')![0]),
    object: { sha: object, type, url: apiUrl(w, r, `${type}s`, object) },
    verification: signed.get(r)?.get(sha) ?? UNSIGNED,
  };
}

const createTag: Handler = (ctx) => {
  const r = repoOf(ctx);
  const w = ctx.world;
  const b = ctx.body as { tag: string; message: string; object: string; type: 'commit' | 'tree' | 'blob'; tagger?: Person };
  if (!isSha(b.object) || typeOf(r, b.object) !== b.type) throw new HttpError(422, `Object does not exist or is not a ${b.type}`);
  if (!b.tag || /[\s~^:?*[\\]|\.\.|^-|\.lock$|\/$|^\//.test(b.tag)) throw new HttpError(422, `'${b.tag}' is not a valid tag name`);
  const now = w.iso();
  const tagger = b.tagger ?? { ...tokenUser(w), date: now };
  const head = [`object ${b.object}`, `type ${b.type}`, `tag ${b.tag}`, `tagger ${personLine(tagger, now)}`].join('\n');
  const sha = writeObject(r, 'tag', Buffer.from(`${head}\n\n${b.message}`, 'utf8'));
  if (b.tagger === undefined) sign(r, sha, `${head}\n\n${b.message}`, now);
  return { status: 201, body: tagJson(w, r, sha), headers: { location: apiUrl(w, r, 'tags', sha) } };
};

const getTag: Handler = (ctx) => {
  const r = repoOf(ctx);
  const sha = ctx.params.tag_sha;
  if (!isSha(sha) || typeOf(r, sha) !== 'tag') throw new HttpError(404, 'Not Found');
  return { status: 200, body: tagJson(ctx.world, r, sha) };
};

/** Handlers by `METHOD template`. */
export const objectHandlers: Record<(typeof OBJECT_OPERATIONS)[number], Handler> = {
  'POST /repos/{owner}/{repo}/git/blobs': createBlob,
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': getBlob,
  'POST /repos/{owner}/{repo}/git/trees': createTree,
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': getTree,
  'POST /repos/{owner}/{repo}/git/commits': createCommit,
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': getCommit,
  'POST /repos/{owner}/{repo}/git/tags': createTag,
  'GET /repos/{owner}/{repo}/git/tags/{tag_sha}': getTag,
};

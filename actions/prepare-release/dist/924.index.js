export const id = 924;
export const ids = [924];
export const modules = {

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YH: () => (/* binding */ GIT_NO_HOOKS),
/* harmony export */   dm: () => (/* binding */ gitSpawner)
/* harmony export */ });
/* unused harmony exports gitText, listTree, listPathsAndLinks, parseLsTree, mergeBase, ObjectTooLarge, ObjectReader, diffSinceMergeBase, parseRawDiff, treeBefore, pathsContaining */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
/**
 * Put before the arguments of every git process lockstep starts: no hook
 * (`core.hooksPath` in the checkout's or the user's config, e.g. a
 * reference-transaction hook that runs on fetch) and no fsmonitor command
 * runs while the job's token is in git's environment. Command-line config
 * wins over every config file; a local-path remote's own side drops it
 * (git clears GIT_CONFIG_PARAMETERS there), so a server's hooks still run.
 */
const GIT_NO_HOOKS = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
/**
 * A spawner over node:child_process. It is used instead of @actions/exec on
 * purpose: this action's cost is dominated by process start and module
 * loading, and a raw spawn keeps both small.
 */
function gitSpawner(cwd, env = process.env) {
    return (args) => new Promise((done, fail) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...GIT_NO_HOOKS, ...args], { cwd, env: { ...env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
    });
}
/** Runs git and returns stdout as text; a non-zero exit throws with git's message. */
async function gitText(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8');
}
/**
 * Every file of a commit's tree (`git ls-tree -r -z --full-tree`), path →
 * mode and object id. Submodules (mode 160000) are left out: they are not files.
 */
async function listTree(git, commit) {
    const out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
    if (out.code !== 0)
        throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
    return parseLsTree(out.stdout.toString('utf8'));
}
/**
 * Every path of a commit's tree and which of them are symbolic links, in one
 * `git ls-tree` (mode and path only: a few bytes more than `--name-only`).
 * git older than 2.36 has no `--format`: the full listing then serves.
 */
async function listPathsAndLinks(git, commit) {
    // Each record starts with the mode; the path follows the first space (--format) or the tab (the full listing).
    let out = await git(['ls-tree', '-r', '-z', '--full-tree', '--format=%(objectmode) %(path)', '--end-of-options', commit]);
    let separator = ' ';
    if (out.code !== 0) {
        out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
        if (out.code !== 0)
            throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
        separator = '\t';
    }
    const paths = new Set();
    const links = new Map();
    for (const rec of out.stdout.toString('utf8').split('\0')) {
        if (rec === '')
            continue;
        const path = rec.slice(rec.indexOf(separator) + 1);
        paths.add(path);
        if (rec.startsWith('120000 '))
            links.set(path, `${commit}:${path}`);
    }
    return { paths, links };
}
/** Parses `ls-tree -r -z` output (`<mode> SP <type> SP <oid> TAB <path> NUL`). */
function parseLsTree(text) {
    const files = new Map();
    for (const rec of text.split('\0')) {
        if (rec === '')
            continue;
        const tab = rec.indexOf('\t');
        const [mode, type, oid] = rec.slice(0, tab).split(' ');
        if (type !== 'blob')
            continue;
        files.set(rec.slice(tab + 1), { mode, oid });
    }
    return files;
}
/** The merge base of two commits, or undefined when none is reachable locally. */
async function mergeBase(git, a, b) {
    const r = await git(['merge-base', '--end-of-options', a, b]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
/** A read refused because the object is larger than the reader was allowed to load. */
class ObjectTooLarge extends Error {
    size;
    constructor(spec, size, maxBytes) {
        super(`git object ${spec} is ${size} bytes, over the ${maxBytes} bytes allowed`);
        this.name = 'ObjectTooLarge';
        this.size = size;
    }
}
/**
 * Reads objects through one persistent `git cat-file --batch` process: each
 * request is a line (`<oid>`, `<rev>:<path>`, `<ref>^{commit}`), answered in
 * order. One process serves every read of a run, so reading a thousand blobs
 * costs no more spawns than reading one.
 */
class ObjectReader {
    child;
    queue = [];
    /** Requests not yet written: those made in one tick go to git in one write. */
    outbox = '';
    buf = Buffer.alloc(0);
    /** Bytes of a refused object (and its newline) still to be dropped from git's output. */
    skip = 0;
    failure;
    disposed = false;
    cwd;
    env;
    constructor(cwd, env = process.env) {
        this.cwd = cwd;
        this.env = env;
    }
    start() {
        if (this.child)
            return this.child;
        const child = spawn('git', [...GIT_NO_HOOKS, 'cat-file', '--batch'], { cwd: this.cwd, env: { ...this.env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdout.on('data', (d) => {
            this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
            this.drain();
        });
        const onEnd = (why) => {
            this.failure = new Error(`git cat-file ${why}: ${stderr.trim()}`);
            for (const p of this.queue.splice(0))
                p.reject(this.failure);
            if (this.child === child)
                this.child = undefined;
            // Requests not yet written belonged to the rejected ones: a new process must not get them.
            this.outbox = '';
            // Nor may the rest of a refused object's bytes be taken out of the new process's answers.
            this.skip = 0;
        };
        child.on('error', (e) => onEnd(e.message));
        child.on('close', (code) => onEnd(`exited (${code})`));
        child.stdin.on('error', () => { });
        this.child = child;
        this.failure = undefined;
        return child;
    }
    drain() {
        while (this.queue.length > 0 || this.skip > 0) {
            if (this.skip > 0) {
                const n = Math.min(this.skip, this.buf.length);
                this.buf = this.buf.subarray(n);
                this.skip -= n;
                if (this.skip > 0)
                    return;
                continue;
            }
            const nl = this.buf.indexOf(10);
            if (nl < 0)
                return;
            const header = this.buf.subarray(0, nl).toString('utf8');
            const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
            if (!m) {
                // `<request> missing` or `<request> ambiguous`.
                this.buf = this.buf.subarray(nl + 1);
                this.queue.shift().resolve(undefined);
                continue;
            }
            const size = Number(m[3]);
            const limit = this.queue[0].maxBytes;
            if (limit !== undefined && size > limit) {
                // Refused from the header alone: the object's bytes are dropped as they arrive, never gathered.
                this.buf = this.buf.subarray(nl + 1);
                this.skip = size + 1;
                this.queue.shift().reject(new ObjectTooLarge(m[1], size, limit));
                continue;
            }
            if (this.buf.length < nl + 1 + size + 1)
                return;
            const data = Buffer.from(this.buf.subarray(nl + 1, nl + 1 + size));
            this.buf = this.buf.subarray(nl + 1 + size + 1);
            this.queue.shift().resolve({ oid: m[1], type: m[2], data });
        }
    }
    /**
     * Reads one object by any spec cat-file accepts; undefined when it does not
     * exist. With `maxBytes`, a larger object is refused (ObjectTooLarge) from
     * the size git announces before its bytes: they are skipped, never kept.
     */
    read(spec, maxBytes) {
        if (/[\r\n]/.test(spec))
            return Promise.resolve(undefined);
        if (this.disposed)
            return Promise.reject(new Error('git cat-file: the object reader was disposed'));
        const child = this.start();
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject, maxBytes });
            // One write per tick instead of one per request: each write wakes git, and on a busy
            // machine every wake-up can cost this thread its turn on the CPU.
            if (this.outbox === '')
                process.nextTick(() => this.flush(child));
            this.outbox += `${spec}\n`;
        });
    }
    flush(child) {
        // A closed process's requests were rejected by close(), which also emptied the outbox.
        if (this.child !== child)
            return;
        const text = this.outbox;
        this.outbox = '';
        if (text !== '')
            child.stdin.write(text);
    }
    /** A blob's text (UTF-8), or undefined when missing or not a blob; over `maxBytes`, ObjectTooLarge. */
    async text(spec, maxBytes) {
        const o = await this.read(spec, maxBytes);
        return o && o.type === 'blob' ? o.data.toString('utf8') : undefined;
    }
    /** The full id of the commit a ref, tag or sha names; undefined when not in the repository. */
    async commit(ref) {
        if (ref.startsWith('-'))
            return undefined;
        const o = await this.read(`${ref}^{commit}`);
        return o?.type === 'commit' ? o.oid : undefined;
    }
    /**
     * Stops the process (restart happens on the next read, e.g. after a fetch
     * added objects). Reads still in flight are rejected: their answer never
     * came, which is not the same as "this file does not exist".
     */
    close() {
        const child = this.child;
        this.child = undefined;
        if (child) {
            child.removeAllListeners('close');
            child.on('close', () => { });
            child.stdin.end();
        }
        this.outbox = '';
        const pending = this.queue.splice(0);
        if (pending.length > 0) {
            const why = new Error(`git cat-file: the object reader was closed with ${pending.length} read${pending.length === 1 ? '' : 's'} in flight`);
            for (const p of pending)
                p.reject(why);
        }
        this.buf = Buffer.alloc(0);
        this.skip = 0;
    }
    /**
     * Stops the process for good: work still under way in the background (a
     * comparison after the action already failed) gets an error instead of
     * starting a new cat-file that would keep Node alive.
     */
    dispose() {
        this.disposed = true;
        this.close();
    }
}
/**
 * The changes from the merge base of `base` and `head` to `head`, as
 * `git diff --raw base...head` lists them (what a pull request shows).
 * Undefined when git cannot compute it (a commit or the merge base missing).
 */
async function diffSinceMergeBase(git, base, head) {
    const r = await git(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--no-textconv', `${base}...${head}`, '--']);
    return r.code === 0 ? parseRawDiff(r.stdout.toString('utf8')) : undefined;
}
/** Parses `--raw -z` output (`:<old mode> <new mode> <old> <new> <status> NUL <path> NUL`). */
function parseRawDiff(text) {
    const out = [];
    const parts = text.split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const meta = parts[i];
        if (!meta.startsWith(':'))
            break;
        const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(' ');
        out.push({ path: parts[i + 1], status, oldMode, newMode, oldOid, newOid });
    }
    return out;
}
/** The merge base's tree, rebuilt from the head tree by undoing the changes. */
function treeBefore(head, changes) {
    const base = new Map(head);
    for (const c of changes) {
        if (/^0+$/.test(c.oldOid) || c.oldMode === '000000')
            base.delete(c.path);
        else if (c.oldMode !== '160000')
            base.set(c.path, { mode: c.oldMode, oid: c.oldOid });
    }
    return base;
}
/**
 * Paths in a commit whose file is named `fileName` and contains `text`
 * (`git grep -l -F` over the tree, without reading the blobs into this
 * process). Undefined when git cannot search (e.g. the commit is missing).
 */
async function pathsContaining(git, commit, fileName, text) {
    if (commit.startsWith('-'))
        return undefined; // never let a ref be read as an option
    // --full-name: paths from the repository's top, like every other listing, even when run in a subfolder.
    const r = await git(['grep', '-l', '-z', '-F', '--full-name', '--no-color', '-e', text, commit, '--', fileName, `:(glob)**/${fileName}`]);
    if (r.code === 1)
        return [];
    if (r.code !== 0)
        return undefined;
    const prefix = `${commit}:`;
    return r.stdout
        .toString('utf8')
        .split('\0')
        .filter((p) => p !== '')
        .map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p));
}


/***/ }),

/***/ 924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseDeps: () => (/* binding */ releaseDeps)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/git/local.ts


// Variables that would point git at another repository, index or identity than the one asked for.
const DROPPED = /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|AUTHOR_\w+|COMMITTER_\w+|CEILING_DIRECTORIES|PREFIX)$/;
/** A LocalGit bound to the git directory `gitDir` (absolute). */
function localGitAt(gitDir, base = process.env) {
    const inherited = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !DROPPED.test(k))
            inherited[k] = v;
    return (args, opts = {}) => new Promise((done, fail) => {
        // Literal pathspecs: a planned path is a file name, never a glob or `:(magic)`.
        const env = { ...inherited, GIT_DIR: gitDir, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '1', ...opts.env };
        const child = (0,external_node_child_process_.spawn)('git', [...objects/* GIT_NO_HOOKS */.YH, ...args], { cwd: gitDir, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        // git may exit before reading all of stdin (an early error): that is reported by the exit code.
        child.stdin.on('error', () => { });
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
        child.stdin.end(opts.input ?? '');
    });
}
const gitDirs = new WeakMap();
/**
 * The LocalGit for the repository a spawner runs in. The git directory is
 * asked once per spawner (`rev-parse --absolute-git-dir`) through the
 * spawner itself, so any GitSpawner (objects.ts's, authedGit's) works.
 */
async function local_localGitFor(git) {
    let dir = gitDirs.get(git);
    if (!dir) {
        dir = git(['rev-parse', '--absolute-git-dir']).then((r) => {
            if (r.code !== 0)
                throw new Error(`git rev-parse --absolute-git-dir failed (exit ${r.code}): ${r.stderr.trim()}`);
            return r.stdout.toString('utf8').trim();
        });
        gitDirs.set(git, dir);
        dir.catch(() => gitDirs.delete(git));
    }
    return localGitAt(await dir);
}
/** Runs a LocalGit call and returns trimmed stdout; a non-zero exit throws with git's message. */
async function local_localText(git, args, opts) {
    const r = await git(args, opts);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8').trim();
}

;// CONCATENATED MODULE: ./packages/core/src/git/refs.ts

/**
 * Refuses, without running anything, a name that git could read as an
 * option (a leading `-`, e.g. `--upload-pack=touch /tmp/x`), that holds
 * white space or control characters, that uses the `@{…}` reflog syntax,
 * or that is spelled as a full ref. Call it while validating inputs, before
 * any git process starts (RELIABILITY case 2).
 */
function assertRefInput(name, input, kind = 'branch') {
    const bad = (why) => new errors/* UserError */.yo(`input '${input}': ${JSON.stringify(name)} is not a valid ${kind} name (${why})`, {
        hint: `use a plain ${kind} name such as ${kind === 'branch' ? 'chore/release-1.2.0' : 'v1.2.0'}`,
    });
    if (name === '')
        throw bad('empty');
    if (name.startsWith('-'))
        throw bad('starts with "-"');
    if (/[\s\u0000-\u001f\u007f]/u.test(name))
        throw bad('contains white space or a control character');
    if (name.includes('@{'))
        throw bad('contains "@{"');
    if (name === 'HEAD' || name === '@')
        throw bad('names HEAD');
    if (/^refs\//.test(name))
        throw bad(`give it without the refs/${kind === 'branch' ? 'heads' : 'tags'}/ prefix`);
    if (name.length > 255)
        throw bad('longer than 255 characters');
}
/**
 * Validates a branch or tag name from an input: assertRefInput first, then
 * `git check-ref-format` (`--branch` for branches, `refs/tags/<name>` for
 * tags), so git's own rules decide (`..`, `~`, `.lock`, …). Returns the name.
 */
async function checkRefName(git, name, input, kind = 'branch') {
    assertRefInput(name, input, kind);
    const r = await git(kind === 'branch' ? ['check-ref-format', '--branch', name] : ['check-ref-format', `refs/tags/${name}`]);
    if (r.code !== 0)
        throw new errors/* UserError */.yo(`input '${input}': ${JSON.stringify(name)} is not a valid ${kind} name (git check-ref-format refused it)`, {
            hint: 'see `git help check-ref-format` for the rules',
        });
    return name;
}
/** Refuses a remote name that git could read as an option or that holds odd characters. */
function refs_assertRemoteName(remote) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote))
        throw new Error(`invalid git remote name ${JSON.stringify(remote)}`);
}

;// CONCATENATED MODULE: ./packages/core/src/git/auth.ts

/** The Basic credential git sends for a GitHub token (what actions/checkout configures). */
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/**
 * Every form of the token that could surface in git's output or an error:
 * the token itself and the base64 Basic credential built from it. Callers
 * mask each one (setSecret) before the first git call.
 */
function authSecrets(token) {
    if (!token)
        return [];
    const basic = basicCredential(token);
    return [token, basic, encodeURIComponent(token)].filter((s, i, all) => all.indexOf(s) === i);
}
/** Replaces every secret in `text` with `***`. */
function redact(text, secrets) {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        if (s)
            out = out.split(s).join('***');
    return out;
}
/**
 * The `http.<url>.` config prefix git matches for a remote: the server's
 * origin with a trailing slash, so every repository on that host (a fork's
 * upstream, a redirect after a rename) gets the header, as actions/checkout
 * does. Undefined for remotes that are not http(s) (a path, ssh): there the
 * token has no use and nothing is set.
 */
function headerScope(remoteUrl) {
    let u;
    try {
        u = new URL(remoteUrl);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return undefined;
    return `${u.protocol}//${u.host}/`;
}
/**
 * Env vars that give git the token for `remoteUrl` without argv, URL or
 * .git/config (GIT_CONFIG_COUNT… http.<url>.extraheader).
 *
 * Two entries are added after any the environment already has
 * (`inherited`'s GIT_CONFIG_COUNT): an empty `extraheader`, which clears the
 * headers collected so far — notably the one actions/checkout persists in
 * .git/config with `persist-credentials: true`, which may hold another
 * (read-only) token — and then ours, so git sends exactly one Authorization
 * header. Command-scope config is read after system, global and local
 * files, which is what makes the clearing entry work. An empty
 * `credential.helper` likewise switches off stored credentials.
 */
function gitAuthEnv(remoteUrl, token, inherited = {}) {
    const scope = token ? headerScope(remoteUrl) : undefined;
    if (!token || !scope)
        return {};
    if (/[\r\n\0]/.test(token))
        throw new Error('the GitHub token contains a line break or NUL; it cannot be sent as a header');
    const start = /^\d+$/.test(inherited.GIT_CONFIG_COUNT ?? '') ? Number(inherited.GIT_CONFIG_COUNT) : 0;
    const key = `http.${scope}.extraheader`;
    const entries = [
        [key, ''],
        [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
        // The token is the identity: no credential helper may answer a 401 with another one.
        ['credential.helper', ''],
    ];
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = k;
        env[`GIT_CONFIG_VALUE_${start + i}`] = v;
    });
    return env;
}
/** Replaces every secret in a byte buffer (git's stdout may be binary, so no text round trip unless a secret is there). */
function redactBytes(data, secrets) {
    if (!secrets.some((s) => s && data.includes(s)))
        return data;
    let out = data;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (!s)
            continue;
        const parts = [];
        let from = 0;
        for (let at = out.indexOf(s, from); at >= 0; at = out.indexOf(s, from)) {
            parts.push(out.subarray(from, at), Buffer.from('***'));
            from = at + Buffer.byteLength(s);
        }
        parts.push(out.subarray(from));
        out = Buffer.concat(parts);
    }
    return out;
}
/** A password embedded in a remote URL (some workflows still write one), raw and decoded, so it is scrubbed too. */
function urlSecrets(remoteUrl) {
    try {
        const { password } = new URL(remoteUrl);
        if (!password)
            return [];
        const decoded = decodeURIComponent(password);
        return [...new Set([password, decoded, Buffer.from(decoded).toString('base64')])];
    }
    catch {
        return [];
    }
}
/**
 * A gitSpawner whose processes carry the token through gitAuthEnv, with
 * trace redaction forced on and every form of the token scrubbed from
 * git's output before anyone can log or throw it (a server's hook message
 * that echoes a credential included).
 */
function authedGit(cwd, remoteUrl, token, base = process.env) {
    const env = { ...base, ...gitAuthEnv(remoteUrl, token, base), GIT_TRACE_REDACT: '1' };
    const inner = (0,objects/* gitSpawner */.dm)(cwd, env);
    const secrets = [...authSecrets(token), ...urlSecrets(remoteUrl)];
    if (secrets.length === 0)
        return inner;
    return async (args) => {
        const r = await inner(args);
        return { code: r.code, stdout: redactBytes(r.stdout, secrets), stderr: redact(r.stderr, secrets) };
    };
}

// EXTERNAL MODULE: ./packages/core/src/git/identity.ts
var identity = __webpack_require__(7034);
;// CONCATENATED MODULE: ./packages/core/src/git/publish.ts









/**
 * The trailer key that records, in a generated commit, the tree it was made
 * with (commitFiles `stampTree`): a generated commit whose tree no longer
 * matches was amended by hand, and regenerating it would lose that edit.
 */
const TREE_TRAILER_KEY = 'Lockstep-Tree';
/** The trailer key that marks a commit as generated by a lockstep action. */
const GENERATED_TRAILER_KEY = 'Lockstep-Generated';
/** The trailer line a generated commit carries, e.g. `Lockstep-Generated: prepare-release`. */
function generatedTrailer(action) {
    if (!/^[a-z][a-z0-9-]*$/.test(action))
        throw new Error(`generatedTrailer: invalid action name ${JSON.stringify(action)}`);
    return `${GENERATED_TRAILER_KEY}: ${action}`;
}
function checkIdentity(who, role) {
    if (!who.name || /[<>\r\n\0]/.test(who.name) || !who.email || /[<>\s\0]/.test(who.email))
        throw new errors/* UserError */.yo(`${role} ${JSON.stringify(`${who.name} <${who.email}>`)} is not a valid git identity`, { hint: "use 'Name <email>'" });
}
function checkPath(path) {
    const parts = path.split('/');
    if (path === '' || path.startsWith('/') || /[\0\r\n\\]/.test(path) || parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git'))
        throw new errors/* UserError */.yo(`path escapes the repository or is not normalised: ${JSON.stringify(path)}`, { hint: 'paths are relative to the repository root, with / separators' });
}
/** Git's date for an environment variable: as given (ISO 8601, RFC 2822 or `<unix> <tz>`). */
function checkDate(date) {
    if (date !== undefined && (date.trim() === '' || /[\r\n\0]/.test(date)))
        throw new Error(`invalid git date ${JSON.stringify(date)}`);
}
function identityEnv(author, committer, date) {
    const env = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
    };
    if (date)
        env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = date;
    return env;
}
async function resolveCommit(local, ref, what) {
    if (ref.startsWith('-'))
        throw new Error(`${what} ${JSON.stringify(ref)} is not a commit`);
    const r = await local(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    if (r.code !== 0)
        throw new Error(`${what} ${ref} is not a commit in this repository`);
    return r.stdout.toString('utf8').trim();
}
function withNewline(message) {
    return message.endsWith('\n') ? message : `${message}\n`;
}
/**
 * One commit with `parent` as its only parent: parent's tree + files. Uses a
 * temporary index; never touches the work tree, HEAD or the real index.
 * Existing files keep their mode (an executable stays executable); deletes
 * of absent paths are no-ops; writing over a symlink, submodule or folder is
 * refused. With `date` the commit id is reproducible. With `stampTree` the
 * message gains a `Lockstep-Tree: <tree>` trailer, which lets
 * commitsAfterGenerated notice a generated commit amended by hand.
 */
async function commitFiles(git, c) {
    checkIdentity(c.author, 'author');
    checkIdentity(c.committer, 'committer');
    checkDate(c.date);
    const seen = new Set();
    for (const f of c.files) {
        checkPath(f.path);
        if (seen.has(f.path))
            throw new Error(`commitFiles: ${f.path} is planned twice`);
        seen.add(f.path);
    }
    const local = await local_localGitFor(git);
    const parent = await resolveCommit(local, c.parent, 'parent');
    const existing = new Map();
    if (c.files.length > 0) {
        const ls = await local(['ls-tree', '-z', '--full-tree', '--end-of-options', parent, '--', ...c.files.map((f) => f.path)]);
        if (ls.code !== 0)
            throw new Error(`git ls-tree failed (exit ${ls.code}): ${ls.stderr.trim()}`);
        for (const rec of ls.stdout.toString('utf8').split('\0')) {
            if (!rec)
                continue;
            const tab = rec.indexOf('\t');
            const [mode, type] = rec.slice(0, tab).split(' ');
            const path = rec.slice(tab + 1);
            if (type !== 'blob' || mode === '120000')
                throw new errors/* UserError */.yo(`refusing to write ${path}: it is a ${mode === '120000' ? 'symlink' : type === 'tree' ? 'folder' : 'submodule'} in ${parent.slice(0, 12)}`);
            existing.set(path, mode);
        }
    }
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lockstep-commit-'));
    try {
        const writes = c.files.filter((f) => f.content !== null);
        const blobs = new Map();
        if (writes.length > 0) {
            // One hash-object for all blobs; --no-filters stores the planned bytes exactly (no clean filter or eol conversion).
            const paths = await Promise.all(writes.map(async (f, i) => {
                const p = (0,external_node_path_.join)(tmp, `blob-${i}`);
                await (0,promises_.writeFile)(p, f.content);
                return p;
            }));
            const ids = (await local_localText(local, ['hash-object', '-w', '--no-filters', '--', ...paths])).split('\n');
            if (ids.length !== writes.length)
                throw new Error('git hash-object returned an unexpected number of ids');
            writes.forEach((f, i) => blobs.set(f, ids[i]));
        }
        const zero = '0'.repeat(parent.length);
        const info = c.files
            .map((f) => {
            if (f.content === null)
                return `0 ${zero}\t${f.path}\0`;
            const mode = f.mode ?? existing.get(f.path) ?? '100644';
            return `${mode} ${blobs.get(f)}\t${f.path}\0`;
        })
            .join('');
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(tmp, 'index') };
        await local_localText(local, ['read-tree', '--end-of-options', parent], { env });
        if (info)
            await local_localText(local, ['update-index', '-z', '--index-info'], { env, input: info });
        const tree = await local_localText(local, ['write-tree'], { env });
        return await local_localText(local, ['commit-tree', '--no-gpg-sign', '-p', parent, '--end-of-options', tree], {
            env: identityEnv(c.author, c.committer, c.date),
            input: c.stampTree ? appendTrailer(c.message, `${TREE_TRAILER_KEY}: ${tree}`) : withNewline(c.message),
        });
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** The tree id of a commit. */
async function treeOf(git, commit) {
    const local = await localGitFor(git);
    return resolveTree(local, commit);
}
/** A commit's subject (first line of its message); untrusted text, escape it before logging. */
async function commitSubject(git, commit) {
    const local = await localGitFor(git);
    return subjectOf((await readCommit(local, await resolveCommit(local, commit, 'commit'))).message);
}
/** The first parent of a commit (undefined for a root commit). */
async function parentOf(git, commit) {
    const local = await localGitFor(git);
    return (await readCommit(local, await resolveCommit(local, commit, 'commit'))).parents[0];
}
async function resolveTree(local, commit) {
    if (commit.startsWith('-'))
        throw new Error(`${JSON.stringify(commit)} is not a commit`);
    return local_localText(local, ['rev-parse', '--verify', '--end-of-options', `${commit}^{tree}`]);
}
async function isShallow(git) {
    const r = await git(['rev-parse', '--is-shallow-repository']);
    return r.stdout.toString('utf8').trim() === 'true';
}
/** True for a repository without any ref (a fresh `git init`, e.g. a temp clone for another repository). */
async function isEmpty(git) {
    const r = await git(['for-each-ref', '--count=1', '--format=%(refname)']);
    return r.code === 0 && r.stdout.length === 0;
}
/** How many commits of a branch a shallow clone fetches at first; deepening adds more on demand. */
const SHALLOW_FETCH_DEPTH = 16;
const DEEPEN_STEPS = [64, 512];
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout';
/** The same fix from a terminal. */
const UNSHALLOW_HINT = 'fetch the whole history (git fetch --unshallow), or work in a full clone';
function firstLine(s) {
    return s.trim().split('\n').find((l) => l.trim() !== '') ?? 'no output';
}
/** A git failure reaching the remote; a refusal of the token becomes a UserError naming the permission. */
function remoteFailure(what, remote, stderr) {
    if (/\b(403|401)\b|denied|Authentication failed|could not read Username|not permitted|Invalid username or password/i.test(stderr))
        return new errors/* UserError */.yo(`${what} ${remote} was refused: ${firstLine(stderr)}`, {
            hint: 'the token needs `contents: write` (a read-only token, e.g. on a fork or Dependabot pull request, cannot push)',
        });
    return new Error(`${what} ${remote} failed: ${stderr.trim()}`);
}
/**
 * Fetches refs/heads/<branch> from remote into refs/remotes/<remote>/<branch>
 * (depth-aware); undefined when absent. In a shallow clone (or an empty
 * repository, made shallow this way) a branch seen for the first time is
 * fetched with its last commits only
 * (commitsAfterGenerated deepens when it needs more), so a depth-1 checkout
 * never pulls a branch's whole history; a branch already tracked is fetched
 * incrementally, because `--depth` would also shorten history that an
 * earlier step deepened on purpose.
 */
async function fetchBranch(git, remote, branch) {
    refs_assertRemoteName(remote);
    await checkRefName(git, branch, 'branch');
    const tracking = `refs/remotes/${remote}/${branch}`;
    const known = async () => (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`])).code === 0;
    const depth = ((await isShallow(git)) || (await isEmpty(git))) && !(await known()) ? [`--depth=${SHALLOW_FETCH_DEPTH}`] : [];
    const r = await git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...depth, '--', remote, `+refs/heads/${branch}:${tracking}`]);
    if (r.code !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        throw remoteFailure('fetching from', remote, r.stderr);
    }
    const sha = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
    return sha.code === 0 ? sha.stdout.toString('utf8').trim() : undefined;
}
/** Parses `git push --porcelain` output (`<flag> TAB <from>:<to> TAB <summary>`). */
function parsePushPorcelain(stdout) {
    const lines = [];
    for (const line of stdout.split('\n')) {
        const m = /^([ +\-*!=])\t([^\t]*)\t(.*)$/.exec(line);
        if (!m)
            continue;
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
async function pushBranch(git, remote, branch, sha, expected) {
    refs_assertRemoteName(remote);
    await checkRefName(git, branch, 'branch');
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        throw new Error(`pushBranch: ${JSON.stringify(sha)} is not a commit id`);
    if (expected !== undefined && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(expected))
        throw new Error(`pushBranch: expected ${JSON.stringify(expected)} is not a commit id`);
    const ref = `refs/heads/${branch}`;
    const r = await git(['push', '--porcelain', '--no-verify', `--force-with-lease=${ref}:${expected ?? ''}`, '--', remote, `${sha}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing to', remote, r.stderr);
    if (line.flag === '=')
        return { ok: true, updated: false };
    if (line.flag !== '!')
        return { ok: true, updated: true };
    const detail = line.summary.replace(/^\[[^\]]*\]\s*/, '').replace(/^\((.*)\)$/, '$1') || firstLine(r.stderr);
    if (/^\[rejected\]/.test(line.summary) && /stale info|fetch first|non-fast-forward/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    // The server's compare-and-swap lost to a push landing at the same moment (the ref was locked or had moved since
    // it was advertised): the same as a stale lease — fetch and rebuild, bounded by the caller's attempts.
    if (/^\[remote rejected\]/.test(line.summary) && /failed to update ref|cannot lock ref|failed to lock/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    return { ok: false, reason: 'rejected', detail };
}
/** A tag on the remote: the tag object (or commit, for a lightweight tag) and the commit it peels to. */
async function remoteTag(git, remote, tag) {
    const ref = `refs/tags/${tag}`;
    const r = await git(['ls-remote', '--tags', '--', remote, ref, `${ref}^{}`]);
    if (r.code !== 0)
        throw remoteFailure('listing tags of', remote, r.stderr);
    let oid;
    let peeled;
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [id, name] = line.split('\t');
        if (name === ref)
            oid = id;
        else if (name === `${ref}^{}`)
            peeled = id;
    }
    return oid ? { oid, commit: peeled ?? oid } : undefined;
}
/** `<unix seconds> <±hhmm>` for a tag object, from `date` (ISO 8601, `@<unix> <tz>` or `<unix> <tz>`) or now. */
function tagDate(date, now) {
    if (date === undefined)
        return `${Math.floor(now() / 1000)} +0000`;
    const raw = /^@?(\d+) ([+-]\d{4})$/.exec(date.trim());
    if (raw)
        return `${raw[1]} ${raw[2]}`;
    const ms = Date.parse(date);
    if (Number.isNaN(ms))
        throw new Error(`invalid tag date ${JSON.stringify(date)}`);
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
async function pushTag(git, remote, tag, target, message, tagger, opts = {}) {
    refs_assertRemoteName(remote);
    await checkRefName(git, tag, 'tag', 'tag');
    checkIdentity(tagger, 'tagger');
    const local = await local_localGitFor(git);
    const commit = await resolveCommit(local, target, 'tag target');
    const differs = (found) => new errors/* UserError */.yo(`tag ${tag} already exists on ${remote} and points at ${found.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`, {
        hint: 'release another version, or delete the tag if it was created by mistake',
    });
    const before = await remoteTag(git, remote, tag);
    if (before) {
        if (before.commit === commit)
            return 'existing';
        throw differs(before);
    }
    const body = `object ${commit}\ntype commit\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${tagDate(opts.date, opts.now ?? Date.now)}\n\n${withNewline(message)}`;
    const object = await local_localText(local, ['mktag'], { input: body });
    const ref = `refs/tags/${tag}`;
    const r = await git(['push', '--porcelain', '--no-verify', '--', remote, `${object}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing a tag to', remote, r.stderr);
    if (line.flag !== '!')
        return 'created';
    // Someone (a concurrent run) created it between our look and our push.
    const after = await remoteTag(git, remote, tag);
    if (after && after.commit === commit)
        return 'existing';
    if (after)
        throw differs(after);
    throw new errors/* UserError */.yo(`pushing tag ${tag} to ${remote} was rejected: ${line.summary}`, { hint: 'check the repository rules for tags' });
}
async function readCommit(local, sha) {
    const r = await local(['cat-file', 'commit', sha]);
    if (r.code !== 0)
        throw new Error(`git cat-file commit ${sha} failed: ${r.stderr.trim()}`);
    const end = r.stdout.indexOf('\n\n');
    const head = r.stdout.subarray(0, end < 0 ? r.stdout.length : end).toString('utf8');
    const message = end < 0 ? Buffer.alloc(0) : r.stdout.subarray(end + 2);
    const c = { tree: '', parents: [], keep: [], message };
    for (const line of head.split('\n')) {
        if (line.startsWith(' '))
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        const sp = line.indexOf(' ');
        const key = line.slice(0, sp);
        const value = line.slice(sp + 1);
        if (key === 'tree')
            c.tree = value;
        else if (key === 'parent')
            c.parents.push(value);
        else if (key === 'author' || key === 'committer' || key === 'encoding')
            c.keep.push(line);
    }
    return c;
}
function subjectOf(message) {
    return message.toString('utf8').trim().split('\n')[0] ?? '';
}
/** The message with `trailer` in its trailer block: kept when there, added to an existing block, or as a new paragraph. */
function appendTrailer(message, trailer) {
    const body = message.replace(/\s+$/, '');
    if (hasTrailer(body, trailer))
        return `${body}\n`;
    const paragraphs = body.split(/\n[ \t]*\n/);
    const last = paragraphs[paragraphs.length - 1];
    // An existing trailer block (Signed-off-by: …) is extended rather than followed by a second one.
    const block = paragraphs.length > 1 && last.split('\n').every((l) => /^[A-Za-z0-9-]+: /.test(l));
    return block ? `${body}\n${trailer}\n` : `${body}\n\n${trailer}\n`;
}
/** True when the message's last paragraph (its trailer block) holds the line `trailer`. */
function hasTrailer(message, trailer) {
    const paragraphs = message.replace(/\r\n/g, '\n').trimEnd().split(/\n\s*\n/);
    const last = paragraphs[paragraphs.length - 1] ?? '';
    return paragraphs.length > 1 && last.split('\n').some((l) => l.trim() === trailer.trim());
}
/** True when a generated commit's `Lockstep-Tree` stamp names another tree than its own. */
function wasAmended(message, tree) {
    const stamp = new RegExp(`^${TREE_TRAILER_KEY}: ([0-9a-f]{40,64})\\s*$`, 'm').exec(message);
    return stamp !== null && stamp[1] !== tree;
}
/**
 * Commits on `branchTip` after the generated commit (first-parent walk down
 * to the commit carrying `trailer`, a full line such as
 * `Lockstep-Generated: prepare-release`, in its trailer block). `after` is
 * oldest first, ready for replayCommits. The generated commit may already be
 * in `base` (a PR merged with a merge commit, its branch kept): it is then
 * found right below the walk. `amended` is set when the generated commit
 * carries a `Lockstep-Tree` stamp that its tree no longer matches (someone
 * amended it): its hand edits are not in `after`, so regenerating would
 * lose them. Without a generated commit,
 * `generated` is undefined and `after` lists every commit on the branch that
 * `base` lacks. A shallow clone is deepened (bounded) when the walk runs into
 * its boundary; `remote` is where more history comes from.
 */
async function commitsAfterGenerated(git, base, branchTip, trailer, remote = 'origin') {
    refs_assertRemoteName(remote);
    const local = await local_localGitFor(git);
    const [tip, baseSha] = await Promise.all([resolveCommit(local, branchTip, 'branch tip'), resolveCommit(local, base, 'base')]);
    for (let step = 0;; step++) {
        const r = await local(['log', '--first-parent', '-z', '--format=%H%x00%P%x00%T%x00%B', '--end-of-options', tip, `^${baseSha}`, '--']);
        if (r.code !== 0)
            throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
        const fields = r.stdout.toString('utf8').split('\0');
        const walked = [];
        let generated;
        for (let i = 0; i + 3 < fields.length; i += 4) {
            const sha = fields[i].replace(/^\n/, '');
            if (hasTrailer(fields[i + 3], trailer)) {
                generated = { sha, tree: fields[i + 2], message: fields[i + 3] };
                break;
            }
            walked.push({ sha, parents: fields[i + 1] });
        }
        const after = walked.map((w) => w.sha).reverse();
        if (generated)
            return { generated: generated.sha, after, ...(wasAmended(generated.message, generated.tree) ? { amended: true } : {}) };
        // The walk ended without the generated commit: at a shallow boundary, at a root, or at base.
        const last = walked[walked.length - 1];
        if (last && last.parents === '' && (await shallowBoundaries(local, [last.sha])).length > 0) {
            await deepen(git, remote, tip, step, `cannot find the generated commit (${trailer}) below ${tip.slice(0, 12)}`);
            continue;
        }
        // At base, the generated commit may be the first commit below the walk, already in base (its PR was merged
        // with a merge commit and the branch kept): what others added on top of it still counts as theirs.
        const below = last ? last.parents.split(' ')[0] : tip;
        if (below) {
            const c = await readCommit(local, below);
            const message = c.message.toString('utf8');
            if (hasTrailer(message, trailer))
                return { generated: below, after, ...(wasAmended(message, c.tree) ? { amended: true } : {}) };
        }
        return { after };
    }
}
/** The commits among `shas` that are shallow boundaries: git shows them without parents although their objects name some. */
async function shallowBoundaries(local, shas) {
    if (shas.length === 0)
        return [];
    const r = await local(['cat-file', '--batch'], { input: shas.map((s) => `${s}\n`).join('') });
    if (r.code !== 0)
        throw new Error(`git cat-file --batch failed: ${r.stderr.trim()}`);
    const found = [];
    let at = 0;
    for (const sha of shas) {
        const nl = r.stdout.indexOf(10, at);
        const size = Number(/ (\d+)$/.exec(r.stdout.subarray(at, nl).toString('utf8'))?.[1] ?? 0);
        const body = r.stdout.subarray(nl + 1, nl + 1 + size).toString('utf8');
        if (/^parent /m.test(body.split('\n\n')[0] ?? ''))
            found.push(sha);
        at = nl + 1 + size + 1;
    }
    return found;
}
/**
 * Whether `ancestor` is reachable from `descendant`. In a shallow clone a
 * "no" may only mean that history stops early, so while the descendant's
 * history runs into a shallow boundary it is deepened (bounded) before
 * answering; when that is not enough, a UserError names `fetch-depth: 0`.
 */
async function isAncestor(git, ancestor, descendant, remote = 'origin') {
    assertRemoteName(remote);
    const local = await localGitFor(git);
    const [a, d] = await Promise.all([resolveCommit(local, ancestor, 'ancestor'), resolveCommit(local, descendant, 'descendant')]);
    for (let step = 0;; step++) {
        const r = await local(['merge-base', '--is-ancestor', '--end-of-options', a, d]);
        if (r.code === 0)
            return true;
        if (r.code !== 1)
            throw new Error(`git merge-base --is-ancestor failed (exit ${r.code}): ${r.stderr.trim()}`);
        if (!(await isShallow(git)))
            return false;
        const list = await localText(local, ['rev-list', '--parents', '--end-of-options', d, `^${a}`, '--']);
        const parentless = list.split('\n').filter((l) => /^[0-9a-f]+$/.test(l));
        if ((await shallowBoundaries(local, parentless)).length === 0)
            return false;
        await deepen(git, remote, d, step, `cannot tell whether ${a.slice(0, 12)} is an ancestor of ${d.slice(0, 12)}`);
    }
}
/** Fetches DEEPEN_STEPS[step] more commits below `tip`, or fails naming `fetch-depth: 0`. */
async function deepen(git, remote, tip, step, what) {
    if (step >= DEEPEN_STEPS.length)
        throw new errors/* UserError */.yo(`${what}: the shallow clone ends too early, even after fetching ${DEEPEN_STEPS.reduce((x, y) => x + y)} more commits`, { hint: FETCH_DEPTH_HINT, cliHint: UNSHALLOW_HINT });
    const f = await git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', `--deepen=${DEEPEN_STEPS[step]}`, '--', remote, tip]);
    if (f.code !== 0)
        throw new errors/* UserError */.yo(`${what}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(f.stderr)})`, { hint: FETCH_DEPTH_HINT, cliHint: UNSHALLOW_HINT });
}
// The identity of the throwaway commits that give merge-tree its merge base; they are never pushed or referenced.
const SCRATCH_ENV = identityEnv({ name: 'lockstep', email: 'lockstep@localhost' }, { name: 'lockstep', email: 'lockstep@localhost' }, '1000000000 +0000');
/**
 * True for a merge that only brought the base branch in (GitHub's "Update
 * branch" button, or `git merge main`): two parents, the merged-in one
 * already contained in `head` (which sits on the current base), and a tree
 * equal to git's own merge of the parents, so no hand edit hides in it.
 * Such a merge has nothing left to replay.
 */
async function isBaseUpdateMerge(local, c, head) {
    if (c.parents.length !== 2)
        return false;
    const contained = await local(['merge-base', '--is-ancestor', '--end-of-options', c.parents[1], head]);
    if (contained.code !== 0)
        return false;
    const m = await local(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', '--end-of-options', c.parents[0], c.parents[1]]);
    return m.code === 0 && m.stdout.toString('utf8').split('\0')[0].trim() === c.tree;
}
/**
 * Re-applies `commits` (oldest first) on top of `onto` with git merge-tree
 * --write-tree (no work tree), a cherry-pick each: the three-way merge of
 * the commit's parent (base), the new head (ours) and the commit (theirs).
 * git 2.39 has no `merge-tree --merge-base`, so the base is supplied by a
 * scratch commit with the head's tree and the commit's parent as its parent.
 * Each replayed commit keeps its author, committer, dates, encoding and
 * message byte for byte, so replaying the same commits onto the same head
 * gives the same ids (a rerun pushes nothing). A commit whose change is
 * already in the head is skipped, and so is a merge that only brought the
 * base branch in (isBaseUpdateMerge); any other merge commit is refused.
 */
async function replayCommits(git, onto, commits) {
    const local = await local_localGitFor(git);
    let head = await resolveCommit(local, onto, 'onto');
    let headTree = await resolveTree(local, head);
    const skipped = [];
    for (const ref of commits) {
        const sha = await resolveCommit(local, ref, 'commit');
        const c = await readCommit(local, sha);
        const subject = subjectOf(c.message);
        if (c.parents.length === 0)
            return { ok: false, commit: sha, subject, files: [], reason: 'it is a root commit' };
        if (c.parents.length > 1) {
            if (await isBaseUpdateMerge(local, c, head)) {
                skipped.push(sha);
                continue;
            }
            return { ok: false, commit: sha, subject, files: [], reason: 'it is a merge commit that brings in more than the base branch, or edits the merge by hand; merge commits are not replayed' };
        }
        const scratch = await local_localText(local, ['commit-tree', '--no-gpg-sign', '-p', c.parents[0], '--end-of-options', headTree], { env: SCRATCH_ENV, input: 'lockstep replay base\n' });
        const m = await local(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', '--end-of-options', scratch, sha]);
        const out = m.stdout.toString('utf8').split('\0');
        if (m.code === 1)
            return { ok: false, commit: sha, subject, files: [...new Set(out.slice(1).filter((p) => p !== ''))] };
        if (m.code !== 0)
            throw new Error(`git merge-tree failed (exit ${m.code}): ${m.stderr.trim()}`);
        const tree = out[0].trim();
        if (tree === headTree) {
            skipped.push(sha);
            continue;
        }
        const raw = Buffer.concat([Buffer.from(`tree ${tree}\nparent ${head}\n${c.keep.join('\n')}\n\n`, 'utf8'), c.message]);
        head = await local_localText(local, ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: raw });
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
async function withBaseRetry(attempts, step) {
    if (!Number.isInteger(attempts) || attempts < 1)
        throw new Error(`withBaseRetry: attempts must be a positive integer, got ${attempts}`);
    let why = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const r = await step(attempt);
        if (r.done)
            return r.value;
        why = r.why;
    }
    throw new UserError(`base moved ${attempts} times while publishing (last: ${why}); nothing was overwritten`, {
        hint: 'run again once pushes settle, or serialise the workflow with `concurrency:`',
        cliHint: 'run again once pushes settle',
    });
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var text_log = __webpack_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/text/secrets.ts
var text_secrets = __webpack_require__(1068);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/github/context.ts

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const DEPENDABOT = 'dependabot[bot]';
/** GITHUB_API_URL, or github.com's API. */
function defaultApiUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The GraphQL endpoint next to a REST base URL: GHES serves it at /api/graphql beside /api/v3. */
function defaultGraphqlUrl(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}
/** Reads GITHUB_* variables and the event file once; a pull_request run without a readable event file says why. */
function readRunContext(env) {
    const apiUrl = defaultApiUrl(env);
    const eventName = env.GITHUB_EVENT_NAME || undefined;
    const isPullEvent = eventName !== undefined && PULL_EVENTS.has(eventName);
    let event;
    let eventFileProblem;
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (e) {
            eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} could not be read (${e.code ?? e.message})`;
        }
        if (text !== undefined) {
            try {
                event = JSON.parse(text);
            }
            catch {
                eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} is not valid JSON`;
            }
            if (event !== undefined && (event === null || typeof event !== 'object')) {
                eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} does not hold a JSON object`;
                event = undefined;
            }
        }
    }
    else if (isPullEvent) {
        eventFileProblem = `GITHUB_EVENT_PATH is not set on a ${eventName} run`;
    }
    if (isPullEvent && event && !event.pull_request && !eventFileProblem) {
        eventFileProblem = `the ${eventName} event file GITHUB_EVENT_PATH=${path} has no pull_request object`;
    }
    const pr = isPullEvent ? event?.pull_request : undefined;
    const headRepo = pr?.head?.repo?.full_name;
    const baseRepo = pr?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
    // A deleted fork leaves head.repo null: still a fork pull with a read-only token.
    const isForkPull = Boolean(pr) && (pr.head?.repo === null || (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo.toLowerCase() !== baseRepo.toLowerCase()));
    const isDependabot = env.GITHUB_ACTOR === DEPENDABOT || env.GITHUB_TRIGGERING_ACTOR === DEPENDABOT;
    return {
        repository: env.GITHUB_REPOSITORY || undefined,
        eventName,
        event,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || defaultGraphqlUrl(apiUrl)).replace(/\/+$/, ''),
        isForkPull,
        isDependabot,
        ...(eventFileProblem ? { eventFileProblem } : {}),
    };
}
/** Why the token is read-only on this run (fork or Dependabot pull request), or undefined. */
function readOnlyTokenReason(ctx) {
    // pull_request_target runs in the base repository's context with its token, fork or not.
    if (ctx.isForkPull && ctx.eventName !== 'pull_request_target')
        return 'the token is read-only in fork/Dependabot PRs: this pull request comes from a fork';
    if (ctx.isDependabot)
        return 'the token is read-only in fork/Dependabot PRs: this run was triggered by Dependabot';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/github/replies.ts
// What lockstep reads from GitHub's 2xx answers, checked before anything reads it: a captive portal's
// HTML page with status 200, JSON cut off by a dropped connection or an empty object is a failed
// request, never an object whose fields are `undefined`.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ArrayBuffer);
const join = (at, key) => (at ? `${at}.${key}` : key);
const replies_int = (v, at) => (typeof v === 'number' && Number.isInteger(v) ? undefined : `missing numeric ${at}`);
const str = (v, at) => (typeof v === 'string' ? undefined : `missing string ${at}`);
const optStr = (v, at) => (v === undefined || v === null || typeof v === 'string' ? undefined : `${at} is not a string`);
function obj(fields) {
    return (v, at) => {
        if (!isObject(v))
            return at ? `${at} is not an object` : 'the reply is not a JSON object';
        for (const [key, check] of Object.entries(fields)) {
            const problem = check(v[key], join(at, key));
            if (problem)
                return problem;
        }
        return undefined;
    };
}
function list(item) {
    return (v, at) => {
        if (!Array.isArray(v))
            return at ? `${at} is not a list` : 'the reply is not a JSON list';
        for (let i = 0; i < v.length; i++) {
            const problem = item(v[i], `${at}[${i}]`);
            if (problem)
                return problem;
        }
        return undefined;
    };
}
const optional = (check) => (v, at) => v === undefined || v === null ? undefined : check(v, at);
const label = (v, at) => (typeof v === 'string' ? undefined : obj({ name: str })(v, at));
const pull = obj({ number: replies_int, html_url: str, node_id: str, title: str, body: optStr, state: str, head: obj({ ref: str, sha: str }), base: obj({ ref: str }), labels: optional(list(label)) });
const checkRun = obj({ id: replies_int, name: str, status: str, conclusion: optStr });
const comment = obj({ id: replies_int, body: optStr });
const release = obj({ id: replies_int, tag_name: str, html_url: str, name: optStr, body: optStr });
const anyJson = (v) => (typeof v === 'object' && v !== null && !(v instanceof ArrayBuffer) ? undefined : 'the reply is not a JSON object or list');
/** The shape lockstep needs, by method and path below the repository (`/repos/o/r` or `/repositories/id`). */
const RULES = [
    ['GET', /^\/git\/ref\/.+$/, obj({ object: obj({ sha: str }) })],
    ['POST', /^\/git\/refs$/, obj({ ref: str, object: obj({ sha: str }) })],
    ['GET', /^\/pulls$/, list(pull)],
    ['GET', /^\/commits\/[^/]+\/pulls$/, list(pull)],
    ['POST', /^\/pulls$/, pull],
    ['GET', /^\/pulls\/\d+$/, pull],
    ['PATCH', /^\/pulls\/\d+$/, pull],
    ['GET', /^\/pulls\/\d+\/requested_reviewers$/, obj({ users: list(obj({ login: str })), teams: list(obj({ slug: str })) })],
    ['POST', /^\/pulls\/\d+\/requested_reviewers$/, obj({ number: replies_int })],
    ['POST', /^\/issues\/\d+\/labels$/, list(obj({ name: str }))],
    ['GET', /^\/issues\/\d+\/comments$/, list(comment)],
    ['POST', /^\/issues\/\d+\/comments$/, obj({ id: replies_int })],
    ['PATCH', /^\/issues\/comments\/\d+$/, obj({ id: replies_int })],
    ['GET', /^\/releases\/tags\/.+$/, release],
    ['POST', /^\/releases$/, release],
    ['GET', /^\/commits\/[^/]+\/check-runs$/, obj({ total_count: replies_int, check_runs: list(checkRun) })],
    ['GET', /^\/commits\/[^/]+\/status$/, obj({ state: str, statuses: list(obj({ context: str, state: str })) })],
];
/** Writes GitHub does the same way however often they are sent: a garbled answer to one may be repeated. */
const REPEATABLE_POSTS = [/^\/pulls\/\d+\/requested_reviewers$/, /^\/issues\/\d+\/labels$/];
/** `path` (the API base's path removed) split into the repository prefix and what follows it. */
function belowRepository(path) {
    return /^\/(?:repos\/[^/]+\/[^/]+|repositories\/\d+)(\/.*)$/.exec(path)?.[1];
}
/**
 * What is wrong with a successful answer, or undefined when it has the
 * shape lockstep reads. `path` is the request's path below the API base.
 */
function replyProblem(method, path, response) {
    if (method === 'HEAD' || response.status === 204 || response.status === 205 || response.status < 200 || response.status >= 300)
        return undefined;
    const { data } = response;
    if (typeof data === 'string' || data === undefined || data === null || data instanceof ArrayBuffer) {
        const type = String(response.headers?.['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        const length = typeof data === 'string' ? Buffer.byteLength(data) : data instanceof ArrayBuffer ? data.byteLength : 0;
        if (/^application\/([a-z.+-]+\+)?json$/.test(type))
            return length === 0 ? `the reply was empty or cut off (${type})` : `the reply was cut off or is not valid JSON (${length} bytes of ${type})`;
        return length === 0 ? `the reply was empty${type ? ` (${type})` : ''}` : `the reply was not JSON (${type || 'no content type'})`;
    }
    const below = belowRepository(path);
    const rule = below === undefined ? undefined : RULES.find(([m, re]) => m === method && re.test(below));
    return (rule?.[2] ?? anyJson)(data, '');
}
/** Whether a request whose answer was garbled may be sent again as is: reads, and writes that are the same however often made. */
function safeToRepeat(method, path, graphqlMutation) {
    if (method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'PATCH' || method === 'DELETE')
        return true;
    if (/\/graphql$/.test(path))
        return !graphqlMutation;
    const below = belowRepository(path);
    return below !== undefined && REPEATABLE_POSTS.some((re) => re.test(below));
}
/**
 * The failure a garbled answer becomes inside the client. It carries status
 * 502 (the gateway's answer was bad), so the retry plugin repeats it when
 * `request` (a copy of the request options) is given — only for requests safe
 * to repeat; a create is looked up instead (createOrFind). The client's error
 * hook turns it into a GitHubError with code 'bad-reply'.
 */
function badReplyError(method, path, problem, request) {
    const e = new Error(`${method} ${path}: ${problem}`);
    e.name = 'BadReply';
    e.status = 502;
    e.badReply = problem;
    if (request)
        e.request = request;
    return e;
}

;// CONCATENATED MODULE: ./packages/core/src/github/client.ts








/** A GitHub API failure with a message a user can act on; never carries the token. */
class GitHubError extends Error {
    /** HTTP status, when GitHub answered. */
    status;
    /** GitHub's own message (with the `errors` details), redacted. */
    apiMessage;
    /**
     * 'budget' when the run's request budget stopped the request (nothing was sent);
     * 'bad-reply' when GitHub's answer was garbled (not JSON, cut off, missing a field lockstep reads).
     */
    code;
    constructor(message, status, apiMessage, code) {
        super(message);
        this.name = 'GitHubError';
        this.status = status;
        this.apiMessage = apiMessage;
        if (code)
            this.code = code;
    }
}
const DEFAULT_BUDGET = 100;
const DEFAULT_GAP_MS = 1000;
const DEFAULT_MAX_WAIT_S = 120;
const DEFAULT_TIMEOUT_MS = 30_000;
const RETRIES = 3;
/** Rate-limit waits accepted per request before giving up with a clear error. */
const RATE_LIMIT_RETRIES = 2;
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// The token's forms and their redaction live in a light module the failure paths share.

/** Why a request got no usable answer, in a few words: a network error code (ECONNREFUSED), a status, or the message. */
function failureReason(e) {
    if (e?.response && typeof e.status === 'number')
        return `answered ${e.status}`;
    const code = [e?.cause?.cause?.code, e?.cause?.code, e?.code].find((c) => typeof c === 'string' && /^E[A-Z_]+$/.test(c));
    if (code)
        return code;
    const text = String(e?.message ?? e ?? '');
    return /\b(E[A-Z]{3,})\b/.exec(text)?.[1] ?? (text.slice(0, 200) || 'no answer');
}
/** The API's origin and base path for messages (no credentials, no query). */
function apiBase(url) {
    try {
        const u = new URL(String(url));
        return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return String(url);
    }
}
const isMutation = (opts) => {
    const method = String(opts.method ?? 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD')
        return false;
    // GraphQL queries travel as POST too; only mutations count as writes.
    if (/\/graphql$/.test(pathOf(opts.url)))
        return /^\s*mutation\b/.test(String(opts.query ?? opts.body?.query ?? ''));
    return true;
};
/** The request's path with its parameters filled in (hooks see the route template). */
function expandedPath(octokit, opts) {
    try {
        return pathOf(octokit.request.endpoint.parse(opts).url);
    }
    catch {
        return pathOf(opts.url);
    }
}
function pathOf(url) {
    try {
        return new URL(String(url), 'http://github.invalid').pathname;
    }
    catch {
        return String(url);
    }
}
/**
 * The innermost layer (just outside authentication), so every HTTP attempt,
 * retries included, passes it: counts against the budget, waits out the
 * backoff after a 5xx/network failure (the retry plugin itself is told to
 * retry at once, so the wait goes through the injected sleep), and serialises
 * mutations at least `gapMs` apart.
 */
function guardPlugin(octokit, options) {
    const g = options.lockstepGuard;
    if (!g)
        return {};
    octokit.hook.wrap('request', async (request, opts) => {
        const seen = g.attempts.get(opts) ?? { n: 0 };
        g.attempts.set(opts, seen);
        seen.n += 1;
        const method = String(opts.method).toUpperCase();
        const path = expandedPath(octokit, opts);
        if (seen.n > 1 && (seen.lastStatus === undefined || seen.lastStatus >= 500)) {
            const wait = 1000 * (seen.n - 1) ** 2;
            const reason = failureReason(seen.lastError);
            const answered = reason.startsWith('answered') || reason.startsWith('sent ');
            const said = answered ? `${reason} to` : `did not answer`;
            const detail = answered ? '' : ` (${reason})`;
            g.notice(`GitHub API at ${apiBase(opts.baseUrl)} ${said} ${method} ${path}${detail}; retrying in ${wait / 1000}s (attempt ${seen.n} of ${RETRIES + 1})`);
            await g.sleep(wait);
        }
        g.count += 1;
        if (g.count > g.budget) {
            throw new GitHubError(`stopped before ${method} ${path}: this run already made ${g.budget} GitHub API requests, its budget — something is retrying or paging far more than expected; rerun, and report it if it happens again`, undefined, undefined, 'budget');
        }
        const send = async () => {
            let response;
            try {
                response = await request(opts);
            }
            catch (e) {
                seen.lastStatus = typeof e?.status === 'number' ? e.status : undefined;
                seen.lastError = e;
                throw e;
            }
            // A 2xx whose body is not what GitHub sends (HTML, cut-off JSON, `{}`) is a failed request, not a success.
            const below = path.startsWith(g.basePath) ? path.slice(g.basePath.length) : path;
            const problem = replyProblem(method, below, response);
            if (problem === undefined)
                return response;
            seen.lastStatus = 502;
            seen.lastError = { message: `sent an unusable reply (${problem})` };
            throw badReplyError(method, path, problem, safeToRepeat(method, below, isMutation(opts)) ? { ...opts } : undefined);
        };
        if (!isMutation(opts))
            return send();
        const previous = g.queue;
        let release;
        g.queue = new Promise((resolve) => (release = resolve));
        await previous;
        try {
            const wait = g.lastMutationEnd + g.gapMs - g.now();
            if (g.gapMs > 0 && wait > 0)
                await g.sleep(wait);
            return await send();
        }
        finally {
            g.lastMutationEnd = g.now();
            release();
        }
    });
    return {};
}
/**
 * Bottleneck groups for the throttling plugin's write and notification lanes
 * that run jobs at once: mutations are already serialised by the guard (with
 * the injected clock), and the plugin's own lanes would sleep on real timers.
 * The plugin only calls `key(id).schedule(…)`, so this stand-in has just that.
 */
const passThroughGroup = {
    key: () => ({
        schedule: (...args) => {
            const fnAt = typeof args[0] === 'function' ? 0 : 1;
            return Promise.resolve().then(() => args[fnAt](...args.slice(fnAt + 1)));
        },
    }),
};
const LockstepOctokit = dist_src/* Octokit */.E.plugin(guardPlugin, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
function proxyFetch(env, timeoutMs) {
    const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => env[k]);
    let agent;
    return (async (input, init = {}) => {
        // A whole-exchange timeout that surfaces as an ordinary network failure
        // (not an AbortError) so the retry plugin treats it like one.
        const signal = AbortSignal.timeout(timeoutMs);
        try {
            if (!proxied)
                return await fetch(input, { ...init, signal });
            // undici is loaded only when a proxy is configured: start-up stays cheap.
            const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19));
            agent ??= new undici.EnvHttpProxyAgent({
                httpProxy: env.HTTP_PROXY ?? env.http_proxy,
                httpsProxy: env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy,
                noProxy: env.NO_PROXY ?? env.no_proxy,
            });
            // Node's fetch is undici too: the casts bridge its bundled types and the package's, which describe the same classes.
            return (await undici.fetch(input, { ...init, signal, dispatcher: agent }));
        }
        catch (e) {
            if (signal.aborted)
                throw new Error(`no answer within ${timeoutMs} ms`);
            throw e;
        }
    });
}
/** Creates the client: base URLs from GITHUB_API_URL/GITHUB_GRAPHQL_URL, proxy from the environment, bounded retries and waits. */
function createGitHub(opts) {
    const env = opts.env ?? process.env;
    const [owner, repo, ...rest] = opts.repository.split('/');
    if (!owner || !repo || rest.length)
        throw new GitHubError(`repository '${opts.repository}' is not in the form owner/name`);
    const apiUrl = (opts.apiUrl ?? defaultApiUrl(env)).replace(/\/+$/, '');
    const graphqlUrl = opts.graphqlUrl ?? env.GITHUB_GRAPHQL_URL ?? defaultGraphqlUrl(apiUrl);
    const secrets = [opts.token];
    // Log lines carry branch names and GitHub's messages: untrusted text, kept from reading as workflow commands.
    const log = (line) => opts.log?.((0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(line, secrets)));
    const notice = opts.notice ? (line) => opts.notice((0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(line, secrets))) : log;
    const sleep = opts.sleep ?? realSleep;
    const maxWait = opts.maxRateLimitWaitSeconds ?? DEFAULT_MAX_WAIT_S;
    const guard = {
        budget: opts.budget ?? DEFAULT_BUDGET,
        gapMs: opts.minMutationGapMs ?? DEFAULT_GAP_MS,
        sleep,
        now: opts.now ?? Date.now,
        log,
        notice,
        count: 0,
        lastMutationEnd: -Infinity,
        queue: Promise.resolve(),
        attempts: new WeakMap(),
        basePath: pathOf(apiUrl).replace(/\/+$/, ''),
    };
    const onLimit = (kind) => async (retryAfter, options, _o, retryCount) => {
        const what = `${String(options.method).toUpperCase()} ${expandedPath(octokit, options)}`;
        if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > maxWait) {
            log(`${kind} on ${what}: not waiting ${retryAfter} s (after ${retryCount} waits; the cap is ${maxWait} s)`);
            return false;
        }
        log(`${kind} on ${what}: waiting ${retryAfter} s as GitHub asked`);
        await sleep(retryAfter * 1000);
        return true;
    };
    const octokit = new LockstepOctokit({
        auth: opts.token,
        baseUrl: apiUrl,
        userAgent: 'lockstep',
        request: { fetch: proxyFetch(env, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
        lockstepGuard: guard,
        // Retries happen at once here; the guard sleeps the backoff through the injected clock.
        // 429 is left to the throttling plugin, which honours retry-after.
        retry: { retries: RETRIES, retryAfterBaseValue: 0, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: 0,
            fallbackSecondaryRateRetryAfter: 60,
            write: passThroughGroup,
            notifications: passThroughGroup,
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            onRateLimit: onLimit('rate limit'),
        },
    });
    // baseUrl too: @octokit/graphql swaps in /api/graphql for every base ending in /api/v3, which would ignore GITHUB_GRAPHQL_URL.
    octokit.graphql = octokit.graphql.defaults({ baseUrl: graphqlUrl, url: graphqlUrl });
    // The outermost layer: every failure leaves as a GitHubError whose message says what to do.
    octokit.hook.error('request', (error, options) => {
        throw toGitHubError(error, { ...options, attempts: guard.attempts.get(options)?.n }, secrets, maxWait);
    });
    return { owner, repo, octokit: octokit, requestCount: () => guard.count, sleep, log, redact: (t) => (0,text_secrets/* redact */.E)(t, secrets) };
}
/** Which `permissions:` entry a request needs, judged by its path. */
function permissionFor(method, path) {
    if (/\/graphql$/.test(path) || /\/(pulls|issues)(\/|$)/.test(path))
        return 'pull-requests: write';
    if (/\/(statuses|check-runs|check-suites|status)(\/|$)/.test(path))
        return method === 'GET' ? 'checks: read / statuses: read' : 'statuses: write';
    return 'contents: write';
}
/** Turns an Octokit failure into a GitHubError a user can act on (redacted). */
function toGitHubError(error, options, secrets, maxWaitSeconds = DEFAULT_MAX_WAIT_S) {
    if (error instanceof GitHubError) {
        error.message = (0,text_secrets/* redact */.E)(error.message, secrets);
        return error;
    }
    if (typeof error?.badReply === 'string') {
        // The message names the endpoint and what was wrong, never the body (a proxy's page may echo the request's headers).
        const message = `GitHub's answer was unusable: ${error.message} — a proxy, captive portal or GitHub outage answered instead of the API, or the connection dropped; rerun the job, and check GITHUB_API_URL and HTTPS_PROXY/NO_PROXY if it persists`;
        return new GitHubError((0,text_secrets/* redact */.E)((0,text_log/* escapeForLog */.z)(message), secrets), undefined, undefined, 'bad-reply');
    }
    const method = String(error?.request?.method ?? options?.method ?? 'GET').toUpperCase();
    const path = pathOf(error?.request?.url ?? options?.url ?? '');
    const status = typeof error?.status === 'number' ? error.status : undefined;
    // GitHub's message may echo a title or branch name: one line, no workflow command.
    const raw = (0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(apiMessageOf(error), secrets));
    const what = `${method} ${path}`;
    let message;
    if (status === undefined || (status === 500 && !error?.response)) {
        const base = options?.baseUrl ?? error?.request?.url;
        const tries = typeof options?.attempts === 'number' && options.attempts > 1 ? ` after ${options.attempts} attempts` : '';
        message = base
            ? `could not reach the GitHub API at ${apiBase(base)} (GITHUB_API_URL) for ${what}${tries} (${(0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(failureReason(error), secrets))}) — check the network, GITHUB_API_URL and HTTPS_PROXY/NO_PROXY`
            : `could not reach GitHub for ${what}: ${raw || 'network error'} — check the network, GITHUB_API_URL and HTTPS_PROXY/NO_PROXY`;
        return new GitHubError((0,text_secrets/* redact */.E)(message, secrets), undefined, raw);
    }
    const lower = raw.toLowerCase();
    if (status === 401) {
        message = `the token was refused (401) on ${what} — pass a valid github-token (it may be expired, revoked or meant for another GitHub host)`;
    }
    else if ((status === 403 || status === 429) && /secondary rate limit|abuse/.test(lower)) {
        const after = Number(error?.response?.headers?.['retry-after']);
        message = `GitHub's secondary rate limit kept refusing ${what}${Number.isFinite(after) ? ` (retry-after ${after} s)` : ''} after the waits allowed (at most ${maxWaitSeconds} s each) — rerun the job later`;
    }
    else if ((status === 403 || status === 429) && error?.response?.headers?.['x-ratelimit-remaining'] === '0') {
        const reset = Number(error?.response?.headers?.['x-ratelimit-reset']);
        message = `GitHub's API rate limit for this token is used up on ${what}${Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : ''} — rerun after the reset or use a token with its own quota`;
    }
    else if (status === 403 && /not permitted to create or approve pull requests/.test(lower)) {
        message = `GitHub Actions is not permitted to create or approve pull requests in this repository (${what}) — enable Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (for an organization, its Actions settings too), or pass a GitHub App or PAT token as github-token`;
    }
    else if (status === 403 && /resource not accessible by (integration|personal access token)/.test(lower)) {
        message = `the token lacks permission for ${what} — give the job \`permissions: ${permissionFor(method, path)}\` (lockstep's writes need contents: write and pull-requests: write); the token is read-only in fork/Dependabot PRs, where write steps cannot run`;
    }
    else if (status === 404) {
        message = `GitHub answered 404 to ${what} — the repository or object does not exist, or the token cannot see it (a private repository needs a token with access)`;
    }
    else {
        message = `GitHub answered ${status} to ${what}: ${raw}`;
    }
    return new GitHubError((0,text_secrets/* redact */.E)(message, secrets), status, raw);
}
function apiMessageOf(error) {
    const data = error?.response?.data;
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        const details = Array.isArray(data.errors)
            ? data.errors.map((e) => (typeof e === 'string' ? e : (e?.message ?? [e?.resource, e?.field, e?.code].filter(Boolean).join(' ')))).filter(Boolean)
            : [];
        return details.length ? `${data.message}: ${details.join('; ')}` : data.message;
    }
    if (typeof data === 'string' && data)
        return data.slice(0, 500);
    return String(error?.message ?? error ?? '');
}
/** True when a failure is GitHub's "already exists" validation answer (422). */
function isAlreadyExists(e) {
    return e instanceof GitHubError && e.status === 422 && /already exists|already_exists/i.test(e.apiMessage ?? e.message);
}
/** True when the answer to a create may have been lost (5xx, no answer, a garbled answer): the object may exist anyway. */
function mayHaveLanded(e) {
    return e instanceof GitHubError && (e.status === undefined || e.status >= 500) && e.code !== 'budget';
}
/** `get`'s answer, or undefined when GitHub answers 404 (the object does not exist). */
async function orNotFound(get) {
    try {
        return await get();
    }
    catch (e) {
        if (e instanceof GitHubError && e.status === 404)
            return undefined;
        throw e;
    }
}
/**
 * Runs `create`, idempotently: when its answer was lost (5xx, no answer) or
 * GitHub answers 422 "already exists", `find` looks the object up instead
 * (told whether GitHub said it exists), so a retried or raced create neither
 * fails nor duplicates. The create's own error is thrown when nothing is
 * found. `found` says the object came from `find`: it was not there when the
 * caller looked before creating, so the create that landed was this run's (or
 * a twin run's). A create whose answer was garbled (not JSON, cut off) and
 * that `find` does not see did not land: it is made again, at most
 * BAD_REPLY_CREATES times in all.
 */
async function createOrFind(gh, what, create, find) {
    for (let attempt = 1;; attempt++) {
        try {
            return { value: await create(), found: false };
        }
        catch (e) {
            const exists = isAlreadyExists(e);
            if (!exists && !mayHaveLanded(e))
                throw e;
            const value = await find(exists);
            if (value !== undefined) {
                gh.log?.(`${what} found after the create failed (${e.message})`);
                return { value, found: true };
            }
            // A garbled answer to a create that did not land is a failed request like every other: made again, bounded.
            if (!isBadReply(e) || attempt >= BAD_REPLY_CREATES)
                throw e;
            gh.log?.(`${what}: GitHub's answer to the create was unusable and nothing was created; creating again (${attempt}/${BAD_REPLY_CREATES - 1})`);
            await (gh.sleep ?? realSleep)(1000 * attempt);
        }
    }
}
/** Creates tried when each answer is garbled and nothing landed. */
const BAD_REPLY_CREATES = 3;
/** True when GitHub's answer was garbled (not JSON, cut off, missing a field lockstep reads). */
function isBadReply(e) {
    return e instanceof GitHubError && e.code === 'bad-reply';
}
/** A GraphQL call through the client (its retries, budget and waits); GraphQL errors come back as data, not thrown. */
async function client_graphql(gh, query, variables) {
    try {
        return { data: await gh.octokit.graphql(query, variables) };
    }
    catch (e) {
        if (e?.name === 'GraphqlResponseError' && Array.isArray(e.errors)) {
            return { data: e.data ?? undefined, errors: e.errors.map((x) => ({ type: x?.type, message: String(x?.message ?? '') })) };
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/github/pulls.ts

const pulls_realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sleepOf = (gh) => gh.sleep ?? pulls_realSleep;
const clean = (gh, text) => (gh.redact ? gh.redact(text) : text);
/** GitHub refuses PR, issue and comment bodies longer than this (422 "body is too long"). */
const MAX_BODY = 65_536;
/**
 * `body` cut at a line break to fit GitHub's `limit`, with a closing line
 * saying so (notes for thousands of commits exceed it). Unchanged when it fits.
 */
function fitBody(body, limit = MAX_BODY) {
    if (body.length <= limit)
        return body;
    const note = `\n\n… truncated to fit GitHub's ${limit}-character limit`;
    const room = limit - note.length;
    const cut = body.lastIndexOf('\n', room);
    return `${body.slice(0, cut > room / 2 ? cut : room)}${note}`;
}
/** Maps a REST pull request object. */
function toPullRef(p) {
    return {
        number: p.number,
        url: p.html_url,
        nodeId: p.node_id,
        head: p.head?.ref,
        headSha: p.head?.sha,
        base: p.base?.ref,
        title: p.title ?? '',
        body: p.body ?? '',
        draft: Boolean(p.draft),
        labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)),
        state: p.state === 'closed' ? 'closed' : 'open',
        merged: Boolean(p.merged || p.merged_at),
    };
}
/** Open pull requests in the client's repository matching every given filter (branch exact, branch prefix, label, base). */
async function findOpenPulls(gh, q) {
    const params = { owner: gh.owner, repo: gh.repo, state: 'open', per_page: 100 };
    // GitHub filters by head only as `owner:branch`; the other filters are applied here.
    if (q.branch !== undefined)
        params.head = `${gh.owner}:${q.branch}`;
    if (q.base !== undefined)
        params.base = q.base;
    const all = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls', params));
    return all
        .map(toPullRef)
        .filter((p) => p.state === 'open' &&
        (q.branch === undefined || p.head === q.branch) &&
        (q.base === undefined || p.base === q.base) &&
        (q.branchPrefix === undefined || p.head.startsWith(q.branchPrefix)) &&
        (q.label === undefined || p.labels.includes(q.label)));
}
/** One pull request by number. */
async function getPull(gh, number) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: gh.owner, repo: gh.repo, pull_number: number });
    return toPullRef(data);
}
/**
 * Calls `fn`, and again (bounded, with waits) when GitHub has not caught up
 * with an object created a moment ago: GraphQL's "Could not resolve to a
 * node", or a 404/422 saying the same over REST.
 */
async function retryFresh(gh, what, fn, attempts = 4) {
    for (let i = 1;; i++) {
        try {
            return await fn();
        }
        catch (e) {
            if (i >= attempts || !isNotYetVisible(e))
                throw e;
            gh.log?.(`${what}: GitHub does not see the new object yet; trying again (${i}/${attempts - 1})`);
            await sleepOf(gh)(1000 * i);
        }
    }
}
function isNotYetVisible(e) {
    const text = e instanceof GitHubError ? `${e.apiMessage ?? ''} ${e.message}` : String(e?.message ?? e);
    return /could not resolve to a node/i.test(text);
}
/**
 * Opens the pull request branch → base, or brings the open one up to date.
 * Idempotent: an open PR for the branch is found first; a create whose answer
 * was lost (5xx, no answer) or that GitHub answers 422 "already exists" looks
 * the PR up and verifies it instead of failing or duplicating. Labels and
 * reviewers are added only when missing.
 */
async function upsertPull(gh, p) {
    const warnings = [];
    p = { ...p, body: fitBody(p.body) };
    let pull = (await findOpenPulls(gh, { branch: p.branch, base: p.base }))[0];
    let created = false;
    if (!pull) {
        const findOpen = async () => (await findOpenPulls(gh, { branch: p.branch, base: p.base }))[0];
        ({ value: pull } = await createOrFind(gh, `pull request for ${clean(gh, p.branch)}`, async () => {
            const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/pulls', {
                owner: gh.owner,
                repo: gh.repo,
                head: p.branch,
                base: p.base,
                title: p.title,
                body: p.body,
                draft: p.draft ?? false,
            });
            return toPullRef(data);
        }, async (alreadyExists) => {
            const found = await findOpen();
            if (found || !alreadyExists)
                return found;
            // GitHub says it exists but its list lags behind its write: look once more after a moment.
            await sleepOf(gh)(1000);
            return findOpen();
        }));
        // Created, or found after a failed create: it was not there when we looked a moment ago, so it is this
        // run's create that landed (or a twin run's); either way it is verified below like every found PR.
        created = true;
    }
    let changed = false;
    if (pull.title !== p.title || normaliseBody(pull.body) !== normaliseBody(p.body)) {
        const { data } = await gh.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: pull.number,
            title: p.title,
            body: p.body,
        });
        pull = toPullRef(data);
        changed = true;
    }
    const missingLabels = (p.labels ?? []).filter((l) => !pull.labels.includes(l));
    if (missingLabels.length) {
        const number = pull.number;
        const { data } = await retryFresh(gh, `labelling #${number}`, () => gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { owner: gh.owner, repo: gh.repo, issue_number: number, labels: missingLabels }));
        pull = { ...pull, labels: data.map((l) => l.name) };
        changed = true;
    }
    if (p.reviewers?.length) {
        const asked = await requestMissingReviewers(gh, pull.number, p.reviewers, created, warnings);
        changed ||= asked;
    }
    const outcome = created ? 'created' : changed ? 'updated' : 'unchanged';
    return { pull, outcome, warnings };
}
// GitHub stores bodies with CRLF when they were edited in the browser.
const normaliseBody = (s) => s.replace(/\r\n/g, '\n').trimEnd();
/**
 * Requests reviews on a PR this run opened. On an existing PR the reviewers
 * are the humans' business: someone who already reviewed is no longer
 * "requested", and asking again would re-request their review, so only names
 * never asked (not currently requested) are added, and only while nobody from
 * the list has been asked yet (a create whose reviewer request failed).
 */
async function requestMissingReviewers(gh, number, reviewers, fresh, warnings) {
    const users = reviewers.filter((r) => !r.includes('/')).map((r) => r.replace(/^@/, ''));
    const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.replace(/^@/, '').split('/').pop());
    if (!fresh) {
        const { data: requested } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', { owner: gh.owner, repo: gh.repo, pull_number: number });
        const asked = new Set([...(requested.users ?? []).map((u) => String(u.login).toLowerCase()), ...(requested.teams ?? []).map((t) => String(t.slug).toLowerCase())]);
        if ([...users, ...teams].some((n) => asked.has(n.toLowerCase())))
            return false;
    }
    if (!users.length && !teams.length)
        return false;
    try {
        await retryFresh(gh, `requesting reviewers on #${number}`, () => gh.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: number,
            ...(users.length ? { reviewers: users } : {}),
            ...(teams.length ? { team_reviewers: teams } : {}),
        }));
        return true;
    }
    catch (e) {
        // The PR stands; a reviewer GitHub will not accept (the author, not a collaborator) is worth a warning, not a failed run.
        if (e instanceof GitHubError && e.status === 422) {
            warnings.push(`could not request reviews from ${[...users, ...teams].join(', ')} on #${number}: ${e.apiMessage ?? e.message}`);
            return false;
        }
        throw e;
    }
}
/** Closes a pull request, first leaving `comment` on it (once, even across reruns). */
async function closePull(gh, number, comment) {
    if (comment !== undefined)
        await commentOnce(gh, number, comment, 'closed');
    await gh.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { owner: gh.owner, repo: gh.repo, pull_number: number, state: 'closed' });
}
/** The invisible line that identifies lockstep's comment of one kind. */
function commentMarker(marker) {
    if (!/^[A-Za-z0-9._:/-]+$/.test(marker))
        throw new GitHubError(`comment marker '${marker}' may hold only letters, digits and . _ : / -`);
    return `<!-- lockstep:${marker} -->`;
}
async function findMarkedComment(gh, number, tag) {
    // Each comment passed the client's reply check: its id is a JSON integer (the schema allows a bigint for int64 ids).
    const comments = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: gh.owner, repo: gh.repo, issue_number: number, per_page: 100 }));
    const mine = comments.filter((c) => typeof c.body === 'string' && c.body.includes(tag));
    const last = mine[mine.length - 1];
    return last ? { id: last.id, body: last.body } : undefined;
}
/**
 * Leaves one comment of kind `marker` on issue/PR `number`: created the first
 * time, edited when the text changed, left alone otherwise — reruns and
 * retried creates never duplicate it.
 */
async function commentOnce(gh, number, body, marker) {
    const tag = commentMarker(marker);
    const full = `${fitBody(body.trimEnd(), MAX_BODY - tag.length - 2)}\n\n${tag}`;
    const existing = await findMarkedComment(gh, number, tag);
    if (existing) {
        if (normaliseBody(existing.body) === normaliseBody(full))
            return 'unchanged';
        await gh.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: gh.owner, repo: gh.repo, comment_id: existing.id, body: full });
        return 'updated';
    }
    // Comments have no natural key GitHub could reject a duplicate by, so a blind
    // retry of the POST could post twice: after a 5xx or lost answer the marker
    // is looked up first, and the POST repeated (bounded) only when it is absent.
    for (let attempt = 1;; attempt++) {
        try {
            await retryFresh(gh, `commenting on #${number}`, () => gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: gh.owner,
                repo: gh.repo,
                issue_number: number,
                body: full,
                request: { retries: 0 },
            }));
            return 'created';
        }
        catch (e) {
            if (!mayHaveLanded(e))
                throw e;
            if (await findMarkedComment(gh, number, tag))
                return 'created';
            if (attempt >= COMMENT_ATTEMPTS)
                throw e;
            await sleepOf(gh)(1000 * attempt ** 2);
        }
    }
}
const COMMENT_ATTEMPTS = 3;
/** Pull requests associated with a commit (GET /repos/{o}/{r}/commits/{sha}/pulls), merged ones included. */
async function pullsForCommit(gh, sha) {
    const all = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner: gh.owner, repo: gh.repo, commit_sha: sha, per_page: 100 }));
    return all.map(toPullRef);
}
/** Deletes refs/heads/<branch>; a branch that is already gone (404/422) is fine. */
async function deleteBranch(gh, branch) {
    try {
        await gh.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner: gh.owner, repo: gh.repo, ref: `heads/${branch}` });
    }
    catch (e) {
        if (e instanceof GitHubError && (e.status === 404 || e.status === 422))
            return;
        throw e;
    }
}
const AUTO_MERGE = (/* unused pure expression or super */ null && (`mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { enabledAt mergeMethod } }
  }
}`));
/**
 * Turns on auto-merge (GraphQL enablePullRequestAutoMerge). A repository that
 * does not allow it, a PR already mergeable ("clean status") and similar
 * refusals come back as enabled:false with GitHub's reason; "Could not
 * resolve to a node" right after the PR was created is retried, bounded.
 */
async function enableAutoMerge(gh, pull, method = 'MERGE') {
    let reason = '';
    for (let i = 1; i <= AUTO_MERGE_ATTEMPTS; i++) {
        let messages;
        try {
            const r = await graphql(gh, AUTO_MERGE, { pullRequestId: pull.nodeId, mergeMethod: method });
            if (!r.errors?.length)
                return { enabled: true };
            messages = r.errors.map((e) => e.message);
        }
        catch (e) {
            // GitHub (and the double) may also answer the lag with HTTP 422; anything else is a real failure.
            if (!isNotYetVisible(e))
                throw e;
            messages = [e.apiMessage ?? e.message];
        }
        reason = clean(gh, messages.join('; '));
        if (!messages.some((m) => /could not resolve to a node/i.test(m)) || i === AUTO_MERGE_ATTEMPTS)
            break;
        gh.log?.(`auto-merge for #${pull.number}: GitHub does not see the new pull request yet; trying again (${i}/${AUTO_MERGE_ATTEMPTS - 1})`);
        await sleepOf(gh)(1000 * i);
    }
    return { enabled: false, reason };
}
const AUTO_MERGE_ATTEMPTS = 4;

;// CONCATENATED MODULE: ./packages/core/src/github/releases.ts


/** GitHub refuses release bodies longer than this. */
const MAX_RELEASE_BODY = 125_000;
/** Maps a REST release object. */
function toReleaseRef(r) {
    return { id: r.id, tag: r.tag_name, url: r.html_url, name: r.name ?? '', body: r.body ?? '', prerelease: Boolean(r.prerelease), draft: Boolean(r.draft) };
}
/** The published release for `tag`, or undefined (404). */
async function getReleaseByTag(gh, tag) {
    return orNotFound(async () => toReleaseRef((await gh.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: gh.owner, repo: gh.repo, tag })).data));
}
/**
 * Creates the release for `tag` unless one exists ('existing'). A create whose
 * answer was lost (5xx, no answer) or answered 422 "already exists" looks the
 * release up by tag and returns it rather than failing or duplicating.
 */
async function createRelease(gh, r) {
    const existing = await getReleaseByTag(gh, r.tag);
    if (existing)
        return { release: existing, outcome: 'existing' };
    const { value: release } = await createOrFind(gh, `release ${r.tag}`, async () => {
        const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/releases', {
            owner: gh.owner,
            repo: gh.repo,
            tag_name: r.tag,
            name: r.name,
            body: fitBody(r.body, MAX_RELEASE_BODY),
            prerelease: r.prerelease,
            draft: false,
            ...(r.target ? { target_commitish: r.target } : {}),
        });
        return toReleaseRef(data);
    }, () => getReleaseByTag(gh, r.tag));
    // Found or created, it was not there a moment ago: the create that landed was this run's (or a twin run's with the same notes).
    return { release, outcome: 'created' };
}

;// CONCATENATED MODULE: ./packages/core/src/release/bind.ts








const REMOTE = 'origin';
/** origin's URL; undefined when the repository has none (a dry run needs none: only pushing and the API do). */
function remoteUrl(cwd) {
    const r = (0,external_node_child_process_.spawnSync)('git', [...objects/* GIT_NO_HOOKS */.YH, 'remote', 'get-url', '--', REMOTE], { cwd, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/**
 * The outside world of a real run: git with the token given through the
 * environment (never argv, URL or .git/config), and, outside a dry run, the
 * GitHub client and the git publishing calls bound to `origin`. A fork or
 * Dependabot pull request (read-only token) is refused up front unless dry run.
 */
function releaseDeps(s, token, env, out) {
    const { log } = out;
    const url = remoteUrl(s.root);
    const git = token && url ? authedGit(s.root, url, token, env) : (0,objects/* gitSpawner */.dm)(s.root, env);
    if (s.dryRun)
        return { git, log, env };
    if (url === undefined)
        throw new errors/* UserError */.yo(`the repository has no '${REMOTE}' remote to push the release to`, {
            hint: 'check out the repository with actions/checkout before this step',
            cliHint: `add one with git remote add ${REMOTE} <url>, or leave out --push for a dry run`,
        });
    const reason = readOnlyTokenReason(readRunContext(env));
    if (reason)
        throw new errors/* UserError */.yo(reason, { hint: 'run prepare-release with dry-run: true on pull requests (the default there)' });
    if (!s.repository)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set', {
            hint: 'run inside GitHub Actions, or set it to owner/name',
            cliHint: 'export GITHUB_REPOSITORY=owner/name (origin is not a GitHub URL it can be read from)',
        });
    // Each retry of an unanswered request is said in the log, not only in the debug log: the wait is visible.
    const gh = createGitHub({ token: token, repository: s.repository, env, log: out.debug, notice: (l) => log.info(l) });
    // A refused token (missing permission, repository setting) or an unreachable API (GITHUB_API_URL, proxy)
    // is the user's to fix: one line, no stack.
    const user = (p) => p.catch((e) => {
        if (e instanceof GitHubError && (e.status === 401 || e.status === 403 || (e.status === undefined && e.code !== 'budget')))
            throw new errors/* UserError */.yo(e.message);
        throw e;
    });
    const api = {
        findOpenPulls: (q) => user(findOpenPulls(gh, q)),
        upsertPull: (p) => user(upsertPull(gh, p)),
        closePull: (n, c) => user(closePull(gh, n, c)),
        commentOnce: (n, b, m) => user(commentOnce(gh, n, b, m)),
        pullsForCommit: (sha) => user(pullsForCommit(gh, sha)),
        deleteBranch: (b) => user(deleteBranch(gh, b)),
        getReleaseByTag: (t) => user(getReleaseByTag(gh, t)),
        createRelease: (r) => user(createRelease(gh, r)),
    };
    const publish = {
        commitFiles: (c) => commitFiles(git, c),
        fetchBranch: (b) => fetchBranch(git, REMOTE, b),
        pushBranch: (b, sha, expected) => pushBranch(git, REMOTE, b, sha, expected),
        pushTag: (t, target, message, tagger) => pushTag(git, REMOTE, t, target, message, tagger),
        commitsAfterGenerated: (base, tip, trailer) => commitsAfterGenerated(git, base, tip, trailer),
        replayCommits: (onto, commits) => replayCommits(git, onto, commits),
    };
    return { git, api, publish, log, env };
}


/***/ })

};

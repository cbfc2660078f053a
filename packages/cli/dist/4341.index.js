export const id = 4341;
export const ids = [4341,3081,1684,6744];
export const modules = {

/***/ 16744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

// Light on purpose: chart-bump-check reads its config at the base commit and loads the config
// loader (and its schema validator) only when there is a file; this module serves both lookups.
/** `.yml` for `.yaml` and back (undefined for any other name): the file a user most likely meant when theirs is missing. */
function otherConfigExtension(rel) {
    if (/\.yml$/i.test(rel))
        return rel.replace(/\.yml$/i, '.yaml');
    if (/\.yaml$/i.test(rel))
        return rel.replace(/\.yaml$/i, '.yml');
    return undefined;
}
/** A missing config file whose other-extension sibling exists (`where`: ' at the base commit', or nothing). */
function siblingConfigError(rel, sibling, where = '') {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`config file ${rel} does not exist${where}`, {
        hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
        cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
    });
}


/***/ }),

/***/ 40001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ ObjectTooLarge),
/* harmony export */   n: () => (/* binding */ ObjectReader)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);


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
 * One `git cat-file --batch` process and the requests sent to it, answered in
 * order. Once finished it takes no more requests, answers those it was sent
 * and exits; what it never answered (it died, or was aborted) is rejected.
 */
class CatFileProcess {
    child;
    queue = [];
    /** Requests not yet written: those made in one tick go to git in one write. */
    outbox = '';
    buf = Buffer.alloc(0);
    /**
     * The object in front when it is incomplete: its header, bytes and newline
     * gathered in one buffer of their size, announced by the header, as chunks
     * come in (`filled` bytes so far). A 3.5 MB CHANGELOG.md comes as ~55
     * chunks of 64 KiB: each is copied once into its place, and the object is
     * handed on as a view of that buffer. Joining the chunks and then copying
     * the object out of the join held three copies at once (~10 MB outside the
     * heap for one file); joining on every chunk copied ~100 MB.
     */
    fill;
    filled = 0;
    /** Bytes of a refused object (and its newline) still to be dropped from git's output. */
    skip = 0;
    /** Set once it takes no more requests (finished, exited or aborted). */
    done = false;
    constructor(cwd, env) {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_NO_HOOKS */ .YH, 'cat-file', '--batch'], {
            cwd,
            env: { ...env, ..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_ENV */ .NV },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdout.on('data', (d) => this.take(d));
        child.on('error', (e) => this.abort(new Error(`git cat-file ${e.message}: ${stderr.trim()}`)));
        child.on('close', (code) => this.abort(new Error(`git cat-file exited (${code}): ${stderr.trim()}`)));
        child.stdin.on('error', () => { });
        this.child = child;
    }
    read(spec, maxBytes) {
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject, maxBytes });
            // One write per tick instead of one per request: each write wakes git, and on a busy
            // machine every wake-up can cost this thread its turn on the CPU.
            if (this.outbox === '')
                process.nextTick(() => this.flush());
            this.outbox += `${spec}\n`;
        });
    }
    /** Takes no more requests: those sent are answered, then git exits. */
    finish() {
        if (this.done)
            return;
        this.flush();
        this.done = true;
        this.child.stdin.end();
    }
    /** Stops at once: every request not yet answered is rejected with `why`. */
    abort(why) {
        this.done = true;
        this.outbox = '';
        for (const p of this.queue.splice(0))
            p.reject(why);
        this.child.stdin.destroy();
        this.child.stdout.destroy();
    }
    /** How many requests wait for their answer. */
    get waiting() {
        return this.queue.length;
    }
    flush() {
        const text = this.outbox;
        this.outbox = '';
        if (text !== '' && !this.done)
            this.child.stdin.write(text);
    }
    /** A chunk of git's output: into the incomplete object's buffer while one is being gathered, else read. */
    take(d) {
        const fill = this.fill;
        if (!fill) {
            this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
            this.drain();
            return;
        }
        const n = Math.min(d.length, fill.length - this.filled);
        d.copy(fill, this.filled, 0, n);
        this.filled += n;
        if (this.filled < fill.length)
            return;
        this.fill = undefined;
        this.filled = 0;
        // The object is whole: read from its buffer, then whatever came after it in the chunk.
        this.buf = fill;
        this.drain();
        if (n < d.length)
            this.take(d.subarray(n));
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
            if (this.buf.length < nl + 1 + size + 1) {
                // Gathered in a buffer of its own size as the rest comes (take), starting with what is here.
                this.fill = Buffer.allocUnsafe(nl + 1 + size + 1);
                this.filled = this.buf.copy(this.fill);
                this.buf = Buffer.alloc(0);
                return;
            }
            // An object that is most of the buffer (one gathered by take) is handed on as a view of it; a small one
            // is copied out, so that it does not keep a chunk of other objects' bytes alive.
            const view = this.buf.subarray(nl + 1, nl + 1 + size);
            const data = size * 2 >= this.buf.length ? view : Buffer.from(view);
            this.buf = this.buf.subarray(nl + 1 + size + 1);
            this.queue.shift().resolve({ oid: m[1], type: m[2], data });
        }
    }
}
/**
 * Reads objects through one persistent `git cat-file --batch` process: each
 * request is a line (`<oid>`, `<rev>:<path>`, `<ref>^{commit}`), answered in
 * order. One process serves every read of a run, so reading a thousand blobs
 * costs no more spawns than reading one. close() (after a fetch added objects
 * and refs) sends later reads to a fresh process while the old one answers
 * what it was already asked: one part of a run may fetch while another reads.
 */
class ObjectReader {
    current;
    /** Processes still answering (the current one, and closed ones with reads in flight). */
    live = new Set();
    disposed = false;
    cwd;
    env;
    constructor(cwd, env = process.env) {
        this.cwd = cwd;
        this.env = env;
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
        let p = this.current;
        if (!p || p.done) {
            const fresh = new CatFileProcess(this.cwd, this.env);
            this.live.add(fresh);
            this.current = p = fresh;
        }
        const answer = p.read(spec, maxBytes);
        const proc = p;
        const settle = () => {
            if (proc.done && proc.waiting === 0)
                this.live.delete(proc);
        };
        answer.then(settle, settle);
        return answer;
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
     * Later reads start a fresh process (one that sees what a fetch added since);
     * the reads already made are answered by the process they were sent to,
     * which then exits.
     */
    close() {
        const p = this.current;
        this.current = undefined;
        if (!p)
            return;
        p.finish();
        if (p.waiting === 0)
            this.live.delete(p);
    }
    /**
     * Stops for good: work still under way in the background (a comparison
     * after the action already failed) gets an error for each read in flight
     * and for each later one, instead of a cat-file that would keep Node alive.
     */
    dispose() {
        this.disposed = true;
        this.current = undefined;
        for (const p of this.live) {
            const n = p.waiting;
            p.abort(new Error(`git cat-file: the object reader was disposed with ${n} read${n === 1 ? '' : 's'} in flight`));
        }
        this.live.clear();
    }
}


/***/ }),

/***/ 15290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ descendantsOf),
/* harmony export */   s: () => (/* binding */ laterDryCommits)
/* harmony export */ });
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53852);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58162);
// Which DRY commit comes after which: the question hydrate-env asks before writing a proposed branch (a run
// for an older DRY commit never rolls a newer render back, issue 73 item 2) and before noting a hydrated commit
// (a note only moves forward). A DRY commit the clone lacks (a shallow checkout holds HEAD alone) is fetched
// from origin first; with it, HEAD's history between the two arrives too, since the clone has HEAD.



/**
 * Which of `candidates` are strictly newer DRY commits than `dry` (have it as a proper ancestor); the ones this
 * clone lacks fetched from origin first. One that neither holds is not newer.
 */
async function laterDryCommits(git, dry, candidates) {
    const wanted = [...new Set(candidates)].filter((c) => c !== dry && (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitId */ .jh)(c));
    if (wanted.length === 0)
        return new Set();
    const held = await git(['rev-list', '--no-walk', '--ignore-missing', ...wanted]);
    const present = new Set(held.code === 0 ? held.stdout.toString('utf8').split('\n').filter(Boolean) : []);
    const missing = wanted.filter((c) => !present.has(c));
    // A commit origin does not have either stays missing, and rev-list below counts it as not newer.
    if (missing.length > 0)
        await (0,_commits_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchRefs */ .BA)(git, 'origin', missing);
    return descendantsOf(git, dry, new Set(wanted));
}
/**
 * Which of `candidates` have `dry` as a proper ancestor, in one `git rev-list` of the commits they reach and `dry`
 * does not: a path from a candidate down to `dry` runs through such commits only (each is a descendant of `dry`,
 * so none is its ancestor), so a candidate is later when, inside them, it reaches a commit whose parent is `dry`.
 * Candidates this clone does not hold are not later (`--ignore-missing`), as `merge-base --is-ancestor` said.
 */
async function descendantsOf(git, dry, candidates) {
    const later = new Set();
    if (candidates.size === 0)
        return later;
    const r = await git(['rev-list', '--parents', '--ignore-missing', ...candidates, `^${dry}`]);
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`reading the ancestry of DRY commit ${dry.slice(0, 12)} failed: ${r.stderr.trim().split('\n')[0]}`);
    const parents = new Map();
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [c, ...ps] = line.split(' ');
        if (c)
            parents.set(c, ps);
    }
    const reaches = new Map();
    const walk = (start) => {
        const stack = [start];
        const seen = new Set();
        while (stack.length > 0) {
            const c = stack.pop();
            if (seen.has(c) || !parents.has(c))
                continue;
            seen.add(c);
            if (reaches.get(c) || parents.get(c).includes(dry))
                return true;
            stack.push(...parents.get(c));
        }
        return false;
    };
    for (const c of candidates) {
        reaches.set(c, walk(c));
        if (reaches.get(c))
            later.add(c);
    }
    return later;
}


/***/ }),

/***/ 38397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   DH: () => (/* binding */ dryShaAt),
/* harmony export */   FZ: () => (/* binding */ dryCommit),
/* harmony export */   bL: () => (/* binding */ writeHydratedTree),
/* harmony export */   dc: () => (/* binding */ commitHydratedTree),
/* harmony export */   h$: () => (/* binding */ proposedBranch),
/* harmony export */   hu: () => (/* binding */ dryShaOf),
/* harmony export */   w1: () => (/* binding */ metadataPaths),
/* harmony export */   xb: () => (/* binding */ blobsUnder)
/* harmony export */ });
/* unused harmony export METADATA_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53852);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24673);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57850);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63164);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90669);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58162);
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87245);
// The git side of `lockstep hydrate` (operations/hydrate/): what it reads of the DRY commit, and the one
// commit per hydrated branch, made with plumbing only (hash-object, a temporary index, write-tree,
// commit-tree): no checkout, no work tree, the real index and HEAD untouched. Each command line is
// spelled here, as every git command line is (eslint.config.js).










/** `ref`'s commit with its author, dates, subject and body; undefined when `ref` names no commit. */
async function dryCommit(git, ref) {
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_7__/* .gitTry */ .W_)(git, [
        'show',
        '-s',
        '--format=%H%x00%an <%ae>%x00%aI%x00%ct %cI%x00%s%x00%b',
        '--end-of-options',
        `${ref}^{commit}`,
    ]);
    if (out === undefined)
        return undefined;
    const [sha, author, date, committed, subject, ...body] = out.split('\0');
    const [seconds, iso] = committed.split(' ');
    const offset = /([+-]\d\d):?(\d\d)$/.exec(iso);
    return {
        sha,
        author,
        date,
        committed: `${seconds} ${offset ? `${offset[1]}${offset[2]}` : '+0000'}`,
        subject,
        body: body.join('\0').replace(/\n+$/, ''),
    };
}
/** The file GitOps Promoter reads the DRY commit from. */
const METADATA_FILE = 'hydrator.metadata';
/** The drySha a hydrator.metadata's text (or a hydrator note's) names: a full commit id, else undefined (not JSON, no such key). */
function dryShaOf(text) {
    if (text === undefined)
        return undefined;
    try {
        const sha = JSON.parse(text).drySha;
        return typeof sha === 'string' && (0,_refs_js__WEBPACK_IMPORTED_MODULE_8__/* .isCommitId */ .jh)(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The branch written: Argo CD's hydrateTo branch when given, else GitOps Promoter's `-next` convention for the
 * active branch (`/<activePath>` in shared-active-branch mode).
 */
function proposedBranch(h) {
    if (h['hydrate-to'])
        return h['hydrate-to'];
    return h.path ? `${h.branch}-next/${h.path}` : `${h.branch}-next`;
}
/**
 * Where hydrator.metadata goes: at the root, or under the path; in Argo CD's layout (hydrate-to with a path)
 * at both, with the same content, as Argo CD's Source Hydrator writes it.
 */
function metadataPaths(h) {
    if (!h.path)
        return [METADATA_FILE];
    const own = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(h.path, METADATA_FILE);
    return h['hydrate-to'] ? [METADATA_FILE, own] : [own];
}
/** The drySha `commit`'s `path` (its hydrator.metadata) names, read from the clone; undefined when unreadable. */
async function dryShaAt(git, commit, path) {
    return dryShaOf(await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_7__/* .gitTry */ .W_)(git, ['cat-file', 'blob', '--end-of-options', `${commit}:${path}`]));
}
/**
 * The blobs of `files` written, then the tree of `parent` (none: an empty
 * tree) with everything under `scope` (undefined: the whole tree) replaced by
 * `files`, in one temporary index and one write-tree. Paths outside the scope
 * keep their mode and blob: another app's folder stays byte for byte. With
 * `write` false (a dry run) only the blob ids are computed: nothing is
 * written to the object database.
 */
async function writeHydratedTree(git, parent, scope, files, write = true) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'lockstep-hydrate-'));
    try {
        const paths = await Promise.all(files.map(async (f, i) => {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, `blob-${i}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(p, f.content);
            return p;
        }));
        // --no-filters: the planned bytes as they are (no clean filter, no line-ending conversion).
        const hash = write ? ['hash-object', '-w', '--no-filters', '--stdin-paths'] : ['hash-object', '--no-filters', '--stdin-paths'];
        const ids = files.length > 0 ? (await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, hash, { input: `${paths.join('\n')}\n` })).split('\n') : [];
        if (ids.length !== files.length)
            throw new Error('git hash-object returned an unexpected number of ids');
        const blobs = new Map(files.map((f, i) => [f.path, ids[i]]));
        if (!write)
            return { blobs };
        // A planned file outside the scope (Argo CD's root hydrator.metadata) replaces the parent's.
        const kept = parent
            ? [...(await (0,_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .listTree */ .nT)(git, parent))].filter(([path]) => scope !== undefined && !under(path, scope) && !blobs.has(path))
            : [];
        const info = [
            ...kept.map(([path, e]) => `${e.mode} ${e.oid}\t${path}\0`),
            ...files.map((f) => `100644 ${blobs.get(f.path)}\t${f.path}\0`),
        ].join('');
        const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'index') };
        if (info)
            await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['update-index', '--add', '-z', '--index-info'], { env, input: info });
        const tree = await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['write-tree'], { env });
        return { tree, blobs };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
    }
}
/** Each file of `commit` under `scope` (undefined: all) with its blob id. */
async function blobsUnder(git, commit, scope) {
    const out = new Map();
    for (const [path, e] of await (0,_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .listTree */ .nT)(git, commit))
        if (scope === undefined || under(path, scope))
            out.set(path, e.oid);
    return out;
}
function under(path, scope) {
    return path.startsWith(`${scope}/`);
}
/**
 * The commit of `tree` on `parent` (none: a root commit), authored and
 * committed by `who` at `date` (`<unix> <offset>`): the same tree, parent,
 * message and date give the same commit id, whoever makes it (signed with
 * the Repo's key, when it has one: git/signing.ts).
 */
async function commitHydratedTree(git, c) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    const env = {
        GIT_AUTHOR_NAME: c.who.name,
        GIT_AUTHOR_EMAIL: c.who.email,
        GIT_COMMITTER_NAME: c.who.name,
        GIT_COMMITTER_EMAIL: c.who.email,
        GIT_AUTHOR_DATE: c.date,
        GIT_COMMITTER_DATE: c.date,
    };
    const parents = c.parent ? ['-p', c.parent] : [];
    const sign = (0,_signing_js__WEBPACK_IMPORTED_MODULE_9__/* .commitSigning */ .$o)(git);
    return (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, [...sign.config, 'commit-tree', sign.flag, ...parents, '--end-of-options', c.tree], {
        env,
        input: c.message.endsWith('\n') ? c.message : `${c.message}\n`,
    });
}
/**
 * The commit `ref` names (a commit id, a branch, `origin/<branch>`), resolved
 * locally; a full commit id the clone lacks is fetched from origin first (a
 * checkout of the DRY branch may not hold the hydrated branch's commits, nor
 * a hydrated commit the DRY commit it names). Undefined when neither has it.
 */
async function commitOf(git, ref) {
    const resolve = () => (0,_spawn_js__WEBPACK_IMPORTED_MODULE_7__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const found = await resolve();
    if (found !== undefined || !(0,_refs_js__WEBPACK_IMPORTED_MODULE_8__/* .isCommitId */ .jh)(ref))
        return found;
    await (0,_commits_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchRefs */ .BA)(git, 'origin', [ref]);
    return resolve();
}


/***/ }),

/***/ 14361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K$: () => (/* binding */ notedDrySha),
/* harmony export */   Qu: () => (/* binding */ HYDRATOR_NOTES),
/* harmony export */   lH: () => (/* binding */ fetchHydratorNotes),
/* harmony export */   m0: () => (/* binding */ noteDrySha)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24673);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5825);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63164);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90669);
/* harmony import */ var _hydrated_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38397);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58162);
/* harmony import */ var _dry_order_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15290);
// The git-notes variant of GitOps Promoter's hydrator contract (the one Argo CD's Source Hydrator writes since
// 3.3): a DRY commit whose render of an environment changes nothing makes no hydrated commit; instead the
// hydrated commit the proposed branch already holds gets a note in refs/notes/hydrator.metadata whose JSON names
// that newer drySha. So "the manifests of this hydrated commit are the render of DRY commit N as well" is said
// without a commit, and a promotion that asks whether an environment runs DRY commit N can tell (promote/
// hydrated.ts). The note only moves forward: a note already naming N, or a DRY commit after N, is left as it is,
// and the notes commit is built from fixed identity and date, so two runs noting the same DRY commit on the same
// notes tip make the same commit and push it once; a push that lost to another reads the notes again.








/** The notes ref of the contract's git-notes variant. */
const HYDRATOR_NOTES = 'refs/notes/hydrator.metadata';
/** Rounds of read, note and push before a notes ref that keeps moving is given up on. */
const ATTEMPTS = 5;
/** origin's notes fetched into the local notes ref; its commit, or undefined when origin has none (the local ref then removed). */
async function fetchHydratorNotes(git) {
    const r = await git([
        ..._spawn_js__WEBPACK_IMPORTED_MODULE_4__/* .GIT_FETCH */ .SG,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--',
        'origin',
        `+${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`,
    ]);
    if (r.code !== 0) {
        if (!/couldn't find remote ref/i.test(r.stderr))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`fetching ${HYDRATOR_NOTES} from origin failed: ${r.stderr.trim().split('\n')[0]}`);
        await git(['update-ref', '-d', HYDRATOR_NOTES]);
        return undefined;
    }
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_4__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', `${HYDRATOR_NOTES}^{commit}`]);
}
/** The drySha the local notes ref's note on `commit` names (a full SHA), else undefined (no note, not JSON, no such key). */
async function notedDrySha(git, commit) {
    const text = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_4__/* .gitTry */ .W_)(git, ['notes', `--ref=${HYDRATOR_NOTES}`, 'show', '--end-of-options', commit]);
    return (0,_hydrated_js__WEBPACK_IMPORTED_MODULE_5__/* .dryShaOf */ .hu)(text);
}
/**
 * Notes on the hydrated commits `commits` saying their manifests are the render of DRY commit `dry` too, built in
 * one `git fast-import` (a notes commit per commit noted, as `git notes add` makes them) and pushed to origin with a
 * lease on the notes tip read; the commits noted (those whose note named neither `dry` nor a later DRY commit).
 * `date` (the DRY commit's) and `who` make the notes commits the same for every run noting the same DRY commit on
 * the same notes tip. A round costs the same few git processes however many commits are noted: the notes read in
 * one `git log`, the ancestry of the DRY commits they name in one `git rev-list`, the notes written in one
 * fast-import (300 environments noted one by one started ~900 processes).
 */
async function noteDrySha(git, commits, dry, who, date) {
    for (const c of [...commits, dry])
        if (!(0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isCommitId */ .jh)(c))
            throw new Error(`noteDrySha: ${JSON.stringify(c)} is not a commit id`);
    if (commits.length === 0)
        return [];
    const stamp = `${who.name} <${who.email}> ${rawDate(date)}`;
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .asRepo */ .lU)(git).local();
    const unique = [...new Set(commits)];
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const base = await fetchHydratorNotes(git);
        const noted = base ? await notedDryShas(git, unique) : new Map();
        const later = await (0,_dry_order_js__WEBPACK_IMPORTED_MODULE_7__/* .descendantsOf */ .g)(git, dry, new Set([...noted.values()].filter((n) => n !== dry)));
        // Never backwards: a note naming this DRY commit or one after it (a concurrent run for a newer commit) stays.
        const due = unique.filter((c) => {
            const n = noted.get(c);
            return n === undefined || (n !== dry && !later.has(n));
        });
        if (due.length === 0)
            return [];
        await (0,_local_js__WEBPACK_IMPORTED_MODULE_1__/* .localText */ .l)(local, ['fast-import', '--quiet', '--done'], { input: notesStream(due, dry, stamp, base) });
        const r = await git([
            'push',
            '--porcelain',
            '--no-verify',
            `--force-with-lease=${HYDRATOR_NOTES}:${base ?? ''}`,
            '--',
            'origin',
            `${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`,
        ]);
        const line = (0,_publish_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePushPorcelain */ .xQ)(r.stdout.toString('utf8')).find((l) => l.to === HYDRATOR_NOTES);
        if (line && line.flag !== '!')
            return line.flag === '=' ? [] : due;
        // The lease lost to a push landing meanwhile (another run's notes): read the notes again and note on them.
        if (line && /stale info|fetch first|non-fast-forward|failed to update ref|cannot lock ref|failed to lock/.test(line.summary))
            continue;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`origin refused the push of ${HYDRATOR_NOTES}: ${line?.summary ?? r.stderr.trim().split('\n')[0]}`, {
            hint: `let the token push ${HYDRATOR_NOTES} (contents: write)`,
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${HYDRATOR_NOTES} kept moving while DRY commit ${dry.slice(0, 12)} was noted (${ATTEMPTS} attempts)`, {
        hint: 'run again: each attempt reads the notes anew',
    });
}
/** The drySha each of `commits` has a note naming (as notedDrySha reads it), in one `git log` over them all. */
async function notedDryShas(git, commits) {
    const r = await git([
        'log',
        '-z',
        '--no-walk=unsorted',
        '--no-notes',
        `--notes=${HYDRATOR_NOTES}`,
        '--format=%H %N',
        '--end-of-options',
        ...commits,
    ]);
    const records = r.stdout.toString('utf8').split('\0');
    if (records.at(-1) === '')
        records.pop();
    // Each record is `<commit> <note>`, in the order asked; a note holding a NUL breaks that order, and then each
    // commit's note is read on its own rather than trusting records a note's bytes may have forged.
    if (r.code !== 0 || records.length !== commits.length || records.some((rec, k) => !rec.startsWith(`${commits[k]} `))) {
        const one = await Promise.all(commits.map((c) => notedDrySha(git, c)));
        return new Map(commits.flatMap((c, k) => (one[k] ? [[c, one[k]]] : [])));
    }
    const noted = new Map();
    records.forEach((rec, k) => {
        const sha = (0,_hydrated_js__WEBPACK_IMPORTED_MODULE_5__/* .dryShaOf */ .hu)(rec.slice(commits[k].length + 1));
        if (sha)
            noted.set(commits[k], sha);
    });
    return noted;
}
/** The fast-import stream of one notes commit per commit in `due`, on `base` (or a first notes commit). */
function notesStream(due, dry, stamp, base) {
    const note = `${JSON.stringify({ drySha: dry })}\n`;
    const message = "Notes added by 'git notes add'\n";
    let out = base ? '' : `reset ${HYDRATOR_NOTES}\n\n`;
    due.forEach((commit, k) => {
        out += `commit ${HYDRATOR_NOTES}\nauthor ${stamp}\ncommitter ${stamp}\ndata ${Buffer.byteLength(message)}\n${message}`;
        if (k === 0 && base)
            out += `from ${base}\n`;
        out += `N inline ${commit}\ndata ${Buffer.byteLength(note)}\n${note}\n`;
    });
    return `${out}done\n`;
}
/** `date` in git's raw form, `<seconds> <+hhmm>`: given so (as the DRY commit's `%ad`-raw reading is), or ISO 8601 with its offset kept. */
function rawDate(date) {
    if (/^\d{1,12} [+-]\d{4}$/.test(date))
        return date;
    const ms = Date.parse(date);
    const m = /(Z|([+-])(\d\d):?(\d\d))$/.exec(date);
    if (Number.isNaN(ms) || !m)
        throw new Error(`noteDrySha: ${JSON.stringify(date)} is not a git date (raw or ISO 8601 with an offset)`);
    return `${Math.floor(ms / 1000)} ${m[1] === 'Z' ? '+0000' : `${m[2]}${m[3]}${m[4]}`}`;
}


/***/ }),

/***/ 87034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ identityInput),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY)
/* harmony export */ });
/* unused harmony export parseIdentity */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            input: input,
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `e.g. ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)(input, "'release-bot <release-bot@example.com>'")}`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
}


/***/ }),

/***/ 48982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ localDefaultBranch),
/* harmony export */   $R: () => (/* binding */ initBareWithOrigin),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   Kx: () => (/* binding */ lastTagOn),
/* harmony export */   M4: () => (/* binding */ topLevel),
/* harmony export */   MY: () => (/* binding */ pathPrefixOrTop),
/* harmony export */   OZ: () => (/* binding */ remoteHeadRef),
/* harmony export */   Y2: () => (/* binding */ headProblem),
/* harmony export */   YA: () => (/* binding */ pathPrefix),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   ij: () => (/* binding */ shortHeadCommit),
/* harmony export */   k2: () => (/* binding */ headFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63164);



// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
async function hasRemote(git, remote = 'origin') {
    return (await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).remoteUrl(remote, true)) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const head = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).remoteHead(remote, true);
    return head && BRANCH.test(head) ? head : undefined;
}
/** The last tag reachable from `commit` (`git describe --tags`), or '' when there is none. */
async function lastTagOn(git, commit) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['describe', '--tags', '--abbrev=0', commit])) ?? '';
}
/**
 * HEAD's commit, whether the clone is shallow and where the working directory
 * is in the repository, from one git start instead of three (each start
 * blocks the run for a few ms, before the walk of the commits can begin).
 */
async function headFacts(git) {
    const r = await git(['rev-parse', '--is-shallow-repository', '--show-prefix', '--verify', '--quiet', 'HEAD^{commit}']);
    // Printed in the order asked: true or false, the prefix (an empty line at the top; a folder name may hold a
    // newline), then HEAD's commit when it names one (exit 0).
    const text = r.stdout.toString('utf8');
    const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
    const sha = r.code === 0 && lines.length >= 3 ? lines.pop() : undefined;
    const shallow = lines.shift() === 'true';
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).noteShallow(shallow);
    return { head: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined, shallow, prefix: lines.join('\n') };
}
/** HEAD's commit, or undefined when HEAD names none (headProblem says why). */
async function headCommit(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
}
/**
 * Why HEAD names no commit, as a user error saying what is wrong with the
 * repository (no commit yet, an unborn branch, a bare repository); undefined
 * when HEAD is a commit. `consequence` starts the hint (e.g. "nothing to release").
 */
async function headProblem(git, consequence) {
    if (await headCommit(git))
        return undefined;
    const then = (fix) => (consequence ? `${consequence}: ${fix}` : fix);
    if ((await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-list', '--max-count=1', '--all'])))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}
/** The branch `refs/remotes/<remote>/HEAD` names (as git stores it, unchecked), or undefined when it is not set. */
async function remoteHeadRef(git, remote = 'origin') {
    const sym = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    return sym?.replace(`refs/remotes/${remote}/`, '');
}
/** The top folder of the repository `git` runs in, or undefined outside one. */
function topLevel(git) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--show-toplevel']);
}
/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
async function pathPrefix(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitText */ .q_)(git, ['rev-parse', '--show-prefix'])).trim();
}
/** pathPrefix, or '' when git cannot tell. */
async function pathPrefixOrTop(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--show-prefix'])) ?? '';
}
/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
function shortHeadCommit(git) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
}
/** Makes the empty folder `git` runs in a bare repository whose origin is `url`. */
async function initBareWithOrigin(git, url) {
    for (const args of [
        ['init', '--quiet', '--bare'],
        ['remote', 'add', '--', 'origin', url],
    ]) {
        const r = await git(args);
        if (r.code !== 0)
            throw new Error(`git ${args[0]} failed: ${r.stderr.trim()}`);
    }
}


/***/ }),

/***/ 83329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ pullChartArchive)
/* harmony export */ });
/* unused harmony exports resolveChartVersion, HELM_CHART_LAYER */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _chart_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4586);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32632);
// A Helm chart stored in an OCI registry (`helm push`): an OCI image manifest
// whose layer of Helm's chart media type is the packaged chart (.tgz). This
// finds that layer and pulls it, verified by digest, through the registry client.



/**
 * `ref` at the version a deployer pulls: as given, or for a semver range the highest version among the repository's
 * tags (`_` read as `+`, as `helm push` writes it) that the range admits, a pre-release only where the range names
 * one, as helm-controller and Argo CD resolve it; a RegistryError when none does.
 */
async function resolveChartVersion(client, ref) {
    if (ref.range === undefined || ref.digest !== undefined)
        return ref;
    const versions = (await client.tags(ref)).map((t) => t.replace(/_/g, '+')).filter((v) => (0,semver__WEBPACK_IMPORTED_MODULE_0__.valid)(v) !== null);
    const best = (0,semver__WEBPACK_IMPORTED_MODULE_0__.maxSatisfying)(versions, ref.range);
    if (best === null)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl('not-found', `${ref.registry}/${ref.repository} has no version in the range ${ref.range} (${versions.length} versions listed${versions.length > 0 ? `, the highest ${[...versions].sort(semver__WEBPACK_IMPORTED_MODULE_0__.rcompare)[0]}` : ''})`);
    const tag = (0,_chart_push_js__WEBPACK_IMPORTED_MODULE_1__/* .chartTag */ .bF)(best);
    return { original: `${ref.registry}/${ref.repository}:${tag}`, registry: ref.registry, repository: ref.repository, name: ref.name, tag };
}
/** Helm's media type for the packaged chart layer. */
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
/** The packaged chart (.tgz bytes) that `ref` (`registry/repository/<chart>:<version>`, or a range: resolveChartVersion) names. */
async function pullChartArchive(client, asked) {
    const ref = await resolveChartVersion(client, asked);
    const manifest = await client.manifestAt(ref, ref.digest ?? ref.tag ?? 'latest');
    let layers;
    try {
        layers = JSON.parse(manifest.body.toString('utf8'))?.layers;
    }
    catch {
        throw new _client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl('invalid', `${ref.original}: the manifest is not JSON`);
    }
    const chart = Array.isArray(layers)
        ? layers.find((l) => l && l.mediaType === HELM_CHART_LAYER && typeof l.digest === 'string')
        : undefined;
    if (!chart)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryError */ .gl('invalid', `${ref.original} is not a Helm chart (no layer of type ${HELM_CHART_LAYER})`, 'push the chart with helm push, or point the Application at the chart');
    return client.fetchBlob(ref, chart.digest, HELM_CHART_LAYER);
}


/***/ }),

/***/ 48040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ dockerCredentialSource),
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath)
/* harmony export */ });
/* unused harmony exports authKeyHost, lookupDockerCredentials, spawnCredentialHelper, readDockerConfig */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90908);





/** The Docker client's config file: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigPath(env = process.env, home = env.HOME ?? '') {
    return env.DOCKER_CONFIG ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.DOCKER_CONFIG, 'config.json') : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.docker', 'config.json');
}
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];
/** The host an `auths` key names: `https://ghcr.io/v1/` → `ghcr.io`. */
function authKeyHost(key) {
    return key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
}
/**
 * Finds credentials for `registry` in a parsed Docker config, in the order
 * the Docker client uses: a `credHelpers` entry for the host names a helper;
 * else `auths[host].auth` = base64(user:pass) (or separate username/password
 * fields) as docker/login-action leaves it, Docker Hub also under the legacy
 * key `https://index.docker.io/v1/`; else a `credsStore` names a helper.
 * Helpers are named in `helper`, not run here (see dockerCredentialSource).
 */
function lookupDockerCredentials(config, registry) {
    if (typeof config !== 'object' || config === null)
        return {};
    const c = config;
    const host = registry.toLowerCase();
    const isHub = host === _reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOCKER_HUB_REGISTRY */ .DJ;
    const hubKey = (key) => HUB_KEYS.some((k) => authKeyHost(k) === authKeyHost(key));
    if (typeof c.credHelpers === 'object' && c.credHelpers !== null) {
        const helper = Object.entries(c.credHelpers).find(([key]) => authKeyHost(key) === host || (isHub && hubKey(key)));
        if (helper && typeof helper[1] === 'string' && helper[1] !== '')
            return { helper: { name: helper[1], serverUrl: helper[0], from: 'credHelpers' } };
    }
    let note;
    let matched;
    if (typeof c.auths === 'object' && c.auths !== null) {
        const entries = Object.entries(c.auths);
        const match = (isHub ? HUB_KEYS.map((k) => entries.find(([key]) => key === k)).find(Boolean) : undefined) ??
            entries.find(([key]) => authKeyHost(key) === host || (isHub && authKeyHost(key) === 'index.docker.io'));
        if (match) {
            const [key, entry] = match;
            const creds = decodeEntry(entry);
            if (creds)
                return { credentials: creds, key };
            matched = key;
            note = `the entry '${key}' in the Docker config holds no usable auth`;
        }
    }
    // With a credential store, `auths` keeps empty placeholder entries; the secret is in the store.
    if (typeof c.credsStore === 'string' && c.credsStore !== '')
        return { key: matched, helper: { name: c.credsStore, serverUrl: isHub ? HUB_KEYS[0] : (matched ?? host), from: 'credsStore' } };
    return matched ? { key: matched, note } : {};
}
/** Spawns helpers by argv (no shell), PATH-resolved, killed when the timeout passes. */
function spawnCredentialHelper(env = process.env) {
    return (program, input, timeoutMs) => new Promise((done) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let finished = false;
        const finish = (out) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            done(out);
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            finish({ code: -1, stdout: '', stderr, timedOut: true });
        }, timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', (e) => finish({ code: -1, stdout: '', stderr: e.message, notFound: e.code === 'ENOENT' || e.code === 'EACCES' }));
        child.on('close', (code) => finish({ code: code ?? -1, stdout, stderr }));
        child.stdin.on('error', () => { });
        child.stdin.end(input);
    });
}
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The other way to authenticate: the step's (or the command's) own credentials. */
const PASS_CREDENTIALS = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `pass ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .named */ .KT)('username')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .named */ .KT)('password')}`;
/** The other way where the step takes none: the credentials written into the Docker config by a login. */
const PLAIN_LOGIN = 'log in with docker login (docker/login-action in a workflow) with no credential helper configured';
/**
 * Credentials per registry from the Docker config, as docker/login-action or
 * a credential helper leaves them: the file is read once, each registry's
 * helper runs at most once (only when the registry asks for credentials),
 * and every secret is masked as soon as it is read. A helper that is not
 * installed, times out or fails is a UserError naming it and the config
 * file; "credentials not found" from a helper means anonymous access.
 */
function dockerCredentialSource(o) {
    let config;
    let loaded = false;
    const cache = new Map();
    const run = o.run ?? spawnCredentialHelper();
    const timeoutMs = o.timeoutMs ?? 10_000;
    const orElse = o.ownCredentials ? PASS_CREDENTIALS : PLAIN_LOGIN;
    const lookup = async (registry) => {
        if (!loaded) {
            config = readDockerConfig(o.configPath);
            loaded = true;
        }
        const found = lookupDockerCredentials(config, registry);
        if (found.credentials) {
            o.secret(found.credentials.password);
            return found.credentials;
        }
        if (found.note)
            o.log?.(found.note);
        if (!found.helper)
            return undefined;
        const { name, serverUrl, from } = found.helper;
        const where = from === 'credHelpers' ? `credHelpers["${serverUrl}"]` : 'credsStore';
        const program = `docker-credential-${name}`;
        if (!HELPER_NAME.test(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${where} in ${o.configPath} names '${name}', which is not a credential helper name`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `use a helper name such as ecr-login or gcloud, or ${orElse}`,
            });
        const out = await run(program, serverUrl, timeoutMs);
        if (out.notFound)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${where} sends ${registry} to ${program}, which is not installed (not found on PATH)`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `install ${program} on the runner, remove ${where} from the Docker config, or ${orElse}`,
            });
        if (out.timedOut)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${program} get did not answer for ${registry} within ${Math.round(timeoutMs / 1000)}s`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `check that ${program} works without a prompt on the runner, or ${orElse}`,
            });
        if (out.code !== 0) {
            if (/credentials not found/i.test(`${out.stdout} ${out.stderr}`)) {
                o.log?.(`${program} has no credentials for ${registry}; continuing anonymously`);
                return undefined;
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${program} get failed for ${registry} (exit ${out.code}: ${firstLine(out.stderr)})`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `check ${program} on the runner, or ${orElse}`,
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(out.stdout);
        }
        catch {
            // Never quote the output: it may hold the secret.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${program} get printed something other than JSON for ${registry}`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `check ${program} on the runner, or ${orElse}`,
            });
        }
        const secret = typeof parsed?.Secret === 'string' ? parsed.Secret : '';
        if (secret !== '')
            o.secret(secret);
        const username = typeof parsed?.Username === 'string' ? parsed.Username : '';
        if (secret === '' || username === '')
            return undefined;
        if (username === '<token>') {
            o.log?.(`${program} returned an identity token for ${registry}, which lockstep does not exchange; continuing anonymously`);
            return undefined;
        }
        return { username, password: secret };
    };
    return (registry) => {
        const key = registry.toLowerCase();
        let p = cache.get(key);
        if (!p)
            cache.set(key, (p = lookup(key)));
        return p;
    };
}
function firstLine(s) {
    const line = s.trim().split('\n')[0] ?? '';
    return (line || 'no output').slice(0, 200);
}
function decodeEntry(entry) {
    if (typeof entry !== 'object' || entry === null)
        return undefined;
    const e = entry;
    if (typeof e.auth === 'string' && e.auth !== '') {
        const text = Buffer.from(e.auth, 'base64').toString('utf8');
        const colon = text.indexOf(':');
        if (colon > 0)
            return { username: text.slice(0, colon), password: text.slice(colon + 1) };
        return undefined;
    }
    if (typeof e.username === 'string' && typeof e.password === 'string' && e.username !== '')
        return { username: e.username, password: e.password };
    return undefined;
}
/** Reads and parses the Docker config file; undefined when absent or not JSON (a broken file is not ours to judge). */
function readDockerConfig(path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 73211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ findKustomize)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_4__);
// The kustomize an overlay is rendered with: a `kustomize` binary on PATH,
// else `kubectl kustomize` (kubectl 1.21 and later carry kustomize v4+; the
// GitHub-hosted Ubuntu runners ship kubectl). Kept apart from kustomize.ts so
// an action's entry chunk carries the finder only, not the renderer.





/** The first executable `name` on PATH. */
function onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter)) {
        if (!dir)
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, process.platform === 'win32' ? `${name}.exe` : name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return path;
        }
        catch {
            continue;
        }
    }
    return undefined;
}
/** A version query run with nothing of the runner's but PATH, 10 s at most. */
function ask(path, args) {
    const home = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const run = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(path, args, {
        encoding: 'utf8',
        timeout: 10_000,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, KUBECONFIG: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'lockstep-no-kubeconfig') },
    });
    return run.status === 0 ? run.stdout : undefined;
}
/** `kustomize` on PATH, else `kubectl` on PATH whose kustomize is v4 or later; undefined when neither answers. */
function findKustomize(env = process.env) {
    const k = onPath('kustomize', env);
    if (k) {
        // `kustomize version` prints `v5.4.2` (v5) or `{Version:kustomize/v4.5.7 …}` (v4).
        const version = (0,semver__WEBPACK_IMPORTED_MODULE_4__.coerce)(ask(k, ['version'])?.match(/v?\d+\.\d+\.\d+/)?.[0])?.version;
        if (version)
            return { path: k, args: ['build'], command: 'kustomize build', version, label: `kustomize v${version}` };
    }
    const kubectl = onPath('kubectl', env);
    if (!kubectl)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(ask(kubectl, ['version', '--client', '-o', 'json']) ?? 'null');
    }
    catch {
        return undefined;
    }
    const version = (0,semver__WEBPACK_IMPORTED_MODULE_4__.coerce)(typeof parsed?.kustomizeVersion === 'string' ? parsed.kustomizeVersion : undefined)?.version;
    // kubectl before 1.21 carries kustomize v2.0.3, which names no version here: not used.
    if (!version || Number(version.split('.')[0]) < 4)
        return undefined;
    return { path: kubectl, args: ['kustomize'], command: 'kubectl kustomize', version, label: `kubectl kustomize (kustomize v${version})` };
}


/***/ }),

/***/ 93081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_CHECKS: () => (/* binding */ CONFIG_CHECKS),
/* harmony export */   checkConfig: () => (/* binding */ checkConfig),
/* harmony export */   loadCheckedConfig: () => (/* binding */ loadCheckedConfig),
/* harmony export */   verifyKeys: () => (/* binding */ verifyKeys),
/* harmony export */   waveEnvironments: () => (/* binding */ waveEnvironments),
/* harmony export */   windowCrons: () => (/* binding */ windowCrons)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76551);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24619);
// The config checks every command runs before any network request (issue 37): what a
// promotion, a release or a publish would refuse about the file, refused by each of them
// and by `lockstep config` at the file's line. The schema (made from the declarations) and the loader
// (config/config.ts) check each value alone; the checks here read across the file
// (a wave naming an environment) or need a library (cron-parser, loaded only when an
// environment has windows).




/** Each allow and deny window's cron: five fields cron-parser reads (cron-parser loads only when some environment has windows). */
const windowCrons = async (config) => {
    if (!config.environments.some((e) => e.windows))
        return [];
    const { windowErrors } = await Promise.all(/* import() */[__webpack_require__.e(8628), __webpack_require__.e(8846)]).then(__webpack_require__.bind(__webpack_require__, 98846));
    return config.environments.flatMap((e) => windowErrors(e.name, e.windows, config.file));
};
/** Each `waves:` entry names an environment of the config (with the nearest name when one is close). */
const waveEnvironments = (config) => {
    const names = config.environments.map((e) => e.name);
    return Object.entries(config.waves ?? {}).flatMap(([wave, list]) => list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`wave '${wave}' names '${name}', which is not an environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, names)}`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['waves', wave, k]),
                hint: names.length > 0
                    ? `list environments of the config in waves.${wave}; environments, in order: ${names.join(', ')}`
                    : 'the config lists no environments: add them under environments:',
            }),
        ]));
};
/**
 * No `verify.keys` entry (top level or a service's) holds a private key: the repository would give anyone the
 * key that signs. digests and promote refuse it when they verify; refused here at its line, so `lockstep config`
 * and the PR check catch it before the merge. An entry written as PEM text is read as it is; one naming a file is
 * read when the caller gives `files` (a file that is missing, or holds no PEM block at all, is refused too).
 */
const verifyKeys = async (config, files) => {
    const lists = [
        [['verify', 'keys'], config.verify?.keys],
        ...Object.entries(config.services).map(([name, s]) => [
            ['services', name, 'verify', 'keys'],
            s.verify?.keys,
        ]),
    ];
    const found = [];
    for (const [path, keys] of lists)
        for (const [k, key] of (keys ?? []).entries()) {
            const at = { file: config.file, line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, [...path, k]) };
            const entry = `${path.join('.')}[${k}]`;
            const inline = key.trimStart().startsWith('-----BEGIN');
            if (!inline && files === undefined)
                continue;
            let text = key;
            if (!inline)
                try {
                    text = await files(key, 'verify.keys');
                }
                catch (e) {
                    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
                        throw e;
                    found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(e.message, { ...at, ...(e.hint ? { hint: e.hint } : {}) }));
                    continue;
                }
            const named = inline ? entry : `${entry}: ${key}`;
            const label = (0,_text_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .privateKeyLabel */ .p)(text);
            if (label !== undefined)
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`, {
                    ...at,
                    hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
                }));
            else if (!/-----BEGIN [A-Z0-9 ]{1,60}-----/.test(text))
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} holds no PEM block, so no public key`, {
                    ...at,
                    hint: 'name the cosign public key file (cosign.pub: -----BEGIN PUBLIC KEY-----), or write the key as text',
                }));
        }
    return found;
};
/**
 * The checks every command runs on the config it loads, in order. Another
 * check (a `charts:` glob matching no chart, say) is one more entry here.
 */
const CONFIG_CHECKS = [windowCrons, waveEnvironments, verifyKeys];
/**
 * Runs every check on `config` (reading the files it names through `files`, when given): throws all the problems
 * found together (each at its line, in the order of the file), else returns the config.
 */
async function checkConfig(config, files, checks = CONFIG_CHECKS) {
    const problems = [];
    for (const check of checks)
        problems.push(...(await check(config, files)));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    return config;
}
/** loadConfig, then every check: what each command reads its config with, before any network request. */
async function loadCheckedConfig(workspace, path) {
    return checkConfig((0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.loadConfig)(workspace, path));
}


/***/ }),

/***/ 76551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ privateKeyLabel)
/* harmony export */ });
// What a PEM text says of itself by its labels, read without parsing the key: the config check
// (settings/validate.ts) and the verifier (registry/) refuse a private key by the same rule.
/** The label of a PEM block that holds a private key (`PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, …), if the text has one. */
function privateKeyLabel(text) {
    for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,60})-----/g))
        if (/PRIVATE KEY/.test(m[1]))
            return m[1];
    return undefined;
}


/***/ })

};

export const id = 659;
export const ids = [659,850];
export const modules = {

/***/ 883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ realFs),
/* harmony export */   PT: () => (/* binding */ commitChanges),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony exports nodeTxFs, planEdits */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2536);





/**
 * The real file system (node:fs, synchronous). A write goes on until every
 * byte is written (a short write that makes no progress is an error, never a
 * truncated file) and is flushed to disk (fsync) before the caller renames the
 * temp file over the target, so a crash cannot leave an empty file behind.
 */
function nodeTxFs(io = node_fs__WEBPACK_IMPORTED_MODULE_0__) {
    return {
        readFile(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            }
        },
        writeFile(path, data, mode) {
            const fd = io.openSync(path, 'wx', mode ?? 0o644);
            try {
                const bytes = Buffer.from(data, 'utf8');
                let written = 0;
                while (written < bytes.length) {
                    const n = io.writeSync(fd, bytes, written, bytes.length - written);
                    if (!(n > 0))
                        break;
                    written += n;
                }
                if (written !== bytes.length)
                    throw Object.assign(new Error(`short write: ${written} of ${bytes.length} bytes`), { code: `short write, ${written} of ${bytes.length} bytes` });
                // The umask may have cleared bits of the original mode; put them back.
                if (mode !== undefined)
                    io.fchmodSync(fd, mode);
                io.fsyncSync(fd);
            }
            finally {
                io.closeSync(fd);
            }
        },
        rename: (from, to) => node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(from, to),
        unlink: (path) => node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(path, { force: true }),
        mode(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(path).mode & 0o7777;
            }
            catch {
                return undefined;
            }
        },
        access(path) {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            }
            catch (e) {
                // A new file only needs its folder, which creating the temp file proves.
                if (e.code !== 'ENOENT')
                    throw e;
            }
        },
    };
}
/** The real file system. */
const realFs = nodeTxFs();
/**
 * Reads every file, runs its updater and its check, all in memory. Throws on
 * the first problem; nothing is written. Files whose text stays the same are
 * left out, so an idempotent re-run plans no change.
 */
function planEdits(workspace, edits, fs = realFs) {
    const changes = [];
    const seen = new Map();
    for (const e of edits) {
        const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, e.path, 'file');
        const prior = seen.get(e.path);
        const before = prior ? prior.after : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || after === before)
            continue;
        e.check?.(before, after);
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => c.before !== c.after) };
}
/**
 * Writes every change or none. Each file is written to a temp file in its own
 * folder (same file system, so rename is atomic), keeping the file's mode.
 * Before the first rename every target is checked to be writable; a file
 * whose permission bits allow nobody to write it counts as read-only even for
 * root (a rename would replace it regardless of its bits, which is exactly what
 * `chmod a-w` asks us not to do). If a rename fails midway, the files already
 * replaced get their old text back.
 */
function commitChanges(workspace, changes, fs = realFs) {
    const staged = [];
    const cleanup = () => {
        for (const s of staged) {
            try {
                fs.unlink(s.tmp);
            }
            catch {
                // best effort: a leftover temp file is reported by the error below
            }
        }
    };
    try {
        for (const change of changes) {
            const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, change.path, 'file');
            const mode = fs.mode(abs);
            if (change.before !== undefined && mode === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} disappeared while planning`, { file: change.path, hint: 'run again' });
            if (mode !== undefined && (mode & 0o222) === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} is read-only`, { file: change.path, hint: 'make it writable (chmod u+w) or leave it out; nothing was written' });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, { file: change.path, hint: 'fix its permissions; nothing was written' });
            }
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs)}.lockstep-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, { file: change.path, hint: 'fix its permissions; nothing was written' });
            }
        }
    }
    catch (e) {
        cleanup();
        throw e;
    }
    const done = [];
    for (const s of staged) {
        try {
            fs.rename(s.tmp, s.abs);
            done.push(s);
        }
        catch (e) {
            const restoreFailures = restore(done, fs);
            cleanup();
            const detail = restoreFailures.length > 0 ? `; could not restore ${restoreFailures.join(', ')}` : '; the files already written were restored';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${s.change.path} could not be replaced (${e.code ?? 'error'})${detail}`, {
                file: s.change.path,
                hint: 'fix the file system problem and run again',
            });
        }
    }
}
function restore(done, fs) {
    const failed = [];
    for (const d of [...done].reverse()) {
        try {
            if (d.change.before === undefined)
                fs.unlink(d.abs);
            else {
                const tmp = `${d.abs}.lockstep-restore-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}`;
                try {
                    fs.writeFile(tmp, d.change.before, fs.mode(d.abs));
                    fs.rename(tmp, d.abs);
                }
                catch (e) {
                    // The restore copy must not be left behind beside the file it failed to restore.
                    try {
                        fs.unlink(tmp);
                    }
                    catch {
                        // reported below as a file that could not be restored
                    }
                    throw e;
                }
            }
        }
        catch {
            failed.push(d.change.path);
        }
    }
    return failed;
}
/** Plans and, unless `dryRun`, commits: the usual plan → check → write sequence. */
function applyEdits(workspace, edits, opts = {}) {
    const plan = planEdits(workspace, edits, opts.fs);
    if (!opts.dryRun)
        commitChanges(workspace, plan.changes, opts.fs);
    return plan;
}


/***/ }),

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ diffSinceMergeBase),
/* harmony export */   D: () => (/* binding */ pathsContaining),
/* harmony export */   Xs: () => (/* binding */ ObjectTooLarge),
/* harmony export */   YH: () => (/* binding */ GIT_NO_HOOKS),
/* harmony export */   gitSpawner: () => (/* binding */ gitSpawner),
/* harmony export */   nR: () => (/* binding */ ObjectReader),
/* harmony export */   q_: () => (/* binding */ gitText),
/* harmony export */   wu: () => (/* binding */ mergeBase),
/* harmony export */   zf: () => (/* binding */ listPathsAndLinks)
/* harmony export */ });
/* unused harmony exports listTree, parseLsTree, parseRawDiff, treeBefore */
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...GIT_NO_HOOKS, 'cat-file', '--batch'], { cwd: this.cwd, env: { ...this.env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
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

/***/ 3009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  captureIn: () => (/* binding */ captureIn)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(5076);
// EXTERNAL MODULE: ./packages/core/src/edits/transaction.ts
var transaction = __webpack_require__(883);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 3 modules
var registry_client = __webpack_require__(8129);
// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts
var docker_config = __webpack_require__(8040);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/digests/file.ts
var file = __webpack_require__(29);
// EXTERNAL MODULE: ./packages/core/src/registry/http.ts
var http = __webpack_require__(281);
// EXTERNAL MODULE: ./packages/core/src/digests/targets.ts + 1 modules
var targets = __webpack_require__(8363);
;// CONCATENATED MODULE: ./packages/core/src/digests/capture.ts











// The inputs' parsers live in digests/targets.ts, which the action loads before this module.

/**
 * Images resolved at once. A HEAD is tiny, so a typical release (tens of
 * images) goes out in a single wave: total time is about one round trip, not
 * one per image; the bound keeps a huge list from opening hundreds of sockets.
 */
const DEFAULT_CONCURRENCY = 64;
/**
 * Targets from the config's `services` (all of them for `all` or an empty
 * list), each configured image with `tag` applied.
 */
function targetsFromServices(config, services, tag) {
    const configured = Object.keys(config.services);
    const file = config.file;
    if (configured.length === 0)
        throw new src_errors/* UserError */.yo('no images to capture: the images input is empty and the config has no services', {
            file,
            hint: 'pass images (name=registry/repo:tag lines), or list services in .github/lockstep.yml',
        });
    const wanted = services.length === 0 || (services.length === 1 && services[0] === 'all') ? configured : services;
    if (!tag && services.length === 0)
        throw new src_errors/* UserError */.yo('nothing to capture: give images, or a tag for the services in the config', {
            hint: `set images: to name=registry/repo:tag lines (e.g. api=ghcr.io/acme/api:1.7.3), or tag: to the version the configured services (${configured.join(', ')}) were pushed with`,
        });
    if (!tag)
        throw new src_errors/* UserError */.yo("input 'tag' is required with services", { hint: 'pass the version the images were pushed with, e.g. tag: 1.7.3' });
    const errors = [];
    const targets = [];
    for (const name of wanted) {
        const svc = config.services[name];
        if (!svc) {
            errors.push(new src_errors/* UserError */.yo(`service '${name}' is not in the config`, { file, hint: `configured services: ${configured.join(', ')}` }));
            continue;
        }
        try {
            const ref = (0,reference/* parseReference */.F2)(`${svc.image}:${tag}`);
            targets.push({ name, ref });
        }
        catch (e) {
            if (!(e instanceof reference/* InvalidReference */.ft))
                throw e;
            errors.push(new src_errors/* UserError */.yo(`service '${name}': ${e.message}`, { file, hint: 'services.<name>.image is registry/repository without a tag' }));
        }
    }
    (0,src_errors/* throwAll */.Kx)(errors);
    return targets;
}
const HINTS = {
    'not-found': 'check that the image was pushed with this tag before capturing (and the repository name)',
    denied: 'check the username/password (or the docker/login-action login) for this registry, and that they may read this repository',
    unauthenticated: 'pass username and password, or log in with docker/login-action before this step',
    platform: 'set platform to one of the platforms the image offers, or leave platform empty to record the digest the tag names',
    unreachable: 'check the registry host and that it is up; lockstep retried with backoff',
    'rate-limited': 'authenticate to the registry, or pull through a mirror',
    refused: "the registry's auth or redirect points somewhere lockstep will not send credentials",
    mismatch: 'the registry returned inconsistent data; retry, and report it if it persists',
    invalid: 'check the image reference',
    error: 'check the registry status and retry',
};
/**
 * Resolves every target (bounded concurrency), then — only if all resolved —
 * merges with the existing file when asked and writes it via a temp file and
 * rename. Failures are reported together, one UserError per image.
 */
async function captureDigests(s, world) {
    const outAbs = (0,workspace/* resolveInside */.LI)(s.workspace, (0,external_node_path_.relative)(s.workspace, (0,external_node_path_.resolve)(s.workdir, s.output)), 'output');
    const outRel = (0,workspace/* workspaceRelative */.Uc)(s.workspace, outAbs);
    const creds = credentialSource(s, world);
    const client = new registry_client/* RegistryClient */.bP({
        transport: world.transport,
        clock: world.clock,
        retry: world.retry,
        requestTimeoutMs: world.requestTimeoutMs,
        deadlineMs: world.deadlineMs,
        credentials: creds,
        log: world.log,
    });
    // Read the file to merge with before the network work: a broken file fails fast.
    let existing = {};
    let existingText;
    if ((0,external_node_fs_.existsSync)(outAbs)) {
        existingText = (0,external_node_fs_.readFileSync)(outAbs, 'utf8');
        if (s.merge)
            existing = await (0,file/* parseDigests */.fV)(existingText, outRel);
    }
    let done = 0;
    const outcomes = await (0,registry_client/* mapLimit */.sf)(s.targets, world.concurrency ?? DEFAULT_CONCURRENCY, async (t) => {
        try {
            return { t, res: await client.resolve(t.ref, s.platform) };
        }
        catch (e) {
            if (e instanceof registry_client/* RegistryError */.gl)
                return { t, error: e };
            throw e;
        }
        finally {
            world.progress?.(++done, s.targets.length);
        }
    });
    const failures = outcomes.filter((o) => o.error);
    if (failures.length > 0) {
        (0,src_errors/* throwAll */.Kx)(failures.map((o) => new src_errors/* UserError */.yo(`${o.t.name}: could not resolve ${o.t.ref.original}: ${o.error.message}`, { hint: o.error.hint ?? HINTS[o.error.kind] })));
    }
    const incoming = {};
    const rows = [];
    const warnings = [];
    for (const o of outcomes) {
        const r = o.res;
        const entry = { digest: r.digest, image: o.t.ref.name, sha: s.sha, tag: o.t.ref.tag ?? '' };
        if (r.platform)
            entry.platform = r.platform;
        incoming[o.t.name] = entry;
        const kind = r.platform
            ? r.indexDigest
                ? `${r.platform} (from index ${r.indexDigest})`
                : `${r.platform} (single-platform manifest)`
            : r.isIndex
                ? 'index (multi-platform)'
                : 'manifest';
        rows.push({ name: o.t.name, image: entry.image, tag: entry.tag, digest: r.digest, kind });
        for (const w of r.warnings)
            warnings.push(`${o.t.name}: ${w}`);
    }
    const merged = s.merge ? (0,file/* mergeDigests */.EH)(existing, incoming, { overwrite: s.overwrite, file: outRel, text: existingText }) : incoming;
    const text = (0,file/* formatDigests */.x7)(merged);
    const changed = existingText !== text;
    const written = changed && !s.dryRun;
    const changes = changed ? [{ path: outRel, before: existingText, after: text }] : [];
    if (written) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(outAbs), { recursive: true });
        (0,transaction/* commitChanges */.PT)(s.workspace, changes);
    }
    return {
        file: merged,
        path: outRel,
        changed,
        written,
        diff: (0,diff/* renderDiff */.i)(changes),
        changes,
        kept: Object.keys(merged).length - Object.keys(incoming).length,
        rows,
        warnings,
        oneLine: (0,file/* digestsOneLine */.c1)(merged),
        requests: client.requests.length,
    };
}
/** Credentials per registry: the inputs for every registry, else the Docker config (its entry or credential helper), else none. */
function credentialSource(s, world) {
    if (s.credentials)
        return () => s.credentials;
    return (0,docker_config/* dockerCredentialSource */.JA)({
        configPath: (0,docker_config/* dockerConfigPath */.Q1)({ DOCKER_CONFIG: s.dockerConfigDir }, s.home),
        run: world.credentialHelper,
        secret: world.secret,
        log: world.log,
    });
}

// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
;// CONCATENATED MODULE: ./packages/core/src/operations/digests-run.ts




// The body of runDigests (operations/digests.ts), loaded only after the inputs and the working
// directory were accepted.
/** Resolves every image of the request through its registry (in `workdir`, already checked) and writes the digests file when all resolved. */
async function captureIn(workdir, req, world) {
    let targets = req.images;
    if (targets === undefined) {
        // Loaded on demand: the config validator is the largest part of the bundle and the images input does not need it.
        const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(312), __webpack_require__.e(293)]).then(__webpack_require__.bind(__webpack_require__, 1312));
        targets = targetsFromServices(loadConfig(workdir, req.config), req.services, req.tag);
    }
    if (targets.length === 0)
        throw new src_errors/* UserError */.yo('no images to capture', { hint: 'list images as name=registry/repo:tag lines, or name services' });
    const sha = req.sha ?? (await shortHead((world.git ?? objects.gitSpawner)(workdir)));
    const transport = (world.transport ?? http/* nodeTransport */._3)();
    world.reporter.group(`Resolving ${targets.length} image digest${targets.length === 1 ? '' : 's'}`);
    try {
        const result = await captureDigests({ ...req, workspace: world.workspace, workdir, targets, sha, home: world.home, dockerConfigDir: world.dockerConfigDir }, {
            transport,
            clock: world.clock,
            retry: world.retry,
            secret: world.secret,
            log: (line) => world.reporter.debug(line),
            progress: (done, total) => world.reporter.progress?.({ what: 'image digests resolved', done, total }),
        });
        return { ...result, outputs: { digests: result.oneLine, file: result.path }, dryRun: req.dryRun };
    }
    finally {
        transport.close();
        world.reporter.endGroup();
    }
}
/** The short commit of HEAD (`git rev-parse --short HEAD`). */
async function shortHead(git) {
    const r = await git(['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
    const out = r.stdout.toString('utf8').trim();
    if (r.code !== 0 || !/^[0-9a-f]{4,64}$/.test(out))
        throw new src_errors/* UserError */.yo('cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit', {
            hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
            cliHint: 'pass --sha with the commit the images were built from, or commit first (git add, then git commit)',
        });
    return out;
}


/***/ }),

/***/ 8630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/* unused harmony export escapeLinesForLog */
/**
 * Every character the runner's TrimStart removes before it looks for `::`:
 * .NET's Char.IsWhiteSpace set. JavaScript's `\s` misses U+0085 (NEL), so it
 * is spelled out (`\s` also holds U+FEFF, which .NET keeps: escaping one more
 * does no harm).
 */
const RUNNER_SPACE = '\\s\\u0085';
const LEADING_COMMAND = new RegExp(`^([${RUNNER_SPACE}]*)::`);
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space, as the runner's .NET TrimStart sees
 * it) with `::`, or holds the legacy `##[command]` form anywhere, would be
 * read by the runner as a workflow command, so line breaks are folded (making
 * the start of the text the only line start) and both forms broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(LEADING_COMMAND, '$1: :')
        .replace(/##\[/g, '# #[');
}
/**
 * escapeForLog for text of many lines (a subprocess's output): each line is
 * escaped on its own, so the text keeps its lines and none of them can be a
 * workflow command.
 */
function escapeLinesForLog(s) {
    return s.split(/\r\n|\r|\n/).map(escapeForLog).join('\n');
}


/***/ }),

/***/ 9002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony export lineEnding */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** Splits off the BOM and finds the line ending, so edits can put both back. */
function frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    return { bom, body, eol: lineEnding(body) };
}
/** The text without a leading byte-order mark. */
function stripBom(text) {
    return text.startsWith('\ufeff') ? text.slice(1) : text;
}
/** The line ending of the first line break ('\n' when there is none). */
function lineEnding(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * JSON.parse with a UserError naming the file and line on a syntax error. V8's
 * messages do not always carry a position, so the error is located with
 * jsonc-parser (strict: no comments, no trailing commas), which is loaded only
 * then: a run that reads valid JSON never loads it. A BOM is skipped.
 */
async function parseJsonAt(text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 547).then(__webpack_require__.t.bind(__webpack_require__, 9547, 23)), body, file, hint, what, e);
    }
}
/** parseJsonAt for callers that hold jsonc-parser already (editors that need its offsets): synchronous. */
function parseJsonWith(jsonc, text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(jsonc, body, file, hint, what, e);
    }
}
function jsonSyntaxError(jsonc, body, file, hint, what, cause) {
    const errors = [];
    jsonc.parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first ? describeJsonError(jsonc.printParseErrorCode(first.error)) : (cause instanceof Error ? cause.message : String(cause)).replace(/[\r\n]+/g, ' ').slice(0, 120);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
}


/***/ })

};

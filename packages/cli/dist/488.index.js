export const id = 488;
export const ids = [488];
export const modules = {

/***/ 10029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ mergeDigests),
/* harmony export */   c1: () => (/* binding */ digestsOneLine),
/* harmony export */   fV: () => (/* binding */ parseDigests),
/* harmony export */   nj: () => (/* binding */ lineOfKey),
/* harmony export */   x7: () => (/* binding */ formatDigests)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90908);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);



function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    return value;
}
/** The file's text: keys sorted at every level, 2-space indent, final newline. */
function formatDigests(file) {
    return `${JSON.stringify(sortKeys(file), null, 2)}\n`;
}
/** The same content on one line, for the `digests` output. */
function digestsOneLine(file) {
    return JSON.stringify(sortKeys(file));
}
/** 1-based line of the first `"name":` key in the text, for error locations. */
function lineOfKey(text, name) {
    const idx = text.indexOf(`${JSON.stringify(name)}`);
    return idx < 0 ? undefined : text.slice(0, idx).split('\n').length;
}
const READERS = {
    merge: {
        subject: (file) => file,
        entry: (name, file) => `entry '${name}' in ${file}`,
        hint: "fix or delete the file, or set replace: true to write this run's entries only",
        required: ['digest', 'image', 'sha', 'tag'],
    },
    promote: {
        subject: () => 'the digests file',
        entry: (name) => `entry '${name}'`,
        hint: 'the digests file is JSON written by capture-digests: {"api": {"tag", "digest", "sha", "image"}}',
        required: ['digest'],
    },
};
async function parseDigests(text, file, reader = 'merge') {
    const r = READERS[reader];
    const raw = await (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonAt */ .bq)(text, file, r.hint, `${r.subject(file)} is not valid JSON`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${r.subject(file)} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: r.hint });
    const out = {};
    for (const [name, entry] of Object.entries(raw)) {
        const at = { file, line: lineOfKey(text, name) };
        const what = r.entry(name, file);
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not an object`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        const e = entry;
        for (const key of r.required)
            if (typeof e[key] !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has no string '${key}'`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(e.digest))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has a malformed digest '${String(e.digest).slice(0, 80)}'`, {
                ...at,
                hint: 'a digest is sha256: followed by 64 hex characters',
            });
        for (const key of ['image', 'sha', 'tag', 'platform'])
            if (e[key] !== undefined && typeof e[key] !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has a non-string '${key}'`, {
                    ...at,
                    hint: 'image, sha, tag and platform (os/arch[/variant]) are strings',
                });
        // The tag lands in a values file and in the log: only the registry's tag grammar passes.
        if (typeof e.tag === 'string' && !/^[\w][\w.-]{0,127}$/.test(e.tag))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has an invalid tag '${e.tag.slice(0, 80)}'`, {
                ...at,
                hint: 'a tag is letters, digits, "_", "." and "-", at most 128 characters',
            });
        out[name] = e;
    }
    return out;
}
/**
 * Adds `incoming` to `existing` (a matrix job adding its service). An entry
 * already there with another digest is a conflict — a UserError per name —
 * unless `overwrite`; the same digest is simply refreshed.
 * Throws UserError (one conflict) or UserErrors (several).
 */
function mergeDigests(existing, incoming, opts) {
    const errors = [];
    const out = { ...existing };
    for (const [name, entry] of Object.entries(incoming)) {
        const old = existing[name];
        if (old && old.digest !== entry.digest && !opts.overwrite) {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`, {
                file: opts.file,
                line: opts.text ? lineOfKey(opts.text, name) : undefined,
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `give each matrix job its own service name, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('overwrite', 'true')} to replace it`,
            }));
            continue;
        }
        out[name] = entry;
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
    return out;
}


/***/ }),

/***/ 30883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ realFs),
/* harmony export */   PT: () => (/* binding */ commitChanges),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony exports nodeTxFs, planEdits */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92536);
/* harmony import */ var _text_parts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73491);






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
                // Part by part: each part is encoded on its own (one byte per character for ASCII), never joined whole.
                const parts = typeof data === 'string' ? [data] : data;
                let total = 0;
                for (const part of parts)
                    total += Buffer.byteLength(part, 'utf8');
                let written = 0;
                for (const part of parts) {
                    const bytes = Buffer.from(part, 'utf8');
                    let done = 0;
                    while (done < bytes.length) {
                        const n = io.writeSync(fd, bytes, done, bytes.length - done);
                        if (!(n > 0))
                            break;
                        done += n;
                    }
                    written += done;
                    if (done !== bytes.length)
                        break;
                }
                if (written !== total)
                    throw Object.assign(new Error(`short write: ${written} of ${total} bytes`), {
                        code: `short write, ${written} of ${total} bytes`,
                    });
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
        // A second edit of the same file reads the first one's text (joined: edits of a file in parts are one).
        const before = prior ? (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .joinText */ ._V)(prior.after) : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .sameText */ .QV)(after, before))
            continue;
        // The check reads the text whole; no check, no join.
        e.check?.(before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .joinText */ ._V)(after));
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => !(0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .sameText */ .QV)(c.before, c.after)) };
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} is read-only`, {
                    file: change.path,
                    hint: 'make it writable (chmod u+w) or leave it out; nothing was written',
                });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs)}.lockstep-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
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

/***/ 87963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ shortHead)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _git_local_repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48982);


// Apart from run.ts so that publish, which records the commit too, does not bundle the image capture
// and its signature verification (about 250 KiB of chunks publish-chart never loads).
/** The short commit of HEAD (`git rev-parse --short HEAD`); publish records it too. */
async function shortHead(git) {
    const out = await (0,_git_local_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .shortHeadCommit */ .ij)(git);
    if (out === undefined || !/^[0-9a-f]{4,64}$/.test(out))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit', {
            hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
            cliHint: 'pass --sha with the commit the images were built from, or commit first (git add, then git commit)',
        });
    return out;
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

/***/ 29002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony export lineEnding */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 9547).then(__webpack_require__.t.bind(__webpack_require__, 99547, 23)), body, file, hint, what, e);
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
    const reason = first
        ? describeJsonError(jsonc.printParseErrorCode(first.error))
        : (cause instanceof Error ? cause.message : String(cause)).replace(/[\r\n]+/g, ' ').slice(0, 120);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ })

};

export const id = 404;
export const ids = [404,744];
export const modules = {

/***/ 7892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ chartOwner),
/* harmony export */   Jd: () => (/* binding */ findCharts),
/* harmony export */   Jr: () => (/* binding */ chartPatternMatcher),
/* harmony export */   Q1: () => (/* binding */ topChartDirs),
/* harmony export */   eP: () => (/* binding */ normalizePattern)
/* harmony export */ });
/* unused harmony exports isInsideChartsFolder, owningChart */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5864);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);



/**
 * Finds chart folders in a list of POSIX file paths (from `git ls-tree`, or a
 * directory walk). A chart is a folder holding Chart.yaml; charts vendored
 * inside another chart's `charts/` folder are subcharts of that chart, not
 * charts of their own. With `patterns` (folders or globs, e.g. `charts/*`),
 * only matching chart folders are kept.
 */
function findCharts(paths, patterns) {
    const dirs = new Set();
    for (const p of paths) {
        if (p === 'Chart.yaml' || p.endsWith('/Chart.yaml'))
            dirs.add(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(p));
    }
    const top = topChartDirs(dirs);
    if (!patterns || patterns.length === 0)
        return top;
    return top.filter(chartPatternMatcher(patterns));
}
/**
 * A predicate over chart folders for folder/glob patterns: a glob matches
 * folders (`charts/*`); a plain folder matches itself and, when it is not a
 * chart itself, the charts below it (`stable/` → `stable/legacy`).
 */
function chartPatternMatcher(patterns) {
    const norm = patterns.map(normalizePattern);
    // A pattern without any glob character matches only itself: such patterns (the usual `.` or
    // `charts`) are compared as text, so a run without globs never compiles a matcher.
    const literal = norm.filter((p) => !GLOB_CHARACTER.test(p));
    const globs = norm.filter((p) => GLOB_CHARACTER.test(p));
    const glob = globs.length > 0 ? (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .fU)(globs, { input: 'charts' }) : undefined;
    const folders = [...literal, ...globs.filter((p) => !picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(p).isGlob)];
    return (d) => literal.includes(d) || (glob !== undefined && glob(d)) || folders.some((f) => f === '.' || d.startsWith(`${f}/`));
}
/** Characters that can make a pattern a glob for picomatch (a pattern without any is plain text). */
const GLOB_CHARACTER = /[*?[\]{}()!+@]/;
/** The chart folders of `dirs` that are not subcharts under another chart's `charts/`, sorted. */
function topChartDirs(dirs) {
    return [...dirs].filter((d) => !isInsideChartsFolder(d, dirs)).sort();
}
/** True when `dir` sits under `<chart>/charts/` of another chart in `dirs`. */
function isInsideChartsFolder(dir, dirs) {
    const parts = dir.split('/');
    // i = 0 is a chart at the repository root ('.'), whose subcharts live in charts/.
    for (let i = parts.length - 2; i >= 0; i--) {
        if (parts[i] === 'charts' && dirs.has(i === 0 ? '.' : parts.slice(0, i).join('/')))
            return true;
    }
    return false;
}
/** `charts/`, `./charts/x`, `charts/x/Chart.yaml` → the folder pattern they mean. */
function normalizePattern(p) {
    let s = p.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (s.endsWith('/Chart.yaml'))
        s = s.slice(0, -'/Chart.yaml'.length);
    return s === '' ? '.' : s;
}
/** The chart folder (from `charts`) that owns a file path, or undefined. Longest match wins. */
function owningChart(path, charts) {
    let best;
    for (const c of charts) {
        if ((c === '.' || path === c || path.startsWith(`${c}/`)) && (!best || c.length > best.length))
            best = c;
    }
    return best;
}
/**
 * owningChart for many paths against the same chart folders: the folders go
 * into a set once and each path looks up its own ancestors (deepest first),
 * so a 1,000-chart repository costs a PR the depth of its paths, not
 * paths × charts comparisons.
 */
function chartOwner(charts) {
    const set = new Set(charts);
    const root = set.has('.') ? '.' : undefined;
    return (path) => {
        for (let dir = path; dir !== ''; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/'))))
            if (set.has(dir))
                return dir;
        return root;
    };
}


/***/ }),

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ listChartFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const SKIP = new Set(['.git', 'node_modules']);
/**
 * Every Chart.yaml under `root` as POSIX paths relative to it, for
 * findCharts. Symbolic links are not followed (a chart reached through one
 * could lie outside the workspace), and `.git` and `node_modules` are skipped.
 * With `linked`, the chart folders reached only through a symbolic link (a
 * linked Chart.yaml, or a linked folder holding one) are collected there, so a
 * caller can name the refused link instead of saying no chart matched.
 */
function listChartFiles(root, linked) {
    const out = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
            }
            else if (e.isFile() && e.name === 'Chart.yaml')
                out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
            else if (linked && e.isSymbolicLink()) {
                const path = rel ? `${rel}/${e.name}` : e.name;
                if (e.name === 'Chart.yaml')
                    linked.push(rel || '.');
                else if (!SKIP.has(e.name) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name, 'Chart.yaml')))
                    linked.push(path);
            }
        }
    };
    walk(root, '');
    return out.sort();
}


/***/ }),

/***/ 6744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

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
        hint: `did you mean ${sibling}? (rename it, or set input 'config' to ${sibling})`,
    });
}


/***/ }),

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
                    throw Object.assign(new Error(`short write: ${written} of ${bytes.length} bytes`), {
                        code: `short write, ${written} of ${bytes.length} bytes`,
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

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ localDefaultBranch),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   Y2: () => (/* binding */ headProblem),
/* harmony export */   eR: () => (/* binding */ currentBranch)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
async function out(git, args) {
    const r = await git(args);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
/** Whether the repository has a remote named `remote` (default origin). */
async function hasRemote(git, remote = 'origin') {
    return (await out(git, ['remote', 'get-url', '--', remote])) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await out(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await out(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await out(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const sym = await out(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    const fromSym = sym?.replace(`refs/remotes/${remote}/`, '');
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const ls = await out(git, ['ls-remote', '--symref', '--', remote, 'HEAD']);
    const m = ls ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(ls) : null;
    return m && BRANCH.test(m[1]) ? m[1] : undefined;
}
/**
 * Why HEAD names no commit, as a user error saying what is wrong with the
 * repository (no commit yet, an unborn branch, a bare repository); undefined
 * when HEAD is a commit. `consequence` starts the hint (e.g. "nothing to release").
 */
async function headProblem(git, consequence) {
    if (await out(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']))
        return undefined;
    const then = (fix) => (consequence ? `${consequence}: ${fix}` : fix);
    if ((await out(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await out(git, ['rev-list', '--max-count=1', '--all'])))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}


/***/ }),

/***/ 5864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   vd: () => (/* binding */ GLOB_HINT)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, MAX_GLOBSTARS, MAX_GLOB_LOOPS, globError */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);


// picomatch compiles a glob to a backtracking regex: each `**` and `*` becomes a lazy loop, and the
// loops of one glob multiply: `a/**/` sixteen times against a path 40 folders deep ran for minutes.
// A pull request can write the globs (its config, when the summary shows what it would decide) and
// the paths. So the globs picomatch sees are bounded here (length, `**`, loops) and every matcher
// has a time budget; past either, the run fails closed with an error that names the glob.
/** Longest glob matched. */
const MAX_GLOB_LENGTH = 256;
/** At most this many `**` in one glob: each one is a loop over a whole path. */
const MAX_GLOBSTARS = 2;
/** At most this many loops (`*`, `**`, `*(…)`, `+(…)`) in one glob. */
const MAX_GLOB_LOOPS = 3;
/** Time one matcher may spend over a run before it fails closed. */
const MATCH_BUDGET_MS = 2000;
/**
 * Why picomatch must not be given this glob, as the words after `'glob'` in
 * an error; undefined when it is within the bounds.
 */
function globProblem(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return `is ${glob.length} characters long; lockstep matches globs of at most ${MAX_GLOB_LENGTH}`;
    const globstars = glob.match(/\*\*/g)?.length ?? 0;
    if (globstars > MAX_GLOBSTARS)
        return `holds ${globstars} '**'; lockstep matches at most ${MAX_GLOBSTARS} in one glob, since each one multiplies the work of matching a deep path`;
    const loops = (glob.match(/\*+|[+*]\(/g) ?? []).length;
    if (loops > MAX_GLOB_LOOPS)
        return `holds ${loops} wildcards (* or **); lockstep matches at most ${MAX_GLOB_LOOPS} in one glob, since each one multiplies the work of matching a long path`;
    return undefined;
}
/** The hint that goes with globProblem. */
const GLOB_HINT = 'shorten the glob (name the folders, or use one **)';
/** The error for a glob outside the bounds, or undefined. */
function globError(glob, where = {}) {
    const problem = globProblem(glob);
    if (!problem)
        return undefined;
    const what = where.file
        ? `${where.key ?? 'glob'}: '${glob}' ${problem}`
        : `${where.input ? `input '${where.input}'` : 'glob'}: '${glob}' ${problem}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(what, { file: where.file, line: where.line, hint: GLOB_HINT });
}
/**
 * picomatch over bounded globs (`dot: true`): a glob outside the bounds is a
 * UserError (naming `where`), and a matcher that has spent its time budget
 * throws one instead of matching on.
 */
function globMatcher(globs, where = {}) {
    const list = typeof globs === 'string' ? [globs] : globs;
    for (const g of list) {
        const e = globError(g, where);
        if (e)
            throw e;
    }
    const match = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(list, { dot: true });
    let spent = 0;
    return (path) => {
        const started = performance.now();
        const r = match(path);
        spent += performance.now() - started;
        if (spent > MATCH_BUDGET_MS) {
            const what = `matching ${list.length === 1 ? `'${list[0]}'` : `the globs ${list.map((g) => `'${g}'`).join(', ')}`} against the repository's paths took over ${MATCH_BUDGET_MS / 1000} s`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where.key ?? (where.input ? `input '${where.input}'` : 'glob')}: ${what}`, {
                file: where.file,
                line: where.line,
                hint: GLOB_HINT,
            });
        }
        return r;
    };
}


/***/ })

};

export const id = 741;
export const ids = [741,542,744];
export const modules = {

/***/ 2368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ fromUserError),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   Yl: () => (/* binding */ asUserError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** The one-line form of a problem: `path:line: what — fix`. */
function formatProblem(p) {
    return asUserError(p).format();
}
/** A problem as the UserError a face reports (an annotation on the runner, `path:line` on a terminal). */
function asUserError(p) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(p.message, { file: p.file || undefined, line: p.line, hint: p.hint });
}
/** A UserError caught while checking a chart, kept as an error finding of that chart. */
function fromUserError(e) {
    return { level: 'error', file: e.file ?? '', line: e.line, message: e.message, hint: e.hint };
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

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ loadComparison),
/* harmony export */   Ss: () => (/* binding */ resolveRange),
/* harmony export */   Tm: () => (/* binding */ treeSides),
/* harmony export */   n1: () => (/* binding */ followLinks)
/* harmony export */ });
/* unused harmony exports refreshTip, MAX_CHART_FILE_BYTES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7850);



const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const DEEPEN_STEPS = [64, 512, 4096];
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout (or fetch the commit before this step)';
/** The same fix from a terminal. */
const FETCH_HINT = 'fetch the commit (git fetch origin <sha>, or git fetch --unshallow in a shallow clone)';
/**
 * Resolves base and head to commits and finds their merge base. In a shallow
 * clone (actions/checkout's default `fetch-depth: 1`) it fetches a missing
 * commit by sha, the base branch tip, and deepens history until the merge base
 * is found; where that is impossible it fails naming the commit instead of
 * comparing against the wrong tree. A full clone costs no fetch at all.
 */
async function resolveRange(git, reader, req) {
    const remote = req.remote ?? 'origin';
    const fetched = [];
    const tipRef = req.baseBranch ? `refs/remotes/${remote}/${req.baseBranch}` : undefined;
    let [base, head, tip] = await Promise.all([reader.commit(req.base), reader.commit(req.head), tipRef ? reader.commit(tipRef) : undefined]);
    let shallow;
    const isShallow = async () => (shallow ??= (await git(['rev-parse', '--is-shallow-repository'])).stdout.toString().trim() === 'true');
    if (!base || !head || (tipRef && !tip)) {
        // Each want is a refspec and, for a name, a tag refspec to try when no branch has that name.
        const wants = [];
        const add = (ref) => {
            if (SHA.test(ref))
                wants.push([ref]);
            else {
                const name = ref.replace(/^refs\/heads\//, '').replace(new RegExp(`^(refs/remotes/)?${remote}/`), '');
                if (/^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('-'))
                    wants.push([
                        `+refs/heads/${name}:refs/remotes/${remote}/${name}`,
                        ref.startsWith('refs/heads/') ? undefined : `+refs/tags/${name}:refs/tags/${name}`,
                    ]);
            }
        };
        if (!base)
            add(req.base);
        if (!head)
            add(req.head);
        if (tipRef && !tip)
            add(req.baseBranch);
        if (wants.length > 0) {
            const depth = (await isShallow()) ? ['--depth=64'] : [];
            const fetch = (specs) => git(['fetch', '--quiet', '--no-tags', ...depth, '--', remote, ...specs]);
            const got = [];
            if ((await fetch(wants.map((w) => w[0]))).code === 0)
                got.push(...wants.map((w) => w[0]));
            else {
                // One missing ref fails the whole fetch: fetch one by one, so the error names the input that is wrong.
                for (const [spec, tag] of wants) {
                    if ((await fetch([spec])).code === 0)
                        got.push(spec);
                    else if (tag && (await fetch([tag])).code === 0)
                        got.push(tag);
                }
            }
            if (got.length > 0)
                fetched.push(`fetched ${got.map(short).join(', ')} from ${remote}`);
            reader.close();
            const again = (ref) => reader
                .commit(ref)
                .then((c) => c ?? (SHA.test(ref) ? undefined : reader.commit(`refs/remotes/${remote}/${ref.replace(new RegExp(`^${remote}/`), '')}`)));
            [base, head, tip] = await Promise.all([
                base ?? again(req.base),
                head ?? again(req.head),
                tipRef ? (tip ?? reader.commit(tipRef)) : undefined,
            ]);
        }
    }
    if (!head)
        throw missing(req.headLabel, req.head);
    if (!base)
        throw missing(req.baseLabel, req.base);
    let mb = await (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeBase */ .wu)(git, base, head);
    if (!mb && (await isShallow())) {
        for (const step of [...DEEPEN_STEPS, 0]) {
            const how = step === 0 ? ['--unshallow'] : [`--deepen=${step}`];
            const r = await git(['fetch', '--quiet', '--no-tags', ...how, '--', remote, base, head]);
            if (r.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot find the merge base of ${short(base)} and ${short(head)}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(r.stderr)})`, {
                    hint: FETCH_DEPTH_HINT,
                    cliHint: FETCH_HINT,
                });
            fetched.push(step === 0 ? 'fetched the full history' : `deepened history by ${step} commits`);
            mb = await (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeBase */ .wu)(git, base, head);
            if (mb || step === 0)
                break;
            shallow = undefined;
            if (!(await isShallow()))
                break;
        }
    }
    if (!mb)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${req.baseLabel} ${short(base)} and ${req.headLabel} ${short(head)} share no history`, {
            hint: `set ${req.baseLabel} to the branch the pull request merges into`,
        });
    return { base, head, mergeBase: mb, baseTip: tip && tip !== base ? tip : undefined, fetched };
}
function missing(label, ref) {
    const what = SHA.test(ref) ? `commit ${ref}` : `ref '${ref}'`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input '${label}': ${what} does not exist in this repository or on origin`, {
        hint: SHA.test(ref) ? FETCH_DEPTH_HINT : `set '${label}' to an existing branch, tag or commit`,
        cliHint: SHA.test(ref) ? FETCH_HINT : `pass --${label} with an existing branch, tag or commit`,
    });
}
function short(ref) {
    return SHA.test(ref) ? ref.slice(0, 12) : ref.replace(/^\+?refs\/(?:heads|tags)\/([^:]+):.*$/, '$1');
}
function firstLine(s) {
    return s.trim().split('\n')[0] || 'no output';
}
/**
 * Resolves the range and lists what changed with as few processes as
 * possible: in a clone that has both commits, three git processes run side by
 * side (object lookups, `git diff --raw base...head`, `git ls-tree
 * --name-only` of head), next to the refresh of the base branch tip (when
 * there is a base branch). Anything missing falls back to resolveRange, which
 * fetches, and then the same two listings run again.
 */
async function loadComparison(git, reader, req) {
    for (const [label, ref] of [
        [req.baseLabel, req.base],
        [req.headLabel, req.head],
    ]) {
        if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input '${label}': '${ref}' is not a ref or commit`, { hint: 'use a branch, tag or commit sha' });
    }
    const remote = req.remote ?? 'origin';
    // The base branch tip only counts once refreshed: on a reused self-hosted
    // workspace the local origin/<base> may be weeks old (actions/checkout only
    // fetches the pull request's ref). The fetch runs beside the listings.
    const tipping = req.baseBranch ? refreshTip(git, remote, req.baseBranch) : Promise.resolve(undefined);
    const [base, head, changes, headPaths, fresh] = await Promise.all([
        reader.commit(req.base),
        reader.commit(req.head),
        (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .diffSinceMergeBase */ .$$)(git, req.base, req.head),
        (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .listPathsAndLinks */ .zf)(git, req.head).catch(() => undefined),
        tipping,
    ]);
    // New objects arrived: the running cat-file may not see them.
    if (fresh?.moved)
        reader.close();
    const tip = fresh?.tip;
    const withTip = (r) => ({
        ...r,
        baseTip: tip && tip !== r.base ? tip : undefined,
        fetched: fresh?.note ? [...r.fetched, fresh.note] : r.fetched,
    });
    if (base && head && changes && headPaths) {
        return { range: withTip({ base, head, fetched: [] }), headPaths: headPaths.paths, headLinks: headPaths.links, changes };
    }
    const range = withTip(await resolveRange(git, reader, { ...req, baseBranch: undefined }));
    const [diff, listing] = await Promise.all([(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .diffSinceMergeBase */ .$$)(git, range.mergeBase, range.head), (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .listPathsAndLinks */ .zf)(git, range.head)]);
    if (!diff)
        throw new Error(`git diff ${range.mergeBase}...${range.head} failed`);
    return { range, headPaths: listing.paths, headLinks: listing.links, changes: diff };
}
/**
 * Fetches the base branch into `refs/remotes/<remote>/<branch>` before its tip
 * is trusted. Cheap and bounded: one ref, no tags, no submodules, only the tip
 * commit in a shallow clone, and a stalled transfer is abandoned. When origin
 * cannot be reached the local copy is kept and the note says it may be stale.
 */
async function refreshTip(git, remote, branch) {
    if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..'))
        return { moved: false };
    const ref = `refs/remotes/${remote}/${branch}`;
    const verify = ['--verify', '--quiet', '--end-of-options', `${ref}^{commit}`];
    const revParse = async () => {
        const r = await git(['rev-parse', ...verify]);
        return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
    };
    // One process answers both questions (each spawn blocks Node's thread until git has started):
    // the first line is the shallow flag, the second the local tip when it exists (exit 1 when not).
    const first = await git(['rev-parse', '--is-shallow-repository', ...verify]);
    const [flag, tipLine] = first.stdout.toString('utf8').split('\n');
    const shallow = flag.trim() === 'true';
    const before = first.code === 0 && /^[0-9a-f]{40,64}$/.test(tipLine?.trim() ?? '') ? tipLine.trim() : undefined;
    const r = await git([
        '-c',
        'http.lowSpeedLimit=1000',
        '-c',
        'http.lowSpeedTime=20',
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-recurse-submodules',
        '--no-write-fetch-head',
        ...(shallow ? ['--depth=1'] : []),
        '--',
        remote,
        `+refs/heads/${branch}:${ref}`,
    ]);
    if (r.code !== 0) {
        const where = before
            ? `compared with the local ${remote}/${branch} ${short(before)}, which may be stale`
            : 'the base branch tip was not compared';
        return { tip: before, moved: false, note: `could not refresh ${remote}/${branch} (${firstLine(r.stderr)}); ${where}` };
    }
    const after = await revParse();
    if (!after || after === before)
        return { tip: after, moved: false };
    return {
        tip: after,
        moved: true,
        note: before ? `refreshed ${remote}/${branch} from ${short(before)} to ${short(after)}` : `fetched ${branch} from ${remote}`,
    };
}
/**
 * Builds both sides from a comparison without listing the merge base's
 * tree: its paths are the head's with the changes undone, and its files are
 * read by the blob ids the diff names (or from head where unchanged).
 */
function treeSides(reader, head, headPaths, changes) {
    const base = new Set(headPaths);
    const byPath = new Map();
    for (const c of changes) {
        byPath.set(c.path, c);
        const existed = !/^0+$/.test(c.oldOid) && c.oldMode !== '000000' && c.oldMode !== '160000';
        if (existed)
            base.add(c.path);
        else
            base.delete(c.path);
    }
    return {
        base,
        head: headPaths,
        changed: [...byPath.keys()],
        readFile(side, path) {
            const c = byPath.get(path);
            const read = (spec) => reader.text(spec, MAX_CHART_FILE_BYTES).catch((e) => {
                throw e instanceof _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .ObjectTooLarge */ .Xs ? tooLarge(path, e.size) : e;
            });
            if (side === 'base' && c)
                return base.has(path) ? read(c.oldOid) : Promise.resolve(undefined);
            return headPaths.has(path) ? read(`${head}:${path}`) : Promise.resolve(undefined);
        },
    };
}
/**
 * The largest chart file the check reads: Helm's own limit (MaxDecompressedFileSize, 5 MiB), so a
 * file lockstep refuses is one `helm package` and `helm install` refuse too. The size comes from
 * git's object header: a 100 MB blob is refused without being loaded.
 */
const MAX_CHART_FILE_BYTES = 5 * 1024 * 1024;
function tooLarge(path, size) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the file is ${(size / (1024 * 1024)).toFixed(1)} MiB; Helm refuses chart files over 5 MiB, so lockstep does not read it`, {
        file: path,
        hint: 'keep the file under 5 MiB',
    });
}
/** How many links one path may pass through before it counts as a loop (Linux gives up at 40). */
const MAX_LINK_HOPS = 40;
/**
 * Makes the two sides see through symbolic links inside the repository, as
 * Helm's loader does when it packages a chart: a link's content is its
 * target's, a change to the target is a change of every path that reaches it
 * through a link (a values file linked to a shared one, a linked templates
 * folder), and a link that leaves the repository is refused when read — the
 * check could not see what `helm package` would pack. Without links (the usual
 * case) the sides are returned as they are.
 */
async function followLinks(reader, sides, headLinks, changes) {
    const baseLinks = new Map(headLinks);
    for (const c of changes) {
        if (c.oldMode === '120000')
            baseLinks.set(c.path, c.oldOid);
        else
            baseLinks.delete(c.path);
    }
    if (headLinks.size === 0 && baseLinks.size === 0)
        return sides;
    const load = async (links) => new Map(await Promise.all([...links].map(async ([path, spec]) => [path, (await reader.text(spec, 4096).catch(() => '/')) ?? ''])));
    const [headTargets, baseTargets] = await Promise.all([load(headLinks), load(baseLinks)]);
    const targets = { head: headTargets, base: baseTargets };
    /** Where a path really is on one side: each link on the way replaced by its target. */
    const resolve = (side, path) => {
        const links = targets[side];
        let p = path;
        for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            const parts = p.split('/');
            let k = 1;
            for (; k <= parts.length; k++)
                if (links.has(parts.slice(0, k).join('/')))
                    break;
            if (k > parts.length)
                return { path: p };
            const link = parts.slice(0, k).join('/');
            const target = links.get(link);
            const joined = target.startsWith('/') ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(link), target));
            if (joined === undefined || joined === '..' || joined.startsWith('../'))
                return { escapes: link, target };
            p = [joined === '.' ? '' : joined, ...parts.slice(k)].filter((x) => x !== '').join('/');
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${path} passes through more than ${MAX_LINK_HOPS} symbolic links (a loop)`, {
            file: path,
            hint: 'point each link at a real file',
        });
    };
    // Every path a link makes reachable, per side: the link itself for a file, each file below for a folder.
    const headPaths = new Set(sides.head);
    const basePaths = new Set(sides.base);
    const reach = (side, paths, real, linkPaths, into) => {
        for (const link of linkPaths) {
            const r = resolve(side, link);
            if (!('path' in r))
                continue;
            into.set(link, r.path);
            const folder = `${r.path}/`;
            for (const p of real)
                if (p.startsWith(folder)) {
                    const via = `${link}/${p.slice(folder.length)}`;
                    paths.add(via);
                    into.set(via, p);
                }
        }
    };
    const headVia = new Map();
    const baseVia = new Map();
    reach('head', headPaths, sides.head, headTargets.keys(), headVia);
    reach('base', basePaths, sides.base, baseTargets.keys(), baseVia);
    // A path reached through a link changed when what it reaches changed on either side.
    const changedReal = new Set(sides.changed);
    const changed = new Set(sides.changed);
    for (const via of [headVia, baseVia])
        for (const [path, real] of via)
            if (changedReal.has(real) || headVia.get(path) !== baseVia.get(path))
                changed.add(path);
    return {
        base: basePaths,
        head: headPaths,
        changed: [...changed],
        readFile(side, path) {
            const r = resolve(side, path);
            if (!('path' in r))
                return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${r.escapes} is a symbolic link to ${r.target}, outside the repository: helm package would pack a file this check cannot see`, {
                    file: r.escapes,
                    hint: 'replace the link with the file, or point it inside the repository',
                }));
            return sides.readFile(side, r.path);
        },
    };
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

/***/ 6766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedChartsOutput: () => (/* binding */ changedChartsOutput),
/* harmony export */   literalPrefix: () => (/* binding */ literalPrefix),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _checks_problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2368);
/* harmony import */ var _config_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6744);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2536);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1150);
/* harmony import */ var _git_local_repo_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8982);
/* harmony import */ var _git_objects_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7850);








// The check's run starts git before anything else: this module imports only what starting git
// needs. The YAML, SemVer and glob libraries (checks/chart-bump.ts, the config loader) are
// imported after git has started, so git lists and diffs while Node compiles them.
const DEFAULT_CONFIG = '.github/lockstep.yml';
/**
 * Compares head with base and decides, per changed chart, whether its version
 * moved correctly. Never throws for a failing check: the result says `ok:
 * false` and each face reports it (view.ts checkFailure); user mistakes throw.
 * Its steps: the route (working directory and paths, checked before git is
 * asked anything), git started, the libraries loaded, the commits compared,
 * the config read at the base (and the head), the charts decided.
 */
async function run(req, world) {
    const started = startGit(req, world, resolveRoute(req, world));
    try {
        return await finish(req, world, started);
    }
    finally {
        started.reader.dispose();
    }
}
/** The working directory (a folder of a git checkout inside the workspace) and the chart and protected-values patterns inside it. */
function resolveRoute(req, world) {
    const root = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__.resolveWorkingDirectory)(world.workspace, req.workingDirectory, 'working-directory');
    for (const p of req.charts)
        (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(root, literalPrefix(p), 'charts');
    for (const p of req.protectedGlobs)
        (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(root, literalPrefix(p), 'protected-values');
    return root;
}
/**
 * Starts git at once (the comparison, the file:// search, the working
 * directory's prefix) and returns without waiting for it.
 */
function startGit(req, world, root) {
    const git = (world.services.git ?? _git_objects_js__WEBPACK_IMPORTED_MODULE_7__.gitSpawner)(root);
    const reader = new _git_objects_js__WEBPACK_IMPORTED_MODULE_7__/* .ObjectReader */ .nR(root);
    const comparison = (0,_git_history_js__WEBPACK_IMPORTED_MODULE_5__/* .loadComparison */ .Sk)(git, reader, {
        base: req.base,
        head: req.head,
        baseLabel: 'base',
        headLabel: 'head',
        baseBranch: req.baseBranch,
    });
    // Awaited later; until then a rejection must not count as unhandled.
    comparison.catch(() => { });
    const dependents = (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_7__/* .pathsContaining */ .D)(git, req.head, 'Chart.yaml', 'file://').catch(() => undefined);
    const subfolder = root !== (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(world.workspace);
    const prefix = subfolder
        ? git(['rev-parse', '--show-prefix']).then((r) => (r.code === 0 ? r.stdout.toString('utf8').trim() : ''))
        : Promise.resolve('');
    prefix.catch(() => { });
    return { root, git, reader, comparison, prefix, dependents };
}
/** The check proper, once git is under way: the libraries load while it works. */
async function finish(req, world, s) {
    const { checkChartBumps } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(614), __webpack_require__.e(788), __webpack_require__.e(306), __webpack_require__.e(419)]).then(__webpack_require__.bind(__webpack_require__, 1419));
    const prefix = await s.prefix;
    const { range, headPaths, headLinks, changes } = await compared(req, s);
    // The rules come from the base commit, as CODEOWNERS does: a pull request (a fork's among them)
    // cannot switch the guard off through its own copy of the config.
    const configs = await readConfigs(req, s, range, prefix);
    const noChartsAt = checkTargets(req, s.root, prefix, configs.base, configs.module).noChartsAt;
    if (noChartsAt)
        world.reporter.info(`${noChartsAt}: charts: [] — no chart to check`);
    world.reporter.debug(`comparing ${range.head} with ${range.mergeBase ?? 'its merge base'} (base ${range.base})`);
    const otherBases = otherBasesOf(req, s, range);
    // Helm's loader follows symbolic links: a values file linked to a shared one changes when that one does.
    const sides = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_5__/* .followLinks */ .n1)(s.reader, (0,_git_history_js__WEBPACK_IMPORTED_MODULE_5__/* .treeSides */ .Tm)(s.reader, range.head, headPaths, changes), headLinks, changes);
    const decide = async (config) => checkChartBumps({
        ...sides,
        // Charts that may depend on others through file:// were found by git grep, side by side with the
        // comparison (searched again when the head had to be fetched first).
        localDependencyCandidates: (await s.dependents) ?? (await (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_7__/* .pathsContaining */ .D)(s.git, range.head, 'Chart.yaml', 'file://')),
        otherBases,
        ...checkTargets(req, s.root, prefix, config, configs.module),
    });
    const plan = await decide(configs.base);
    const configChange = configs.change ? await underHeadConfig(configs.change, decide) : undefined;
    // A pull request's invalid config only makes its own check stricter: it fails, as the file would break every run once merged.
    const ok = plan.ok && !configChange?.invalid;
    return {
        ...plan,
        ok,
        outputs: { ok: String(ok), 'changed-charts': JSON.stringify(changedChartsOutput(plan)) },
        range,
        baseBranch: req.baseBranch,
        ...(configChange ? { configChange } : {}),
    };
}
/** The comparison git started; HEAD that names no commit (no commit yet, an unborn branch) is said as such, not as a missing ref. */
async function compared(req, s) {
    return s.comparison.catch(async (e) => {
        const noHead = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo && req.head === 'HEAD' ? await (0,_git_local_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .headProblem */ .Y2)(s.git, 'nothing to check') : undefined;
        throw noHead ?? e;
    });
}
/**
 * The head must exceed the chart versions of the merge base, of the base
 * commit itself and of the base branch tip, so two open PRs cannot both take the same version.
 */
function otherBasesOf(req, s, range) {
    const otherBases = [{ label: `base ${range.base.slice(0, 12)}`, readFile: (p) => s.reader.text(`${range.base}:${p}`) }];
    if (range.baseTip)
        otherBases.push({ label: `the tip of ${req.baseBranch}`, readFile: (p) => s.reader.text(`${range.baseTip}:${p}`) });
    return otherBases;
}
/** The largest config file read from git: far above any real one, and never a reason to read a huge blob. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads the config file at the base and at the head commit. The base's rules
 * are applied; a head whose file differs is parsed too (its errors become a
 * note, never the check's failure) so the summary can say what it would decide.
 */
async function readConfigs(req, s, range, prefix) {
    const rel = req.config?.trim() || DEFAULT_CONFIG;
    const explicit = rel !== DEFAULT_CONFIG;
    (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(s.root, rel, 'config');
    const repoPath = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(prefix, rel.replace(/\\/g, '/')));
    const read = (commit) => s.reader.text(`${commit}:${repoPath}`, MAX_CONFIG_BYTES).catch((e) => {
        if (e instanceof _git_objects_js__WEBPACK_IMPORTED_MODULE_7__/* .ObjectTooLarge */ .Xs)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`config ${rel} is ${e.size} bytes; a config file is at most 1 MiB`, {
                file: repoPath,
                hint: 'shorten the file',
            });
        throw e;
    });
    const [baseText, headText] = await Promise.all([read(range.base), read(range.head)]);
    if (baseText === undefined && headText === undefined) {
        // .yml for .yaml and back: the one that exists is most likely the one meant, never silently ignored.
        const other = (0,_config_names_js__WEBPACK_IMPORTED_MODULE_2__/* .otherConfigExtension */ .q)(rel);
        if (other !== undefined && (await s.reader.read(`${range.base}:${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(prefix, other))}`)))
            throw (0,_config_names_js__WEBPACK_IMPORTED_MODULE_2__/* .siblingConfigError */ .R)(rel, other, ' at the base commit');
        if (explicit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`config file ${rel} does not exist at the base or the head commit`, {
                hint: 'fix the config input or create the file',
            });
        return {};
    }
    // The config loader (and its JSON Schema validator) is loaded only when there is a config to read.
    const module = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(312), __webpack_require__.e(2)]).then(__webpack_require__.bind(__webpack_require__, 1312));
    let base;
    if (baseText !== undefined) {
        try {
            base = module.parseConfigText(baseText, rel);
        }
        catch (e) {
            // The base's own config is broken: fail closed, saying where the fix must land.
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo))
                throw e;
            const why = `this check reads the config from the base commit ${range.base.slice(0, 12)}, so the fix must land there first`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(e.message, { file: e.file, line: e.line, col: e.col, hint: e.hint ? `${e.hint}; ${why}` : why });
        }
    }
    if (headText === baseText)
        return { base, module };
    const change = { file: repoPath };
    if (headText === undefined)
        change.deleted = true;
    else {
        try {
            change.head = module.parseConfigText(headText, rel);
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo))
                throw e;
            change.problem = formatUserError(e);
            change.invalid = (0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .fromUserError */ .ET)(e);
        }
    }
    return { base, module, change };
}
/** What the pull request's own config would decide, as a note for the summary (never enforced). */
async function underHeadConfig(change, decide) {
    const said = { file: change.file, ...(change.deleted ? { deleted: true } : {}) };
    if (change.problem)
        return { ...said, verdict: 'not-run', problem: change.problem, ...(change.invalid ? { invalid: change.invalid } : {}) };
    try {
        const plan = await decide(change.head);
        const errors = [...plan.charts.flatMap((c) => c.problems), ...plan.protectedProblems].filter((p) => p.level === 'error').length;
        return { ...said, verdict: plan.ok ? 'pass' : 'fail', errors };
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserErrors */ .tQ)
            return { ...said, verdict: 'not-run', problem: e.errors.map(formatUserError).join('; ') };
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo))
            throw e;
        return { ...said, verdict: 'not-run', problem: formatUserError(e) };
    }
}
/** A user error as one line: `file:line: message — hint`. */
const formatUserError = (e) => e.format();
/** The `changed-charts` output entries, in chart order. */
function changedChartsOutput(plan) {
    return plan.charts.map((c) => ({
        path: c.path,
        name: c.name,
        base: c.base,
        head: c.head,
        required: c.required,
        ok: c.ok,
        problems: c.problems.map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw),
    }));
}
/**
 * The request and the config merged into what the check applies: chart
 * patterns, environment values files, globs, ignore and the rules. Each
 * target remembers its input or config line, so one that matches nothing is
 * reported there. git names paths from the repository's top; patterns and
 * config paths are relative to working-directory (`prefix` below the top).
 */
function checkTargets(req, root, prefix, config, configModule) {
    const fromInput = req.charts.length > 0;
    const given = fromInput ? req.charts : (config?.charts ?? []);
    for (const p of given)
        (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(root, literalPrefix(p), 'charts');
    const inRepo = (p) => (prefix ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(prefix, p.trim().replace(/\\/g, '/')) : p);
    const configFile = config?.file ? inRepo(config.file) : undefined;
    const fromConfig = (path, key) => ({
        key,
        file: configFile,
        line: config && configModule ? configModule.configLine(config, path) : undefined,
    });
    const here = prefix ? prefix.replace(/\/+$/, '') : '.';
    // An explicit `charts: []` in the config (and no charts input) means no chart: said once, as file:line.
    const noChartsAt = !fromInput && config?.charts?.length === 0 ? `${configFile}:${fromConfig(['charts'], 'charts').line ?? 1}` : undefined;
    const charts = noChartsAt !== undefined
        ? []
        : given.length > 0
            ? given.map((p, i) => ({
                pattern: inRepo(p),
                written: p,
                ...(fromInput ? { input: 'charts' } : fromConfig(['charts', i], 'charts')),
            }))
            : [{ pattern: here, written: here, input: 'working-directory' }];
    const environments = (config?.environments ?? []).map((e, i) => ({
        protected: e.protected,
        target: { pattern: inRepo(e.values), written: e.values, ...fromConfig(['environments', i, 'values'], `environments[${i}].values`) },
    }));
    return {
        charts,
        noCharts: noChartsAt !== undefined,
        noChartsAt,
        protectedFiles: environments.filter((e) => e.protected).map((e) => e.target),
        configuredFiles: environments.filter((e) => !e.protected).map((e) => e.target),
        protectedGlobs: req.protectedGlobs.map((g) => ({ pattern: inRepo(g), written: g, input: 'protected-values' })),
        prefix,
        ignore: req.ignore.length > 0 ? req.ignore : (config?.ignore ?? []),
        breaking: req.breaking,
        changelog: req.changelog ?? config?.changelog ?? 'auto',
    };
}
/** The folder part of a glob before its first wildcard (`charts/*` → `charts`). */
function literalPrefix(pattern) {
    const parts = pattern.trim().replace(/\\/g, '/').split('/');
    const i = parts.findIndex((s) => /[*?[\]{}!()]/.test(s));
    return (i < 0 ? parts : parts.slice(0, i)).join('/') || '.';
}


/***/ }),

/***/ 1542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartRows: () => (/* binding */ chartRows),
/* harmony export */   checkFailure: () => (/* binding */ checkFailure),
/* harmony export */   checkLogLine: () => (/* binding */ checkLogLine),
/* harmony export */   checkMarkdown: () => (/* binding */ checkMarkdown),
/* harmony export */   checkRunnerView: () => (/* binding */ checkRunnerView),
/* harmony export */   checkTitle: () => (/* binding */ checkTitle),
/* harmony export */   checkView: () => (/* binding */ checkView),
/* harmony export */   checkWarnings: () => (/* binding */ checkWarnings),
/* harmony export */   comparedSentence: () => (/* binding */ comparedSentence),
/* harmony export */   configChangeSentence: () => (/* binding */ configChangeSentence),
/* harmony export */   howToFix: () => (/* binding */ howToFix),
/* harmony export */   protectedRows: () => (/* binding */ protectedRows),
/* harmony export */   view: () => (/* binding */ view)
/* harmony export */ });
/* harmony import */ var _checks_problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2368);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8960);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9888);




// The check's renderings (the runner's log and job summary, and the terminal) are built from the
// same rows and sentences below, so the action and `lockstep check` cannot tell different stories.
const CHART_HEADERS = ['Chart', 'Version (base → head)', 'Required', 'Result', 'Why'];
const PROTECTED_HEADERS = ['Protected values file', 'Result'];
const NOTHING_CHANGED = 'No chart changed in a way `helm package` would see.';
/** The heading: the action's name and the verdict. */
function checkTitle(r) {
    return `chart-bump-check: ${r.ok ? 'passed' : 'failed'}`;
}
/** What was compared, as one sentence; `code` marks a commit (Markdown backticks, or nothing on a terminal). */
function comparedSentence(r, code = (s) => `\`${s}\``) {
    const short = (s) => code(s.slice(0, 12));
    const tip = r.range.baseTip ? `, base branch tip ${short(r.range.baseTip)}` : '';
    const mb = r.range.mergeBase ? `merge base ${short(r.range.mergeBase)}` : 'their merge base';
    return `Compared head ${short(r.range.head)} with ${mb} (base ${short(r.range.base)}${tip}).`;
}
/**
 * The note on a pull request that changes the config file: the base's version
 * was applied, and what the pull request's version would have decided.
 */
function configChangeSentence(r, code = _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS, text = _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV) {
    const c = r.configChange;
    if (!c)
        return undefined;
    const would = c.verdict === 'pass'
        ? 'it would pass'
        : c.verdict === 'fail'
            ? `it would fail (${c.errors} error${c.errors === 1 ? '' : 's'})`
            : `the check could not run: ${text(c.problem ?? 'unknown')}`;
    return `This pull request ${c.deleted ? 'deletes' : 'changes'} ${code(c.file)}. The check applied the base commit's version of it; under the pull request's version ${would}.`;
}
/** A changed chart's line in the log: ok or FAIL, its versions and the level it needed. */
function checkLogLine(c) {
    return `${c.ok ? 'ok  ' : 'FAIL'} ${c.path}: ${c.base ?? '(new)'} → ${c.head ?? '(deleted)'} (required: ${c.required})`;
}
/** One row per changed chart: chart, base → head, required level, result, why (reasons, then problems). */
function chartRows(r) {
    return r.charts.map((c) => {
        const result = !c.ok ? '❌ fail' : c.problems.length > 0 ? '⚠️ pass with warnings' : '✅ pass';
        const why = [...c.reasons, ...c.problems.map((p) => `${p.level === 'warning' ? 'warning: ' : ''}${(0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}`)];
        return [`${c.name} (${c.path})`, `${c.base ?? '(new)'} → ${c.head ?? '(deleted)'}`, c.required, result, why.join('\n')];
    });
}
/** One row per protected values file: every image pinned, or what is not. */
function protectedRows(r) {
    return r.protectedFiles.map((f) => {
        const mine = r.protectedProblems.filter((p) => p.file === f);
        return [f, mine.length === 0 ? '✅ every image pinned by digest' : mine.map((p) => `❌ ${(0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}`).join('\n')];
    });
}
/**
 * The job summary: what was compared, then one row per changed chart and the
 * protected values files checked, then how to fix each failing chart. Every
 * cell is escaped; file contents never become markup.
 */
function checkMarkdown(r) {
    const lines = [`### ${checkTitle(r)}`, '', comparedSentence(r), ''];
    if (r.range.fetched.length > 0)
        lines.push(`Fetched from origin: ${r.range.fetched.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV).join('; ')}.`, '');
    const config = configChangeSentence(r);
    if (config)
        lines.push(config, '');
    if (r.charts.length === 0)
        lines.push(NOTHING_CHANGED, '');
    else {
        lines.push((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)(CHART_HEADERS, chartRows(r)), '');
        const fixes = r.charts.filter((c) => !c.ok).map((c) => howToFix(c));
        if (fixes.length > 0)
            lines.push('**How to fix**', '', ...fixes, '');
    }
    if (r.protectedFiles.length > 0)
        lines.push((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Q)(PROTECTED_HEADERS, protectedRows(r)), '');
    return lines.join('\n');
}
/**
 * The terminal's view of the same result: the charts table, the compared
 * sentence as the status, each protected file and each fix as a note, and
 * the warnings (which on the runner are annotations).
 */
function checkView(r) {
    const status = [
        comparedSentence(r, (s) => s),
        ...(r.charts.length === 0 ? [NOTHING_CHANGED.replace(/`/g, '')] : []),
        r.ok ? 'The check passed.' : 'The check failed.',
    ];
    return {
        title: checkTitle(r),
        status: status.join(' '),
        headers: CHART_HEADERS,
        rows: chartRows(r),
        notes: [
            ...r.range.fetched.map((f) => `fetched from origin: ${f}`),
            ...(r.configChange
                ? [
                    configChangeSentence(r, (s) => s, (s) => s),
                ]
                : []),
            ...protectedRows(r).map(([file, result]) => `protected ${file}: ${result.replace(/\n/g, '; ')}`),
            ...r.charts.filter((c) => !c.ok).map((c) => `how to fix: ${howToFix(c, terminalCode).replace(/^- /, '')}`),
        ],
        warnings: checkWarnings(r).map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw),
    };
}
const markdownCode = { code: (s) => (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(s), text: _text_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV };
/** The terminal's: `lockstep bump` with its flags, not the bump-chart step's inputs. */
const terminalCode = {
    code: (s) => s,
    text: (s) => s,
    bump: (path, level) => `lockstep bump --charts ${path} --level ${level}`,
};
/**
 * One line per failing chart: the exact `version:` to write or the bump-chart
 * step that writes it, then the fixes of its other problems (each problem's
 * own text is in the table already).
 */
function howToFix(c, style = markdownCode) {
    const chartFile = c.path === '.' ? 'Chart.yaml' : `${c.path}/Chart.yaml`;
    const steps = [];
    if (c.fix)
        steps.push(`write ${style.code(`version: ${c.fix.version}`)} in ${style.code(chartFile)}, or run ${style.bump ? style.bump(c.path, c.fix.level) : `bump-chart with ${style.code(`charts: ${c.path}`)} and ${style.code(`level: ${c.fix.level}`)}`}`);
    const versionProblem = (p) => c.fix !== undefined && p.file === chartFile && p.hint?.startsWith('needs ');
    const breakingKey = (p) => c.fix !== undefined && p.hint?.startsWith('breaking, needs ');
    for (const p of c.problems) {
        if (p.level !== 'error' || versionProblem(p) || breakingKey(p) || !p.hint)
            continue;
        // A changelog section is needed for the version being written, not the one the head has now.
        const hint = c.fix && c.head ? p.hint.split(`## [${c.head}]`).join(`## [${c.fix.version}]`) : p.hint;
        const step = style.text(hint);
        if (!steps.includes(step))
            steps.push(step);
    }
    return `- ${style.text(c.name)} (${style.code(c.path)}): ${steps.length > 0 ? steps.join('; then ') : 'see the problems above'}`;
}
/** The check's two views of a result: the runner's and the terminal's. */
const view = { runner: checkRunnerView, terminal: checkView };
/**
 * What the runner is told, in order: a log group with what was fetched and
 * one line per changed chart, the outputs, the job summary, one warning
 * annotation per warning at its file and line; then the failures, through
 * the one failure path (an annotation each, exit 1), after the outputs are
 * set (the summary's tables already list them).
 */
function checkRunnerView(r) {
    const steps = [{ group: 'chart-bump-check' }];
    for (const note of r.range.fetched)
        steps.push({ info: note });
    for (const c of r.charts)
        steps.push({ info: checkLogLine(c) });
    if (r.charts.length === 0)
        steps.push({ info: 'no chart changed' });
    steps.push({ endGroup: true });
    // Typed by its keys, so Object.entries sees string values (an interface alone gives it `any`).
    const outputs = r.outputs;
    for (const [k, v] of Object.entries(outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: checkMarkdown(r) });
    for (const p of checkWarnings(r))
        steps.push({ annotate: 'warning', message: (0,_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p), file: p.file || undefined, line: p.line, title: 'lockstep' });
    return { steps, failure: checkFailure(r) };
}
/** The failures of a check as the faces report them (one `path:line: what — fix` each); undefined when it passed. */
function checkFailure(r) {
    if (r.ok)
        return undefined;
    const failures = [
        ...r.charts.flatMap((c) => c.problems),
        ...r.protectedProblems,
        ...(r.configChange?.invalid ? [r.configChange.invalid] : []),
    ].filter((p) => p.level === 'error');
    // The summary's tables list them already: the runner's summary must not repeat them.
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserErrors */ .tQ(failures.map(_checks_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .asUserError */ .Yl), { summarized: true });
}
/** The warnings of a check, charts first. */
function checkWarnings(r) {
    return [...r.charts.flatMap((c) => c.problems), ...r.protectedProblems].filter((p) => p.level === 'warning');
}


/***/ })

};

export const id = 544;
export const ids = [544];
export const modules = {

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


/***/ })

};

export const id = 679;
export const ids = [679,850];
export const modules = {

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
                    wants.push([`+refs/heads/${name}:refs/remotes/${remote}/${name}`, ref.startsWith('refs/heads/') ? undefined : `+refs/tags/${name}:refs/tags/${name}`]);
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
            const again = (ref) => reader.commit(ref).then((c) => c ?? (SHA.test(ref) ? undefined : reader.commit(`refs/remotes/${remote}/${ref.replace(new RegExp(`^${remote}/`), '')}`)));
            [base, head, tip] = await Promise.all([base ?? again(req.base), head ?? again(req.head), tipRef ? (tip ?? reader.commit(tipRef)) : undefined]);
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
        '-c', 'http.lowSpeedLimit=1000',
        '-c', 'http.lowSpeedTime=20',
        'fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head',
        ...(shallow ? ['--depth=1'] : []),
        '--', remote, `+refs/heads/${branch}:${ref}`,
    ]);
    if (r.code !== 0) {
        const where = before ? `compared with the local ${remote}/${branch} ${short(before)}, which may be stale` : 'the base branch tip was not compared';
        return { tip: before, moved: false, note: `could not refresh ${remote}/${branch} (${firstLine(r.stderr)}); ${where}` };
    }
    const after = await revParse();
    if (!after || after === before)
        return { tip: after, moved: false };
    return { tip: after, moved: true, note: before ? `refreshed ${remote}/${branch} from ${short(before)} to ${short(after)}` : `fetched ${branch} from ${remote}` };
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
            const read = (spec) => reader.text(spec, MAX_CHART_FILE_BYTES).catch((e) => Promise.reject(e instanceof _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .ObjectTooLarge */ .Xs ? tooLarge(path, e.size) : e));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${path} passes through more than ${MAX_LINK_HOPS} symbolic links (a loop)`, { file: path, hint: 'point each link at a real file' });
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository is bare (it has no work tree)', { hint: then('run in a clone that has a work tree (git clone <path>)') });
    const branch = await currentBranch(git);
    if (!(await out(git, ['rev-list', '--max-count=1', '--all'])))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, { hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)') });
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


/***/ })

};

export const id = 8545;
export const ids = [8545];
export const modules = {

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

/***/ 66409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ commitLogRecords),
/* harmony export */   Qo: () => (/* binding */ headCommit),
/* harmony export */   Zs: () => (/* binding */ localTagCommit),
/* harmony export */   c1: () => (/* binding */ fetchUnshallow),
/* harmony export */   cB: () => (/* binding */ listTags),
/* harmony export */   dI: () => (/* binding */ fetchHistorySince),
/* harmony export */   eF: () => (/* binding */ tagCommit),
/* harmony export */   eg: () => (/* binding */ fetchTagCommit),
/* harmony export */   hD: () => (/* binding */ lsRemoteTags),
/* harmony export */   rH: () => (/* binding */ rawLog),
/* harmony export */   ti: () => (/* binding */ hasTag),
/* harmony export */   xI: () => (/* binding */ fetchTag)
/* harmony export */ });
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90669);

// The git verbs a release's tag search and commit scan speak (release/history.ts): tag listings,
// the tagged commits, the remote's tag list and the narrow fetches of a shallow clone. Each is one
// git command line, spelled here and nowhere else.
/** The local tag names, all of them or those matching `pattern` (`--merged HEAD` with `merged`). */
async function listTags(git, pattern, merged = false) {
    const args = pattern === undefined ? ['tag', '--list'] : ['tag', '--list', ...(merged ? ['--merged', 'HEAD'] : []), '--', pattern];
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, args)).split('\n').filter((t) => t !== '');
}
/** The commit the local tag names; throws when there is no such tag. */
async function tagCommit(git, tag) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}^{commit}`])).trim();
}
/** The commit the local tag names, or '' when there is none here. */
async function localTagCommit(git, tag) {
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}^{commit}`])).stdout.toString().trim();
}
/** Whether the tag is here (its object, whatever it points at). */
async function hasTag(git, tag) {
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}`])).code === 0;
}
/** HEAD's commit; throws without one. */
async function headCommit(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
}
/** `git ls-remote --tags` of `remote` (annotated tags with their peeled lines), as git answered. */
function lsRemoteTags(git, remote) {
    return git(['ls-remote', '--tags', '--', remote]);
}
/** `git log --format=raw` of HEAD's history from `head`: each commit's id and its parents' (a shallow one's too). */
function rawLog(git, head) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['log', '--format=raw', '--no-decorate', '--end-of-options', head, '--']);
}
/** How a shallow clone's narrow fetches begin: quiet, no tags, no submodules, no FETCH_HEAD. */
const NARROW_FETCH = [..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG, '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head'];
/** Fetches the tag's commit alone (depth 1) from `remote`. */
function fetchTagCommit(git, remote, tag) {
    return git([...NARROW_FETCH, '--depth=1', '--', remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
}
/** Fetches the history behind `boundary` (a shallow clone's edge commits) down to, not into, the tag's. */
function fetchHistorySince(git, remote, tag, boundary) {
    return git([...NARROW_FETCH, `--shallow-exclude=refs/tags/${tag}`, '--', remote, ...boundary]);
}
/** Fetches the whole history behind `boundary`. */
function fetchUnshallow(git, remote, boundary) {
    return git([...NARROW_FETCH, '--unshallow', '--', remote, ...boundary]);
}
/** Fetches one tag and its commit alone (depth 1), to show a tag a shallow clone knows by name only. */
function fetchTag(git, remote, tag) {
    return git([
        ..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--depth=1',
        '--',
        remote,
        `+refs/tags/${tag}:refs/tags/${tag}`,
    ]);
}
/**
 * `git log` of `range` with each commit's id, parents and full message as three NUL-separated records,
 * handed to `onRecord` as git prints them (`signal` stops git).
 */
function commitLogRecords(git, range, onRecord, signal) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRecords */ .Xq)(git, ['log', '-z', '--format=%H%x00%P%x00%B', '--end-of-options', range, '--'], onRecord, signal);
}


/***/ }),

/***/ 68545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ porcelainStatus),
/* harmony export */   workTreeSnapshot: () => (/* binding */ workTreeSnapshot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _local_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48982);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57850);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90669);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66409);







// What `lockstep check` checks in a terminal by default: the work tree as it is, uncommitted changes
// included, recorded as a commit (packages/cli/src/commands/local.ts).
/**
 * `git status --porcelain=v1 -z` with every untracked file and no rename detection: of the whole
 * repository, or of the working directory only (`here`). Paths are relative to the repository's top.
 */
function porcelainStatus(git, here) {
    const args = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(git, here ? [...args, '--', '.'] : args);
}
/**
 * Records the work tree (tracked changes and untracked files that are not
 * ignored) as a commit whose parent is HEAD, through a temporary copy of the
 * index: the real index, the work tree and every ref stay as they were (the
 * commit is referenced by nothing). Undefined when the work tree matches HEAD.
 */
async function workTreeSnapshot(root, env) {
    const git = (0,_objects_js__WEBPACK_IMPORTED_MODULE_4__.gitSpawner)(root, env);
    const noHead = await (0,_local_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .headProblem */ .Y2)(git, 'nothing to check');
    if (noHead)
        throw noHead;
    const status = await porcelainStatus(git, false);
    const paths = status
        .split('\0')
        .filter((e) => e.length > 3)
        .map((e) => e.slice(3));
    if (paths.length === 0)
        return undefined;
    const head = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .headCommit */ .Qo)(git);
    const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'lockstep-check-'));
    try {
        const index = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'index');
        const real = (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(git, ['rev-parse', '--git-path', 'index'])).trim();
        const realAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(real) ? real : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, real);
        // The copy keeps the real index's file stamps, so `git add` hashes only what changed.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(realAbs))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(realAbs, index);
        const staged = (0,_objects_js__WEBPACK_IMPORTED_MODULE_4__.gitSpawner)(root, { ...env, GIT_INDEX_FILE: index });
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(index))
            await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(staged, ['read-tree', head]);
        await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(staged, ['add', '--all', '--', ':/']);
        const tree = (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(staged, ['write-tree'])).trim();
        const who = {
            GIT_AUTHOR_NAME: 'lockstep',
            GIT_AUTHOR_EMAIL: 'lockstep@localhost',
            GIT_COMMITTER_NAME: 'lockstep',
            GIT_COMMITTER_EMAIL: 'lockstep@localhost',
        };
        const commit = (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)((0,_objects_js__WEBPACK_IMPORTED_MODULE_4__.gitSpawner)(root, { ...env, ...who }), [
            'commit-tree',
            tree,
            '-p',
            head,
            '-m',
            'lockstep check: the work tree, uncommitted',
        ])).trim();
        return { commit, head, paths };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { recursive: true, force: true });
    }
}


/***/ })

};

export const id = 2094;
export const ids = [2094];
export const modules = {

/***/ 32094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultCheckBase: () => (/* binding */ defaultCheckBase),
/* harmony export */   workTreeSnapshot: () => (/* binding */ workTreeSnapshot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _lockstep_core_git_local_repo__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48982);
/* harmony import */ var _lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57850);






// What `lockstep check` compares in a terminal, where no pull request says it: the default branch
// (origin's when there is a remote, else the local one), and the work tree as it is, uncommitted
// changes included. Loaded by the check command's handler only.
/**
 * The ref `check` compares with when --base is not given, and the line that
 * says so. On the local default branch itself (no remote: the branch is HEAD),
 * comparing with it would compare HEAD with itself: the last tag reachable
 * from HEAD is the last release then, or, with none, there is nothing to
 * compare with (`ref` undefined, and `said` says so).
 */
async function defaultCheckBase(git, head) {
    if (await (0,_lockstep_core_git_local_repo__WEBPACK_IMPORTED_MODULE_4__/* .hasRemote */ .F6)(git)) {
        const branch = await (0,_lockstep_core_git_local_repo__WEBPACK_IMPORTED_MODULE_4__/* .remoteDefaultBranch */ .Ki)(git);
        if (!branch)
            throw new _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('cannot tell which branch to compare with: origin has no default branch this repository knows of', {
                hint: 'pass --base with the branch to compare with (e.g. --base main), or run git remote set-head origin --auto',
            });
        return {
            ref: `refs/remotes/origin/${branch}`,
            label: `origin/${branch}`,
            said: `comparing with origin/${branch}, origin's default branch (pass --base for another)`,
        };
    }
    const branch = await (0,_lockstep_core_git_local_repo__WEBPACK_IMPORTED_MODULE_4__/* .localDefaultBranch */ .$N)(git);
    if (!branch)
        throw new _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('cannot tell which branch to compare with: the repository has no remote and no main or master branch', {
            hint: 'pass --base with the branch, tag or commit to compare with (e.g. --base trunk)',
        });
    const [tip, at, on] = await Promise.all([commitOf(git, `refs/heads/${branch}`), commitOf(git, head), (0,_lockstep_core_git_local_repo__WEBPACK_IMPORTED_MODULE_4__/* .currentBranch */ .eR)(git)]);
    if (tip === undefined || tip !== at || on !== branch)
        return {
            ref: `refs/heads/${branch}`,
            label: `the local branch ${branch}`,
            said: `comparing with the local branch ${branch}: the repository has no origin remote (pass --base for another)`,
        };
    const described = await git(['describe', '--tags', '--abbrev=0', tip]);
    const tag = described.code === 0 ? described.stdout.toString('utf8').trim() : '';
    if (tag === '' || tag.startsWith('-'))
        return {
            said: `Nothing to compare with: HEAD is ${branch}, the local default branch, no tag is reachable from it and the repository has no origin remote; nothing was checked.`,
        };
    return {
        ref: `refs/tags/${tag}`,
        label: tag,
        said: `comparing with ${tag}, the last tag on ${branch}: HEAD is the local default branch and the repository has no origin remote (pass --base for another)`,
    };
}
/** The commit `ref` names, or undefined. */
async function commitOf(git, ref) {
    const r = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
/**
 * Records the work tree (tracked changes and untracked files that are not
 * ignored) as a commit whose parent is HEAD, through a temporary copy of the
 * index: the real index, the work tree and every ref stay as they were (the
 * commit is referenced by nothing). Undefined when the work tree matches HEAD.
 */
async function workTreeSnapshot(root, env) {
    const git = (0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__.gitSpawner)(root, env);
    const noHead = await (0,_lockstep_core_git_local_repo__WEBPACK_IMPORTED_MODULE_4__/* .headProblem */ .Y2)(git, 'nothing to check');
    if (noHead)
        throw noHead;
    const status = await (0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(git, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']);
    const paths = status
        .split('\0')
        .filter((e) => e.length > 3)
        .map((e) => e.slice(3));
    if (paths.length === 0)
        return undefined;
    const head = (await (0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(git, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    const tmp = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'lockstep-check-'));
    try {
        const index = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'index');
        const real = (await (0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(git, ['rev-parse', '--git-path', 'index'])).trim();
        const realAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(real) ? real : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, real);
        // The copy keeps the real index's file stamps, so `git add` hashes only what changed.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(realAbs))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(realAbs, index);
        const staged = (0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__.gitSpawner)(root, { ...env, GIT_INDEX_FILE: index });
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(index))
            await (0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(staged, ['read-tree', head]);
        await (0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(staged, ['add', '--all', '--', ':/']);
        const tree = (await (0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)(staged, ['write-tree'])).trim();
        const who = {
            GIT_AUTHOR_NAME: 'lockstep',
            GIT_AUTHOR_EMAIL: 'lockstep@localhost',
            GIT_COMMITTER_NAME: 'lockstep',
            GIT_COMMITTER_EMAIL: 'lockstep@localhost',
        };
        const commit = (await (0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__/* .gitText */ .q_)((0,_lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_5__.gitSpawner)(root, { ...env, ...who }), [
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


/***/ }),

/***/ 48982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ localDefaultBranch),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   Y2: () => (/* binding */ headProblem),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   k2: () => (/* binding */ headFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57850);
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
    return (await (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const sym = await (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    const fromSym = sym?.replace(`refs/remotes/${remote}/`, '');
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const head = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).remoteHead(remote, true);
    return head && BRANCH.test(head) ? head : undefined;
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
    return (await (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
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
    if ((await (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-list', '--max-count=1', '--all'])))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}


/***/ })

};

export const id = 5110;
export const ids = [5110];
export const modules = {

/***/ 95110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliEnv: () => (/* binding */ cliEnv),
/* harmony export */   cliIdentity: () => (/* binding */ cliIdentity),
/* harmony export */   cliToken: () => (/* binding */ cliToken),
/* harmony export */   currentRef: () => (/* binding */ currentRef),
/* harmony export */   localDifference: () => (/* binding */ localDifference)
/* harmony export */ });
/* unused harmony export originRepository */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57850);
/* harmony import */ var _lockstep_core_git_repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63164);




// What promote, release and status read of the terminal's surroundings (the token, origin, the branch
// checked out). Loaded by those commands' handlers only: `lockstep --help` and the other commands do
// not start git or load node:child_process.
/**
 * The token for GitHub calls and pushes, from GITHUB_TOKEN or GH_TOKEN (as gh
 * reads it), masked in everything the CLI prints. `--push` without one is a
 * mistake stated before anything runs.
 */
function cliToken(io, push) {
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
    if (token)
        io.secret(token);
    if (push && !token)
        throw new _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('--push needs a GitHub token, and neither GITHUB_TOKEN nor GH_TOKEN is set', {
            hint: 'export GITHUB_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)), or leave out --push for a dry run',
        });
    return token;
}
/**
 * Who the commits a command makes are by: the user's own git identity, as git commit takes it
 * (GIT_AUTHOR_NAME/EMAIL, else user.name and user.email, else EMAIL); undefined on a
 * runner (GITHUB_ACTIONS=true), where github-actions[bot] commits as in the actions. A write with no
 * identity git can tell is a mistake said before anything runs.
 */
function cliIdentity(io, push) {
    if (io.env.GITHUB_ACTIONS === 'true')
        return undefined;
    const config = (key) => {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [..._lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_2__/* .GIT_NO_HOOKS */ .YH, 'config', '--get', key], { cwd: io.cwd, env: { ...io.env }, encoding: 'utf8' });
        return r.status === 0 ? r.stdout.trim() : '';
    };
    // As git commit decides it, strictly: no name or e-mail guessed from the host.
    const name = io.env.GIT_AUTHOR_NAME || config('user.name');
    const email = io.env.GIT_AUTHOR_EMAIL || config('user.email') || io.env.EMAIL || '';
    if (name !== '' && email !== '' && !/[<>\n\0]/.test(name + email))
        return { name, email };
    if (push)
        throw new _lockstep_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('--push commits as you, and git cannot tell who you are: user.name and user.email are not set', {
            hint: 'run git config --global user.name "Your Name" and git config --global user.email you@example.com',
        });
    return undefined;
}
/** owner/name of a hosted `origin` (asked of git through the Repo), for GITHUB_REPOSITORY when the shell does not set it. */
async function originRepository(cwd) {
    const url = await (0,_lockstep_core_git_repo__WEBPACK_IMPORTED_MODULE_3__/* .openRepo */ .B8)(cwd).remoteUrl();
    // Only a hosted remote (https://host/owner/name, ssh://, git@host:owner/name) names a repository; a local path does not.
    const m = url ? /^(?:(?:https?|ssh):\/\/[^/]+\/|[\w.-]+@[\w.-]+:)([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url) : null;
    return m ? m[1] : undefined;
}
/** The environment core reads the run context from: the shell's, with the repository taken from origin when unset. */
async function cliEnv(io) {
    return { ...io.env, GITHUB_REPOSITORY: io.env.GITHUB_REPOSITORY || (await originRepository(io.cwd)) };
}
/** GITHUB_REF, or the branch checked out (`refs/heads/…`): the base a release defaults to. */
function currentRef(io) {
    if (io.env.GITHUB_REF)
        return io.env.GITHUB_REF;
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [..._lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_2__/* .GIT_NO_HOOKS */ .YH, 'symbolic-ref', '--quiet', 'HEAD'], { cwd: io.cwd, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/**
 * A note when the checkout differs from `read` (origin's branch, at `sha`):
 * commits on HEAD that are not there, or uncommitted changes; undefined when it
 * matches.
 */
function localDifference(io, sha, read) {
    const ahead = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [..._lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_2__/* .GIT_NO_HOOKS */ .YH, 'rev-list', '--count', `${sha}..HEAD`], { cwd: io.cwd, encoding: 'utf8' });
    const dirty = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [..._lockstep_core_git_objects__WEBPACK_IMPORTED_MODULE_2__/* .GIT_NO_HOOKS */ .YH, 'status', '--porcelain', '--untracked-files=no'], { cwd: io.cwd, encoding: 'utf8' });
    const commits = ahead.status === 0 ? Number(ahead.stdout.trim()) : 0;
    const changed = dirty.status === 0 && dirty.stdout.trim() !== '';
    if (commits === 0 && !changed)
        return undefined;
    const what = [
        commits > 0 ? `${commits} local commit${commits === 1 ? '' : 's'} not on ${read}` : '',
        changed ? 'uncommitted changes' : '',
    ]
        .filter(Boolean)
        .join(' and ');
    return `note: read ${read} at ${sha.slice(0, 12)}; this checkout has ${what}, not shown here (push to see them)`;
}


/***/ })

};

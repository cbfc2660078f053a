export const id = 5218;
export const ids = [5218,5944];
export const modules = {

/***/ 506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}


/***/ }),

/***/ 5944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dryRunPorts: () => (/* binding */ dryRunPorts),
/* harmony export */   localGit: () => (/* binding */ localGit),
/* harmony export */   remoteUrl: () => (/* binding */ remoteUrl)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9626);
/* harmony import */ var _git_objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7589);



/** origin's URL; undefined when the repository has none (a dry run needs none: only pushing and the API do). */
function remoteUrl(cwd) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [..._git_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .GIT_NO_HOOKS */ .YH, 'remote', 'get-url', '--', 'origin'], { cwd, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/** git in the workspace: with the token given through the environment when there is one and an origin to use it on. */
function localGit(root, url, token, env) {
    return token && url ? (0,_git_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .authedGit */ .og)(root, url, token, env) : (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_2__.gitSpawner)(root, env);
}
/**
 * The ports of a dry run: git only (bind.ts's releasePorts gives the same
 * for a dry run), without loading the GitHub client and publishing code a
 * dry run never calls. origin's URL is asked only when a token could be
 * given to it.
 */
function dryRunPorts(s, token, env, out) {
    const url = token ? remoteUrl(s.root) : undefined;
    return { git: localGit(s.root, url, token, env), log: out.log, env };
}


/***/ }),

/***/ 3765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releasePorts: () => (/* binding */ releasePorts)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/release/bind-dry.ts
var bind_dry = __webpack_require__(5944);
// EXTERNAL MODULE: ./packages/core/src/git/generated-branch.ts
var generated_branch = __webpack_require__(5036);
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts + 2 modules
var git_publish = __webpack_require__(9626);
// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(8162);
// EXTERNAL MODULE: ./packages/core/src/github/branch-publisher.ts + 1 modules
var branch_publisher = __webpack_require__(7388);
// EXTERNAL MODULE: ./packages/core/src/github/client.ts + 1 modules
var client = __webpack_require__(200);
// EXTERNAL MODULE: ./packages/core/src/github/git-data.ts + 1 modules
var git_data = __webpack_require__(4572);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __webpack_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/trail/notify.ts
var notify = __webpack_require__(1377);
// EXTERNAL MODULE: ./packages/core/src/github/pulls.ts
var pulls = __webpack_require__(7285);
;// CONCATENATED MODULE: ./packages/core/src/github/releases.ts


/** GitHub refuses release bodies longer than this. */
const MAX_RELEASE_BODY = 125_000;
/** Maps a REST release object. */
function toReleaseRef(r) {
    return {
        id: r.id,
        tag: r.tag_name,
        url: r.html_url,
        name: r.name ?? '',
        body: r.body ?? '',
        prerelease: Boolean(r.prerelease),
        draft: Boolean(r.draft),
    };
}
/** The published release for `tag`, or undefined (404). */
async function getReleaseByTag(gh, tag) {
    return (0,client/* orNotFound */.$u)(async () => toReleaseRef((await gh.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: gh.owner, repo: gh.repo, tag })).data));
}
/**
 * Creates the release for `tag` unless one exists ('existing'). A create whose
 * answer was lost (5xx, no answer) or answered 422 "already exists" looks the
 * release up by tag and returns it rather than failing or duplicating.
 */
async function createRelease(gh, r) {
    const existing = await getReleaseByTag(gh, r.tag);
    if (existing)
        return { release: existing, outcome: 'existing' };
    const { value: release } = await (0,client/* createOrFind */.xj)(gh, `release ${r.tag}`, async () => {
        const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/releases', {
            owner: gh.owner,
            repo: gh.repo,
            tag_name: r.tag,
            name: r.name,
            body: (0,pulls/* fitBody */.KM)(r.body, MAX_RELEASE_BODY),
            prerelease: r.prerelease,
            draft: false,
            ...(r.target ? { target_commitish: r.target } : {}),
        });
        return toReleaseRef(data);
    }, () => getReleaseByTag(gh, r.tag));
    // Found or created, it was not there a moment ago: the create that landed was this run's (or a twin run's with the same notes).
    return { release, outcome: 'created' };
}

;// CONCATENATED MODULE: ./packages/core/src/release/bind.ts












const REMOTE = 'origin';
/**
 * The outside world of a real run: git with the token given through the
 * environment (never argv, URL or .git/config), and, outside a dry run, the
 * GitHub client and the git publishing calls bound to `origin`. A fork or
 * Dependabot pull request (read-only token) is refused up front unless dry run.
 */
function releasePorts(s, token, env, out) {
    const { log } = out;
    const url = (0,bind_dry.remoteUrl)(s.root);
    const git = (0,bind_dry.localGit)(s.root, url, token, env);
    if (s.dryRun)
        return { git, log, env };
    if (url === undefined)
        throw new errors/* UserError */.yo(`the repository has no '${REMOTE}' remote to push the release to`, {
            hint: 'check out the repository with actions/checkout before this step',
            cliHint: `add one with git remote add ${REMOTE} <url>, or leave out --push for a dry run`,
        });
    const reason = (0,context/* readOnlyTokenReason */.WW)((0,context/* readRunContext */.$p)(env));
    if (reason)
        throw new errors/* UserError */.yo(reason, { hint: 'run prepare-release with dry-run: true on pull requests (the default there)' });
    if (!s.repository)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set', {
            hint: 'run inside GitHub Actions, or set it to owner/name',
            cliHint: 'export GITHUB_REPOSITORY=owner/name (origin is not a GitHub URL it can be read from)',
        });
    // Each retry of an unanswered request is said in the log, not only in the debug log: the wait is visible.
    const gh = (0,client/* createGitHub */.Cl)({ token: token, repository: s.repository, env, log: out.debug, notice: (l) => log.info(l) });
    // A refused token (missing permission, repository setting) or an unreachable API (GITHUB_API_URL, proxy)
    // is the user's to fix: one line, no stack.
    const user = (p) => p.catch((e) => {
        if (e instanceof client/* GitHubError */.y_ && (e.status === 401 || e.status === 403 || (e.status === undefined && e.code !== 'budget')))
            throw new errors/* UserError */.yo(e.message);
        throw e;
    });
    const api = {
        findOpenPulls: (q) => user((0,pulls/* findOpenPulls */.M2)(gh, q)),
        upsertPull: (p) => user((0,pulls/* upsertPull */.N2)(gh, p)),
        closePull: (n, c) => user((0,pulls/* closePull */.IB)(gh, n, c)),
        commentOnce: (n, b, m) => user((0,pulls/* commentOnce */.ZD)(gh, n, b, m)),
        pullsForCommit: (sha) => user((0,pulls/* pullsForCommit */.bQ)(gh, sha)),
        deleteBranch: (b) => user((0,pulls/* deleteBranch */.SN)(gh, b)),
        getReleaseByTag: (t) => user(getReleaseByTag(gh, t)),
        createRelease: (r) => user(createRelease(gh, r)),
        leaveTrail: (pulls, step, except) => (0,notify/* leaveTrail */.c)(gh, pulls, step, except),
    };
    const publish = s.commitMode === 'api'
        ? apiPublisher(s, git, gh)
        : { ...(0,generated_branch/* branchPublisher */.l)(git, REMOTE), pushTag: (t, target, message, tagger) => (0,git_publish/* pushTag */.lj)(git, REMOTE, t, target, message, tagger) };
    return { git, api, publish, log, env };
}
/**
 * commit-mode api: the release branch's commits and the release tag written
 * through the GitHub API, never pushed — the release commit and the tag
 * without a custom identity, so GitHub signs them (Verified); a commit of
 * someone else re-applied on the branch keeps its author, with the
 * committer setting as its committer. The tagger setting does not apply.
 */
function apiPublisher(s, git, gh) {
    const tagThroughApi = async (tag, target, message) => {
        await (0,refs/* checkRefName */.hh)(git, tag, 'tag', 'tag');
        const made = await (0,git_data/* createAnnotatedTag */.Bw)(gh, { tag, object: target, message: message.endsWith('\n') ? message : `${message}\n` });
        return { outcome: made.outcome, verified: made.verified };
    };
    return {
        ...(0,branch_publisher/* apiBranchPublisher */.p)(git, gh, { committer: s.committer, remote: REMOTE }),
        pushTag: async (tag, target, message) => (await tagThroughApi(tag, target, message)).outcome,
        tagThroughApi,
    };
}


/***/ })

};

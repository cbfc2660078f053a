export const id = 5244;
export const ids = [5244,7892];
export const modules = {

/***/ 17892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ chartOwner),
/* harmony export */   Jr: () => (/* binding */ chartPatternMatcher),
/* harmony export */   Q1: () => (/* binding */ topChartDirs),
/* harmony export */   eP: () => (/* binding */ normalizePattern),
/* harmony export */   findCharts: () => (/* binding */ findCharts)
/* harmony export */ });
/* unused harmony exports isInsideChartsFolder, owningChart */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13483);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
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

/***/ 5825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ pushOutcome),
/* harmony export */   Ce: () => (/* binding */ appendTrailer),
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   Im: () => (/* binding */ isEmpty),
/* harmony export */   TV: () => (/* binding */ pushBranch),
/* harmony export */   aY: () => (/* binding */ replayCommits),
/* harmony export */   ax: () => (/* binding */ SHALLOW_FETCH_DEPTH),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   g7: () => (/* binding */ treeOf),
/* harmony export */   gN: () => (/* binding */ parentOf),
/* harmony export */   kq: () => (/* binding */ commitsAfterGenerated),
/* harmony export */   lj: () => (/* binding */ pushTag),
/* harmony export */   s0: () => (/* binding */ withBaseRetry),
/* harmony export */   sF: () => (/* binding */ commitSubject),
/* harmony export */   ty: () => (/* binding */ generatedTrailer),
/* harmony export */   vU: () => (/* binding */ remoteFailure),
/* harmony export */   xQ: () => (/* binding */ parsePushPorcelain),
/* harmony export */   zG: () => (/* binding */ treesOf),
/* harmony export */   zu: () => (/* binding */ commitFiles)
/* harmony export */ });
/* unused harmony exports TREE_TRAILER_KEY, GENERATED_TRAILER_KEY, hasTrailer, isAncestor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24673);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90669);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63164);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58162);








// Publishing one branch, tag or commit at a time, and what a remote's answers mean. Many branches in one git
// process each (hydrate's writeBranches): publish-batch.ts, which reads the remote's answers through this file.
/**
 * The trailer key that records, in a generated commit, the tree it was made
 * with (commitFiles `stampTree`): a generated commit whose tree no longer
 * matches was amended by hand, and regenerating it would lose that edit.
 */
const TREE_TRAILER_KEY = 'Lockstep-Tree';
/** The trailer key that marks a commit as generated by a lockstep action. */
const GENERATED_TRAILER_KEY = 'Lockstep-Generated';
/** The trailer line a generated commit carries, e.g. `Lockstep-Generated: prepare-release`. */
function generatedTrailer(action) {
    if (!/^[a-z][a-z0-9-]*$/.test(action))
        throw new Error(`generatedTrailer: invalid action name ${JSON.stringify(action)}`);
    return `${GENERATED_TRAILER_KEY}: ${action}`;
}
function checkIdentity(who, role) {
    if (!who.name || /[<>\r\n\0]/.test(who.name) || !who.email || /[<>\s\0]/.test(who.email))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${role} ${JSON.stringify(`${who.name} <${who.email}>`)} is not a valid git identity`, {
            hint: "use 'Name <email>'",
        });
}
function checkPath(path) {
    const parts = path.split('/');
    if (path === '' ||
        path.startsWith('/') ||
        /[\0\r\n\\]/.test(path) ||
        parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`path escapes the repository or is not normalised: ${JSON.stringify(path)}`, {
            hint: 'paths are relative to the repository root, with / separators',
        });
}
/** Git's date for an environment variable: as given (ISO 8601, RFC 2822 or `<unix> <tz>`). */
function checkDate(date) {
    if (date !== undefined && (date.trim() === '' || /[\r\n\0]/.test(date)))
        throw new Error(`invalid git date ${JSON.stringify(date)}`);
}
function identityEnv(author, committer, date) {
    const env = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
    };
    if (date)
        env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = date;
    return env;
}
async function resolveCommit(local, ref, what) {
    if (ref.startsWith('-'))
        throw new Error(`${what} ${JSON.stringify(ref)} is not a commit`);
    const r = await local(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    if (r.code !== 0)
        throw new Error(`${what} ${ref} is not a commit in this repository`);
    return r.stdout.toString('utf8').trim();
}
function withNewline(message) {
    return message.endsWith('\n') ? message : `${message}\n`;
}
/**
 * One commit with `parent` as its only parent: parent's tree + files. Uses a
 * temporary index; never touches the work tree, HEAD or the real index.
 * Existing files keep their mode (an executable stays executable); deletes
 * of absent paths are no-ops; writing over a symlink, submodule or folder is
 * refused. With `date` the commit id is reproducible. With `stampTree` the
 * message gains a `Lockstep-Tree: <tree>` trailer, which lets
 * commitsAfterGenerated notice a generated commit amended by hand.
 */
async function commitFiles(git, c) {
    checkIdentity(c.author, 'author');
    checkIdentity(c.committer, 'committer');
    checkDate(c.date);
    const seen = new Set();
    for (const f of c.files) {
        checkPath(f.path);
        if (seen.has(f.path))
            throw new Error(`commitFiles: ${f.path} is planned twice`);
        seen.add(f.path);
    }
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    const parent = await resolveCommit(local, c.parent, 'parent');
    const existing = new Map();
    if (c.files.length > 0) {
        const ls = await local(['ls-tree', '-z', '--full-tree', '--end-of-options', parent, '--', ...c.files.map((f) => f.path)]);
        if (ls.code !== 0)
            throw new Error(`git ls-tree failed (exit ${ls.code}): ${ls.stderr.trim()}`);
        for (const rec of ls.stdout.toString('utf8').split('\0')) {
            if (!rec)
                continue;
            const tab = rec.indexOf('\t');
            const [mode, type] = rec.slice(0, tab).split(' ');
            const path = rec.slice(tab + 1);
            if (type !== 'blob' || mode === '120000')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing to write ${path}: it is a ${mode === '120000' ? 'symlink' : type === 'tree' ? 'folder' : 'submodule'} in ${parent.slice(0, 12)}`);
            existing.set(path, mode);
        }
    }
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'lockstep-commit-'));
    try {
        const writes = c.files.filter((f) => f.content !== null);
        const blobs = new Map();
        if (writes.length > 0) {
            // One hash-object for all blobs; --no-filters stores the planned bytes exactly (no clean filter or eol conversion).
            const paths = await Promise.all(writes.map(async (f, i) => {
                const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, `blob-${i}`);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(p, f.content);
                return p;
            }));
            const ids = (await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['hash-object', '-w', '--no-filters', '--', ...paths])).split('\n');
            if (ids.length !== writes.length)
                throw new Error('git hash-object returned an unexpected number of ids');
            writes.forEach((f, i) => blobs.set(f, ids[i]));
        }
        const zero = '0'.repeat(parent.length);
        const info = c.files
            .map((f) => {
            if (f.content === null)
                return `0 ${zero}\t${f.path}\0`;
            const mode = f.mode ?? existing.get(f.path) ?? '100644';
            return `${mode} ${blobs.get(f)}\t${f.path}\0`;
        })
            .join('');
        const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'index') };
        await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['read-tree', '--end-of-options', parent], { env });
        if (info)
            await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['update-index', '-z', '--index-info'], { env, input: info });
        const tree = await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['write-tree'], { env });
        return await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['commit-tree', '--no-gpg-sign', '-p', parent, '--end-of-options', tree], {
            env: identityEnv(c.author, c.committer, c.date),
            input: c.stampTree ? appendTrailer(c.message, `${TREE_TRAILER_KEY}: ${tree}`) : withNewline(c.message),
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
    }
}
/** The tree id of a commit. */
async function treeOf(git, commit) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    return resolveTree(local, commit);
}
/** The tree ids of several commits, in their order, from one `git rev-parse`. */
async function treesOf(git, commits) {
    if (commits.length === 1)
        return [await treeOf(git, commits[0])];
    for (const c of commits)
        if (c.startsWith('-'))
            throw new Error(`${JSON.stringify(c)} is not a commit`);
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    // git 2.39's rev-parse prints `--end-of-options` back unless --verify, which takes one name: the '-' check above stands in.
    const trees = (await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['rev-parse', ...commits.map((c) => `${c}^{tree}`)])).split('\n');
    if (trees.length !== commits.length || !trees.every((t) => /^[0-9a-f]{40,64}$/.test(t)))
        throw new Error(`git rev-parse returned ${trees.length} tree ids for ${commits.length} commits`);
    return trees;
}
/** A commit's subject (first line of its message); untrusted text, escape it before logging. */
async function commitSubject(git, commit) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    return subjectOf((await readCommit(local, await resolveCommit(local, commit, 'commit'))).message);
}
/** The first parent of a commit (undefined for a root commit). */
async function parentOf(git, commit) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    return (await readCommit(local, await resolveCommit(local, commit, 'commit'))).parents[0];
}
async function resolveTree(local, commit) {
    if (commit.startsWith('-'))
        throw new Error(`${JSON.stringify(commit)} is not a commit`);
    return (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['rev-parse', '--verify', '--end-of-options', `${commit}^{tree}`]);
}
/** Whether the repository is a shallow clone (asked once per Repo until a fetch). */
async function isShallow(git) {
    return (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).isShallow();
}
/** True for a repository without any ref (a fresh `git init`, e.g. a temp clone for another repository). */
async function isEmpty(repo) {
    if (repo.holdsRef())
        return false;
    const r = await repo(['for-each-ref', '--count=1', '--format=%(refname)']);
    if (r.code === 0 && r.stdout.length > 0)
        repo.noteRef();
    return r.code === 0 && r.stdout.length === 0;
}
/** How many commits of a branch a shallow clone fetches at first; deepening adds more on demand. */
const SHALLOW_FETCH_DEPTH = 16;
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout';
/** The same fix from a terminal. */
const UNSHALLOW_HINT = 'fetch the whole history (git fetch --unshallow), or work in a full clone';
function firstLine(s) {
    return (s
        .trim()
        .split('\n')
        .find((l) => l.trim() !== '') ?? 'no output');
}
/** A git failure reaching the remote; a refusal of the token becomes a UserError naming the permission. */
function remoteFailure(what, remote, stderr) {
    if (/\b(403|401)\b|denied|Authentication failed|could not read Username|not permitted|Invalid username or password/i.test(stderr))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what} ${remote} was refused: ${firstLine(stderr)}`, {
            hint: 'the token needs `contents: write` (a read-only token, e.g. on a fork or Dependabot pull request, cannot push)',
        });
    return new Error(`${what} ${remote} failed: ${stderr.trim()}`);
}
/**
 * Fetches refs/heads/<branch> from remote into refs/remotes/<remote>/<branch>
 * (depth-aware); undefined when absent. In a shallow clone (or an empty
 * repository, made shallow this way) a branch seen for the first time is
 * fetched with its last commits only
 * (commitsAfterGenerated deepens when it needs more), so a depth-1 checkout
 * never pulls a branch's whole history; a branch already tracked is fetched
 * incrementally, because `--depth` would also shorten history that an
 * earlier step deepened on purpose.
 */
async function fetchBranch(git, remote, branch) {
    (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .assertRemoteName */ .Q_)(remote);
    await (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRefName */ .hh)(git, branch, 'branch');
    const tracking = `refs/remotes/${remote}/${branch}`;
    const repo = (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git);
    let depth = [];
    // A branch this run already fetched is tracked: fetched incrementally, nothing to ask git first.
    if (!repo.tracks(tracking)) {
        // One rev-parse answers both whether the repository is shallow and whether the branch is already tracked.
        const seen = await git(['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
        const [shallowLine, knownSha] = seen.stdout.toString('utf8').split('\n');
        const known = seen.code === 0 && /^[0-9a-f]{40,64}$/.test(knownSha ?? '');
        if (known)
            repo.noteRef();
        if (!known && (shallowLine === 'true' || (await isEmpty(repo))))
            depth = [`--depth=${SHALLOW_FETCH_DEPTH}`];
    }
    const r = await git([
        ..._spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .GIT_FETCH */ .SG,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        ...depth,
        '--',
        remote,
        `+refs/heads/${branch}:${tracking}`,
    ]);
    if (r.code !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        throw remoteFailure('fetching from', remote, r.stderr);
    }
    repo.noteRef();
    const sha = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
    if (sha.code !== 0)
        return undefined;
    repo.noteTracked(tracking);
    return sha.stdout.toString('utf8').trim();
}
/** Parses `git push --porcelain` output (`<flag> TAB <from>:<to> TAB <summary>`). */
function parsePushPorcelain(stdout) {
    const lines = [];
    for (const line of stdout.split('\n')) {
        const m = /^([ +\-*!=])\t([^\t]*)\t(.*)$/.exec(line);
        if (!m)
            continue;
        const colon = m[2].lastIndexOf(':');
        lines.push({ flag: m[1], to: m[2].slice(colon + 1), summary: m[3] });
    }
    return lines;
}
/**
 * git push --force-with-lease=refs/heads/<branch>:<expected> (expected
 * undefined → branch must not exist). Never a blind force. A lease that no
 * longer holds is `stale` (someone pushed meanwhile: fetch and rebuild); a
 * refusal by the server (protected branch, hook) is `rejected` with its
 * reason. Local pre-push hooks are skipped (`--no-verify`): a hook installed
 * by the checked-out code (husky) must not run with the token.
 */
async function pushBranch(git, remote, branch, sha, expected) {
    (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .assertRemoteName */ .Q_)(remote);
    await (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRefName */ .hh)(git, branch, 'branch');
    if (!(0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .isCommitId */ .jh)(sha))
        throw new Error(`pushBranch: ${JSON.stringify(sha)} is not a commit id`);
    if (expected !== undefined && !(0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .isCommitId */ .jh)(expected))
        throw new Error(`pushBranch: expected ${JSON.stringify(expected)} is not a commit id`);
    const ref = `refs/heads/${branch}`;
    const r = await git(['push', '--porcelain', '--no-verify', `--force-with-lease=${ref}:${expected ?? ''}`, '--', remote, `${sha}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing to', remote, r.stderr);
    return pushOutcome(line, r.stderr);
}
/** What one ref's line of `git push --porcelain` says happened. */
function pushOutcome(line, stderr) {
    if (line.flag === '=')
        return { ok: true, updated: false };
    if (line.flag !== '!')
        return { ok: true, updated: true };
    const detail = line.summary.replace(/^\[[^\]]*\]\s*/, '').replace(/^\((.*)\)$/, '$1') || firstLine(stderr);
    if (/^\[rejected\]/.test(line.summary) && /stale info|fetch first|non-fast-forward/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    // The server's compare-and-swap lost to a push landing at the same moment (the ref was locked or had moved since
    // it was advertised): the same as a stale lease — fetch and rebuild, bounded by the caller's attempts.
    if (/^\[remote rejected\]/.test(line.summary) && /failed to update ref|cannot lock ref|failed to lock/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    return { ok: false, reason: 'rejected', detail };
}
/** A tag on the remote: the tag object (or commit, for a lightweight tag) and the commit it peels to. */
async function remoteTag(git, remote, tag) {
    const ref = `refs/tags/${tag}`;
    const r = await git(['ls-remote', '--tags', '--', remote, ref, `${ref}^{}`]);
    if (r.code !== 0)
        throw remoteFailure('listing tags of', remote, r.stderr);
    let oid;
    let peeled;
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [id, name] = line.split('\t');
        if (name === ref)
            oid = id;
        else if (name === `${ref}^{}`)
            peeled = id;
    }
    return oid ? { oid, commit: peeled ?? oid } : undefined;
}
/** `<unix seconds> <±hhmm>` for a tag object, from `date` (ISO 8601, `@<unix> <tz>` or `<unix> <tz>`) or now. */
function tagDate(date, now) {
    if (date === undefined)
        return `${Math.floor(now() / 1000)} +0000`;
    const raw = /^@?(\d+) ([+-]\d{4})$/.exec(date.trim());
    if (raw)
        return `${raw[1]} ${raw[2]}`;
    const ms = Date.parse(date);
    if (Number.isNaN(ms))
        throw new Error(`invalid tag date ${JSON.stringify(date)}`);
    return `${Math.floor(ms / 1000)} +0000`;
}
/**
 * Annotated tag object on `target` pushed to refs/tags/<tag>; an existing
 * identical tag → 'existing'; a different one → UserError. "Identical"
 * means pointing at the same commit: a rerun after a crash writes a tag
 * object with another date, and that must still count as done. The tag
 * object is written with `git mktag` and pushed by id, so no local tag ref
 * is created or changed.
 */
async function pushTag(git, remote, tag, target, message, tagger, opts = {}) {
    (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .assertRemoteName */ .Q_)(remote);
    await (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRefName */ .hh)(git, tag, 'tag', 'tag');
    checkIdentity(tagger, 'tagger');
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    const commit = await resolveCommit(local, target, 'tag target');
    const differs = (found) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`tag ${tag} already exists on ${remote} and points at ${found.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`, {
        hint: 'release another version, or delete the tag if it was created by mistake',
    });
    const before = await remoteTag(git, remote, tag);
    if (before) {
        if (before.commit === commit)
            return 'existing';
        throw differs(before);
    }
    const body = `object ${commit}\ntype commit\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${tagDate(opts.date, opts.now ?? Date.now)}\n\n${withNewline(message)}`;
    const object = await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['mktag'], { input: body });
    const ref = `refs/tags/${tag}`;
    const r = await git(['push', '--porcelain', '--no-verify', '--', remote, `${object}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing a tag to', remote, r.stderr);
    if (line.flag !== '!')
        return 'created';
    // Someone (a concurrent run) created it between our look and our push.
    const after = await remoteTag(git, remote, tag);
    if (after && after.commit === commit)
        return 'existing';
    if (after)
        throw differs(after);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`pushing tag ${tag} to ${remote} was rejected: ${line.summary}`, { hint: 'check the repository rules for tags' });
}
async function readCommit(local, sha) {
    const r = await local(['cat-file', 'commit', sha]);
    if (r.code !== 0)
        throw new Error(`git cat-file commit ${sha} failed: ${r.stderr.trim()}`);
    const end = r.stdout.indexOf('\n\n');
    const head = r.stdout.subarray(0, end < 0 ? r.stdout.length : end).toString('utf8');
    const message = end < 0 ? Buffer.alloc(0) : r.stdout.subarray(end + 2);
    const c = { tree: '', parents: [], keep: [], message };
    for (const line of head.split('\n')) {
        if (line.startsWith(' '))
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        const sp = line.indexOf(' ');
        const key = line.slice(0, sp);
        const value = line.slice(sp + 1);
        if (key === 'tree')
            c.tree = value;
        else if (key === 'parent')
            c.parents.push(value);
        else if (key === 'author' || key === 'committer' || key === 'encoding')
            c.keep.push(line);
    }
    return c;
}
function subjectOf(message) {
    return message.toString('utf8').trim().split('\n')[0] ?? '';
}
/** The message with `trailer` in its trailer block: kept when there, added to an existing block, or as a new paragraph. */
function appendTrailer(message, trailer) {
    const body = message.replace(/\s+$/, '');
    if (hasTrailer(body, trailer))
        return `${body}\n`;
    const paragraphs = body.split(/\n[ \t]*\n/);
    const last = paragraphs[paragraphs.length - 1];
    // An existing trailer block (Signed-off-by: …) is extended rather than followed by a second one.
    const block = paragraphs.length > 1 && last.split('\n').every((l) => /^[A-Za-z0-9-]+: /.test(l));
    return block ? `${body}\n${trailer}\n` : `${body}\n\n${trailer}\n`;
}
/** True when the message's last paragraph (its trailer block) holds the line `trailer`. */
function hasTrailer(message, trailer) {
    const paragraphs = message
        .replace(/\r\n/g, '\n')
        .trimEnd()
        .split(/\n\s*\n/);
    const last = paragraphs[paragraphs.length - 1] ?? '';
    return paragraphs.length > 1 && last.split('\n').some((l) => l.trim() === trailer.trim());
}
/** True when a generated commit's `Lockstep-Tree` stamp names another tree than its own. */
function wasAmended(message, tree) {
    const stamp = new RegExp(`^${TREE_TRAILER_KEY}: ([0-9a-f]{40,64})\\s*$`, 'm').exec(message);
    return stamp !== null && stamp[1] !== tree;
}
/**
 * Commits on `branchTip` after the generated commit (first-parent walk down
 * to the commit carrying `trailer`, a full line such as
 * `Lockstep-Generated: prepare-release`, in its trailer block). `after` is
 * oldest first, ready for replayCommits. The generated commit may already be
 * in `base` (a PR merged with a merge commit, its branch kept): it is then
 * found right below the walk. `amended` is set when the generated commit
 * carries a `Lockstep-Tree` stamp that its tree no longer matches (someone
 * amended it): its hand edits are not in `after`, so regenerating would
 * lose them. Without a generated commit,
 * `generated` is undefined and `after` lists every commit on the branch that
 * `base` lacks. A shallow clone is deepened (bounded) when the walk runs into
 * its boundary; `remote` is where more history comes from.
 */
async function commitsAfterGenerated(git, base, branchTip, trailer, remote = 'origin') {
    (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .assertRemoteName */ .Q_)(remote);
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    const [tip, baseSha] = await Promise.all([resolveCommit(local, branchTip, 'branch tip'), resolveCommit(local, base, 'base')]);
    for (let step = 0;; step++) {
        const r = await local(['log', '--first-parent', '-z', '--format=%H%x00%P%x00%T%x00%B', '--end-of-options', tip, `^${baseSha}`, '--']);
        if (r.code !== 0)
            throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
        const fields = r.stdout.toString('utf8').split('\0');
        const walked = [];
        let generated;
        for (let i = 0; i + 3 < fields.length; i += 4) {
            const sha = fields[i].replace(/^\n/, '');
            if (hasTrailer(fields[i + 3], trailer)) {
                generated = { sha, tree: fields[i + 2], message: fields[i + 3] };
                break;
            }
            walked.push({ sha, parents: fields[i + 1] });
        }
        const after = walked.map((w) => w.sha).reverse();
        if (generated)
            return { generated: generated.sha, after, ...(wasAmended(generated.message, generated.tree) ? { amended: true } : {}) };
        // The walk ended without the generated commit: at a shallow boundary, at a root, or at base.
        const last = walked[walked.length - 1];
        if (last && last.parents === '' && (await shallowBoundaries(local, [last.sha])).length > 0) {
            await deepen(git, remote, tip, step, `cannot find the generated commit (${trailer}) below ${tip.slice(0, 12)}`);
            continue;
        }
        // At base, the generated commit may be the first commit below the walk, already in base (its PR was merged
        // with a merge commit and the branch kept): what others added on top of it still counts as theirs.
        const below = last ? last.parents.split(' ')[0] : tip;
        if (below) {
            const c = await readCommit(local, below);
            const message = c.message.toString('utf8');
            if (hasTrailer(message, trailer))
                return { generated: below, after, ...(wasAmended(message, c.tree) ? { amended: true } : {}) };
        }
        return { after };
    }
}
/** The commits among `shas` that are shallow boundaries: git shows them without parents although their objects name some. */
async function shallowBoundaries(local, shas) {
    if (shas.length === 0)
        return [];
    const r = await local(['cat-file', '--batch'], { input: shas.map((s) => `${s}\n`).join('') });
    if (r.code !== 0)
        throw new Error(`git cat-file --batch failed: ${r.stderr.trim()}`);
    const found = [];
    let at = 0;
    for (const sha of shas) {
        const nl = r.stdout.indexOf(10, at);
        const size = Number(/ (\d+)$/.exec(r.stdout.subarray(at, nl).toString('utf8'))?.[1] ?? 0);
        const body = r.stdout.subarray(nl + 1, nl + 1 + size).toString('utf8');
        if (/^parent /m.test(body.split('\n\n')[0] ?? ''))
            found.push(sha);
        at = nl + 1 + size + 1;
    }
    return found;
}
/**
 * Whether `ancestor` is reachable from `descendant`. In a shallow clone a
 * "no" may only mean that history stops early, so while the descendant's
 * history runs into a shallow boundary it is deepened (bounded) before
 * answering; when that is not enough, a UserError names `fetch-depth: 0`.
 */
async function isAncestor(git, ancestor, descendant, remote = 'origin') {
    assertRemoteName(remote);
    const local = await asRepo(git).local();
    const [a, d] = await Promise.all([resolveCommit(local, ancestor, 'ancestor'), resolveCommit(local, descendant, 'descendant')]);
    for (let step = 0;; step++) {
        const r = await local(['merge-base', '--is-ancestor', '--end-of-options', a, d]);
        if (r.code === 0)
            return true;
        if (r.code !== 1)
            throw new Error(`git merge-base --is-ancestor failed (exit ${r.code}): ${r.stderr.trim()}`);
        if (!(await isShallow(git)))
            return false;
        const list = await localText(local, ['rev-list', '--parents', '--end-of-options', d, `^${a}`, '--']);
        const parentless = list.split('\n').filter((l) => /^[0-9a-f]+$/.test(l));
        if ((await shallowBoundaries(local, parentless)).length === 0)
            return false;
        await deepen(git, remote, d, step, `cannot tell whether ${a.slice(0, 12)} is an ancestor of ${d.slice(0, 12)}`);
    }
}
/** Fetches DEEPEN_STEPS[step] more commits below `tip`, or fails naming `fetch-depth: 0`. */
async function deepen(git, remote, tip, step, what) {
    if (step >= _spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .DEEPEN_STEPS */ .Ej.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what}: the shallow clone ends too early, even after fetching ${_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .DEEPEN_STEPS */ .Ej.reduce((x, y) => x + y)} more commits`, { hint: FETCH_DEPTH_HINT, cliHint: UNSHALLOW_HINT });
    const f = await git([..._spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .GIT_FETCH */ .SG, '--quiet', '--no-tags', '--no-write-fetch-head', `--deepen=${_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .DEEPEN_STEPS */ .Ej[step]}`, '--', remote, tip]);
    if (f.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(f.stderr)})`, {
            hint: FETCH_DEPTH_HINT,
            cliHint: UNSHALLOW_HINT,
        });
}
// The identity of the throwaway commits that give merge-tree its merge base; they are never pushed or referenced.
const SCRATCH_ENV = identityEnv({ name: 'lockstep', email: 'lockstep@localhost' }, { name: 'lockstep', email: 'lockstep@localhost' }, '1000000000 +0000');
/**
 * True for a merge that only brought the base branch in (GitHub's "Update
 * branch" button, or `git merge main`): two parents, the merged-in one
 * already contained in `head` (which sits on the current base), and a tree
 * equal to git's own merge of the parents, so no hand edit hides in it.
 * Such a merge has nothing left to replay.
 */
async function isBaseUpdateMerge(local, c, head) {
    if (c.parents.length !== 2)
        return false;
    const contained = await local(['merge-base', '--is-ancestor', '--end-of-options', c.parents[1], head]);
    if (contained.code !== 0)
        return false;
    const m = await local([
        'merge-tree',
        '--write-tree',
        '-z',
        '--name-only',
        '--no-messages',
        '--end-of-options',
        c.parents[0],
        c.parents[1],
    ]);
    return m.code === 0 && m.stdout.toString('utf8').split('\0')[0].trim() === c.tree;
}
/**
 * Re-applies `commits` (oldest first) on top of `onto` with git merge-tree
 * --write-tree (no work tree), a cherry-pick each: the three-way merge of
 * the commit's parent (base), the new head (ours) and the commit (theirs).
 * git 2.39 has no `merge-tree --merge-base`, so the base is supplied by a
 * scratch commit with the head's tree and the commit's parent as its parent.
 * Each replayed commit keeps its author, committer, dates, encoding and
 * message byte for byte, so replaying the same commits onto the same head
 * gives the same ids (a rerun pushes nothing). A commit whose change is
 * already in the head is skipped, and so is a merge that only brought the
 * base branch in (isBaseUpdateMerge); any other merge commit is refused.
 */
async function replayCommits(git, onto, commits) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    let head = await resolveCommit(local, onto, 'onto');
    let headTree = await resolveTree(local, head);
    const skipped = [];
    for (const ref of commits) {
        const sha = await resolveCommit(local, ref, 'commit');
        const c = await readCommit(local, sha);
        const subject = subjectOf(c.message);
        if (c.parents.length === 0)
            return { ok: false, commit: sha, subject, files: [], reason: 'it is a root commit' };
        if (c.parents.length > 1) {
            if (await isBaseUpdateMerge(local, c, head)) {
                skipped.push(sha);
                continue;
            }
            return {
                ok: false,
                commit: sha,
                subject,
                files: [],
                reason: 'it is a merge commit that brings in more than the base branch, or edits the merge by hand; merge commits are not replayed',
            };
        }
        const scratch = await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['commit-tree', '--no-gpg-sign', '-p', c.parents[0], '--end-of-options', headTree], {
            env: SCRATCH_ENV,
            input: 'lockstep replay base\n',
        });
        const m = await local(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', '--end-of-options', scratch, sha]);
        const out = m.stdout.toString('utf8').split('\0');
        if (m.code === 1)
            return { ok: false, commit: sha, subject, files: [...new Set(out.slice(1).filter((p) => p !== ''))] };
        if (m.code !== 0)
            throw new Error(`git merge-tree failed (exit ${m.code}): ${m.stderr.trim()}`);
        const tree = out[0].trim();
        if (tree === headTree) {
            skipped.push(sha);
            continue;
        }
        const raw = Buffer.concat([Buffer.from(`tree ${tree}\nparent ${head}\n${c.keep.join('\n')}\n\n`, 'utf8'), c.message]);
        head = await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: raw });
        headTree = tree;
    }
    return { ok: true, head, skipped };
}
/**
 * Generic publish loop: fetch base → build (callback) → push with lease;
 * base moved → fetch again and rebuild, up to `attempts`. The step does one
 * whole round and answers `done` or why it must start over; after the last
 * attempt the error says how often the base moved.
 */
async function withBaseRetry(attempts, step) {
    if (!Number.isInteger(attempts) || attempts < 1)
        throw new Error(`withBaseRetry: attempts must be a positive integer, got ${attempts}`);
    let why = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const r = await step(attempt);
        if (r.done)
            return r.value;
        why = r.why;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`base moved ${attempts} times while publishing (last: ${why}); nothing was overwritten`, {
        hint: 'run again once pushes settle, or serialise the workflow with `concurrency:`',
        cliHint: 'run again once pushes settle',
    });
}


/***/ }),

/***/ 58162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q_: () => (/* binding */ assertRemoteName),
/* harmony export */   Rw: () => (/* binding */ checkBranchNames),
/* harmony export */   hh: () => (/* binding */ checkRefName),
/* harmony export */   jh: () => (/* binding */ isCommitId)
/* harmony export */ });
/* unused harmony export assertRefInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * Refuses, without running anything, a name that git could read as an
 * option (a leading `-`, e.g. `--upload-pack=touch /tmp/x`), that holds
 * white space or control characters, that uses the `@{…}` reflog syntax,
 * or that is spelled as a full ref. Call it while validating inputs, before
 * any git process starts (RELIABILITY case 2).
 */
function assertRefInput(name, input, kind = 'branch') {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: ${JSON.stringify(name)} is not a valid ${kind} name (${why})`, {
        input: input,
        hint: `use a plain ${kind} name such as ${kind === 'branch' ? 'chore/release-1.2.0' : 'v1.2.0'}`,
    });
    if (name === '')
        throw bad('empty');
    if (name.startsWith('-'))
        throw bad('starts with "-"');
    if (/[\s\u0000-\u001f\u007f]/u.test(name))
        throw bad('contains white space or a control character');
    if (name.includes('@{'))
        throw bad('contains "@{"');
    if (name === 'HEAD' || name === '@')
        throw bad('names HEAD');
    if (/^refs\//.test(name))
        throw bad(`give it without the refs/${kind === 'branch' ? 'heads' : 'tags'}/ prefix`);
    if (name.length > 255)
        throw bad('longer than 255 characters');
}
/**
 * Validates a branch or tag name from an input: assertRefInput first, then,
 * for a name PLAIN_NAME does not cover, `git check-ref-format` (`--branch` for
 * branches, `refs/tags/<name>` for tags), so git's own rules decide (`..`,
 * `~`, `.lock`, …). Returns the name.
 */
async function checkRefName(git, name, input, kind = 'branch') {
    assertRefInput(name, input, kind);
    // A plain name (PLAIN_NAME) is one git accepts: no git start for it (a promotion's fetch of main waited for one).
    const key = `${kind}\0${name}`;
    if (PLAIN_NAME.test(name) || accepted.has(key))
        return name;
    const r = await git(kind === 'branch' ? ['check-ref-format', '--branch', name] : ['check-ref-format', `refs/tags/${name}`]);
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: ${JSON.stringify(name)} is not a valid ${kind} name (git check-ref-format refused it)`, {
            input: input,
            hint: 'see `git help check-ref-format` for the rules',
        });
    accepted.add(key);
    return name;
}
/**
 * Names git's check-ref-format already accepted in this process (`kind NUL
 * name`). Its answer depends on the name alone (assertRefInput refuses the
 * `@{…}` forms `--branch` would expand), so a run that fetches and pushes the
 * same branch asks git once, not at every fetch and push.
 */
const accepted = new Set();
/** Many branch names checked as checkRefName checks one (a hydrate run names hundreds of branches). */
async function checkBranchNames(git, names, input) {
    for (const name of new Set(names))
        await checkRefName(git, name, input, 'branch');
}
/**
 * Names git accepts whatever the rest of its rules say: components of letters, digits, `_` and `-`, none
 * starting with `-`, joined by single slashes (no dot, so no `..`, `.lock` or leading dot; no `@`, `~`, `^`,
 * `:`, `?`, `*`, `[`, `\\`).
 */
const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*(\/[A-Za-z0-9_][A-Za-z0-9_-]*)*$/;
/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256), lower case as git prints them. */
function isCommitId(s) {
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(s);
}
/** Refuses a remote name that git could read as an option or that holds odd characters. */
function assertRemoteName(remote) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote))
        throw new Error(`invalid git remote name ${JSON.stringify(remote)}`);
}


/***/ }),

/***/ 13483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   Tg: () => (/* binding */ globError),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   vd: () => (/* binding */ GLOB_HINT)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, MAX_GLOBSTARS, MAX_GLOB_LOOPS */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);


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
    if (!where.file && where.input)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: '${glob}' ${problem}`, { input: where.input, hint: GLOB_HINT });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where.file ? (where.key ?? 'glob') : 'glob'}: '${glob}' ${problem}`, {
        file: where.file,
        line: where.line,
        hint: GLOB_HINT,
    });
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
            if (where.key === undefined && where.input !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: ${what}`, { input: where.input, hint: GLOB_HINT });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where.key ?? 'glob'}: ${what}`, { file: where.file, line: where.line, hint: GLOB_HINT });
        }
        return r;
    };
}


/***/ }),

/***/ 73491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ sameText),
/* harmony export */   TO: () => (/* binding */ viewText),
/* harmony export */   Up: () => (/* binding */ textHead),
/* harmony export */   _V: () => (/* binding */ joinText),
/* harmony export */   sc: () => (/* binding */ textLength)
/* harmony export */ });
/* unused harmony export PartsView */
/** The text's length in UTF-16 units. */
function textLength(t) {
    if (typeof t === 'string')
        return t.length;
    let n = 0;
    for (const p of t)
        n += p.length;
    return n;
}
/** The text as one string (joins parts: only where the whole is needed). */
function joinText(t) {
    return typeof t === 'string' ? t : t.join('');
}
/** Whether two texts (or absent files) are the same characters, joining only when their lengths are equal. */
function sameText(a, b) {
    if (a === b)
        return true;
    if (a === undefined || b === undefined)
        return false;
    if (textLength(a) !== textLength(b))
        return false;
    return joinText(a) === joinText(b);
}
/** The first `max` UTF-16 units of the text (all of it when shorter), joining only those. */
function textHead(t, max) {
    if (typeof t === 'string')
        return t.length > max ? t.slice(0, max) : t;
    if (t.length === 1)
        return textHead(t[0], max);
    let out = '';
    for (const p of t) {
        const room = max - out.length;
        if (room <= 0)
            break;
        out += p.length > room ? p.slice(0, room) : p;
    }
    return out;
}
/**
 * A read-only view of a text in parts with the string methods a line walk
 * needs (`length`, `slice`, `startsWith`, `endsWith`, `indexOf` of one
 * character), reading the parts in place: a slice spanning parts is the only
 * string it makes.
 */
class PartsView {
    length;
    parts;
    /** Where each part starts in the text. */
    starts;
    constructor(parts) {
        this.parts = parts.filter((p) => p !== '');
        this.starts = [];
        let n = 0;
        for (const p of this.parts) {
            this.starts.push(n);
            n += p.length;
        }
        this.length = n;
    }
    /** The index of the part holding position `pos` (0 ≤ pos < length). */
    partAt(pos) {
        let lo = 0;
        let hi = this.parts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** As String.prototype.slice with 0 ≤ from ≤ to (to defaults to the end; both clamped to the text). */
    slice(from, to = this.length) {
        from = Math.max(0, Math.min(from, this.length));
        to = Math.max(from, Math.min(to, this.length));
        if (from === to)
            return '';
        let k = this.partAt(from);
        let out = '';
        for (let pos = from; pos < to; k++) {
            const start = this.starts[k];
            const piece = this.parts[k].slice(pos - start, to - start);
            out += piece;
            pos += piece.length;
        }
        return out;
    }
    /** As String.prototype.startsWith with a position. */
    startsWith(s, pos = 0) {
        if (pos < 0 || pos + s.length > this.length)
            return false;
        return this.slice(pos, pos + s.length) === s;
    }
    /** As String.prototype.endsWith without a position. */
    endsWith(s) {
        return this.startsWith(s, this.length - s.length);
    }
    /** As String.prototype.indexOf for one character: the first position ≥ from holding it, or -1. */
    indexOf(ch, from = 0) {
        if (ch.length !== 1)
            throw new Error('PartsView.indexOf looks for one character');
        if (from >= this.length)
            return -1;
        for (let k = this.partAt(Math.max(0, from)); k < this.parts.length; k++) {
            const start = this.starts[k];
            const at = this.parts[k].indexOf(ch, Math.max(0, from - start));
            if (at !== -1)
                return start + at;
        }
        return -1;
    }
}
/** A TextView of the text. */
function viewText(t) {
    return typeof t === 'string' ? t : new PartsView(t);
}


/***/ })

};

export const id = 2386;
export const ids = [2386];
export const modules = {

/***/ 53852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ commitsBetween),
/* harmony export */   AX: () => (/* binding */ deepenBranch),
/* harmony export */   BA: () => (/* binding */ fetchRefs),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   E8: () => (/* binding */ rawDiffTree),
/* harmony export */   FT: () => (/* binding */ tagRefspec),
/* harmony export */   LE: () => (/* binding */ blobSize),
/* harmony export */   Mx: () => (/* binding */ commitsInRanges),
/* harmony export */   Qq: () => (/* binding */ catCommit),
/* harmony export */   bR: () => (/* binding */ treeIdOf),
/* harmony export */   et: () => (/* binding */ subjectOf),
/* harmony export */   l0: () => (/* binding */ lastCommitOf),
/* harmony export */   ls: () => (/* binding */ firstParentLog),
/* harmony export */   mM: () => (/* binding */ firstParentsSince),
/* harmony export */   oZ: () => (/* binding */ commitInfo),
/* harmony export */   pR: () => (/* binding */ pathsUnder),
/* harmony export */   rd: () => (/* binding */ isAncestorOf),
/* harmony export */   sf: () => (/* binding */ catBlob),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* unused harmony export rangeKey */
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90669);

/** The commit `ref` names, or undefined when it names none. */
function commitOf(git, ref) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
}
/** The commit's parents, trailers and message; undefined when there is no such commit. */
async function commitInfo(git, commit) {
    // NUL between the fields: a root commit has no parents, and the output is trimmed. The trailer block is git's parse.
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, [
        '-c',
        'trailer.separators=:',
        'show',
        '-s',
        '--format=%P%x00%(trailers:only,unfold)%x00%B',
        '--end-of-options',
        `${commit}^{commit}`,
    ]);
    if (out === undefined)
        return undefined;
    const [parents, trailers, ...message] = out.split('\0');
    return { parents: parents.split(' ').filter(Boolean), trailers, message: message.join('\0') };
}
/** The newest commit up to `commit` that changed `path` (or any of several) (`firstParent`: on the first-parent line only); undefined when none. */
async function lastCommitOf(git, commit, path, firstParent) {
    const args = firstParent
        ? ['log', '-1', '--first-parent', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()]
        : ['log', '-1', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()];
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, args)) || undefined;
}
/** The first-parent commits up to `commit` that changed `path` (or any of several), newest first, each with its commit time. */
async function firstParentLog(git, commit, path) {
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['log', '--first-parent', '--format=%H %ct', '--end-of-options', commit, '--', ...[path].flat()]);
    return (out ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha, seconds] = line.split(' ');
        return { sha, time: Number(seconds) * 1000 };
    });
}
/** Every file path in `commit`'s tree (under `dir`, when given); undefined when git cannot list it. */
async function listFiles(git, commit, dir) {
    const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit];
    const r = await git(dir === undefined ? args : [...args, '--', `${dir}/`]);
    return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
}
/** The commits of `from..to` with their subjects, newest first; undefined unless `from` is reachable from `to` here. */
async function commitsBetween(git, from, to) {
    // Only when `from` is reachable from `to` here: in a shallow clone the log would stop early and undercount.
    if ((await git(['merge-base', '--is-ancestor', '--end-of-options', from, to])).code !== 0)
        return undefined;
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['log', '--format=%H%x00%s', '--end-of-options', `${from}..${to}`]);
    if (out === undefined)
        return undefined;
    return out
        .split('\n')
        .filter((l) => l.includes('\0'))
        .map((l) => ({ sha: l.slice(0, l.indexOf('\0')), subject: l.slice(l.indexOf('\0') + 1) }));
}
/** The key of a range in commitsInRanges' answer. */
const rangeKey = (r) => `${r.from}..${r.to}`;
/**
 * Each range's commits as commitsBetween gives them (newest first; undefined
 * unless `from` is reachable from `to` here), from one shared history walk: a
 * promotion of hundreds of services asks for dozens of ranges between release
 * tags, and a `git log` plus a `merge-base --is-ancestor` per range was most of
 * its time. The walk is one `git log --boundary` from every range's end down to
 * the common ancestor of their starts (`merge-base --octopus`, itself when there
 * is one start); each range is then sorted out here: the commits its end reaches
 * in the walk that its start does not, in the walk's order (git log's own order for the
 * range when commit times rise along the history). No commit of `from..to`
 * can lie below that ancestor (it would be reachable from `from`), so nothing is
 * missed. A range whose end the walk does not hold is asked of git on its own.
 */
async function commitsInRanges(git, ranges) {
    const out = new Map();
    const todo = [...new Map(ranges.map((r) => [rangeKey(r), r])).values()];
    if (todo.length === 0)
        return out;
    const starts = [...new Set(todo.map((r) => r.from))];
    const base = starts.length === 1 ? starts[0] : await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['merge-base', '--octopus', '--end-of-options', ...starts]);
    const ends = [...new Set(todo.map((r) => r.to))];
    const args = ['log', '--boundary', '--format=%m%H %P%x00%s', '--end-of-options', ...ends, ...(base ? [`^${base}`] : []), '--'];
    const log = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, args);
    const walk = log === undefined ? undefined : historyWalk(log);
    for (const r of todo) {
        const found = walk?.range(r.from, r.to);
        out.set(rangeKey(r), found === 'unknown' || walk === undefined ? await commitsBetween(git, r.from, r.to) : found);
    }
    return out;
}
/**
 * The commits of one `git log --boundary --format=%m%H %P%x00%s` walk, and the ranges sorted out of it.
 * Commits are numbered in the log's order and each tip's reach is a byte per commit: a fleet's promotion
 * between two prod environments asks ~40 ranges over a walk of ~19,000 commits, where a set of ids per tip
 * and a scan of every commit per range took ~0.4 s.
 */
function historyWalk(log) {
    // Walked commits (not boundary ones) with their subjects, in the log's order; their parents by number once all are known.
    const shas = [];
    const subjects = [];
    const parentShas = [];
    const boundary = new Set();
    for (const line of log.split('\n')) {
        const nul = line.indexOf('\0');
        if (nul < 0)
            continue;
        const [sha, ...parents] = line.slice(1, nul).split(' ').filter(Boolean);
        if (line[0] === '-')
            boundary.add(sha);
        else {
            shas.push(sha);
            subjects.push(line.slice(nul + 1));
            parentShas.push(parents);
        }
    }
    const number = new Map();
    shas.forEach((sha, i) => number.set(sha, i));
    // Each walked commit's walked parents; each boundary commit's walked children (they reach it).
    const parents = parentShas.map((ps) => ps.flatMap((p) => (number.has(p) ? [number.get(p)] : [])));
    const childrenOf = new Map();
    parentShas.forEach((ps, i) => {
        for (const p of ps) {
            if (!boundary.has(p))
                continue;
            const children = childrenOf.get(p);
            if (children)
                children.push(i);
            else
                childrenOf.set(p, [i]);
        }
    });
    // Every walked commit a tip reaches through walked commits (the tip included), once per tip.
    const reached = new Map();
    const reach = (tip) => {
        let seen = reached.get(tip);
        if (seen)
            return seen;
        seen = new Uint8Array(shas.length);
        const stack = [tip];
        while (stack.length > 0) {
            const i = stack.pop();
            if (seen[i])
                continue;
            seen[i] = 1;
            for (const p of parents[i])
                if (!seen[p])
                    stack.push(p);
        }
        reached.set(tip, seen);
        return seen;
    };
    return {
        range(from, to) {
            const end = number.get(to);
            if (end === undefined)
                return 'unknown';
            const high = reach(end);
            const start = number.get(from);
            // `from` is an ancestor when the walk reaches it, or, below the walk (the common ancestor), a reached commit's parent.
            const ancestor = start !== undefined ? high[start] === 1 : (childrenOf.get(from) ?? []).some((i) => high[i] === 1);
            if (!ancestor)
                return undefined;
            const low = start !== undefined ? reach(start) : undefined;
            const out = [];
            for (let i = 0; i < shas.length; i++)
                if (high[i] === 1 && low?.[i] !== 1)
                    out.push({ sha: shas[i], subject: subjects[i] });
            return out;
        },
    };
}
/** Fetches refspecs from `remote`: quiet, no tags, no FETCH_HEAD. */
function fetchRefs(git, remote, specs) {
    return git([..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG, '--quiet', '--no-tags', '--no-write-fetch-head', '--', remote, ...specs]);
}
/** `refs/tags/<tag>` fetched onto itself (forced). */
const tagRefspec = (tag) => `+refs/tags/${tag}:refs/tags/${tag}`;
/**
 * Deepens `branch`'s tracking ref from `remote` by `commits` more behind a shallow clone's boundary, or
 * fetches the rest of its history (`commits` undefined).
 */
function deepenBranch(git, remote, branch, commits) {
    const how = commits === undefined ? '--unshallow' : `--deepen=${commits}`;
    return git([
        ..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        how,
        '--',
        remote,
        `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
    ]);
}
/** A commit object's raw text (`git cat-file commit`); throws when there is none. */
function catCommit(git, sha) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['cat-file', 'commit', sha]);
}
/** The raw `-z` diff of `sha` against `parent` (whole ids, no renames), as git answered. */
function rawDiffTree(git, parent, sha) {
    return git(['diff-tree', '-r', '-z', '--raw', '--no-renames', '--no-abbrev', '--no-ext-diff', parent, sha, '--']);
}
/** A blob's size in bytes, asked before it is read. */
async function blobSize(git, oid) {
    return Number((await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['cat-file', '-s', oid])).trim());
}
/** A blob's bytes, as git answered. */
function catBlob(git, oid) {
    return git(['cat-file', 'blob', oid]);
}
/** The tree id of a commit `git rev-parse` resolves; throws when it resolves none. */
async function treeIdOf(git, commit) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['rev-parse', `${commit}^{tree}`])).trim();
}
/** The commits after `base` up to `sha` along first parents, oldest first. */
async function firstParentsSince(git, base, sha) {
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['rev-list', '--reverse', '--first-parent', '--end-of-options', sha, `^${base}`, '--']);
    return out.split('\n').filter(Boolean);
}
/** The paths `to` changed against `from` (no rename detection). */
async function changedPaths(git, from, to) {
    const paths = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['diff-tree', '-r', '-z', '--no-renames', '--name-only', '--no-ext-diff', from, to, '--']);
    return paths.split('\0').filter(Boolean);
}
/** The paths of `commit` under `dir`, relative to the repository's top; undefined when git cannot list them. */
async function pathsUnder(git, commit, dir) {
    // --full-tree: the paths are the repository's, as `commit:path` reads them, whatever folder git runs in.
    const r = await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', dir]);
    return r.code === 0
        ? r.stdout
            .toString('utf8')
            .split('\0')
            .filter((p) => p !== '')
        : undefined;
}
/** The subject line of `commit` (`git log -1 --format=%s`), trimmed. */
async function subjectOf(git, commit) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['log', '-1', '--format=%s', commit, '--'])).trim();
}
/** Whether `ancestor` is `commit` or one of its ancestors (false too when git cannot tell, e.g. below a shallow boundary). */
async function isAncestorOf(git, ancestor, commit) {
    return (await git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, commit])).code === 0;
}


/***/ }),

/***/ 24673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ localGitAt),
/* harmony export */   l: () => (/* binding */ localText)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);


// Variables that would point git at another repository, index or identity than the one asked for.
const DROPPED = /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|AUTHOR_\w+|COMMITTER_\w+|CEILING_DIRECTORIES|PREFIX)$/;
/** A LocalGit bound to the git directory `gitDir` (absolute). */
function localGitAt(gitDir, base = process.env) {
    const inherited = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !DROPPED.test(k))
            inherited[k] = v;
    return (args, opts = {}) => new Promise((done, fail) => {
        // Literal pathspecs: a planned path is a file name, never a glob or `:(magic)`.
        const env = {
            ...inherited,
            GIT_DIR: gitDir,
            GIT_TERMINAL_PROMPT: '0',
            LC_ALL: 'C',
            GIT_OPTIONAL_LOCKS: '0',
            GIT_LITERAL_PATHSPECS: '1',
            ...opts.env,
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_NO_HOOKS */ .YH, ...args], { cwd: gitDir, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        // git may exit before reading all of stdin (an early error): that is reported by the exit code.
        child.stdin.on('error', () => { });
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
        child.stdin.end(opts.input ?? '');
    });
}
/** Runs a LocalGit call and returns trimmed stdout; a non-zero exit throws with git's message. */
async function localText(git, args, opts) {
    const r = await git(args, opts);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8').trim();
}


/***/ }),

/***/ 63164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ openRepo),
/* harmony export */   fR: () => (/* binding */ remoteTagList),
/* harmony export */   lU: () => (/* binding */ asRepo)
/* harmony export */ });
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53852);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24673);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90669);



const REPO = Symbol('lockstep.repo');
function isRepo(git) {
    return git[REPO] === true;
}
/** `ls-remote --tags` output: tag name → the commit it points at (annotated tags peeled). */
function remoteTagList(text) {
    const out = new Map();
    for (const line of text.split('\n')) {
        const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line);
        // The peeled line (`^{}`) follows the tag object's line and names the commit.
        if (m && (m[3] || !out.has(m[2])))
            out.set(m[2], m[1]);
    }
    return out;
}
/** Memoizes a promise in a map (`fresh`: replaced), forgetting a rejected one so the next caller asks again. */
function once(map, key, ask, fresh = false) {
    let p = fresh ? undefined : map.get(key);
    if (!p) {
        map.set(key, (p = ask()));
        p.catch(() => map.delete(key));
    }
    return p;
}
/**
 * The Repo of a spawner: the spawner itself when it is one, else a Repo
 * around it (a test's fake, a one-off spawner) whose memo lives as long as it.
 */
function asRepo(git) {
    if (isRepo(git))
        return git;
    const memo = { urls: new Map(), heads: new Map(), tags: new Map(), holdsRef: false, fetched: new Set() };
    const askShallow = () => git(['rev-parse', '--is-shallow-repository']).then((r) => r.stdout.toString('utf8').trim() === 'true');
    // A fetch that deepens (or unshallows) may end the clone's shallowness; one with --depth may start it in a
    // complete repository (a shallow one stays shallow). Other fetches and commands leave it as it was.
    const fetched = (args) => {
        if (!args.includes('fetch') || !memo.shallow)
            return;
        if (args.some((a) => a === '--unshallow' || a.startsWith('--deepen') || a.startsWith('--shallow-')))
            memo.shallow = undefined;
        else if (args.some((a) => a.startsWith('--depth')))
            memo.shallow = memo.shallow.then((was) => was || askShallow());
    };
    const run = async (args) => {
        const r = await git(args);
        fetched(args);
        return r;
    };
    const questions = {
        textOr: (args) => (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, args),
        isShallow() {
            memo.shallow ??= askShallow();
            return memo.shallow;
        },
        noteShallow(shallow) {
            memo.shallow = Promise.resolve(shallow);
        },
        gitDir() {
            if (!memo.gitDir) {
                const dir = run(['rev-parse', '--absolute-git-dir']).then((r) => {
                    if (r.code !== 0)
                        throw new Error(`git rev-parse --absolute-git-dir failed (exit ${r.code}): ${r.stderr.trim()}`);
                    return r.stdout.toString('utf8').trim();
                });
                memo.gitDir = dir;
                dir.catch(() => {
                    if (memo.gitDir === dir)
                        memo.gitDir = undefined;
                });
            }
            return memo.gitDir;
        },
        async local() {
            return (0,_local_js__WEBPACK_IMPORTED_MODULE_1__/* .localGitAt */ .$)(await questions.gitDir());
        },
        remoteUrl: (remote = 'origin', fresh = false) => once(memo.urls, remote, () => (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, ['remote', 'get-url', '--', remote]), fresh),
        remoteHead: (remote = 'origin', fresh = false) => once(memo.heads, remote, async () => {
            const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, ['ls-remote', '--symref', '--', remote, 'HEAD']);
            const m = out ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out) : null;
            return m ? m[1] : undefined;
        }, fresh),
        remoteTags: (remote = 'origin') => once(memo.tags, remote, async () => {
            const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, ['ls-remote', '--tags', '--refs', '--', remote]);
            return out === undefined ? undefined : remoteTagList(out);
        }),
        knowRemoteUrl(url, remote = 'origin') {
            memo.urls.set(remote, Promise.resolve(url));
        },
        holdsRef: () => memo.holdsRef,
        noteRef() {
            memo.holdsRef = true;
        },
        tracks: (tracking) => memo.fetched.has(tracking),
        commitOf: (ref) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitOf */ .D3(run, ref),
        commitInfo: (commit) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitInfo */ .oZ(run, commit),
        lastCommit: (commit, path, firstParent = false) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .lastCommitOf */ .l0(run, commit, path, firstParent),
        firstParentLog: (commit, path) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .firstParentLog */ .ls(run, commit, path),
        listFiles: (commit, dir) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .listFiles */ .CS(run, commit, dir),
        commitsBetween: (from, to) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitsBetween */ .$q(run, from, to),
        commitsInRanges: (ranges) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitsInRanges */ .Mx(run, ranges),
        fetchRefs: (remote, specs) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchRefs */ .BA(run, remote, specs),
        fetchTags: (remote, tags) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchRefs */ .BA(run, remote, tags.map(_commits_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRefspec */ .FT)),
        deepenBranch: (remote, branch, by) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .deepenBranch */ .AX(run, remote, branch, by),
        noteTracked(tracking) {
            memo.holdsRef = true;
            memo.fetched.add(tracking);
        },
    };
    const repo = Object.assign(run, questions, { [REPO]: true });
    if (git.records) {
        const records = git.records;
        repo.records = async (args, onRecord, signal) => {
            const r = await records(args, onRecord, signal);
            fetched(args);
            return r;
        };
    }
    return repo;
}
/** The Repo of the repository at `cwd` (real git, hooks off). */
function openRepo(cwd, env = process.env) {
    return asRepo((0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .spawnGit */ .Iz)(cwd, env));
}


/***/ }),

/***/ 95289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c9: () => (/* binding */ recordLanded),
/* harmony export */   cx: () => (/* binding */ landedRecord),
/* harmony export */   rj: () => (/* binding */ environmentFiles)
/* harmony export */ });
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5825);
/* harmony import */ var _records_trailers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73190);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _status_tables_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81646);
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67479);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33861);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5459);
// record: deployments — a promotion that landed on the base branch, recorded
// as a GitHub Deployment. The landed commit is a promotion when the trailer
// block of its message, as git parses it (the last paragraph), carries
// promote-env's generated trailer (a direct push, a rebase merge, a squash
// whose message keeps the commit's) or, for a merge commit, its merged
// parent's does: a merge's own message is GitHub's, and a `Lockstep-*` line
// anywhere else in a message is not lockstep's. The environments it landed in
// are those whose values file or Application changed against the first
// parent and, when the block names environments (`Lockstep-Environment`),
// that it names; each gets one deployment of that commit (payload: the pins
// it now holds), found again on a rerun.







/**
 * The files of an environment whose change means a promotion landed in it: its values file and its Application's
 * (and the kustomization of the overlay a Flux Kustomization's spec.path builds).
 */
async function environmentFiles(env, read) {
    const own = (0,_place_js__WEBPACK_IMPORTED_MODULE_4__/* .pinPath */ .dj)(env);
    const files = [await (0,_place_js__WEBPACK_IMPORTED_MODULE_4__/* .pinPaths */ .ID)(env, read)]
        .flat()
        .flatMap((p) => (p === own || /\.ya?ml$/.test(p) ? [p] : _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_5__/* .KUSTOMIZATION_NAMES */ .H7.map((n) => `${p}/${n}`)));
    const resource = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .deployerResource */ .lq)(env);
    return resource ? [...files, resource.file] : files;
}
/**
 * The landed commit and the message its promotion's record is read from: a merge's merged side, anything
 * else its own (a promotion's and a hydrated promotion's alike). Refused when the commit is not in the clone.
 */
async function landedRecord(git, commit) {
    const info = await git.commitInfo(commit);
    if (!info)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the commit ${commit.slice(0, 12)} is not in the repository promoted in`, {
            hint: 'check out the repository with fetch-depth: 2 or more',
        });
    return { info, record: info.parents.length > 1 ? await git.commitInfo(info.parents[1]) : info };
}
/**
 * Records the promotion that landed as `commit` on the base: nothing when it
 * is not one (no trailer), else one deployment per environment it changed
 * (only `only` when given), each found again rather than made twice.
 */
async function recordLanded(req, ports, commit, only, cache) {
    const git = ports.git;
    const github = ports.github;
    if (!github)
        throw new Error('record: deployments needs the GitHub client');
    const { info, record } = await landedRecord(git, commit);
    const block = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .lockstepBlock */ .bB)(record?.trailers ?? '');
    if (!(0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .generatedBy */ .BH)(block, 'promote-env'))
        return {
            commit,
            skipped: `${commit.slice(0, 12)} is not a landed promotion (the trailer block of ${info.parents.length > 1 ? 'its merged commit' : 'its message'} does not carry ${(0,_git_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedTrailer */ .ty)('promote-env')}); nothing recorded.`,
            deployments: [],
        };
    const named = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .promotionsIn */ .Md)(block).map((p) => p.environment);
    const parent = info.parents[0];
    const landed = [];
    for (const env of req.environments) {
        if (only && env.name !== only)
            continue;
        if (named.length > 0 && !named.includes(env.name))
            continue;
        for (const file of await environmentFiles(env, (p) => git.readAt(commit, p))) {
            const before = parent ? await git.readAt(parent, file) : undefined;
            if ((await git.readAt(commit, file)) !== before) {
                landed.push(env);
                break;
            }
        }
    }
    if (landed.length === 0)
        return {
            commit,
            skipped: `${commit.slice(0, 12)} changed no ${only ? `file of ${only}` : named.length > 0 ? `file of ${named.join(', ')}, the environment its trailers name` : "environment's values file or Application"}; nothing recorded.`,
            deployments: [],
        };
    const deployments = [];
    const pins = await (0,_status_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentPins */ .Kv)({ ...req, environments: landed }, (p) => git.readAt(commit, p), cache);
    for (const [k, env] of landed.entries()) {
        const p = pins[k];
        const payload = {
            lockstep: 'promote-env',
            services: p.services,
            ...(p.chartVersion !== undefined ? { chartVersion: p.chartVersion } : {}),
        };
        const pinned = Object.entries(p.services)
            .filter(([, v]) => v?.tag)
            .map(([name, v]) => `${name} ${v.tag}`);
        const record = await github.recordDeployment({
            sha: commit,
            environment: env.name,
            payload,
            // GitHub keeps at most 140 characters of a deployment's description.
            description: `lockstep promote-env: ${pinned.join(', ') || 'pins'}`.slice(0, 140),
            transient: env.preview ?? false,
            production: env.protected,
            ...(env.url ? { environmentUrl: env.url } : {}),
        });
        deployments.push({ environment: env.name, payload, record, ...(env.url ? { url: env.url } : {}) });
    }
    return { commit, deployments };
}


/***/ }),

/***/ 68197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ rollbacksOf),
/* harmony export */   R: () => (/* binding */ holdChain),
/* harmony export */   rollbacksAhead: () => (/* binding */ rollbacksAhead)
/* harmony export */ });
/* harmony import */ var _records_trailers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73190);
/* harmony import */ var _text_pull_subject_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96475);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17098);
/* harmony import */ var _publish_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95289);
// The history a rollback hold is read from (gates/rollback-hold.ts): the last promotion that landed in an
// environment on the base branch's first-parent history, read on a merge's merged side, and whether it was a
// rollback (its Lockstep-Rollback trailer), for every environment asked in one history walk. Started by session.ts
// with the plan, awaited by the gate; loaded by the gate only when it gathers, so the config checks (which load every
// gate) do not load the records' readers. `lockstep status` reads it for every environment (promote/status-holds.ts).




/** The rollback `landing` (the last landing in `env`) is, or undefined: its record (a merge's merged side) says `Lockstep-Rollback: true` for `env`. */
function rollbackOf(env, landing) {
    if (!landing)
        return undefined;
    const record = landing.info.parents.length > 1 ? landing.merged : landing.info;
    const block = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .lockstepBlock */ .bB)(record?.trailers ?? '');
    if (!(0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedBy */ .BH)(block, 'promote-env'))
        return undefined;
    const p = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .promotionsIn */ .Md)(block).find((t) => t.environment === env);
    if (!p?.rollback)
        return undefined;
    // GitHub's merge and squash subjects name the pull request: `Merge pull request #45 from …`, `… (#45)`.
    const pull = (0,_text_pull_subject_js__WEBPACK_IMPORTED_MODULE_2__/* .pullOfSubject */ .L)(landing.info.message.split('\n', 1)[0])?.number;
    return { env, commit: landing.commit, to: p.from, ...(pull !== undefined ? { pull } : {}) };
}
/**
 * The rollback that holds each of `envs` on `baseSha` (undefined where none): each one's last landing on the
 * first-parent history, read for all of them in one walk (git/log.ts lastLandings). promote's gate asks it for the
 * target and the environments it is promoted from, `lockstep status` for every environment.
 */
async function rollbacksOf(envs, ports, baseSha) {
    const files = await Promise.all(envs.map((env) => (0,_publish_record_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentFiles */ .rj)(env, (p) => ports.git.readAt(baseSha, p))));
    const landings = await ports.git.landings(baseSha, files);
    return envs.map((env, k) => rollbackOf(env.name, landings[k]));
}
/** The environments whose rollback holds a promotion into `envs[k]`: itself, then each it is promoted from (graph.ts). */
function holdChain(envs, k) {
    return [envs[k].name, ...(0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .predecessors */ .f)(envs, k)];
}
/** Each run's reads, by its ports and the base commit: started ahead of the plan, awaited by the gate. */
const started = new WeakMap();
/**
 * The last landing of the target and of each environment it is promoted from, read once per run and base commit
 * (one walk of the history for all of them): a held environment's pins move no further, so one after it is held at
 * its own step. session.ts starts it with the plan, so its git processes run while the plan parses; the gate awaits
 * what it started.
 */
function rollbacksAhead(req, route, ports, baseSha) {
    const chain = holdChain(req.environments, route.to.index);
    const key = `${baseSha}\0${chain.join('\0')}`;
    let runs = started.get(ports);
    if (!runs)
        started.set(ports, (runs = new Map()));
    let reads = runs.get(key);
    if (!reads) {
        const envs = chain.flatMap((name) => req.environments.filter((e) => e.name === name));
        reads = rollbacksOf(envs, ports, baseSha);
        // Awaited by the gate; a promotion that ends before its gates does not leave it unhandled.
        reads.catch(() => undefined);
        runs.set(key, reads);
    }
    return reads;
}


/***/ }),

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ generatedBy),
/* harmony export */   GG: () => (/* binding */ promotionTrailerLines),
/* harmony export */   HQ: () => (/* binding */ fixMarksOf),
/* harmony export */   Md: () => (/* binding */ promotionsIn),
/* harmony export */   U4: () => (/* binding */ olderPromotionWords),
/* harmony export */   V7: () => (/* binding */ lockstepLines),
/* harmony export */   Z3: () => (/* binding */ releaseTrailerLine),
/* harmony export */   ah: () => (/* binding */ vouch),
/* harmony export */   bB: () => (/* binding */ lockstepBlock),
/* harmony export */   ds: () => (/* binding */ claimsOf)
/* harmony export */ });
/* unused harmony exports TRAILER, vouchedRecords */
// The machine-readable trailers lockstep's own commits carry, written by
// promote-env (a promotion) and prepare-release (a release), and read back by
// the one reader of lockstep's records (records/history.ts): metrics, record:
// deployments. Keys and values are documented in docs/metrics.md.
/** The keys, each on a line of its own in the commit message's trailer block. */
const TRAILER = {
    environment: 'Lockstep-Environment',
    from: 'Lockstep-From',
    rollback: 'Lockstep-Rollback',
    service: 'Lockstep-Service',
    chart: 'Lockstep-Chart',
    release: 'Lockstep-Release',
    generated: 'Lockstep-Generated',
    /** A team's mark on a change (never written by lockstep): the release it repairs (docs/metrics.md). */
    fixes: 'Lockstep-Fixes',
};
/** A value on one trailer line: no line break, no leading or trailing blank (a tag or ref never has any). */
function oneLine(v) {
    return v.replace(/[\r\n]+/g, ' ').trim();
}
/** The trailer lines of a promotion, in a fixed order (before `Lockstep-Generated: promote-env`). */
function promotionTrailerLines(p) {
    const lines = [`${TRAILER.environment}: ${oneLine(p.environment)}`, `${TRAILER.from}: ${oneLine(p.from)}`];
    if (p.rollback)
        lines.push(`${TRAILER.rollback}: true`);
    // A service line is three words: no blank inside a name, tag or digest (none has one) can shift the others.
    const word = (v) => (v ?? '').replace(/\s+/g, '') || '-';
    for (const s of p.services)
        lines.push(`${TRAILER.service}: ${word(s.name)} ${word(s.tag)} ${word(s.digest)}`);
    if (p.chart !== undefined)
        lines.push(`${TRAILER.chart}: ${oneLine(p.chart)}`);
    return lines;
}
/** The trailer line of a release commit: `Lockstep-Release: v1.4.0`. */
function releaseTrailerLine(tag) {
    return `${TRAILER.release}: ${oneLine(tag)}`;
}
/**
 * The `Lockstep-*: value` lines of a message wherever they are: what a commit
 * claims, counted but never believed (a squash merge's body, a pasted
 * description). Only a trailer block git parsed is read (lockstepBlock).
 */
function lockstepLines(message) {
    const out = [];
    // Most commits are not lockstep's: one search instead of a split.
    if (!message.includes('Lockstep-'))
        return out;
    for (const raw of message.split('\n')) {
        const m = /^\s*(Lockstep-[A-Za-z]+):[ \t]*(.*?)\s*$/.exec(raw);
        // A team's own mark claims no record of lockstep's: it is read apart (fixMarksOf).
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The `Lockstep-*` trailers of a message's trailer block as git parses it:
 * `parsed` is git's `%(trailers:only,unfold)` of the commit, one `Key: value`
 * a line. Git takes only the message's last paragraph, and only when it reads
 * as trailers: a `Lockstep-*` line in the middle of a body is not one.
 */
function lockstepBlock(parsed) {
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^(Lockstep-[A-Za-z]+): ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The values of `Lockstep-Fixes` trailers in a trailer block as git parses it (`parsed`, one `Key: value` a
 * line): the releases a change says it repairs (`1.4.0`, `v1.4.0`). Only the block counts, as for lockstep's
 * own trailers: a line in the middle of a description is no mark.
 */
function fixMarksOf(parsed) {
    if (!parsed.includes(TRAILER.fixes))
        return [];
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^Lockstep-Fixes: ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== '')
            out.push(m[1]);
    }
    return out;
}
/** True when the trailer block holds `Lockstep-Generated: <action>`. */
function generatedBy(block, action) {
    return block.some((t) => t.key === TRAILER.generated && t.value === action);
}
/**
 * The promotions of trailer lines: one per `Lockstep-Environment` line, with
 * the lines that follow it up to the next one. Lines before the first
 * environment belong to none.
 */
function promotionsIn(trailers) {
    const out = [];
    let cur;
    for (const { key, value } of trailers) {
        if (key === TRAILER.environment) {
            cur = { environment: value, from: '', rollback: false, services: [] };
            out.push(cur);
        }
        else if (!cur)
            continue;
        else if (key === TRAILER.from)
            cur.from = value;
        else if (key === TRAILER.rollback)
            cur.rollback = value === 'true';
        else if (key === TRAILER.chart)
            cur.chart = value;
        else if (key === TRAILER.service) {
            const [name, tag, digest] = value.split(/\s+/);
            if (name)
                cur.services.push({ name, ...(tag && tag !== '-' ? { tag } : {}), ...(digest && digest !== '-' ? { digest } : {}) });
        }
    }
    return out;
}
/** What `message` and `block` (its git-parsed `Lockstep-*` trailers) claim; `elsewhere`: Lockstep lines of other messages (vouchedRecords). */
function claimsOf(message, block, elsewhere) {
    const claimed = lockstepLines(message).length + elsewhere;
    const none = { claimed, block: block.length, promoteEnv: false, prepareRelease: false, promotions: [], releases: [], claimedReleases: 0 };
    if (claimed === 0 && block.length === 0)
        return none;
    const version = /^chore\(release\): (\S+)/.exec(message.split('\n', 1)[0] ?? '')?.[1];
    const prepareRelease = generatedBy(block, 'prepare-release') && version !== undefined;
    const claimedReleases = block.filter((t) => t.key === TRAILER.release).map((t) => t.value);
    return {
        ...none,
        promoteEnv: generatedBy(block, 'promote-env'),
        prepareRelease,
        promotions: promotionsIn(block),
        releases: prepareRelease ? claimedReleases.filter((tag) => tag.endsWith(version)) : [],
        claimedReleases: claimedReleases.length,
    };
}
/**
 * What a commit that landed on the base branch records, believing only what
 * lockstep wrote. `message` and `block` are the record's message and its
 * git-parsed trailer block (lockstepBlock): the commit's own for a direct
 * push, a squash or a rebase merge; its merged side's for a merge commit
 * (GitHub writes a merge's own message, lockstep never does). `elsewhere`
 * counts the `Lockstep-*` lines of messages that are not the record (a
 * merge's own). `touched` names the environments whose files (values file,
 * Application) the landed commit changed against its first parent.
 *
 * - A promotion counts when the block holds `Lockstep-Generated: promote-env`
 *   and its `Lockstep-Environment` is one whose files the commit changed.
 * - A release counts when the block holds `Lockstep-Generated: prepare-release`,
 *   the title is prepare-release's `chore(release): <version>` (a squash adds
 *   ` (#12)`) and the `Lockstep-Release` tag ends in that version.
 * - Anything else, and every `Lockstep-*` line outside the block, is ignored.
 */
function vouchedRecords(message, block, elsewhere, touched) {
    return vouch(claimsOf(message, block, elsewhere), touched);
}
/** What lockstep vouches for of `claims` (claimsOf) once the environments whose files the commit changed are known (vouchedRecords). */
function vouch(claims, touched) {
    const { claimed, block, promoteEnv, prepareRelease, releases, claimedReleases } = claims;
    if (claimed === 0 && block === 0)
        return { promotions: [], releases: [], generated: false, ignored: false };
    const promotions = promoteEnv ? claims.promotions.filter((p) => touched.includes(p.environment)) : [];
    // One commit is a promotion or a release, never both. An older promotion names no environment (its
    // landing is inferred from its files), an older release commit no tag.
    const own = promoteEnv !== prepareRelease &&
        (promoteEnv
            ? touched.length > 0 && (claims.promotions.length === 0 || promotions.length > 0)
            : claims.promotions.length === 0 && releases.length === claimedReleases);
    if (!own)
        return { promotions: [], releases: [], generated: false, ignored: true };
    const whole = claimed === block && promotions.length === claims.promotions.length && releases.length === claimedReleases;
    return { promotions, releases, generated: true, ignored: !whole };
}
/**
 * What an older promote-env commit (before the trailers) says in its own
 * words: `promote: <from> → <env> (…)` as its title, `promote: rollback <ref> → …`
 * for a rollback, and one `- service: old → new (digest)` line per change.
 * The digest there is shortened; the environment is taken from the files the commit changed.
 */
function olderPromotionWords(message) {
    const title = message.split('\n', 1)[0] ?? '';
    const m = /^promote: (.+?) → (\S+)/.exec(title);
    const from = m?.[1];
    const rollback = from?.startsWith('rollback ') ?? false;
    const services = [];
    for (const line of message.split('\n')) {
        const s = /^- ([^:\s]+): \S+ → (\S+)(?: \(([^)]*)\))?$/.exec(line.trim());
        if (s && s[1] !== 'chart')
            services.push({ name: s[1], ...(s[2] !== '—' ? { tag: s[2] } : {}) });
    }
    return { ...(from ? { from: rollback ? `ref:${from.slice('rollback '.length)}` : from } : {}), rollback, services };
}


/***/ }),

/***/ 96475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ pullOfSubject)
/* harmony export */ });
/**
 * `(#12)` at the end of a squash-merge subject, or `Merge pull request #12` of
 * a merge commit: what GitHub writes by default, whether the pull request was
 * merged directly or by a merge queue (the queue writes the same commit on its
 * gh-readonly-queue/ branch, then fast-forwards the base branch to it).
 */
function pullOfSubject(subject) {
    const squash = /^(.*?)\s*\(#(\d{1,9})\)\s*$/.exec(subject);
    if (squash)
        return { number: Number(squash[2]), title: squash[1] };
    const merge = /^Merge pull request #(\d{1,9}) from \S+/.exec(subject);
    return merge ? { number: Number(merge[1]), title: subject } : undefined;
}


/***/ })

};

export const id = 3440;
export const ids = [3440];
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

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ stripPort),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// A host's name as written (no lookup, no node:net): light enough for the entry chunks that read an
// image reference (capture-digests' inputs); hosts.ts adds the address rules.
/** True when the registry host is this machine (plain http is allowed there). */
function isLoopbackHost(host) {
    const h = stripPort(host).toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '[::1]';
}
/** host without `:port`; keeps a bracketed IPv6 literal's brackets off. */
function stripPort(host) {
    if (host.startsWith('[')) {
        const end = host.indexOf(']');
        return host.slice(1, end < 0 ? undefined : end);
    }
    const c = host.lastIndexOf(':');
    return c >= 0 && host.indexOf(':') === c ? host.slice(0, c) : host;
}


/***/ }),

/***/ 29894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UNFOLDED_AT_MOST: () => (/* binding */ UNFOLDED_AT_MOST),
/* harmony export */   nextPromotionLine: () => (/* binding */ nextPromotionLine),
/* harmony export */   statusJson: () => (/* binding */ statusJson),
/* harmony export */   statusRunnerView: () => (/* binding */ statusRunnerView),
/* harmony export */   statusView: () => (/* binding */ statusView),
/* harmony export */   statusViews: () => (/* binding */ statusViews)
/* harmony export */ });
/* harmony import */ var _deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49373);
/* harmony import */ var _promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50178);
/* harmony import */ var _report_view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57987);
/* harmony import */ var _contract_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92252);
/* harmony import */ var _promote_publish_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18990);
// What `lockstep status` shows: every environment side by side, then each
// next promotion. Status has no action; its runner view is the same table as
// log lines, so the descriptor is whole.





/**
 * One sentence per next promotion: what it would change, that nothing would, or why it cannot be planned; then
 * each hold in promote's words (`; held by a rollback: …`).
 */
function nextPromotionLine(n) {
    const held = (n.holds ?? []).map((h) => `; held by ${h.title}: ${h.message}`).join('');
    const h = n.hydrated;
    const route = n.from === n.to ? n.to : `${n.from} → ${n.to}`;
    if (n.error)
        return `${route}: cannot plan: ${n.error}${held}`;
    if (h)
        return `${route}: ${h.pending
            ? `${h.proposed} → ${h.active}, DRY commit ${dry(h.activeDry)} → ${dry(h.proposedDry)}`
            : `nothing to promote (${h.active} runs DRY commit ${dry(h.activeDry)})`}${held}`;
    const parts = n.changes.map((c) => `${(0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .changeName */ .m9)(c)} ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(c.newDigest)})`);
    if (n.chart)
        parts.push(`chart ${n.chart.old || '—'} → ${n.chart.new}`);
    for (const { app, chart } of n.charts ?? [])
        parts.push(`${app}/chart ${chart.old || '—'} → ${chart.new}`);
    return `${n.from} → ${n.to}: ${parts.length > 0 ? parts.join(', ') : 'nothing to promote'}${held}`;
}
/** A DRY commit as the line says it: its first twelve characters, or — when the branch names none. */
const dry = (sha) => (sha ? sha.slice(0, 12) : '—');
/** Environments a terminal's table shows one column each; beyond them each wave is folded into one column. */
const UNFOLDED_AT_MOST = 12;
/** The table's columns: an environment each, or (past UNFOLDED_AT_MOST) one per wave, at its first environment's place. */
function columnsOf(s) {
    const waveOf = new Map();
    if (s.environments.length > UNFOLDED_AT_MOST)
        for (const [wave, names] of Object.entries(s.waves ?? {}))
            for (const n of names)
                if (!waveOf.has(n))
                    waveOf.set(n, wave);
    const columns = [];
    const byWave = new Map();
    s.environments.forEach((name, i) => {
        const wave = waveOf.get(name);
        const folded = wave === undefined ? undefined : byWave.get(wave);
        if (folded) {
            folded.of.push(i);
            return;
        }
        const column = { header: name, of: [i] };
        if (wave !== undefined)
            byWave.set(wave, column);
        columns.push(column);
    });
    for (const [wave, column] of byWave)
        if (column.of.length > 1)
            column.header = `${wave} (${column.of.length})`;
    return columns;
}
/** A folded wave's cell: what its environments all show, else how many different things they do. */
function foldedCell(cells) {
    const distinct = new Set(cells);
    return distinct.size === 1 ? cells[0] : `mixed (${distinct.size})`;
}
/** `lockstep status`: every environment side by side (tag and short digest, chart version), then each next promotion. */
function statusView(s) {
    const columns = columnsOf(s);
    const folded = columns.filter((c) => c.of.length > 1);
    return {
        title: 'status',
        status: `${s.environments.length} environment${s.environments.length === 1 ? '' : 's'} on ${s.readFrom ?? s.base}${s.baseSha ? ` at ${s.baseSha.slice(0, 12)}` : ''}; next promotions:`,
        headers: ['service', ...columns.map((c) => c.header)],
        rows: s.rows.map((r) => [r.service, ...columns.map((c) => foldedCell(c.of.map((i) => r.cells[i])))]),
        notes: [
            ...(folded.length > 0
                ? [
                    `${folded.length} wave${folded.length === 1 ? '' : 's'} folded into one column each (more than ${UNFOLDED_AT_MOST} environments): ` +
                        'a cell is what every environment of the wave pins, or mixed (how many different pins); lockstep status --json lists each environment.',
                ]
                : []),
            ...s.pins.flatMap((e) => e.unrendered !== undefined ? [`${e.name}: — where its pins file defines no pin: it does not render (${e.unrendered}).`] : []),
            ...s.pins.flatMap((e) => e.runsNone ? [`${e.name}: — for ${e.runsNone.join(', ')}: its pins file defines none, and its render runs no such image.`] : []),
            ...(s.held ?? []).map((h) => `${h.env}: held by a rollback: ${h.message}`),
            ...s.next.map(nextPromotionLine),
        ],
        warnings: [],
    };
}
/** The status table as the runner would log it (no action runs status today). */
function statusRunnerView(s) {
    return { steps: [{ info: (0,_report_view_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTerminal */ .bF)(statusView(s), _report_view_js__WEBPACK_IMPORTED_MODULE_2__/* .plainStyle */ .sj).trimEnd() }] };
}
/** status's views: the terminal's table, and the same as log lines. */
const statusViews = {
    runner: statusRunnerView,
    terminal: statusView,
    failure: () => undefined,
    json: statusJson,
};
/** One environment's pins as `status --json` spells them; an environment of many apps has each app's under `apps`. */
function pinsJson(e) {
    return {
        name: e.name,
        'values-file': e.values,
        'values-missing': e.missing,
        ...(e.kustomization !== undefined ? { kustomization: e.kustomization } : {}),
        ...(e.chartVersion !== undefined ? { 'chart-version': e.chartVersion } : {}),
        services: e.services,
        ...(e.rendered !== undefined ? { 'read-from-render': e.rendered } : {}),
        ...(e.unrendered !== undefined ? { unrendered: e.unrendered } : {}),
        ...(e.runsNone !== undefined ? { 'runs-none': e.runsNone } : {}),
        ...(e.hydrated !== undefined ? { 'read-from-hydrated': { branch: e.hydrated.branch, 'dry-sha': e.hydrated.dry } } : {}),
        ...(e.apps !== undefined ? { apps: Object.fromEntries(Object.entries(e.apps).map(([id, a]) => [id, pinsJson(a)])) } : {}),
    };
}
/**
 * `status --json`: full values (whole digests, the base commit), keys in kebab-case like the actions'
 * outputs. The shape is documented in the README (lockstep status --json).
 */
function statusJson(r) {
    return (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_3__/* .commandJson */ .ic)('status', {
        base: r.base,
        'base-sha': r.baseSha ?? null,
        environments: r.pins.map((e) => ({ ...pinsJson(e), ...heldJson(r, e.name) })),
        next: r.next.map((n) => ({
            from: n.from,
            to: n.to,
            changes: n.changes.map(_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_4__/* .pinChangeRow */ .oZ),
            ...(n.chart ? { chart: { file: n.chart.file, line: n.chart.line, old: n.chart.old, new: n.chart.new } } : {}),
            ...(n.charts
                ? { charts: n.charts.map(({ app, chart }) => ({ app, file: chart.file, line: chart.line, old: chart.old, new: chart.new })) }
                : {}),
            ...(n.error !== undefined ? { error: n.error } : {}),
            ...(n.holds ? { holds: n.holds.map((h) => ({ gate: h.gate, message: h.message })) } : {}),
            ...(n.hydrated
                ? {
                    hydrated: {
                        proposed: n.hydrated.proposed,
                        active: n.hydrated.active,
                        'proposed-dry': n.hydrated.proposedDry ?? null,
                        'active-dry': n.hydrated.activeDry ?? null,
                        pending: n.hydrated.pending,
                    },
                }
                : {}),
        })),
    });
}
/** An environment's `hold` in status --json, when a landed rollback holds it: the gate, its words, and the rollback. */
function heldJson(r, env) {
    const h = r.held?.find((x) => x.env === env);
    return h ? { hold: { gate: h.gate, message: h.message, commit: h.commit, pull: h.pull ?? null, to: h.to } } : {};
}


/***/ }),

/***/ 18990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ changesTable),
/* harmony export */   GZ: () => (/* binding */ whatsInMarkdown),
/* harmony export */   QP: () => (/* binding */ changeRows),
/* harmony export */   SI: () => (/* binding */ pullTitle),
/* harmony export */   a7: () => (/* binding */ whatsInLines),
/* harmony export */   b4: () => (/* binding */ changesOutput),
/* harmony export */   c2: () => (/* binding */ pullBody),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   oZ: () => (/* binding */ pinChangeRow),
/* harmony export */   pW: () => (/* binding */ checksMarkdown)
/* harmony export */ });
/* unused harmony exports verifiedLines, rollbackCommand, PULL_BODY_CAP */
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69888);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5825);
/* harmony import */ var _records_trailers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73190);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77841);
/* harmony import */ var _deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49373);
/* harmony import */ var _values_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99836);
/* harmony import */ var _values_contract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79821);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45914);
/* harmony import */ var _trail_trail_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(91062);
/* harmony import */ var _fleet_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50178);
// Words and tables of a promotion: the PR title and body, the job summary's
// tables (changes, drift, checks), the `changes` output and the rollback command.











/** The promotion PR's line in commit-mode api: whose commits GitHub signs, and that others' are re-created unsigned. */
const API_NOTE = 'The promotion commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified. Commits others pushed to this branch are re-created with their author as new commits, which GitHub does not sign: a signature they had (Verified, e.g. from GitHub’s web editor) does not carry over; the job summary lists each one’s old and new id.';
/** `promote: dev → staging (api, worker)`; a rollback says so. */
function pullTitle(fromLabel, to, plan) {
    const names = plan.changes.map(_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9);
    const charts = (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .chartChanges */ ._K)(plan);
    const what = names.length > 0
        ? names.join(', ')
        : charts.length > 0
            ? charts.map(({ app, chart }) => `${app !== undefined ? `${app} ` : ''}chart ${chart.new}`).join(', ')
            : 'no change';
    return `promote: ${fromLabel} → ${to} (${what})`;
}
/**
 * The commit message: the title, one line per change, and the trailer block:
 * the promotion's record (records/trailers.ts: environment, source, rollback,
 * each service's tag and whole digest, chart) when `record` is given, then the generated-commit trailer.
 */
function commitMessage(title, plan, record) {
    const lines = plan.changes.map((c) => `- ${(0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9)(c)}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.newDigest)})`);
    for (const { app, chart } of (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .chartChanges */ ._K)(plan))
        lines.push(`- ${app !== undefined ? `${app}/` : ''}chart: ${chart.old || '—'} → ${chart.new}`);
    const trailers = record
        ? (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .promotionTrailerLines */ .GG)({
            ...record,
            services: plan.changes.map((c) => ({ name: (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9)(c), tag: c.newTag, digest: c.newDigest })),
            ...(plan.chart ? { chart: plan.chart.new } : {}),
        })
        : [];
    return `${title}\n\n${lines.join('\n')}\n\n${[...trailers, (0,_git_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedTrailer */ .ty)('promote-env')].join('\n')}\n`;
}
/**
 * The changes as rows of cells, the pull request's table and the terminal's alike: service, old → new tag
 * and digest, where, verified in; the chart version's row last. The pull request adds the source commit.
 */
function changeRows(plan, sourceCommit = false) {
    const rows = plan.changes.map((c) => [
        (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9)(c),
        `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
        `${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.oldDigest)} → ${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.newDigest)}`,
        `${c.file}:${c.line}`,
        c.verified,
        ...(sourceCommit ? [c.sourceCommit ? c.sourceCommit.slice(0, 12) : '—'] : []),
    ]);
    for (const { app, chart } of (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .chartChanges */ ._K)(plan))
        rows.push([
            app !== undefined ? `${app}/chart version` : 'chart version',
            `${chart.old || '—'} → ${chart.new}`,
            '',
            `${chart.file}:${chart.line}`,
            '',
            ...(sourceCommit ? [''] : []),
        ]);
    return rows;
}
/** The table of changes: service, old → new tag and digest, where verified, source commit. */
function changesTable(plan) {
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(['service', 'tag', 'digest', 'file', 'verified in', 'source commit'], changeRows(plan, true));
}
/** What vouched for each verified digest (the config's `verify:`), and the commit its provenance names; nothing when no service verifies. */
function verifiedLines(plan) {
    const verified = plan.changes.filter((c) => c.verifiedBy);
    if (verified.length === 0)
        return [];
    return [
        'Verified before pinning:',
        '',
        ...verified.map((c) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)((0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .changeName */ .m9)(c))} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)((0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_2__/* .shortDigest */ .VK)(c.newDigest))}: ${c.verifiedBy.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV).join('; ')}${c.provenanceCommit ? `; built from commit ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(c.provenanceCommit)}` : ''}`),
        '',
    ];
}
/** Every environment side by side. */
function driftMarkdown(table) {
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(['service', ...table.environments], table.rows.map((r) => [r.service, ...r.cells]));
}
/** The checks table shown when require-checks stops a promotion (and on success). */
function checksMarkdown(plan) {
    return (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(['commit', 'check', 'state'], plan.checks.flatMap((c) => c.states.map((s) => [c.sha.slice(0, 12), s.name, s.state])));
}
/** The command that puts the target's pins back as they are at `baseSha`. */
function rollbackCommand(to, baseSha, services, repository) {
    const parts = ['gh workflow run rollback.yml', `-f to=${to}`, `-f ref=${baseSha}`];
    if (services.length > 0)
        parts.push(`-f services=${services.join(',')}`);
    if (repository)
        parts.push(`-f repository=${repository}`);
    return parts.join(' ');
}
/** GitHub refuses a pull request body over 65,536 characters; bytes are at least as many, so a byte cap is safe. */
const PULL_BODY_CAP = _text_cap_js__WEBPACK_IMPORTED_MODULE_7__/* .BODY_CAP */ .ix;
/** Lines of one shipment's list shown before the rest folds into `<details>`. */
const OPEN_LINES = 10;
/** A link lockstep writes around escaped text: the URL with the characters that could end the link target percent-encoded. */
function safeUrl(url) {
    return encodeURI(url).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** `#12`, linked to the pull request when the repository's address is known. */
function pullLink(n, repoUrl) {
    return repoUrl ? `[#${n}](${safeUrl(`${repoUrl}/pull/${n}`)})` : `#${n}`;
}
/** A version, tag or short commit inside a line: as it is when it holds only characters no markup is made of there, else escaped. */
function ref(s) {
    return /^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(s) ? s : (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(s);
}
/** Services named in a shipment's heading; past this many the heading counts them and a folded line lists them. */
const SUBJECTS_IN_HEADING = 5;
/** One shipment: a heading (what the target runs → what it will run), the compare link and commit count, the entries or pull requests, the notes. */
function shipmentMarkdown(s, repoUrl) {
    const verb = s.direction === 'removes' ? ' — removes' : '';
    const many = s.subjects.length > SUBJECTS_IN_HEADING;
    const who = many ? `${s.subjects.length} services` : s.subjects.map(_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV).join(', ');
    const out = [`#### ${who}: ${ref(s.from)} → ${ref(s.to)}${verb}`, ''];
    // Services that share the move are listed once, folded when there are many.
    if (many)
        out.push(`<details><summary>Services</summary>`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(s.subjects.join(', ')), '', '</details>', '');
    const facts = [];
    if (s.range)
        facts.push(s.compare ? `[${s.range.split('...').map(ref).join('...')}](${safeUrl(s.compare)})` : (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(s.range));
    if (s.commits !== undefined)
        facts.push(`${s.commits} commit${s.commits === 1 ? '' : 's'}`);
    if (facts.length > 0)
        out.push(`Compare ${facts.join(' · ')}`, '');
    const items = [
        ...s.entries.map((e) => `- ${e.breaking ? '**⚠ Breaking** · ' : ''}${ref(e.version)} · ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(e.text)}${e.pulls.map((n) => ` (${pullLink(n, repoUrl)})`).join('')}`),
        ...s.pulls.map((p) => `- ${pullLink(p.number, repoUrl)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(p.title)}`),
    ];
    if (items.length > OPEN_LINES) {
        out.push(...items.slice(0, OPEN_LINES), '', `<details><summary>${items.length - OPEN_LINES} more</summary>`, '', ...items.slice(OPEN_LINES), '', '</details>', '');
    }
    else if (items.length > 0)
        out.push(...items, '');
    for (const n of s.notes)
        out.push(`_${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(n)}_`, '');
    return out;
}
/**
 * "What's in this promotion": each service (and the chart) the promotion
 * changes, with what the target gains (or, on a rollback, loses). Changelog
 * text, subjects and titles are escaped; only the links are lockstep's.
 * Fitted under `maxBytes` at a line boundary, saying what was left out.
 */
function whatsInMarkdown(w, repoUrl, maxBytes) {
    if (w.shipments.length === 0)
        return '';
    const text = ["### What's in this promotion", '', ...w.shipments.flatMap((s) => shipmentMarkdown(s, repoUrl))].join('\n').trimEnd();
    return (0,_text_cap_js__WEBPACK_IMPORTED_MODULE_7__/* .fitToBytes */ .u8)(text, maxBytes, (o) => `_… ${(0,_text_cap_js__WEBPACK_IMPORTED_MODULE_7__/* .describeOmitted */ .QQ)(o)} of this list left out to fit the size limit._`).text;
}
/**
 * What ships, for the terminal: one line per shipment (the services sharing
 * it, the move, the commits and entries counted); the notes themselves are in
 * the pull request body, the job summary and --json.
 */
function whatsInLines(w) {
    return w.shipments.map((s) => {
        const who = s.subjects.length > SUBJECTS_IN_HEADING
            ? `${s.subjects.length} services (${s.subjects[0]} … ${s.subjects.at(-1)})`
            : s.subjects.join(', ');
        const counts = [
            ...(s.commits !== undefined ? [`${s.commits} commit${s.commits === 1 ? '' : 's'}`] : []),
            ...(s.entries.length ? [`${s.entries.length} release-note entr${s.entries.length === 1 ? 'y' : 'ies'}`] : []),
            ...(s.pulls.length ? [`${s.pulls.length} pull request${s.pulls.length === 1 ? '' : 's'}`] : []),
        ];
        const verb = s.direction === 'removes' ? 'removes' : 'ships';
        return `${verb} ${who}: ${s.from} → ${s.to}${counts.length ? ` (${counts.join(', ')})` : ''}${s.notes.length ? `; ${s.notes.join('; ')}` : ''}`;
    });
}
/** The pull request body. Every name, ref and note in it is plain text, escaped; the tables escape their cells. */
function pullBody(p) {
    const notes = p.notes?.length ? [...p.notes.map((n) => `> [!WARNING]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
    let body = pullBodyWith(p, notes, []);
    // The rendered changes go under the changes table, fitted to what the rest of the body leaves of GitHub's limit.
    const shown = (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .planRenders */ .BJ)(p.plan).filter((r) => !r.noHelm);
    if (shown.length > 0) {
        const rendered = (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedMarkdown */ .nV)(shown, PULL_BODY_CAP - Buffer.byteLength(body, 'utf8') - 2);
        if (rendered)
            body = pullBodyWith(p, notes, [], [rendered, '']);
    }
    if (!p.whatsIn?.shipments.length)
        return body;
    // What ships goes under them, cut to what is left.
    const room = PULL_BODY_CAP - Buffer.byteLength(body, 'utf8') - 2;
    const shipped = whatsInMarkdown(p.whatsIn, p.repoUrl, room);
    if (!shipped)
        return body;
    const rendered = shown.length > 0 ? (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedMarkdown */ .nV)(shown, PULL_BODY_CAP - Buffer.byteLength(pullBodyWith(p, notes, [shipped, '']), 'utf8') - 2) : '';
    return pullBodyWith(p, notes, [shipped, ''], rendered ? [rendered, ''] : []);
}
function pullBodyWith(p, notes, shipped, rendered = []) {
    const { plan } = p;
    // What the gates held or let through (soak time, windows, who broke the glass), one quoted line each.
    const gate = p.gate?.length ? [...p.gate.map((n) => `> [!IMPORTANT]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
    return [
        ...notes,
        ...gate,
        `Promotes **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(p.fromLabel)}** → **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(p.to)}** on ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeSpan */ .SS)(p.base)} (base ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(p.baseSha.slice(0, 12))}).`,
        '',
        `Source: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(plan.sourceLabel)}.`,
        '',
        changesTable(plan),
        '',
        ...verifiedLines(plan),
        ...(plan.valuesDrift ? [(0,_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftMarkdown */ .zK)(plan.valuesDrift), ''] : []),
        ...(plan.valuesContract ? [(0,_values_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .valuesContractMarkdown */ .IB)(plan.valuesContract), ''] : []),
        ...(plan.apps ?? []).flatMap((a) => [
            ...(a.plan.valuesDrift ? [`${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(a.id)}:`, '', (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftMarkdown */ .zK)(a.plan.valuesDrift), ''] : []),
            ...(a.plan.valuesContract ? [`${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeMarkdown */ .FV)(a.id)}:`, '', (0,_values_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .valuesContractMarkdown */ .IB)(a.plan.valuesContract), ''] : []),
        ]),
        ...rendered,
        ...shipped,
        ...(plan.drift ? ['<details><summary>Every environment</summary>', '', driftMarkdown(plan.drift), '', '</details>', ''] : []),
        'Roll back (restores what these keys pinned before this promotion):',
        '',
        // One line, in a fence no backtick run of a name can close.
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .codeBlock */ .DV)(rollbackCommand(p.to, p.baseSha, [...new Set(plan.changes.map((c) => c.service))], p.repository).replace(/\r\n|\r|\n/g, ' '), 'sh'),
        '',
        ...(p.ships ? [(0,_trail_trail_js__WEBPACK_IMPORTED_MODULE_9__/* .shipsMarker */ .UI)(p.ships)] : []),
        // The same words on every run (no SHA): a rerun that writes nothing leaves the body as it is.
        ...(p.commitMode === 'api' ? [API_NOTE, ''] : []),
        '<!-- lockstep:promote-env -->',
    ].join('\n');
}
/** One pin change as the `changes` output and `lockstep status --json` spell it: kebab-case keys, null for what is not pinned. */
function pinChangeRow(c) {
    return {
        service: c.service,
        ...(c.app !== undefined ? { app: c.app } : {}),
        file: c.file,
        line: c.line,
        'old-tag': c.oldTag ?? null,
        'new-tag': c.newTag ?? null,
        'old-digest': c.oldDigest ?? null,
        'new-digest': c.newDigest ?? null,
    };
}
/** The `changes` output: one entry per service (and the chart), single-line JSON. */
function changesOutput(plan) {
    const rows = plan.changes.map(pinChangeRow);
    for (const { app, chart } of (0,_fleet_js__WEBPACK_IMPORTED_MODULE_5__/* .chartChanges */ ._K)(plan))
        rows.push({
            service: 'chart',
            ...(app !== undefined ? { app } : {}),
            file: chart.file,
            line: chart.line,
            'old-version': chart.old,
            'new-version': chart.new,
        });
    return JSON.stringify(rows);
}


/***/ })

};

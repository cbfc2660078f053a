export const id = 6140;
export const ids = [6140,6744];
export const modules = {

/***/ 16744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
        hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
        cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
    });
}


/***/ }),

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
    const r = await git(['ls-tree', '-r', '-z', '--name-only', commit, '--', dir]);
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

/***/ 67994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   autoMergeWarning: () => (/* binding */ autoMergeWarning),
/* harmony export */   checksError: () => (/* binding */ checksError),
/* harmony export */   gateError: () => (/* binding */ gateError),
/* harmony export */   promoteFailure: () => (/* binding */ promoteFailure),
/* harmony export */   promoteJson: () => (/* binding */ promoteJson),
/* harmony export */   promoteLogLines: () => (/* binding */ promoteLogLines),
/* harmony export */   promoteMarkdown: () => (/* binding */ promoteMarkdown),
/* harmony export */   promoteRunnerView: () => (/* binding */ promoteRunnerView),
/* harmony export */   promoteStatus: () => (/* binding */ promoteStatus),
/* harmony export */   promoteView: () => (/* binding */ promoteView),
/* harmony export */   promoteViews: () => (/* binding */ promoteViews)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _promote_gates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24502);
/* harmony import */ var _promote_publish_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18990);
/* harmony import */ var _promote_values_drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99836);
/* harmony import */ var _promote_waves_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40648);
/* harmony import */ var _report_api_commits_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7499);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77841);
/* harmony import */ var _text_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73603);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45914);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69888);
/* harmony import */ var _contract_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92252);
// What a promotion shows: the runner's log lines (each change, the diff in a
// group, the outcome, the notes), the auto-merge warning, the outputs and the
// job summary, then the required-checks failure; and the terminal's table.











/** One sentence on the outcome of a promotion. */
function promoteStatus(r) {
    switch (r.outcome) {
        case 'nothing':
            return `Nothing to promote: ${r.route.to.name} already pins what ${r.plan.sourceLabel} has; no commit, no push, no pull request.`;
        case 'checks':
            return 'Stopped: required checks are not green; nothing was written.';
        case 'held': {
            const until = r.gate && (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .heldUntil */ .gE)(r.gate);
            const dry = r.dryRun ? ' (a dry run: the diff is what it would commit)' : '';
            return `Held by ${r.gate?.holds.length === 1 ? 'a gate' : 'gates'}${until !== undefined ? ` until ${new Date(until).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}; nothing was written${dry}.`;
        }
        case 'dry-run':
            return `Dry run: ${r.plan.files.length} file${r.plan.files.length === 1 ? '' : 's'} would change (diff in the log); nothing was written, pushed or opened.`;
        case 'direct':
            if (r.apiCommits)
                return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (written through the GitHub API, the branch moved with a lease).`;
            return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (pushed with a lease).`;
        default: {
            const what = r.pullOutcome === 'created' ? 'Opened' : r.pullOutcome === 'updated' ? 'Updated' : 'Left unchanged';
            const draft = r.draft ? (r.gate?.action === 'draft' ? ' (draft: held by a gate, no auto-merge)' : ' (draft)') : '';
            const merge = r.autoMerge?.enabled ? '; auto-merge enabled' : '';
            return `${what} pull request #${r.pull?.number}${draft} from ${r.branch}${r.pushed ? '' : ' (branch already up to date; nothing pushed)'}${merge}: ${r.pull?.url}`;
        }
    }
}
/** The log's line per change: service, tag and digest before → after, where, and where it was verified; then the chart's. */
function promoteLogLines(r) {
    const { plan } = r;
    const lines = plan.changes.map((c) => `${c.service}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${c.newDigest ?? 'no digest'}) at ${c.file}:${c.line}, verified in ${c.verified}`);
    if (plan.chart)
        lines.push(`chart version: ${plan.chart.old || '—'} → ${plan.chart.new} at ${plan.chart.file}:${plan.chart.line}`);
    return lines;
}
/** The warning when auto-merge was asked for and GitHub refused it; undefined otherwise. */
function autoMergeWarning(r) {
    return r.autoMerge && !r.autoMerge.enabled
        ? `auto-merge was not enabled: ${r.autoMerge.reason ?? 'not allowed'}; the pull request stays open`
        : undefined;
}
/** The route as a heading: `dev → staging`, `ref:<sha> → prod`, `new pins → dev`. */
function routeLabel(r) {
    const req = r.request;
    return `${r.route.from?.name ?? (req.from.kind === 'ref' ? `ref:${req.from.ref}` : 'new pins')} → ${r.route.to.name}`;
}
/** The job summary of promote-env: status, changes, required checks, every environment side by side, notes. */
function promoteMarkdown(r) {
    const { plan } = r;
    // Environment and service names, branches, URLs and GitHub's reasons are plain text here, escaped.
    const parts = [`### promote-env: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(routeLabel(r))}`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(promoteStatus(r)), ''];
    if (r.waves)
        parts.push(...[(0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesStopMarkdown */ .aU)(r.waves), (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesMarkdown */ .kp)(r.waves)].filter((x) => x !== undefined).flatMap((x) => [x, '']));
    if (plan.changes.length > 0 || plan.chart)
        parts.push((0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_2__/* .changesTable */ .EI)(plan), '');
    if (plan.unchanged.length > 0)
        parts.push(`Already up to date: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(plan.unchanged.join(', '))}.`, '');
    // The rendered changes: the pull request's section (before what ships, as there), fitted under half the summary's cap.
    const rendered = plan.rendered ? (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedMarkdown */ .nV)([plan.rendered], _text_cap_js__WEBPACK_IMPORTED_MODULE_9__/* .SUMMARY_CAP */ .GY / 2) : '';
    if (rendered)
        parts.push(rendered, '');
    // What ships: the same list as the pull request's, fitted under a tenth of the summary's cap.
    const shipped = r.whatsIn ? (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_2__/* .whatsInMarkdown */ .GZ)(r.whatsIn, r.repoUrl, _text_cap_js__WEBPACK_IMPORTED_MODULE_9__/* .SUMMARY_CAP */ .GY / 10) : '';
    if (shipped)
        parts.push(shipped, '');
    if (plan.checks.length > 0)
        parts.push('Required checks:', '', (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_2__/* .checksMarkdown */ .pW)(plan), '');
    if (plan.valuesDrift)
        parts.push((0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftMarkdown */ .zK)(plan.valuesDrift), '');
    if (r.gate && r.gate.holds.length > 0)
        parts.push('Gates:', '', ...(0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .gateLines */ .HN)(r.gate).map((l) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(l)}`), '');
    if (plan.drift)
        parts.push('Every environment:', '', (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_2__/* .driftMarkdown */ .fZ)(plan.drift), '');
    for (const n of r.notes)
        parts.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(n)}`);
    if (r.autoMerge && !r.autoMerge.enabled)
        parts.push(`- Auto-merge is not allowed here (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeMarkdown */ .FV)(r.autoMerge.reason ?? 'repository setting')}); the pull request stays open.`);
    const api = (0,_report_api_commits_js__WEBPACK_IMPORTED_MODULE_10__/* .apiCommitsMarkdown */ .E)(r.apiCommits);
    if (api)
        parts.push('', api);
    return parts.join('\n');
}
/** The promotion as a table for the terminal: one row per change (tag and digest before → after, where, verified in). */
function promoteView(r) {
    const { plan } = r;
    const rows = (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_2__/* .changeRows */ .QP)(plan);
    const unchanged = plan.unchanged.length > 0 ? [`Already up to date: ${plan.unchanged.join(', ')}.`] : [];
    const checks = plan.checks.flatMap((c) => c.states.map((s) => `check ${s.name} on ${c.sha.slice(0, 12)}: ${s.state}`));
    const warned = autoMergeWarning(r);
    return {
        title: `promote-env: ${routeLabel(r)}`,
        status: promoteStatus(r).replace(' (diff in the log)', ''),
        headers: ['service', 'tag', 'digest', 'file', 'verified in'],
        rows,
        notes: [
            ...unchanged,
            ...(r.whatsIn ? (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_2__/* .whatsInLines */ .a7)(r.whatsIn) : []),
            ...checks,
            ...(r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .gateLines */ .HN)(r.gate) : []),
            ...r.notes,
            ...(r.waves ? (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesLines */ .g9)(r.waves) : []),
            ...(0,_report_api_commits_js__WEBPACK_IMPORTED_MODULE_10__/* .apiCommitLines */ .L)(r.apiCommits ?? []),
        ],
        warnings: [
            ...(warned ? [warned] : []),
            ...(0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftAnnotations */ .ch)(plan.valuesDrift).map((a) => (a.file ? `${a.file}:${a.line}: ${a.message}` : a.message)),
        ],
        ...(plan.rendered ? { diff: (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedLines */ .HY)([plan.rendered]) } : {}),
    };
}
/** The error a promotion stopped by require-checks ends with (after its summary is written); undefined when it was not. */
function checksError(r) {
    if (r.outcome !== 'checks')
        return (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesError */ .VM)(r.waves);
    const bad = r.plan.checks.flatMap((c) => c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`));
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`required checks are not green: ${bad.join('; ')}`, {
        hint: 'wait for them to pass (the table in the job summary lists every check); nothing was written',
    });
}
/** The error a promotion refused by a gate ends with (after its summary is written): what held it, and until when. */
function gateError(r) {
    if (r.outcome !== 'held' || !r.gate)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`promotion held: ${r.gate.holds.map((h) => h.message).join('; ')}`, {
        hint: r.request.push === 'direct'
            ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `run again once the gate lets it through, or use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('push', 'pr')} (a draft pull request waits for it); nothing was written`
            : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `run again once the gate lets it through (or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('wait', 'draft')} to open a draft pull request meanwhile); nothing was written`,
    });
}
/**
 * The runner's view, in the order promote-env has always told it: a line per
 * change, the diff in a group (already escaped for the log), the outcome, the
 * notes, the auto-merge warning, the outputs, the job summary; a promotion
 * stopped by require-checks then fails the step.
 */
function promoteRunnerView(r) {
    const steps = promoteLogLines(r).map((line) => ({ info: line }));
    if (r.diff)
        steps.push({ group: r.dryRun ? 'dry run: the diff that would be committed' : 'diff' }, { info: r.diff, raw: true }, { endGroup: true });
    if (r.plan.rendered) {
        const [count, ...rest] = (0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .renderedLines */ .HY)([r.plan.rendered]);
        steps.push({ info: `rendered: ${count}` });
        if (rest.length > 0)
            steps.push({ group: 'rendered changes' }, { info: rest.map((l) => (0,_text_log_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeForLog */ .z)(`  ${l}`)).join('\n'), raw: true }, { endGroup: true });
        if (r.plan.rendered.status === 'failed')
            steps.push({ annotate: 'warning', message: `render: ${(0,_render_report_js__WEBPACK_IMPORTED_MODULE_8__/* .countLine */ .QK)(r.plan.rendered)}` });
    }
    steps.push({ info: promoteStatus(r) }, ...(r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .gateLines */ .HN)(r.gate) : []).map((l) => ({ info: l })), ...r.notes.map((n) => ({ info: n })), ...(0,_report_api_commits_js__WEBPACK_IMPORTED_MODULE_10__/* .apiCommitLines */ .L)(r.apiCommits ?? []).map((line) => ({ info: line })));
    if (r.waves)
        steps.push(...(0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesLines */ .g9)(r.waves).map((line) => ({ info: line })));
    const warned = autoMergeWarning(r);
    if (warned)
        steps.push({ annotate: 'warning', message: warned });
    steps.push(...(0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftAnnotations */ .ch)(r.plan.valuesDrift));
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: promoteMarkdown(r) });
    return { steps, failure: promoteFailure(r) };
}
/** A promotion ends in failure (exit 1) when its required checks or a wave stopped it, or a gate held it. */
function promoteFailure(r) {
    return checksError(r) ?? gateError(r);
}
/** `lockstep promote --json`: the route and outcome, the action's outputs as values, the gates' and notes' lines. */
function promoteJson(r) {
    const o = r.outputs;
    return (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_6__/* .commandJson */ .ic)('promote', {
        'dry-run': r.dryRun,
        // How the promotion went; how the command ended (`outcome`, and the hold's errors) its face says.
        promotion: r.outcome,
        status: promoteStatus(r),
        from: r.route.from?.name ?? null,
        to: r.route.to.name,
        'base-sha': r.baseSha,
        changed: o.changed === 'true',
        'pr-number': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_6__/* .numberOrNull */ .wD)(o['pr-number']),
        'pr-url': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_6__/* .stringOrNull */ .e0)(o['pr-url']),
        branch: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_6__/* .stringOrNull */ .e0)(o.branch),
        commit: r.commit ?? null,
        changes: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_6__/* .parsedOutput */ .$p)(o.changes),
        gates: r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .gateLines */ .HN)(r.gate) : [],
        waves: r.waves ? (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_4__/* .wavesLines */ .g9)(r.waves) : [],
        // What the cluster would receive: one row per object that changes (and per environment not rendered); absent when nothing was rendered.
        ...(r.rendered ? { rendered: r.rendered } : {}),
        // The target's values against both chart versions; null when the promotion compared none.
        'values-drift': r.plan.valuesDrift ? (0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .valuesDriftJson */ .w7)(r.plan.valuesDrift) : null,
        ...(r.renderCounts ? { 'render-counts': r.renderCounts } : {}),
        notes: r.notes,
    });
}
/** promote-env's views: the runner's and the terminal's. */
const promoteViews = {
    runner: promoteRunnerView,
    terminal: promoteView,
    failure: promoteFailure,
    // Everything that stops a promotion that was asked for rightly is a hold: run it again later.
    held: (r) => promoteFailure(r) !== undefined,
    json: promoteJson,
};


/***/ }),

/***/ 24502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ gateLines),
/* harmony export */   gE: () => (/* binding */ heldUntil),
/* harmony export */   lr: () => (/* binding */ gateVerdict),
/* harmony export */   wz: () => (/* binding */ liftable)
/* harmony export */ });
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52862);
// The promotion gates' verdict (issues 19 and 54), folded from plain data: each registered gate's
// evidence (promote/gates/registry.ts), the push mode and a break-glass label. Nothing here reads git,
// GitHub or the clock: each gate gathers its own evidence (promote/gate-evidence.ts runs them), and
// operations/promote/run.ts acts on the verdict.

/** Each registered gate with its evidence, in the registry's order; gates without evidence are not configured here. */
function configured(evidence) {
    const by = evidence;
    return _gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .J.filter((g) => by[g.name] !== undefined).map((gate) => ({ gate, evidence: by[gate.name] }));
}
/**
 * The gates' verdict: each gate's holds, those of a gate break glass lifts
 * lifted by a break-glass label; a hold refuses when its gate says so (a
 * soak by default), else makes a draft; with push: direct any hold refuses.
 */
function gateVerdict(g) {
    const notes = [];
    const holds = [];
    const lifted = [];
    let refuse = false;
    for (const { gate, evidence } of configured(g.evidence)) {
        notes.push(...(gate.notes?.(evidence) ?? []));
        const own = gate.holds(evidence, g.now);
        if (gate.breakGlass && g.breakGlass) {
            lifted.push(...own);
            continue;
        }
        holds.push(...own);
        if (own.length > 0 && gate.onHold(evidence) === 'refuse')
            refuse = true;
    }
    if (lifted.length > 0 && g.breakGlass) {
        const b = g.breakGlass;
        notes.push(`Break glass: the label '${b.label}' on #${b.pull} was added by ${b.by ? `@${b.by}` : 'an unknown user'}${b.at ? ` at ${b.at}` : ''}; it lifted: ${lifted.map((h) => h.message).join('; ')}.`);
    }
    let action = 'go';
    if (holds.length > 0)
        action = g.push === 'direct' || refuse ? 'refuse' : 'draft';
    return { action, holds, lifted, ...(lifted.length > 0 ? { breakGlass: g.breakGlass } : {}), notes };
}
/** Whether a break-glass label would lift any of `holds`: the label is looked up only then. */
function liftable(holds) {
    return holds.some((h) => _gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .J.find((g) => g.name === h.gate)?.breakGlass);
}
/** The latest moment a hold lifts, for "held until". */
function heldUntil(v) {
    const times = v.holds.map((h) => h.until);
    return times.some((t) => t === undefined) ? undefined : Math.max(...times);
}
/** The holds as lines for the job summary, the log and the PR body: which gate held the promotion, and until when. */
function gateLines(v) {
    return v.holds.map((h) => `Held by ${_gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .J.find((g) => g.name === h.gate)?.title ?? h.gate}: ${h.message}.`);
}


/***/ }),

/***/ 40648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ planWaves),
/* harmony export */   VM: () => (/* binding */ wavesError),
/* harmony export */   aU: () => (/* binding */ wavesStopMarkdown),
/* harmony export */   g9: () => (/* binding */ wavesLines),
/* harmony export */   kp: () => (/* binding */ wavesMarkdown),
/* harmony export */   pu: () => (/* binding */ advanceWaves)
/* harmony export */ });
/* unused harmony export waveTargets */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69888);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24619);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81871);
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86425);
// Waves: a promotion into several environments in order (`to: prod-eu,
// prod-us`, or `to: <name>` of a config `waves:` list). The first wave is an
// ordinary promotion from the source; each later wave promotes from the wave
// before it, and only once that wave's promotion is merged (the environment
// pins what its source had) and the require-checks are green on the commit
// that landed it on the base (the merge commit, on the first-parent history).
// A red check there stops the waves and says where. Each run advances the
// waves as far as they may go and no further, so rerunning it (on push to the
// default branch, on a schedule) drives them; a rerun with nothing new to do
// changes nothing.






/** The environments `to` names: a list (comma- or newline-separated), or one name of the config's `waves:`. */
function waveTargets(req) {
    const names = req.to
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (names.length === 1 && req.waves?.[names[0]])
        return req.waves[names[0]];
    return names.length > 0 ? names : [req.to];
}
/**
 * The request per wave, each route checked before anything is read: the
 * first from the request's source, each later one from the wave before it
 * (its own pins, so no digests file or version; its checks are gated on the
 * previous wave's merge commit instead). A single target is the request itself.
 */
function planWaves(req) {
    const targets = waveTargets(req);
    unknownInWave(req);
    if (targets.length === 1) {
        const one = targets[0] === req.to ? req : { ...req, to: targets[0] };
        return [{ req: one, route: (0,_request_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRoute */ .QF)(one) }];
    }
    if (req.from.kind === 'ref')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `names ${targets.length} environments; a rollback (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from', 'ref:…')}) goes to one`, {
            input: 'to',
            hint: 'roll back one environment at a time',
        });
    return targets.map((to, k) => {
        const wave = k === 0
            ? { ...req, to }
            : { ...req, to, from: { kind: 'env', env: targets[k - 1] }, digests: undefined, version: undefined, requireChecks: [] };
        return { req: wave, route: (0,_request_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRoute */ .QF)(wave) };
    });
}
/**
 * A `waves:` entry of the config that `to` names and that is no environment:
 * an error at the entry's config line, not on the input that named the wave.
 */
function unknownInWave(req) {
    const wave = req.to.trim();
    const list = req.waves?.[wave];
    if (!list)
        return;
    const names = req.environments.map((e) => e.name);
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`wave '${wave}' names '${name}', which is not an environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(name, names)}`, {
                file: req.configFile,
                line: req.waveLines?.[wave]?.[k],
                hint: `list environments of the config in waves.${wave}; environments, in order: ${names.join(', ')}`,
            }),
        ]));
}
/** The checks named, as a phrase: `e2e is failure, smoke is pending`. */
function checksPhrase(states) {
    return states.map((s) => `${s.name} is ${s.state}`).join(', ');
}
/**
 * Advances the waves as far as they may go: each wave promoted with
 * `promote` until one opens (or updates) a pull request, is stopped by its
 * checks, or waits for the previous wave's merge commit to be green. Returns
 * the last wave promoted and where every wave stands.
 */
async function advanceWaves(waves, ports, requireChecks, promote) {
    const steps = [];
    const report = { steps };
    let result;
    let ran = waves[0];
    let holding = '';
    for (const [k, wave] of waves.entries()) {
        const name = wave.route.to.name;
        if (holding) {
            steps.push({ environment: name, state: 'held', detail: holding });
            continue;
        }
        if (k > 0 && result !== undefined) {
            const gate = await gateOnMerge(waves[k - 1], wave, ports, requireChecks);
            if (gate) {
                steps.push(gate.step);
                if (gate.stopped)
                    report.stopped = gate.stopped;
                holding = `behind ${name}`;
                continue;
            }
        }
        result = await promote(wave.req, wave.route);
        ran = wave;
        switch (result.outcome) {
            case 'nothing':
                steps.push({
                    environment: name,
                    state: 'landed',
                    detail: `pins what ${wave.req.from.kind === 'env' ? wave.req.from.env : 'the source'} has`,
                });
                break;
            case 'direct':
                steps.push({ environment: name, state: 'landed', detail: `committed ${result.commit?.slice(0, 12) ?? ''} to ${wave.req.base}` });
                break;
            case 'pr':
                steps.push({ environment: name, state: 'opened', detail: `pull request #${result.pull?.number} ${result.pull?.url ?? ''}`.trim() });
                holding = `waits for ${name}'s pull request #${result.pull?.number} to be merged`;
                break;
            case 'dry-run':
                steps.push({ environment: name, state: 'planned', detail: 'dry run' });
                holding = `waits for ${name} to be promoted and merged`;
                break;
            case 'checks':
                steps.push({ environment: name, state: 'stopped', detail: 'required checks are not green on the source' });
                holding = `behind ${name}`;
                break;
            case 'held':
                // A gate (soak time, a window or a freeze) holds this wave: the later ones wait behind it.
                steps.push({ environment: name, state: 'held', detail: 'held by a gate (soak time, window or freeze)' });
                holding = `behind ${name}`;
                break;
        }
    }
    return { result: result, wave: ran, report };
}
/**
 * The gate before wave `next`: the previous wave's promotion landed on the
 * base (its environment's last change on the first-parent history) with the
 * require-checks green there. Undefined when it may go; else why not.
 */
async function gateOnMerge(previous, next, ports, requireChecks) {
    if (requireChecks.length === 0)
        return undefined;
    const prev = previous.route.to.name;
    const name = next.route.to.name;
    if (!ports.github)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `waves with require-checks need ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('github-token')}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('github-token')} (checks: read)`,
        });
    const tip = await ports.git.fetchBranch(previous.req.base);
    const sha = tip ? await ports.git.landedAt(tip, (0,_place_js__WEBPACK_IMPORTED_MODULE_3__/* .pinPath */ .dj)(previous.route.to)) : undefined;
    if (!sha)
        return { step: { environment: name, state: 'waiting', detail: `waits for ${prev}'s promotion to land on ${previous.req.base}` } };
    const states = await ports.github.checkStates(sha, requireChecks);
    const failed = states.filter((s) => s.state === 'failure');
    if (failed.length > 0)
        return {
            step: {
                environment: name,
                state: 'stopped',
                detail: `not promoted: ${checksPhrase(failed)} on ${prev}'s merge commit ${sha.slice(0, 12)}`,
            },
            stopped: { wave: name, after: prev, sha, failed },
        };
    const open = states.filter((s) => s.state !== 'success');
    if (open.length > 0)
        return {
            step: {
                environment: name,
                state: 'waiting',
                detail: `waits for ${checksPhrase(open)} on ${prev}'s merge commit ${sha.slice(0, 12)}`,
            },
        };
    return undefined;
}
/** The waves as a table for the job summary. */
function wavesMarkdown(report) {
    // markdownTable escapes each cell: environment names, check names and URLs are plain text here.
    return [
        'Waves:',
        '',
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownTable */ .Qj)(['wave', 'state', ''], report.steps.map((s) => [s.environment, s.state, s.detail])),
    ].join('\n');
}
/** The waves as log lines. */
function wavesLines(report) {
    return report.steps.map((s) => `wave ${s.environment}: ${s.state}${s.detail ? ` — ${s.detail}` : ''}`);
}
/** The error a run stopped by a red check on a wave's merge commit ends with; undefined otherwise. */
function wavesError(report) {
    const s = report?.stopped;
    if (!s)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`wave ${s.wave} stopped: ${checksPhrase(s.failed)} on ${s.after}'s merge commit ${s.sha.slice(0, 12)}`, {
        hint: `fix ${s.after} first (or roll it back); the next run promotes ${s.wave} once the checks are green there`,
    });
}
/** The stop as one sentence for the summary (escaped). */
function wavesStopMarkdown(report) {
    const e = wavesError(report);
    return e ? `Stopped: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(e.message)}.` : undefined;
}


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ apiCommitsMarkdown),
/* harmony export */   L: () => (/* binding */ apiCommitLines)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69888);

// commit-mode api, said the same way by prepare-release and promote-env:
// which commits written through the GitHub API GitHub shows as Verified
// (lockstep's own, signed by GitHub), and what became of others' commits:
// each is re-created with its author as a new commit, which GitHub does not
// sign, so a signature the original had (a web-editor commit's Verified) is
// gone; the old and new ids say which is which.
/** What GitHub shows for one commit, in words. */
function status(c) {
    if (c.verified)
        return 'Verified';
    return c.keptAuthor ? `not verified (${c.reason}): a signature the original had does not carry over` : `not verified (${c.reason})`;
}
/** Whose commit it is, in words. */
function whose(c) {
    if (!c.keptAuthor)
        return "lockstep's, authored by GitHub";
    return c.original
        ? `someone else's ${c.original.slice(0, 12)}, re-created with its author as a new commit`
        : "someone else's, re-created with its author";
}
/** One log line per commit: `abc123def456 (lockstep's, authored by GitHub): Verified`. */
function apiCommitLines(commits) {
    return commits.map((c) => `${c.sha.slice(0, 12)} (${whose(c)}; built locally as ${c.local.slice(0, 12)}): ${status(c)}`);
}
/** The job summary's table of the commits written through the API (every cell escaped by markdownTable); empty without any. */
function apiCommitsMarkdown(commits) {
    if (!commits || commits.length === 0)
        return '';
    const rows = commits.map((c) => [c.sha.slice(0, 12), whose(c), status(c)]);
    return `Commits written through the GitHub API (commit-mode: api):\n\n${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Commit', 'Whose', 'GitHub shows'], rows)}`;
}


/***/ }),

/***/ 73603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/* unused harmony export escapeLinesForLog */
/**
 * Every character the runner's TrimStart removes before it looks for `::`:
 * .NET's Char.IsWhiteSpace set. JavaScript's `\s` misses U+0085 (NEL), so it
 * is spelled out (`\s` also holds U+FEFF, which .NET keeps: escaping one more
 * does no harm).
 */
const RUNNER_SPACE = '\\s\\u0085';
const LEADING_COMMAND = new RegExp(`^([${RUNNER_SPACE}]*)::`);
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space, as the runner's .NET TrimStart sees
 * it) with `::`, or holds the legacy `##[command]` form anywhere, would be
 * read by the runner as a workflow command, so line breaks are folded (making
 * the start of the text the only line start) and both forms broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(LEADING_COMMAND, '$1: :')
        .replace(/##\[/g, '# #[');
}
/**
 * escapeForLog for text of many lines (a subprocess's output): each line is
 * escaped on its own, so the text keeps its lines and none of them can be a
 * workflow command.
 */
function escapeLinesForLog(s) {
    return s
        .split(/\r\n|\r|\n/)
        .map(escapeForLog)
        .join('\n');
}


/***/ })

};

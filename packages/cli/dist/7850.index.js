export const id = 7850;
export const ids = [7850];
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

/***/ 57850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ diffSinceMergeBase),
/* harmony export */   D: () => (/* binding */ pathsContaining),
/* harmony export */   LP: () => (/* binding */ parseRawDiff),
/* harmony export */   gitSpawner: () => (/* binding */ gitSpawner),
/* harmony export */   nT: () => (/* binding */ listTree),
/* harmony export */   wu: () => (/* binding */ mergeBase),
/* harmony export */   zf: () => (/* binding */ listPathsAndLinks)
/* harmony export */ });
/* unused harmony exports parseLsTree, treeBefore */
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63164);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);


/**
 * A spawner for the repository at `cwd` (real git, hooks off) that is its
 * Repo: what the run learns of the repository is kept with it (git/repo.ts;
 * asRepo gives its typed questions).
 */
function gitSpawner(cwd, env = process.env) {
    return (0,_repo_js__WEBPACK_IMPORTED_MODULE_0__/* .asRepo */ .lU)((0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnGit */ .Iz)(cwd, env));
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
 * Every path of a commit's tree, its object id and which paths are symbolic
 * links, in one `git ls-tree` (mode, id and path: no object type).
 * git older than 2.36 has no `--format`: the full listing then serves.
 */
async function listPathsAndLinks(git, commit) {
    // Each record is `<mode> <id> <path>` (--format), or `<mode> <type> <id>\t<path>` (the full listing).
    let out = await git(['ls-tree', '-r', '-z', '--full-tree', '--format=%(objectmode) %(objectname) %(path)', '--end-of-options', commit]);
    let full = false;
    if (out.code !== 0) {
        out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
        if (out.code !== 0)
            throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
        full = true;
    }
    const paths = new Set();
    const oids = new Map();
    const links = new Map();
    for (const rec of out.stdout.toString('utf8').split('\0')) {
        if (rec === '')
            continue;
        const end = full ? rec.indexOf('\t') : rec.indexOf(' ', rec.indexOf(' ') + 1);
        const oid = rec.slice(rec.lastIndexOf(' ', end - 1) + 1, end);
        const path = rec.slice(end + 1);
        paths.add(path);
        oids.set(path, oid);
        if (rec.startsWith('120000 '))
            links.set(path, oid);
    }
    return { paths, oids, links };
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


/***/ })

};

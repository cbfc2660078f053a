export const id = 6094;
export const ids = [6094,7892,8473,7306,8608,1684,6744];
export const modules = {

/***/ 43811:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(59909)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 37306:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const parse = __webpack_require__(43811)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

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

/***/ 1668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EVERY_CONFIG_CHECK: () => (/* binding */ EVERY_CONFIG_CHECK)
/* harmony export */ });
/* harmony import */ var _promote_gates_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52862);
/* harmony import */ var _settings_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93081);
// The config checks of the faces that read a file whole to judge it (`lockstep config`, chart-bump-check on a pull
// request that changes the config): every command's (settings/validate.ts) and the promotion gates'
// (promote/gates/registry.ts: an `after:` naming no environment). A gate's mistake in the file is said there, at its
// line, with the others, before the promotion that would refuse it. Composed here, the one floor that reaches both.


/** Every check of the config: the commands' first, then the gates', in the order of their registry. */
const EVERY_CONFIG_CHECK = [..._settings_validate_js__WEBPACK_IMPORTED_MODULE_1__.CONFIG_CHECKS, ..._promote_gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_CHECKS */ .s];


/***/ }),

/***/ 38807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ defaultsOf),
/* harmony export */   II: () => (/* binding */ unresolved),
/* harmony export */   P1: () => (/* binding */ scoped),
/* harmony export */   cm: () => (/* binding */ settingsForEach),
/* harmony export */   sb: () => (/* binding */ readSettings),
/* harmony export */   zc: () => (/* binding */ settingsFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31703);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8473);
/* harmony import */ var _text_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60385);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59199);
// The one reader of every setting (issue 54): a table entry says the setting's kind, choices, default and
// config key, so its TypeScript type, how its input is parsed and where its value comes from are all
// derived from that entry here, never spelled again at a use site. An operation's request reads its
// table with readSettings, keeps only the rules between fields, and asks settingsFor (or settingsForEach, per
// environment) for the config-backed values: each comes out typed and camel-cased (`min-soak` → minSoak).





/** The entries of `table` whose config key lives at `where`. */
function scoped(table, where) {
    const settings = table.settings.filter((s) => s.config?.where === where);
    return { operation: table.operation, action: table.action, settings: settings };
}
/**
 * Reads every input of `table` by its kind, once: a `bool` as a YAML boolean, a `choice` among its choices,
 * a list one per line or comma-separated, a `duration` in milliseconds (30m, 2d), anything else as text;
 * each with the table's default when it has one (the runner passes it; a terminal's flags do the same),
 * else undefined when not given (a list: empty). Each error names its input.
 */
function readSettings(table, inputs) {
    const out = {};
    for (const s of table.settings) {
        if (s.kind === 'secret')
            continue;
        const value = readOne(s, inputs);
        if (value !== undefined)
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)] = value;
    }
    return out;
}
/** What readSettings gives when no input is given: each setting's default, read as its kind. */
function defaultsOf(table) {
    return readSettings(table, NOTHING_GIVEN);
}
/** An input source where nothing is given. */
const NOTHING_GIVEN = {
    source: () => '',
    string: (_name, fallback = '') => fallback,
    optional: () => undefined,
    required: (name) => {
        throw new Error(`${name} is required: a table with a required input has no defaults to read`);
    },
    boolean: (_name, fallback) => fallback,
    optionalBoolean: () => undefined,
    choice: (_name, _choices, fallback) => fallback,
    optionalChoice: () => undefined,
    list: () => [],
};
function readOne(s, inputs) {
    const { input: name, default: fallback } = s;
    switch (s.kind) {
        case 'bool':
            return fallback === undefined ? inputs.optionalBoolean(name) : inputs.boolean(name, fallback === 'true');
        case 'choice':
            return fallback === undefined ? inputs.optionalChoice(name, s.choices ?? []) : inputs.choice(name, s.choices ?? [], fallback);
        case 'list':
        case 'path-list':
        case 'glob-list':
            // The default stands for an input not given (the runner passes it); given empty on purpose, the list is empty.
            return fallback !== undefined && inputs.source(name) === '' ? (0,_text_list_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(fallback) : inputs.list(name);
        case 'duration': {
            const text = inputs.optional(name);
            if (text === undefined)
                return undefined;
            const ms = (0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(text);
            if (ms === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${text}', not a duration`, { input: name, hint: _text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .DURATION_HINT */ .Fp });
            return ms;
        }
        default:
            if (s.required)
                return inputs.required(name);
            return fallback === undefined ? inputs.optional(name) : inputs.string(name, fallback);
    }
}
/**
 * The config-backed settings of `table`, resolved by the one precedence (settings/resolve.ts): the input
 * `given` holds (as readSettings read it; an empty list is not given) > the key under `scope.environment`
 * > the key at the top of the file > the declared default. Settings with no value are left out.
 */
function settingsFor(table, given, config, scope = {}) {
    const read = given;
    const byInput = {};
    for (const s of table.settings) {
        const v = read[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)];
        byInput[s.input] = Array.isArray(v) && v.length === 0 ? undefined : v;
    }
    const out = {};
    for (const [input, r] of Object.entries((0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSettings */ .M)(table, byInput, config, scope)))
        if (r.value !== undefined)
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(input)] = r.value;
    return out;
}
/** settingsFor under each of `environments`, once each: what a run that walks several environments reads. */
function settingsForEach(table, given, config, environments) {
    return Object.fromEntries(environments.map((environment) => [environment, settingsFor(table, given, config, { environment })]));
}
/**
 * `given` without the fields `table` resolves from the config, nor those named in `also` (what the caller
 * reads otherwise): what a request carries as given, so that no input a config key backs is left on it to
 * be read with a precedence of its own.
 */
function unresolved(table, given, also = []) {
    const backed = table.settings.filter((s) => s.config !== undefined).map((s) => (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input));
    const out = new Set([...backed, ...also.map(String)]);
    return Object.fromEntries(Object.entries(given).filter(([field]) => !out.has(field)));
}


/***/ }),

/***/ 59199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveSettings)
/* harmony export */ });
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31703);

/**
 * The one precedence of every operation: an input given > the key under the
 * environment (or service) the run is about > the key at the top of the file
 * > the table's default (or the default another key decides: `defaultWhen`). `given` holds the inputs as the request read them,
 * undefined where the input was not given (the runner's empty input); an
 * explicit empty value on the command line (`--tag-prefix ""`) is given.
 * Only the settings that declare a config key are resolved here: the others
 * are the input or its default already. Without a config (check reads none
 * at a commit that has no file), the input, else the default.
 */
function resolveSettings(table, given, config, scope = {}) {
    const env = scope.environment === undefined ? undefined : config?.environments.find((e) => e.name === scope.environment);
    const out = {};
    for (const s of table.settings) {
        if (!s.config)
            continue;
        out[s.input] = resolveOne(s, given[s.input], config, env);
    }
    return out;
}
function resolveOne(s, given, config, env) {
    if (given !== undefined)
        return { value: given, from: 'input' };
    const key = (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(s.config.key);
    // A key an environment may set is read there first; the top of the file holds it for every environment.
    if (s.config.where === 'environment') {
        const v = env?.[key];
        if (v !== undefined)
            return { value: v, from: 'environment' };
    }
    const top = config;
    // The top of the file's value, under the key's own name or where its declaration says (render: `render.mode`).
    const v = (s.config.topField ?? [key]).reduce((at, field) => at?.[field], top);
    if (v !== undefined)
        return { value: v, from: 'top' };
    // A default another key decides (values-drift: error where protected), that key read where this one would be.
    const when = s.config.defaultWhen;
    if (when) {
        const other = (s.config.where === 'environment' ? env?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)] : undefined) ?? top?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)];
        return { value: other === when.is ? when.then : when.otherwise, from: 'default' };
    }
    return { value: s.config.default, from: 'default' };
}


/***/ }),

/***/ 93081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_CHECKS: () => (/* binding */ CONFIG_CHECKS),
/* harmony export */   checkConfig: () => (/* binding */ checkConfig),
/* harmony export */   loadCheckedConfig: () => (/* binding */ loadCheckedConfig),
/* harmony export */   verifyKeys: () => (/* binding */ verifyKeys),
/* harmony export */   waveEnvironments: () => (/* binding */ waveEnvironments),
/* harmony export */   windowCrons: () => (/* binding */ windowCrons)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76551);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24619);
// The config checks every command runs before any network request (issue 37): what a
// promotion, a release or a publish would refuse about the file, refused by each of them
// and by `lockstep config` at the file's line. The schema (made from the declarations) and the loader
// (config/config.ts) check each value alone; the checks here read across the file
// (a wave naming an environment) or need a library (cron-parser, loaded only when an
// environment has windows).




/** Each allow and deny window's cron: five fields cron-parser reads (cron-parser loads only when some environment has windows). */
const windowCrons = async (config) => {
    if (!config.environments.some((e) => e.windows))
        return [];
    const { windowErrors } = await Promise.all(/* import() */[__webpack_require__.e(8628), __webpack_require__.e(8846)]).then(__webpack_require__.bind(__webpack_require__, 98846));
    return config.environments.flatMap((e) => windowErrors(e.name, e.windows, config.file));
};
/** Each `waves:` entry names an environment of the config (with the nearest name when one is close). */
const waveEnvironments = (config) => {
    const names = config.environments.map((e) => e.name);
    return Object.entries(config.waves ?? {}).flatMap(([wave, list]) => list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`wave '${wave}' names '${name}', which is not an environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, names)}`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['waves', wave, k]),
                hint: names.length > 0
                    ? `list environments of the config in waves.${wave}; environments, in order: ${names.join(', ')}`
                    : 'the config lists no environments: add them under environments:',
            }),
        ]));
};
/**
 * No `verify.keys` entry (top level or a service's) holds a private key: the repository would give anyone the
 * key that signs. digests and promote refuse it when they verify; refused here at its line, so `lockstep config`
 * and the PR check catch it before the merge. An entry written as PEM text is read as it is; one naming a file is
 * read when the caller gives `files` (a file that is missing, or holds no PEM block at all, is refused too).
 */
const verifyKeys = async (config, files) => {
    const lists = [
        [['verify', 'keys'], config.verify?.keys],
        ...Object.entries(config.services).map(([name, s]) => [
            ['services', name, 'verify', 'keys'],
            s.verify?.keys,
        ]),
    ];
    const found = [];
    for (const [path, keys] of lists)
        for (const [k, key] of (keys ?? []).entries()) {
            const at = { file: config.file, line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, [...path, k]) };
            const entry = `${path.join('.')}[${k}]`;
            const inline = key.trimStart().startsWith('-----BEGIN');
            if (!inline && files === undefined)
                continue;
            let text = key;
            if (!inline)
                try {
                    text = await files(key, 'verify.keys');
                }
                catch (e) {
                    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
                        throw e;
                    found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(e.message, { ...at, ...(e.hint ? { hint: e.hint } : {}) }));
                    continue;
                }
            const named = inline ? entry : `${entry}: ${key}`;
            const label = (0,_text_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .privateKeyLabel */ .p)(text);
            if (label !== undefined)
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`, {
                    ...at,
                    hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
                }));
            else if (!/-----BEGIN [A-Z0-9 ]{1,60}-----/.test(text))
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} holds no PEM block, so no public key`, {
                    ...at,
                    hint: 'name the cosign public key file (cosign.pub: -----BEGIN PUBLIC KEY-----), or write the key as text',
                }));
        }
    return found;
};
/**
 * The checks every command runs on the config it loads, in order. Another
 * check (a `charts:` glob matching no chart, say) is one more entry here.
 */
const CONFIG_CHECKS = [windowCrons, waveEnvironments, verifyKeys];
/**
 * Runs every check on `config` (reading the files it names through `files`, when given): throws all the problems
 * found together (each at its line, in the order of the file), else returns the config.
 */
async function checkConfig(config, files, checks = CONFIG_CHECKS) {
    const problems = [];
    for (const check of checks)
        problems.push(...(await check(config, files)));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    return config;
}
/** loadConfig, then every check: what each command reads its config with, before any network request. */
async function loadCheckedConfig(workspace, path) {
    return checkConfig((0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.loadConfig)(workspace, path));
}


/***/ }),

/***/ 31703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ camel)
/* harmony export */ });
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
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


/***/ }),

/***/ 76551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ privateKeyLabel)
/* harmony export */ });
// What a PEM text says of itself by its labels, read without parsing the key: the config check
// (settings/validate.ts) and the verifier (registry/) refuse a private key by the same rule.
/** The label of a PEM block that holds a private key (`PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, …), if the text has one. */
function privateKeyLabel(text) {
    for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,60})-----/g))
        if (/PRIVATE KEY/.test(m[1]))
            return m[1];
    return undefined;
}


/***/ })

};

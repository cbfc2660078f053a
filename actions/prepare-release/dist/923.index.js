export const id = 923;
export const ids = [923];
export const modules = {

/***/ 3852:
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
/* harmony export */   sf: () => (/* binding */ catBlob),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* unused harmony exports rangeKey, pathsUnder, isAncestorOf */
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(669);

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

/***/ 5036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ publishGeneratedBranch),
/* harmony export */   l: () => (/* binding */ branchPublisher)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5825);


/**
 * git/publish.ts's publishing calls bound to `git` and `remote`. Git mode
 * pushes the commits it re-applies as they are made here, so a signed commit
 * of someone else is never re-made without its signature (`keepSignatures`,
 * default on); commit-mode api, which re-creates every commit through
 * GitHub anyway, turns it off.
 */
function branchPublisher(git, remote = 'origin', o = {}) {
    const keepSignatures = o.keepSignatures ?? true;
    return {
        fetchBranch: (b) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchBranch */ .D_)(git, remote, b),
        commitFiles: (c) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitFiles */ .zu)(git, c),
        commitsAfterGenerated: (base, tip, trailer) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitsAfterGenerated */ .kq)(git, base, tip, trailer, remote),
        replayCommits: (onto, commits) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .replayCommits */ .aY)(git, onto, commits, { keepSignatures }),
        pushBranch: (b, sha, expected) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .pushBranch */ .TV)(git, remote, b, sha, expected),
    };
}
/**
 * The whole publish round for an action that owns a branch: fetch base →
 * plan → one generated commit → fetch the branch → re-apply others' commits
 * found above the previous generated commit → push with a lease on the tip
 * that was seen. A lease that no longer holds (someone pushed meanwhile) or,
 * for a direct push, a base that moved starts the round again, bounded.
 * A rerun that would produce the same content on the same base pushes
 * nothing (`unchanged`). The remote calls go through `remoteCalls`
 * (default git/publish.ts on `req.remote`); local reads use `git`.
 */
async function publishGeneratedBranch(git, req, remoteCalls) {
    const remote = req.remote ?? 'origin';
    const calls = remoteCalls ?? branchPublisher(git, remote);
    const direct = req.branch === req.base;
    const pinned = req.pinned;
    const attempts = req.attempts ?? 3;
    return (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .withBaseRetry */ .s0)(attempts, async (attempt) => {
        const baseSha = pinned ? await pinnedBase(calls, req.base, pinned) : await calls.fetchBranch(req.base);
        if (!baseSha)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`base branch '${req.base}' does not exist on ${remote}`, { hint: 'set `base` to an existing branch' });
        const previous = direct ? baseSha : await calls.fetchBranch(req.branch);
        const { files, message } = await req.plan(baseSha);
        const generated = await calls.commitFiles({
            parent: baseSha,
            files,
            message: (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .appendTrailer */ .Ce)(message, req.trailer),
            author: req.author,
            committer: req.committer,
            date: req.date,
            stampTree: true,
        });
        // The trees a round compares, each asked of git once; the base's and the generated commit's in one process.
        const trees = new Map();
        const tree = (commit) => {
            let t = trees.get(commit);
            if (!t)
                trees.set(commit, (t = (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treeOf */ .g7)(git, commit)));
            return t;
        };
        let baseTree;
        if (!pinned) {
            const [b, g] = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treesOf */ .zG)(git, [baseSha, generated]);
            trees.set(baseSha, Promise.resolve(b));
            trees.set(generated, Promise.resolve(g));
            baseTree = b;
        }
        let head = generated;
        let replayed = [];
        let skipped = [];
        if (previous && !direct) {
            const found = await calls.commitsAfterGenerated(baseSha, previous, req.trailer);
            if (!pinned && !found.generated && found.after.length > 0) {
                const top = found.after[found.after.length - 1];
                return {
                    done: true,
                    value: {
                        outcome: 'conflict',
                        baseSha,
                        previous,
                        commit: top,
                        subject: await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSubject */ .sF)(git, top),
                        files: [],
                        reason: `${req.branch} has commits but none generated by lockstep (${req.trailer}); it is left alone`,
                    },
                };
            }
            if (found.amended) {
                return {
                    done: true,
                    value: {
                        outcome: 'conflict',
                        baseSha,
                        previous,
                        commit: found.generated,
                        subject: await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSubject */ .sF)(git, found.generated),
                        files: [],
                        reason: `the generated commit on ${req.branch} was amended by hand; regenerating it would lose that edit, so the branch is left alone`,
                        amended: true,
                    },
                };
            }
            // With a pinned base the generated commit is the run's own, judged alone: what others pushed above it stays theirs.
            if (pinned &&
                found.generated &&
                (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .parentOf */ .gN)(git, found.generated)) === baseSha &&
                (await tree(found.generated)) === (await tree(generated)))
                return {
                    done: true,
                    value: { outcome: 'unchanged', head: previous, baseSha, previous, replayed: [], skipped: [], kept: found.after },
                };
            if (found.after.length > 0) {
                const r = await calls.replayCommits(generated, found.after);
                if (!r.ok)
                    return {
                        done: true,
                        value: { outcome: 'conflict', baseSha, previous, commit: r.commit, subject: r.subject, files: r.files, reason: r.reason },
                    };
                head = r.head;
                skipped = r.skipped;
                replayed = found.after.filter((c) => !r.skipped.includes(c));
            }
            if (!pinned) {
                const headTree = await tree(head);
                if (found.generated && (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .parentOf */ .gN)(git, found.generated)) === baseSha && (await tree(previous)) === headTree)
                    return { done: true, value: { outcome: 'unchanged', head: previous, baseSha, previous, replayed: [], skipped: [] } };
            }
        }
        if (!pinned && (await tree(head)) === baseTree)
            return { done: true, value: { outcome: 'empty', baseSha, previous: direct ? undefined : previous } };
        const pushed = await calls.pushBranch(req.branch, head, previous, { base: baseSha, generated });
        if (pushed.ok) {
            const outcome = direct || (previous && pushed.updated) ? 'updated' : previous ? 'unchanged' : 'created';
            // Through the API the branch holds GitHub's commits, not the local ones.
            const remote = 'head' in pushed ? { head: pushed.head, commits: withOriginals(pushed.commits, replayed) } : { head };
            return { done: true, value: { outcome, baseSha, previous, replayed, skipped, ...remote } };
        }
        if (pinned) {
            // A stale lease, or a refusal because another push updated the branch at the same moment (the server's
            // ref lock): look again, bounded. Anything else (protected branch, hook) is final.
            const raced = pushed.reason === 'stale' || (await calls.fetchBranch(req.branch)) !== previous;
            if (raced && attempt < attempts)
                return { done: false, why: `${req.branch} moved on ${remote} (${pushed.detail})` };
            return { done: true, value: { outcome: 'rejected', baseSha, previous, detail: pushed.detail, raced } };
        }
        if (pushed.reason === 'rejected')
            return { done: true, value: { outcome: 'rejected', baseSha, previous, detail: pushed.detail } };
        return { done: false, why: `${req.branch} moved on ${remote} (${pushed.detail})` };
    });
}
/**
 * The base a pinned round builds on: the checkout's commit, as long as the
 * remote's base is still there (or absent); a base that moved throws the
 * caller's error, since the files were planned from the old one.
 */
async function pinnedBase(calls, base, pinned) {
    const tip = await calls.fetchBranch(base);
    if (tip && tip !== pinned.sha)
        throw pinned.moved(tip);
    return pinned.sha;
}
/**
 * The commits written through the API, each re-created commit of someone
 * else's paired with the commit of the branch it re-creates: they follow
 * lockstep's in the order they were replayed (`replayed`, oldest first).
 */
function withOriginals(commits, replayed) {
    let i = 0;
    return commits.map((c) => (c.keptAuthor && i < replayed.length ? { ...c, original: replayed[i++] } : c));
}


/***/ }),

/***/ 4673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ localGitAt),
/* harmony export */   l: () => (/* binding */ localText)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(669);


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

/***/ 7850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ parseRawDiff),
/* harmony export */   dm: () => (/* binding */ gitSpawner)
/* harmony export */ });
/* unused harmony exports listTree, listPathsAndLinks, parseLsTree, mergeBase, diffSinceMergeBase, treeBefore, pathsContaining */
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3164);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(669);


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

/***/ 5825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ appendTrailer),
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   TV: () => (/* binding */ pushBranch),
/* harmony export */   aY: () => (/* binding */ replayCommits),
/* harmony export */   g7: () => (/* binding */ treeOf),
/* harmony export */   gN: () => (/* binding */ parentOf),
/* harmony export */   kq: () => (/* binding */ commitsAfterGenerated),
/* harmony export */   lj: () => (/* binding */ pushTag),
/* harmony export */   s0: () => (/* binding */ withBaseRetry),
/* harmony export */   sF: () => (/* binding */ commitSubject),
/* harmony export */   ty: () => (/* binding */ generatedTrailer),
/* harmony export */   zG: () => (/* binding */ treesOf),
/* harmony export */   zu: () => (/* binding */ commitFiles)
/* harmony export */ });
/* unused harmony exports TREE_TRAILER_KEY, GENERATED_TRAILER_KEY, isShallow, isEmpty, SHALLOW_FETCH_DEPTH, remoteFailure, parsePushPorcelain, pushOutcome, hasTrailer, isAncestor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4673);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(669);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3164);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8162);
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7245);









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
        // SSH-signed when the Repo has a signing key (git/signing.ts); never by a user's commit.gpgSign otherwise.
        const sign = (0,_signing_js__WEBPACK_IMPORTED_MODULE_8__/* .commitSigning */ .$o)(git);
        return await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, [...sign.config, 'commit-tree', sign.flag, '-p', parent, '--end-of-options', tree], {
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
    return asRepo(git).isShallow();
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
    const c = { tree: '', parents: [], keep: [], message, signed: false };
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
        else if (key === 'gpgsig' || key === 'gpgsig-sha256')
            c.signed = true;
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
 * With `keepSignatures` (git mode) a signed commit is refused too: it
 * stays as its author signed it, never re-created without its signature.
 */
async function replayCommits(git, onto, commits, o = {}) {
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
        if (o.keepSignatures && c.signed)
            return {
                ok: false,
                commit: sha,
                subject,
                files: [],
                reason: 'it is signed, and re-applying it onto the new commit would drop its signature (a signature covers the parent); the branch is left as it is',
            };
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

/***/ 8162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q_: () => (/* binding */ assertRemoteName),
/* harmony export */   hh: () => (/* binding */ checkRefName),
/* harmony export */   jh: () => (/* binding */ isCommitId)
/* harmony export */ });
/* unused harmony exports assertRefInput, checkBranchNames */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

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

/***/ 3164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ openRepo),
/* harmony export */   fR: () => (/* binding */ remoteTagList),
/* harmony export */   lU: () => (/* binding */ asRepo)
/* harmony export */ });
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3852);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4673);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(669);



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

/***/ 7245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ commitSigning),
/* harmony export */   Ez: () => (/* binding */ signWith),
/* harmony export */   TP: () => (/* binding */ signingSource),
/* harmony export */   bc: () => (/* binding */ openSigningKey)
/* harmony export */ });
/* unused harmony export signs */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7638);
// SSH signing of the commits lockstep writes with git (issue 77 item 3): git signs them itself
// (`-c gpg.format=ssh -c user.signingKey=<file> commit-tree -S`), so `git verify-commit` with an
// allowed-signers file passes, as Flux's verify and Argo CD's source integrity check. The key is
// checked with ssh-keygen before anything is written: an unreadable file, a passphrase lockstep
// cannot type, or text that is not a key is one error naming the setting.






/** One unencrypted private key block, with nothing before or after it: no extra line can reach ssh-keygen or git. */
const PRIVATE_KEY = /^-----BEGIN (OPENSSH|RSA|EC) PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END \1 PRIVATE KEY-----$/;
/** One public key line: its type, its base64 blob, an optional comment without a line break. */
const PUBLIC_KEY = /^((?:ssh-(?:ed25519|rsa)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3})(?: [^\n]*)?$/;
/** ssh-keygen with `args`, `input` on stdin, in a session of its own: it can never prompt on a terminal for a passphrase. */
function sshKeygen(args, env, input = '') {
    return new Promise((done) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('ssh-keygen', args, { env: { ...env, LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdin.on('error', () => { });
        child.on('error', (e) => done({ code: 127, stdout, stderr: `ssh-keygen could not be started (${e.message})` }));
        child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
        child.stdin.end(input);
    });
}
/** ssh-keygen's complaint in one line, the key's path said as "the key". */
function said(r, path) {
    const line = r.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${r.code}`;
    return line.split(path).join('the key').trim();
}
/** The public key of an unencrypted private key file; a passphrase or a file that is no key is the input's error. */
async function publicOfPrivate(file, input, env) {
    const r = await sshKeygen(['-y', '-P', '', '-f', file], env);
    if (r.code === 0 && PUBLIC_KEY.test(r.stdout.trim()))
        return PUBLIC_KEY.exec(r.stdout.trim())[1];
    if (/passphrase/i.test(r.stderr))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(': the SSH key is passphrase-protected, and lockstep cannot type its passphrase', {
            input,
            hint: 'give a key without a passphrase (a deploy key kept as a secret), or add the key to ssh-agent and give its public key (.pub) file',
        });
    // ssh-keygen's own words differ from one OpenSSH to the next (invalid format, error in libcrypto): not repeated.
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(': not a usable SSH private key (ssh-keygen cannot load it)', {
        input,
        hint: 'give an SSH private key, e.g. one made with ssh-keygen -t ed25519 -N ""',
    });
}
/** Signs a few bytes with the key as git will (namespace git): proves the key, or the agent, signs without a prompt. */
async function trySign(keyFile, input, env) {
    const r = await sshKeygen(['-Y', 'sign', '-n', 'git', '-f', keyFile], env, 'lockstep signing check\n');
    if (r.code === 0 && r.stdout.includes('BEGIN SSH SIGNATURE'))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`: ssh-keygen cannot sign with this key (${said(r, keyFile)})`, {
        input,
        hint: 'for a public key, add its private key to ssh-agent (ssh-add) and set SSH_AUTH_SOCK',
    });
}
/** The key of the action's secret input: its one private key block, written to a 0600 file in a folder of its own. */
async function fromText(text, input, env) {
    const key = text.replace(/\r\n/g, '\n').trim();
    if (!PRIVATE_KEY.test(key))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(': not an SSH private key (one -----BEGIN … PRIVATE KEY----- block and nothing else)', {
            input,
            hint: 'store the whole private key file as the secret, e.g. the output of ssh-keygen -t ed25519 -N ""',
        });
    // The runner's temp folder (emptied after the job) when there is one.
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'lockstep-signing-'));
    const cleanup = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    try {
        const keyFile = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'key');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(keyFile, `${key}\n`, { mode: 0o600 });
        const publicKey = await publicOfPrivate(keyFile, input, env);
        await trySign(keyFile, input, env);
        return { keyFile, publicKey, cleanup };
    }
    catch (e) {
        cleanup();
        throw e;
    }
}
/** The key of a file: a private key (no passphrase), or a public key whose private key ssh-agent holds. */
async function fromFile(file, input, env) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`: cannot read ${file} (${e.code ?? 'error'})`, {
            input,
            hint: 'name a readable key file',
        });
    }
    const line = text.trim();
    const pub = PUBLIC_KEY.exec(line);
    if (pub && !line.includes('\n')) {
        if (!env.SSH_AUTH_SOCK)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(': a public key signs through ssh-agent, and SSH_AUTH_SOCK is not set', {
                input,
                hint: 'start ssh-agent and ssh-add the key, or name the private key file',
            });
        await trySign(file, input, env);
        return { keyFile: file, publicKey: pub[1], cleanup: () => { } };
    }
    const publicKey = await publicOfPrivate(file, input, env);
    await trySign(file, input, env);
    return { keyFile: file, publicKey, cleanup: () => { } };
}
/**
 * The signing key of `source`, checked before anything is written: the
 * secret's text goes to a 0600 temporary file (removed by `cleanup`), a
 * file is used where it is. Each problem is one UserError naming the input.
 */
function openSigningKey(source, env) {
    return 'text' in source ? fromText(source.text, source.input, env) : fromFile(source.file, source.input, env);
}
/** The signing key of each Repo that signs its commits (signWith). */
const keys = new WeakMap();
/** Makes every commit written through `git` (a Repo: git/repo.ts asRepo) signed with `signing`. */
function signWith(git, signing) {
    keys.set(git, signing);
}
/**
 * What a commit-tree call is given: the config and the flag that sign it
 * with the Repo's key, else `--no-gpg-sign` (a user's commit.gpgSign never
 * applies to lockstep's commits). ssh-keygen is named: a user's
 * gpg.ssh.program (a password manager's signer) is not what the key was checked with.
 */
function commitSigning(git) {
    const s = keys.get(git);
    if (!s)
        return { config: [], flag: '--no-gpg-sign' };
    return {
        config: ['-c', 'gpg.format=ssh', '-c', 'gpg.ssh.program=ssh-keygen', '-c', `user.signingKey=${s.keyFile}`],
        flag: '-S',
    };
}
/** Whether commits written through `git` are signed. */
function signs(git) {
    return keys.has(git);
}
/**
 * Where the settings say the key is: `signing-key` (the key's text) or
 * `signing-key-file` (relative to `root`, the working directory); undefined
 * when neither is given. Both at once is refused: which one signs would be a guess.
 */
function signingSource(s, root) {
    if (s.signingKey !== undefined && s.signingKeyFile !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .words */ .aL) `: give it or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .named */ .KT)('signing-key-file')}, not both`, {
            input: 'signing-key',
            hint: 'keep the one that holds the key',
        });
    if (s.signingKey !== undefined)
        return { text: s.signingKey, input: 'signing-key' };
    if (s.signingKeyFile !== undefined)
        return { file: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(root, s.signingKeyFile), input: 'signing-key-file' };
    return undefined;
}


/***/ }),

/***/ 669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ej: () => (/* binding */ DEEPEN_STEPS),
  SG: () => (/* binding */ GIT_FETCH),
  YH: () => (/* binding */ GIT_NO_HOOKS),
  Xq: () => (/* binding */ gitRecords),
  q_: () => (/* binding */ gitText),
  W_: () => (/* binding */ gitTry),
  Iz: () => (/* binding */ spawnGit)
});

// UNUSED EXPORTS: GIT_ENV

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/git/nul-records.ts
/**
 * Splits a byte stream at NUL bytes as it arrives (`git … -z` output): each
 * record is handed over whole, once its NUL has come, so a record cut
 * between two chunks (in the middle of a multi-byte character too) is joined
 * before anyone decodes it. A NUL byte is never part of another UTF-8
 * character, so splitting bytes there is splitting the text there. After the
 * last chunk, `end` hands over what follows the last NUL (possibly nothing):
 * the records are exactly the pieces of `text.split('\0')`.
 */
class NulRecords {
    onRecord;
    /** The start of the record being read, when it began in an earlier chunk. */
    pending = [];
    constructor(onRecord) {
        this.onRecord = onRecord;
    }
    push(chunk) {
        let from = 0;
        for (let at = chunk.indexOf(0); at !== -1; at = chunk.indexOf(0, from)) {
            const piece = chunk.subarray(from, at);
            from = at + 1;
            if (this.pending.length === 0) {
                this.onRecord(piece);
                continue;
            }
            this.pending.push(piece);
            const record = Buffer.concat(this.pending);
            this.pending = [];
            this.onRecord(record);
        }
        if (from < chunk.length)
            this.pending.push(chunk.subarray(from));
    }
    end() {
        const rest = Buffer.concat(this.pending);
        this.pending = [];
        this.onRecord(rest);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/spawn.ts





/** The environment every git process lockstep starts runs with: no prompt, C locale, no optional locks. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
/**
 * Put before the arguments of every git process lockstep starts: no hook
 * (`core.hooksPath` in the checkout's or the user's config, e.g. a
 * reference-transaction hook that runs on fetch) and no fsmonitor command
 * runs while the job's token is in git's environment. Command-line config
 * wins over every config file; a local-path remote's own side drops it
 * (git clears GIT_CONFIG_PARAMETERS there), so a server's hooks still run.
 */
const GIT_NO_HOOKS = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
/**
 * How every `git fetch` lockstep runs begins: the fetch, and no `git
 * maintenance run --auto` after it. An action's fetch brings a few commits
 * into a checkout that lives for one job; the maintenance git would start
 * afterwards (a repack, a commit-graph write) costs the job time and keeps
 * the workspace busy for nothing. It is said with the `maintenance.auto`
 * setting (git 2.29+, the release that brought `git maintenance`), not
 * fetch's `--no-auto-maintenance` option of the same release: a git older
 * than 2.29 refuses an option it does not know, which would fail every
 * fetch, while it ignores a setting it does not know.
 */
const GIT_FETCH = ['-c', 'maintenance.auto=false', 'fetch'];
/**
 * How a shallow clone is deepened when more of its history is needed (a merge
 * base, a pin's soak time): this many commits more behind its boundary, in
 * turn, before the rest of it is fetched.
 */
const DEEPEN_STEPS = [64, 512, 4096];
/**
 * A spawner over node:child_process, without the Repo's memo (objects.ts's
 * gitSpawner adds it). It is used instead of @actions/exec on purpose: this
 * action's cost is dominated by process start and module loading, and a raw
 * spawn keeps both small.
 */
function spawnGit(cwd, env = process.env) {
    // Standard output to a pipe, or to a file descriptor (a spool file).
    const start = (args, out = 'pipe') => (0,external_node_child_process_.spawn)('git', [...GIT_NO_HOOKS, ...args], { cwd, env: { ...env, ...GIT_ENV }, stdio: ['ignore', out, 'pipe'] });
    const git = (args) => new Promise((done, fail) => {
        const child = start(args);
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
    });
    git.records = (args, onRecord, signal) => new Promise((done, fail) => {
        if (signal?.aborted)
            return fail(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
        const spool = spoolFile();
        let child;
        try {
            child = start(args, spool ? spool.write : 'pipe');
        }
        catch (e) {
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            throw e;
        }
        finally {
            // git holds its own copy of the write end; a spawn that throws leaves no descriptor open.
            if (spool)
                (0,external_node_fs_.closeSync)(spool.write);
        }
        const records = new NulRecords(onRecord);
        let err = '';
        // A reader that throws stops git: the error is the outcome, not an uncaught exception.
        let thrown;
        const read = (step) => {
            if (thrown)
                return;
            try {
                step();
            }
            catch (error) {
                thrown = error instanceof Error ? error : new Error(String(error));
                child.kill();
            }
        };
        const abort = () => read(() => signal.throwIfAborted());
        signal?.addEventListener('abort', abort, { once: true });
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        let code;
        let settled = false;
        const settle = (failure) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', abort);
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            if (failure)
                return fail(failure);
            read(() => records.end());
            if (thrown)
                fail(thrown);
            else
                done({ code: code ?? 1, stderr: err });
        };
        child.on('error', (e) => settle(e));
        if (!spool) {
            child.stdout.on('data', (d) => read(() => records.push(d)));
            child.on('close', (c) => {
                code = c ?? 1;
                settle();
            });
            return;
        }
        // What git has written is read a pipe's worth at a time while the event loop is free; at the end of it,
        // read again a millisecond later, or as soon as git has ended (then to the end of the file).
        let timer;
        const poll = () => {
            timer = undefined;
            if (settled)
                return;
            if (thrown) {
                // Stopped: settled once git has ended.
                if (code !== undefined)
                    settle();
                return;
            }
            const chunk = Buffer.allocUnsafe(SPOOL_CHUNK);
            let n = 0;
            read(() => (n = (0,external_node_fs_.readSync)(spool.read, chunk, 0, chunk.length, null)));
            if (n > 0) {
                read(() => records.push(n === chunk.length ? chunk : chunk.subarray(0, n)));
                setImmediate(poll);
            }
            else if (code !== undefined)
                settle();
            else if (!thrown)
                timer = setTimeout(poll, 1);
        };
        child.on('close', (c) => {
            code = c ?? 1;
            if (timer) {
                clearTimeout(timer);
                poll();
            }
            else if (thrown)
                settle();
        });
        timer = setTimeout(poll, 1);
    });
    return git;
}
/** How much of a spooled output is read at a time: what a pipe holds, so records arrive as they did through one. */
const SPOOL_CHUNK = 64 * 1024;
/**
 * A file for git's output: created in the temp folder by this process alone
 * (exclusive, 0600) and unlinked at once, so nothing is left behind whatever
 * happens; git writes to `write`, the reader reads `read`. Through a pipe, git
 * stops once 64 KiB wait unread, and a run busy with other work (a release
 * checking its files while git walks the commits since the last release)
 * leaves them unread; through a file it writes on. undefined where no such
 * file can be made (or an open file cannot be unlinked, as on Windows): the
 * caller reads a pipe.
 */
function spoolFile() {
    if (process.platform === 'win32')
        return undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
        const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lockstep-git-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
        let write;
        let read;
        try {
            write = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
            read = (0,external_node_fs_.openSync)(path, 'r');
            (0,external_node_fs_.unlinkSync)(path);
            return { write, read };
        }
        catch (e) {
            for (const fd of [write, read])
                if (fd !== undefined)
                    (0,external_node_fs_.closeSync)(fd);
            if (write !== undefined) {
                try {
                    (0,external_node_fs_.rmSync)(path, { force: true });
                }
                catch {
                    // Left for the temp folder's cleaning: the output goes through a pipe.
                }
            }
            if (e.code !== 'EEXIST')
                return undefined;
        }
    }
    return undefined;
}
/**
 * git.records, or, for a spawner without it (a test's wrapper), the whole
 * output read and split the same way.
 */
async function gitRecords(git, args, onRecord, signal) {
    if (git.records)
        return git.records(args, onRecord, signal);
    signal?.throwIfAborted();
    const r = await git(args);
    signal?.throwIfAborted();
    const records = new NulRecords(onRecord);
    records.push(r.stdout);
    records.end();
    return { code: r.code, stderr: r.stderr };
}
/**
 * The one "run git, return its text" helper: stdout as text; a non-zero exit
 * throws with git's message. gitTry is its lenient form.
 */
async function gitText(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8');
}
/** gitText for a question git may answer by failing (no such remote, ref or repository): trimmed stdout, or undefined. */
async function gitTry(git, args) {
    const r = await git(args);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}


/***/ }),

/***/ 7923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release),
  releaseOutputs: () => (/* binding */ releaseOutputs),
  runRelease: () => (/* binding */ runRelease)
});

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./packages/core/src/async/young-generation.ts

/**
 * Keeps V8's young generation at the size it has, for a run about to parse a
 * lot of small YAML files. The yaml package allocates ~120 KB to parse a
 * 160-byte values.yaml (lexer, CST, composer), so a thousand-chart check
 * allocates ~600 MB of short-lived objects while holding ~20 MB. V8 answers
 * that rate by doubling the new space up to its ceiling (two 32 MB
 * semi-spaces), and the process's peak resident memory grows by those 64 MB
 * of garbage room (150 MB against 105 MB at the same live data), not by
 * anything kept. With growth factor 1 the new space stays where it is (1–2 MB
 * per semi-space); survivors are promoted a little earlier and scavenges run
 * more often, a few percent of the run's time.
 *
 * V8 reads this flag each time it considers growing the new space, so setting
 * it while the process runs takes effect (unlike --max-semi-space-size, read
 * once when the heap is set up, and a JavaScript action cannot pass Node
 * flags). It changes only how big the heap's nursery gets, never what the
 * program computes. Idempotent; process-wide, as every V8 flag is.
 */
function holdYoungGeneration() {
    heap.holdYoungGeneration();
}
/**
 * Has V8 grow the old generation's limit by 20 % of what a mark-compact left
 * live, for a run that parses a few large YAML files (a promotion of 500
 * services: four 320 KB values files). With the young generation held, each
 * parse's lexer tokens and CST outlive a scavenge or two and are promoted;
 * V8's own factor (up to 4× for a fast collector) then let the old
 * generation grow from ~21 MB to ~85 MB with ~36 MB live before its next
 * mark-compact, and the process peaked at 165–185 MB. At 1.2× the promoted
 * garbage is collected sooner: measured 137–140 MB at the same point, at a few
 * more mark-compacts. (--optimize-for-size also got there, but with memory-
 * reducing compactions that made the 500-service dry run ~25 % slower.) V8
 * reads the flag each time it sets the limit after a mark-compact, so setting
 * it while the process runs takes effect; like holdYoungGeneration it changes
 * when V8 collects, never what the program computes, and is process-wide.
 * Set by promote, status, release (a release at 100,000 commits and 1,000
 * charts: 132–142 MB peak without it, ~125 MB with it) and the PR check (at
 * that scale with three charts rendered: 185–188 MB without it, 130–148 MB with it).
 */
function favourSmallHeap() {
    heap.favourSmallHeap();
}
/**
 * Puts V8 in its memory-saver mode (which "tries to keep memory footprint low
 * at the expense of extra cpu cycles", says --memory-saver-mode) for a run
 * whose peak is parse garbage collected late. `lockstep status` at L (1,000
 * services, values files of ~200 KB) allocates ~430 MB, most of it in the
 * yaml parser, while ~25 MB is live; each parse's CST outlives the held young
 * generation and is promoted, and how far the old generation grows before a
 * mark-compact catches up varies from run to run with how the parsing main
 * thread and V8's marking threads are scheduled: the committed heap peaked at
 * 42–67 MB and the process at 109–150 MB, the highest on a quiet machine. In
 * memory-saver mode the committed heap stayed at 38–42 MB and the process at
 * 104–124 MB in 50 runs of the large-repo bench, at 5–10 % more time. V8
 * reads the flag while the process runs (measured: the same figures as
 * passing it to node); like the two above it changes when V8 collects, never
 * what the program computes, and is process-wide. Set by promote, whose dry
 * run at L peaked at 130–151 MB from run to run without it and at 119–125 MB
 * with it (~880 → ~980 ms). No longer by status: since its pins are read
 * through the pin index (deploy/pins/pin-index.ts, js-yaml events) rather than the
 * yaml package's syntax tree, its peak stays within 110–132 MB without it, and
 * the mode's extra collections were a fifth of its CPU at 100 environments.
 */
function saveHeapMemory() {
    heap.saveHeapMemory();
}
/**
 * Runs `work` with V8's memory-saver mode off, where saveHeapMemory put the process in it, and puts it back once
 * the last such work has ended (they may overlap: environments rendered at once). For a burst that allocates what
 * it keeps: a render's two outputs parsed and compared (300 objects, two 115 kB streams) build objects that stay
 * live to the end of the run, and in the mode V8 collected them again and again while they were built: 40–60 ms
 * more of a promotion's render. The plans' parse garbage, what the mode is set for, is made before and after,
 * with the mode on. Process-wide, as the flag is; it changes when V8 collects, never what the program computes.
 */
function outsideMemorySaver(work) {
    return heap.outsideMemorySaver(work);
}
/** The heap settings of one process, each V8 flag set once through `set` (node:v8's setFlagsFromString). */
class HeapSettings {
    held = false;
    small = false;
    saver = false;
    lent = 0;
    set;
    constructor(set = external_node_v8_.setFlagsFromString) {
        this.set = set;
    }
    holdYoungGeneration() {
        if (this.held)
            return;
        this.held = true;
        this.set('--semi-space-growth-factor=1');
    }
    favourSmallHeap() {
        if (this.small)
            return;
        this.small = true;
        this.set('--heap-growing-percent=20');
    }
    saveHeapMemory() {
        if (this.saver)
            return;
        this.saver = true;
        if (this.lent === 0)
            this.set('--memory-saver-mode');
    }
    async outsideMemorySaver(work) {
        if (this.lent++ === 0 && this.saver)
            this.set('--no-memory-saver-mode');
        try {
            return await work();
        }
        finally {
            if (--this.lent === 0 && this.saver)
                this.set('--memory-saver-mode');
        }
    }
}
const heap = new HeapSettings();

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/text/parts.ts
var parts = __webpack_require__(3491);
;// CONCATENATED MODULE: ./packages/core/src/edits/transaction.ts






/**
 * The real file system (node:fs, synchronous). A write goes on until every
 * byte is written (a short write that makes no progress is an error, never a
 * truncated file) and is flushed to disk (fsync) before the caller renames the
 * temp file over the target, so a crash cannot leave an empty file behind.
 */
function nodeTxFs(io = external_node_fs_) {
    return {
        readFile(path) {
            try {
                return external_node_fs_.readFileSync(path, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            }
        },
        writeFile(path, data, mode) {
            const fd = io.openSync(path, 'wx', mode ?? 0o644);
            try {
                // Part by part: each part is encoded on its own (one byte per character for ASCII), never joined whole.
                const parts = typeof data === 'string' ? [data] : data;
                let total = 0;
                for (const part of parts)
                    total += Buffer.byteLength(part, 'utf8');
                let written = 0;
                for (const part of parts) {
                    const bytes = Buffer.from(part, 'utf8');
                    let done = 0;
                    while (done < bytes.length) {
                        const n = io.writeSync(fd, bytes, done, bytes.length - done);
                        if (!(n > 0))
                            break;
                        done += n;
                    }
                    written += done;
                    if (done !== bytes.length)
                        break;
                }
                if (written !== total)
                    throw Object.assign(new Error(`short write: ${written} of ${total} bytes`), {
                        code: `short write, ${written} of ${total} bytes`,
                    });
                // The umask may have cleared bits of the original mode; put them back.
                if (mode !== undefined)
                    io.fchmodSync(fd, mode);
                io.fsyncSync(fd);
            }
            finally {
                io.closeSync(fd);
            }
        },
        rename: (from, to) => external_node_fs_.renameSync(from, to),
        unlink: (path) => external_node_fs_.rmSync(path, { force: true }),
        mode(path) {
            try {
                return external_node_fs_.statSync(path).mode & 0o7777;
            }
            catch {
                return undefined;
            }
        },
        access(path) {
            try {
                external_node_fs_.accessSync(path, external_node_fs_.constants.W_OK);
            }
            catch (e) {
                // A new file only needs its folder, which creating the temp file proves.
                if (e.code !== 'ENOENT')
                    throw e;
            }
        },
    };
}
/** The real file system. */
const realFs = nodeTxFs();
/**
 * Reads every file, runs its updater and its check, all in memory. Throws on
 * the first problem; nothing is written. Files whose text stays the same are
 * left out, so an idempotent re-run plans no change.
 */
function planEdits(workspace, edits, fs = realFs) {
    const changes = [];
    const seen = new Map();
    for (const e of edits) {
        const abs = (0,fs_workspace/* resolveInside */.LI)(workspace, e.path, 'file');
        const prior = seen.get(e.path);
        // A second edit of the same file reads the first one's text (joined: edits of a file in parts are one).
        const before = prior ? (0,parts/* joinText */._V)(prior.after) : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || (0,parts/* sameText */.QV)(after, before))
            continue;
        // The check reads the text whole; no check, no join.
        e.check?.(before, (0,parts/* joinText */._V)(after));
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => !(0,parts/* sameText */.QV)(c.before, c.after)) };
}
/**
 * Writes every change or none. Each file is written to a temp file in its own
 * folder (same file system, so rename is atomic), keeping the file's mode.
 * Before the first rename every target is checked to be writable; a file
 * whose permission bits allow nobody to write it counts as read-only even for
 * root (a rename would replace it regardless of its bits, which is exactly what
 * `chmod a-w` asks us not to do). If a rename fails midway, the files already
 * replaced get their old text back.
 */
function commitChanges(workspace, changes, fs = realFs) {
    const staged = [];
    const cleanup = () => {
        for (const s of staged) {
            try {
                fs.unlink(s.tmp);
            }
            catch {
                // best effort: a leftover temp file is reported by the error below
            }
        }
    };
    try {
        for (const change of changes) {
            const abs = (0,fs_workspace/* resolveInside */.LI)(workspace, change.path, 'file');
            const mode = fs.mode(abs);
            if (change.before !== undefined && mode === undefined)
                throw new src_errors/* UserError */.yo(`${change.path} disappeared while planning`, { file: change.path, hint: 'run again' });
            if (mode !== undefined && (mode & 0o222) === 0)
                throw new src_errors/* UserError */.yo(`${change.path} is read-only`, {
                    file: change.path,
                    hint: 'make it writable (chmod u+w) or leave it out; nothing was written',
                });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new src_errors/* UserError */.yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
            const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(abs), `.${(0,external_node_path_.basename)(abs)}.lockstep-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new src_errors/* UserError */.yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
        }
    }
    catch (e) {
        cleanup();
        throw e;
    }
    const done = [];
    for (const s of staged) {
        try {
            fs.rename(s.tmp, s.abs);
            done.push(s);
        }
        catch (e) {
            const restoreFailures = restore(done, fs);
            cleanup();
            const detail = restoreFailures.length > 0 ? `; could not restore ${restoreFailures.join(', ')}` : '; the files already written were restored';
            throw new src_errors/* UserError */.yo(`${s.change.path} could not be replaced (${e.code ?? 'error'})${detail}`, {
                file: s.change.path,
                hint: 'fix the file system problem and run again',
            });
        }
    }
}
function restore(done, fs) {
    const failed = [];
    for (const d of [...done].reverse()) {
        try {
            if (d.change.before === undefined)
                fs.unlink(d.abs);
            else {
                const tmp = `${d.abs}.lockstep-restore-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
                try {
                    fs.writeFile(tmp, d.change.before, fs.mode(d.abs));
                    fs.rename(tmp, d.abs);
                }
                catch (e) {
                    // The restore copy must not be left behind beside the file it failed to restore.
                    try {
                        fs.unlink(tmp);
                    }
                    catch {
                        // reported below as a file that could not be restored
                    }
                    throw e;
                }
            }
        }
        catch {
            failed.push(d.change.path);
        }
    }
    return failed;
}
/** Plans and, unless `dryRun`, commits: the usual plan → check → write sequence. */
function applyEdits(workspace, edits, opts = {}) {
    const plan = planEdits(workspace, edits, opts.fs);
    if (!opts.dryRun)
        commitChanges(workspace, plan.changes, opts.fs);
    return plan;
}

// EXTERNAL MODULE: ./packages/core/src/git/identity.ts
var identity = __webpack_require__(7034);
// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var spawn = __webpack_require__(669);
// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var repo = __webpack_require__(3164);
;// CONCATENATED MODULE: ./packages/core/src/git/local-repo.ts



// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
async function hasRemote(git, remote = 'origin') {
    return (await asRepo(git).remoteUrl(remote, true)) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await (0,spawn/* gitTry */.W_)(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await gitTry(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await gitTry(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const head = await asRepo(git).remoteHead(remote, true);
    return head && BRANCH.test(head) ? head : undefined;
}
/** The last tag reachable from `commit` (`git describe --tags`), or '' when there is none. */
async function lastTagOn(git, commit) {
    return (await gitTry(git, ['describe', '--tags', '--abbrev=0', commit])) ?? '';
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
    (0,repo/* asRepo */.lU)(git).noteShallow(shallow);
    return { head: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined, shallow, prefix: lines.join('\n') };
}
/** HEAD's commit, or undefined when HEAD names none (headProblem says why). */
async function local_repo_headCommit(git) {
    return (await (0,spawn/* gitTry */.W_)(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
}
/**
 * Why HEAD names no commit, as a user error saying what is wrong with the
 * repository (no commit yet, an unborn branch, a bare repository); undefined
 * when HEAD is a commit. `consequence` starts the hint (e.g. "nothing to release").
 */
async function local_repo_headProblem(git, consequence) {
    if (await local_repo_headCommit(git))
        return undefined;
    const then = (fix) => (consequence ? `${consequence}: ${fix}` : fix);
    if ((await (0,spawn/* gitTry */.W_)(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new src_errors/* UserError */.yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await (0,spawn/* gitTry */.W_)(git, ['rev-list', '--max-count=1', '--all'])))
        return new src_errors/* UserError */.yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new src_errors/* UserError */.yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}
/** The branch `refs/remotes/<remote>/HEAD` names (as git stores it, unchecked), or undefined when it is not set. */
async function remoteHeadRef(git, remote = 'origin') {
    const sym = await gitTry(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    return sym?.replace(`refs/remotes/${remote}/`, '');
}
/** The top folder of the repository `git` runs in, or undefined outside one. */
function topLevel(git) {
    return gitTry(git, ['rev-parse', '--show-toplevel']);
}
/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
async function pathPrefix(git) {
    return (await gitText(git, ['rev-parse', '--show-prefix'])).trim();
}
/** pathPrefix, or '' when git cannot tell. */
async function pathPrefixOrTop(git) {
    return (await gitTry(git, ['rev-parse', '--show-prefix'])) ?? '';
}
/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
function shortHeadCommit(git) {
    return gitTry(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
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

// EXTERNAL MODULE: ./packages/core/src/git/signing.ts
var git_signing = __webpack_require__(7245);
;// CONCATENATED MODULE: ./packages/core/src/git/pushed.ts
// What one push brought to a branch. A merge queue lands a group of pull requests in one push: the branch
// moves from the group's parent (`before`) to the last pull request's merge (`after`), and every pull request
// of the group has its own merge commit on the first-parent line between them. A run on that push sees the
// last one as HEAD (GITHUB_SHA); a release or promotion pull request that was first or in the middle of the
// group is one of the commits below it. These helpers read the push's range from the event payload and walk
// that first-parent line, deepening a shallow clone (actions/checkout's default) until it holds the range.
const SHA = /^[0-9a-f]{40}$/;
const NO_COMMIT = /^0{40}$/;
/**
 * The range of a `push` event's payload; undefined for anything else: a branch created or deleted
 * (`before` or `after` all zeros), a payload without both commits, or one whose commits are not 40-hex
 * object names (the payload is read as untrusted text).
 */
function pushedRange(payload) {
    const { before, after, commits } = payload;
    if (typeof before !== 'string' || typeof after !== 'string')
        return undefined;
    if (!SHA.test(before) || !SHA.test(after) || NO_COMMIT.test(before) || NO_COMMIT.test(after) || before === after)
        return undefined;
    return { before, after, listed: Array.isArray(commits) ? commits.length : 0 };
}
/** How far a walk goes: a queue group is a few pull requests; a push of more first-parent commits is read up to this. */
const MAX_PUSHED_COMMITS = 100;
/**
 * The first-parent commits the push brought, newest first (`after` itself first): those after `before` up
 * to `after`. Undefined when `before` is not on that line within MAX_PUSHED_COMMITS (a forced push, a
 * range this clone cannot reach even after deepening): the caller then reads `after` alone.
 */
async function pushedCommits(walk, range) {
    let by = Math.max(range.listed, 1) + 1;
    for (let deepened = 0;; deepened++) {
        const line = [];
        let at = range.after;
        while (at !== undefined && at !== range.before && line.length < MAX_PUSHED_COMMITS) {
            const parents = await walk.parents(at);
            if (parents === undefined)
                break;
            line.push(at);
            at = parents[0];
        }
        if (at === range.before)
            return line;
        // The line stopped before `before`: at a shallow clone's edge (a commit without parents) it may go on.
        if (line.length >= MAX_PUSHED_COMMITS || deepened >= 3 || !(await walk.deepen(by)))
            return undefined;
        by *= 4;
    }
}

// EXTERNAL MODULE: ./packages/core/src/git/generated-branch.ts
var generated_branch = __webpack_require__(5036);
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var publish = __webpack_require__(5825);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var text_cap = __webpack_require__(7841);
;// CONCATENATED MODULE: ./packages/core/src/release/branch.ts






const MARKER = 'prepare-release';
/** The release PR's line in commit-mode api: whose commits GitHub signs, and that others' are re-created unsigned. */
const API_NOTE = 'The release commit is created through the GitHub API (commit-mode: api) and signed by GitHub: it shows as Verified. Commits others pushed to this branch are re-created with their author as new commits, which GitHub does not sign: a signature they had (Verified, e.g. from GitHub’s web editor) does not carry over; the job summary lists each one’s old and new id.';
/**
 * Puts the release commit on its branch with publishGeneratedBranch, the
 * base pinned to the checkout: a base that moved since is an error (the
 * files were planned from the old one), a branch whose release commit
 * already matches is left as is, commits pushed on top of it are re-applied
 * onto the new one, and the push goes with a lease, retried when another push
 * raced it. A release commit amended by hand, or a commit that no longer
 * applies, is a conflict: the branch is left alone. Each outcome is said in `actions`.
 */
async function pushReleaseBranch(spawn, git, c, actions) {
    const { base, head, branch } = c;
    const r = await (0,generated_branch/* publishGeneratedBranch */.J)(spawn, {
        base,
        branch,
        trailer: (0,publish/* generatedTrailer */.ty)('prepare-release'),
        plan: () => Promise.resolve({ files: c.files, message: c.message }),
        author: c.author,
        committer: c.committer,
        pinned: { sha: head, moved: (tip) => baseMoved(base, tip, head) },
    }, git);
    switch (r.outcome) {
        case 'conflict':
            if (r.amended) {
                // Hand edits inside the release commit itself cannot be re-applied: regenerating would drop them.
                actions.push(`The release commit on ${branch} was amended by hand: the branch and PR are left as they are.`);
                return { pushed: false, conflict: { commit: r.commit, subject: `chore(release) commit amended by hand`, files: [] } };
            }
            actions.push(`Commit ${r.commit.slice(0, 7)} on ${branch} conflicts with the regenerated release commit (${r.files.join(', ')}): the branch and PR are left as they are.`);
            return { pushed: false, conflict: { commit: r.commit, subject: r.subject, files: r.files } };
        case 'rejected':
            throw new src_errors/* UserError */.yo(`pushing ${branch} failed: ${r.detail}`, {
                hint: r.raced
                    ? 'someone else is pushing to the release branch; run again'
                    : 'check branch protection and push rules for the release branch',
            });
        case 'empty':
            throw new Error('publishGeneratedBranch: a pinned base never answers empty');
        default:
            if (r.kept) {
                actions.push(r.kept.length > 0
                    ? `Branch ${branch} is current (its release commit matches; ${keptAsIs(r.kept)}).`
                    : `Branch ${branch} is already up to date: nothing pushed.`);
                return { pushed: false };
            }
            if (r.commits) {
                // commit-mode api: nothing was pushed; the commits were made by GitHub and the branch moved under a lease.
                const kept = r.replayed.length > 0 ? ' (commits pushed on top of it were re-applied)' : '';
                actions.push(r.previous
                    ? `Regenerated the release commit on ${branch} through the GitHub API and moved the branch with a lease${kept}.`
                    : `Created ${branch} through the GitHub API.`);
                return { pushed: true, commits: r.commits };
            }
            actions.push(r.previous
                ? `Regenerated the release commit on ${branch} and pushed it with a lease${r.replayed.length > 0 ? ' (commits pushed on top of it were re-applied)' : ''}.`
                : `Pushed ${branch}.`);
            return { pushed: true };
    }
}
/**
 * The base moved since the checkout. Recomputing would be wrong: the workspace (the files the plan read, the
 * charts found, the config, and what the lock command resolved) is a checkout of the old base, so a release
 * commit on the new tip would carry old-base bytes over the new commits. Checking the new tip out would change
 * the workspace under the job's later steps. The run for the new tip computes from the right files, so this one
 * fails saying so; the caller restores the workspace first.
 */
function baseMoved(base, baseTip, head) {
    return new src_errors/* UserError */.yo(`base moved: ${base} is at ${baseTip.slice(0, 7)} now, this run checked out ${head.slice(0, 7)}; nothing was pushed, no pull request touched, and the workspace is restored`, {
        hint: `a release commit for ${baseTip.slice(0, 7)} cannot be built from a checkout of ${head.slice(0, 7)} (its files and lock-command output belong to the old base): the run for ${baseTip.slice(0, 7)} prepares the release PR (give the workflow a concurrency group so it runs next), or rerun this workflow on the newest ${base}`,
        cliHint: `bring ${base} up to date (git pull), then run lockstep release --push again`,
    });
}
/**
 * The pull request side of a release: on a conflict, a comment on the open
 * release PR saying what conflicted and how to resolve it; otherwise the PR
 * opened or updated, and release PRs for other versions closed with a
 * pointer to it and their branches deleted. Sets `result.pr` and its actions.
 */
async function handOverToPull(api, s, { version, notes, rows, branch, open, conflict, pushed, }, result) {
    const title = `chore(release): ${version}`;
    const body = prBody(version, notes, rows, branch, s.commitMode);
    const existingPr = open.find((p) => p.head === branch);
    if (conflict && existingPr) {
        const how = conflict.files.length === 0
            ? `The release commit ${conflict.commit.slice(0, 7)} on ${(0,markdown/* codeSpan */.SS)(branch)} was amended by hand, so prepare-release cannot regenerate it for ${(0,markdown/* escapeMarkdown */.FV)(version)} without losing those edits. The branch was left as it is. To resolve: move the hand edits into a commit of their own on top of the release commit, or delete the branch to let prepare-release recreate it.`
            : `The release commit for ${(0,markdown/* escapeMarkdown */.FV)(version)} was regenerated on the new base, but commit ${conflict.commit.slice(0, 7)} ("${(0,markdown/* escapeMarkdown */.FV)(conflict.subject.replace(/"/g, "'"))}") pushed to ${(0,markdown/* codeSpan */.SS)(branch)} does not apply on top of it (conflicts in ${conflict.files.map((f) => (0,markdown/* codeSpan */.SS)(f)).join(', ')}). The branch was left as it is. To resolve: rebase ${(0,markdown/* codeSpan */.SS)(branch)} onto the base branch, resolve the conflicts and push; or delete the branch to let prepare-release recreate it.`;
        await api.commentOnce(existingPr.number, `<!-- lockstep:${MARKER}-conflict -->\n${how}`, `${MARKER}-conflict`);
        result.pr = { number: existingPr.number, url: existingPr.url };
        result.actions.push(`Commented on #${existingPr.number} what conflicted.`);
        return;
    }
    let upserted;
    try {
        upserted = await api.upsertPull({ branch, base: s.base, title, body, labels: s.labels });
    }
    catch (e) {
        // The branch is on the remote now: say so, so nobody wonders where it came from.
        if (pushed && e instanceof Error) {
            const note = ` (branch ${branch} was pushed but has no pull request yet; a rerun after the fix reuses it)`;
            throw e instanceof src_errors/* UserError */.yo
                ? new src_errors/* UserError */.yo(`${e.message}${note}`, { hint: e.hintWords, cliHint: e.cliHint })
                : Object.assign(e, { message: `${e.message}${note}` });
        }
        throw e;
    }
    const { pull, outcome } = upserted;
    result.pr = { number: pull.number, url: pull.url };
    result.actions.push(outcome === 'created'
        ? `Opened release PR #${pull.number}.`
        : outcome === 'updated'
            ? `Updated release PR #${pull.number}.`
            : `Release PR #${pull.number} is unchanged.`);
    for (const stale of open.filter((p) => p.head !== branch)) {
        await api.closePull(stale.number, `Superseded by #${pull.number} (${pull.url}): the next version is now ${version}. Branch \`${stale.head}\` is deleted.`);
        await api.deleteBranch(stale.head);
        result.actions.push(`Closed stale release PR #${stale.number} (${stale.head}) with a comment pointing to #${pull.number}, and deleted its branch.`);
    }
    if (!pushed && outcome === 'unchanged' && !conflict && result.actions.length > 0)
        result.actions.push('Nothing changed: idempotent rerun.');
}
/**
 * The release PR's body: the notes and a table of every file and version changed. Paths, pins and
 * versions come from the repository's files: escaped. The notes are Markdown on purpose (commit text
 * in them is escaped by renderNotes); inertNotes keeps raw HTML and images out of them all the same.
 */
function prBody(version, notes, rows, branch, commitMode) {
    const cell = markdown/* escapeTableCell */.aL;
    const table = [
        '| File | What | From | To |',
        '| --- | --- | --- | --- |',
        ...rows.map((r) => `| ${(0,markdown/* codeSpan */.SS)(r.file, true)} | ${cell(r.what)} | ${cell(r.from)} | ${cell(r.to)} |`),
    ].join('\n');
    return [
        `<!-- lockstep:${MARKER} -->`,
        `:robot: Release **${(0,markdown/* escapeMarkdown */.FV)(version)}**, prepared by lockstep prepare-release. Merging this PR tags the release and publishes the GitHub Release.`,
        '',
        (0,markdown/* inertNotes */.EH)(bodyNotes(notes)),
        '',
        '### Files',
        '',
        table,
        '',
        `Commits pushed to ${(0,markdown/* codeSpan */.SS)(branch)} are kept when this PR is regenerated.`,
        '',
        // The same words on every run (no SHA): a rerun that writes nothing leaves the body as it is.
        ...(commitMode === 'api' ? [API_NOTE, ''] : []),
    ].join('\n');
}
/**
 * The notes trimmed, as the PR body holds them. GitHub takes at most BODY_CAP
 * characters and the body is cut within them (fitBody): notes more than twice
 * as long go in by a head that still makes the body too long, so the cut is
 * where it would be in the whole, and a long release's notes in parts are
 * never joined whole for a body that keeps 64 KiB of them.
 */
function bodyNotes(notes) {
    const cap = 2 * text_cap/* BODY_CAP */.ix;
    if ((0,parts/* textLength */.sc)(notes) <= cap)
        return (0,parts/* joinText */._V)(notes).trim();
    const head = (0,parts/* textHead */.Up)(notes, cap).trim();
    return head.length > text_cap/* BODY_CAP */.ix ? head : (0,parts/* joinText */._V)(notes).trim();
}
/** Others' commits above a current release commit, by id: nothing was re-created. */
function keptAsIs(kept) {
    const ids = kept.map((c) => c.slice(0, 12)).join(', ');
    return kept.length === 1
        ? `1 commit pushed on top of it is kept as it is: ${ids}`
        : `${kept.length} commits pushed on top of it are kept as they are: ${ids}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/git/sync.ts


// The git questions answered synchronously: where the CLI stands before any command loads (its
// repository's top, the branch, the user's identity) and the release's reads of HEAD's files during
// planning. Each one git command line, spelled here and nowhere else; hooks off as every git lockstep starts.
/** The trimmed output of `git <args>` in `cwd` (with `env`, when given), or undefined when git failed. */
function gitSync(cwd, args, env) {
    const r = env
        ? spawnSync('git', [...GIT_NO_HOOKS, ...args], { cwd, env, encoding: 'utf8' })
        : spawnSync('git', [...GIT_NO_HOOKS, ...args], { cwd, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/** The top of the repository `cwd` is in, or undefined outside one (or '' as git printed it). */
function topLevelSync(cwd) {
    return gitSync(cwd, ['rev-parse', '--show-toplevel']);
}
/** A git config value as `git config --get` reads it in `cwd` with `env`; '' when unset. */
function configValueSync(cwd, env, key) {
    return gitSync(cwd, ['config', '--get', key], { ...env }) ?? '';
}
/** The ref HEAD is a symbolic ref to (`refs/heads/…`), or undefined on a detached HEAD. */
function headRefSync(cwd) {
    return gitSync(cwd, ['symbolic-ref', '--quiet', 'HEAD']);
}
/** How many commits HEAD has that `sha` has not (0 when git cannot tell). */
function commitsAheadSync(cwd, sha) {
    const out = gitSync(cwd, ['rev-list', '--count', `${sha}..HEAD`]);
    return out === undefined ? 0 : Number(out);
}
/** Whether tracked files differ from HEAD (untracked ones aside). */
function hasUncommittedSync(cwd) {
    const out = gitSync(cwd, ['status', '--porcelain', '--untracked-files=no']);
    return out !== undefined && out !== '';
}
/** The text of the blob `spec` (`commit:path`) names, read in `cwd`; undefined when it names none. */
function blobTextSync(cwd, env, spec) {
    const r = (0,external_node_child_process_.spawnSync)('git', [...spawn/* GIT_NO_HOOKS */.YH, 'cat-file', 'blob', spec], {
        cwd,
        env: { ...env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
        maxBuffer: 1 << 30,
    });
    return r.status === 0 ? r.stdout.toString('utf8') : undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
;// CONCATENATED MODULE: ./packages/core/src/git/tags.ts

// The git verbs a release's tag search and commit scan speak (release/history.ts): tag listings,
// the tagged commits, the remote's tag list and the narrow fetches of a shallow clone. Each is one
// git command line, spelled here and nowhere else.
/** The local tag names, all of them or those matching `pattern` (`--merged HEAD` with `merged`). */
async function listTags(git, pattern, merged = false) {
    const args = pattern === undefined ? ['tag', '--list'] : ['tag', '--list', ...(merged ? ['--merged', 'HEAD'] : []), '--', pattern];
    return (await (0,spawn/* gitText */.q_)(git, args)).split('\n').filter((t) => t !== '');
}
/** The commit the local tag names; throws when there is no such tag. */
async function tagCommit(git, tag) {
    return (await (0,spawn/* gitText */.q_)(git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}^{commit}`])).trim();
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
async function tags_headCommit(git) {
    return (await (0,spawn/* gitText */.q_)(git, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
}
/** `git ls-remote --tags` of `remote` (annotated tags with their peeled lines), as git answered. */
function lsRemoteTags(git, remote) {
    return git(['ls-remote', '--tags', '--', remote]);
}
/** `git log --format=raw` of HEAD's history from `head`: each commit's id and its parents' (a shallow one's too). */
function rawLog(git, head) {
    return (0,spawn/* gitText */.q_)(git, ['log', '--format=raw', '--no-decorate', '--end-of-options', head, '--']);
}
/** How a shallow clone's narrow fetches begin: quiet, no tags, no submodules, no FETCH_HEAD. */
const NARROW_FETCH = [...spawn/* GIT_FETCH */.SG, '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head'];
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
        ...spawn/* GIT_FETCH */.SG,
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
    return (0,spawn/* gitRecords */.Xq)(git, ['log', '-z', '--format=%H%x00%P%x00%B', '--end-of-options', range, '--'], onRecord, signal);
}

;// CONCATENATED MODULE: ./packages/core/src/git/worktree.ts







// What `lockstep check` checks in a terminal by default: the work tree as it is, uncommitted changes
// included, recorded as a commit (packages/cli/src/commands/local.ts).
/**
 * `git status --porcelain=v1 -z` with every untracked file and no rename detection: of the whole
 * repository, or of the working directory only (`here`). Paths are relative to the repository's top.
 */
function porcelainStatus(git, here) {
    const args = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];
    return (0,spawn/* gitText */.q_)(git, here ? [...args, '--', '.'] : args);
}
/**
 * Records the work tree (tracked changes and untracked files that are not
 * ignored) as a commit whose parent is HEAD, through a temporary copy of the
 * index: the real index, the work tree and every ref stay as they were (the
 * commit is referenced by nothing). Undefined when the work tree matches HEAD.
 */
async function workTreeSnapshot(root, env) {
    const git = gitSpawner(root, env);
    const noHead = await headProblem(git, 'nothing to check');
    if (noHead)
        throw noHead;
    const status = await porcelainStatus(git, false);
    const paths = status
        .split('\0')
        .filter((e) => e.length > 3)
        .map((e) => e.slice(3));
    if (paths.length === 0)
        return undefined;
    const head = await headCommit(git);
    const tmp = mkdtempSync(join(tmpdir(), 'lockstep-check-'));
    try {
        const index = join(tmp, 'index');
        const real = (await gitText(git, ['rev-parse', '--git-path', 'index'])).trim();
        const realAbs = isAbsolute(real) ? real : resolve(root, real);
        // The copy keeps the real index's file stamps, so `git add` hashes only what changed.
        if (existsSync(realAbs))
            copyFileSync(realAbs, index);
        const staged = gitSpawner(root, { ...env, GIT_INDEX_FILE: index });
        if (!existsSync(index))
            await gitText(staged, ['read-tree', head]);
        await gitText(staged, ['add', '--all', '--', ':/']);
        const tree = (await gitText(staged, ['write-tree'])).trim();
        const who = {
            GIT_AUTHOR_NAME: 'lockstep',
            GIT_AUTHOR_EMAIL: 'lockstep@localhost',
            GIT_COMMITTER_NAME: 'lockstep',
            GIT_COMMITTER_EMAIL: 'lockstep@localhost',
        };
        const commit = (await gitText(gitSpawner(root, { ...env, ...who }), [
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
        rmSync(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/release/committed.ts




/**
 * The view of `head` for the working directory `root`, whose path inside the repository is `prefix` ('' or
 * 'sub/dir/', as headFacts gives it): one `git status` listing what is uncommitted.
 */
async function committedView(git, root, head, prefix, env = process.env) {
    const status = await porcelainStatus(git, true);
    const dirty = new Set();
    const tracked = [];
    for (const entry of status.split('\0')) {
        // "XY path": porcelain paths are relative to the repository root; "??" marks an untracked file.
        const p = entry.slice(3);
        if (entry.length <= 3 || !p.startsWith(prefix))
            continue;
        dirty.add(p.slice(prefix.length));
        if (!entry.startsWith('??'))
            tracked.push(p.slice(prefix.length));
    }
    const used = new Set();
    const fromHead = (p) => blobTextSync(root, env, `${head}:${prefix}${p}`);
    // Each path's text, read once (from the work tree, or from HEAD by a git start): the planning reads every file
    // twice (the check with a stand-in version, then the plan), and the edits read the uncommitted ones again
    // through `fs`. Nothing writes the workspace before the plan is made.
    const texts = new Map();
    const read = (p) => {
        if (texts.has(p))
            return texts.get(p);
        const abs = (0,fs_workspace/* resolveInside */.LI)(root, p, p);
        const rel = (0,fs_workspace/* workspaceRelative */.Uc)(root, abs);
        let out;
        if (!dirty.has(rel))
            out = realFs.readFile(abs);
        else {
            used.add(rel);
            out = fromHead(rel);
        }
        texts.set(p, out);
        return out;
    };
    const fs = {
        ...realFs,
        readFile(abs) {
            const rel = (0,fs_workspace/* workspaceRelative */.Uc)(root, abs);
            return dirty.has(rel) ? read(rel) : realFs.readFile(abs);
        },
    };
    return {
        read,
        fs,
        ignored: () => [...used].sort(),
        dirtyUnder: (dir) => tracked.filter((p) => dir === '.' || p.startsWith(`${dir}/`)).sort(),
        prefix,
    };
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var node_modules_semver = __webpack_require__(9730);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(4674);
;// CONCATENATED MODULE: ./packages/core/src/commits/conventional.ts


// Footer keywords are matched case-sensitively: `breaking change:` in lower case is prose, not a footer
// (the parser's default pattern would take it). The `!` form comes from breakingHeaderPattern.
const parser = new dist/* CommitParser */.Jf({
    headerPattern: /^(\w*)(?:\(([^()\r\n]*)\))?: (.*)$/,
    breakingHeaderPattern: /^(\w*)(?:\(([^()\r\n]*)\))?!: (.*)$/,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    notesPattern: (keywords) => new RegExp(`^(${keywords}):\\s*([\\s\\S]*)`),
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w+)\.?/,
    revertCorrespondence: ['header', 'hash'],
    // Merge subjects are not headers; the commits a merge brings are read on their own.
    mergePattern: /^Merge (?:pull request|branch|remote-tracking branch) .*$/,
});
const NESTED = /^BEGIN_NESTED_COMMIT[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*END_NESTED_COMMIT[ \t]*$/gm;
// What in a message's body can change what is read from it: a BREAKING CHANGE footer (the parser's note
// keywords), a Release-As footer, and the revert sentence. Matched loosely (any case, anywhere), so a body
// that might hold one is always parsed.
const BODY_MATTERS = /BREAKING[ -]CHANGE|Release-As|This reverts commit/i;
// First lines after which the parser reads the header from further down (a merge subject, a GPG line).
const HEADER_ELSEWHERE = /^(?:Merge |\s*gpg:)/;
const RELEASE_AS = /^Release-As:[ \t]*(\S+)[ \t]*$/im;
const PR_SUFFIX = /\(#(\d+)\)\s*$/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,64})/;
/**
 * Parses one commit message into Conventional Commits. Only the header and
 * the footers decide; lines in the body that look like headers (a squash of
 * several commits, quoted upstream notes) are ignored, except blocks between
 * BEGIN_NESTED_COMMIT and END_NESTED_COMMIT, which are commits of their own.
 */
function parseCommitMessage(sha, message) {
    const text = message.includes('\r') ? message.replace(/\r\n?/g, '\n') : message;
    const nestedBlocks = [];
    const outer = text.includes('BEGIN_NESTED_COMMIT')
        ? text.replace(NESTED, (_m, body) => {
            nestedBlocks.push(body);
            return '';
        })
        : text;
    const out = [];
    if (outer.trim() !== '')
        out.push(parseOne(sha, outer, false));
    for (const b of nestedBlocks)
        if (b.trim() !== '')
            out.push(parseOne(sha, b, true));
    return out;
}
/** The first line holding more than white space, trimmed ('' when there is none). */
function firstLine(message) {
    const at = message.search(/\S/);
    if (at === -1)
        return '';
    const end = message.indexOf('\n', at);
    return message.slice(message.lastIndexOf('\n', at) + 1, end === -1 ? undefined : end).trim();
}
/**
 * What the parser is given: the whole message, or only its header when
 * nothing in the body can change the fields read here (no footer keyword,
 * Release-As or revert sentence, and a header the parser takes from the first
 * line). Most commits are like that, and their bodies (reference scans line
 * by line) were most of the parsing time on long histories.
 */
function parserInput(message) {
    let start = 0;
    while (message[start] === '\n')
        start++;
    const end = message.indexOf('\n', start);
    if (end === -1)
        return message;
    const header = message.slice(start, end);
    if (header.trim() === '' || HEADER_ELSEWHERE.test(header) || BODY_MATTERS.test(message))
        return message;
    return header;
}
function parseOne(sha, message, nested) {
    const headerLine = firstLine(message);
    let c;
    try {
        c = parser.parse(parserInput(message));
    }
    catch {
        return { sha, subject: headerLine, header: headerLine, breaking: false, breakingNotes: [], nested };
    }
    const type = typeof c.type === 'string' && c.type !== '' ? c.type.toLowerCase() : undefined;
    const header = c.header ?? headerLine;
    const bang = /^\w+(?:\([^()]*\))?!: /.test(header);
    // The parser reads notes anywhere after the header; a footer keyword must start its line, which the pattern demands.
    const notes = c.notes
        .filter((n) => n.title === 'BREAKING CHANGE' || n.title === 'BREAKING-CHANGE')
        .map((n) => n.text.replace(PR_SUFFIX, '').trim());
    const subject = (typeof c.subject === 'string' && c.subject) || header;
    const pr = PR_SUFFIX.exec(header);
    const releaseAs = c.footer ? RELEASE_AS.exec(c.footer) : null;
    const revertSha = REVERTS_SHA.exec(message);
    const isRevert = type === 'revert' || /^Revert "/.test(header);
    return {
        sha,
        type: isRevert ? 'revert' : type,
        scope: typeof c.scope === 'string' && c.scope !== '' ? c.scope : undefined,
        subject: subject.replace(PR_SUFFIX, '').trim(),
        header,
        breaking: type !== undefined && (bang || notes.length > 0),
        breakingNotes: notes.length > 0 ? notes.filter((n) => n !== '') : bang ? [subject.replace(PR_SUFFIX, '').trim()] : [],
        pr: pr ? Number(pr[1]) : undefined,
        releaseAs: releaseAs ? releaseAs[1] : undefined,
        reverts: isRevert && revertSha ? revertSha[1] : undefined,
        revertsHeader: isRevert ? (c.revert?.header ?? (type === 'revert' ? subject : undefined) ?? undefined) : undefined,
        nested,
    };
}
/** What one commit asks for, before the 0.x rule. */
function commitBump(c) {
    if (c.type === undefined)
        return 'none';
    if (c.breaking)
        return 'major';
    if (c.type === 'feat')
        return 'minor';
    if (c.type === 'fix' || c.type === 'perf' || c.type === 'revert')
        return 'patch';
    return 'none';
}
const ORDER = { none: 0, patch: 1, minor: 2, major: 3 };
/** The larger of two bumps. */
function maxBump(a, b) {
    return ORDER[a] >= ORDER[b] ? a : b;
}
/**
 * Analyses the commits of a range (newest first, as git log lists them):
 * merge commits are skipped (the commits they bring are in the range
 * themselves), a revert and the commit it names cancel out when both are in
 * the range, and the bump is the largest any remaining commit asks for.
 */
function analyzeCommits(raw) {
    const a = new CommitAnalyzer();
    for (const r of raw)
        a.add(r);
    return a.analysis();
}
/**
 * analyzeCommits one commit at a time, as git log prints them: each message
 * is parsed when it comes and only what was read from it is kept, not the
 * message. `analysis` decides once every commit of the range was added.
 */
class CommitAnalyzer {
    parsed = [];
    /** One string per type and scope: a range of 100,000 commits has a few dozen of each, not 100,000 copies. */
    names = new Map();
    /** Commits added, merges included. */
    count = 0;
    add(r) {
        this.count++;
        if (r.parents.length > 1)
            return;
        for (const c of parseCommitMessage(r.sha, r.message)) {
            const type = c.type === undefined ? undefined : this.name(c.type);
            const scope = c.scope === undefined ? undefined : this.name(c.scope);
            // A message with more than its header (and a line ending): the header read from it is a slice holding all of it.
            this.parsed.push(new StoredCommit(c, type, scope, r.message.length > c.header.length + 2));
        }
    }
    name(s) {
        const known = this.names.get(s);
        if (known !== undefined)
            return known;
        this.names.set(s, s);
        return s;
    }
    analysis() {
        return analyzeParsed(this.parsed);
    }
}
/**
 * A parsed commit as an analyzer keeps it for the rest of the run (a range of
 * 100,000 commits holds 100,000 of them until the result is printed): its
 * sha, its header as a string of its own (not a slice holding the whole
 * message), type and scope shared, the subject as where it sits in the
 * header, and what few commits carry in one object beside. It reads as the
 * ParsedCommit it was made of, and prints as it (toJSON: the same keys in the
 * same order).
 */
class StoredCommit {
    sha;
    header;
    type;
    scope;
    pr;
    breaking;
    nested;
    /** Where the subject starts and ends in the header; -1 when it is not in it (then it is in `rare`). */
    subjectStart;
    subjectEnd;
    rare;
    /** `copy`: the header is a slice of a longer message, which a copy of its own lets go. */
    constructor(c, type, scope, copy) {
        this.sha = c.sha;
        this.header = copy ? Buffer.from(c.header, 'utf8').toString('utf8') : c.header;
        this.type = type;
        this.scope = scope;
        this.pr = c.pr;
        this.breaking = c.breaking;
        this.nested = c.nested;
        this.subjectStart = this.header.indexOf(c.subject);
        this.subjectEnd = this.subjectStart === -1 ? -1 : this.subjectStart + c.subject.length;
        const rare = {};
        if (this.subjectStart === -1)
            rare.subject = c.subject;
        if (c.breakingNotes.length > 0)
            rare.breakingNotes = c.breakingNotes;
        if (c.releaseAs !== undefined)
            rare.releaseAs = c.releaseAs;
        if (c.reverts !== undefined)
            rare.reverts = c.reverts;
        if (c.revertsHeader !== undefined)
            rare.revertsHeader = c.revertsHeader;
        if (Object.keys(rare).length > 0)
            this.rare = rare;
    }
    get subject() {
        return this.subjectStart === -1 ? this.rare.subject : this.header.slice(this.subjectStart, this.subjectEnd);
    }
    get breakingNotes() {
        return [...(this.rare?.breakingNotes ?? [])];
    }
    get releaseAs() {
        return this.rare?.releaseAs;
    }
    get reverts() {
        return this.rare?.reverts;
    }
    get revertsHeader() {
        return this.rare?.revertsHeader;
    }
    /** The ParsedCommit it was made of, as a plain object: what JSON.stringify prints of it. */
    toJSON() {
        return {
            sha: this.sha,
            type: this.type,
            scope: this.scope,
            subject: this.subject,
            header: this.header,
            breaking: this.breaking,
            breakingNotes: this.breakingNotes,
            pr: this.pr,
            releaseAs: this.releaseAs,
            reverts: this.reverts,
            revertsHeader: this.revertsHeader,
            nested: this.nested,
        };
    }
}
function analyzeParsed(parsed) {
    const cancelled = new Set();
    // Squash merges append "(#N)" to a header; the revert of "feat: x (#12)" may read "revert: feat: x (#12) (#15)".
    const bare = (header) => {
        // One suffix at a time (a single regex over repeated "(#N)" groups and spaces backtracks on long headers).
        let t = header.trim();
        for (let m = /\(#\d+\)$/.exec(t); m; m = /\(#\d+\)$/.exec(t))
            t = t.slice(0, m.index).trimEnd();
        return t;
    };
    const bares = [];
    for (const [i, c] of parsed.entries()) {
        if (c.type !== 'revert' || cancelled.has(c))
            continue;
        // A revert cancels a commit made before it (later in this newest-first list): by its sha when the
        // message names one ("This reverts commit <sha>"), else by the reverted header.
        const header = c.reverts || c.revertsHeader === undefined ? undefined : bare(c.revertsHeader);
        if (!c.reverts && !header)
            continue;
        let target;
        for (let j = i + 1; j < parsed.length && !target; j++) {
            const o = parsed[j];
            if (!cancelled.has(o) && (c.reverts ? o.sha.startsWith(c.reverts) : (bares[j] ??= bare(o.header)) === header))
                target = o;
        }
        if (target) {
            cancelled.add(c);
            cancelled.add(target);
        }
    }
    const commits = parsed.filter((c) => !cancelled.has(c));
    let bump = 'none';
    let releaseAs;
    for (const c of commits) {
        bump = maxBump(bump, commitBump(c));
        if (c.releaseAs && semver_default().valid(c.releaseAs) && (!releaseAs || semver_default().gt(c.releaseAs, releaseAs)))
            releaseAs = semver_default().valid(c.releaseAs);
    }
    return { commits, cancelled: parsed.filter((c) => cancelled.has(c)), bump, releaseAs };
}

;// CONCATENATED MODULE: ./packages/core/src/commits/version.ts


/**
 * Versions of tags named `<prefix>X.Y.Z[-pre]` (exactly: `v01.2.3` or
 * `v1.2` do not count), without the prefix.
 */
function versionsFromTags(tags, prefix) {
    const out = [];
    for (const t of tags) {
        if (!t.startsWith(prefix))
            continue;
        const v = t.slice(prefix.length);
        if (semver_default().valid(v) === v && /^\d/.test(v))
            out.push(v);
    }
    return out;
}
/** The newest stable version by SemVer precedence; pre-releases never count as the last release. */
function latestStable(versions) {
    const stable = versions.filter((v) => semver.prerelease(v) === null);
    return stable.length === 0 ? undefined : semver.rsort([...stable])[0];
}
/** The level a bump really applies below 1.0.0 (a breaking change moves the minor unless pre-major is major). */
function effectiveBump(last, bump, preMajor) {
    if (bump === 'major' && semver_default().major(last) === 0 && preMajor === 'minor')
        return 'minor';
    return bump;
}
/**
 * Computes the next version: the `version` input wins (it must be SemVer and
 * greater than the last release), then a `Release-As` footer greater than the
 * last release, then the bump from the commits; with no release yet the
 * initial version. A pre-release identifier yields `X.Y.Z-<id>.N` with N one
 * more than the highest already tagged for that X.Y.Z (starting at 1).
 */
function nextVersion(req) {
    if (req.explicit !== undefined) {
        const v = req.explicit;
        if (semver_default().valid(v) !== v)
            throw new src_errors/* UserError */.yo(`is '${v}', not a SemVer version`, { input: 'version', hint: 'use MAJOR.MINOR.PATCH without a v, e.g. 1.4.0' });
        if (req.last && !semver_default().gt(v, req.last))
            throw new src_errors/* UserError */.yo(`${v} is not greater than the last release ${req.last}`, {
                input: 'version',
                hint: (0,src_errors/* words */.aL) `give a version above ${req.last}, or ${(0,src_errors/* unset */.wC)('version')} to compute it`,
            });
        return { version: v, bump: req.last ? levelBetween(req.last, v) : req.bump };
    }
    if (req.releaseAs && (!req.last || semver_default().gt(req.releaseAs, req.last))) {
        return { version: withPre(req.releaseAs, req), bump: req.last ? levelBetween(req.last, req.releaseAs) : req.bump };
    }
    if (!req.last)
        return { version: withPre(req.initialVersion, req), bump: req.bump };
    const bump = effectiveBump(req.last, req.bump, req.preMajor);
    if (bump === 'none')
        return { bump: 'none' };
    return { version: withPre(semver_default().inc(req.last, bump), req), bump };
}
function withPre(base, req) {
    if (!req.prerelease)
        return base;
    let n = 0;
    for (const v of req.existing) {
        const pre = semver_default().prerelease(v);
        if (!pre || `${semver_default().major(v)}.${semver_default().minor(v)}.${semver_default().patch(v)}` !== base)
            continue;
        if (pre.length === 2 && pre[0] === req.prerelease && typeof pre[1] === 'number')
            n = Math.max(n, pre[1]);
    }
    return `${base}-${req.prerelease}.${n + 1}`;
}
function levelBetween(from, to) {
    const d = semver_default().diff(from, to);
    if (d === 'major' || d === 'premajor')
        return 'major';
    if (d === 'minor' || d === 'preminor')
        return 'minor';
    return 'patch';
}

;// CONCATENATED MODULE: ./packages/core/src/release/history.ts





const CHECKOUT_HINT = 'set `fetch-depth: 0` on actions/checkout (it fetches every commit and tag)';
/** The same fix from a terminal. */
const CLONE_HINT = 'fetch the whole history and the tags (git fetch --unshallow --tags), or work in a full clone';
const isShallow = (git) => (0,repo/* asRepo */.lU)(git).isShallow();
/** Every tag name: the local ones (`known.localTags`, when they were listed) and the remote's list a shallow clone listed. */
async function tagNames(git, known = {}) {
    if (known.localTags)
        return [...known.localTags];
    const remote = known.remoteTags;
    const local = await listTags(git);
    return remote ? [...new Set([...local, ...remote.keys()])] : local;
}
/**
 * Finds the newest `<prefix>X.Y.Z` tag (by SemVer, pre-releases excluded)
 * reachable from HEAD. A shallow clone fetches the least that decides it:
 * the remote's tag list (names only), then, for each stable version from the
 * highest down, HEAD's history back to that tag (`--shallow-exclude`: the
 * commits not reachable from it). The tag is reachable exactly when it is
 * HEAD or a parent of one of those commits, so a tag on another branch is
 * passed over and the next one tried. The found tag is fetched at depth 1 (its
 * commit bounds the range); with no reachable release tag, HEAD's whole
 * history. When fetching fails it says which checkout option fixes it.
 */
async function findLastRelease(git, prefix, remote = 'origin') {
    const list = (merged) => listTags(git, `${prefix}*`, merged);
    if (!(await isShallow(git))) {
        const allVersions = versionsFromTags(await list(false), prefix);
        const best = semver_default().rsort(versionsFromTags(await list(true), prefix).filter((v) => semver_default().prerelease(v) === null))[0];
        if (!best)
            return { allVersions, fetched: [] };
        const tag = `${prefix}${best}`;
        const sha = await tagCommit(git, tag);
        return { tag, version: best, sha, allVersions, fetched: [] };
    }
    return shallowLastRelease(git, prefix, remote);
}
/**
 * findLastRelease in a shallow clone. `known`: HEAD's commit and the local tags, when the caller has them already
 * (scanReleaseRange lists the tags before it knows the clone is shallow; nothing is fetched before they are read).
 */
async function shallowLastRelease(git, prefix, remote, known) {
    const fetched = [];
    const failed = (what, stderr, code) => new src_errors/* UserError */.yo(`this is a shallow checkout and fetching ${what} from ${remote} failed (${stderr.trim().split('\n')[0] || `exit ${code}`})`, { hint: CHECKOUT_HINT, cliHint: CLONE_HINT });
    const fetch = async (fetching, what) => {
        const r = await fetching;
        if (r.code !== 0)
            throw failed(what, r.stderr, r.code);
        fetched.push(what);
    };
    const listed = await lsRemoteTags(git, remote);
    if (listed.code !== 0)
        throw failed('the tag list', listed.stderr, listed.code);
    const tags = (0,repo/* remoteTagList */.fR)(listed.stdout.toString('utf8'));
    fetched.push('the tag list');
    const names = [
        ...new Set([...(known?.localTags ?? (await listTags(git, `${prefix}*`))), ...tags.keys()].filter((t) => t.startsWith(prefix))),
    ];
    const allVersions = versionsFromTags(names, prefix);
    const head = known?.head ?? (await tags_headCommit(git));
    // HEAD's commits here and their parents: a tag's commit among them is reachable. The raw format names a
    // shallow commit's parents too (rev-list --parents hides them), so a tag just below the boundary counts.
    // The boundary (commits with a parent missing) is what more history is asked for: HEAD itself may be a
    // local commit origin does not have.
    const seen = async () => {
        const ids = new Set();
        const boundary = new Set();
        const raw = await rawLog(git, head);
        const parents = [];
        let current = '';
        for (const m of raw.matchAll(/^(commit|parent) ([0-9a-f]+)$/gm)) {
            if (m[1] === 'commit')
                ids.add((current = m[2]));
            else
                parents.push([current, m[2]]);
        }
        for (const [child, parent] of parents)
            if (!ids.has(parent))
                boundary.add(child);
        for (const [, parent] of parents)
            ids.add(parent);
        return { ids, boundary: [...boundary] };
    };
    // Tags whose history fetch failed. A tag HEAD is behind (a rerun on an older commit, a newer release on
    // another branch that contains HEAD) makes `--shallow-exclude` select nothing, and git's error says so in
    // words that differ by transport; so a failed fetch only passes the tag over. Should the history fetched
    // for an older tag then hold it, it was reachable after all and is the one used.
    const passed = [];
    const found = async (t, ids) => {
        const best = passed.find((p) => ids.has(p.sha)) ?? t;
        if (!best.local)
            await fetch(fetchTagCommit(git, remote, best.tag), `the tag ${best.tag}`);
        return { tag: best.tag, version: best.version, sha: best.sha, allVersions, fetched, remoteTags: tags };
    };
    for (const version of semver_default().rsort(allVersions.filter((v) => semver_default().prerelease(v) === null))) {
        const tag = `${prefix}${version}`;
        const local = await localTagCommit(git, tag);
        const sha = tags.get(tag) ?? local;
        if (!sha)
            continue;
        let here = await seen();
        // A tag origin does not have (made here) cannot bound a fetch: only what is here decides it.
        if (!here.ids.has(sha) && here.boundary.length > 0 && tags.has(tag)) {
            const r = await fetchHistorySince(git, remote, tag, here.boundary);
            if (r.code !== 0) {
                passed.push({ tag, version, sha, local });
                continue;
            }
            fetched.push(`the history since ${tag}`);
            here = await seen();
        }
        if (!here.ids.has(sha))
            continue;
        return found({ tag, version, sha, local }, here.ids);
    }
    const { boundary } = await seen();
    if (boundary.length > 0)
        await fetch(fetchUnshallow(git, remote, boundary), 'the full history (no release tag is reachable)');
    // With the whole history here, a tag passed over for a failed fetch is reachable or not for certain.
    const { ids } = await seen();
    const reachable = passed.find((p) => ids.has(p.sha));
    if (reachable)
        return found(reachable, ids);
    return { allVersions, fetched, remoteTags: tags };
}
/**
 * The commits after `since` up to HEAD (all of HEAD's history when undefined),
 * newest first, with parents and full messages: one `git log` process, read
 * as it runs. Each commit goes to `add` as soon as git has printed it, so
 * nothing holds the whole listing; a git that fails throws once it has ended
 * (after `add` saw what it printed).
 */
async function readCommits(git, since, head, add, signal) {
    const range = since ? `${since}..${head}` : head;
    // Three records per commit (sha, parents, message), as `split('\0')` of the whole output would group them.
    const fields = [];
    const r = await commitLogRecords(git, range, (record) => {
        fields.push(record.toString('utf8'));
        if (fields.length < 3)
            return;
        const [sha, parents, message] = fields;
        fields.length = 0;
        add({ sha: sha.replace(/^\n/, ''), parents: parents === '' ? [] : parents.split(' '), message });
    }, signal);
    if (r.code !== 0)
        throw new Error(`git log ${range} failed: ${r.stderr.trim()}`);
}
/**
 * The commits after `since` up to HEAD (all of HEAD's history when undefined),
 * newest first, with parents and full messages, in one list.
 */
async function commitsSince(git, since, head = 'HEAD') {
    const out = [];
    await readCommits(git, since, head, (c) => out.push(c));
    return out;
}
/**
 * The tag that already carries `version` (SemVer equality: `v1.5.0+build.3`
 * counts as 1.5.0), wherever it points, or undefined. A release tagged on
 * another branch is not the last release seen from HEAD, so the version
 * computed from HEAD's history can collide with it.
 */
async function publishedTag(git, prefix, version, { remote = 'origin', known } = {}) {
    const tags = (await tagNames(git, known)).filter((t) => t.startsWith(prefix));
    const found = tags.find((t) => {
        const v = t.slice(prefix.length);
        return /^\d/.test(v) && semver_default().valid(v) !== null && semver_default().eq(v, version);
    });
    // A shallow clone knows the other tags by name only: fetch this one (its commit alone) so it can be shown.
    if (found && !(await hasTag(git, found)))
        await fetchTag(git, remote, found);
    return found;
}
/** findLastRelease followed by commitsSince (scanReleaseRange), the commits in one list. */
async function releaseRange(git, prefix, head) {
    let commits = [];
    const last = await scanReleaseRange(git, prefix, head, () => {
        commits = [];
        return (c) => commits.push(c);
    });
    return { last, commits };
}
/**
 * findLastRelease followed by readCommits, without the history walk of
 * `git tag --merged HEAD` in the usual case. In a full clone, the highest
 * stable tag is tried first: it is reachable from HEAD exactly when it is HEAD
 * or a parent of some commit in `tag..HEAD` (the child on the path from HEAD
 * to it is in that range), which the one `git log` of the range shows anyway.
 * Only when it is not (a release tagged on another branch) does this fall
 * back to the walk. A shallow clone always takes the fetching path.
 *
 * The commits go to a reader `open` returns, one at a time as git prints
 * them; when the first range read was not the release's, `open` is called
 * again and the commits of the right range go to that new reader. A shallow
 * clone fetches only once `mayFetch` has resolved (never when it rejects):
 * everything before is a local read. Aborting `signal` stops the read of the
 * commits (git is stopped). `head` may still be being resolved: the tags are
 * listed meanwhile. `walking` is called once git walks the range (its start
 * is what takes time), or when a shallow clone's scan waits for `mayFetch`.
 */
async function scanReleaseRange(git, prefix, head, open, { mayFetch, signal, shallow: known, walking, } = {}) {
    // Local reads, asked together (each git start is a few ms the run would otherwise wait for in turn): every tag
    // (the release's among them; publishedTag and otherPrefixTags need the rest), and whether the clone is shallow
    // (unless the caller knows: `shallow`).
    // A shallow clone reads it before fetching anything, and lists the tags again afterwards for publishedTag.
    const listing = listTags(git);
    listing.catch(() => undefined);
    const shallow = await (known ?? isShallow(git));
    const at = await head;
    if (!shallow) {
        const localTags = await listing;
        const allVersions = versionsFromTags(localTags, prefix);
        const best = semver_default().rsort(allVersions.filter((v) => semver_default().prerelease(v) === null))[0];
        if (best === undefined) {
            const all = readCommits(git, undefined, at, open(), signal);
            walking?.();
            await all;
            return { allVersions, fetched: [], localTags };
        }
        const tag = `${prefix}${best}`;
        // The range is read from the tag's name (its git started first: the walk is what takes time), and the tagged
        // commit asked beside it. Commits printed before that answer keep their parents until then.
        let sha;
        const before = [];
        const add = open();
        let reached = false;
        const reading = readCommits(git, `refs/tags/${tag}^{commit}`, at, (c) => {
            if (!reached) {
                if (sha === undefined)
                    before.push(c.parents);
                else if (c.parents.includes(sha))
                    reached = true;
            }
            add(c);
        }, signal);
        walking?.();
        const tagged = tagCommit(git, tag).then((out) => {
            sha = out;
            return sha;
        });
        tagged.catch(() => undefined);
        await reading;
        const commit = await tagged;
        if (!reached)
            reached = before.some((parents) => parents.includes(commit));
        if (commit === at || reached)
            return { tag, version: best, sha: commit, allVersions, fetched: [], localTags };
        // A release tagged on another branch: the walk of `git tag --merged` finds the newest one reachable (local here).
        const last = await findLastRelease(git, prefix);
        await readCommits(git, last.sha, at, open(), signal);
        return { ...last, localTags };
    }
    // A shallow clone's reads wait for leave to fetch (after the checks): nothing walks until then.
    walking?.();
    await mayFetch;
    const localTags = await listing;
    const last = await shallowLastRelease(git, prefix, 'origin', { head: at, localTags });
    await readCommits(git, last.sha, at, open(), signal);
    return last;
}
/**
 * Tags `<other prefix>X.Y.Z[-pre]` whose prefix is not `prefix`, highest
 * version first: what a repository's releases are tagged with when no tag
 * matches the configured prefix (`v2.0.0` while tag-prefix is `release-`).
 */
async function otherPrefixTags(git, prefix, known) {
    const out = [];
    for (const tag of await tagNames(git, known)) {
        const m = /^(.*?)(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(tag);
        if (!m || m[1] === prefix || semver_default().valid(m[2]) !== m[2] || semver_default().prerelease(m[2]) !== null)
            continue;
        // A prefix ending in a digit or dot is part of a longer number (`v01.2.3`, `1.2.3.4`), not a prefix.
        if (/[\d.]$/.test(m[1]))
            continue;
        out.push({ tag, prefix: m[1], version: m[2] });
    }
    return out.sort((a, b) => semver_default().rcompare(a.version, b.version) || a.tag.localeCompare(b.tag));
}

// EXTERNAL MODULE: ./packages/core/node_modules/picomatch/index.js
var picomatch = __webpack_require__(9788);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/text/glob.ts


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
        return new src_errors/* UserError */.yo(`: '${glob}' ${problem}`, { input: where.input, hint: GLOB_HINT });
    return new src_errors/* UserError */.yo(`${where.file ? (where.key ?? 'glob') : 'glob'}: '${glob}' ${problem}`, {
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
    const match = picomatch_default()(list, { dot: true });
    let spent = 0;
    return (path) => {
        const started = performance.now();
        const r = match(path);
        spent += performance.now() - started;
        if (spent > MATCH_BUDGET_MS) {
            const what = `matching ${list.length === 1 ? `'${list[0]}'` : `the globs ${list.map((g) => `'${g}'`).join(', ')}`} against the repository's paths took over ${MATCH_BUDGET_MS / 1000} s`;
            if (where.key === undefined && where.input !== undefined)
                throw new src_errors/* UserError */.yo(`: ${what}`, { input: where.input, hint: GLOB_HINT });
            throw new src_errors/* UserError */.yo(`${where.key ?? 'glob'}: ${what}`, { file: where.file, line: where.line, hint: GLOB_HINT });
        }
        return r;
    };
}

;// CONCATENATED MODULE: ./packages/core/src/text/bytes.ts

/** Splits off the BOM and finds the line ending, so edits can put both back. */
function bytes_frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    return { bom, body, eol: lineEnding(body) };
}
/** The text without a leading byte-order mark. */
function stripBom(text) {
    return text.startsWith('\ufeff') ? text.slice(1) : text;
}
/** The line ending of the first line break ('\n' when there is none). */
function lineEnding(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * JSON.parse with a UserError naming the file and line on a syntax error. V8's
 * messages do not always carry a position, so the error is located with
 * jsonc-parser (strict: no comments, no trailing commas), which is loaded only
 * then: a run that reads valid JSON never loads it. A BOM is skipped.
 */
async function parseJsonAt(text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 9547, 23)), body, file, hint, what, e);
    }
}
/** parseJsonAt for callers that hold jsonc-parser already (editors that need its offsets): synchronous. */
function parseJsonWith(jsonc, text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(jsonc, body, file, hint, what, e);
    }
}
function jsonSyntaxError(jsonc, body, file, hint, what, cause) {
    const errors = [];
    jsonc.parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first
        ? describeJsonError(jsonc.printParseErrorCode(first.error))
        : (cause instanceof Error ? cause.message : String(cause)).replace(/[\r\n]+/g, ' ').slice(0, 120);
    return new src_errors/* UserError */.yo(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/array.js
var array = __webpack_require__(1318);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var functions_valid = __webpack_require__(7306);
var valid_default = /*#__PURE__*/__webpack_require__.n(functions_valid);
;// CONCATENATED MODULE: ./packages/core/src/changelog/headings.ts

// The text of a version heading: `[1.2.3] - 2024-05-21`, `[v1.2.3](https://…) (2024-05-21)`, `1.2.3 (2024-05-21)`, `v1.2.3`,
// `Version 1.2.3`, bitnami/charts' `<small>1.2.3 (2024-05-21)</small>`, and date-first `2024-05-21 — 1.2.3` / `[2024-05-21] 1.2.3`.
const TEXT = /^(?:<small>[ \t]*)?(?:version[ \t]+|release[ \t]+)?(\[?\d{4}-\d{2}-\d{2}\]?[ \t]*(?:[-–—:|][ \t]*)?)?(\[)?(v)?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:\([^)]*\))?(.*)$/i;
const ATX = /^(#{1,4})[ \t]+(.*)$/;
const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/**
 * Lists the version headings of a changelog in file order. A heading counts
 * when its first token is a SemVer version (or a date, then the version),
 * bracketed or not, with or without a leading `v`; ATX (`## 1.2.3`) and setext
 * (`1.2.3` underlined with `===` or `---`) headings both count. `[Unreleased]`,
 * prose headings and anything inside code fences are skipped.
 */
function versionHeadings(text) {
    const out = [];
    // The open code fence (CommonMark: ``` or ~~~, 3 or more, indented at most 3 spaces),
    // closed only by the same character at least as long with nothing after it.
    let fence;
    let previousBlank = true;
    // Line by line in place: a 3.5 MB CHANGELOG.md of 84,000 lines split into arrays (one per reading) was
    // megabytes of strings outliving the young generation, where one line at a time dies in it.
    let offset = 0;
    let i = 0;
    let line = headings_lineAt(text, 0);
    while (line !== undefined) {
        const end = text.indexOf('\n', offset);
        const nextOffset = end < 0 ? -1 : end + 1;
        const next = nextOffset < 0 ? undefined : headings_lineAt(text, nextOffset);
        const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        let heading;
        if (fence) {
            if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
                fence = undefined;
        }
        else if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
            fence = marker;
        }
        else {
            const atx = ATX.exec(line);
            const under = next !== undefined ? UNDERLINE.exec(next) : null;
            if (atx)
                heading = { level: atx[1].length, text: atx[2] };
            // A setext heading is a paragraph of its own: a blank line (or the file's start) before it.
            else if (under && previousBlank && /^ {0,3}\S/.test(line) && !/^ {0,3}(?:[-*+>]|\d+[.)])(?:[ \t]|$)/.test(line))
                heading = { level: under[1][0] === '=' ? 1 : 2, text: line.trim(), underline: next };
        }
        const m = heading ? TEXT.exec(heading.text) : null;
        // The version must end there: `## 1.2.3.4` or `## 1.2.3x` is not a section for 1.2.3.
        if (heading && m && valid_default()(m[4]) && /^(?:$|[\s(:,])/.test(m[5] ?? '')) {
            const rest = m[5] ?? '';
            const style = m[1] ? 'date-first' : m[2] ? 'keepachangelog' : m[3] ? 'v' : /^\s*\(/.test(rest) ? 'parens' : 'plain';
            out.push({
                version: m[4],
                line: i + 1,
                offset,
                level: heading.level,
                style,
                raw: line,
                ...(heading.underline !== undefined ? { underline: heading.underline } : {}),
            });
        }
        previousBlank = line.trim() === '' || heading !== undefined || UNDERLINE.test(line);
        offset = nextOffset;
        line = next;
        i++;
    }
    return out;
}
/** The line of `text` that starts at `offset`, without its line break (`\n`, or `\r\n`: the `\r` goes too). */
function headings_lineAt(text, offset) {
    const end = text.indexOf('\n', offset);
    const raw = end < 0 ? text.slice(offset) : text.slice(offset, end);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
}
/** True when the changelog has a section for `version` (any heading style). */
function hasVersionSection(text, version) {
    return versionHeadings(text).some((h) => h.version === version);
}

;// CONCATENATED MODULE: ./packages/core/src/changelog/release.ts



const UNRELEASED = /^(#{1,4})[ \t]+\[?unreleased\]?(?=[ \t(]|$)/i;
const LINK_REF = /^\[([^\]]+)\]:[ \t]*(\S+)/;
const KINDS = {
    added: 'added',
    changed: 'changed',
    changes: 'changed',
    deprecated: 'deprecated',
    removed: 'removed',
    fixed: 'fixed',
    security: 'security',
    // release-please / conventional-changelog group names
    features: 'added',
    feature: 'added',
    bug: 'fixed',
    deprecations: 'deprecated',
    reverts: 'removed',
};
/**
 * Adds the section for `version` to a changelog, pure text in and out:
 * moves `## [Unreleased]` content into `## [X.Y.Z] - date` (or adds the
 * entries), writes the heading in the style the newest section already uses
 * (`## 1.2.3 (date)`, `## v1.2.3`, …), and keeps compare link references at
 * the bottom current. A file that already has the section is returned as is,
 * so a re-run changes nothing. Line endings, a BOM and the final newline stay.
 */
function releaseChangelog(text, req) {
    if (text === undefined || stripBom(text).trim() === '') {
        if (!req.create)
            return { text, entries: [], changed: false };
        const entries = [...(req.entries ?? []), ...(req.entries?.length ? [] : (req.fallbackEntries ?? []))];
        const eol = text?.includes('\r\n') ? '\r\n' : '\n';
        const bom = text === undefined ? '' : bytes_frame(text).bom;
        const lines = [
            '# Changelog',
            '',
            `All notable changes to ${req.subject ?? 'this project'} are documented in this file.`,
            '',
            'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
            'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
            '',
            '## [Unreleased]',
            '',
            `## [${req.version}] - ${req.date}`,
            '',
            '### Changed',
            '',
            ...entries.map((e) => `- ${e}`),
            '',
        ];
        return { text: bom + lines.join(eol), entries: entries.map((t) => ({ kind: 'changed', text: t })), changed: true };
    }
    // New lines take the file's first line ending; existing lines keep their own (see joinLines).
    const { bom, body, eol } = bytes_frame(text);
    const lines = body.split(/\r?\n/);
    const headings = versionHeadings(lines.join('\n'));
    const existing = headings.find((h) => h.version === req.version);
    if (existing)
        return { text, entries: sectionEntries(lines, existing.line - 1, existing.level), changed: false };
    const newest = headings[0];
    const uIdx = lines.findIndex((l) => UNRELEASED.test(l));
    const uLevel = uIdx >= 0 ? UNRELEASED.exec(lines[uIdx])[1].length : undefined;
    // `## [Unreleased](…/compare/v1.2.3...HEAD)`: the heading's own compare link now starts at the new tag.
    if (uIdx >= 0)
        lines[uIdx] = lines[uIdx].replace(/\((https?:[^)\s]*\/compare\/)(\S+?)(\.\.\.?)HEAD\)/, (_, base, from, dots) => `(${base}${tagFor(from, req.version)}${dots}HEAD)`);
    const level = newest?.level ?? uLevel ?? 2;
    const refStart = linkRefBlockStart(lines);
    // What the new section holds: Unreleased content moved over, plus explicit entries.
    let uEnd = uIdx;
    let moved = [];
    if (uIdx >= 0) {
        uEnd = sectionEnd(lines, uIdx, uLevel, refStart);
        moved = trimBlank(lines.slice(uIdx + 1, uEnd));
    }
    const bullet = detectBullet(lines);
    // An entry already written under Unreleased (the same bullet text) is not added twice.
    const explicit = (req.entries ?? []).filter((e) => !moved.some((l) => l.replace(/^[ \t]*[-*+][ \t]+/, '').trim() === e.trim()));
    const added = moved.length > 0 ? explicit : [...explicit, ...(explicit.length ? [] : (req.fallbackEntries ?? []))];
    const usesGroups = newest ? sectionUsesGroups(lines, newest) : newestStyleIsKeep(uIdx, lines);
    const groups = groupStyle(lines, level + 1);
    let content = [...moved];
    if (added.length > 0) {
        const items = added.map((e) => `${bullet} ${e}`);
        const groupHeading = [`${'#'.repeat(level + 1)} ${groups.changedName}`, ...(groups.blankAfter ? [''] : [])];
        if (content.length === 0)
            content = usesGroups ? [...groupHeading, ...items] : items;
        else if (content.some((l) => isGroupHeading(l, level + 1)))
            content = addToChangedGroup(content, items, groupHeading, level + 1);
        else
            content = [...content, ...(endsWithBullet(content) ? [] : ['']), ...items];
    }
    const heading = renderHeading(newest, level, req.version, req.date, lines[uIdx]);
    // An `## [Unreleased]` section is kept (emptied) where the file has one, never added to a file that had none.
    const section = [heading, ...underlineFor(newest, heading), '', ...content];
    let out;
    if (uIdx >= 0) {
        const after = lines.slice(uEnd);
        out = [
            ...lines.slice(0, uIdx + 1),
            '',
            ...section,
            ...(after.length && after.some((l) => l.trim() !== '') ? [''] : []),
            ...trimLeadingBlank(after),
        ];
    }
    else if (newest) {
        const at = newest.line - 1;
        out = [...lines.slice(0, at), ...section, '', ...lines.slice(at)];
    }
    else {
        const at = refStart >= 0 ? refStart : lines.length;
        const before = trimTrailingBlank(lines.slice(0, at));
        const rest = lines.slice(at);
        out = [...before, ...(before.length ? [''] : []), ...section, '', ...(rest.length ? rest : [''])];
        if (rest.length === 0 && out[out.length - 1] === '' && out[out.length - 2] === '')
            out.pop();
    }
    out = updateLinkRefs(out, newest?.version, req.version, heading);
    // The final newline stays as it was: present if it was, absent if it was not.
    const hadFinal = lines[lines.length - 1] === '';
    if (hadFinal && out[out.length - 1] !== '')
        out.push('');
    if (!hadFinal)
        while (out.length > 1 && out[out.length - 1] === '')
            out.pop();
    const entries = sectionEntries(out, out.indexOf(heading), level);
    return { text: bom + joinLines(body, lines, out, eol), entries, changed: true };
}
/** A group heading (`### Fixed`) at `level` inside a version section. */
function isGroupHeading(line, level) {
    return new RegExp(`^#{${level}}[ \\t]+\\w`).test(line);
}
/**
 * How the file writes its groups: whether a blank line follows a group
 * heading (most of its headings decide; Keep a Changelog's blank line when it
 * has none), and the name it gives the group of plain changes (`Changed`,
 * `Changes`, …; `Changed` when it uses none).
 */
function groupStyle(lines, level) {
    let blank = 0;
    let tight = 0;
    let changedName;
    lines.forEach((l, i) => {
        if (!isGroupHeading(l, level))
            return;
        if ((lines[i + 1] ?? '').trim() === '')
            blank++;
        else
            tight++;
        const name = l.replace(/^#+[ \t]+/, '').trim();
        if (changedName === undefined && KINDS[name.split(/\s/)[0].toLowerCase()] === 'changed')
            changedName = name;
    });
    return { blankAfter: blank >= tight, changedName: changedName ?? 'Changed' };
}
/**
 * Adds entries to grouped content: at the end of the group of plain changes
 * when the content has one (under the name it already uses), else in a new
 * group after the others, so an entry never lands in another kind's group.
 */
function addToChangedGroup(content, items, heading, level) {
    const at = content.findIndex((l) => isGroupHeading(l, level) &&
        KINDS[l
            .replace(/^#+[ \t]+/, '')
            .split(/\s/)[0]
            .toLowerCase()] === 'changed');
    if (at < 0)
        return [...content, '', ...heading, ...items];
    let end = content.findIndex((l, i) => i > at && /^#{1,6}[ \t]/.test(l));
    if (end < 0)
        end = content.length;
    let last = end;
    while (last > at + 1 && content[last - 1].trim() === '')
        last--;
    return [...content.slice(0, last), ...items, ...content.slice(last)];
}
function newestStyleIsKeep(uIdx, lines) {
    return uIdx < 0 || /\[unreleased\]/i.test(lines[uIdx]);
}
function sectionEnd(lines, start, level, refStart) {
    // A setext heading's underline belongs to it, not to its section.
    const first = SETEXT_UNDERLINE.test(lines[start + 1] ?? '') ? start + 2 : start + 1;
    for (let i = first; i < lines.length; i++) {
        if (refStart >= 0 && i >= refStart)
            return i;
        const m = /^(#{1,6})[ \t]/.exec(lines[i]);
        if (m && m[1].length <= level)
            return i;
        // A setext heading (text over `===` / `---`) of this level or above ends the section too.
        const u = SETEXT_UNDERLINE.exec(lines[i + 1] ?? '');
        if (u &&
            lines[i].trim() !== '' &&
            !/^ {0,3}(?:[-*+>]|\d+[.)])(?:[ \t]|$)/.test(lines[i]) &&
            (lines[i - 1] ?? '').trim() === '' &&
            (u[1][0] === '=' ? 1 : 2) <= level)
            return i;
    }
    return lines.length;
}
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** The underline for a new setext heading, like the newest one's: same character, its length following the text where it did. */
function underlineFor(newest, heading) {
    if (newest?.underline === undefined)
        return [];
    const u = newest.underline.trim();
    return [u.length === newest.raw.trim().length ? u[0].repeat(Math.max(3, heading.trim().length)) : newest.underline];
}
/** The first line of the trailing block of `[label]: url` references, or -1. */
function linkRefBlockStart(lines) {
    let i = lines.length - 1;
    while (i >= 0 && lines[i].trim() === '')
        i--;
    let start = -1;
    while (i >= 0 && (LINK_REF.test(lines[i]) || lines[i].trim() === '')) {
        if (LINK_REF.test(lines[i]))
            start = i;
        i--;
    }
    return start;
}
function trimBlank(ls) {
    return trimTrailingBlank(trimLeadingBlank(ls));
}
function trimLeadingBlank(ls) {
    let i = 0;
    while (i < ls.length && ls[i].trim() === '')
        i++;
    return ls.slice(i);
}
function trimTrailingBlank(ls) {
    let j = ls.length;
    while (j > 0 && ls[j - 1].trim() === '')
        j--;
    return ls.slice(0, j);
}
function endsWithBullet(ls) {
    return /^[ \t]*[-*+][ \t]/.test(ls[ls.length - 1] ?? '');
}
function detectBullet(lines) {
    for (const l of lines) {
        const m = /^([-*+])[ \t]+\S/.exec(l);
        if (m)
            return m[1];
    }
    return '-';
}
function sectionUsesGroups(lines, h) {
    const end = sectionEnd(lines, h.line - 1, h.level, -1);
    return lines.slice(h.line, end).some((l) => new RegExp(`^#{${h.level + 1}}[ \\t]`).test(l));
}
/**
 * The heading for the new version in the file's own style: the newest
 * heading with its version and date replaced (and a compare link in it moved
 * on), or Keep a Changelog's `## [X.Y.Z] - date` when there is none.
 */
function renderHeading(newest, level, version, date, unreleased) {
    if (!newest) {
        const hashes = '#'.repeat(level);
        return unreleased && !/\[unreleased\]/i.test(unreleased) ? `${hashes} ${version} - ${date}` : `${hashes} [${version}] - ${date}`;
    }
    const prev = newest.version;
    const at = newest.raw.indexOf(prev);
    let h = newest.raw.slice(0, at) + version + newest.raw.slice(at + prev.length);
    h = h.replace(/\((https?:[^)\s]*)\)/g, (_, url) => `(${moveUrl(url, prev, version)})`);
    h = h.replace(/\b\d{4}-\d{2}-\d{2}\b/, date);
    return h;
}
/** A compare or tag URL for the previous version, moved on to the new one. */
function moveUrl(url, prev, version) {
    const cmp = /^(.*\/compare\/)(\S+?)(\.\.\.?)(\S+)$/.exec(url);
    if (cmp) {
        const to = cmp[4];
        if (to === 'HEAD')
            return `${cmp[1]}${tagFor(cmp[2], version)}${cmp[3]}HEAD`;
        return `${cmp[1]}${to}${cmp[3]}${to.includes(prev) ? to.replace(prev, version) : tagFor(to, version)}`;
    }
    return url.includes(prev) ? url.replace(prev, version) : url;
}
/** `v1.2.3` → `v<version>`, `mychart-1.2.3` → `mychart-<version>`. */
function tagFor(tag, version) {
    const m = /^(.*?)v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
    if (!m)
        return version;
    const v = /v\d/.test(tag.slice(m[1].length, m[1].length + 2)) ? 'v' : '';
    return `${m[1]}${v}${version}`;
}
/**
 * Keeps `[Unreleased]: …/compare/vA...HEAD` and `[A]: …` references current:
 * Unreleased now compares from the new tag, and the new version gets its own
 * reference. Files without references are left alone.
 */
function updateLinkRefs(lines, prev, version, heading) {
    const label = /\[([^\]]+)\]/.exec(heading)?.[1];
    if (!label || !label.includes(version))
        return lines;
    if (lines.some((l) => LINK_REF.exec(l)?.[1] === label))
        return lines;
    const out = [...lines];
    const uRef = out.findIndex((l) => /^unreleased$/i.test(LINK_REF.exec(l)?.[1] ?? ''));
    if (uRef >= 0) {
        const url = LINK_REF.exec(out[uRef])[2];
        const cmp = /^(.*\/compare\/)(\S+?)(\.\.\.?)HEAD$/.exec(url);
        if (!cmp)
            return out;
        const fromTag = cmp[2];
        const newTag = tagFor(fromTag, version);
        out[uRef] = out[uRef].replace(url, `${cmp[1]}${newTag}${cmp[3]}HEAD`);
        out.splice(uRef + 1, 0, `[${label}]: ${cmp[1]}${fromTag}${cmp[3]}${newTag}`);
        return out;
    }
    if (!prev)
        return out;
    const prevRef = out.findIndex((l) => {
        const m = LINK_REF.exec(l);
        return m !== null && m[1].replace(/^v/, '') === prev;
    });
    if (prevRef < 0)
        return out;
    const url = LINK_REF.exec(out[prevRef])[2];
    out.splice(prevRef, 0, `[${label}]: ${moveUrl(url, prev, version)}`);
    return out;
}
/** The bullet entries of the section whose heading is at `index`, with their Keep a Changelog group. */
function sectionEntries(lines, index, level) {
    if (index < 0)
        return [];
    const end = sectionEnd(lines, index, level, linkRefBlockStart(lines));
    const out = [];
    let kind = 'changed';
    for (const l of lines.slice(index + 1, end)) {
        const g = /^#{2,6}[ \t]+(\w+)/.exec(l);
        if (g) {
            kind = KINDS[g[1].toLowerCase()] ?? 'changed';
            continue;
        }
        const b = /^[ ]?[-*+][ \t]+(.+)$/.exec(l);
        if (b)
            out.push({ kind, text: b[1].trim() });
    }
    return out;
}
/**
 * Joins the new lines with `eol`, except in a file with mixed line endings
 * (a CRLF line pasted into an LF file): there every line kept from the file
 * gets its own ending back, so only the added lines show in the diff.
 */
function joinLines(body, original, out, eol) {
    const crlf = (body.match(/\r\n/g) ?? []).length;
    const lf = (body.match(/\n/g) ?? []).length;
    if (crlf === 0 || crlf === lf)
        return out.join(eol);
    const endings = [];
    for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1))
        endings.push(body[i - 1] === '\r' ? '\r\n' : '\n');
    const ends = [];
    let o = 0;
    for (const part of (0,array/* diffArrays */.E)(original, out)) {
        if (part.removed)
            o += part.count ?? part.value.length;
        else if (part.added)
            for (let k = 0; k < part.value.length; k++)
                ends.push(eol);
        else
            for (let k = 0; k < part.value.length; k++)
                ends.push(endings[o++] ?? eol);
    }
    return out.map((l, i) => (i < out.length - 1 ? l + ends[i] : l)).join('');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(1196);
;// CONCATENATED MODULE: ./packages/core/src/yaml/scalars.ts
// How a plain (unquoted) YAML scalar is read. Charts are written for Helm,
// which reads YAML 1.1 (go-yaml v2 behind sigs.k8s.io/yaml), while editors and
// the `yaml` package read YAML 1.2: a value is only safe unquoted when both
// read it back as the same string.
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const NULLS = /^(?:~|null|Null|NULL|)$/;
const YAML11_INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
// go-yaml (what Helm uses) treats a plain scalar as a float only when it has
// one dot or an exponent (`1.10`, `.5`, `1e3`); `1.2.3` stays a string.
const YAML11_FLOAT = /^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const YAML11_TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
const YAML12_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const YAML12_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const YAML12_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** The type a plain scalar resolves to under YAML 1.1 (Helm) — 'str' when it stays a string. */
function yaml11Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML11_BOOL.test(plain))
        return 'bool';
    if (YAML11_INT.test(plain))
        return 'int';
    if (YAML11_FLOAT.test(plain))
        return 'float';
    if (YAML11_TIMESTAMP.test(plain))
        return 'timestamp';
    return 'str';
}
/** The type a plain scalar resolves to under the YAML 1.2 core schema. */
function yaml12Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML12_BOOL.test(plain))
        return 'bool';
    if (YAML12_INT.test(plain))
        return 'int';
    if (YAML12_FLOAT.test(plain))
        return 'float';
    return 'str';
}
/** True when `plain`, written unquoted, reads back as this exact string under YAML 1.1 and 1.2. */
function plainReadsAsString(plain) {
    return yaml11Type(plain) === 'str' && yaml12Type(plain) === 'str';
}
/**
 * True when `value` can be written as a plain scalar in block context at all,
 * and reads back as the same string under both YAML versions.
 */
function isPlainSafe(value) {
    if (value === '' || value !== value.trim())
        return false;
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return false;
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s,[\]{}]/.test(value))
        return false;
    if (/^[-?:](\s|$)/.test(value))
        return false;
    if (/:(\s|$)|\s#/.test(value))
        return false;
    if (/^(?:---|\.\.\.)/.test(value))
        return false;
    return plainReadsAsString(value);
}
/** Double-quotes a string as YAML does, escaping what must be escaped. */
function doubleQuote(value) {
    let out = '"';
    for (const ch of value) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else if (c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return out + '"';
}
/** Single-quotes a string (only `'` needs doubling); undefined when it cannot be (control characters). */
function singleQuote(value) {
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./packages/core/src/yaml/read.ts



/**
 * Parses one YAML document, keeping line numbers. Syntax errors and duplicate
 * keys are UserErrors naming file:line; several documents are refused unless
 * `allowMulti` (then the first is returned).
 */
function parseYaml(text, file, opts = {}) {
    // The yaml package's own uniqueKeys check compares each key with every earlier key of its map:
    // 40,000 keys took 15 s. Keys are checked here instead, one set per map (duplicateKey).
    const docs = (0,yaml_dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    const lineAt = lineIndex(text);
    for (const d of list) {
        const err = d.errors[0];
        const dup = err ? undefined : duplicateKey(d.contents);
        if (err) {
            throw new src_errors/* UserError */.yo(`invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, {
                file,
                line: lineAt(err.pos[0]),
                hint: 'fix the YAML syntax',
            });
        }
        if (dup !== undefined) {
            throw new src_errors/* UserError */.yo(`duplicate key${keyNear(text, dup)} — YAML keeps only one of them`, {
                file,
                line: lineAt(dup),
                hint: 'remove one of the duplicate keys',
            });
        }
    }
    if (list.length > 1 && !opts.allowMulti) {
        const second = list[1];
        throw new src_errors/* UserError */.yo('the file holds more than one YAML document', {
            file,
            line: lineAt(second.range[0]),
            hint: 'keep a single document (no --- separators between documents)',
        });
    }
    // An empty or comments-only file holds no document at all: read it as one empty document (contents null).
    const doc = (list[0] ?? (0,yaml_dist/* parseDocument */.Tp)(text));
    return {
        file,
        text,
        doc,
        empty: list.length === 0,
        documents: list,
        lineAt,
        lineOf: (node) => (node?.range ? lineAt(node.range[0]) : undefined),
    };
}
/** parseYaml of a single-document text (BOM stripped), as a kind of parse a ParseCache keeps; the variant is the file. */
const YAML_DOCUMENT = { name: 'yaml', parse: (text, file) => parseYaml(text, file) };
/** parseYaml of a text that may hold several documents (`allowMulti`), as a ParseCache keeps it. */
const YAML_DOCUMENTS = {
    name: 'yaml-multi',
    parse: (text, file) => parseYaml(text, file, { allowMulti: true }),
};
/**
 * Offset of the first key that repeats an earlier key of the same mapping, in
 * document order; undefined when there is none. Keys are equal as the yaml
 * package's uniqueKeys check has them: scalars with the same value (`1` and
 * `"1"` differ), other keys only when they are the same node. One set per
 * mapping, and an explicit stack (no recursion), so the work is linear in the
 * nodes and deep nesting cannot overflow the stack. Aliases are not followed:
 * the anchored node is checked where it is written.
 */
function duplicateKey(root) {
    let first;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,yaml_dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                const id = (0,yaml_dist/* isScalar */.jn)(key) ? scalarId(key.value) : key;
                if (seen.has(id)) {
                    const at = key?.range?.[0] ?? pair.value?.range?.[0];
                    if (at !== undefined && (first === undefined || at < first))
                        first = at;
                }
                seen.add(id);
                stack.push(pair.key, pair.value);
            }
        }
        else if ((0,yaml_dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                stack.push(item);
        }
    }
    return first;
}
/** A scalar's value as a set member: strings are kept apart from numbers and other values with the same text. */
function scalarId(v) {
    return typeof v === 'string' ? `s:${v}` : v;
}
/** Offset → 1-based line, by binary search over the line starts (built once per text). */
function lineIndex(text) {
    let starts;
    return (offset) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
function keyNear(text, offset) {
    const m = /^[ \t]*(?:- )?["']?([^"':\n]+)["']?\s*:/.exec(text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset)));
    return m ? ` '${m[1].trim()}'` : '';
}
/** The node at a key path in mappings (numbers index sequences), or undefined. */
function nodeAt(parsed, path) {
    let node = parsed.doc.contents;
    for (const key of path) {
        if ((0,yaml_dist/* isAlias */.Vj)(node))
            return undefined;
        if (typeof key === 'number') {
            if (!(0,yaml_dist/* isSeq */.oP)(node))
                return undefined;
            node = node.items[key];
        }
        else {
            if (!(0,yaml_dist/* isMap */.jh)(node))
                return undefined;
            const pair = node.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
            node = pair?.value;
        }
    }
    return (node ?? undefined);
}
/**
 * Reads a scalar meant to be a string (a version, a tag). An unquoted value
 * that YAML would read as a number, boolean or date (`1.10`, `yes`) is a
 * UserError: Helm would see something other than what is written.
 */
function stringField(parsed, path, label = path.join('.')) {
    const node = nodeAt(parsed, path);
    if (node === undefined)
        return undefined;
    const line = parsed.lineOf(node);
    if (!(0,yaml_dist/* isScalar */.jn)(node))
        throw new src_errors/* UserError */.yo(`${label} is not a plain value`, { file: parsed.file, line, hint: 'write it as a string' });
    if (node.value === null && node.type === yaml_dist/* Scalar */.X5.PLAIN && (node.source ?? '') === '')
        return undefined;
    const source = node.range ? parsed.text.slice(node.range[0], node.range[1]) : String(node.value);
    if (node.type === yaml_dist/* Scalar */.X5.PLAIN) {
        const t11 = yaml11Type(source);
        const t12 = yaml12Type(source);
        if (t11 !== 'str' || t12 !== 'str') {
            const kind = t11 !== 'str' ? t11 : t12;
            throw new src_errors/* UserError */.yo(`${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`, {
                file: parsed.file,
                line,
                hint: `quote it: "${source}"`,
            });
        }
    }
    return { value: String(node.value), line, node };
}
/** The value under `key` in a YAML map node (null: the key is there with no value; undefined: not a map, or no such key). */
function mapValue(map, key) {
    if (!isMap(map))
        return undefined;
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
/** A scalar node's value as text; undefined for anything else or an empty scalar. */
function scalarText(node) {
    return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/text/parse-cache.ts
/**
 * Parses kept for one run. An operation reads the same few texts many times —
 * a promotion reads one pin per service from each values file, edits it,
 * checks the edit and reads the result again; a release plans its files twice
 * and its dry run diffs them — and parsing is most of each step's cost. The
 * run creates one ParseCache and hands it down to the updaters (an option or
 * a parameter); an updater given none parses every time, which is correct and
 * only slower. Nothing is kept between runs or between calls of a pure
 * function: the cache dies with the run that made it.
 *
 * Entries are keyed by the text itself, then by the kind of parse and a
 * variant (the file name, which a parse carries into its error messages).
 * The text is the key as it is — no key is built by concatenating it, which
 * would copy and hash the whole file on every read. Cached parses are shared,
 * so whoever gets one only reads it.
 *
 * Bounded, least recently used first out: by the number of texts kept and by
 * their total length, so a run over thousands of charts or one huge values
 * file cannot hold every parse it ever made. A text longer than the whole
 * budget is parsed and not kept.
 */
class ParseCache {
    // text → (kind name + variant) → parse. Map order is the recency order: a hit moves its text to the end.
    #texts = new Map();
    #maxTexts;
    #maxChars;
    #chars = 0;
    // The text touched last and its entries: it is already the most recently used, so the next reader of the same
    // text (a status reads ~300 pins from each values file in a row) finds it without moving it, which for a Map
    // is a delete and a set, and a rehash every few of them.
    #lastText;
    #lastEntries;
    /** `maxTexts` texts (default 4096) and `maxChars` UTF-16 units of text (default 32 Mi) at most. */
    constructor(limits = {}) {
        this.#maxTexts = limits.maxTexts ?? 4096;
        this.#maxChars = limits.maxChars ?? 32 * 1024 * 1024;
    }
    /** The parse of `text` by `kind` for `variant`: the kept one, else a fresh one, kept. A parse that throws is not kept. */
    get(kind, text, variant = '') {
        const key = entryKey(kind, variant);
        const byKind = this.#touch(text);
        if (byKind?.has(key))
            return byKind.get(key);
        const value = kind.parse(text, variant);
        this.put(kind, text, value, variant);
        return value;
    }
    /** Keeps a parse a caller already made (e.g. while planning), for the next reader of the same text. */
    put(kind, text, value, variant = '') {
        if (text.length > this.#maxChars)
            return;
        let byKind = this.#touch(text);
        if (!byKind) {
            byKind = new Map();
            this.#texts.set(text, byKind);
            this.#chars += text.length;
            [this.#lastText, this.#lastEntries] = [text, byKind];
        }
        byKind.set(entryKey(kind, variant), value);
        this.#evict();
    }
    /** The kept parse, if any; never parses. */
    peek(kind, text, variant = '') {
        return this.#touch(text)?.get(entryKey(kind, variant));
    }
    /**
     * Lets go of every parse of `text`, for a caller that knows it is read no
     * more (a promotion's target values before the edit, once the edit is
     * checked): a parse of a large file is megabytes the run need not hold. A
     * later reader of the same text parses it again, which is correct and only
     * slower.
     */
    forget(text) {
        this.#forgetLast();
        if (!this.#texts.delete(text))
            return;
        this.#chars -= text.length;
    }
    /** Lets go of every parse kept (the run's last reader is done; a later one parses again). */
    clear() {
        this.#forgetLast();
        this.#texts.clear();
        this.#chars = 0;
    }
    /** How many texts are kept, and their total length (for tests of the bound). */
    get size() {
        return { texts: this.#texts.size, chars: this.#chars };
    }
    /** The text's entries, moved to the most recently used end. */
    #touch(text) {
        if (this.#lastEntries !== undefined && text === this.#lastText)
            return this.#lastEntries;
        const byKind = this.#texts.get(text);
        if (byKind) {
            this.#texts.delete(text);
            this.#texts.set(text, byKind);
            [this.#lastText, this.#lastEntries] = [text, byKind];
        }
        return byKind;
    }
    #forgetLast() {
        [this.#lastText, this.#lastEntries] = [undefined, undefined];
    }
    #evict() {
        for (const oldest of this.#texts.keys()) {
            if (this.#texts.size <= this.#maxTexts && this.#chars <= this.#maxChars)
                return;
            if (oldest === this.#lastText)
                this.#forgetLast();
            this.#texts.delete(oldest);
            this.#chars -= oldest.length;
        }
    }
}
/** The parse of `text` through `cache` when the caller has one, else a fresh parse. */
function parse_cache_parseWith(cache, kind, text, variant = '') {
    return cache ? cache.get(kind, text, variant) : kind.parse(text, variant);
}
function entryKey(kind, variant) {
    return variant === '' ? kind.name : `${kind.name}\0${variant}`;
}

;// CONCATENATED MODULE: ./packages/core/src/edits/yaml-edit.ts
// Byte-minimal YAML editing for any file (Chart.yaml, values files, ArgoCD
// Application manifests): the `yaml` parser finds the value's node, and only
// that node's bytes are replaced, so comments, quoting, key order, line endings,
// a BOM and the final newline stay as they were. Re-serialising the document
// (Document#toString) would reformat the whole file, which reviewers notice.
//
//   setScalar(text, file, ['spec', 'source', 'targetRevision'], '1.2.3')
//   setScalars(text, file, [{ path: ['version'], value }, { path: ['appVersion'], value, create: true, after: 'version' }])
//   setBlockScalar(text, file, ['annotations', 'artifacthub.io/changes'], lines, { create: true })
//
// Each is a pure (text) => text function; edits/transaction.ts writes files.





/** `dependencies[0].version`, `annotations."artifacthub.io/changes"`: a path as users read it. */
function formatPath(path) {
    let out = '';
    for (const k of path) {
        if (typeof k === 'number')
            out += `[${k}]`;
        else
            out += (out === '' ? '' : '.') + (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));
    }
    return out;
}
function yaml_edit_frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    const crlf = body.indexOf('\r\n');
    const lf = body.indexOf('\n');
    return { bom, body, eol: crlf !== -1 && crlf < lf ? '\r\n' : '\n' };
}
/**
 * Walks a key path the way a reader of the file would, refusing what the byte
 * editor cannot change faithfully: a value reached through an alias or a merge
 * key (`<<`), and a value that an alias elsewhere repeats (editing it would
 * silently change the copies too).
 */
function locate(parsed, path, label) {
    const file = parsed.file;
    const aliased = aliasedAnchors(parsed);
    let node = parsed.doc.contents;
    const parents = [];
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        if (node === null)
            throw new src_errors/* UserError */.yo(`${label}: the file is empty`, { file, line: 1, hint: 'write the chart metadata first' });
        refuseShared(parsed, node, label, aliased);
        if (typeof key === 'number') {
            if (!(0,yaml_dist/* isSeq */.oP)(node))
                throw new src_errors/* UserError */.yo(`${label}: ${formatPath(path.slice(0, i)) || 'the document'} is not a list`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            const item = node.items[key];
            if (item === undefined)
                throw new src_errors/* UserError */.yo(`${label}: there is no item ${key} in ${formatPath(path.slice(0, i))}`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            parents.push(node);
            node = item;
            continue;
        }
        if (!(0,yaml_dist/* isMap */.jh)(node)) {
            const where = formatPath(path.slice(0, i));
            const hint = where && (0,yaml_dist/* isScalar */.jn)(node)
                ? `write ${where} as a mapping (\`${where}:\` with indented \`key: value\` lines), or check the key path`
                : 'check the key path';
            throw new src_errors/* UserError */.yo(`${label}: ${where || 'the document'} is not a mapping`, { file, line: parsed.lineOf(node), hint });
        }
        const map = node;
        const pairs = map.items.filter((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
        if (pairs.length > 1)
            throw new src_errors/* UserError */.yo(`duplicate key '${key}'`, {
                file,
                line: parsed.lineOf(pairs[1].key),
                hint: 'remove one of the duplicate keys',
            });
        const pair = pairs[0];
        if (!pair) {
            const merge = map.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && p.key.value === '<<');
            if (merge)
                throw new src_errors/* UserError */.yo(`${label} would come from a merge key (<<), not from this mapping`, {
                    file,
                    line: parsed.lineOf(merge.key),
                    hint: `write ${key} explicitly in the mapping`,
                });
            return { found: false, parent: map, missing: path.slice(i), parents };
        }
        parents.push(map);
        if (pair.value === null) {
            // `key:` with nothing after it: an empty scalar sits right after the colon.
            if (i === path.length - 1) {
                const at = pair.key && pair.key.range ? pair.key.range[1] : 0;
                const colon = parsed.text.indexOf(':', at);
                const empty = new yaml_dist/* Scalar */.X5(null);
                empty.range = [colon + 1, colon + 1, colon + 1];
                return { found: true, node: empty, parents };
            }
            throw new src_errors/* UserError */.yo(`${label}: ${formatPath(path.slice(0, i + 1))} is empty`, {
                file,
                line: parsed.lineOf(pair.key),
                hint: 'fill in the mapping',
            });
        }
        node = pair.value;
    }
    if (node === null)
        throw new src_errors/* UserError */.yo(`${label}: the file is empty`, { file, line: 1 });
    refuseShared(parsed, node, label, aliased);
    return { found: true, node, parents };
}
/** The anchors each parse's aliases name, found once per parse: a promotion locates thousands of paths in one file. */
const anchorsOf = new WeakMap();
function aliasedAnchors(parsed) {
    let names = anchorsOf.get(parsed);
    if (names)
        return names;
    names = new Set();
    anchorsOf.set(parsed, names);
    if (!parsed.text.includes('*'))
        return names;
    (0,yaml_dist/* visit */.YR)(parsed.doc, {
        Alias(_, a) {
            names.add(a.source);
        },
    });
    return names;
}
function refuseShared(parsed, node, label, aliased) {
    if ((0,yaml_dist/* isAlias */.Vj)(node))
        throw new src_errors/* UserError */.yo(`${label} is reached through the alias *${node.source}`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the value out instead of using an alias',
        });
    const anchor = node.anchor;
    if (anchor && aliased.has(anchor))
        throw new src_errors/* UserError */.yo(`${label} is inside &${anchor}, which an alias repeats elsewhere`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the values out instead of using an anchor and alias',
        });
}
function inFlow(parents) {
    return parents.some((p) => ((0,yaml_dist/* isMap */.jh)(p) || (0,yaml_dist/* isSeq */.oP)(p)) && p.flow === true);
}
/** How a new scalar is written where a scalar of `style` was: the same quoting when it reads back right. */
function renderScalar(value, style, flow = false) {
    if (style === yaml_dist/* Scalar */.X5.QUOTE_DOUBLE)
        return doubleQuote(value);
    if (style === yaml_dist/* Scalar */.X5.QUOTE_SINGLE)
        return singleQuote(value) ?? doubleQuote(value);
    const plainOk = isPlainSafe(value) && !(flow && /[,[\]{}]/.test(value));
    return plainOk ? value : doubleQuote(value);
}
/**
 * Parses for editing through parseShared: parseYaml's UserErrors (syntax,
 * duplicate keys, several documents) name file:line, and a file without any
 * document is refused.
 */
function parseBody(body, file, cache) {
    const parsed = parseShared(body, file, cache);
    if (parsed.empty)
        throw new src_errors/* UserError */.yo('the file holds no YAML document', { file, line: 1, hint: 'write its keys first' });
    return parsed;
}
/**
 * parseYaml of `body` (BOM already stripped) for `file`, shared through the
 * run's `cache` with whoever reads or edits the same text next. A promotion
 * reads pins from a values file, edits it, checks the edit and reads the
 * result again; with the run's cache each of those texts is parsed once
 * instead of once per step. The document is shared, so callers only read it.
 * Without a cache the text is parsed every time.
 */
function parseShared(body, file, cache) {
    return parse_cache_parseWith(cache, YAML_DOCUMENT, body, file);
}
/**
 * Offers a parse a caller already made (e.g. parseChart while planning) of
 * `parsed.text` (BOM stripped, as parseYaml returns it) to the next edit of
 * exactly that text and file through `cache`.
 */
function primeParse(parsed, cache) {
    cache.put(YAML_DOCUMENT, parsed.text, parsed, parsed.file);
}
/** The parsed document of a text `cache` holds for `file` (BOM already stripped), if it still does. */
function recentlyParsed(body, file, cache) {
    return cache?.peek(YAML_DOCUMENT, body, file)?.doc;
}
/**
 * Sets the scalar at `path` to the string `value`, changing only that
 * scalar's bytes: quoting style, trailing comment, indentation, line endings,
 * BOM and final newline stay. A value that would not read back as the same
 * string unquoted is double-quoted. Returns the text unchanged when the value
 * is already there. Refuses (UserError at file:line) an ambiguous existing
 * plain value (`1.10`), a block scalar, duplicate keys, aliases, merge keys,
 * several documents, and a missing key unless `create`.
 */
function setScalar(text, file, path, value, opts = {}) {
    const { document, cache, ...edit } = opts;
    return setScalars(text, file, [{ path, value, ...edit }], { document, cache });
}
/**
 * The parse an edit works on: the single document (the usual, cached path),
 * or with `document` the chosen one of several, its ranges still offsets into
 * the whole text so splices land in the right place.
 */
function parseForEdit(body, file, document, cache) {
    if (document === undefined)
        return parseBody(body, file, cache);
    const all = parse_cache_parseWith(cache, YAML_DOCUMENTS, body, file);
    const doc = all.documents?.[document];
    if (!doc)
        throw new src_errors/* UserError */.yo(`the file has no document ${document + 1}`, { file, line: 1, hint: 'check the --- separated documents' });
    return { ...all, doc, empty: false };
}
/** Works out the bytes one edit replaces, with every refusal setScalar documents. */
function spliceFor(parsed, e) {
    const { file, text: body } = parsed;
    const label = formatPath(e.path);
    // `image:` with nothing under it: the new key fills it (after the other edits).
    if (e.create && fillEmptyParent(parsed, '\n', e.path, ['x: x'], 2) !== undefined)
        return { create: e };
    const at = locate(parsed, e.path, label);
    if (!at.found) {
        if (!e.create || at.missing.length !== 1)
            throw new src_errors/* UserError */.yo(`${label} is missing`, {
                file,
                line: parsed.lineOf(at.parent) ?? 1,
                hint: at.missing.length === 1 ? `add \`${at.missing[0]}: ${renderScalar(e.value, undefined)}\`` : `add ${label}`,
            });
        return { create: e };
    }
    const node = at.node;
    const line = parsed.lineOf(node) ?? parsed.lineAt(node.range?.[0] ?? 0);
    if (!(0,yaml_dist/* isScalar */.jn)(node))
        throw new src_errors/* UserError */.yo(`${label} is a ${(0,yaml_dist/* isMap */.jh)(node) ? 'mapping' : 'list'}, not a single value`, {
            file,
            line,
            hint: 'check the key path',
        });
    const scalar = node;
    const [start, end] = scalar.range;
    if (scalar.type === yaml_dist/* Scalar */.X5.BLOCK_LITERAL || scalar.type === yaml_dist/* Scalar */.X5.BLOCK_FOLDED)
        throw new src_errors/* UserError */.yo(`${label} is a block scalar (| or >), which this edit does not rewrite`, {
            file,
            line,
            hint: 'write the value on one line, e.g. `key: "1.2.3"`',
        });
    const source = body.slice(start, end);
    const empty = scalar.value === null;
    if (scalar.type === yaml_dist/* Scalar */.X5.PLAIN && !empty && !plainReadsAsString(source) && !e.replaceAmbiguous)
        throw new src_errors/* UserError */.yo(`${label}: ${source} is read as ${describe(source)}, not the string written`, {
            file,
            line,
            hint: `quote it: "${source}"`,
        });
    if (!empty && String(scalar.value) === e.value)
        return undefined;
    let rendered = renderScalar(e.value, empty ? undefined : scalar.type, inFlow(at.parents));
    if (empty && start === end && body[start - 1] === ':')
        rendered = ` ${rendered}`;
    return { start, end, text: rendered };
}
/**
 * Applies several scalar edits with one parse when they all replace existing
 * values (the usual case), the untouched stretches and the new bytes joined
 * once, so the work is linear in the file and the edits; edits that create
 * keys run afterwards, each on a fresh parse.
 */
function setScalars(text, file, edits, opts = {}) {
    const { bom, body, eol } = yaml_edit_frame(text);
    const parsed = parseForEdit(body, file, opts.document, opts.cache);
    const splices = edits.map((e) => spliceFor(parsed, e)).filter((s) => s !== undefined);
    const replace = splices.filter((s) => 'start' in s).sort((a, b) => a.start - b.start);
    // The untouched stretches between the splices and the new bytes, joined once: splicing into the whole text
    // once per edit copied it each time (500 services' pins in a 320 KB values file allocated 320 MB).
    let out = body;
    if (replace.length > 0) {
        const parts = [];
        let at = 0;
        for (const r of replace) {
            // The same value edited twice (the sort keeps the given order of equal starts): the later edit wins.
            if (r.start < at) {
                parts[parts.length - 1] = r.text;
                continue;
            }
            parts.push(body.slice(at, r.start), r.text);
            at = r.end;
        }
        parts.push(body.slice(at));
        out = parts.join('');
    }
    for (const s of splices) {
        if (!('create' in s))
            continue;
        const p = parseForEdit(out, file, opts.document, opts.cache);
        const leaf = s.create.path[s.create.path.length - 1];
        const filled = typeof leaf === 'string'
            ? fillEmptyParent(p, eol, s.create.path, [`${yamlKey(leaf)}: ${renderScalar(s.create.value, undefined)}`], indentUnit(p))
            : undefined;
        if (filled !== undefined) {
            out = filled;
            continue;
        }
        const at = locate(p, s.create.path, formatPath(s.create.path));
        if (at.found)
            continue;
        const flow = at.parent.flow === true || inFlow(at.parents);
        const like = s.create.quoteLike === undefined
            ? undefined
            : at.parent.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === s.create.quoteLike)?.value;
        const style = (0,yaml_dist/* isScalar */.jn)(like) && (like.type === yaml_dist/* Scalar */.X5.QUOTE_DOUBLE || like.type === yaml_dist/* Scalar */.X5.QUOTE_SINGLE) ? like.type : undefined;
        const rendered = `${yamlKey(at.missing[0], at.parent)}: ${renderScalar(s.create.value, style, flow)}`;
        out = insertPair(p, eol, at.parent, [rendered], s.create.after);
    }
    return out === body ? text : bom + out;
}
function describe(source) {
    if (/^[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?$/.test(source) || /^0[xob]/.test(source))
        return 'a number';
    if (/^\d{4}-/.test(source))
        return 'a date';
    return 'a boolean or null';
}
/** A new key written as YAML, quoted the way the mapping's first key is (plain when that is safe). */
function yamlKey(key, map) {
    const style = (0,yaml_dist/* isScalar */.jn)(map?.items[0]?.key) ? map.items[0].key.type : undefined;
    if (style === yaml_dist/* Scalar */.X5.QUOTE_DOUBLE)
        return doubleQuote(key);
    if (style === yaml_dist/* Scalar */.X5.QUOTE_SINGLE)
        return singleQuote(key) ?? doubleQuote(key);
    return isPlainSafe(key) && !/[,[\]{}]/.test(key) ? key : doubleQuote(key);
}
function columnOf(text, offset) {
    const nl = text.lastIndexOf('\n', offset - 1);
    return offset - (nl + 1);
}
/** The indentation step the file uses for nested mappings (2 when it cannot tell). */
function indentUnit(parsed) {
    const root = parsed.doc.contents;
    let found = 0;
    const walk = (map, depth) => {
        if (found || depth > 3)
            return;
        for (const p of map.items) {
            const v = p.value;
            if ((0,yaml_dist/* isMap */.jh)(v) && !v.flow && v.items.length > 0 && p.key && p.key.range) {
                const child = v.items[0].key.range[0];
                const diff = columnOf(parsed.text, child) - columnOf(parsed.text, p.key.range[0]);
                if (diff > 0) {
                    found = diff;
                    return;
                }
            }
            if ((0,yaml_dist/* isMap */.jh)(v))
                walk(v, depth + 1);
        }
    };
    if ((0,yaml_dist/* isMap */.jh)(root))
        walk(root, 0);
    return found || 2;
}
/**
 * Inserts a pair into a mapping, as lines in the mapping's own indentation:
 * after `after` when that key exists, else after the last pair. `lines` are
 * relative to the key's column (nested lines carry their own extra indent).
 */
function insertPair(parsed, eol, map, lines, after) {
    const body = parsed.text;
    if (map.flow) {
        if (lines.length !== 1)
            throw new src_errors/* UserError */.yo('cannot add a nested value to a flow mapping ({…})', {
                file: parsed.file,
                line: parsed.lineOf(map),
                hint: 'write the mapping in block style',
            });
        const close = body.lastIndexOf('}', map.range[1]);
        const inner = body.slice(map.range[0] + 1, close);
        const sep = inner.trim() === '' ? '' : ', ';
        let cut = close;
        while (cut > map.range[0] + 1 && /[ \t]/.test(body[cut - 1]))
            cut--;
        return body.slice(0, cut) + sep + lines[0] + body.slice(cut);
    }
    if (map.items.length === 0)
        throw new src_errors/* UserError */.yo('cannot add a key to an empty mapping', {
            file: parsed.file,
            line: parsed.lineOf(map),
            hint: 'add the key by hand',
        });
    const firstKey = map.items[0].key;
    const indent = ' '.repeat(columnOf(body, firstKey.range[0]));
    const anchorPair = (after !== undefined ? map.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === after) : undefined) ??
        map.items[map.items.length - 1];
    const v = anchorPair.value;
    const endOfPair = v?.range ? v.range[1] : anchorPair.key.range[2];
    let at;
    if (endOfPair > 0 && body[endOfPair - 1] === '\n')
        at = endOfPair;
    else {
        const nl = body.indexOf('\n', endOfPair);
        at = nl === -1 ? -1 : nl + 1;
    }
    const block = lines.map((l) => indent + l).join(eol);
    if (at === -1)
        return body + eol + block;
    return body.slice(0, at) + block + eol + body.slice(at);
}
/**
 * Sets `path` to a literal block scalar (`key: |` and indented lines) holding
 * `content`, e.g. the `artifacthub.io/changes` annotation. Replaces the value
 * when the key exists; with `create`, adds the key, and its parent mapping
 * when that is missing too (one level, e.g. `annotations:`).
 */
function setBlockScalar(text, file, path, content, opts = {}) {
    const { bom, body, eol } = yaml_edit_frame(text);
    const parsed = parseBody(body, file, opts.cache);
    const label = formatPath(path);
    const unit = indentUnit(parsed);
    const lines = content.replace(/\n+$/, '').split('\n');
    const leafKey = yamlKey(String(path[path.length - 1]));
    const childLines = [`${leafKey}: |`, ...lines.map((l) => (l === '' ? '' : ' '.repeat(unit) + l))];
    const filled = opts.create ? fillEmptyParent(parsed, eol, path, childLines, unit) : undefined;
    if (filled !== undefined)
        return bom + filled;
    const at = locate(parsed, path, label);
    if (!at.found) {
        if (!opts.create || at.missing.length > 2)
            throw new src_errors/* UserError */.yo(`${label} is missing`, { file, line: parsed.lineOf(at.parent) ?? 1, hint: `add ${label}` });
        const pad = ' '.repeat(unit);
        const leaf = at.missing[at.missing.length - 1];
        let rendered = [`${yamlKey(leaf, at.missing.length === 1 ? at.parent : undefined)}: |`, ...lines.map((l) => (l === '' ? '' : pad + l))];
        if (at.missing.length === 2)
            rendered = [`${yamlKey(at.missing[0], at.parent)}:`, ...rendered.map((l) => (l === '' ? '' : pad + l))];
        return bom + insertPair(parsed, eol, at.parent, rendered);
    }
    const node = at.node;
    const line = parsed.lineOf(node);
    if (!(0,yaml_dist/* isScalar */.jn)(node))
        throw new src_errors/* UserError */.yo(`${label} is a ${(0,yaml_dist/* isMap */.jh)(node) ? 'mapping' : 'list'}, not a text value`, { file, line, hint: 'check the key path' });
    if (inFlow(at.parents))
        throw new src_errors/* UserError */.yo(`${label} is inside a flow mapping ({…}), where a block scalar cannot go`, {
            file,
            line,
            hint: 'write the mapping in block style',
        });
    const scalar = node;
    if (scalar.value !== null && String(scalar.value) === `${lines.join('\n')}\n` && scalar.type === yaml_dist/* Scalar */.X5.BLOCK_LITERAL)
        return text;
    const parentMap = at.parents[at.parents.length - 1];
    const pair = parentMap.items.find((p) => p.value === node);
    const keyCol = pair?.key && pair.key.range ? columnOf(body, pair.key.range[0]) : 0;
    const pad = ' '.repeat(keyCol + unit);
    const [start, end] = scalar.range;
    let stop;
    // A comment on the key's line (`key: |  # generated`) is the author's and stays on the new header.
    let comment;
    if (scalar.type === yaml_dist/* Scalar */.X5.BLOCK_LITERAL || scalar.type === yaml_dist/* Scalar */.X5.BLOCK_FOLDED) {
        comment = /^[|>][-+0-9]*([ \t]+#[^\r\n]*)?/.exec(body.slice(start, end))?.[1] ?? '';
        // Up to the end of the last line with content: trailing blank lines stay, trailing spaces of old content go.
        const lastChar = start + body.slice(start, end).replace(/\s+$/, '').length;
        const lineEnd = body.slice(lastChar, end).search(/\r?\n/);
        stop = lineEnd === -1 ? end : lastChar + lineEnd;
    }
    else {
        // A one-line value is replaced up to the end of its line; a comment after it moves onto the header.
        const nl = body.indexOf('\n', end);
        stop = nl === -1 ? body.length : body[nl - 1] === '\r' ? nl - 1 : nl;
        comment = /^([ \t]+#.*)?/.exec(body.slice(end, stop))?.[1] ?? '';
    }
    const head = (start === end && body[start - 1] === ':' ? ' |' : '|') + comment.replace(/[ \t]+$/, '');
    const rendered = [head, ...lines.map((l) => (l === '' ? '' : pad + l))].join(eol);
    return bom + body.slice(0, start) + rendered + body.slice(stop);
}
/**
 * `annotations:` with nothing after it, `annotations: ~` (or `null`), or
 * `annotations: {}`: the parent of a new block scalar exists but is empty, so
 * it is written out in block style in its place, in the file's indentation; a
 * comment after it stays on its line. Undefined when the parent is not such an empty value.
 */
function fillEmptyParent(parsed, eol, path, childLines, unit) {
    if (path.length < 2)
        return undefined;
    const parentPath = path.slice(0, -1);
    const grand = parentPath.length === 1 ? parsed.doc.contents : locateOrUndefined(parsed, parentPath.slice(0, -1));
    if (!(0,yaml_dist/* isMap */.jh)(grand) || grand.flow)
        return undefined;
    const key = parentPath[parentPath.length - 1];
    const pair = grand.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    const value = pair?.value;
    // `annotations:`, `annotations: ~` / `null` and `annotations: {}` all mean "no annotations yet".
    const empty = value === null ||
        ((0,yaml_dist/* isScalar */.jn)(value) && value.value === null && (value.type === yaml_dist/* Scalar */.X5.PLAIN || value.range[0] === value.range[1])) ||
        ((0,yaml_dist/* isMap */.jh)(value) && value.flow === true && value.items.length === 0);
    if (!pair || !empty)
        return undefined;
    const body = parsed.text;
    const keyStart = pair.key.range[0];
    const colon = body.indexOf(':', pair.key.range[1]);
    const end = value && value.range ? Math.max(value.range[1], colon + 1) : colon + 1;
    const nl = body.indexOf('\n', end);
    const rest = body.slice(end, nl === -1 ? body.length : nl).replace(/\r$/, '');
    // A comment after the empty value stays on the parent's line; anything else is not ours to move.
    if (rest.trim() !== '' && !/^[ \t]+#/.test(rest))
        return undefined;
    const comment = rest.trim() === '' ? '' : rest.replace(/[ \t]+$/, '');
    const keyIndent = ' '.repeat(columnOf(body, keyStart));
    const pad = ' '.repeat(unit);
    const block = childLines.map((l) => (l === '' ? '' : keyIndent + pad + l));
    return body.slice(0, colon + 1) + comment + eol + block.join(eol) + body.slice(end + rest.length);
}
function locateOrUndefined(parsed, path) {
    try {
        const at = locate(parsed, path, formatPath(path));
        return at.found ? at.node : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/core/src/edits/same-data.ts
// Whether two readings of YAML hold the same data, in time linear in what the documents spell out. The yaml
// library reads an alias as the very object its anchor made, so nine levels of nine aliases (a billion laughs)
// are nine objects shared along 9^9 paths: node:util's isDeepStrictEqual walks every path (an edit check on such
// a values file took minutes), while here a pair of objects already being compared, or found equal, is not walked
// again. The answer is isDeepStrictEqual's for the plain data YAML reads (mappings as plain objects, sequences as
// arrays, scalars); anything else (a Map, a Set, a Date a custom tag made) is left to isDeepStrictEqual.

/** `a` and `b` hold the same data (a cycle that an alias to an ancestor makes is equal where its walk is). */
function sameData(a, b) {
    return same(a, b, new WeakMap());
}
function same(a, b, met) {
    if (Object.is(a, b))
        return true;
    if (!isPlain(a) || !isPlain(b))
        return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && (0,external_node_util_.isDeepStrictEqual)(a, b);
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    let partners = met.get(a);
    if (partners?.has(b))
        return true;
    if (!partners)
        met.set(a, (partners = new WeakSet()));
    partners.add(b);
    if (Array.isArray(a)) {
        const other = b;
        return a.length === other.length && a.every((v, i) => i in other === i in a && same(v, other[i], met));
    }
    const ka = Object.keys(a);
    const ob = b;
    if (ka.length !== Object.keys(ob).length)
        return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && same(a[k], ob[k], met));
}
/** An array, or an object whose prototype is Object's or none: the shapes a YAML reading builds. */
function isPlain(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    if (Array.isArray(v))
        return Object.getPrototypeOf(v) === Array.prototype;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}

// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(8105);
;// CONCATENATED MODULE: ./packages/core/src/yaml/js-yaml-core.ts
// js-yaml read as the yaml package reads a plain document with the YAML 1.2
// core schema: the scalar resolution and maps of the yaml package, and the test
// of which texts the two libraries read alike (render/documents.ts says why
// and where it is used: a render's output, the pin index, the config file).

/**
 * A plain scalar as the yaml package's core schema resolves it: the first of a
 * tag's patterns that matches (one js-yaml tag per tag name: a schema keeps the
 * last tag of a name).
 */
function coreScalar(tagName, firstChars, forms) {
    return (0,js_yaml/* defineScalarTag */.Gf)(`tag:yaml.org,2002:${tagName}`, {
        implicit: true,
        implicitFirstChars: firstChars,
        resolve: (s) => {
            for (const [test, resolve] of forms)
                if (test.test(s))
                    return resolve(s);
            return js_yaml/* NOT_RESOLVED */.Hg;
        },
        identify: () => false,
    });
}
const NUMBER_START = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.'];
/** The yaml package's YAML 1.2 core resolution (yaml/dist/schema/core), pattern for pattern, in its order. */
const FORMS = {
    null: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]],
    bool: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']],
    int: [
        [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
        [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
        [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
    ],
    float: [
        [
            /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
            (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity),
        ],
        [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
        [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ],
};
const CORE = [
    coreScalar('null', ['', '~', 'n', 'N'], FORMS.null),
    coreScalar('bool', ['t', 'T', 'f', 'F'], FORMS.bool),
    coreScalar('int', NUMBER_START, FORMS.int),
    coreScalar('float', NUMBER_START, FORMS.float),
];
/** Every pattern of FORMS, flat. */
const NON_STRING = Object.values(FORMS).flatMap((forms) => forms.map(([test]) => test));
/** The first characters a pattern of FORMS can match (the empty text aside): the others are strings without a test. */
const NON_STRING_FIRST = new Set([...'~nNtTfF', ...NUMBER_START]);
/** Whether a plain scalar of this text is read as no string (null, a boolean, a number) by the YAML 1.2 core schema. */
function coreNonString(s) {
    if (s !== '' && !NON_STRING_FIRST.has(s[0]))
        return false;
    return NON_STRING.some((test) => test.test(s));
}
/** A scalar key as the yaml package writes it into a plain object: null is '', anything else its String(). */
const keyOf = (key) => (key === null ? '' : String(key));
/**
 * Maps as the yaml package's toJS builds them: plain objects, a key written
 * over an inherited name (`__proto__`, `toString`) as an own property. A key
 * that is a map or a list (the yaml package prints it as YAML, js-yaml would
 * not) is refused, and so is a key met twice (js-yaml refuses it): the yaml
 * package reads those.
 */
const MAP = (0,js_yaml/* defineMappingTag */.bH)('tag:yaml.org,2002:map', {
    create: () => ({}),
    addPair: (map, key, value) => {
        if (key !== null && typeof key === 'object')
            return 'a key that is a map or a list';
        const k = keyOf(key);
        if (k in map)
            Object.defineProperty(map, k, { value, writable: true, enumerable: true, configurable: true });
        else
            map[k] = value;
        return '';
    },
    has: (map, key) => Object.hasOwn(map, keyOf(key)),
    keys: (map) => Object.keys(map),
    get: (map, key) => map[keyOf(key)],
    identify: () => false,
});
/** js-yaml's schema that reads plain scalars and maps as the yaml package's YAML 1.2 core schema does. */
const CORE_SCHEMA_LIKE_YAML = new js_yaml/* Schema */.Sj([js_yaml/* strTag */.ym, js_yaml/* seqTag */.UD, MAP, ...CORE]);
/**
 * Whether what stands before `start` on its line is what may stand before a block collection: indentation, and the
 * `- ` of the lists it opens (` *(?:- +)*`), read in place: a render has a block collection every few lines.
 */
function blockLineStart(text, start) {
    let i = text.lastIndexOf('\n', start - 1) + 1;
    while (i < start && text.charCodeAt(i) === 32)
        i++;
    while (i < start) {
        if (text.charCodeAt(i) !== 45 || i + 1 >= start || text.charCodeAt(i + 1) !== 32)
            return false;
        i++;
        while (i < start && text.charCodeAt(i) === 32)
            i++;
    }
    return true;
}
/** Keys longer than this are the yaml package's to judge (it refuses an implicit key past 1024 characters, js-yaml does not). */
const LONG_KEY = 1000;
/**
 * Whether js-yaml's events hold nothing the two libraries read differently:
 * no tag, anchor, alias or directive, no key past LONG_KEY characters, and
 * every block map or list starting its own line (or after the `- ` of a list),
 * where the yaml package refuses what js-yaml takes (`a: b: c`, `: b: c`).
 */
function plain(text, events) {
    /** Per open node (document, map, list): whether it is a map, and how many children it has had. */
    const open = [];
    for (const e of events) {
        if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            open.pop();
            continue;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            if (e.directives.length > 0)
                return false;
            open.push({ map: false, children: 0 });
            continue;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1)
            return false;
        const parent = open[open.length - 1];
        const key = parent.map && parent.children % 2 === 0;
        parent.children++;
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            if (key && e.valueEnd - e.valueStart > LONG_KEY)
                return false;
            continue;
        }
        if (e.style === js_yaml/* COLLECTION_STYLE */.Rl.BLOCK && !blockLineStart(text, e.start))
            return false;
        open.push({ map: e.type === js_yaml/* EVENT_ID */.hy.MAPPING, children: 0 });
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/yaml/plain-document.ts
// One YAML document read by js-yaml where it reads exactly as the yaml package
// does (js-yaml-core.ts: no tag, anchor, alias, directive or long key, every
// block collection on its own line): its data, and the line each node starts
// at, without the yaml package's syntax tree. The config file of a fleet (300
// services, 100 environments: 40 KB) took ~90 ms to compose into that tree on
// every command, and ~20 MB of garbage, where its data and lines are all a
// valid config needs; js-yaml's events give both in a fraction of that.
//
// A line is answered where js-yaml's events place the node where the yaml
// package's range starts: a collection (its first key or `-`, or its `{`/`[`)
// and a one-line or quoted scalar. An empty scalar (`key:`) and a block
// scalar (`|`, `>`, whose content js-yaml places on the next line) are
// UNKNOWN: the caller asks the yaml package. A path that leads nowhere is
// undefined, as nodeAt says, which only holds when every key reads as the
// same string in both libraries: a plain key the core schema reads as no
// string (`1.0:`, `true:`, `~:`) or a key that is a collection makes the text
// not this reader's (undefined), as is anything js-yaml refuses (a duplicate
// key) and more than one document.


/** Where a node starts is not known from the events: the yaml package says. */
const UNKNOWN = Symbol('unknown line');
/** 1-based lines of increasing offsets, counted as they pass (the events come in the order of the text). */
function lineCursor(text) {
    let [line, next] = [1, text.indexOf('\n')];
    return (offset) => {
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        return line;
    };
}
/** A key as the yaml package's nodeAt compares it (String of its value), or undefined where that may differ from the text. */
function keyText(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
        return undefined;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, e);
    return e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && coreNonString(value) ? undefined : value;
}
/** The line index of the document's events; undefined at a key it cannot read as the yaml package does. */
function plain_document_lineIndex(text, events) {
    const lineAt = lineCursor(text);
    const open = [];
    let root;
    const place = (node) => {
        const top = open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.items)
            top.node.items.push(node);
        else {
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
    };
    for (const e of events) {
        const top = open[open.length - 1];
        const keyNext = top !== undefined && top.node.keys !== undefined && top.key === undefined;
        if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            const closed = open.pop();
            if (closed !== undefined)
                place(closed.node);
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            if (keyNext) {
                const key = keyText(text, e);
                if (key === undefined)
                    return undefined;
                top.key = key;
                continue;
            }
            const block = e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK;
            const node = { line: e.valueStart >= 0 && e.valueEnd > e.valueStart && !block ? lineAt(e.valueStart) : UNKNOWN };
            if (e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN)
                node.plain = e.valueStart < 0 ? [0, 0] : [e.valueStart, e.valueEnd];
            place(node);
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            if (keyNext)
                return undefined;
            const line = lineAt(e.start);
            open.push({ node: e.type === js_yaml/* EVENT_ID */.hy.MAPPING ? { line, keys: new Map() } : { line, items: [] }, key: undefined });
        }
        else if (e.type !== js_yaml/* EVENT_ID */.hy.DOCUMENT)
            return undefined;
    }
    return root;
}
/**
 * The text's one document through js-yaml, or undefined where it is not
 * js-yaml's to read (the yaml package reads it, and says its errors).
 */
function plainDocument(text) {
    let events;
    let data;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
        if (!plain(text, events))
            return undefined;
        data = (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: CORE_SCHEMA_LIKE_YAML, maxAliases: 0 });
    }
    catch {
        return undefined;
    }
    if (data.length > 1)
        return undefined;
    if (data.length === 0)
        return { data: null, lineOf: () => undefined, plainAt: () => undefined };
    const root = plain_document_lineIndex(text, events);
    if (root === undefined)
        return undefined;
    const nodeAt = (path) => {
        let node = root;
        for (const k of path)
            node = typeof k === 'number' ? node?.items?.[k] : node?.keys?.get(k);
        return node;
    };
    return {
        data: data[0],
        lineOf: (path) => nodeAt(path)?.line,
        plainAt: (path) => {
            const range = nodeAt(path)?.plain;
            return range && text.slice(range[0], range[1]);
        },
    };
}
/**
 * plainDocument as a kind of parse a run's ParseCache keeps: a promotion checks its edit of a values file on it
 * (edits/check.ts), and the next reader of the edited text (promote/flux-validate.ts: is it a Flux resource?)
 * reads the same one.
 */
const PLAIN_DOCUMENT = { name: 'plain-document', parse: (text) => plainDocument(text) };

;// CONCATENATED MODULE: ./packages/core/src/edits/check.ts







/**
 * Puts `value` at `path` in `target`, a fresh toJS() reading, in place (the
 * caller owns it): copying every mapping along the path once per value made a
 * promotion of a thousand services copy the thousand-key `services` mapping
 * two thousand times. No path of an edit passes through an aliased node (the
 * editor refuses those), so no other part of the reading shares what changes.
 */
function setIn(target, path, value) {
    if (path.length === 0)
        return value;
    const [head, ...rest] = path;
    if (typeof head === 'number') {
        const arr = Array.isArray(target) ? target : [];
        arr[head] = setIn(arr[head], rest, value);
        return arr;
    }
    const obj = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : {};
    obj[head] = setIn(obj[head], rest, value);
    return obj;
}
function nodeIn(root, path) {
    let node = root;
    for (const k of path) {
        if (typeof k === 'number')
            node = (0,yaml_dist/* isSeq */.oP)(node) ? node.items[k] : undefined;
        else
            node = (0,yaml_dist/* isMap */.jh)(node) ? node.items.find((p) => (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === k)?.value : undefined;
    }
    return node;
}
/**
 * Re-reads an edited YAML file and proves the edit did only what it meant:
 * the data before, with the intended values put in, must equal the data after
 * (YAML 1.2), and each value written unquoted must also read back as the same
 * string under Helm's YAML 1.1 reading. Throws an internal error (a bug in an
 * editor, not a user mistake) otherwise. With the run's `cache`, the texts
 * the edit already parsed are not parsed again.
 *
 * The edited text is read by js-yaml where it reads exactly as the yaml
 * package does (yaml/plain-document.ts: no tag, anchor, alias or directive,
 * every block collection on its own line), its data and its plain scalars'
 * text being all the proof needs; any other text, and any text js-yaml
 * refuses, is read by the yaml package as before. Composing the yaml
 * package's syntax tree of a thousand services' values file to check ten
 * changed tags took ~150 ms and megabytes of garbage; js-yaml's reading,
 * kept in the run's `cache` for the next reader of the edited text, ~30 ms.
 */
function checkYamlEdit(file, before, after, intended, opts = {}) {
    const paths = () => intended.map((i) => formatPath(i.path)).join(', ') || 'nothing';
    if (opts.document !== undefined)
        return checkDocumentEdit(file, before, after, intended, opts.document, paths);
    const body = stripBom(before);
    let expected = (recentlyParsed(body, file, opts.cache) ?? (0,yaml_dist/* parseDocument */.Tp)(body, { uniqueKeys: false })).toJS({
        maxAliasCount: -1,
    });
    for (const i of intended)
        expected = setIn(expected, i.path, i.value);
    const afterBody = stripBom(after);
    const changed = () => new Error(`${file}: the edit changed more than ${paths()} (the YAML 1.2 reading differs); nothing was written`);
    const yaml11 = (i) => new Error(`${file}: ${formatPath(i.path)} would be read as something other than a string under YAML 1.1; nothing was written`);
    const plain = parse_cache_parseWith(opts.cache, PLAIN_DOCUMENT, afterBody);
    if (plain !== undefined) {
        if (!sameData(expected, plain.data))
            throw changed();
        for (const i of intended) {
            const source = plain.plainAt(i.path);
            if (source !== undefined && yaml11Type(source) !== 'str')
                throw yaml11(i);
        }
        return;
    }
    const doc = parsedAfter(file, afterBody, opts.cache);
    if (doc.errors.length > 0 || !sameData(expected, doc.toJS({ maxAliasCount: -1 })))
        throw changed();
    for (const i of intended) {
        const node = nodeIn(doc.contents, i.path);
        if ((0,yaml_dist/* isScalar */.jn)(node) && node.type === yaml_dist/* Scalar */.X5.PLAIN && node.range && yaml11Type(afterBody.slice(node.range[0], node.range[1])) !== 'str')
            throw yaml11(i);
    }
}
/**
 * The edited text's document. A valid single document is parsed the way the
 * next readers parse it (parseShared: the pins read back, the drift table), so
 * the file is parsed once; such a parse differs from a lenient one only by
 * errors it does not have. Anything else (an editor bug) gets the lenient
 * parse, whose errors the check reports.
 */
function parsedAfter(file, body, cache) {
    try {
        return parseShared(body, file, cache).doc;
    }
    catch {
        return (0,yaml_dist/* parseDocument */.Tp)(body, { uniqueKeys: false });
    }
}
function documentsOf(text) {
    const docs = (0,yaml_dist/* parseAllDocuments */.hR)(stripBom(text), { uniqueKeys: false });
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0))
        return undefined;
    return docs.map((d) => d.toJS({ maxAliasCount: -1 }));
}
/** The multi-document form of the check: the chosen document as intended, every other one unchanged. */
function checkDocumentEdit(file, before, after, intended, index, paths) {
    const expected = documentsOf(before);
    const actual = documentsOf(after);
    if (expected && index < expected.length)
        for (const i of intended)
            expected[index] = setIn(expected[index], i.path, i.value);
    if (!expected || !actual || !sameData(expected, actual))
        throw new Error(`${file}: the edit changed more than ${paths()} in document ${index + 1} (the YAML 1.2 reading differs); nothing was written`);
}

;// CONCATENATED MODULE: ./packages/core/src/charts/chart.ts






/**
 * Parses Chart.yaml text. A non-mapping file, an ambiguous unquoted value
 * (`version: 1.10`) or a duplicate key is a UserError with file:line. A missing
 * `name` gives '' (callers fall back to the folder name); `version` is returned
 * as written, and callers decide whether it must be valid SemVer.
 */
function parseChart(text, file) {
    const parsed = parseYaml(stripBom(text), file);
    const root = parsed.doc.contents;
    if (!(0,yaml_dist/* isMap */.jh)(root))
        throw new src_errors/* UserError */.yo('Chart.yaml is not a mapping of keys', {
            file,
            line: 1,
            hint: 'see https://helm.sh/docs/topics/charts/#the-chartyaml-file',
        });
    const name = stringField(parsed, ['name']);
    const versionNode = nodeAt(parsed, ['version']);
    if ((0,yaml_dist/* isScalar */.jn)(versionNode) && versionNode.type === yaml_dist/* Scalar */.X5.PLAIN && versionNode.range) {
        const source = parsed.text.slice(versionNode.range[0], versionNode.range[1]);
        // Quoting alone would leave a version that is still not SemVer: say both at once.
        if (source !== '' && !plainReadsAsString(source))
            throw ambiguousVersionError(source, file, parsed.lineOf(versionNode));
    }
    const version = stringField(parsed, ['version']);
    const appVersion = stringField(parsed, ['appVersion']);
    const deps = nodeAt(parsed, ['dependencies']);
    const dependencies = [];
    if (deps !== undefined && !((0,yaml_dist/* isScalar */.jn)(deps) && deps.value === null)) {
        if (!(0,yaml_dist/* isSeq */.oP)(deps))
            throw new src_errors/* UserError */.yo('dependencies is not a list', {
                file,
                line: parsed.lineOf(deps),
                hint: 'write one `- name: …` entry per dependency',
            });
        deps.items.forEach((item, index) => {
            if (!(0,yaml_dist/* isMap */.jh)(item))
                throw new src_errors/* UserError */.yo(`dependencies[${index}] is not a mapping`, { file, line: parsed.lineOf(item) });
            const depName = stringField(parsed, ['dependencies', index, 'name'], `dependencies[${index}].name`);
            const repository = stringField(parsed, ['dependencies', index, 'repository'], `dependencies[${index}].repository`)?.value;
            const depVersion = stringField(parsed, ['dependencies', index, 'version'], `dependencies[${index}].version`)?.value;
            const alias = stringField(parsed, ['dependencies', index, 'alias'], `dependencies[${index}].alias`)?.value;
            const local = repository?.startsWith('file://') ? repository.slice('file://'.length).replace(/\/+$/, '') : undefined;
            dependencies.push({
                name: depName?.value ?? '',
                version: depVersion,
                repository,
                alias,
                index,
                line: parsed.lineOf(item),
                localPath: local,
            });
        });
    }
    return { file, name: name?.value ?? '', version, appVersion, dependencies, parsed };
}
/** The chart version as SemVer 2, or a UserError at the `version:` line. */
function requireChartVersion(chart) {
    const v = chart.version;
    if (!v)
        throw new src_errors/* UserError */.yo('Chart.yaml has no version', { file: chart.file, line: 1, hint: 'add `version: 0.1.0`' });
    // semver.valid trims and accepts a leading `v`/`=`; Helm's parser takes neither.
    if (!valid_default()(v.value) || !/^\d/.test(v.value) || /\s/.test(v.value))
        throw new src_errors/* UserError */.yo(`version ${v.value} is not valid SemVer 2`, { file: chart.file, line: v.line, hint: semverHint(v.value) });
    return v.value;
}
/**
 * The SemVer 2 version a Chart.yaml version most likely meant when it is
 * numbers with fewer than three parts (`1.10` → `1.10.0`, `2` → `2.0.0`);
 * undefined when that is not clear.
 */
function semverRepair(source) {
    if (!/^\d+(\.\d+){0,2}$/.test(source))
        return undefined;
    const parts = source.split('.').map((n) => String(Number(n)));
    while (parts.length < 3)
        parts.push('0');
    return parts.join('.');
}
/**
 * The one error for an unquoted Chart.yaml version that YAML reads as
 * something else (`version: 1.10` is the number 1.1): it names both problems —
 * the misreading and that the text is not SemVer 2 — and the full fix
 * (`version: 1.10.0`), so quoting it does not lead to a second error on the
 * next run. Shared by chart-bump-check and bump-chart.
 */
function ambiguousVersionError(source, file, line) {
    const fix = semverRepair(source);
    const type = yaml11Type(source) !== 'str' ? yaml11Type(source) : yaml12Type(source);
    const kind = type === 'int' || type === 'float' ? 'a number' : type === 'bool' ? 'a boolean' : type === 'timestamp' ? 'a date' : 'null';
    return new src_errors/* UserError */.yo(`version: ${source} is read as ${kind}, not the string written`, {
        file,
        line,
        hint: fix
            ? `it is not SemVer 2 either: write version: ${fix} (to quote it as "${source}" is not enough)`
            : `it is not SemVer 2 either: write MAJOR.MINOR.PATCH, e.g. version: 0.1.0 (to quote it as "${source}" is not enough)`,
    });
}
function semverHint(value) {
    const fix = semverRepair(value);
    return fix ? `use MAJOR.MINOR.PATCH: write version: ${fix}` : 'use MAJOR.MINOR.PATCH, e.g. 1.4.0 or 1.4.0-rc.1';
}

;// CONCATENATED MODULE: ./packages/core/src/charts/cascade.ts


/**
 * Finds every in-repo dependency between chart folders. `charts` maps each
 * chart folder (workspace-relative, POSIX) to its parsed Chart.yaml.
 */
function dependencyLinks(charts) {
    const links = [];
    // Chart folders directly under another chart's charts/ folder, by that chart.
    const vendored = new Map();
    for (const dir of charts.keys()) {
        const m = /^(?:(.*)\/)?charts\/[^/]+$/.exec(dir);
        if (!m)
            continue;
        const parent = m[1] ?? '.';
        if (charts.has(parent))
            vendored.set(parent, [...(vendored.get(parent) ?? []), dir]);
    }
    for (const [parent, meta] of charts) {
        const covered = new Set();
        for (const dep of meta.dependencies) {
            let child;
            if (dep.localPath !== undefined) {
                const target = external_node_path_.posix.normalize(external_node_path_.posix.join(parent, dep.localPath));
                if (charts.has(target))
                    child = target;
            }
            else {
                // A subchart kept in the parent's charts/ folder under its own name.
                const vendored = external_node_path_.posix.join(parent, 'charts', dep.name);
                if (charts.has(vendored) && charts.get(vendored).name === dep.name)
                    child = vendored;
            }
            if (child === undefined || child === parent)
                continue;
            covered.add(child);
            links.push({ parent, child, index: dep.index, version: dep.version, line: dep.line });
        }
        for (const dir of vendored.get(parent) ?? [])
            if (!covered.has(dir))
                links.push({ parent, child: dir });
    }
    return links;
}
/**
 * The charts to bump, dependencies before the charts that use them: the
 * selected charts plus (with cascade) every chart that depends on one of them,
 * directly or through a chain. A dependency cycle is a UserError naming it.
 */
function cascadeOrder(selected, links, cascade) {
    const dependents = new Map();
    for (const l of links)
        dependents.set(l.child, [...(dependents.get(l.child) ?? []), l.parent]);
    const nodes = new Set(selected);
    if (cascade) {
        const queue = [...selected];
        while (queue.length) {
            const c = queue.shift();
            for (const p of dependents.get(c) ?? []) {
                if (!nodes.has(p)) {
                    nodes.add(p);
                    queue.push(p);
                }
            }
        }
    }
    // Depth-first topological sort over "child before parent", within the chosen set.
    const state = new Map();
    const order = [];
    const deps = new Map();
    for (const l of links)
        if (nodes.has(l.parent) && nodes.has(l.child))
            deps.set(l.parent, [...(deps.get(l.parent) ?? []), l.child]);
    const visit = (n, path) => {
        const s = state.get(n);
        if (s === 'done')
            return;
        if (s === 'visiting') {
            const cycle = [...path.slice(path.indexOf(n)), n];
            const first = links.find((l) => l.parent === cycle[0] && l.child === cycle[1]);
            throw new src_errors/* UserError */.yo(`chart dependency cycle: ${cycle.join(' → ')}`, {
                file: `${n === '.' ? '' : `${n}/`}Chart.yaml`,
                line: first?.line,
                hint: 'a chart cannot depend on itself through file:// dependencies; remove one of the links',
            });
        }
        state.set(n, 'visiting');
        for (const c of [...(deps.get(n) ?? [])].sort())
            visit(c, [...path, n]);
        state.set(n, 'done');
        order.push(n);
    };
    for (const n of [...nodes].sort())
        visit(n, []);
    return order;
}

;// CONCATENATED MODULE: ./packages/core/src/charts/lock-edit.ts




/**
 * Go's encoding/json string form (HTML-safe), or undefined for characters
 * whose escaping differs between Go versions (so a digest is never guessed).
 */
function goString(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (c === 0x08 || c === 0x0c)
            return undefined;
        else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return `${out}"`;
}
const FIELDS = [
    ['name', 'string'],
    ['version', 'omitString'],
    ['repository', 'string'],
    ['condition', 'omitString'],
    ['tags', 'strings'],
    ['enabled', 'bool'],
    ['import-values', 'imports'],
    ['alias', 'omitString'],
    ['depends-on', 'strings'],
];
/** One chart.Dependency as Go's json.Marshal writes it (fields in struct order, omitempty honoured). */
function goDependency(d) {
    if (d === null)
        return 'null';
    if (typeof d !== 'object' || Array.isArray(d))
        return undefined;
    const dep = d;
    // Keys Helm does not know are dropped by its decoder, so they do not count here either.
    const parts = [];
    for (const [key, kind] of FIELDS) {
        const v = dep[key];
        if (kind === 'string' || kind === 'omitString') {
            if (v === undefined || v === null || v === '') {
                if (kind === 'string')
                    parts.push(`"${key}":""`);
                continue;
            }
            if (typeof v !== 'string')
                return undefined;
            const s = goString(v);
            if (s === undefined)
                return undefined;
            parts.push(`"${key}":${s}`);
        }
        else if (kind === 'strings') {
            if (v === undefined || v === null || (Array.isArray(v) && v.length === 0))
                continue;
            if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
                return undefined;
            const items = v.map(goString);
            if (items.some((x) => x === undefined))
                return undefined;
            parts.push(`"${key}":[${items.join(',')}]`);
        }
        else if (kind === 'bool') {
            if (v === undefined || v === null || v === false)
                continue;
            if (v !== true)
                return undefined;
            parts.push(`"${key}":true`);
        }
        else {
            if (v === undefined || v === null || (Array.isArray(v) && v.length === 0))
                continue;
            if (!Array.isArray(v))
                return undefined;
            const items = [];
            for (const item of v) {
                if (typeof item === 'string') {
                    const s = goString(item);
                    if (s === undefined)
                        return undefined;
                    items.push(s);
                }
                else if (item &&
                    typeof item === 'object' &&
                    !Array.isArray(item) &&
                    Object.values(item).every((x) => typeof x === 'string')) {
                    // Go marshals map[string]interface{} with sorted keys.
                    const entries = Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
                    const kv = entries.map(([k, x]) => [goString(k), goString(x)]);
                    if (kv.some(([k, x]) => k === undefined || x === undefined))
                        return undefined;
                    items.push(`{${kv.map(([k, x]) => `${k}:${x}`).join(',')}}`);
                }
                else
                    return undefined;
            }
            parts.push(`"${key}":[${items.join(',')}]`);
        }
    }
    return `{${parts.join(',')}}`;
}
function goDependencies(list) {
    if (list === undefined || list === null)
        return 'null';
    if (!Array.isArray(list))
        return undefined;
    const items = list.map(goDependency);
    return items.some((x) => x === undefined) ? undefined : `[${items.join(',')}]`;
}
/**
 * Helm's Chart.lock digest: `sha256:` + hex SHA-256 of Go's json.Marshal of
 * `[Chart.yaml dependencies, Chart.lock dependencies]` (HashReq in Helm's
 * resolver). Undefined when a value is outside what this reproduces exactly.
 */
function helmLockDigest(req, lock) {
    const a = goDependencies(req);
    const b = goDependencies(lock);
    if (a === undefined || b === undefined)
        return undefined;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(`[${a},${b}]`).digest('hex')}`;
}
function depsOf(text) {
    const js = (0,yaml_dist/* parseDocument */.Tp)(stripBom(text)).toJS();
    return js && typeof js === 'object' ? js.dependencies : undefined;
}
/**
 * Moves Chart.lock's pins of in-repo charts to their new versions, as
 * `helm dependency update` would, with minimal diffs. The digest is rewritten
 * only when the old one matches Helm's hash of the old Chart.yaml and
 * Chart.lock: then the new one is exactly what Helm computes; otherwise it is
 * left alone and `digestUpdated` is false (the caller says to run helm).
 * `cache` holds the run's parses (the lock's edit and its check share one).
 */
function updateChartLock(lockText, lockFile, chartBefore, chartEdits, children, cache) {
    const lockJs = (0,yaml_dist/* parseDocument */.Tp)(stripBom(lockText)).toJS();
    const lockDeps = lockJs && Array.isArray(lockJs.dependencies) ? lockJs.dependencies : [];
    const intended = [];
    const lockAfter = lockDeps.map((entry, i) => {
        const child = children.find((c) => entry && entry.name === c.name && String(entry.repository ?? '') === (c.repository ?? ''));
        if (!child || entry.version === child.version)
            return entry;
        intended.push({ path: ['dependencies', i, 'version'], value: child.version });
        return { ...entry, version: child.version };
    });
    const reqBefore = depsOf(chartBefore);
    let digestUpdated = false;
    const old = lockJs?.digest;
    if (typeof old === 'string' && intended.length > 0 && helmLockDigest(reqBefore, lockJs?.dependencies) === old) {
        const reqAfter = Array.isArray(reqBefore) ? reqBefore.map((d) => (d && typeof d === 'object' ? { ...d } : d)) : reqBefore;
        for (const e of chartEdits) {
            const [, index, key] = e.path;
            if (Array.isArray(reqAfter) && typeof index === 'number' && typeof key === 'string')
                reqAfter[index][key] = e.value;
        }
        const digest = helmLockDigest(reqAfter, lockAfter);
        if (digest !== undefined) {
            intended.push({ path: ['digest'], value: digest });
            digestUpdated = true;
        }
    }
    return { text: intended.length ? setScalars(lockText, lockFile, intended, { cache }) : lockText, intended, digestUpdated };
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/gt.js
var functions_gt = __webpack_require__(6225);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/gte.js
var functions_gte = __webpack_require__(9202);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/inc.js
var functions_inc = __webpack_require__(4100);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/major.js
var functions_major = __webpack_require__(2029);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/minor.js
var functions_minor = __webpack_require__(7001);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/patch.js
var functions_patch = __webpack_require__(6498);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/prerelease.js
var functions_prerelease = __webpack_require__(1604);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/rcompare.js
var functions_rcompare = __webpack_require__(1731);
;// CONCATENATED MODULE: ./packages/core/src/charts/bump-rules.ts












/**
 * The level a change needs: breaking → major, or minor below 1.0.0 (SemVer's
 * 0.x rule, as Helm chart authors use it); anything else → patch.
 */
function requiredLevel(breaking, baseVersion) {
    if (!breaking)
        return 'patch';
    return major(baseVersion) >= 1 ? 'major' : 'minor';
}
/** The smallest version that satisfies `level` over `base` (e.g. 1.4.2 + major → 2.0.0). */
function smallestValid(base, level) {
    // inc('1.2.3-rc.1', 'patch') gives 1.2.3, which is already greater than the pre-release.
    return inc(base, level) ?? base;
}
/**
 * Whether `head` is a large enough step from `base`. Greater is always
 * required; a major (minor below 1.0.0) level needs the major (minor) number
 * to move, so a pre-release of the next major, `2.0.0-rc.1`, counts.
 */
function bumpIsEnough(base, head, level) {
    if (!gt(head, base))
        return false;
    if (level === 'patch')
        return true;
    if (gte(head, smallestValid(base, level)))
        return true;
    // A pre-release that already opens the new line (2.0.0-rc.1, or 0.5.0-rc.1 below 1.0.0) may still
    // break things before its release: 2.0.0-rc.2 and 2.0.0 are enough, as long as the line stays.
    if (prerelease(base) &&
        patch(base) === 0 &&
        major(head) === major(base) &&
        (level === 'major' ? minor(base) === 0 : minor(head) === minor(base)))
        return true;
    if (!prerelease(head))
        return false;
    if (level === 'major')
        return major(head) > major(base);
    return major(head) > major(base) || minor(head) > minor(base);
}
/**
 * A pre-release identifier written as letters and digits without a dot
 * (`1.0.0-rc9`): SemVer compares it as text, so `rc10` sorts before `rc9`.
 * Returns the first such identifier, the version it comes next (`rc10`), and
 * the dotted spelling to suggest (`1.0.0-rc.9`); undefined otherwise.
 */
function undottedPrerelease(version) {
    const dash = version.indexOf('-');
    if (dash < 0 || valid_default()(version) === null)
        return undefined;
    const plus = version.indexOf('+', dash);
    const pre = version.slice(dash + 1, plus < 0 ? undefined : plus);
    const ids = pre.split('.');
    const at = ids.findIndex((id) => /^[0-9A-Za-z-]*[A-Za-z-]\d+$/.test(id));
    if (at < 0)
        return undefined;
    const [, letters, digits] = /^(.*?[A-Za-z-])(\d+)$/.exec(ids[at]);
    const dotted = [...ids.slice(0, at), letters.replace(/-$/, ''), BigInt(digits).toString(), ...ids.slice(at + 1)].join('.');
    return {
        identifier: ids[at],
        next: `${letters}${BigInt(digits) + 1n}`,
        suggestion: `${version.slice(0, dash)}-${dotted}${plus < 0 ? '' : version.slice(plus)}`,
    };
}
/** The highest valid SemVer among the given versions, or undefined. */
function highestVersion(versions) {
    const ok = versions.filter((v) => v !== undefined && valid(v) !== null && !/^[v=]/.test(v));
    return ok.sort(rcompare)[0];
}
/**
 * Reads name, version and appVersion from Chart.yaml text without refusing
 * anything: the value is taken as written in the source (so an unquoted `1.10`
 * stays `1.10`). Undefined when the text is not YAML at all. The same
 * Chart.yaml is often read at the merge base, the base commit and the base
 * tip: with the run's `cache` it is parsed once.
 */
function looseChart(text, cache) {
    return parseWith(cache, LOOSE_CHART, text);
}
/** Chart.yaml read leniently, as a kind of parse a ParseCache keeps. */
const LOOSE_CHART = { name: 'loose-chart', parse: (text) => readLoose(text) };
function readLoose(text) {
    const clean = stripBom(text);
    const doc = (0,yaml_dist/* parseDocument */.Tp)(clean, { uniqueKeys: false });
    if (doc.errors.length > 0 || !(0,yaml_dist/* isMap */.jh)(doc.contents))
        return undefined;
    const map = doc.contents;
    const src = (key) => {
        const node = map.get(key, true);
        if (!(0,yaml_dist/* isScalar */.jn)(node) || node.value === null)
            return undefined;
        if (node.type === 'PLAIN' && node.range)
            return clean.slice(node.range[0], node.range[1]).trim();
        return String(node.value);
    };
    let localDeps = [];
    if (clean.includes('file://')) {
        const deps = doc.toJS()?.dependencies;
        if (Array.isArray(deps))
            localDeps = deps
                .map((d) => (d && typeof d === 'object' ? d.repository : undefined))
                .filter((r) => typeof r === 'string' && r.startsWith('file://'))
                .map((r) => r.slice('file://'.length).replace(/\/+$/, ''));
    }
    return { name: src('name'), version: src('version'), appVersion: src('appVersion'), localDeps };
}

;// CONCATENATED MODULE: ./packages/core/src/charts/bump.ts














/** A warning as one line, `file:line: message`, for logs and summaries. */
function formatWarning(w) {
    return `${w.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : ''}${w.message}`;
}
const chartFile = (dir) => (dir === '.' ? 'Chart.yaml' : `${dir}/Chart.yaml`);
const inDir = (dir, name) => (dir === '.' ? name : `${dir}/${name}`);
/**
 * Plans the bump of `selected` chart folders (plus, with cascade, every chart
 * that depends on them through `file://` or a vendored subchart), returning
 * the per-chart figures and pure file edits for the transaction. Every chart
 * is checked before anything is returned; problems in several charts are all
 * reported (UserErrors), so one bad chart stops the whole run. `cache` holds
 * the run's parses: a Chart.yaml read while planning is not parsed again by
 * its edit, its check or a re-run's comparison; the returned edits keep using it.
 */
function planChartBumps(selectedDirs, allCharts, read, opts, cache = new ParseCache()) {
    // Checked first, even beside an explicit version: the two must agree.
    const synced = syncedChartVersion(opts);
    const explicitVersion = opts.version ?? synced;
    const selectedSet = new Set(selectedDirs);
    const { metas, repairs, errors, warnings } = readCharts(selectedSet, opts.cascade ? allCharts : [], read, explicitVersion, cache);
    // Charts that failed to parse are reported with the others found below.
    const selected = selectedDirs.filter((d) => metas.has(d));
    const links = opts.cascade ? dependencyLinks(metas) : dependencyLinks(new Map([...metas].filter(([d]) => selectedSet.has(d))));
    const order = cascadeOrder(selected, links, opts.cascade);
    const byParent = new Map();
    for (const l of links)
        byParent.set(l.parent, [...(byParent.get(l.parent) ?? []), l]);
    const bumps = new Map();
    const depEdits = new Map();
    for (const dir of order) {
        try {
            const planned = planOneChart(metas.get(dir), dir, selectedSet.has(dir), repairs.get(dir), byParent.get(dir) ?? [], bumps, explicitVersion, opts, warnings);
            if (!planned)
                continue;
            bumps.set(dir, planned.bump);
            depEdits.set(dir, planned.dependencyEdits);
        }
        catch (e) {
            if (!(e instanceof src_errors/* UserError */.yo))
                throw e;
            errors.push(e);
        }
    }
    (0,src_errors/* throwAll */.Kx)(errors);
    const edits = [...bumps.values()].flatMap((b) => chartEdits(b, depEdits.get(b.path) ?? [], read, opts, warnings, cache));
    (0,src_errors/* throwAll */.Kx)(sameVersionRerunErrors([...bumps.values()], edits, read, metas));
    return { bumps: [...bumps.values()], edits, warnings };
}
/**
 * Under `chart-version-policy: sync`, the chart version the app version
 * gives (without the `v` many app tags carry: Helm chart versions have
 * none); undefined under `independent` or without an app version. An app
 * version that is no SemVer, or an explicit version that differs, is a UserError.
 */
function syncedChartVersion(opts) {
    if (opts.policy !== 'sync' || opts.appVersion === undefined)
        return undefined;
    const synced = opts.appVersion.replace(/^v(?=\d)/, '');
    if (semver_default().valid(synced) !== synced || !/^\d/.test(synced))
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `chart-version-policy is sync, but ${(0,src_errors/* named */.KT)('app-version')} ${opts.appVersion} is not a SemVer 2 version to use as the chart version`, {
            hint: (0,src_errors/* words */.aL) `give ${(0,src_errors/* named */.KT)('app-version')} as MAJOR.MINOR.PATCH (e.g. 1.4.2 or v1.4.2), or use chart-version-policy: independent`,
        });
    if (opts.version !== undefined && opts.version !== synced)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `chart-version-policy is sync, but ${(0,src_errors/* named */.KT)('version')} ${opts.version} differs from ${(0,src_errors/* named */.KT)('app-version')} ${opts.appVersion}`, {
            hint: 'give only one of them (the chart version follows the app version)',
        });
    return synced;
}
/**
 * Reads every chart the plan may touch: the selected folders, and `others`
 * (every chart, when cascading) for the dependency graph. A selected chart
 * that is missing or broken is an error; another chart that is broken is a
 * warning (it is not bumped and its dependencies are not followed). A
 * selected chart whose unquoted version YAML misreads is parsed with
 * `explicitVersion` written in, since the explicit version says what was meant.
 */
function readCharts(selected, others, read, explicitVersion, cache) {
    const metas = new Map();
    const repairs = new Map();
    const errors = [];
    const warnings = [];
    for (const dir of new Set([...selected, ...others])) {
        const file = chartFile(dir);
        const text = read(file);
        if (text === undefined) {
            if (selected.has(dir))
                errors.push(new src_errors/* UserError */.yo(`${file} does not exist`, { file, hint: 'point charts at a folder holding a Chart.yaml' }));
            continue;
        }
        try {
            if (stripBom(text).trim() === '')
                throw new src_errors/* UserError */.yo('Chart.yaml is empty', { file, line: 1, hint: 'write apiVersion, name and version' });
            const ambiguous = selected.has(dir) && explicitVersion !== undefined ? ambiguousVersion(text, file, cache) : undefined;
            if (ambiguous !== undefined) {
                // The explicit version says what was meant: it is written (quoted where needed) instead of refusing the old value.
                metas.set(dir, parseChart(setScalars(text, file, [{ path: ['version'], value: explicitVersion, replaceAmbiguous: true }], { cache }), file));
                repairs.set(dir, ambiguous);
                continue;
            }
            const meta = parseChart(text, file);
            metas.set(dir, meta);
            // Any chart read here may be bumped (selected, or cascaded): its edit starts from this parse.
            primeParse(meta.parsed, cache);
        }
        catch (e) {
            if (!(e instanceof src_errors/* UserError */.yo))
                throw e;
            if (selected.has(dir))
                errors.push(e);
            else
                warnings.push({
                    message: `${e.message}${e.hint ? ` — ${e.hint}` : ''} (not bumped; dependencies of this chart are not followed)`,
                    file: e.file,
                    line: e.line,
                });
        }
    }
    return { metas, repairs, errors, warnings };
}
/**
 * One chart's bump, in cascade order (its in-repo dependencies are planned
 * already, in `bumps`): the dependency entries that follow the children that
 * moved, then its new version and appVersion. A chart that is neither
 * selected (`direct`) nor depends on a moved chart is not bumped (undefined).
 */
function planOneChart(meta, dir, direct, repair, links, bumps, explicitVersion, opts, warnings) {
    const current = repair?.source ?? requireChartVersion(meta);
    const { updates, edits } = followMovedDependencies(meta, links, bumps);
    if (!direct && updates.length === 0)
        return undefined;
    let version;
    let leftAlone;
    let appVersion = meta.appVersion?.value;
    if (direct) {
        if (explicitVersion !== undefined)
            version = checkExplicitVersion(explicitVersion, current, meta, repair !== undefined, dir, opts.base, warnings);
        else
            ({ version, leftAlone } = fromBase(dir, current, opts.level, opts.base));
        if (opts.policy === 'sync')
            appVersion = opts.appVersion ?? version;
        else if (opts.appVersion !== undefined)
            appVersion = opts.appVersion;
    }
    else
        ({ version, leftAlone } = fromBase(dir, current, 'patch', opts.base));
    const bump = {
        path: dir,
        name: meta.name,
        file: meta.file,
        previousVersion: current,
        version,
        previousAppVersion: meta.appVersion?.value,
        appVersion,
        cascaded: !direct,
        dependencyUpdates: updates,
        ...(leftAlone ? { leftAlone } : {}),
        ...(repair
            ? {
                repaired: `version: ${repair.source} was unquoted, so YAML read it as a ${repair.kind}, not the version written; replaced by ${version}`,
            }
            : {}),
    };
    return { bump, dependencyEdits: edits };
}
/**
 * The dependency entries of a chart whose in-repo child moved: the entry's
 * version is rewritten unless it is a range the new version satisfies
 * (`updates` lists every moved child, `edits` only the entries rewritten).
 */
function followMovedDependencies(meta, links, bumps) {
    const updates = [];
    const edits = [];
    for (const l of links) {
        const child = bumps.get(l.child);
        if (!child || child.version === child.previousVersion)
            continue;
        // An entry without a version asks for none: there is nothing to keep in step.
        if (l.index !== undefined && l.version !== undefined) {
            const wanted = l.version;
            const keep = !semver_default().valid(wanted) && semver_default().validRange(wanted) !== null && semver_default().satisfies(child.version, wanted, { includePrerelease: true });
            if (!keep && wanted !== child.version) {
                edits.push({ path: ['dependencies', l.index, 'version'], value: child.version });
                updates.push({
                    name: meta.dependencies[l.index].name,
                    repository: meta.dependencies[l.index].repository,
                    from: wanted,
                    to: child.version,
                });
                continue;
            }
        }
        const entry = l.index !== undefined ? meta.dependencies[l.index] : undefined;
        updates.push({ name: entry?.name ?? child.name, repository: entry?.repository, to: child.version });
    }
    return { updates, edits };
}
/**
 * An explicit (or synced) version for a selected chart: valid SemVer, not lower
 * than the current one unless that one was a repaired misreading, and not one
 * the base already carries (case 32: it would be published twice). An
 * undotted pre-release (`rc9`, which sorts as text) adds a warning.
 */
function checkExplicitVersion(explicit, current, meta, repaired, dir, base, warnings) {
    if (!semver_default().valid(explicit))
        throw new src_errors/* UserError */.yo(`version ${explicit} is not valid SemVer 2`, { hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.0 or 1.4.0-rc.1' });
    const undottedVersion = [current, explicit].find((v) => undottedPrerelease(v) !== undefined);
    const undotted = undottedVersion === undefined ? undefined : undottedPrerelease(undottedVersion);
    if (!repaired && semver_default().lt(explicit, current))
        throw new src_errors/* UserError */.yo(`version ${explicit} is lower than the current version ${current}`, {
            file: meta.file,
            line: meta.version?.line,
            hint: undotted
                ? `'${undotted.identifier}' compares as text (${undotted.next} sorts before it): write pre-releases with a dot, e.g. ${undotted.suggestion}`
                : (0,src_errors/* words */.aL) `give a version greater than ${current}, or ${(0,src_errors/* unset */.wC)('version')} to bump by level`,
        });
    const published = base?.versions.get(dir);
    if (typeof published === 'string' && explicit !== current && semver_default().valid(published) && semver_default().compare(explicit, published) <= 0)
        throw new src_errors/* UserError */.yo(`chart ${meta.name} ${explicit} is already published at ${base.label} (its version there is ${published})`, {
            file: meta.file,
            line: meta.version?.line,
            hint: (0,src_errors/* words */.aL) `give a version greater than ${published}, or ${(0,src_errors/* unset */.wC)('version')} to bump by level from it`,
        });
    if (undotted)
        warnings.push({
            message: `version ${undottedVersion}: the pre-release identifier '${undotted.identifier}' compares as text, so ${undotted.next} would sort before it — write ${undotted.suggestion}`,
            file: meta.file,
            line: meta.version?.line,
        });
    return explicit;
}
/**
 * The file edits that carry out one chart's bump, in order: its changelog
 * (first: the Artifact Hub annotation repeats its entries), its Chart.lock
 * when it pins a dependency that moved, then its Chart.yaml. A stale
 * Chart.lock digest adds a warning.
 */
function chartEdits(b, dependencyEdits, read, opts, warnings, cache) {
    const edits = [];
    const changelog = changelogEdit(b, read, opts);
    if (changelog.edit)
        edits.push(changelog.edit);
    const lock = lockEdit(b, dependencyEdits, read, warnings, cache);
    if (lock)
        edits.push(lock);
    edits.push(chartYamlEdit(b, dependencyEdits, changelog.entries, opts, cache));
    return edits;
}
/**
 * The chart's changelog release (when it keeps one, or `changelog: required`),
 * and the entries the release lists: the user's entry, else a line saying
 * what moved. Sets `b.changelog` when the file is edited.
 */
function changelogEdit(b, read, opts) {
    // A re-run (same version, appVersion already set) names the appVersion as the first run did.
    const namesApp = b.appVersion !== undefined &&
        (b.appVersion !== b.previousAppVersion || (b.version === b.previousVersion && opts.appVersion !== undefined));
    const defaultEntry = b.cascaded
        ? `Update ${b.dependencyUpdates.map((u) => `${u.name} to ${u.to}`).join(', ')}`
        : namesApp
            ? `Update appVersion to ${b.appVersion}`
            : `Bump chart version to ${b.version}`;
    const clPath = inDir(b.path, 'CHANGELOG.md');
    const clText = opts.changelog === 'off' ? undefined : read(clPath);
    const request = {
        version: b.version,
        date: opts.date,
        entries: !b.cascaded && opts.entry ? [opts.entry] : undefined,
        fallbackEntries: [defaultEntry],
        create: opts.changelog === 'required',
        subject: `the ${b.name} chart`,
    };
    let entries = [];
    let edit;
    if (opts.changelog !== 'off' && (clText !== undefined || opts.changelog === 'required')) {
        b.changelog = clPath;
        entries = releaseChangelog(clText, request).entries;
        edit = { path: clPath, update: (t) => releaseChangelog(t, request).text };
    }
    if (entries.length === 0)
        entries = [{ kind: 'changed', text: request.entries?.[0] ?? defaultEntry }];
    return { entries, edit };
}
/**
 * Chart.lock pins in-repo dependencies too: it moves with them (and its
 * digest, when it can be proven). Undefined when the chart moved no
 * dependency, has no Chart.lock, or its lock pins none that moved. Sets
 * `b.lock` when the file is edited.
 */
function lockEdit(b, dependencyEdits, read, warnings, cache) {
    const lockPath = inDir(b.path, 'Chart.lock');
    const lockText = b.dependencyUpdates.length > 0 ? read(lockPath) : undefined;
    if (lockText === undefined)
        return undefined;
    const chartBefore = read(b.file) ?? '';
    const children = b.dependencyUpdates.map((u) => ({ name: u.name, repository: u.repository, version: u.to }));
    const planned = updateChartLock(lockText, lockPath, chartBefore, dependencyEdits, children, cache);
    if (planned.intended.length === 0)
        return undefined;
    b.lock = lockPath;
    if (!planned.digestUpdated)
        warnings.push({
            message: 'dependency versions updated, but its digest did not match Chart.yaml before this run, so it was left as is — run `helm dependency update`',
            file: lockPath,
            line: lineOfKey(lockText, 'digest'),
        });
    let lastIntended = [];
    return {
        path: lockPath,
        update: (t) => {
            if (t === undefined)
                return undefined;
            const r = updateChartLock(t, lockPath, chartBefore, dependencyEdits, children, cache);
            lastIntended = r.intended;
            return r.text;
        },
        check: (before, after) => checkYamlEdit(lockPath, before ?? '', after, lastIntended, { cache }),
    };
}
/** The Chart.yaml edit: version, the dependency entries that follow, appVersion when it changes, and the Artifact Hub changes annotation when asked for. */
function chartYamlEdit(b, dependencyEdits, entries, opts, cache) {
    const intended = [{ path: ['version'], value: b.version }, ...dependencyEdits];
    if (b.appVersion !== undefined && b.appVersion !== b.previousAppVersion)
        intended.push({ path: ['appVersion'], value: b.appVersion });
    const changes = opts.artifacthubChanges ? artifactHubChanges(entries) : undefined;
    const file = b.file;
    return {
        path: file,
        update: (text) => {
            if (text === undefined)
                return undefined;
            let out = setScalars(text, file, intended.map((i) => ({
                ...i,
                create: i.path[0] === 'appVersion',
                after: 'version',
                replaceAmbiguous: b.repaired !== undefined && i.path[0] === 'version',
            })), { cache });
            if (changes !== undefined)
                out = setBlockScalar(out, file, ['annotations', 'artifacthub.io/changes'], changes, { create: true, cache });
            return out;
        },
        check: (before, after) => checkYamlEdit(file, before ?? '', after, changes === undefined ? intended : [...intended, { path: ['annotations', 'artifacthub.io/changes'], value: `${changes}\n` }], { cache }),
    };
}
/**
 * An explicit version equal to the current one is a re-run: accepted only
 * when it changes nothing. One error per selected chart whose own edits
 * (Chart.yaml, changelog, Chart.lock) would still change a file.
 */
function sameVersionRerunErrors(bumps, edits, read, metas) {
    const errors = [];
    for (const b of bumps) {
        if (b.cascaded || b.leftAlone || b.version !== b.previousVersion)
            continue;
        const own = edits.filter((e) => e.path === b.file || e.path === b.changelog || e.path === b.lock);
        const changes = own.some((e) => {
            const text = read(e.path);
            const after = e.update(text);
            return after !== undefined && after !== text;
        });
        if (changes)
            errors.push(new src_errors/* UserError */.yo(`version ${b.version} is not greater than the current version ${b.previousVersion}`, {
                file: b.file,
                line: metas.get(b.path)?.version?.line,
                hint: `give a version greater than ${b.previousVersion}; the same version is accepted only when nothing else would change`,
            }));
    }
    return errors;
}
/** The 1-based line of a top-level `key:` in YAML text, or undefined. */
function lineOfKey(text, key) {
    const i = text.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? undefined : i + 1;
}
/** An unquoted `version:` that YAML 1.1 or 1.2 reads as something other than a string: its source and what it reads as. */
function ambiguousVersion(text, file, cache) {
    try {
        const parsed = parse_cache_parseWith(cache, YAML_DOCUMENT, stripBom(text), file);
        const node = nodeAt(parsed, ['version']);
        if (!(0,yaml_dist/* isScalar */.jn)(node) || node.type !== yaml_dist/* Scalar */.X5.PLAIN || !node.range || node.value === null)
            return undefined;
        const source = parsed.text.slice(node.range[0], node.range[1]);
        if (plainReadsAsString(source))
            return undefined;
        const t = yaml11Type(source) !== 'str' ? yaml11Type(source) : yaml12Type(source);
        return { source, kind: t === 'int' || t === 'float' ? 'number' : t === 'timestamp' ? 'date' : t === 'bool' ? 'boolean' : 'null' };
    }
    catch {
        return undefined; // the file's own error is reported by parseChart
    }
}
/**
 * The version a level gives, applied to the version at the base (so that
 * a rerun changes nothing): a chart already bumped by at least that level over
 * the base, or new since the base, keeps its version and says why.
 */
function fromBase(dir, current, level, base) {
    const at = base?.versions.get(dir);
    if (!base || at === undefined)
        return { version: semver_default().inc(current, level) };
    if (at === null)
        return { version: current, leftAlone: `new since ${base.label}: version left at ${current}` };
    const target = semver_default().inc(at, level);
    if (semver_default().gte(current, target))
        return { version: current, leftAlone: `already ${current}, at least a ${level} bump over ${at} at ${base.label}: version left as is` };
    // The work tree may also be behind the base (another bump merged since): the level still starts from the base.
    return { version: target };
}
/** The `artifacthub.io/changes` annotation body: a YAML list of kind/description. */
function artifactHubChanges(entries) {
    return entries
        .map((e) => {
        const text = e.text.replace(/\s+/g, ' ').trim();
        return `- kind: ${e.kind}\n  description: ${isPlainSafe(text) && !/[[\]{},]/.test(text[0] ?? '') ? text : doubleQuote(text)}`;
    })
        .join('\n');
}

// EXTERNAL MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs + 3 modules
var lib = __webpack_require__(9605);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/core/src/toml/pins.ts
// One operator and one version: `1.4.2`, `^1.4.2`, `~1.4`, `==1.4.2`, `>=1.4.2`, `~=1.4.2`. Ranges with
// several clauses (`>=1,<2`, `1.x || 2.x`) and wildcards are not a pin and are refused by the caller.
const SINGLE = /^(\s*)(\^|~=|~|===|==|>=|=)?(\s*)(v?)(\d+(?:\.\d+)*(?:[-+.][0-9A-Za-z.+-]*)?)(\s*)$/;
/** Sets the version of a single-clause constraint, keeping its operator and spacing; undefined when it is not one. */
function setConstraintVersion(constraint, version) {
    const m = SINGLE.exec(constraint);
    if (!m)
        return undefined;
    return `${m[1]}${m[2] ?? ''}${m[3]}${m[4]}${version}${m[6]}`;
}
// PEP 508: name, optional extras, then a version specifier, then optional `; markers`.
const REQUIREMENT = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(\s*(?:\[[^\]]*\])?\s*)(\(?)([^;@()]*?)(\)?)(\s*(?:;.*)?)$/s;
/**
 * Re-pins a PEP 508 requirement string (`liba==1.4.2`, `liba[extra] ~= 1.4 ; python_version>"3.9"`)
 * to `version`, keeping the operator, extras and markers. Undefined when it
 * has no single-clause version (a bare name, a URL, a range).
 */
function pep508Pin(requirement, version) {
    const m = REQUIREMENT.exec(requirement);
    if (!m)
        return undefined;
    const spec = m[5];
    if (spec.trim() === '' || /^\s*[0-9v]/.test(spec))
        return undefined; // PEP 508 needs an operator
    const set = setConstraintVersion(spec, version);
    if (set === undefined)
        return undefined;
    return { name: m[2], from: spec.trim(), to: set.trim(), text: `${m[1]}${m[2]}${m[3]}${m[4]}${set}${m[6]}${m[7]}` };
}

;// CONCATENATED MODULE: ./packages/core/src/toml/edit.ts







// A release reads each package and pin file several times (its version, the check with a stand-in version,
// the planned edit, the dry run's diff), always the same text: with the run's cache it is parsed once. Parses
// are only read, so sharing them is safe.
const TOML_OFFSETS = { name: 'toml', parse: (text, file) => parseUncached(text, file) };
/** Parses TOML with offsets; a syntax error is a UserError at file:line. With the run's `cache`, a text parsed before is not parsed again. */
function parseTomlOffsets(text, file, cache) {
    return parse_cache_parseWith(cache, TOML_OFFSETS, text, file);
}
function parseUncached(text, file) {
    const { body } = bytes_frame(text);
    let ast;
    try {
        ast = (0,lib/* parseTOML */.MD)(body);
    }
    catch (e) {
        const line = e.lineNumber;
        throw new src_errors/* UserError */.yo(`invalid TOML: ${e.message.split('\n')[0]}`, { file, line: line ?? 1, hint: 'fix the TOML syntax' });
    }
    const values = [];
    const tables = new Set();
    const keyNames = (k) => k.keys.map((p) => (p.type === 'TOMLBare' ? p.name : p.value));
    const walk = (prefix, kvs) => {
        for (const kv of kvs) {
            const path = [...prefix, ...keyNames(kv.key)];
            values.push({ path, node: kv.value });
            if (kv.value.type === 'TOMLInlineTable') {
                tables.add(path.join('.'));
                walk(path, kv.value.body);
            }
        }
    };
    for (const item of ast.body[0].body) {
        if (item.type === 'TOMLTable') {
            tables.add(item.resolvedKey.join('.'));
            walk(item.resolvedKey, item.body);
        }
        else
            walk([], [item]);
    }
    return { file, body, values, tables };
}
/** The value at a key path, if present. */
function tomlValueAt(p, path) {
    return p.values.find((v) => v.path.length === path.length && v.path.every((k, i) => k === path[i]))?.node;
}
/** Replaces a single-line string's content, keeping its quote style. */
function stringSplice(p, node, path, value, what) {
    if (node.type !== 'TOMLValue' || node.kind !== 'string')
        throw new src_errors/* UserError */.yo(`${what} is not a string`, {
            file: p.file,
            line: lineAt(p.body, node.range[0]),
            hint: 'write it as a quoted string, e.g. "1.2.3"',
        });
    const raw = p.body.slice(node.range[0], node.range[1]);
    if (raw.startsWith('"""') || raw.startsWith("'''"))
        throw new src_errors/* UserError */.yo(`${what} is a multi-line string`, {
            file: p.file,
            line: lineAt(p.body, node.range[0]),
            hint: 'write it on one line',
        });
    if (node.style === 'literal' && value.includes("'"))
        throw new src_errors/* UserError */.yo(`${what}: '${value}' cannot be written as a literal string`, { file: p.file, line: lineAt(p.body, node.range[0]) });
    const inner = node.style === 'basic' ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : value;
    return { start: node.range[0] + 1, end: node.range[1] - 1, text: inner, path, value };
}
/**
 * Applies splices to the body and proves with smol-toml that only the
 * intended values changed (the data before with the new values put in must
 * equal the data after). A BOM is kept.
 */
function applySplices(text, p, splices) {
    if (splices.length === 0)
        return text;
    const { bom, body } = bytes_frame(text);
    let out = body;
    for (const s of [...splices].sort((a, b) => b.start - a.start))
        out = out.slice(0, s.start) + s.text + out.slice(s.end);
    const expected = (0,smol_toml_dist/* parse */.qg)(body);
    for (const s of splices)
        edit_setIn(expected, s.path, s.value);
    let after;
    try {
        after = (0,smol_toml_dist/* parse */.qg)(out);
    }
    catch (e) {
        throw new Error(`${p.file}: the TOML edit produced invalid TOML (${e.message.split('\n')[0]}); nothing was written`, {
            cause: e,
        });
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(JSON.parse(JSON.stringify(expected)), JSON.parse(JSON.stringify(after))))
        throw new Error(`${p.file}: the TOML edit changed more than ${splices.map((s) => s.path.join('.')).join(', ')}; nothing was written`);
    return bom + out;
}
function edit_setIn(obj, path, value) {
    let cur = obj;
    for (const k of path.slice(0, -1))
        cur = cur[k];
    cur[path[path.length - 1]] = value;
}
/** Version keys a pyproject.toml may carry. */
const VERSION_PATHS = [
    ['project', 'version'],
    ['tool', 'poetry', 'version'],
];
/**
 * Sets the package's own version in a pyproject.toml: `[project] version`
 * and `[tool.poetry] version`, whichever exist (both when both do). A file
 * with neither is a UserError naming it. `cache` holds the run's parses.
 */
function setPyprojectVersion(text, file, version, cache) {
    const p = parseTomlOffsets(text, file, cache);
    const splices = [];
    for (const path of VERSION_PATHS) {
        const node = tomlValueAt(p, path);
        if (node)
            splices.push(stringSplice(p, node, path, version, `${path.join('.')}`));
    }
    if (splices.length === 0)
        throw new src_errors/* UserError */.yo('no [project] version or [tool.poetry] version to set', {
            file,
            line: 1,
            hint: 'add version = "0.0.0" under [project] or [tool.poetry], or remove the file from packages',
        });
    return applySplices(text, p, splices.filter((s) => p.body.slice(s.start, s.end) !== s.text));
}
/** Normalised package name (PEP 503): case and runs of `-_.` do not matter. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/**
 * Sets dependency pins to `version` in the TOML table `table` (dotted path):
 * Poetry tables (`liba = "1.4.2"`, `"^1.4.2"` keeps its operator,
 * `{ version = "…", extras = […] }`) and PEP 621 arrays of requirement
 * strings (`dependencies = ["liba==1.4.2"]`). Path, git and url dependencies
 * are left alone. A table that does not exist is a UserError. `cache` holds
 * the run's parses.
 */
function setTomlPins(text, file, table, names, version, tableLine, cache) {
    const p = parseTomlOffsets(text, file, cache);
    const tablePath = splitDotted(table);
    const wanted = new Set(names.map(normalizeName));
    const splices = [];
    const changes = [];
    const arr = tomlValueAt(p, tablePath);
    const note = (name, outcome, s) => {
        if (!outcome)
            return;
        changes.push({ name, from: outcome.from, to: outcome.to });
        if (s && outcome.from !== outcome.to)
            splices.push(s);
    };
    if (arr && arr.type === 'TOMLArray') {
        arr.elements.forEach((el, i) => {
            if (el.type !== 'TOMLValue' || el.kind !== 'string')
                return;
            const pin = pep508Pin(el.value, version);
            if (!pin || !wanted.has(normalizeName(pin.name)))
                return;
            const s = stringSplice(p, el, [...tablePath, i], pin.text, `${table}[${i}]`);
            note(pin.name, pin, s);
        });
    }
    else if (p.tables.has(tablePath.join('.')) || tablePath.join('.') === '') {
        for (const v of p.values) {
            if (v.path.length !== tablePath.length + 1 || !tablePath.every((k, i) => v.path[i] === k))
                continue;
            const name = String(v.path[tablePath.length]);
            if (!wanted.has(normalizeName(name)))
                continue;
            let node = v.node;
            let path = v.path;
            if (node.type === 'TOMLInlineTable') {
                path = [...v.path, 'version'];
                node = tomlValueAt(p, path);
                if (!node)
                    continue; // a path, git or url dependency: nothing to pin
            }
            if (node.type !== 'TOMLValue' || node.kind !== 'string')
                continue;
            const set = setConstraintVersion(node.value, version);
            if (!set)
                throw new src_errors/* UserError */.yo(`${name} = "${node.value}" is not a single version constraint to pin`, {
                    file,
                    line: lineAt(p.body, node.range[0]),
                    hint: `write it as "${version}" or "^${version}"`,
                });
            note(name, { name, from: node.value, to: set, text: set }, stringSplice(p, node, path, set, name));
        }
    }
    else {
        throw new src_errors/* UserError */.yo(`pin table '${table}' does not exist in ${file}`, {
            file: tableLine?.file ?? file,
            line: tableLine?.line ?? (tableLine?.file ? undefined : 1),
            hint: `fix pins.table in the config, or add [${table}] to ${file}`,
        });
    }
    return { text: applySplices(text, p, splices), changes };
}
/** Splits `tool.poetry.group.prod.dependencies` (quoted parts allowed: `tool."my.key"`). */
function splitDotted(path) {
    const out = [];
    const re = /\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/y;
    let m;
    while (re.lastIndex < path.length && (m = re.exec(path)))
        out.push(m[1] ?? m[2] ?? m[3]);
    return out;
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./packages/core/src/edits/json-edit.ts





function parse(text, file) {
    const { body } = bytes_frame(text);
    const data = parseJsonWith(main, body, file, 'fix the JSON syntax');
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        throw new src_errors/* UserError */.yo('package.json must hold an object', { file, line: 1, hint: 'fix the file' });
    return { body, tree: main.parseTree(body), data };
}
/** Replaces each string node's bytes with the JSON form of its new value and proves nothing else changed. */
function apply(text, file, body, data, splices) {
    if (splices.length === 0)
        return text;
    const { bom } = bytes_frame(text);
    let out = body;
    for (const s of [...splices].sort((a, b) => b.node.offset - a.node.offset))
        out = out.slice(0, s.node.offset) + JSON.stringify(s.value) + out.slice(s.node.offset + s.node.length);
    const expected = JSON.parse(JSON.stringify(data));
    for (const s of splices) {
        let cur = expected;
        for (const k of s.path.slice(0, -1))
            cur = cur[k];
        cur[s.path[s.path.length - 1]] = s.value;
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(expected, JSON.parse(out)))
        throw new Error(`${file}: the JSON edit changed more than ${splices.map((s) => s.path.join('.')).join(', ')}; nothing was written`);
    return bom + out;
}
/** Sets package.json `version` with a minimal diff; a file without one is a UserError. */
function setPackageJsonVersion(text, file, version) {
    const { body, tree, data } = parse(text, file);
    const node = main.findNodeAtLocation(tree, ['version']);
    if (!node)
        throw new src_errors/* UserError */.yo('package.json has no "version" to set', {
            file,
            line: 1,
            hint: 'add "version": "0.0.0", or remove the file from packages',
        });
    if (node.type !== 'string')
        throw new src_errors/* UserError */.yo('"version" is not a string', { file, line: lineAt(body, node.offset), hint: 'write it as "1.2.3"' });
    if (node.value === version)
        return text;
    return apply(text, file, body, data, [{ node, path: ['version'], value: version }]);
}
const SECTIONS = ['dependencies', 'devDependencies'];
// Specifiers that do not name a registry version: leave them alone.
const NOT_A_VERSION = /^(workspace:|file:|link:|portal:|patch:|npm:|git(\+[a-z]+)?:|github:|https?:|\.\.?\/|~\/|\/|[\w-]+\/[\w.-]+$)/;
/**
 * Sets `names` in package.json dependencies and devDependencies to
 * `version`, keeping a range operator (`^1.4.2` → `^1.5.0`); `workspace:`,
 * path, git and url specifiers are left alone.
 */
function setPackageJsonPins(text, file, names, version) {
    const { body, tree, data } = parse(text, file);
    const splices = [];
    const changes = [];
    for (const section of SECTIONS) {
        for (const name of names) {
            const node = main.findNodeAtLocation(tree, [section, name]);
            if (!node || node.type !== 'string')
                continue;
            const spec = String(node.value);
            if (NOT_A_VERSION.test(spec))
                continue;
            const set = setConstraintVersion(spec, version);
            if (set === undefined)
                throw new src_errors/* UserError */.yo(`${section}.${name} is "${spec}", not a single version range to pin`, {
                    file,
                    line: lineAt(body, node.offset),
                    hint: `write it as "${version}" or "^${version}"`,
                });
            changes.push({ name, from: spec, to: set });
            if (set !== spec)
                splices.push({ node, path: [section, name], value: set });
        }
    }
    return { text: apply(text, file, body, data, splices), changes };
}

// EXTERNAL MODULE: ./packages/core/src/text/mentions.ts
var mentions = __webpack_require__(8274);
;// CONCATENATED MODULE: ./packages/core/src/release/notes.ts




const notes_SECTIONS = [
    ['feat', 'Features'],
    ['fix', 'Bug Fixes'],
    ['perf', 'Performance'],
    ['revert', 'Reverts'],
];
// Markdown that could turn a commit subject into markup or HTML; untrusted text stays text. At the start
// (right after the bullet's `* `) a heading, list or ordered-list marker would open a block inside the item.
function md(text) {
    // No mention and no closing keyword aimed at another repository: the notes reach the release PR body,
    // the GitHub Release and every summary (mentions.ts).
    return (0,mentions/* inertReferences */.x)(text)
        .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
        .replace(/\r?\n/g, ' ')
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
function line(c, ctx, text) {
    const repo = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
    const short = c.sha.slice(0, 7);
    const sha = repo ? ` ([${short}](${repo}/commit/${c.sha}))` : ` (${short})`;
    const pr = c.pr === undefined ? '' : repo ? ` ([#${c.pr}](${repo}/pull/${c.pr}))` : ` (#${c.pr})`;
    return `* ${c.scope ? `**${md(c.scope)}:** ` : ''}${md(text)}${pr}${sha}`;
}
/**
 * The release notes for one version in Markdown: a heading with the
 * compare link, breaking changes first with their descriptions, then
 * Features, Bug Fixes, Performance and Reverts; each line with its scope,
 * (#PR) link and short sha. Commit text is escaped, never markup.
 */
function renderNotes(commits, ctx) {
    return renderNotesParts(commits, ctx).join('');
}
/**
 * renderNotes in parts (their concatenation is the notes, the last part its
 * final \n): batches of lines, each ASCII batch one byte per character, for
 * changelogWithNotes to join once into the new CHANGELOG.md's text.
 */
function renderNotesParts(commits, ctx) {
    const repo = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
    const title = repo && ctx.previous
        ? `[${ctx.version}](${repo}/compare/${ctx.tagPrefix}${ctx.previous}...${ctx.tagPrefix}${ctx.version})`
        : ctx.version;
    const out = new Lines(`## ${title} (${ctx.date})`);
    if (commits.some((c) => c.breaking)) {
        out.push('', '### ⚠ BREAKING CHANGES', '');
        for (const c of commits)
            if (c.breaking)
                for (const note of c.breakingNotes.length ? c.breakingNotes : [c.subject])
                    out.push(line(c, ctx, note));
    }
    for (const [type, heading] of notes_SECTIONS) {
        if (!commits.some((c) => c.type === type))
            continue;
        out.push('', `### ${heading}`, '');
        for (const c of commits)
            if (c.type === type)
                out.push(line(c, ctx, c.subject));
    }
    if (out.count === 1)
        out.push('', 'No user-facing changes.');
    return [...out.parts(), '\n'];
}
/** Lines joined with `\n` a batch at a time (what `lines.join('\n')` gives), the batches kept apart. */
class Lines {
    batches = [];
    batch;
    count = 1;
    constructor(first) {
        this.batch = [first];
    }
    push(...lines) {
        this.count += lines.length;
        for (const l of lines)
            this.batch.push(l);
        // Each line is built of a few pieces (a rope until joined): joined 512 at a time, they are garbage while
        // young instead of 100,000 of them living until the end, and a batch of ASCII lines is stored one byte per
        // character even when the notes as a whole hold a ⚠.
        if (this.batch.length >= 512)
            this.flush();
    }
    /** The batches with a `\n` between each two: their concatenation is the lines joined with `\n`. */
    parts() {
        this.flush();
        const out = [];
        for (const b of this.batches) {
            if (out.length > 0)
                out.push('\n');
            out.push(b);
        }
        return out;
    }
    flush() {
        if (this.batch.length === 0)
            return;
        this.batches.push(this.batch.join('\n'));
        this.batch = [];
    }
}
/**
 * Puts a version's notes at the top of the root CHANGELOG.md (below its
 * title), creating the file when missing. A file that already has the
 * version's section is returned unchanged, so a rerun adds nothing. Line
 * endings and a BOM stay.
 */
function prependChangelog(text, version, notes) {
    return (0,parts/* joinText */._V)(changelogWithNotes(text, version, notes).text);
}
/**
 * prependChangelog with the notes in parts or whole, the new text in parts
 * when the notes are: the parts given are parts of the text (`\n` line
 * endings, or a new file) and the notes returned are those parts. A long
 * release's notes (~9 MB at 100,000 commits) are then held once, one byte per
 * character for each ASCII batch, for both; joined, the ⚠ heading among them
 * would make the text two bytes per character.
 */
function changelogWithNotes(text, version, given) {
    if (text !== undefined && hasVersionSection(text.replace(/^\ufeff/, ''), version))
        return { text, notes: given };
    // The block that goes in (the notes without their trailing white space) in parts, when the notes are exactly
    // that and one \n: the parts but the last (a lone \n) when the one before ends in something else.
    const last = typeof given === 'string' ? undefined : given[given.length - 2];
    const split = typeof given !== 'string' && given[given.length - 1] === '\n' && last !== undefined && last !== '' && !/\s$/.test(last);
    const notes = split ? given : (0,parts/* joinText */._V)(given);
    if (text === undefined || text.trim() === '') {
        return { text: typeof notes === 'string' ? `# Changelog\n\n${notes}` : ['# Changelog\n\n', ...notes], notes };
    }
    const { bom, body, eol } = bytes_frame(text);
    // Another line ending goes between every two lines of the notes: they are joined and split for it.
    if (eol !== '\n' && typeof notes !== 'string')
        return changelogWithNotes(text, version, (0,parts/* joinText */._V)(notes));
    // Below a leading `# Title` and the paragraph under it; above the first version section. Found line by line in
    // place: a long CHANGELOG.md (84,000 lines at 100,000 commits) is not split into lines only to be joined again.
    const at = firstSectionOffset(body);
    // The notes' lines joined with the file's line ending: the notes themselves when that is \n (a long release's
    // notes are not split into lines and copied).
    const trimmed = typeof notes === 'string' ? notes.trimEnd() : undefined;
    const block = typeof notes !== 'string' ? notes.slice(0, -1) : [eol === '\n' ? trimmed : trimmed.split('\n').join(eol)];
    const empty = block.every((p) => p === '');
    const before = body.slice(0, at).split(/\r?\n/);
    while (before.length > 0 && before[before.length - 1].trim() === '')
        before.pop();
    // [...before, '', block lines, '', ...after] joined with eol; the blank lines only between non-empty parts; a
    // last line ending when nothing follows (the block ends in something else than white space, when it is not empty).
    const head = `${bom}${before.length ? `${before.join(eol)}${eol}${eol}` : ''}`;
    const tail = at < body.length ? `${eol}${eol}${withEndings(body.slice(at), eol)}` : empty && before.length ? '' : eol;
    // Notes in parts are in the text as given (the block, then the \n that starts the tail); whole notes are
    // joined with the text, which they are then a copy of.
    if (typeof notes !== 'string')
        return { text: [head, ...block, tail], notes };
    return { text: [head, ...block, tail].join(''), notes };
}
/**
 * Where the first `## ` heading's line starts (split at \r?\n, as lines), or the text's length when there is none.
 */
function firstSectionOffset(body) {
    for (let start = 0; start < body.length;) {
        const nl = body.indexOf('\n', start);
        const end = nl < 0 ? body.length : nl;
        // The line without its \r\n: a \r is the line ending's only when a \n follows it.
        const line = body.slice(start, nl > start && body[nl - 1] === '\r' ? nl - 1 : end);
        if (/^##\s/.test(line))
            return start;
        if (nl < 0)
            break;
        start = nl + 1;
    }
    return body.length;
}
/**
 * `text`'s lines joined with `eol`: the text itself when each of its line breaks is already `eol`, which
 * keeps the old part of a long CHANGELOG.md as a view of the text read rather than a copy of it.
 */
function withEndings(text, eol) {
    const uniform = eol === '\n' ? !text.includes('\r\n') : !/(?:^|[^\r])\n/.test(text);
    return uniform ? text : text.split(/\r?\n/).join(eol);
}
/** The notes of one version read back from a changelog (for the GitHub Release); undefined when absent. */
function notesFromChangelog(text, version) {
    const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
    const esc = version.replace(/[.+]/g, '\\$&');
    const start = lines.findIndex((l) => new RegExp(`^##\\s+\\[?v?${esc}(?![0-9A-Za-z.-])`).test(l));
    if (start === -1)
        return undefined;
    let end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
    if (end === -1)
        end = lines.length;
    return `${lines
        .slice(start + 1, end)
        .join('\n')
        .trim()}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/release/plan.ts










/**
 * A glob that picomatch matches only against itself: segments of letters, digits and `_ . @ -`, none of them
 * `.` or `..`. A config or input that lists two hundred package files by path is two hundred lookups, not
 * two hundred matchers run over every file of the workspace.
 */
const LITERAL_PATH = /^(?!\.\.?(?:\/|$))[\w.@-]+(?:\/(?!\.\.?(?:\/|$))[\w.@-]+)*$/;
/** The workspace's files as a set, made once per list. */
const fileSets = new WeakMap();
/** Matches config globs against the workspace's files; a glob that matches nothing is an error naming it. */
function matchFiles(files, pattern, what, where) {
    const glob = pattern.replace(/^\.\//, '');
    const source = where?.input ? { input: where.input } : { key: what, file: where?.file, line: where?.line };
    let out;
    if (LITERAL_PATH.test(glob)) {
        const e = globError(glob, source);
        if (e)
            throw e;
        let set = fileSets.get(files);
        if (!set)
            fileSets.set(files, (set = new Set(files)));
        out = set.has(glob) ? [glob] : [];
    }
    else {
        const isMatch = globMatcher(glob, source);
        out = files.filter((f) => isMatch(f));
    }
    if (out.length === 0 && where?.input)
        throw new src_errors/* UserError */.yo(`: '${pattern}' matches no file`, {
            input: where.input,
            hint: 'fix the path or glob (relative to working-directory)',
        });
    if (out.length === 0)
        throw new src_errors/* UserError */.yo(`${what} '${pattern}' matches no file`, {
            file: where?.file,
            line: where?.line,
            hint: 'fix the path or glob (relative to working-directory)',
        });
    return out.sort();
}
/** Reads the version file's X.Y.Z; undefined when the file does not exist; a UserError at file:1 when it holds something else. */
function readVersionFile(text, file) {
    if (text === undefined)
        return undefined;
    const first = bytes_frame(text).body.split(/\r?\n/)[0].trim();
    if (semver_default().valid(first) !== first)
        throw new src_errors/* UserError */.yo(`version file holds '${first.slice(0, 40)}', not a SemVer version`, {
            file,
            line: 1,
            hint: 'write X.Y.Z (e.g. 1.4.2) on its first line',
        });
    return first;
}
/** The version file with its first line set to `version` (line ending, BOM and the rest kept). */
function writeVersionFile(text, version) {
    if (text === undefined || text.trim() === '')
        return `${version}\n`;
    const { bom, body, eol } = bytes_frame(text);
    const nl = body.indexOf('\n');
    return nl === -1 ? `${bom}${version}` : `${bom}${version}${eol === '\r\n' ? '\r' : ''}${body.slice(nl)}`;
}
/**
 * Plans every file edit of a release: the version file, package versions,
 * dependency pins, chart bumps (appVersion = X.Y.Z, chart version by policy)
 * and the root CHANGELOG.md. Every file is read and checked here; all
 * problems are reported together and nothing is returned half-planned.
 */
function planReleaseFiles(request) {
    // The notes apart: the edits' closures hold `req`, not the notes (CHANGELOG.md's edit holds its text, of which
    // notes in parts are parts).
    const { notes: given, ...req } = request;
    const cache = req.cache ?? new ParseCache();
    const errors = [];
    const edits = [];
    const rows = [];
    const lockDirs = new Set();
    const collect = (e) => {
        if (e instanceof src_errors/* UserErrors */.tQ)
            errors.push(...e.errors);
        else if (e instanceof src_errors/* UserError */.yo)
            errors.push(e);
        else
            throw e;
    };
    const attempt = (fn) => {
        try {
            fn();
        }
        catch (e) {
            collect(e);
        }
    };
    attempt(() => {
        const text = req.read(req.versionFile);
        const from = readVersionFile(text, req.versionFile);
        if (from !== req.version) {
            edits.push({ path: req.versionFile, update: (t) => writeVersionFile(t, req.version) });
            rows.push({ file: req.versionFile, what: 'version', from: from ?? '(new file)', to: req.version });
        }
    });
    for (const file of req.packages) {
        attempt(() => {
            const text = req.read(file);
            if (text === undefined)
                throw new src_errors/* UserError */.yo(`${file} does not exist`, { file, hint: 'fix packages in the config' });
            const update = packageUpdater(file, req.version, cache);
            const from = packageVersion(text, file, cache);
            const after = update(text); // validates now, so every error is found before anything is written
            if (from !== req.version) {
                edits.push(plannedEdit(file, text, after, (t) => (t === undefined ? t : update(t))));
                rows.push({ file, what: 'version', from: from ?? '', to: req.version });
            }
        });
    }
    for (const rule of req.pins) {
        for (const file of rule.files) {
            attempt(() => {
                const text = req.read(file);
                if (text === undefined)
                    return;
                const update = pinUpdater(file, rule, req.version, cache);
                const { changes, text: after } = update(text);
                const moved = changes.filter((c) => c.from !== c.to);
                if (moved.length === 0)
                    return;
                edits.push(plannedEdit(file, text, after, (t) => (t === undefined ? t : update(t).text)));
                for (const c of moved)
                    rows.push({ file, what: `pin ${c.name}`, from: c.from, to: c.to });
                lockDirs.add(external_node_path_.posix.dirname(file));
            });
        }
    }
    let charts = [];
    const warnings = [];
    if (req.charts.length > 0) {
        attempt(() => {
            const plan = planChartBumps(req.charts, req.allCharts, req.read, {
                level: 'patch',
                appVersion: req.version,
                entry: `Release ${req.version}`,
                cascade: true,
                artifacthubChanges: false,
                policy: req.chartVersionPolicy,
                changelog: req.changelog,
                date: req.date,
            }, cache);
            charts = plan.bumps;
            warnings.push(...plan.warnings.map(formatWarning));
            edits.push(...plan.edits);
            for (const b of plan.bumps) {
                rows.push({ file: b.file, what: `chart ${b.name} version`, from: b.previousVersion, to: b.version });
                if (b.appVersion !== undefined && b.appVersion !== b.previousAppVersion)
                    rows.push({ file: b.file, what: `chart ${b.name} appVersion`, from: b.previousAppVersion ?? '', to: b.appVersion });
            }
        });
    }
    // Not in a closure of this function (each holds its context): `given` is not kept by the edits.
    let notes;
    try {
        const changelog = planChangelog(req.read('CHANGELOG.md'), req.version, given);
        notes = changelog.notes;
        if (changelog.edit)
            edits.push(changelog.edit);
        if (changelog.row)
            rows.push(changelog.row);
    }
    catch (e) {
        collect(e);
    }
    (0,src_errors/* throwAll */.Kx)(errors);
    return {
        edits,
        rows,
        lockDirs: [...lockDirs].sort(),
        charts,
        warnings,
        notes: notes ?? given,
    };
}
/**
 * The root CHANGELOG.md with the version's notes on top: its edit and row
 * when that changes it, and the notes as held in its new text when they are
 * in there as given. A long release's notes in parts are then one copy
 * serving both (the new text is made of the same parts, never joined); the
 * edit keeps only what it needs.
 */
function planChangelog(before, version, given) {
    const { text: after, notes } = changelogWithNotes(before, version, given);
    if (after === before)
        return { notes };
    return {
        notes,
        // A long release's CHANGELOG.md is not built twice.
        edit: plannedEdit('CHANGELOG.md', before, after, (t) => prependChangelog(t, version, notes)),
        row: { file: 'CHANGELOG.md', what: 'release notes', from: before === undefined ? '(new file)' : '', to: version },
    };
}
/**
 * An edit whose new text the plan computed already: `after` again when it is applied to the text it was
 * computed from (`read`; so it always is, but for another edit of the same file before it or a concurrent
 * writer), `update` on any other text. The check and the release commit do not redo a file's edit.
 */
function plannedEdit(path, read, after, update) {
    return { path, update: (t) => (t === read ? after : update(t)) };
}
function packageUpdater(file, version, cache) {
    if (file.endsWith('package.json'))
        return (t) => setPackageJsonVersion(t, file, version);
    if (file.endsWith('.toml'))
        return (t) => setPyprojectVersion(t, file, version, cache);
    throw new src_errors/* UserError */.yo(`packages: ${file} is neither a pyproject.toml nor a package.json`, {
        hint: 'list pyproject.toml or package.json files under packages',
    });
}
function packageVersion(text, file, cache) {
    if (file.endsWith('package.json')) {
        const v = JSON.parse(bytes_frame(text).body).version;
        return typeof v === 'string' ? v : undefined;
    }
    const p = parseTomlOffsets(text, file, cache);
    const node = tomlValueAt(p, ['project', 'version']) ?? tomlValueAt(p, ['tool', 'poetry', 'version']);
    return node && node.type === 'TOMLValue' && node.kind === 'string' ? node.value : undefined;
}
function pinUpdater(file, rule, version, cache) {
    if (file.endsWith('package.json'))
        return (t) => setPackageJsonPins(t, file, rule.names, version);
    if (!file.endsWith('.toml'))
        throw new src_errors/* UserError */.yo(`pins: ${file} is neither a TOML file nor a package.json`, { file: rule.where?.file, line: rule.where?.line });
    return (t) => {
        let table = rule.table;
        if (!table) {
            // No table given: PEP 621 dependencies, else Poetry's main dependencies.
            const p = parseTomlOffsets(t, file, cache);
            table = tomlValueAt(p, ['project', 'dependencies']) ? 'project.dependencies' : 'tool.poetry.dependencies';
        }
        return setTomlPins(t, file, table, rule.names, version, rule.where, cache);
    };
}

;// CONCATENATED MODULE: ./packages/core/src/release/next.ts







/**
 * The read of the commits since the last release, started before the files
 * are checked: `git log <tag>..HEAD` prints nothing until its walk of the
 * range is done (a tenth of a second at 10,000 commits), and that walk runs
 * while the run checks its files or asks GitHub about HEAD. Only local git
 * reads start early: a shallow clone's fetches (tags, history back to the
 * release) wait until `result()` is asked, after the checks, so a broken
 * file still fails the run before it touches the network. `stop()` (a run
 * that publishes, or fails) ends the read: no fetch starts, and git is stopped.
 */
class CommitScan {
    stopped = new AbortController();
    fetching;
    letFetch;
    refuseFetch;
    scan;
    /**
     * Settles once git walks the range since the last release, a shallow clone's scan waits for its
     * fetches to be let go, or the scan has ended: what the run does meanwhile overlaps the walk.
     */
    walking;
    /** `shallow`: whether the clone is shallow, when the caller asked it already (headFacts). */
    constructor(git, prefix, head, shallow) {
        this.fetching = new Promise((go, no) => {
            this.letFetch = go;
            this.refuseFetch = no;
        });
        let walk;
        this.walking = new Promise((go) => (walk = go));
        let analyzer = new CommitAnalyzer();
        // Each commit is parsed as git prints it (a new analyzer when the range read first was not the release's).
        const open = () => {
            const a = (analyzer = new CommitAnalyzer());
            return (c) => a.add(c);
        };
        this.scan = scanReleaseRange(git, prefix, head, open, {
            mayFetch: this.fetching,
            signal: this.stopped.signal,
            shallow,
            walking: walk,
        }).then((last) => ({
            last,
            analyzer,
        }));
        // walking ends with the scan at the latest. Settled before anyone asks (a run that fails its checks never
        // does): not an unhandled rejection.
        this.scan.then(walk, walk);
        this.fetching.catch(() => undefined);
    }
    /** The scan, its fetches let go. */
    result() {
        this.letFetch();
        return this.scan;
    }
    /** Abandons the scan: no fetch starts, a running git log is stopped. Nothing once the scan is done. */
    stop() {
        const reason = new Error('the read of the commits since the last release was abandoned');
        this.stopped.abort(reason);
        this.refuseFetch(reason);
    }
}
/**
 * Decides the next version from the commits since the last release (`scan`):
 * the version file's version is a floor when no tag carries it, tags of
 * another prefix are named (an error when they are this repository's
 * releases), and a version below the version file's or already tagged is
 * refused before anything is edited.
 */
async function nextRelease(s, deps, scan, read) {
    const { last, analyzer } = await scan.result();
    for (const f of last.fetched)
        deps.log.info(`fetched ${f} (shallow checkout)`);
    const analysis = analyzer.analysis();
    // The version file's version is a floor: no tag (a repository adopting lockstep) starts from it.
    const fileVersion = readVersionFile(read(s.versionFile), s.versionFile);
    let from = last.version;
    let previousNote;
    if (!last.tag &&
        s.version === undefined &&
        fileVersion &&
        semver_default().prerelease(fileVersion) === null &&
        semver_default().gt(fileVersion, s.initialVersion)) {
        from = fileVersion;
        previousNote = `from ${s.versionFile}, no tag ${s.tagPrefix}${fileVersion} yet`;
    }
    const next = nextVersion({
        last: from,
        bump: analysis.bump,
        initialVersion: s.initialVersion,
        preMajor: s.preMajor,
        prerelease: s.prerelease,
        existing: last.allVersions,
        explicit: s.version,
        releaseAs: analysis.releaseAs,
    });
    const warnings = [];
    if (last.allVersions.length === 0 && s.version === undefined) {
        const others = await otherPrefixTags(deps.git, s.tagPrefix, last);
        if (others.length > 0) {
            const [top] = others;
            const shown = others
                .slice(0, 3)
                .map((o) => o.tag)
                .join(', ');
            const prefixName = top.prefix === '' ? "''" : top.prefix;
            const what = `no tag matches ${s.tagPrefix}X.Y.Z; found ${shown} — did you mean tag-prefix: ${prefixName}?`;
            // Those tags are this repository's releases when one names the version file's version, or when the
            // computed version would fall below them; tags of something else (e.g. chart-releaser's myapp-0.13.0) only warn.
            const mine = others.some((o) => (fileVersion !== undefined && semver_default().eq(o.version, fileVersion)) ||
                (next.version !== undefined && semver_default().lt(next.version, o.version)));
            if (mine)
                throw new src_errors/* UserError */.yo(`${what} Nothing was edited or pushed`, {
                    hint: (0,src_errors/* words */.aL) `write tag-prefix: ${prefixName} in the config (or ${(0,src_errors/* setting */.Pe)('tag-prefix', prefixName)}), or give ${(0,src_errors/* theInput */.y8)('version')} to start the ${s.tagPrefix}X.Y.Z series`,
                });
            warnings.push(`${what} (they look like another component's tags: releasing from ${previousNote ? `${s.versionFile}'s ${fileVersion}` : 'the initial version'})`);
        }
    }
    if (next.version && fileVersion && semver_default().lt(next.version, fileVersion)) {
        throw new src_errors/* UserError */.yo(`the next version ${next.version} is below ${fileVersion} in the version file; nothing was edited or pushed`, {
            file: s.versionFile,
            line: 1,
            hint: last.tag
                ? (0,src_errors/* words */.aL) `tag the release ${fileVersion} (${s.tagPrefix}${fileVersion}) if it was made, or give ${(0,src_errors/* theInput */.y8)('version')} (${fileVersion} or above)`
                : (0,src_errors/* words */.aL) `give ${(0,src_errors/* theInput */.y8)('version')} (${fileVersion} or above), or fix ${s.versionFile}`,
        });
    }
    const base = {
        mode: s.dryRun ? 'dry-run' : 'nothing',
        previousVersion: from,
        previousNote,
        bump: next.bump,
        notes: '',
        commits: analysis.commits,
        changes: [],
        rows: [],
        lockDirs: [],
        released: false,
        actions: [],
        warnings,
    };
    if (!next.version) {
        base.actions.push(`Nothing to release: none of the ${analyzer.count} commit(s) since ${last.tag ?? 'the first commit'} is a feat, fix, perf, revert or breaking change.`);
        return { result: base, lastVersion: last.version };
    }
    const version = next.version;
    // Case 32: never prepare a version that is already tagged (a release made from another branch, an explicit
    // version, or the same version with other build metadata). A published GitHub Release always has its tag.
    const taken = await publishedTag(deps.git, s.tagPrefix, version, { known: last });
    if (taken) {
        const at = await tagCommit(deps.git, taken);
        throw new src_errors/* UserError */.yo(`version ${version} is already published: tag ${taken} exists (on ${at.slice(0, 12)}); nothing was edited or pushed`, {
            hint: s.version !== undefined
                ? (0,src_errors/* words */.aL) `give ${(0,src_errors/* theInput */.y8)('version')} above every tagged version`
                : (0,src_errors/* words */.aL) `give ${(0,src_errors/* theInput */.y8)('version')} above ${taken.slice(s.tagPrefix.length)}, or release from the branch that carries ${taken}`,
        });
    }
    return { result: base, version, lastVersion: last.version };
}

// EXTERNAL MODULE: ./packages/core/src/git/commits.ts
var commits = __webpack_require__(3852);
;// CONCATENATED MODULE: ./packages/core/src/git/queue-branch.ts
// GitHub's merge queue tests each entry on a branch of its own, `gh-readonly-queue/<base>/pr-<n>-<sha>`: <base>
// the branch the queue merges into, <n> the queued pull request, <sha> the commit the entry is built on (the base
// branch's tip, or the entry ahead). The branch lives while the pull request is queued and is deleted when the
// group lands or the entry leaves the queue. A name is untrusted text: it is matched whole or not at all.
/** The folder every merge queue branch lives under. */
const QUEUE_BRANCH_ROOT = 'gh-readonly-queue';
/**
 * The queue entry a ref or branch name names, as GitHub writes a merge queue's branches:
 * `gh-readonly-queue/<branch>/pr-<n>-<sha>`, alone or as `refs/heads/…`, `refs/remotes/<remote>/…` or
 * `<remote>/…`. Anything else (another shape, a branch name git would refuse, a line break) names none.
 */
function queueBranchOf(ref) {
    const m = /^(?:refs\/heads\/|refs\/remotes\/[\w.-]+\/|[\w.-]+\/)?gh-readonly-queue\/([\w./-]+)\/pr-(\d{1,9})-([0-9a-f]{40}|[0-9a-f]{64})$/.exec(ref);
    if (!m)
        return undefined;
    const branch = m[1];
    if (branch.startsWith('-') ||
        branch.includes('..') ||
        branch.split('/').some((p) => p === '' || p.startsWith('.') || p.endsWith('.lock')))
        return undefined;
    return { baseBranch: branch, pull: Number(m[2]), entryBase: m[3] };
}
/**
 * The prefix every queue branch of pull request `pull` into `base` starts with, as GitHub's matching-refs route
 * takes it (`heads/gh-readonly-queue/main/pr-12-`): the trailing dash keeps #12 from matching #120.
 */
function queueRefPrefix(base, pull) {
    return `heads/${QUEUE_BRANCH_ROOT}/${base}/pr-${pull}-`;
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/compare.js
var functions_compare = __webpack_require__(3483);
;// CONCATENATED MODULE: ./packages/core/src/changelog/sections.ts
// A changelog read back as data: each version section's bullet entries, which
// of them are breaking, and the pull requests they cite. promote/whats-in.ts
// lists what a promotion brings (or takes away) from these.



const BREAKING_GROUP = /breaking/i;
const BREAKING_TEXT = /^(?:\*\*|__)?(?:⚠\s*)?breaking(?:[ _-]changes?)?\b|^\w+(?:\([^)]*\))?!:/i;
/** A bullet's text without Markdown link targets, emphasis or code marks, and the pull requests it cites. */
function plainEntry(raw) {
    const pulls = new Set();
    for (const m of raw.matchAll(/\/pull\/(\d{1,9})\b/g))
        pulls.add(Number(m[1]));
    for (const m of raw.matchAll(/(?<![\w/&])#(\d{1,9})\b/g))
        pulls.add(Number(m[1]));
    const text = raw
        // Links keep their text; a reference to a pull request or a commit (`([#12](…))`, `([abc1234](…))`) goes: it is listed apart.
        .replace(/\s*\(\[(?:#\d+|[0-9a-f]{7,40})\]\([^)]*\)\)/g, '')
        .replace(/\s*\((?:#\d+|[0-9a-f]{7,40})\)/g, '')
        // A link target may hold one level of parentheses (`javascript:alert(1)`), as CommonMark allows.
        .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        // Code spans keep their text as it is; outside them a backslash escape (`\*`, `\_`, written by the
        // release notes) stands for the character alone: the text is shown escaped once, where it is shown.
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : part.replace(/\\([!-/:-@[-`{-~])/g, '$1')))
        .join('')
        .trim();
    return { text, pulls: [...pulls] };
}
/**
 * Every version section of a changelog in file order, with its top-level
 * bullets. A group heading naming breaking changes (`### ⚠ BREAKING
 * CHANGES`) marks the bullets under it breaking; so does a bullet that says
 * so itself. Lines inside code fences are skipped with their headings.
 */
function versionSections(text) {
    const index = indexSections(text);
    return index.headings.map((_, i) => sectionAt(index, i));
}
/**
 * The headings of `text`, for sectionAt and sectionsInRange. No line array is
 * kept: a section's lines are split out of the text when it is parsed, so an
 * index of a 3.5 MB CHANGELOG.md holds the text and its few hundred headings,
 * not 84,000 line strings.
 */
function indexSections(text) {
    const body = text.replace(/^\ufeff/, '');
    return { text: body, headings: versionHeadings(body) };
}
/** The offset just past the line break of the line at `offset` (the text's length on its last line). */
function nextLineStart(text, offset) {
    const end = text.indexOf('\n', offset);
    return end < 0 ? text.length : end + 1;
}
/** The `i`th version section of an index, its bullets parsed. */
function sectionAt({ text, headings }, i) {
    const h = headings[i];
    // From the line after the heading (and after a setext heading's underline) to the next heading's line.
    const from = h.underline === undefined ? nextLineStart(text, h.offset) : nextLineStart(text, nextLineStart(text, h.offset));
    const end = i + 1 < headings.length ? headings[i + 1].offset : text.length;
    const lines = from < end ? text.slice(from, end).split(/\r?\n/) : [];
    const entries = [];
    let breakingGroup = false;
    let fence = false;
    for (const line of lines) {
        if (/^ {0,3}(`{3,}|~{3,})/.test(line))
            fence = !fence;
        if (fence)
            continue;
        const group = /^#{1,6}[ \t]+(.*)$/.exec(line);
        if (group) {
            // A heading above the section's level (a prose `## Notes` after the last version) ends it.
            if (/^#+/.exec(line)[0].length <= h.level)
                break;
            breakingGroup = BREAKING_GROUP.test(group[1]);
            continue;
        }
        const bullet = /^ {0,1}[-*+][ \t]+(.+)$/.exec(line);
        if (!bullet)
            continue;
        const { text: words, pulls } = plainEntry(bullet[1]);
        entries.push({ text: words, breaking: breakingGroup || BREAKING_TEXT.test(bullet[1].trim()), pulls });
    }
    return { version: h.version, entries };
}
/**
 * sectionsBetween(versionSections(text), from, to) without parsing the
 * bullets of the sections outside the range: a promotion between two
 * releases of a long changelog reads two sections, not hundreds.
 */
function sectionsInRange(index, from, to) {
    const lo = valid(from);
    const hi = valid(to);
    if (!lo || !hi || compare(lo, hi) >= 0)
        return [];
    const inRange = index.headings.flatMap((h, i) => (compare(h.version, lo) > 0 && compare(h.version, hi) <= 0 ? [i] : []));
    return sectionsBetween(inRange.map((i) => sectionAt(index, i)), lo, hi);
}
/**
 * The sections strictly after `from` up to and including `to` (SemVer
 * order), newest first: what moving from `from` to `to` brings. Empty when
 * either is not a version or `to` is not newer.
 */
function sectionsBetween(sections, from, to) {
    const lo = valid(from);
    const hi = valid(to);
    if (!lo || !hi || compare(lo, hi) >= 0)
        return [];
    const seen = new Set();
    return sections
        .filter((s) => compare(s.version, lo) > 0 && compare(s.version, hi) <= 0 && !seen.has(s.version) && seen.add(s.version))
        .sort((a, b) => compare(b.version, a.version));
}

// EXTERNAL MODULE: ./packages/core/src/trail/trail.ts
var trail = __webpack_require__(1062);
;// CONCATENATED MODULE: ./packages/core/src/release/publish.ts








/** The version a merged release PR carried, when HEAD is its merge (API first, then the commit subject). */
async function detectRelease(s, deps, head) {
    // A commit GitHub does not know (pushed nowhere yet) has no pull requests: fall back to its subject.
    const pulls = await deps.api.pullsForCommit(head).catch((e) => {
        if (e.status === 404 || e.status === 422)
            return [];
        throw e;
    });
    for (const p of pulls) {
        if (!p.merged || !p.head.startsWith(s.branchPrefix))
            continue;
        const v = p.head.slice(s.branchPrefix.length);
        if (semver_default().valid(v) === v)
            return { version: v, pull: p };
    }
    const found = releaseOfSubject(await (0,commits/* subjectOf */.et)(deps.git, head), s.branchPrefix);
    return found ? { version: found.version } : undefined;
}
/**
 * The release a commit's subject says it merged, as GitHub writes a release PR's merge with its default message:
 * the squash (`chore(release): 1.5.0 (#12)`), the release commit itself (a rebase), or the merge commit
 * (`Merge pull request #12 from owner/chore/release-1.5.0`); `pull` when the subject names it.
 */
function releaseOfSubject(subject, branchPrefix) {
    const squash = /^chore\(release\): (\S+?)(?: \(#(\d{1,9})\))?$/.exec(subject);
    const merge = new RegExp(`^Merge pull request #(\\d{1,9}) from \\S+?/${escapeRe(branchPrefix)}(\\S+)$`).exec(subject);
    const version = squash?.[1] ?? merge?.[2];
    if (version === undefined || semver_default().valid(version) !== version)
        return undefined;
    const pull = squash ? squash[2] : merge?.[1];
    return pull === undefined ? { version } : { version, pull: Number(pull) };
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * notify-pulls: "Released in v1.5.0" on every pull request the version's
 * CHANGELOG.md section cites (the release pull request itself left out);
 * a rerun finds each comment current and changes nothing.
 */
async function releaseTrail(leave, changelog, found, tag) {
    const section = changelog ? versionSections(changelog).find((v) => v.version === found.version) : undefined;
    const pulls = [...new Set(section?.entries.flatMap((e) => e.pulls) ?? [])];
    if (pulls.length === 0)
        return ['notify-pulls: the release notes cite no pull request; no trail comment left.'];
    return (0,trail/* describeTrail */.ee)(`released in ${tag}`, await leave(pulls, { release: tag }, found.pull ? [found.pull.number] : []));
}
/** What happened to one asset of the draft, said before the publish line. */
function assetLine(a) {
    if (a.outcome === 'kept')
        return `Asset ${a.name}: already on the draft with the same size (an earlier run uploaded it), kept.`;
    if (a.outcome === 'replaced')
        return `Asset ${a.name}: the draft held another file of that name, replaced by this one.`;
    return `Attached ${a.name} to the draft release.`;
}
/**
 * Publishes a merged release: the annotated tag on HEAD, pushed, then the
 * GitHub Release with the version's notes (from CHANGELOG.md, else the PR's
 * body), made as a draft and published once, so a repository with immutable
 * releases takes it; a rerun after a job stopped between the two publishes
 * that draft. A rerun finds both done and says so (`released` false), and
 * edits nothing.
 */
async function publishRelease(s, deps, head, found) {
    const api = deps.api;
    const tag = `${s.tagPrefix}${found.version}`;
    const changelog = realFs.readFile((0,fs_workspace/* resolveInside */.LI)(s.root, 'CHANGELOG.md', 'CHANGELOG.md'));
    const notes = (changelog && notesFromChangelog(changelog, found.version)) ?? found.pull?.body ?? `Release ${found.version}\n`;
    const actions = [];
    // The release before this one, found before tagging (a rerun finds this release's tag on HEAD: the one below it).
    const prior = await findLastRelease(deps.git, s.tagPrefix);
    for (const f of prior.fetched)
        deps.log.info(`fetched ${f} (shallow checkout)`);
    const previousVersion = prior.version && semver_default().lt(prior.version, found.version)
        ? prior.version
        : semver_default().rsort(prior.allVersions.filter((v) => semver_default().prerelease(v) === null && semver_default().lt(v, found.version)))[0];
    const publish = deps.publish;
    const message = `Release ${found.version}`;
    // commit-mode api: the tag object is made by GitHub (signed), not pushed.
    const viaApi = publish.tagThroughApi ? await publish.tagThroughApi(tag, head, message) : undefined;
    const tagOutcome = viaApi ? viaApi.outcome : await publish.pushTag(tag, head, message, s.committer);
    if (viaApi && tagOutcome === 'created')
        actions.push(`Tagged ${head.slice(0, 7)} as ${tag} (annotated) through the GitHub API; GitHub shows the tag as ${viaApi.verified ? 'Verified' : 'unverified'}.`);
    else
        actions.push(tagOutcome === 'created'
            ? `Tagged ${head.slice(0, 7)} as ${tag} (annotated) and pushed it.`
            : `Tag ${tag} already exists on ${head.slice(0, 7)}.`);
    const existing = await api.getReleaseByTag(tag);
    let releaseCreated = false;
    if (existing)
        actions.push(`GitHub Release ${tag} already exists: ${existing.url}`);
    else {
        const r = await api.createRelease({
            tag,
            name: tag,
            body: notes,
            prerelease: semver_default().prerelease(found.version) !== null,
            target: head,
            assets: s.assets,
        });
        releaseCreated = r.outcome === 'created';
        actions.push(...(r.assets ?? []).map(assetLine));
        actions.push(r.outcome === 'existing'
            ? `GitHub Release ${tag} already exists: ${r.release.url}`
            : r.resumed
                ? `Published the draft GitHub Release ${tag} an earlier run left (it was stopped before publishing it): ${r.release.url}`
                : `Created the GitHub Release ${tag} as a draft and published it: ${r.release.url}`);
    }
    const released = tagOutcome === 'created' || releaseCreated;
    if (!released)
        actions.push('Nothing to do: this release is already tagged and published.');
    if (s.notifyPulls && api.leaveTrail)
        actions.push(...(await releaseTrail(api.leaveTrail, changelog, found, tag)));
    return {
        mode: 'publish',
        version: found.version,
        previousVersion,
        bump: 'none',
        notes,
        commits: [],
        changes: [],
        rows: [],
        lockDirs: [],
        pr: found.pull ? { number: found.pull.number, url: found.pull.url } : undefined,
        released,
        tag,
        actions,
        warnings: [],
        ...(viaApi && tagOutcome === 'created' ? { tagVerified: viaApi.verified } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/release/queued.ts







// A release PR in GitHub's merge queue. While a pull request is queued GitHub refuses every push to its head
// branch (GH006 "Branches that are queued for merging cannot be updated"), and a release PR closed in favour of a
// new one drops out of the queue: a run on the base branch leaves a queued release PR as it is. The queue tests
// the PR merged on top of the entries ahead of it (the `merge_group` event): that commit is what the base branch
// will hold, so the run checks that the PR's version and notes are still the ones those commits call for.
//
// Whether a PR is queued is read from its queue branch, `gh-readonly-queue/<base>/pr-<n>-<sha>`, through the
// REST matching-refs route: the one place REST shows the queue (the queue itself is GraphQL's), it answers for
// API and git commit modes alike with the token the run already holds, and it needs no fetch of the checkout.
const queued_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Untrusted text quoted in one line: JSON-escaped (no line break survives), and cut short. */
function quoted(v) {
    const text = typeof v === 'string' ? v : v === undefined ? 'nothing' : JSON.stringify(v);
    return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}
/**
 * The group of a `merge_group` event's payload (GITHUB_EVENT_PATH), read as untrusted text: `head_sha` a commit
 * name, `head_ref` a whole queue branch `refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>` into `base_ref`.
 * Anything else is refused in one line naming the field.
 */
function mergeGroupOf(payload) {
    const group = payload.merge_group;
    const hint = 'prepare-release reads the merge_group event GitHub sends for a merge queue entry (GITHUB_EVENT_PATH)';
    if (group === null || typeof group !== 'object')
        throw new src_errors/* UserError */.yo("the merge_group event's payload has no merge_group object", { hint });
    const { head_sha: headSha, head_ref: headRef, base_ref: baseRef } = group;
    if (typeof headSha !== 'string' || !queued_SHA.test(headSha))
        throw new src_errors/* UserError */.yo(`the merge_group event's merge_group.head_sha ${quoted(headSha)} is not a commit name`, { hint });
    const entry = typeof headRef === 'string' && headRef.startsWith('refs/heads/') ? queueBranchOf(headRef) : undefined;
    if (!entry || typeof headRef !== 'string')
        throw new src_errors/* UserError */.yo(`the merge_group event's merge_group.head_ref ${quoted(headRef)} is not a merge queue branch (refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>)`, { hint });
    if (baseRef !== `refs/heads/${entry.baseBranch}`)
        throw new src_errors/* UserError */.yo(`the merge_group event's merge_group.base_ref ${quoted(baseRef)} is not the branch its head_ref queues into (refs/heads/${entry.baseBranch})`, { hint });
    return { headSha, headRef, entry };
}
/**
 * The open release PR that is in the merge queue into `base`, with its queue branch; undefined when none is.
 * Only a ref whose whole name is a queue branch of that PR into that base counts (#12's prefix does not take
 * #120's branches, nor a branch of another shape someone named alike).
 */
async function queuedReleasePull(api, base, open) {
    for (const pull of open) {
        const refs = await api.matchingRefs(queueRefPrefix(base, pull.number));
        const ref = refs.find((r) => {
            const e = r.startsWith('refs/heads/') ? queueBranchOf(r) : undefined;
            return e !== undefined && e.baseBranch === base && e.pull === pull.number;
        });
        if (ref)
            return { pull, ref };
    }
    return undefined;
}
/** The one line of a run that left a queued release PR as it was. */
function queuedLine(pull, ref, base) {
    const branch = ref.replace(/^refs\/heads\//, '');
    return `Release PR #${pull.number} (${pull.head}) is in the merge queue (${branch}): GitHub refuses pushes to a queued PR's branch, so the branch and the PR are left as they are; once the queue lands it, the next run on ${base} releases it, and if it leaves the queue, the next run rebuilds it.`;
}
/** The commits a release's notes list: breaking changes, features, fixes, performance and reverts. */
const inNotes = (c) => c.breaking || c.type === 'feat' || c.type === 'fix' || c.type === 'perf' || c.type === 'revert';
/** The commits the release PR's merge brought itself (those of HEAD not below its first parent). */
async function ownCommits(git, head) {
    return new Set((await (0,commits/* commitsBetween */.$q)(git, `${head}^1`, head))?.map((c) => c.sha));
}
/**
 * On a `merge_group` event: when the group's head commit is the release PR's merge, the release the commits
 * below it call for (from the last release tag to the group's commit, minus the release PR's own commits),
 * compared with the version and notes the PR writes (the group's CHANGELOG.md). The same → a dry run's result
 * saying so; a version or a note missing → the group fails in one line naming the version it should be. A group
 * whose head is not a release merge → undefined (the run previews as on a pull request).
 */
async function checkQueuedRelease(s, ports, head, view, scan) {
    const group = ports.group;
    if (group.headSha !== head)
        throw new src_errors/* UserError */.yo(`HEAD ${head.slice(0, 12)} is not the merge group's commit ${group.headSha.slice(0, 12)} (merge_group.head_sha)`, {
            hint: "check out the group's commit, as actions/checkout does on a merge_group event",
        });
    const release = releaseOfSubject(await (0,commits/* subjectOf */.et)(ports.git, head), s.branchPrefix);
    if (!release)
        return undefined;
    const number = group.entry.pull;
    if (release.pull !== undefined && release.pull !== number)
        throw new src_errors/* UserError */.yo(`the merge group's head_ref names pull request #${number}, but its commit ${head.slice(0, 12)} merges release PR #${release.pull}`, { hint: 'a merge_group event names the pull request whose merge its commit is; check the event the workflow was given' });
    // The version file's version below the release commit is what the computed version starts from when no tag does.
    const env = ports.env ?? process.env;
    const before = (p) => (p === s.versionFile ? blobTextSync(s.root, env, `${head}^1:${view.prefix}${p}`) : view.read(p));
    const next = await nextRelease(s, ports, scan, before);
    const claimed = release.version;
    const queuedHere = `the release PR #${number} in this merge group releases ${claimed}`;
    const fix = `remove it from the queue; once the commits ahead of it land, the next prepare-release run on ${group.entry.baseBranch} rebuilds it`;
    if (next.version !== claimed)
        throw new src_errors/* UserError */.yo(`${queuedHere}, but the commits ahead of it ${next.version ? `make it ${next.version}` : 'call for no release'} — ${fix}${next.version ? ` as ${next.version}` : ''}`);
    const own = await ownCommits(ports.git, head);
    const section = notesFromChangelog(view.read('CHANGELOG.md') ?? '', claimed) ?? '';
    const missing = next.result.commits.filter((c) => inNotes(c) && !own.has(c.sha) && !section.includes(c.sha.slice(0, 7)));
    if (missing.length > 0) {
        const named = missing.slice(0, 3).map((c) => `${c.sha.slice(0, 7)} ${c.header.slice(0, 72)}`);
        const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
        throw new src_errors/* UserError */.yo(`${queuedHere} without the notes of ${missing.length} commit(s) ahead of it (${named.join('; ')}${more}): it should be ${claimed} with them — ${fix}`);
    }
    return {
        ...next.result,
        version: claimed,
        notes: section,
        pr: { number, url: s.repository ? `${s.serverUrl}/${s.repository}/pull/${number}` : '' },
        branch: `${s.branchPrefix}${claimed}`,
        actions: [
            `Merge group ${group.headRef.replace(/^refs\/heads\//, '')}: release PR #${number} releases ${claimed}, the version the commits ahead of it call for, and its notes list each of them. A dry run: nothing was written, pushed or called.`,
        ],
    };
}

;// CONCATENATED MODULE: ./packages/core/src/release/left-alone.ts

/**
 * Whether the open release PR is not this run's to touch, said in `result`: one labelled with the freeze label,
 * or one in the merge queue (GitHub refuses pushes to its branch, and closing it drops it from the queue).
 */
async function leftAlone(s, api, base, open, result) {
    const frozen = open.find((p) => p.labels.includes(s.freezeLabel));
    const queued = frozen || open.length === 0 ? undefined : await queuedReleasePull(api, base, open);
    const pull = frozen ?? queued?.pull;
    if (!pull)
        return false;
    result.mode = 'nothing';
    result.pr = { number: pull.number, url: pull.url };
    result.branch = pull.head;
    if (queued) {
        result.queued = queued.ref.replace(/^refs\/heads\//, '');
        result.actions.push(queuedLine(pull, queued.ref, base));
    }
    else
        result.actions.push(`Release PR #${pull.number} carries the '${s.freezeLabel}' label: it is left alone and no new release PR is opened. Remove the label to let prepare-release update it.`);
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/text/pull-subject.ts
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

;// CONCATENATED MODULE: ./packages/core/src/release/landed.ts





/** A subject worth asking GitHub about: a pull request's merge or squash (as a queue writes them), or a release commit. */
const mayBeRelease = (subject) => pullOfSubject(subject) !== undefined || subject.startsWith('chore(release): ');
/**
 * The release that landed: HEAD's, else (on a push to the base branch whose `after` is HEAD) the newest
 * first-parent commit of the push that merged a release pull request. A shallow clone is deepened along the
 * base branch until it holds the push's range (so the tag's target is here to tag).
 */
async function landedRelease(s, deps, head) {
    const direct = await detectRelease(s, deps, head);
    if (direct)
        return { commit: head, found: direct };
    const pushed = deps.pushed;
    if (!pushed || pushed.after !== head || !s.base)
        return undefined;
    const git = (0,repo/* asRepo */.lU)(deps.git);
    const base = s.base;
    const line = await pushedCommits({
        parents: async (c) => (await git.commitInfo(c))?.parents,
        async deepen(commits) {
            if (!(await git.isShallow()))
                return false;
            return (await git.deepenBranch('origin', base, commits)).code === 0;
        },
    }, pushed);
    for (const commit of line?.slice(1) ?? []) {
        if (!mayBeRelease(await (0,commits/* subjectOf */.et)(git, commit)))
            continue;
        const found = await detectRelease(s, deps, commit);
        if (!found)
            continue;
        const pull = found.pull ? `#${found.pull.number}` : found.version;
        deps.log.info(`HEAD ${head.slice(0, 7)} merged no release pull request; the push ${pushed.before.slice(0, 7)}..${head.slice(0, 7)} (a merge queue's group) merged ${pull} as ${commit.slice(0, 7)}: that commit is the release.`);
        return { commit, found };
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(4619);
;// CONCATENATED MODULE: ./packages/core/src/config/raw.generated.ts
// Generated by `npm run settings` (scripts/config-schema.ts) from the settings declarations
// (packages/core/src/settings/table-*.ts and config-keys.ts). Do not edit.
/** Each top-level key's default where the file leaves it out (the settings declarations'). */
const TOP_DEFAULTS = {
    'chart-version-policy': 'independent',
    'fix-window': '72h',
    ignore: [],
    changelog: 'auto',
    'tag-prefix': 'v',
    'version-file': '.version',
    packages: [],
    pins: [],
    'notify-pulls': false,
    'commit-mode': 'git',
};
/** Each environment key's default where an environment leaves it out. */
const ENVIRONMENT_DEFAULTS = {
    protected: false,
    preview: false,
    render: 'auto',
    'auto-merge': false,
    wait: 'refuse',
};
/** Each top-level key the loader reads through a reader (config/readers.ts): the one its declaration names. */
const TOP_READERS = {
    verify: 'verify',
    render: 'render',
    'fix-window': 'duration',
    'chart-registry': 'oci-path',
    pins: 'pins',
};
/** Each environment key the loader reads through a reader. */
const ENVIRONMENT_READERS = {
    windows: 'windows',
    'min-soak': 'duration',
};
/** Each service key the loader reads through a reader. */
const SERVICE_READERS = {
    verify: 'verify',
};
/** Each group of environment keys of which one must be given (the declarations' `oneOf`), in declaration order. */
const ENVIRONMENT_ONE_OF = {
    pins: ['values', 'kustomization', 'helmrelease', 'flux-kustomization'],
};
/** The JSON Schema of the file (packages/core/schema/lockstep.schema.json), for the loader's did-you-mean. */
const configSchema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://lockstep.dev/schema/lockstep.schema.json",
    "title": "lockstep configuration (.github/lockstep.yml)",
    "type": "object",
    "additionalProperties": false,
    "properties": {
        "charts-ignore": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped."
        },
        "values-contract": {
            "enum": [
                "error",
                "warn",
                "off"
            ],
            "description": "Every environment's values-contract where it sets none: keys its values set that no template of its chart reads (default error for protected environments, warn elsewhere)."
        },
        "chart-version-policy": {
            "enum": [
                "independent",
                "sync"
            ],
            "description": "independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.",
            "default": "independent"
        },
        "services": {
            "type": "object",
            "description": "Image name -> repository and the key path of its image block in values files.",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "image"
                ],
                "properties": {
                    "image": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Image repository, e.g. ghcr.io/acme/api."
                    },
                    "values-key": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Dotted key path of the image block, e.g. services.api.image."
                    },
                    "image-policy": {
                        "type": "string",
                        "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$",
                        "description": "The Flux ImagePolicy (namespace:name) whose image automation markers (# {\"$imagepolicy\": \"namespace:name\"} and its :tag, :name, :digest forms) name the fields holding this image in each environment's pin file and, for an overlay environment, in every file kustomize reads under the overlay's folder (Deployments, a HelmRelease patch's values): promote-env writes those fields, markers kept."
                    },
                    "flux-substitute": {
                        "oneOf": [
                            {
                                "type": "string",
                                "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                            },
                            {
                                "type": "object",
                                "additionalProperties": false,
                                "properties": {
                                    "image": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    },
                                    "name": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    },
                                    "tag": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    },
                                    "digest": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    }
                                }
                            }
                        ],
                        "description": "The spec.postBuild.substitute variables of a flux-kustomization environment holding this image: one name (its value the whole image, repo:tag@sha256:…) or a mapping of image, name, tag, digest to variable names. promote-env writes them where Flux takes them from: the Flux Kustomization’s spec.postBuild.substitute, else the last spec.postBuild.substituteFrom ConfigMap of the repository holding them (a manifest’s data, configMapGenerator literals, an envs: .env file’s line, a files: source’s whole file); a Secret holding one is refused."
                    },
                    "verify": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "keys": {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "type": "string",
                                    "minLength": 1
                                },
                                "description": "cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."
                            },
                            "attestation": {
                                "type": "object",
                                "additionalProperties": false,
                                "required": [
                                    "trusted-root",
                                    "identity"
                                ],
                                "description": "A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.",
                                "properties": {
                                    "trusted-root": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "Workspace-relative path of the trusted root (gh attestation trusted-root > file)."
                                    },
                                    "issuer": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "OIDC issuer of the signing certificate.",
                                        "default": "https://token.actions.githubusercontent.com"
                                    },
                                    "identity": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."
                                    }
                                }
                            }
                        },
                        "description": "What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."
                    }
                }
            }
        },
        "verify": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "keys": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "string",
                        "minLength": 1
                    },
                    "description": "cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."
                },
                "attestation": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "trusted-root",
                        "identity"
                    ],
                    "description": "A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.",
                    "properties": {
                        "trusted-root": {
                            "type": "string",
                            "minLength": 1,
                            "description": "Workspace-relative path of the trusted root (gh attestation trusted-root > file)."
                        },
                        "issuer": {
                            "type": "string",
                            "minLength": 1,
                            "description": "OIDC issuer of the signing certificate.",
                            "default": "https://token.actions.githubusercontent.com"
                        },
                        "identity": {
                            "type": "string",
                            "minLength": 1,
                            "description": "Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."
                        }
                    }
                }
            },
            "description": "What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."
        },
        "environments": {
            "type": "array",
            "description": "Promotion order, first to last.",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "name"
                ],
                "anyOf": [
                    {
                        "required": [
                            "values"
                        ]
                    },
                    {
                        "required": [
                            "kustomization"
                        ]
                    },
                    {
                        "required": [
                            "helmrelease"
                        ]
                    },
                    {
                        "required": [
                            "flux-kustomization"
                        ]
                    }
                ],
                "properties": {
                    "name": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The environment, as promote-env --to names it."
                    },
                    "values": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Values file of this environment (this or kustomization is required)."
                    },
                    "kustomization": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Kustomize overlay holding this environment's image pins in its images: list: a kustomization.yaml (.yml, Kustomization), a folder holding one, or an Argo CD Application whose spec.source.kustomize.images holds them."
                    },
                    "application": {
                        "type": "string",
                        "description": "ArgoCD Application manifest whose targetRevision is the chart version."
                    },
                    "helmrelease": {
                        "type": "string",
                        "description": "Flux HelmRelease (or the kustomize patch of it) this environment deploys, `<file>[#<name>]`: its spec.chart.spec.version is the chart version, its spec.values hold the image pins (unless values names another file)."
                    },
                    "flux-kustomization": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Flux Kustomization (kustomize.toolkit.fluxcd.io) whose spec.images list holds this environment's image pins, read and written as a Kustomize overlay's images:."
                    },
                    "ocirepository": {
                        "type": "string",
                        "description": "Flux OCIRepository the environment's HelmRelease takes its chart from (spec.chartRef), `<file>[#<name>]`: its spec.ref.tag is the chart version."
                    },
                    "protected": {
                        "type": "boolean",
                        "description": "Digest-only images, exact chart versions, draft promotion PRs, never auto-merged.",
                        "default": false
                    },
                    "kube-version": {
                        "type": "string",
                        "pattern": "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$",
                        "description": "The Kubernetes version this environment's cluster runs (e.g. \"1.31\"): its rendered objects are validated for it, and the APIs it no longer serves are refused (default the schemas' own, 1.36)."
                    },
                    "helm-version": {
                        "enum": [
                            3,
                            4
                        ],
                        "description": "The Helm major this environment's deployer renders with (3 or 4; Argo CD 3.5 and Flux 2.8 render with Helm 4): its charts are rendered with a Helm of that major found on PATH (as `helm`, `helm3` or `helm4`), refused when there is none (default: the first `helm` on PATH)."
                    },
                    "url": {
                        "type": "string",
                        "pattern": "^https?://[^\\s]+$",
                        "description": "Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments)."
                    },
                    "preview": {
                        "type": "boolean",
                        "description": "A preview environment that goes away: its GitHub Deployments are transient.",
                        "default": false
                    },
                    "windows": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "allow": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "additionalProperties": false,
                                    "required": [
                                        "cron",
                                        "duration"
                                    ],
                                    "description": "A window: it opens at each time the cron expression names and stays open for the duration.",
                                    "properties": {
                                        "cron": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."
                                        },
                                        "duration": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "How long each window stays open (30m, 8h, 2d)."
                                        },
                                        "timezone": {
                                            "type": "string",
                                            "minLength": 1,
                                            "default": "UTC",
                                            "description": "IANA time zone the cron expression is read in, e.g. Europe/Paris."
                                        }
                                    }
                                },
                                "description": "Promotions land only inside one of these windows."
                            },
                            "deny": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "additionalProperties": false,
                                    "required": [
                                        "cron",
                                        "duration"
                                    ],
                                    "description": "A window: it opens at each time the cron expression names and stays open for the duration.",
                                    "properties": {
                                        "cron": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."
                                        },
                                        "duration": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "How long each window stays open (30m, 8h, 2d)."
                                        },
                                        "timezone": {
                                            "type": "string",
                                            "minLength": 1,
                                            "default": "UTC",
                                            "description": "IANA time zone the cron expression is read in, e.g. Europe/Paris."
                                        }
                                    }
                                },
                                "description": "Promotions never land inside these windows."
                            },
                            "freeze": {
                                "type": "array",
                                "description": "Date ranges (whole days, both included) in which promotions never land.",
                                "items": {
                                    "type": "object",
                                    "additionalProperties": false,
                                    "required": [
                                        "from",
                                        "to"
                                    ],
                                    "properties": {
                                        "from": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "First frozen day, YYYY-MM-DD."
                                        },
                                        "to": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "Last frozen day, YYYY-MM-DD."
                                        },
                                        "timezone": {
                                            "type": "string",
                                            "minLength": 1,
                                            "default": "UTC",
                                            "description": "IANA time zone the days are in, e.g. Europe/Paris."
                                        },
                                        "reason": {
                                            "type": "string",
                                            "description": "Said when the freeze holds a promotion."
                                        }
                                    }
                                }
                            }
                        },
                        "description": "When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused."
                    },
                    "after": {
                        "type": "array",
                        "minItems": 1,
                        "uniqueItems": true,
                        "items": {
                            "type": "string",
                            "minLength": 1
                        },
                        "description": "The fan-in gate: this environment is promoted only from pins (digests, tags and the chart version) every environment listed here runs; a promotion before they all do is refused, naming which lacks which pin."
                    },
                    "registry": {
                        "type": "string",
                        "pattern": "^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$",
                        "description": "The registry this environment's images live in (host[:port], e.g. registry.prod.example): a promotion into it copies each new image by digest from the registry the source environment runs it from — the index, every manifest and blob, and its referrers (cosign signatures and attestations, by the OCI referrers API or the sha256-<hex> tag scheme) — into the same repository path there, reads the copy back, and only then pins it there (the repository written with the digest). Only a digest the source environment runs (or ran) is copied; a failed or partial copy refuses the promotion."
                    },
                    "approval": {
                        "oneOf": [
                            {
                                "type": "object",
                                "additionalProperties": false,
                                "required": [
                                    "teams"
                                ],
                                "properties": {
                                    "teams": {
                                        "type": "array",
                                        "minItems": 1,
                                        "items": {
                                            "type": "string",
                                            "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",
                                            "description": "A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform."
                                        },
                                        "description": "Teams as org/team-slug, e.g. acme/platform."
                                    }
                                }
                            },
                            {
                                "type": "object",
                                "additionalProperties": false,
                                "required": [
                                    "github-environment"
                                ],
                                "properties": {
                                    "github-environment": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "The GitHub Environment whose required reviewers may approve."
                                    }
                                }
                            }
                        ],
                        "description": "The approval gate: a promotion into this environment waits until the promotion pull request into its source environment was approved by a member of one of the teams (org/team), or by a required reviewer of the named GitHub Environment. Without a token it holds."
                    },
                    "hydrate": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "branch": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9._/-]+$",
                                "description": "The environment's active branch (e.g. environment/prod): hydrate-env writes to <branch>-next. Required unless the environment's application: hydrates from source (spec.sourceHydrator), whose syncSource.targetBranch, syncSource.path and hydrateTo.targetBranch are read for branch, path and hydrate-to."
                            },
                            "path": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
                                "description": "GitOps Promoter's activePath (shared active branch): the files go under <path>/ on <branch>-next/<path>, other folders kept byte for byte."
                            },
                            "hydrate-to": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9._/-]+$",
                                "description": "Argo CD Source Hydrator's layout: the branch written (spec.sourceHydrator.hydrateTo.targetBranch, e.g. environments/prod-next) instead of <branch>-next, with the files under path: (syncSource.path) and hydrator.metadata at the root as well."
                            },
                            "layout": {
                                "enum": [
                                    "manifest",
                                    "objects"
                                ],
                                "default": "manifest",
                                "description": "manifest: one manifest.yaml (Argo CD Source Hydrator layout); objects: one file per object, in a stable order."
                            },
                            "secrets": {
                                "enum": [
                                    "refuse",
                                    "drop"
                                ],
                                "default": "refuse",
                                "description": "A Secret in the render: refused, or dropped with a line saying so (never written in clear)."
                            },
                            "promote": {
                                "enum": [
                                    "gitops-promoter",
                                    "lockstep"
                                ],
                                "default": "gitops-promoter",
                                "description": "Who promotes <branch>-next into <branch>: gitops-promoter (or Argo CD; hydrate-env only writes the proposed branch), or lockstep (promote-env with to: this environment opens the pull request <branch>-next -> <branch> through the gates: soak, windows, fan-in, approval)."
                            }
                        },
                        "description": "hydrate-env: write this environment's rendered manifests to <branch>-next in GitOps Promoter's hydrator contract (manifest.yaml or one file per object, and hydrator.metadata)."
                    },
                    "render": {
                        "enum": [
                            "auto",
                            "on",
                            "off"
                        ],
                        "description": "Rendered manifest diffs for this environment (default: the top level's render mode).",
                        "default": "auto"
                    },
                    "validate": {
                        "enum": [
                            "error",
                            "warn",
                            "off"
                        ],
                        "description": "Schema validation of the environment's rendered objects (Kubernetes' schemas for its kube-version, its CRDs, the APIs that version removed): error refuses, warn annotates, off skips (default error when protected, else warn)."
                    },
                    "values-contract": {
                        "enum": [
                            "error",
                            "warn",
                            "off"
                        ],
                        "description": "Keys the environment's values set that no template of its chart, its subcharts or global reads, each named at its line with the nearest key the chart reads: error fails the check, warn annotates, off skips (default the top's values-contract, else error when protected, else warn)."
                    },
                    "values-drift": {
                        "enum": [
                            "error",
                            "warn",
                            "off"
                        ],
                        "description": "A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn)."
                    },
                    "auto-merge": {
                        "type": "boolean",
                        "description": "Enable GitHub auto-merge on the pull request (default the target environment's config auto-merge; never for protected targets).",
                        "default": false
                    },
                    "min-soak": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m)."
                    },
                    "wait": {
                        "enum": [
                            "refuse",
                            "draft"
                        ],
                        "description": "A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.",
                        "default": "refuse"
                    }
                }
            }
        },
        "render": {
            "oneOf": [
                {
                    "enum": [
                        "auto",
                        "on",
                        "off"
                    ]
                },
                {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "mode": {
                            "enum": [
                                "auto",
                                "on",
                                "off"
                            ],
                            "default": "auto"
                        },
                        "ignore": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1
                            },
                            "description": "Regular expressions of rendered lines ignored in the diff (counted, not shown)."
                        },
                        "ignore-defaults": {
                            "type": "boolean",
                            "default": true,
                            "description": "Ignore the chart-version churn lines (helm.sh/chart, app.kubernetes.io/version, checksum/* annotations)."
                        },
                        "summarize": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1
                            },
                            "description": "Kinds shown as one line with their size instead of a diff (e.g. CustomResourceDefinition)."
                        },
                        "kube-version": {
                            "type": "string",
                            "minLength": 1,
                            "description": "helm template --kube-version (e.g. 1.31.0)."
                        },
                        "api-versions": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1
                            },
                            "description": "helm template --api-versions, each (e.g. monitoring.coreos.com/v1)."
                        }
                    }
                }
            ],
            "description": "Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below."
        },
        "crds": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "CustomResourceDefinition files or globs (workspace-relative, e.g. crds/**/*.yaml) whose schemas validate the rendered custom resources, besides a chart's crds/ and the CRDs a render holds."
        },
        "fix-window": {
            "type": "string",
            "minLength": 1,
            "description": "lockstep metrics: a fix release (same major and minor, higher patch) counts as the repair of the landing it replaces when it lands within this time after it (30m, 72h, 5d), or when a change it carries has a Lockstep-Fixes: <version> trailer naming the replaced release.",
            "default": "72h"
        },
        "waves": {
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "minItems": 2,
                "uniqueItems": true,
                "items": {
                    "type": "string",
                    "minLength": 1
                }
            },
            "description": "promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit."
        },
        "charts": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error."
        },
        "ignore": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).",
            "default": []
        },
        "changelog": {
            "enum": [
                "auto",
                "required",
                "off"
            ],
            "description": "auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.",
            "default": "auto"
        },
        "chart-registry": {
            "type": "string",
            "pattern": "^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$",
            "description": "OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published."
        },
        "tag-prefix": {
            "type": "string",
            "description": "Prefix of release tags.",
            "default": "v"
        },
        "version-file": {
            "type": "string",
            "minLength": 1,
            "description": "File holding the release version X.Y.Z on one line.",
            "default": ".version"
        },
        "packages": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).",
            "default": []
        },
        "pins": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "files",
                    "names"
                ],
                "properties": {
                    "files": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Glob of files holding the pins."
                    },
                    "table": {
                        "type": "string",
                        "description": "TOML table (dotted) or JSON object path holding the pins."
                    },
                    "names": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "minLength": 1
                        },
                        "minItems": 1,
                        "description": "Dependency names to pin."
                    }
                }
            },
            "description": "Dependency pins set to X.Y.Z at release.",
            "default": []
        },
        "lock-command": {
            "type": "array",
            "items": {
                "type": "string"
            },
            "minItems": 1,
            "description": "argv run in each folder whose pins changed (no shell)."
        },
        "notify-pulls": {
            "type": "boolean",
            "description": "prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place (\"Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)\"). Needs pull-requests: write.",
            "default": false
        },
        "commit-mode": {
            "enum": [
                "git",
                "api"
            ],
            "description": "prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for \"require signed commits\" rulesets.",
            "default": "git"
        }
    }
};

;// CONCATENATED MODULE: ./packages/core/src/config/schema-errors.ts
// The config schema's errors in the user's words, one per line (config.ts's loader says them all at once):
// a key the schema does not know is an unknown key; a value the schema refuses is said with what the
// schema requires there (its description, its allowed values), never as an unknown key. Where the schema
// offers alternatives (`oneOf`: approval by teams or by a GitHub Environment), the one the file's keys
// chose is the one judged: `approval: { teams: [sre] }` breaks the teams form's pattern, not the other's keys.





/** Where users read about the config: a path in this project's repository (the schema ships inside the package, not in theirs). */
const CONFIG_DOCS = 'docs/configuration.md';
/** The YAML path of a schema error (`/environments/0/min-soak` → ['environments', 0, 'min-soak']). */
function pathOf(err) {
    return err.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/**
 * The schema's errors as the user's, one per line: an unknown key before the other errors at its line
 * (ajv lists a oneOf's branches too), in the order of the file.
 */
function schemaErrors(parsed, all, raw) {
    const errors = chosenBranches(all);
    const typos = errors.filter((e) => e.keyword === 'additionalProperties');
    // A mapping with an unknown key is said by that key alone: what it then lacks (`value:` for `values:`) is the typo's echo.
    const typoAt = new Set(typos.map((e) => e.instancePath));
    const ordered = [...typos, ...errors.filter((e) => e.keyword !== 'additionalProperties' && !typoAt.has(e.instancePath))];
    const byLine = new Map();
    for (const err of ordered) {
        const u = schemaError(parsed, err, raw);
        if (!byLine.has(u.line ?? 0))
            byLine.set(u.line ?? 0, u);
    }
    return [...byLine.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/** The branch of the alternative `alt` (a `oneOf`/`anyOf` error) that `err` comes from, if any: `…/oneOf/1/…` → '1'. */
function branchOf(err, alt) {
    const inside = err.instancePath === alt.instancePath || err.instancePath.startsWith(`${alt.instancePath}/`);
    if (!inside || !err.schemaPath.startsWith(`${alt.schemaPath}/`))
        return undefined;
    return err.schemaPath.slice(alt.schemaPath.length + 1).split('/')[0];
}
/**
 * The errors of the alternatives the file chose: where a value breaks every branch of a `oneOf` (approval by
 * `teams` or by `github-environment`), the branch whose keys the value has (no unknown key, no missing one,
 * no wrong type there) is the one meant, and only its errors are said; the others' ("unknown key teams" of
 * the GitHub Environment form) and the `oneOf`'s own are dropped. Where no branch is closer than another,
 * all stand.
 */
function chosenBranches(errors) {
    const dropped = new Set();
    for (const alt of errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
        const branches = new Map();
        for (const err of errors) {
            const b = err === alt ? undefined : branchOf(err, alt);
            if (b !== undefined)
                branches.set(b, [...(branches.get(b) ?? []), err]);
        }
        const shape = (list) => list.filter((e) => e.instancePath === alt.instancePath && ['additionalProperties', 'required', 'type'].includes(e.keyword)).length;
        const scored = [...branches].map(([b, list]) => ({ b, list, n: shape(list) }));
        const best = Math.min(...scored.map((x) => x.n));
        const fits = scored.filter((x) => x.n === best);
        if (scored.length < 2 || fits.length !== 1)
            continue;
        dropped.add(alt);
        for (const x of scored)
            if (x !== fits[0])
                x.list.forEach((e) => dropped.add(e));
    }
    return errors.filter((e) => !dropped.has(e));
}
/** The description the schema gives the value an error is about: its own node's, else the nearest enclosing one's. */
function describedAt(schemaPath) {
    const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
    let node = configSchema;
    const seen = [node];
    for (const p of parts) {
        node =
            node !== null && typeof node === 'object' ? node[p.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
        seen.push(node);
    }
    for (const n of seen.reverse()) {
        const d = n !== null && typeof n === 'object' ? n.description : undefined;
        if (typeof d === 'string')
            return d.replace(/\.$/, '');
    }
    return undefined;
}
/** The value at `path` of the file's data. */
function valueAt(raw, path) {
    return path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), raw);
}
/** A value of a known key that the schema refuses (a pattern, a length, a type): said with what the schema requires there. */
function describedError(parsed, err, raw) {
    const described = err.keyword === 'required' ? undefined : describedAt(err.schemaPath);
    if (described === undefined)
        return undefined;
    const path = pathOf(err);
    const dotted = path.join('.');
    const value = JSON.stringify(valueAt(raw, path)) ?? 'empty';
    // A pattern's own text says nothing a person reads: its description is the rule.
    const rule = err.keyword === 'pattern' ? 'not as the schema requires:' : `which ${err.message ?? 'is invalid'}:`;
    return new src_errors/* UserError */.yo(`'${dotted || '(top level)'}' is ${value}, ${rule} ${described}`, {
        file: parsed.file,
        line: parsed.lineOf(nodeAt(parsed, path)) ?? 1,
        hint: `write it as the schema says (see ${CONFIG_DOCS})`,
    });
}
function schemaError(parsed, err, raw) {
    const path = pathOf(err);
    const where = nodeAt(parsed, path);
    const dotted = path.join('.');
    const docs = `${CONFIG_DOCS} lists every key`;
    if (err.keyword === 'additionalProperties') {
        const key = err.params.additionalProperty;
        let line = parsed.lineOf(where);
        if ((0,yaml_dist/* isMap */.jh)(where)) {
            const pair = where.items.find((p) => (0,yaml_dist/* isPair */.tO)(p) && (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
            line = parsed.lineOf(pair?.key) ?? line;
        }
        const guess = (0,suggest/* nearest */.p)(key, Object.keys(schemaAt(path)?.properties ?? {}));
        return new src_errors/* UserError */.yo(`unknown key '${dotted ? `${dotted}.` : ''}${key}'`, {
            file: parsed.file,
            line,
            hint: guess ? `did you mean ${guess}? (${docs})` : `remove it or fix its spelling (${docs})`,
        });
    }
    if (err.keyword === 'enum') {
        const allowed = err.params.allowedValues.map(String);
        const value = path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), raw);
        const guess = typeof value === 'string' ? (0,suggest/* nearest */.p)(value, allowed) : undefined;
        return new src_errors/* UserError */.yo(`'${dotted}' is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`, {
            file: parsed.file,
            line: parsed.lineOf(where) ?? 1,
            hint: guess ? `did you mean ${guess}? (see ${CONFIG_DOCS})` : `use one of ${allowed.join(', ')} (see ${CONFIG_DOCS})`,
        });
    }
    // An environment's url: said in words, under the environment's name rather than its index.
    if (err.keyword === 'pattern' && path.length === 3 && path[0] === 'environments' && path[2] === 'url') {
        const env = raw.environments?.[path[1]];
        const value = env?.url;
        const name = typeof env?.name === 'string' ? env.name : String(path[1]);
        return new src_errors/* UserError */.yo(`environment ${name}: url ${JSON.stringify(value)} is not an http:// or https:// address`, {
            file: parsed.file,
            line: parsed.lineOf(where) ?? 1,
            hint: 'write the address the environment is reached at, e.g. https://staging.example.com, without spaces',
        });
    }
    // An environment with neither pin location: said in words, at the environment's line.
    if ((err.keyword === 'required' || err.keyword === 'anyOf') && path.length === 2 && path[0] === 'environments') {
        const env = raw.environments?.[path[1]];
        const missing = err.params.missingProperty;
        const keys = ENVIRONMENT_ONE_OF.pins;
        if (missing === undefined || keys.includes(missing))
            return new src_errors/* UserError */.yo(`environment ${typeof env?.name === 'string' ? env.name : String(path[1])} names none of ${keys
                .map((k) => `${k}:`)
                .join(', ')
                .replace(/, ([^,]*)$/, ' or $1')}`, {
                file: parsed.file,
                line: parsed.lineOf(where) ?? 1,
                hint: 'give its values file (values: charts/myapp/values-prod.yaml), its Kustomize overlay (kustomization: deploy/overlays/prod), or its Flux HelmRelease (helmrelease: apps/prod/release.yaml) or Flux Kustomization (flux-kustomization: clusters/prod/apps.yaml)',
            });
    }
    const described = describedError(parsed, err, raw);
    if (described)
        return described;
    const detail = err.keyword === 'required'
        ? `needs key '${err.params.missingProperty}'`
        : (err.message ?? 'is invalid');
    return new src_errors/* UserError */.yo(`'${dotted || '(top level)'}' ${detail}`, {
        file: parsed.file,
        line: parsed.lineOf(where) ?? 1,
        hint: `see ${CONFIG_DOCS}`,
    });
}
/** The part of the config schema that describes the value at `path` (for the keys valid there). */
function schemaAt(path) {
    let node = configSchema;
    for (const k of path) {
        if (!node)
            return undefined;
        if (typeof k === 'number')
            node = node.items;
        else
            node = node.properties?.[k] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    }
    return node;
}
/**
 * A copy of `raw` without the keys the schema refused: each error's key of its place (the top of the file,
 * an environment, a service) is left out whole (`environments.2.approval` for a bad team in it); a list's
 * items are never removed, so that each path keeps its line.
 */
function withoutRefused(raw, errors) {
    const copy = structuredClone(raw);
    for (const err of errors) {
        const path = pathOf(err);
        if (err.keyword === 'additionalProperties')
            path.push(err.params.additionalProperty);
        // An environment or a service as a whole (a missing name) stays: removing it would move the others' lines.
        const scoped = path[0] === 'environments' || path[0] === 'services';
        if (scoped && path.length < 3)
            continue;
        const place = scoped ? copy[path[0]]?.[path[1]] : copy;
        const key = scoped ? path[2] : path[0];
        if (place !== null && typeof place === 'object' && !Array.isArray(place) && key !== undefined)
            delete place[String(key)];
    }
    return copy;
}

// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var duration = __webpack_require__(8473);
;// CONCATENATED MODULE: ./packages/core/src/config/readers.ts
// The readers a config key's declaration names (`reader:` in settings/table-*.ts and config-keys.ts): how the
// loader reads a value that is more than the value as written (a duration, a mapping with defaults), and how
// `lockstep config` shows it again in the file's spelling. The declarations name a reader by its key here
// (config/ imports no settings/: docs/architecture.md); raw.generated.ts lists which key reads through which.


/** The OIDC issuer of GitHub Actions' tokens: the default `verify.attestation.issuer`. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** A duration (30m, 1h30m) read in milliseconds, refused at its line when it is none. */
function readers_duration(text, at, path) {
    const ms = (0,duration/* parseDuration */.E9)(text);
    if (ms === undefined)
        throw new src_errors/* UserError */.yo(`'${at.name(path)}' is '${text}', not a duration`, { file: at.file, line: at.lineOf(path), hint: duration/* DURATION_HINT */.Fp });
    return ms;
}
/** An IANA time zone (UTC when not given), refused at its line when the runtime does not know it. */
function zone(tz, at, path) {
    if (tz === undefined)
        return 'UTC';
    try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return tz;
    }
    catch {
        throw new src_errors/* UserError */.yo(`'${at.name(path)}' is '${tz}', not a time zone`, {
            file: at.file,
            line: at.lineOf(path),
            hint: 'use an IANA time zone name, e.g. UTC or Europe/Paris',
        });
    }
}
/** True for a real calendar day written YYYY-MM-DD. */
function isDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
/** An environment's windows: each duration, time zone and freeze day read strictly (cron expressions are checked where they are parsed, promote/gates). */
function readWindows(w, at) {
    const windows = (kind) => (w[kind] ?? []).map((x, j) => ({
        cron: x.cron,
        duration: x.duration,
        durationMs: readers_duration(x.duration, at, [kind, j, 'duration']),
        timezone: zone(x.timezone, at, [kind, j, 'timezone']),
        line: at.lineOf([kind, j, 'cron']),
    }));
    const freeze = (w.freeze ?? []).map((f, j) => {
        for (const k of ['from', 'to'])
            if (!isDay(f[k]))
                throw new src_errors/* UserError */.yo(`'${at.name(['freeze', j, k])}' is '${f[k]}', not a day`, {
                    file: at.file,
                    line: at.lineOf(['freeze', j, k]),
                    hint: 'write the day as YYYY-MM-DD, e.g. 2026-12-24',
                });
        if (f.from > f.to)
            throw new src_errors/* UserError */.yo(`freeze ${j + 1} of environment ${at.environment} ends (${f.to}) before it starts (${f.from})`, {
                file: at.file,
                line: at.lineOf(['freeze', j, 'to']),
                hint: 'from is the first frozen day, to the last',
            });
        return {
            from: f.from,
            to: f.to,
            timezone: zone(f.timezone, at, ['freeze', j, 'timezone']),
            ...(f.reason !== undefined ? { reason: f.reason } : {}),
        };
    });
    return { allow: windows('allow'), deny: windows('deny'), freeze };
}
/** The top-level `render:` (a mode, or a mapping): defaults applied, each ignore pattern compiled (a bad one refused at its line). */
function readRender(r, at) {
    const raw = typeof r === 'string' ? { mode: r } : (r ?? {});
    for (const [i, pattern] of (raw.ignore ?? []).entries())
        try {
            new RegExp(pattern);
        }
        catch (e) {
            throw new src_errors/* UserError */.yo(`render.ignore: ${JSON.stringify(pattern)} is no regular expression (${e.message})`, {
                file: at.file,
                line: at.lineOf(['ignore', i]),
                hint: 'write a JavaScript regular expression matched against each rendered line, e.g. ^\\s*generation:',
            });
        }
    return {
        ...(raw.mode ? { mode: raw.mode } : {}),
        ignore: raw.ignore ?? [],
        ignoreDefaults: raw['ignore-defaults'] ?? true,
        summarize: raw.summarize ?? [],
        ...(raw['kube-version'] ? { kubeVersion: raw['kube-version'] } : {}),
        apiVersions: raw['api-versions'] ?? [],
    };
}
/** A window as written: its cron, duration and time zone (not the milliseconds or the line read beside them). */
const shownWindow = (w) => ({ cron: w.cron, duration: w.duration, timezone: w.timezone });
/** Every reader a declaration may name, by that name. */
const READERS = {
    /** A duration (min-soak): milliseconds; shown as the file writes one (1h30m). */
    duration: {
        read: (v, at) => (v === undefined ? undefined : readers_duration(v, at, [])),
        show: (ms) => (0,duration/* formatDuration */.a3)(ms).replace(/ /g, ''),
    },
    /** An environment's `windows:`. */
    windows: {
        read: (v, at) => (v ? readWindows(v, at) : undefined),
        show: (w) => ({ allow: w.allow.map(shownWindow), deny: w.deny.map(shownWindow), freeze: w.freeze }),
    },
    /** The top-level `render:`, always read (its defaults filled in); the mode only when the file sets it. */
    render: {
        read: (v, at) => readRender(v, at),
        show: (r) => ({
            ...(r.mode !== undefined ? { mode: r.mode } : {}),
            ignore: r.ignore,
            'ignore-defaults': r.ignoreDefaults,
            summarize: r.summarize,
            ...(r.kubeVersion ? { 'kube-version': r.kubeVersion } : {}),
            'api-versions': r.apiVersions,
        }),
    },
    /** A `verify:` block, the issuer defaulted. */
    verify: {
        read: (v) => {
            if (!v)
                return undefined;
            const a = v.attestation;
            return {
                ...(v.keys ? { keys: v.keys } : {}),
                ...(a ? { attestation: { trustedRoot: a['trusted-root'], issuer: a.issuer ?? GITHUB_ACTIONS_ISSUER, identity: a.identity } } : {}),
            };
        },
        show: (v) => {
            const a = v.attestation;
            return {
                ...(v.keys ? { keys: v.keys } : {}),
                ...(a ? { attestation: { 'trusted-root': a.trustedRoot, issuer: a.issuer, identity: a.identity } } : {}),
            };
        },
    },
    /** `pins:`, each rule as written. */
    pins: {
        read: (v) => v?.map((p) => ({ files: p.files, table: p.table, names: p.names })),
        show: (pins) => pins.map((p) => ({ files: p.files, ...(p.table !== undefined ? { table: p.table } : {}), names: p.names })),
    },
    /** An OCI registry and path (chart-registry): without `oci://` and a trailing slash. */
    'oci-path': {
        read: (v) => (v ? v.replace(/^oci:\/\//, '').replace(/\/$/, '') : undefined),
        show: (v) => v,
    },
};
/** The named reader, for a value not typed by its key. */
const readerOf = (name) => READERS[name];

;// CONCATENATED MODULE: ./packages/core/src/config/names.ts

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
    return new src_errors/* UserError */.yo(`config file ${rel} does not exist${where}`, {
        hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
        cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
    });
}

// EXTERNAL MODULE: ./packages/core/src/text/camel.ts
var camel = __webpack_require__(1703);
;// CONCATENATED MODULE: ./packages/core/src/config/validate.generated.js
// Generated by `npm run settings` (scripts/config-validator.ts) from the settings declarations. Do not edit.
const validate = validate10;
/* harmony default export */ const validate_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://lockstep.dev/schema/lockstep.schema.json","title":"lockstep configuration (.github/lockstep.yml)","type":"object","additionalProperties":false,"properties":{"charts-ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped."},"values-contract":{"enum":["error","warn","off"],"description":"Every environment's values-contract where it sets none: keys its values set that no template of its chart reads (default error for protected environments, warn elsewhere)."},"chart-version-policy":{"enum":["independent","sync"],"description":"independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.","default":"independent"},"services":{"type":"object","description":"Image name -> repository and the key path of its image block in values files.","additionalProperties":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string","minLength":1,"description":"Image repository, e.g. ghcr.io/acme/api."},"values-key":{"type":"string","minLength":1,"description":"Dotted key path of the image block, e.g. services.api.image."},"image-policy":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$","description":"The Flux ImagePolicy (namespace:name) whose image automation markers (# {\"$imagepolicy\": \"namespace:name\"} and its :tag, :name, :digest forms) name the fields holding this image in each environment's pin file and, for an overlay environment, in every file kustomize reads under the overlay's folder (Deployments, a HelmRelease patch's values): promote-env writes those fields, markers kept."},"flux-substitute":{"oneOf":[{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},{"type":"object","additionalProperties":false,"properties":{"image":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},"name":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},"tag":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},"digest":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"}}}],"description":"The spec.postBuild.substitute variables of a flux-kustomization environment holding this image: one name (its value the whole image, repo:tag@sha256:…) or a mapping of image, name, tag, digest to variable names. promote-env writes them where Flux takes them from: the Flux Kustomization’s spec.postBuild.substitute, else the last spec.postBuild.substituteFrom ConfigMap of the repository holding them (a manifest’s data, configMapGenerator literals, an envs: .env file’s line, a files: source’s whole file); a Secret holding one is refused."},"verify":{"type":"object","additionalProperties":false,"properties":{"keys":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."},"attestation":{"type":"object","additionalProperties":false,"required":["trusted-root","identity"],"description":"A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.","properties":{"trusted-root":{"type":"string","minLength":1,"description":"Workspace-relative path of the trusted root (gh attestation trusted-root > file)."},"issuer":{"type":"string","minLength":1,"description":"OIDC issuer of the signing certificate.","default":"https://token.actions.githubusercontent.com"},"identity":{"type":"string","minLength":1,"description":"Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."}}}},"description":"What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."}}}},"verify":{"type":"object","additionalProperties":false,"properties":{"keys":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."},"attestation":{"type":"object","additionalProperties":false,"required":["trusted-root","identity"],"description":"A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.","properties":{"trusted-root":{"type":"string","minLength":1,"description":"Workspace-relative path of the trusted root (gh attestation trusted-root > file)."},"issuer":{"type":"string","minLength":1,"description":"OIDC issuer of the signing certificate.","default":"https://token.actions.githubusercontent.com"},"identity":{"type":"string","minLength":1,"description":"Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."}}}},"description":"What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."},"environments":{"type":"array","description":"Promotion order, first to last.","items":{"type":"object","additionalProperties":false,"required":["name"],"anyOf":[{"required":["values"]},{"required":["kustomization"]},{"required":["helmrelease"]},{"required":["flux-kustomization"]}],"properties":{"name":{"type":"string","minLength":1,"description":"The environment, as promote-env --to names it."},"values":{"type":"string","minLength":1,"description":"Values file of this environment (this or kustomization is required)."},"kustomization":{"type":"string","minLength":1,"description":"Kustomize overlay holding this environment's image pins in its images: list: a kustomization.yaml (.yml, Kustomization), a folder holding one, or an Argo CD Application whose spec.source.kustomize.images holds them."},"application":{"type":"string","description":"ArgoCD Application manifest whose targetRevision is the chart version."},"helmrelease":{"type":"string","description":"Flux HelmRelease (or the kustomize patch of it) this environment deploys, `<file>[#<name>]`: its spec.chart.spec.version is the chart version, its spec.values hold the image pins (unless values names another file)."},"flux-kustomization":{"type":"string","minLength":1,"description":"Flux Kustomization (kustomize.toolkit.fluxcd.io) whose spec.images list holds this environment's image pins, read and written as a Kustomize overlay's images:."},"ocirepository":{"type":"string","description":"Flux OCIRepository the environment's HelmRelease takes its chart from (spec.chartRef), `<file>[#<name>]`: its spec.ref.tag is the chart version."},"protected":{"type":"boolean","description":"Digest-only images, exact chart versions, draft promotion PRs, never auto-merged.","default":false},"kube-version":{"type":"string","pattern":"^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$","description":"The Kubernetes version this environment's cluster runs (e.g. \"1.31\"): its rendered objects are validated for it, and the APIs it no longer serves are refused (default the schemas' own, 1.36)."},"helm-version":{"enum":[3,4],"description":"The Helm major this environment's deployer renders with (3 or 4; Argo CD 3.5 and Flux 2.8 render with Helm 4): its charts are rendered with a Helm of that major found on PATH (as `helm`, `helm3` or `helm4`), refused when there is none (default: the first `helm` on PATH)."},"url":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments)."},"preview":{"type":"boolean","description":"A preview environment that goes away: its GitHub Deployments are transient.","default":false},"windows":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions land only inside one of these windows."},"deny":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions never land inside these windows."},"freeze":{"type":"array","description":"Date ranges (whole days, both included) in which promotions never land.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1,"description":"First frozen day, YYYY-MM-DD."},"to":{"type":"string","minLength":1,"description":"Last frozen day, YYYY-MM-DD."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the days are in, e.g. Europe/Paris."},"reason":{"type":"string","description":"Said when the freeze holds a promotion."}}}}},"description":"When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused."},"after":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"The fan-in gate: this environment is promoted only from pins (digests, tags and the chart version) every environment listed here runs; a promotion before they all do is refused, naming which lacks which pin."},"registry":{"type":"string","pattern":"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$","description":"The registry this environment's images live in (host[:port], e.g. registry.prod.example): a promotion into it copies each new image by digest from the registry the source environment runs it from — the index, every manifest and blob, and its referrers (cosign signatures and attestations, by the OCI referrers API or the sha256-<hex> tag scheme) — into the same repository path there, reads the copy back, and only then pins it there (the repository written with the digest). Only a digest the source environment runs (or ran) is copied; a failed or partial copy refuses the promotion."},"approval":{"oneOf":[{"type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$","description":"A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform."},"description":"Teams as org/team-slug, e.g. acme/platform."}}},{"type":"object","additionalProperties":false,"required":["github-environment"],"properties":{"github-environment":{"type":"string","minLength":1,"description":"The GitHub Environment whose required reviewers may approve."}}}],"description":"The approval gate: a promotion into this environment waits until the promotion pull request into its source environment was approved by a member of one of the teams (org/team), or by a required reviewer of the named GitHub Environment. Without a token it holds."},"hydrate":{"type":"object","additionalProperties":false,"properties":{"branch":{"type":"string","pattern":"^[A-Za-z0-9._/-]+$","description":"The environment's active branch (e.g. environment/prod): hydrate-env writes to <branch>-next. Required unless the environment's application: hydrates from source (spec.sourceHydrator), whose syncSource.targetBranch, syncSource.path and hydrateTo.targetBranch are read for branch, path and hydrate-to."},"path":{"type":"string","pattern":"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$","description":"GitOps Promoter's activePath (shared active branch): the files go under <path>/ on <branch>-next/<path>, other folders kept byte for byte."},"hydrate-to":{"type":"string","pattern":"^[A-Za-z0-9._/-]+$","description":"Argo CD Source Hydrator's layout: the branch written (spec.sourceHydrator.hydrateTo.targetBranch, e.g. environments/prod-next) instead of <branch>-next, with the files under path: (syncSource.path) and hydrator.metadata at the root as well."},"layout":{"enum":["manifest","objects"],"default":"manifest","description":"manifest: one manifest.yaml (Argo CD Source Hydrator layout); objects: one file per object, in a stable order."},"secrets":{"enum":["refuse","drop"],"default":"refuse","description":"A Secret in the render: refused, or dropped with a line saying so (never written in clear)."},"promote":{"enum":["gitops-promoter","lockstep"],"default":"gitops-promoter","description":"Who promotes <branch>-next into <branch>: gitops-promoter (or Argo CD; hydrate-env only writes the proposed branch), or lockstep (promote-env with to: this environment opens the pull request <branch>-next -> <branch> through the gates: soak, windows, fan-in, approval)."}},"description":"hydrate-env: write this environment's rendered manifests to <branch>-next in GitOps Promoter's hydrator contract (manifest.yaml or one file per object, and hydrator.metadata)."},"render":{"enum":["auto","on","off"],"description":"Rendered manifest diffs for this environment (default: the top level's render mode).","default":"auto"},"validate":{"enum":["error","warn","off"],"description":"Schema validation of the environment's rendered objects (Kubernetes' schemas for its kube-version, its CRDs, the APIs that version removed): error refuses, warn annotates, off skips (default error when protected, else warn)."},"values-contract":{"enum":["error","warn","off"],"description":"Keys the environment's values set that no template of its chart, its subcharts or global reads, each named at its line with the nearest key the chart reads: error fails the check, warn annotates, off skips (default the top's values-contract, else error when protected, else warn)."},"values-drift":{"enum":["error","warn","off"],"description":"A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn)."},"auto-merge":{"type":"boolean","description":"Enable GitHub auto-merge on the pull request (default the target environment's config auto-merge; never for protected targets).","default":false},"min-soak":{"type":"string","minLength":1,"description":"Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m)."},"wait":{"enum":["refuse","draft"],"description":"A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.","default":"refuse"}}}},"render":{"oneOf":[{"enum":["auto","on","off"]},{"type":"object","additionalProperties":false,"properties":{"mode":{"enum":["auto","on","off"],"default":"auto"},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Regular expressions of rendered lines ignored in the diff (counted, not shown)."},"ignore-defaults":{"type":"boolean","default":true,"description":"Ignore the chart-version churn lines (helm.sh/chart, app.kubernetes.io/version, checksum/* annotations)."},"summarize":{"type":"array","items":{"type":"string","minLength":1},"description":"Kinds shown as one line with their size instead of a diff (e.g. CustomResourceDefinition)."},"kube-version":{"type":"string","minLength":1,"description":"helm template --kube-version (e.g. 1.31.0)."},"api-versions":{"type":"array","items":{"type":"string","minLength":1},"description":"helm template --api-versions, each (e.g. monitoring.coreos.com/v1)."}}}],"description":"Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below."},"crds":{"type":"array","items":{"type":"string","minLength":1},"description":"CustomResourceDefinition files or globs (workspace-relative, e.g. crds/**/*.yaml) whose schemas validate the rendered custom resources, besides a chart's crds/ and the CRDs a render holds."},"fix-window":{"type":"string","minLength":1,"description":"lockstep metrics: a fix release (same major and minor, higher patch) counts as the repair of the landing it replaces when it lands within this time after it (30m, 72h, 5d), or when a change it carries has a Lockstep-Fixes: <version> trailer naming the replaced release.","default":"72h"},"waves":{"type":"object","additionalProperties":{"type":"array","minItems":2,"uniqueItems":true,"items":{"type":"string","minLength":1}},"description":"promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit."},"charts":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error."},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).","default":[]},"changelog":{"enum":["auto","required","off"],"description":"auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.","default":"auto"},"chart-registry":{"type":"string","pattern":"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$","description":"OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published."},"tag-prefix":{"type":"string","description":"Prefix of release tags.","default":"v"},"version-file":{"type":"string","minLength":1,"description":"File holding the release version X.Y.Z on one line.","default":".version"},"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).","default":[]},"pins":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["files","names"],"properties":{"files":{"type":"string","minLength":1,"description":"Glob of files holding the pins."},"table":{"type":"string","description":"TOML table (dotted) or JSON object path holding the pins."},"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dependency names to pin."}}},"description":"Dependency pins set to X.Y.Z at release.","default":[]},"lock-command":{"type":"array","items":{"type":"string"},"minItems":1,"description":"argv run in each folder whose pins changed (no shell)."},"notify-pulls":{"type":"boolean","description":"prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place (\"Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)\"). Needs pull-requests: write.","default":false},"commit-mode":{"enum":["git","api"],"description":"prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for \"require signed commits\" rulesets.","default":"git"}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
const pattern1 = new RegExp("^[_a-zA-Z][_a-zA-Z0-9]*$", "u");
const pattern6 = new RegExp("^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");
const pattern7 = new RegExp("^https?://[^\\s]+$", "u");
const pattern8 = new RegExp("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "u");
const pattern13 = new RegExp("^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://lockstep.dev/schema/lockstep.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["charts-ignore"] !== undefined){
let data0 = data["charts-ignore"];
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(data1.length < 1){
const err1 = {instancePath:instancePath+"/charts-ignore/" + i0,schemaPath:"#/properties/charts-ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/charts-ignore/" + i0,schemaPath:"#/properties/charts-ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/charts-ignore",schemaPath:"#/properties/charts-ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["values-contract"] !== undefined){
let data2 = data["values-contract"];
if(!(((data2 === "error") || (data2 === "warn")) || (data2 === "off"))){
const err4 = {instancePath:instancePath+"/values-contract",schemaPath:"#/properties/values-contract/enum",keyword:"enum",params:{allowedValues: schema11.properties["values-contract"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["chart-version-policy"] !== undefined){
let data3 = data["chart-version-policy"];
if(!((data3 === "independent") || (data3 === "sync"))){
const err5 = {instancePath:instancePath+"/chart-version-policy",schemaPath:"#/properties/chart-version-policy/enum",keyword:"enum",params:{allowedValues: schema11.properties["chart-version-policy"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.services !== undefined){
let data4 = data.services;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
let data5 = data4[key1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.image === undefined){
const err6 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key2 in data5){
if(!(((((key2 === "image") || (key2 === "values-key")) || (key2 === "image-policy")) || (key2 === "flux-substitute")) || (key2 === "verify"))){
const err7 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.image !== undefined){
let data6 = data5.image;
if(typeof data6 === "string"){
if(data6.length < 1){
const err8 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5["values-key"] !== undefined){
let data7 = data5["values-key"];
if(typeof data7 === "string"){
if(data7.length < 1){
const err10 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5["image-policy"] !== undefined){
let data8 = data5["image-policy"];
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err12 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image-policy",schemaPath:"#/properties/services/additionalProperties/properties/image-policy/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image-policy",schemaPath:"#/properties/services/additionalProperties/properties/image-policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5["flux-substitute"] !== undefined){
let data9 = data5["flux-substitute"];
const _errs21 = errors;
let valid5 = false;
let passing0 = null;
const _errs22 = errors;
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err14 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs24 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
if(!((((key3 === "image") || (key3 === "name")) || (key3 === "tag")) || (key3 === "digest"))){
const err16 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.image !== undefined){
let data10 = data9.image;
if(typeof data10 === "string"){
if(!pattern1.test(data10)){
const err17 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/image",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/image/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/image",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.name !== undefined){
let data11 = data9.name;
if(typeof data11 === "string"){
if(!pattern1.test(data11)){
const err19 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/name",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/name/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/name",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.tag !== undefined){
let data12 = data9.tag;
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
const err21 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/tag",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/tag/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/tag",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.digest !== undefined){
let data13 = data9.digest;
if(typeof data13 === "string"){
if(!pattern1.test(data13)){
const err23 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/digest",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/digest/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/digest",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err26 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data5.verify !== undefined){
let data14 = data5.verify;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
if(!((key4 === "keys") || (key4 === "attestation"))){
const err27 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify",schemaPath:"#/properties/services/additionalProperties/properties/verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.keys !== undefined){
let data15 = data14.keys;
if(Array.isArray(data15)){
if(data15.length < 1){
const err28 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 === "string"){
if(data16.length < 1){
const err29 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys/" + i1,schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys/" + i1,schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.attestation !== undefined){
let data17 = data14.attestation;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17["trusted-root"] === undefined){
const err32 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "trusted-root"},message:"must have required property '"+"trusted-root"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data17.identity === undefined){
const err33 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key5 in data17){
if(!(((key5 === "trusted-root") || (key5 === "issuer")) || (key5 === "identity"))){
const err34 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data17["trusted-root"] !== undefined){
let data18 = data17["trusted-root"];
if(typeof data18 === "string"){
if(data18.length < 1){
const err35 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/trusted-root",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/trusted-root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/trusted-root",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/trusted-root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data17.issuer !== undefined){
let data19 = data17.issuer;
if(typeof data19 === "string"){
if(data19.length < 1){
const err37 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/issuer",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/issuer",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data17.identity !== undefined){
let data20 = data17.identity;
if(typeof data20 === "string"){
if(data20.length < 1){
const err39 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/identity",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/identity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/identity",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/identity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify",schemaPath:"#/properties/services/additionalProperties/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.verify !== undefined){
let data21 = data.verify;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key6 in data21){
if(!((key6 === "keys") || (key6 === "attestation"))){
const err45 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data21.keys !== undefined){
let data22 = data21.keys;
if(Array.isArray(data22)){
if(data22.length < 1){
const err46 = {instancePath:instancePath+"/verify/keys",schemaPath:"#/properties/verify/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(typeof data23 === "string"){
if(data23.length < 1){
const err47 = {instancePath:instancePath+"/verify/keys/" + i2,schemaPath:"#/properties/verify/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/verify/keys/" + i2,schemaPath:"#/properties/verify/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/verify/keys",schemaPath:"#/properties/verify/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data21.attestation !== undefined){
let data24 = data21.attestation;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24["trusted-root"] === undefined){
const err50 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "trusted-root"},message:"must have required property '"+"trusted-root"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data24.identity === undefined){
const err51 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key7 in data24){
if(!(((key7 === "trusted-root") || (key7 === "issuer")) || (key7 === "identity"))){
const err52 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data24["trusted-root"] !== undefined){
let data25 = data24["trusted-root"];
if(typeof data25 === "string"){
if(data25.length < 1){
const err53 = {instancePath:instancePath+"/verify/attestation/trusted-root",schemaPath:"#/properties/verify/properties/attestation/properties/trusted-root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/verify/attestation/trusted-root",schemaPath:"#/properties/verify/properties/attestation/properties/trusted-root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data24.issuer !== undefined){
let data26 = data24.issuer;
if(typeof data26 === "string"){
if(data26.length < 1){
const err55 = {instancePath:instancePath+"/verify/attestation/issuer",schemaPath:"#/properties/verify/properties/attestation/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/verify/attestation/issuer",schemaPath:"#/properties/verify/properties/attestation/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data24.identity !== undefined){
let data27 = data24.identity;
if(typeof data27 === "string"){
if(data27.length < 1){
const err57 = {instancePath:instancePath+"/verify/attestation/identity",schemaPath:"#/properties/verify/properties/attestation/properties/identity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/verify/attestation/identity",schemaPath:"#/properties/verify/properties/attestation/properties/identity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.environments !== undefined){
let data28 = data.environments;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
const _errs71 = errors;
let valid17 = false;
const _errs72 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.values === undefined){
const err61 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/0/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var _valid1 = _errs72 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs73 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.kustomization === undefined){
const err62 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/1/required",keyword:"required",params:{missingProperty: "kustomization"},message:"must have required property '"+"kustomization"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
var _valid1 = _errs73 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs74 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.helmrelease === undefined){
const err63 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/2/required",keyword:"required",params:{missingProperty: "helmrelease"},message:"must have required property '"+"helmrelease"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var _valid1 = _errs74 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs75 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29["flux-kustomization"] === undefined){
const err64 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/3/required",keyword:"required",params:{missingProperty: "flux-kustomization"},message:"must have required property '"+"flux-kustomization"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
var _valid1 = _errs75 === errors;
valid17 = valid17 || _valid1;
}
}
}
if(!valid17){
const err65 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.name === undefined){
const err66 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key8 in data29){
if(!(func2.call(schema11.properties.environments.items.properties, key8))){
const err67 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.name !== undefined){
let data30 = data29.name;
if(typeof data30 === "string"){
if(data30.length < 1){
const err68 = {instancePath:instancePath+"/environments/" + i3+"/name",schemaPath:"#/properties/environments/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/environments/" + i3+"/name",schemaPath:"#/properties/environments/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.values !== undefined){
let data31 = data29.values;
if(typeof data31 === "string"){
if(data31.length < 1){
const err70 = {instancePath:instancePath+"/environments/" + i3+"/values",schemaPath:"#/properties/environments/items/properties/values/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/environments/" + i3+"/values",schemaPath:"#/properties/environments/items/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data29.kustomization !== undefined){
let data32 = data29.kustomization;
if(typeof data32 === "string"){
if(data32.length < 1){
const err72 = {instancePath:instancePath+"/environments/" + i3+"/kustomization",schemaPath:"#/properties/environments/items/properties/kustomization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/environments/" + i3+"/kustomization",schemaPath:"#/properties/environments/items/properties/kustomization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data29.application !== undefined){
if(typeof data29.application !== "string"){
const err74 = {instancePath:instancePath+"/environments/" + i3+"/application",schemaPath:"#/properties/environments/items/properties/application/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data29.helmrelease !== undefined){
if(typeof data29.helmrelease !== "string"){
const err75 = {instancePath:instancePath+"/environments/" + i3+"/helmrelease",schemaPath:"#/properties/environments/items/properties/helmrelease/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data29["flux-kustomization"] !== undefined){
let data35 = data29["flux-kustomization"];
if(typeof data35 === "string"){
if(data35.length < 1){
const err76 = {instancePath:instancePath+"/environments/" + i3+"/flux-kustomization",schemaPath:"#/properties/environments/items/properties/flux-kustomization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/environments/" + i3+"/flux-kustomization",schemaPath:"#/properties/environments/items/properties/flux-kustomization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data29.ocirepository !== undefined){
if(typeof data29.ocirepository !== "string"){
const err78 = {instancePath:instancePath+"/environments/" + i3+"/ocirepository",schemaPath:"#/properties/environments/items/properties/ocirepository/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data29.protected !== undefined){
if(typeof data29.protected !== "boolean"){
const err79 = {instancePath:instancePath+"/environments/" + i3+"/protected",schemaPath:"#/properties/environments/items/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data29["kube-version"] !== undefined){
let data38 = data29["kube-version"];
if(typeof data38 === "string"){
if(!pattern6.test(data38)){
const err80 = {instancePath:instancePath+"/environments/" + i3+"/kube-version",schemaPath:"#/properties/environments/items/properties/kube-version/pattern",keyword:"pattern",params:{pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"+"\""};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/environments/" + i3+"/kube-version",schemaPath:"#/properties/environments/items/properties/kube-version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data29["helm-version"] !== undefined){
let data39 = data29["helm-version"];
if(!((data39 === 3) || (data39 === 4))){
const err82 = {instancePath:instancePath+"/environments/" + i3+"/helm-version",schemaPath:"#/properties/environments/items/properties/helm-version/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["helm-version"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data29.url !== undefined){
let data40 = data29.url;
if(typeof data40 === "string"){
if(!pattern7.test(data40)){
const err83 = {instancePath:instancePath+"/environments/" + i3+"/url",schemaPath:"#/properties/environments/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/environments/" + i3+"/url",schemaPath:"#/properties/environments/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data29.preview !== undefined){
if(typeof data29.preview !== "boolean"){
const err85 = {instancePath:instancePath+"/environments/" + i3+"/preview",schemaPath:"#/properties/environments/items/properties/preview/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data29.windows !== undefined){
let data42 = data29.windows;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key9 in data42){
if(!(((key9 === "allow") || (key9 === "deny")) || (key9 === "freeze"))){
const err86 = {instancePath:instancePath+"/environments/" + i3+"/windows",schemaPath:"#/properties/environments/items/properties/windows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data42.allow !== undefined){
let data43 = data42.allow;
if(Array.isArray(data43)){
const len4 = data43.length;
for(let i4=0; i4<len4; i4++){
let data44 = data43[i4];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.cron === undefined){
const err87 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data44.duration === undefined){
const err88 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key10 in data44){
if(!(((key10 === "cron") || (key10 === "duration")) || (key10 === "timezone"))){
const err89 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data44.cron !== undefined){
let data45 = data44.cron;
if(typeof data45 === "string"){
if(data45.length < 1){
const err90 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data44.duration !== undefined){
let data46 = data44.duration;
if(typeof data46 === "string"){
if(data46.length < 1){
const err92 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data44.timezone !== undefined){
let data47 = data44.timezone;
if(typeof data47 === "string"){
if(data47.length < 1){
const err94 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data42.deny !== undefined){
let data48 = data42.deny;
if(Array.isArray(data48)){
const len5 = data48.length;
for(let i5=0; i5<len5; i5++){
let data49 = data48[i5];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.cron === undefined){
const err98 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data49.duration === undefined){
const err99 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key11 in data49){
if(!(((key11 === "cron") || (key11 === "duration")) || (key11 === "timezone"))){
const err100 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data49.cron !== undefined){
let data50 = data49.cron;
if(typeof data50 === "string"){
if(data50.length < 1){
const err101 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data49.duration !== undefined){
let data51 = data49.duration;
if(typeof data51 === "string"){
if(data51.length < 1){
const err103 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data49.timezone !== undefined){
let data52 = data49.timezone;
if(typeof data52 === "string"){
if(data52.length < 1){
const err105 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data42.freeze !== undefined){
let data53 = data42.freeze;
if(Array.isArray(data53)){
const len6 = data53.length;
for(let i6=0; i6<len6; i6++){
let data54 = data53[i6];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.from === undefined){
const err109 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data54.to === undefined){
const err110 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key12 in data54){
if(!((((key12 === "from") || (key12 === "to")) || (key12 === "timezone")) || (key12 === "reason"))){
const err111 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data54.from !== undefined){
let data55 = data54.from;
if(typeof data55 === "string"){
if(data55.length < 1){
const err112 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data54.to !== undefined){
let data56 = data54.to;
if(typeof data56 === "string"){
if(data56.length < 1){
const err114 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data54.timezone !== undefined){
let data57 = data54.timezone;
if(typeof data57 === "string"){
if(data57.length < 1){
const err116 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data54.reason !== undefined){
if(typeof data54.reason !== "string"){
const err118 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/reason",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/environments/" + i3+"/windows",schemaPath:"#/properties/environments/items/properties/windows/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data29.after !== undefined){
let data59 = data29.after;
if(Array.isArray(data59)){
if(data59.length < 1){
const err122 = {instancePath:instancePath+"/environments/" + i3+"/after",schemaPath:"#/properties/environments/items/properties/after/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
const len7 = data59.length;
for(let i7=0; i7<len7; i7++){
let data60 = data59[i7];
if(typeof data60 === "string"){
if(data60.length < 1){
const err123 = {instancePath:instancePath+"/environments/" + i3+"/after/" + i7,schemaPath:"#/properties/environments/items/properties/after/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/environments/" + i3+"/after/" + i7,schemaPath:"#/properties/environments/items/properties/after/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
let i8 = data59.length;
let j0;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data59[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err125 = {instancePath:instancePath+"/environments/" + i3+"/after",schemaPath:"#/properties/environments/items/properties/after/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i8+" are identical)"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err126 = {instancePath:instancePath+"/environments/" + i3+"/after",schemaPath:"#/properties/environments/items/properties/after/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data29.registry !== undefined){
let data61 = data29.registry;
if(typeof data61 === "string"){
if(!pattern8.test(data61)){
const err127 = {instancePath:instancePath+"/environments/" + i3+"/registry",schemaPath:"#/properties/environments/items/properties/registry/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$"+"\""};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/environments/" + i3+"/registry",schemaPath:"#/properties/environments/items/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data29.approval !== undefined){
let data62 = data29.approval;
const _errs145 = errors;
let valid32 = false;
let passing1 = null;
const _errs146 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.teams === undefined){
const err129 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
for(const key13 in data62){
if(!(key13 === "teams")){
const err130 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data62.teams !== undefined){
let data63 = data62.teams;
if(Array.isArray(data63)){
if(data63.length < 1){
const err131 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
const len8 = data63.length;
for(let i9=0; i9<len8; i9++){
let data64 = data63[i9];
if(typeof data64 === "string"){
if(!pattern9.test(data64)){
const err132 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams/" + i9,schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams/" + i9,schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid2 = _errs146 === errors;
if(_valid2){
valid32 = true;
passing1 = 0;
}
const _errs153 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62["github-environment"] === undefined){
const err136 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/required",keyword:"required",params:{missingProperty: "github-environment"},message:"must have required property '"+"github-environment"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
for(const key14 in data62){
if(!(key14 === "github-environment")){
const err137 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data62["github-environment"] !== undefined){
let data65 = data62["github-environment"];
if(typeof data65 === "string"){
if(data65.length < 1){
const err138 = {instancePath:instancePath+"/environments/" + i3+"/approval/github-environment",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/properties/github-environment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/environments/" + i3+"/approval/github-environment",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/properties/github-environment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var _valid2 = _errs153 === errors;
if(_valid2 && valid32){
valid32 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid32 = true;
passing1 = 1;
}
}
if(!valid32){
const err141 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
else {
errors = _errs145;
if(vErrors !== null){
if(_errs145){
vErrors.length = _errs145;
}
else {
vErrors = null;
}
}
}
}
if(data29.hydrate !== undefined){
let data66 = data29.hydrate;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key15 in data66){
if(!((((((key15 === "branch") || (key15 === "path")) || (key15 === "hydrate-to")) || (key15 === "layout")) || (key15 === "secrets")) || (key15 === "promote"))){
const err142 = {instancePath:instancePath+"/environments/" + i3+"/hydrate",schemaPath:"#/properties/environments/items/properties/hydrate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data66.branch !== undefined){
let data67 = data66.branch;
if(typeof data67 === "string"){
if(!pattern10.test(data67)){
const err143 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/branch",schemaPath:"#/properties/environments/items/properties/hydrate/properties/branch/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\""};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/branch",schemaPath:"#/properties/environments/items/properties/hydrate/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data66.path !== undefined){
let data68 = data66.path;
if(typeof data68 === "string"){
if(!pattern11.test(data68)){
const err145 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/path",schemaPath:"#/properties/environments/items/properties/hydrate/properties/path/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/path",schemaPath:"#/properties/environments/items/properties/hydrate/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data66["hydrate-to"] !== undefined){
let data69 = data66["hydrate-to"];
if(typeof data69 === "string"){
if(!pattern10.test(data69)){
const err147 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/hydrate-to",schemaPath:"#/properties/environments/items/properties/hydrate/properties/hydrate-to/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\""};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/hydrate-to",schemaPath:"#/properties/environments/items/properties/hydrate/properties/hydrate-to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data66.layout !== undefined){
let data70 = data66.layout;
if(!((data70 === "manifest") || (data70 === "objects"))){
const err149 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/layout",schemaPath:"#/properties/environments/items/properties/hydrate/properties/layout/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.hydrate.properties.layout.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data66.secrets !== undefined){
let data71 = data66.secrets;
if(!((data71 === "refuse") || (data71 === "drop"))){
const err150 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/secrets",schemaPath:"#/properties/environments/items/properties/hydrate/properties/secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.hydrate.properties.secrets.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data66.promote !== undefined){
let data72 = data66.promote;
if(!((data72 === "gitops-promoter") || (data72 === "lockstep"))){
const err151 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/promote",schemaPath:"#/properties/environments/items/properties/hydrate/properties/promote/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.hydrate.properties.promote.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/environments/" + i3+"/hydrate",schemaPath:"#/properties/environments/items/properties/hydrate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data29.render !== undefined){
let data73 = data29.render;
if(!(((data73 === "auto") || (data73 === "on")) || (data73 === "off"))){
const err153 = {instancePath:instancePath+"/environments/" + i3+"/render",schemaPath:"#/properties/environments/items/properties/render/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.render.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data29.validate !== undefined){
let data74 = data29.validate;
if(!(((data74 === "error") || (data74 === "warn")) || (data74 === "off"))){
const err154 = {instancePath:instancePath+"/environments/" + i3+"/validate",schemaPath:"#/properties/environments/items/properties/validate/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.validate.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data29["values-contract"] !== undefined){
let data75 = data29["values-contract"];
if(!(((data75 === "error") || (data75 === "warn")) || (data75 === "off"))){
const err155 = {instancePath:instancePath+"/environments/" + i3+"/values-contract",schemaPath:"#/properties/environments/items/properties/values-contract/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["values-contract"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data29["values-drift"] !== undefined){
let data76 = data29["values-drift"];
if(!(((data76 === "error") || (data76 === "warn")) || (data76 === "off"))){
const err156 = {instancePath:instancePath+"/environments/" + i3+"/values-drift",schemaPath:"#/properties/environments/items/properties/values-drift/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["values-drift"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data29["auto-merge"] !== undefined){
if(typeof data29["auto-merge"] !== "boolean"){
const err157 = {instancePath:instancePath+"/environments/" + i3+"/auto-merge",schemaPath:"#/properties/environments/items/properties/auto-merge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data29["min-soak"] !== undefined){
let data78 = data29["min-soak"];
if(typeof data78 === "string"){
if(data78.length < 1){
const err158 = {instancePath:instancePath+"/environments/" + i3+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/environments/" + i3+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data29.wait !== undefined){
let data79 = data29.wait;
if(!((data79 === "refuse") || (data79 === "draft"))){
const err160 = {instancePath:instancePath+"/environments/" + i3+"/wait",schemaPath:"#/properties/environments/items/properties/wait/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.wait.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data.render !== undefined){
let data80 = data.render;
const _errs180 = errors;
let valid38 = false;
let passing2 = null;
const _errs181 = errors;
if(!(((data80 === "auto") || (data80 === "on")) || (data80 === "off"))){
const err163 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.render.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
var _valid3 = _errs181 === errors;
if(_valid3){
valid38 = true;
passing2 = 0;
}
const _errs182 = errors;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key16 in data80){
if(!((((((key16 === "mode") || (key16 === "ignore")) || (key16 === "ignore-defaults")) || (key16 === "summarize")) || (key16 === "kube-version")) || (key16 === "api-versions"))){
const err164 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data80.mode !== undefined){
let data81 = data80.mode;
if(!(((data81 === "auto") || (data81 === "on")) || (data81 === "off"))){
const err165 = {instancePath:instancePath+"/render/mode",schemaPath:"#/properties/render/oneOf/1/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.render.oneOf[1].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data80.ignore !== undefined){
let data82 = data80.ignore;
if(Array.isArray(data82)){
const len9 = data82.length;
for(let i10=0; i10<len9; i10++){
let data83 = data82[i10];
if(typeof data83 === "string"){
if(data83.length < 1){
const err166 = {instancePath:instancePath+"/render/ignore/" + i10,schemaPath:"#/properties/render/oneOf/1/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/render/ignore/" + i10,schemaPath:"#/properties/render/oneOf/1/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/render/ignore",schemaPath:"#/properties/render/oneOf/1/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data80["ignore-defaults"] !== undefined){
if(typeof data80["ignore-defaults"] !== "boolean"){
const err169 = {instancePath:instancePath+"/render/ignore-defaults",schemaPath:"#/properties/render/oneOf/1/properties/ignore-defaults/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data80.summarize !== undefined){
let data85 = data80.summarize;
if(Array.isArray(data85)){
const len10 = data85.length;
for(let i11=0; i11<len10; i11++){
let data86 = data85[i11];
if(typeof data86 === "string"){
if(data86.length < 1){
const err170 = {instancePath:instancePath+"/render/summarize/" + i11,schemaPath:"#/properties/render/oneOf/1/properties/summarize/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/render/summarize/" + i11,schemaPath:"#/properties/render/oneOf/1/properties/summarize/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/render/summarize",schemaPath:"#/properties/render/oneOf/1/properties/summarize/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data80["kube-version"] !== undefined){
let data87 = data80["kube-version"];
if(typeof data87 === "string"){
if(data87.length < 1){
const err173 = {instancePath:instancePath+"/render/kube-version",schemaPath:"#/properties/render/oneOf/1/properties/kube-version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/render/kube-version",schemaPath:"#/properties/render/oneOf/1/properties/kube-version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data80["api-versions"] !== undefined){
let data88 = data80["api-versions"];
if(Array.isArray(data88)){
const len11 = data88.length;
for(let i12=0; i12<len11; i12++){
let data89 = data88[i12];
if(typeof data89 === "string"){
if(data89.length < 1){
const err175 = {instancePath:instancePath+"/render/api-versions/" + i12,schemaPath:"#/properties/render/oneOf/1/properties/api-versions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/render/api-versions/" + i12,schemaPath:"#/properties/render/oneOf/1/properties/api-versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/render/api-versions",schemaPath:"#/properties/render/oneOf/1/properties/api-versions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
var _valid3 = _errs182 === errors;
if(_valid3 && valid38){
valid38 = false;
passing2 = [passing2, 1];
}
else {
if(_valid3){
valid38 = true;
passing2 = 1;
}
}
if(!valid38){
const err179 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
else {
errors = _errs180;
if(vErrors !== null){
if(_errs180){
vErrors.length = _errs180;
}
else {
vErrors = null;
}
}
}
}
if(data.crds !== undefined){
let data90 = data.crds;
if(Array.isArray(data90)){
const len12 = data90.length;
for(let i13=0; i13<len12; i13++){
let data91 = data90[i13];
if(typeof data91 === "string"){
if(data91.length < 1){
const err180 = {instancePath:instancePath+"/crds/" + i13,schemaPath:"#/properties/crds/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/crds/" + i13,schemaPath:"#/properties/crds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/crds",schemaPath:"#/properties/crds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data["fix-window"] !== undefined){
let data92 = data["fix-window"];
if(typeof data92 === "string"){
if(data92.length < 1){
const err183 = {instancePath:instancePath+"/fix-window",schemaPath:"#/properties/fix-window/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/fix-window",schemaPath:"#/properties/fix-window/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data.waves !== undefined){
let data93 = data.waves;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
for(const key17 in data93){
let data94 = data93[key17];
if(Array.isArray(data94)){
if(data94.length < 2){
const err185 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
const len13 = data94.length;
for(let i14=0; i14<len13; i14++){
let data95 = data94[i14];
if(typeof data95 === "string"){
if(data95.length < 1){
const err186 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/properties/waves/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/properties/waves/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
let i15 = data94.length;
let j1;
if(i15 > 1){
const indices1 = {};
for(;i15--;){
let item1 = data94[i15];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err188 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i15+" are identical)"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
break;
}
indices1[item1] = i15;
}
}
}
else {
const err189 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/waves",schemaPath:"#/properties/waves/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data.charts !== undefined){
let data96 = data.charts;
if(Array.isArray(data96)){
const len14 = data96.length;
for(let i16=0; i16<len14; i16++){
let data97 = data96[i16];
if(typeof data97 === "string"){
if(data97.length < 1){
const err191 = {instancePath:instancePath+"/charts/" + i16,schemaPath:"#/properties/charts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/charts/" + i16,schemaPath:"#/properties/charts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
else {
const err193 = {instancePath:instancePath+"/charts",schemaPath:"#/properties/charts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data.ignore !== undefined){
let data98 = data.ignore;
if(Array.isArray(data98)){
const len15 = data98.length;
for(let i17=0; i17<len15; i17++){
let data99 = data98[i17];
if(typeof data99 === "string"){
if(data99.length < 1){
const err194 = {instancePath:instancePath+"/ignore/" + i17,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/ignore/" + i17,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data.changelog !== undefined){
let data100 = data.changelog;
if(!(((data100 === "auto") || (data100 === "required")) || (data100 === "off"))){
const err197 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/enum",keyword:"enum",params:{allowedValues: schema11.properties.changelog.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data["chart-registry"] !== undefined){
let data101 = data["chart-registry"];
if(typeof data101 === "string"){
if(!pattern13.test(data101)){
const err198 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/pattern",keyword:"pattern",params:{pattern: "^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"},message:"must match pattern \""+"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"+"\""};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data["tag-prefix"] !== undefined){
if(typeof data["tag-prefix"] !== "string"){
const err200 = {instancePath:instancePath+"/tag-prefix",schemaPath:"#/properties/tag-prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data["version-file"] !== undefined){
let data103 = data["version-file"];
if(typeof data103 === "string"){
if(data103.length < 1){
const err201 = {instancePath:instancePath+"/version-file",schemaPath:"#/properties/version-file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/version-file",schemaPath:"#/properties/version-file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data.packages !== undefined){
let data104 = data.packages;
if(Array.isArray(data104)){
const len16 = data104.length;
for(let i18=0; i18<len16; i18++){
let data105 = data104[i18];
if(typeof data105 === "string"){
if(data105.length < 1){
const err203 = {instancePath:instancePath+"/packages/" + i18,schemaPath:"#/properties/packages/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
else {
const err204 = {instancePath:instancePath+"/packages/" + i18,schemaPath:"#/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
else {
const err205 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data.pins !== undefined){
let data106 = data.pins;
if(Array.isArray(data106)){
const len17 = data106.length;
for(let i19=0; i19<len17; i19++){
let data107 = data106[i19];
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.files === undefined){
const err206 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(data107.names === undefined){
const err207 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
for(const key18 in data107){
if(!(((key18 === "files") || (key18 === "table")) || (key18 === "names"))){
const err208 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data107.files !== undefined){
let data108 = data107.files;
if(typeof data108 === "string"){
if(data108.length < 1){
const err209 = {instancePath:instancePath+"/pins/" + i19+"/files",schemaPath:"#/properties/pins/items/properties/files/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/pins/" + i19+"/files",schemaPath:"#/properties/pins/items/properties/files/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data107.table !== undefined){
if(typeof data107.table !== "string"){
const err211 = {instancePath:instancePath+"/pins/" + i19+"/table",schemaPath:"#/properties/pins/items/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data107.names !== undefined){
let data110 = data107.names;
if(Array.isArray(data110)){
if(data110.length < 1){
const err212 = {instancePath:instancePath+"/pins/" + i19+"/names",schemaPath:"#/properties/pins/items/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
const len18 = data110.length;
for(let i20=0; i20<len18; i20++){
let data111 = data110[i20];
if(typeof data111 === "string"){
if(data111.length < 1){
const err213 = {instancePath:instancePath+"/pins/" + i19+"/names/" + i20,schemaPath:"#/properties/pins/items/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/pins/" + i19+"/names/" + i20,schemaPath:"#/properties/pins/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
else {
const err215 = {instancePath:instancePath+"/pins/" + i19+"/names",schemaPath:"#/properties/pins/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
else {
const err216 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data["lock-command"] !== undefined){
let data112 = data["lock-command"];
if(Array.isArray(data112)){
if(data112.length < 1){
const err218 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
const len19 = data112.length;
for(let i21=0; i21<len19; i21++){
if(typeof data112[i21] !== "string"){
const err219 = {instancePath:instancePath+"/lock-command/" + i21,schemaPath:"#/properties/lock-command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data["notify-pulls"] !== undefined){
if(typeof data["notify-pulls"] !== "boolean"){
const err221 = {instancePath:instancePath+"/notify-pulls",schemaPath:"#/properties/notify-pulls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data["commit-mode"] !== undefined){
let data115 = data["commit-mode"];
if(!((data115 === "git") || (data115 === "api"))){
const err222 = {instancePath:instancePath+"/commit-mode",schemaPath:"#/properties/commit-mode/enum",keyword:"enum",params:{allowedValues: schema11.properties["commit-mode"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
else {
const err223 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./packages/core/src/config/config.ts






// Made from the settings declarations (`npm run settings`): the file's types, each key's default, the schema.





// Compiled at build time from the schema (`npm run settings`): ajv itself is never loaded at run time.

/** The keys naming the file an environment's pins live in, one of which each environment gives (the declarations' `oneOf: pins`). */
const PIN_FILE_KEYS = ENVIRONMENT_ONE_OF.pins;
/**
 * The file an environment's pins live in, as the config names it: the first of PIN_FILE_KEYS it gives, the
 * resource's `#name` left out (a HelmRelease named in a file of several). Undefined when it gives none.
 */
function pinFileOf(e) {
    const given = { values: e.values, kustomization: e.kustomization, helmrelease: e.helmrelease, 'flux-kustomization': e.fluxKustomization };
    const key = PIN_FILE_KEYS.find((k) => given[k] !== undefined);
    return key === undefined ? undefined : { key, file: given[key].replace(/#.*$/, '') };
}
const DEFAULT_CONFIG_PATH = '.github/lockstep.yml';
/**
 * Loads the shared configuration. A missing default file yields the defaults;
 * a missing file the user named explicitly, invalid YAML, an unknown key or a
 * wrong type is a UserError naming file:line.
 */
function loadConfig(workspace, path) {
    const rel = path && path.trim() !== '' ? path.trim() : DEFAULT_CONFIG_PATH;
    const abs = (0,fs_workspace/* resolveInside */.LI)(workspace, rel, 'config');
    if (!(0,external_node_fs_.existsSync)(abs)) {
        // .yml for .yaml and back: the one that exists is most likely the one meant (also for the default path,
        // so a .github/lockstep.yaml is never silently ignored).
        const other = otherConfigExtension(rel);
        if (other !== undefined && (0,external_node_fs_.existsSync)((0,fs_workspace/* resolveInside */.LI)(workspace, other, 'config')))
            throw siblingConfigError(rel, other);
        if (path && path.trim() !== '' && rel !== DEFAULT_CONFIG_PATH)
            throw new src_errors/* UserError */.yo(`config file ${rel} does not exist`, { hint: (0,src_errors/* words */.aL) `fix ${(0,src_errors/* theInput */.y8)('config')} or create the file` });
        return parseConfigText('', undefined);
    }
    if (!(0,external_node_fs_.statSync)(abs).isFile())
        throw new src_errors/* UserError */.yo(`config ${rel} is not a file`, { hint: 'name the YAML file, e.g. .github/lockstep.yml' });
    return parseConfigText((0,external_node_fs_.readFileSync)(abs, 'utf8'), rel);
}
/**
 * Parses and validates configuration text; exported for tests. A text js-yaml reads as the yaml package does
 * (yaml/plain-document.ts) and the schema accepts is read from js-yaml's data and lines, and the yaml package's
 * tree is built only if a line the events cannot place is asked for: at 300 services and 100 environments
 * (40 KB) that tree cost ~90 ms of every command. Any other text, and any config that is refused, is read
 * by the yaml package as before, so every error and its line are the ones it gives.
 */
function parseConfigText(text, file) {
    const body = stripBom(text);
    const quick = plainDocument(body);
    if (quick !== undefined) {
        const data = (quick.data ?? {});
        if (typeof data === 'object' && !Array.isArray(data) && validate(data)) {
            try {
                return readConfig(data, plainSource(quick, body, file), file);
            }
            catch (e) {
                if (!(e instanceof src_errors/* UserError */.yo) && !(e instanceof src_errors/* UserErrors */.tQ))
                    throw e;
                // Refused: read again below, by the yaml package, which says where.
            }
        }
    }
    const parsed = parseYaml(body, file ?? DEFAULT_CONFIG_PATH);
    const raw = (parsed.doc.toJS() ?? {});
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new src_errors/* UserError */.yo('the configuration must be a mapping of keys', { file, line: 1, hint: `see ${CONFIG_DOCS}` });
    // Every problem at once, each at its line (a new config should not take a round per typo): the schema's,
    // then what reading the values finds (a duration, a time zone), sorted by line.
    // Of a oneOf's branches, the one the file chose (schema-errors.ts): the others' errors are no mistake of the file.
    const errors = validate(raw) ? [] : chosenBranches(validate.errors ?? []);
    const problems = schemaErrors(parsed, errors, raw);
    // The rest of the file is read without the values the schema refused (the whole key of its place), so that
    // reading says what else is wrong and the checks after the loader (`lockstep config`) run on what is left.
    let read;
    try {
        read = readConfigAll(problems.length > 0 ? withoutRefused(raw, errors) : raw, treeSource(parsed), file);
    }
    catch (e) {
        // A value of the wrong type the schema refused can break reading it: the schema's errors say it.
        if (problems.length === 0)
            throw e;
    }
    // What reading says of a mapping with an unknown key, at the mapping's own line or its key's, is that typo's
    // echo (`verify: { key: … }` reads as empty); what it finds deeper inside stands.
    const typoLines = new Set(errors
        .filter((err) => err.keyword === 'additionalProperties' && err.instancePath !== '')
        .map((err) => parsed.lineOf(nodeAt(parsed, pathOf(err))))
        .flatMap((line) => (line === undefined ? [] : [line - 1, line])));
    const echo = (p) => p.line !== undefined && typoLines.has(p.line);
    const all = [...problems, ...(read?.problems ?? []).filter((p) => !echo(p))].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (all.length === 0 && read)
        return read.config;
    const refused = all.length === 1 ? all[0] : new src_errors/* UserErrors */.tQ(all);
    if (read)
        partials.set(refused, read.config);
    throw refused;
}
/** What a refused config still says, by the error that refused it (configOfRefusal). */
const partials = new WeakMap();
/**
 * The Config a refused file still gives, without the values refused (the keys the schema refused are left
 * out; what reading refused, as if the file left it out): `lockstep config` runs the checks of every
 * command on it, so that every mistake of the file is said in one run. Undefined for any other error.
 */
function configOfRefusal(e) {
    return e !== null && typeof e === 'object' ? partials.get(e) : undefined;
}
/** The yaml package's tree as a ConfigSource. */
function treeSource(parsed) {
    return {
        lineOf: (path) => parsed.lineOf(nodeAt(parsed, path)),
        raw: () => (parsed.doc.toJS() ?? {}),
    };
}
/** js-yaml's reading as a ConfigSource: a line its events do not place is asked of the yaml package's tree, built then, once. */
function plainSource(quick, body, file) {
    let tree;
    return {
        lineOf: (path) => {
            const line = quick.lineOf(path);
            if (line !== UNKNOWN)
                return line;
            tree ??= parseYaml(body, file ?? DEFAULT_CONFIG_PATH);
            return tree.lineOf(nodeAt(tree, path));
        },
        raw: () => plainDocument(body)?.data ?? {},
    };
}
/** The Config a schema-valid raw config holds, each value read strictly (a bad one refused at its line). */
function readConfig(r, source, file) {
    const { config, problems } = readConfigAll(r, source, file);
    (0,src_errors/* throwAll */.Kx)(problems);
    return config;
}
/** What `f` gives, or `otherwise` with the user errors it threw kept in `problems` (every problem of a file at once). */
function gathered(problems, f, otherwise) {
    try {
        return f();
    }
    catch (e) {
        if (e instanceof src_errors/* UserErrors */.tQ)
            problems.push(...e.errors);
        else if (e instanceof src_errors/* UserError */.yo)
            problems.push(e);
        else
            throw e;
        return otherwise;
    }
}
/** A protected environment's promotions are draft pull requests merged by a person: auto-merge there contradicts it. */
function autoMergeProtected(r, source, file) {
    return (r.environments ?? []).flatMap((e, i) => e.protected === true && e['auto-merge'] === true
        ? [
            new src_errors/* UserError */.yo(`environment ${String(e.name)} is protected and sets auto-merge: true`, {
                file,
                line: source.lineOf(['environments', i, 'auto-merge']) ?? 1,
                hint: 'protected promotions are draft pull requests merged by a person: remove auto-merge or protected',
            }),
        ]
        : []);
}
/** readConfig's Config and every problem reading found (a value read as if the file left it out when refused). */
function readConfigAll(r, source, file) {
    const problems = autoMergeProtected(r, source, file);
    // The declarations' defaults (settings/table-*.ts, config-keys.ts), for the keys the Config always holds; the keys an
    // input overrides with its own precedence (notify-pulls, commit-mode, wait …) stay undefined: resolveSettings defaults them.
    const top = TOP_DEFAULTS;
    const lineOf = (path) => source.lineOf(path) ?? 1;
    const config = {
        file,
        versionFile: r['version-file'] ?? top['version-file'],
        tagPrefix: r['tag-prefix'] ?? top['tag-prefix'],
        ...(r['notify-pulls'] !== undefined ? { notifyPulls: r['notify-pulls'] } : {}),
        charts: r.charts,
        ...(r['charts-ignore'] ? { chartsIgnore: r['charts-ignore'] } : {}),
        ignore: r.ignore ?? [...top.ignore],
        chartVersionPolicy: r['chart-version-policy'] ?? top['chart-version-policy'],
        changelog: r.changelog ?? top.changelog,
        packages: r.packages ?? [...top.packages],
        lockCommand: r['lock-command'],
        commitMode: r['commit-mode'],
        services: Object.fromEntries(Object.entries(r.services ?? {}).map(([k, v]) => [
            k,
            {
                image: v.image,
                valuesKey: v['values-key'],
                ...(v['image-policy'] !== undefined ? { imagePolicy: v['image-policy'] } : {}),
                ...(v['flux-substitute'] !== undefined ? { fluxSubstitute: v['flux-substitute'] } : {}),
                ...gathered(problems, () => readKeys(v, SERVICE_READERS, {}, { file, path: ['services', k], lineOf }), readKeys({}, SERVICE_READERS, {}, { file, path: ['services', k], lineOf })),
            },
        ])),
        environments: (r.environments ?? []).map((e, i) => ({
            name: e.name,
            ...(e.values !== undefined ? { values: e.values } : {}),
            ...(e.kustomization !== undefined ? { kustomization: e.kustomization } : {}),
            application: e.application,
            ...(e.helmrelease !== undefined ? { helmrelease: e.helmrelease } : {}),
            ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}),
            ...(e['flux-kustomization'] !== undefined ? { fluxKustomization: e['flux-kustomization'] } : {}),
            ...(e['auto-merge'] !== undefined ? { autoMerge: e['auto-merge'] } : {}),
            protected: e.protected ?? ENVIRONMENT_DEFAULTS.protected,
            ...(e['values-drift'] ? { valuesDrift: e['values-drift'] } : {}),
            ...(e.render ? { render: e.render } : {}),
            ...(e.url !== undefined ? { url: e.url } : {}),
            ...(e.preview ? { preview: true } : {}),
            ...gathered(problems, () => readKeys(e, ENVIRONMENT_READERS, ENVIRONMENT_DEFAULTS, {
                file,
                path: ['environments', i],
                name: ['environments', e.name],
                environment: e.name,
                lineOf,
            }), readKeys({}, ENVIRONMENT_READERS, ENVIRONMENT_DEFAULTS, { file, path: ['environments', i], lineOf })),
        })),
        ...(r.waves ? { waves: r.waves } : {}),
        // chart-registry, pins, verify, render: each through the reader its declaration names.
        ...gathered(problems, () => readKeys(r, TOP_READERS, top, { file, path: [], lineOf }), readKeys({}, TOP_READERS, top, { file, path: [], lineOf })),
    };
    // A declared key the loader does not read above (one added with its input: docs/adding-a-setting.md) is carried as written
    // under its camel-case name, where resolveSettings reads it; the schema let through declared keys only.
    unnamedKeys(r, config);
    for (const [i, e] of (r.environments ?? []).entries())
        unnamedKeys(e, config.environments[i]);
    if (file)
        sources.set(config, source);
    gathered(problems, () => duplicateEnvironment(config, source), undefined);
    gathered(problems, () => emptyVerify(r, source, file), undefined);
    return { config, problems };
}
/** Each key of `raw` whose camel-case field `into` lacks, copied as written (`notify-pulls` → `notifyPulls`). */
function unnamedKeys(raw, into) {
    for (const [key, value] of Object.entries(raw))
        if (value !== undefined && !((0,camel/* camel */.n)(key) in into))
            into[(0,camel/* camel */.n)(key)] = value;
}
/**
 * The keys of a place whose declaration names a reader (raw.generated.ts's `*_READERS`), each read by it under
 * its field name (`min-soak` → `minSoak`); a key given nothing (unset, no default) stays out.
 */
function readKeys(raw, readers, defaults, place) {
    const out = {};
    for (const [key, reader] of Object.entries(readers)) {
        const at = {
            file: place.file,
            lineOf: (path) => place.lineOf([...place.path, key, ...path]),
            name: (path) => [...(place.name ?? place.path), key, ...path].join('.'),
            environment: place.environment,
        };
        const given = raw[key] ?? defaults[key];
        const value = readerOf(reader).read(given, at);
        if (value !== undefined)
            out[(0,camel/* camel */.n)(key)] = value;
    }
    return out;
}
/**
 * A `verify:` that verifies nothing is refused at its line: the top level's
 * `{}`, and a service's `{}` where no top-level policy is there to turn off
 * (a service's `{}` under a top-level policy is its opt-out, reported where
 * the digest is written). Every other shape the schema allows names keys (at
 * least one) or an attestation (trusted root and identity), which must pass.
 */
function emptyVerify(r, source, file) {
    const empty = (v) => v !== undefined && !v.keys && !v.attestation;
    if (empty(r.verify))
        throw new src_errors/* UserError */.yo("'verify' is empty: it verifies nothing, and unsigned images would be written", {
            file,
            line: source.lineOf(['verify']) ?? 1,
            hint: 'list cosign public keys under verify.keys or an attestation under verify.attestation, or remove verify:',
        });
    if (r.verify)
        return;
    for (const [name, v] of Object.entries(r.services ?? {}))
        if (empty(v.verify))
            throw new src_errors/* UserError */.yo(`'services.${name}.verify' is empty and there is no top-level verify: to turn off: it verifies nothing`, {
                file,
                line: source.lineOf(['services', name, 'verify']) ?? 1,
                hint: 'give keys or an attestation to verify this service, or remove its verify:',
            });
}
/**
 * The line of a service's `verify: {}` when it turns the top-level policy off
 * for that service (its digests are then written unverified), else undefined.
 */
function verifyOptOut(config, service) {
    const own = config.services[service]?.verify;
    if (!config.verify || !own || own.keys?.length || own.attestation)
        return undefined;
    return { file: config.file, line: configLine(config, ['services', service, 'verify']) };
}
/** The `verify:` that applies to a service: its own, else the top level's; undefined when nothing is to be verified. */
function verifyFor(config, service) {
    const v = config.services[service]?.verify ?? config.verify;
    return v && (v.keys?.length || v.attestation) ? v : undefined;
}
/** An environment name listed twice is refused at its second line (every action reads the list in order). */
function duplicateEnvironment(config, source) {
    const first = new Map();
    config.environments.forEach((e, i) => {
        const earlier = first.get(e.name);
        if (earlier !== undefined) {
            const line = source.lineOf(['environments', i, 'name']);
            const firstLine = source.lineOf(['environments', earlier, 'name']);
            throw new src_errors/* UserError */.yo(`environment '${e.name}' appears twice${firstLine ? ` (first on line ${firstLine})` : ''}`, {
                file: config.file,
                line,
                hint: 'list each environment once, in promotion order',
            });
        }
        first.set(e.name, i);
    });
}
// Kept beside the Config rather than in it, so the Config stays a plain value.
const sources = new WeakMap();
/** The file's keys as written, before any default (undefined without a file): for keys the Config does not name. */
function rawConfig(config) {
    return sources.get(config)?.raw();
}
/**
 * The 1-based line of a config value (`['environments', 2, 'values']`), for
 * errors about what it names; undefined without a file or such a key.
 */
function configLine(config, path) {
    return sources.get(config)?.lineOf(path);
}

;// CONCATENATED MODULE: ./packages/core/src/charts/discover.ts



/**
 * Finds chart folders in a list of POSIX file paths (from `git ls-tree`, or a
 * directory walk). A chart is a folder holding Chart.yaml; charts vendored
 * inside another chart's `charts/` folder are subcharts of that chart, not
 * charts of their own. With `patterns` (folders or globs, e.g. `charts/*`),
 * only matching chart folders are kept.
 */
function discover_findCharts(paths, patterns) {
    const dirs = new Set();
    for (const p of paths) {
        if (p === 'Chart.yaml' || p.endsWith('/Chart.yaml'))
            dirs.add(external_node_path_.posix.dirname(p));
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
    const glob = globs.length > 0 ? globMatcher(globs, { input: 'charts' }) : undefined;
    const folders = [...literal, ...globs.filter((p) => !picomatch_default().scan(p).isGlob)];
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

;// CONCATENATED MODULE: ./packages/core/src/charts/suggest.ts
// What a chart pattern that matches nothing was most likely meant to be: said by the check (checks/targets.ts)
// and by every command that reads `charts:` (charts/selection.ts), in the same words.


/**
 * The existing path or corrected pattern closest to `pattern`: each literal
 * segment that names nothing at its depth is replaced by the nearest name
 * found there (`chart/*` → `charts/*`, `charts/*\/values-prd.yaml` →
 * `charts/*\/values-prod.yaml`), kept only when the result matches; else the
 * nearest whole path. Undefined when nothing is close.
 */
function suggestPattern(pattern, paths, matchesSomething) {
    const segments = pattern.split('/');
    const byDepth = new Map();
    for (const p of paths) {
        p.split('/').forEach((s, i) => {
            if (!byDepth.has(i))
                byDepth.set(i, new Set());
            byDepth.get(i).add(s);
        });
    }
    let changed = false;
    const fixed = segments.map((s, i) => {
        const names = byDepth.get(i);
        if (!names || names.has(s) || picomatch_default().scan(s).isGlob)
            return s;
        const n = (0,suggest/* nearest */.p)(s, names);
        if (n === undefined)
            return s;
        changed = true;
        return n;
    });
    const candidate = fixed.join('/');
    if (changed && matchesSomething(candidate))
        return candidate;
    if (picomatch_default().scan(pattern).isGlob)
        return undefined;
    const whole = (0,suggest/* nearest */.p)(pattern, paths);
    return whole !== pattern ? whole : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/charts/tree.ts


const SKIP = new Set(['.git', 'node_modules']);
/**
 * Every Chart.yaml under `root` as POSIX paths relative to it, for
 * findCharts. Symbolic links are not followed (a chart reached through one
 * could lie outside the workspace), and `.git` and `node_modules` are skipped.
 * With `linked`, the chart folders reached only through a symbolic link (a
 * linked Chart.yaml, or a linked folder holding one) are collected there, so a
 * caller can name the refused link instead of saying no chart matched.
 */
function tree_listChartFiles(root, linked) {
    const out = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = readdirSync(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk(join(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
            }
            else if (e.isFile() && e.name === 'Chart.yaml')
                out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
            else if (linked && e.isSymbolicLink()) {
                const path = rel ? `${rel}/${e.name}` : e.name;
                if (e.name === 'Chart.yaml')
                    linked.push(rel || '.');
                else if (!SKIP.has(e.name) && existsSync(join(abs, e.name, 'Chart.yaml')))
                    linked.push(path);
            }
        }
    };
    walk(root, '');
    return out.sort();
}

;// CONCATENATED MODULE: ./packages/core/src/charts/selection.ts




/** The choice an input (`given`, empty when not given) and the config make. */
function chartChoice(given, config, lineOf, inputName = 'charts') {
    if (given.length > 0)
        return { kind: 'patterns', entries: given.map((p) => ({ pattern: p, input: inputName })) };
    const charts = config?.charts;
    if (charts === undefined)
        return { kind: 'every' };
    if (charts.length === 0)
        return { kind: 'none', at: { file: config?.file, line: lineOf(['charts']) } };
    return {
        kind: 'patterns',
        entries: charts.map((p, i) => ({ pattern: p, key: 'charts', file: config?.file, line: lineOf(['charts', i]) })),
    };
}
/** The config's `charts-ignore:` entries: chart folders no `charts:` entry needs to cover. */
function ignoredEntries(config, lineOf) {
    return (config?.chartsIgnore ?? []).map((p, i) => ({
        pattern: p,
        key: 'charts-ignore',
        file: config?.file,
        line: lineOf(['charts-ignore', i]),
    }));
}
/** The chart folders of `dirs` the choice selects, sorted. */
function selectCharts(dirs, choice) {
    if (choice.kind === 'none')
        return [];
    if (choice.kind === 'every')
        return [...dirs].sort();
    return dirs.filter(chartPatternMatcher(choice.entries.map((e) => e.pattern))).sort();
}
/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
function unmatchedEntries(entries, dirs, hintOf) {
    return entries.flatMap((e) => {
        if (dirs.some(chartPatternMatcher([e.pattern])))
            return [];
        const text = e.written ?? e.pattern;
        // The pattern's likely meaning (`chart/*` → `charts/*`), as the check says it (charts/suggest.ts).
        const folders = [...new Set(dirs.flatMap((d) => d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
        const guess = suggestPattern(normalizePattern(e.pattern), folders, (p) => dirs.some(chartPatternMatcher([p])));
        const hint = hintOf?.(e) ??
            (e.file !== undefined || e.key !== undefined
                ? `${guess ? `did you mean ${guess}? ` : ''}fix \`${e.key ?? 'charts'}:\` in the config (paths or globs relative to the working directory)`
                : (0,src_errors/* words */.aL) `${guess ? `did you mean ${guess}? ` : ''}fix ${(0,src_errors/* theInput */.y8)(e.input ?? 'charts')} (paths or globs relative to working-directory)`);
        return [
            new src_errors/* UserError */.yo(`chart '${text}' matches no folder holding a Chart.yaml`, {
                file: e.file,
                line: e.file !== undefined ? (e.line ?? 1) : undefined,
                hint,
            }),
        ];
    });
}
/**
 * Refuses, at their lines, the config's `charts:` and `charts-ignore:` entries that match no chart folder
 * under `workdir`: every command that reads `charts:` says so before anything else, as `lockstep config` does.
 */
function refuseUnmatchedConfigEntries(config, lineOf, workdir) {
    if (config.charts?.length || config.chartsIgnore?.length)
        throwAll(unmatchedConfigEntries(config, lineOf, findCharts(listChartFiles(workdir))));
}
/** The chart folders of `dirs` that no entry of a `patterns` choice covers and no `charts-ignore:` entry excludes. */
function uncoveredCharts(dirs, choice, ignored) {
    if (choice.kind !== 'patterns')
        return [];
    const covered = chartPatternMatcher(choice.entries.map((e) => e.pattern));
    const ignoredDir = ignored.length > 0 ? chartPatternMatcher(ignored.map((e) => e.pattern)) : () => false;
    return dirs.filter((d) => !covered(d) && !ignoredDir(d)).sort();
}
/** `file:line` of an entry or of `charts: []`, for the one line that says so. */
function whereOf(at) {
    return at.file === undefined ? 'charts' : `${at.file}:${at.line ?? 1}`;
}
/** The one line release and publish say about the chart folders `charts:` leaves out (none: undefined). */
function skippedLine(skipped, at) {
    if (skipped.length === 0)
        return undefined;
    const where = at?.file !== undefined ? ` (${whereOf(at)})` : '';
    return `skipped ${skipped.join(', ')}: no \`charts:\` entry${where} covers ${skipped.length === 1 ? 'it' : 'them'} — add ${skipped.length === 1 ? 'it' : 'them'} to charts:, or to charts-ignore: to leave ${skipped.length === 1 ? 'it' : 'them'} out on purpose`;
}
/**
 * The config's `charts:` and `charts-ignore:` entries that match none of `dirs` (the chart folders), as
 * errors at their lines: what every command refuses, for those that otherwise never list the charts
 * (`lockstep config`, promote-env).
 */
function unmatchedConfigEntries(config, lineOf, dirs) {
    const choice = chartChoice([], config, lineOf);
    const entries = [...(choice.kind === 'patterns' ? choice.entries : []), ...ignoredEntries(config, lineOf)];
    return entries.length === 0 ? [] : unmatchedEntries(entries, dirs);
}

// EXTERNAL MODULE: ./packages/core/src/settings/read.ts + 1 modules
var read = __webpack_require__(1547);
// EXTERNAL MODULE: ./packages/core/src/settings/table-release.ts + 1 modules
var table_release = __webpack_require__(381);
;// CONCATENATED MODULE: ./packages/core/src/release/settings.ts












const LOCK_TIMEOUT_MS = 10 * 60 * 1000;
/** Folders never walked; and folders whose files are no package or pin (a chart's Chart.yaml in them still counts). */
const settings_SKIP = new Set(['.git', 'node_modules']);
const NOT_PACKAGES = new Set(['.venv', 'venv', '__pycache__']);
/**
 * One walk of the workspace, symlinks not followed: every file (POSIX,
 * relative) for package and pin globs, outside virtualenvs and caches; and
 * every Chart.yaml, as listChartFiles finds them (it skips only .git and
 * node_modules). Sorted. One walk, not one per list: a large monorepo's tree
 * is read once at the start of every release.
 */
function listFiles(root) {
    const files = [];
    const chartFiles = [];
    const walk = (abs, rel, packages) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch (e) {
            // An unreadable folder where packages are looked for is an error; in a virtualenv or cache it is left out
            // (listChartFiles leaves out every folder it cannot read).
            if (packages)
                throw e;
            return;
        }
        for (const e of entries) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!settings_SKIP.has(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), r, packages && !NOT_PACKAGES.has(e.name));
            }
            else if (e.isFile()) {
                if (packages)
                    files.push(r);
                if (e.name === 'Chart.yaml')
                    chartFiles.push(r);
            }
        }
    };
    walk(root, '', true);
    return { files: files.sort(), chartFiles: chartFiles.sort() };
}
/** Checks a branch-like input: no option-looking start, no spaces, no `..`, nothing git refuses in a ref. */
function checkRefInput(value, input) {
    if (value.startsWith('-') ||
        /[\s~^:?*[\\\x00-\x1f\x7f]/.test(value) ||
        value.includes('..') ||
        value.includes('@{') ||
        value.endsWith('.lock') ||
        value.endsWith('/') ||
        value.startsWith('/'))
        throw new src_errors/* UserError */.yo(`is '${value}', not a valid branch name`, { input, hint: 'use letters, digits, -, _, . and /' });
    return value;
}
function parseList(text, input) {
    try {
        return (0,yaml_dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new src_errors/* UserError */.yo(`is not valid YAML: ${e.message.split('\n')[0]}`, { input, hint: 'give it like the config key' });
    }
}
function parseLockCommand(text) {
    const v = parseList(text, 'lock-command');
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string' && x !== ''))
        throw new src_errors/* UserError */.yo('is not a list of arguments', { input: 'lock-command', hint: 'write it as [poetry, lock, --no-update]' });
    return v;
}
function parsePins(text) {
    const v = parseList(text, 'pins');
    const ok = Array.isArray(v) && v.every(isPinEntry);
    if (!ok)
        throw new src_errors/* UserError */.yo('is not a list of {files, table, names}', {
            input: 'pins',
            hint: 'e.g. - {files: services/*/pyproject.toml, table: tool.poetry.dependencies, names: [liba]}',
        });
    return v.map((p) => ({ files: p.files, table: p.table, names: p.names }));
}
/** One `pins` entry as the input gives it: {files, table?, names} and no other key. */
function isPinEntry(p) {
    if (p === null || typeof p !== 'object')
        return false;
    const { files, table, names } = p;
    return (typeof files === 'string' &&
        (table === undefined || typeof table === 'string') &&
        Array.isArray(names) &&
        names.length > 0 &&
        names.every((n) => typeof n === 'string') &&
        Object.keys(p).every((k) => ['files', 'table', 'names'].includes(k)));
}
/** The 1-based line where `text` first mentions `needle` after `key:` (for config errors). */
function settings_lineOfKey(text, key, needle) {
    if (!text)
        return undefined;
    const lines = text.split(/\r?\n/);
    const esc = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const i = lines.findIndex((l) => new RegExp(key ? `\\b${key}:\\s*['"]?${esc}` : esc).test(l));
    return i === -1 ? undefined : i + 1;
}
/**
 * Resolves inputs and the config into the settings of a run, validating all
 * of them (and that every path and glob names something) before anything
 * touches the network or the disk. Inputs override the config.
 */
function resolveSettings(inputs, env) {
    return stageSettings(inputs, env).complete();
}
/** resolveSettings in its two stages: the base now, the files when `complete()` is called. */
function stageSettings(inputs, env, loaded) {
    const root = (0,fs_workspace/* resolveInside */.LI)(env.workspace, inputs.workingDirectory, 'working-directory');
    const config = loaded ?? loadConfig(root, inputs.config);
    const configText = config.file ? (0,external_node_fs_.readFileSync)((0,fs_workspace/* resolveInside */.LI)(root, config.file, 'config'), 'utf8') : undefined;
    if (semver_default().valid(inputs.initialVersion) !== inputs.initialVersion)
        throw new src_errors/* UserError */.yo(`is '${inputs.initialVersion}', not a SemVer version`, {
            input: 'initial-version',
            hint: 'use MAJOR.MINOR.PATCH, e.g. 0.1.0',
        });
    if (inputs.version !== undefined && semver_default().valid(inputs.version) !== inputs.version)
        throw new src_errors/* UserError */.yo(`is '${inputs.version}', not a SemVer version`, {
            input: 'version',
            hint: 'use MAJOR.MINOR.PATCH without a v, e.g. 1.4.0',
        });
    if (inputs.prerelease !== undefined && !/^[A-Za-z][0-9A-Za-z-]*$/.test(inputs.prerelease))
        throw new src_errors/* UserError */.yo(`is '${inputs.prerelease}'`, { input: 'prerelease', hint: 'use an identifier such as rc, beta or alpha' });
    checkRefInput(inputs.branchPrefix, 'branch-prefix');
    if (inputs.base !== undefined)
        checkRefInput(inputs.base, 'base');
    // Input > config > default, decided for every operation in settings/resolve.ts.
    const resolved = (0,read/* settingsFor */.zc)(table_release/* RELEASE */.g, inputs, config);
    const { tagPrefix } = resolved;
    if (/[\s~^:?*[\\]/.test(tagPrefix) || tagPrefix.startsWith('-'))
        throw new src_errors/* UserError */.yo(`tag prefix '${tagPrefix}' cannot start a git tag name`, { hint: 'use e.g. v or release-' });
    // One walk of the workspace for the assets (now, before any request) and the files a release edits (later).
    let listed;
    const list = () => (listed ??= listFiles(root));
    const base = {
        root,
        assets: assetFiles(inputs.assets, root, list),
        dryRun: inputs.dryRun,
        version: inputs.version,
        prerelease: inputs.prerelease,
        initialVersion: inputs.initialVersion,
        preMajor: inputs.preMajor,
        tagPrefix,
        versionFile: resolved.versionFile,
        chartVersionPolicy: config.chartVersionPolicy,
        changelog: resolved.changelog,
        lockTimeoutMs: LOCK_TIMEOUT_MS,
        branchPrefix: inputs.branchPrefix,
        base: inputs.base ?? (env.ref?.startsWith('refs/heads/') ? env.ref.slice('refs/heads/'.length) : undefined),
        labels: inputs.labels,
        freezeLabel: inputs.freezeLabel,
        author: inputs.author,
        committer: inputs.committer,
        commitMode: resolved.commitMode,
        repository: env.repository,
        serverUrl: env.serverUrl,
        date: env.date,
        ...(resolved.notifyPulls ? { notifyPulls: true } : {}),
    };
    return { base, complete: () => ({ ...base, ...releaseFiles(inputs, root, config, configText, list().files, list().chartFiles) }) };
}
/**
 * The files the `assets` input names (paths or globs, relative to the root; a
 * symlink or a file under .git or node_modules is not one), each attached
 * under its base name: a line matching nothing, or two files of one name,
 * is a usage error before any request.
 */
function assetFiles(patterns, root, list) {
    if (patterns.length === 0)
        return [];
    const paths = [...new Set(patterns.flatMap((p) => matchFiles(list().files, p, 'assets', { input: 'assets' })))];
    const byName = new Map();
    for (const p of paths) {
        const clash = byName.get((0,external_node_path_.basename)(p));
        if (clash)
            throw new src_errors/* UserError */.yo(`: ${clash} and ${p} would both be the release asset ${(0,external_node_path_.basename)(p)}`, {
                input: 'assets',
                hint: 'name one of them, or give them different file names',
            });
        byName.set((0,external_node_path_.basename)(p), p);
    }
    return paths.map((p) => ({ name: (0,external_node_path_.basename)(p), path: (0,external_node_path_.join)(root, p), size: (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, p)).size }));
}
/** The files a release edits, found in the workspace: packages, pins, lock command and charts. */
function releaseFiles(inputs, root, config, configText, files, chartFiles) {
    const packages = [
        ...new Set((inputs.packages.length > 0 ? inputs.packages : config.packages).flatMap((p) => matchFiles(files, p, 'packages', inputs.packages.length > 0 ? undefined : { file: config.file, line: settings_lineOfKey(configText, '', p) }))),
    ];
    const pinRules = inputs.pins !== undefined ? parsePins(inputs.pins) : config.pins;
    const pins = pinRules.map((r) => {
        const where = inputs.pins !== undefined
            ? undefined
            : { file: config.file, line: settings_lineOfKey(configText, 'table', r.table ?? '') ?? settings_lineOfKey(configText, 'files', r.files) };
        return { pattern: r.files, files: matchFiles(files, r.files, 'pins.files', where), table: r.table, names: r.names, where };
    });
    const lockCommand = inputs.lockCommand !== undefined ? parseLockCommand(inputs.lockCommand) : config.lockCommand;
    const allCharts = chartFiles.map((f) => (f === 'Chart.yaml' ? '.' : f.slice(0, -'/Chart.yaml'.length)));
    // The one meaning of charts (charts/selection.ts): the input, else the config's — absent: every chart;
    // `[]`: none, said once; a pattern matching nothing is an error at its line; folders left out are said.
    const tops = discover_findCharts(chartFiles);
    const lineOf = (path) => configLine(config, path);
    const choice = chartChoice(inputs.charts, config, lineOf);
    const ignored = ignoredEntries(config, lineOf);
    (0,src_errors/* throwAll */.Kx)(unmatchedEntries([...(choice.kind === 'patterns' ? choice.entries : []), ...ignored], tops));
    const charts = selectCharts(tops, choice);
    const chartNotes = choice.kind === 'none'
        ? [`${whereOf(choice.at)}: charts: [] — no chart to release`]
        : inputs.charts.length > 0
            ? []
            : [skippedLine(uncoveredCharts(tops, choice, ignored), { file: config.file, line: lineOf(['charts']) })].filter((l) => l !== undefined);
    return { packages, pins, charts, allCharts, lockCommand, chartNotes };
}

;// CONCATENATED MODULE: ./packages/core/src/release/lock.ts





const lock_SKIP = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__']);
/** Reads every file under `rel` (workspace-relative, POSIX) so it can be put back byte for byte. */
function snapshotDir(root, rel) {
    const out = new Map();
    const walk = (abs, r) => {
        for (const e of (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })) {
            const childRel = r === '.' ? e.name : `${r}/${e.name}`;
            if (e.isDirectory()) {
                if (!lock_SKIP.has(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), childRel);
            }
            else if (e.isFile())
                out.set(childRel, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(abs, e.name)));
        }
    };
    walk((0,fs_workspace/* resolveInside */.LI)(root, rel, 'folder'), rel);
    return out;
}
/** Puts a folder back as the snapshot had it: changed files rewritten, new files removed. */
function restoreDir(root, rel, before) {
    const now = snapshotDir(root, rel);
    for (const [p, data] of before)
        if (!now.get(p)?.equals(data))
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, p), data);
    for (const p of now.keys())
        if (!before.has(p))
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, p), { force: true });
}
/** Files that differ between two snapshots of the same folder (changed, added or removed). */
function changedFiles(before, after) {
    const out = new Set();
    for (const [p, d] of after)
        if (!before.get(p)?.equals(d))
            out.add(p);
    for (const p of before.keys())
        if (!after.has(p))
            out.add(p);
    return [...out].sort();
}
/**
 * Names the lock command's environment never holds: every action input
 * (INPUT_GITHUB-TOKEN among them), the runner's own tokens and URLs (cache
 * and artifact service, OIDC), the tokens gh and the CLI read, and git
 * config given through the environment (GIT_CONFIG_PARAMETERS and the
 * GIT_CONFIG_COUNT/KEY_n/VALUE_n entries, where a checkout or lockstep puts
 * an Authorization header).
 */
const SCRUBBED = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN|GIT_CONFIG_PARAMETERS|GIT_CONFIG_COUNT|GIT_CONFIG_KEY_\d+|GIT_CONFIG_VALUE_\d+)$/i;
/**
 * The environment a lock command runs with: the action's, less every
 * credential in it (SCRUBBED). PATH, HOME, the runner's context variables
 * (GITHUB_REPOSITORY, RUNNER_TEMP…) and anything a package manager reads
 * (proxies, registry settings) stay. The lock command is third-party code
 * (a package manager and whatever the lock file's packages run); it gets
 * no way to write to the repository or mint an OIDC token.
 */
function lockCommandEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined && !SCRUBBED.test(k))
            out[k] = v;
    return out;
}
/**
 * Runs `argv` (no shell) in `dir` with a timeout. A command that cannot be
 * started, exits non-zero or times out is a UserError naming the folder and
 * the command; its output is returned (or carried in the error) for the log.
 */
function runLockCommand(root, dir, argv, timeoutMs, env = process.env) {
    const cwd = (0,fs_workspace/* resolveInside */.LI)(root, dir, 'lock-command folder');
    const shown = argv.join(' ');
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { cwd, env: lockCommandEnv(env), shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
        // Our own timer rather than spawn's `timeout`: that one stays armed when the command cannot start,
        // keeping the action alive until it fires.
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, timeoutMs);
        let output = '';
        const add = (d) => {
            if (output.length < 200_000)
                output += d.toString('utf8');
        };
        child.stdout.on('data', add);
        child.stderr.on('data', add);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e.code === 'ENOENT'
                ? new src_errors/* UserError */.yo(`lock-command '${argv[0]}' was not found (in ${dir})`, {
                    hint: 'install it in an earlier step, or fix lock-command in the config',
                    cliHint: 'install it (on PATH), or fix lock-command in the config',
                })
                : new src_errors/* UserError */.yo(`lock-command '${shown}' could not start in ${dir}: ${e.message}`, { hint: 'fix lock-command' }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                resolve({ dir, output });
            else {
                const why = timedOut
                    ? `timed out after ${Math.round(timeoutMs / 1000)} s`
                    : signal
                        ? `was stopped (${signal})`
                        : `exited with ${code}`;
                const err = new src_errors/* UserError */.yo(`lock-command '${shown}' ${why} in ${dir}; the workspace was restored`, {
                    hint: 'run it locally to see why; its output is in the log group above',
                });
                err.output = output;
                reject(err);
            }
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/release/write.ts





/**
 * Writes the planned edits, runs the lock command in each folder whose pins
 * changed, and returns the final contents of every file the commit must
 * hold. On any failure every touched file is put back byte for byte.
 */
async function writeAndLock(s, deps, edits, lockDirs, view) {
    // The changes from HEAD's files; what is written is each file's planned text over what the work tree holds.
    const plan = applyEdits(s.root, edits, { dryRun: true, fs: view.fs });
    const writes = plan.changes
        .map((c) => ({ path: c.path, before: realFs.readFile((0,fs_workspace/* resolveInside */.LI)(s.root, c.path, c.path)), after: c.after }))
        .filter((c) => !(0,parts/* sameText */.QV)(c.before, c.after));
    const dirs = s.lockCommand ? lockDirs : [];
    const snapshots = new Map(dirs.map((d) => [d, snapshotDir(s.root, d)]));
    commitChanges(s.root, writes);
    let restored = false;
    const restore = () => {
        if (restored)
            return;
        restored = true;
        for (const [d, snap] of snapshots)
            restoreDir(s.root, d, snap);
        commitChanges(s.root, writes.filter((c) => c.before !== undefined).map((c) => ({ path: c.path, before: c.after, after: c.before })));
        for (const c of writes)
            if (c.before === undefined)
                realFs.unlink((0,fs_workspace/* resolveInside */.LI)(s.root, c.path, c.path));
    };
    try {
        const paths = new Set(plan.changes.map((c) => c.path));
        // A lock file left modified by an earlier run may come out of the lock command unchanged: it still differs from HEAD.
        for (const d of dirs)
            for (const f of view.dirtyUnder(d))
                paths.add(f);
        for (const d of dirs) {
            const before = snapshotDir(s.root, d);
            await deps.log.group(`lock-command in ${d}`, async () => {
                try {
                    const r = await runLockCommand(s.root, d, s.lockCommand, s.lockTimeoutMs, deps.env);
                    deps.log.info(r.output.trimEnd());
                    return r;
                }
                catch (e) {
                    const out = e.output;
                    if (out)
                        deps.log.info(out.trimEnd());
                    throw e;
                }
            });
            for (const f of changedFiles(before, snapshotDir(s.root, d)))
                paths.add(f);
        }
        const prefix = view.prefix;
        const files = [...paths].sort().map((p) => {
            const abs = (0,fs_workspace/* resolveInside */.LI)(s.root, p, p);
            return { path: `${prefix}${p}`, content: (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.readFileSync)(abs) : null };
        });
        return { files, changes: plan.changes, restore };
    }
    catch (e) {
        restore();
        throw e;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/text/pem.ts
// What a PEM text says of itself by its labels, read without parsing the key: the config check
// (settings/validate.ts) and the verifier (registry/) refuse a private key by the same rule.
/** The label of a PEM block that holds a private key (`PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, …), if the text has one. */
function privateKeyLabel(text) {
    for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,60})-----/g))
        if (/PRIVATE KEY/.test(m[1]))
            return m[1];
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/settings/validate.ts
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
    const { windowErrors } = await Promise.all(/* import() */[__webpack_require__.e(628), __webpack_require__.e(846)]).then(__webpack_require__.bind(__webpack_require__, 8846));
    return config.environments.flatMap((e) => windowErrors(e.name, e.windows, config.file));
};
/** Each `waves:` entry names an environment of the config (with the nearest name when one is close). */
const waveEnvironments = (config) => {
    const names = config.environments.map((e) => e.name);
    return Object.entries(config.waves ?? {}).flatMap(([wave, list]) => list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new src_errors/* UserError */.yo(`wave '${wave}' names '${name}', which is not an environment${(0,suggest/* didYouMean */.a)(name, names)}`, {
                file: config.file,
                line: configLine(config, ['waves', wave, k]),
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
            const at = { file: config.file, line: configLine(config, [...path, k]) };
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
                    if (!(e instanceof src_errors/* UserError */.yo))
                        throw e;
                    found.push(new src_errors/* UserError */.yo(e.message, { ...at, ...(e.hint ? { hint: e.hint } : {}) }));
                    continue;
                }
            const named = inline ? entry : `${entry}: ${key}`;
            const label = privateKeyLabel(text);
            if (label !== undefined)
                found.push(new src_errors/* UserError */.yo(`${named} is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`, {
                    ...at,
                    hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
                }));
            else if (!/-----BEGIN [A-Z0-9 ]{1,60}-----/.test(text))
                found.push(new src_errors/* UserError */.yo(`${named} holds no PEM block, so no public key`, {
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
    (0,src_errors/* throwAll */.Kx)(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    return config;
}
/** loadConfig, then every check: what each command reads its config with, before any network request. */
async function loadCheckedConfig(workspace, path) {
    return checkConfig(loadConfig(workspace, path));
}

;// CONCATENATED MODULE: ./packages/core/src/records/trailers.ts
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

;// CONCATENATED MODULE: ./packages/core/src/operations/release/lazy.ts
// The release's heavy modules, each behind a named getter and loaded on first use: the one place its
// run imports dynamically (index.ts loads the run and the views).
/** The ports of a real run: git, the GitHub client and publishing (release/bind.ts). */
const releaseBinding = () => Promise.all(/* import() */[__webpack_require__.e(601), __webpack_require__.e(333)]).then(__webpack_require__.bind(__webpack_require__, 5333));
/** The ports of a dry run: git only, without the GitHub client (release/bind-dry.ts). */
const dryRunBinding = () => __webpack_require__.e(/* import() */ 944).then(__webpack_require__.bind(__webpack_require__, 5944));

;// CONCATENATED MODULE: ./packages/core/src/operations/release/run.ts
























/**
 * prepare-release and `lockstep release`: the request and the config become
 * settings (every check before any network or write), the token and the base
 * are checked, the ports are opened (git, GitHub and publishing bound to
 * `origin`, or the world's), then the release itself runs, its progress going
 * to the reporter.
 */
async function runRelease(req, world) {
    // A long history is parsed commit by commit, its notes and CHANGELOG.md built line by line: garbage that
    // would grow V8's nursery to its ceiling (100,000 commits peaked ~75 MB higher), little of it kept. Promoted,
    // that garbage (a thousand Chart.yaml parses planned twice, the notes, CHANGELOG.md) grew the old generation
    // far past what is live before a mark-compact: favourSmallHeap, as promote and status.
    holdYoungGeneration();
    favourSmallHeap();
    // The workspace's files are listed once git walks the commits since the last release (release below).
    const settings = await settingsOf(req, world);
    checkCanWrite(settings.base, world.token);
    const signing = await signingKey(req, settings.base, world);
    try {
        const ports = await openPorts(settings.base, world);
        // git mode's commits are SSH-signed with the key (commit-mode api's are GitHub's to sign).
        if (signing)
            (0,git_signing/* signWith */.Ez)(ports.git, signing);
        // The scan of the commits since the last release has no count to give: a face shows how long it has run.
        const result = await withProgress(world.reporter, 'reading the commits since the last release and planning', () => release(settings, ports));
        return { ...result, dryRun: result.mode === 'dry-run' || settings.base.dryRun, outputs: releaseOutputs(result) };
    }
    finally {
        signing?.cleanup();
    }
}
/** The signing key of a run that writes commits with git, checked before any request or write; else undefined. */
async function signingKey(req, s, world) {
    const source = (0,git_signing/* signingSource */.TP)(req, s.root);
    if (!source || s.dryRun || s.commitMode === 'api')
        return undefined;
    return (0,git_signing/* openSigningKey */.bc)(source, world.env);
}
/**
 * The request and the config as validated settings (the config checked as every command checks it, before any
 * request); where the run happens comes from the world (GITHUB_REF is the default base).
 */
async function settingsOf(req, world) {
    const env = world.env;
    const config = await loadCheckedConfig((0,fs_workspace/* resolveInside */.LI)(world.workspace, req.workingDirectory, 'working-directory'), req.config);
    return stageSettings(req, {
        workspace: world.workspace,
        ref: env.GITHUB_REF,
        repository: env.GITHUB_REPOSITORY,
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        date: world.date,
    }, config);
}
/** A release with no base branch (a detached HEAD): name the branch. */
const BASE_HINT = (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('base')} to the branch releases are made from (e.g. ${(0,src_errors/* named */.KT)('base', 'main')})`;
/** Outside a dry run a release pushes and calls GitHub: it needs a token, and a base branch to release from. */
function checkCanWrite(s, token) {
    if (!s.dryRun && !token)
        throw new src_errors/* UserError */.yo('is empty', {
            input: 'github-token',
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('github-token')} with contents: write and pull-requests: write, or ${(0,src_errors/* setting */.Pe)('dry-run', 'true')}`,
        });
    if (!s.dryRun && !s.base)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* named */.KT)('base')} is required in detached HEAD`, { hint: BASE_HINT });
}
/**
 * The release's ports bound from the world's services (release/bind.ts, loaded only here; a dry run's from
 * release/bind-dry.ts, without the GitHub client), logging through the world's reporter.
 */
async function openPorts(s, world) {
    const open = s.dryRun ? (await dryRunBinding()).dryRunPorts : (await releaseBinding()).releasePorts;
    const out = { log: releaseLog(world), debug: (line) => world.reporter.debug(line) };
    const ports = await open(s, world.token, world.env, out, world.services);
    // One Repo for the run: what it learns of the repository (shallow or not, origin's tags) is asked once.
    return { ...ports, git: (0,repo/* asRepo */.lU)(ports.git), ...pushOf(s, world), ...groupOf(world) };
}
/** The merge queue entry of a `merge_group` event, its payload checked (a payload that is not GitHub's shape fails here). */
function groupOf(world) {
    const event = world.event();
    return event.name === 'merge_group' ? { group: mergeGroupOf(event.payload) } : {};
}
/** The push to the base branch that started the run, from its event payload (a merge queue lands a group in one). */
function pushOf(s, world) {
    const event = world.event();
    if (event.name !== 'push' || !s.base || event.payload.ref !== `refs/heads/${s.base}`)
        return {};
    const pushed = pushedRange(event.payload);
    return pushed ? { pushed } : {};
}
/**
 * The release's log. The runner's log folds a line break (⏎) so that no
 * text can start a workflow command; a release's lines (a lock command's
 * output) keep their lines there, each said alone. A terminal prints the text as it is.
 */
function releaseLog(world) {
    const r = world.reporter;
    return {
        info: (text) => {
            if (world.foldsLines)
                for (const line of text.split(/\r\n|\r|\n/))
                    r.info(line);
            else
                r.info(text);
        },
        async group(title, fn) {
            r.group(title);
            try {
                return await fn();
            }
            finally {
                r.endGroup();
            }
        },
    };
}
/** Runs `fn` as one step of unknown length on the reporter's progress: its start, then its end. */
async function withProgress(r, what, fn) {
    r.progress?.({ what });
    try {
        return await fn();
    }
    finally {
        r.progress?.({ what, done: 1, total: 1 });
    }
}
/** The action's outputs of a release result. */
function releaseOutputs(r) {
    return {
        version: r.version ?? '',
        'previous-version': r.previousVersion ?? '',
        bump: r.bump,
        notes: r.notes,
        'pr-number': r.pr ? String(r.pr.number) : '',
        'pr-url': r.pr?.url ?? '',
        branch: r.branch ?? '',
        queued: String(r.queued !== undefined),
        released: String(r.released),
        tag: r.tag ?? '',
    };
}
/**
 * The release itself: on a commit that merged a release PR it publishes
 * (tag + GitHub Release); otherwise it computes the next version and, unless
 * dry run, opens or updates the one release PR.
 */
async function release(settings, ports) {
    const staged = 'complete' in settings ? settings : { base: settings, complete: () => settings };
    // HEAD, whether the clone is shallow and the working directory's prefix: one git start.
    const facts = headFacts(ports.git);
    const asked = checkedOutHead(ports.git, facts);
    // git walks the range since the last release while the workspace's files are listed and checked (and GitHub
    // is asked about HEAD); its tags are listed while HEAD is resolved. A shallow clone's fetches wait for the
    // checks. Stopped unless the release is prepared.
    const scan = new CommitScan(ports.git, staged.base.tagPrefix, asked, facts.then((f) => f.shallow));
    try {
        // The walk's git is started first: listing the workspace costs as long as it takes, beside it.
        await scan.walking;
        const s = staged.complete();
        for (const line of s.chartNotes ?? [])
            ports.log.info(line);
        const head = await asked;
        // Planned from HEAD's committed files: a rerun in the same workspace computes the same release.
        const view = await committedView(ports.git, s.root, head, (await facts).prefix, ports.env);
        // One parse cache for the run: the stand-in check and the real plan read the same files.
        const cache = new ParseCache();
        checkFiles(s, view.read, cache);
        // A merge queue's group whose commit merges the release PR: its version and notes checked against the commits ahead.
        const queued = ports.group ? await checkQueuedRelease(s, ports, head, view, scan) : undefined;
        if (queued)
            return queued;
        if (!s.dryRun) {
            if (!ports.api || !ports.publish)
                throw new Error('prepare-release needs the GitHub client outside a dry run');
            const landed = await landedRelease(s, ports, head);
            if (landed) {
                scan.stop();
                return await publishRelease(s, ports, landed.commit, landed.found);
            }
        }
        return await prepare(s, ports, head, view, cache, scan);
    }
    finally {
        scan.stop();
    }
}
/**
 * commit-mode api: GitHub signs only a commit it authors itself, so the
 * author setting is not used, and the committer only for others' commits
 * re-applied on the release branch. Said when they were set, not silently dropped.
 */
function identityWarnings(s) {
    if (s.commitMode !== 'api' || s.dryRun)
        return [];
    const set = (p) => p.name !== identity/* BOT_IDENTITY */.br.name || p.email !== identity/* BOT_IDENTITY */.br.email;
    const out = [];
    if (set(s.author))
        out.push('commit-mode api: the author setting is not used — GitHub authors and signs the release commit itself (a custom author would leave it unverified)');
    if (set(s.committer))
        out.push("commit-mode api: the committer setting applies only to others' commits re-applied on the release branch and to nothing lockstep authors (GitHub commits and signs those itself)");
    return out;
}
/**
 * HEAD's commit, asked once; a fresh `git init`, an unborn branch or a bare
 * repository is said as what it is (headProblem), not as a git failure.
 */
async function checkedOutHead(git, facts) {
    const sha = (await facts).head;
    if (sha)
        return sha;
    throw (await local_repo_headProblem(git, 'nothing to release')) ?? new Error('HEAD names no commit');
}
/**
 * Reads and checks every file the release will edit (version file, packages,
 * pin tables, charts) before any fetch or API call, with a stand-in version
 * above any real one: a broken file fails the run before it touches the network.
 */
function checkFiles(s, read, cache) {
    planReleaseFiles({ ...s, version: '999999.0.0', notes: '', read, cache });
}
/**
 * The release's file edits with its notes, rendered in parts into the plan:
 * the new CHANGELOG.md's text is made of the same parts, never joined whole.
 */
function planWithNotes(s, next, view, cache) {
    const version = next.version;
    return planReleaseFiles({
        version,
        versionFile: s.versionFile,
        packages: s.packages,
        pins: s.pins,
        charts: s.charts,
        allCharts: s.allCharts,
        chartVersionPolicy: s.chartVersionPolicy,
        changelog: s.changelog,
        notes: renderNotesParts(next.result.commits, {
            version,
            previous: next.lastVersion,
            tagPrefix: s.tagPrefix,
            serverUrl: s.serverUrl,
            repository: s.repository,
            date: s.date,
        }),
        date: s.date,
        read: view.read,
        cache,
    });
}
/**
 * The next version, its notes and file edits; then, unless dry run or a
 * frozen or queued release PR, the release commit (lock command run, workspace put
 * back whatever happens) pushed to its branch and the pull request opened or updated.
 */
async function prepare(s, ports, head, view, cache, scan) {
    const next = await nextRelease(s, ports, scan, view.read);
    if (!next.version)
        return next.result;
    const version = next.version;
    const plan = planWithNotes(s, next, view, cache);
    // The same text, held once with the new CHANGELOG.md's when it is in there.
    const notes = plan.notes;
    const ignored = view.ignored();
    if (ignored.length > 0)
        ports.log.info(`planned from HEAD's committed files; uncommitted changes to ${ignored.join(', ')} are ignored`);
    const result = {
        ...next.result,
        version,
        notes,
        rows: plan.rows,
        lockDirs: s.lockCommand ? plan.lockDirs : [],
        warnings: [...next.result.warnings, ...plan.warnings, ...identityWarnings(s)],
    };
    const branch = `${s.branchPrefix}${version}`;
    result.branch = branch;
    if (s.dryRun) {
        result.changes = applyEdits(s.root, plan.edits, { dryRun: true, fs: view.fs }).changes;
        if (s.lockCommand && plan.lockDirs.length > 0)
            result.actions.push(`Would run ${s.lockCommand.join(' ')} in ${plan.lockDirs.join(', ')}.`);
        result.actions.push(`Dry run: ${result.changes.length} file(s) would change for ${version}; nothing was written, pushed or called.`);
        return result;
    }
    const api = ports.api;
    if (!s.base)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* named */.KT)('base')} is required in detached HEAD`, { hint: BASE_HINT });
    const open = await api.findOpenPulls({ branchPrefix: s.branchPrefix, base: s.base });
    if (await leftAlone(s, api, s.base, open, result))
        return result;
    // Write, run the lock command, read back what the commit must hold; any failure puts every byte back.
    const { files, changes, restore } = await writeAndLock(s, ports, plan.edits, plan.lockDirs, view);
    result.changes = changes;
    result.mode = 'pull-request';
    // From here on the workspace holds the release; it is put back as it was when the run ends, whatever
    // the outcome: the release lives on its branch, and later steps (or a retry) see the checkout.
    try {
        const commit = {
            base: s.base,
            head,
            branch,
            files,
            message: `chore(release): ${version}\n\n${releaseTrailerLine(`${s.tagPrefix}${version}`)}\n`,
            author: s.author,
            committer: s.committer,
        };
        const { pushed, conflict, commits } = await pushReleaseBranch(ports.git, ports.publish, commit, result.actions);
        if (commits)
            result.apiCommits = commits;
        await handOverToPull(api, { base: s.base, labels: s.labels, commitMode: s.commitMode }, { version, notes, rows: plan.rows, branch, open, conflict, pushed }, result);
        return result;
    }
    finally {
        restore();
    }
}


/***/ }),

/***/ 1062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ trailBody),
/* harmony export */   KP: () => (/* binding */ TRAIL_MARKER),
/* harmony export */   ee: () => (/* binding */ describeTrail)
/* harmony export */ });
/* unused harmony exports shipsMarker, shipsOf */
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9888);
// The trail a source pull request gets: one comment from lockstep, edited in
// place, saying where its change went — "Released in v1.5.0", then one line
// per environment a promotion took it to, with that promotion's pull request
// and its state. Pure text in and out: the comment's current body is read
// back, the new step merged in, the whole written again.

/** The marker kind of the trail comment (`<!-- lockstep:trail -->`). */
const TRAIL_MARKER = 'trail';
const RELEASE_LINE = /^Released in (\S+)$/;
const ENV_LINE = /^→ (.+?) \((?:#\d+, )?[^()]*\)$/;
/** A step's line: `Released in v1.5.0`, `→ staging (#41, merged 2026-11-20)`, `→ prod (#44, draft)`. */
function lineOf(step) {
    if ('release' in step)
        return { key: 'release', line: `Released in ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.release)}` };
    const env = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.environment);
    return { key: `env:${env}`, line: step.state === 'direct' ? `→ ${env} (committed directly)` : `→ ${env} (#${step.pull}, ${step.state})` };
}
/**
 * The trail's text with `step` merged into what `existing` (the comment's
 * current body, or undefined) says: the release line first, then each
 * environment in the order it was first reached, a step for an environment
 * already there replacing its line. Lines lockstep did not write are dropped.
 */
function trailBody(existing, step) {
    let release;
    const envs = new Map();
    for (const raw of (existing ?? '').split(/\r?\n/)) {
        const line = raw.trim();
        if (RELEASE_LINE.test(line))
            release = line;
        const env = ENV_LINE.exec(line);
        if (env)
            envs.set(`env:${env[1]}`, line);
    }
    const { key, line } = lineOf(step);
    if (key === 'release')
        release = line;
    else
        envs.set(key, line);
    return [...(release ? [release] : []), ...envs.values()].join('\n');
}
/** The hidden line a promotion pull request carries: the source pull requests it ships, read back when it merges. */
function shipsMarker(pulls) {
    return `<!-- lockstep:ships ${[...new Set(pulls)].sort((a, b) => a - b).join(' ')} -->`;
}
/** The pull requests a promotion pull request's body says it ships (at most 200), from its shipsMarker line. */
function shipsOf(body) {
    const m = /<!-- lockstep:ships ([\d ]{0,2000}) -->/.exec(body);
    return m ? [...new Set(m[1].split(' ').filter(Boolean).map(Number))].slice(0, 200) : [];
}
/** The outcome in words for the log and the summary: `Trail comment (<what>): created on #12, #13; already current on #14.`, then one line per failure. */
function describeTrail(what, o) {
    const list = (ns) => ns.map((n) => `#${n}`).join(', ');
    const done = [
        o.created.length ? `created on ${list(o.created)}` : '',
        o.updated.length ? `updated on ${list(o.updated)}` : '',
        o.unchanged.length ? `already current on ${list(o.unchanged)}` : '',
    ].filter(Boolean);
    return [
        ...(done.length ? [`Trail comment (${what}): ${done.join('; ')}.`] : []),
        ...o.failed.map((f) => `Trail comment (${what}) not left on ${f}`),
    ];
}


/***/ })

};

export const id = 6285;
export const ids = [6285,4958];
export const modules = {

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkedOutQueueEntry: () => (/* binding */ checkedOutQueueEntry),
  defaultCheckBase: () => (/* binding */ defaultCheckBase),
  queueCheckBase: () => (/* binding */ queueCheckBase)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/commits.ts
var commits = __webpack_require__(53852);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(48982);
// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var spawn = __webpack_require__(90669);
;// CONCATENATED MODULE: ./packages/core/src/git/refs-at-head.ts

// Which branches a detached HEAD is on, for `lockstep check` on a checkout of a merge queue branch
// (packages/cli/src/commands/local.ts): its own module, so that the actions' bundles do not change with it.
/** The full names of the refs under `prefixes` (`refs/heads/x/`) that point at HEAD; none when git cannot say. */
async function refsAtHead(git, prefixes) {
    const out = await (0,spawn/* gitTry */.W_)(git, ['for-each-ref', '--points-at', 'HEAD', '--format=%(refname)', ...prefixes]);
    return (out ?? '').split('\n').filter((r) => r !== '');
}

// EXTERNAL MODULE: ./packages/core/src/git/queue-branch.ts
var queue_branch = __webpack_require__(64958);
;// CONCATENATED MODULE: ./packages/cli/src/commands/local.ts





// What `lockstep check` compares in a terminal, where no pull request says it: the default branch
// (origin's when there is a remote, else the local one), and the work tree as it is, uncommitted
// changes included (git/worktree.ts's workTreeSnapshot). Loaded by the check command's handler only.
/**
 * The ref `check` compares with when --base is not given, and the line that
 * says so. On the local default branch itself (no remote: the branch is HEAD),
 * comparing with it would compare HEAD with itself: the last tag reachable
 * from HEAD is the last release then, or, with none, there is nothing to
 * compare with (`ref` undefined, and `said` says so).
 */
async function defaultCheckBase(git, head) {
    if (await (0,local_repo/* hasRemote */.F6)(git)) {
        const branch = await (0,local_repo/* remoteDefaultBranch */.Ki)(git);
        if (!branch)
            throw new errors/* UserError */.yo('cannot tell which branch to compare with: origin has no default branch this repository knows of', {
                hint: 'pass --base with the branch to compare with (e.g. --base main), or run git remote set-head origin --auto',
            });
        return {
            ref: `refs/remotes/origin/${branch}`,
            label: `origin/${branch}`,
            said: `comparing with origin/${branch}, origin's default branch (pass --base for another)`,
        };
    }
    const branch = await (0,local_repo/* localDefaultBranch */.$N)(git);
    if (!branch)
        throw new errors/* UserError */.yo('cannot tell which branch to compare with: the repository has no remote and no main or master branch', {
            hint: 'pass --base with the branch, tag or commit to compare with (e.g. --base trunk)',
        });
    const [tip, at, on] = await Promise.all([(0,commits/* commitOf */.D3)(git, `refs/heads/${branch}`), (0,commits/* commitOf */.D3)(git, head), (0,local_repo/* currentBranch */.eR)(git)]);
    if (tip === undefined || tip !== at || on !== branch)
        return {
            ref: `refs/heads/${branch}`,
            label: `the local branch ${branch}`,
            said: `comparing with the local branch ${branch}: the repository has no origin remote (pass --base for another)`,
        };
    const tag = await (0,local_repo/* lastTagOn */.Kx)(git, tip);
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
/**
 * The merge queue entry the checkout is on: HEAD's branch when it is a queue branch
 * (`gh-readonly-queue/<branch>/pr-<n>-<sha>`: actions/checkout leaves a `merge_group` job on one, and `git
 * checkout` of origin's makes one), else, on a detached HEAD, the queue branch (local or origin's) at HEAD
 * when exactly one entry is there. Undefined on any other branch.
 */
async function checkedOutQueueEntry(git) {
    const on = await (0,local_repo/* currentBranch */.eR)(git);
    if (on !== undefined) {
        const entry = (0,queue_branch.queueBranchOf)(on);
        return entry ? { ref: `refs/heads/${on}`, entry } : undefined;
    }
    const at = await refsAtHead(git, ['refs/heads/gh-readonly-queue/', 'refs/remotes/origin/gh-readonly-queue/']);
    const found = at.flatMap((ref) => {
        const entry = (0,queue_branch.queueBranchOf)(ref);
        return entry ? [{ ref, entry }] : [];
    });
    const same = (a, b) => a.baseBranch === b.baseBranch && a.pull === b.pull && a.entryBase === b.entryBase;
    return found.length > 0 && found.every((f) => same(f.entry, found[0].entry)) ? found[0] : undefined;
}
/**
 * What check compares a merge queue entry with when --base is not given, as the queue does: the branch it
 * merges into, origin's when there is a remote (fetched by the check when the clone lacks it), else the local
 * one; and the line that says so.
 */
async function queueCheckBase(git, entry) {
    const remote = await (0,local_repo/* hasRemote */.F6)(git);
    const label = remote ? `origin/${entry.baseBranch}` : `the local branch ${entry.baseBranch}`;
    return {
        ref: remote ? `refs/remotes/origin/${entry.baseBranch}` : `refs/heads/${entry.baseBranch}`,
        label,
        said: `checking merge queue entry #${entry.pull} into ${entry.baseBranch}, built on ${entry.entryBase.slice(0, 12)}: comparing with ${label}, the queue's base (pass --base for another)`,
    };
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

/***/ 48982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ localDefaultBranch),
/* harmony export */   $R: () => (/* binding */ initBareWithOrigin),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   Kx: () => (/* binding */ lastTagOn),
/* harmony export */   M4: () => (/* binding */ topLevel),
/* harmony export */   MY: () => (/* binding */ pathPrefixOrTop),
/* harmony export */   OZ: () => (/* binding */ remoteHeadRef),
/* harmony export */   Y2: () => (/* binding */ headProblem),
/* harmony export */   YA: () => (/* binding */ pathPrefix),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   ij: () => (/* binding */ shortHeadCommit),
/* harmony export */   k2: () => (/* binding */ headFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);
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
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const head = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).remoteHead(remote, true);
    return head && BRANCH.test(head) ? head : undefined;
}
/** The last tag reachable from `commit` (`git describe --tags`), or '' when there is none. */
async function lastTagOn(git, commit) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['describe', '--tags', '--abbrev=0', commit])) ?? '';
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
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
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
    if ((await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-list', '--max-count=1', '--all'])))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}
/** The branch `refs/remotes/<remote>/HEAD` names (as git stores it, unchecked), or undefined when it is not set. */
async function remoteHeadRef(git, remote = 'origin') {
    const sym = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    return sym?.replace(`refs/remotes/${remote}/`, '');
}
/** The top folder of the repository `git` runs in, or undefined outside one. */
function topLevel(git) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--show-toplevel']);
}
/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
async function pathPrefix(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitText */ .q_)(git, ['rev-parse', '--show-prefix'])).trim();
}
/** pathPrefix, or '' when git cannot tell. */
async function pathPrefixOrTop(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--show-prefix'])) ?? '';
}
/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
function shortHeadCommit(git) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
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

/***/ 64958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ queueRefPrefix),
/* harmony export */   queueBranchOf: () => (/* binding */ queueBranchOf)
/* harmony export */ });
/* unused harmony export QUEUE_BRANCH_ROOT */
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

export const id = 985;
export const ids = [985];
export const modules = {

/***/ 6985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBump: () => (/* binding */ runBump)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(9730);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
class nul_records_NulRecords {
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
function spawn_spawnGit(cwd, env = process.env) {
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
        const records = new nul_records_NulRecords(onRecord);
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
async function spawn_gitText(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8');
}
/** gitText for a question git may answer by failing (no such remote, ref or repository): trimmed stdout, or undefined. */
async function spawn_gitTry(git, args) {
    const r = await git(args);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/git/commits.ts

/** The commit `ref` names, or undefined when it names none. */
function commitOf(git, ref) {
    return spawn_gitTry(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
}
/** The commit's parents, trailers and message; undefined when there is no such commit. */
async function commitInfo(git, commit) {
    // NUL between the fields: a root commit has no parents, and the output is trimmed. The trailer block is git's parse.
    const out = await spawn_gitTry(git, [
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
    return (await spawn_gitTry(git, args)) || undefined;
}
/** The first-parent commits up to `commit` that changed `path` (or any of several), newest first, each with its commit time. */
async function firstParentLog(git, commit, path) {
    const out = await spawn_gitTry(git, ['log', '--first-parent', '--format=%H %ct', '--end-of-options', commit, '--', ...[path].flat()]);
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
    const out = await spawn_gitTry(git, ['log', '--format=%H%x00%s', '--end-of-options', `${from}..${to}`]);
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
    const base = starts.length === 1 ? starts[0] : await spawn_gitTry(git, ['merge-base', '--octopus', '--end-of-options', ...starts]);
    const ends = [...new Set(todo.map((r) => r.to))];
    const args = ['log', '--boundary', '--format=%m%H %P%x00%s', '--end-of-options', ...ends, ...(base ? [`^${base}`] : []), '--'];
    const log = await spawn_gitTry(git, args);
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
    return git([...GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', '--', remote, ...specs]);
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
        ...GIT_FETCH,
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
    return gitText(git, ['cat-file', 'commit', sha]);
}
/** The raw `-z` diff of `sha` against `parent` (whole ids, no renames), as git answered. */
function rawDiffTree(git, parent, sha) {
    return git(['diff-tree', '-r', '-z', '--raw', '--no-renames', '--no-abbrev', '--no-ext-diff', parent, sha, '--']);
}
/** A blob's size in bytes, asked before it is read. */
async function blobSize(git, oid) {
    return Number((await gitText(git, ['cat-file', '-s', oid])).trim());
}
/** A blob's bytes, as git answered. */
function catBlob(git, oid) {
    return git(['cat-file', 'blob', oid]);
}
/** The tree id of a commit `git rev-parse` resolves; throws when it resolves none. */
async function treeIdOf(git, commit) {
    return (await gitText(git, ['rev-parse', `${commit}^{tree}`])).trim();
}
/** The commits after `base` up to `sha` along first parents, oldest first. */
async function firstParentsSince(git, base, sha) {
    const out = await gitText(git, ['rev-list', '--reverse', '--first-parent', '--end-of-options', sha, `^${base}`, '--']);
    return out.split('\n').filter(Boolean);
}
/** The paths `to` changed against `from` (no rename detection). */
async function changedPaths(git, from, to) {
    const paths = await gitText(git, ['diff-tree', '-r', '-z', '--no-renames', '--name-only', '--no-ext-diff', from, to, '--']);
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
    return (await gitText(git, ['log', '-1', '--format=%s', commit, '--'])).trim();
}
/** Whether `ancestor` is `commit` or one of its ancestors (false too when git cannot tell, e.g. below a shallow boundary). */
async function isAncestorOf(git, ancestor, commit) {
    return (await git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, commit])).code === 0;
}

;// CONCATENATED MODULE: ./packages/core/src/git/local.ts


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
        const child = (0,external_node_child_process_.spawn)('git', [...GIT_NO_HOOKS, ...args], { cwd: gitDir, env, stdio: ['pipe', 'pipe', 'pipe'] });
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

;// CONCATENATED MODULE: ./packages/core/src/git/repo.ts



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
function repo_asRepo(git) {
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
        textOr: (args) => spawn_gitTry(run, args),
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
            return localGitAt(await questions.gitDir());
        },
        remoteUrl: (remote = 'origin', fresh = false) => once(memo.urls, remote, () => spawn_gitTry(run, ['remote', 'get-url', '--', remote]), fresh),
        remoteHead: (remote = 'origin', fresh = false) => once(memo.heads, remote, async () => {
            const out = await spawn_gitTry(run, ['ls-remote', '--symref', '--', remote, 'HEAD']);
            const m = out ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out) : null;
            return m ? m[1] : undefined;
        }, fresh),
        remoteTags: (remote = 'origin') => once(memo.tags, remote, async () => {
            const out = await spawn_gitTry(run, ['ls-remote', '--tags', '--refs', '--', remote]);
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
        commitOf: (ref) => commitOf(run, ref),
        commitInfo: (commit) => commitInfo(run, commit),
        lastCommit: (commit, path, firstParent = false) => lastCommitOf(run, commit, path, firstParent),
        firstParentLog: (commit, path) => firstParentLog(run, commit, path),
        listFiles: (commit, dir) => listFiles(run, commit, dir),
        commitsBetween: (from, to) => commitsBetween(run, from, to),
        commitsInRanges: (ranges) => commitsInRanges(run, ranges),
        fetchRefs: (remote, specs) => fetchRefs(run, remote, specs),
        fetchTags: (remote, tags) => fetchRefs(run, remote, tags.map(tagRefspec)),
        deepenBranch: (remote, branch, by) => deepenBranch(run, remote, branch, by),
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
    return repo_asRepo(spawnGit(cwd, env));
}

;// CONCATENATED MODULE: ./packages/core/src/git/cat-file.ts


/** A read refused because the object is larger than the reader was allowed to load. */
class cat_file_ObjectTooLarge extends Error {
    size;
    constructor(spec, size, maxBytes) {
        super(`git object ${spec} is ${size} bytes, over the ${maxBytes} bytes allowed`);
        this.name = 'ObjectTooLarge';
        this.size = size;
    }
}
/**
 * One `git cat-file --batch` process and the requests sent to it, answered in
 * order. Once finished it takes no more requests, answers those it was sent
 * and exits; what it never answered (it died, or was aborted) is rejected.
 */
class CatFileProcess {
    child;
    queue = [];
    /** Requests not yet written: those made in one tick go to git in one write. */
    outbox = '';
    buf = Buffer.alloc(0);
    /**
     * The object in front when it is incomplete: its header, bytes and newline
     * gathered in one buffer of their size, announced by the header, as chunks
     * come in (`filled` bytes so far). A 3.5 MB CHANGELOG.md comes as ~55
     * chunks of 64 KiB: each is copied once into its place, and the object is
     * handed on as a view of that buffer. Joining the chunks and then copying
     * the object out of the join held three copies at once (~10 MB outside the
     * heap for one file); joining on every chunk copied ~100 MB.
     */
    fill;
    filled = 0;
    /** Bytes of a refused object (and its newline) still to be dropped from git's output. */
    skip = 0;
    /** Set once it takes no more requests (finished, exited or aborted). */
    done = false;
    constructor(cwd, env) {
        const child = (0,external_node_child_process_.spawn)('git', [...GIT_NO_HOOKS, 'cat-file', '--batch'], {
            cwd,
            env: { ...env, ...GIT_ENV },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdout.on('data', (d) => this.take(d));
        child.on('error', (e) => this.abort(new Error(`git cat-file ${e.message}: ${stderr.trim()}`)));
        child.on('close', (code) => this.abort(new Error(`git cat-file exited (${code}): ${stderr.trim()}`)));
        child.stdin.on('error', () => { });
        this.child = child;
    }
    read(spec, maxBytes) {
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject, maxBytes });
            // One write per tick instead of one per request: each write wakes git, and on a busy
            // machine every wake-up can cost this thread its turn on the CPU.
            if (this.outbox === '')
                process.nextTick(() => this.flush());
            this.outbox += `${spec}\n`;
        });
    }
    /** Takes no more requests: those sent are answered, then git exits. */
    finish() {
        if (this.done)
            return;
        this.flush();
        this.done = true;
        this.child.stdin.end();
    }
    /** Stops at once: every request not yet answered is rejected with `why`. */
    abort(why) {
        this.done = true;
        this.outbox = '';
        for (const p of this.queue.splice(0))
            p.reject(why);
        this.child.stdin.destroy();
        this.child.stdout.destroy();
    }
    /** How many requests wait for their answer. */
    get waiting() {
        return this.queue.length;
    }
    flush() {
        const text = this.outbox;
        this.outbox = '';
        if (text !== '' && !this.done)
            this.child.stdin.write(text);
    }
    /** A chunk of git's output: into the incomplete object's buffer while one is being gathered, else read. */
    take(d) {
        const fill = this.fill;
        if (!fill) {
            this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
            this.drain();
            return;
        }
        const n = Math.min(d.length, fill.length - this.filled);
        d.copy(fill, this.filled, 0, n);
        this.filled += n;
        if (this.filled < fill.length)
            return;
        this.fill = undefined;
        this.filled = 0;
        // The object is whole: read from its buffer, then whatever came after it in the chunk.
        this.buf = fill;
        this.drain();
        if (n < d.length)
            this.take(d.subarray(n));
    }
    drain() {
        while (this.queue.length > 0 || this.skip > 0) {
            if (this.skip > 0) {
                const n = Math.min(this.skip, this.buf.length);
                this.buf = this.buf.subarray(n);
                this.skip -= n;
                if (this.skip > 0)
                    return;
                continue;
            }
            const nl = this.buf.indexOf(10);
            if (nl < 0)
                return;
            const header = this.buf.subarray(0, nl).toString('utf8');
            const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
            if (!m) {
                // `<request> missing` or `<request> ambiguous`.
                this.buf = this.buf.subarray(nl + 1);
                this.queue.shift().resolve(undefined);
                continue;
            }
            const size = Number(m[3]);
            const limit = this.queue[0].maxBytes;
            if (limit !== undefined && size > limit) {
                // Refused from the header alone: the object's bytes are dropped as they arrive, never gathered.
                this.buf = this.buf.subarray(nl + 1);
                this.skip = size + 1;
                this.queue.shift().reject(new cat_file_ObjectTooLarge(m[1], size, limit));
                continue;
            }
            if (this.buf.length < nl + 1 + size + 1) {
                // Gathered in a buffer of its own size as the rest comes (take), starting with what is here.
                this.fill = Buffer.allocUnsafe(nl + 1 + size + 1);
                this.filled = this.buf.copy(this.fill);
                this.buf = Buffer.alloc(0);
                return;
            }
            // An object that is most of the buffer (one gathered by take) is handed on as a view of it; a small one
            // is copied out, so that it does not keep a chunk of other objects' bytes alive.
            const view = this.buf.subarray(nl + 1, nl + 1 + size);
            const data = size * 2 >= this.buf.length ? view : Buffer.from(view);
            this.buf = this.buf.subarray(nl + 1 + size + 1);
            this.queue.shift().resolve({ oid: m[1], type: m[2], data });
        }
    }
}
/**
 * Reads objects through one persistent `git cat-file --batch` process: each
 * request is a line (`<oid>`, `<rev>:<path>`, `<ref>^{commit}`), answered in
 * order. One process serves every read of a run, so reading a thousand blobs
 * costs no more spawns than reading one. close() (after a fetch added objects
 * and refs) sends later reads to a fresh process while the old one answers
 * what it was already asked: one part of a run may fetch while another reads.
 */
class ObjectReader {
    current;
    /** Processes still answering (the current one, and closed ones with reads in flight). */
    live = new Set();
    disposed = false;
    cwd;
    env;
    constructor(cwd, env = process.env) {
        this.cwd = cwd;
        this.env = env;
    }
    /**
     * Reads one object by any spec cat-file accepts; undefined when it does not
     * exist. With `maxBytes`, a larger object is refused (ObjectTooLarge) from
     * the size git announces before its bytes: they are skipped, never kept.
     */
    read(spec, maxBytes) {
        if (/[\r\n]/.test(spec))
            return Promise.resolve(undefined);
        if (this.disposed)
            return Promise.reject(new Error('git cat-file: the object reader was disposed'));
        let p = this.current;
        if (!p || p.done) {
            const fresh = new CatFileProcess(this.cwd, this.env);
            this.live.add(fresh);
            this.current = p = fresh;
        }
        const answer = p.read(spec, maxBytes);
        const proc = p;
        const settle = () => {
            if (proc.done && proc.waiting === 0)
                this.live.delete(proc);
        };
        answer.then(settle, settle);
        return answer;
    }
    /** A blob's text (UTF-8), or undefined when missing or not a blob; over `maxBytes`, ObjectTooLarge. */
    async text(spec, maxBytes) {
        const o = await this.read(spec, maxBytes);
        return o && o.type === 'blob' ? o.data.toString('utf8') : undefined;
    }
    /** The full id of the commit a ref, tag or sha names; undefined when not in the repository. */
    async commit(ref) {
        if (ref.startsWith('-'))
            return undefined;
        const o = await this.read(`${ref}^{commit}`);
        return o?.type === 'commit' ? o.oid : undefined;
    }
    /**
     * Later reads start a fresh process (one that sees what a fetch added since);
     * the reads already made are answered by the process they were sent to,
     * which then exits.
     */
    close() {
        const p = this.current;
        this.current = undefined;
        if (!p)
            return;
        p.finish();
        if (p.waiting === 0)
            this.live.delete(p);
    }
    /**
     * Stops for good: work still under way in the background (a comparison
     * after the action already failed) gets an error for each read in flight
     * and for each later one, instead of a cat-file that would keep Node alive.
     */
    dispose() {
        this.disposed = true;
        this.current = undefined;
        for (const p of this.live) {
            const n = p.waiting;
            p.abort(new Error(`git cat-file: the object reader was disposed with ${n} read${n === 1 ? '' : 's'} in flight`));
        }
        this.live.clear();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/objects.ts


/**
 * A spawner for the repository at `cwd` (real git, hooks off) that is its
 * Repo: what the run learns of the repository is kept with it (git/repo.ts;
 * asRepo gives its typed questions).
 */
function gitSpawner(cwd, env = process.env) {
    return repo_asRepo(spawn_spawnGit(cwd, env));
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
async function objects_listPathsAndLinks(git, commit) {
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
async function objects_diffSinceMergeBase(git, base, head) {
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

;// CONCATENATED MODULE: ./packages/core/src/git/refs.ts

/**
 * Refuses, without running anything, a name that git could read as an
 * option (a leading `-`, e.g. `--upload-pack=touch /tmp/x`), that holds
 * white space or control characters, that uses the `@{…}` reflog syntax,
 * or that is spelled as a full ref. Call it while validating inputs, before
 * any git process starts (RELIABILITY case 2).
 */
function assertRefInput(name, input, kind = 'branch') {
    const bad = (why) => new UserError(`: ${JSON.stringify(name)} is not a valid ${kind} name (${why})`, {
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
        throw new UserError(`: ${JSON.stringify(name)} is not a valid ${kind} name (git check-ref-format refused it)`, {
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

;// CONCATENATED MODULE: ./packages/core/src/git/history.ts







const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout (or fetch the commit before this step)';
/** The same fix from a terminal. */
const FETCH_HINT = 'fetch the commit (git fetch origin <sha>, or git fetch --unshallow in a shallow clone)';
/**
 * Resolves base and head to commits and finds their merge base. In a shallow
 * clone (actions/checkout's default `fetch-depth: 1`) it fetches a missing
 * commit by sha, and deepens history until the merge base is found; where that
 * is impossible it fails naming the commit instead of comparing against the
 * wrong tree. The base branch tip is fetched only when the local copy is
 * absent or stale (see baseTipFresh), in the same fetch as the commits. A
 * full clone whose base branch tip holds the base costs no fetch at all.
 */
async function resolveRange(spawner, reader, req) {
    // Every git call through the Repo: a fetch forgets whether the clone is shallow.
    const git = repo_asRepo(spawner);
    const remote = req.remote ?? 'origin';
    const fetched = [];
    const tipRef = req.baseBranch !== undefined && isBranchName(req.baseBranch) ? `refs/remotes/${remote}/${req.baseBranch}` : undefined;
    let [base, head, tip] = await Promise.all([reader.commit(req.base), reader.commit(req.head), tipRef ? reader.commit(tipRef) : undefined]);
    const isShallow = () => git.isShallow();
    const stale = tipRef !== undefined && !(await baseTipFresh(git, reader, base, tip));
    if (!base || !head || stale) {
        // Each want is a refspec and, for a name, a tag refspec to try when no branch has that name.
        const wants = [];
        const add = (ref) => {
            if (isCommitId(ref))
                wants.push([ref]);
            else {
                const name = ref.replace(/^refs\/heads\//, '').replace(new RegExp(`^(refs/remotes/)?${remote}/`), '');
                if (/^[A-Za-z0-9._/-]+$/.test(name) && !name.startsWith('-'))
                    wants.push([
                        `+refs/heads/${name}:refs/remotes/${remote}/${name}`,
                        ref.startsWith('refs/heads/') ? undefined : `+refs/tags/${name}:refs/tags/${name}`,
                    ]);
            }
        };
        if (!base)
            add(req.base);
        if (!head)
            add(req.head);
        const refresh = stale ? { branch: req.baseBranch, ref: tipRef, before: tip } : undefined;
        const shallow = await isShallow();
        // In a shallow clone the side already here (the checked-out head) has no history below it, so the
        // merge base could not be found without a second fetch deepening it: it is deepened in this one.
        const present = shallow && wants.length > 0 ? (head && !base ? head : base && !head ? base : undefined) : undefined;
        const got = await fetchMissing(git, reader, remote, wants, refresh, shallow, present);
        fetched.push(...got.notes);
        const again = (ref) => reader
            .commit(ref)
            .then((c) => c ?? (isCommitId(ref) ? undefined : reader.commit(`refs/remotes/${remote}/${ref.replace(new RegExp(`^${remote}/`), '')}`)));
        [base, head] = await Promise.all([base ?? again(req.base), head ?? again(req.head)]);
        if (refresh)
            tip = got.tip;
    }
    if (!head)
        throw missing(req.headLabel, req.head);
    if (!base)
        throw missing(req.baseLabel, req.base);
    let mb = await mergeBase(git, base, head);
    if (!mb && (await isShallow())) {
        for (const step of [...DEEPEN_STEPS, 0]) {
            const how = step === 0 ? ['--unshallow'] : [`--deepen=${step}`];
            const r = await git([...GIT_FETCH, '--quiet', '--no-tags', ...how, '--', remote, base, head]);
            if (r.code !== 0)
                throw new src_errors/* UserError */.yo(`cannot find the merge base of ${history_short(base)} and ${history_short(head)}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(r.stderr)})`, {
                    hint: FETCH_DEPTH_HINT,
                    cliHint: FETCH_HINT,
                });
            fetched.push(step === 0 ? 'fetched the full history' : `deepened history by ${step} commits`);
            mb = await mergeBase(git, base, head);
            if (mb || step === 0)
                break;
            if (!(await isShallow()))
                break;
        }
    }
    if (!mb)
        throw new src_errors/* UserError */.yo(`${req.baseLabel} ${history_short(base)} and ${req.headLabel} ${history_short(head)} share no history`, {
            hint: `set ${req.baseLabel} to the branch the pull request merges into`,
        });
    return { base, head, mergeBase: mb, baseTip: tip && tip !== base ? tip : undefined, fetched };
}
/**
 * Fetches what a run lacks in ONE `git fetch`: the missing commits or refs
 * (`wants`) and the base branch tip when it must be refreshed. Only when that
 * fetch fails are they fetched one by one, so the error names the input that
 * is wrong, and an unreachable origin leaves the local tip in use with a note
 * saying it may be stale. `deepen`, a commit already here, is fetched along
 * (a shallow clone's head, so the same depth reaches below it too). The object
 * reader is restarted to see what arrived.
 */
async function fetchMissing(git, reader, remote, wants, refresh, shallow, deepen) {
    const tipSpec = refresh ? `+refs/heads/${refresh.branch}:${refresh.ref}` : undefined;
    // In a shallow clone a commit comes with some history below it (to find the merge base), the tip alone with none.
    const depth = shallow ? [wants.length > 0 ? '--depth=64' : '--depth=1'] : [];
    const fetch = (specs) => git([
        '-c',
        'http.lowSpeedLimit=1000',
        '-c',
        'http.lowSpeedTime=20',
        ...GIT_FETCH,
        '--quiet',
        '--no-tags',
        '--no-recurse-submodules',
        '--no-write-fetch-head',
        ...depth,
        '--',
        remote,
        ...specs,
    ]);
    const all = [...wants.map((w) => w[0]), ...(deepen ? [deepen] : []), ...(tipSpec ? [tipSpec] : [])];
    const got = [];
    let tipFailure;
    const first = await fetch(all);
    if (first.code === 0)
        got.push(...wants.map((w) => w[0]));
    else if (all.length === 1 && tipSpec)
        tipFailure = first.stderr;
    else {
        // One missing ref fails the whole fetch: fetch one by one, so the error names the input that is wrong.
        for (const [spec, tag] of wants) {
            if ((await fetch([spec])).code === 0)
                got.push(spec);
            else if (tag && (await fetch([tag])).code === 0)
                got.push(tag);
        }
        if (tipSpec) {
            const r = await fetch([tipSpec]);
            if (r.code !== 0)
                tipFailure = r.stderr;
        }
    }
    reader.close();
    const notes = got.length > 0 ? [`fetched ${got.map(history_short).join(', ')} from ${remote}`] : [];
    if (!refresh)
        return { notes };
    const { branch, before } = refresh;
    if (tipFailure !== undefined) {
        const where = before
            ? `compared with the local ${remote}/${branch} ${history_short(before)}, which may be stale`
            : 'the base branch tip was not compared';
        return { notes: [...notes, `could not refresh ${remote}/${branch} (${firstLine(tipFailure)}); ${where}`], tip: before };
    }
    const after = await reader.commit(refresh.ref);
    if (after && after !== before)
        notes.push(before ? `refreshed ${remote}/${branch} from ${history_short(before)} to ${history_short(after)}` : `fetched ${branch} from ${remote}`);
    return { notes, tip: after };
}
/**
 * Whether the local <remote>/<base branch> can be trusted as the base branch
 * tip: it exists and contains the pull request's base commit (the event's
 * `pull_request.base.sha`, the tip when the event was sent). actions/checkout
 * with `fetch-depth: 0` leaves it so; a reused self-hosted workspace whose
 * copy is older than the pull request's base (main moved since that copy was
 * fetched) does not, and is refreshed. A tip a few commits past the base (the
 * usual case) is found by reading its parents through the running cat-file;
 * further back, one `git merge-base --is-ancestor` answers. In a shallow clone
 * a base below the boundary reads as not contained, which costs a fetch,
 * never a wrong answer.
 */
async function baseTipFresh(git, reader, base, tip) {
    if (!base || !tip)
        return false;
    if (base === tip)
        return true;
    const seen = new Set([tip]);
    let frontier = [tip];
    for (let generation = 0; generation < NEAR_GENERATIONS && frontier.length > 0; generation++) {
        const commits = await Promise.all(frontier.map((c) => reader.read(c)));
        const next = [];
        for (const c of commits) {
            if (c?.type !== 'commit')
                continue;
            for (const parent of commitParents(c.data)) {
                if (parent === base)
                    return true;
                if (seen.has(parent))
                    continue;
                seen.add(parent);
                next.push(parent);
            }
        }
        frontier = next.slice(0, NEAR_WIDTH);
    }
    return (await git(['merge-base', '--is-ancestor', '--end-of-options', base, tip])).code === 0;
}
/** How far back from the tip (generations, and commits per generation) the base is looked for before asking git. */
const NEAR_GENERATIONS = 4;
const NEAR_WIDTH = 16;
/** The parents a raw commit object names (its `parent <sha>` header lines). */
function commitParents(data) {
    const head = data.toString('latin1', 0, Math.min(data.length, 2048));
    const parents = [];
    for (const line of head.split('\n')) {
        if (line === '')
            break;
        if (line.startsWith('parent '))
            parents.push(line.slice(7));
    }
    return parents;
}
function isBranchName(branch) {
    return /^[A-Za-z0-9._/-]+$/.test(branch) && !branch.startsWith('-') && !branch.includes('..');
}
function missing(label, ref) {
    const what = isCommitId(ref) ? `commit ${ref}` : `ref '${ref}'`;
    return new src_errors/* UserError */.yo(`: ${what} does not exist in this repository or on origin`, {
        input: label,
        hint: isCommitId(ref) ? FETCH_DEPTH_HINT : `set '${label}' to an existing branch, tag or commit`,
        cliHint: isCommitId(ref) ? FETCH_HINT : `pass --${label} with an existing branch, tag or commit`,
    });
}
function history_short(ref) {
    return isCommitId(ref) ? ref.slice(0, 12) : ref.replace(/^\+?refs\/(?:heads|tags)\/([^:]+):.*$/, '$1');
}
function firstLine(s) {
    return s.trim().split('\n')[0] || 'no output';
}
/**
 * Resolves the range and lists what changed with as few processes as
 * possible: in a clone that has both commits, three git processes run side by
 * side (object lookups, `git diff --raw base...head`, `git ls-tree
 * --name-only` of head), next to the check that the local base branch tip
 * holds the base (when there is a base branch). Nothing is fetched then. A
 * tip that is absent or stale is fetched; anything else missing falls back to
 * resolveRange, which fetches it and the tip in one fetch, and then the same
 * two listings run again.
 */
async function loadComparison(git, reader, req) {
    for (const [label, ref] of [
        [req.baseLabel, req.base],
        [req.headLabel, req.head],
    ]) {
        if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
            throw new UserError(`: '${ref}' is not a ref or commit`, { input: label, hint: 'use a branch, tag or commit sha' });
    }
    const remote = req.remote ?? 'origin';
    const branch = req.baseBranch !== undefined && isBranchName(req.baseBranch) ? req.baseBranch : undefined;
    const tipRef = branch ? `refs/remotes/${remote}/${branch}` : undefined;
    // The base branch tip only counts when it holds the pull request's base: on a reused self-hosted
    // workspace the local origin/<base> may be weeks old (actions/checkout only fetches the pull request's ref).
    const baseCommit = reader.commit(req.base);
    const tipCommit = tipRef ? reader.commit(tipRef) : Promise.resolve(undefined);
    const fresh = tipRef ? Promise.all([baseCommit, tipCommit]).then(([b, t]) => baseTipFresh(git, reader, b, t)) : Promise.resolve(true);
    const [base, head, changes, headPaths, tip, tipFresh] = await Promise.all([
        baseCommit,
        reader.commit(req.head),
        diffSinceMergeBase(git, req.base, req.head),
        listPathsAndLinks(git, req.head).catch(() => undefined),
        tipCommit,
        fresh,
    ]);
    if (base && head && changes && headPaths) {
        let baseTip = tip;
        const fetched = [];
        if (!tipFresh) {
            // Only the tip is absent or stale: it alone is fetched.
            const shallow = await asRepo(git).isShallow();
            const got = await fetchMissing(git, reader, remote, [], { branch: branch, ref: tipRef, before: tip }, shallow);
            baseTip = got.tip;
            fetched.push(...got.notes);
        }
        return {
            range: { base, head, baseTip: baseTip && baseTip !== base ? baseTip : undefined, fetched },
            headPaths: headPaths.paths,
            headOids: headPaths.oids,
            headLinks: headPaths.links,
            changes,
        };
    }
    const range = await resolveRange(git, reader, { ...req, baseBranch: branch });
    const [diff, listing] = await Promise.all([diffSinceMergeBase(git, range.mergeBase, range.head), listPathsAndLinks(git, range.head)]);
    if (!diff)
        throw new Error(`git diff ${range.mergeBase}...${range.head} failed`);
    return { range, headPaths: listing.paths, headOids: listing.oids, headLinks: listing.links, changes: diff };
}
/**
 * Builds both sides from a comparison without listing the merge base's
 * tree: its paths are the head's with the changes undone, and its files are
 * read by the blob ids the diff names (or from head where unchanged).
 */
function treeSides(reader, head, headPaths, changes, headOids) {
    const base = new Set(headPaths);
    const byPath = new Map();
    for (const c of changes) {
        byPath.set(c.path, c);
        const existed = !/^0+$/.test(c.oldOid) && c.oldMode !== '000000' && c.oldMode !== '160000';
        if (existed)
            base.add(c.path);
        else
            base.delete(c.path);
    }
    return {
        base,
        head: headPaths,
        changed: [...byPath.keys()],
        readFile(side, path) {
            const c = byPath.get(path);
            const read = (spec) => reader.text(spec, MAX_CHART_FILE_BYTES).catch((e) => {
                throw e instanceof ObjectTooLarge ? tooLarge(path, e.size) : e;
            });
            if (side === 'base' && c)
                return base.has(path) ? read(c.oldOid) : Promise.resolve(undefined);
            return headPaths.has(path) ? read(headOids?.get(path) ?? `${head}:${path}`) : Promise.resolve(undefined);
        },
    };
}
/**
 * The largest chart file the check reads: Helm's own limit (MaxDecompressedFileSize, 5 MiB), so a
 * file lockstep refuses is one `helm package` and `helm install` refuse too. The size comes from
 * git's object header: a 100 MB blob is refused without being loaded.
 */
const MAX_CHART_FILE_BYTES = (/* unused pure expression or super */ null && (5 * 1024 * 1024));
function tooLarge(path, size) {
    return new UserError(`the file is ${(size / (1024 * 1024)).toFixed(1)} MiB; Helm refuses chart files over 5 MiB, so lockstep does not read it`, {
        file: path,
        hint: 'keep the file under 5 MiB',
    });
}
/** How many links one path may pass through before it counts as a loop (Linux gives up at 40). */
const MAX_LINK_HOPS = 40;
/**
 * Makes the two sides see through symbolic links inside the repository, as
 * Helm's loader does when it packages a chart: a link's content is its
 * target's, a change to the target is a change of every path that reaches it
 * through a link (a values file linked to a shared one, a linked templates
 * folder), and a link that leaves the repository is refused when read — the
 * check could not see what `helm package` would pack. Without links (the usual
 * case) the sides are returned as they are.
 */
async function followLinks(reader, sides, headLinks, changes) {
    const baseLinks = new Map(headLinks);
    for (const c of changes) {
        if (c.oldMode === '120000')
            baseLinks.set(c.path, c.oldOid);
        else
            baseLinks.delete(c.path);
    }
    if (headLinks.size === 0 && baseLinks.size === 0)
        return sides;
    const load = async (links) => new Map(await Promise.all([...links].map(async ([path, spec]) => [path, (await reader.text(spec, 4096).catch(() => '/')) ?? ''])));
    const [headTargets, baseTargets] = await Promise.all([load(headLinks), load(baseLinks)]);
    const targets = { head: headTargets, base: baseTargets };
    /** Where a path really is on one side: each link on the way replaced by its target. */
    const resolve = (side, path) => {
        const links = targets[side];
        let p = path;
        for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            const parts = p.split('/');
            let k = 1;
            for (; k <= parts.length; k++)
                if (links.has(parts.slice(0, k).join('/')))
                    break;
            if (k > parts.length)
                return { path: p };
            const link = parts.slice(0, k).join('/');
            const target = links.get(link);
            const joined = target.startsWith('/') ? undefined : posix.normalize(posix.join(posix.dirname(link), target));
            if (joined === undefined || joined === '..' || joined.startsWith('../'))
                return { escapes: link, target };
            p = [joined === '.' ? '' : joined, ...parts.slice(k)].filter((x) => x !== '').join('/');
        }
        throw new UserError(`${path} passes through more than ${MAX_LINK_HOPS} symbolic links (a loop)`, {
            file: path,
            hint: 'point each link at a real file',
        });
    };
    // Every path a link makes reachable, per side: the link itself for a file, each file below for a folder.
    const headPaths = new Set(sides.head);
    const basePaths = new Set(sides.base);
    const reach = (side, paths, real, linkPaths, into) => {
        for (const link of linkPaths) {
            const r = resolve(side, link);
            if (!('path' in r))
                continue;
            into.set(link, r.path);
            const folder = `${r.path}/`;
            for (const p of real)
                if (p.startsWith(folder)) {
                    const via = `${link}/${p.slice(folder.length)}`;
                    paths.add(via);
                    into.set(via, p);
                }
        }
    };
    const headVia = new Map();
    const baseVia = new Map();
    reach('head', headPaths, sides.head, headTargets.keys(), headVia);
    reach('base', basePaths, sides.base, baseTargets.keys(), baseVia);
    // A path reached through a link changed when what it reaches changed on either side.
    const changedReal = new Set(sides.changed);
    const changed = new Set(sides.changed);
    for (const via of [headVia, baseVia])
        for (const [path, real] of via)
            if (changedReal.has(real) || headVia.get(path) !== baseVia.get(path))
                changed.add(path);
    return {
        base: basePaths,
        head: headPaths,
        changed: [...changed],
        readFile(side, path) {
            const r = resolve(side, path);
            if (!('path' in r))
                return Promise.reject(new UserError(`${r.escapes} is a symbolic link to ${r.target}, outside the repository: helm package would pack a file this check cannot see`, {
                    file: r.escapes,
                    hint: 'replace the link with the file, or point it inside the repository',
                }));
            return sides.readFile(side, r.path);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/git/local-repo.ts



// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
async function hasRemote(git, remote = 'origin') {
    return (await repo_asRepo(git).remoteUrl(remote, true)) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await spawn_gitTry(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await spawn_gitTry(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await spawn_gitTry(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
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
    asRepo(git).noteShallow(shallow);
    return { head: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined, shallow, prefix: lines.join('\n') };
}
/** HEAD's commit, or undefined when HEAD names none (headProblem says why). */
async function headCommit(git) {
    return (await spawn_gitTry(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
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
    if ((await spawn_gitTry(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new src_errors/* UserError */.yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await spawn_gitTry(git, ['rev-list', '--max-count=1', '--all'])))
        return new src_errors/* UserError */.yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new src_errors/* UserError */.yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}
/** The branch `refs/remotes/<remote>/HEAD` names (as git stores it, unchecked), or undefined when it is not set. */
async function remoteHeadRef(git, remote = 'origin') {
    const sym = await spawn_gitTry(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    return sym?.replace(`refs/remotes/${remote}/`, '');
}
/** The top folder of the repository `git` runs in, or undefined outside one. */
function topLevel(git) {
    return gitTry(git, ['rev-parse', '--show-toplevel']);
}
/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
async function pathPrefix(git) {
    return (await spawn_gitText(git, ['rev-parse', '--show-prefix'])).trim();
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

// EXTERNAL MODULE: ./packages/core/src/charts/chart.ts
var chart = __webpack_require__(3863);
// EXTERNAL MODULE: ./packages/core/src/charts/inputs.ts
var inputs = __webpack_require__(2846);
;// CONCATENATED MODULE: ./packages/core/src/charts/base.ts








const base_BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/**
 * Finds the base a level applies to: the `base` input, else the pull
 * request's (or merge group's) base from the event, else the default
 * branch's tip on origin (origin/HEAD, the event's repository, or what origin
 * reports). It is resolved through resolveRange as chart-bump-check resolves
 * it, so a shallow clone fetches what it lacks instead of guessing.
 */
async function resolveBumpBase(git, reader, req) {
    const remote = req.remote ?? 'origin';
    const pr = req.event?.pull_request?.base ??
        (req.event?.merge_group ? { sha: req.event.merge_group.base_sha, ref: req.event.merge_group.base_ref } : undefined);
    let base;
    let baseBranch;
    let label;
    let said;
    if (req.base !== undefined) {
        (0,inputs/* checkBaseRef */.f)(req.base);
        base = req.base;
        label = `base ${req.base}`;
    }
    else if (pr?.sha) {
        base = pr.sha;
        baseBranch = pr.ref?.replace(/^refs\/heads\//, '');
        if (baseBranch !== undefined && !base_BRANCH.test(baseBranch))
            baseBranch = undefined;
        label = `the pull request's base${baseBranch ? ` ${baseBranch}` : ''}`;
    }
    else if (req.local && !(await hasRemote(git, remote))) {
        // A repository with no remote (a terminal's `git init`): the local default branch, or HEAD's commit when on it.
        const [branch, current] = await Promise.all([localDefaultBranch(git), currentBranch(git)]);
        if (branch !== undefined && branch !== current) {
            base = `refs/heads/${branch}`;
            label = `the local branch ${branch}`;
            said = `no ${remote} remote: the level applies to the versions on the local default branch ${branch}`;
        }
        else {
            base = 'HEAD';
            label = current ? `HEAD on ${current}` : 'HEAD';
            said = `no ${remote} remote: the level applies to HEAD's committed versions${current ? ` on ${current}${current === branch ? ', the default branch,' : ''}` : ' (detached)'}`;
        }
    }
    else {
        const branch = await defaultBranch(git, remote, req.event);
        if (!branch)
            throw new src_errors/* UserError */.yo(`cannot tell which branch the level applies to: ${remote} has no default branch this checkout knows of`, {
                hint: 'set base: to the branch the chart versions are released from (e.g. base: main)',
                cliHint: 'pass --base with the branch the chart versions are released from (e.g. --base main)',
            });
        base = `refs/remotes/${remote}/${branch}`;
        label = `${remote}/${branch}`;
    }
    const range = await resolveRange(git, reader, { base, head: 'HEAD', baseLabel: 'base', headLabel: 'HEAD', baseBranch, remote });
    const commits = [...new Set([range.base, range.mergeBase, range.baseTip].filter((c) => c !== undefined))];
    label = `${label} (${range.base.slice(0, 12)})`;
    return { commits, label, fetched: said ? [`${said} at ${range.base.slice(0, 12)}`, ...range.fetched] : range.fetched };
}
async function defaultBranch(git, remote, event) {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && base_BRANCH.test(fromSym))
        return fromSym;
    const fromEvent = event?.repository?.default_branch;
    if (typeof fromEvent === 'string' && base_BRANCH.test(fromEvent))
        return fromEvent;
    // actions/checkout does not set origin/HEAD: ask the remote which branch its HEAD is.
    const head = await repo_asRepo(git).remoteHead(remote);
    return head && base_BRANCH.test(head) ? head : undefined;
}
/**
 * The chart version of each folder at the base commits: the highest valid
 * SemVer among them (so two bumps merged one after the other still count),
 * null where no commit has the chart. A folder whose Chart.yaml exists but
 * holds no readable version is left out: levels then apply to the work tree.
 * `prefix` is the working directory's place in the repository (`deploy/`).
 */
async function readBaseVersions(reader, base, dirs, prefix) {
    const versions = new Map();
    await Promise.all(dirs.map(async (dir) => {
        const path = `${prefix}${dir === '.' ? '' : `${dir}/`}Chart.yaml`;
        const texts = await Promise.all(base.commits.map((c) => reader.text(`${c}:${path}`)));
        if (texts.every((t) => t === undefined)) {
            versions.set(dir, null);
            return;
        }
        let best;
        for (const t of texts) {
            const v = t === undefined ? undefined : versionOf(t, path);
            if (v !== undefined && (best === undefined || semver_default().gt(v, best)))
                best = v;
        }
        if (best !== undefined)
            versions.set(dir, best);
    }));
    return { label: base.label, versions };
}
function versionOf(text, file) {
    try {
        const v = (0,chart/* parseChart */.as)(text, file).version?.value;
        return v !== undefined && semver_default().valid(v) === v ? v : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/charts/bump.ts + 8 modules
var bump = __webpack_require__(949);
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
    return top.filter(discover_chartPatternMatcher(patterns));
}
/**
 * A predicate over chart folders for folder/glob patterns: a glob matches
 * folders (`charts/*`); a plain folder matches itself and, when it is not a
 * chart itself, the charts below it (`stable/` → `stable/legacy`).
 */
function discover_chartPatternMatcher(patterns) {
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

// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(4619);
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
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
            }
            else if (e.isFile() && e.name === 'Chart.yaml')
                out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
            else if (linked && e.isSymbolicLink()) {
                const path = rel ? `${rel}/${e.name}` : e.name;
                if (e.name === 'Chart.yaml')
                    linked.push(rel || '.');
                else if (!SKIP.has(e.name) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(abs, e.name, 'Chart.yaml')))
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
    return dirs.filter(discover_chartPatternMatcher(choice.entries.map((e) => e.pattern))).sort();
}
/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
function unmatchedEntries(entries, dirs, hintOf) {
    return entries.flatMap((e) => {
        if (dirs.some(discover_chartPatternMatcher([e.pattern])))
            return [];
        const text = e.written ?? e.pattern;
        // The pattern's likely meaning (`chart/*` → `charts/*`), as the check says it (charts/suggest.ts).
        const folders = [...new Set(dirs.flatMap((d) => d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
        const guess = suggestPattern(normalizePattern(e.pattern), folders, (p) => dirs.some(discover_chartPatternMatcher([p])));
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

// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var yaml_read = __webpack_require__(4293);
// EXTERNAL MODULE: ./packages/core/src/yaml/plain-document.ts + 1 modules
var plain_document = __webpack_require__(8259);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(1196);
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
        line: parsed.lineOf((0,yaml_read/* nodeAt */.oB)(parsed, path)) ?? 1,
        hint: `write it as the schema says (see ${CONFIG_DOCS})`,
    });
}
function schemaError(parsed, err, raw) {
    const path = pathOf(err);
    const where = (0,yaml_read/* nodeAt */.oB)(parsed, path);
    const dotted = path.join('.');
    const docs = `${CONFIG_DOCS} lists every key`;
    if (err.keyword === 'additionalProperties') {
        const key = err.params.additionalProperty;
        let line = parsed.lineOf(where);
        if ((0,dist/* isMap */.jh)(where)) {
            const pair = where.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
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

// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
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
    const body = (0,bytes/* stripBom */.F8)(text);
    const quick = (0,plain_document/* plainDocument */.SV)(body);
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
    const parsed = (0,yaml_read/* parseYaml */.hN)(body, file ?? DEFAULT_CONFIG_PATH);
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
        .map((err) => parsed.lineOf((0,yaml_read/* nodeAt */.oB)(parsed, pathOf(err))))
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
        lineOf: (path) => parsed.lineOf((0,yaml_read/* nodeAt */.oB)(parsed, path)),
        raw: () => (parsed.doc.toJS() ?? {}),
    };
}
/** js-yaml's reading as a ConfigSource: a line its events do not place is asked of the yaml package's tree, built then, once. */
function plainSource(quick, body, file) {
    let tree;
    return {
        lineOf: (path) => {
            const line = quick.lineOf(path);
            if (line !== plain_document/* UNKNOWN */.HV)
                return line;
            tree ??= (0,yaml_read/* parseYaml */.hN)(body, file ?? DEFAULT_CONFIG_PATH);
            return tree.lineOf((0,yaml_read/* nodeAt */.oB)(tree, path));
        },
        raw: () => (0,plain_document/* plainDocument */.SV)(body)?.data ?? {},
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

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 1 modules
var create = __webpack_require__(5725);
// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var log = __webpack_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/text/parts.ts
var parts = __webpack_require__(3491);
;// CONCATENATED MODULE: ./packages/core/src/edits/diff.ts



/** Lines with their terminators, so joining them gives the text back byte for byte. */
function lines(text) {
    return text === '' ? [] : text.split(/(?<=\n)/);
}
/**
 * structuredPatch on only the part of the texts that differs, plus `context`
 * lines either side, with the hunks moved back to their real line numbers.
 * The same hunks as diffing the whole texts, but a release that prepends
 * thousands of lines to a long CHANGELOG.md costs milliseconds instead of the
 * seconds Myers' algorithm spends walking every diagonal of the whole file.
 */
function trimmedPatch(path, before, given, context) {
    const a = lines(before);
    const pure = pureHunk(a, before, (0,parts/* viewText */.TO)(given), context);
    if (pure)
        return { hunks: [pure] };
    const after = (0,parts/* joinText */._V)(given);
    const b = lines(after);
    const inPlace = inPlaceHunks(a, b, context);
    if (inPlace)
        return { hunks: inPlace };
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
        suffix++;
    const skip = Math.max(0, prefix - context);
    const keepEnd = Math.max(0, suffix - context);
    const aMid = a.slice(skip, a.length - keepEnd);
    const bMid = b.slice(skip, b.length - keepEnd);
    const hunks = [];
    // Each piece is [from, to) on both sides; the whole middle when the sides differ in length.
    for (const [from, to] of segments(aMid, bMid, context) ?? [[0, undefined]]) {
        const patch = (0,create/* structuredPatch */.YB)(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
        for (const h of patch.hunks)
            hunks.push({ ...h, oldStart: h.oldStart + skip + from, newStart: h.newStart + skip + from });
    }
    return { hunks };
}
/**
 * The hunk of a pure change (lines only added, or only removed, between a
 * common head and tail; both texts ending in \n or empty) found by reading the
 * texts in place: a release's notes put ten thousand lines on top of
 * CHANGELOG.md, and splitting the whole new text into lines only to compare
 * its first few and its last and show a thousand cost more than the rest of
 * the diff. undefined when the change is not pure: the caller diffs the lines.
 */
function pureHunk(a, before, after, context) {
    if (!(before === '' || before.endsWith('\n')) || !(after.length === 0 || after.endsWith('\n')))
        return undefined;
    // Lines equal from the start: each of before's lines (`a`) is the next line of after when after holds it there
    // whole (every line ends in its \n).
    let prefix = 0;
    let pos = 0;
    while (prefix < a.length && after.startsWith(a[prefix], pos)) {
        pos += a[prefix].length;
        prefix++;
    }
    // And from the end, a whole line of after each, not reaching back into the head.
    let suffix = 0;
    let end = after.length;
    while (suffix < a.length - prefix) {
        const l = a[a.length - 1 - suffix];
        const at = end - l.length;
        if (at < pos || !after.startsWith(l, at) || (at > 0 && !after.startsWith('\n', at - 1)))
            break;
        end = at;
        suffix++;
    }
    // Only added (every line of before matched) or only removed (head and tail meet in after).
    if (prefix + suffix !== a.length && pos !== end)
        return undefined;
    const b = new TextLines(after);
    const skip = Math.max(0, prefix - context);
    const keepEnd = Math.max(0, suffix - context);
    const ctxBefore = prefix - skip;
    const removed = a.length - suffix - prefix;
    const added = b.length - suffix - prefix;
    const ctxAfter = suffix - keepEnd;
    const runs = [
        [(i) => a[i], skip, prefix, ' '],
        [(i) => a[i], prefix, a.length - suffix, '-'],
        [(i) => b.at(i), prefix, b.length - suffix, '+'],
        [(i) => b.at(i), b.length - suffix, b.length - keepEnd, ' '],
    ];
    return {
        oldStart: skip + 1,
        oldLines: ctxBefore + removed + ctxAfter,
        newStart: skip + 1,
        newLines: ctxBefore + added + ctxAfter,
        lines: {
            length: ctxBefore + removed + added + ctxAfter,
            at(i) {
                for (const [line, from, to, mark] of runs) {
                    if (i < to - from)
                        return `${mark}${line(from + i).slice(0, -1)}`;
                    i -= to - from;
                }
                return undefined;
            },
        },
    };
}
/** The lines of a text (each with its \n), counted at once and made when read; reading them in order costs one pass. */
class TextLines {
    length;
    text;
    /** The line the cursor is at and where it starts. */
    line = 0;
    pos = 0;
    constructor(text) {
        this.text = text;
        let n = 0;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            n++;
        this.length = text.length === 0 || text.endsWith('\n') ? n : n + 1;
    }
    at(i) {
        if (i < this.line) {
            this.line = 0;
            this.pos = 0;
        }
        while (this.line < i) {
            this.pos = this.text.indexOf('\n', this.pos) + 1;
            this.line++;
        }
        const nl = this.text.indexOf('\n', this.pos);
        return this.text.slice(this.pos, nl === -1 ? undefined : nl + 1);
    }
}
/**
 * Where the diff of two texts with the same number of lines can be taken in
 * pieces: cut in the middle of every run of more than 2 × context equal lines
 * (no hunk spans such a run). Only when every changed line's text is absent
 * from the other side: then no changed line can be matched, the only longest
 * common subsequence is every unchanged line in place, and each piece's diff is
 * exactly that piece of the whole diff. A promotion rewriting a tag and digest
 * per service this way costs one small diff per service instead of one Myers
 * walk over thousands of lines with hundreds of changes.
 */
function segments(a, b, context) {
    // undefined: one diff of the whole of both sides (their lengths may differ).
    if (a.length !== b.length)
        return undefined;
    const cuts = [];
    let run = 0;
    for (let i = 0; i <= a.length; i++) {
        if (i < a.length && a[i] === b[i]) {
            run++;
            continue;
        }
        if (run >= 2 * context + 2 && i - run > 0 && i < a.length)
            cuts.push(i - (run >> 1));
        run = 0;
    }
    if (cuts.length === 0 || !changesUnmatched(a, b))
        return undefined;
    return [...cuts, a.length].map((to, k) => [k === 0 ? 0 : cuts[k - 1], to]);
}
/**
 * Whether every line where `a` and `b` (the same number of lines) differ
 * holds a text absent from the other side: then no changed line can be
 * matched, and the only longest common subsequence is every unchanged line in place.
 */
function changesUnmatched(a, b) {
    const inA = new Set(a);
    const inB = new Set(b);
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i] && (inB.has(a[i]) || inA.has(b[i])))
            return false;
    return true;
}
/**
 * The hunks of a change made in place, built without a diff: the texts have
 * the same number of lines, end in a line break, and every changed line's
 * text is absent from the other side (changesUnmatched), so the only longest
 * common subsequence is every unchanged line where it is, and the diff is
 * each run of changed lines as its `-` lines then its `+` lines, hunks joined
 * where no more than 2 × context unchanged lines lie between two changes (as
 * structuredPatch gives them). A promotion of a thousand services rewrites
 * two lines in each six of one values file: the Myers walk over that was
 * most of the dry run. undefined when the conditions do not hold.
 */
function inPlaceHunks(a, b, context) {
    if (a.length !== b.length || a.length === 0 || !a[a.length - 1].endsWith('\n') || !b[b.length - 1].endsWith('\n'))
        return undefined;
    const changed = [];
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            changed.push(i);
    if (changed.length === 0 || !changesUnmatched(a, b))
        return undefined;
    const hunks = [];
    for (let k = 0; k < changed.length;) {
        const start = Math.max(0, changed[k] - context);
        let last = k;
        while (last + 1 < changed.length && changed[last + 1] - changed[last] - 1 <= 2 * context)
            last++;
        const end = Math.min(a.length, changed[last] + 1 + context);
        const out = [];
        for (let i = start; i < end;) {
            if (a[i] === b[i]) {
                out.push(` ${a[i].slice(0, -1)}`);
                i++;
                continue;
            }
            let j = i;
            while (j < end && a[j] !== b[j])
                j++;
            for (let x = i; x < j; x++)
                out.push(`-${a[x].slice(0, -1)}`);
            for (let x = i; x < j; x++)
                out.push(`+${b[x].slice(0, -1)}`);
            i = j;
        }
        hunks.push({
            oldStart: start + 1,
            oldLines: end - start,
            newStart: start + 1,
            newLines: end - start,
            lines: { length: out.length, at: (i) => out[i] },
        });
        k = last + 1;
    }
    return hunks;
}
/**
 * How many lines a hunked diff of `a` and `b` has (each hunk's `@@` line and
 * its lines), counted without diffing, when the texts have the same number of
 * lines, end in a line break and every changed line's text is absent from the
 * other side (changesUnmatched), so each changed line is one `-` and one `+`, and
 * hunks join where no more than 2 × context unchanged lines lie between two
 * changes, as structuredPatch joins them. undefined otherwise: the caller diffs.
 * A release that moves a hundred pins in each of two hundred files prints the
 * first thousand lines of its diff and counts the rest this way, not by a
 * Myers walk per file.
 */
function inPlaceLineCount(a, b, context) {
    if (a.length !== b.length || a.length === 0 || !a[a.length - 1].endsWith('\n') || !b[b.length - 1].endsWith('\n'))
        return undefined;
    const changed = [];
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            changed.push(i);
    if (changed.length === 0)
        return 0;
    if (!changesUnmatched(a, b))
        return undefined;
    // The first hunk's leading context, then per change its two lines and the unchanged lines up to the next
    // change: all of them inside one hunk, or a trailing and a leading context and another `@@` line.
    let count = 1 + Math.min(context, changed[0]);
    for (let k = 0; k < changed.length; k++) {
        count += 2;
        const gap = (k + 1 < changed.length ? changed[k + 1] : a.length) - changed[k] - 1;
        if (k + 1 === changed.length)
            count += Math.min(context, gap);
        else
            count += gap <= 2 * context ? gap : 2 * context + 1;
    }
    return count;
}
/**
 * The lines diffLines makes for one change, counted: its two head lines and
 * its hunks. Without a diff when the change is a pure one (pureHunk) or
 * inPlaceLineCount can count it.
 */
function changeLineCount(c, context) {
    const before = c.before ?? '';
    const a = lines(before);
    const pure = pureHunk(a, before, (0,parts/* viewText */.TO)(c.after), context);
    if (pure)
        return 3 + pure.lines.length;
    const counted = inPlaceLineCount(a, lines((0,parts/* joinText */._V)(c.after)), context);
    if (counted !== undefined)
        return 2 + counted;
    return trimmedPatch(c.path, before, c.after, context).hunks.reduce((n, h) => n + 1 + h.lines.length, 2);
}
/**
 * The diff's lines before indenting and escaping: `---`/`+++` heads, `@@` ranges, then each hunk's lines;
 * only the first `limit` of them are made, the others counted (`total`): a change wholly past the limit is
 * counted by changeLineCount.
 */
function diffLines(changes, context, limit = Infinity) {
    const out = [];
    let total = 0;
    const add = (line) => {
        if (total++ < limit)
            out.push(line);
    };
    for (const c of changes) {
        if ((0,parts/* sameText */.QV)(c.before, c.after))
            continue;
        if (total >= limit) {
            total += changeLineCount(c, context);
            continue;
        }
        const patch = trimmedPatch(c.path, c.before ?? '', c.after, context);
        add(`--- ${c.before === undefined ? '/dev/null' : `a/${c.path}`}`);
        add(`+++ b/${c.path}`);
        for (const h of patch.hunks) {
            // An empty range names the line before it, as git and GNU diff print it: a new file is `@@ -0,0 +1,N @@`.
            add(`@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`);
            const shown = Math.min(h.lines.length, Math.max(0, limit - total));
            for (let i = 0; i < shown; i++)
                add(h.lines.at(i));
            total += h.lines.length - shown;
        }
    }
    return { lines: out, total };
}
// The runner trims leading whitespace before it looks for `::`, so indenting alone does not stop a context
// line like ` ::warning::x`: every line also goes through escapeForLog. No line of the result holds a line break.
const logLine = (l) => (0,log/* escapeForLog */.z)(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`);
/**
 * A unified diff of the changes, as `git diff` prints it, with every line
 * indented by two spaces and passed through escapeForLog (`::` after white space and
 * `##[` broken up), so no line of file content is read by the runner as a workflow command. Carriage returns are
 * shown as `␍` so CRLF files stay visible and the log stays one line per line.
 */
function renderDiff(changes, context = 3) {
    return diffLines(changes, context).lines.map(logLine).join('\n');
}
/**
 * The first `max` lines of renderDiff's text and how many lines follow them
 * (what headLines(renderDiff(changes), max) gives), escaping only the lines
 * shown: a release of thousands of commits prints a thousand lines of its
 * CHANGELOG diff, not all of them.
 */
function renderDiffHead(changes, max, context = 3) {
    const { lines, total } = diffLines(changes, context, max);
    return { text: lines.map(logLine).join('\n'), more: total - lines.length };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./packages/core/src/contract/world.ts
var contract_world = __webpack_require__(3724);
;// CONCATENATED MODULE: ./packages/core/src/operations/bump/run.ts



















/**
 * The bump: selects the charts, reads their versions at the base, plans,
 * writes (unless dry run) and describes every bump. Errors name workspace
 * paths, whatever the working directory.
 */
async function runBump(req, world) {
    const route = routeOf(req, world);
    try {
        return await bumpIn(route, req, world);
    }
    catch (e) {
        throw (0,contract_world/* relocateErrors */.l)(e, route.show);
    }
}
/** The working directory the request checked (path arithmetic only: it was checked once, by bumpRequest). */
function routeOf(req, world) {
    const root = (0,external_node_path_.resolve)(world.workspace, req.workingDirectory);
    const prefix = (0,fs_workspace/* workspaceRelative */.Uc)(world.workspace, root);
    return { root, show: (p) => (prefix === '' ? p : external_node_path_.posix.join(prefix, p)) };
}
/** The steps, in order: config and app version, the charts, the base, the plan, the edits, the result. */
async function bumpIn({ root, show }, req, world) {
    const config = await loadCheckedConfig(root, req.config);
    const read = (p) => realFs.readFile((0,fs_workspace/* resolveInside */.LI)(root, p, p));
    const appVersion = resolveAppVersion(req.appVersion, config, read);
    const linked = [];
    const files = tree_listChartFiles(root, linked);
    const allDirs = files.map((f) => external_node_path_.posix.dirname(f));
    const selected = chartsToBump(root, req, world, config, files, linked);
    // The level applies to the versions at the base, read through git (after every input and the config were checked).
    const base = await baseVersions(root, req, world, req.cascade ? [...new Set([...selected, ...allDirs])] : selected);
    // One parse cache for the run: the planner, the edits and their checks share each file's parse.
    const options = {
        level: req.level,
        version: req.version,
        appVersion,
        entry: req.changelogEntry,
        cascade: req.cascade,
        artifacthubChanges: req.artifacthubChanges,
        policy: config.chartVersionPolicy,
        changelog: config.changelog,
        date: world.date,
        base,
    };
    const plan = (0,bump/* planChartBumps */.hP)(selected, allDirs, read, options, new parse_cache/* ParseCache */.i());
    const applied = applyEdits(root, plan.edits, { dryRun: req.dryRun });
    return resultOf(plan, applied.changes, selected, base, req.dryRun, show);
}
/** The result of a plan whose edits made `changes`: outputs, one row per chart, notes and warnings, all with workspace paths. */
function resultOf(plan, made, selected, base, dryRun, show) {
    const changed = new Set(made.map((c) => c.path));
    const changes = made.map((c) => ({ ...c, path: show(c.path) }));
    const charts = plan.bumps.map((b) => row(b, changed, show));
    // The primary chart is the first one asked for (the outputs version/app-version describe it).
    const primary = (selected.length > 0 ? charts.find((r) => r.path === show(selected[0])) : undefined) ?? charts.find((r) => !r.cascaded) ?? charts[0];
    return {
        outputs: {
            version: primary?.version ?? '',
            'previous-version': primary?.['previous-version'] ?? '',
            'app-version': primary?.['app-version'] ?? '',
            'changed-files': JSON.stringify([...changed].map(show)),
            charts: JSON.stringify(charts),
        },
        charts,
        notes: plan.bumps.flatMap((b) => [b.repaired, b.leftAlone].filter((n) => n !== undefined).map((n) => `${b.name} (${show(b.path)}): ${n}`)),
        warnings: plan.warnings.map((w) => ({ ...w, file: w.file ? show(w.file) : undefined })),
        changes,
        diff: renderDiff(changes),
        dryRun,
        base: base.label,
    };
}
function row(b, changed, show) {
    return {
        path: show(b.path),
        name: b.name,
        'previous-version': b.previousVersion,
        version: b.version,
        'previous-app-version': b.previousAppVersion ?? '',
        'app-version': b.appVersion ?? '',
        cascaded: b.cascaded,
        files: [b.file, ...(b.changelog ? [b.changelog] : []), ...(b.lock ? [b.lock] : [])].filter((f) => changed.has(f)).map(show),
    };
}
/** `file` reads the first line of the config's version file; anything else is the version itself. */
function resolveAppVersion(given, config, read) {
    let appVersion = given;
    if (appVersion === 'file') {
        const text = read(config.versionFile);
        if (text === undefined)
            throw new src_errors/* UserError */.yo(`version file ${config.versionFile} does not exist`, {
                hint: (0,src_errors/* words */.aL) `create it holding X.Y.Z, or give ${(0,src_errors/* named */.KT)('app-version')}`,
            });
        appVersion = (0,bytes/* stripBom */.F8)(text).split(/\r?\n/)[0].trim();
        if (appVersion === '')
            throw new src_errors/* UserError */.yo(`version file ${config.versionFile} is empty`, {
                file: config.versionFile,
                line: 1,
                hint: 'write X.Y.Z on its first line',
            });
    }
    if (appVersion !== undefined && /\s/.test(appVersion))
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* named */.KT)('app-version')} '${appVersion}' contains spaces`, { hint: 'give one version, e.g. 1.4.2' });
    return appVersion;
}
/**
 * The chart folders to bump, by the one meaning of charts (charts/selection.ts): the input, else the
 * config's (`[]`: none, said once); a pattern that matches nothing is an error. With neither, the user
 * names them: bumping every chart is never a safe guess.
 */
function chartsToBump(root, req, world, config, files, linked) {
    const allDirs = files.map((f) => external_node_path_.posix.dirname(f));
    const choice = chartChoice(req.charts, config, (path) => configLine(config, path));
    if (choice.kind === 'every')
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `no charts to bump: ${(0,src_errors/* theInput */.y8)('charts')} is empty and the config has no charts`, {
            file: config.file,
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('charts')} (paths or globs, e.g. charts/myapp), or \`charts: [charts/*]\` in the config`,
        });
    if (choice.kind === 'none') {
        world.reporter.info(`${whereOf(choice.at)}: charts: [] — no chart to bump`);
        return [];
    }
    const topCharts = discover_findCharts(files);
    // A chart reached through a symbolic link is refused by name (it could lie outside the workspace).
    for (const e of choice.entries) {
        const viaLink = linked.find(discover_chartPatternMatcher([e.pattern]));
        if (viaLink !== undefined)
            (0,fs_workspace/* resolveInside */.LI)(root, viaLink === '.' ? 'Chart.yaml' : `${viaLink}/Chart.yaml`, 'charts');
    }
    // A subchart folder named exactly is a chart of its own for bumping.
    const subcharts = choice.entries.map((e) => normalizePattern(e.pattern)).filter((p) => allDirs.includes(p) && !topCharts.includes(p));
    const candidates = [...topCharts, ...subcharts];
    (0,src_errors/* throwAll */.Kx)(unmatchedEntries(choice.entries, candidates));
    // In the order asked for: the first chart named is the one the outputs version and app-version describe.
    const picked = new Set();
    for (const e of choice.entries)
        for (const d of selectCharts(candidates, { kind: 'patterns', entries: [e] }))
            picked.add(d);
    return [...picked];
}
/**
 * The chart versions at the base, for `dirs`. Only a level needs them for the
 * charts asked for, but cascaded parents are patch-bumped from the base too.
 * The event (a pull request's base) is read only when no base was given; a
 * terminal's repository without a remote or a commit falls back to the local
 * default branch, HEAD's commit or the work tree, and a line says which.
 */
async function baseVersions(root, req, world, dirs) {
    const git = world.services.repo?.(root) ?? gitSpawner(root);
    const reader = new ObjectReader(root);
    const local = world.localRepository;
    try {
        const ev = req.base === undefined ? world.event() : undefined;
        const payload = ev?.payload;
        // A pull request run whose payload is lost must not quietly fall back to the default branch.
        if (ev?.problem)
            throw new src_errors/* UserError */.yo(`the ${ev.name} event file ${ev.problem}`, {
                hint: (0,src_errors/* words */.aL) `run this step in a GitHub Actions job, or set ${(0,src_errors/* named */.KT)('base')} to the branch the pull request merges into`,
            });
        // No commit to read a base from (a fresh `git init`, an unborn branch): said, not a git crash.
        const noHead = await headProblem(git);
        if (noHead) {
            if (!local || req.base !== undefined || payload?.pull_request || payload?.merge_group)
                throw noHead;
            world.reporter.info(`${noHead.message}: the level applies to the versions in the work tree`);
            return { label: 'the work tree (no commit yet)', versions: new Map() };
        }
        const base = await resolveBumpBase(git, reader, { base: req.base, event: payload ?? {}, local });
        for (const f of base.fetched)
            world.reporter.info(f);
        // git names paths from the repository's top; chart folders are relative to working-directory.
        const prefix = await pathPrefix(git);
        return await readBaseVersions(reader, base, dirs, prefix);
    }
    finally {
        reader.dispose();
    }
}


/***/ })

};

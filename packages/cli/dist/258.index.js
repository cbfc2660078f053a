export const id = 258;
export const ids = [258];
export const modules = {

/***/ 883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ realFs),
/* harmony export */   PT: () => (/* binding */ commitChanges),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony exports nodeTxFs, planEdits */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2536);





/**
 * The real file system (node:fs, synchronous). A write goes on until every
 * byte is written (a short write that makes no progress is an error, never a
 * truncated file) and is flushed to disk (fsync) before the caller renames the
 * temp file over the target, so a crash cannot leave an empty file behind.
 */
function nodeTxFs(io = node_fs__WEBPACK_IMPORTED_MODULE_0__) {
    return {
        readFile(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path, 'utf8');
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
                const bytes = Buffer.from(data, 'utf8');
                let written = 0;
                while (written < bytes.length) {
                    const n = io.writeSync(fd, bytes, written, bytes.length - written);
                    if (!(n > 0))
                        break;
                    written += n;
                }
                if (written !== bytes.length)
                    throw Object.assign(new Error(`short write: ${written} of ${bytes.length} bytes`), { code: `short write, ${written} of ${bytes.length} bytes` });
                // The umask may have cleared bits of the original mode; put them back.
                if (mode !== undefined)
                    io.fchmodSync(fd, mode);
                io.fsyncSync(fd);
            }
            finally {
                io.closeSync(fd);
            }
        },
        rename: (from, to) => node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(from, to),
        unlink: (path) => node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(path, { force: true }),
        mode(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(path).mode & 0o7777;
            }
            catch {
                return undefined;
            }
        },
        access(path) {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
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
        const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, e.path, 'file');
        const prior = seen.get(e.path);
        const before = prior ? prior.after : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || after === before)
            continue;
        e.check?.(before, after);
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => c.before !== c.after) };
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
            const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, change.path, 'file');
            const mode = fs.mode(abs);
            if (change.before !== undefined && mode === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} disappeared while planning`, { file: change.path, hint: 'run again' });
            if (mode !== undefined && (mode & 0o222) === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} is read-only`, { file: change.path, hint: 'make it writable (chmod u+w) or leave it out; nothing was written' });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, { file: change.path, hint: 'fix its permissions; nothing was written' });
            }
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs)}.lockstep-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, { file: change.path, hint: 'fix its permissions; nothing was written' });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${s.change.path} could not be replaced (${e.code ?? 'error'})${detail}`, {
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
                const tmp = `${d.abs}.lockstep-restore-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}`;
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


/***/ }),

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ localDefaultBranch),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   Y2: () => (/* binding */ headProblem),
/* harmony export */   eR: () => (/* binding */ currentBranch)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
async function out(git, args) {
    const r = await git(args);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
/** Whether the repository has a remote named `remote` (default origin). */
async function hasRemote(git, remote = 'origin') {
    return (await out(git, ['remote', 'get-url', '--', remote])) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await out(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await out(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await out(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const sym = await out(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    const fromSym = sym?.replace(`refs/remotes/${remote}/`, '');
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const ls = await out(git, ['ls-remote', '--symref', '--', remote, 'HEAD']);
    const m = ls ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(ls) : null;
    return m && BRANCH.test(m[1]) ? m[1] : undefined;
}
/**
 * Why HEAD names no commit, as a user error saying what is wrong with the
 * repository (no commit yet, an unborn branch, a bare repository); undefined
 * when HEAD is a commit. `consequence` starts the hint (e.g. "nothing to release").
 */
async function headProblem(git, consequence) {
    if (await out(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']))
        return undefined;
    const then = (fix) => (consequence ? `${consequence}: ${fix}` : fix);
    if ((await out(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository is bare (it has no work tree)', { hint: then('run in a clone that has a work tree (git clone <path>)') });
    const branch = await currentBranch(git);
    if (!(await out(git, ['rev-list', '--max-count=1', '--all'])))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, { hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)') });
}


/***/ }),

/***/ 1902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRelease: () => (/* binding */ runRelease)
});

// UNUSED EXPORTS: GENERATED_TRAILER, prBody

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var node_modules_semver = __webpack_require__(9730);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(8982);
// EXTERNAL MODULE: ./packages/core/src/edits/transaction.ts
var transaction = __webpack_require__(883);
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
    const notes = c.notes.filter((n) => n.title === 'BREAKING CHANGE' || n.title === 'BREAKING-CHANGE').map((n) => n.text.replace(PR_SUFFIX, '').trim());
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
        revertsHeader: isRevert ? (c.revert?.header ?? (type === 'revert' ? subject : undefined)) ?? undefined : undefined,
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
    const parsed = raw.filter((r) => r.parents.length <= 1).flatMap((r) => parseCommitMessage(r.sha, r.message));
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
            throw new errors/* UserError */.yo(`input 'version' is '${v}', not a SemVer version`, { hint: 'use MAJOR.MINOR.PATCH without a v, e.g. 1.4.0' });
        if (req.last && !semver_default().gt(v, req.last))
            throw new errors/* UserError */.yo(`input 'version' ${v} is not greater than the last release ${req.last}`, { hint: `give a version above ${req.last}, or leave version empty to compute it` });
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

// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(2536);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
;// CONCATENATED MODULE: ./packages/core/src/release/committed.ts




async function committed_text(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n')[0]}`);
    return r.stdout.toString('utf8');
}
/** The view of `head` for the working directory `root`: one `git status` listing what is uncommitted. */
async function committedView(git, root, head, env = process.env) {
    const [prefixOut, status] = await Promise.all([
        committed_text(git, ['rev-parse', '--show-prefix']),
        committed_text(git, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', '.']),
    ]);
    const prefix = prefixOut.trim();
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
    const cache = new Map();
    const fromHead = (p) => {
        if (cache.has(p))
            return cache.get(p);
        const r = (0,external_node_child_process_.spawnSync)('git', [...objects/* GIT_NO_HOOKS */.YH, 'cat-file', 'blob', `${head}:${prefix}${p}`], { cwd: root, env: { ...env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' }, maxBuffer: 1 << 30 });
        const out = r.status === 0 ? r.stdout.toString('utf8') : undefined;
        cache.set(p, out);
        return out;
    };
    const read = (p) => {
        const abs = (0,workspace/* resolveInside */.LI)(root, p, p);
        const rel = (0,workspace/* workspaceRelative */.Uc)(root, abs);
        if (!dirty.has(rel))
            return transaction/* realFs */.Cr.readFile(abs);
        used.add(rel);
        return fromHead(rel);
    };
    const fs = {
        ...transaction/* realFs */.Cr,
        readFile(abs) {
            const rel = (0,workspace/* workspaceRelative */.Uc)(root, abs);
            return dirty.has(rel) ? read(rel) : transaction/* realFs */.Cr.readFile(abs);
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

;// CONCATENATED MODULE: ./packages/core/src/release/history.ts



const DEEPEN = [64, 512, 4096];
const CHECKOUT_HINT = 'set `fetch-depth: 0` on actions/checkout (it fetches every commit and tag)';
/** The same fix from a terminal. */
const CLONE_HINT = 'fetch the whole history and the tags (git fetch --unshallow --tags), or work in a full clone';
async function run(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n')[0]}`);
    return r.stdout.toString('utf8');
}
const isShallow = async (git) => (await run(git, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
/**
 * Finds the newest `<prefix>X.Y.Z` tag (by SemVer, pre-releases excluded)
 * reachable from HEAD. In a shallow clone it fetches the tags and deepens
 * history until that tag is reachable (or, with no release tag at all, until
 * the whole history is there); when fetching fails it says which checkout
 * option fixes it.
 */
async function findLastRelease(git, prefix, remote = 'origin') {
    const fetched = [];
    let shallow = await isShallow(git);
    const fetch = async (args, what) => {
        const r = await git(['fetch', '--quiet', '--no-recurse-submodules', ...args]);
        if (r.code !== 0)
            throw new errors/* UserError */.yo(`this is a shallow checkout and fetching ${what} from ${remote} failed (${r.stderr.trim().split('\n')[0] || `exit ${r.code}`})`, { hint: CHECKOUT_HINT, cliHint: CLONE_HINT });
        fetched.push(what);
    };
    if (shallow)
        await fetch(['--no-tags', '--', remote, '+refs/tags/*:refs/tags/*'], 'tags');
    const list = async (merged) => (await run(git, ['tag', '--list', ...(merged ? ['--merged', 'HEAD'] : []), '--', `${prefix}*`])).split('\n').filter((t) => t !== '');
    const allTags = await list(false);
    const allVersions = versionsFromTags(allTags, prefix);
    const stable = allVersions.filter((v) => semver_default().prerelease(v) === null);
    for (let step = 0;; step++) {
        const reachable = new Set(versionsFromTags(await list(true), prefix).filter((v) => semver_default().prerelease(v) === null));
        const best = semver_default().rsort([...reachable])[0];
        // In a shallow clone a newer tag may be reachable but hidden behind the boundary: deepen while one is not.
        const newerHidden = best === undefined ? stable.length > 0 || shallow : stable.some((v) => semver_default().gt(v, best));
        if (!shallow || !newerHidden) {
            if (best === undefined && shallow) {
                await fetch(['--unshallow', '--no-tags', '--', remote], 'the full history (no release tag is reachable yet)');
                shallow = false;
                continue;
            }
            if (!best)
                return { allVersions, fetched };
            const tag = `${prefix}${best}`;
            const sha = (await run(git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}^{commit}`])).trim();
            return { tag, version: best, sha, allVersions, fetched };
        }
        const depth = DEEPEN[step];
        if (depth === undefined)
            await fetch(['--unshallow', '--no-tags', '--', remote], 'the full history');
        else
            await fetch([`--deepen=${depth}`, '--no-tags', '--', remote], `${depth} more commits`);
        shallow = await isShallow(git);
    }
}
/**
 * The commits after `since` up to HEAD (all of HEAD's history when undefined),
 * newest first, with parents and full messages: one `git log` process.
 */
async function commitsSince(git, since, head = 'HEAD') {
    const range = since ? `${since}..${head}` : head;
    const r = await git(['log', '-z', '--format=%H%x00%P%x00%B', '--end-of-options', range, '--']);
    if (r.code !== 0)
        throw new Error(`git log ${range} failed: ${r.stderr.trim()}`);
    const parts = r.stdout.toString('utf8').split('\0');
    const out = [];
    for (let i = 0; i + 2 < parts.length; i += 3) {
        out.push({ sha: parts[i].replace(/^\n/, ''), parents: parts[i + 1] === '' ? [] : parts[i + 1].split(' '), message: parts[i + 2] });
    }
    return out;
}
/**
 * The tag that already carries `version` (SemVer equality: `v1.5.0+build.3`
 * counts as 1.5.0), wherever it points, or undefined. A release tagged on
 * another branch is not the last release seen from HEAD, so the version
 * computed from HEAD's history can collide with it.
 */
async function publishedTag(git, prefix, version) {
    const tags = (await run(git, ['tag', '--list', '--', `${prefix}*`])).split('\n').filter((t) => t !== '');
    return tags.find((t) => {
        const v = t.slice(prefix.length);
        return /^\d/.test(v) && semver_default().valid(v) !== null && semver_default().eq(v, version);
    });
}
/**
 * findLastRelease followed by commitsSince, without the history walk of
 * `git tag --merged HEAD` in the usual case. In a full clone, the highest
 * stable tag is tried first: it is reachable from HEAD exactly when it is HEAD
 * or a parent of some commit in `tag..HEAD` (the child on the path from HEAD
 * to it is in that range), which the one `git log` of the range shows anyway.
 * Only when it is not (a release tagged on another branch) does this fall
 * back to the walk. A shallow clone always takes the fetching path.
 */
async function releaseRange(git, prefix, head) {
    // Both are local reads: asked together, the run waits for one git start instead of two. A shallow clone
    // lists the tags again after fetching them, so this listing (and any failure of it) is then unused.
    const listing = run(git, ['tag', '--list', '--', `${prefix}*`]);
    listing.catch(() => undefined);
    if (!(await isShallow(git))) {
        const allVersions = versionsFromTags((await listing).split('\n').filter((t) => t !== ''), prefix);
        const best = semver_default().rsort(allVersions.filter((v) => semver_default().prerelease(v) === null))[0];
        if (best === undefined)
            return { last: { allVersions, fetched: [] }, commits: await commitsSince(git, undefined, head) };
        const tag = `${prefix}${best}`;
        const sha = (await run(git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${tag}^{commit}`])).trim();
        const commits = await commitsSince(git, sha, head);
        if (sha === head || commits.some((c) => c.parents.includes(sha)))
            return { last: { tag, version: best, sha, allVersions, fetched: [] }, commits };
    }
    const last = await findLastRelease(git, prefix);
    return { last, commits: await commitsSince(git, last.sha, head) };
}
/**
 * Tags `<other prefix>X.Y.Z[-pre]` whose prefix is not `prefix`, highest
 * version first: what a repository's releases are tagged with when no tag
 * matches the configured prefix (`v2.0.0` while tag-prefix is `release-`).
 */
async function otherPrefixTags(git, prefix) {
    const out = [];
    for (const tag of (await run(git, ['tag', '--list'])).split('\n')) {
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

// EXTERNAL MODULE: ./packages/core/src/release/notes.ts
var release_notes = __webpack_require__(7978);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
// EXTERNAL MODULE: ./packages/core/src/release/plan.ts + 3 modules
var release_plan = __webpack_require__(7431);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/release/lock.ts





const SKIP = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__']);
/** Reads every file under `rel` (workspace-relative, POSIX) so it can be put back byte for byte. */
function snapshotDir(root, rel) {
    const out = new Map();
    const walk = (abs, r) => {
        for (const e of (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })) {
            const childRel = r === '.' ? e.name : `${r}/${e.name}`;
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), childRel);
            }
            else if (e.isFile())
                out.set(childRel, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(abs, e.name)));
        }
    };
    walk((0,workspace/* resolveInside */.LI)(root, rel, 'folder'), rel);
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
    const cwd = (0,workspace/* resolveInside */.LI)(root, dir, 'lock-command folder');
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
                ? new errors/* UserError */.yo(`lock-command '${argv[0]}' was not found (in ${dir})`, { hint: 'install it in an earlier step, or fix lock-command in the config', cliHint: 'install it (on PATH), or fix lock-command in the config' })
                : new errors/* UserError */.yo(`lock-command '${shown}' could not start in ${dir}: ${e.message}`, { hint: 'fix lock-command' }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                resolve({ dir, output });
            else {
                const why = timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : signal ? `was stopped (${signal})` : `exited with ${code}`;
                const err = new errors/* UserError */.yo(`lock-command '${shown}' ${why} in ${dir}; the workspace was restored`, {
                    hint: 'run it locally to see why; its output is in the log group above',
                });
                err.output = output;
                reject(err);
            }
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/release/run.ts














/** The trailer that marks the bot's release commit, so reruns can tell it from a human's. */
const GENERATED_TRAILER = 'Lockstep-Generated: prepare-release';
const MARKER = 'prepare-release';
async function run_text(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n')[0]}`);
    return r.stdout.toString('utf8').trim();
}
/**
 * Runs prepare-release: on a commit that merged a release PR it publishes
 * (tag + GitHub Release); otherwise it computes the next version and, unless
 * dry-run, opens or updates the one release PR.
 */
async function runRelease(s, deps) {
    // A fresh `git init`, an unborn branch or a bare repository: said as what it is, not as a git failure.
    const noHead = await (0,local_repo/* headProblem */.Y2)(deps.git, 'nothing to release');
    if (noHead)
        throw noHead;
    const head = await run_text(deps.git, ['rev-parse', '--verify', 'HEAD^{commit}']);
    // Planned from HEAD's committed files: a rerun in the same workspace computes the same release.
    const view = await committedView(deps.git, s.root, head, deps.env);
    checkFiles(s, view.read);
    if (!s.dryRun) {
        if (!deps.api || !deps.publish)
            throw new Error('prepare-release needs the GitHub client outside a dry run');
        const published = await detectRelease(s, deps, head);
        if (published)
            return publish(s, deps, head, published);
    }
    return prepare(s, deps, head, view);
}
/**
 * Reads and checks every file the release will edit (version file, packages,
 * pin tables, charts) before any fetch or API call, with a stand-in version
 * above any real one: a broken file fails the run before it touches the network.
 */
function checkFiles(s, read) {
    (0,release_plan/* planReleaseFiles */.sY)({ ...s, version: '999999.0.0', notes: '', read });
}
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
    const subject = await run_text(deps.git, ['log', '-1', '--format=%s', head, '--']);
    const m = /^chore\(release\): (\S+?)(?: \(#\d+\))?$/.exec(subject) ?? new RegExp(`^Merge pull request #\\d+ from \\S+?/${escapeRe(s.branchPrefix)}(\\S+)$`).exec(subject);
    if (m && semver_default().valid(m[1]) === m[1])
        return { version: m[1] };
    return undefined;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
async function publish(s, deps, head, found) {
    const api = deps.api;
    const tag = `${s.tagPrefix}${found.version}`;
    const changelog = transaction/* realFs */.Cr.readFile((0,workspace/* resolveInside */.LI)(s.root, 'CHANGELOG.md', 'CHANGELOG.md'));
    const notes = (changelog && (0,release_notes/* notesFromChangelog */.wF)(changelog, found.version)) ?? found.pull?.body ?? `Release ${found.version}\n`;
    const actions = [];
    // The release before this one, found before tagging (a rerun finds this release's tag on HEAD: the one below it).
    const prior = await findLastRelease(deps.git, s.tagPrefix);
    for (const f of prior.fetched)
        deps.log.info(`fetched ${f} (shallow checkout)`);
    const previousVersion = prior.version && semver_default().lt(prior.version, found.version)
        ? prior.version
        : semver_default().rsort(prior.allVersions.filter((v) => semver_default().prerelease(v) === null && semver_default().lt(v, found.version)))[0];
    const tagOutcome = await deps.publish.pushTag(tag, head, `Release ${found.version}`, s.committer);
    actions.push(tagOutcome === 'created' ? `Tagged ${head.slice(0, 7)} as ${tag} (annotated) and pushed it.` : `Tag ${tag} already exists on ${head.slice(0, 7)}.`);
    const existing = await api.getReleaseByTag(tag);
    let releaseCreated = false;
    if (existing)
        actions.push(`GitHub Release ${tag} already exists: ${existing.url}`);
    else {
        const r = await api.createRelease({ tag, name: tag, body: notes, prerelease: semver_default().prerelease(found.version) !== null, target: head });
        releaseCreated = r.outcome === 'created';
        actions.push(r.outcome === 'created' ? `Created the GitHub Release ${tag}: ${r.release.url}` : `GitHub Release ${tag} already exists: ${r.release.url}`);
    }
    const released = tagOutcome === 'created' || releaseCreated;
    if (!released)
        actions.push('Nothing to do: this release is already tagged and published.');
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
    };
}
async function prepare(s, deps, head, view) {
    const { last, commits: raw } = await releaseRange(deps.git, s.tagPrefix, head);
    for (const f of last.fetched)
        deps.log.info(`fetched ${f} (shallow checkout)`);
    const analysis = analyzeCommits(raw);
    // The version file's version is a floor: no tag (a repository adopting lockstep) starts from it.
    const fileVersion = (0,release_plan/* readVersionFile */.fb)(view.read(s.versionFile), s.versionFile);
    let from = last.version;
    let previousNote;
    if (!last.tag && s.version === undefined && fileVersion && semver_default().prerelease(fileVersion) === null && semver_default().gt(fileVersion, s.initialVersion)) {
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
        const others = await otherPrefixTags(deps.git, s.tagPrefix);
        if (others.length > 0) {
            const [top] = others;
            const shown = others.slice(0, 3).map((o) => o.tag).join(', ');
            const prefixName = top.prefix === '' ? "''" : top.prefix;
            const what = `no tag matches ${s.tagPrefix}X.Y.Z; found ${shown} — did you mean tag-prefix: ${prefixName}?`;
            // Those tags are this repository's releases when one names the version file's version, or when the
            // computed version would fall below them; tags of something else (e.g. chart-releaser's myapp-0.13.0) only warn.
            const mine = others.some((o) => (fileVersion !== undefined && semver_default().eq(o.version, fileVersion)) || (next.version !== undefined && semver_default().lt(next.version, o.version)));
            if (mine)
                throw new errors/* UserError */.yo(`${what} Nothing was edited or pushed`, {
                    hint: `set tag-prefix: ${prefixName} (config or input), or give the version input to start the ${s.tagPrefix}X.Y.Z series`,
                });
            warnings.push(`${what} (they look like another component's tags: releasing from ${previousNote ? `${s.versionFile}'s ${fileVersion}` : 'the initial version'})`);
        }
    }
    if (next.version && fileVersion && semver_default().lt(next.version, fileVersion)) {
        throw new errors/* UserError */.yo(`the next version ${next.version} is below ${fileVersion} in the version file; nothing was edited or pushed`, {
            file: s.versionFile,
            line: 1,
            hint: last.tag
                ? `tag the release ${fileVersion} (${s.tagPrefix}${fileVersion}) if it was made, or give the version input (${fileVersion} or above)`
                : `give the version input (${fileVersion} or above), or fix ${s.versionFile}`,
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
        base.actions.push(`Nothing to release: none of the ${raw.length} commit(s) since ${last.tag ?? 'the first commit'} is a feat, fix, perf, revert or breaking change.`);
        return base;
    }
    const version = next.version;
    // Case 32: never prepare a version that is already tagged (a release made from another branch, an explicit
    // version, or the same version with other build metadata). A published GitHub Release always has its tag.
    const taken = await publishedTag(deps.git, s.tagPrefix, version);
    if (taken) {
        const at = await run_text(deps.git, ['rev-parse', '--verify', '--end-of-options', `refs/tags/${taken}^{commit}`]);
        throw new errors/* UserError */.yo(`version ${version} is already published: tag ${taken} exists (on ${at.slice(0, 12)}); nothing was edited or pushed`, {
            hint: s.version !== undefined ? `give a version input above every tagged version` : `give a version input above ${taken.slice(s.tagPrefix.length)}, or release from the branch that carries ${taken}`,
        });
    }
    const notes = (0,release_notes/* renderNotes */.IE)(analysis.commits, { version, previous: last.version, tagPrefix: s.tagPrefix, serverUrl: s.serverUrl, repository: s.repository, date: s.date });
    const read = view.read;
    const plan = (0,release_plan/* planReleaseFiles */.sY)({
        version,
        versionFile: s.versionFile,
        packages: s.packages,
        pins: s.pins,
        charts: s.charts,
        allCharts: s.allCharts,
        chartVersionPolicy: s.chartVersionPolicy,
        changelog: s.changelog,
        notes,
        date: s.date,
        read,
    });
    const ignored = view.ignored();
    if (ignored.length > 0)
        deps.log.info(`planned from HEAD's committed files; uncommitted changes to ${ignored.join(', ')} are ignored`);
    const result = { ...base, version, notes, rows: plan.rows, lockDirs: s.lockCommand ? plan.lockDirs : [], warnings: [...warnings, ...plan.warnings] };
    const branch = `${s.branchPrefix}${version}`;
    result.branch = branch;
    if (s.dryRun) {
        result.changes = (0,transaction/* applyEdits */.ct)(s.root, plan.edits, { dryRun: true, fs: view.fs }).changes;
        if (s.lockCommand && plan.lockDirs.length > 0)
            result.actions.push(`Would run ${s.lockCommand.join(' ')} in ${plan.lockDirs.join(', ')}.`);
        result.actions.push(`Dry run: ${result.changes.length} file(s) would change for ${version}; nothing was written, pushed or called.`);
        return result;
    }
    const api = deps.api;
    const git = deps.publish;
    if (!s.base)
        throw new errors/* UserError */.yo('base is required in detached HEAD', { hint: "set input 'base' to the branch releases are made from (e.g. main)" });
    const open = await api.findOpenPulls({ branchPrefix: s.branchPrefix, base: s.base });
    const frozen = open.find((p) => p.labels.includes(s.freezeLabel));
    if (frozen) {
        result.mode = 'nothing';
        result.pr = { number: frozen.number, url: frozen.url };
        result.branch = frozen.head;
        result.actions.push(`Release PR #${frozen.number} carries the '${s.freezeLabel}' label: it is left alone and no new release PR is opened. Remove the label to let prepare-release update it.`);
        return result;
    }
    // Write, run the lock command, read back what the commit must hold; any failure puts every byte back.
    const { files, changes, restore } = await writeAndLock(s, deps, plan.edits, plan.lockDirs, view);
    result.changes = changes;
    result.mode = 'pull-request';
    // From here on the workspace holds the release; it is put back as it was when the run ends, whatever
    // the outcome: the release lives on its branch, and later steps (or a retry) see the checkout.
    try {
        const message = `chore(release): ${version}\n\n${GENERATED_TRAILER}\n`;
        const commit = await git.commitFiles({ parent: head, files, message, author: s.author, committer: s.committer, stampTree: true });
        const { pushed, conflict } = await pushReleaseBranch(s.base, deps.git, git, { head, branch, commit }, result.actions);
        await handOverToPull(api, { base: s.base, labels: s.labels }, { version, notes, rows: plan.rows, branch, open, conflict, pushed }, result);
        return result;
    }
    finally {
        restore();
    }
}
/**
 * Puts the release commit on `branch`: after checking the base has not moved
 * since the checkout, a branch whose release commit already matches is left
 * as is, commits pushed on top of it are re-applied onto the new one, and the
 * push goes with a lease, retried when another push raced it. A release
 * commit amended by hand, or a commit that no longer applies, is a conflict:
 * the branch is left alone. Each outcome is said in `actions`.
 */
async function pushReleaseBranch(base, spawn, git, { head, branch, commit }, actions) {
    const tree = (sha) => run_text(spawn, ['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`]);
    const parent = (sha) => run_text(spawn, ['rev-parse', '--verify', '--end-of-options', `${sha}^`]);
    let pushed = false;
    let conflict;
    for (let attempt = 1;; attempt++) {
        // The base moved since the checkout. Recomputing here would be wrong: the workspace (the files the plan
        // read, the charts found, the config, and what the lock command resolved) is a checkout of the old base,
        // so a release commit on the new tip would carry old-base bytes over the new commits. Checking the new tip
        // out would change the workspace under the job's later steps. The run for the new tip computes from the
        // right files, so this one fails saying so; the caller restores the workspace first.
        const baseTip = await git.fetchBranch(base);
        if (baseTip && baseTip !== head) {
            throw new errors/* UserError */.yo(`base moved: ${base} is at ${baseTip.slice(0, 7)} now, this run checked out ${head.slice(0, 7)}; nothing was pushed, no pull request touched, and the workspace is restored`, {
                hint: `a release commit for ${baseTip.slice(0, 7)} cannot be built from a checkout of ${head.slice(0, 7)} (its files and lock-command output belong to the old base): the run for ${baseTip.slice(0, 7)} prepares the release PR (give the workflow a concurrency group so it runs next), or rerun this workflow on the newest ${base}`,
                cliHint: `bring ${base} up to date (git pull), then run lockstep release --push again`,
            });
        }
        const tip = await git.fetchBranch(branch);
        let target = commit;
        if (tip) {
            const { generated, after, amended } = await git.commitsAfterGenerated(head, tip, GENERATED_TRAILER);
            if (amended && generated) {
                // Hand edits inside the release commit itself cannot be re-applied: regenerating would drop them.
                conflict = { commit: generated, subject: `chore(release) commit amended by hand`, files: [] };
                actions.push(`The release commit on ${branch} was amended by hand: the branch and PR are left as they are.`);
                break;
            }
            const same = generated !== undefined && (await parent(generated)) === head && (await tree(generated)) === (await tree(commit));
            if (same) {
                actions.push(after.length > 0 ? `Branch ${branch} is current (its release commit matches; ${after.length} commit(s) pushed on top of it are kept).` : `Branch ${branch} is already up to date: nothing pushed.`);
                break;
            }
            if (after.length > 0) {
                const replay = await git.replayCommits(commit, after);
                if (!replay.ok) {
                    conflict = replay;
                    actions.push(`Commit ${replay.commit.slice(0, 7)} on ${branch} conflicts with the regenerated release commit (${replay.files.join(', ')}): the branch and PR are left as they are.`);
                    break;
                }
                target = replay.head;
            }
        }
        const r = await git.pushBranch(branch, target, tip);
        if (r.ok) {
            pushed = true;
            actions.push(tip ? `Regenerated the release commit on ${branch} and pushed it with a lease${target !== commit ? ' (commits pushed on top of it were re-applied)' : ''}.` : `Pushed ${branch}.`);
            break;
        }
        // A stale lease, or a rejection because another push updated the branch at the same moment (the
        // server's ref lock): look again. Anything else (protected branch, hook) is final.
        const raced = r.reason === 'stale' || (await git.fetchBranch(branch)) !== tip;
        if (!raced || attempt >= 3)
            throw new errors/* UserError */.yo(`pushing ${branch} failed: ${r.detail}`, { hint: raced ? 'someone else is pushing to the release branch; run again' : 'check branch protection and push rules for the release branch' });
    }
    return { pushed, conflict };
}
/**
 * The pull request side of a release: on a conflict, a comment on the open
 * release PR saying what conflicted and how to resolve it; otherwise the PR
 * opened or updated, and release PRs for other versions closed with a
 * pointer to it and their branches deleted. Sets `result.pr` and its actions.
 */
async function handOverToPull(api, s, { version, notes, rows, branch, open, conflict, pushed }, result) {
    const title = `chore(release): ${version}`;
    const body = prBody(version, notes, rows, branch);
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
            throw e instanceof errors/* UserError */.yo ? new errors/* UserError */.yo(`${e.message}${note}`, { hint: e.hint }) : Object.assign(e, { message: `${e.message}${note}` });
        }
        throw e;
    }
    const { pull, outcome } = upserted;
    result.pr = { number: pull.number, url: pull.url };
    result.actions.push(outcome === 'created' ? `Opened release PR #${pull.number}.` : outcome === 'updated' ? `Updated release PR #${pull.number}.` : `Release PR #${pull.number} is unchanged.`);
    for (const stale of open.filter((p) => p.head !== branch)) {
        await api.closePull(stale.number, `Superseded by #${pull.number} (${pull.url}): the next version is now ${version}. Branch \`${stale.head}\` is deleted.`);
        await api.deleteBranch(stale.head);
        result.actions.push(`Closed stale release PR #${stale.number} (${stale.head}) with a comment pointing to #${pull.number}, and deleted its branch.`);
    }
    if (!pushed && outcome === 'unchanged' && !conflict && result.actions.length > 0)
        result.actions.push('Nothing changed: idempotent rerun.');
}
/**
 * Writes the planned edits, runs the lock command in each folder whose pins
 * changed, and returns the final contents of every file the commit must
 * hold. On any failure every touched file is put back byte for byte.
 */
async function writeAndLock(s, deps, edits, lockDirs, view) {
    // The changes from HEAD's files; what is written is each file's planned text over what the work tree holds.
    const plan = (0,transaction/* applyEdits */.ct)(s.root, edits, { dryRun: true, fs: view.fs });
    const writes = plan.changes
        .map((c) => ({ path: c.path, before: transaction/* realFs */.Cr.readFile((0,workspace/* resolveInside */.LI)(s.root, c.path, c.path)), after: c.after }))
        .filter((c) => c.before !== c.after);
    const dirs = s.lockCommand ? lockDirs : [];
    const snapshots = new Map(dirs.map((d) => [d, snapshotDir(s.root, d)]));
    (0,transaction/* commitChanges */.PT)(s.root, writes);
    let restored = false;
    const restore = () => {
        if (restored)
            return;
        restored = true;
        for (const [d, snap] of snapshots)
            restoreDir(s.root, d, snap);
        (0,transaction/* commitChanges */.PT)(s.root, writes.filter((c) => c.before !== undefined).map((c) => ({ path: c.path, before: c.after, after: c.before })));
        for (const c of writes)
            if (c.before === undefined)
                transaction/* realFs */.Cr.unlink((0,workspace/* resolveInside */.LI)(s.root, c.path, c.path));
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
            const abs = (0,workspace/* resolveInside */.LI)(s.root, p, p);
            return { path: `${prefix}${p}`, content: (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.readFileSync)(abs) : null };
        });
        return { files, changes: plan.changes, restore };
    }
    catch (e) {
        restore();
        throw e;
    }
}
/**
 * The release PR's body: the notes and a table of every file and version changed. Paths, pins and
 * versions come from the repository's files: escaped. The notes are Markdown on purpose (commit text
 * in them is escaped by renderNotes); inertNotes keeps raw HTML and images out of them all the same.
 */
function prBody(version, notes, rows, branch) {
    const cell = markdown/* escapeTableCell */.aL;
    const table = ['| File | What | From | To |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${(0,markdown/* codeSpan */.SS)(r.file, true)} | ${cell(r.what)} | ${cell(r.from)} | ${cell(r.to)} |`)].join('\n');
    return [
        `<!-- lockstep:${MARKER} -->`,
        `:robot: Release **${(0,markdown/* escapeMarkdown */.FV)(version)}**, prepared by lockstep prepare-release. Merging this PR tags the release and publishes the GitHub Release.`,
        '',
        (0,markdown/* inertNotes */.EH)(notes.trim()),
        '',
        '### Files',
        '',
        table,
        '',
        `Commits pushed to ${(0,markdown/* codeSpan */.SS)(branch)} are kept when this PR is regenerated.`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 4293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   oB: () => (/* binding */ nodeAt)
/* harmony export */ });
/* unused harmony export duplicateKey */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1196);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7812);



/**
 * Parses one YAML document, keeping line numbers. Syntax errors and duplicate
 * keys are UserErrors naming file:line; several documents are refused unless
 * `allowMulti` (then the first is returned).
 */
function parseYaml(text, file, opts = {}) {
    // The yaml package's own uniqueKeys check compares each key with every earlier key of its map:
    // 40,000 keys took 15 s. Keys are checked here instead, one set per map (duplicateKey).
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    const lineAt = lineIndex(text);
    for (const d of list) {
        const err = d.errors[0];
        const dup = err ? undefined : duplicateKey(d.contents);
        if (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, { file, line: lineAt(err.pos[0]), hint: 'fix the YAML syntax' });
        }
        if (dup !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`duplicate key${keyNear(text, dup)} — YAML keeps only one of them`, { file, line: lineAt(dup), hint: 'remove one of the duplicate keys' });
        }
    }
    if (list.length > 1 && !opts.allowMulti) {
        const second = list[1];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the file holds more than one YAML document', {
            file,
            line: lineAt(second.range[0]),
            hint: 'keep a single document (no --- separators between documents)',
        });
    }
    // An empty or comments-only file holds no document at all: read it as one empty document (contents null).
    const doc = (list[0] ?? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text));
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                const id = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? scalarId(key.value) : key;
                if (seen.has(id)) {
                    const at = key?.range?.[0] ?? pair.value?.range?.[0];
                    if (at !== undefined && (first === undefined || at < first))
                        first = at;
                }
                seen.add(id);
                stack.push(pair.key, pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return undefined;
        if (typeof key === 'number') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                return undefined;
            node = node.items[key];
        }
        else {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                return undefined;
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is not a plain value`, { file: parsed.file, line, hint: 'write it as a string' });
    if (node.value === null && node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && (node.source ?? '') === '')
        return undefined;
    const source = node.range ? parsed.text.slice(node.range[0], node.range[1]) : String(node.value);
    if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN) {
        const t11 = (0,_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml11Type */ .Ax)(source);
        const t12 = (0,_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml12Type */ .lo)(source);
        if (t11 !== 'str' || t12 !== 'str') {
            const kind = t11 !== 'str' ? t11 : t12;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`, {
                file: parsed.file,
                line,
                hint: `quote it: "${source}"`,
            });
        }
    }
    return { value: String(node.value), line, node };
}


/***/ }),

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ yaml11Type),
/* harmony export */   _O: () => (/* binding */ doubleQuote),
/* harmony export */   aj: () => (/* binding */ isPlainSafe),
/* harmony export */   lo: () => (/* binding */ yaml12Type),
/* harmony export */   nI: () => (/* binding */ singleQuote),
/* harmony export */   zN: () => (/* binding */ plainReadsAsString)
/* harmony export */ });
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


/***/ })

};

export const id = 3652;
export const ids = [3652,7135,6744];
export const modules = {

/***/ 95997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ skippedLine),
/* harmony export */   MV: () => (/* binding */ selectCharts),
/* harmony export */   SA: () => (/* binding */ chartChoice),
/* harmony export */   Ts: () => (/* binding */ ignoredEntries),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   kk: () => (/* binding */ unmatchedEntries),
/* harmony export */   pg: () => (/* binding */ uncoveredCharts),
/* harmony export */   refuseUnmatchedConfigEntries: () => (/* binding */ refuseUnmatchedConfigEntries),
/* harmony export */   unmatchedConfigEntries: () => (/* binding */ unmatchedConfigEntries)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17892);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88225);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7135);




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
    return dirs.filter((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)(choice.entries.map((e) => e.pattern))).sort();
}
/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
function unmatchedEntries(entries, dirs, hintOf) {
    return entries.flatMap((e) => {
        if (dirs.some((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)([e.pattern])))
            return [];
        const text = e.written ?? e.pattern;
        // The pattern's likely meaning (`chart/*` → `charts/*`), as the check says it (charts/suggest.ts).
        const folders = [...new Set(dirs.flatMap((d) => d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
        const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestPattern */ .$)((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePattern */ .eP)(e.pattern), folders, (p) => dirs.some((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)([p])));
        const hint = hintOf?.(e) ??
            (e.file !== undefined || e.key !== undefined
                ? `${guess ? `did you mean ${guess}? ` : ''}fix \`${e.key ?? 'charts'}:\` in the config (paths or globs relative to the working directory)`
                : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${guess ? `did you mean ${guess}? ` : ''}fix ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .theInput */ .y8)(e.input ?? 'charts')} (paths or globs relative to working-directory)`);
        return [
            new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`chart '${text}' matches no folder holding a Chart.yaml`, {
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(unmatchedConfigEntries(config, lineOf, (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__.findCharts)((0,_tree_js__WEBPACK_IMPORTED_MODULE_3__.listChartFiles)(workdir))));
}
/** The chart folders of `dirs` that no entry of a `patterns` choice covers and no `charts-ignore:` entry excludes. */
function uncoveredCharts(dirs, choice, ignored) {
    if (choice.kind !== 'patterns')
        return [];
    const covered = (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)(choice.entries.map((e) => e.pattern));
    const ignoredDir = ignored.length > 0 ? (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)(ignored.map((e) => e.pattern)) : () => false;
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


/***/ }),

/***/ 88225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ suggestPattern)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24619);
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
        if (!names || names.has(s) || picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(s).isGlob)
            return s;
        const n = (0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .p)(s, names);
        if (n === undefined)
            return s;
        changed = true;
        return n;
    });
    const candidate = fixed.join('/');
    if (changed && matchesSomething(candidate))
        return candidate;
    if (picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(pattern).isGlob)
        return undefined;
    const whole = (0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .p)(pattern, paths);
    return whole !== pattern ? whole : undefined;
}


/***/ }),

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listChartFiles: () => (/* binding */ listChartFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const SKIP = new Set(['.git', 'node_modules']);
/**
 * Every Chart.yaml under `root` as POSIX paths relative to it, for
 * findCharts. Symbolic links are not followed (a chart reached through one
 * could lie outside the workspace), and `.git` and `node_modules` are skipped.
 * With `linked`, the chart folders reached only through a symbolic link (a
 * linked Chart.yaml, or a linked folder holding one) are collected there, so a
 * caller can name the refused link instead of saying no chart matched.
 */
function listChartFiles(root, linked) {
    const out = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
            }
            else if (e.isFile() && e.name === 'Chart.yaml')
                out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
            else if (linked && e.isSymbolicLink()) {
                const path = rel ? `${rel}/${e.name}` : e.name;
                if (e.name === 'Chart.yaml')
                    linked.push(rel || '.');
                else if (!SKIP.has(e.name) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name, 'Chart.yaml')))
                    linked.push(path);
            }
        }
    };
    walk(root, '');
    return out.sort();
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

/***/ 40001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ ObjectTooLarge),
/* harmony export */   n: () => (/* binding */ ObjectReader)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);


/** A read refused because the object is larger than the reader was allowed to load. */
class ObjectTooLarge extends Error {
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_NO_HOOKS */ .YH, 'cat-file', '--batch'], {
            cwd,
            env: { ...env, ..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_ENV */ .NV },
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
                this.queue.shift().reject(new ObjectTooLarge(m[1], size, limit));
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


/***/ }),

/***/ 41150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ loadComparison),
/* harmony export */   Ss: () => (/* binding */ resolveRange),
/* harmony export */   Tm: () => (/* binding */ treeSides),
/* harmony export */   n1: () => (/* binding */ followLinks)
/* harmony export */ });
/* unused harmony export MAX_CHART_FILE_BYTES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63164);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _cat_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40001);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57850);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90669);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58162);







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
    const git = (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .asRepo */ .lU)(spawner);
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
            if ((0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isCommitId */ .jh)(ref))
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
            .then((c) => c ?? ((0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isCommitId */ .jh)(ref) ? undefined : reader.commit(`refs/remotes/${remote}/${ref.replace(new RegExp(`^${remote}/`), '')}`)));
        [base, head] = await Promise.all([base ?? again(req.base), head ?? again(req.head)]);
        if (refresh)
            tip = got.tip;
    }
    if (!head)
        throw missing(req.headLabel, req.head);
    if (!base)
        throw missing(req.baseLabel, req.base);
    let mb = await (0,_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeBase */ .wu)(git, base, head);
    if (!mb && (await isShallow())) {
        for (const step of [..._spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .DEEPEN_STEPS */ .Ej, 0]) {
            const how = step === 0 ? ['--unshallow'] : [`--deepen=${step}`];
            const r = await git([..._spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .GIT_FETCH */ .SG, '--quiet', '--no-tags', ...how, '--', remote, base, head]);
            if (r.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot find the merge base of ${short(base)} and ${short(head)}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(r.stderr)})`, {
                    hint: FETCH_DEPTH_HINT,
                    cliHint: FETCH_HINT,
                });
            fetched.push(step === 0 ? 'fetched the full history' : `deepened history by ${step} commits`);
            mb = await (0,_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeBase */ .wu)(git, base, head);
            if (mb || step === 0)
                break;
            if (!(await isShallow()))
                break;
        }
    }
    if (!mb)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${req.baseLabel} ${short(base)} and ${req.headLabel} ${short(head)} share no history`, {
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
        ..._spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .GIT_FETCH */ .SG,
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
    const notes = got.length > 0 ? [`fetched ${got.map(short).join(', ')} from ${remote}`] : [];
    if (!refresh)
        return { notes };
    const { branch, before } = refresh;
    if (tipFailure !== undefined) {
        const where = before
            ? `compared with the local ${remote}/${branch} ${short(before)}, which may be stale`
            : 'the base branch tip was not compared';
        return { notes: [...notes, `could not refresh ${remote}/${branch} (${firstLine(tipFailure)}); ${where}`], tip: before };
    }
    const after = await reader.commit(refresh.ref);
    if (after && after !== before)
        notes.push(before ? `refreshed ${remote}/${branch} from ${short(before)} to ${short(after)}` : `fetched ${branch} from ${remote}`);
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
    const what = (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isCommitId */ .jh)(ref) ? `commit ${ref}` : `ref '${ref}'`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`: ${what} does not exist in this repository or on origin`, {
        input: label,
        hint: (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isCommitId */ .jh)(ref) ? FETCH_DEPTH_HINT : `set '${label}' to an existing branch, tag or commit`,
        cliHint: (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isCommitId */ .jh)(ref) ? FETCH_HINT : `pass --${label} with an existing branch, tag or commit`,
    });
}
function short(ref) {
    return (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .isCommitId */ .jh)(ref) ? ref.slice(0, 12) : ref.replace(/^\+?refs\/(?:heads|tags)\/([^:]+):.*$/, '$1');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`: '${ref}' is not a ref or commit`, { input: label, hint: 'use a branch, tag or commit sha' });
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
        (0,_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .diffSinceMergeBase */ .$$)(git, req.base, req.head),
        (0,_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .listPathsAndLinks */ .zf)(git, req.head).catch(() => undefined),
        tipCommit,
        fresh,
    ]);
    if (base && head && changes && headPaths) {
        let baseTip = tip;
        const fetched = [];
        if (!tipFresh) {
            // Only the tip is absent or stale: it alone is fetched.
            const shallow = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .asRepo */ .lU)(git).isShallow();
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
    const [diff, listing] = await Promise.all([(0,_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .diffSinceMergeBase */ .$$)(git, range.mergeBase, range.head), (0,_objects_js__WEBPACK_IMPORTED_MODULE_4__/* .listPathsAndLinks */ .zf)(git, range.head)]);
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
                throw e instanceof _cat_file_js__WEBPACK_IMPORTED_MODULE_3__/* .ObjectTooLarge */ .X ? tooLarge(path, e.size) : e;
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
const MAX_CHART_FILE_BYTES = 5 * 1024 * 1024;
function tooLarge(path, size) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the file is ${(size / (1024 * 1024)).toFixed(1)} MiB; Helm refuses chart files over 5 MiB, so lockstep does not read it`, {
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
            const joined = target.startsWith('/') ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(link), target));
            if (joined === undefined || joined === '..' || joined.startsWith('../'))
                return { escapes: link, target };
            p = [joined === '.' ? '' : joined, ...parts.slice(k)].filter((x) => x !== '').join('/');
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path} passes through more than ${MAX_LINK_HOPS} symbolic links (a loop)`, {
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
                return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${r.escapes} is a symbolic link to ${r.target}, outside the repository: helm package would pack a file this check cannot see`, {
                    file: r.escapes,
                    hint: 'replace the link with the file, or point it inside the repository',
                }));
            return sides.readFile(side, r.path);
        },
    };
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


/***/ })

};

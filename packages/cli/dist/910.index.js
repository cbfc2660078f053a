export const id = 910;
export const ids = [910];
export const modules = {

/***/ 5076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ renderDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5725);
/* harmony import */ var _text_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3603);


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
function trimmedPatch(path, before, after, context) {
    const a = lines(before);
    const b = lines(after);
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
        suffix++;
    const skip = Math.max(0, prefix - context);
    const keepEnd = Math.max(0, suffix - context);
    // Lines only added (release notes on top of a changelog) or only removed: the hunk is known without a diff.
    // Texts without a final newline go through structuredPatch, which marks that line.
    const pure = prefix + suffix === a.length || prefix + suffix === b.length;
    if (pure && (before === '' || before.endsWith('\n')) && (after === '' || after.endsWith('\n'))) {
        const bare = (l) => l.slice(0, -1);
        const ctxBefore = a.slice(skip, prefix).map((l) => ` ${bare(l)}`);
        const removed = a.slice(prefix, a.length - suffix).map((l) => `-${bare(l)}`);
        const added = b.slice(prefix, b.length - suffix).map((l) => `+${bare(l)}`);
        const ctxAfter = b.slice(b.length - suffix, b.length - keepEnd).map((l) => ` ${bare(l)}`);
        const old = ctxBefore.length + removed.length + ctxAfter.length;
        const neu = ctxBefore.length + added.length + ctxAfter.length;
        return {
            hunks: [
                { oldStart: skip + 1, oldLines: old, newStart: skip + 1, newLines: neu, lines: [...ctxBefore, ...removed, ...added, ...ctxAfter] },
            ],
        };
    }
    const aMid = a.slice(skip, a.length - keepEnd);
    const bMid = b.slice(skip, b.length - keepEnd);
    const hunks = [];
    // Each piece is [from, to) on both sides; the whole middle when the sides differ in length.
    for (const [from, to] of segments(aMid, bMid, context) ?? [[0, undefined]]) {
        const patch = (0,diff__WEBPACK_IMPORTED_MODULE_1__/* .structuredPatch */ .YB)(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
        for (const h of patch.hunks)
            hunks.push({ ...h, oldStart: h.oldStart + skip + from, newStart: h.newStart + skip + from });
    }
    return { hunks };
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
    if (cuts.length === 0)
        return undefined;
    const inA = new Set(a);
    const inB = new Set(b);
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i] && (inB.has(a[i]) || inA.has(b[i])))
            return undefined;
    return [...cuts, a.length].map((to, k) => [k === 0 ? 0 : cuts[k - 1], to]);
}
/**
 * A unified diff of the changes, as `git diff` prints it, with every line
 * indented by two spaces and passed through escapeForLog (`::` after white space and
 * `##[` broken up), so no line of file content is read by the runner as a workflow command. Carriage returns are
 * shown as `␍` so CRLF files stay visible and the log stays one line per line.
 */
function renderDiff(changes, context = 3) {
    const out = [];
    for (const c of changes) {
        if (c.before === c.after)
            continue;
        const patch = trimmedPatch(c.path, c.before ?? '', c.after, context);
        out.push(`--- ${c.before === undefined ? '/dev/null' : `a/${c.path}`}`);
        out.push(`+++ b/${c.path}`);
        for (const h of patch.hunks) {
            // An empty range names the line before it, as git and GNU diff print it: a new file is `@@ -0,0 +1,N @@`.
            out.push(`@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`);
            for (const l of h.lines)
                out.push(l);
        }
    }
    // The runner trims leading whitespace before it looks for `::`, so indenting alone does not stop a context
    // line like ` ::warning::x`: every line also goes through escapeForLog.
    return out.map((l) => (0,_text_log_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForLog */ .z)(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`)).join('\n');
}


/***/ }),

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ loadComparison),
/* harmony export */   Ss: () => (/* binding */ resolveRange),
/* harmony export */   Tm: () => (/* binding */ treeSides),
/* harmony export */   n1: () => (/* binding */ followLinks)
/* harmony export */ });
/* unused harmony exports refreshTip, MAX_CHART_FILE_BYTES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7850);



const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const DEEPEN_STEPS = [64, 512, 4096];
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout (or fetch the commit before this step)';
/** The same fix from a terminal. */
const FETCH_HINT = 'fetch the commit (git fetch origin <sha>, or git fetch --unshallow in a shallow clone)';
/**
 * Resolves base and head to commits and finds their merge base. In a shallow
 * clone (actions/checkout's default `fetch-depth: 1`) it fetches a missing
 * commit by sha, the base branch tip, and deepens history until the merge base
 * is found; where that is impossible it fails naming the commit instead of
 * comparing against the wrong tree. A full clone costs no fetch at all.
 */
async function resolveRange(git, reader, req) {
    const remote = req.remote ?? 'origin';
    const fetched = [];
    const tipRef = req.baseBranch ? `refs/remotes/${remote}/${req.baseBranch}` : undefined;
    let [base, head, tip] = await Promise.all([reader.commit(req.base), reader.commit(req.head), tipRef ? reader.commit(tipRef) : undefined]);
    let shallow;
    const isShallow = async () => (shallow ??= (await git(['rev-parse', '--is-shallow-repository'])).stdout.toString().trim() === 'true');
    if (!base || !head || (tipRef && !tip)) {
        // Each want is a refspec and, for a name, a tag refspec to try when no branch has that name.
        const wants = [];
        const add = (ref) => {
            if (SHA.test(ref))
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
        if (tipRef && !tip)
            add(req.baseBranch);
        if (wants.length > 0) {
            const depth = (await isShallow()) ? ['--depth=64'] : [];
            const fetch = (specs) => git(['fetch', '--quiet', '--no-tags', ...depth, '--', remote, ...specs]);
            const got = [];
            if ((await fetch(wants.map((w) => w[0]))).code === 0)
                got.push(...wants.map((w) => w[0]));
            else {
                // One missing ref fails the whole fetch: fetch one by one, so the error names the input that is wrong.
                for (const [spec, tag] of wants) {
                    if ((await fetch([spec])).code === 0)
                        got.push(spec);
                    else if (tag && (await fetch([tag])).code === 0)
                        got.push(tag);
                }
            }
            if (got.length > 0)
                fetched.push(`fetched ${got.map(short).join(', ')} from ${remote}`);
            reader.close();
            const again = (ref) => reader
                .commit(ref)
                .then((c) => c ?? (SHA.test(ref) ? undefined : reader.commit(`refs/remotes/${remote}/${ref.replace(new RegExp(`^${remote}/`), '')}`)));
            [base, head, tip] = await Promise.all([
                base ?? again(req.base),
                head ?? again(req.head),
                tipRef ? (tip ?? reader.commit(tipRef)) : undefined,
            ]);
        }
    }
    if (!head)
        throw missing(req.headLabel, req.head);
    if (!base)
        throw missing(req.baseLabel, req.base);
    let mb = await (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeBase */ .wu)(git, base, head);
    if (!mb && (await isShallow())) {
        for (const step of [...DEEPEN_STEPS, 0]) {
            const how = step === 0 ? ['--unshallow'] : [`--deepen=${step}`];
            const r = await git(['fetch', '--quiet', '--no-tags', ...how, '--', remote, base, head]);
            if (r.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot find the merge base of ${short(base)} and ${short(head)}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(r.stderr)})`, {
                    hint: FETCH_DEPTH_HINT,
                    cliHint: FETCH_HINT,
                });
            fetched.push(step === 0 ? 'fetched the full history' : `deepened history by ${step} commits`);
            mb = await (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeBase */ .wu)(git, base, head);
            if (mb || step === 0)
                break;
            shallow = undefined;
            if (!(await isShallow()))
                break;
        }
    }
    if (!mb)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${req.baseLabel} ${short(base)} and ${req.headLabel} ${short(head)} share no history`, {
            hint: `set ${req.baseLabel} to the branch the pull request merges into`,
        });
    return { base, head, mergeBase: mb, baseTip: tip && tip !== base ? tip : undefined, fetched };
}
function missing(label, ref) {
    const what = SHA.test(ref) ? `commit ${ref}` : `ref '${ref}'`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input '${label}': ${what} does not exist in this repository or on origin`, {
        hint: SHA.test(ref) ? FETCH_DEPTH_HINT : `set '${label}' to an existing branch, tag or commit`,
        cliHint: SHA.test(ref) ? FETCH_HINT : `pass --${label} with an existing branch, tag or commit`,
    });
}
function short(ref) {
    return SHA.test(ref) ? ref.slice(0, 12) : ref.replace(/^\+?refs\/(?:heads|tags)\/([^:]+):.*$/, '$1');
}
function firstLine(s) {
    return s.trim().split('\n')[0] || 'no output';
}
/**
 * Resolves the range and lists what changed with as few processes as
 * possible: in a clone that has both commits, three git processes run side by
 * side (object lookups, `git diff --raw base...head`, `git ls-tree
 * --name-only` of head), next to the refresh of the base branch tip (when
 * there is a base branch). Anything missing falls back to resolveRange, which
 * fetches, and then the same two listings run again.
 */
async function loadComparison(git, reader, req) {
    for (const [label, ref] of [
        [req.baseLabel, req.base],
        [req.headLabel, req.head],
    ]) {
        if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input '${label}': '${ref}' is not a ref or commit`, { hint: 'use a branch, tag or commit sha' });
    }
    const remote = req.remote ?? 'origin';
    // The base branch tip only counts once refreshed: on a reused self-hosted
    // workspace the local origin/<base> may be weeks old (actions/checkout only
    // fetches the pull request's ref). The fetch runs beside the listings.
    const tipping = req.baseBranch ? refreshTip(git, remote, req.baseBranch) : Promise.resolve(undefined);
    const [base, head, changes, headPaths, fresh] = await Promise.all([
        reader.commit(req.base),
        reader.commit(req.head),
        (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .diffSinceMergeBase */ .$$)(git, req.base, req.head),
        (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .listPathsAndLinks */ .zf)(git, req.head).catch(() => undefined),
        tipping,
    ]);
    // New objects arrived: the running cat-file may not see them.
    if (fresh?.moved)
        reader.close();
    const tip = fresh?.tip;
    const withTip = (r) => ({
        ...r,
        baseTip: tip && tip !== r.base ? tip : undefined,
        fetched: fresh?.note ? [...r.fetched, fresh.note] : r.fetched,
    });
    if (base && head && changes && headPaths) {
        return { range: withTip({ base, head, fetched: [] }), headPaths: headPaths.paths, headLinks: headPaths.links, changes };
    }
    const range = withTip(await resolveRange(git, reader, { ...req, baseBranch: undefined }));
    const [diff, listing] = await Promise.all([(0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .diffSinceMergeBase */ .$$)(git, range.mergeBase, range.head), (0,_objects_js__WEBPACK_IMPORTED_MODULE_2__/* .listPathsAndLinks */ .zf)(git, range.head)]);
    if (!diff)
        throw new Error(`git diff ${range.mergeBase}...${range.head} failed`);
    return { range, headPaths: listing.paths, headLinks: listing.links, changes: diff };
}
/**
 * Fetches the base branch into `refs/remotes/<remote>/<branch>` before its tip
 * is trusted. Cheap and bounded: one ref, no tags, no submodules, only the tip
 * commit in a shallow clone, and a stalled transfer is abandoned. When origin
 * cannot be reached the local copy is kept and the note says it may be stale.
 */
async function refreshTip(git, remote, branch) {
    if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..'))
        return { moved: false };
    const ref = `refs/remotes/${remote}/${branch}`;
    const verify = ['--verify', '--quiet', '--end-of-options', `${ref}^{commit}`];
    const revParse = async () => {
        const r = await git(['rev-parse', ...verify]);
        return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
    };
    // One process answers both questions (each spawn blocks Node's thread until git has started):
    // the first line is the shallow flag, the second the local tip when it exists (exit 1 when not).
    const first = await git(['rev-parse', '--is-shallow-repository', ...verify]);
    const [flag, tipLine] = first.stdout.toString('utf8').split('\n');
    const shallow = flag.trim() === 'true';
    const before = first.code === 0 && /^[0-9a-f]{40,64}$/.test(tipLine?.trim() ?? '') ? tipLine.trim() : undefined;
    const r = await git([
        '-c',
        'http.lowSpeedLimit=1000',
        '-c',
        'http.lowSpeedTime=20',
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-recurse-submodules',
        '--no-write-fetch-head',
        ...(shallow ? ['--depth=1'] : []),
        '--',
        remote,
        `+refs/heads/${branch}:${ref}`,
    ]);
    if (r.code !== 0) {
        const where = before
            ? `compared with the local ${remote}/${branch} ${short(before)}, which may be stale`
            : 'the base branch tip was not compared';
        return { tip: before, moved: false, note: `could not refresh ${remote}/${branch} (${firstLine(r.stderr)}); ${where}` };
    }
    const after = await revParse();
    if (!after || after === before)
        return { tip: after, moved: false };
    return {
        tip: after,
        moved: true,
        note: before ? `refreshed ${remote}/${branch} from ${short(before)} to ${short(after)}` : `fetched ${branch} from ${remote}`,
    };
}
/**
 * Builds both sides from a comparison without listing the merge base's
 * tree: its paths are the head's with the changes undone, and its files are
 * read by the blob ids the diff names (or from head where unchanged).
 */
function treeSides(reader, head, headPaths, changes) {
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
                throw e instanceof _objects_js__WEBPACK_IMPORTED_MODULE_2__/* .ObjectTooLarge */ .Xs ? tooLarge(path, e.size) : e;
            });
            if (side === 'base' && c)
                return base.has(path) ? read(c.oldOid) : Promise.resolve(undefined);
            return headPaths.has(path) ? read(`${head}:${path}`) : Promise.resolve(undefined);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the file is ${(size / (1024 * 1024)).toFixed(1)} MiB; Helm refuses chart files over 5 MiB, so lockstep does not read it`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${path} passes through more than ${MAX_LINK_HOPS} symbolic links (a loop)`, {
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
                return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${r.escapes} is a symbolic link to ${r.target}, outside the repository: helm package would pack a file this check cannot see`, {
                    file: r.escapes,
                    hint: 'replace the link with the file, or point it inside the repository',
                }));
            return sides.readFile(side, r.path);
        },
    };
}


/***/ }),

/***/ 8910:
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
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/history.ts
var git_history = __webpack_require__(1150);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(8982);
// EXTERNAL MODULE: ./packages/core/src/charts/chart.ts
var chart = __webpack_require__(3863);
// EXTERNAL MODULE: ./packages/core/src/charts/inputs.ts
var inputs = __webpack_require__(2846);
;// CONCATENATED MODULE: ./packages/core/src/charts/base.ts






const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
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
        if (baseBranch !== undefined && !BRANCH.test(baseBranch))
            baseBranch = undefined;
        label = `the pull request's base${baseBranch ? ` ${baseBranch}` : ''}`;
    }
    else if (req.local && !(await (0,local_repo/* hasRemote */.F6)(git, remote))) {
        // A repository with no remote (a terminal's `git init`): the local default branch, or HEAD's commit when on it.
        const [branch, current] = await Promise.all([(0,local_repo/* localDefaultBranch */.$N)(git), (0,local_repo/* currentBranch */.eR)(git)]);
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
            throw new errors/* UserError */.yo(`cannot tell which branch the level applies to: ${remote} has no default branch this checkout knows of`, {
                hint: 'set base: to the branch the chart versions are released from (e.g. base: main)',
                cliHint: 'pass --base with the branch the chart versions are released from (e.g. --base main)',
            });
        base = `refs/remotes/${remote}/${branch}`;
        label = `${remote}/${branch}`;
    }
    const range = await (0,git_history/* resolveRange */.Ss)(git, reader, { base, head: 'HEAD', baseLabel: 'base', headLabel: 'HEAD', baseBranch, remote });
    const commits = [...new Set([range.base, range.mergeBase, range.baseTip].filter((c) => c !== undefined))];
    label = `${label} (${range.base.slice(0, 12)})`;
    return { commits, label, fetched: said ? [`${said} at ${range.base.slice(0, 12)}`, ...range.fetched] : range.fetched };
}
/** Refuses a base input git could read as an option, a range or several arguments (before any git call). */

async function defaultBranch(git, remote, event) {
    const sym = await git(['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    const fromSym = sym.code === 0 ? sym.stdout.toString('utf8').trim().replace(`refs/remotes/${remote}/`, '') : undefined;
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const fromEvent = event?.repository?.default_branch;
    if (typeof fromEvent === 'string' && BRANCH.test(fromEvent))
        return fromEvent;
    // actions/checkout does not set origin/HEAD: ask the remote which branch its HEAD is.
    const ls = await git(['ls-remote', '--symref', '--', remote, 'HEAD']);
    const m = ls.code === 0 ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(ls.stdout.toString('utf8')) : null;
    return m && BRANCH.test(m[1]) ? m[1] : undefined;
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
// EXTERNAL MODULE: ./packages/core/src/charts/bump.ts + 3 modules
var bump = __webpack_require__(1087);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(7892);
// EXTERNAL MODULE: ./packages/core/src/charts/tree.ts
var tree = __webpack_require__(7135);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(1312);
// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(5076);
// EXTERNAL MODULE: ./packages/core/src/edits/transaction.ts
var transaction = __webpack_require__(883);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(4619);
// EXTERNAL MODULE: ./packages/core/src/operations/world.ts
var operations_world = __webpack_require__(8560);
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
        throw (0,operations_world/* relocateErrors */.l)(e, route.show);
    }
}
/** The working directory the request checked (path arithmetic only: it was checked once, by bumpRequest). */
function routeOf(req, world) {
    const root = (0,external_node_path_.resolve)(world.workspace, req.workingDirectory);
    const prefix = (0,workspace/* workspaceRelative */.Uc)(world.workspace, root);
    return { root, show: (p) => (prefix === '' ? p : external_node_path_.posix.join(prefix, p)) };
}
/** The steps, in order: config and app version, the charts, the base, the plan, the edits, the result. */
async function bumpIn({ root, show }, req, world) {
    const config = (0,config_config.loadConfig)(root, req.config);
    const read = (p) => transaction/* realFs */.Cr.readFile((0,workspace/* resolveInside */.LI)(root, p, p));
    const appVersion = resolveAppVersion(req.appVersion, config, read);
    const linked = [];
    const files = (0,tree/* listChartFiles */.G)(root, linked);
    const allDirs = files.map((f) => external_node_path_.posix.dirname(f));
    const selected = selectCharts(root, req, config, files, linked);
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
    const applied = (0,transaction/* applyEdits */.ct)(root, plan.edits, { dryRun: req.dryRun });
    return resultOf(plan, applied.changes, selected, base, req.dryRun, show);
}
/** The result of a plan whose edits made `changes`: outputs, one row per chart, notes and warnings, all with workspace paths. */
function resultOf(plan, made, selected, base, dryRun, show) {
    const changed = new Set(made.map((c) => c.path));
    const changes = made.map((c) => ({ ...c, path: show(c.path) }));
    const charts = plan.bumps.map((b) => row(b, changed, show));
    // The primary chart is the first one asked for (the outputs version/app-version describe it).
    const primary = charts.find((r) => r.path === show(selected[0])) ?? charts.find((r) => !r.cascaded) ?? charts[0];
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
        diff: (0,diff/* renderDiff */.i)(changes),
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
            throw new errors/* UserError */.yo(`version file ${config.versionFile} does not exist`, { hint: 'create it holding X.Y.Z, or give app-version' });
        appVersion = (0,bytes/* stripBom */.F8)(text).split(/\r?\n/)[0].trim();
        if (appVersion === '')
            throw new errors/* UserError */.yo(`version file ${config.versionFile} is empty`, {
                file: config.versionFile,
                line: 1,
                hint: 'write X.Y.Z on its first line',
            });
    }
    if (appVersion !== undefined && /\s/.test(appVersion))
        throw new errors/* UserError */.yo(`app-version '${appVersion}' contains spaces`, { hint: 'give one version, e.g. 1.4.2' });
    return appVersion;
}
/** The chart folders the patterns name (the request's, else the config's); a pattern that matches nothing is an error. */
function selectCharts(root, req, config, files, linked) {
    const allDirs = files.map((f) => external_node_path_.posix.dirname(f));
    const patterns = req.charts.length > 0 ? req.charts : (config.charts ?? []);
    // Bumping every chart is never a safe guess: the user names them.
    if (patterns.length === 0)
        throw new errors/* UserError */.yo('no charts to bump: the charts input is empty and the config has no charts', {
            file: config.file,
            hint: 'set charts: under with: (paths or globs, e.g. charts/myapp), or `charts: [charts/*]` in the config',
        });
    const picked = new Set();
    const topCharts = (0,discover/* findCharts */.Jd)(files);
    for (const p of patterns) {
        // A chart reached through a symbolic link is refused by name (it could lie outside the workspace).
        const viaLink = linked.find((0,discover/* chartPatternMatcher */.Jr)([p]));
        if (viaLink !== undefined)
            (0,workspace/* resolveInside */.LI)(root, viaLink === '.' ? 'Chart.yaml' : `${viaLink}/Chart.yaml`, 'charts');
        const found = (0,discover/* findCharts */.Jd)(files, [p]);
        // A subchart folder named exactly is a chart of its own for bumping.
        if (found.length === 0 && allDirs.includes((0,discover/* normalizePattern */.eP)(p)))
            found.push((0,discover/* normalizePattern */.eP)(p));
        if (found.length === 0)
            throw new errors/* UserError */.yo(`chart '${p}' matches no folder holding a Chart.yaml${(0,suggest/* didYouMean */.a)((0,discover/* normalizePattern */.eP)(p), topCharts)}`, {
                file: req.charts.length > 0 ? undefined : config.file,
                hint: req.charts.length > 0
                    ? 'fix the charts input (paths or globs relative to working-directory)'
                    : 'fix `charts:` in the config, or give the charts input',
            });
        found.forEach((d) => picked.add(d));
    }
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
    const git = (world.services.git ?? objects.gitSpawner)(root);
    const reader = new objects/* ObjectReader */.nR(root);
    const local = world.face === 'cli';
    try {
        const ev = req.base === undefined ? world.event() : undefined;
        const payload = ev?.payload;
        // A pull request run whose payload is lost must not quietly fall back to the default branch.
        if (ev?.problem)
            throw new errors/* UserError */.yo(`the ${ev.name} event file ${ev.problem}`, {
                hint: 'run this step in a GitHub Actions job, or set base: to the branch the pull request merges into',
            });
        // No commit to read a base from (a fresh `git init`, an unborn branch): said, not a git crash.
        const noHead = await (0,local_repo/* headProblem */.Y2)(git);
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
        const prefix = (await (0,objects/* gitText */.q_)(git, ['rev-parse', '--show-prefix'])).trim();
        return await readBaseVersions(reader, base, dirs, prefix);
    }
    finally {
        reader.dispose();
    }
}


/***/ }),

/***/ 3603:
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

export const id = 596;
export const ids = [596,7135];
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

/***/ 85036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ publishGeneratedBranch),
/* harmony export */   l: () => (/* binding */ branchPublisher)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5825);


/** git/publish.ts's publishing calls bound to `git` and `remote`. */
function branchPublisher(git, remote = 'origin') {
    return {
        fetchBranch: (b) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchBranch */ .D_)(git, remote, b),
        commitFiles: (c) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitFiles */ .zu)(git, c),
        commitsAfterGenerated: (base, tip, trailer) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .commitsAfterGenerated */ .kq)(git, base, tip, trailer, remote),
        replayCommits: (onto, commits) => (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .replayCommits */ .aY)(git, onto, commits),
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

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ generatedBy),
/* harmony export */   GG: () => (/* binding */ promotionTrailerLines),
/* harmony export */   HQ: () => (/* binding */ fixMarksOf),
/* harmony export */   Md: () => (/* binding */ promotionsIn),
/* harmony export */   U4: () => (/* binding */ olderPromotionWords),
/* harmony export */   V7: () => (/* binding */ lockstepLines),
/* harmony export */   Z3: () => (/* binding */ releaseTrailerLine),
/* harmony export */   ah: () => (/* binding */ vouch),
/* harmony export */   bB: () => (/* binding */ lockstepBlock),
/* harmony export */   ds: () => (/* binding */ claimsOf)
/* harmony export */ });
/* unused harmony exports TRAILER, vouchedRecords */
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


/***/ }),

/***/ 77841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ SUMMARY_CAP),
/* harmony export */   Ol: () => (/* binding */ headLines),
/* harmony export */   QQ: () => (/* binding */ describeOmitted),
/* harmony export */   eN: () => (/* binding */ LOG_LINES_CAP),
/* harmony export */   ix: () => (/* binding */ BODY_CAP),
/* harmony export */   u8: () => (/* binding */ fitToBytes)
/* harmony export */ });
/* unused harmony export OUTPUT_CAP */
/* harmony import */ var _parts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73491);

/**
 * Size limits the runner enforces, and the cuts that keep lockstep under them.
 * GitHub drops a step's whole job summary over 1 MiB ("upload aborted") and
 * drops or cuts a step output over 1 MB, so a huge release must be shortened
 * here, at a line boundary and with a note saying what was left out, rather
 * than lost there. Sizes are UTF-8 bytes: that is what the runner counts.
 */
/** Characters GitHub takes in a pull request, issue or comment body: it refuses longer ones (422 "body is too long"). */
const BODY_CAP = 65_536;
/** Bytes of job summary one step may write: under GitHub's 1 MiB, with room for what the runner adds. */
const SUMMARY_CAP = 1_000_000;
/** Bytes one step output may hold: GitHub's limit is "1 MB", read as the smaller 10^6, minus headroom. */
const OUTPUT_CAP = 1_000_000;
/** Lines of a diff or of release notes printed to the log before the rest is summarised in one line. */
const LOG_LINES_CAP = 1_000;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/gm;
const DETAILS_OPEN = /<details\b/gi;
const DETAILS_CLOSE = /<\/details>/gi;
/** What is left open at the end of `text`: the code fence (its marker) and how many <details> blocks. */
function openBlocks(text) {
    let fence;
    let details = 0;
    let from = 0;
    const count = (end) => {
        const seg = text.slice(from, end);
        details = Math.max(0, details + (seg.match(DETAILS_OPEN)?.length ?? 0) - (seg.match(DETAILS_CLOSE)?.length ?? 0));
    };
    for (const m of text.matchAll(FENCE)) {
        const marker = m[1];
        if (fence === undefined) {
            count(m.index);
            fence = marker;
        }
        else if (marker[0] === fence[0] && marker.length >= fence.length && m[2].trim() === '') {
            fence = undefined;
            from = m.index + m[0].length;
        }
    }
    if (fence === undefined)
        count(text.length);
    return { fence, details };
}
/**
 * Fits `text` into `maxBytes` UTF-8 bytes: unchanged when it fits, else cut
 * at a line boundary (so no table row is split), any open code fence and
 * `<details>` block closed, and `note(omitted)` added as the last line. When
 * not even the note fits, the result is empty. Text given in parts is fitted
 * as their concatenation, without making it: a long release's summary is its
 * notes with a few lines around them, and joining them would copy the notes
 * only to keep their first megabyte.
 */
function fitToBytes(text, maxBytes, note) {
    const parts = typeof text === 'string' ? [text] : text;
    let total = 0;
    for (const p of parts)
        total += Buffer.byteLength(p, 'utf8');
    if (total <= maxBytes)
        return { text: typeof text === 'string' ? text : text.join('') };
    // maxBytes UTF-16 units give at least maxBytes bytes: the cut is in this head, and encoding it into fewer bytes
    // stops before its end (where a surrogate pair may be cut in two).
    const whole = (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .textHead */ .Up)(parts, maxBytes);
    // A newline byte is a newline character and nothing else in UTF-8, so lines are counted in the string.
    let lines = 1;
    for (const p of parts)
        lines += newlines(p);
    // The note's length depends on the counts; the largest counts bound it.
    const noteBound = Buffer.byteLength(note({ lines, bytes: total }), 'utf8') + 1;
    const room = maxBytes - noteBound;
    // Bytes, not UTF-16 units, decide the cut: the head is encoded once to learn how much of it fits in `room` bytes
    // (a character is never split), and never decoded back — the text kept is a slice of the head. The cut is the
    // last newline that fits: the lines ending before it are kept, bytes [0, cutBytes) plus the newline.
    const fits = room > 0 ? new TextEncoder().encodeInto(whole, new Uint8Array(room)) : { read: 0, written: 0 };
    let cut = fits.read > 0 ? whole.lastIndexOf('\n', fits.read - 1) : -1;
    let cutBytes = cut < 0 ? -1 : fits.written - Buffer.byteLength(whole.slice(cut, fits.read), 'utf8');
    for (;;) {
        if (cut < 0)
            return { text: '', omitted: { lines, bytes: total } };
        const kept = whole.slice(0, cut);
        const open = openBlocks(kept);
        const tail = [];
        if (open.fence)
            tail.push(open.fence);
        // A blank line first: GitHub renders Markdown after an HTML block only when a blank line ends it.
        if (open.details)
            tail.push('', ...Array.from({ length: open.details }, () => '</details>'));
        const closing = tail.reduce((n, l) => n + l.length + 1, 0);
        if (cutBytes + 1 + closing + noteBound <= maxBytes) {
            // The lines after the newline at `cut`: all of them but the kept ones and that newline's.
            const omitted = { lines: lines - newlines(kept) - 1, bytes: total - cutBytes - 1 };
            return { text: [kept, ...tail, note(omitted)].join('\n'), omitted };
        }
        // The closing lines do not fit after these: one line fewer.
        const before = cut > 0 ? whole.lastIndexOf('\n', cut - 1) : -1;
        cutBytes = before < 0 ? -1 : cutBytes - Buffer.byteLength(whole.slice(before, cut), 'utf8');
        cut = before;
    }
}
/** How many `\n` a text holds. */
function newlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * The first `max` lines of `text`, and how many lines were left out. A text
 * in parts is read in place: only the lines kept are joined.
 */
function headLines(text, max) {
    const t = (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .viewText */ .TO)(text);
    let at = -1;
    for (let i = 0; i < max; i++) {
        at = t.indexOf('\n', at + 1);
        if (at === -1)
            return { text: (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .joinText */ ._V)(text), more: 0 };
    }
    if (at + 1 === t.length)
        return { text: (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .joinText */ ._V)(text), more: 0 };
    let more = t.endsWith('\n') ? 0 : 1;
    for (let i = t.indexOf('\n', at + 1); i !== -1; i = t.indexOf('\n', i + 1))
        more++;
    return { text: t.slice(0, at), more };
}
/** "1 line" / "2 lines", "980 KiB": the counts of a note. */
function describeOmitted(o) {
    const size = o.bytes >= 1024 * 1024 ? `${(o.bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(o.bytes / 1024))} KiB`;
    return `${o.lines} ${o.lines === 1 ? 'line' : 'lines'} (${size})`;
}


/***/ }),

/***/ 96475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ pullOfSubject)
/* harmony export */ });
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


/***/ }),

/***/ 91062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ trailBody),
/* harmony export */   KP: () => (/* binding */ TRAIL_MARKER),
/* harmony export */   Lh: () => (/* binding */ shipsOf),
/* harmony export */   UI: () => (/* binding */ shipsMarker),
/* harmony export */   ee: () => (/* binding */ describeTrail)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69888);
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

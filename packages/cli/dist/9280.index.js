export const id = 9280;
export const ids = [9280,7135];
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

/***/ 45968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ commitsByIds),
/* harmony export */   Mh: () => (/* binding */ eachCommitTouching),
/* harmony export */   gI: () => (/* binding */ splitAt),
/* harmony export */   id: () => (/* binding */ firstParentPathsOf),
/* harmony export */   kD: () => (/* binding */ historyFolders),
/* harmony export */   lR: () => (/* binding */ tagTargets),
/* harmony export */   xU: () => (/* binding */ lastLandings)
/* harmony export */ });
/* unused harmony export firstParentPaths */
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90669);

// The history walks lockstep's records are read from (records/history.ts): each one git command line,
// spelled here and nowhere else.
/**
 * The format of one commit in eachCommitTouching and commitsByIds: id, parents, committer time (seconds), the
 * trailer block (git's own parse, `%(trailers)`, with `:` as the only separator) and the message, NUL
 * between fields and, with `-z`, after each commit, so no message can forge another's fields (a
 * message holds no NUL). With -z git separates commits by NUL only; a newline may remain before the next id.
 */
const FIELDS = '%H%x00%P%x00%ct%x00%(trailers:only,unfold)%x00%B';
const TRAILER_CONFIG = ['-c', 'trailer.separators=:'];
/**
 * How much of the pack git keeps mapped while it walks a long history. git maps its pack in windows of up to
 * 1 GiB and keeps them mapped up to 8 GiB, so every page of the pack the walk reads stays resident: at
 * 100,000 commits git peaked at ~143 MB, more than the lockstep process reading it (a run's peak counts
 * its children's). In windows of 1 MiB, 16 MiB of them at most, it peaked at ~73 MB for the same CPU.
 */
const PACK_CONFIG = ['-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=16m'];
/**
 * `git log -z --first-parent` from `revs`, each commit as FIELDS after a \x01; with `names` (the options before the
 * name list: `--sparse`, or none), each commit's files touched on its first-parent side, for the literal `paths`.
 */
function firstParentLog(revs, paths, names) {
    const diff = names ? [...names, '--diff-merges=first-parent', '--no-renames', '--name-only'] : [];
    return [
        ...TRAILER_CONFIG,
        ...PACK_CONFIG,
        '-c',
        'core.quotePath=false',
        'log',
        '-z',
        '--first-parent',
        ...diff,
        `--format=%x01${FIELDS}`,
        '--end-of-options',
        ...revs,
        '--',
        ...paths.map((f) => `:(literal)${f}`),
    ];
}
/** The commits `shas` (at most a thousand), in their order, in eachCommitTouching's fields (as one text). */
function commitsByIds(git, shas) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, [...TRAILER_CONFIG, 'log', '-z', '--no-walk=unsorted', `--format=${FIELDS}`, ...shas, '--']);
}
/** `%ct` (digits) as a number, without a string per commit; anything else as Number reads it. */
function timeOf(b) {
    let n = 0;
    for (let k = 0; k < b.length; k++) {
        const d = b[k] - 0x30;
        if (d < 0 || d > 9)
            return Number(b.toString('latin1'));
        n = n * 10 + d;
    }
    return n;
}
/** The id that begins a commit of eachCommitTouching's log: SOH and 40 (or 64) hex digits, after a line break git may leave. */
function commitId(record) {
    const from = record[0] === 0x0a ? 2 : 1;
    if (record[from - 1] !== 0x01 || (record.length - from !== 40 && record.length - from !== 64))
        return undefined;
    for (let k = from; k < record.length; k++) {
        const c = record[k];
        if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)))
            return undefined;
    }
    return record.toString('latin1', from);
}
/**
 * The folders whose history holds `files`: their deepest common folder when
 * they have one (`environments/` for a fleet's `environments/<env>/…`), else
 * each file's own folder (a file at the top is named itself). One folder is
 * what git filters fastest: 2E exact paths cost it ~3 s at 100 environments
 * over 20,000 commits, their folder 0.4 s; the files in it that are not an
 * environment's are left out by the reader.
 */
function historyFolders(files) {
    const dirs = files.map((f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/') + 1) : f));
    let common = dirs[0] ?? '';
    for (const d of dirs)
        while (!d.startsWith(common))
            common = common.slice(0, common.slice(0, -1).lastIndexOf('/') + 1);
    return common.endsWith('/') ? [common] : [...new Set(dirs)];
}
/**
 * The first-parent history ending at `tip`, newest first: each commit (LoggedCommit) handed to `onCommit` as
 * it arrives, never the whole log as one text (a fleet's promotions make it tens of MB, and every value read
 * from one text keeps all of it alive), with the paths under `paths` (files or folders) it changed against
 * its first parent: `git log --first-parent --sparse --name-only` limited to `paths` diffs each commit
 * against its first parent under them only (merges too: --diff-merges=first-parent) and, with --sparse,
 * still prints every commit. One walk instead of two (the messages, then the paths): at 100,000 commits git
 * spends ~1.4 s of CPU instead of ~2. No `paths`: no diff, every commit's paths empty.
 *
 * `splitAt`, a commit on that history (a release tag near its middle): two walks at once, `tip ^splitAt`
 * (part 0) and `splitAt` (part 1), each one git process, so a machine of two cores walks it in about half
 * the time (git's walk is most of a long history's read). Each part's commits come in order, the parts side
 * by side. Resolves to the parts that make the history, newest first: [0, 1]; or where `splitAt` is not on
 * it (part 0's oldest commit's first parent is another commit), [0, 2] with part 2 walked from that parent;
 * or [2], the whole history walked again, where part 0 is empty or fails (a split commit git cannot read), or
 * part 1 fails. The caller drops the parts not named.
 */
async function eachCommitTouching(git, tip, paths, onCommit, splitAt) {
    if (splitAt === undefined || splitAt === tip) {
        await walkPart(git, [tip], paths, onCommit, 0);
        return [0];
    }
    const [newer, older] = await Promise.allSettled([
        walkPart(git, [tip, `^${splitAt}`], paths, onCommit, 0),
        walkPart(git, [splitAt], paths, onCommit, 1),
    ]);
    // A split commit git cannot read (a tag on a commit a shallow clone lacks) fails part 0 too: walked whole
    // again, so that only a failure of the walk itself is the error.
    const next = newer.status === 'fulfilled' ? newer.value : undefined;
    if (next === undefined) {
        await walkPart(git, [tip], paths, onCommit, 2);
        return [2];
    }
    if (next === splitAt && older.status === 'fulfilled')
        return [0, 1];
    // The root (no first parent) ends the history: part 0 was all of it.
    if (next === '')
        return [0];
    await walkPart(git, [next], paths, onCommit, 2);
    return [0, 2];
}
/**
 * Reads a log printed as `%x01${FIELDS}` with `-z` (and `--name-only`): each commit's id, its five fields and the
 * paths it changed, handed to `onCommit` once the next commit begins, or at `end` for the last one.
 */
function commitReader(onCommit) {
    let sha;
    let fields = [];
    let touched = [];
    const done = () => {
        if (sha !== undefined && fields.length === 5)
            onCommit(sha, fields, touched);
    };
    return {
        record(record) {
            // A commit's five fields are taken as they come (a message may begin with SOH too); after them, a record
            // that is SOH and an id (after a line break git may leave) begins the next commit, any other is a path.
            if (fields.length > 0 && fields.length < 5) {
                fields.push(record);
                return;
            }
            const id = commitId(record);
            if (id !== undefined) {
                done();
                sha = id;
                fields = [record];
                touched = [];
            }
            else if (fields.length === 5 && record.length > 0 && !(record.length === 1 && record[0] === 0x0a))
                touched.push(record.toString('utf8', record[0] === 0x0a ? 1 : 0));
        },
        end: done,
    };
}
/**
 * One `git log --first-parent` of eachCommitTouching over `revs` (a tip, and `^commit` to stop before it): its
 * commits to `onCommit` as `part`. Resolves to the first parent of its oldest commit ('' for a root commit),
 * or undefined when it printed no commit.
 */
async function walkPart(git, revs, paths, onCommit, part) {
    let oldest;
    const args = firstParentLog(revs, paths, paths.length > 0 ? ['--sparse'] : undefined);
    const reader = commitReader((sha, fields, touched) => {
        oldest = fields[1];
        onCommit({ sha, parents: fields[1], time: timeOf(fields[2]), trailers: fields[3], message: fields[4] }, touched, part);
    });
    const r = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRecords */ .Xq)(git, args, reader.record);
    if (r.code !== 0)
        throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
    reader.end();
    // The oldest commit's parents (one commit's bytes held past its call, while the walk ends): its first parent.
    if (oldest === undefined)
        return undefined;
    const space = oldest.indexOf(0x20);
    return oldest.toString('latin1', 0, space < 0 ? oldest.length : space);
}
/** Every tag (`refs/tags/*`) and the commit it names (peeled through an annotated tag), with its committer time. */
async function tagTargets(git) {
    const text = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, [
        'for-each-ref',
        '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(committerdate:unix)%00%(*committerdate:unix)',
        'refs/tags',
    ]);
    const out = new Map();
    for (const line of text.split('\n')) {
        const [name, obj, peeled, time, peeledTime] = line.split('\0');
        if (name && obj)
            out.set(name, { commit: peeled || obj, time: Number(peeledTime || time) || 0 });
    }
    return out;
}
/**
 * Where eachCommitTouching's walk splits in two: the commit of the release tag whose committer time is the
 * median of the tags' (releases come all through a history, so about half of it is newer), or none without a
 * tag. A tag off the first-parent history costs a walk more, never a wrong history.
 */
function splitAt(targets) {
    const byTime = [...new Map([...targets.values()].map((t) => [t.commit, t.time]))].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    return byTime[Math.floor(byTime.length / 2)]?.[0];
}
/**
 * The paths commit `sha` changed against its first parent (for a merge, what it brought in), or undefined
 * when git cannot say (a root commit, a parent the clone lacks).
 */
async function firstParentPaths(git, sha) {
    const r = await git(['diff', '--no-renames', '--name-only', '-z', `${sha}^1`, sha, '--']);
    return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
}
/** How many commits one `git log` lists the paths of (far below the argument list's limit). */
const PATHS_BATCH = 1000;
/**
 * firstParentPaths of many commits, with one `git log --no-walk` per thousand instead of one `git diff` each (a
 * history of many releases has many release commits): each commit's paths against its first parent (a root
 * commit's, every file it adds). A batch git refuses (a commit the clone lacks) is asked commit by commit.
 */
async function firstParentPathsOf(git, shas) {
    const out = new Map();
    for (let at = 0; at < shas.length; at += PATHS_BATCH) {
        const batch = shas.slice(at, at + PATHS_BATCH);
        const r = await git([
            'log',
            '--no-walk=unsorted',
            '--diff-merges=first-parent',
            '--no-renames',
            '--name-only',
            '-z',
            '--format=%x01%H',
            ...batch,
            '--',
        ]);
        if (r.code !== 0) {
            const each = await Promise.all(batch.map((sha) => firstParentPaths(git, sha)));
            batch.forEach((sha, i) => out.set(sha, each[i]));
            continue;
        }
        // Each commit is \x01<sha>\0, then (when it changed anything) \n and its paths, each ended by \0.
        for (const part of r.stdout.toString('utf8').split('\x01')) {
            const end = part.indexOf('\0');
            if (end < 0)
                continue;
            out.set(part.slice(0, end), part
                .slice(end + 1)
                .replace(/^\n/, '')
                .split('\0')
                .filter(Boolean));
        }
    }
    return out;
}
/** Ends lastLandings' walk once every group has its landing (thrown from the reader, which stops git). */
const ALL_SEEN = new Error('every group has its landing');
/** A path as git prints it: no leading `./`, no trailing `/`. */
const plainPath = (p) => p.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
/**
 * The last landing of each group of paths (an environment's files) on `tip`'s first-parent history, as
 * `git log -1 --first-parent -- <group>` finds it (a merge by what it brought in), with its message and a merge's
 * merged side's. One `git log --first-parent --name-only` walk for every group, limited to their folders
 * (historyFolders), ended once every group has its landing: no further back than the oldest (the whole history only
 * where a group never changed); then one `git log --no-walk` for the merged sides. Per group, a log and a commit or
 * two were ~3 git processes an environment (~1 s at 100); these are two at most. A group is undefined when no
 * commit changed it, or when git cannot walk `tip` (as `git log -1` read leniently).
 */
async function lastLandings(git, tip, groups) {
    const found = groups.map(() => undefined);
    const owners = new Map();
    groups.forEach((g, k) => {
        for (const p of new Set(g.map(plainPath)))
            owners.set(p, [...(owners.get(p) ?? []), k]);
    });
    let left = groups.filter((g) => g.length > 0).length;
    if (left === 0)
        return found;
    const touchedGroups = (path) => {
        const out = [];
        // The path, and each folder it is in: a group may name a folder.
        for (let at = path.length; at > 0; at = path.lastIndexOf('/', at - 1))
            out.push(...(owners.get(path.slice(0, at)) ?? []));
        return out;
    };
    const reader = commitReader((sha, fields, touched) => {
        for (const path of touched)
            for (const k of touchedGroups(path)) {
                if (found[k] !== undefined)
                    continue;
                const info = {
                    parents: fields[1].toString('latin1').split(' ').filter(Boolean),
                    trailers: fields[3].toString('utf8'),
                    message: fields[4].toString('utf8'),
                };
                found[k] = { commit: sha, info };
                left--;
            }
        if (left === 0)
            throw ALL_SEEN;
    });
    const args = firstParentLog([tip], historyFolders([...owners.keys()]), []);
    try {
        const r = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRecords */ .Xq)(git, args, reader.record);
        if (r.code !== 0)
            return groups.map(() => undefined);
        reader.end();
    }
    catch (e) {
        if (e !== ALL_SEEN)
            throw e;
    }
    const sides = await mergedSides(git, [...new Set(found.flatMap((l) => (l && l.info.parents.length > 1 ? [l.info.parents[1]] : [])))]);
    return found.map((l) => {
        const side = l && l.info.parents.length > 1 ? sides.get(l.info.parents[1]) : undefined;
        return l && side ? { ...l, merged: side } : l;
    });
}
/** The merged sides of landings: commitsByIds' fields, a thousand a process; a batch git refuses (a commit a shallow clone lacks) read one by one. */
async function mergedSides(git, shas) {
    const out = new Map();
    for (let at = 0; at < shas.length; at += PATHS_BATCH) {
        const batch = shas.slice(at, at + PATHS_BATCH);
        const text = await commitsByIds(git, batch).catch(() => undefined);
        if (text === undefined) {
            const each = await Promise.all(batch.map((sha) => commitsByIds(git, [sha]).catch(() => '')));
            for (const t of each)
                readFields(t, out);
        }
        else
            readFields(text, out);
    }
    return out;
}
/** commitsByIds' text into `out`, by commit: five fields each (id, parents, time, trailers, message). */
function readFields(text, out) {
    const f = text.split('\0');
    for (let k = 0; k + 4 < f.length; k += 5)
        out.set(f[k].replace(/^\n/, ''), { parents: f[k + 1].split(' ').filter(Boolean), trailers: f[k + 3], message: f[k + 4] });
}


/***/ }),

/***/ 31277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   SP: () => (/* binding */ deploymentHistory),
/* harmony export */   dj: () => (/* binding */ recordDeployment),
/* harmony export */   uV: () => (/* binding */ latestDeployments)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20145);
// GitHub Deployments as the record of what landed where: one deployment per
// environment and commit, a `success` status on it, the environment's earlier
// successful deployment marked `inactive`. Every write is looked up first and
// a create whose answer was lost is looked up again (createOrFind), so a rerun
// or a 502 after the create never makes a second deployment.

/** How many earlier deployments of an environment are looked at for one still marked success. */
const EARLIER_LOOKED_AT = 10;
/** The deployments of `environment` (on `sha` when given), newest first (one page of 30). */
async function listDeployments(gh, environment, sha) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/deployments', {
        owner: gh.owner,
        repo: gh.repo,
        environment,
        ...(sha ? { sha } : {}),
        per_page: 30,
    });
    return data.map((d) => ({ id: Number(d.id), sha: d.sha, environment: d.environment, createdAt: d.created_at }));
}
/** The states of a deployment's statuses, newest first (one page of 30). */
async function statusStates(gh, id) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: gh.owner,
        repo: gh.repo,
        deployment_id: id,
        per_page: 30,
    });
    return data.map((s) => ({ state: s.state, ...(s.environment_url ? { environmentUrl: s.environment_url } : {}) }));
}
/** Adds a status to a deployment; a lost answer is looked up (a status of that state already there) rather than sent twice. */
async function addStatus(gh, id, state, extra) {
    await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createOrFind */ .xj)(gh, `${state} status of deployment ${id}`, async () => {
        await gh.octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            owner: gh.owner,
            repo: gh.repo,
            deployment_id: id,
            state,
            // lockstep marks the earlier deployment itself, production environments included (GitHub's auto_inactive skips those).
            auto_inactive: false,
            ...(extra.description ? { description: extra.description } : {}),
            ...(extra.environmentUrl ? { environment_url: extra.environmentUrl } : {}),
            // A lost answer is looked up rather than sent again (a second status would be harmless, but is noise).
            request: { retries: 0 },
        });
        return true;
    }, async () => ((await statusStates(gh, id)).some((s) => s.state === state) ? true : undefined));
}
/**
 * Records that `spec.sha` landed in `spec.environment`: the deployment for
 * that commit and environment (found, or created once), its success status
 * (unless there), and each earlier deployment of the environment still
 * marked success set inactive.
 */
async function recordDeployment(gh, spec) {
    const find = async () => (await listDeployments(gh, spec.environment, spec.sha))[0];
    const existing = await find();
    let id;
    let outcome = 'existing';
    if (existing)
        id = existing.id;
    else {
        const made = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createOrFind */ .xj)(gh, `deployment of ${spec.sha.slice(0, 12)} to ${spec.environment}`, async () => {
            const { data, status } = await gh.octokit.request('POST /repos/{owner}/{repo}/deployments', {
                owner: gh.owner,
                repo: gh.repo,
                ref: spec.sha,
                environment: spec.environment,
                payload: spec.payload,
                description: spec.description,
                // The commit already landed: no merge of the default branch into it, no status checks to wait for.
                auto_merge: false,
                required_contexts: [],
                transient_environment: spec.transient,
                production_environment: spec.production,
                // Not repeated blindly: GitHub keeps no uniqueness on deployments, so a lost answer is looked up (createOrFind).
                request: { retries: 0 },
            });
            if (status !== 201 || !('id' in data))
                throw new Error(`GitHub did not create the deployment of ${spec.sha.slice(0, 12)} to ${spec.environment}: ${'message' in data ? String(data.message) : `status ${status}`}`);
            return { id: Number(data.id), sha: data.sha, environment: data.environment, createdAt: data.created_at };
        }, find);
        id = made.value.id;
        outcome = 'created';
    }
    const states = await statusStates(gh, id);
    const statusCreated = !states.some((s) => s.state === 'success');
    if (statusCreated)
        await addStatus(gh, id, 'success', { environmentUrl: spec.environmentUrl, description: spec.description });
    const inactivated = [];
    // Newest first: the earlier deployments after this one's id; stop at the first already inactive (older ones were marked by earlier runs).
    const earlier = (await listDeployments(gh, spec.environment)).filter((d) => d.id < id).slice(0, EARLIER_LOOKED_AT);
    for (const d of earlier) {
        const latest = (await statusStates(gh, d.id))[0]?.state;
        if (latest === 'inactive')
            break;
        if (latest !== 'success')
            continue;
        await addStatus(gh, d.id, 'inactive', {});
        inactivated.push(d.id);
    }
    return { id, outcome, statusCreated, inactivated };
}
/** The latest deployment of each environment whose newest status is success, with its environment URL. */
async function latestDeployments(gh, environments) {
    const found = new Map();
    for (const environment of environments) {
        for (const d of (await listDeployments(gh, environment)).slice(0, EARLIER_LOOKED_AT)) {
            const [latest] = await statusStates(gh, d.id);
            if (latest?.state !== 'success')
                continue;
            found.set(environment, { ...d, ...(latest.environmentUrl ? { environmentUrl: latest.environmentUrl } : {}) });
            break;
        }
    }
    return found;
}
/**
 * The deployments of `environment` created at or after `since` (Unix seconds),
 * newest first, each with its statuses, for those whose commit `wanted` keeps:
 * the list is paginated (100 a page) and stops at the first page that reaches
 * back before `since`; each kept deployment's statuses are paginated too.
 */
async function deploymentHistory(gh, environment, since, wanted) {
    const listed = await gh.octokit.paginate('GET /repos/{owner}/{repo}/deployments', { owner: gh.owner, repo: gh.repo, environment, per_page: 100 }, (response, done) => {
        // Newest first: once a page holds one created before the window, every later page is older still.
        if (response.data.some((d) => Date.parse(d.created_at) / 1000 < since))
            done();
        return response.data;
    });
    const out = [];
    for (const d of listed) {
        if (Date.parse(d.created_at) / 1000 < since || !wanted(d.sha))
            continue;
        const statuses = await gh.octokit.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            owner: gh.owner,
            repo: gh.repo,
            deployment_id: Number(d.id),
            per_page: 100,
        });
        out.push({
            id: Number(d.id),
            sha: d.sha,
            environment: d.environment,
            createdAt: d.created_at,
            statuses: statuses.map((s) => ({ state: s.state, createdAt: s.created_at })).reverse(),
        });
    }
    return out;
}


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

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ lockstepHydrated),
/* harmony export */   IZ: () => (/* binding */ landedHydrated),
/* harmony export */   KC: () => (/* binding */ readHydrated),
/* harmony export */   a1: () => (/* binding */ hydratedTargets),
/* harmony export */   b6: () => (/* binding */ hydratedPending),
/* harmony export */   cL: () => (/* binding */ hydratedGates),
/* harmony export */   n7: () => (/* binding */ emptyPlan)
/* harmony export */ });
/* unused harmony exports runsDry, DryRuns */
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38397);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24502);
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52862);
/* harmony import */ var _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38874);
/* harmony import */ var _gates_rollback_hold_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20499);
/* harmony import */ var _gates_fan_in_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7694);
/* harmony import */ var _gates_soak_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37951);
/* harmony import */ var _gates_window_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(79546);
// A promotion of hydrated branches (issue 59 item 2): an environment whose `hydrate:` says `promote: lockstep`
// is promoted by a pull request from its proposed branch (`environment/staging-next`) into its active branch
// (`environment/staging`), through the same gates as a promotion of pins. This file is the gates' adapter: it
// builds each registered gate's evidence from the hydrated branches instead of values files. What ships is the
// DRY commit the proposed branch's hydrator.metadata names; an environment runs a DRY commit when its active
// branch's drySha is that commit or comes after it on the DRY history. Soak is measured on the source's active
// branch (when the first commit running it landed there: its pull request's merged_at, else its Deployment), the
// approval read on the pull request that last merged into the source's active branch, fan-in from each listed
// environment's active branch. The verdict, its holds' words and what they do are promote/gates.ts's.










/** Each environment's hydrated branches, by name, for those whose `hydrate:` names its branch; undefined when none does. */
function hydratedTargets(config) {
    const out = {};
    for (const [i, e] of config.environments.entries()) {
        const h = e.hydrate;
        // promote: lockstep reads its branches from the config: an Application's sourceHydrator is not read here.
        if (h?.promote === 'lockstep' && h.branch === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${e.name}: hydrate: says promote: lockstep and names no branch`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['environments', i, 'hydrate']),
                hint: `write hydrate: { branch: environment/${e.name}, promote: lockstep }`,
            });
        if (h?.branch === undefined)
            continue;
        const place = { ...h, branch: h.branch };
        out[e.name] = {
            active: h.branch,
            proposed: (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .proposedBranch */ .h$)(place),
            metadata: (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataPaths */ .w1)(place).at(-1),
            promote: h.promote ?? 'gitops-promoter',
        };
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/** The target of a promotion lockstep carries out on hydrated branches; undefined for a promotion of pins. */
function lockstepHydrated(req, env) {
    const t = req.hydrated?.[env];
    return t?.promote === 'lockstep' ? t : undefined;
}
/**
 * The commit a hydrated environment runs: the one that landed its hydrator.metadata on its active branch (the
 * merge of its last promotion), where GitHub ran the checks of what it deploys; undefined while nothing landed.
 */
async function landedHydrated(ports, t) {
    const tip = await ports.git.fetchBranch(t.active);
    return tip ? ports.git.landedAt(tip, t.metadata) : undefined;
}
/** `branch` fetched from origin and its hydrator.metadata's drySha read (a full SHA, else none). */
async function readHydrated(git, branch, metadata) {
    const tip = await git.fetchBranch(branch);
    if (!tip)
        return { branch };
    const drySha = (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .dryShaOf */ .hu)(await git.readAt(tip, metadata));
    return { branch, tip, ...(drySha ? { drySha } : {}) };
}
/** What promoting `t` would move, read from origin: the one reading promote-env and `lockstep status` share. */
async function hydratedPending(git, t, env) {
    const next = await readHydrated(git, t.proposed, t.metadata);
    const active = await readHydrated(git, t.active, t.metadata);
    const problem = !next.tip
        ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${t.proposed}, the hydrated branch of ${env}, is not on origin`, {
            hint: `run hydrate-env (lockstep hydrate --push) for ${env} first`,
        })
        : !next.drySha
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${t.proposed}:${t.metadata} names no drySha, so what it ships cannot be said`, {
                hint: 'let hydrate-env write the branch again; check it with hydrate-env mode: check',
            })
            : !active.tip
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${t.active}, the active branch of ${env}, is not on origin: a pull request needs a base`, {
                    hint: `create it once (e.g. from an empty commit) and hydrate again: ${t.proposed} then grows out of it`,
                })
                : undefined;
    if (problem)
        return { next, active, pending: false, problem };
    // The proposed tip already in the active branch (merged), or the same DRY commit there: nothing pending.
    const between = await git.commitsBetween(active.tip, next.tip);
    return { next, active, pending: !(between?.length === 0 || next.drySha === active.drySha) };
}
/** Whether an environment running DRY commit `runs` runs `dry`: it is `dry` or comes after it on the DRY history. */
async function runsDry(git, runs, dry) {
    if (runs === undefined)
        return false;
    if (runs === dry)
        return true;
    // commitsBetween answers only when its first commit is reachable from its second: `dry` an ancestor of `runs`.
    return (await git.commitsBetween(dry, runs)) !== undefined;
}
/**
 * Whether environment `t`, whose active branch runs DRY commit `runs`, runs `dry`: `runs` is `dry` or after it,
 * or the hydrated commit of `runs` on its proposed branch carries a note (refs/notes/hydrator.metadata, written by
 * hydrate-env when a later DRY commit changed nothing in the environment) naming `dry` or a DRY commit after it.
 * A DRY commit that renders the environment the same makes no hydrated commit, so without the note an environment
 * that is never touched would never be seen to run it. Notes are outside branch protection (anyone who can push a
 * ref can push one), so a note counts only when the proposed branch agrees with it: the noted commit is the
 * branch's newest whose drySha is at or before the noted DRY commit. Had that DRY commit changed the render,
 * hydrate-env would have written a commit for it after the noted one. A note that disagrees is ignored, and
 * `ignored` says so. One per environment and run: the proposed branch is read once.
 */
class DryRuns {
    history;
    git;
    t;
    /** Each note ignored, as a sentence. */
    ignored = [];
    constructor(git, t) {
        this.git = git;
        this.t = t;
    }
    async runs(runs, dry) {
        if (await runsDry(this.git, runs, dry))
            return true;
        if (runs === undefined)
            return false;
        const history = await (this.history ??= this.read());
        // Its newest hydrated commit: the one a note of hydrate-env's is written on.
        const at = history.findIndex((h) => h.drySha === runs);
        if (at < 0)
            return false;
        const hydrated = history[at].sha;
        const noted = await this.git.hydratorNote(hydrated);
        if (noted === undefined || !(await runsDry(this.git, noted, dry)))
            return false;
        for (const later of history.slice(0, at))
            if (later.drySha !== undefined && (await runsDry(this.git, noted, later.drySha))) {
                this.ignore(hydrated, noted, later.sha, later.drySha);
                return false;
            }
        return true;
    }
    ignore(hydrated, noted, later, laterDry) {
        const line = `a note in refs/notes/hydrator.metadata says ${hydrated.slice(0, 12)} of ${this.t.proposed} is the render of DRY commit ${noted.slice(0, 12)}, but ${this.t.proposed} holds ${later.slice(0, 12)} (DRY commit ${laterDry.slice(0, 12)}) after it: the note is ignored`;
        if (!this.ignored.includes(line))
            this.ignored.push(line);
    }
    /** The proposed branch's hydrated commits, newest first, each with the drySha its hydrator.metadata names. */
    async read() {
        const tip = await this.git.fetchBranch(this.t.proposed);
        if (!tip)
            return [];
        const log = await this.git.firstParentLog(tip, this.t.metadata);
        const out = [];
        for (const { sha } of log.entries) {
            const drySha = (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .dryShaOf */ .hu)(await this.git.readAt(sha, this.t.metadata));
            out.push({ sha, ...(drySha ? { drySha } : {}) });
        }
        return out;
    }
}
/** The notes `runs` ignored, kept on the gates' input for the verdict to say. */
function keepIgnored(h, runs) {
    for (const line of runs.ignored)
        if (!h.ignored?.includes(line))
            (h.ignored ??= []).push(line);
}
/** A plan with nothing in it: a promotion of hydrated branches edits no file. */
function emptyPlan(sourceLabel, notes = []) {
    return { changes: [], files: [], services: [], unchanged: [], sourceLabel, checks: [], notes };
}
/** How a hold names what is promoted. */
const dryLabel = (dry) => `DRY commit ${dry.slice(0, 12)}`;
/** The source environment's hydrated branches; a source without them cannot say what it runs. */
function sourceOf(h) {
    const source = h.req.from.kind === 'env' ? h.route.from : undefined;
    if (!source)
        return undefined;
    const t = h.req.hydrated?.[source.name];
    if (!t)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${h.route.to.name} is promoted from hydrated branches, and ${source.name} has no hydrate: branch to read`, {
            file: h.req.configFile,
            hint: `add hydrate: { branch: environment/${source.name} } to ${source.name}`,
        });
    return { name: source.name, t };
}
/** Soak: since when the source's active branch has run the DRY commit, measured as promote/gates/soak.ts measures a pin. */
async function soakOf(h) {
    const source = sourceOf(h);
    const settings = source && h.route.from?.settings;
    if (!source || !settings?.minSoak)
        return undefined;
    const git = h.ports.git;
    const runs = new DryRuns(git, source.t);
    const active = await readHydrated(git, source.t.active, source.t.metadata);
    const runsAt = async (sha) => ((await runs.runs((0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .dryShaOf */ .hu)(await git.readAt(sha, source.t.metadata)), h.dry)) ? 'runs' : 'not');
    const log = active.tip ? await git.firstParentLog(active.tip, source.t.metadata) : { entries: [], complete: true };
    const current = (await runs.runs(active.drySha, h.dry)) ? 'runs' : undefined;
    const pinned = await (0,_gates_soak_js__WEBPACK_IMPORTED_MODULE_8__/* .pinnedSince */ .vW)(dryLabel(h.dry), current, log.entries, log.complete, runsAt);
    keepIgnored(h, runs);
    const pins = [await (0,_gates_soak_js__WEBPACK_IMPORTED_MODULE_8__/* .receivedAt */ .tZ)(pinned, h.ports, source.name, source.t.active)];
    return { source: { env: source.name, minSoak: settings.minSoak, wait: settings.wait, pins, hydrated: { branch: source.t.active } } };
}
/** Fan-in: each `after:` environment's active branch runs the DRY commit. */
async function fanInOf(h) {
    const after = h.route.to.after ?? [];
    if (after.length === 0)
        return undefined;
    const label = dryLabel(h.dry);
    const runs = [];
    const ignored = {};
    for (const name of after) {
        const t = h.req.hydrated?.[name];
        const at = t ? await readHydrated(h.ports.git, t.active, t.metadata) : undefined;
        const dryRuns = t ? new DryRuns(h.ports.git, t) : undefined;
        const has = at?.drySha && (await dryRuns?.runs(at.drySha, h.dry)) ? h.dry : (at?.drySha ?? null);
        runs.push({ name, values: t?.metadata ?? '', missing: !at?.tip, services: { [label]: { tag: has, digest: null } } });
        if (dryRuns && dryRuns.ignored.length > 0)
            ignored[name] = dryRuns.ignored.join('; ');
    }
    return {
        env: h.route.to.name,
        wants: [{ service: label, pin: h.dry }],
        runs,
        hydrated: true,
        ...(Object.keys(ignored).length > 0 ? { ignored } : {}),
    };
}
/**
 * Approval: the registered gate reads the pull request that last changed the source's pin file on the base; here
 * the source's hydrator.metadata on its active branch (the merge of its last promotion).
 */
async function approvalOf(h) {
    if (!h.route.to.approval)
        return undefined;
    const source = sourceOf(h);
    if (!source)
        return _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.gather(context(h, h.req, h.route, h.baseSha));
    const tip = await h.ports.git.fetchBranch(source.t.active);
    // The source as the gate reads it: its pins' file is the hydrator.metadata of its active branch (no other pin location).
    const from = { ...h.route.from, name: source.name, values: source.t.metadata, kustomization: undefined, helmrelease: undefined };
    const req = { ...h.req, base: source.t.active };
    return _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.gather(context(h, req, { ...h.route, from }, tip ?? h.baseSha));
}
function context(h, req, route, baseSha) {
    return { req, route, ports: h.ports, plan: emptyPlan(route.from?.name ?? ''), baseSha, now: h.now, cache: h.cache };
}
/** Each registered gate's evidence from the hydrated branches (a gate added to the registry needs its line here). */
const GATHER = {
    [_gates_soak_js__WEBPACK_IMPORTED_MODULE_8__/* .soak */ .Rb.name]: soakOf,
    [_gates_window_js__WEBPACK_IMPORTED_MODULE_9__/* .window */ .x.name]: (h) => _gates_window_js__WEBPACK_IMPORTED_MODULE_9__/* .window */ .x.gather(context(h, h.req, h.route, h.baseSha)),
    [_gates_fan_in_js__WEBPACK_IMPORTED_MODULE_7__/* .fanIn */ .R.name]: fanInOf,
    [_gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.name]: approvalOf,
    // A hydrated environment is rolled back on its active branch, not by a promotion that lands on the base: not read here.
    [_gates_rollback_hold_js__WEBPACK_IMPORTED_MODULE_6__/* .rollbackHold */ .O.name]: () => Promise.resolve(undefined),
};
/** The gates' verdict on promoting the hydrated DRY commit; undefined when no gate is configured for the route. */
async function hydratedGates(h) {
    const evidence = {};
    for (const gate of _gates_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .GATES */ .J) {
        const found = await GATHER[gate.name](h);
        if (found !== undefined)
            evidence[gate.name] = found;
    }
    if (Object.keys(evidence).length === 0)
        return undefined;
    const input = { now: h.now, push: 'pr', evidence };
    if (h.ports.github && (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .liftable */ .wz)((0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .gateVerdict */ .lr)(input).holds))
        input.breakGlass = await h.ports.github.breakGlass(h.target.proposed, h.target.active, h.req.breakGlassLabel);
    const verdict = (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .gateVerdict */ .lr)(input);
    // Said whether or not a gate holds: a note someone pushed that the branches do not back is worth knowing of.
    return { ...verdict, notes: [...verdict.notes, ...(h.ignored ?? []).map((line) => `Warning: ${line}.`)] };
}


/***/ }),

/***/ 95289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c9: () => (/* binding */ recordLanded),
/* harmony export */   cx: () => (/* binding */ landedRecord),
/* harmony export */   rj: () => (/* binding */ environmentFiles)
/* harmony export */ });
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5825);
/* harmony import */ var _records_trailers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73190);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _status_tables_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81646);
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67479);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33861);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5459);
// record: deployments — a promotion that landed on the base branch, recorded
// as a GitHub Deployment. The landed commit is a promotion when the trailer
// block of its message, as git parses it (the last paragraph), carries
// promote-env's generated trailer (a direct push, a rebase merge, a squash
// whose message keeps the commit's) or, for a merge commit, its merged
// parent's does: a merge's own message is GitHub's, and a `Lockstep-*` line
// anywhere else in a message is not lockstep's. The environments it landed in
// are those whose values file or Application changed against the first
// parent and, when the block names environments (`Lockstep-Environment`),
// that it names; each gets one deployment of that commit (payload: the pins
// it now holds), found again on a rerun.







/**
 * The files of an environment whose change means a promotion landed in it: its values file and its Application's
 * (and the kustomization of the overlay a Flux Kustomization's spec.path builds).
 */
async function environmentFiles(env, read) {
    const own = (0,_place_js__WEBPACK_IMPORTED_MODULE_4__/* .pinPath */ .dj)(env);
    const files = [await (0,_place_js__WEBPACK_IMPORTED_MODULE_4__/* .pinPaths */ .ID)(env, read)]
        .flat()
        .flatMap((p) => (p === own || /\.ya?ml$/.test(p) ? [p] : _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_5__/* .KUSTOMIZATION_NAMES */ .H7.map((n) => `${p}/${n}`)));
    const resource = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .deployerResource */ .lq)(env);
    return resource ? [...files, resource.file] : files;
}
/**
 * The landed commit and the message its promotion's record is read from: a merge's merged side, anything
 * else its own (a promotion's and a hydrated promotion's alike). Refused when the commit is not in the clone.
 */
async function landedRecord(git, commit) {
    const info = await git.commitInfo(commit);
    if (!info)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`the commit ${commit.slice(0, 12)} is not in the repository promoted in`, {
            hint: 'check out the repository with fetch-depth: 2 or more',
        });
    return { info, record: info.parents.length > 1 ? await git.commitInfo(info.parents[1]) : info };
}
/**
 * Records the promotion that landed as `commit` on the base: nothing when it
 * is not one (no trailer), else one deployment per environment it changed
 * (only `only` when given), each found again rather than made twice.
 */
async function recordLanded(req, ports, commit, only, cache) {
    const git = ports.git;
    const github = ports.github;
    if (!github)
        throw new Error('record: deployments needs the GitHub client');
    const { info, record } = await landedRecord(git, commit);
    const block = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .lockstepBlock */ .bB)(record?.trailers ?? '');
    if (!(0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .generatedBy */ .BH)(block, 'promote-env'))
        return {
            commit,
            skipped: `${commit.slice(0, 12)} is not a landed promotion (the trailer block of ${info.parents.length > 1 ? 'its merged commit' : 'its message'} does not carry ${(0,_git_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedTrailer */ .ty)('promote-env')}); nothing recorded.`,
            deployments: [],
        };
    const named = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_1__/* .promotionsIn */ .Md)(block).map((p) => p.environment);
    const parent = info.parents[0];
    const landed = [];
    for (const env of req.environments) {
        if (only && env.name !== only)
            continue;
        if (named.length > 0 && !named.includes(env.name))
            continue;
        for (const file of await environmentFiles(env, (p) => git.readAt(commit, p))) {
            const before = parent ? await git.readAt(parent, file) : undefined;
            if ((await git.readAt(commit, file)) !== before) {
                landed.push(env);
                break;
            }
        }
    }
    if (landed.length === 0)
        return {
            commit,
            skipped: `${commit.slice(0, 12)} changed no ${only ? `file of ${only}` : named.length > 0 ? `file of ${named.join(', ')}, the environment its trailers name` : "environment's values file or Application"}; nothing recorded.`,
            deployments: [],
        };
    const deployments = [];
    const pins = await (0,_status_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentPins */ .Kv)({ ...req, environments: landed }, (p) => git.readAt(commit, p), cache);
    for (const [k, env] of landed.entries()) {
        const p = pins[k];
        const payload = {
            lockstep: 'promote-env',
            services: p.services,
            ...(p.chartVersion !== undefined ? { chartVersion: p.chartVersion } : {}),
        };
        const pinned = Object.entries(p.services)
            .filter(([, v]) => v?.tag)
            .map(([name, v]) => `${name} ${v.tag}`);
        const record = await github.recordDeployment({
            sha: commit,
            environment: env.name,
            payload,
            // GitHub keeps at most 140 characters of a deployment's description.
            description: `lockstep promote-env: ${pinned.join(', ') || 'pins'}`.slice(0, 140),
            transient: env.preview ?? false,
            production: env.protected,
            ...(env.url ? { environmentUrl: env.url } : {}),
        });
        deployments.push({ environment: env.name, payload, record, ...(env.url ? { url: env.url } : {}) });
    }
    return { commit, deployments };
}


/***/ }),

/***/ 68197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ rollbacksOf),
/* harmony export */   R: () => (/* binding */ holdChain),
/* harmony export */   rollbacksAhead: () => (/* binding */ rollbacksAhead)
/* harmony export */ });
/* harmony import */ var _records_trailers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73190);
/* harmony import */ var _text_pull_subject_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96475);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17098);
/* harmony import */ var _publish_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95289);
// The history a rollback hold is read from (gates/rollback-hold.ts): the last promotion that landed in an
// environment on the base branch's first-parent history, read on a merge's merged side, and whether it was a
// rollback (its Lockstep-Rollback trailer), for every environment asked in one history walk. Started by session.ts
// with the plan, awaited by the gate; loaded by the gate only when it gathers, so the config checks (which load every
// gate) do not load the records' readers. `lockstep status` reads it for every environment (promote/status-holds.ts).




/** The rollback `landing` (the last landing in `env`) is, or undefined: its record (a merge's merged side) says `Lockstep-Rollback: true` for `env`. */
function rollbackOf(env, landing) {
    if (!landing)
        return undefined;
    const record = landing.info.parents.length > 1 ? landing.merged : landing.info;
    const block = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .lockstepBlock */ .bB)(record?.trailers ?? '');
    if (!(0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedBy */ .BH)(block, 'promote-env'))
        return undefined;
    const p = (0,_records_trailers_js__WEBPACK_IMPORTED_MODULE_0__/* .promotionsIn */ .Md)(block).find((t) => t.environment === env);
    if (!p?.rollback)
        return undefined;
    // GitHub's merge and squash subjects name the pull request: `Merge pull request #45 from …`, `… (#45)`.
    const pull = (0,_text_pull_subject_js__WEBPACK_IMPORTED_MODULE_2__/* .pullOfSubject */ .L)(landing.info.message.split('\n', 1)[0])?.number;
    return { env, commit: landing.commit, to: p.from, ...(pull !== undefined ? { pull } : {}) };
}
/**
 * The rollback that holds each of `envs` on `baseSha` (undefined where none): each one's last landing on the
 * first-parent history, read for all of them in one walk (git/log.ts lastLandings). promote's gate asks it for the
 * target and the environments it is promoted from, `lockstep status` for every environment.
 */
async function rollbacksOf(envs, ports, baseSha) {
    const files = await Promise.all(envs.map((env) => (0,_publish_record_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentFiles */ .rj)(env, (p) => ports.git.readAt(baseSha, p))));
    const landings = await ports.git.landings(baseSha, files);
    return envs.map((env, k) => rollbackOf(env.name, landings[k]));
}
/** The environments whose rollback holds a promotion into `envs[k]`: itself, then each it is promoted from (graph.ts). */
function holdChain(envs, k) {
    return [envs[k].name, ...(0,_graph_js__WEBPACK_IMPORTED_MODULE_3__/* .predecessors */ .f)(envs, k)];
}
/** Each run's reads, by its ports and the base commit: started ahead of the plan, awaited by the gate. */
const started = new WeakMap();
/**
 * The last landing of the target and of each environment it is promoted from, read once per run and base commit
 * (one walk of the history for all of them): a held environment's pins move no further, so one after it is held at
 * its own step. session.ts starts it with the plan, so its git processes run while the plan parses; the gate awaits
 * what it started.
 */
function rollbacksAhead(req, route, ports, baseSha) {
    const chain = holdChain(req.environments, route.to.index);
    const key = `${baseSha}\0${chain.join('\0')}`;
    let runs = started.get(ports);
    if (!runs)
        started.set(ports, (runs = new Map()));
    let reads = runs.get(key);
    if (!reads) {
        const envs = chain.flatMap((name) => req.environments.filter((e) => e.name === name));
        reads = rollbacksOf(envs, ports, baseSha);
        // Awaited by the gate; a promotion that ends before its gates does not leave it unhandled.
        reads.catch(() => undefined);
        runs.set(key, reads);
    }
    return reads;
}


/***/ }),

/***/ 29280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cu: () => (/* binding */ fetchBase),
  dT: () => (/* binding */ fetchBaseAhead),
  TX: () => (/* binding */ forgetFetchedBases),
  dG: () => (/* binding */ localPromotion),
  fA: () => (/* binding */ openSession),
  J9: () => (/* binding */ planOn),
  BM: () => (/* binding */ planRouted),
  yi: () => (/* binding */ sessionRequest)
});

// UNUSED EXPORTS: askHelmAhead, buildPromoteRequest, planChecked

// EXTERNAL MODULE: ./packages/core/src/promote/hydrated.ts
var promote_hydrated = __webpack_require__(6225);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(30793);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts
var selection = __webpack_require__(95997);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/promote/rendered-run.ts
var rendered_run = __webpack_require__(28289);
// EXTERNAL MODULE: ./packages/core/src/promote/plan.ts + 5 modules
var promote_plan = __webpack_require__(22399);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(24619);
// EXTERNAL MODULE: ./packages/core/src/deploy/pins/pins.ts + 1 modules
var pins = __webpack_require__(49373);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 4 modules
var kind = __webpack_require__(5459);
;// CONCATENATED MODULE: ./packages/core/src/promote/layout.ts
// The environments and services a promotion reads from the config, or from the values-file / values-key
// templates when the config has none: every name checked before anything is read.






/**
 * Environments and services from the config, or from the `values-file` /
 * `values-key` templates when the config has none (`environments` input, else
 * dev, staging, prod). Errors name the config file or the input.
 */
function layoutFrom(config, inputs, digestsServices = []) {
    const environments = layoutEnvironments(config, inputs);
    return { environments, services: layoutServices(config, inputs, environments, digestsServices) };
}
/** The environments in promotion order, each name one git accepts in a branch and listed once. */
function layoutEnvironments(config, inputs) {
    // The keys an environment sets for promote's settings are resolved apart (environment-settings.ts).
    const configured = config.environments.map(({ values, autoMerge, valuesDrift, minSoak, wait, render, ...e }, i) => {
        // The config's checks refuse an environment that names no deployer.
        const d = (0,kind/* deploymentOf */.PE)({ ...e, values });
        return {
            ...e,
            // The pins' file: the values file when given, else the file or folder the deployer's own key names.
            values: values ?? d.files[0],
            valuesLine: (0,config_config.configLine)(config, ['environments', i, values !== undefined ? 'values' : d.pinKey]),
            ...(d.build !== undefined ? { kustomizationLine: (0,config_config.configLine)(config, ['environments', i, d.pinKey]) } : {}),
            ...(e.helmVersion !== undefined ? { helmVersionLine: (0,config_config.configLine)(config, ['environments', i, 'helm-version']) } : {}),
            ...(e.registry !== undefined ? { registryLine: (0,config_config.configLine)(config, ['environments', i, 'registry']) } : {}),
        };
    });
    let environments;
    if (configured.length > 0) {
        if (inputs.environments.length > 0) {
            const errors = [];
            environments = [];
            for (const name of inputs.environments) {
                const env = configured.find((e) => e.name === name);
                if (env)
                    environments.push(env);
                else
                    errors.push(new src_errors/* UserError */.yo(`names '${name}', which the config does not list${(0,suggest/* didYouMean */.a)(name, configured.map((e) => e.name))}`, { input: 'environments', file: config.file, hint: `configured: ${configured.map((e) => e.name).join(', ')}` }));
            }
            (0,src_errors/* throwAll */.Kx)(errors);
        }
        else
            environments = configured;
    }
    else {
        if (!inputs.valuesFile)
            throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `no environments: the config lists none and ${(0,src_errors/* named */.KT)('values-file')} is not set`, {
                file: config.file,
                hint: (0,src_errors/* words */.aL) `add environments to .github/lockstep.yml, or ${(0,src_errors/* setting */.Pe)('values-file')} (e.g. ${(0,src_errors/* named */.KT)('values-file', 'environments/{env}/values.yaml')})`,
            });
        const names = inputs.environments.length > 0 ? inputs.environments : ['dev', 'staging', 'prod'];
        environments = names.map((name) => ({ name, values: (0,request/* fillTemplate */.ou)(inputs.valuesFile, name), protected: false }));
    }
    if (inputs.valuesFile && configured.length > 0)
        environments = environments.map((e) => ({ ...e, values: (0,request/* fillTemplate */.ou)(inputs.valuesFile, e.name), valuesLine: undefined }));
    const seen = new Set();
    for (const e of environments) {
        // The name becomes the branch promote/<name>: keep it to what git accepts everywhere.
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(e.name) || e.name.endsWith('.lock') || e.name.includes('..'))
            throw new src_errors/* UserError */.yo(`environment name '${e.name}' cannot be part of a branch name`, {
                file: config.file,
                hint: 'use letters, digits, ".", "_" and "-"',
            });
        if (seen.has(e.name))
            throw new src_errors/* UserError */.yo(`environment '${e.name}' appears twice`, {
                file: config.file,
                hint: 'list each environment once, in promotion order',
            });
        seen.add(e.name);
    }
    return environments;
}
/** The services, each with where its pin sits (values-key) and its verify: policy. */
function layoutServices(config, inputs, environments, digestsServices) {
    const serviceNames = Object.keys(config.services);
    let services;
    if (serviceNames.length > 0) {
        services = serviceNames.map((name) => {
            const svc = config.services[name];
            const key = inputs.valuesKey ?? svc.valuesKey;
            // values-key says where the image sits in a values file: an overlay finds the service's entry by its image.
            // Image automation markers (image-policy) and postBuild.substitute variables (flux-substitute) name the fields themselves.
            const fields = svc.imagePolicy !== undefined || svc.fluxSubstitute !== undefined;
            if (!key && !fields && environments.some((e) => (0,kind/* deploymentOf */.PE)(e)?.build === undefined))
                throw new src_errors/* UserError */.yo(`service '${name}' has no values-key`, {
                    file: config.file,
                    hint: (0,src_errors/* words */.aL) `add values-key (e.g. services.${name}.image) to services.${name}, or ${(0,src_errors/* setting */.Pe)('values-key')}`,
                });
            const verify = (0,config_config.verifyFor)(config, name);
            const optOut = (0,config_config.verifyOptOut)(config, name);
            return {
                name,
                image: svc.image,
                ...(key ? { valuesKey: (0,request/* fillTemplate */.ou)(key, '{env}', name) } : {}),
                ...(verify ? { verify } : {}),
                ...(svc.imagePolicy !== undefined ? { imagePolicy: svc.imagePolicy } : {}),
                ...(svc.fluxSubstitute !== undefined
                    ? { substitute: typeof svc.fluxSubstitute === 'string' ? { image: svc.fluxSubstitute } : svc.fluxSubstitute }
                    : {}),
                ...(optOut ? { verifyOptOut: `${optOut.file ?? '.github/lockstep.yml'}${optOut.line ? `:${optOut.line}` : ''}` } : {}),
            };
        });
    }
    else {
        const names = inputs.services.length > 0 ? inputs.services : digestsServices;
        // Every environment promoted from its hydrated branches (promote/hydrated.ts): no pin is edited, no service needed.
        if (names.length === 0 && config.environments.every((e) => e.hydrate?.promote === 'lockstep'))
            return [];
        // Every environment an Application: a promotion moves its chart version alone (targetRevision), no pin.
        if (names.length === 0 && !inputs.valuesKey && environments.length > 0 && environments.every((e) => (0,kind/* deployerResource */.lq)(e) !== undefined))
            return [];
        if (names.length === 0)
            throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `no services: the config lists none, and neither ${(0,src_errors/* named */.KT)('services')} nor a digests file names any`, {
                file: config.file,
                hint: (0,src_errors/* words */.aL) `add services to .github/lockstep.yml, or ${(0,src_errors/* setting */.Pe)('services')}`,
            });
        if (!inputs.valuesKey)
            throw new src_errors/* UserError */.yo('is required without services in the config', {
                input: 'values-key',
                hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('values-key')}, e.g. image or services.{service}.image`,
            });
        services = names.map((name) => ({
            name,
            valuesKey: (0,request/* fillTemplate */.ou)(inputs.valuesKey, '{env}', name),
            ...(config.verify && (0,config_config.verifyFor)(config, name) ? { verify: config.verify } : {}),
        }));
    }
    for (const s of services)
        if (s.valuesKey !== undefined)
            (0,pins/* parseValuesKey */.bx)(s.valuesKey.replace(/\{env\}/g, 'env'), `values-key of service '${s.name}'`);
    return services;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/git/auth.ts
var auth = __webpack_require__(81006);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(48982);
// EXTERNAL MODULE: ./packages/core/src/git/cat-file.ts
var cat_file = __webpack_require__(40001);
// EXTERNAL MODULE: ./packages/core/src/github/client.ts + 2 modules
var github_client = __webpack_require__(20145);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __webpack_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(32632);
// EXTERNAL MODULE: ./packages/core/src/render/find.ts
var find = __webpack_require__(73211);
// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts
var docker_config = __webpack_require__(48040);
// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var http_transport = __webpack_require__(96291);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var render_helm = __webpack_require__(46760);
;// CONCATENATED MODULE: ./packages/core/src/git/tree.ts
// The files under a folder of a commit, read from the tree objects through a
// running `git cat-file --batch` (cat-file.ts) rather than one more `git
// ls-tree` process: a promotion's render lists its chart's folder between the
// base fetch and Helm's start, where a process to spawn cost 20–40 ms on a
// busy 2-core runner and a read of the running one costs under a millisecond.
// The answer is `git ls-tree -r --name-only <commit> -- <dir>/`'s, in its order.
/** A tree entry's mode for a subtree: recursed into, not listed (ls-tree -r without -t). */
const TREE_MODE = '40000';
/** The entries of a tree object in their order (git's, which ls-tree keeps); the id's width is the repository's hash's. */
function entries(data, idBytes) {
    const out = [];
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const nul = data.indexOf(0, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + idBytes > data.length)
            throw new Error('git cat-file: a tree object ends inside an entry');
        out.push({
            mode: data.toString('latin1', at, space),
            name: data.toString('utf8', space + 1, nul),
            id: data.toString('hex', nul + 1, nul + 1 + idBytes),
        });
        at = nul + 1 + idBytes;
    }
    return out;
}
/**
 * Every file (blobs, symbolic links, submodule commits) under the folder `dir` of `commit` (`.` or '' the whole
 * tree), as paths from the repository's top in `git ls-tree -r`'s order: git/commits.ts listFiles's answer. A `dir`
 * that is no folder of the commit (a file, nothing) gives nothing; undefined when the commit cannot be read.
 */
async function filesUnder(reader, commit, dir) {
    const folder = dir.replace(/\/+$/, '');
    const top = folder === '' || folder === '.';
    const [root, at] = await Promise.all([reader.read(`${commit}^{tree}`), top ? undefined : reader.read(`${commit}:${folder}`)]);
    if (root?.type !== 'tree')
        return undefined;
    const start = top ? root : at;
    if (!start)
        return [];
    if (start.type !== 'tree')
        return [];
    const idBytes = root.oid.length / 2;
    const out = [];
    const walk = async (tree, prefix) => {
        const list = entries(tree, idBytes);
        // The subtrees of one tree are asked for at once, by id: cat-file gets them in one write.
        const subtrees = list.map((e) => (e.mode === TREE_MODE ? reader.read(e.id) : undefined));
        for (const [i, e] of list.entries()) {
            const path = `${prefix}${e.name}`;
            if (e.mode !== TREE_MODE) {
                out.push(path);
                continue;
            }
            const sub = await subtrees[i];
            if (sub?.type !== 'tree')
                throw new Error(`git cat-file: ${commit}:${path} is no tree`);
            await walk(sub.data, `${path}/`);
        }
    };
    await walk(start.data, top ? '' : `${folder}/`);
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/git/log.ts
var log = __webpack_require__(45968);
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var publish = __webpack_require__(5825);
// EXTERNAL MODULE: ./packages/core/src/git/generated-branch.ts
var generated_branch = __webpack_require__(85036);
// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(58162);
// EXTERNAL MODULE: ./packages/core/src/git/hydrator-notes.ts
var hydrator_notes = __webpack_require__(14361);
// EXTERNAL MODULE: ./packages/core/src/git/identity.ts
var identity = __webpack_require__(87034);
// EXTERNAL MODULE: ./packages/core/src/github/branch-publisher.ts + 1 modules
var branch_publisher = __webpack_require__(77388);
;// CONCATENATED MODULE: ./packages/core/src/promote/git-port.ts
// The git side of a promotion: a view of the Repo promoted in (git/repo.ts), with the object
// reader the plans read through (restarted after each fetch, so it sees what came).









/** PromoteGit over `git` and `reader`. */
function promoteGitOf(git, reader, o) {
    const { base } = o;
    // origin's hydrator notes, fetched once per run when a promotion of hydrated branches first asks.
    let notes;
    // The render runs beside the chart checks, and both may fetch a release tag: one fetch at a time.
    const serial = oneAtATime();
    return {
        async hydratorNote(commit) {
            notes ??= o.remote ? (0,hydrator_notes/* fetchHydratorNotes */.lH)(git) : git.commitOf(hydrator_notes/* HYDRATOR_NOTES */.Qu);
            return (await notes) ? (0,hydrator_notes/* notedDrySha */.K$)(git, commit) : undefined;
        },
        async fetchBranch(branch) {
            if (!o.remote) {
                await (0,refs/* checkRefName */.hh)(git, branch, 'branch');
                return git.commitOf(`refs/heads/${branch}`);
            }
            return serial(async () => {
                const sha = await publish/* fetchBranch */.D_(git, 'origin', branch);
                reader.close(); // objects fetched since cat-file started are read by a fresh one
                return sha;
            });
        },
        async knownTip(branch) {
            // Read through the object reader, no process of its own; a name that is not a plain one (a `:` names a path) is not asked.
            if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(branch) || branch.startsWith('-') || branch.includes('..'))
                return undefined;
            return reader.commit(`refs/${o.remote ? 'remotes/origin' : 'heads'}/${branch}`);
        },
        readAt: (commit, path) => reader.text(`${commit}:${path}`),
        readBytesAt: (commit, path) => reader.read(`${commit}:${path}`).then((o) => (o?.type === 'blob' ? o.data : undefined)),
        resolveRef: refResolver(git, reader, o.remote, serial),
        async fetchTags(groups) {
            if (!o.remote || groups.length === 0)
                return;
            await serial(() => fetchFirstSpellings(git, reader, groups));
        },
        commitInfo: (commit) => git.commitInfo(commit),
        landedAt: (commit, path) => git.lastCommit(commit, path, true),
        landings: (commit, groups) => (0,log/* lastLandings */.xU)(git, commit, groups),
        // A folder's files from the running cat-file's tree reads (git/tree.ts): no process to start; the whole tree from ls-tree.
        listFiles: (commit, dir) => (dir === undefined ? git.listFiles(commit) : filesUnder(reader, commit, dir)),
        lastCommit: (commit, path) => git.lastCommit(commit, path),
        async firstParentLog(commit, path) {
            const entries = await git.firstParentLog(commit, path);
            return { entries, complete: !(await git.isShallow()) };
        },
        async deepenHistory(commits) {
            // A shallow clone (actions/checkout's default) gets the base branch's history in steps, as soak time asks for it.
            if (!o.remote || !(await git.isShallow()))
                return false;
            return serial(async () => {
                const r = await git.deepenBranch('origin', base, commits);
                reader.close();
                return r.code === 0;
            });
        },
        async publish(p) {
            // commit-mode api: the same round, its commits written through the GitHub API instead of pushed.
            const viaApi = p.commitMode === 'api' ? (0,branch_publisher/* apiBranchPublisher */.p)(git, o.apiClient(), { committer: identity/* BOT_IDENTITY */.br }) : undefined;
            const r = await (0,generated_branch/* publishGeneratedBranch */.J)(git, {
                base: p.base,
                branch: p.branch,
                trailer: publish/* generatedTrailer */.ty('promote-env'),
                author: o.identity ?? identity/* BOT_IDENTITY */.br,
                committer: o.identity ?? identity/* BOT_IDENTITY */.br,
                plan: p.plan,
            }, viaApi);
            reader.close();
            return r;
        },
        commitsBetween: (from, to) => git.commitsBetween(from, to),
        commitsInRanges: (ranges) => git.commitsInRanges(ranges),
    };
}
/**
 * Runs fetches one at a time: two git fetches in one repository race for its locks (a tag's ref, a shallow
 * clone's shallow file).
 */
function oneAtATime() {
    let fetching = Promise.resolve();
    return (f) => {
        const run = fetching.then(f, f);
        fetching = run.catch(() => undefined);
        return run;
    };
}
/**
 * resolveRef: the commit a ref names here, else fetched from origin when origin has it (through `serial`); a ref
 * asked for again while it is being resolved shares that answer.
 */
function refResolver(git, reader, remote, serial) {
    const resolving = new Map();
    const resolve = async (ref) => {
        const have = await reader.commit(ref);
        if (have)
            return have;
        const bySha = (0,request/* looksLikeSha */.sA)(ref) && ref.length === 40;
        // What's-in tries several tag spellings for each service (`api-v1.4.0`, `v1.4.0`, …): origin's tag list,
        // asked once per run, spares a failing fetch (and a cat-file restart) for every spelling origin lacks.
        if (!bySha && remote) {
            const tags = await git.remoteTags();
            if (tags && !tags.has(ref))
                return undefined;
        }
        await serial(async () => {
            await (bySha ? git.fetchRefs('origin', [ref]) : git.fetchTags('origin', [ref]));
            reader.close();
        });
        return reader.commit(ref);
    };
    return (ref) => {
        let r = resolving.get(ref);
        if (!r) {
            resolving.set(ref, (r = resolve(ref)));
            void r.finally(() => resolving.delete(ref)).catch(() => undefined);
        }
        return r;
    };
}
/** fetchTags on origin: the first spelling of each group here or on origin; those only on origin fetched together. */
async function fetchFirstSpellings(git, reader, groups) {
    const tags = await git.remoteTags();
    // Without origin's list the spellings cannot be chosen here: resolveRef fetches them one by one, as before.
    if (!tags)
        return;
    const wanted = new Set();
    for (const group of groups)
        for (const tag of group) {
            if ((0,request/* looksLikeSha */.sA)(tag) && tag.length === 40)
                break;
            if (await reader.commit(tag))
                break;
            if (tags.has(tag)) {
                wanted.add(tag);
                break;
            }
        }
    if (wanted.size === 0)
        return;
    // One fetch and one reader restart for all of them; should it fail, resolveRef still fetches each it is asked for.
    await git.fetchTags('origin', [...wanted]);
    reader.close();
}

;// CONCATENATED MODULE: ./packages/core/src/github/approvals.ts
// Who approved a pull request, and who may: the approval gate's reads (promote/gates/approval.ts). A
// reviewer's latest deciding review counts (an approval later dismissed, or followed by a change request,
// does not), and only when given on the commit the pull request merged (an approval before a later push is
// stale); a team's membership is asked per login; a GitHub Environment's required reviewers are its
// protection rule of that type (users, and teams of the repository's organisation).

/**
 * Who approved pull request `number`. A reviewer's latest deciding review counts, and only when it was given on
 * the pull request's head commit (for a merged one, the commit that merged): an approval followed by a push
 * approved someone else's later change, so it is returned apart, as `stale`.
 */
async function approvers(gh, number) {
    const pull = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
    });
    const head = pull.data.head.sha;
    const reviews = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
        per_page: 100,
    }));
    const last = new Map();
    for (const r of reviews)
        if (r.user?.login && r.state && r.state !== 'COMMENTED' && r.state !== 'PENDING') {
            last.delete(r.user.login);
            last.set(r.user.login, { state: r.state, commit: r.commit_id ?? undefined });
        }
    const approving = [...last].filter(([, r]) => r.state === 'APPROVED');
    return {
        approved: approving.filter(([, r]) => r.commit === head).map(([login]) => login),
        stale: approving.filter(([, r]) => r.commit !== head).map(([login]) => login),
    };
}
/** Whether `login` is an active member of team `slug` of `org` (404: not, or a team the token cannot see). */
async function isTeamMember(gh, org, slug, login) {
    const r = await (0,github_client/* orNotFound */.$u)(() => gh.octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login }));
    return r?.data.state === 'active';
}
/** The required reviewers of the repository's GitHub Environment `name`; undefined when it has none or does not exist. */
async function environmentReviewers(gh, name) {
    const r = await (0,github_client/* orNotFound */.$u)(() => gh.octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', {
        owner: gh.owner,
        repo: gh.repo,
        environment_name: name,
    }));
    const rule = r?.data.protection_rules?.find((p) => p.type === 'required_reviewers');
    if (!rule?.reviewers?.length)
        return undefined;
    const users = rule.reviewers.flatMap((x) => (x.type === 'User' && x.reviewer?.login ? [x.reviewer.login] : []));
    const teams = rule.reviewers.flatMap((x) => (x.type === 'Team' && x.reviewer?.slug ? [{ org: gh.owner, slug: x.reviewer.slug }] : []));
    return { users, teams };
}

;// CONCATENATED MODULE: ./packages/core/src/github/checks.ts
// Branch protection treats neutral and skipped as passing.
const PASSING = new Set(['success', 'neutral', 'skipped']);
/**
 * The state of each named check on `sha`: check runs (newest run of a name
 * wins, so a re-run replaces a failure) first, then commit statuses (their
 * context); a name with neither is 'missing'.
 */
async function checkStates(gh, sha, names) {
    if (!names.length)
        return [];
    // Each run passed the client's reply check: its id is a JSON integer (the schema allows a bigint for int64 ids).
    const runs = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        owner: gh.owner,
        repo: gh.repo,
        ref: sha,
        per_page: 100,
        filter: 'latest',
    }));
    const { data: combined } = await gh.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/status', {
        owner: gh.owner,
        repo: gh.repo,
        ref: sha,
        per_page: 100,
    });
    const statuses = (combined.statuses ?? []);
    return names.map((name) => {
        // Ids grow with creation; a queued re-run has no started_at yet but must still win over the run it replaces.
        const named = runs.filter((r) => r.name === name).sort((a, b) => b.id - a.id);
        const run = named[0];
        if (run) {
            const state = run.status !== 'completed' ? 'pending' : PASSING.has(run.conclusion) ? 'success' : 'failure';
            return { name, state, source: 'check-run', ...(run.html_url ? { url: run.html_url } : {}) };
        }
        // The combined status already keeps only the latest status per context.
        const status = statuses.find((s) => s.context === name);
        if (status) {
            const state = status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure';
            return { name, state, source: 'status', ...(status.target_url ? { url: status.target_url } : {}) };
        }
        return { name, state: 'missing', source: 'check-run' };
    });
}

// EXTERNAL MODULE: ./packages/core/src/github/deployments.ts
var deployments = __webpack_require__(31277);
;// CONCATENATED MODULE: ./packages/core/src/github/label-events.ts
// Who put a label on a pull request, and when: the issue's event list
// (`GET /repos/{owner}/{repo}/issues/{n}/events`), whose `labeled` events
// name the actor. A promotion's break-glass label is recorded this way.
/** The user who last added `label` to issue or pull request `number`, and when (ISO 8601); empty when no event says so. */
async function labelAddedBy(gh, number, label) {
    const events = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        per_page: 100,
    }));
    const wanted = label.toLowerCase();
    const added = events.filter((e) => e.event === 'labeled' && e.label?.name.toLowerCase() === wanted);
    const last = added[added.length - 1];
    return last ? { ...(last.actor?.login ? { by: last.actor.login } : {}), at: last.created_at } : {};
}

// EXTERNAL MODULE: ./packages/core/src/github/pulls.ts
var pulls = __webpack_require__(37285);
// EXTERNAL MODULE: ./packages/core/src/trail/notify.ts
var notify = __webpack_require__(31377);
// EXTERNAL MODULE: ./packages/core/src/promote/publish/branch.ts
var branch = __webpack_require__(69256);
;// CONCATENATED MODULE: ./packages/core/src/promote/github-port.ts
// GitHub's side of a promotion: pull requests, checks, auto-merge, deployments and the trail,
// through one client made on first use; GitHub's refusals become UserErrors naming the permission.








/** Runs a GitHub call whose refusal a user can fix (4xx) as a one-line UserError with `hint`, the permission it needs. */
function refusalsNaming(hint) {
    return async (fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw (0,github_client/* gitHubUserError */.F2)(e, { hint }) ?? e;
        }
    };
}
/**
 * GitHub's side of a promotion in `repository`: check states, the PR and
 * auto-merge, through a client made on first use. Refusals a user can fix
 * (4xx) become one-line UserErrors naming the permissions needed.
 */
function promoteGitHub(client, log) {
    // GitHub's refusals (a missing permission, a repository setting) are the user's to fix: one line, no stack.
    const userFacing = refusalsNaming('the token needs contents: write and pull-requests: write on the repository promoted in');
    // Deployments need their own permission: a refusal names it.
    const deploymentFacing = refusalsNaming('the token needs deployments: write on the repository promoted in');
    // Team memberships are the organisation's: a refusal names that permission.
    const memberFacing = refusalsNaming("the token needs members: read on the organization (a GitHub App's or a PAT's; GITHUB_TOKEN has none)");
    return {
        checkStates: (sha, names) => userFacing(() => checkStates(client(), sha, names)),
        async upsertPull(p) {
            const r = await userFacing(() => (0,pulls/* upsertPull */.N2)(client(), p));
            for (const w of r.warnings)
                log(w);
            return r;
        },
        enableAutoMerge: (pull) => userFacing(() => (0,pulls/* enableAutoMerge */.D2)(client(), pull)),
        readyForReview: (pull) => userFacing(() => (0,pulls/* markReadyForReview */.aT)(client(), pull)),
        recordDeployment: (spec) => deploymentFacing(() => (0,deployments/* recordDeployment */.dj)(client(), spec)),
        latestDeployments: (environments) => deploymentFacing(() => (0,deployments/* latestDeployments */.uV)(client(), environments)),
        async pullsOf(sha) {
            const found = await userFacing(() => (0,pulls/* pullsForCommit */.bQ)(client(), sha));
            return found.filter((p) => p.merged).map((p) => ({ number: p.number, title: p.title }));
        },
        async mergedPullOf(sha, base) {
            const found = await userFacing(() => (0,pulls/* pullsForCommit */.bQ)(client(), sha).catch((e) => {
                // A commit GitHub does not know (never pushed) has no pull request.
                if (e instanceof github_client/* GitHubError */.y_ && (e.status === 404 || e.status === 422))
                    return [];
                throw e;
            }));
            const merged = found.filter((p) => p.merged && p.mergedAt !== undefined && p.base === base);
            const pull = merged.find((p) => p.mergeCommitSha === sha) ?? merged.sort((a, b) => a.mergedAt.localeCompare(b.mergedAt))[0];
            return pull ? { number: pull.number, mergedAt: pull.mergedAt } : undefined;
        },
        async deployedAt(environment, sha) {
            const found = await deploymentFacing(() => (0,deployments/* listDeployments */.Jn)(client(), environment, sha));
            const first = found.filter((d) => d.sha === sha).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
            return first ? { id: first.id, createdAt: first.createdAt } : undefined;
        },
        async mergedPromotion(sha) {
            const found = await userFacing(() => (0,pulls/* pullsForCommit */.bQ)(client(), sha).catch((e) => {
                // A commit GitHub does not know (never pushed) has no pull request.
                if (e instanceof github_client/* GitHubError */.y_ && (e.status === 404 || e.status === 422))
                    return [];
                throw e;
            }));
            // Only a branch of this repository is a promotion branch: a fork's promote/prod was written by whoever owns the fork.
            const pull = found.find((p) => p.merged && p.fromFork === false && branch/* PromotionBranch */.G.is(p.head));
            if (!pull)
                return undefined;
            const full = await userFacing(() => client().octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner: client().owner,
                repo: client().repo,
                pull_number: pull.number,
            }));
            return { number: pull.number, head: pull.head, body: pull.body, mergedAt: full.data.merged_at ?? '' };
        },
        leaveTrail: (pullNumbers, step) => (0,notify/* leaveTrail */.c)(client(), pullNumbers, step),
        approvals: (number) => userFacing(() => approvers(client(), number)),
        teamMember: (org, slug, login) => memberFacing(() => isTeamMember(client(), org, slug, login)),
        environmentReviewers: (name) => userFacing(() => environmentReviewers(client(), name)),
        async breakGlass(branch, base, label) {
            const open = (await userFacing(() => (0,pulls/* findOpenPulls */.M2)(client(), { branch, base })))[0];
            if (!open?.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
                return undefined;
            return { label, pull: open.number, ...(await userFacing(() => labelAddedBy(client(), open.number, label))) };
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/charts/archive.ts
var archive = __webpack_require__(68657);
// EXTERNAL MODULE: ./packages/core/src/registry/chart.ts
var chart = __webpack_require__(83329);
// EXTERNAL MODULE: ./packages/core/src/registry/helm-repository.ts
var helm_repository = __webpack_require__(72558);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/core/src/registry/blob-copy.ts
// One blob carried from a repository to another, possibly on another registry, the way the OCI distribution
// spec moves bytes: nothing when the target holds it (HEAD), a cross-repository mount within one registry, else
// an upload session fed from the source — one GET and one PUT for a small blob, ranged GETs each sent on as a
// PATCH for a large one, so no more than one chunk is ever held in memory. The bytes are hashed on the way and
// the session is closed with `?digest=` only when they are what the descriptor names, size and digest both.



const SHA256 = /^sha256:[0-9a-f]{64}$/;
/** `registry/repository@digest`, as the copy's errors name a blob. */
function named(ref, digest) {
    return `${ref.registry}/${ref.repository}@${digest}`;
}
/** Refuses a descriptor before a byte is asked for: a digest lockstep can check, a size within the bound. */
function checkDescriptor(from, blob, limits) {
    if (typeof blob.digest !== 'string' || !SHA256.test(blob.digest))
        throw new registry_client/* RegistryError */.gl('invalid', `${from.registry}/${from.repository}: a manifest names the blob ${String(blob.digest)}, not a sha256 digest`);
    if (!Number.isSafeInteger(blob.size) || blob.size < 0)
        throw new registry_client/* RegistryError */.gl('invalid', `${named(from, blob.digest)}: the manifest gives it no valid size`);
    if (blob.size > limits.maxBlobBytes)
        throw new registry_client/* RegistryError */.gl('invalid', `${named(from, blob.digest)} is ${blob.size} bytes, more than the ${limits.maxBlobBytes} lockstep copies`);
}
/** Copies `blob` from `from` to `to` unless the target holds it; the bytes sent are checked against the descriptor first. */
async function copyBlob(from, to, blob, limits) {
    checkDescriptor(from.ref, blob, limits);
    if (await to.client.hasBlob(to.ref, blob.digest))
        return 'present';
    const base = to.client.apiBase(to.ref.registry);
    const uploads = `${base}/v2/${to.ref.repository}/blobs/uploads/`;
    const mountable = from.ref.registry === to.ref.registry && from.ref.repository !== to.ref.repository;
    const query = mountable ? `?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from.ref.repository)}` : '';
    const opened = await to.client.authorized(to.ref, blob.digest, { method: 'POST', url: uploads + query, headers: {}, push: true });
    // 201: the registry mounted it from the other repository; 202: an upload session to fill.
    if (opened.status === 201)
        return 'mounted';
    let session = (0,registry_client/* uploadUrl */.zj)((0,http_transport.header)(opened, 'location'), base, to.ref);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    if (blob.size <= limits.chunkBytes) {
        const bytes = await readRange(from, blob, 0, blob.size, false);
        hash.update(bytes);
        checkHash(from, blob, hash.digest('hex'));
        await blob_copy_close(to, session, blob.digest, bytes);
        return 'copied';
    }
    for (let start = 0; start < blob.size; start += limits.chunkBytes) {
        const end = Math.min(blob.size, start + limits.chunkBytes);
        const bytes = await readRange(from, blob, start, end, true);
        hash.update(bytes);
        const sent = await to.client.authorized(to.ref, blob.digest, {
            method: 'PATCH',
            url: session.toString(),
            headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `${start}-${end - 1}` },
            body: bytes,
            push: true,
        });
        session = (0,registry_client/* uploadUrl */.zj)((0,http_transport.header)(sent, 'location'), base, to.ref);
    }
    // Closed only for the right bytes: an upload never completed leaves nothing under the digest.
    checkHash(from, blob, hash.digest('hex'));
    await blob_copy_close(to, session, blob.digest, Buffer.alloc(0));
    return 'copied';
}
/** Bytes [start, end) of the blob from the source: exactly that many, or a RegistryError (a size that lies, a Range ignored). */
async function readRange(from, blob, start, end, ranged) {
    const want = end - start;
    let res;
    try {
        res = await from.client.authorized(from.ref, blob.digest, {
            method: 'GET',
            url: `${from.client.apiBase(from.ref.registry)}/v2/${from.ref.repository}/blobs/${blob.digest}`,
            headers: { Accept: '*/*', ...(ranged ? { Range: `bytes=${start}-${end - 1}` } : {}) },
            maxBytes: want,
        });
    }
    catch (e) {
        if (e instanceof registry_client/* RegistryError */.gl && e.kind === 'invalid' && /too large/i.test(e.message))
            throw new registry_client/* RegistryError */.gl('mismatch', ranged
                ? `${named(from.ref, blob.digest)}: the registry answered the read of bytes ${start}-${end - 1} with more than ${want} bytes (a Range it ignores)`
                : `${named(from.ref, blob.digest)}: the registry sent more than the ${blob.size} bytes its manifest gives`);
        throw e;
    }
    if (ranged && res.status !== 206)
        throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry} answered HTTP ${res.status} to a ranged read of ${named(from.ref, blob.digest)}`);
    if (res.body.length !== want)
        throw new registry_client/* RegistryError */.gl('mismatch', `${named(from.ref, blob.digest)}: the registry sent ${start + res.body.length} bytes where its manifest gives ${blob.size}`);
    return res.body;
}
function checkHash(from, blob, hex) {
    if (`sha256:${hex}` !== blob.digest)
        throw new registry_client/* RegistryError */.gl('mismatch', `${named(from.ref, blob.digest)}: the bytes served hash to sha256:${hex}`);
}
/** The upload session closed with the digest (and the last bytes); the registry checks the digest once more. */
async function blob_copy_close(to, session, digest, bytes) {
    session.searchParams.set('digest', digest);
    await to.client.authorized(to.ref, digest, {
        method: 'PUT',
        url: session.toString(),
        headers: { 'Content-Type': 'application/octet-stream' },
        body: bytes,
        push: true,
    });
}

// EXTERNAL MODULE: ./packages/core/src/registry/manifest.ts
var manifest = __webpack_require__(78372);
// EXTERNAL MODULE: ./packages/core/src/registry/referrers.ts
var referrers = __webpack_require__(86937);
;// CONCATENATED MODULE: ./packages/core/src/registry/image-copy.ts
// An image copied by digest from one repository to another (another registry, as a promotion into an
// environment with `registry:` asks): the index, every manifest it lists, every blob, and the artifacts that
// vouch for it — its referrers (the OCI referrers API, else the `sha256-<hex>` fallback tag's index) and
// cosign's tag scheme (`sha256-<hex>.sig`, `.att`, `.sbom`). Each manifest is read by digest and checked
// against it, then PUT byte for byte with its media type, children before the index that lists them, so the
// digest is the same in both registries and every signature over it still verifies. Nothing is pinned on a
// copy this module did not end by reading back: every manifest by digest, every blob by HEAD, every tag.




const COPY_LIMITS = {
    maxManifests: 256,
    maxReferrers: 64,
    maxBlobBytes: 16 * 1024 ** 3,
    maxTotalBytes: 64 * 1024 ** 3,
    chunkBytes: 8 * 1024 * 1024,
};
/** cosign's tags beside an image: signatures, attestations, SBOMs. */
const COSIGN_SUFFIXES = ['.sig', '.att', '.sbom'];
/** Parses a manifest's JSON; a RegistryError names what is not one. */
function parse(from, digest, body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        if (doc && typeof doc === 'object' && !Array.isArray(doc))
            return doc;
    }
    catch {
        // said below
    }
    throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${digest} is not a JSON manifest`);
}
/** The descriptors of a list (`manifests`, `layers`), each with a string digest and a size as given. */
function descriptors(list) {
    if (!Array.isArray(list))
        return [];
    return list
        .filter((d) => typeof d === 'object' && d !== null)
        .map((d) => ({
        digest: String(d.digest),
        size: typeof d.size === 'number' ? d.size : -1,
        ...(typeof d.mediaType === 'string' ? { mediaType: d.mediaType } : {}),
    }));
}
/** Reads what copying `digest` from `from` would carry, checking every manifest against its digest; writes nothing. */
async function planCopy(from, digest, limits = COPY_LIMITS) {
    const nodes = new Map();
    const order = [];
    const walk = async (d, depth, stored, tag) => {
        if (nodes.has(d) && !tag)
            return;
        if (order.length >= limits.maxManifests)
            throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${digest} holds more than ${limits.maxManifests} manifests`);
        const m = stored ?? (await from.client.manifestAt({ ...from.ref, digest: d, tag: undefined }, d));
        const doc = parse(from, d, m.body);
        const mediaType = m.mediaType ?? (typeof doc.mediaType === 'string' ? doc.mediaType : manifest/* MEDIA_TYPES */.Z2.ociManifest);
        const index = (0,manifest/* isIndexMediaType */.$$)(mediaType);
        const listed = descriptors(index ? doc.manifests : undefined);
        if (index && depth > 1)
            throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${d}: an index nested too deep`);
        // A non-distributable (foreign) layer is not in the registry: the runtime pulls it from its own URLs, as before.
        const layers = descriptors(doc.layers).filter((l) => !/nondistributable|foreign/.test(l.mediaType ?? ''));
        const blobs = index ? [] : [...descriptors(doc.config ? [doc.config] : []), ...layers];
        for (const b of blobs)
            checkDescriptor(from.ref, b, limits);
        const node = { digest: d, mediaType, body: m.body, children: listed.map((c) => c.digest), blobs, ...(tag ? { tag } : {}) };
        nodes.set(d, node);
        for (const c of listed) {
            if (!/^sha256:[0-9a-f]{64}$/.test(c.digest))
                throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${d} lists ${c.digest}, not a sha256 digest`);
            await walk(c.digest, depth + 1);
        }
        order.push(node);
    };
    await walk(digest, 0);
    const found = await referrersOf(from, digest, limits);
    for (const r of found.digests)
        await walk(r, 1);
    const tags = [];
    for (const suffix of COSIGN_SUFFIXES) {
        const tag = `${(0,referrers/* referrersTag */.LN)(digest)}${suffix}`;
        const m = await from.client.fetchManifest({ ...from.ref, tag, digest: undefined }, tag);
        if (!m)
            continue;
        tags.push(tag);
        await walk(m.digest, 1, m, tag);
    }
    const unique = new Map(order.flatMap((n) => n.blobs).map((b) => [b.digest, b]));
    const bytes = [...unique.values()].reduce((s, b) => s + b.size, 0);
    if (bytes > limits.maxTotalBytes)
        throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${digest} weighs ${bytes} bytes, more than the ${limits.maxTotalBytes} lockstep copies`);
    return {
        digest,
        nodes: order,
        ...(found.index ? { referrersIndex: found.index } : {}),
        referrers: found.digests.length,
        tags,
        blobs: unique.size,
        bytes,
    };
}
/** The referrers of `digest`: from the API, else the fallback tag (kept to write it in the target); refused past the bound. */
async function referrersOf(from, digest, limits) {
    const tag = (0,referrers/* referrersTag */.LN)(digest);
    let body = await from.client.referrers(from.ref, digest);
    let kept = body && { tag, body, mediaType: manifest/* MEDIA_TYPES */.Z2.ociIndex, api: true };
    if (body === undefined) {
        const m = await from.client.fetchManifest({ ...from.ref, tag, digest: undefined }, tag);
        if (!m)
            return { digests: [] };
        body = m.body;
        kept = { tag, body, mediaType: m.mediaType ?? manifest/* MEDIA_TYPES */.Z2.ociIndex };
    }
    const listed = descriptors(parse(from, tag, body).manifests);
    if (listed.length > limits.maxReferrers)
        throw new registry_client/* RegistryError */.gl('invalid', `${from.ref.registry}/${from.ref.repository}@${digest} has ${listed.length} referrers, more than the ${limits.maxReferrers} lockstep copies`);
    for (const r of listed)
        if (!/^sha256:[0-9a-f]{64}$/.test(r.digest))
            throw new registry_client/* RegistryError */.gl('invalid', `the referrers of ${from.ref.registry}/${from.ref.repository}@${digest} list ${r.digest}, not a sha256 digest`);
    return { digests: listed.map((r) => r.digest), ...(kept && listed.length > 0 ? { index: kept } : {}) };
}
/**
 * Carries `plan` (planCopy's, from `from`) into `to`: blobs, then each manifest by digest (a cosign tag's under
 * its tag) children first, then the referrers fallback tag, then reads everything back. A RegistryError on any
 * step: the caller pins nothing.
 */
async function runCopy(from, to, plan, limits = COPY_LIMITS) {
    const blobs = { present: 0, mounted: 0, copied: 0 };
    const done = new Set();
    for (const node of plan.nodes) {
        for (const b of node.blobs) {
            if (done.has(b.digest))
                continue;
            done.add(b.digest);
            try {
                blobs[await copyBlob(from, to, b, limits)]++;
            }
            catch (e) {
                throw namingBlob(e, b.digest);
            }
        }
        const stored = await to.client.pushManifest(to.ref, node.tag ?? node.digest, node.body, node.mediaType);
        if (stored !== node.digest)
            throw new registry_client/* RegistryError */.gl('mismatch', `${to.ref.registry}/${to.ref.repository}: ${node.digest} was stored as ${stored}`);
    }
    // Referrers the source's API listed are listed by the target's own API, from their subject; without one, by the tag.
    const index = plan.referrersIndex;
    if (index && (!index.api || (await to.client.referrers(to.ref, plan.digest)) === undefined))
        await writeReferrersIndex(to, index);
    await readBack(to, plan);
    return { manifests: plan.nodes.length, referrers: plan.referrers, tags: plan.tags, blobs, bytes: plan.bytes };
}
/** A registry's failure while a blob was carried, said with the blob (a cut-off answer names only the host). */
function namingBlob(e, digest) {
    // Anything else (a programming error) goes on as it came.
    if (!(e instanceof registry_client/* RegistryError */.gl) || e.message.includes(digest))
        return e;
    return new registry_client/* RegistryError */.gl(e.kind, `the blob ${digest}: ${e.message}`, e.hint, e.cliHint);
}
/**
 * The fallback tag in the target: the source's index as it is when the target has none; when it has one (its own
 * referrers, or an earlier copy), the source's entries it lacks added to it. The tag moves as the OCI spec has
 * its fallback move: it is an index of descriptors, not an artifact anyone signs.
 */
async function writeReferrersIndex(to, index) {
    const there = await to.client.fetchManifest({ ...to.ref, tag: index.tag, digest: undefined }, index.tag);
    if (!there) {
        await to.client.pushManifest(to.ref, index.tag, index.body, index.mediaType);
        return;
    }
    const ours = descriptorList(index.body);
    const theirs = descriptorList(there.body);
    const known = new Set(theirs.map((d) => d.digest));
    const missing = ours.filter((d) => !known.has(d.digest));
    if (missing.length === 0)
        return;
    const merged = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: manifest/* MEDIA_TYPES */.Z2.ociIndex, manifests: [...theirs, ...missing] }));
    await to.client.pushManifest(to.ref, index.tag, merged, manifest/* MEDIA_TYPES */.Z2.ociIndex);
}
function descriptorList(body) {
    try {
        const list = JSON.parse(body.toString('utf8')).manifests;
        return Array.isArray(list) ? list.filter((d) => typeof d?.digest === 'string') : [];
    }
    catch {
        return [];
    }
}
/** Every manifest read back from the target by digest (its bytes the source's), every blob by HEAD, every tag's digest. */
async function readBack(to, plan) {
    const where = `${to.ref.registry}/${to.ref.repository}`;
    for (const node of plan.nodes) {
        const got = await to.client.fetchManifest({ ...to.ref, digest: node.digest, tag: undefined }, node.digest);
        if (!got || !got.body.equals(node.body))
            throw new registry_client/* RegistryError */.gl('mismatch', `${where}@${node.digest} does not read back as copied`);
        if (node.tag) {
            const tagged = await to.client.fetchManifest({ ...to.ref, tag: node.tag, digest: undefined }, node.tag);
            if (tagged?.digest !== node.digest)
                throw new registry_client/* RegistryError */.gl('mismatch', `${where}:${node.tag} does not name ${node.digest} after the copy`);
        }
        for (const b of node.blobs)
            if (!(await to.client.hasBlob(to.ref, b.digest)))
                throw new registry_client/* RegistryError */.gl('mismatch', `${where} lacks the blob ${b.digest} after the copy`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/promote/registry-port.ts
// The registry side of a promotion: image digests resolved (and verified against a `verify:` policy),
// charts read from their OCI artifacts; a registry's refusal becomes a UserError naming the image.







/**
 * What a promotion reads from registries through `registry`; the verify policies are read from `workdir`, a classic
 * repository's credentials from Helm's repositories.yaml (`helmRepositories`; anonymous without it).
 */
function promoteRegistry(registry, workdir, helmRepositories, copier = () => registry) {
    let verifier;
    return {
        async copyImage(from, to, digest, dryRun) {
            const client = copier();
            const source = { client, ref: (0,reference/* parseReference */.F2)(`${from}@${digest}`) };
            const target = { client, ref: (0,reference/* parseReference */.F2)(`${to}@${digest}`) };
            try {
                const plan = await planCopy(source, digest);
                const counts = { manifests: plan.nodes.length, blobs: plan.blobs, bytes: plan.bytes, referrers: plan.referrers, tags: plan.tags };
                if (dryRun)
                    return { ...counts, sent: 0 };
                const done = await runCopy(source, target, plan);
                return { ...counts, sent: done.blobs.copied + done.blobs.mounted };
            }
            catch (e) {
                if (e instanceof registry_client/* RegistryError */.gl)
                    throw e.asUserError(`${from}@${digest} could not be copied to ${target.ref.registry}`, 'check both registries and the credentials for them (docker login), then run again; nothing was pinned, committed or pushed');
                throw e;
            }
        },
        async resolveDigest(ref, service) {
            try {
                return (await registry.resolve(ref)).digest;
            }
            catch (e) {
                if (e instanceof registry_client/* RegistryError */.gl)
                    throw e.asUserError(`${service}: could not resolve ${ref.original} to a digest`, (0,src_errors/* words */.aL) `check that the image was pushed with this tag (${(0,src_errors/* named */.KT)('resolve-digests')} proves it exists before anything is written)`);
                throw e;
            }
        },
        async verifyDigest(service, ref, digest, policy) {
            // Loaded on the first digest a `verify:` policy covers: promotions without one never load the verifiers.
            const { DigestVerifier, policyFiles } = await __webpack_require__.e(/* import() */ 7321).then(__webpack_require__.bind(__webpack_require__, 79702));
            verifier ??= new DigestVerifier(registry, policyFiles(workdir));
            try {
                return await verifier.verify(service, ref, digest, policy);
            }
            catch (e) {
                if (e instanceof registry_client/* RegistryError */.gl)
                    throw e.asUserError(`${service}: could not verify ${ref.name}@${digest}`, 'check the registry and retry; nothing was written');
                throw e;
            }
        },
        async readChart(ref) {
            return (0,archive/* readChartArchive */.h)(await (0,chart/* pullChartArchive */.IP)(registry, ref), `the chart ${ref.original}`, { templates: true, subcharts: true });
        },
        pullChartArchive: (ref) => (0,chart/* pullChartArchive */.IP)(registry, ref),
        pullRepositoryChart: (repoURL, chart, version) => (0,helm_repository/* pullRepositoryChart */.o8)(registry, repoURL, chart, version, helmRepositories),
    };
}

// EXTERNAL MODULE: ./packages/core/src/registry/helm-repositories.ts
var helm_repositories = __webpack_require__(75062);
// EXTERNAL MODULE: ./packages/core/src/git/signing.ts
var signing = __webpack_require__(87245);
;// CONCATENATED MODULE: ./packages/core/src/promote/world.ts
// The real world of a promotion, bound from the World's generic services
// (contract/world.ts Services: repo, github, registry, http; each absent one
// the real one): the Repo promoted in as the git port (git-port.ts), the
// GitHub client as the GitHub port (github-port.ts), a registry client as the
// registry side (registry-port.ts). `repository: owner/name` promotes in
// another repository: a bare clone in a temp folder, fetched with the token.




















/**
 * Where the repository promoted in lives: with `repository` (another
 * repository, e.g. a gitops one) a fresh bare repository in a temp folder
 * whose origin is that repository on `serverUrl`, removed by `cleanup`;
 * otherwise the checkout itself and its origin.
 */
async function repositoryPromotedIn(o, serverUrl, open) {
    if (o.repository) {
        const repoDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(o.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'lockstep-promote-'));
        const cleanup = [() => (0,external_node_fs_.rmSync)(repoDir, { recursive: true, force: true })];
        const remoteUrl = `${serverUrl.replace(/\/+$/, '')}/${o.repository}.git`;
        // The token goes in the header git reads from its environment (authedGit); a credential in the
        // URL would be in `git remote add`'s argv and in the clone's config.
        if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(remoteUrl))
            throw new src_errors/* UserError */.yo('GITHUB_SERVER_URL holds a user name or password; lockstep sends the token in a header and never puts a credential in a remote URL', { hint: 'set GITHUB_SERVER_URL to the plain server address (https://host)' });
        await (0,local_repo/* initBareWithOrigin */.$R)(open(repoDir), remoteUrl);
        return { repoDir, remoteUrl, cleanup };
    }
    const top = await (0,local_repo/* topLevel */.M4)(open(o.workdir));
    if (!top)
        throw new src_errors/* UserError */.yo('working-directory is not inside a git repository', {
            hint: 'run actions/checkout before promote-env',
            cliHint: 'run lockstep in a git repository',
        });
    const url = await open(top).remoteUrl();
    // A dry run reads the local branches when there is no remote; only pushing and pull requests need one.
    if (!url && !o.dryRun)
        throw new src_errors/* UserError */.yo("the repository has no 'origin' remote to push the promotion to", {
            hint: 'check out the repository with actions/checkout',
            cliHint: 'add one with git remote add origin <url>, pass --repository owner/name to promote in another repository, or leave out --push for a dry run',
        });
    return { repoDir: top, remoteUrl: url || undefined, cleanup: [] };
}
/**
 * The base branch promoted on: the input, else (on origin) the event's default branch when promoting in this
 * repository, else origin's HEAD; without a remote, the local default branch, else the current one; else main.
 */
async function baseBranch(o, git, remote, eventDefault) {
    if (remote)
        return o.base ?? (o.repository ? undefined : eventDefault) ?? (await git.remoteHead()) ?? 'main';
    return o.base ?? (await (0,local_repo/* localDefaultBranch */.$N)(git)) ?? (await (0,local_repo/* currentBranch */.eR)(git)) ?? 'main';
}
/**
 * One GitHub client for the run, made on first use (pull requests and checks, and in commit-mode api the
 * commits): undefined without a token or a repository; apiClient refuses then, naming what commit-mode api needs.
 */
function gitHubClient(o, services, repository) {
    let gh;
    const openGitHub = services.github ?? (o.token ? (0,github_client/* gitHubOpener */.Pn)(o.token, o.env) : undefined);
    const client = o.token && repository && openGitHub ? () => (gh ??= openGitHub(repository, { log: o.log })) : undefined;
    const apiClient = () => {
        if (!client)
            throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* named */.KT)('commit-mode', 'api')} needs ${(0,src_errors/* named */.KT)('github-token')} and the repository`, {
                hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('github-token')} (contents: write), or ${(0,src_errors/* setting */.Pe)('commit-mode', 'git')}`,
            });
        return client();
    };
    return { client, apiClient };
}
/** The render's binaries, each looked up once per session: a Helm per major asked, kustomize. */
function renderTools(env) {
    const helms = new Map();
    let kustomize;
    return {
        findHelm(major) {
            let helm = helms.get(major);
            if (!helm)
                helms.set(major, (helm = (0,render_helm/* findHelmOf */.pz)(major, env)));
            return helm;
        },
        helmCandidate: (major) => (0,render_helm/* helmCandidate */.YK)(major, env),
        learnHelmVersion: (path, answer) => (0,render_helm/* learnVersion */.J7)(path, answer),
        findKustomize() {
            if (kustomize === undefined)
                kustomize = (0,find/* findKustomize */.H)(env) ?? null;
            return kustomize ?? undefined;
        },
    };
}
/**
 * The promotion's registry client (the Docker config as capture-digests reads it: its auths entry or credential
 * helper per registry), and, opened on first use, the one an image's copy into an environment's registry runs on:
 * blobs take longer than the 2 minutes a lookup is given.
 */
function registryClients(services, transport, o) {
    const open = services.registry ?? ((r) => new registry_client/* RegistryClient */.bP(r));
    const options = {
        transport,
        log: o.log,
        credentials: (0,docker_config/* dockerCredentialSource */.JA)({ configPath: (0,docker_config/* dockerConfigPath */.Q1)(o.env, o.env.HOME ?? ''), secret: o.secret, log: o.log }),
    };
    let copier;
    return { registry: open(options), copier: () => (copier ??= open({ ...options, deadlineMs: 30 * 60000, requestTimeoutMs: 5 * 60000 })) };
}
/** Opens the git, GitHub and registry sides of a promotion from the World's services. */
async function openPromoteWorld(o) {
    const ctx = (0,context/* readRunContext */.$p)(o.env);
    for (const s of (0,auth/* authSecrets */.O6)(o.token))
        o.secret(s);
    if (!o.dryRun) {
        const readOnly = (0,context/* readOnlyTokenReason */.WW)(ctx);
        if (readOnly)
            throw new src_errors/* UserError */.yo(readOnly, {
                hint: (0,src_errors/* words */.aL) `run promote-env on push, workflow_dispatch or workflow_run, or ${(0,src_errors/* setting */.Pe)('dry-run', 'true')} here`,
            });
    }
    const services = o.services ?? {};
    const open = services.repo ?? (0,auth/* repoOpener */.M0)(o.env);
    const repository = o.repository ?? ctx.repository;
    const { repoDir, remoteUrl, cleanup } = await repositoryPromotedIn(o, ctx.serverUrl, open);
    const git = remoteUrl ? open(repoDir, { remoteUrl, token: o.token }) : open(repoDir);
    // Without a remote the local branches are read: a repository with no commit has none to read.
    if (!remoteUrl) {
        const noHead = await (0,local_repo/* headProblem */.Y2)(git, 'nothing to read the environments from');
        if (noHead)
            throw noHead;
    }
    const reader = new cat_file/* ObjectReader */.n(repoDir, o.env);
    cleanup.unshift(() => reader.dispose());
    if (o.signing && !o.dryRun) {
        const key = await (0,signing/* openSigningKey */.bc)(o.signing, o.env);
        cleanup.push(() => key.cleanup());
        (0,signing/* signWith */.Ez)(git, key);
    }
    const base = await baseBranch(o, git, remoteUrl !== undefined, ctx.event?.repository?.default_branch);
    // What the environments are read from, for the faces to say (a terminal's local commits are not on origin).
    const readFrom = remoteUrl ? `origin/${base}` : `the local branch ${base} (no origin remote)`;
    const { client, apiClient } = gitHubClient(o, services, repository);
    const promoteGit = promoteGitOf(git, reader, { remote: remoteUrl !== undefined, base, apiClient, identity: o.identity });
    const transport = (services.http ?? http_transport.nodeTransport)();
    cleanup.push(() => transport.close());
    const { registry, copier } = registryClients(services, transport, o);
    return {
        base,
        readFrom,
        repoDir,
        async readAtBase(path) {
            const tip = await promoteGit.fetchBranch(base);
            if (!tip)
                throw new src_errors/* UserError */.yo(`the base branch ${base} does not exist in ${repository ?? 'the repository'}`, {
                    hint: (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('base')} to an existing branch`,
                });
            return promoteGit.readAt(tip, path);
        },
        world: {
            git: promoteGit,
            github: client ? promoteGitHub(client, o.log) : undefined,
            readLocal: o.readLocal,
            log: o.log,
            ...(repository ? { repoUrl: `${ctx.serverUrl.replace(/\/+$/, '')}/${repository}` } : {}),
            ...promoteRegistry(registry, o.workdir, (0,helm_repositories/* helmRepositoriesSource */.Kw)({ env: o.env, secret: o.secret }), copier),
            ...renderTools(o.env),
            webhook: (req) => transport(req),
        },
        close() {
            for (const c of cleanup) {
                try {
                    c();
                }
                catch {
                    // best effort
                }
            }
            return Promise.resolve();
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/promote/values-drift.ts
var values_drift = __webpack_require__(99836);
// EXTERNAL MODULE: ./packages/core/src/promote/values-contract.ts
var values_contract = __webpack_require__(79821);
// EXTERNAL MODULE: ./packages/core/src/values/contract-drift.ts + 2 modules
var contract_drift = __webpack_require__(18253);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-release.ts + 1 modules
var flux_release = __webpack_require__(34406);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-drift.ts
// values-drift for an environment deployed by a Flux HelmRelease: when the
// promotion moves its chart version (spec.chart.spec.version, or the
// OCIRepository's tag and digest), the values the environment sets — the
// spec.values of its HelmRelease (the patch and the base it patches) and the
// values files of the ConfigMaps its spec.valuesFrom takes from the
// repository — are judged against the chart version it runs and the one
// promoted, each read from the HelmRelease's own source (flux-release.ts): an
// OCI HelmRepository or OCIRepository (by its digest when it pins one), a
// classic https HelmRepository (index.yaml, digest checked), or, as for an
// Application, the chart's release tag or folder in this repository.




/** The comparison for a Flux environment whose chart version the plan moves; undefined when it moves none or the mode is off. */
async function fluxValuesDrift(req, route, plan, ports, baseSha, cache) {
    const mode = route.to.settings.valuesDrift;
    const { to } = route;
    const env = (0,flux_release/* fluxRef */.z8)(to);
    if (mode === 'off' || !plan.chart || !env)
        return undefined;
    const readBase = (p) => ports.git.readAt(baseSha, p);
    const readAfter = (0,promote_plan/* readAfterPlan */.U2)(plan, readBase);
    const [was, now] = await Promise.all([(0,flux_release/* readFluxRelease */.V3)(env, readBase, cache), (0,flux_release/* readFluxRelease */.V3)(env, readAfter, cache)]);
    const at = { file: plan.chart.file, line: plan.chart.line };
    const [current, promoted] = await Promise.all([
        (0,values_drift/* chartLocator */.v0)(req, was.source, ports, baseSha, to.values, at)(plan.chart.old),
        (0,values_drift/* chartLocator */.v0)(req, now.source, ports, baseSha, to.values, at)(plan.chart.new),
    ]);
    // The texts after the plan: what the environment will set once the promotion lands.
    const texts = new Map();
    for (const d of now.documents)
        texts.set(d.file, (await readAfter(d.file)) ?? '');
    return (0,values_drift/* driftOutcome */.Et)(mode, plan.chart, current, promoted, (charts) => {
        const findings = [];
        const notCompared = [];
        const add = (r) => {
            findings.push(...r.findings);
            notCompared.push(...r.notCompared);
        };
        for (const d of now.documents) {
            const text = texts.get(d.file);
            const values = (0,flux_release/* specValues */.eK)(text, d.file, d.document, cache);
            if (values() !== undefined)
                add((0,contract_drift/* compareDrift */.p)(text, d.file, charts, values, cache));
        }
        // A ConfigMap's values file (a configMapGenerator's) is a values file of its own.
        for (const v of now.values)
            if (v.plain && v.path !== undefined)
                add((0,contract_drift/* compareDrift */.p)(v.text, v.path, charts, undefined, cache));
        return { findings, notCompared };
    });
}

// EXTERNAL MODULE: ./packages/core/src/promote/render.ts
var render = __webpack_require__(42544);
// EXTERNAL MODULE: ./packages/core/src/render/images.ts
var render_images = __webpack_require__(1930);
;// CONCATENATED MODULE: ./packages/core/src/promote/render-proof.ts
// Writes go where the deployer reads, proved by a render (issue 72): after the
// plan's edits the target is rendered as its deployer renders it (the plan's
// files on top of the base, rendered-run.ts) and each promoted service looked
// for by its image repository. A promotion whose render would run another
// image — a strategic-merge patch that renames the image so the added images:
// entry matches nothing, a values file later in the list that resets the tag —
// is refused at the line that makes it so (traced in the texts the render
// read), before anything is written. A target that does not render is left to
// the render's own report (render.ts refuses a protected one).





/**
 * Throws a UserError (file:line) when the target rendered after the plan would not run a promoted image: the
 * service's repository runs with another tag or digest, or a pin the promotion adds (its place held none) is run
 * by no container. Nothing to prove without edited files, with render: off, or where the target does not render.
 */
async function proveWrites(req, route, plan, world, baseSha) {
    const { to } = route;
    if (plan.files.length === 0 || plan.changes.length === 0 || to.settings.render === 'off')
        return;
    const run = await (0,rendered_run.renderedRun)(req, to, world, baseSha, (0,promote_plan/* readAfterPlan */.U2)(plan, (p) => world.git.readAt(baseSha, p)));
    if (!('pins' in run))
        return;
    for (const c of plan.changes) {
        const image = req.services.find((s) => s.name === c.service)?.image;
        if (image === undefined || (0,reference/* imageIdentity */.a)(image) === undefined)
            continue;
        const pin = run.pins.get(c.service);
        if (pin ? runsPromoted(pin, c) : !c.added)
            continue;
        const wanted = `${image}${c.newTag ? `:${c.newTag}` : ''}${c.newDigest ? `@${c.newDigest}` : ''}`;
        const origin = pin ? (0,render_images/* traceImage */.Jz)(pin.image, run.sources) : undefined;
        throw new src_errors/* UserError */.yo(pin
            ? `render: after this promotion ${to.name} would still run ${pin.image} (${pin.object}), not ${wanted}: the pin written at ${c.file}:${c.line} does not win over it; nothing was written`
            : `render: after this promotion ${to.name} would run no image of ${image}: the pin added at ${c.file}:${c.line} is not what its deployer runs; nothing was written`, {
            ...(origin ? { file: origin.file, line: origin.line } : { file: c.file, line: c.line }),
            hint: pin
                ? `this line ${origin?.text ?? 'sets it'} after the pin is applied: pin the image here (or drop it) so the promoted pin is what runs`
                : `find what renames or drops ${image} in what ${to.name} renders (a patch, a later values file), or configure services.${c.service}.image as the image it runs`,
        });
    }
}
/** Whether the rendered image is the promoted one: its digest when one is promoted, else its tag. */
function runsPromoted(pin, c) {
    if (c.newDigest !== undefined)
        return pin.digest === c.newDigest;
    return c.newTag === undefined || pin.tag === c.newTag;
}

// EXTERNAL MODULE: ./packages/core/src/promote/render-helm.ts + 1 modules
var promote_render_helm = __webpack_require__(97625);
// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/application.ts + 1 modules
var argocd_application = __webpack_require__(94689);
;// CONCATENATED MODULE: ./packages/core/src/promote/render-ahead.ts
// The target's before side rendered ahead of the plan. The environment as it
// runs now (the base's Application, values and chart) does not depend on
// what is promoted, so its `helm template` can run while the base is fetched
// (from the tip the clone holds) and while the plan is made and checked;
// renderPromotion then finds the output in the renderer's cache, keyed by a
// digest of every input, and waits only for the after side's Helm. That run
// also prints its Helm's version, which findHelm takes instead of asking
// `helm version`. Best effort and offline: only a chart held in this
// repository at that commit, nothing fetched (a release tag, a registry, a
// classic repository); whatever goes wrong is left for renderPromotion to
// meet and say.





/**
 * Starts the Helm run of the target's before side when the target renders an Application's chart held in this
 * repository; the promise (never rejected) settles when that run has ended or was not started. That run prints the
 * version of its Helm (render/helm.ts versionProbe): findHelm takes it from there (learnAhead), so no `helm version`
 * runs beside it; `tell` is learnAhead's, where renderAheadOfFetch asked first.
 */
function renderAhead(req, route, ports, baseSha, tell) {
    const { to } = route;
    const application = rendersAhead(route);
    if (application === undefined)
        return Promise.resolve();
    const told = tell ?? learnAhead(route, ports);
    // Once per commit in a run: the side read ahead of the fetch is not read again when the fetch left the tip there.
    let commits = started.get(ports);
    if (!commits)
        started.set(ports, (commits = new Set()));
    if (commits.has(baseSha)) {
        told(undefined);
        return Promise.resolve();
    }
    commits.add(baseSha);
    return (async () => {
        // The binary findHelm will most likely answer renders at once; its output is in the cache of that binary's
        // renderer, which renderPromotion reads only where findHelm answers the same binary, usable.
        const path = ports.helmCandidate(to.helmVersion) ?? (await usableHelm(ports, to.helmVersion));
        if (path === undefined)
            return;
        const { file: appFile, name } = (0,argocd_application/* splitApplicationRef */.O6)(application);
        const appText = await ports.git.readAt(baseSha, appFile);
        if (appText === undefined)
            return;
        const ctx = { req, ports, baseSha, values: to.values, appFile, name, listed: (0,promote_render_helm/* listedFor */.JB)(ports), offline: true };
        const side = await (0,render/* applicationSide */.mn)(ctx, appText, (p) => ports.git.readAt(baseSha, p));
        if (!('side' in side))
            return;
        // At a lower CPU priority: on a runner's two cores the plan, and the after side's Helm, are what the run waits for.
        const out = await (0,promote_render_helm/* rendererFor */.L3)(ports, path, req.renderConfig ?? promote_render_helm/* RENDER_DEFAULTS */.MB).output(side.side, false, true);
        told(out.ok ? out.helmVersion : undefined);
    })()
        .catch(() => undefined)
        .finally(() => told(undefined));
}
/**
 * Has findHelm wait for the version the render ahead's Helm run prints, where nothing asked that binary's version yet
 * (PromoteWorld's learnHelmVersion); the function returned tells it (undefined: none, and `helm version` runs then).
 * Call it before askHelmAhead.
 */
function learnAhead(route, ports) {
    const path = ports.helmCandidate(route.to.helmVersion);
    if (path === undefined)
        return () => undefined;
    let tell = () => undefined;
    const answer = new Promise((resolve) => (tell = resolve));
    return ports.learnHelmVersion(path, answer) ? tell : () => undefined;
}
/** The commits each world's render-ahead started at. */
const started = new WeakMap();
/** The Application whose chart the target renders with Helm ahead of the plan, when it renders one. */
function rendersAhead(route) {
    const { to } = route;
    const pin = (0,kind/* deploymentOf */.PE)(to)?.chartPin;
    return (0,promote_render_helm/* renderMode */.IA)(route) === 'off' || pin?.by !== 'Application' ? undefined : pin.ref;
}
/**
 * renderAhead at the base branch's tip as this clone holds it before the fetch (knownTip): the environment as it
 * runs now has most often not moved since the checkout, so its Helm runs while the remote is asked. planChecked
 * starts renderAhead again at the fetched tip only where it moved; a side whose inputs did not change is still
 * the renderer cache's (keyed by their digest, not by the commit). A tip that moved costs one Helm run for nothing.
 * The promise (never rejected) settles when that run has ended or was not started.
 */
function renderAheadOfFetch(req, route, ports) {
    // No Helm on PATH to render with: nothing read ahead (the object reader it would start is restarted by the fetch).
    if (rendersAhead(route) === undefined || ports.helmCandidate(route.to.helmVersion) === undefined)
        return Promise.resolve();
    const tell = learnAhead(route, ports);
    return ports.git
        .knownTip(req.base)
        .then((tip) => (tip ? renderAhead(req, route, ports, tip, tell) : undefined))
        .catch(() => undefined)
        .finally(() => tell(undefined));
}
/** The path of the environment's Helm once its version is known, when render: auto may use it. */
async function usableHelm(ports, major) {
    const helm = await ports.findHelm(major);
    return helm && (0,render_helm/* helmUsable */.hm)(helm) ? helm.path : undefined;
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/compare.js
var compare = __webpack_require__(93483);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var valid = __webpack_require__(37306);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./packages/core/src/promote/image-downgrade.ts
// An image tag a promotion writes, checked as the chart version is (chart-version.ts): a tag that is SemVer on
// both sides and lower than the one the target runs is refused at the target's line, unless the promotion is a
// rollback (`from: ref:…`) or allow-image-downgrade is set, in which case the pull request says it. A tag that
// is not SemVer on either side (`latest`, a commit sha, a date) is not compared.



/** The notes of the lowered tags a rollback or allow-image-downgrade lets through; throws every other one at its line. */
function checkImageDowngrades(req, route, plan) {
    const notes = [];
    const refused = [];
    for (const c of plan.changes) {
        const [from, to] = [c.oldTag && valid_default()(c.oldTag), c.newTag && valid_default()(c.newTag)];
        if (!from || !to || compare_default()(to, from) >= 0)
            continue;
        const what = `${c.service} ${c.oldTag} → ${c.newTag} lowers the image tag ${route.to.name} runs`;
        if (req.from.kind === 'ref')
            notes.push(`Rollback: ${what}.`);
        else if (req.allowImageDowngrade)
            notes.push(`${what} (allow-image-downgrade).`);
        else
            refused.push(new src_errors/* UserError */.yo(what, {
                file: c.file,
                line: c.line,
                hint: 'roll back with from: ref:<tag-or-sha>, or set allow-image-downgrade: true to lower it on purpose',
                cliHint: 'roll back with --from ref:<tag-or-sha>, or pass --allow-image-downgrade to lower it on purpose',
            }));
    }
    (0,src_errors/* throwAll */.Kx)(refused);
    return notes;
}

// EXTERNAL MODULE: ./packages/core/src/promote/rollback-history.ts
var rollback_history = __webpack_require__(68197);
// EXTERNAL MODULE: ./packages/core/src/registry/chart-push.ts
var chart_push = __webpack_require__(4586);
// EXTERNAL MODULE: ./packages/core/src/values/chart-files.ts
var chart_files = __webpack_require__(69630);
// EXTERNAL MODULE: ./packages/core/src/promote/chart-repository.ts
var chart_repository = __webpack_require__(77063);
// EXTERNAL MODULE: ./packages/core/src/deploy/chart-reference.ts
var chart_reference = __webpack_require__(2809);
;// CONCATENATED MODULE: ./packages/core/src/promote/chart-version.ts
// The chart version a promotion writes into the target's Application, checked
// before anything is written: an explicit chart-version must be a released
// version (its release tag `<chart>-<version>` in the repository promoted in,
// or its chart in the registry: the Application's OCI repoURL, else the
// config's chart-registry), and is said in the pull request when it is not
// what the source runs; a promotion that lowers the target's chart version is
// refused unless it is a rollback (`from: ref:…`) or allow-chart-downgrade.












/**
 * Checks the chart version `plan` writes; returns the notes the pull request
 * and the summary carry. Throws a UserError (nothing written yet) for an
 * explicit version that was never released or cannot be found, and for a
 * downgrade that is neither a rollback nor allowed.
 */
async function checkChartVersion(req, route, plan, ports, baseSha) {
    const { to } = route;
    if (!(0,kind/* deployerResource */.lq)(to))
        return [];
    const notes = [];
    if (req.chartVersion !== undefined)
        notes.push(...(await explicitVersion(req, route, req.chartVersion, ports, baseSha)));
    const chart = plan.chart;
    if (chart && valid_default()(chart.old) && valid_default()(chart.new) && compare_default()(chart.new, chart.old) < 0) {
        const what = `chart ${chart.old} → ${chart.new} lowers the chart version ${to.name} runs`;
        if (req.from.kind === 'ref')
            notes.push(`Rollback: ${what}.`);
        else if (req.allowChartDowngrade)
            notes.push(`${what} (allow-chart-downgrade).`);
        else
            throw new src_errors/* UserError */.yo(`${what}`, {
                file: chart.file,
                line: chart.line,
                hint: 'roll back with from: ref:<tag-or-sha>, or set allow-chart-downgrade: true to lower it on purpose',
                cliHint: 'roll back with --from ref:<tag-or-sha>, or pass --allow-chart-downgrade to lower it on purpose',
            });
    }
    return notes;
}
/** Why a classic repository gave no chart, for the places tried; a repository that refused lockstep (401/403) says nothing about the version, so its one line is the refusal. */
function notDenied(read, chart, version) {
    if (read.denied)
        throw new src_errors/* UserError */.yo(`chart ${chart} ${version}: ${read.tried}`, { input: 'chart-version' });
    return read.tried;
}
/** An explicit chart-version: released somewhere lockstep can see (else refused, naming what was tried); a note when it is not the source's. */
async function explicitVersion(req, route, version, ports, baseSha) {
    const { file, name } = (0,kind/* deployerResource */.lq)(route.to);
    const appText = await ports.git.readAt(baseSha, file);
    if (appText === undefined)
        return [];
    // A Flux HelmRelease's chart comes from its HelmRepository or OCIRepository (flux-release.ts).
    const flux = (0,flux_release/* fluxRef */.z8)(route.to);
    const source = flux
        ? (await (0,flux_release/* readFluxRelease */.V3)(flux, (p) => ports.git.readAt(baseSha, p))).source
        : (0,argocd_application/* chartSource */.Iu)(appText, file, name, req.charts);
    const folders = await (0,values_drift/* chartFolders */.ue)(req, source, ports, baseSha, route.to.values);
    const names = [...new Set([...(source.chart ? [source.chart] : []), ...folders.map((f) => f.name)])];
    const tried = [];
    let found;
    for (const chartName of names) {
        const tag = `${chartName}-${version}`;
        const commit = await ports.git.resolveRef(tag);
        if (!commit) {
            tried.push(`tag ${tag} (not in the repository)`);
            continue;
        }
        const folder = folders.find((f) => f.name === chartName);
        const text = folder ? await ports.git.readAt(commit, (0,values_drift/* join */.fj)(folder.dir, 'Chart.yaml')) : undefined;
        // A chart kept elsewhere (only its releases tagged here) is taken by its tag.
        const said = text === undefined ? version : (0,chart_files/* chartMeta */.Ae)(text).version;
        if (said === version) {
            found = `tag ${tag}`;
            break;
        }
        tried.push(`${folder.dir} at tag ${tag} (its Chart.yaml says version ${said ?? '(none)'})`);
    }
    const chartName = names[0] ?? 'chart';
    if (!found) {
        const image = (0,chart_reference/* ociReference */.H6)(source, version) ?? (0,chart_reference/* configuredRegistry */.ON)(req, chartName, version);
        // A classic https repository: the version its index.yaml lists, the archive's digest checked.
        const classic = await (0,chart_repository/* repositoryChart */.r)(ports, source, version);
        if (classic && 'tried' in classic)
            tried.push(notDenied(classic, chartName, version));
        else if (classic) {
            const meta = (0,chart_files/* chartMeta */.Ae)((await (0,archive/* readChartArchive */.h)(Buffer.from(classic.tgz), `chart ${chartName} ${version}`)).get('Chart.yaml') ?? '');
            if (meta.version === version)
                found = classic.where;
            else
                tried.push(`${classic.where} (its Chart.yaml says version ${meta.version ?? '(none)'})`);
        }
        if (image && !found) {
            const where = `oci://${image.registry}/${image.repository}:${image.tag ?? (0,chart_push/* chartTag */.bF)(version)}`;
            try {
                const meta = (0,chart_files/* chartMeta */.Ae)((await ports.readChart(image)).get('Chart.yaml') ?? '');
                if (meta.version === version)
                    found = where;
                else
                    tried.push(`${where} (its Chart.yaml says version ${meta.version ?? '(none)'})`);
            }
            catch (e) {
                if (!(e instanceof src_errors/* UserError */.yo || (e instanceof Error && e.name === 'RegistryError')))
                    throw e;
                tried.push(`${where} (${e.message})`);
            }
        }
    }
    if (!found)
        throw new src_errors/* UserError */.yo(`is ${version}, which is not a released version of chart ${chartName}: tried ${tried.join('; ') || 'nothing (no chart of that name in the repository, no registry)'}`, {
            input: 'chart-version',
            hint: `give a version released as the tag ${chartName}-<version> or pushed to the chart registry`,
        });
    // Said when it is not what the source environment runs (or there is no source environment to take it from).
    const from = route.from;
    let sourceRev;
    const ref = req.from.kind === 'env' && from ? (0,kind/* deployerResource */.lq)(from) : undefined;
    const read = (p) => ports.git.readAt(baseSha, p);
    const text = ref ? await read(ref.file) : undefined;
    if (text !== undefined)
        sourceRev = (await (0,kind/* chartRevisionAt */.fS)(from, text, read, req.charts))?.current;
    if (sourceRev === version)
        return [];
    const runs = from && req.from.kind === 'env' ? `; ${from.name} runs ${sourceRev ? `chart ${sourceRev}` : 'no chart version lockstep can read'}` : '';
    return [`The chart version ${version} was given explicitly (chart-version, released as ${found})${runs}.`];
}

// EXTERNAL MODULE: ./packages/core/src/settings/read.ts
var read = __webpack_require__(38807);
// EXTERNAL MODULE: ./packages/core/src/settings/table-promote.ts
var table_promote = __webpack_require__(20882);
// EXTERNAL MODULE: ./packages/core/src/promote/environment-settings.ts
var environment_settings = __webpack_require__(89549);
// EXTERNAL MODULE: ./packages/core/src/settings/validate.ts
var validate = __webpack_require__(93081);
// EXTERNAL MODULE: ./packages/core/src/promote/gates/registry.ts
var registry = __webpack_require__(52862);
// EXTERNAL MODULE: ./packages/core/src/promote/fleet.ts
var fleet = __webpack_require__(50178);
;// CONCATENATED MODULE: ./packages/core/src/promote/session.ts
// A promotion's session, shared by promote-env and `lockstep status`: the
// plan-level request read from the config (the working directory's, or with
// `repository:` and no local config, the one at that repository's base), the
// repository promoted in opened, its base fetched and planned on. Checking
// the route is the caller's, once, with what these steps return.





























/** Service names a digests file holds, for a layout without configured services (errors come later, with file:line). */
function digestsNames(read, path) {
    if (!path)
        return [];
    try {
        const raw = JSON.parse(read(path) ?? '{}');
        return raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
    }
    catch {
        return [];
    }
}
/**
 * The plan-level request: inputs and config validated into one object. The
 * config's checks (settings/validate.ts) run first: the window crons by
 * cron-parser, loaded only when some environment has windows.
 */
async function buildPromoteRequest(i, config, readLocal) {
    // What every command refuses about the config (window crons, waves naming no environment), before anything opens.
    await (0,validate.checkConfig)(config, undefined, [...validate.CONFIG_CHECKS, ...registry/* GATE_CHECKS */.s]);
    const layout = layoutFrom(config, { environments: i.environments, valuesFile: i.valuesFile, valuesKey: i.valuesKey, services: i.services }, digestsNames(readLocal, i.digests));
    const hydrated = (0,promote_hydrated/* hydratedTargets */.a1)(config);
    return {
        // The inputs as given, but those the config backs and those the layout, the source and the session read.
        ...(0,read/* unresolved */.II)(table_promote/* PROMOTE */.R, i, request/* LAID_OUT */.qC),
        from: (0,request/* parseFrom */.uK)(i.from),
        ...layout,
        only: Object.keys(config.services).length > 0 ? i.services : [],
        base: i.base ?? '',
        // Input > config > default, decided for every operation by settings/read.ts.
        settings: (0,read/* settingsFor */.zc)(environment_settings/* PROMOTE_PER_RUN */.jF, i, config),
        // The same precedence per environment, the environment's key first: each environment once, read where it applies.
        settingsByEnvironment: (0,read/* settingsForEach */.cm)(environment_settings/* PROMOTE_PER_ENVIRONMENT */.PP, i, config, layout.environments.map((e) => e.name)),
        charts: config.charts ?? [],
        ...(config.chartRegistry ? { chartRegistry: config.chartRegistry } : {}),
        configFile: config.file,
        renderConfig: config.render,
        ...(config.crds?.length ? { crds: { globs: config.crds, line: (0,config_config.configLine)(config, ['crds']) } } : {}),
        ...(config.waves
            ? {
                waves: config.waves,
                waveLines: Object.fromEntries(Object.entries(config.waves).map(([name, list]) => [name, list.map((_, k) => (0,config_config.configLine)(config, ['waves', name, k]))])),
            }
            : {}),
        tagPrefix: config.tagPrefix,
        ...(hydrated ? { hydrated } : {}),
    };
}
/** Reads a workspace file for the digests input; undefined when it does not exist. */
function localReader(workdir) {
    return (p) => {
        const abs = (0,fs_workspace/* resolveInside */.LI)(workdir, p, 'digests');
        try {
            return (0,external_node_fs_.readFileSync)(abs, 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return undefined;
            throw e;
        }
    };
}
/**
 * The first step of a session, without network: the working directory (a
 * bare repository refused before its absent config is read, unless promoting
 * in another repository) and the request from the local config, if there is one.
 */
async function localPromotion(i, workspace) {
    const workdir = (0,fs_workspace/* resolveInside */.LI)(workspace, i.workingDirectory, 'working-directory');
    if (i.repository === undefined)
        (0,fs_workspace/* refuseBare */.PL)(workdir, i.workingDirectory);
    const readLocal = localReader(workdir);
    const configPath = i.config ?? config_config.DEFAULT_CONFIG_PATH;
    const remoteConfig = i.repository !== undefined && !(0,external_node_fs_.existsSync)((0,fs_workspace/* resolveInside */.LI)(workdir, configPath, 'config'));
    return {
        workdir,
        readLocal,
        configPath,
        request: remoteConfig ? undefined : await buildPromoteRequest(i, chartsChecked((0,config_config.loadConfig)(workdir, i.config), workdir), readLocal),
    };
}
/** A `charts:` or `charts-ignore:` entry that matches no chart folder is refused here too, at its line, before any request. */
function chartsChecked(config, workdir) {
    (0,selection.refuseUnmatchedConfigEntries)(config, (path) => (0,config_config.configLine)(config, path), workdir);
    return config;
}
/** Opens git, GitHub and the registry for the repository promoted in, from the World's services; a write needs the token. */
async function openSession(i, local, world) {
    if (!i.dryRun && !world.token)
        throw new src_errors/* UserError */.yo('is empty', {
            input: 'github-token',
            hint: 'pass github-token (the default ${{ github.token }} works within this repository)',
            cliHint: 'export GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token)',
        });
    return openPromoteWorld({
        workdir: local.workdir,
        env: world.env,
        token: world.token,
        repository: i.repository,
        base: i.base,
        readLocal: local.readLocal,
        dryRun: i.dryRun,
        secret: world.secret,
        log: (line) => world.reporter.debug(line),
        ...(world.identity ? { identity: world.identity } : {}),
        services: world.services,
        signing: (0,signing/* signingSource */.TP)(i, local.workdir),
    });
}
/** The plan-level request on the session's base branch: the local one, or built from the config at the base of the repository promoted in. */
async function sessionRequest(i, local, session) {
    let req = local.request;
    if (!req) {
        const text = await session.readAtBase(local.configPath);
        req = await buildPromoteRequest(i, (0,config_config.parseConfigText)(text ?? '', text === undefined ? undefined : `${i.repository}:${local.configPath}`), local.readLocal);
    }
    return { ...req, base: session.base };
}
/** Forgets the fetched base tips: a wave that landed moved the base, and the next wave plans on the new tip. */
function forgetFetchedBases(world) {
    world.fetchedBases?.clear();
}
/**
 * The tip of the base branch, fetched from the remote once per run (status
 * plans every pair of environments on it); refused when it has no such
 * branch. It is fetched rather than trusted from the checkout: what is
 * promoted and shown is the environments' state now, often in another
 * repository than the event's, which no event sha vouches for. The publish
 * fetches the base again under its lease and plans anew when it moved.
 */
async function fetchBase(world, base) {
    const runs = (world.fetchedBases ??= new Map());
    let tip = runs.get(base);
    if (!tip) {
        runs.set(base, (tip = world.git.fetchBranch(base)));
        // A failed fetch is not kept: the next plan asks the remote again, as before.
        tip.catch(() => runs.delete(base));
    }
    const sha = await tip;
    if (!sha)
        throw new src_errors/* UserError */.yo(`the base branch ${base} does not exist on the remote`, {
            hint: (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('base')} to an existing branch`,
        });
    return sha;
}
/** Plans the checked route on one base commit, reading through the session's ports (`edit` false: changes only, see planPromotion). */
function planOn(req, route, world, baseSha, cache, edit = true) {
    const github = world.github;
    return (0,promote_plan/* planPromotion */.z)(req, route, {
        readBase: (p) => world.git.readAt(baseSha, p),
        readAt: (c, p) => world.git.readAt(c, p),
        resolveRef: (r) => world.git.resolveRef(r),
        lastCommit: (p) => world.git.lastCommit(baseSha, p),
        fileHistory: (p) => world.git.firstParentLog(baseSha, p),
        readLocal: (p) => world.readLocal(p),
        resolveDigest: (r, s) => world.resolveDigest(r, s),
        verifyDigest: (s, r, d, p) => world.verifyDigest(s, r, d, p),
        checkStates: github ? (sha, names) => github.checkStates(sha, names) : undefined,
        renderedRun: (env) => (0,rendered_run.renderedRun)(req, env, world, baseSha),
    }, cache, edit);
}
/**
 * Starts asking the target's Helm for its version when the target renders with Helm: the render that needs the answer
 * comes last, so the query runs while the base is fetched and the plan is made (each binary is asked once per run).
 */
function askHelmAhead(route, world) {
    const d = (0,kind/* deploymentOf */.PE)(route.to);
    if (d?.chartPin && d.renderer === 'helm' && (0,promote_render_helm/* renderMode */.IA)(route) !== 'off')
        void world.findHelm(route.to.helmVersion);
}
/**
 * The base branch fetched (fetchBase), started first: what runs meanwhile is the target as it runs now, rendered
 * from the tip the clone holds (render-ahead.ts), then the Helm's version asked (askHelmAhead, after it: the
 * render's run prints that version, and findHelm takes it from there).
 */
function fetchBaseAhead(req, route, world) {
    const fetched = fetchBase(world, req.base);
    fetched.catch(() => undefined); // the caller's to await
    // An environment of many apps renders each app once its apps are known, on the fetched base.
    if (!(0,fleet/* isFleetRoute */.aQ)(route))
        void renderAheadOfFetch(req, route, world);
    askHelmAhead(route, world);
    return fetched;
}
/**
 * planOn, then the plan's chart checks: the chart version written (released,
 * no silent downgrade: chart-version.ts) and values-drift, the target's values
 * against the promoted chart version (promote-env's plan; `lockstep status`
 * plans without them). Their refusals are thrown here, before anything is written.
 */
async function planChecked(req, route, world, baseSha, cache) {
    // renderAhead first: where its Helm run will print the version, findHelm takes it from there (no `helm version`).
    // Its failure is no one's: the render proper reads again. A refusal may end the run while it still reads git: its
    // rejection then (the object reader disposed) must not be an unhandled one, which ends Node with a stack trace.
    renderAhead(req, route, world, baseSha).catch(() => undefined);
    askHelmAhead(route, world);
    // The rollback hold's history reads (rollback-history.ts) run while the plan parses; its gate awaits them.
    if (req.from.kind !== 'ref')
        void (0,rollback_history.rollbacksAhead)(req, route, world, baseSha);
    const planned = await planOn(req, route, world, baseSha, cache);
    // The render reads only the plan's files: it starts now, its Helm runs while the chart checks read and compare.
    // Their refusals still come first (and a refusal waits for the render to end, so its temp folders are removed).
    const rendering = (0,render/* renderPromotion */.Wz)(req, route, planned, world, baseSha);
    // The target rendered after the edit runs what is promoted, wherever the pin was written (render-proof.ts): read
    // alongside the render, whose Helm or kustomize run it shares (one renderer per world and tool).
    const proving = proveWrites(req, route, planned, world, baseSha);
    // Their refusals, should they come while the checks still run, are awaited below: not unhandled rejections meanwhile.
    rendering.catch(() => undefined);
    proving.catch(() => undefined);
    let checked;
    try {
        const chartNotes = [...(await checkChartVersion(req, route, planned, world, baseSha)), ...checkImageDowngrades(req, route, planned)];
        const plan = chartNotes.length > 0 ? { ...planned, notes: [...planned.notes, ...chartNotes] } : planned;
        // A Flux HelmRelease's chart and values are read as helm-controller would install them (flux-drift.ts).
        const valuesDrift = (0,kind/* deploymentOf */.PE)(route.to)?.release
            ? await fluxValuesDrift(req, route, plan, world, baseSha, cache)
            : await (0,values_drift/* checkValuesDrift */.Qh)(req, route, plan, world, baseSha, cache);
        // The values contract with the promoted chart version: keys no template of it reads, what its schema refuses.
        const valuesContract = await (0,values_contract/* checkValuesContract */.NF)(req, route, plan, world, baseSha, valuesDrift, cache);
        checked = { ...plan, ...(valuesDrift ? { valuesDrift } : {}), ...(valuesContract ? { valuesContract } : {}) };
    }
    catch (e) {
        await Promise.all([rendering.catch(() => undefined), proving.catch(() => undefined)]);
        throw e;
    }
    const rendered = await rendering.catch(async (e) => {
        await proving.catch(() => undefined);
        throw e;
    });
    await proving;
    if (!rendered)
        return checked;
    // What schema validation warned of (validate: warn) is the plan's warning like any other.
    return rendered.validation?.length
        ? { ...checked, rendered, notes: [...checked.notes, ...rendered.validation] }
        : { ...checked, rendered };
}
/**
 * planChecked of the route, or, between environments of many apps (promote/fleet.ts), of each app the two share,
 * one after the other (each app's renders and checks as a one-app promotion's), as one plan.
 */
async function planRouted(req, route, world, baseSha, cache) {
    if (!(0,fleet/* isFleetRoute */.aQ)(route))
        return planChecked(req, route, world, baseSha, cache);
    return (0,fleet/* planApps */.KT)(req, route, world.git, baseSha, (q, r) => planChecked(q, r, world, baseSha, cache));
}


/***/ }),

/***/ 75062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ helmRepositoriesSource)
/* harmony export */ });
/* unused harmony exports helmRepositoriesPath, repositoryKey */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32632);
// Credentials for a classic Helm repository, taken from where Helm itself keeps
// them: the repositories.yaml that `helm repo add NAME URL --username U
// --password-stdin` writes (a workflow step before lockstep's, or a terminal).
// Its path is Helm's: $HELM_REPOSITORY_CONFIG, else repositories.yaml in
// $HELM_CONFIG_HOME, else in $XDG_CONFIG_HOME/helm, else ~/.config/helm. The
// entry used is the one whose `url` is the repository's URL (scheme and host in
// any case, trailing slashes ignored); nothing else in the file is read. The file
// is read once, only when a classic repository is read, and every password taken
// from it is masked (the runner's setSecret) before it is used.
//
// Where the credentials go is registry/helm-repository.ts's business: only to
// the repository's own origin. Helm's pass_credentials_all (send them to
// whatever host the index names) is not honoured: an archive on another host is
// fetched anonymously, as chart-releaser's archives on github.com are.




/** The repositories.yaml Helm reads, as Helm finds it on Linux; `shown` is the path with the home directory as `~`. */
function helmRepositoriesPath(env) {
    const home = env.HOME ?? '';
    const path = env.HELM_REPOSITORY_CONFIG ||
        (env.HELM_CONFIG_HOME
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HELM_CONFIG_HOME, 'repositories.yaml')
            : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CONFIG_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.config'), 'helm', 'repositories.yaml'));
    const shown = home !== '' && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path;
    return { path, shown };
}
/** A repository URL as entries are matched: scheme and host lower-cased (URL does it), default port dropped, no trailing slash. */
function repositoryKey(url) {
    try {
        const u = new URL(url.trim());
        return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return undefined;
    }
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : '');
/**
 * The credentials source for classic repositories: the repositories.yaml at
 * Helm's path, read on the first lookup. A file that is there but cannot be
 * read as Helm's repositories file is a RegistryError (`invalid`), so a chart
 * read from a repository fails rather than going anonymously.
 */
function helmRepositoriesSource(o) {
    const { path, shown } = helmRepositoriesPath(o.env);
    const readFile = o.readFile ??
        ((p) => {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${shown} cannot be read (${e.code ?? 'error'})`);
            }
        });
    let entries;
    const load = () => {
        if (entries)
            return entries;
        const text = readFile(path);
        if (text === undefined)
            return (entries = []);
        let doc;
        try {
            doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100 });
        }
        catch (e) {
            throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${shown} is not YAML (${e.message.split('\n')[0]})`);
        }
        const list = asObj(doc)?.repositories ?? [];
        if (doc !== null && doc !== undefined && !asObj(doc))
            throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${shown} is not Helm's repositories file`);
        if (!Array.isArray(list))
            throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${shown}: repositories is not a list`);
        return (entries = list.flatMap((e) => (asObj(e) ? [asObj(e)] : [])));
    };
    return {
        shown,
        lookup(repoURL) {
            const key = repositoryKey(repoURL);
            if (key === undefined)
                return undefined;
            const entry = load().find((e) => repositoryKey(asStr(e.url)) === key);
            const username = asStr(entry?.username);
            const password = asStr(entry?.password);
            if (!entry || username === '' || password === '')
                return undefined;
            o.secret(password);
            // A multi-line password is masked line by line too: the runner matches masks within one log line.
            for (const line of password.split(/\r?\n/))
                if (line.length >= 4 && line !== password)
                    o.secret(line);
            o.secret(Buffer.from(`${username}:${password}`).toString('base64'));
            return { name: asStr(entry.name) || key, username, password };
        },
    };
}


/***/ }),

/***/ 86937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   SX: () => (/* binding */ findReferrers),
/* harmony export */   gQ: () => (/* binding */ manifestLayers),
/* harmony export */   zM: () => (/* binding */ MAX_SIGNATURE_LAYERS)
/* harmony export */ });
/* unused harmony export MAX_REFERRERS */
// The artifacts stored beside an image in its repository — signatures and
// attestations — found the two ways registries keep them: the OCI 1.1
// referrers API (`GET /v2/<name>/referrers/<digest>`), else the tag schema
// the OCI distribution spec names as its fallback (`sha256-<hex>`, an index of
// the same descriptors), which registries without the API (distribution 2.8)
// are left with.
/** At most this many referrers are read for one image: a registry cannot make a verification fetch without end. */
const MAX_REFERRERS = 32;
/** At most this many signature layers (one blob read each) are read per signature manifest, for the same reason. */
const MAX_SIGNATURE_LAYERS = 32;
/** The tag of the referrers fallback for `digest`: `sha256:ab…` → `sha256-ab…`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/**
 * The referrers of `digest` whose artifact type `wanted` accepts (all of
 * them without a filter), from the referrers API, else from the fallback
 * tag; none when neither has any.
 */
async function findReferrers(client, ref, digest, wanted) {
    let index = await client.referrers(ref, digest);
    if (index === undefined)
        index = (await client.fetchManifest(ref, referrersTag(digest)))?.body;
    if (index === undefined)
        return [];
    let doc;
    try {
        doc = JSON.parse(index.toString('utf8'));
    }
    catch {
        return [];
    }
    const out = [];
    for (const m of Array.isArray(doc?.manifests) ? doc.manifests : []) {
        if (typeof m !== 'object' || m === null)
            continue;
        const d = m;
        if (typeof d.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.digest))
            continue;
        const artifactType = typeof d.artifactType === 'string' ? d.artifactType : undefined;
        if (wanted && !wanted(artifactType))
            continue;
        out.push({ digest: d.digest, artifactType });
        if (out.length >= MAX_REFERRERS)
            break;
    }
    return out;
}
/** A manifest's layers (digest, media type, annotations), when it is a JSON manifest with a layer list. */
function manifestLayers(body) {
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        return [];
    }
    const layers = [];
    for (const l of Array.isArray(doc?.layers) ? doc.layers : []) {
        if (typeof l !== 'object' || l === null)
            continue;
        const d = l;
        if (typeof d.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.digest))
            continue;
        const annotations = {};
        if (typeof d.annotations === 'object' && d.annotations !== null)
            for (const [k, v] of Object.entries(d.annotations))
                if (typeof v === 'string')
                    annotations[k] = v;
        layers.push({ digest: d.digest, mediaType: typeof d.mediaType === 'string' ? d.mediaType : undefined, annotations });
    }
    return layers;
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


/***/ })

};

<<<<<<<< HEAD:packages/cli/dist/3342.index.js
export const id = 3342;
export const ids = [3342,7135];
export const modules = {

/***/ 63068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ inexactRevisions)
/* harmony export */ });
/* unused harmony exports inexactRevision, inexactRevisionsIn */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29002);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64293);
// A protected environment deploys exactly what was reviewed: its ArgoCD
// Application pins one chart version. `*`, a range (`^1.2`, `1.x`, `>=1.0`,
// `~1.2`), a branch name or `HEAD` lets the cluster pick up a chart nobody
// promoted. SemVer decides what is exact (semver.valid) and what is a range
// (semver.validRange); nothing here spells SemVer with a regex.






/** A full git commit id: what a `path:` (git) source may pin instead of a version tag. */
const COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
/**
 * Why `revision` is not one exact chart version, or undefined when it is.
 * A git `path:` source may also pin a full commit id.
 */
function inexactRevision(revision, source) {
    const text = revision.trim();
    if (semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(text) !== null)
        return undefined;
    if (source === 'path' && COMMIT.test(text))
        return undefined;
    if (text === '')
        return 'is empty, so the newest chart is deployed';
    if (text === '*')
        return "is '*', any version";
    if (text === 'HEAD')
        return "is 'HEAD', whatever the default branch holds";
    if (semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default()(text) !== null)
        return `is '${text}', a range, not one version`;
    return `is '${text}', a branch or tag name, not a chart version`;
}
/** The hint every such problem carries. */
const HINT = 'pin one exact chart version, e.g. targetRevision: 1.4.0 (a protected environment deploys only what was promoted)';
/**
 * Every chart source of every Application in an Applications file whose
 * targetRevision is not exact, at its line: a source with `chart:` (Helm
 * repository or OCI) or `path:` (a chart in git). Sources with neither (a
 * multi-source `ref:` for values files) carry no chart version.
 */
function inexactRevisions(text, file) {
    return inexactRevisionsIn((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .stripBom */ .F8)(text), file, { allowMulti: true }));
}
/** inexactRevisions on a file already parsed. */
function inexactRevisionsIn(parsed) {
    const out = [];
    for (const doc of parsed.documents ?? []) {
        const root = doc.contents;
        const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'spec');
        const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'kind')) ?? 'Application';
        if (kind !== 'Application' || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(spec))
            continue;
        const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'metadata'), 'name'));
        const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'sources');
        const list = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(sources) ? sources.items : [(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'source')].filter((s) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(s));
        for (const source of list) {
            const kindOf = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'chart')) !== undefined
                ? 'chart'
                : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'path')) !== undefined
                    ? 'path'
                    : undefined;
            if (!kindOf)
                continue;
            const rev = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'targetRevision');
            const why = inexactRevision((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(rev) ?? '', kindOf);
            if (!why)
                continue;
            out.push({
                file: parsed.file,
                line: parsed.lineOf(rev ?? source) ?? 1,
                message: `targetRevision of Application ${name ?? '(unnamed)'} ${rev === undefined || rev === null ? 'is not set, so the newest chart is deployed' : why}`,
                hint: HINT,
            });
        }
    }
    return out;
}


/***/ }),

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
/* harmony export */   unmatchedConfigEntries: () => (/* binding */ unmatchedConfigEntries)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24619);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17892);



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
    return dirs.filter((0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .chartPatternMatcher */ .Jr)(choice.entries.map((e) => e.pattern))).sort();
}
/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
function unmatchedEntries(entries, dirs, hintOf) {
    return entries.flatMap((e) => {
        if (dirs.some((0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .chartPatternMatcher */ .Jr)([e.pattern])))
            return [];
        const text = e.written ?? e.pattern;
        const hint = hintOf?.(e) ??
            (e.file !== undefined || e.key !== undefined
                ? `fix \`${e.key ?? 'charts'}:\` in the config (paths or globs relative to the working directory)`
                : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `fix ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .theInput */ .y8)(e.input ?? 'charts')} (paths or globs relative to working-directory)`);
        return [
            new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`chart '${text}' matches no folder holding a Chart.yaml${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)((0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePattern */ .eP)(e.pattern), dirs)}`, {
                file: e.file,
                line: e.file !== undefined ? (e.line ?? 1) : undefined,
                hint,
            }),
        ];
    });
}
/** The chart folders of `dirs` that no entry of a `patterns` choice covers and no `charts-ignore:` entry excludes. */
function uncoveredCharts(dirs, choice, ignored) {
    if (choice.kind !== 'patterns')
        return [];
    const covered = (0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .chartPatternMatcher */ .Jr)(choice.entries.map((e) => e.pattern));
    const ignoredDir = ignored.length > 0 ? (0,_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .chartPatternMatcher */ .Jr)(ignored.map((e) => e.pattern)) : () => false;
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

========
export const id = 5843;
export const ids = [5843,7135];
export const modules = {

>>>>>>>> gates:packages/cli/dist/5843.index.js
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

/***/ 87034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ identityInput),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY)
/* harmony export */ });
/* unused harmony export parseIdentity */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            input: input,
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `e.g. ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)(input, "'release-bot <release-bot@example.com>'")}`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
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

<<<<<<<< HEAD:packages/cli/dist/3342.index.js
/***/ 93920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ PromotionBranch)
/* harmony export */ });
// The branch a promotion into an environment is published on (`promote/<environment>`), its pull
// request's head: named here once, for the run that pushes it, break-glass's label lookup and
// notify-pulls' reading of a merged promotion.
const PREFIX = 'promote/';
/** The promotion branch's name, read both ways. */
const PromotionBranch = {
    /** The branch a promotion into `environment` is published on. */
    of: (environment) => `${PREFIX}${environment}`,
    /** Whether `branch` is a promotion branch. */
    is: (branch) => branch?.startsWith(PREFIX) ?? false,
    /** The environment a promotion branch promotes into. */
    environment: (branch) => branch.slice(PREFIX.length),
};


/***/ }),

/***/ 30033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ pinPath),
/* harmony export */   l: () => (/* binding */ openPinPlace)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63077);
/* harmony import */ var _values_protected_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62986);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29002);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33861);
/* harmony import */ var _application_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21120);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83952);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81871);
// Where an environment's pins live, chosen once from the config: a values file
// (or an Application's inline values) read at each service's values-key, or a
// Kustomize overlay (its images: list, or an Argo CD Application's
// kustomize.images strings) read at each service's image. Every operation that
// reads or writes a pin goes through a PinPlace and never asks which kind of
// file it holds.








/** The path whose history says when an environment's pins changed: the overlay when it has one, else the values file. */
function pinPath(env) {
    return env.kustomization ?? env.values;
}
function keyFor(service, env) {
    if (service.valuesKey === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`service '${service.name}' has no values-key, which the values file of ${env.name} needs`, {
            hint: `add values-key to services.${service.name}`,
        });
    return (0,_request_js__WEBPACK_IMPORTED_MODULE_7__/* .fillTemplate */ .ou)(service.valuesKey, env.name, service.name);
}
async function openPinPlace(env, read, opts) {
    const { cache } = opts;
    if (env.kustomization !== undefined) {
        const where = env.kustomizationLine !== undefined && opts.configFile ? { file: opts.configFile, line: env.kustomizationLine } : {};
        let found;
        try {
            found = await (0,_kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .kustomizationFor */ .fx)(env.kustomization, read, { ...where, where: `at ${opts.at}` }, cache);
        }
        catch (e) {
            if (opts.optional && e instanceof _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .NoKustomization */ .RZ)
                return undefined;
            throw e;
        }
        const file = found.file;
        (0,_kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .readOverlayImages */ .Rm)(found.text, file, cache);
        const pinOf = (text, service) => {
            const image = service.image;
            if (!image)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`service '${service.name}' has no image, which the overlay of ${env.name} needs to find its entry`, {
                    file: opts.configFile,
                    hint: `add image: to services.${service.name}`,
                });
            return { pin: (0,_kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .overlayPin */ .oW)((0,_kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .readOverlayImages */ .Rm)(text, file, cache), image, service.name), image };
        };
        return {
            kind: 'overlay',
            file,
            text: found.text,
            read(text, service) {
                const { pin } = pinOf(text, service);
                const images = (0,_kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .readOverlayImages */ .Rm)(text, file, cache);
                const key = pin.entry ? `${images.listPath.join('.')}[${pin.entry.index}]` : images.listPath.join('.');
                return {
                    style: 'overlay',
                    file,
                    key,
                    path: pin.entry ? [...images.listPath, pin.entry.index] : images.listPath,
                    line: pin.line,
                    ...(pin.repository ? { repository: pin.repository } : {}),
                    ...(pin.tag ? { tag: pin.tag } : {}),
                    ...(pin.digest ? { digest: pin.digest } : {}),
                    overlay: pin,
                };
            },
            write(text, writes) {
                const images = (0,_kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .readOverlayImages */ .Rm)(text, file, cache);
                return (0,_kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .setOverlayPins */ .hg)(text, images, writes.map((w) => {
                    const { pin, image } = pinOf(text, w.service);
                    return { image, pin, target: w.target };
                }), cache);
            },
            protectedProblems: (text) => (0,_kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .overlayProblems */ .pN)((0,_kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_4__/* .readOverlayImages */ .Rm)(text, file, cache)),
        };
    }
    const text = await read(env.values);
    const where = env.valuesLine !== undefined && opts.configFile ? { file: opts.configFile, line: env.valuesLine } : {};
    if (text === undefined && opts.optional)
        return undefined;
    if (text === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`values file of ${env.name} ${env.values} does not exist at ${opts.at}`, {
            ...where,
            hint: 'fix values in the config (paths are relative to the repository promoted in)',
        });
    let document;
    let rev;
    let appText;
    let applicationFailed = false;
    if (env.application) {
        const { file, name } = (0,_application_js__WEBPACK_IMPORTED_MODULE_5__/* .splitApplicationRef */ .O6)(env.application);
        try {
            appText = await read(file);
            if (appText === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the Application file ${file} of environment ${env.name} does not exist`, {
                    hint: 'fix application in the config',
                });
            rev = (0,_application_js__WEBPACK_IMPORTED_MODULE_5__/* .findChartRevision */ .xL)(appText, file, name, opts.charts, cache);
            document = file === env.values ? rev.document : undefined;
        }
        catch (e) {
            if (!opts.lenientApplication)
                throw e;
            applicationFailed = true;
            appText = undefined;
        }
    }
    return {
        kind: 'values',
        file: env.values,
        text: text,
        ...(document !== undefined ? { document } : {}),
        ...(rev ? { rev, appText } : {}),
        ...(applicationFailed ? { applicationFailed } : {}),
        read: (t, service) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_6__/* .readPin */ .Ci)(t, env.values, keyFor(service, env), { document, cache }),
        write(t, writes) {
            // All pins of the values file in one edit (one parse and one check, not one per service); services that
            // share a values key are edited one after another, each reading what the previous one wrote.
            if (writes.length === 0)
                return t;
            if (new Set(writes.map((w) => w.pin.key)).size === writes.length)
                return (0,_pins_js__WEBPACK_IMPORTED_MODULE_6__/* .setPins */ .Rz)(t, writes, { document, cache }).text;
            let out = t;
            for (const w of writes)
                out = (0,_pins_js__WEBPACK_IMPORTED_MODULE_6__/* .setPin */ .oW)(out, (0,_pins_js__WEBPACK_IMPORTED_MODULE_6__/* .readPin */ .Ci)(out, env.values, w.pin.key, { document, cache }), w.target, { document, cache }).text;
            return out;
        },
        protectedProblems: (t) => (document === undefined ? (0,_values_protected_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPinnedImagesIn */ .OU)((0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShared */ .fj)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .stripBom */ .F8)(t), env.values, cache)) : []),
    };
}


/***/ }),

/***/ 92328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FX: () => (/* binding */ checksGreen),
  z: () => (/* binding */ planPromotion),
  Tc: () => (/* binding */ servicePin)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(21120);
// EXTERNAL MODULE: ./packages/core/src/promote/pins.ts
var pins = __webpack_require__(83952);
// EXTERNAL MODULE: ./packages/core/src/promote/place.ts
var promote_place = __webpack_require__(30033);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
// EXTERNAL MODULE: ./packages/core/src/digests/file.ts
var digests_file = __webpack_require__(10029);
;// CONCATENATED MODULE: ./packages/core/src/promote/pin-source.ts
// Step 1 of a plan and its first check, before any network request: where the
// new pins come from (a digests file, a rollback ref, an explicit version, the
// source environment at the base) and whether a digests-file entry is the
// service's image.




/** Opens an environment's pin place at `at` with the run's parses. */
function placeOf(env, read, req, at, cache) {
    return (0,promote_place/* openPinPlace */.l)(env, read, { charts: req.charts, at, configFile: req.configFile, cache });
}
/** A source environment's pin of a service: an overlay without an entry for it pins nothing to promote, said at its line. */
function sourcePin(place, service, env) {
    const pin = place.read(place.text, service);
    if (pin.style === 'overlay' && !pin.overlay?.entry)
        throw new src_errors/* UserError */.yo(`the overlay of ${env.name} has no images: entry for ${service.name} (${service.image ?? ''}), so it pins nothing to promote`, {
            file: pin.file,
            line: pin.line,
            hint: `add an images: entry with name: ${service.image ?? '<image>'}, newTag: and digest: there`,
        });
    return pin;
}
/**
 * Step 2b: one UserError per digests-file entry whose image is not the
 * service's — the config's `services.<name>.image`, else the repository the
 * target's values file writes — compared after normalising both names. An
 * entry without an image (other tools' files) is taken as the service's.
 */
function foreignDigestEntries(source, current, req, scope) {
    const errors = [];
    for (const [name, p] of source) {
        if (!p.entry || p.image === undefined)
            continue;
        const pin = current.get(name);
        const configured = scope.byName.get(name).image;
        // The config's image when it names one (a values file may pull through a mirror), else the values file's.
        const [want, where] = configured
            ? [configured, `services.${name}.image in ${req.configFile ?? 'the config'}`]
            : [pin.repository, `${pin.file}:${pin.line}`];
        const wantId = want === undefined ? undefined : (0,pins/* imageIdentity */.a)(want);
        if (wantId !== undefined && wantId !== (0,pins/* imageIdentity */.a)(p.image))
            errors.push(new src_errors/* UserError */.yo(`entry '${name}' is the image ${p.image.slice(0, 200)}, but ${name} is ${want} (${where})`, {
                file: p.entry.file,
                line: p.entry.line,
                hint: 'fix the digests file (each matrix job records its own service) or the config',
            }));
    }
    return errors;
}
/**
 * Step 1 of a plan, before any network request: the new pins, from the
 * digests file, the target's own pins at a rollback ref, an explicit
 * version, or the source environment's pins at the base branch (in that
 * order of precedence). Adds a note for digests-file services the config
 * does not list.
 */
async function readPinSource(req, route, world, scope, notes, cache) {
    const { to } = route;
    const { wanted } = scope;
    const pins = new Map();
    if (req.digests)
        return digestsFileSource(req, req.digests, world, scope, notes);
    if (req.from.kind === 'ref') {
        const commit = await world.resolveRef(req.from.ref);
        if (!commit)
            throw new src_errors/* UserError */.yo(`: ref ${req.from.ref} is not a commit or tag of the repository`, {
                input: 'from',
                hint: 'fetch it (fetch-depth: 0 or fetch-tags) or fix the ref',
                cliHint: 'fetch it (git fetch --tags origin) or fix the ref',
            });
        const at = (p) => world.readAt(commit, p);
        const place = await placeOf(to, at, req, `ref ${req.from.ref}`, cache);
        const rev = place.rev;
        for (const s of req.services) {
            if (!wanted(s.name))
                continue;
            const pin = sourcePin(place, s, to);
            pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: `${to.name} at ${req.from.ref}` });
        }
        const chartFrom = rev && !req.chartVersion ? rev.current || undefined : req.chartVersion;
        return { pins, label: `${to.name} as pinned at ${req.from.ref} (${commit.slice(0, 12)})`, chartFrom, commit };
    }
    if (req.version) {
        for (const s of req.services)
            if (wanted(s.name))
                pins.set(s.name, { tag: req.version });
        return { pins, label: `version ${req.version}`, chartFrom: req.chartVersion };
    }
    if (req.from.kind === 'env') {
        const from = route.from;
        const place = await placeOf(from, world.readBase, req, `the base branch ${req.base}`, cache);
        const rev = place.rev;
        for (const s of req.services) {
            if (!wanted(s.name))
                continue;
            const pin = sourcePin(place, s, from);
            pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: from.name });
        }
        const chartFrom = rev && to.application && !req.chartVersion ? rev.current || undefined : req.chartVersion;
        return { pins, label: `${from.name} (its pins at ${req.base})`, chartFrom };
    }
    return { pins, label: req.chartVersion ? `chart-version ${req.chartVersion}` : 'nothing', chartFrom: req.chartVersion };
}
/** Step 1 from a digests file: each configured service's entry (those `only` names must be there); a note names the entries no service is. */
async function digestsFileSource(req, file, world, { byName, wanted }, notes) {
    const pins = new Map();
    const text = world.readLocal(file);
    if (text === undefined)
        throw new src_errors/* UserError */.yo(`: ${file} does not exist`, {
            input: 'digests',
            hint: 'download the capture-digests artifact before this step, or fix the path',
            cliHint: 'write it with lockstep digests first, or fix the path',
        });
    const entries = new Map(Object.entries(await (0,digests_file/* parseDigests */.fV)(text, file, 'promote')));
    const errors = [];
    for (const name of req.only)
        if (!entries.has(name))
            errors.push(new src_errors/* UserError */.yo(`the digests file has no entry for service '${name}'`, {
                file,
                line: 1,
                hint: `it holds ${[...entries.keys()].join(', ') || 'nothing'}`,
            }));
    (0,src_errors/* throwAll */.Kx)(errors);
    const ignored = [];
    for (const [name, e] of entries) {
        if (!byName.has(name)) {
            ignored.push(name);
            continue;
        }
        if (wanted(name))
            pins.set(name, {
                tag: e.tag,
                digest: e.digest,
                image: e.image,
                sha: e.sha,
                entry: { file, line: (0,digests_file/* lineOfKey */.nj)(text, name) },
            });
    }
    if (ignored.length > 0)
        notes.push(`The digests file also names ${ignored.join(', ')}, which the config does not list; left alone.`);
    if (pins.size === 0)
        throw new src_errors/* UserError */.yo(`the digests file names no configured service`, {
            file,
            line: 1,
            hint: `configured services: ${[...byName.keys()].join(', ')}`,
        });
    return { pins, label: `digests file ${file}`, chartFrom: req.chartVersion };
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/charts/exact-revision.ts
var exact_revision = __webpack_require__(63068);
;// CONCATENATED MODULE: ./packages/core/src/promote/plan-checks.ts
// The plan's checks after its source is read: tags resolved to digests
// through the registry, `verify:` policies, verify-source, a protected
// target's pins and chart version, and require-checks.






/** Step 3: each new pin without a digest, refused at the protected target's line (resolve-digests is off). */
function bareTagsInProtected(source, current, to) {
    return [...source]
        .filter(([, p]) => !p.digest)
        .map(([name]) => {
        const pin = current.get(name);
        return new src_errors/* UserError */.yo(`${name}: a tag without a digest cannot be promoted into the protected environment ${to.name}`, {
            file: pin.file,
            line: pin.line,
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('resolve-digests', 'true')} (the default for protected environments) or promote from a digests file`,
        });
    });
}
/**
 * Step 4: each pin with a tag and no digest gets the digest the registry
 * has for that tag (lookups in parallel). The image is the config's, the
 * source's, or the target's repository, in that order; every failure is
 * collected and thrown together.
 */
async function resolveMissingDigests(source, current, req, world, scope) {
    const lookups = [...source].filter(([, p]) => !p.digest && p.tag);
    const errors = [];
    await Promise.all(lookups.map(async ([name, p]) => {
        const image = scope.byName.get(name).image ?? p.image ?? current.get(name).repository;
        if (!image) {
            errors.push(new src_errors/* UserError */.yo(`${name}: no image repository is known, so ${p.tag} cannot be resolved to a digest`, {
                file: req.configFile,
                hint: `set services.${name}.image in the config`,
            }));
            return;
        }
        const ref = serviceReference(name, image, p.tag, req, errors);
        if (!ref)
            return;
        try {
            p.digest = await world.resolveDigest(ref, name);
        }
        catch (e) {
            if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else
                throw e;
        }
    }));
    (0,src_errors/* throwAll */.Kx)(errors);
}
/**
 * A service's image repository (any tag or digest on it dropped), with `tag`
 * when given, as a reference; a repository that does not parse is the
 * config's error, added to `errors` (undefined then).
 */
function serviceReference(name, image, tag, req, errors) {
    const repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    try {
        return (0,reference/* parseReference */.F2)(tag === undefined ? repository : `${repository}:${tag}`);
    }
    catch (e) {
        if (!(e instanceof reference/* InvalidReference */.ft))
            throw e;
        errors.push(new src_errors/* UserError */.yo(`${name}: ${e.message}`, { file: req.configFile, hint: 'services.<name>.image is registry/repository without a tag' }));
        return undefined;
    }
}
/**
 * Step 4b: each new pin of a service with a `verify:` policy, whose digest
 * the target does not pin already, checked against it (in parallel). A pin
 * without a digest cannot be verified and is refused; every refusal is
 * collected and thrown together, before anything is written.
 */
async function verifyNewDigests(source, current, req, world, scope) {
    const out = new Map();
    const errors = [];
    await Promise.all([...source].map(async ([name, p]) => {
        const policy = scope.byName.get(name)?.verify;
        const pin = current.get(name);
        if (!policy || (0,pins/* pinMatches */.ZW)(pin, p))
            return;
        const image = scope.byName.get(name).image ?? p.image ?? pin.repository;
        if (!p.digest || !image) {
            errors.push(new src_errors/* UserError */.yo(`${name}: ${p.digest ? 'no image repository is known' : `tag ${p.tag ?? '—'} has no digest`}, so it cannot be verified as verify: requires`, {
                file: req.configFile,
                hint: p.digest
                    ? `set services.${name}.image in the config`
                    : (0,src_errors/* words */.aL) `promote from a digests file, or ${(0,src_errors/* setting */.Pe)('resolve-digests', 'true')}`,
            }));
            return;
        }
        if (!world.verifyDigest)
            throw new Error('verify: is configured but this promotion cannot reach a registry to verify');
        const ref = serviceReference(name, image, undefined, req, errors);
        if (!ref)
            return;
        try {
            out.set(name, await world.verifyDigest(name, ref, p.digest, policy));
        }
        catch (e) {
            if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else
                throw e;
        }
    }));
    (0,src_errors/* throwAll */.Kx)(errors);
    return out;
}
/**
 * Step 5, verify-source: every new pin must be what `verifyEnv` runs now
 * (by digest, or by tag without one). Copying from that environment at the
 * base needs no check; with verify-source off each pin says so.
 */
async function verifyInSource(source, verifyEnv, req, world, scope, baseLabel, cache) {
    const needsCheck = req.verifySource && !(req.from.kind === 'env' && !req.digests && !req.version);
    const src = needsCheck ? await placeOf(verifyEnv, world.readBase, req, baseLabel, cache) : undefined;
    const errors = [];
    for (const [name, p] of source) {
        if (!needsCheck) {
            p.verified ??= req.verifySource ? verifyEnv.name : 'not verified (verify-source: false)';
            continue;
        }
        const there = src.read(src.text, scope.byName.get(name));
        const same = p.digest ? there.digest === p.digest : there.tag === p.tag;
        if (!same)
            errors.push(new src_errors/* UserError */.yo(`${name}: ${p.digest ? (0,pins/* shortDigest */.VK)(p.digest) : `tag ${p.tag}`} is not what ${verifyEnv.name} runs now (${there.digest ? (0,pins/* shortDigest */.VK)(there.digest) : `tag ${there.tag ?? 'none'}`}); it never ran there`, {
                file: there.file,
                line: there.line,
                hint: (0,src_errors/* words */.aL) `promote it into ${verifyEnv.name} first, or ${(0,src_errors/* setting */.Pe)('verify-source', 'false')}`,
            }));
        else
            p.verified = verifyEnv.name;
    }
    (0,src_errors/* throwAll */.Kx)(errors);
}
/** Step 7: in the protected target's pins after the edit, every promoted service pinned by a sha256 digest, and (a plain values file, an overlay) every image pinned. */
function unpinnedInProtected(after, to, services, scope, place) {
    const errors = [];
    for (const name of services) {
        const pin = place.read(after, scope.byName.get(name));
        if (!pin.digest || !/^sha256:[0-9a-f]{64}$/.test(pin.digest))
            errors.push(new src_errors/* UserError */.yo(`${name} would not be pinned by a sha256 digest in the protected environment ${to.name}`, {
                file: place.file,
                line: pin.line,
                hint: (0,src_errors/* words */.aL) `promote from a digests file or with ${(0,src_errors/* named */.KT)('resolve-digests', 'true')}`,
            }));
    }
    for (const problem of place.protectedProblems(after))
        errors.push(new src_errors/* UserError */.yo(problem.message, { file: problem.file, line: problem.line, hint: problem.hint }));
    return errors;
}
/** Step 7b: the chart source the promotion edits (or keeps), refused at its line when its targetRevision is not one exact version. */
function inexactInProtected(appText, rev) {
    return (0,exact_revision/* inexactRevisions */.Dp)(appText, rev.file)
        .filter((p) => p.line === rev.line)
        .map((p) => new src_errors/* UserError */.yo(p.message, { file: p.file, line: p.line, hint: p.hint }));
}
/**
 * Step 8, require-checks: the named checks' states on the commits the new
 * pins came from (build shas, else the rollback ref's commit, else the last
 * commit that changed the source environment's values).
 */
async function requiredChecks(req, world, changes, refCommit, verifyEnv) {
    const commits = new Set();
    for (const c of changes)
        if (c.sourceCommit)
            commits.add(c.sourceCommit);
    if (commits.size === 0 && refCommit)
        commits.add(refCommit);
    if (commits.size === 0 && verifyEnv) {
        const last = await world.lastCommit((0,promote_place/* pinPath */.d)(verifyEnv));
        if (last)
            commits.add(last);
    }
    if (commits.size === 0)
        throw new src_errors/* UserError */.yo('require-checks is set but no source commit is known', {
            hint: 'promote from an environment or a digests file with sha',
        });
    if (!world.checkStates)
        throw new Error('require-checks needs a GitHub client');
    const checks = [];
    for (const sha of commits)
        checks.push({ sha, states: await world.checkStates(sha, req.requireChecks) });
    return checks;
}

;// CONCATENATED MODULE: ./packages/core/src/promote/plan.ts
// Plans one promotion in memory: where the new pins come from (a digests file,
// the source environment's pins at the base branch, an explicit version, or the
// target's own pins at a git ref for a rollback), which services they change,
// the byte-minimal edits of the target's values file and Application, and the
// gates (verify-source, protected pins, require-checks). Nothing here writes.









/**
 * Plans the promotion `req` along `route` on the base commit. Every input
 * problem is a UserError (file:line where there is one) raised before any
 * registry or GitHub request; registry lookups come next, then the gates.
 * `cache` holds the run's parses: each values file is parsed once for all its
 * services, and a plan made again on a moved base reuses what did not change.
 * It reads the source's and the target's files (and the environment before
 * the target for verify-source), no other environment's.
 */
async function planPromotion(req, route, world, cache = new parse_cache/* ParseCache */.i()) {
    const { to } = route;
    const notes = [];
    const baseLabel = `the base branch ${req.base}`;
    const only = new Set(req.only);
    const scope = {
        byName: new Map(req.services.map((s) => [s.name, s])),
        wanted: (name) => only.size === 0 || only.has(name),
    };
    const verifyEnv = req.from.kind === 'env' ? route.from : req.from.kind === 'none' && route.toIndex > 0 ? req.environments[route.toIndex - 1] : undefined;
    // 1. Where the new pins come from (no network yet).
    const pinSource = await readPinSource(req, route, world, scope, notes, cache);
    const source = pinSource.pins;
    // 2. What the target pins now.
    const target = await placeOf(to, world.readBase, req, baseLabel, cache);
    const current = new Map();
    for (const name of source.keys())
        current.set(name, target.read(target.text, scope.byName.get(name)));
    // 2b. A digests-file entry must be the service's image: a matrix mix-up would otherwise be pinned and promoted onward.
    (0,src_errors/* throwAll */.Kx)(foreignDigestEntries(source, current, req, scope));
    // 3. A protected target never takes a bare tag: without resolve-digests that is an input error, found before any lookup.
    const resolve = (0,request/* mustResolve */.iE)(req, to);
    if (to.protected && !resolve)
        (0,src_errors/* throwAll */.Kx)(bareTagsInProtected(source, current, to));
    // 4. Tags to digests through the registry, for pins that lack one.
    if (resolve)
        await resolveMissingDigests(source, current, req, world, scope);
    // 4b. verify: a service with a policy gets no digest pinned that its signature or attestation does not vouch for.
    const verified = await verifyNewDigests(source, current, req, world, scope);
    for (const [name, p] of source) {
        const optOut = scope.byName.get(name)?.verifyOptOut;
        if (optOut && !(0,pins/* pinMatches */.ZW)(current.get(name), p))
            notes.push(`${name}: pinned unverified: its verify: {} (${optOut}) turns the top-level verify: policy off for it.`);
    }
    // 5. verify-source: the digest must run in the source environment now.
    if (verifyEnv && req.from.kind !== 'ref')
        await verifyInSource(source, verifyEnv, req, world, scope, baseLabel, cache);
    // 6. The edits, file by file, and what changes.
    const { changes, unchanged, chart, texts } = editTarget(req, route, pinSource, { target, current, verified, scope, notes }, cache);
    const files = [...texts]
        .filter(([, t]) => t.after !== t.before)
        .map(([path, t]) => ({ path, before: t.before, after: t.after }));
    // Each edit is checked: no step after this one reads a file as it was before its edit (the side-by-side
    // table, the protected-target checks and values-drift read the edited text), so its parse is let go — at 500 services
    // the target's values are a ~4 MB document the rest of the run need not hold.
    for (const t of texts.values())
        if (t.after !== t.before)
            cache.forget((0,bytes/* stripBom */.F8)(t.before));
    // 7. A protected target ends with every image pinned by digest.
    if (to.protected && files.length > 0)
        (0,src_errors/* throwAll */.Kx)(unpinnedInProtected(texts.get(target.file)?.after ?? target.text, to, [...source.keys()], scope, target));
    // 7b. …and its Application pins one exact chart version (not `*`, a range, a branch or HEAD).
    if (to.protected && files.length > 0 && target.rev)
        (0,src_errors/* throwAll */.Kx)(inexactInProtected(texts.get(target.rev.file)?.after ?? target.appText, target.rev));
    // 8. require-checks on the commit the source pins came from.
    const checks = req.requireChecks.length > 0 && files.length > 0 ? await requiredChecks(req, world, changes, pinSource.commit, verifyEnv) : [];
    return { changes, chart, files, services: [...source.keys()], unchanged, sourceLabel: pinSource.label, checks, notes };
}
/** Step 6: each service's change (or that it already matches), and the target's files edited (before and after). */
function editTarget(req, route, { pins: source, chartFrom, commit: checkCommit }, { target, current, verified, scope, notes }, cache) {
    const texts = new Map();
    const edit = (file, before, fn) => {
        const entry = texts.get(file) ?? { before, after: before };
        entry.after = fn(entry.after);
        texts.set(file, entry);
    };
    const changes = [];
    const unchanged = [];
    const pinEdits = [];
    for (const [name, p] of source) {
        const pin = current.get(name);
        // The repository the new digest lives in: the source's (what runs there, or what was built), else the config's.
        const repository = p.image ?? scope.byName.get(name).image;
        if (repository !== undefined && p.digest !== undefined)
            p.repository = (0,pins/* imageRepository */.an)(repository);
        if ((0,pins/* repositoryMoves */.Ro)(pin, p))
            notes.push(`${name}: the image moves from ${pin.repository} to ${p.repository} (${pin.file}:${pin.line}); the repository is written with the digest.`);
        if ((0,pins/* pinMatches */.ZW)(pin, p)) {
            unchanged.push(name);
            continue;
        }
        pinEdits.push({ service: scope.byName.get(name), pin, target: p });
        changes.push({
            service: name,
            file: target.file,
            line: pin.line,
            oldTag: pin.tag,
            newTag: p.tag ?? pin.tag,
            oldDigest: pin.digest,
            newDigest: p.digest,
            verified: p.verified ?? (route.toIndex === 0 ? 'first environment' : 'not verified'),
            sourceCommit: p.sha ?? (req.from.kind === 'ref' ? checkCommit : undefined),
            ...(verified.has(name) ? { verifiedBy: verified.get(name).by } : {}),
            ...(verified.get(name)?.sourceCommit ? { provenanceCommit: verified.get(name).sourceCommit } : {}),
        });
    }
    if (pinEdits.length > 0)
        edit(target.file, target.text, (t) => target.write(t, pinEdits));
    const rev = target.rev;
    if (chartFrom === undefined || !rev || rev.current === chartFrom)
        return { changes, unchanged, texts };
    edit(rev.file, target.appText, (t) => (0,application/* setChartRevision */.u6)(t, rev, chartFrom, cache));
    const chart = {
        file: rev.file,
        line: rev.line,
        application: rev.name,
        ...(rev.chart ? { chart: rev.chart } : {}),
        ...(rev.chartPath ? { chartPath: rev.chartPath } : {}),
        old: rev.current,
        new: chartFrom,
    };
    return { changes, unchanged, chart, texts };
}
/** True when every required check passed. */
function checksGreen(plan) {
    return plan.checks.every((c) => c.states.every((s) => s.state === 'success'));
}
/**
 * One service's pin in an environment, read from the files `read` gives (the
 * base, or a commit of the file's history for soak time); undefined where the
 * file or the pin cannot be read.
 */
async function servicePin(req, env, service, read, cache) {
    const s = req.services.find((x) => x.name === service);
    if (!s)
        return undefined;
    try {
        const place = await (0,promote_place/* openPinPlace */.l)(env, read, {
            charts: req.charts,
            at: 'that commit',
            configFile: req.configFile,
            cache,
            optional: true,
        });
        return place?.read(place.text, s);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 81871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ layoutFrom),
/* harmony export */   QF: () => (/* binding */ checkRoute),
/* harmony export */   eo: () => (/* binding */ readOnlyPromoteInputs),
/* harmony export */   iE: () => (/* binding */ mustResolve),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   qC: () => (/* binding */ LAID_OUT),
/* harmony export */   sA: () => (/* binding */ looksLikeSha),
/* harmony export */   uK: () => (/* binding */ parseFrom)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(620);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24619);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83952);
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38807);
/* harmony import */ var _settings_table_promote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20882);
/* harmony import */ var _environment_settings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89549);
// What a promotion asks for, as plain data, and the rules checked on it before
// anything is read from git, a registry or GitHub: known environments, adjacent
// steps only (unless allow-skip), known services, a well-formed `ref:` source,
// no direct push into a protected environment.







/**
 * The inputs a request does not carry as given: what the layout, the source and the session resolve
 * (environments, services, from, base). The config-backed settings are not carried as given either:
 * the request holds them resolved in `settings` and `settingsByEnvironment` (their names are the table's).
 */
const LAID_OUT = [
    'workingDirectory',
    'config',
    'from',
    'environments',
    'services',
    'valuesFile',
    'valuesKey',
    'record',
    'base',
];
/**
 * The promote inputs of a command that only reads what runs where (`lockstep
 * status`, `lockstep metrics`): where the environments and services are, and
 * every promotion setting at its read-only value (a dry run, nothing pushed,
 * no gate asked about), so the session they open writes nothing.
 */
function readOnlyPromoteInputs(where) {
    const { record: _record, ...defaults } = (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultsOf */ .Gf)(_settings_table_promote_js__WEBPACK_IMPORTED_MODULE_5__/* .PROMOTE */ .R);
    return { ...defaults, ...where, to: '', labels: [], dryRun: true, resolveDigests: false };
}
const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const SHA = /^[0-9a-f]{7,64}$/;
/** Parses the `from` input: an environment name, `ref:<sha-or-tag>`, or empty. */
function parseFrom(text) {
    if (text === undefined || text === '')
        return { kind: 'none' };
    if (text.startsWith('ref:')) {
        const ref = text.slice(4).trim();
        if (ref === '' || ref.startsWith('-') || !REF.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`is '${text}', not ref:<sha-or-tag>`, {
                input: 'from',
                hint: 'write ref: followed by a commit sha or a tag, e.g. ref:v1.4.0 or ref:3f2a9c1',
            });
        return { kind: 'ref', ref };
    }
    return { kind: 'env', env: text };
}
/** True when a ref looks like an abbreviated or full commit id. */
function looksLikeSha(ref) {
    return SHA.test(ref);
}
/** Substitutes `{env}` and `{service}` in a template. */
function fillTemplate(template, env, service = '') {
    return template.replace(/\{env\}/g, env).replace(/\{service\}/g, service);
}
/**
 * Environments and services from the config, or from the `values-file` /
 * `values-key` templates when the config has none (`environments` input, else
 * dev, staging, prod). Errors name the config file or the input.
 */
function layoutFrom(config, inputs, digestsServices = []) {
    // The keys an environment sets for promote's settings are resolved apart (environment-settings.ts).
    const configured = config.environments.map(({ values, autoMerge, valuesDrift, minSoak, wait, ...e }, i) => ({
        ...e,
        values: values ?? e.kustomization,
        valuesLine: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['environments', i, values !== undefined ? 'values' : 'kustomization']),
        ...(e.kustomization !== undefined ? { kustomizationLine: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['environments', i, 'kustomization']) } : {}),
    }));
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
                    errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`names '${name}', which the config does not list${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, configured.map((e) => e.name))}`, { input: 'environments', file: config.file, hint: `configured: ${configured.map((e) => e.name).join(', ')}` }));
            }
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(errors);
        }
        else
            environments = configured;
    }
    else {
        if (!inputs.valuesFile)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `no environments: the config lists none and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('values-file')} is not set`, {
                file: config.file,
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `add environments to .github/lockstep.yml, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('values-file')} (e.g. ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('values-file', 'environments/{env}/values.yaml')})`,
            });
        const names = inputs.environments.length > 0 ? inputs.environments : ['dev', 'staging', 'prod'];
        environments = names.map((name) => ({ name, values: fillTemplate(inputs.valuesFile, name), protected: false }));
    }
    if (inputs.valuesFile && configured.length > 0)
        environments = environments.map((e) => ({ ...e, values: fillTemplate(inputs.valuesFile, e.name), valuesLine: undefined }));
    const seen = new Set();
    for (const e of environments) {
        // The name becomes the branch promote/<name>: keep it to what git accepts everywhere.
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(e.name) || e.name.endsWith('.lock') || e.name.includes('..'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`environment name '${e.name}' cannot be part of a branch name`, {
                file: config.file,
                hint: 'use letters, digits, ".", "_" and "-"',
            });
        if (seen.has(e.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`environment '${e.name}' appears twice`, {
                file: config.file,
                hint: 'list each environment once, in promotion order',
            });
        seen.add(e.name);
    }
    const serviceNames = Object.keys(config.services);
    let services;
    if (serviceNames.length > 0) {
        services = serviceNames.map((name) => {
            const svc = config.services[name];
            const key = inputs.valuesKey ?? svc.valuesKey;
            // values-key says where the image sits in a values file: an overlay finds the service's entry by its image.
            if (!key && environments.some((e) => e.kustomization === undefined))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`service '${name}' has no values-key`, {
                    file: config.file,
                    hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `add values-key (e.g. services.${name}.image) to services.${name}, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('values-key')}`,
                });
            const verify = (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.verifyFor)(config, name);
            const optOut = (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.verifyOptOut)(config, name);
            return {
                name,
                image: svc.image,
                ...(key ? { valuesKey: fillTemplate(key, '{env}', name) } : {}),
                ...(verify ? { verify } : {}),
                ...(optOut ? { verifyOptOut: `${optOut.file ?? '.github/lockstep.yml'}${optOut.line ? `:${optOut.line}` : ''}` } : {}),
            };
        });
    }
    else {
        const names = inputs.services.length > 0 ? inputs.services : digestsServices;
        if (names.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `no services: the config lists none, and neither ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('services')} nor a digests file names any`, {
                file: config.file,
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `add services to .github/lockstep.yml, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('services')}`,
            });
        if (!inputs.valuesKey)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('is required without services in the config', {
                input: 'values-key',
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('values-key')}, e.g. image or services.{service}.image`,
            });
        services = names.map((name) => ({
            name,
            valuesKey: fillTemplate(inputs.valuesKey, '{env}', name),
            ...(config.verify && (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.verifyFor)(config, name) ? { verify: config.verify } : {}),
        }));
    }
    for (const s of services)
        if (s.valuesKey !== undefined)
            (0,_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .parseValuesKey */ .bx)(s.valuesKey.replace(/\{env\}/g, 'env'), `values-key of service '${s.name}'`);
    return { environments, services };
}
/**
 * Checks the request's rules, all before any network request: both
 * environments known, the step adjacent (dev→staging, staging→prod) unless
 * allow-skip, no promotion backwards or onto itself, a source for every
 * environment after the first, known services, no direct push into a
 * protected environment, chart-version only where an Application is set.
 */
function checkRoute(req) {
    const names = req.environments.map((e) => e.name);
    const errors = [];
    const toIndex = names.indexOf(req.to);
    if (toIndex < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`is '${req.to}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(req.to, names)}`, {
            input: 'to',
            file: req.configFile,
            hint: `environments, in order: ${names.join(', ')}`,
        });
    const to = req.environments[toIndex];
    let from;
    let fromIndex;
    if (req.from.kind === 'env') {
        fromIndex = names.indexOf(req.from.env);
        if (fromIndex < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`is '${req.from.env}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(req.from.env, names)}`, {
                input: 'from',
                file: req.configFile,
                hint: `environments, in order: ${names.join(', ')}; or ref:<sha-or-tag> to roll back`,
            });
        from = req.environments[fromIndex];
        if (fromIndex >= toIndex)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot promote from ${from.name} to ${to.name}: ${to.name} does not come after ${from.name}`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `promotion order: ${names.join(' → ')}; to roll back use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('from', 'ref:<sha-or-tag>')}`,
            });
        if (toIndex - fromIndex > 1 && !req.allowSkip)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`promotion ${from.name} → ${to.name} skips ${names.slice(fromIndex + 1, toIndex).join(', ')}`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `promote through ${names.slice(fromIndex, toIndex + 1).join(' → ')}, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)('allow-skip', 'true')}`,
            });
    }
    else if (req.from.kind === 'none' && toIndex > 0 && !req.digests && !req.version && !req.chartVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`is required to promote into ${to.name}`, {
            input: 'from',
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('from', names[toIndex - 1])}, or give ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('digests')}, ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('version')} or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('chart-version')}`,
        });
    }
    if (req.push === 'direct' && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('push', 'direct')} is refused for the protected environment ${to.name}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('push', 'pr')} (the default): protected promotions go through a reviewed pull request`,
        }));
    if (req.chartVersion !== undefined && !to.application)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('chart-version')} is set but environment ${to.name} has no application`, {
            file: req.configFile,
            hint: `add application: <path of the ArgoCD Application> to environment ${to.name}`,
        }));
    if ((0,_environment_settings_js__WEBPACK_IMPORTED_MODULE_6__/* .environmentSettings */ .fu)(req, to.name).autoMerge && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`auto-merge is refused for the protected environment ${to.name}`, {
            hint: 'protected promotions are draft pull requests merged by a person',
        }));
    const known = new Set(req.services.map((s) => s.name));
    for (const s of req.only)
        if (!known.has(s))
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`service '${s}' is not configured${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(s, known)}`, {
                file: req.configFile,
                hint: `configured services: ${[...known].join(', ') || 'none'}`,
            }));
    if (req.digests && req.version)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .theInput */ .y8)('digests')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .theInput */ .y8)('version')} were both given`, { hint: 'use one source of new pins' }));
    if (req.from.kind === 'ref' && (req.digests || req.version))
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `a rollback (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('from', 'ref:…')}) takes its pins from that ref; drop ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('digests')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('version')}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .words */ .aL) `roll back with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('from')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .named */ .KT)('to')} only`,
        }));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(errors);
    return { to, toIndex, from, fromIndex };
}
/** True when tags must be resolved to digests before writing. */
function mustResolve(req, to) {
    return req.resolveDigests ?? to.protected;
}


/***/ }),

/***/ 17049:
========
/***/ 65843:
>>>>>>>> gates:packages/cli/dist/5843.index.js
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cu: () => (/* binding */ fetchBase),
  TX: () => (/* binding */ forgetFetchedBases),
  dG: () => (/* binding */ localPromotion),
  fA: () => (/* binding */ openSession),
  jW: () => (/* binding */ planChecked),
  J9: () => (/* binding */ planOn),
  yi: () => (/* binding */ sessionRequest)
});

// UNUSED EXPORTS: buildPromoteRequest

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 1 modules
var config_config = __webpack_require__(620);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(17892);
// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts
var selection = __webpack_require__(95997);
// EXTERNAL MODULE: ./packages/core/src/charts/tree.ts
var tree = __webpack_require__(7135);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/promote/plan.ts + 2 modules
var plan = __webpack_require__(92328);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/git/auth.ts
var auth = __webpack_require__(81006);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(48982);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(57850);
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
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var publish = __webpack_require__(5825);
// EXTERNAL MODULE: ./packages/core/src/git/generated-branch.ts
var generated_branch = __webpack_require__(85036);
// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(58162);
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
    return {
        async fetchBranch(branch) {
            if (!o.remote) {
                await (0,refs/* checkRefName */.hh)(git, branch, 'branch');
                return git.commitOf(`refs/heads/${branch}`);
            }
            const sha = await publish/* fetchBranch */.D_(git, 'origin', branch);
            reader.close(); // objects fetched since cat-file started are read by a fresh one
            return sha;
        },
        readAt: (commit, path) => reader.text(`${commit}:${path}`),
        readBytesAt: (commit, path) => reader.read(`${commit}:${path}`).then((o) => (o?.type === 'blob' ? o.data : undefined)),
        async resolveRef(ref) {
            const have = await reader.commit(ref);
            if (have)
                return have;
            const bySha = (0,request/* looksLikeSha */.sA)(ref) && ref.length === 40;
            // What's-in tries several tag spellings for each service (`api-v1.4.0`, `v1.4.0`, …): origin's tag list,
            // asked once per run, spares a failing fetch (and a cat-file restart) for every spelling origin lacks.
            if (!bySha && o.remote) {
                const tags = await git.remoteTags();
                if (tags && !tags.has(ref))
                    return undefined;
            }
            await (bySha ? git.fetchRefs('origin', [ref]) : git.fetchTags('origin', [ref]));
            reader.close();
            return reader.commit(ref);
        },
        async fetchTags(groups) {
            if (!o.remote || groups.length === 0)
                return;
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
        },
        commitInfo: (commit) => git.commitInfo(commit),
        landedAt: (commit, path) => git.lastCommit(commit, path, true),
        listFiles: (commit, dir) => git.listFiles(commit, dir),
        lastCommit: (commit, path) => git.lastCommit(commit, path),
        async firstParentLog(commit, path) {
            const entries = await git.firstParentLog(commit, path);
            return { entries, complete: !(await git.isShallow()) };
        },
        async deepenHistory(commits) {
            // A shallow clone (actions/checkout's default) gets the base branch's history in steps, as soak time asks for it.
            if (!o.remote || !(await git.isShallow()))
                return false;
            const r = await git.deepenBranch('origin', base, commits);
            reader.close();
            return r.code === 0;
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
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/approvals.ts
// Who approved a pull request, and who may: the approval gate's reads (promote/gates/approval.ts). A
// reviewer's latest deciding review counts (an approval later dismissed, or followed by a change request,
// does not); a team's membership is asked per login; a GitHub Environment's required reviewers are its
// protection rule of that type (users, and teams of the repository's organisation).

/** The logins whose latest deciding review of pull request `number` approves it, in the order they reviewed. */
async function approvers(gh, number) {
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
            last.set(r.user.login, r.state);
        }
    return [...last].filter(([, state]) => state === 'APPROVED').map(([login]) => login);
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
// EXTERNAL MODULE: ./packages/core/src/promote/branch.ts
var branch = __webpack_require__(93920);
;// CONCATENATED MODULE: ./packages/core/src/promote/github-port.ts
// GitHub's side of a promotion: pull requests, checks, auto-merge, deployments and the trail,
// through one client made on first use; GitHub's refusals become UserErrors naming the permission.







/**
 * GitHub's side of a promotion in `repository`: check states, the PR and
 * auto-merge, through a client made on first use. Refusals a user can fix
 * (4xx) become one-line UserErrors naming the permissions needed.
 */
function promoteGitHub(client, log) {
    // GitHub's refusals (a missing permission, a repository setting) are the user's to fix: one line, no stack.
    const userFacing = async (fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw (0,github_client/* gitHubUserError */.F2)(e, { hint: 'the token needs contents: write and pull-requests: write on the repository promoted in' }) ?? e;
        }
    };
    // Deployments need their own permission: a refusal names it.
    const deploymentFacing = async (fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw (0,github_client/* gitHubUserError */.F2)(e, { hint: 'the token needs deployments: write on the repository promoted in' }) ?? e;
        }
    };
    // Team memberships are the organisation's: a refusal names that permission.
    const memberFacing = async (fn) => {
        try {
            return await fn();
        }
        catch (e) {
            throw ((0,github_client/* gitHubUserError */.F2)(e, {
                hint: "the token needs members: read on the organization (a GitHub App's or a PAT's; GITHUB_TOKEN has none)",
            }) ?? e);
        }
    };
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
            const pull = found.find((p) => p.merged && branch/* PromotionBranch */.G.is(p.head));
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
;// CONCATENATED MODULE: ./packages/core/src/registry/chart.ts
// A Helm chart stored in an OCI registry (`helm push`): an OCI image manifest
// whose layer of Helm's chart media type is the packaged chart (.tgz). This
// finds that layer and pulls it, verified by digest, through the registry client.

/** Helm's media type for the packaged chart layer. */
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
/** The packaged chart (.tgz bytes) that `ref` (`registry/repository/<chart>:<version>`) names. */
async function pullChartArchive(client, ref) {
    const manifest = await client.manifestAt(ref, ref.digest ?? ref.tag ?? 'latest');
    let layers;
    try {
        layers = JSON.parse(manifest.body.toString('utf8'))?.layers;
    }
    catch {
        throw new registry_client/* RegistryError */.gl('invalid', `${ref.original}: the manifest is not JSON`);
    }
    const chart = Array.isArray(layers)
        ? layers.find((l) => l && l.mediaType === HELM_CHART_LAYER && typeof l.digest === 'string')
        : undefined;
    if (!chart)
        throw new registry_client/* RegistryError */.gl('invalid', `${ref.original} is not a Helm chart (no layer of type ${HELM_CHART_LAYER})`, 'push the chart with helm push, or point the Application at the chart');
    return client.fetchBlob(ref, chart.digest, HELM_CHART_LAYER);
}

;// CONCATENATED MODULE: ./packages/core/src/promote/registry-port.ts
// The registry side of a promotion: image digests resolved (and verified against a `verify:` policy),
// charts read from their OCI artifacts; a registry's refusal becomes a UserError naming the image.




/** What a promotion reads from registries through `registry`; the verify policies are read from `workdir`. */
function promoteRegistry(registry, workdir) {
    let verifier;
    return {
        async resolveDigest(ref, service) {
            try {
                return (await registry.resolve(ref)).digest;
            }
            catch (e) {
                if (e instanceof registry_client/* RegistryError */.gl)
                    throw e.asUserError(`${service}: could not resolve ${ref.original} to a digest`, (0,errors/* words */.aL) `check that the image was pushed with this tag (${(0,errors/* named */.KT)('resolve-digests')} proves it exists before anything is written)`);
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
            return (0,archive/* readChartArchive */.h)(await pullChartArchive(registry, ref), `the chart ${ref.original}`, { templates: true, subcharts: true });
        },
        pullChartArchive: (ref) => pullChartArchive(registry, ref),
    };
}

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
            throw new errors/* UserError */.yo('GITHUB_SERVER_URL holds a user name or password; lockstep sends the token in a header and never puts a credential in a remote URL', { hint: 'set GITHUB_SERVER_URL to the plain server address (https://host)' });
        await (0,local_repo/* initBareWithOrigin */.$R)(open(repoDir), remoteUrl);
        return { repoDir, remoteUrl, cleanup };
    }
    const top = await (0,local_repo/* topLevel */.M4)(open(o.workdir));
    if (!top)
        throw new errors/* UserError */.yo('working-directory is not inside a git repository', {
            hint: 'run actions/checkout before promote-env',
            cliHint: 'run lockstep in a git repository',
        });
    const url = await open(top).remoteUrl();
    // A dry run reads the local branches when there is no remote; only pushing and pull requests need one.
    if (!url && !o.dryRun)
        throw new errors/* UserError */.yo("the repository has no 'origin' remote to push the promotion to", {
            hint: 'check out the repository with actions/checkout',
            cliHint: 'add one with git remote add origin <url>, pass --repository owner/name to promote in another repository, or leave out --push for a dry run',
        });
    return { repoDir: top, remoteUrl: url || undefined, cleanup: [] };
}
/** Opens the git, GitHub and registry sides of a promotion from the World's services. */
async function openPromoteWorld(o) {
    const ctx = (0,context/* readRunContext */.$p)(o.env);
    for (const s of (0,auth/* authSecrets */.O6)(o.token))
        o.secret(s);
    if (!o.dryRun) {
        const readOnly = (0,context/* readOnlyTokenReason */.WW)(ctx);
        if (readOnly)
            throw new errors/* UserError */.yo(readOnly, {
                hint: (0,errors/* words */.aL) `run promote-env on push, workflow_dispatch or workflow_run, or ${(0,errors/* setting */.Pe)('dry-run', 'true')} here`,
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
    const reader = new objects/* ObjectReader */.nR(repoDir, o.env);
    cleanup.unshift(() => reader.dispose());
    const base = remoteUrl
        ? (o.base ?? (o.repository ? undefined : ctx.event?.repository?.default_branch) ?? (await git.remoteHead()) ?? 'main')
        : (o.base ?? (await (0,local_repo/* localDefaultBranch */.$N)(git)) ?? (await (0,local_repo/* currentBranch */.eR)(git)) ?? 'main');
    // What the environments are read from, for the faces to say (a terminal's local commits are not on origin).
    const readFrom = remoteUrl ? `origin/${base}` : `the local branch ${base} (no origin remote)`;
    // One client for the run, made on first use: pull requests and checks, and in commit-mode api the commits.
    let gh;
    const openGitHub = services.github ?? (o.token ? (0,github_client/* gitHubOpener */.Pn)(o.token, o.env) : undefined);
    const client = o.token && repository && openGitHub ? () => (gh ??= openGitHub(repository, { log: o.log })) : undefined;
    const apiClient = () => {
        if (!client)
            throw new errors/* UserError */.yo((0,errors/* words */.aL) `${(0,errors/* named */.KT)('commit-mode', 'api')} needs ${(0,errors/* named */.KT)('github-token')} and the repository`, {
                hint: (0,errors/* words */.aL) `${(0,errors/* setting */.Pe)('github-token')} (contents: write), or ${(0,errors/* setting */.Pe)('commit-mode', 'git')}`,
            });
        return client();
    };
    const promoteGit = promoteGitOf(git, reader, { remote: remoteUrl !== undefined, base, apiClient, identity: o.identity });
    const transport = (services.http ?? http_transport.nodeTransport)();
    cleanup.push(() => transport.close());
    // The Docker config as capture-digests reads it: its auths entry or credential helper per registry.
    const registry = (services.registry ?? ((r) => new registry_client/* RegistryClient */.bP(r)))({
        transport,
        log: o.log,
        credentials: (0,docker_config/* dockerCredentialSource */.JA)({ configPath: (0,docker_config/* dockerConfigPath */.Q1)(o.env, o.env.HOME ?? ''), secret: o.secret, log: o.log }),
    });
    let helm;
    let kustomize;
    return {
        base,
        readFrom,
        repoDir,
        async readAtBase(path) {
            const tip = await promoteGit.fetchBranch(base);
            if (!tip)
                throw new errors/* UserError */.yo(`the base branch ${base} does not exist in ${repository ?? 'the repository'}`, {
                    hint: (0,errors/* words */.aL) `set ${(0,errors/* named */.KT)('base')} to an existing branch`,
                });
            return promoteGit.readAt(tip, path);
        },
        world: {
            git: promoteGit,
            github: client ? promoteGitHub(client, o.log) : undefined,
            readLocal: o.readLocal,
            log: o.log,
            ...(repository ? { repoUrl: `${ctx.serverUrl.replace(/\/+$/, '')}/${repository}` } : {}),
            ...promoteRegistry(registry, o.workdir),
            findHelm() {
                return (helm ??= (0,render_helm/* findHelm */.MI)(o.env));
            },
            findKustomize() {
                if (kustomize === undefined)
                    kustomize = (0,find/* findKustomize */.H)(o.env) ?? null;
                return kustomize ?? undefined;
            },
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

// EXTERNAL MODULE: ./packages/core/src/promote/values-drift.ts + 2 modules
var values_drift = __webpack_require__(14403);
// EXTERNAL MODULE: ./packages/core/src/promote/validate.ts
var validate = __webpack_require__(24118);
// EXTERNAL MODULE: ./packages/core/src/registry/chart-push.ts
var chart_push = __webpack_require__(4586);
// EXTERNAL MODULE: ./packages/core/src/render/compare.ts
var compare = __webpack_require__(13165);
// EXTERNAL MODULE: ./packages/core/src/render/render.ts
var render = __webpack_require__(71660);
// EXTERNAL MODULE: ./packages/core/src/promote/unpinned.ts
var unpinned = __webpack_require__(10529);
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(21120);
// EXTERNAL MODULE: ./packages/core/src/values/chart-files.ts
var chart_files = __webpack_require__(69630);
;// CONCATENATED MODULE: ./packages/core/src/promote/render.ts
// Rendered manifest diffs of a promotion: the target environment rendered
// with the real Helm as it runs now (the base) and as it will run after the
// merge (the plan's files), from what its Argo CD Application gives: the
// chart (a folder of this repository at the chart's release tag or at the
// base, or the published OCI chart at the exact version), the release name
// and namespace, its valueFiles in order (then the environment's values file
// when the Application does not list it), its inline helm.values /
// valuesObject, its parameters, and its ignoreDifferences. `render: auto`
// (the default) renders when Helm 3.8 or later is on PATH and says in one
// line when it is not; `on` without Helm is an error; `off` never renders. A
// chart that fails to render after the change refuses a protected
// environment's promotion, and is shown with Helm's message elsewhere. An
// environment with `kustomization:` is built with kustomize instead
// (render-overlay.ts).










/** How to add Helm when it is missing. */
const HELM_HINT = 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off';
/** The render settings in effect when the config says none. */
const RENDER_DEFAULTS = { mode: 'auto', ignore: [], ignoreDefaults: true, summarize: [], apiVersions: [] };
/** The mode for the target: the input, else the environment's config, else the top level's. */
function renderMode(req, route) {
    return req.render ?? route.to.render ?? req.renderConfig?.mode ?? 'auto';
}
/** One Renderer per world: a side rendered once in a run is not rendered again (a re-plan, a second wave). */
const renderers = new WeakMap();
function rendererFor(key, helm, cfg) {
    let r = renderers.get(key);
    if (!r || r.helm !== helm)
        renderers.set(key, (r = new render/* Renderer */.A4(helm, { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions })));
    return r;
}
/** The comparison options of the config plus an Application's ignoreDifferences. */
function compareOptions(cfg, ignoreDifferences) {
    return {
        ignore: [...(cfg.ignoreDefaults ? compare/* DEFAULT_IGNORE */.pA : []), ...cfg.ignore].map((r) => new RegExp(r)),
        summarize: cfg.summarize,
        ignoreDifferences,
    };
}
/**
 * The target rendered before and after the plan; undefined when render is
 * off, nothing is written, or the target has no Application. Throws a
 * UserError for `render: on` without Helm, and for a protected target whose
 * chart does not render after the change (nothing is written yet).
 */
async function renderPromotion(req, route, plan, ports, baseSha) {
    const mode = renderMode(req, route);
    const { to } = route;
    if (mode === 'off' || plan.files.length === 0)
        return undefined;
    // A Kustomize overlay is built with kustomize (render-overlay.ts, loaded only for one).
    if (to.kustomization)
        return (await __webpack_require__.e(/* import() */ 1173).then(__webpack_require__.bind(__webpack_require__, 31173))).renderOverlayPromotion(route, plan, ports, baseSha, mode, compareOptions(req.renderConfig ?? RENDER_DEFAULTS, []), req);
    if (!to.application)
        return undefined;
    const cfg = req.renderConfig ?? RENDER_DEFAULTS;
    // A world without the port (a unit test's fake) renders nothing.
    if (!ports.findHelm)
        return undefined;
    const helm = await ports.findHelm();
    if (!helm || !(0,render_helm/* helmUsable */.hm)(helm)) {
        const why = helm ? `Helm ${helm.version} is older than ${render_helm/* MIN_HELM */.uO}` : 'no helm on PATH';
        if (mode === 'on')
            throw new errors/* UserError */.yo(`render: on needs Helm ${render_helm/* MIN_HELM */.uO} or later: ${why}`, { hint: HELM_HINT.replace(', or set render: off', '') });
        return { environment: to.name, status: 'skipped', noHelm: true, message: `${why}; ${HELM_HINT}` };
    }
    const { file: appFile, name } = (0,application/* splitApplicationRef */.O6)(to.application);
    const appBefore = await ports.git.readAt(baseSha, appFile);
    if (appBefore === undefined)
        return undefined;
    const appAfter = plan.files.find((f) => f.path === appFile)?.after ?? appBefore;
    const read = (side) => async (path) => side === 'after'
        ? (plan.files.find((f) => f.path === path)?.after ?? (await ports.git.readAt(baseSha, path)))
        : ports.git.readAt(baseSha, path);
    const ctx = { req, ports, baseSha, values: to.values, appFile, name, listed: new Map() };
    let before;
    let after;
    try {
        [before, after] = await Promise.all([applicationSide(ctx, appBefore, read('before')), applicationSide(ctx, appAfter, read('after'))]);
    }
    catch (e) {
        // What the Application says could not be read for rendering: said, never the promotion's failure.
        if (!(e instanceof errors/* UserError */.yo))
            throw e;
        return { environment: to.name, status: 'skipped', message: e.format() };
    }
    const renderer = rendererFor(ports, helm.path, cfg);
    const rules = 'side' in after ? after.ignoreDifferences : [];
    const what = 'side' in after && 'side' in before ? (before.label === after.label ? after.label : `${before.label} → ${after.label}`) : undefined;
    const env = await (0,render/* renderEnvironment */.Cp)(renderer, to.name, 'side' in before ? before.side : before, 'side' in after ? after.side : after, compareOptions(cfg, rules), what);
    const where = plan.chart ? { file: plan.chart.file, line: plan.chart.line } : { file: to.values, line: 1 };
    if (to.protected)
        (0,unpinned/* refuseUnpinned */.Q)(env, to.name, 'side' in after ? after.sources : [], where);
    if (env.status === 'failed' && to.protected) {
        throw new errors/* UserError */.yo(`render: the chart does not render after the change in ${to.name}, a protected environment: ${env.message ?? ''}`, {
            ...where,
            hint: "fix the chart or the values so helm template succeeds (the message above is Helm's), or write render: off under this environment in the config; nothing was written",
        });
    }
    // The after side again is the cache's: validated as rendered (throws in validate: error), with the chart's own CRDs.
    if (!('side' in after))
        return env;
    const validation = await (0,validate/* validateTarget */.M)(req, route, await renderer.render(after.side), after.side.chart, ports, baseSha, where);
    return validation.length > 0 ? { ...env, validation } : env;
}
/** One side of the target as its Application gives it (application.ts's reading): the chart at its targetRevision, the values in order. */
async function applicationSide(ctx, appText, read) {
    const app = (0,application/* readApplication */.nZ)(appText, ctx.appFile, ctx.name, ctx.req.charts);
    const version = app.revision.current;
    const chart = await chartInput(ctx, appText, version, app.path);
    if ('unavailable' in chart)
        return chart;
    const files = 'files' in chart.input ? chart.input.files : undefined;
    const values = await (0,application/* applicationValues */.BX)(app, ctx.values !== ctx.appFile ? ctx.values : undefined, files, read);
    if ('unavailable' in values)
        return values;
    const sources = [
        ...values.values.flatMap((v) => (v.path !== undefined ? [{ path: v.path, text: v.text }] : [])),
        ...(files && chart.dir !== undefined ? [...files].map(([p, text]) => ({ path: (0,values_drift/* join */.fj)(chart.dir, p), text })) : []),
    ];
    return {
        side: {
            chart: chart.input,
            release: app.release,
            ...(app.namespace ? { namespace: app.namespace } : {}),
            values: values.values.map((v) => v.text),
            ...(app.set.length ? { set: app.set } : {}),
        },
        sources,
        label: `chart ${chart.name} ${version || '(no version)'} from ${chart.where}`,
        ignoreDifferences: app.ignoreDifferences,
    };
}
/**
 * The chart a side runs: a chart folder of the repository at its release tag
 * `<name>-<version>`, else at the base when its Chart.yaml says that version
 * (or the source is a path at a branch), else the published OCI chart.
 */
async function chartInput(ctx, appText, version, path) {
    const { req, ports, baseSha } = ctx;
    const source = (0,values_drift/* chartSource */.Iu)(appText, ctx.appFile, ctx.name, req.charts);
    const folders = await (0,values_drift/* chartFolders */.ue)(req, source, ports, baseSha, ctx.values);
    const list = (commit, dir) => (ports.git.listFiles ? ports.git.listFiles(commit, dir) : Promise.resolve(undefined));
    const reader = (commit) => ({
        list: (dir) => {
            const key = `${commit}\0${dir}`;
            let files = ctx.listed.get(key);
            if (!files)
                ctx.listed.set(key, (files = list(commit, dir)));
            return files;
        },
        read: (p) => ports.git.readAt(commit, p),
    });
    const tried = [];
    for (const f of folders) {
        const tag = `${f.name}-${version}`;
        const commit = version ? await ports.git.resolveRef(tag) : undefined;
        const at = commit ? [{ commit, where: `${f.dir} at tag ${tag}` }] : [];
        at.push({ commit: baseSha, where: `${f.dir} at the base` });
        for (const { commit: c, where } of at) {
            const meta = (0,chart_files/* chartMeta */.Ae)((await ports.git.readAt(c, (0,values_drift/* join */.fj)(f.dir, 'Chart.yaml'))) ?? '');
            // A path source at a branch (HEAD, main) runs the folder as it is; a version must be the one its Chart.yaml says.
            if (meta.version !== version && !(path && !/^v?\d+\.\d+\.\d+/.test(version))) {
                tried.push(`${where} says ${meta.version ?? 'no version'}`);
                continue;
            }
            const files = await (0,render/* readChartFolder */.z_)(reader(c), f.dir);
            if ('unavailable' in files)
                return files;
            return { input: files, name: f.name, where, dir: f.dir };
        }
    }
    const name = source.chart ?? folders[0]?.name ?? 'chart';
    const image = (0,values_drift/* ociReference */.H6)(source, version) ?? (0,values_drift/* configuredRegistry */.ON)(req, name, version);
    if (image && ports.pullChartArchive) {
        const where = `oci://${image.registry}/${image.repository}:${image.tag ?? (0,chart_push/* chartTag */.bF)(version)}`;
        try {
            return { input: { tgz: await ports.pullChartArchive(image) }, name, where };
        }
        catch (e) {
            if (!(e instanceof errors/* UserError */.yo || (e instanceof Error && e.name === 'RegistryError')))
                throw e;
            tried.push(`${where}: ${e.message}`);
        }
    }
    return {
        unavailable: `chart ${name} ${version || '(no version)'} unavailable (${tried.join('; ') || 'no chart folder or registry names it'})`,
    };
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/compare.js
var functions_compare = __webpack_require__(93483);
var compare_default = /*#__PURE__*/__webpack_require__.n(functions_compare);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var valid = __webpack_require__(37306);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
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
    if (!to.application)
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
            throw new errors/* UserError */.yo(`${what}`, {
                file: chart.file,
                line: chart.line,
                hint: 'roll back with from: ref:<tag-or-sha>, or set allow-chart-downgrade: true to lower it on purpose',
                cliHint: 'roll back with --from ref:<tag-or-sha>, or pass --allow-chart-downgrade to lower it on purpose',
            });
    }
    return notes;
}
/** An explicit chart-version: released somewhere lockstep can see (else refused, naming what was tried); a note when it is not the source's. */
async function explicitVersion(req, route, version, ports, baseSha) {
    const { file, name } = (0,application/* splitApplicationRef */.O6)(route.to.application);
    const appText = await ports.git.readAt(baseSha, file);
    if (appText === undefined)
        return [];
    const source = (0,values_drift/* chartSource */.Iu)(appText, file, name, req.charts);
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
        const image = (0,values_drift/* ociReference */.H6)(source, version) ?? (0,values_drift/* configuredRegistry */.ON)(req, chartName, version);
        if (source.repoURL && !(0,values_drift/* ociReference */.H6)(source, version) && /^https?:\/\//i.test(source.repoURL.trim()) && source.chart)
            tried.push(`${source.repoURL} (a classic Helm repository: lockstep reads charts from git tags and OCI registries only)`);
        if (image) {
            const where = `oci://${image.registry}/${image.repository}:${image.tag ?? (0,chart_push/* chartTag */.bF)(version)}`;
            try {
                if (!ports.readChart)
                    throw new Error('no registry client');
                const meta = (0,chart_files/* chartMeta */.Ae)((await ports.readChart(image)).get('Chart.yaml') ?? '');
                if (meta.version === version)
                    found = where;
                else
                    tried.push(`${where} (its Chart.yaml says version ${meta.version ?? '(none)'})`);
            }
            catch (e) {
                if (!(e instanceof errors/* UserError */.yo || (e instanceof Error && (e.name === 'RegistryError' || e.message === 'no registry client'))))
                    throw e;
                tried.push(`${where} (${e.message})`);
            }
        }
    }
    if (!found)
        throw new errors/* UserError */.yo(`is ${version}, which is not a released version of chart ${chartName}: tried ${tried.join('; ') || 'nothing (no chart of that name in the repository, no registry)'}`, {
            input: 'chart-version',
            hint: `give a version released as the tag ${chartName}-<version> or pushed to the chart registry`,
        });
    // Said when it is not what the source environment runs (or there is no source environment to take it from).
    const from = route.from;
    let sourceRev;
    if (req.from.kind === 'env' && from?.application) {
        const ref = (0,application/* splitApplicationRef */.O6)(from.application);
        const text = await ports.git.readAt(baseSha, ref.file);
        if (text !== undefined)
            sourceRev = (0,application/* findChartRevision */.xL)(text, ref.file, ref.name, req.charts).current;
    }
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
var settings_validate = __webpack_require__(93081);
// EXTERNAL MODULE: ./packages/core/src/promote/gates/registry.ts + 4 modules
var registry = __webpack_require__(8765);
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
    await (0,settings_validate.checkConfig)(config, [...settings_validate.CONFIG_CHECKS, ...registry/* GATE_CHECKS */.s]);
    const layout = (0,request/* layoutFrom */.P4)(config, { environments: i.environments, valuesFile: i.valuesFile, valuesKey: i.valuesKey, services: i.services }, digestsNames(readLocal, i.digests));
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
    if (config.charts?.length || config.chartsIgnore?.length)
        (0,errors/* throwAll */.Kx)((0,selection.unmatchedConfigEntries)(config, (path) => (0,config_config.configLine)(config, path), (0,discover.findCharts)((0,tree.listChartFiles)(workdir))));
    return config;
}
/** Opens git, GitHub and the registry for the repository promoted in, from the World's services; a write needs the token. */
async function openSession(i, local, world) {
    if (!i.dryRun && !world.token)
        throw new errors/* UserError */.yo('is empty', {
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
        throw new errors/* UserError */.yo(`the base branch ${base} does not exist on the remote`, {
            hint: (0,errors/* words */.aL) `set ${(0,errors/* named */.KT)('base')} to an existing branch`,
        });
    return sha;
}
/** Plans the checked route on one base commit, reading through the session's ports. */
function planOn(req, route, world, baseSha, cache) {
    const github = world.github;
    return (0,plan/* planPromotion */.z)(req, route, {
        readBase: (p) => world.git.readAt(baseSha, p),
        readAt: (c, p) => world.git.readAt(c, p),
        resolveRef: (r) => world.git.resolveRef(r),
        lastCommit: (p) => world.git.lastCommit(baseSha, p),
        readLocal: (p) => world.readLocal(p),
        resolveDigest: (r, s) => world.resolveDigest(r, s),
        verifyDigest: world.verifyDigest ? (s, r, d, p) => world.verifyDigest(s, r, d, p) : undefined,
        checkStates: github ? (sha, names) => github.checkStates(sha, names) : undefined,
    }, cache);
}
/**
 * planOn, then the plan's chart checks: the chart version written (released,
 * no silent downgrade: chart-version.ts) and values-drift, the target's values
 * against the promoted chart version (promote-env's plan; `lockstep status`
 * plans without them). Their refusals are thrown here, before anything is written.
 */
async function planChecked(req, route, world, baseSha, cache) {
    // Helm's version is asked while the plan is made: the render that needs it comes last.
    if (route.to.application && !route.to.kustomization && renderMode(req, route) !== 'off')
        void world.findHelm?.();
    const planned = await planOn(req, route, world, baseSha, cache);
    const chartNotes = await checkChartVersion(req, route, planned, world, baseSha);
    const plan = chartNotes.length > 0 ? { ...planned, notes: [...planned.notes, ...chartNotes] } : planned;
    const valuesDrift = await (0,values_drift/* checkValuesDrift */.Qh)(req, route, plan, world, baseSha, cache);
    const checked = valuesDrift ? { ...plan, valuesDrift } : plan;
    const rendered = await renderPromotion(req, route, checked, world, baseSha);
    if (!rendered)
        return checked;
    // What schema validation warned of (validate: warn) is the plan's warning like any other.
    return rendered.validation?.length
        ? { ...checked, rendered, notes: [...checked.notes, ...rendered.validation] }
        : { ...checked, rendered };
}


/***/ }),

/***/ 10529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ refuseUnpinned)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _render_images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1930);
// promote-env's digest-only guard over what is rendered: a protected
// target's objects after the change must run every image pinned by digest
// (render/images.ts), whatever wrote it — the values, a chart default, a
// subchart, an overlay's base or patch. Shared by the Helm render
// (render.ts) and the overlay's (render-overlay.ts).


/**
 * A protected target's rendered objects must run images pinned by digest
 * (render/images.ts): the first one that is not is refused at the line that
 * wrote it when `sources` show it, else at `where`, naming the object; every
 * other is counted in the same message. Nothing is written yet.
 */
function refuseUnpinned(env, target, sources, where) {
    if (env.status !== 'rendered' || !env.after)
        return;
    const unpinned = (0,_render_images_js__WEBPACK_IMPORTED_MODULE_1__/* .unpinnedImages */ .oo)(env.after.values());
    if (unpinned.length === 0)
        return;
    const origin = (0,_render_images_js__WEBPACK_IMPORTED_MODULE_1__/* .traceImage */ .Jz)(unpinned[0].image, sources);
    const more = unpinned.length > 1 ? `; and ${unpinned.slice(1).map(_render_images_js__WEBPACK_IMPORTED_MODULE_1__/* .unpinnedLine */ .sq).join('; ')}` : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`render: ${target}, a protected environment, would run an image not pinned by digest: ${(0,_render_images_js__WEBPACK_IMPORTED_MODULE_1__/* .unpinnedLine */ .sq)(unpinned[0])}${origin ? ` (this line ${origin.text})` : ''}${more}`, {
        ...(origin ? { file: origin.file, line: origin.line } : where),
        hint: 'pin it as <image>@sha256:<64 hex> where it is written (a chart default, a subchart, the values, the overlay), so what is reviewed is what runs; nothing was written',
    });
}


/***/ }),

/***/ 24118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ validateTarget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13483);
/* harmony import */ var _validate_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58429);
/* harmony import */ var _environment_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89549);
// promote-env's schema validation of the target as the merge would leave it:
// the after side of the target's render (render.ts, render-overlay.ts), checked
// offline (validate/) for the target's kube-version with the CRDs of the chart's
// crds/, of the render and of the config's crds: files at the base. The target's
// `validate` decides: error refuses the promotion before anything is written,
// warn says each finding as the plan's warning, off skips it.




/**
 * Validates the target's rendered after side; returns the warnings to say (warn mode, and the kinds
 * no schema describes), throws the findings at `where` in error mode. A side that did not render is
 * the render's to say.
 */
async function validateTarget(req, route, outcome, chart, ports, baseSha, where) {
    const { to } = route;
    const mode = (0,_environment_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentSettings */ .fu)(req, to.name).validate;
    if (mode === 'off' || !outcome.ok)
        return [];
    const crds = [...(chart && 'files' in chart ? (0,_validate_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .chartCrds */ .D)(chart.files) : []), ...(await configCrds(req, ports, baseSha))];
    const found = await (0,_validate_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .validateEnvironment */ .q)(outcome.objects.values(), crds, to.kubeVersion);
    const lines = [...(found.failed ? [`schema validation could not run: ${found.failed}`] : []), ...found.findings];
    const note = found.unvalidated ? [`${to.name}: ${found.unvalidated}`] : [];
    if (mode === 'warn' || lines.length === 0)
        return [...lines.map((l) => `${to.name}: ${l}`), ...note];
    const hint = `fix what renders it, or set validate: warn under ${to.name} in the config; nothing was written`;
    const errors = lines.map((l) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`validate: ${to.name}: ${l}`, { ...where, hint }));
    throw errors.length === 1 ? errors[0] : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserErrors */ .tQ(errors);
}
/** The files the config's crds: globs match at the base. */
async function configCrds(req, ports, baseSha) {
    if (!req.crds || !ports.git.listFiles)
        return [];
    const match = (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU)(req.crds.globs, { key: 'crds', file: req.configFile, line: req.crds.line });
    const paths = ((await ports.git.listFiles(baseSha)) ?? []).filter((p) => match(p));
    const texts = await Promise.all(paths.map((p) => ports.git.readAt(baseSha, p)));
    return paths.flatMap((from, i) => (texts[i] === undefined ? [] : [{ from, text: texts[i] }]));
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
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(620);
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
 * No `verify.keys` entry (top level or a service's) written as PEM text holds a private key: the repository
 * would give anyone the key that signs. digests and promote refuse it when they verify; refused here at its
 * line, so `lockstep config` and the PR check (a config change) catch it before the merge.
 */
const verifyKeys = (config) => {
    const lists = [
        [['verify', 'keys'], config.verify?.keys],
        ...Object.entries(config.services).map(([name, s]) => [
            ['services', name, 'verify', 'keys'],
            s.verify?.keys,
        ]),
    ];
    return lists.flatMap(([path, keys]) => (keys ?? []).flatMap((key, k) => {
        const label = (0,_text_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .privateKeyLabel */ .p)(key);
        return label === undefined
            ? []
            : [
                new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${path.join('.')}[${k}] is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`, {
                    file: config.file,
                    line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, [...path, k]),
                    hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
                }),
            ];
    }));
};
/**
 * The checks every command runs on the config it loads, in order. Another
 * check (a `charts:` glob matching no chart, say) is one more entry here.
 */
const CONFIG_CHECKS = [windowCrons, waveEnvironments, verifyKeys];
/** Runs every check on `config`: throws all the problems found together (each at its line), else returns the config. */
async function checkConfig(config, checks = CONFIG_CHECKS) {
    const problems = [];
    for (const check of checks)
        problems.push(...(await check(config)));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(problems);
    return config;
}
/** loadConfig, then every check: what each command reads its config with, before any network request. */
async function loadCheckedConfig(workspace, path) {
    return checkConfig((0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.loadConfig)(workspace, path));
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

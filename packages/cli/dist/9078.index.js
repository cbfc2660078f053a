export const id = 9078;
export const ids = [9078,7135];
export const modules = {

/***/ 3068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ inexactRevisions)
/* harmony export */ });
/* unused harmony exports inexactRevision, inexactRevisionsIn */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9002);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4293);
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

/***/ 5997:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4619);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7892);



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
                : `fix the ${e.input ?? 'charts'} input (paths or globs relative to working-directory)`);
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

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listChartFiles: () => (/* binding */ listChartFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
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

/***/ 29:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ mergeDigests),
/* harmony export */   c1: () => (/* binding */ digestsOneLine),
/* harmony export */   fV: () => (/* binding */ parseDigests),
/* harmony export */   nj: () => (/* binding */ lineOfKey),
/* harmony export */   x7: () => (/* binding */ formatDigests)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(908);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9002);



function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    return value;
}
/** The file's text: keys sorted at every level, 2-space indent, final newline. */
function formatDigests(file) {
    return `${JSON.stringify(sortKeys(file), null, 2)}\n`;
}
/** The same content on one line, for the `digests` output. */
function digestsOneLine(file) {
    return JSON.stringify(sortKeys(file));
}
/** 1-based line of the first `"name":` key in the text, for error locations. */
function lineOfKey(text, name) {
    const idx = text.indexOf(`${JSON.stringify(name)}`);
    return idx < 0 ? undefined : text.slice(0, idx).split('\n').length;
}
const READERS = {
    merge: {
        subject: (file) => file,
        entry: (name, file) => `entry '${name}' in ${file}`,
        hint: "fix or delete the file, or set replace: true to write this run's entries only",
        required: ['digest', 'image', 'sha', 'tag'],
    },
    promote: {
        subject: () => 'the digests file',
        entry: (name) => `entry '${name}'`,
        hint: 'the digests file is JSON written by capture-digests: {"api": {"tag", "digest", "sha", "image"}}',
        required: ['digest'],
    },
};
async function parseDigests(text, file, reader = 'merge') {
    const r = READERS[reader];
    const raw = await (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonAt */ .bq)(text, file, r.hint, `${r.subject(file)} is not valid JSON`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${r.subject(file)} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: r.hint });
    const out = {};
    for (const [name, entry] of Object.entries(raw)) {
        const at = { file, line: lineOfKey(text, name) };
        const what = r.entry(name, file);
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not an object`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        const e = entry;
        for (const key of r.required)
            if (typeof e[key] !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has no string '${key}'`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(e.digest))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has a malformed digest '${String(e.digest).slice(0, 80)}'`, {
                ...at,
                hint: 'a digest is sha256: followed by 64 hex characters',
            });
        for (const key of ['image', 'sha', 'tag', 'platform'])
            if (e[key] !== undefined && typeof e[key] !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has a non-string '${key}'`, {
                    ...at,
                    hint: 'image, sha, tag and platform (os/arch[/variant]) are strings',
                });
        // The tag lands in a values file and in the log: only the registry's tag grammar passes.
        if (typeof e.tag === 'string' && !/^[\w][\w.-]{0,127}$/.test(e.tag))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has an invalid tag '${e.tag.slice(0, 80)}'`, {
                ...at,
                hint: 'a tag is letters, digits, "_", "." and "-", at most 128 characters',
            });
        out[name] = e;
    }
    return out;
}
/**
 * Adds `incoming` to `existing` (a matrix job adding its service). An entry
 * already there with another digest is a conflict — a UserError per name —
 * unless `overwrite`; the same digest is simply refreshed.
 * Throws UserError (one conflict) or UserErrors (several).
 */
function mergeDigests(existing, incoming, opts) {
    const errors = [];
    const out = { ...existing };
    for (const [name, entry] of Object.entries(incoming)) {
        const old = existing[name];
        if (old && old.digest !== entry.digest && !opts.overwrite) {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`, {
                file: opts.file,
                line: opts.text ? lineOfKey(opts.text, name) : undefined,
                hint: 'give each matrix job its own service name, or set overwrite: true to replace it',
            }));
            continue;
        }
        out[name] = entry;
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
    return out;
}


/***/ }),

/***/ 5036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ publishGeneratedBranch),
/* harmony export */   l: () => (/* binding */ branchPublisher)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9626);


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

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ localDefaultBranch),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   Y2: () => (/* binding */ headProblem),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   fR: () => (/* binding */ remoteTagList),
/* harmony export */   k2: () => (/* binding */ headFacts)
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
    return { head: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined, shallow, prefix: lines.join('\n') };
}
/** HEAD's commit, or undefined when HEAD names none (headProblem says why). */
async function headCommit(git) {
    return (await out(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
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
    if ((await out(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await out(git, ['rev-list', '--max-count=1', '--all'])))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}
/** `git ls-remote --tags` output: tag name → the commit it points at (annotated tags peeled). */
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


/***/ }),

/***/ 9767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ pinsTable),
/* harmony export */   FX: () => (/* binding */ checksGreen),
/* harmony export */   Kv: () => (/* binding */ environmentPins),
/* harmony export */   Tc: () => (/* binding */ servicePin),
/* harmony export */   z: () => (/* binding */ planPromotion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _digests_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(908);
/* harmony import */ var _values_protected_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2986);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3077);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9002);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9053);
/* harmony import */ var _charts_exact_revision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3068);
/* harmony import */ var _application_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1120);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3952);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1871);
// Plans one promotion in memory: where the new pins come from (a digests file,
// the source environment's pins at the base branch, an explicit version, or the
// target's own pins at a git ref for a rollback), which services they change,
// the byte-minimal edits of the target's values file and Application, and the
// gates (verify-source, protected pins, require-checks). Nothing here writes.











function keyFor(service, env) {
    return (0,_request_js__WEBPACK_IMPORTED_MODULE_9__/* .fillTemplate */ .ou)(service.valuesKey, env.name, service.name);
}
/** The document of the values file to read pins in: the Application's, when the values are its inline values. */
async function valuesDocument(env, read, charts, cache) {
    if (!env.application)
        return {};
    const { file, name } = (0,_application_js__WEBPACK_IMPORTED_MODULE_7__/* .splitApplicationRef */ .O6)(env.application);
    const appText = await read(file);
    if (appText === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the Application file ${file} of environment ${env.name} does not exist`, {
            hint: 'fix application in the config',
        });
    const rev = (0,_application_js__WEBPACK_IMPORTED_MODULE_7__/* .findChartRevision */ .xL)(appText, file, name, charts, cache);
    return { rev, appText, document: file === env.values ? rev.document : undefined };
}
async function readRequired(read, env, at, configFile) {
    const text = await read(env.values);
    // Named at the config line that gave the path, when it came from the config.
    const where = env.valuesLine !== undefined && configFile ? { file: configFile, line: env.valuesLine } : {};
    if (text === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`values file of ${env.name} ${env.values} does not exist at ${at}`, {
            ...where,
            hint: 'fix values in the config (paths are relative to the repository promoted in)',
        });
    return text;
}
/**
 * Plans the promotion `req` along `route` on the base commit. Every input
 * problem is a UserError (file:line where there is one) raised before any
 * registry or GitHub request; registry lookups come next, then the gates.
 * `cache` holds the run's parses: each values file is parsed once for all its
 * services, and a plan made again on a moved base reuses what did not change.
 */
async function planPromotion(req, route, world, cache = new _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_10__/* .ParseCache */ .i()) {
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
    const { pins: source, label: sourceLabel, chartFrom, commit: checkCommit } = await readPinSource(req, route, world, scope, notes, cache);
    // 2. What the target pins now.
    const targetText = await readRequired(world.readBase, to, baseLabel, req.configFile);
    const target = await valuesDocument(to, world.readBase, req.charts, cache);
    const current = new Map();
    for (const name of source.keys())
        current.set(name, (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .readPin */ .Ci)(targetText, to.values, keyFor(scope.byName.get(name), to), { document: target.document, cache }));
    // 2b. A digests-file entry must be the service's image: a matrix mix-up would otherwise be pinned and promoted onward.
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(foreignDigestEntries(source, current, req, scope));
    // 3. A protected target never takes a bare tag: without resolve-digests that is an input error, found before any lookup.
    const resolve = (0,_request_js__WEBPACK_IMPORTED_MODULE_9__/* .mustResolve */ .iE)(req, to);
    if (to.protected && !resolve) {
        const errors = [...source]
            .filter(([, p]) => !p.digest)
            .map(([name]) => {
            const pin = current.get(name);
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name}: a tag without a digest cannot be promoted into the protected environment ${to.name}`, {
                file: pin.file,
                line: pin.line,
                hint: 'set resolve-digests: true (the default for protected environments) or promote from a digests file',
            });
        });
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
    }
    // 4. Tags to digests through the registry, for pins that lack one.
    if (resolve)
        await resolveMissingDigests(source, current, req, world, scope);
    // 4b. verify: a service with a policy gets no digest pinned that its signature or attestation does not vouch for.
    const verified = await verifyNewDigests(source, current, req, world, scope);
    for (const [name, p] of source) {
        const optOut = scope.byName.get(name)?.verifyOptOut;
        if (optOut && !(0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .pinMatches */ .ZW)(current.get(name), p))
            notes.push(`${name}: pinned unverified: its verify: {} (${optOut}) turns the top-level verify: policy off for it.`);
    }
    // 5. verify-source: the digest must run in the source environment now.
    if (verifyEnv && req.from.kind !== 'ref')
        await verifyInSource(source, verifyEnv, req, world, scope, baseLabel, cache);
    // 6. The edits, file by file, and what changes.
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
            p.repository = (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .imageRepository */ .an)(repository);
        if ((0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .repositoryMoves */ .Ro)(pin, p))
            notes.push(`${name}: the image moves from ${pin.repository} to ${p.repository} (${pin.file}:${pin.line}); the repository is written with the digest.`);
        if ((0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .pinMatches */ .ZW)(pin, p)) {
            unchanged.push(name);
            continue;
        }
        pinEdits.push({ pin, target: p });
        const sourceCommit = p.sha ?? (req.from.kind === 'ref' ? checkCommit : undefined);
        changes.push({
            service: name,
            file: to.values,
            line: pin.line,
            oldTag: pin.tag,
            newTag: p.tag ?? pin.tag,
            oldDigest: pin.digest,
            newDigest: p.digest,
            verified: p.verified ?? (route.toIndex === 0 ? 'first environment' : 'not verified'),
            sourceCommit,
            ...(verified.has(name) ? { verifiedBy: verified.get(name).by } : {}),
            ...(verified.get(name)?.sourceCommit ? { provenanceCommit: verified.get(name).sourceCommit } : {}),
        });
    }
    // All pins of the values file in one edit (one parse and one check, not one per service); services that
    // share a values key are edited one after another, each reading what the previous one wrote.
    if (new Set(pinEdits.map((e) => e.pin.key)).size === pinEdits.length) {
        if (pinEdits.length > 0)
            edit(to.values, targetText, (t) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .setPins */ .Rz)(t, pinEdits, { document: target.document, cache }).text);
    }
    else {
        for (const { pin, target: p } of pinEdits)
            edit(to.values, targetText, (t) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .setPin */ .oW)(t, (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .readPin */ .Ci)(t, to.values, pin.key, { document: target.document, cache }), p, { document: target.document, cache }).text);
    }
    let chart;
    if (chartFrom !== undefined && target.rev && target.rev.current !== chartFrom) {
        const rev = target.rev;
        edit(rev.file, target.appText, (t) => (0,_application_js__WEBPACK_IMPORTED_MODULE_7__/* .setChartRevision */ .u6)(t, rev, chartFrom, cache));
        chart = {
            file: rev.file,
            line: rev.line,
            application: rev.name,
            ...(rev.chart ? { chart: rev.chart } : {}),
            ...(rev.chartPath ? { chartPath: rev.chartPath } : {}),
            old: rev.current,
            new: chartFrom,
        };
    }
    const files = [...texts]
        .filter(([, t]) => t.after !== t.before)
        .map(([path, t]) => ({ path, before: t.before, after: t.after }));
    // Each edit is checked: no step after this one reads a file as it was before its edit (the drift table, the
    // protected-target checks and values-drift read the edited text), so its parse is let go — at 500 services
    // the target's values are a ~4 MB document the rest of the run need not hold.
    for (const t of texts.values())
        if (t.after !== t.before)
            cache.forget((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .stripBom */ .F8)(t.before));
    // 7. A protected target ends with every image pinned by digest.
    if (to.protected && files.length > 0)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(unpinnedInProtected(texts.get(to.values)?.after ?? targetText, to, [...source.keys()], scope, target.document, cache));
    // 7b. …and its Application pins one exact chart version (not `*`, a range, a branch or HEAD).
    if (to.protected && files.length > 0 && target.rev)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(inexactInProtected(texts.get(target.rev.file)?.after ?? target.appText, target.rev));
    // 8. require-checks on the commit the source pins came from.
    const checks = req.requireChecks.length > 0 && files.length > 0 ? await requiredChecks(req, world, changes, checkCommit, verifyEnv) : [];
    const drift = await driftTable(req, route, world, texts, cache);
    return { changes, chart, files, services: [...source.keys()], unchanged, sourceLabel, checks, drift, notes };
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
        const wantId = want === undefined ? undefined : (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .imageIdentity */ .a)(want);
        if (wantId !== undefined && wantId !== (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .imageIdentity */ .a)(p.image))
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`entry '${name}' is the image ${p.image.slice(0, 200)}, but ${name} is ${want} (${where})`, {
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
    const { byName, wanted } = scope;
    const pins = new Map();
    if (req.digests) {
        const text = world.readLocal(req.digests);
        if (text === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input 'digests': ${req.digests} does not exist`, {
                hint: 'download the capture-digests artifact before this step, or fix the path',
                cliHint: 'write it with lockstep digests first, or fix the path',
            });
        const entries = new Map(Object.entries(await (0,_digests_file_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigests */ .fV)(text, req.digests, 'promote')));
        const errors = [];
        for (const name of req.only)
            if (!entries.has(name))
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the digests file has no entry for service '${name}'`, {
                    file: req.digests,
                    line: 1,
                    hint: `it holds ${[...entries.keys()].join(', ') || 'nothing'}`,
                }));
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
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
                    entry: { file: req.digests, line: (0,_digests_file_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOfKey */ .nj)(text, name) },
                });
        }
        if (ignored.length > 0)
            notes.push(`The digests file also names ${ignored.join(', ')}, which the config does not list; left alone.`);
        if (pins.size === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the digests file names no configured service`, {
                file: req.digests,
                line: 1,
                hint: `configured services: ${[...byName.keys()].join(', ')}`,
            });
        return { pins, label: `digests file ${req.digests}`, chartFrom: req.chartVersion };
    }
    if (req.from.kind === 'ref') {
        const commit = await world.resolveRef(req.from.ref);
        if (!commit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input 'from': ref ${req.from.ref} is not a commit or tag of the repository`, {
                hint: 'fetch it (fetch-depth: 0 or fetch-tags) or fix the ref',
                cliHint: 'fetch it (git fetch --tags origin) or fix the ref',
            });
        const at = (p) => world.readAt(commit, p);
        const text = await readRequired(at, to, `ref ${req.from.ref}`, req.configFile);
        const { document, rev } = await valuesDocument(to, at, req.charts, cache);
        for (const s of req.services) {
            if (!wanted(s.name))
                continue;
            const pin = (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .readPin */ .Ci)(text, to.values, keyFor(s, to), { document, cache });
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
        const text = await readRequired(world.readBase, from, `the base branch ${req.base}`, req.configFile);
        const { document, rev } = await valuesDocument(from, world.readBase, req.charts, cache);
        for (const s of req.services) {
            if (!wanted(s.name))
                continue;
            const pin = (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .readPin */ .Ci)(text, from.values, keyFor(s, from), { document, cache });
            pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: from.name });
        }
        const chartFrom = rev && to.application && !req.chartVersion ? rev.current || undefined : req.chartVersion;
        return { pins, label: `${from.name} (its pins at ${req.base})`, chartFrom };
    }
    return { pins, label: req.chartVersion ? `chart-version ${req.chartVersion}` : 'nothing', chartFrom: req.chartVersion };
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
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name}: no image repository is known, so ${p.tag} cannot be resolved to a digest`, {
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
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                errors.push(e);
            else
                throw e;
        }
    }));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
}
/**
 * A service's image repository (any tag or digest on it dropped), with `tag`
 * when given, as a reference; a repository that does not parse is the
 * config's error, added to `errors` (undefined then).
 */
function serviceReference(name, image, tag, req, errors) {
    const repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(tag === undefined ? repository : `${repository}:${tag}`);
    }
    catch (e) {
        if (!(e instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReference */ .ft))
            throw e;
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name}: ${e.message}`, { file: req.configFile, hint: 'services.<name>.image is registry/repository without a tag' }));
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
        if (!policy || (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .pinMatches */ .ZW)(pin, p))
            return;
        const image = scope.byName.get(name).image ?? p.image ?? pin.repository;
        if (!p.digest || !image) {
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name}: ${p.digest ? 'no image repository is known' : `tag ${p.tag ?? '—'} has no digest`}, so it cannot be verified as verify: requires`, {
                file: req.configFile,
                hint: p.digest ? `set services.${name}.image in the config` : 'promote from a digests file, or set resolve-digests: true',
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
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                errors.push(e);
            else
                throw e;
        }
    }));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
    return out;
}
/**
 * Step 5, verify-source: every new pin must be what `verifyEnv` runs now
 * (by digest, or by tag without one). Copying from that environment at the
 * base needs no check; with verify-source off each pin says so.
 */
async function verifyInSource(source, verifyEnv, req, world, scope, baseLabel, cache) {
    const needsCheck = req.verifySource && !(req.from.kind === 'env' && !req.digests && !req.version);
    const srcText = needsCheck ? await readRequired(world.readBase, verifyEnv, baseLabel, req.configFile) : undefined;
    const srcDoc = needsCheck ? (await valuesDocument(verifyEnv, world.readBase, req.charts, cache)).document : undefined;
    const errors = [];
    for (const [name, p] of source) {
        if (!needsCheck) {
            p.verified ??= req.verifySource ? verifyEnv.name : 'not verified (verify-source: false)';
            continue;
        }
        const there = (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .readPin */ .Ci)(srcText, verifyEnv.values, keyFor(scope.byName.get(name), verifyEnv), { document: srcDoc, cache });
        const same = p.digest ? there.digest === p.digest : there.tag === p.tag;
        if (!same)
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name}: ${p.digest ? (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .shortDigest */ .VK)(p.digest) : `tag ${p.tag}`} is not what ${verifyEnv.name} runs now (${there.digest ? (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .shortDigest */ .VK)(there.digest) : `tag ${there.tag ?? 'none'}`}); it never ran there`, { file: there.file, line: there.line, hint: `promote it into ${verifyEnv.name} first, or set verify-source: false` }));
        else
            p.verified = verifyEnv.name;
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
}
/** Step 7: in the protected target's values after the edit, every promoted service pinned by a sha256 digest, and (a plain values file) every image pinned. */
function unpinnedInProtected(after, to, services, scope, document, cache) {
    const errors = [];
    for (const name of services) {
        const pin = (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .readPin */ .Ci)(after, to.values, keyFor(scope.byName.get(name), to), { document, cache });
        if (!pin.digest || !/^sha256:[0-9a-f]{64}$/.test(pin.digest))
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${name} would not be pinned by a sha256 digest in the protected environment ${to.name}`, {
                file: to.values,
                line: pin.line,
                hint: 'promote from a digests file or with resolve-digests: true',
            }));
    }
    if (document === undefined)
        for (const problem of (0,_values_protected_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPinnedImagesIn */ .OU)((0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .parseShared */ .fj)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .stripBom */ .F8)(after), to.values, cache)))
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(problem.message, { file: problem.file, line: problem.line, hint: problem.hint }));
    return errors;
}
/** Step 7b: the chart source the promotion edits (or keeps), refused at its line when its targetRevision is not one exact version. */
function inexactInProtected(appText, rev) {
    return (0,_charts_exact_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .inexactRevisions */ .Dp)(appText, rev.file)
        .filter((p) => p.line === rev.line)
        .map((p) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(p.message, { file: p.file, line: p.line, hint: p.hint }));
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
        const last = await world.lastCommit(verifyEnv.values);
        if (last)
            commits.add(last);
    }
    if (commits.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('require-checks is set but no source commit is known', {
            hint: 'promote from an environment or a digests file with sha',
        });
    if (!world.checkStates)
        throw new Error('require-checks needs a GitHub client');
    const checks = [];
    for (const sha of commits)
        checks.push({ sha, states: await world.checkStates(sha, req.requireChecks) });
    return checks;
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
    const text = s && (await read(env.values));
    if (!s || text === undefined)
        return undefined;
    try {
        const { document } = await valuesDocument(env, read, req.charts, cache);
        return (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .readPin */ .Ci)(text, env.values, keyFor(s, env), { document, cache });
    }
    catch {
        return undefined;
    }
}
/** Every environment's pins at the base in full values (not the table's display strings); `cache` holds the run's parses. */
async function environmentPins(req, readBase, cache = new _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_10__/* .ParseCache */ .i()) {
    return Promise.all(req.environments.map(async (env) => {
        const text = await readBase(env.values);
        const out = { name: env.name, values: env.values, missing: text === undefined, services: {} };
        let document;
        if (env.application) {
            try {
                const d = await valuesDocument(env, readBase, req.charts, cache);
                document = d.document;
                out.chartVersion = d.rev?.current || null;
            }
            catch {
                out.chartVersion = null;
            }
        }
        for (const s of req.services) {
            try {
                const pin = text === undefined ? undefined : (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .readPin */ .Ci)(text, env.values, keyFor(s, env), { document, cache });
                out.services[s.name] = pin ? { tag: pin.tag ?? null, digest: pin.digest ?? null } : null;
            }
            catch {
                out.services[s.name] = null;
            }
        }
        return out;
    }));
}
/** Every environment's pins at the base, no promotion applied: what status shows when no promotion can be planned; `cache` holds the run's parses. */
function pinsTable(req, readBase, cache = new _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_10__/* .ParseCache */ .i()) {
    const none = () => Promise.resolve(undefined);
    const world = {
        readBase,
        readAt: none,
        resolveRef: none,
        lastCommit: none,
        readLocal: () => undefined,
        resolveDigest: none,
    };
    return driftTable(req, { to: req.environments[0], toIndex: -1 }, world, new Map(), cache);
}
/**
 * Every environment side by side for the configured services (tag and short
 * digest), plus the chart version of each environment's Application; the
 * target column shows the state after this promotion. A file that cannot be
 * read shows `?` rather than failing the promotion.
 */
async function driftTable(req, route, world, edited, cache) {
    const envs = req.environments;
    const cols = await Promise.all(envs.map(async (env, i) => {
        const read = async (p) => (i === route.toIndex && edited.has(p) ? edited.get(p).after : await world.readBase(p));
        const cells = new Map();
        let chart = '—';
        try {
            const text = await read(env.values);
            let document;
            if (env.application) {
                try {
                    const d = await valuesDocument(env, read, req.charts, cache);
                    document = d.document;
                    chart = d.rev?.current || '—';
                }
                catch {
                    chart = '?';
                }
            }
            // A values file that does not exist is said so in its own column only.
            if (text === undefined) {
                for (const s of req.services)
                    cells.set(s.name, 'missing');
                return { cells, chart };
            }
            for (const s of req.services) {
                try {
                    const pin = text === undefined ? undefined : (0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .readPin */ .Ci)(text, env.values, keyFor(s, env), { document, cache });
                    cells.set(s.name, pin ? `${pin.tag ?? '—'} ${(0,_pins_js__WEBPACK_IMPORTED_MODULE_8__/* .shortDigest */ .VK)(pin.digest)}` : '—');
                }
                catch {
                    cells.set(s.name, '—');
                }
            }
        }
        catch {
            for (const s of req.services)
                cells.set(s.name, '?');
        }
        return { cells, chart };
    }));
    const rows = req.services.map((s) => ({ service: s.name, cells: cols.map((c) => c.cells.get(s.name) ?? '—') }));
    if (envs.some((e) => e.application))
        rows.push({ service: 'chart version', cells: cols.map((c) => c.chart) });
    return { environments: envs.map((e, i) => (i === route.toIndex ? `${e.name} (after)` : e.name)), rows };
}


/***/ }),

/***/ 9078:
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(1312);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(7892);
// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts
var selection = __webpack_require__(5997);
// EXTERNAL MODULE: ./packages/core/src/charts/tree.ts
var tree = __webpack_require__(7135);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/promote/plan.ts
var plan = __webpack_require__(9767);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(1871);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(8982);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts + 1 modules
var objects = __webpack_require__(7589);
// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(8162);
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts + 2 modules
var publish = __webpack_require__(9626);
// EXTERNAL MODULE: ./packages/core/src/git/generated-branch.ts
var generated_branch = __webpack_require__(5036);
// EXTERNAL MODULE: ./packages/core/src/github/branch-publisher.ts + 1 modules
var branch_publisher = __webpack_require__(7388);
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

// EXTERNAL MODULE: ./packages/core/src/github/client.ts + 2 modules
var github_client = __webpack_require__(145);
;// CONCATENATED MODULE: ./packages/core/src/github/deployments.ts
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
    await (0,github_client/* createOrFind */.xj)(gh, `${state} status of deployment ${id}`, async () => {
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
        const made = await (0,github_client/* createOrFind */.xj)(gh, `deployment of ${spec.sha.slice(0, 12)} to ${spec.environment}`, async () => {
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

// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __webpack_require__(9594);
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
var github_pulls = __webpack_require__(7285);
// EXTERNAL MODULE: ./packages/core/src/trail/notify.ts
var notify = __webpack_require__(1377);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 1 modules
var registry_client = __webpack_require__(7300);
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

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./packages/core/src/charts/archive.ts
// A packaged chart (`helm package`'s .tgz, the content layer of a chart in an
// OCI registry) read in memory: gunzipped by zlib with a cap on what it may
// grow to, the tar read by tar-stream. Only the chart's own Chart.yaml,
// values.yaml and values.schema.json are kept (`<chart>/<file>`, not a
// subchart's `<chart>/charts/<sub>/…`), and on request its templates.



/** The files of a chart archive that a values comparison reads. */
const CHART_TOP_FILES = ['Chart.yaml', 'values.yaml', 'values.schema.json'];
/** Far above any chart's unpacked size; a gzip bomb stops here. */
const MAX_UNPACKED = 64 * 1024 * 1024;
/** Each kept file is at most this large. */
const MAX_FILE = 4 * 1024 * 1024;
/** At most this much template text is kept from one archive (the rest is left out). */
const MAX_TEMPLATES = 16 * 1024 * 1024;
/**
 * The top-level Chart.yaml, values.yaml and values.schema.json of a packaged
 * chart, by file name, and with `templates` its own `templates/…` files by
 * path in the chart. `what` names the archive in errors.
 */
async function readChartArchive(tgz, what, opts = {}) {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(tgz, { maxOutputLength: MAX_UNPACKED });
    }
    catch (e) {
        throw new errors/* UserError */.yo(`${what} is not a gzip'd chart archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    const files = new Map();
    let templateChars = 0;
    const reader = (0,tar_stream.extract)();
    const done = (async () => {
        for await (const entry of reader) {
            const name = entry.header.name.replace(/^\.\/+/, '');
            const parts = name.split('/');
            const size = entry.header.size ?? 0;
            const template = opts.templates === true && parts.length >= 3 && parts[1] === 'templates' && templateChars + size <= MAX_TEMPLATES;
            const keep = entry.header.type === 'file' &&
                ((parts.length === 2 && CHART_TOP_FILES.includes(parts[1])) || template) &&
                size <= MAX_FILE;
            const chunks = [];
            // tar-stream's entries yield Buffers; its types say unknown.
            for await (const chunk of entry)
                if (keep)
                    chunks.push(chunk);
            const key = parts.slice(1).join('/');
            if (keep && !files.has(key)) {
                if (template)
                    templateChars += size;
                files.set(key, Buffer.concat(chunks).toString('utf8'));
            }
        }
    })();
    reader.end(tar);
    try {
        await done;
    }
    catch (e) {
        throw new errors/* UserError */.yo(`${what} is not a readable tar archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    return files;
}

// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts
var docker_config = __webpack_require__(8040);
// EXTERNAL MODULE: ./packages/core/src/registry/http.ts
var http = __webpack_require__(281);
;// CONCATENATED MODULE: ./packages/core/src/promote/world.ts
// The real world of a promotion, built from the shared pieces: git-publish's
// commits, lease pushes and replays (token through the environment only),
// gh-client's pull requests, checks and auto-merge, and the registry client
// for resolve-digests. `repository: owner/name` promotes in another
// repository: a bare clone in a temp folder, fetched with the token. The
// World's services.openPromotion is this, unless a test replaced it.























async function world_text(git, args) {
    const r = await git(args);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
/** The remote's default branch (`ls-remote --symref origin HEAD`), or undefined. */
async function remoteHead(git) {
    const out = await world_text(git, ['ls-remote', '--symref', '--', 'origin', 'HEAD']);
    const m = out ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out) : null;
    return m ? m[1] : undefined;
}
/**
 * Where the repository promoted in lives: with `repository` (another
 * repository, e.g. a gitops one) a fresh bare repository in a temp folder
 * whose origin is that repository on `serverUrl`, removed by `cleanup`;
 * otherwise the checkout itself and its origin.
 */
async function repositoryPromotedIn(o, serverUrl) {
    if (o.repository) {
        const repoDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(o.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'lockstep-promote-'));
        const cleanup = [() => (0,external_node_fs_.rmSync)(repoDir, { recursive: true, force: true })];
        const remoteUrl = `${serverUrl.replace(/\/+$/, '')}/${o.repository}.git`;
        // The token goes in the header git reads from its environment (authedGit); a credential in the
        // URL would be in `git remote add`'s argv and in the clone's config.
        if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(remoteUrl))
            throw new errors/* UserError */.yo('GITHUB_SERVER_URL holds a user name or password; lockstep sends the token in a header and never puts a credential in a remote URL', { hint: 'set GITHUB_SERVER_URL to the plain server address (https://host)' });
        const plain = (0,objects.gitSpawner)(repoDir, o.env);
        for (const args of [
            ['init', '--quiet', '--bare'],
            ['remote', 'add', '--', 'origin', remoteUrl],
        ]) {
            const r = await plain(args);
            if (r.code !== 0)
                throw new Error(`git ${args[0]} failed: ${r.stderr.trim()}`);
        }
        return { repoDir, remoteUrl, cleanup };
    }
    const top = await world_text((0,objects.gitSpawner)(o.workdir, o.env), ['rev-parse', '--show-toplevel']);
    if (!top)
        throw new errors/* UserError */.yo('working-directory is not inside a git repository', {
            hint: 'run actions/checkout before promote-env',
            cliHint: 'run lockstep in a git repository',
        });
    const url = await world_text((0,objects.gitSpawner)(top, o.env), ['remote', 'get-url', '--', 'origin']);
    // A dry run reads the local branches when there is no remote; only pushing and pull requests need one.
    if (!url && !o.dryRun)
        throw new errors/* UserError */.yo("the repository has no 'origin' remote to push the promotion to", {
            hint: 'check out the repository with actions/checkout',
            cliHint: 'add one with git remote add origin <url>, pass --repository owner/name to promote in another repository, or leave out --push for a dry run',
        });
    return { repoDir: top, remoteUrl: url || undefined, cleanup: [] };
}
/**
 * GitHub's side of a promotion in `repository`: check states, the PR and
 * auto-merge, through a client made on first use. Refusals a user can fix
 * (4xx) become one-line UserErrors naming the permissions needed.
 */
function promoteGitHub(client, log) {
    const pulls = new Map();
    // GitHub's refusals (a missing permission, a repository setting) are the user's to fix: one line, no stack.
    const userFacing = async (fn) => {
        try {
            return await fn();
        }
        catch (e) {
            if (e instanceof github_client/* GitHubError */.y_ && e.status !== undefined && e.status < 500)
                throw new errors/* UserError */.yo(e.message, { hint: 'the token needs contents: write and pull-requests: write on the repository promoted in' });
            throw e;
        }
    };
    // Deployments need their own permission: a refusal names it.
    const deploymentFacing = async (fn) => {
        try {
            return await fn();
        }
        catch (e) {
            if (e instanceof github_client/* GitHubError */.y_ && e.status !== undefined && e.status < 500)
                throw new errors/* UserError */.yo(e.message, { hint: 'the token needs deployments: write on the repository promoted in' });
            throw e;
        }
    };
    return {
        checkStates: (sha, names) => userFacing(() => checkStates(client(), sha, names)),
        async upsertPull(p) {
            const r = await userFacing(() => (0,github_pulls/* upsertPull */.N2)(client(), p));
            pulls.set(r.pull.number, r.pull);
            for (const w of r.warnings)
                log(w);
            return { pull: { number: r.pull.number, url: r.pull.url }, outcome: r.outcome, draft: r.pull.draft };
        },
        enableAutoMerge: (pull) => userFacing(() => (0,github_pulls/* enableAutoMerge */.D2)(client(), pulls.get(pull.number))),
        readyForReview: (pull) => userFacing(() => (0,github_pulls/* markReadyForReview */.aT)(client(), pulls.get(pull.number))),
        recordDeployment: (spec) => deploymentFacing(() => recordDeployment(client(), spec)),
        latestDeployments: (environments) => deploymentFacing(() => latestDeployments(client(), environments)),
        async pullsOf(sha) {
            const found = await userFacing(() => (0,github_pulls/* pullsForCommit */.bQ)(client(), sha));
            return found.filter((p) => p.merged).map((p) => ({ number: p.number, title: p.title }));
        },
        async mergedPullOf(sha, base) {
            const found = await userFacing(() => (0,github_pulls/* pullsForCommit */.bQ)(client(), sha).catch((e) => {
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
            const found = await deploymentFacing(() => listDeployments(client(), environment, sha));
            const first = found.filter((d) => d.sha === sha).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
            return first ? { id: first.id, createdAt: first.createdAt } : undefined;
        },
        async mergedPromotion(sha) {
            const found = await userFacing(() => (0,github_pulls/* pullsForCommit */.bQ)(client(), sha).catch((e) => {
                // A commit GitHub does not know (never pushed) has no pull request.
                if (e instanceof github_client/* GitHubError */.y_ && (e.status === 404 || e.status === 422))
                    return [];
                throw e;
            }));
            const pull = found.find((p) => p.merged && p.head?.startsWith('promote/'));
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
        async breakGlass(branch, base, label) {
            const open = (await userFacing(() => (0,github_pulls/* findOpenPulls */.M2)(client(), { branch, base })))[0];
            if (!open?.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
                return undefined;
            return { label, pull: open.number, ...(await userFacing(() => labelAddedBy(client(), open.number, label))) };
        },
    };
}
/** Opens the git, GitHub and registry sides of a promotion. */
async function openPromoteWorld(o) {
    const ctx = (0,context/* readRunContext */.$p)(o.env);
    for (const s of publish/* authSecrets */.O6(o.token))
        o.secret(s);
    if (!o.dryRun) {
        const readOnly = (0,context/* readOnlyTokenReason */.WW)(ctx);
        if (readOnly)
            throw new errors/* UserError */.yo(readOnly, { hint: 'run promote-env on push, workflow_dispatch or workflow_run, or use dry-run: true here' });
    }
    const repository = o.repository ?? ctx.repository;
    const { repoDir, remoteUrl, cleanup } = await repositoryPromotedIn(o, ctx.serverUrl);
    const git = remoteUrl ? publish/* authedGit */.og(repoDir, remoteUrl, o.token, o.env) : (0,objects.gitSpawner)(repoDir, o.env);
    // Without a remote the local branches are read: a repository with no commit has none to read.
    if (!remoteUrl) {
        const noHead = await (0,local_repo/* headProblem */.Y2)(git, 'nothing to read the environments from');
        if (noHead)
            throw noHead;
    }
    const reader = new objects/* ObjectReader */.nR(repoDir, o.env);
    cleanup.unshift(() => reader.dispose());
    const base = remoteUrl
        ? (o.base ?? (o.repository ? undefined : ctx.event?.repository?.default_branch) ?? (await remoteHead(git)) ?? 'main')
        : (o.base ?? (await (0,local_repo/* localDefaultBranch */.$N)(git)) ?? (await (0,local_repo/* currentBranch */.eR)(git)) ?? 'main');
    // What the environments are read from, for the faces to say (a terminal's local commits are not on origin).
    const readFrom = remoteUrl ? `origin/${base}` : `the local branch ${base} (no origin remote)`;
    /** Origin's tags (name → commit), listed once per run when a tag is not found here; undefined when listing failed. */
    let originTags;
    const originTagList = () => (originTags ??= world_text(git, ['ls-remote', '--tags', '--refs', '--', 'origin']).then((t) => t === undefined ? undefined : (0,local_repo/* remoteTagList */.fR)(t)));
    const isShallow = () => publish/* isShallow */.fE(git);
    const promoteGit = {
        async fetchBranch(branch) {
            if (!remoteUrl) {
                await (0,refs/* checkRefName */.hh)(git, branch, 'branch');
                return world_text(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/heads/${branch}^{commit}`]);
            }
            const sha = await publish/* fetchBranch */.D_(git, 'origin', branch);
            reader.close(); // objects fetched since cat-file started are read by a fresh one
            return sha;
        },
        readAt: (commit, path) => reader.text(`${commit}:${path}`),
        async resolveRef(ref) {
            const have = await reader.commit(ref);
            if (have)
                return have;
            const bySha = (0,request/* looksLikeSha */.sA)(ref) && ref.length === 40;
            // What's-in tries several tag spellings for each service (`api-v1.4.0`, `v1.4.0`, …): origin's tag list,
            // asked once per run, spares a failing fetch (and a cat-file restart) for every spelling origin lacks.
            if (!bySha && remoteUrl) {
                const tags = await originTagList();
                if (tags && !tags.has(ref))
                    return undefined;
            }
            const spec = bySha ? ref : `+refs/tags/${ref}:refs/tags/${ref}`;
            await git([...objects/* GIT_FETCH */.SG, '--quiet', '--no-tags', '--no-write-fetch-head', '--', 'origin', spec]);
            reader.close();
            return reader.commit(ref);
        },
        async fetchTags(groups) {
            if (!remoteUrl || groups.length === 0)
                return;
            const tags = await originTagList();
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
            const specs = [...wanted].map((t) => `+refs/tags/${t}:refs/tags/${t}`);
            await git([...objects/* GIT_FETCH */.SG, '--quiet', '--no-tags', '--no-write-fetch-head', '--', 'origin', ...specs]);
            reader.close();
        },
        async commitInfo(commit) {
            // NUL between the parents and the message: a root commit has no parents, and the output is trimmed.
            const out = await world_text(git, ['show', '-s', '--format=%P%x00%B', '--end-of-options', `${commit}^{commit}`]);
            if (out === undefined)
                return undefined;
            const at = out.indexOf('\0');
            return { parents: out.slice(0, at).split(' ').filter(Boolean), message: out.slice(at + 1) };
        },
        landedAt: (commit, path) => world_text(git, ['log', '-1', '--first-parent', '--format=%H', '--end-of-options', commit, '--', path]).then((s) => s || undefined),
        async listFiles(commit, dir) {
            const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit];
            const r = await git(dir === undefined ? args : [...args, '--', `${dir}/`]);
            return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
        },
        lastCommit: (commit, path) => world_text(git, ['log', '-1', '--format=%H', '--end-of-options', commit, '--', path]).then((s) => s || undefined),
        async firstParentLog(commit, path) {
            const out = await world_text(git, ['log', '--first-parent', '--format=%H %ct', '--end-of-options', commit, '--', path]);
            const entries = (out ?? '')
                .split('\n')
                .filter(Boolean)
                .map((line) => {
                const [sha, seconds] = line.split(' ');
                return { sha, time: Number(seconds) * 1000 };
            });
            return { entries, complete: !(await isShallow()) };
        },
        async deepenHistory(commits) {
            // A shallow clone (actions/checkout's default) gets the base branch's history in steps, as soak time asks for it.
            if (!remoteUrl || !(await isShallow()))
                return false;
            const how = commits === undefined ? '--unshallow' : `--deepen=${commits}`;
            const r = await git([
                ...objects/* GIT_FETCH */.SG,
                '--quiet',
                '--no-tags',
                '--no-write-fetch-head',
                how,
                '--',
                'origin',
                `+refs/heads/${base}:refs/remotes/origin/${base}`,
            ]);
            reader.close();
            return r.code === 0;
        },
        async publish(p) {
            // commit-mode api: the same round, its commits written through the GitHub API instead of pushed.
            const viaApi = p.commitMode === 'api' ? (0,branch_publisher/* apiBranchPublisher */.p)(git, apiClient(), { committer: publish/* BOT_IDENTITY */.br }) : undefined;
            const r = await (0,generated_branch/* publishGeneratedBranch */.J)(git, {
                base: p.base,
                branch: p.branch,
                trailer: publish/* generatedTrailer */.ty('promote-env'),
                author: publish/* BOT_IDENTITY */.br,
                committer: publish/* BOT_IDENTITY */.br,
                plan: p.plan,
            }, viaApi);
            reader.close();
            return r;
        },
        async commitsBetween(from, to) {
            // Only when `from` is reachable from `to` here: in a shallow clone the log would stop early and undercount.
            if ((await git(['merge-base', '--is-ancestor', '--end-of-options', from, to])).code !== 0)
                return undefined;
            const out = await world_text(git, ['log', '--format=%H%x00%s', '--end-of-options', `${from}..${to}`]);
            if (out === undefined)
                return undefined;
            return out
                .split('\n')
                .filter((l) => l.includes('\0'))
                .map((l) => ({ sha: l.slice(0, l.indexOf('\0')), subject: l.slice(l.indexOf('\0') + 1) }));
        },
    };
    // One client for the run, made on first use: pull requests and checks, and in commit-mode api the commits.
    let gh;
    const client = o.token && repository ? () => (gh ??= (0,github_client/* createGitHub */.Cl)({ token: o.token, repository, env: o.env, log: o.log })) : undefined;
    const apiClient = () => {
        if (!client)
            throw new errors/* UserError */.yo('commit-mode api needs github-token and the repository', {
                hint: 'pass github-token (contents: write), or use commit-mode git',
            });
        return client();
    };
    const github = client ? promoteGitHub(client, o.log) : undefined;
    const transport = (0,http.nodeTransport)();
    cleanup.push(() => transport.close());
    // The Docker config as capture-digests reads it: its auths entry or credential helper per registry.
    const registry = new registry_client/* RegistryClient */.bP({
        transport,
        log: o.log,
        credentials: (0,docker_config/* dockerCredentialSource */.JA)({ configPath: (0,docker_config/* dockerConfigPath */.Q1)(o.env, o.env.HOME ?? ''), secret: o.secret, log: o.log }),
    });
    let verifier;
    return {
        base,
        readFrom,
        repoDir,
        async readAtBase(path) {
            const tip = await promoteGit.fetchBranch(base);
            if (!tip)
                throw new errors/* UserError */.yo(`the base branch ${base} does not exist in ${repository ?? 'the repository'}`, {
                    hint: 'set base to an existing branch',
                });
            return promoteGit.readAt(tip, path);
        },
        world: {
            git: promoteGit,
            github,
            readLocal: o.readLocal,
            log: o.log,
            ...(repository ? { repoUrl: `${ctx.serverUrl.replace(/\/+$/, '')}/${repository}` } : {}),
            async resolveDigest(ref, service) {
                try {
                    return (await registry.resolve(ref)).digest;
                }
                catch (e) {
                    if (e instanceof registry_client/* RegistryError */.gl)
                        throw new errors/* UserError */.yo(`${service}: could not resolve ${ref.original} to a digest: ${e.message}`, {
                            hint: e.hint ?? 'check that the image was pushed with this tag (resolve-digests proves it exists before anything is written)',
                        });
                    throw e;
                }
            },
            async verifyDigest(service, ref, digest, policy) {
                // Loaded on the first digest a `verify:` policy covers: promotions without one never load the verifiers.
                const { DigestVerifier, policyFiles } = await __webpack_require__.e(/* import() */ 9702).then(__webpack_require__.bind(__webpack_require__, 9702));
                verifier ??= new DigestVerifier(registry, policyFiles(o.workdir));
                try {
                    return await verifier.verify(service, ref, digest, policy);
                }
                catch (e) {
                    if (e instanceof registry_client/* RegistryError */.gl)
                        throw new errors/* UserError */.yo(`${service}: could not verify ${ref.name}@${digest}: ${e.message}`, {
                            hint: e.hint ?? 'check the registry and retry; nothing was written',
                        });
                    throw e;
                }
            },
            async readChart(ref) {
                return readChartArchive(await pullChartArchive(registry, ref), `the chart ${ref.original}`, { templates: true });
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
var values_drift = __webpack_require__(4403);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/compare.js
var compare = __webpack_require__(5864);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var valid = __webpack_require__(7306);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./packages/core/src/registry/chart-push.ts
var chart_push = __webpack_require__(4586);
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(1120);
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
        const said = text === undefined ? version : (0,values_drift/* chartMeta */.Ae)(text).version;
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
                const meta = (0,values_drift/* chartMeta */.Ae)((await ports.readChart(image)).get('Chart.yaml') ?? '');
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
 * environments' window crons are checked first, by cron-parser, loaded only
 * when some environment has windows.
 */
async function buildPromoteRequest(i, config, readLocal) {
    if (config.environments.some((e) => e.windows)) {
        const { checkWindows } = await Promise.all(/* import() */[__webpack_require__.e(8628), __webpack_require__.e(1663)]).then(__webpack_require__.bind(__webpack_require__, 1663));
        for (const e of config.environments)
            checkWindows(e.name, e.windows, config.file);
    }
    const layout = (0,request/* layoutFrom */.P4)(config, { environments: i.environments, valuesFile: i.valuesFile, valuesKey: i.valuesKey, services: i.services }, digestsNames(readLocal, i.digests));
    return {
        from: (0,request/* parseFrom */.uK)(i.from),
        to: i.to,
        ...layout,
        only: Object.keys(config.services).length > 0 ? i.services : [],
        digests: i.digests,
        version: i.version,
        chartVersion: i.chartVersion,
        resolveDigests: i.resolveDigests,
        push: i.push,
        verifySource: i.verifySource,
        base: i.base ?? '',
        draft: i.draft,
        labels: i.labels,
        reviewers: i.reviewers,
        autoMerge: i.autoMerge,
        allowSkip: i.allowSkip,
        ...(i.allowChartDowngrade ? { allowChartDowngrade: true } : {}),
        requireChecks: i.requireChecks,
        dryRun: i.dryRun,
        repository: i.repository,
        charts: config.charts ?? [],
        ...(config.chartRegistry ? { chartRegistry: config.chartRegistry } : {}),
        configFile: config.file,
        ...(i.valuesDrift ? { valuesDrift: i.valuesDrift } : {}),
        ...(config.waves
            ? {
                waves: config.waves,
                waveLines: Object.fromEntries(Object.entries(config.waves).map(([name, list]) => [name, list.map((_, k) => (0,config_config.configLine)(config, ['waves', name, k]))])),
            }
            : {}),
        tagPrefix: config.tagPrefix,
        notifyPulls: i.notifyPulls ?? config.notifyPulls ?? false,
        minSoak: i.minSoak,
        wait: i.wait,
        breakGlassLabel: i.breakGlassLabel,
        ...((i.commitMode ?? config.commitMode) ? { commitMode: i.commitMode ?? config.commitMode } : {}),
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
/** Opens git, GitHub and the registry for the repository promoted in (the World's opener, else the real one); a write needs the token. */
async function openSession(i, local, world) {
    if (!i.dryRun && !world.token)
        throw new errors/* UserError */.yo('is empty', {
            input: 'github-token',
            hint: 'pass github-token (the default ${{ github.token }} works within this repository)',
        });
    return (world.services.openPromotion ?? openPromoteWorld)({
        workdir: local.workdir,
        env: world.env,
        token: world.token,
        repository: i.repository,
        base: i.base,
        readLocal: local.readLocal,
        dryRun: i.dryRun,
        secret: world.secret,
        log: (line) => world.reporter.debug(line),
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
/** The base tips a run's world already fetched: the plans of one run read the same commit. */
const fetchedBases = new WeakMap();
/** Forgets the fetched base tips: a wave that landed moved the base, and the next wave plans on the new tip. */
function forgetFetchedBases(world) {
    fetchedBases.delete(world);
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
    let runs = fetchedBases.get(world);
    if (!runs)
        fetchedBases.set(world, (runs = new Map()));
    let tip = runs.get(base);
    if (!tip) {
        runs.set(base, (tip = world.git.fetchBranch(base)));
        // A failed fetch is not kept: the next plan asks the remote again, as before.
        tip.catch(() => runs.delete(base));
    }
    const sha = await tip;
    if (!sha)
        throw new errors/* UserError */.yo(`the base branch ${base} does not exist on the remote`, { hint: 'set base to an existing branch' });
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
    const planned = await planOn(req, route, world, baseSha, cache);
    const chartNotes = await checkChartVersion(req, route, planned, world, baseSha);
    const plan = chartNotes.length > 0 ? { ...planned, notes: [...planned.notes, ...chartNotes] } : planned;
    const valuesDrift = await (0,values_drift/* checkValuesDrift */.Qh)(req, route, plan, world, baseSha, cache);
    return valuesDrift ? { ...plan, valuesDrift } : plan;
}


/***/ })

};

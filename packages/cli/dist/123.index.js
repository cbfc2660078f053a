export const id = 123;
export const ids = [123,744];
export const modules = {

/***/ 6744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

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
        hint: `did you mean ${sibling}? (rename it, or set input 'config' to ${sibling})`,
    });
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
        const baseTree = pinned ? undefined : await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treeOf */ .g7)(git, baseSha);
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
                (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treeOf */ .g7)(git, found.generated)) === (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treeOf */ .g7)(git, generated)))
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
                const headTree = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treeOf */ .g7)(git, head);
                if (found.generated && (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .parentOf */ .gN)(git, found.generated)) === baseSha && (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treeOf */ .g7)(git, previous)) === headTree)
                    return { done: true, value: { outcome: 'unchanged', head: previous, baseSha, previous, replayed: [], skipped: [] } };
            }
        }
        if (!pinned && (await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .treeOf */ .g7)(git, head)) === baseTree)
            return { done: true, value: { outcome: 'empty', baseSha, previous: direct ? undefined : previous } };
        const pushed = await calls.pushBranch(req.branch, head, previous, { base: baseSha, generated });
        if (pushed.ok) {
            const outcome = direct || (previous && pushed.updated) ? 'updated' : previous ? 'unchanged' : 'created';
            // Through the API the branch holds GitHub's commits, not the local ones.
            const remote = 'head' in pushed ? { head: pushed.head, commits: pushed.commits } : { head };
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


/***/ }),

/***/ 7034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ identityInput),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY)
/* harmony export */ });
/* unused harmony export parseIdentity */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input '${input}': expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            hint: `e.g. ${input}: 'release-bot <release-bot@example.com>'`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
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


/***/ }),

/***/ 4499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FX: () => (/* binding */ checksGreen),
  Kv: () => (/* binding */ environmentPins),
  BJ: () => (/* binding */ pinsTable),
  z: () => (/* binding */ planPromotion)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/digests/file.ts
var file = __webpack_require__(29);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/values/protected.ts
var values_protected = __webpack_require__(2986);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(3077);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/edits/check.ts
var check = __webpack_require__(311);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
;// CONCATENATED MODULE: ./packages/core/src/promote/application.ts
// The chart version an environment runs: `targetRevision` of its ArgoCD
// Application. The config's `application` names the file, optionally with
// `#<name>` to pick one Application of a multi-document file (seed 001 keeps
// every Application of an environment in one argocd-applications.yaml). The
// name matches the document's metadata.name, or a source's chart, or the last
// folder of a source's path; in a multi-source Application the source with
// the matching chart (or path) is the one edited.






/** `apps/prod.yaml#myapp-prod` → file and selector. */
function splitApplicationRef(ref) {
    const hash = ref.indexOf('#');
    if (hash < 0)
        return { file: ref };
    const name = ref.slice(hash + 1).trim();
    return { file: ref.slice(0, hash), name: name === '' ? undefined : name };
}
function get(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
function str(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
/** What a source is known by: its chart, its path and the path's last folder. */
function sourceNames(source) {
    const names = [];
    const chart = str(get(source, 'chart'));
    const path = str(get(source, 'path'));
    if (chart)
        names.push(chart);
    if (path) {
        const clean = path.replace(/\/+$/, '');
        names.push(clean, clean.slice(clean.lastIndexOf('/') + 1));
    }
    return names;
}
/**
 * Finds the targetRevision to edit. `name` (from `file#name`) selects the
 * document and the source; `charts` (config chart folders) are the fallback
 * hints. Errors name the file and line: no Application, several and no way to
 * choose, or no source carrying the chart. With the run's `cache`, a file
 * parsed before (its inline values read for pins) is not parsed again.
 */
function findChartRevision(text, file, name, charts = [], cache) {
    const body = text.replace(/^\ufeff/, '');
    const parsed = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, body, file);
    const docs = parsed.documents ?? [];
    const multi = docs.length > 1;
    const apps = docs
        .map((doc, index) => ({ index, doc, name: str(get(get(doc.contents, 'metadata'), 'name')) }))
        .filter((c) => get(c.doc.contents, 'spec') !== undefined && (str(get(c.doc.contents, 'kind')) ?? 'Application') === 'Application');
    if (apps.length === 0)
        throw new src_errors/* UserError */.yo('no ArgoCD Application (kind: Application with spec) in the file', {
            file,
            line: 1,
            hint: 'point application at the Application manifest',
        });
    const hints = name ? [name] : charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]);
    const sourcesOf = (c) => {
        const spec = get(c.doc.contents, 'spec');
        const sources = get(spec, 'sources');
        if ((0,dist/* isSeq */.oP)(sources))
            return sources.items.map((s, i) => ({ node: s, path: ['spec', 'sources', i] }));
        const source = get(spec, 'source');
        return source ? [{ node: source, path: ['spec', 'source'] }] : [];
    };
    const matchesSource = (c) => sourcesOf(c).some((s) => sourceNames(s.node).some((n) => hints.includes(n)));
    let chosen;
    if (apps.length === 1)
        chosen = apps;
    else {
        chosen = name ? apps.filter((c) => c.name === name) : [];
        if (chosen.length === 0)
            chosen = apps.filter(matchesSource);
    }
    if (chosen.length !== 1) {
        const names = apps.map((c) => c.name ?? `document ${c.index + 1}`).join(', ');
        throw new src_errors/* UserError */.yo(chosen.length === 0
            ? `no Application in the file matches ${name ? `'${name}'` : 'the configured charts'} (it holds ${names})`
            : `${chosen.length} Applications in the file match; cannot tell which to edit`, { file, line: 1, hint: 'name the Application in the config: application: <file>#<metadata.name or chart>' });
    }
    const app = chosen[0];
    const sources = sourcesOf(app);
    // A name that picked the Application by metadata.name says nothing about which source holds the chart.
    const sourceHints = name && app.name === name ? charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]) : hints;
    const matching = sources.filter((s) => sourceNames(s.node).some((n) => sourceHints.includes(n)));
    const withChart = sources.filter((s) => sourceNames(s.node).length > 0);
    const source = matching.length === 1
        ? matching[0]
        : matching.length === 0 && withChart.length === 1 && sourceHints !== hints
            ? withChart[0]
            : matching.length === 0 && withChart.length === 1 && !name
                ? withChart[0]
                : undefined;
    const appLine = parsed.lineOf(app.doc.contents) ?? 1;
    if (!source)
        throw new src_errors/* UserError */.yo(`Application ${app.name ?? ''} has no source with the chart ${name ?? hints[hints.length - 1] ?? ''}`.replace(/\s+/g, ' ').trim(), {
            file,
            line: appLine,
            hint: 'give the chart source (spec.source or one of spec.sources) its chart: or path:, or fix the name after # in application',
        });
    const rev = get(source.node, 'targetRevision');
    const current = str(rev) ?? '';
    return {
        file,
        document: multi ? app.index : undefined,
        path: [...source.path, 'targetRevision'],
        line: parsed.lineOf(rev ?? source.node) ?? appLine,
        current,
        name: app.name,
    };
}
/**
 * Sets the Application's chart version with a byte-minimal edit (created
 * after `chart:`/`path:` when the source has no targetRevision), checked by
 * re-parsing: only that value changes, every other document stays.
 */
function setChartRevision(text, rev, version, cache) {
    if (rev.current === version)
        return text;
    const edit = { path: rev.path, value: version, create: true, after: 'chart' };
    const after = (0,yaml_edit/* setScalars */.AR)(text, rev.file, [edit], { document: rev.document, cache });
    (0,check/* checkYamlEdit */.c)(rev.file, text, after, [edit], { document: rev.document, cache });
    return after;
}

// EXTERNAL MODULE: ./packages/core/src/promote/pins.ts
var promote_pins = __webpack_require__(3952);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(1871);
;// CONCATENATED MODULE: ./packages/core/src/promote/plan.ts
// Plans one promotion in memory: where the new pins come from (a digests file,
// the source environment's pins at the base branch, an explicit version, or the
// target's own pins at a git ref for a rollback), which services they change,
// the byte-minimal edits of the target's values file and Application, and the
// gates (verify-source, protected pins, require-checks). Nothing here writes.










function keyFor(service, env) {
    return (0,request/* fillTemplate */.ou)(service.valuesKey, env.name, service.name);
}
/** The document of the values file to read pins in: the Application's, when the values are its inline values. */
async function valuesDocument(env, read, charts, cache) {
    if (!env.application)
        return {};
    const { file, name } = splitApplicationRef(env.application);
    const appText = await read(file);
    if (appText === undefined)
        throw new src_errors/* UserError */.yo(`the Application file ${file} of environment ${env.name} does not exist`, {
            hint: 'fix application in the config',
        });
    const rev = findChartRevision(appText, file, name, charts, cache);
    return { rev, appText, document: file === env.values ? rev.document : undefined };
}
async function readRequired(read, env, at, configFile) {
    const text = await read(env.values);
    // Named at the config line that gave the path, when it came from the config.
    const where = env.valuesLine !== undefined && configFile ? { file: configFile, line: env.valuesLine } : {};
    if (text === undefined)
        throw new src_errors/* UserError */.yo(`values file of ${env.name} ${env.values} does not exist at ${at}`, {
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
    const { pins: source, label: sourceLabel, chartFrom, commit: checkCommit } = await readPinSource(req, route, world, scope, notes, cache);
    // 2. What the target pins now.
    const targetText = await readRequired(world.readBase, to, baseLabel, req.configFile);
    const target = await valuesDocument(to, world.readBase, req.charts, cache);
    const current = new Map();
    for (const name of source.keys())
        current.set(name, (0,promote_pins/* readPin */.Ci)(targetText, to.values, keyFor(scope.byName.get(name), to), { document: target.document, cache }));
    // 2b. A digests-file entry must be the service's image: a matrix mix-up would otherwise be pinned and promoted onward.
    (0,src_errors/* throwAll */.Kx)(foreignDigestEntries(source, current, req, scope));
    // 3. A protected target never takes a bare tag: without resolve-digests that is an input error, found before any lookup.
    const resolve = (0,request/* mustResolve */.iE)(req, to);
    if (to.protected && !resolve) {
        const errors = [...source]
            .filter(([, p]) => !p.digest)
            .map(([name]) => {
            const pin = current.get(name);
            return new src_errors/* UserError */.yo(`${name}: a tag without a digest cannot be promoted into the protected environment ${to.name}`, {
                file: pin.file,
                line: pin.line,
                hint: 'set resolve-digests: true (the default for protected environments) or promote from a digests file',
            });
        });
        (0,src_errors/* throwAll */.Kx)(errors);
    }
    // 4. Tags to digests through the registry, for pins that lack one.
    if (resolve)
        await resolveMissingDigests(source, current, req, world, scope);
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
        if ((0,promote_pins/* pinMatches */.ZW)(pin, p)) {
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
        });
    }
    // All pins of the values file in one edit (one parse and one check, not one per service); services that
    // share a values key are edited one after another, each reading what the previous one wrote.
    if (new Set(pinEdits.map((e) => e.pin.key)).size === pinEdits.length) {
        if (pinEdits.length > 0)
            edit(to.values, targetText, (t) => (0,promote_pins/* setPins */.Rz)(t, pinEdits, { document: target.document, cache }).text);
    }
    else {
        for (const { pin, target: p } of pinEdits)
            edit(to.values, targetText, (t) => (0,promote_pins/* setPin */.oW)(t, (0,promote_pins/* readPin */.Ci)(t, to.values, pin.key, { document: target.document, cache }), p, { document: target.document, cache }).text);
    }
    let chart;
    if (chartFrom !== undefined && target.rev && target.rev.current !== chartFrom) {
        const rev = target.rev;
        edit(rev.file, target.appText, (t) => setChartRevision(t, rev, chartFrom, cache));
        chart = { file: rev.file, line: rev.line, application: rev.name, old: rev.current, new: chartFrom };
    }
    const files = [...texts]
        .filter(([, t]) => t.after !== t.before)
        .map(([path, t]) => ({ path, before: t.before, after: t.after }));
    // 7. A protected target ends with every image pinned by digest.
    if (to.protected && files.length > 0)
        (0,src_errors/* throwAll */.Kx)(unpinnedInProtected(texts.get(to.values)?.after ?? targetText, to, [...source.keys()], scope, target.document, cache));
    // 8. require-checks on the commit the source pins came from.
    const checks = req.requireChecks.length > 0 && files.length > 0 ? await requiredChecks(req, world, changes, checkCommit, verifyEnv) : [];
    const drift = await driftTable(req, route, world, texts, cache);
    return { changes, chart, files, services: [...source.keys()], unchanged, sourceLabel, checks, drift, notes };
}
/** Registry and repository of an image name as the registry sees it (`nginx` = `docker.io/library/nginx`), undefined when it does not parse. */
function imageIdentity(image) {
    try {
        const ref = (0,reference/* parseReference */.F2)(image);
        return `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (e instanceof reference/* InvalidReference */.ft)
            return undefined;
        throw e;
    }
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
        const wantId = want === undefined ? undefined : imageIdentity(want);
        if (wantId !== undefined && wantId !== imageIdentity(p.image))
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
    const { byName, wanted } = scope;
    const pins = new Map();
    if (req.digests) {
        const text = world.readLocal(req.digests);
        if (text === undefined)
            throw new src_errors/* UserError */.yo(`input 'digests': ${req.digests} does not exist`, {
                hint: 'download the capture-digests artifact before this step, or fix the path',
                cliHint: 'write it with lockstep digests first, or fix the path',
            });
        const entries = new Map(Object.entries(await (0,file/* parseDigests */.fV)(text, req.digests, 'promote')));
        const errors = [];
        for (const name of req.only)
            if (!entries.has(name))
                errors.push(new src_errors/* UserError */.yo(`the digests file has no entry for service '${name}'`, {
                    file: req.digests,
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
                    entry: { file: req.digests, line: (0,file/* lineOfKey */.nj)(text, name) },
                });
        }
        if (ignored.length > 0)
            notes.push(`The digests file also names ${ignored.join(', ')}, which the config does not list; left alone.`);
        if (pins.size === 0)
            throw new src_errors/* UserError */.yo(`the digests file names no configured service`, {
                file: req.digests,
                line: 1,
                hint: `configured services: ${[...byName.keys()].join(', ')}`,
            });
        return { pins, label: `digests file ${req.digests}`, chartFrom: req.chartVersion };
    }
    if (req.from.kind === 'ref') {
        const commit = await world.resolveRef(req.from.ref);
        if (!commit)
            throw new src_errors/* UserError */.yo(`input 'from': ref ${req.from.ref} is not a commit or tag of the repository`, {
                hint: 'fetch it (fetch-depth: 0 or fetch-tags) or fix the ref',
                cliHint: 'fetch it (git fetch --tags origin) or fix the ref',
            });
        const at = (p) => world.readAt(commit, p);
        const text = await readRequired(at, to, `ref ${req.from.ref}`, req.configFile);
        const { document, rev } = await valuesDocument(to, at, req.charts, cache);
        for (const s of req.services) {
            if (!wanted(s.name))
                continue;
            const pin = (0,promote_pins/* readPin */.Ci)(text, to.values, keyFor(s, to), { document, cache });
            pins.set(s.name, { tag: pin.tag, digest: pin.digest, verified: `${to.name} at ${req.from.ref}` });
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
            const pin = (0,promote_pins/* readPin */.Ci)(text, from.values, keyFor(s, from), { document, cache });
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
            errors.push(new src_errors/* UserError */.yo(`${name}: no image repository is known, so ${p.tag} cannot be resolved to a digest`, {
                file: req.configFile,
                hint: `set services.${name}.image in the config`,
            }));
            return;
        }
        let ref;
        try {
            ref = (0,reference/* parseReference */.F2)(`${image.replace(/@.*$/, '').replace(/:[^/:]*$/, '')}:${p.tag}`);
        }
        catch (e) {
            if (!(e instanceof reference/* InvalidReference */.ft))
                throw e;
            errors.push(new src_errors/* UserError */.yo(`${name}: ${e.message}`, {
                file: req.configFile,
                hint: 'services.<name>.image is registry/repository without a tag',
            }));
            return;
        }
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
        const there = (0,promote_pins/* readPin */.Ci)(srcText, verifyEnv.values, keyFor(scope.byName.get(name), verifyEnv), { document: srcDoc, cache });
        const same = p.digest ? there.digest === p.digest : there.tag === p.tag;
        if (!same)
            errors.push(new src_errors/* UserError */.yo(`${name}: ${p.digest ? (0,promote_pins/* shortDigest */.VK)(p.digest) : `tag ${p.tag}`} is not what ${verifyEnv.name} runs now (${there.digest ? (0,promote_pins/* shortDigest */.VK)(there.digest) : `tag ${there.tag ?? 'none'}`}); it never ran there`, { file: there.file, line: there.line, hint: `promote it into ${verifyEnv.name} first, or set verify-source: false` }));
        else
            p.verified = verifyEnv.name;
    }
    (0,src_errors/* throwAll */.Kx)(errors);
}
/** Step 7: in the protected target's values after the edit, every promoted service pinned by a sha256 digest, and (a plain values file) every image pinned. */
function unpinnedInProtected(after, to, services, scope, document, cache) {
    const errors = [];
    for (const name of services) {
        const pin = (0,promote_pins/* readPin */.Ci)(after, to.values, keyFor(scope.byName.get(name), to), { document, cache });
        if (!pin.digest || !/^sha256:[0-9a-f]{64}$/.test(pin.digest))
            errors.push(new src_errors/* UserError */.yo(`${name} would not be pinned by a sha256 digest in the protected environment ${to.name}`, {
                file: to.values,
                line: pin.line,
                hint: 'promote from a digests file or with resolve-digests: true',
            }));
    }
    if (document === undefined)
        for (const problem of (0,values_protected/* checkPinnedImagesIn */.OU)((0,yaml_edit/* parseShared */.fj)((0,bytes/* stripBom */.F8)(after), to.values, cache)))
            errors.push(new src_errors/* UserError */.yo(problem.message, { file: problem.file, line: problem.line, hint: problem.hint }));
    return errors;
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
/** True when every required check passed. */
function checksGreen(plan) {
    return plan.checks.every((c) => c.states.every((s) => s.state === 'success'));
}
/** Every environment's pins at the base in full values (not the table's display strings); `cache` holds the run's parses. */
async function environmentPins(req, readBase, cache = new parse_cache/* ParseCache */.i()) {
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
                const pin = text === undefined ? undefined : (0,promote_pins/* readPin */.Ci)(text, env.values, keyFor(s, env), { document, cache });
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
function pinsTable(req, readBase, cache = new parse_cache/* ParseCache */.i()) {
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
                    const pin = text === undefined ? undefined : (0,promote_pins/* readPin */.Ci)(text, env.values, keyFor(s, env), { document, cache });
                    cells.set(s.name, pin ? `${pin.tag ?? '—'} ${(0,promote_pins/* shortDigest */.VK)(pin.digest)}` : '—');
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

/***/ 1871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ layoutFrom),
/* harmony export */   QF: () => (/* binding */ checkRoute),
/* harmony export */   iE: () => (/* binding */ mustResolve),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   sA: () => (/* binding */ looksLikeSha),
/* harmony export */   uK: () => (/* binding */ parseFrom)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1312);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4619);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3952);
// What a promotion asks for, as plain data, and the rules checked on it before
// anything is read from git, a registry or GitHub: known environments, adjacent
// steps only (unless allow-skip), known services, a well-formed `ref:` source,
// no direct push into a protected environment.




const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const SHA = /^[0-9a-f]{7,64}$/;
/** Parses the `from` input: an environment name, `ref:<sha-or-tag>`, or empty. */
function parseFrom(text) {
    if (text === undefined || text === '')
        return { kind: 'none' };
    if (text.startsWith('ref:')) {
        const ref = text.slice(4).trim();
        if (ref === '' || ref.startsWith('-') || !REF.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'from' is '${text}', not ref:<sha-or-tag>`, {
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
    const configured = config.environments.map((e, i) => ({
        ...e,
        valuesLine: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['environments', i, 'values']),
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
                    errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'environments' names '${name}', which the config does not list${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, configured.map((e) => e.name))}`, { file: config.file, hint: `configured: ${configured.map((e) => e.name).join(', ')}` }));
            }
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(errors);
        }
        else
            environments = configured;
    }
    else {
        if (!inputs.valuesFile)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('no environments: the config lists none and values-file is not set', {
                file: config.file,
                hint: 'add environments to .github/lockstep.yml, or pass values-file (e.g. environments/{env}/values.yaml)',
            });
        const names = inputs.environments.length > 0 ? inputs.environments : ['dev', 'staging', 'prod'];
        environments = names.map((name) => ({ name, values: fillTemplate(inputs.valuesFile, name), autoMerge: false, protected: false }));
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
            if (!key)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`service '${name}' has no values-key`, {
                    file: config.file,
                    hint: `add values-key (e.g. services.${name}.image) to services.${name}, or pass the values-key input`,
                });
            return { name, image: svc.image, valuesKey: fillTemplate(key, '{env}', name) };
        });
    }
    else {
        const names = inputs.services.length > 0 ? inputs.services : digestsServices;
        if (names.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('no services: the config lists none, and neither services nor a digests file names any', {
                file: config.file,
                hint: 'add services to .github/lockstep.yml, or pass services',
            });
        if (!inputs.valuesKey)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("input 'values-key' is required without services in the config", {
                hint: 'pass values-key, e.g. image or services.{service}.image',
            });
        services = names.map((name) => ({ name, valuesKey: fillTemplate(inputs.valuesKey, '{env}', name) }));
    }
    for (const s of services)
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'to' is '${req.to}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(req.to, names)}`, {
            file: req.configFile,
            hint: `environments, in order: ${names.join(', ')}`,
        });
    const to = req.environments[toIndex];
    let from;
    let fromIndex;
    if (req.from.kind === 'env') {
        fromIndex = names.indexOf(req.from.env);
        if (fromIndex < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'from' is '${req.from.env}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(req.from.env, names)}`, {
                file: req.configFile,
                hint: `environments, in order: ${names.join(', ')}; or ref:<sha-or-tag> to roll back`,
            });
        from = req.environments[fromIndex];
        if (fromIndex >= toIndex)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot promote from ${from.name} to ${to.name}: ${to.name} does not come after ${from.name}`, {
                hint: `promotion order: ${names.join(' → ')}; to roll back use from: ref:<sha-or-tag>`,
            });
        if (toIndex - fromIndex > 1 && !req.allowSkip)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`promotion ${from.name} → ${to.name} skips ${names.slice(fromIndex + 1, toIndex).join(', ')}`, {
                hint: `promote through ${names.slice(fromIndex, toIndex + 1).join(' → ')}, or set allow-skip: true`,
            });
    }
    else if (req.from.kind === 'none' && toIndex > 0 && !req.digests && !req.version && !req.chartVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'from' is required to promote into ${to.name}`, {
            hint: `use from: ${names[toIndex - 1]}, or give digests, version or chart-version`,
        });
    }
    if (req.push === 'direct' && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`push: direct is refused for the protected environment ${to.name}`, {
            hint: 'use push: pr (the default): protected promotions go through a reviewed pull request',
        }));
    if (req.chartVersion !== undefined && !to.application)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`chart-version is set but environment ${to.name} has no application`, {
            file: req.configFile,
            hint: `add application: <path of the ArgoCD Application> to environment ${to.name}`,
        }));
    if (req.autoMerge === true && to.protected)
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
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("inputs 'digests' and 'version' were both given", { hint: 'use one source of new pins' }));
    if (req.from.kind === 'ref' && (req.digests || req.version))
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("a rollback (from: ref:…) takes its pins from that ref; drop 'digests' and 'version'", {
            hint: 'roll back with from and to only',
        }));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(errors);
    return { to, toIndex, from, fromIndex };
}
/** True when tags must be resolved to digests before writing. */
function mustResolve(req, to) {
    return req.resolveDigests ?? to.protected;
}


/***/ }),

/***/ 1027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cu: () => (/* binding */ fetchBase),
  dG: () => (/* binding */ localPromotion),
  fA: () => (/* binding */ openSession),
  J9: () => (/* binding */ planOn),
  yi: () => (/* binding */ sessionRequest)
});

// UNUSED EXPORTS: buildPromoteRequest

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config = __webpack_require__(1312);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/promote/plan.ts + 1 modules
var plan = __webpack_require__(4499);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(1871);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(8982);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
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

// EXTERNAL MODULE: ./packages/core/src/github/client.ts + 1 modules
var github_client = __webpack_require__(200);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __webpack_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/github/pulls.ts
var github_pulls = __webpack_require__(7285);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(1991);
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
    return {
        checkStates: (sha, names) => userFacing(() => checkStates(client(), sha, names)),
        async upsertPull(p) {
            const r = await userFacing(() => (0,github_pulls/* upsertPull */.N2)(client(), p));
            pulls.set(r.pull.number, r.pull);
            for (const w of r.warnings)
                log(w);
            return { pull: { number: r.pull.number, url: r.pull.url }, outcome: r.outcome };
        },
        enableAutoMerge: (pull) => userFacing(() => (0,github_pulls/* enableAutoMerge */.D2)(client(), pulls.get(pull.number))),
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
            const spec = (0,request/* looksLikeSha */.sA)(ref) && ref.length === 40 ? ref : `+refs/tags/${ref}:refs/tags/${ref}`;
            await git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--', 'origin', spec]);
            reader.close();
            return reader.commit(ref);
        },
        lastCommit: (commit, path) => world_text(git, ['log', '-1', '--format=%H', '--end-of-options', commit, '--', path]).then((s) => s || undefined),
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
    const transport = (0,http/* nodeTransport */._3)();
    cleanup.push(() => transport.close());
    // The Docker config as capture-digests reads it: its auths entry or credential helper per registry.
    const registry = new registry_client/* RegistryClient */.bP({
        transport,
        log: o.log,
        credentials: (0,docker_config/* dockerCredentialSource */.JA)({ configPath: (0,docker_config/* dockerConfigPath */.Q1)(o.env, o.env.HOME ?? ''), secret: o.secret, log: o.log }),
    });
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
/** The plan-level request: inputs and config validated into one object. */
function buildPromoteRequest(i, config, readLocal) {
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
        requireChecks: i.requireChecks,
        dryRun: i.dryRun,
        repository: i.repository,
        charts: config.charts ?? [],
        configFile: config.file,
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
function localPromotion(i, workspace) {
    const workdir = (0,fs_workspace/* resolveInside */.LI)(workspace, i.workingDirectory, 'working-directory');
    if (i.repository === undefined)
        (0,fs_workspace/* refuseBare */.PL)(workdir, i.workingDirectory);
    const readLocal = localReader(workdir);
    const configPath = i.config ?? config.DEFAULT_CONFIG_PATH;
    const remoteConfig = i.repository !== undefined && !(0,external_node_fs_.existsSync)((0,fs_workspace/* resolveInside */.LI)(workdir, configPath, 'config'));
    return {
        workdir,
        readLocal,
        configPath,
        request: remoteConfig ? undefined : buildPromoteRequest(i, (0,config.loadConfig)(workdir, i.config), readLocal),
    };
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
        req = buildPromoteRequest(i, (0,config.parseConfigText)(text ?? '', text === undefined ? undefined : `${i.repository}:${local.configPath}`), local.readLocal);
    }
    return { ...req, base: session.base };
}
/** The tip of the base branch, fetched from the remote; refused when it has no such branch. */
async function fetchBase(world, base) {
    const sha = await world.git.fetchBranch(base);
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
        checkStates: github ? (sha, names) => github.checkStates(sha, names) : undefined,
    }, cache);
}


/***/ })

};

export const id = 3410;
export const ids = [3410,7306];
export const modules = {

/***/ 43811:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(59909)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 37306:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const parse = __webpack_require__(43811)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ stripPort),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// A host's name as written (no lookup, no node:net): light enough for the entry chunks that read an
// image reference (capture-digests' inputs); hosts.ts adds the address rules.
/** True when the registry host is this machine (plain http is allowed there). */
function isLoopbackHost(host) {
    const h = stripPort(host).toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '[::1]';
}
/** host without `:port`; keeps a bracketed IPv6 literal's brackets off. */
function stripPort(host) {
    if (host.startsWith('[')) {
        const end = host.indexOf(']');
        return host.slice(1, end < 0 ? undefined : end);
    }
    const c = host.lastIndexOf(':');
    return c >= 0 && host.indexOf(':') === c ? host.slice(0, c) : host;
}


/***/ }),

/***/ 82158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
/* harmony import */ var _async_young_generation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65633);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9053);
/* harmony import */ var _promote_status_tables_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81646);
/* harmony import */ var _promote_rendered_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28289);
/* harmony import */ var _promote_request_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81871);
/* harmony import */ var _promote_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11096);
/* harmony import */ var _promote_graph_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17098);
// `lockstep status`: promote-env's side-by-side table without promoting. The
// session is opened as for a dry run (no registry, no checks); each
// environment's files are read once at the tip of the base (its column, its
// pins), and each edge of the promotion graph (promote/graph.ts) is planned there for what it would change —
// linear in environments × services (promote/status-tables.ts).









/**
 * The latest successful deployment of each environment, read with the token
 * when there is one; undefined when none was recorded. A token that may not
 * read deployments leaves the table as it was, said as a warning.
 */
async function deploymentRecord(ports, names, world) {
    if (!ports.github || names.length === 0)
        return undefined;
    try {
        const found = await ports.github.latestDeployments(names);
        if (found.size === 0)
            return undefined;
        return Object.fromEntries([...found].map(([env, d]) => [
            env,
            { id: d.id, sha: d.sha, createdAt: d.createdAt, ...(d.environmentUrl ? { environmentUrl: d.environmentUrl } : {}) },
        ]));
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
            throw e;
        world.warning(`deployments not read: ${e.message}`);
        return undefined;
    }
}
/**
 * Opens the session as a dry run of every pair and walks the environments in
 * order: each one's files are read once at the tip of the base (its column and
 * its pins), and the pair that ends at it is planned (a refused one becomes
 * its `error`) while both its environments' parses are still at hand.
 */
async function runStatus(i, world) {
    // Every environment's values file is parsed (into the pin index): that garbage must not grow V8's nursery, nor,
    // promoted, the old generation far past what is live (see runPromote). V8's memory-saver mode is not set here
    // (it was, while each pin read built the yaml package's syntax tree): with the pin index the run allocates
    // ~330 MB at 100 environments × 300 services, and memory-saver's extra collections cost a fifth of the run's CPU
    // (2.34–2.94 s → 1.58–1.88 s user+sys) for a peak of 127–132 MB instead of 117–120 MB; at 100,000 commits ×
    // 1,000 services × 10 environments 1.4–1.9 s → 1.0–1.1 s, 104–109 MB → 110–116 MB.
    (0,_async_young_generation_js__WEBPACK_IMPORTED_MODULE_0__/* .holdYoungGeneration */ .kK)();
    (0,_async_young_generation_js__WEBPACK_IMPORTED_MODULE_0__/* .favourSmallHeap */ .T$)();
    const asked = (0,_promote_request_js__WEBPACK_IMPORTED_MODULE_5__/* .readOnlyPromoteInputs */ .eo)(i);
    const local = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_6__/* .localPromotion */ .dG)(asked, world.workspace);
    const session = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_6__/* .openSession */ .fA)(asked, local, world);
    try {
        const req = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_6__/* .sessionRequest */ .yi)(asked, local, session);
        const names = req.environments.map((e) => e.name);
        // The run's parses, a few at a time: an environment is read for its column, then as the target of the pair
        // ending at it and the source of the next one, and not again. A hundred environments' parses held to the end
        // would be hundreds of megabytes.
        const cache = new StatusParses({ maxTexts: PARSES_KEPT });
        const ports = cache.reading(session.world);
        const baseSha = names.length > 0 ? await baseTip(ports, req.base) : undefined;
        const columns = [];
        const pins = [];
        const next = [];
        const edges = (0,_promote_graph_js__WEBPACK_IMPORTED_MODULE_7__/* .promotionEdges */ .e)(req.environments);
        for (let k = 0; k < names.length; k++) {
            if (baseSha) {
                const env = req.environments[k];
                // A service the pin place does not define is looked for in the environment's render (promote/rendered-run.ts).
                const rendered = () => (0,_promote_rendered_run_js__WEBPACK_IMPORTED_MODULE_4__.renderedRun)(req, env, ports, baseSha);
                const read = await (0,_promote_status_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .readEnvironment */ .Qo)(req, env, (p) => ports.git.readAt(baseSha, p), cache, rendered);
                columns.push(read.column);
                pins.push(read.pins);
            }
            // Each edge that ends here (graph.ts: the environment before, or each of its after: environments).
            for (const from of (0,_promote_graph_js__WEBPACK_IMPORTED_MODULE_7__/* .predecessors */ .f)(req.environments, k)) {
                next.push(await nextPromotion(req, from, names[k], ports, cache));
                world.reporter.progress?.({ what: 'promotions planned', done: next.length, total: edges.length });
            }
        }
        // No base to read (the remote has no such branch): every cell says it cannot be read.
        const rows = baseSha ? (0,_promote_status_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .sideBySide */ .Qp)(req, columns).rows : req.services.map((s) => ({ service: s.name, cells: names.map(() => '?') }));
        // The record promote-env keeps (record: deployments): the latest successful deployment per environment, when there is one.
        const deployments = await deploymentRecord(session.world, names, world);
        if (deployments)
            rows.push({ service: 'deployed', cells: names.map((n) => (deployments[n] ? deployments[n].sha.slice(0, 12) : '—')) });
        return {
            base: req.base,
            baseSha,
            ...(session.readFrom ? { readFrom: session.readFrom } : {}),
            environments: names,
            ...(req.waves ? { waves: req.waves } : {}),
            rows,
            next,
            pins,
            ...(deployments ? { deployments } : {}),
        };
    }
    finally {
        await session.close();
    }
}
/** Texts a status run keeps as read (not parsed): two environments' values files and Applications, and room for what else a pair reads. */
const TEXTS_KEPT = 8;
/** Texts whose parses a status run keeps: two environments' values files and Applications, and room for a chart's files. */
const PARSES_KEPT = 12;
/** The tip of the base branch, or undefined when the remote has no such branch (each pair then says so). */
async function baseTip(ports, base) {
    try {
        return await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchBase */ .cu)(ports, base);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            return undefined;
        throw e;
    }
}
/** What promoting `from` into `to` would change, or why it cannot be planned. */
async function nextPromotion(req, from, to, ports, cache) {
    try {
        const { changes, chart } = await planPair(req, from, to, ports, cache);
        return { from, to, changes, chart };
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
            throw e;
        return { from, to, changes: [], error: e.message };
    }
}
/**
 * The parses of a status run. Every file status reads is at the tip of the
 * base, and each is parsed once for the run: the middle environment is one
 * pair's target and the next pair's source, and every environment is a column
 * and a pins entry. A plan lets go of its target's parse once its edit is
 * checked (a promotion reads that file no more); here the parse of a text read
 * from git is kept, so that the next reader finds it. At L (1,000 services,
 * values files of ~200 KB, each parse allocating ~60 MB in the yaml parser)
 * that is five parses instead of seven. What is let go is a pair's edited
 * target, which only that pair reads, unless its text is byte for byte one
 * read at the base (a target left as its source is), whose parse stays.
 */
class StatusParses extends _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_8__/* .ParseCache */ .i {
    #read = new Set();
    /** The last texts read (commit and path → text): an environment's files are asked for by its column, then by the two pairs it is in. */
    #texts = new Map();
    /** `world` with every file read through its git kept parsed for the run, and the last few texts read kept. */
    reading(world) {
        const git = world.git;
        const fresh = async (commit, path) => {
            const text = await git.readAt(commit, path);
            if (text !== undefined)
                this.#read.add((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text));
            return text;
        };
        const readAt = (commit, path) => {
            const key = `${commit}\0${path}`;
            let text = this.#texts.get(key);
            if (text === undefined) {
                text = fresh(commit, path);
                // A refused read is not kept: the next reader asks git again.
                text.catch(() => this.#texts.get(key) === text && this.#texts.delete(key));
                if (this.#texts.size >= TEXTS_KEPT)
                    this.#texts.delete(this.#texts.keys().next().value);
                this.#texts.set(key, text);
            }
            return text;
        };
        return { ...world, git: { ...git, readAt } };
    }
    forget(text) {
        if (!this.#read.has(text))
            super.forget(text);
    }
}
/**
 * The dry-run plan of one adjacent pair on the tip of the base: its own route checked, once. Status shows what
 * each promotion would change, not its edited files: the target's files are edited (and the edit parsed back
 * and checked) only for a protected target, whose plan checks every pin of the edited file.
 */
async function planPair(req, from, to, ports, cache) {
    const pair = { ...req, from: { kind: 'env', env: from }, to };
    const route = (0,_promote_request_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRoute */ .QF)(pair);
    const baseSha = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchBase */ .cu)(ports, pair.base);
    const plan = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_6__/* .planOn */ .J9)(pair, route, ports, baseSha, cache, route.to.protected);
    // The edited target is the plan's own: no later pair and no column reads it (they read the files at the base),
    // so its parse (~5 MB at 1,000 services) is let go before the next pair parses.
    for (const f of plan.files)
        cache.forget((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(f.after));
    return plan;
}


/***/ })

};

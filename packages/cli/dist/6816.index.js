export const id = 6816;
export const ids = [6816];
export const modules = {

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

/***/ 99067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStatus: () => (/* binding */ runStatus)
});

// EXTERNAL MODULE: ./packages/core/src/async/young-generation.ts
var young_generation = __webpack_require__(65633);
// EXTERNAL MODULE: ./packages/core/src/promote/fleet.ts
var fleet = __webpack_require__(50178);
// EXTERNAL MODULE: ./packages/core/src/deploy/fleet.ts + 1 modules
var deploy_fleet = __webpack_require__(15137);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/promote/status-tables.ts
var status_tables = __webpack_require__(81646);
// EXTERNAL MODULE: ./packages/core/src/promote/rendered-run.ts
var rendered_run = __webpack_require__(28289);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
// EXTERNAL MODULE: ./packages/core/src/promote/session.ts + 16 modules
var promote_session = __webpack_require__(29280);
// EXTERNAL MODULE: ./packages/core/src/promote/graph.ts
var graph = __webpack_require__(17098);
// EXTERNAL MODULE: ./packages/core/src/promote/rollback-history.ts
var rollback_history = __webpack_require__(68197);
// EXTERNAL MODULE: ./packages/core/src/promote/gates/fan-in.ts
var fan_in = __webpack_require__(7694);
// EXTERNAL MODULE: ./packages/core/src/promote/gates/rollback-hold.ts
var rollback_hold = __webpack_require__(20499);
// EXTERNAL MODULE: ./packages/core/src/promote/hydrated.ts
var promote_hydrated = __webpack_require__(6225);
;// CONCATENATED MODULE: ./packages/core/src/promote/status-holds.ts
// The holds `lockstep status` shows (issue 75): what promote's gates would hold each next promotion by, decided by
// those gates' own `holds` (gates/fan-in.ts, gates/rollback-hold.ts) from what status read anyway — each edge's
// plan and every environment's pins — and from the rollbacks read for every environment in one history walk
// (rollback-history.ts rollbacksOf). So status says a hold in the words a promotion is refused with. The gates that
// read the clock, a calendar or GitHub's reviews (soak, windows, approval) are a promotion's to say.




const titled = (title, holds) => holds.map((h) => ({ ...h, title }));
/** The rollback gate's evidence for a promotion into `target`: never a lift (status lifts nothing). */
const rollbackHolds = (target, held, now) => held.length === 0 ? [] : titled(rollback_hold/* rollbackHold */.O.title, rollback_hold/* rollbackHold */.O.holds({ target, held, lift: false }, now));
/** Each environment a rollback holds, in the config's order, with the words a promotion into it is refused with. */
function heldEnvironments(rolledBack, now) {
    return rolledBack.flatMap((r) => {
        const [hold] = r ? rollbackHolds(r.env, [r], now) : [];
        return r && hold ? [{ ...r, gate: hold.gate, message: hold.message }] : [];
    });
}
/**
 * The holds of the next promotion into `req.environments[k]` (from any of its predecessors: both gates judge the
 * target, not the edge), in the gates' order: fan-in when the plan writes pins an `after:` environment does not run
 * (no plan, as for an edge that could not be planned: none), then a rollback of the target or of an environment it is
 * promoted from. A hydrated target's gates read its branches, which status does not: none.
 */
function edgeHolds(e, k, plan) {
    const to = e.req.environments[k];
    if ((0,promote_hydrated/* lockstepHydrated */.D9)(e.req, to.name))
        return [];
    const after = to.after ?? [];
    const fan = plan && after.length > 0
        ? titled(fan_in/* fanIn */.R.title, fan_in/* fanIn */.R.holds({ env: to.name, wants: (0,fan_in/* wantsOf */.d)(plan), runs: e.pins.filter((p) => after.includes(p.name)) }, e.now))
        : [];
    const held = (0,rollback_history/* holdChain */.R)(e.req.environments, k).flatMap((name) => {
        const r = e.rolledBack.get(name);
        return r ? [r] : [];
    });
    return [...fan, ...rollbackHolds(to.name, held, e.now)];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/render/images.ts
var render_images = __webpack_require__(1930);
// EXTERNAL MODULE: ./packages/core/src/render/objects.ts + 2 modules
var render_objects = __webpack_require__(21065);
// EXTERNAL MODULE: ./packages/core/src/promote/rendered-pin.ts
var rendered_pin = __webpack_require__(11543);
;// CONCATENATED MODULE: ./packages/core/src/promote/hydrated-run.ts
// What a hydrated environment runs: the manifests on its active branch, the branch Argo CD (or Flux) syncs, not
// the DRY values file the next hydration renders. The images of each configured service are found in those
// objects by repository (rendered-pin.ts pinsOf), as the render of any other environment is read; the DRY commit
// the branch's hydrator.metadata names says what it was rendered from.






/** What `t`'s active branch runs for `services`, and the DRY commit it names; `unrendered` says why nothing can be read. */
async function hydratedRun(git, t, services) {
    const active = await (0,promote_hydrated/* readHydrated */.KC)(git, t.active, t.metadata);
    if (!active.tip)
        return { unrendered: `${t.active} is not on origin: nothing is hydrated there yet`, branch: t.active };
    const dir = external_node_path_.posix.dirname(t.metadata);
    const files = ((await git.listFiles(active.tip, dir === '.' ? undefined : dir)) ?? []).filter((f) => /\.ya?ml$/.test(f));
    const objects = new Map();
    const sources = [];
    for (const path of files) {
        const text = await git.readAt(active.tip, path);
        if (text === undefined)
            continue;
        try {
            for (const [key, o] of (0,render_objects/* splitObjects */.bR)(text))
                objects.set(key, o);
        }
        catch (e) {
            const why = e instanceof errors/* UserError */.yo ? e.message : e.message;
            return { unrendered: `${t.active}:${path} is not YAML lockstep can read (${why.split('\n')[0]})`, branch: t.active };
        }
        sources.push({ path, text });
    }
    return {
        pins: (0,rendered_pin/* pinsOf */.c)(services, (0,render_images/* renderedImages */.gs)(objects.values())),
        sources,
        branch: t.active,
        ...(active.drySha ? { dry: active.drySha } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/operations/status/run.ts
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
        if (!(e instanceof errors/* UserError */.yo))
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
    (0,young_generation/* holdYoungGeneration */.kK)();
    (0,young_generation/* favourSmallHeap */.T$)();
    const asked = (0,request/* readOnlyPromoteInputs */.eo)(i);
    const local = await (0,promote_session/* localPromotion */.dG)(asked, world.workspace);
    const session = await (0,promote_session/* openSession */.fA)(asked, local, world);
    try {
        const req = await (0,promote_session/* sessionRequest */.yi)(asked, local, session);
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
        const edges = (0,graph/* promotionEdges */.e)(req.environments);
        // Environments of many apps (deploy/fleet.ts) are read app by app from the base's files, listed once.
        let listed;
        const paths = () => req.environments.some(deploy_fleet/* isFleet */.xP) && baseSha
            ? (listed ??= (0,deploy_fleet/* fleetPaths */.RK)(req.environments, ports.git, baseSha))
            : Promise.resolve(undefined);
        // Every environment's last landing, read in one history walk while the environments are read and planned.
        const rollbacks = baseSha ? (0,rollback_history/* rollbacksOf */.N)(req.environments, ports, baseSha) : Promise.resolve([]);
        rollbacks.catch(() => undefined);
        for (let k = 0; k < names.length; k++) {
            if (baseSha) {
                const env = req.environments[k];
                // A service the pin place does not define is looked for in the environment's render (promote/rendered-run.ts).
                const rendered = (e) => (0,rendered_run.renderedRun)(req, e, ports, baseSha);
                // A hydrated environment runs the manifests on its active branch, which its deployer syncs (hydrated-run.ts).
                const hydrated = req.hydrated?.[env.name];
                const read = hydrated
                    ? (0,status_tables/* readHydratedEnvironment */.B_)(req, env, await hydratedRun(ports.git, hydrated, req.services))
                    : await (0,status_tables/* readAnyEnvironment */.aj)(req, env, (p) => ports.git.readAt(baseSha, p), cache, await paths(), rendered);
                columns.push(read.column);
                pins.push(read.pins);
            }
            // Each edge that ends here (graph.ts: the environment before, or each of its after: environments); a hydrated
            // environment with none is still promoted, from its proposed branch (promote-env with to: alone).
            const into = (0,graph/* predecessors */.f)(req.environments, k);
            if (into.length === 0 && (0,promote_hydrated/* lockstepHydrated */.D9)(req, names[k]))
                next.push(await nextPromotion(req, names[k], names[k], ports, cache));
            for (const from of into) {
                next.push(await nextPromotion(req, from, names[k], ports, cache));
                world.reporter.progress?.({ what: 'promotions planned', done: next.length, total: edges.length });
            }
        }
        const held = await heldBy(req, readOrWarn(rollbacks, world), next, pins, world.clock.now());
        // No base to read (the remote has no such branch): every cell says it cannot be read.
        const rows = baseSha ? (0,status_tables/* sideBySide */.Qp)(req, columns).rows : req.services.map((s) => ({ service: s.name, cells: names.map(() => '?') }));
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
            ...(held.length > 0 ? { held } : {}),
            pins,
            ...(deployments ? { deployments } : {}),
        };
    }
    finally {
        await session.close();
    }
}
/** The rollbacks read, or none with a warning when the history could not be read as the config says (a refusal). */
async function readOrWarn(rollbacks, world) {
    try {
        return await rollbacks;
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.yo))
            throw e;
        world.warning(`rollback holds not read: ${e.message}`);
        return [];
    }
}
/**
 * The holds promote's gates would say (promote/status-holds.ts), set on each next promotion they hold; returns the
 * environments a rollback holds.
 */
async function heldBy(req, rollbacks, next, pins, now) {
    const read = await rollbacks;
    const rolledBack = new Map(read.flatMap((r) => (r ? [[r.env, r]] : [])));
    const names = req.environments.map((e) => e.name);
    for (const n of next) {
        const holds = edgeHolds({ req, rolledBack, pins, now }, names.indexOf(n.to), n.error === undefined ? n : undefined);
        if (holds.length > 0)
            n.holds = holds;
    }
    return heldEnvironments(read, now);
}
/** Texts a status run keeps as read (not parsed): two environments' values files and Applications, and room for what else a pair reads. */
const TEXTS_KEPT = 8;
/** Texts whose parses a status run keeps: two environments' values files and Applications, and room for a chart's files. */
const PARSES_KEPT = 12;
/** The tip of the base branch, or undefined when the remote has no such branch (each pair then says so). */
async function baseTip(ports, base) {
    try {
        return await (0,promote_session/* fetchBase */.cu)(ports, base);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return undefined;
        throw e;
    }
}
/** What promoting `from` into `to` would change, or why it cannot be planned. */
async function nextPromotion(req, from, to, ports, cache) {
    // No file is edited: the pull request from the proposed branch into the active one (promote/hydrated.ts).
    const target = (0,promote_hydrated/* lockstepHydrated */.D9)(req, to);
    if (target) {
        const { next, active, pending, problem } = await (0,promote_hydrated/* hydratedPending */.b6)(ports.git, target, to);
        const hydrated = {
            proposed: target.proposed,
            active: target.active,
            ...(next.drySha ? { proposedDry: next.drySha } : {}),
            ...(active.drySha ? { activeDry: active.drySha } : {}),
            pending,
        };
        return { from, to, changes: [], hydrated, ...(problem ? { error: problem.message } : {}) };
    }
    try {
        const plan = await planPair(req, from, to, ports, cache);
        const charts = plan.apps ? (0,fleet/* chartChanges */._K)(plan).map(({ app, chart }) => ({ app: app, chart })) : [];
        return { from, to, changes: plan.changes, chart: plan.chart, ...(charts.length > 0 ? { charts } : {}) };
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.yo))
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
class StatusParses extends parse_cache/* ParseCache */.i {
    #read = new Set();
    /** The last texts read (commit and path → text): an environment's files are asked for by its column, then by the two pairs it is in. */
    #texts = new Map();
    /** `world` with every file read through its git kept parsed for the run, and the last few texts read kept. */
    reading(world) {
        const git = world.git;
        const fresh = async (commit, path) => {
            const text = await git.readAt(commit, path);
            if (text !== undefined)
                this.#read.add((0,bytes/* stripBom */.F8)(text));
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
    const route = (0,request/* checkRoute */.QF)(pair);
    const baseSha = await (0,promote_session/* fetchBase */.cu)(ports, pair.base);
    // Many apps: each app the two share planned as its own pair (promote/fleet.ts), one plan.
    const plan = (0,fleet/* isFleetRoute */.aQ)(route)
        ? await (0,fleet/* planApps */.KT)(pair, route, ports.git, baseSha, (q, r) => (0,promote_session/* planOn */.J9)(q, r, ports, baseSha, cache, r.to.protected))
        : await (0,promote_session/* planOn */.J9)(pair, route, ports, baseSha, cache, route.to.protected);
    // The edited target is the plan's own: no later pair and no column reads it (they read the files at the base),
    // so its parse (~5 MB at 1,000 services) is let go before the next pair parses.
    for (const f of plan.files)
        cache.forget((0,bytes/* stripBom */.F8)(f.after));
    return plan;
}


/***/ })

};

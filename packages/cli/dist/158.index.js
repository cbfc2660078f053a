export const id = 158;
export const ids = [158];
export const modules = {

/***/ 2158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9053);
/* harmony import */ var _promote_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3952);
/* harmony import */ var _promote_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4499);
/* harmony import */ var _promote_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1871);
/* harmony import */ var _promote_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1027);
// `lockstep status`: promote-env's drift table without promoting. The
// session is opened as for a dry run (no registry, no checks), each adjacent
// pair of environments is planned on the base, and each environment's column
// is taken from a plan that does not target it, or, for a target, from the
// plan's old pins, so every column shows what the base pins now.






/**
 * Opens the session as a dry run of every pair, plans each pair (a refused
 * one becomes its `error`), and reads every environment's column and pins at
 * the base.
 */
async function runStatus(i, world) {
    const asked = {
        ...i,
        to: '',
        push: 'pr',
        verifySource: true,
        draft: false,
        labels: [],
        reviewers: [],
        allowSkip: false,
        requireChecks: [],
        dryRun: true,
        resolveDigests: false,
    };
    const local = (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_4__/* .localPromotion */ .dG)(asked, world.workspace);
    const session = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_4__/* .openSession */ .fA)(asked, local, world);
    try {
        const req = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_4__/* .sessionRequest */ .yi)(asked, local, session);
        const names = req.environments.map((e) => e.name);
        const plans = [];
        const next = [];
        // One parse cache for the run: every pair reads the same environments' files.
        const cache = new _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .ParseCache */ .i();
        for (let k = 0; k + 1 < names.length; k++) {
            try {
                const planned = await planPair(req, names[k], names[k + 1], session.world, cache);
                plans.push({ to: k + 1, planned });
                next.push({ from: names[k], to: names[k + 1], changes: planned.plan.changes, chart: planned.plan.chart });
            }
            catch (e) {
                if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
                    throw e;
                plans.push({ to: k + 1 });
                next.push({ from: names[k], to: names[k + 1], changes: [], error: e.message });
            }
            world.reporter.progress?.({ what: 'promotions planned', done: k + 1, total: names.length - 1 });
        }
        const ok = plans.filter((p) => p.planned);
        // No promotion could be planned (a values file missing, say): each environment's pins are read as they are,
        // so only the environment at fault shows so.
        const baseSha = ok[0]?.planned?.baseSha ?? (names.length > 0 ? await session.world.git.fetchBranch(req.base) : undefined);
        const fallback = ok.length === 0 ? await pinsAtBase(req, session.world, baseSha, cache) : undefined;
        const pins = baseSha ? await (0,_promote_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .environmentPins */ .Kv)(req, (p) => session.world.git.readAt(baseSha, p), cache) : [];
        const services = (ok[0]?.planned?.plan.drift ?? fallback)?.rows.map((r) => r.service) ?? req.services.map((s) => s.name);
        const cell = (row, col) => {
            const other = ok.find((p) => p.to !== col);
            if (other)
                return other.planned.plan.drift.rows[row]?.cells[col] ?? '?';
            const own = ok.find((p) => p.to === col);
            if (!own)
                return fallback?.rows[row]?.cells[col] ?? '?';
            const { plan } = own.planned;
            const service = services[row];
            const change = plan.changes.find((c) => c.service === service);
            if (change)
                return `${change.oldTag ?? '—'} ${(0,_promote_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(change.oldDigest)}`;
            if (service === 'chart version' && plan.chart)
                return plan.chart.old || '—';
            return plan.drift.rows[row]?.cells[col] ?? '?';
        };
        const rows = services.map((service, row) => ({ service, cells: names.map((_n, col) => cell(row, col)) }));
        return { base: req.base, baseSha, ...(session.readFrom ? { readFrom: session.readFrom } : {}), environments: names, rows, next, pins };
    }
    finally {
        await session.close();
    }
}
/** The dry-run plan of one adjacent pair on the tip of the base: its own route checked, once. */
async function planPair(req, from, to, ports, cache) {
    const pair = { ...req, from: { kind: 'env', env: from }, to };
    const route = (0,_promote_request_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRoute */ .QF)(pair);
    const baseSha = await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchBase */ .cu)(ports, pair.base);
    return { plan: await (0,_promote_session_js__WEBPACK_IMPORTED_MODULE_4__/* .planOn */ .J9)(pair, route, ports, baseSha, cache), baseSha };
}
/** The pins of every environment at the tip of the base branch (undefined when the remote has no such branch). */
async function pinsAtBase(req, ports, sha, cache) {
    if (!sha)
        return undefined;
    return { ...(await (0,_promote_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .pinsTable */ .BJ)(req, (p) => ports.git.readAt(sha, p), cache)), baseSha: sha };
}


/***/ })

};

export const id = 6488;
export const ids = [6488];
export const modules = {

/***/ 50178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ planRenders),
/* harmony export */   Dn: () => (/* binding */ planContracts),
/* harmony export */   GC: () => (/* binding */ fleetVerdict),
/* harmony export */   KT: () => (/* binding */ planApps),
/* harmony export */   L5: () => (/* binding */ renderedRows),
/* harmony export */   Qi: () => (/* binding */ planDrifts),
/* harmony export */   _K: () => (/* binding */ chartChanges),
/* harmony export */   aQ: () => (/* binding */ isFleetRoute),
/* harmony export */   m9: () => (/* binding */ changeName)
/* harmony export */ });
/* unused harmony export fleetPlan */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15137);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45914);
// A promotion between environments of many apps (deploy/fleet.ts): every app the source and the target both
// name is planned as a one-app promotion of its own — its files, its kind, its render, its checks — and the
// plans are one plan, one commit and one pull request. An app only one side names is said, not promoted.
// A service named after an app is that app's alone; any other service is every app's.



/** Whether the route runs between environments of many apps. */
function isFleetRoute(route) {
    return (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .isFleet */ .xP)(route.to) || (route.from !== undefined && (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .isFleet */ .xP)(route.from));
}
/** The apps of `env` in the base's files, its config line named on a bad glob. */
function appsAt(req, env, paths) {
    return (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .appsOf */ .OC)(env, paths, { file: req.configFile, line: () => env.valuesLine });
}
/** The services of app `id`: the one named after it, and every service named after no app (deploy/fleet.ts appServices). */
function servicesOf(req, id, ids) {
    return (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .appServices */ .yM)(req.services, id, ids);
}
/**
 * The apps a fleet promotion moves at the base commit: paired by id between the source and the target (every
 * app of the target for a rollback or new pins), each with its own route; what is not paired is said in `notes`.
 * One side of many apps and the other of one is refused: an app must know which app it promotes into.
 */
async function fleetApps(req, route, git, baseSha) {
    const paths = await (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .fleetPaths */ .RK)([route.to, ...(route.from ? [route.from] : []), ...(route.before ? [route.before] : [])], git, baseSha);
    if (!paths)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the files of ${req.base} could not be listed to find the apps of ${route.to.name}`);
    const to = appsAt(req, route.to, paths);
    const from = req.from.kind === 'env' && route.from ? appsAt(req, route.from, paths) : undefined;
    if (!to || (req.from.kind === 'env' && route.from && !from)) {
        const many = to ? route.to : route.from;
        const one = to ? route.from : route.to;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${many.name} names many apps (${many.values}) and ${one.name} one, so no app of one knows its app in the other`, {
            file: req.configFile,
            line: one.valuesLine,
            hint: `name ${one.name}'s apps with a glob of the same shape (${many.values})`,
        });
    }
    const notes = to.partial.map((p) => `${route.to.name}: ${p}; not promoted.`);
    let pairs;
    if (from) {
        const paired = (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .pairApps */ .H$)(from, to);
        pairs = paired.pairs;
        notes.push(...from.partial.map((p) => `${route.from.name}: ${p}; not promoted.`), ...paired.onlyFrom.map((id) => `${id}: ${route.to.name} has no app ${id} (${route.to.values}); not promoted.`), ...paired.onlyTo.map((id) => `${id}: ${route.from.name} has no app ${id}; ${route.to.name}/${id} is left as it is.`));
    }
    else
        pairs = to.apps.map((a) => ({ id: a.id, to: a }));
    const before = route.before && (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .isFleet */ .xP)(route.before) ? appsAt(req, route.before, paths) : undefined;
    const beforeOf = new Map(before?.apps.map((a) => [a.id, a.env]) ?? []);
    const ids = new Set(to.apps.map((a) => a.id));
    const apps = pairs.map(({ id, from: f, to: t }) => {
        const appBefore = before ? beforeOf.get(id) : route.before;
        const services = servicesOf(req, id, ids);
        const own = new Set(services.map((s) => s.name));
        return {
            id,
            req: { ...req, services, only: req.only.filter((s) => own.has(s)) },
            route: {
                ...route,
                to: t.env,
                ...(f ? { from: f.env } : {}),
                ...(appBefore ? { before: appBefore } : { before: undefined }),
            },
        };
    });
    // --only names services: an app none of whose services it names is not promoted.
    return { apps: req.only.length > 0 ? apps.filter((a) => a.req.only.length > 0) : apps, notes };
}
/**
 * The plan of a promotion between environments of many apps: each app the two share planned by `planOne` (promote's
 * checked plan, status's dry one), one after the other, as one plan.
 */
async function planApps(req, route, git, baseSha, planOne) {
    const { apps, notes } = await fleetApps(req, route, git, baseSha);
    const plans = [];
    for (const a of apps)
        plans.push({ ...a, plan: await planOne(a.req, a.route) });
    return fleetPlan(plans, notes, route);
}
/**
 * The fleet's one plan from its apps' plans: every app's changes (each with its app), files, checks, and notes
 * (each said with its app); the chart changes, the values-drift reports and the renders stay each app's (`apps`).
 */
function fleetPlan(apps, notes, route) {
    // The source as the environment, not its first app: `staging (its pins at main)`.
    const first = apps[0];
    const sourceLabel = first && first.route.from && route.from
        ? first.plan.sourceLabel.split(first.route.from.name).join(route.from.name)
        : (first?.plan.sourceLabel ?? route.from?.name ?? 'new pins');
    // Each app's edits are made on the base: two apps editing one file (a file their patterns share) would each
    // leave out the other's, so that is refused, nothing written.
    const editedBy = new Map();
    for (const a of apps)
        for (const f of a.plan.files) {
            const other = editedBy.get(f.path);
            if (other !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`apps ${other} and ${a.id} of ${route.to.name} both write ${f.path}`, {
                    file: f.path,
                    hint: `give each app of ${route.to.name} its own file, or promote one of them with --only`,
                });
            editedBy.set(f.path, a.id);
        }
    return {
        changes: apps.flatMap((a) => a.plan.changes.map((c) => ({ ...c, app: a.id }))),
        files: apps.flatMap((a) => a.plan.files),
        services: [...new Set(apps.flatMap((a) => a.plan.services))],
        unchanged: apps.flatMap((a) => a.plan.unchanged.map((s) => `${a.id}/${s}`)),
        sourceLabel,
        // The checks of one commit once (every app's source pins come from the same base).
        checks: [...new Map(apps.flatMap((a) => a.plan.checks).map((c) => [c.sha, c])).values()],
        notes: [...notes, ...apps.flatMap((a) => a.plan.notes.map((n) => `${a.id}: ${n}`))],
        apps,
    };
}
/** Each chart version a plan changes, with its app in a fleet's. */
function chartChanges(plan) {
    if (plan.apps)
        return plan.apps.flatMap((a) => (a.plan.chart ? [{ app: a.id, chart: a.plan.chart }] : []));
    return plan.chart ? [{ chart: plan.chart }] : [];
}
/** The target's renders of a plan: each app's in a fleet's. */
function planRenders(plan) {
    if (plan.apps)
        return plan.apps.flatMap((a) => (a.plan.rendered ? [a.plan.rendered] : []));
    return plan.rendered ? [plan.rendered] : [];
}
/** The rows and counts of a plan's renders as the result carries them (a row per object that changes); nothing without one. */
function renderedRows(plan) {
    const renders = planRenders(plan);
    return renders.length > 0 ? { rendered: (0,_render_report_js__WEBPACK_IMPORTED_MODULE_2__/* .renderedJson */ .gA)(renders), renderCounts: (0,_render_report_js__WEBPACK_IMPORTED_MODULE_2__/* .renderedCountsJson */ .sA)(renders) } : {};
}
/** The values-drift reports of a plan: each app's in a fleet's. */
function planDrifts(plan) {
    if (plan.apps)
        return plan.apps.flatMap((a) => (a.plan.valuesDrift ? [a.plan.valuesDrift] : []));
    return plan.valuesDrift ? [plan.valuesDrift] : [];
}
/** The values-contract reports of a plan: each app's in a fleet's. */
function planContracts(plan) {
    if (plan.apps)
        return plan.apps.flatMap((a) => (a.plan.valuesContract ? [a.plan.valuesContract] : []));
    return plan.valuesContract ? [plan.valuesContract] : [];
}
/** A change's name as tables say it: `<app>/<service>` in a fleet. */
function changeName(c) {
    return c.app !== undefined ? `${c.app}/${c.service}` : c.service;
}
/** The gates' verdicts of a fleet's apps as one: the strictest action, every hold and note once. */
function fleetVerdict(verdicts) {
    const given = verdicts.filter((v) => v !== undefined);
    if (given.length === 0)
        return undefined;
    const rank = { go: 0, draft: 1, refuse: 2 };
    const once = (xs, key) => [...new Map(xs.map((x) => [key(x), x])).values()];
    const breakGlass = given.find((v) => v.breakGlass)?.breakGlass;
    return {
        action: given.reduce((a, v) => (rank[v.action] > rank[a] ? v.action : a), 'go'),
        holds: once(given.flatMap((v) => v.holds), (h) => `${h.gate}\0${h.message}`),
        lifted: once(given.flatMap((v) => v.lifted), (h) => `${h.gate}\0${h.message}`),
        ...(breakGlass ? { breakGlass } : {}),
        notes: [...new Set(given.flatMap((v) => v.notes))],
    };
}


/***/ }),

/***/ 79821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ valuesContractMarkdown),
/* harmony export */   NF: () => (/* binding */ checkValuesContract),
/* harmony export */   X0: () => (/* binding */ valuesContractJson),
/* harmony export */   Zy: () => (/* binding */ valuesContractAnnotations)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15137);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69888);
/* harmony import */ var _values_contract_words_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70456);
/* harmony import */ var _deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94689);
/* harmony import */ var _deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34406);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5459);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22399);
/* harmony import */ var _values_drift_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99836);
// The values contract of a promotion (issue 74): when a promotion moves the target's chart version, the values the
// target sets once it lands — its values files (an Application's valueFiles of this repository), its inline
// helm.values / valuesObject and helm.parameters, a HelmRelease's spec.values and valuesFrom — are judged against
// the promoted chart version, read where values-drift reads it (values-drift.ts's chartLocator: its release tag,
// the chart folder at the promoted ref, its registry), by the check's own judge (values/environment-contract.ts):
// a key no template of that version (its subcharts, global) reads is named at its line with the nearest key it
// reads, and what its values.schema.json refuses in the merged values is named at the line that wrote the key. A
// key values-drift names already (the promoted version stops reading it) is not said twice. A promotion that moves
// no chart version changes nothing the contract judges (it writes tags and digests of keys the chart reads): the
// pull request check judged those values. `error` (the default for protected targets) refuses the promotion before
// anything is written, also when the promoted version cannot be read; `warn` annotates it and says it in the pull
// request; `off` skips it.









/**
 * The target's values judged against the promoted chart version; undefined when the plan moves no chart version, the
 * mode is off, or the target has no Application or HelmRelease. In error mode every finding is a UserError at its line,
 * thrown together (and a version that cannot be read is one at the chart version's line).
 */
async function checkValuesContract(req, route, plan, ports, baseSha, drift, cache) {
    const mode = route.to.settings.valuesContract;
    if (mode === 'off' || !plan.chart)
        return undefined;
    const target = await promotedTarget(req, route, plan, ports, baseSha, cache);
    if (!target)
        return undefined;
    const { found, sources } = target;
    const { to } = route;
    const at = { file: plan.chart.file, line: plan.chart.line };
    const otherwise = `or set values-contract: ${mode === 'error' ? 'warn' : 'off'} for ${(0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .configNameOf */ .py)(to)} in the config`;
    const chart = `${'chart' in found ? found.chart.name : found.name} ${found.version}`;
    const judged = 'chart' in found ? await judge(found, sources, to.helmVersion) : { unread: found.unread };
    if ('unread' in judged) {
        if (mode === 'error')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`values-contract: ${to.name}: ${judged.unread}`, {
                ...at,
                hint: `publish the chart version where lockstep reads it, ${otherwise}`,
            });
        return { mode, chart, checked: 0, notTraced: 0, findings: [], unread: judged.unread };
    }
    // values-drift names a key the promoted version stops reading (a map key: every key below it too): said once, in its words.
    const dropped = drift?.findings ?? [];
    const said = (f) => dropped.some((d) => d.file === f.file && (f.key === d.key || f.key.startsWith(`${d.key}.`)));
    const findings = (0,_values_contract_words_js__WEBPACK_IMPORTED_MODULE_7__/* .contractFindings */ .T)(judged, to.name, chart).filter((f) => !said(f));
    if (mode === 'error')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(findings.map((f) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(f.message, { file: f.file, line: f.line, hint: `${f.hint} before promoting chart ${chart}, ${otherwise}` })));
    const count = (k) => judged.reports.reduce((n, r) => n + r[k], 0);
    return {
        mode,
        chart: `${chart} from ${found.where}`,
        checked: count('checked'),
        notTraced: count('notTraced'),
        findings,
    };
}
/** The promoted version (values/environment-contract.ts's judgeChart, loaded only here: it compiles schemas) against the sources. */
async function judge(found, sources, helmVersion) {
    const { judgeChart } = await Promise.all(/* import() */[__webpack_require__.e(8871), __webpack_require__.e(8724)]).then(__webpack_require__.bind(__webpack_require__, 56343));
    const dir = found.chart.folder ? '' : `${found.chart.name}-${found.version}`;
    try {
        const r = await judgeChart({ chart: found.chart }, dir, sources, { helm: helmVersion ?? 3 });
        return 'failed' in r ? { unread: unreadKeys(r.failed) } : r;
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            return { unread: unreadKeys(e) };
        throw e;
    }
    function unreadKeys(e) {
        return `chart ${found.chart.name} ${found.version}'s values keys could not be read: ${e.format()}`;
    }
}
/** The promoted chart version as values-drift finds it, and the values the target sets after the plan, in Helm's order. */
async function promotedTarget(req, route, plan, ports, baseSha, cache) {
    const { to } = route;
    const chart = plan.chart;
    const at = { file: chart.file, line: chart.line };
    const readAfter = (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .readAfterPlan */ .U2)(plan, (p) => ports.git.readAt(baseSha, p));
    const flux = (0,_deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_3__/* .fluxRef */ .z8)(to);
    if (flux) {
        const rel = await (0,_deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_3__/* .readFluxRelease */ .V3)(flux, readAfter, cache);
        const found = await (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_6__/* .chartLocator */ .v0)(req, rel.source, ports, baseSha, to.values, at)(chart.new);
        return { found, sources: await (0,_deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseValueSources */ .je)(rel, readAfter) };
    }
    const resource = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .deployerResource */ .lq)(to);
    if (!resource || resource.file === to.values)
        return undefined;
    const appText = await readAfter(resource.file);
    if (appText === undefined)
        return undefined;
    const app = (0,_deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_2__/* .readApplication */ .nZ)(appText, resource.file, resource.name, req.charts);
    const source = (0,_deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_2__/* .chartSource */ .Iu)(appText, resource.file, resource.name, req.charts);
    const found = await (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_6__/* .chartLocator */ .v0)(req, source, ports, baseSha, to.values, at)(chart.new);
    // The files of this repository Argo CD reads (a chart-repository source's plain entry is the package's), but the chart's own values.yaml.
    const own = app.path !== undefined ? (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_6__/* .join */ .fj)(app.path, 'values.yaml') : undefined;
    const files = [];
    for (const place of (0,_deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_2__/* .valueFilePlaces */ .aw)(app)) {
        if (!('repo' in place) || place.repo === own)
            continue;
        const text = await readAfter(place.repo);
        if (text !== undefined)
            files.push({ file: place.repo, text });
    }
    return { found, sources: [...files, ...app.inlineAt] };
}
/** The report as Markdown for the pull request body and the job summary (every name and message escaped). */
function valuesContractMarkdown(r) {
    const head = `**values-contract (${r.mode})** chart ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(r.chart)}:`;
    if (r.unread)
        return `${head} the target's values were not judged (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(r.unread)}).`;
    const traced = r.notTraced > 0 ? `; ${r.notTraced} read only through a computed name (not traced)` : '';
    if (r.findings.length === 0)
        return `${head} the promoted version reads every one of the ${r.checked} keys the target's values set${traced}.`;
    return [
        `${head} ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'} in the ${r.checked} keys the target's values set${traced}; the promotion goes on (values-contract: warn).`,
        '',
        ...r.findings.map((f) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .codeSpan */ .SS)(`${f.file}:${f.line}`)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeMarkdown */ .FV)(f.message)}`),
    ].join('\n');
}
/** The report's annotations: a warning per finding at its line; an unread version is one warning. */
function valuesContractAnnotations(r) {
    if (!r)
        return [];
    const unread = r.unread ? [{ message: `values-contract: ${r.unread}; the target's values were not judged (values-contract: warn)` }] : [];
    const atLines = r.findings.map(({ message, file, line }) => ({ message, file, line }));
    return [...unread, ...atLines].map((f) => ({ annotate: 'warning', ...f }));
}
/** The report for `lockstep promote --json`. */
function valuesContractJson(r) {
    return {
        mode: r.mode,
        chart: r.chart,
        checked: r.checked,
        'not-traced': r.notTraced,
        unread: r.unread ?? null,
        findings: r.findings.map((f) => ({ file: f.file, line: f.line, key: f.key, message: f.message })),
    };
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

/***/ 45914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ renderedLines),
/* harmony export */   QK: () => (/* binding */ countLine),
/* harmony export */   gA: () => (/* binding */ renderedJson),
/* harmony export */   nV: () => (/* binding */ renderedMarkdown),
/* harmony export */   sA: () => (/* binding */ renderedCountsJson)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69888);
/* harmony import */ var _text_mentions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78274);
/* harmony import */ var _text_thousands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75358);
// What a rendered comparison says, in each face: one count line per
// environment ("3 changed, 1 added, 0 removed in prod"), what was ignored and
// why, each object in a <details> fold with its diff, the whole fitted under
// a size in UTF-8 bytes (under GitHub's 65,536 characters for a pull request body) with a note of
// what was cut; the terminal's lines (coloured by the face); the --json rows.



/** The lines of a rendered comparison that are not the objects: the count, the ignored, the unread. */
function countLine(e) {
    if (e.status === 'skipped')
        return `${e.environment}: not rendered: ${e.message ?? ''}`.trimEnd();
    if (e.status === 'failed')
        return `${e.environment}: the ${e.renderer === 'kustomize' ? 'overlay' : 'chart'} does not render after the change: ${firstLine(e.message)}`;
    const d = e.diff;
    const parts = [`${d.counts.changed} changed, ${d.counts.added} added, ${d.counts.removed} removed in ${e.environment}`];
    const what = [e.what, e.helm ? `with Helm ${e.helm}` : undefined].filter(Boolean).join(' ');
    if (what)
        parts[0] += ` (${what})`;
    const extra = [];
    if (d.ignoredLines > 0)
        extra.push(`${d.ignoredLines} ignored line${d.ignoredLines === 1 ? '' : 's'} changed (chart-version labels, checksum annotations, render.ignore)`);
    if (d.nondeterministic > 0)
        extra.push(`${d.nondeterministic} non-deterministic value${d.nondeterministic === 1 ? '' : 's'} ignored (${d.nondeterministic === 1 ? 'it differs' : 'they differ'} between two renders of the same input: randAlphaNum, genCA, now…)`);
    if (d.unread.length > 0)
        extra.push(`ignoreDifferences not applied (only field paths are read): ${d.unread.join(', ')}`);
    if (d.appliedOnSync > 0)
        extra.push(`${d.appliedOnSync} object${d.appliedOnSync === 1 ? '' : 's'} changed in fields ignoreDifferences names: Argo CD's diff ignores them, its sync applies them (no RespectIgnoreDifferences=true), so they are shown`);
    const hooks = e.testHooks?.length ?? 0;
    if (hooks > 0)
        extra.push(`${hooks} Helm test hook${hooks === 1 ? '' : 's'} left out (helm.sh/hook: test: not applied on sync)`);
    return [parts[0], ...extra].join('; ');
}
function firstLine(s) {
    return ((s ?? '')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .pop() ?? '');
}
/** `added (1,234 bytes)`, `changed (1,234 → 1,300 bytes)`. */
function sizeText(c) {
    const n = (x) => (0,_text_thousands_js__WEBPACK_IMPORTED_MODULE_0__/* .thousands */ .o)(x ?? 0);
    if (c.change === 'added')
        return `${n(c.size?.after)} bytes`;
    if (c.change === 'removed')
        return `${n(c.size?.before)} bytes`;
    return `${n(c.size?.before)} → ${n(c.size?.after)} bytes`;
}
/** What marks a change to fields Argo CD's diff ignores and its sync applies. */
const ON_SYNC = " (ignored by Argo CD's diff, applied on sync)";
/** One object's fold; the object's name is untrusted (`helm template` does not validate names). */
function objectMarkdown(c) {
    const head = `${c.change}: ${c.object}${c.appliedOnSync ? ON_SYNC : ''}`;
    if (c.size)
        return `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(head)} (summarized, ${sizeText(c)})`;
    // Inside an HTML block Markdown escapes would print as backslashes: entities, and mentions and closing keywords made inert.
    return [`<details><summary>${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)((0,_text_mentions_js__WEBPACK_IMPORTED_MODULE_2__/* .inertReferences */ .x)(head))}</summary>`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(c.diff, 'diff'), '', '</details>'].join('\n');
}
/**
 * The "Rendered changes" section, at most `room` characters: every
 * environment's count line and failure, then its objects' folds while they
 * fit; the folds that do not are counted in a note. '' when there is nothing.
 */
function renderedMarkdown(envs, room, rerun = 'lockstep promote --dry-run') {
    if (envs.length === 0)
        return '';
    const head = ['### Rendered changes', ''];
    for (const e of envs) {
        head.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(countLine(e))}`);
        if (e.beforeFailed)
            head.push(`  - the current state does not render (every object shows as added): ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(firstLine(e.beforeFailed))}`);
    }
    head.push('');
    for (const e of envs)
        if (e.status === 'failed' && e.message)
            head.push(`${e.renderer === 'kustomize' ? 'kustomize' : 'Helm'}'s message for ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(e.environment)}:`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(e.message), '');
    let text = `${head.join('\n')}\n`;
    const folds = envs.flatMap((e) => (e.diff?.changes ?? []).map((c) => ({ e, c })));
    let cut = 0;
    const note = (n) => `\n> [!NOTE]\n> ${n} object${n === 1 ? '' : 's'}' diff${n === 1 ? '' : 's'} cut to fit the 65,536 characters GitHub allows; \`${rerun}\` prints them all.\n`;
    const reserve = bytes(note(folds.length)) + 2;
    let lastEnv;
    for (const { e, c } of folds) {
        const title = envs.length > 1 && e.environment !== lastEnv ? `**${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(e.environment)}**\n\n` : '';
        const piece = `${title}${objectMarkdown(c)}\n\n`;
        if (cut === 0 && bytes(text) + bytes(piece) + reserve <= room) {
            text += piece;
            lastEnv = e.environment;
        }
        else
            cut++;
    }
    if (cut > 0)
        text += note(cut);
    // Only the heading and count lines can still be over a tiny room: then nothing is better than a cut fold.
    return bytes(text) <= room ? text.trimEnd() : '';
}
const bytes = (s) => Buffer.byteLength(s, 'utf8');
/** The terminal's lines: the count line, then per object its heading and diff (the face colours `+`, `-` and `@@` lines). */
function renderedLines(envs) {
    const out = [];
    for (const e of envs) {
        out.push(countLine(e));
        if (e.beforeFailed)
            out.push(`  the current state does not render (every object shows as added): ${firstLine(e.beforeFailed)}`);
        if (e.status === 'failed' && e.message)
            out.push(...e.message.split('\n').map((l) => `  ${l}`));
        for (const c of e.diff?.changes ?? []) {
            out.push(`${c.change}: ${c.object}${c.appliedOnSync ? ON_SYNC : ''}${c.size ? ` (summarized, ${sizeText(c)})` : ''}`);
            if (!c.size)
                out.push(...c.diff.split('\n'));
        }
    }
    return out;
}
/** `rendered` in --json: one row per object that changes, and per environment that failed or was skipped (object empty). */
function renderedJson(envs) {
    return envs.flatMap((e) => e.status !== 'rendered'
        ? [{ environment: e.environment, object: '', change: e.status, diff: e.message ?? '' }]
        : e.diff.changes.map((c) => ({
            environment: e.environment,
            object: c.object,
            change: c.change,
            ...(c.appliedOnSync ? { 'applied-on-sync': true } : {}),
            diff: c.size ? `(summarized, ${sizeText(c)})` : c.diff,
        })));
}
/** `render-counts` in --json: per environment rendered, its counts, the noise included (an all-noise render has no `rendered` row). */
function renderedCountsJson(envs) {
    return envs.flatMap((e) => e.status !== 'rendered'
        ? []
        : [
            {
                environment: e.environment,
                ...(e.helm ? { helm: e.helm } : {}),
                changed: e.diff.counts.changed,
                added: e.diff.counts.added,
                removed: e.diff.counts.removed,
                unchanged: e.diff.unchanged,
                'ignored-lines': e.diff.ignoredLines,
                'non-deterministic': e.diff.nondeterministic,
                'test-hooks': e.testHooks?.length ?? 0,
                'applied-on-sync': e.diff.appliedOnSync,
            },
        ]);
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

/***/ 75358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ thousands)
/* harmony export */ });
/**
 * A whole number with its thousands grouped by commas, as `toLocaleString('en-US')` writes it
 * (`1,234,567`), without it: the first call of toLocaleString loads ICU's locale data, ~20 ms of a
 * short run. Anything but a safe integer goes to toLocaleString.
 */
function thousands(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let k = out.length; k < digits.length; k += 3)
        out += `,${digits.slice(k, k + 3)}`;
    return n < 0 ? `-${out}` : out;
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


/***/ }),

/***/ 70456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ contractFindings)
/* harmony export */ });
// The values contract's findings in words (issue 74): the check's problems and a promotion's refusals and
// warnings say an unread key and a schema finding alike. Kept apart from environment-contract.ts, which loads
// the schema compiler: a command that finds nothing to judge does not load it.
/**
 * The unread keys and schema findings of `found` in words: `label` names the environment (`prod`, `prod (api)`),
 * `chart` the chart as judged (`api`, `api 2.0.0`). The check and a promotion say them alike.
 */
function contractFindings(found, label, chart) {
    const out = [];
    for (const r of found.reports)
        for (const u of r.unread)
            out.push({
                file: u.file,
                line: u.line,
                key: u.key,
                message: `values-contract: ${label}: ${u.key} is set${r.label ? ` in ${r.label}` : ''}, but no template of chart ${chart} reads it${u.suggestion ? `; did you mean ${u.suggestion}?` : ''}`,
                hint: 'move it where the chart reads it or remove it',
            });
    for (const f of found.schema)
        out.push({
            file: f.file,
            line: f.line,
            key: f.key,
            message: `values-contract: ${label}: ${f.unjudged ? f.message : `chart ${chart}'s values.schema.json refuses ${f.message}: Helm would not install these values`}`,
            hint: f.unjudged ? 'make the schema one lockstep can read' : 'set a value the schema takes',
        });
    return out;
}


/***/ })

};

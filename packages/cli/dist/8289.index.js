export const id = 8289;
export const ids = [8289];
export const modules = {

/***/ 48198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ releaseWhere)
/* harmony export */ });
/* unused harmony export releaseLine */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64293);
/* harmony import */ var _deploy_flux_flux_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29674);
// Where a HelmRelease starts in its file: the line a failed render of it is
// said at. The flux2-kustomize-helm-example layout keeps a HelmRepository and
// its HelmRelease in one file (`---` between them), so line 1 names the
// HelmRepository; the first line of the HelmRelease's own document (after
// its `---`) is what a reader should be sent to.




/**
 * The 1-based line of the HelmRelease `release` (`<file>[#<name>]`) names in `text`: its document's first
 * line (its first key, past the `---` and any comment); 1 when the text does not parse or holds no such
 * HelmRelease (the render's own message says why).
 */
function releaseLine(release, text, cache) {
    if (text === undefined)
        return 1;
    const file = release.replace(/#.*$/, '');
    try {
        const index = (0,_deploy_flux_flux_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseDocument */ .b8)(release, text, file, cache) ?? 0;
        const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
        const doc = (parsed.documents ?? [parsed.doc])[index];
        return parsed.lineOf(doc?.contents) ?? 1;
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            return 1;
        throw e;
    }
}
/** The HelmRelease's file and the line of its document, read through `read` (releaseLine). */
async function releaseWhere(release, read, cache) {
    const file = release.replace(/#.*$/, '');
    return { file, line: releaseLine(release, await read(file), cache) };
}


/***/ }),

/***/ 97625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MB: () => (/* binding */ RENDER_DEFAULTS),
  Uq: () => (/* binding */ compareOptions),
  JB: () => (/* binding */ listedFor),
  IA: () => (/* binding */ renderMode),
  L3: () => (/* binding */ rendererFor),
  ax: () => (/* binding */ startComparison)
});

// UNUSED EXPORTS: HELM_HINT, targetHelm

;// CONCATENATED MODULE: ./packages/core/src/async/settled.ts
// Whether a promise has already settled, asked without waiting for it: a
// step that can start from a guess while an answer is on its way (the Helm a
// render runs with) does not guess when the answer is already there.
const PENDING = Symbol('pending');
/**
 * Whether `p` has settled (fulfilled or rejected) by now: its reactions run before those of a promise resolved
 * after it, so a race against one resolved here is won by `p` only when it was settled already.
 */
async function settledYet(p) {
    try {
        return (await Promise.race([p, Promise.resolve(PENDING)])) !== PENDING;
    }
    catch {
        return true;
    }
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/render/compare.ts + 1 modules
var compare = __webpack_require__(292);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var render_helm = __webpack_require__(46760);
// EXTERNAL MODULE: ./packages/core/src/render/render.ts + 2 modules
var render = __webpack_require__(39410);
// EXTERNAL MODULE: ./packages/core/src/promote/validate.ts
var validate = __webpack_require__(24118);
;// CONCATENATED MODULE: ./packages/core/src/promote/render-helm.ts
// Which Helm renders a promotion's target, the renderers of a run, and the
// target's comparison started. The Helm is the first on PATH (or the one of
// the environment's helm-version) of version 3.8 or later, and asking its
// version is a Go program's start (~0.1 s, as long as a small chart's render):
// while it answers, the sides as this repository holds them render with the
// binary it will most likely be (helmCandidate), and the comparison finds
// those outputs in the renderer's cache where the answer names that binary.






/** How to add Helm when it is missing. */
const HELM_HINT = 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off';
/** The render settings in effect when the config says none. */
const RENDER_DEFAULTS = { ignore: [], ignoreDefaults: true, summarize: [], apiVersions: [] };
/** The mode for the target: the input, else the environment's config, else the top level's, else auto (settings/read.ts). */
function renderMode(route) {
    return route.to.settings.render;
}
/** One Renderer per world and Helm: a side rendered once in a run is not rendered again (a re-plan, a second wave). */
const renderers = new WeakMap();
/** Chart folders' file lists per world, by commit and folder: every side of a run lists a folder once (render-ahead.ts too). */
const listings = new WeakMap();
/** The world's chart folder listings (SideContext's `listed`). */
function listedFor(key) {
    let listed = listings.get(key);
    if (!listed)
        listings.set(key, (listed = new Map()));
    return listed;
}
function rendererFor(key, helm, cfg) {
    let byHelm = renderers.get(key);
    if (!byHelm)
        renderers.set(key, (byHelm = new Map()));
    let r = byHelm.get(helm);
    // Each run of a chart folder prints the Helm's version too (render-ahead.ts learns it so, not from `helm version`).
    if (!r)
        byHelm.set(helm, (r = new render/* Renderer */.A4(helm, { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions }, {}, false, true)));
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
 * The target's comparison started with the Helm that renders it, or what says it is not rendered (the skipped
 * row, undefined); throws targetHelm's refusals. While that Helm's version is asked, the sides as this repository
 * holds them are rendered with the binary it will most likely be (helmCandidate): the renderer's cache, keyed by
 * every input, gives those outputs to the comparison where findHelm answers that binary and the sides read once
 * the version is known are the same. Nothing is fetched (a published chart) for a Helm that turns out unusable.
 */
async function startComparison(req, route, mode, cfg, readSides, ports) {
    const { to } = route;
    const found = ports.findHelm(to.helmVersion);
    found.catch(() => undefined); // awaited below
    // Asked ahead of the plan (session.ts askHelmAhead), the version has most often answered: no guess then.
    const candidate = (await settledYet(found)) ? undefined : ports.helmCandidate(to.helmVersion);
    if (candidate !== undefined)
        readSides(true)
            .then((s) => {
            if (s === undefined || !('read' in s))
                return;
            for (const side of s.read)
                if ('side' in side)
                    rendererFor(ports, candidate, cfg)
                        .output(side.side)
                        .catch(() => undefined);
        })
            .catch(() => undefined); // read again below, after the Helm's own refusals
    const helm = targetHelm(req, to, mode, await found);
    if (!('path' in helm))
        return helm;
    const sides = await readSides(false);
    return sides === undefined || !('read' in sides) ? sides : compareWith(route, helm, sides.read, cfg, ports);
}
/** The comparison of the two sides rendered with `helm`, started. */
function compareWith(route, helm, [before, after], cfg, ports) {
    const renderer = rendererFor(ports, helm.path, cfg);
    const rules = 'side' in after ? after.ignoreDifferences : [];
    const what = 'side' in after && 'side' in before ? (before.label === after.label ? after.label : `${before.label} → ${after.label}`) : undefined;
    const was = 'side' in before ? before.side : before;
    const rendering = (0,render/* renderEnvironment */.Cp)(renderer, route.to.name, was, 'side' in after ? after.side : after, compareOptions(cfg, rules), what);
    // The schemas of the kinds the target holds now load once its before side is parsed, while the after side renders.
    if ('side' in after)
        (0,validate/* prepareValidation */.N)(route, (0,render/* sideRender */.Em)(renderer, was));
    return { helm, renderer, after, rendering };
}
/**
 * The Helm that renders the target, or the skipped row when there is none usable. Throws when the
 * environment's helm-version names a major the runner lacks, or for `render: on` without a usable Helm.
 */
function targetHelm(req, to, mode, helm) {
    if (!helm && to.helmVersion !== undefined)
        throw new errors/* UserError */.yo(`helm-version: ${to.helmVersion}: no Helm ${to.helmVersion} on PATH to render ${to.name} with`, {
            ...(req.configFile ? { file: req.configFile, line: to.helmVersionLine } : {}),
            hint: `add Helm ${to.helmVersion} to PATH (azure/setup-helm with its version, or as helm${to.helmVersion}), or set helm-version to the Helm the runner has`,
        });
    if (helm && (0,render_helm/* helmUsable */.hm)(helm))
        return helm;
    const why = helm ? `Helm ${helm.version} is older than ${render_helm/* MIN_HELM */.uO}` : 'no helm on PATH';
    if (mode === 'on')
        throw new errors/* UserError */.yo(`render: on needs Helm ${render_helm/* MIN_HELM */.uO} or later: ${why}`, { hint: HELM_HINT.replace(', or set render: off', '') });
    return { environment: to.name, status: 'skipped', noHelm: true, message: `${why}; ${HELM_HINT}` };
}


/***/ }),

/***/ 42544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ fluxSide),
/* harmony export */   Wz: () => (/* binding */ renderPromotion),
/* harmony export */   mn: () => (/* binding */ applicationSide)
/* harmony export */ });
/* unused harmony export chartInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24118);
/* harmony import */ var _render_helm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97625);
/* harmony import */ var _render_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39410);
/* harmony import */ var _unpinned_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10529);
/* harmony import */ var _deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94689);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22399);
/* harmony import */ var _values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69630);
/* harmony import */ var _values_drift_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99836);
/* harmony import */ var _deploy_chart_reference_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2809);
/* harmony import */ var _chart_repository_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(77063);
/* harmony import */ var _deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(34406);
/* harmony import */ var _flux_release_line_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(48198);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5459);
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















/**
 * The target rendered before and after the plan; undefined when render is
 * off, nothing is written, or the target has no Application. Throws a
 * UserError for `render: on` without Helm, and for a protected target whose
 * chart does not render after the change (nothing is written yet).
 */
async function renderPromotion(req, route, plan, ports, baseSha) {
    const mode = (0,_render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMode */ .IA)(route);
    const { to } = route;
    if (mode === 'off' || plan.files.length === 0)
        return undefined;
    // A Kustomize overlay (or a Flux Kustomization's path) is built with kustomize (render-overlay.ts, loaded only for one).
    const deployment = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_13__/* .deploymentOf */ .PE)(to);
    if (deployment?.build !== undefined)
        return (await __webpack_require__.e(/* import() */ 1173).then(__webpack_require__.bind(__webpack_require__, 31173))).renderOverlayPromotion(route, plan, ports, baseSha, mode, (0,_render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .compareOptions */ .Uq)(req.renderConfig ?? _render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .RENDER_DEFAULTS */ .MB, []), req);
    const application = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_13__/* .deployerResource */ .lq)(to)?.ref;
    if (!application)
        return undefined;
    const cfg = req.renderConfig ?? _render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .RENDER_DEFAULTS */ .MB;
    const started = await (0,_render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .startComparison */ .ax)(req, route, mode, cfg, (offline) => readSides(req, to, application, plan, ports, baseSha, offline), ports);
    // A HelmRelease's refusal points at its document (a file of several: HelmRepository, then HelmRelease).
    const flux = (0,_deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_11__/* .fluxRef */ .z8)(to);
    const readEdited = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .readAfterPlan */ .U2)(plan, (p) => ports.git.readAt(baseSha, p));
    const whereOf = async () => plan.chart
        ? { file: plan.chart.file, line: plan.chart.line }
        : flux
            ? await (0,_flux_release_line_js__WEBPACK_IMPORTED_MODULE_12__/* .releaseWhere */ .T)(flux.helmrelease, readEdited)
            : { file: to.values, line: 1 };
    if (!started || !('rendering' in started)) {
        if (started && to.protected)
            (0,_unpinned_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseUnjudged */ .l)(started, to.name, await whereOf());
        return started;
    }
    const { helm, renderer, after, rendering } = started;
    const env = { ...(await rendering), helm: helm.version };
    const where = await whereOf();
    if (to.protected)
        (0,_unpinned_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseUnpinned */ .Q)(env, to.name, 'side' in after ? after.sources : [], where);
    if (to.protected)
        (0,_unpinned_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseUnjudged */ .l)(env, to.name, where);
    if (env.status === 'failed' && to.protected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`render: the chart does not render after the change in ${to.name}, a protected environment: ${env.message ?? ''}`, {
            ...where,
            hint: "fix the chart or the values so helm template succeeds (the message above is Helm's), or write render: off under this environment in the config; nothing was written",
        });
    }
    // The after side again is the cache's: validated as rendered (throws in validate: error), with the chart's own CRDs.
    if (!('side' in after))
        return env;
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateTarget */ .M)(req, route, await renderer.render(after.side), after.side.chart, ports, baseSha, where);
    return validation.length > 0 ? { ...env, validation } : env;
}
/**
 * Both sides of the target as its Application gives them before and after the plan; undefined when the
 * Application is not at the base, the skipped row when what it says cannot be read for rendering. `offline`, a
 * chart this repository does not hold is unavailable rather than fetched (render-helm.ts's early renders).
 */
async function readSides(req, to, application, plan, ports, baseSha, offline = false) {
    const { file: appFile, name } = (0,_deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_5__/* .splitApplicationRef */ .O6)(application);
    const appBefore = await ports.git.readAt(baseSha, appFile);
    if (appBefore === undefined)
        return undefined;
    const appAfter = plan.files.find((f) => f.path === appFile)?.after ?? appBefore;
    const readBase = (path) => ports.git.readAt(baseSha, path);
    const read = (side) => (side === 'after' ? (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .readAfterPlan */ .U2)(plan, readBase) : readBase);
    const ctx = {
        req,
        ports,
        baseSha,
        values: to.values,
        appFile,
        name,
        listed: (0,_render_helm_js__WEBPACK_IMPORTED_MODULE_2__/* .listedFor */ .JB)(ports),
        at: plan.chart ? { file: plan.chart.file, line: plan.chart.line } : await lineOf(to, appFile, read('after')),
        offline,
    };
    try {
        const flux = (0,_deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_11__/* .fluxRef */ .z8)(to);
        return {
            read: await Promise.all(flux
                ? [fluxSide(ctx, flux, read('before')), fluxSide(ctx, flux, read('after'))]
                : [applicationSide(ctx, appBefore, read('before')), applicationSide(ctx, appAfter, read('after'))]),
        };
    }
    catch (e) {
        // What the Application says could not be read for rendering: said, never the promotion's failure; a replaced
        // archive (its bytes not the index's digest) is refused, as values-drift and chart-version refuse it.
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) || e instanceof _chart_repository_js__WEBPACK_IMPORTED_MODULE_10__/* .ReplacedChart */ .T)
            throw e;
        return { environment: to.name, status: 'skipped', message: e.format() };
    }
}
/** Where a refusal without a chart line points: a HelmRelease's document (releaseWhere), else the Application's file. */
async function lineOf(to, appFile, read) {
    const flux = (0,_deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_11__/* .fluxRef */ .z8)(to);
    return flux ? (0,_flux_release_line_js__WEBPACK_IMPORTED_MODULE_12__/* .releaseWhere */ .T)(flux.helmrelease, read) : { file: appFile, line: 1 };
}
const readings = new WeakMap();
/** The Application of `appText` as a side reads it (readApplication) and its chart's source, read once per world. */
function readOnce(ctx, appText) {
    let byText = readings.get(ctx.ports);
    if (!byText)
        readings.set(ctx.ports, (byText = new Map()));
    const key = JSON.stringify([ctx.appFile, ctx.name ?? null, ctx.req.charts, appText]);
    let read = byText.get(key);
    if (!read) {
        const { appFile, name, req } = ctx;
        read = { app: (0,_deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_5__/* .readApplication */ .nZ)(appText, appFile, name, req.charts), source: (0,_deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_5__/* .chartSource */ .Iu)(appText, appFile, name, req.charts) };
        byText.set(key, read);
    }
    return read;
}
/** One side of the target as its Application gives it (application.ts's reading): the chart at its targetRevision, the values in order. */
async function applicationSide(ctx, appText, read) {
    const { app, source } = readOnce(ctx, appText);
    const version = app.revision.current;
    const chart = await chartInput(ctx, source, version, app.path);
    if ('unavailable' in chart)
        return chart;
    const files = 'files' in chart.input ? chart.input.files : undefined;
    const values = await (0,_deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_5__/* .applicationValues */ .BX)(app, files, read);
    if ('unavailable' in values)
        return values;
    const sources = [
        ...values.values.flatMap((v) => (v.path !== undefined ? [{ path: v.path, text: v.text }] : [])),
        ...(files && chart.dir !== undefined ? [...files].map(([p, text]) => ({ path: (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_8__/* .join */ .fj)(chart.dir, p), text })) : []),
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
 * One side of a Flux HelmRelease as helm-controller installs it (flux-release.ts): the chart from its source at the
 * version (and OCIRepository digest) pinned, the values in Flux's order, the release name and namespace it computes.
 */
async function fluxSide(ctx, env, read) {
    const rel = await (0,_deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_11__/* .readFluxRelease */ .V3)(env, read);
    // A chart from a GitRepository or Bucket is the folder at the source's revision: helm-controller ignores
    // spec.chart.spec.version there, and the version is the folder's Chart.yaml's.
    const fromGit = rel.source.path !== undefined && rel.source.repoURL === undefined;
    const chart = await chartInput(ctx, rel.source, fromGit ? '' : rel.version, rel.source.path);
    if ('unavailable' in chart)
        return chart;
    const files = 'files' in chart.input ? chart.input.files : undefined;
    const version = fromGit ? ((0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .chartMeta */ .Ae)(files?.get('Chart.yaml') ?? '').version ?? '') : rel.version;
    const paths = [...new Set(rel.values.flatMap((v) => (v.path !== undefined ? [v.path] : [])))];
    const texts = await Promise.all(paths.map((p) => read(p)));
    const where = `release ${rel.releaseName} in namespace ${rel.namespace ?? '(none)'}, stored in ${rel.storageNamespace ?? '(none)'}`;
    return {
        side: {
            chart: chart.input,
            release: rel.releaseName,
            ...(rel.namespace ? { namespace: rel.namespace } : {}),
            values: rel.values.map((v) => v.text),
        },
        sources: [
            ...paths.flatMap((path, i) => (texts[i] !== undefined ? [{ path, text: texts[i] }] : [])),
            ...(files && chart.dir !== undefined ? [...files].map(([p, text]) => ({ path: (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_8__/* .join */ .fj)(chart.dir, p), text })) : []),
        ],
        label: `HelmRelease ${rel.name}: chart ${chart.name} ${version || '(no version)'} from ${chart.where}, ${where}${rel.unread.length ? ` (${rel.unread.join('; ')})` : ''}`,
        ignoreDifferences: [],
    };
}
/**
 * The chart a side runs: a chart folder of the repository at its release tag
 * `<name>-<version>`, else at the base when its Chart.yaml says that version
 * (or the source is a path at a branch), else the published OCI chart.
 */
async function chartInput(ctx, source, version, path) {
    const { req, ports, baseSha } = ctx;
    const folders = await (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_8__/* .chartFolders */ .ue)(req, source, ports, baseSha, ctx.values);
    const list = (commit, dir) => ports.git.listFiles(commit, dir);
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
    // A path source at a branch (HEAD, main) has no release tag to look for: asking origin for `<name>-HEAD` cost a
    // round trip to the remote on every render.
    const atBranch = Boolean(path) && !/^v?\d+\.\d+\.\d+/.test(version);
    for (const f of folders) {
        const tag = `${f.name}-${version}`;
        // Offline (ahead of the plan) a tag is not looked for: finding one may fetch from origin.
        const commit = version && !atBranch && !ctx.offline ? await ports.git.resolveRef(tag) : undefined;
        const at = commit ? [{ commit, where: `${f.dir} at tag ${tag}` }] : [];
        at.push({ commit: baseSha, where: `${f.dir} at the base` });
        for (const { commit: c, where } of at) {
            const meta = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .chartMeta */ .Ae)((await ports.git.readAt(c, (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_8__/* .join */ .fj)(f.dir, 'Chart.yaml'))) ?? '');
            // A path source at a branch (HEAD, main) runs the folder as it is; a version must be the one its Chart.yaml says.
            if (meta.version !== version && !atBranch) {
                tried.push(`${where} says ${meta.version ?? 'no version'}`);
                continue;
            }
            const files = await (0,_render_render_js__WEBPACK_IMPORTED_MODULE_3__/* .readChartFolder */ .z_)(reader(c), f.dir);
            if ('unavailable' in files)
                return files;
            return { input: files, name: f.name, where, dir: f.dir };
        }
    }
    const name = source.chart ?? folders[0]?.name ?? 'chart';
    if (ctx.offline)
        return { unavailable: `chart ${name} ${version || '(no version)'} is not in this repository` };
    const classic = await (0,_chart_repository_js__WEBPACK_IMPORTED_MODULE_10__/* .repositoryChart */ .r)(ports, source, version, ctx.at);
    if (classic && 'tgz' in classic)
        return { input: { tgz: classic.tgz }, name, where: classic.where };
    if (classic)
        tried.push(classic.tried);
    const image = (0,_deploy_chart_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .ociReference */ .H6)(source, version) ?? (0,_deploy_chart_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .configuredRegistry */ .ON)(req, name, version);
    if (image) {
        const where = (0,_deploy_chart_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .chartWhere */ .w4)(image);
        try {
            return { input: { tgz: await ports.pullChartArchive(image) }, name, where };
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo || (e instanceof Error && e.name === 'RegistryError')))
                throw e;
            tried.push(`${where}: ${e.message}`);
        }
    }
    return {
        unavailable: `chart ${name} ${version || '(no version)'} unavailable (${tried.join('; ') || 'no chart folder or registry names it'})`,
    };
}


/***/ }),

/***/ 11543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ pinsOf)
/* harmony export */ });
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90908);
/* harmony import */ var _values_protected_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62986);
// What an environment runs by its render, as the plan and the status table read it (rendered-run.ts renders it):
// its own module, so that what reads it does not import the render.


/** Each service's first rendered image of its configured repository. */
function pinsOf(services, images) {
    const byIdentity = new Map();
    for (const i of images) {
        if (i.image === '')
            continue;
        const ref = (0,_values_protected_js__WEBPACK_IMPORTED_MODULE_1__/* .splitReference */ .mQ)(i.image);
        const id = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .imageIdentity */ .a)(ref.name);
        if (id === undefined || byIdentity.has(id))
            continue;
        const object = i.container ? `${i.object} (container ${i.container})` : i.object;
        byIdentity.set(id, {
            image: i.image,
            object,
            repository: ref.name,
            ...(ref.tag ? { tag: ref.tag } : {}),
            ...(ref.digest ? { digest: ref.digest } : {}),
        });
    }
    const out = new Map();
    for (const s of services) {
        const id = s.image === undefined ? undefined : (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .imageIdentity */ .a)(s.image);
        const pin = id === undefined ? undefined : byIdentity.get(id);
        if (pin)
            out.set(s.name, pin);
    }
    return out;
}


/***/ }),

/***/ 28289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderedRun: () => (/* binding */ renderedRun)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _render_helm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46760);
/* harmony import */ var _render_images_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1930);
/* harmony import */ var _render_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39410);
/* harmony import */ var _render_helm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97625);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42544);
/* harmony import */ var _deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34406);
/* harmony import */ var _deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(94689);
/* harmony import */ var _values_drift_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99836);
/* harmony import */ var _deploy_chart_values_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(59424);
/* harmony import */ var _values_chart_files_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(69630);
/* harmony import */ var _rendered_pin_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(11543);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5459);
// What an environment runs as its deployer renders it, for the services its
// pin place does not define: an image inline in a kustomize base or set by a
// strategic-merge patch, a tag only the chart's values.yaml sets, a tag that
// defaults to the chart's appVersion. Status and the promotion's table read
// the pin place first (a fleet's every pin is found there, and rendering a
// hundred environments would cost a Helm or kustomize run each); only a
// service it does not define is looked for here, by its configured image
// repository, in the environment rendered once (kustomize for an overlay,
// Helm for a values file with its chart or its Application). Nothing is
// fetched that the render would not fetch.













/**
 * `env` rendered at `commit` as its deployer renders it, each service with an `image:` found in it by that
 * repository (the first container running it, in the render's order); `read` gives the files on top of the
 * commit (a plan's edited files), the commit's own by default. Never throws for what the user can fix: an
 * environment that does not render says why (`unrendered`), as the render's own message.
 */
async function renderedRun(req, env, world, commit, read = (p) => world.git.readAt(commit, p)) {
    if (req.settingsByEnvironment[env.name]?.render === 'off')
        return { unrendered: 'render: off' };
    let outcome;
    const build = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_12__/* .deploymentOf */ .PE)(env)?.build;
    try {
        outcome =
            build !== undefined
                ? // kustomize is loaded only for an overlay, and builds with promote's renderer (a side built once in a run).
                    await (await __webpack_require__.e(/* import() */ 1173).then(__webpack_require__.bind(__webpack_require__, 31173))).overlayBuild(env, build, world, commit, read)
                : await helmRender(req, env, world, commit, read);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
            throw e;
        outcome = { unavailable: e.message };
    }
    if ('unavailable' in outcome)
        return { unrendered: outcome.unavailable };
    if (!outcome.render.ok)
        return { unrendered: outcome.render.message.split('\n')[0] };
    return { pins: (0,_rendered_pin_js__WEBPACK_IMPORTED_MODULE_11__/* .pinsOf */ .c)(req.services, (0,_render_images_js__WEBPACK_IMPORTED_MODULE_2__/* .renderedImages */ .gs)(outcome.render.objects.values())), sources: outcome.sources };
}
/** A values environment rendered with Helm at `commit`: as its Application gives it, else its values file with the chart folder holding it. */
async function helmRender(req, env, world, commit, read) {
    const helm = await world.findHelm(env.helmVersion);
    if (!helm || !(0,_render_helm_js__WEBPACK_IMPORTED_MODULE_1__/* .helmUsable */ .hm)(helm))
        return { unavailable: helm ? `Helm ${helm.version} is too old to render it` : 'no helm on PATH to render it with' };
    const resource = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_12__/* .deployerResource */ .lq)(env);
    const built = resource
        ? await applicationRead(req, env, resource.ref, world, commit, read)
        : await chartFolderSide(req, env, world, commit, read);
    if ('unavailable' in built)
        return built;
    return { render: await (0,_render_helm_js__WEBPACK_IMPORTED_MODULE_4__/* .rendererFor */ .L3)(world, helm.path, req.renderConfig ?? _render_helm_js__WEBPACK_IMPORTED_MODULE_4__/* .RENDER_DEFAULTS */ .MB).render(built.side), sources: built.sources };
}
/** A values file without an Application: rendered with the chart folder that holds it (or the config's charts). */
async function chartFolderSide(req, env, world, commit, read) {
    const values = await read(env.values);
    if (values === undefined)
        return { unavailable: `${env.values} does not exist` };
    // The chart folder every command renders such a values file with (deploy/chart-values.ts), and its name as the release.
    const reader = { list: (dir) => world.git.listFiles(commit, dir === '' ? undefined : dir), read };
    const dir = await (0,_deploy_chart_values_js__WEBPACK_IMPORTED_MODULE_9__/* .valuesChartFolder */ .L7)(env.values, reader, req.charts);
    const name = dir === undefined ? undefined : (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_10__/* .chartMeta */ .Ae)((await read((0,_values_drift_js__WEBPACK_IMPORTED_MODULE_8__/* .join */ .fj)(dir, 'Chart.yaml'))) ?? '').name;
    if (dir === undefined || name === undefined)
        return { unavailable: (0,_deploy_chart_values_js__WEBPACK_IMPORTED_MODULE_9__/* .noChartFolder */ .CD)(env.values) };
    const files = await (0,_render_render_js__WEBPACK_IMPORTED_MODULE_3__/* .readChartFolder */ .z_)(reader, dir);
    if ('unavailable' in files)
        return files;
    const sources = [{ path: env.values, text: values }, ...[...files.files].map(([p, text]) => ({ path: (0,_values_drift_js__WEBPACK_IMPORTED_MODULE_8__/* .join */ .fj)(dir, p), text }))];
    return { side: { chart: files, release: name, values: [values] }, sources };
}
/** The environment's Application (or HelmRelease) read as promote's render reads it (render.ts applicationSide, fluxSide). */
async function applicationRead(req, env, application, world, commit, read) {
    const { file: appFile, name } = (0,_deploy_argocd_application_js__WEBPACK_IMPORTED_MODULE_7__/* .splitApplicationRef */ .O6)(application);
    const appText = await read(appFile);
    if (appText === undefined)
        return { unavailable: `the Application file ${appFile} does not exist` };
    const ctx = { req, ports: world, baseSha: commit, values: env.values, appFile, name, listed: (0,_render_helm_js__WEBPACK_IMPORTED_MODULE_4__/* .listedFor */ .JB)(world) };
    const flux = (0,_deploy_flux_flux_release_js__WEBPACK_IMPORTED_MODULE_6__/* .fluxRef */ .z8)(env);
    const side = flux ? await (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .fluxSide */ .PF)(ctx, flux, read) : await (0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .applicationSide */ .mn)(ctx, appText, read);
    return 'unavailable' in side ? side : { side: side.side, sources: side.sources };
}


/***/ }),

/***/ 10529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ refuseUnpinned),
/* harmony export */   l: () => (/* binding */ refuseUnjudged)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _render_images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1930);
// promote-env's digest-only guard over what is rendered: a protected
// target's objects after the change must run every image pinned by digest
// (render/images.ts), whatever wrote it — the values, a chart default, a
// subchart, an overlay's base or patch; and a protected target whose render
// cannot be had (a remote or packaged subchart, a chart that cannot be
// pulled, a file it names that is not there) cannot be judged, so it is
// refused. Shared by the Helm render (render.ts) and the overlay's
// (render-overlay.ts).


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
/**
 * A protected target whose render after the change could not be had is refused at the line that makes it so (the
 * render's `refused`), else at `where`: nothing it would run was judged. Only a render no Helm or kustomize could
 * run (`render: auto`, none on PATH) is not refused: that is said, as for any environment. Nothing is written yet.
 */
function refuseUnjudged(env, target, where, what = 'the chart') {
    if (env.status !== 'skipped' || env.noHelm)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`render: ${what} of ${target}, a protected environment, cannot be judged: ${env.message ?? ''}`, {
        ...(env.refused ?? where),
        hint: `${env.refused?.hint ?? 'make what it renders readable here (in this repository, or a chart version published where lockstep can pull it)'}, so what the cluster receives is what is reviewed; nothing was written`,
    });
}


/***/ }),

/***/ 24118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ validateTarget),
/* harmony export */   N: () => (/* binding */ prepareValidation)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13483);
/* harmony import */ var _validate_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34549);
/* harmony import */ var _validate_kube_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35327);
// promote-env's schema validation of the target as the merge would leave it:
// the after side of the target's render (render.ts, render-overlay.ts), checked
// offline (validate/) for the target's kube-version with the CRDs of the chart's
// crds/, of the render and of the config's crds: files at the base. The target's
// `validate` decides: error refuses the promotion before anything is written,
// warn says each finding as the plan's warning, off skips it.




/**
 * Starts loading the schemas of the kinds the target's before side holds when the target will be validated: called
 * as its render starts, so they load once that side is parsed, while the after side's renderer runs.
 */
function prepareValidation(route, before) {
    if (route.to.settings.validate !== 'off')
        (0,_validate_kube_js__WEBPACK_IMPORTED_MODULE_3__/* .preloadKindsOf */ .o1)(before);
}
/**
 * Validates the target's rendered after side; returns the warnings to say (warn mode, and the kinds
 * no schema describes), throws the findings at `where` in error mode. A side that did not render is
 * the render's to say.
 */
async function validateTarget(req, route, outcome, chart, ports, baseSha, where) {
    const { to } = route;
    const mode = to.settings.validate;
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
    if (!req.crds)
        return [];
    const match = (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU)(req.crds.globs, { key: 'crds', file: req.configFile, line: req.crds.line });
    const paths = ((await ports.git.listFiles(baseSha)) ?? []).filter((p) => match(p));
    const texts = await Promise.all(paths.map((p) => ports.git.readAt(baseSha, p)));
    return paths.flatMap((from, i) => (texts[i] === undefined ? [] : [{ from, text: texts[i] }]));
}


/***/ }),

/***/ 1930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ traceImage),
/* harmony export */   MC: () => (/* binding */ pinnedByDigest),
/* harmony export */   gs: () => (/* binding */ renderedImages),
/* harmony export */   oo: () => (/* binding */ unpinnedImages),
/* harmony export */   sq: () => (/* binding */ unpinnedLine)
/* harmony export */ });
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21065);
// The digest-only guard over what is rendered: every image a protected
// environment's rendered objects name must carry its content's digest
// (`@sha256:` and 64 hex digits), whatever wrote it — a base, a patch, a
// component, a chart default, a subchart. Every `image` string under an
// object's spec is judged, at any depth: a pod spec's containers,
// initContainers and ephemeralContainers wherever the spec sits (a Pod's,
// every `template.spec`: Deployment, StatefulSet, Job, a CronJob's
// jobTemplate, an Argo Rollout), and an operator's own fields (a Prometheus'
// `spec.image`, an Argo Workflow's `templates[].container.image`, a Tekton
// Task's `steps[].image`). A container of a pod spec that names no image is
// judged too. Where the image came from is traced in the texts the render
// read (values files, chart files, the overlay's files): the line that writes
// the image, else its tag, else its repository; else the object alone names it.

/** A digest as a pin: `@sha256:` and 64 lowercase hex digits, at the end of the reference. */
const DIGEST = /@sha256:[0-9a-f]{64}$/;
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** The pod specs of an object: a Pod's spec, and each `template.spec` holding a container list under `spec` (any depth). */
function podSpecs(body) {
    const out = new Set();
    const top = asObj(body.spec);
    if (!top)
        return out;
    if (body.kind === 'Pod')
        out.add(top);
    const walk = (node, depth) => {
        if (depth > 8)
            return;
        for (const [k, v] of Object.entries(node)) {
            const child = asObj(v);
            if (!child)
                continue;
            const spec = k === 'template' ? asObj(child.spec) : undefined;
            if (spec && CONTAINER_LISTS.some((l) => Array.isArray(spec[l])))
                out.add(spec);
            else
                walk(child, depth + 1);
        }
    };
    walk(top, 0);
    return out;
}
/** How deep under `spec` images are looked for: far past any real resource, short of a hostile one. */
const MAX_DEPTH = 32;
/** Every image an object's spec names, in document order (each pod spec's containers as listed). */
function imagesOf(o, out) {
    const top = asObj(o.body.spec);
    if (!top)
        return;
    const pods = podSpecs(o.body);
    const object = (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .objectLabel */ .uk)(o);
    const seen = new Set();
    const visit = (node, path, depth, container) => {
        if (!node || typeof node !== 'object' || seen.has(node))
            return;
        if (depth > MAX_DEPTH) {
            // A hostile spec does not hide an image below the walk: what cannot be read is not passed.
            if (!out.some((i) => i.tooDeep && i.object === object))
                out.push({ object, image: '', path, tooDeep: true });
            return;
        }
        seen.add(node);
        if (Array.isArray(node)) {
            node.forEach((item, i) => visit(item, `${path}[${i}]`, depth + 1, container));
            return;
        }
        const map = node;
        const named = typeof map.name === 'string' && map.name !== '' ? map.name : '(unnamed)';
        if (typeof map.image === 'string')
            out.push({ object, ...(container ? { container: named, list: container } : {}), image: map.image.trim(), path: `${path}.image` });
        else if (container)
            out.push({ object, container: named, list: container, image: '', path: `${path}.image` });
        for (const [k, v] of Object.entries(map)) {
            if (k === 'image' && typeof v === 'string')
                continue;
            const list = pods.has(map) && CONTAINER_LISTS.includes(k) ? k : undefined;
            visit(v, `${path}.${k}`, depth + 1, list && Array.isArray(v) ? list : undefined);
        }
    };
    visit(top, 'spec', 0);
}
/** Every image the objects name (pinned or not), in the objects' order. */
function renderedImages(objects) {
    const out = [];
    for (const o of objects)
        imagesOf(o, out);
    return out;
}
/** Whether an image reference names its content by digest. */
const pinnedByDigest = (image) => DIGEST.test(image);
/** The images of `objects` that carry no digest, in the objects' order. */
function unpinnedImages(objects) {
    return renderedImages(objects).filter((i) => !pinnedByDigest(i.image));
}
/** `evil.example/api:latest` → repository and tag (a port's colon is no tag). */
function splitImage(image) {
    const ref = image.split('@')[0];
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) } : { repository: ref };
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Where `image` was written among `sources` (in the order given: the files
 * the environment owns first): the line holding the whole reference, else a
 * `…tag:` key (newTag, tag, imageTag) holding its tag beside its repository's
 * name in the same file, else a line naming its repository. Undefined when no
 * text shows it (a template that assembles it): the object then names it.
 */
function traceImage(image, sources) {
    if (image === '')
        return undefined;
    const { repository, tag } = splitImage(image);
    const lineOf = (text, test) => {
        const lines = text.split('\n');
        const i = lines.findIndex(test);
        return i >= 0 ? i + 1 : undefined;
    };
    const whole = new RegExp(`(^|[\\s"'=:])${escapeRe(image)}(["'\\s]|$)`);
    for (const s of sources) {
        const line = lineOf(s.text, (l) => whole.test(l));
        if (line)
            return { file: s.path, line, text: `writes ${image}` };
    }
    const short = repository.slice(repository.lastIndexOf('/') + 1);
    if (tag !== undefined) {
        const tagLine = new RegExp(`^\\s*-?\\s*[A-Za-z_]*[Tt]ag\\s*:\\s*["']?${escapeRe(tag)}["']?\\s*(#.*)?$`);
        for (const s of sources) {
            if (!s.text.includes(short))
                continue;
            const line = lineOf(s.text, (l) => tagLine.test(l));
            if (line)
                return { file: s.path, line, text: `sets the tag ${tag}` };
        }
    }
    const repoLine = new RegExp(`(^|[\\s"'=:/])${escapeRe(repository)}(["'\\s:@]|$)`);
    for (const s of sources) {
        const line = lineOf(s.text, (l) => repoLine.test(l));
        if (line)
            return { file: s.path, line, text: `names ${repository}` };
    }
    return undefined;
}
/** One line for a reviewer: `Deployment prod/api: container api runs evil.example/api:latest, not pinned by digest`. */
function unpinnedLine(u) {
    const kind = u.list === 'initContainers' ? 'initContainer' : u.list === 'ephemeralContainers' ? 'ephemeralContainer' : 'container';
    if (u.tooDeep)
        return `${u.object}: ${u.path} nests deeper than ${MAX_DEPTH} levels, so the images under it cannot be judged`;
    const who = u.list ? `${kind} ${u.container} ` : '';
    return `${u.object}: ${who}${u.image === '' ? 'names no image' : `runs ${u.image}`}, not pinned by digest (${u.path})`;
}


/***/ }),

/***/ 34549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ chartCrds),
/* harmony export */   q: () => (/* binding */ validateEnvironment)
/* harmony export */ });
/* harmony import */ var _render_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21065);
/* harmony import */ var _crd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12535);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35327);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84033);
// One environment's render validated, as check and promote both ask for it:
// the render's objects, the CRD texts that come with it (a chart's crds/, the
// config's crds: files), the environment's kube-version. What it finds is said
// in the environment's own mode by the operation that asked.




/** The CRD files of a chart's files (its crds/ and its subcharts'; never a template), `from` prefixed with `dir`. */
function chartCrds(files, dir = '') {
    return [...files]
        .filter(([p]) => /(^|\/)crds\/.+\.ya?ml$/.test(p) && !/(^|\/)templates\//.test(p))
        .map(([p, text]) => ({ from: dir ? `${dir}/${p}` : p, text }));
}
/**
 * Validates `objects` for `kubeVersion` with the CRDs of `crdTexts` (each a
 * multi-document YAML text; `from` names it when one is no YAML) and those the
 * objects hold. Each kind's schema is loaded on the first call of a run that
 * meets it, Flux's on the first call whose objects hold a Flux resource.
 */
async function validateEnvironment(objects, crdTexts, kubeVersion) {
    const list = [...objects];
    const kinds = (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kindsOf */ .tG)(list);
    let kube;
    try {
        kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeSchemas */ .Yf)(kinds);
    }
    catch (e) {
        return { findings: [], failed: `the Kubernetes schemas did not load: ${e.message}` };
    }
    // Flux's models are loaded only for a render that holds a Flux object.
    if (list.some((o) => (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .isFluxApi */ .CX)(o.apiVersion)))
        try {
            kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeAndFluxSchemas */ .Eo)(kinds);
        }
        catch (e) {
            return { findings: [], failed: `the Flux schemas did not load: ${e.message}` };
        }
    const crds = new _crd_js__WEBPACK_IMPORTED_MODULE_1__/* .CrdSchemas */ .I();
    for (const { from, text } of crdTexts) {
        try {
            crds.add([...(0,_render_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .splitObjects */ .bR)(text).values()].map((o) => o.body));
        }
        catch (e) {
            return { findings: [], failed: `${from}: ${e.message}` };
        }
    }
    const validation = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateObjects */ .T1)(list, { kube, crds }, kubeVersion);
    const unvalidated = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .unvalidatedLine */ .cc)(validation);
    return { findings: validation.findings, ...(unvalidated ? { unvalidated } : {}), validation };
}


/***/ })

};

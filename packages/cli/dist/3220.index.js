export const id = 3220;
export const ids = [3220];
export const modules = {

/***/ 63068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ inexactRevisions),
/* harmony export */   Ki: () => (/* binding */ inexactRevision)
/* harmony export */ });
/* unused harmony export inexactRevisionsIn */
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

/***/ 21120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ applicationValues),
/* harmony export */   O6: () => (/* binding */ splitApplicationRef),
/* harmony export */   aw: () => (/* binding */ valueFilePlaces),
/* harmony export */   nZ: () => (/* binding */ readApplication),
/* harmony export */   u6: () => (/* binding */ setChartRevision),
/* harmony export */   xL: () => (/* binding */ findChartRevision)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85763);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63077);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64293);
/* harmony import */ var _flux_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90687);
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
/** What a source is known by: its chart, its path and the path's last folder. */
function sourceNames(source) {
    const names = [];
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'chart'));
    const path = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'path'));
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
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .YAML_DOCUMENTS */ .FL, body, file);
    const docs = parsed.documents ?? [];
    const multi = docs.length > 1;
    const apps = docs
        .map((doc, index) => ({ index, doc, name: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name')) }))
        .filter((c) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(c.doc.contents, 'spec') !== undefined && ((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(c.doc.contents, 'kind')) ?? 'Application') === 'Application');
    const flux = apps.length === 0 ? (0,_flux_js__WEBPACK_IMPORTED_MODULE_6__/* .fluxChartRevision */ .R7)(text, file, name, cache) : undefined;
    if (flux)
        return flux;
    if (apps.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('no ArgoCD Application (kind: Application with spec) in the file', {
            file,
            line: 1,
            hint: 'point application at the Application manifest',
        });
    const hints = name ? [name] : charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(chosen.length === 0
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Application ${app.name ?? ''} has no source with the chart ${name ?? hints[hints.length - 1] ?? ''}`.replace(/\s+/g, ' ').trim(), {
            file,
            line: appLine,
            hint: 'give the chart source (spec.source or one of spec.sources) its chart: or path:, or fix the name after # in application',
        });
    const rev = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source.node, 'targetRevision');
    const current = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)(rev) ?? '';
    return {
        file,
        document: multi ? app.index : undefined,
        path: [...source.path, 'targetRevision'],
        line: parsed.lineOf(rev ?? source.node) ?? appLine,
        current,
        name: app.name,
        ...sourceChart(source.node),
    };
}
/** An Application's sources (spec.sources' items, else spec.source), each with its key path. */
function sourcesOf(c) {
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(c.doc.contents, 'spec');
    const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(spec, 'sources');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(sources))
        return sources.items.map((s, i) => ({ node: s, path: ['spec', 'sources', i] }));
    const source = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(spec, 'source');
    return source ? [{ node: source, path: ['spec', 'source'] }] : [];
}
/** The chart a source names and the folder it reads it from, for what a promotion says of the chart. */
function sourceChart(source) {
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'chart'));
    const path = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'path'))?.replace(/\/+$/, '');
    const folder = path ? path.slice(path.lastIndexOf('/') + 1) : undefined;
    return { ...(chart || folder ? { chart: chart || folder } : {}), ...(path ? { chartPath: path } : {}) };
}
/**
 * Sets the Application's chart version with a byte-minimal edit (created
 * after `chart:`/`path:` when the source has no targetRevision), checked by
 * re-parsing: only that value changes, every other document stays.
 */
function setChartRevision(text, rev, version, cache, digest) {
    if (rev.flux === 'OCIRepository')
        return (0,_flux_js__WEBPACK_IMPORTED_MODULE_6__/* .setOciRef */ .N2)(text, { ...rev, flux: rev.flux }, version, digest, cache);
    if (rev.current === version)
        return text;
    const edit = { path: rev.path, value: version, create: true, after: 'chart' };
    const after = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setScalars */ .AR)(text, rev.file, [edit], { document: rev.document, cache });
    (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkYamlEdit */ .c)(rev.file, text, after, [edit], { document: rev.document, cache });
    return after;
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/** The Application of `text` as a render reads it (findChartRevision picks the document and the source); its errors name file:line. */
function readApplication(text, file, name, charts = []) {
    const revision = findChartRevision(text, file, name, charts);
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''));
    const list = Array.isArray(docs) ? docs : [docs];
    const app = asObj(list[revision.document ?? 0]?.toJS()) ?? {};
    let source = app;
    for (const k of revision.path.slice(0, -1))
        source = Array.isArray(source) ? source[Number(k)] : asObj(source)?.[String(k)];
    const src = asObj(source) ?? {};
    const helm = asObj(src.helm) ?? {};
    const spec = asObj(app.spec) ?? {};
    const inline = [
        ...(typeof helm.values === 'string' && helm.values.trim() !== '' ? [helm.values] : []),
        ...(asObj(helm.valuesObject) ? [(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(helm.valuesObject)] : []),
    ];
    const set = (Array.isArray(helm.parameters) ? helm.parameters : []).flatMap((p) => {
        const o = asObj(p);
        const n = asStr(o?.name);
        return n ? [{ name: n, value: asStr(o?.value) ?? '', string: o?.forceString === true }] : [];
    });
    // Argo CD's diff leaves these fields out, but a sync applies them unless the Application says RespectIgnoreDifferences=true.
    const respected = strings(asObj(spec.syncPolicy)?.syncOptions).some((o) => o.replace(/\s+/g, '') === 'RespectIgnoreDifferences=true');
    const ignoreDifferences = (Array.isArray(spec.ignoreDifferences) ? spec.ignoreDifferences : []).flatMap((r) => {
        const o = asObj(r);
        const kind = asStr(o?.kind);
        if (!o || !kind)
            return [];
        return [
            {
                kind,
                ...(asStr(o.group) !== undefined ? { group: asStr(o.group) } : {}),
                ...(asStr(o.name) ? { name: asStr(o.name) } : {}),
                ...(asStr(o.namespace) ? { namespace: asStr(o.namespace) } : {}),
                jsonPointers: strings(o.jsonPointers),
                jqPathExpressions: strings(o.jqPathExpressions),
                ...(respected ? {} : { appliedOnSync: true }),
            },
        ];
    });
    const path = asStr(src.path)?.replace(/\/+$/, '');
    const namespace = asStr(asObj(spec.destination)?.namespace);
    return {
        revision,
        ...(path ? { path } : {}),
        release: asStr(helm.releaseName) ?? asStr(asObj(app.metadata)?.name) ?? 'release',
        ...(namespace ? { namespace } : {}),
        valueFiles: strings(helm.valueFiles),
        ignoreMissingValueFiles: helm.ignoreMissingValueFiles === true,
        inline,
        set,
        ignoreDifferences,
    };
}
/**
 * Where each of `app`'s valueFiles entries is read, as Argo CD reads it: `$ref/path` from the repository root, a
 * plain entry beside a git source's `path:`, a chart-repository source's plain entry inside the chart package.
 */
function valueFilePlaces(app) {
    return app.valueFiles.map((entry) => entry.startsWith('$')
        ? { entry, repo: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(entry.slice(entry.indexOf('/') + 1)) }
        : app.path !== undefined
            ? { entry, repo: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(app.path, entry)) }
            : { entry, inPackage: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(entry) });
}
/**
 * The values texts a render of `app` reads, in Helm's order, as Argo CD reads
 * them, each with its repository path (undefined for a file inside a
 * registry's chart, and for the inline values): its valueFiles (`$ref/path`
 * from the repository root, a plain entry beside a git source's path, or, for
 * a chart-repository source, inside the chart package: `chartFiles`), then
 * the inline values. Nothing else: a values file the Application does not
 * name is not read by Argo CD, so not here either (deployer-reads.ts refuses a
 * promotion writing one). A listed file that is missing is unavailable unless
 * ignoreMissingValueFiles says otherwise.
 */
async function applicationValues(app, chartFiles, read) {
    const values = [];
    for (const place of valueFilePlaces(app)) {
        // A chart-repository source reads a plain entry inside the chart package, never a file of this repository.
        const text = 'inPackage' in place ? chartFiles?.get(place.inPackage) : await read(place.repo);
        if (text === undefined) {
            if (app.ignoreMissingValueFiles)
                continue;
            return {
                unavailable: 'inPackage' in place
                    ? `the Application's valueFiles entry ${place.entry} is not in chart ${app.revision.chart ?? ''}'s package (a chart-repository source reads its valueFiles there)`
                    : `the Application's valueFiles entry ${place.entry} is not in the repository`,
            };
        }
        values.push({ ...('repo' in place ? { path: place.repo } : {}), text });
    }
    for (const text of app.inline)
        values.push({ text });
    return { values };
}


/***/ }),

/***/ 90687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ pinKey),
/* harmony export */   KJ: () => (/* binding */ inexactFluxChart),
/* harmony export */   N2: () => (/* binding */ setOciRef),
/* harmony export */   R7: () => (/* binding */ fluxChartRevision),
/* harmony export */   b8: () => (/* binding */ releaseDocument),
/* harmony export */   ib: () => (/* binding */ fluxPlaces)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _charts_exact_revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63068);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63077);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85763);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90908);
// Flux resources as the place an environment's chart version and pins live.
// An environment deployed by Flux names its HelmRelease (`helmrelease:`), and
// the OCIRepository its chart comes from when the release takes it through
// `spec.chartRef` (`ocirepository:`). The chart version is then the
// HelmRelease's `spec.chart.spec.version`, or the OCIRepository's
// `spec.ref.tag` (`spec.ref.semver` when it floats), read and written through
// the same ChartRevision an Argo CD Application's targetRevision is; the image
// pins are read at the service's values-key under the HelmRelease's
// `spec.values`, or in the ConfigMap of `spec.valuesFrom` that holds them
// (flux-values.ts). A HelmRelease that gives no version lets Flux deploy the
// newest chart: refused at its line, before anything is written.








/** The Flux kinds whose file holds an environment's chart version. */
const CHART_KINDS = ['HelmRelease', 'OCIRepository'];
/** The config key an environment without values: names its pins with, for errors at its line. */
function pinKey(e) {
    return e.kustomization !== undefined ? 'kustomization' : e.fluxKustomization !== undefined ? 'flux-kustomization' : 'helmrelease';
}
/**
 * How an environment's Flux keys fill the places lockstep reads: a Flux
 * Kustomization is an overlay (its spec.images); the HelmRelease's file holds the pins (its `spec.values`) unless `values:`
 * names another file, and the chart version lives in the OCIRepository
 * when one is named, else in the HelmRelease (`file#name` picks one
 * resource of a multi-document file, as `application:` does).
 */
function fluxPlaces(e) {
    const release = e.helmrelease;
    const chartAt = e.application ?? e.ocirepository ?? release;
    return {
        ...(e.fluxKustomization !== undefined ? { kustomization: e.fluxKustomization } : {}),
        ...(release !== undefined ? { values: release.replace(/#.*$/, '') } : {}),
        ...(chartAt !== undefined ? { application: chartAt } : {}),
    };
}
const kindOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'kind'));
const nameOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name'));
/** The HelmRelease or OCIRepository documents of a parsed file. */
function fluxDocs(parsed) {
    return (parsed.documents ?? [parsed.doc]).flatMap((doc, index) => {
        const kind = kindOf(doc);
        return CHART_KINDS.includes(kind) ? [{ index, doc, kind: kind, name: nameOf(doc) }] : [];
    });
}
/**
 * The chart version of the Flux resource `text` holds (`name` picks one of
 * several), or undefined when the file holds no HelmRelease or
 * OCIRepository (then it is an Argo CD Application's file). Errors name
 * file:line: several resources and no name, a HelmRelease without a chart
 * version, one whose chart comes from an OCIRepository (`chartRef`), an
 * OCIRepository without a `spec.ref`.
 */
function fluxChartRevision(text, file, name, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const docs = fluxDocs(parsed);
    if (docs.length === 0)
        return undefined;
    const named = name ? docs.filter((d) => d.name === name) : docs;
    // Flux's chartRef examples name the OCIRepository and its HelmRelease alike: a HelmRelease taking its chart by
    // chartRef holds no chart version, so where it shares the name, the OCIRepository is the one meant.
    const versioned = named.filter((d) => d.kind === 'OCIRepository' || (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(d.doc.contents, 'spec'), 'chartRef') === undefined);
    const chosen = named.length > 1 && versioned.length === 1 ? versioned : named;
    if (chosen.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(chosen.length === 0
            ? `no HelmRelease or OCIRepository in the file is named '${name}' (it holds ${docs.map((d) => d.name ?? `document ${d.index + 1}`).join(', ')})`
            : `${chosen.length} Flux resources in the file (${docs.map((d) => `${d.kind} ${d.name ?? ''}`.trim()).join(', ')}); cannot tell which holds the chart version`, { file, line: 1, hint: 'name the resource in the config: helmrelease: <file>#<metadata.name>' });
    const res = chosen[0];
    const multi = (parsed.documents?.length ?? 1) > 1;
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(res.doc.contents, 'spec');
    const line = (node) => parsed.lineOf(node) ?? parsed.lineOf(res.doc.contents) ?? 1;
    const base = { file, ...(multi ? { document: res.index } : {}), ...(res.name ? { name: res.name } : {}), flux: res.kind };
    if (res.kind === 'OCIRepository')
        return ociRevision(spec, base, line, res.name);
    const chartRef = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'chartRef');
    if (chartRef !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${res.name ?? ''} takes its chart from ${(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartRef, 'kind')) ?? 'a source'} ${(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartRef, 'name')) ?? ''} (spec.chartRef), whose file holds the chart version`.replace(/\s+/g, ' '), { file, line: line(chartRef), hint: 'name that OCIRepository in the environment: ocirepository: <its file>' });
    const chartSpec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'chart'), 'spec');
    const version = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartSpec, 'version');
    const current = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(version) ?? '';
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartSpec, 'chart'));
    if (current === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${res.name ?? ''} has no spec.chart.spec.version, so Flux deploys the newest chart`.replace(/\s+/g, ' '), {
            file,
            line: line(version ?? chartSpec ?? spec),
            hint: `pin one chart version: version: <x.y.z> under spec.chart.spec${chart ? ` (chart ${chart})` : ''}`,
        });
    return { ...base, path: ['spec', 'chart', 'spec', 'version'], line: line(version), current, ...(chart ? { chart } : {}) };
}
/**
 * The document of the HelmRelease an environment names (undefined when the
 * file holds one document); where its pins live among spec.values and
 * spec.valuesFrom is flux-values.ts's to say.
 */
function releaseDocument(release, text, file, cache) {
    const hash = release.indexOf('#');
    const name = hash < 0 ? undefined : release.slice(hash + 1).trim() || undefined;
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const all = parsed.documents ?? [parsed.doc];
    const releases = all.flatMap((doc, index) => (kindOf(doc) === 'HelmRelease' && (!name || nameOf(doc) === name) ? [{ doc, index }] : []));
    if (releases.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(releases.length === 0
            ? `no HelmRelease${name ? ` named '${name}'` : ''} in the file`
            : `${releases.length} HelmReleases in the file; cannot tell which holds the pins`, { file, line: 1, hint: 'point helmrelease at the HelmRelease (or the patch of it) the environment deploys: <file>#<metadata.name>' });
    const { index } = releases[0];
    return all.length > 1 ? index : undefined;
}
/**
 * An OCIRepository's artifact reference: the version in spec.ref.semver or
 * spec.ref.tag (the first Flux reads), and spec.ref.digest, which Flux reads
 * before either. A digest alone still gives the version a place: tag, created
 * when written.
 */
function ociRevision(spec, base, line, name) {
    const ref = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'ref');
    const url = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'url'));
    const chart = url?.replace(/\/+$/, '').split('/').pop();
    const key = ['semver', 'tag'].find((k) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, k) !== undefined);
    const digest = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, 'digest'));
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ref) || (key === undefined && digest === undefined))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`OCIRepository ${name ?? ''} has no spec.ref.tag, so Flux pulls the tag latest`.replace(/\s+/g, ' '), {
            file: base.file,
            line: line((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ref) ? ref : spec),
            hint: 'pin the artifact: spec.ref.tag: <version> (with spec.ref.digest for a protected environment)',
        });
    return {
        ...base,
        path: ['spec', 'ref', key ?? 'tag'],
        line: line((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, key ?? 'digest')),
        current: key ? ((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, key)) ?? '') : '',
        ...(chart ? { chart } : {}),
        ...(digest !== undefined ? { digest, digestLine: line((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, 'digest')) } : {}),
    };
}
/**
 * An OCIRepository's spec.ref set to `version` and `digest`, byte-minimal: the
 * digest beside the version key (created after it when missing). A digest the
 * target pins and the promotion does not bring is refused at its line: Flux
 * would go on pulling it, whatever the tag says.
 */
function setOciRef(text, rev, version, digest, cache) {
    if (digest === undefined && rev.digest !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`OCIRepository ${rev.name ?? ''} pins spec.ref.digest, which Flux pulls before the tag, and the promoted chart ${version} comes without one`.replace(/\s+/g, ' '), {
            file: rev.file,
            line: rev.digestLine ?? rev.line,
            hint: 'pin spec.ref.digest in the source environment’s OCIRepository too, or remove it here',
        });
    const key = String(rev.path[rev.path.length - 1]);
    const edits = [];
    if (version !== rev.current && version !== '')
        edits.push({ path: rev.path, value: version, create: true });
    if (digest !== undefined && digest !== rev.digest)
        edits.push({ path: ['spec', 'ref', 'digest'], value: digest, create: true, after: key });
    if (edits.length === 0)
        return text;
    const after = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setScalars */ .AR)(text, rev.file, edits, { document: rev.document, cache });
    (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkYamlEdit */ .c)(rev.file, text, after, edits, { document: rev.document, cache });
    return after;
}
/** A protected environment's Flux chart version that is not one exact version (`*`, a range, a branch), at its line; undefined when exact. */
function inexactFluxChart(rev) {
    // A digest is one artifact: Flux pulls it whatever the tag or semver beside it says.
    if (rev.digest !== undefined && (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .isDigest */ .Bc)(rev.digest))
        return undefined;
    const why = (0,_charts_exact_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .inexactRevision */ .Ki)(rev.current, 'chart');
    if (why === undefined)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${rev.flux} ${rev.name ?? ''}: ${rev.path.join('.')} ${why}`.replace(/\s+/g, ' '), {
        file: rev.file,
        line: rev.line,
        hint: rev.flux === 'OCIRepository'
            ? 'pin one exact version: spec.ref.tag: 1.4.0 (a protected environment deploys only what was promoted)'
            : 'pin one exact chart version: spec.chart.spec.version: 1.4.0 (a protected environment deploys only what was promoted)',
    });
}


/***/ }),

/***/ 64231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ markersOf),
/* harmony export */   C9: () => (/* binding */ markerFields),
/* harmony export */   O: () => (/* binding */ fieldEdits),
/* harmony export */   kL: () => (/* binding */ substituteFields),
/* harmony export */   m3: () => (/* binding */ ofPolicy),
/* harmony export */   qU: () => (/* binding */ readFields)
/* harmony export */ });
/* unused harmony export isPolicyName */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _values_protected_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62986);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64293);
// Image pins spread over named fields rather than one values key: the fields an
// image automation marker names (`# {"$imagepolicy": "ns:policy"}` on the
// field's own line, and its `:tag`, `:name`, `:digest` forms), and the
// variables of a Flux Kustomization's `spec.postBuild.substitute` the config
// names. Each field holds one part of the image: the whole reference
// (`repo:tag@sha256:…`), its name, its tag or its digest. A pin is read from
// all the fields of one service and written back into each, byte-minimally:
// the marker comment, the other keys and the file's layout stay as they were.





/** A Flux image policy reference as a marker writes it (`namespace:name`). */
const POLICY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?):([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/;
/** True when `policy` is a `namespace:name` an image automation marker can name. */
function isPolicyName(policy) {
    return POLICY.test(policy);
}
/**
 * A line comment that is a marker: `{"$imagepolicy": "<ns>:<name>[:tag|:name|:digest]"}`, as JSON. A comment
 * that names a policy but is no JSON object, or carries other keys beside `$imagepolicy`, is a marker lockstep
 * refuses (refused says why) rather than one it skips: Flux's image automation would skip the first and may
 * read the second, and a promotion that leaves either behind would run what nobody reviewed.
 */
function markerOf(comment) {
    const body = comment.trim();
    if (!body.startsWith('{') || !body.includes('$imagepolicy'))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        const named = /"\$imagepolicy"\s*:\s*"([^"\\]*)"/.exec(body)?.[1];
        return named === undefined ? undefined : { policy: named, refused: 'is no JSON object' };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return undefined;
    const value = parsed.$imagepolicy;
    if (typeof value !== 'string')
        return undefined;
    const extra = Object.keys(parsed).filter((k) => k !== '$imagepolicy');
    return extra.length > 0 ? { policy: value, refused: `carries ${extra.join(', ')} beside $imagepolicy` } : { policy: value };
}
/** True when `marker` (a marker's policy with its suffix) is `policy`'s. */
const ofPolicy = (marker, policy) => marker === policy || marker.startsWith(`${policy}:`);
/** The scalars of a document with their key paths, parents before children (aliases and keys left out). */
function* scalarsOf(node, path) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        yield { node, path: [...path] };
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        for (const p of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                continue;
            yield* scalarsOf(p.value, [...path, String(p.key.value)]);
        }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        for (let i = 0; i < node.items.length; i++)
            yield* scalarsOf(node.items[i], [...path, i]);
}
/**
 * Every marker of one document of `text` (the first when `document` is undefined), whatever policy it names:
 * a marker counts only as the comment ending its scalar's own line, so one inside a string value, on a line of
 * its own or after a block scalar names nothing.
 */
function markersOf(text, file, document, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document ?? 0];
    const body = parsed.text;
    const out = [];
    if (!body.includes('$imagepolicy') || !doc)
        return out;
    for (const { node, path } of scalarsOf(doc.contents, [])) {
        if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED || !node.range)
            continue;
        const eol = body.indexOf('\n', node.range[1]);
        const rest = /^[ \t]+#([^\r\n]*)/.exec(body.slice(node.range[1], eol < 0 ? undefined : eol));
        const marker = rest ? markerOf(rest[1]) : undefined;
        if (marker)
            out.push({ path, line: parsed.lineOf(node) ?? 1, value: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) ?? '', marker });
    }
    return out;
}
/**
 * The fields the markers of `policy` (`namespace:name`) name in one document
 * of `text`. A marker counts only as the comment ending its field's own line
 * (`tag: 6.5.0 # {"$imagepolicy": "flux-system:podinfo:tag"}`): a marker on a
 * line of its own, after a block scalar or inside a string names nothing. A
 * marker of the policy on a field that is not one scalar (a mapping, a list),
 * or with another suffix than `:tag`, `:name`, `:digest`, is refused at its line.
 */
function markerFields(text, file, document, policy, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const body = parsed.text;
    const out = [];
    for (const { marker: found, path, line, value } of markersOf(text, file, document, cache)) {
        if (!ofPolicy(found.policy, policy))
            continue;
        const marker = found.policy;
        if (found.refused)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker of ${marker} ${found.refused}`, {
                file,
                line,
                hint: `write the comment as exactly # {"$imagepolicy": "${marker}"}`,
            });
        const suffix = marker.slice(policy.length + 1);
        if (marker !== policy && suffix !== 'tag' && suffix !== 'name' && suffix !== 'digest')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker names ${marker}: ${suffix} is not one of :tag, :name, :digest`, {
                file,
                line,
                hint: `write "$imagepolicy": "${policy}" (the whole image) or "${policy}:tag", ":name", ":digest"`,
            });
        out.push({ path, line, form: marker === policy ? 'image' : suffix, value, label: `$imagepolicy ${marker}` });
    }
    // A marker of the policy ending the line of a mapping or list key: the value below is no field lockstep can set.
    for (const m of body.matchAll(/^[ \t]*(?:-[ \t]+)?[^\s#][^\r\n#]*:[ \t]+#([^\r\n]*)$/gm)) {
        const marker = markerOf(m[1])?.policy;
        if (marker !== undefined && ofPolicy(marker, policy))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker ${marker} ends a line with no value: it names no field`, {
                file,
                line: parsed.lineAt(m.index),
                hint: 'put the marker after the scalar it names, e.g. image: ghcr.io/acme/api:1.2.3 # {"$imagepolicy": "ns:api"}',
            });
    }
    return out;
}
/** The variables `vars` (form → name) under spec.postBuild.substitute of a Flux Kustomization document. */
function substituteFields(text, file, vars, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = parsed.documents?.[0] ?? parsed.doc;
    const post = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(doc.contents, 'spec'), 'postBuild');
    const substitute = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(post, 'substitute');
    const line = parsed.lineOf(substitute ?? post ?? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(doc.contents, 'spec') ?? doc.contents) ?? 1;
    const fields = [];
    const missing = [];
    for (const [form, name] of Object.entries(vars)) {
        const node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(substitute, name);
        if (node === undefined) {
            missing.push(name);
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`spec.postBuild.substitute.${name} is not a string`, {
                file,
                line: parsed.lineOf(node) ?? line,
                hint: `write ${name}: "<value>" under spec.postBuild.substitute`,
            });
        fields.push({
            path: ['spec', 'postBuild', 'substitute', name],
            line: parsed.lineOf(node) ?? line,
            form,
            value: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) ?? '',
            label: `substitute ${name}`,
        });
    }
    return { fields, missing, line };
}
/** What the fields say together: repository, tag and digest; two fields that disagree are refused at the second's line. */
function readFields(fields, file) {
    const seen = {};
    const put = (part, value, f) => {
        if (value === undefined || value === '')
            return;
        const was = seen[part];
        if (was && was[0] !== value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${f.label} says ${part} ${value}, ${was[1].label} (${was[1].file && was[1].file !== (f.file ?? file) ? `${was[1].file}:` : 'line '}${was[1].line}) says ${was[0]}`, {
                file: f.file ?? file,
                line: f.line,
                hint: 'make the fields agree (one image, one version) before promoting',
            });
        seen[part] ??= [value, f];
    };
    for (const f of fields) {
        if (f.form === 'image') {
            const ref = (0,_values_protected_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(f.value);
            put('repository', ref.name || undefined, f);
            put('tag', ref.tag || undefined, f);
            put('digest', ref.digest || undefined, f);
        }
        else
            put(f.form === 'name' ? 'repository' : f.form, f.value, f);
    }
    return {
        ...(seen.repository ? { repository: seen.repository[0] } : {}),
        ...(seen.tag ? { tag: seen.tag[0] } : {}),
        ...(seen.digest ? { digest: seen.digest[0] } : {}),
    };
}
/**
 * The edits that take the fields to `target`: the whole image as
 * `repo:tag@digest` (or `repo:tag` without a digest), the name, the tag, the
 * digest (emptied when the target has none, so an old digest never outlives
 * its tag). A digest with no field to hold it is refused at the first field's line.
 */
function fieldEdits(fields, file, what, current, target) {
    const repository = target.repository ?? current.repository;
    const tag = target.tag ?? current.tag;
    if (target.digest !== undefined && !fields.some((f) => f.form === 'image' || f.form === 'digest'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} names only ${[...new Set(fields.map((f) => f.form))].join(' and ')}, so the digest ${target.digest.slice(0, 19)}… cannot be pinned`, {
            file,
            line: fields[0].line,
            hint: 'add a field for the digest (a :digest marker, or a whole-image marker whose value is repo:tag@sha256:…)',
        });
    const edits = [];
    for (const f of fields) {
        let value;
        if (f.form === 'image') {
            if (!repository)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${f.label} holds no image name to write the tag and digest beside`, {
                    file,
                    line: f.line,
                    hint: 'write the image there as repo:tag',
                });
            value = `${repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        }
        else if (f.form === 'name')
            value = repository ?? f.value;
        else if (f.form === 'tag')
            value = tag ?? f.value;
        else
            value = target.digest ?? '';
        if (value !== f.value)
            edits.push({ path: f.path, value: `${f.prefix ?? ''}${value}` });
    }
    return edits;
}


/***/ }),

/***/ 80261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UY: () => (/* binding */ checkPinWrites),
  bx: () => (/* binding */ parseValuesKey),
  ZW: () => (/* binding */ pinMatches),
  Ci: () => (/* binding */ readPin),
  Ro: () => (/* binding */ repositoryMoves),
  Rz: () => (/* binding */ setPins),
  VK: () => (/* binding */ shortDigest)
});

// UNUSED EXPORTS: setPin

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/edits/check.ts + 1 modules
var check = __webpack_require__(85763);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/values/protected.ts
var values_protected = __webpack_require__(62986);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(48105);
// EXTERNAL MODULE: ./packages/core/src/yaml/js-yaml-core.ts
var js_yaml_core = __webpack_require__(98102);
;// CONCATENATED MODULE: ./packages/core/src/promote/pin-index.ts
// A values file's pins read without the yaml package's syntax tree. Every pin a
// status or a promotion reads goes through readPin, and the yaml package builds a
// node for every scalar of the file before the first lookup: ~35 ms and several
// MB of garbage for a 59 KB values file of 300 services, a hundred times at a
// hundred environments. js-yaml's event parser reads the same file in a fraction
// of that, with the offsets of every node.
//
// This index answers a pin only where it reads exactly as the yaml package does:
// one document, nothing the two libraries read differently (yaml/js-yaml-core.ts
// plain: no tag, anchor, alias, directive, long key or same-line block map),
// every key a string with no duplicate, and each scalar the pin is made of a
// one-line quoted or plain scalar that the core schema reads as a string. For
// anything else (and for every error: a missing key, a list where a map
// should be) it answers nothing and readPin parses with the yaml package as
// before, so its errors and their lines are the ones a user sees.


/**
 * 1-based lines of offsets met in increasing order (js-yaml's events come in
 * the order of the text): the line breaks are counted as the offsets pass
 * them, so a whole file costs one walk over its text however its lines are
 * cut (a one-line flow file of many scalars too). An offset before the last
 * one (which the events never give) counts again from the start.
 */
function lineCursor(text) {
    // The line of `at`, and the first line break at or after it (-1: none left).
    let [at, line, next] = [0, 1, text.indexOf('\n')];
    return (offset) => {
        if (offset < at)
            [at, line, next] = [0, 1, text.indexOf('\n')];
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        at = offset;
        return line;
    };
}
/** The scalar's text when it reads as that string on one line (a key, or a value the index keeps), else undefined. */
function oneLineString(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
        return undefined;
    const lineBreak = text.indexOf('\n', e.valueStart);
    if (lineBreak !== -1 && lineBreak < e.valueEnd)
        return undefined;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, e);
    return e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && (0,js_yaml_core/* coreNonString */.gP)(value) ? undefined : value;
}
/**
 * Builds the index from the events in one walk; undefined at the first thing
 * the yaml package may read otherwise. A key is kept as its string (no node);
 * a value scalar as a node with its line.
 */
function build(text) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
    }
    catch {
        return undefined;
    }
    const lineAt = lineCursor(text);
    const open = [];
    let [root, documents] = [undefined, 0];
    /** Puts a finished node in its parent; false when it cannot be there (a map or list as a key). */
    const place = (node) => {
        const top = open.length === 0 ? undefined : open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.kind === 'seq')
            top.node.items.push(node);
        else if (top.node.kind === 'map') {
            if (top.key === undefined)
                return false;
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
        return true;
    };
    for (let n = 0; n < events.length; n++) {
        const e = events[n];
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            const top = open.length === 0 ? undefined : open[open.length - 1];
            if (top !== undefined && top.node.kind === 'map' && top.key === undefined) {
                // A key: a string scalar met once in its mapping.
                const key = oneLineString(text, e);
                if (key === undefined || top.node.keys.has(key))
                    return undefined;
                top.key = key;
                continue;
            }
            place({ kind: 'scalar', text: oneLineString(text, e), line: e.valueStart < 0 ? 0 : lineAt(e.valueStart) });
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            const closed = open.pop();
            if (closed !== undefined && !place(closed.node))
                return undefined;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING)
            open.push({ node: { kind: 'map', keys: new Map() }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            open.push({ node: { kind: 'seq', items: [] }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            if (++documents > 1)
                return undefined;
        }
        else
            return undefined;
    }
    return documents === 1 && (0,js_yaml_core/* plain */.pj)(text, events) ? root : undefined;
}
/** The index as a kind of parse the run's ParseCache keeps (the text BOM-stripped; no variant). */
const PIN_INDEX = { name: 'pin-index', parse: (text) => build(text) };

// EXTERNAL MODULE: ./packages/core/src/promote/pin-fields.ts
var pin_fields = __webpack_require__(64231);
;// CONCATENATED MODULE: ./packages/core/src/promote/pins.ts
// Image pins in values files, read and rewritten with byte-minimal edits.
//
// A service's `values-key` points at its image in one of three shapes:
//   map     services.api.image: { repository, tag, digest }  (a missing digest: key is created)
//   string  services.api.image: ghcr.io/acme/api:1.2.3@sha256:…  (rewritten in that form)
//   tag     global.imageTag: v1.0.71  (a bare tag scalar: it cannot hold a digest)
// The key may lead anywhere in any YAML file, e.g. an ArgoCD Application's
// spec.source.helm.valuesObject.image, in a chosen document of a multi-document file.










/** True when `target` names a repository other than the one the pin's file writes (both known, compared as the registry sees them). */
function repositoryMoves(pin, target) {
    if (target.repository === undefined || pin.repository === undefined)
        return false;
    return ((0,reference/* imageIdentity */.a)(target.repository) ?? target.repository) !== ((0,reference/* imageIdentity */.a)(pin.repository) ?? pin.repository);
}
/**
 * Parses a dotted values key (`services.api.image`, `spec.sources[1].helm.valuesObject.image`,
 * `annotations."example.com/image"`) into a key path. Throws UserError naming `what`.
 */
function parseValuesKey(key, what) {
    const out = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^.[\]"]+))((?:\[\d+\])*)\s*(\.|$)/y;
    let at = 0;
    while (at < key.length) {
        re.lastIndex = at;
        const m = re.exec(key);
        if (!m || m[0] === '')
            throw new errors/* UserError */.yo(`${what}: '${key}' is not a dotted key path`, { hint: 'write it like services.api.image' });
        out.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2].trim());
        for (const idx of m[3].matchAll(/\[(\d+)\]/g))
            out.push(Number(idx[1]));
        at = re.lastIndex;
        if (m[4] === '.' && at >= key.length)
            throw new errors/* UserError */.yo(`${what}: '${key}' ends with a dot`, { hint: 'write it like services.api.image' });
    }
    if (out.length === 0)
        throw new errors/* UserError */.yo(`${what} is empty`, { hint: 'write it like services.api.image' });
    return out;
}
// A promotion reads one pin per service from the same few texts (source, target, each environment of the
// drift table): with the run's cache each text is parsed once, not once per service, which keeps it linear in
// the number of services. A single-document file shares its parse with the edit and the check that follow
// (parseShared); a multi-document file's documents are parsed once too and the chosen one is picked from them.
function documentOf(text, file, document, cache) {
    const body = text.replace(/^\ufeff/, '');
    if (document === undefined)
        return (0,yaml_edit/* parseShared */.fj)(body, file, cache);
    const all = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, body, file);
    return { ...all, doc: all.documents[document] };
}
// A promotion looks up every service under the same mapping (services.<name>), once per environment: a
// scan per lookup makes that quadratic in the services. Large mappings get an index of their keys (the first
// pair of each key, as the scan finds it); the documents are only read, so the index stays right. It is a side
// table of the node, not a cache of texts: it lives exactly as long as the parse it indexes (the run's cache,
// or this one read) and is collected with it.
const keyIndexes = new WeakMap();
const INDEXED_FROM = 16;
function pairValue(map, key) {
    if (map.items.length >= INDEXED_FROM) {
        let index = keyIndexes.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items) {
                if (!(0,dist/* isScalar */.jn)(p.key))
                    continue;
                const k = String(p.key.value);
                if (!index.has(k))
                    index.set(k, p.value);
            }
            keyIndexes.set(map, index);
        }
        return index.get(key);
    }
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
function scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
/**
 * Reads the pin at `key`. A missing key is a UserError naming the file and
 * the line of the deepest mapping found; a value that is neither an image map
 * nor a string is one too.
 */
function readPin(text, file, key, opts = {}) {
    const indexed = opts.document === undefined && opts.cache ? indexedPin(text, file, key, opts.cache) : undefined;
    if (indexed)
        return indexed;
    const parsed = documentOf(text, file, opts.document, opts.cache);
    const path = parseValuesKey(key, `values key of ${file}`);
    let node = parsed.doc.contents;
    let lastLine = parsed.lineOf(node) ?? 1;
    for (let i = 0; i < path.length; i++) {
        const k = path[i];
        let next;
        if (typeof k === 'number')
            next = (0,dist/* isSeq */.oP)(node) ? (node.items[k] ?? undefined) : undefined;
        else
            next = (0,dist/* isMap */.jh)(node) ? pairValue(node, k) : undefined;
        if (next === undefined || (next === null && i < path.length - 1))
            throw new errors/* UserError */.yo(`values key ${key} not found (${(0,yaml_edit/* formatPath */.jV)(path.slice(0, i + 1))} is missing)`, {
                file,
                line: lastLine,
                hint: `add the image under ${key}, or fix values-key in the config`,
            });
        node = next;
        lastLine = parsed.lineOf(node) ?? lastLine;
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const tagNode = pairValue(node, 'tag');
        const digestNode = pairValue(node, 'digest');
        const repoKey = pairValue(node, 'repository') !== undefined ? 'repository' : pairValue(node, 'image') !== undefined ? 'image' : undefined;
        const repoNode = repoKey === undefined ? undefined : pairValue(node, repoKey);
        const registry = scalarText(pairValue(node, 'registry'));
        const repo = scalarText(repoNode);
        if (tagNode === undefined && digestNode === undefined && repo === undefined)
            throw new errors/* UserError */.yo(`${key} is a mapping without repository, tag or digest`, {
                file,
                line: parsed.lineOf(node) ?? lastLine,
                hint: 'point values-key at the image block (the mapping holding tag:)',
            });
        return {
            style: 'map',
            file,
            key,
            path,
            line: parsed.lineOf(tagNode ?? digestNode ?? repoNode ?? node) ?? lastLine,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
            ...(repoKey ? { repositoryKey: repoKey } : {}),
            ...(registry ? { registry } : {}),
            tag: scalarText(tagNode),
            digest: scalarText(digestNode) || undefined,
        };
    }
    if (!(0,dist/* isScalar */.jn)(node) || (node.value !== null && typeof node.value === 'object'))
        throw new errors/* UserError */.yo(`${key} is a list, not an image`, {
            file,
            line: lastLine,
            hint: 'point values-key at the image block or image string',
        });
    const value = scalarText(node) ?? '';
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(value) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: lastLine, tag: value || undefined };
    const ref = (0,values_protected/* splitReference */.mQ)(value);
    return {
        style: 'string',
        file,
        key,
        path,
        line: lastLine,
        repository: ref.name || undefined,
        tag: ref.tag || undefined,
        digest: ref.digest || undefined,
    };
}
/** Key paths parsed (a pure function of the key): a fleet's status reads the same few hundred keys ~90,000 times. */
const keyPaths = new Map();
function keyPath(key, file) {
    let path = keyPaths.get(key);
    if (path)
        return path;
    path = parseValuesKey(key, `values key of ${file}`);
    if (keyPaths.size >= 4096)
        keyPaths.clear();
    keyPaths.set(key, path);
    return path;
}
/**
 * readPin through the run's pin index (pin-index.ts), without the yaml
 * package's syntax tree; undefined wherever the index does not read the file
 * or the pin exactly as readPin would (readPin then parses, and says any error).
 */
function indexedPin(text, file, key, cache) {
    const index = (0,parse_cache/* parseWith */.K)(cache, PIN_INDEX, text.replace(/^\ufeff/, ''));
    if (index === undefined)
        return undefined;
    const path = keyPath(key, file);
    let node = index;
    for (const k of path) {
        if (typeof k === 'number')
            node = node?.kind === 'seq' ? node.items[k] : undefined;
        else
            node = node?.kind === 'map' ? node.keys.get(k) : undefined;
    }
    if (node?.kind === 'map') {
        const keys = node.keys;
        const repoKey = keys.has('repository') ? 'repository' : keys.has('image') ? 'image' : undefined;
        const [tagNode, digestNode, registryNode] = [keys.get('tag'), keys.get('digest'), keys.get('registry')];
        const repoNode = repoKey && keys.get(repoKey);
        const first = tagNode ?? digestNode ?? repoNode;
        if (first?.kind !== 'scalar' || !unreadOrString(tagNode) || !unreadOrString(digestNode))
            return undefined;
        if (!unreadOrString(repoNode) || !unreadOrString(registryNode))
            return undefined;
        const [registry, repo] = [textOf(registryNode), textOf(repoNode)];
        const pin = {
            style: 'map',
            file,
            key,
            path,
            line: first.line,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
        };
        if (repoKey)
            pin.repositoryKey = repoKey;
        if (registry)
            pin.registry = registry;
        pin.tag = textOf(tagNode);
        pin.digest = textOf(digestNode) || undefined;
        return pin;
    }
    if (node?.kind !== 'scalar' || node.text === undefined)
        return undefined;
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(node.text) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: node.line, tag: node.text || undefined };
    const ref = (0,values_protected/* splitReference */.mQ)(node.text);
    const [repository, tag, digest] = [ref.name || undefined, ref.tag || undefined, ref.digest || undefined];
    return { style: 'string', file, key, path, line: node.line, repository, tag, digest };
}
/** A part of a map pin the index read as a string, or absent: what indexedPin answers (anything else is readPin's). */
function unreadOrString(n) {
    return n === undefined || (n.kind === 'scalar' && n.text !== undefined);
}
function textOf(n) {
    return n?.kind === 'scalar' ? n.text : undefined;
}
/** True when the pin already holds the target (an undefined tag counts as kept; a repository move is a change). */
function pinMatches(pin, target) {
    return ((target.tag === undefined || pin.tag === target.tag) &&
        (pin.digest ?? undefined) === (target.digest ?? undefined) &&
        !repositoryMoves(pin, target));
}
/**
 * Rewrites one pin to `target`, changing only the bytes of its tag and
 * digest. Map style: sets `tag` and `digest`, creating `digest:` right after
 * `tag:` (in the mapping's own indentation and key quoting) when missing; a
 * map whose digest is dropped (a tag-only promotion) gets `digest: ""` so the
 * old digest never outlives its tag. A target repository other than the
 * file's is written in the same edit (`repository:`, or `registry:` and
 * `repository:` when the map splits them), so a digest never lands beside a
 * repository that does not hold it. String style: `repo:tag@digest` in one
 * scalar. Tag style: the tag only; a digest there is a UserError (it has
 * nowhere to go). The result is re-parsed and checked to differ only there.
 */
function setPin(text, pin, target, opts = {}) {
    return setPins(text, [{ pin, target }], opts);
}
/**
 * Rewrites several pins of one file (distinct keys, read from `text`) as
 * setPin would, in one pass: one parse and one re-parse check for the whole
 * file rather than per pin, so promoting many services stays linear.
 */
function setPins(text, pins, opts = {}) {
    const edits = pins.flatMap(({ pin, target }) => pinEdits(pin, target));
    if (edits.length === 0)
        return { text, intended: [] };
    const file = pins[0].pin.file;
    const after = (0,yaml_edit/* setScalars */.AR)(text, file, edits, { document: opts.document, cache: opts.cache });
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    (0,check/* checkYamlEdit */.c)(file, text, after, intended, { document: opts.document, cache: opts.cache });
    return { text: after, intended };
}
/** The refusals of setPins that need no parse of the file (a digest for a tag-only key, an empty image string), thrown as it throws them. */
function checkPinWrites(pins) {
    for (const { pin, target } of pins)
        pinEdits(pin, target);
}
/** The scalar edits that take one pin to its target. */
function pinEdits(pin, target) {
    if (pin.style === 'overlay')
        throw new Error('an overlay pin is written by its PinPlace (kustomize/overlay.ts), not setPins');
    if (pin.style === 'fields')
        return (0,pin_fields/* fieldEdits */.O)(pin.fields ?? [], pin.file, pin.key, pin, target);
    const tag = target.tag ?? pin.tag;
    const edits = [];
    const moves = repositoryMoves(pin, target);
    const repoKey = pin.repositoryKey ?? 'repository';
    if (pin.style === 'map') {
        if (moves)
            edits.push(...repositoryEdits(pin, target.repository));
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: [...pin.path, 'tag'], value: tag, create: true, after: repoKey, quoteLike: repoKey });
        if (target.digest !== undefined && target.digest !== pin.digest)
            edits.push({
                path: [...pin.path, 'digest'],
                value: target.digest,
                create: true,
                after: 'tag',
                quoteLike: pin.repository !== undefined ? repoKey : 'tag',
            });
        if (target.digest === undefined && pin.digest !== undefined)
            edits.push({ path: [...pin.path, 'digest'], value: '' });
    }
    else if (pin.style === 'string') {
        if (!pin.repository)
            throw new errors/* UserError */.yo(`${pin.key} is an empty image string`, { file: pin.file, line: pin.line, hint: 'write repo:tag@sha256:… there' });
        const value = `${moves ? target.repository : pin.repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        edits.push({ path: pin.path, value });
    }
    else {
        if (target.digest !== undefined)
            throw new errors/* UserError */.yo(`${pin.key} holds only a tag, so the digest ${target.digest.slice(0, 19)}… cannot be pinned there`, {
                file: pin.file,
                line: pin.line,
                hint: 'point values-key at an image block (tag + digest) or a repo:tag@sha256:… string',
            });
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: pin.path, value: tag });
    }
    return edits;
}
/**
 * The edits that write `repository` into a map pin: its repository key, or,
 * when the map splits `registry:` and `repository:`, both. A repository
 * without a registry host cannot be split so: refused, naming both.
 */
function repositoryEdits(pin, repository) {
    const key = pin.repositoryKey ?? 'repository';
    if (pin.registry === undefined)
        return [{ path: [...pin.path, key], value: repository }];
    const slash = repository.indexOf('/');
    const host = slash < 0 ? '' : repository.slice(0, slash);
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
        throw new errors/* UserError */.yo(`${pin.key} pulls ${pin.repository}, but the promoted digest is in ${repository}, which has no registry host to write in registry:`, {
            file: pin.file,
            line: pin.line,
            hint: `write the full image name in ${key}: (and drop registry:), or fix services.<name>.image in the config`,
        });
    return [
        { path: [...pin.path, 'registry'], value: host },
        { path: [...pin.path, key], value: repository.slice(slash + 1) },
    ];
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    if (!digest)
        return '—';
    return (0,reference/* isDigest */.Bc)(digest) ? digest.slice(0, 19) : digest;
}


/***/ }),

/***/ 90908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DJ: () => (/* binding */ DOCKER_HUB_REGISTRY),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   a: () => (/* binding */ imageIdentity),
/* harmony export */   an: () => (/* binding */ imageRepository),
/* harmony export */   ft: () => (/* binding */ InvalidReference),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* harmony import */ var _http_host_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9492);

/**
 * Image references per the distribution grammar
 * (`[registry[:port]/]path[:tag][@digest]`), normalised the way the Docker
 * client does: a name without a registry lives on Docker Hub, and a one-part
 * Docker Hub name lives under `library/`.
 */
/** The host Docker Hub's registry API answers on. */
const DOCKER_HUB_REGISTRY = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::([0-9]+))?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
const DIGEST_HEX = { sha256: 64, sha512: 128 };
const MAX_NAME = 255;
/** Thrown for a reference that does not follow the grammar; the message quotes the offending text. */
class InvalidReference extends Error {
    constructor(message) {
        super(message);
        this.name = 'InvalidReference';
    }
}
/** Parses and normalises an image reference, or throws InvalidReference. */
function parseReference(text) {
    const original = text.trim();
    if (original === '')
        throw new InvalidReference('the image reference is empty');
    if (/\s/.test(original))
        throw new InvalidReference(`'${original}' contains whitespace`);
    let rest = original;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        checkDigest(digest);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (tag.length > 128)
            throw new InvalidReference(`tag '${tag}' is ${tag.length} characters long; at most 128 are allowed`);
        if (!TAG.test(tag))
            throw new InvalidReference(`tag '${tag}' is invalid (letters, digits, '_', '.', '-'; not starting with '.' or '-')`);
    }
    if (rest === '')
        throw new InvalidReference(`'${original}' has no repository name`);
    let domain;
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        // The Docker client's rule: the first part is a registry when it looks like a host.
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            domain = first;
            path = rest.slice(slash + 1);
        }
    }
    if (domain !== undefined) {
        const m = DOMAIN.exec(domain);
        if (!m)
            throw new InvalidReference(`registry '${domain}' in '${original}' is not a valid host[:port]`);
        if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535))
            throw new InvalidReference(`port in '${domain}' is out of range`);
    }
    if (path === '')
        throw new InvalidReference(`'${original}' has no repository path after the registry`);
    for (const part of path.split('/')) {
        if (part === '')
            throw new InvalidReference(`repository '${path}' has an empty path component`);
        if (part !== part.toLowerCase())
            throw new InvalidReference(`repository '${path}' must be lowercase ('${part}' is not)`);
        if (!PATH_COMPONENT.test(part))
            throw new InvalidReference(`repository path component '${part}' is invalid (lowercase letters and digits, separated by '.', '_', '__' or '-')`);
    }
    const name = rest;
    if (name.length > MAX_NAME)
        throw new InvalidReference(`repository name '${name}' is ${name.length} characters long; at most ${MAX_NAME} are allowed`);
    let registry = domain ?? DOCKER_HUB_REGISTRY;
    let repository = path;
    if (DOCKER_HUB_ALIASES.has(registry.toLowerCase())) {
        registry = DOCKER_HUB_REGISTRY;
        if (!repository.includes('/'))
            repository = `library/${repository}`;
    }
    return { original, registry, repository, name, tag, digest };
}
/** The pattern of a digest's hex part by its length, compiled once (a fleet's status checks ~60,000 digests). */
const hexPatterns = new Map();
function hexOf(length) {
    const key = String(length);
    let re = hexPatterns.get(key);
    if (re === undefined)
        hexPatterns.set(key, (re = new RegExp(`^[a-f0-9]{${length}}$`)));
    return re;
}
function checkDigest(digest) {
    const m = DIGEST.exec(digest);
    if (!m)
        throw new InvalidReference(`digest '${digest}' is not of the form algorithm:hex`);
    const want = DIGEST_HEX[m[1]];
    if (want === undefined)
        throw new InvalidReference(`digest '${digest}' uses an unsupported algorithm '${m[1]}' (use sha256 or sha512)`);
    if (!hexOf(want).test(m[2]))
        throw new InvalidReference(`digest '${digest}' must have ${want} lowercase hex characters after '${m[1]}:'`);
}
/** True for a well-formed `sha256:`/`sha512:` digest. */
function isDigest(s) {
    try {
        checkDigest(s);
        return true;
    }
    catch {
        return false;
    }
}
/** The reference as registry/repository[:tag][@digest], fully qualified. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The base URL of a registry's API: http for loopback registries, https otherwise. */
function registryBaseUrl(registry) {
    return `${(0,_http_host_name_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .c)(registry) ? 'http' : 'https'}://${registry}`;
}
const identities = new Map();
/** Registry and repository of an image name as the registry sees it (`nginx` = `docker.io/library/nginx`), undefined when it does not parse. */
function imageIdentity(image) {
    // Kept per name (a pure function of it): a fleet's status compares ~120,000 pins of the same few hundred images.
    if (identities.has(image))
        return identities.get(image);
    let identity;
    try {
        const ref = parseReference(image);
        identity = `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (!(e instanceof InvalidReference))
            throw e;
    }
    if (identities.size >= 4096)
        identities.clear();
    return identities.set(image, identity).get(image);
}
const repositories = new Map();
/** An image name without its tag or digest: `ghcr.io/acme/api:1.2@sha256:…` → `ghcr.io/acme/api`. */
function imageRepository(image) {
    // Kept per name as imageIdentity is: a fleet's status plans ~30,000 pins of the same few hundred images.
    let repository = repositories.get(image);
    if (repository !== undefined)
        return repository;
    repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    if (repositories.size >= 4096)
        repositories.clear();
    repositories.set(image, repository);
    return repository;
}


/***/ }),

/***/ 62986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ checkPinnedImagesIn),
/* harmony export */   mQ: () => (/* binding */ splitReference),
/* harmony export */   xz: () => (/* binding */ checkPinnedImages)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64293);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);



const DIGEST = /^sha256:[0-9a-f]{64}$/;
const IMAGE_KEY = /(^|[_-])image$|Image$/i;
/**
 * Checks every image in a protected environment's values file: each must be
 * pinned by a `sha256:` digest (64 hex) and may not use the `latest` tag or an
 * empty tag. Images are found in both shapes charts use: a map
 * (`repository`/`image` with `tag` and `digest`, bitnami's `registry` too) and
 * a single string (`repo:tag@sha256:…`) under an `image` key. Each problem
 * points at the exact line (the tag, the digest, or the image).
 */
function checkPinnedImages(text, file) {
    return checkPinnedImagesIn((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), file));
}
/** checkPinnedImages on a file already parsed (a caller that holds the parse need not parse it again). */
function checkPinnedImagesIn(parsed) {
    const out = [];
    visit(parsed.doc.contents, [], parsed, out, false);
    return out;
}
function visit(node, path, parsed, out, underImageKey) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        if (isImageMap(node, underImageKey)) {
            checkImageMap(node, path, parsed, out);
            return;
        }
        for (const p of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                continue;
            const name = String(p.key.value);
            const value = p.value;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && IMAGE_KEY.test(name) && typeof value.value === 'string')
                checkImageString(value.value, [...path, name], parsed.lineOf(value), file(parsed), out);
            else
                visit(value, [...path, name], parsed, out, IMAGE_KEY.test(name));
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        node.items.forEach((item, i) => visit(item, [...path, String(i)], parsed, out, underImageKey));
    }
}
function file(parsed) {
    return parsed.file;
}
function pairOf(map, key) {
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
}
function isImageMap(map, underImageKey) {
    const repo = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const named = !!repo && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(repo.value) && typeof repo.value.value === 'string';
    const pinnable = pairOf(map, 'tag') !== undefined || pairOf(map, 'digest') !== undefined;
    // An environment override often sets only `tag`/`digest` under `image:`; the repository comes from values.yaml.
    return named ? underImageKey || pinnable : underImageKey && pinnable;
}
function checkImageMap(map, path, parsed, out) {
    const key = path.join('.') || '(root)';
    const tagPair = pairOf(map, 'tag');
    const digestPair = pairOf(map, 'digest');
    const repoPair = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const repoValue = repoPair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(repoPair.value) ? String(repoPair.value.value) : '';
    // `repository: ghcr.io/acme/api@sha256:…` pins by digest inside the repository field.
    const inline = splitReference(repoValue);
    // `tag: 1.7.3@sha256:…` pins too: templates render `repository:tag`, so the digest rides along.
    let tagDigest;
    let tagLine;
    if (tagPair) {
        const tagNode = tagPair.value;
        let tag = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(tagNode) && tagNode.value !== null ? String(tagNode.value) : '';
        const line = parsed.lineOf(tagNode) ?? parsed.lineOf(tagPair.key);
        const at = tag.indexOf('@');
        if (at >= 0) {
            tagDigest = tag.slice(at + 1);
            tagLine = line;
            tag = tag.slice(0, at);
        }
        if (tag === 'latest')
            out.push({
                file: parsed.file,
                line,
                key: `${key}.tag`,
                message: `image at ${key} uses the tag latest`,
                hint: 'use a release tag and pin the digest',
            });
        else if (tag.trim() === '')
            out.push({
                file: parsed.file,
                line,
                key: `${key}.tag`,
                message: `image at ${key} has an empty tag`,
                hint: 'set the release tag and pin the digest',
            });
    }
    const digestNode = digestPair?.value;
    const written = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(digestNode) && digestNode.value !== null ? String(digestNode.value) : '';
    const digest = written || (inline.digest ?? tagDigest ?? '');
    if (!DIGEST.test(digest)) {
        const line = digestPair
            ? (parsed.lineOf(digestNode) ?? parsed.lineOf(digestPair.key))
            : (tagLine ?? parsed.lineOf((repoPair ?? tagPair)?.key));
        out.push({
            file: parsed.file,
            line,
            key: digestPair ? `${key}.digest` : key,
            message: digest === '' ? `image at ${key} is not pinned by digest` : `image at ${key} digest ${digest} is not a sha256 digest`,
            hint: 'set digest: sha256:<64 hex> (capture-digests records it)',
        });
    }
}
function checkImageString(ref, path, line, fileName, out) {
    if (/\s/.test(ref))
        return; // not an image reference (prose, a command line)
    const key = path.join('.');
    const { tag, digest, hasTagSeparator } = splitReference(ref);
    if (tag === 'latest')
        out.push({ file: fileName, line, key, message: `image at ${key} uses the tag latest`, hint: 'use a release tag and pin the digest' });
    else if (hasTagSeparator && tag === '')
        out.push({ file: fileName, line, key, message: `image at ${key} has an empty tag`, hint: 'write repo:tag@sha256:…' });
    if (!digest || !DIGEST.test(digest))
        out.push({
            file: fileName,
            line,
            key,
            message: digest ? `image at ${key} digest ${digest} is not a sha256 digest` : `image at ${key} is not pinned by digest`,
            hint: 'write repo:tag@sha256:<64 hex>',
        });
}
/** Splits `registry:5000/repo:tag@sha256:…` into its tag and digest. */
function splitReference(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash)
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest, hasTagSeparator: true };
    return { name: rest, digest, hasTagSeparator: false };
}


/***/ })

};

export const id = 1120;
export const ids = [1120];
export const modules = {

/***/ 21120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ applicationValues),
/* harmony export */   O6: () => (/* binding */ splitApplicationRef),
/* harmony export */   aw: () => (/* binding */ valueFilePlaces),
/* harmony export */   nZ: () => (/* binding */ readApplication),
/* harmony export */   xL: () => (/* binding */ findChartRevision)
/* harmony export */ });
/* unused harmony export setChartRevision */
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
        return setOciRef(text, { ...rev, flux: rev.flux }, version, digest, cache);
    if (rev.current === version)
        return text;
    const edit = { path: rev.path, value: version, create: true, after: 'chart' };
    const after = setScalars(text, rev.file, [edit], { document: rev.document, cache });
    checkYamlEdit(rev.file, text, after, [edit], { document: rev.document, cache });
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
/* harmony export */   R7: () => (/* binding */ fluxChartRevision),
/* harmony export */   b8: () => (/* binding */ releaseDocument)
/* harmony export */ });
/* unused harmony exports pinKey, fluxPlaces, setOciRef, inexactFluxChart */
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
        throw new UserError(`OCIRepository ${rev.name ?? ''} pins spec.ref.digest, which Flux pulls before the tag, and the promoted chart ${version} comes without one`.replace(/\s+/g, ' '), {
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
    const after = setScalars(text, rev.file, edits, { document: rev.document, cache });
    checkYamlEdit(rev.file, text, after, edits, { document: rev.document, cache });
    return after;
}
/** A protected environment's Flux chart version that is not one exact version (`*`, a range, a branch), at its line; undefined when exact. */
function inexactFluxChart(rev) {
    // A digest is one artifact: Flux pulls it whatever the tag or semver beside it says.
    if (rev.digest !== undefined && isDigest(rev.digest))
        return undefined;
    const why = inexactRevision(rev.current, 'chart');
    if (why === undefined)
        return undefined;
    return new UserError(`${rev.flux} ${rev.name ?? ''}: ${rev.path.join('.')} ${why}`.replace(/\s+/g, ' '), {
        file: rev.file,
        line: rev.line,
        hint: rev.flux === 'OCIRepository'
            ? 'pin one exact version: spec.ref.tag: 1.4.0 (a protected environment deploys only what was promoted)'
            : 'pin one exact chart version: spec.chart.spec.version: 1.4.0 (a protected environment deploys only what was promoted)',
    });
}


/***/ })

};

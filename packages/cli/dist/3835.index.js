export const id = 3835;
export const ids = [3835];
export const modules = {

/***/ 33835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderChecks: () => (/* binding */ renderChecks)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var promote_application = __webpack_require__(21120);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 1 modules
var config_config = __webpack_require__(620);
// EXTERNAL MODULE: ./packages/core/src/render/compare.ts
var compare = __webpack_require__(13165);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var render_helm = __webpack_require__(46760);
// EXTERNAL MODULE: ./packages/core/src/render/render.ts
var render_render = __webpack_require__(71660);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/render/find.ts
var find = __webpack_require__(73211);
// EXTERNAL MODULE: ./packages/core/src/render/kustomize.ts
var kustomize = __webpack_require__(69529);
// EXTERNAL MODULE: ./packages/core/src/render/overlay-target.ts
var overlay_target = __webpack_require__(24618);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/render-overlays.ts
// chart-bump-check's rendered changes of Kustomize overlay environments
// (`kustomization:`, or a Flux Kustomization's spec.path with its spec.images:
// `flux-kustomization:`): each overlay whose build inputs differ between the base
// and the head of the pull request — the files of its folder and of every
// folder it reaches, and an Application's kustomize.images — is built with the
// real kustomize (render/find.ts) on both sides and compared, for the job
// summary. An overlay the pull request does not touch is not built. The pull
// request's files are untrusted: render/kustomize.ts builds them bounded, in a
// temp folder, without network.






/**
 * The bounds of one render of a pull request's templates or overlay (Helm's here and in render.ts): 30 s,
 * and half the default memory bound, as the time limit is half (a real chart stays far below it).
 */
const CHECK_LIMITS = { timeoutMs: 30_000, maxRssBytes: 512 * 1024 * 1024 };
const HINT = 'add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH';
/**
 * Each overlay environment whose build inputs changed, built at the base and
 * at the head, with what its guards judge (render-guards.ts); [] when none did.
 */
async function renderOverlayChecks(mode, config, commits, reader, env, inRepo, validation) {
    // A Flux Kustomization (flux-kustomization:) is built on its spec.path with its spec.images (render/overlay-target.ts).
    const pathOf = (e) => e.kustomization ?? e.fluxKustomization;
    const overlays = config.environments.filter((e) => pathOf(e) !== undefined);
    if (mode === 'off' || overlays.length === 0)
        return [];
    const sideAt = async (commit, kustomization, application) => {
        const read = (p) => reader.read(commit, p);
        const target = await (0,overlay_target/* overlayTarget */.YO)(read, inRepo(kustomization), application ? inRepo(application) : undefined);
        if ('unavailable' in target)
            return target;
        const files = await (0,kustomize/* readOverlay */.re)({ list: (d) => reader.list(commit, d === '' ? '.' : d), read }, target.dir);
        if ('unavailable' in files)
            return files;
        return {
            files: files.files,
            dir: target.dir,
            file: target.file,
            ...(target.images?.length ? { images: target.images } : {}),
            ...(target.namespace ? { namespace: target.namespace } : {}),
        };
    };
    const changed = [];
    for (const e of overlays) {
        const [before, after] = await Promise.all([
            sideAt(commits.base, pathOf(e), e.application),
            sideAt(commits.head, pathOf(e), e.application),
        ]);
        const same = 'unavailable' in before || 'unavailable' in after
            ? 'unavailable' in before && 'unavailable' in after && before.unavailable === after.unavailable
            : (0,kustomize/* sameSide */.QP)(before, after);
        const file = 'file' in after ? after.file : 'file' in before ? before.file : inRepo(pathOf(e));
        if (!same)
            changed.push({ e, name: e.name, protected: e.protected, file, before, after });
    }
    if (changed.length === 0)
        return [];
    const tool = (0,find/* findKustomize */.H)(env);
    if (!tool) {
        if (mode === 'on')
            throw new errors/* UserError */.yo('render: on needs kustomize or kubectl on PATH to render the overlays: neither was found', { hint: HINT });
        const render = {
            environment: 'every overlay environment',
            status: 'skipped',
            noHelm: true,
            renderer: 'kustomize',
            message: `no kustomize or kubectl on PATH; ${HINT}, or set render: off`,
        };
        return [{ render, protected: false, file: '', builds: 'the overlays', sources: [] }];
    }
    const cfg = config.render;
    const opts = {
        ignore: [...(cfg.ignoreDefaults ? compare/* DEFAULT_IGNORE */.pA : []), ...cfg.ignore].map((r) => new RegExp(r)),
        summarize: cfg.summarize,
        ignoreDifferences: [],
    };
    const renderer = new kustomize/* KustomizeRenderer */.Bp(tool, CHECK_LIMITS);
    return Promise.all(changed.map(async (c) => {
        const dir = 'dir' in c.after ? c.after.dir : 'dir' in c.before ? c.before.dir : undefined;
        const what = dir !== undefined ? `overlay ${dir} with ${tool.label}` : undefined;
        // An overlay new in the pull request: every object added.
        const before = 'unavailable' in c.before && /^no kustomization /.test(c.before.unavailable) ? 'nothing' : c.before;
        const render = { ...(await (0,render_render/* renderEnvironment */.Cp)(renderer, c.name, before, c.after, opts, what)), renderer: 'kustomize' };
        if (validation && !('unavailable' in c.after))
            await validation.after(c.e, c.name, await renderer.render(c.after), []);
        // The overlay's own folder first: an image written there is traced to it before a base's.
        const sources = 'files' in c.after ? [...c.after.files].map(([path, text]) => ({ path, text })) : [];
        return { render, protected: c.protected, file: c.file, builds: `overlay ${dir ?? c.file}`, sources };
    }));
}

// EXTERNAL MODULE: ./packages/core/src/validate/environment.ts
var environment = __webpack_require__(34549);
// EXTERNAL MODULE: ./packages/core/src/render/images.ts
var render_images = __webpack_require__(1930);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/render-guards.ts
// What the pull request check decides from the rendered objects: a protected
// environment whose chart or overlay no longer renders at the head fails the
// check (an unprotected one is a warning), and every container image a
// protected environment would run must be pinned by digest (render/images.ts).
// A refusal points at the line that wrote the image when the render's inputs
// show it, else at the environment's overlay or Application file, naming the
// object. The renders that could not run (no Helm, a remote subchart) decide
// nothing: they are said in the rendered section as they always were.

const lastLine = (s) => (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .pop() ?? '';
const names = (xs) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
/** The problems the renders give: errors for protected environments, warnings for a render that fails elsewhere. */
function renderProblems(judged) {
    const sharing = new Map();
    for (const j of judged)
        sharing.set(j.builds, [...(sharing.get(j.builds) ?? []), j.render.environment]);
    const out = [];
    for (const j of judged) {
        const env = j.render.environment;
        const who = j.protected ? `${env}, a protected environment` : env;
        if (j.render.status === 'failed') {
            const all = sharing.get(j.builds) ?? [env];
            out.push({
                level: j.protected ? 'error' : 'warning',
                file: j.file,
                line: 1,
                message: `${j.builds} does not render at the head for ${who}: ${lastLine(j.render.message)}${all.length > 1 ? ` (${names(all)} build ${j.builds})` : ''}`,
                hint: j.protected
                    ? `fix it so ${j.render.renderer === 'kustomize' ? 'kustomize builds it' : 'helm template succeeds with its values'}: Argo CD cannot sync ${env} once this merges`
                    : 'promote-env refuses it only for a protected environment; the rendered section shows the whole message',
            });
            continue;
        }
        if (j.render.status === 'skipped' && j.render.refused) {
            // The pull request makes the environment load what lockstep will not fetch (Argo CD would): nothing
            // the guards judge can be read, so a protected environment fails closed.
            out.push({
                level: j.protected ? 'error' : 'warning',
                file: j.render.refused.file,
                line: j.render.refused.line,
                message: `${who} cannot be judged at the head: ${j.render.message ?? ''}`,
                hint: 'write the file into the repository and name it by a relative path inside it, so what the cluster receives is what is reviewed',
            });
            continue;
        }
        if (!j.protected || j.render.status !== 'rendered' || !j.render.after)
            continue;
        for (const u of (0,render_images/* unpinnedImages */.oo)(j.render.after.values())) {
            const origin = (0,render_images/* traceImage */.Jz)(u.image, j.sources);
            out.push({
                level: 'error',
                file: origin?.file ?? j.file,
                line: origin?.line ?? 1,
                message: `${who} would run an image not pinned by digest: ${(0,render_images/* unpinnedLine */.sq)(u)}${origin ? `; this line ${origin.text}` : ''}`,
                hint: 'pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/promote/flux-release.ts
var flux_release = __webpack_require__(8539);
// EXTERNAL MODULE: ./packages/core/src/render/cached.ts
var cached = __webpack_require__(12530);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/render-flux.ts
// chart-bump-check's renders of environments deployed by a Flux HelmRelease
// (`helmrelease:`): the HelmRelease read as helm-controller installs it
// (promote/flux-release.ts: the patch over its base, the values in Flux's
// order — valuesFrom as listed, then spec.values —, the release name and
// namespace it computes) at the base and at the head of the pull request, and
// rendered with a chart of this repository: the folder its GitRepository (or
// Bucket) sourceRef names, or the chart the pull request changes when the
// HelmRelease deploys a chart of that name from a HelmRepository. An
// environment is rendered when that chart changed or when what its release
// reads did (the HelmRelease, its patch, its values ConfigMaps). A release
// whose chart lives only in a remote repository (a HelmRepository of type oci,
// a classic https one, an OCIRepository chartRef) and whose inputs changed is
// rendered with that chart pulled at the base's and at the head's version
// (remote-chart.ts: only that registry or repository, digests checked); one
// that cannot be pulled is refused at the HelmRelease's version line, naming the
// host, which fails a protected environment. Without a puller it is said as not
// rendered. The renders themselves run in render.ts, with the Helm and the
// guards every chart environment gets.






/** A Chart.yaml's name and version, as far as it says them. */
function chartMeta(text) {
    try {
        const doc = (0,dist/* parse */.qg)(text);
        const str = (v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
        return { name: str(doc?.name), version: str(doc?.version) };
    }
    catch {
        return {};
    }
}
/** The release at a commit, or the UserError that says why it cannot be read. */
async function releaseAt(ref, read) {
    try {
        return await (0,flux_release/* readFluxRelease */.V3)(ref, read);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return e;
        throw e;
    }
}
/** The chart folder a release renders with: its GitRepository path, else the changed chart of its name. */
function chartDir(rel, changed) {
    if (rel.source.path !== undefined) {
        const dir = external_node_path_.posix.normalize(rel.source.path).replace(/\/+$/, '');
        if (dir === '..' || dir.startsWith('../') || dir.startsWith('/'))
            return undefined;
        return { dir, chart: changed.find((c) => external_node_path_.posix.normalize(c.path) === dir) };
    }
    const chart = changed.find((c) => c.name === rel.source.chart);
    return chart ? { dir: chart.path, chart } : undefined;
}
/** What a side of a release gives Helm, without the chart: compared to know whether the release's inputs changed. */
const releaseKey = (rel) => JSON.stringify([rel.releaseName, rel.namespace ?? '', rel.values.map((v) => v.text), rel.version, rel.source, rel.unread]);
/**
 * Every Flux HelmRelease environment the pull request changes what it renders, with its two sides; [] when none.
 * Reading needs no Helm: render.ts renders what this gives.
 */
async function fluxRenders(config, changed, commits, reader, inRepo, remote) {
    const out = [];
    for (const e of config.environments) {
        const ref = (0,flux_release/* fluxRef */.z8)(e, inRepo);
        if (!ref)
            continue;
        const file = ref.helmrelease.replace(/#.*$/, '');
        const readAt = (commit) => (p) => reader.read(commit, p);
        const [was, now] = await Promise.all([releaseAt(ref, readAt(commits.base)), releaseAt(ref, readAt(commits.head))]);
        const label = e.fluxKustomization !== undefined ? `${e.name} (HelmRelease)` : e.name;
        if (now instanceof errors/* UserError */.yo) {
            // A HelmRelease that read at the base and no longer does at the head: what the cluster receives is broken.
            if (!(was instanceof errors/* UserError */.yo))
                out.push({
                    environment: e,
                    name: label,
                    before: 'nothing',
                    after: { failed: now.format() },
                    file,
                    builds: `HelmRelease ${file}`,
                    what: `HelmRelease ${file}`,
                    sources: [],
                });
            continue;
        }
        const at = chartDir(now, changed);
        const before = was instanceof errors/* UserError */.yo ? undefined : was;
        const inputsMoved = !before || releaseKey(before) !== releaseKey(now);
        const what = `HelmRelease ${now.name} (release ${now.releaseName} in ${now.namespace ?? '(no namespace)'})`;
        if (!at) {
            const pulled = inputsMoved && remote ? await remoteRender(remote, before, now, readAt(commits.head), file) : undefined;
            if (pulled)
                out.push({ environment: e, name: label, file, what: `${what}: ${pulled.what}`, ...pulled.render });
            else if (inputsMoved)
                out.push({
                    environment: e,
                    name: label,
                    before: 'nothing',
                    after: {
                        unavailable: `chart ${now.source.chart ?? 'chart'} of ${now.from} is not in this repository: the check renders a HelmRelease only with a chart of this repository (a GitRepository sourceRef, or a chart the pull request changes)`,
                    },
                    file,
                    builds: `chart ${now.source.chart ?? now.from}`,
                    what,
                    sources: [],
                });
            continue;
        }
        const listRead = (commit) => ({ list: (d) => reader.list(commit, d), read: readAt(commit) });
        const [baseFiles, headFiles] = await Promise.all([
            (0,render_render/* readChartFolder */.z_)(listRead(commits.base), at.dir),
            (0,render_render/* readChartFolder */.z_)(listRead(commits.head), at.dir),
        ]);
        const chartMoved = 'unavailable' in baseFiles || 'unavailable' in headFiles ? true : (0,cached/* filesDigest */.A)(baseFiles.files) !== (0,cached/* filesDigest */.A)(headFiles.files);
        if (!inputsMoved && !chartMoved)
            continue;
        const named = 'files' in headFiles ? chartMeta(headFiles.files.get('Chart.yaml') ?? '').name : undefined;
        const chartName = at.chart?.name ?? named ?? at.dir;
        const version = (f) => 'files' in f ? (chartMeta(f.files.get('Chart.yaml') ?? '').version ?? '(no version)') : '(unavailable)';
        const side = (rel, files) => 'unavailable' in files
            ? files
            : {
                chart: files,
                release: rel.releaseName,
                ...(rel.namespace ? { namespace: rel.namespace } : {}),
                values: rel.values.map((v) => v.text),
            };
        const paths = [...new Set(now.values.flatMap((v) => (v.path !== undefined ? [v.path] : [])))];
        const texts = await Promise.all(paths.map(readAt(commits.head)));
        const unread = now.unread.length > 0 ? `; ${now.unread.join('; ')}` : '';
        out.push({
            environment: e,
            name: label,
            before: before
                ? 'unavailable' in baseFiles && /^no chart files/.test(baseFiles.unavailable)
                    ? 'nothing'
                    : side(before, baseFiles)
                : 'nothing',
            after: side(now, headFiles),
            file,
            builds: `chart ${chartName}`,
            what: `${what}: chart ${chartName} ${version(baseFiles)} → ${version(headFiles)}${unread}`,
            sources: [
                ...paths.flatMap((path, i) => (texts[i] !== undefined ? [{ path, text: texts[i] }] : [])),
                ...('files' in headFiles ? [...headFiles.files].map(([p, text]) => ({ path: external_node_path_.posix.join(at.dir, p), text })) : []),
            ],
            ...('files' in headFiles ? { chart: { dir: at.dir, files: headFiles.files } } : {}),
        });
    }
    return out;
}
/** The HelmRelease file's line that pins `version` (`version: 6.5.4`, a chartRef's `tag:`), else 1. */
function versionLine(text, version) {
    const lines = (text ?? '').split('\n');
    const esc = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const at = lines.findIndex((l) => new RegExp(`^\\s*(version|tag):\\s*["']?${esc}["']?\\s*(#.*)?$`).test(l));
    return at >= 0 ? at + 1 : 1;
}
/**
 * A release whose chart is in a remote registry or repository, rendered with that chart pulled at each side's
 * version; undefined when its source is none lockstep pulls from.
 */
async function remoteRender(remote, before, now, readHead, file) {
    const head = remote(now.source, now.version);
    if (!head)
        return undefined;
    const base = before && before.version !== '' ? remote(before.source, before.version) : undefined;
    const [h, b] = await Promise.all([head, base]);
    const chart = now.source.chart ?? 'chart';
    const side = (rel, got) => 'tgz' in got
        ? {
            chart: { tgz: got.tgz },
            release: rel.releaseName,
            ...(rel.namespace ? { namespace: rel.namespace } : {}),
            values: rel.values.map((v) => v.text),
        }
        : { unavailable: `chart ${rel.source.chart ?? 'chart'} ${rel.version} could not be pulled from ${got.host}: ${got.problem}` };
    const after = side(now, h);
    const text = await readHead(file);
    const paths = [...new Set(now.values.flatMap((v) => (v.path !== undefined ? [v.path] : [])))];
    const texts = await Promise.all(paths.map(readHead));
    const unread = now.unread.length > 0 ? `; ${now.unread.join('; ')}` : '';
    return {
        what: `chart ${chart} ${before?.version || '(none)'} → ${now.version} from ${'tgz' in h ? h.where : now.from}${unread}`,
        render: {
            before: before && b ? side(before, b) : 'nothing',
            // A chart that cannot be pulled (or whose bytes are not the ones indexed) is refused at the version's line: nothing the guards judge can be read.
            after: 'unavailable' in after ? { ...after, refused: { file, line: versionLine(text, now.version) } } : after,
            builds: `chart ${chart}`,
            sources: paths.flatMap((path, i) => (texts[i] !== undefined ? [{ path, text: texts[i] }] : [])),
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/operations/check/render.ts
// chart-bump-check's rendered manifest diffs: on a pull request that changes
// a chart, each environment that deploys it (its Application names the chart
// or its folder; every environment when none names an Application) is
// rendered with the real Helm at the base and at the head — the chart folder
// with its file:// subcharts, and what its Application gives, read as a
// promotion reads it (promote/application.ts): valueFiles, the environment's
// values file, inline values, parameters, release name, namespace, and the
// ignoreDifferences the diff honours. The pull request's templates are
// untrusted: each render runs bounded (render/helm.ts: 30 s, 32 MiB of output,
// 512 MiB of memory, no network), and what stops one is said. A protected environment's render
// decides too (render-guards.ts): it must render, and run images pinned by
// digest. Overlay environments (`kustomization:`, `flux-kustomization:`) are
// built with kustomize when what they build changed (render-overlays.ts); a
// Flux HelmRelease environment is rendered as helm-controller installs it
// when its chart or what its release reads changed (render-flux.ts). Each after side is then
// validated against the schemas of the environment's cluster (validate.ts),
// when `validation` is given.











/** The Application of `text` as a render reads it (promote/application.ts), the one that deploys `chartDir` when the file holds several; undefined when it holds none. */
function applicationOf(text, file, name, chartDir) {
    if (text === undefined)
        return undefined;
    try {
        return (0,promote_application/* readApplication */.nZ)(text, file, name, [chartDir]);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return undefined;
        throw e;
    }
}
/**
 * Every changed chart rendered per environment that deploys it, and every
 * overlay environment whose build inputs changed (render-overlays.ts), base
 * vs head, with the problems the renders give a protected environment;
 * undefined when render is off or nothing is rendered. Throws only for
 * `render: on` without Helm (or without kustomize, for an overlay).
 */
async function renderChecks(mode, config, charts, commits, reader, env, inRepo, validation, remote) {
    if (mode === 'off' || !config)
        return undefined;
    const [charted, overlays] = await Promise.all([
        renderCharts(mode, config, charts, commits, reader, env, inRepo, validation, remote),
        renderOverlayChecks(mode, config, commits, reader, env, inRepo, validation),
    ]);
    const all = [...(charted ?? []), ...overlays];
    return all.length > 0 ? { rendered: all.map((j) => j.render), problems: renderProblems(all) } : undefined;
}
/**
 * The Helm each of `envs` renders with (an environment naming its Helm major gets a Helm of that major, refused at
 * its line when there is none), or the skipped row when there is no usable Helm. Throws for `render: on` without one.
 */
async function helmsFor(mode, config, envs, env) {
    const helmOf = new Map();
    for (const major of new Set(envs.flatMap((e) => (e.helmVersion === undefined ? [] : [e.helmVersion])))) {
        const found = await (0,render_helm/* findHelmOf */.pz)(major, env);
        if (found && (0,render_helm/* helmUsable */.hm)(found)) {
            helmOf.set(major, found);
            continue;
        }
        const i = config.environments.findIndex((e) => e.helmVersion === major);
        throw new errors/* UserError */.yo(`helm-version: ${major}: no Helm ${major} on PATH to render ${config.environments[i].name} with`, {
            file: config.file,
            line: (0,config_config.configLine)(config, ['environments', i, 'helm-version']),
            hint: `add Helm ${major} to PATH (azure/setup-helm with its version, or as helm${major}), or set helm-version to the Helm the runner has`,
        });
    }
    // The first helm on PATH renders the others (and is what a missing Helm is said of); every one naming its own needs none.
    const helm = envs.length > 0 && envs.every((e) => e.helmVersion !== undefined) ? [...helmOf.values()][0] : await (0,render_helm/* findHelm */.MI)(env);
    if (!helm || !(0,render_helm/* helmUsable */.hm)(helm)) {
        const why = helm ? `Helm ${helm.version} is older than ${render_helm/* MIN_HELM */.uO}` : 'no helm on PATH';
        if (mode === 'on')
            throw new errors/* UserError */.yo(`render: on needs Helm ${render_helm/* MIN_HELM */.uO} or later: ${why}`, {
                hint: 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm)',
            });
        const render = {
            environment: 'every environment',
            status: 'skipped',
            noHelm: true,
            message: `${why}; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off`,
        };
        return [{ render, protected: false, file: '', builds: 'the charts', sources: [] }];
    }
    const cfg = config.render;
    const renderers = new Map();
    return (e) => {
        const h = (e.helmVersion !== undefined ? helmOf.get(e.helmVersion) : undefined) ?? helm;
        let renderer = renderers.get(h.path);
        if (!renderer)
            renderers.set(h.path, (renderer = new render_render/* Renderer */.A4(h.path, { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions }, CHECK_LIMITS)));
        return { helm: h, renderer };
    };
}
/**
 * Every changed chart (present at the head) rendered per environment that
 * deploys it, and every Flux HelmRelease environment whose chart or release
 * changed (render-flux.ts), base vs head; undefined when there is none.
 * Throws only for `render: on` without Helm.
 */
async function renderCharts(mode, config, charts, commits, reader, env, inRepo, validation, remote) {
    const changed = charts.filter((c) => c.head !== null);
    if (mode === 'off' || !config || config.environments.length === 0)
        return undefined;
    // A HelmRelease environment is rendered as Flux installs it (render-flux.ts), not with a values file beside a chart.
    const chartEnvs = changed.length === 0 ? [] : config.environments.filter((e) => !e.kustomization && !e.helmrelease && e.values !== undefined);
    const flux = await fluxRenders(config, changed, commits, reader, inRepo, remote);
    if (chartEnvs.length === 0 && flux.length === 0)
        return undefined;
    const helms = await helmsFor(mode, config, [...chartEnvs, ...flux.map((f) => f.environment)], env);
    if (Array.isArray(helms))
        return helms;
    const rendererOf = helms;
    const cfg = config.render;
    const opts = {
        ignore: [...(cfg.ignoreDefaults ? compare/* DEFAULT_IGNORE */.pA : []), ...cfg.ignore].map((r) => new RegExp(r)),
        summarize: cfg.summarize,
        ignoreDifferences: [],
    };
    const anyApplication = config.environments.some((e) => e.application && !e.kustomization);
    const jobs = [];
    for (const chart of changed) {
        const dir = chart.path;
        /** A side as its Application gives it, and the texts it read (values files, then the chart's files) where an image is traced. */
        const side = async (commit, values, app) => {
            const read = (p) => reader.read(commit, p);
            const files = await (0,render_render/* readChartFolder */.z_)({ list: (d) => reader.list(commit, d), read }, dir);
            if ('unavailable' in files)
                return { side: files, sources: [] };
            const texts = app
                ? await (0,promote_application/* applicationValues */.BX)(app, values, files.files, read)
                : { values: await read(values).then((text) => (text === undefined ? [] : [{ path: values, text }])) };
            if ('unavailable' in texts)
                return { side: texts, sources: [] };
            const sources = [
                ...texts.values.flatMap((v) => (v.path !== undefined ? [{ path: v.path, text: v.text }] : [])),
                ...[...files.files].map(([p, t]) => ({ path: external_node_path_.posix.join(dir, p), text: t })),
            ];
            return {
                side: {
                    chart: files,
                    release: app?.release ?? chart.name,
                    ...(app?.namespace ? { namespace: app.namespace } : {}),
                    values: texts.values.map((v) => v.text),
                    ...(app?.set.length ? { set: app.set } : {}),
                },
                sources,
            };
        };
        for (const e of config.environments) {
            // An overlay environment is built with kustomize (render-overlays.ts), a HelmRelease's as Flux installs it (render-flux.ts).
            if (!chartEnvs.includes(e) || e.values === undefined)
                continue;
            const values = inRepo(e.values);
            const ref = e.application ? (0,promote_application/* splitApplicationRef */.O6)(e.application) : undefined;
            const appFile = ref ? inRepo(ref.file) : undefined;
            const [appBase, appHead] = await Promise.all([
                appFile ? reader.read(commits.base, appFile) : undefined,
                appFile ? reader.read(commits.head, appFile) : undefined,
            ]);
            const application = (text) => (appFile ? applicationOf(text, appFile, ref?.name, dir) : undefined);
            const atBase = application(appBase);
            const app = application(appHead) ?? atBase;
            const deploys = app ? (app.path === undefined ? app.revision.chart === chart.name : app.path === dir) : !anyApplication;
            if (!deploys)
                continue;
            const name = changed.length > 1 ? `${e.name} (${chart.name})` : e.name;
            const what = `chart ${chart.name} ${chart.base ?? '(new)'} → ${chart.head}`;
            const { helm: used, renderer } = rendererOf(e);
            jobs.push(Promise.all([
                chart.base === null ? Promise.resolve('nothing') : side(commits.base, values, atBase ?? app).then((b) => b.side),
                side(commits.head, values, app),
            ]).then(async ([b, h]) => {
                // The Application's ignoreDifferences hide the same fields here as in a promotion's diff.
                const render = {
                    ...(await (0,render_render/* renderEnvironment */.Cp)(renderer, name, b, h.side, { ...opts, ignoreDifferences: app?.ignoreDifferences ?? [] }, what)),
                    helm: used.version,
                };
                // The after side again is the cache's: validated as rendered, with the chart's own CRDs.
                if (validation && !('unavailable' in h.side) && 'files' in h.side.chart)
                    await validation.after(e, name, await renderer.render(h.side), (0,environment/* chartCrds */.D)(h.side.chart.files, dir));
                return { render, protected: e.protected, file: appFile ?? values, builds: `chart ${chart.name}`, sources: h.sources };
            }));
        }
    }
    for (const f of flux)
        jobs.push(renderFlux(f, rendererOf, opts, validation));
    return jobs.length > 0 ? Promise.all(jobs) : undefined;
}
/** One Flux HelmRelease environment rendered (render-flux.ts gave its sides), with what the guards judge. */
async function renderFlux(f, rendererOf, opts, validation) {
    const judged = { protected: f.environment.protected, file: f.file, builds: f.builds, sources: f.sources };
    if ('failed' in f.after)
        return { ...judged, render: { environment: f.name, what: f.what, status: 'failed', message: f.after.failed } };
    const { helm, renderer } = rendererOf(f.environment);
    const render = { ...(await (0,render_render/* renderEnvironment */.Cp)(renderer, f.name, f.before, f.after, opts, f.what)), helm: helm.version };
    if (validation && f.chart && !('unavailable' in f.after))
        await validation.after(f.environment, f.name, await renderer.render(f.after), (0,environment/* chartCrds */.D)(f.chart.files, f.chart.dir));
    return { ...judged, render };
}


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V3: () => (/* binding */ readFluxRelease),
/* harmony export */   eK: () => (/* binding */ specValues),
/* harmony export */   z8: () => (/* binding */ fluxRef)
/* harmony export */ });
/* unused harmony exports mergePatch, fluxReleaseName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33861);
/* harmony import */ var _application_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21120);
/* harmony import */ var _flux_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90687);
/* harmony import */ var _flux_values_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99982);
// A Flux HelmRelease as helm-controller would install it, read from the
// repository for the rendered diff and values-drift: the environment's
// HelmRelease (often a kustomize patch of it, apps/<env>) over the HelmRelease
// of the same name its kustomization reaches (apps/base: the resources it
// lists, folders followed), merged as kustomize merges a patch of a custom
// resource (maps key by key, every other value replaced); the chart from its
// source (a HelmRepository of type oci, a classic https HelmRepository, or an
// OCIRepository through spec.chartRef, at its tag and spec.ref.digest); the
// values in Flux's order (spec.valuesFrom as listed, then spec.values), each
// ConfigMap followed into the repository by flux-values.ts; the release name
// (spec.releaseName, else `[<targetNamespace>-]<name>`, shortened over 53
// characters to its first 40, `-` and 12 hex of its sha256, as helm-controller
// does), the namespace installed into (spec.targetNamespace, else the
// HelmRelease's) and the storage namespace (spec.storageNamespace, else the
// HelmRelease's).








const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
/** At most this many kustomization folders are followed from the HelmRelease's folder. */
const MAX_FOLDERS = 32;
/** Folder of a repository path ('.' at the top). */
const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `dir` joined with a relative path, normalised; undefined when it leaves the repository. */
function joinPath(dir, rel) {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const seg of rel.split('/'))
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    return parts.join('/') || '.';
}
function docsIn(text, file, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    return (parsed.documents ?? [parsed.doc]).flatMap((d, index) => {
        const data = asObj(d.toJS({ maxAliasCount: 100 }));
        return data ? [{ file, index, data }] : [];
    });
}
/**
 * The documents a kustomization folder reaches: its resources' files and
 * folders (a remote or outside one left out), and its namespace: the
 * kustomization's own `namespace:` nearest the HelmRelease.
 */
async function reached(dir, read, cache) {
    const docs = [];
    const seen = new Set();
    let namespace;
    const queue = [dir];
    while (queue.length > 0 && seen.size < MAX_FOLDERS) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        seen.add(d);
        for (const n of _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_NAMES */ .H7) {
            const kfile = d === '.' ? n : `${d}/${n}`;
            const ktext = await read(kfile);
            if (ktext === undefined)
                continue;
            const k = docsIn(ktext, kfile, cache)[0]?.data ?? {};
            namespace ??= asStr(k.namespace);
            for (const r of Array.isArray(k.resources) ? k.resources : []) {
                const rel = asStr(r);
                const path = rel === undefined || /^[a-z][a-z0-9+.-]*:/i.test(rel) ? undefined : joinPath(d, rel);
                if (path === undefined)
                    continue;
                if (/\.ya?ml$/.test(path)) {
                    const text = await read(path);
                    if (text !== undefined)
                        docs.push(...docsIn(text, path, cache));
                }
                else
                    queue.push(path);
            }
            break;
        }
    }
    return { docs, namespace };
}
/** `patch` merged over `base` as kustomize merges a patch of a custom resource: maps key by key, `null` removes, anything else replaced. */
function mergePatch(base, patch) {
    const b = asObj(base);
    const p = asObj(patch);
    if (!p)
        return patch;
    const out = { ...(b ?? {}) };
    for (const [k, v] of Object.entries(p)) {
        if (v === null)
            delete out[k];
        else
            out[k] = asObj(v) && asObj(out[k]) ? mergePatch(out[k], v) : v;
    }
    return out;
}
/** Helm's limit on a release name, and how helm-controller shortens a longer default one (its first 40 characters, `-`, 12 hex of its sha256). */
function fluxReleaseName(name, targetNamespace) {
    const full = targetNamespace ? `${targetNamespace}-${name}` : name;
    if (full.length <= 53)
        return full;
    return `${full.slice(0, 40)}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(full).digest('hex').slice(0, 12)}`;
}
const kindName = (d) => [asStr(d.data.kind), asStr(asObj(d.data.metadata)?.name)];
/**
 * The environment's Flux reference, its paths through `at` (the check's working-directory prefix); undefined for an
 * environment deployed by no HelmRelease. Every reader of a HelmRelease (render, values-drift, chart-version, the
 * pull request check) takes it from here.
 */
function fluxRef(to, at = (p) => p) {
    if (to.helmrelease === undefined)
        return undefined;
    return { helmrelease: at(to.helmrelease), ...(to.ocirepository !== undefined ? { ocirepository: at(to.ocirepository) } : {}) };
}
/**
 * The HelmRelease the environment's `helmrelease:` names, as it would be
 * installed (see the file's head); `ocirepository:` is where its chartRef's
 * OCIRepository is read first. Errors name file:line as promote/flux.ts does.
 */
async function readFluxRelease(env, read, cache) {
    const { file } = (0,_application_js__WEBPACK_IMPORTED_MODULE_4__/* .splitApplicationRef */ .O6)(env.helmrelease);
    const text = await read(file);
    if (text === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${file} is not in the repository`, { file, hint: 'point helmrelease: at the HelmRelease file' });
    const document = (0,_flux_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseDocument */ .b8)(env.helmrelease, text, file, cache) ?? 0;
    const own = docsIn(text, file, cache);
    const patch = own.find((d) => d.index === document);
    const name = asStr(asObj(patch.data.metadata)?.name) ?? '';
    const around = await reached(dirOf(file), read, cache);
    const all = [...own.filter((d) => d.index !== document), ...around.docs];
    const base = all.filter((d) => !(d.file === file && d.index === document)).find((d) => kindName(d).join('/') === `HelmRelease/${name}`);
    const merged = asObj(mergePatch(base?.data ?? {}, patch.data)) ?? {};
    const spec = asObj(merged.spec) ?? {};
    const meta = asObj(merged.metadata) ?? {};
    const ns = around.namespace ?? asStr(meta.namespace);
    const targetNamespace = asStr(spec.targetNamespace);
    const chart = await chartOf(spec, all, env.ocirepository, read, cache);
    // valuesFrom as kustomize leaves it: the patch's list when it has one (a list is replaced whole), else the base's.
    const holder = asObj(patch.data.spec)?.valuesFrom !== undefined || !base ? { file, index: document } : base;
    const holderText = holder.file === file ? text : ((await read(holder.file)) ?? '');
    const entries = await (0,_flux_values_js__WEBPACK_IMPORTED_MODULE_6__/* .valuesFromEntries */ .hq)(holder.file, holderText, holder.index, read, cache);
    const values = entries.flatMap((e) => (e.home && !e.targetPath ? [valuesOf(e)] : []));
    const unread = entries
        .filter((e) => !e.home || e.targetPath)
        .map((e) => `valuesFrom ${e.kind} ${e.name}${e.targetPath ? ` (targetPath ${e.targetPath})` : ''} not read`);
    if (asObj(spec.values))
        values.push({ text: JSON.stringify(spec.values), path: file, label: 'spec.values' });
    return {
        name,
        releaseName: asStr(spec.releaseName) ?? fluxReleaseName(name, targetNamespace),
        ...((targetNamespace ?? ns) ? { namespace: targetNamespace ?? ns } : {}),
        ...((asStr(spec.storageNamespace) ?? ns) ? { storageNamespace: asStr(spec.storageNamespace) ?? ns } : {}),
        ...chart,
        values,
        unread,
        documents: [...(base ? [{ file: base.file, document: base.index }] : []), { file, document }],
    };
}
/** A valuesFrom entry's values document as text (JSON, which Helm reads as YAML). */
function valuesOf(e) {
    const home = e.home;
    return {
        text: home.plain ? home.text : JSON.stringify(e.root?.toJSON() ?? {}),
        path: home.file,
        label: home.label,
        ...(home.plain ? { plain: true } : {}),
    };
}
/** The chart's version and source: spec.chart.spec with its sourceRef, or spec.chartRef's OCIRepository. */
async function chartOf(spec, docs, ociFile, read, cache) {
    const chartRef = asObj(spec.chartRef);
    if (chartRef) {
        const refName = asStr(chartRef.name);
        const kind = asStr(chartRef.kind) ?? 'OCIRepository';
        const named = ociFile ? (0,_application_js__WEBPACK_IMPORTED_MODULE_4__/* .splitApplicationRef */ .O6)(ociFile) : undefined;
        const candidates = named ? docsIn((await read(named.file)) ?? '', named.file, cache) : [];
        const wanted = (d) => kindName(d)[0] === kind && (kindName(d)[1] === (named?.name ?? refName) || named?.name === undefined);
        const oci = candidates.find(wanted) ?? docs.find((d) => kindName(d).join('/') === `${kind}/${refName}`);
        const ospec = asObj(oci?.data.spec) ?? {};
        const url = (asStr(ospec.url) ?? '').replace(/\/+$/, '');
        const ref = asObj(ospec.ref) ?? {};
        const version = asStr(ref.tag) ?? asStr(ref.semver) ?? '';
        const digest = asStr(ref.digest);
        const cut = url.lastIndexOf('/');
        return {
            version,
            source: {
                ...(cut > 0 ? { repoURL: url.slice(0, cut), chart: url.slice(cut + 1) } : {}),
                ...(digest ? { digests: new Map([[version, digest]]) } : {}),
            },
            from: `${kind} ${refName ?? ''} (${url || 'no url'}${digest ? `@${digest}` : ''})`,
        };
    }
    const cspec = asObj(asObj(spec.chart)?.spec) ?? {};
    const chart = asStr(cspec.chart);
    const version = asStr(cspec.version) ?? '';
    const sourceRef = asObj(cspec.sourceRef) ?? {};
    const kind = asStr(sourceRef.kind) ?? 'HelmRepository';
    const refName = asStr(sourceRef.name) ?? '';
    if (kind !== 'HelmRepository')
        // A chart in a GitRepository or Bucket is a path in it: read as a chart folder of this repository.
        return { version, source: chart ? { path: chart.replace(/^\.\//, '') } : {}, from: `${kind} ${refName} (${chart ?? 'no chart'})` };
    const repo = docs.find((d) => kindName(d).join('/') === `HelmRepository/${refName}`);
    const url = asStr(asObj(repo?.data.spec)?.url);
    const secretRef = asStr(asObj(asObj(repo?.data.spec)?.secretRef)?.name);
    return {
        version,
        source: { ...(chart ? { chart } : {}), ...(url ? { repoURL: url } : {}), ...(secretRef ? { secretRef } : {}) },
        from: `HelmRepository ${refName} (${url ?? 'not found in the repository'})`,
    };
}
/** The spec.values node of a HelmRelease document, for values-drift's comparison at the file's lines. */
function specValues(text, file, document, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document];
    return () => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc?.contents, 'spec'), 'values');
}


/***/ }),

/***/ 99982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ fluxValuesHome),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   fE: () => (/* binding */ docsOf),
/* harmony export */   hq: () => (/* binding */ valuesFromEntries),
/* harmony export */   ko: () => (/* binding */ findConfigMap)
/* harmony export */ });
/* unused harmony export releaseHome */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33861);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80261);
// Where a HelmRelease's image pins live when it takes values from ConfigMaps.
// Flux merges `spec.valuesFrom` in the order listed, then `spec.values` over
// them; a pin is therefore read and written where the last source holding its
// values-key keeps it. A ConfigMap is followed into the repository when its
// data lives there: a kustomize `configMapGenerator` entry (the file named for
// its `valuesKey`, default values.yaml) or a ConfigMap manifest (a literal
// block under `data.<valuesKey>`), found in the HelmRelease's file, the
// kustomization beside it and the kustomizations it names as resources.
// A source lockstep cannot read (a Secret, a ConfigMap made elsewhere) is
// harmless before the pins' home: their values are merged over it. After it,
// it could set the pin Flux deploys, so it is refused at its line — unless
// its `targetPath` puts its one value outside every pin.






const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
const joinPath = (dir, rel) => {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const seg of rel.split('/'))
        if (seg === '..')
            parts.pop();
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    return parts.join('/') || '.';
};
const docsOf = (text, file, cache) => {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    return { parsed, docs: parsed.documents ?? [parsed.doc] };
};
const kindOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'kind'));
const nameOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name'));
/** The node at a values key under `root`, or undefined. */
function holds(root, key) {
    let node = root;
    for (const k of (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .parseValuesKey */ .bx)(key, 'values key')) {
        if (typeof k === 'number')
            node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items[k] : undefined;
        else
            node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(node, k);
        if (node === undefined)
            return false;
    }
    return true;
}
/** True when a targetPath and a pin's values key touch: one is the other or lies inside it. */
const overlaps = (target, key) => target === key || target.startsWith(`${key}.`) || key.startsWith(`${target}.`);
/** A values file of its own (a configMapGenerator's file) as a home. */
function fileHome(file, text, label) {
    return {
        file,
        text,
        label,
        plain: true,
        root: (cache) => (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, text.replace(/^\ufeff/, ''), file).doc.contents,
        read: (t, key, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(t, file, key, { cache }),
        write: (t, pins, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(t, pins, { cache }).text,
    };
}
/** The HelmRelease's own spec.values as the home (the pins at spec.values.<key>). */
function releaseHome(file, text, document) {
    return {
        file,
        text,
        ...(document !== undefined ? { document } : {}),
        label: 'spec.values',
        plain: false,
        root: (cache) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docsOf(text, file, cache).docs[document ?? 0].contents, 'spec'), 'values'),
        read: (t, key, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(t, file, `spec.values.${key}`, { document, cache }),
        write: (t, pins, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(t, pins, { document, cache }).text,
    };
}
function blockOf(text, file, document, dataKey, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document];
    const node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'data'), dataKey);
    const line = parsed.lineOf(node ?? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'data') ?? doc.contents) ?? 1;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.type !== yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`ConfigMap ${nameOf(doc) ?? ''}: data.${dataKey} is ${node === undefined ? 'missing' : 'not a literal block (|)'}, so its values cannot be edited in place`.replace(/\s+/g, ' '), { file, line, hint: `write the values as data.${dataKey}: | followed by the indented YAML` });
    const body = parsed.text;
    const start = body.indexOf('\n', node.range[0]) + 1;
    const end = Math.max(start, node.range[1]);
    const lines = body.slice(start, end).replace(/\n+$/, '').split('\n');
    const indent = /^[ ]*/.exec(lines.find((l) => l.trim() !== '') ?? '')[0];
    const inner = lines.map((l) => (l.trim() === '' ? '' : l.slice(indent.length))).join('\n') + '\n';
    return { inner, start, end: start + lines.join('\n').length, indent, offset: parsed.lineAt(start) - 1 };
}
/** A UserError about the block's YAML, moved to the file's lines. */
function shifted(e, block) {
    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) || e.line === undefined)
        return e;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(e.detailWords, { file: e.file, line: e.line + block.offset, ...(e.hintWords ? { hint: e.hintWords } : {}) });
}
/** A ConfigMap manifest's data.<key> as the home: pins read in its block and written there line by line. */
function configMapHome(file, text, document, dataKey, label) {
    return {
        file,
        text,
        label,
        plain: false,
        root: (cache) => (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, blockOf(text, file, document, dataKey, cache).inner, `${file}#${dataKey}`).doc.contents,
        read(t, key, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            try {
                const pin = (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(block.inner, file, key, { cache });
                return { ...pin, line: pin.line + block.offset };
            }
            catch (e) {
                throw shifted(e, block);
            }
        },
        write(t, pins, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            let after;
            try {
                after = (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(block.inner, pins, { cache }).text;
            }
            catch (e) {
                throw shifted(e, block);
            }
            const was = block.inner.replace(/\n$/, '').split('\n');
            const now = after.replace(/\n$/, '').split('\n');
            const old = t
                .replace(/^\ufeff/, '')
                .slice(block.start, block.end)
                .split('\n');
            // Lines the edit left alone keep their bytes; an edited or added line takes the block's indentation.
            const lines = now.map((l, i) => (now.length === was.length && l === was[i] ? old[i] : l === '' ? '' : block.indent + l));
            const bom = t.startsWith('\ufeff') ? '\ufeff' : '';
            const out = bom + t.replace(/^\ufeff/, '').slice(0, block.start) + lines.join('\n') + t.replace(/^\ufeff/, '').slice(block.end);
            if (blockOf(out, file, document, dataKey, cache).inner.replace(/\n+$/, '') !== after.replace(/\n+$/, ''))
                throw new Error(`internal: the edit of ${file} data.${dataKey} did not read back as written`);
            return out;
        },
    };
}
/** The ConfigMap manifest named `name` in `file`, as a home, or undefined. */
async function manifestIn(file, name, dataKey, read, cache) {
    const text = await read(file);
    if (text === undefined)
        return undefined;
    const { docs } = docsOf(text, file, cache);
    const index = docs.findIndex((d) => kindOf(d) === 'ConfigMap' && nameOf(d) === name);
    if (index < 0)
        return undefined;
    return configMapHome(file, text, index, dataKey, `ConfigMap ${name} (${dataKey})`);
}
/** The configMapGenerator entry `name` of a kustomization: the file it makes `dataKey` from, as a home. */
async function generatorIn(kfile, ktext, name, dataKey, read, cache) {
    const { docs } = docsOf(ktext, kfile, cache);
    const gens = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docs[0].contents, 'configMapGenerator');
    const entry = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(gens) ? gens.items.find((g) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(g, 'name')) === name) : undefined;
    const files = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(entry, 'files');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(files))
        return undefined;
    for (const f of files.items) {
        const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(f) ?? '';
        const eq = spec.indexOf('=');
        const path = eq < 0 ? spec : spec.slice(eq + 1);
        const key = eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq);
        if (key !== dataKey)
            continue;
        const file = joinPath(dirOf(kfile), path);
        const text = await read(file);
        if (text !== undefined)
            return fileHome(file, text, `ConfigMap ${name} (${dataKey}: ${file})`);
    }
    return undefined;
}
/** Follows a ConfigMap through the kustomization of `dir` and the resources it names (each folder once). */
async function findConfigMap(dir, find, read, seen, cache) {
    if (seen.has(dir) || seen.size > 32)
        return undefined;
    seen.add(dir);
    for (const n of _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_NAMES */ .H7) {
        const kfile = dir === '.' ? n : `${dir}/${n}`;
        const ktext = await read(kfile);
        if (ktext === undefined)
            continue;
        const generated = await find.generator(kfile, ktext);
        if (generated)
            return generated;
        const resources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docsOf(ktext, kfile, cache).docs[0].contents, 'resources');
        for (const r of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resources) ? resources.items : []) {
            const rel = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(r);
            if (rel === undefined || /^[a-z]+:\/\//.test(rel))
                continue;
            const path = joinPath(dir, rel);
            const found = /\.ya?ml$/.test(path) ? await find.manifest(path) : await findConfigMap(path, find, read, seen, cache);
            if (found)
                return found;
        }
        return undefined;
    }
    return undefined;
}
/** The HelmRelease's spec.valuesFrom entries, each followed into the repository where it can be. */
async function sourcesOf(doc, parsed, file, read, cache) {
    const from = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'spec'), 'valuesFrom');
    const out = [];
    for (const item of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(from) ? from.items : []) {
        const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'kind')) ?? '';
        const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'name')) ?? '';
        const valuesKey = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'valuesKey')) ?? 'values.yaml';
        const targetPath = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'targetPath'));
        const source = { kind, name, line: parsed.lineOf(item) ?? 1, valuesKey, ...(targetPath ? { targetPath } : {}) };
        if (kind === 'ConfigMap' && !targetPath) {
            const home = (await manifestIn(file, name, valuesKey, read, cache)) ??
                (await findConfigMap(dirOf(file), {
                    generator: (kfile, ktext) => generatorIn(kfile, ktext, name, valuesKey, read, cache),
                    manifest: (path) => manifestIn(path, name, valuesKey, read, cache),
                }, read, new Set(), cache));
            if (home) {
                source.home = home;
                source.root = home.root(cache);
            }
        }
        out.push(source);
    }
    return out;
}
/** The spec.valuesFrom entries of the HelmRelease document `document` of `file`, in Flux's order, each followed into the repository where it can be. */
async function valuesFromEntries(file, text, document, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    return sourcesOf(docs[document], parsed, file, read, cache);
}
/**
 * The home of an environment's pins for the HelmRelease document `document`
 * of `file`: for each values key, the last source (valuesFrom in order, then
 * spec.values) that holds it. Refused at file:line: pins split over several
 * sources, and a source merged after the home that lockstep cannot read or
 * whose targetPath lands on a pin.
 */
async function fluxValuesHome(file, text, document, keys, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document ?? 0];
    const release = releaseHome(file, text, document);
    const sources = await sourcesOf(doc, parsed, file, read, cache);
    const chain = [
        ...sources,
        { kind: 'values', name: 'spec.values', line: 0, valuesKey: '', home: release, root: release.root(cache) },
    ];
    const homes = new Map();
    for (const key of keys) {
        let at = -1;
        chain.forEach((s, i) => {
            if (s.home && !s.targetPath && holds(s.root, key))
                at = i;
        });
        if (at < 0)
            continue;
        homes.set(chain[at], [...(homes.get(chain[at]) ?? []), key]);
        const later = chain.slice(at + 1).find((s) => (s.targetPath ? overlaps(s.targetPath, key) : !s.home));
        if (later)
            throw overriding(later, key, chain[at], doc, file);
    }
    if (homes.size > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${nameOf(doc) ?? ''} keeps its pins in ${[...homes].map(([s, k]) => `${s.home.label} (${k.join(', ')})`).join(' and ')}; lockstep writes one place per environment`.replace(/\s+/g, ' '), { file, line: sources[0]?.line ?? 1, hint: 'keep every image pin of the environment in one ConfigMap, or in spec.values' });
    if (homes.size === 0)
        return release;
    const [chosen] = homes.keys();
    const dir = dirOf(file);
    // Soak time, approvals and records read the history of the HelmRelease's folder (place.ts pinPath): the pins stay in it.
    if (chosen.home !== release && dir !== '.' && !chosen.home.file.startsWith(`${dir}/`))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the pins of HelmRelease ${nameOf(doc) ?? ''} are in ${chosen.home.file}, outside its folder ${dir}`.replace(/\s+/g, ' '), {
            file,
            line: chosen.line,
            hint: `keep the environment's values ConfigMap in ${dir} (or below it), whose history says when its pins changed; or name its file with values: beside helmrelease:`,
        });
    return chosen.home;
}
/** A valuesFrom entry merged after the pins' home that may set the pin Flux deploys. */
function overriding(later, key, home, doc, file) {
    const why = later.targetPath
        ? `sets ${later.targetPath} (targetPath) over the ${key} pin`
        : later.kind === 'Secret'
            ? `is a Secret lockstep cannot read, merged over the ${key} pin`
            : `has no data in the repository lockstep can read, and is merged over the ${key} pin`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${nameOf(doc) ?? ''}: spec.valuesFrom ${later.kind} ${later.name} ${why} kept in ${home.home.label}`.replace(/\s+/g, ' '), {
        file,
        line: later.line,
        hint: later.kind === 'Secret'
            ? 'list the Secret before the source holding the pins (or give it a targetPath outside them): a Secret holds secrets, not image pins'
            : 'keep the pins in the last source Flux merges, or generate this ConfigMap in the repository (configMapGenerator or a ConfigMap manifest)',
    });
}


/***/ }),

/***/ 1930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ traceImage),
/* harmony export */   oo: () => (/* binding */ unpinnedImages),
/* harmony export */   sq: () => (/* binding */ unpinnedLine)
/* harmony export */ });
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29679);
// The digest-only guard over what is rendered: every container,
// initContainer and ephemeralContainer image of a protected environment's
// rendered objects must name its content (`@sha256:` and 64 hex digits),
// whatever wrote it — a base, a patch, a component, a chart default, a
// subchart. Pod specs are found by their shape, not by kind: a Pod's `spec`,
// and every `template.spec` under an object's spec (Deployment, StatefulSet,
// DaemonSet, ReplicaSet, Job, a CronJob's jobTemplate, an Argo Rollout or any
// custom resource shaped the same). Where the image came from is traced in the
// texts the render read (values files, chart files, the overlay's files):
// the line that writes the image, else its tag, else its repository; else the
// object alone names it.

/** A digest as a pin: `@sha256:` and 64 lowercase hex digits, at the end of the reference. */
const DIGEST = /@sha256:[0-9a-f]{64}$/;
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** Every pod spec of an object, with its path: a Pod's spec, and each `template.spec` under `spec` (any depth). */
function podSpecs(body) {
    const out = [];
    const top = asObj(body.spec);
    if (!top)
        return out;
    if (body.kind === 'Pod')
        out.push({ spec: top, path: 'spec' });
    const walk = (node, path, depth) => {
        if (depth > 8)
            return;
        for (const [k, v] of Object.entries(node)) {
            const child = asObj(v);
            if (!child)
                continue;
            const at = `${path}.${k}`;
            const spec = k === 'template' ? asObj(child.spec) : undefined;
            if (spec && CONTAINER_LISTS.some((l) => Array.isArray(spec[l])))
                out.push({ spec, path: `${at}.spec` });
            else
                walk(child, at, depth + 1);
        }
    };
    walk(top, 'spec', 0);
    return out;
}
/** The images of `objects` that carry no digest, in the objects' order (each list, each container). */
function unpinnedImages(objects) {
    const out = [];
    for (const o of objects)
        for (const { spec, path } of podSpecs(o.body))
            for (const list of CONTAINER_LISTS) {
                const containers = spec[list];
                if (!Array.isArray(containers))
                    continue;
                containers.forEach((c, i) => {
                    const container = asObj(c);
                    if (!container)
                        return;
                    const image = typeof container.image === 'string' ? container.image.trim() : '';
                    if (DIGEST.test(image))
                        return;
                    out.push({
                        object: (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .objectLabel */ .uk)(o),
                        container: typeof container.name === 'string' && container.name !== '' ? container.name : '(unnamed)',
                        list,
                        image,
                        path: `${path}.${list}[${i}].image`,
                    });
                });
            }
    return out;
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
    const kind = u.list === 'containers' ? 'container' : u.list === 'initContainers' ? 'initContainer' : 'ephemeralContainer';
    return `${u.object}: ${kind} ${u.container} ${u.image === '' ? 'names no image' : `runs ${u.image}`}, not pinned by digest (${u.path})`;
}


/***/ }),

/***/ 34549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ chartCrds),
/* harmony export */   q: () => (/* binding */ validateEnvironment)
/* harmony export */ });
/* harmony import */ var _render_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29679);
/* harmony import */ var _crd_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12535);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53647);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84033);
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
 * objects hold. The Kubernetes schemas are loaded on the first call of a run,
 * Flux's on the first call whose objects hold a Flux resource.
 */
async function validateEnvironment(objects, crdTexts, kubeVersion) {
    const list = [...objects];
    let kube;
    try {
        kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeSchemas */ .Yf)();
    }
    catch (e) {
        return { findings: [], failed: `the Kubernetes schemas did not load: ${e.message}` };
    }
    // Flux's models are loaded only for a render that holds a Flux object.
    if (list.some((o) => (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .isFluxApi */ .CX)(o.apiVersion)))
        try {
            kube = await (0,_kube_js__WEBPACK_IMPORTED_MODULE_2__/* .kubeAndFluxSchemas */ .Eo)();
        }
        catch (e) {
            return { findings: [], failed: `the Flux schemas did not load: ${e.message}` };
        }
    const crds = new _crd_js__WEBPACK_IMPORTED_MODULE_3__/* .CrdSchemas */ .I();
    for (const { from, text } of crdTexts) {
        try {
            crds.add([...(0,_render_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .splitObjects */ .bR)(text).values()].map((o) => o.body));
        }
        catch (e) {
            return { findings: [], failed: `${from}: ${e.message}` };
        }
    }
    const validation = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateObjects */ .T1)(list, { kube, crds }, kubeVersion);
    const unvalidated = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .unvalidatedLine */ .cc)(validation);
    return { findings: validation.findings, ...(unvalidated ? { unvalidated } : {}), validation };
}


/***/ })

};

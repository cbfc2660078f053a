export const id = 8021;
export const ids = [8021];
export const modules = {

/***/ 58021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderChecks: () => (/* binding */ renderChecks)
});

// EXTERNAL MODULE: ./packages/core/src/deploy/fleet.ts + 1 modules
var fleet = __webpack_require__(15137);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(30793);
// EXTERNAL MODULE: ./packages/core/src/render/compare.ts + 1 modules
var compare = __webpack_require__(292);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var render_helm = __webpack_require__(46760);
// EXTERNAL MODULE: ./packages/core/src/render/render.ts + 2 modules
var render_render = __webpack_require__(39410);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/render/find.ts
var find = __webpack_require__(73211);
// EXTERNAL MODULE: ./packages/core/src/render/kustomize.ts + 1 modules
var kustomize = __webpack_require__(83375);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-build.ts
var flux_build = __webpack_require__(17371);
// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 4 modules
var kind = __webpack_require__(5459);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/render-overlays.ts
// chart-bump-check's rendered changes of Kustomize overlay environments
// (`kustomization:`, or a Flux Kustomization's spec.path with its spec.images,
// targetNamespace and post-build variables, as hydrate and promote-env build it,
// deploy/flux/flux-build.ts: `flux-kustomization:`): each overlay whose build inputs differ between the base
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
    // A Flux Kustomization (flux-kustomization:) is built as kustomize-controller builds it (deploy/flux/flux-build.ts).
    const pathOf = (e) => (0,kind/* deploymentOf */.PE)(e)?.build;
    const overlays = config.environments.filter((e) => pathOf(e) !== undefined);
    if (mode === 'off' || overlays.length === 0)
        return [];
    // As hydrate and promote-env build it: a Flux Kustomization with its targetNamespace and post-build variables.
    const sideAt = (commit, kustomization, application) => (0,flux_build/* overlaySide */.uw)({ list: (d) => reader.list(commit, d === '' ? '.' : d), read: (p) => reader.read(commit, p) }, inRepo(kustomization), application ? inRepo(application) : undefined);
    const changed = [];
    for (const e of overlays) {
        const [before, after] = await Promise.all([
            sideAt(commits.base, pathOf(e), (0,kind/* deploymentOf */.PE)(e)?.application?.ref),
            sideAt(commits.head, pathOf(e), (0,kind/* deploymentOf */.PE)(e)?.application?.ref),
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
        validation?.prepare(c.e, (0,render_render/* sideRender */.Em)(renderer, before));
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
// EXTERNAL MODULE: ./packages/core/src/operations/check/verdicts.ts
var verdicts = __webpack_require__(32341);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/render-guards.ts
// What the pull request check decides from the rendered objects: a protected
// environment whose chart or overlay no longer renders at the head fails the
// check (an unprotected one is a warning), and every container image a
// protected environment would run must be pinned by digest (render/images.ts).
// A refusal points at the line that wrote the image when the render's inputs
// show it, else at the environment's overlay or Application file, naming the
// object. A protected environment whose render cannot be had (a remote or
// packaged subchart, a file it names that is not in the repository) cannot be
// judged and fails closed; only a render that no Helm could run decides
// nothing, and the protected rows say that it was not judged (view.ts).


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
                line: j.line ?? 1,
                message: `${j.builds} does not render at the head for ${who}: ${lastLine(j.render.message)}${all.length > 1 ? ` (${names(all)} build ${j.builds})` : ''}`,
                hint: j.protected
                    ? `fix it so ${j.render.renderer === 'kustomize' ? 'kustomize builds it' : 'helm template succeeds with its values'}: Argo CD cannot sync ${env} once this merges`
                    : 'promote-env refuses it only for a protected environment; the rendered section shows the whole message',
            });
            continue;
        }
        if (j.render.status === 'skipped' && !j.render.noHelm && (j.render.refused || j.protected)) {
            // What the environment loads cannot be read here (what lockstep will not fetch, Argo CD would): nothing the
            // guards judge can be read, so a protected environment fails closed, at the line that makes it so.
            const at = j.render.refused ?? { file: j.file, line: j.line ?? 1 };
            out.push({
                level: j.protected ? 'error' : 'warning',
                file: at.file,
                line: at.line,
                message: `${who} cannot be judged at the head: ${j.render.message ?? ''}`,
                hint: j.render.refused?.hint ??
                    'write what it renders into the repository and name it by a relative path inside it, so what the cluster receives is what is reviewed',
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
                line: origin?.line ?? j.line ?? 1,
                message: `${who} would run an image not pinned by digest: ${(0,render_images/* unpinnedLine */.sq)(u)}${origin ? `; this line ${origin.text}` : ''}`,
                hint: 'pin it as <image>@sha256:<64 hex> (the overlay images: entry or the values key promote-env writes), so what is reviewed is what runs',
            });
        }
    }
    return out;
}
/**
 * Each protected environment (`names`) as the renders judged it: pinned only where every render of it at the head
 * was read and names no image without a digest; refused where a render fails, cannot be had, or names one; not
 * judged where nothing rendered it (no Helm or kustomize, or nothing it renders changed), saying why.
 */
function protectedVerdicts(names, judged) {
    const noTool = judged.find((j) => j.render.noHelm);
    return names.flatMap((name) => {
        const mine = judged.filter((j) => j.protected && (j.render.environment === name || j.render.environment.startsWith(`${name} (`)));
        if (mine.length === 0)
            return (0,verdicts/* notJudged */.be)([name], noTool?.render.message ?? verdicts/* UNCHANGED */.ST);
        const failed = mine.find((j) => j.render.status === 'failed');
        if (failed)
            return [{ environment: name, verdict: 'refused', reason: `${failed.builds} does not render at the head` }];
        const skipped = mine.find((j) => j.render.status === 'skipped');
        if (skipped)
            return skipped.render.noHelm
                ? (0,verdicts/* notJudged */.be)([name], skipped.render.message ?? '')
                : [{ environment: name, verdict: 'refused', reason: `cannot be judged at the head: ${skipped.render.message ?? ''}` }];
        const images = mine.flatMap((j) => (0,render_images/* renderedImages */.gs)(j.render.after?.values() ?? []));
        const unpinned = images.filter((i) => !(0,render_images/* pinnedByDigest */.MC)(i.image)).length;
        return unpinned === 0
            ? [{ environment: name, verdict: 'pinned', images: images.length }]
            : [{ environment: name, verdict: 'refused', reason: `${unpinned} of ${images.length} rendered images not pinned by digest` }];
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/deploy/flux/flux-release.ts + 1 modules
var flux_release = __webpack_require__(34406);
// EXTERNAL MODULE: ./packages/core/src/promote/flux-release-line.ts
var flux_release_line = __webpack_require__(48198);
// EXTERNAL MODULE: ./packages/core/src/render/cached.ts
var cached = __webpack_require__(12530);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/remote-named.ts
// What the pull request check may contact for a Flux HelmRelease's remote chart: only a repository or registry
// the base commit already names (the spec.url of a HelmRepository or OCIRepository among the documents its
// releases read). A pull request's text is untrusted: a source URL it introduces (a service of the runner on
// 127.0.0.1, any https host) is never contacted, so its answer never reaches the public summary. The release is
// then not rendered, which fails a protected environment closed at the line that writes the new URL
// (render-guards.ts), and is a warning elsewhere.
/** A source URL as the check compares it: trimmed, without trailing slashes. */
const sourceKey = (url) => url.trim().replace(/\/+$/, '');
/** What to do about a source the base does not name. */
const UNNAMED_HINT = 'add the new source in a pull request of its own that no release uses yet (a HelmRepository or OCIRepository beside the release); once it is merged, point the release at it';
/** The 1-based line of `file`'s text whose `url:` writes `url`, else 1. */
function urlLine(text, url) {
    const lines = (text ?? '').split('\n');
    const at = lines.findIndex((l) => {
        const value = /^\s*url:(.*)$/.exec(l)?.[1];
        if (value === undefined)
            return false;
        const bare = value
            .replace(/\s#.*$/, '')
            .trim()
            .replace(/^(["'])(.*)\1$/, '$2');
        return sourceKey(bare) === url;
    });
    return at >= 0 ? at + 1 : 1;
}
/**
 * The release's remote source when the base does not name it: the side the check cannot render, refused at the
 * line of the head's source document that writes the URL. Undefined when `named` (the base's sources) holds it.
 */
async function unnamedSource(now, named, readHead) {
    const at = now.sourceAt;
    if (!at || named.has(sourceKey(at.url)))
        return undefined;
    return {
        unavailable: `chart ${now.source.chart ?? 'chart'} ${now.version} comes from ${at.url}, which the base commit does not name: the pull request check contacts only the repositories and registries the base names, so it is not pulled`,
        refused: { file: at.file, line: urlLine(await readHead(at.file), at.url), hint: UNNAMED_HINT },
    };
}
/** The source URLs the base's releases read (each environment's HelmRelease at the base; one that does not read, none). */
function namedAtBase(releases) {
    return new Set(releases.flatMap((r) => (r instanceof Error ? [] : r.sourcesNamed.map(sourceKey))));
}

;// CONCATENATED MODULE: ./packages/core/src/operations/check/render-flux.ts
// chart-bump-check's renders of environments deployed by a Flux HelmRelease
// (`helmrelease:`): the HelmRelease read as helm-controller installs it
// (deploy/flux/flux-release.ts: the patch over its base, the values in Flux's
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
// host, which fails a protected environment. A source URL the base commit does
// not name is never contacted (remote-named.ts): refused at the line writing it. Without a puller it is said as not
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
    const readAt = (commit) => (p) => reader.read(commit, p);
    const flux = config.environments.flatMap((e) => {
        const ref = (0,flux_release/* fluxRef */.z8)(e, inRepo);
        return ref ? [{ e, ref }] : [];
    });
    const bases = await Promise.all(flux.map(({ ref }) => releaseAt(ref, readAt(commits.base))));
    // The repositories and registries a remote chart may be pulled from: those the base names (remote-named.ts).
    const baseSources = namedAtBase(bases);
    for (const [i, { e, ref }] of flux.entries()) {
        const { file, line } = await (0,flux_release_line/* releaseWhere */.T)(ref.helmrelease, readAt(commits.head));
        const [was, now] = [bases[i], await releaseAt(ref, readAt(commits.head))];
        const label = (0,kind/* deploymentOf */.PE)(e)?.build !== undefined ? `${e.name} (HelmRelease)` : e.name;
        if (now instanceof errors/* UserError */.yo) {
            // A HelmRelease that read at the base and no longer does at the head: what the cluster receives is broken.
            if (!(was instanceof errors/* UserError */.yo))
                out.push({
                    environment: e,
                    name: label,
                    before: 'nothing',
                    after: { failed: now.format() },
                    file,
                    line,
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
            const pulled = inputsMoved && remote ? await remoteRender(remote, baseSources, before, now, readAt(commits.head), file) : undefined;
            if (pulled)
                out.push({
                    environment: e,
                    name: label,
                    file,
                    line,
                    what: `${what}: ${pulled.what}`,
                    ...pulled.render,
                    values: await (0,flux_release/* releaseValueSources */.je)(now, readAt(commits.head)),
                });
            else if (inputsMoved)
                out.push({
                    environment: e,
                    name: label,
                    before: 'nothing',
                    after: {
                        unavailable: `chart ${now.source.chart ?? 'chart'} of ${now.from} is not in this repository: the check renders a HelmRelease only with a chart of this repository (a GitRepository sourceRef, or a chart the pull request changes)`,
                    },
                    file,
                    line,
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
            values: await (0,flux_release/* releaseValueSources */.je)(now, readAt(commits.head)),
            chartChanged: at.chart !== undefined,
            environment: e,
            name: label,
            before: before
                ? 'unavailable' in baseFiles && /^no chart files/.test(baseFiles.unavailable)
                    ? 'nothing'
                    : side(before, baseFiles)
                : 'nothing',
            after: side(now, headFiles),
            file,
            line,
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
/** What to do when a release's remote chart cannot be pulled in the check. */
const PULL_HINT = 'the check pulls the chart from the registry or repository the release names: make it reachable from the runner (a private https repository: helm repo add <name> <url> --username <user> --password-stdin in a step before this one; a registry: docker login)';
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
async function remoteRender(remote, named, before, now, readHead, file) {
    const unnamed = await unnamedSource(now, named, readHead);
    const chart = now.source.chart ?? 'chart';
    // A source the pull request introduces is contacted for neither side: nothing it names is fetched.
    if (unnamed)
        return {
            what: `chart ${chart} ${before?.version || '(none)'} → ${now.version} from ${now.from}`,
            render: { before: 'nothing', after: unnamed, builds: `chart ${chart}`, sources: [] },
        };
    const head = remote(now.source, now.version);
    if (!head)
        return undefined;
    const base = before && before.version !== '' ? remote(before.source, before.version) : undefined;
    const [h, b] = await Promise.all([head, base]);
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
            after: 'unavailable' in after ? { ...after, refused: { file, line: versionLine(text, now.version), hint: PULL_HINT } } : after,
            builds: `chart ${chart}`,
            sources: paths.flatMap((path, i) => (texts[i] !== undefined ? [{ path, text: texts[i] }] : [])),
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/deploy/chart-values.ts
var chart_values = __webpack_require__(59424);
// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/application.ts + 1 modules
var application = __webpack_require__(94689);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/render-inputs.ts
// chart-bump-check's renders of environments whose own inputs changed: a
// pull request that changes no chart but an environment's values file, its
// Argo CD Application (valueFiles, inline values, parameters, release name,
// namespace, targetRevision, ignoreDifferences) or a file a valueFiles entry
// names changes what that environment receives as surely as a chart does.
// As an overlay is built when its build inputs differ (render-overlays.ts),
// each such environment's side is read at the base and at the head — the
// chart folder its Application deploys from this repository, the values in
// Helm's order, what the Application gives — and rendered when the two
// differ. An environment deploying a chart the pull request changes is
// rendered with that chart (render.ts), once.








/** An environment's values file and its Application's file (repository paths), with the Application's text at the base and at the head. */
async function environmentFiles(e, valuesPath, commits, reader, inRepo) {
    const ref = (0,kind/* deploymentOf */.PE)(e)?.application;
    const appFile = ref ? inRepo(ref.file) : undefined;
    const [baseText, headText] = await Promise.all([
        appFile ? reader.read(commits.base, appFile) : undefined,
        appFile ? reader.read(commits.head, appFile) : undefined,
    ]);
    return { values: inRepo(valuesPath), ref, appFile, baseText, headText };
}
/** How the check reads the repository at a commit (render.ts's CheckReader). */
/**
 * The chart folder a values file without an Application renders with at `commit`, as every command reads it
 * (deploy/chart-values.ts valuesChartFolder over the config's charts:).
 */
function valuesFolderAt(config, reader, commit, inRepo) {
    const at = { read: (p) => reader.read(commit, p), list: (d) => reader.list(commit, d) };
    const charts = (config.charts ?? []).map(inRepo);
    return (values) => (0,chart_values/* valuesChartFolder */.L7)(values, at, charts);
}
/** The Application of `text` as a render reads it (deploy/argocd/application.ts); undefined when the file holds none. */
function applicationOf(text, file, name, charts) {
    if (text === undefined)
        return undefined;
    try {
        return (0,application/* readApplication */.nZ)(text, file, name, charts);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return undefined;
        throw e;
    }
}
/**
 * One side of chart `dir` (released as `release` without an Application) with `values` and what `app` gives, at
 * `commit`; the chart folder read at `chartCommit` (the release tag of the version the Application pins), the values
 * at `commit` still.
 */
async function chartSide(reader, commit, dir, release, values, app, chartCommit = commit) {
    const read = (p) => reader.read(commit, p);
    const files = await (0,render_render/* readChartFolder */.z_)({ list: (d) => reader.list(chartCommit, d), read: (p) => reader.read(chartCommit, p) }, dir);
    if ('unavailable' in files)
        return { side: files, sources: [] };
    const texts = app
        ? await (0,application/* applicationValues */.BX)(app, files.files, read)
        : { values: await read(values).then((text) => (text === undefined ? [] : [{ path: values, text }])) };
    if ('unavailable' in texts)
        return { side: texts, sources: [] };
    const sources = [
        ...texts.values.flatMap((v) => (v.path !== undefined ? [{ path: v.path, text: v.text }] : [])),
        ...[...files.files].map(([p, t]) => ({ path: external_node_path_.posix.join(dir, p), text: t })),
    ];
    const own = external_node_path_.posix.join(dir, 'values.yaml');
    return {
        valueFiles: texts.values.flatMap((v) => (v.path !== undefined && v.path !== own ? [{ path: v.path, text: v.text }] : [])),
        ...(app?.inlineAt.length ? { inline: app.inlineAt } : {}),
        side: {
            chart: files,
            release: app?.release ?? release,
            ...(app?.namespace ? { namespace: app.namespace } : {}),
            values: texts.values.map((v) => v.text),
            ...(app?.set.length ? { set: app.set } : {}),
        },
        sources,
    };
}
/** The chart folders of the head (a folder holding Chart.yaml that is not a chart's vendored subchart). */
function chartFolders(headPaths) {
    const dirs = [...headPaths].filter((p) => p === 'Chart.yaml' || p.endsWith('/Chart.yaml')).map((p) => external_node_path_.posix.dirname(p));
    const all = new Set(dirs);
    return dirs.filter((d) => {
        const parent = external_node_path_.posix.dirname(d);
        return !(external_node_path_.posix.basename(parent) === 'charts' && all.has(external_node_path_.posix.dirname(parent)));
    });
}
/** The files of this repository a valueFiles list reads (a file inside a registry's chart is no file of it: the chart folder's changes are seen as such). */
function valueFilePaths(app) {
    return app ? (0,application/* valueFilePlaces */.aw)(app).flatMap((v) => ('repo' in v ? [v.repo] : [])) : [];
}
/** Whether two read sides render the same thing: the same chart files, values, release, namespace and parameters. */
function sameSide(a, b) {
    const key = (s) => 'unavailable' in s.side
        ? JSON.stringify(['unavailable', s.side.unavailable])
        : JSON.stringify([
            'files' in s.side.chart ? (0,cached/* filesDigest */.A)(s.side.chart.files) : 'tgz',
            s.side.values,
            s.side.release,
            s.side.namespace ?? '',
            s.side.set ?? [],
        ]);
    return key(a) === key(b);
}
/**
 * Each environment of `envs` (values files beside a chart, with or without an
 * Application) that deploys a chart of this repository the pull request does
 * not change (`changedCharts`, rendered by render.ts) and whose inputs differ
 * between the base and the head, both sides read; [] when none does. An
 * environment none of whose inputs is among the changed paths is not read.
 */
async function changedInputs(config, envs, changedCharts, commits, reader, inRepo, tree) {
    const folders = chartFolders(tree.headPaths);
    if (folders.length === 0)
        return [];
    const names = new Map();
    const nameOf = (dir) => {
        let n = names.get(dir);
        if (!n) {
            n = reader.read(commits.head, external_node_path_.posix.join(dir, 'Chart.yaml')).then((text) => {
                try {
                    const name = (0,dist/* parse */.qg)(text ?? '')?.name;
                    return typeof name === 'string' ? name : undefined;
                }
                catch {
                    return undefined;
                }
            });
            names.set(dir, n);
        }
        return n;
    };
    // Without an Application anywhere, a values file feeds the chart folder holding it (deploy/chart-values.ts).
    const anyApplication = (0,kind/* anyApplicationChart */.N7)(config.environments);
    const chartFolderOf = valuesFolderAt(config, reader, commits.head, inRepo);
    /**
     * The chart folder `app` deploys from this repository (its source's path, else the folder of the chart it names);
     * without one, the chart folder holding `values` (deploy/chart-values.ts: the same in every command).
     */
    const folderOf = async (app, values) => {
        if (!app) {
            if (anyApplication)
                return undefined;
            const folder = await chartFolderOf(values);
            return folder !== undefined && folders.includes(folder) ? folder : undefined;
        }
        if (app.path !== undefined)
            return folders.includes(app.path) ? app.path : undefined;
        const named = await Promise.all(folders.map(async (d) => ((await nameOf(d)) === app.revision.chart ? d : undefined)));
        return named.find((d) => d !== undefined);
    };
    const out = await Promise.all(envs.map(async (e) => {
        if (e.values === undefined)
            return undefined;
        const { values, ref, appFile, baseText, headText } = await environmentFiles(e, e.values, commits, reader, inRepo);
        const atBase = appFile ? applicationOf(baseText, appFile, ref?.name, folders) : undefined;
        const atHead = appFile ? applicationOf(headText, appFile, ref?.name, folders) : undefined;
        if (appFile && !atHead)
            return undefined;
        const dir = await folderOf(atHead, values);
        if (dir === undefined || changedCharts.includes(dir))
            return undefined;
        const baseDir = appFile ? (atBase ? await folderOf(atBase, values) : undefined) : dir;
        const touched = baseDir !== dir ||
            [values, ...(appFile ? [appFile] : []), ...valueFilePaths(atBase), ...valueFilePaths(atHead)].some((p) => tree.changed.has(p)) ||
            [...tree.changed].some((p) => dir === '.' || p.startsWith(`${dir}/`));
        if (!touched)
            return undefined;
        const chart = (await nameOf(dir)) ?? external_node_path_.posix.basename(dir);
        // An Application whose chart comes from a registry and whose targetRevision moves renders, on each side, the
        // chart at the version that side pins (as Argo CD pulls it), not the folder as the commit has it.
        const moved = atBase && atHead && atHead.path === undefined && atBase.revision.current !== atHead.revision.current;
        const sideAt = async (own, other, folder, app) => {
            const at = moved && app ? await versionCommit(reader, folder, chart, app.revision.current, [own, other]) : own;
            return typeof at === 'string' ? chartSide(reader, own, folder, chart, values, app, at) : { side: at, sources: [] };
        };
        const [before, after] = await Promise.all([
            baseDir === undefined ? 'nothing' : sideAt(commits.base, commits.head, baseDir, atBase),
            sideAt(commits.head, commits.base, dir, atHead),
        ]);
        // The Application's version and ignoreDifferences change what is reviewed, though Helm renders the same objects.
        const sameApp = JSON.stringify([atBase?.revision.current, atBase?.ignoreDifferences]) ===
            JSON.stringify([atHead?.revision.current, atHead?.ignoreDifferences]);
        if (before !== 'nothing' && sameSide(before, after) && sameApp)
            return undefined;
        const file = tree.changed.has(values) || !appFile ? values : appFile;
        return {
            environment: e,
            dir,
            chart,
            file,
            before,
            after,
            ignoreDifferences: atHead?.ignoreDifferences ?? [],
            ...(moved ? { versions: [atBase.revision.current, atHead.revision.current] } : {}),
        };
    }));
    return out.filter((r) => r !== undefined);
}
/**
 * Where chart `chart` at `version` is read from this repository, as the Application pins it: its release tag
 * `<chart>-<version>`, else the first of `commits` whose folder `dir` says that version in its Chart.yaml; else why not.
 */
async function versionCommit(reader, dir, chart, version, commits) {
    const tag = `refs/tags/${chart}-${version}`;
    if ((await reader.read(tag, external_node_path_.posix.join(dir, 'Chart.yaml'))) !== undefined)
        return tag;
    const said = [];
    for (const c of commits) {
        const text = await reader.read(c, external_node_path_.posix.join(dir, 'Chart.yaml'));
        let found;
        try {
            found = (0,dist/* parse */.qg)(text ?? '')?.version;
        }
        catch {
            found = undefined;
        }
        if (String(found) === version)
            return c;
        if (found !== undefined && !said.includes(String(found)))
            said.push(String(found));
    }
    return {
        unavailable: `chart ${chart} ${version} is not in this repository (no tag ${chart}-${version}; ${dir}/Chart.yaml says ${said.join(' and ') || 'no version'})`,
    };
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(69730);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/operations/check/contract.ts
var check_contract = __webpack_require__(57853);
// EXTERNAL MODULE: ./packages/core/src/charts/archive.ts
var archive = __webpack_require__(68657);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/contract-unrendered.ts
// The values contract without a render (issue 74, item 3): the contract is
// static, so an environment whose values the pull request touches is judged
// when the render is off or no Helm is on the runner, as long as the chart's
// templates can be read from the repository (or from the archive a Flux
// release's render pulled). The sides are read as the renders read them
// (render-inputs.ts, render-flux.ts); nothing is rendered.





/**
 * The values contract without rendering, of every environment whose values the pull request touches: the head side of
 * each changed chart per environment deploying it whose values file, Application or valueFiles changed, each environment
 * whose inputs changed, each Flux release whose HelmRelease, values or chart did.
 */
async function judgeUnrendered(contract, config, changed, chartEnvs, commits, reader, inRepo, inputs, flux, tree) {
    const anyApplication = (0,kind/* anyApplicationChart */.N7)(config.environments);
    for (const chart of changed)
        for (const e of chartEnvs) {
            if (e.values === undefined)
                continue;
            const { values, ref, appFile, headText } = await environmentFiles(e, e.values, commits, reader, inRepo);
            const app = appFile ? applicationOf(headText, appFile, ref?.name, [chart.path]) : undefined;
            const deploys = app ? (app.path === undefined ? app.revision.chart === chart.name : app.path === chart.path) : !anyApplication;
            // Unrendered, an environment of a changed chart is judged where the pull request touches its values (a render judges every one).
            const touched = [values, ...(appFile ? [appFile] : []), ...valueFilePaths(app)].some((p) => tree?.changed.has(p));
            if (!deploys || !touched)
                continue;
            const judged = (0,check_contract/* sideContract */.s)(await chartSide(reader, commits.head, chart.path, chart.name, values, app), appFile ?? values);
            await contract.judge(e, changed.length > 1 ? `${e.name} (${chart.name})` : e.name, chart.name, chart.path, judged.chart, judged.sources, { changed: true });
        }
    for (const i of inputs) {
        const e = i.environment;
        const { values, appFile } = await environmentFiles(e, e.values ?? '', commits, reader, inRepo);
        const read = [values, ...(appFile ? [appFile] : []), ...(i.after.valueFiles ?? []).map((v) => v.path)];
        if (!read.some((p) => tree?.changed.has(p)))
            continue;
        const judged = (0,check_contract/* sideContract */.s)(i.after, i.file);
        await contract.judge(i.environment, i.environment.name, i.chart, i.dir, judged.chart, judged.sources);
    }
    for (const f of flux)
        await judgeFlux(contract, f, {});
}
/**
 * A Flux release judged by the values contract with the chart its render reads (fluxContractChart), rendered or
 * not (`how` says which, and with which Helm); nothing when its values were not read or its release failed.
 */
async function judgeFlux(contract, f, how) {
    if (!f.values || 'failed' in f.after)
        return;
    await contract.judge(f.environment, f.name, f.builds.replace(/^chart /, ''), f.chart?.dir ?? f.builds, await fluxContractChart(f.after, f.file, f.line), f.values, { changed: f.chartChanged, ...how });
}
/** The chart a Flux release's render reads, as the values contract reads it: a folder's files, a pulled archive's, or why none. */
async function fluxContractChart(after, file, line) {
    if ('unavailable' in after)
        return { unavailable: after.unavailable, file, line };
    if ('files' in after.chart)
        return { files: after.chart.files };
    try {
        return { files: await (0,archive/* readChartArchive */.h)(Buffer.from(after.chart.tgz), 'the pulled chart', { templates: true, subcharts: true }) };
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return { unavailable: e.detail, file, line };
        throw e;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/operations/check/render.ts
// chart-bump-check's rendered manifest diffs: on a pull request that changes
// a chart, each environment that deploys it (its Application names the chart
// or its folder; every environment when none names an Application) is
// rendered with the real Helm at the base and at the head — the chart folder
// with its file:// subcharts, and what its Application gives, read as a
// promotion reads it (deploy/argocd/application.ts): valueFiles, the environment's
// values file, inline values, parameters, release name, namespace, and the
// ignoreDifferences the diff honours. The pull request's templates are
// untrusted: each render runs bounded (render/helm.ts: 30 s, 32 MiB of output,
// 512 MiB of memory, no network), and what stops one is said. A protected environment's render
// decides too (render-guards.ts): it must render, and run images pinned by
// digest. An environment whose own values file, Application or valueFiles
// changed is rendered the same way though no chart changed (render-inputs.ts).
// Overlay environments (`kustomization:`, `flux-kustomization:`) are
// built with kustomize when what they build changed (render-overlays.ts); a
// Flux HelmRelease environment is rendered as helm-controller installs it
// when its chart or what its release reads changed (render-flux.ts). Each after side is then
// validated against the schemas of the environment's cluster (validate.ts),
// when `validation` is given.















/**
 * Every changed chart rendered per environment that deploys it, every
 * environment whose values or Application changed (render-inputs.ts; with
 * `tree`, what the pull request changed), and every
 * overlay environment whose build inputs changed (render-overlays.ts), base
 * vs head, with the problems the renders give a protected environment;
 * undefined when render is off or nothing is rendered. Throws only for
 * `render: on` without Helm (or without kustomize, for an overlay).
 */
async function renderChecks(mode, config, charts, commits, reader, env, inRepo, validation, tree, remote, contract) {
    if (!config)
        return undefined;
    // With the render off, the values contract still judges what the pull request touches: it reads, it does not render.
    if (mode === 'off') {
        if (contract)
            await renderCharts(mode, config, charts, commits, reader, env, inRepo, { contract }, tree);
        return undefined;
    }
    const [charted, overlays] = await Promise.all([
        renderCharts(mode, config, charts, commits, reader, env, inRepo, { validation, contract }, tree, remote),
        renderOverlayChecks(mode, config, commits, reader, env, inRepo, validation),
    ]);
    const all = [...(charted ?? []), ...overlays];
    const verdicts = protectedVerdicts(config.environments.filter((e) => e.protected).map((e) => e.name), all);
    return all.length > 0 ? { rendered: all.map((j) => j.render), problems: renderProblems(all), verdicts } : undefined;
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
            line: (0,config_config.configLine)(config, ['environments', (0,fleet/* configIndexOf */.G4)(config.environments[i], i), 'helm-version']),
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
async function renderCharts(mode, config, charts, commits, reader, env, inRepo, { validation, contract }, tree, remote) {
    const changed = charts.filter((c) => c.head !== null);
    if (!config || config.environments.length === 0 || (mode === 'off' && !contract))
        return undefined;
    // A HelmRelease environment is rendered as Flux installs it (render-flux.ts), not with a values file beside a chart.
    const valueEnvs = config.environments.filter((e) => {
        const d = (0,kind/* deploymentOf */.PE)(e);
        return d?.renderer === 'helm' && !d.release && e.values !== undefined;
    });
    const chartEnvs = changed.length === 0 ? [] : valueEnvs;
    const [flux, inputs] = await Promise.all([
        fluxRenders(config, changed, commits, reader, inRepo, remote),
        tree
            ? changedInputs(config, valueEnvs, changed.map((c) => c.path), commits, reader, inRepo, tree)
            : [],
    ]);
    if (chartEnvs.length === 0 && flux.length === 0 && inputs.length === 0)
        return undefined;
    const helms = mode === 'off'
        ? []
        : await helmsFor(mode, config, [...chartEnvs, ...inputs.map((i) => i.environment), ...flux.map((f) => f.environment)], env);
    // Without Helm (or with the render off), the values contract alone judges each environment's head: it needs no render.
    if (Array.isArray(helms)) {
        if (contract)
            await judgeUnrendered(contract, config, changed, chartEnvs, commits, reader, inRepo, inputs, flux, tree);
        return mode === 'off' ? undefined : helms;
    }
    const rendererOf = helms;
    const cfg = config.render;
    const opts = {
        ignore: [...(cfg.ignoreDefaults ? compare/* DEFAULT_IGNORE */.pA : []), ...cfg.ignore].map((r) => new RegExp(r)),
        summarize: cfg.summarize,
        ignoreDifferences: [],
    };
    const anyApplication = (0,kind/* anyApplicationChart */.N7)(config.environments);
    // A values file without an Application deploys the chart folder holding it, as every command reads it
    // (deploy/chart-values.ts); where none holds it and nothing says which chart, every changed chart, as before.
    const chartFolderOf = valuesFolderAt(config, reader, commits.head, inRepo);
    const valuesDeploy = async (values, dir) => {
        const folder = await chartFolderOf(values);
        return folder === undefined || folder === dir;
    };
    const jobs = [];
    for (const chart of changed) {
        const dir = chart.path;
        // The base side is what the environment runs now: a registry Application pinning an exact version runs that
        // version, as Argo CD pulls it (pinnedAt). The head side is the pull request's chart, which the guards judge for
        // every environment that deploys it: what each runs once a promotion moves its targetRevision there.
        const side = async (commit, other, folderVersion, values, app) => {
            const at = await pinnedAt(reader, dir, chart.name, app, folderVersion, [commit, other]);
            return typeof at === 'string' || at === undefined
                ? chartSide(reader, commit, dir, chart.name, values, app, at ?? commit)
                : { side: at, sources: [] };
        };
        for (const e of config.environments) {
            // An overlay environment is built with kustomize (render-overlays.ts), a HelmRelease's as Flux installs it (render-flux.ts).
            if (!chartEnvs.includes(e) || e.values === undefined)
                continue;
            const { values, ref, appFile, baseText: appBase, headText: appHead } = await environmentFiles(e, e.values, commits, reader, inRepo);
            const application = (text) => (appFile ? applicationOf(text, appFile, ref?.name, [dir]) : undefined);
            const atBase = application(appBase);
            const app = application(appHead) ?? atBase;
            const deploys = app
                ? app.path === undefined
                    ? app.revision.chart === chart.name
                    : app.path === dir
                : !anyApplication && (await valuesDeploy(values, dir));
            if (!deploys)
                continue;
            const name = changed.length > 1 ? `${e.name} (${chart.name})` : e.name;
            const what = pinnedWhat(e.name, chart, atBase ?? app, app);
            const { helm: used, renderer } = rendererOf(e);
            jobs.push(Promise.all([
                chart.base === null
                    ? Promise.resolve('nothing')
                    : side(commits.base, commits.head, chart.base, values, atBase ?? app).then((b) => b.side),
                chartSide(reader, commits.head, dir, chart.name, values, app),
            ]).then(async ([b, h]) => {
                validation?.prepare(e, (0,render_render/* sideRender */.Em)(renderer, b));
                // The Application's ignoreDifferences hide the same fields here as in a promotion's diff.
                const render = {
                    ...(await (0,render_render/* renderEnvironment */.Cp)(renderer, name, b, h.side, { ...opts, ignoreDifferences: app?.ignoreDifferences ?? [] }, what)),
                    helm: used.version,
                };
                // The after side again is the cache's: validated as rendered, with the chart's own CRDs.
                if (validation && !('unavailable' in h.side) && 'files' in h.side.chart)
                    await validation.after(e, name, await renderer.render(h.side), (0,environment/* chartCrds */.D)(h.side.chart.files, dir));
                const judged = (0,check_contract/* sideContract */.s)(h, appFile ?? values);
                await contract?.judge(e, name, chart.name, dir, judged.chart, judged.sources, {
                    changed: true,
                    rendered: true,
                    helm: used.version,
                });
                return { render, protected: e.protected, file: appFile ?? values, builds: `chart ${chart.name}`, sources: h.sources };
            }));
        }
    }
    for (const i of inputs)
        jobs.push(renderInputs(i, rendererOf, opts, validation, contract));
    for (const f of flux)
        jobs.push(renderFlux(f, rendererOf, opts, validation, contract));
    return jobs.length > 0 ? Promise.all(jobs) : undefined;
}
/** One environment whose values or Application changed (render-inputs.ts read its sides), rendered as a changed chart's is. */
async function renderInputs(i, rendererOf, opts, validation, contract) {
    const e = i.environment;
    const { helm, renderer } = rendererOf(e);
    const before = i.before === 'nothing' ? i.before : i.before.side;
    const what = i.versions
        ? `chart ${i.chart} ${i.versions[0]} → ${i.versions[1]}, as ${e.name}'s Application pins it`
        : `chart ${i.chart} at ${i.dir}, ${e.name}'s values or Application changed`;
    validation?.prepare(e, (0,render_render/* sideRender */.Em)(renderer, before));
    const render = {
        ...(await (0,render_render/* renderEnvironment */.Cp)(renderer, e.name, before, i.after.side, { ...opts, ignoreDifferences: i.ignoreDifferences }, what)),
        helm: helm.version,
    };
    if (validation && !('unavailable' in i.after.side) && 'files' in i.after.side.chart)
        await validation.after(e, e.name, await renderer.render(i.after.side), (0,environment/* chartCrds */.D)(i.after.side.chart.files, i.dir));
    const judged = (0,check_contract/* sideContract */.s)(i.after, i.file);
    await contract?.judge(e, e.name, i.chart, i.dir, judged.chart, judged.sources, { rendered: true, helm: helm.version });
    return { render, protected: e.protected, file: i.file, builds: `chart ${i.chart}`, sources: i.after.sources };
}
/** One Flux HelmRelease environment rendered (render-flux.ts gave its sides), with what the guards judge. */
async function renderFlux(f, rendererOf, opts, validation, contract) {
    const judged = { protected: f.environment.protected, file: f.file, line: f.line, builds: f.builds, sources: f.sources };
    if (contract)
        await judgeFlux(contract, f, { rendered: true, helm: rendererOf(f.environment).helm.version });
    if ('failed' in f.after)
        return { ...judged, render: { environment: f.name, what: f.what, status: 'failed', message: f.after.failed } };
    const { helm, renderer } = rendererOf(f.environment);
    validation?.prepare(f.environment, (0,render_render/* sideRender */.Em)(renderer, f.before));
    const render = { ...(await (0,render_render/* renderEnvironment */.Cp)(renderer, f.name, f.before, f.after, opts, f.what)), helm: helm.version };
    // Validated as promote validates it, a chart pulled from its repository too (its own CRDs are read only from a folder).
    if (validation && !('unavailable' in f.after))
        await validation.after(f.environment, f.name, await renderer.render(f.after), f.chart ? (0,environment/* chartCrds */.D)(f.chart.files, f.chart.dir) : []);
    return { ...judged, render };
}
/**
 * Where a changed chart is read for an environment whose Application pulls it from a registry at an exact version
 * (`targetRevision: 1.4.0`): the folder at the side's own commit when it says that version (undefined), else the
 * version's tag or commit (render-inputs.ts versionCommit), else why it cannot be had. A git `path:` source, a
 * range or no Application reads the folder as the side has it (undefined).
 */
async function pinnedAt(reader, dir, chart, app, folderVersion, commits) {
    const pinned = pinnedVersion(app);
    if (!pinned || pinned === folderVersion)
        return undefined;
    return versionCommit(reader, dir, chart, pinned, commits);
}
/**
 * What a changed chart's render of an environment compares: from the version it runs (its Application's pin, else the
 * folder's) to the pull request's; where its Application pins another version at the head, said so.
 */
function pinnedWhat(env, chart, atBase, atHead) {
    const [b, h] = [pinnedVersion(atBase), pinnedVersion(atHead)];
    const runs = b ?? chart.base ?? '(new)';
    if (h === null || h === chart.head)
        return `chart ${chart.name} ${runs} → ${chart.head}`;
    return `chart ${chart.name} ${runs} → ${chart.head} (${env} runs ${h}, as its Application pins it; ${chart.head} is this pull request's, run there once promoted)`;
}
/** The exact version an Application pulls its chart at from a registry (`targetRevision: 1.4.0`); null for a git `path:` source, a range or none. */
function pinnedVersion(app) {
    return app && app.path === undefined ? semver_default().valid(app.revision.current) : null;
}


/***/ }),

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

/***/ 73211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ findKustomize)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_4__);
// The kustomize an overlay is rendered with: a `kustomize` binary on PATH,
// else `kubectl kustomize` (kubectl 1.21 and later carry kustomize v4+; the
// GitHub-hosted Ubuntu runners ship kubectl). Kept apart from kustomize.ts so
// an action's entry chunk carries the finder only, not the renderer.





/** The first executable `name` on PATH. */
function onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter)) {
        if (!dir)
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, process.platform === 'win32' ? `${name}.exe` : name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return path;
        }
        catch {
            continue;
        }
    }
    return undefined;
}
/** A version query run with nothing of the runner's but PATH, 10 s at most. */
function ask(path, args) {
    const home = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const run = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(path, args, {
        encoding: 'utf8',
        timeout: 10_000,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, KUBECONFIG: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'lockstep-no-kubeconfig') },
    });
    return run.status === 0 ? run.stdout : undefined;
}
/** `kustomize` on PATH, else `kubectl` on PATH whose kustomize is v4 or later; undefined when neither answers. */
function findKustomize(env = process.env) {
    const k = onPath('kustomize', env);
    if (k) {
        // `kustomize version` prints `v5.4.2` (v5) or `{Version:kustomize/v4.5.7 …}` (v4).
        const version = (0,semver__WEBPACK_IMPORTED_MODULE_4__.coerce)(ask(k, ['version'])?.match(/v?\d+\.\d+\.\d+/)?.[0])?.version;
        if (version)
            return { path: k, args: ['build'], command: 'kustomize build', version, label: `kustomize v${version}` };
    }
    const kubectl = onPath('kubectl', env);
    if (!kubectl)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(ask(kubectl, ['version', '--client', '-o', 'json']) ?? 'null');
    }
    catch {
        return undefined;
    }
    const version = (0,semver__WEBPACK_IMPORTED_MODULE_4__.coerce)(typeof parsed?.kustomizeVersion === 'string' ? parsed.kustomizeVersion : undefined)?.version;
    // kubectl before 1.21 carries kustomize v2.0.3, which names no version here: not used.
    if (!version || Number(version.split('.')[0]) < 4)
        return undefined;
    return { path: kubectl, args: ['kustomize'], command: 'kubectl kustomize', version, label: `kubectl kustomize (kustomize v${version})` };
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

export const id = 6026;
export const ids = [6026];
export const modules = {

/***/ 5076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ trimmedPatch),
/* harmony export */   "in": () => (/* binding */ renderDiff),
/* harmony export */   kN: () => (/* binding */ renderDiffHead)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5725);
/* harmony import */ var _text_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3603);
/* harmony import */ var _text_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3491);



/** Lines with their terminators, so joining them gives the text back byte for byte. */
function lines(text) {
    return text === '' ? [] : text.split(/(?<=\n)/);
}
/**
 * structuredPatch on only the part of the texts that differs, plus `context`
 * lines either side, with the hunks moved back to their real line numbers.
 * The same hunks as diffing the whole texts, but a release that prepends
 * thousands of lines to a long CHANGELOG.md costs milliseconds instead of the
 * seconds Myers' algorithm spends walking every diagonal of the whole file.
 */
function trimmedPatch(path, before, given, context) {
    const a = lines(before);
    const pure = pureHunk(a, before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .viewText */ .TO)(given), context);
    if (pure)
        return { hunks: [pure] };
    const after = (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .joinText */ ._V)(given);
    const b = lines(after);
    const inPlace = inPlaceHunks(a, b, context);
    if (inPlace)
        return { hunks: inPlace };
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
        suffix++;
    const skip = Math.max(0, prefix - context);
    const keepEnd = Math.max(0, suffix - context);
    const aMid = a.slice(skip, a.length - keepEnd);
    const bMid = b.slice(skip, b.length - keepEnd);
    const hunks = [];
    // Each piece is [from, to) on both sides; the whole middle when the sides differ in length.
    for (const [from, to] of segments(aMid, bMid, context) ?? [[0, undefined]]) {
        const patch = (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .structuredPatch */ .YB)(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
        for (const h of patch.hunks)
            hunks.push({ ...h, oldStart: h.oldStart + skip + from, newStart: h.newStart + skip + from });
    }
    return { hunks };
}
/**
 * The hunk of a pure change (lines only added, or only removed, between a
 * common head and tail; both texts ending in \n or empty) found by reading the
 * texts in place: a release's notes put ten thousand lines on top of
 * CHANGELOG.md, and splitting the whole new text into lines only to compare
 * its first few and its last and show a thousand cost more than the rest of
 * the diff. undefined when the change is not pure: the caller diffs the lines.
 */
function pureHunk(a, before, after, context) {
    if (!(before === '' || before.endsWith('\n')) || !(after.length === 0 || after.endsWith('\n')))
        return undefined;
    // Lines equal from the start: each of before's lines (`a`) is the next line of after when after holds it there
    // whole (every line ends in its \n).
    let prefix = 0;
    let pos = 0;
    while (prefix < a.length && after.startsWith(a[prefix], pos)) {
        pos += a[prefix].length;
        prefix++;
    }
    // And from the end, a whole line of after each, not reaching back into the head.
    let suffix = 0;
    let end = after.length;
    while (suffix < a.length - prefix) {
        const l = a[a.length - 1 - suffix];
        const at = end - l.length;
        if (at < pos || !after.startsWith(l, at) || (at > 0 && !after.startsWith('\n', at - 1)))
            break;
        end = at;
        suffix++;
    }
    // Only added (every line of before matched) or only removed (head and tail meet in after).
    if (prefix + suffix !== a.length && pos !== end)
        return undefined;
    const b = new TextLines(after);
    const skip = Math.max(0, prefix - context);
    const keepEnd = Math.max(0, suffix - context);
    const ctxBefore = prefix - skip;
    const removed = a.length - suffix - prefix;
    const added = b.length - suffix - prefix;
    const ctxAfter = suffix - keepEnd;
    const runs = [
        [(i) => a[i], skip, prefix, ' '],
        [(i) => a[i], prefix, a.length - suffix, '-'],
        [(i) => b.at(i), prefix, b.length - suffix, '+'],
        [(i) => b.at(i), b.length - suffix, b.length - keepEnd, ' '],
    ];
    return {
        oldStart: skip + 1,
        oldLines: ctxBefore + removed + ctxAfter,
        newStart: skip + 1,
        newLines: ctxBefore + added + ctxAfter,
        lines: {
            length: ctxBefore + removed + added + ctxAfter,
            at(i) {
                for (const [line, from, to, mark] of runs) {
                    if (i < to - from)
                        return `${mark}${line(from + i).slice(0, -1)}`;
                    i -= to - from;
                }
                return undefined;
            },
        },
    };
}
/** The lines of a text (each with its \n), counted at once and made when read; reading them in order costs one pass. */
class TextLines {
    length;
    text;
    /** The line the cursor is at and where it starts. */
    line = 0;
    pos = 0;
    constructor(text) {
        this.text = text;
        let n = 0;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            n++;
        this.length = text.length === 0 || text.endsWith('\n') ? n : n + 1;
    }
    at(i) {
        if (i < this.line) {
            this.line = 0;
            this.pos = 0;
        }
        while (this.line < i) {
            this.pos = this.text.indexOf('\n', this.pos) + 1;
            this.line++;
        }
        const nl = this.text.indexOf('\n', this.pos);
        return this.text.slice(this.pos, nl === -1 ? undefined : nl + 1);
    }
}
/**
 * Where the diff of two texts with the same number of lines can be taken in
 * pieces: cut in the middle of every run of more than 2 × context equal lines
 * (no hunk spans such a run). Only when every changed line's text is absent
 * from the other side: then no changed line can be matched, the only longest
 * common subsequence is every unchanged line in place, and each piece's diff is
 * exactly that piece of the whole diff. A promotion rewriting a tag and digest
 * per service this way costs one small diff per service instead of one Myers
 * walk over thousands of lines with hundreds of changes.
 */
function segments(a, b, context) {
    // undefined: one diff of the whole of both sides (their lengths may differ).
    if (a.length !== b.length)
        return undefined;
    const cuts = [];
    let run = 0;
    for (let i = 0; i <= a.length; i++) {
        if (i < a.length && a[i] === b[i]) {
            run++;
            continue;
        }
        if (run >= 2 * context + 2 && i - run > 0 && i < a.length)
            cuts.push(i - (run >> 1));
        run = 0;
    }
    if (cuts.length === 0 || !changesUnmatched(a, b))
        return undefined;
    return [...cuts, a.length].map((to, k) => [k === 0 ? 0 : cuts[k - 1], to]);
}
/**
 * Whether every line where `a` and `b` (the same number of lines) differ
 * holds a text absent from the other side: then no changed line can be
 * matched, and the only longest common subsequence is every unchanged line in place.
 */
function changesUnmatched(a, b) {
    const inA = new Set(a);
    const inB = new Set(b);
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i] && (inB.has(a[i]) || inA.has(b[i])))
            return false;
    return true;
}
/**
 * The hunks of a change made in place, built without a diff: the texts have
 * the same number of lines, end in a line break, and every changed line's
 * text is absent from the other side (changesUnmatched), so the only longest
 * common subsequence is every unchanged line where it is, and the diff is
 * each run of changed lines as its `-` lines then its `+` lines, hunks joined
 * where no more than 2 × context unchanged lines lie between two changes (as
 * structuredPatch gives them). A promotion of a thousand services rewrites
 * two lines in each six of one values file: the Myers walk over that was
 * most of the dry run. undefined when the conditions do not hold.
 */
function inPlaceHunks(a, b, context) {
    if (a.length !== b.length || a.length === 0 || !a[a.length - 1].endsWith('\n') || !b[b.length - 1].endsWith('\n'))
        return undefined;
    const changed = [];
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            changed.push(i);
    if (changed.length === 0 || !changesUnmatched(a, b))
        return undefined;
    const hunks = [];
    for (let k = 0; k < changed.length;) {
        const start = Math.max(0, changed[k] - context);
        let last = k;
        while (last + 1 < changed.length && changed[last + 1] - changed[last] - 1 <= 2 * context)
            last++;
        const end = Math.min(a.length, changed[last] + 1 + context);
        const out = [];
        for (let i = start; i < end;) {
            if (a[i] === b[i]) {
                out.push(` ${a[i].slice(0, -1)}`);
                i++;
                continue;
            }
            let j = i;
            while (j < end && a[j] !== b[j])
                j++;
            for (let x = i; x < j; x++)
                out.push(`-${a[x].slice(0, -1)}`);
            for (let x = i; x < j; x++)
                out.push(`+${b[x].slice(0, -1)}`);
            i = j;
        }
        hunks.push({
            oldStart: start + 1,
            oldLines: end - start,
            newStart: start + 1,
            newLines: end - start,
            lines: { length: out.length, at: (i) => out[i] },
        });
        k = last + 1;
    }
    return hunks;
}
/**
 * How many lines a hunked diff of `a` and `b` has (each hunk's `@@` line and
 * its lines), counted without diffing, when the texts have the same number of
 * lines, end in a line break and every changed line's text is absent from the
 * other side (changesUnmatched), so each changed line is one `-` and one `+`, and
 * hunks join where no more than 2 × context unchanged lines lie between two
 * changes, as structuredPatch joins them. undefined otherwise: the caller diffs.
 * A release that moves a hundred pins in each of two hundred files prints the
 * first thousand lines of its diff and counts the rest this way, not by a
 * Myers walk per file.
 */
function inPlaceLineCount(a, b, context) {
    if (a.length !== b.length || a.length === 0 || !a[a.length - 1].endsWith('\n') || !b[b.length - 1].endsWith('\n'))
        return undefined;
    const changed = [];
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            changed.push(i);
    if (changed.length === 0)
        return 0;
    if (!changesUnmatched(a, b))
        return undefined;
    // The first hunk's leading context, then per change its two lines and the unchanged lines up to the next
    // change: all of them inside one hunk, or a trailing and a leading context and another `@@` line.
    let count = 1 + Math.min(context, changed[0]);
    for (let k = 0; k < changed.length; k++) {
        count += 2;
        const gap = (k + 1 < changed.length ? changed[k + 1] : a.length) - changed[k] - 1;
        if (k + 1 === changed.length)
            count += Math.min(context, gap);
        else
            count += gap <= 2 * context ? gap : 2 * context + 1;
    }
    return count;
}
/**
 * The lines diffLines makes for one change, counted: its two head lines and
 * its hunks. Without a diff when the change is a pure one (pureHunk) or
 * inPlaceLineCount can count it.
 */
function changeLineCount(c, context) {
    const before = c.before ?? '';
    const a = lines(before);
    const pure = pureHunk(a, before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .viewText */ .TO)(c.after), context);
    if (pure)
        return 3 + pure.lines.length;
    const counted = inPlaceLineCount(a, lines((0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .joinText */ ._V)(c.after)), context);
    if (counted !== undefined)
        return 2 + counted;
    return trimmedPatch(c.path, before, c.after, context).hunks.reduce((n, h) => n + 1 + h.lines.length, 2);
}
/**
 * The diff's lines before indenting and escaping: `---`/`+++` heads, `@@` ranges, then each hunk's lines;
 * only the first `limit` of them are made, the others counted (`total`): a change wholly past the limit is
 * counted by changeLineCount.
 */
function diffLines(changes, context, limit = Infinity) {
    const out = [];
    let total = 0;
    const add = (line) => {
        if (total++ < limit)
            out.push(line);
    };
    for (const c of changes) {
        if ((0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .sameText */ .QV)(c.before, c.after))
            continue;
        if (total >= limit) {
            total += changeLineCount(c, context);
            continue;
        }
        const patch = trimmedPatch(c.path, c.before ?? '', c.after, context);
        add(`--- ${c.before === undefined ? '/dev/null' : `a/${c.path}`}`);
        add(`+++ b/${c.path}`);
        for (const h of patch.hunks) {
            // An empty range names the line before it, as git and GNU diff print it: a new file is `@@ -0,0 +1,N @@`.
            add(`@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`);
            const shown = Math.min(h.lines.length, Math.max(0, limit - total));
            for (let i = 0; i < shown; i++)
                add(h.lines.at(i));
            total += h.lines.length - shown;
        }
    }
    return { lines: out, total };
}
// The runner trims leading whitespace before it looks for `::`, so indenting alone does not stop a context
// line like ` ::warning::x`: every line also goes through escapeForLog. No line of the result holds a line break.
const logLine = (l) => (0,_text_log_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForLog */ .z)(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`);
/**
 * A unified diff of the changes, as `git diff` prints it, with every line
 * indented by two spaces and passed through escapeForLog (`::` after white space and
 * `##[` broken up), so no line of file content is read by the runner as a workflow command. Carriage returns are
 * shown as `␍` so CRLF files stay visible and the log stays one line per line.
 */
function renderDiff(changes, context = 3) {
    return diffLines(changes, context).lines.map(logLine).join('\n');
}
/**
 * The first `max` lines of renderDiff's text and how many lines follow them
 * (what headLines(renderDiff(changes), max) gives), escaping only the lines
 * shown: a release of thousands of commits prints a thousand lines of its
 * CHANGELOG diff, not all of them.
 */
function renderDiffHead(changes, max, context = 3) {
    const { lines, total } = diffLines(changes, context, max);
    return { text: lines.map(logLine).join('\n'), more: total - lines.length };
}


/***/ }),

/***/ 3393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_MAX_RSS: () => (/* binding */ CHECK_MAX_RSS),
  renderChecks: () => (/* binding */ renderChecks)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/render/compare.ts
var compare = __webpack_require__(3165);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var render_helm = __webpack_require__(4379);
// EXTERNAL MODULE: ./packages/core/src/render/render.ts
var render = __webpack_require__(1660);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/render/find.ts
var find = __webpack_require__(3211);
// EXTERNAL MODULE: ./packages/core/src/render/kustomize.ts
var kustomize = __webpack_require__(9529);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/render-overlays.ts
// chart-bump-check's rendered changes of Kustomize overlay environments
// (`kustomization:`): each overlay whose build inputs differ between the base
// and the head of the pull request — the files of its folder and of every
// folder it reaches, and an Application's kustomize.images — is built with the
// real kustomize (render/find.ts) on both sides and compared, for the job
// summary. An overlay the pull request does not touch is not built. The pull
// request's files are untrusted: render/kustomize.ts builds them bounded, in a
// temp folder, without network.






/** The time limit of one build of a pull request's overlay. */
const CHECK_TIMEOUT_MS = 30_000;
const HINT = 'add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH';
/** Each overlay environment whose build inputs changed, built at the base and at the head; [] when none did. */
async function renderOverlayChecks(mode, config, commits, reader, env, inRepo) {
    const overlays = config.environments.filter((e) => e.kustomization);
    if (mode === 'off' || overlays.length === 0)
        return [];
    const sideAt = async (commit, kustomization, application) => {
        const read = (p) => reader.read(commit, p);
        const target = await (0,kustomize/* overlayTarget */.YO)(read, inRepo(kustomization), application ? inRepo(application) : undefined);
        if ('unavailable' in target)
            return target;
        const files = await (0,kustomize/* readOverlay */.re)({ list: (d) => reader.list(commit, d === '' ? '.' : d), read }, target.dir);
        if ('unavailable' in files)
            return files;
        return {
            files: files.files,
            dir: target.dir,
            ...(target.images?.length ? { images: target.images } : {}),
            ...(target.namespace ? { namespace: target.namespace } : {}),
        };
    };
    const changed = [];
    for (const e of overlays) {
        const [before, after] = await Promise.all([
            sideAt(commits.base, e.kustomization, e.application),
            sideAt(commits.head, e.kustomization, e.application),
        ]);
        const same = 'unavailable' in before || 'unavailable' in after
            ? 'unavailable' in before && 'unavailable' in after && before.unavailable === after.unavailable
            : (0,kustomize/* sameSide */.QP)(before, after);
        if (!same)
            changed.push({ name: e.name, before, after });
    }
    if (changed.length === 0)
        return [];
    const tool = (0,find/* findKustomize */.H)(env);
    if (!tool) {
        if (mode === 'on')
            throw new errors/* UserError */.yo('render: on needs kustomize or kubectl on PATH to render the overlays: neither was found', { hint: HINT });
        return [
            {
                environment: 'every overlay environment',
                status: 'skipped',
                noHelm: true,
                renderer: 'kustomize',
                message: `no kustomize or kubectl on PATH; ${HINT}, or set render: off`,
            },
        ];
    }
    const cfg = config.render;
    const opts = {
        ignore: [...(cfg.ignoreDefaults ? compare/* DEFAULT_IGNORE */.pA : []), ...cfg.ignore].map((r) => new RegExp(r)),
        summarize: cfg.summarize,
        ignoreDifferences: [],
    };
    const renderer = new kustomize/* KustomizeRenderer */.Bp(tool, { timeoutMs: CHECK_TIMEOUT_MS, maxRssBytes: CHECK_MAX_RSS });
    return Promise.all(changed.map(async (c) => {
        const dir = 'dir' in c.after ? c.after.dir : 'dir' in c.before ? c.before.dir : undefined;
        const what = dir !== undefined ? `overlay ${dir} with ${tool.label}` : undefined;
        // An overlay new in the pull request: every object added.
        const before = 'unavailable' in c.before && /^no kustomization /.test(c.before.unavailable) ? 'nothing' : c.before;
        return { ...(await (0,render/* renderEnvironment */.Cp)(renderer, c.name, before, c.after, opts, what)), renderer: 'kustomize' };
    }));
}

;// CONCATENATED MODULE: ./packages/core/src/operations/check/render.ts
// chart-bump-check's rendered manifest diffs: on a pull request that changes
// a chart, each environment that deploys it (its Application names the chart
// or its folder; every environment when none names an Application) is
// rendered with the real Helm at the base and at the head — the chart folder
// with its file:// subcharts, the environment's values file, the release name
// and namespace its Application gives — and compared, for the job summary.
// The pull request's templates are untrusted: each render runs bounded
// (render/helm.ts: 30 s, 32 MiB of output, 512 MiB of memory, no network), and what stops one is said; the
// check still decides on versions alone. Overlay environments (`kustomization:`)
// are built with kustomize when what they build changed (render-overlays.ts).






/** The time limit of one render of a pull request's templates. */
const render_CHECK_TIMEOUT_MS = 30_000;
/** The memory bound of one render of a pull request's templates: half the default, as its time limit is (a real chart stays far below it). */
const CHECK_MAX_RSS = 512 * 1024 * 1024;
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : undefined);
/** The Application's chart (its `chart:` or `path:`), release name and namespace; undefined when the file is none. */
function applicationOf(text) {
    if (text === undefined)
        return undefined;
    try {
        for (const doc of (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''))) {
            const app = asObj(doc.toJS());
            if (!app || (asStr(app.kind) ?? 'Application') !== 'Application')
                continue;
            const spec = asObj(app.spec) ?? {};
            const sources = [asObj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(asObj) : [])].filter((s) => !!s);
            const src = sources.find((s) => s.chart || s.path) ?? {};
            return {
                chart: asStr(src.chart),
                path: asStr(src.path)?.replace(/\/+$/, ''),
                release: asStr(asObj(src.helm)?.releaseName) ?? asStr(asObj(app.metadata)?.name),
                namespace: asStr(asObj(spec.destination)?.namespace),
            };
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
/**
 * Every changed chart rendered per environment that deploys it, and every
 * overlay environment whose build inputs changed (render-overlays.ts), base
 * vs head; undefined when render is off or nothing is rendered. Throws only
 * for `render: on` without Helm (or without kustomize, for an overlay).
 */
async function renderChecks(mode, config, charts, commits, reader, env, inRepo) {
    if (mode === 'off' || !config)
        return undefined;
    const [charted, overlays] = await Promise.all([
        renderCharts(mode, config, charts, commits, reader, env, inRepo),
        renderOverlayChecks(mode, config, commits, reader, env, inRepo),
    ]);
    const all = [...(charted ?? []), ...overlays];
    return all.length > 0 ? all : undefined;
}
/**
 * Every changed chart (present at the head) rendered per environment that
 * deploys it, base vs head; undefined when no chart changed.
 * Throws only for `render: on` without Helm.
 */
async function renderCharts(mode, config, charts, commits, reader, env, inRepo) {
    const changed = charts.filter((c) => c.head !== null);
    if (mode === 'off' || changed.length === 0 || !config || config.environments.length === 0)
        return undefined;
    const helm = (0,render_helm/* findHelm */.MI)(env);
    if (!helm || !(0,render_helm/* helmUsable */.hm)(helm)) {
        const why = helm ? `Helm ${helm.version} is older than ${render_helm/* MIN_HELM */.uO}` : 'no helm on PATH';
        if (mode === 'on')
            throw new errors/* UserError */.yo(`render: on needs Helm ${render_helm/* MIN_HELM */.uO} or later: ${why}`, {
                hint: 'add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm)',
            });
        return [
            {
                environment: 'every environment',
                status: 'skipped',
                noHelm: true,
                message: `${why}; add it with azure/setup-helm (GitHub-hosted Ubuntu runners ship Helm), or set render: off`,
            },
        ];
    }
    const cfg = config.render;
    const renderer = new render/* Renderer */.A4(helm.path, { kubeVersion: cfg.kubeVersion, apiVersions: cfg.apiVersions }, { timeoutMs: render_CHECK_TIMEOUT_MS, maxRssBytes: CHECK_MAX_RSS });
    const opts = {
        ignore: [...(cfg.ignoreDefaults ? compare/* DEFAULT_IGNORE */.pA : []), ...cfg.ignore].map((r) => new RegExp(r)),
        summarize: cfg.summarize,
        ignoreDifferences: [],
    };
    const anyApplication = config.environments.some((e) => e.application && !e.kustomization);
    const jobs = [];
    for (const chart of changed) {
        const dir = chart.path;
        const side = async (commit, values, app) => {
            const files = await (0,render/* readChartFolder */.z_)({ list: (d) => reader.list(commit, d), read: (p) => reader.read(commit, p) }, dir);
            if ('unavailable' in files)
                return files;
            const text = await reader.read(commit, values);
            return {
                chart: files,
                release: app?.release ?? chart.name,
                ...(app?.namespace ? { namespace: app.namespace } : {}),
                values: text === undefined ? [] : [text],
            };
        };
        for (const e of config.environments) {
            // An overlay environment is built with kustomize (render-overlays.ts), not with this chart's values.
            if (e.kustomization || e.values === undefined)
                continue;
            const values = inRepo(e.values);
            const appFile = e.application ? inRepo(e.application.split('#')[0]) : undefined;
            const [appBase, appHead] = await Promise.all([
                appFile ? reader.read(commits.base, appFile) : undefined,
                appFile ? reader.read(commits.head, appFile) : undefined,
            ]);
            const app = applicationOf(appHead) ?? applicationOf(appBase);
            const deploys = app ? app.chart === chart.name || (app.path !== undefined && app.path === dir) : !anyApplication;
            if (!deploys)
                continue;
            const name = changed.length > 1 ? `${e.name} (${chart.name})` : e.name;
            const what = `chart ${chart.name} ${chart.base ?? '(new)'} → ${chart.head}`;
            jobs.push(Promise.all([
                chart.base === null ? Promise.resolve('nothing') : side(commits.base, values, applicationOf(appBase) ?? app),
                side(commits.head, values, app),
            ]).then(([b, h]) => (0,render/* renderEnvironment */.Cp)(renderer, name, b, h, opts, what)));
        }
    }
    return jobs.length > 0 ? Promise.all(jobs) : undefined;
}


/***/ }),

/***/ 9529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ KustomizeRenderer),
/* harmony export */   QP: () => (/* binding */ sameSide),
/* harmony export */   YO: () => (/* binding */ overlayTarget),
/* harmony export */   re: () => (/* binding */ readOverlay)
/* harmony export */ });
/* unused harmony exports KUSTOMIZATION_FILES, kustomizationPaths, pluginConfigPaths, argoImage, withImages, kustomizeMessage, applicationKustomize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _helm_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4379);
/* harmony import */ var _cached_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2530);
// A Kustomize overlay rendered with the real kustomize (render/find.ts), as
// Argo CD builds it. The overlay's folder and every folder it reaches through
// `resources:`, `bases:` and `components:` are read from git (the base
// revision, or the plan's edited files on top of it) into a temp folder, and
// `kustomize build` / `kubectl kustomize` runs there bounded like Helm
// (render/helm.ts's runBounded: a time limit, a cap on the output, no network:
// HOME in the temp folder, the proxies at a closed port, git allowed no
// transport). Nothing is fetched: every field that names a file (resources,
// patches, generators' files, replacements, openapi, plugin configs…) is
// screened, and a URL or a path outside the repository is "unavailable",
// named at its file:line, before kustomize runs — kustomize fetches over HTTP,
// and the closed proxy does not cover the runner's loopback; kustomize's own load
// restrictions (files only inside each kustomization's folder) and its refusal
// of exec and container plugins (no --enable-alpha-plugins, --enable-exec or
// --enable-helm is ever passed) stay as they are. An Argo CD Application's
// spec.source.kustomize.images are applied as Argo CD's `kustomize edit set
// image` does: each string replaces the overlay's entry of the same name, or
// is appended.





/** The file names kustomize reads in a folder, in its order. */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** At most this many kustomization folders are read for one overlay. */
const MAX_FOLDERS = 100;
/** A URL or a git remote kustomize would fetch: any scheme (`https://`, `file://`, `git::`), or `user@host:path`. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/|^[a-z][a-z0-9+.-]*::|^[^/@\s]+@[^/:\s]+:/i;
/** Whether an entry that is no path of the repository names something kustomize would fetch (`github.com/o/r//dir?ref=x`). */
function looksRemote(entry) {
    if (URL_LIKE.test(entry))
        return true;
    const first = entry.split('/')[0];
    return entry.includes('?ref=') || entry.includes('//') || (first !== '.' && first !== '..' && first.includes('.') && entry.includes('/'));
}
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/**
 * Every field of kustomize's Kustomization (api/types/kustomization.go) that
 * names a file or folder kustomize loads: operands, patches, generators'
 * sources, replacements, the OpenAPI schema, plugin configs, Helm's folders
 * and values files.
 */
const KUSTOMIZATION_FILE_FIELDS = [
    ['resources', '*'],
    ['bases', '*'],
    ['components', '*'],
    ['crds', '*'],
    ['configurations', '*'],
    ['patchesStrategicMerge', '*'],
    ['generators', '*'],
    ['transformers', '*'],
    ['validators', '*'],
    ['patches', '*', 'path'],
    ['patchesJson6902', '*', 'path'],
    ['replacements', '*', 'path'],
    ['openapi', 'path'],
    ...['configMapGenerator', 'secretGenerator'].flatMap((g) => [
        [g, '*', 'files', '*'],
        [g, '*', 'envs', '*'],
        [g, '*', 'env'],
    ]),
    ['helmGlobals', 'chartHome'],
    ['helmGlobals', 'configHome'],
    ['helmCharts', '*', 'repo'],
    ['helmCharts', '*', 'valuesFile'],
    ['helmCharts', '*', 'additionalValuesFiles', '*'],
    ...['chartHome', 'chartRepoUrl', 'helmHome', 'values'].map((k) => ['helmChartInflationGenerator', '*', k]),
];
/**
 * The keys that name files in a built-in plugin's config (a document that
 * `generators:`, `transformers:` or `validators:` names or holds inline):
 * PatchTransformer's `path`, PatchStrategicMergeTransformer's `paths`, the
 * generators' `files`/`envs`/`env`, HelmChartInflationGenerator's folders
 * and values files. Read at any depth (ReplacementTransformer's
 * `replacements[].path`).
 */
const PLUGIN_FILE_KEYS = new Set([
    'path',
    'paths',
    'files',
    'envs',
    'env',
    'valuesFile',
    'additionalValuesFiles',
    'chartHome',
    'configHome',
]);
/** The fields the list-valued plugin entries live in: an entry there is a file, a folder, or a config written inline. */
const PLUGIN_FIELDS = new Set(['generators', 'transformers', 'validators']);
/** The YAML node's first line (1-based). */
function lineOf(node, counter) {
    const range = node?.range;
    return range ? counter.linePos(range[0]).line : 1;
}
/** Every string a pattern reaches in a parsed document, with the field's name and line. */
function reach(node, pattern, field, counter, out) {
    if (pattern.length === 0) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && typeof node.value === 'string')
            out.push({ field, value: node.value, line: lineOf(node, counter) });
        return;
    }
    const [head, ...rest] = pattern;
    if (head === '*') {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node))
            node.items.forEach((item, i) => reach(item, rest, `${field}[${i}]`, counter, out));
        return;
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
        return;
    for (const pair of node.items)
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(pair.key) && pair.key.value === head)
            reach(pair.value, rest, field ? `${field}.${head}` : head, counter, out);
}
/** Every path a kustomization names, in its fields' order; [] for a text that is no YAML mapping (kustomize says what is wrong). */
function kustomizationPaths(text) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text.replace(/^\ufeff/, ''), { lineCounter: counter });
    if (doc.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(doc.contents))
        return [];
    const out = [];
    for (const pattern of KUSTOMIZATION_FILE_FIELDS)
        reach(doc.contents, pattern, '', counter, out);
    // A generator's `files` entry may be `key=path`: the path is what is loaded.
    return out.map((p) => /^(configMap|secret)Generator\[\d+\]\.files\[/.test(p.field) ? { ...p, value: p.value.slice(p.value.indexOf('=') + 1) } : p);
}
/** The paths a built-in plugin's config names (every document of `text`, at any depth), with `field` before each key's path. */
function pluginConfigPaths(text, field, firstLine = 1) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const out = [];
    const walk = (node, at, named) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node)) {
            if (named && typeof node.value === 'string')
                out.push({ field: at, value: node.value, line: firstLine - 1 + lineOf(node, counter) });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node))
            node.items.forEach((item, i) => walk(item, `${at}[${i}]`, named));
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
            for (const pair of node.items) {
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
                walk(pair.value, `${at}.${key}`, PLUGIN_FILE_KEYS.has(key));
            }
    };
    for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''), { lineCounter: counter }))
        if (doc.errors.length === 0)
            walk(doc.contents, field, false);
    return out;
}
/** Why kustomize may not be given a path: a URL, or a path outside the repository (from folder `dir`); undefined when it may. */
function refusal(p, dir) {
    const v = p.value.trim();
    if (URL_LIKE.test(v))
        return `${p.field} ${v} is a URL; lockstep renders without network and fetched nothing`;
    if (v.startsWith('/') || /^[a-z]:[\\/]/i.test(v))
        return `${p.field} ${v} is outside the repository`;
    const to = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, v.replace(/\\/g, '/')));
    if (to === '..' || to.startsWith('../'))
        return `${p.field} ${v} is outside the repository`;
    return undefined;
}
/**
 * The files kustomize reads to build `dir`: every file under the folder and
 * under each folder its kustomization reaches (resources, bases, components,
 * generators, transformers, validators), recursively. Every field that names
 * a file is screened first (kustomizationPaths, and the configs of built-in
 * plugins): a URL, an absolute path or one outside the repository is
 * unavailable, said as `file:line: field value …`, before kustomize runs —
 * kustomize fetches a patch, a generator's file or a remote base over HTTP,
 * and the runner's loopback is no proxy's business. A folder with no
 * kustomization: unavailable, said.
 */
async function readOverlay(reader, dir) {
    const files = new Map();
    const seen = new Set();
    const queue = [node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(dir || '.')];
    while (queue.length > 0) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        if (seen.size >= MAX_FOLDERS)
            return { unavailable: `more than ${MAX_FOLDERS} kustomization folders reached from ${dir}` };
        seen.add(d);
        const paths = (await reader.list(d === '.' ? '' : d)) ?? [];
        const prefix = d === '.' ? '' : `${d}/`;
        const name = KUSTOMIZATION_FILES.find((n) => paths.includes(`${prefix}${n}`));
        if (!name)
            return { unavailable: `no kustomization (${KUSTOMIZATION_FILES.join(', ')}) in ${d}` };
        const fresh = paths.filter((p) => !files.has(p) && p.startsWith(prefix));
        const texts = await Promise.all(fresh.map((p) => reader.read(p)));
        fresh.forEach((p, i) => {
            if (texts[i] !== undefined)
                files.set(p, texts[i]);
        });
        const file = `${prefix}${name}`;
        const named = kustomizationPaths(files.get(file) ?? '');
        for (const p of named) {
            const plugin = PLUGIN_FIELDS.has(p.field.replace(/\[\d+\]$/, ''));
            // An inline patch or plugin config (a YAML text, not a path): a plugin's is screened as a config.
            if (p.value.includes('\n')) {
                if (plugin) {
                    const why = firstRefusal(pluginConfigPaths(p.value, p.field, p.line + 1), d, file);
                    if (why)
                        return why;
                }
                continue;
            }
            const why = refusal(p, d);
            if (why)
                return { unavailable: `${file}:${p.line}: ${why}` };
            const to = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(d, p.value.trim())).replace(/\/+$/, '');
            const folder = /^(resources|bases|components)\[/.test(p.field) || plugin;
            if (!folder || files.has(to)) {
                if (plugin && files.has(to)) {
                    const inner = firstRefusal(pluginConfigPaths(files.get(to), p.field), d, to);
                    if (inner)
                        return inner;
                }
                continue;
            }
            const under = await reader.list(to === '.' ? '' : to);
            if (under && under.some((q) => q.startsWith(`${to === '.' ? '' : `${to}/`}`))) {
                queue.push(to);
                continue;
            }
            const text = await reader.read(to);
            if (text !== undefined) {
                files.set(to, text);
                if (plugin) {
                    const inner = firstRefusal(pluginConfigPaths(text, p.field), d, to);
                    if (inner)
                        return inner;
                }
            }
            else if (looksRemote(p.value))
                return {
                    unavailable: `${file}:${p.line}: ${p.field} ${p.value} is a remote target; lockstep renders without network and fetched nothing`,
                };
            // Otherwise a path that is not there: kustomize names it when it runs.
        }
    }
    return { files };
}
/** The first path of a plugin config kustomize may not be given (relative to `dir`, the kustomization's folder, as kustomize reads them), said at `file:line`. */
function firstRefusal(paths, dir, file) {
    for (const p of paths) {
        const why = refusal(p, dir);
        if (why)
            return { unavailable: `${file}:${p.line}: ${why}` };
    }
    return undefined;
}
/** One Argo CD kustomize image string (`name=newName:newTag@digest`, `name:newTag@digest`) as an `images:` entry. */
function argoImage(s) {
    const eq = s.indexOf('=');
    const ref = eq >= 0 ? s.slice(eq + 1) : s;
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = rest.lastIndexOf(':');
    const hasTag = colon > rest.lastIndexOf('/');
    const repo = hasTag ? rest.slice(0, colon) : rest;
    const newTag = hasTag ? rest.slice(colon + 1) : undefined;
    const name = eq >= 0 ? s.slice(0, eq) : repo;
    return {
        name,
        ...(eq >= 0 && repo !== name ? { newName: repo } : {}),
        ...(newTag ? { newTag } : {}),
        ...(digest ? { digest } : {}),
    };
}
/** A kustomization's text with the Application's image strings set in its `images:` (for the temp copy kustomize builds; unchanged when it is no mapping). */
function withImages(text, images) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text);
    if (doc.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(doc.contents))
        return text;
    let list = doc.get('images');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list)) {
        list = doc.createNode([]);
        doc.set('images', list);
    }
    const seq = list;
    for (const s of images) {
        const entry = argoImage(s);
        const node = doc.createNode(entry);
        const at = seq.items.findIndex((it) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(it) && it.get('name') === entry.name);
        if (at >= 0)
            seq.items[at] = node;
        else
            seq.items.push(node);
    }
    return doc.toString();
}
/** The environment kustomize runs in: offlineEnv's, and no git transport for a remote base. */
function kustomizeEnv(home) {
    return {
        ...(0,_helm_js__WEBPACK_IMPORTED_MODULE_3__/* .offlineEnv */ .fG)(home),
        XDG_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, 'config'),
        GIT_ALLOW_PROTOCOL: 'none',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
    };
}
/** kustomize's error, its last non-empty lines (at most 20, each at most 1,000 characters), the temp folder's path taken out. */
function kustomizeMessage(stderr, root) {
    return stderr
        .split(`${root}/repo/`)
        .join('')
        .split(`${root}/repo`)
        .join('.')
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l !== '')
        .slice(-20)
        .map((l) => (l.length > 1000 ? `${l.slice(0, 1000)}…` : l))
        .join('\n')
        .replace(/\/[^\s'"]*\/lockstep-render-[^/\s'"]+\/(?:repo\/)?/g, '');
}
/** Runs overlay renders through one kustomize, each input once. */
class KustomizeRenderer extends _cached_js__WEBPACK_IMPORTED_MODULE_4__/* .CachedRenderer */ .mm {
    tool;
    limits;
    constructor(tool, limits = {}) {
        super();
        this.tool = tool;
        this.limits = limits;
    }
    key(side) {
        return sideDigest(side);
    }
    async run(side, root) {
        const repo = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'repo');
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(side.dir || '.');
        for (const [path, text] of side.files) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path);
            if (p.startsWith('../') || p === '..' || p.startsWith('/'))
                continue;
            const to = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo, ...p.split('/'));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(to), { recursive: true });
            const own = dir === '.' ? p : p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : undefined;
            const edit = side.images?.length && own !== undefined && KUSTOMIZATION_FILES.some((n) => n === own);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(to, edit ? withImages(text, side.images) : text);
        }
        const home = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'home');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, 'config'), { recursive: true });
        const target = dir === '.' ? repo : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo, ...dir.split('/'));
        const out = await (0,_helm_js__WEBPACK_IMPORTED_MODULE_3__/* .runBounded */ .Bb)(this.tool.path, [...this.tool.args, target], kustomizeEnv(home), this.limits, this.tool.command, (stderr) => kustomizeMessage(stderr, root), { cwd: root, source: 'an overlay' });
        return out.ok ? (0,_cached_js__WEBPACK_IMPORTED_MODULE_4__/* .objectsOf */ .iZ)(out.stdout, side.namespace) : out;
    }
}
/** The cache key of a side: its files, folder, images and namespace. */
function sideDigest(side) {
    return JSON.stringify([(0,_cached_js__WEBPACK_IMPORTED_MODULE_4__/* .filesDigest */ .AD)(side.files), side.dir, side.images ?? [], side.namespace ?? '']);
}
/** Whether two sides build the same thing (the same files, folder and images): no render needed to know nothing changes. */
function sameSide(a, b) {
    return sideDigest(a) === sideDigest(b);
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : undefined);
/** An Argo CD Application's kustomize source: its path, images and destination namespace; undefined when the text is none. */
function applicationKustomize(text) {
    if (text === undefined)
        return undefined;
    try {
        for (const doc of documents(text)) {
            const app = asObj(doc);
            if (!app || app.kind !== 'Application' || !asObj(app.spec))
                continue;
            const spec = asObj(app.spec);
            const sources = [asObj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(asObj) : [])].filter((s) => !!s);
            const src = sources.find((s) => asObj(s.kustomize)) ?? sources.find((s) => asStr(s.path) !== undefined) ?? {};
            return {
                ...(asStr(src.path) !== undefined ? { path: asStr(src.path).replace(/\/+$/, '') || '.' } : {}),
                images: strings(asObj(src.kustomize)?.images),
                ...(asStr(asObj(spec.destination)?.namespace) ? { namespace: asStr(asObj(spec.destination)?.namespace) } : {}),
            };
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
/** Each document of a YAML text as data; a document that does not parse is undefined. */
function documents(text) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''));
    return (Array.isArray(docs) ? docs : [docs]).map((d) => (d.errors.length > 0 ? undefined : d.toJS({ maxAliasCount: 100 })));
}
/**
 * What `kustomization:` names at a revision: a kustomization file (its
 * folder is built), a folder holding one, or an Argo CD Application (its
 * source path is built with its kustomize.images). `application:` beside an
 * overlay gives the destination namespace and any kustomize.images it sets.
 */
async function overlayTarget(read, kustomization, application) {
    const path = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(kustomization.trim().replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../') || path.startsWith('/'))
        return { unavailable: `${kustomization} is outside the repository` };
    const text = path === '.' ? undefined : await read(path);
    const app = applicationKustomize(text);
    if (app) {
        if (app.path === undefined)
            return { unavailable: `the Application ${path} names no source path to build` };
        return { dir: app.path, file: path, images: app.images, ...(app.namespace ? { namespace: app.namespace } : {}) };
    }
    const dir = text !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(path) : path;
    const file = text !== undefined ? path : `${path === '.' ? '' : `${path}/`}kustomization.yaml`;
    const beside = application ? applicationKustomize(await read(application.split('#')[0])) : undefined;
    return {
        dir,
        file,
        ...(beside?.images.length ? { images: beside.images } : {}),
        ...(beside?.namespace ? { namespace: beside.namespace } : {}),
    };
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/* unused harmony export escapeLinesForLog */
/**
 * Every character the runner's TrimStart removes before it looks for `::`:
 * .NET's Char.IsWhiteSpace set. JavaScript's `\s` misses U+0085 (NEL), so it
 * is spelled out (`\s` also holds U+FEFF, which .NET keeps: escaping one more
 * does no harm).
 */
const RUNNER_SPACE = '\\s\\u0085';
const LEADING_COMMAND = new RegExp(`^([${RUNNER_SPACE}]*)::`);
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space, as the runner's .NET TrimStart sees
 * it) with `::`, or holds the legacy `##[command]` form anywhere, would be
 * read by the runner as a workflow command, so line breaks are folded (making
 * the start of the text the only line start) and both forms broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(LEADING_COMMAND, '$1: :')
        .replace(/##\[/g, '# #[');
}
/**
 * escapeForLog for text of many lines (a subprocess's output): each line is
 * escaped on its own, so the text keeps its lines and none of them can be a
 * workflow command.
 */
function escapeLinesForLog(s) {
    return s
        .split(/\r\n|\r|\n/)
        .map(escapeForLog)
        .join('\n');
}


/***/ })

};

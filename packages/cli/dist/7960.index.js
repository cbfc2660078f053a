<<<<<<< HEAD:packages/cli/dist/419.index.js
export const id = 419;
export const ids = [419];
export const modules = {

/***/ 4419:
=======
export const id = 7960;
export const ids = [7960,9002];
export const modules = {

/***/ 506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}


/***/ }),

/***/ 2761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ hasVersionSection),
/* harmony export */   _: () => (/* binding */ versionHeadings)
/* harmony export */ });
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__);

// The text of a version heading: `[1.2.3] - 2024-05-21`, `[v1.2.3](https://…) (2024-05-21)`, `1.2.3 (2024-05-21)`, `v1.2.3`,
// `Version 1.2.3`, bitnami/charts' `<small>1.2.3 (2024-05-21)</small>`, and date-first `2024-05-21 — 1.2.3` / `[2024-05-21] 1.2.3`.
const TEXT = /^(?:<small>[ \t]*)?(?:version[ \t]+|release[ \t]+)?(\[?\d{4}-\d{2}-\d{2}\]?[ \t]*(?:[-–—:|][ \t]*)?)?(\[)?(v)?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:\([^)]*\))?(.*)$/i;
const ATX = /^(#{1,4})[ \t]+(.*)$/;
const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/**
 * Lists the version headings of a changelog in file order. A heading counts
 * when its first token is a SemVer version (or a date, then the version),
 * bracketed or not, with or without a leading `v`; ATX (`## 1.2.3`) and setext
 * (`1.2.3` underlined with `===` or `---`) headings both count. `[Unreleased]`,
 * prose headings and anything inside code fences are skipped.
 */
function versionHeadings(text) {
    const out = [];
    let offset = 0;
    // The open code fence (CommonMark: ``` or ~~~, 3 or more, indented at most 3 spaces),
    // closed only by the same character at least as long with nothing after it.
    let fence;
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    let previousBlank = true;
    text.split('\n').forEach((full, i) => {
        const line = lines[i];
        const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        let heading;
        if (fence) {
            if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
                fence = undefined;
        }
        else if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
            fence = marker;
        }
        else {
            const atx = ATX.exec(line);
            const under = i + 1 < lines.length ? UNDERLINE.exec(lines[i + 1]) : null;
            if (atx)
                heading = { level: atx[1].length, text: atx[2] };
            // A setext heading is a paragraph of its own: a blank line (or the file's start) before it.
            else if (under && previousBlank && /^ {0,3}\S/.test(line) && !/^ {0,3}(?:[-*+>]|\d+[.)])(?:[ \t]|$)/.test(line))
                heading = { level: under[1][0] === '=' ? 1 : 2, text: line.trim(), underline: lines[i + 1] };
        }
        const m = heading ? TEXT.exec(heading.text) : null;
        // The version must end there: `## 1.2.3.4` or `## 1.2.3x` is not a section for 1.2.3.
        if (heading && m && semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default()(m[4]) && /^(?:$|[\s(:,])/.test(m[5] ?? '')) {
            const rest = m[5] ?? '';
            const style = m[1] ? 'date-first' : m[2] ? 'keepachangelog' : m[3] ? 'v' : /^\s*\(/.test(rest) ? 'parens' : 'plain';
            out.push({
                version: m[4],
                line: i + 1,
                offset,
                level: heading.level,
                style,
                raw: line,
                ...(heading.underline !== undefined ? { underline: heading.underline } : {}),
            });
        }
        previousBlank = line.trim() === '' || heading !== undefined || UNDERLINE.test(line);
        offset += full.length + 1;
    });
    return out;
}
/** True when the changelog has a section for `version` (any heading style). */
function hasVersionSection(text, version) {
    return versionHeadings(text).some((h) => h.version === version);
}


/***/ }),

/***/ 7521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ bumpIsEnough),
/* harmony export */   DC: () => (/* binding */ looseChart),
/* harmony export */   WR: () => (/* binding */ requiredLevel),
/* harmony export */   _L: () => (/* binding */ smallestValid),
/* harmony export */   or: () => (/* binding */ undottedPrerelease),
/* harmony export */   t: () => (/* binding */ highestVersion)
/* harmony export */ });
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6225);
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9202);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4100);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2029);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7001);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6498);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1731);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8815);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9002);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9053);












/**
 * The level a change needs: breaking → major, or minor below 1.0.0 (SemVer's
 * 0.x rule, as Helm chart authors use it); anything else → patch.
 */
function requiredLevel(breaking, baseVersion) {
    if (!breaking)
        return 'patch';
    return semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(baseVersion) >= 1 ? 'major' : 'minor';
}
/** The smallest version that satisfies `level` over `base` (e.g. 1.4.2 + major → 2.0.0). */
function smallestValid(base, level) {
    // inc('1.2.3-rc.1', 'patch') gives 1.2.3, which is already greater than the pre-release.
    return semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2___default()(base, level) ?? base;
}
/**
 * Whether `head` is a large enough step from `base`. Greater is always
 * required; a major (minor below 1.0.0) level needs the major (minor) number
 * to move, so a pre-release of the next major, `2.0.0-rc.1`, counts.
 */
function bumpIsEnough(base, head, level) {
    if (!semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0___default()(head, base))
        return false;
    if (level === 'patch')
        return true;
    if (semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default()(head, smallestValid(base, level)))
        return true;
    // A pre-release that already opens the new line (2.0.0-rc.1, or 0.5.0-rc.1 below 1.0.0) may still
    // break things before its release: 2.0.0-rc.2 and 2.0.0 are enough, as long as the line stays.
    if (semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6___default()(base) &&
        semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5___default()(base) === 0 &&
        semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(head) === semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(base) &&
        (level === 'major' ? semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(base) === 0 : semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(head) === semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(base)))
        return true;
    if (!semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6___default()(head))
        return false;
    if (level === 'major')
        return semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(head) > semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(base);
    return semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(head) > semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(base) || semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(head) > semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(base);
}
/**
 * A pre-release identifier written as letters and digits without a dot
 * (`1.0.0-rc9`): SemVer compares it as text, so `rc10` sorts before `rc9`.
 * Returns the first such identifier, the version it comes next (`rc10`), and
 * the dotted spelling to suggest (`1.0.0-rc.9`); undefined otherwise.
 */
function undottedPrerelease(version) {
    const dash = version.indexOf('-');
    if (dash < 0 || semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8___default()(version) === null)
        return undefined;
    const plus = version.indexOf('+', dash);
    const pre = version.slice(dash + 1, plus < 0 ? undefined : plus);
    const ids = pre.split('.');
    const at = ids.findIndex((id) => /^[0-9A-Za-z-]*[A-Za-z-]\d+$/.test(id));
    if (at < 0)
        return undefined;
    const [, letters, digits] = /^(.*?[A-Za-z-])(\d+)$/.exec(ids[at]);
    const dotted = [...ids.slice(0, at), letters.replace(/-$/, ''), BigInt(digits).toString(), ...ids.slice(at + 1)].join('.');
    return {
        identifier: ids[at],
        next: `${letters}${BigInt(digits) + 1n}`,
        suggestion: `${version.slice(0, dash)}-${dotted}${plus < 0 ? '' : version.slice(plus)}`,
    };
}
/** The highest valid SemVer among the given versions, or undefined. */
function highestVersion(versions) {
    const ok = versions.filter((v) => v !== undefined && semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8___default()(v) !== null && !/^[v=]/.test(v));
    return ok.sort((semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7___default()))[0];
}
/**
 * Reads name, version and appVersion from Chart.yaml text without refusing
 * anything: the value is taken as written in the source (so an unquoted `1.10`
 * stays `1.10`). Undefined when the text is not YAML at all. The same
 * Chart.yaml is often read at the merge base, the base commit and the base
 * tip: with the run's `cache` it is parsed once.
 */
function looseChart(text, cache) {
    return (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_11__/* .parseWith */ .K)(cache, LOOSE_CHART, text);
}
/** Chart.yaml read leniently, as a kind of parse a ParseCache keeps. */
const LOOSE_CHART = { name: 'loose-chart', parse: (text) => readLoose(text) };
function readLoose(text) {
    const clean = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_10__/* .stripBom */ .F8)(text);
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_9__/* .parseDocument */ .Tp)(clean, { uniqueKeys: false });
    if (doc.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_9__/* .isMap */ .jh)(doc.contents))
        return undefined;
    const map = doc.contents;
    const src = (key) => {
        const node = map.get(key, true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_9__/* .isScalar */ .jn)(node) || node.value === null)
            return undefined;
        if (node.type === 'PLAIN' && node.range)
            return clean.slice(node.range[0], node.range[1]).trim();
        return String(node.value);
    };
    let localDeps = [];
    if (clean.includes('file://')) {
        const deps = doc.toJS()?.dependencies;
        if (Array.isArray(deps))
            localDeps = deps
                .map((d) => (d && typeof d === 'object' ? d.repository : undefined))
                .filter((r) => typeof r === 'string' && r.startsWith('file://'))
                .map((r) => r.slice('file://'.length).replace(/\/+$/, ''));
    }
    return { name: src('name'), version: src('version'), appVersion: src('appVersion'), localDeps };
}


/***/ }),

/***/ 7960:
>>>>>>> cap-20b:packages/cli/dist/7960.index.js
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/request.ts

/**
 * Reads and checks the inputs; base and head default to the pull request's
 * (or merge group's) from the world's event. A terminal has no event: its
 * base and head are always given.
 */
function checkRequest(inputs, world) {
    const event = world.event();
    const pr = pullRequestOf(event.payload);
    const baseInput = inputs.optional('base');
    const base = baseInput ?? pr?.base?.sha;
    if (!base && event.problem)
        throw new errors/* UserError */.yo(`the ${event.name} event file ${event.problem}`, {
            hint: 'run this step in a GitHub Actions job, or set base: (and head:) to the refs to compare',
        });
    if (!base)
        throw new errors/* UserError */.yo('is not set and the event is not a pull request', {
            input: 'base',
            hint: 'set base: to the branch, tag or commit to compare with (e.g. base: main)',
        });
<<<<<<< HEAD:packages/cli/dist/419.index.js
=======
        if ((k === 'anyOf' || k === 'oneOf') && ha.length < ba.length)
            push(`${k} lost ${ba.length - ha.length} alternative(s)`, [...path, k]);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function types(t) {
    if (typeof t === 'string')
        return new Set([t]);
    if (Array.isArray(t))
        return new Set(t.filter((x) => typeof x === 'string'));
    return undefined;
}
/** Whether a head type set still accepts every value of base type `t` (`number` covers `integer`). */
function covers(head, t) {
    return head.has(t) || (t === 'integer' && head.has('number'));
}
function pointer(path) {
    const props = [];
    for (let i = 0; i < path.length; i++) {
        if (path[i] === 'properties' && i + 1 < path.length)
            props.push(String(path[++i]));
        else if (path[i] === 'items')
            props.push('[]');
        else
            props.push(String(path[i]));
    }
    return props.length === 0 ? '(root)' : props.join('.').replace(/\.\[\]/g, '[]');
}
function lineOf(parsed, path) {
    for (let i = path.length; i >= 0; i--) {
        const node = (0,read/* nodeAt */.oB)(parsed, path.slice(0, i));
        const line = node ? parsed.lineOf(node) : undefined;
        if (line)
            return line;
    }
    return 1;
}

;// CONCATENATED MODULE: ./packages/core/src/checks/chart-values.ts





/**
 * The breaking changes of a chart's values: its own values.yaml and
 * values.schema.json (compared with the folder it moved from, if it moved),
 * then its subcharts'. A values.yaml deleted from the chart removes every key it had.
 */
async function breakingChanges(dir, from, meta, ctx) {
    const { base, head } = ctx.input;
    const read = ctx.read;
    const valuesFile = join(dir, 'values.yaml');
    const schemaFile = join(dir, 'values.schema.json');
    const baseValues = join(from, 'values.yaml');
    const baseSchema = join(from, 'values.schema.json');
    const breaking = [];
    if (ctx.changed.has(valuesFile) && base.has(baseValues))
        breaking.push(...diffValues((await read(base, baseValues)) ?? '', (await read(head, valuesFile)) ?? '', baseValues, valuesFile));
    if (ctx.changed.has(schemaFile) && base.has(baseSchema) && head.has(schemaFile))
        breaking.push(...(await schemaChanges((await read(base, baseSchema)) ?? '', (await read(head, schemaFile)) ?? '', schemaFile, head.has(valuesFile) ? valuesDefaults((await read(head, valuesFile)) ?? '') : undefined)));
    // A subchart's values are the parent's values under its name: breaking there is breaking here.
    breaking.push(...(await subchartBreaking(dir, from, meta, ctx)));
    return breaking;
}
/**
 * Breaking changes in the chart's subcharts — vendored under `charts/` (at any
 * depth) or `file://` dependencies — as the parent's users see them: keys
 * under the subchart's alias or name (`web.image.pullPolicy`).
 */
async function subchartBreaking(dir, from, meta, ctx) {
    const { base, head } = ctx.input;
    const prefix = dir === '.' ? 'charts/' : `${dir}/charts/`;
    const basePrefix = from === '.' ? 'charts/' : `${from}/charts/`;
    // Subchart folder at head → its folder at the base (the same, unless the parent moved).
    const subs = new Map();
    for (const d of ctx.headDirs)
        if (d.startsWith(prefix))
            subs.set(d, basePrefix + d.slice(prefix.length));
    for (const d of ctx.baseDirs)
        if (d.startsWith(basePrefix))
            subs.set(prefix + d.slice(basePrefix.length), d);
    for (const dep of meta.dependencies) {
        if (dep.localPath === undefined)
            continue;
        const target = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, dep.localPath));
        if (!subs.has(target) && target !== dir)
            subs.set(target, target);
    }
    const nameAt = async (d, tree) => {
        const text = await ctx.read(tree, join(d, 'Chart.yaml'));
        return text === undefined ? undefined : (0,bump_rules/* looseChart */.DC)(text, ctx.cache)?.name;
    };
    const out = [];
    for (const [sub, baseSub] of [...subs].sort()) {
        const valuesFile = join(sub, 'values.yaml');
        const schemaFile = join(sub, 'values.schema.json');
        const baseValues = join(baseSub, 'values.yaml');
        const baseSchema = join(baseSub, 'values.schema.json');
        const movedOrChanged = (h, b) => (h !== b ? base.has(b) : ctx.changed.has(h));
        if (!movedOrChanged(valuesFile, baseValues) && !movedOrChanged(schemaFile, baseSchema))
            continue;
        const found = [];
        if (base.has(baseValues) && movedOrChanged(valuesFile, baseValues))
            found.push(...diffValues((await ctx.read(base, baseValues)) ?? '', (await ctx.read(head, valuesFile)) ?? '', baseValues, valuesFile));
        if (base.has(baseSchema) && head.has(schemaFile) && movedOrChanged(schemaFile, baseSchema))
            found.push(...(await schemaChanges((await ctx.read(base, baseSchema)) ?? '', (await ctx.read(head, schemaFile)) ?? '', schemaFile, head.has(valuesFile) ? valuesDefaults((await ctx.read(head, valuesFile)) ?? '') : undefined)));
        if (found.length === 0)
            continue;
        const key = await valuesKeyOf(sub, baseSub, dir, meta, nameAt, ctx);
        for (const b of found) {
            const inParent = b.key && !b.key.startsWith('(') ? `${key}.${b.key}` : key;
            out.push({ ...b, key: inParent, message: `${b.key ? b.message.replace(b.key, inParent) : b.message} in subchart ${sub}` });
        }
    }
    return out;
}
/** Where a subchart's values live in the parent's values: its alias or name, for each level of nesting. */
async function valuesKeyOf(sub, baseSub, dir, meta, nameAt, ctx) {
    const { base, head } = ctx.input;
    const name = async (d, bd) => (await nameAt(d, head)) ?? (await nameAt(bd, base)) ?? external_node_path_.posix.basename(d);
    const viaFile = meta.dependencies.find((d) => d.localPath !== undefined && external_node_path_.posix.normalize(external_node_path_.posix.join(dir, d.localPath)) === sub);
    const prefix = dir === '.' ? 'charts/' : `${dir}/charts/`;
    if (viaFile || !sub.startsWith(prefix))
        return viaFile?.alias ?? viaFile?.name ?? (await name(sub, baseSub));
    // charts/a/charts/b → a.b; the first level may carry an alias in the parent's dependencies.
    const parts = sub.slice(prefix.length).split('/charts/');
    const keys = [];
    let at = dir === '.' ? '' : dir;
    for (const part of parts) {
        at = at ? `${at}/charts/${part}` : `charts/${part}`;
        const n = await name(at, at);
        const dep = keys.length === 0 ? meta.dependencies.find((d) => d.name === n && d.alias) : undefined;
        keys.push(dep?.alias ?? n);
    }
    return keys.join('.');
}

// EXTERNAL MODULE: ./packages/core/src/charts/helmignore.ts
var helmignore = __webpack_require__(4537);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var text_glob = __webpack_require__(5864);
;// CONCATENATED MODULE: ./packages/core/src/checks/changed-charts.ts






// Which charts a pull request changed, as `helm package` sees them: the first half of checkChartBumps.
/**
 * Reads a file of one side once, however often it is asked for. A file the
 * pull request did not change is the same text on both sides: it is read once, from head.
 */
function memoizedReader(input, changed) {
    const texts = new Map();
    return (tree, path) => {
        const side = tree === input.base && (changed.has(path) || !input.head.has(path)) ? 'base' : 'head';
        const key = `${side}\0${path}`;
        let p = texts.get(key);
        if (!p) {
            texts.set(key, (p = input.readFile(side, path)));
            // A refused read (a file over the size cap) surfaces where it is awaited; a copy kept here must not count as unhandled.
            p.catch(() => { });
        }
        return p;
    };
}
/**
 * Chart folders (subcharts included) at head and base, and the top charts of
 * both: one pass over the head's paths; the base's differ only where a Chart.yaml changed.
 */
function chartFolders(head, base, changed) {
    const headDirSet = new Set(chartDirs(head));
    const baseDirSet = new Set(headDirSet);
    let sameCharts = true;
    for (const p of changed) {
        if (p !== 'Chart.yaml' && !p.endsWith('/Chart.yaml'))
            continue;
        const d = p === 'Chart.yaml' ? '.' : p.slice(0, -'/Chart.yaml'.length);
        if (base.has(p) !== head.has(p))
            sameCharts = false;
        if (base.has(p))
            baseDirSet.add(d);
        else
            baseDirSet.delete(d);
    }
    // Usually no chart is added or removed: both sides then have the same top charts, found once.
    const headTops = (0,discover/* topChartDirs */.Q1)(headDirSet);
    const tops = sameCharts ? headTops : [...new Set([...headTops, ...(0,discover/* topChartDirs */.Q1)(baseDirSet)])].sort();
    return { headDirs: [...headDirSet], baseDirs: [...baseDirSet], tops };
}
/**
 * Top chart folder → its changed files that `helm package` would pack on
 * either side: inside the chart, not excluded by its .helmignore (on that
 * side) nor by the `ignore` globs.
 */
async function packagedChanges(changed, tops, input, read) {
    const { base, head } = input;
    const ownerOf = (0,discover/* chartOwner */.C9)(tops);
    // `helm package` walks the whole folder, vendored subcharts included, with the top chart's .helmignore only.
    const owned = changed.flatMap((path) => {
        const top = ownerOf(path);
        return top ? [{ path, top }] : [];
    });
    // Every .helmignore involved is read in one pipelined batch, then matched synchronously.
    const loaded = new Map();
    const needed = [...new Set(owned.map((o) => o.top))];
    await Promise.all(['base', 'head'].flatMap((side) => needed.map(async (dir) => loaded.set(`${side}:${dir}`, (0,helmignore/* helmIgnore */.T)(await read(side === 'base' ? base : head, join(dir, '.helmignore')), join(dir, '.helmignore'))))));
    const inChart = (path, top) => (top === '.' ? path : path.slice(top.length + 1));
    const packaged = (side, path, top) => !loaded.get(`${side}:${top}`)(inChart(path, top));
    const ignore = input.ignore && input.ignore.length > 0
        ? (0,text_glob/* globMatcher */.fU)(input.ignore.map((g) => g.trim().replace(/\\/g, '/').replace(/^\.\//, '')), { input: 'ignore' })
        : undefined;
    const counted = new Map();
    for (const { path, top } of owned) {
        if (ignore?.(inChart(path, top)))
            continue;
        if ((base.has(path) && packaged('base', path, top)) || (head.has(path) && packaged('head', path, top))) {
            if (!counted.has(top))
                counted.set(top, []);
            counted.get(top).push(path);
        }
    }
    return counted;
}
/**
 * Charts whose file:// dependency changed (transitively), each with the
 * dependency that changed. Only head Chart.yaml files that mention
 * `file://` (the candidates git grep found, when given) are read, and parsed
 * through the check's `cache`.
 */
async function changedThroughDependencies(tops, counted, input, read, cache) {
    const { head } = input;
    const candidates = input.localDependencyCandidates ? new Set(input.localDependencyCandidates) : undefined;
    const headTops = tops.filter((t) => head.has(join(t, 'Chart.yaml')) && (!candidates || candidates.has(join(t, 'Chart.yaml'))));
    const localDeps = new Map();
    await Promise.all(headTops.map(async (t) => {
        const text = await read(head, join(t, 'Chart.yaml'));
        if (!text || !text.includes('file://'))
            return;
        const loose = (0,bump_rules/* looseChart */.DC)(text, cache);
        if (loose && loose.localDeps.length > 0)
            localDeps.set(t, loose.localDeps.map((d) => external_node_path_.posix.normalize(external_node_path_.posix.join(t, d))));
    }));
    const viaDependency = new Map();
    for (let grew = true; grew;) {
        grew = false;
        for (const [t, deps] of localDeps) {
            if (counted.has(t) || viaDependency.has(t))
                continue;
            const dep = deps.find((d) => counted.has(d) || viaDependency.has(d));
            if (dep) {
                viaDependency.set(t, dep);
                grew = true;
            }
        }
    }
    return viaDependency;
}
/** Folders holding a Chart.yaml, subcharts included. */
function chartDirs(paths) {
    // One native regex scan over the joined listing: much cheaper than a cold JS loop over thousands of paths.
    const text = `\0${[...paths].join('\0')}\0`;
    const out = [];
    for (const m of text.matchAll(/\0(?:([^\0]*)\/)?Chart\.yaml(?=\0)/g))
        out.push(m[1] ?? '.');
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/values/protected.ts
var values_protected = __webpack_require__(2986);
;// CONCATENATED MODULE: ./packages/core/src/checks/protected-files.ts





/** The protected values files at the head: the exact paths that exist, and every path a glob matches. */
function selectProtected(head, files, globs) {
    const out = new Set();
    for (const f of files) {
        const p = normalizePath(f);
        if (head.has(p))
            out.add(p);
    }
    if (globs.length > 0) {
        const match = (0,text_glob/* globMatcher */.fU)(globs.map(normalizePath), { input: 'protected-values' });
        for (const p of head)
            if (match(p))
                out.add(p);
    }
    return [...out].sort();
}
/** Every image of each protected values file must be pinned by digest; one finding per image that is not. */
async function checkProtected(files, read) {
    const out = [];
    for (const file of files) {
        try {
            for (const p of (0,values_protected/* checkPinnedImages */.xz)((await read(file)) ?? '', file))
                out.push({ level: 'error', file: p.file, line: p.line, message: p.message, hint: p.hint });
        }
        catch (e) {
            if (!(e instanceof src_errors/* UserError */.yo))
                throw e;
            out.push((0,problem/* fromUserError */.ET)(e));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/node_modules/picomatch/index.js
var picomatch = __webpack_require__(9788);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(4619);
;// CONCATENATED MODULE: ./packages/core/src/checks/targets.ts





/**
 * Every pattern or configured path that matches nothing — no chart folder, no
 * file — at the head or at the base, as user errors naming the input or the
 * config line, with the nearest existing path as a suggestion. A guard must
 * never pass because what it guards vanished behind a typo.
 */
function unmatchedTargets(set, trees) {
    const errors = [];
    const prefix = (trees.prefix ?? '').replace(/\/+$/, '');
    const shown = (p) => (prefix && p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : prefix && p === prefix ? '.' : p);
    const under = (paths) => [...paths].filter((p) => !prefix || p.startsWith(`${prefix}/`));
    const files = () => (filesCache ??= under(new Set([...trees.head, ...trees.base])));
    let filesCache;
    const chartTargets = (set.charts ?? []).map((t) => asTarget(t, 'charts'));
    if (chartTargets.length > 0) {
        const dirs = under(trees.chartDirs);
        for (const t of chartTargets) {
            const pattern = (0,discover/* normalizePattern */.eP)(t.pattern);
            // A glob picomatch could spin on is refused before it is matched against anything.
            const problem = (0,text_glob/* globProblem */.AI)(pattern);
            if (problem) {
                errors.push(error(t, problem, text_glob/* GLOB_HINT */.vd));
                continue;
            }
            const matches = (0,discover/* chartPatternMatcher */.Jr)([pattern]);
            if (trees.chartDirs.some(matches))
                continue;
            // Folders holding charts, and the charts themselves: what a chart pattern may name.
            const folders = [...new Set(dirs.flatMap(ancestors))];
            const guess = suggestPattern(pattern, folders, (p) => dirs.some((0,discover/* chartPatternMatcher */.Jr)([p])));
            const list = dirs.slice(0, 5).map(shown);
            errors.push(error(t, 'matches no chart (no folder holding a Chart.yaml) at the head or the base', guess
                ? `did you mean ${shown(guess)}?`
                : list.length > 0
                    ? `charts here: ${list.join(', ')}${dirs.length > 5 ? ', …' : ''}`
                    : 'no Chart.yaml was found under the working directory'));
        }
    }
    for (const t of (set.files ?? []).map((f) => asTarget(f, 'config'))) {
        const path = (0,discover/* normalizePattern */.eP)(t.pattern);
        if (trees.head.has(path) || trees.base.has(path))
            continue;
        const guess = suggestPattern(path, files(), (p) => trees.head.has(p) || trees.base.has(p));
        errors.push(error(t, 'does not exist at the head or the base', guess ? `did you mean ${shown(guess)}?` : 'fix the path (relative to the working directory)'));
    }
    for (const t of (set.globs ?? []).map((g) => asTarget(g, 'protected-values'))) {
        const glob = (0,discover/* normalizePattern */.eP)(t.pattern);
        const problem = (0,text_glob/* globProblem */.AI)(glob);
        if (problem) {
            errors.push(error(t, problem, text_glob/* GLOB_HINT */.vd));
            continue;
        }
        const match = (0,text_glob/* globMatcher */.fU)(glob, t);
        if (someMatch(trees.head, match) || someMatch(trees.base, match))
            continue;
        const guess = suggestPattern(glob, files(), (p) => {
            const m = (0,text_glob/* globMatcher */.fU)(p, t);
            return files().some((f) => m(f));
        });
        errors.push(error(t, 'matches no file at the head or the base', guess ? `did you mean ${shown(guess)}?` : 'fix the glob (relative to the working directory)'));
    }
    return errors;
    function error(t, what, hint) {
        const text = t.written ?? shown(t.pattern);
        if (t.file)
            return new src_errors/* UserError */.yo(`${t.key ?? 'path'}: '${text}' ${what}`, { file: t.file, line: t.line, hint });
        return new src_errors/* UserError */.yo(`input '${t.input}': '${text}' ${what}`, { hint });
    }
}
function asTarget(t, input) {
    return typeof t === 'string' ? { pattern: t, input } : { input, ...t };
}
function someMatch(paths, match) {
    for (const p of paths)
        if (match(p))
            return true;
    return false;
}
/** `a/b/c` → `a`, `a/b`, `a/b/c`. */
function ancestors(dir) {
    const parts = dir.split('/');
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
/**
 * The existing path or corrected pattern closest to `pattern`: each literal
 * segment that names nothing at its depth is replaced by the nearest name
 * found there (`chart/*` → `charts/*`, `charts/*\/values-prd.yaml` →
 * `charts/*\/values-prod.yaml`), kept only when the result matches; else the
 * nearest whole path. Undefined when nothing is close.
 */
function suggestPattern(pattern, paths, matchesSomething) {
    const segments = pattern.split('/');
    const byDepth = new Map();
    for (const p of paths) {
        p.split('/').forEach((s, i) => {
            if (!byDepth.has(i))
                byDepth.set(i, new Set());
            byDepth.get(i).add(s);
        });
    }
    let changed = false;
    const fixed = segments.map((s, i) => {
        const names = byDepth.get(i);
        if (!names || names.has(s) || picomatch_default().scan(s).isGlob)
            return s;
        const n = (0,suggest/* nearest */.p)(s, names);
        if (n === undefined)
            return s;
        changed = true;
        return n;
    });
    const candidate = fixed.join('/');
    if (changed && matchesSomething(candidate))
        return candidate;
    if (picomatch_default().scan(pattern).isGlob)
        return undefined;
    const whole = (0,suggest/* nearest */.p)(pattern, paths);
    return whole !== pattern ? whole : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/checks/chart-bump.ts
















/** How many charts are checked at once (a 1,000-chart PR held every chart's documents at the same time: 159 MB). */
const CHARTS_IN_FLIGHT = 16;

/**
 * Decides, per chart, whether a pull request moved the chart version
 * correctly. Pure over two file trees and a blob reader: reads only the blobs
 * of charts whose packaged content changed (plus Chart.yaml files that declare
 * `file://` dependencies). One chart's bump never excuses another's.
 */
async function checkChartBumps(input) {
    const { base, head } = input;
    const changed = [...input.changed].sort();
    const changedSet = new Set(changed);
    const read = memoizedReader(input, changedSet);
    const cache = new parse_cache/* ParseCache */.i();
    const { headDirs, baseDirs, tops } = chartFolders(head, base, changed);
    // A pattern or configured path that matches nothing is an error before anything passes.
    const unmatched = unmatchedTargets({ charts: input.charts, files: [...(input.protectedFiles ?? []), ...(input.configuredFiles ?? [])], globs: input.protectedGlobs }, { head, base, chartDirs: tops, prefix: input.prefix });
    if (unmatched.length > 0)
        throw new src_errors/* UserErrors */.tQ(unmatched);
    const protectedFiles = selectProtected(head, (input.protectedFiles ?? []).map(patternOf), (input.protectedGlobs ?? []).map(patternOf));
    // Checked alongside the charts; awaited when the plan is put together.
    const protectedChecked = checkProtected(protectedFiles, (p) => read(head, p));
    protectedChecked.catch(() => { }); // a failure surfaces where it is awaited, never as an unhandled rejection
    const result = async (charts) => {
        const protectedProblems = await protectedChecked;
        return {
            charts,
            protectedProblems,
            protectedFiles,
            ok: charts.every((c) => c.ok) && protectedProblems.every((p) => p.level !== 'error'),
        };
    };
    if (changed.length === 0 || input.noCharts)
        return result([]);
    const counted = await packagedChanges(changed, tops, input, read);
    if (counted.size === 0)
        return result([]);
    const viaDependency = await changedThroughDependencies(tops, counted, input, read, cache);
    const selected = selectCharts([...new Set([...counted.keys(), ...viaDependency.keys()])], input.charts?.map(patternOf));
    const ctx = {
        input,
        headDirs,
        baseDirs,
        read,
        changed: changedSet,
        counted,
        moves: await findMoves(selected, [...counted.keys()], base, head, read, cache),
        cache,
    };
    // Charts are checked side by side, so their reads share the one cat-file pipe instead of waiting in
    // turn; a bounded number at a time, so memory follows that bound and not the size of the PR.
    const checks = await (0,map_limit/* mapLimit */.s)(selected.sort(), CHARTS_IN_FLIGHT, (dir) => checkChart(dir, counted.get(dir) ?? [], viaDependency.get(dir), ctx));
    return result(checks);
}
/**
 * Charts moved to a new folder in this pull request: a new chart whose name
 * is that of exactly one chart whose folder is gone keeps that chart's version.
 */
async function findMoves(selected, counted, base, head, read, cache) {
    const created = selected.filter((d) => head.has(join(d, 'Chart.yaml')) && !base.has(join(d, 'Chart.yaml')));
    const gone = counted.filter((d) => base.has(join(d, 'Chart.yaml')) && !head.has(join(d, 'Chart.yaml')));
    const moves = new Map();
    if (created.length === 0 || gone.length === 0)
        return moves;
    const nameOf = async (tree, d) => {
        const text = await read(tree, join(d, 'Chart.yaml'));
        return text === undefined ? undefined : (0,bump_rules/* looseChart */.DC)(text, cache)?.name;
    };
    const goneNames = await Promise.all(gone.map((d) => nameOf(base, d)));
    for (const d of created) {
        const name = await nameOf(head, d);
        const from = gone.filter((_, i) => name !== undefined && goneNames[i] === name);
        if (from.length === 1)
            moves.set(d, from[0]);
    }
    return moves;
}
/**
 * One changed chart's verdict, in order: its base versions, a deleted or
 * unreadable Chart.yaml, dependencies and Chart.lock, the changelog, a new or
 * merely moved chart, then the level its values changes need and whether the version meets it.
 */
async function checkChart(dir, files, viaDep, ctx) {
    const { input, read } = ctx;
    const { base, head } = input;
    const chartFile = join(dir, 'Chart.yaml');
    const reasons = [];
    if (files.length > 0)
        reasons.push(`${files.length} packaged file${files.length === 1 ? '' : 's'} changed`);
    if (viaDep)
        reasons.push(`file:// dependency ${viaDep} changed`);
    const problems = [];
    // The suggested fix comes only from the version verdict (the last step); every earlier return has none.
    const done = (c, fix) => ({
        path: dir,
        ...c,
        ok: problems.every((p) => p.level !== 'error'),
        problems,
        reasons,
        ...(fix ? { fix } : {}),
    });
    // Start every read this chart may need at once (memoized), so they travel the pipe together.
    for (const f of ['Chart.yaml', 'values.yaml', 'values.schema.json', 'CHANGELOG.md', 'Chart.lock']) {
        const p = join(dir, f);
        if (head.has(p))
            void read(head, p);
        if (base.has(p) && ctx.changed.has(p))
            void read(base, p);
    }
    // A moved chart is compared with its old folder.
    const from = ctx.moves.get(dir) ?? dir;
    if (from !== dir)
        reasons.push(`moved from ${from}`);
    const bases = await baseCharts(dir, from, ctx);
    const { baseChart, baseVersion } = bases;
    const fallbackName = baseChart?.name ?? external_node_path_.posix.basename(dir);
    if (!head.has(chartFile)) {
        reasons.push('chart deleted');
        return done({ name: fallbackName, base: baseVersion ?? null, head: null, required: 'none', status: 'deleted' });
    }
    let meta;
    let version;
    try {
        meta = (0,chart/* parseChart */.as)((await read(head, chartFile)) ?? '', chartFile);
        version = (0,chart/* requireChartVersion */.mg)(meta);
    }
    catch (e) {
        if (!(e instanceof src_errors/* UserError */.yo))
            throw e;
        problems.push((0,problem/* fromUserError */.ET)(e));
        const loose = (0,bump_rules/* looseChart */.DC)((await read(head, chartFile)) ?? '', ctx.cache);
        return done({
            name: loose?.name ?? fallbackName,
            base: baseVersion ?? null,
            head: loose?.version ?? null,
            required: 'patch',
            status: 'changed',
        });
    }
    const name = meta.name || fallbackName;
    const undotted = (0,bump_rules/* undottedPrerelease */.or)(version);
    if (undotted)
        problems.push({
            level: 'warning',
            file: chartFile,
            line: meta.version?.line,
            message: `version ${version}: the pre-release identifier '${undotted.identifier}' compares as text, so ${undotted.next} would sort before it`,
            hint: `write ${undotted.suggestion}: a number after a dot compares as a number (rc.9 < rc.10)`,
        });
    // Consistency of dependencies and Chart.lock with the charts kept in the repository.
    await checkDependencies(dir, meta, ctx, problems);
    problems.push(...(await changelogProblems(dir, version, ctx)));
    // Asked only of a version that moved: one not bumped is refused below already.
    if (baseVersion === undefined || gt_default()(version, baseVersion))
        problems.push(...(await publishedProblems(name, version, meta.version?.line, chartFile, input)));
    if (baseVersion === undefined) {
        reasons.unshift(base.has(chartFile) ? 'no valid base version' : 'new chart');
        return done({ name, base: null, head: version, required: 'none', status: base.has(chartFile) ? 'changed' : 'new' });
    }
    if (from !== dir && (await sameContent(files, dir, ctx.counted.get(from) ?? [], from, ctx))) {
        reasons.push('packaged content unchanged');
        return done({ name, base: baseVersion, head: version, required: 'none', status: 'changed' });
    }
    // The level the diff requires.
    const breaking = [];
    if (input.breaking !== 'off') {
        try {
            breaking.push(...(await breakingChanges(dir, from, meta, ctx)));
        }
        catch (e) {
            if (!(e instanceof src_errors/* UserError */.yo))
                throw e;
            problems.push((0,problem/* fromUserError */.ET)(e));
        }
    }
    const level = (0,bump_rules/* requiredLevel */.WR)(breaking.length > 0, baseVersion);
    const verdict = versionVerdict({
        dir,
        version,
        versionLine: meta.version?.line,
        appVersion: meta.appVersion?.value,
        bases: { ...bases, baseVersion },
        breaking,
        level,
        mode: input.breaking,
    });
    problems.push(...verdict.problems);
    reasons.push(...verdict.reasons);
    return done({ name, base: baseVersion, head: version, required: level, status: 'changed' }, verdict.fix);
}
async function baseCharts(dir, from, ctx) {
    const chartFile = join(dir, 'Chart.yaml');
    const baseText = await ctx.read(ctx.input.base, join(from, 'Chart.yaml'));
    const baseChart = baseText === undefined ? undefined : (0,bump_rules/* looseChart */.DC)(baseText, ctx.cache);
    const others = await Promise.all((ctx.input.otherBases ?? []).map(async (o) => {
        const text = (await o.readFile(chartFile)) ?? (from !== dir ? await o.readFile(join(from, 'Chart.yaml')) : undefined);
        return { label: o.label, chart: text === undefined ? undefined : (0,bump_rules/* looseChart */.DC)(text, ctx.cache) };
    }));
    return { baseChart, others, baseVersion: (0,bump_rules/* highestVersion */.t)([baseChart?.version, ...others.map((o) => o.chart?.version)]) };
}
/** CHANGELOG.md: a section for the new version where the chart keeps one (or always, with `changelog: required`). */
async function changelogProblems(dir, version, ctx) {
    const mode = ctx.input.changelog;
    if (mode === 'off')
        return [];
    const changelogFile = join(dir, 'CHANGELOG.md');
    const text = await ctx.read(ctx.input.head, changelogFile);
    if (text !== undefined && !(0,headings/* hasVersionSection */.Y)(text, version))
        return [
            {
                level: 'error',
                file: changelogFile,
                line: 1,
                message: `CHANGELOG.md has no section for ${version}`,
                hint: `add a heading such as \`## [${version}] - YYYY-MM-DD\``,
            },
        ];
    if (text === undefined && mode === 'required')
        return [
            {
                level: 'error',
                file: changelogFile,
                message: `${dir} has no CHANGELOG.md`,
                hint: `add one with a \`## [${version}]\` section (changelog: required)`,
            },
        ];
    return [];
}
/**
 * A version the chart registry already holds is taken, whatever the bases
 * say (a release may have been published from another branch): the pull
 * request must move past it. A registry that could not answer is a warning.
 */
async function publishedProblems(name, version, line, chartFile, input) {
    const answer = await input.published?.(name, version);
    if (answer === undefined)
        return [];
    if ('problem' in answer)
        return [
            {
                level: 'warning',
                file: chartFile,
                line,
                message: answer.problem,
                hint: 'the check could not tell whether this version is already published',
            },
        ];
    return [
        {
            level: 'error',
            file: chartFile,
            line,
            message: `version ${version} is already published at ${answer.at}`,
            hint: `a published version never changes: needs ${(0,bump_rules/* smallestValid */._L)(version, 'patch')} or higher`,
        },
    ];
}
/**
 * Whether the head's version is enough: greater than every base, and by the
 * level a breaking change needs (an error, or a warning with `breaking: warn`).
 * Returns the problems, the reasons for the summary and the version that fixes it.
 */
function versionVerdict(f) {
    const { dir, version, breaking, level } = f;
    const { baseChart, others, baseVersion } = f.bases;
    const chartFile = join(dir, 'Chart.yaml');
    const problems = [];
    const reasons = [];
    let fix;
    const smallest = (0,bump_rules/* smallestValid */._L)(baseVersion, level);
    const baseFrom = baseChart?.version === baseVersion ? 'the merge base' : (others.find((o) => o.chart?.version === baseVersion)?.label ?? 'the base');
    const appChanged = baseChart?.appVersion !== undefined && f.appVersion !== baseChart.appVersion;
    const severity = f.mode === 'warn' ? 'warning' : 'error';
    const needed = breaking.length > 0 && severity === 'warning' ? (0,bump_rules/* smallestValid */._L)(baseVersion, 'patch') : smallest;
    const bumped = gt_default()(version, baseVersion);
    if (!bumped) {
        const what = version === baseVersion && baseFrom === 'the merge base'
            ? `${dir} changed${appChanged ? ` (appVersion ${baseChart.appVersion} → ${f.appVersion ?? 'none'})` : ''} but version ${version} was not bumped`
            : `version ${version} is not greater than ${baseVersion} on ${baseFrom}${appChanged ? ' (appVersion changed)' : ''}`;
        problems.push({ level: 'error', file: chartFile, line: f.versionLine, message: what, hint: `needs ${needed} or higher` });
        fix = { version: needed, level: needed === smallest ? level : 'patch' };
    }
    if (breaking.length === 0)
        return { problems, reasons, fix };
    // What made the change breaking is listed as problems when the bump falls short, else as a reason.
    if ((0,bump_rules/* bumpIsEnough */.$P)(baseVersion, version, level)) {
        reasons.push(`breaking: ${breaking[0].message}${breaking.length > 1 ? ` (+${breaking.length - 1} more)` : ''}`);
        return { problems, reasons, fix };
    }
    for (const b of breaking) {
        // A removed key has no line at the head: the annotation sits on its line in the base version, and says so.
        const where = b.side === 'base' && b.line !== undefined ? ` (line ${b.line} is where it was before this change)` : '';
        problems.push({
            level: severity,
            file: b.file,
            line: b.line,
            message: `${b.message}${where}`,
            hint: `breaking, needs ${smallest} or higher`,
        });
    }
    if (severity === 'error')
        fix = { version: smallest, level };
    if (bumped)
        problems.push({
            level: severity,
            file: chartFile,
            line: f.versionLine,
            message: `version ${version} is not a ${level} bump over ${baseVersion} but the change is breaking`,
            hint: `needs ${smallest} or higher`,
        });
    return { problems, reasons, fix };
}
/** Whether a moved chart packages the same files with the same content as before the move. */
async function sameContent(files, dir, oldFiles, from, ctx) {
    if (files.length !== oldFiles.length)
        return false;
    const old = new Set(oldFiles);
    const rel = (p, d) => (d === '.' ? p : p.slice(d.length + 1));
    for (const f of files) {
        const before = join(from, rel(f, dir));
        if (!old.has(before))
            return false;
        const [a, b] = await Promise.all([ctx.read(ctx.input.head, f), ctx.read(ctx.input.base, before)]);
        if (a !== b)
            return false;
    }
    return true;
}
function selectCharts(dirs, patterns) {
    if (!patterns || patterns.length === 0)
        return dirs;
    return dirs.filter((0,discover/* chartPatternMatcher */.Jr)(patterns));
}
function patternOf(t) {
    return typeof t === 'string' ? t : t.pattern;
}


/***/ }),

/***/ 9002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony export lineEnding */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** Splits off the BOM and finds the line ending, so edits can put both back. */
function frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    return { bom, body, eol: lineEnding(body) };
}
/** The text without a leading byte-order mark. */
function stripBom(text) {
    return text.startsWith('\ufeff') ? text.slice(1) : text;
}
/** The line ending of the first line break ('\n' when there is none). */
function lineEnding(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * JSON.parse with a UserError naming the file and line on a syntax error. V8's
 * messages do not always carry a position, so the error is located with
 * jsonc-parser (strict: no comments, no trailing commas), which is loaded only
 * then: a run that reads valid JSON never loads it. A BOM is skipped.
 */
async function parseJsonAt(text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 9547).then(__webpack_require__.t.bind(__webpack_require__, 9547, 23)), body, file, hint, what, e);
    }
}
/** parseJsonAt for callers that hold jsonc-parser already (editors that need its offsets): synchronous. */
function parseJsonWith(jsonc, text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(jsonc, body, file, hint, what, e);
    }
}
function jsonSyntaxError(jsonc, body, file, hint, what, cause) {
    const errors = [];
    jsonc.parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first
        ? describeJsonError(jsonc.printParseErrorCode(first.error))
        : (cause instanceof Error ? cause.message : String(cause)).replace(/[\r\n]+/g, ' ').slice(0, 120);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ }),

/***/ 9053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseWith),
/* harmony export */   i: () => (/* binding */ ParseCache)
/* harmony export */ });
/**
 * Parses kept for one run. An operation reads the same few texts many times —
 * a promotion reads one pin per service from each values file, edits it,
 * checks the edit and reads the result again; a release plans its files twice
 * and its dry run diffs them — and parsing is most of each step's cost. The
 * run creates one ParseCache and hands it down to the updaters (an option or
 * a parameter); an updater given none parses every time, which is correct and
 * only slower. Nothing is kept between runs or between calls of a pure
 * function: the cache dies with the run that made it.
 *
 * Entries are keyed by the text itself, then by the kind of parse and a
 * variant (the file name, which a parse carries into its error messages).
 * The text is the key as it is — no key is built by concatenating it, which
 * would copy and hash the whole file on every read. Cached parses are shared,
 * so whoever gets one only reads it.
 *
 * Bounded, least recently used first out: by the number of texts kept and by
 * their total length, so a run over thousands of charts or one huge values
 * file cannot hold every parse it ever made. A text longer than the whole
 * budget is parsed and not kept.
 */
class ParseCache {
    // text → (kind name + variant) → parse. Map order is the recency order: a hit moves its text to the end.
    #texts = new Map();
    #maxTexts;
    #maxChars;
    #chars = 0;
    /** `maxTexts` texts (default 4096) and `maxChars` UTF-16 units of text (default 32 Mi) at most. */
    constructor(limits = {}) {
        this.#maxTexts = limits.maxTexts ?? 4096;
        this.#maxChars = limits.maxChars ?? 32 * 1024 * 1024;
    }
    /** The parse of `text` by `kind` for `variant`: the kept one, else a fresh one, kept. A parse that throws is not kept. */
    get(kind, text, variant = '') {
        const key = entryKey(kind, variant);
        const byKind = this.#touch(text);
        if (byKind?.has(key))
            return byKind.get(key);
        const value = kind.parse(text, variant);
        this.put(kind, text, value, variant);
        return value;
    }
    /** Keeps a parse a caller already made (e.g. while planning), for the next reader of the same text. */
    put(kind, text, value, variant = '') {
        if (text.length > this.#maxChars)
            return;
        let byKind = this.#touch(text);
        if (!byKind) {
            byKind = new Map();
            this.#texts.set(text, byKind);
            this.#chars += text.length;
        }
        byKind.set(entryKey(kind, variant), value);
        this.#evict();
    }
    /** The kept parse, if any; never parses. */
    peek(kind, text, variant = '') {
        return this.#touch(text)?.get(entryKey(kind, variant));
    }
    /** How many texts are kept, and their total length (for tests of the bound). */
    get size() {
        return { texts: this.#texts.size, chars: this.#chars };
    }
    /** The text's entries, moved to the most recently used end. */
    #touch(text) {
        const byKind = this.#texts.get(text);
        if (byKind) {
            this.#texts.delete(text);
            this.#texts.set(text, byKind);
        }
        return byKind;
    }
    #evict() {
        for (const oldest of this.#texts.keys()) {
            if (this.#texts.size <= this.#maxTexts && this.#chars <= this.#maxChars)
                return;
            this.#texts.delete(oldest);
            this.#chars -= oldest.length;
        }
    }
}
/** The parse of `text` through `cache` when the caller has one, else a fresh parse. */
function parseWith(cache, kind, text, variant = '') {
    return cache ? cache.get(kind, text, variant) : kind.parse(text, variant);
}
function entryKey(kind, variant) {
    return variant === '' ? kind.name : `${kind.name}\0${variant}`;
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ checkPinnedImagesIn),
/* harmony export */   mQ: () => (/* binding */ splitReference),
/* harmony export */   xz: () => (/* binding */ checkPinnedImages)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4293);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9002);



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


/***/ }),

/***/ 4293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ YAML_DOCUMENTS),
/* harmony export */   MQ: () => (/* binding */ YAML_DOCUMENT),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   oB: () => (/* binding */ nodeAt)
/* harmony export */ });
/* unused harmony export duplicateKey */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7812);



/**
 * Parses one YAML document, keeping line numbers. Syntax errors and duplicate
 * keys are UserErrors naming file:line; several documents are refused unless
 * `allowMulti` (then the first is returned).
 */
function parseYaml(text, file, opts = {}) {
    // The yaml package's own uniqueKeys check compares each key with every earlier key of its map:
    // 40,000 keys took 15 s. Keys are checked here instead, one set per map (duplicateKey).
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    const lineAt = lineIndex(text);
    for (const d of list) {
        const err = d.errors[0];
        const dup = err ? undefined : duplicateKey(d.contents);
        if (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, {
                file,
                line: lineAt(err.pos[0]),
                hint: 'fix the YAML syntax',
            });
        }
        if (dup !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`duplicate key${keyNear(text, dup)} — YAML keeps only one of them`, {
                file,
                line: lineAt(dup),
                hint: 'remove one of the duplicate keys',
            });
        }
    }
    if (list.length > 1 && !opts.allowMulti) {
        const second = list[1];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the file holds more than one YAML document', {
            file,
            line: lineAt(second.range[0]),
            hint: 'keep a single document (no --- separators between documents)',
        });
    }
    // An empty or comments-only file holds no document at all: read it as one empty document (contents null).
    const doc = (list[0] ?? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text));
>>>>>>> cap-20b:packages/cli/dist/7960.index.js
    return {
        workingDirectory: inputs.string('working-directory', '.'),
        config: inputs.optional('config'),
        base,
        head: inputs.optional('head') ?? pr?.head?.sha ?? 'HEAD',
        baseBranch: baseInput ? undefined : pr?.base?.ref,
        charts: inputs.list('charts'),
        protectedGlobs: inputs.list('protected-values'),
        protectedApplications: inputs.list('protected-applications'),
        ignore: inputs.list('ignore'),
        breaking: inputs.choice('breaking', ['error', 'warn', 'off'], 'error'),
        changelog: inputs.optionalChoice('changelog', ['auto', 'required', 'off']),
    };
}
/** The pull request's base and head, or a merge group's in the same shape (its base branch without refs/heads/). */
function pullRequestOf(payload) {
    const queue = payload.merge_group;
    return (payload.pull_request ??
        (queue
            ? { base: { sha: queue.base_sha, ref: queue.base_ref?.replace(/^refs\/heads\//, '') }, head: { sha: queue.head_sha } }
            : undefined));
}

;// CONCATENATED MODULE: ./packages/core/src/operations/check/index.ts

/**
 * The chart-bump-check action and `lockstep check`: did every changed chart
 * move its version enough? The request reads the inputs and the pull request
 * event; the run (git first, then the YAML, SemVer and glob libraries) and
 * the views load only once the request was accepted.
 */
const check = {
    action: 'chart-bump-check',
    request: checkRequest,
    // One chunk for the run and the views (the chunk name): every check needs both, and a second
    // chunk cost about 3 ms of CPU per run on the runner.
    run: async () => (await __webpack_require__.e(/* import() | check */ 741).then(__webpack_require__.bind(__webpack_require__, 6766))).run,
    view: async () => (await __webpack_require__.e(/* import() | check */ 741).then(__webpack_require__.bind(__webpack_require__, 1542))).view,
};


/***/ })

};

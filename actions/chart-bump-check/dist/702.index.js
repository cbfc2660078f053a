export const id = 702;
export const ids = [702];
export const modules = {

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

/***/ 7702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkChartBumps: () => (/* binding */ checkChartBumps)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/async/map-limit.ts
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

// EXTERNAL MODULE: ./packages/core/src/async/young-generation.ts
var young_generation = __webpack_require__(5633);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/gt.js
var gt = __webpack_require__(6225);
var gt_default = /*#__PURE__*/__webpack_require__.n(gt);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var valid = __webpack_require__(7306);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./packages/core/src/changelog/headings.ts

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
    // The open code fence (CommonMark: ``` or ~~~, 3 or more, indented at most 3 spaces),
    // closed only by the same character at least as long with nothing after it.
    let fence;
    let previousBlank = true;
    // Line by line in place: a 3.5 MB CHANGELOG.md of 84,000 lines split into arrays (one per reading) was
    // megabytes of strings outliving the young generation, where one line at a time dies in it.
    let offset = 0;
    let i = 0;
    let line = lineAt(text, 0);
    while (line !== undefined) {
        const end = text.indexOf('\n', offset);
        const nextOffset = end < 0 ? -1 : end + 1;
        const next = nextOffset < 0 ? undefined : lineAt(text, nextOffset);
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
            const under = next !== undefined ? UNDERLINE.exec(next) : null;
            if (atx)
                heading = { level: atx[1].length, text: atx[2] };
            // A setext heading is a paragraph of its own: a blank line (or the file's start) before it.
            else if (under && previousBlank && /^ {0,3}\S/.test(line) && !/^ {0,3}(?:[-*+>]|\d+[.)])(?:[ \t]|$)/.test(line))
                heading = { level: under[1][0] === '=' ? 1 : 2, text: line.trim(), underline: next };
        }
        const m = heading ? TEXT.exec(heading.text) : null;
        // The version must end there: `## 1.2.3.4` or `## 1.2.3x` is not a section for 1.2.3.
        if (heading && m && valid_default()(m[4]) && /^(?:$|[\s(:,])/.test(m[5] ?? '')) {
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
        offset = nextOffset;
        line = next;
        i++;
    }
    return out;
}
/** The line of `text` that starts at `offset`, without its line break (`\n`, or `\r\n`: the `\r` goes too). */
function lineAt(text, offset) {
    const end = text.indexOf('\n', offset);
    const raw = end < 0 ? text.slice(offset) : text.slice(offset, end);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
}
/** True when the changelog has a section for `version` (any heading style). */
function hasVersionSection(text, version) {
    return versionHeadings(text).some((h) => h.version === version);
}

// EXTERNAL MODULE: ./packages/core/src/charts/bump-rules.ts
var bump_rules = __webpack_require__(7521);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
// EXTERNAL MODULE: ./packages/core/src/yaml/scalars.ts
var scalars = __webpack_require__(7812);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
;// CONCATENATED MODULE: ./packages/core/src/charts/chart.ts






/**
 * Parses Chart.yaml text. A non-mapping file, an ambiguous unquoted value
 * (`version: 1.10`) or a duplicate key is a UserError with file:line. A missing
 * `name` gives '' (callers fall back to the folder name); `version` is returned
 * as written, and callers decide whether it must be valid SemVer.
 */
function parseChart(text, file) {
    const parsed = (0,read/* parseYaml */.hN)((0,bytes/* stripBom */.F8)(text), file);
    const root = parsed.doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new src_errors/* UserError */.yo('Chart.yaml is not a mapping of keys', {
            file,
            line: 1,
            hint: 'see https://helm.sh/docs/topics/charts/#the-chartyaml-file',
        });
    const name = (0,read/* stringField */.OM)(parsed, ['name']);
    const versionNode = (0,read/* nodeAt */.oB)(parsed, ['version']);
    if ((0,dist/* isScalar */.jn)(versionNode) && versionNode.type === dist/* Scalar */.X5.PLAIN && versionNode.range) {
        const source = parsed.text.slice(versionNode.range[0], versionNode.range[1]);
        // Quoting alone would leave a version that is still not SemVer: say both at once.
        if (source !== '' && !(0,scalars/* plainReadsAsString */.zN)(source))
            throw ambiguousVersionError(source, file, parsed.lineOf(versionNode));
    }
    const version = (0,read/* stringField */.OM)(parsed, ['version']);
    const appVersion = (0,read/* stringField */.OM)(parsed, ['appVersion']);
    const deps = (0,read/* nodeAt */.oB)(parsed, ['dependencies']);
    const dependencies = [];
    if (deps !== undefined && !((0,dist/* isScalar */.jn)(deps) && deps.value === null)) {
        if (!(0,dist/* isSeq */.oP)(deps))
            throw new src_errors/* UserError */.yo('dependencies is not a list', {
                file,
                line: parsed.lineOf(deps),
                hint: 'write one `- name: …` entry per dependency',
            });
        deps.items.forEach((item, index) => {
            if (!(0,dist/* isMap */.jh)(item))
                throw new src_errors/* UserError */.yo(`dependencies[${index}] is not a mapping`, { file, line: parsed.lineOf(item) });
            const depName = (0,read/* stringField */.OM)(parsed, ['dependencies', index, 'name'], `dependencies[${index}].name`);
            const repository = (0,read/* stringField */.OM)(parsed, ['dependencies', index, 'repository'], `dependencies[${index}].repository`)?.value;
            const depVersion = (0,read/* stringField */.OM)(parsed, ['dependencies', index, 'version'], `dependencies[${index}].version`)?.value;
            const alias = (0,read/* stringField */.OM)(parsed, ['dependencies', index, 'alias'], `dependencies[${index}].alias`)?.value;
            const local = repository?.startsWith('file://') ? repository.slice('file://'.length).replace(/\/+$/, '') : undefined;
            dependencies.push({
                name: depName?.value ?? '',
                version: depVersion,
                repository,
                alias,
                index,
                line: parsed.lineOf(item),
                localPath: local,
            });
        });
    }
    return { file, name: name?.value ?? '', version, appVersion, dependencies, parsed };
}
/** The chart version as SemVer 2, or a UserError at the `version:` line. */
function requireChartVersion(chart) {
    const v = chart.version;
    if (!v)
        throw new src_errors/* UserError */.yo('Chart.yaml has no version', { file: chart.file, line: 1, hint: 'add `version: 0.1.0`' });
    // semver.valid trims and accepts a leading `v`/`=`; Helm's parser takes neither.
    if (!valid_default()(v.value) || !/^\d/.test(v.value) || /\s/.test(v.value))
        throw new src_errors/* UserError */.yo(`version ${v.value} is not valid SemVer 2`, { file: chart.file, line: v.line, hint: semverHint(v.value) });
    return v.value;
}
/**
 * The SemVer 2 version a Chart.yaml version most likely meant when it is
 * numbers with fewer than three parts (`1.10` → `1.10.0`, `2` → `2.0.0`);
 * undefined when that is not clear.
 */
function semverRepair(source) {
    if (!/^\d+(\.\d+){0,2}$/.test(source))
        return undefined;
    const parts = source.split('.').map((n) => String(Number(n)));
    while (parts.length < 3)
        parts.push('0');
    return parts.join('.');
}
/**
 * The one error for an unquoted Chart.yaml version that YAML reads as
 * something else (`version: 1.10` is the number 1.1): it names both problems —
 * the misreading and that the text is not SemVer 2 — and the full fix
 * (`version: 1.10.0`), so quoting it does not lead to a second error on the
 * next run. Shared by chart-bump-check and bump-chart.
 */
function ambiguousVersionError(source, file, line) {
    const fix = semverRepair(source);
    const type = (0,scalars/* yaml11Type */.Ax)(source) !== 'str' ? (0,scalars/* yaml11Type */.Ax)(source) : (0,scalars/* yaml12Type */.lo)(source);
    const kind = type === 'int' || type === 'float' ? 'a number' : type === 'bool' ? 'a boolean' : type === 'timestamp' ? 'a date' : 'null';
    return new src_errors/* UserError */.yo(`version: ${source} is read as ${kind}, not the string written`, {
        file,
        line,
        hint: fix
            ? `it is not SemVer 2 either: write version: ${fix} (to quote it as "${source}" is not enough)`
            : `it is not SemVer 2 either: write MAJOR.MINOR.PATCH, e.g. version: 0.1.0 (to quote it as "${source}" is not enough)`,
    });
}
function semverHint(value) {
    const fix = semverRepair(value);
    return fix ? `use MAJOR.MINOR.PATCH: write version: ${fix}` : 'use MAJOR.MINOR.PATCH, e.g. 1.4.0 or 1.4.0-rc.1';
}

// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
;// CONCATENATED MODULE: ./packages/core/src/checks/dir-index.ts
/**
 * Chart folders indexed for prefix lookups: the folders under one prefix (a
 * chart's subcharts, `<dir>/charts/…`) are found by binary search. Each
 * checked chart asks for its own subcharts; scanning every folder of the
 * repository for each of them made a pull request touching n of N charts cost
 * n × N string tests (a thousand-chart bump: a million per question), where
 * this costs n × (log N + the folders found).
 */
class DirIndex {
    /** The folders as given (duplicates dropped), in their order. */
    all;
    // Positions into `all`, sorted by folder (UTF-16 code units, as Array#sort compares): every folder
    // that starts with a given prefix sits in one run of it.
    #sorted;
    constructor(dirs) {
        this.all = [...new Set(dirs)];
        this.#sorted = this.all.map((_, i) => i).sort((a, b) => (this.all[a] < this.all[b] ? -1 : 1));
    }
    /** The folders that start with `prefix` (e.g. `charts/web/charts/`), in the order they were given. */
    under(prefix) {
        const { all } = this;
        const s = this.#sorted;
        let lo = 0;
        let hi = s.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (all[s[mid]] < prefix)
                lo = mid + 1;
            else
                hi = mid;
        }
        const found = [];
        for (let i = lo; i < s.length && all[s[i]].startsWith(prefix); i++)
            found.push(s[i]);
        return found.sort((a, b) => a - b).map((i) => all[i]);
    }
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/satisfies.js
var satisfies = __webpack_require__(8541);
var satisfies_default = /*#__PURE__*/__webpack_require__.n(satisfies);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/ranges/valid.js
var ranges_valid = __webpack_require__(8219);
var ranges_valid_default = /*#__PURE__*/__webpack_require__.n(ranges_valid);
;// CONCATENATED MODULE: ./packages/core/src/charts/lock.ts




/** Parses Chart.lock; invalid YAML or a non-list `dependencies` is a UserError at file:line. */
function parseChartLock(text, file) {
    return readChartLock(text, file).entries;
}
/** Like parseChartLock, with the line of `dependencies:` for problems about entries that are missing. */
function readChartLock(text, file) {
    const parsed = (0,read/* parseYaml */.hN)((0,bytes/* stripBom */.F8)(text), file);
    const root = parsed.doc.contents;
    if (root === null)
        return { entries: [], line: 1 };
    if (!(0,dist/* isMap */.jh)(root))
        throw new src_errors/* UserError */.yo('Chart.lock is not a mapping of keys', { file, line: 1, hint: 'regenerate it with `helm dependency update`' });
    const pair = root.items.find((p) => String(p.key?.value) === 'dependencies');
    const line = parsed.lineOf(pair?.key) ?? 1;
    const deps = root.get('dependencies', true);
    if (deps === undefined || deps === null)
        return { entries: [], line };
    if (!(0,dist/* isSeq */.oP)(deps))
        throw new src_errors/* UserError */.yo('dependencies is not a list', {
            file,
            line: parsed.lineOf(deps),
            hint: 'regenerate it with `helm dependency update`',
        });
    const entries = deps.items.map((item, i) => ({
        name: (0,read/* stringField */.OM)(parsed, ['dependencies', i, 'name'], `dependencies[${i}].name`)?.value ?? '',
        version: (0,read/* stringField */.OM)(parsed, ['dependencies', i, 'version'], `dependencies[${i}].version`)?.value,
        repository: (0,read/* stringField */.OM)(parsed, ['dependencies', i, 'repository'], `dependencies[${i}].repository`)?.value,
        line: parsed.lineOf(item),
    }));
    return { entries, line };
}

;// CONCATENATED MODULE: ./packages/core/src/checks/chart-context.ts
/** A file in a chart folder (`.` is the repository's top). */
function join(dir, file) {
    return dir === '.' ? file : `${dir}/${file}`;
}
/** A path as written by a user, in git's form: forward slashes, no leading `./`. */
function normalizePath(p) {
    return p.trim().replace(/\\/g, '/').replace(/^\.\//, '');
}

// EXTERNAL MODULE: ./packages/core/src/checks/problem.ts
var problem = __webpack_require__(2368);
;// CONCATENATED MODULE: ./packages/core/src/checks/chart-dependencies.ts









/**
 * Consistency of a chart's dependencies with the charts kept in the
 * repository (file:// paths and vendored subcharts): each dependency's
 * version constraint admits the chart there, and Chart.lock names and pins
 * exactly what Chart.yaml declares. Problems are added to `problems`.
 */
async function checkDependencies(dir, meta, ctx, problems) {
    const { head } = ctx.input;
    const prefix = dir === '.' ? 'charts/' : `${dir}/charts/`;
    const subDirs = ctx.headDirs.under(prefix).filter((d) => !d.slice(prefix.length).includes('/'));
    const charts = new Map();
    const chartAt = (d) => {
        let c = charts.get(d);
        if (!c)
            charts.set(d, (c = ctx.read(head, join(d, 'Chart.yaml')).then((t) => (t === undefined ? undefined : (0,bump_rules/* looseChart */.DC)(t, ctx.cache)))));
        return c;
    };
    const subByName = async (name) => {
        for (const d of subDirs)
            if ((await chartAt(d))?.name === name)
                return d;
        return undefined;
    };
    const inRepo = async (name, repository) => {
        if (repository?.startsWith('file://')) {
            const target = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, repository.slice('file://'.length).replace(/\/+$/, '')));
            return head.has(join(target, 'Chart.yaml')) ? target : undefined;
        }
        return subByName(name);
    };
    for (const dep of meta.dependencies) {
        const where = await inRepo(dep.name, dep.repository);
        if (!where) {
            if (dep.localPath !== undefined)
                problems.push({
                    level: 'error',
                    file: meta.file,
                    line: dep.line,
                    message: `dependency ${dep.name}: ${dep.repository} has no Chart.yaml`,
                    hint: 'fix the file:// path',
                });
            continue;
        }
        const v = (await chartAt(where))?.version;
        if (!dep.version || !v || !valid_default()(v))
            continue;
        // Helm's constraints (Masterminds semver) AND comparators with commas: `>= 2.0.0, < 3.0.0`.
        const range = ranges_valid_default()(dep.version.replace(/\s*,\s*/g, ' '));
        if (range === null)
            continue;
        if (!satisfies_default()(v, range, { includePrerelease: true }))
            problems.push({
                level: 'error',
                file: meta.file,
                line: dep.line,
                message: `dependency ${dep.name} requires version ${dep.version} but ${where} is ${v}`,
                hint: `set the dependency's version to ${v}`,
            });
    }
    const lockFile = join(dir, 'Chart.lock');
    const lockText = await ctx.read(head, lockFile);
    if (lockText === undefined)
        return;
    let lock;
    try {
        lock = readChartLock(lockText, lockFile);
    }
    catch (e) {
        if (!(e instanceof src_errors/* UserError */.yo))
            throw e;
        problems.push((0,problem/* fromUserError */.ET)(e));
        return;
    }
    const { entries } = lock;
    // Helm refuses to build from a lock whose names differ from Chart.yaml's dependencies.
    const locked = new Set(entries.map((e) => e.name));
    const declared = new Set(meta.dependencies.map((d) => d.name));
    for (const dep of meta.dependencies.filter((d, i, all) => d.name && !locked.has(d.name) && all.findIndex((o) => o.name === d.name) === i))
        problems.push({
            level: 'error',
            file: lockFile,
            line: lock.line,
            message: `Chart.lock has no entry for dependency ${dep.name} (${meta.file}:${dep.line ?? 1})`,
            hint: 'run `helm dependency update` and commit Chart.lock',
        });
    for (const entry of entries.filter((e) => e.name && !declared.has(e.name)))
        problems.push({
            level: 'error',
            file: lockFile,
            line: entry.line,
            message: `Chart.lock lists ${entry.name}, which is no longer a dependency in ${meta.file}`,
            hint: 'run `helm dependency update` and commit Chart.lock',
        });
    for (const entry of entries) {
        const where = await inRepo(entry.name, entry.repository);
        if (!where)
            continue;
        const v = (await chartAt(where))?.version;
        if (v && entry.version !== v)
            problems.push({
                level: 'error',
                file: lockFile,
                line: entry.line,
                message: `Chart.lock pins ${entry.name} ${entry.version ?? '(none)'} but ${where} is ${v}`,
                hint: 'run `helm dependency update` and commit Chart.lock',
            });
    }
}

// EXTERNAL MODULE: ./packages/core/src/values/diff.ts
var diff = __webpack_require__(3769);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/core/src/values/schema.ts




// Keywords whose larger value is stricter, and whose smaller value is stricter.
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];
const SUBSCHEMA_ONE = [
    'items',
    'additionalItems',
    'contains',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
    'unevaluatedProperties',
    'unevaluatedItems',
];
/**
 * Parses values.schema.json with line numbers (JSON is YAML, so the YAML
 * reader gives positions and refuses duplicate keys). Invalid JSON is a
 * UserError naming file and line.
 */
async function parseSchema(text, file) {
    const clean = (0,bytes/* stripBom */.F8)(text);
    const schema = (await (0,bytes/* parseJsonAt */.bq)(clean, file, 'fix the JSON syntax'));
    if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema)))
        throw new src_errors/* UserError */.yo('values.schema.json is not a JSON Schema object', { file, line: 1, hint: 'the top level must be an object' });
    return { parsed: (0,read/* parseYaml */.hN)(clean, file), schema };
}
/**
 * Lists the ways `head` accepts fewer values.yaml documents than `base`: new
 * required properties, removed properties, narrower `type`, a narrower or new
 * `enum`/`const`, `additionalProperties` closed, tighter bounds or a new
 * pattern, in every nested subschema. Loosening is not reported. The base is
 * read leniently (a broken base schema constrained nothing).
 */
async function schemaChanges(baseText, headText, file, headValues) {
    let base;
    try {
        base = JSON.parse((0,bytes/* stripBom */.F8)(baseText));
    }
    catch {
        base = true;
    }
    const head = await parseSchema(headText, file);
    const out = [];
    compare(base, head.schema, [], head.parsed, file, out, 0, headValues);
    return out;
}
/**
 * `vals` is the head values.yaml at this schema location (undefined where it
 * does not follow): Helm validates the schema against the chart's defaults
 * merged with the user's values, so a property that values.yaml gives a
 * default is newly required without breaking anyone.
 */
function compare(b, h, path, parsed, file, out, depth, vals) {
    if (depth > 64)
        return;
    const where = pointer(path);
    const push = (message, at = path) => out.push({ file, line: lineOf(parsed, at), key: where, message: `schema ${where}: ${message}` });
    if (h === false) {
        if (b !== false)
            push('now rejects every value');
        return;
    }
    if (!isObject(h))
        return;
    const bo = isObject(b) ? b : {};
    if (b === false)
        return;
    const bt = types(bo.type);
    const ht = types(h.type);
    if (ht) {
        // values.yaml's root is always a map to Helm: declaring the root an object narrows nothing.
        const lost = bt ? [...bt].filter((t) => !covers(ht, t)) : path.length === 0 && ht.has('object') ? [] : ['any'];
        if (lost.length > 0)
            push(`type narrowed from ${bt ? [...bt].join('|') : 'any'} to ${[...ht].join('|')}`, [...path, 'type']);
    }
    if (Array.isArray(h.enum)) {
        const old = Array.isArray(bo.enum) ? bo.enum : undefined;
        const lost = old ? old.filter((v) => !h.enum.some((x) => (0,external_node_util_.isDeepStrictEqual)(x, v))) : undefined;
        if (!old)
            push(`enum ${JSON.stringify(h.enum)} added`, [...path, 'enum']);
        else if (lost && lost.length > 0)
            push(`enum no longer allows ${lost.map((v) => JSON.stringify(v)).join(', ')}`, [...path, 'enum']);
    }
    if ('const' in h && !('const' in bo && (0,external_node_util_.isDeepStrictEqual)(bo.const, h.const)))
        push(`const ${JSON.stringify(h.const)} added`, [...path, 'const']);
    const breq = new Set(Array.isArray(bo.required) ? bo.required : []);
    for (const r of Array.isArray(h.required) ? h.required : []) {
        if (!breq.has(r) && !(isObject(vals) && vals[r] !== undefined && vals[r] !== null))
            push(`property ${r} is now required`, [...path, 'required']);
    }
    for (const k of LOWER_BOUNDS) {
        if (typeof h[k] === 'number' && (typeof bo[k] !== 'number' || h[k] > bo[k]))
            push(`${k} raised to ${h[k]}${typeof bo[k] === 'number' ? ` (was ${bo[k]})` : ''}`, [...path, k]);
    }
    for (const k of UPPER_BOUNDS) {
        if (typeof h[k] === 'number' && (typeof bo[k] !== 'number' || h[k] < bo[k]))
            push(`${k} lowered to ${h[k]}${typeof bo[k] === 'number' ? ` (was ${bo[k]})` : ''}`, [...path, k]);
    }
    if (typeof h.pattern === 'string' && h.pattern !== bo.pattern)
        push(`pattern ${JSON.stringify(h.pattern)} ${bo.pattern === undefined ? 'added' : 'changed'}`, [...path, 'pattern']);
    if (h.uniqueItems === true && bo.uniqueItems !== true)
        push('uniqueItems added', [...path, 'uniqueItems']);
    // additionalProperties: closing it is stricter; an object on both sides is compared as a subschema.
    if (h.additionalProperties === false && bo.additionalProperties !== false)
        push('additionalProperties closed', [...path, 'additionalProperties']);
    else if (isObject(h.additionalProperties))
        compare(bo.additionalProperties ?? true, h.additionalProperties, [...path, 'additionalProperties'], parsed, file, out, depth + 1);
    const bprops = isObject(bo.properties) ? bo.properties : {};
    const hprops = isObject(h.properties) ? h.properties : {};
    for (const name of Object.keys(bprops)) {
        if (!(name in hprops))
            push(`property ${name} removed`, [...path, 'properties']);
    }
    for (const group of SUBSCHEMA_MAPS) {
        const hm = h[group];
        if (!isObject(hm))
            continue;
        const bm = isObject(bo[group]) ? bo[group] : {};
        for (const [name, sub] of Object.entries(hm)) {
            // A property or definition that is new constrains nothing old values held, unless required (reported above).
            if (!(name in bm))
                continue;
            compare(bm[name], sub, [...path, group, name], parsed, file, out, depth + 1, group === 'properties' && isObject(vals) ? vals[name] : undefined);
        }
    }
    for (const k of SUBSCHEMA_ONE) {
        if (k in h && !Array.isArray(h[k])) {
            const same = k === 'if' || k === 'then' || k === 'else' ? vals : undefined;
            if (k in bo)
                compare(bo[k], h[k], [...path, k], parsed, file, out, depth + 1, same);
            else if (k === 'not' || k === 'if' || k === 'contains' || k === 'propertyNames')
                push(`${k} added`, [...path, k]);
            else if (k !== 'then' && k !== 'else')
                compare(true, h[k], [...path, k], parsed, file, out, depth + 1, same);
        }
    }
    for (const k of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
        const ha = h[k];
        if (!Array.isArray(ha))
            continue;
        const ba = Array.isArray(bo[k]) ? bo[k] : undefined;
        if (!ba) {
            if (k === 'allOf')
                ha.forEach((s, i) => compare(true, s, [...path, k, i], parsed, file, out, depth + 1, vals));
            else
                push(`${k} added`, [...path, k]);
            continue;
        }
        ha.forEach((s, i) => {
            const same = k === 'prefixItems' ? undefined : vals;
            if (i < ba.length)
                compare(ba[i], s, [...path, k, i], parsed, file, out, depth + 1, same);
            else if (k === 'allOf')
                compare(true, s, [...path, k, i], parsed, file, out, depth + 1, same);
        });
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
        breaking.push(...(0,diff/* diffValues */.In)((await read(base, baseValues)) ?? '', (await read(head, valuesFile)) ?? '', baseValues, valuesFile));
    if (ctx.changed.has(schemaFile) && base.has(baseSchema) && head.has(schemaFile))
        breaking.push(...(await schemaChanges((await read(base, baseSchema)) ?? '', (await read(head, schemaFile)) ?? '', schemaFile, head.has(valuesFile) ? (0,diff/* valuesDefaults */.Hz)((await read(head, valuesFile)) ?? '') : undefined)));
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
    for (const d of ctx.headDirs.under(prefix))
        subs.set(d, basePrefix + d.slice(prefix.length));
    for (const d of ctx.baseDirs.under(basePrefix))
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
            found.push(...(0,diff/* diffValues */.In)((await ctx.read(base, baseValues)) ?? '', (await ctx.read(head, valuesFile)) ?? '', baseValues, valuesFile));
        if (base.has(baseSchema) && head.has(schemaFile) && movedOrChanged(schemaFile, baseSchema))
            found.push(...(await schemaChanges((await ctx.read(base, baseSchema)) ?? '', (await ctx.read(head, schemaFile)) ?? '', schemaFile, head.has(valuesFile) ? (0,diff/* valuesDefaults */.Hz)((await ctx.read(head, valuesFile)) ?? '') : undefined)));
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

// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(7892);
;// CONCATENATED MODULE: ./packages/core/src/charts/helmignore.ts

// `helm package` reads .helmignore with its own rules (helm/helm pkg/ignore), not gitignore's: each
// line is one Go `filepath.Match` pattern ('*', '?', '[...]' classes, '\' escapes; no `**`, which Helm
// refuses), matched case-sensitively against the chart-relative path, or against the base name when the
// rule holds no '/'. Rules are tried in order and the first that decides wins: a matching rule ignores;
// a `!rule` ignores every path it does NOT match (Helm's reading of negation, odd as it is); a rule
// ending in '/' only applies to folders. Each folder of a path is tried first, as Helm's walk skips an
// ignored folder whole.
//
// The `ignore` package implements gitignore (case-insensitive here, `**`, other negation) through
// backtracking regexes a pull request could make spin; picomatch and minimatch also compile to
// backtracking regexes and differ from filepath.Match (braces, `**`, `[!...]`). So the match below is a
// small matcher of Helm's documented filepath.Match syntax that runs in O(path × rule) per rule.
/** Helm's own default rule, added after the chart's: hidden files directly under templates/ are never packaged. */
const HELM_DEFAULTS = ['templates/.?*'];
/** bufio.Scanner, which Helm reads the file with, fails on a line of 64 KiB or more: so does this. */
const MAX_LINE_BYTES = 64 * 1024;
/** Character comparisons one rule set may spend on a run before it fails closed (about a second of work). */
const MATCH_BUDGET = 200_000_000;
const SLASH = 0x2f;
/**
 * Builds the matcher for one chart from its .helmignore text (undefined when
 * the chart has none). `file` names the .helmignore in errors: a line Helm
 * refuses (`**`, a broken `[` class, a line of 64 KiB) is a UserError at
 * file:line, as `helm package` would fail on it.
 */
function helmIgnore(text, file = '.helmignore') {
    const rules = [];
    if (text) {
        const lines = text.split('\n');
        lines.forEach((raw, i) => {
            let line = i === 0 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
            if (line.endsWith('\r'))
                line = line.slice(0, -1);
            if (Buffer.byteLength(line) >= MAX_LINE_BYTES)
                throw new src_errors/* UserError */.yo('the line is 64 KiB or longer; helm package fails on it (token too long)', {
                    file,
                    line: i + 1,
                    hint: 'shorten the rule',
                });
            const rule = parseRule(line.trim(), file, i + 1);
            if (rule)
                rules.push(rule);
        });
    }
    for (const d of HELM_DEFAULTS)
        rules.push(parseRule(d, file, 0));
    let budget = MATCH_BUDGET;
    const spend = (n, path) => {
        budget -= n;
        if (budget < 0)
            throw new src_errors/* UserError */.yo(`matching the .helmignore rules against '${path.slice(0, 80)}' takes too long`, {
                file,
                hint: 'write fewer or shorter rules (fewer * in one rule)',
            });
    };
    const decide = (path, dir) => {
        const name = codePoints(path);
        const slash = name.lastIndexOf(SLASH);
        const base = slash < 0 ? name : name.slice(slash + 1);
        for (const r of rules) {
            if (r.negate) {
                if (r.mustDir && !dir)
                    return true;
                if (!matches(r, r.whole ? name : base, path, spend))
                    return true;
                continue;
            }
            if (r.mustDir && !dir)
                continue;
            if (matches(r, r.whole ? name : base, path, spend))
                return true;
        }
        return false;
    };
    const folders = new Map();
    const folderIgnored = (dir) => {
        let v = folders.get(dir);
        if (v === undefined) {
            const slash = dir.lastIndexOf('/');
            v = (slash > 0 && folderIgnored(dir.slice(0, slash))) || decide(dir, true);
            folders.set(dir, v);
        }
        return v;
    };
    return (path) => {
        if (path === '' || path === '.')
            return false;
        const slash = path.lastIndexOf('/');
        return (slash > 0 && folderIgnored(path.slice(0, slash))) || decide(path, false);
    };
}
/** One line of .helmignore as Helm's parseRule reads it; undefined for blank lines and comments. */
function parseRule(line, file, lineNo) {
    if (line === '' || line.startsWith('#'))
        return undefined;
    if (line.includes('**'))
        throw new src_errors/* UserError */.yo("'**' is not supported in .helmignore (helm package fails on this rule: double-star syntax is not supported)", {
            file,
            line: lineNo,
            hint: 'use * within one folder, or name each folder',
        });
    let rule = line;
    const negate = rule.startsWith('!');
    if (negate)
        rule = rule.slice(1);
    const mustDir = rule.endsWith('/');
    if (mustDir)
        rule = rule.slice(0, -1);
    // A leading '/' anchors the rule at the chart's root: it is then matched against the whole path.
    const anchored = rule.startsWith('/');
    if (anchored)
        rule = rule.slice(1);
    const chunks = compile(rule);
    if (!chunks)
        throw new src_errors/* UserError */.yo(`'${line}' is not a valid pattern; helm package fails on it (syntax error in pattern)`, {
            file,
            line: lineNo,
            hint: "close each [ class with ], and escape a literal [ or a trailing \\ with '\\'",
        });
    return { negate, mustDir, whole: anchored || rule.includes('/'), chunks, min: chunks.reduce((n, c) => n + c.atoms.length, 0) };
}
/** filepath.Match syntax → chunks; undefined when Go would answer ErrBadPattern. */
function compile(pattern) {
    const p = codePoints(pattern);
    const chunks = [];
    let current = { star: false, atoms: [] };
    let i = 0;
    const escaped = () => {
        // One character of a class: '\' escapes the next; '-' and ']' must be escaped; the class must go on.
        if (i >= p.length || p[i] === 0x2d || p[i] === 0x5d)
            return undefined;
        if (p[i] === 0x5c)
            i++;
        if (i >= p.length)
            return undefined;
        const c = p[i++];
        return i < p.length ? c : undefined;
    };
    while (i < p.length) {
        const c = p[i];
        if (c === 0x2a) {
            // '*': a star run starts a new chunk.
            while (p[i] === 0x2a)
                i++;
            if (current.atoms.length > 0 || current.star)
                chunks.push(current);
            current = { star: true, atoms: [] };
            continue;
        }
        if (c === 0x3f) {
            current.atoms.push({ kind: 'any' });
            i++;
        }
        else if (c === 0x5c) {
            if (i + 1 >= p.length)
                return undefined;
            current.atoms.push({ kind: 'char', code: p[i + 1] });
            i += 2;
        }
        else if (c === 0x5b) {
            i++;
            const negated = p[i] === 0x5e;
            if (negated)
                i++;
            const ranges = [];
            for (;;) {
                if (p[i] === 0x5d && ranges.length > 0) {
                    i++;
                    break;
                }
                const lo = escaped();
                if (lo === undefined)
                    return undefined;
                let hi = lo;
                if (p[i] === 0x2d) {
                    i++;
                    const h = escaped();
                    if (h === undefined)
                        return undefined;
                    hi = h;
                }
                ranges.push([lo, hi]);
            }
            current.atoms.push({ kind: 'class', negated, ranges });
        }
        else {
            current.atoms.push({ kind: 'char', code: c });
            i++;
        }
    }
    chunks.push(current);
    return chunks;
}
/**
 * filepath.Match over code points: each chunk is taken at the leftmost place
 * it fits (a `*` never crosses '/'); the last chunk must end the name. Each
 * chunk tries each start at most once, so the work is O(name × rule).
 */
function matches(rule, name, path, spend) {
    if (name.length < rule.min)
        return false;
    let pos = 0;
    const { chunks } = rule;
    for (let c = 0; c < chunks.length; c++) {
        const { star, atoms } = chunks[c];
        const last = c === chunks.length - 1;
        if (star && atoms.length === 0) {
            // A trailing '*' takes the rest of the name, if it holds no '/'.
            for (let k = pos; k < name.length; k++)
                if (name[k] === SLASH)
                    return false;
            return true;
        }
        let found = -1;
        for (let at = pos; at + atoms.length <= name.length; at++) {
            if ((!last || at + atoms.length === name.length) && fits(atoms, name, at, path, spend)) {
                found = at;
                break;
            }
            if (!star || name[at] === SLASH)
                break;
        }
        if (found < 0)
            return false;
        pos = found + atoms.length;
    }
    return pos === name.length;
}
function fits(atoms, name, at, path, spend) {
    spend(atoms.length, path);
    for (let k = 0; k < atoms.length; k++) {
        const a = atoms[k];
        const ch = name[at + k];
        if (a.kind === 'char') {
            if (ch !== a.code)
                return false;
        }
        else if (a.kind === 'any') {
            if (ch === SLASH)
                return false;
        }
        else {
            let inside = false;
            for (const [lo, hi] of a.ranges)
                if (lo <= ch && ch <= hi)
                    inside = true;
            if (inside === a.negated)
                return false;
        }
    }
    return true;
}
function codePoints(s) {
    const out = [];
    for (const ch of s)
        out.push(ch.codePointAt(0));
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var text_glob = __webpack_require__(3483);
;// CONCATENATED MODULE: ./packages/core/src/charts/deployment-state.ts
// An environment's values file kept inside a chart folder (the README's
// layout: charts/myapp/values-prod.yaml beside the chart's own values.yaml,
// read by a multi-source Application through `$values`) is deployment state,
// not chart content: a promotion that pins a digest there changes what one
// environment runs, not the chart a release packages. The bump rule
// (chart-bump-check, `lockstep check`) and publish treat it as if the chart's
// .helmignore listed it: a promotion pull request needs no chart bump, and a
// published package equals `helm package` with that line. A chart's own
// Chart.yaml, Chart.lock, values.yaml and values.schema.json stay chart
// content whoever names them.


/** The files of a chart folder that are its content whatever an environment says of them. */
const CHART_CONTENT = new Set(['Chart.yaml', 'Chart.lock', 'values.yaml', 'values.schema.json']);
const normal = (p) => external_node_path_.posix.normalize(p.trim().replace(/\\/g, '/')).replace(/^\.\//, '');
/**
 * Whether a repository path is deployment state: one of the environments' values files (`valuesFiles`, repository
 * paths or globs) and not a chart's own Chart.yaml, Chart.lock, values.yaml or values.schema.json.
 */
function deploymentState(valuesFiles) {
    const globs = valuesFiles.map(normal).filter((p) => /[*?[{]/.test(p));
    const exact = new Set(valuesFiles.map(normal).filter((p) => !/[*?[{]/.test(p)));
    const matches = globs.length > 0 ? (0,text_glob/* globMatcher */.fU)(globs) : () => false;
    return (path) => !CHART_CONTENT.has(external_node_path_.posix.basename(path)) && (exact.has(path) || matches(path));
}
/** Each environment's values file kept inside one of `chartDirs` (not a chart's own file): what `lockstep config` says once. */
function deploymentStateFiles(chartDirs, environments) {
    return environments.flatMap((e) => {
        if (e.values === undefined)
            return [];
        const file = normal(e.values);
        const chart = chartDirs.find((d) => d === '.' || file.startsWith(`${d}/`));
        return chart !== undefined && deploymentState([file])(file) ? [{ file, environment: e.name, chart }] : [];
    });
}
/** The sentence `lockstep config` prints for one such file. */
function deploymentStateLine(f) {
    return `${f.file} (${f.environment}'s values) is deployment state: the bump rule and publish leave it out of chart ${f.chart}, as if its .helmignore listed it`;
}

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
 * side) nor by the `ignore` globs, and not an environment's values file kept
 * there (deployment state, packaged by neither publish nor a release).
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
    await Promise.all(['base', 'head'].flatMap((side) => needed.map(async (dir) => loaded.set(`${side}:${dir}`, helmIgnore(await read(side === 'base' ? base : head, join(dir, '.helmignore')), join(dir, '.helmignore'))))));
    const inChart = (path, top) => (top === '.' ? path : path.slice(top.length + 1));
    const packaged = (side, path, top) => !loaded.get(`${side}:${top}`)(inChart(path, top));
    const ignore = input.ignore && input.ignore.length > 0
        ? (0,text_glob/* globMatcher */.fU)(input.ignore.map((g) => g.trim().replace(/\\/g, '/').replace(/^\.\//, '')), { input: 'ignore' })
        : undefined;
    const isState = input.deploymentState?.length ? deploymentState(input.deploymentState) : undefined;
    const counted = new Map();
    for (const { path, top } of owned) {
        if (ignore?.(inChart(path, top)) || isState?.(path))
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
// EXTERNAL MODULE: ./packages/core/src/charts/exact-revision.ts
var exact_revision = __webpack_require__(3068);
// EXTERNAL MODULE: ./packages/core/src/kustomize/overlay.ts
var overlay = __webpack_require__(3861);
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
/** Every chart source of each protected Application file must pin one exact chart version; one finding per source that does not. */
async function checkApplications(files, read) {
    const out = [];
    for (const file of files) {
        try {
            for (const p of (0,exact_revision/* inexactRevisions */.Dp)((await read(file)) ?? '', file))
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
/**
 * The kustomization files of the protected environments' overlays at the
 * head: each path resolved as promote-env resolves it (the file, or the
 * folder's kustomization.yaml / .yml / Kustomization, or an Argo CD
 * Application). A path that holds none is a UserError at its config line.
 */
async function resolveOverlays(targets, read) {
    const files = new Set();
    const errors = [];
    for (const t of targets) {
        try {
            const found = await (0,overlay/* kustomizationFor */.fx)(normalizePath(t.pattern), read, { file: t.file, line: t.line, where: 'at the head' });
            files.add(found.file);
        }
        catch (e) {
            if (!(e instanceof src_errors/* UserError */.yo))
                throw e;
            errors.push(e);
        }
    }
    return { files: [...files].sort(), errors };
}
/** Every images: entry of each protected overlay pinned by a sha256 digest, none tagged latest; an unreadable overlay is an error there. */
async function checkOverlays(files, read) {
    const out = [];
    for (const file of files) {
        try {
            for (const p of (0,overlay/* overlayProblems */.pN)((0,overlay/* readOverlayImages */.Rm)((await read(file)) ?? '', file)))
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

// EXTERNAL MODULE: ./packages/core/src/charts/suggest.ts
var suggest = __webpack_require__(8225);
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
            const guess = (0,suggest/* suggestPattern */.$)(pattern, folders, (p) => dirs.some((0,discover/* chartPatternMatcher */.Jr)([p])));
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
        const guess = (0,suggest/* suggestPattern */.$)(path, files(), (p) => trees.head.has(p) || trees.base.has(p));
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
        const guess = (0,suggest/* suggestPattern */.$)(glob, files(), (p) => {
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
        return new src_errors/* UserError */.yo(`: '${text}' ${what}`, { input: t.input, hint });
    }
}
/** The pattern of a target (a bare string is its own pattern). */
function patternOf(t) {
    return typeof t === 'string' ? t : t.pattern;
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

// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts + 1 modules
var selection = __webpack_require__(5479);
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
    // Parsing many charts' YAML would grow V8's new space to its ceiling with garbage: keep it small.
    (0,young_generation/* holdYoungGeneration */.kK)();
    const { base, head } = input;
    const changed = [...input.changed].sort();
    const changedSet = new Set(changed);
    const read = memoizedReader(input, changedSet);
    const cache = new parse_cache/* ParseCache */.i();
    const { headDirs, baseDirs, tops } = chartFolders(head, base, changed);
    // No chart folder at all where charts: is absent and the config has environments: nothing to match the
    // default (every chart) against, and no chart to check; the environments' files still are.
    const noChartFolder = input.chartsOptional === true && underPrefix(tops, input.prefix).length === 0;
    // A pattern or configured path that matches nothing is an error before anything passes.
    const unmatched = unmatchedTargets({
        charts: [...(noChartFolder ? [] : (input.charts ?? [])), ...(input.chartsIgnore ?? [])],
        files: [...(input.protectedFiles ?? []), ...(input.configuredFiles ?? []), ...(input.protectedApplications ?? [])],
        globs: [...(input.protectedGlobs ?? []), ...(input.protectedApplicationGlobs ?? []), ...(input.configuredGlobs ?? [])],
    }, { head, base, chartDirs: tops, prefix: input.prefix });
    // A protected overlay path that holds no kustomization is refused with them: the guard must not pass because it guards nothing.
    const overlays = await resolveOverlays(input.protectedOverlays ?? [], (p) => read(head, p));
    unmatched.push(...overlays.errors, ...(await resolveOverlays(input.configuredOverlays ?? [], (p) => read(head, p))).errors);
    if (unmatched.length > 0)
        throw new src_errors/* UserErrors */.tQ(unmatched);
    const protectedValues = selectProtected(head, (input.protectedFiles ?? []).map(patternOf), (input.protectedGlobs ?? []).map(patternOf));
    const protectedFiles = [...new Set([...protectedValues, ...overlays.files])].sort();
    // Checked alongside the charts; awaited when the plan is put together.
    const protectedApplications = selectProtected(head, (input.protectedApplications ?? []).map(patternOf), (input.protectedApplicationGlobs ?? []).map(patternOf));
    const protectedChecked = Promise.all([
        checkProtected(protectedValues, (p) => read(head, p)),
        checkOverlays(overlays.files, (p) => read(head, p)),
        checkApplications(protectedApplications, (p) => read(head, p)),
    ]).then((all) => all.flat());
    protectedChecked.catch(() => { }); // a failure surfaces where it is awaited, never as an unhandled rejection
    const result = async (charts, uncovered = []) => {
        const protectedProblems = [...(await protectedChecked), ...uncoveredProblems(uncovered, input)];
        return {
            charts,
            protectedProblems,
            protectedFiles,
            ...(protectedApplications.length > 0 ? { protectedApplications } : {}),
            ...(uncovered.length > 0 ? { uncovered } : {}),
            ...(noChartFolder ? { noChartFolder } : {}),
            ok: charts.every((c) => c.ok) && protectedProblems.every((p) => p.level !== 'error'),
        };
    };
    if (changed.length === 0 || input.noCharts || noChartFolder)
        return result([]);
    const counted = await packagedChanges(changed, tops, input, read);
    if (counted.size === 0)
        return result([]);
    const viaDependency = await changedThroughDependencies(tops, counted, input, read, cache);
    const changedCharts = [...new Set([...counted.keys(), ...viaDependency.keys()])];
    const choice = choiceOf(input);
    const selected = (0,selection/* selectCharts */.MV)(changedCharts, choice);
    const uncovered = (0,selection/* uncoveredCharts */.pg)(underPrefix(changedCharts, input.prefix), choice, (input.chartsIgnore ?? []).map(entryOf));
    const ctx = {
        input,
        headDirs: new DirIndex(headDirs),
        baseDirs: new DirIndex(baseDirs),
        read,
        changed: changedSet,
        counted,
        moves: await findMoves(selected, [...counted.keys()], base, head, read, cache),
        cache,
    };
    // Charts are checked side by side, so their reads share the one cat-file pipe instead of waiting in
    // turn; a bounded number at a time, so memory follows that bound and not the size of the PR.
    const checks = await mapLimit(selected.sort(), CHARTS_IN_FLIGHT, (dir) => checkChart(dir, counted.get(dir) ?? [], viaDependency.get(dir), ctx));
    return result(checks, uncovered);
}
/** The input's chart patterns as the one selection's choice (charts/selection.ts). */
function choiceOf(input) {
    if (input.noCharts)
        return { kind: 'none', at: input.chartsAt ?? {} };
    if (!input.charts || input.charts.length === 0)
        return { kind: 'every' };
    return { kind: 'patterns', entries: input.charts.map(entryOf) };
}
function entryOf(t) {
    return typeof t === 'string' ? { pattern: t } : t;
}
/** The chart folders under the working directory (`prefix` from the repository's top). */
function underPrefix(dirs, prefix) {
    const p = (prefix ?? '').replace(/\/+$/, '');
    return p === '' ? [...dirs] : dirs.filter((d) => d === p || d.startsWith(`${p}/`));
}
/**
 * A changed chart folder that no `charts` entry covers would change without
 * any check: each is an error naming the folder and the entry to add.
 */
function uncoveredProblems(dirs, input) {
    const p = (input.prefix ?? '').replace(/\/+$/, '');
    const shown = (d) => (p && d.startsWith(`${p}/`) ? d.slice(p.length + 1) : p && d === p ? '.' : d);
    const at = input.chartsAt?.file ? ` (${input.chartsAt.file}:${input.chartsAt.line ?? 1})` : '';
    return dirs.map((d) => ({
        level: 'error',
        file: join(d, 'Chart.yaml'),
        message: `chart folder ${shown(d)} changed, and no \`charts:\` entry covers it: its version is not checked`,
        hint: `add \`- ${shown(d)}\` to charts:${at}, or to charts-ignore: to leave it out on purpose`,
    }));
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
        meta = parseChart((await read(head, chartFile)) ?? '', chartFile);
        version = requireChartVersion(meta);
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
    const taker = gt_default()(version, baseVersion) ? undefined : await input.takenBy?.(chartFile, baseVersion);
    const verdict = versionVerdict({
        taker,
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
    const others = await Promise.all((ctx.input.otherBases ?? [])
        .filter((o) => o.judges?.(dir) ?? true)
        .map(async (o) => {
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
    if (text !== undefined && !hasVersionSection(text, version))
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
        const taken = f.taker ? `; ${baseVersion} was taken by ${f.taker}` : '';
        problems.push({ level: 'error', file: chartFile, line: f.versionLine, message: `${what}${taken}`, hint: `needs ${needed} or higher` });
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


/***/ })

};

export const id = 4408;
export const ids = [4408,7135,3081,1684,6744];
export const modules = {

/***/ 3863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   as: () => (/* binding */ parseChart),
/* harmony export */   mg: () => (/* binding */ requireChartVersion)
/* harmony export */ });
/* unused harmony exports semverRepair, ambiguousVersionError */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64293);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47812);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29002);






/**
 * Parses Chart.yaml text. A non-mapping file, an ambiguous unquoted value
 * (`version: 1.10`) or a duplicate key is a UserError with file:line. A missing
 * `name` gives '' (callers fall back to the folder name); `version` is returned
 * as written, and callers decide whether it must be valid SemVer.
 */
function parseChart(text, file) {
    const parsed = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .stripBom */ .F8)(text), file);
    const root = parsed.doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Chart.yaml is not a mapping of keys', {
            file,
            line: 1,
            hint: 'see https://helm.sh/docs/topics/charts/#the-chartyaml-file',
        });
    const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['name']);
    const versionNode = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAt */ .oB)(parsed, ['version']);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(versionNode) && versionNode.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && versionNode.range) {
        const source = parsed.text.slice(versionNode.range[0], versionNode.range[1]);
        // Quoting alone would leave a version that is still not SemVer: say both at once.
        if (source !== '' && !(0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .plainReadsAsString */ .zN)(source))
            throw ambiguousVersionError(source, file, parsed.lineOf(versionNode));
    }
    const version = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['version']);
    const appVersion = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['appVersion']);
    const deps = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAt */ .oB)(parsed, ['dependencies']);
    const dependencies = [];
    if (deps !== undefined && !((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(deps) && deps.value === null)) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(deps))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('dependencies is not a list', {
                file,
                line: parsed.lineOf(deps),
                hint: 'write one `- name: …` entry per dependency',
            });
        deps.items.forEach((item, index) => {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`dependencies[${index}] is not a mapping`, { file, line: parsed.lineOf(item) });
            const depName = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['dependencies', index, 'name'], `dependencies[${index}].name`);
            const repository = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['dependencies', index, 'repository'], `dependencies[${index}].repository`)?.value;
            const depVersion = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['dependencies', index, 'version'], `dependencies[${index}].version`)?.value;
            const alias = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['dependencies', index, 'alias'], `dependencies[${index}].alias`)?.value;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Chart.yaml has no version', { file: chart.file, line: 1, hint: 'add `version: 0.1.0`' });
    // semver.valid trims and accepts a leading `v`/`=`; Helm's parser takes neither.
    if (!semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(v.value) || !/^\d/.test(v.value) || /\s/.test(v.value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version ${v.value} is not valid SemVer 2`, { file: chart.file, line: v.line, hint: semverHint(v.value) });
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
    const type = (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .yaml11Type */ .Ax)(source) !== 'str' ? (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .yaml11Type */ .Ax)(source) : (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .yaml12Type */ .lo)(source);
    const kind = type === 'int' || type === 'float' ? 'a number' : type === 'bool' ? 'a boolean' : type === 'timestamp' ? 'a date' : 'null';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: ${source} is read as ${kind}, not the string written`, {
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


/***/ }),

/***/ 84320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ deploymentState),
/* harmony export */   deploymentStateFiles: () => (/* binding */ deploymentStateFiles),
/* harmony export */   deploymentStateLine: () => (/* binding */ deploymentStateLine)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13483);
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
const normal = (p) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(p.trim().replace(/\\/g, '/')).replace(/^\.\//, '');
/**
 * Whether a repository path is deployment state: one of the environments' values files (`valuesFiles`, repository
 * paths or globs) and not a chart's own Chart.yaml, Chart.lock, values.yaml or values.schema.json.
 */
function deploymentState(valuesFiles) {
    const globs = valuesFiles.map(normal).filter((p) => /[*?[{]/.test(p));
    const exact = new Set(valuesFiles.map(normal).filter((p) => !/[*?[{]/.test(p)));
    const matches = globs.length > 0 ? (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .fU)(globs) : () => false;
    return (path) => !CHART_CONTENT.has(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path)) && (exact.has(path) || matches(path));
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


/***/ }),

/***/ 64537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ helmIgnore)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the line is 64 KiB or longer; helm package fails on it (token too long)', {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`matching the .helmignore rules against '${path.slice(0, 80)}' takes too long`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo("'**' is not supported in .helmignore (helm package fails on this rule: double-star syntax is not supported)", {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${line}' is not a valid pattern; helm package fails on it (syntax error in pattern)`, {
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


/***/ }),

/***/ 35708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readChartLock)
/* harmony export */ });
/* unused harmony export parseChartLock */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29002);




/** Parses Chart.lock; invalid YAML or a non-list `dependencies` is a UserError at file:line. */
function parseChartLock(text, file) {
    return readChartLock(text, file).entries;
}
/** Like parseChartLock, with the line of `dependencies:` for problems about entries that are missing. */
function readChartLock(text, file) {
    const parsed = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .stripBom */ .F8)(text), file);
    const root = parsed.doc.contents;
    if (root === null)
        return { entries: [], line: 1 };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('Chart.lock is not a mapping of keys', { file, line: 1, hint: 'regenerate it with `helm dependency update`' });
    const pair = root.items.find((p) => String(p.key?.value) === 'dependencies');
    const line = parsed.lineOf(pair?.key) ?? 1;
    const deps = root.get('dependencies', true);
    if (deps === undefined || deps === null)
        return { entries: [], line };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(deps))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('dependencies is not a list', {
            file,
            line: parsed.lineOf(deps),
            hint: 'regenerate it with `helm dependency update`',
        });
    const entries = deps.items.map((item, i) => ({
        name: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(parsed, ['dependencies', i, 'name'], `dependencies[${i}].name`)?.value ?? '',
        version: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(parsed, ['dependencies', i, 'version'], `dependencies[${i}].version`)?.value,
        repository: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(parsed, ['dependencies', i, 'repository'], `dependencies[${i}].repository`)?.value,
        line: parsed.lineOf(item),
    }));
    return { entries, line };
}


/***/ }),

/***/ 95997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ skippedLine),
/* harmony export */   MV: () => (/* binding */ selectCharts),
/* harmony export */   SA: () => (/* binding */ chartChoice),
/* harmony export */   Ts: () => (/* binding */ ignoredEntries),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   kk: () => (/* binding */ unmatchedEntries),
/* harmony export */   pg: () => (/* binding */ uncoveredCharts),
/* harmony export */   refuseUnmatchedConfigEntries: () => (/* binding */ refuseUnmatchedConfigEntries),
/* harmony export */   unmatchedConfigEntries: () => (/* binding */ unmatchedConfigEntries)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17892);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88225);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7135);




/** The choice an input (`given`, empty when not given) and the config make. */
function chartChoice(given, config, lineOf, inputName = 'charts') {
    if (given.length > 0)
        return { kind: 'patterns', entries: given.map((p) => ({ pattern: p, input: inputName })) };
    const charts = config?.charts;
    if (charts === undefined)
        return { kind: 'every' };
    if (charts.length === 0)
        return { kind: 'none', at: { file: config?.file, line: lineOf(['charts']) } };
    return {
        kind: 'patterns',
        entries: charts.map((p, i) => ({ pattern: p, key: 'charts', file: config?.file, line: lineOf(['charts', i]) })),
    };
}
/** The config's `charts-ignore:` entries: chart folders no `charts:` entry needs to cover. */
function ignoredEntries(config, lineOf) {
    return (config?.chartsIgnore ?? []).map((p, i) => ({
        pattern: p,
        key: 'charts-ignore',
        file: config?.file,
        line: lineOf(['charts-ignore', i]),
    }));
}
/** The chart folders of `dirs` the choice selects, sorted. */
function selectCharts(dirs, choice) {
    if (choice.kind === 'none')
        return [];
    if (choice.kind === 'every')
        return [...dirs].sort();
    return dirs.filter((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)(choice.entries.map((e) => e.pattern))).sort();
}
/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
function unmatchedEntries(entries, dirs, hintOf) {
    return entries.flatMap((e) => {
        if (dirs.some((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)([e.pattern])))
            return [];
        const text = e.written ?? e.pattern;
        // The pattern's likely meaning (`chart/*` → `charts/*`), as the check says it (charts/suggest.ts).
        const folders = [...new Set(dirs.flatMap((d) => d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
        const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestPattern */ .$)((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePattern */ .eP)(e.pattern), folders, (p) => dirs.some((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)([p])));
        const hint = hintOf?.(e) ??
            (e.file !== undefined || e.key !== undefined
                ? `${guess ? `did you mean ${guess}? ` : ''}fix \`${e.key ?? 'charts'}:\` in the config (paths or globs relative to the working directory)`
                : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${guess ? `did you mean ${guess}? ` : ''}fix ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .theInput */ .y8)(e.input ?? 'charts')} (paths or globs relative to working-directory)`);
        return [
            new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`chart '${text}' matches no folder holding a Chart.yaml`, {
                file: e.file,
                line: e.file !== undefined ? (e.line ?? 1) : undefined,
                hint,
            }),
        ];
    });
}
/**
 * Refuses, at their lines, the config's `charts:` and `charts-ignore:` entries that match no chart folder
 * under `workdir`: every command that reads `charts:` says so before anything else, as `lockstep config` does.
 */
function refuseUnmatchedConfigEntries(config, lineOf, workdir) {
    if (config.charts?.length || config.chartsIgnore?.length)
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(unmatchedConfigEntries(config, lineOf, (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__.findCharts)((0,_tree_js__WEBPACK_IMPORTED_MODULE_3__.listChartFiles)(workdir))));
}
/** The chart folders of `dirs` that no entry of a `patterns` choice covers and no `charts-ignore:` entry excludes. */
function uncoveredCharts(dirs, choice, ignored) {
    if (choice.kind !== 'patterns')
        return [];
    const covered = (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)(choice.entries.map((e) => e.pattern));
    const ignoredDir = ignored.length > 0 ? (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .chartPatternMatcher */ .Jr)(ignored.map((e) => e.pattern)) : () => false;
    return dirs.filter((d) => !covered(d) && !ignoredDir(d)).sort();
}
/** `file:line` of an entry or of `charts: []`, for the one line that says so. */
function whereOf(at) {
    return at.file === undefined ? 'charts' : `${at.file}:${at.line ?? 1}`;
}
/** The one line release and publish say about the chart folders `charts:` leaves out (none: undefined). */
function skippedLine(skipped, at) {
    if (skipped.length === 0)
        return undefined;
    const where = at?.file !== undefined ? ` (${whereOf(at)})` : '';
    return `skipped ${skipped.join(', ')}: no \`charts:\` entry${where} covers ${skipped.length === 1 ? 'it' : 'them'} — add ${skipped.length === 1 ? 'it' : 'them'} to charts:, or to charts-ignore: to leave ${skipped.length === 1 ? 'it' : 'them'} out on purpose`;
}
/**
 * The config's `charts:` and `charts-ignore:` entries that match none of `dirs` (the chart folders), as
 * errors at their lines: what every command refuses, for those that otherwise never list the charts
 * (`lockstep config`, promote-env).
 */
function unmatchedConfigEntries(config, lineOf, dirs) {
    const choice = chartChoice([], config, lineOf);
    const entries = [...(choice.kind === 'patterns' ? choice.entries : []), ...ignoredEntries(config, lineOf)];
    return entries.length === 0 ? [] : unmatchedEntries(entries, dirs);
}


/***/ }),

/***/ 88225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ suggestPattern)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24619);
// What a chart pattern that matches nothing was most likely meant to be: said by the check (checks/targets.ts)
// and by every command that reads `charts:` (charts/selection.ts), in the same words.


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
        if (!names || names.has(s) || picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(s).isGlob)
            return s;
        const n = (0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .p)(s, names);
        if (n === undefined)
            return s;
        changed = true;
        return n;
    });
    const candidate = fixed.join('/');
    if (changed && matchesSomething(candidate))
        return candidate;
    if (picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(pattern).isGlob)
        return undefined;
    const whole = (0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .p)(pattern, paths);
    return whole !== pattern ? whole : undefined;
}


/***/ }),

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listChartFiles: () => (/* binding */ listChartFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const SKIP = new Set(['.git', 'node_modules']);
/**
 * Every Chart.yaml under `root` as POSIX paths relative to it, for
 * findCharts. Symbolic links are not followed (a chart reached through one
 * could lie outside the workspace), and `.git` and `node_modules` are skipped.
 * With `linked`, the chart folders reached only through a symbolic link (a
 * linked Chart.yaml, or a linked folder holding one) are collected there, so a
 * caller can name the refused link instead of saying no chart matched.
 */
function listChartFiles(root, linked) {
    const out = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
            }
            else if (e.isFile() && e.name === 'Chart.yaml')
                out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
            else if (linked && e.isSymbolicLink()) {
                const path = rel ? `${rel}/${e.name}` : e.name;
                if (e.name === 'Chart.yaml')
                    linked.push(rel || '.');
                else if (!SKIP.has(e.name) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, e.name, 'Chart.yaml')))
                    linked.push(path);
            }
        }
    };
    walk(root, '');
    return out.sort();
}


/***/ }),

/***/ 16744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

// Light on purpose: chart-bump-check reads its config at the base commit and loads the config
// loader (and its schema validator) only when there is a file; this module serves both lookups.
/** `.yml` for `.yaml` and back (undefined for any other name): the file a user most likely meant when theirs is missing. */
function otherConfigExtension(rel) {
    if (/\.yml$/i.test(rel))
        return rel.replace(/\.yml$/i, '.yaml');
    if (/\.yaml$/i.test(rel))
        return rel.replace(/\.yaml$/i, '.yml');
    return undefined;
}
/** A missing config file whose other-extension sibling exists (`where`: ' at the base commit', or nothing). */
function siblingConfigError(rel, sibling, where = '') {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`config file ${rel} does not exist${where}`, {
        hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
        cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
    });
}


/***/ }),

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ stripPort),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// A host's name as written (no lookup, no node:net): light enough for the entry chunks that read an
// image reference (capture-digests' inputs); hosts.ts adds the address rules.
/** True when the registry host is this machine (plain http is allowed there). */
function isLoopbackHost(host) {
    const h = stripPort(host).toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '[::1]';
}
/** host without `:port`; keeps a bracketed IPv6 literal's brackets off. */
function stripPort(host) {
    if (host.startsWith('[')) {
        const end = host.indexOf(']');
        return host.slice(1, end < 0 ? undefined : end);
    }
    const c = host.lastIndexOf(':');
    return c >= 0 && host.indexOf(':') === c ? host.slice(0, c) : host;
}


/***/ }),

/***/ 49678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(17892);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/satisfies.js
var satisfies = __webpack_require__(68541);
var satisfies_default = /*#__PURE__*/__webpack_require__.n(satisfies);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/ranges/valid.js
var valid = __webpack_require__(8219);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/charts/chart.ts
var chart = __webpack_require__(3863);
// EXTERNAL MODULE: ./packages/core/src/charts/helmignore.ts
var helmignore = __webpack_require__(64537);
// EXTERNAL MODULE: ./packages/core/src/yaml/scalars.ts
var scalars = __webpack_require__(47812);
;// CONCATENATED MODULE: ./packages/core/src/charts/helm-yaml.ts
// Chart.yaml and Chart.lock as `helm package` writes them into the archive. Helm re-serialises both
// through sigs.k8s.io/yaml: json.Marshal of its structs, then the JSON read back and written out by its
// go-yaml v2 fork. What that gives, and what this module reproduces for JSON values (strings, booleans,
// numbers, lists and maps of them):
// - every map's keys sorted in go-yaml's order: letters by code point, a non-letter before a letter,
//   runs of digits by their number (item9 before item10);
// - block style, two spaces per level, a list under a key not indented;
// - a string plain when it reads back as that string under YAML 1.1 and nothing in it is an indicator,
//   else single-quoted when it can be, else double-quoted; a string with a line break as a literal block;
// - a plain or quoted string folded at a space once its line is past 80 columns (go-yaml's best width).
// The output was compared with Helm 3.17.3's (packages/core/test/charts/package-helm.test.ts).

/** go-yaml's line width: a line is folded at the first space after this column. */
const BEST_WIDTH = 80;
/** A JSON value as YAML, the way sigs.k8s.io/yaml (go-yaml v2) writes it; `value` is a map. */
function helmYaml(value) {
    const clean = JSON.parse(JSON.stringify(value));
    const lines = [];
    writeMap(clean, 0, lines, '');
    return lines.join('');
}
function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A map's entries at `indent`; `first` prefixes the first line (a list item's `- `). */
function writeMap(map, indent, out, first) {
    const keys = Object.keys(map).sort(keyOrder);
    if (keys.length === 0) {
        out.push(`${first ?? ' '.repeat(indent)}{}\n`);
        return;
    }
    keys.forEach((k, i) => {
        const lead = i === 0 && first !== undefined ? first : ' '.repeat(indent);
        // A key is never folded (go-yaml writes it as a simple key).
        const key = scalar(k, lead.length, indent + 2, Infinity);
        writeEntry(`${lead}${key}:`, map[k], indent, out);
    });
}
/** `head` (`key:` or `-`) and its value: a nested block on the next lines, or a scalar after a space. */
function writeEntry(head, v, indent, out) {
    if (isMap(v) && Object.keys(v).length > 0) {
        out.push(`${head}\n`);
        writeMap(v, indent + 2, out, undefined);
    }
    else if (Array.isArray(v) && v.length > 0) {
        out.push(`${head}\n`);
        writeSeq(v, indent, out);
    }
    else if (isMap(v))
        out.push(`${head} {}\n`);
    else if (Array.isArray(v))
        out.push(`${head} []\n`);
    else
        out.push(`${head} ${scalarValue(v, head.length + 1, indent + 2)}\n`);
}
/** A list at `indent` (go-yaml writes a list under a key at the key's own indent). */
function writeSeq(seq, indent, out) {
    const dash = `${' '.repeat(indent)}- `;
    for (const item of seq) {
        if (isMap(item) && Object.keys(item).length > 0)
            writeMap(item, indent + 2, out, dash);
        else if (Array.isArray(item) && item.length > 0) {
            // A list in a list starts on the dash's line: `- - a`.
            const inner = [];
            writeSeq(item, indent + 2, inner);
            inner[0] = dash + inner[0].slice(indent + 2);
            out.push(...inner);
        }
        else
            writeEntry(dash.trimEnd(), item, indent, out);
    }
}
function scalarValue(v, column, indent) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean' || typeof v === 'number')
        return JSON.stringify(v);
    return scalar(v, column, indent);
}
/**
 * A string at `column` (where it starts on its line); continuation lines
 * (folds, a literal block's lines) are indented to `indent`.
 */
function scalar(s, column, indent, width = BEST_WIDTH) {
    const a = analyse(s);
    // go-yaml asks for a literal block when there is a line break, plain when the string reads back as
    // itself, double quotes otherwise; the emitter falls back (plain → single → double) when the asked style cannot hold it.
    if (s.includes('\n'))
        return a.blockAllowed ? literal(s, indent) : foldDouble(s, column, indent, width);
    if (!readsAsString(s))
        return foldDouble(s, column, indent, width);
    if (a.plainAllowed)
        return fold(s, column, indent, 'plain', width);
    if (a.singleAllowed)
        return fold(s, column, indent, 'single', width);
    return foldDouble(s, column, indent, width);
}
/** libyaml's printable characters (its is_printable): no control character, no BOM, nothing beyond U+FFFF. */
function printable(cp) {
    return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}
/** One character inside double quotes, escaped as libyaml escapes it. */
function helm_yaml_escape(c) {
    const cp = c.codePointAt(0);
    const named = {
        0: '0',
        7: 'a',
        8: 'b',
        9: 't',
        10: 'n',
        11: 'v',
        12: 'f',
        13: 'r',
        27: 'e',
        34: '"',
        92: '\\',
        0x85: 'N',
        0xa0: '_',
        0x2028: 'L',
        0x2029: 'P',
    };
    const isBreak = cp === 0x0d || cp === 0x0a || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
    if (printable(cp) && !isBreak && cp !== 34 && cp !== 92)
        return c;
    if (named[cp] !== undefined)
        return `\\${named[cp]}`;
    const hex = cp.toString(16).toUpperCase();
    return cp <= 0xff ? `\\x${hex.padStart(2, '0')}` : cp <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
}
/** True when `s` written plain reads back as the same string under YAML 1.1 (go-yaml v2's resolver). */
function readsAsString(s) {
    if (s === '')
        return false;
    if ((0,scalars/* yaml11Type */.Ax)(s) !== 'str')
        return false;
    // Go's strconv.ParseInt with base 0 also takes 0o and 0b literals, with underscores.
    if (/^[-+]?0[oObBxX]?[0-9a-fA-F_]+$/.test(s) && !Number.isNaN(Number(s.replace(/_/g, '').replace(/^\+/, ''))))
        return false;
    // Base-60 floats (1:20.5) go-yaml quotes as well.
    return !/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}
/** libyaml's scalar analysis, for a block context: which styles can hold `s`. */
function analyse(s) {
    const cs = [...s];
    if (cs.length === 0)
        return { plainAllowed: false, singleAllowed: true, blockAllowed: false };
    let indicators = s.startsWith('---') || s.startsWith('...');
    let special = false;
    let lineBreaks = false;
    let spaceBreak = false;
    let previousSpace = false;
    let previousBreak = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    const blank = (c) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
    cs.forEach((c, i) => {
        const next = cs[i + 1];
        if (i === 0) {
            if (',[]{}#&*!|>\'"%@`'.includes(c))
                indicators = true;
            if ((c === '?' || c === ':' || c === '-') && blank(next))
                indicators = true;
        }
        else {
            if (c === ':' && blank(next))
                indicators = true;
            if (c === '#' && (cs[i - 1] === ' ' || cs[i - 1] === '\t'))
                indicators = true;
        }
        if (!printable(c.codePointAt(0)))
            special = true;
        if (c === '\n')
            lineBreaks = true;
        if (c === ' ') {
            if (i === 0)
                leadingSpace = true;
            if (i === cs.length - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (c === '\n') {
            if (i === 0)
                leadingBreak = true;
            if (i === cs.length - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
    });
    let plainAllowed = !indicators;
    let singleAllowed = true;
    let blockAllowed = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        plainAllowed = false;
    if (trailingSpace)
        blockAllowed = false;
    if (breakSpace)
        plainAllowed = singleAllowed = false;
    if (spaceBreak || special)
        plainAllowed = singleAllowed = blockAllowed = false;
    if (lineBreaks)
        plainAllowed = false;
    return { plainAllowed, singleAllowed, blockAllowed };
}
/** A plain or single-quoted string, a space turned into a line break once the line is past the best width. */
function fold(s, column, indent, style, width) {
    const cs = [...s];
    let out = style === 'single' ? "'" : '';
    let col = column + out.length;
    let spaces = false;
    cs.forEach((c, i) => {
        if (c === ' ') {
            const edge = style === 'single' && (i === 0 || i === cs.length - 1);
            if (!spaces && col > width && !edge && cs[i + 1] !== ' ') {
                out += `\n${' '.repeat(indent)}`;
                col = indent;
            }
            else {
                out += ' ';
                col++;
            }
            spaces = true;
            return;
        }
        out += style === 'single' && c === "'" ? "''" : c;
        col += style === 'single' && c === "'" ? 2 : 1;
        spaces = false;
    });
    return style === 'single' ? `${out}'` : out;
}
/** A double-quoted string, folded as go-yaml folds one (a kept space after the fold escaped). */
function foldDouble(s, column, indent, width) {
    const cs = [...s];
    let out = '"';
    let col = column + 1;
    let spaces = false;
    cs.forEach((c, i) => {
        if (c === ' ') {
            if (!spaces && col > width && i !== 0 && i !== cs.length - 1) {
                out += `\n${' '.repeat(indent)}`;
                col = indent;
                if (cs[i + 1] === ' ') {
                    out += '\\';
                    col++;
                }
            }
            else {
                out += ' ';
                col++;
            }
            spaces = true;
            return;
        }
        const e = helm_yaml_escape(c);
        out += e;
        col += e.length;
        spaces = false;
    });
    return `${out}"`;
}
/** A literal block (`|`, `|-` or `|+` by its trailing line breaks), its lines at `indent`. */
function literal(s, indent) {
    const trailing = s.length - s.replace(/\n+$/, '').length;
    const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
    // A first line that starts with a space or a break needs the indentation given.
    const head = s.startsWith(' ') || s.startsWith('\n') ? `|2${chomp}` : `|${chomp}`;
    const body = (trailing > 0 ? s.slice(0, -1) : s)
        .split('\n')
        .map((l) => (l === '' ? '' : ' '.repeat(indent) + l))
        .join('\n');
    return `${head}\n${body}`;
}
/** go-yaml v2's key order (its keyList.Less) for string keys. */
function keyOrder(a, b) {
    const ar = [...a];
    const br = [...b];
    for (let i = 0; i < ar.length && i < br.length; i++) {
        if (ar[i] === br[i])
            continue;
        const al = isLetter(ar[i]);
        const bl = isLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i] ? -1 : 1;
        if (al || bl)
            return bl ? -1 : 1;
        let an = 0;
        let bn = 0;
        if (ar[i] === '0' || br[i] === '0') {
            for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--)
                if (ar[j] !== '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
        }
        let ai = i;
        let bi = i;
        for (; ai < ar.length && isDigit(ar[ai]); ai++)
            an = an * 10 + Number(ar[ai]);
        for (; bi < br.length && isDigit(br[bi]); bi++)
            bn = bn * 10 + Number(br[bi]);
        if (an !== bn)
            return an < bn ? -1 : 1;
        if (ai !== bi)
            return ai < bi ? -1 : 1;
        return ar[i] < br[i] ? -1 : 1;
    }
    return ar.length - br.length;
}
function isLetter(c) {
    return /^\p{L}$/u.test(c);
}
function isDigit(c) {
    return c >= '0' && c <= '9';
}

// EXTERNAL MODULE: ./packages/core/src/charts/lock.ts
var charts_lock = __webpack_require__(35708);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
;// CONCATENATED MODULE: ./packages/core/src/charts/package.ts














// `helm package` as a library, without Helm: the archive holds what Helm's directory loader keeps
// (helm/helm pkg/chart/v2/loader/directory.go: the chart's .helmignore rules plus Helm's default, a UTF-8
// BOM trimmed from every file, irregular files refused) laid out the way Helm's writer lays it out
// (pkg/chart/v2/util/save.go writeTarContents: `<name>/Chart.yaml` first, re-serialised from the chart's
// metadata, then Chart.lock, values.yaml, values.schema.json, templates/, the other files, then each
// dependency of charts/ written out as a folder `<name>/charts/<dependency name>/…`, a .tgz expanded as
// Helm's loader expands it), after `helm dependency build`: a dependency charts/ lacks is a file:// chart
// vendored at its locked version, or a refusal (see vendor). Chart.yaml and Chart.lock are written as Helm
// writes them (helm-yaml.ts), so every file's bytes are Helm's. Helm stamps each file with its mtime and the current time; this archive is
// deterministic instead, so the same folder always gives the same bytes and a rerun pushes nothing:
// fixed mtime, mode 0644, uid/gid 0, no user or group names, no folder entries (Helm writes none either),
// and a gzip header without a time and with the OS byte Go's gzip writes (255, unknown).
/** YAML 1.1 as go-yaml v2 resolves it, timestamps left as the text written (a string field keeps them so). */
const YAML11 = {
    version: '1.1',
    customTags: (tags) => tags.filter((t) => !(typeof t === 'object' && t.tag === 'tag:yaml.org,2002:timestamp')),
};
/** The mtime of every entry: the epoch, so nothing of the machine or the moment leaks into the digest. */
const FIXED_MTIME = new Date(0);
/** Helm refuses a chart file larger than this (pkg/chart/loader/archive MaxDecompressedFileSize, 5 MiB). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The byte of the gzip header naming the OS that wrote it (RFC 1952 §2.3.1); 255 is "unknown", as Go writes. */
const GZIP_OS_OFFSET = 9;
/**
 * Packages the chart folder `dir` (absolute; `label` names it in errors) as
 * `helm package` would, deterministically. A chart that Helm would refuse
 * (no Chart.yaml, an invalid version, a broken .helmignore, an irregular or
 * too large file, a file in charts/ that is no chart) is a UserError.
 * `leaveOut` names files left out as if .helmignore listed them (an
 * environment's values file kept in the chart: deployment-state.ts).
 */
async function packageChart(dir, label, root, leaveOut) {
    const files = loadDir(dir, label, root, leaveOut);
    const entries = [];
    const chart = await layOut(files, '', label, entries, { dir, root, within: [] });
    const tar = (0,tar_stream.pack)();
    const chunks = [];
    tar.on('data', (c) => chunks.push(c));
    const ended = new Promise((resolve, reject) => {
        tar.on('end', resolve);
        tar.on('error', reject);
    });
    for (const e of entries)
        tar.entry({ name: e.name, size: e.data.length, mode: 0o644, mtime: FIXED_MTIME, uid: 0, gid: 0, uname: '', gname: '', type: 'file' }, e.data);
    tar.finalize();
    await ended;
    const archive = (0,external_node_zlib_.gzipSync)(Buffer.concat(chunks), { level: 9 });
    archive[GZIP_OS_OFFSET] = 255;
    return { ...chart, archive, files: entries.map((e) => e.name) };
}
/** The chart's files as Helm's directory loader reads them: walked in name order, .helmignore applied, BOMs trimmed. */
function loadDir(dir, label, root, leaveOut) {
    const ignoreFile = (0,external_node_path_.join)(dir, '.helmignore');
    const ignored = (0,helmignore/* helmIgnore */.T)(existsFile(ignoreFile) ? (0,external_node_fs_.readFileSync)(ignoreFile, 'utf8') : undefined, `${label}/.helmignore`);
    const out = [];
    const walk = (abs, rel) => {
        // filepath.Walk visits a folder's entries sorted by name.
        for (const name of (0,external_node_fs_.readdirSync)(abs).sort()) {
            const path = rel ? `${rel}/${name}` : name;
            const full = (0,external_node_path_.join)(abs, name);
            const st = followInside(full, `${label}/${path}`, root);
            // The rule set decides each file by its folders first, so an ignored folder loses every file below it.
            if (st.isDirectory()) {
                walk(full, path);
                continue;
            }
            if (ignored(path) || leaveOut?.(path))
                continue;
            if (!st.isFile())
                throw new src_errors/* UserError */.yo(`${label}/${path} is not a regular file; helm package refuses it`, {
                    hint: 'remove it or list it in .helmignore',
                });
            if (st.size > MAX_FILE_BYTES)
                throw new src_errors/* UserError */.yo(`${label}/${path} is larger than the ${MAX_FILE_BYTES} bytes Helm accepts in a chart`, {
                    hint: 'list it in .helmignore',
                });
            out.push({ name: path, data: trimBom((0,external_node_fs_.readFileSync)(full)) });
        }
    };
    walk(dir, '');
    return out;
}
/**
 * stat() of a path, following a symbolic link as Helm's walk does, but only
 * when it stays inside the workspace: a link could otherwise put any file of
 * the runner into a published chart.
 */
function followInside(full, shown, root) {
    if ((0,external_node_fs_.lstatSync)(full).isSymbolicLink()) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(full);
        }
        catch {
            throw new src_errors/* UserError */.yo(`${shown} is a broken symbolic link`, { hint: 'remove it or list it in .helmignore' });
        }
        const rel = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(root), real);
        if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || rel.startsWith('/'))
            throw new src_errors/* UserError */.yo(`${shown} is a symbolic link to outside the workspace; lockstep does not package it`, {
                hint: 'copy the file into the chart, or list it in .helmignore',
            });
    }
    return (0,external_node_fs_.statSync)(full);
}
function existsFile(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function trimBom(data) {
    return data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
}
/**
 * One chart's entries in Helm's order under `prefix`, then its dependencies'
 * (Helm's map order is random; these go by folder name). A dependency of
 * Chart.yaml that charts/ does not hold is vendored as `helm dependency
 * build` would (see vendor); `source` is undefined for a chart that came
 * vendored, whose dependencies are used as they are. Returns the chart's
 * name, version and metadata.
 */
async function layOut(files, prefix, label, out, source) {
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (!chartYaml)
        throw new src_errors/* UserError */.yo(`${label} has no Chart.yaml`, { hint: 'a chart folder holds Chart.yaml' });
    const meta = (0,chart/* parseChart */.as)(chartYaml.data.toString('utf8'), `${label}/Chart.yaml`);
    const version = (0,chart/* requireChartVersion */.mg)(meta);
    const name = meta.name;
    // Helm's validateName: the name becomes the archive's top folder and must not climb out of it.
    if (!name || name.includes('/') || name.includes('\\') || name === '.' || name === '..')
        throw new src_errors/* UserError */.yo(`chart name '${name}' cannot name a folder in the archive`, {
            file: `${label}/Chart.yaml`,
            line: 1,
            hint: 'give the chart a plain name, e.g. name: api',
        });
    // Helm reads Chart.yaml as YAML 1.1 (sigs.k8s.io/yaml): an unquoted y, on or off in a string field is "true" or "false".
    const metadata = helmMetadata((0,dist/* parse */.qg)(chartYaml.data.toString('utf8'), YAML11), name, version);
    refuseWhatHelmRefuses(metadata, meta, files, label);
    const base = `${prefix}${name}/`;
    const v1 = metadata.apiVersion === 'v1';
    out.push({ name: `${base}Chart.yaml`, data: Buffer.from(helmYaml(v1 ? { ...metadata, dependencies: undefined } : metadata)) });
    const byName = new Map(files.map((f) => [f.name, f]));
    const lock = byName.get('Chart.lock');
    if (lock && metadata.apiVersion === 'v2')
        out.push({
            name: `${base}Chart.lock`,
            data: Buffer.from(helmYaml(helmLock((0,dist/* parse */.qg)(lock.data.toString('utf8'))))),
        });
    for (const special of ['values.yaml', 'values.schema.json']) {
        const f = byName.get(special);
        if (f)
            out.push({ name: `${base}${special}`, data: f.data });
    }
    const subcharts = new Map();
    const templates = [];
    const others = [];
    for (const f of files) {
        if (['Chart.yaml', 'Chart.lock', 'values.yaml', 'values.schema.json'].includes(f.name))
            continue;
        // requirements.* are read into the metadata; only a v1 chart keeps them as files (load.go).
        if (f.name === 'requirements.yaml' || f.name === 'requirements.lock') {
            if (v1)
                others.push(f);
        }
        else if (f.name.startsWith('templates/'))
            templates.push(f);
        else if (f.name.startsWith('charts/') && !f.name.endsWith('.prov')) {
            const rest = f.name.slice('charts/'.length);
            const sub = rest.split('/')[0];
            subcharts.set(sub, [...(subcharts.get(sub) ?? []), { name: rest.slice(sub.length + 1), data: f.data }]);
        }
        else
            others.push(f);
    }
    for (const f of [...templates, ...others])
        out.push({ name: `${base}${f.name}`, data: f.data });
    // Each subchart's files (a .tgz expanded as Helm's loader expands it) and where they came from.
    const laid = new Map();
    for (const sub of subcharts.keys()) {
        // Helm skips charts/ entries starting with '_' or '.'.
        if (/^[_.]/.test(sub))
            continue;
        const subLabel = `${label}/charts/${sub}`;
        const subFiles = sub.endsWith('.tgz')
            ? await expand(subcharts.get(sub)[0].data, subLabel)
            : subcharts.get(sub).filter((f) => f.name !== '');
        laid.set(sub, { files: subFiles, label: subLabel });
    }
    if (source) {
        // A v1 chart declares its dependencies in requirements.yaml and locks them in requirements.lock.
        const requirements = v1 ? byName.get('requirements.yaml') : undefined;
        const declared = requirements ? (0,chart/* parseChart */.as)(requirements.data.toString('utf8'), `${label}/requirements.yaml`) : meta;
        vendor(declared, label, byName.get(v1 ? 'requirements.lock' : 'Chart.lock'), source, laid);
    }
    for (const sub of [...laid.keys()].sort()) {
        const s = laid.get(sub);
        await layOut(s.files, `${base}charts/`, s.label, out, s.source);
    }
    return { name, version, metadata };
}
/**
 * The checks Helm's loader and writer make that would stop `helm package`
 * (Metadata.Validate, the schema's JSON): a chart Helm cannot package is not pushed either.
 */
function refuseWhatHelmRefuses(metadata, meta, files, label) {
    const file = meta.file;
    const type = metadata.type;
    if (type !== undefined && type !== 'application' && type !== 'library')
        throw new src_errors/* UserError */.yo(`type ${String(type)} is neither application nor library; helm package refuses it`, {
            file,
            line: meta.parsed.lineOf((0,read/* nodeAt */.oB)(meta.parsed, ['type'])) ?? 1,
            hint: 'write type: application (or library)',
        });
    const seen = new Set();
    for (const dep of meta.dependencies) {
        if (dep.alias !== undefined && dep.alias !== '' && !/^[a-zA-Z0-9_-]+$/.test(dep.alias))
            throw new src_errors/* UserError */.yo(`dependency ${dep.name}: alias '${dep.alias}' holds characters Helm refuses`, {
                file,
                line: dep.line,
                hint: 'use letters, digits, - and _ only',
            });
        const key = dep.alias || dep.name;
        if (seen.has(key))
            throw new src_errors/* UserError */.yo(`more than one dependency is named or aliased ${key}; helm package refuses it`, {
                file,
                line: dep.line,
                hint: 'give one of them an alias',
            });
        seen.add(key);
    }
    const schema = files.find((f) => f.name === 'values.schema.json');
    if (schema) {
        try {
            JSON.parse(schema.data.toString('utf8'));
        }
        catch (e) {
            throw new src_errors/* UserError */.yo(`values.schema.json is not valid JSON (${e.message}); helm package refuses it`, {
                file: `${label}/values.schema.json`,
                line: 1,
                hint: 'fix the JSON',
            });
        }
    }
}
/**
 * What `helm dependency build` adds to charts/ before `helm package`: every
 * dependency of Chart.yaml that charts/ does not hold already (by chart name)
 * is a file:// chart of the workspace, packaged at the version Chart.lock
 * pins (and Chart.yaml's constraint admits), and goes in as
 * `<name>-<version>.tgz`. A dependency that would have to be downloaded (an
 * OCI or https repository) is refused, naming it: Helm refuses to package a
 * chart without its dependencies, and a version pushed without one is burnt.
 */
function vendor(meta, label, lockFile, source, laid) {
    if (meta.dependencies.length === 0)
        return;
    const held = new Set();
    for (const s of laid.values()) {
        const chartYaml = s.files.find((f) => f.name === 'Chart.yaml');
        if (chartYaml)
            held.add((0,chart/* parseChart */.as)(chartYaml.data.toString('utf8'), `${s.label}/Chart.yaml`).name);
    }
    const lockLabel = `${label}/${lockFile?.name ?? 'Chart.lock'}`;
    const lock = lockFile ? (0,charts_lock/* readChartLock */._)(lockFile.data.toString('utf8'), lockLabel) : undefined;
    for (const dep of meta.dependencies) {
        if (held.has(dep.name))
            continue;
        const where = { file: meta.file, line: dep.line ?? 1 };
        if (!dep.repository?.startsWith('file://'))
            throw new src_errors/* UserError */.yo(`dependency ${dep.name} ${dep.version ?? ''}${dep.repository ? ` (${dep.repository})` : ''} is not in ${label}/charts/; lockstep packages no chart without its dependencies and downloads none`.replace(/  +/g, ' '), { ...where, hint: 'run `helm dependency build` and commit the archive it writes under charts/, or make it a file:// dependency' });
        const dir = (0,external_node_path_.resolve)(source.dir, dep.repository.slice('file://'.length));
        const depLabel = `${label}/${dep.repository.slice('file://'.length).replace(/\/+$/, '')}`;
        const inside = (0,external_node_path_.relative)(source.root, dir);
        if (inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || inside.startsWith('/'))
            throw new src_errors/* UserError */.yo(`dependency ${dep.name}: ${dep.repository} is outside the workspace; lockstep does not package it`, {
                ...where,
                hint: 'keep the dependency inside the repository, or vendor it under charts/',
            });
        if (!existsFile((0,external_node_path_.join)(dir, 'Chart.yaml')))
            throw new src_errors/* UserError */.yo(`dependency ${dep.name}: ${dep.repository} has no Chart.yaml`, { ...where, hint: 'fix the file:// path' });
        if (source.within.includes(dir) || dir === source.dir)
            throw new src_errors/* UserError */.yo(`dependency ${dep.name}: ${dep.repository} depends on the chart that depends on it`, {
                ...where,
                hint: 'remove the cycle of file:// dependencies',
            });
        const files = loadDir(dir, depLabel, source.root);
        const depMeta = (0,chart/* parseChart */.as)(files.find((f) => f.name === 'Chart.yaml').data.toString('utf8'), `${depLabel}/Chart.yaml`);
        const depVersion = (0,chart/* requireChartVersion */.mg)(depMeta);
        checkPinned(dep, depVersion, depLabel, where, lock, lockLabel);
        laid.set(`${dep.name}-${depVersion}.tgz`, {
            files,
            label: depLabel,
            source: { dir, root: source.root, within: [...source.within, source.dir] },
        });
        held.add(dep.name);
    }
}
/** A file:// dependency's chart must be the version Chart.lock pins and one Chart.yaml's constraint admits. */
function checkPinned(dep, version, depLabel, where, lock, lockLabel) {
    if (lock) {
        const entry = lock.entries.find((e) => e.name === dep.name);
        if (!entry)
            throw new src_errors/* UserError */.yo(`${external_node_path_.posix.basename(lockLabel)} has no entry for dependency ${dep.name} (${where.file}:${where.line})`, {
                file: lockLabel,
                line: lock.line,
                hint: 'run `helm dependency update` and commit Chart.lock',
            });
        if (entry.version !== version)
            throw new src_errors/* UserError */.yo(`${external_node_path_.posix.basename(lockLabel)} pins ${dep.name} ${entry.version ?? '(none)'} but ${depLabel} is ${version}`, {
                file: lockLabel,
                line: entry.line ?? lock.line,
                hint: 'run `helm dependency update` and commit Chart.lock (and bump the chart), or put the dependency back at the pinned version',
            });
    }
    // Helm's constraints (Masterminds semver) AND comparators with commas: `>= 2.0.0, < 3.0.0`.
    const range = dep.version ? valid_default()(dep.version.replace(/\s*,\s*/g, ' ')) : null;
    if (range !== null && !satisfies_default()(version, range, { includePrerelease: true }))
        throw new src_errors/* UserError */.yo(`dependency ${dep.name} requires version ${dep.version} but ${depLabel} is ${version}`, {
            ...where,
            hint: `set the dependency's version to ${version}`,
        });
}
/**
 * Whether two chart archives hold the same chart: the same paths, every
 * Chart.yaml and Chart.lock the same once parsed (Helm re-writes them, and
 * another writer's YAML may differ in form only), every other file the same
 * bytes. Tar and gzip details (times, owners, compression) do not count.
 */
async function sameChartFiles(a, b, label) {
    const [x, y] = await Promise.all([expand(a, label), expand(b, label)]);
    if (x.length !== y.length)
        return false;
    const theirs = new Map(y.map((f) => [f.name, f.data]));
    for (const f of x) {
        const other = theirs.get(f.name);
        if (other === undefined)
            return false;
        const base = f.name.slice(f.name.lastIndexOf('/') + 1);
        if (base === 'Chart.yaml' || base === 'Chart.lock') {
            if (!(0,external_node_util_.isDeepStrictEqual)((0,dist/* parse */.qg)(f.data.toString('utf8')), (0,dist/* parse */.qg)(other.toString('utf8'))))
                return false;
        }
        else if (!f.data.equals(other))
            return false;
    }
    return true;
}
/** A packaged dependency's files, as Helm's archive loader reads them: the top folder dropped, only regular files, no path that climbs. */
async function expand(tgz, label) {
    let tarBytes;
    try {
        tarBytes = (0,external_node_zlib_.gunzipSync)(tgz, { maxOutputLength: 64 * MAX_FILE_BYTES });
    }
    catch (e) {
        throw new src_errors/* UserError */.yo(`${label} is not a gzip archive (${e.message})`, { hint: 'run helm dependency build again' });
    }
    const files = [];
    const reader = (0,tar_stream.extract)();
    const done = new Promise((resolve, reject) => {
        reader.on('entry', (header, stream, next) => {
            const chunks = [];
            stream.on('data', (c) => chunks.push(c));
            stream.on('end', () => {
                const parts = header.name.replace(/\\/g, '/').split('/');
                if (header.type === 'file' && parts.length >= 2 && parts[1] !== '') {
                    const name = parts.slice(1).join('/');
                    if (name.startsWith('/') || name.split('/').includes('..')) {
                        reject(new src_errors/* UserError */.yo(`${label} holds the path '${header.name}', which leaves the chart`, { hint: 'rebuild the dependency archive' }));
                        return;
                    }
                    files.push({ name, data: trimBom(Buffer.concat(chunks)) });
                }
                next();
            });
            stream.resume();
        });
        reader.on('finish', resolve);
        reader.on('error', (e) => reject(new src_errors/* UserError */.yo(`${label} is not a readable tar archive (${e.message})`, { hint: 'run helm dependency build again' })));
    });
    reader.end(tarBytes);
    await done;
    return files;
}
/** The fields of Helm's chart.Metadata, in its struct's order (json.Marshal writes them so); empty ones are left out (omitempty). */
const METADATA_FIELDS = [
    'name',
    'home',
    'sources',
    'version',
    'description',
    'keywords',
    'maintainers',
    'icon',
    'apiVersion',
    'condition',
    'tags',
    'appVersion',
    'deprecated',
    'annotations',
    'kubeVersion',
    'dependencies',
    'type',
];
const STRING_FIELDS = new Set([
    'name',
    'home',
    'version',
    'description',
    'icon',
    'apiVersion',
    'condition',
    'tags',
    'appVersion',
    'kubeVersion',
    'type',
]);
/** chart.Dependency's fields in order; name and repository have no omitempty. */
const DEPENDENCY_FIELDS = ['name', 'version', 'repository', 'condition', 'tags', 'enabled', 'import-values', 'alias'];
/** Chart.yaml as chart.Metadata keeps it: the known fields only, scalars as strings, empties dropped. */
function helmMetadata(doc, name, version) {
    const out = {};
    for (const k of METADATA_FIELDS) {
        let v = k === 'name' ? name : k === 'version' ? version : doc?.[k];
        if (STRING_FIELDS.has(k) && (typeof v === 'number' || typeof v === 'boolean'))
            v = String(v);
        // Helm's loader takes a chart without apiVersion as v1.
        if (k === 'apiVersion' && isEmpty(v))
            v = 'v1';
        // Helm's Metadata.Validate, run as the chart is loaded, sanitises these strings (see sanitize).
        if (SANITIZED.has(k) && typeof v === 'string')
            v = sanitize(v);
        if ((k === 'sources' || k === 'keywords') && Array.isArray(v))
            v = v.map(sanitizeItem);
        if (k === 'maintainers' && Array.isArray(v))
            v = v.map((m) => sanitizeFields(pick(m, ['name', 'email', 'url']), ['name', 'email', 'url']));
        if (k === 'dependencies' && Array.isArray(v))
            v = v.map((d) => {
                const dep = sanitizeFields(pick(d, DEPENDENCY_FIELDS, ['name', 'repository']), ['name', 'version', 'repository', 'condition']);
                if (Array.isArray(dep.tags))
                    dep.tags = dep.tags.map(sanitizeItem);
                return dep;
            });
        if (k === 'annotations' && v && typeof v === 'object')
            v = Object.fromEntries(Object.entries(v).map(([a, b]) => [a, String(b)]));
        if (!isEmpty(v))
            out[k] = v;
    }
    return out;
}
/** The Chart.yaml strings Helm's Metadata.Validate sanitises. */
const SANITIZED = new Set(['description', 'home', 'icon', 'condition', 'tags', 'appVersion', 'kubeVersion']);
/**
 * A string as Helm's sanitizeString leaves it: every Unicode space (a line
 * break, a tab) one plain space, every character that is not printable
 * (controls, format characters such as U+200B or U+FEFF, private use) dropped.
 */
function sanitize(s) {
    return s
        .replace(/[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu, ' ')
        .replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}
/** An item of a list of strings: a number or boolean becomes its text (Helm's []string takes it so), then sanitised. */
function sanitizeItem(x) {
    return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? sanitize(String(x)) : x;
}
/** `o` with its `keys` sanitised, and those left empty dropped as omitempty drops them (name and repository stay). */
function sanitizeFields(o, keys) {
    const out = { ...o };
    for (const k of keys)
        if (typeof out[k] === 'string')
            out[k] = sanitize(out[k]);
    for (const k of keys)
        if (out[k] === '' && k !== 'name' && k !== 'repository')
            delete out[k];
    return out;
}
/** Chart.lock as chart.Lock keeps it: generated, digest and the dependencies. */
function helmLock(doc) {
    const deps = Array.isArray(doc?.dependencies)
        ? doc.dependencies.map((d) => pick(d, DEPENDENCY_FIELDS, ['name', 'repository']))
        : [];
    const written = doc?.generated instanceof Date ? doc.generated.toISOString() : String(doc?.generated ?? '0001-01-01T00:00:00Z');
    // Helm reads `generated` into a time and writes it back in Go's RFC 3339 form: a fraction without its trailing zeros.
    const generated = written.replace(/^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d*?)0*)?(Z|[+-]\d\d:\d\d)$/, (_, time, frac = '', zone) => `${time}${frac ? `.${frac}` : ''}${zone}`);
    return { generated, digest: String(doc?.digest ?? ''), dependencies: deps };
}
function pick(o, keys, always = []) {
    const out = {};
    for (const k of keys) {
        const v = o?.[k];
        if (always.includes(k))
            out[k] = typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
        else if (!isEmpty(v))
            out[k] = v;
    }
    return out;
}
function isEmpty(v) {
    return (v === undefined ||
        v === null ||
        v === '' ||
        v === false ||
        (Array.isArray(v) && v.length === 0) ||
        (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0));
}

// EXTERNAL MODULE: ./packages/core/src/charts/deployment-state.ts
var deployment_state = __webpack_require__(84320);
// EXTERNAL MODULE: ./packages/core/src/charts/tree.ts
var tree = __webpack_require__(7135);
// EXTERNAL MODULE: ./packages/core/src/settings/validate.ts
var validate = __webpack_require__(93081);
// EXTERNAL MODULE: ./packages/core/src/charts/selection.ts
var selection = __webpack_require__(95997);
// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(30793);
// EXTERNAL MODULE: ./packages/core/src/digests/file.ts
var digests_file = __webpack_require__(10029);
// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(45076);
// EXTERNAL MODULE: ./packages/core/src/edits/transaction.ts
var transaction = __webpack_require__(30883);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(57850);
// EXTERNAL MODULE: ./packages/core/src/registry/chart-push.ts
var chart_push = __webpack_require__(4586);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(32632);
// EXTERNAL MODULE: ./packages/core/src/registry/cosign-sign.ts
var cosign_sign = __webpack_require__(94402);
// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts
var docker_config = __webpack_require__(48040);
// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var http_transport = __webpack_require__(96291);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/operations/digests/short-head.ts
var short_head = __webpack_require__(87963);
// EXTERNAL MODULE: ./packages/core/src/settings/read.ts
var settings_read = __webpack_require__(38807);
// EXTERNAL MODULE: ./packages/core/src/settings/table-publish.ts
var table_publish = __webpack_require__(77401);
;// CONCATENATED MODULE: ./packages/core/src/operations/publish/run.ts


























/**
 * The publish: the charts to package, each packaged as `helm package`
 * does, every chart checked against the registry before anything is pushed
 * (a published version with other content refuses the whole run), then the
 * pushes and signatures, then the digests file.
 */
async function runPublish(req, world) {
    const config = await (0,validate.loadCheckedConfig)(req.workdir, req.config);
    // Input > config > none, as every operation decides it (settings/read.ts).
    const { registry } = (0,settings_read/* settingsFor */.zc)(table_publish/* PUBLISH */.W, { registry: req.registry }, config);
    if (!registry)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `no registry to publish to: ${(0,src_errors/* theInput */.y8)('registry')} is empty and the config has no chart-registry`, {
            file: config.file,
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('registry')} (e.g. ${(0,src_errors/* named */.KT)('registry', 'oci://ghcr.io/acme/charts')}), or chart-registry: in .github/lockstep.yml`,
        });
    const key = req.signingKey === undefined ? undefined : (0,cosign_sign/* signingKey */.NR)(req.signingKey);
    const packages = await packageAll(req, world, publishedCharts(req, world, config), config);
    const transport = (world.services.http ?? http_transport.nodeTransport)();
    const client = (world.services.registry ?? ((o) => new registry_client/* RegistryClient */.bP(o)))({
        transport,
        clock: world.clock,
        retry: world.services.retry,
        credentials: req.credentials
            ? () => req.credentials
            : (0,docker_config/* dockerCredentialSource */.JA)({
                configPath: (0,docker_config/* dockerConfigPath */.Q1)({ DOCKER_CONFIG: world.env.DOCKER_CONFIG || undefined }, world.env.HOME || (0,external_node_os_.homedir)()),
                secret: world.secret,
                ownCredentials: true,
            }),
        log: (line) => world.reporter.debug(line),
    });
    world.reporter.group(`Publishing ${packages.length} chart${packages.length === 1 ? '' : 's'} to ${registry}`);
    try {
        const repoOf = (p) => (0,reference/* parseReference */.F2)(`${registry}/${p.name}`);
        // Every chart is compared with the registry first: a refusal leaves the registry as it was.
        const options = (p, dryRun) => ({
            dryRun,
            key,
            sameChart: (stored) => sameChart(p, stored),
        });
        await settle(packages.map((p) => () => registryStep(() => (0,chart_push/* pushChart */.zO)(client, repoOf(p), p, options(p, true)), p)));
        const rows = [];
        for (const p of packages) {
            const outcome = await registryStep(() => (0,chart_push/* pushChart */.zO)(client, repoOf(p), p, options(p, req.dryRun)), p);
            rows.push({
                path: p.path,
                name: p.name,
                version: p.version,
                image: `${registry}/${p.name}`,
                tag: outcome.tag,
                digest: outcome.digest,
                status: outcome.status,
                signature: outcome.signature,
                files: p.files,
            });
        }
        const digests = req.digestsFile === undefined ? undefined : await writeDigests(req, world, rows);
        const chartsOutput = Object.fromEntries(rows.map((r) => [
            r.name,
            {
                digest: r.digest,
                image: r.image,
                tag: r.tag,
                version: r.version,
                status: r.status,
                ...(r.signature ? { signature: r.signature.tag } : {}),
            },
        ]));
        return {
            registry,
            charts: rows,
            dryRun: req.dryRun,
            digests,
            changes: digests?.changes ?? [],
            outputs: { charts: JSON.stringify(chartsOutput), digests: digests ? (0,digests_file/* digestsOneLine */.c1)(digests.file) : '', file: digests?.path ?? '' },
        };
    }
    finally {
        transport.close();
        world.reporter.endGroup();
    }
}
/**
 * The chart folders to publish, by the one meaning of charts (charts/selection.ts): the input, else the
 * config's (absent: every chart; `[]`: none, said once); a pattern that matches nothing is an error, and
 * the chart folders the config's patterns leave out are said.
 */
function publishedCharts(req, world, config) {
    const all = (0,discover.findCharts)((0,tree.listChartFiles)(req.workdir));
    const lineOf = (path) => (0,config_config.configLine)(config, path);
    const choice = (0,selection/* chartChoice */.SA)(req.charts, config, lineOf);
    if (choice.kind === 'none') {
        world.reporter.info(`${(0,selection/* whereOf */.de)(choice.at)}: charts: [] — no chart to publish`);
        return [];
    }
    if (choice.kind === 'every' && all.length === 0)
        throw new src_errors/* UserError */.yo(`no chart under ${req.workingDirectory}`, {
            hint: (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('working-directory')} to the folder holding the charts, or name them in ${(0,src_errors/* named */.KT)('charts')}`,
        });
    const ignored = (0,selection/* ignoredEntries */.Ts)(config, lineOf);
    if (choice.kind === 'patterns')
        (0,src_errors/* throwAll */.Kx)((0,selection/* unmatchedEntries */.kk)([...choice.entries, ...ignored], all));
    // Charts named by the input were chosen for this run: only the config's patterns leave charts out unsaid.
    const left = req.charts.length > 0 ? [] : (0,selection/* uncoveredCharts */.pg)(all, choice, ignored);
    const skipped = (0,selection/* skippedLine */.Bo)(left, { file: config.file, line: lineOf(['charts']) });
    if (skipped)
        world.reporter.info(skipped);
    return (0,selection/* selectCharts */.MV)(all, choice);
}
/** Every chart packaged before anything is sent; two charts of one name would share a tag, so that is refused. */
async function packageAll(req, world, dirs, config) {
    const out = [];
    // An environment's values file kept in a chart folder is deployment state: packaged as if .helmignore listed it.
    const isState = (0,deployment_state/* deploymentState */.D)(config.environments.flatMap((e) => (e.values !== undefined ? [e.values] : [])));
    for (const dir of dirs) {
        const abs = (0,external_node_path_.resolve)(req.workdir, dir);
        const label = (0,workspace/* workspaceRelative */.Uc)(world.workspace, abs);
        const inDir = (p) => external_node_path_.posix.normalize(external_node_path_.posix.join(dir.replace(/\\/g, '/'), p));
        out.push({ ...(await packageChart(abs, label, world.workspace, (p) => isState(inDir(p)))), path: label });
    }
    const seen = new Map();
    const clashes = [];
    for (const p of out) {
        const other = seen.get(p.name);
        if (other !== undefined)
            clashes.push(new src_errors/* UserError */.yo(`charts ${other} and ${p.path} are both named ${p.name}`, {
                file: external_node_path_.posix.join(p.path, 'Chart.yaml'),
                hint: 'publish one of them, or rename one',
            }));
        seen.set(p.name, p.path);
    }
    (0,src_errors/* throwAll */.Kx)(clashes);
    return out;
}
/**
 * Whether a chart stored with other bytes (pushed by `helm push`, or by an
 * older lockstep) is this chart: the same metadata in its config, the same
 * files. Then its version is published with this content and nothing is pushed.
 */
async function sameChart(p, stored) {
    let config;
    try {
        config = JSON.parse(stored.config.toString('utf8'));
    }
    catch {
        return false;
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(config, p.metadata))
        return false;
    try {
        return await sameChartFiles(stored.archive, p.archive, `${p.name} ${p.version} in the registry`);
    }
    catch (e) {
        // An archive that cannot be read is not this chart: the run refuses, naming the version.
        if (e instanceof src_errors/* UserError */.yo)
            return false;
        throw e;
    }
}
/** Runs every check and reports every failure together (each chart's refusal or registry error). */
async function settle(steps) {
    const errors = [];
    for (const step of steps) {
        try {
            await step();
        }
        catch (e) {
            if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else
                throw e;
        }
    }
    (0,src_errors/* throwAll */.Kx)(errors);
}
/** A registry failure as the user's error, naming the chart. */
async function registryStep(step, p) {
    try {
        return await step();
    }
    catch (e) {
        if (e instanceof registry_client/* RegistryError */.gl)
            throw e.asUserError(`${p.name} ${p.version}`, (0,src_errors/* words */.aL) `check the registry, the credentials (${(0,src_errors/* named */.KT)('username')}/${(0,src_errors/* named */.KT)('password')} or docker login) and that they may push`);
        throw e;
    }
}
/**
 * Adds each chart's entry (name → digest, image, sha, tag: the format
 * promote-env reads) to the digests file; an entry of the same name with
 * another digest is a conflict, as with capture-digests' merge.
 */
async function writeDigests(req, world, rows) {
    const abs = (0,workspace/* resolveInside */.LI)(world.workspace, (0,external_node_path_.relative)(world.workspace, (0,external_node_path_.join)(req.workdir, req.digestsFile)), 'digests-file');
    const path = (0,workspace/* workspaceRelative */.Uc)(world.workspace, abs);
    const sha = req.sha ?? (await (0,short_head/* shortHead */.F)(world.services.repo?.(req.workdir) ?? (0,objects.gitSpawner)(req.workdir)));
    const before = (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.readFileSync)(abs, 'utf8') : undefined;
    const existing = before === undefined ? {} : await (0,digests_file/* parseDigests */.fV)(before, path);
    const incoming = Object.fromEntries(rows.map((r) => [r.name, { digest: r.digest, image: r.image, sha, tag: r.tag }]));
    const file = (0,digests_file/* mergeDigests */.EH)(existing, incoming, { overwrite: false, file: path, text: before });
    const after = (0,digests_file/* formatDigests */.x7)(file);
    const changes = after === before ? [] : [{ path, before, after }];
    const written = changes.length > 0 && !req.dryRun;
    if (written) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
        (0,transaction/* commitChanges */.PT)(world.workspace, changes);
    }
    return { path, changed: changes.length > 0, written, diff: (0,diff/* renderDiff */["in"])(changes), file, changes };
}


/***/ }),

/***/ 38807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ defaultsOf),
/* harmony export */   II: () => (/* binding */ unresolved),
/* harmony export */   P1: () => (/* binding */ scoped),
/* harmony export */   cm: () => (/* binding */ settingsForEach),
/* harmony export */   sb: () => (/* binding */ readSettings),
/* harmony export */   zc: () => (/* binding */ settingsFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31703);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8473);
/* harmony import */ var _text_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60385);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59199);
// The one reader of every setting (issue 54): a table entry says the setting's kind, choices, default and
// config key, so its TypeScript type, how its input is parsed and where its value comes from are all
// derived from that entry here, never spelled again at a use site. An operation's request reads its
// table with readSettings, keeps only the rules between fields, and asks settingsFor (or settingsForEach, per
// environment) for the config-backed values: each comes out typed and camel-cased (`min-soak` → minSoak).





/** The entries of `table` whose config key lives at `where`. */
function scoped(table, where) {
    const settings = table.settings.filter((s) => s.config?.where === where);
    return { operation: table.operation, action: table.action, settings: settings };
}
/**
 * Reads every input of `table` by its kind, once: a `bool` as a YAML boolean, a `choice` among its choices,
 * a list one per line or comma-separated, a `duration` in milliseconds (30m, 2d), anything else as text;
 * each with the table's default when it has one (the runner passes it; a terminal's flags do the same),
 * else undefined when not given (a list: empty). Each error names its input.
 */
function readSettings(table, inputs) {
    const out = {};
    for (const s of table.settings) {
        if (s.kind === 'secret')
            continue;
        const value = readOne(s, inputs);
        if (value !== undefined)
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)] = value;
    }
    return out;
}
/** What readSettings gives when no input is given: each setting's default, read as its kind. */
function defaultsOf(table) {
    return readSettings(table, NOTHING_GIVEN);
}
/** An input source where nothing is given. */
const NOTHING_GIVEN = {
    source: () => '',
    string: (_name, fallback = '') => fallback,
    optional: () => undefined,
    required: (name) => {
        throw new Error(`${name} is required: a table with a required input has no defaults to read`);
    },
    boolean: (_name, fallback) => fallback,
    optionalBoolean: () => undefined,
    choice: (_name, _choices, fallback) => fallback,
    optionalChoice: () => undefined,
    list: () => [],
};
function readOne(s, inputs) {
    const { input: name, default: fallback } = s;
    switch (s.kind) {
        case 'bool':
            return fallback === undefined ? inputs.optionalBoolean(name) : inputs.boolean(name, fallback === 'true');
        case 'choice':
            return fallback === undefined ? inputs.optionalChoice(name, s.choices ?? []) : inputs.choice(name, s.choices ?? [], fallback);
        case 'list':
        case 'path-list':
        case 'glob-list':
            // The default stands for an input not given (the runner passes it); given empty on purpose, the list is empty.
            return fallback !== undefined && inputs.source(name) === '' ? (0,_text_list_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(fallback) : inputs.list(name);
        case 'duration': {
            const text = inputs.optional(name);
            if (text === undefined)
                return undefined;
            const ms = (0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(text);
            if (ms === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${text}', not a duration`, { input: name, hint: _text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .DURATION_HINT */ .Fp });
            return ms;
        }
        default:
            if (s.required)
                return inputs.required(name);
            return fallback === undefined ? inputs.optional(name) : inputs.string(name, fallback);
    }
}
/**
 * The config-backed settings of `table`, resolved by the one precedence (settings/resolve.ts): the input
 * `given` holds (as readSettings read it; an empty list is not given) > the key under `scope.environment`
 * > the key at the top of the file > the declared default. Settings with no value are left out.
 */
function settingsFor(table, given, config, scope = {}) {
    const read = given;
    const byInput = {};
    for (const s of table.settings) {
        const v = read[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)];
        byInput[s.input] = Array.isArray(v) && v.length === 0 ? undefined : v;
    }
    const out = {};
    for (const [input, r] of Object.entries((0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSettings */ .M)(table, byInput, config, scope)))
        if (r.value !== undefined)
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(input)] = r.value;
    return out;
}
/** settingsFor under each of `environments`, once each: what a run that walks several environments reads. */
function settingsForEach(table, given, config, environments) {
    return Object.fromEntries(environments.map((environment) => [environment, settingsFor(table, given, config, { environment })]));
}
/**
 * `given` without the fields `table` resolves from the config, nor those named in `also` (what the caller
 * reads otherwise): what a request carries as given, so that no input a config key backs is left on it to
 * be read with a precedence of its own.
 */
function unresolved(table, given, also = []) {
    const backed = table.settings.filter((s) => s.config !== undefined).map((s) => (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input));
    const out = new Set([...backed, ...also.map(String)]);
    return Object.fromEntries(Object.entries(given).filter(([field]) => !out.has(field)));
}


/***/ }),

/***/ 59199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveSettings)
/* harmony export */ });
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31703);

/**
 * The one precedence of every operation: an input given > the key under the
 * environment (or service) the run is about > the key at the top of the file
 * > the table's default (or the default another key decides: `defaultWhen`). `given` holds the inputs as the request read them,
 * undefined where the input was not given (the runner's empty input); an
 * explicit empty value on the command line (`--tag-prefix ""`) is given.
 * Only the settings that declare a config key are resolved here: the others
 * are the input or its default already. Without a config (check reads none
 * at a commit that has no file), the input, else the default.
 */
function resolveSettings(table, given, config, scope = {}) {
    const env = scope.environment === undefined ? undefined : config?.environments.find((e) => e.name === scope.environment);
    const out = {};
    for (const s of table.settings) {
        if (!s.config)
            continue;
        out[s.input] = resolveOne(s, given[s.input], config, env);
    }
    return out;
}
function resolveOne(s, given, config, env) {
    if (given !== undefined)
        return { value: given, from: 'input' };
    const key = (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(s.config.key);
    // A key an environment may set is read there first; the top of the file holds it for every environment.
    if (s.config.where === 'environment') {
        const v = env?.[key];
        if (v !== undefined)
            return { value: v, from: 'environment' };
    }
    const top = config;
    // The top of the file's value, under the key's own name or where its declaration says (render: `render.mode`).
    const v = (s.config.topField ?? [key]).reduce((at, field) => at?.[field], top);
    if (v !== undefined)
        return { value: v, from: 'top' };
    // A default another key decides (values-drift: error where protected), that key read where this one would be.
    const when = s.config.defaultWhen;
    if (when) {
        const other = (s.config.where === 'environment' ? env?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)] : undefined) ?? top?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)];
        return { value: other === when.is ? when.then : when.otherwise, from: 'default' };
    }
    return { value: s.config.default, from: 'default' };
}


/***/ }),

/***/ 93081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONFIG_CHECKS: () => (/* binding */ CONFIG_CHECKS),
/* harmony export */   checkConfig: () => (/* binding */ checkConfig),
/* harmony export */   loadCheckedConfig: () => (/* binding */ loadCheckedConfig),
/* harmony export */   verifyKeys: () => (/* binding */ verifyKeys),
/* harmony export */   waveEnvironments: () => (/* binding */ waveEnvironments),
/* harmony export */   windowCrons: () => (/* binding */ windowCrons)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_pem_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76551);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24619);
// The config checks every command runs before any network request (issue 37): what a
// promotion, a release or a publish would refuse about the file, refused by each of them
// and by `lockstep config` at the file's line. The schema (made from the declarations) and the loader
// (config/config.ts) check each value alone; the checks here read across the file
// (a wave naming an environment) or need a library (cron-parser, loaded only when an
// environment has windows).




/** Each allow and deny window's cron: five fields cron-parser reads (cron-parser loads only when some environment has windows). */
const windowCrons = async (config) => {
    if (!config.environments.some((e) => e.windows))
        return [];
    const { windowErrors } = await Promise.all(/* import() */[__webpack_require__.e(8628), __webpack_require__.e(8846)]).then(__webpack_require__.bind(__webpack_require__, 98846));
    return config.environments.flatMap((e) => windowErrors(e.name, e.windows, config.file));
};
/** Each `waves:` entry names an environment of the config (with the nearest name when one is close). */
const waveEnvironments = (config) => {
    const names = config.environments.map((e) => e.name);
    return Object.entries(config.waves ?? {}).flatMap(([wave, list]) => list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`wave '${wave}' names '${name}', which is not an environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, names)}`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['waves', wave, k]),
                hint: names.length > 0
                    ? `list environments of the config in waves.${wave}; environments, in order: ${names.join(', ')}`
                    : 'the config lists no environments: add them under environments:',
            }),
        ]));
};
/**
 * No `verify.keys` entry (top level or a service's) holds a private key: the repository would give anyone the
 * key that signs. digests and promote refuse it when they verify; refused here at its line, so `lockstep config`
 * and the PR check catch it before the merge. An entry written as PEM text is read as it is; one naming a file is
 * read when the caller gives `files` (a file that is missing, or holds no PEM block at all, is refused too).
 */
const verifyKeys = async (config, files) => {
    const lists = [
        [['verify', 'keys'], config.verify?.keys],
        ...Object.entries(config.services).map(([name, s]) => [
            ['services', name, 'verify', 'keys'],
            s.verify?.keys,
        ]),
    ];
    const found = [];
    for (const [path, keys] of lists)
        for (const [k, key] of (keys ?? []).entries()) {
            const at = { file: config.file, line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, [...path, k]) };
            const entry = `${path.join('.')}[${k}]`;
            const inline = key.trimStart().startsWith('-----BEGIN');
            if (!inline && files === undefined)
                continue;
            let text = key;
            if (!inline)
                try {
                    text = await files(key, 'verify.keys');
                }
                catch (e) {
                    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo))
                        throw e;
                    found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(e.message, { ...at, ...(e.hint ? { hint: e.hint } : {}) }));
                    continue;
                }
            const named = inline ? entry : `${entry}: ${key}`;
            const label = (0,_text_pem_js__WEBPACK_IMPORTED_MODULE_3__/* .privateKeyLabel */ .p)(text);
            if (label !== undefined)
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`, {
                    ...at,
                    hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
                }));
            else if (!/-----BEGIN [A-Z0-9 ]{1,60}-----/.test(text))
                found.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${named} holds no PEM block, so no public key`, {
                    ...at,
                    hint: 'name the cosign public key file (cosign.pub: -----BEGIN PUBLIC KEY-----), or write the key as text',
                }));
        }
    return found;
};
/**
 * The checks every command runs on the config it loads, in order. Another
 * check (a `charts:` glob matching no chart, say) is one more entry here.
 */
const CONFIG_CHECKS = [windowCrons, waveEnvironments, verifyKeys];
/**
 * Runs every check on `config` (reading the files it names through `files`, when given): throws all the problems
 * found together (each at its line, in the order of the file), else returns the config.
 */
async function checkConfig(config, files, checks = CONFIG_CHECKS) {
    const problems = [];
    for (const check of checks)
        problems.push(...(await check(config, files)));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    return config;
}
/** loadConfig, then every check: what each command reads its config with, before any network request. */
async function loadCheckedConfig(workspace, path) {
    return checkConfig((0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.loadConfig)(workspace, path));
}


/***/ }),

/***/ 31703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ camel)
/* harmony export */ });
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
}


/***/ }),

/***/ 76551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ privateKeyLabel)
/* harmony export */ });
// What a PEM text says of itself by its labels, read without parsing the key: the config check
// (settings/validate.ts) and the verifier (registry/) refuse a private key by the same rule.
/** The label of a PEM block that holds a private key (`PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, …), if the text has one. */
function privateKeyLabel(text) {
    for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,60})-----/g))
        if (/PRIVATE KEY/.test(m[1]))
            return m[1];
    return undefined;
}


/***/ })

};

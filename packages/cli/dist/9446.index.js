export const id = 9446;
export const ids = [9446,7306];
export const modules = {

/***/ 43811:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(59909)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 37306:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const parse = __webpack_require__(43811)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

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


/***/ })

};

export const id = 588;
export const ids = [588];
export const modules = {

/***/ 2846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ checkBaseRef),
/* harmony export */   g: () => (/* binding */ parseVersionInput)
/* harmony export */ });
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);


// The input checks of a bump, kept apart from charts/bump.ts and charts/base.ts so that reading
// and refusing the inputs loads neither the YAML library nor all of semver (the action's cold start).
/** The `version` input (or another named one) as a SemVer 2 chart version, without a `v`; anything else is a UserError. */
function parseVersionInput(v, input) {
    if (!semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default()(v) || /^[v=]/i.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input '${input}' is '${v}', not a SemVer 2 version`, { hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.0, 1.4.0-rc.2 or 0.0.0-pr-12-abc1234' });
    return v;
}
/** A base ref is data for git, never an option or a range. */
function checkBaseRef(ref) {
    if (ref.startsWith('-') || /[\s\0]/.test(ref) || ref.includes('..'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'base': '${ref}' is not a ref or commit`, { hint: 'use a branch, tag or commit sha' });
}


/***/ }),

/***/ 7978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ prependChangelog),
/* harmony export */   IE: () => (/* binding */ renderNotes),
/* harmony export */   wF: () => (/* binding */ notesFromChangelog)
/* harmony export */ });
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9002);
/* harmony import */ var _changelog_headings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2761);


const SECTIONS = [
    ['feat', 'Features'],
    ['fix', 'Bug Fixes'],
    ['perf', 'Performance'],
    ['revert', 'Reverts'],
];
// Markdown that could turn a commit subject into markup or HTML; untrusted text stays text. At the start
// (right after the bullet's `* `) a heading, list or ordered-list marker would open a block inside the item.
function md(text) {
    return text
        .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
        .replace(/\r?\n/g, ' ')
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
function line(c, ctx, text) {
    const repo = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
    const short = c.sha.slice(0, 7);
    const sha = repo ? ` ([${short}](${repo}/commit/${c.sha}))` : ` (${short})`;
    const pr = c.pr === undefined ? '' : repo ? ` ([#${c.pr}](${repo}/pull/${c.pr}))` : ` (#${c.pr})`;
    return `* ${c.scope ? `**${md(c.scope)}:** ` : ''}${md(text)}${pr}${sha}`;
}
/**
 * The release notes for one version in Markdown: a heading with the
 * compare link, breaking changes first with their descriptions, then
 * Features, Bug Fixes, Performance and Reverts; each line with its scope,
 * (#PR) link and short sha. Commit text is escaped, never markup.
 */
function renderNotes(commits, ctx) {
    const repo = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined;
    const title = repo && ctx.previous
        ? `[${ctx.version}](${repo}/compare/${ctx.tagPrefix}${ctx.previous}...${ctx.tagPrefix}${ctx.version})`
        : ctx.version;
    const out = [`## ${title} (${ctx.date})`];
    const breaking = commits.filter((c) => c.breaking);
    if (breaking.length > 0) {
        out.push('', '### ⚠ BREAKING CHANGES', '');
        for (const c of breaking)
            for (const note of c.breakingNotes.length ? c.breakingNotes : [c.subject])
                out.push(line(c, ctx, note));
    }
    for (const [type, heading] of SECTIONS) {
        const list = commits.filter((c) => c.type === type);
        if (list.length === 0)
            continue;
        out.push('', `### ${heading}`, '');
        for (const c of list)
            out.push(line(c, ctx, c.subject));
    }
    if (out.length === 1)
        out.push('', 'No user-facing changes.');
    return `${out.join('\n')}\n`;
}
/**
 * Puts a version's notes at the top of the root CHANGELOG.md (below its
 * title), creating the file when missing. A file that already has the
 * version's section is returned unchanged, so a rerun adds nothing. Line
 * endings and a BOM stay.
 */
function prependChangelog(text, version, notes) {
    if (text !== undefined && (0,_changelog_headings_js__WEBPACK_IMPORTED_MODULE_1__/* .hasVersionSection */ .Y)(text.replace(/^\ufeff/, ''), version))
        return text;
    if (text === undefined || text.trim() === '')
        return `# Changelog\n\n${notes}`;
    const { bom, body, eol } = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_0__/* .frame */ .Gt)(text);
    const lines = body.split(/\r?\n/);
    // Below a leading `# Title` and the paragraph under it; above the first version section.
    let at = lines.findIndex((l) => /^##\s/.test(l));
    if (at === -1)
        at = lines.length;
    const block = notes.trimEnd().split('\n');
    const before = lines.slice(0, at);
    while (before.length > 0 && before[before.length - 1].trim() === '')
        before.pop();
    const after = lines.slice(at);
    const joined = [...before, ...(before.length ? [''] : []), ...block, ...(after.length ? [''] : []), ...after];
    let out = joined.join(eol);
    if (after.length === 0 && !out.endsWith(eol))
        out += eol;
    return bom + out;
}
/** The notes of one version read back from a changelog (for the GitHub Release); undefined when absent. */
function notesFromChangelog(text, version) {
    const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
    const esc = version.replace(/[.+]/g, '\\$&');
    const start = lines.findIndex((l) => new RegExp(`^##\\s+\\[?v?${esc}(?![0-9A-Za-z.-])`).test(l));
    if (start === -1)
        return undefined;
    let end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
    if (end === -1)
        end = lines.length;
    return `${lines.slice(start + 1, end).join('\n').trim()}\n`;
}


/***/ }),

/***/ 7431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xo: () => (/* binding */ matchFiles),
  sY: () => (/* binding */ planReleaseFiles),
  fb: () => (/* binding */ readVersionFile)
});

// UNUSED EXPORTS: writeVersionFile

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __webpack_require__(5864);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(9730);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/charts/bump.ts + 3 modules
var bump = __webpack_require__(1087);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs + 3 modules
var lib = __webpack_require__(9605);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
;// CONCATENATED MODULE: ./packages/core/src/toml/pins.ts
// One operator and one version: `1.4.2`, `^1.4.2`, `~1.4`, `==1.4.2`, `>=1.4.2`, `~=1.4.2`. Ranges with
// several clauses (`>=1,<2`, `1.x || 2.x`) and wildcards are not a pin and are refused by the caller.
const SINGLE = /^(\s*)(\^|~=|~|===|==|>=|=)?(\s*)(v?)(\d+(?:\.\d+)*(?:[-+.][0-9A-Za-z.+-]*)?)(\s*)$/;
/** Sets the version of a single-clause constraint, keeping its operator and spacing; undefined when it is not one. */
function setConstraintVersion(constraint, version) {
    const m = SINGLE.exec(constraint);
    if (!m)
        return undefined;
    return `${m[1]}${m[2] ?? ''}${m[3]}${m[4]}${version}${m[6]}`;
}
// PEP 508: name, optional extras, then a version specifier, then optional `; markers`.
const REQUIREMENT = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(\s*(?:\[[^\]]*\])?\s*)(\(?)([^;@()]*?)(\)?)(\s*(?:;.*)?)$/s;
/**
 * Re-pins a PEP 508 requirement string (`liba==1.4.2`, `liba[extra] ~= 1.4 ; python_version>"3.9"`)
 * to `version`, keeping the operator, extras and markers. Undefined when it
 * has no single-clause version (a bare name, a URL, a range).
 */
function pep508Pin(requirement, version) {
    const m = REQUIREMENT.exec(requirement);
    if (!m)
        return undefined;
    const spec = m[5];
    if (spec.trim() === '' || /^\s*[0-9v]/.test(spec))
        return undefined; // PEP 508 needs an operator
    const set = setConstraintVersion(spec, version);
    if (set === undefined)
        return undefined;
    return { name: m[2], from: spec.trim(), to: set.trim(), text: `${m[1]}${m[2]}${m[3]}${m[4]}${set}${m[6]}${m[7]}` };
}

;// CONCATENATED MODULE: ./packages/core/src/toml/edit.ts






// A release reads each package and pin file several times (its version, the check with a stand-in version,
// the planned edit, the dry run's diff), always the same text: the parse is kept for the next read. Parses
// are only read, so sharing them is safe; the text itself is the key (one hash per string, not a copy).
const parsedTexts = new Map();
const PARSED_KEPT = 256;
/** Parses TOML with offsets; a syntax error is a UserError at file:line. */
function parseTomlOffsets(text, file) {
    const hit = parsedTexts.get(text);
    if (hit && hit.file === file)
        return hit;
    const parsed = parseUncached(text, file);
    parsedTexts.set(text, parsed);
    if (parsedTexts.size > PARSED_KEPT)
        parsedTexts.delete(parsedTexts.keys().next().value);
    return parsed;
}
function parseUncached(text, file) {
    const { body } = (0,bytes/* frame */.Gt)(text);
    let ast;
    try {
        ast = (0,lib/* parseTOML */.MD)(body);
    }
    catch (e) {
        const line = e.lineNumber;
        throw new src_errors/* UserError */.yo(`invalid TOML: ${e.message.split('\n')[0]}`, { file, line: line ?? 1, hint: 'fix the TOML syntax' });
    }
    const values = [];
    const tables = new Set();
    const keyNames = (k) => k.keys.map((p) => (p.type === 'TOMLBare' ? p.name : p.value));
    const walk = (prefix, kvs) => {
        for (const kv of kvs) {
            const path = [...prefix, ...keyNames(kv.key)];
            values.push({ path, node: kv.value });
            if (kv.value.type === 'TOMLInlineTable') {
                tables.add(path.join('.'));
                walk(path, kv.value.body);
            }
        }
    };
    for (const item of ast.body[0].body) {
        if (item.type === 'TOMLTable') {
            tables.add(item.resolvedKey.join('.'));
            walk(item.resolvedKey, item.body);
        }
        else
            walk([], [item]);
    }
    return { file, body, values, tables };
}
/** The value at a key path, if present. */
function tomlValueAt(p, path) {
    return p.values.find((v) => v.path.length === path.length && v.path.every((k, i) => k === path[i]))?.node;
}
/** Replaces a single-line string's content, keeping its quote style. */
function stringSplice(p, node, path, value, what) {
    if (node.type !== 'TOMLValue' || node.kind !== 'string')
        throw new src_errors/* UserError */.yo(`${what} is not a string`, { file: p.file, line: (0,bytes/* lineAt */.mh)(p.body, node.range[0]), hint: 'write it as a quoted string, e.g. "1.2.3"' });
    const raw = p.body.slice(node.range[0], node.range[1]);
    if (raw.startsWith('"""') || raw.startsWith("'''"))
        throw new src_errors/* UserError */.yo(`${what} is a multi-line string`, { file: p.file, line: (0,bytes/* lineAt */.mh)(p.body, node.range[0]), hint: 'write it on one line' });
    if (node.style === 'literal' && value.includes("'"))
        throw new src_errors/* UserError */.yo(`${what}: '${value}' cannot be written as a literal string`, { file: p.file, line: (0,bytes/* lineAt */.mh)(p.body, node.range[0]) });
    const inner = node.style === 'basic' ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : value;
    return { start: node.range[0] + 1, end: node.range[1] - 1, text: inner, path, value };
}
/**
 * Applies splices to the body and proves with smol-toml that only the
 * intended values changed (the data before with the new values put in must
 * equal the data after). A BOM is kept.
 */
function applySplices(text, p, splices) {
    if (splices.length === 0)
        return text;
    const { bom, body } = (0,bytes/* frame */.Gt)(text);
    let out = body;
    for (const s of [...splices].sort((a, b) => b.start - a.start))
        out = out.slice(0, s.start) + s.text + out.slice(s.end);
    const expected = (0,dist/* parse */.qg)(body);
    for (const s of splices)
        setIn(expected, s.path, s.value);
    let after;
    try {
        after = (0,dist/* parse */.qg)(out);
    }
    catch (e) {
        throw new Error(`${p.file}: the TOML edit produced invalid TOML (${e.message.split('\n')[0]}); nothing was written`, { cause: e });
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(JSON.parse(JSON.stringify(expected)), JSON.parse(JSON.stringify(after))))
        throw new Error(`${p.file}: the TOML edit changed more than ${splices.map((s) => s.path.join('.')).join(', ')}; nothing was written`);
    return bom + out;
}
function setIn(obj, path, value) {
    let cur = obj;
    for (const k of path.slice(0, -1))
        cur = cur[k];
    cur[path[path.length - 1]] = value;
}
/** Version keys a pyproject.toml may carry. */
const VERSION_PATHS = [
    ['project', 'version'],
    ['tool', 'poetry', 'version'],
];
/**
 * Sets the package's own version in a pyproject.toml: `[project] version`
 * and `[tool.poetry] version`, whichever exist (both when both do). A file
 * with neither is a UserError naming it.
 */
function setPyprojectVersion(text, file, version) {
    const p = parseTomlOffsets(text, file);
    const splices = [];
    for (const path of VERSION_PATHS) {
        const node = tomlValueAt(p, path);
        if (node)
            splices.push(stringSplice(p, node, path, version, `${path.join('.')}`));
    }
    if (splices.length === 0)
        throw new src_errors/* UserError */.yo('no [project] version or [tool.poetry] version to set', {
            file,
            line: 1,
            hint: 'add version = "0.0.0" under [project] or [tool.poetry], or remove the file from packages',
        });
    return applySplices(text, p, splices.filter((s) => p.body.slice(s.start, s.end) !== s.text));
}
/** Normalised package name (PEP 503): case and runs of `-_.` do not matter. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/**
 * Sets dependency pins to `version` in the TOML table `table` (dotted path):
 * Poetry tables (`liba = "1.4.2"`, `"^1.4.2"` keeps its operator,
 * `{ version = "…", extras = […] }`) and PEP 621 arrays of requirement
 * strings (`dependencies = ["liba==1.4.2"]`). Path, git and url dependencies
 * are left alone. A table that does not exist is a UserError.
 */
function setTomlPins(text, file, table, names, version, tableLine) {
    const p = parseTomlOffsets(text, file);
    const tablePath = splitDotted(table);
    const wanted = new Set(names.map(normalizeName));
    const splices = [];
    const changes = [];
    const arr = tomlValueAt(p, tablePath);
    const note = (name, outcome, s) => {
        if (!outcome)
            return;
        changes.push({ name, from: outcome.from, to: outcome.to });
        if (s && outcome.from !== outcome.to)
            splices.push(s);
    };
    if (arr && arr.type === 'TOMLArray') {
        arr.elements.forEach((el, i) => {
            if (el.type !== 'TOMLValue' || el.kind !== 'string')
                return;
            const pin = pep508Pin(el.value, version);
            if (!pin || !wanted.has(normalizeName(pin.name)))
                return;
            const s = stringSplice(p, el, [...tablePath, i], pin.text, `${table}[${i}]`);
            note(pin.name, pin, s);
        });
    }
    else if (p.tables.has(tablePath.join('.')) || tablePath.join('.') === '') {
        for (const v of p.values) {
            if (v.path.length !== tablePath.length + 1 || !tablePath.every((k, i) => v.path[i] === k))
                continue;
            const name = String(v.path[tablePath.length]);
            if (!wanted.has(normalizeName(name)))
                continue;
            let node = v.node;
            let path = v.path;
            if (node.type === 'TOMLInlineTable') {
                path = [...v.path, 'version'];
                node = tomlValueAt(p, path);
                if (!node)
                    continue; // a path, git or url dependency: nothing to pin
            }
            if (node.type !== 'TOMLValue' || node.kind !== 'string')
                continue;
            const set = setConstraintVersion(node.value, version);
            if (!set)
                throw new src_errors/* UserError */.yo(`${name} = "${node.value}" is not a single version constraint to pin`, { file, line: (0,bytes/* lineAt */.mh)(p.body, node.range[0]), hint: `write it as "${version}" or "^${version}"` });
            note(name, { name, from: node.value, to: set, text: set }, stringSplice(p, node, path, set, name));
        }
    }
    else {
        throw new src_errors/* UserError */.yo(`pin table '${table}' does not exist in ${file}`, {
            file: tableLine?.file ?? file,
            line: tableLine?.line ?? (tableLine?.file ? undefined : 1),
            hint: `fix pins.table in the config, or add [${table}] to ${file}`,
        });
    }
    return { text: applySplices(text, p, splices), changes };
}
/** Splits `tool.poetry.group.prod.dependencies` (quoted parts allowed: `tool."my.key"`). */
function splitDotted(path) {
    const out = [];
    const re = /\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/y;
    let m;
    while (re.lastIndex < path.length && (m = re.exec(path)))
        out.push(m[1] ?? m[2] ?? m[3]);
    return out;
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./packages/core/src/edits/json-edit.ts





function parse(text, file) {
    const { body } = (0,bytes/* frame */.Gt)(text);
    const data = (0,bytes/* parseJsonWith */._x)(main, body, file, 'fix the JSON syntax');
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        throw new src_errors/* UserError */.yo('package.json must hold an object', { file, line: 1, hint: 'fix the file' });
    return { body, tree: main.parseTree(body), data };
}
/** Replaces each string node's bytes with the JSON form of its new value and proves nothing else changed. */
function apply(text, file, body, data, splices) {
    if (splices.length === 0)
        return text;
    const { bom } = (0,bytes/* frame */.Gt)(text);
    let out = body;
    for (const s of [...splices].sort((a, b) => b.node.offset - a.node.offset))
        out = out.slice(0, s.node.offset) + JSON.stringify(s.value) + out.slice(s.node.offset + s.node.length);
    const expected = JSON.parse(JSON.stringify(data));
    for (const s of splices) {
        let cur = expected;
        for (const k of s.path.slice(0, -1))
            cur = cur[k];
        cur[s.path[s.path.length - 1]] = s.value;
    }
    if (!(0,external_node_util_.isDeepStrictEqual)(expected, JSON.parse(out)))
        throw new Error(`${file}: the JSON edit changed more than ${splices.map((s) => s.path.join('.')).join(', ')}; nothing was written`);
    return bom + out;
}
/** Sets package.json `version` with a minimal diff; a file without one is a UserError. */
function setPackageJsonVersion(text, file, version) {
    const { body, tree, data } = parse(text, file);
    const node = main.findNodeAtLocation(tree, ['version']);
    if (!node)
        throw new src_errors/* UserError */.yo('package.json has no "version" to set', { file, line: 1, hint: 'add "version": "0.0.0", or remove the file from packages' });
    if (node.type !== 'string')
        throw new src_errors/* UserError */.yo('"version" is not a string', { file, line: (0,bytes/* lineAt */.mh)(body, node.offset), hint: 'write it as "1.2.3"' });
    if (node.value === version)
        return text;
    return apply(text, file, body, data, [{ node, path: ['version'], value: version }]);
}
const SECTIONS = ['dependencies', 'devDependencies'];
// Specifiers that do not name a registry version: leave them alone.
const NOT_A_VERSION = /^(workspace:|file:|link:|portal:|patch:|npm:|git(\+[a-z]+)?:|github:|https?:|\.\.?\/|~\/|\/|[\w-]+\/[\w.-]+$)/;
/**
 * Sets `names` in package.json dependencies and devDependencies to
 * `version`, keeping a range operator (`^1.4.2` → `^1.5.0`); `workspace:`,
 * path, git and url specifiers are left alone.
 */
function setPackageJsonPins(text, file, names, version) {
    const { body, tree, data } = parse(text, file);
    const splices = [];
    const changes = [];
    for (const section of SECTIONS) {
        for (const name of names) {
            const node = main.findNodeAtLocation(tree, [section, name]);
            if (!node || node.type !== 'string')
                continue;
            const spec = String(node.value);
            if (NOT_A_VERSION.test(spec))
                continue;
            const set = setConstraintVersion(spec, version);
            if (set === undefined)
                throw new src_errors/* UserError */.yo(`${section}.${name} is "${spec}", not a single version range to pin`, { file, line: (0,bytes/* lineAt */.mh)(body, node.offset), hint: `write it as "${version}" or "^${version}"` });
            changes.push({ name, from: spec, to: set });
            if (set !== spec)
                splices.push({ node, path: [section, name], value: set });
        }
    }
    return { text: apply(text, file, body, data, splices), changes };
}

// EXTERNAL MODULE: ./packages/core/src/release/notes.ts
var notes = __webpack_require__(7978);
;// CONCATENATED MODULE: ./packages/core/src/release/plan.ts









/** Matches config globs against the workspace's files; a glob that matches nothing is an error naming it. */
function matchFiles(files, pattern, what, where) {
    const isMatch = (0,glob/* globMatcher */.fU)(pattern.replace(/^\.\//, ''), { key: what, file: where?.file, line: where?.line });
    const out = files.filter((f) => isMatch(f));
    if (out.length === 0)
        throw new src_errors/* UserError */.yo(`${what} '${pattern}' matches no file`, { file: where?.file, line: where?.line, hint: 'fix the path or glob (relative to working-directory)' });
    return out.sort();
}
/** Reads the version file's X.Y.Z; undefined when the file does not exist; a UserError at file:1 when it holds something else. */
function readVersionFile(text, file) {
    if (text === undefined)
        return undefined;
    const first = (0,bytes/* frame */.Gt)(text).body.split(/\r?\n/)[0].trim();
    if (semver_default().valid(first) !== first)
        throw new src_errors/* UserError */.yo(`version file holds '${first.slice(0, 40)}', not a SemVer version`, { file, line: 1, hint: 'write X.Y.Z (e.g. 1.4.2) on its first line' });
    return first;
}
/** The version file with its first line set to `version` (line ending, BOM and the rest kept). */
function writeVersionFile(text, version) {
    if (text === undefined || text.trim() === '')
        return `${version}\n`;
    const { bom, body, eol } = (0,bytes/* frame */.Gt)(text);
    const nl = body.indexOf('\n');
    return nl === -1 ? `${bom}${version}` : `${bom}${version}${eol === '\r\n' ? '\r' : ''}${body.slice(nl)}`;
}
/**
 * Plans every file edit of a release: the version file, package versions,
 * dependency pins, chart bumps (appVersion = X.Y.Z, chart version by policy)
 * and the root CHANGELOG.md. Every file is read and checked here; all
 * problems are reported together and nothing is returned half-planned.
 */
function planReleaseFiles(req) {
    const errors = [];
    const edits = [];
    const rows = [];
    const lockDirs = new Set();
    const attempt = (fn) => {
        try {
            fn();
        }
        catch (e) {
            if (e instanceof src_errors/* UserErrors */.tQ)
                errors.push(...e.errors);
            else if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else
                throw e;
        }
    };
    attempt(() => {
        const text = req.read(req.versionFile);
        const from = readVersionFile(text, req.versionFile);
        if (from !== req.version) {
            edits.push({ path: req.versionFile, update: (t) => writeVersionFile(t, req.version) });
            rows.push({ file: req.versionFile, what: 'version', from: from ?? '(new file)', to: req.version });
        }
    });
    for (const file of req.packages) {
        attempt(() => {
            const text = req.read(file);
            if (text === undefined)
                throw new src_errors/* UserError */.yo(`${file} does not exist`, { file, hint: 'fix packages in the config' });
            const update = packageUpdater(file, req.version);
            const from = packageVersion(text, file);
            update(text); // validates now, so every error is found before anything is written
            if (from !== req.version) {
                edits.push({ path: file, update: (t) => (t === undefined ? t : update(t)) });
                rows.push({ file, what: 'version', from: from ?? '', to: req.version });
            }
        });
    }
    for (const rule of req.pins) {
        for (const file of rule.files) {
            attempt(() => {
                const text = req.read(file);
                if (text === undefined)
                    return;
                const update = pinUpdater(file, rule, req.version);
                const { changes } = update(text);
                const moved = changes.filter((c) => c.from !== c.to);
                if (moved.length === 0)
                    return;
                edits.push({ path: file, update: (t) => (t === undefined ? t : update(t).text) });
                for (const c of moved)
                    rows.push({ file, what: `pin ${c.name}`, from: c.from, to: c.to });
                lockDirs.add(external_node_path_.posix.dirname(file));
            });
        }
    }
    let charts = [];
    const warnings = [];
    if (req.charts.length > 0) {
        attempt(() => {
            const plan = (0,bump/* planChartBumps */.hP)(req.charts, req.allCharts, req.read, {
                level: 'patch',
                appVersion: req.version,
                entry: `Release ${req.version}`,
                cascade: true,
                artifacthubChanges: false,
                policy: req.chartVersionPolicy,
                changelog: req.changelog,
                date: req.date,
            });
            charts = plan.bumps;
            warnings.push(...plan.warnings.map(bump/* formatWarning */.W3));
            edits.push(...plan.edits);
            for (const b of plan.bumps) {
                rows.push({ file: b.file, what: `chart ${b.name} version`, from: b.previousVersion, to: b.version });
                if (b.appVersion !== undefined && b.appVersion !== b.previousAppVersion)
                    rows.push({ file: b.file, what: `chart ${b.name} appVersion`, from: b.previousAppVersion ?? '', to: b.appVersion });
            }
        });
    }
    attempt(() => {
        const before = req.read('CHANGELOG.md');
        const after = (0,notes/* prependChangelog */.FR)(before, req.version, req.notes);
        if (after !== before) {
            edits.push({ path: 'CHANGELOG.md', update: (t) => (0,notes/* prependChangelog */.FR)(t, req.version, req.notes) });
            rows.push({ file: 'CHANGELOG.md', what: 'release notes', from: before === undefined ? '(new file)' : '', to: req.version });
        }
    });
    (0,src_errors/* throwAll */.Kx)(errors);
    return { edits, rows, lockDirs: [...lockDirs].sort(), charts, warnings };
}
function packageUpdater(file, version) {
    if (file.endsWith('package.json'))
        return (t) => setPackageJsonVersion(t, file, version);
    if (file.endsWith('.toml'))
        return (t) => setPyprojectVersion(t, file, version);
    throw new src_errors/* UserError */.yo(`packages: ${file} is neither a pyproject.toml nor a package.json`, { hint: 'list pyproject.toml or package.json files under packages' });
}
function packageVersion(text, file) {
    if (file.endsWith('package.json')) {
        const v = JSON.parse((0,bytes/* frame */.Gt)(text).body).version;
        return typeof v === 'string' ? v : undefined;
    }
    const p = parseTomlOffsets(text, file);
    const node = tomlValueAt(p, ['project', 'version']) ?? tomlValueAt(p, ['tool', 'poetry', 'version']);
    return node && node.type === 'TOMLValue' && node.kind === 'string' ? node.value : undefined;
}
function pinUpdater(file, rule, version) {
    if (file.endsWith('package.json'))
        return (t) => setPackageJsonPins(t, file, rule.names, version);
    if (!file.endsWith('.toml'))
        throw new src_errors/* UserError */.yo(`pins: ${file} is neither a TOML file nor a package.json`, { file: rule.where?.file, line: rule.where?.line });
    return (t) => {
        let table = rule.table;
        if (!table) {
            // No table given: PEP 621 dependencies, else Poetry's main dependencies.
            const p = parseTomlOffsets(t, file);
            table = tomlValueAt(p, ['project', 'dependencies']) ? 'project.dependencies' : 'tool.poetry.dependencies';
        }
        return setTomlPins(t, file, table, rule.names, version, rule.where);
    };
}


/***/ }),

/***/ 5864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   vd: () => (/* binding */ GLOB_HINT)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, MAX_GLOBSTARS, MAX_GLOB_LOOPS, globError */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);


// picomatch compiles a glob to a backtracking regex: each `**` and `*` becomes a lazy loop, and the
// loops of one glob multiply: `a/**/` sixteen times against a path 40 folders deep ran for minutes.
// A pull request can write the globs (its config, when the summary shows what it would decide) and
// the paths. So the globs picomatch sees are bounded here (length, `**`, loops) and every matcher
// has a time budget; past either, the run fails closed with an error that names the glob.
/** Longest glob matched. */
const MAX_GLOB_LENGTH = 256;
/** At most this many `**` in one glob: each one is a loop over a whole path. */
const MAX_GLOBSTARS = 2;
/** At most this many loops (`*`, `**`, `*(…)`, `+(…)`) in one glob. */
const MAX_GLOB_LOOPS = 3;
/** Time one matcher may spend over a run before it fails closed. */
const MATCH_BUDGET_MS = 2000;
/**
 * Why picomatch must not be given this glob, as the words after `'glob'` in
 * an error; undefined when it is within the bounds.
 */
function globProblem(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return `is ${glob.length} characters long; lockstep matches globs of at most ${MAX_GLOB_LENGTH}`;
    const globstars = glob.match(/\*\*/g)?.length ?? 0;
    if (globstars > MAX_GLOBSTARS)
        return `holds ${globstars} '**'; lockstep matches at most ${MAX_GLOBSTARS} in one glob, since each one multiplies the work of matching a deep path`;
    const loops = (glob.match(/\*+|[+*]\(/g) ?? []).length;
    if (loops > MAX_GLOB_LOOPS)
        return `holds ${loops} wildcards (* or **); lockstep matches at most ${MAX_GLOB_LOOPS} in one glob, since each one multiplies the work of matching a long path`;
    return undefined;
}
/** The hint that goes with globProblem. */
const GLOB_HINT = 'shorten the glob (name the folders, or use one **)';
/** The error for a glob outside the bounds, or undefined. */
function globError(glob, where = {}) {
    const problem = globProblem(glob);
    if (!problem)
        return undefined;
    const what = where.file ? `${where.key ?? 'glob'}: '${glob}' ${problem}` : `${where.input ? `input '${where.input}'` : 'glob'}: '${glob}' ${problem}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(what, { file: where.file, line: where.line, hint: GLOB_HINT });
}
/**
 * picomatch over bounded globs (`dot: true`): a glob outside the bounds is a
 * UserError (naming `where`), and a matcher that has spent its time budget
 * throws one instead of matching on.
 */
function globMatcher(globs, where = {}) {
    const list = typeof globs === 'string' ? [globs] : globs;
    for (const g of list) {
        const e = globError(g, where);
        if (e)
            throw e;
    }
    const match = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(list, { dot: true });
    let spent = 0;
    return (path) => {
        const started = performance.now();
        const r = match(path);
        spent += performance.now() - started;
        if (spent > MATCH_BUDGET_MS) {
            const what = `matching ${list.length === 1 ? `'${list[0]}'` : `the globs ${list.map((g) => `'${g}'`).join(', ')}`} against the repository's paths took over ${MATCH_BUDGET_MS / 1000} s`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where.key ?? (where.input ? `input '${where.input}'` : 'glob')}: ${what}`, { file: where.file, line: where.line, hint: GLOB_HINT });
        }
        return r;
    };
}


/***/ })

};

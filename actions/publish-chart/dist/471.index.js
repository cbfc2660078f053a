export const id = 471;
export const ids = [471];
export const modules = {

/***/ 5471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/core/node_modules/picomatch/index.js
var picomatch = __webpack_require__(9788);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/text/glob.ts


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
    if (!where.file && where.input)
        return new src_errors/* UserError */.yo(`: '${glob}' ${problem}`, { input: where.input, hint: GLOB_HINT });
    return new src_errors/* UserError */.yo(`${where.file ? (where.key ?? 'glob') : 'glob'}: '${glob}' ${problem}`, {
        file: where.file,
        line: where.line,
        hint: GLOB_HINT,
    });
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
    const match = picomatch_default()(list, { dot: true });
    let spent = 0;
    return (path) => {
        const started = performance.now();
        const r = match(path);
        spent += performance.now() - started;
        if (spent > MATCH_BUDGET_MS) {
            const what = `matching ${list.length === 1 ? `'${list[0]}'` : `the globs ${list.map((g) => `'${g}'`).join(', ')}`} against the repository's paths took over ${MATCH_BUDGET_MS / 1000} s`;
            if (where.key === undefined && where.input !== undefined)
                throw new src_errors/* UserError */.yo(`: ${what}`, { input: where.input, hint: GLOB_HINT });
            throw new src_errors/* UserError */.yo(`${where.key ?? 'glob'}: ${what}`, { file: where.file, line: where.line, hint: GLOB_HINT });
        }
        return r;
    };
}

;// CONCATENATED MODULE: ./packages/core/src/charts/discover.ts



/**
 * Finds chart folders in a list of POSIX file paths (from `git ls-tree`, or a
 * directory walk). A chart is a folder holding Chart.yaml; charts vendored
 * inside another chart's `charts/` folder are subcharts of that chart, not
 * charts of their own. With `patterns` (folders or globs, e.g. `charts/*`),
 * only matching chart folders are kept.
 */
function discover_findCharts(paths, patterns) {
    const dirs = new Set();
    for (const p of paths) {
        if (p === 'Chart.yaml' || p.endsWith('/Chart.yaml'))
            dirs.add(external_node_path_.posix.dirname(p));
    }
    const top = topChartDirs(dirs);
    if (!patterns || patterns.length === 0)
        return top;
    return top.filter(chartPatternMatcher(patterns));
}
/**
 * A predicate over chart folders for folder/glob patterns: a glob matches
 * folders (`charts/*`); a plain folder matches itself and, when it is not a
 * chart itself, the charts below it (`stable/` → `stable/legacy`).
 */
function chartPatternMatcher(patterns) {
    const norm = patterns.map(normalizePattern);
    // A pattern without any glob character matches only itself: such patterns (the usual `.` or
    // `charts`) are compared as text, so a run without globs never compiles a matcher.
    const literal = norm.filter((p) => !GLOB_CHARACTER.test(p));
    const globs = norm.filter((p) => GLOB_CHARACTER.test(p));
    const glob = globs.length > 0 ? globMatcher(globs, { input: 'charts' }) : undefined;
    const folders = [...literal, ...globs.filter((p) => !picomatch_default().scan(p).isGlob)];
    return (d) => literal.includes(d) || (glob !== undefined && glob(d)) || folders.some((f) => f === '.' || d.startsWith(`${f}/`));
}
/** Characters that can make a pattern a glob for picomatch (a pattern without any is plain text). */
const GLOB_CHARACTER = /[*?[\]{}()!+@]/;
/** The chart folders of `dirs` that are not subcharts under another chart's `charts/`, sorted. */
function topChartDirs(dirs) {
    return [...dirs].filter((d) => !isInsideChartsFolder(d, dirs)).sort();
}
/** True when `dir` sits under `<chart>/charts/` of another chart in `dirs`. */
function isInsideChartsFolder(dir, dirs) {
    const parts = dir.split('/');
    // i = 0 is a chart at the repository root ('.'), whose subcharts live in charts/.
    for (let i = parts.length - 2; i >= 0; i--) {
        if (parts[i] === 'charts' && dirs.has(i === 0 ? '.' : parts.slice(0, i).join('/')))
            return true;
    }
    return false;
}
/** `charts/`, `./charts/x`, `charts/x/Chart.yaml` → the folder pattern they mean. */
function normalizePattern(p) {
    let s = p.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (s.endsWith('/Chart.yaml'))
        s = s.slice(0, -'/Chart.yaml'.length);
    return s === '' ? '.' : s;
}
/** The chart folder (from `charts`) that owns a file path, or undefined. Longest match wins. */
function owningChart(path, charts) {
    let best;
    for (const c of charts) {
        if ((c === '.' || path === c || path.startsWith(`${c}/`)) && (!best || c.length > best.length))
            best = c;
    }
    return best;
}
/**
 * owningChart for many paths against the same chart folders: the folders go
 * into a set once and each path looks up its own ancestors (deepest first),
 * so a 1,000-chart repository costs a PR the depth of its paths, not
 * paths × charts comparisons.
 */
function chartOwner(charts) {
    const set = new Set(charts);
    const root = set.has('.') ? '.' : undefined;
    return (path) => {
        for (let dir = path; dir !== ''; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/'))))
            if (set.has(dir))
                return dir;
        return root;
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/satisfies.js
var satisfies = __webpack_require__(8541);
var satisfies_default = /*#__PURE__*/__webpack_require__.n(satisfies);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/ranges/valid.js
var valid = __webpack_require__(8219);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var functions_valid = __webpack_require__(7306);
var functions_valid_default = /*#__PURE__*/__webpack_require__.n(functions_valid);
;// CONCATENATED MODULE: ./packages/core/src/yaml/scalars.ts
// How a plain (unquoted) YAML scalar is read. Charts are written for Helm,
// which reads YAML 1.1 (go-yaml v2 behind sigs.k8s.io/yaml), while editors and
// the `yaml` package read YAML 1.2: a value is only safe unquoted when both
// read it back as the same string.
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const NULLS = /^(?:~|null|Null|NULL|)$/;
const YAML11_INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
// go-yaml (what Helm uses) treats a plain scalar as a float only when it has
// one dot or an exponent (`1.10`, `.5`, `1e3`); `1.2.3` stays a string.
const YAML11_FLOAT = /^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const YAML11_TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
const YAML12_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const YAML12_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const YAML12_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** The type a plain scalar resolves to under YAML 1.1 (Helm) — 'str' when it stays a string. */
function yaml11Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML11_BOOL.test(plain))
        return 'bool';
    if (YAML11_INT.test(plain))
        return 'int';
    if (YAML11_FLOAT.test(plain))
        return 'float';
    if (YAML11_TIMESTAMP.test(plain))
        return 'timestamp';
    return 'str';
}
/** The type a plain scalar resolves to under the YAML 1.2 core schema. */
function yaml12Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML12_BOOL.test(plain))
        return 'bool';
    if (YAML12_INT.test(plain))
        return 'int';
    if (YAML12_FLOAT.test(plain))
        return 'float';
    return 'str';
}
/** True when `plain`, written unquoted, reads back as this exact string under YAML 1.1 and 1.2. */
function plainReadsAsString(plain) {
    return yaml11Type(plain) === 'str' && yaml12Type(plain) === 'str';
}
/**
 * True when `value` can be written as a plain scalar in block context at all,
 * and reads back as the same string under both YAML versions.
 */
function isPlainSafe(value) {
    if (value === '' || value !== value.trim())
        return false;
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return false;
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s,[\]{}]/.test(value))
        return false;
    if (/^[-?:](\s|$)/.test(value))
        return false;
    if (/:(\s|$)|\s#/.test(value))
        return false;
    if (/^(?:---|\.\.\.)/.test(value))
        return false;
    return plainReadsAsString(value);
}
/** Double-quotes a string as YAML does, escaping what must be escaped. */
function doubleQuote(value) {
    let out = '"';
    for (const ch of value) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else if (c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return out + '"';
}
/** Single-quotes a string (only `'` needs doubling); undefined when it cannot be (control characters). */
function singleQuote(value) {
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./packages/core/src/yaml/read.ts



/**
 * Parses one YAML document, keeping line numbers. Syntax errors and duplicate
 * keys are UserErrors naming file:line; several documents are refused unless
 * `allowMulti` (then the first is returned).
 */
function parseYaml(text, file, opts = {}) {
    // The yaml package's own uniqueKeys check compares each key with every earlier key of its map:
    // 40,000 keys took 15 s. Keys are checked here instead, one set per map (duplicateKey).
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    const lineAt = lineIndex(text);
    for (const d of list) {
        const err = d.errors[0];
        const dup = err ? undefined : duplicateKey(d.contents);
        if (err) {
            throw new src_errors/* UserError */.yo(`invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, {
                file,
                line: lineAt(err.pos[0]),
                hint: 'fix the YAML syntax',
            });
        }
        if (dup !== undefined) {
            throw new src_errors/* UserError */.yo(`duplicate key${keyNear(text, dup)} — YAML keeps only one of them`, {
                file,
                line: lineAt(dup),
                hint: 'remove one of the duplicate keys',
            });
        }
    }
    if (list.length > 1 && !opts.allowMulti) {
        const second = list[1];
        throw new src_errors/* UserError */.yo('the file holds more than one YAML document', {
            file,
            line: lineAt(second.range[0]),
            hint: 'keep a single document (no --- separators between documents)',
        });
    }
    // An empty or comments-only file holds no document at all: read it as one empty document (contents null).
    const doc = (list[0] ?? (0,dist/* parseDocument */.Tp)(text));
    return {
        file,
        text,
        doc,
        empty: list.length === 0,
        documents: list,
        lineAt,
        lineOf: (node) => (node?.range ? lineAt(node.range[0]) : undefined),
    };
}
/** parseYaml of a single-document text (BOM stripped), as a kind of parse a ParseCache keeps; the variant is the file. */
const YAML_DOCUMENT = { name: 'yaml', parse: (text, file) => parseYaml(text, file) };
/** parseYaml of a text that may hold several documents (`allowMulti`), as a ParseCache keeps it. */
const YAML_DOCUMENTS = {
    name: 'yaml-multi',
    parse: (text, file) => parseYaml(text, file, { allowMulti: true }),
};
/**
 * Offset of the first key that repeats an earlier key of the same mapping, in
 * document order; undefined when there is none. Keys are equal as the yaml
 * package's uniqueKeys check has them: scalars with the same value (`1` and
 * `"1"` differ), other keys only when they are the same node. One set per
 * mapping, and an explicit stack (no recursion), so the work is linear in the
 * nodes and deep nesting cannot overflow the stack. Aliases are not followed:
 * the anchored node is checked where it is written.
 */
function duplicateKey(root) {
    let first;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                const id = (0,dist/* isScalar */.jn)(key) ? scalarId(key.value) : key;
                if (seen.has(id)) {
                    const at = key?.range?.[0] ?? pair.value?.range?.[0];
                    if (at !== undefined && (first === undefined || at < first))
                        first = at;
                }
                seen.add(id);
                stack.push(pair.key, pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                stack.push(item);
        }
    }
    return first;
}
/** A scalar's value as a set member: strings are kept apart from numbers and other values with the same text. */
function scalarId(v) {
    return typeof v === 'string' ? `s:${v}` : v;
}
/** Offset → 1-based line, by binary search over the line starts (built once per text). */
function lineIndex(text) {
    let starts;
    return (offset) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
function keyNear(text, offset) {
    const m = /^[ \t]*(?:- )?["']?([^"':\n]+)["']?\s*:/.exec(text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset)));
    return m ? ` '${m[1].trim()}'` : '';
}
/** The node at a key path in mappings (numbers index sequences), or undefined. */
function nodeAt(parsed, path) {
    let node = parsed.doc.contents;
    for (const key of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            return undefined;
        if (typeof key === 'number') {
            if (!(0,dist/* isSeq */.oP)(node))
                return undefined;
            node = node.items[key];
        }
        else {
            if (!(0,dist/* isMap */.jh)(node))
                return undefined;
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
            node = pair?.value;
        }
    }
    return (node ?? undefined);
}
/**
 * Reads a scalar meant to be a string (a version, a tag). An unquoted value
 * that YAML would read as a number, boolean or date (`1.10`, `yes`) is a
 * UserError: Helm would see something other than what is written.
 */
function stringField(parsed, path, label = path.join('.')) {
    const node = nodeAt(parsed, path);
    if (node === undefined)
        return undefined;
    const line = parsed.lineOf(node);
    if (!(0,dist/* isScalar */.jn)(node))
        throw new src_errors/* UserError */.yo(`${label} is not a plain value`, { file: parsed.file, line, hint: 'write it as a string' });
    if (node.value === null && node.type === dist/* Scalar */.X5.PLAIN && (node.source ?? '') === '')
        return undefined;
    const source = node.range ? parsed.text.slice(node.range[0], node.range[1]) : String(node.value);
    if (node.type === dist/* Scalar */.X5.PLAIN) {
        const t11 = yaml11Type(source);
        const t12 = yaml12Type(source);
        if (t11 !== 'str' || t12 !== 'str') {
            const kind = t11 !== 'str' ? t11 : t12;
            throw new src_errors/* UserError */.yo(`${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`, {
                file: parsed.file,
                line,
                hint: `quote it: "${source}"`,
            });
        }
    }
    return { value: String(node.value), line, node };
}
/** The value under `key` in a YAML map node (null: the key is there with no value; undefined: not a map, or no such key). */
function mapValue(map, key) {
    if (!isMap(map))
        return undefined;
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
/** A scalar node's value as text; undefined for anything else or an empty scalar. */
function scalarText(node) {
    return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/text/bytes.ts

/** Splits off the BOM and finds the line ending, so edits can put both back. */
function bytes_frame(text) {
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
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 547).then(__webpack_require__.t.bind(__webpack_require__, 9547, 23)), body, file, hint, what, e);
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
    return new src_errors/* UserError */.yo(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

;// CONCATENATED MODULE: ./packages/core/src/charts/chart.ts






/**
 * Parses Chart.yaml text. A non-mapping file, an ambiguous unquoted value
 * (`version: 1.10`) or a duplicate key is a UserError with file:line. A missing
 * `name` gives '' (callers fall back to the folder name); `version` is returned
 * as written, and callers decide whether it must be valid SemVer.
 */
function parseChart(text, file) {
    const parsed = parseYaml(stripBom(text), file);
    const root = parsed.doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        throw new src_errors/* UserError */.yo('Chart.yaml is not a mapping of keys', {
            file,
            line: 1,
            hint: 'see https://helm.sh/docs/topics/charts/#the-chartyaml-file',
        });
    const name = stringField(parsed, ['name']);
    const versionNode = nodeAt(parsed, ['version']);
    if ((0,dist/* isScalar */.jn)(versionNode) && versionNode.type === dist/* Scalar */.X5.PLAIN && versionNode.range) {
        const source = parsed.text.slice(versionNode.range[0], versionNode.range[1]);
        // Quoting alone would leave a version that is still not SemVer: say both at once.
        if (source !== '' && !plainReadsAsString(source))
            throw ambiguousVersionError(source, file, parsed.lineOf(versionNode));
    }
    const version = stringField(parsed, ['version']);
    const appVersion = stringField(parsed, ['appVersion']);
    const deps = nodeAt(parsed, ['dependencies']);
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
            const depName = stringField(parsed, ['dependencies', index, 'name'], `dependencies[${index}].name`);
            const repository = stringField(parsed, ['dependencies', index, 'repository'], `dependencies[${index}].repository`)?.value;
            const depVersion = stringField(parsed, ['dependencies', index, 'version'], `dependencies[${index}].version`)?.value;
            const alias = stringField(parsed, ['dependencies', index, 'alias'], `dependencies[${index}].alias`)?.value;
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
    if (!functions_valid_default()(v.value) || !/^\d/.test(v.value) || /\s/.test(v.value))
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
    const type = yaml11Type(source) !== 'str' ? yaml11Type(source) : yaml12Type(source);
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
function helm_yaml_isMap(v) {
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
    if (helm_yaml_isMap(v) && Object.keys(v).length > 0) {
        out.push(`${head}\n`);
        writeMap(v, indent + 2, out, undefined);
    }
    else if (Array.isArray(v) && v.length > 0) {
        out.push(`${head}\n`);
        writeSeq(v, indent, out);
    }
    else if (helm_yaml_isMap(v))
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
        if (helm_yaml_isMap(item) && Object.keys(item).length > 0)
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
    if (yaml11Type(s) !== 'str')
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

;// CONCATENATED MODULE: ./packages/core/src/charts/lock.ts




/** Parses Chart.lock; invalid YAML or a non-list `dependencies` is a UserError at file:line. */
function parseChartLock(text, file) {
    return readChartLock(text, file).entries;
}
/** Like parseChartLock, with the line of `dependencies:` for problems about entries that are missing. */
function readChartLock(text, file) {
    const parsed = parseYaml(stripBom(text), file);
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
        name: stringField(parsed, ['dependencies', i, 'name'], `dependencies[${i}].name`)?.value ?? '',
        version: stringField(parsed, ['dependencies', i, 'version'], `dependencies[${i}].version`)?.value,
        repository: stringField(parsed, ['dependencies', i, 'repository'], `dependencies[${i}].repository`)?.value,
        line: parsed.lineOf(item),
    }));
    return { entries, line };
}

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
    const ignored = helmIgnore(existsFile(ignoreFile) ? (0,external_node_fs_.readFileSync)(ignoreFile, 'utf8') : undefined, `${label}/.helmignore`);
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
    const meta = parseChart(chartYaml.data.toString('utf8'), `${label}/Chart.yaml`);
    const version = requireChartVersion(meta);
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
        const declared = requirements ? parseChart(requirements.data.toString('utf8'), `${label}/requirements.yaml`) : meta;
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
            line: meta.parsed.lineOf(nodeAt(meta.parsed, ['type'])) ?? 1,
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
            held.add(parseChart(chartYaml.data.toString('utf8'), `${s.label}/Chart.yaml`).name);
    }
    const lockLabel = `${label}/${lockFile?.name ?? 'Chart.lock'}`;
    const lock = lockFile ? readChartLock(lockFile.data.toString('utf8'), lockLabel) : undefined;
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
        const depMeta = parseChart(files.find((f) => f.name === 'Chart.yaml').data.toString('utf8'), `${depLabel}/Chart.yaml`);
        const depVersion = requireChartVersion(depMeta);
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
    const matches = globs.length > 0 ? globMatcher(globs) : () => false;
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

;// CONCATENATED MODULE: ./packages/core/src/charts/tree.ts


const SKIP = new Set(['.git', 'node_modules']);
/**
 * Every Chart.yaml under `root` as POSIX paths relative to it, for
 * findCharts. Symbolic links are not followed (a chart reached through one
 * could lie outside the workspace), and `.git` and `node_modules` are skipped.
 * With `linked`, the chart folders reached only through a symbolic link (a
 * linked Chart.yaml, or a linked folder holding one) are collected there, so a
 * caller can name the refused link instead of saying no chart matched.
 */
function tree_listChartFiles(root, linked) {
    const out = [];
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk((0,external_node_path_.join)(abs, e.name), rel ? `${rel}/${e.name}` : e.name);
            }
            else if (e.isFile() && e.name === 'Chart.yaml')
                out.push(rel ? `${rel}/Chart.yaml` : 'Chart.yaml');
            else if (linked && e.isSymbolicLink()) {
                const path = rel ? `${rel}/${e.name}` : e.name;
                if (e.name === 'Chart.yaml')
                    linked.push(rel || '.');
                else if (!SKIP.has(e.name) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(abs, e.name, 'Chart.yaml')))
                    linked.push(path);
            }
        }
    };
    walk(root, '');
    return out.sort();
}

// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(8105);
;// CONCATENATED MODULE: ./packages/core/src/yaml/js-yaml-core.ts
// js-yaml read as the yaml package reads a plain document with the YAML 1.2
// core schema: the scalar resolution and maps of the yaml package, and the test
// of which texts the two libraries read alike (render/documents.ts says why
// and where it is used: a render's output, the pin index, the config file).

/**
 * A plain scalar as the yaml package's core schema resolves it: the first of a
 * tag's patterns that matches (one js-yaml tag per tag name: a schema keeps the
 * last tag of a name).
 */
function coreScalar(tagName, firstChars, forms) {
    return (0,js_yaml/* defineScalarTag */.Gf)(`tag:yaml.org,2002:${tagName}`, {
        implicit: true,
        implicitFirstChars: firstChars,
        resolve: (s) => {
            for (const [test, resolve] of forms)
                if (test.test(s))
                    return resolve(s);
            return js_yaml/* NOT_RESOLVED */.Hg;
        },
        identify: () => false,
    });
}
const NUMBER_START = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.'];
/** The yaml package's YAML 1.2 core resolution (yaml/dist/schema/core), pattern for pattern, in its order. */
const FORMS = {
    null: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]],
    bool: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']],
    int: [
        [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
        [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
        [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
    ],
    float: [
        [
            /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
            (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity),
        ],
        [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
        [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ],
};
const CORE = [
    coreScalar('null', ['', '~', 'n', 'N'], FORMS.null),
    coreScalar('bool', ['t', 'T', 'f', 'F'], FORMS.bool),
    coreScalar('int', NUMBER_START, FORMS.int),
    coreScalar('float', NUMBER_START, FORMS.float),
];
/** Every pattern of FORMS, flat. */
const NON_STRING = Object.values(FORMS).flatMap((forms) => forms.map(([test]) => test));
/** The first characters a pattern of FORMS can match (the empty text aside): the others are strings without a test. */
const NON_STRING_FIRST = new Set([...'~nNtTfF', ...NUMBER_START]);
/** Whether a plain scalar of this text is read as no string (null, a boolean, a number) by the YAML 1.2 core schema. */
function coreNonString(s) {
    if (s !== '' && !NON_STRING_FIRST.has(s[0]))
        return false;
    return NON_STRING.some((test) => test.test(s));
}
/** A scalar key as the yaml package writes it into a plain object: null is '', anything else its String(). */
const keyOf = (key) => (key === null ? '' : String(key));
/**
 * Maps as the yaml package's toJS builds them: plain objects, a key written
 * over an inherited name (`__proto__`, `toString`) as an own property. A key
 * that is a map or a list (the yaml package prints it as YAML, js-yaml would
 * not) is refused, and so is a key met twice (js-yaml refuses it): the yaml
 * package reads those.
 */
const MAP = (0,js_yaml/* defineMappingTag */.bH)('tag:yaml.org,2002:map', {
    create: () => ({}),
    addPair: (map, key, value) => {
        if (key !== null && typeof key === 'object')
            return 'a key that is a map or a list';
        const k = keyOf(key);
        if (k in map)
            Object.defineProperty(map, k, { value, writable: true, enumerable: true, configurable: true });
        else
            map[k] = value;
        return '';
    },
    has: (map, key) => Object.hasOwn(map, keyOf(key)),
    keys: (map) => Object.keys(map),
    get: (map, key) => map[keyOf(key)],
    identify: () => false,
});
/** js-yaml's schema that reads plain scalars and maps as the yaml package's YAML 1.2 core schema does. */
const CORE_SCHEMA_LIKE_YAML = new js_yaml/* Schema */.Sj([js_yaml/* strTag */.ym, js_yaml/* seqTag */.UD, MAP, ...CORE]);
/**
 * Whether what stands before `start` on its line is what may stand before a block collection: indentation, and the
 * `- ` of the lists it opens (` *(?:- +)*`), read in place: a render has a block collection every few lines.
 */
function blockLineStart(text, start) {
    let i = text.lastIndexOf('\n', start - 1) + 1;
    while (i < start && text.charCodeAt(i) === 32)
        i++;
    while (i < start) {
        if (text.charCodeAt(i) !== 45 || i + 1 >= start || text.charCodeAt(i + 1) !== 32)
            return false;
        i++;
        while (i < start && text.charCodeAt(i) === 32)
            i++;
    }
    return true;
}
/** Keys longer than this are the yaml package's to judge (it refuses an implicit key past 1024 characters, js-yaml does not). */
const LONG_KEY = 1000;
/**
 * Whether js-yaml's events hold nothing the two libraries read differently:
 * no tag, anchor, alias or directive, no key past LONG_KEY characters, and
 * every block map or list starting its own line (or after the `- ` of a list),
 * where the yaml package refuses what js-yaml takes (`a: b: c`, `: b: c`).
 */
function plain(text, events) {
    /** Per open node (document, map, list): whether it is a map, and how many children it has had. */
    const open = [];
    for (const e of events) {
        if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            open.pop();
            continue;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            if (e.directives.length > 0)
                return false;
            open.push({ map: false, children: 0 });
            continue;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1)
            return false;
        const parent = open[open.length - 1];
        const key = parent.map && parent.children % 2 === 0;
        parent.children++;
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            if (key && e.valueEnd - e.valueStart > LONG_KEY)
                return false;
            continue;
        }
        if (e.style === js_yaml/* COLLECTION_STYLE */.Rl.BLOCK && !blockLineStart(text, e.start))
            return false;
        open.push({ map: e.type === js_yaml/* EVENT_ID */.hy.MAPPING, children: 0 });
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/yaml/plain-document.ts
// One YAML document read by js-yaml where it reads exactly as the yaml package
// does (js-yaml-core.ts: no tag, anchor, alias, directive or long key, every
// block collection on its own line): its data, and the line each node starts
// at, without the yaml package's syntax tree. The config file of a fleet (300
// services, 100 environments: 40 KB) took ~90 ms to compose into that tree on
// every command, and ~20 MB of garbage, where its data and lines are all a
// valid config needs; js-yaml's events give both in a fraction of that.
//
// A line is answered where js-yaml's events place the node where the yaml
// package's range starts: a collection (its first key or `-`, or its `{`/`[`)
// and a one-line or quoted scalar. An empty scalar (`key:`) and a block
// scalar (`|`, `>`, whose content js-yaml places on the next line) are
// UNKNOWN: the caller asks the yaml package. A path that leads nowhere is
// undefined, as nodeAt says, which only holds when every key reads as the
// same string in both libraries: a plain key the core schema reads as no
// string (`1.0:`, `true:`, `~:`) or a key that is a collection makes the text
// not this reader's (undefined), as is anything js-yaml refuses (a duplicate
// key) and more than one document.


/** Where a node starts is not known from the events: the yaml package says. */
const UNKNOWN = Symbol('unknown line');
/** 1-based lines of increasing offsets, counted as they pass (the events come in the order of the text). */
function lineCursor(text) {
    let [line, next] = [1, text.indexOf('\n')];
    return (offset) => {
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        return line;
    };
}
/** A key as the yaml package's nodeAt compares it (String of its value), or undefined where that may differ from the text. */
function keyText(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
        return undefined;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, e);
    return e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && coreNonString(value) ? undefined : value;
}
/** The line index of the document's events; undefined at a key it cannot read as the yaml package does. */
function plain_document_lineIndex(text, events) {
    const lineAt = lineCursor(text);
    const open = [];
    let root;
    const place = (node) => {
        const top = open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.items)
            top.node.items.push(node);
        else {
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
    };
    for (const e of events) {
        const top = open[open.length - 1];
        const keyNext = top !== undefined && top.node.keys !== undefined && top.key === undefined;
        if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            const closed = open.pop();
            if (closed !== undefined)
                place(closed.node);
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            if (keyNext) {
                const key = keyText(text, e);
                if (key === undefined)
                    return undefined;
                top.key = key;
                continue;
            }
            const block = e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK;
            const node = { line: e.valueStart >= 0 && e.valueEnd > e.valueStart && !block ? lineAt(e.valueStart) : UNKNOWN };
            if (e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN)
                node.plain = e.valueStart < 0 ? [0, 0] : [e.valueStart, e.valueEnd];
            place(node);
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            if (keyNext)
                return undefined;
            const line = lineAt(e.start);
            open.push({ node: e.type === js_yaml/* EVENT_ID */.hy.MAPPING ? { line, keys: new Map() } : { line, items: [] }, key: undefined });
        }
        else if (e.type !== js_yaml/* EVENT_ID */.hy.DOCUMENT)
            return undefined;
    }
    return root;
}
/**
 * The text's one document through js-yaml, or undefined where it is not
 * js-yaml's to read (the yaml package reads it, and says its errors).
 */
function plainDocument(text) {
    let events;
    let data;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
        if (!plain(text, events))
            return undefined;
        data = (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: CORE_SCHEMA_LIKE_YAML, maxAliases: 0 });
    }
    catch {
        return undefined;
    }
    if (data.length > 1)
        return undefined;
    if (data.length === 0)
        return { data: null, lineOf: () => undefined, plainAt: () => undefined };
    const root = plain_document_lineIndex(text, events);
    if (root === undefined)
        return undefined;
    const nodeAt = (path) => {
        let node = root;
        for (const k of path)
            node = typeof k === 'number' ? node?.items?.[k] : node?.keys?.get(k);
        return node;
    };
    return {
        data: data[0],
        lineOf: (path) => nodeAt(path)?.line,
        plainAt: (path) => {
            const range = nodeAt(path)?.plain;
            return range && text.slice(range[0], range[1]);
        },
    };
}
/**
 * plainDocument as a kind of parse a run's ParseCache keeps: a promotion checks its edit of a values file on it
 * (edits/check.ts), and the next reader of the edited text (promote/flux-validate.ts: is it a Flux resource?)
 * reads the same one.
 */
const PLAIN_DOCUMENT = { name: 'plain-document', parse: (text) => plainDocument(text) };

// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(4619);
;// CONCATENATED MODULE: ./packages/core/src/config/raw.generated.ts
// Generated by `npm run settings` (scripts/config-schema.ts) from the settings declarations
// (packages/core/src/settings/table-*.ts and config-keys.ts). Do not edit.
/** Each top-level key's default where the file leaves it out (the settings declarations'). */
const TOP_DEFAULTS = {
    'chart-version-policy': 'independent',
    'fix-window': '72h',
    ignore: [],
    changelog: 'auto',
    'tag-prefix': 'v',
    'version-file': '.version',
    packages: [],
    pins: [],
    'notify-pulls': false,
    'commit-mode': 'git',
};
/** Each environment key's default where an environment leaves it out. */
const ENVIRONMENT_DEFAULTS = {
    protected: false,
    preview: false,
    render: 'auto',
    'auto-merge': false,
    wait: 'refuse',
};
/** Each top-level key the loader reads through a reader (config/readers.ts): the one its declaration names. */
const TOP_READERS = {
    verify: 'verify',
    render: 'render',
    'fix-window': 'duration',
    'chart-registry': 'oci-path',
    pins: 'pins',
};
/** Each environment key the loader reads through a reader. */
const ENVIRONMENT_READERS = {
    windows: 'windows',
    'min-soak': 'duration',
};
/** Each service key the loader reads through a reader. */
const SERVICE_READERS = {
    verify: 'verify',
};
/** Each group of environment keys of which one must be given (the declarations' `oneOf`), in declaration order. */
const ENVIRONMENT_ONE_OF = {
    pins: ['values', 'kustomization', 'helmrelease', 'flux-kustomization'],
};
/** The JSON Schema of the file (packages/core/schema/lockstep.schema.json), for the loader's did-you-mean. */
const configSchema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://lockstep.dev/schema/lockstep.schema.json",
    "title": "lockstep configuration (.github/lockstep.yml)",
    "type": "object",
    "additionalProperties": false,
    "properties": {
        "charts-ignore": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped."
        },
        "values-contract": {
            "enum": [
                "error",
                "warn",
                "off"
            ],
            "description": "Every environment's values-contract where it sets none: keys its values set that no template of its chart reads (default error for protected environments, warn elsewhere)."
        },
        "chart-version-policy": {
            "enum": [
                "independent",
                "sync"
            ],
            "description": "independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.",
            "default": "independent"
        },
        "services": {
            "type": "object",
            "description": "Image name -> repository and the key path of its image block in values files.",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "image"
                ],
                "properties": {
                    "image": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Image repository, e.g. ghcr.io/acme/api."
                    },
                    "values-key": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Dotted key path of the image block, e.g. services.api.image."
                    },
                    "image-policy": {
                        "type": "string",
                        "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$",
                        "description": "The Flux ImagePolicy (namespace:name) whose image automation markers (# {\"$imagepolicy\": \"namespace:name\"} and its :tag, :name, :digest forms) name the fields holding this image in each environment's pin file and, for an overlay environment, in every file kustomize reads under the overlay's folder (Deployments, a HelmRelease patch's values): promote-env writes those fields, markers kept."
                    },
                    "flux-substitute": {
                        "oneOf": [
                            {
                                "type": "string",
                                "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                            },
                            {
                                "type": "object",
                                "additionalProperties": false,
                                "properties": {
                                    "image": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    },
                                    "name": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    },
                                    "tag": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    },
                                    "digest": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    }
                                }
                            }
                        ],
                        "description": "The spec.postBuild.substitute variables of a flux-kustomization environment holding this image: one name (its value the whole image, repo:tag@sha256:…) or a mapping of image, name, tag, digest to variable names. promote-env writes them where Flux takes them from: the Flux Kustomization’s spec.postBuild.substitute, else the last spec.postBuild.substituteFrom ConfigMap of the repository holding them (a manifest’s data, configMapGenerator literals, an envs: .env file’s line, a files: source’s whole file); a Secret holding one is refused."
                    },
                    "verify": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "keys": {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "type": "string",
                                    "minLength": 1
                                },
                                "description": "cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."
                            },
                            "attestation": {
                                "type": "object",
                                "additionalProperties": false,
                                "required": [
                                    "trusted-root",
                                    "identity"
                                ],
                                "description": "A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.",
                                "properties": {
                                    "trusted-root": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "Workspace-relative path of the trusted root (gh attestation trusted-root > file)."
                                    },
                                    "issuer": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "OIDC issuer of the signing certificate.",
                                        "default": "https://token.actions.githubusercontent.com"
                                    },
                                    "identity": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."
                                    }
                                }
                            }
                        },
                        "description": "What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."
                    }
                }
            }
        },
        "verify": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "keys": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "string",
                        "minLength": 1
                    },
                    "description": "cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."
                },
                "attestation": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "trusted-root",
                        "identity"
                    ],
                    "description": "A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.",
                    "properties": {
                        "trusted-root": {
                            "type": "string",
                            "minLength": 1,
                            "description": "Workspace-relative path of the trusted root (gh attestation trusted-root > file)."
                        },
                        "issuer": {
                            "type": "string",
                            "minLength": 1,
                            "description": "OIDC issuer of the signing certificate.",
                            "default": "https://token.actions.githubusercontent.com"
                        },
                        "identity": {
                            "type": "string",
                            "minLength": 1,
                            "description": "Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."
                        }
                    }
                }
            },
            "description": "What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."
        },
        "environments": {
            "type": "array",
            "description": "Promotion order, first to last.",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "name"
                ],
                "anyOf": [
                    {
                        "required": [
                            "values"
                        ]
                    },
                    {
                        "required": [
                            "kustomization"
                        ]
                    },
                    {
                        "required": [
                            "helmrelease"
                        ]
                    },
                    {
                        "required": [
                            "flux-kustomization"
                        ]
                    }
                ],
                "properties": {
                    "name": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The environment, as promote-env --to names it."
                    },
                    "values": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Values file of this environment (this or kustomization is required)."
                    },
                    "kustomization": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Kustomize overlay holding this environment's image pins in its images: list: a kustomization.yaml (.yml, Kustomization), a folder holding one, or an Argo CD Application whose spec.source.kustomize.images holds them."
                    },
                    "application": {
                        "type": "string",
                        "description": "ArgoCD Application manifest whose targetRevision is the chart version."
                    },
                    "helmrelease": {
                        "type": "string",
                        "description": "Flux HelmRelease (or the kustomize patch of it) this environment deploys, `<file>[#<name>]`: its spec.chart.spec.version is the chart version, its spec.values hold the image pins (unless values names another file)."
                    },
                    "flux-kustomization": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Flux Kustomization (kustomize.toolkit.fluxcd.io) whose spec.images list holds this environment's image pins, read and written as a Kustomize overlay's images:."
                    },
                    "ocirepository": {
                        "type": "string",
                        "description": "Flux OCIRepository the environment's HelmRelease takes its chart from (spec.chartRef), `<file>[#<name>]`: its spec.ref.tag is the chart version."
                    },
                    "protected": {
                        "type": "boolean",
                        "description": "Digest-only images, exact chart versions, draft promotion PRs, never auto-merged.",
                        "default": false
                    },
                    "kube-version": {
                        "type": "string",
                        "pattern": "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$",
                        "description": "The Kubernetes version this environment's cluster runs (e.g. \"1.31\"): its rendered objects are validated for it, and the APIs it no longer serves are refused (default the schemas' own, 1.36)."
                    },
                    "helm-version": {
                        "enum": [
                            3,
                            4
                        ],
                        "description": "The Helm major this environment's deployer renders with (3 or 4; Argo CD 3.5 and Flux 2.8 render with Helm 4): its charts are rendered with a Helm of that major found on PATH (as `helm`, `helm3` or `helm4`), refused when there is none (default: the first `helm` on PATH)."
                    },
                    "url": {
                        "type": "string",
                        "pattern": "^https?://[^\\s]+$",
                        "description": "Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments)."
                    },
                    "preview": {
                        "type": "boolean",
                        "description": "A preview environment that goes away: its GitHub Deployments are transient.",
                        "default": false
                    },
                    "windows": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "allow": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "additionalProperties": false,
                                    "required": [
                                        "cron",
                                        "duration"
                                    ],
                                    "description": "A window: it opens at each time the cron expression names and stays open for the duration.",
                                    "properties": {
                                        "cron": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."
                                        },
                                        "duration": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "How long each window stays open (30m, 8h, 2d)."
                                        },
                                        "timezone": {
                                            "type": "string",
                                            "minLength": 1,
                                            "default": "UTC",
                                            "description": "IANA time zone the cron expression is read in, e.g. Europe/Paris."
                                        }
                                    }
                                },
                                "description": "Promotions land only inside one of these windows."
                            },
                            "deny": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "additionalProperties": false,
                                    "required": [
                                        "cron",
                                        "duration"
                                    ],
                                    "description": "A window: it opens at each time the cron expression names and stays open for the duration.",
                                    "properties": {
                                        "cron": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."
                                        },
                                        "duration": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "How long each window stays open (30m, 8h, 2d)."
                                        },
                                        "timezone": {
                                            "type": "string",
                                            "minLength": 1,
                                            "default": "UTC",
                                            "description": "IANA time zone the cron expression is read in, e.g. Europe/Paris."
                                        }
                                    }
                                },
                                "description": "Promotions never land inside these windows."
                            },
                            "freeze": {
                                "type": "array",
                                "description": "Date ranges (whole days, both included) in which promotions never land.",
                                "items": {
                                    "type": "object",
                                    "additionalProperties": false,
                                    "required": [
                                        "from",
                                        "to"
                                    ],
                                    "properties": {
                                        "from": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "First frozen day, YYYY-MM-DD."
                                        },
                                        "to": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "Last frozen day, YYYY-MM-DD."
                                        },
                                        "timezone": {
                                            "type": "string",
                                            "minLength": 1,
                                            "default": "UTC",
                                            "description": "IANA time zone the days are in, e.g. Europe/Paris."
                                        },
                                        "reason": {
                                            "type": "string",
                                            "description": "Said when the freeze holds a promotion."
                                        }
                                    }
                                }
                            }
                        },
                        "description": "When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused."
                    },
                    "after": {
                        "type": "array",
                        "minItems": 1,
                        "uniqueItems": true,
                        "items": {
                            "type": "string",
                            "minLength": 1
                        },
                        "description": "The fan-in gate: this environment is promoted only from pins (digests, tags and the chart version) every environment listed here runs; a promotion before they all do is refused, naming which lacks which pin."
                    },
                    "registry": {
                        "type": "string",
                        "pattern": "^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$",
                        "description": "The registry this environment's images live in (host[:port], e.g. registry.prod.example): a promotion into it copies each new image by digest from the registry the source environment runs it from — the index, every manifest and blob, and its referrers (cosign signatures and attestations, by the OCI referrers API or the sha256-<hex> tag scheme) — into the same repository path there, reads the copy back, and only then pins it there (the repository written with the digest). Only a digest the source environment runs (or ran) is copied; a failed or partial copy refuses the promotion."
                    },
                    "approval": {
                        "oneOf": [
                            {
                                "type": "object",
                                "additionalProperties": false,
                                "required": [
                                    "teams"
                                ],
                                "properties": {
                                    "teams": {
                                        "type": "array",
                                        "minItems": 1,
                                        "items": {
                                            "type": "string",
                                            "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",
                                            "description": "A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform."
                                        },
                                        "description": "Teams as org/team-slug, e.g. acme/platform."
                                    }
                                }
                            },
                            {
                                "type": "object",
                                "additionalProperties": false,
                                "required": [
                                    "github-environment"
                                ],
                                "properties": {
                                    "github-environment": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "The GitHub Environment whose required reviewers may approve."
                                    }
                                }
                            }
                        ],
                        "description": "The approval gate: a promotion into this environment waits until the promotion pull request into its source environment was approved by a member of one of the teams (org/team), or by a required reviewer of the named GitHub Environment. Without a token it holds."
                    },
                    "hydrate": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "branch": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9._/-]+$",
                                "description": "The environment's active branch (e.g. environment/prod): hydrate-env writes to <branch>-next. Required unless the environment's application: hydrates from source (spec.sourceHydrator), whose syncSource.targetBranch, syncSource.path and hydrateTo.targetBranch are read for branch, path and hydrate-to."
                            },
                            "path": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
                                "description": "GitOps Promoter's activePath (shared active branch): the files go under <path>/ on <branch>-next/<path>, other folders kept byte for byte."
                            },
                            "hydrate-to": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9._/-]+$",
                                "description": "Argo CD Source Hydrator's layout: the branch written (spec.sourceHydrator.hydrateTo.targetBranch, e.g. environments/prod-next) instead of <branch>-next, with the files under path: (syncSource.path) and hydrator.metadata at the root as well."
                            },
                            "layout": {
                                "enum": [
                                    "manifest",
                                    "objects"
                                ],
                                "default": "manifest",
                                "description": "manifest: one manifest.yaml (Argo CD Source Hydrator layout); objects: one file per object, in a stable order."
                            },
                            "secrets": {
                                "enum": [
                                    "refuse",
                                    "drop"
                                ],
                                "default": "refuse",
                                "description": "A Secret in the render: refused, or dropped with a line saying so (never written in clear)."
                            },
                            "promote": {
                                "enum": [
                                    "gitops-promoter",
                                    "lockstep"
                                ],
                                "default": "gitops-promoter",
                                "description": "Who promotes <branch>-next into <branch>: gitops-promoter (or Argo CD; hydrate-env only writes the proposed branch), or lockstep (promote-env with to: this environment opens the pull request <branch>-next -> <branch> through the gates: soak, windows, fan-in, approval)."
                            }
                        },
                        "description": "hydrate-env: write this environment's rendered manifests to <branch>-next in GitOps Promoter's hydrator contract (manifest.yaml or one file per object, and hydrator.metadata)."
                    },
                    "render": {
                        "enum": [
                            "auto",
                            "on",
                            "off"
                        ],
                        "description": "Rendered manifest diffs for this environment (default: the top level's render mode).",
                        "default": "auto"
                    },
                    "validate": {
                        "enum": [
                            "error",
                            "warn",
                            "off"
                        ],
                        "description": "Schema validation of the environment's rendered objects (Kubernetes' schemas for its kube-version, its CRDs, the APIs that version removed): error refuses, warn annotates, off skips (default error when protected, else warn)."
                    },
                    "values-contract": {
                        "enum": [
                            "error",
                            "warn",
                            "off"
                        ],
                        "description": "Keys the environment's values set that no template of its chart, its subcharts or global reads, each named at its line with the nearest key the chart reads: error fails the check, warn annotates, off skips (default the top's values-contract, else error when protected, else warn)."
                    },
                    "values-drift": {
                        "enum": [
                            "error",
                            "warn",
                            "off"
                        ],
                        "description": "A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn)."
                    },
                    "auto-merge": {
                        "type": "boolean",
                        "description": "Enable GitHub auto-merge on the pull request (default the target environment's config auto-merge; never for protected targets).",
                        "default": false
                    },
                    "min-soak": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m)."
                    },
                    "wait": {
                        "enum": [
                            "refuse",
                            "draft"
                        ],
                        "description": "A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.",
                        "default": "refuse"
                    }
                }
            }
        },
        "render": {
            "oneOf": [
                {
                    "enum": [
                        "auto",
                        "on",
                        "off"
                    ]
                },
                {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "mode": {
                            "enum": [
                                "auto",
                                "on",
                                "off"
                            ],
                            "default": "auto"
                        },
                        "ignore": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1
                            },
                            "description": "Regular expressions of rendered lines ignored in the diff (counted, not shown)."
                        },
                        "ignore-defaults": {
                            "type": "boolean",
                            "default": true,
                            "description": "Ignore the chart-version churn lines (helm.sh/chart, app.kubernetes.io/version, checksum/* annotations)."
                        },
                        "summarize": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1
                            },
                            "description": "Kinds shown as one line with their size instead of a diff (e.g. CustomResourceDefinition)."
                        },
                        "kube-version": {
                            "type": "string",
                            "minLength": 1,
                            "description": "helm template --kube-version (e.g. 1.31.0)."
                        },
                        "api-versions": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1
                            },
                            "description": "helm template --api-versions, each (e.g. monitoring.coreos.com/v1)."
                        }
                    }
                }
            ],
            "description": "Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below."
        },
        "crds": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "CustomResourceDefinition files or globs (workspace-relative, e.g. crds/**/*.yaml) whose schemas validate the rendered custom resources, besides a chart's crds/ and the CRDs a render holds."
        },
        "fix-window": {
            "type": "string",
            "minLength": 1,
            "description": "lockstep metrics: a fix release (same major and minor, higher patch) counts as the repair of the landing it replaces when it lands within this time after it (30m, 72h, 5d), or when a change it carries has a Lockstep-Fixes: <version> trailer naming the replaced release.",
            "default": "72h"
        },
        "waves": {
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "minItems": 2,
                "uniqueItems": true,
                "items": {
                    "type": "string",
                    "minLength": 1
                }
            },
            "description": "promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit."
        },
        "charts": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error."
        },
        "ignore": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).",
            "default": []
        },
        "changelog": {
            "enum": [
                "auto",
                "required",
                "off"
            ],
            "description": "auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.",
            "default": "auto"
        },
        "chart-registry": {
            "type": "string",
            "pattern": "^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$",
            "description": "OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published."
        },
        "tag-prefix": {
            "type": "string",
            "description": "Prefix of release tags.",
            "default": "v"
        },
        "version-file": {
            "type": "string",
            "minLength": 1,
            "description": "File holding the release version X.Y.Z on one line.",
            "default": ".version"
        },
        "packages": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).",
            "default": []
        },
        "pins": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "files",
                    "names"
                ],
                "properties": {
                    "files": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Glob of files holding the pins."
                    },
                    "table": {
                        "type": "string",
                        "description": "TOML table (dotted) or JSON object path holding the pins."
                    },
                    "names": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "minLength": 1
                        },
                        "minItems": 1,
                        "description": "Dependency names to pin."
                    }
                }
            },
            "description": "Dependency pins set to X.Y.Z at release.",
            "default": []
        },
        "lock-command": {
            "type": "array",
            "items": {
                "type": "string"
            },
            "minItems": 1,
            "description": "argv run in each folder whose pins changed (no shell)."
        },
        "notify-pulls": {
            "type": "boolean",
            "description": "prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place (\"Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)\"). Needs pull-requests: write.",
            "default": false
        },
        "commit-mode": {
            "enum": [
                "git",
                "api"
            ],
            "description": "prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for \"require signed commits\" rulesets.",
            "default": "git"
        }
    }
};

;// CONCATENATED MODULE: ./packages/core/src/config/schema-errors.ts
// The config schema's errors in the user's words, one per line (config.ts's loader says them all at once):
// a key the schema does not know is an unknown key; a value the schema refuses is said with what the
// schema requires there (its description, its allowed values), never as an unknown key. Where the schema
// offers alternatives (`oneOf`: approval by teams or by a GitHub Environment), the one the file's keys
// chose is the one judged: `approval: { teams: [sre] }` breaks the teams form's pattern, not the other's keys.





/** Where users read about the config: a path in this project's repository (the schema ships inside the package, not in theirs). */
const CONFIG_DOCS = 'docs/configuration.md';
/** The YAML path of a schema error (`/environments/0/min-soak` → ['environments', 0, 'min-soak']). */
function pathOf(err) {
    return err.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/**
 * The schema's errors as the user's, one per line: an unknown key before the other errors at its line
 * (ajv lists a oneOf's branches too), in the order of the file.
 */
function schemaErrors(parsed, all, raw) {
    const errors = chosenBranches(all);
    const typos = errors.filter((e) => e.keyword === 'additionalProperties');
    // A mapping with an unknown key is said by that key alone: what it then lacks (`value:` for `values:`) is the typo's echo.
    const typoAt = new Set(typos.map((e) => e.instancePath));
    const ordered = [...typos, ...errors.filter((e) => e.keyword !== 'additionalProperties' && !typoAt.has(e.instancePath))];
    const byLine = new Map();
    for (const err of ordered) {
        const u = schemaError(parsed, err, raw);
        if (!byLine.has(u.line ?? 0))
            byLine.set(u.line ?? 0, u);
    }
    return [...byLine.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/** The branch of the alternative `alt` (a `oneOf`/`anyOf` error) that `err` comes from, if any: `…/oneOf/1/…` → '1'. */
function branchOf(err, alt) {
    const inside = err.instancePath === alt.instancePath || err.instancePath.startsWith(`${alt.instancePath}/`);
    if (!inside || !err.schemaPath.startsWith(`${alt.schemaPath}/`))
        return undefined;
    return err.schemaPath.slice(alt.schemaPath.length + 1).split('/')[0];
}
/**
 * The errors of the alternatives the file chose: where a value breaks every branch of a `oneOf` (approval by
 * `teams` or by `github-environment`), the branch whose keys the value has (no unknown key, no missing one,
 * no wrong type there) is the one meant, and only its errors are said; the others' ("unknown key teams" of
 * the GitHub Environment form) and the `oneOf`'s own are dropped. Where no branch is closer than another,
 * all stand.
 */
function chosenBranches(errors) {
    const dropped = new Set();
    for (const alt of errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
        const branches = new Map();
        for (const err of errors) {
            const b = err === alt ? undefined : branchOf(err, alt);
            if (b !== undefined)
                branches.set(b, [...(branches.get(b) ?? []), err]);
        }
        const shape = (list) => list.filter((e) => e.instancePath === alt.instancePath && ['additionalProperties', 'required', 'type'].includes(e.keyword)).length;
        const scored = [...branches].map(([b, list]) => ({ b, list, n: shape(list) }));
        const best = Math.min(...scored.map((x) => x.n));
        const fits = scored.filter((x) => x.n === best);
        if (scored.length < 2 || fits.length !== 1)
            continue;
        dropped.add(alt);
        for (const x of scored)
            if (x !== fits[0])
                x.list.forEach((e) => dropped.add(e));
    }
    return errors.filter((e) => !dropped.has(e));
}
/** The description the schema gives the value an error is about: its own node's, else the nearest enclosing one's. */
function describedAt(schemaPath) {
    const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
    let node = configSchema;
    const seen = [node];
    for (const p of parts) {
        node =
            node !== null && typeof node === 'object' ? node[p.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
        seen.push(node);
    }
    for (const n of seen.reverse()) {
        const d = n !== null && typeof n === 'object' ? n.description : undefined;
        if (typeof d === 'string')
            return d.replace(/\.$/, '');
    }
    return undefined;
}
/** The value at `path` of the file's data. */
function valueAt(raw, path) {
    return path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), raw);
}
/** A value of a known key that the schema refuses (a pattern, a length, a type): said with what the schema requires there. */
function describedError(parsed, err, raw) {
    const described = err.keyword === 'required' ? undefined : describedAt(err.schemaPath);
    if (described === undefined)
        return undefined;
    const path = pathOf(err);
    const dotted = path.join('.');
    const value = JSON.stringify(valueAt(raw, path)) ?? 'empty';
    // A pattern's own text says nothing a person reads: its description is the rule.
    const rule = err.keyword === 'pattern' ? 'not as the schema requires:' : `which ${err.message ?? 'is invalid'}:`;
    return new src_errors/* UserError */.yo(`'${dotted || '(top level)'}' is ${value}, ${rule} ${described}`, {
        file: parsed.file,
        line: parsed.lineOf(nodeAt(parsed, path)) ?? 1,
        hint: `write it as the schema says (see ${CONFIG_DOCS})`,
    });
}
function schemaError(parsed, err, raw) {
    const path = pathOf(err);
    const where = nodeAt(parsed, path);
    const dotted = path.join('.');
    const docs = `${CONFIG_DOCS} lists every key`;
    if (err.keyword === 'additionalProperties') {
        const key = err.params.additionalProperty;
        let line = parsed.lineOf(where);
        if ((0,dist/* isMap */.jh)(where)) {
            const pair = where.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
            line = parsed.lineOf(pair?.key) ?? line;
        }
        const guess = (0,suggest/* nearest */.p)(key, Object.keys(schemaAt(path)?.properties ?? {}));
        return new src_errors/* UserError */.yo(`unknown key '${dotted ? `${dotted}.` : ''}${key}'`, {
            file: parsed.file,
            line,
            hint: guess ? `did you mean ${guess}? (${docs})` : `remove it or fix its spelling (${docs})`,
        });
    }
    if (err.keyword === 'enum') {
        const allowed = err.params.allowedValues.map(String);
        const value = path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), raw);
        const guess = typeof value === 'string' ? (0,suggest/* nearest */.p)(value, allowed) : undefined;
        return new src_errors/* UserError */.yo(`'${dotted}' is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`, {
            file: parsed.file,
            line: parsed.lineOf(where) ?? 1,
            hint: guess ? `did you mean ${guess}? (see ${CONFIG_DOCS})` : `use one of ${allowed.join(', ')} (see ${CONFIG_DOCS})`,
        });
    }
    // An environment's url: said in words, under the environment's name rather than its index.
    if (err.keyword === 'pattern' && path.length === 3 && path[0] === 'environments' && path[2] === 'url') {
        const env = raw.environments?.[path[1]];
        const value = env?.url;
        const name = typeof env?.name === 'string' ? env.name : String(path[1]);
        return new src_errors/* UserError */.yo(`environment ${name}: url ${JSON.stringify(value)} is not an http:// or https:// address`, {
            file: parsed.file,
            line: parsed.lineOf(where) ?? 1,
            hint: 'write the address the environment is reached at, e.g. https://staging.example.com, without spaces',
        });
    }
    // An environment with neither pin location: said in words, at the environment's line.
    if ((err.keyword === 'required' || err.keyword === 'anyOf') && path.length === 2 && path[0] === 'environments') {
        const env = raw.environments?.[path[1]];
        const missing = err.params.missingProperty;
        const keys = ENVIRONMENT_ONE_OF.pins;
        if (missing === undefined || keys.includes(missing))
            return new src_errors/* UserError */.yo(`environment ${typeof env?.name === 'string' ? env.name : String(path[1])} names none of ${keys
                .map((k) => `${k}:`)
                .join(', ')
                .replace(/, ([^,]*)$/, ' or $1')}`, {
                file: parsed.file,
                line: parsed.lineOf(where) ?? 1,
                hint: 'give its values file (values: charts/myapp/values-prod.yaml), its Kustomize overlay (kustomization: deploy/overlays/prod), or its Flux HelmRelease (helmrelease: apps/prod/release.yaml) or Flux Kustomization (flux-kustomization: clusters/prod/apps.yaml)',
            });
    }
    const described = describedError(parsed, err, raw);
    if (described)
        return described;
    const detail = err.keyword === 'required'
        ? `needs key '${err.params.missingProperty}'`
        : (err.message ?? 'is invalid');
    return new src_errors/* UserError */.yo(`'${dotted || '(top level)'}' ${detail}`, {
        file: parsed.file,
        line: parsed.lineOf(where) ?? 1,
        hint: `see ${CONFIG_DOCS}`,
    });
}
/** The part of the config schema that describes the value at `path` (for the keys valid there). */
function schemaAt(path) {
    let node = configSchema;
    for (const k of path) {
        if (!node)
            return undefined;
        if (typeof k === 'number')
            node = node.items;
        else
            node = node.properties?.[k] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    }
    return node;
}
/**
 * A copy of `raw` without the keys the schema refused: each error's key of its place (the top of the file,
 * an environment, a service) is left out whole (`environments.2.approval` for a bad team in it); a list's
 * items are never removed, so that each path keeps its line.
 */
function withoutRefused(raw, errors) {
    const copy = structuredClone(raw);
    for (const err of errors) {
        const path = pathOf(err);
        if (err.keyword === 'additionalProperties')
            path.push(err.params.additionalProperty);
        // An environment or a service as a whole (a missing name) stays: removing it would move the others' lines.
        const scoped = path[0] === 'environments' || path[0] === 'services';
        if (scoped && path.length < 3)
            continue;
        const place = scoped ? copy[path[0]]?.[path[1]] : copy;
        const key = scoped ? path[2] : path[0];
        if (place !== null && typeof place === 'object' && !Array.isArray(place) && key !== undefined)
            delete place[String(key)];
    }
    return copy;
}

;// CONCATENATED MODULE: ./packages/core/src/text/duration.ts
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function duration_parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const duration_DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
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

;// CONCATENATED MODULE: ./packages/core/src/config/readers.ts
// The readers a config key's declaration names (`reader:` in settings/table-*.ts and config-keys.ts): how the
// loader reads a value that is more than the value as written (a duration, a mapping with defaults), and how
// `lockstep config` shows it again in the file's spelling. The declarations name a reader by its key here
// (config/ imports no settings/: docs/architecture.md); raw.generated.ts lists which key reads through which.


/** The OIDC issuer of GitHub Actions' tokens: the default `verify.attestation.issuer`. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** A duration (30m, 1h30m) read in milliseconds, refused at its line when it is none. */
function duration(text, at, path) {
    const ms = duration_parseDuration(text);
    if (ms === undefined)
        throw new src_errors/* UserError */.yo(`'${at.name(path)}' is '${text}', not a duration`, { file: at.file, line: at.lineOf(path), hint: duration_DURATION_HINT });
    return ms;
}
/** An IANA time zone (UTC when not given), refused at its line when the runtime does not know it. */
function zone(tz, at, path) {
    if (tz === undefined)
        return 'UTC';
    try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return tz;
    }
    catch {
        throw new src_errors/* UserError */.yo(`'${at.name(path)}' is '${tz}', not a time zone`, {
            file: at.file,
            line: at.lineOf(path),
            hint: 'use an IANA time zone name, e.g. UTC or Europe/Paris',
        });
    }
}
/** True for a real calendar day written YYYY-MM-DD. */
function isDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
/** An environment's windows: each duration, time zone and freeze day read strictly (cron expressions are checked where they are parsed, promote/gates). */
function readWindows(w, at) {
    const windows = (kind) => (w[kind] ?? []).map((x, j) => ({
        cron: x.cron,
        duration: x.duration,
        durationMs: duration(x.duration, at, [kind, j, 'duration']),
        timezone: zone(x.timezone, at, [kind, j, 'timezone']),
        line: at.lineOf([kind, j, 'cron']),
    }));
    const freeze = (w.freeze ?? []).map((f, j) => {
        for (const k of ['from', 'to'])
            if (!isDay(f[k]))
                throw new src_errors/* UserError */.yo(`'${at.name(['freeze', j, k])}' is '${f[k]}', not a day`, {
                    file: at.file,
                    line: at.lineOf(['freeze', j, k]),
                    hint: 'write the day as YYYY-MM-DD, e.g. 2026-12-24',
                });
        if (f.from > f.to)
            throw new src_errors/* UserError */.yo(`freeze ${j + 1} of environment ${at.environment} ends (${f.to}) before it starts (${f.from})`, {
                file: at.file,
                line: at.lineOf(['freeze', j, 'to']),
                hint: 'from is the first frozen day, to the last',
            });
        return {
            from: f.from,
            to: f.to,
            timezone: zone(f.timezone, at, ['freeze', j, 'timezone']),
            ...(f.reason !== undefined ? { reason: f.reason } : {}),
        };
    });
    return { allow: windows('allow'), deny: windows('deny'), freeze };
}
/** The top-level `render:` (a mode, or a mapping): defaults applied, each ignore pattern compiled (a bad one refused at its line). */
function readRender(r, at) {
    const raw = typeof r === 'string' ? { mode: r } : (r ?? {});
    for (const [i, pattern] of (raw.ignore ?? []).entries())
        try {
            new RegExp(pattern);
        }
        catch (e) {
            throw new src_errors/* UserError */.yo(`render.ignore: ${JSON.stringify(pattern)} is no regular expression (${e.message})`, {
                file: at.file,
                line: at.lineOf(['ignore', i]),
                hint: 'write a JavaScript regular expression matched against each rendered line, e.g. ^\\s*generation:',
            });
        }
    return {
        ...(raw.mode ? { mode: raw.mode } : {}),
        ignore: raw.ignore ?? [],
        ignoreDefaults: raw['ignore-defaults'] ?? true,
        summarize: raw.summarize ?? [],
        ...(raw['kube-version'] ? { kubeVersion: raw['kube-version'] } : {}),
        apiVersions: raw['api-versions'] ?? [],
    };
}
/** A window as written: its cron, duration and time zone (not the milliseconds or the line read beside them). */
const shownWindow = (w) => ({ cron: w.cron, duration: w.duration, timezone: w.timezone });
/** Every reader a declaration may name, by that name. */
const READERS = {
    /** A duration (min-soak): milliseconds; shown as the file writes one (1h30m). */
    duration: {
        read: (v, at) => (v === undefined ? undefined : duration(v, at, [])),
        show: (ms) => formatDuration(ms).replace(/ /g, ''),
    },
    /** An environment's `windows:`. */
    windows: {
        read: (v, at) => (v ? readWindows(v, at) : undefined),
        show: (w) => ({ allow: w.allow.map(shownWindow), deny: w.deny.map(shownWindow), freeze: w.freeze }),
    },
    /** The top-level `render:`, always read (its defaults filled in); the mode only when the file sets it. */
    render: {
        read: (v, at) => readRender(v, at),
        show: (r) => ({
            ...(r.mode !== undefined ? { mode: r.mode } : {}),
            ignore: r.ignore,
            'ignore-defaults': r.ignoreDefaults,
            summarize: r.summarize,
            ...(r.kubeVersion ? { 'kube-version': r.kubeVersion } : {}),
            'api-versions': r.apiVersions,
        }),
    },
    /** A `verify:` block, the issuer defaulted. */
    verify: {
        read: (v) => {
            if (!v)
                return undefined;
            const a = v.attestation;
            return {
                ...(v.keys ? { keys: v.keys } : {}),
                ...(a ? { attestation: { trustedRoot: a['trusted-root'], issuer: a.issuer ?? GITHUB_ACTIONS_ISSUER, identity: a.identity } } : {}),
            };
        },
        show: (v) => {
            const a = v.attestation;
            return {
                ...(v.keys ? { keys: v.keys } : {}),
                ...(a ? { attestation: { 'trusted-root': a.trustedRoot, issuer: a.issuer, identity: a.identity } } : {}),
            };
        },
    },
    /** `pins:`, each rule as written. */
    pins: {
        read: (v) => v?.map((p) => ({ files: p.files, table: p.table, names: p.names })),
        show: (pins) => pins.map((p) => ({ files: p.files, ...(p.table !== undefined ? { table: p.table } : {}), names: p.names })),
    },
    /** An OCI registry and path (chart-registry): without `oci://` and a trailing slash. */
    'oci-path': {
        read: (v) => (v ? v.replace(/^oci:\/\//, '').replace(/\/$/, '') : undefined),
        show: (v) => v,
    },
};
/** The named reader, for a value not typed by its key. */
const readerOf = (name) => READERS[name];

;// CONCATENATED MODULE: ./packages/core/src/config/names.ts

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
    return new src_errors/* UserError */.yo(`config file ${rel} does not exist${where}`, {
        hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
        cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/text/camel.ts
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel_camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}

;// CONCATENATED MODULE: ./packages/core/src/config/validate.generated.js
// Generated by `npm run settings` (scripts/config-validator.ts) from the settings declarations. Do not edit.
const validate = validate10;
/* harmony default export */ const validate_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://lockstep.dev/schema/lockstep.schema.json","title":"lockstep configuration (.github/lockstep.yml)","type":"object","additionalProperties":false,"properties":{"charts-ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped."},"values-contract":{"enum":["error","warn","off"],"description":"Every environment's values-contract where it sets none: keys its values set that no template of its chart reads (default error for protected environments, warn elsewhere)."},"chart-version-policy":{"enum":["independent","sync"],"description":"independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.","default":"independent"},"services":{"type":"object","description":"Image name -> repository and the key path of its image block in values files.","additionalProperties":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string","minLength":1,"description":"Image repository, e.g. ghcr.io/acme/api."},"values-key":{"type":"string","minLength":1,"description":"Dotted key path of the image block, e.g. services.api.image."},"image-policy":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$","description":"The Flux ImagePolicy (namespace:name) whose image automation markers (# {\"$imagepolicy\": \"namespace:name\"} and its :tag, :name, :digest forms) name the fields holding this image in each environment's pin file and, for an overlay environment, in every file kustomize reads under the overlay's folder (Deployments, a HelmRelease patch's values): promote-env writes those fields, markers kept."},"flux-substitute":{"oneOf":[{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},{"type":"object","additionalProperties":false,"properties":{"image":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},"name":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},"tag":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},"digest":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"}}}],"description":"The spec.postBuild.substitute variables of a flux-kustomization environment holding this image: one name (its value the whole image, repo:tag@sha256:…) or a mapping of image, name, tag, digest to variable names. promote-env writes them where Flux takes them from: the Flux Kustomization’s spec.postBuild.substitute, else the last spec.postBuild.substituteFrom ConfigMap of the repository holding them (a manifest’s data, configMapGenerator literals, an envs: .env file’s line, a files: source’s whole file); a Secret holding one is refused."},"verify":{"type":"object","additionalProperties":false,"properties":{"keys":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."},"attestation":{"type":"object","additionalProperties":false,"required":["trusted-root","identity"],"description":"A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.","properties":{"trusted-root":{"type":"string","minLength":1,"description":"Workspace-relative path of the trusted root (gh attestation trusted-root > file)."},"issuer":{"type":"string","minLength":1,"description":"OIDC issuer of the signing certificate.","default":"https://token.actions.githubusercontent.com"},"identity":{"type":"string","minLength":1,"description":"Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."}}}},"description":"What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."}}}},"verify":{"type":"object","additionalProperties":false,"properties":{"keys":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."},"attestation":{"type":"object","additionalProperties":false,"required":["trusted-root","identity"],"description":"A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.","properties":{"trusted-root":{"type":"string","minLength":1,"description":"Workspace-relative path of the trusted root (gh attestation trusted-root > file)."},"issuer":{"type":"string","minLength":1,"description":"OIDC issuer of the signing certificate.","default":"https://token.actions.githubusercontent.com"},"identity":{"type":"string","minLength":1,"description":"Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."}}}},"description":"What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."},"environments":{"type":"array","description":"Promotion order, first to last.","items":{"type":"object","additionalProperties":false,"required":["name"],"anyOf":[{"required":["values"]},{"required":["kustomization"]},{"required":["helmrelease"]},{"required":["flux-kustomization"]}],"properties":{"name":{"type":"string","minLength":1,"description":"The environment, as promote-env --to names it."},"values":{"type":"string","minLength":1,"description":"Values file of this environment (this or kustomization is required)."},"kustomization":{"type":"string","minLength":1,"description":"Kustomize overlay holding this environment's image pins in its images: list: a kustomization.yaml (.yml, Kustomization), a folder holding one, or an Argo CD Application whose spec.source.kustomize.images holds them."},"application":{"type":"string","description":"ArgoCD Application manifest whose targetRevision is the chart version."},"helmrelease":{"type":"string","description":"Flux HelmRelease (or the kustomize patch of it) this environment deploys, `<file>[#<name>]`: its spec.chart.spec.version is the chart version, its spec.values hold the image pins (unless values names another file)."},"flux-kustomization":{"type":"string","minLength":1,"description":"Flux Kustomization (kustomize.toolkit.fluxcd.io) whose spec.images list holds this environment's image pins, read and written as a Kustomize overlay's images:."},"ocirepository":{"type":"string","description":"Flux OCIRepository the environment's HelmRelease takes its chart from (spec.chartRef), `<file>[#<name>]`: its spec.ref.tag is the chart version."},"protected":{"type":"boolean","description":"Digest-only images, exact chart versions, draft promotion PRs, never auto-merged.","default":false},"kube-version":{"type":"string","pattern":"^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$","description":"The Kubernetes version this environment's cluster runs (e.g. \"1.31\"): its rendered objects are validated for it, and the APIs it no longer serves are refused (default the schemas' own, 1.36)."},"helm-version":{"enum":[3,4],"description":"The Helm major this environment's deployer renders with (3 or 4; Argo CD 3.5 and Flux 2.8 render with Helm 4): its charts are rendered with a Helm of that major found on PATH (as `helm`, `helm3` or `helm4`), refused when there is none (default: the first `helm` on PATH)."},"url":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments)."},"preview":{"type":"boolean","description":"A preview environment that goes away: its GitHub Deployments are transient.","default":false},"windows":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions land only inside one of these windows."},"deny":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions never land inside these windows."},"freeze":{"type":"array","description":"Date ranges (whole days, both included) in which promotions never land.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1,"description":"First frozen day, YYYY-MM-DD."},"to":{"type":"string","minLength":1,"description":"Last frozen day, YYYY-MM-DD."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the days are in, e.g. Europe/Paris."},"reason":{"type":"string","description":"Said when the freeze holds a promotion."}}}}},"description":"When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused."},"after":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"The fan-in gate: this environment is promoted only from pins (digests, tags and the chart version) every environment listed here runs; a promotion before they all do is refused, naming which lacks which pin."},"registry":{"type":"string","pattern":"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$","description":"The registry this environment's images live in (host[:port], e.g. registry.prod.example): a promotion into it copies each new image by digest from the registry the source environment runs it from — the index, every manifest and blob, and its referrers (cosign signatures and attestations, by the OCI referrers API or the sha256-<hex> tag scheme) — into the same repository path there, reads the copy back, and only then pins it there (the repository written with the digest). Only a digest the source environment runs (or ran) is copied; a failed or partial copy refuses the promotion."},"approval":{"oneOf":[{"type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$","description":"A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform."},"description":"Teams as org/team-slug, e.g. acme/platform."}}},{"type":"object","additionalProperties":false,"required":["github-environment"],"properties":{"github-environment":{"type":"string","minLength":1,"description":"The GitHub Environment whose required reviewers may approve."}}}],"description":"The approval gate: a promotion into this environment waits until the promotion pull request into its source environment was approved by a member of one of the teams (org/team), or by a required reviewer of the named GitHub Environment. Without a token it holds."},"hydrate":{"type":"object","additionalProperties":false,"properties":{"branch":{"type":"string","pattern":"^[A-Za-z0-9._/-]+$","description":"The environment's active branch (e.g. environment/prod): hydrate-env writes to <branch>-next. Required unless the environment's application: hydrates from source (spec.sourceHydrator), whose syncSource.targetBranch, syncSource.path and hydrateTo.targetBranch are read for branch, path and hydrate-to."},"path":{"type":"string","pattern":"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$","description":"GitOps Promoter's activePath (shared active branch): the files go under <path>/ on <branch>-next/<path>, other folders kept byte for byte."},"hydrate-to":{"type":"string","pattern":"^[A-Za-z0-9._/-]+$","description":"Argo CD Source Hydrator's layout: the branch written (spec.sourceHydrator.hydrateTo.targetBranch, e.g. environments/prod-next) instead of <branch>-next, with the files under path: (syncSource.path) and hydrator.metadata at the root as well."},"layout":{"enum":["manifest","objects"],"default":"manifest","description":"manifest: one manifest.yaml (Argo CD Source Hydrator layout); objects: one file per object, in a stable order."},"secrets":{"enum":["refuse","drop"],"default":"refuse","description":"A Secret in the render: refused, or dropped with a line saying so (never written in clear)."},"promote":{"enum":["gitops-promoter","lockstep"],"default":"gitops-promoter","description":"Who promotes <branch>-next into <branch>: gitops-promoter (or Argo CD; hydrate-env only writes the proposed branch), or lockstep (promote-env with to: this environment opens the pull request <branch>-next -> <branch> through the gates: soak, windows, fan-in, approval)."}},"description":"hydrate-env: write this environment's rendered manifests to <branch>-next in GitOps Promoter's hydrator contract (manifest.yaml or one file per object, and hydrator.metadata)."},"render":{"enum":["auto","on","off"],"description":"Rendered manifest diffs for this environment (default: the top level's render mode).","default":"auto"},"validate":{"enum":["error","warn","off"],"description":"Schema validation of the environment's rendered objects (Kubernetes' schemas for its kube-version, its CRDs, the APIs that version removed): error refuses, warn annotates, off skips (default error when protected, else warn)."},"values-contract":{"enum":["error","warn","off"],"description":"Keys the environment's values set that no template of its chart, its subcharts or global reads, each named at its line with the nearest key the chart reads: error fails the check, warn annotates, off skips (default the top's values-contract, else error when protected, else warn)."},"values-drift":{"enum":["error","warn","off"],"description":"A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn)."},"auto-merge":{"type":"boolean","description":"Enable GitHub auto-merge on the pull request (default the target environment's config auto-merge; never for protected targets).","default":false},"min-soak":{"type":"string","minLength":1,"description":"Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m)."},"wait":{"enum":["refuse","draft"],"description":"A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.","default":"refuse"}}}},"render":{"oneOf":[{"enum":["auto","on","off"]},{"type":"object","additionalProperties":false,"properties":{"mode":{"enum":["auto","on","off"],"default":"auto"},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Regular expressions of rendered lines ignored in the diff (counted, not shown)."},"ignore-defaults":{"type":"boolean","default":true,"description":"Ignore the chart-version churn lines (helm.sh/chart, app.kubernetes.io/version, checksum/* annotations)."},"summarize":{"type":"array","items":{"type":"string","minLength":1},"description":"Kinds shown as one line with their size instead of a diff (e.g. CustomResourceDefinition)."},"kube-version":{"type":"string","minLength":1,"description":"helm template --kube-version (e.g. 1.31.0)."},"api-versions":{"type":"array","items":{"type":"string","minLength":1},"description":"helm template --api-versions, each (e.g. monitoring.coreos.com/v1)."}}}],"description":"Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below."},"crds":{"type":"array","items":{"type":"string","minLength":1},"description":"CustomResourceDefinition files or globs (workspace-relative, e.g. crds/**/*.yaml) whose schemas validate the rendered custom resources, besides a chart's crds/ and the CRDs a render holds."},"fix-window":{"type":"string","minLength":1,"description":"lockstep metrics: a fix release (same major and minor, higher patch) counts as the repair of the landing it replaces when it lands within this time after it (30m, 72h, 5d), or when a change it carries has a Lockstep-Fixes: <version> trailer naming the replaced release.","default":"72h"},"waves":{"type":"object","additionalProperties":{"type":"array","minItems":2,"uniqueItems":true,"items":{"type":"string","minLength":1}},"description":"promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit."},"charts":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error."},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).","default":[]},"changelog":{"enum":["auto","required","off"],"description":"auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.","default":"auto"},"chart-registry":{"type":"string","pattern":"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$","description":"OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published."},"tag-prefix":{"type":"string","description":"Prefix of release tags.","default":"v"},"version-file":{"type":"string","minLength":1,"description":"File holding the release version X.Y.Z on one line.","default":".version"},"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).","default":[]},"pins":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["files","names"],"properties":{"files":{"type":"string","minLength":1,"description":"Glob of files holding the pins."},"table":{"type":"string","description":"TOML table (dotted) or JSON object path holding the pins."},"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dependency names to pin."}}},"description":"Dependency pins set to X.Y.Z at release.","default":[]},"lock-command":{"type":"array","items":{"type":"string"},"minItems":1,"description":"argv run in each folder whose pins changed (no shell)."},"notify-pulls":{"type":"boolean","description":"prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place (\"Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)\"). Needs pull-requests: write.","default":false},"commit-mode":{"enum":["git","api"],"description":"prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for \"require signed commits\" rulesets.","default":"git"}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
const pattern1 = new RegExp("^[_a-zA-Z][_a-zA-Z0-9]*$", "u");
const pattern6 = new RegExp("^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");
const pattern7 = new RegExp("^https?://[^\\s]+$", "u");
const pattern8 = new RegExp("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "u");
const pattern13 = new RegExp("^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://lockstep.dev/schema/lockstep.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["charts-ignore"] !== undefined){
let data0 = data["charts-ignore"];
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(data1.length < 1){
const err1 = {instancePath:instancePath+"/charts-ignore/" + i0,schemaPath:"#/properties/charts-ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/charts-ignore/" + i0,schemaPath:"#/properties/charts-ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/charts-ignore",schemaPath:"#/properties/charts-ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["values-contract"] !== undefined){
let data2 = data["values-contract"];
if(!(((data2 === "error") || (data2 === "warn")) || (data2 === "off"))){
const err4 = {instancePath:instancePath+"/values-contract",schemaPath:"#/properties/values-contract/enum",keyword:"enum",params:{allowedValues: schema11.properties["values-contract"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["chart-version-policy"] !== undefined){
let data3 = data["chart-version-policy"];
if(!((data3 === "independent") || (data3 === "sync"))){
const err5 = {instancePath:instancePath+"/chart-version-policy",schemaPath:"#/properties/chart-version-policy/enum",keyword:"enum",params:{allowedValues: schema11.properties["chart-version-policy"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.services !== undefined){
let data4 = data.services;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
let data5 = data4[key1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.image === undefined){
const err6 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key2 in data5){
if(!(((((key2 === "image") || (key2 === "values-key")) || (key2 === "image-policy")) || (key2 === "flux-substitute")) || (key2 === "verify"))){
const err7 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.image !== undefined){
let data6 = data5.image;
if(typeof data6 === "string"){
if(data6.length < 1){
const err8 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5["values-key"] !== undefined){
let data7 = data5["values-key"];
if(typeof data7 === "string"){
if(data7.length < 1){
const err10 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5["image-policy"] !== undefined){
let data8 = data5["image-policy"];
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err12 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image-policy",schemaPath:"#/properties/services/additionalProperties/properties/image-policy/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image-policy",schemaPath:"#/properties/services/additionalProperties/properties/image-policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5["flux-substitute"] !== undefined){
let data9 = data5["flux-substitute"];
const _errs21 = errors;
let valid5 = false;
let passing0 = null;
const _errs22 = errors;
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err14 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs24 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
if(!((((key3 === "image") || (key3 === "name")) || (key3 === "tag")) || (key3 === "digest"))){
const err16 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.image !== undefined){
let data10 = data9.image;
if(typeof data10 === "string"){
if(!pattern1.test(data10)){
const err17 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/image",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/image/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/image",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.name !== undefined){
let data11 = data9.name;
if(typeof data11 === "string"){
if(!pattern1.test(data11)){
const err19 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/name",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/name/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/name",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.tag !== undefined){
let data12 = data9.tag;
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
const err21 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/tag",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/tag/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/tag",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.digest !== undefined){
let data13 = data9.digest;
if(typeof data13 === "string"){
if(!pattern1.test(data13)){
const err23 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/digest",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/digest/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/digest",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err26 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data5.verify !== undefined){
let data14 = data5.verify;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
if(!((key4 === "keys") || (key4 === "attestation"))){
const err27 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify",schemaPath:"#/properties/services/additionalProperties/properties/verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.keys !== undefined){
let data15 = data14.keys;
if(Array.isArray(data15)){
if(data15.length < 1){
const err28 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 === "string"){
if(data16.length < 1){
const err29 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys/" + i1,schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys/" + i1,schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.attestation !== undefined){
let data17 = data14.attestation;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17["trusted-root"] === undefined){
const err32 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "trusted-root"},message:"must have required property '"+"trusted-root"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data17.identity === undefined){
const err33 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key5 in data17){
if(!(((key5 === "trusted-root") || (key5 === "issuer")) || (key5 === "identity"))){
const err34 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data17["trusted-root"] !== undefined){
let data18 = data17["trusted-root"];
if(typeof data18 === "string"){
if(data18.length < 1){
const err35 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/trusted-root",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/trusted-root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/trusted-root",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/trusted-root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data17.issuer !== undefined){
let data19 = data17.issuer;
if(typeof data19 === "string"){
if(data19.length < 1){
const err37 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/issuer",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/issuer",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data17.identity !== undefined){
let data20 = data17.identity;
if(typeof data20 === "string"){
if(data20.length < 1){
const err39 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/identity",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/identity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/identity",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/identity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify",schemaPath:"#/properties/services/additionalProperties/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.verify !== undefined){
let data21 = data.verify;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key6 in data21){
if(!((key6 === "keys") || (key6 === "attestation"))){
const err45 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data21.keys !== undefined){
let data22 = data21.keys;
if(Array.isArray(data22)){
if(data22.length < 1){
const err46 = {instancePath:instancePath+"/verify/keys",schemaPath:"#/properties/verify/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(typeof data23 === "string"){
if(data23.length < 1){
const err47 = {instancePath:instancePath+"/verify/keys/" + i2,schemaPath:"#/properties/verify/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/verify/keys/" + i2,schemaPath:"#/properties/verify/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/verify/keys",schemaPath:"#/properties/verify/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data21.attestation !== undefined){
let data24 = data21.attestation;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24["trusted-root"] === undefined){
const err50 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "trusted-root"},message:"must have required property '"+"trusted-root"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data24.identity === undefined){
const err51 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key7 in data24){
if(!(((key7 === "trusted-root") || (key7 === "issuer")) || (key7 === "identity"))){
const err52 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data24["trusted-root"] !== undefined){
let data25 = data24["trusted-root"];
if(typeof data25 === "string"){
if(data25.length < 1){
const err53 = {instancePath:instancePath+"/verify/attestation/trusted-root",schemaPath:"#/properties/verify/properties/attestation/properties/trusted-root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/verify/attestation/trusted-root",schemaPath:"#/properties/verify/properties/attestation/properties/trusted-root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data24.issuer !== undefined){
let data26 = data24.issuer;
if(typeof data26 === "string"){
if(data26.length < 1){
const err55 = {instancePath:instancePath+"/verify/attestation/issuer",schemaPath:"#/properties/verify/properties/attestation/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/verify/attestation/issuer",schemaPath:"#/properties/verify/properties/attestation/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data24.identity !== undefined){
let data27 = data24.identity;
if(typeof data27 === "string"){
if(data27.length < 1){
const err57 = {instancePath:instancePath+"/verify/attestation/identity",schemaPath:"#/properties/verify/properties/attestation/properties/identity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/verify/attestation/identity",schemaPath:"#/properties/verify/properties/attestation/properties/identity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.environments !== undefined){
let data28 = data.environments;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
const _errs71 = errors;
let valid17 = false;
const _errs72 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.values === undefined){
const err61 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/0/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var _valid1 = _errs72 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs73 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.kustomization === undefined){
const err62 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/1/required",keyword:"required",params:{missingProperty: "kustomization"},message:"must have required property '"+"kustomization"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
var _valid1 = _errs73 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs74 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.helmrelease === undefined){
const err63 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/2/required",keyword:"required",params:{missingProperty: "helmrelease"},message:"must have required property '"+"helmrelease"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var _valid1 = _errs74 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs75 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29["flux-kustomization"] === undefined){
const err64 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/3/required",keyword:"required",params:{missingProperty: "flux-kustomization"},message:"must have required property '"+"flux-kustomization"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
var _valid1 = _errs75 === errors;
valid17 = valid17 || _valid1;
}
}
}
if(!valid17){
const err65 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.name === undefined){
const err66 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key8 in data29){
if(!(func2.call(schema11.properties.environments.items.properties, key8))){
const err67 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.name !== undefined){
let data30 = data29.name;
if(typeof data30 === "string"){
if(data30.length < 1){
const err68 = {instancePath:instancePath+"/environments/" + i3+"/name",schemaPath:"#/properties/environments/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/environments/" + i3+"/name",schemaPath:"#/properties/environments/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.values !== undefined){
let data31 = data29.values;
if(typeof data31 === "string"){
if(data31.length < 1){
const err70 = {instancePath:instancePath+"/environments/" + i3+"/values",schemaPath:"#/properties/environments/items/properties/values/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/environments/" + i3+"/values",schemaPath:"#/properties/environments/items/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data29.kustomization !== undefined){
let data32 = data29.kustomization;
if(typeof data32 === "string"){
if(data32.length < 1){
const err72 = {instancePath:instancePath+"/environments/" + i3+"/kustomization",schemaPath:"#/properties/environments/items/properties/kustomization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/environments/" + i3+"/kustomization",schemaPath:"#/properties/environments/items/properties/kustomization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data29.application !== undefined){
if(typeof data29.application !== "string"){
const err74 = {instancePath:instancePath+"/environments/" + i3+"/application",schemaPath:"#/properties/environments/items/properties/application/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data29.helmrelease !== undefined){
if(typeof data29.helmrelease !== "string"){
const err75 = {instancePath:instancePath+"/environments/" + i3+"/helmrelease",schemaPath:"#/properties/environments/items/properties/helmrelease/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data29["flux-kustomization"] !== undefined){
let data35 = data29["flux-kustomization"];
if(typeof data35 === "string"){
if(data35.length < 1){
const err76 = {instancePath:instancePath+"/environments/" + i3+"/flux-kustomization",schemaPath:"#/properties/environments/items/properties/flux-kustomization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/environments/" + i3+"/flux-kustomization",schemaPath:"#/properties/environments/items/properties/flux-kustomization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data29.ocirepository !== undefined){
if(typeof data29.ocirepository !== "string"){
const err78 = {instancePath:instancePath+"/environments/" + i3+"/ocirepository",schemaPath:"#/properties/environments/items/properties/ocirepository/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data29.protected !== undefined){
if(typeof data29.protected !== "boolean"){
const err79 = {instancePath:instancePath+"/environments/" + i3+"/protected",schemaPath:"#/properties/environments/items/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data29["kube-version"] !== undefined){
let data38 = data29["kube-version"];
if(typeof data38 === "string"){
if(!pattern6.test(data38)){
const err80 = {instancePath:instancePath+"/environments/" + i3+"/kube-version",schemaPath:"#/properties/environments/items/properties/kube-version/pattern",keyword:"pattern",params:{pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"+"\""};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/environments/" + i3+"/kube-version",schemaPath:"#/properties/environments/items/properties/kube-version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data29["helm-version"] !== undefined){
let data39 = data29["helm-version"];
if(!((data39 === 3) || (data39 === 4))){
const err82 = {instancePath:instancePath+"/environments/" + i3+"/helm-version",schemaPath:"#/properties/environments/items/properties/helm-version/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["helm-version"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data29.url !== undefined){
let data40 = data29.url;
if(typeof data40 === "string"){
if(!pattern7.test(data40)){
const err83 = {instancePath:instancePath+"/environments/" + i3+"/url",schemaPath:"#/properties/environments/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/environments/" + i3+"/url",schemaPath:"#/properties/environments/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data29.preview !== undefined){
if(typeof data29.preview !== "boolean"){
const err85 = {instancePath:instancePath+"/environments/" + i3+"/preview",schemaPath:"#/properties/environments/items/properties/preview/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data29.windows !== undefined){
let data42 = data29.windows;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key9 in data42){
if(!(((key9 === "allow") || (key9 === "deny")) || (key9 === "freeze"))){
const err86 = {instancePath:instancePath+"/environments/" + i3+"/windows",schemaPath:"#/properties/environments/items/properties/windows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data42.allow !== undefined){
let data43 = data42.allow;
if(Array.isArray(data43)){
const len4 = data43.length;
for(let i4=0; i4<len4; i4++){
let data44 = data43[i4];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.cron === undefined){
const err87 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data44.duration === undefined){
const err88 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key10 in data44){
if(!(((key10 === "cron") || (key10 === "duration")) || (key10 === "timezone"))){
const err89 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data44.cron !== undefined){
let data45 = data44.cron;
if(typeof data45 === "string"){
if(data45.length < 1){
const err90 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data44.duration !== undefined){
let data46 = data44.duration;
if(typeof data46 === "string"){
if(data46.length < 1){
const err92 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data44.timezone !== undefined){
let data47 = data44.timezone;
if(typeof data47 === "string"){
if(data47.length < 1){
const err94 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data42.deny !== undefined){
let data48 = data42.deny;
if(Array.isArray(data48)){
const len5 = data48.length;
for(let i5=0; i5<len5; i5++){
let data49 = data48[i5];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.cron === undefined){
const err98 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data49.duration === undefined){
const err99 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key11 in data49){
if(!(((key11 === "cron") || (key11 === "duration")) || (key11 === "timezone"))){
const err100 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data49.cron !== undefined){
let data50 = data49.cron;
if(typeof data50 === "string"){
if(data50.length < 1){
const err101 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data49.duration !== undefined){
let data51 = data49.duration;
if(typeof data51 === "string"){
if(data51.length < 1){
const err103 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data49.timezone !== undefined){
let data52 = data49.timezone;
if(typeof data52 === "string"){
if(data52.length < 1){
const err105 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data42.freeze !== undefined){
let data53 = data42.freeze;
if(Array.isArray(data53)){
const len6 = data53.length;
for(let i6=0; i6<len6; i6++){
let data54 = data53[i6];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.from === undefined){
const err109 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data54.to === undefined){
const err110 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key12 in data54){
if(!((((key12 === "from") || (key12 === "to")) || (key12 === "timezone")) || (key12 === "reason"))){
const err111 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data54.from !== undefined){
let data55 = data54.from;
if(typeof data55 === "string"){
if(data55.length < 1){
const err112 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data54.to !== undefined){
let data56 = data54.to;
if(typeof data56 === "string"){
if(data56.length < 1){
const err114 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data54.timezone !== undefined){
let data57 = data54.timezone;
if(typeof data57 === "string"){
if(data57.length < 1){
const err116 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data54.reason !== undefined){
if(typeof data54.reason !== "string"){
const err118 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/reason",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/environments/" + i3+"/windows",schemaPath:"#/properties/environments/items/properties/windows/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data29.after !== undefined){
let data59 = data29.after;
if(Array.isArray(data59)){
if(data59.length < 1){
const err122 = {instancePath:instancePath+"/environments/" + i3+"/after",schemaPath:"#/properties/environments/items/properties/after/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
const len7 = data59.length;
for(let i7=0; i7<len7; i7++){
let data60 = data59[i7];
if(typeof data60 === "string"){
if(data60.length < 1){
const err123 = {instancePath:instancePath+"/environments/" + i3+"/after/" + i7,schemaPath:"#/properties/environments/items/properties/after/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/environments/" + i3+"/after/" + i7,schemaPath:"#/properties/environments/items/properties/after/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
let i8 = data59.length;
let j0;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data59[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err125 = {instancePath:instancePath+"/environments/" + i3+"/after",schemaPath:"#/properties/environments/items/properties/after/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i8+" are identical)"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err126 = {instancePath:instancePath+"/environments/" + i3+"/after",schemaPath:"#/properties/environments/items/properties/after/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data29.registry !== undefined){
let data61 = data29.registry;
if(typeof data61 === "string"){
if(!pattern8.test(data61)){
const err127 = {instancePath:instancePath+"/environments/" + i3+"/registry",schemaPath:"#/properties/environments/items/properties/registry/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$"+"\""};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/environments/" + i3+"/registry",schemaPath:"#/properties/environments/items/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data29.approval !== undefined){
let data62 = data29.approval;
const _errs145 = errors;
let valid32 = false;
let passing1 = null;
const _errs146 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.teams === undefined){
const err129 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
for(const key13 in data62){
if(!(key13 === "teams")){
const err130 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data62.teams !== undefined){
let data63 = data62.teams;
if(Array.isArray(data63)){
if(data63.length < 1){
const err131 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
const len8 = data63.length;
for(let i9=0; i9<len8; i9++){
let data64 = data63[i9];
if(typeof data64 === "string"){
if(!pattern9.test(data64)){
const err132 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams/" + i9,schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams/" + i9,schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid2 = _errs146 === errors;
if(_valid2){
valid32 = true;
passing1 = 0;
}
const _errs153 = errors;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62["github-environment"] === undefined){
const err136 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/required",keyword:"required",params:{missingProperty: "github-environment"},message:"must have required property '"+"github-environment"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
for(const key14 in data62){
if(!(key14 === "github-environment")){
const err137 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data62["github-environment"] !== undefined){
let data65 = data62["github-environment"];
if(typeof data65 === "string"){
if(data65.length < 1){
const err138 = {instancePath:instancePath+"/environments/" + i3+"/approval/github-environment",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/properties/github-environment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/environments/" + i3+"/approval/github-environment",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/properties/github-environment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var _valid2 = _errs153 === errors;
if(_valid2 && valid32){
valid32 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid32 = true;
passing1 = 1;
}
}
if(!valid32){
const err141 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
else {
errors = _errs145;
if(vErrors !== null){
if(_errs145){
vErrors.length = _errs145;
}
else {
vErrors = null;
}
}
}
}
if(data29.hydrate !== undefined){
let data66 = data29.hydrate;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key15 in data66){
if(!((((((key15 === "branch") || (key15 === "path")) || (key15 === "hydrate-to")) || (key15 === "layout")) || (key15 === "secrets")) || (key15 === "promote"))){
const err142 = {instancePath:instancePath+"/environments/" + i3+"/hydrate",schemaPath:"#/properties/environments/items/properties/hydrate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data66.branch !== undefined){
let data67 = data66.branch;
if(typeof data67 === "string"){
if(!pattern10.test(data67)){
const err143 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/branch",schemaPath:"#/properties/environments/items/properties/hydrate/properties/branch/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\""};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/branch",schemaPath:"#/properties/environments/items/properties/hydrate/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data66.path !== undefined){
let data68 = data66.path;
if(typeof data68 === "string"){
if(!pattern11.test(data68)){
const err145 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/path",schemaPath:"#/properties/environments/items/properties/hydrate/properties/path/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/path",schemaPath:"#/properties/environments/items/properties/hydrate/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data66["hydrate-to"] !== undefined){
let data69 = data66["hydrate-to"];
if(typeof data69 === "string"){
if(!pattern10.test(data69)){
const err147 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/hydrate-to",schemaPath:"#/properties/environments/items/properties/hydrate/properties/hydrate-to/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\""};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/hydrate-to",schemaPath:"#/properties/environments/items/properties/hydrate/properties/hydrate-to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data66.layout !== undefined){
let data70 = data66.layout;
if(!((data70 === "manifest") || (data70 === "objects"))){
const err149 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/layout",schemaPath:"#/properties/environments/items/properties/hydrate/properties/layout/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.hydrate.properties.layout.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data66.secrets !== undefined){
let data71 = data66.secrets;
if(!((data71 === "refuse") || (data71 === "drop"))){
const err150 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/secrets",schemaPath:"#/properties/environments/items/properties/hydrate/properties/secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.hydrate.properties.secrets.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data66.promote !== undefined){
let data72 = data66.promote;
if(!((data72 === "gitops-promoter") || (data72 === "lockstep"))){
const err151 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/promote",schemaPath:"#/properties/environments/items/properties/hydrate/properties/promote/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.hydrate.properties.promote.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/environments/" + i3+"/hydrate",schemaPath:"#/properties/environments/items/properties/hydrate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data29.render !== undefined){
let data73 = data29.render;
if(!(((data73 === "auto") || (data73 === "on")) || (data73 === "off"))){
const err153 = {instancePath:instancePath+"/environments/" + i3+"/render",schemaPath:"#/properties/environments/items/properties/render/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.render.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data29.validate !== undefined){
let data74 = data29.validate;
if(!(((data74 === "error") || (data74 === "warn")) || (data74 === "off"))){
const err154 = {instancePath:instancePath+"/environments/" + i3+"/validate",schemaPath:"#/properties/environments/items/properties/validate/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.validate.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data29["values-contract"] !== undefined){
let data75 = data29["values-contract"];
if(!(((data75 === "error") || (data75 === "warn")) || (data75 === "off"))){
const err155 = {instancePath:instancePath+"/environments/" + i3+"/values-contract",schemaPath:"#/properties/environments/items/properties/values-contract/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["values-contract"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data29["values-drift"] !== undefined){
let data76 = data29["values-drift"];
if(!(((data76 === "error") || (data76 === "warn")) || (data76 === "off"))){
const err156 = {instancePath:instancePath+"/environments/" + i3+"/values-drift",schemaPath:"#/properties/environments/items/properties/values-drift/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["values-drift"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data29["auto-merge"] !== undefined){
if(typeof data29["auto-merge"] !== "boolean"){
const err157 = {instancePath:instancePath+"/environments/" + i3+"/auto-merge",schemaPath:"#/properties/environments/items/properties/auto-merge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data29["min-soak"] !== undefined){
let data78 = data29["min-soak"];
if(typeof data78 === "string"){
if(data78.length < 1){
const err158 = {instancePath:instancePath+"/environments/" + i3+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/environments/" + i3+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data29.wait !== undefined){
let data79 = data29.wait;
if(!((data79 === "refuse") || (data79 === "draft"))){
const err160 = {instancePath:instancePath+"/environments/" + i3+"/wait",schemaPath:"#/properties/environments/items/properties/wait/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.wait.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data.render !== undefined){
let data80 = data.render;
const _errs180 = errors;
let valid38 = false;
let passing2 = null;
const _errs181 = errors;
if(!(((data80 === "auto") || (data80 === "on")) || (data80 === "off"))){
const err163 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.render.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
var _valid3 = _errs181 === errors;
if(_valid3){
valid38 = true;
passing2 = 0;
}
const _errs182 = errors;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key16 in data80){
if(!((((((key16 === "mode") || (key16 === "ignore")) || (key16 === "ignore-defaults")) || (key16 === "summarize")) || (key16 === "kube-version")) || (key16 === "api-versions"))){
const err164 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data80.mode !== undefined){
let data81 = data80.mode;
if(!(((data81 === "auto") || (data81 === "on")) || (data81 === "off"))){
const err165 = {instancePath:instancePath+"/render/mode",schemaPath:"#/properties/render/oneOf/1/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.render.oneOf[1].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data80.ignore !== undefined){
let data82 = data80.ignore;
if(Array.isArray(data82)){
const len9 = data82.length;
for(let i10=0; i10<len9; i10++){
let data83 = data82[i10];
if(typeof data83 === "string"){
if(data83.length < 1){
const err166 = {instancePath:instancePath+"/render/ignore/" + i10,schemaPath:"#/properties/render/oneOf/1/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/render/ignore/" + i10,schemaPath:"#/properties/render/oneOf/1/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/render/ignore",schemaPath:"#/properties/render/oneOf/1/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data80["ignore-defaults"] !== undefined){
if(typeof data80["ignore-defaults"] !== "boolean"){
const err169 = {instancePath:instancePath+"/render/ignore-defaults",schemaPath:"#/properties/render/oneOf/1/properties/ignore-defaults/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data80.summarize !== undefined){
let data85 = data80.summarize;
if(Array.isArray(data85)){
const len10 = data85.length;
for(let i11=0; i11<len10; i11++){
let data86 = data85[i11];
if(typeof data86 === "string"){
if(data86.length < 1){
const err170 = {instancePath:instancePath+"/render/summarize/" + i11,schemaPath:"#/properties/render/oneOf/1/properties/summarize/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/render/summarize/" + i11,schemaPath:"#/properties/render/oneOf/1/properties/summarize/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/render/summarize",schemaPath:"#/properties/render/oneOf/1/properties/summarize/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data80["kube-version"] !== undefined){
let data87 = data80["kube-version"];
if(typeof data87 === "string"){
if(data87.length < 1){
const err173 = {instancePath:instancePath+"/render/kube-version",schemaPath:"#/properties/render/oneOf/1/properties/kube-version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/render/kube-version",schemaPath:"#/properties/render/oneOf/1/properties/kube-version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data80["api-versions"] !== undefined){
let data88 = data80["api-versions"];
if(Array.isArray(data88)){
const len11 = data88.length;
for(let i12=0; i12<len11; i12++){
let data89 = data88[i12];
if(typeof data89 === "string"){
if(data89.length < 1){
const err175 = {instancePath:instancePath+"/render/api-versions/" + i12,schemaPath:"#/properties/render/oneOf/1/properties/api-versions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/render/api-versions/" + i12,schemaPath:"#/properties/render/oneOf/1/properties/api-versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/render/api-versions",schemaPath:"#/properties/render/oneOf/1/properties/api-versions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
var _valid3 = _errs182 === errors;
if(_valid3 && valid38){
valid38 = false;
passing2 = [passing2, 1];
}
else {
if(_valid3){
valid38 = true;
passing2 = 1;
}
}
if(!valid38){
const err179 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
else {
errors = _errs180;
if(vErrors !== null){
if(_errs180){
vErrors.length = _errs180;
}
else {
vErrors = null;
}
}
}
}
if(data.crds !== undefined){
let data90 = data.crds;
if(Array.isArray(data90)){
const len12 = data90.length;
for(let i13=0; i13<len12; i13++){
let data91 = data90[i13];
if(typeof data91 === "string"){
if(data91.length < 1){
const err180 = {instancePath:instancePath+"/crds/" + i13,schemaPath:"#/properties/crds/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/crds/" + i13,schemaPath:"#/properties/crds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/crds",schemaPath:"#/properties/crds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data["fix-window"] !== undefined){
let data92 = data["fix-window"];
if(typeof data92 === "string"){
if(data92.length < 1){
const err183 = {instancePath:instancePath+"/fix-window",schemaPath:"#/properties/fix-window/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/fix-window",schemaPath:"#/properties/fix-window/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data.waves !== undefined){
let data93 = data.waves;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
for(const key17 in data93){
let data94 = data93[key17];
if(Array.isArray(data94)){
if(data94.length < 2){
const err185 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
const len13 = data94.length;
for(let i14=0; i14<len13; i14++){
let data95 = data94[i14];
if(typeof data95 === "string"){
if(data95.length < 1){
const err186 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/properties/waves/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/properties/waves/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
let i15 = data94.length;
let j1;
if(i15 > 1){
const indices1 = {};
for(;i15--;){
let item1 = data94[i15];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err188 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i15+" are identical)"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
break;
}
indices1[item1] = i15;
}
}
}
else {
const err189 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/waves",schemaPath:"#/properties/waves/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data.charts !== undefined){
let data96 = data.charts;
if(Array.isArray(data96)){
const len14 = data96.length;
for(let i16=0; i16<len14; i16++){
let data97 = data96[i16];
if(typeof data97 === "string"){
if(data97.length < 1){
const err191 = {instancePath:instancePath+"/charts/" + i16,schemaPath:"#/properties/charts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/charts/" + i16,schemaPath:"#/properties/charts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
else {
const err193 = {instancePath:instancePath+"/charts",schemaPath:"#/properties/charts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data.ignore !== undefined){
let data98 = data.ignore;
if(Array.isArray(data98)){
const len15 = data98.length;
for(let i17=0; i17<len15; i17++){
let data99 = data98[i17];
if(typeof data99 === "string"){
if(data99.length < 1){
const err194 = {instancePath:instancePath+"/ignore/" + i17,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/ignore/" + i17,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data.changelog !== undefined){
let data100 = data.changelog;
if(!(((data100 === "auto") || (data100 === "required")) || (data100 === "off"))){
const err197 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/enum",keyword:"enum",params:{allowedValues: schema11.properties.changelog.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data["chart-registry"] !== undefined){
let data101 = data["chart-registry"];
if(typeof data101 === "string"){
if(!pattern13.test(data101)){
const err198 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/pattern",keyword:"pattern",params:{pattern: "^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"},message:"must match pattern \""+"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"+"\""};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data["tag-prefix"] !== undefined){
if(typeof data["tag-prefix"] !== "string"){
const err200 = {instancePath:instancePath+"/tag-prefix",schemaPath:"#/properties/tag-prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data["version-file"] !== undefined){
let data103 = data["version-file"];
if(typeof data103 === "string"){
if(data103.length < 1){
const err201 = {instancePath:instancePath+"/version-file",schemaPath:"#/properties/version-file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/version-file",schemaPath:"#/properties/version-file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data.packages !== undefined){
let data104 = data.packages;
if(Array.isArray(data104)){
const len16 = data104.length;
for(let i18=0; i18<len16; i18++){
let data105 = data104[i18];
if(typeof data105 === "string"){
if(data105.length < 1){
const err203 = {instancePath:instancePath+"/packages/" + i18,schemaPath:"#/properties/packages/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
else {
const err204 = {instancePath:instancePath+"/packages/" + i18,schemaPath:"#/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
else {
const err205 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data.pins !== undefined){
let data106 = data.pins;
if(Array.isArray(data106)){
const len17 = data106.length;
for(let i19=0; i19<len17; i19++){
let data107 = data106[i19];
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.files === undefined){
const err206 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(data107.names === undefined){
const err207 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
for(const key18 in data107){
if(!(((key18 === "files") || (key18 === "table")) || (key18 === "names"))){
const err208 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data107.files !== undefined){
let data108 = data107.files;
if(typeof data108 === "string"){
if(data108.length < 1){
const err209 = {instancePath:instancePath+"/pins/" + i19+"/files",schemaPath:"#/properties/pins/items/properties/files/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/pins/" + i19+"/files",schemaPath:"#/properties/pins/items/properties/files/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data107.table !== undefined){
if(typeof data107.table !== "string"){
const err211 = {instancePath:instancePath+"/pins/" + i19+"/table",schemaPath:"#/properties/pins/items/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data107.names !== undefined){
let data110 = data107.names;
if(Array.isArray(data110)){
if(data110.length < 1){
const err212 = {instancePath:instancePath+"/pins/" + i19+"/names",schemaPath:"#/properties/pins/items/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
const len18 = data110.length;
for(let i20=0; i20<len18; i20++){
let data111 = data110[i20];
if(typeof data111 === "string"){
if(data111.length < 1){
const err213 = {instancePath:instancePath+"/pins/" + i19+"/names/" + i20,schemaPath:"#/properties/pins/items/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/pins/" + i19+"/names/" + i20,schemaPath:"#/properties/pins/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
else {
const err215 = {instancePath:instancePath+"/pins/" + i19+"/names",schemaPath:"#/properties/pins/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
}
else {
const err216 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data["lock-command"] !== undefined){
let data112 = data["lock-command"];
if(Array.isArray(data112)){
if(data112.length < 1){
const err218 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
const len19 = data112.length;
for(let i21=0; i21<len19; i21++){
if(typeof data112[i21] !== "string"){
const err219 = {instancePath:instancePath+"/lock-command/" + i21,schemaPath:"#/properties/lock-command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data["notify-pulls"] !== undefined){
if(typeof data["notify-pulls"] !== "boolean"){
const err221 = {instancePath:instancePath+"/notify-pulls",schemaPath:"#/properties/notify-pulls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data["commit-mode"] !== undefined){
let data115 = data["commit-mode"];
if(!((data115 === "git") || (data115 === "api"))){
const err222 = {instancePath:instancePath+"/commit-mode",schemaPath:"#/properties/commit-mode/enum",keyword:"enum",params:{allowedValues: schema11.properties["commit-mode"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
else {
const err223 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./packages/core/src/config/config.ts






// Made from the settings declarations (`npm run settings`): the file's types, each key's default, the schema.





// Compiled at build time from the schema (`npm run settings`): ajv itself is never loaded at run time.

/** The keys naming the file an environment's pins live in, one of which each environment gives (the declarations' `oneOf: pins`). */
const PIN_FILE_KEYS = ENVIRONMENT_ONE_OF.pins;
/**
 * The file an environment's pins live in, as the config names it: the first of PIN_FILE_KEYS it gives, the
 * resource's `#name` left out (a HelmRelease named in a file of several). Undefined when it gives none.
 */
function pinFileOf(e) {
    const given = { values: e.values, kustomization: e.kustomization, helmrelease: e.helmrelease, 'flux-kustomization': e.fluxKustomization };
    const key = PIN_FILE_KEYS.find((k) => given[k] !== undefined);
    return key === undefined ? undefined : { key, file: given[key].replace(/#.*$/, '') };
}
const DEFAULT_CONFIG_PATH = '.github/lockstep.yml';
/**
 * Loads the shared configuration. A missing default file yields the defaults;
 * a missing file the user named explicitly, invalid YAML, an unknown key or a
 * wrong type is a UserError naming file:line.
 */
function loadConfig(workspace, path) {
    const rel = path && path.trim() !== '' ? path.trim() : DEFAULT_CONFIG_PATH;
    const abs = (0,fs_workspace/* resolveInside */.LI)(workspace, rel, 'config');
    if (!(0,external_node_fs_.existsSync)(abs)) {
        // .yml for .yaml and back: the one that exists is most likely the one meant (also for the default path,
        // so a .github/lockstep.yaml is never silently ignored).
        const other = otherConfigExtension(rel);
        if (other !== undefined && (0,external_node_fs_.existsSync)((0,fs_workspace/* resolveInside */.LI)(workspace, other, 'config')))
            throw siblingConfigError(rel, other);
        if (path && path.trim() !== '' && rel !== DEFAULT_CONFIG_PATH)
            throw new src_errors/* UserError */.yo(`config file ${rel} does not exist`, { hint: (0,src_errors/* words */.aL) `fix ${(0,src_errors/* theInput */.y8)('config')} or create the file` });
        return parseConfigText('', undefined);
    }
    if (!(0,external_node_fs_.statSync)(abs).isFile())
        throw new src_errors/* UserError */.yo(`config ${rel} is not a file`, { hint: 'name the YAML file, e.g. .github/lockstep.yml' });
    return parseConfigText((0,external_node_fs_.readFileSync)(abs, 'utf8'), rel);
}
/**
 * Parses and validates configuration text; exported for tests. A text js-yaml reads as the yaml package does
 * (yaml/plain-document.ts) and the schema accepts is read from js-yaml's data and lines, and the yaml package's
 * tree is built only if a line the events cannot place is asked for: at 300 services and 100 environments
 * (40 KB) that tree cost ~90 ms of every command. Any other text, and any config that is refused, is read
 * by the yaml package as before, so every error and its line are the ones it gives.
 */
function parseConfigText(text, file) {
    const body = stripBom(text);
    const quick = plainDocument(body);
    if (quick !== undefined) {
        const data = (quick.data ?? {});
        if (typeof data === 'object' && !Array.isArray(data) && validate(data)) {
            try {
                return readConfig(data, plainSource(quick, body, file), file);
            }
            catch (e) {
                if (!(e instanceof src_errors/* UserError */.yo) && !(e instanceof src_errors/* UserErrors */.tQ))
                    throw e;
                // Refused: read again below, by the yaml package, which says where.
            }
        }
    }
    const parsed = parseYaml(body, file ?? DEFAULT_CONFIG_PATH);
    const raw = (parsed.doc.toJS() ?? {});
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new src_errors/* UserError */.yo('the configuration must be a mapping of keys', { file, line: 1, hint: `see ${CONFIG_DOCS}` });
    // Every problem at once, each at its line (a new config should not take a round per typo): the schema's,
    // then what reading the values finds (a duration, a time zone), sorted by line.
    // Of a oneOf's branches, the one the file chose (schema-errors.ts): the others' errors are no mistake of the file.
    const errors = validate(raw) ? [] : chosenBranches(validate.errors ?? []);
    const problems = schemaErrors(parsed, errors, raw);
    // The rest of the file is read without the values the schema refused (the whole key of its place), so that
    // reading says what else is wrong and the checks after the loader (`lockstep config`) run on what is left.
    let read;
    try {
        read = readConfigAll(problems.length > 0 ? withoutRefused(raw, errors) : raw, treeSource(parsed), file);
    }
    catch (e) {
        // A value of the wrong type the schema refused can break reading it: the schema's errors say it.
        if (problems.length === 0)
            throw e;
    }
    // What reading says of a mapping with an unknown key, at the mapping's own line or its key's, is that typo's
    // echo (`verify: { key: … }` reads as empty); what it finds deeper inside stands.
    const typoLines = new Set(errors
        .filter((err) => err.keyword === 'additionalProperties' && err.instancePath !== '')
        .map((err) => parsed.lineOf(nodeAt(parsed, pathOf(err))))
        .flatMap((line) => (line === undefined ? [] : [line - 1, line])));
    const echo = (p) => p.line !== undefined && typoLines.has(p.line);
    const all = [...problems, ...(read?.problems ?? []).filter((p) => !echo(p))].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (all.length === 0 && read)
        return read.config;
    const refused = all.length === 1 ? all[0] : new src_errors/* UserErrors */.tQ(all);
    if (read)
        partials.set(refused, read.config);
    throw refused;
}
/** What a refused config still says, by the error that refused it (configOfRefusal). */
const partials = new WeakMap();
/**
 * The Config a refused file still gives, without the values refused (the keys the schema refused are left
 * out; what reading refused, as if the file left it out): `lockstep config` runs the checks of every
 * command on it, so that every mistake of the file is said in one run. Undefined for any other error.
 */
function configOfRefusal(e) {
    return e !== null && typeof e === 'object' ? partials.get(e) : undefined;
}
/** The yaml package's tree as a ConfigSource. */
function treeSource(parsed) {
    return {
        lineOf: (path) => parsed.lineOf(nodeAt(parsed, path)),
        raw: () => (parsed.doc.toJS() ?? {}),
    };
}
/** js-yaml's reading as a ConfigSource: a line its events do not place is asked of the yaml package's tree, built then, once. */
function plainSource(quick, body, file) {
    let tree;
    return {
        lineOf: (path) => {
            const line = quick.lineOf(path);
            if (line !== UNKNOWN)
                return line;
            tree ??= parseYaml(body, file ?? DEFAULT_CONFIG_PATH);
            return tree.lineOf(nodeAt(tree, path));
        },
        raw: () => plainDocument(body)?.data ?? {},
    };
}
/** The Config a schema-valid raw config holds, each value read strictly (a bad one refused at its line). */
function readConfig(r, source, file) {
    const { config, problems } = readConfigAll(r, source, file);
    (0,src_errors/* throwAll */.Kx)(problems);
    return config;
}
/** What `f` gives, or `otherwise` with the user errors it threw kept in `problems` (every problem of a file at once). */
function gathered(problems, f, otherwise) {
    try {
        return f();
    }
    catch (e) {
        if (e instanceof src_errors/* UserErrors */.tQ)
            problems.push(...e.errors);
        else if (e instanceof src_errors/* UserError */.yo)
            problems.push(e);
        else
            throw e;
        return otherwise;
    }
}
/** A protected environment's promotions are draft pull requests merged by a person: auto-merge there contradicts it. */
function autoMergeProtected(r, source, file) {
    return (r.environments ?? []).flatMap((e, i) => e.protected === true && e['auto-merge'] === true
        ? [
            new src_errors/* UserError */.yo(`environment ${String(e.name)} is protected and sets auto-merge: true`, {
                file,
                line: source.lineOf(['environments', i, 'auto-merge']) ?? 1,
                hint: 'protected promotions are draft pull requests merged by a person: remove auto-merge or protected',
            }),
        ]
        : []);
}
/** readConfig's Config and every problem reading found (a value read as if the file left it out when refused). */
function readConfigAll(r, source, file) {
    const problems = autoMergeProtected(r, source, file);
    // The declarations' defaults (settings/table-*.ts, config-keys.ts), for the keys the Config always holds; the keys an
    // input overrides with its own precedence (notify-pulls, commit-mode, wait …) stay undefined: resolveSettings defaults them.
    const top = TOP_DEFAULTS;
    const lineOf = (path) => source.lineOf(path) ?? 1;
    const config = {
        file,
        versionFile: r['version-file'] ?? top['version-file'],
        tagPrefix: r['tag-prefix'] ?? top['tag-prefix'],
        ...(r['notify-pulls'] !== undefined ? { notifyPulls: r['notify-pulls'] } : {}),
        charts: r.charts,
        ...(r['charts-ignore'] ? { chartsIgnore: r['charts-ignore'] } : {}),
        ignore: r.ignore ?? [...top.ignore],
        chartVersionPolicy: r['chart-version-policy'] ?? top['chart-version-policy'],
        changelog: r.changelog ?? top.changelog,
        packages: r.packages ?? [...top.packages],
        lockCommand: r['lock-command'],
        commitMode: r['commit-mode'],
        services: Object.fromEntries(Object.entries(r.services ?? {}).map(([k, v]) => [
            k,
            {
                image: v.image,
                valuesKey: v['values-key'],
                ...(v['image-policy'] !== undefined ? { imagePolicy: v['image-policy'] } : {}),
                ...(v['flux-substitute'] !== undefined ? { fluxSubstitute: v['flux-substitute'] } : {}),
                ...gathered(problems, () => readKeys(v, SERVICE_READERS, {}, { file, path: ['services', k], lineOf }), readKeys({}, SERVICE_READERS, {}, { file, path: ['services', k], lineOf })),
            },
        ])),
        environments: (r.environments ?? []).map((e, i) => ({
            name: e.name,
            ...(e.values !== undefined ? { values: e.values } : {}),
            ...(e.kustomization !== undefined ? { kustomization: e.kustomization } : {}),
            application: e.application,
            ...(e.helmrelease !== undefined ? { helmrelease: e.helmrelease } : {}),
            ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}),
            ...(e['flux-kustomization'] !== undefined ? { fluxKustomization: e['flux-kustomization'] } : {}),
            ...(e['auto-merge'] !== undefined ? { autoMerge: e['auto-merge'] } : {}),
            protected: e.protected ?? ENVIRONMENT_DEFAULTS.protected,
            ...(e['values-drift'] ? { valuesDrift: e['values-drift'] } : {}),
            ...(e.render ? { render: e.render } : {}),
            ...(e.url !== undefined ? { url: e.url } : {}),
            ...(e.preview ? { preview: true } : {}),
            ...gathered(problems, () => readKeys(e, ENVIRONMENT_READERS, ENVIRONMENT_DEFAULTS, {
                file,
                path: ['environments', i],
                name: ['environments', e.name],
                environment: e.name,
                lineOf,
            }), readKeys({}, ENVIRONMENT_READERS, ENVIRONMENT_DEFAULTS, { file, path: ['environments', i], lineOf })),
        })),
        ...(r.waves ? { waves: r.waves } : {}),
        // chart-registry, pins, verify, render: each through the reader its declaration names.
        ...gathered(problems, () => readKeys(r, TOP_READERS, top, { file, path: [], lineOf }), readKeys({}, TOP_READERS, top, { file, path: [], lineOf })),
    };
    // A declared key the loader does not read above (one added with its input: docs/adding-a-setting.md) is carried as written
    // under its camel-case name, where resolveSettings reads it; the schema let through declared keys only.
    unnamedKeys(r, config);
    for (const [i, e] of (r.environments ?? []).entries())
        unnamedKeys(e, config.environments[i]);
    if (file)
        sources.set(config, source);
    gathered(problems, () => duplicateEnvironment(config, source), undefined);
    gathered(problems, () => emptyVerify(r, source, file), undefined);
    return { config, problems };
}
/** Each key of `raw` whose camel-case field `into` lacks, copied as written (`notify-pulls` → `notifyPulls`). */
function unnamedKeys(raw, into) {
    for (const [key, value] of Object.entries(raw))
        if (value !== undefined && !(camel_camel(key) in into))
            into[camel_camel(key)] = value;
}
/**
 * The keys of a place whose declaration names a reader (raw.generated.ts's `*_READERS`), each read by it under
 * its field name (`min-soak` → `minSoak`); a key given nothing (unset, no default) stays out.
 */
function readKeys(raw, readers, defaults, place) {
    const out = {};
    for (const [key, reader] of Object.entries(readers)) {
        const at = {
            file: place.file,
            lineOf: (path) => place.lineOf([...place.path, key, ...path]),
            name: (path) => [...(place.name ?? place.path), key, ...path].join('.'),
            environment: place.environment,
        };
        const given = raw[key] ?? defaults[key];
        const value = readerOf(reader).read(given, at);
        if (value !== undefined)
            out[camel_camel(key)] = value;
    }
    return out;
}
/**
 * A `verify:` that verifies nothing is refused at its line: the top level's
 * `{}`, and a service's `{}` where no top-level policy is there to turn off
 * (a service's `{}` under a top-level policy is its opt-out, reported where
 * the digest is written). Every other shape the schema allows names keys (at
 * least one) or an attestation (trusted root and identity), which must pass.
 */
function emptyVerify(r, source, file) {
    const empty = (v) => v !== undefined && !v.keys && !v.attestation;
    if (empty(r.verify))
        throw new src_errors/* UserError */.yo("'verify' is empty: it verifies nothing, and unsigned images would be written", {
            file,
            line: source.lineOf(['verify']) ?? 1,
            hint: 'list cosign public keys under verify.keys or an attestation under verify.attestation, or remove verify:',
        });
    if (r.verify)
        return;
    for (const [name, v] of Object.entries(r.services ?? {}))
        if (empty(v.verify))
            throw new src_errors/* UserError */.yo(`'services.${name}.verify' is empty and there is no top-level verify: to turn off: it verifies nothing`, {
                file,
                line: source.lineOf(['services', name, 'verify']) ?? 1,
                hint: 'give keys or an attestation to verify this service, or remove its verify:',
            });
}
/**
 * The line of a service's `verify: {}` when it turns the top-level policy off
 * for that service (its digests are then written unverified), else undefined.
 */
function verifyOptOut(config, service) {
    const own = config.services[service]?.verify;
    if (!config.verify || !own || own.keys?.length || own.attestation)
        return undefined;
    return { file: config.file, line: configLine(config, ['services', service, 'verify']) };
}
/** The `verify:` that applies to a service: its own, else the top level's; undefined when nothing is to be verified. */
function verifyFor(config, service) {
    const v = config.services[service]?.verify ?? config.verify;
    return v && (v.keys?.length || v.attestation) ? v : undefined;
}
/** An environment name listed twice is refused at its second line (every action reads the list in order). */
function duplicateEnvironment(config, source) {
    const first = new Map();
    config.environments.forEach((e, i) => {
        const earlier = first.get(e.name);
        if (earlier !== undefined) {
            const line = source.lineOf(['environments', i, 'name']);
            const firstLine = source.lineOf(['environments', earlier, 'name']);
            throw new src_errors/* UserError */.yo(`environment '${e.name}' appears twice${firstLine ? ` (first on line ${firstLine})` : ''}`, {
                file: config.file,
                line,
                hint: 'list each environment once, in promotion order',
            });
        }
        first.set(e.name, i);
    });
}
// Kept beside the Config rather than in it, so the Config stays a plain value.
const sources = new WeakMap();
/** The file's keys as written, before any default (undefined without a file): for keys the Config does not name. */
function rawConfig(config) {
    return sources.get(config)?.raw();
}
/**
 * The 1-based line of a config value (`['environments', 2, 'values']`), for
 * errors about what it names; undefined without a file or such a key.
 */
function configLine(config, path) {
    return sources.get(config)?.lineOf(path);
}

;// CONCATENATED MODULE: ./packages/core/src/text/pem.ts
// What a PEM text says of itself by its labels, read without parsing the key: the config check
// (settings/validate.ts) and the verifier (registry/) refuse a private key by the same rule.
/** The label of a PEM block that holds a private key (`PRIVATE KEY`, `EC PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY`, …), if the text has one. */
function privateKeyLabel(text) {
    for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,60})-----/g))
        if (/PRIVATE KEY/.test(m[1]))
            return m[1];
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/settings/validate.ts
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
    const { windowErrors } = await Promise.all(/* import() */[__webpack_require__.e(628), __webpack_require__.e(846)]).then(__webpack_require__.bind(__webpack_require__, 8846));
    return config.environments.flatMap((e) => windowErrors(e.name, e.windows, config.file));
};
/** Each `waves:` entry names an environment of the config (with the nearest name when one is close). */
const waveEnvironments = (config) => {
    const names = config.environments.map((e) => e.name);
    return Object.entries(config.waves ?? {}).flatMap(([wave, list]) => list.flatMap((name, k) => names.includes(name)
        ? []
        : [
            new src_errors/* UserError */.yo(`wave '${wave}' names '${name}', which is not an environment${(0,suggest/* didYouMean */.a)(name, names)}`, {
                file: config.file,
                line: configLine(config, ['waves', wave, k]),
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
            const at = { file: config.file, line: configLine(config, [...path, k]) };
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
                    if (!(e instanceof src_errors/* UserError */.yo))
                        throw e;
                    found.push(new src_errors/* UserError */.yo(e.message, { ...at, ...(e.hint ? { hint: e.hint } : {}) }));
                    continue;
                }
            const named = inline ? entry : `${entry}: ${key}`;
            const label = privateKeyLabel(text);
            if (label !== undefined)
                found.push(new src_errors/* UserError */.yo(`${named} is a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it`, {
                    ...at,
                    hint: 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)',
                }));
            else if (!/-----BEGIN [A-Z0-9 ]{1,60}-----/.test(text))
                found.push(new src_errors/* UserError */.yo(`${named} holds no PEM block, so no public key`, {
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
    (0,src_errors/* throwAll */.Kx)(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    return config;
}
/** loadConfig, then every check: what each command reads its config with, before any network request. */
async function loadCheckedConfig(workspace, path) {
    return checkConfig(loadConfig(workspace, path));
}

;// CONCATENATED MODULE: ./packages/core/src/charts/suggest.ts
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

;// CONCATENATED MODULE: ./packages/core/src/charts/selection.ts




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
    return dirs.filter(chartPatternMatcher(choice.entries.map((e) => e.pattern))).sort();
}
/**
 * Every entry that matches no folder of `dirs`, as an error at its config
 * line (or naming its input), with the nearest chart folder as a suggestion.
 * A pattern that selects nothing would silently leave a chart unguarded.
 */
function unmatchedEntries(entries, dirs, hintOf) {
    return entries.flatMap((e) => {
        if (dirs.some(chartPatternMatcher([e.pattern])))
            return [];
        const text = e.written ?? e.pattern;
        // The pattern's likely meaning (`chart/*` → `charts/*`), as the check says it (charts/suggest.ts).
        const folders = [...new Set(dirs.flatMap((d) => d.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))];
        const guess = suggestPattern(normalizePattern(e.pattern), folders, (p) => dirs.some(chartPatternMatcher([p])));
        const hint = hintOf?.(e) ??
            (e.file !== undefined || e.key !== undefined
                ? `${guess ? `did you mean ${guess}? ` : ''}fix \`${e.key ?? 'charts'}:\` in the config (paths or globs relative to the working directory)`
                : (0,src_errors/* words */.aL) `${guess ? `did you mean ${guess}? ` : ''}fix ${(0,src_errors/* theInput */.y8)(e.input ?? 'charts')} (paths or globs relative to working-directory)`);
        return [
            new src_errors/* UserError */.yo(`chart '${text}' matches no folder holding a Chart.yaml`, {
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
        throwAll(unmatchedConfigEntries(config, lineOf, findCharts(listChartFiles(workdir))));
}
/** The chart folders of `dirs` that no entry of a `patterns` choice covers and no `charts-ignore:` entry excludes. */
function uncoveredCharts(dirs, choice, ignored) {
    if (choice.kind !== 'patterns')
        return [];
    const covered = chartPatternMatcher(choice.entries.map((e) => e.pattern));
    const ignoredDir = ignored.length > 0 ? chartPatternMatcher(ignored.map((e) => e.pattern)) : () => false;
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

;// CONCATENATED MODULE: ./packages/core/src/http/host-name.ts
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

;// CONCATENATED MODULE: ./packages/core/src/registry/reference.ts

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
    return `${isLoopbackHost(registry) ? 'http' : 'https'}://${registry}`;
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

;// CONCATENATED MODULE: ./packages/core/src/digests/file.ts



function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    return value;
}
/** The file's text: keys sorted at every level, 2-space indent, final newline. */
function formatDigests(file) {
    return `${JSON.stringify(sortKeys(file), null, 2)}\n`;
}
/** The same content on one line, for the `digests` output. */
function digestsOneLine(file) {
    return JSON.stringify(sortKeys(file));
}
/** 1-based line of the first `"name":` key in the text, for error locations. */
function lineOfKey(text, name) {
    const idx = text.indexOf(`${JSON.stringify(name)}`);
    return idx < 0 ? undefined : text.slice(0, idx).split('\n').length;
}
const file_READERS = {
    merge: {
        subject: (file) => file,
        entry: (name, file) => `entry '${name}' in ${file}`,
        hint: "fix or delete the file, or set replace: true to write this run's entries only",
        required: ['digest', 'image', 'sha', 'tag'],
    },
    promote: {
        subject: () => 'the digests file',
        entry: (name) => `entry '${name}'`,
        hint: 'the digests file is JSON written by capture-digests: {"api": {"tag", "digest", "sha", "image"}}',
        required: ['digest'],
    },
};
async function parseDigests(text, file, reader = 'merge') {
    const r = file_READERS[reader];
    const raw = await parseJsonAt(text, file, r.hint, `${r.subject(file)} is not valid JSON`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new src_errors/* UserError */.yo(`${r.subject(file)} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: r.hint });
    const out = {};
    for (const [name, entry] of Object.entries(raw)) {
        const at = { file, line: lineOfKey(text, name) };
        const what = r.entry(name, file);
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new src_errors/* UserError */.yo(`${what} is not an object`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        const e = entry;
        for (const key of r.required)
            if (typeof e[key] !== 'string')
                throw new src_errors/* UserError */.yo(`${what} has no string '${key}'`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        if (!isDigest(e.digest))
            throw new src_errors/* UserError */.yo(`${what} has a malformed digest '${String(e.digest).slice(0, 80)}'`, {
                ...at,
                hint: 'a digest is sha256: followed by 64 hex characters',
            });
        for (const key of ['image', 'sha', 'tag', 'platform'])
            if (e[key] !== undefined && typeof e[key] !== 'string')
                throw new src_errors/* UserError */.yo(`${what} has a non-string '${key}'`, {
                    ...at,
                    hint: 'image, sha, tag and platform (os/arch[/variant]) are strings',
                });
        // The tag lands in a values file and in the log: only the registry's tag grammar passes.
        if (typeof e.tag === 'string' && !/^[\w][\w.-]{0,127}$/.test(e.tag))
            throw new src_errors/* UserError */.yo(`${what} has an invalid tag '${e.tag.slice(0, 80)}'`, {
                ...at,
                hint: 'a tag is letters, digits, "_", "." and "-", at most 128 characters',
            });
        out[name] = e;
    }
    return out;
}
/**
 * Adds `incoming` to `existing` (a matrix job adding its service). An entry
 * already there with another digest is a conflict — a UserError per name —
 * unless `overwrite`; the same digest is simply refreshed.
 * Throws UserError (one conflict) or UserErrors (several).
 */
function mergeDigests(existing, incoming, opts) {
    const errors = [];
    const out = { ...existing };
    for (const [name, entry] of Object.entries(incoming)) {
        const old = existing[name];
        if (old && old.digest !== entry.digest && !opts.overwrite) {
            errors.push(new src_errors/* UserError */.yo(`'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`, {
                file: opts.file,
                line: opts.text ? lineOfKey(opts.text, name) : undefined,
                hint: (0,src_errors/* words */.aL) `give each matrix job its own service name, or ${(0,src_errors/* setting */.Pe)('overwrite', 'true')} to replace it`,
            }));
            continue;
        }
        out[name] = entry;
    }
    (0,src_errors/* throwAll */.Kx)(errors);
    return out;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var log = __webpack_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/text/parts.ts
var parts = __webpack_require__(3491);
;// CONCATENATED MODULE: ./packages/core/src/edits/diff.ts



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
    const pure = pureHunk(a, before, (0,parts/* viewText */.TO)(given), context);
    if (pure)
        return { hunks: [pure] };
    const after = (0,parts/* joinText */._V)(given);
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
        const patch = (0,create/* structuredPatch */.YB)(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
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
    const pure = pureHunk(a, before, (0,parts/* viewText */.TO)(c.after), context);
    if (pure)
        return 3 + pure.lines.length;
    const counted = inPlaceLineCount(a, lines((0,parts/* joinText */._V)(c.after)), context);
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
        if ((0,parts/* sameText */.QV)(c.before, c.after))
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
const logLine = (l) => (0,log/* escapeForLog */.z)(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/edits/transaction.ts






/**
 * The real file system (node:fs, synchronous). A write goes on until every
 * byte is written (a short write that makes no progress is an error, never a
 * truncated file) and is flushed to disk (fsync) before the caller renames the
 * temp file over the target, so a crash cannot leave an empty file behind.
 */
function nodeTxFs(io = external_node_fs_) {
    return {
        readFile(path) {
            try {
                return external_node_fs_.readFileSync(path, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            }
        },
        writeFile(path, data, mode) {
            const fd = io.openSync(path, 'wx', mode ?? 0o644);
            try {
                // Part by part: each part is encoded on its own (one byte per character for ASCII), never joined whole.
                const parts = typeof data === 'string' ? [data] : data;
                let total = 0;
                for (const part of parts)
                    total += Buffer.byteLength(part, 'utf8');
                let written = 0;
                for (const part of parts) {
                    const bytes = Buffer.from(part, 'utf8');
                    let done = 0;
                    while (done < bytes.length) {
                        const n = io.writeSync(fd, bytes, done, bytes.length - done);
                        if (!(n > 0))
                            break;
                        done += n;
                    }
                    written += done;
                    if (done !== bytes.length)
                        break;
                }
                if (written !== total)
                    throw Object.assign(new Error(`short write: ${written} of ${total} bytes`), {
                        code: `short write, ${written} of ${total} bytes`,
                    });
                // The umask may have cleared bits of the original mode; put them back.
                if (mode !== undefined)
                    io.fchmodSync(fd, mode);
                io.fsyncSync(fd);
            }
            finally {
                io.closeSync(fd);
            }
        },
        rename: (from, to) => external_node_fs_.renameSync(from, to),
        unlink: (path) => external_node_fs_.rmSync(path, { force: true }),
        mode(path) {
            try {
                return external_node_fs_.statSync(path).mode & 0o7777;
            }
            catch {
                return undefined;
            }
        },
        access(path) {
            try {
                external_node_fs_.accessSync(path, external_node_fs_.constants.W_OK);
            }
            catch (e) {
                // A new file only needs its folder, which creating the temp file proves.
                if (e.code !== 'ENOENT')
                    throw e;
            }
        },
    };
}
/** The real file system. */
const realFs = nodeTxFs();
/**
 * Reads every file, runs its updater and its check, all in memory. Throws on
 * the first problem; nothing is written. Files whose text stays the same are
 * left out, so an idempotent re-run plans no change.
 */
function planEdits(workspace, edits, fs = realFs) {
    const changes = [];
    const seen = new Map();
    for (const e of edits) {
        const abs = resolveInside(workspace, e.path, 'file');
        const prior = seen.get(e.path);
        // A second edit of the same file reads the first one's text (joined: edits of a file in parts are one).
        const before = prior ? joinText(prior.after) : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || sameText(after, before))
            continue;
        // The check reads the text whole; no check, no join.
        e.check?.(before, joinText(after));
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => !sameText(c.before, c.after)) };
}
/**
 * Writes every change or none. Each file is written to a temp file in its own
 * folder (same file system, so rename is atomic), keeping the file's mode.
 * Before the first rename every target is checked to be writable; a file
 * whose permission bits allow nobody to write it counts as read-only even for
 * root (a rename would replace it regardless of its bits, which is exactly what
 * `chmod a-w` asks us not to do). If a rename fails midway, the files already
 * replaced get their old text back.
 */
function commitChanges(workspace, changes, fs = realFs) {
    const staged = [];
    const cleanup = () => {
        for (const s of staged) {
            try {
                fs.unlink(s.tmp);
            }
            catch {
                // best effort: a leftover temp file is reported by the error below
            }
        }
    };
    try {
        for (const change of changes) {
            const abs = (0,fs_workspace/* resolveInside */.LI)(workspace, change.path, 'file');
            const mode = fs.mode(abs);
            if (change.before !== undefined && mode === undefined)
                throw new src_errors/* UserError */.yo(`${change.path} disappeared while planning`, { file: change.path, hint: 'run again' });
            if (mode !== undefined && (mode & 0o222) === 0)
                throw new src_errors/* UserError */.yo(`${change.path} is read-only`, {
                    file: change.path,
                    hint: 'make it writable (chmod u+w) or leave it out; nothing was written',
                });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new src_errors/* UserError */.yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
            const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(abs), `.${(0,external_node_path_.basename)(abs)}.lockstep-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new src_errors/* UserError */.yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
        }
    }
    catch (e) {
        cleanup();
        throw e;
    }
    const done = [];
    for (const s of staged) {
        try {
            fs.rename(s.tmp, s.abs);
            done.push(s);
        }
        catch (e) {
            const restoreFailures = restore(done, fs);
            cleanup();
            const detail = restoreFailures.length > 0 ? `; could not restore ${restoreFailures.join(', ')}` : '; the files already written were restored';
            throw new src_errors/* UserError */.yo(`${s.change.path} could not be replaced (${e.code ?? 'error'})${detail}`, {
                file: s.change.path,
                hint: 'fix the file system problem and run again',
            });
        }
    }
}
function restore(done, fs) {
    const failed = [];
    for (const d of [...done].reverse()) {
        try {
            if (d.change.before === undefined)
                fs.unlink(d.abs);
            else {
                const tmp = `${d.abs}.lockstep-restore-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
                try {
                    fs.writeFile(tmp, d.change.before, fs.mode(d.abs));
                    fs.rename(tmp, d.abs);
                }
                catch (e) {
                    // The restore copy must not be left behind beside the file it failed to restore.
                    try {
                        fs.unlink(tmp);
                    }
                    catch {
                        // reported below as a file that could not be restored
                    }
                    throw e;
                }
            }
        }
        catch {
            failed.push(d.change.path);
        }
    }
    return failed;
}
/** Plans and, unless `dryRun`, commits: the usual plan → check → write sequence. */
function applyEdits(workspace, edits, opts = {}) {
    const plan = planEdits(workspace, edits, opts.fs);
    if (!opts.dryRun)
        commitChanges(workspace, plan.changes, opts.fs);
    return plan;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/core/src/git/nul-records.ts
/**
 * Splits a byte stream at NUL bytes as it arrives (`git … -z` output): each
 * record is handed over whole, once its NUL has come, so a record cut
 * between two chunks (in the middle of a multi-byte character too) is joined
 * before anyone decodes it. A NUL byte is never part of another UTF-8
 * character, so splitting bytes there is splitting the text there. After the
 * last chunk, `end` hands over what follows the last NUL (possibly nothing):
 * the records are exactly the pieces of `text.split('\0')`.
 */
class nul_records_NulRecords {
    onRecord;
    /** The start of the record being read, when it began in an earlier chunk. */
    pending = [];
    constructor(onRecord) {
        this.onRecord = onRecord;
    }
    push(chunk) {
        let from = 0;
        for (let at = chunk.indexOf(0); at !== -1; at = chunk.indexOf(0, from)) {
            const piece = chunk.subarray(from, at);
            from = at + 1;
            if (this.pending.length === 0) {
                this.onRecord(piece);
                continue;
            }
            this.pending.push(piece);
            const record = Buffer.concat(this.pending);
            this.pending = [];
            this.onRecord(record);
        }
        if (from < chunk.length)
            this.pending.push(chunk.subarray(from));
    }
    end() {
        const rest = Buffer.concat(this.pending);
        this.pending = [];
        this.onRecord(rest);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/spawn.ts





/** The environment every git process lockstep starts runs with: no prompt, C locale, no optional locks. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
/**
 * Put before the arguments of every git process lockstep starts: no hook
 * (`core.hooksPath` in the checkout's or the user's config, e.g. a
 * reference-transaction hook that runs on fetch) and no fsmonitor command
 * runs while the job's token is in git's environment. Command-line config
 * wins over every config file; a local-path remote's own side drops it
 * (git clears GIT_CONFIG_PARAMETERS there), so a server's hooks still run.
 */
const GIT_NO_HOOKS = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
/**
 * How every `git fetch` lockstep runs begins: the fetch, and no `git
 * maintenance run --auto` after it. An action's fetch brings a few commits
 * into a checkout that lives for one job; the maintenance git would start
 * afterwards (a repack, a commit-graph write) costs the job time and keeps
 * the workspace busy for nothing. It is said with the `maintenance.auto`
 * setting (git 2.29+, the release that brought `git maintenance`), not
 * fetch's `--no-auto-maintenance` option of the same release: a git older
 * than 2.29 refuses an option it does not know, which would fail every
 * fetch, while it ignores a setting it does not know.
 */
const GIT_FETCH = ['-c', 'maintenance.auto=false', 'fetch'];
/**
 * How a shallow clone is deepened when more of its history is needed (a merge
 * base, a pin's soak time): this many commits more behind its boundary, in
 * turn, before the rest of it is fetched.
 */
const DEEPEN_STEPS = (/* unused pure expression or super */ null && ([64, 512, 4096]));
/**
 * A spawner over node:child_process, without the Repo's memo (objects.ts's
 * gitSpawner adds it). It is used instead of @actions/exec on purpose: this
 * action's cost is dominated by process start and module loading, and a raw
 * spawn keeps both small.
 */
function spawn_spawnGit(cwd, env = process.env) {
    // Standard output to a pipe, or to a file descriptor (a spool file).
    const start = (args, out = 'pipe') => (0,external_node_child_process_.spawn)('git', [...GIT_NO_HOOKS, ...args], { cwd, env: { ...env, ...GIT_ENV }, stdio: ['ignore', out, 'pipe'] });
    const git = (args) => new Promise((done, fail) => {
        const child = start(args);
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
    });
    git.records = (args, onRecord, signal) => new Promise((done, fail) => {
        if (signal?.aborted)
            return fail(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
        const spool = spoolFile();
        let child;
        try {
            child = start(args, spool ? spool.write : 'pipe');
        }
        catch (e) {
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            throw e;
        }
        finally {
            // git holds its own copy of the write end; a spawn that throws leaves no descriptor open.
            if (spool)
                (0,external_node_fs_.closeSync)(spool.write);
        }
        const records = new nul_records_NulRecords(onRecord);
        let err = '';
        // A reader that throws stops git: the error is the outcome, not an uncaught exception.
        let thrown;
        const read = (step) => {
            if (thrown)
                return;
            try {
                step();
            }
            catch (error) {
                thrown = error instanceof Error ? error : new Error(String(error));
                child.kill();
            }
        };
        const abort = () => read(() => signal.throwIfAborted());
        signal?.addEventListener('abort', abort, { once: true });
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        let code;
        let settled = false;
        const settle = (failure) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', abort);
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            if (failure)
                return fail(failure);
            read(() => records.end());
            if (thrown)
                fail(thrown);
            else
                done({ code: code ?? 1, stderr: err });
        };
        child.on('error', (e) => settle(e));
        if (!spool) {
            child.stdout.on('data', (d) => read(() => records.push(d)));
            child.on('close', (c) => {
                code = c ?? 1;
                settle();
            });
            return;
        }
        // What git has written is read a pipe's worth at a time while the event loop is free; at the end of it,
        // read again a millisecond later, or as soon as git has ended (then to the end of the file).
        let timer;
        const poll = () => {
            timer = undefined;
            if (settled)
                return;
            if (thrown) {
                // Stopped: settled once git has ended.
                if (code !== undefined)
                    settle();
                return;
            }
            const chunk = Buffer.allocUnsafe(SPOOL_CHUNK);
            let n = 0;
            read(() => (n = (0,external_node_fs_.readSync)(spool.read, chunk, 0, chunk.length, null)));
            if (n > 0) {
                read(() => records.push(n === chunk.length ? chunk : chunk.subarray(0, n)));
                setImmediate(poll);
            }
            else if (code !== undefined)
                settle();
            else if (!thrown)
                timer = setTimeout(poll, 1);
        };
        child.on('close', (c) => {
            code = c ?? 1;
            if (timer) {
                clearTimeout(timer);
                poll();
            }
            else if (thrown)
                settle();
        });
        timer = setTimeout(poll, 1);
    });
    return git;
}
/** How much of a spooled output is read at a time: what a pipe holds, so records arrive as they did through one. */
const SPOOL_CHUNK = 64 * 1024;
/**
 * A file for git's output: created in the temp folder by this process alone
 * (exclusive, 0600) and unlinked at once, so nothing is left behind whatever
 * happens; git writes to `write`, the reader reads `read`. Through a pipe, git
 * stops once 64 KiB wait unread, and a run busy with other work (a release
 * checking its files while git walks the commits since the last release)
 * leaves them unread; through a file it writes on. undefined where no such
 * file can be made (or an open file cannot be unlinked, as on Windows): the
 * caller reads a pipe.
 */
function spoolFile() {
    if (process.platform === 'win32')
        return undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
        const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lockstep-git-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
        let write;
        let read;
        try {
            write = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
            read = (0,external_node_fs_.openSync)(path, 'r');
            (0,external_node_fs_.unlinkSync)(path);
            return { write, read };
        }
        catch (e) {
            for (const fd of [write, read])
                if (fd !== undefined)
                    (0,external_node_fs_.closeSync)(fd);
            if (write !== undefined) {
                try {
                    (0,external_node_fs_.rmSync)(path, { force: true });
                }
                catch {
                    // Left for the temp folder's cleaning: the output goes through a pipe.
                }
            }
            if (e.code !== 'EEXIST')
                return undefined;
        }
    }
    return undefined;
}
/**
 * git.records, or, for a spawner without it (a test's wrapper), the whole
 * output read and split the same way.
 */
async function gitRecords(git, args, onRecord, signal) {
    if (git.records)
        return git.records(args, onRecord, signal);
    signal?.throwIfAborted();
    const r = await git(args);
    signal?.throwIfAborted();
    const records = new NulRecords(onRecord);
    records.push(r.stdout);
    records.end();
    return { code: r.code, stderr: r.stderr };
}
/**
 * The one "run git, return its text" helper: stdout as text; a non-zero exit
 * throws with git's message. gitTry is its lenient form.
 */
async function spawn_gitText(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8');
}
/** gitText for a question git may answer by failing (no such remote, ref or repository): trimmed stdout, or undefined. */
async function spawn_gitTry(git, args) {
    const r = await git(args);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/git/commits.ts

/** The commit `ref` names, or undefined when it names none. */
function commitOf(git, ref) {
    return spawn_gitTry(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
}
/** The commit's parents, trailers and message; undefined when there is no such commit. */
async function commitInfo(git, commit) {
    // NUL between the fields: a root commit has no parents, and the output is trimmed. The trailer block is git's parse.
    const out = await spawn_gitTry(git, [
        '-c',
        'trailer.separators=:',
        'show',
        '-s',
        '--format=%P%x00%(trailers:only,unfold)%x00%B',
        '--end-of-options',
        `${commit}^{commit}`,
    ]);
    if (out === undefined)
        return undefined;
    const [parents, trailers, ...message] = out.split('\0');
    return { parents: parents.split(' ').filter(Boolean), trailers, message: message.join('\0') };
}
/** The newest commit up to `commit` that changed `path` (or any of several) (`firstParent`: on the first-parent line only); undefined when none. */
async function lastCommitOf(git, commit, path, firstParent) {
    const args = firstParent
        ? ['log', '-1', '--first-parent', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()]
        : ['log', '-1', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()];
    return (await spawn_gitTry(git, args)) || undefined;
}
/** The first-parent commits up to `commit` that changed `path` (or any of several), newest first, each with its commit time. */
async function firstParentLog(git, commit, path) {
    const out = await spawn_gitTry(git, ['log', '--first-parent', '--format=%H %ct', '--end-of-options', commit, '--', ...[path].flat()]);
    return (out ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha, seconds] = line.split(' ');
        return { sha, time: Number(seconds) * 1000 };
    });
}
/** Every file path in `commit`'s tree (under `dir`, when given); undefined when git cannot list it. */
async function listFiles(git, commit, dir) {
    const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit];
    const r = await git(dir === undefined ? args : [...args, '--', `${dir}/`]);
    return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
}
/** The commits of `from..to` with their subjects, newest first; undefined unless `from` is reachable from `to` here. */
async function commitsBetween(git, from, to) {
    // Only when `from` is reachable from `to` here: in a shallow clone the log would stop early and undercount.
    if ((await git(['merge-base', '--is-ancestor', '--end-of-options', from, to])).code !== 0)
        return undefined;
    const out = await spawn_gitTry(git, ['log', '--format=%H%x00%s', '--end-of-options', `${from}..${to}`]);
    if (out === undefined)
        return undefined;
    return out
        .split('\n')
        .filter((l) => l.includes('\0'))
        .map((l) => ({ sha: l.slice(0, l.indexOf('\0')), subject: l.slice(l.indexOf('\0') + 1) }));
}
/** The key of a range in commitsInRanges' answer. */
const rangeKey = (r) => `${r.from}..${r.to}`;
/**
 * Each range's commits as commitsBetween gives them (newest first; undefined
 * unless `from` is reachable from `to` here), from one shared history walk: a
 * promotion of hundreds of services asks for dozens of ranges between release
 * tags, and a `git log` plus a `merge-base --is-ancestor` per range was most of
 * its time. The walk is one `git log --boundary` from every range's end down to
 * the common ancestor of their starts (`merge-base --octopus`, itself when there
 * is one start); each range is then sorted out here: the commits its end reaches
 * in the walk that its start does not, in the walk's order (git log's own order for the
 * range when commit times rise along the history). No commit of `from..to`
 * can lie below that ancestor (it would be reachable from `from`), so nothing is
 * missed. A range whose end the walk does not hold is asked of git on its own.
 */
async function commitsInRanges(git, ranges) {
    const out = new Map();
    const todo = [...new Map(ranges.map((r) => [rangeKey(r), r])).values()];
    if (todo.length === 0)
        return out;
    const starts = [...new Set(todo.map((r) => r.from))];
    const base = starts.length === 1 ? starts[0] : await spawn_gitTry(git, ['merge-base', '--octopus', '--end-of-options', ...starts]);
    const ends = [...new Set(todo.map((r) => r.to))];
    const args = ['log', '--boundary', '--format=%m%H %P%x00%s', '--end-of-options', ...ends, ...(base ? [`^${base}`] : []), '--'];
    const log = await spawn_gitTry(git, args);
    const walk = log === undefined ? undefined : historyWalk(log);
    for (const r of todo) {
        const found = walk?.range(r.from, r.to);
        out.set(rangeKey(r), found === 'unknown' || walk === undefined ? await commitsBetween(git, r.from, r.to) : found);
    }
    return out;
}
/**
 * The commits of one `git log --boundary --format=%m%H %P%x00%s` walk, and the ranges sorted out of it.
 * Commits are numbered in the log's order and each tip's reach is a byte per commit: a fleet's promotion
 * between two prod environments asks ~40 ranges over a walk of ~19,000 commits, where a set of ids per tip
 * and a scan of every commit per range took ~0.4 s.
 */
function historyWalk(log) {
    // Walked commits (not boundary ones) with their subjects, in the log's order; their parents by number once all are known.
    const shas = [];
    const subjects = [];
    const parentShas = [];
    const boundary = new Set();
    for (const line of log.split('\n')) {
        const nul = line.indexOf('\0');
        if (nul < 0)
            continue;
        const [sha, ...parents] = line.slice(1, nul).split(' ').filter(Boolean);
        if (line[0] === '-')
            boundary.add(sha);
        else {
            shas.push(sha);
            subjects.push(line.slice(nul + 1));
            parentShas.push(parents);
        }
    }
    const number = new Map();
    shas.forEach((sha, i) => number.set(sha, i));
    // Each walked commit's walked parents; each boundary commit's walked children (they reach it).
    const parents = parentShas.map((ps) => ps.flatMap((p) => (number.has(p) ? [number.get(p)] : [])));
    const childrenOf = new Map();
    parentShas.forEach((ps, i) => {
        for (const p of ps) {
            if (!boundary.has(p))
                continue;
            const children = childrenOf.get(p);
            if (children)
                children.push(i);
            else
                childrenOf.set(p, [i]);
        }
    });
    // Every walked commit a tip reaches through walked commits (the tip included), once per tip.
    const reached = new Map();
    const reach = (tip) => {
        let seen = reached.get(tip);
        if (seen)
            return seen;
        seen = new Uint8Array(shas.length);
        const stack = [tip];
        while (stack.length > 0) {
            const i = stack.pop();
            if (seen[i])
                continue;
            seen[i] = 1;
            for (const p of parents[i])
                if (!seen[p])
                    stack.push(p);
        }
        reached.set(tip, seen);
        return seen;
    };
    return {
        range(from, to) {
            const end = number.get(to);
            if (end === undefined)
                return 'unknown';
            const high = reach(end);
            const start = number.get(from);
            // `from` is an ancestor when the walk reaches it, or, below the walk (the common ancestor), a reached commit's parent.
            const ancestor = start !== undefined ? high[start] === 1 : (childrenOf.get(from) ?? []).some((i) => high[i] === 1);
            if (!ancestor)
                return undefined;
            const low = start !== undefined ? reach(start) : undefined;
            const out = [];
            for (let i = 0; i < shas.length; i++)
                if (high[i] === 1 && low?.[i] !== 1)
                    out.push({ sha: shas[i], subject: subjects[i] });
            return out;
        },
    };
}
/** Fetches refspecs from `remote`: quiet, no tags, no FETCH_HEAD. */
function fetchRefs(git, remote, specs) {
    return git([...GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', '--', remote, ...specs]);
}
/** `refs/tags/<tag>` fetched onto itself (forced). */
const tagRefspec = (tag) => `+refs/tags/${tag}:refs/tags/${tag}`;
/**
 * Deepens `branch`'s tracking ref from `remote` by `commits` more behind a shallow clone's boundary, or
 * fetches the rest of its history (`commits` undefined).
 */
function deepenBranch(git, remote, branch, commits) {
    const how = commits === undefined ? '--unshallow' : `--deepen=${commits}`;
    return git([
        ...GIT_FETCH,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        how,
        '--',
        remote,
        `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
    ]);
}
/** A commit object's raw text (`git cat-file commit`); throws when there is none. */
function catCommit(git, sha) {
    return gitText(git, ['cat-file', 'commit', sha]);
}
/** The raw `-z` diff of `sha` against `parent` (whole ids, no renames), as git answered. */
function rawDiffTree(git, parent, sha) {
    return git(['diff-tree', '-r', '-z', '--raw', '--no-renames', '--no-abbrev', '--no-ext-diff', parent, sha, '--']);
}
/** A blob's size in bytes, asked before it is read. */
async function blobSize(git, oid) {
    return Number((await gitText(git, ['cat-file', '-s', oid])).trim());
}
/** A blob's bytes, as git answered. */
function catBlob(git, oid) {
    return git(['cat-file', 'blob', oid]);
}
/** The tree id of a commit `git rev-parse` resolves; throws when it resolves none. */
async function treeIdOf(git, commit) {
    return (await gitText(git, ['rev-parse', `${commit}^{tree}`])).trim();
}
/** The commits after `base` up to `sha` along first parents, oldest first. */
async function firstParentsSince(git, base, sha) {
    const out = await gitText(git, ['rev-list', '--reverse', '--first-parent', '--end-of-options', sha, `^${base}`, '--']);
    return out.split('\n').filter(Boolean);
}
/** The paths `to` changed against `from` (no rename detection). */
async function changedPaths(git, from, to) {
    const paths = await gitText(git, ['diff-tree', '-r', '-z', '--no-renames', '--name-only', '--no-ext-diff', from, to, '--']);
    return paths.split('\0').filter(Boolean);
}
/** The paths of `commit` under `dir`, relative to the repository's top; undefined when git cannot list them. */
async function pathsUnder(git, commit, dir) {
    // --full-tree: the paths are the repository's, as `commit:path` reads them, whatever folder git runs in.
    const r = await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', dir]);
    return r.code === 0
        ? r.stdout
            .toString('utf8')
            .split('\0')
            .filter((p) => p !== '')
        : undefined;
}
/** The subject line of `commit` (`git log -1 --format=%s`), trimmed. */
async function subjectOf(git, commit) {
    return (await gitText(git, ['log', '-1', '--format=%s', commit, '--'])).trim();
}
/** Whether `ancestor` is `commit` or one of its ancestors (false too when git cannot tell, e.g. below a shallow boundary). */
async function isAncestorOf(git, ancestor, commit) {
    return (await git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, commit])).code === 0;
}

;// CONCATENATED MODULE: ./packages/core/src/git/local.ts


// Variables that would point git at another repository, index or identity than the one asked for.
const DROPPED = /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|AUTHOR_\w+|COMMITTER_\w+|CEILING_DIRECTORIES|PREFIX)$/;
/** A LocalGit bound to the git directory `gitDir` (absolute). */
function localGitAt(gitDir, base = process.env) {
    const inherited = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !DROPPED.test(k))
            inherited[k] = v;
    return (args, opts = {}) => new Promise((done, fail) => {
        // Literal pathspecs: a planned path is a file name, never a glob or `:(magic)`.
        const env = {
            ...inherited,
            GIT_DIR: gitDir,
            GIT_TERMINAL_PROMPT: '0',
            LC_ALL: 'C',
            GIT_OPTIONAL_LOCKS: '0',
            GIT_LITERAL_PATHSPECS: '1',
            ...opts.env,
        };
        const child = (0,external_node_child_process_.spawn)('git', [...GIT_NO_HOOKS, ...args], { cwd: gitDir, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        // git may exit before reading all of stdin (an early error): that is reported by the exit code.
        child.stdin.on('error', () => { });
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
        child.stdin.end(opts.input ?? '');
    });
}
/** Runs a LocalGit call and returns trimmed stdout; a non-zero exit throws with git's message. */
async function localText(git, args, opts) {
    const r = await git(args, opts);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8').trim();
}

;// CONCATENATED MODULE: ./packages/core/src/git/repo.ts



const REPO = Symbol('lockstep.repo');
function isRepo(git) {
    return git[REPO] === true;
}
/** `ls-remote --tags` output: tag name → the commit it points at (annotated tags peeled). */
function remoteTagList(text) {
    const out = new Map();
    for (const line of text.split('\n')) {
        const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line);
        // The peeled line (`^{}`) follows the tag object's line and names the commit.
        if (m && (m[3] || !out.has(m[2])))
            out.set(m[2], m[1]);
    }
    return out;
}
/** Memoizes a promise in a map (`fresh`: replaced), forgetting a rejected one so the next caller asks again. */
function once(map, key, ask, fresh = false) {
    let p = fresh ? undefined : map.get(key);
    if (!p) {
        map.set(key, (p = ask()));
        p.catch(() => map.delete(key));
    }
    return p;
}
/**
 * The Repo of a spawner: the spawner itself when it is one, else a Repo
 * around it (a test's fake, a one-off spawner) whose memo lives as long as it.
 */
function repo_asRepo(git) {
    if (isRepo(git))
        return git;
    const memo = { urls: new Map(), heads: new Map(), tags: new Map(), holdsRef: false, fetched: new Set() };
    const askShallow = () => git(['rev-parse', '--is-shallow-repository']).then((r) => r.stdout.toString('utf8').trim() === 'true');
    // A fetch that deepens (or unshallows) may end the clone's shallowness; one with --depth may start it in a
    // complete repository (a shallow one stays shallow). Other fetches and commands leave it as it was.
    const fetched = (args) => {
        if (!args.includes('fetch') || !memo.shallow)
            return;
        if (args.some((a) => a === '--unshallow' || a.startsWith('--deepen') || a.startsWith('--shallow-')))
            memo.shallow = undefined;
        else if (args.some((a) => a.startsWith('--depth')))
            memo.shallow = memo.shallow.then((was) => was || askShallow());
    };
    const run = async (args) => {
        const r = await git(args);
        fetched(args);
        return r;
    };
    const questions = {
        textOr: (args) => spawn_gitTry(run, args),
        isShallow() {
            memo.shallow ??= askShallow();
            return memo.shallow;
        },
        noteShallow(shallow) {
            memo.shallow = Promise.resolve(shallow);
        },
        gitDir() {
            if (!memo.gitDir) {
                const dir = run(['rev-parse', '--absolute-git-dir']).then((r) => {
                    if (r.code !== 0)
                        throw new Error(`git rev-parse --absolute-git-dir failed (exit ${r.code}): ${r.stderr.trim()}`);
                    return r.stdout.toString('utf8').trim();
                });
                memo.gitDir = dir;
                dir.catch(() => {
                    if (memo.gitDir === dir)
                        memo.gitDir = undefined;
                });
            }
            return memo.gitDir;
        },
        async local() {
            return localGitAt(await questions.gitDir());
        },
        remoteUrl: (remote = 'origin', fresh = false) => once(memo.urls, remote, () => spawn_gitTry(run, ['remote', 'get-url', '--', remote]), fresh),
        remoteHead: (remote = 'origin', fresh = false) => once(memo.heads, remote, async () => {
            const out = await spawn_gitTry(run, ['ls-remote', '--symref', '--', remote, 'HEAD']);
            const m = out ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out) : null;
            return m ? m[1] : undefined;
        }, fresh),
        remoteTags: (remote = 'origin') => once(memo.tags, remote, async () => {
            const out = await spawn_gitTry(run, ['ls-remote', '--tags', '--refs', '--', remote]);
            return out === undefined ? undefined : remoteTagList(out);
        }),
        knowRemoteUrl(url, remote = 'origin') {
            memo.urls.set(remote, Promise.resolve(url));
        },
        holdsRef: () => memo.holdsRef,
        noteRef() {
            memo.holdsRef = true;
        },
        tracks: (tracking) => memo.fetched.has(tracking),
        commitOf: (ref) => commitOf(run, ref),
        commitInfo: (commit) => commitInfo(run, commit),
        lastCommit: (commit, path, firstParent = false) => lastCommitOf(run, commit, path, firstParent),
        firstParentLog: (commit, path) => firstParentLog(run, commit, path),
        listFiles: (commit, dir) => listFiles(run, commit, dir),
        commitsBetween: (from, to) => commitsBetween(run, from, to),
        commitsInRanges: (ranges) => commitsInRanges(run, ranges),
        fetchRefs: (remote, specs) => fetchRefs(run, remote, specs),
        fetchTags: (remote, tags) => fetchRefs(run, remote, tags.map(tagRefspec)),
        deepenBranch: (remote, branch, by) => deepenBranch(run, remote, branch, by),
        noteTracked(tracking) {
            memo.holdsRef = true;
            memo.fetched.add(tracking);
        },
    };
    const repo = Object.assign(run, questions, { [REPO]: true });
    if (git.records) {
        const records = git.records;
        repo.records = async (args, onRecord, signal) => {
            const r = await records(args, onRecord, signal);
            fetched(args);
            return r;
        };
    }
    return repo;
}
/** The Repo of the repository at `cwd` (real git, hooks off). */
function openRepo(cwd, env = process.env) {
    return repo_asRepo(spawnGit(cwd, env));
}

;// CONCATENATED MODULE: ./packages/core/src/git/objects.ts


/**
 * A spawner for the repository at `cwd` (real git, hooks off) that is its
 * Repo: what the run learns of the repository is kept with it (git/repo.ts;
 * asRepo gives its typed questions).
 */
function gitSpawner(cwd, env = process.env) {
    return repo_asRepo(spawn_spawnGit(cwd, env));
}
/**
 * Every file of a commit's tree (`git ls-tree -r -z --full-tree`), path →
 * mode and object id. Submodules (mode 160000) are left out: they are not files.
 */
async function listTree(git, commit) {
    const out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
    if (out.code !== 0)
        throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
    return parseLsTree(out.stdout.toString('utf8'));
}
/**
 * Every path of a commit's tree, its object id and which paths are symbolic
 * links, in one `git ls-tree` (mode, id and path: no object type).
 * git older than 2.36 has no `--format`: the full listing then serves.
 */
async function listPathsAndLinks(git, commit) {
    // Each record is `<mode> <id> <path>` (--format), or `<mode> <type> <id>\t<path>` (the full listing).
    let out = await git(['ls-tree', '-r', '-z', '--full-tree', '--format=%(objectmode) %(objectname) %(path)', '--end-of-options', commit]);
    let full = false;
    if (out.code !== 0) {
        out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
        if (out.code !== 0)
            throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
        full = true;
    }
    const paths = new Set();
    const oids = new Map();
    const links = new Map();
    for (const rec of out.stdout.toString('utf8').split('\0')) {
        if (rec === '')
            continue;
        const end = full ? rec.indexOf('\t') : rec.indexOf(' ', rec.indexOf(' ') + 1);
        const oid = rec.slice(rec.lastIndexOf(' ', end - 1) + 1, end);
        const path = rec.slice(end + 1);
        paths.add(path);
        oids.set(path, oid);
        if (rec.startsWith('120000 '))
            links.set(path, oid);
    }
    return { paths, oids, links };
}
/** Parses `ls-tree -r -z` output (`<mode> SP <type> SP <oid> TAB <path> NUL`). */
function parseLsTree(text) {
    const files = new Map();
    for (const rec of text.split('\0')) {
        if (rec === '')
            continue;
        const tab = rec.indexOf('\t');
        const [mode, type, oid] = rec.slice(0, tab).split(' ');
        if (type !== 'blob')
            continue;
        files.set(rec.slice(tab + 1), { mode, oid });
    }
    return files;
}
/** The merge base of two commits, or undefined when none is reachable locally. */
async function mergeBase(git, a, b) {
    const r = await git(['merge-base', '--end-of-options', a, b]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
/**
 * The changes from the merge base of `base` and `head` to `head`, as
 * `git diff --raw base...head` lists them (what a pull request shows).
 * Undefined when git cannot compute it (a commit or the merge base missing).
 */
async function diffSinceMergeBase(git, base, head) {
    const r = await git(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--no-textconv', `${base}...${head}`, '--']);
    return r.code === 0 ? parseRawDiff(r.stdout.toString('utf8')) : undefined;
}
/** Parses `--raw -z` output (`:<old mode> <new mode> <old> <new> <status> NUL <path> NUL`). */
function parseRawDiff(text) {
    const out = [];
    const parts = text.split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const meta = parts[i];
        if (!meta.startsWith(':'))
            break;
        const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(' ');
        out.push({ path: parts[i + 1], status, oldMode, newMode, oldOid, newOid });
    }
    return out;
}
/** The merge base's tree, rebuilt from the head tree by undoing the changes. */
function treeBefore(head, changes) {
    const base = new Map(head);
    for (const c of changes) {
        if (/^0+$/.test(c.oldOid) || c.oldMode === '000000')
            base.delete(c.path);
        else if (c.oldMode !== '160000')
            base.set(c.path, { mode: c.oldMode, oid: c.oldOid });
    }
    return base;
}
/**
 * Paths in a commit whose file is named `fileName` and contains `text`
 * (`git grep -l -F` over the tree, without reading the blobs into this
 * process). Undefined when git cannot search (e.g. the commit is missing).
 */
async function pathsContaining(git, commit, fileName, text) {
    if (commit.startsWith('-'))
        return undefined; // never let a ref be read as an option
    // --full-name: paths from the repository's top, like every other listing, even when run in a subfolder.
    const r = await git(['grep', '-l', '-z', '-F', '--full-name', '--no-color', '-e', text, commit, '--', fileName, `:(glob)**/${fileName}`]);
    if (r.code === 1)
        return [];
    if (r.code !== 0)
        return undefined;
    const prefix = `${commit}:`;
    return r.stdout
        .toString('utf8')
        .split('\0')
        .filter((p) => p !== '')
        .map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p));
}

;// CONCATENATED MODULE: ./packages/core/src/registry/manifest.ts

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/** The Accept header for a manifest request: indexes first, so multi-arch tags answer with the index. */
const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerList, MEDIA_TYPES.dockerManifest].join(', ');
/** True for a multi-platform index (OCI image index or Docker manifest list). */
function isIndexMediaType(mediaType) {
    const mt = (mediaType ?? '').split(';')[0].trim();
    return mt === MEDIA_TYPES.ociIndex || mt === MEDIA_TYPES.dockerList;
}
/** `algorithm:hex` of exactly these bytes. */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/**
 * Checks a digest the registry claimed against the bytes it sent. Returns the
 * digest of the body (in the claimed digest's algorithm, sha256 otherwise) or
 * throws when they differ.
 */
function verifyDigest(body, claimed) {
    const algorithm = claimed && /^sha(256|512):/.test(claimed) ? claimed.slice(0, claimed.indexOf(':')) : 'sha256';
    const actual = digestOf(body, algorithm);
    if (claimed !== undefined && claimed !== actual)
        throw new DigestMismatchError(`the registry said the manifest is ${claimed} but its bytes hash to ${actual}`);
    return actual;
}
class DigestMismatchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DigestMismatchError';
    }
}
function formatPlatform(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/**
 * Picks the manifest for `want` from an index body. Without a requested
 * variant, an entry without a variant (or arm64's default v8) is preferred.
 * Throws with the platforms the index offers when none matches.
 */
function selectPlatform(indexBody, want) {
    let doc;
    try {
        doc = JSON.parse(indexBody.toString('utf8'));
    }
    catch {
        throw new Error('the index is not valid JSON');
    }
    const entries = Array.isArray(doc?.manifests) ? doc.manifests : [];
    const offered = entries.filter((e) => e.platform && typeof e.platform.os === 'string' && typeof e.platform.architecture === 'string' && typeof e.digest === 'string');
    const matches = offered.filter((e) => e.platform.os === want.os &&
        e.platform.architecture === want.architecture &&
        (want.variant === undefined || e.platform.variant === want.variant));
    const pick = matches.find((e) => e.platform.variant === undefined || e.platform.variant === '') ??
        matches.find((e) => want.architecture === 'arm64' && e.platform.variant === 'v8') ??
        matches[0];
    if (!pick) {
        const list = offered.map((e) => formatPlatform({
            os: String(e.platform.os),
            architecture: String(e.platform.architecture),
            variant: e.platform.variant ? String(e.platform.variant) : undefined,
        }));
        throw new PlatformNotFoundError(`platform ${formatPlatform(want)} is not in the index (it has ${list.length ? list.join(', ') : 'no platforms'})`);
    }
    const p = pick.platform;
    return {
        digest: String(pick.digest),
        platform: formatPlatform({
            os: String(p.os),
            architecture: String(p.architecture),
            variant: p.variant ? String(p.variant) : undefined,
        }),
    };
}
class PlatformNotFoundError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlatformNotFoundError';
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/cosign-sign.ts



/** RSA keys shorter than this are refused: such moduli are within reach of factoring. */
const MIN_RSA_BITS = 2048;
// A key-based cosign signature, written the way `cosign sign --key` writes one so that cosign (and
// promote-env's verifier) reads it: the simple-signing payload (sigstore/sigstore pkg/signature/payload:
// {"critical":{"identity":{"docker-reference":…},"image":{"docker-manifest-digest":…},"type":"cosign
// container image signature"},"optional":null}, Go's json.Marshal of that struct, so exactly these bytes),
// signed with the key (ECDSA P-256 over SHA-256 as ASN.1 DER, RSA PKCS#1 v1.5 over SHA-256, or Ed25519 over
// the payload itself), base64 in the layer annotation `dev.cosignproject.cosign/signature`, in an OCI
// image manifest tagged `sha256-<hex>.sig` in the signed artifact's repository (cosign's tag convention).
/** The media type of a simple-signing payload layer. */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** The layer annotation holding the base64 signature. */
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** The tag cosign stores a digest's signatures under: `sha256:abc…` → `sha256-abc….sig`. */
function signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** The simple-signing payload for `repository` (registry/name, no tag) at `digest`, byte for byte as cosign writes it. */
function simpleSigningPayload(repository, digest) {
    const payload = {
        critical: {
            identity: { 'docker-reference': repository },
            image: { 'docker-manifest-digest': digest },
            type: 'cosign container image signature',
        },
        optional: null,
    };
    return Buffer.from(JSON.stringify(payload));
}
/** A PEM private key read for signing; what cosign cannot verify (another curve, DSA, an encrypted key) is the input's error. */
function signingKey(pem) {
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(pem);
    }
    catch {
        throw new src_errors/* UserError */.yo('is not an unencrypted PEM private key', {
            input: 'signing-key',
            hint: 'give a PKCS#8 or SEC1 PEM key, e.g. from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` (cosign keys encrypted with a password are not read)',
        });
    }
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (type === 'rsa' && bits < MIN_RSA_BITS)
        throw new src_errors/* UserError */.yo(`is a ${bits}-bit RSA key; RSA keys need at least ${MIN_RSA_BITS} bits`, {
            input: 'signing-key',
            hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
        });
    if (type === 'ed25519' || type === 'rsa' || (type === 'ec' && curve === 'prime256v1'))
        return key;
    throw new src_errors/* UserError */.yo(`is a ${type === 'ec' ? `${curve} EC` : type} key; cosign verifies ECDSA P-256, RSA and Ed25519 keys`, {
        input: 'signing-key',
        hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
    });
}
/** The base64 signature of a payload, as cosign signs with each key type. */
function signPayload(payload, key) {
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return (0,external_node_crypto_.sign)(algorithm, payload, key).toString('base64');
}
/**
 * The manifest cosign pushes for a signature: an OCI image with one layer
 * per signature (the payload, annotated with the signature; `earlier` are the
 * layers already under the tag, kept as cosign appends), and the minimal image
 * config go-containerregistry writes for those layers.
 */
function signatureArtifact(payload, signature, earlier = []) {
    const payloadDigest = digestOf(payload);
    const layers = [
        ...earlier,
        {
            mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
            size: payload.length,
            digest: payloadDigest,
            annotations: { [SIGNATURE_ANNOTATION]: signature },
        },
    ];
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        config: {},
    }));
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: OCI_CONFIG, size: config.length, digest: digestOf(config) },
        layers,
    };
    return { config, payload, manifest: Buffer.from(JSON.stringify(manifest)), mediaType: OCI_MANIFEST };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/chart-push.ts




// A chart pushed as `helm push` pushes it (helm/helm pkg/registry/client.go Push, constants.go): an OCI
// image manifest whose config is Chart.yaml's metadata as JSON (media type
// application/vnd.cncf.helm.config.v1+json) and whose one layer is the .tgz
// (application/vnd.cncf.helm.chart.content.v1.tar+gzip), tagged with the chart version ('+' written '_',
// as Helm does, since a tag cannot hold '+'), with the OCI annotations Helm derives from the metadata
// but no `created` time, which would change the digest on every run.
/** Helm's config media type. */
const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
/** Helm's chart layer media type. */
const HELM_CHART_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const chart_push_OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/** The tag of a chart version: Helm writes '+' (build metadata) as '_'. */
function chartTag(version) {
    return version.replace(/\+/g, '_');
}
/** The config blob and the manifest for a chart, byte for byte what every run writes for the same chart. */
function helmManifest(chart) {
    const config = Buffer.from(JSON.stringify(chart.metadata));
    const m = chart.metadata;
    // Helm's generateChartOCIAnnotations, less `created`; the chart's own annotations are not copied (Helm
    // copies them, but a free-form annotation is no part of what the digest should pin).
    const annotations = {};
    if (m.description)
        annotations['org.opencontainers.image.description'] = m.description;
    annotations['org.opencontainers.image.title'] = chart.name;
    annotations['org.opencontainers.image.version'] = chart.version;
    if (m.home)
        annotations['org.opencontainers.image.url'] = m.home;
    if (m.sources?.[0])
        annotations['org.opencontainers.image.source'] = m.sources[0];
    const manifest = {
        schemaVersion: 2,
        mediaType: chart_push_OCI_MANIFEST,
        config: { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: digestOf(config), size: config.length },
        layers: [{ mediaType: HELM_CHART_MEDIA_TYPE, digest: digestOf(chart.archive), size: chart.archive.length }],
        annotations: Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    return { config, manifest: Buffer.from(JSON.stringify(manifest)) };
}
/**
 * Pushes one chart to `repo` (registry and repository, no tag) unless its
 * version is there already: the same chart archive there is left alone (a
 * rerun pushes nothing), another one is refused, since a published version
 * never changes. With a key, the chart's digest is signed as cosign signs.
 */
async function pushChart(client, repo, chart, opts) {
    const tag = chartTag(chart.version);
    const { config, manifest } = helmManifest(chart);
    const layer = digestOf(chart.archive);
    const existing = await client.fetchManifest(repo, tag);
    let status;
    let digest = digestOf(manifest);
    if (existing) {
        const there = chartLayer(existing.body);
        if (existing.digest !== digest && there !== layer && !(await storedSame(client, repo, existing.body, there, opts)))
            throw new src_errors/* UserError */.yo(`chart ${chart.name} ${chart.version} is already published at ${repo.registry}/${repo.repository}:${tag} with other content (its chart layer is ${there ?? 'missing'}, this one ${layer})`, {
                hint: 'a published version never changes: bump the chart version (bump-chart), then publish',
                cliHint: 'a published version never changes: bump the chart version (lockstep bump), then publish',
            });
        // The registry's digest is the one to record, even when only the manifest's annotations differ.
        digest = existing.digest;
        status = 'unchanged';
    }
    else if (opts.dryRun) {
        status = 'would-push';
    }
    else {
        await client.pushBlob(repo, chart.archive);
        await client.pushBlob(repo, config);
        digest = await client.pushManifest(repo, tag, manifest, chart_push_OCI_MANIFEST);
        await readBack(client, repo, tag, digest, `chart ${chart.name} ${chart.version}`);
        status = 'pushed';
    }
    const outcome = { status, digest, tag };
    if (opts.key)
        outcome.signature = await signChart(client, repo, digest, opts.key, opts.dryRun);
    return outcome;
}
/** Fetches a stored chart's archive and config for `sameChart`; without a judge, or with no chart layer, it is not the same. */
async function storedSame(client, repo, manifest, layer, opts) {
    const config = configDigest(manifest);
    if (!opts.sameChart || layer === undefined || config === undefined)
        return false;
    const [archive, configBlob] = await Promise.all([client.fetchBlob(repo, layer), client.fetchBlob(repo, config)]);
    return opts.sameChart({ archive, config: configBlob });
}
/** The config digest of a stored manifest, if it has one. */
function configDigest(body) {
    try {
        const d = JSON.parse(body.toString('utf8')).config?.digest;
        return typeof d === 'string' ? d : undefined;
    }
    catch {
        return undefined;
    }
}
/** The chart layer's digest in a stored manifest, if it has one. */
function chartLayer(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        const l = doc.layers?.find((x) => x.mediaType === HELM_CHART_MEDIA_TYPE);
        return typeof l?.digest === 'string' ? l.digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Signs `digest` as `cosign sign --key` does and pushes the signature under
 * `sha256-<hex>.sig`, appending to the signatures already there (cosign
 * keeps one layer per signature). A signature by this key over this payload
 * already there is kept: a rerun pushes nothing.
 */
async function signChart(client, repo, digest, key, dryRun) {
    const tag = signatureTag(digest);
    const payload = simpleSigningPayload(`${repo.registry}/${repo.repository}`, digest);
    const existing = await client.fetchManifest(repo, tag);
    const layers = existing ? signatureLayers(existing.body) : [];
    const publicKey = (0,external_node_crypto_.createPublicKey)(key);
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    for (const l of layers) {
        if (l.digest !== digestOf(payload) || typeof l.annotations?.[SIGNATURE_ANNOTATION] !== 'string')
            continue;
        if ((0,external_node_crypto_.verify)(algorithm, payload, publicKey, Buffer.from(l.annotations[SIGNATURE_ANNOTATION], 'base64')))
            return { tag, status: 'unchanged' };
    }
    if (dryRun)
        return { tag, status: 'would-push' };
    const artifact = signatureArtifact(payload, signPayload(payload, key), layers);
    await client.pushBlob(repo, artifact.payload);
    await client.pushBlob(repo, artifact.config);
    await readBack(client, repo, tag, await client.pushManifest(repo, tag, artifact.manifest, artifact.mediaType), `the signature of ${digest}`);
    return { tag, status: 'pushed' };
}
/**
 * Reads `tag` back from the registry that was named after a push: a push the
 * registry acknowledged but does not serve under the tag (stored elsewhere,
 * dropped) is refused, so it is never reported or recorded as pushed.
 */
async function readBack(client, repo, tag, digest, what) {
    const stored = await client.fetchManifest(repo, tag);
    if (stored?.digest !== digest)
        throw new src_errors/* UserError */.yo(`${what}: the registry accepted the push, but ${repo.registry}/${repo.repository}:${tag} ${stored ? `resolves to ${stored.digest}` : 'does not exist'}, not the pushed ${digest}`, { hint: 'check the registry (a proxy or mirror in front of it may store pushes elsewhere); nothing was recorded' });
}
/** The simple-signing layers of a stored signature manifest (others are left out). */
function signatureLayers(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        return (doc.layers ?? []).filter((l) => l && l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE && typeof l.digest === 'string' && typeof l.size === 'number');
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/core/src/http/hosts.ts


const METADATA_HOSTS = new Set([
    'metadata.google.internal',
    'metadata.goog',
    'metadata',
    'metadata.azure.com',
    'instance-data',
    'instance-data.ec2.internal',
    '100.100.100.200',
    '168.63.129.16',
]);
/**
 * True for an address credentials must never be sent to: IPv4 link-local
 * (169.254.0.0/16, where cloud metadata services live), IPv6 link-local
 * (fe80::/10), the unspecified address, and well-known metadata host names.
 */
function isForbiddenHost(host) {
    let h = stripPort(host).toLowerCase().replace(/\.$/, '');
    if (METADATA_HOSTS.has(h))
        return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    if (mapped)
        h = mapped[1];
    const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
    if (mappedHex) {
        const [hi, lo] = [parseInt(mappedHex[1], 16), parseInt(mappedHex[2], 16)];
        h = `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
    }
    if ((0,external_node_net_.isIP)(h) === 4) {
        const [a, b] = h.split('.').map(Number);
        return (a === 169 && b === 254) || a === 0;
    }
    if ((0,external_node_net_.isIP)(h) === 6) {
        const first = parseInt(h.split(':')[0] || '0', 16);
        return (first & 0xffc0) === 0xfe80 || h === '::' || h.startsWith('fd00:ec2:');
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/challenge.ts


/**
 * Parses a `WWW-Authenticate` header (RFC 9110 §11.6.1) into its challenges.
 * Quoted values may hold commas, `=` and backslash escapes; several
 * challenges may share one header, separated by commas. Malformed tails are
 * dropped rather than guessed at.
 */
function parseChallenges(header) {
    if (header === undefined)
        return [];
    const text = Array.isArray(header) ? header.join(', ') : header;
    const out = [];
    let i = 0;
    const n = text.length;
    const skipWs = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t'))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(text[i]))
            i++;
        return text.slice(start, i);
    };
    let current;
    while (i < n) {
        skipWs();
        if (text[i] === ',') {
            i++;
            continue;
        }
        const word = token();
        if (word === '') {
            // Not a token: skip one character so a stray byte cannot loop us.
            i++;
            continue;
        }
        skipWs();
        if (text[i] === '=' && current && text[i + 1] !== '=') {
            // auth-param of the current challenge
            i++;
            skipWs();
            let value = '';
            if (text[i] === '"') {
                i++;
                while (i < n && text[i] !== '"') {
                    if (text[i] === '\\' && i + 1 < n)
                        i++;
                    value += text[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                value = token();
            }
            current.params[word.toLowerCase()] = value;
            continue;
        }
        if (text[i] === '=' && !current) {
            // A parameter before any scheme: malformed, stop here.
            break;
        }
        // A new challenge: scheme [token68 | params]
        current = { scheme: word.toLowerCase(), params: {} };
        out.push(current);
        skipWs();
        // token68 (e.g. `Negotiate abc==`): a token followed by '=' padding and then a comma or the end.
        const save = i;
        const t68 = /^[A-Za-z0-9\-._~+/]+=*/.exec(text.slice(i));
        if (t68) {
            const after = text.slice(i + t68[0].length).trimStart();
            if ((after === '' || after.startsWith(',')) && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+=[^=]/.test(text.slice(i))) {
                current.params.token68 = t68[0];
                i += t68[0].length;
                continue;
            }
        }
        i = save;
    }
    return out;
}
/** Picks the challenge to answer: Bearer first (registries prefer it), then Basic. */
function chooseChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/**
 * Checks a Bearer token realm before anything is sent to it: an absolute
 * https URL (plain http only when both the registry and the realm are on
 * loopback, as in tests), not a link-local or metadata address. Returns the
 * URL or an explanation.
 */
function checkRealm(realm, registry) {
    if (!realm)
        return { problem: 'the Bearer challenge has no realm' };
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        return { problem: `token realm '${realm}' is not an absolute URL` };
    }
    if (isForbiddenHost(url.host))
        return { problem: `token realm ${url.origin} points at a link-local or metadata address; refusing to contact it` };
    if (url.protocol === 'https:')
        return { url };
    if (url.protocol === 'http:' && isLoopbackHost(url.host) && isLoopbackHost(registry))
        return { url };
    return { problem: `token realm ${url.origin} is not https; refusing to send credentials over ${url.protocol.replace(':', '')}` };
}

// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./packages/core/src/http/transport.ts





/** A failure to get an answer at all (refused, reset, timed out): worth retrying. */
class NetworkError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.name = 'NetworkError';
        this.code = code;
    }
}
/**
 * An answer whose head arrived and whose body was cut off (the connection
 * dropped mid-way). A network failure to the registry client; to the GitHub
 * client an answer whose body could not be read, as fetch reports it.
 */
class CutOffError extends NetworkError {
    status;
    headers;
    constructor(message, status, headers) {
        super(message, 'EABORTED');
        this.name = 'CutOffError';
        this.status = status;
        this.headers = headers;
    }
}
/** An answer larger than its cap: not retried. */
class BodyTooLargeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BodyTooLargeError';
    }
}
/** A destination refused by policy (link-local, metadata): not retried, nothing sent. */
class ForbiddenDestinationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ForbiddenDestinationError';
    }
}
function header(res, name) {
    const v = res.headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
}
/**
 * Refuses to connect to a name that resolves to a link-local or metadata
 * address (a literal IP is checked by the caller before the request).
 */
function guardedLookup(hostname, options, callback) {
    (0,external_node_dns_.lookup)(hostname, options, (err, address, family) => {
        if (err)
            return callback(err, address, family);
        const list = Array.isArray(address) ? address : [{ address }];
        const bad = list.find((a) => isForbiddenHost(a.address.includes(':') ? `[${a.address}]` : a.address));
        if (bad)
            return callback(Object.assign(new Error(`${hostname} resolves to the link-local/metadata address ${bad.address}`), { code: 'EFORBIDDEN' }));
        callback(null, address, family);
    });
}
/**
 * The production transport over node:http/node:https with keep-alive agents
 * (one connection per registry reused across images; GitHub's API through
 * its own), a whole-exchange timeout and body caps enforced while reading.
 */
function nodeTransport(maxSockets = 64, env = process.env) {
    // Self-hosted runners often sit behind a proxy: honour HTTP(S)_PROXY/NO_PROXY
    // as curl and docker do (Node ≥ 24.5 agents speak CONNECT for https).
    const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => env[k]);
    const options = { keepAlive: true, maxSockets, ...(proxied ? { proxyEnv: env } : {}) };
    const agents = {
        'http:': new external_node_http_.Agent(options),
        'https:': new external_node_https_.Agent(options),
    };
    const send = ((req) => new Promise((resolve, reject) => {
        let url;
        try {
            url = new URL(req.url);
        }
        catch {
            reject(new NetworkError(`invalid URL ${req.url}`, 'EINVALIDURL'));
            return;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            reject(new ForbiddenDestinationError(`refusing the ${url.protocol} URL ${url.origin}`));
            return;
        }
        if (isForbiddenHost(url.host)) {
            reject(new ForbiddenDestinationError(`refusing to contact ${url.host}: a link-local or metadata address`));
            return;
        }
        const mod = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        let settled = false;
        const fail = (e) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            r.destroy();
            reject(e);
        };
        const r = mod.request(url, { method: req.method, headers: withLength(req), agent: agents[url.protocol], lookup: guardedLookup }, (res) => {
            const status = res.statusCode ?? 0;
            const cap = status >= 400 ? req.maxErrorBytes : req.maxBytes;
            const declared = Number(res.headers['content-length']);
            if (req.method !== 'HEAD' && Number.isFinite(declared) && declared > cap) {
                fail(new BodyTooLargeError(`response too large from ${url.host}: a ${declared}-byte body; the limit is ${cap} bytes`));
                return;
            }
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                size += c.length;
                if (size > cap) {
                    fail(new BodyTooLargeError(`response too large from ${url.host}: more than ${cap} bytes; the limit is ${cap} bytes`));
                    return;
                }
                chunks.push(c);
            });
            res.on('end', () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
            });
            const cutOff = () => fail(new CutOffError(`${url.host}: the response was cut off`, status, res.headers));
            res.on('error', cutOff);
            res.on('aborted', cutOff);
        });
        const timer = setTimeout(() => fail(new NetworkError(`${url.host} did not answer within ${req.timeoutMs} ms`, 'ETIMEDOUT')), req.timeoutMs);
        r.on('error', (e) => {
            if (e.code === 'EFORBIDDEN')
                fail(new ForbiddenDestinationError(`refusing to contact ${e.message}`));
            else
                fail(new NetworkError(`${url.host}: ${e.code ?? e.message}`, e.code ?? 'ENETWORK'));
        });
        r.end(req.body);
    }));
    send.close = () => {
        agents['http:'].destroy();
        agents['https:'].destroy();
    };
    return send;
}
/** A request with a body, and every POST or PUT (0 without one, as the distribution spec asks of an upload), states its length. */
function withLength(req) {
    if (req.method !== 'POST' && req.method !== 'PUT' && req.body === undefined)
        return req.headers;
    return { ...req.headers, 'Content-Length': String(req.body?.length ?? 0) };
}
/** The answers that send a client elsewhere with a Location. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** A redirect not followed: 'refused' (a downgrade to plain http, another scheme), 'error' (a bad Location, too many hops). */
class RedirectError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = 'RedirectError';
        this.kind = kind;
    }
}
/**
 * One redirect hop, checked: where it leads and the headers to send there.
 * Credentials go only to the origin the request was meant for; https never
 * falls back to plain http (loopback aside); only http(s) URLs are followed.
 */
function redirectHop(current, location, origin, headers, hop) {
    if (hop >= MAX_REDIRECTS)
        throw new RedirectError('error', `${current.host} redirected more than ${MAX_REDIRECTS} times`);
    let next;
    try {
        next = new URL(location, current);
    }
    catch {
        throw new RedirectError('error', `${current.host} redirected to an invalid location`);
    }
    if (current.protocol === 'https:' && next.protocol !== 'https:' && !isLoopbackHost(next.host))
        throw new RedirectError('refused', `${current.host} redirected to insecure ${next.protocol}//${next.host}; refusing`);
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw new RedirectError('refused', `${current.host} redirected to a ${next.protocol} URL; refusing`);
    if (next.origin === origin)
        return { next, headers };
    return { next, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization')) };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/diagnose.ts


/** `100;w=21600` → { count: 100, window: 21600 }. */
function parseQuota(value) {
    const m = /^\s*(\d+)\s*(?:;\s*w\s*=\s*(\d+))?/.exec(value ?? '');
    return m ? { count: Number(m[1]), window: m[2] === undefined ? undefined : Number(m[2]) } : {};
}
/**
 * Docker Hub's pull limit, when a 429 answer is Docker Hub's: it carries the
 * `ratelimit-*` / `docker-ratelimit-source` headers or a `TOOMANYREQUESTS`
 * error body. Undefined for any other answer (another registry's 429 is a
 * plain retryable status).
 */
function pullRateLimit(res) {
    if (res.status !== 429)
        return undefined;
    const limit = parseQuota(header(res, 'ratelimit-limit'));
    const remaining = parseQuota(header(res, 'ratelimit-remaining'));
    const hub = header(res, 'docker-ratelimit-source') !== undefined ||
        limit.count !== undefined ||
        remaining.count !== undefined ||
        /"TOOMANYREQUESTS"/.test(res.body.toString('utf8', 0, 4096));
    if (!hub)
        return undefined;
    return { limit: limit.count, remaining: remaining.count, windowSeconds: remaining.window ?? limit.window };
}
function diagnose_duration(seconds) {
    if (seconds >= 3600 && seconds % 3600 === 0)
        return `${seconds / 3600}h`;
    if (seconds >= 60 && seconds % 60 === 0)
        return `${seconds / 60}min`;
    return `${seconds}s`;
}
/**
 * The error text for Docker Hub's pull limit: what was hit, when it frees up
 * (a Retry-After, else the window), and how to get past it.
 */
function pullRateLimitMessage(host, rl, retryAfterMs, anonymous) {
    const quota = rl.remaining !== undefined && rl.limit !== undefined
        ? ` (${rl.remaining} of ${rl.limit} remaining${rl.windowSeconds ? ` per ${diagnose_duration(rl.windowSeconds)}` : ''})`
        : rl.windowSeconds
            ? ` (per ${diagnose_duration(rl.windowSeconds)})`
            : '';
    const resets = retryAfterMs !== undefined
        ? `it asked to retry after ${Math.ceil(retryAfterMs / 1000)} s`
        : rl.windowSeconds
            ? `the limit counts pulls over a rolling ${diagnose_duration(rl.windowSeconds)} window, so pulls free up within ${diagnose_duration(rl.windowSeconds)}`
            : 'Docker Hub did not say when the limit resets';
    const state = rl.remaining === undefined || rl.remaining === 0 ? 'is used up' : 'refused this pull';
    const message = `rate limited by ${host}: Docker Hub's pull rate limit ${state}${quota}${anonymous ? ' for anonymous pulls from this address' : ' for this account'}; ${resets}`;
    const elsewhere = 'or pull through a registry mirror (e.g. mirror.gcr.io) or copy the image to your own registry';
    if (!anonymous)
        return {
            message,
            hint: 'wait for the window to pass, use an account on a paid Docker plan, or pull through a registry mirror / copy the image to your own registry',
        };
    return {
        message,
        hint: `authenticate to Docker Hub (username/password inputs, or docker/login-action before this step): authenticated pulls have a higher limit; ${elsewhere}`,
        cliHint: `authenticate to Docker Hub (docker login, or --username with the password on --password-stdin): authenticated pulls have a higher limit; ${elsewhere}`,
    };
}
/** Amazon ECR's private registry hosts: `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`. */
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?(?::\d+)?$/i;
/** The AWS region of an ECR registry host, or undefined for any other host. */
function ecrRegion(host) {
    return ECR_HOST.exec(host)?.[2]?.toLowerCase();
}
/**
 * The error for ECR refusing a Basic password: ECR passwords are
 * authorization tokens that expire after 12 hours, so an old
 * `aws ecr get-login-password` output is the likely cause.
 */
function ecrExpiredMessage(registry, repository, region) {
    const role = `check the IAM role may call ecr:BatchGetImage on ${repository}`;
    return {
        message: `${registry} refused the password for ${repository}: the ECR credentials are likely expired (an ECR password from aws ecr get-login-password lasts 12 hours)`,
        hint: `get a fresh password in the same job — \`aws ecr get-login-password --region ${region}\` (or aws-actions/amazon-ecr-login) right before this step — and ${role}`,
        cliHint: `get a fresh password — \`aws ecr get-login-password --region ${region}\` piped to --password-stdin, or to docker login — and ${role}`,
    };
}
/** Docker's schema1 manifests (signed and unsigned), which lockstep does not pin. */
const SCHEMA1 = new Set([
    'application/vnd.docker.distribution.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
]);
/** The four manifest media types lockstep asks for. */
const ACCEPTED = new Set(Object.values(MEDIA_TYPES));
/**
 * Why a manifest answer cannot be pinned, or undefined when it can: a
 * schema1 manifest (by Content-Type or `schemaVersion: 1`), or a
 * Content-Type naming one manifest type while the body's `mediaType` names
 * another (what was hashed is not what the registry says it is). A missing or
 * generic Content-Type, or a body without `mediaType`, is not a disagreement.
 */
function mediaTypeProblem(contentType, body) {
    if (contentType !== undefined && SCHEMA1.has(contentType))
        return `unsupported media type ${contentType} (a Docker schema1 manifest, deprecated and not content-addressable by its digest)`;
    if (body === undefined)
        return undefined;
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (doc?.schemaVersion === 1)
        return `unsupported media type: the manifest is Docker schema1 (schemaVersion 1), deprecated and not pinned by lockstep`;
    const declared = typeof doc?.mediaType === 'string' ? doc.mediaType : undefined;
    if (declared !== undefined && SCHEMA1.has(declared))
        return `unsupported media type ${declared} (a Docker schema1 manifest)`;
    if (contentType !== undefined && declared !== undefined && ACCEPTED.has(contentType) && contentType !== declared)
        return `unsupported media type: served as Content-Type ${contentType} but the manifest's mediaType is ${declared}`;
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/registry/retry.ts
var retry = __webpack_require__(6371);
;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts







/** A failure talking to a registry; the message never holds a credential. */
class RegistryError extends Error {
    kind;
    /** How to fix it, when the failure knows better than a hint chosen by its kind. */
    hint;
    /** The same fix from a terminal, where it differs by more than the inputs' names (no workflow step to add). */
    cliHint;
    constructor(kind, message, hint, cliHint) {
        super(message);
        this.name = 'RegistryError';
        this.kind = kind;
        if (hint !== undefined)
            this.hint = hint;
        if (cliHint !== undefined)
            this.cliHint = cliHint;
    }
    /** The failure as the user's error: `what` before the registry's message, its own hint (and a terminal's) else `fallback`. */
    asUserError(what, fallback) {
        return new src_errors/* UserError */.yo(`${what}: ${this.message}`, { hint: this.hint ?? fallback, cliHint: this.cliHint });
    }
}
/** Docker Hub's pull limit hit in `send`; `request` turns it into a RegistryError once it knows whether we pulled anonymously. */
class PullLimitHit extends Error {
    host;
    limit;
    retryAfterMs;
    constructor(host, limit, retryAfterMs) {
        super(`rate limited by ${host}`);
        this.host = host;
        this.limit = limit;
        this.retryAfterMs = retryAfterMs;
    }
}
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
const SMALL_BODY_MAX_BYTES = 64 * 1024;
/** Tags asked for per page of a tag list, and the pages read at most. */
const TAG_PAGE = 1000;
const TAG_PAGES = 20;
/** The next page a tag list's `Link` header names (`<path?n=…&last=…>; rel="next"`), on the registry's own origin only. */
function nextPage(link, base) {
    const text = Array.isArray(link) ? link[0] : link;
    if (!text || !/;\s*rel="?next"?/.test(text))
        return undefined;
    const open = text.indexOf('<');
    const close = text.indexOf('>', open);
    if (open < 0 || close < 0)
        return undefined;
    const next = new URL(text.slice(open + 1, close), base);
    return next.origin === new URL(base).origin ? next.href : undefined;
}
/**
 * A small OCI Distribution client: resolves tags to digests with HEAD (one
 * round trip when the registry sends Docker-Content-Digest), answers Basic
 * and Bearer challenges, caches tokens per registry and scope, retries
 * 429/5xx/network failures with backoff, follows redirects itself and drops
 * credentials when one leaves the registry's origin.
 */
class RegistryClient {
    requests = [];
    transport;
    clock;
    retry;
    requestTimeoutMs;
    deadlineAt;
    deadlineMs;
    credentials;
    baseUrl;
    log;
    /** What each registry asked for on its first 401; absent = not yet challenged. */
    challenges = new Map();
    tokens = new Map();
    constructor(opts) {
        this.transport = opts.transport;
        this.clock = opts.clock ?? retry/* systemClock */.ml;
        this.retry = opts.retry ?? retry/* DEFAULT_RETRY */.vI;
        this.requestTimeoutMs = opts.requestTimeoutMs ?? 15000;
        this.deadlineMs = opts.deadlineMs ?? 120000;
        this.deadlineAt = this.clock.now() + this.deadlineMs;
        this.credentials = opts.credentials ?? (() => undefined);
        this.baseUrl = opts.baseUrl ?? registryBaseUrl;
        this.log = opts.log ?? (() => { });
    }
    /**
     * Resolves a reference to the digest to record. By default that is what
     * the tag (or pinned digest) names — the index for a multi-arch image; with
     * `platform`, it GETs the index and returns that platform's manifest.
     */
    async resolve(ref, platform) {
        const target = ref.digest ?? ref.tag ?? 'latest';
        const warnings = [];
        if (platform) {
            const res = await this.manifest(ref, 'GET', target);
            const digest = this.checkBody(ref, res, target);
            const mediaType = contentType(res) ?? bodyMediaType(res.body);
            if (!isIndexMediaType(mediaType)) {
                // A single-platform image: its config says which platform it is built for.
                const built = await this.imagePlatform(ref, res.body, target);
                if (built.os !== platform.os ||
                    built.architecture !== platform.architecture ||
                    (platform.variant !== undefined && built.variant !== platform.variant))
                    throw new RegistryError('platform', `${target} is a single-platform image built for ${formatPlatform(built)}, not ${formatPlatform(platform)}`);
                if (ref.digest && ref.tag)
                    await this.compareTag(ref, digest, warnings);
                return { digest, mediaType, isIndex: false, platform: formatPlatform(built), warnings };
            }
            let sel;
            try {
                sel = selectPlatform(res.body, platform);
            }
            catch (e) {
                throw new RegistryError(e instanceof PlatformNotFoundError ? 'platform' : 'invalid', e.message);
            }
            if (!isDigest(sel.digest))
                throw new RegistryError('invalid', `the index lists ${sel.platform} with a malformed digest`);
            if (ref.digest && ref.tag)
                await this.compareTag(ref, digest, warnings);
            return { digest: sel.digest, isIndex: false, indexDigest: digest, platform: sel.platform, warnings };
        }
        const head = await this.manifest(ref, 'HEAD', target);
        let digest = header(head, 'docker-content-digest');
        let mediaType = contentType(head);
        this.checkMediaType(ref, target, mediaType, undefined);
        if (!digest || !isDigest(digest)) {
            this.log(`${formatReference(ref)}: no Docker-Content-Digest on HEAD; fetching the manifest to hash it`);
            const res = await this.manifest(ref, 'GET', target);
            digest = this.checkBody(ref, res, target);
            mediaType = contentType(res) ?? bodyMediaType(res.body);
        }
        else if (ref.digest && digest !== ref.digest) {
            throw new RegistryError('mismatch', `the registry answered ${digest} for the pinned digest ${ref.digest}`);
        }
        if (ref.digest && ref.tag)
            await this.compareTag(ref, digest, warnings);
        return { digest, mediaType, isIndex: isIndexMediaType(mediaType), warnings };
    }
    /** A manifest by tag or digest, its bytes checked against a requested digest; a RegistryError (kind not-found) when there is none. */
    async manifestAt(ref, target, accept = MANIFEST_ACCEPT) {
        const res = await this.request(ref, 'manifests', 'GET', target, { Accept: accept });
        const digest = this.checkBody({ ...ref, digest: isDigest(target) ? target : undefined }, res, target);
        return { body: res.body, digest, mediaType: contentType(res) ?? bodyMediaType(res.body) };
    }
    /**
     * A manifest by tag or digest, or undefined when the registry has none
     * there (404). For the artifacts stored beside an image (signatures,
     * attestations, a chart version about to be published).
     */
    async fetchManifest(ref, target, accept = MANIFEST_ACCEPT) {
        try {
            return await this.manifestAt(ref, target, accept);
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                return undefined;
            throw e;
        }
    }
    /** A blob of `ref`'s repository (at most 4 MiB), verified against its digest. */
    async fetchBlob(ref, digest, mediaType) {
        if (!isDigest(digest))
            throw new RegistryError('invalid', `${refName(ref, digest)}: not a digest`);
        const res = await this.request(ref, 'blobs', 'GET', digest, { Accept: mediaType ?? '*/*' });
        const got = digestOf(res.body, digest.slice(0, digest.indexOf(':')));
        if (got !== digest)
            throw new RegistryError('mismatch', `the blob served for ${digest} hashes to ${got}`);
        return res.body;
    }
    /**
     * Every tag of `ref`'s repository (`GET /v2/<name>/tags/list`), page after page as the registry's `Link: <…>;
     * rel="next"` leads (same host only), at most TAG_PAGES pages of TAG_PAGE tags: what a chart's semver range is
     * resolved against, as helm-controller and Argo CD list it.
     */
    async tags(ref) {
        const base = this.baseUrl(ref.registry);
        let url = `${base}/v2/${ref.repository}/tags/list?n=${TAG_PAGE}`;
        const tags = [];
        for (let page = 0; url !== undefined; page++) {
            if (page === TAG_PAGES)
                throw new RegistryError('invalid', `${ref.registry}/${ref.repository} lists more than ${TAG_PAGES * TAG_PAGE} tags`);
            const res = await this.exchange(ref, 'tags/list', { method: 'GET', url, headers: { Accept: 'application/json' } });
            let listed;
            try {
                listed = JSON.parse(res.body.toString('utf8'))?.tags;
            }
            catch {
                throw new RegistryError('invalid', `${ref.registry}/${ref.repository}: the tag list is not JSON`);
            }
            if (Array.isArray(listed))
                tags.push(...listed.filter((t) => typeof t === 'string'));
            url = nextPage(res.headers.link, base);
        }
        return tags;
    }
    /**
     * The OCI 1.1 referrers index of `digest` (`GET /v2/<name>/referrers/<digest>`),
     * or undefined when the registry has no referrers API (404): the caller
     * then reads the `sha256-<hex>` tag the OCI spec names as its fallback.
     */
    async referrers(ref, digest) {
        try {
            const res = await this.request(ref, 'referrers', 'GET', digest, { Accept: MEDIA_TYPES.ociIndex });
            return res.body;
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                return undefined;
            throw e;
        }
    }
    /**
     * Uploads a blob unless the repository holds it already, the way the OCI
     * distribution spec's "monolithic upload" goes: POST opens an upload
     * session, one PUT to its Location with `?digest=` sends the bytes and
     * closes it. Returns the digest and whether bytes were sent.
     */
    async pushBlob(ref, bytes) {
        const digest = digestOf(bytes);
        if (await this.hasBlob(ref, digest))
            return { digest, pushed: false };
        const base = this.baseUrl(ref.registry);
        const opened = await this.exchange(ref, digest, {
            method: 'POST',
            url: `${base}/v2/${ref.repository}/blobs/uploads/`,
            headers: {},
            push: true,
        });
        const url = uploadUrl(header(opened, 'location'), base, ref);
        url.searchParams.set('digest', digest);
        await this.exchange(ref, digest, {
            method: 'PUT',
            url: url.toString(),
            headers: { 'Content-Type': 'application/octet-stream' },
            body: bytes,
            push: true,
        });
        return { digest, pushed: true };
    }
    /** PUTs a manifest under a tag; returns its digest (the registry's answer must agree with the bytes sent). */
    async pushManifest(ref, tag, body, mediaType) {
        const digest = digestOf(body);
        const res = await this.exchange(ref, tag, {
            method: 'PUT',
            url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/manifests/${tag}`,
            headers: { 'Content-Type': mediaType },
            body,
            push: true,
        });
        const stated = header(res, 'docker-content-digest');
        if (stated && stated !== digest)
            throw new RegistryError('mismatch', `${refName(ref, tag)}: the registry stored the manifest as ${stated}, not ${digest}`);
        return digest;
    }
    /**
     * A GET of a URL that is no registry API (a classic Helm repository's
     * index.yaml or chart archive, registry/helm-repository.ts): redirects
     * followed as for a registry (an `authorization` given is dropped at the
     * first hop to another origin, and a challenge from there ends the request),
     * 429/5xx/network failures retried by the same policy; anonymous unless the
     * caller gives `authorization`. Any answer but 200 is a RegistryError
     * (`not-found` for 404, `unauthenticated` for 401, `denied` for 403); a body
     * over `maxBytes` is `invalid`.
     */
    async getUrl(url, maxBytes, what, authorization) {
        let res;
        try {
            res = await this.follow('GET', url, { Accept: '*/*', ...(authorization ? { Authorization: authorization } : {}) }, maxBytes);
        }
        catch (e) {
            if (e instanceof PullLimitHit)
                throw new RegistryError('rate-limited', `${e.host} limited the pulls of ${what}`);
            throw e;
        }
        if (res.status === 200)
            return res.body;
        const kind = res.status === 404 ? 'not-found' : res.status === 401 ? 'unauthenticated' : res.status === 403 ? 'denied' : 'error';
        throw new RegistryError(kind, `${what}: ${new URL(url).host} answered HTTP ${res.status}`);
    }
    /** The registry's API base URL (`http://127.0.0.1:5000`, `https://ghcr.io`). */
    apiBase(registry) {
        return this.baseUrl(registry);
    }
    /**
     * One authenticated exchange on `ref`'s repository (a read, or with `push` a write under the pull,push scope),
     * retried and redirected as every other: a 2xx answer or a RegistryError. For the blob copy's upload sessions
     * and ranged reads (registry/blob-copy.ts), which need more of the protocol than the methods above speak.
     */
    authorized(ref, target, x) {
        return this.exchange(ref, target, x);
    }
    /** Whether the repository holds a blob (a HEAD; 404 is no). */
    async hasBlob(ref, digest) {
        try {
            await this.exchange(ref, digest, {
                method: 'HEAD',
                url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/blobs/${digest}`,
                headers: {},
                push: true,
            });
            return true;
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                return false;
            throw e;
        }
    }
    /** The platform a single-platform manifest's image config names (os, architecture, variant), fetched and verified. */
    async imagePlatform(ref, manifestBody, target) {
        const config = configDescriptor(manifestBody);
        if (!config)
            throw new RegistryError('invalid', `${target} is a manifest without an image config, so its platform cannot be checked`);
        const res = await this.request(ref, 'blobs', 'GET', config.digest, { Accept: config.mediaType ?? '*/*' });
        if (digestOf(res.body, config.digest.slice(0, config.digest.indexOf(':'))) !== config.digest)
            throw new RegistryError('mismatch', `the image config served for ${config.digest} hashes to ${digestOf(res.body)}`);
        let doc;
        try {
            doc = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new RegistryError('invalid', `the image config ${config.digest} of ${target} is not JSON`);
        }
        if (typeof doc?.os !== 'string' || typeof doc.architecture !== 'string')
            throw new RegistryError('invalid', `the image config ${config.digest} of ${target} names no os/architecture`);
        return {
            os: doc.os,
            architecture: doc.architecture,
            variant: typeof doc.variant === 'string' && doc.variant !== '' ? doc.variant : undefined,
        };
    }
    /** Verifies a GET's body against the header and the pinned digest; returns the body's digest. */
    checkBody(ref, res, target) {
        this.checkMediaType(ref, target, contentType(res), res.body);
        let digest;
        try {
            digest = verifyDigest(res.body, header(res, 'docker-content-digest'));
        }
        catch (e) {
            if (e instanceof DigestMismatchError)
                throw new RegistryError('mismatch', `${target}: ${e.message}`);
            throw e;
        }
        if (ref.digest && digestOf(res.body, ref.digest.slice(0, ref.digest.indexOf(':'))) !== ref.digest)
            throw new RegistryError('mismatch', `the manifest served for ${ref.digest} hashes to ${digest}`);
        return digest;
    }
    /** Refuses a schema1 manifest, or one served under another media type than its body declares (case 14). */
    checkMediaType(ref, target, type, body) {
        const problem = mediaTypeProblem(type, body);
        if (!problem)
            return;
        const schema1 = problem.includes('schema1');
        throw new RegistryError(schema1 ? 'invalid' : 'mismatch', `${refName(ref, target)}: ${problem}`, schema1
            ? 'rebuild and push the image with a current docker/buildx (it writes schema2 or OCI manifests); lockstep pins only those'
            : 'the registry (or a proxy in front of it) labels the manifest with the wrong Content-Type; report it to whoever runs the registry');
    }
    /** A reference with both a tag and a digest records the digest; a tag that moved on is worth a warning. */
    async compareTag(ref, pinned, warnings) {
        try {
            const res = await this.manifest({ ...ref, digest: undefined }, 'HEAD', ref.tag);
            const tagDigest = header(res, 'docker-content-digest');
            if (tagDigest && tagDigest !== pinned)
                warnings.push(`tag '${ref.tag}' now points to ${tagDigest}, not the pinned ${pinned}; recording the pinned digest`);
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                warnings.push(`tag '${ref.tag}' no longer exists; recording the pinned digest ${pinned}`);
            else
                throw e;
        }
    }
    /** A manifest request with authentication; returns a 2xx answer or throws a RegistryError. */
    manifest(ref, method, target) {
        return this.request(ref, 'manifests', method, target, { Accept: MANIFEST_ACCEPT });
    }
    /** A manifest or blob request with authentication (the same pull scope); a 2xx answer or a RegistryError. */
    request(ref, kind, method, target, headers) {
        return this.exchange(ref, target, { method, url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/${kind}/${target}`, headers });
    }
    /** One authenticated exchange (a read, or with `push` a write under the pull,push scope); a 2xx answer or a RegistryError. */
    async exchange(ref, target, x) {
        try {
            return await this.authorizedRequest(ref, target, x);
        }
        catch (e) {
            if (!(e instanceof PullLimitHit))
                throw e;
            const { message, hint, cliHint } = pullRateLimitMessage(e.host, e.limit, e.retryAfterMs, !(await this.credentials(ref.registry)));
            throw new RegistryError('rate-limited', `${message} (${refName(ref, target)})`, hint, cliHint);
        }
    }
    async authorizedRequest(ref, target, x) {
        const scope = `repository:${ref.repository}:${x.push ? 'pull,push' : 'pull'}`;
        let fresh = false;
        for (let round = 0; round < 4; round++) {
            const auth = await this.authorization(ref.registry, scope, fresh);
            const res = await this.follow(x.method, x.url, { ...x.headers, ...(auth ? { Authorization: auth } : {}) }, x.maxBytes ?? MANIFEST_MAX_BYTES, x.body);
            if (res.status >= 200 && res.status < 300)
                return res;
            if (res.status === 401) {
                const challenge = chooseChallenge(parseChallenges(res.headers['www-authenticate']));
                if (!challenge)
                    throw new RegistryError('denied', `${ref.registry} answered 401 without a Basic or Bearer challenge`);
                this.challenges.set(ref.registry, challenge);
                if (auth === undefined)
                    continue; // now we know what it wants
                if (challenge.scheme === 'basic')
                    throw this.basicRejected(ref);
                if (fresh)
                    throw (await this.credentials(ref.registry))
                        ? new RegistryError('denied', `${ref.registry} refused access to ${ref.repository} (scope ${scope}) even with a fresh token`)
                        : new RegistryError('unauthenticated', `${ref.registry} refused anonymous access to ${ref.repository} (scope ${scope}); the repository is private or does not exist`);
                fresh = true; // one re-auth: the token may have expired
                continue;
            }
            throw this.statusError(ref, target, res);
        }
        throw new RegistryError('denied', `${ref.registry} kept asking for authentication for ${scope}`);
    }
    /** Basic credentials refused; on ECR that is almost always a password older than its 12 hours. */
    basicRejected(ref) {
        const region = ecrRegion(ref.registry);
        if (region === undefined)
            return new RegistryError('denied', `${ref.registry} rejected the credentials for ${ref.repository} (Basic auth)`);
        const { message, hint, cliHint } = ecrExpiredMessage(ref.registry, ref.repository, region);
        return new RegistryError('denied', message, hint, cliHint);
    }
    statusError(ref, target, res) {
        const detail = registryErrorDetail(res.body);
        const what = refName(ref, target);
        if (res.status === 404)
            return new RegistryError('not-found', `${what} not found${detail ? ` (${detail})` : ''}`);
        // ECR answers an expired password with 403 DENIED "Your authorization token has expired".
        if (res.status === 403 && ecrRegion(ref.registry) !== undefined && /expired/i.test(detail ?? res.body.toString('utf8', 0, 1024)))
            return this.basicRejected(ref);
        if (res.status === 403)
            return new RegistryError('denied', `access to ${ref.registry}/${ref.repository} denied${detail ? ` (${detail})` : ''}`);
        return new RegistryError('error', `${ref.registry} answered HTTP ${res.status} for ${what}${detail ? ` (${detail})` : ''}`);
    }
    /** The Authorization header for a registry that already challenged us, or undefined. */
    async authorization(registry, scope, fresh) {
        const challenge = this.challenges.get(registry);
        if (!challenge)
            return undefined;
        const creds = await this.credentials(registry);
        if (challenge.scheme === 'basic') {
            if (!creds)
                throw new RegistryError('unauthenticated', `${registry} requires a username and password (Basic auth) and none were given`);
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        }
        const key = `${registry}\n${challenge.params.realm ?? ''}\n${scope}`;
        const cached = this.tokens.get(key);
        if (cached && !fresh) {
            const entry = await cached;
            if (entry.expiresAt > this.clock.now())
                return `Bearer ${entry.token}`;
        }
        const pending = this.fetchToken(registry, challenge, scope, creds);
        this.tokens.set(key, pending);
        pending.catch(() => {
            if (this.tokens.get(key) === pending)
                this.tokens.delete(key);
        });
        return `Bearer ${(await pending).token}`;
    }
    async fetchToken(registry, challenge, scope, creds) {
        const realm = checkRealm(challenge.params.realm, registry);
        if ('problem' in realm)
            throw new RegistryError('refused', `${registry}: ${realm.problem}`);
        const url = new URL(realm.url);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const headers = { Accept: 'application/json' };
        if (creds)
            headers.Authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        const res = await this.follow('GET', url.toString(), headers, SMALL_BODY_MAX_BYTES);
        if (res.status === 401 || res.status === 403)
            throw new RegistryError(creds ? 'denied' : 'unauthenticated', `the token service ${url.origin} refused ${creds ? 'the credentials' : 'anonymous access'} for ${registry} (scope ${scope})`);
        if (res.status < 200 || res.status >= 300)
            throw new RegistryError('error', `the token service ${url.origin} answered HTTP ${res.status} for ${registry} (scope ${scope})`);
        let doc;
        try {
            doc = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new RegistryError('error', `the token service ${url.origin} did not answer JSON`);
        }
        const token = typeof doc.token === 'string' && doc.token ? doc.token : typeof doc.access_token === 'string' ? doc.access_token : '';
        if (!token)
            throw new RegistryError('error', `the token service ${url.origin} answered without a token`);
        const lifetime = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : 60;
        // Renew a little early so a token does not expire between check and use.
        return { token, expiresAt: this.clock.now() + Math.max(1, lifetime - 10) * 1000 };
    }
    /** Follows redirects by hand; Authorization goes only to the origin it was meant for. */
    async follow(method, url, headers, maxBytes, body) {
        let current = new URL(url);
        const origin = current.origin;
        let h = { ...headers };
        for (let hop = 0;; hop++) {
            const res = await this.send(method, current, h, maxBytes, body);
            const location = header(res, 'location');
            // A challenge from a host we were redirected to is not the registry's: answering it would send the
            // registry's credentials (or fetch a token with them) for another host, so it ends the request here.
            if (res.status === 401 && current.origin !== origin)
                throw new RegistryError('denied', `${current.host} (a redirect from ${new URL(url).host}) asked for authentication; lockstep sends no credentials to another host`);
            if (!REDIRECTS.has(res.status) || !location)
                return res;
            let next;
            try {
                ({ next, headers: h } = redirectHop(current, location, origin, h, hop));
            }
            catch (e) {
                if (e instanceof RedirectError)
                    throw new RegistryError(e.kind, e.message);
                throw e;
            }
            // A push that lands on another host is not in the registry that was named (and was sent there without
            // its credentials): what the registry answers there proves nothing about the tag here.
            if ((method === 'PUT' || method === 'POST') && next.origin !== origin)
                throw new RegistryError('refused', `${current.host} redirected the ${method} to ${next.host}, another host; lockstep pushes only to the registry it was given`, `publish to ${next.host} directly if that is where the charts belong, or fix the registry in front of it`);
            this.log(`${method} redirected from ${current.host} to ${next.host}`);
            current = next;
        }
    }
    /** One request with retries on 429/5xx/network errors, honouring Retry-After, within the deadline. */
    async send(method, url, headers, maxBytes, body) {
        const policy = this.retry;
        let lastProblem = '';
        let made = 0;
        let hubLimit;
        let hubWait;
        for (let attempt = 1; attempt <= policy.attempts; attempt++) {
            const left = this.deadlineAt - this.clock.now();
            if (left <= 0 && hubLimit)
                throw new PullLimitHit(url.host, hubLimit, hubWait);
            if (left <= 0)
                throw new RegistryError('unreachable', `${url.host} unreachable: gave up after ${attempt - 1} attempts when the ${Math.round(this.deadlineMs / 1000)} s deadline passed${lastProblem ? ` (${lastProblem})` : ''}`);
            let res;
            let wait;
            made = attempt;
            try {
                res = await this.transport({
                    method,
                    url: url.toString(),
                    headers,
                    maxBytes,
                    maxErrorBytes: SMALL_BODY_MAX_BYTES,
                    timeoutMs: Math.min(this.requestTimeoutMs, left),
                    ...(body ? { body } : {}),
                });
                this.requests.push({ method, url: url.toString(), status: res.status });
                this.log(`${method} ${url.origin}${url.pathname} → ${res.status}`);
                if (!(0,retry/* isRetryableStatus */.PS)(res.status))
                    return res;
                lastProblem = `HTTP ${res.status}`;
                wait = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after'], this.clock.now());
                hubLimit = pullRateLimit(res);
                hubWait = wait;
                // Docker Hub's pull limit counts over hours: without a Retry-After, retrying within seconds only fails again.
                if (hubLimit && (wait === undefined ? hubLimit.remaining === 0 : wait > policy.maxRetryAfterMs))
                    throw new PullLimitHit(url.host, hubLimit, wait);
                if (wait !== undefined && wait > policy.maxRetryAfterMs)
                    throw new RegistryError('unreachable', `${url.host} answered HTTP ${res.status} and asked to retry after ${Math.round(wait / 1000)} s, longer than lockstep waits`);
            }
            catch (e) {
                if (e instanceof RegistryError || e instanceof PullLimitHit)
                    throw e;
                if (e instanceof ForbiddenDestinationError)
                    throw new RegistryError('refused', e.message);
                if (e instanceof BodyTooLargeError)
                    throw new RegistryError('invalid', e.message);
                if (!(e instanceof NetworkError))
                    throw e;
                hubLimit = undefined;
                this.requests.push({ method, url: url.toString(), status: e.code });
                this.log(`${method} ${url.origin}${url.pathname} → ${e.code}`);
                lastProblem = e.message;
            }
            if (attempt === policy.attempts)
                break;
            const delay = wait ?? (0,retry/* backoffDelay */.EY)(attempt, policy, this.clock.random());
            // Waiting past the deadline would only delay the same failure.
            if (this.clock.now() + delay >= this.deadlineAt)
                break;
            await this.clock.sleep(delay);
        }
        if (hubLimit)
            throw new PullLimitHit(url.host, hubLimit, hubWait);
        throw new RegistryError('unreachable', `${url.host} unreachable after ${made} attempt${made === 1 ? '' : 's'} (${lastProblem})`);
    }
}
/**
 * Where an upload session continues: the POST's Location, relative or
 * absolute, on the registry's own origin (credentials never go elsewhere).
 */
function uploadUrl(location, base, ref) {
    if (!location)
        throw new RegistryError('invalid', `${ref.registry} opened an upload for ${ref.repository} without a Location`);
    let url;
    try {
        url = new URL(location, base);
    }
    catch {
        throw new RegistryError('invalid', `${ref.registry} answered an upload with an invalid Location`);
    }
    if (url.origin !== new URL(base).origin)
        throw new RegistryError('refused', `${ref.registry} sent the upload to ${url.host}; lockstep sends no credentials to another host`);
    return url;
}
/** The `config` descriptor of an image manifest body, when it has a well-formed one. */
function configDescriptor(body) {
    try {
        const c = JSON.parse(body.toString('utf8'))?.config;
        if (!c || typeof c.digest !== 'string' || !isDigest(c.digest))
            return undefined;
        return { digest: c.digest, mediaType: typeof c.mediaType === 'string' ? c.mediaType : undefined };
    }
    catch {
        return undefined;
    }
}
/** `registry/repository:tag` or `registry/repository@sha256:…`, as errors name an image. */
function refName(ref, target) {
    return `${ref.registry}/${ref.repository}:${target}`.replace(/:(sha\d+:)/, '@$1');
}
function contentType(res) {
    return header(res, 'content-type')?.split(';')[0].trim() || undefined;
}
function bodyMediaType(body) {
    try {
        const mt = JSON.parse(body.toString('utf8'))?.mediaType;
        return typeof mt === 'string' ? mt : undefined;
    }
    catch {
        return undefined;
    }
}
/** `CODE: message` from a registry's JSON error body, shortened and flattened. */
function registryErrorDetail(body) {
    if (body.length === 0)
        return undefined;
    try {
        const first = JSON.parse(body.toString('utf8'))?.errors?.[0];
        if (!first)
            return undefined;
        const text = [first.code, first.message].filter((s) => typeof s === 'string' && s !== '').join(': ');
        return text.replace(/[\r\n]+/g, ' ').slice(0, 200) || undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/registry/docker-config.ts





/** The Docker client's config file: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigPath(env = process.env, home = env.HOME ?? '') {
    return env.DOCKER_CONFIG ? (0,external_node_path_.join)(env.DOCKER_CONFIG, 'config.json') : (0,external_node_path_.join)(home, '.docker', 'config.json');
}
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];
/** The host an `auths` key names: `https://ghcr.io/v1/` → `ghcr.io`. */
function authKeyHost(key) {
    return key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
}
/**
 * Finds credentials for `registry` in a parsed Docker config, in the order
 * the Docker client uses: a `credHelpers` entry for the host names a helper;
 * else `auths[host].auth` = base64(user:pass) (or separate username/password
 * fields) as docker/login-action leaves it, Docker Hub also under the legacy
 * key `https://index.docker.io/v1/`; else a `credsStore` names a helper.
 * Helpers are named in `helper`, not run here (see dockerCredentialSource).
 */
function lookupDockerCredentials(config, registry) {
    if (typeof config !== 'object' || config === null)
        return {};
    const c = config;
    const host = registry.toLowerCase();
    const isHub = host === DOCKER_HUB_REGISTRY;
    const hubKey = (key) => HUB_KEYS.some((k) => authKeyHost(k) === authKeyHost(key));
    if (typeof c.credHelpers === 'object' && c.credHelpers !== null) {
        const helper = Object.entries(c.credHelpers).find(([key]) => authKeyHost(key) === host || (isHub && hubKey(key)));
        if (helper && typeof helper[1] === 'string' && helper[1] !== '')
            return { helper: { name: helper[1], serverUrl: helper[0], from: 'credHelpers' } };
    }
    let note;
    let matched;
    if (typeof c.auths === 'object' && c.auths !== null) {
        const entries = Object.entries(c.auths);
        const match = (isHub ? HUB_KEYS.map((k) => entries.find(([key]) => key === k)).find(Boolean) : undefined) ??
            entries.find(([key]) => authKeyHost(key) === host || (isHub && authKeyHost(key) === 'index.docker.io'));
        if (match) {
            const [key, entry] = match;
            const creds = decodeEntry(entry);
            if (creds)
                return { credentials: creds, key };
            matched = key;
            note = `the entry '${key}' in the Docker config holds no usable auth`;
        }
    }
    // With a credential store, `auths` keeps empty placeholder entries; the secret is in the store.
    if (typeof c.credsStore === 'string' && c.credsStore !== '')
        return { key: matched, helper: { name: c.credsStore, serverUrl: isHub ? HUB_KEYS[0] : (matched ?? host), from: 'credsStore' } };
    return matched ? { key: matched, note } : {};
}
/** Spawns helpers by argv (no shell), PATH-resolved, killed when the timeout passes. */
function spawnCredentialHelper(env = process.env) {
    return (program, input, timeoutMs) => new Promise((done) => {
        const child = (0,external_node_child_process_.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let finished = false;
        const finish = (out) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            done(out);
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            finish({ code: -1, stdout: '', stderr, timedOut: true });
        }, timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', (e) => finish({ code: -1, stdout: '', stderr: e.message, notFound: e.code === 'ENOENT' || e.code === 'EACCES' }));
        child.on('close', (code) => finish({ code: code ?? -1, stdout, stderr }));
        child.stdin.on('error', () => { });
        child.stdin.end(input);
    });
}
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The other way to authenticate: the step's (or the command's) own credentials. */
const PASS_CREDENTIALS = (0,src_errors/* words */.aL) `pass ${(0,src_errors/* named */.KT)('username')} and ${(0,src_errors/* named */.KT)('password')}`;
/** The other way where the step takes none: the credentials written into the Docker config by a login. */
const PLAIN_LOGIN = 'log in with docker login (docker/login-action in a workflow) with no credential helper configured';
/**
 * Credentials per registry from the Docker config, as docker/login-action or
 * a credential helper leaves them: the file is read once, each registry's
 * helper runs at most once (only when the registry asks for credentials),
 * and every secret is masked as soon as it is read. A helper that is not
 * installed, times out or fails is a UserError naming it and the config
 * file; "credentials not found" from a helper means anonymous access.
 */
function dockerCredentialSource(o) {
    let config;
    let loaded = false;
    const cache = new Map();
    const run = o.run ?? spawnCredentialHelper();
    const timeoutMs = o.timeoutMs ?? 10_000;
    const orElse = o.ownCredentials ? PASS_CREDENTIALS : PLAIN_LOGIN;
    const lookup = async (registry) => {
        if (!loaded) {
            config = readDockerConfig(o.configPath);
            loaded = true;
        }
        const found = lookupDockerCredentials(config, registry);
        if (found.credentials) {
            o.secret(found.credentials.password);
            return found.credentials;
        }
        if (found.note)
            o.log?.(found.note);
        if (!found.helper)
            return undefined;
        const { name, serverUrl, from } = found.helper;
        const where = from === 'credHelpers' ? `credHelpers["${serverUrl}"]` : 'credsStore';
        const program = `docker-credential-${name}`;
        if (!HELPER_NAME.test(name))
            throw new src_errors/* UserError */.yo(`${where} in ${o.configPath} names '${name}', which is not a credential helper name`, {
                hint: (0,src_errors/* words */.aL) `use a helper name such as ecr-login or gcloud, or ${orElse}`,
            });
        const out = await run(program, serverUrl, timeoutMs);
        if (out.notFound)
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${where} sends ${registry} to ${program}, which is not installed (not found on PATH)`, {
                hint: (0,src_errors/* words */.aL) `install ${program} on the runner, remove ${where} from the Docker config, or ${orElse}`,
            });
        if (out.timedOut)
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${program} get did not answer for ${registry} within ${Math.round(timeoutMs / 1000)}s`, {
                hint: (0,src_errors/* words */.aL) `check that ${program} works without a prompt on the runner, or ${orElse}`,
            });
        if (out.code !== 0) {
            if (/credentials not found/i.test(`${out.stdout} ${out.stderr}`)) {
                o.log?.(`${program} has no credentials for ${registry}; continuing anonymously`);
                return undefined;
            }
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${program} get failed for ${registry} (exit ${out.code}: ${firstLine(out.stderr)})`, {
                hint: (0,src_errors/* words */.aL) `check ${program} on the runner, or ${orElse}`,
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(out.stdout);
        }
        catch {
            // Never quote the output: it may hold the secret.
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${program} get printed something other than JSON for ${registry}`, {
                hint: (0,src_errors/* words */.aL) `check ${program} on the runner, or ${orElse}`,
            });
        }
        const secret = typeof parsed?.Secret === 'string' ? parsed.Secret : '';
        if (secret !== '')
            o.secret(secret);
        const username = typeof parsed?.Username === 'string' ? parsed.Username : '';
        if (secret === '' || username === '')
            return undefined;
        if (username === '<token>') {
            o.log?.(`${program} returned an identity token for ${registry}, which lockstep does not exchange; continuing anonymously`);
            return undefined;
        }
        return { username, password: secret };
    };
    return (registry) => {
        const key = registry.toLowerCase();
        let p = cache.get(key);
        if (!p)
            cache.set(key, (p = lookup(key)));
        return p;
    };
}
function firstLine(s) {
    const line = s.trim().split('\n')[0] ?? '';
    return (line || 'no output').slice(0, 200);
}
function decodeEntry(entry) {
    if (typeof entry !== 'object' || entry === null)
        return undefined;
    const e = entry;
    if (typeof e.auth === 'string' && e.auth !== '') {
        const text = Buffer.from(e.auth, 'base64').toString('utf8');
        const colon = text.indexOf(':');
        if (colon > 0)
            return { username: text.slice(0, colon), password: text.slice(colon + 1) };
        return undefined;
    }
    if (typeof e.username === 'string' && typeof e.password === 'string' && e.username !== '')
        return { username: e.username, password: e.password };
    return undefined;
}
/** Reads and parses the Docker config file; undefined when absent or not JSON (a broken file is not ours to judge). */
function readDockerConfig(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/local-repo.ts



// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
async function hasRemote(git, remote = 'origin') {
    return (await asRepo(git).remoteUrl(remote, true)) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await gitTry(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await gitTry(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await gitTry(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const head = await asRepo(git).remoteHead(remote, true);
    return head && BRANCH.test(head) ? head : undefined;
}
/** The last tag reachable from `commit` (`git describe --tags`), or '' when there is none. */
async function lastTagOn(git, commit) {
    return (await gitTry(git, ['describe', '--tags', '--abbrev=0', commit])) ?? '';
}
/**
 * HEAD's commit, whether the clone is shallow and where the working directory
 * is in the repository, from one git start instead of three (each start
 * blocks the run for a few ms, before the walk of the commits can begin).
 */
async function headFacts(git) {
    const r = await git(['rev-parse', '--is-shallow-repository', '--show-prefix', '--verify', '--quiet', 'HEAD^{commit}']);
    // Printed in the order asked: true or false, the prefix (an empty line at the top; a folder name may hold a
    // newline), then HEAD's commit when it names one (exit 0).
    const text = r.stdout.toString('utf8');
    const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
    const sha = r.code === 0 && lines.length >= 3 ? lines.pop() : undefined;
    const shallow = lines.shift() === 'true';
    asRepo(git).noteShallow(shallow);
    return { head: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined, shallow, prefix: lines.join('\n') };
}
/** HEAD's commit, or undefined when HEAD names none (headProblem says why). */
async function headCommit(git) {
    return (await gitTry(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
}
/**
 * Why HEAD names no commit, as a user error saying what is wrong with the
 * repository (no commit yet, an unborn branch, a bare repository); undefined
 * when HEAD is a commit. `consequence` starts the hint (e.g. "nothing to release").
 */
async function headProblem(git, consequence) {
    if (await headCommit(git))
        return undefined;
    const then = (fix) => (consequence ? `${consequence}: ${fix}` : fix);
    if ((await gitTry(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new UserError('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await gitTry(git, ['rev-list', '--max-count=1', '--all'])))
        return new UserError('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new UserError(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}
/** The branch `refs/remotes/<remote>/HEAD` names (as git stores it, unchecked), or undefined when it is not set. */
async function remoteHeadRef(git, remote = 'origin') {
    const sym = await gitTry(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    return sym?.replace(`refs/remotes/${remote}/`, '');
}
/** The top folder of the repository `git` runs in, or undefined outside one. */
function topLevel(git) {
    return gitTry(git, ['rev-parse', '--show-toplevel']);
}
/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
async function pathPrefix(git) {
    return (await gitText(git, ['rev-parse', '--show-prefix'])).trim();
}
/** pathPrefix, or '' when git cannot tell. */
async function pathPrefixOrTop(git) {
    return (await gitTry(git, ['rev-parse', '--show-prefix'])) ?? '';
}
/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
function shortHeadCommit(git) {
    return spawn_gitTry(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
}
/** Makes the empty folder `git` runs in a bare repository whose origin is `url`. */
async function initBareWithOrigin(git, url) {
    for (const args of [
        ['init', '--quiet', '--bare'],
        ['remote', 'add', '--', 'origin', url],
    ]) {
        const r = await git(args);
        if (r.code !== 0)
            throw new Error(`git ${args[0]} failed: ${r.stderr.trim()}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/operations/digests/short-head.ts


// Apart from run.ts so that publish, which records the commit too, does not bundle the image capture
// and its signature verification (about 250 KiB of chunks publish-chart never loads).
/** The short commit of HEAD (`git rev-parse --short HEAD`); publish records it too. */
async function shortHead(git) {
    const out = await shortHeadCommit(git);
    if (out === undefined || !/^[0-9a-f]{4,64}$/.test(out))
        throw new src_errors/* UserError */.yo('cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit', {
            hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
            cliHint: 'pass --sha with the commit the images were built from, or commit first (git add, then git commit)',
        });
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/settings/resolve.ts

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
    const key = camel_camel(s.config.key);
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
        const other = (s.config.where === 'environment' ? env?.[camel_camel(when.key)] : undefined) ?? top?.[camel_camel(when.key)];
        return { value: other === when.is ? when.then : when.otherwise, from: 'default' };
    }
    return { value: s.config.default, from: 'default' };
}

;// CONCATENATED MODULE: ./packages/core/src/settings/read.ts
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
            out[camel(s.input)] = value;
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
            return fallback !== undefined && inputs.source(name) === '' ? splitList(fallback) : inputs.list(name);
        case 'duration': {
            const text = inputs.optional(name);
            if (text === undefined)
                return undefined;
            const ms = parseDuration(text);
            if (ms === undefined)
                throw new UserError(`is '${text}', not a duration`, { input: name, hint: DURATION_HINT });
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
        const v = read[camel_camel(s.input)];
        byInput[s.input] = Array.isArray(v) && v.length === 0 ? undefined : v;
    }
    const out = {};
    for (const [input, r] of Object.entries(resolveSettings(table, byInput, config, scope)))
        if (r.value !== undefined)
            out[camel_camel(input)] = r.value;
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
    const backed = table.settings.filter((s) => s.config !== undefined).map((s) => camel(s.input));
    const out = new Set([...backed, ...also.map(String)]);
    return Object.fromEntries(Object.entries(given).filter(([field]) => !out.has(field)));
}

// EXTERNAL MODULE: ./packages/core/src/settings/table-publish.ts
var table_publish = __webpack_require__(7401);
;// CONCATENATED MODULE: ./packages/core/src/operations/publish/run.ts


























/**
 * The publish: the charts to package, each packaged as `helm package`
 * does, every chart checked against the registry before anything is pushed
 * (a published version with other content refuses the whole run), then the
 * pushes and signatures, then the digests file.
 */
async function runPublish(req, world) {
    const config = await loadCheckedConfig(req.workdir, req.config);
    // Input > config > none, as every operation decides it (settings/read.ts).
    const { registry } = settingsFor(table_publish/* PUBLISH */.W, { registry: req.registry }, config);
    if (!registry)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `no registry to publish to: ${(0,src_errors/* theInput */.y8)('registry')} is empty and the config has no chart-registry`, {
            file: config.file,
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('registry')} (e.g. ${(0,src_errors/* named */.KT)('registry', 'oci://ghcr.io/acme/charts')}), or chart-registry: in .github/lockstep.yml`,
        });
    const key = req.signingKey === undefined ? undefined : signingKey(req.signingKey);
    const packages = await packageAll(req, world, publishedCharts(req, world, config), config);
    const transport = (world.services.http ?? nodeTransport)();
    const client = (world.services.registry ?? ((o) => new RegistryClient(o)))({
        transport,
        clock: world.clock,
        retry: world.services.retry,
        credentials: req.credentials
            ? () => req.credentials
            : dockerCredentialSource({
                configPath: dockerConfigPath({ DOCKER_CONFIG: world.env.DOCKER_CONFIG || undefined }, world.env.HOME || (0,external_node_os_.homedir)()),
                secret: world.secret,
                ownCredentials: true,
            }),
        log: (line) => world.reporter.debug(line),
    });
    world.reporter.group(`Publishing ${packages.length} chart${packages.length === 1 ? '' : 's'} to ${registry}`);
    try {
        const repoOf = (p) => parseReference(`${registry}/${p.name}`);
        // Every chart is compared with the registry first: a refusal leaves the registry as it was.
        const options = (p, dryRun) => ({
            dryRun,
            key,
            sameChart: (stored) => sameChart(p, stored),
        });
        await settle(packages.map((p) => () => registryStep(() => pushChart(client, repoOf(p), p, options(p, true)), p)));
        const rows = [];
        for (const p of packages) {
            const outcome = await registryStep(() => pushChart(client, repoOf(p), p, options(p, req.dryRun)), p);
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
            outputs: { charts: JSON.stringify(chartsOutput), digests: digests ? digestsOneLine(digests.file) : '', file: digests?.path ?? '' },
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
    const all = discover_findCharts(tree_listChartFiles(req.workdir));
    const lineOf = (path) => configLine(config, path);
    const choice = chartChoice(req.charts, config, lineOf);
    if (choice.kind === 'none') {
        world.reporter.info(`${whereOf(choice.at)}: charts: [] — no chart to publish`);
        return [];
    }
    if (choice.kind === 'every' && all.length === 0)
        throw new src_errors/* UserError */.yo(`no chart under ${req.workingDirectory}`, {
            hint: (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('working-directory')} to the folder holding the charts, or name them in ${(0,src_errors/* named */.KT)('charts')}`,
        });
    const ignored = ignoredEntries(config, lineOf);
    if (choice.kind === 'patterns')
        (0,src_errors/* throwAll */.Kx)(unmatchedEntries([...choice.entries, ...ignored], all));
    // Charts named by the input were chosen for this run: only the config's patterns leave charts out unsaid.
    const left = req.charts.length > 0 ? [] : uncoveredCharts(all, choice, ignored);
    const skipped = skippedLine(left, { file: config.file, line: lineOf(['charts']) });
    if (skipped)
        world.reporter.info(skipped);
    return selectCharts(all, choice);
}
/** Every chart packaged before anything is sent; two charts of one name would share a tag, so that is refused. */
async function packageAll(req, world, dirs, config) {
    const out = [];
    // An environment's values file kept in a chart folder is deployment state: packaged as if .helmignore listed it.
    const isState = deploymentState(config.environments.flatMap((e) => (e.values !== undefined ? [e.values] : [])));
    for (const dir of dirs) {
        const abs = (0,external_node_path_.resolve)(req.workdir, dir);
        const label = (0,fs_workspace/* workspaceRelative */.Uc)(world.workspace, abs);
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
        if (e instanceof RegistryError)
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
    const abs = (0,fs_workspace/* resolveInside */.LI)(world.workspace, (0,external_node_path_.relative)(world.workspace, (0,external_node_path_.join)(req.workdir, req.digestsFile)), 'digests-file');
    const path = (0,fs_workspace/* workspaceRelative */.Uc)(world.workspace, abs);
    const sha = req.sha ?? (await shortHead(world.services.repo?.(req.workdir) ?? gitSpawner(req.workdir)));
    const before = (0,external_node_fs_.existsSync)(abs) ? (0,external_node_fs_.readFileSync)(abs, 'utf8') : undefined;
    const existing = before === undefined ? {} : await parseDigests(before, path);
    const incoming = Object.fromEntries(rows.map((r) => [r.name, { digest: r.digest, image: r.image, sha, tag: r.tag }]));
    const file = mergeDigests(existing, incoming, { overwrite: false, file: path, text: before });
    const after = formatDigests(file);
    const changes = after === before ? [] : [{ path, before, after }];
    const written = changes.length > 0 && !req.dryRun;
    if (written) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
        commitChanges(world.workspace, changes);
    }
    return { path, changed: changes.length > 0, written, diff: renderDiff(changes), file, changes };
}


/***/ })

};

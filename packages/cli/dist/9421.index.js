export const id = 9421;
export const ids = [9421,9002];
export const modules = {

/***/ 48216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   environmentContract: () => (/* binding */ environmentContract)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _values_chart_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69630);
/* harmony import */ var _values_contract_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24000);
/* harmony import */ var _values_contract_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84828);
// The values contract of one environment as the pull request check renders
// it: the chart folder's files at the head (its subcharts under charts/, as the
// render reads them) and the values files of the repository the render reads.
// Each key those files set that no template of the chart, its subcharts or
// global reads (values/contract.ts) is one finding at its line, with the
// nearest key the chart reads.






/**
 * Judges `valueFiles` against the chart whose files (`files`, by path in the chart) sit at `dir` of the
 * repository. A template or values file that does not parse, or a chart that lockstep stops reading, is
 * `failed`, its file named by its path in the repository. With `cache`, a chart another environment of the
 * run judged is not read again (unless a values file holds template strings, which its reading includes).
 */
async function environmentContract(dir, files, valueFiles, cache = new Map()) {
    const meta = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_3__/* .chartMeta */ .Ae)(files.get('Chart.yaml') ?? '');
    const name = meta.name ?? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(dir);
    try {
        const key = digestOf(files);
        let read = cache.get(key);
        if (!read) {
            read = { chart: await (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readChartValues */ .zV)((0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_3__/* .archiveTree */ .HT)(files), '', { ...meta, name, version: meta.version ?? '0.0.0' }) };
            cache.set(key, read);
        }
        const reports = [];
        for (const v of valueFiles) {
            const strings = (0,_values_contract_index_js__WEBPACK_IMPORTED_MODULE_4__/* .valuesTemplates */ .Q)(v.text);
            const index = strings.length > 0 ? (0,_values_contract_index_js__WEBPACK_IMPORTED_MODULE_4__/* .contractIndex */ .$)(read.chart, strings) : (read.index ??= (0,_values_contract_index_js__WEBPACK_IMPORTED_MODULE_4__/* .contractIndex */ .$)(read.chart));
            try {
                reports.push((0,_values_contract_js__WEBPACK_IMPORTED_MODULE_5__/* .judgeValues */ .A_)(index, v.text, v.path));
            }
            catch (e) {
                if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
                    return { failed: e };
                throw e;
            }
        }
        return { reports };
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo))
            throw e;
        // A template's file is named inside the chart: said by its path in the repository.
        const file = e.file === undefined ? dir : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, e.file);
        return { failed: new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(e.detail, { file, line: e.line, hint: e.hint }) };
    }
}
function digestOf(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1)))
        h.update(path).update('\0').update(text).update('\0');
    return h.digest('hex');
}


/***/ }),

/***/ 29002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony export lineEnding */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 9547).then(__webpack_require__.t.bind(__webpack_require__, 99547, 23)), body, file, hint, what, e);
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

/***/ 64293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ YAML_DOCUMENTS),
/* harmony export */   IS: () => (/* binding */ mapValue),
/* harmony export */   MQ: () => (/* binding */ YAML_DOCUMENT),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   oB: () => (/* binding */ nodeAt),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony export duplicateKey */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47812);



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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                const id = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? scalarId(key.value) : key;
                if (seen.has(id)) {
                    const at = key?.range?.[0] ?? pair.value?.range?.[0];
                    if (at !== undefined && (first === undefined || at < first))
                        first = at;
                }
                seen.add(id);
                stack.push(pair.key, pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return undefined;
        if (typeof key === 'number') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                return undefined;
            node = node.items[key];
        }
        else {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                return undefined;
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is not a plain value`, { file: parsed.file, line, hint: 'write it as a string' });
    if (node.value === null && node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && (node.source ?? '') === '')
        return undefined;
    const source = node.range ? parsed.text.slice(node.range[0], node.range[1]) : String(node.value);
    if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN) {
        const t11 = (0,_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml11Type */ .Ax)(source);
        const t12 = (0,_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml12Type */ .lo)(source);
        if (t11 !== 'str' || t12 !== 'str') {
            const kind = t11 !== 'str' ? t11 : t12;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`, {
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
/** A scalar node's value as text; undefined for anything else or an empty scalar. */
function scalarText(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}


/***/ }),

/***/ 47812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ yaml11Type),
/* harmony export */   _O: () => (/* binding */ doubleQuote),
/* harmony export */   aj: () => (/* binding */ isPlainSafe),
/* harmony export */   lo: () => (/* binding */ yaml12Type),
/* harmony export */   nI: () => (/* binding */ singleQuote),
/* harmony export */   zN: () => (/* binding */ plainReadsAsString)
/* harmony export */ });
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


/***/ })

};

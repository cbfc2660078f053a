export const id = 9096;
export const ids = [9096];
export const modules = {

/***/ 29002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   bq: () => (/* binding */ parseJsonAt)
/* harmony export */ });
/* unused harmony exports frame, lineEnding, lineAt, parseJsonWith */
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

/***/ 98102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YH: () => (/* binding */ CORE_SCHEMA_LIKE_YAML),
/* harmony export */   gP: () => (/* binding */ coreNonString),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48105);
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
    return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .defineScalarTag */ .Gf)(`tag:yaml.org,2002:${tagName}`, {
        implicit: true,
        implicitFirstChars: firstChars,
        resolve: (s) => {
            for (const [test, resolve] of forms)
                if (test.test(s))
                    return resolve(s);
            return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .NOT_RESOLVED */ .Hg;
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
const MAP = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .defineMappingTag */ .bH)('tag:yaml.org,2002:map', {
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
const CORE_SCHEMA_LIKE_YAML = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Schema */ .Sj([js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .strTag */ .ym, js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .seqTag */ .UD, MAP, ...CORE]);
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
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            open.pop();
            continue;
        }
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT) {
            if (e.directives.length > 0)
                return false;
            open.push({ map: false, children: 0 });
            continue;
        }
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1)
            return false;
        const parent = open[open.length - 1];
        const key = parent.map && parent.children % 2 === 0;
        parent.children++;
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            if (key && e.valueEnd - e.valueStart > LONG_KEY)
                return false;
            continue;
        }
        if (e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .COLLECTION_STYLE */ .Rl.BLOCK && !blockLineStart(text, e.start))
            return false;
        open.push({ map: e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING, children: 0 });
    }
    return true;
}


/***/ }),

/***/ 88855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   SV: () => (/* binding */ plainDocument),
/* harmony export */   VE: () => (/* binding */ PLAIN_DOCUMENT)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48105);
/* harmony import */ var _js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98102);
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
    if (e.valueStart < 0 || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.LITERAL_BLOCK || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.FOLDED_BLOCK)
        return undefined;
    const value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, e);
    return e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN && (0,_js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__/* .coreNonString */ .gP)(value) ? undefined : value;
}
/** The line index of the document's events; undefined at a key it cannot read as the yaml package does. */
function lineIndex(text, events) {
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
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            const closed = open.pop();
            if (closed !== undefined)
                place(closed.node);
        }
        else if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            if (keyNext) {
                const key = keyText(text, e);
                if (key === undefined)
                    return undefined;
                top.key = key;
                continue;
            }
            const block = e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.LITERAL_BLOCK || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.FOLDED_BLOCK;
            const node = { line: e.valueStart >= 0 && e.valueEnd > e.valueStart && !block ? lineAt(e.valueStart) : UNKNOWN };
            if (e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN)
                node.plain = e.valueStart < 0 ? [0, 0] : [e.valueStart, e.valueEnd];
            place(node);
        }
        else if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING || e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE) {
            if (keyNext)
                return undefined;
            const line = lineAt(e.start);
            open.push({ node: e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING ? { line, keys: new Map() } : { line, items: [] }, key: undefined });
        }
        else if (e.type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT)
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
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, {});
        if (!(0,_js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .pj)(text, events))
            return undefined;
        data = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, schema: _js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__/* .CORE_SCHEMA_LIKE_YAML */ .YH, maxAliases: 0 });
    }
    catch {
        return undefined;
    }
    if (data.length > 1)
        return undefined;
    if (data.length === 0)
        return { data: null, lineOf: () => undefined, plainAt: () => undefined };
    const root = lineIndex(text, events);
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

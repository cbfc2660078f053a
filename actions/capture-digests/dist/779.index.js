export const id = 779;
export const ids = [779];
export const modules = {

/***/ 5779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  PIN_FILE_KEYS: () => (/* binding */ PIN_FILE_KEYS),
  configLine: () => (/* binding */ configLine),
  configOfRefusal: () => (/* binding */ configOfRefusal),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfigText: () => (/* binding */ parseConfigText),
  pinFileOf: () => (/* binding */ pinFileOf),
  rawConfig: () => (/* binding */ rawConfig),
  unnamedKeys: () => (/* binding */ unnamedKeys),
  verifyFor: () => (/* binding */ verifyFor),
  verifyOptOut: () => (/* binding */ verifyOptOut)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
    if (!isScalar(node))
        throw new UserError(`${label} is not a plain value`, { file: parsed.file, line, hint: 'write it as a string' });
    if (node.value === null && node.type === Scalar.PLAIN && (node.source ?? '') === '')
        return undefined;
    const source = node.range ? parsed.text.slice(node.range[0], node.range[1]) : String(node.value);
    if (node.type === Scalar.PLAIN) {
        const t11 = yaml11Type(source);
        const t12 = yaml12Type(source);
        if (t11 !== 'str' || t12 !== 'str') {
            const kind = t11 !== 'str' ? t11 : t12;
            throw new UserError(`${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`, {
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

// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var duration = __webpack_require__(8473);
;// CONCATENATED MODULE: ./packages/core/src/config/readers.ts
// The readers a config key's declaration names (`reader:` in settings/table-*.ts and config-keys.ts): how the
// loader reads a value that is more than the value as written (a duration, a mapping with defaults), and how
// `lockstep config` shows it again in the file's spelling. The declarations name a reader by its key here
// (config/ imports no settings/: docs/architecture.md); raw.generated.ts lists which key reads through which.


/** The OIDC issuer of GitHub Actions' tokens: the default `verify.attestation.issuer`. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** A duration (30m, 1h30m) read in milliseconds, refused at its line when it is none. */
function readers_duration(text, at, path) {
    const ms = (0,duration/* parseDuration */.E9)(text);
    if (ms === undefined)
        throw new src_errors/* UserError */.yo(`'${at.name(path)}' is '${text}', not a duration`, { file: at.file, line: at.lineOf(path), hint: duration/* DURATION_HINT */.Fp });
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
        durationMs: readers_duration(x.duration, at, [kind, j, 'duration']),
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
        read: (v, at) => (v === undefined ? undefined : readers_duration(v, at, [])),
        show: (ms) => (0,duration/* formatDuration */.a3)(ms).replace(/ /g, ''),
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

// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./packages/core/src/text/camel.ts
var camel = __webpack_require__(1703);
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
    const body = (0,bytes/* stripBom */.F8)(text);
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
        if (value !== undefined && !((0,camel/* camel */.n)(key) in into))
            into[(0,camel/* camel */.n)(key)] = value;
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
            out[(0,camel/* camel */.n)(key)] = value;
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


/***/ })

};

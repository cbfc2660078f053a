export const id = 776;
export const ids = [776];
export const modules = {

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chooseEnvironments: () => (/* binding */ chooseEnvironments),
  hydrateOf: () => (/* binding */ hydrateOf),
  repositoryUrl: () => (/* binding */ repositoryUrl),
  runHydrate: () => (/* binding */ runHydrate)
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
function read_parseYaml(text, file, opts = {}) {
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
const read_YAML_DOCUMENT = { name: 'yaml', parse: (text, file) => read_parseYaml(text, file) };
/** parseYaml of a text that may hold several documents (`allowMulti`), as a ParseCache keeps it. */
const read_YAML_DOCUMENTS = {
    name: 'yaml-multi',
    parse: (text, file) => read_parseYaml(text, file, { allowMulti: true }),
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
function read_mapValue(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
/** A scalar node's value as text; undefined for anything else or an empty scalar. */
function read_scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
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

;// CONCATENATED MODULE: ./packages/core/src/text/duration.ts
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

;// CONCATENATED MODULE: ./packages/core/src/config/readers.ts
// The readers a config key's declaration names (`reader:` in settings/table-*.ts and config-keys.ts): how the
// loader reads a value that is more than the value as written (a duration, a mapping with defaults), and how
// `lockstep config` shows it again in the file's spelling. The declarations name a reader by its key here
// (config/ imports no settings/: docs/architecture.md); raw.generated.ts lists which key reads through which.


/** The OIDC issuer of GitHub Actions' tokens: the default `verify.attestation.issuer`. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** A duration (30m, 1h30m) read in milliseconds, refused at its line when it is none. */
function duration(text, at, path) {
    const ms = parseDuration(text);
    if (ms === undefined)
        throw new src_errors/* UserError */.yo(`'${at.name(path)}' is '${text}', not a duration`, { file: at.file, line: at.lineOf(path), hint: DURATION_HINT });
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

;// CONCATENATED MODULE: ./packages/core/src/text/bytes.ts

/** Splits off the BOM and finds the line ending, so edits can put both back. */
function bytes_frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    return { bom, body, eol: lineEnding(body) };
}
/** The text without a leading byte-order mark. */
function bytes_stripBom(text) {
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
    const body = bytes_stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 547).then(__webpack_require__.t.bind(__webpack_require__, 9547, 23)), body, file, hint, what, e);
    }
}
/** parseJsonAt for callers that hold jsonc-parser already (editors that need its offsets): synchronous. */
function parseJsonWith(jsonc, text, file, hint, what = 'invalid JSON') {
    const body = bytes_stripBom(text);
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
    return new UserError(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

;// CONCATENATED MODULE: ./packages/core/src/text/camel.ts
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
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
    const body = bytes_stripBom(text);
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
    const parsed = read_parseYaml(body, file ?? DEFAULT_CONFIG_PATH);
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
            tree ??= read_parseYaml(body, file ?? DEFAULT_CONFIG_PATH);
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
        if (value !== undefined && !(camel(key) in into))
            into[camel(key)] = value;
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
            out[camel(key)] = value;
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
const spawn_GIT_FETCH = ['-c', 'maintenance.auto=false', 'fetch'];
/**
 * How a shallow clone is deepened when more of its history is needed (a merge
 * base, a pin's soak time): this many commits more behind its boundary, in
 * turn, before the rest of it is fetched.
 */
const spawn_DEEPEN_STEPS = (/* unused pure expression or super */ null && ([64, 512, 4096]));
/**
 * A spawner over node:child_process, without the Repo's memo (objects.ts's
 * gitSpawner adds it). It is used instead of @actions/exec on purpose: this
 * action's cost is dominated by process start and module loading, and a raw
 * spawn keeps both small.
 */
function spawnGit(cwd, env = process.env) {
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
    return git([...spawn_GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', '--', remote, ...specs]);
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
        ...spawn_GIT_FETCH,
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
async function local_localText(git, args, opts) {
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
    return repo_asRepo(spawnGit(cwd, env));
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

;// CONCATENATED MODULE: ./packages/core/src/git/auth.ts


/** The Basic credential git sends for a GitHub token (what actions/checkout configures). */
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/**
 * Every form of the token that could surface in git's output or an error:
 * the token itself and the base64 Basic credential built from it. Callers
 * mask each one (setSecret) before the first git call.
 */
function authSecrets(token) {
    if (!token)
        return [];
    const basic = basicCredential(token);
    return [token, basic, encodeURIComponent(token)].filter((s, i, all) => all.indexOf(s) === i);
}
/** Replaces every secret in `text` with `***`. */
function redact(text, secrets) {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        if (s)
            out = out.split(s).join('***');
    return out;
}
/**
 * The `http.<url>.` config prefix git matches for a remote: the server's
 * origin with a trailing slash, so every repository on that host (a fork's
 * upstream, a redirect after a rename) gets the header, as actions/checkout
 * does. Undefined for remotes that are not http(s) (a path, ssh): there the
 * token has no use and nothing is set.
 */
function headerScope(remoteUrl) {
    let u;
    try {
        u = new URL(remoteUrl);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return undefined;
    return `${u.protocol}//${u.host}/`;
}
/**
 * Env vars that give git the token for `remoteUrl` without argv, URL or
 * .git/config (GIT_CONFIG_COUNT… http.<url>.extraheader).
 *
 * Two entries are added after any the environment already has
 * (`inherited`'s GIT_CONFIG_COUNT): an empty `extraheader`, which clears the
 * headers collected so far — notably the one actions/checkout persists in
 * .git/config with `persist-credentials: true`, which may hold another
 * (read-only) token — and then ours, so git sends exactly one Authorization
 * header. Command-scope config is read after system, global and local
 * files, which is what makes the clearing entry work. An empty
 * `credential.helper` likewise switches off stored credentials.
 */
function gitAuthEnv(remoteUrl, token, inherited = {}) {
    const scope = token ? headerScope(remoteUrl) : undefined;
    if (!token || !scope)
        return {};
    if (/[\r\n\0]/.test(token))
        throw new Error('the GitHub token contains a line break or NUL; it cannot be sent as a header');
    const start = /^\d+$/.test(inherited.GIT_CONFIG_COUNT ?? '') ? Number(inherited.GIT_CONFIG_COUNT) : 0;
    const key = `http.${scope}.extraheader`;
    const entries = [
        [key, ''],
        [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
        // The token is the identity: no credential helper may answer a 401 with another one.
        ['credential.helper', ''],
    ];
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = k;
        env[`GIT_CONFIG_VALUE_${start + i}`] = v;
    });
    return env;
}
/** Replaces every secret in a byte buffer (git's stdout may be binary, so no text round trip unless a secret is there). */
function redactBytes(data, secrets) {
    if (!secrets.some((s) => s && data.includes(s)))
        return data;
    let out = data;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (!s)
            continue;
        const parts = [];
        let from = 0;
        for (let at = out.indexOf(s, from); at >= 0; at = out.indexOf(s, from)) {
            parts.push(out.subarray(from, at), Buffer.from('***'));
            from = at + Buffer.byteLength(s);
        }
        parts.push(out.subarray(from));
        out = Buffer.concat(parts);
    }
    return out;
}
/** A password embedded in a remote URL (some workflows still write one), raw and decoded, so it is scrubbed too. */
function urlSecrets(remoteUrl) {
    try {
        const { password } = new URL(remoteUrl);
        if (!password)
            return [];
        const decoded = decodeURIComponent(password);
        return [...new Set([password, decoded, Buffer.from(decoded).toString('base64')])];
    }
    catch {
        return [];
    }
}
/**
 * A gitSpawner whose processes carry the token through gitAuthEnv, with
 * trace redaction forced on and every form of the token scrubbed from
 * git's output before anyone can log or throw it (a server's hook message
 * that echoes a credential included).
 */
function authedGit(cwd, remoteUrl, token, base = process.env) {
    const env = { ...base, ...gitAuthEnv(remoteUrl, token, base), GIT_TRACE_REDACT: '1' };
    const inner = gitSpawner(cwd, env);
    const secrets = [...authSecrets(token), ...urlSecrets(remoteUrl)];
    if (secrets.length === 0)
        return inner;
    const git = async (args) => {
        const r = await inner(args);
        return { code: r.code, stdout: redactBytes(r.stdout, secrets), stderr: redact(r.stderr, secrets) };
    };
    // A secret holds no NUL byte (else the whole output is read and scrubbed): none can straddle two records,
    // so scrubbing each record scrubs the output.
    const records = inner.records;
    if (records && !secrets.some((s) => s.includes('\0')))
        git.records = async (args, onRecord, signal) => {
            const r = await records(args, (record) => onRecord(redactBytes(record, secrets)), signal);
            return { code: r.code, stderr: redact(r.stderr, secrets) };
        };
    return repo_asRepo(git);
}
/** The real RepoOpener in `env`: a plain Repo, or with `auth` one whose git carries the token (authedGit). */
function repoOpener(env = process.env) {
    return (cwd, auth) => (auth ? repo_asRepo(authedGit(cwd, auth.remoteUrl, auth.token, env)) : openRepo(cwd, env));
}
/**
 * `repo` with the token given to git through its environment (never argv,
 * URL or .git/config) when there is a token and an origin to use it on,
 * opened by `open`; else `repo` itself. What `repo` learnt of origin's URL is kept.
 */
async function withToken(repo, cwd, token, open) {
    if (!token)
        return repo;
    const url = await repo.remoteUrl();
    if (url === undefined)
        return repo;
    const authed = open(cwd, { remoteUrl: url, token });
    authed.knowRemoteUrl(url);
    return authed;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/core/src/git/refs.ts

/**
 * Refuses, without running anything, a name that git could read as an
 * option (a leading `-`, e.g. `--upload-pack=touch /tmp/x`), that holds
 * white space or control characters, that uses the `@{…}` reflog syntax,
 * or that is spelled as a full ref. Call it while validating inputs, before
 * any git process starts (RELIABILITY case 2).
 */
function assertRefInput(name, input, kind = 'branch') {
    const bad = (why) => new src_errors/* UserError */.yo(`: ${JSON.stringify(name)} is not a valid ${kind} name (${why})`, {
        input: input,
        hint: `use a plain ${kind} name such as ${kind === 'branch' ? 'chore/release-1.2.0' : 'v1.2.0'}`,
    });
    if (name === '')
        throw bad('empty');
    if (name.startsWith('-'))
        throw bad('starts with "-"');
    if (/[\s\u0000-\u001f\u007f]/u.test(name))
        throw bad('contains white space or a control character');
    if (name.includes('@{'))
        throw bad('contains "@{"');
    if (name === 'HEAD' || name === '@')
        throw bad('names HEAD');
    if (/^refs\//.test(name))
        throw bad(`give it without the refs/${kind === 'branch' ? 'heads' : 'tags'}/ prefix`);
    if (name.length > 255)
        throw bad('longer than 255 characters');
}
/**
 * Validates a branch or tag name from an input: assertRefInput first, then,
 * for a name PLAIN_NAME does not cover, `git check-ref-format` (`--branch` for
 * branches, `refs/tags/<name>` for tags), so git's own rules decide (`..`,
 * `~`, `.lock`, …). Returns the name.
 */
async function refs_checkRefName(git, name, input, kind = 'branch') {
    assertRefInput(name, input, kind);
    // A plain name (PLAIN_NAME) is one git accepts: no git start for it (a promotion's fetch of main waited for one).
    const key = `${kind}\0${name}`;
    if (PLAIN_NAME.test(name) || accepted.has(key))
        return name;
    const r = await git(kind === 'branch' ? ['check-ref-format', '--branch', name] : ['check-ref-format', `refs/tags/${name}`]);
    if (r.code !== 0)
        throw new src_errors/* UserError */.yo(`: ${JSON.stringify(name)} is not a valid ${kind} name (git check-ref-format refused it)`, {
            input: input,
            hint: 'see `git help check-ref-format` for the rules',
        });
    accepted.add(key);
    return name;
}
/**
 * Names git's check-ref-format already accepted in this process (`kind NUL
 * name`). Its answer depends on the name alone (assertRefInput refuses the
 * `@{…}` forms `--branch` would expand), so a run that fetches and pushes the
 * same branch asks git once, not at every fetch and push.
 */
const accepted = new Set();
/** Many branch names checked as checkRefName checks one (a hydrate run names hundreds of branches). */
async function checkBranchNames(git, names, input) {
    for (const name of new Set(names))
        await refs_checkRefName(git, name, input, 'branch');
}
/**
 * Names git accepts whatever the rest of its rules say: components of letters, digits, `_` and `-`, none
 * starting with `-`, joined by single slashes (no dot, so no `..`, `.lock` or leading dot; no `@`, `~`, `^`,
 * `:`, `?`, `*`, `[`, `\\`).
 */
const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*(\/[A-Za-z0-9_][A-Za-z0-9_-]*)*$/;
/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256), lower case as git prints them. */
function isCommitId(s) {
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(s);
}
/** Refuses a remote name that git could read as an option or that holds odd characters. */
function refs_assertRemoteName(remote) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote))
        throw new Error(`invalid git remote name ${JSON.stringify(remote)}`);
}

;// CONCATENATED MODULE: ./packages/core/src/git/signing.ts
// SSH signing of the commits lockstep writes with git (issue 77 item 3): git signs them itself
// (`-c gpg.format=ssh -c user.signingKey=<file> commit-tree -S`), so `git verify-commit` with an
// allowed-signers file passes, as Flux's verify and Argo CD's source integrity check. The key is
// checked with ssh-keygen before anything is written: an unreadable file, a passphrase lockstep
// cannot type, or text that is not a key is one error naming the setting.






/** One unencrypted private key block, with nothing before or after it: no extra line can reach ssh-keygen or git. */
const PRIVATE_KEY = /^-----BEGIN (OPENSSH|RSA|EC) PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END \1 PRIVATE KEY-----$/;
/** One public key line: its type, its base64 blob, an optional comment without a line break. */
const PUBLIC_KEY = /^((?:ssh-(?:ed25519|rsa)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3})(?: [^\n]*)?$/;
/** ssh-keygen with `args`, `input` on stdin, in a session of its own: it can never prompt on a terminal for a passphrase. */
function sshKeygen(args, env, input = '') {
    return new Promise((done) => {
        const child = (0,external_node_child_process_.spawn)('ssh-keygen', args, { env: { ...env, LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdin.on('error', () => { });
        child.on('error', (e) => done({ code: 127, stdout, stderr: `ssh-keygen could not be started (${e.message})` }));
        child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
        child.stdin.end(input);
    });
}
/** ssh-keygen's complaint in one line, the key's path said as "the key". */
function said(r, path) {
    const line = r.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${r.code}`;
    return line.split(path).join('the key').trim();
}
/** The public key of an unencrypted private key file; a passphrase or a file that is no key is the input's error. */
async function publicOfPrivate(file, input, env) {
    const r = await sshKeygen(['-y', '-P', '', '-f', file], env);
    if (r.code === 0 && PUBLIC_KEY.test(r.stdout.trim()))
        return PUBLIC_KEY.exec(r.stdout.trim())[1];
    if (/passphrase/i.test(r.stderr))
        throw new src_errors/* UserError */.yo(': the SSH key is passphrase-protected, and lockstep cannot type its passphrase', {
            input,
            hint: 'give a key without a passphrase (a deploy key kept as a secret), or add the key to ssh-agent and give its public key (.pub) file',
        });
    // ssh-keygen's own words differ from one OpenSSH to the next (invalid format, error in libcrypto): not repeated.
    throw new src_errors/* UserError */.yo(': not a usable SSH private key (ssh-keygen cannot load it)', {
        input,
        hint: 'give an SSH private key, e.g. one made with ssh-keygen -t ed25519 -N ""',
    });
}
/** Signs a few bytes with the key as git will (namespace git): proves the key, or the agent, signs without a prompt. */
async function trySign(keyFile, input, env) {
    const r = await sshKeygen(['-Y', 'sign', '-n', 'git', '-f', keyFile], env, 'lockstep signing check\n');
    if (r.code === 0 && r.stdout.includes('BEGIN SSH SIGNATURE'))
        return;
    throw new src_errors/* UserError */.yo(`: ssh-keygen cannot sign with this key (${said(r, keyFile)})`, {
        input,
        hint: 'for a public key, add its private key to ssh-agent (ssh-add) and set SSH_AUTH_SOCK',
    });
}
/** The key of the action's secret input: its one private key block, written to a 0600 file in a folder of its own. */
async function fromText(text, input, env) {
    const key = text.replace(/\r\n/g, '\n').trim();
    if (!PRIVATE_KEY.test(key))
        throw new src_errors/* UserError */.yo(': not an SSH private key (one -----BEGIN … PRIVATE KEY----- block and nothing else)', {
            input,
            hint: 'store the whole private key file as the secret, e.g. the output of ssh-keygen -t ed25519 -N ""',
        });
    // The runner's temp folder (emptied after the job) when there is one.
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'lockstep-signing-'));
    const cleanup = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    try {
        const keyFile = (0,external_node_path_.join)(dir, 'key');
        await (0,promises_.writeFile)(keyFile, `${key}\n`, { mode: 0o600 });
        const publicKey = await publicOfPrivate(keyFile, input, env);
        await trySign(keyFile, input, env);
        return { keyFile, publicKey, cleanup };
    }
    catch (e) {
        cleanup();
        throw e;
    }
}
/** The key of a file: a private key (no passphrase), or a public key whose private key ssh-agent holds. */
async function fromFile(file, input, env) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new src_errors/* UserError */.yo(`: cannot read ${file} (${e.code ?? 'error'})`, {
            input,
            hint: 'name a readable key file',
        });
    }
    const line = text.trim();
    const pub = PUBLIC_KEY.exec(line);
    if (pub && !line.includes('\n')) {
        if (!env.SSH_AUTH_SOCK)
            throw new src_errors/* UserError */.yo(': a public key signs through ssh-agent, and SSH_AUTH_SOCK is not set', {
                input,
                hint: 'start ssh-agent and ssh-add the key, or name the private key file',
            });
        await trySign(file, input, env);
        return { keyFile: file, publicKey: pub[1], cleanup: () => { } };
    }
    const publicKey = await publicOfPrivate(file, input, env);
    await trySign(file, input, env);
    return { keyFile: file, publicKey, cleanup: () => { } };
}
/**
 * The signing key of `source`, checked before anything is written: the
 * secret's text goes to a 0600 temporary file (removed by `cleanup`), a
 * file is used where it is. Each problem is one UserError naming the input.
 */
function openSigningKey(source, env) {
    return 'text' in source ? fromText(source.text, source.input, env) : fromFile(source.file, source.input, env);
}
/** The signing key of each Repo that signs its commits (signWith). */
const keys = new WeakMap();
/** Makes every commit written through `git` (a Repo: git/repo.ts asRepo) signed with `signing`. */
function signWith(git, signing) {
    keys.set(git, signing);
}
/**
 * What a commit-tree call is given: the config and the flag that sign it
 * with the Repo's key, else `--no-gpg-sign` (a user's commit.gpgSign never
 * applies to lockstep's commits). ssh-keygen is named: a user's
 * gpg.ssh.program (a password manager's signer) is not what the key was checked with.
 */
function signing_commitSigning(git) {
    const s = keys.get(git);
    if (!s)
        return { config: [], flag: '--no-gpg-sign' };
    return {
        config: ['-c', 'gpg.format=ssh', '-c', 'gpg.ssh.program=ssh-keygen', '-c', `user.signingKey=${s.keyFile}`],
        flag: '-S',
    };
}
/** Whether commits written through `git` are signed. */
function signs(git) {
    return keys.has(git);
}
/**
 * Where the settings say the key is: `signing-key` (the key's text) or
 * `signing-key-file` (relative to `root`, the working directory); undefined
 * when neither is given. Both at once is refused: which one signs would be a guess.
 */
function signingSource(s, root) {
    if (s.signingKey !== undefined && s.signingKeyFile !== undefined)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `: give it or ${(0,src_errors/* named */.KT)('signing-key-file')}, not both`, {
            input: 'signing-key',
            hint: 'keep the one that holds the key',
        });
    if (s.signingKey !== undefined)
        return { text: s.signingKey, input: 'signing-key' };
    if (s.signingKeyFile !== undefined)
        return { file: (0,external_node_path_.resolve)(root, s.signingKeyFile), input: 'signing-key-file' };
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/git/hydrated.ts
// The git side of `lockstep hydrate` (operations/hydrate/): what it reads of the DRY commit, and the one
// commit per hydrated branch, made with plumbing only (hash-object, a temporary index, write-tree,
// commit-tree): no checkout, no work tree, the real index and HEAD untouched. Each command line is
// spelled here, as every git command line is (eslint.config.js).










/** `ref`'s commit with its author, dates, subject and body; undefined when `ref` names no commit. */
async function dryCommit(git, ref) {
    const out = await spawn_gitTry(git, [
        'show',
        '-s',
        '--format=%H%x00%an <%ae>%x00%aI%x00%ct %cI%x00%s%x00%b',
        '--end-of-options',
        `${ref}^{commit}`,
    ]);
    if (out === undefined)
        return undefined;
    const [sha, author, date, committed, subject, ...body] = out.split('\0');
    const [seconds, iso] = committed.split(' ');
    const offset = /([+-]\d\d):?(\d\d)$/.exec(iso);
    return {
        sha,
        author,
        date,
        committed: `${seconds} ${offset ? `${offset[1]}${offset[2]}` : '+0000'}`,
        subject,
        body: body.join('\0').replace(/\n+$/, ''),
    };
}
/** The file GitOps Promoter reads the DRY commit from. */
const METADATA_FILE = 'hydrator.metadata';
/** The drySha a hydrator.metadata's text (or a hydrator note's) names: a full commit id, else undefined (not JSON, no such key). */
function dryShaOf(text) {
    if (text === undefined)
        return undefined;
    try {
        const sha = JSON.parse(text).drySha;
        return typeof sha === 'string' && isCommitId(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The branch written: Argo CD's hydrateTo branch when given, else GitOps Promoter's `-next` convention for the
 * active branch (`/<activePath>` in shared-active-branch mode).
 */
function proposedBranch(h) {
    if (h['hydrate-to'])
        return h['hydrate-to'];
    return h.path ? `${h.branch}-next/${h.path}` : `${h.branch}-next`;
}
/**
 * Where hydrator.metadata goes: at the root, or under the path; in Argo CD's layout (hydrate-to with a path)
 * at both, with the same content, as Argo CD's Source Hydrator writes it.
 */
function metadataPaths(h) {
    if (!h.path)
        return [METADATA_FILE];
    const own = external_node_path_.posix.join(h.path, METADATA_FILE);
    return h['hydrate-to'] ? [METADATA_FILE, own] : [own];
}
/** The drySha `commit`'s `path` (its hydrator.metadata) names, read from the clone; undefined when unreadable. */
async function dryShaAt(git, commit, path) {
    return dryShaOf(await spawn_gitTry(git, ['cat-file', 'blob', '--end-of-options', `${commit}:${path}`]));
}
/**
 * The blobs of `files` written, then the tree of `parent` (none: an empty
 * tree) with everything under `scope` (undefined: the whole tree) replaced by
 * `files`, in one temporary index and one write-tree. Paths outside the scope
 * keep their mode and blob: another app's folder stays byte for byte. With
 * `write` false (a dry run) only the blob ids are computed: nothing is
 * written to the object database.
 */
async function writeHydratedTree(git, parent, scope, files, write = true) {
    const local = await repo_asRepo(git).local();
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lockstep-hydrate-'));
    try {
        const paths = await Promise.all(files.map(async (f, i) => {
            const p = (0,external_node_path_.join)(tmp, `blob-${i}`);
            await (0,promises_.writeFile)(p, f.content);
            return p;
        }));
        // --no-filters: the planned bytes as they are (no clean filter, no line-ending conversion).
        const hash = write ? ['hash-object', '-w', '--no-filters', '--stdin-paths'] : ['hash-object', '--no-filters', '--stdin-paths'];
        const ids = files.length > 0 ? (await local_localText(local, hash, { input: `${paths.join('\n')}\n` })).split('\n') : [];
        if (ids.length !== files.length)
            throw new Error('git hash-object returned an unexpected number of ids');
        const blobs = new Map(files.map((f, i) => [f.path, ids[i]]));
        if (!write)
            return { blobs };
        // A planned file outside the scope (Argo CD's root hydrator.metadata) replaces the parent's.
        const kept = parent
            ? [...(await listTree(git, parent))].filter(([path]) => scope !== undefined && !under(path, scope) && !blobs.has(path))
            : [];
        const info = [
            ...kept.map(([path, e]) => `${e.mode} ${e.oid}\t${path}\0`),
            ...files.map((f) => `100644 ${blobs.get(f.path)}\t${f.path}\0`),
        ].join('');
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(tmp, 'index') };
        if (info)
            await local_localText(local, ['update-index', '--add', '-z', '--index-info'], { env, input: info });
        const tree = await local_localText(local, ['write-tree'], { env });
        return { tree, blobs };
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** Each file of `commit` under `scope` (undefined: all) with its blob id. */
async function blobsUnder(git, commit, scope) {
    const out = new Map();
    for (const [path, e] of await listTree(git, commit))
        if (scope === undefined || under(path, scope))
            out.set(path, e.oid);
    return out;
}
function under(path, scope) {
    return path.startsWith(`${scope}/`);
}
/**
 * The commit of `tree` on `parent` (none: a root commit), authored and
 * committed by `who` at `date` (`<unix> <offset>`): the same tree, parent,
 * message and date give the same commit id, whoever makes it (signed with
 * the Repo's key, when it has one: git/signing.ts).
 */
async function commitHydratedTree(git, c) {
    const local = await repo_asRepo(git).local();
    const env = {
        GIT_AUTHOR_NAME: c.who.name,
        GIT_AUTHOR_EMAIL: c.who.email,
        GIT_COMMITTER_NAME: c.who.name,
        GIT_COMMITTER_EMAIL: c.who.email,
        GIT_AUTHOR_DATE: c.date,
        GIT_COMMITTER_DATE: c.date,
    };
    const parents = c.parent ? ['-p', c.parent] : [];
    const sign = signing_commitSigning(git);
    return local_localText(local, [...sign.config, 'commit-tree', sign.flag, ...parents, '--end-of-options', c.tree], {
        env,
        input: c.message.endsWith('\n') ? c.message : `${c.message}\n`,
    });
}
/**
 * The commit `ref` names (a commit id, a branch, `origin/<branch>`), resolved
 * locally; a full commit id the clone lacks is fetched from origin first (a
 * checkout of the DRY branch may not hold the hydrated branch's commits, nor
 * a hydrated commit the DRY commit it names). Undefined when neither has it.
 */
async function hydrated_commitOf(git, ref) {
    const resolve = () => spawn_gitTry(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const found = await resolve();
    if (found !== undefined || !isCommitId(ref))
        return found;
    await fetchRefs(git, 'origin', [ref]);
    return resolve();
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

;// CONCATENATED MODULE: ./packages/core/src/git/publish.ts









// Publishing one branch, tag or commit at a time, and what a remote's answers mean. Many branches in one git
// process each (hydrate's writeBranches): publish-batch.ts, which reads the remote's answers through this file.
/**
 * The trailer key that records, in a generated commit, the tree it was made
 * with (commitFiles `stampTree`): a generated commit whose tree no longer
 * matches was amended by hand, and regenerating it would lose that edit.
 */
const TREE_TRAILER_KEY = 'Lockstep-Tree';
/** The trailer key that marks a commit as generated by a lockstep action. */
const GENERATED_TRAILER_KEY = 'Lockstep-Generated';
/** The trailer line a generated commit carries, e.g. `Lockstep-Generated: prepare-release`. */
function generatedTrailer(action) {
    if (!/^[a-z][a-z0-9-]*$/.test(action))
        throw new Error(`generatedTrailer: invalid action name ${JSON.stringify(action)}`);
    return `${GENERATED_TRAILER_KEY}: ${action}`;
}
function checkIdentity(who, role) {
    if (!who.name || /[<>\r\n\0]/.test(who.name) || !who.email || /[<>\s\0]/.test(who.email))
        throw new UserError(`${role} ${JSON.stringify(`${who.name} <${who.email}>`)} is not a valid git identity`, {
            hint: "use 'Name <email>'",
        });
}
function checkPath(path) {
    const parts = path.split('/');
    if (path === '' ||
        path.startsWith('/') ||
        /[\0\r\n\\]/.test(path) ||
        parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git'))
        throw new UserError(`path escapes the repository or is not normalised: ${JSON.stringify(path)}`, {
            hint: 'paths are relative to the repository root, with / separators',
        });
}
/** Git's date for an environment variable: as given (ISO 8601, RFC 2822 or `<unix> <tz>`). */
function checkDate(date) {
    if (date !== undefined && (date.trim() === '' || /[\r\n\0]/.test(date)))
        throw new Error(`invalid git date ${JSON.stringify(date)}`);
}
function identityEnv(author, committer, date) {
    const env = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
    };
    if (date)
        env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = date;
    return env;
}
async function resolveCommit(local, ref, what) {
    if (ref.startsWith('-'))
        throw new Error(`${what} ${JSON.stringify(ref)} is not a commit`);
    const r = await local(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    if (r.code !== 0)
        throw new Error(`${what} ${ref} is not a commit in this repository`);
    return r.stdout.toString('utf8').trim();
}
function withNewline(message) {
    return message.endsWith('\n') ? message : `${message}\n`;
}
/**
 * One commit with `parent` as its only parent: parent's tree + files. Uses a
 * temporary index; never touches the work tree, HEAD or the real index.
 * Existing files keep their mode (an executable stays executable); deletes
 * of absent paths are no-ops; writing over a symlink, submodule or folder is
 * refused. With `date` the commit id is reproducible. With `stampTree` the
 * message gains a `Lockstep-Tree: <tree>` trailer, which lets
 * commitsAfterGenerated notice a generated commit amended by hand.
 */
async function commitFiles(git, c) {
    checkIdentity(c.author, 'author');
    checkIdentity(c.committer, 'committer');
    checkDate(c.date);
    const seen = new Set();
    for (const f of c.files) {
        checkPath(f.path);
        if (seen.has(f.path))
            throw new Error(`commitFiles: ${f.path} is planned twice`);
        seen.add(f.path);
    }
    const local = await asRepo(git).local();
    const parent = await resolveCommit(local, c.parent, 'parent');
    const existing = new Map();
    if (c.files.length > 0) {
        const ls = await local(['ls-tree', '-z', '--full-tree', '--end-of-options', parent, '--', ...c.files.map((f) => f.path)]);
        if (ls.code !== 0)
            throw new Error(`git ls-tree failed (exit ${ls.code}): ${ls.stderr.trim()}`);
        for (const rec of ls.stdout.toString('utf8').split('\0')) {
            if (!rec)
                continue;
            const tab = rec.indexOf('\t');
            const [mode, type] = rec.slice(0, tab).split(' ');
            const path = rec.slice(tab + 1);
            if (type !== 'blob' || mode === '120000')
                throw new UserError(`refusing to write ${path}: it is a ${mode === '120000' ? 'symlink' : type === 'tree' ? 'folder' : 'submodule'} in ${parent.slice(0, 12)}`);
            existing.set(path, mode);
        }
    }
    const tmp = await mkdtemp(join(tmpdir(), 'lockstep-commit-'));
    try {
        const writes = c.files.filter((f) => f.content !== null);
        const blobs = new Map();
        if (writes.length > 0) {
            // One hash-object for all blobs; --no-filters stores the planned bytes exactly (no clean filter or eol conversion).
            const paths = await Promise.all(writes.map(async (f, i) => {
                const p = join(tmp, `blob-${i}`);
                await writeFile(p, f.content);
                return p;
            }));
            const ids = (await localText(local, ['hash-object', '-w', '--no-filters', '--', ...paths])).split('\n');
            if (ids.length !== writes.length)
                throw new Error('git hash-object returned an unexpected number of ids');
            writes.forEach((f, i) => blobs.set(f, ids[i]));
        }
        const zero = '0'.repeat(parent.length);
        const info = c.files
            .map((f) => {
            if (f.content === null)
                return `0 ${zero}\t${f.path}\0`;
            const mode = f.mode ?? existing.get(f.path) ?? '100644';
            return `${mode} ${blobs.get(f)}\t${f.path}\0`;
        })
            .join('');
        const env = { GIT_INDEX_FILE: join(tmp, 'index') };
        await localText(local, ['read-tree', '--end-of-options', parent], { env });
        if (info)
            await localText(local, ['update-index', '-z', '--index-info'], { env, input: info });
        const tree = await localText(local, ['write-tree'], { env });
        // SSH-signed when the Repo has a signing key (git/signing.ts); never by a user's commit.gpgSign otherwise.
        const sign = commitSigning(git);
        return await localText(local, [...sign.config, 'commit-tree', sign.flag, '-p', parent, '--end-of-options', tree], {
            env: identityEnv(c.author, c.committer, c.date),
            input: c.stampTree ? appendTrailer(c.message, `${TREE_TRAILER_KEY}: ${tree}`) : withNewline(c.message),
        });
    }
    finally {
        await rm(tmp, { recursive: true, force: true });
    }
}
/** The tree id of a commit. */
async function treeOf(git, commit) {
    const local = await asRepo(git).local();
    return resolveTree(local, commit);
}
/** The tree ids of several commits, in their order, from one `git rev-parse`. */
async function treesOf(git, commits) {
    if (commits.length === 1)
        return [await treeOf(git, commits[0])];
    for (const c of commits)
        if (c.startsWith('-'))
            throw new Error(`${JSON.stringify(c)} is not a commit`);
    const local = await asRepo(git).local();
    // git 2.39's rev-parse prints `--end-of-options` back unless --verify, which takes one name: the '-' check above stands in.
    const trees = (await localText(local, ['rev-parse', ...commits.map((c) => `${c}^{tree}`)])).split('\n');
    if (trees.length !== commits.length || !trees.every((t) => /^[0-9a-f]{40,64}$/.test(t)))
        throw new Error(`git rev-parse returned ${trees.length} tree ids for ${commits.length} commits`);
    return trees;
}
/** A commit's subject (first line of its message); untrusted text, escape it before logging. */
async function commitSubject(git, commit) {
    const local = await asRepo(git).local();
    return publish_subjectOf((await readCommit(local, await resolveCommit(local, commit, 'commit'))).message);
}
/** The first parent of a commit (undefined for a root commit). */
async function parentOf(git, commit) {
    const local = await asRepo(git).local();
    return (await readCommit(local, await resolveCommit(local, commit, 'commit'))).parents[0];
}
async function resolveTree(local, commit) {
    if (commit.startsWith('-'))
        throw new Error(`${JSON.stringify(commit)} is not a commit`);
    return localText(local, ['rev-parse', '--verify', '--end-of-options', `${commit}^{tree}`]);
}
/** Whether the repository is a shallow clone (asked once per Repo until a fetch). */
async function isShallow(git) {
    return repo_asRepo(git).isShallow();
}
/** True for a repository without any ref (a fresh `git init`, e.g. a temp clone for another repository). */
async function isEmpty(repo) {
    if (repo.holdsRef())
        return false;
    const r = await repo(['for-each-ref', '--count=1', '--format=%(refname)']);
    if (r.code === 0 && r.stdout.length > 0)
        repo.noteRef();
    return r.code === 0 && r.stdout.length === 0;
}
/** How many commits of a branch a shallow clone fetches at first; deepening adds more on demand. */
const SHALLOW_FETCH_DEPTH = 16;
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout';
/** The same fix from a terminal. */
const UNSHALLOW_HINT = 'fetch the whole history (git fetch --unshallow), or work in a full clone';
function firstLine(s) {
    return (s
        .trim()
        .split('\n')
        .find((l) => l.trim() !== '') ?? 'no output');
}
/** A git failure reaching the remote; a refusal of the token becomes a UserError naming the permission. */
function remoteFailure(what, remote, stderr) {
    if (/\b(403|401)\b|denied|Authentication failed|could not read Username|not permitted|Invalid username or password/i.test(stderr))
        return new src_errors/* UserError */.yo(`${what} ${remote} was refused: ${firstLine(stderr)}`, {
            hint: 'the token needs `contents: write` (a read-only token, e.g. on a fork or Dependabot pull request, cannot push)',
        });
    return new Error(`${what} ${remote} failed: ${stderr.trim()}`);
}
/**
 * Fetches refs/heads/<branch> from remote into refs/remotes/<remote>/<branch>
 * (depth-aware); undefined when absent. In a shallow clone (or an empty
 * repository, made shallow this way) a branch seen for the first time is
 * fetched with its last commits only
 * (commitsAfterGenerated deepens when it needs more), so a depth-1 checkout
 * never pulls a branch's whole history; a branch already tracked is fetched
 * incrementally, because `--depth` would also shorten history that an
 * earlier step deepened on purpose.
 */
async function fetchBranch(git, remote, branch) {
    refs_assertRemoteName(remote);
    await refs_checkRefName(git, branch, 'branch');
    const tracking = `refs/remotes/${remote}/${branch}`;
    const repo = repo_asRepo(git);
    let depth = [];
    // A branch this run already fetched is tracked: fetched incrementally, nothing to ask git first.
    if (!repo.tracks(tracking)) {
        // One rev-parse answers both whether the repository is shallow and whether the branch is already tracked.
        const seen = await git(['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
        const [shallowLine, knownSha] = seen.stdout.toString('utf8').split('\n');
        const known = seen.code === 0 && /^[0-9a-f]{40,64}$/.test(knownSha ?? '');
        if (known)
            repo.noteRef();
        if (!known && (shallowLine === 'true' || (await isEmpty(repo))))
            depth = [`--depth=${SHALLOW_FETCH_DEPTH}`];
    }
    const r = await git([
        ...spawn_GIT_FETCH,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        ...depth,
        '--',
        remote,
        `+refs/heads/${branch}:${tracking}`,
    ]);
    if (r.code !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        throw remoteFailure('fetching from', remote, r.stderr);
    }
    repo.noteRef();
    const sha = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
    if (sha.code !== 0)
        return undefined;
    repo.noteTracked(tracking);
    return sha.stdout.toString('utf8').trim();
}
/** Parses `git push --porcelain` output (`<flag> TAB <from>:<to> TAB <summary>`). */
function parsePushPorcelain(stdout) {
    const lines = [];
    for (const line of stdout.split('\n')) {
        const m = /^([ +\-*!=])\t([^\t]*)\t(.*)$/.exec(line);
        if (!m)
            continue;
        const colon = m[2].lastIndexOf(':');
        lines.push({ flag: m[1], to: m[2].slice(colon + 1), summary: m[3] });
    }
    return lines;
}
/**
 * git push --force-with-lease=refs/heads/<branch>:<expected> (expected
 * undefined → branch must not exist). Never a blind force. A lease that no
 * longer holds is `stale` (someone pushed meanwhile: fetch and rebuild); a
 * refusal by the server (protected branch, hook) is `rejected` with its
 * reason. Local pre-push hooks are skipped (`--no-verify`): a hook installed
 * by the checked-out code (husky) must not run with the token.
 */
async function pushBranch(git, remote, branch, sha, expected) {
    refs_assertRemoteName(remote);
    await refs_checkRefName(git, branch, 'branch');
    if (!isCommitId(sha))
        throw new Error(`pushBranch: ${JSON.stringify(sha)} is not a commit id`);
    if (expected !== undefined && !isCommitId(expected))
        throw new Error(`pushBranch: expected ${JSON.stringify(expected)} is not a commit id`);
    const ref = `refs/heads/${branch}`;
    const r = await git(['push', '--porcelain', '--no-verify', `--force-with-lease=${ref}:${expected ?? ''}`, '--', remote, `${sha}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing to', remote, r.stderr);
    return pushOutcome(line, r.stderr);
}
/** What one ref's line of `git push --porcelain` says happened. */
function pushOutcome(line, stderr) {
    if (line.flag === '=')
        return { ok: true, updated: false };
    if (line.flag !== '!')
        return { ok: true, updated: true };
    const detail = line.summary.replace(/^\[[^\]]*\]\s*/, '').replace(/^\((.*)\)$/, '$1') || firstLine(stderr);
    if (/^\[rejected\]/.test(line.summary) && /stale info|fetch first|non-fast-forward/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    // The server's compare-and-swap lost to a push landing at the same moment (the ref was locked or had moved since
    // it was advertised): the same as a stale lease — fetch and rebuild, bounded by the caller's attempts.
    if (/^\[remote rejected\]/.test(line.summary) && /failed to update ref|cannot lock ref|failed to lock/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    return { ok: false, reason: 'rejected', detail };
}
/** A tag on the remote: the tag object (or commit, for a lightweight tag) and the commit it peels to. */
async function remoteTag(git, remote, tag) {
    const ref = `refs/tags/${tag}`;
    const r = await git(['ls-remote', '--tags', '--', remote, ref, `${ref}^{}`]);
    if (r.code !== 0)
        throw remoteFailure('listing tags of', remote, r.stderr);
    let oid;
    let peeled;
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [id, name] = line.split('\t');
        if (name === ref)
            oid = id;
        else if (name === `${ref}^{}`)
            peeled = id;
    }
    return oid ? { oid, commit: peeled ?? oid } : undefined;
}
/** `<unix seconds> <±hhmm>` for a tag object, from `date` (ISO 8601, `@<unix> <tz>` or `<unix> <tz>`) or now. */
function tagDate(date, now) {
    if (date === undefined)
        return `${Math.floor(now() / 1000)} +0000`;
    const raw = /^@?(\d+) ([+-]\d{4})$/.exec(date.trim());
    if (raw)
        return `${raw[1]} ${raw[2]}`;
    const ms = Date.parse(date);
    if (Number.isNaN(ms))
        throw new Error(`invalid tag date ${JSON.stringify(date)}`);
    return `${Math.floor(ms / 1000)} +0000`;
}
/**
 * Annotated tag object on `target` pushed to refs/tags/<tag>; an existing
 * identical tag → 'existing'; a different one → UserError. "Identical"
 * means pointing at the same commit: a rerun after a crash writes a tag
 * object with another date, and that must still count as done. The tag
 * object is written with `git mktag` and pushed by id, so no local tag ref
 * is created or changed.
 */
async function pushTag(git, remote, tag, target, message, tagger, opts = {}) {
    assertRemoteName(remote);
    await checkRefName(git, tag, 'tag', 'tag');
    checkIdentity(tagger, 'tagger');
    const local = await asRepo(git).local();
    const commit = await resolveCommit(local, target, 'tag target');
    const differs = (found) => new UserError(`tag ${tag} already exists on ${remote} and points at ${found.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`, {
        hint: 'release another version, or delete the tag if it was created by mistake',
    });
    const before = await remoteTag(git, remote, tag);
    if (before) {
        if (before.commit === commit)
            return 'existing';
        throw differs(before);
    }
    const body = `object ${commit}\ntype commit\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${tagDate(opts.date, opts.now ?? Date.now)}\n\n${withNewline(message)}`;
    const object = await localText(local, ['mktag'], { input: body });
    const ref = `refs/tags/${tag}`;
    const r = await git(['push', '--porcelain', '--no-verify', '--', remote, `${object}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing a tag to', remote, r.stderr);
    if (line.flag !== '!')
        return 'created';
    // Someone (a concurrent run) created it between our look and our push.
    const after = await remoteTag(git, remote, tag);
    if (after && after.commit === commit)
        return 'existing';
    if (after)
        throw differs(after);
    throw new UserError(`pushing tag ${tag} to ${remote} was rejected: ${line.summary}`, { hint: 'check the repository rules for tags' });
}
async function readCommit(local, sha) {
    const r = await local(['cat-file', 'commit', sha]);
    if (r.code !== 0)
        throw new Error(`git cat-file commit ${sha} failed: ${r.stderr.trim()}`);
    const end = r.stdout.indexOf('\n\n');
    const head = r.stdout.subarray(0, end < 0 ? r.stdout.length : end).toString('utf8');
    const message = end < 0 ? Buffer.alloc(0) : r.stdout.subarray(end + 2);
    const c = { tree: '', parents: [], keep: [], message, signed: false };
    for (const line of head.split('\n')) {
        if (line.startsWith(' '))
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        const sp = line.indexOf(' ');
        const key = line.slice(0, sp);
        const value = line.slice(sp + 1);
        if (key === 'tree')
            c.tree = value;
        else if (key === 'parent')
            c.parents.push(value);
        else if (key === 'author' || key === 'committer' || key === 'encoding')
            c.keep.push(line);
        else if (key === 'gpgsig' || key === 'gpgsig-sha256')
            c.signed = true;
    }
    return c;
}
function publish_subjectOf(message) {
    return message.toString('utf8').trim().split('\n')[0] ?? '';
}
/** The message with `trailer` in its trailer block: kept when there, added to an existing block, or as a new paragraph. */
function appendTrailer(message, trailer) {
    const body = message.replace(/\s+$/, '');
    if (hasTrailer(body, trailer))
        return `${body}\n`;
    const paragraphs = body.split(/\n[ \t]*\n/);
    const last = paragraphs[paragraphs.length - 1];
    // An existing trailer block (Signed-off-by: …) is extended rather than followed by a second one.
    const block = paragraphs.length > 1 && last.split('\n').every((l) => /^[A-Za-z0-9-]+: /.test(l));
    return block ? `${body}\n${trailer}\n` : `${body}\n\n${trailer}\n`;
}
/** True when the message's last paragraph (its trailer block) holds the line `trailer`. */
function hasTrailer(message, trailer) {
    const paragraphs = message
        .replace(/\r\n/g, '\n')
        .trimEnd()
        .split(/\n\s*\n/);
    const last = paragraphs[paragraphs.length - 1] ?? '';
    return paragraphs.length > 1 && last.split('\n').some((l) => l.trim() === trailer.trim());
}
/** True when a generated commit's `Lockstep-Tree` stamp names another tree than its own. */
function wasAmended(message, tree) {
    const stamp = new RegExp(`^${TREE_TRAILER_KEY}: ([0-9a-f]{40,64})\\s*$`, 'm').exec(message);
    return stamp !== null && stamp[1] !== tree;
}
/**
 * Commits on `branchTip` after the generated commit (first-parent walk down
 * to the commit carrying `trailer`, a full line such as
 * `Lockstep-Generated: prepare-release`, in its trailer block). `after` is
 * oldest first, ready for replayCommits. The generated commit may already be
 * in `base` (a PR merged with a merge commit, its branch kept): it is then
 * found right below the walk. `amended` is set when the generated commit
 * carries a `Lockstep-Tree` stamp that its tree no longer matches (someone
 * amended it): its hand edits are not in `after`, so regenerating would
 * lose them. Without a generated commit,
 * `generated` is undefined and `after` lists every commit on the branch that
 * `base` lacks. A shallow clone is deepened (bounded) when the walk runs into
 * its boundary; `remote` is where more history comes from.
 */
async function commitsAfterGenerated(git, base, branchTip, trailer, remote = 'origin') {
    assertRemoteName(remote);
    const local = await asRepo(git).local();
    const [tip, baseSha] = await Promise.all([resolveCommit(local, branchTip, 'branch tip'), resolveCommit(local, base, 'base')]);
    for (let step = 0;; step++) {
        const r = await local(['log', '--first-parent', '-z', '--format=%H%x00%P%x00%T%x00%B', '--end-of-options', tip, `^${baseSha}`, '--']);
        if (r.code !== 0)
            throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
        const fields = r.stdout.toString('utf8').split('\0');
        const walked = [];
        let generated;
        for (let i = 0; i + 3 < fields.length; i += 4) {
            const sha = fields[i].replace(/^\n/, '');
            if (hasTrailer(fields[i + 3], trailer)) {
                generated = { sha, tree: fields[i + 2], message: fields[i + 3] };
                break;
            }
            walked.push({ sha, parents: fields[i + 1] });
        }
        const after = walked.map((w) => w.sha).reverse();
        if (generated)
            return { generated: generated.sha, after, ...(wasAmended(generated.message, generated.tree) ? { amended: true } : {}) };
        // The walk ended without the generated commit: at a shallow boundary, at a root, or at base.
        const last = walked[walked.length - 1];
        if (last && last.parents === '' && (await shallowBoundaries(local, [last.sha])).length > 0) {
            await deepen(git, remote, tip, step, `cannot find the generated commit (${trailer}) below ${tip.slice(0, 12)}`);
            continue;
        }
        // At base, the generated commit may be the first commit below the walk, already in base (its PR was merged
        // with a merge commit and the branch kept): what others added on top of it still counts as theirs.
        const below = last ? last.parents.split(' ')[0] : tip;
        if (below) {
            const c = await readCommit(local, below);
            const message = c.message.toString('utf8');
            if (hasTrailer(message, trailer))
                return { generated: below, after, ...(wasAmended(message, c.tree) ? { amended: true } : {}) };
        }
        return { after };
    }
}
/** The commits among `shas` that are shallow boundaries: git shows them without parents although their objects name some. */
async function shallowBoundaries(local, shas) {
    if (shas.length === 0)
        return [];
    const r = await local(['cat-file', '--batch'], { input: shas.map((s) => `${s}\n`).join('') });
    if (r.code !== 0)
        throw new Error(`git cat-file --batch failed: ${r.stderr.trim()}`);
    const found = [];
    let at = 0;
    for (const sha of shas) {
        const nl = r.stdout.indexOf(10, at);
        const size = Number(/ (\d+)$/.exec(r.stdout.subarray(at, nl).toString('utf8'))?.[1] ?? 0);
        const body = r.stdout.subarray(nl + 1, nl + 1 + size).toString('utf8');
        if (/^parent /m.test(body.split('\n\n')[0] ?? ''))
            found.push(sha);
        at = nl + 1 + size + 1;
    }
    return found;
}
/**
 * Whether `ancestor` is reachable from `descendant`. In a shallow clone a
 * "no" may only mean that history stops early, so while the descendant's
 * history runs into a shallow boundary it is deepened (bounded) before
 * answering; when that is not enough, a UserError names `fetch-depth: 0`.
 */
async function isAncestor(git, ancestor, descendant, remote = 'origin') {
    assertRemoteName(remote);
    const local = await asRepo(git).local();
    const [a, d] = await Promise.all([resolveCommit(local, ancestor, 'ancestor'), resolveCommit(local, descendant, 'descendant')]);
    for (let step = 0;; step++) {
        const r = await local(['merge-base', '--is-ancestor', '--end-of-options', a, d]);
        if (r.code === 0)
            return true;
        if (r.code !== 1)
            throw new Error(`git merge-base --is-ancestor failed (exit ${r.code}): ${r.stderr.trim()}`);
        if (!(await isShallow(git)))
            return false;
        const list = await localText(local, ['rev-list', '--parents', '--end-of-options', d, `^${a}`, '--']);
        const parentless = list.split('\n').filter((l) => /^[0-9a-f]+$/.test(l));
        if ((await shallowBoundaries(local, parentless)).length === 0)
            return false;
        await deepen(git, remote, d, step, `cannot tell whether ${a.slice(0, 12)} is an ancestor of ${d.slice(0, 12)}`);
    }
}
/** Fetches DEEPEN_STEPS[step] more commits below `tip`, or fails naming `fetch-depth: 0`. */
async function deepen(git, remote, tip, step, what) {
    if (step >= DEEPEN_STEPS.length)
        throw new UserError(`${what}: the shallow clone ends too early, even after fetching ${DEEPEN_STEPS.reduce((x, y) => x + y)} more commits`, { hint: FETCH_DEPTH_HINT, cliHint: UNSHALLOW_HINT });
    const f = await git([...GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', `--deepen=${DEEPEN_STEPS[step]}`, '--', remote, tip]);
    if (f.code !== 0)
        throw new UserError(`${what}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(f.stderr)})`, {
            hint: FETCH_DEPTH_HINT,
            cliHint: UNSHALLOW_HINT,
        });
}
// The identity of the throwaway commits that give merge-tree its merge base; they are never pushed or referenced.
const SCRATCH_ENV = identityEnv({ name: 'lockstep', email: 'lockstep@localhost' }, { name: 'lockstep', email: 'lockstep@localhost' }, '1000000000 +0000');
/**
 * True for a merge that only brought the base branch in (GitHub's "Update
 * branch" button, or `git merge main`): two parents, the merged-in one
 * already contained in `head` (which sits on the current base), and a tree
 * equal to git's own merge of the parents, so no hand edit hides in it.
 * Such a merge has nothing left to replay.
 */
async function isBaseUpdateMerge(local, c, head) {
    if (c.parents.length !== 2)
        return false;
    const contained = await local(['merge-base', '--is-ancestor', '--end-of-options', c.parents[1], head]);
    if (contained.code !== 0)
        return false;
    const m = await local([
        'merge-tree',
        '--write-tree',
        '-z',
        '--name-only',
        '--no-messages',
        '--end-of-options',
        c.parents[0],
        c.parents[1],
    ]);
    return m.code === 0 && m.stdout.toString('utf8').split('\0')[0].trim() === c.tree;
}
/**
 * Re-applies `commits` (oldest first) on top of `onto` with git merge-tree
 * --write-tree (no work tree), a cherry-pick each: the three-way merge of
 * the commit's parent (base), the new head (ours) and the commit (theirs).
 * git 2.39 has no `merge-tree --merge-base`, so the base is supplied by a
 * scratch commit with the head's tree and the commit's parent as its parent.
 * Each replayed commit keeps its author, committer, dates, encoding and
 * message byte for byte, so replaying the same commits onto the same head
 * gives the same ids (a rerun pushes nothing). A commit whose change is
 * already in the head is skipped, and so is a merge that only brought the
 * base branch in (isBaseUpdateMerge); any other merge commit is refused.
 * With `keepSignatures` (git mode) a signed commit is refused too: it
 * stays as its author signed it, never re-created without its signature.
 */
async function replayCommits(git, onto, commits, o = {}) {
    const local = await asRepo(git).local();
    let head = await resolveCommit(local, onto, 'onto');
    let headTree = await resolveTree(local, head);
    const skipped = [];
    for (const ref of commits) {
        const sha = await resolveCommit(local, ref, 'commit');
        const c = await readCommit(local, sha);
        const subject = publish_subjectOf(c.message);
        if (c.parents.length === 0)
            return { ok: false, commit: sha, subject, files: [], reason: 'it is a root commit' };
        if (c.parents.length > 1) {
            if (await isBaseUpdateMerge(local, c, head)) {
                skipped.push(sha);
                continue;
            }
            return {
                ok: false,
                commit: sha,
                subject,
                files: [],
                reason: 'it is a merge commit that brings in more than the base branch, or edits the merge by hand; merge commits are not replayed',
            };
        }
        if (o.keepSignatures && c.signed)
            return {
                ok: false,
                commit: sha,
                subject,
                files: [],
                reason: 'it is signed, and re-applying it onto the new commit would drop its signature (a signature covers the parent); the branch is left as it is',
            };
        const scratch = await localText(local, ['commit-tree', '--no-gpg-sign', '-p', c.parents[0], '--end-of-options', headTree], {
            env: SCRATCH_ENV,
            input: 'lockstep replay base\n',
        });
        const m = await local(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', '--end-of-options', scratch, sha]);
        const out = m.stdout.toString('utf8').split('\0');
        if (m.code === 1)
            return { ok: false, commit: sha, subject, files: [...new Set(out.slice(1).filter((p) => p !== ''))] };
        if (m.code !== 0)
            throw new Error(`git merge-tree failed (exit ${m.code}): ${m.stderr.trim()}`);
        const tree = out[0].trim();
        if (tree === headTree) {
            skipped.push(sha);
            continue;
        }
        const raw = Buffer.concat([Buffer.from(`tree ${tree}\nparent ${head}\n${c.keep.join('\n')}\n\n`, 'utf8'), c.message]);
        head = await localText(local, ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: raw });
        headTree = tree;
    }
    return { ok: true, head, skipped };
}
/**
 * Generic publish loop: fetch base → build (callback) → push with lease;
 * base moved → fetch again and rebuild, up to `attempts`. The step does one
 * whole round and answers `done` or why it must start over; after the last
 * attempt the error says how often the base moved.
 */
async function withBaseRetry(attempts, step) {
    if (!Number.isInteger(attempts) || attempts < 1)
        throw new Error(`withBaseRetry: attempts must be a positive integer, got ${attempts}`);
    let why = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const r = await step(attempt);
        if (r.done)
            return r.value;
        why = r.why;
    }
    throw new UserError(`base moved ${attempts} times while publishing (last: ${why}); nothing was overwritten`, {
        hint: 'run again once pushes settle, or serialise the workflow with `concurrency:`',
        cliHint: 'run again once pushes settle',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/check.ts
// hydrate-env's `mode: check` (`lockstep hydrate --mode check`): a hydrated branch is what its DRY commit
// renders to, and nothing else. Each environment's proposed branch (or the commit `commit` names, a promotion
// pull request's head) is read: its hydrator.metadata names the drySha, that commit is rendered afresh as the
// hydration would render it (plan.ts), and every manifest file is compared byte for byte. A hand edit, a file
// added or one removed is refused at its file and line, exit 1; the branch and the workspace are left as they
// were. hydrator.metadata itself is read for its drySha only: its other fields describe, they do not deploy.





/**
 * Checks each chosen environment's hydrated branch (the `commit` input's when given: one
 * environment only) against a fresh render of its drySha; every difference
 * of every environment is refused at once.
 */
async function checkHydrated(git, chosen, ref, planner) {
    if (ref !== undefined && chosen.length !== 1)
        throw new src_errors/* UserError */.yo(`names one hydrated commit for ${chosen.length} environments`, {
            input: 'commit',
            hint: 'name the environment the commit was hydrated for with env',
        });
    const out = [];
    const targets = [];
    for (const c of chosen) {
        const branch = proposedBranch(c.h);
        const commit = ref !== undefined ? await hydrated_commitOf(git, ref) : await fetchBranch(git, 'origin', branch);
        if (commit === undefined) {
            if (ref !== undefined)
                throw new src_errors/* UserError */.yo(`is ${JSON.stringify(ref)}, which names no commit here or on origin`, { input: 'commit' });
            out.push({ name: c.e.name, branch, status: 'absent', files: 0, dropped: [], renderer: '' });
            continue;
        }
        targets.push({ c, branch, commit, dry: await drySource(git, planner, branch, commit, c) });
    }
    const errors = [];
    // Environments hydrated from the same DRY commit are rendered together, as the hydration renders them.
    for (const sha of new Set(targets.map((t) => t.dry.sha))) {
        const group = targets.filter((t) => t.dry.sha === sha);
        const planned = await planner.plan(group[0].dry, group.map((t) => t.c));
        for (const [k, t] of group.entries()) {
            const found = await differences(git, planner, t, planned[k]);
            errors.push(...found);
            out.push({
                name: t.c.e.name,
                branch: t.branch,
                ...(t.c.h.path ? { path: t.c.h.path } : {}),
                status: 'matches',
                commit: t.commit,
                drySha: t.dry.sha,
                files: planned[k].files.length,
                dropped: planned[k].dropped,
                renderer: planned[k].renderer,
            });
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new src_errors/* UserErrors */.tQ(errors);
    const order = new Map(chosen.map((c, i) => [c.e.name, i]));
    return out.sort((a, b) => order.get(a.name) - order.get(b.name));
}
/** The DRY commit a hydrated commit's own hydrator.metadata names; refused at the metadata file when it names none. */
async function drySource(git, planner, branch, commit, c) {
    const file = metadataPaths(c.h).at(-1);
    const at = (message, hint) => new src_errors/* UserError */.yo(message, { file: `${branch}:${file}`, line: 1, hint });
    const text = await planner.text(`${commit}:${file}`);
    if (text === undefined)
        throw at(`${c.e.name}: ${commit.slice(0, 12)} holds no ${file}, so no DRY commit to render it from`, 'hydrate the branch with hydrate-env; a hydrated branch is written by it only');
    const sha = dryShaOf(text);
    if (sha === undefined)
        throw at(`${c.e.name}: ${file} names no drySha (a full commit id)`, 'hydrate the branch again with hydrate-env; never edit it by hand');
    const dry = (await hydrated_commitOf(git, sha)) !== undefined ? await dryCommit(git, sha) : undefined;
    if (!dry)
        throw at(`${c.e.name}: drySha ${sha.slice(0, 12)} is no commit of this repository or its origin`, 'hydrate the branch again with hydrate-env from a commit of the DRY branch');
    // Any commit the origin holds can be named, a pull request's included: one outside the checked-out DRY
    // branch's history would let a branch hydrated from an unreviewed commit pass as a fresh render.
    if (!(await isAncestorOf(git, dry.sha, 'HEAD')))
        throw at(`${c.e.name}: drySha ${sha.slice(0, 12)} is not in the history of the checked-out DRY branch, so its render is no render of that branch`, 'hydrate from the DRY branch only; check out the DRY branch with its history (actions/checkout fetch-depth: 0)');
    return dry;
}
/** Each manifest file where the hydrated commit and the fresh render differ, as an error at that file (and its first differing line). */
async function differences(git, planner, t, planned) {
    const metadata = metadataPaths(t.c.h);
    const scope = t.c.h.path;
    const fresh = (await writeHydratedTree(git, undefined, scope, planned.files, false)).blobs;
    const held = await blobsUnder(git, t.commit, scope);
    const paths = [...new Set([...held.keys(), ...fresh.keys()])].filter((p) => !metadata.includes(p)).sort();
    const rendered = new Map(planned.files.map((f) => [f.path, f.content]));
    const errors = [];
    const dry = t.dry.sha.slice(0, 12);
    const hint = 'hydrated branches are written by hydrate-env only: change the DRY branch instead, and hydrate again';
    for (const path of paths) {
        const file = `${t.branch}:${path}`;
        if (held.get(path) === fresh.get(path))
            continue;
        if (!fresh.has(path))
            errors.push(new src_errors/* UserError */.yo(`${t.c.e.name}: not in a fresh render of ${dry} (added by hand?)`, { file, hint }));
        else if (!held.has(path))
            errors.push(new src_errors/* UserError */.yo(`${t.c.e.name}: a fresh render of ${dry} has it, ${t.commit.slice(0, 12)} does not`, { file, hint }));
        else {
            const line = firstDifference((await planner.text(`${t.commit}:${path}`)) ?? '', rendered.get(path));
            errors.push(new src_errors/* UserError */.yo(`${t.c.e.name}: differs from a fresh render of ${dry} (edited by hand?)`, { file, line, hint }));
        }
    }
    return errors;
}
/** The 1-based line where two texts first differ. */
function firstDifference(a, b) {
    const x = a.split('\n');
    const y = b.split('\n');
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i])
        i++;
    return i + 1;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/source-hydrator.ts
// An environment whose Argo CD Application hydrates from source (spec.sourceHydrator) says where its hydrated
// manifests go, so `hydrate:` need not say it again: syncSource.targetBranch is the active branch,
// syncSource.path the folder, hydrateTo.targetBranch the branch written (Argo CD writes syncSource's branch
// itself when there is none), and drySource the chart or overlay rendered. A key the config writes wins.
// Everything read here is untrusted text: a branch or folder outside the config's own patterns is refused at
// its line.



/** hydrate:'s patterns for a branch and a folder (settings/config-keys.ts), for what an Application says. */
const BRANCH = /^[A-Za-z0-9._/-]+$/;
const FOLDER = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
/** The Application document of `text` (named `name`, or the only one) with a spec.sourceHydrator; undefined when it has none. */
function hydratorDocument(text, name) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''));
    const list = (Array.isArray(docs) ? docs : [docs]).filter((d) => d.errors.length === 0 &&
        (0,dist/* isMap */.jh)(d.contents) &&
        (d.get('kind') ?? 'Application') === 'Application' &&
        d.getIn(['spec', 'sourceHydrator']) !== undefined);
    const named = name === undefined ? list : list.filter((d) => d.getIn(['metadata', 'name']) === name);
    return named.length === 1 ? named[0] : undefined;
}
/**
 * spec.sourceHydrator of the Application in `text` (`file` for the errors), or undefined when the Application
 * does not hydrate from source; a syncSource without a plain branch and folder is refused at its line.
 */
function readSourceHydrator(text, file, name) {
    const doc = hydratorDocument(text, name);
    if (!doc)
        return undefined;
    const body = text.replace(/^\ufeff/, '');
    const at = (path) => {
        const node = doc.getIn(path, true);
        return node?.range ? lineAt(body, node.range[0]) : lineAt(body, 0);
    };
    const field = (path, pattern, what, required) => {
        const v = doc.getIn(path);
        if (v === undefined && !required)
            return undefined;
        if (typeof v !== 'string' || !pattern.test(v) || v.split('/').some((s) => s === '.' || s === '..' || s.toLowerCase() === '.git'))
            throw new src_errors/* UserError */.yo(`spec.${path.slice(1).join('.')} ${v === undefined ? 'is missing' : `is ${JSON.stringify(v)}, not ${what}`}`, {
                file,
                line: at(v === undefined ? path.slice(0, -1) : path),
                hint: `write ${what} there, as Argo CD's Source Hydrator reads it`,
            });
        return v;
    };
    const targetBranch = field(['spec', 'sourceHydrator', 'syncSource', 'targetBranch'], BRANCH, 'a plain branch name', true);
    const path = field(['spec', 'sourceHydrator', 'syncSource', 'path'], FOLDER, 'a plain folder (not the root)', true);
    const hydrateTo = field(['spec', 'sourceHydrator', 'hydrateTo', 'targetBranch'], BRANCH, 'a plain branch name', false);
    const revision = doc.getIn(['spec', 'sourceHydrator', 'drySource', 'targetRevision']);
    return {
        targetBranch,
        path,
        ...(hydrateTo !== undefined ? { hydrateTo } : {}),
        // HEAD follows the repository's default branch, which the run already counts as the DRY branch.
        ...(typeof revision === 'string' && revision !== '' && revision !== 'HEAD' ? { dryRevision: revision } : {}),
        file,
        writtenLine: at(['spec', 'sourceHydrator', ...(hydrateTo !== undefined ? ['hydrateTo'] : ['syncSource']), 'targetBranch']),
    };
}
/** `hydrate:` with what it leaves out taken from the Application: the branch, the folder, and the branch written. */
function withSourceHydrator(h, s) {
    return {
        ...h,
        branch: h.branch ?? s.targetBranch,
        path: h.path ?? s.path,
        'hydrate-to': h['hydrate-to'] ?? s.hydrateTo ?? s.targetBranch,
    };
}
/**
 * The Application's text as a render reads it: when the document hydrating from source has no spec.source(s),
 * its drySource becomes its spec.source (the chart or overlay rendered, with its helm: or kustomize:); any
 * other text is returned as it is.
 */
function drySourceAsSource(text, name) {
    const doc = hydratorDocument(text, name);
    if (!doc || doc.getIn(['spec', 'source']) !== undefined || doc.getIn(['spec', 'sources']) !== undefined)
        return text;
    const dry = doc.getIn(['spec', 'sourceHydrator', 'drySource'], true);
    if (dry === undefined)
        return text;
    doc.setIn(['spec', 'source'], dry);
    // The one document: the render reads no other, and the name still picks it.
    return doc.toString();
}

;// CONCATENATED MODULE: ./packages/core/src/promote/publish/branch.ts
// The branch a promotion into an environment is published on (`promote/<environment>`), its pull
// request's head: named here once, for the run that pushes it, break-glass's label lookup and
// notify-pulls' reading of a merged promotion.
const PREFIX = 'promote/';
/** The promotion branch's name, read both ways. */
const PromotionBranch = {
    /** The branch a promotion into `environment` is published on. */
    of: (environment) => `${PREFIX}${environment}`,
    /** Whether `branch` is a promotion branch. */
    is: (branch) => branch?.startsWith(PREFIX) ?? false,
    /** The environment a promotion branch promotes into. */
    environment: (branch) => branch.slice(PREFIX.length),
};

;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/owned.ts
// hydrate-env writes proposed branches only (issue 73 item 1). A `hydrate-to:` or an Application's
// hydrateTo.targetBranch is untrusted text that names the branch written: pointed at the DRY branch it would
// replace the charts with rendered manifests, pointed at an environment's active branch (or at promote-env's
// `promote/<env>`) it would move that environment past every gate. Each branch a run would write is checked
// against every branch someone else owns before anything renders or is pushed, and refused at the line that
// named it, naming its owner.




/** The branches a hydration must never write, each with what owns it (`the DRY branch`, `prod's active branch`). */
function ownedBranches(config, actives, dryBranches) {
    const owned = new Map();
    for (const { branch, why } of dryBranches)
        if (!owned.has(branch))
            owned.set(branch, `the DRY branch (${why})`);
    for (const [env, active] of actives)
        if (!owned.has(active))
            owned.set(active, `${env}'s active branch`);
    for (const e of config.environments) {
        const b = PromotionBranch.of(e.name);
        if (!owned.has(b))
            owned.set(b, `promote-env's branch for ${e.name}`);
    }
    return owned;
}
/** The line that named a chosen environment's written branch: its Application's, else the config's `hydrate-to:` (or `hydrate:`). */
function branchNamedAt(config, c) {
    if (c.named)
        return { file: c.named.file, line: c.named.line };
    const line = configLine(config, ['environments', c.index, 'hydrate', 'hydrate-to']) ??
        configLine(config, ['environments', c.index, 'hydrate']) ??
        configLine(config, ['environments', c.index]);
    return { ...(config.file !== undefined ? { file: config.file } : {}), ...(line !== undefined ? { line } : {}) };
}
/**
 * Each chosen environment's written branch checked against `owned`: every one that is refused together, at the
 * line that named it (the Application's, else the config's `hydrate:`), before anything is rendered or pushed.
 */
function refuseOwnedBranches(config, chosen, owned) {
    const errors = [];
    for (const c of chosen) {
        const branch = proposedBranch(c.h);
        const owner = owned.get(branch);
        if (owner === undefined)
            continue;
        const own = c.h.path ? `${c.h.branch}-next/${c.h.path}` : `${c.h.branch}-next`;
        const at = c.named
            ? {
                file: c.named.file,
                line: c.named.line,
                hint: `write ${c.named.key}: ${c.h.branch}-next (a proposed branch of ${c.e.name}'s own); nothing was pushed`,
            }
            : {
                ...branchNamedAt(config, c),
                hint: `leave hydrate-to out (${c.e.name} then writes ${own}), or name a proposed branch of ${c.e.name}'s own; nothing was pushed`,
            };
        errors.push(new src_errors/* UserError */.yo(`${c.e.name}: hydrate-env would write ${branch}, which is ${owner}`, at));
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new src_errors/* UserErrors */.tQ(errors);
}

;// CONCATENATED MODULE: ./packages/core/src/git/local-repo.ts



// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const local_repo_BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
async function hasRemote(git, remote = 'origin') {
    return (await asRepo(git).remoteUrl(remote, true)) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await spawn_gitTry(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await gitTry(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !local_repo_BRANCH.test(b))
            continue;
        if (await gitTry(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && local_repo_BRANCH.test(fromSym))
        return fromSym;
    const head = await asRepo(git).remoteHead(remote, true);
    return head && local_repo_BRANCH.test(head) ? head : undefined;
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
    const sym = await spawn_gitTry(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
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
    return (await spawn_gitTry(git, ['rev-parse', '--show-prefix'])) ?? '';
}
/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
function shortHeadCommit(git) {
    return gitTry(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
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

// EXTERNAL MODULE: ./packages/core/node_modules/picomatch/index.js
var picomatch = __webpack_require__(9788);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
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
function scalars_yaml11Type(plain) {
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
function scalars_yaml12Type(plain) {
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
    return scalars_yaml11Type(plain) === 'str' && scalars_yaml12Type(plain) === 'str';
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

;// CONCATENATED MODULE: ./packages/core/src/text/parse-cache.ts
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
    // The text touched last and its entries: it is already the most recently used, so the next reader of the same
    // text (a status reads ~300 pins from each values file in a row) finds it without moving it, which for a Map
    // is a delete and a set, and a rehash every few of them.
    #lastText;
    #lastEntries;
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
            [this.#lastText, this.#lastEntries] = [text, byKind];
        }
        byKind.set(entryKey(kind, variant), value);
        this.#evict();
    }
    /** The kept parse, if any; never parses. */
    peek(kind, text, variant = '') {
        return this.#touch(text)?.get(entryKey(kind, variant));
    }
    /**
     * Lets go of every parse of `text`, for a caller that knows it is read no
     * more (a promotion's target values before the edit, once the edit is
     * checked): a parse of a large file is megabytes the run need not hold. A
     * later reader of the same text parses it again, which is correct and only
     * slower.
     */
    forget(text) {
        this.#forgetLast();
        if (!this.#texts.delete(text))
            return;
        this.#chars -= text.length;
    }
    /** Lets go of every parse kept (the run's last reader is done; a later one parses again). */
    clear() {
        this.#forgetLast();
        this.#texts.clear();
        this.#chars = 0;
    }
    /** How many texts are kept, and their total length (for tests of the bound). */
    get size() {
        return { texts: this.#texts.size, chars: this.#chars };
    }
    /** The text's entries, moved to the most recently used end. */
    #touch(text) {
        if (this.#lastEntries !== undefined && text === this.#lastText)
            return this.#lastEntries;
        const byKind = this.#texts.get(text);
        if (byKind) {
            this.#texts.delete(text);
            this.#texts.set(text, byKind);
            [this.#lastText, this.#lastEntries] = [text, byKind];
        }
        return byKind;
    }
    #forgetLast() {
        [this.#lastText, this.#lastEntries] = [undefined, undefined];
    }
    #evict() {
        for (const oldest of this.#texts.keys()) {
            if (this.#texts.size <= this.#maxTexts && this.#chars <= this.#maxChars)
                return;
            if (oldest === this.#lastText)
                this.#forgetLast();
            this.#texts.delete(oldest);
            this.#chars -= oldest.length;
        }
    }
}
/** The parse of `text` through `cache` when the caller has one, else a fresh parse. */
function parse_cache_parseWith(cache, kind, text, variant = '') {
    return cache ? cache.get(kind, text, variant) : kind.parse(text, variant);
}
function entryKey(kind, variant) {
    return variant === '' ? kind.name : `${kind.name}\0${variant}`;
}

;// CONCATENATED MODULE: ./packages/core/src/edits/yaml-edit.ts
// Byte-minimal YAML editing for any file (Chart.yaml, values files, ArgoCD
// Application manifests): the `yaml` parser finds the value's node, and only
// that node's bytes are replaced, so comments, quoting, key order, line endings,
// a BOM and the final newline stay as they were. Re-serialising the document
// (Document#toString) would reformat the whole file, which reviewers notice.
//
//   setScalar(text, file, ['spec', 'source', 'targetRevision'], '1.2.3')
//   setScalars(text, file, [{ path: ['version'], value }, { path: ['appVersion'], value, create: true, after: 'version' }])
//   setBlockScalar(text, file, ['annotations', 'artifacthub.io/changes'], lines, { create: true })
//
// Each is a pure (text) => text function; edits/transaction.ts writes files.





/** `dependencies[0].version`, `annotations."artifacthub.io/changes"`: a path as users read it. */
function formatPath(path) {
    let out = '';
    for (const k of path) {
        if (typeof k === 'number')
            out += `[${k}]`;
        else
            out += (out === '' ? '' : '.') + (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));
    }
    return out;
}
function yaml_edit_frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    const crlf = body.indexOf('\r\n');
    const lf = body.indexOf('\n');
    return { bom, body, eol: crlf !== -1 && crlf < lf ? '\r\n' : '\n' };
}
/**
 * Walks a key path the way a reader of the file would, refusing what the byte
 * editor cannot change faithfully: a value reached through an alias or a merge
 * key (`<<`), and a value that an alias elsewhere repeats (editing it would
 * silently change the copies too).
 */
function locate(parsed, path, label) {
    const file = parsed.file;
    const aliased = aliasedAnchors(parsed);
    let node = parsed.doc.contents;
    const parents = [];
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        if (node === null)
            throw new src_errors/* UserError */.yo(`${label}: the file is empty`, { file, line: 1, hint: 'write the chart metadata first' });
        refuseShared(parsed, node, label, aliased);
        if (typeof key === 'number') {
            if (!(0,dist/* isSeq */.oP)(node))
                throw new src_errors/* UserError */.yo(`${label}: ${formatPath(path.slice(0, i)) || 'the document'} is not a list`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            const item = node.items[key];
            if (item === undefined)
                throw new src_errors/* UserError */.yo(`${label}: there is no item ${key} in ${formatPath(path.slice(0, i))}`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            parents.push(node);
            node = item;
            continue;
        }
        if (!(0,dist/* isMap */.jh)(node)) {
            const where = formatPath(path.slice(0, i));
            const hint = where && (0,dist/* isScalar */.jn)(node)
                ? `write ${where} as a mapping (\`${where}:\` with indented \`key: value\` lines), or check the key path`
                : 'check the key path';
            throw new src_errors/* UserError */.yo(`${label}: ${where || 'the document'} is not a mapping`, { file, line: parsed.lineOf(node), hint });
        }
        const map = node;
        const pairs = map.items.filter((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
        if (pairs.length > 1)
            throw new src_errors/* UserError */.yo(`duplicate key '${key}'`, {
                file,
                line: parsed.lineOf(pairs[1].key),
                hint: 'remove one of the duplicate keys',
            });
        const pair = pairs[0];
        if (!pair) {
            const merge = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === '<<');
            if (merge)
                throw new src_errors/* UserError */.yo(`${label} would come from a merge key (<<), not from this mapping`, {
                    file,
                    line: parsed.lineOf(merge.key),
                    hint: `write ${key} explicitly in the mapping`,
                });
            return { found: false, parent: map, missing: path.slice(i), parents };
        }
        parents.push(map);
        if (pair.value === null) {
            // `key:` with nothing after it: an empty scalar sits right after the colon.
            if (i === path.length - 1) {
                const at = pair.key && pair.key.range ? pair.key.range[1] : 0;
                const colon = parsed.text.indexOf(':', at);
                const empty = new dist/* Scalar */.X5(null);
                empty.range = [colon + 1, colon + 1, colon + 1];
                return { found: true, node: empty, parents };
            }
            throw new src_errors/* UserError */.yo(`${label}: ${formatPath(path.slice(0, i + 1))} is empty`, {
                file,
                line: parsed.lineOf(pair.key),
                hint: 'fill in the mapping',
            });
        }
        node = pair.value;
    }
    if (node === null)
        throw new src_errors/* UserError */.yo(`${label}: the file is empty`, { file, line: 1 });
    refuseShared(parsed, node, label, aliased);
    return { found: true, node, parents };
}
/** The anchors each parse's aliases name, found once per parse: a promotion locates thousands of paths in one file. */
const anchorsOf = new WeakMap();
function aliasedAnchors(parsed) {
    let names = anchorsOf.get(parsed);
    if (names)
        return names;
    names = new Set();
    anchorsOf.set(parsed, names);
    if (!parsed.text.includes('*'))
        return names;
    (0,dist/* visit */.YR)(parsed.doc, {
        Alias(_, a) {
            names.add(a.source);
        },
    });
    return names;
}
function refuseShared(parsed, node, label, aliased) {
    if ((0,dist/* isAlias */.Vj)(node))
        throw new src_errors/* UserError */.yo(`${label} is reached through the alias *${node.source}`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the value out instead of using an alias',
        });
    const anchor = node.anchor;
    if (anchor && aliased.has(anchor))
        throw new src_errors/* UserError */.yo(`${label} is inside &${anchor}, which an alias repeats elsewhere`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the values out instead of using an anchor and alias',
        });
}
function inFlow(parents) {
    return parents.some((p) => ((0,dist/* isMap */.jh)(p) || (0,dist/* isSeq */.oP)(p)) && p.flow === true);
}
/** How a new scalar is written where a scalar of `style` was: the same quoting when it reads back right. */
function yaml_edit_renderScalar(value, style, flow = false) {
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return doubleQuote(value);
    if (style === dist/* Scalar */.X5.QUOTE_SINGLE)
        return singleQuote(value) ?? doubleQuote(value);
    const plainOk = isPlainSafe(value) && !(flow && /[,[\]{}]/.test(value));
    return plainOk ? value : doubleQuote(value);
}
/**
 * Parses for editing through parseShared: parseYaml's UserErrors (syntax,
 * duplicate keys, several documents) name file:line, and a file without any
 * document is refused.
 */
function parseBody(body, file, cache) {
    const parsed = yaml_edit_parseShared(body, file, cache);
    if (parsed.empty)
        throw new src_errors/* UserError */.yo('the file holds no YAML document', { file, line: 1, hint: 'write its keys first' });
    return parsed;
}
/**
 * parseYaml of `body` (BOM already stripped) for `file`, shared through the
 * run's `cache` with whoever reads or edits the same text next. A promotion
 * reads pins from a values file, edits it, checks the edit and reads the
 * result again; with the run's cache each of those texts is parsed once
 * instead of once per step. The document is shared, so callers only read it.
 * Without a cache the text is parsed every time.
 */
function yaml_edit_parseShared(body, file, cache) {
    return parse_cache_parseWith(cache, read_YAML_DOCUMENT, body, file);
}
/**
 * Offers a parse a caller already made (e.g. parseChart while planning) of
 * `parsed.text` (BOM stripped, as parseYaml returns it) to the next edit of
 * exactly that text and file through `cache`.
 */
function primeParse(parsed, cache) {
    cache.put(YAML_DOCUMENT, parsed.text, parsed, parsed.file);
}
/** The parsed document of a text `cache` holds for `file` (BOM already stripped), if it still does. */
function recentlyParsed(body, file, cache) {
    return cache?.peek(read_YAML_DOCUMENT, body, file)?.doc;
}
/**
 * Sets the scalar at `path` to the string `value`, changing only that
 * scalar's bytes: quoting style, trailing comment, indentation, line endings,
 * BOM and final newline stay. A value that would not read back as the same
 * string unquoted is double-quoted. Returns the text unchanged when the value
 * is already there. Refuses (UserError at file:line) an ambiguous existing
 * plain value (`1.10`), a block scalar, duplicate keys, aliases, merge keys,
 * several documents, and a missing key unless `create`.
 */
function setScalar(text, file, path, value, opts = {}) {
    const { document, cache, ...edit } = opts;
    return yaml_edit_setScalars(text, file, [{ path, value, ...edit }], { document, cache });
}
/**
 * The parse an edit works on: the single document (the usual, cached path),
 * or with `document` the chosen one of several, its ranges still offsets into
 * the whole text so splices land in the right place.
 */
function parseForEdit(body, file, document, cache) {
    if (document === undefined)
        return parseBody(body, file, cache);
    const all = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, body, file);
    const doc = all.documents?.[document];
    if (!doc)
        throw new src_errors/* UserError */.yo(`the file has no document ${document + 1}`, { file, line: 1, hint: 'check the --- separated documents' });
    return { ...all, doc, empty: false };
}
/** Works out the bytes one edit replaces, with every refusal setScalar documents. */
function spliceFor(parsed, e) {
    const { file, text: body } = parsed;
    const label = formatPath(e.path);
    // `image:` with nothing under it: the new key fills it (after the other edits).
    if (e.create && fillEmptyParent(parsed, '\n', e.path, ['x: x'], 2) !== undefined)
        return { create: e };
    const at = locate(parsed, e.path, label);
    if (!at.found) {
        if (!e.create || at.missing.length !== 1)
            throw new src_errors/* UserError */.yo(`${label} is missing`, {
                file,
                line: parsed.lineOf(at.parent) ?? 1,
                hint: at.missing.length === 1 ? `add \`${at.missing[0]}: ${yaml_edit_renderScalar(e.value, undefined)}\`` : `add ${label}`,
            });
        return { create: e };
    }
    const node = at.node;
    const line = parsed.lineOf(node) ?? parsed.lineAt(node.range?.[0] ?? 0);
    if (!(0,dist/* isScalar */.jn)(node))
        throw new src_errors/* UserError */.yo(`${label} is a ${(0,dist/* isMap */.jh)(node) ? 'mapping' : 'list'}, not a single value`, {
            file,
            line,
            hint: 'check the key path',
        });
    const scalar = node;
    const [start, end] = scalar.range;
    if (scalar.type === dist/* Scalar */.X5.BLOCK_LITERAL || scalar.type === dist/* Scalar */.X5.BLOCK_FOLDED)
        throw new src_errors/* UserError */.yo(`${label} is a block scalar (| or >), which this edit does not rewrite`, {
            file,
            line,
            hint: 'write the value on one line, e.g. `key: "1.2.3"`',
        });
    const source = body.slice(start, end);
    const empty = scalar.value === null;
    if (scalar.type === dist/* Scalar */.X5.PLAIN && !empty && !plainReadsAsString(source) && !e.replaceAmbiguous)
        throw new src_errors/* UserError */.yo(`${label}: ${source} is read as ${describe(source)}, not the string written`, {
            file,
            line,
            hint: `quote it: "${source}"`,
        });
    if (!empty && String(scalar.value) === e.value)
        return undefined;
    let rendered = yaml_edit_renderScalar(e.value, empty ? undefined : scalar.type, inFlow(at.parents));
    if (empty && start === end && body[start - 1] === ':')
        rendered = ` ${rendered}`;
    return { start, end, text: rendered };
}
/**
 * Applies several scalar edits with one parse when they all replace existing
 * values (the usual case), the untouched stretches and the new bytes joined
 * once, so the work is linear in the file and the edits; edits that create
 * keys run afterwards, each on a fresh parse.
 */
function yaml_edit_setScalars(text, file, edits, opts = {}) {
    const { bom, body, eol } = yaml_edit_frame(text);
    const parsed = parseForEdit(body, file, opts.document, opts.cache);
    const splices = edits.map((e) => spliceFor(parsed, e)).filter((s) => s !== undefined);
    const replace = splices.filter((s) => 'start' in s).sort((a, b) => a.start - b.start);
    // The untouched stretches between the splices and the new bytes, joined once: splicing into the whole text
    // once per edit copied it each time (500 services' pins in a 320 KB values file allocated 320 MB).
    let out = body;
    if (replace.length > 0) {
        const parts = [];
        let at = 0;
        for (const r of replace) {
            // The same value edited twice (the sort keeps the given order of equal starts): the later edit wins.
            if (r.start < at) {
                parts[parts.length - 1] = r.text;
                continue;
            }
            parts.push(body.slice(at, r.start), r.text);
            at = r.end;
        }
        parts.push(body.slice(at));
        out = parts.join('');
    }
    for (const s of splices) {
        if (!('create' in s))
            continue;
        const p = parseForEdit(out, file, opts.document, opts.cache);
        const leaf = s.create.path[s.create.path.length - 1];
        const filled = typeof leaf === 'string'
            ? fillEmptyParent(p, eol, s.create.path, [`${yamlKey(leaf)}: ${yaml_edit_renderScalar(s.create.value, undefined)}`], indentUnit(p))
            : undefined;
        if (filled !== undefined) {
            out = filled;
            continue;
        }
        const at = locate(p, s.create.path, formatPath(s.create.path));
        if (at.found)
            continue;
        const flow = at.parent.flow === true || inFlow(at.parents);
        const like = s.create.quoteLike === undefined
            ? undefined
            : at.parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === s.create.quoteLike)?.value;
        const style = (0,dist/* isScalar */.jn)(like) && (like.type === dist/* Scalar */.X5.QUOTE_DOUBLE || like.type === dist/* Scalar */.X5.QUOTE_SINGLE) ? like.type : undefined;
        const rendered = `${yamlKey(at.missing[0], at.parent)}: ${yaml_edit_renderScalar(s.create.value, style, flow)}`;
        out = insertPair(p, eol, at.parent, [rendered], s.create.after);
    }
    return out === body ? text : bom + out;
}
function describe(source) {
    if (/^[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?$/.test(source) || /^0[xob]/.test(source))
        return 'a number';
    if (/^\d{4}-/.test(source))
        return 'a date';
    return 'a boolean or null';
}
/** A new key written as YAML, quoted the way the mapping's first key is (plain when that is safe). */
function yamlKey(key, map) {
    const style = (0,dist/* isScalar */.jn)(map?.items[0]?.key) ? map.items[0].key.type : undefined;
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return doubleQuote(key);
    if (style === dist/* Scalar */.X5.QUOTE_SINGLE)
        return singleQuote(key) ?? doubleQuote(key);
    return isPlainSafe(key) && !/[,[\]{}]/.test(key) ? key : doubleQuote(key);
}
function columnOf(text, offset) {
    const nl = text.lastIndexOf('\n', offset - 1);
    return offset - (nl + 1);
}
/** The indentation step the file uses for nested mappings (2 when it cannot tell). */
function indentUnit(parsed) {
    const root = parsed.doc.contents;
    let found = 0;
    const walk = (map, depth) => {
        if (found || depth > 3)
            return;
        for (const p of map.items) {
            const v = p.value;
            if ((0,dist/* isMap */.jh)(v) && !v.flow && v.items.length > 0 && p.key && p.key.range) {
                const child = v.items[0].key.range[0];
                const diff = columnOf(parsed.text, child) - columnOf(parsed.text, p.key.range[0]);
                if (diff > 0) {
                    found = diff;
                    return;
                }
            }
            if ((0,dist/* isMap */.jh)(v))
                walk(v, depth + 1);
        }
    };
    if ((0,dist/* isMap */.jh)(root))
        walk(root, 0);
    return found || 2;
}
/**
 * Inserts a pair into a mapping, as lines in the mapping's own indentation:
 * after `after` when that key exists, else after the last pair. `lines` are
 * relative to the key's column (nested lines carry their own extra indent).
 */
function insertPair(parsed, eol, map, lines, after) {
    const body = parsed.text;
    if (map.flow) {
        if (lines.length !== 1)
            throw new src_errors/* UserError */.yo('cannot add a nested value to a flow mapping ({…})', {
                file: parsed.file,
                line: parsed.lineOf(map),
                hint: 'write the mapping in block style',
            });
        const close = body.lastIndexOf('}', map.range[1]);
        const inner = body.slice(map.range[0] + 1, close);
        const sep = inner.trim() === '' ? '' : ', ';
        let cut = close;
        while (cut > map.range[0] + 1 && /[ \t]/.test(body[cut - 1]))
            cut--;
        return body.slice(0, cut) + sep + lines[0] + body.slice(cut);
    }
    if (map.items.length === 0)
        throw new src_errors/* UserError */.yo('cannot add a key to an empty mapping', {
            file: parsed.file,
            line: parsed.lineOf(map),
            hint: 'add the key by hand',
        });
    const firstKey = map.items[0].key;
    const indent = ' '.repeat(columnOf(body, firstKey.range[0]));
    const anchorPair = (after !== undefined ? map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === after) : undefined) ??
        map.items[map.items.length - 1];
    const v = anchorPair.value;
    const endOfPair = v?.range ? v.range[1] : anchorPair.key.range[2];
    let at;
    if (endOfPair > 0 && body[endOfPair - 1] === '\n')
        at = endOfPair;
    else {
        const nl = body.indexOf('\n', endOfPair);
        at = nl === -1 ? -1 : nl + 1;
    }
    const block = lines.map((l) => indent + l).join(eol);
    if (at === -1)
        return body + eol + block;
    return body.slice(0, at) + block + eol + body.slice(at);
}
/**
 * Sets `path` to a literal block scalar (`key: |` and indented lines) holding
 * `content`, e.g. the `artifacthub.io/changes` annotation. Replaces the value
 * when the key exists; with `create`, adds the key, and its parent mapping
 * when that is missing too (one level, e.g. `annotations:`).
 */
function setBlockScalar(text, file, path, content, opts = {}) {
    const { bom, body, eol } = yaml_edit_frame(text);
    const parsed = parseBody(body, file, opts.cache);
    const label = formatPath(path);
    const unit = indentUnit(parsed);
    const lines = content.replace(/\n+$/, '').split('\n');
    const leafKey = yamlKey(String(path[path.length - 1]));
    const childLines = [`${leafKey}: |`, ...lines.map((l) => (l === '' ? '' : ' '.repeat(unit) + l))];
    const filled = opts.create ? fillEmptyParent(parsed, eol, path, childLines, unit) : undefined;
    if (filled !== undefined)
        return bom + filled;
    const at = locate(parsed, path, label);
    if (!at.found) {
        if (!opts.create || at.missing.length > 2)
            throw new UserError(`${label} is missing`, { file, line: parsed.lineOf(at.parent) ?? 1, hint: `add ${label}` });
        const pad = ' '.repeat(unit);
        const leaf = at.missing[at.missing.length - 1];
        let rendered = [`${yamlKey(leaf, at.missing.length === 1 ? at.parent : undefined)}: |`, ...lines.map((l) => (l === '' ? '' : pad + l))];
        if (at.missing.length === 2)
            rendered = [`${yamlKey(at.missing[0], at.parent)}:`, ...rendered.map((l) => (l === '' ? '' : pad + l))];
        return bom + insertPair(parsed, eol, at.parent, rendered);
    }
    const node = at.node;
    const line = parsed.lineOf(node);
    if (!isScalar(node))
        throw new UserError(`${label} is a ${isMap(node) ? 'mapping' : 'list'}, not a text value`, { file, line, hint: 'check the key path' });
    if (inFlow(at.parents))
        throw new UserError(`${label} is inside a flow mapping ({…}), where a block scalar cannot go`, {
            file,
            line,
            hint: 'write the mapping in block style',
        });
    const scalar = node;
    if (scalar.value !== null && String(scalar.value) === `${lines.join('\n')}\n` && scalar.type === Scalar.BLOCK_LITERAL)
        return text;
    const parentMap = at.parents[at.parents.length - 1];
    const pair = parentMap.items.find((p) => p.value === node);
    const keyCol = pair?.key && pair.key.range ? columnOf(body, pair.key.range[0]) : 0;
    const pad = ' '.repeat(keyCol + unit);
    const [start, end] = scalar.range;
    let stop;
    // A comment on the key's line (`key: |  # generated`) is the author's and stays on the new header.
    let comment;
    if (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED) {
        comment = /^[|>][-+0-9]*([ \t]+#[^\r\n]*)?/.exec(body.slice(start, end))?.[1] ?? '';
        // Up to the end of the last line with content: trailing blank lines stay, trailing spaces of old content go.
        const lastChar = start + body.slice(start, end).replace(/\s+$/, '').length;
        const lineEnd = body.slice(lastChar, end).search(/\r?\n/);
        stop = lineEnd === -1 ? end : lastChar + lineEnd;
    }
    else {
        // A one-line value is replaced up to the end of its line; a comment after it moves onto the header.
        const nl = body.indexOf('\n', end);
        stop = nl === -1 ? body.length : body[nl - 1] === '\r' ? nl - 1 : nl;
        comment = /^([ \t]+#.*)?/.exec(body.slice(end, stop))?.[1] ?? '';
    }
    const head = (start === end && body[start - 1] === ':' ? ' |' : '|') + comment.replace(/[ \t]+$/, '');
    const rendered = [head, ...lines.map((l) => (l === '' ? '' : pad + l))].join(eol);
    return bom + body.slice(0, start) + rendered + body.slice(stop);
}
/**
 * `annotations:` with nothing after it, `annotations: ~` (or `null`), or
 * `annotations: {}`: the parent of a new block scalar exists but is empty, so
 * it is written out in block style in its place, in the file's indentation; a
 * comment after it stays on its line. Undefined when the parent is not such an empty value.
 */
function fillEmptyParent(parsed, eol, path, childLines, unit) {
    if (path.length < 2)
        return undefined;
    const parentPath = path.slice(0, -1);
    const grand = parentPath.length === 1 ? parsed.doc.contents : locateOrUndefined(parsed, parentPath.slice(0, -1));
    if (!(0,dist/* isMap */.jh)(grand) || grand.flow)
        return undefined;
    const key = parentPath[parentPath.length - 1];
    const pair = grand.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    const value = pair?.value;
    // `annotations:`, `annotations: ~` / `null` and `annotations: {}` all mean "no annotations yet".
    const empty = value === null ||
        ((0,dist/* isScalar */.jn)(value) && value.value === null && (value.type === dist/* Scalar */.X5.PLAIN || value.range[0] === value.range[1])) ||
        ((0,dist/* isMap */.jh)(value) && value.flow === true && value.items.length === 0);
    if (!pair || !empty)
        return undefined;
    const body = parsed.text;
    const keyStart = pair.key.range[0];
    const colon = body.indexOf(':', pair.key.range[1]);
    const end = value && value.range ? Math.max(value.range[1], colon + 1) : colon + 1;
    const nl = body.indexOf('\n', end);
    const rest = body.slice(end, nl === -1 ? body.length : nl).replace(/\r$/, '');
    // A comment after the empty value stays on the parent's line; anything else is not ours to move.
    if (rest.trim() !== '' && !/^[ \t]+#/.test(rest))
        return undefined;
    const comment = rest.trim() === '' ? '' : rest.replace(/[ \t]+$/, '');
    const keyIndent = ' '.repeat(columnOf(body, keyStart));
    const pad = ' '.repeat(unit);
    const block = childLines.map((l) => (l === '' ? '' : keyIndent + pad + l));
    return body.slice(0, colon + 1) + comment + eol + block.join(eol) + body.slice(end + rest.length);
}
function locateOrUndefined(parsed, path) {
    try {
        const at = locate(parsed, path, formatPath(path));
        return at.found ? at.node : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/core/src/edits/same-data.ts
// Whether two readings of YAML hold the same data, in time linear in what the documents spell out. The yaml
// library reads an alias as the very object its anchor made, so nine levels of nine aliases (a billion laughs)
// are nine objects shared along 9^9 paths: node:util's isDeepStrictEqual walks every path (an edit check on such
// a values file took minutes), while here a pair of objects already being compared, or found equal, is not walked
// again. The answer is isDeepStrictEqual's for the plain data YAML reads (mappings as plain objects, sequences as
// arrays, scalars); anything else (a Map, a Set, a Date a custom tag made) is left to isDeepStrictEqual.

/** `a` and `b` hold the same data (a cycle that an alias to an ancestor makes is equal where its walk is). */
function sameData(a, b) {
    return same(a, b, new WeakMap());
}
function same(a, b, met) {
    if (Object.is(a, b))
        return true;
    if (!isPlain(a) || !isPlain(b))
        return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && (0,external_node_util_.isDeepStrictEqual)(a, b);
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    let partners = met.get(a);
    if (partners?.has(b))
        return true;
    if (!partners)
        met.set(a, (partners = new WeakSet()));
    partners.add(b);
    if (Array.isArray(a)) {
        const other = b;
        return a.length === other.length && a.every((v, i) => i in other === i in a && same(v, other[i], met));
    }
    const ka = Object.keys(a);
    const ob = b;
    if (ka.length !== Object.keys(ob).length)
        return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && same(a[k], ob[k], met));
}
/** An array, or an object whose prototype is Object's or none: the shapes a YAML reading builds. */
function isPlain(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    if (Array.isArray(v))
        return Object.getPrototypeOf(v) === Array.prototype;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}

;// CONCATENATED MODULE: ./packages/core/src/edits/check.ts







/**
 * Puts `value` at `path` in `target`, a fresh toJS() reading, in place (the
 * caller owns it): copying every mapping along the path once per value made a
 * promotion of a thousand services copy the thousand-key `services` mapping
 * two thousand times. No path of an edit passes through an aliased node (the
 * editor refuses those), so no other part of the reading shares what changes.
 */
function setIn(target, path, value) {
    if (path.length === 0)
        return value;
    const [head, ...rest] = path;
    if (typeof head === 'number') {
        const arr = Array.isArray(target) ? target : [];
        arr[head] = setIn(arr[head], rest, value);
        return arr;
    }
    const obj = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : {};
    obj[head] = setIn(obj[head], rest, value);
    return obj;
}
function nodeIn(root, path) {
    let node = root;
    for (const k of path) {
        if (typeof k === 'number')
            node = (0,dist/* isSeq */.oP)(node) ? node.items[k] : undefined;
        else
            node = (0,dist/* isMap */.jh)(node) ? node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === k)?.value : undefined;
    }
    return node;
}
/**
 * Re-reads an edited YAML file and proves the edit did only what it meant:
 * the data before, with the intended values put in, must equal the data after
 * (YAML 1.2), and each value written unquoted must also read back as the same
 * string under Helm's YAML 1.1 reading. Throws an internal error (a bug in an
 * editor, not a user mistake) otherwise. With the run's `cache`, the texts
 * the edit already parsed are not parsed again.
 *
 * The edited text is read by js-yaml where it reads exactly as the yaml
 * package does (yaml/plain-document.ts: no tag, anchor, alias or directive,
 * every block collection on its own line), its data and its plain scalars'
 * text being all the proof needs; any other text, and any text js-yaml
 * refuses, is read by the yaml package as before. Composing the yaml
 * package's syntax tree of a thousand services' values file to check ten
 * changed tags took ~150 ms and megabytes of garbage; js-yaml's reading,
 * kept in the run's `cache` for the next reader of the edited text, ~30 ms.
 */
function check_checkYamlEdit(file, before, after, intended, opts = {}) {
    const paths = () => intended.map((i) => formatPath(i.path)).join(', ') || 'nothing';
    if (opts.document !== undefined)
        return checkDocumentEdit(file, before, after, intended, opts.document, paths);
    const body = bytes_stripBom(before);
    let expected = (recentlyParsed(body, file, opts.cache) ?? (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: false })).toJS({
        maxAliasCount: -1,
    });
    for (const i of intended)
        expected = setIn(expected, i.path, i.value);
    const afterBody = bytes_stripBom(after);
    const changed = () => new Error(`${file}: the edit changed more than ${paths()} (the YAML 1.2 reading differs); nothing was written`);
    const yaml11 = (i) => new Error(`${file}: ${formatPath(i.path)} would be read as something other than a string under YAML 1.1; nothing was written`);
    const plain = parse_cache_parseWith(opts.cache, PLAIN_DOCUMENT, afterBody);
    if (plain !== undefined) {
        if (!sameData(expected, plain.data))
            throw changed();
        for (const i of intended) {
            const source = plain.plainAt(i.path);
            if (source !== undefined && scalars_yaml11Type(source) !== 'str')
                throw yaml11(i);
        }
        return;
    }
    const doc = parsedAfter(file, afterBody, opts.cache);
    if (doc.errors.length > 0 || !sameData(expected, doc.toJS({ maxAliasCount: -1 })))
        throw changed();
    for (const i of intended) {
        const node = nodeIn(doc.contents, i.path);
        if ((0,dist/* isScalar */.jn)(node) && node.type === dist/* Scalar */.X5.PLAIN && node.range && scalars_yaml11Type(afterBody.slice(node.range[0], node.range[1])) !== 'str')
            throw yaml11(i);
    }
}
/**
 * The edited text's document. A valid single document is parsed the way the
 * next readers parse it (parseShared: the pins read back, the drift table), so
 * the file is parsed once; such a parse differs from a lenient one only by
 * errors it does not have. Anything else (an editor bug) gets the lenient
 * parse, whose errors the check reports.
 */
function parsedAfter(file, body, cache) {
    try {
        return yaml_edit_parseShared(body, file, cache).doc;
    }
    catch {
        return (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: false });
    }
}
function documentsOf(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(bytes_stripBom(text), { uniqueKeys: false });
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0))
        return undefined;
    return docs.map((d) => d.toJS({ maxAliasCount: -1 }));
}
/** The multi-document form of the check: the chosen document as intended, every other one unchanged. */
function checkDocumentEdit(file, before, after, intended, index, paths) {
    const expected = documentsOf(before);
    const actual = documentsOf(after);
    if (expected && index < expected.length)
        for (const i of intended)
            expected[index] = setIn(expected[index], i.path, i.value);
    if (!expected || !actual || !sameData(expected, actual))
        throw new Error(`${file}: the edit changed more than ${paths()} in document ${index + 1} (the YAML 1.2 reading differs); nothing was written`);
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
class reference_InvalidReference extends Error {
    constructor(message) {
        super(message);
        this.name = 'InvalidReference';
    }
}
/** Parses and normalises an image reference, or throws InvalidReference. */
function reference_parseReference(text) {
    const original = text.trim();
    if (original === '')
        throw new reference_InvalidReference('the image reference is empty');
    if (/\s/.test(original))
        throw new reference_InvalidReference(`'${original}' contains whitespace`);
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
            throw new reference_InvalidReference(`tag '${tag}' is ${tag.length} characters long; at most 128 are allowed`);
        if (!TAG.test(tag))
            throw new reference_InvalidReference(`tag '${tag}' is invalid (letters, digits, '_', '.', '-'; not starting with '.' or '-')`);
    }
    if (rest === '')
        throw new reference_InvalidReference(`'${original}' has no repository name`);
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
            throw new reference_InvalidReference(`registry '${domain}' in '${original}' is not a valid host[:port]`);
        if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535))
            throw new reference_InvalidReference(`port in '${domain}' is out of range`);
    }
    if (path === '')
        throw new reference_InvalidReference(`'${original}' has no repository path after the registry`);
    for (const part of path.split('/')) {
        if (part === '')
            throw new reference_InvalidReference(`repository '${path}' has an empty path component`);
        if (part !== part.toLowerCase())
            throw new reference_InvalidReference(`repository '${path}' must be lowercase ('${part}' is not)`);
        if (!PATH_COMPONENT.test(part))
            throw new reference_InvalidReference(`repository path component '${part}' is invalid (lowercase letters and digits, separated by '.', '_', '__' or '-')`);
    }
    const name = rest;
    if (name.length > MAX_NAME)
        throw new reference_InvalidReference(`repository name '${name}' is ${name.length} characters long; at most ${MAX_NAME} are allowed`);
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
        throw new reference_InvalidReference(`digest '${digest}' is not of the form algorithm:hex`);
    const want = DIGEST_HEX[m[1]];
    if (want === undefined)
        throw new reference_InvalidReference(`digest '${digest}' uses an unsupported algorithm '${m[1]}' (use sha256 or sha512)`);
    if (!hexOf(want).test(m[2]))
        throw new reference_InvalidReference(`digest '${digest}' must have ${want} lowercase hex characters after '${m[1]}:'`);
}
/** True for a well-formed `sha256:`/`sha512:` digest. */
function reference_isDigest(s) {
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
        const ref = reference_parseReference(image);
        identity = `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (!(e instanceof reference_InvalidReference))
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

;// CONCATENATED MODULE: ./packages/core/src/kustomize/overlay.ts
// Image pins in Kustomize overlays, read and rewritten with byte-minimal edits.
//
// Two places hold an overlay's pins:
//   overlay      a kustomization's `images:` list: `- { name, newName, newTag, digest }`
//   application  an Argo CD Application's spec.source.kustomize.images strings:
//                `name=newName:newTag@digest` or `name:newTag@digest`
// A service's entry is the one whose `name` or `newName` is the service's image
// repository (compared as the registry sees them: `nginx` = docker.io/library/nginx),
// else — an image that moved registry — the one whose `name` has the same last
// path segment. Two entries that fit equally well are an error naming both lines.










/** Registry and repository of an image name as the registry sees it, or the name itself when it does not parse. */
function identity(image) {
    try {
        const ref = parseReference(image);
        return `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (e instanceof InvalidReference)
            return image;
        throw e;
    }
}
const lastSegment = (image) => identity(image).slice(identity(image).lastIndexOf('/') + 1);
/** An image reference split into name, tag and digest (`host:5000/a/b:1.2@sha256:…`). */
function splitImage(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/'))
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
    return { name: rest, ...(digest ? { digest } : {}) };
}
/** Parses an Argo CD kustomize image string: `name=newName:newTag@digest` or `name:newTag@digest`. */
function parseApplicationImage(text) {
    const eq = text.indexOf('=');
    if (eq >= 0) {
        const ref = splitImage(text.slice(eq + 1));
        return {
            name: text.slice(0, eq),
            newName: ref.name,
            ...(ref.tag ? { newTag: ref.tag } : {}),
            ...(ref.digest ? { digest: ref.digest } : {}),
        };
    }
    const ref = splitImage(text);
    return { name: ref.name, ...(ref.tag ? { newTag: ref.tag } : {}), ...(ref.digest ? { digest: ref.digest } : {}) };
}
/** Writes an Argo CD kustomize image string back (`name=` only when it had one or newName differs). */
function formatApplicationImage(image, withName) {
    const ref = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
    return withName || (image.newName !== undefined && image.newName !== image.name) ? `${image.name}=${ref}` : ref;
}
/** True when a text parses as an Argo CD Application (kind: Application with a spec). */
function isApplication(parsed) {
    return (parsed.documents ?? [parsed.doc]).some((d) => scalarText(mapValue(d.contents, 'kind')) === 'Application' && mapValue(d.contents, 'spec') !== undefined);
}
function parseAll(text, file, cache) {
    const body = stripBom(text);
    const all = parseWith(cache, YAML_DOCUMENTS, body, file);
    return all;
}
/**
 * Reads the pins of an overlay file: a kustomization's `images:` or an Argo CD
 * Application's kustomize.images. A file that is not YAML, an `images` that
 * is not a list, an entry that is not a mapping with a `name` (or not an
 * image string), and two entries of one name are UserErrors at file:line.
 */
function readOverlayImages(text, file, cache) {
    const all = parseAll(text, file, cache);
    if (isApplication(all))
        return applicationImages(all, file);
    if ((all.documents?.length ?? 1) > 1)
        throw new UserError('the kustomization holds more than one YAML document', {
            file,
            line: all.lineOf(all.documents[1].contents) ?? 1,
            hint: 'keep one Kustomization document in the file',
        });
    const parsed = parseShared(stripBom(text), file, cache);
    const root = parsed.doc.contents;
    if (root !== null && !isMap(root))
        throw new UserError('the kustomization is not a mapping of keys', {
            file,
            line: parsed.lineOf(root) ?? 1,
            hint: 'point kustomization at a kustomization.yaml',
        });
    const kind = scalarText(mapValue(root, 'kind'));
    if (kind !== undefined && kind !== 'Kustomization' && kind !== 'Component')
        throw new UserError(`the file is a ${kind}, not a Kustomization or an Argo CD Application`, {
            file,
            line: parsed.lineOf(mapValue(root, 'kind')) ?? 1,
            hint: 'point kustomization at the overlay (its folder or kustomization.yaml) or at its Argo CD Application',
        });
    // A Flux Kustomization (kustomize.toolkit.fluxcd.io) keeps the same entries under spec.images.
    const flux = scalarText(mapValue(root, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') ?? false;
    const holder = flux ? mapValue(root, 'spec') : root;
    const listPath = flux ? ['spec', 'images'] : ['images'];
    const pair = isMap(holder) ? holder.items.find((p) => isScalar(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const line = parsed.lineOf(pair?.key ?? root) ?? 1;
    if (list === undefined || list === null)
        return { kind: 'overlay', file, listPath, hasList: pair !== undefined && list !== null ? true : false, line, images: [] };
    if (!isSeq(list))
        throw new UserError('images is not a list', {
            file,
            line,
            hint: 'write images: as a list of { name, newName, newTag, digest } entries',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = parsed.lineOf(node) ?? line;
        const name = isMap(node) ? scalarText(entryValue(node, 'name')) : undefined;
        if (!isMap(node) || !name)
            throw new UserError(`images[${index}] is not an entry with a name`, {
                file,
                line: at,
                hint: 'write each entry as name: <image> with newTag:, digest: (and newName:)',
            });
        const text = (k) => scalarText(entryValue(node, k)) || undefined;
        const newName = text('newName');
        const newTag = text('newTag');
        const digest = text('digest');
        return { name, ...(newName ? { newName } : {}), ...(newTag ? { newTag } : {}), ...(digest ? { digest } : {}), index, line: at };
    });
    duplicates(images, file);
    return { kind: 'overlay', file, listPath, hasList: true, line, images };
}
function entryValue(map, key) {
    return map.items.find((p) => isScalar(p.key) && p.key.value === key)?.value;
}
/** Two entries of one image name: kustomize would apply one, so which is meant cannot be told. */
function duplicates(images, file) {
    const seen = new Map();
    for (const i of images) {
        const key = identity(i.name);
        const first = seen.get(key);
        if (first)
            throw new UserError(`two entries for the image ${i.name} (lines ${first.line} and ${i.line})`, {
                file,
                line: i.line,
                hint: 'keep one entry per image name',
            });
        seen.set(key, i);
    }
}
/** The Application's kustomize.images: of spec.source, or of the one spec.sources entry that has kustomize:. */
function applicationImages(all, file) {
    const docs = all.documents ?? [all.doc];
    const apps = docs
        .map((d, i) => ({ d, i }))
        .filter(({ d }) => scalarText(mapValue(d.contents, 'kind')) === 'Application' && mapValue(d.contents, 'spec') !== undefined);
    if (apps.length > 1)
        throw new UserError(`${apps.length} Applications in the file; cannot tell which one's kustomize.images to use`, {
            file,
            line: all.lineOf(apps[1].d.contents) ?? 1,
            hint: 'keep the environment’s Application in a file of its own, or point kustomization at its overlay folder',
        });
    const { d, i } = apps[0];
    const spec = mapValue(d.contents, 'spec');
    const sources = mapValue(spec, 'sources');
    let sourcePath = ['spec', 'source'];
    if (isSeq(sources)) {
        const withKustomize = sources.items.map((s, k) => ({ s, k })).filter(({ s }) => mapValue(s, 'kustomize') !== undefined);
        if (withKustomize.length !== 1)
            throw new UserError(`${withKustomize.length === 0 ? 'no' : withKustomize.length} sources of the Application have kustomize:`, {
                file,
                line: all.lineOf(sources) ?? 1,
                hint: 'give the overlay’s source kustomize: { images: [...] }',
            });
        sourcePath = ['spec', 'sources', withKustomize[0].k];
    }
    const source = sourcePath
        .slice(1)
        .reduce((n, k) => (typeof k === 'number' ? (isSeq(n) ? n.items[k] : undefined) : mapValue(n, k)), spec);
    const kustomize = mapValue(source, 'kustomize');
    const list = mapValue(kustomize, 'images');
    const document = docs.length > 1 ? i : undefined;
    const listPath = [...sourcePath, 'kustomize', 'images'];
    const line = all.lineOf((list ?? kustomize ?? source ?? d.contents)) ?? 1;
    if (list === undefined || list === null)
        throw new UserError('the Application has no spec.source.kustomize.images list to pin images in', {
            file,
            line,
            hint: 'add kustomize: { images: [] } to its source, or point kustomization at the overlay folder',
        });
    if (!isSeq(list))
        throw new UserError('kustomize.images is not a list', {
            file,
            line,
            hint: 'write it as a list of strings like ghcr.io/acme/api:1.2.3@sha256:…',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = all.lineOf(node) ?? line;
        const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
        if (!text || text.trim() === '')
            throw new UserError(`kustomize.images[${index}] is not an image string`, {
                file,
                line: at,
                hint: 'write name=newName:newTag@digest or name:newTag@digest',
            });
        return { ...parseApplicationImage(text.trim()), index, line: at };
    });
    duplicates(images, file);
    return { kind: 'application', file, ...(document !== undefined ? { document } : {}), listPath, hasList: true, line, images };
}
/**
 * `overlayImages(text)`: the `images:` entries of a kustomization (or the
 * parsed kustomize.images strings of an Argo CD Application), as written.
 */
function overlayImages(text, file = 'kustomization.yaml') {
    return readOverlayImages(text, file).images.map(({ name, newName, newTag, digest }) => ({
        name,
        ...(newName ? { newName } : {}),
        ...(newTag ? { newTag } : {}),
        ...(digest ? { digest } : {}),
    }));
}
/**
 * The entry of `image` (the service's repository, any tag dropped): the one
 * whose name or newName is that repository; else the one whose name has the
 * same last path segment. Two of either kind is an error naming both lines.
 */
function overlayPin(images, image, service) {
    const want = identity(repositoryOf(image));
    const exact = images.images.filter((i) => identity(i.name) === want || (i.newName !== undefined && identity(i.newName) === want));
    const byName = exact.filter((i) => identity(i.name) === want);
    let chosen = byName.length === 1 ? byName : exact;
    if (chosen.length === 0) {
        const segment = want.slice(want.lastIndexOf('/') + 1);
        chosen = images.images.filter((i) => lastSegment(i.name) === segment);
    }
    if (chosen.length > 1)
        throw new UserError(`${service}: two entries fit the image ${repositoryOf(image)}: ${chosen[0].name} (line ${chosen[0].line}) and ${chosen[1].name} (line ${chosen[1].line})`, { file: images.file, line: chosen[1].line, hint: `keep one entry for ${repositoryOf(image)}, or name it exactly in name:` });
    const entry = chosen[0];
    if (!entry)
        return { file: images.file, line: images.line };
    return {
        file: images.file,
        entry,
        line: entry.line,
        repository: entry.newName ?? entry.name,
        ...(entry.newTag ? { tag: entry.newTag } : {}),
        ...(entry.digest ? { digest: entry.digest } : {}),
    };
}
/** An image name without tag or digest. */
function repositoryOf(image) {
    return splitImage(image).name;
}
/**
 * Rewrites the pins of one overlay file to their targets, changing only the
 * bytes of the fields they set: `newTag` and `digest` (created after `name`
 * / `newName` / `newTag` in the entry's own indentation when missing), and
 * `newName` when the repository the digest lives in is not what the entry
 * renders. A tag-only target empties a digest the entry had (`digest: ""`),
 * so an old digest never outlives its tag. A service without an entry gets
 * one appended (the list created when the overlay has none). An Application's
 * string is rewritten in place, or appended. The result is re-parsed and
 * checked to differ only there.
 */
function setOverlayPins(text, images, writes, cache) {
    if (images.kind === 'application')
        return setApplicationImages(text, images, writes, cache);
    const edits = [];
    const appended = [];
    for (const w of writes) {
        const e = w.pin.entry;
        const repository = w.target.repository ?? repositoryOf(w.image);
        if (!e) {
            const name = repositoryOf(w.image);
            const tag = w.target.tag;
            appended.push({
                name,
                ...(identity(repository) !== identity(name) ? { newName: repository } : {}),
                ...(tag ? { newTag: tag } : {}),
                ...(w.target.digest ? { digest: w.target.digest } : {}),
            });
            continue;
        }
        const path = [...images.listPath, e.index];
        const renders = e.newName ?? e.name;
        if (w.target.digest !== undefined && identity(repository) !== identity(renders))
            edits.push({ path: [...path, 'newName'], value: repository, create: true, after: 'name', quoteLike: 'name' });
        const tag = w.target.tag ?? e.newTag;
        if (tag !== undefined && tag !== e.newTag)
            edits.push({
                path: [...path, 'newTag'],
                value: tag,
                create: true,
                after: e.newName !== undefined ? 'newName' : 'name',
                quoteLike: 'name',
            });
        if (w.target.digest !== undefined && w.target.digest !== e.digest)
            edits.push({ path: [...path, 'digest'], value: w.target.digest, create: true, after: 'newTag', quoteLike: 'name' });
        if (w.target.digest === undefined && e.digest !== undefined)
            edits.push({ path: [...path, 'digest'], value: '' });
    }
    let after = edits.length > 0 ? setScalars(text, images.file, edits, { cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (appended.length > 0 && images.listPath.length > 1)
        throw new UserError(`the Flux Kustomization's spec.images has no entry for ${appended.map((a) => a.name).join(', ')}`, {
            file: images.file,
            line: images.line,
            hint: `add an entry under spec.images: name: ${appended[0].name}, newTag:, digest:`,
        });
    if (appended.length > 0) {
        after = appendEntries(after, images, appended, cache);
        appended.forEach((a, k) => {
            for (const [key, value] of Object.entries(a))
                intended.push({ path: ['images', images.images.length + k, key], value });
        });
    }
    if (after !== text)
        checkYamlEdit(images.file, text, after, intended, { cache });
    return after;
}
/** Appends entries to the block list `images:`, or the list itself at the end of the file when there is none. */
function appendEntries(text, images, entries, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = stripBom(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const parsed = parseShared(body, images.file, cache);
    const root = parsed.doc.contents;
    const pair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const lines = (indent) => entries.flatMap((e) => Object.entries(e).map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${renderScalar(v, k === 'newTag' ? 'QUOTE_DOUBLE' : undefined)}`));
    if (isSeq(list) && list.items.length > 0) {
        if (list.flow)
            throw new UserError('images is a flow list ([...]); lockstep appends entries to block lists only', {
                file: images.file,
                line: images.line,
                hint: 'write images: as a block list (one "- name:" entry per image)',
            });
        const first = list.items[0];
        const start = first.range[0];
        const lineStart = body.lastIndexOf('\n', start - 1) + 1;
        const dash = body.lastIndexOf('-', start - 1);
        const indent = body.slice(lineStart, dash >= lineStart ? dash : start);
        const end = list.items[list.items.length - 1].range[2];
        const at = body.lastIndexOf('\n', end - 1) + 1 === end ? end : body.indexOf('\n', end - 1) + 1 || body.length;
        const insert = lines(/^\s*$/.test(indent) ? indent : '  ').join(eol) + eol;
        const pre = body.slice(0, at);
        return bom + pre + (pre.endsWith('\n') || pre === '' ? '' : eol) + insert + body.slice(at);
    }
    if (pair !== undefined) {
        // `images:` with nothing (or `[]`) after it: the key's line is replaced by the list.
        const keyStart = pair.key.range[0];
        const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
        const lineEnd = body.indexOf('\n', keyStart);
        const endAt = lineEnd < 0 ? body.length : lineEnd + 1;
        const keyIndent = body.slice(lineStart, keyStart);
        const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).replace(/\r$/, '');
        if (!/^\s*images:\s*(\[\s*\])?\s*(#.*)?$/.test(line))
            throw new UserError('images is written in a way lockstep cannot extend', {
                file: images.file,
                line: images.line,
                hint: 'write images: as a block list',
            });
        return bom + body.slice(0, lineStart) + `${keyIndent}images:${eol}` + lines(`${keyIndent}  `).join(eol) + eol + body.slice(endAt);
    }
    const sep = body === '' || body.endsWith('\n') ? '' : eol;
    return bom + body + sep + `images:${eol}` + lines('  ').join(eol) + eol;
}
/** The Application strings rewritten in place (each keeps `name=` when it had it), new ones appended to the list. */
function setApplicationImages(text, images, writes, cache) {
    const edits = [];
    const added = [];
    for (const w of writes) {
        const e = w.pin.entry;
        const repository = w.target.repository ?? repositoryOf(w.image);
        const name = e?.name ?? repositoryOf(w.image);
        const renders = e ? (e.newName ?? e.name) : name;
        const newName = w.target.digest !== undefined && identity(repository) !== identity(renders) ? repository : e?.newName;
        const value = formatApplicationImage({
            name,
            ...(newName !== undefined ? { newName } : {}),
            ...((w.target.tag ?? e?.newTag) ? { newTag: w.target.tag ?? e?.newTag } : {}),
            ...(w.target.digest ? { digest: w.target.digest } : {}),
        }, e?.newName !== undefined);
        if (e)
            edits.push({ path: [...images.listPath, e.index], value });
        else
            added.push(value);
    }
    let after = edits.length > 0 ? setScalars(text, images.file, edits, { document: images.document, cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (added.length > 0) {
        after = appendStrings(after, images, added, cache);
        added.forEach((v, k) => intended.push({ path: [...images.listPath, images.images.length + k], value: v }));
    }
    if (after !== text)
        checkYamlEdit(images.file, text, after, intended, { document: images.document, cache });
    return after;
}
/** Appends strings to the Application's block list kustomize.images (refused for a flow or empty list). */
function appendStrings(text, images, values, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = stripBom(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const all = parseAll(body, images.file, cache);
    const doc = (all.documents ?? [all.doc])[images.document ?? 0];
    const list = images.listPath.reduce((n, k) => (typeof k === 'number' ? (isSeq(n) ? n.items[k] : undefined) : mapValue(n, k)), doc.contents);
    if (!isSeq(list) || list.flow || list.items.length === 0)
        throw new UserError('kustomize.images has no block list entry to append the image after', {
            file: images.file,
            line: images.line,
            hint: 'write kustomize.images as a block list with one "- image" line per image',
        });
    const first = list.items[0];
    const start = first.range[0];
    const lineStart = body.lastIndexOf('\n', start - 1) + 1;
    const indent = body.slice(lineStart, body.lastIndexOf('-', start - 1));
    const end = list.items[list.items.length - 1].range[2];
    const at = body.indexOf('\n', end - 1) + 1 || body.length;
    const pre = body.slice(0, at);
    return (bom +
        pre +
        (pre.endsWith('\n') ? '' : eol) +
        values.map((v) => `${indent}- ${renderScalar(v, undefined)}`).join(eol) +
        eol +
        body.slice(at));
}
/** Every entry of a protected environment's overlay pinned by a sha256 digest, none with the tag `latest`. */
function overlayProblems(images) {
    const out = [];
    for (const i of images.images) {
        const image = i.newName ?? i.name;
        if (i.newTag === 'latest')
            out.push({
                file: images.file,
                line: i.line,
                message: `${image} uses the tag latest in a protected environment`,
                hint: 'pin a released version and its digest',
            });
        if (!i.digest || !/^sha256:[0-9a-f]{64}$/.test(i.digest))
            out.push({
                file: images.file,
                line: i.line,
                message: `${image} is not pinned by a sha256 digest in a protected environment${i.digest ? ` (digest ${i.digest.slice(0, 40)})` : ''}`,
                hint: 'set digest: sha256:… (promote-env writes it from a digests file or with resolve-digests)',
            });
    }
    return out;
}
/** A kustomization path that holds nothing kustomize would read (a caller may take that as "absent"). */
class NoKustomization extends (/* unused pure expression or super */ null && (UserError)) {
}
/** The file names kustomize reads in a folder, in its order. */
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * Resolves `path` (a kustomization file, a folder holding one, or an Argo CD
 * Application) through `read` (undefined: no such file). A folder holding
 * none, or more than one, is a UserError naming `at` (the config's line).
 */
async function kustomizationFor(path, read, at, cache) {
    const clean = path.replace(/\/+$/, '');
    const direct = await read(clean);
    if (direct !== undefined) {
        const application = isApplication(parseAll(direct, clean, cache));
        return { dir: clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : '.', file: clean, text: direct, application };
    }
    const found = [];
    for (const n of KUSTOMIZATION_NAMES) {
        const file = clean === '' || clean === '.' ? n : `${clean}/${n}`;
        const text = await read(file);
        if (text !== undefined)
            found.push({ file, text });
    }
    if (found.length === 0)
        throw new NoKustomization(`kustomization ${path} is no file, nor a folder holding kustomization.yaml, kustomization.yml or Kustomization, ${at.where}`, {
            file: at.file,
            line: at.line,
            hint: 'point kustomization at an overlay folder, its kustomization.yaml, or its Argo CD Application (paths relative to the repository promoted in)',
        });
    if (found.length > 1)
        throw new UserError(`kustomization ${path} holds both ${found[0].file} and ${found[1].file}; kustomize refuses that too`, {
            file: at.file,
            line: at.line,
            hint: 'keep one kustomization file in the folder, or name the file in kustomization',
        });
    return { dir: clean || '.', file: found[0].file, text: found[0].text, application: false };
}
/**
 * kustomizationFor on a folder of the file system: `path` relative to `root`
 * (a checkout), files read as they are there (a folder or a missing path reads
 * as absent). For rendering an environment's overlay in a work tree.
 */
function kustomizationInTree(root, path, at = {}) {
    const read = async (p) => {
        try {
            return await readFile(join(root, p), 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
                return undefined;
            throw e;
        }
    };
    return kustomizationFor(path, read, { ...at, where: `in ${root}` });
}

;// CONCATENATED MODULE: ./packages/core/src/render/flux-substitute.ts
// A Flux Kustomization's post-build variable substitution, as kustomize-controller applies it to what
// `kustomize build` gave: each object's YAML (one document of the build's output) has its `${var}`
// expressions replaced by the variables' values, unless the object is labelled or annotated
// `kustomize.toolkit.fluxcd.io/substitute: disabled`; nothing is substituted when no variable is defined
// (Flux's documented rule: a `${var:=default}` alone stays as written). Flux's documented forms:
// `${var}` (an undefined one becomes empty: strict mode aside), `${var:=default}` and `${var:-default}`
// (the default when the variable is undefined or empty), `$${var}` for a literal `${var}`; `$var` without
// braces is left as written. Any other `${…}` form (`${var:1:2}`, `${var/a/b}`, a default holding `${`) is
// refused rather than guessed: a hydrated branch must hold what Flux applies, or nothing.

/** Flux's rule for a variable's name (`^[_[:alpha:]][_[:alpha:][:digit:]]*$`). */
const VARIABLE_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*$/;
/** The label or annotation that turns substitution off for one object. */
const DISABLED_KEY = 'kustomize.toolkit.fluxcd.io/substitute';
/** The text with its `${…}` expressions replaced; `message` says the first expression that cannot be. */
function envsubst(text, vars) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const at = text.indexOf('$', i);
        if (at < 0)
            break;
        out += text.slice(i, at);
        if (text.startsWith('$${', at)) {
            out += '${';
            i = at + 3;
            continue;
        }
        if (text[at + 1] !== '{') {
            out += '$';
            i = at + 1;
            continue;
        }
        const close = text.indexOf('}', at + 2);
        if (close < 0)
            return { message: `${text.slice(at, at + 40)}: no closing brace` };
        const body = text.slice(at + 2, close);
        const m = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:[=-])(.*))?$/s.exec(body);
        if (!m || (m[3] ?? '').includes('${'))
            return { message: `\${${body}}: lockstep substitutes \${var}, \${var:=default} and \${var:-default} only` };
        const value = vars.get(m[1]) ?? '';
        out += m[2] !== undefined && value === '' ? m[3] : value;
        i = close + 1;
    }
    return { text: out + text.slice(i) };
}
/** Whether a build document's object turns substitution off (its label or annotation says `disabled`). */
function disabled(doc) {
    if (!doc.includes(DISABLED_KEY))
        return false;
    try {
        const docs = (0,dist/* parseAllDocuments */.hR)(doc);
        const parsed = Array.isArray(docs) ? docs[0] : docs;
        const meta = parsed?.toJS()
            ?.metadata;
        return meta?.labels?.[DISABLED_KEY] === 'disabled' || meta?.annotations?.[DISABLED_KEY] === 'disabled';
    }
    catch {
        return false;
    }
}
/**
 * `kustomize build` output with Flux's post-build substitution applied object by object; `message` names the
 * first variable or expression Flux would refuse (an invalid name) or lockstep does not substitute.
 */
function substituteBuild(output, vars) {
    if (vars.size === 0)
        return { text: output };
    const bad = [...vars.keys()].find((k) => !VARIABLE_NAME.test(k));
    if (bad !== undefined)
        return { message: `variable name ${JSON.stringify(bad)} is invalid: Flux takes names matching ${VARIABLE_NAME.source}` };
    const parts = output.split(/^(---[ \t]*\r?\n)/m);
    let text = '';
    for (const part of parts) {
        if (/^---[ \t]*\r?\n$/.test(part) || disabled(part)) {
            text += part;
            continue;
        }
        const r = envsubst(part, vars);
        if ('message' in r)
            return r;
        text += r.text;
    }
    return { text };
}

;// CONCATENATED MODULE: ./packages/core/src/async/slots.ts
// At most so many tasks at once, the rest waiting their turn first come, first served: what bounds the renderer
// processes a run starts (helm template, kustomize) to the machine's cores, wherever they are asked for.
/** A fixed number of slots; `run` waits for a free one, runs the task, and hands the slot on. */
class Slots {
    #free;
    #waiting = [];
    constructor(size) {
        if (!(size >= 1))
            throw new Error(`slots: size must be at least 1, got ${size}`);
        this.#free = size;
    }
    async run(task) {
        if (this.#free > 0)
            this.#free--;
        else
            await new Promise((resolve) => this.#waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            const next = this.#waiting.shift();
            if (next)
                next();
            else
                this.#free++;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/render/bounded.ts
// One renderer process (helm template, kustomize) run bounded: an argument array, a time limit, a cap on its
// output, a bound on its memory, at most a core's worth of them at once in a run, a render started ahead of its
// need at a lower priority. render/helm.ts and render/kustomize.ts run theirs through it.




const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/**
 * 1 GiB: `helm template` of a large real chart stays under 150 MiB and
 * kustomize of a large overlay under 100 MiB, while a runner (7 GiB on
 * GitHub's smallest hosted one) runs the three renders of an environment, and
 * those of several environments, at once: a bound of 1 GiB each leaves the
 * runner alive with room for every real render.
 */
const DEFAULT_MAX_RSS = 1024 * 1024 * 1024;
const DEFAULT_RSS_INTERVAL_MS = 100;
/** The niceness of a run started ahead of its need (never lower than it was): the runs waited for get the CPU first. */
const BACKGROUND_NICENESS = 10;
/**
 * Lowers a child's CPU priority to BACKGROUND_NICENESS: a render started ahead (promote's environment as it runs,
 * rendered while the plan is made) shares a runner's two cores with the plan and the render the run waits for.
 * Best effort: a platform or a process that refuses leaves the priority as it was.
 */
function lowerPriority(pid) {
    if (pid === undefined)
        return;
    try {
        if ((0,external_node_os_.getPriority)(pid) < BACKGROUND_NICENESS)
            (0,external_node_os_.setPriority)(pid, BACKGROUND_NICENESS);
    }
    catch {
        // the run goes on at its priority
    }
}
/** A process's resident memory in bytes (VmRSS of /proc/<pid>/status); undefined where there is no /proc or it has ended. */
function residentBytes(pid) {
    try {
        const m = /^VmRSS:\s+(\d+)\s+kB/m.exec((0,external_node_fs_.readFileSync)(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : undefined;
    }
    catch {
        return undefined;
    }
}
/** The renderer processes a run may have at once: the machine's cores. */
const RENDERERS = new Slots(Math.max(2, (0,external_node_os_.availableParallelism)()));
/**
 * Runs one renderer process bounded: killed at the time limit, once its
 * stdout passes the cap, or once its resident memory (read every
 * `rssIntervalMs`) passes the bound, and each is said (`what` names the
 * command, `source` what it ran: a template, an overlay); a failure gives
 * `message(stderr)`. At most a core's worth of renderer processes run at once
 * (the time limit starts once one runs): 600 renders started together compete
 * with each other and with this process's own work (issue 76).
 */
const runBounded = (...run) => RENDERERS.run(() => runOne(...run));
/** runBounded's one process, once it has its slot. */
function runOne(command, args, env, limits, what, message, opts = {}) {
    const source = opts.source ?? 'a template';
    const cwd = opts.cwd;
    const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxRss = limits.maxRssBytes ?? DEFAULT_MAX_RSS;
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
        if (opts.background)
            lowerPriority(child.pid);
        const out = [];
        let bytes = 0;
        let err = '';
        let stopped;
        const stop = (why) => {
            stopped ??= why;
            child.kill('SIGKILL');
        };
        const timer = setTimeout(() => stop('timeout'), timeoutMs);
        const watch = setInterval(() => {
            const rss = child.pid === undefined ? undefined : residentBytes(child.pid);
            if (rss !== undefined && rss > maxRss)
                stop('memory');
        }, limits.rssIntervalMs ?? DEFAULT_RSS_INTERVAL_MS);
        child.stdout.on('data', (b) => {
            if (stopped)
                return;
            bytes += b.length;
            if (bytes > maxBytes)
                stop('too-large');
            else
                out.push(b);
        });
        child.stderr.on('data', (b) => {
            if (err.length < 64 * 1024)
                err += b.toString('utf8');
        });
        const done = (code, spawnError) => {
            clearTimeout(timer);
            clearInterval(watch);
            if (stopped === 'timeout')
                resolve({
                    ok: false,
                    reason: 'timeout',
                    message: `${what} was stopped after ${Math.round(timeoutMs / 1000)} s (${source} that does not end)`,
                });
            else if (stopped === 'too-large')
                resolve({
                    ok: false,
                    reason: 'too-large',
                    message: `${what} was stopped after ${mib(maxBytes)} of output (${source} that prints without end)`,
                });
            else if (stopped === 'memory')
                resolve({
                    ok: false,
                    reason: 'memory',
                    message: `${what} was stopped past the memory bound of ${mib(maxRss)} (${source} that grows without end)`,
                });
            else if (spawnError)
                resolve({ ok: false, reason: 'error', message: `${what} could not be run: ${spawnError.message}` });
            else if (code !== 0)
                resolve({ ok: false, reason: 'error', message: message(err) || `${what} exited ${code}` });
            else
                resolve({ ok: true, stdout: Buffer.concat(out).toString('utf8') });
        };
        child.on('error', (e) => done(null, e));
        child.on('close', (code) => done(code));
    });
}
const mib = (n) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${n} bytes`);

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(9730);
;// CONCATENATED MODULE: ./packages/core/src/render/helm.ts
// Runs `helm template` bounded: an argument array, a time limit, a cap on
// what it may print, and no network: HOME and every HELM_* cache, config and
// data folder point into a temp folder of the run, the proxies at a closed
// port of 127.0.0.1, no kubeconfig. Template mode leaves `lookup` empty and no
// dependency is fetched (no --dependency-update): a chart whose subcharts are
// missing fails with Helm's own message. A chart from a pull request is
// untrusted: a template that loops forever is killed at the time limit, one
// that prints gigabytes at the cap, one that grows a value in memory (a string
// doubled 26 times is 2 GiB from 190 bytes of template) at the memory bound,
// and each is said, not thrown.






/** The lowest Helm `render: auto` uses (`--kube-version` without a cluster, OCI charts by default). */
const MIN_HELM = '3.8.0';
/** The names a Helm is found by on PATH: `helm`, and the side-by-side installs of one major. */
const HELM_NAMES = ['helm', 'helm3', 'helm4'];
/** The executable files named `name` on PATH, in PATH order. */
function onPath(env, names) {
    const found = [];
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        for (const name of names) {
            const path = (0,external_node_path_.join)(dir, process.platform === 'win32' ? `${name}.exe` : name);
            try {
                (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
                found.push(path);
            }
            catch {
                // not here
            }
        }
    }
    return found;
}
/**
 * The first `helm` on PATH (the runner's), with its version; undefined when there is none or it does not answer.
 * Asked without blocking: the version query runs while the rest of the run goes on.
 */
async function findHelm(env = process.env) {
    const [path] = onPath(env, ['helm']);
    if (path === undefined)
        return undefined;
    const version = await helmVersion(path);
    return version ? { path, version } : undefined;
}
/**
 * The Helm an environment renders with: the first on PATH (as `helm`, `helm3` or `helm4`) whose
 * version is of `major`; without a major, the first `helm` (findHelm). Undefined when there is none.
 */
async function findHelmOf(major, env = process.env) {
    if (major === undefined)
        return findHelm(env);
    for (const path of onPath(env, HELM_NAMES)) {
        const version = await helmVersion(path);
        if (version && Number(version.split('.')[0]) === major)
            return { path, version };
    }
    return undefined;
}
/**
 * The binary findHelmOf(major) will most likely answer, known without running anything: the first `helm` on PATH, or
 * for a major the first named for it (`helm4`), else the first of the three names. A render can start with it while
 * `helm version` answers (as long again as a small chart's `helm template`), its output used only where findHelmOf
 * then answers the same binary, usable; undefined when PATH holds none.
 */
function helmCandidate(major, env = process.env) {
    if (major === undefined)
        return onPath(env, ['helm'])[0];
    const found = onPath(env, HELM_NAMES);
    return found.find((p) => basename(p).replace(/\.exe$/, '') === `helm${major}`) ?? found[0];
}
/** Each binary's answer, asked once per run (a run renders many environments with the same few Helms). */
const versions = new Map();
/**
 * `helm version`'s version (`3.17.3`), undefined when the binary does not answer within 10 s; asked once per binary
 * per run, or answered by a template run of the binary that printed its version (learnVersion).
 */
function helmVersion(path) {
    let answer = versions.get(path);
    if (!answer)
        versions.set(path, (answer = askVersion(path)));
    return answer;
}
/** `helm version --short`, run. */
function askVersion(path) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(path, ['version', '--short'], { encoding: 'utf8', timeout: 10_000, env: isolatedEnv((0,external_node_os_.tmpdir)()) }, (error, stdout) => resolve(error ? undefined : (0,semver.coerce)(stdout.trim())?.version));
    });
}
/**
 * Has helmVersion(path) answered by `answer`, the version a template run of that binary printed (versionProbe), where
 * nothing asked it yet: `helm version` (a Go program's start, as long as a small chart's render, and a third of the
 * CPU of a promotion's two renders) then runs only where the template run gave none. False when it was asked already.
 */
function learnVersion(path, answer) {
    if (versions.has(path))
        return false;
    versions.set(path, answer.then((v) => v ?? askVersion(path), () => askVersion(path)));
    return true;
}
/**
 * The template a render adds to its copy of a chart to learn the version of the Helm that runs it
 * (`.Capabilities.HelmVersion`, Helm 3.0 and later): one comment line, marked with `nonce`, random per renderer, so
 * that no chart can print a line taken for it. takeVersionProbe takes its document out of the output again.
 */
function versionProbe(nonce) {
    return {
        file: `templates/lockstep-helm-version-${nonce}.yaml`,
        text: `# lockstep-helm-version ${nonce} {{ .Capabilities.HelmVersion.Version }}\n`,
    };
}
/** The output without versionProbe's document, and the version it printed; the output as it is where it printed none. */
function takeVersionProbe(stdout, nonce) {
    const probe = new RegExp(`(^|\\n)---\\n# Source: [^\\n]*/templates/lockstep-helm-version-${nonce}\\.yaml\\n# lockstep-helm-version ${nonce} (\\S+)\\n`).exec(stdout);
    if (!probe)
        return { stdout };
    const start = probe.index + probe[1].length;
    const version = (0,semver.coerce)(probe[2])?.version;
    return { stdout: stdout.slice(0, start) + stdout.slice(probe.index + probe[0].length), ...(version ? { version } : {}) };
}
/** Whether `render: auto` may use this Helm (3.8 or later). */
function helmUsable(h) {
    return (0,semver.gte)(h.version, MIN_HELM);
}
/**
 * What every tool a render runs (Helm, kustomize) is given of the world: PATH, HOME in the temp
 * folder, no kubeconfig, and proxies that lead nowhere, so nothing is fetched from a network.
 *
 * Both are Go programs that run for a fraction of a second and exit: Go's collector, at its default
 * pace (GOGC=100), collects each time the heap doubles, a fifth of the two `helm template` runs of
 * a 300-object chart (153 → 122 ms side by side, peak 47 → 57 MB each). So they run with the pace off
 * and a soft limit instead (GOMEMLIMIT): Go collects only once the heap nears 256 MiB, above what a
 * large real chart's render holds (under 150 MiB), far below the bound a render is killed at (1 GiB,
 * HelmLimits), which a template that grows without end still meets.
 */
function offlineEnv(home) {
    const closed = 'http://127.0.0.1:9';
    return {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        GOGC: 'off',
        GOMEMLIMIT: '256MiB',
        KUBECONFIG: (0,external_node_path_.join)(home, 'no-kubeconfig'),
        HTTP_PROXY: closed,
        HTTPS_PROXY: closed,
        http_proxy: closed,
        https_proxy: closed,
        NO_PROXY: '',
        no_proxy: '',
    };
}
/** The environment Helm runs in: nothing of the runner's but PATH, every folder Helm reads or writes under `home`, no way out. */
function isolatedEnv(home) {
    return {
        ...offlineEnv(home),
        HELM_CACHE_HOME: (0,external_node_path_.join)(home, 'cache'),
        HELM_CONFIG_HOME: (0,external_node_path_.join)(home, 'config'),
        HELM_DATA_HOME: (0,external_node_path_.join)(home, 'data'),
        HELM_REGISTRY_CONFIG: (0,external_node_path_.join)(home, 'config', 'registry.json'),
        HELM_REPOSITORY_CONFIG: (0,external_node_path_.join)(home, 'config', 'repositories.yaml'),
        HELM_REPOSITORY_CACHE: (0,external_node_path_.join)(home, 'cache', 'repository'),
        HELM_PLUGINS: (0,external_node_path_.join)(home, 'plugins'),
    };
}
/** The argument array of one render. */
function templateArgs(input) {
    const args = ['template', input.release, input.chart, '--include-crds'];
    if (input.namespace)
        args.push('--namespace', input.namespace);
    for (const f of input.valuesFiles)
        args.push('--values', f);
    for (const s of input.set ?? [])
        args.push(s.string ? '--set-string' : '--set', `${s.name}=${s.value}`);
    if (input.kubeVersion)
        args.push('--kube-version', input.kubeVersion);
    for (const a of input.apiVersions ?? [])
        args.push('--api-versions', a);
    return args;
}
/**
 * Removes a render's temp folder (or Helm's home) once its output is read. In one call to Node's native removal
 * (fs.rmSync): fs.promises.rm walks the folder in JavaScript, a promise per entry, ~8 ms of this thread for the four
 * small folders of a promotion's render, against ~1 ms, and on this thread the parse of the outputs waits for it. A
 * folder that cannot be removed is left to the system's temp cleaning, as a failed removal always was.
 */
function removeFolder(dir) {
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    catch {
        // left in the temp folder
    }
}
/** Runs `helm template` within the limits; Helm's message (its last lines) when it fails, and which limit stopped it. */
async function helmTemplate(helm, input, limits = {}, background = false) {
    const home = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lockstep-helm-'));
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(home, 'config'), { recursive: true });
    try {
        return await runBounded(helm, templateArgs(input), isolatedEnv(home), limits, 'helm template', helmMessage, { background });
    }
    finally {
        removeFolder(home);
    }
}
/** Helm's error, its last non-empty lines (at most 20, each at most 500 characters), the temp folders' paths taken out. */
function helmMessage(stderr) {
    return stderr
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l !== '' && !/^WARNING: /.test(l) && l !== 'Use --debug flag to render out invalid YAML')
        .slice(-20)
        .map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l))
        .join('\n')
        .replace(/\/[^\s'"]*\/lockstep-render-[^/\s'"]+\/(?:(before|after)\/)?/g, '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/render/documents.ts
// A render's output as plain data, document by document, exactly as the yaml
// package reads it with the YAML 1.2 core schema (the reading every guard and
// diff was written against), at a quarter of its cost. The yaml package builds
// a syntax tree of every node before it gives data: on a 300-object render it
// costs several times the two `helm template` runs themselves (0.46 s of CPU
// for one 115 kB stream, where js-yaml's event parser takes 0.13 s).
//
// So js-yaml reads first, with a schema (yaml/js-yaml-core.ts) to resolve plain scalars
// as the yaml package's core schema does (`0777` and `1_000` stay strings,
// `0o17` is 15, `.5` is a number, `~` and the empty scalar null), and maps
// built as the yaml package builds them (a null key is '', a key met twice is
// refused, a key that is a map or a list is refused). Where the two libraries
// part — any tag, anchor or alias, any `%` directive — the stream is not
// js-yaml's to read: it, and any stream js-yaml refuses, is read by the yaml
// package as before, so its errors and its alias bound are the ones a user
// sees. Helm's and kustomize's plain output takes the fast path; what takes
// the other is what an unusual or hostile chart writes, at yesterday's cost.



/**
 * Every document of a multi-document stream as plain data, as the yaml
 * package gives it (YAML 1.2 core, duplicate keys the last one winning, at
 * most 100 alias expansions); a document the yaml package refuses throws,
 * naming the document (1-based) and the first line of its error.
 */
function readDocuments(text) {
    try {
        const events = (0,js_yaml/* parseEvents */.PH)(text, {});
        if (plain(text, events))
            return { documents: (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: CORE_SCHEMA_LIKE_YAML, maxAliases: 0 }), by: 'js-yaml' };
    }
    catch {
        // js-yaml refuses what the yaml package may read (a duplicate key, nesting past 100): the yaml package decides.
    }
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
    return {
        documents: (Array.isArray(documents) ? documents : [documents]).map((doc, i) => {
            if (doc.errors.length > 0)
                throw new Error(`rendered document ${i + 1} is no YAML: ${doc.errors[0].message.split('\n')[0]}`);
            return doc.toJS({ maxAliasCount: 100 });
        }),
        by: 'yaml',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/render/plain-yaml.ts
// The YAML text of a rendered object, as the yaml package's stringify writes
// it with objects.ts's options (no line folding, a shared object written out
// in full), for objects of the plain shape Kubernetes manifests have: maps,
// lists, integers, booleans, null and strings that need no quotes (or only
// because they spell a number, a boolean or null). The yaml
// package builds a node tree of the data before it prints it; on 600 objects
// that was most of a comparison's cost. Anything else (a string that needs
// quotes, escapes or a block, a float, a key that is no plain word) is the
// yaml package's to write: plainYaml says undefined and the caller asks it.

/**
 * A string the yaml package writes plain, as it is: no indicator first, no
 * `: ` or ` #` inside, no space or `:` last, no line break, and none the core
 * schema would read as null, a boolean or a number (`true`, `1.0`, `0o7`).
 */
const PLAIN = /^[A-Za-z0-9_./=+-][A-Za-z0-9_./:@=+ -]*$/;
const NOT_PLAIN = /: | #|[ :]$|^-(?: |$)|^(?:---|\.\.\.)/;
const plainString = (s) => PLAIN.test(s) && !NOT_PLAIN.test(s) && !coreNonString(s);
/** Deeper than this (a cycle through an alias), the yaml package decides. */
const MAX_DEPTH = 64;
/** One scalar's text, or undefined where the yaml package decides. */
function scalar(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : undefined;
    // A string the core schema would read as no string (`"0"`, `"true"`, `""`) is double-quoted: it holds no quote or escape.
    if (typeof v === 'string')
        return plainString(v) ? v : coreNonString(v) ? `"${v}"` : undefined;
    return undefined;
}
/** `{}` or `[]` for an empty collection, the scalar's text for a scalar, undefined for a collection with items (written on its own lines). */
function inline(v) {
    if (Array.isArray(v))
        return v.length === 0 ? '[]' : false;
    if (v !== null && typeof v === 'object')
        return Object.keys(v).length === 0 ? '{}' : false;
    return scalar(v);
}
/** An array index as a key (`0`, `17`): a plain object lists these first, in numeric order, whatever order they were set in. */
const isIndex = (k) => /^(?:0|[1-9][0-9]{0,9})$/.test(k) && Number(k) < 4294967295;
/**
 * A map's keys in the order objects.ts's sortedKeys copy lists them: the
 * copy is built in sorted order, and a plain object lists index keys first,
 * in numeric order (as Object.keys already gives them), then the others as set.
 */
function sortedKeyOrder(v) {
    const keys = Object.keys(v);
    let indexes = 0;
    while (indexes < keys.length && isIndex(keys[indexes]))
        indexes++;
    return indexes === 0 ? keys.sort() : [...keys.slice(0, indexes), ...keys.slice(indexes).sort()];
}
/** Lines of a collection with items at `indent`, pushed onto `out` (maps' keys in sortedKeyOrder when `sorted`); false where the yaml package decides. */
function block(v, indent, depth, out, sorted) {
    if (depth > MAX_DEPTH)
        return false;
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        for (const item of v) {
            const text = inline(item);
            if (text === undefined)
                return false;
            if (text !== false) {
                out.push(`${indent}- ${text}\n`);
                continue;
            }
            // A collection in a list starts on the dash's line: its first line's indentation becomes `- `.
            const first = out.length;
            if (!block(item, inner, depth + 1, out, sorted))
                return false;
            out[first] = `${indent}- ${out[first].slice(inner.length)}`;
        }
        return true;
    }
    const record = v;
    for (const key of sorted ? sortedKeyOrder(v) : Object.keys(v)) {
        if (!plainString(key))
            return false;
        const value = record[key];
        const text = inline(value);
        if (text === undefined)
            return false;
        if (text !== false)
            out.push(`${indent}${key}: ${text}\n`);
        else {
            out.push(`${indent}${key}:\n`);
            if (!block(value, inner, depth + 1, out, sorted))
                return false;
        }
    }
    return true;
}
/**
 * The yaml package's text of data (as objects.ts's stableYaml asks it), or undefined where that package must write
 * it; `sorted`: the text of the data's sortedKeys copy, written from the data itself without making the copy.
 */
function plain_yaml_plainYaml(v, sorted = false) {
    const text = inline(v);
    if (text === undefined)
        return undefined;
    if (text !== false)
        return `${text}\n`;
    const out = [];
    return block(v, '', 0, out, sorted) ? out.join('') : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/render/objects.ts
// A render's output as Kubernetes objects keyed by apiVersion/kind/namespace/
// name, read as the yaml package reads it (documents.ts; the `# Source:`
// comments and `---` separators Helm writes are the parser's business). Each
// object is printed again with its keys in a stable order, so two renders
// compare line by line.



/** Kinds Kubernetes keeps cluster-wide: the release namespace is not theirs. */
const CLUSTER_KINDS = new Set([
    'APIService',
    'CSIDriver',
    'ClusterIssuer',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'IngressClass',
    'MutatingWebhookConfiguration',
    'Namespace',
    'PersistentVolume',
    'PriorityClass',
    'RuntimeClass',
    'StorageClass',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
]);
/** `apps/v1/Deployment/prod/api` (namespace empty for cluster-wide objects). */
function objectKey(o) {
    return `${o.apiVersion}/${o.kind}/${o.namespace}/${o.name}`;
}
/** `Deployment prod/api`, how a reviewer reads it. */
function objects_objectLabel(o) {
    return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}
/** Whether an object is a list kubectl and Argo CD apply item by item: `kind: List` or any `*List` with an `items` list. */
function isList(b) {
    return typeof b.kind === 'string' && b.kind.endsWith('List') && Array.isArray(b.items);
}
/**
 * The objects of a multi-document manifest, by key; `namespace` is given to
 * objects that name none, as Argo CD applies them into the destination
 * namespace. A `List` (or any `*List`) is unwrapped into its items, nested
 * lists too, as kubectl and Argo CD apply them: a Secret inside one is a
 * Secret like any other. Documents that are empty or no object (a bare
 * comment) are skipped; a document the parser refuses is an error naming it.
 */
function splitObjects(text, namespace = '') {
    const out = new Map();
    const add = (body) => {
        if (!body || typeof body !== 'object' || Array.isArray(body))
            return;
        const b = body;
        if (isList(b)) {
            for (const item of b.items)
                add(item);
            return;
        }
        const meta = (b.metadata ?? {});
        const obj = {
            apiVersion: String(b.apiVersion ?? ''),
            kind: String(b.kind ?? ''),
            namespace: typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : CLUSTER_KINDS.has(String(b.kind)) ? '' : namespace,
            name: String(meta.name ?? ''),
            body: b,
        };
        if (!obj.kind && !obj.name)
            return;
        out.set(objectKey(obj), obj);
    };
    for (const doc of readDocuments(text).documents)
        add(doc);
    return out;
}
/**
 * A copy of data with every map's keys sorted (arrays keep their order). An
 * object met twice (a YAML alias) is copied once and shared, as structuredClone
 * shares it: a change made through one place shows at the other.
 */
function objects_sortedKeys(v, seen = new Map()) {
    if (!v || typeof v !== 'object')
        return v;
    const known = seen.get(v);
    if (known !== undefined)
        return known;
    const copy = Array.isArray(v)
        ? v.map((x) => objects_sortedKeys(x, seen))
        : Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, objects_sortedKeys(v[k], seen)]));
    seen.set(v, copy);
    return copy;
}
/**
 * Data sorted by sortedKeys as YAML, no line folding, a shared object written out in full at each place: the text the
 * diff is taken of (written by plain-yaml.ts where the data has a manifest's plain shape, the same text).
 */
function objects_stableYaml(sorted) {
    return plain_yaml_plainYaml(sorted) ?? (0,dist/* stringify */.As)(sorted, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
/**
 * `stableYaml(sortedKeys(v))`, the same text, written from `v` in sorted key order without the copy where the data
 * has a manifest's plain shape (a comparison prints every object of both renders; the copies were most of its garbage).
 */
function objects_sortedYaml(v) {
    return plainYaml(v, true) ?? objects_stableYaml(objects_sortedKeys(v));
}

;// CONCATENATED MODULE: ./packages/core/src/render/cached.ts
// What Helm's and kustomize's renderers share: each side rendered once per
// run (cached by a digest of its inputs; `again` is the second render that
// finds non-determinism), in a temp folder of its own that is removed after,
// and the tool's output split into objects once, when they are first asked
// for: a comparison reads the outputs first (two equal texts need no parse to
// be equal) and starts the second render before it parses anything.






/** Runs each side's render once; a subclass says what a side's key is and how one render runs in `dir`. */
class CachedRenderer {
    outputs = new Map();
    parsed = new Map();
    /** How many times the tool ran (for the bench and the tests of the cache). */
    runs = 0;
    /**
     * The tool's output for the side; `again` renders it once more (a second render, for non-determinism);
     * `background`, a run started ahead of its need runs at a lower CPU priority (helm.ts lowerPriority).
     */
    output(side, again = false, background = false) {
        const key = `${this.key(side)}${again ? '#again' : ''}`;
        let out = this.outputs.get(key);
        if (!out)
            this.outputs.set(key, (out = this.inTempFolder(side, background)));
        return out;
    }
    /** The side's objects: its output split, once. */
    render(side, again = false) {
        const key = `${this.key(side)}${again ? '#again' : ''}`;
        let out = this.parsed.get(key);
        if (!out)
            this.parsed.set(key, (out = this.output(side, again).then((o) => (o.ok ? this.objectsOf(o.stdout, side.namespace) : o))));
        return out;
    }
    /** A tool's output as the objects the cluster receives, or the reason it cannot be read as Kubernetes objects. */
    objectsOf(stdout, namespace) {
        try {
            return { ok: true, objects: splitObjects(stdout, namespace ?? '') };
        }
        catch (e) {
            return { ok: false, reason: 'error', message: e.message };
        }
    }
    async inTempFolder(side, background) {
        this.runs++;
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lockstep-render-'));
        try {
            return await this.run(side, dir, background);
        }
        finally {
            removeFolder(dir);
        }
    }
}
/** A digest of files by path, in path order whatever order they came in. */
function filesDigest(files) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const [p, t] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        h.update(`${p}\0${t}\0`);
    return h.digest('hex');
}

;// CONCATENATED MODULE: ./packages/core/src/render/kustomize.ts
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
// is appended. A Flux Kustomization's post-build variables (`substitute`,
// deploy/flux/flux-build.ts reads them) are substituted in the build's output, as
// kustomize-controller substitutes them (render/flux-substitute.ts).







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
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            out.push({ field, value: node.value, line: lineOf(node, counter) });
        return;
    }
    const [head, ...rest] = pattern;
    if (head === '*') {
        if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach((item, i) => reach(item, rest, `${field}[${i}]`, counter, out));
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    for (const pair of node.items)
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === head)
            reach(pair.value, rest, field ? `${field}.${head}` : head, counter, out);
}
/** Every path a kustomization names, in its fields' order; [] for a text that is no YAML mapping (kustomize says what is wrong). */
function kustomizationPaths(text) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text.replace(/^\ufeff/, ''), { lineCounter: counter });
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return [];
    const out = [];
    for (const pattern of KUSTOMIZATION_FILE_FIELDS)
        reach(doc.contents, pattern, '', counter, out);
    // A generator's `files` entry may be `key=path`: the path is what is loaded.
    return out.map((p) => /^(configMap|secret)Generator\[\d+\]\.files\[/.test(p.field) ? { ...p, value: p.value.slice(p.value.indexOf('=') + 1) } : p);
}
/** The paths a built-in plugin's config names (every document of `text`, at any depth), with `field` before each key's path. */
function pluginConfigPaths(text, field, firstLine = 1) {
    const counter = new dist/* LineCounter */.HN();
    const out = [];
    const walk = (node, at, named) => {
        if ((0,dist/* isScalar */.jn)(node)) {
            if (named && typeof node.value === 'string')
                out.push({ field: at, value: node.value, line: firstLine - 1 + lineOf(node, counter) });
        }
        else if ((0,dist/* isSeq */.oP)(node))
            node.items.forEach((item, i) => walk(item, `${at}[${i}]`, named));
        else if ((0,dist/* isMap */.jh)(node))
            for (const pair of node.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
                walk(pair.value, `${at}.${key}`, PLUGIN_FILE_KEYS.has(key));
            }
    };
    for (const doc of (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''), { lineCounter: counter }))
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
    const to = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, v.replace(/\\/g, '/')));
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
    const queue = [external_node_path_.posix.normalize(dir || '.')];
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
                return { unavailable: `${file}:${p.line}: ${why}`, refused: { file, line: p.line } };
            const to = external_node_path_.posix.normalize(external_node_path_.posix.join(d, p.value.trim())).replace(/\/+$/, '');
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
                    refused: { file, line: p.line },
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
            return { unavailable: `${file}:${p.line}: ${why}`, refused: { file, line: p.line } };
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
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return text;
    let list = doc.get('images');
    if (!(0,dist/* isSeq */.oP)(list)) {
        list = doc.createNode([]);
        doc.set('images', list);
    }
    const seq = list;
    for (const s of images) {
        const entry = argoImage(s);
        const node = doc.createNode(entry);
        const at = seq.items.findIndex((it) => (0,dist/* isMap */.jh)(it) && it.get('name') === entry.name);
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
        ...offlineEnv(home),
        XDG_CONFIG_HOME: (0,external_node_path_.join)(home, 'config'),
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
class KustomizeRenderer extends CachedRenderer {
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
        const repo = (0,external_node_path_.join)(root, 'repo');
        const dir = external_node_path_.posix.normalize(side.dir || '.');
        for (const [path, text] of side.files) {
            const p = external_node_path_.posix.normalize(path);
            if (p.startsWith('../') || p === '..' || p.startsWith('/'))
                continue;
            const to = (0,external_node_path_.join)(repo, ...p.split('/'));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(to), { recursive: true });
            const own = dir === '.' ? p : p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : undefined;
            const edit = side.images?.length && own !== undefined && KUSTOMIZATION_FILES.some((n) => n === own);
            (0,external_node_fs_.writeFileSync)(to, edit ? withImages(text, side.images) : text);
        }
        const home = (0,external_node_path_.join)(root, 'home');
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(home, 'config'), { recursive: true });
        const target = dir === '.' ? repo : (0,external_node_path_.join)(repo, ...dir.split('/'));
        const built = await runBounded(this.tool.path, [...this.tool.args, target], kustomizeEnv(home), this.limits, this.tool.command, (stderr) => kustomizeMessage(stderr, root), { cwd: root, source: 'an overlay' });
        if (!built.ok || !side.substitute?.size)
            return built;
        const r = substituteBuild(built.stdout, side.substitute);
        return 'message' in r ? { ok: false, reason: 'error', message: `post-build substitution: ${r.message}` } : { ok: true, stdout: r.text };
    }
}
/** The cache key of a side: its files, folder, images, namespace and post-build variables. */
function sideDigest(side) {
    return JSON.stringify([filesDigest(side.files), side.dir, side.images ?? [], side.namespace ?? '', [...(side.substitute ?? [])]]);
}
/** Whether two sides build the same thing (the same files, folder, images and variables): no render needed to know nothing changes. */
function sameSide(a, b) {
    return sideDigest(a) === sideDigest(b);
}

;// CONCATENATED MODULE: ./packages/core/src/render/overlay-target.ts
// What an environment's `kustomization:` (or `flux-kustomization:`) names, read
// for a render: a kustomization file or folder, an Argo CD Application whose
// source path is an overlay (its kustomize.images and destination namespace),
// or a Flux Kustomization (its spec.path, spec.images and targetNamespace, as
// kustomize-controller builds it). render/kustomize.ts builds what this names.


const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : undefined);
/** Whether a document's kind and apiVersion make it a Flux Kustomization (kustomize.toolkit.fluxcd.io/*), not kustomize's own. */
function isFluxKustomization(kind, apiVersion) {
    return kind === 'Kustomization' && typeof apiVersion === 'string' && apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}
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
/**
 * A Flux Kustomization (kustomize.toolkit.fluxcd.io) as kustomize-controller builds it: its spec.path (relative to
 * the source's root, this repository for a GitRepository source), its spec.images as image strings, its
 * targetNamespace; `unavailable` when its manifests come from another source. Undefined when the text holds none.
 */
function fluxKustomize(text) {
    if (text === undefined)
        return undefined;
    let found;
    try {
        found = documents(text)
            .map(asObj)
            .find((d) => isFluxKustomization(d?.kind, d?.apiVersion));
    }
    catch {
        return undefined;
    }
    if (!found)
        return undefined;
    const spec = asObj(found.spec) ?? {};
    const source = asStr(asObj(spec.sourceRef)?.kind) ?? 'GitRepository';
    if (source !== 'GitRepository')
        return { unavailable: `the Flux Kustomization builds manifests of its ${source}, not of this repository` };
    const path = external_node_path_.posix.normalize((asStr(spec.path) ?? '.').replace(/^\.?\/+/, '') || '.').replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../'))
        return { unavailable: `the Flux Kustomization's spec.path ${asStr(spec.path)} is outside the repository` };
    const images = (Array.isArray(spec.images) ? spec.images : []).flatMap((i) => {
        const o = asObj(i);
        const name = asStr(o?.name);
        if (!o || !name)
            return [];
        const tag = asStr(o.newTag);
        const digest = asStr(o.digest);
        return [`${name}=${asStr(o.newName) ?? name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`];
    });
    const namespace = asStr(spec.targetNamespace);
    return { path, images, ...(namespace ? { namespace } : {}) };
}
/** Each document of a YAML text as data; a document that does not parse is undefined. */
function documents(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''));
    return (Array.isArray(docs) ? docs : [docs]).map((d) => (d.errors.length > 0 ? undefined : d.toJS({ maxAliasCount: 100 })));
}
/**
 * What `kustomization:` names at a revision: a kustomization file (its
 * folder is built), a folder holding one, or an Argo CD Application (its
 * source path is built with its kustomize.images). `application:` beside an
 * overlay gives the destination namespace and any kustomize.images it sets.
 */
async function overlayTarget(read, kustomization, application) {
    const path = external_node_path_.posix.normalize(kustomization.trim().replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../') || path.startsWith('/'))
        return { unavailable: `${kustomization} is outside the repository` };
    const text = path === '.' ? undefined : await read(path);
    // A Flux Kustomization: its spec.path built with its spec.images and targetNamespace.
    const flux = fluxKustomize(text);
    if (flux && 'unavailable' in flux)
        return flux;
    if (flux)
        return { dir: flux.path, file: path, images: flux.images, ...(flux.namespace ? { namespace: flux.namespace } : {}), flux: true };
    const app = applicationKustomize(text);
    if (app) {
        if (app.path === undefined)
            return { unavailable: `the Application ${path} names no source path to build` };
        return { dir: app.path, file: path, images: app.images, ...(app.namespace ? { namespace: app.namespace } : {}) };
    }
    const dir = text !== undefined ? external_node_path_.posix.dirname(path) : path;
    const file = text !== undefined ? path : `${path === '.' ? '' : `${path}/`}kustomization.yaml`;
    const beside = application ? applicationKustomize(await read(application.split('#')[0])) : undefined;
    return {
        dir,
        file,
        ...(beside?.images.length ? { images: beside.images } : {}),
        ...(beside?.namespace ? { namespace: beside.namespace } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/values/protected.ts



const protected_DIGEST = /^sha256:[0-9a-f]{64}$/;
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
    return checkPinnedImagesIn(parseYaml(stripBom(text), file));
}
/** checkPinnedImages on a file already parsed (a caller that holds the parse need not parse it again). */
function checkPinnedImagesIn(parsed) {
    const out = [];
    visit(parsed.doc.contents, [], parsed, out, false);
    return out;
}
function visit(node, path, parsed, out, underImageKey) {
    if (isMap(node)) {
        if (isImageMap(node, underImageKey)) {
            checkImageMap(node, path, parsed, out);
            return;
        }
        for (const p of node.items) {
            if (!isScalar(p.key))
                continue;
            const name = String(p.key.value);
            const value = p.value;
            if (isScalar(value) && IMAGE_KEY.test(name) && typeof value.value === 'string')
                checkImageString(value.value, [...path, name], parsed.lineOf(value), file(parsed), out);
            else
                visit(value, [...path, name], parsed, out, IMAGE_KEY.test(name));
        }
    }
    else if (isSeq(node)) {
        node.items.forEach((item, i) => visit(item, [...path, String(i)], parsed, out, underImageKey));
    }
}
function file(parsed) {
    return parsed.file;
}
function pairOf(map, key) {
    return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}
function isImageMap(map, underImageKey) {
    const repo = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const named = !!repo && isScalar(repo.value) && typeof repo.value.value === 'string';
    const pinnable = pairOf(map, 'tag') !== undefined || pairOf(map, 'digest') !== undefined;
    // An environment override often sets only `tag`/`digest` under `image:`; the repository comes from values.yaml.
    return named ? underImageKey || pinnable : underImageKey && pinnable;
}
function checkImageMap(map, path, parsed, out) {
    const key = path.join('.') || '(root)';
    const tagPair = pairOf(map, 'tag');
    const digestPair = pairOf(map, 'digest');
    const repoPair = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const repoValue = repoPair && isScalar(repoPair.value) ? String(repoPair.value.value) : '';
    // `repository: ghcr.io/acme/api@sha256:…` pins by digest inside the repository field.
    const inline = protected_splitReference(repoValue);
    // `tag: 1.7.3@sha256:…` pins too: templates render `repository:tag`, so the digest rides along.
    let tagDigest;
    let tagLine;
    if (tagPair) {
        const tagNode = tagPair.value;
        let tag = isScalar(tagNode) && tagNode.value !== null ? String(tagNode.value) : '';
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
    const written = isScalar(digestNode) && digestNode.value !== null ? String(digestNode.value) : '';
    const digest = written || (inline.digest ?? tagDigest ?? '');
    if (!protected_DIGEST.test(digest)) {
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
    const { tag, digest, hasTagSeparator } = protected_splitReference(ref);
    if (tag === 'latest')
        out.push({ file: fileName, line, key, message: `image at ${key} uses the tag latest`, hint: 'use a release tag and pin the digest' });
    else if (hasTagSeparator && tag === '')
        out.push({ file: fileName, line, key, message: `image at ${key} has an empty tag`, hint: 'write repo:tag@sha256:…' });
    if (!digest || !protected_DIGEST.test(digest))
        out.push({
            file: fileName,
            line,
            key,
            message: digest ? `image at ${key} digest ${digest} is not a sha256 digest` : `image at ${key} is not pinned by digest`,
            hint: 'write repo:tag@sha256:<64 hex>',
        });
}
/** Splits `registry:5000/repo:tag@sha256:…` into its tag and digest. */
function protected_splitReference(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash)
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest, hasTagSeparator: true };
    return { name: rest, digest, hasTagSeparator: false };
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/pins/pin-index.ts
// A values file's pins read without the yaml package's syntax tree. Every pin a
// status or a promotion reads goes through readPin, and the yaml package builds a
// node for every scalar of the file before the first lookup: ~35 ms and several
// MB of garbage for a 59 KB values file of 300 services, a hundred times at a
// hundred environments. js-yaml's event parser reads the same file in a fraction
// of that, with the offsets of every node.
//
// This index answers a pin only where it reads exactly as the yaml package does:
// one document, nothing the two libraries read differently (yaml/js-yaml-core.ts
// plain: no tag, anchor, alias, directive, long key or same-line block map),
// every key a string with no duplicate, and each scalar the pin is made of a
// one-line quoted or plain scalar that the core schema reads as a string. For
// anything else (and for every error: a missing key, a list where a map
// should be) it answers nothing and readPin parses with the yaml package as
// before, so its errors and their lines are the ones a user sees.


/**
 * 1-based lines of offsets met in increasing order (js-yaml's events come in
 * the order of the text): the line breaks are counted as the offsets pass
 * them, so a whole file costs one walk over its text however its lines are
 * cut (a one-line flow file of many scalars too). An offset before the last
 * one (which the events never give) counts again from the start.
 */
function pin_index_lineCursor(text) {
    // The line of `at`, and the first line break at or after it (-1: none left).
    let [at, line, next] = [0, 1, text.indexOf('\n')];
    return (offset) => {
        if (offset < at)
            [at, line, next] = [0, 1, text.indexOf('\n')];
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        at = offset;
        return line;
    };
}
/** The scalar's text when it reads as that string on one line (a key, or a value the index keeps), else undefined. */
function oneLineString(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
        return undefined;
    const lineBreak = text.indexOf('\n', e.valueStart);
    if (lineBreak !== -1 && lineBreak < e.valueEnd)
        return undefined;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, e);
    return e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && coreNonString(value) ? undefined : value;
}
/**
 * Builds the index from the events in one walk; undefined at the first thing
 * the yaml package may read otherwise. A key is kept as its string (no node);
 * a value scalar as a node with its line.
 */
function build(text) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
    }
    catch {
        return undefined;
    }
    const lineAt = pin_index_lineCursor(text);
    const open = [];
    let [root, documents] = [undefined, 0];
    /** Puts a finished node in its parent; false when it cannot be there (a map or list as a key). */
    const place = (node) => {
        const top = open.length === 0 ? undefined : open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.kind === 'seq')
            top.node.items.push(node);
        else if (top.node.kind === 'map') {
            if (top.key === undefined)
                return false;
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
        return true;
    };
    for (let n = 0; n < events.length; n++) {
        const e = events[n];
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            const top = open.length === 0 ? undefined : open[open.length - 1];
            if (top !== undefined && top.node.kind === 'map' && top.key === undefined) {
                // A key: a string scalar met once in its mapping.
                const key = oneLineString(text, e);
                if (key === undefined || top.node.keys.has(key))
                    return undefined;
                top.key = key;
                continue;
            }
            place({ kind: 'scalar', text: oneLineString(text, e), line: e.valueStart < 0 ? 0 : lineAt(e.valueStart) });
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            const closed = open.pop();
            if (closed !== undefined && !place(closed.node))
                return undefined;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING)
            open.push({ node: { kind: 'map', keys: new Map() }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            open.push({ node: { kind: 'seq', items: [] }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            if (++documents > 1)
                return undefined;
        }
        else
            return undefined;
    }
    return documents === 1 && plain(text, events) ? root : undefined;
}
/** The index as a kind of parse the run's ParseCache keeps (the text BOM-stripped; no variant). */
const PIN_INDEX = { name: 'pin-index', parse: (text) => build(text) };

;// CONCATENATED MODULE: ./packages/core/src/deploy/pins/pin-fields.ts
// Image pins spread over named fields rather than one values key: the fields an
// image automation marker names (`# {"$imagepolicy": "ns:policy"}` on the
// field's own line, and its `:tag`, `:name`, `:digest` forms), and the
// variables of a Flux Kustomization's `spec.postBuild.substitute` the config
// names. Each field holds one part of the image: the whole reference
// (`repo:tag@sha256:…`), its name, its tag or its digest. A pin is read from
// all the fields of one service and written back into each, byte-minimally:
// the marker comment, the other keys and the file's layout stay as they were.





/** A Flux image policy reference as a marker writes it (`namespace:name`). */
const POLICY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?):([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/;
/** True when `policy` is a `namespace:name` an image automation marker can name. */
function isPolicyName(policy) {
    return POLICY.test(policy);
}
/**
 * A line comment that is a marker: `{"$imagepolicy": "<ns>:<name>[:tag|:name|:digest]"}`, as JSON. A comment
 * that names a policy but is no JSON object, or carries other keys beside `$imagepolicy`, is a marker lockstep
 * refuses (refused says why) rather than one it skips: Flux's image automation would skip the first and may
 * read the second, and a promotion that leaves either behind would run what nobody reviewed.
 */
function markerOf(comment) {
    const body = comment.trim();
    if (!body.startsWith('{') || !body.includes('$imagepolicy'))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        const named = /"\$imagepolicy"\s*:\s*"([^"\\]*)"/.exec(body)?.[1];
        return named === undefined ? undefined : { policy: named, refused: 'is no JSON object' };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return undefined;
    const value = parsed.$imagepolicy;
    if (typeof value !== 'string')
        return undefined;
    const extra = Object.keys(parsed).filter((k) => k !== '$imagepolicy');
    return extra.length > 0 ? { policy: value, refused: `carries ${extra.join(', ')} beside $imagepolicy` } : { policy: value };
}
/** True when `marker` (a marker's policy with its suffix) is `policy`'s. */
const ofPolicy = (marker, policy) => marker === policy || marker.startsWith(`${policy}:`);
/** The scalars of a document with their key paths, parents before children (aliases and keys left out). */
function* scalarsOf(node, path) {
    if (isAlias(node))
        return;
    if (isScalar(node))
        yield { node, path: [...path] };
    else if (isMap(node))
        for (const p of node.items) {
            if (!isScalar(p.key))
                continue;
            yield* scalarsOf(p.value, [...path, String(p.key.value)]);
        }
    else if (isSeq(node))
        for (let i = 0; i < node.items.length; i++)
            yield* scalarsOf(node.items[i], [...path, i]);
}
/**
 * Every marker of one document of `text` (the first when `document` is undefined), whatever policy it names:
 * a marker counts only as the comment ending its scalar's own line, so one inside a string value, on a line of
 * its own or after a block scalar names nothing.
 */
function markersOf(text, file, document, cache) {
    const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document ?? 0];
    const body = parsed.text;
    const out = [];
    if (!body.includes('$imagepolicy') || !doc)
        return out;
    for (const { node, path } of scalarsOf(doc.contents, [])) {
        if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED || !node.range)
            continue;
        const eol = body.indexOf('\n', node.range[1]);
        const rest = /^[ \t]+#([^\r\n]*)/.exec(body.slice(node.range[1], eol < 0 ? undefined : eol));
        const marker = rest ? markerOf(rest[1]) : undefined;
        if (marker)
            out.push({ path, line: parsed.lineOf(node) ?? 1, value: scalarText(node) ?? '', marker });
    }
    return out;
}
/**
 * The fields the markers of `policy` (`namespace:name`) name in one document
 * of `text`. A marker counts only as the comment ending its field's own line
 * (`tag: 6.5.0 # {"$imagepolicy": "flux-system:podinfo:tag"}`): a marker on a
 * line of its own, after a block scalar or inside a string names nothing. A
 * marker of the policy on a field that is not one scalar (a mapping, a list),
 * or with another suffix than `:tag`, `:name`, `:digest`, is refused at its line.
 */
function markerFields(text, file, document, policy, cache) {
    const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const body = parsed.text;
    const out = [];
    for (const { marker: found, path, line, value } of markersOf(text, file, document, cache)) {
        if (!ofPolicy(found.policy, policy))
            continue;
        const marker = found.policy;
        if (found.refused)
            throw new UserError(`the image automation marker of ${marker} ${found.refused}`, {
                file,
                line,
                hint: `write the comment as exactly # {"$imagepolicy": "${marker}"}`,
            });
        const suffix = marker.slice(policy.length + 1);
        if (marker !== policy && suffix !== 'tag' && suffix !== 'name' && suffix !== 'digest')
            throw new UserError(`the image automation marker names ${marker}: ${suffix} is not one of :tag, :name, :digest`, {
                file,
                line,
                hint: `write "$imagepolicy": "${policy}" (the whole image) or "${policy}:tag", ":name", ":digest"`,
            });
        out.push({ path, line, form: marker === policy ? 'image' : suffix, value, label: `$imagepolicy ${marker}` });
    }
    // A marker of the policy ending the line of a mapping or list key: the value below is no field lockstep can set.
    for (const m of body.matchAll(/^[ \t]*(?:-[ \t]+)?[^\s#][^\r\n#]*:[ \t]+#([^\r\n]*)$/gm)) {
        const marker = markerOf(m[1])?.policy;
        if (marker !== undefined && ofPolicy(marker, policy))
            throw new UserError(`the image automation marker ${marker} ends a line with no value: it names no field`, {
                file,
                line: parsed.lineAt(m.index),
                hint: 'put the marker after the scalar it names, e.g. image: ghcr.io/acme/api:1.2.3 # {"$imagepolicy": "ns:api"}',
            });
    }
    return out;
}
/** The variables `vars` (form → name) under spec.postBuild.substitute of a Flux Kustomization document. */
function substituteFields(text, file, vars, cache) {
    const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const doc = parsed.documents?.[0] ?? parsed.doc;
    const post = mapValue(mapValue(doc.contents, 'spec'), 'postBuild');
    const substitute = mapValue(post, 'substitute');
    const line = parsed.lineOf(substitute ?? post ?? mapValue(doc.contents, 'spec') ?? doc.contents) ?? 1;
    const fields = [];
    const missing = [];
    for (const [form, name] of Object.entries(vars)) {
        const node = mapValue(substitute, name);
        if (node === undefined) {
            missing.push(name);
            continue;
        }
        if (!isScalar(node))
            throw new UserError(`spec.postBuild.substitute.${name} is not a string`, {
                file,
                line: parsed.lineOf(node) ?? line,
                hint: `write ${name}: "<value>" under spec.postBuild.substitute`,
            });
        fields.push({
            path: ['spec', 'postBuild', 'substitute', name],
            line: parsed.lineOf(node) ?? line,
            form,
            value: scalarText(node) ?? '',
            label: `substitute ${name}`,
        });
    }
    return { fields, missing, line };
}
/** What the fields say together: repository, tag and digest; two fields that disagree are refused at the second's line. */
function readFields(fields, file) {
    const seen = {};
    const put = (part, value, f) => {
        if (value === undefined || value === '')
            return;
        const was = seen[part];
        if (was && was[0] !== value)
            throw new UserError(`${f.label} says ${part} ${value}, ${was[1].label} (${was[1].file && was[1].file !== (f.file ?? file) ? `${was[1].file}:` : 'line '}${was[1].line}) says ${was[0]}`, {
                file: f.file ?? file,
                line: f.line,
                hint: 'make the fields agree (one image, one version) before promoting',
            });
        seen[part] ??= [value, f];
    };
    for (const f of fields) {
        if (f.form === 'image') {
            const ref = splitReference(f.value);
            put('repository', ref.name || undefined, f);
            put('tag', ref.tag || undefined, f);
            put('digest', ref.digest || undefined, f);
        }
        else
            put(f.form === 'name' ? 'repository' : f.form, f.value, f);
    }
    return {
        ...(seen.repository ? { repository: seen.repository[0] } : {}),
        ...(seen.tag ? { tag: seen.tag[0] } : {}),
        ...(seen.digest ? { digest: seen.digest[0] } : {}),
    };
}
/**
 * The edits that take the fields to `target`: the whole image as
 * `repo:tag@digest` (or `repo:tag` without a digest), the name, the tag, the
 * digest (emptied when the target has none, so an old digest never outlives
 * its tag). A digest with no field to hold it is refused at the first field's line.
 */
function pin_fields_fieldEdits(fields, file, what, current, target) {
    const repository = target.repository ?? current.repository;
    const tag = target.tag ?? current.tag;
    if (target.digest !== undefined && !fields.some((f) => f.form === 'image' || f.form === 'digest'))
        throw new src_errors/* UserError */.yo(`${what} names only ${[...new Set(fields.map((f) => f.form))].join(' and ')}, so the digest ${target.digest.slice(0, 19)}… cannot be pinned`, {
            file,
            line: fields[0].line,
            hint: 'add a field for the digest (a :digest marker, or a whole-image marker whose value is repo:tag@sha256:…)',
        });
    const edits = [];
    for (const f of fields) {
        let value;
        if (f.form === 'image') {
            if (!repository)
                throw new src_errors/* UserError */.yo(`${f.label} holds no image name to write the tag and digest beside`, {
                    file,
                    line: f.line,
                    hint: 'write the image there as repo:tag',
                });
            value = `${repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        }
        else if (f.form === 'name')
            value = repository ?? f.value;
        else if (f.form === 'tag')
            value = tag ?? f.value;
        else
            value = target.digest ?? '';
        if (value !== f.value)
            edits.push({ path: f.path, value: `${f.prefix ?? ''}${value}` });
    }
    return edits;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/pins/pins.ts
// Image pins in values files, read and rewritten with byte-minimal edits.
//
// A service's `values-key` points at its image in one of three shapes:
//   map     services.api.image: { repository, tag, digest }  (a missing digest: key is created)
//   string  services.api.image: ghcr.io/acme/api:1.2.3@sha256:…  (rewritten in that form)
//   tag     global.imageTag: v1.0.71  (a bare tag scalar: it cannot hold a digest)
// The key may lead anywhere in any YAML file, e.g. an ArgoCD Application's
// spec.source.helm.valuesObject.image, in a chosen document of a multi-document file.










/** True when `target` names a repository other than the one the pin's file writes (both known, compared as the registry sees them). */
function repositoryMoves(pin, target) {
    if (target.repository === undefined || pin.repository === undefined)
        return false;
    return (imageIdentity(target.repository) ?? target.repository) !== (imageIdentity(pin.repository) ?? pin.repository);
}
/**
 * Parses a dotted values key (`services.api.image`, `spec.sources[1].helm.valuesObject.image`,
 * `annotations."example.com/image"`) into a key path. Throws UserError naming `what`.
 */
function pins_parseValuesKey(key, what) {
    const out = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^.[\]"]+))((?:\[\d+\])*)\s*(\.|$)/y;
    let at = 0;
    while (at < key.length) {
        re.lastIndex = at;
        const m = re.exec(key);
        if (!m || m[0] === '')
            throw new src_errors/* UserError */.yo(`${what}: '${key}' is not a dotted key path`, { hint: 'write it like services.api.image' });
        out.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2].trim());
        for (const idx of m[3].matchAll(/\[(\d+)\]/g))
            out.push(Number(idx[1]));
        at = re.lastIndex;
        if (m[4] === '.' && at >= key.length)
            throw new src_errors/* UserError */.yo(`${what}: '${key}' ends with a dot`, { hint: 'write it like services.api.image' });
    }
    if (out.length === 0)
        throw new src_errors/* UserError */.yo(`${what} is empty`, { hint: 'write it like services.api.image' });
    return out;
}
// A promotion reads one pin per service from the same few texts (source, target, each environment of the
// drift table): with the run's cache each text is parsed once, not once per service, which keeps it linear in
// the number of services. A single-document file shares its parse with the edit and the check that follow
// (parseShared); a multi-document file's documents are parsed once too and the chosen one is picked from them.
function documentOf(text, file, document, cache) {
    const body = text.replace(/^\ufeff/, '');
    if (document === undefined)
        return yaml_edit_parseShared(body, file, cache);
    const all = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, body, file);
    return { ...all, doc: all.documents[document] };
}
// A promotion looks up every service under the same mapping (services.<name>), once per environment: a
// scan per lookup makes that quadratic in the services. Large mappings get an index of their keys (the first
// pair of each key, as the scan finds it); the documents are only read, so the index stays right. It is a side
// table of the node, not a cache of texts: it lives exactly as long as the parse it indexes (the run's cache,
// or this one read) and is collected with it.
const keyIndexes = new WeakMap();
const INDEXED_FROM = 16;
function pairValue(map, key) {
    if (map.items.length >= INDEXED_FROM) {
        let index = keyIndexes.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items) {
                if (!(0,dist/* isScalar */.jn)(p.key))
                    continue;
                const k = String(p.key.value);
                if (!index.has(k))
                    index.set(k, p.value);
            }
            keyIndexes.set(map, index);
        }
        return index.get(key);
    }
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
function pins_scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
/**
 * Reads the pin at `key`. A missing key is a UserError naming the file and
 * the line of the deepest mapping found; a value that is neither an image map
 * nor a string is one too.
 */
function pins_readPin(text, file, key, opts = {}) {
    const indexed = opts.document === undefined && opts.cache ? indexedPin(text, file, key, opts.cache) : undefined;
    if (indexed)
        return indexed;
    const parsed = documentOf(text, file, opts.document, opts.cache);
    const path = pins_parseValuesKey(key, `values key of ${file}`);
    let node = parsed.doc.contents;
    let lastLine = parsed.lineOf(node) ?? 1;
    for (let i = 0; i < path.length; i++) {
        const k = path[i];
        let next;
        if (typeof k === 'number')
            next = (0,dist/* isSeq */.oP)(node) ? (node.items[k] ?? undefined) : undefined;
        else
            next = (0,dist/* isMap */.jh)(node) ? pairValue(node, k) : undefined;
        if (next === undefined || (next === null && i < path.length - 1))
            throw new src_errors/* UserError */.yo(`values key ${key} not found (${formatPath(path.slice(0, i + 1))} is missing)`, {
                file,
                line: lastLine,
                hint: `add the image under ${key}, or fix values-key in the config`,
            });
        node = next;
        lastLine = parsed.lineOf(node) ?? lastLine;
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const tagNode = pairValue(node, 'tag');
        const digestNode = pairValue(node, 'digest');
        const repoKey = pairValue(node, 'repository') !== undefined ? 'repository' : pairValue(node, 'image') !== undefined ? 'image' : undefined;
        const repoNode = repoKey === undefined ? undefined : pairValue(node, repoKey);
        const registry = pins_scalarText(pairValue(node, 'registry'));
        const repo = pins_scalarText(repoNode);
        if (tagNode === undefined && digestNode === undefined && repo === undefined)
            throw new src_errors/* UserError */.yo(`${key} is a mapping without repository, tag or digest`, {
                file,
                line: parsed.lineOf(node) ?? lastLine,
                hint: 'point values-key at the image block (the mapping holding tag:)',
            });
        return {
            style: 'map',
            file,
            key,
            path,
            line: parsed.lineOf(tagNode ?? digestNode ?? repoNode ?? node) ?? lastLine,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
            ...(repoKey ? { repositoryKey: repoKey } : {}),
            ...(registry ? { registry } : {}),
            tag: pins_scalarText(tagNode),
            digest: pins_scalarText(digestNode) || undefined,
        };
    }
    if (!(0,dist/* isScalar */.jn)(node) || (node.value !== null && typeof node.value === 'object'))
        throw new src_errors/* UserError */.yo(`${key} is a list, not an image`, {
            file,
            line: lastLine,
            hint: 'point values-key at the image block or image string',
        });
    const value = pins_scalarText(node) ?? '';
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(value) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: lastLine, tag: value || undefined };
    const ref = protected_splitReference(value);
    return {
        style: 'string',
        file,
        key,
        path,
        line: lastLine,
        repository: ref.name || undefined,
        tag: ref.tag || undefined,
        digest: ref.digest || undefined,
    };
}
/** Key paths parsed (a pure function of the key): a fleet's status reads the same few hundred keys ~90,000 times. */
const keyPaths = new Map();
function keyPath(key, file) {
    let path = keyPaths.get(key);
    if (path)
        return path;
    path = pins_parseValuesKey(key, `values key of ${file}`);
    if (keyPaths.size >= 4096)
        keyPaths.clear();
    keyPaths.set(key, path);
    return path;
}
/**
 * readPin through the run's pin index (pin-index.ts), without the yaml
 * package's syntax tree; undefined wherever the index does not read the file
 * or the pin exactly as readPin would (readPin then parses, and says any error).
 */
function indexedPin(text, file, key, cache) {
    const index = parse_cache_parseWith(cache, PIN_INDEX, text.replace(/^\ufeff/, ''));
    if (index === undefined)
        return undefined;
    const path = keyPath(key, file);
    let node = index;
    for (const k of path) {
        if (typeof k === 'number')
            node = node?.kind === 'seq' ? node.items[k] : undefined;
        else
            node = node?.kind === 'map' ? node.keys.get(k) : undefined;
    }
    if (node?.kind === 'map') {
        const keys = node.keys;
        const repoKey = keys.has('repository') ? 'repository' : keys.has('image') ? 'image' : undefined;
        const [tagNode, digestNode, registryNode] = [keys.get('tag'), keys.get('digest'), keys.get('registry')];
        const repoNode = repoKey && keys.get(repoKey);
        const first = tagNode ?? digestNode ?? repoNode;
        if (first?.kind !== 'scalar' || !unreadOrString(tagNode) || !unreadOrString(digestNode))
            return undefined;
        if (!unreadOrString(repoNode) || !unreadOrString(registryNode))
            return undefined;
        const [registry, repo] = [textOf(registryNode), textOf(repoNode)];
        const pin = {
            style: 'map',
            file,
            key,
            path,
            line: first.line,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
        };
        if (repoKey)
            pin.repositoryKey = repoKey;
        if (registry)
            pin.registry = registry;
        pin.tag = textOf(tagNode);
        pin.digest = textOf(digestNode) || undefined;
        return pin;
    }
    if (node?.kind !== 'scalar' || node.text === undefined)
        return undefined;
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(node.text) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: node.line, tag: node.text || undefined };
    const ref = protected_splitReference(node.text);
    const [repository, tag, digest] = [ref.name || undefined, ref.tag || undefined, ref.digest || undefined];
    return { style: 'string', file, key, path, line: node.line, repository, tag, digest };
}
/** A part of a map pin the index read as a string, or absent: what indexedPin answers (anything else is readPin's). */
function unreadOrString(n) {
    return n === undefined || (n.kind === 'scalar' && n.text !== undefined);
}
function textOf(n) {
    return n?.kind === 'scalar' ? n.text : undefined;
}
/** True when the pin already holds the target (an undefined tag counts as kept; a repository move is a change). */
function pinMatches(pin, target) {
    return ((target.tag === undefined || pin.tag === target.tag) &&
        (pin.digest ?? undefined) === (target.digest ?? undefined) &&
        !repositoryMoves(pin, target));
}
/**
 * Rewrites one pin to `target`, changing only the bytes of its tag and
 * digest. Map style: sets `tag` and `digest`, creating `digest:` right after
 * `tag:` (in the mapping's own indentation and key quoting) when missing; a
 * map whose digest is dropped (a tag-only promotion) gets `digest: ""` so the
 * old digest never outlives its tag. A target repository other than the
 * file's is written in the same edit (`repository:`, or `registry:` and
 * `repository:` when the map splits them), so a digest never lands beside a
 * repository that does not hold it. String style: `repo:tag@digest` in one
 * scalar. Tag style: the tag only; a digest there is a UserError (it has
 * nowhere to go). The result is re-parsed and checked to differ only there.
 */
function setPin(text, pin, target, opts = {}) {
    return pins_setPins(text, [{ pin, target }], opts);
}
/**
 * Rewrites several pins of one file (distinct keys, read from `text`) as
 * setPin would, in one pass: one parse and one re-parse check for the whole
 * file rather than per pin, so promoting many services stays linear.
 */
function pins_setPins(text, pins, opts = {}) {
    const edits = pins.flatMap(({ pin, target }) => pinEdits(pin, target));
    if (edits.length === 0)
        return { text, intended: [] };
    const file = pins[0].pin.file;
    const after = yaml_edit_setScalars(text, file, edits, { document: opts.document, cache: opts.cache });
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    check_checkYamlEdit(file, text, after, intended, { document: opts.document, cache: opts.cache });
    return { text: after, intended };
}
/** The refusals of setPins that need no parse of the file (a digest for a tag-only key, an empty image string), thrown as it throws them. */
function checkPinWrites(pins) {
    for (const { pin, target } of pins)
        pinEdits(pin, target);
}
/** The scalar edits that take one pin to its target. */
function pinEdits(pin, target) {
    if (pin.style === 'overlay')
        throw new Error('an overlay pin is written by its PinPlace (kustomize/overlay.ts), not setPins');
    if (pin.style === 'fields')
        return pin_fields_fieldEdits(pin.fields ?? [], pin.file, pin.key, pin, target);
    const tag = target.tag ?? pin.tag;
    const edits = [];
    const moves = repositoryMoves(pin, target);
    const repoKey = pin.repositoryKey ?? 'repository';
    if (pin.style === 'map') {
        if (moves)
            edits.push(...repositoryEdits(pin, target.repository));
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: [...pin.path, 'tag'], value: tag, create: true, after: repoKey, quoteLike: repoKey });
        if (target.digest !== undefined && target.digest !== pin.digest)
            edits.push({
                path: [...pin.path, 'digest'],
                value: target.digest,
                create: true,
                after: 'tag',
                quoteLike: pin.repository !== undefined ? repoKey : 'tag',
            });
        if (target.digest === undefined && pin.digest !== undefined)
            edits.push({ path: [...pin.path, 'digest'], value: '' });
    }
    else if (pin.style === 'string') {
        if (!pin.repository)
            throw new src_errors/* UserError */.yo(`${pin.key} is an empty image string`, { file: pin.file, line: pin.line, hint: 'write repo:tag@sha256:… there' });
        const value = `${moves ? target.repository : pin.repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        edits.push({ path: pin.path, value });
    }
    else {
        if (target.digest !== undefined)
            throw new src_errors/* UserError */.yo(`${pin.key} holds only a tag, so the digest ${target.digest.slice(0, 19)}… cannot be pinned there`, {
                file: pin.file,
                line: pin.line,
                hint: 'point values-key at an image block (tag + digest) or a repo:tag@sha256:… string',
            });
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: pin.path, value: tag });
    }
    return edits;
}
/**
 * The edits that write `repository` into a map pin: its repository key, or,
 * when the map splits `registry:` and `repository:`, both. A repository
 * without a registry host cannot be split so: refused, naming both.
 */
function repositoryEdits(pin, repository) {
    const key = pin.repositoryKey ?? 'repository';
    if (pin.registry === undefined)
        return [{ path: [...pin.path, key], value: repository }];
    const slash = repository.indexOf('/');
    const host = slash < 0 ? '' : repository.slice(0, slash);
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
        throw new src_errors/* UserError */.yo(`${pin.key} pulls ${pin.repository}, but the promoted digest is in ${repository}, which has no registry host to write in registry:`, {
            file: pin.file,
            line: pin.line,
            hint: `write the full image name in ${key}: (and drop registry:), or fix services.<name>.image in the config`,
        });
    return [
        { path: [...pin.path, 'registry'], value: host },
        { path: [...pin.path, key], value: repository.slice(slash + 1) },
    ];
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    if (!digest)
        return '—';
    return isDigest(digest) ? digest.slice(0, 19) : digest;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-values.ts
// Where a HelmRelease's image pins live when it takes values from ConfigMaps.
// Flux merges `spec.valuesFrom` in the order listed, then `spec.values` over
// them; a pin is therefore read and written where the last source holding its
// values-key keeps it. A ConfigMap is followed into the repository when its
// data lives there: a kustomize `configMapGenerator` entry (the file named for
// its `valuesKey`, default values.yaml) or a ConfigMap manifest (a literal
// block under `data.<valuesKey>`), found in the HelmRelease's file, the
// kustomization beside it and the kustomizations it names as resources.
// A source lockstep cannot read (a Secret, a ConfigMap made elsewhere) is
// harmless before the pins' home: their values are merged over it. After it,
// it could set the pin Flux deploys, so it is refused at its line — unless
// its `targetPath` puts its one value outside every pin.






const flux_values_dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `rel` joined to `dir` as kustomize resolves a relative path. */
const joinPath = (dir, rel) => {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const seg of rel.split('/'))
        if (seg === '..')
            parts.pop();
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    return parts.join('/') || '.';
};
const docsOf = (text, file, cache) => {
    const parsed = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    return { parsed, docs: parsed.documents ?? [parsed.doc] };
};
const kindOf = (doc) => read_scalarText(read_mapValue(doc.contents, 'kind'));
const nameOf = (doc) => read_scalarText(read_mapValue(read_mapValue(doc.contents, 'metadata'), 'name'));
/** The node at a values key under `root`, or undefined. */
function holds(root, key) {
    let node = root;
    for (const k of parseValuesKey(key, 'values key')) {
        if (typeof k === 'number')
            node = isSeq(node) ? node.items[k] : undefined;
        else
            node = mapValue(node, k);
        if (node === undefined)
            return false;
    }
    return true;
}
/** True when a targetPath and a pin's values key touch: one is the other or lies inside it. */
const overlaps = (target, key) => target === key || target.startsWith(`${key}.`) || key.startsWith(`${target}.`);
/** A values file of its own (a configMapGenerator's file) as a home. */
function fileHome(file, text, label) {
    return {
        file,
        text,
        label,
        plain: true,
        root: (cache) => parse_cache_parseWith(cache, read_YAML_DOCUMENT, text.replace(/^\ufeff/, ''), file).doc.contents,
        read: (t, key, cache) => pins_readPin(t, file, key, { cache }),
        write: (t, pins, cache) => pins_setPins(t, pins, { cache }).text,
    };
}
/** The HelmRelease's own spec.values as the home (the pins at spec.values.<key>). */
function releaseHome(file, text, document) {
    return {
        file,
        text,
        ...(document !== undefined ? { document } : {}),
        label: 'spec.values',
        plain: false,
        root: (cache) => mapValue(mapValue(docsOf(text, file, cache).docs[document ?? 0].contents, 'spec'), 'values'),
        read: (t, key, cache) => readPin(t, file, `spec.values.${key}`, { document, cache }),
        write: (t, pins, cache) => setPins(t, pins, { document, cache }).text,
    };
}
function blockOf(text, file, document, dataKey, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document];
    const node = read_mapValue(read_mapValue(doc.contents, 'data'), dataKey);
    const line = parsed.lineOf(node ?? read_mapValue(doc.contents, 'data') ?? doc.contents) ?? 1;
    if (!(0,dist/* isScalar */.jn)(node) || node.type !== dist/* Scalar */.X5.BLOCK_LITERAL)
        throw new src_errors/* UserError */.yo(`ConfigMap ${nameOf(doc) ?? ''}: data.${dataKey} is ${node === undefined ? 'missing' : 'not a literal block (|)'}, so its values cannot be edited in place`.replace(/\s+/g, ' '), { file, line, hint: `write the values as data.${dataKey}: | followed by the indented YAML` });
    const body = parsed.text;
    const start = body.indexOf('\n', node.range[0]) + 1;
    const end = Math.max(start, node.range[1]);
    const lines = body.slice(start, end).replace(/\n+$/, '').split('\n');
    const indent = /^[ ]*/.exec(lines.find((l) => l.trim() !== '') ?? '')[0];
    const inner = lines.map((l) => (l.trim() === '' ? '' : l.slice(indent.length))).join('\n') + '\n';
    return { inner, start, end: start + lines.join('\n').length, indent, offset: parsed.lineAt(start) - 1 };
}
/** A UserError about the block's YAML, moved to the file's lines. */
function shifted(e, block) {
    if (!(e instanceof src_errors/* UserError */.yo) || e.line === undefined)
        return e;
    return new src_errors/* UserError */.yo(e.detailWords, { file: e.file, line: e.line + block.offset, ...(e.hintWords ? { hint: e.hintWords } : {}) });
}
/** A ConfigMap manifest's data.<key> as the home: pins read in its block and written there line by line. */
function configMapHome(file, text, document, dataKey, label) {
    return {
        file,
        text,
        label,
        plain: false,
        root: (cache) => parse_cache_parseWith(cache, read_YAML_DOCUMENT, blockOf(text, file, document, dataKey, cache).inner, `${file}#${dataKey}`).doc.contents,
        read(t, key, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            try {
                const pin = pins_readPin(block.inner, file, key, { cache });
                return { ...pin, line: pin.line + block.offset };
            }
            catch (e) {
                throw shifted(e, block);
            }
        },
        write(t, pins, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            let after;
            try {
                after = pins_setPins(block.inner, pins, { cache }).text;
            }
            catch (e) {
                throw shifted(e, block);
            }
            const was = block.inner.replace(/\n$/, '').split('\n');
            const now = after.replace(/\n$/, '').split('\n');
            const old = t
                .replace(/^\ufeff/, '')
                .slice(block.start, block.end)
                .split('\n');
            // Lines the edit left alone keep their bytes; an edited or added line takes the block's indentation.
            const lines = now.map((l, i) => (now.length === was.length && l === was[i] ? old[i] : l === '' ? '' : block.indent + l));
            const bom = t.startsWith('\ufeff') ? '\ufeff' : '';
            const out = bom + t.replace(/^\ufeff/, '').slice(0, block.start) + lines.join('\n') + t.replace(/^\ufeff/, '').slice(block.end);
            if (blockOf(out, file, document, dataKey, cache).inner.replace(/\n+$/, '') !== after.replace(/\n+$/, ''))
                throw new Error(`internal: the edit of ${file} data.${dataKey} did not read back as written`);
            return out;
        },
    };
}
/** The ConfigMap manifest named `name` in `file`, as a home, or undefined. */
async function manifestIn(file, name, dataKey, read, cache) {
    const text = await read(file);
    if (text === undefined)
        return undefined;
    const { docs } = docsOf(text, file, cache);
    const index = docs.findIndex((d) => kindOf(d) === 'ConfigMap' && nameOf(d) === name);
    if (index < 0)
        return undefined;
    return configMapHome(file, text, index, dataKey, `ConfigMap ${name} (${dataKey})`);
}
/** The configMapGenerator entry `name` of a kustomization: the file it makes `dataKey` from, as a home. */
async function generatorIn(kfile, ktext, name, dataKey, read, cache) {
    const { docs } = docsOf(ktext, kfile, cache);
    const gens = read_mapValue(docs[0].contents, 'configMapGenerator');
    const entry = (0,dist/* isSeq */.oP)(gens) ? gens.items.find((g) => read_scalarText(read_mapValue(g, 'name')) === name) : undefined;
    const files = read_mapValue(entry, 'files');
    if (!(0,dist/* isSeq */.oP)(files))
        return undefined;
    for (const f of files.items) {
        const spec = read_scalarText(f) ?? '';
        const eq = spec.indexOf('=');
        const path = eq < 0 ? spec : spec.slice(eq + 1);
        const key = eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq);
        if (key !== dataKey)
            continue;
        const file = joinPath(flux_values_dirOf(kfile), path);
        const text = await read(file);
        if (text !== undefined)
            return fileHome(file, text, `ConfigMap ${name} (${dataKey}: ${file})`);
    }
    return undefined;
}
/** Follows a ConfigMap through the kustomization of `dir` and the resources it names (each folder once). */
async function findConfigMap(dir, find, read, seen, cache) {
    if (seen.has(dir) || seen.size > 32)
        return undefined;
    seen.add(dir);
    for (const n of KUSTOMIZATION_NAMES) {
        const kfile = dir === '.' ? n : `${dir}/${n}`;
        const ktext = await read(kfile);
        if (ktext === undefined)
            continue;
        const generated = await find.generator(kfile, ktext);
        if (generated)
            return generated;
        const resources = read_mapValue(docsOf(ktext, kfile, cache).docs[0].contents, 'resources');
        for (const r of (0,dist/* isSeq */.oP)(resources) ? resources.items : []) {
            const rel = read_scalarText(r);
            if (rel === undefined || /^[a-z]+:\/\//.test(rel))
                continue;
            const path = joinPath(dir, rel);
            const found = /\.ya?ml$/.test(path) ? await find.manifest(path) : await findConfigMap(path, find, read, seen, cache);
            if (found)
                return found;
        }
        return undefined;
    }
    return undefined;
}
/** The HelmRelease's spec.valuesFrom entries, each followed into the repository where it can be. */
async function sourcesOf(doc, parsed, file, read, cache) {
    const from = read_mapValue(read_mapValue(doc.contents, 'spec'), 'valuesFrom');
    const out = [];
    for (const item of (0,dist/* isSeq */.oP)(from) ? from.items : []) {
        const kind = read_scalarText(read_mapValue(item, 'kind')) ?? '';
        const name = read_scalarText(read_mapValue(item, 'name')) ?? '';
        const valuesKey = read_scalarText(read_mapValue(item, 'valuesKey')) ?? 'values.yaml';
        const targetPath = read_scalarText(read_mapValue(item, 'targetPath'));
        const source = { kind, name, line: parsed.lineOf(item) ?? 1, valuesKey, ...(targetPath ? { targetPath } : {}) };
        if (kind === 'ConfigMap' && !targetPath) {
            const home = (await manifestIn(file, name, valuesKey, read, cache)) ??
                (await findConfigMap(flux_values_dirOf(file), {
                    generator: (kfile, ktext) => generatorIn(kfile, ktext, name, valuesKey, read, cache),
                    manifest: (path) => manifestIn(path, name, valuesKey, read, cache),
                }, read, new Set(), cache));
            if (home) {
                source.home = home;
                source.root = home.root(cache);
            }
        }
        out.push(source);
    }
    return out;
}
/** The spec.valuesFrom entries of the HelmRelease document `document` of `file`, in Flux's order, each followed into the repository where it can be. */
async function valuesFromEntries(file, text, document, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    return sourcesOf(docs[document], parsed, file, read, cache);
}
/**
 * The home of an environment's pins for the HelmRelease document `document`
 * of `file`: for each values key, the last source (valuesFrom in order, then
 * spec.values) that holds it. Refused at file:line: pins split over several
 * sources, and a source merged after the home that lockstep cannot read or
 * whose targetPath lands on a pin.
 */
async function fluxValuesHome(file, text, document, keys, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document ?? 0];
    const release = releaseHome(file, text, document);
    const sources = await sourcesOf(doc, parsed, file, read, cache);
    const chain = [
        ...sources,
        { kind: 'values', name: 'spec.values', line: 0, valuesKey: '', home: release, root: release.root(cache) },
    ];
    const homes = new Map();
    for (const key of keys) {
        let at = -1;
        chain.forEach((s, i) => {
            if (s.home && !s.targetPath && holds(s.root, key))
                at = i;
        });
        if (at < 0)
            continue;
        homes.set(chain[at], [...(homes.get(chain[at]) ?? []), key]);
        const later = chain.slice(at + 1).find((s) => (s.targetPath ? overlaps(s.targetPath, key) : !s.home));
        if (later)
            throw overriding(later, key, chain[at], doc, file);
    }
    if (homes.size > 1)
        throw new UserError(`HelmRelease ${nameOf(doc) ?? ''} keeps its pins in ${[...homes].map(([s, k]) => `${s.home.label} (${k.join(', ')})`).join(' and ')}; lockstep writes one place per environment`.replace(/\s+/g, ' '), { file, line: sources[0]?.line ?? 1, hint: 'keep every image pin of the environment in one ConfigMap, or in spec.values' });
    if (homes.size === 0)
        return release;
    const [chosen] = homes.keys();
    const dir = flux_values_dirOf(file);
    // Soak time, approvals and records read the history of the HelmRelease's folder (place.ts pinPath): the pins stay in it.
    if (chosen.home !== release && dir !== '.' && !chosen.home.file.startsWith(`${dir}/`))
        throw new UserError(`the pins of HelmRelease ${nameOf(doc) ?? ''} are in ${chosen.home.file}, outside its folder ${dir}`.replace(/\s+/g, ' '), {
            file,
            line: chosen.line,
            hint: `keep the environment's values ConfigMap in ${dir} (or below it), whose history says when its pins changed; or name its file with values: beside helmrelease:`,
        });
    return chosen.home;
}
/** A valuesFrom entry merged after the pins' home that may set the pin Flux deploys. */
function overriding(later, key, home, doc, file) {
    const why = later.targetPath
        ? `sets ${later.targetPath} (targetPath) over the ${key} pin`
        : later.kind === 'Secret'
            ? `is a Secret lockstep cannot read, merged over the ${key} pin`
            : `has no data in the repository lockstep can read, and is merged over the ${key} pin`;
    return new UserError(`HelmRelease ${nameOf(doc) ?? ''}: spec.valuesFrom ${later.kind} ${later.name} ${why} kept in ${home.home.label}`.replace(/\s+/g, ' '), {
        file,
        line: later.line,
        hint: later.kind === 'Secret'
            ? 'list the Secret before the source holding the pins (or give it a targetPath outside them): a Secret holds secrets, not image pins'
            : 'keep the pins in the last source Flux merges, or generate this ConfigMap in the repository (configMapGenerator or a ConfigMap manifest)',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-substitute-files.ts
// The files a configMapGenerator builds a substituteFrom ConfigMap from, beside
// its `literals:`: `envs:` (and the older `env:`), .env files of `KEY=value`
// lines, and `files:`, each file's whole content one key's value (`key=path`,
// or the file's name as the key). A flux-substitute variable found there is
// read and written in that file: an env file's line byte-minimally (the `KEY=`,
// every other line and comment kept), a `files:` source whole (its trailing
// newline kept). Read as kustomize reads them: a line's leading blanks and a
// first line's BOM dropped, `#` lines and blank lines skipped, the value
// everything after the first `=`, quotes and all; a file's value its content
// (lockstep takes one trailing newline as the file's end, not the value's).




/** Joins a kustomization-relative path to its folder; undefined when it climbs out of the repository. */
function joined(dir, rel) {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const p of rel.split('/')) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(p);
    }
    return parts.join('/') || undefined;
}
/** The `KEY=value` lines of an env file, by key (a later line over an earlier one, as a map keeps it). */
function envSlots(text, file) {
    const slots = new Map();
    text.split('\n').forEach((raw, i) => {
        const line = (i === 0 ? raw.replace(/^\ufeff/, '') : raw).replace(/\r$/, '');
        const body = line.trimStart();
        const eq = body.indexOf('=');
        if (body === '' || body.startsWith('#') || eq <= 0)
            return;
        const cut = line.length - body.length + eq + 1;
        slots.set(body.slice(0, eq), { path: [i], line: i + 1, value: line.slice(cut), prefix: line.slice(0, cut), file, source: 'env' });
    });
    return slots;
}
/** A `files:` source as one value: its content without the one trailing newline that ends the file. */
function fileSlot(text, file) {
    return { path: [], line: 1, value: text.replace(/\r?\n$/, ''), file, source: 'file' };
}
/**
 * The variables a generator entry's `envs:`/`env:` and `files:` hold, by key, with the files they are read from;
 * `missing` says which named file is not in the repository (the entry then may hold any variable).
 */
async function sourceSlots(entry, dir, read) {
    const slots = new Map();
    const files = [];
    const list = (key) => {
        const node = read_mapValue(entry, key);
        return (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => read_scalarText(i) ?? '') : [];
    };
    const env = read_scalarText(read_mapValue(entry, 'env'));
    for (const rel of [...list('envs'), ...(env !== undefined ? [env] : [])]) {
        const path = joined(dir, rel);
        const text = path === undefined ? undefined : await read(path);
        if (text === undefined)
            return { slots, files, missing: `its env file ${rel} is not in the repository` };
        files.push(path);
        for (const [k, s] of envSlots(text, path))
            slots.set(k, s);
    }
    for (const spec of list('files')) {
        const eq = spec.indexOf('=');
        const rel = eq < 0 ? spec : spec.slice(eq + 1);
        const path = joined(dir, rel);
        const text = path === undefined ? undefined : await read(path);
        if (text === undefined)
            return { slots, files, missing: `its file ${rel} is not in the repository` };
        files.push(path);
        slots.set(eq < 0 ? rel.slice(rel.lastIndexOf('/') + 1) : spec.slice(0, eq), fileSlot(text, path));
    }
    return { slots, files };
}
/** The slots of `text`, the home file at some state, read as `source` reads it. */
const slotsOf = (text, file, source, key) => source === 'env' ? envSlots(text, file) : new Map([[key, fileSlot(text, file)]]);
/** A generator's env file or data file as the home of an environment's flux-substitute variables (flux-substitute-from.ts). */
function flux_substitute_files_sourceHome(label, slot, key, text) {
    const { file, source } = slot;
    const home = source === 'env' ? `${label.replace(/\)$/, '')}, ${file})` : `${label.replace(/\)$/, '')}, ${key}: ${file})`;
    return {
        file,
        text,
        document: 0,
        label: home,
        fields(t, vars) {
            const slots = slotsOf(t, file, source, key);
            return Object.entries(vars).map(([form, name]) => {
                const s = slots.get(name);
                if (!s)
                    throw new UserError(`${file} has no ${name}, which flux-substitute names`, {
                        file,
                        line: 1,
                        hint: `set ${name}=<value> in ${file}`,
                    });
                return { path: s.path, line: s.line, form, value: s.value, label: `${home} ${name}`, ...(s.prefix ? { prefix: s.prefix } : {}) };
            });
        },
        /** `t` with each pin's fields set: the lines of an env file, or the whole data file. */
        write(t, writes) {
            const lines = t.split('\n');
            for (const { pin, target } of writes)
                for (const e of fieldEdits(pin.fields ?? [], file, pin.key, pin, target)) {
                    if (/[\r\n]/.test(e.value))
                        throw new UserError(`${e.value.slice(0, 40)}… holds a line break`, {
                            file,
                            line: pin.line,
                            hint: 'promote an image reference',
                        });
                    if (source === 'file')
                        return `${e.value}${/\r?\n$/.exec(t)?.[0] ?? ''}`;
                    const i = e.path[0];
                    lines[i] = `${i === 0 && lines[0].startsWith('\ufeff') ? '\ufeff' : ''}${e.value}${lines[i].endsWith('\r') ? '\r' : ''}`;
                }
            return lines.join('\n');
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-substitute-from.ts
// Where a Flux Kustomization's flux-substitute variables live when its
// `spec.postBuild.substitute` does not set them: the ConfigMaps of
// `spec.postBuild.substituteFrom`. Flux takes `substitute` over every
// substituteFrom entry, and a later entry over an earlier one; a variable is
// therefore read and written in the last entry holding it, when that entry's
// data lives in the repository (a ConfigMap manifest's `data`, or a
// configMapGenerator's `literals`), found as flux-values.ts finds valuesFrom
// ConfigMaps. lockstep never reads or writes secrets: a Secret entry holding a
// variable is refused at its line, and so is an entry lockstep cannot read
// (not in the repository, an env file) merged over the variable's home, or
// the one entry that could hold a variable found nowhere else.






/** The variables of a ConfigMap or Secret manifest (data, and a Secret's stringData) in document `document` of `text`. */
function manifestSlots(text, file, document, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const slots = new Map();
    for (const key of ['data', 'stringData']) {
        const data = read_mapValue(docs[document].contents, key);
        if (!(0,dist/* isMap */.jh)(data))
            continue;
        for (const p of data.items)
            if ((0,dist/* isScalar */.jn)(p.key) && (0,dist/* isScalar */.jn)(p.value))
                slots.set(String(p.key.value), {
                    path: [key, String(p.key.value)],
                    line: parsed.lineOf(p.value) ?? 1,
                    value: read_scalarText(p.value) ?? '',
                });
    }
    return slots;
}
/** Finds entry `kind` `name` in the repository: a manifest in `file` or a kustomization's generator under the Flux Kustomization's folder. */
async function flux_substitute_from_locate(kind, name, file, read, cache) {
    const secret = kind === 'Secret';
    const generatorKey = secret ? 'secretGenerator' : 'configMapGenerator';
    const manifest = async (path) => {
        const text = await read(path);
        if (text === undefined)
            return undefined;
        const index = docsOf(text, path, cache).docs.findIndex((d) => kindOf(d) === kind && nameOf(d) === name);
        if (index < 0)
            return undefined;
        return {
            file: path,
            text,
            document: index,
            label: `${kind} ${name}`,
            secret,
            slots: manifestSlots(text, path, index, cache),
            slotsAt: (t) => manifestSlots(t, path, index, cache),
        };
    };
    const generator = async (kfile, ktext) => {
        const { docs } = docsOf(ktext, kfile, cache);
        const gens = read_mapValue(docs[0].contents, generatorKey);
        const at = (0,dist/* isSeq */.oP)(gens) ? gens.items.findIndex((g) => read_scalarText(read_mapValue(g, 'name')) === name) : -1;
        if (at < 0 || !(0,dist/* isSeq */.oP)(gens))
            return undefined;
        const entry = gens.items[at];
        // A Secret's files are never read; a ConfigMap's envs: and files: are (flux-substitute-files.ts).
        const other = secret ? ['envs', 'env', 'files'].find((k) => read_mapValue(entry, k) !== undefined) : undefined;
        const sourced = secret ? undefined : await sourceSlots(entry, flux_values_dirOf(kfile), read);
        const opaque = other ? `its ${other}: lockstep reads no secret's files` : sourced?.missing;
        const withSources = (m) => new Map([...m, ...(sourced?.slots ?? [])]);
        return {
            file: kfile,
            text: ktext,
            document: 0,
            label: `${kind} ${name} (${generatorKey} of ${kfile})`,
            secret,
            ...(opaque ? { opaque } : {}),
            files: sourced?.files ?? [],
            slots: withSources(literalSlots(ktext, kfile, generatorKey, at, cache)),
            slotsAt: (t) => withSources(literalSlots(t, kfile, generatorKey, at, cache)),
        };
    };
    return (await manifest(file)) ?? findConfigMap(flux_values_dirOf(file), { generator, manifest }, read, new Set(), cache);
}
/** The spec.postBuild.substituteFrom entries of the Flux Kustomization in `text`, each followed into the repository where it can be. */
async function entriesOf(text, file, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    // The Flux Kustomization's own document (a cluster's file may hold its GitRepository first); else the first.
    const own = docs.find((d) => isFluxKustomization(kindOf(d), read_scalarText(read_mapValue(d.contents, 'apiVersion')))) ?? docs[0];
    const post = read_mapValue(read_mapValue(own.contents, 'spec'), 'postBuild');
    const from = read_mapValue(post, 'substituteFrom');
    const substitute = read_mapValue(post, 'substitute');
    const keys = new Set((0,dist/* isMap */.jh)(substitute) ? substitute.items.map((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : '')) : []);
    const entries = [];
    for (const item of (0,dist/* isSeq */.oP)(from) ? from.items : []) {
        const kind = read_scalarText(read_mapValue(item, 'kind')) ?? '';
        const name = read_scalarText(read_mapValue(item, 'name')) ?? '';
        const found = kind === 'ConfigMap' || kind === 'Secret' ? await flux_substitute_from_locate(kind, name, file, read, cache) : undefined;
        entries.push({ kind, name, line: parsed.lineOf(item) ?? 1, ...(found ? { found } : {}) });
    }
    return { entries, line: parsed.lineOf(from ?? substitute ?? post ?? own.contents) ?? 1, keys };
}
/** The files holding a Flux Kustomization's substituteFrom ConfigMaps in the repository (their history says when a pin there changed). */
async function substituteFromFiles(text, file, read, cache) {
    const { entries } = await entriesOf(text, file, read, cache);
    return [
        ...new Set(entries.flatMap((e) => (e.found && !e.found.secret ? [e.found.file, ...(e.found.files ?? [])] : []).filter((f) => f !== file))),
    ];
}
function refuse(message, file, line, hint) {
    return new UserError(message, { file, line, hint });
}
/** The entry whose data a variable takes (the last one holding it); refused when an entry lockstep cannot read could set it. */
function homeOf(name, entries, file, line) {
    let at = -1;
    entries.forEach((e, i) => {
        if (e.found?.slots.has(name))
            at = i;
    });
    const home = entries[at];
    if (home?.found?.secret)
        throw refuse(`spec.postBuild.substituteFrom Secret ${home.name} holds ${name}; lockstep never reads or writes secrets`, file, home.line, `set ${name} in spec.postBuild.substitute or in a ConfigMap of the repository listed after the Secret`);
    const later = entries.slice(at + 1).find((e) => !e.found || e.found.opaque !== undefined);
    if (later) {
        const why = !later.found ? `is not in the repository lockstep can read` : `is read only in part (${later.found.opaque})`;
        throw refuse(`spec.postBuild.substituteFrom ${later.kind} ${later.name} ${why}, and ${at < 0 ? `no other source sets ${name}` : `Flux takes it over ${home.found.label}, which sets ${name}`}`, file, later.line, at < 0
            ? `set ${name} in spec.postBuild.substitute, or keep ${later.kind} ${later.name} in the repository (a ConfigMap manifest or configMapGenerator literals)`
            : `list ${later.kind} ${later.name} before ${home.found.label}, or keep its data in the repository`);
    }
    if (!home)
        throw refuse(`spec.postBuild.substitute has no ${name}, and no substituteFrom ConfigMap of the repository sets it`, file, line, `set ${name}: "<value>" under spec.postBuild.substitute or in a ConfigMap that substituteFrom names`);
    return home;
}
/**
 * The home of an environment's flux-substitute variables when spec.postBuild.substitute of the Flux Kustomization
 * (`text` of `file`) sets none of them: the one substituteFrom ConfigMap holding all. Undefined when substitute
 * sets them all (or no service names variables). Refused at file:line: variables split over substitute and a
 * ConfigMap or over several ConfigMaps, a service pinned otherwise beside them, a ConfigMap outside the folder.
 */
async function substituteFromHome(text, file, services, read, cache) {
    const named = services.filter((s) => s.substitute !== undefined);
    const { entries, line, keys } = await entriesOf(text, file, read, cache);
    const wanted = named.flatMap((s) => Object.values(s.substitute).map((v) => ({ service: s, name: v })));
    const outside = wanted.filter((w) => !keys.has(w.name));
    if (outside.length === 0)
        return undefined;
    const homes = new Map();
    for (const w of outside) {
        const home = homeOf(w.name, entries, file, line);
        homes.set(home, [...(homes.get(home) ?? []), w.name]);
    }
    const inside = wanted.filter((w) => keys.has(w.name)).map((w) => w.name);
    const other = services.find((s) => s.substitute === undefined);
    if (homes.size > 1 || inside.length > 0 || other)
        throw refuse(`${file} keeps its pins in ${[
            ...(inside.length > 0 ? [`spec.postBuild.substitute (${inside.join(', ')})`] : []),
            ...[...homes].map(([e, names]) => `${e.found.label} (${names.join(', ')})`),
            ...(other ? [`the pin of service '${other.name}'`] : []),
        ].join(' and ')}; lockstep writes one place per environment`, file, [...homes.keys()][0].line, 'keep every flux-substitute variable of the environment in spec.postBuild.substitute, or all in one ConfigMap');
    const [[home, names]] = homes;
    const found = home.found;
    // A generator's variables in its env file or data files: that one file is the home (flux-substitute-files.ts).
    const where = [...new Set(names.map((n) => found.slots.get(n).file ?? found.file))];
    if (where.length > 1)
        throw refuse(`${found.label} holds ${names.join(', ')} in ${where.join(' and ')}; lockstep writes one file per environment`, file, home.line, "keep the environment's flux-substitute variables in one source of the generator: its literals, one env file, or one whole-image file");
    const dir = dirOf(file);
    if (found.file !== file && dir !== '.' && !found.file.startsWith(`${dir}/`))
        throw refuse(`the pins of ${file} are in ${found.label} in ${found.file}, outside its folder ${dir}`, file, home.line, `keep the environment's substituteFrom ConfigMap in ${dir} (or below it), whose history says when its pins changed`);
    const slot = found.slots.get(names[0]);
    if (slot.file !== undefined && slot.source !== undefined)
        return sourceHome(found.label, { ...slot, file: slot.file, source: slot.source }, names[0], (await read(slot.file)) ?? '');
    return {
        file: found.file,
        text: found.text,
        document: found.document,
        label: found.label,
        fields(t, vars) {
            const slots = found.slotsAt(t);
            return Object.entries(vars).map(([form, name]) => {
                const slot = slots.get(name);
                if (!slot)
                    throw refuse(`${found.label} has no ${name}, which flux-substitute names`, found.file, 1, `set ${name} in ${found.label}`);
                return {
                    path: slot.path,
                    line: slot.line,
                    form,
                    value: slot.value,
                    label: `${found.label} ${name}`,
                    ...(slot.prefix ? { prefix: slot.prefix } : {}),
                };
            });
        },
    };
}
/** The literals (`NAME=value`) of entry `at` of a kustomization's configMapGenerator, by name. */
function literalSlots(text, file, key, at, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const gens = read_mapValue(docs[0].contents, key);
    const literals = read_mapValue((0,dist/* isSeq */.oP)(gens) ? gens.items[at] : undefined, 'literals');
    const slots = new Map();
    ((0,dist/* isSeq */.oP)(literals) ? literals.items : []).forEach((l, j) => {
        const s = read_scalarText(l) ?? '';
        const eq = s.indexOf('=');
        if (eq > 0)
            slots.set(s.slice(0, eq), {
                path: [key, at, 'literals', j],
                line: parsed.lineOf(l) ?? 1,
                value: s.slice(eq + 1),
                prefix: s.slice(0, eq + 1),
            });
    });
    return slots;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-build.ts
// One overlay environment's build inputs, read as the tool that deploys it builds them: the one reading
// hydrate (deploy/render.ts), the pull request check (operations/check/render-overlays.ts) and
// promote-env's rendered diff (render-overlay.ts) share. A Kustomize overlay or an Argo CD Application's
// source path: its folder with the Application's images and namespace. A Flux Kustomization, as
// kustomize-controller builds it: its spec.path with its spec.images, its targetNamespace set in the
// folder's kustomization, and its post-build variables (spec.postBuild.substituteFrom ConfigMaps of the
// repository in order, a later over an earlier, then spec.postBuild.substitute over them all), which
// render/kustomize.ts substitutes in the build's output; its spec.patches (inline patches with their
// targets) appended to that kustomization's patches, as kustomize-controller appends them. What lockstep
// cannot read or apply (a Secret, a substituteFrom entry outside the repository, spec.components) is
// unavailable, never left out: what is rendered is what the cluster receives, or nothing.




/**
 * What `kustomization` (a repository path: a kustomization, an Application, a Flux Kustomization) builds at the
 * state `reader` reads; `application` (a repository path) gives an overlay its destination namespace and images.
 */
async function overlaySide(reader, kustomization, application) {
    const target = await overlayTarget(reader.read, kustomization, application);
    if ('unavailable' in target)
        return target;
    const files = await readOverlay(reader, target.dir);
    if ('unavailable' in files)
        return files;
    const side = {
        files: files.files,
        dir: target.dir,
        file: target.file,
        ...(target.images?.length ? { images: target.images } : {}),
        ...(target.namespace ? { namespace: target.namespace } : {}),
    };
    if (!target.flux)
        return side;
    const vars = await fluxVariables(target.file, reader.read);
    if (!(vars instanceof Map))
        return { unavailable: vars.message };
    const patches = fluxPatches(await reader.read(target.file), target.file);
    if (!Array.isArray(patches))
        return { unavailable: patches.message };
    // kustomize-controller sets targetNamespace and appends spec.patches in the folder's kustomization before it builds.
    const edited = target.namespace || patches.length > 0 ? withFluxEdits(files.files, target.dir, target.namespace, patches) : files.files;
    if ('message' in edited)
        return { unavailable: edited.message };
    return {
        ...side,
        files: edited,
        ...(vars.size > 0 ? { substitute: vars } : {}),
    };
}
/** Flux Kustomization fields that change the build beyond spec.path, spec.images, targetNamespace and postBuild. */
const UNAPPLIED = ['components', 'commonMetadata', 'namePrefix', 'nameSuffix', 'patchesStrategicMerge', 'patchesJson6902'];
/** The Flux Kustomization document of a (multi-document) file's text. */
function fluxDocument(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''));
    return (Array.isArray(docs) ? docs : [docs]).find((d) => {
        return (0,dist/* isMap */.jh)(d.contents) && isFluxKustomization(d.get('kind'), d.get('apiVersion'));
    });
}
/**
 * The Flux Kustomization's spec.patches in `text` (the file `file`): each an inline `patch` with an optional
 * `target`, as Flux's API has them; anything else (a `path`, a patch that is no string) refused at its line.
 */
function fluxPatches(text, file) {
    if (text === undefined)
        return [];
    const doc = fluxDocument(text);
    const list = doc?.getIn(['spec', 'patches'], true);
    if (list === undefined || list === null)
        return [];
    const lineOf = (n) => n.range
        ? text
            .replace(/^\ufeff/, '')
            .slice(0, n.range[0])
            .split('\n').length
        : 1;
    if (!(0,dist/* isSeq */.oP)(list))
        return { message: `${file}:${lineOf(list)}: spec.patches of the Flux Kustomization is not a list` };
    const out = [];
    for (const item of list.items) {
        const js = (0,dist/* isMap */.jh)(item) ? item.toJSON() : undefined;
        const extra = js ? Object.keys(js).filter((k) => k !== 'patch' && k !== 'target') : [];
        const target = js?.target;
        if (!js ||
            typeof js.patch !== 'string' ||
            extra.length > 0 ||
            (target !== undefined && (target === null || typeof target !== 'object' || Array.isArray(target))))
            return {
                message: `${file}:${lineOf(item)}: a spec.patches entry of the Flux Kustomization is read as an inline patch (a string) with an optional target only${extra.length ? `, not ${extra.join(', ')}` : ''}`,
            };
        out.push({ patch: js.patch, ...(target !== undefined ? { target: target } : {}) });
    }
    return out;
}
/**
 * The overlay's files with the kustomization of `dir` edited as kustomize-controller edits it before it builds a
 * Flux Kustomization: `namespace` set to its targetNamespace, its spec.patches appended to `patches:`. Unchanged
 * when the folder has no kustomization (nothing to edit: the build fails as it is); a message when that
 * kustomization cannot be edited (its `patches:` is no list).
 */
function withFluxEdits(files, dir, namespace, patches = []) {
    const at = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
        .map((n) => (dir === '.' ? n : `${dir}/${n}`))
        .find((p) => files.has(p));
    if (at === undefined)
        return files;
    const doc = (0,dist/* parseDocument */.Tp)(files.get(at));
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return files;
    if (namespace)
        doc.set('namespace', namespace);
    if (patches.length > 0) {
        const had = doc.get('patches', true);
        if (had !== undefined && had !== null && !(0,dist/* isSeq */.oP)(had))
            return { message: `${at}: its patches: is not a list, so spec.patches cannot be appended as Flux appends them` };
        const list = (0,dist/* isSeq */.oP)(had) ? had : doc.createNode([]);
        for (const p of patches)
            list.items.push(doc.createNode(p));
        doc.set('patches', list);
    }
    return new Map([...files, [at, doc.toString()]]);
}
/**
 * The variables Flux substitutes after the build of the Flux Kustomization in `file` (its document of a
 * multi-document file): each spec.postBuild.substituteFrom ConfigMap's data in order (a later one over an
 * earlier), then spec.postBuild.substitute over them all; line breaks removed from values, as Flux removes them.
 */
async function fluxVariables(file, read) {
    const text = await read(file);
    if (text === undefined)
        return { message: `${file} is not in the commit` };
    let substitute;
    try {
        const doc = fluxDocument(text);
        substitute = doc?.getIn(['spec', 'postBuild', 'substitute'], true);
        // What kustomize-controller would also apply to the build, which lockstep does not: refused, never left out.
        const spec = doc?.get('spec');
        const more = (0,dist/* isMap */.jh)(spec) ? UNAPPLIED.filter((k) => spec.has(k)) : [];
        if (more.length > 0)
            return {
                message: `${file}: spec.${more.join(', spec.')} of the Flux Kustomization is not applied by lockstep's build, so it cannot be rendered as Flux builds it`,
            };
    }
    catch {
        return { message: `${file} does not parse as YAML` };
    }
    const vars = new Map();
    for (const entry of (await entriesOf(text, file, read)).entries) {
        const at = `${file}:${entry.line}: spec.postBuild.substituteFrom ${entry.kind} ${entry.name}`;
        if (entry.kind === 'Secret' || entry.found?.secret)
            return { message: `${at}: lockstep never reads secrets, so the variables it sets are unknown` };
        if (!entry.found)
            return { message: `${at} is not in the repository, so the variables it sets are unknown` };
        if (entry.found.opaque !== undefined)
            return { message: `${at} is read only in part (${entry.found.opaque})` };
        for (const [name, slot] of entry.found.slots)
            vars.set(name, slot.value.replace(/\n/g, ''));
    }
    if ((0,dist/* isMap */.jh)(substitute))
        for (const p of substitute.items)
            if ((0,dist/* isScalar */.jn)(p.key))
                vars.set(String(p.key.value), (0,dist/* isScalar */.jn)(p.value) ? String(p.value.value ?? '').replace(/\n/g, '') : '');
    return vars;
}

;// CONCATENATED MODULE: ./packages/core/src/values/helm-set.ts
// A `--set name=value` as Helm reads it (its strvals parser), for the values
// an Argo CD Application's helm.parameters give: Argo CD passes each as
// `--set` (or `--set-string` with forceString) after every values file, its
// commas escaped unless the value is a `{a,b}` list. The name is keys split
// at `.` (`\.` keeps a dot) with `[n]` list indexes; the value is typed as
// strvals types it: true/false/null in any case, a base-10 integer that does
// not start with 0 (an int64), else the string (`1.5` and `012` stay strings).
// A backslash escapes the next character. Set into the merged values, a list
// index keeps the list's other items and pads it with nulls.
/** At most this many segments in one name, and this index in one list (strvals caps an index at 65536). */
const MAX_SEGMENTS = 256;
const MAX_INDEX = 65_536;
/** The parameter `name=value` as Helm reads it; undefined when the name is not one strvals takes. */
function helmSet(name, value, asString) {
    const path = helm_set_setPath(name);
    return path ? { path, value: setValue(value, asString) } : undefined;
}
/** The name's path: keys at unescaped dots, `[n]` indexes after a key; undefined when empty, malformed or too deep. */
function helm_set_setPath(name) {
    const path = [];
    let key = '';
    // Whether a key was written since the last `.` (a dot after an index starts the next key too).
    let afterIndex = false;
    for (let i = 0; i < name.length; i++) {
        const c = name[i];
        if (c === '\\' && i + 1 < name.length)
            key += name[++i];
        else if (c === '.' || c === '[') {
            if (key !== '')
                path.push(key);
            else if (!afterIndex)
                return undefined;
            key = '';
            afterIndex = false;
            if (c === '.')
                continue;
            const close = name.indexOf(']', i);
            const digits = close < 0 ? '' : name.slice(i + 1, close);
            if (!/^\d+$/.test(digits) || Number(digits) > MAX_INDEX)
                return undefined;
            path.push(Number(digits));
            afterIndex = true;
            i = close;
        }
        else
            key += c;
        if (path.length > MAX_SEGMENTS)
            return undefined;
    }
    if (key !== '')
        path.push(key);
    else if (!afterIndex)
        return undefined;
    return path;
}
/** The value as Helm types it: a `{a,b}` list of typed items, else one typed scalar (a string with `asString`). */
function setValue(value, asString) {
    if (value.startsWith('{') && value.endsWith('}') && value.length >= 2)
        return splitUnescaped(value.slice(1, -1)).map((item) => typed(helm_set_unescape(item), asString));
    return typed(helm_set_unescape(value), asString);
}
/** strvals' typedVal. */
function typed(v, asString) {
    if (asString)
        return v;
    const lower = v.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    if (lower === 'null')
        return null;
    if (v === '0')
        return 0;
    if (v !== '' && v[0] !== '0' && /^[+-]?\d+$/.test(v)) {
        const n = BigInt(v);
        if (n >= -(2n ** 63n) && n < 2n ** 63n)
            return Number(n);
    }
    return v;
}
/** The parts of a list between unescaped commas (an empty list is no items). */
function splitUnescaped(s) {
    if (s === '')
        return [];
    const out = [];
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\')
            i++;
        else if (s[i] === ',') {
            out.push(s.slice(start, i));
            start = i + 1;
        }
    }
    out.push(s.slice(start));
    return out;
}
const helm_set_unescape = (s) => s.replace(/\\(.)/gs, '$1');
/** Argo CD's escaping of a parameter's value before it hands it to Helm: each comma not after a backslash, unless the value is a `{…}` list. */
function argoSetValue(value) {
    if (value.startsWith('{') && value.endsWith('}'))
        return value;
    let out = '';
    for (let i = 0; i < value.length; i++)
        out += value[i] === ',' && value[i - 1] !== '\\' ? '\\,' : value[i];
    return out;
}
/** The keys a parameter sets as the values contract judges them: its path up to its first list index. */
function setKeys(set) {
    const end = set.path.findIndex((k) => typeof k === 'number');
    return (end < 0 ? set.path : set.path.slice(0, end)).map(String);
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/parameters.ts
// An Argo CD Application's helm.parameters as values sources (issue 74): the values contract and the schema judge
// them with the files and the inline values, at each parameter's line, set as Helm sets a `--set` (helm-set.ts).




/**
 * helm.parameters as the values Helm receives from Argo CD: each a `--set` (`--set-string` with forceString) after
 * every values file, the `--set`s before the `--set-string`s as Helm applies them, each said at its name's line. A
 * name Helm would not parse is left to the render's error.
 */
function parameterSources(doc, text, file, at) {
    const list = doc?.getIn(at, true);
    if (!(0,dist/* isSeq */.oP)(list))
        return [];
    const sets = [];
    const strings = [];
    for (const item of list.items) {
        const nameNode = read_mapValue(item, 'name');
        const name = read_scalarText(nameNode);
        const valueNode = read_mapValue(item, 'value');
        const force = read_mapValue(item, 'forceString');
        const asString = (0,dist/* isScalar */.jn)(force) && force.value === true;
        const set = name ? helmSet(name, argoSetValue(read_scalarText(valueNode) ?? ''), asString) : undefined;
        if (!set)
            continue;
        const line = nameNode?.range ? lineAt(text, nameNode.range[0]) : 1;
        (asString ? strings : sets).push({ file, text: '', set, line, label: 'helm.parameters' });
    }
    return [...sets, ...strings];
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var functions_valid = __webpack_require__(7306);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/ranges/valid.js
var ranges_valid = __webpack_require__(8219);
;// CONCATENATED MODULE: ./packages/core/src/charts/exact-revision.ts
// A protected environment deploys exactly what was reviewed: its ArgoCD
// Application pins one chart version. `*`, a range (`^1.2`, `1.x`, `>=1.0`,
// `~1.2`), a branch name or `HEAD` lets the cluster pick up a chart nobody
// promoted. SemVer decides what is exact (semver.valid) and what is a range
// (semver.validRange); nothing here spells SemVer with a regex.






/** A full git commit id: what a `path:` (git) source may pin instead of a version tag. */
const COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
/**
 * Why `revision` is not one exact chart version, or undefined when it is.
 * A git `path:` source may also pin a full commit id.
 */
function exact_revision_inexactRevision(revision, source) {
    const text = revision.trim();
    if (valid(text) !== null)
        return undefined;
    if (source === 'path' && COMMIT.test(text))
        return undefined;
    if (text === '')
        return 'is empty, so the newest chart is deployed';
    if (text === '*')
        return "is '*', any version";
    if (text === 'HEAD')
        return "is 'HEAD', whatever the default branch holds";
    if (validRange(text) !== null)
        return `is '${text}', a range, not one version`;
    return `is '${text}', a branch or tag name, not a chart version`;
}
/** The hint every such problem carries. */
const HINT = 'pin one exact chart version, e.g. targetRevision: 1.4.0 (a protected environment deploys only what was promoted)';
/**
 * Every chart source of every Application in an Applications file whose
 * targetRevision is not exact, at its line: a source with `chart:` (Helm
 * repository or OCI) or `path:` (a chart in git). Sources with neither (a
 * multi-source `ref:` for values files) carry no chart version.
 */
function inexactRevisions(text, file) {
    return inexactRevisionsIn(parseYaml(stripBom(text), file, { allowMulti: true }));
}
/** inexactRevisions on a file already parsed. */
function inexactRevisionsIn(parsed) {
    const out = [];
    for (const doc of parsed.documents ?? []) {
        const root = doc.contents;
        const spec = mapValue(root, 'spec');
        const kind = scalarText(mapValue(root, 'kind')) ?? 'Application';
        if (kind !== 'Application' || !isMap(spec))
            continue;
        const name = scalarText(mapValue(mapValue(root, 'metadata'), 'name'));
        const sources = mapValue(spec, 'sources');
        const list = isSeq(sources) ? sources.items : [mapValue(spec, 'source')].filter((s) => isMap(s));
        for (const source of list) {
            const kindOf = scalarText(mapValue(source, 'chart')) !== undefined
                ? 'chart'
                : scalarText(mapValue(source, 'path')) !== undefined
                    ? 'path'
                    : undefined;
            if (!kindOf)
                continue;
            const rev = mapValue(source, 'targetRevision');
            const why = exact_revision_inexactRevision(scalarText(rev) ?? '', kindOf);
            if (!why)
                continue;
            out.push({
                file: parsed.file,
                line: parsed.lineOf(rev ?? source) ?? 1,
                message: `targetRevision of Application ${name ?? '(unnamed)'} ${rev === undefined || rev === null ? 'is not set, so the newest chart is deployed' : why}`,
                hint: HINT,
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux.ts
// Flux resources as the place an environment's chart version and pins live.
// An environment deployed by Flux names its HelmRelease (`helmrelease:`), and
// the OCIRepository its chart comes from when the release takes it through
// `spec.chartRef` (`ocirepository:`). The chart version is then the
// HelmRelease's `spec.chart.spec.version`, or the OCIRepository's
// `spec.ref.tag` (`spec.ref.semver` when it floats), read and written through
// the same ChartRevision an Argo CD Application's targetRevision is; the image
// pins are read at the service's values-key under the HelmRelease's
// `spec.values`, or in the ConfigMap of `spec.valuesFrom` that holds them
// (flux-values.ts). A HelmRelease that gives no version lets Flux deploy the
// newest chart: refused at its line, before anything is written.








/** The Flux kinds whose file holds an environment's chart version. */
const CHART_KINDS = ['HelmRelease', 'OCIRepository'];
const flux_kindOf = (doc) => read_scalarText(read_mapValue(doc.contents, 'kind'));
const flux_nameOf = (doc) => read_scalarText(read_mapValue(read_mapValue(doc.contents, 'metadata'), 'name'));
/** The HelmRelease or OCIRepository documents of a parsed file. */
function fluxDocs(parsed) {
    return (parsed.documents ?? [parsed.doc]).flatMap((doc, index) => {
        const kind = flux_kindOf(doc);
        return CHART_KINDS.includes(kind) ? [{ index, doc, kind: kind, name: flux_nameOf(doc) }] : [];
    });
}
/**
 * The chart version of the Flux resource `text` holds (`name` picks one of
 * several), or undefined when the file holds no HelmRelease or
 * OCIRepository (then it is an Argo CD Application's file). Errors name
 * file:line: several resources and no name, a HelmRelease without a chart
 * version, one whose chart comes from an OCIRepository (`chartRef`), an
 * OCIRepository without a `spec.ref`.
 */
function fluxChartRevision(text, file, name, cache) {
    const parsed = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const docs = fluxDocs(parsed);
    if (docs.length === 0)
        return undefined;
    const named = name ? docs.filter((d) => d.name === name) : docs;
    // Flux's chartRef examples name the OCIRepository and its HelmRelease alike: a HelmRelease taking its chart by
    // chartRef holds no chart version, so where it shares the name, the OCIRepository is the one meant.
    const versioned = named.filter((d) => d.kind === 'OCIRepository' || read_mapValue(read_mapValue(d.doc.contents, 'spec'), 'chartRef') === undefined);
    const chosen = named.length > 1 && versioned.length === 1 ? versioned : named;
    if (chosen.length !== 1)
        throw new src_errors/* UserError */.yo(chosen.length === 0
            ? `no HelmRelease or OCIRepository in the file is named '${name}' (it holds ${docs.map((d) => d.name ?? `document ${d.index + 1}`).join(', ')})`
            : `${chosen.length} Flux resources in the file (${docs.map((d) => `${d.kind} ${d.name ?? ''}`.trim()).join(', ')}); cannot tell which holds the chart version`, { file, line: 1, hint: 'name the resource in the config: helmrelease: <file>#<metadata.name>' });
    const res = chosen[0];
    const multi = (parsed.documents?.length ?? 1) > 1;
    const spec = read_mapValue(res.doc.contents, 'spec');
    const line = (node) => parsed.lineOf(node) ?? parsed.lineOf(res.doc.contents) ?? 1;
    const base = { file, ...(multi ? { document: res.index } : {}), ...(res.name ? { name: res.name } : {}), flux: res.kind };
    if (res.kind === 'OCIRepository')
        return ociRevision(spec, base, line, res.name);
    const chartRef = read_mapValue(spec, 'chartRef');
    if (chartRef !== undefined)
        throw new src_errors/* UserError */.yo(`HelmRelease ${res.name ?? ''} takes its chart from ${read_scalarText(read_mapValue(chartRef, 'kind')) ?? 'a source'} ${read_scalarText(read_mapValue(chartRef, 'name')) ?? ''} (spec.chartRef), whose file holds the chart version`.replace(/\s+/g, ' '), { file, line: line(chartRef), hint: 'name that OCIRepository in the environment: ocirepository: <its file>' });
    const chartSpec = read_mapValue(read_mapValue(spec, 'chart'), 'spec');
    const version = read_mapValue(chartSpec, 'version');
    const current = read_scalarText(version) ?? '';
    const chart = read_scalarText(read_mapValue(chartSpec, 'chart'));
    if (current === '')
        throw new src_errors/* UserError */.yo(`HelmRelease ${res.name ?? ''} has no spec.chart.spec.version, so Flux deploys the newest chart`.replace(/\s+/g, ' '), {
            file,
            line: line(version ?? chartSpec ?? spec),
            hint: `pin one chart version: version: <x.y.z> under spec.chart.spec${chart ? ` (chart ${chart})` : ''}`,
        });
    return { ...base, path: ['spec', 'chart', 'spec', 'version'], line: line(version), current, ...(chart ? { chart } : {}) };
}
/**
 * The document of the HelmRelease an environment names (undefined when the
 * file holds one document); where its pins live among spec.values and
 * spec.valuesFrom is flux-values.ts's to say.
 */
function releaseDocument(release, text, file, cache) {
    const hash = release.indexOf('#');
    const name = hash < 0 ? undefined : release.slice(hash + 1).trim() || undefined;
    const parsed = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const all = parsed.documents ?? [parsed.doc];
    const releases = all.flatMap((doc, index) => (flux_kindOf(doc) === 'HelmRelease' && (!name || flux_nameOf(doc) === name) ? [{ doc, index }] : []));
    if (releases.length !== 1)
        throw new src_errors/* UserError */.yo(releases.length === 0
            ? `no HelmRelease${name ? ` named '${name}'` : ''} in the file`
            : `${releases.length} HelmReleases in the file; cannot tell which holds the pins`, { file, line: 1, hint: 'point helmrelease at the HelmRelease (or the patch of it) the environment deploys: <file>#<metadata.name>' });
    const { index } = releases[0];
    return all.length > 1 ? index : undefined;
}
/**
 * An OCIRepository's artifact reference: the version in spec.ref.semver or
 * spec.ref.tag (the first Flux reads), and spec.ref.digest, which Flux reads
 * before either. A digest alone still gives the version a place: tag, created
 * when written.
 */
function ociRevision(spec, base, line, name) {
    const ref = read_mapValue(spec, 'ref');
    const url = read_scalarText(read_mapValue(spec, 'url'));
    const chart = url?.replace(/\/+$/, '').split('/').pop();
    const key = ['semver', 'tag'].find((k) => read_mapValue(ref, k) !== undefined);
    const digest = read_scalarText(read_mapValue(ref, 'digest'));
    if (!(0,dist/* isMap */.jh)(ref) || (key === undefined && digest === undefined))
        throw new src_errors/* UserError */.yo(`OCIRepository ${name ?? ''} has no spec.ref.tag, so Flux pulls the tag latest`.replace(/\s+/g, ' '), {
            file: base.file,
            line: line((0,dist/* isMap */.jh)(ref) ? ref : spec),
            hint: 'pin the artifact: spec.ref.tag: <version> (with spec.ref.digest for a protected environment)',
        });
    return {
        ...base,
        path: ['spec', 'ref', key ?? 'tag'],
        line: line(read_mapValue(ref, key ?? 'digest')),
        current: key ? (read_scalarText(read_mapValue(ref, key)) ?? '') : '',
        ...(chart ? { chart } : {}),
        ...(digest !== undefined ? { digest, digestLine: line(read_mapValue(ref, 'digest')) } : {}),
    };
}
/**
 * An OCIRepository's spec.ref set to `version` and `digest`, byte-minimal: the
 * digest beside the version key (created after it when missing). A digest the
 * target pins and the promotion does not bring is refused at its line: Flux
 * would go on pulling it, whatever the tag says.
 */
function flux_setOciRef(text, rev, version, digest, cache) {
    if (digest === undefined && rev.digest !== undefined)
        throw new UserError(`OCIRepository ${rev.name ?? ''} pins spec.ref.digest, which Flux pulls before the tag, and the promoted chart ${version} comes without one`.replace(/\s+/g, ' '), {
            file: rev.file,
            line: rev.digestLine ?? rev.line,
            hint: 'pin spec.ref.digest in the source environment’s OCIRepository too, or remove it here',
        });
    const key = String(rev.path[rev.path.length - 1]);
    const edits = [];
    if (version !== rev.current && version !== '')
        edits.push({ path: rev.path, value: version, create: true });
    if (digest !== undefined && digest !== rev.digest)
        edits.push({ path: ['spec', 'ref', 'digest'], value: digest, create: true, after: key });
    if (edits.length === 0)
        return text;
    const after = setScalars(text, rev.file, edits, { document: rev.document, cache });
    checkYamlEdit(rev.file, text, after, edits, { document: rev.document, cache });
    return after;
}
/** A protected environment's Flux chart version that is not one exact version (`*`, a range, a branch), at its line; undefined when exact. */
function inexactFluxChart(rev) {
    // A digest is one artifact: Flux pulls it whatever the tag or semver beside it says.
    if (rev.digest !== undefined && isDigest(rev.digest))
        return undefined;
    const why = inexactRevision(rev.current, 'chart');
    if (why === undefined)
        return undefined;
    return new UserError(`${rev.flux} ${rev.name ?? ''}: ${rev.path.join('.')} ${why}`.replace(/\s+/g, ' '), {
        file: rev.file,
        line: rev.line,
        hint: rev.flux === 'OCIRepository'
            ? 'pin one exact version: spec.ref.tag: 1.4.0 (a protected environment deploys only what was promoted)'
            : 'pin one exact chart version: spec.chart.spec.version: 1.4.0 (a protected environment deploys only what was promoted)',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/application.ts
// The chart version an environment runs: `targetRevision` of its ArgoCD
// Application. The config's `application` names the file, optionally with
// `#<name>` to pick one Application of a multi-document file (seed 001 keeps
// every Application of an environment in one argocd-applications.yaml). The
// name matches the document's metadata.name, or a source's chart, or the last
// folder of a source's path; in a multi-source Application the source with
// the matching chart (or path) is the one edited.












/** `apps/prod.yaml#myapp-prod` → file and selector. */
function splitApplicationRef(ref) {
    const hash = ref.indexOf('#');
    if (hash < 0)
        return { file: ref };
    const name = ref.slice(hash + 1).trim();
    return { file: ref.slice(0, hash), name: name === '' ? undefined : name };
}
/** What a source is known by: its chart, its path and the path's last folder. */
function sourceNames(source) {
    const names = [];
    const chart = read_scalarText(read_mapValue(source, 'chart'));
    const path = read_scalarText(read_mapValue(source, 'path'));
    if (chart)
        names.push(chart);
    if (path) {
        const clean = path.replace(/\/+$/, '');
        names.push(clean, clean.slice(clean.lastIndexOf('/') + 1));
    }
    return names;
}
/**
 * Finds the targetRevision to edit. `name` (from `file#name`) selects the
 * document and the source; `charts` (config chart folders) are the fallback
 * hints. Errors name the file and line: no Application, several and no way to
 * choose, or no source carrying the chart. With the run's `cache`, a file
 * parsed before (its inline values read for pins) is not parsed again.
 */
function application_findChartRevision(text, file, name, charts = [], cache) {
    const body = text.replace(/^\ufeff/, '');
    const parsed = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, body, file);
    const docs = parsed.documents ?? [];
    const multi = docs.length > 1;
    const apps = docs
        .map((doc, index) => ({ index, doc, name: read_scalarText(read_mapValue(read_mapValue(doc.contents, 'metadata'), 'name')) }))
        .filter((c) => read_mapValue(c.doc.contents, 'spec') !== undefined && (read_scalarText(read_mapValue(c.doc.contents, 'kind')) ?? 'Application') === 'Application');
    const flux = apps.length === 0 ? fluxChartRevision(text, file, name, cache) : undefined;
    if (flux)
        return flux;
    if (apps.length === 0)
        throw new src_errors/* UserError */.yo('no ArgoCD Application (kind: Application with spec) in the file', {
            file,
            line: 1,
            hint: 'point application at the Application manifest',
        });
    const hints = name ? [name] : charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]);
    const matchesSource = (c) => application_sourcesOf(c).some((s) => sourceNames(s.node).some((n) => hints.includes(n)));
    let chosen;
    if (apps.length === 1)
        chosen = apps;
    else {
        chosen = name ? apps.filter((c) => c.name === name) : [];
        if (chosen.length === 0)
            chosen = apps.filter(matchesSource);
    }
    if (chosen.length !== 1) {
        const names = apps.map((c) => c.name ?? `document ${c.index + 1}`).join(', ');
        throw new src_errors/* UserError */.yo(chosen.length === 0
            ? `no Application in the file matches ${name ? `'${name}'` : 'the configured charts'} (it holds ${names})`
            : `${chosen.length} Applications in the file match; cannot tell which to edit`, { file, line: 1, hint: 'name the Application in the config: application: <file>#<metadata.name or chart>' });
    }
    const app = chosen[0];
    const sources = application_sourcesOf(app);
    // A name that picked the Application by metadata.name says nothing about which source holds the chart.
    const sourceHints = name && app.name === name ? charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]) : hints;
    const matching = sources.filter((s) => sourceNames(s.node).some((n) => sourceHints.includes(n)));
    const withChart = sources.filter((s) => sourceNames(s.node).length > 0);
    const source = matching.length === 1
        ? matching[0]
        : matching.length === 0 && withChart.length === 1 && sourceHints !== hints
            ? withChart[0]
            : matching.length === 0 && withChart.length === 1 && !name
                ? withChart[0]
                : undefined;
    const appLine = parsed.lineOf(app.doc.contents) ?? 1;
    if (!source)
        throw new src_errors/* UserError */.yo(`Application ${app.name ?? ''} has no source with the chart ${name ?? hints[hints.length - 1] ?? ''}`.replace(/\s+/g, ' ').trim(), {
            file,
            line: appLine,
            hint: 'give the chart source (spec.source or one of spec.sources) its chart: or path:, or fix the name after # in application',
        });
    const rev = read_mapValue(source.node, 'targetRevision');
    const current = read_scalarText(rev) ?? '';
    return {
        file,
        document: multi ? app.index : undefined,
        path: [...source.path, 'targetRevision'],
        line: parsed.lineOf(rev ?? source.node) ?? appLine,
        current,
        name: app.name,
        ...sourceChart(source.node),
    };
}
/** An Application's sources (spec.sources' items, else spec.source), each with its key path. */
function application_sourcesOf(c) {
    const spec = read_mapValue(c.doc.contents, 'spec');
    const sources = read_mapValue(spec, 'sources');
    if ((0,dist/* isSeq */.oP)(sources))
        return sources.items.map((s, i) => ({ node: s, path: ['spec', 'sources', i] }));
    const source = read_mapValue(spec, 'source');
    return source ? [{ node: source, path: ['spec', 'source'] }] : [];
}
/** The chart a source names and the folder it reads it from, for what a promotion says of the chart. */
function sourceChart(source) {
    const chart = read_scalarText(read_mapValue(source, 'chart'));
    const path = read_scalarText(read_mapValue(source, 'path'))?.replace(/\/+$/, '');
    const folder = path ? path.slice(path.lastIndexOf('/') + 1) : undefined;
    return { ...(chart || folder ? { chart: chart || folder } : {}), ...(path ? { chartPath: path } : {}) };
}
/**
 * Sets the Application's chart version with a byte-minimal edit (created
 * after `chart:`/`path:` when the source has no targetRevision), checked by
 * re-parsing: only that value changes, every other document stays.
 */
function setChartRevision(text, rev, version, cache, digest) {
    if (rev.flux === 'OCIRepository')
        return setOciRef(text, { ...rev, flux: rev.flux }, version, digest, cache);
    if (rev.current === version)
        return text;
    const edit = { path: rev.path, value: version, create: true, after: 'chart' };
    const after = setScalars(text, rev.file, [edit], { document: rev.document, cache });
    checkYamlEdit(rev.file, text, after, [edit], { document: rev.document, cache });
    return after;
}
const application_asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const application_asStr = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const application_strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/** The Application of `text` as a render reads it (findChartRevision picks the document and the source); its errors name file:line. */
function readApplication(text, file, name, charts = []) {
    const revision = application_findChartRevision(text, file, name, charts);
    const docs = (0,dist/* parseAllDocuments */.hR)(text.replace(/^\ufeff/, ''));
    const list = Array.isArray(docs) ? docs : [docs];
    const app = application_asObj(list[revision.document ?? 0]?.toJS()) ?? {};
    let source = app;
    for (const k of revision.path.slice(0, -1))
        source = Array.isArray(source) ? source[Number(k)] : application_asObj(source)?.[String(k)];
    const src = application_asObj(source) ?? {};
    const helm = application_asObj(src.helm) ?? {};
    const spec = application_asObj(app.spec) ?? {};
    const inline = [
        ...(typeof helm.values === 'string' && helm.values.trim() !== '' ? [helm.values] : []),
        ...(application_asObj(helm.valuesObject) ? [(0,dist/* stringify */.As)(helm.valuesObject)] : []),
    ];
    const set = (Array.isArray(helm.parameters) ? helm.parameters : []).flatMap((p) => {
        const o = application_asObj(p);
        const n = application_asStr(o?.name);
        // As Argo CD hands it to Helm: its commas escaped (helm-set.ts), else `a,b` would be two parameters.
        return n ? [{ name: n, value: argoSetValue(application_asStr(o?.value) ?? ''), string: o?.forceString === true }] : [];
    });
    // Argo CD's diff leaves these fields out, but a sync applies them unless the Application says RespectIgnoreDifferences=true.
    const respected = application_strings(application_asObj(spec.syncPolicy)?.syncOptions).some((o) => o.replace(/\s+/g, '') === 'RespectIgnoreDifferences=true');
    const ignoreDifferences = (Array.isArray(spec.ignoreDifferences) ? spec.ignoreDifferences : []).flatMap((r) => {
        const o = application_asObj(r);
        const kind = application_asStr(o?.kind);
        if (!o || !kind)
            return [];
        return [
            {
                kind,
                ...(application_asStr(o.group) !== undefined ? { group: application_asStr(o.group) } : {}),
                ...(application_asStr(o.name) ? { name: application_asStr(o.name) } : {}),
                ...(application_asStr(o.namespace) ? { namespace: application_asStr(o.namespace) } : {}),
                jsonPointers: application_strings(o.jsonPointers),
                jqPathExpressions: application_strings(o.jqPathExpressions),
                ...(respected ? {} : { appliedOnSync: true }),
            },
        ];
    });
    const path = application_asStr(src.path)?.replace(/\/+$/, '');
    const inlineAt = inlineSources(list[revision.document ?? 0], text, file, revision, inline.length > 0 && typeof helm.values === 'string' && helm.values.trim() !== '', application_asObj(helm.valuesObject) !== undefined);
    const namespace = application_asStr(application_asObj(spec.destination)?.namespace);
    return {
        revision,
        ...(path ? { path } : {}),
        release: application_asStr(helm.releaseName) ?? application_asStr(application_asObj(app.metadata)?.name) ?? 'release',
        ...(namespace ? { namespace } : {}),
        valueFiles: application_strings(helm.valueFiles),
        ignoreMissingValueFiles: helm.ignoreMissingValueFiles === true,
        inline,
        inlineAt,
        set,
        ignoreDifferences,
    };
}
/**
 * Where the Application's inline values are written: helm.values (a literal block's lines are the file's, from the
 * line after its `|`; any other string is said at its line) and helm.valuesObject (the document's own node).
 */
function inlineSources(doc, text, file, revision, values, object) {
    const clean = text.replace(/^\ufeff/, '');
    const document = revision.document ?? 0;
    const helmAt = [...revision.path.slice(0, -1), 'helm'].map((k) => (typeof k === 'number' || !/^\d+$/.test(String(k)) ? k : Number(k)));
    const out = [];
    if (values) {
        const node = doc?.getIn([...helmAt, 'values'], true);
        const line = node?.range ? lineAt(clean, node.range[0]) : 1;
        const literal = (0,dist/* isScalar */.jn)(node) && node.type === 'BLOCK_LITERAL';
        const string = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : '';
        out.push({ file, text: string, label: 'helm.values', ...(literal ? { firstLine: line + 1 } : { line }) });
    }
    if (object)
        out.push({ file, text, document, at: [...helmAt, 'valuesObject'], label: 'helm.valuesObject' });
    return [...out, ...parameterSources(doc, clean, file, [...helmAt, 'parameters'])];
}
/**
 * Where each of `app`'s valueFiles entries is read, as Argo CD reads it: `$ref/path` from the repository root, a
 * plain entry beside a git source's `path:`, a chart-repository source's plain entry inside the chart package.
 */
function valueFilePlaces(app) {
    return app.valueFiles.map((entry) => entry.startsWith('$')
        ? { entry, repo: external_node_path_.posix.normalize(entry.slice(entry.indexOf('/') + 1)) }
        : app.path !== undefined
            ? { entry, repo: external_node_path_.posix.normalize(external_node_path_.posix.join(app.path, entry)) }
            : { entry, inPackage: external_node_path_.posix.normalize(entry) });
}
/**
 * The values texts a render of `app` reads, in Helm's order, as Argo CD reads
 * them, each with its repository path (undefined for a file inside a
 * registry's chart, and for the inline values): its valueFiles (`$ref/path`
 * from the repository root, a plain entry beside a git source's path, or, for
 * a chart-repository source, inside the chart package: `chartFiles`), then
 * the inline values. Nothing else: a values file the Application does not
 * name is not read by Argo CD, so not here either (deployer-reads.ts refuses a
 * promotion writing one). A listed file that is missing is unavailable unless
 * ignoreMissingValueFiles says otherwise.
 */
async function applicationValues(app, chartFiles, read) {
    const values = [];
    for (const place of valueFilePlaces(app)) {
        // A chart-repository source reads a plain entry inside the chart package, never a file of this repository.
        const text = 'inPackage' in place ? chartFiles?.get(place.inPackage) : await read(place.repo);
        if (text === undefined) {
            if (app.ignoreMissingValueFiles)
                continue;
            return {
                unavailable: 'inPackage' in place
                    ? `the Application's valueFiles entry ${place.entry} is not in chart ${app.revision.chart ?? ''}'s package (a chart-repository source reads its valueFiles there)`
                    : `the Application's valueFiles entry ${place.entry} is not in the repository`,
            };
        }
        values.push({ ...('repo' in place ? { path: place.repo } : {}), text });
    }
    for (const text of app.inline)
        values.push({ text });
    return { values };
}
/** repoURL, chart and path of the Application source (or Flux resource) holding the chart version (of an OCIRepository: its chart). */
function chartSource(text, file, name, charts) {
    const rev = application_findChartRevision(text, file, name, charts);
    const parsed = read_parseYaml(text.replace(/^\ufeff/, ''), file, { allowMulti: true });
    let node = parsed.documents?.[rev.document ?? 0]?.contents;
    // An OCIRepository has no chart key: flux.ts took its chart from spec.url's last segment. Reading the chart
    // from that registry (and a HelmRelease's values as values) is values-drift's Flux support, not here yet.
    if (rev.flux === 'OCIRepository')
        return { ...(rev.chart ? { chart: rev.chart } : {}), ociRepository: read_scalarText(read_mapValue(read_mapValue(node, 'spec'), 'url')) ?? '' };
    for (const key of rev.path.slice(0, -1))
        node = typeof key === 'number' ? node?.items?.[key] : read_mapValue(node, key);
    return {
        repoURL: read_scalarText(read_mapValue(node, 'repoURL')),
        chart: read_scalarText(read_mapValue(node, 'chart')),
        path: read_scalarText(read_mapValue(node, 'path')),
    };
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/satisfies.js
var functions_satisfies = __webpack_require__(8541);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./packages/core/src/charts/archive.ts
// A packaged chart (`helm package`'s .tgz, the content layer of a chart in an
// OCI registry) read in memory: gunzipped by zlib with a cap on what it may
// grow to, the tar read by tar-stream. Only the chart's own Chart.yaml,
// values.yaml and values.schema.json are kept (`<chart>/<file>`), on request
// its templates, and on request the same files of its subcharts, which a
// packaged chart holds as folders (`<chart>/charts/<sub>/…`, at any depth).



/** The files of a chart archive that a values comparison reads. */
const CHART_TOP_FILES = (/* unused pure expression or super */ null && (['Chart.yaml', 'values.yaml', 'values.schema.json']));
/** Far above any chart's unpacked size; a gzip bomb stops here. */
const MAX_UNPACKED = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Each kept file is at most this large. */
const MAX_FILE = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/** At most this much template text is kept from one archive (the rest is left out). */
const MAX_TEMPLATES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/**
 * The top-level Chart.yaml, values.yaml and values.schema.json of a packaged
 * chart, by file name, with `templates` its own `templates/…` files by path
 * in the chart, and with `subcharts` the same of each subchart
 * (`charts/<sub>/values.yaml`, …). `what` names the archive in errors.
 */
async function archive_readChartArchive(tgz, what, opts = {}) {
    let tar;
    try {
        tar = gunzipSync(tgz, { maxOutputLength: MAX_UNPACKED });
    }
    catch (e) {
        throw new UserError(`${what} is not a gzip'd chart archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    const files = new Map();
    let templateChars = 0;
    const reader = extract();
    const done = (async () => {
        for await (const entry of reader) {
            const name = entry.header.name.replace(/^\.\/+/, '');
            const parts = name.split('/');
            const size = entry.header.size ?? 0;
            // With subcharts, a path below charts/<sub>/ (at any depth) is read as the subchart's own.
            let at = 1;
            if (opts.subcharts === true)
                while (parts[at] === 'charts' && parts.length > at + 2)
                    at += 2;
            const rest = parts.slice(at);
            const template = opts.templates === true && rest.length >= 2 && rest[0] === 'templates' && templateChars + size <= MAX_TEMPLATES;
            const keep = entry.header.type === 'file' &&
                ((rest.length === 1 && CHART_TOP_FILES.includes(rest[0])) || template) &&
                size <= MAX_FILE;
            const chunks = [];
            // tar-stream's entries yield Buffers; its types say unknown.
            for await (const chunk of entry)
                if (keep)
                    chunks.push(chunk);
            const key = parts.slice(1).join('/');
            if (keep && !files.has(key)) {
                if (template)
                    templateChars += size;
                files.set(key, Buffer.concat(chunks).toString('utf8'));
            }
        }
    })();
    reader.end(tar);
    try {
        await done;
    }
    catch (e) {
        throw new UserError(`${what} is not a readable tar archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/core/src/values/diff.ts




/**
 * Compares two values.yaml texts and lists the breaking changes: keys removed
 * (a rename is a removal plus an addition) and values whose kind changed
 * (map ↔ scalar, number → string …). Added keys and new values are not
 * breaking. A value that was null, or becomes null, is a placeholder and may
 * take any kind (a map with keys set to null loses them). Lists are compared
 * as whole values: items are data, not keys.
 * The head text is read strictly (duplicate keys, syntax errors throw a
 * UserError); the base text is read leniently, since the PR cannot fix it.
 */
function diffValues(baseText, headText, baseFile, headFile) {
    const base = lenientYaml(baseText);
    if (!base)
        return [];
    const head = parseYaml(stripBom(headText), headFile);
    const out = [];
    // An empty values.yaml (or none) removes every key: the root is not a null placeholder.
    const headRoot = head.doc.contents ?? (isMap(base.doc.contents) ? new YAMLMap() : null);
    walk(base.doc.contents, headRoot, [], { base, head, baseFile, headFile, out, seen: new WeakMap() });
    return out;
}
/** Parses YAML without refusing anything; undefined when it is not YAML at all. */
function lenientYaml(text) {
    const lines = new LineCounter();
    const doc = parseDocument(stripBom(text), { lineCounter: lines, uniqueKeys: false });
    if (doc.errors.length > 0)
        return undefined;
    return { doc, lineOf: (n) => (n?.range ? lines.linePos(n.range[0]).line : undefined) };
}
/**
 * values.yaml as the plain object Helm starts from (aliases and `<<` merges
 * resolved); undefined when the text is not YAML.
 */
function valuesDefaults(text) {
    try {
        const doc = (0,dist/* parseDocument */.Tp)(bytes_stripBom(text), { uniqueKeys: false, merge: true });
        return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: -1 });
    }
    catch {
        return undefined;
    }
}
/** The kind of a parsed node (YAML 1.2 core schema, as the `yaml` package reads it). */
function diff_kindOf(node) {
    if (node === null || node === undefined)
        return 'null';
    if (isMap(node))
        return 'map';
    if (isSeq(node))
        return 'list';
    if (isScalar(node)) {
        // Helm reads values as YAML 1.1: an unquoted `yes`/`on` is a boolean, `0755` a number.
        if (node.type === 'PLAIN' && typeof node.source === 'string') {
            const t = yaml11Type(node.source);
            return t === 'bool' ? 'boolean' : t === 'int' || t === 'float' ? 'number' : t === 'null' ? 'null' : 'string';
        }
        const v = node.value;
        if (v === null || v === undefined)
            return 'null';
        if (typeof v === 'number' || typeof v === 'bigint')
            return 'number';
        if (typeof v === 'boolean')
            return 'boolean';
        return 'string';
    }
    return 'null';
}
/** At most this many breaking changes are listed for one values file (an alias bomb would list billions). */
const MAX_FINDINGS = 200;
function walk(b, h, path, w) {
    const { base, head, out, seen } = w;
    // Aliases stand for the anchored node, as Helm reads them.
    b = deref(b, base.doc);
    h = deref(h, head.doc);
    // Through aliases one pair of nodes is reached by many paths (9^9 in a billion-laughs file). A pair
    // known to hold no breaking change is not walked again, and the findings stop at a cap, so the time is
    // bounded while a change under a shared anchor is still reported at every path that uses it.
    if (out.length >= MAX_FINDINGS)
        return;
    if (b && h && seen.get(b)?.has(h))
        return;
    const found = out.length;
    walkPair(b, h, path, w);
    if (b && h && out.length === found) {
        const pairs = seen.get(b) ?? new WeakSet();
        pairs.add(h);
        seen.set(b, pairs);
    }
}
/** The breaking changes between two resolved nodes and below them (walk's body). */
function walkPair(b, h, path, w) {
    const { base, head, baseFile, headFile, out } = w;
    const bk = diff_kindOf(b);
    let hk = diff_kindOf(h);
    // A map emptied to null takes its keys away (`.Values.image.repository` no longer resolves).
    if (bk === 'map' && hk === 'null') {
        h = new YAMLMap();
        hk = 'map';
    }
    if (bk === 'null' || hk === 'null')
        return;
    const key = path.join('.');
    if (bk === 'number' && hk === 'string' && quotesTheNumber(b, h))
        return;
    if (bk !== hk) {
        out.push({ file: headFile, line: head.lineOf(h), key, message: `key ${key || '(root)'} changed type from ${bk} to ${hk}` });
        return;
    }
    if (bk !== 'map' || !isMap(b) || !isMap(h))
        return;
    const headPairs = pairsOf(h, head.doc);
    for (const [name, p] of pairsOf(b, base.doc)) {
        const sub = [...path, name];
        if (!headPairs.has(name)) {
            out.push({ file: baseFile, line: base.lineOf(p.key), key: sub.join('.'), message: `key ${sub.join('.')} removed`, side: 'base' });
            continue;
        }
        walk(p.value, headPairs.get(name).value, sub, w);
    }
}
/**
 * True when a string value spells the number it replaces: its source text
 * (`tag: 1.10` → `tag: "1.10"`, the string the author meant all along) or its
 * YAML 1.1 reading (`"1.1"`, what Helm rendered before). Templates that print
 * the value see the same text or the text the author intended, so it is a fix, not a type change.
 */
function quotesTheNumber(b, h) {
    if (typeof h.value !== 'string' || typeof b.source !== 'string')
        return false;
    const text = h.value;
    if (text === b.source)
        return true;
    // Helm's reading, not YAML 1.2's: `0755` rendered as 493, so "755" would change what templates see.
    const yaml11 = parseDocument(b.source, { version: '1.1' }).contents;
    const v = isScalar(yaml11) ? yaml11.value : undefined;
    return (typeof v === 'number' || typeof v === 'bigint') && String(v) === text;
}
function deref(node, doc) {
    for (let i = 0; i < 32 && isAlias(node); i++)
        node = node.resolve(doc) ?? null;
    return isAlias(node) ? null : node;
}
/**
 * A map's keys as Helm sees them: `<<: *anchor` (or a list of anchors) merges
 * the anchored maps' keys, and keys written in the map itself win.
 */
function pairsOf(map, doc, depth = 0) {
    const out = new Map();
    if (!isMap(map) || depth > 32)
        return out;
    const merged = [];
    for (const p of map.items) {
        if (!isScalar(p.key))
            continue;
        const name = String(p.key.value);
        if (name === '<<' && p.key.type === 'PLAIN' && (isAlias(p.value) || isSeq(p.value))) {
            merged.push(...(isSeq(p.value) ? p.value.items : [p.value]));
            continue;
        }
        out.set(name, { key: p.key, value: p.value });
    }
    for (const m of merged) {
        const src = deref(m, doc);
        if (src)
            for (const [name, p] of pairsOf(src, doc, depth + 1))
                if (!out.has(name))
                    out.set(name, p);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/values/chart-files.ts
// A chart version's values-facing files as Helm loads them for a render:
// values.yaml, values.schema.json and templates of the chart, and of each
// subchart as the chart vendors it — what its charts/ folder holds (a folder
// or a .tgz, as `helm dependency build` leaves it, and as a packaged chart
// holds every dependency), else a `file://` dependency's folder as it is in the
// same tree (the same commit). A dependency that is neither (a remote chart
// not vendored) is not downloaded: it is kept unread, with why, so that the
// keys only it may read are listed as not compared.






/** Subcharts nested deeper than this are not read (a `file://` cycle ends here too). */
const chart_files_MAX_DEPTH = 8;
/** At most this many charts (the chart and its subcharts at every depth) are read for one version. */
const MAX_CHARTS = 64;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const chart_files_text = (v) => (v === null || v === undefined || typeof v === 'object' ? undefined : String(v));
/** name, version and dependencies of a Chart.yaml's text. */
function chartMeta(chartYaml) {
    const root = valuesDefaults(chartYaml);
    if (!isObject(root))
        return { dependencies: [] };
    const deps = Array.isArray(root.dependencies) ? root.dependencies : [];
    const path = (p) => p.split('.').filter(Boolean);
    const dependencies = deps.flatMap((d) => {
        const name = isObject(d) ? chart_files_text(d.name) : undefined;
        if (!isObject(d) || !name)
            return [];
        const imports = (Array.isArray(d['import-values']) ? d['import-values'] : []).flatMap((i) => typeof i === 'string'
            ? [{ child: ['exports', i], parent: [] }]
            : isObject(i) && chart_files_text(i.child) !== undefined
                ? [{ child: path(chart_files_text(i.child)), parent: path(chart_files_text(i.parent) ?? '') }]
                : []);
        return [
            {
                name,
                alias: chart_files_text(d.alias) || undefined,
                repository: chart_files_text(d.repository),
                version: chart_files_text(d.version),
                conditions: (chart_files_text(d.condition) ?? '')
                    .split(',')
                    .map((c) => c.trim())
                    .filter(Boolean)
                    .map(path),
                tags: (Array.isArray(d.tags) ? d.tags : []).flatMap((t) => (chart_files_text(t) === undefined ? [] : [chart_files_text(t)])),
                imports,
            },
        ];
    });
    return { name: chart_files_text(root.name), version: chart_files_text(root.version), dependencies };
}
/** A tree over an unpacked chart archive's files (readChartArchive's map; the chart at ''). */
function archiveTree(files) {
    return {
        text: (p) => Promise.resolve(files.get(p)),
        list: (dir) => Promise.resolve([...files.keys()].filter((k) => dir === '' || k.startsWith(`${dir}/`))),
        bytes: () => Promise.resolve(undefined),
    };
}
/**
 * The chart at folder `dir` of `tree`, whose Chart.yaml says `meta`, with its
 * subcharts at every depth. Tags (`tags.<tag>`) are read from the top chart's
 * values whatever level declares them, as Helm reads them.
 */
async function readChartValues(tree, dir, meta) {
    const run = { charts: 0, tags: new Set() };
    const chart = await readAt(tree, dir, meta, 0, run);
    return { ...chart, reads: [...(chart.reads ?? []), ...[...run.tags].map((t) => ['tags', t])] };
}
async function readAt(tree, dir, meta, depth, run, folder = dir) {
    run.charts++;
    const [values, schema, templatePaths, vendored] = await Promise.all([
        tree.text(chart_files_join(dir, 'values.yaml')),
        tree.text(chart_files_join(dir, 'values.schema.json')),
        tree.list(chart_files_join(dir, 'templates')),
        vendoredCharts(tree, dir),
    ]);
    const templateFiles = (await Promise.all(templatePaths.map(async (path) => ({ path, text: await tree.text(path) })))).filter((t) => t.text !== undefined);
    const templates = templateFiles.map((t) => t.text);
    for (const d of meta.dependencies)
        for (const t of d.tags)
            run.tags.add(t);
    const of = `of chart ${meta.name} ${meta.version}`;
    const open = async (key, found, imports = []) => {
        if (typeof found === 'string')
            return { key, unread: found };
        if (typeof found.chart === 'string')
            return { key, unread: found.chart };
        const what = `subchart ${found.chart.meta.name} ${found.chart.meta.version} ${of}`;
        if (depth + 1 > chart_files_MAX_DEPTH)
            return { key, unread: `${what} is nested deeper than ${chart_files_MAX_DEPTH} charts; lockstep reads no deeper` };
        if (run.charts >= MAX_CHARTS)
            return { key, unread: `${what} is past the ${MAX_CHARTS} charts lockstep reads for one chart version` };
        const { tree: t, dir: d, meta: m, at } = found.chart;
        return { key, imports, chart: await readAt(t, d, m, depth + 1, run, at ?? d) };
    };
    const taken = new Set();
    const dependencies = [];
    for (const d of meta.dependencies) {
        const key = d.alias ?? d.name;
        const range = d.version ? validRange(d.version.replace(/\s*,\s*/g, ' ')) : null;
        const named = vendored.filter((v) => typeof v.chart !== 'string' && v.chart.meta.name === d.name);
        const inCharts = named.find((v) => range === null || (typeof v.chart !== 'string' && satisfies(v.chart.meta.version, range, { includePrerelease: true }))) ?? named[0];
        if (inCharts)
            taken.add(inCharts);
        const sub = await open(key, inCharts ?? (await fileDependency(tree, dir, d, of)), d.imports);
        dependencies.push(d.conditions.length > 0 || d.tags.length > 0 ? { ...sub, enabledBy: { conditions: d.conditions, tags: d.tags } } : sub);
    }
    // A chart in charts/ that Chart.yaml does not list is rendered all the same, its values under its name.
    for (const v of vendored)
        if (!taken.has(v)) {
            const key = typeof v.chart === 'string' ? v.file : v.chart.meta.name;
            if (!dependencies.some((d) => d.key === key))
                dependencies.push(await open(key, v));
        }
    return {
        name: meta.name,
        version: meta.version,
        values,
        schema,
        folder,
        templates,
        templateFiles,
        dependencies,
        reads: meta.dependencies.flatMap((d) => d.conditions),
    };
}
/** The charts of `dir`'s charts/ folder: folders with a Chart.yaml and .tgz archives, as Helm's loader takes them. */
async function vendoredCharts(tree, dir) {
    const base = chart_files_join(dir, 'charts');
    const entries = new Set();
    for (const p of await tree.list(base)) {
        const rest = p.slice(base.length + 1).split('/');
        // Helm skips charts/ entries starting with '_' or '.'.
        if (/^[_.]/.test(rest[0]))
            continue;
        if ((rest.length === 2 && rest[1] === 'Chart.yaml') || (rest.length === 1 && rest[0].endsWith('.tgz')))
            entries.add(rest[0]);
    }
    return Promise.all([...entries].sort().map(async (file) => {
        const where = `${base}/${file}`;
        if (!file.endsWith('.tgz')) {
            const meta = chartMeta((await tree.text(`${where}/Chart.yaml`)) ?? '');
            return { file, chart: chart_files_named(meta) ? { tree, dir: where, meta } : `${where} has a Chart.yaml without a name or version` };
        }
        const bytes = await tree.bytes(where);
        if (!bytes)
            return { file, chart: `${where} could not be read as an archive here` };
        try {
            const files = await readChartArchive(Buffer.from(bytes), where, { templates: true, subcharts: true });
            const meta = chartMeta(files.get('Chart.yaml') ?? '');
            return {
                file,
                chart: chart_files_named(meta)
                    ? { tree: archiveTree(files), dir: '', meta, at: where }
                    : `${where} holds no Chart.yaml with a name and version`,
            };
        }
        catch (e) {
            if (!(e instanceof UserError))
                throw e;
            return { file, chart: e.message };
        }
    }));
}
const chart_files_named = (m) => m.name !== undefined && m.version !== undefined;
/** A dependency charts/ does not hold: its `file://` folder in the same tree, or why it is not read. */
async function fileDependency(tree, dir, d, of) {
    const what = `subchart ${d.name}${d.version ? ` ${d.version}` : ''} ${of}`;
    const repo = d.repository ?? '';
    if (!repo.startsWith('file://'))
        return `${what} comes from ${repo || 'no repository'} and is not in its charts/ folder: lockstep reads the file:// subcharts and those charts/ holds, and downloads none`;
    const folder = posix.normalize(posix.join(dir || '.', repo.slice('file://'.length)));
    if (folder.startsWith('..') || posix.isAbsolute(folder))
        return `${what} is at ${repo}, outside what lockstep reads`;
    const chartYaml = await tree.text(chart_files_join(folder, 'Chart.yaml'));
    if (chartYaml === undefined)
        return `${what}: ${repo} has no Chart.yaml at ${folder}`;
    const meta = chartMeta(chartYaml);
    if (!chart_files_named(meta) || meta.name !== d.name)
        return `${what}: the Chart.yaml at ${folder} names ${meta.name ?? 'no chart'}`;
    return { file: folder, chart: { tree, dir: folder, meta } };
}
function chart_files_join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-target-path.ts
// A HelmRelease's spec.valuesFrom entry with `targetPath`: helm-controller
// reads the ConfigMap's data.<valuesKey> as one flat value and sets it at that
// path of the values merged so far, in the list's order, typed as Helm's
// `--set` types a value (`true`/`false` a bool, `null` nothing, a whole
// number without a leading zero an integer, anything else a string). So the
// render gets it in its place: a values document holding that one path,
// merged after the entries before it and before those after it and
// spec.values, as Helm merges values files. A path lockstep does not write
// so (a list index, `[0]`) is said as not read, never guessed.



/** Helm's `--set` typing of a value (strvals' typedVal). */
function flux_target_path_typed(value) {
    if (value.toLowerCase() === 'true')
        return true;
    if (value.toLowerCase() === 'false')
        return false;
    if (value.toLowerCase() === 'null')
        return null;
    if (value === '0')
        return 0;
    if (/^-?[1-9][0-9]*$/.test(value) && Number.isSafeInteger(Number(value)))
        return Number(value);
    return value;
}
/** The path's keys (`a.b`, `a\.b` a key with a dot); undefined for what lockstep does not set (a list index, an empty key). */
function pathKeys(targetPath) {
    if (/[[\]]/.test(targetPath))
        return undefined;
    const keys = [];
    let key = '';
    for (let i = 0; i < targetPath.length; i++) {
        const c = targetPath[i];
        if (c === '\\' && targetPath[i + 1] === '.') {
            key += '.';
            i++;
        }
        else if (c === '.') {
            keys.push(key);
            key = '';
        }
        else
            key += c;
    }
    keys.push(key);
    return keys.every((k) => k !== '') ? keys : undefined;
}
/** The values document `{ a: { b: <typed value> } }` a targetPath entry merges in its place; undefined when its path is not read. */
function targetPathDocument(targetPath, value) {
    const keys = pathKeys(targetPath);
    if (!keys)
        return undefined;
    let doc = flux_target_path_typed(value);
    for (const k of [...keys].reverse())
        doc = { [k]: doc };
    return JSON.stringify(doc);
}
/**
 * The data.<valuesKey> value of ConfigMap `name` for the HelmRelease in `file`: a manifest in the same file, else
 * as kustomize makes it under the file's folder (a manifest, or a configMapGenerator's literal or file).
 */
async function targetPathValue(file, name, valuesKey, read, cache) {
    const label = `ConfigMap ${name} (${valuesKey})`;
    const manifest = async (path) => {
        const text = await read(path);
        if (text === undefined)
            return undefined;
        const doc = docsOf(text, path, cache).docs.find((d) => kindOf(d) === 'ConfigMap' && nameOf(d) === name);
        const value = doc ? read_mapValue(read_mapValue(doc.contents, 'data'), valuesKey) : undefined;
        return (0,dist/* isScalar */.jn)(value) && value.value !== null ? { value: String(value.value), file: path, label } : undefined;
    };
    const generator = async (kfile, ktext) => {
        const gens = read_mapValue(docsOf(ktext, kfile, cache).docs[0].contents, 'configMapGenerator');
        const entry = (0,dist/* isSeq */.oP)(gens) ? gens.items.find((g) => (0,dist/* isMap */.jh)(g) && read_scalarText(read_mapValue(g, 'name')) === name) : undefined;
        const literals = read_mapValue(entry, 'literals');
        for (const l of (0,dist/* isSeq */.oP)(literals) ? literals.items : []) {
            const spec = read_scalarText(l) ?? '';
            if (spec.slice(0, spec.indexOf('=')) === valuesKey)
                return { value: spec.slice(spec.indexOf('=') + 1), file: kfile, label };
        }
        const files = read_mapValue(entry, 'files');
        for (const f of (0,dist/* isSeq */.oP)(files) ? files.items : []) {
            const spec = read_scalarText(f) ?? '';
            const eq = spec.indexOf('=');
            const path = eq < 0 ? spec : spec.slice(eq + 1);
            if ((eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq)) !== valuesKey)
                continue;
            const at = joinPath(flux_values_dirOf(kfile), path);
            const text = await read(at);
            if (text !== undefined)
                return { value: text, file: at, label };
        }
        return undefined;
    };
    return (await manifest(file)) ?? findConfigMap(flux_values_dirOf(file), { generator, manifest }, read, new Set(), cache);
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/flux-release.ts
// A Flux HelmRelease as helm-controller would install it, read from the
// repository for the rendered diff and values-drift: the environment's
// HelmRelease (often a kustomize patch of it, apps/<env>) over the HelmRelease
// of the same name its kustomization reaches (apps/base: the resources it
// lists, folders followed), merged as kustomize merges a patch of a custom
// resource (maps key by key, every other value replaced); the chart from its
// source (a HelmRepository of type oci, a classic https HelmRepository, or an
// OCIRepository through spec.chartRef, at its tag and spec.ref.digest); the
// values in Flux's order (spec.valuesFrom as listed, then spec.values), each
// ConfigMap followed into the repository by flux-values.ts; the release name
// (spec.releaseName, else `[<targetNamespace>-]<name>`, shortened over 53
// characters to its first 40, `-` and 12 hex of its sha256, as helm-controller
// does), the namespace installed into (spec.targetNamespace, else the
// HelmRelease's) and the storage namespace (spec.storageNamespace, else the
// HelmRelease's).









const flux_release_asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const flux_release_asStr = (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
/** At most this many kustomization folders are followed from the HelmRelease's folder. */
const flux_release_MAX_FOLDERS = 32;
/** Folder of a repository path ('.' at the top). */
const flux_release_dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `dir` joined with a relative path, normalised; undefined when it leaves the repository. */
function flux_release_joinPath(dir, rel) {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const seg of rel.split('/'))
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    return parts.join('/') || '.';
}
function docsIn(text, file, cache) {
    const parsed = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    return (parsed.documents ?? [parsed.doc]).flatMap((d, index) => {
        const data = flux_release_asObj(d.toJS({ maxAliasCount: 100 }));
        return data ? [{ file, index, data }] : [];
    });
}
/**
 * The documents a kustomization folder reaches: its resources' files and
 * folders (a remote or outside one left out), and its namespace: the
 * kustomization's own `namespace:` nearest the HelmRelease.
 */
async function reached(dir, read, cache) {
    const docs = [];
    const seen = new Set();
    let namespace;
    const queue = [dir];
    while (queue.length > 0 && seen.size < flux_release_MAX_FOLDERS) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        seen.add(d);
        for (const n of KUSTOMIZATION_NAMES) {
            const kfile = d === '.' ? n : `${d}/${n}`;
            const ktext = await read(kfile);
            if (ktext === undefined)
                continue;
            const k = docsIn(ktext, kfile, cache)[0]?.data ?? {};
            namespace ??= flux_release_asStr(k.namespace);
            for (const r of Array.isArray(k.resources) ? k.resources : []) {
                const rel = flux_release_asStr(r);
                const path = rel === undefined || /^[a-z][a-z0-9+.-]*:/i.test(rel) ? undefined : flux_release_joinPath(d, rel);
                if (path === undefined)
                    continue;
                if (/\.ya?ml$/.test(path)) {
                    const text = await read(path);
                    if (text !== undefined)
                        docs.push(...docsIn(text, path, cache));
                }
                else
                    queue.push(path);
            }
            break;
        }
    }
    return { docs, namespace };
}
/** `patch` merged over `base` as kustomize merges a patch of a custom resource: maps key by key, `null` removes, anything else replaced. */
function mergePatch(base, patch) {
    const b = flux_release_asObj(base);
    const p = flux_release_asObj(patch);
    if (!p)
        return patch;
    const out = { ...(b ?? {}) };
    for (const [k, v] of Object.entries(p)) {
        if (v === null)
            delete out[k];
        else
            out[k] = flux_release_asObj(v) && flux_release_asObj(out[k]) ? mergePatch(out[k], v) : v;
    }
    return out;
}
/** Helm's limit on a release name, and how helm-controller shortens a longer default one (its first 40 characters, `-`, 12 hex of its sha256). */
function fluxReleaseName(name, targetNamespace) {
    const full = targetNamespace ? `${targetNamespace}-${name}` : name;
    if (full.length <= 53)
        return full;
    return `${full.slice(0, 40)}-${(0,external_node_crypto_.createHash)('sha256').update(full).digest('hex').slice(0, 12)}`;
}
const kindName = (d) => [flux_release_asStr(d.data.kind), flux_release_asStr(flux_release_asObj(d.data.metadata)?.name)];
/**
 * The environment's Flux reference, its paths through `at` (the check's working-directory prefix); undefined for an
 * environment deployed by no HelmRelease. Every reader of a HelmRelease (render, values-drift, chart-version, the
 * pull request check) takes it from here.
 */
function fluxRef(to, at = (p) => p) {
    if (to.helmrelease === undefined)
        return undefined;
    return { helmrelease: at(to.helmrelease), ...(to.ocirepository !== undefined ? { ocirepository: at(to.ocirepository) } : {}) };
}
/**
 * The HelmRelease the environment's `helmrelease:` names, as it would be
 * installed (see the file's head); `ocirepository:` is where its chartRef's
 * OCIRepository is read first. Errors name file:line as deploy/flux/flux.ts does.
 */
async function readFluxRelease(env, read, cache) {
    const { file } = splitApplicationRef(env.helmrelease);
    const text = await read(file);
    if (text === undefined)
        throw new src_errors/* UserError */.yo(`${file} is not in the repository`, { file, hint: 'point helmrelease: at the HelmRelease file' });
    const document = releaseDocument(env.helmrelease, text, file, cache) ?? 0;
    const own = docsIn(text, file, cache);
    const patch = own.find((d) => d.index === document);
    const name = flux_release_asStr(flux_release_asObj(patch.data.metadata)?.name) ?? '';
    const around = await reached(flux_release_dirOf(file), read, cache);
    const all = [...own.filter((d) => d.index !== document), ...around.docs];
    const base = all.filter((d) => !(d.file === file && d.index === document)).find((d) => kindName(d).join('/') === `HelmRelease/${name}`);
    const merged = flux_release_asObj(mergePatch(base?.data ?? {}, patch.data)) ?? {};
    const spec = flux_release_asObj(merged.spec) ?? {};
    const meta = flux_release_asObj(merged.metadata) ?? {};
    const ns = around.namespace ?? flux_release_asStr(meta.namespace);
    const targetNamespace = flux_release_asStr(spec.targetNamespace);
    const { sourceAt, named, ...chart } = await chartOf(spec, all, env.ocirepository, read, cache);
    // valuesFrom as kustomize leaves it: the patch's list when it has one (a list is replaced whole), else the base's.
    const holder = flux_release_asObj(patch.data.spec)?.valuesFrom !== undefined || !base ? { file, index: document } : base;
    const holderText = holder.file === file ? text : ((await read(holder.file)) ?? '');
    const entries = await valuesFromEntries(holder.file, holderText, holder.index, read, cache);
    // In valuesFrom's order, as helm-controller merges them: a targetPath entry sets its one value in its place.
    const values = [];
    const unread = [];
    for (const e of entries) {
        const at = e.targetPath && e.kind === 'ConfigMap' ? await targetPathValue(holder.file, e.name, e.valuesKey, read, cache) : undefined;
        const doc = at && e.targetPath ? targetPathDocument(e.targetPath, at.value) : undefined;
        if (e.home && !e.targetPath)
            values.push(valuesOf(e));
        else if (at && doc)
            values.push({ text: doc, path: at.file, label: `${at.label} at ${e.targetPath}` });
        else
            unread.push(`valuesFrom ${e.kind} ${e.name}${e.targetPath ? ` (targetPath ${e.targetPath})` : ''} not read`);
    }
    if (flux_release_asObj(spec.values))
        values.push({ text: JSON.stringify(spec.values), path: file, label: 'spec.values' });
    return {
        name,
        releaseName: flux_release_asStr(spec.releaseName) ?? fluxReleaseName(name, targetNamespace),
        ...((targetNamespace ?? ns) ? { namespace: targetNamespace ?? ns } : {}),
        ...((flux_release_asStr(spec.storageNamespace) ?? ns) ? { storageNamespace: flux_release_asStr(spec.storageNamespace) ?? ns } : {}),
        ...chart,
        values,
        unread,
        documents: [...(base ? [{ file: base.file, document: base.index }] : []), { file, document }],
        ...(sourceAt ? { sourceAt } : {}),
        sourcesNamed: [...new Set([...all, ...named].flatMap(sourceUrl))],
    };
}
/** A valuesFrom entry's values document as text (JSON, which Helm reads as YAML). */
function valuesOf(e) {
    const home = e.home;
    return {
        text: home.plain ? home.text : JSON.stringify(e.root?.toJSON() ?? {}),
        path: home.file,
        label: home.label,
        ...(home.plain ? { plain: true } : {}),
    };
}
/** A HelmRepository's or OCIRepository's spec.url, trimmed of trailing slashes ([] for any other document). */
function sourceUrl(d) {
    const kind = kindName(d)[0];
    const url = kind === 'HelmRepository' || kind === 'OCIRepository' ? flux_release_asStr(flux_release_asObj(d.data.spec)?.url) : undefined;
    return url ? [url.trim().replace(/\/+$/, '')] : [];
}
/** Where a source document writes its url, when it writes one. */
const sourceAtOf = (d) => {
    const url = d ? sourceUrl(d)[0] : undefined;
    return url && d ? { sourceAt: { url, file: d.file } } : {};
};
/**
 * The chart's version and source: spec.chart.spec with its sourceRef, or spec.chartRef's OCIRepository; with where
 * the source writes its url, and the documents of the `ocirepository:` file (read beside the release's own).
 */
async function chartOf(spec, docs, ociFile, read, cache) {
    const chartRef = flux_release_asObj(spec.chartRef);
    if (chartRef) {
        const refName = flux_release_asStr(chartRef.name);
        const kind = flux_release_asStr(chartRef.kind) ?? 'OCIRepository';
        const named = ociFile ? splitApplicationRef(ociFile) : undefined;
        const candidates = named ? docsIn((await read(named.file)) ?? '', named.file, cache) : [];
        const wanted = (d) => kindName(d)[0] === kind && (kindName(d)[1] === (named?.name ?? refName) || named?.name === undefined);
        const oci = candidates.find(wanted) ?? docs.find((d) => kindName(d).join('/') === `${kind}/${refName}`);
        const ospec = flux_release_asObj(oci?.data.spec) ?? {};
        const url = (flux_release_asStr(ospec.url) ?? '').replace(/\/+$/, '');
        const ref = flux_release_asObj(ospec.ref) ?? {};
        const version = flux_release_asStr(ref.semver) ?? flux_release_asStr(ref.tag) ?? '';
        const digest = flux_release_asStr(ref.digest);
        const cut = url.lastIndexOf('/');
        return {
            version,
            source: {
                ...(cut > 0 ? { repoURL: url.slice(0, cut), chart: url.slice(cut + 1) } : {}),
                ...(digest ? { digests: new Map([[version, digest]]) } : {}),
            },
            from: `${kind} ${refName ?? ''} (${url || 'no url'}${digest ? `@${digest}` : ''})`,
            ...sourceAtOf(oci),
            named: candidates,
        };
    }
    const cspec = flux_release_asObj(flux_release_asObj(spec.chart)?.spec) ?? {};
    const chart = flux_release_asStr(cspec.chart);
    const version = flux_release_asStr(cspec.version) ?? '';
    const sourceRef = flux_release_asObj(cspec.sourceRef) ?? {};
    const kind = flux_release_asStr(sourceRef.kind) ?? 'HelmRepository';
    const refName = flux_release_asStr(sourceRef.name) ?? '';
    if (kind !== 'HelmRepository')
        // A chart in a GitRepository or Bucket is a path in it: read as a chart folder of this repository.
        return {
            version,
            source: chart ? { path: chart.replace(/^\.\//, '') } : {},
            from: `${kind} ${refName} (${chart ?? 'no chart'})`,
            named: [],
        };
    const repo = docs.find((d) => kindName(d).join('/') === `HelmRepository/${refName}`);
    const url = flux_release_asStr(flux_release_asObj(repo?.data.spec)?.url);
    const secretRef = flux_release_asStr(flux_release_asObj(flux_release_asObj(repo?.data.spec)?.secretRef)?.name);
    return {
        version,
        source: { ...(chart ? { chart } : {}), ...(url ? { repoURL: url } : {}), ...(secretRef ? { secretRef } : {}) },
        from: `HelmRepository ${refName} (${url ?? 'not found in the repository'})`,
        ...sourceAtOf(repo),
        named: [],
    };
}
/** The spec.values node of a HelmRelease document, for values-drift's comparison at the file's lines. */
function specValues(text, file, document, cache) {
    const parsed = parseWith(cache, YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document];
    return () => mapValue(mapValue(doc?.contents, 'spec'), 'values');
}
/**
 * A release's values as the values contract reads them, in helm-controller's order: each valuesFrom the repository
 * holds (a generator's values file whole; a ConfigMap manifest's values said at its file), then spec.values of each
 * HelmRelease document merged (the base, then the patch), at their lines.
 */
async function releaseValueSources(rel, read) {
    const out = [];
    for (const v of rel.values) {
        if (v.label === 'spec.values') {
            for (const d of rel.documents) {
                const text = await read(d.file);
                if (text !== undefined)
                    out.push({ file: d.file, text, document: d.document, at: ['spec', 'values'], label: 'spec.values' });
            }
        }
        else if (v.path !== undefined)
            out.push(v.plain ? { file: v.path, text: v.text } : { file: v.path, text: v.text, line: 1, label: v.label });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/release-chart.ts
// The chart version a `helmrelease:` environment runs, as helm-controller resolves it — not only what the
// environment's own file says. Where that file is a kustomize patch of a base HelmRelease (the layout of
// fluxcd/flux2-kustomize-helm-example: apps/base holds the chart, apps/<env> the values), the chart is the
// base's: read through flux-release.ts's merge. A chart taken from a GitRepository or Bucket is the folder at
// the source's revision: helm-controller ignores spec.chart.spec.version there and packages the chart as its
// Chart.yaml says, so the version is that file's, and it moves with the commit, never by a promotion's write.
// A version written in a base every environment shares is the environment's too, but a promotion may not move
// it there (it would move them all): such a version is read, and a write to it refused at its line.






/** What the HelmRelease document the environment names says of its chart: a version (or chartRef), a GitRepository or Bucket source, or nothing (a patch). */
function ownChart(ref, text, file, cache) {
    const parsed = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const docs = parsed.documents ?? [parsed.doc];
    const spec = read_mapValue(docs[releaseDocument(ref.helmrelease, text, file, cache) ?? 0]?.contents, 'spec');
    const chart = read_mapValue(read_mapValue(spec, 'chart'), 'spec');
    const kind = read_scalarText(read_mapValue(read_mapValue(chart, 'sourceRef'), 'kind'));
    if (kind === 'GitRepository' || kind === 'Bucket')
        return 'git';
    return read_mapValue(chart, 'version') !== undefined || read_mapValue(spec, 'chartRef') !== undefined ? 'versioned' : 'none';
}
/**
 * The chart version of the HelmRelease `ref` names (its file's text given): its own spec.chart.spec.version when
 * its document writes a chart, else the one the base it patches gives; a chart from a GitRepository or Bucket at
 * the version its Chart.yaml says at the commit `read` reads. Errors name file:line (flux.ts's, at the file that
 * gives the chart).
 */
async function releaseChartRevision(ref, text, file, read, cache) {
    if (ownChart(ref, text, file, cache) === 'versioned')
        return fluxChartRevision(text, file, releaseName(ref), cache);
    const rel = await readFluxRelease(ref, read, cache);
    const base = rel.documents.length > 1 ? rel.documents[0] : undefined;
    if (rel.source.path !== undefined && rel.source.repoURL === undefined) {
        const chartFile = `${rel.source.path.replace(/\/+$/, '')}/Chart.yaml`;
        const chartText = await read(chartFile);
        if (chartText === undefined)
            throw new src_errors/* UserError */.yo(`HelmRelease ${rel.name} takes its chart from ${rel.from}, but ${chartFile} is not in the repository`, {
                file: base?.file ?? file,
                line: 1,
                hint: "point spec.chart.spec.chart at the chart's folder in the source",
            });
        const version = chartMeta(chartText).version ?? '';
        return {
            file: chartFile,
            path: ['version'],
            line: versionLine(chartText, chartFile, cache),
            current: version,
            name: rel.name,
            chart: chartMeta(chartText).name ?? rel.source.path,
            flux: 'HelmRelease',
            fixed: `HelmRelease ${rel.name} takes its chart from ${rel.from}: helm-controller builds it from the source's revision, so its version is ${chartFile}'s and moves with the commit, not by a promotion`,
        };
    }
    if (!base)
        return fluxChartRevision(text, file, releaseName(ref), cache);
    const baseText = (await read(base.file)) ?? '';
    const rev = fluxChartRevision(baseText, base.file, rel.name, cache);
    return {
        ...rev,
        fixed: `the chart version of HelmRelease ${rel.name} is ${base.file}'s, which ${file} patches and other environments may share: a promotion does not move it there`,
    };
}
/** The `#name` of the config's reference, if any. */
function releaseName(ref) {
    const hash = ref.helmrelease.indexOf('#');
    return hash < 0 ? undefined : ref.helmrelease.slice(hash + 1).trim() || undefined;
}
/** The line of a Chart.yaml's `version:` (1 when it has none). */
function versionLine(text, file, cache) {
    const parsed = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    return parsed.lineOf(read_mapValue(parsed.doc.contents, 'version')) ?? 1;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/model.ts
// What every deployer kind answers for an environment (one module a kind: chart-values.ts, argocd/kind.ts,
// kustomize-overlay.ts, flux/helmrelease-kind.ts, flux/kustomization-kind.ts; kind.ts picks one). Code outside
// this folder asks the environment's Deployment, never which of the config's keys it gives.



/** The chart pin of `ref` (the config's `file#name`), read as resource kind `by` reads it. */
function chartPin(ref, by) {
    const r = resourceRef(ref);
    return {
        ...r,
        by,
        revision: by === 'HelmRelease'
            ? (text, read, _charts, cache) => releaseChartRevision({ helmrelease: ref }, text, r.file, read, cache)
            : (text, _read, charts, cache) => Promise.resolve().then(() => application_findChartRevision(text, r.file, r.name, charts, cache)),
    };
}
/** `file#name` split as `application:` is (argocd/application.ts splitApplicationRef), with the ref as written. */
function resourceRef(ref) {
    const { file, name } = splitApplicationRef(ref);
    return { ref, file, ...(name !== undefined ? { name } : {}) };
}
/** The files of `refs` that are given, once each, in order. */
function filesOf(...refs) {
    return [...new Set(refs.flatMap((r) => (r === undefined ? [] : [resourceRef(r).file])))];
}
/** Why there is no Helm for an environment. */
const noHelm = (e) => e.helmVersion !== undefined
    ? `helm-version: ${e.helmVersion}: no Helm ${e.helmVersion} on PATH to render its chart (as helm, helm3 or helm4)`
    : 'no Helm 3.8 or later on PATH to render its chart';
/**
 * The tool's output split into objects here, not through the renderer's render(): its cache would keep every
 * environment's objects to the end of the run (300 × 300 parsed objects); these go once written out.
 */
async function parsed(output, namespace, renderer) {
    const o = await output;
    if (!o.ok)
        return { ok: false, message: o.message };
    try {
        return { ok: true, objects: splitObjects(o.stdout, namespace ?? ''), renderer };
    }
    catch (e) {
        return { ok: false, message: e.message };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/kustomize-overlay.ts
// An environment a Kustomize overlay deploys: the overlay built as Argo CD builds it, with its Application's
// kustomize: images and namespace when one names it (render/kustomize.ts, flux/flux-build.ts). The overlay's
// images: list (or the Application's kustomize.images) is where its pins are written.




/** An environment with `kustomization:`. */
function kustomizeOverlay(e) {
    const application = e.application !== undefined ? resourceRef(e.application) : undefined;
    return {
        kind: 'overlay',
        renderer: 'kustomize',
        pinKey: 'kustomization',
        files: filesOf(e.kustomization, e.application),
        ...(application ? { application } : {}),
        overlay: e.kustomization,
        build: e.kustomization,
        async render(reader, renderers, inRepo) {
            const k = renderers.kustomize();
            if (!k)
                return { ok: false, message: 'neither kustomize nor kubectl is on PATH to build its overlay' };
            const side = await overlaySide(reader, inRepo(e.kustomization), e.application ? inRepo(e.application) : undefined);
            if ('unavailable' in side)
                return { ok: false, message: side.unavailable };
            return parsed(k.renderer.output(side), side.namespace, k.tool.label);
        },
    };
}
/** What a `kustomization:` glob names among a commit's files (deploy/fleet.ts): the folders holding a kustomization. */
function overlayFolders(paths) {
    const names = KUSTOMIZATION_NAMES;
    return [...new Set(paths.filter((p) => names.includes(external_node_path_.posix.basename(p)) && p.includes('/')).map((p) => external_node_path_.posix.dirname(p)))];
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/documents.ts
// The Applications of one file as the apps of an environment (`application: environments/prod/apps.yaml#*`, the
// layout of a repository that keeps every Application of an environment in one argocd-applications.yaml): each
// Application document is an app, known by the chart its source names (`chart:`, else its `path:`'s last
// folder), which is what an app is called in every environment — its metadata.name (`api-prod`) is not. An
// Application whose sources name no one chart, or whose chart another Application of the file names too, is known
// by its metadata.name. findChartRevision and readApplication pick the document back by that name.



/** The suffix of a config path naming every Application of a file as an app. */
const EVERY_DOCUMENT = '#*';
/** The app id of each Application document of `text`, in the file's order (documents with neither a chart nor a name left out). */
function applicationIds(text, file, cache) {
    const parsed = parse_cache_parseWith(cache, read_YAML_DOCUMENTS, text.replace(/^\ufeff/, ''), file);
    const apps = (parsed.documents ?? [parsed.doc]).filter((doc) => read_mapValue(doc.contents, 'spec') !== undefined && (read_scalarText(read_mapValue(doc.contents, 'kind')) ?? 'Application') === 'Application');
    const named = apps.map((doc) => {
        const charts = new Set(application_sourcesOf({ doc }).flatMap((s) => sourceNames(s.node).slice(-1)));
        return {
            chart: charts.size === 1 ? [...charts][0] : undefined,
            name: read_scalarText(read_mapValue(read_mapValue(doc.contents, 'metadata'), 'name')),
        };
    });
    const count = new Map();
    for (const n of named)
        if (n.chart)
            count.set(n.chart, (count.get(n.chart) ?? 0) + 1);
    return named.flatMap((n) => {
        const id = n.chart && count.get(n.chart) === 1 ? n.chart : n.name;
        return id ? [id] : [];
    });
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/fleet.ts
// An environment of many apps: a deployer key that names a glob (`apps/prod/*.yaml`, `charts/*/values-prod.yaml`,
// `deploy/*/overlays/prod`) or a folder of Application files (`apps/prod/`) names every match, each an app that
// its kind's module renders and pins as it would a one-app environment. An app's id is what the glob's wildcards
// matched (`a042` of `charts/a042/values-prod.yaml`); apps of two environments are the same app when their ids
// are equal, so `charts/*/values-staging.yaml` promotes into `charts/*/values-prod.yaml` app by app.





/** The deployer keys that may name many apps. */
const FLEET_KEYS = ['values', 'application', 'kustomization', 'helmrelease', 'ocirepository', 'fluxKustomization'];
/** The config's spelling of each key, for messages. */
const SPELLED = {
    values: 'values',
    application: 'application',
    kustomization: 'kustomization',
    helmrelease: 'helmrelease',
    ocirepository: 'ocirepository',
    fluxKustomization: 'flux-kustomization',
};
/** Whether a config path names many files: a glob's magic, or a folder (a trailing `/`). */
function isPattern(path) {
    return path.endsWith('/') || picomatch_default().scan(path).isGlob;
}
/** The keys of `e` that name many apps, with their patterns. */
function patternKeys(e) {
    return FLEET_KEYS.flatMap((key) => {
        const v = e[key];
        return typeof v === 'string' && isPattern(v) ? [{ key, pattern: v }] : [];
    });
}
/** Whether `e` names many apps (some deployer key is a glob or a folder). */
function isFleet(e) {
    return patternKeys(e).length > 0;
}
/** What a key's pattern is matched against where it names no file: an overlay's folders (its kind's module says which). */
const NAMES = { kustomization: overlayFolders };
/** The globs a pattern stands for: a folder's YAML files, else the glob itself. */
function globsOf(pattern) {
    if (!pattern.endsWith('/'))
        return [pattern];
    return [`${pattern}*.yaml`, `${pattern}*.yml`];
}
/**
 * Each match of `pattern` among `paths`, by app id: what its wildcards matched, runs in one path segment joined
 * as they are, segments by `/` (`charts/*\/values-prod.yaml` names `a042`; `clusters/*\/apps/*.yaml` names
 * `eu/api`). A glob outside the project's bounds (text/glob.ts) is refused at the config.
 */
function matchesOf(pattern, paths, where) {
    const problem = globProblem(pattern.endsWith('/') ? `${pattern}*.yaml` : pattern);
    if (problem)
        throw new src_errors/* UserError */.yo(`${where.key}: '${pattern}' ${problem}`, { file: where.file, line: where.line, hint: GLOB_HINT });
    const found = new Map();
    for (const glob of globsOf(pattern)) {
        const made = picomatch_default().makeRe(glob, { capture: true, dot: true });
        const re = new RegExp(made.source, `${made.flags}d`);
        for (const p of paths) {
            const m = re.exec(p);
            if (!m?.indices)
                continue;
            const id = idOf(p, m.indices.slice(1));
            if (id === '')
                continue;
            const had = found.get(id);
            if (had !== undefined && had !== p)
                throw new src_errors/* UserError */.yo(`${where.key}: '${pattern}' names two files as app ${id}: ${had} and ${p}`, {
                    file: where.file,
                    line: where.line,
                    hint: 'make the wildcard part of each file name its own (one file per app)',
                });
            found.set(id, p);
        }
    }
    return found;
}
/**
 * `paths` (a commit's files) with `<file>#<id>` for each Application document of each file that a key of `envs`
 * names with `#*` (`environments/prod/apps.yaml#*`: every Application of the file an app, deploy/argocd/
 * documents.ts), read through `read`: what appsOf matches such a key against. `inRepo` as appsOf's.
 */
async function withDocuments(envs, paths, read, inRepo = (p) => p) {
    const files = new Set();
    for (const e of envs)
        for (const { pattern } of patternKeys(e)) {
            if (!pattern.endsWith(EVERY_DOCUMENT))
                continue;
            const file = inRepo(pattern.slice(0, -EVERY_DOCUMENT.length));
            if (!isPattern(file))
                files.add(file);
            else if (!globProblem(file))
                for (const p of matchesOf(file, paths, { key: 'application' }).values())
                    files.add(p);
        }
    if (files.size === 0)
        return [...paths];
    const documents = await Promise.all([...files].map(async (f) => {
        const text = await read(f);
        return text === undefined ? [] : applicationIds(text, f).map((id) => `${f}#${id}`);
    }));
    return [...paths, ...documents.flat()];
}
/**
 * The files of commit `sha` as environments of many apps match them: its paths, and `<file>#<id>` for each
 * Application of a file a `#*` key names (withDocuments); undefined when they cannot be listed.
 */
async function fleetPaths(envs, git, sha) {
    const paths = await git.listFiles(sha);
    return paths && withDocuments(envs, paths, (p) => git.readAt(sha, p));
}
/** The app id of a match: each captured run, runs in one path segment joined as they are and segments by `/`. */
function idOf(path, groups) {
    let id = '';
    let end = -1;
    for (const g of groups) {
        if (!g || g[0] === g[1])
            continue;
        const run = path.slice(g[0], g[1]);
        id += id === '' ? run : path.slice(end, g[0]).includes('/') ? `/${run}` : run;
        end = g[1];
    }
    return id;
}
/**
 * The apps of `e` at a commit whose files are `paths` (repository paths; `inRepo` turns a config path into one,
 * `fromRepo` back): one per id some pattern key matches, named `<env>/<id>`, each pattern key set to its match.
 * An id one pattern key matches and another does not is left out and said in `partial`. Undefined when `e` names
 * no pattern.
 */
function appsOf(e, paths, where = {}) {
    const keys = patternKeys(e);
    if (keys.length === 0)
        return undefined;
    const inRepo = where.inRepo ?? ((p) => p);
    const fromRepo = where.fromRepo ?? ((p) => p);
    const byKey = keys.map(({ key, pattern }) => ({
        key,
        pattern,
        found: matchesOf(inRepo(pattern), (NAMES[key] ?? ((p) => p))(paths), {
            file: where.file,
            line: where.line?.(SPELLED[key]),
            key: SPELLED[key],
        }),
    }));
    const ids = [...new Set(byKey.flatMap((k) => [...k.found.keys()]))].sort();
    const apps = [];
    const partial = [];
    for (const id of ids) {
        const missing = byKey.find((k) => !k.found.has(id));
        if (missing) {
            const has = byKey.find((k) => k.found.has(id));
            partial.push(`${id}: ${SPELLED[has.key]} matches ${fromRepo(has.found.get(id))}, ${SPELLED[missing.key]}'s ${missing.pattern} matches none`);
            continue;
        }
        const set = Object.fromEntries(byKey.map((k) => [k.key, fromRepo(k.found.get(id))]));
        apps.push({ id, env: { ...e, ...set, name: `${e.name}/${id}`, app: id, fleet: e.name } });
    }
    return { apps, partial };
}
/** The services of app `id` among `services`: the one named after it, and every service named after no app of `ids`. */
function appServices(services, id, ids) {
    return services.filter((s) => s.name === id || !ids.has(s.name));
}
/**
 * The apps of a promotion's two fleet environments, paired by id: `pairs` promote, `onlyFrom` have no app in the
 * target (said, not promoted), `onlyTo` nothing to promote from (left as they are).
 */
function pairApps(from, to) {
    const into = new Map(to.apps.map((a) => [a.id, a]));
    const pairs = from.apps.flatMap((a) => (into.has(a.id) ? [{ id: a.id, from: a, to: into.get(a.id) }] : []));
    const paired = new Set(pairs.map((p) => p.id));
    return {
        pairs,
        onlyFrom: from.apps.filter((a) => !paired.has(a.id)).map((a) => a.id),
        onlyTo: to.apps.filter((a) => !paired.has(a.id)).map((a) => a.id),
    };
}
/** Each app environment expandFleets made, with the index of the environment it came from in the config's list. */
const configIndexes = new WeakMap();
/**
 * `envs` with every environment of many apps replaced, in place, by its apps at a commit whose files are `paths`
 * (each an environment of its own, `<env>/<id>`); the others as they are. An environment whose pattern is refused
 * or matches nothing adds nothing (the config's checks say so at its line).
 */
function expandFleets(envs, paths, where = {}) {
    if (!envs.some(isFleet))
        return [...envs];
    return envs.flatMap((e, i) => {
        if (!isFleet(e))
            return [e];
        let fleet;
        try {
            fleet = appsOf(e, paths, where);
        }
        catch {
            return [];
        }
        return (fleet?.apps ?? []).map((a) => {
            configIndexes.set(a.env, i);
            return a.env;
        });
    });
}
/** The index in the config's list of the environment `e` is (or, for an app expandFleets made, came from); `fallback` else. */
function configIndexOf(e, fallback) {
    return configIndexes.get(e) ?? fallback;
}
/** The config's name of the environment `e` is, or, for an app of an environment of many apps, came from. */
function configNameOf(e) {
    const fleet = e.fleet;
    return typeof fleet === 'string' ? fleet : e.name;
}
/** The app id of an environment appsOf made (`api` of `prod/api`); undefined for any other environment. */
function appIdOf(e) {
    const app = e.app;
    return typeof app === 'string' ? app : undefined;
}
/**
 * The environments `listed` as app `app` of a promotion between environments of many apps sees them: each one of
 * many apps replaced by its app `app` at a commit whose files are `paths`, or, where it has none, by an
 * environment of that name that pins nothing (it runs nothing of the app).
 */
function asApp(listed, app, paths) {
    return listed.map((e) => {
        if (!isFleet(e))
            return e;
        const found = appsOf(e, paths)?.apps.find((a) => a.id === app);
        if (found)
            return found.env;
        const none = Object.fromEntries(FLEET_KEYS.map((k) => [k, undefined]));
        return { ...e, ...none, name: `${e.name}/${app}`, values: `${e.name}/${app} (no such app)` };
    });
}

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

;// CONCATENATED MODULE: ./packages/core/src/git/cat-file.ts


/** A read refused because the object is larger than the reader was allowed to load. */
class ObjectTooLarge extends Error {
    size;
    constructor(spec, size, maxBytes) {
        super(`git object ${spec} is ${size} bytes, over the ${maxBytes} bytes allowed`);
        this.name = 'ObjectTooLarge';
        this.size = size;
    }
}
/**
 * One `git cat-file --batch` process and the requests sent to it, answered in
 * order. Once finished it takes no more requests, answers those it was sent
 * and exits; what it never answered (it died, or was aborted) is rejected.
 */
class CatFileProcess {
    child;
    queue = [];
    /** Requests not yet written: those made in one tick go to git in one write. */
    outbox = '';
    buf = Buffer.alloc(0);
    /**
     * The object in front when it is incomplete: its header, bytes and newline
     * gathered in one buffer of their size, announced by the header, as chunks
     * come in (`filled` bytes so far). A 3.5 MB CHANGELOG.md comes as ~55
     * chunks of 64 KiB: each is copied once into its place, and the object is
     * handed on as a view of that buffer. Joining the chunks and then copying
     * the object out of the join held three copies at once (~10 MB outside the
     * heap for one file); joining on every chunk copied ~100 MB.
     */
    fill;
    filled = 0;
    /** Bytes of a refused object (and its newline) still to be dropped from git's output. */
    skip = 0;
    /** Set once it takes no more requests (finished, exited or aborted). */
    done = false;
    constructor(cwd, env) {
        const child = (0,external_node_child_process_.spawn)('git', [...GIT_NO_HOOKS, 'cat-file', '--batch'], {
            cwd,
            env: { ...env, ...GIT_ENV },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdout.on('data', (d) => this.take(d));
        child.on('error', (e) => this.abort(new Error(`git cat-file ${e.message}: ${stderr.trim()}`)));
        child.on('close', (code) => this.abort(new Error(`git cat-file exited (${code}): ${stderr.trim()}`)));
        child.stdin.on('error', () => { });
        this.child = child;
    }
    read(spec, maxBytes) {
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject, maxBytes });
            // One write per tick instead of one per request: each write wakes git, and on a busy
            // machine every wake-up can cost this thread its turn on the CPU.
            if (this.outbox === '')
                process.nextTick(() => this.flush());
            this.outbox += `${spec}\n`;
        });
    }
    /** Takes no more requests: those sent are answered, then git exits. */
    finish() {
        if (this.done)
            return;
        this.flush();
        this.done = true;
        this.child.stdin.end();
    }
    /** Stops at once: every request not yet answered is rejected with `why`. */
    abort(why) {
        this.done = true;
        this.outbox = '';
        for (const p of this.queue.splice(0))
            p.reject(why);
        this.child.stdin.destroy();
        this.child.stdout.destroy();
    }
    /** How many requests wait for their answer. */
    get waiting() {
        return this.queue.length;
    }
    flush() {
        const text = this.outbox;
        this.outbox = '';
        if (text !== '' && !this.done)
            this.child.stdin.write(text);
    }
    /** A chunk of git's output: into the incomplete object's buffer while one is being gathered, else read. */
    take(d) {
        const fill = this.fill;
        if (!fill) {
            this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
            this.drain();
            return;
        }
        const n = Math.min(d.length, fill.length - this.filled);
        d.copy(fill, this.filled, 0, n);
        this.filled += n;
        if (this.filled < fill.length)
            return;
        this.fill = undefined;
        this.filled = 0;
        // The object is whole: read from its buffer, then whatever came after it in the chunk.
        this.buf = fill;
        this.drain();
        if (n < d.length)
            this.take(d.subarray(n));
    }
    drain() {
        while (this.queue.length > 0 || this.skip > 0) {
            if (this.skip > 0) {
                const n = Math.min(this.skip, this.buf.length);
                this.buf = this.buf.subarray(n);
                this.skip -= n;
                if (this.skip > 0)
                    return;
                continue;
            }
            const nl = this.buf.indexOf(10);
            if (nl < 0)
                return;
            const header = this.buf.subarray(0, nl).toString('utf8');
            const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
            if (!m) {
                // `<request> missing` or `<request> ambiguous`.
                this.buf = this.buf.subarray(nl + 1);
                this.queue.shift().resolve(undefined);
                continue;
            }
            const size = Number(m[3]);
            const limit = this.queue[0].maxBytes;
            if (limit !== undefined && size > limit) {
                // Refused from the header alone: the object's bytes are dropped as they arrive, never gathered.
                this.buf = this.buf.subarray(nl + 1);
                this.skip = size + 1;
                this.queue.shift().reject(new ObjectTooLarge(m[1], size, limit));
                continue;
            }
            if (this.buf.length < nl + 1 + size + 1) {
                // Gathered in a buffer of its own size as the rest comes (take), starting with what is here.
                this.fill = Buffer.allocUnsafe(nl + 1 + size + 1);
                this.filled = this.buf.copy(this.fill);
                this.buf = Buffer.alloc(0);
                return;
            }
            // An object that is most of the buffer (one gathered by take) is handed on as a view of it; a small one
            // is copied out, so that it does not keep a chunk of other objects' bytes alive.
            const view = this.buf.subarray(nl + 1, nl + 1 + size);
            const data = size * 2 >= this.buf.length ? view : Buffer.from(view);
            this.buf = this.buf.subarray(nl + 1 + size + 1);
            this.queue.shift().resolve({ oid: m[1], type: m[2], data });
        }
    }
}
/**
 * Reads objects through one persistent `git cat-file --batch` process: each
 * request is a line (`<oid>`, `<rev>:<path>`, `<ref>^{commit}`), answered in
 * order. One process serves every read of a run, so reading a thousand blobs
 * costs no more spawns than reading one. close() (after a fetch added objects
 * and refs) sends later reads to a fresh process while the old one answers
 * what it was already asked: one part of a run may fetch while another reads.
 */
class ObjectReader {
    current;
    /** Processes still answering (the current one, and closed ones with reads in flight). */
    live = new Set();
    disposed = false;
    cwd;
    env;
    constructor(cwd, env = process.env) {
        this.cwd = cwd;
        this.env = env;
    }
    /**
     * Reads one object by any spec cat-file accepts; undefined when it does not
     * exist. With `maxBytes`, a larger object is refused (ObjectTooLarge) from
     * the size git announces before its bytes: they are skipped, never kept.
     */
    read(spec, maxBytes) {
        if (/[\r\n]/.test(spec))
            return Promise.resolve(undefined);
        if (this.disposed)
            return Promise.reject(new Error('git cat-file: the object reader was disposed'));
        let p = this.current;
        if (!p || p.done) {
            const fresh = new CatFileProcess(this.cwd, this.env);
            this.live.add(fresh);
            this.current = p = fresh;
        }
        const answer = p.read(spec, maxBytes);
        const proc = p;
        const settle = () => {
            if (proc.done && proc.waiting === 0)
                this.live.delete(proc);
        };
        answer.then(settle, settle);
        return answer;
    }
    /** A blob's text (UTF-8), or undefined when missing or not a blob; over `maxBytes`, ObjectTooLarge. */
    async text(spec, maxBytes) {
        const o = await this.read(spec, maxBytes);
        return o && o.type === 'blob' ? o.data.toString('utf8') : undefined;
    }
    /** The full id of the commit a ref, tag or sha names; undefined when not in the repository. */
    async commit(ref) {
        if (ref.startsWith('-'))
            return undefined;
        const o = await this.read(`${ref}^{commit}`);
        return o?.type === 'commit' ? o.oid : undefined;
    }
    /**
     * Later reads start a fresh process (one that sees what a fetch added since);
     * the reads already made are answered by the process they were sent to,
     * which then exits.
     */
    close() {
        const p = this.current;
        this.current = undefined;
        if (!p)
            return;
        p.finish();
        if (p.waiting === 0)
            this.live.delete(p);
    }
    /**
     * Stops for good: work still under way in the background (a comparison
     * after the action already failed) gets an error for each read in flight
     * and for each later one, instead of a cat-file that would keep Node alive.
     */
    dispose() {
        this.disposed = true;
        this.current = undefined;
        for (const p of this.live) {
            const n = p.waiting;
            p.abort(new Error(`git cat-file: the object reader was disposed with ${n} read${n === 1 ? '' : 's'} in flight`));
        }
        this.live.clear();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/render/find.ts
// The kustomize an overlay is rendered with: a `kustomize` binary on PATH,
// else `kubectl kustomize` (kubectl 1.21 and later carry kustomize v4+; the
// GitHub-hosted Ubuntu runners ship kubectl). Kept apart from kustomize.ts so
// an action's entry chunk carries the finder only, not the renderer.





/** The first executable `name` on PATH. */
function find_onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const path = (0,external_node_path_.join)(dir, process.platform === 'win32' ? `${name}.exe` : name);
        try {
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
            return path;
        }
        catch {
            continue;
        }
    }
    return undefined;
}
/** A version query run with nothing of the runner's but PATH, 10 s at most. */
function ask(path, args) {
    const home = (0,external_node_os_.tmpdir)();
    const run = (0,external_node_child_process_.spawnSync)(path, args, {
        encoding: 'utf8',
        timeout: 10_000,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, KUBECONFIG: (0,external_node_path_.join)(home, 'lockstep-no-kubeconfig') },
    });
    return run.status === 0 ? run.stdout : undefined;
}
/** `kustomize` on PATH, else `kubectl` on PATH whose kustomize is v4 or later; undefined when neither answers. */
function findKustomize(env = process.env) {
    const k = find_onPath('kustomize', env);
    if (k) {
        // `kustomize version` prints `v5.4.2` (v5) or `{Version:kustomize/v4.5.7 …}` (v4).
        const version = (0,semver.coerce)(ask(k, ['version'])?.match(/v?\d+\.\d+\.\d+/)?.[0])?.version;
        if (version)
            return { path: k, args: ['build'], command: 'kustomize build', version, label: `kustomize v${version}` };
    }
    const kubectl = find_onPath('kubectl', env);
    if (!kubectl)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(ask(kubectl, ['version', '--client', '-o', 'json']) ?? 'null');
    }
    catch {
        return undefined;
    }
    const version = (0,semver.coerce)(typeof parsed?.kustomizeVersion === 'string' ? parsed.kustomizeVersion : undefined)?.version;
    // kubectl before 1.21 carries kustomize v2.0.3, which names no version here: not used.
    if (!version || Number(version.split('.')[0]) < 4)
        return undefined;
    return { path: kubectl, args: ['kustomize'], command: 'kubectl kustomize', version, label: `kubectl kustomize (kustomize v${version})` };
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./packages/core/src/async/young-generation.ts

/**
 * Keeps V8's young generation at the size it has, for a run about to parse a
 * lot of small YAML files. The yaml package allocates ~120 KB to parse a
 * 160-byte values.yaml (lexer, CST, composer), so a thousand-chart check
 * allocates ~600 MB of short-lived objects while holding ~20 MB. V8 answers
 * that rate by doubling the new space up to its ceiling (two 32 MB
 * semi-spaces), and the process's peak resident memory grows by those 64 MB
 * of garbage room (150 MB against 105 MB at the same live data), not by
 * anything kept. With growth factor 1 the new space stays where it is (1–2 MB
 * per semi-space); survivors are promoted a little earlier and scavenges run
 * more often, a few percent of the run's time.
 *
 * V8 reads this flag each time it considers growing the new space, so setting
 * it while the process runs takes effect (unlike --max-semi-space-size, read
 * once when the heap is set up, and a JavaScript action cannot pass Node
 * flags). It changes only how big the heap's nursery gets, never what the
 * program computes. Idempotent; process-wide, as every V8 flag is.
 */
function holdYoungGeneration() {
    heap.holdYoungGeneration();
}
/**
 * Has V8 grow the old generation's limit by 20 % of what a mark-compact left
 * live, for a run that parses a few large YAML files (a promotion of 500
 * services: four 320 KB values files). With the young generation held, each
 * parse's lexer tokens and CST outlive a scavenge or two and are promoted;
 * V8's own factor (up to 4× for a fast collector) then let the old
 * generation grow from ~21 MB to ~85 MB with ~36 MB live before its next
 * mark-compact, and the process peaked at 165–185 MB. At 1.2× the promoted
 * garbage is collected sooner: measured 137–140 MB at the same point, at a few
 * more mark-compacts. (--optimize-for-size also got there, but with memory-
 * reducing compactions that made the 500-service dry run ~25 % slower.) V8
 * reads the flag each time it sets the limit after a mark-compact, so setting
 * it while the process runs takes effect; like holdYoungGeneration it changes
 * when V8 collects, never what the program computes, and is process-wide.
 * Set by promote, status, release (a release at 100,000 commits and 1,000
 * charts: 132–142 MB peak without it, ~125 MB with it) and the PR check (at
 * that scale with three charts rendered: 185–188 MB without it, 130–148 MB with it).
 */
function favourSmallHeap() {
    heap.favourSmallHeap();
}
/**
 * Puts V8 in its memory-saver mode (which "tries to keep memory footprint low
 * at the expense of extra cpu cycles", says --memory-saver-mode) for a run
 * whose peak is parse garbage collected late. `lockstep status` at L (1,000
 * services, values files of ~200 KB) allocates ~430 MB, most of it in the
 * yaml parser, while ~25 MB is live; each parse's CST outlives the held young
 * generation and is promoted, and how far the old generation grows before a
 * mark-compact catches up varies from run to run with how the parsing main
 * thread and V8's marking threads are scheduled: the committed heap peaked at
 * 42–67 MB and the process at 109–150 MB, the highest on a quiet machine. In
 * memory-saver mode the committed heap stayed at 38–42 MB and the process at
 * 104–124 MB in 50 runs of the large-repo bench, at 5–10 % more time. V8
 * reads the flag while the process runs (measured: the same figures as
 * passing it to node); like the two above it changes when V8 collects, never
 * what the program computes, and is process-wide. Set by promote, whose dry
 * run at L peaked at 130–151 MB from run to run without it and at 119–125 MB
 * with it (~880 → ~980 ms). No longer by status: since its pins are read
 * through the pin index (deploy/pins/pin-index.ts, js-yaml events) rather than the
 * yaml package's syntax tree, its peak stays within 110–132 MB without it, and
 * the mode's extra collections were a fifth of its CPU at 100 environments.
 */
function saveHeapMemory() {
    heap.saveHeapMemory();
}
/**
 * Runs `work` with V8's memory-saver mode off, where saveHeapMemory put the process in it, and puts it back once
 * the last such work has ended (they may overlap: environments rendered at once). For a burst that allocates what
 * it keeps: a render's two outputs parsed and compared (300 objects, two 115 kB streams) build objects that stay
 * live to the end of the run, and in the mode V8 collected them again and again while they were built: 40–60 ms
 * more of a promotion's render. The plans' parse garbage, what the mode is set for, is made before and after,
 * with the mode on. Process-wide, as the flag is; it changes when V8 collects, never what the program computes.
 */
function young_generation_outsideMemorySaver(work) {
    return heap.outsideMemorySaver(work);
}
/** The heap settings of one process, each V8 flag set once through `set` (node:v8's setFlagsFromString). */
class HeapSettings {
    held = false;
    small = false;
    saver = false;
    lent = 0;
    set;
    constructor(set = external_node_v8_.setFlagsFromString) {
        this.set = set;
    }
    holdYoungGeneration() {
        if (this.held)
            return;
        this.held = true;
        this.set('--semi-space-growth-factor=1');
    }
    favourSmallHeap() {
        if (this.small)
            return;
        this.small = true;
        this.set('--heap-growing-percent=20');
    }
    saveHeapMemory() {
        if (this.saver)
            return;
        this.saver = true;
        if (this.lent === 0)
            this.set('--memory-saver-mode');
    }
    async outsideMemorySaver(work) {
        if (this.lent++ === 0 && this.saver)
            this.set('--no-memory-saver-mode');
        try {
            return await work();
        }
        finally {
            if (--this.lent === 0 && this.saver)
                this.set('--memory-saver-mode');
        }
    }
}
const heap = new HeapSettings();

// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var log = __webpack_require__(3603);
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
function diff_trimmedPatch(path, before, given, context) {
    const a = lines(before);
    const pure = pureHunk(a, before, viewText(given), context);
    if (pure)
        return { hunks: [pure] };
    const after = joinText(given);
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
        const patch = structuredPatch(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
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
    const pure = pureHunk(a, before, viewText(c.after), context);
    if (pure)
        return 3 + pure.lines.length;
    const counted = inPlaceLineCount(a, lines(joinText(c.after)), context);
    if (counted !== undefined)
        return 2 + counted;
    return diff_trimmedPatch(c.path, before, c.after, context).hunks.reduce((n, h) => n + 1 + h.lines.length, 2);
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
        if (sameText(c.before, c.after))
            continue;
        if (total >= limit) {
            total += changeLineCount(c, context);
            continue;
        }
        const patch = diff_trimmedPatch(c.path, c.before ?? '', c.after, context);
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
const logLine = (l) => escapeForLog(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`);
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

;// CONCATENATED MODULE: ./packages/core/src/render/ignore-paths.ts
// The fields an Argo CD Application's spec.ignoreDifferences names, as paths
// into a rendered object: its JSON pointers (RFC 6901) and its jq path
// expressions that are plain field paths (`.a.b["c"][0][]`); what selects or
// pipes is not read, and is said. compare.ts folds (or marks) what they name.
/** `[]` in a jq path: every item. */
const ALL = Symbol('every item');
/** Whether a rule of ignoreDifferences covers the object (group from the apiVersion, kind, and name/namespace when given). */
function ignore_paths_matches(rule, o) {
    const group = o.apiVersion.includes('/') ? o.apiVersion.slice(0, o.apiVersion.indexOf('/')) : '';
    if ((rule.group ?? '') !== group && rule.group !== '*')
        return false;
    if (rule.kind !== o.kind && rule.kind !== '*')
        return false;
    if (rule.name && rule.name !== o.name)
        return false;
    if (rule.namespace && rule.namespace !== o.namespace)
        return false;
    return true;
}
/** The paths a rule names: its JSON pointers (RFC 6901), and its jq expressions that are field paths (`.a.b["c"][0][]`). */
function ignore_paths_rulePaths(rule, unread) {
    const paths = [];
    for (const p of rule.jsonPointers ?? [])
        paths.push(p
            .split('/')
            .slice(1)
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
    for (const jq of rule.jqPathExpressions ?? []) {
        const path = jqPath(jq);
        if (path)
            paths.push(path);
        else if (!unread.includes(jq))
            unread.push(jq);
    }
    return paths;
}
/** A jq path expression made only of field names, quoted keys, indexes and `[]`; undefined for anything else (select, pipes…). */
function jqPath(expr) {
    const path = [];
    const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\.?\["((?:[^"\\]|\\.)*)"\]|\.?\[(\d+)\]|\.?\[\]/y;
    const s = expr.trim();
    if (!s.startsWith('.') || s === '.')
        return undefined;
    let at = 0;
    while (at < s.length) {
        re.lastIndex = at;
        const m = re.exec(s);
        if (!m)
            return undefined;
        if (m[1] !== undefined)
            path.push(m[1]);
        else if (m[2] !== undefined)
            path.push(JSON.parse(`"${m[2]}"`));
        else if (m[3] !== undefined)
            path.push(Number(m[3]));
        else
            path.push(ALL);
        at = re.lastIndex;
    }
    return path;
}
/** What a key or index of a node holds (undefined for ALL, which names many). */
function ignore_paths_child(node, key) {
    if (typeof key === 'symbol')
        return undefined;
    if (Array.isArray(node))
        return node[Number(key)];
    if (node && typeof node === 'object')
        return node[String(key)];
    return undefined;
}
/** Deletes what a path names (every item for `*`). */
function ignore_paths_removePath(node, path) {
    if (path.length === 0 || !node || typeof node !== 'object')
        return;
    const [head, ...rest] = path;
    const keys = head === ALL ? (Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) : [head];
    for (const k of keys) {
        if (rest.length > 0)
            ignore_paths_removePath(ignore_paths_child(node, k), rest);
        else if (Array.isArray(node))
            node[Number(k)] = undefined;
        else
            delete node[String(k)];
    }
    if (Array.isArray(node) && rest.length === 0) {
        const kept = node.filter((x) => x !== undefined);
        node.splice(0, node.length, ...kept);
    }
}
/** Whether a path names something in the node. */
function ignore_paths_hasPath(node, path) {
    let n = node;
    for (const k of path) {
        if (!n || typeof n !== 'object' || typeof k === 'symbol' || !(String(k) in n))
            return false;
        n = ignore_paths_child(n, k);
    }
    return true;
}
/** Sets what a path names (its last key in the node it reaches). */
function ignore_paths_setPath(node, path, value) {
    let n = node;
    for (const k of path.slice(0, -1))
        n = ignore_paths_child(n, k);
    const last = path[path.length - 1];
    if (n && typeof n === 'object' && typeof last !== 'symbol')
        n[String(last)] = value;
}
/** The values a path names (every item for ALL), in order; a path that names nothing gives none. */
function ignore_paths_valuesAt(node, path) {
    if (path.length === 0)
        return [node];
    if (!node || typeof node !== 'object')
        return [];
    const [head, ...rest] = path;
    const keys = head === ALL ? (Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) : [head];
    return keys.flatMap((k) => (String(k) in node ? ignore_paths_valuesAt(ignore_paths_child(node, k), rest) : []));
}

;// CONCATENATED MODULE: ./packages/core/src/render/compare.ts
// Two renders of an environment, object by object: added, removed, changed
// (a unified diff of the object's YAML, keys sorted). What is not a change a
// reviewer should read is taken out first and counted: the paths the
// Application's spec.ignoreDifferences names where its sync respects them
// (`RespectIgnoreDifferences=true`; else Argo CD applies them on every sync,
// so a change to them is shown and marked), values that differ between two
// renders of the same input (randAlphaNum, genCA, now), and lines matching the
// ignore patterns (by default the chart-version churn: helm.sh/chart,
// app.kubernetes.io/version, checksum/* annotations). A Secret's data and
// stringData values never reach the text, nor anything derived from them: each
// shows as <unchanged>, <changed> or <masked> (maskSecrets).



/** The lines of chart-version churn, ignored unless `ignore-defaults: false`. */
const DEFAULT_IGNORE = (/* unused pure expression or super */ null && ([
    String.raw `^\s*helm\.sh/chart:\s`,
    String.raw `^\s*app\.kubernetes\.io/version:\s`,
    String.raw `^\s*checksum/[^:]*:\s`,
]));
/**
 * A side's objects printed ahead of the comparison (keys sorted, ignored lines split out), as compareRenders
 * prints an object that no ignoreDifferences rule covers and that holds no Secret: the before side is printed
 * while the after side renders. Made for `opts`; compareRenders reads them only with the same ignore patterns.
 */
function compare_printObjects(objects, opts) {
    const printed = new Map();
    for (const o of objects.values()) {
        if (opts.ignoreDifferences.some((r) => !r.appliedOnSync && matches(r, o)))
            continue;
        if (hasSecret(o.body))
            printed.set(o, { secret: true });
        else {
            const text = sortedYaml(o.body);
            const [kept, taken] = splitIgnored(text, opts.ignore);
            printed.set(o, { secret: false, text, kept, taken });
        }
    }
    return { ignore: opts.ignore, printed };
}
/**
 * Compares the objects before and after; `again` is a second render of the after side (its differences are
 * non-deterministic); `ahead`, objects of either side already printed (printObjects).
 */
function compare_compareRenders(before, after, again, opts, ahead) {
    const out = {
        changes: [],
        counts: { changed: 0, added: 0, removed: 0 },
        unchanged: 0,
        ignoredLines: 0,
        nondeterministic: 0,
        unread: [],
        appliedOnSync: 0,
    };
    // Only what the deployer never applies is folded: fields Argo CD's diff ignores but its sync applies are shown, marked.
    const rules = opts.ignoreDifferences.filter((r) => !r.appliedOnSync).map((r) => ({ rule: r, paths: rulePaths(r, out.unread) }));
    const applied = opts.ignoreDifferences.filter((r) => r.appliedOnSync).map((r) => ({ rule: r, paths: rulePaths(r, out.unread) }));
    const printed = ahead && sameList(ahead.ignore, opts.ignore) ? ahead.printed : undefined;
    const secret = (o) => {
        const p = o && printed?.get(o);
        return p ? p.secret : hasSecret(o?.body);
    };
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const key of keys) {
        const was = before.get(key);
        const now = after.get(key);
        const obj = (now ?? was);
        const ignored = rules.flatMap(({ rule, paths }) => (matches(rule, obj) ? paths : []));
        const second = again?.get(key);
        // With nothing ignored, the non-deterministic leaves are found on the objects as rendered (key order is no difference).
        const leaves = ignored.length === 0 && now && second ? differingLeaves(now.body, second.body, []).filter((p) => p.length > 0) : undefined;
        let bText;
        let aText;
        let bSplit;
        let aSplit;
        if (ignored.length === 0 && !leaves?.length && !secret(was) && !secret(now)) {
            // Nothing to take out or mask: each object is printed as it is, keys sorted, without a copy (or was, ahead).
            const b = was && printed?.get(was);
            const a = now && printed?.get(now);
            bText = b && !b.secret ? b.text : was ? sortedYaml(was.body) : '';
            aText = a && !a.secret ? a.text : now ? sortedYaml(now.body) : '';
            if (b && !b.secret)
                bSplit = [b.kept, b.taken];
            if (a && !a.secret)
                aSplit = [a.kept, a.taken];
        }
        else {
            // Copies with their keys sorted: what is ignored or masked is taken out of them, and they are printed as they are.
            const b = was ? sortedKeys(was.body) : undefined;
            const a = now ? sortedKeys(now.body) : undefined;
            for (const p of ignored)
                for (const side of [a, b])
                    if (side)
                        removePath(side, p);
            if (a && second) {
                let differing = leaves;
                if (!differing) {
                    const c = sortedKeys(second.body);
                    for (const p of ignored)
                        removePath(c, p);
                    differing = differingLeaves(a, c, []).filter((p) => p.length > 0);
                }
                for (const p of differing) {
                    out.nondeterministic++;
                    setPath(a, p, '<non-deterministic>');
                    if (b && hasPath(b, p))
                        setPath(b, p, '<non-deterministic>');
                }
            }
            maskSecrets(b, a);
            bText = b ? stableYaml(b) : '';
            aText = a ? stableYaml(a) : '';
        }
        const [bKept, bIgnored] = bSplit ?? splitIgnored(bText, opts.ignore);
        const [aKept, aIgnored] = aSplit ?? splitIgnored(aText, opts.ignore);
        out.ignoredLines += changedLines(bIgnored, aIgnored);
        const change = !was ? 'added' : !now ? 'removed' : 'changed';
        if (change === 'changed' && bKept === aKept) {
            out.unchanged++;
            continue;
        }
        out.counts[change]++;
        const label = objectLabel(obj);
        const onSync = change === 'changed' &&
            applied.some(({ rule, paths }) => matches(rule, obj) && paths.some((p) => JSON.stringify(valuesAt(was.body, p)) !== JSON.stringify(valuesAt(now.body, p))));
        if (onSync)
            out.appliedOnSync++;
        const mark = onSync ? { appliedOnSync: true } : {};
        if (opts.summarize.includes(obj.kind)) {
            out.changes.push({
                object: label,
                key,
                change,
                ...mark,
                diff: '',
                size: { ...(was ? { before: Buffer.byteLength(bText) } : {}), ...(now ? { after: Buffer.byteLength(aText) } : {}) },
            });
            continue;
        }
        out.changes.push({ object: label, key, change, ...mark, diff: hunksText(label, bKept, aKept) });
    }
    return out;
}
/** The lines a pattern ignores taken out: the text kept and the lines taken. */
function splitIgnored(text, ignore) {
    if (ignore.length === 0)
        return [text, []];
    const kept = [];
    const taken = [];
    // Each line with its \n (the last one without, when the text does not end in one; '' is one empty line), cut in place.
    for (let at = 0; at < text.length || at === 0;) {
        const end = text.indexOf('\n', at);
        const line = end === -1 ? text.slice(at) : text.slice(at, end + 1);
        (ignore.some((r) => r.test(line)) ? taken : kept).push(line);
        if (end === -1)
            break;
        at = end + 1;
    }
    return [kept.join(''), taken];
}
/** Whether two lists of patterns are the same patterns, in order. */
function sameList(a, b) {
    return a === b || (a.length === b.length && a.every((r, i) => r.source === b[i].source && r.flags === b[i].flags));
}
/** How many ignored lines changed: the larger of the lines only before and the lines only after. */
function changedLines(before, after) {
    const left = new Map();
    for (const l of before)
        left.set(l, (left.get(l) ?? 0) + 1);
    let onlyAfter = 0;
    for (const l of after) {
        const n = left.get(l) ?? 0;
        if (n > 0)
            left.set(l, n - 1);
        else
            onlyAfter++;
    }
    let onlyBefore = 0;
    for (const n of left.values())
        onlyBefore += n;
    return Math.max(onlyBefore, onlyAfter);
}
/** The hunks of the diff, `@@` lines included, no file heads. */
function hunksText(label, before, after) {
    const { hunks } = trimmedPatch(label, before, after, 3);
    const lines = [];
    for (const h of hunks) {
        lines.push(`@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`);
        for (let i = 0; i < h.lines.length; i++) {
            const l = h.lines.at(i);
            if (!l.startsWith('\\'))
                lines.push(l);
        }
    }
    return lines.join('\n');
}
const asData = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const isSecret = (v) => v?.kind === 'Secret';
/** What a value is compared as: its text (a string as it is, anything else as JSON). */
const valueText = (v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
const NON_DETERMINISTIC = '<non-deterministic>';
/** Whether data holds a Secret (a map of `kind: Secret`) at any depth: what maskSecrets would change. */
function hasSecret(v, seen = new Set()) {
    if (!v || typeof v !== 'object' || seen.has(v))
        return false;
    seen.add(v);
    if (Array.isArray(v))
        return v.some((x) => hasSecret(x, seen));
    if (isSecret(v))
        return true;
    for (const k of Object.keys(v))
        if (hasSecret(v[k], seen))
            return true;
    return false;
}
/**
 * Every Secret's `data` and `stringData` values masked, on both sides of one
 * object and at any depth in it (a Secret held inside another object or an
 * unwrapped list): a value the same on both sides shows as `<unchanged>`, a
 * value that changed as `<masked>` before and `<changed>` after, a value on one
 * side only as `<masked>`. Nothing derived from a value is printed — a hash,
 * even a short one, of a password is reversed by hashing a word list — and the
 * text is the same on every run, so a pull request body does not churn.
 */
function maskSecrets(before, after) {
    const b = asData(before);
    const a = asData(after);
    if (isSecret(b) || isSecret(a))
        for (const field of ['data', 'stringData'])
            maskField(isSecret(b) ? b : undefined, isSecret(a) ? a : undefined, field);
    if (Array.isArray(before) || Array.isArray(after)) {
        const bs = Array.isArray(before) ? before : [];
        const as = Array.isArray(after) ? after : [];
        for (let i = 0; i < Math.max(bs.length, as.length); i++)
            maskSecrets(bs[i], as[i]);
    }
    else if (b || a)
        for (const k of new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})]))
            maskSecrets(b?.[k], a?.[k]);
}
/** One Secret field masked on each side it is on (maskSecrets): per key when it is a map on both, else whole. */
function maskField(before, after, field) {
    const b = before?.[field];
    const a = after?.[field];
    const bMap = asData(b);
    const aMap = asData(a);
    if (bMap && aMap) {
        const was = { ...bMap };
        for (const k of Object.keys(bMap))
            if (bMap[k] !== NON_DETERMINISTIC)
                bMap[k] = k in aMap && valueText(aMap[k]) === valueText(bMap[k]) ? '<unchanged>' : '<masked>';
        for (const k of Object.keys(aMap))
            if (aMap[k] !== NON_DETERMINISTIC)
                aMap[k] = !(k in was) ? '<masked>' : valueText(was[k]) === valueText(aMap[k]) ? '<unchanged>' : '<changed>';
        return;
    }
    const same = b !== undefined && a !== undefined && valueText(a) === valueText(b);
    const each = (map) => {
        for (const k of Object.keys(map))
            if (map[k] !== NON_DETERMINISTIC)
                map[k] = '<masked>';
    };
    if (bMap)
        each(bMap);
    else if (before && b !== undefined)
        before[field] = same ? '<unchanged>' : '<masked>';
    if (aMap)
        each(aMap);
    else if (after && a !== undefined)
        after[field] = same ? '<unchanged>' : b !== undefined ? '<changed>' : '<masked>';
}
/** The leaf paths where two renders of the same input differ. */
function differingLeaves(a, b, at) {
    if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
        if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
            return [at];
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        const out = [];
        for (const k of keys) {
            const key = Array.isArray(a) ? Number(k) : k;
            if (!(k in a) || !(k in b)) {
                if (k in a)
                    out.push([...at, key]);
                continue;
            }
            out.push(...differingLeaves(child(a, key), child(b, key), [...at, key]));
        }
        return out;
    }
    return a === b ? [] : [at];
}

;// CONCATENATED MODULE: ./packages/core/src/render/deterministic.ts
// Whether a Helm render's output is fixed by its inputs: then a second render
// of the same side cannot differ from the first, and the non-determinism
// re-render (render.ts) is not run. A `helm template` of fixed inputs (chart,
// values, --set, release, namespace, --kube-version) differs between two runs
// only through a function that reads randomness, the clock, the environment or
// the network; a template calls a function only by its name, so a chart none of
// whose template texts holds one of those names as a word cannot call one. With
// `tpl` (which evaluates a string as a template) any string the render holds may
// be a template: then every file of the chart, each values text and each --set
// value is read for the names too. Anything that cannot be read as text (a
// packaged subchart in a chart folder, an archive that does not unpack) keeps the
// re-render, as does any hit, even one in a comment.
//
// What is not caught is a name assembled at render time from pieces for `tpl`
// (`tpl (print "{{ randAl" "phaNum 8 }}") .`): its effect is a value that
// differs between renders shown as changed where it would have been marked
// `<non-deterministic>`, never a change hidden.



/**
 * Every Helm or sprig function whose answer is not fixed by its arguments: randomness (rand*, uuidv4, shuffle,
 * keys and salts of the crypto functions), the clock (now and what reads it or a local time zone: date*, ago,
 * durationRound, unixEpoch, toDate), the network (getHostByName, lookup), and the ones named with them although
 * their answer is fixed (buildCustomCert, derivePassword, decryptAES), kept for caution. sprig's env and
 * expandenv are not in Helm's function map (a template that calls them does not render).
 */
const NON_DETERMINISTIC_FUNCTIONS = [
    'randAlphaNum',
    'randAlpha',
    'randAscii',
    'randNumeric',
    'randSeededNumeric',
    'randBytes',
    'randInt',
    'uuidv4',
    'shuffle',
    'now',
    'date',
    'dateInZone',
    'date_in_zone',
    'dateModify',
    'date_modify',
    'mustDateModify',
    'must_date_modify',
    'htmlDate',
    'htmlDateInZone',
    'unixEpoch',
    'ago',
    'durationRound',
    'toDate',
    'mustToDate',
    'genCA',
    'genCAWithKey',
    'genPrivateKey',
    'genSelfSignedCert',
    'genSelfSignedCertWithKey',
    'genSignedCert',
    'genSignedCertWithKey',
    'buildCustomCert',
    'derivePassword',
    'htpasswd',
    'bcrypt',
    'encryptAES',
    'decryptAES',
    'getHostByName',
    'lookup',
];
/** One of the names, as a word of a Go template (letters, digits and `_` on neither side). */
const NAMED = new RegExp(`(?<![A-Za-z0-9_])(?:${NON_DETERMINISTIC_FUNCTIONS.join('|')})(?![A-Za-z0-9_])`);
const TPL = /(?<![A-Za-z0-9_])tpl(?![A-Za-z0-9_])/;
/** A gzip bomb stops here (far above any chart's unpacked size, subcharts included). */
const deterministic_MAX_UNPACKED = 64 * 1024 * 1024;
/** Packaged subcharts are read this deep. */
const deterministic_MAX_DEPTH = 5;
/** Whether a path is a template of a chart or of one of its subcharts (any `templates/` folder, a superset of Helm's). */
const isTemplate = (path) => /(^|\/)templates\//.test(path);
/**
 * Whether two renders of `side` must print the same text: none of the
 * functions above named in its templates (nor, where a template calls `tpl`,
 * in any file of the chart, values text or --set value). False when any part
 * of the chart cannot be read.
 */
async function fixedRender(side) {
    let texts;
    if ('tgz' in side.chart)
        texts = await archiveTexts(side.chart.tgz, 0, { left: deterministic_MAX_UNPACKED });
    else {
        texts = [];
        for (const [path, text] of side.chart.files) {
            // A packaged subchart kept among the files is bytes read as text: it cannot be searched.
            if (/\.(tgz|tar\.gz)$/i.test(path))
                return false;
            texts.push({ path, text, template: isTemplate(path) });
        }
    }
    if (!texts)
        return false;
    const templates = texts.filter((t) => t.template);
    if (templates.some((t) => NAMED.test(t.text)))
        return false;
    if (!templates.some((t) => TPL.test(t.text)))
        return true;
    const strings = [...texts.map((t) => t.text), ...side.values, ...(side.set ?? []).flatMap((s) => [s.name, s.value])];
    return !strings.some((s) => NAMED.test(s));
}
/** A packaged chart's files as text (`<chart>/…` with the chart folder taken off), its packaged subcharts' inside theirs; undefined when it cannot be read. */
async function archiveTexts(tgz, depth, budget) {
    if (budget.left < 1)
        return undefined;
    let tar;
    try {
        tar = await (0,external_node_util_.promisify)(external_node_zlib_.gunzip)(tgz, { maxOutputLength: budget.left });
    }
    catch {
        return undefined;
    }
    budget.left -= tar.length;
    const entries = [];
    const reader = (0,tar_stream.extract)();
    const done = (async () => {
        for await (const entry of reader) {
            const chunks = [];
            // tar-stream's entries yield Buffers; its types say unknown.
            for await (const chunk of entry)
                chunks.push(chunk);
            if (entry.header.type === 'file')
                entries.push({ path: entry.header.name.replace(/^\.\/+/, ''), bytes: Buffer.concat(chunks) });
        }
    })();
    reader.end(tar);
    try {
        await done;
    }
    catch {
        return undefined;
    }
    const texts = [];
    for (const { path, bytes } of entries) {
        const inChart = path.split('/').slice(1).join('/');
        if (/\.(tgz|tar\.gz)$/i.test(path)) {
            if (depth >= deterministic_MAX_DEPTH)
                return undefined;
            const sub = await archiveTexts(bytes, depth + 1, budget);
            if (!sub)
                return undefined;
            for (const t of sub)
                texts.push({ ...t, path: `${inChart}/${t.path}` });
        }
        else
            texts.push({ path: inChart, text: bytes.toString('utf8'), template: isTemplate(inChart) });
    }
    return texts;
}

;// CONCATENATED MODULE: ./packages/core/src/render/hooks.ts
// Helm test hooks: objects annotated `helm.sh/hook: test` (or Helm 2's
// `test-success`, which Helm 3 and 4 still read as `test`; a hook name Helm
// does not know leaves the object out of `helm template` altogether) are what `helm test` creates, not
// what an install or an upgrade applies. Neither Argo CD (it maps Helm's
// install and upgrade hooks to its own sync phases and skips a hook it has no
// phase for) nor Flux's helm-controller (Helm's own install, tests run only
// when `spec.test.enable` asks) applies them on a sync, so they are no part
// of what the cluster receives: a chart that names its test Pod with
// randAlphaNum would otherwise show one added and one removed in every diff,
// and a test image would be judged as if it ran.
const TEST_HOOKS = new Set(['test', 'test-success']);
/** Whether an object is a Helm test hook and nothing else: every hook its `helm.sh/hook` annotation lists is a test. */
function isTestHook(o) {
    const meta = o.body.metadata;
    const annotations = meta && typeof meta === 'object' ? meta.annotations : undefined;
    const hook = annotations && typeof annotations === 'object' ? annotations['helm.sh/hook'] : undefined;
    if (typeof hook !== 'string')
        return false;
    const kinds = hook
        .split(',')
        .map((h) => h.trim())
        .filter((h) => h !== '');
    return kinds.length > 0 && kinds.every((h) => TEST_HOOKS.has(h));
}
/** The objects without Helm's test hooks, and the labels of those taken out (counted apart in the render's report). */
function withoutTestHooks(objects) {
    const testHooks = [];
    for (const [key, o] of objects)
        if (isTestHook(o)) {
            objects.delete(key);
            testHooks.push(`${o.kind} ${o.name}`);
        }
    return { objects, testHooks };
}

;// CONCATENATED MODULE: ./packages/core/src/render/render.ts
// One environment rendered before and after a change, and compared. Each side
// is a chart (its files, or an OCI chart's .tgz), values texts in order,
// `--set` parameters, a release name and a namespace; renders are cached by
// (chart digest, values digests, arguments), so a side rendered for one
// environment is not rendered again for another with the same inputs. The
// before and after sides render at once; where their outputs differ, the after
// side is rendered a second time, started before either output is parsed:
// what differs between the two is non-deterministic (compare.ts). Where
// nothing differs, or where the side cannot render two texts (a chart that
// names no function of randomness, the clock or the network: deterministic.ts),
// that second render is not run. The two sides are compared
// while it runs; only where it prints another text than the first are they
// compared again, with it.












/** Runs renders through one Helm binary, each input once. */
class Renderer extends CachedRenderer {
    helm;
    cluster;
    limits;
    /**
     * With `shareCharts`, a chart folder is written once for all the renders given the same files map (hydrate's
     * 300 environments of one chart: 300 × its files written otherwise), kept until dispose().
     */
    shared;
    sharedDirs = [];
    fixedSides = new Map();
    /** With `probeVersion`, the nonce of the template each run of a chart folder adds to learn Helm's version (versionProbe). */
    nonce;
    /**
     * With `probeVersion`, each render of a chart folder also prints the version of the Helm that runs it
     * (TemplateOutcome's helmVersion; its line is taken out of the output): promote learns it so, not by `helm version`.
     */
    constructor(helm, cluster = {}, limits = {}, shareCharts = false, probeVersion = false) {
        super();
        this.helm = helm;
        this.cluster = cluster;
        this.limits = limits;
        if (shareCharts)
            this.shared = new WeakMap();
        if (probeVersion)
            this.nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    }
    /** Removes the shared chart folders. */
    dispose() {
        for (const dir of this.sharedDirs.splice(0))
            removeFolder(dir);
    }
    /** Whether two renders of the side must print the same text (deterministic.ts), read once per side. */
    fixed(side) {
        const key = this.key(side);
        let fixed = this.fixedSides.get(key);
        if (!fixed)
            this.fixedSides.set(key, (fixed = fixedRender(side).catch(() => false)));
        return fixed;
    }
    key(side) {
        return render_sideDigest(side, this.cluster);
    }
    /** Helm's output without its test hooks (hooks.ts): no deployer applies them on a sync; they are counted apart. */
    objectsOf(stdout, namespace) {
        const read = super.objectsOf(stdout, namespace);
        if (!read.ok)
            return read;
        const { objects, testHooks } = withoutTestHooks(read.objects);
        return { ok: true, objects, ...(testHooks.length > 0 ? { testHooks } : {}) };
    }
    async run(side, dir, background) {
        let chart;
        /** The nonce of the version probe written into the chart folder, when one was. */
        let probed;
        if ('tgz' in side.chart) {
            chart = (0,external_node_path_.join)(dir, 'chart.tgz');
            (0,external_node_fs_.writeFileSync)(chart, side.chart.tgz);
        }
        else if (this.shared) {
            const files = side.chart.files;
            chart = this.shared.get(files) ?? '';
            if (!chart) {
                const top = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lockstep-chart-'));
                this.sharedDirs.push(top);
                chart = (0,external_node_path_.join)(top, 'chart');
                writeChart(chart, files);
                this.shared.set(files, chart);
            }
        }
        else {
            chart = (0,external_node_path_.join)(dir, 'chart');
            writeChart(chart, side.chart.files);
            probed = this.nonce && writeProbe(chart, this.nonce);
        }
        const valuesFiles = side.values.map((text, i) => {
            const f = (0,external_node_path_.join)(dir, `values-${i}.yaml`);
            (0,external_node_fs_.writeFileSync)(f, text);
            return f;
        });
        const outcome = await helmTemplate(this.helm, {
            chart,
            release: side.release,
            namespace: side.namespace,
            valuesFiles,
            set: side.set,
            kubeVersion: this.cluster.kubeVersion,
            apiVersions: this.cluster.apiVersions,
        }, this.limits, background);
        if (!probed || !outcome.ok)
            return outcome;
        const { stdout, version } = takeVersionProbe(outcome.stdout, probed);
        return { ok: true, stdout, ...(version ? { helmVersion: version } : {}) };
    }
}
/** Writes versionProbe's template into a chart folder; its nonce, or undefined where it cannot (a templates/ that is no folder). */
function writeProbe(chart, nonce) {
    const probe = versionProbe(nonce);
    try {
        writeChart(chart, new Map([[probe.file, probe.text]]));
        return nonce;
    }
    catch {
        return undefined; // rendered as it is: the version is asked of `helm version`
    }
}
function writeChart(chart, files) {
    for (const [path, text] of files) {
        const to = (0,external_node_path_.join)(chart, ...path.split('/'));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(to), { recursive: true });
        (0,external_node_fs_.writeFileSync)(to, text);
    }
}
/** The cache key of a side: its chart's digest, each values text's digest, and the arguments. */
function render_sideDigest(side, cluster) {
    const chart = 'tgz' in side.chart ? (0,external_node_crypto_.createHash)('sha256').update('tgz\0').update(side.chart.tgz).digest('hex') : filesDigest(side.chart.files);
    const values = side.values.map((v) => (0,external_node_crypto_.createHash)('sha256').update(v).digest('hex'));
    return JSON.stringify([
        chart,
        values,
        side.release,
        side.namespace ?? '',
        side.set ?? [],
        cluster.kubeVersion ?? '',
        cluster.apiVersions ?? [],
    ]);
}
/**
 * An environment's comparison: `before` and `after` rendered (after twice
 * when they differ), compared with `opts` (a Helm Renderer's sides, or a
 * KustomizeRenderer's). A side that cannot be had is said (skipped); an after
 * side that fails to render is the failure, with Helm's (or kustomize's)
 * message; a before side that fails leaves every object as added, and is
 * said; `nothing` before (a new chart) is every object added.
 */
function renderEnvironment(renderer, environment, before, after, opts, what) {
    // Both outputs parsed and compared build objects kept to the end: V8's memory-saver mode (a promotion's, for its
    // plans' garbage) would collect them again and again while they are built.
    return outsideMemorySaver(async () => {
        const base = { environment, ...(what ? { what } : {}) };
        if ('unavailable' in after)
            return { ...base, status: 'skipped', message: after.unavailable, ...(after.refused ? { refused: after.refused } : {}) };
        const renders = typeof before === 'object' && !('unavailable' in before);
        // Read while the renders run: whether the after side can print another text when rendered again.
        const fixed = renderer.fixed?.(after) ?? Promise.resolve(false);
        const texts = Promise.all([
            renders ? renderer.output(before).then((o) => (o.ok ? o.stdout : undefined)) : undefined,
            renderer.output(after).then((o) => (o.ok ? o.stdout : undefined)),
        ]);
        texts.catch(() => undefined); // awaited below; a failure meanwhile is not an unhandled rejection
        // Where no second render can follow, the before side is parsed as soon as its text is there, and its objects
        // printed for the comparison: a side rendered ahead (promote renders the environment as it runs while it plans)
        // is read while the after side's Helm runs.
        const ahead = renders && (await fixed)
            ? renderer.render(before).then((o) => (o.ok ? printObjects(o.objects, opts) : undefined), () => undefined)
            : undefined;
        const [wasText, nowText] = await texts;
        // The second render (what differs between two renders of one input is non-deterministic) only where a
        // difference was found, and not for a side that cannot print another text; two texts that differ start it at
        // once, so it runs while both are parsed.
        const second = nowText !== undefined && wasText !== nowText && !(await fixed) ? renderer.output(after, true) : undefined;
        const [was, now] = await Promise.all([
            before === 'nothing'
                ? Promise.resolve({ ok: true, objects: new Map() })
                : 'unavailable' in before
                    ? Promise.resolve({ ok: false, reason: 'unavailable', message: before.unavailable })
                    : renderer.render(before),
            renderer.render(after),
        ]);
        if (!now.ok)
            return { ...base, status: 'failed', message: now.message };
        const beforeObjects = was.ok ? was.objects : new Map();
        // Compared without the second render while it runs: where it prints the same text (or the two sides hold the same
        // objects), that comparison is the answer; else the two are compared again with it.
        const printed = await ahead;
        const diff = compareRenders(beforeObjects, now.objects, undefined, opts, printed);
        const againText = second && (await second);
        // An again render that printed the same text finds nothing non-deterministic: it needs no parse.
        const again = !againText?.ok || againText.stdout === nowText || (was.ok && sameObjects(was.objects, now.objects))
            ? undefined
            : await renderer.render(after, true);
        const beforeFailed = was.ok ? undefined : was.message;
        return {
            ...base,
            status: 'rendered',
            diff: again?.ok ? compareRenders(beforeObjects, now.objects, again.objects, opts, printed) : diff,
            after: now.objects,
            ...(now.testHooks ? { testHooks: now.testHooks } : {}),
            ...(beforeFailed ? { beforeFailed } : {}),
        };
    });
}
/**
 * A side's objects as `renderer` gives them (its one render, parsed once), for what reads a side beside the
 * comparison (the schemas of its kinds, loaded ahead); undefined for no side (`nothing`, unavailable).
 */
function sideRender(renderer, side) {
    return typeof side === 'object' && !('unavailable' in side) ? renderer.render(side) : undefined;
}
/** Whether two renders hold the same objects with the same bodies. */
function sameObjects(a, b) {
    if (a.size !== b.size)
        return false;
    for (const [key, o] of a) {
        const other = b.get(key);
        if (!other || !isDeepStrictEqual(o.body, other.body))
            return false;
    }
    return true;
}
/**
 * A chart folder's files, with its dependencies as `helm dependency build`
 * would place them: a subchart already under charts/ as a folder is kept, a
 * `file://` one is read from its folder (recursively) into charts/<name>/.
 * Any other cannot be rendered here (lockstep renders without network, and a
 * packaged subchart kept in git is not read): the side is unavailable, and
 * `refused` names the Chart.yaml line of the dependency, so a guard that
 * cannot judge the environment fails closed there (render-guards.ts, promote).
 */
async function readChartFolder(reader, dir, depth = 0) {
    const paths = await reader.list(dir);
    if (!paths || paths.length === 0)
        return { unavailable: `no chart files at ${dir}` };
    const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
    const files = new Map();
    const texts = await Promise.all(paths.map((p) => reader.read(p)));
    paths.forEach((p, i) => {
        if (texts[i] !== undefined && p.startsWith(prefix))
            files.set(p.slice(prefix.length), texts[i]);
    });
    const chartYaml = files.get('Chart.yaml');
    if (chartYaml === undefined)
        return { unavailable: `no Chart.yaml in ${dir}` };
    const deps = dependenciesOf(chartYaml);
    if (!deps)
        return { unavailable: `${prefix}Chart.yaml is no YAML` };
    const at = (line, hint) => ({ file: `${prefix}Chart.yaml`, line, hint });
    for (const d of deps) {
        const { name, repository: repo, line } = d;
        if ([...files.keys()].some((p) => p.startsWith(`charts/${name}/`)))
            continue;
        if ([...files.keys()].some((p) => p.startsWith(`charts/${name}-`) && p.endsWith('.tgz') && !p.slice(7).includes('/')))
            return {
                unavailable: `${name} unavailable (a packaged subchart kept in git is not read)`,
                refused: at(line, `unpack charts/${name}-*.tgz into the folder charts/${name}/, so the subchart the cluster receives is the one reviewed`),
            };
        if (!repo.startsWith('file://') || depth > 5)
            return {
                unavailable: `${name} unavailable (${repo || 'no repository'}: lockstep renders without network)`,
                refused: at(line, `vendor ${name}: helm dependency build, then commit charts/${name}/ unpacked (or name a file:// folder of this repository), so what the cluster receives is what is reviewed`),
            };
        const sub = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, repo.slice('file://'.length)));
        if (sub.startsWith('..'))
            return {
                unavailable: `${name} unavailable (${repo} is outside the repository)`,
                refused: at(line, 'name a folder inside the repository'),
            };
        const read = await readChartFolder(reader, sub, depth + 1);
        if ('unavailable' in read)
            return {
                ...read,
                unavailable: `${name} unavailable (${read.unavailable})`,
                refused: read.refused ?? at(line, 'fix the subchart folder it names'),
            };
        for (const [p, t] of read.files)
            files.set(`charts/${name}/${p}`, t);
    }
    return { files };
}
/** A Chart.yaml's dependencies with a name, each with its repository and 1-based line; undefined when the file is no YAML. */
function dependenciesOf(chartYaml) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(chartYaml, { lineCounter: lines });
    if (doc.errors.length > 0)
        return undefined;
    const list = doc.get('dependencies', true);
    if (!(0,dist/* isSeq */.oP)(list))
        return [];
    return list.items.flatMap((item) => {
        if (!(0,dist/* isMap */.jh)(item))
            return [];
        const name = item.get('name');
        const repository = item.get('repository');
        if (typeof name !== 'string' || name === '')
            return [];
        return [{ name, repository: typeof repository === 'string' ? repository : '', line: lines.linePos(item.range?.[0] ?? 0).line }];
    });
}

;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/layout.ts
// What a hydrated branch holds, in GitOps Promoter's hydrator contract: `hydrator.metadata` (JSON naming the
// DRY commit) beside the manifests, as one `manifest.yaml` (Argo CD Source Hydrator's layout) or one file per
// object. Each object is written with its keys sorted (render/objects.ts's stable YAML) and the objects in the
// order of their keys (apiVersion, kind, namespace, name): the bytes depend on the DRY commit and the
// renderer's version only, never on the order a tool printed them in. Pure: the run gives the objects.


/** hydrator.metadata's JSON: drySha, repoURL, author, date, subject, body and references, two-space indented, one final newline. */
function metadataText(dry, repoURL) {
    const doc = {
        drySha: dry.sha,
        ...(repoURL ? { repoURL } : {}),
        author: dry.author,
        date: dry.date,
        subject: dry.subject,
        body: dry.body,
        references: [],
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}
/** Why a render cannot be written: a Secret in clear. */
class SecretInRender extends Error {
    secrets;
    constructor(secrets) {
        super(`the render holds ${secrets.length === 1 ? 'a Secret' : `${secrets.length} Secrets`}: ${secrets.join(', ')}`);
        this.secrets = secrets;
    }
}
/** The manifests of a render as files, and the Secrets dropped (`secrets: drop`); a Secret otherwise throws SecretInRender. */
function manifestFiles(objects, h) {
    const all = [...objects].sort((a, b) => compare(objectKey(a), objectKey(b)));
    // Only the core Secret holds its data in clear: SealedSecret, ExternalSecret and the like are written as they are.
    const secrets = all.filter((o) => o.kind === 'Secret' && o.apiVersion === 'v1');
    if (secrets.length > 0 && h.secrets !== 'drop')
        throw new SecretInRender(secrets.map(objects_objectLabel));
    const kept = all.filter((o) => !secrets.includes(o));
    const dropped = secrets.map(objects_objectLabel);
    const at = (name) => (h.path ? external_node_path_.posix.join(h.path, name) : name);
    const texts = kept.map((o) => objects_stableYaml(objects_sortedKeys(o.body)));
    if (h.layout === 'objects') {
        const taken = new Set();
        const files = kept.map((o, i) => {
            const base = fileName(o);
            let name = `${base}.yaml`;
            for (let n = 2; taken.has(name); n++)
                name = `${base}-${n}.yaml`;
            taken.add(name);
            return { path: at(name), content: texts[i] };
        });
        return { files, dropped };
    }
    return { files: [{ path: at('manifest.yaml'), content: texts.map((t) => `---\n${t}`).join('') }], dropped };
}
/** `<namespace>-<kind>-<name>`, lower case, each character outside [a-z0-9._-] as `_`. */
function fileName(o) {
    const parts = [o.namespace, o.kind, o.name].filter((p) => p !== '');
    return parts
        .join('-')
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, '_');
}
/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/core/src/charts/discover.ts



/**
 * Finds chart folders in a list of POSIX file paths (from `git ls-tree`, or a
 * directory walk). A chart is a folder holding Chart.yaml; charts vendored
 * inside another chart's `charts/` folder are subcharts of that chart, not
 * charts of their own. With `patterns` (folders or globs, e.g. `charts/*`),
 * only matching chart folders are kept.
 */
function findCharts(paths, patterns) {
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
function manifest_digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/**
 * Checks a digest the registry claimed against the bytes it sent. Returns the
 * digest of the body (in the claimed digest's algorithm, sha256 otherwise) or
 * throws when they differ.
 */
function verifyDigest(body, claimed) {
    const algorithm = claimed && /^sha(256|512):/.test(claimed) ? claimed.slice(0, claimed.indexOf(':')) : 'sha256';
    const actual = manifest_digestOf(body, algorithm);
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
            if (!reference_isDigest(sel.digest))
                throw new RegistryError('invalid', `the index lists ${sel.platform} with a malformed digest`);
            if (ref.digest && ref.tag)
                await this.compareTag(ref, digest, warnings);
            return { digest: sel.digest, isIndex: false, indexDigest: digest, platform: sel.platform, warnings };
        }
        const head = await this.manifest(ref, 'HEAD', target);
        let digest = header(head, 'docker-content-digest');
        let mediaType = contentType(head);
        this.checkMediaType(ref, target, mediaType, undefined);
        if (!digest || !reference_isDigest(digest)) {
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
        const digest = this.checkBody({ ...ref, digest: reference_isDigest(target) ? target : undefined }, res, target);
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
        if (!reference_isDigest(digest))
            throw new RegistryError('invalid', `${refName(ref, digest)}: not a digest`);
        const res = await this.request(ref, 'blobs', 'GET', digest, { Accept: mediaType ?? '*/*' });
        const got = manifest_digestOf(res.body, digest.slice(0, digest.indexOf(':')));
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
        const digest = manifest_digestOf(bytes);
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
        const digest = manifest_digestOf(body);
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
        if (manifest_digestOf(res.body, config.digest.slice(0, config.digest.indexOf(':'))) !== config.digest)
            throw new RegistryError('mismatch', `the image config served for ${config.digest} hashes to ${manifest_digestOf(res.body)}`);
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
        if (ref.digest && manifest_digestOf(res.body, ref.digest.slice(0, ref.digest.indexOf(':'))) !== ref.digest)
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
        if (!c || typeof c.digest !== 'string' || !reference_isDigest(c.digest))
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

;// CONCATENATED MODULE: ./packages/core/src/registry/helm-repository.ts
// A classic Helm repository (`helm repo index`'s layout, chart-releaser's
// GitHub Pages): an https folder whose index.yaml lists each chart version with
// the URL of its packaged archive and that archive's sha256 `digest`. A chart
// version is read by fetching index.yaml (bounded: at most MAX_INDEX_MIB, since
// it is parsed whole by `yaml`, with its alias cap), taking the entry of that exact version,
// and fetching the archive its first URL names, whose bytes must hash to the
// index's digest. Everything goes through the registry client's GET (its
// redirects and retry policy).
//
// Credentials: a private repository (Artifactory, Nexus, ChartMuseum, a
// chart-releaser site behind a proxy) is read with the Basic credentials of its
// entry in Helm's repositories.yaml (registry/helm-repositories.ts), sent only
// to the repository's own origin: with the index request, with an archive on the
// same origin, never after a redirect elsewhere (the client drops them at that
// hop) and never to an archive on another host. A 401 or 403 is one line naming
// the host, the repository and the file credentials are read from.
//
// Where an index may send the archive: chart-releaser's index lives on
// <owner>.github.io and names archives under github.com/<owner>/<repo>/releases,
// another host, so another host is followed, over https only (plain http only
// on this machine, as for registries); any other scheme is refused. The digest
// is what ties the archive to the index, so an entry without one is refused,
// and an archive that hashes otherwise is refused as a mismatch.





/**
 * Largest index.yaml read, in MiB. The index is parsed whole (the yaml package has no streaming reader), at about
 * 1 s and 45 MiB of memory per MiB of index: 15 MiB took 11 s and 660 MiB. A chart-releaser index is KiBs and
 * thousands of versions fit in 4 MiB; a larger repository (Bitnami's was ~20 MiB) publishes to OCI, read by digest.
 */
const MAX_INDEX_MIB = 4;
/** MAX_INDEX_MIB in bytes: the read stops there. */
const MAX_INDEX_BYTES = MAX_INDEX_MIB * 1024 * 1024;
/** Largest chart archive read (the same cap as a chart pulled from a registry blob is held to). */
const MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;
/** True for a repoURL lockstep reads as a classic Helm repository: `https://…`, or `http://` on this machine. */
function isClassicRepository(repoURL) {
    const url = tryUrl(repoURL?.trim());
    return url !== undefined && (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.host)));
}
function tryUrl(s, base) {
    if (!s)
        return undefined;
    try {
        return new URL(s, base);
    }
    catch {
        return undefined;
    }
}
/** The index.yaml URL of a repository URL (`https://host/path` → `https://host/path/index.yaml`). */
function indexUrl(repoURL) {
    return `${repoURL.trim().replace(/\/+$/, '')}/index.yaml`;
}
const helm_repository_asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** The highest listed version a range admits (undefined when `range` is no range, or admits none). */
function highestIn(listed, range) {
    if ((0,semver.valid)(range) !== null || (0,semver.validRange)(range) === null)
        return undefined;
    const all = listed.flatMap((v) => (typeof v.version === 'string' && (0,semver.valid)(v.version) !== null ? [v.version] : []));
    return (0,semver.maxSatisfying)(all, range) ?? undefined;
}
/**
 * The index's entry for `chart` at `version` (exactly, else the highest version a semver range admits): its archive
 * URL (resolved against the index), digest and version.
 */
function indexEntry(text, index, chart, version) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (e) {
        throw new RegistryError('invalid', `${index} is not YAML (${e.message.split('\n')[0]})`);
    }
    const entries = helm_repository_asObj(helm_repository_asObj(doc)?.entries);
    if (!entries)
        throw new RegistryError('invalid', `${index} has no entries: it is not a Helm repository index`);
    const versions = entries[chart];
    if (!Array.isArray(versions))
        throw new RegistryError('not-found', `${index} lists no chart ${chart}`);
    const listed = versions.map(helm_repository_asObj).filter((v) => v !== undefined);
    // A semver range (a HelmRelease's `version: 6.x`) resolves as helm-controller resolves it against the index: the
    // highest version it admits, a pre-release only where the range names one.
    const resolved = listed.some((v) => String(v.version) === version) ? version : highestIn(listed, version);
    const entry = listed.find((v) => String(v.version) === resolved);
    if (!entry)
        throw new RegistryError('not-found', `${index} lists no version ${(0,semver.validRange)(version) !== null && (0,semver.valid)(version) === null ? 'in the range ' : ''}${version} of chart ${chart}`);
    const picked = String(entry.version);
    const first = Array.isArray(entry.urls) ? entry.urls.find((u) => typeof u === 'string') : undefined;
    const url = tryUrl(first, index);
    if (!url)
        throw new RegistryError('invalid', `${index}: chart ${chart} ${picked} names no archive URL`);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.host))))
        throw new RegistryError('refused', `${index}: chart ${chart} ${picked} names its archive at ${url.protocol}//${url.host}; lockstep fetches archives over https only`);
    const digest = typeof entry.digest === 'string'
        ? entry.digest
            .trim()
            .toLowerCase()
            .replace(/^sha256:/, '')
        : '';
    if (!/^[0-9a-f]{64}$/.test(digest))
        throw new RegistryError('refused', `${index}: chart ${chart} ${picked} has no sha256 digest, so its archive cannot be checked`, 'index the repository with helm repo index (or chart-releaser), which writes each archive’s digest');
    return { url: url.toString(), digest: `sha256:${digest}`, version: picked };
}
/**
 * The packaged chart `chart` at `version` from the classic repository at
 * `repoURL`, its bytes checked against the index's digest (a RegistryError of
 * kind `mismatch` when they differ).
 */
async function pullRepositoryChart(client, repoURL, chart, version, credentials) {
    if (!isClassicRepository(repoURL))
        throw new RegistryError('refused', `${repoURL} is no https Helm repository (plain http is read only on this machine)`);
    const index = indexUrl(repoURL);
    const origin = new URL(index).origin;
    const creds = credentials?.lookup(repoURL);
    const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined;
    const get = async (url, max, what) => {
        try {
            return await client.getUrl(url, max, what, new URL(url).origin === origin ? basic : undefined);
        }
        catch (e) {
            if (e instanceof RegistryError && (e.kind === 'unauthenticated' || e.kind === 'denied'))
                throw helm_repository_refusal(e, repoURL, url, origin, creds, credentials);
            throw e;
        }
    };
    const text = (await get(index, MAX_INDEX_BYTES, index).catch((e) => {
        if (e instanceof RegistryError && /^response too large/.test(e.message))
            throw new RegistryError('invalid', `index.yaml of ${repoURL.trim()} is larger than ${MAX_INDEX_MIB} MiB, the most lockstep reads of a Helm repository index (it is parsed whole, not streamed)`, 'publish the chart to an OCI registry (helm push) and point the source at it, or prune old versions from the index (helm repo index keeps every archive it finds)');
        throw e;
    })).toString('utf8');
    const { url, digest, version: picked } = indexEntry(text, index, chart, version);
    const tgz = await get(url, MAX_ARCHIVE_BYTES, `chart ${chart} ${picked}`);
    const got = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(tgz).digest('hex')}`;
    if (got !== digest)
        throw new RegistryError('mismatch', `the archive of chart ${chart} ${picked} at ${url} hashes to ${got}, not the ${digest} ${index} gives`, 'the archive was replaced after the index was written (or the index is stale): re-index the repository, or find out who changed the archive');
    return { tgz, url, digest, version: picked };
}
/** A 401/403 as one line: the host, the repository, and what was (or was not) found in repositories.yaml. */
function helm_repository_refusal(e, repoURL, url, origin, creds, source) {
    const host = new URL(url).host;
    const repo = `${repoURL.trim().replace(/\/+$/, '')}/`;
    const status = /HTTP 403$/.test(e.message) ? '403 Forbidden' : /HTTP 401$/.test(e.message) ? '401 Unauthorized' : undefined;
    // A challenge from a host a redirect led to (the client's own line says so).
    if (status === undefined)
        return new RegistryError(e.kind, `${repo}: ${e.message}`);
    const file = source?.shown ?? '~/.config/helm/repositories.yaml';
    const add = `helm repo add <name> ${repo} --username <user> --password-stdin in a step before this one`;
    const why = new URL(url).origin !== origin
        ? `${host} is not the repository's host, and lockstep sends the credentials in ${file} only to ${new URL(origin).host}`
        : creds
            ? `${host} refused the credentials of entry ${creds.name} in ${file} (check the username and password given to helm repo add)`
            : `no credentials for ${host} in ${file} (${add})`;
    return new RegistryError(e.kind, `${repo}: ${status}: ${why}`, 'nothing was written');
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
const cosign_sign_SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** The layer annotation holding the base64 signature. */
const cosign_sign_SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** The tag cosign stores a digest's signatures under: `sha256:abc…` → `sha256-abc….sig`. */
function cosign_sign_signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** The simple-signing payload for `repository` (registry/name, no tag) at `digest`, byte for byte as cosign writes it. */
function cosign_sign_simpleSigningPayload(repository, digest) {
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
        key = createPrivateKey(pem);
    }
    catch {
        throw new UserError('is not an unencrypted PEM private key', {
            input: 'signing-key',
            hint: 'give a PKCS#8 or SEC1 PEM key, e.g. from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` (cosign keys encrypted with a password are not read)',
        });
    }
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (type === 'rsa' && bits < MIN_RSA_BITS)
        throw new UserError(`is a ${bits}-bit RSA key; RSA keys need at least ${MIN_RSA_BITS} bits`, {
            input: 'signing-key',
            hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
        });
    if (type === 'ed25519' || type === 'rsa' || (type === 'ec' && curve === 'prime256v1'))
        return key;
    throw new UserError(`is a ${type === 'ec' ? `${curve} EC` : type} key; cosign verifies ECDSA P-256, RSA and Ed25519 keys`, {
        input: 'signing-key',
        hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
    });
}
/** The base64 signature of a payload, as cosign signs with each key type. */
function cosign_sign_signPayload(payload, key) {
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return sign(algorithm, payload, key).toString('base64');
}
/**
 * The manifest cosign pushes for a signature: an OCI image with one layer
 * per signature (the payload, annotated with the signature; `earlier` are the
 * layers already under the tag, kept as cosign appends), and the minimal image
 * config go-containerregistry writes for those layers.
 */
function cosign_sign_signatureArtifact(payload, signature, earlier = []) {
    const payloadDigest = digestOf(payload);
    const layers = [
        ...earlier,
        {
            mediaType: cosign_sign_SIMPLE_SIGNING_MEDIA_TYPE,
            size: payload.length,
            digest: payloadDigest,
            annotations: { [cosign_sign_SIGNATURE_ANNOTATION]: signature },
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
function chart_push_chartTag(version) {
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
    const tag = chart_push_chartTag(chart.version);
    const { config, manifest } = helmManifest(chart);
    const layer = digestOf(chart.archive);
    const existing = await client.fetchManifest(repo, tag);
    let status;
    let digest = digestOf(manifest);
    if (existing) {
        const there = chartLayer(existing.body);
        if (existing.digest !== digest && there !== layer && !(await storedSame(client, repo, existing.body, there, opts)))
            throw new UserError(`chart ${chart.name} ${chart.version} is already published at ${repo.registry}/${repo.repository}:${tag} with other content (its chart layer is ${there ?? 'missing'}, this one ${layer})`, {
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
    const publicKey = createPublicKey(key);
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    for (const l of layers) {
        if (l.digest !== digestOf(payload) || typeof l.annotations?.[SIGNATURE_ANNOTATION] !== 'string')
            continue;
        if (verify(algorithm, payload, publicKey, Buffer.from(l.annotations[SIGNATURE_ANNOTATION], 'base64')))
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
        throw new UserError(`${what}: the registry accepted the push, but ${repo.registry}/${repo.repository}:${tag} ${stored ? `resolves to ${stored.digest}` : 'does not exist'}, not the pushed ${digest}`, { hint: 'check the registry (a proxy or mirror in front of it may store pushes elsewhere); nothing was recorded' });
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

;// CONCATENATED MODULE: ./packages/core/src/deploy/chart-reference.ts
// Where a chart is pulled from a registry, as its deployer names it: an Argo CD or Flux source's OCI repoURL and
// version (a semver range kept as one, resolved against the registry's tags when pulled: registry/chart.ts), or the
// config's chart-registry; and how that place is said.



/** `oci://registry/repository:<tag, or the range asked>` or `…@<digest>`: where a chart is pulled from, in messages. */
function chartWhere(ref) {
    return `oci://${ref.registry}/${ref.repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag ?? ref.range ?? ''}`}`;
}
/** `<chart-registry>/<name>:<version>` when the config names a chart registry. */
function configuredRegistry(req, name, version) {
    if (!req.chartRegistry)
        return undefined;
    try {
        return parseReference(`${req.chartRegistry}/${name}:${chartTag(version)}`);
    }
    catch (e) {
        if (e instanceof InvalidReference)
            return undefined;
        throw e;
    }
}
/** `registry/repository/<chart>:<version>` for a repoURL that names an OCI registry (`oci://host/path`, or `host/path` without a scheme as ArgoCD writes it). */
function ociReference(source, version) {
    if (!source.repoURL || !source.chart)
        return undefined;
    const url = source.repoURL.trim().replace(/\/+$/, '');
    const bare = url.startsWith('oci://') ? url.slice('oci://'.length) : /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? undefined : url;
    if (!bare)
        return undefined;
    const host = bare.split('/')[0];
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
        return undefined;
    try {
        // A semver range (`6.x`, `>=1.2.0 <2.0.0`) is pulled as the highest version the registry's tags admit (registry/chart.ts).
        if ((0,semver.valid)(version) === null && (0,semver.validRange)(version) !== null)
            return { ...reference_parseReference(`${bare}/${source.chart}`), tag: undefined, range: version };
        const ref = reference_parseReference(`${bare}/${source.chart}:${chart_push_chartTag(version)}`);
        const digest = source.digests?.get(version);
        return digest ? { ...ref, digest } : ref;
    }
    catch (e) {
        if (e instanceof reference_InvalidReference)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/chart-pull.ts
// A chart its deployer pulls from outside the repository: an OCI registry (an Argo CD or Flux source's `oci://`
// repoURL, an OCIRepository pinned by digest) or a classic https Helm repository, as Argo CD's repo-server and
// Flux's source-controller fetch it. The same for an Application and a HelmRelease: each kind's module asks here.



/**
 * The archive of chart `source` at `version`, pulled from where its deployer pulls it, with the place said; else
 * why not (`what` names the resource in the message). A registry's refusal is a message, never a throw.
 */
async function pullChart(source, version, pull, what) {
    try {
        const ref = ociReference(source, version);
        if (ref)
            return { input: { tgz: await pull.oci(ref) }, from: chartWhere(ref) };
        if (source.repoURL && source.chart && version && isClassicRepository(source.repoURL))
            return {
                input: { tgz: await pull.repository(source.repoURL, source.chart, version) },
                from: `${source.repoURL} ${source.chart} ${version}`,
            };
    }
    catch (err) {
        if (err instanceof src_errors/* UserError */.yo || (err instanceof Error && err.name === 'RegistryError'))
            return { message: `${what}: ${err.message}` };
        throw err;
    }
    return { message: `${what}: no chart folder, OCI registry or https repository to read it from` };
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/chart-values.ts
// A values file rendered with the chart folder that holds it, as `helm template` renders it: the chart's own
// values.yaml first, then the environment's file. With an Argo CD Application (argocd/kind.ts) the chart and the
// values are the Application's (a chart-repository source's chart pulled from its registry, as Argo CD pulls it);
// this module renders either once they are read.







/** A values file beside a chart folder, with no Application. */
function chartValues(e) {
    return {
        kind: 'chart-values',
        renderer: 'helm',
        pinKey: 'values',
        files: filesOf(e.values),
        render: (reader, renderers, inRepo, charts) => renderChart(e, undefined, reader, renderers, inRepo, charts),
    };
}
/**
 * The chart `app` names (a folder of this repository), else the folder holding the environment's values file,
 * rendered with Helm: with the Application's values in Helm's order (application.ts), else the values file.
 */
async function renderChart(e, app, reader, renderers, inRepo, charts, source) {
    const h = await renderers.helm(e.helmVersion);
    if (!h)
        return { ok: false, message: noHelm(e) };
    const values = e.values !== undefined ? inRepo(e.values) : undefined;
    const chart = await chart_values_chartOf(app, values, reader, renderers, source, charts.map(inRepo));
    if ('message' in chart)
        return { ok: false, message: chart.message };
    const texts = app
        ? await applicationValues(app, 'files' in chart.input ? chart.input.files : undefined, reader.read)
        : { values: await reader.read(values).then((text) => (text === undefined ? [] : [{ text }])) };
    if ('unavailable' in texts)
        return { ok: false, message: texts.unavailable };
    const side = {
        chart: chart.input,
        release: app?.release ?? chart.release,
        ...(app?.namespace ? { namespace: app.namespace } : {}),
        values: texts.values.map((v) => v.text),
        ...(app?.set.length ? { set: app.set } : {}),
    };
    return parsed(h.renderer.output(side), side.namespace, `helm ${h.helm.version}`);
}
/**
 * The chart an environment renders: the Application's chart folder of this repository (a git source's path:),
 * its chart pulled from the registry or https repository its chart-repository source names (as Argo CD's
 * repo-server pulls it), else the folder holding the environment's values file.
 */
async function chart_values_chartOf(app, values, reader, renderers, source, charts) {
    if (app && app.path === undefined && source?.repoURL !== undefined) {
        const version = app.revision.current;
        const pulled = await pullChart(source, version, renderers.pull, `its Application's chart ${source.chart ?? ''} ${version || '(no version)'} of ${source.repoURL}`);
        return 'message' in pulled ? pulled : { input: pulled.input, release: app.release };
    }
    const dir = app ? app.path : values !== undefined ? await valuesChartFolder(values, reader, charts) : undefined;
    const chartYaml = dir === undefined ? undefined : await reader.read(external_node_path_.posix.join(dir, 'Chart.yaml'));
    if (dir === undefined || chartYaml === undefined)
        return {
            message: app
                ? `its Application's chart ${app.revision.chart ?? ''} is no chart folder of this repository, and its source names no registry to pull it from`
                : noChartFolder(values ?? ''),
        };
    const files = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
    if ('unavailable' in files)
        return { message: files.unavailable };
    // The release is named as the check and promote name it: the chart's own name (Chart.yaml), not its folder's.
    return { input: files, release: chartMeta(chartYaml).name ?? external_node_path_.posix.basename(dir) };
}
/** Why a values file without an Application has no chart to render it with: the same words in every command. */
const noChartFolder = (values) => `no chart folder holds its values file ${values}, and the repository has no one chart to render it with: name the chart with application:`;
/**
 * The chart folder a values file without an Application renders with, the same in every command: the nearest
 * folder at or above it holding a Chart.yaml, else the repository's one chart (of the config's `charts:` when it
 * names some); undefined when there is none, or several and nothing says which.
 */
async function valuesChartFolder(values, reader, charts) {
    for (let dir = external_node_path_.posix.dirname(values);; dir = external_node_path_.posix.dirname(dir)) {
        if (dir.split('/').includes('..'))
            break;
        if ((await reader.read(external_node_path_.posix.join(dir, 'Chart.yaml'))) !== undefined)
            return dir;
        if (dir === '.' || dir === '/' || dir === '')
            break;
    }
    const found = findCharts((await reader.list('')) ?? [], charts.length > 0 ? charts : undefined);
    return found.length === 1 ? found[0] : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/argocd/kind.ts
// An environment an Argo CD Application deploys with Helm: its chart (a folder of this repository through a git
// source's path:, or pulled from the OCI registry or https repository a chart-repository source names), its values in Helm's order (valueFiles, $ref values of a multi-source
// Application, values, valuesObject, parameters), read from the Application's file. An Application hydrating
// from source (spec.sourceHydrator) renders its drySource. The environment's values file is where its pins are
// written; the Application is where its chart version is pinned.




/** An environment with `application:` and a values file. */
function argoApplication(e) {
    const application = resourceRef(e.application);
    return {
        kind: 'application',
        renderer: 'helm',
        pinKey: 'values',
        files: filesOf(e.values, e.application),
        application,
        chartPin: chartPin(e.application, 'Application'),
        async render(reader, renderers, inRepo, charts) {
            const file = inRepo(application.file);
            const text = await reader.read(file);
            if (text === undefined)
                return { ok: false, message: `its Application ${file} is not in the commit` };
            const dry = drySourceAsSource(text, application.name);
            const app = readApplication(dry, file, application.name, charts.map(inRepo));
            const source = chartSource(dry, file, application.name, charts.map(inRepo));
            return renderChart(e, app, reader, renderers, inRepo, charts, source);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/release-side.ts
// What a Flux environment deploys, for hydration. A `helmrelease:` environment: its HelmRelease read as
// helm-controller installs it (flux-release.ts, the reader the pull request check and promote-env
// use: the patch over its base, values in Flux's order, release name, target and storage namespaces), with
// its chart from this repository (a GitRepository sourceRef: read at the DRY commit, offline), from an OCI
// registry (a HelmRepository of type oci or an OCIRepository chartRef, pulled with the manifest and the
// archive checked against their digests, spec.ref.digest when the OCIRepository pins one) or from a classic
// https repository (the archive checked against its index's digest); a `flux-kustomization:` environment is
// read by deploy/flux/flux-build.ts, as the check and promote-env read it. Anything lockstep cannot read (a
// valuesFrom Secret) is refused, never left out: a hydrated branch holds what the cluster would receive, or nothing.





/** The HelmRelease of `e` at the DRY commit, with its chart; `message` says why it cannot be hydrated. */
async function helmReleaseSide(e, reader, inRepo, pull) {
    let rel;
    try {
        rel = await readFluxRelease(fluxRef(e, inRepo), reader.read);
    }
    catch (err) {
        if (err instanceof src_errors/* UserError */.yo)
            return { message: err.format() };
        throw err;
    }
    if (rel.unread.length > 0)
        return {
            message: `HelmRelease ${rel.name}: ${rel.unread.join('; ')}, so its render would not be what helm-controller installs (keep those values in a ConfigMap of the repository)`,
        };
    const chart = await release_side_chartOf(rel, reader, pull);
    if ('message' in chart)
        return chart;
    return {
        chart: chart.input,
        release: rel.releaseName,
        ...(rel.namespace ? { namespace: rel.namespace } : {}),
        values: rel.values.map((v) => v.text),
        from: chart.from,
    };
}
/** The release's chart: a folder of this repository, an OCI artifact, or a classic repository's archive. */
async function release_side_chartOf(rel, reader, pull) {
    const { source, version } = rel;
    if (source.path !== undefined) {
        const dir = external_node_path_.posix.normalize(source.path).replace(/\/+$/, '');
        if (dir === '..' || dir.startsWith('../') || dir.startsWith('/'))
            return { message: `HelmRelease ${rel.name}: its chart ${source.path} is outside the repository` };
        const files = await (reader.chart ? reader.chart(dir) : readChartFolder(reader, dir));
        if ('unavailable' in files)
            return { message: `HelmRelease ${rel.name}: ${files.unavailable}` };
        return { input: files, from: `${dir} of this repository` };
    }
    const what = `HelmRelease ${rel.name}: chart ${source.chart ?? '(none)'} ${version || '(no version)'} of ${rel.from}`;
    return pullChart(source, version, pull, what);
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/helmrelease-kind.ts
// An environment a Flux HelmRelease deploys: the release as helm-controller installs it (its patch over a base,
// values in Flux's order with valuesFrom and targetPath, release name, targetNamespace), its chart a folder of
// this repository or pulled from its OCI or https repository (release-side.ts). The chart version is pinned in
// the OCIRepository its spec.chartRef names (`ocirepository:`), else in the HelmRelease; the pins in its
// spec.values, or the valuesFrom ConfigMap that holds them (flux-values.ts).


/** An environment with `helmrelease:` (and no flux-kustomization:). */
function fluxHelmRelease(e) {
    return {
        kind: 'helmrelease',
        renderer: 'helm',
        pinKey: 'helmrelease',
        files: filesOf(e.helmrelease, e.values, e.ocirepository),
        chartPin: e.ocirepository !== undefined ? chartPin(e.ocirepository, 'OCIRepository') : chartPin(e.helmrelease, 'HelmRelease'),
        release: { helmrelease: e.helmrelease, ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}) },
        async render(reader, renderers, inRepo) {
            const h = await renderers.helm(e.helmVersion);
            if (!h)
                return { ok: false, message: noHelm(e) };
            const side = await helmReleaseSide(e, reader, inRepo, renderers.pull);
            if ('message' in side)
                return { ok: false, message: side.message };
            const { from: _from, ...input } = side;
            return parsed(h.renderer.output(input), side.namespace, `helm ${h.helm.version}`);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/flux/kustomization-kind.ts
// An environment a Flux Kustomization deploys: its spec.path built as kustomize-controller builds it, with its
// spec.images and targetNamespace, then its spec.postBuild variables substituted (flux-build.ts). Its pins are its
// spec.images (read and written as an overlay's images:), or the postBuild variables that hold the image
// (flux-substitute-from.ts); an OCIRepository beside it (`ocirepository:`) pins the manifests' version.


/** An environment with `flux-kustomization:`. */
function fluxKustomization(e) {
    return {
        kind: 'flux-kustomization',
        renderer: 'kustomize',
        pinKey: 'flux-kustomization',
        files: filesOf(e.fluxKustomization, e.helmrelease, e.ocirepository),
        ...(e.ocirepository !== undefined || e.helmrelease !== undefined
            ? {
                chartPin: e.ocirepository !== undefined ? chartPin(e.ocirepository, 'OCIRepository') : chartPin(e.helmrelease, 'HelmRelease'),
            }
            : {}),
        build: e.fluxKustomization,
        ...(e.helmrelease !== undefined
            ? { release: { helmrelease: e.helmrelease, ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}) } }
            : {}),
        async render(reader, renderers, inRepo) {
            const k = renderers.kustomize();
            if (!k)
                return { ok: false, message: 'neither kustomize nor kubectl is on PATH to build its overlay' };
            // The Flux Kustomization's file: overlaySide finds its spec.path and builds it as kustomize-controller does.
            const side = await overlaySide(reader, inRepo(e.fluxKustomization), undefined);
            if ('unavailable' in side)
                return { ok: false, message: side.unavailable };
            return parsed(k.renderer.output(side), side.namespace, k.tool.label);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/kind.ts
// The one place that reads which of the config's keys say how an environment is deployed, and picks its kind's
// module. Precedence: a Flux Kustomization builds the environment even when it names a HelmRelease beside it; an
// overlay is built by kustomize even when an Application names it; a HelmRelease is installed by helm-controller;
// an Application renders a values file with its chart; a values file alone renders with the chart folder holding it.






/** How `e` is deployed; undefined when the config names no deployer for it (the config's checks refuse that). */
function deploymentOf(e) {
    if (e.fluxKustomization !== undefined)
        return fluxKustomization({ ...e, fluxKustomization: e.fluxKustomization });
    if (e.kustomization !== undefined)
        return kustomizeOverlay({ ...e, kustomization: e.kustomization });
    if (e.helmrelease !== undefined)
        return fluxHelmRelease({ ...e, helmrelease: e.helmrelease });
    if (e.application !== undefined)
        return argoApplication({ ...e, application: e.application });
    if (e.values !== undefined)
        return chartValues({ ...e, values: e.values });
    return undefined;
}
/**
 * The deployer's own resource: the one whose chart version a promotion moves (an Application, the OCIRepository or
 * HelmRelease of a Flux environment), else the Application that builds an overlay. Undefined for a values file
 * rendered with its chart folder, and for an overlay no Application names.
 */
function deployerResource(e) {
    const d = deploymentOf(e);
    return d?.chartPin ?? d?.application;
}
/**
 * Whether some environment renders a chart through an Argo CD Application: then each values file feeds the chart
 * its Application names; without one anywhere, each values environment deploys the repository's chart.
 */
function anyApplicationChart(environments) {
    return environments.some((e) => deploymentOf(e)?.chartPin?.by === 'Application');
}
/**
 * The chart version `e`'s deployer resolves, read from `text` (the file of its deployerResource) and the commit
 * `read` reads (a HelmRelease's base, its GitRepository chart): its chart pin's reading, else the targetRevision
 * of the Application that builds its overlay. Errors name file:line.
 */
async function chartRevisionAt(e, text, read, charts, cache) {
    const d = deploymentOf(e);
    if (d?.chartPin)
        return d.chartPin.revision(text, read, charts, cache);
    return d?.application ? findChartRevision(text, d.application.file, d.application.name, charts, cache) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/deploy/render.ts
// What one environment deploys, rendered at a commit as its deployer renders it (kind.ts picks the kind's
// module, which renders it): files are read from the commit, never from the work tree. Each render runs once per
// distinct input (render/cached.ts), bounded as every render is.

/** The environment rendered as it deploys, at the commit `reader` reads; `inRepo` turns a config path into a repository path. */
async function renderDeployed(e, charts, reader, renderers, inRepo) {
    const deployment = deploymentOf(e);
    if (!deployment)
        return { ok: false, message: 'the config names no values file, overlay or Flux resource for it' };
    return deployment.render(reader, renderers, inRepo, charts);
}

;// CONCATENATED MODULE: ./packages/core/src/registry/chart.ts
// A Helm chart stored in an OCI registry (`helm push`): an OCI image manifest
// whose layer of Helm's chart media type is the packaged chart (.tgz). This
// finds that layer and pulls it, verified by digest, through the registry client.



/**
 * `ref` at the version a deployer pulls: as given, or for a semver range the highest version among the repository's
 * tags (`_` read as `+`, as `helm push` writes it) that the range admits, a pre-release only where the range names
 * one, as helm-controller and Argo CD resolve it; a RegistryError when none does.
 */
async function resolveChartVersion(client, ref) {
    if (ref.range === undefined || ref.digest !== undefined)
        return ref;
    const versions = (await client.tags(ref)).map((t) => t.replace(/_/g, '+')).filter((v) => (0,semver.valid)(v) !== null);
    const best = (0,semver.maxSatisfying)(versions, ref.range);
    if (best === null)
        throw new RegistryError('not-found', `${ref.registry}/${ref.repository} has no version in the range ${ref.range} (${versions.length} versions listed${versions.length > 0 ? `, the highest ${[...versions].sort(semver.rcompare)[0]}` : ''})`);
    const tag = chart_push_chartTag(best);
    return { original: `${ref.registry}/${ref.repository}:${tag}`, registry: ref.registry, repository: ref.repository, name: ref.name, tag };
}
/** Helm's media type for the packaged chart layer. */
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
/** The packaged chart (.tgz bytes) that `ref` (`registry/repository/<chart>:<version>`, or a range: resolveChartVersion) names. */
async function pullChartArchive(client, asked) {
    const ref = await resolveChartVersion(client, asked);
    const manifest = await client.manifestAt(ref, ref.digest ?? ref.tag ?? 'latest');
    let layers;
    try {
        layers = JSON.parse(manifest.body.toString('utf8'))?.layers;
    }
    catch {
        throw new RegistryError('invalid', `${ref.original}: the manifest is not JSON`);
    }
    const chart = Array.isArray(layers)
        ? layers.find((l) => l && l.mediaType === HELM_CHART_LAYER && typeof l.digest === 'string')
        : undefined;
    if (!chart)
        throw new RegistryError('invalid', `${ref.original} is not a Helm chart (no layer of type ${HELM_CHART_LAYER})`, 'push the chart with helm push, or point the Application at the chart');
    return client.fetchBlob(ref, chart.digest, HELM_CHART_LAYER);
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
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${program} get failed for ${registry} (exit ${out.code}: ${docker_config_firstLine(out.stderr)})`, {
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
function docker_config_firstLine(s) {
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

;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/plan.ts
// What a DRY commit hydrates to, shared by the hydration (run.ts, at HEAD) and the check of a hydrated branch
// (check.ts, at the drySha its hydrator.metadata names): each chosen environment rendered at that commit, its
// files laid out (layout.ts), every render first, so one that fails writes nothing. Files are read from the
// commit, never from the work tree; the renderers are made once per run, when first needed.



















/** Renders run at once: each is a helm or kustomize process. */
const RENDERS_AT_ONCE = 4;
/** The planner of a run in `workdir`; `repoURL` goes into hydrator.metadata. */
async function openPlanner(config, workdir, world, plain, repoURL) {
    const prefix = (await pathPrefixOrTop(plain)).replace(/\/$/, '');
    const inRepo = (p) => external_node_path_.posix.normalize(external_node_path_.posix.join(prefix, p));
    const fromRepo = (p) => (prefix && p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : p);
    const objects = new ObjectReader(workdir, world.env);
    const renderers = runRenderers(config, world);
    return {
        plan: async (dry, chosen) => {
            // Each folder listed and each file read once per run: 300 environments of one chart read its files once,
            // not 300 times (a chart folder holding every environment's values file made that 300 × 300 reads).
            const listed = new Map();
            const texts = new Map();
            const charts = new Map();
            const reader = {
                list: (dir) => {
                    let files = listed.get(dir);
                    if (!files)
                        listed.set(dir, (files = plain.listFiles(dry.sha, dir === '' || dir === '.' ? undefined : dir)));
                    return files;
                },
                read: (p) => {
                    let text = texts.get(p);
                    if (!text)
                        texts.set(p, (text = objects.text(`${dry.sha}:${p}`)));
                    return text;
                },
                chart: (dir) => {
                    let chart = charts.get(dir);
                    if (!chart)
                        charts.set(dir, (chart = readChartFolder(reader, dir)));
                    return chart;
                },
            };
            // Each environment laid out as soon as it is rendered, while the next renders run: its objects go then.
            const content = metadataText(dry, repoURL);
            const outcomes = await mapLimit(chosen, RENDERS_AT_ONCE, async (c) => {
                try {
                    // An environment of many apps (deploy/fleet.ts): each app rendered as its own, under <path>/<app id>/.
                    const apps = isFleet(c.e)
                        ? expandFleets([c.e], await withDocuments([c.e], (await reader.list('')) ?? [], reader.read, inRepo), {
                            file: config.file,
                            inRepo,
                            fromRepo,
                        })
                        : [c.e];
                    const laid = { files: [], dropped: [], renderer: '' };
                    for (const e of apps) {
                        const r = await renderDeployed(e, config.charts ?? [], reader, renderers, inRepo);
                        if (!r.ok)
                            return e.app === undefined ? r : { ok: false, message: `${e.name}: ${r.message}` };
                        const h = e.app === undefined ? c.h : { ...c.h, path: external_node_path_.posix.join(c.h.path ?? '', e.app) };
                        const { files, dropped } = manifestFiles(r.objects.values(), h);
                        laid.files.push(...files);
                        laid.dropped.push(...dropped);
                        laid.renderer ||= r.renderer;
                    }
                    if (apps.length === 0)
                        return { ok: false, message: `${c.e.name} names no app in this commit` };
                    const metadata = metadataPaths(c.h).map((path) => ({ path, content }));
                    return {
                        ok: true,
                        planned: { ...c, files: [...metadata, ...laid.files], dropped: laid.dropped, renderer: laid.renderer },
                    };
                }
                catch (err) {
                    if (err instanceof src_errors/* UserError */.yo)
                        return { ok: false, message: err.format() };
                    if (err instanceof SecretInRender)
                        return { ok: false, secret: err };
                    throw err;
                }
            });
            const errors = [];
            const planned = [];
            chosen.forEach((c, k) => {
                const r = outcomes[k];
                const at = { file: config.file, line: configLine(config, ['environments', c.index]) };
                if (r.ok)
                    planned.push(r.planned);
                else if ('secret' in r)
                    errors.push(new src_errors/* UserError */.yo(`${c.e.name}: ${r.secret.message}, which a hydrated branch would hold in clear`, {
                        file: config.file,
                        line: configLine(config, ['environments', c.index, 'hydrate']) ?? at.line,
                        hint: 'render a SealedSecret or an ExternalSecret instead, or write secrets: drop under hydrate: to leave Secrets out; nothing was pushed',
                    }));
                else
                    errors.push(new src_errors/* UserError */.yo(`${c.e.name} does not render at ${dry.sha.slice(0, 12)}: ${r.message}`, {
                        ...at,
                        hint: 'fix the chart, values or overlay; nothing was pushed',
                    }));
            });
            if (errors.length === 1)
                throw errors[0];
            if (errors.length > 1)
                throw new src_errors/* UserErrors */.tQ(errors);
            return planned;
        },
        configText: (sha, path) => objects.text(`${sha}:${inRepo(path)}`),
        text: (rev) => objects.text(rev),
        close: () => {
            objects.close();
            renderers.dispose();
        },
    };
}
/** The renderers of a run, each made when first needed (an overlay-only config never looks for Helm). */
function runRenderers(config, world) {
    const env = world.env;
    // One Helm per major named (an environment's helm-version), and one for the environments that name none.
    const helms = new Map();
    let kustomize = null;
    const pulls = chartPuller(world);
    const cluster = {
        ...(config.render.kubeVersion ? { kubeVersion: config.render.kubeVersion } : {}),
        apiVersions: config.render.apiVersions,
    };
    return {
        helm: (major) => {
            let found = helms.get(major);
            if (!found) {
                // One chart folder written for all the renders of a chart (the planner's reader gives the same files map).
                found = findHelmOf(major, env).then((h) => h && helmUsable(h) ? { renderer: new Renderer(h.path, cluster, {}, true), helm: h } : undefined);
                helms.set(major, found);
            }
            return found;
        },
        dispose: () => {
            for (const found of helms.values())
                void found.then((h) => h?.renderer.dispose());
            pulls.close();
        },
        pull: pulls.pull,
        kustomize: () => {
            if (kustomize === null) {
                const tool = findKustomize(env);
                kustomize = tool ? { renderer: new KustomizeRenderer(tool), tool } : undefined;
            }
            return kustomize;
        },
    };
}
/**
 * Charts from registries, through one registry client opened on the first pull (a run whose charts are all in
 * the repository opens none), with the Docker config's credentials as promote-env reads them.
 */
function chartPuller(world) {
    let opened;
    const client = () => {
        if (!opened) {
            const transport = (world.services.http ?? nodeTransport)();
            const log = (line) => world.reporter.debug(line);
            const registry = (world.services.registry ?? ((o) => new RegistryClient(o)))({
                transport,
                clock: world.clock,
                ...(world.services.retry ? { retry: world.services.retry } : {}),
                log,
                credentials: dockerCredentialSource({ configPath: dockerConfigPath(world.env, world.env.HOME ?? ''), secret: world.secret, log }),
            });
            opened = { client: registry, close: () => transport.close() };
        }
        return opened.client;
    };
    // Each chart pulled once per run: 300 environments of one published chart pull it once.
    const pulled = new Map();
    const once = (key, pull) => {
        let p = pulled.get(key);
        if (!p)
            pulled.set(key, (p = pull()));
        return p;
    };
    return {
        pull: {
            oci: (ref) => once(`oci\0${ref.registry}/${ref.repository}:${ref.tag ?? ref.range ?? ''}@${ref.digest ?? ''}`, () => pullChartArchive(client(), ref)),
            repository: (repoURL, chart, version) => once(`https\0${repoURL}\0${chart}\0${version}`, async () => (await pullRepositoryChart(client(), repoURL, chart, version)).tgz),
        },
        close: () => opened?.close(),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/git/identity.ts

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new UserError(`: expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            input: input,
            hint: words `e.g. ${named(input, "'release-bot <release-bot@example.com>'")}`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
}

;// CONCATENATED MODULE: ./packages/core/src/git/dry-order.ts
// Which DRY commit comes after which: the question hydrate-env asks before writing a proposed branch (a run
// for an older DRY commit never rolls a newer render back, issue 73 item 2) and before noting a hydrated commit
// (a note only moves forward). A DRY commit the clone lacks (a shallow checkout holds HEAD alone) is fetched
// from origin first; with it, HEAD's history between the two arrives too, since the clone has HEAD.



/**
 * Which of `candidates` are strictly newer DRY commits than `dry` (have it as a proper ancestor); the ones this
 * clone lacks fetched from origin first. One that neither holds is not newer.
 */
async function laterDryCommits(git, dry, candidates) {
    const wanted = [...new Set(candidates)].filter((c) => c !== dry && isCommitId(c));
    if (wanted.length === 0)
        return new Set();
    const held = await git(['rev-list', '--no-walk', '--ignore-missing', ...wanted]);
    const present = new Set(held.code === 0 ? held.stdout.toString('utf8').split('\n').filter(Boolean) : []);
    const missing = wanted.filter((c) => !present.has(c));
    // A commit origin does not have either stays missing, and rev-list below counts it as not newer.
    if (missing.length > 0)
        await fetchRefs(git, 'origin', missing);
    return descendantsOf(git, dry, new Set(wanted));
}
/**
 * Which of `candidates` have `dry` as a proper ancestor, in one `git rev-list` of the commits they reach and `dry`
 * does not: a path from a candidate down to `dry` runs through such commits only (each is a descendant of `dry`,
 * so none is its ancestor), so a candidate is later when, inside them, it reaches a commit whose parent is `dry`.
 * Candidates this clone does not hold are not later (`--ignore-missing`), as `merge-base --is-ancestor` said.
 */
async function descendantsOf(git, dry, candidates) {
    const later = new Set();
    if (candidates.size === 0)
        return later;
    const r = await git(['rev-list', '--parents', '--ignore-missing', ...candidates, `^${dry}`]);
    if (r.code !== 0)
        throw new src_errors/* UserError */.yo(`reading the ancestry of DRY commit ${dry.slice(0, 12)} failed: ${r.stderr.trim().split('\n')[0]}`);
    const parents = new Map();
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [c, ...ps] = line.split(' ');
        if (c)
            parents.set(c, ps);
    }
    const reaches = new Map();
    const walk = (start) => {
        const stack = [start];
        const seen = new Set();
        while (stack.length > 0) {
            const c = stack.pop();
            if (seen.has(c) || !parents.has(c))
                continue;
            seen.add(c);
            if (reaches.get(c) || parents.get(c).includes(dry))
                return true;
            stack.push(...parents.get(c));
        }
        return false;
    };
    for (const c of candidates) {
        reaches.set(c, walk(c));
        if (reaches.get(c))
            later.add(c);
    }
    return later;
}

;// CONCATENATED MODULE: ./packages/core/src/git/hydrated-objects.ts
// The objects of many hydrated commits at once (operations/hydrate/write.ts's batch): each blob, tree and commit
// is written out in its exact git form here and its id hashed here, and the objects of every branch of a run go
// to git in one `hash-object -w` per object type. The trees a branch is built on are read through the run's one
// `cat-file --batch` (objects.ts's ObjectReader). What git would write is what is written: the same tree a
// temporary index's write-tree makes (entries in git's order, a subtree's name compared as `name/`), the same
// commit `git commit-tree` makes (hydrated.test.ts checks both against git itself); git checks each id again.






function formatOf(commitId) {
    return commitId.length === 64 ? 'sha256' : 'sha1';
}
/** The object of `type` holding `data`, with its id (`<type> <size>\0<data>` hashed). */
function gitObject(type, data, format) {
    const id = (0,external_node_crypto_.createHash)(format).update(`${type} ${data.length}\0`).update(data).digest('hex');
    return { type, id, data };
}
/** A tree's entries by name, read from its object. */
function parseTree(data, format) {
    const size = format === 'sha256' ? 32 : 20;
    const out = new Map();
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const nul = data.indexOf(0, space);
        if (space < 0 || nul < 0 || nul + 1 + size > data.length)
            throw new Error('git tree object is truncated');
        out.set(data.toString('utf8', space + 1, nul), {
            mode: data.toString('latin1', at, space),
            id: data.toString('hex', nul + 1, nul + 1 + size),
        });
        at = nul + 1 + size;
    }
    return out;
}
/** A tree object of `entries`, in git's order: by name bytes, a subtree's name read as `name/`. */
function treeObject(entries, format) {
    const key = (name, e) => Buffer.from(e.mode === '40000' ? `${name}/` : name, 'utf8');
    const sorted = [...entries].map(([name, e]) => ({ name, e, k: key(name, e) })).sort((a, b) => Buffer.compare(a.k, b.k));
    const parts = sorted.flatMap(({ name, e }) => [Buffer.from(`${e.mode} ${name}\0`, 'utf8'), Buffer.from(e.id, 'hex')]);
    return gitObject('tree', Buffer.concat(parts), format);
}
/** The commit `git commit-tree` makes of `tree` on `parent`, by `who` at `date` (`<unix> <offset>`). */
function commitObject(c, format) {
    const ident = `${c.who.name} <${c.who.email}> ${c.date}`;
    const text = [
        `tree ${c.tree}\n`,
        c.parent ? `parent ${c.parent}\n` : '',
        `author ${ident}\ncommitter ${ident}\n\n`,
        c.message.endsWith('\n') ? c.message : `${c.message}\n`,
    ].join('');
    return gitObject('commit', Buffer.from(text, 'utf8'), format);
}
/**
 * The tree of `base` (a tree id; undefined: none) with `files` (path → blob id, relative to this tree) put in:
 * with `replace`, or at the folder `scope` names, what was there is dropped first. Subtrees no file enters are
 * kept as they are, mode and id. New trees go to `out`; the tree's id is returned.
 */
async function overlayTree(reader, base, files, scope, format, out) {
    const replace = scope === '';
    const entries = base && !replace ? await readTree(reader, base, format) : new Map();
    const folders = new Map();
    for (const [path, id] of files) {
        const slash = path.indexOf('/');
        if (slash < 0) {
            entries.set(path, { mode: '100644', id });
            continue;
        }
        const name = path.slice(0, slash);
        if (!folders.has(name))
            folders.set(name, new Map());
        folders.get(name).set(path.slice(slash + 1), id);
    }
    for (const [name, inner] of folders) {
        const held = entries.get(name);
        const innerScope = scope === undefined || replace
            ? undefined
            : scope === name
                ? ''
                : scope.startsWith(`${name}/`)
                    ? scope.slice(name.length + 1)
                    : undefined;
        const sub = await overlayTree(reader, held?.mode === '40000' ? held.id : undefined, inner, innerScope, format, out);
        entries.set(name, { mode: '40000', id: sub });
    }
    const tree = treeObject(entries, format);
    out.push(tree);
    return tree.id;
}
/** The entries of tree `id`, read through `reader`. */
async function readTree(reader, id, format) {
    const o = await reader.read(id);
    if (!o || o.type !== 'tree')
        throw new Error(`git tree ${id} is not in the repository`);
    return parseTree(o.data, format);
}
/** Each file (blob, link or submodule) under `tree`, by its path below `prefix`, with its id. */
async function filesOfTree(reader, tree, format, prefix = '') {
    const out = new Map();
    for (const [name, e] of await readTree(reader, tree, format)) {
        const path = `${prefix}${name}`;
        if (e.mode === '40000')
            for (const [p, id] of await filesOfTree(reader, e.id, format, `${path}/`))
                out.set(p, id);
        else
            out.set(path, e.id);
    }
    return out;
}
/** The tree id a commit names, read through `reader`. */
async function treeOfCommit(reader, commit) {
    const o = await reader.read(commit);
    const m = o?.type === 'commit' ? /^tree ([0-9a-f]{40,64})\n/.exec(o.data.toString('utf8', 0, 80)) : null;
    if (!m)
        throw new Error(`git commit ${commit} is not in the repository`);
    return m[1];
}
/**
 * Writes `objects` to the repository: one `git hash-object -w` per object type, blobs first, then trees, then
 * commits, each from files of a temporary folder. An id git gives back that is not the one hashed here throws.
 */
async function writeObjects(git, objects) {
    if (objects.length === 0)
        return;
    const local = await repo_asRepo(git).local();
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lockstep-objects-'));
    try {
        for (const type of ['blob', 'tree', 'commit']) {
            const unique = [...new Map(objects.filter((o) => o.type === type).map((o) => [o.id, o])).values()];
            if (unique.length === 0)
                continue;
            const paths = await Promise.all(unique.map(async (o, i) => {
                const p = (0,external_node_path_.join)(tmp, `${type}-${i}`);
                await (0,promises_.writeFile)(p, o.data);
                return p;
            }));
            // --no-filters: the bytes as they are (no clean filter, no line-ending conversion).
            const ids = (await local_localText(local, ['hash-object', '-w', '--no-filters', '-t', type, '--stdin-paths'], { input: `${paths.join('\n')}\n` })).split('\n');
            const wrong = unique.findIndex((o, i) => ids[i] !== o.id);
            if (ids.length !== unique.length || wrong >= 0)
                throw new Error(`git hash-object wrote ${ids[wrong] ?? 'no object'} where ${unique[wrong]?.id ?? 'none'} was expected`);
        }
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/publish-batch.ts
// Batch publishing: many branches read, fetched and pushed in one git process each (hydrate's writeBranches writes
// every environment's hydrated branch this way). One branch at a time, and what a remote's answers mean, is
// publish.ts's.




/**
 * The tip of each of `branches` on the remote (one `git ls-remote --heads`), absent ones left out; the names
 * are checked as fetchBranch checks them.
 */
async function remoteBranchTips(git, remote, branches) {
    const heads = await remoteHeads(git, remote, branches);
    return new Map(branches.filter((b) => heads.has(b)).map((b) => [b, heads.get(b)]));
}
/** Every branch of the remote with its tip (one `git ls-remote --heads`), once `branches` are checked as remoteBranchTips checks them. */
async function remoteHeads(git, remote, branches) {
    refs_assertRemoteName(remote);
    await checkBranchNames(git, branches, 'branch');
    const r = await git(['ls-remote', '--heads', '--', remote]);
    if (r.code !== 0)
        throw remoteFailure('listing branches of', remote, r.stderr);
    const heads = new Map();
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [id, ref] = line.split('\t');
        if (ref?.startsWith('refs/heads/') && isCommitId(id))
            heads.set(ref.slice('refs/heads/'.length), id);
    }
    return heads;
}
/**
 * The branch of `others` that `branch` cannot live beside: git keeps refs as paths, so `a/b` and `a/b/c` cannot
 * both exist (one would be a file where the other needs a folder). Undefined when none clashes.
 */
function refNamespaceClash(branch, others) {
    for (const o of others)
        if (o !== branch && (o.startsWith(`${branch}/`) || branch.startsWith(`${o}/`)))
            return o;
    return undefined;
}
/**
 * `branches` fetched from the remote in one `git fetch` into their tracking refs, as fetchBranch fetches one
 * (the last commits only in a shallow or empty clone); false when one of them is gone from the remote meanwhile.
 */
async function fetchBranches(git, remote, branches) {
    refs_assertRemoteName(remote);
    if (branches.length === 0)
        return true;
    await checkBranchNames(git, branches, 'branch');
    const repo = repo_asRepo(git);
    const depth = (await isShallow(git)) || (await isEmpty(repo)) ? [`--depth=${SHALLOW_FETCH_DEPTH}`] : [];
    const specs = [...new Set(branches)].map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
    const r = await git([...spawn_GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', ...depth, '--', remote, ...specs]);
    if (r.code !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return false;
        throw remoteFailure('fetching from', remote, r.stderr);
    }
    repo.noteRef();
    return true;
}
/**
 * Many branches pushed in one `git push`, each with its own lease (pushBranch's, ref by ref; not atomic: each
 * lands or not on its own). The result of each branch, by branch name.
 */
async function pushBranches(git, remote, updates) {
    refs_assertRemoteName(remote);
    const out = new Map();
    if (updates.length === 0)
        return out;
    await checkBranchNames(git, updates.map((u) => u.branch), 'branch');
    for (const u of updates) {
        for (const id of u.expected === undefined ? [u.sha] : [u.sha, u.expected])
            if (!isCommitId(id))
                throw new Error(`pushBranches: ${JSON.stringify(id)} is not a commit id`);
    }
    const leases = updates.map((u) => `--force-with-lease=refs/heads/${u.branch}:${u.expected ?? ''}`);
    const r = await git([
        'push',
        '--porcelain',
        '--no-verify',
        ...leases,
        '--',
        remote,
        ...updates.map((u) => `${u.sha}:refs/heads/${u.branch}`),
    ]);
    const lines = parsePushPorcelain(r.stdout.toString('utf8'));
    for (const u of updates) {
        const line = lines.find((l) => l.to === `refs/heads/${u.branch}`);
        if (!line)
            throw remoteFailure('pushing to', remote, r.stderr);
        out.set(u.branch, pushOutcome(line, r.stderr));
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/write.ts
// The hydrated branches written. writeBranches, the run's way: every branch's tip read in one ls-remote, each
// compared with its planned files without a git start, the objects of the changed ones written in one
// hash-object per type and pushed in one push, a lease on each tip that was read. writeBranch, one branch at a
// time: its tip fetched, the tree of the planned files written on it (one write-tree), compared with what the
// tip holds and, when the manifests differ, one commit pushed with a lease; the batch falls back on it for a
// branch whose lease lost. Either way the commit carries the DRY commit's date and a fixed identity, so two runs
// hydrating the same DRY commit on the same tip make the same commit: one push lands, the other finds the
// branch already there. A push that lost to another (the lease no longer holds) reads the branch again.









/** Rounds of read, build and push before a branch that keeps moving is given up on. */
const ATTEMPTS = 5;
async function writeBranch(git, w) {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const tip = await fetchBranch(git, 'origin', w.branch);
        // Read again each round: a lost lease may mean a run for a newer DRY commit pushed meanwhile.
        const newer = tip ? await newerOn(git, w, await dryShaAt(git, tip, ownMetadata(w))) : undefined;
        if (newer)
            return { status: 'superseded', commit: tip, newer };
        // A first hydration grows out of the active branch (another app's folder on a shared one kept as it is there).
        const from = tip ?? (w.active !== undefined && w.active !== w.branch ? await fetchBranch(git, 'origin', w.active) : undefined);
        const built = await writeHydratedTree(git, from, w.scope, w.files, !w.dryRun);
        const existing = tip ? await blobsUnder(git, tip, w.scope) : undefined;
        // Nothing changed: the tip stays; when its hydrator.metadata names another DRY commit, it is behind (run.ts notes it).
        if (tip && existing && sameManifests(existing, built.blobs, w.metadata))
            return {
                status: 'unchanged',
                commit: tip,
                ...(w.metadata.some((m) => existing.get(m) !== built.blobs.get(m)) ? { behind: true } : {}),
            };
        if (w.dryRun)
            return { status: tip ? 'would-update' : 'would-create', ...(tip ? { commit: tip } : {}) };
        const commit = await commitHydratedTree(git, {
            tree: built.tree,
            ...(from ? { parent: from } : {}),
            message: message(w),
            who: BOT_IDENTITY,
            date: w.dry.committed,
        });
        const pushed = await pushBranch(git, 'origin', w.branch, commit, tip);
        if (pushed.ok)
            return { status: !pushed.updated ? 'unchanged' : tip ? 'updated' : 'created', commit };
        if (pushed.reason === 'rejected')
            throw refused(w.branch, pushed.detail);
    }
    throw new src_errors/* UserError */.yo(`${w.branch} kept moving while ${w.environment} was hydrated (${ATTEMPTS} attempts)`, {
        hint: 'run again: each attempt reads the branch anew',
    });
}
/**
 * Every branch of a run written at once: the tips of all of them read in one `ls-remote`, the ones the clone
 * lacks fetched in one fetch, each compared with its planned files through the run's one `cat-file --batch`
 * (no git start for a branch that holds its manifests already), the objects of every changed branch written in
 * one `hash-object` per type (hydrated-objects.ts), and all of them pushed in one push, each with its own lease.
 * A branch whose lease no longer holds (another run pushed first) goes through writeBranch, which reads it
 * again; so does a branch two environments write (each builds on the other's commit) and, when a branch
 * vanished between the listing and the fetch, every branch. Outcomes in the order of `writes`.
 */
async function writeBranches(git, reader, writes) {
    const out = new Array(writes.length);
    const count = new Map();
    for (const w of writes)
        count.set(w.branch, (count.get(w.branch) ?? 0) + 1);
    const batch = writes.map((w, i) => ({ w, i })).filter(({ w }) => count.get(w.branch) === 1);
    const fromActive = (w) => (w.active !== undefined && w.active !== w.branch ? [w.active] : []);
    const names = batch.flatMap(({ w }) => [w.branch, ...fromActive(w)]);
    const heads = await remoteHeads(git, 'origin', names);
    refuseClashes(writes, heads);
    const tips = new Map(names.filter((b) => heads.has(b)).map((b) => [b, heads.get(b)]));
    const held = await Promise.all([...tips].map(async ([branch, sha]) => ((await reader.commit(sha)) === undefined ? [branch] : [])));
    const missing = held.flat();
    let fetched = true;
    if (missing.length > 0) {
        fetched = await fetchBranches(git, 'origin', missing);
        // The reader's git reads the packs the fetch brought when it starts again.
        reader.close();
    }
    const objects = [];
    const updates = [];
    const newer = fetched ? await newerTips(git, reader, batch, tips) : new Map();
    // Every branch at once: their reads go to the one cat-file together.
    const built = fetched ? await Promise.all(batch.map(async ({ w, i }) => newer.get(i) ?? buildBranch(reader, w, tips))) : [];
    // A signed commit is git's to make (commit-tree -S with the key): a branch with one to write goes one by one below.
    const signed = signs(git);
    built.forEach((b, k) => {
        const i = batch[k].i;
        if ('status' in b)
            out[i] = b;
        else if (signed)
            return;
        else {
            objects.push(...b.objects);
            updates.push({ branch: writes[i].branch, sha: b.commit, expected: b.tip, i });
        }
    });
    await writeObjects(git, objects);
    const pushed = await pushBranches(git, 'origin', updates);
    for (const u of updates) {
        const p = pushed.get(u.branch);
        if (p.ok)
            out[u.i] = { status: !p.updated ? 'unchanged' : u.expected ? 'updated' : 'created', commit: u.sha };
        else if (p.reason === 'rejected')
            throw refused(u.branch, p.detail);
    }
    // The rest one by one: lost leases, shared branches, signed commits, or all when the batch could not be fetched.
    for (let i = 0; i < writes.length; i++)
        out[i] ??= await writeBranch(git, writes[i]);
    return out;
}
/** The hydrator.metadata of the environment's own folder: what says which DRY commit its manifests render. */
function ownMetadata(w) {
    return w.metadata.at(-1);
}
/** The DRY commit `held` (a tip's drySha) when it is strictly newer than the one this run hydrates, else undefined. */
async function newerOn(git, w, held) {
    if (held === undefined || held === w.dry.sha)
        return undefined;
    return (await laterDryCommits(git, w.dry.sha, [held])).has(held) ? held : undefined;
}
/**
 * The branches of the batch whose tip holds the render of a newer DRY commit than this run's (a re-run, a slower
 * job): superseded, by index in the run's writes. Every tip's drySha read through the one cat-file, their order
 * asked of git once per DRY commit (all the run's writes share one).
 */
async function newerTips(git, reader, batch, tips) {
    const held = await Promise.all(batch.map(async ({ w }) => {
        const tip = tips.get(w.branch);
        return tip ? dryShaOf(await reader.text(`${tip}:${ownMetadata(w)}`)) : undefined;
    }));
    const out = new Map();
    for (const dry of new Set(batch.map(({ w }) => w.dry.sha))) {
        const later = await laterDryCommits(git, dry, held.filter((h, k) => h !== undefined && batch[k].w.dry.sha === dry));
        batch.forEach(({ w, i }, k) => {
            const h = held[k];
            if (w.dry.sha === dry && h !== undefined && later.has(h))
                out.set(i, { status: 'superseded', commit: tips.get(w.branch), newer: h });
        });
    }
    return out;
}
/** A branch of the batch: its outcome when nothing is to be pushed, else its commit and the objects it needs. */
async function buildBranch(reader, w, tips) {
    const tip = tips.get(w.branch);
    const from = tip ?? (w.active !== undefined && w.active !== w.branch ? tips.get(w.active) : undefined);
    const format = formatOf(w.dry.sha);
    const blobs = w.files.map((f) => gitObject('blob', Buffer.from(f.content, 'utf8'), format));
    const planned = new Map(w.files.map((f, k) => [f.path, blobs[k].id]));
    const existing = tip ? await heldFiles(reader, tip, w.scope, format) : undefined;
    // Nothing changed: the tip stays; when its hydrator.metadata names another DRY commit, it is behind (run.ts notes it).
    if (tip && existing && sameManifests(existing, planned, w.metadata))
        return {
            status: 'unchanged',
            commit: tip,
            ...(w.metadata.some((m) => existing.get(m) !== planned.get(m)) ? { behind: true } : {}),
        };
    if (w.dryRun)
        return tip ? { status: 'would-update', commit: tip } : { status: 'would-create' };
    const objects = [...blobs];
    const base = from ? await treeOfCommit(reader, from) : undefined;
    const tree = await overlayTree(reader, base, planned, w.scope ?? '', format, objects);
    const commit = commitObject({ tree, ...(from ? { parent: from } : {}), message: message(w), who: BOT_IDENTITY, date: w.dry.committed }, format);
    objects.push(commit);
    return { commit: commit.id, tip, objects };
}
/** Each file of `commit` under `scope` (undefined: all), by path, with its blob id: what blobsUnder lists. */
async function heldFiles(reader, commit, scope, format) {
    let tree = await treeOfCommit(reader, commit);
    for (const name of scope === undefined ? [] : scope.split('/')) {
        const e = (await readTree(reader, tree, format)).get(name);
        tree = e?.mode === '40000' ? e.id : undefined;
        if (tree === undefined)
            return new Map();
    }
    return filesOfTree(reader, tree, format, scope === undefined ? '' : `${scope}/`);
}
/**
 * Every write whose branch git cannot create beside a branch origin holds, or beside another this run writes
 * (`environment/dev-next` and `environment/dev-next/app-a`: a ref is a file, so its name cannot also be a folder),
 * refused together before anything is pushed: a push would only be refused, never "keep moving".
 */
function refuseClashes(writes, heads) {
    const errors = [];
    for (const w of writes) {
        if (heads.has(w.branch))
            continue;
        const onOrigin = refNamespaceClash(w.branch, heads.keys());
        const mine = onOrigin === undefined ? writes.find((o) => refNamespaceClash(w.branch, [o.branch]) !== undefined) : undefined;
        const other = onOrigin ?? mine?.branch;
        if (other === undefined)
            continue;
        const holder = onOrigin !== undefined ? `origin has the branch ${other}` : `${mine.environment} writes ${other} in this run`;
        const way = onOrigin !== undefined
            ? `delete ${other} on origin if nothing reads it any more (git push origin --delete ${other})`
            : `give one of them another name`;
        errors.push(new src_errors/* UserError */.yo(`${w.environment}: hydrate-env cannot create ${w.branch}: ${holder}, and git cannot hold a branch and another under its name (a ref is a file, not a folder)`, {
            ...w.where,
            hint: `name ${w.environment}'s proposed branch so that neither is a folder of the other${renamed(w.branch, other)}, or ${way}; nothing was pushed`,
        }));
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new src_errors/* UserErrors */.tQ(errors);
}
/** `(hydrate-to: a/b-c-d)` for `a/b/c/d` beside `a/b`: the branch kept beside the other; '' when the branch is the shorter. */
function renamed(branch, other) {
    if (!branch.startsWith(`${other}/`))
        return '';
    return ` (hydrate-to: ${other}-${branch.slice(other.length + 1).replace(/\//g, '-')})`;
}
function refused(branch, detail) {
    return new src_errors/* UserError */.yo(`origin refused the push of ${branch}: ${detail}`, {
        hint: `let the token push to ${branch} (contents: write; a branch rule that blocks it)`,
    });
}
/** Whether a branch's files hold the planned manifests: the same paths with the same blobs, hydrator.metadata aside. */
function sameManifests(existing, planned, metadata) {
    const a = [...existing].filter(([p]) => !metadata.includes(p));
    const b = [...planned].filter(([p]) => !metadata.includes(p));
    return a.length === b.length && a.every(([p, oid]) => planned.get(p) === oid);
}
/** `hydrate <env> from <dry12>`, the DRY subject, and the trailers naming the DRY commit and the renderer. */
function message(w) {
    return [
        `hydrate ${w.environment} from ${w.dry.sha.slice(0, 12)}`,
        '',
        w.dry.subject,
        '',
        generatedTrailer('hydrate-env'),
        `Lockstep-Dry-Sha: ${w.dry.sha}`,
        `Lockstep-Renderer: ${w.renderer}`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/git/hydrator-notes.ts
// The git-notes variant of GitOps Promoter's hydrator contract (the one Argo CD's Source Hydrator writes since
// 3.3): a DRY commit whose render of an environment changes nothing makes no hydrated commit; instead the
// hydrated commit the proposed branch already holds gets a note in refs/notes/hydrator.metadata whose JSON names
// that newer drySha. So "the manifests of this hydrated commit are the render of DRY commit N as well" is said
// without a commit, and a promotion that asks whether an environment runs DRY commit N can tell (promote/
// hydrated.ts). The note only moves forward: a note already naming N, or a DRY commit after N, is left as it is,
// and the notes commit is built from fixed identity and date, so two runs noting the same DRY commit on the same
// notes tip make the same commit and push it once; a push that lost to another reads the notes again.








/** The notes ref of the contract's git-notes variant. */
const HYDRATOR_NOTES = 'refs/notes/hydrator.metadata';
/** Rounds of read, note and push before a notes ref that keeps moving is given up on. */
const hydrator_notes_ATTEMPTS = 5;
/** origin's notes fetched into the local notes ref; its commit, or undefined when origin has none (the local ref then removed). */
async function fetchHydratorNotes(git) {
    const r = await git([
        ...spawn_GIT_FETCH,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--',
        'origin',
        `+${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`,
    ]);
    if (r.code !== 0) {
        if (!/couldn't find remote ref/i.test(r.stderr))
            throw new src_errors/* UserError */.yo(`fetching ${HYDRATOR_NOTES} from origin failed: ${r.stderr.trim().split('\n')[0]}`);
        await git(['update-ref', '-d', HYDRATOR_NOTES]);
        return undefined;
    }
    return spawn_gitTry(git, ['rev-parse', '--verify', '--quiet', `${HYDRATOR_NOTES}^{commit}`]);
}
/** The drySha the local notes ref's note on `commit` names (a full SHA), else undefined (no note, not JSON, no such key). */
async function notedDrySha(git, commit) {
    const text = await spawn_gitTry(git, ['notes', `--ref=${HYDRATOR_NOTES}`, 'show', '--end-of-options', commit]);
    return dryShaOf(text);
}
/**
 * Notes on the hydrated commits `commits` saying their manifests are the render of DRY commit `dry` too, built in
 * one `git fast-import` (a notes commit per commit noted, as `git notes add` makes them) and pushed to origin with a
 * lease on the notes tip read; the commits noted (those whose note named neither `dry` nor a later DRY commit).
 * `date` (the DRY commit's) and `who` make the notes commits the same for every run noting the same DRY commit on
 * the same notes tip. A round costs the same few git processes however many commits are noted: the notes read in
 * one `git log`, the ancestry of the DRY commits they name in one `git rev-list`, the notes written in one
 * fast-import (300 environments noted one by one started ~900 processes).
 */
async function noteDrySha(git, commits, dry, who, date) {
    for (const c of [...commits, dry])
        if (!isCommitId(c))
            throw new Error(`noteDrySha: ${JSON.stringify(c)} is not a commit id`);
    if (commits.length === 0)
        return [];
    const stamp = `${who.name} <${who.email}> ${rawDate(date)}`;
    const local = await repo_asRepo(git).local();
    const unique = [...new Set(commits)];
    for (let attempt = 1; attempt <= hydrator_notes_ATTEMPTS; attempt++) {
        const base = await fetchHydratorNotes(git);
        const noted = base ? await notedDryShas(git, unique) : new Map();
        const later = await descendantsOf(git, dry, new Set([...noted.values()].filter((n) => n !== dry)));
        // Never backwards: a note naming this DRY commit or one after it (a concurrent run for a newer commit) stays.
        const due = unique.filter((c) => {
            const n = noted.get(c);
            return n === undefined || (n !== dry && !later.has(n));
        });
        if (due.length === 0)
            return [];
        await local_localText(local, ['fast-import', '--quiet', '--done'], { input: notesStream(due, dry, stamp, base) });
        const r = await git([
            'push',
            '--porcelain',
            '--no-verify',
            `--force-with-lease=${HYDRATOR_NOTES}:${base ?? ''}`,
            '--',
            'origin',
            `${HYDRATOR_NOTES}:${HYDRATOR_NOTES}`,
        ]);
        const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === HYDRATOR_NOTES);
        if (line && line.flag !== '!')
            return line.flag === '=' ? [] : due;
        // The lease lost to a push landing meanwhile (another run's notes): read the notes again and note on them.
        if (line && /stale info|fetch first|non-fast-forward|failed to update ref|cannot lock ref|failed to lock/.test(line.summary))
            continue;
        throw new src_errors/* UserError */.yo(`origin refused the push of ${HYDRATOR_NOTES}: ${line?.summary ?? r.stderr.trim().split('\n')[0]}`, {
            hint: `let the token push ${HYDRATOR_NOTES} (contents: write)`,
        });
    }
    throw new src_errors/* UserError */.yo(`${HYDRATOR_NOTES} kept moving while DRY commit ${dry.slice(0, 12)} was noted (${hydrator_notes_ATTEMPTS} attempts)`, {
        hint: 'run again: each attempt reads the notes anew',
    });
}
/** The drySha each of `commits` has a note naming (as notedDrySha reads it), in one `git log` over them all. */
async function notedDryShas(git, commits) {
    const r = await git([
        'log',
        '-z',
        '--no-walk=unsorted',
        '--no-notes',
        `--notes=${HYDRATOR_NOTES}`,
        '--format=%H %N',
        '--end-of-options',
        ...commits,
    ]);
    const records = r.stdout.toString('utf8').split('\0');
    if (records.at(-1) === '')
        records.pop();
    // Each record is `<commit> <note>`, in the order asked; a note holding a NUL breaks that order, and then each
    // commit's note is read on its own rather than trusting records a note's bytes may have forged.
    if (r.code !== 0 || records.length !== commits.length || records.some((rec, k) => !rec.startsWith(`${commits[k]} `))) {
        const one = await Promise.all(commits.map((c) => notedDrySha(git, c)));
        return new Map(commits.flatMap((c, k) => (one[k] ? [[c, one[k]]] : [])));
    }
    const noted = new Map();
    records.forEach((rec, k) => {
        const sha = dryShaOf(rec.slice(commits[k].length + 1));
        if (sha)
            noted.set(commits[k], sha);
    });
    return noted;
}
/** The fast-import stream of one notes commit per commit in `due`, on `base` (or a first notes commit). */
function notesStream(due, dry, stamp, base) {
    const note = `${JSON.stringify({ drySha: dry })}\n`;
    const message = "Notes added by 'git notes add'\n";
    let out = base ? '' : `reset ${HYDRATOR_NOTES}\n\n`;
    due.forEach((commit, k) => {
        out += `commit ${HYDRATOR_NOTES}\nauthor ${stamp}\ncommitter ${stamp}\ndata ${Buffer.byteLength(message)}\n${message}`;
        if (k === 0 && base)
            out += `from ${base}\n`;
        out += `N inline ${commit}\ndata ${Buffer.byteLength(note)}\n${note}\n`;
    });
    return `${out}done\n`;
}
/** `date` in git's raw form, `<seconds> <+hhmm>`: given so (as the DRY commit's `%ad`-raw reading is), or ISO 8601 with its offset kept. */
function rawDate(date) {
    if (/^\d{1,12} [+-]\d{4}$/.test(date))
        return date;
    const ms = Date.parse(date);
    const m = /(Z|([+-])(\d\d):?(\d\d))$/.exec(date);
    if (Number.isNaN(ms) || !m)
        throw new Error(`noteDrySha: ${JSON.stringify(date)} is not a git date (raw or ISO 8601 with an offset)`);
    return `${Math.floor(ms / 1000)} ${m[1] === 'Z' ? '+0000' : `${m[2]}${m[3]}${m[4]}`}`;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/run.ts
// `lockstep hydrate` / hydrate-env: every environment with `hydrate:` (or those `env` names) rendered at the
// DRY commit (HEAD) first, all of them, so a render that fails pushes nothing; then, per environment, one
// tree written on the tip of its proposed branch and one commit pushed with a lease on that tip (write.ts).

















/** The Argo CD Application that deploys `e`, when one does. */
const appOf = (e) => deploymentOf(e)?.application;
/** The environment's `hydrate:` (carried as written onto the Config by config.ts's unnamedKeys). */
function hydrateOf(e) {
    return e.hydrate;
}
async function runHydrate(req, world) {
    const config = await loadCheckedConfig(req.workdir, req.config);
    const asked = chooseEnvironments(config, req.environments);
    const open = world.services.repo ?? repoOpener(world.env);
    const plain = open(req.workdir);
    const dry = await dryCommit(plain, 'HEAD');
    if (!dry)
        throw new src_errors/* UserError */.yo('the working directory has no commit to hydrate', {
            hint: 'check out the DRY branch (actions/checkout) before this step',
        });
    const repoURL = repositoryUrl(world.env, await plain.remoteUrl());
    const planner = await openPlanner(config, req.workdir, world, plain, repoURL);
    let chosen;
    try {
        chosen = await resolveTargets(config, asked, (p) => planner.configText(dry.sha, p), await dryBranches(plain, world.env));
    }
    catch (err) {
        planner.close();
        throw err;
    }
    if (req.mode === 'check') {
        try {
            const git = await withToken(plain, req.workdir, world.token, open);
            return { mode: 'check', drySha: dry.sha, dryRun: true, environments: await checkHydrated(git, chosen, req.commit, planner) };
        }
        finally {
            planner.close();
        }
    }
    let planned;
    try {
        planned = await planner.plan(dry, chosen);
    }
    finally {
        planner.close();
    }
    const git = req.dryRun ? plain : await withToken(plain, req.workdir, world.token, open);
    const writes = planned.map((p) => ({
        branch: proposedBranch(p.h),
        active: p.h.branch,
        scope: p.h.path,
        metadata: metadataPaths(p.h),
        files: p.files,
        dry,
        environment: p.e.name,
        renderer: p.renderer,
        dryRun: req.dryRun,
        where: branchNamedAt(config, p),
    }));
    // The key is checked before anything is written; its temporary file is gone when the writes are.
    const source = req.dryRun ? undefined : signingSource(req, req.workdir);
    const signing = source ? await openSigningKey(source, world.env) : undefined;
    if (signing)
        signWith(git, signing);
    const reader = new ObjectReader(req.workdir, world.env);
    let outcomes;
    try {
        outcomes = await writeBranches(git, reader, writes);
    }
    finally {
        reader.close();
        signing?.cleanup();
    }
    const environments = planned.map((p, k) => ({
        name: p.e.name,
        branch: writes[k].branch,
        ...(p.h.path ? { path: p.h.path } : {}),
        status: outcomes[k].status,
        ...(outcomes[k].commit ? { commit: outcomes[k].commit } : {}),
        ...(outcomes[k].newer ? { newer: outcomes[k].newer } : {}),
        files: p.files.length,
        dropped: p.dropped,
        renderer: p.renderer,
    }));
    // The contract's git-notes variant: each tip that already held this DRY commit's render says so in a note, all
    // of them written by one fast-import and pushed once (a promotion then knows the environment runs this DRY
    // commit; promote/hydrated.ts).
    const behind = environments.filter((e, k) => outcomes[k].behind && e.commit);
    if (!req.dryRun && behind.length > 0) {
        const noted = new Set(await noteDrySha(git, behind.map((e) => e.commit), dry.sha, BOT_IDENTITY, dry.committed));
        for (const e of behind)
            if (noted.has(e.commit))
                e.noted = true;
    }
    return { mode: 'hydrate', drySha: dry.sha, dryRun: req.dryRun, environments };
}
/** The DRY branch as this run knows it: the branch checked out, the branch the run was started for, origin's default branch. */
async function dryBranches(plain, env) {
    const out = [];
    const checkedOut = await currentBranch(plain);
    if (checkedOut)
        out.push({ branch: checkedOut, why: 'checked out here' });
    const ref = env.GITHUB_REF;
    if (ref?.startsWith('refs/heads/'))
        out.push({ branch: ref.slice('refs/heads/'.length), why: 'the branch this run was started for' });
    const head = await remoteHeadRef(plain);
    if (head)
        out.push({ branch: head, why: "origin's default branch" });
    return out;
}
/** An environment's Application's spec.sourceHydrator at the DRY commit, when it has one. */
async function sourceHydratorOf(e, read) {
    const ref = deploymentOf(e)?.application;
    const text = ref ? await read(ref.file) : undefined;
    return ref && text !== undefined ? readSourceHydrator(text, ref.file, ref.name) : undefined;
}
/**
 * The environments asked for with their `hydrate:` complete: what the config leaves out read from the
 * Application's spec.sourceHydrator (source-hydrator.ts) at the DRY commit; then each target checked, and every
 * branch written checked against the branches others own (owned.ts).
 */
async function resolveTargets(config, asked, read, dry) {
    const chosen = [];
    for (const c of asked) {
        const hydrator = await sourceHydratorOf(c.e, read);
        if (hydrator) {
            const h = withSourceHydrator(c.h, hydrator);
            // The branch written was named in the Application only when the config's hydrate: leaves hydrate-to out.
            const named = c.h['hydrate-to'] === undefined
                ? { file: hydrator.file, line: hydrator.writtenLine, key: 'spec.sourceHydrator.hydrateTo.targetBranch' }
                : undefined;
            chosen.push({ ...c, h, ...(named ? { named } : {}), ...(hydrator.dryRevision ? { dryRevision: hydrator.dryRevision } : {}) });
        }
        else if (c.h.branch !== undefined)
            chosen.push({ ...c, h: { ...c.h, branch: c.h.branch } });
        else
            throw new src_errors/* UserError */.yo(`${c.e.name}: hydrate: names no branch, and ${appOf(c.e) ? `its Application ${appOf(c.e).file} has no spec.sourceHydrator` : 'no application: says one'}`, {
                file: config.file,
                line: configLine(config, ['environments', c.index, 'hydrate']),
                hint: `write hydrate: { branch: environment/${c.e.name} }, or name an Application whose spec.sourceHydrator.syncSource says where`,
            });
    }
    checkTargets(config, chosen);
    const revisions = chosen.flatMap((c) => c.dryRevision ? [{ branch: c.dryRevision, why: `the drySource revision of ${c.e.name}'s Application` }] : []);
    refuseOwnedBranches(config, chosen, ownedBranches(config, await activeBranches(config, chosen, read), [...dry, ...revisions]));
    return chosen;
}
/**
 * Every hydrated environment's active branch, by environment: the chosen ones' as resolved, the others' from their
 * `hydrate:` or their Application (one that cannot be read is not this run's to refuse: it is left out).
 */
async function activeBranches(config, chosen, read) {
    const out = new Map();
    for (const e of config.environments) {
        const h = hydrateOf(e);
        if (!h)
            continue;
        const mine = chosen.find((c) => c.e.name === e.name);
        let branch = mine?.h.branch ?? h.branch;
        if (branch === undefined)
            try {
                branch = (await sourceHydratorOf(e, read))?.targetBranch;
            }
            catch (err) {
                if (!(err instanceof src_errors/* UserError */.yo))
                    throw err;
            }
        if (branch !== undefined)
            out.set(e.name, branch);
    }
    return out;
}
/** Each target is a plain folder of its branch, and no two environments write the same branch and folder. */
function checkTargets(config, chosen) {
    // A path is a folder of the hydrated branch: never outside it, never git's own folder.
    for (const { e, h, index } of chosen)
        if (h.path !== undefined && h.path.split('/').some((s) => s === '.' || s === '..' || s.toLowerCase() === '.git'))
            throw new src_errors/* UserError */.yo(`${e.name}: hydrate.path ${JSON.stringify(h.path)} is not a plain folder of the branch`, {
                file: config.file,
                line: configLine(config, ['environments', index, 'hydrate']),
                hint: "write GitOps Promoter's activePath, e.g. path: app-a",
            });
    // Two environments writing the same branch and folder would overwrite each other.
    const seen = new Map();
    for (const { e, h, index } of chosen) {
        const key = `${proposedBranch(h)}\0${h.path ?? ''}`;
        const other = seen.get(key);
        if (other !== undefined)
            throw new src_errors/* UserError */.yo(`${e.name} hydrates ${proposedBranch(h)} as ${other} does`, {
                file: config.file,
                line: configLine(config, ['environments', index, 'hydrate']),
                hint: 'give each environment its own branch, or its own path: on a shared branch',
            });
        seen.set(key, e.name);
    }
}
/** The environments to hydrate, in the config's order, each with its `hydrate:` and its index; a named one without it is refused. */
function chooseEnvironments(config, names) {
    const all = config.environments.map((e, index) => ({ e, h: hydrateOf(e), index }));
    for (const n of names) {
        const found = all.find((x) => x.e.name === n);
        if (!found)
            throw new src_errors/* UserError */.yo(`names ${n}, which is no environment of the config`, {
                input: 'env',
                hint: `name one of ${all.map((x) => x.e.name).join(', ') || 'the config environments'}`,
            });
        if (!found.h)
            throw new src_errors/* UserError */.yo(`names ${n}, which has no hydrate: in the config`, {
                input: 'env',
                file: config.file,
                line: configLine(config, ['environments', found.index]),
                hint: (0,src_errors/* words */.aL) `add hydrate: { branch: environment/${n} } to it, or leave it out of ${(0,src_errors/* named */.KT)('env')}`,
            });
    }
    const chosen = all.filter((x) => !!x.h && (names.length === 0 || names.includes(x.e.name)));
    if (chosen.length === 0)
        throw new src_errors/* UserError */.yo('no environment of the config has hydrate:', {
            file: config.file,
            hint: 'add hydrate: { branch: environment/<name> } to each environment to hydrate (docs/configuration.md)',
        });
    return chosen;
}
/**
 * The DRY repository's URL for hydrator.metadata: the runner's repository on its server, else origin's URL
 * without any credential in it; undefined when neither is known.
 */
function repositoryUrl(env, origin) {
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY)
        return `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`;
    if (origin === undefined)
        return undefined;
    try {
        const u = new URL(origin);
        u.username = '';
        u.password = '';
        return u.toString().replace(/\.git$/, '');
    }
    catch {
        return origin;
    }
}


/***/ })

};

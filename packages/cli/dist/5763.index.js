export const id = 5763;
export const ids = [5763];
export const modules = {

/***/ 85763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ checkYamlEdit)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/yaml/scalars.ts
var scalars = __webpack_require__(47812);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
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

// EXTERNAL MODULE: ./packages/core/src/yaml/plain-document.ts
var plain_document = __webpack_require__(88855);
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
function checkYamlEdit(file, before, after, intended, opts = {}) {
    const paths = () => intended.map((i) => (0,yaml_edit/* formatPath */.jV)(i.path)).join(', ') || 'nothing';
    if (opts.document !== undefined)
        return checkDocumentEdit(file, before, after, intended, opts.document, paths);
    const body = (0,bytes/* stripBom */.F8)(before);
    let expected = ((0,yaml_edit/* recentlyParsed */._I)(body, file, opts.cache) ?? (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: false })).toJS({
        maxAliasCount: -1,
    });
    for (const i of intended)
        expected = setIn(expected, i.path, i.value);
    const afterBody = (0,bytes/* stripBom */.F8)(after);
    const changed = () => new Error(`${file}: the edit changed more than ${paths()} (the YAML 1.2 reading differs); nothing was written`);
    const yaml11 = (i) => new Error(`${file}: ${(0,yaml_edit/* formatPath */.jV)(i.path)} would be read as something other than a string under YAML 1.1; nothing was written`);
    const plain = (0,parse_cache/* parseWith */.K)(opts.cache, plain_document/* PLAIN_DOCUMENT */.VE, afterBody);
    if (plain !== undefined) {
        if (!sameData(expected, plain.data))
            throw changed();
        for (const i of intended) {
            const source = plain.plainAt(i.path);
            if (source !== undefined && (0,scalars/* yaml11Type */.Ax)(source) !== 'str')
                throw yaml11(i);
        }
        return;
    }
    const doc = parsedAfter(file, afterBody, opts.cache);
    if (doc.errors.length > 0 || !sameData(expected, doc.toJS({ maxAliasCount: -1 })))
        throw changed();
    for (const i of intended) {
        const node = nodeIn(doc.contents, i.path);
        if ((0,dist/* isScalar */.jn)(node) && node.type === dist/* Scalar */.X5.PLAIN && node.range && (0,scalars/* yaml11Type */.Ax)(afterBody.slice(node.range[0], node.range[1])) !== 'str')
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
        return (0,yaml_edit/* parseShared */.fj)(body, file, cache).doc;
    }
    catch {
        return (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: false });
    }
}
function documentsOf(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)((0,bytes/* stripBom */.F8)(text), { uniqueKeys: false });
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


/***/ }),

/***/ 63077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ setScalars),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   JF: () => (/* binding */ primeParse),
/* harmony export */   VO: () => (/* binding */ renderScalar),
/* harmony export */   Xt: () => (/* binding */ indentUnit),
/* harmony export */   Y7: () => (/* binding */ insertPair),
/* harmony export */   _I: () => (/* binding */ recentlyParsed),
/* harmony export */   fj: () => (/* binding */ parseShared),
/* harmony export */   iu: () => (/* binding */ setBlockScalar),
/* harmony export */   j5: () => (/* binding */ yamlKey),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports parseBody, setScalar */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47812);
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
function frame(text) {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: the file is empty`, { file, line: 1, hint: 'write the chart metadata first' });
        refuseShared(parsed, node, label, aliased);
        if (typeof key === 'number') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${formatPath(path.slice(0, i)) || 'the document'} is not a list`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            const item = node.items[key];
            if (item === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: there is no item ${key} in ${formatPath(path.slice(0, i))}`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            parents.push(node);
            node = item;
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const where = formatPath(path.slice(0, i));
            const hint = where && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)
                ? `write ${where} as a mapping (\`${where}:\` with indented \`key: value\` lines), or check the key path`
                : 'check the key path';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${where || 'the document'} is not a mapping`, { file, line: parsed.lineOf(node), hint });
        }
        const map = node;
        const pairs = map.items.filter((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
        if (pairs.length > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`duplicate key '${key}'`, {
                file,
                line: parsed.lineOf(pairs[1].key),
                hint: 'remove one of the duplicate keys',
            });
        const pair = pairs[0];
        if (!pair) {
            const merge = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === '<<');
            if (merge)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} would come from a merge key (<<), not from this mapping`, {
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
                const empty = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(null);
                empty.range = [colon + 1, colon + 1, colon + 1];
                return { found: true, node: empty, parents };
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${formatPath(path.slice(0, i + 1))} is empty`, {
                file,
                line: parsed.lineOf(pair.key),
                hint: 'fill in the mapping',
            });
        }
        node = pair.value;
    }
    if (node === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: the file is empty`, { file, line: 1 });
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
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(parsed.doc, {
        Alias(_, a) {
            names.add(a.source);
        },
    });
    return names;
}
function refuseShared(parsed, node, label, aliased) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is reached through the alias *${node.source}`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the value out instead of using an alias',
        });
    const anchor = node.anchor;
    if (anchor && aliased.has(anchor))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is inside &${anchor}, which an alias repeats elsewhere`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the values out instead of using an anchor and alias',
        });
}
function inFlow(parents) {
    return parents.some((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(p) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p)) && p.flow === true);
}
/** How a new scalar is written where a scalar of `style` was: the same quoting when it reads back right. */
function renderScalar(value, style, flow = false) {
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(value);
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .singleQuote */ .nI)(value) ?? (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(value);
    const plainOk = (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainSafe */ .aj)(value) && !(flow && /[,[\]{}]/.test(value));
    return plainOk ? value : (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(value);
}
/**
 * Parses for editing through parseShared: parseYaml's UserErrors (syntax,
 * duplicate keys, several documents) name file:line, and a file without any
 * document is refused.
 */
function parseBody(body, file, cache) {
    const parsed = parseShared(body, file, cache);
    if (parsed.empty)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the file holds no YAML document', { file, line: 1, hint: 'write its keys first' });
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
function parseShared(body, file, cache) {
    return (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, body, file);
}
/**
 * Offers a parse a caller already made (e.g. parseChart while planning) of
 * `parsed.text` (BOM stripped, as parseYaml returns it) to the next edit of
 * exactly that text and file through `cache`.
 */
function primeParse(parsed, cache) {
    cache.put(_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, parsed.text, parsed, parsed.file);
}
/** The parsed document of a text `cache` holds for `file` (BOM already stripped), if it still does. */
function recentlyParsed(body, file, cache) {
    return cache?.peek(_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, body, file)?.doc;
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
    return setScalars(text, file, [{ path, value, ...edit }], { document, cache });
}
/**
 * The parse an edit works on: the single document (the usual, cached path),
 * or with `document` the chosen one of several, its ranges still offsets into
 * the whole text so splices land in the right place.
 */
function parseForEdit(body, file, document, cache) {
    if (document === undefined)
        return parseBody(body, file, cache);
    const all = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, body, file);
    const doc = all.documents?.[document];
    if (!doc)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the file has no document ${document + 1}`, { file, line: 1, hint: 'check the --- separated documents' });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is missing`, {
                file,
                line: parsed.lineOf(at.parent) ?? 1,
                hint: at.missing.length === 1 ? `add \`${at.missing[0]}: ${renderScalar(e.value, undefined)}\`` : `add ${label}`,
            });
        return { create: e };
    }
    const node = at.node;
    const line = parsed.lineOf(node) ?? parsed.lineAt(node.range?.[0] ?? 0);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? 'mapping' : 'list'}, not a single value`, {
            file,
            line,
            hint: 'check the key path',
        });
    const scalar = node;
    const [start, end] = scalar.range;
    if (scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is a block scalar (| or >), which this edit does not rewrite`, {
            file,
            line,
            hint: 'write the value on one line, e.g. `key: "1.2.3"`',
        });
    const source = body.slice(start, end);
    const empty = scalar.value === null;
    if (scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && !empty && !(0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .plainReadsAsString */ .zN)(source) && !e.replaceAmbiguous)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${source} is read as ${describe(source)}, not the string written`, {
            file,
            line,
            hint: `quote it: "${source}"`,
        });
    if (!empty && String(scalar.value) === e.value)
        return undefined;
    let rendered = renderScalar(e.value, empty ? undefined : scalar.type, inFlow(at.parents));
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
function setScalars(text, file, edits, opts = {}) {
    const { bom, body, eol } = frame(text);
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
            ? fillEmptyParent(p, eol, s.create.path, [`${yamlKey(leaf)}: ${renderScalar(s.create.value, undefined)}`], indentUnit(p))
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
            : at.parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === s.create.quoteLike)?.value;
        const style = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(like) && (like.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE || like.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE) ? like.type : undefined;
        const rendered = `${yamlKey(at.missing[0], at.parent)}: ${renderScalar(s.create.value, style, flow)}`;
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
    const style = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(map?.items[0]?.key) ? map.items[0].key.type : undefined;
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(key);
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .singleQuote */ .nI)(key) ?? (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(key);
    return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainSafe */ .aj)(key) && !/[,[\]{}]/.test(key) ? key : (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(key);
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
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(v) && !v.flow && v.items.length > 0 && p.key && p.key.range) {
                const child = v.items[0].key.range[0];
                const diff = columnOf(parsed.text, child) - columnOf(parsed.text, p.key.range[0]);
                if (diff > 0) {
                    found = diff;
                    return;
                }
            }
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(v))
                walk(v, depth + 1);
        }
    };
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('cannot add a nested value to a flow mapping ({…})', {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('cannot add a key to an empty mapping', {
            file: parsed.file,
            line: parsed.lineOf(map),
            hint: 'add the key by hand',
        });
    const firstKey = map.items[0].key;
    const indent = ' '.repeat(columnOf(body, firstKey.range[0]));
    const anchorPair = (after !== undefined ? map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === after) : undefined) ??
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
    const { bom, body, eol } = frame(text);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is missing`, { file, line: parsed.lineOf(at.parent) ?? 1, hint: `add ${label}` });
        const pad = ' '.repeat(unit);
        const leaf = at.missing[at.missing.length - 1];
        let rendered = [`${yamlKey(leaf, at.missing.length === 1 ? at.parent : undefined)}: |`, ...lines.map((l) => (l === '' ? '' : pad + l))];
        if (at.missing.length === 2)
            rendered = [`${yamlKey(at.missing[0], at.parent)}:`, ...rendered.map((l) => (l === '' ? '' : pad + l))];
        return bom + insertPair(parsed, eol, at.parent, rendered);
    }
    const node = at.node;
    const line = parsed.lineOf(node);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? 'mapping' : 'list'}, not a text value`, { file, line, hint: 'check the key path' });
    if (inFlow(at.parents))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is inside a flow mapping ({…}), where a block scalar cannot go`, {
            file,
            line,
            hint: 'write the mapping in block style',
        });
    const scalar = node;
    if (scalar.value !== null && String(scalar.value) === `${lines.join('\n')}\n` && scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL)
        return text;
    const parentMap = at.parents[at.parents.length - 1];
    const pair = parentMap.items.find((p) => p.value === node);
    const keyCol = pair?.key && pair.key.range ? columnOf(body, pair.key.range[0]) : 0;
    const pad = ' '.repeat(keyCol + unit);
    const [start, end] = scalar.range;
    let stop;
    // A comment on the key's line (`key: |  # generated`) is the author's and stays on the new header.
    let comment;
    if (scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED) {
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(grand) || grand.flow)
        return undefined;
    const key = parentPath[parentPath.length - 1];
    const pair = grand.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    const value = pair?.value;
    // `annotations:`, `annotations: ~` / `null` and `annotations: {}` all mean "no annotations yet".
    const empty = value === null ||
        ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null && (value.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN || value.range[0] === value.range[1])) ||
        ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value) && value.flow === true && value.items.length === 0);
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
function parseWith(cache, kind, text, variant = '') {
    return cache ? cache.get(kind, text, variant) : kind.parse(text, variant);
}
function entryKey(kind, variant) {
    return variant === '' ? kind.name : `${kind.name}\0${variant}`;
}


/***/ })

};

export const id = 5369;
export const ids = [5369];
export const modules = {

/***/ 63068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ inexactRevisions)
/* harmony export */ });
/* unused harmony exports inexactRevision, inexactRevisionsIn */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29002);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64293);
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
function inexactRevision(revision, source) {
    const text = revision.trim();
    if (semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(text) !== null)
        return undefined;
    if (source === 'path' && COMMIT.test(text))
        return undefined;
    if (text === '')
        return 'is empty, so the newest chart is deployed';
    if (text === '*')
        return "is '*', any version";
    if (text === 'HEAD')
        return "is 'HEAD', whatever the default branch holds";
    if (semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default()(text) !== null)
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
    return inexactRevisionsIn((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .stripBom */ .F8)(text), file, { allowMulti: true }));
}
/** inexactRevisions on a file already parsed. */
function inexactRevisionsIn(parsed) {
    const out = [];
    for (const doc of parsed.documents ?? []) {
        const root = doc.contents;
        const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'spec');
        const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'kind')) ?? 'Application';
        if (kind !== 'Application' || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(spec))
            continue;
        const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'metadata'), 'name'));
        const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'sources');
        const list = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(sources) ? sources.items : [(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'source')].filter((s) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(s));
        for (const source of list) {
            const kindOf = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'chart')) !== undefined
                ? 'chart'
                : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'path')) !== undefined
                    ? 'path'
                    : undefined;
            if (!kindOf)
                continue;
            const rev = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'targetRevision');
            const why = inexactRevision((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(rev) ?? '', kindOf);
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


/***/ }),

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
/* harmony export */   VO: () => (/* binding */ renderScalar),
/* harmony export */   Xt: () => (/* binding */ indentUnit),
/* harmony export */   Y7: () => (/* binding */ insertPair),
/* harmony export */   _I: () => (/* binding */ recentlyParsed),
/* harmony export */   fj: () => (/* binding */ parseShared),
/* harmony export */   j5: () => (/* binding */ yamlKey),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports parseBody, primeParse, setScalar, setBlockScalar */
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
    cache.put(YAML_DOCUMENT, parsed.text, parsed, parsed.file);
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

/***/ 33861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ KUSTOMIZATION_NAMES),
/* harmony export */   RZ: () => (/* binding */ NoKustomization),
/* harmony export */   Rm: () => (/* binding */ readOverlayImages),
/* harmony export */   fx: () => (/* binding */ kustomizationFor),
/* harmony export */   hg: () => (/* binding */ setOverlayPins),
/* harmony export */   oW: () => (/* binding */ overlayPin),
/* harmony export */   pN: () => (/* binding */ overlayProblems)
/* harmony export */ });
/* unused harmony exports parseApplicationImage, formatApplicationImage, isApplication, overlayImages, repositoryOf, kustomizationInTree */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85763);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63077);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90908);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29002);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(64293);
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
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(image);
        return `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (e instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .InvalidReference */ .ft)
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
    return (parsed.documents ?? [parsed.doc]).some((d) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'kind')) === 'Application' && (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec') !== undefined);
}
function parseAll(text, file, cache) {
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const all = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .YAML_DOCUMENTS */ .FL, body, file);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the kustomization holds more than one YAML document', {
            file,
            line: all.lineOf(all.documents[1].contents) ?? 1,
            hint: 'keep one Kustomization document in the file',
        });
    const parsed = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShared */ .fj)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text), file, cache);
    const root = parsed.doc.contents;
    if (root !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the kustomization is not a mapping of keys', {
            file,
            line: parsed.lineOf(root) ?? 1,
            hint: 'point kustomization at a kustomization.yaml',
        });
    const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'kind'));
    if (kind !== undefined && kind !== 'Kustomization' && kind !== 'Component')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the file is a ${kind}, not a Kustomization or an Argo CD Application`, {
            file,
            line: parsed.lineOf((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'kind')) ?? 1,
            hint: 'point kustomization at the overlay (its folder or kustomization.yaml) or at its Argo CD Application',
        });
    // A Flux Kustomization (kustomize.toolkit.fluxcd.io) keeps the same entries under spec.images.
    const flux = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') ?? false;
    const holder = flux ? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'spec') : root;
    const listPath = flux ? ['spec', 'images'] : ['images'];
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(holder) ? holder.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const line = parsed.lineOf(pair?.key ?? root) ?? 1;
    if (list === undefined || list === null)
        return { kind: 'overlay', file, listPath, hasList: pair !== undefined && list !== null ? true : false, line, images: [] };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is not a list', {
            file,
            line,
            hint: 'write images: as a list of { name, newName, newTag, digest } entries',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = parsed.lineOf(node) ?? line;
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) ? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)(entryValue(node, 'name')) : undefined;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) || !name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`images[${index}] is not an entry with a name`, {
                file,
                line: at,
                hint: 'write each entry as name: <image> with newTag:, digest: (and newName:)',
            });
        const text = (k) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)(entryValue(node, k)) || undefined;
        const newName = text('newName');
        const newTag = text('newTag');
        const digest = text('digest');
        return { name, ...(newName ? { newName } : {}), ...(newTag ? { newTag } : {}), ...(digest ? { digest } : {}), index, line: at };
    });
    duplicates(images, file);
    return { kind: 'overlay', file, listPath, hasList: true, line, images };
}
function entryValue(map, key) {
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === key)?.value;
}
/** Two entries of one image name: kustomize would apply one, so which is meant cannot be told. */
function duplicates(images, file) {
    const seen = new Map();
    for (const i of images) {
        const key = identity(i.name);
        const first = seen.get(key);
        if (first)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`two entries for the image ${i.name} (lines ${first.line} and ${i.line})`, {
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
        .filter(({ d }) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'kind')) === 'Application' && (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec') !== undefined);
    if (apps.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${apps.length} Applications in the file; cannot tell which one's kustomize.images to use`, {
            file,
            line: all.lineOf(apps[1].d.contents) ?? 1,
            hint: 'keep the environment’s Application in a file of its own, or point kustomization at its overlay folder',
        });
    const { d, i } = apps[0];
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec');
    const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(spec, 'sources');
    let sourcePath = ['spec', 'source'];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(sources)) {
        const withKustomize = sources.items.map((s, k) => ({ s, k })).filter(({ s }) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(s, 'kustomize') !== undefined);
        if (withKustomize.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${withKustomize.length === 0 ? 'no' : withKustomize.length} sources of the Application have kustomize:`, {
                file,
                line: all.lineOf(sources) ?? 1,
                hint: 'give the overlay’s source kustomize: { images: [...] }',
            });
        sourcePath = ['spec', 'sources', withKustomize[0].k];
    }
    const source = sourcePath
        .slice(1)
        .reduce((n, k) => (typeof k === 'number' ? ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(n) ? n.items[k] : undefined) : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(n, k)), spec);
    const kustomize = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(source, 'kustomize');
    const list = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(kustomize, 'images');
    const document = docs.length > 1 ? i : undefined;
    const listPath = [...sourcePath, 'kustomize', 'images'];
    const line = all.lineOf((list ?? kustomize ?? source ?? d.contents)) ?? 1;
    if (list === undefined || list === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the Application has no spec.source.kustomize.images list to pin images in', {
            file,
            line,
            hint: 'add kustomize: { images: [] } to its source, or point kustomization at the overlay folder',
        });
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('kustomize.images is not a list', {
            file,
            line,
            hint: 'write it as a list of strings like ghcr.io/acme/api:1.2.3@sha256:…',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = all.lineOf(node) ?? line;
        const text = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && typeof node.value === 'string' ? node.value : undefined;
        if (!text || text.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`kustomize.images[${index}] is not an image string`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${service}: two entries fit the image ${repositoryOf(image)}: ${chosen[0].name} (line ${chosen[0].line}) and ${chosen[1].name} (line ${chosen[1].line})`, { file: images.file, line: chosen[1].line, hint: `keep one entry for ${repositoryOf(image)}, or name it exactly in name:` });
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
    let after = edits.length > 0 ? (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .setScalars */ .AR)(text, images.file, edits, { cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (appended.length > 0 && images.listPath.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the Flux Kustomization's spec.images has no entry for ${appended.map((a) => a.name).join(', ')}`, {
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
        (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlEdit */ .c)(images.file, text, after, intended, { cache });
    return after;
}
/** Appends entries to the block list `images:`, or the list itself at the end of the file when there is none. */
function appendEntries(text, images, entries, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const parsed = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShared */ .fj)(body, images.file, cache);
    const root = parsed.doc.contents;
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root) ? root.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const lines = (indent) => entries.flatMap((e) => Object.entries(e).map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${(0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScalar */ .VO)(v, k === 'newTag' ? 'QUOTE_DOUBLE' : undefined)}`));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list) && list.items.length > 0) {
        if (list.flow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is a flow list ([...]); lockstep appends entries to block lists only', {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is written in a way lockstep cannot extend', {
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
    let after = edits.length > 0 ? (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .setScalars */ .AR)(text, images.file, edits, { document: images.document, cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (added.length > 0) {
        after = appendStrings(after, images, added, cache);
        added.forEach((v, k) => intended.push({ path: [...images.listPath, images.images.length + k], value: v }));
    }
    if (after !== text)
        (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlEdit */ .c)(images.file, text, after, intended, { document: images.document, cache });
    return after;
}
/** Appends strings to the Application's block list kustomize.images (refused for a flow or empty list). */
function appendStrings(text, images, values, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const all = parseAll(body, images.file, cache);
    const doc = (all.documents ?? [all.doc])[images.document ?? 0];
    const list = images.listPath.reduce((n, k) => (typeof k === 'number' ? ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(n) ? n.items[k] : undefined) : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(n, k)), doc.contents);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list) || list.flow || list.items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('kustomize.images has no block list entry to append the image after', {
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
        values.map((v) => `${indent}- ${(0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScalar */ .VO)(v, undefined)}`).join(eol) +
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
class NoKustomization extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`kustomization ${path} holds both ${found[0].file} and ${found[1].file}; kustomize refuses that too`, {
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


/***/ }),

/***/ 90908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DJ: () => (/* binding */ DOCKER_HUB_REGISTRY),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   a: () => (/* binding */ imageIdentity),
/* harmony export */   ft: () => (/* binding */ InvalidReference),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* unused harmony export imageRepository */
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


/***/ }),

/***/ 62986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ checkPinnedImagesIn),
/* harmony export */   mQ: () => (/* binding */ splitReference),
/* harmony export */   xz: () => (/* binding */ checkPinnedImages)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64293);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);



const DIGEST = /^sha256:[0-9a-f]{64}$/;
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
    return checkPinnedImagesIn((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), file));
}
/** checkPinnedImages on a file already parsed (a caller that holds the parse need not parse it again). */
function checkPinnedImagesIn(parsed) {
    const out = [];
    visit(parsed.doc.contents, [], parsed, out, false);
    return out;
}
function visit(node, path, parsed, out, underImageKey) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        if (isImageMap(node, underImageKey)) {
            checkImageMap(node, path, parsed, out);
            return;
        }
        for (const p of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                continue;
            const name = String(p.key.value);
            const value = p.value;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && IMAGE_KEY.test(name) && typeof value.value === 'string')
                checkImageString(value.value, [...path, name], parsed.lineOf(value), file(parsed), out);
            else
                visit(value, [...path, name], parsed, out, IMAGE_KEY.test(name));
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        node.items.forEach((item, i) => visit(item, [...path, String(i)], parsed, out, underImageKey));
    }
}
function file(parsed) {
    return parsed.file;
}
function pairOf(map, key) {
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
}
function isImageMap(map, underImageKey) {
    const repo = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const named = !!repo && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(repo.value) && typeof repo.value.value === 'string';
    const pinnable = pairOf(map, 'tag') !== undefined || pairOf(map, 'digest') !== undefined;
    // An environment override often sets only `tag`/`digest` under `image:`; the repository comes from values.yaml.
    return named ? underImageKey || pinnable : underImageKey && pinnable;
}
function checkImageMap(map, path, parsed, out) {
    const key = path.join('.') || '(root)';
    const tagPair = pairOf(map, 'tag');
    const digestPair = pairOf(map, 'digest');
    const repoPair = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const repoValue = repoPair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(repoPair.value) ? String(repoPair.value.value) : '';
    // `repository: ghcr.io/acme/api@sha256:…` pins by digest inside the repository field.
    const inline = splitReference(repoValue);
    // `tag: 1.7.3@sha256:…` pins too: templates render `repository:tag`, so the digest rides along.
    let tagDigest;
    let tagLine;
    if (tagPair) {
        const tagNode = tagPair.value;
        let tag = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(tagNode) && tagNode.value !== null ? String(tagNode.value) : '';
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
    const written = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(digestNode) && digestNode.value !== null ? String(digestNode.value) : '';
    const digest = written || (inline.digest ?? tagDigest ?? '');
    if (!DIGEST.test(digest)) {
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
    const { tag, digest, hasTagSeparator } = splitReference(ref);
    if (tag === 'latest')
        out.push({ file: fileName, line, key, message: `image at ${key} uses the tag latest`, hint: 'use a release tag and pin the digest' });
    else if (hasTagSeparator && tag === '')
        out.push({ file: fileName, line, key, message: `image at ${key} has an empty tag`, hint: 'write repo:tag@sha256:…' });
    if (!digest || !DIGEST.test(digest))
        out.push({
            file: fileName,
            line,
            key,
            message: digest ? `image at ${key} digest ${digest} is not a sha256 digest` : `image at ${key} is not pinned by digest`,
            hint: 'write repo:tag@sha256:<64 hex>',
        });
}
/** Splits `registry:5000/repo:tag@sha256:…` into its tag and digest. */
function splitReference(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash)
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest, hasTagSeparator: true };
    return { name: rest, digest, hasTagSeparator: false };
}


/***/ })

};

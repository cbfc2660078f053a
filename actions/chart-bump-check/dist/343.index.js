export const id = 343;
export const ids = [343];
export const modules = {

/***/ 1867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ PatternSyntaxError),
/* harmony export */   DB: () => (/* binding */ RE2_ENGINE),
/* harmony export */   GD: () => (/* binding */ linearPattern),
/* harmony export */   XB: () => (/* binding */ PATTERN_INPUT_CAP)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
// Patterns that arrive with what a pull request changes (a CRD's `pattern`, a
// values.schema.json's `patternProperties`), compiled as Kubernetes compiles
// them: RE2's syntax (Go's regexp), matched in time linear in the input.
// JavaScript's RegExp backtracks: `^(a|a)*$` held a check over a minute on 31
// characters, and 40 would hold a runner for its six hours. re2js is RE2 ported
// to plain JavaScript (no native addon, no WebAssembly), with RE2's own parser,
// so a pattern it refuses (a backreference, a lookaround) is one the API server
// refuses too.

/**
 * The longest string a pattern is matched against. Linear time is still time: a schema's pattern guards a
 * name, a URL, a duration, never a document, so a longer string is a finding rather than work.
 */
const PATTERN_INPUT_CAP = 65_536;
/** A pattern RE2 does not read, and RE2's reason (`invalid escape sequence: \`\1\``). */
class PatternSyntaxError extends Error {
    pattern;
    reason;
    constructor(pattern, reason) {
        super(`pattern ${JSON.stringify(pattern)} is not RE2 syntax, the syntax Kubernetes reads patterns in (${reason})`);
        this.pattern = pattern;
        this.reason = reason;
    }
}
/** `pattern` compiled with RE2's syntax; throws a PatternSyntaxError for one RE2 does not read. */
function linearPattern(pattern) {
    let re;
    try {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern);
    }
    catch (e) {
        throw new PatternSyntaxError(pattern, e.message.replace(/^error parsing regexp: /, ''));
    }
    return { source: pattern, test: (s) => s.length <= PATTERN_INPUT_CAP && re.test(s), toString: () => `re2:${pattern}` };
}
/** ajv's `code.regExp`: `pattern` and `patternProperties` compiled with RE2; a pattern RE2 does not read makes the schema not compile. */
const RE2_ENGINE = Object.assign((pattern) => linearPattern(pattern), {
    code: 'linearPattern',
});


/***/ }),

/***/ 6343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  environmentContract: () => (/* binding */ environmentContract),
  judgeChart: () => (/* binding */ judgeChart)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/values/chart-files.ts
var chart_files = __webpack_require__(9630);
// EXTERNAL MODULE: ./packages/core/src/values/contract-index.ts + 4 modules
var contract_index = __webpack_require__(4000);
// EXTERNAL MODULE: ./packages/core/src/values/contract.ts
var contract = __webpack_require__(4828);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/text/pattern.ts
var text_pattern = __webpack_require__(1867);
;// CONCATENATED MODULE: ./packages/core/src/values/schema-compile.ts
// A chart's values.schema.json compiled as the Helm that installs it reads
// it, with bounded work. The file comes with the pull request: it may be
// huge, nested past any stack, loop through its $refs, name a $ref on the
// network or the disk (both Helm 3.17 and 4.1 fetch and read those), or hold
// a pattern that backtracks. lockstep fetches and reads nothing a schema
// names, compiles patterns with RE2 (Go's syntax, as Helm compiles them), and
// turns each of those into one finding at the schema's line.
//
// Drafts, as measured with the Helm binaries: Helm 3 (gojsonschema) reads
// every schema as draft 7 (drafts 4 and 6 alike; a 2019-09 or 2020-12 `$schema`
// gets draft 7's keywords, `prefixItems` is ignored). Helm 4
// (santhosh-tekuri/jsonschema) honours `$schema` — draft 4, 6, 7, 2019-09,
// 2020-12 — and reads a schema without one as 2020-12. `format` is not judged
// here (Helm 3 asserts it, Helm 4 only for drafts 4 to 7).








/** The largest values.schema.json judged (bytes of text). */
const MAX_SCHEMA_BYTES = 4 * 1024 * 1024;
/** The deepest nesting of objects and arrays judged. */
const MAX_SCHEMA_DEPTH = 64;
/** The most objects (subschemas and the rest) one schema may hold. */
const MAX_SCHEMA_NODES = 200_000;
const DRAFT_OF = {
    'draft-04': 'draft-07',
    'draft-06': 'draft-07',
    'draft-07': 'draft-07',
    '2019-09': '2019-09',
    '2020-12': '2020-12',
};
/** The reading Helm `helm` gives a schema that says `$schema` (see the file's head). */
function draftOf(schema, helm) {
    if (helm === 3)
        return 'draft-07';
    const declared = typeof schema === 'object' && schema !== null ? schema.$schema : undefined;
    const m = typeof declared === 'string' ? /(draft-0[467]|20(?:19-09|20-12))/.exec(declared) : null;
    return m ? DRAFT_OF[m[1]] : '2020-12';
}
/** The schema `text` (the file `file`) compiled for Helm `helm`, or why it cannot be judged. Invalid JSON is a UserError at its line. */
async function compileSchema(text, file, helm) {
    if (text.length > MAX_SCHEMA_BYTES)
        return { line: 1, message: `${text.length} bytes, more than the ${MAX_SCHEMA_BYTES} lockstep judges in a values.schema.json` };
    const deep = depthPast(text, MAX_SCHEMA_DEPTH);
    if (deep !== undefined)
        return { line: deep, message: `nested deeper than ${MAX_SCHEMA_DEPTH} levels, more than lockstep judges` };
    const clean = (0,bytes/* stripBom */.F8)(text);
    const schema = await (0,bytes/* parseJsonAt */.bq)(clean, file, 'fix the JSON syntax');
    if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema)))
        throw new errors/* UserError */.yo('values.schema.json is not a JSON Schema object', { file, line: 1, hint: 'the top level must be an object' });
    // Lines are read (JSON as YAML) only when a finding needs one: most schemas pass.
    let yaml;
    const parsed = () => (yaml ??= (0,read/* parseYaml */.hN)(clean, file));
    const walked = walk(parsed, schema);
    if ('message' in walked)
        return walked;
    const draft = draftOf(schema, helm);
    const copy = draft === 'draft-07' ? asDraft7(structuredClone(schema)) : structuredClone(schema);
    if (typeof copy === 'object' && copy !== null)
        delete copy.$schema;
    const options = { allErrors: true, strict: false, validateSchema: false, validateFormats: false, logger: false };
    options.code = { regExp: text_pattern/* RE2_ENGINE */.DB };
    const ajv = draft === '2020-12' ? new _2020.Ajv2020(options) : draft === '2019-09' ? new _2019.Ajv2019(options) : new dist_ajv.Ajv(options);
    let fn;
    try {
        fn = ajv.compile(copy);
    }
    catch (e) {
        if (e instanceof text_pattern/* PatternSyntaxError */.AH)
            return { line: lineOfString(parsed, e.pattern), message: e.message };
        if (e instanceof RangeError)
            return { line: 1, message: 'its subschemas refer to each other too deeply to compile' };
        if (e instanceof errors/* UserError */.yo)
            throw e;
        return { line: 1, message: `it does not compile as JSON Schema ${draft}: ${e.message.split('\n')[0]}` };
    }
    const lineOf = (schemaPath) => lineAt(parsed, schemaPath);
    return {
        validate: (values) => {
            try {
                return fn(values) ? [] : (fn.errors ?? []);
            }
            catch (e) {
                if (!(e instanceof RangeError))
                    throw e;
                return [
                    { instancePath: '', schemaPath: '#', keyword: 'schema', params: {}, message: 'the schema recurses past what lockstep evaluates' },
                ];
            }
        },
        lineOf,
        draft,
        schema,
    };
}
/** The line where the nesting of `{`/`[` (outside strings) first passes `max`, or undefined. */
function depthPast(text, max) {
    let depth = 0;
    let line = 1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            line++;
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            if (++depth > max)
                return line;
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return undefined;
}
/** Every `$ref` checked (a local one only: nothing is fetched or read), its chains checked for a loop, the objects counted. */
function walk(parsed, schema) {
    const refs = [];
    const stack = [[schema, []]];
    let count = 0;
    while (stack.length > 0) {
        const [node, path] = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        if (++count > MAX_SCHEMA_NODES)
            return { line: lineAtPath(parsed, path), message: `more than ${MAX_SCHEMA_NODES} objects, more than lockstep judges` };
        if (Array.isArray(node))
            node.forEach((v, i) => stack.push([v, [...path, String(i)]]));
        else
            for (const [k, v] of Object.entries(node)) {
                if ((k === '$ref' || k === '$dynamicRef' || k === '$recursiveRef') && typeof v === 'string')
                    refs.push({ path: [...path, k], ref: v });
                stack.push([v, [...path, k]]);
            }
    }
    for (const { path, ref } of refs) {
        if (!ref.startsWith('#'))
            return {
                line: lineAtPath(parsed, path),
                message: `${path[path.length - 1]} ${ref} is outside the file: Helm would fetch or read it when installing; lockstep reads nothing a schema names`,
            };
    }
    // Every $ref in a loop of $refs only; the first written is named.
    let loop;
    for (const { path, ref } of refs) {
        const seen = new Set([ref]);
        for (let at = ref;;) {
            const target = resolvePointer(schema, at);
            const next = target && typeof target === 'object' ? target.$ref : undefined;
            if (typeof next !== 'string' || !next.startsWith('#'))
                break;
            if (seen.has(next)) {
                const line = lineAtPath(parsed, path);
                if (!loop || line < loop.line)
                    loop = { line, message: `$ref ${ref} loops back to itself through $refs only` };
                break;
            }
            seen.add(next);
            at = next;
        }
    }
    if (loop)
        return loop;
    return { ok: true };
}
const schema_compile_unescape = (s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~');
function resolvePointer(schema, ref) {
    let node = schema;
    for (const seg of ref.slice(1).split('/').filter(Boolean).map(schema_compile_unescape)) {
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[seg];
    }
    return node;
}
/** Draft 4's boolean exclusiveMinimum/exclusiveMaximum as draft 6 writes them (Helm reads draft 4 schemas). */
function asDraft7(schema) {
    const stack = [schema];
    while (stack.length > 0) {
        const n = stack.pop();
        if (typeof n !== 'object' || n === null)
            continue;
        if (!Array.isArray(n)) {
            const o = n;
            for (const [flag, bound] of [
                ['exclusiveMinimum', 'minimum'],
                ['exclusiveMaximum', 'maximum'],
            ])
                if (typeof o[flag] === 'boolean') {
                    if (o[flag] === true && typeof o[bound] === 'number')
                        [o[flag], o[bound]] = [o[bound], undefined];
                    else
                        delete o[flag];
                    if (o[bound] === undefined)
                        delete o[bound];
                }
        }
        stack.push(...Object.values(n));
    }
    return schema;
}
/** The node at a path of keys (a number-like key indexes a list). */
function nodeAtPath(parsed, path) {
    let node = parsed.doc.contents;
    for (const key of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            return undefined;
        if ((0,dist/* isSeq */.oP)(node))
            node = node.items[Number(key)];
        else if ((0,dist/* isMap */.jh)(node))
            node = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key)?.value;
        else
            return undefined;
    }
    return (node ?? undefined);
}
/** The line of the deepest node on `path` the file has. */
function lineAtPath(lines, path) {
    const parsed = lines();
    for (let n = path.length; n >= 0; n--) {
        const line = parsed.lineOf(nodeAtPath(parsed, path.slice(0, n)));
        if (line !== undefined)
            return line;
    }
    return 1;
}
/** The line of an ajv schema path (`#/properties/a/type`). */
function lineAt(parsed, schemaPath) {
    return lineAtPath(parsed, schemaPath.replace(/^#/, '').split('/').filter(Boolean).map(schema_compile_unescape));
}
/** The line of the first string in the schema equal to `s` (a pattern RE2 refused), else 1. */
function lineOfString(lines, s) {
    const parsed = lines();
    const at = parsed.text.indexOf(JSON.stringify(s).slice(1, -1));
    return at >= 0 ? parsed.lineAt(at) : 1;
}

// EXTERNAL MODULE: ./packages/core/src/yaml/scalars.ts
var scalars = __webpack_require__(7812);
;// CONCATENATED MODULE: ./packages/core/src/values/values-origin.ts
// A values document as Helm receives it, with where each key was written.
// Helm reads values with sigs.k8s.io/yaml, YAML 1.1: `on`, `yes` and `no` are
// booleans, `012` an octal integer, a timestamp a string. Each -f file (and
// each inline values an Application or a HelmRelease gives) is merged over the
// ones before it (Helm's mergeMaps: a map over a map merges, anything else
// replaces); the chart's values.yaml is then coalesced under them (a user's
// null deletes the chart's key, a user's value wins over the chart's table).
// Every key keeps the file and line of the last source that wrote it, so a
// schema's finding about `/image/tag` points at that line.




const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** At most this many nodes are read from one values source (aliases expanded): past it the source is refused. */
const MAX_NODES = 1_000_000;
/** A JSON pointer's segment, escaped. */
const escapePointer = (k) => k.replace(/~/g, '~0').replace(/\//g, '~1');
/** The source's values as Helm reads them, with each key's origin (pointers from the values' root). Invalid YAML is a UserError at its line. */
function readValuesSource(src) {
    if (src.set)
        return setValues(src.set, { file: src.file, line: src.line ?? src.firstLine ?? 1 });
    const counter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)((0,bytes/* stripBom */.F8)(src.text), { version: '1.1', uniqueKeys: false, lineCounter: counter });
    const list = Array.isArray(docs) ? docs : [];
    const doc = list[src.document ?? 0];
    const lineOf = (n) => {
        if (src.line !== undefined)
            return src.line;
        const at = n.range ? counter.linePos(n.range[0]).line : 1;
        return at + (src.firstLine ?? 1) - 1;
    };
    const bad = doc?.errors[0];
    if (bad)
        throw new errors/* UserError */.yo(`invalid YAML: ${bad.message.split('\n')[0]}`, {
            file: src.file,
            line: lineOf({ range: bad.pos }),
        });
    let root = doc?.contents;
    for (const k of src.at ?? [])
        root = typeof k === 'number' ? ((0,dist/* isSeq */.oP)(root) ? root.items[k] : undefined) : (0,dist/* isMap */.jh)(root) ? root.get(k, true) : undefined;
    const origins = new Map();
    const budget = { left: MAX_NODES };
    const value = doc && root ? toValue(root, doc, '', origins, { file: src.file, lineOf }, budget) : {};
    if (budget.left <= 0)
        throw new errors/* UserError */.yo(`the values expand to more than ${MAX_NODES} nodes (aliases counted each time they are used)`, {
            file: src.file,
            line: src.line ?? src.firstLine ?? 1,
        });
    return { value: isObj(value) ? value : {}, origins };
}
/** The node's value as Helm reads it; every map key's origin recorded under `ptr`. */
function toValue(n, doc, ptr, origins, where, budget) {
    if (--budget.left <= 0)
        return null;
    if ((0,dist/* isAlias */.Vj)(n)) {
        const target = anchored(doc, n.source, n.range?.[0] ?? 0);
        return target ? toValue(target, doc, ptr, origins, where, budget) : null;
    }
    if ((0,dist/* isScalar */.jn)(n)) {
        // A plain scalar YAML 1.1 reads as a string (a timestamp too: JSON has no dates) stays the text written.
        if (n.type === 'PLAIN' && n.source !== undefined) {
            const kind = (0,scalars/* yaml11Type */.Ax)(n.source);
            if (kind === 'str' || kind === 'timestamp')
                return n.source;
        }
        const v = n.value;
        return v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : v;
    }
    if ((0,dist/* isSeq */.oP)(n))
        return n.items.map((item, i) => toValue(item, doc, `${ptr}/${i}`, origins, where, budget));
    if (!(0,dist/* isMap */.jh)(n))
        return null;
    const out = {};
    const merged = [];
    for (const pair of n.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined || budget.left <= 0)
            continue;
        const valueNode = pair.value;
        if (key === '<<') {
            // A merge key's maps give the keys this map does not write itself.
            const v = valueNode ? toValue(valueNode, doc, ptr, origins, where, budget) : null;
            for (const m of Array.isArray(v) ? v : [v])
                if (isObj(m))
                    merged.push(m);
            continue;
        }
        const at = `${ptr}/${escapePointer(key)}`;
        origins.set(at, { file: where.file, line: where.lineOf(pair.key) });
        setOwn(out, key, valueNode ? toValue(valueNode, doc, at, origins, where, budget) : null);
    }
    for (const m of merged)
        for (const [k, v] of Object.entries(m))
            if (!Object.hasOwn(out, k))
                setOwn(out, k, v);
    return out;
}
/** Each document's anchors, in the order written: an alias is the last node anchored by its name before it. */
const ANCHORS = new WeakMap();
/** The node an alias named `name` at offset `at` refers to (found once per document, not by walking it per alias). */
function anchored(doc, name, at) {
    let anchors = ANCHORS.get(doc);
    if (!anchors) {
        anchors = new Map();
        const stack = [doc.contents];
        while (stack.length > 0) {
            const n = stack.pop();
            if (!(0,dist/* isMap */.jh)(n) && !(0,dist/* isSeq */.oP)(n) && !(0,dist/* isScalar */.jn)(n))
                continue;
            if (n.anchor) {
                const list = anchors.get(n.anchor) ?? [];
                list.push({ at: n.range?.[0] ?? 0, node: n });
                anchors.set(n.anchor, list);
            }
            if ((0,dist/* isMap */.jh)(n))
                for (const p of n.items)
                    stack.push(p.key, p.value);
            if ((0,dist/* isSeq */.oP)(n))
                stack.push(...n.items);
        }
        for (const list of anchors.values())
            list.sort((a, b) => a.at - b.at);
        ANCHORS.set(doc, anchors);
    }
    let found;
    for (const a of anchors.get(name) ?? [])
        if (a.at < at)
            found = a.node;
    return found;
}
/** The own value of `o` at `k` (a key `__proto__` or `constructor` a values file writes is a key like any other, never the prototype). */
const getOwn = (o, k) => (Object.hasOwn(o, k) ? o[k] : undefined);
/** Sets the own key `k` of `o` (defined, not assigned: a `__proto__` key sets no prototype). */
function setOwn(o, k, v) {
    Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
}
/** Sets `set` into `values` in place, as strvals does: maps made where missing (any other value replaced), lists padded with nulls. */
function setInto(values, set) {
    let at = values;
    for (let i = 0; i < set.path.length; i++) {
        const k = set.path[i];
        const last = i === set.path.length - 1;
        const next = last ? set.value : undefined;
        const child = (existing) => last ? next : typeof set.path[i + 1] === 'number' ? (Array.isArray(existing) ? existing : []) : isObj(existing) ? existing : {};
        if (typeof k === 'number') {
            const list = at;
            while (list.length <= k)
                list.push(null);
            list[k] = child(list[k]);
            at = list[k];
        }
        else {
            const map = at;
            setOwn(map, k, child(getOwn(map, k)));
            at = map[k];
        }
    }
}
/** Helm's mergeMaps: `over` merged over `under` in place (a map over a map merges; anything else replaces, null included). */
function mergeOver(under, over) {
    for (const [k, v] of Object.entries(over)) {
        const u = getOwn(under, k);
        if (isObj(v) && isObj(u))
            mergeOver(u, v);
        else
            setOwn(under, k, v);
    }
    return under;
}
/**
 * Helm's coalescing of a chart's defaults under the user's values, in place: a key the user does not write takes the
 * chart's; a user's null deletes the chart's key (a null the chart does not have stays); two maps coalesce; the user's
 * value wins over anything else.
 */
function coalesceUnder(user, defaults) {
    for (const [k, d] of Object.entries(defaults)) {
        const u = getOwn(user, k);
        if (!Object.hasOwn(user, k))
            setOwn(user, k, structuredClone(d));
        else if (u === null)
            delete user[k];
        else if (isObj(u) && isObj(d))
            coalesceUnder(u, d);
    }
    return user;
}
/** The origins of `from` under the pointer `prefix`, added to `to` (a later call's origin wins). */
function addOrigins(to, from, prefix = '') {
    for (const [p, o] of from)
        to.set(prefix + p, o);
}
/** The origin of the pointer `ptr`, or of the nearest key above it that has one. */
function originOf(origins, ptr) {
    let p = ptr;
    for (;;) {
        const o = origins.get(p);
        if (o)
            return o;
        if (p === '')
            return undefined;
        p = p.slice(0, p.lastIndexOf('/'));
    }
}
/** A `--set`'s values on their own (set into `{}`), every key of its path said at its line. */
function setValues(set, origin) {
    const value = {};
    setInto(value, set);
    const origins = new Map();
    let ptr = '';
    for (const k of set.path)
        origins.set((ptr = `${ptr}/${escapePointer(String(k))}`), origin);
    return { value, origins };
}

;// CONCATENATED MODULE: ./packages/core/src/values/schema-declared.ts
// The values contract's other half of the schema (issue 74, item 3): a key
// the chart's own values.yaml sets that its values.schema.json does not
// declare. A schema that lists an object's properties and leaves one of the
// chart's defaults out documents a chart nobody can check against it; the pull
// request that touches the chart hears it as a warning. A key is declared when
// the schema at its object names it (`properties`), matches it
// (`patternProperties`, compiled with RE2), or gives every other key a schema
// (`additionalProperties: {…}`); an object whose schema lists no properties is
// declared whole, as is anything below `true`, a `$ref` it cannot follow or a
// depth past the bound. A key `additionalProperties: false` refuses is the
// schema's finding (schema-values.ts), not this one.



/** At most this many undeclared keys are named for one chart. */
const MAX_UNDECLARED = 50;
const MAX_DEPTH = 32;
/** The keys `chart`'s values.yaml (in folder `dir` of the repository) sets that `schema` (parsed) does not declare. */
function undeclaredKeys(chart, schema, dir) {
    if (chart.values === undefined || !isObj(schema))
        return [];
    const file = external_node_path_.posix.join(dir, chart.folder ?? '', 'values.yaml');
    const { value, origins } = readValuesSource({ file, text: chart.values });
    const out = [];
    const visit = (v, schemas, ptr, key, depth) => {
        for (const [k, child] of Object.entries(v)) {
            if (out.length >= MAX_UNDECLARED)
                return;
            const at = declaredBy(schemas, k, schema, depth);
            const childPtr = `${ptr}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            const childKey = key ? `${key}.${k}` : k;
            if (at === 'undeclared') {
                const o = origins.get(childPtr);
                out.push({ file, line: o?.line ?? 1, key: childKey });
            }
            else if (at !== 'whole' && isObj(child) && depth < MAX_DEPTH)
                visit(child, at, childPtr, childKey, depth + 1);
        }
    };
    visit(value, [schema], '', '', 0);
    return out;
}
/** The schemas of key `k` under the object schemas `schemas`: 'whole' when some reads the object whole, 'undeclared' when none names it. */
function declaredBy(schemas, k, root, depth) {
    const found = [];
    let lists = false;
    for (const s of expand(schemas, root, depth)) {
        const props = isObj(s.properties) ? s.properties : undefined;
        const patterns = isObj(s.patternProperties) ? s.patternProperties : undefined;
        if (!props && !patterns) {
            // A schema that only combines others (allOf, a $ref) says through them which keys it takes.
            const combines = ['allOf', 'anyOf', 'oneOf', '$ref', 'then', 'else'].some((c) => s[c] !== undefined);
            if (s.additionalProperties === false || (combines && s.additionalProperties === undefined))
                continue;
            if (!isObj(s.additionalProperties))
                return 'whole';
        }
        lists = true;
        const named = props?.[k];
        if (named !== undefined)
            found.push(...schemaOf(named));
        for (const [p, sub] of Object.entries(patterns ?? {}))
            if (matches(p, k))
                found.push(...schemaOf(sub));
        if (named === undefined && isObj(s.additionalProperties))
            found.push(s.additionalProperties);
        if (s.additionalProperties === true && named === undefined)
            return 'whole';
    }
    if (found.some((f) => Object.keys(f).length === 0))
        return 'whole';
    return found.length > 0 ? found : lists ? 'undeclared' : 'whole';
}
/** A subschema as objects: `true` as an empty schema (anything), `false` as none. */
const schemaOf = (v) => (v === true ? [{}] : isObj(v) ? [v] : []);
/** The schemas with their allOf/anyOf/oneOf branches, then/else, and local $refs followed (bounded). */
function expand(schemas, root, depth) {
    const out = [];
    const queue = [...schemas];
    let steps = 0;
    while (queue.length > 0 && steps++ < 1_000 && depth < MAX_DEPTH) {
        const s = queue.shift();
        out.push(s);
        for (const k of ['allOf', 'anyOf', 'oneOf'])
            for (const b of Array.isArray(s[k]) ? s[k] : [])
                if (isObj(b))
                    queue.push(b);
        for (const k of ['then', 'else'])
            if (isObj(s[k]))
                queue.push(s[k]);
        const ref = typeof s.$ref === 'string' && s.$ref.startsWith('#') ? follow(root, s.$ref) : undefined;
        if (ref)
            queue.push(ref);
    }
    return out;
}
function follow(root, ref) {
    let node = root;
    for (const seg of ref.slice(1).split('/').filter(Boolean)) {
        const key = decodeURIComponent(seg).replace(/~1/g, '/').replace(/~0/g, '~');
        node = isObj(node) ? node[key] : undefined;
    }
    return isObj(node) ? node : undefined;
}
function matches(pattern, key) {
    try {
        return (0,text_pattern/* linearPattern */.GD)(pattern).test(key);
    }
    catch {
        // A pattern RE2 refuses is the schema's finding; here it declares what it may.
        return true;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/values/schema-values.ts
// The values contract's schema (issue 74, item 3): what Helm refuses before it
// renders. Helm coalesces the chart's values.yaml under the environment's
// values (values-origin.ts), hands each subchart its part with `global`, and
// validates every chart that has a values.schema.json against its merged
// values: a chart whose schema the merged values violate is not installed.
// Each violation is said at the line of the values file that wrote the key
// (the environment's, or the chart's own values.yaml when it is the chart's
// default that fails), in the schema's words, with the schema's line.



/** At most this many findings are named for one environment. */
const MAX_SCHEMA_FINDINGS = 100;
/**
 * What each schema of `chart` (and of its subcharts) refuses in the chart's values coalesced under `sources` (in
 * Helm's order), as Helm `helm` reads the schema. `dir` is the chart's folder in the repository, where its own
 * files are named. A values source that is not YAML is a UserError at its line.
 */
async function schemaFindings(chart, sources, dir, helm = 3, compiled = new Map()) {
    if (!hasSchema(chart))
        return [];
    const values = {};
    const origins = new Map();
    for (const s of sources) {
        const read = readValuesSource(s);
        if (s.set)
            setInto(values, s.set);
        else
            mergeOver(values, read.value);
        addOrigins(origins, read.origins);
    }
    const out = [];
    const run = { dir, helm, out, compiled, tags: {} };
    coalesceTree(chart, values, '', origins, run);
    await judgeTree(chart, values, '', origins, run);
    return out.slice(0, MAX_SCHEMA_FINDINGS);
}
/** Whether the chart or a subchart it vendors has a values.schema.json (else Helm validates nothing). */
function hasSchema(chart) {
    return chart.schema !== undefined || chart.dependencies.some((d) => d.chart !== undefined && hasSchema(d.chart));
}
/**
 * The chart's defaults coalesced under `values` (in place), then each subchart Helm keeps given its part: the parent's
 * globals over its own, then its defaults under it (Helm coalesces the whole tree before it validates any chart). Each
 * default's origin is added where no source of higher precedence wrote the key.
 */
function coalesceTree(chart, values, prefix, origins, run) {
    const setIfAbsent = (p, o) => {
        if (!origins.has(p))
            origins.set(p, o);
    };
    if (chart.values !== undefined) {
        const defaults = readValuesSource({ file: external_node_path_.posix.join(run.dir, chart.folder ?? '', 'values.yaml'), text: chart.values });
        coalesceUnder(values, defaults.value);
        for (const [p, o] of defaults.origins)
            setIfAbsent(prefix + p, o);
    }
    if (prefix === '' && isObj(values.tags))
        run.tags = values.tags;
    const globals = isObj(values.global) ? values.global : {};
    for (const dep of chart.dependencies) {
        if (!dep.chart || !enabled(dep, values, run.tags))
            continue;
        if (!isObj(getOwn(values, dep.key)))
            setOwn(values, dep.key, {});
        const part = values[dep.key];
        // Helm gives every subchart a `global` (`{}` at least), the parent's copied over the subchart's own.
        part.global = mergeOver(isObj(part.global) ? part.global : {}, structuredClone(globals));
        const at = `${prefix}/${escapePointer(dep.key)}`;
        for (const [p, o] of [...origins])
            if (p === `${prefix}/global` || p.startsWith(`${prefix}/global/`))
                setIfAbsent(at + p.slice(prefix.length), o);
        coalesceTree(dep.chart, part, at, origins, run);
    }
}
/** Each schema of the tree Helm keeps judged against its chart's part of the coalesced values. */
async function judgeTree(chart, values, prefix, origins, run) {
    const folder = external_node_path_.posix.join(run.dir, chart.folder ?? '');
    if (chart.schema !== undefined)
        await judgeSchema(chart, values, origins, external_node_path_.posix.join(folder, 'values.schema.json'), prefix, run);
    for (const dep of chart.dependencies)
        if (dep.chart && enabled(dep, values, run.tags) && isObj(getOwn(values, dep.key)))
            await judgeTree(dep.chart, values[dep.key], `${prefix}/${escapePointer(dep.key)}`, origins, run);
}
async function judgeSchema(chart, values, origins, schemaFile, prefix, run) {
    const cacheKey = `${run.helm}\0${schemaFile}\0${chart.schema}`;
    let compiling = run.compiled.get(cacheKey);
    if (!compiling)
        run.compiled.set(cacheKey, (compiling = compileSchema(chart.schema, schemaFile, run.helm)));
    const compiled = await compiling;
    const keyPrefix = pointerKey(prefix);
    if ('message' in compiled) {
        run.out.push({
            file: schemaFile,
            line: compiled.line,
            key: keyPrefix,
            message: `chart ${chart.name}'s values.schema.json cannot be judged: ${compiled.message}`,
            unjudged: true,
        });
        return;
    }
    for (const e of compiled.validate(values)) {
        if (run.out.length >= MAX_SCHEMA_FINDINGS)
            return;
        // ajv says an `if` failed besides what its `then` or `else` refused: said once.
        if (e.keyword === 'if')
            continue;
        const ptr = errorPointer(e);
        const schemaLine = compiled.lineOf(e.schemaPath);
        // What no values file wrote (a key Helm adds, a required key nobody sets) is said at the schema's line.
        const where = originOf(origins, prefix + ptr) ?? { file: schemaFile, line: schemaLine };
        const key = [keyPrefix, pointerKey(ptr)].filter(Boolean).join('.');
        const said = `${schemaFile}:${schemaLine}`;
        run.out.push({
            file: where.file,
            line: where.line,
            key,
            message: `${key || 'the values'} ${words(e)} (${said}, read as JSON Schema ${compiled.draft})`,
        });
    }
}
/**
 * Whether Helm keeps a dependency (and validates its schema): the first of its `condition` paths the parent's values
 * hold as a boolean decides; else its `tags`, any of them true in the top chart's `tags` keeping it, all false dropping
 * it; else it is kept.
 */
function enabled(dep, values, tags) {
    for (const path of dep.enabledBy?.conditions ?? []) {
        let v = values;
        for (const k of path)
            v = isObj(v) ? v[k] : undefined;
        if (typeof v === 'boolean')
            return v;
    }
    const set = (dep.enabledBy?.tags ?? []).map((t) => tags[t]).filter((v) => typeof v === 'boolean');
    return set.length === 0 || set.some((v) => v);
}
/** The pointer an error is about: the missing or extra property below the object it names. */
function errorPointer(e) {
    const p = e.params;
    const extra = p.missingProperty ?? p.additionalProperty ?? p.unevaluatedProperty;
    return typeof extra === 'string' ? `${e.instancePath}/${escapePointer(extra)}` : e.instancePath;
}
/** `/image/tag` as `image.tag`; `/args/0` as `args[0]`. */
function pointerKey(ptr) {
    let out = '';
    for (const raw of ptr.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        out += /^\d+$/.test(seg) ? `[${seg}]` : out === '' ? seg : `.${seg}`;
    }
    return out;
}
/** The schema's words for one error. */
function words(e) {
    const p = e.params;
    switch (e.keyword) {
        case 'required':
        case 'dependencies':
        case 'dependentRequired':
            return 'is required, but the values do not set it';
        case 'additionalProperties':
        case 'unevaluatedProperties':
            return `is not a key the schema allows (${e.keyword}: false)`;
        case 'enum':
            return `${e.message} ${JSON.stringify(p.allowedValues)}`;
        case 'const':
            return `${e.message} ${JSON.stringify(p.allowedValue)}`;
        default:
            return e.message ?? `fails ${e.keyword}`;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/values/environment-contract.ts
// The values contract of one environment as the pull request check reads
// it: the chart folder's files at the head (its subcharts under charts/, as the
// render reads them) and the values the environment gives it — the values
// files of the repository, an Application's inline values, a HelmRelease's
// spec.values and the ConfigMaps it takes values from. Each key those set that
// no template of the chart, its subcharts or global reads (values/contract.ts)
// is one finding at its line, with the nearest key the chart reads; each
// thing a values.schema.json refuses in the merged values, as Helm would
// refuse to install them, is one at the line that wrote the key
// (values/schema-values.ts); on a pull request that changes the chart, each
// key its own values.yaml sets that its schema does not declare is a warning
// (values/schema-declared.ts).









/**
 * Judges the values `sources` (in Helm's order) against the chart whose files (`files`, by path in the chart) sit at
 * `dir` of the repository. A template or values source that does not parse, or a chart that lockstep stops reading,
 * is `failed`, its file named by its path in the repository. With `cache`, a chart another environment of the run
 * judged is not read again (unless a values source holds template strings, which its reading includes).
 */
async function environmentContract(dir, files, sources, cache = new Map(), options = {}) {
    const meta = (0,chart_files/* chartMeta */.Ae)(files.get('Chart.yaml') ?? '');
    const name = meta.name ?? external_node_path_.posix.basename(dir);
    try {
        const key = digestOf(files);
        let read = cache.get(key);
        if (!read) {
            read = { chart: await (0,chart_files/* readChartValues */.zV)((0,chart_files/* archiveTree */.HT)(files), '', { ...meta, name, version: meta.version ?? '0.0.0' }) };
            cache.set(key, read);
        }
        return await judgeChart(read, dir, sources, options);
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.yo))
            throw e;
        // A template's file is named inside the chart: said by its path in the repository.
        const inRepo = e.file === undefined || e.file.startsWith(`${dir}/`) || sources.some((s) => s.file === e.file);
        const file = e.file === undefined ? dir : inRepo ? e.file : external_node_path_.posix.join(dir, e.file);
        return { failed: new errors/* UserError */.yo(e.detail, { file, line: e.line, hint: e.hint }) };
    }
}
/**
 * Judges the values `sources` (in Helm's order) against a chart already read (`read`, whose contract index and
 * compiled schemas it keeps for the next environment): the check's judge and a promotion's (the promoted chart
 * version, promote/values-contract.ts). A values source that does not parse is `failed`; a template that does not
 * parse is a UserError (named by its path in the chart).
 */
async function judgeChart(read, dir, sources, options = {}) {
    const reports = [];
    for (const v of sources) {
        const strings = v.set ? [] : (0,contract_index/* valuesTemplates */.Q)(v.text);
        const index = strings.length > 0 ? (0,contract_index/* contractIndex */.$)(read.chart, strings) : (read.index ??= (0,contract_index/* contractIndex */.$)(read.chart));
        try {
            reports.push((0,contract/* judgeSource */.rl)(index, v));
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo)
                return { failed: e };
            throw e;
        }
    }
    const schema = await schemaFindings(read.chart, sources, dir, options.helm ?? 3, (read.schemas ??= new Map()));
    return { reports, schema, undeclared: options.undeclared ? undeclared(read.chart, dir) : [] };
}
/** The chart's own values.yaml keys its schema does not declare ([] without a schema, or one that does not parse). */
function undeclared(chart, dir) {
    if (chart.schema === undefined || chart.schema.length > MAX_SCHEMA_BYTES)
        return [];
    let schema;
    try {
        schema = JSON.parse(chart.schema.replace(/^\ufeff/, ''));
    }
    catch {
        return [];
    }
    return undeclaredKeys(chart, schema, dir);
}
function digestOf(files) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1)))
        h.update(path).update('\0').update(text).update('\0');
    return h.digest('hex');
}


/***/ })

};

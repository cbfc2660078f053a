export const id = 5861;
export const ids = [5861];
export const modules = {

/***/ 42944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bumpJson: () => (/* binding */ bumpJson),
/* harmony export */   bumpLogLine: () => (/* binding */ bumpLogLine),
/* harmony export */   bumpStatus: () => (/* binding */ bumpStatus),
/* harmony export */   bumpView: () => (/* binding */ bumpView),
/* harmony export */   bumpViews: () => (/* binding */ bumpViews),
/* harmony export */   runnerView: () => (/* binding */ runnerView)
/* harmony export */ });
/* harmony import */ var _charts_bump_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11087);
/* harmony import */ var _report_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57987);
/* harmony import */ var _contract_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92252);



/** A bump's views: the runner's log, annotations, outputs and summary; the terminal's table (the summary's story). */
const bumpViews = { runner: runnerView, terminal: bumpView, failure: () => undefined, json: bumpJson };
/** `lockstep bump --json`: the action's outputs as values, then the notes, warnings and the base the levels applied to. */
function bumpJson(r) {
    return (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_2__/* .commandJson */ .ic)('bump', {
        'dry-run': r.dryRun,
        status: bumpStatus(r),
        version: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOrNull */ .e0)(r.outputs.version),
        'previous-version': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOrNull */ .e0)(r.outputs['previous-version']),
        'app-version': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOrNull */ .e0)(r.outputs['app-version']),
        'changed-files': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedOutput */ .$p)(r.outputs['changed-files']),
        charts: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_2__/* .parsedOutput */ .$p)(r.outputs.charts),
        base: r.base ?? null,
        notes: r.notes,
        warnings: r.warnings.map(_charts_bump_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWarning */ .W3),
    });
}
/**
 * What the runner is told, in order: the warnings as annotations at their
 * file and line, the diff (already safe for the log), the charts with the
 * base they were measured against, the status line, the outputs, the summary.
 */
function runnerView(r) {
    const steps = r.warnings.map((w) => ({ annotate: 'warning', message: w.message, file: w.file, line: w.line }));
    if (r.diff !== '')
        steps.push({ group: r.dryRun ? 'Diff (dry run: nothing written)' : 'Diff' }, { info: r.diff, raw: true }, { endGroup: true });
    steps.push({ group: `Charts (${r.charts.length})` });
    if (r.base)
        steps.push({ info: `levels apply to the chart versions at ${r.base}` });
    steps.push(...r.charts.map((c) => ({ info: bumpLogLine(c) })), ...r.notes.map((n) => ({ info: n })), { endGroup: true });
    steps.push({ info: bumpStatus(r) });
    // Typed by its keys, so Object.entries sees string values (an interface alone gives it `any`).
    const outputs = r.outputs;
    steps.push(...Object.entries(outputs).map(([output, value]) => ({ output, value })));
    steps.push({ summary: (0,_report_view_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMarkdown */ .Gc)(bumpView(r)) });
    return { steps };
}
/** One sentence on what a bump changed. */
function bumpStatus(r) {
    if (r.changes.length === 0)
        return 'Nothing to change: every chart already has these versions and changelog entries.';
    return r.dryRun ? `Dry run: ${r.changes.length} file(s) would change; nothing was written.` : `${r.changes.length} file(s) changed.`;
}
/** A chart's line in the log: name, path, and both versions before → after. */
function bumpLogLine(r) {
    return `${r.name} (${r.path})${r.cascaded ? ' [cascaded]' : ''}: version ${r['previous-version']} → ${r.version}, appVersion ${r['previous-app-version'] || '—'} → ${r['app-version'] || '—'}`;
}
/** The bump's table: one row per chart, versions before → after, the files that changed. */
function bumpView(r) {
    const arrow = (a, b) => (a === b ? `${a || '—'} (unchanged)` : `${a || '—'} → ${b}`);
    return {
        title: 'bump-chart',
        status: bumpStatus(r),
        headers: ['Chart', 'Version', 'appVersion', 'Files changed'],
        rows: r.charts.map((c) => [
            `${c.name} (${c.path})${c.cascaded ? ' — cascaded' : ''}`,
            arrow(c['previous-version'], c.version),
            arrow(c['previous-app-version'], c['app-version']),
            c.files.length ? c.files.join('\n') : 'none',
        ]),
        notes: r.notes,
        warnings: r.warnings.map(_charts_bump_js__WEBPACK_IMPORTED_MODULE_0__/* .formatWarning */ .W3),
    };
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


/***/ }),

/***/ 61318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ diffArrays)
/* harmony export */ });
/* unused harmony export arrayDiff */
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63102);

class ArrayDiff extends _base_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}


/***/ }),

/***/ 63102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Diff)
/* harmony export */ });
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}


/***/ })

};

export const id = 2040;
export const ids = [2040];
export const modules = {

/***/ 65633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ saveHeapMemory),
/* harmony export */   T$: () => (/* binding */ favourSmallHeap),
/* harmony export */   kK: () => (/* binding */ holdYoungGeneration),
/* harmony export */   q: () => (/* binding */ outsideMemorySaver)
/* harmony export */ });
/* unused harmony export HeapSettings */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

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
 * Set by promote, status and release (a release at 100,000 commits and 1,000
 * charts: 132–142 MB peak without it, ~125 MB with it).
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
 * through the pin index (promote/pin-index.ts, js-yaml events) rather than the
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
function outsideMemorySaver(work) {
    return heap.outsideMemorySaver(work);
}
/** The heap settings of one process, each V8 flag set once through `set` (node:v8's setFlagsFromString). */
class HeapSettings {
    held = false;
    small = false;
    saver = false;
    lent = 0;
    set;
    constructor(set = node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString) {
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


/***/ }),

/***/ 45076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ trimmedPatch),
/* harmony export */   "in": () => (/* binding */ renderDiff),
/* harmony export */   kN: () => (/* binding */ renderDiffHead)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85725);
/* harmony import */ var _text_log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73603);
/* harmony import */ var _text_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73491);



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
    const pure = pureHunk(a, before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .viewText */ .TO)(given), context);
    if (pure)
        return { hunks: [pure] };
    const after = (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .joinText */ ._V)(given);
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
        const patch = (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .structuredPatch */ .YB)(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
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
    const pure = pureHunk(a, before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .viewText */ .TO)(c.after), context);
    if (pure)
        return 3 + pure.lines.length;
    const counted = inPlaceLineCount(a, lines((0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .joinText */ ._V)(c.after)), context);
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
        if ((0,_text_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .sameText */ .QV)(c.before, c.after))
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
const logLine = (l) => (0,_text_log_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeForLog */ .z)(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`);
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


/***/ }),

/***/ 17615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z8: () => (/* binding */ fluxRef),
  V3: () => (/* binding */ readFluxRelease),
  eK: () => (/* binding */ specValues)
});

// UNUSED EXPORTS: fluxReleaseName, mergePatch

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var yaml_read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/kustomize/overlay.ts
var overlay = __webpack_require__(33861);
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(21120);
// EXTERNAL MODULE: ./packages/core/src/promote/flux.ts
var flux = __webpack_require__(90687);
// EXTERNAL MODULE: ./packages/core/src/promote/flux-values.ts
var flux_values = __webpack_require__(99982);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-target-path.ts
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
function typed(value) {
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
    let doc = typed(value);
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
        const doc = (0,flux_values/* docsOf */.fE)(text, path, cache).docs.find((d) => (0,flux_values/* kindOf */.I)(d) === 'ConfigMap' && (0,flux_values/* nameOf */.Vb)(d) === name);
        const value = doc ? (0,yaml_read/* mapValue */.IS)((0,yaml_read/* mapValue */.IS)(doc.contents, 'data'), valuesKey) : undefined;
        return (0,dist/* isScalar */.jn)(value) && value.value !== null ? { value: String(value.value), file: path, label } : undefined;
    };
    const generator = async (kfile, ktext) => {
        const gens = (0,yaml_read/* mapValue */.IS)((0,flux_values/* docsOf */.fE)(ktext, kfile, cache).docs[0].contents, 'configMapGenerator');
        const entry = (0,dist/* isSeq */.oP)(gens) ? gens.items.find((g) => (0,dist/* isMap */.jh)(g) && (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(g, 'name')) === name) : undefined;
        const literals = (0,yaml_read/* mapValue */.IS)(entry, 'literals');
        for (const l of (0,dist/* isSeq */.oP)(literals) ? literals.items : []) {
            const spec = (0,yaml_read/* scalarText */.ws)(l) ?? '';
            if (spec.slice(0, spec.indexOf('=')) === valuesKey)
                return { value: spec.slice(spec.indexOf('=') + 1), file: kfile, label };
        }
        const files = (0,yaml_read/* mapValue */.IS)(entry, 'files');
        for (const f of (0,dist/* isSeq */.oP)(files) ? files.items : []) {
            const spec = (0,yaml_read/* scalarText */.ws)(f) ?? '';
            const eq = spec.indexOf('=');
            const path = eq < 0 ? spec : spec.slice(eq + 1);
            if ((eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq)) !== valuesKey)
                continue;
            const at = (0,flux_values/* joinPath */.uJ)((0,flux_values/* dirOf */.Rw)(kfile), path);
            const text = await read(at);
            if (text !== undefined)
                return { value: text, file: at, label };
        }
        return undefined;
    };
    return (await manifest(file)) ?? (0,flux_values/* findConfigMap */.ko)((0,flux_values/* dirOf */.Rw)(file), { generator, manifest }, read, new Set(), cache);
}

;// CONCATENATED MODULE: ./packages/core/src/promote/flux-release.ts
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









const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
/** At most this many kustomization folders are followed from the HelmRelease's folder. */
const MAX_FOLDERS = 32;
/** Folder of a repository path ('.' at the top). */
const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `dir` joined with a relative path, normalised; undefined when it leaves the repository. */
function joinPath(dir, rel) {
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
    const parsed = (0,parse_cache/* parseWith */.K)(cache, yaml_read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    return (parsed.documents ?? [parsed.doc]).flatMap((d, index) => {
        const data = asObj(d.toJS({ maxAliasCount: 100 }));
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
    while (queue.length > 0 && seen.size < MAX_FOLDERS) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        seen.add(d);
        for (const n of overlay/* KUSTOMIZATION_NAMES */.H7) {
            const kfile = d === '.' ? n : `${d}/${n}`;
            const ktext = await read(kfile);
            if (ktext === undefined)
                continue;
            const k = docsIn(ktext, kfile, cache)[0]?.data ?? {};
            namespace ??= asStr(k.namespace);
            for (const r of Array.isArray(k.resources) ? k.resources : []) {
                const rel = asStr(r);
                const path = rel === undefined || /^[a-z][a-z0-9+.-]*:/i.test(rel) ? undefined : joinPath(d, rel);
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
    const b = asObj(base);
    const p = asObj(patch);
    if (!p)
        return patch;
    const out = { ...(b ?? {}) };
    for (const [k, v] of Object.entries(p)) {
        if (v === null)
            delete out[k];
        else
            out[k] = asObj(v) && asObj(out[k]) ? mergePatch(out[k], v) : v;
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
const kindName = (d) => [asStr(d.data.kind), asStr(asObj(d.data.metadata)?.name)];
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
 * OCIRepository is read first. Errors name file:line as promote/flux.ts does.
 */
async function readFluxRelease(env, read, cache) {
    const { file } = (0,application/* splitApplicationRef */.O6)(env.helmrelease);
    const text = await read(file);
    if (text === undefined)
        throw new errors/* UserError */.yo(`${file} is not in the repository`, { file, hint: 'point helmrelease: at the HelmRelease file' });
    const document = (0,flux/* releaseDocument */.b8)(env.helmrelease, text, file, cache) ?? 0;
    const own = docsIn(text, file, cache);
    const patch = own.find((d) => d.index === document);
    const name = asStr(asObj(patch.data.metadata)?.name) ?? '';
    const around = await reached(dirOf(file), read, cache);
    const all = [...own.filter((d) => d.index !== document), ...around.docs];
    const base = all.filter((d) => !(d.file === file && d.index === document)).find((d) => kindName(d).join('/') === `HelmRelease/${name}`);
    const merged = asObj(mergePatch(base?.data ?? {}, patch.data)) ?? {};
    const spec = asObj(merged.spec) ?? {};
    const meta = asObj(merged.metadata) ?? {};
    const ns = around.namespace ?? asStr(meta.namespace);
    const targetNamespace = asStr(spec.targetNamespace);
    const { sourceAt, named, ...chart } = await chartOf(spec, all, env.ocirepository, read, cache);
    // valuesFrom as kustomize leaves it: the patch's list when it has one (a list is replaced whole), else the base's.
    const holder = asObj(patch.data.spec)?.valuesFrom !== undefined || !base ? { file, index: document } : base;
    const holderText = holder.file === file ? text : ((await read(holder.file)) ?? '');
    const entries = await (0,flux_values/* valuesFromEntries */.hq)(holder.file, holderText, holder.index, read, cache);
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
    if (asObj(spec.values))
        values.push({ text: JSON.stringify(spec.values), path: file, label: 'spec.values' });
    return {
        name,
        releaseName: asStr(spec.releaseName) ?? fluxReleaseName(name, targetNamespace),
        ...((targetNamespace ?? ns) ? { namespace: targetNamespace ?? ns } : {}),
        ...((asStr(spec.storageNamespace) ?? ns) ? { storageNamespace: asStr(spec.storageNamespace) ?? ns } : {}),
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
    const url = kind === 'HelmRepository' || kind === 'OCIRepository' ? asStr(asObj(d.data.spec)?.url) : undefined;
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
    const chartRef = asObj(spec.chartRef);
    if (chartRef) {
        const refName = asStr(chartRef.name);
        const kind = asStr(chartRef.kind) ?? 'OCIRepository';
        const named = ociFile ? (0,application/* splitApplicationRef */.O6)(ociFile) : undefined;
        const candidates = named ? docsIn((await read(named.file)) ?? '', named.file, cache) : [];
        const wanted = (d) => kindName(d)[0] === kind && (kindName(d)[1] === (named?.name ?? refName) || named?.name === undefined);
        const oci = candidates.find(wanted) ?? docs.find((d) => kindName(d).join('/') === `${kind}/${refName}`);
        const ospec = asObj(oci?.data.spec) ?? {};
        const url = (asStr(ospec.url) ?? '').replace(/\/+$/, '');
        const ref = asObj(ospec.ref) ?? {};
        const version = asStr(ref.semver) ?? asStr(ref.tag) ?? '';
        const digest = asStr(ref.digest);
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
    const cspec = asObj(asObj(spec.chart)?.spec) ?? {};
    const chart = asStr(cspec.chart);
    const version = asStr(cspec.version) ?? '';
    const sourceRef = asObj(cspec.sourceRef) ?? {};
    const kind = asStr(sourceRef.kind) ?? 'HelmRepository';
    const refName = asStr(sourceRef.name) ?? '';
    if (kind !== 'HelmRepository')
        // A chart in a GitRepository or Bucket is a path in it: read as a chart folder of this repository.
        return {
            version,
            source: chart ? { path: chart.replace(/^\.\//, '') } : {},
            from: `${kind} ${refName} (${chart ?? 'no chart'})`,
            named: [],
        };
    const repo = docs.find((d) => kindName(d).join('/') === `HelmRepository/${refName}`);
    const url = asStr(asObj(repo?.data.spec)?.url);
    const secretRef = asStr(asObj(asObj(repo?.data.spec)?.secretRef)?.name);
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
    const parsed = (0,parse_cache/* parseWith */.K)(cache, yaml_read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document];
    return () => (0,yaml_read/* mapValue */.IS)((0,yaml_read/* mapValue */.IS)(doc?.contents, 'spec'), 'values');
}


/***/ }),

/***/ 12530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ filesDigest),
/* harmony export */   m: () => (/* binding */ CachedRenderer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _helm_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46760);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21065);
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
            return { ok: true, objects: (0,_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .splitObjects */ .bR)(stdout, namespace ?? '') };
        }
        catch (e) {
            return { ok: false, reason: 'error', message: e.message };
        }
    }
    async inTempFolder(side, background) {
        this.runs++;
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'lockstep-render-'));
        try {
            return await this.run(side, dir, background);
        }
        finally {
            (0,_helm_js__WEBPACK_IMPORTED_MODULE_4__/* .removeFolder */ .v$)(dir);
        }
    }
}
/** A digest of files by path, in path order whatever order they came in. */
function filesDigest(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const [p, t] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        h.update(`${p}\0${t}\0`);
    return h.digest('hex');
}


/***/ }),

/***/ 292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pA: () => (/* binding */ DEFAULT_IGNORE),
  HL: () => (/* binding */ compareRenders),
  MX: () => (/* binding */ printObjects)
});

// UNUSED EXPORTS: maskSecrets

// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(45076);
// EXTERNAL MODULE: ./packages/core/src/render/objects.ts + 2 modules
var render_objects = __webpack_require__(21065);
;// CONCATENATED MODULE: ./packages/core/src/render/ignore-paths.ts
// The fields an Argo CD Application's spec.ignoreDifferences names, as paths
// into a rendered object: its JSON pointers (RFC 6901) and its jq path
// expressions that are plain field paths (`.a.b["c"][0][]`); what selects or
// pipes is not read, and is said. compare.ts folds (or marks) what they name.
/** `[]` in a jq path: every item. */
const ALL = Symbol('every item');
/** Whether a rule of ignoreDifferences covers the object (group from the apiVersion, kind, and name/namespace when given). */
function matches(rule, o) {
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
function rulePaths(rule, unread) {
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
function child(node, key) {
    if (typeof key === 'symbol')
        return undefined;
    if (Array.isArray(node))
        return node[Number(key)];
    if (node && typeof node === 'object')
        return node[String(key)];
    return undefined;
}
/** Deletes what a path names (every item for `*`). */
function removePath(node, path) {
    if (path.length === 0 || !node || typeof node !== 'object')
        return;
    const [head, ...rest] = path;
    const keys = head === ALL ? (Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) : [head];
    for (const k of keys) {
        if (rest.length > 0)
            removePath(child(node, k), rest);
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
function hasPath(node, path) {
    let n = node;
    for (const k of path) {
        if (!n || typeof n !== 'object' || typeof k === 'symbol' || !(String(k) in n))
            return false;
        n = child(n, k);
    }
    return true;
}
/** Sets what a path names (its last key in the node it reaches). */
function setPath(node, path, value) {
    let n = node;
    for (const k of path.slice(0, -1))
        n = child(n, k);
    const last = path[path.length - 1];
    if (n && typeof n === 'object' && typeof last !== 'symbol')
        n[String(last)] = value;
}
/** The values a path names (every item for ALL), in order; a path that names nothing gives none. */
function valuesAt(node, path) {
    if (path.length === 0)
        return [node];
    if (!node || typeof node !== 'object')
        return [];
    const [head, ...rest] = path;
    const keys = head === ALL ? (Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) : [head];
    return keys.flatMap((k) => (String(k) in node ? valuesAt(child(node, k), rest) : []));
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
const DEFAULT_IGNORE = [
    String.raw `^\s*helm\.sh/chart:\s`,
    String.raw `^\s*app\.kubernetes\.io/version:\s`,
    String.raw `^\s*checksum/[^:]*:\s`,
];
/**
 * A side's objects printed ahead of the comparison (keys sorted, ignored lines split out), as compareRenders
 * prints an object that no ignoreDifferences rule covers and that holds no Secret: the before side is printed
 * while the after side renders. Made for `opts`; compareRenders reads them only with the same ignore patterns.
 */
function printObjects(objects, opts) {
    const printed = new Map();
    for (const o of objects.values()) {
        if (opts.ignoreDifferences.some((r) => !r.appliedOnSync && matches(r, o)))
            continue;
        if (hasSecret(o.body))
            printed.set(o, { secret: true });
        else {
            const text = (0,render_objects/* sortedYaml */.Xw)(o.body);
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
function compareRenders(before, after, again, opts, ahead) {
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
            bText = b && !b.secret ? b.text : was ? (0,render_objects/* sortedYaml */.Xw)(was.body) : '';
            aText = a && !a.secret ? a.text : now ? (0,render_objects/* sortedYaml */.Xw)(now.body) : '';
            if (b && !b.secret)
                bSplit = [b.kept, b.taken];
            if (a && !a.secret)
                aSplit = [a.kept, a.taken];
        }
        else {
            // Copies with their keys sorted: what is ignored or masked is taken out of them, and they are printed as they are.
            const b = was ? (0,render_objects/* sortedKeys */.Mf)(was.body) : undefined;
            const a = now ? (0,render_objects/* sortedKeys */.Mf)(now.body) : undefined;
            for (const p of ignored)
                for (const side of [a, b])
                    if (side)
                        removePath(side, p);
            if (a && second) {
                let differing = leaves;
                if (!differing) {
                    const c = (0,render_objects/* sortedKeys */.Mf)(second.body);
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
            bText = b ? (0,render_objects/* stableYaml */.Xf)(b) : '';
            aText = a ? (0,render_objects/* stableYaml */.Xf)(a) : '';
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
        const label = (0,render_objects/* objectLabel */.uk)(obj);
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
    const { hunks } = (0,diff/* trimmedPatch */.F2)(label, before, after, 3);
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


/***/ }),

/***/ 46760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ runBounded),
/* harmony export */   J7: () => (/* binding */ learnVersion),
/* harmony export */   MI: () => (/* binding */ findHelm),
/* harmony export */   YK: () => (/* binding */ helmCandidate),
/* harmony export */   Zp: () => (/* binding */ helmTemplate),
/* harmony export */   db: () => (/* binding */ versionProbe),
/* harmony export */   e0: () => (/* binding */ takeVersionProbe),
/* harmony export */   fG: () => (/* binding */ offlineEnv),
/* harmony export */   hm: () => (/* binding */ helmUsable),
/* harmony export */   pz: () => (/* binding */ findHelmOf),
/* harmony export */   uO: () => (/* binding */ MIN_HELM),
/* harmony export */   v$: () => (/* binding */ removeFolder)
/* harmony export */ });
/* unused harmony exports helmVersion, isolatedEnv, templateArgs, BACKGROUND_NICENESS, residentBytes, helmMessage */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_4__);
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
/** The lowest Helm `render: auto` uses (`--kube-version` without a cluster, OCI charts by default). */
const MIN_HELM = '3.8.0';
/** The names a Helm is found by on PATH: `helm`, and the side-by-side installs of one major. */
const HELM_NAMES = ['helm', 'helm3', 'helm4'];
/** The executable files named `name` on PATH, in PATH order. */
function onPath(env, names) {
    const found = [];
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter)) {
        if (!dir)
            continue;
        for (const name of names) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, process.platform === 'win32' ? `${name}.exe` : name);
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
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
    return found.find((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(p).replace(/\.exe$/, '') === `helm${major}`) ?? found[0];
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
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(path, ['version', '--short'], { encoding: 'utf8', timeout: 10_000, env: isolatedEnv((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) }, (error, stdout) => resolve(error ? undefined : (0,semver__WEBPACK_IMPORTED_MODULE_4__.coerce)(stdout.trim())?.version));
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
    const version = (0,semver__WEBPACK_IMPORTED_MODULE_4__.coerce)(probe[2])?.version;
    return { stdout: stdout.slice(0, start) + stdout.slice(probe.index + probe[0].length), ...(version ? { version } : {}) };
}
/** Whether `render: auto` may use this Helm (3.8 or later). */
function helmUsable(h) {
    return (0,semver__WEBPACK_IMPORTED_MODULE_4__.gte)(h.version, MIN_HELM);
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
        KUBECONFIG: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'no-kubeconfig'),
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
        HELM_CACHE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'cache'),
        HELM_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'config'),
        HELM_DATA_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'data'),
        HELM_REGISTRY_CONFIG: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'config', 'registry.json'),
        HELM_REPOSITORY_CONFIG: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'config', 'repositories.yaml'),
        HELM_REPOSITORY_CACHE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'cache', 'repository'),
        HELM_PLUGINS: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'plugins'),
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
    }
    catch {
        // left in the temp folder
    }
}
/** Runs `helm template` within the limits; Helm's message (its last lines) when it fails, and which limit stopped it. */
async function helmTemplate(helm, input, limits = {}, background = false) {
    const home = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'lockstep-helm-'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'config'), { recursive: true });
    try {
        return await runBounded(helm, templateArgs(input), isolatedEnv(home), limits, 'helm template', helmMessage, { background });
    }
    finally {
        removeFolder(home);
    }
}
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
        if ((0,node_os__WEBPACK_IMPORTED_MODULE_2__.getPriority)(pid) < BACKGROUND_NICENESS)
            (0,node_os__WEBPACK_IMPORTED_MODULE_2__.setPriority)(pid, BACKGROUND_NICENESS);
    }
    catch {
        // the run goes on at its priority
    }
}
/** A process's resident memory in bytes (VmRSS of /proc/<pid>/status); undefined where there is no /proc or it has ended. */
function residentBytes(pid) {
    try {
        const m = /^VmRSS:\s+(\d+)\s+kB/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Runs one renderer process bounded: killed at the time limit, once its
 * stdout passes the cap, or once its resident memory (read every
 * `rssIntervalMs`) passes the bound, and each is said (`what` names the
 * command, `source` what it ran: a template, an overlay); a failure gives
 * `message(stderr)`.
 */
function runBounded(command, args, env, limits, what, message, opts = {}) {
    const source = opts.source ?? 'a template';
    const cwd = opts.cwd;
    const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
    const maxRss = limits.maxRssBytes ?? DEFAULT_MAX_RSS;
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
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


/***/ }),

/***/ 39410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A4: () => (/* binding */ Renderer),
  z_: () => (/* binding */ readChartFolder),
  Cp: () => (/* binding */ renderEnvironment),
  Em: () => (/* binding */ sideRender)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/async/young-generation.ts
var young_generation = __webpack_require__(65633);
// EXTERNAL MODULE: ./packages/core/src/render/compare.ts + 1 modules
var compare = __webpack_require__(292);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var helm = __webpack_require__(46760);
// EXTERNAL MODULE: ./packages/core/src/render/cached.ts
var cached = __webpack_require__(12530);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
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
const MAX_UNPACKED = 64 * 1024 * 1024;
/** Packaged subcharts are read this deep. */
const MAX_DEPTH = 5;
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
        texts = await archiveTexts(side.chart.tgz, 0, { left: MAX_UNPACKED });
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
            if (depth >= MAX_DEPTH)
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
class Renderer extends cached/* CachedRenderer */.m {
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
            (0,helm/* removeFolder */.v$)(dir);
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
        return sideDigest(side, this.cluster);
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
        const outcome = await (0,helm/* helmTemplate */.Zp)(this.helm, {
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
        const { stdout, version } = (0,helm/* takeVersionProbe */.e0)(outcome.stdout, probed);
        return { ok: true, stdout, ...(version ? { helmVersion: version } : {}) };
    }
}
/** Writes versionProbe's template into a chart folder; its nonce, or undefined where it cannot (a templates/ that is no folder). */
function writeProbe(chart, nonce) {
    const probe = (0,helm/* versionProbe */.db)(nonce);
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
function sideDigest(side, cluster) {
    const chart = 'tgz' in side.chart ? (0,external_node_crypto_.createHash)('sha256').update('tgz\0').update(side.chart.tgz).digest('hex') : (0,cached/* filesDigest */.A)(side.chart.files);
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
    return (0,young_generation/* outsideMemorySaver */.q)(async () => {
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
            ? renderer.render(before).then((o) => (o.ok ? (0,compare/* printObjects */.MX)(o.objects, opts) : undefined), () => undefined)
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
        const diff = (0,compare/* compareRenders */.HL)(beforeObjects, now.objects, undefined, opts, printed);
        const againText = second && (await second);
        // An again render that printed the same text finds nothing non-deterministic: it needs no parse.
        const again = !againText?.ok || againText.stdout === nowText || (was.ok && sameObjects(was.objects, now.objects))
            ? undefined
            : await renderer.render(after, true);
        const beforeFailed = was.ok ? undefined : was.message;
        return {
            ...base,
            status: 'rendered',
            diff: again?.ok ? (0,compare/* compareRenders */.HL)(beforeObjects, now.objects, again.objects, opts, printed) : diff,
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
        if (!other || !(0,external_node_util_.isDeepStrictEqual)(o.body, other.body))
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


/***/ }),

/***/ 73603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/* unused harmony export escapeLinesForLog */
/**
 * Every character the runner's TrimStart removes before it looks for `::`:
 * .NET's Char.IsWhiteSpace set. JavaScript's `\s` misses U+0085 (NEL), so it
 * is spelled out (`\s` also holds U+FEFF, which .NET keeps: escaping one more
 * does no harm).
 */
const RUNNER_SPACE = '\\s\\u0085';
const LEADING_COMMAND = new RegExp(`^([${RUNNER_SPACE}]*)::`);
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space, as the runner's .NET TrimStart sees
 * it) with `::`, or holds the legacy `##[command]` form anywhere, would be
 * read by the runner as a workflow command, so line breaks are folded (making
 * the start of the text the only line start) and both forms broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(LEADING_COMMAND, '$1: :')
        .replace(/##\[/g, '# #[');
}
/**
 * escapeForLog for text of many lines (a subprocess's output): each line is
 * escaped on its own, so the text keeps its lines and none of them can be a
 * workflow command.
 */
function escapeLinesForLog(s) {
    return s
        .split(/\r\n|\r|\n/)
        .map(escapeForLog)
        .join('\n');
}


/***/ })

};

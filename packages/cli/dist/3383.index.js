export const id = 3383;
export const ids = [3383,9002];
export const modules = {

/***/ 10029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ mergeDigests),
/* harmony export */   c1: () => (/* binding */ digestsOneLine),
/* harmony export */   fV: () => (/* binding */ parseDigests),
/* harmony export */   nj: () => (/* binding */ lineOfKey),
/* harmony export */   x7: () => (/* binding */ formatDigests)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90908);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);



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
const READERS = {
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
    const r = READERS[reader];
    const raw = await (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonAt */ .bq)(text, file, r.hint, `${r.subject(file)} is not valid JSON`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${r.subject(file)} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: r.hint });
    const out = {};
    for (const [name, entry] of Object.entries(raw)) {
        const at = { file, line: lineOfKey(text, name) };
        const what = r.entry(name, file);
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is not an object`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        const e = entry;
        for (const key of r.required)
            if (typeof e[key] !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has no string '${key}'`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        if (!(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(e.digest))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has a malformed digest '${String(e.digest).slice(0, 80)}'`, {
                ...at,
                hint: 'a digest is sha256: followed by 64 hex characters',
            });
        for (const key of ['image', 'sha', 'tag', 'platform'])
            if (e[key] !== undefined && typeof e[key] !== 'string')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has a non-string '${key}'`, {
                    ...at,
                    hint: 'image, sha, tag and platform (os/arch[/variant]) are strings',
                });
        // The tag lands in a values file and in the log: only the registry's tag grammar passes.
        if (typeof e.tag === 'string' && !/^[\w][\w.-]{0,127}$/.test(e.tag))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} has an invalid tag '${e.tag.slice(0, 80)}'`, {
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
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`, {
                file: opts.file,
                line: opts.text ? lineOfKey(opts.text, name) : undefined,
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `give each matrix job its own service name, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('overwrite', 'true')} to replace it`,
            }));
            continue;
        }
        out[name] = entry;
    }
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
    return out;
}


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

/***/ 30883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ realFs),
/* harmony export */   PT: () => (/* binding */ commitChanges),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony exports nodeTxFs, planEdits */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92536);
/* harmony import */ var _text_parts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73491);






/**
 * The real file system (node:fs, synchronous). A write goes on until every
 * byte is written (a short write that makes no progress is an error, never a
 * truncated file) and is flushed to disk (fsync) before the caller renames the
 * temp file over the target, so a crash cannot leave an empty file behind.
 */
function nodeTxFs(io = node_fs__WEBPACK_IMPORTED_MODULE_0__) {
    return {
        readFile(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path, 'utf8');
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
        rename: (from, to) => node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(from, to),
        unlink: (path) => node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(path, { force: true }),
        mode(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(path).mode & 0o7777;
            }
            catch {
                return undefined;
            }
        },
        access(path) {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
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
        const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, e.path, 'file');
        const prior = seen.get(e.path);
        // A second edit of the same file reads the first one's text (joined: edits of a file in parts are one).
        const before = prior ? (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .joinText */ ._V)(prior.after) : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .sameText */ .QV)(after, before))
            continue;
        // The check reads the text whole; no check, no join.
        e.check?.(before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .joinText */ ._V)(after));
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => !(0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .sameText */ .QV)(c.before, c.after)) };
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
            const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, change.path, 'file');
            const mode = fs.mode(abs);
            if (change.before !== undefined && mode === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} disappeared while planning`, { file: change.path, hint: 'run again' });
            if (mode !== undefined && (mode & 0o222) === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} is read-only`, {
                    file: change.path,
                    hint: 'make it writable (chmod u+w) or leave it out; nothing was written',
                });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs)}.lockstep-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${s.change.path} could not be replaced (${e.code ?? 'error'})${detail}`, {
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
                const tmp = `${d.abs}.lockstep-restore-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}`;
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


/***/ }),

/***/ 48982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ localDefaultBranch),
/* harmony export */   $R: () => (/* binding */ initBareWithOrigin),
/* harmony export */   F6: () => (/* binding */ hasRemote),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   Kx: () => (/* binding */ lastTagOn),
/* harmony export */   M4: () => (/* binding */ topLevel),
/* harmony export */   MY: () => (/* binding */ pathPrefixOrTop),
/* harmony export */   OZ: () => (/* binding */ remoteHeadRef),
/* harmony export */   Y2: () => (/* binding */ headProblem),
/* harmony export */   YA: () => (/* binding */ pathPrefix),
/* harmony export */   eR: () => (/* binding */ currentBranch),
/* harmony export */   ij: () => (/* binding */ shortHeadCommit),
/* harmony export */   k2: () => (/* binding */ headFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63164);



// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
async function hasRemote(git, remote = 'origin') {
    return (await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).remoteUrl(remote, true)) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const head = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).remoteHead(remote, true);
    return head && BRANCH.test(head) ? head : undefined;
}
/** The last tag reachable from `commit` (`git describe --tags`), or '' when there is none. */
async function lastTagOn(git, commit) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['describe', '--tags', '--abbrev=0', commit])) ?? '';
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
    (0,_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .asRepo */ .lU)(git).noteShallow(shallow);
    return { head: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined, shallow, prefix: lines.join('\n') };
}
/** HEAD's commit, or undefined when HEAD names none (headProblem says why). */
async function headCommit(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])) || undefined;
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
    if ((await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--is-bare-repository'])) === 'true')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository is bare (it has no work tree)', {
            hint: then('run in a clone that has a work tree (git clone <path>)'),
        });
    const branch = await currentBranch(git);
    if (!(await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-list', '--max-count=1', '--all'])))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the repository has no commit yet', { hint: then('commit the files first (git add, then git commit)') });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the branch ${branch ?? 'HEAD'} has no commit yet`, {
        hint: then('commit on it first, or switch to a branch that has commits (git switch <branch>)'),
    });
}
/** The branch `refs/remotes/<remote>/HEAD` names (as git stores it, unchecked), or undefined when it is not set. */
async function remoteHeadRef(git, remote = 'origin') {
    const sym = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
    return sym?.replace(`refs/remotes/${remote}/`, '');
}
/** The top folder of the repository `git` runs in, or undefined outside one. */
function topLevel(git) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--show-toplevel']);
}
/** The working directory's path inside the repository ('' at its top, else `sub/dir/`); throws outside one. */
async function pathPrefix(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitText */ .q_)(git, ['rev-parse', '--show-prefix'])).trim();
}
/** pathPrefix, or '' when git cannot tell. */
async function pathPrefixOrTop(git) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--show-prefix'])) ?? '';
}
/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
function shortHeadCommit(git) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTry */ .W_)(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
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


/***/ }),

/***/ 87963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ shortHead)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _git_local_repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48982);


// Apart from run.ts so that publish, which records the commit too, does not bundle the image capture
// and its signature verification (about 250 KiB of chunks publish-chart never loads).
/** The short commit of HEAD (`git rev-parse --short HEAD`); publish records it too. */
async function shortHead(git) {
    const out = await (0,_git_local_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .shortHeadCommit */ .ij)(git);
    if (out === undefined || !/^[0-9a-f]{4,64}$/.test(out))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit', {
            hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
            cliHint: 'pass --sha with the commit the images were built from, or commit first (git add, then git commit)',
        });
    return out;
}


/***/ }),

/***/ 48040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ dockerCredentialSource),
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath)
/* harmony export */ });
/* unused harmony exports authKeyHost, lookupDockerCredentials, spawnCredentialHelper, readDockerConfig */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90908);





/** The Docker client's config file: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigPath(env = process.env, home = env.HOME ?? '') {
    return env.DOCKER_CONFIG ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.DOCKER_CONFIG, 'config.json') : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.docker', 'config.json');
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
    const isHub = host === _reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOCKER_HUB_REGISTRY */ .DJ;
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
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
const PASS_CREDENTIALS = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `pass ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .named */ .KT)('username')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .named */ .KT)('password')}`;
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${where} in ${o.configPath} names '${name}', which is not a credential helper name`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `use a helper name such as ecr-login or gcloud, or ${orElse}`,
            });
        const out = await run(program, serverUrl, timeoutMs);
        if (out.notFound)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${where} sends ${registry} to ${program}, which is not installed (not found on PATH)`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `install ${program} on the runner, remove ${where} from the Docker config, or ${orElse}`,
            });
        if (out.timedOut)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${program} get did not answer for ${registry} within ${Math.round(timeoutMs / 1000)}s`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `check that ${program} works without a prompt on the runner, or ${orElse}`,
            });
        if (out.code !== 0) {
            if (/credentials not found/i.test(`${out.stdout} ${out.stderr}`)) {
                o.log?.(`${program} has no credentials for ${registry}; continuing anonymously`);
                return undefined;
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${program} get failed for ${registry} (exit ${out.code}: ${firstLine(out.stderr)})`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `check ${program} on the runner, or ${orElse}`,
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(out.stdout);
        }
        catch {
            // Never quote the output: it may hold the secret.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${program} get printed something other than JSON for ${registry}`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `check ${program} on the runner, or ${orElse}`,
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
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
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


/***/ }),

/***/ 73491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ sameText),
/* harmony export */   TO: () => (/* binding */ viewText),
/* harmony export */   Up: () => (/* binding */ textHead),
/* harmony export */   _V: () => (/* binding */ joinText),
/* harmony export */   sc: () => (/* binding */ textLength)
/* harmony export */ });
/* unused harmony export PartsView */
/** The text's length in UTF-16 units. */
function textLength(t) {
    if (typeof t === 'string')
        return t.length;
    let n = 0;
    for (const p of t)
        n += p.length;
    return n;
}
/** The text as one string (joins parts: only where the whole is needed). */
function joinText(t) {
    return typeof t === 'string' ? t : t.join('');
}
/** Whether two texts (or absent files) are the same characters, joining only when their lengths are equal. */
function sameText(a, b) {
    if (a === b)
        return true;
    if (a === undefined || b === undefined)
        return false;
    if (textLength(a) !== textLength(b))
        return false;
    return joinText(a) === joinText(b);
}
/** The first `max` UTF-16 units of the text (all of it when shorter), joining only those. */
function textHead(t, max) {
    if (typeof t === 'string')
        return t.length > max ? t.slice(0, max) : t;
    if (t.length === 1)
        return textHead(t[0], max);
    let out = '';
    for (const p of t) {
        const room = max - out.length;
        if (room <= 0)
            break;
        out += p.length > room ? p.slice(0, room) : p;
    }
    return out;
}
/**
 * A read-only view of a text in parts with the string methods a line walk
 * needs (`length`, `slice`, `startsWith`, `endsWith`, `indexOf` of one
 * character), reading the parts in place: a slice spanning parts is the only
 * string it makes.
 */
class PartsView {
    length;
    parts;
    /** Where each part starts in the text. */
    starts;
    constructor(parts) {
        this.parts = parts.filter((p) => p !== '');
        this.starts = [];
        let n = 0;
        for (const p of this.parts) {
            this.starts.push(n);
            n += p.length;
        }
        this.length = n;
    }
    /** The index of the part holding position `pos` (0 ≤ pos < length). */
    partAt(pos) {
        let lo = 0;
        let hi = this.parts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** As String.prototype.slice with 0 ≤ from ≤ to (to defaults to the end; both clamped to the text). */
    slice(from, to = this.length) {
        from = Math.max(0, Math.min(from, this.length));
        to = Math.max(from, Math.min(to, this.length));
        if (from === to)
            return '';
        let k = this.partAt(from);
        let out = '';
        for (let pos = from; pos < to; k++) {
            const start = this.starts[k];
            const piece = this.parts[k].slice(pos - start, to - start);
            out += piece;
            pos += piece.length;
        }
        return out;
    }
    /** As String.prototype.startsWith with a position. */
    startsWith(s, pos = 0) {
        if (pos < 0 || pos + s.length > this.length)
            return false;
        return this.slice(pos, pos + s.length) === s;
    }
    /** As String.prototype.endsWith without a position. */
    endsWith(s) {
        return this.startsWith(s, this.length - s.length);
    }
    /** As String.prototype.indexOf for one character: the first position ≥ from holding it, or -1. */
    indexOf(ch, from = 0) {
        if (ch.length !== 1)
            throw new Error('PartsView.indexOf looks for one character');
        if (from >= this.length)
            return -1;
        for (let k = this.partAt(Math.max(0, from)); k < this.parts.length; k++) {
            const start = this.starts[k];
            const at = this.parts[k].indexOf(ch, Math.max(0, from - start));
            if (at !== -1)
                return start + at;
        }
        return -1;
    }
}
/** A TextView of the text. */
function viewText(t) {
    return typeof t === 'string' ? t : new PartsView(t);
}


/***/ })

};

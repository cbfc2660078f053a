export const id = 242;
export const ids = [242];
export const modules = {

/***/ 8242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fullTextAt: () => (/* binding */ fullTextAt),
  releaseHeadline: () => (/* binding */ releaseHeadline),
  releaseMarkdown: () => (/* binding */ releaseMarkdown),
  releaseMarkdownParts: () => (/* binding */ releaseMarkdownParts),
  releaseRunner: () => (/* binding */ releaseRunner),
  releaseView: () => (/* binding */ releaseView),
  releaseViews: () => (/* binding */ releaseViews)
});

// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/base.js
var base = __webpack_require__(3102);
;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends base/* default */.A {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var log = __webpack_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/text/parts.ts
var parts = __webpack_require__(3491);
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
function trimmedPatch(path, before, given, context) {
    const a = lines(before);
    const pure = pureHunk(a, before, (0,parts/* viewText */.TO)(given), context);
    if (pure)
        return { hunks: [pure] };
    const after = (0,parts/* joinText */._V)(given);
    const b = lines(after);
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
    if (cuts.length === 0)
        return undefined;
    const inA = new Set(a);
    const inB = new Set(b);
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i] && (inB.has(a[i]) || inA.has(b[i])))
            return undefined;
    return [...cuts, a.length].map((to, k) => [k === 0 ? 0 : cuts[k - 1], to]);
}
/**
 * How many lines a hunked diff of `a` and `b` has (each hunk's `@@` line and
 * its lines), counted without diffing, when the texts have the same number of
 * lines, end in a line break and every changed line's text is absent from the
 * other side: then the only longest common subsequence is every unchanged line
 * in place (as in segments), so each changed line is one `-` and one `+`, and
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
    const inA = new Set(a);
    const inB = new Set(b);
    for (const i of changed)
        if (inB.has(a[i]) || inA.has(b[i]))
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
    const pure = pureHunk(a, before, (0,parts/* viewText */.TO)(c.after), context);
    if (pure)
        return 3 + pure.lines.length;
    const counted = inPlaceLineCount(a, lines((0,parts/* joinText */._V)(c.after)), context);
    if (counted !== undefined)
        return 2 + counted;
    return trimmedPatch(c.path, before, c.after, context).hunks.reduce((n, h) => n + 1 + h.lines.length, 2);
}
/**
 * The diff's lines before indenting and escaping: `---`/`+++` heads, `@@` ranges, then each hunk's lines;
 * only the first `limit` of them are made, the others counted (`total`): a change wholly past the limit is
 * counted by changeLineCount.
 */
function diff_diffLines(changes, context, limit = Infinity) {
    const out = [];
    let total = 0;
    const add = (line) => {
        if (total++ < limit)
            out.push(line);
    };
    for (const c of changes) {
        if ((0,parts/* sameText */.QV)(c.before, c.after))
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
const logLine = (l) => (0,log/* escapeForLog */.z)(`  ${l.replace(/\r/g, '␍').replace(/[\n\u2028\u2029\u0085]/g, ' ')}`);
/**
 * A unified diff of the changes, as `git diff` prints it, with every line
 * indented by two spaces and passed through escapeForLog (`::` after white space and
 * `##[` broken up), so no line of file content is read by the runner as a workflow command. Carriage returns are
 * shown as `␍` so CRLF files stay visible and the log stays one line per line.
 */
function renderDiff(changes, context = 3) {
    return diff_diffLines(changes, context).lines.map(logLine).join('\n');
}
/**
 * The first `max` lines of renderDiff's text and how many lines follow them
 * (what headLines(renderDiff(changes), max) gives), escaping only the lines
 * shown: a release of thousands of commits prints a thousand lines of its
 * CHANGELOG diff, not all of them.
 */
function renderDiffHead(changes, max, context = 3) {
    const { lines, total } = diff_diffLines(changes, context, max);
    return { text: lines.map(logLine).join('\n'), more: total - lines.length };
}

// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
;// CONCATENATED MODULE: ./packages/core/src/report/summary.ts

/** A Markdown table for the job summary; every header and cell is plain text, escaped (escapeTableCell). */
function markdownTable(headers, rows) {
    const cell = (v) => (0,markdown/* escapeTableCell */.aL)(String(v));
    const lines = [
        `| ${headers.map(cell).join(' | ')} |`,
        `| ${headers.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/report/api-commits.ts

// commit-mode api, said the same way by prepare-release and promote-env:
// which commits written through the GitHub API GitHub shows as Verified
// (lockstep's own, signed by GitHub) and which keep their original status
// (others' commits re-created with their author).
/** What GitHub shows for one commit, in words. */
function api_commits_status(c) {
    if (c.verified)
        return 'Verified';
    return c.keptAuthor ? `keeps its original status (${c.reason})` : `not verified (${c.reason})`;
}
/** Whose commit it is, in words. */
function whose(c) {
    return c.keptAuthor ? "someone else's, re-created with its author" : "lockstep's, authored by GitHub";
}
/** One log line per commit: `abc123def456 (lockstep's, authored by GitHub): Verified`. */
function apiCommitLines(commits) {
    return commits.map((c) => `${c.sha.slice(0, 12)} (${whose(c)}; built locally as ${c.local.slice(0, 12)}): ${api_commits_status(c)}`);
}
/** The job summary's table of the commits written through the API (every cell escaped by markdownTable); empty without any. */
function apiCommitsMarkdown(commits) {
    if (!commits || commits.length === 0)
        return '';
    const rows = commits.map((c) => [c.sha.slice(0, 12), whose(c), api_commits_status(c)]);
    return `Commits written through the GitHub API (commit-mode: api):\n\n${markdownTable(['Commit', 'Whose', 'GitHub shows'], rows)}`;
}

// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __webpack_require__(7841);
;// CONCATENATED MODULE: ./packages/core/src/operations/release/view.ts







/** The first log line of a release: the next version and why, or that there is nothing to release. */
function releaseHeadline(r) {
    const last = `${r.previousVersion ?? 'none'}${r.previousNote ? ` ${r.previousNote}` : ''}`;
    if (r.mode === 'publish')
        return r.released
            ? `Released ${r.version} as ${r.tag} (previous release ${last})`
            : `${r.version} is already tagged as ${r.tag} and published (previous release ${last})`;
    return r.version ? `Next version: ${r.version} (${r.bump}; last release ${last})` : `No release (last ${last})`;
}
const modeLabel = (r) => (r.mode === 'dry-run' ? ' (dry run)' : r.mode === 'publish' ? ' (publish)' : '');
/** The facts of a release, as rows: version, last release, bump, the PR and the tag when there are some. */
function facts(r) {
    return [
        ['Version', r.version ?? 'nothing to release'],
        ['Last release', `${r.previousVersion ?? 'none'}${r.previousNote ? ` (${r.previousNote})` : ''}`],
        ['Bump', r.bump],
        ...(r.pr ? [['Release PR', `#${r.pr.number}`]] : []),
        ...(r.tag ? [['Tag', r.tag]] : []),
    ];
}
/** The job summary of prepare-release: what was done, the facts, the files changed and the notes (folded). */
function releaseMarkdown(r) {
    return releaseMarkdownParts(r).join('');
}
/**
 * releaseMarkdown in parts, the notes one of them: the runner keeps the
 * summary's first MiB without joining a long release's notes into a copy.
 */
function releaseMarkdownParts(r) {
    const head = `### prepare-release${modeLabel(r)}`;
    const table = markdownTable(['', ''], facts(r));
    const files = r.rows.length > 0
        ? `\n\n${markdownTable(['File', 'What', 'From', 'To'], r.rows.map((x) => [x.file, x.what, x.from, x.to]))}`
        : '';
    const did = r.actions.map((a) => `- ${(0,markdown/* escapeMarkdown */.FV)(a)}`).join('\n');
    const api = apiCommitsMarkdown(r.apiCommits);
    const top = `${head}\n\n${did}\n\n${table}${api ? `\n\n${api}` : ''}${files}`;
    if ((0,parts/* textLength */.sc)(r.notes) === 0)
        return [top, '\n'];
    // The notes are Markdown on purpose; inertNotes keeps raw HTML (a </details> among it) and images out. Notes
    // in parts stay parts of the summary: the runner keeps its first MiB without joining them.
    const notes = (0,markdown/* inertNotesText */.vY)(r.notes);
    return [`${top}\n\n<details><summary>Release notes</summary>\n\n`, ...(typeof notes === 'string' ? [notes] : notes), '\n</details>\n'];
}
/**
 * The release as a table for the terminal (and any ResultView rendering):
 * one row per file changed, the version facts and actions as notes.
 */
function releaseView(r) {
    return {
        title: `prepare-release${modeLabel(r)}`,
        status: releaseHeadline(r),
        headers: ['File', 'What', 'From', 'To'],
        rows: r.rows.map((x) => [x.file, x.what, x.from, x.to]),
        notes: [...facts(r).map(([k, v]) => `${k}: ${v}`), ...r.actions, ...apiCommitLines(r.apiCommits ?? [])],
        warnings: r.warnings,
    };
}
/** Where a reader finds the full notes when the log, an output or the summary shows only their head. */
function fullTextAt(r) {
    if (r.pr)
        return `CHANGELOG.md of release PR #${r.pr.number}`;
    if (r.mode === 'dry-run')
        return 'CHANGELOG.md once prepare-release runs without dry-run (this dry run wrote nothing)';
    return 'CHANGELOG.md';
}
/**
 * What the runner is told of a release: the headline, the notes and the
 * diff in log groups (their heads: thousands of lines nobody scrolls cost
 * time and log space), the warnings, what was done, the outputs and the job summary.
 */
function releaseRunner(r) {
    const where = fullTextAt(r);
    const steps = [{ info: releaseHeadline(r) }];
    if ((0,parts/* textLength */.sc)(r.notes) > 0) {
        const head = (0,cap/* headLines */.Ol)(r.notes, cap/* LOG_LINES_CAP */.eN);
        steps.push({ group: 'Release notes' }, 
        // One write for the whole notes: a release of thousands of commits would otherwise cost a write per line.
        { info: head.text.split('\n').map(log/* escapeForLog */.z).join('\n'), raw: true }, ...(head.more ? [{ info: `… ${head.more} more lines of notes not shown; the full notes are in ${where}.`, raw: true }] : []), { endGroup: true });
    }
    // Only the lines the log shows are rendered; the rest are counted.
    const head = renderDiffHead(r.changes, cap/* LOG_LINES_CAP */.eN);
    if (head.text) {
        const rest = r.mode === 'dry-run' ? 'a run without dry-run makes them in the release PR' : 'the full diff is in the release PR';
        steps.push({ group: r.mode === 'dry-run' ? 'Diff (dry run: nothing written)' : 'Diff' }, 
        // renderDiffHead escapes every line of file content itself.
        { info: head.text, raw: true }, ...(head.more ? [{ info: `… ${head.more} more lines of the diff not shown; ${rest}.`, raw: true }] : []), { endGroup: true });
    }
    for (const w of r.warnings)
        steps.push({ annotate: 'warning', message: w });
    for (const a of r.actions)
        steps.push({ info: a });
    for (const line of apiCommitLines(r.apiCommits ?? []))
        steps.push({ info: line });
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v, where: k === 'notes' ? where : undefined });
    steps.push({ summary: releaseMarkdownParts(r), where });
    return { steps };
}
/** The runner's and the terminal's views of a release. */
const releaseViews = { runner: releaseRunner, terminal: releaseView };


/***/ }),

/***/ 3102:
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

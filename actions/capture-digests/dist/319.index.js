export const id = 319;
export const ids = [319];
export const modules = {

/***/ 4319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDigests: () => (/* binding */ runDigests)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
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
        const patch = (0,create/* structuredPatch */.YB)(`a/${path}`, `b/${path}`, aMid.slice(from, to).join(''), bMid.slice(from, to).join(''), undefined, undefined, { context });
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
function diffLines(changes, context, limit = Infinity) {
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
;// CONCATENATED MODULE: ./packages/core/src/edits/transaction.ts






/**
 * The real file system (node:fs, synchronous). A write goes on until every
 * byte is written (a short write that makes no progress is an error, never a
 * truncated file) and is flushed to disk (fsync) before the caller renames the
 * temp file over the target, so a crash cannot leave an empty file behind.
 */
function nodeTxFs(io = external_node_fs_) {
    return {
        readFile(path) {
            try {
                return external_node_fs_.readFileSync(path, 'utf8');
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
        rename: (from, to) => external_node_fs_.renameSync(from, to),
        unlink: (path) => external_node_fs_.rmSync(path, { force: true }),
        mode(path) {
            try {
                return external_node_fs_.statSync(path).mode & 0o7777;
            }
            catch {
                return undefined;
            }
        },
        access(path) {
            try {
                external_node_fs_.accessSync(path, external_node_fs_.constants.W_OK);
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
        const abs = resolveInside(workspace, e.path, 'file');
        const prior = seen.get(e.path);
        // A second edit of the same file reads the first one's text (joined: edits of a file in parts are one).
        const before = prior ? joinText(prior.after) : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || sameText(after, before))
            continue;
        // The check reads the text whole; no check, no join.
        e.check?.(before, joinText(after));
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => !sameText(c.before, c.after)) };
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
            const abs = (0,fs_workspace/* resolveInside */.LI)(workspace, change.path, 'file');
            const mode = fs.mode(abs);
            if (change.before !== undefined && mode === undefined)
                throw new src_errors/* UserError */.yo(`${change.path} disappeared while planning`, { file: change.path, hint: 'run again' });
            if (mode !== undefined && (mode & 0o222) === 0)
                throw new src_errors/* UserError */.yo(`${change.path} is read-only`, {
                    file: change.path,
                    hint: 'make it writable (chmod u+w) or leave it out; nothing was written',
                });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new src_errors/* UserError */.yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
            const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(abs), `.${(0,external_node_path_.basename)(abs)}.lockstep-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new src_errors/* UserError */.yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
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
            throw new src_errors/* UserError */.yo(`${s.change.path} could not be replaced (${e.code ?? 'error'})${detail}`, {
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
                const tmp = `${d.abs}.lockstep-restore-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./packages/core/src/http/host-name.ts
var host_name = __webpack_require__(9492);
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
    let h = (0,host_name/* stripPort */.U)(host).toLowerCase().replace(/\.$/, '');
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
    if (url.protocol === 'http:' && (0,host_name/* isLoopbackHost */.c)(url.host) && (0,host_name/* isLoopbackHost */.c)(registry))
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
    if (current.protocol === 'https:' && next.protocol !== 'https:' && !(0,host_name/* isLoopbackHost */.c)(next.host))
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
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/**
 * Checks a digest the registry claimed against the bytes it sent. Returns the
 * digest of the body (in the claimed digest's algorithm, sha256 otherwise) or
 * throws when they differ.
 */
function verifyDigest(body, claimed) {
    const algorithm = claimed && /^sha(256|512):/.test(claimed) ? claimed.slice(0, claimed.indexOf(':')) : 'sha256';
    const actual = digestOf(body, algorithm);
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
function duration(seconds) {
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
        ? ` (${rl.remaining} of ${rl.limit} remaining${rl.windowSeconds ? ` per ${duration(rl.windowSeconds)}` : ''})`
        : rl.windowSeconds
            ? ` (per ${duration(rl.windowSeconds)})`
            : '';
    const resets = retryAfterMs !== undefined
        ? `it asked to retry after ${Math.ceil(retryAfterMs / 1000)} s`
        : rl.windowSeconds
            ? `the limit counts pulls over a rolling ${duration(rl.windowSeconds)} window, so pulls free up within ${duration(rl.windowSeconds)}`
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

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
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
        this.baseUrl = opts.baseUrl ?? reference/* registryBaseUrl */.mO;
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
            if (!(0,reference/* isDigest */.Bc)(sel.digest))
                throw new RegistryError('invalid', `the index lists ${sel.platform} with a malformed digest`);
            if (ref.digest && ref.tag)
                await this.compareTag(ref, digest, warnings);
            return { digest: sel.digest, isIndex: false, indexDigest: digest, platform: sel.platform, warnings };
        }
        const head = await this.manifest(ref, 'HEAD', target);
        let digest = header(head, 'docker-content-digest');
        let mediaType = contentType(head);
        this.checkMediaType(ref, target, mediaType, undefined);
        if (!digest || !(0,reference/* isDigest */.Bc)(digest)) {
            this.log(`${(0,reference/* formatReference */.FH)(ref)}: no Docker-Content-Digest on HEAD; fetching the manifest to hash it`);
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
        const digest = this.checkBody({ ...ref, digest: (0,reference/* isDigest */.Bc)(target) ? target : undefined }, res, target);
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
        if (!(0,reference/* isDigest */.Bc)(digest))
            throw new RegistryError('invalid', `${refName(ref, digest)}: not a digest`);
        const res = await this.request(ref, 'blobs', 'GET', digest, { Accept: mediaType ?? '*/*' });
        const got = digestOf(res.body, digest.slice(0, digest.indexOf(':')));
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
        const digest = digestOf(bytes);
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
        const digest = digestOf(body);
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
        if (digestOf(res.body, config.digest.slice(0, config.digest.indexOf(':'))) !== config.digest)
            throw new RegistryError('mismatch', `the image config served for ${config.digest} hashes to ${digestOf(res.body)}`);
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
        if (ref.digest && digestOf(res.body, ref.digest.slice(0, ref.digest.indexOf(':'))) !== ref.digest)
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
        if (!c || typeof c.digest !== 'string' || !(0,reference/* isDigest */.Bc)(c.digest))
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
    const isHub = host === reference/* DOCKER_HUB_REGISTRY */.DJ;
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
            throw new src_errors/* UserError */.yo(`${o.configPath}: ${program} get failed for ${registry} (exit ${out.code}: ${firstLine(out.stderr)})`, {
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
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
;// CONCATENATED MODULE: ./packages/core/src/digests/file.ts



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
    const raw = await (0,bytes/* parseJsonAt */.bq)(text, file, r.hint, `${r.subject(file)} is not valid JSON`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new src_errors/* UserError */.yo(`${r.subject(file)} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: r.hint });
    const out = {};
    for (const [name, entry] of Object.entries(raw)) {
        const at = { file, line: lineOfKey(text, name) };
        const what = r.entry(name, file);
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new src_errors/* UserError */.yo(`${what} is not an object`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        const e = entry;
        for (const key of r.required)
            if (typeof e[key] !== 'string')
                throw new src_errors/* UserError */.yo(`${what} has no string '${key}'`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        if (!(0,reference/* isDigest */.Bc)(e.digest))
            throw new src_errors/* UserError */.yo(`${what} has a malformed digest '${String(e.digest).slice(0, 80)}'`, {
                ...at,
                hint: 'a digest is sha256: followed by 64 hex characters',
            });
        for (const key of ['image', 'sha', 'tag', 'platform'])
            if (e[key] !== undefined && typeof e[key] !== 'string')
                throw new src_errors/* UserError */.yo(`${what} has a non-string '${key}'`, {
                    ...at,
                    hint: 'image, sha, tag and platform (os/arch[/variant]) are strings',
                });
        // The tag lands in a values file and in the log: only the registry's tag grammar passes.
        if (typeof e.tag === 'string' && !/^[\w][\w.-]{0,127}$/.test(e.tag))
            throw new src_errors/* UserError */.yo(`${what} has an invalid tag '${e.tag.slice(0, 80)}'`, {
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
            errors.push(new src_errors/* UserError */.yo(`'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`, {
                file: opts.file,
                line: opts.text ? lineOfKey(opts.text, name) : undefined,
                hint: (0,src_errors/* words */.aL) `give each matrix job its own service name, or ${(0,src_errors/* setting */.Pe)('overwrite', 'true')} to replace it`,
            }));
            continue;
        }
        out[name] = entry;
    }
    (0,src_errors/* throwAll */.Kx)(errors);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/digests/capture.ts











/**
 * Images resolved at once. A HEAD is tiny, so a typical release (tens of
 * images) goes out in a single wave: total time is about one round trip, not
 * one per image; the bound keeps a huge list from opening hundreds of sockets.
 */
const DEFAULT_CONCURRENCY = 64;
/**
 * Targets from the config's `services` (all of them for `all` or an empty
 * list), each configured image with `tag` applied.
 */
function targetsFromServices(config, services, tag) {
    const configured = Object.keys(config.services);
    const file = config.file;
    if (configured.length === 0)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `no images to capture: ${(0,src_errors/* theInput */.y8)('images')} is empty and the config has no services`, {
            file,
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('images')} (name=registry/repo:tag lines), or list services in .github/lockstep.yml`,
        });
    const wanted = services.length === 0 || (services.length === 1 && services[0] === 'all') ? configured : services;
    if (!tag && services.length === 0)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `nothing to capture: give ${(0,src_errors/* named */.KT)('images')}, or a ${(0,src_errors/* named */.KT)('tag')} for the services in the config`, {
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('images')} as name=registry/repo:tag lines (e.g. ${(0,src_errors/* named */.KT)('images', 'api=ghcr.io/acme/api:1.7.3')}), or ${(0,src_errors/* setting */.Pe)('tag')} as the version the configured services (${configured.join(', ')}) were pushed with`,
        });
    if (!tag)
        throw new src_errors/* UserError */.yo('is required with services', {
            input: 'tag',
            hint: (0,src_errors/* words */.aL) `pass the version the images were pushed with, e.g. ${(0,src_errors/* named */.KT)('tag', '1.7.3')}`,
        });
    const errors = [];
    const targets = [];
    for (const name of wanted) {
        const svc = config.services[name];
        if (!svc) {
            errors.push(new src_errors/* UserError */.yo(`service '${name}' is not in the config`, { file, hint: `configured services: ${configured.join(', ')}` }));
            continue;
        }
        try {
            const ref = (0,reference/* parseReference */.F2)(`${svc.image}:${tag}`);
            targets.push({ name, ref });
        }
        catch (e) {
            if (!(e instanceof reference/* InvalidReference */.ft))
                throw e;
            errors.push(new src_errors/* UserError */.yo(`service '${name}': ${e.message}`, { file, hint: 'services.<name>.image is registry/repository without a tag' }));
        }
    }
    (0,src_errors/* throwAll */.Kx)(errors);
    return targets;
}
const HINTS = {
    'not-found': 'check that the image was pushed with this tag before capturing (and the repository name)',
    denied: (0,src_errors/* words */.aL) `check ${(0,src_errors/* named */.KT)('username')} and ${(0,src_errors/* named */.KT)('password')} (or the docker login) for this registry, and that they may read this repository`,
    unauthenticated: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('username')} and ${(0,src_errors/* named */.KT)('password')}, or log in with docker login first (docker/login-action in a workflow)`,
    platform: (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('platform')} to one of the platforms the image offers, or ${(0,src_errors/* unset */.wC)('platform')} to record the digest the tag names`,
    unreachable: 'check the registry host and that it is up; lockstep retried with backoff',
    'rate-limited': 'authenticate to the registry, or pull through a mirror',
    refused: "the registry's auth or redirect points somewhere lockstep will not send credentials",
    mismatch: 'the registry returned inconsistent data; retry, and report it if it persists',
    invalid: 'check the image reference',
    error: 'check the registry status and retry',
};
/**
 * Resolves every target (bounded concurrency), then — only if all resolved —
 * merges with the existing file when asked and writes it via a temp file and
 * rename. Failures are reported together, one UserError per image.
 */
async function captureDigests(s, world) {
    const outAbs = (0,fs_workspace/* resolveInside */.LI)(s.workspace, (0,external_node_path_.relative)(s.workspace, (0,external_node_path_.resolve)(s.workdir, s.output)), 'output');
    const outRel = (0,fs_workspace/* workspaceRelative */.Uc)(s.workspace, outAbs);
    const creds = credentialSource(s, world);
    const client = new RegistryClient({
        transport: world.transport,
        clock: world.clock,
        retry: world.retry,
        requestTimeoutMs: world.requestTimeoutMs,
        deadlineMs: world.deadlineMs,
        credentials: creds,
        log: world.log,
    });
    // Read the file to keep or merge with before the network work: a broken file fails fast. A replace
    // reads only its names, to list what it drops.
    let existing = {};
    let existingText;
    let dropped = [];
    if ((0,external_node_fs_.existsSync)(outAbs)) {
        existingText = (0,external_node_fs_.readFileSync)(outAbs, 'utf8');
        if (s.replace)
            dropped = namesIn(existingText);
        else
            existing = await parseDigests(existingText, outRel);
    }
    let done = 0;
    const outcomes = await mapLimit(s.targets, world.concurrency ?? DEFAULT_CONCURRENCY, async (t) => {
        try {
            return { t, res: await client.resolve(t.ref, s.platform) };
        }
        catch (e) {
            if (e instanceof RegistryError)
                return { t, error: e };
            throw e;
        }
        finally {
            world.progress?.(++done, s.targets.length);
        }
    });
    const failures = outcomes.filter((o) => o.error);
    if (failures.length > 0) {
        (0,src_errors/* throwAll */.Kx)(failures.map((o) => o.error.asUserError(`${o.t.name}: could not resolve ${o.t.ref.original}`, HINTS[o.error.kind])));
    }
    // Verified before anything is written: one refused digest stops the capture.
    const verified = await verifyResolved(s, client, outcomes.map((o) => ({ name: o.t.name, ref: o.t.ref, digest: o.res.digest })), world.concurrency);
    const incoming = {};
    const rows = [];
    const warnings = [];
    for (const o of outcomes) {
        const r = o.res;
        const entry = { digest: r.digest, image: o.t.ref.name, sha: s.sha, tag: o.t.ref.tag ?? '' };
        if (r.platform)
            entry.platform = r.platform;
        const v = verified.get(o.t.name);
        if (v)
            entry.verified = v.by.join('; ');
        const optOut = v ? undefined : s.unverified?.(o.t.name);
        if (optOut)
            warnings.push(`${o.t.name}: written unverified: its verify: {} (${optOut}) turns the top-level verify: policy off for it`);
        if (v?.sourceCommit)
            entry['source-commit'] = v.sourceCommit;
        incoming[o.t.name] = entry;
        const kind = r.platform
            ? r.indexDigest
                ? `${r.platform} (from index ${r.indexDigest})`
                : `${r.platform} (single-platform manifest)`
            : r.isIndex
                ? 'index (multi-platform)'
                : 'manifest';
        rows.push({ name: o.t.name, image: entry.image, tag: entry.tag, digest: r.digest, kind });
        for (const w of r.warnings)
            warnings.push(`${o.t.name}: ${w}`);
    }
    const merged = s.replace
        ? incoming
        : s.merge
            ? mergeDigests(existing, incoming, { overwrite: s.overwrite, file: outRel, text: existingText })
            : { ...existing, ...incoming };
    dropped = dropped.filter((name) => !(name in incoming)).sort();
    const text = formatDigests(merged);
    const changed = existingText !== text;
    const written = changed && !s.dryRun;
    const changes = changed ? [{ path: outRel, before: existingText, after: text }] : [];
    if (written) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(outAbs), { recursive: true });
        commitChanges(s.workspace, changes);
    }
    return {
        file: merged,
        path: outRel,
        changed,
        written,
        diff: renderDiff(changes),
        changes,
        kept: Object.keys(merged).length - Object.keys(incoming).length,
        dropped,
        rows,
        warnings,
        oneLine: digestsOneLine(merged),
        requests: client.requests.length,
    };
}
/** The top-level names of a digests file a replace is about to overwrite; none when it is not a JSON object (it is replaced all the same). */
function namesIn(text) {
    try {
        const raw = JSON.parse(text);
        return raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
    }
    catch {
        return [];
    }
}
/**
 * The resolved digests whose image has a `verify:` policy, checked against
 * it (the verifier loaded only then); every refusal is collected and thrown
 * together. Returns what vouched for each verified digest.
 */
async function verifyResolved(s, client, resolved, concurrency) {
    const wanted = resolved.flatMap((r) => {
        const policy = s.verify?.(r.name);
        return policy ? [{ ...r, policy }] : [];
    });
    const out = new Map();
    if (wanted.length === 0)
        return out;
    const { DigestVerifier, policyFiles } = await __webpack_require__.e(/* import() */ 702).then(__webpack_require__.bind(__webpack_require__, 9702));
    const verifier = new DigestVerifier(client, policyFiles(s.workdir, s.configFile), s.configFile);
    const errors = [];
    await mapLimit(wanted, concurrency ?? DEFAULT_CONCURRENCY, async (w) => {
        try {
            out.set(w.name, await verifier.verify(w.name, w.ref, w.digest, w.policy));
        }
        catch (e) {
            if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else if (e instanceof RegistryError)
                errors.push(e.asUserError(`${w.name}: could not verify ${w.ref.name}@${w.digest}`, HINTS[e.kind]));
            else
                throw e;
        }
    });
    (0,src_errors/* throwAll */.Kx)(errors);
    return out;
}
/** Credentials per registry: the inputs for every registry, else the Docker config (its entry or credential helper), else none. */
function credentialSource(s, world) {
    if (s.credentials)
        return () => s.credentials;
    return dockerCredentialSource({
        configPath: dockerConfigPath({ DOCKER_CONFIG: s.dockerConfigDir }, s.home),
        run: world.credentialHelper,
        secret: world.secret,
        log: world.log,
        ownCredentials: true,
    });
}

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
const GIT_FETCH = ['-c', 'maintenance.auto=false', 'fetch'];
/**
 * How a shallow clone is deepened when more of its history is needed (a merge
 * base, a pin's soak time): this many commits more behind its boundary, in
 * turn, before the rest of it is fetched.
 */
const DEEPEN_STEPS = (/* unused pure expression or super */ null && ([64, 512, 4096]));
/**
 * A spawner over node:child_process, without the Repo's memo (objects.ts's
 * gitSpawner adds it). It is used instead of @actions/exec on purpose: this
 * action's cost is dominated by process start and module loading, and a raw
 * spawn keeps both small.
 */
function spawn_spawnGit(cwd, env = process.env) {
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
    return git([...GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', '--', remote, ...specs]);
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
        ...GIT_FETCH,
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
async function localText(git, args, opts) {
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
    return repo_asRepo(spawn_spawnGit(cwd, env));
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

;// CONCATENATED MODULE: ./packages/core/src/git/local-repo.ts



// What a repository on a user's disk is, for the faces that run outside a runner's checkout (the
// CLI), and for the unusual repositories an action can meet: is there a remote, which branch is
// the local default, and why HEAD names no commit (no commit yet, an unborn branch, a bare repository).
const BRANCH = /^(?!-)[A-Za-z0-9._/-]+$/;
/** Whether the repository has a remote named `remote` (default origin), as it is now (not remembered from earlier). */
async function hasRemote(git, remote = 'origin') {
    return (await asRepo(git).remoteUrl(remote, true)) !== undefined;
}
/** The branch HEAD is on (even one with no commit yet), or undefined on a detached HEAD. */
async function currentBranch(git) {
    return (await gitTry(git, ['symbolic-ref', '--quiet', '--short', 'HEAD'])) || undefined;
}
/**
 * The local default branch: `init.defaultBranch` when that branch exists,
 * else `main`, else `master`; undefined when none of them has a commit.
 */
async function localDefaultBranch(git) {
    const configured = await gitTry(git, ['config', '--get', 'init.defaultBranch']);
    for (const b of [configured, 'main', 'master']) {
        if (!b || !BRANCH.test(b))
            continue;
        if (await gitTry(git, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}^{commit}`]))
            return b;
    }
    return undefined;
}
/** The default branch origin names (origin/HEAD, else what `ls-remote` says its HEAD is), or undefined. */
async function remoteDefaultBranch(git, remote = 'origin') {
    const fromSym = await remoteHeadRef(git, remote);
    if (fromSym && BRANCH.test(fromSym))
        return fromSym;
    const head = await asRepo(git).remoteHead(remote, true);
    return head && BRANCH.test(head) ? head : undefined;
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
    const sym = await gitTry(git, ['symbolic-ref', '--quiet', '--', `refs/remotes/${remote}/HEAD`]);
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
    return (await gitTry(git, ['rev-parse', '--show-prefix'])) ?? '';
}
/** HEAD's abbreviated commit id, or undefined when HEAD names no commit. */
function shortHeadCommit(git) {
    return spawn_gitTry(git, ['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
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

;// CONCATENATED MODULE: ./packages/core/src/operations/digests/short-head.ts


// Apart from run.ts so that publish, which records the commit too, does not bundle the image capture
// and its signature verification (about 250 KiB of chunks publish-chart never loads).
/** The short commit of HEAD (`git rev-parse --short HEAD`); publish records it too. */
async function shortHead(git) {
    const out = await shortHeadCommit(git);
    if (out === undefined || !/^[0-9a-f]{4,64}$/.test(out))
        throw new src_errors/* UserError */.yo('cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit', {
            hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
            cliHint: 'pass --sha with the commit the images were built from, or commit first (git add, then git commit)',
        });
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/digests/lazy.ts
// capture-digests' heavy modules, each behind a named getter and loaded on first use: the one place
// its run imports dynamically (index.ts loads the run and the views).
/** The config checks (every command refuses the same config), only when the images come from the config. */
const configChecks = () => Promise.all(/* import() */[__webpack_require__.e(887), __webpack_require__.e(779), __webpack_require__.e(81)]).then(__webpack_require__.bind(__webpack_require__, 3081));
/** The config's verify: policies, only when the images come from the config. */
const configLoader = () => Promise.all(/* import() */[__webpack_require__.e(887), __webpack_require__.e(779)]).then(__webpack_require__.bind(__webpack_require__, 5779));

;// CONCATENATED MODULE: ./packages/core/src/operations/digests/run.ts









/**
 * The capture: the images to resolve (listed, or the config's services),
 * the commit they were built from, then every image resolved through its
 * registry and the digests file written when all resolved.
 */
async function runDigests(req, world) {
    const { targets, config } = await imagesToCapture(req);
    const sha = req.sha ?? (await shortHead(world.services.repo?.(req.workdir) ?? gitSpawner(req.workdir)));
    const transport = (world.services.http ?? nodeTransport)();
    world.reporter.group(`Resolving ${targets.length} image digest${targets.length === 1 ? '' : 's'}`);
    try {
        const result = await captureDigests({
            ...req,
            workspace: world.workspace,
            targets,
            sha,
            // Where docker login left its credentials (~/.docker/config.json, or DOCKER_CONFIG's folder).
            home: world.env.HOME || (0,external_node_os_.homedir)(),
            dockerConfigDir: world.env.DOCKER_CONFIG || undefined,
            ...(config ? await verifyPolicies(config) : {}),
        }, {
            transport,
            clock: world.clock,
            retry: world.services.retry,
            secret: world.secret,
            log: (line) => world.reporter.debug(line),
            progress: (done, total) => world.reporter.progress?.({ what: 'image digests resolved', done, total }),
        });
        return { ...result, outputs: { digests: result.oneLine, file: result.path }, dryRun: req.dryRun };
    }
    finally {
        transport.close();
        world.reporter.endGroup();
    }
}
/**
 * The images listed in the request, else those of the config's services;
 * none at all is a user error. The config comes along when it was read, or
 * (for listed images) when its file exists and speaks of `verify:`.
 */
async function imagesToCapture(req) {
    let targets = req.images;
    let config;
    if (targets === undefined || mayVerify(req)) {
        // Loaded on demand: the config validator is the largest part of the bundle and the images input does not need it.
        const { loadCheckedConfig } = await configChecks();
        config = await loadCheckedConfig(req.workdir, req.config);
    }
    if (targets === undefined)
        targets = targetsFromServices(config, req.services, req.tag);
    if (targets.length === 0)
        throw new src_errors/* UserError */.yo('no images to capture', { hint: 'list images as name=registry/repo:tag lines, or name services' });
    return { targets, config };
}
/** The config's `verify:` policies by image name, when it has any (config.ts is loaded already when there is a config). */
async function verifyPolicies(config) {
    if (!config.verify && !Object.values(config.services).some((v) => v.verify))
        return {};
    const { verifyFor, verifyOptOut } = await configLoader();
    return {
        verify: (name) => verifyFor(config, name),
        unverified: (name) => {
            const at = verifyOptOut(config, name);
            return at ? `${at.file ?? '.github/lockstep.yml'}${at.line ? `:${at.line}` : ''}` : undefined;
        },
        configFile: config.file,
    };
}
/** For listed images: true when the config file exists and has a `verify:` key, the one thing of it the images input uses. */
function mayVerify(req) {
    const path = (0,external_node_path_.resolve)(req.workdir, req.config && req.config.trim() !== '' ? req.config.trim() : '.github/lockstep.yml');
    return (0,external_node_fs_.existsSync)(path) && /^\s*verify\s*:/m.test((0,external_node_fs_.readFileSync)(path, 'utf8'));
}


/***/ }),

/***/ 9002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   bq: () => (/* binding */ parseJsonAt)
/* harmony export */ });
/* unused harmony exports frame, lineEnding, lineAt, parseJsonWith */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

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
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 547).then(__webpack_require__.t.bind(__webpack_require__, 9547, 23)), body, file, hint, what, e);
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


/***/ })

};

export const id = 4592;
export const ids = [4592];
export const modules = {

/***/ 74100:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(59909)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 2029:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(59909)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 7001:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(59909)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 43811:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(59909)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 36498:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(59909)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 11604:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const parse = __webpack_require__(43811)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 81731:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const compare = __webpack_require__(93483)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 37306:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const parse = __webpack_require__(43811)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 37521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ bumpIsEnough),
/* harmony export */   DC: () => (/* binding */ looseChart),
/* harmony export */   WR: () => (/* binding */ requiredLevel),
/* harmony export */   _L: () => (/* binding */ smallestValid),
/* harmony export */   or: () => (/* binding */ undottedPrerelease),
/* harmony export */   t: () => (/* binding */ highestVersion)
/* harmony export */ });
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96225);
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59202);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74100);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2029);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7001);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36498);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11604);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81731);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(38815);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(29002);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9053);












/**
 * The level a change needs: breaking → major, or minor below 1.0.0 (SemVer's
 * 0.x rule, as Helm chart authors use it); anything else → patch.
 */
function requiredLevel(breaking, baseVersion) {
    if (!breaking)
        return 'patch';
    return semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(baseVersion) >= 1 ? 'major' : 'minor';
}
/** The smallest version that satisfies `level` over `base` (e.g. 1.4.2 + major → 2.0.0). */
function smallestValid(base, level) {
    // inc('1.2.3-rc.1', 'patch') gives 1.2.3, which is already greater than the pre-release.
    return semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2___default()(base, level) ?? base;
}
/**
 * Whether `head` is a large enough step from `base`. Greater is always
 * required; a major (minor below 1.0.0) level needs the major (minor) number
 * to move, so a pre-release of the next major, `2.0.0-rc.1`, counts.
 */
function bumpIsEnough(base, head, level) {
    if (!semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0___default()(head, base))
        return false;
    if (level === 'patch')
        return true;
    if (semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default()(head, smallestValid(base, level)))
        return true;
    // A pre-release that already opens the new line (2.0.0-rc.1, or 0.5.0-rc.1 below 1.0.0) may still
    // break things before its release: 2.0.0-rc.2 and 2.0.0 are enough, as long as the line stays.
    if (semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6___default()(base) &&
        semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5___default()(base) === 0 &&
        semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(head) === semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(base) &&
        (level === 'major' ? semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(base) === 0 : semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(head) === semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(base)))
        return true;
    if (!semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6___default()(head))
        return false;
    if (level === 'major')
        return semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(head) > semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(base);
    return semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(head) > semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default()(base) || semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(head) > semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default()(base);
}
/**
 * A pre-release identifier written as letters and digits without a dot
 * (`1.0.0-rc9`): SemVer compares it as text, so `rc10` sorts before `rc9`.
 * Returns the first such identifier, the version it comes next (`rc10`), and
 * the dotted spelling to suggest (`1.0.0-rc.9`); undefined otherwise.
 */
function undottedPrerelease(version) {
    const dash = version.indexOf('-');
    if (dash < 0 || semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8___default()(version) === null)
        return undefined;
    const plus = version.indexOf('+', dash);
    const pre = version.slice(dash + 1, plus < 0 ? undefined : plus);
    const ids = pre.split('.');
    const at = ids.findIndex((id) => /^[0-9A-Za-z-]*[A-Za-z-]\d+$/.test(id));
    if (at < 0)
        return undefined;
    const [, letters, digits] = /^(.*?[A-Za-z-])(\d+)$/.exec(ids[at]);
    const dotted = [...ids.slice(0, at), letters.replace(/-$/, ''), BigInt(digits).toString(), ...ids.slice(at + 1)].join('.');
    return {
        identifier: ids[at],
        next: `${letters}${BigInt(digits) + 1n}`,
        suggestion: `${version.slice(0, dash)}-${dotted}${plus < 0 ? '' : version.slice(plus)}`,
    };
}
/** The highest valid SemVer among the given versions, or undefined. */
function highestVersion(versions) {
    const ok = versions.filter((v) => v !== undefined && semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8___default()(v) !== null && !/^[v=]/.test(v));
    return ok.sort((semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7___default()))[0];
}
/**
 * Reads name, version and appVersion from Chart.yaml text without refusing
 * anything: the value is taken as written in the source (so an unquoted `1.10`
 * stays `1.10`). Undefined when the text is not YAML at all. The same
 * Chart.yaml is often read at the merge base, the base commit and the base
 * tip: with the run's `cache` it is parsed once.
 */
function looseChart(text, cache) {
    return (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_11__/* .parseWith */ .K)(cache, LOOSE_CHART, text);
}
/** Chart.yaml read leniently, as a kind of parse a ParseCache keeps. */
const LOOSE_CHART = { name: 'loose-chart', parse: (text) => readLoose(text) };
function readLoose(text) {
    const clean = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_10__/* .stripBom */ .F8)(text);
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_9__/* .parseDocument */ .Tp)(clean, { uniqueKeys: false });
    if (doc.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_9__/* .isMap */ .jh)(doc.contents))
        return undefined;
    const map = doc.contents;
    const src = (key) => {
        const node = map.get(key, true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_9__/* .isScalar */ .jn)(node) || node.value === null)
            return undefined;
        if (node.type === 'PLAIN' && node.range)
            return clean.slice(node.range[0], node.range[1]).trim();
        return String(node.value);
    };
    let localDeps = [];
    if (clean.includes('file://')) {
        const deps = doc.toJS()?.dependencies;
        if (Array.isArray(deps))
            localDeps = deps
                .map((d) => (d && typeof d === 'object' ? d.repository : undefined))
                .filter((r) => typeof r === 'string' && r.startsWith('file://'))
                .map((r) => r.slice('file://'.length).replace(/\/+$/, ''));
    }
    return { name: src('name'), version: src('version'), appVersion: src('appVersion'), localDeps };
}


/***/ }),

/***/ 4592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   queueEntryBase: () => (/* binding */ queueEntryBase),
/* harmony export */   takenBy: () => (/* binding */ takenBy)
/* harmony export */ });
/* harmony import */ var _charts_bump_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37521);
/* harmony import */ var _git_commits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53852);
/* harmony import */ var _text_pull_subject_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96475);



// A merge queue checks each pull request on top of the queue's base and of every pull request ahead of it
// in the same group. Two pull requests that bump a chart to the same version each pass alone, and their
// identical Chart.yaml edits merge without a conflict: the group's head then holds one version for two
// changes. The check refuses the second in the queue: the head must exceed the versions on the commit its
// entry was built on too, and the refusal names the pull request that took the version (found through
// git, so the check still needs no token).
/**
 * The commit the queue entry was built on, as a base the head's versions must exceed: only when it is a
 * commit on the first-parent line after the queue's base and before the head (the pull requests ahead in
 * the group), and only for the charts the entry itself changes (between that commit and the head).
 * Anything else the ref may name (an unknown commit, the base itself, a side branch) adds nothing.
 */
async function queueEntryBase(git, reader, range, entry) {
    const sha = entry.entryBase;
    if (!sha || sha === range.base || sha === range.head || !(await reader.commit(sha)))
        return undefined;
    const line = await (0,_git_commits_js__WEBPACK_IMPORTED_MODULE_1__/* .firstParentsSince */ .mM)(git, range.base, range.head).catch(() => []);
    if (!line.includes(sha))
        return undefined;
    const pull = entry.pull ? ` for #${entry.pull}` : '';
    // The entry's own change is what lies between the commit it was built on and the head: a chart the pull
    // requests ahead bumped and this one left alone holds the same version on both, and is not this entry's to bump.
    const changed = await (0,_git_commits_js__WEBPACK_IMPORTED_MODULE_1__/* .changedPaths */ .vl)(git, sha, range.head);
    return {
        label: `the merge queue entry's base ${sha.slice(0, 12)}${pull}`,
        readFile: (p) => reader.text(`${sha}:${p}`),
        judges: (dir) => changed.some((p) => dir === '' || dir === '.' || p.startsWith(`${dir.replace(/\/+$/, '')}/`)),
    };
}
/** How far back along the first-parent line the commit that set a version is looked for. */
const MAX_LOOKED_BACK = 200;
/**
 * Names the pull request (or the commit) that set `version` in `file`: the newest first-parent commit of
 * the first of `starts` holding it whose parent held another version. A version the pull request's own
 * fork point already held (`forkPoint`: its merge base) was not taken by another: undefined then, and the
 * refusal stays "not bumped". The pull request comes from the commit's subject as GitHub writes it for a
 * squash or merge commit (a merge queue writes the same ones); otherwise the commit is named.
 */
async function takenBy(git, reader, starts, file, version, forkPoint) {
    const versionAt = async (spec) => {
        const text = await reader.text(spec).catch(() => undefined);
        return text === undefined ? undefined : (0,_charts_bump_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .looseChart */ .DC)(text)?.version;
    };
    for (const start of starts) {
        if ((await versionAt(`${start}:${file}`)) !== version)
            continue;
        const log = (await (0,_git_commits_js__WEBPACK_IMPORTED_MODULE_1__/* .firstParentLog */ .ls)(git, start, file)).slice(0, MAX_LOOKED_BACK);
        for (const { sha } of log) {
            if ((await versionAt(`${sha}:${file}`)) !== version)
                break;
            if ((await versionAt(`${sha}^1:${file}`)) === version)
                continue;
            if (forkPoint && (await (0,_git_commits_js__WEBPACK_IMPORTED_MODULE_1__/* .isAncestorOf */ .rd)(git, sha, forkPoint)))
                return undefined;
            const pull = (0,_text_pull_subject_js__WEBPACK_IMPORTED_MODULE_2__/* .pullOfSubject */ .L)(await (0,_git_commits_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectOf */ .et)(git, sha));
            return pull ? `#${pull.number} (commit ${sha.slice(0, 12)})` : `commit ${sha.slice(0, 12)}`;
        }
        return undefined;
    }
    return undefined;
}


/***/ }),

/***/ 29002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   bq: () => (/* binding */ parseJsonAt)
/* harmony export */ });
/* unused harmony exports frame, lineEnding, lineAt, parseJsonWith */
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


/***/ }),

/***/ 96475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ pullOfSubject)
/* harmony export */ });
/**
 * `(#12)` at the end of a squash-merge subject, or `Merge pull request #12` of
 * a merge commit: what GitHub writes by default, whether the pull request was
 * merged directly or by a merge queue (the queue writes the same commit on its
 * gh-readonly-queue/ branch, then fast-forwards the base branch to it).
 */
function pullOfSubject(subject) {
    const squash = /^(.*?)\s*\(#(\d{1,9})\)\s*$/.exec(subject);
    if (squash)
        return { number: Number(squash[2]), title: squash[1] };
    const merge = /^Merge pull request #(\d{1,9}) from \S+/.exec(subject);
    return merge ? { number: Number(merge[1]), title: subject } : undefined;
}


/***/ })

};

export const id = 1087;
export const ids = [1087];
export const modules = {

/***/ 52761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ hasVersionSection),
/* harmony export */   _: () => (/* binding */ versionHeadings)
/* harmony export */ });
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0__);

// The text of a version heading: `[1.2.3] - 2024-05-21`, `[v1.2.3](https://…) (2024-05-21)`, `1.2.3 (2024-05-21)`, `v1.2.3`,
// `Version 1.2.3`, bitnami/charts' `<small>1.2.3 (2024-05-21)</small>`, and date-first `2024-05-21 — 1.2.3` / `[2024-05-21] 1.2.3`.
const TEXT = /^(?:<small>[ \t]*)?(?:version[ \t]+|release[ \t]+)?(\[?\d{4}-\d{2}-\d{2}\]?[ \t]*(?:[-–—:|][ \t]*)?)?(\[)?(v)?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:\([^)]*\))?(.*)$/i;
const ATX = /^(#{1,4})[ \t]+(.*)$/;
const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/**
 * Lists the version headings of a changelog in file order. A heading counts
 * when its first token is a SemVer version (or a date, then the version),
 * bracketed or not, with or without a leading `v`; ATX (`## 1.2.3`) and setext
 * (`1.2.3` underlined with `===` or `---`) headings both count. `[Unreleased]`,
 * prose headings and anything inside code fences are skipped.
 */
function versionHeadings(text) {
    const out = [];
    // The open code fence (CommonMark: ``` or ~~~, 3 or more, indented at most 3 spaces),
    // closed only by the same character at least as long with nothing after it.
    let fence;
    let previousBlank = true;
    // Line by line in place: a 3.5 MB CHANGELOG.md of 84,000 lines split into arrays (one per reading) was
    // megabytes of strings outliving the young generation, where one line at a time dies in it.
    let offset = 0;
    let i = 0;
    let line = lineAt(text, 0);
    while (line !== undefined) {
        const end = text.indexOf('\n', offset);
        const nextOffset = end < 0 ? -1 : end + 1;
        const next = nextOffset < 0 ? undefined : lineAt(text, nextOffset);
        const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        let heading;
        if (fence) {
            if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
                fence = undefined;
        }
        else if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
            fence = marker;
        }
        else {
            const atx = ATX.exec(line);
            const under = next !== undefined ? UNDERLINE.exec(next) : null;
            if (atx)
                heading = { level: atx[1].length, text: atx[2] };
            // A setext heading is a paragraph of its own: a blank line (or the file's start) before it.
            else if (under && previousBlank && /^ {0,3}\S/.test(line) && !/^ {0,3}(?:[-*+>]|\d+[.)])(?:[ \t]|$)/.test(line))
                heading = { level: under[1][0] === '=' ? 1 : 2, text: line.trim(), underline: next };
        }
        const m = heading ? TEXT.exec(heading.text) : null;
        // The version must end there: `## 1.2.3.4` or `## 1.2.3x` is not a section for 1.2.3.
        if (heading && m && semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_0___default()(m[4]) && /^(?:$|[\s(:,])/.test(m[5] ?? '')) {
            const rest = m[5] ?? '';
            const style = m[1] ? 'date-first' : m[2] ? 'keepachangelog' : m[3] ? 'v' : /^\s*\(/.test(rest) ? 'parens' : 'plain';
            out.push({
                version: m[4],
                line: i + 1,
                offset,
                level: heading.level,
                style,
                raw: line,
                ...(heading.underline !== undefined ? { underline: heading.underline } : {}),
            });
        }
        previousBlank = line.trim() === '' || heading !== undefined || UNDERLINE.test(line);
        offset = nextOffset;
        line = next;
        i++;
    }
    return out;
}
/** The line of `text` that starts at `offset`, without its line break (`\n`, or `\r\n`: the `\r` goes too). */
function lineAt(text, offset) {
    const end = text.indexOf('\n', offset);
    const raw = end < 0 ? text.slice(offset) : text.slice(offset, end);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
}
/** True when the changelog has a section for `version` (any heading style). */
function hasVersionSection(text, version) {
    return versionHeadings(text).some((h) => h.version === version);
}


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

/***/ 11087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W3: () => (/* binding */ formatWarning),
  hP: () => (/* binding */ planChartBumps)
});

// UNUSED EXPORTS: artifactHubChanges

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(69730);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/array.js
var array = __webpack_require__(61318);
// EXTERNAL MODULE: ./packages/core/src/changelog/headings.ts
var changelog_headings = __webpack_require__(52761);
;// CONCATENATED MODULE: ./packages/core/src/changelog/release.ts



const UNRELEASED = /^(#{1,4})[ \t]+\[?unreleased\]?(?=[ \t(]|$)/i;
const LINK_REF = /^\[([^\]]+)\]:[ \t]*(\S+)/;
const KINDS = {
    added: 'added',
    changed: 'changed',
    changes: 'changed',
    deprecated: 'deprecated',
    removed: 'removed',
    fixed: 'fixed',
    security: 'security',
    // release-please / conventional-changelog group names
    features: 'added',
    feature: 'added',
    bug: 'fixed',
    deprecations: 'deprecated',
    reverts: 'removed',
};
/**
 * Adds the section for `version` to a changelog, pure text in and out:
 * moves `## [Unreleased]` content into `## [X.Y.Z] - date` (or adds the
 * entries), writes the heading in the style the newest section already uses
 * (`## 1.2.3 (date)`, `## v1.2.3`, …), and keeps compare link references at
 * the bottom current. A file that already has the section is returned as is,
 * so a re-run changes nothing. Line endings, a BOM and the final newline stay.
 */
function releaseChangelog(text, req) {
    if (text === undefined || (0,bytes/* stripBom */.F8)(text).trim() === '') {
        if (!req.create)
            return { text, entries: [], changed: false };
        const entries = [...(req.entries ?? []), ...(req.entries?.length ? [] : (req.fallbackEntries ?? []))];
        const eol = text?.includes('\r\n') ? '\r\n' : '\n';
        const bom = text === undefined ? '' : (0,bytes/* frame */.Gt)(text).bom;
        const lines = [
            '# Changelog',
            '',
            `All notable changes to ${req.subject ?? 'this project'} are documented in this file.`,
            '',
            'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
            'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
            '',
            '## [Unreleased]',
            '',
            `## [${req.version}] - ${req.date}`,
            '',
            '### Changed',
            '',
            ...entries.map((e) => `- ${e}`),
            '',
        ];
        return { text: bom + lines.join(eol), entries: entries.map((t) => ({ kind: 'changed', text: t })), changed: true };
    }
    // New lines take the file's first line ending; existing lines keep their own (see joinLines).
    const { bom, body, eol } = (0,bytes/* frame */.Gt)(text);
    const lines = body.split(/\r?\n/);
    const headings = (0,changelog_headings/* versionHeadings */._)(lines.join('\n'));
    const existing = headings.find((h) => h.version === req.version);
    if (existing)
        return { text, entries: sectionEntries(lines, existing.line - 1, existing.level), changed: false };
    const newest = headings[0];
    const uIdx = lines.findIndex((l) => UNRELEASED.test(l));
    const uLevel = uIdx >= 0 ? UNRELEASED.exec(lines[uIdx])[1].length : undefined;
    // `## [Unreleased](…/compare/v1.2.3...HEAD)`: the heading's own compare link now starts at the new tag.
    if (uIdx >= 0)
        lines[uIdx] = lines[uIdx].replace(/\((https?:[^)\s]*\/compare\/)(\S+?)(\.\.\.?)HEAD\)/, (_, base, from, dots) => `(${base}${tagFor(from, req.version)}${dots}HEAD)`);
    const level = newest?.level ?? uLevel ?? 2;
    const refStart = linkRefBlockStart(lines);
    // What the new section holds: Unreleased content moved over, plus explicit entries.
    let uEnd = uIdx;
    let moved = [];
    if (uIdx >= 0) {
        uEnd = sectionEnd(lines, uIdx, uLevel, refStart);
        moved = trimBlank(lines.slice(uIdx + 1, uEnd));
    }
    const bullet = detectBullet(lines);
    // An entry already written under Unreleased (the same bullet text) is not added twice.
    const explicit = (req.entries ?? []).filter((e) => !moved.some((l) => l.replace(/^[ \t]*[-*+][ \t]+/, '').trim() === e.trim()));
    const added = moved.length > 0 ? explicit : [...explicit, ...(explicit.length ? [] : (req.fallbackEntries ?? []))];
    const usesGroups = newest ? sectionUsesGroups(lines, newest) : newestStyleIsKeep(uIdx, lines);
    const groups = groupStyle(lines, level + 1);
    let content = [...moved];
    if (added.length > 0) {
        const items = added.map((e) => `${bullet} ${e}`);
        const groupHeading = [`${'#'.repeat(level + 1)} ${groups.changedName}`, ...(groups.blankAfter ? [''] : [])];
        if (content.length === 0)
            content = usesGroups ? [...groupHeading, ...items] : items;
        else if (content.some((l) => isGroupHeading(l, level + 1)))
            content = addToChangedGroup(content, items, groupHeading, level + 1);
        else
            content = [...content, ...(endsWithBullet(content) ? [] : ['']), ...items];
    }
    const heading = renderHeading(newest, level, req.version, req.date, lines[uIdx]);
    // An `## [Unreleased]` section is kept (emptied) where the file has one, never added to a file that had none.
    const section = [heading, ...underlineFor(newest, heading), '', ...content];
    let out;
    if (uIdx >= 0) {
        const after = lines.slice(uEnd);
        out = [
            ...lines.slice(0, uIdx + 1),
            '',
            ...section,
            ...(after.length && after.some((l) => l.trim() !== '') ? [''] : []),
            ...trimLeadingBlank(after),
        ];
    }
    else if (newest) {
        const at = newest.line - 1;
        out = [...lines.slice(0, at), ...section, '', ...lines.slice(at)];
    }
    else {
        const at = refStart >= 0 ? refStart : lines.length;
        const before = trimTrailingBlank(lines.slice(0, at));
        const rest = lines.slice(at);
        out = [...before, ...(before.length ? [''] : []), ...section, '', ...(rest.length ? rest : [''])];
        if (rest.length === 0 && out[out.length - 1] === '' && out[out.length - 2] === '')
            out.pop();
    }
    out = updateLinkRefs(out, newest?.version, req.version, heading);
    // The final newline stays as it was: present if it was, absent if it was not.
    const hadFinal = lines[lines.length - 1] === '';
    if (hadFinal && out[out.length - 1] !== '')
        out.push('');
    if (!hadFinal)
        while (out.length > 1 && out[out.length - 1] === '')
            out.pop();
    const entries = sectionEntries(out, out.indexOf(heading), level);
    return { text: bom + joinLines(body, lines, out, eol), entries, changed: true };
}
/** A group heading (`### Fixed`) at `level` inside a version section. */
function isGroupHeading(line, level) {
    return new RegExp(`^#{${level}}[ \\t]+\\w`).test(line);
}
/**
 * How the file writes its groups: whether a blank line follows a group
 * heading (most of its headings decide; Keep a Changelog's blank line when it
 * has none), and the name it gives the group of plain changes (`Changed`,
 * `Changes`, …; `Changed` when it uses none).
 */
function groupStyle(lines, level) {
    let blank = 0;
    let tight = 0;
    let changedName;
    lines.forEach((l, i) => {
        if (!isGroupHeading(l, level))
            return;
        if ((lines[i + 1] ?? '').trim() === '')
            blank++;
        else
            tight++;
        const name = l.replace(/^#+[ \t]+/, '').trim();
        if (changedName === undefined && KINDS[name.split(/\s/)[0].toLowerCase()] === 'changed')
            changedName = name;
    });
    return { blankAfter: blank >= tight, changedName: changedName ?? 'Changed' };
}
/**
 * Adds entries to grouped content: at the end of the group of plain changes
 * when the content has one (under the name it already uses), else in a new
 * group after the others, so an entry never lands in another kind's group.
 */
function addToChangedGroup(content, items, heading, level) {
    const at = content.findIndex((l) => isGroupHeading(l, level) &&
        KINDS[l
            .replace(/^#+[ \t]+/, '')
            .split(/\s/)[0]
            .toLowerCase()] === 'changed');
    if (at < 0)
        return [...content, '', ...heading, ...items];
    let end = content.findIndex((l, i) => i > at && /^#{1,6}[ \t]/.test(l));
    if (end < 0)
        end = content.length;
    let last = end;
    while (last > at + 1 && content[last - 1].trim() === '')
        last--;
    return [...content.slice(0, last), ...items, ...content.slice(last)];
}
function newestStyleIsKeep(uIdx, lines) {
    return uIdx < 0 || /\[unreleased\]/i.test(lines[uIdx]);
}
function sectionEnd(lines, start, level, refStart) {
    // A setext heading's underline belongs to it, not to its section.
    const first = SETEXT_UNDERLINE.test(lines[start + 1] ?? '') ? start + 2 : start + 1;
    for (let i = first; i < lines.length; i++) {
        if (refStart >= 0 && i >= refStart)
            return i;
        const m = /^(#{1,6})[ \t]/.exec(lines[i]);
        if (m && m[1].length <= level)
            return i;
        // A setext heading (text over `===` / `---`) of this level or above ends the section too.
        const u = SETEXT_UNDERLINE.exec(lines[i + 1] ?? '');
        if (u &&
            lines[i].trim() !== '' &&
            !/^ {0,3}(?:[-*+>]|\d+[.)])(?:[ \t]|$)/.test(lines[i]) &&
            (lines[i - 1] ?? '').trim() === '' &&
            (u[1][0] === '=' ? 1 : 2) <= level)
            return i;
    }
    return lines.length;
}
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** The underline for a new setext heading, like the newest one's: same character, its length following the text where it did. */
function underlineFor(newest, heading) {
    if (newest?.underline === undefined)
        return [];
    const u = newest.underline.trim();
    return [u.length === newest.raw.trim().length ? u[0].repeat(Math.max(3, heading.trim().length)) : newest.underline];
}
/** The first line of the trailing block of `[label]: url` references, or -1. */
function linkRefBlockStart(lines) {
    let i = lines.length - 1;
    while (i >= 0 && lines[i].trim() === '')
        i--;
    let start = -1;
    while (i >= 0 && (LINK_REF.test(lines[i]) || lines[i].trim() === '')) {
        if (LINK_REF.test(lines[i]))
            start = i;
        i--;
    }
    return start;
}
function trimBlank(ls) {
    return trimTrailingBlank(trimLeadingBlank(ls));
}
function trimLeadingBlank(ls) {
    let i = 0;
    while (i < ls.length && ls[i].trim() === '')
        i++;
    return ls.slice(i);
}
function trimTrailingBlank(ls) {
    let j = ls.length;
    while (j > 0 && ls[j - 1].trim() === '')
        j--;
    return ls.slice(0, j);
}
function endsWithBullet(ls) {
    return /^[ \t]*[-*+][ \t]/.test(ls[ls.length - 1] ?? '');
}
function detectBullet(lines) {
    for (const l of lines) {
        const m = /^([-*+])[ \t]+\S/.exec(l);
        if (m)
            return m[1];
    }
    return '-';
}
function sectionUsesGroups(lines, h) {
    const end = sectionEnd(lines, h.line - 1, h.level, -1);
    return lines.slice(h.line, end).some((l) => new RegExp(`^#{${h.level + 1}}[ \\t]`).test(l));
}
/**
 * The heading for the new version in the file's own style: the newest
 * heading with its version and date replaced (and a compare link in it moved
 * on), or Keep a Changelog's `## [X.Y.Z] - date` when there is none.
 */
function renderHeading(newest, level, version, date, unreleased) {
    if (!newest) {
        const hashes = '#'.repeat(level);
        return unreleased && !/\[unreleased\]/i.test(unreleased) ? `${hashes} ${version} - ${date}` : `${hashes} [${version}] - ${date}`;
    }
    const prev = newest.version;
    const at = newest.raw.indexOf(prev);
    let h = newest.raw.slice(0, at) + version + newest.raw.slice(at + prev.length);
    h = h.replace(/\((https?:[^)\s]*)\)/g, (_, url) => `(${moveUrl(url, prev, version)})`);
    h = h.replace(/\b\d{4}-\d{2}-\d{2}\b/, date);
    return h;
}
/** A compare or tag URL for the previous version, moved on to the new one. */
function moveUrl(url, prev, version) {
    const cmp = /^(.*\/compare\/)(\S+?)(\.\.\.?)(\S+)$/.exec(url);
    if (cmp) {
        const to = cmp[4];
        if (to === 'HEAD')
            return `${cmp[1]}${tagFor(cmp[2], version)}${cmp[3]}HEAD`;
        return `${cmp[1]}${to}${cmp[3]}${to.includes(prev) ? to.replace(prev, version) : tagFor(to, version)}`;
    }
    return url.includes(prev) ? url.replace(prev, version) : url;
}
/** `v1.2.3` → `v<version>`, `mychart-1.2.3` → `mychart-<version>`. */
function tagFor(tag, version) {
    const m = /^(.*?)v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
    if (!m)
        return version;
    const v = /v\d/.test(tag.slice(m[1].length, m[1].length + 2)) ? 'v' : '';
    return `${m[1]}${v}${version}`;
}
/**
 * Keeps `[Unreleased]: …/compare/vA...HEAD` and `[A]: …` references current:
 * Unreleased now compares from the new tag, and the new version gets its own
 * reference. Files without references are left alone.
 */
function updateLinkRefs(lines, prev, version, heading) {
    const label = /\[([^\]]+)\]/.exec(heading)?.[1];
    if (!label || !label.includes(version))
        return lines;
    if (lines.some((l) => LINK_REF.exec(l)?.[1] === label))
        return lines;
    const out = [...lines];
    const uRef = out.findIndex((l) => /^unreleased$/i.test(LINK_REF.exec(l)?.[1] ?? ''));
    if (uRef >= 0) {
        const url = LINK_REF.exec(out[uRef])[2];
        const cmp = /^(.*\/compare\/)(\S+?)(\.\.\.?)HEAD$/.exec(url);
        if (!cmp)
            return out;
        const fromTag = cmp[2];
        const newTag = tagFor(fromTag, version);
        out[uRef] = out[uRef].replace(url, `${cmp[1]}${newTag}${cmp[3]}HEAD`);
        out.splice(uRef + 1, 0, `[${label}]: ${cmp[1]}${fromTag}${cmp[3]}${newTag}`);
        return out;
    }
    if (!prev)
        return out;
    const prevRef = out.findIndex((l) => {
        const m = LINK_REF.exec(l);
        return m !== null && m[1].replace(/^v/, '') === prev;
    });
    if (prevRef < 0)
        return out;
    const url = LINK_REF.exec(out[prevRef])[2];
    out.splice(prevRef, 0, `[${label}]: ${moveUrl(url, prev, version)}`);
    return out;
}
/** The bullet entries of the section whose heading is at `index`, with their Keep a Changelog group. */
function sectionEntries(lines, index, level) {
    if (index < 0)
        return [];
    const end = sectionEnd(lines, index, level, linkRefBlockStart(lines));
    const out = [];
    let kind = 'changed';
    for (const l of lines.slice(index + 1, end)) {
        const g = /^#{2,6}[ \t]+(\w+)/.exec(l);
        if (g) {
            kind = KINDS[g[1].toLowerCase()] ?? 'changed';
            continue;
        }
        const b = /^[ ]?[-*+][ \t]+(.+)$/.exec(l);
        if (b)
            out.push({ kind, text: b[1].trim() });
    }
    return out;
}
/**
 * Joins the new lines with `eol`, except in a file with mixed line endings
 * (a CRLF line pasted into an LF file): there every line kept from the file
 * gets its own ending back, so only the added lines show in the diff.
 */
function joinLines(body, original, out, eol) {
    const crlf = (body.match(/\r\n/g) ?? []).length;
    const lf = (body.match(/\n/g) ?? []).length;
    if (crlf === 0 || crlf === lf)
        return out.join(eol);
    const endings = [];
    for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1))
        endings.push(body[i - 1] === '\r' ? '\r\n' : '\n');
    const ends = [];
    let o = 0;
    for (const part of (0,array/* diffArrays */.E)(original, out)) {
        if (part.removed)
            o += part.count ?? part.value.length;
        else if (part.added)
            for (let k = 0; k < part.value.length; k++)
                ends.push(eol);
        else
            for (let k = 0; k < part.value.length; k++)
                ends.push(endings[o++] ?? eol);
    }
    return out.map((l, i) => (i < out.length - 1 ? l + ends[i] : l)).join('');
}

// EXTERNAL MODULE: ./packages/core/src/edits/check.ts + 1 modules
var check = __webpack_require__(85763);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
// EXTERNAL MODULE: ./packages/core/src/yaml/scalars.ts
var scalars = __webpack_require__(47812);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/charts/chart.ts
var chart = __webpack_require__(3863);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/charts/cascade.ts


/**
 * Finds every in-repo dependency between chart folders. `charts` maps each
 * chart folder (workspace-relative, POSIX) to its parsed Chart.yaml.
 */
function dependencyLinks(charts) {
    const links = [];
    // Chart folders directly under another chart's charts/ folder, by that chart.
    const vendored = new Map();
    for (const dir of charts.keys()) {
        const m = /^(?:(.*)\/)?charts\/[^/]+$/.exec(dir);
        if (!m)
            continue;
        const parent = m[1] ?? '.';
        if (charts.has(parent))
            vendored.set(parent, [...(vendored.get(parent) ?? []), dir]);
    }
    for (const [parent, meta] of charts) {
        const covered = new Set();
        for (const dep of meta.dependencies) {
            let child;
            if (dep.localPath !== undefined) {
                const target = external_node_path_.posix.normalize(external_node_path_.posix.join(parent, dep.localPath));
                if (charts.has(target))
                    child = target;
            }
            else {
                // A subchart kept in the parent's charts/ folder under its own name.
                const vendored = external_node_path_.posix.join(parent, 'charts', dep.name);
                if (charts.has(vendored) && charts.get(vendored).name === dep.name)
                    child = vendored;
            }
            if (child === undefined || child === parent)
                continue;
            covered.add(child);
            links.push({ parent, child, index: dep.index, version: dep.version, line: dep.line });
        }
        for (const dir of vendored.get(parent) ?? [])
            if (!covered.has(dir))
                links.push({ parent, child: dir });
    }
    return links;
}
/**
 * The charts to bump, dependencies before the charts that use them: the
 * selected charts plus (with cascade) every chart that depends on one of them,
 * directly or through a chain. A dependency cycle is a UserError naming it.
 */
function cascadeOrder(selected, links, cascade) {
    const dependents = new Map();
    for (const l of links)
        dependents.set(l.child, [...(dependents.get(l.child) ?? []), l.parent]);
    const nodes = new Set(selected);
    if (cascade) {
        const queue = [...selected];
        while (queue.length) {
            const c = queue.shift();
            for (const p of dependents.get(c) ?? []) {
                if (!nodes.has(p)) {
                    nodes.add(p);
                    queue.push(p);
                }
            }
        }
    }
    // Depth-first topological sort over "child before parent", within the chosen set.
    const state = new Map();
    const order = [];
    const deps = new Map();
    for (const l of links)
        if (nodes.has(l.parent) && nodes.has(l.child))
            deps.set(l.parent, [...(deps.get(l.parent) ?? []), l.child]);
    const visit = (n, path) => {
        const s = state.get(n);
        if (s === 'done')
            return;
        if (s === 'visiting') {
            const cycle = [...path.slice(path.indexOf(n)), n];
            const first = links.find((l) => l.parent === cycle[0] && l.child === cycle[1]);
            throw new src_errors/* UserError */.yo(`chart dependency cycle: ${cycle.join(' → ')}`, {
                file: `${n === '.' ? '' : `${n}/`}Chart.yaml`,
                line: first?.line,
                hint: 'a chart cannot depend on itself through file:// dependencies; remove one of the links',
            });
        }
        state.set(n, 'visiting');
        for (const c of [...(deps.get(n) ?? [])].sort())
            visit(c, [...path, n]);
        state.set(n, 'done');
        order.push(n);
    };
    for (const n of [...nodes].sort())
        visit(n, []);
    return order;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/core/src/charts/lock-edit.ts




/**
 * Go's encoding/json string form (HTML-safe), or undefined for characters
 * whose escaping differs between Go versions (so a digest is never guessed).
 */
function goString(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (c === 0x08 || c === 0x0c)
            return undefined;
        else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return `${out}"`;
}
const FIELDS = [
    ['name', 'string'],
    ['version', 'omitString'],
    ['repository', 'string'],
    ['condition', 'omitString'],
    ['tags', 'strings'],
    ['enabled', 'bool'],
    ['import-values', 'imports'],
    ['alias', 'omitString'],
    ['depends-on', 'strings'],
];
/** One chart.Dependency as Go's json.Marshal writes it (fields in struct order, omitempty honoured). */
function goDependency(d) {
    if (d === null)
        return 'null';
    if (typeof d !== 'object' || Array.isArray(d))
        return undefined;
    const dep = d;
    // Keys Helm does not know are dropped by its decoder, so they do not count here either.
    const parts = [];
    for (const [key, kind] of FIELDS) {
        const v = dep[key];
        if (kind === 'string' || kind === 'omitString') {
            if (v === undefined || v === null || v === '') {
                if (kind === 'string')
                    parts.push(`"${key}":""`);
                continue;
            }
            if (typeof v !== 'string')
                return undefined;
            const s = goString(v);
            if (s === undefined)
                return undefined;
            parts.push(`"${key}":${s}`);
        }
        else if (kind === 'strings') {
            if (v === undefined || v === null || (Array.isArray(v) && v.length === 0))
                continue;
            if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
                return undefined;
            const items = v.map(goString);
            if (items.some((x) => x === undefined))
                return undefined;
            parts.push(`"${key}":[${items.join(',')}]`);
        }
        else if (kind === 'bool') {
            if (v === undefined || v === null || v === false)
                continue;
            if (v !== true)
                return undefined;
            parts.push(`"${key}":true`);
        }
        else {
            if (v === undefined || v === null || (Array.isArray(v) && v.length === 0))
                continue;
            if (!Array.isArray(v))
                return undefined;
            const items = [];
            for (const item of v) {
                if (typeof item === 'string') {
                    const s = goString(item);
                    if (s === undefined)
                        return undefined;
                    items.push(s);
                }
                else if (item &&
                    typeof item === 'object' &&
                    !Array.isArray(item) &&
                    Object.values(item).every((x) => typeof x === 'string')) {
                    // Go marshals map[string]interface{} with sorted keys.
                    const entries = Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
                    const kv = entries.map(([k, x]) => [goString(k), goString(x)]);
                    if (kv.some(([k, x]) => k === undefined || x === undefined))
                        return undefined;
                    items.push(`{${kv.map(([k, x]) => `${k}:${x}`).join(',')}}`);
                }
                else
                    return undefined;
            }
            parts.push(`"${key}":[${items.join(',')}]`);
        }
    }
    return `{${parts.join(',')}}`;
}
function goDependencies(list) {
    if (list === undefined || list === null)
        return 'null';
    if (!Array.isArray(list))
        return undefined;
    const items = list.map(goDependency);
    return items.some((x) => x === undefined) ? undefined : `[${items.join(',')}]`;
}
/**
 * Helm's Chart.lock digest: `sha256:` + hex SHA-256 of Go's json.Marshal of
 * `[Chart.yaml dependencies, Chart.lock dependencies]` (HashReq in Helm's
 * resolver). Undefined when a value is outside what this reproduces exactly.
 */
function helmLockDigest(req, lock) {
    const a = goDependencies(req);
    const b = goDependencies(lock);
    if (a === undefined || b === undefined)
        return undefined;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(`[${a},${b}]`).digest('hex')}`;
}
function depsOf(text) {
    const js = (0,dist/* parseDocument */.Tp)((0,bytes/* stripBom */.F8)(text)).toJS();
    return js && typeof js === 'object' ? js.dependencies : undefined;
}
/**
 * Moves Chart.lock's pins of in-repo charts to their new versions, as
 * `helm dependency update` would, with minimal diffs. The digest is rewritten
 * only when the old one matches Helm's hash of the old Chart.yaml and
 * Chart.lock: then the new one is exactly what Helm computes; otherwise it is
 * left alone and `digestUpdated` is false (the caller says to run helm).
 * `cache` holds the run's parses (the lock's edit and its check share one).
 */
function updateChartLock(lockText, lockFile, chartBefore, chartEdits, children, cache) {
    const lockJs = (0,dist/* parseDocument */.Tp)((0,bytes/* stripBom */.F8)(lockText)).toJS();
    const lockDeps = lockJs && Array.isArray(lockJs.dependencies) ? lockJs.dependencies : [];
    const intended = [];
    const lockAfter = lockDeps.map((entry, i) => {
        const child = children.find((c) => entry && entry.name === c.name && String(entry.repository ?? '') === (c.repository ?? ''));
        if (!child || entry.version === child.version)
            return entry;
        intended.push({ path: ['dependencies', i, 'version'], value: child.version });
        return { ...entry, version: child.version };
    });
    const reqBefore = depsOf(chartBefore);
    let digestUpdated = false;
    const old = lockJs?.digest;
    if (typeof old === 'string' && intended.length > 0 && helmLockDigest(reqBefore, lockJs?.dependencies) === old) {
        const reqAfter = Array.isArray(reqBefore) ? reqBefore.map((d) => (d && typeof d === 'object' ? { ...d } : d)) : reqBefore;
        for (const e of chartEdits) {
            const [, index, key] = e.path;
            if (Array.isArray(reqAfter) && typeof index === 'number' && typeof key === 'string')
                reqAfter[index][key] = e.value;
        }
        const digest = helmLockDigest(reqAfter, lockAfter);
        if (digest !== undefined) {
            intended.push({ path: ['digest'], value: digest });
            digestUpdated = true;
        }
    }
    return { text: intended.length ? (0,yaml_edit/* setScalars */.AR)(lockText, lockFile, intended, { cache }) : lockText, intended, digestUpdated };
}

// EXTERNAL MODULE: ./packages/core/src/charts/bump-rules.ts
var bump_rules = __webpack_require__(37521);
;// CONCATENATED MODULE: ./packages/core/src/charts/bump.ts














/** A warning as one line, `file:line: message`, for logs and summaries. */
function formatWarning(w) {
    return `${w.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : ''}${w.message}`;
}
const chartFile = (dir) => (dir === '.' ? 'Chart.yaml' : `${dir}/Chart.yaml`);
const inDir = (dir, name) => (dir === '.' ? name : `${dir}/${name}`);
/**
 * Plans the bump of `selected` chart folders (plus, with cascade, every chart
 * that depends on them through `file://` or a vendored subchart), returning
 * the per-chart figures and pure file edits for the transaction. Every chart
 * is checked before anything is returned; problems in several charts are all
 * reported (UserErrors), so one bad chart stops the whole run. `cache` holds
 * the run's parses: a Chart.yaml read while planning is not parsed again by
 * its edit, its check or a re-run's comparison; the returned edits keep using it.
 */
function planChartBumps(selectedDirs, allCharts, read, opts, cache = new parse_cache/* ParseCache */.i()) {
    // Checked first, even beside an explicit version: the two must agree.
    const synced = syncedChartVersion(opts);
    const explicitVersion = opts.version ?? synced;
    const selectedSet = new Set(selectedDirs);
    const { metas, repairs, errors, warnings } = readCharts(selectedSet, opts.cascade ? allCharts : [], read, explicitVersion, cache);
    // Charts that failed to parse are reported with the others found below.
    const selected = selectedDirs.filter((d) => metas.has(d));
    const links = opts.cascade ? dependencyLinks(metas) : dependencyLinks(new Map([...metas].filter(([d]) => selectedSet.has(d))));
    const order = cascadeOrder(selected, links, opts.cascade);
    const byParent = new Map();
    for (const l of links)
        byParent.set(l.parent, [...(byParent.get(l.parent) ?? []), l]);
    const bumps = new Map();
    const depEdits = new Map();
    for (const dir of order) {
        try {
            const planned = planOneChart(metas.get(dir), dir, selectedSet.has(dir), repairs.get(dir), byParent.get(dir) ?? [], bumps, explicitVersion, opts, warnings);
            if (!planned)
                continue;
            bumps.set(dir, planned.bump);
            depEdits.set(dir, planned.dependencyEdits);
        }
        catch (e) {
            if (!(e instanceof src_errors/* UserError */.yo))
                throw e;
            errors.push(e);
        }
    }
    (0,src_errors/* throwAll */.Kx)(errors);
    const edits = [...bumps.values()].flatMap((b) => chartEdits(b, depEdits.get(b.path) ?? [], read, opts, warnings, cache));
    (0,src_errors/* throwAll */.Kx)(sameVersionRerunErrors([...bumps.values()], edits, read, metas));
    return { bumps: [...bumps.values()], edits, warnings };
}
/**
 * Under `chart-version-policy: sync`, the chart version the app version
 * gives (without the `v` many app tags carry: Helm chart versions have
 * none); undefined under `independent` or without an app version. An app
 * version that is no SemVer, or an explicit version that differs, is a UserError.
 */
function syncedChartVersion(opts) {
    if (opts.policy !== 'sync' || opts.appVersion === undefined)
        return undefined;
    const synced = opts.appVersion.replace(/^v(?=\d)/, '');
    if (semver_default().valid(synced) !== synced || !/^\d/.test(synced))
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `chart-version-policy is sync, but ${(0,src_errors/* named */.KT)('app-version')} ${opts.appVersion} is not a SemVer 2 version to use as the chart version`, {
            hint: (0,src_errors/* words */.aL) `give ${(0,src_errors/* named */.KT)('app-version')} as MAJOR.MINOR.PATCH (e.g. 1.4.2 or v1.4.2), or use chart-version-policy: independent`,
        });
    if (opts.version !== undefined && opts.version !== synced)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `chart-version-policy is sync, but ${(0,src_errors/* named */.KT)('version')} ${opts.version} differs from ${(0,src_errors/* named */.KT)('app-version')} ${opts.appVersion}`, {
            hint: 'give only one of them (the chart version follows the app version)',
        });
    return synced;
}
/**
 * Reads every chart the plan may touch: the selected folders, and `others`
 * (every chart, when cascading) for the dependency graph. A selected chart
 * that is missing or broken is an error; another chart that is broken is a
 * warning (it is not bumped and its dependencies are not followed). A
 * selected chart whose unquoted version YAML misreads is parsed with
 * `explicitVersion` written in, since the explicit version says what was meant.
 */
function readCharts(selected, others, read, explicitVersion, cache) {
    const metas = new Map();
    const repairs = new Map();
    const errors = [];
    const warnings = [];
    for (const dir of new Set([...selected, ...others])) {
        const file = chartFile(dir);
        const text = read(file);
        if (text === undefined) {
            if (selected.has(dir))
                errors.push(new src_errors/* UserError */.yo(`${file} does not exist`, { file, hint: 'point charts at a folder holding a Chart.yaml' }));
            continue;
        }
        try {
            if ((0,bytes/* stripBom */.F8)(text).trim() === '')
                throw new src_errors/* UserError */.yo('Chart.yaml is empty', { file, line: 1, hint: 'write apiVersion, name and version' });
            const ambiguous = selected.has(dir) && explicitVersion !== undefined ? ambiguousVersion(text, file, cache) : undefined;
            if (ambiguous !== undefined) {
                // The explicit version says what was meant: it is written (quoted where needed) instead of refusing the old value.
                metas.set(dir, (0,chart/* parseChart */.as)((0,yaml_edit/* setScalars */.AR)(text, file, [{ path: ['version'], value: explicitVersion, replaceAmbiguous: true }], { cache }), file));
                repairs.set(dir, ambiguous);
                continue;
            }
            const meta = (0,chart/* parseChart */.as)(text, file);
            metas.set(dir, meta);
            // Any chart read here may be bumped (selected, or cascaded): its edit starts from this parse.
            (0,yaml_edit/* primeParse */.JF)(meta.parsed, cache);
        }
        catch (e) {
            if (!(e instanceof src_errors/* UserError */.yo))
                throw e;
            if (selected.has(dir))
                errors.push(e);
            else
                warnings.push({
                    message: `${e.message}${e.hint ? ` — ${e.hint}` : ''} (not bumped; dependencies of this chart are not followed)`,
                    file: e.file,
                    line: e.line,
                });
        }
    }
    return { metas, repairs, errors, warnings };
}
/**
 * One chart's bump, in cascade order (its in-repo dependencies are planned
 * already, in `bumps`): the dependency entries that follow the children that
 * moved, then its new version and appVersion. A chart that is neither
 * selected (`direct`) nor depends on a moved chart is not bumped (undefined).
 */
function planOneChart(meta, dir, direct, repair, links, bumps, explicitVersion, opts, warnings) {
    const current = repair?.source ?? (0,chart/* requireChartVersion */.mg)(meta);
    const { updates, edits } = followMovedDependencies(meta, links, bumps);
    if (!direct && updates.length === 0)
        return undefined;
    let version;
    let leftAlone;
    let appVersion = meta.appVersion?.value;
    if (direct) {
        if (explicitVersion !== undefined)
            version = checkExplicitVersion(explicitVersion, current, meta, repair !== undefined, dir, opts.base, warnings);
        else
            ({ version, leftAlone } = fromBase(dir, current, opts.level, opts.base));
        if (opts.policy === 'sync')
            appVersion = opts.appVersion ?? version;
        else if (opts.appVersion !== undefined)
            appVersion = opts.appVersion;
    }
    else
        ({ version, leftAlone } = fromBase(dir, current, 'patch', opts.base));
    const bump = {
        path: dir,
        name: meta.name,
        file: meta.file,
        previousVersion: current,
        version,
        previousAppVersion: meta.appVersion?.value,
        appVersion,
        cascaded: !direct,
        dependencyUpdates: updates,
        ...(leftAlone ? { leftAlone } : {}),
        ...(repair
            ? {
                repaired: `version: ${repair.source} was unquoted, so YAML read it as a ${repair.kind}, not the version written; replaced by ${version}`,
            }
            : {}),
    };
    return { bump, dependencyEdits: edits };
}
/**
 * The dependency entries of a chart whose in-repo child moved: the entry's
 * version is rewritten unless it is a range the new version satisfies
 * (`updates` lists every moved child, `edits` only the entries rewritten).
 */
function followMovedDependencies(meta, links, bumps) {
    const updates = [];
    const edits = [];
    for (const l of links) {
        const child = bumps.get(l.child);
        if (!child || child.version === child.previousVersion)
            continue;
        // An entry without a version asks for none: there is nothing to keep in step.
        if (l.index !== undefined && l.version !== undefined) {
            const wanted = l.version;
            const keep = !semver_default().valid(wanted) && semver_default().validRange(wanted) !== null && semver_default().satisfies(child.version, wanted, { includePrerelease: true });
            if (!keep && wanted !== child.version) {
                edits.push({ path: ['dependencies', l.index, 'version'], value: child.version });
                updates.push({
                    name: meta.dependencies[l.index].name,
                    repository: meta.dependencies[l.index].repository,
                    from: wanted,
                    to: child.version,
                });
                continue;
            }
        }
        const entry = l.index !== undefined ? meta.dependencies[l.index] : undefined;
        updates.push({ name: entry?.name ?? child.name, repository: entry?.repository, to: child.version });
    }
    return { updates, edits };
}
/**
 * An explicit (or synced) version for a selected chart: valid SemVer, not lower
 * than the current one unless that one was a repaired misreading, and not one
 * the base already carries (case 32: it would be published twice). An
 * undotted pre-release (`rc9`, which sorts as text) adds a warning.
 */
function checkExplicitVersion(explicit, current, meta, repaired, dir, base, warnings) {
    if (!semver_default().valid(explicit))
        throw new src_errors/* UserError */.yo(`version ${explicit} is not valid SemVer 2`, { hint: 'use MAJOR.MINOR.PATCH, e.g. 1.4.0 or 1.4.0-rc.1' });
    const undottedVersion = [current, explicit].find((v) => (0,bump_rules/* undottedPrerelease */.or)(v) !== undefined);
    const undotted = undottedVersion === undefined ? undefined : (0,bump_rules/* undottedPrerelease */.or)(undottedVersion);
    if (!repaired && semver_default().lt(explicit, current))
        throw new src_errors/* UserError */.yo(`version ${explicit} is lower than the current version ${current}`, {
            file: meta.file,
            line: meta.version?.line,
            hint: undotted
                ? `'${undotted.identifier}' compares as text (${undotted.next} sorts before it): write pre-releases with a dot, e.g. ${undotted.suggestion}`
                : (0,src_errors/* words */.aL) `give a version greater than ${current}, or ${(0,src_errors/* unset */.wC)('version')} to bump by level`,
        });
    const published = base?.versions.get(dir);
    if (typeof published === 'string' && explicit !== current && semver_default().valid(published) && semver_default().compare(explicit, published) <= 0)
        throw new src_errors/* UserError */.yo(`chart ${meta.name} ${explicit} is already published at ${base.label} (its version there is ${published})`, {
            file: meta.file,
            line: meta.version?.line,
            hint: (0,src_errors/* words */.aL) `give a version greater than ${published}, or ${(0,src_errors/* unset */.wC)('version')} to bump by level from it`,
        });
    if (undotted)
        warnings.push({
            message: `version ${undottedVersion}: the pre-release identifier '${undotted.identifier}' compares as text, so ${undotted.next} would sort before it — write ${undotted.suggestion}`,
            file: meta.file,
            line: meta.version?.line,
        });
    return explicit;
}
/**
 * The file edits that carry out one chart's bump, in order: its changelog
 * (first: the Artifact Hub annotation repeats its entries), its Chart.lock
 * when it pins a dependency that moved, then its Chart.yaml. A stale
 * Chart.lock digest adds a warning.
 */
function chartEdits(b, dependencyEdits, read, opts, warnings, cache) {
    const edits = [];
    const changelog = changelogEdit(b, read, opts);
    if (changelog.edit)
        edits.push(changelog.edit);
    const lock = lockEdit(b, dependencyEdits, read, warnings, cache);
    if (lock)
        edits.push(lock);
    edits.push(chartYamlEdit(b, dependencyEdits, changelog.entries, opts, cache));
    return edits;
}
/**
 * The chart's changelog release (when it keeps one, or `changelog: required`),
 * and the entries the release lists: the user's entry, else a line saying
 * what moved. Sets `b.changelog` when the file is edited.
 */
function changelogEdit(b, read, opts) {
    // A re-run (same version, appVersion already set) names the appVersion as the first run did.
    const namesApp = b.appVersion !== undefined &&
        (b.appVersion !== b.previousAppVersion || (b.version === b.previousVersion && opts.appVersion !== undefined));
    const defaultEntry = b.cascaded
        ? `Update ${b.dependencyUpdates.map((u) => `${u.name} to ${u.to}`).join(', ')}`
        : namesApp
            ? `Update appVersion to ${b.appVersion}`
            : `Bump chart version to ${b.version}`;
    const clPath = inDir(b.path, 'CHANGELOG.md');
    const clText = opts.changelog === 'off' ? undefined : read(clPath);
    const request = {
        version: b.version,
        date: opts.date,
        entries: !b.cascaded && opts.entry ? [opts.entry] : undefined,
        fallbackEntries: [defaultEntry],
        create: opts.changelog === 'required',
        subject: `the ${b.name} chart`,
    };
    let entries = [];
    let edit;
    if (opts.changelog !== 'off' && (clText !== undefined || opts.changelog === 'required')) {
        b.changelog = clPath;
        entries = releaseChangelog(clText, request).entries;
        edit = { path: clPath, update: (t) => releaseChangelog(t, request).text };
    }
    if (entries.length === 0)
        entries = [{ kind: 'changed', text: request.entries?.[0] ?? defaultEntry }];
    return { entries, edit };
}
/**
 * Chart.lock pins in-repo dependencies too: it moves with them (and its
 * digest, when it can be proven). Undefined when the chart moved no
 * dependency, has no Chart.lock, or its lock pins none that moved. Sets
 * `b.lock` when the file is edited.
 */
function lockEdit(b, dependencyEdits, read, warnings, cache) {
    const lockPath = inDir(b.path, 'Chart.lock');
    const lockText = b.dependencyUpdates.length > 0 ? read(lockPath) : undefined;
    if (lockText === undefined)
        return undefined;
    const chartBefore = read(b.file) ?? '';
    const children = b.dependencyUpdates.map((u) => ({ name: u.name, repository: u.repository, version: u.to }));
    const planned = updateChartLock(lockText, lockPath, chartBefore, dependencyEdits, children, cache);
    if (planned.intended.length === 0)
        return undefined;
    b.lock = lockPath;
    if (!planned.digestUpdated)
        warnings.push({
            message: 'dependency versions updated, but its digest did not match Chart.yaml before this run, so it was left as is — run `helm dependency update`',
            file: lockPath,
            line: lineOfKey(lockText, 'digest'),
        });
    let lastIntended = [];
    return {
        path: lockPath,
        update: (t) => {
            if (t === undefined)
                return undefined;
            const r = updateChartLock(t, lockPath, chartBefore, dependencyEdits, children, cache);
            lastIntended = r.intended;
            return r.text;
        },
        check: (before, after) => (0,check/* checkYamlEdit */.c)(lockPath, before ?? '', after, lastIntended, { cache }),
    };
}
/** The Chart.yaml edit: version, the dependency entries that follow, appVersion when it changes, and the Artifact Hub changes annotation when asked for. */
function chartYamlEdit(b, dependencyEdits, entries, opts, cache) {
    const intended = [{ path: ['version'], value: b.version }, ...dependencyEdits];
    if (b.appVersion !== undefined && b.appVersion !== b.previousAppVersion)
        intended.push({ path: ['appVersion'], value: b.appVersion });
    const changes = opts.artifacthubChanges ? artifactHubChanges(entries) : undefined;
    const file = b.file;
    return {
        path: file,
        update: (text) => {
            if (text === undefined)
                return undefined;
            let out = (0,yaml_edit/* setScalars */.AR)(text, file, intended.map((i) => ({
                ...i,
                create: i.path[0] === 'appVersion',
                after: 'version',
                replaceAmbiguous: b.repaired !== undefined && i.path[0] === 'version',
            })), { cache });
            if (changes !== undefined)
                out = (0,yaml_edit/* setBlockScalar */.iu)(out, file, ['annotations', 'artifacthub.io/changes'], changes, { create: true, cache });
            return out;
        },
        check: (before, after) => (0,check/* checkYamlEdit */.c)(file, before ?? '', after, changes === undefined ? intended : [...intended, { path: ['annotations', 'artifacthub.io/changes'], value: `${changes}\n` }], { cache }),
    };
}
/**
 * An explicit version equal to the current one is a re-run: accepted only
 * when it changes nothing. One error per selected chart whose own edits
 * (Chart.yaml, changelog, Chart.lock) would still change a file.
 */
function sameVersionRerunErrors(bumps, edits, read, metas) {
    const errors = [];
    for (const b of bumps) {
        if (b.cascaded || b.leftAlone || b.version !== b.previousVersion)
            continue;
        const own = edits.filter((e) => e.path === b.file || e.path === b.changelog || e.path === b.lock);
        const changes = own.some((e) => {
            const text = read(e.path);
            const after = e.update(text);
            return after !== undefined && after !== text;
        });
        if (changes)
            errors.push(new src_errors/* UserError */.yo(`version ${b.version} is not greater than the current version ${b.previousVersion}`, {
                file: b.file,
                line: metas.get(b.path)?.version?.line,
                hint: `give a version greater than ${b.previousVersion}; the same version is accepted only when nothing else would change`,
            }));
    }
    return errors;
}
/** The 1-based line of a top-level `key:` in YAML text, or undefined. */
function lineOfKey(text, key) {
    const i = text.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? undefined : i + 1;
}
/** An unquoted `version:` that YAML 1.1 or 1.2 reads as something other than a string: its source and what it reads as. */
function ambiguousVersion(text, file, cache) {
    try {
        const parsed = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENT */.MQ, (0,bytes/* stripBom */.F8)(text), file);
        const node = (0,read/* nodeAt */.oB)(parsed, ['version']);
        if (!(0,dist/* isScalar */.jn)(node) || node.type !== dist/* Scalar */.X5.PLAIN || !node.range || node.value === null)
            return undefined;
        const source = parsed.text.slice(node.range[0], node.range[1]);
        if ((0,scalars/* plainReadsAsString */.zN)(source))
            return undefined;
        const t = (0,scalars/* yaml11Type */.Ax)(source) !== 'str' ? (0,scalars/* yaml11Type */.Ax)(source) : (0,scalars/* yaml12Type */.lo)(source);
        return { source, kind: t === 'int' || t === 'float' ? 'number' : t === 'timestamp' ? 'date' : t === 'bool' ? 'boolean' : 'null' };
    }
    catch {
        return undefined; // the file's own error is reported by parseChart
    }
}
/**
 * The version a level gives, applied to the version at the base (so that
 * a rerun changes nothing): a chart already bumped by at least that level over
 * the base, or new since the base, keeps its version and says why.
 */
function fromBase(dir, current, level, base) {
    const at = base?.versions.get(dir);
    if (!base || at === undefined)
        return { version: semver_default().inc(current, level) };
    if (at === null)
        return { version: current, leftAlone: `new since ${base.label}: version left at ${current}` };
    const target = semver_default().inc(at, level);
    if (semver_default().gte(current, target))
        return { version: current, leftAlone: `already ${current}, at least a ${level} bump over ${at} at ${base.label}: version left as is` };
    // The work tree may also be behind the base (another bump merged since): the level still starts from the base.
    return { version: target };
}
/** The `artifacthub.io/changes` annotation body: a YAML list of kind/description. */
function artifactHubChanges(entries) {
    return entries
        .map((e) => {
        const text = e.text.replace(/\s+/g, ' ').trim();
        return `- kind: ${e.kind}\n  description: ${(0,scalars/* isPlainSafe */.aj)(text) && !/[[\]{},]/.test(text[0] ?? '') ? text : (0,scalars/* doubleQuote */._O)(text)}`;
    })
        .join('\n');
}


/***/ }),

/***/ 3863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   as: () => (/* binding */ parseChart),
/* harmony export */   mg: () => (/* binding */ requireChartVersion)
/* harmony export */ });
/* unused harmony exports semverRepair, ambiguousVersionError */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64293);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47812);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29002);






/**
 * Parses Chart.yaml text. A non-mapping file, an ambiguous unquoted value
 * (`version: 1.10`) or a duplicate key is a UserError with file:line. A missing
 * `name` gives '' (callers fall back to the folder name); `version` is returned
 * as written, and callers decide whether it must be valid SemVer.
 */
function parseChart(text, file) {
    const parsed = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .stripBom */ .F8)(text), file);
    const root = parsed.doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Chart.yaml is not a mapping of keys', {
            file,
            line: 1,
            hint: 'see https://helm.sh/docs/topics/charts/#the-chartyaml-file',
        });
    const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['name']);
    const versionNode = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAt */ .oB)(parsed, ['version']);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(versionNode) && versionNode.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && versionNode.range) {
        const source = parsed.text.slice(versionNode.range[0], versionNode.range[1]);
        // Quoting alone would leave a version that is still not SemVer: say both at once.
        if (source !== '' && !(0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .plainReadsAsString */ .zN)(source))
            throw ambiguousVersionError(source, file, parsed.lineOf(versionNode));
    }
    const version = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['version']);
    const appVersion = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['appVersion']);
    const deps = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeAt */ .oB)(parsed, ['dependencies']);
    const dependencies = [];
    if (deps !== undefined && !((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(deps) && deps.value === null)) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(deps))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('dependencies is not a list', {
                file,
                line: parsed.lineOf(deps),
                hint: 'write one `- name: …` entry per dependency',
            });
        deps.items.forEach((item, index) => {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`dependencies[${index}] is not a mapping`, { file, line: parsed.lineOf(item) });
            const depName = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['dependencies', index, 'name'], `dependencies[${index}].name`);
            const repository = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['dependencies', index, 'repository'], `dependencies[${index}].repository`)?.value;
            const depVersion = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['dependencies', index, 'version'], `dependencies[${index}].version`)?.value;
            const alias = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(parsed, ['dependencies', index, 'alias'], `dependencies[${index}].alias`)?.value;
            const local = repository?.startsWith('file://') ? repository.slice('file://'.length).replace(/\/+$/, '') : undefined;
            dependencies.push({
                name: depName?.value ?? '',
                version: depVersion,
                repository,
                alias,
                index,
                line: parsed.lineOf(item),
                localPath: local,
            });
        });
    }
    return { file, name: name?.value ?? '', version, appVersion, dependencies, parsed };
}
/** The chart version as SemVer 2, or a UserError at the `version:` line. */
function requireChartVersion(chart) {
    const v = chart.version;
    if (!v)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('Chart.yaml has no version', { file: chart.file, line: 1, hint: 'add `version: 0.1.0`' });
    // semver.valid trims and accepts a leading `v`/`=`; Helm's parser takes neither.
    if (!semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(v.value) || !/^\d/.test(v.value) || /\s/.test(v.value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version ${v.value} is not valid SemVer 2`, { file: chart.file, line: v.line, hint: semverHint(v.value) });
    return v.value;
}
/**
 * The SemVer 2 version a Chart.yaml version most likely meant when it is
 * numbers with fewer than three parts (`1.10` → `1.10.0`, `2` → `2.0.0`);
 * undefined when that is not clear.
 */
function semverRepair(source) {
    if (!/^\d+(\.\d+){0,2}$/.test(source))
        return undefined;
    const parts = source.split('.').map((n) => String(Number(n)));
    while (parts.length < 3)
        parts.push('0');
    return parts.join('.');
}
/**
 * The one error for an unquoted Chart.yaml version that YAML reads as
 * something else (`version: 1.10` is the number 1.1): it names both problems —
 * the misreading and that the text is not SemVer 2 — and the full fix
 * (`version: 1.10.0`), so quoting it does not lead to a second error on the
 * next run. Shared by chart-bump-check and bump-chart.
 */
function ambiguousVersionError(source, file, line) {
    const fix = semverRepair(source);
    const type = (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .yaml11Type */ .Ax)(source) !== 'str' ? (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .yaml11Type */ .Ax)(source) : (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__/* .yaml12Type */ .lo)(source);
    const kind = type === 'int' || type === 'float' ? 'a number' : type === 'bool' ? 'a boolean' : type === 'timestamp' ? 'a date' : 'null';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version: ${source} is read as ${kind}, not the string written`, {
        file,
        line,
        hint: fix
            ? `it is not SemVer 2 either: write version: ${fix} (to quote it as "${source}" is not enough)`
            : `it is not SemVer 2 either: write MAJOR.MINOR.PATCH, e.g. version: 0.1.0 (to quote it as "${source}" is not enough)`,
    });
}
function semverHint(value) {
    const fix = semverRepair(value);
    return fix ? `use MAJOR.MINOR.PATCH: write version: ${fix}` : 'use MAJOR.MINOR.PATCH, e.g. 1.4.0 or 1.4.0-rc.1';
}


/***/ })

};

export const id = 949;
export const ids = [949];
export const modules = {

/***/ 949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W3: () => (/* binding */ formatWarning),
  hP: () => (/* binding */ planChartBumps)
});

// UNUSED EXPORTS: artifactHubChanges

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(9730);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/array.js
var array = __webpack_require__(1318);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var functions_valid = __webpack_require__(7306);
var valid_default = /*#__PURE__*/__webpack_require__.n(functions_valid);
;// CONCATENATED MODULE: ./packages/core/src/changelog/headings.ts

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
        if (heading && m && valid_default()(m[4]) && /^(?:$|[\s(:,])/.test(m[5] ?? '')) {
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
    const headings = versionHeadings(lines.join('\n'));
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(1196);
// EXTERNAL MODULE: ./packages/core/src/yaml/scalars.ts
var scalars = __webpack_require__(7812);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
;// CONCATENATED MODULE: ./packages/core/src/edits/yaml-edit.ts
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
function yaml_edit_frame(text) {
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
            throw new src_errors/* UserError */.yo(`${label}: the file is empty`, { file, line: 1, hint: 'write the chart metadata first' });
        refuseShared(parsed, node, label, aliased);
        if (typeof key === 'number') {
            if (!(0,dist/* isSeq */.oP)(node))
                throw new src_errors/* UserError */.yo(`${label}: ${formatPath(path.slice(0, i)) || 'the document'} is not a list`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            const item = node.items[key];
            if (item === undefined)
                throw new src_errors/* UserError */.yo(`${label}: there is no item ${key} in ${formatPath(path.slice(0, i))}`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            parents.push(node);
            node = item;
            continue;
        }
        if (!(0,dist/* isMap */.jh)(node)) {
            const where = formatPath(path.slice(0, i));
            const hint = where && (0,dist/* isScalar */.jn)(node)
                ? `write ${where} as a mapping (\`${where}:\` with indented \`key: value\` lines), or check the key path`
                : 'check the key path';
            throw new src_errors/* UserError */.yo(`${label}: ${where || 'the document'} is not a mapping`, { file, line: parsed.lineOf(node), hint });
        }
        const map = node;
        const pairs = map.items.filter((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
        if (pairs.length > 1)
            throw new src_errors/* UserError */.yo(`duplicate key '${key}'`, {
                file,
                line: parsed.lineOf(pairs[1].key),
                hint: 'remove one of the duplicate keys',
            });
        const pair = pairs[0];
        if (!pair) {
            const merge = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === '<<');
            if (merge)
                throw new src_errors/* UserError */.yo(`${label} would come from a merge key (<<), not from this mapping`, {
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
                const empty = new dist/* Scalar */.X5(null);
                empty.range = [colon + 1, colon + 1, colon + 1];
                return { found: true, node: empty, parents };
            }
            throw new src_errors/* UserError */.yo(`${label}: ${formatPath(path.slice(0, i + 1))} is empty`, {
                file,
                line: parsed.lineOf(pair.key),
                hint: 'fill in the mapping',
            });
        }
        node = pair.value;
    }
    if (node === null)
        throw new src_errors/* UserError */.yo(`${label}: the file is empty`, { file, line: 1 });
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
    (0,dist/* visit */.YR)(parsed.doc, {
        Alias(_, a) {
            names.add(a.source);
        },
    });
    return names;
}
function refuseShared(parsed, node, label, aliased) {
    if ((0,dist/* isAlias */.Vj)(node))
        throw new src_errors/* UserError */.yo(`${label} is reached through the alias *${node.source}`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the value out instead of using an alias',
        });
    const anchor = node.anchor;
    if (anchor && aliased.has(anchor))
        throw new src_errors/* UserError */.yo(`${label} is inside &${anchor}, which an alias repeats elsewhere`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the values out instead of using an anchor and alias',
        });
}
function inFlow(parents) {
    return parents.some((p) => ((0,dist/* isMap */.jh)(p) || (0,dist/* isSeq */.oP)(p)) && p.flow === true);
}
/** How a new scalar is written where a scalar of `style` was: the same quoting when it reads back right. */
function renderScalar(value, style, flow = false) {
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return (0,scalars/* doubleQuote */._O)(value);
    if (style === dist/* Scalar */.X5.QUOTE_SINGLE)
        return (0,scalars/* singleQuote */.nI)(value) ?? (0,scalars/* doubleQuote */._O)(value);
    const plainOk = (0,scalars/* isPlainSafe */.aj)(value) && !(flow && /[,[\]{}]/.test(value));
    return plainOk ? value : (0,scalars/* doubleQuote */._O)(value);
}
/**
 * Parses for editing through parseShared: parseYaml's UserErrors (syntax,
 * duplicate keys, several documents) name file:line, and a file without any
 * document is refused.
 */
function parseBody(body, file, cache) {
    const parsed = parseShared(body, file, cache);
    if (parsed.empty)
        throw new src_errors/* UserError */.yo('the file holds no YAML document', { file, line: 1, hint: 'write its keys first' });
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
    return (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENT */.MQ, body, file);
}
/**
 * Offers a parse a caller already made (e.g. parseChart while planning) of
 * `parsed.text` (BOM stripped, as parseYaml returns it) to the next edit of
 * exactly that text and file through `cache`.
 */
function primeParse(parsed, cache) {
    cache.put(read/* YAML_DOCUMENT */.MQ, parsed.text, parsed, parsed.file);
}
/** The parsed document of a text `cache` holds for `file` (BOM already stripped), if it still does. */
function recentlyParsed(body, file, cache) {
    return cache?.peek(read/* YAML_DOCUMENT */.MQ, body, file)?.doc;
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
    const all = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, body, file);
    const doc = all.documents?.[document];
    if (!doc)
        throw new src_errors/* UserError */.yo(`the file has no document ${document + 1}`, { file, line: 1, hint: 'check the --- separated documents' });
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
            throw new src_errors/* UserError */.yo(`${label} is missing`, {
                file,
                line: parsed.lineOf(at.parent) ?? 1,
                hint: at.missing.length === 1 ? `add \`${at.missing[0]}: ${renderScalar(e.value, undefined)}\`` : `add ${label}`,
            });
        return { create: e };
    }
    const node = at.node;
    const line = parsed.lineOf(node) ?? parsed.lineAt(node.range?.[0] ?? 0);
    if (!(0,dist/* isScalar */.jn)(node))
        throw new src_errors/* UserError */.yo(`${label} is a ${(0,dist/* isMap */.jh)(node) ? 'mapping' : 'list'}, not a single value`, {
            file,
            line,
            hint: 'check the key path',
        });
    const scalar = node;
    const [start, end] = scalar.range;
    if (scalar.type === dist/* Scalar */.X5.BLOCK_LITERAL || scalar.type === dist/* Scalar */.X5.BLOCK_FOLDED)
        throw new src_errors/* UserError */.yo(`${label} is a block scalar (| or >), which this edit does not rewrite`, {
            file,
            line,
            hint: 'write the value on one line, e.g. `key: "1.2.3"`',
        });
    const source = body.slice(start, end);
    const empty = scalar.value === null;
    if (scalar.type === dist/* Scalar */.X5.PLAIN && !empty && !(0,scalars/* plainReadsAsString */.zN)(source) && !e.replaceAmbiguous)
        throw new src_errors/* UserError */.yo(`${label}: ${source} is read as ${describe(source)}, not the string written`, {
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
    const { bom, body, eol } = yaml_edit_frame(text);
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
            : at.parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === s.create.quoteLike)?.value;
        const style = (0,dist/* isScalar */.jn)(like) && (like.type === dist/* Scalar */.X5.QUOTE_DOUBLE || like.type === dist/* Scalar */.X5.QUOTE_SINGLE) ? like.type : undefined;
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
    const style = (0,dist/* isScalar */.jn)(map?.items[0]?.key) ? map.items[0].key.type : undefined;
    if (style === dist/* Scalar */.X5.QUOTE_DOUBLE)
        return (0,scalars/* doubleQuote */._O)(key);
    if (style === dist/* Scalar */.X5.QUOTE_SINGLE)
        return (0,scalars/* singleQuote */.nI)(key) ?? (0,scalars/* doubleQuote */._O)(key);
    return (0,scalars/* isPlainSafe */.aj)(key) && !/[,[\]{}]/.test(key) ? key : (0,scalars/* doubleQuote */._O)(key);
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
            if ((0,dist/* isMap */.jh)(v) && !v.flow && v.items.length > 0 && p.key && p.key.range) {
                const child = v.items[0].key.range[0];
                const diff = columnOf(parsed.text, child) - columnOf(parsed.text, p.key.range[0]);
                if (diff > 0) {
                    found = diff;
                    return;
                }
            }
            if ((0,dist/* isMap */.jh)(v))
                walk(v, depth + 1);
        }
    };
    if ((0,dist/* isMap */.jh)(root))
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
            throw new src_errors/* UserError */.yo('cannot add a nested value to a flow mapping ({…})', {
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
        throw new src_errors/* UserError */.yo('cannot add a key to an empty mapping', {
            file: parsed.file,
            line: parsed.lineOf(map),
            hint: 'add the key by hand',
        });
    const firstKey = map.items[0].key;
    const indent = ' '.repeat(columnOf(body, firstKey.range[0]));
    const anchorPair = (after !== undefined ? map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === after) : undefined) ??
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
    const { bom, body, eol } = yaml_edit_frame(text);
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
            throw new src_errors/* UserError */.yo(`${label} is missing`, { file, line: parsed.lineOf(at.parent) ?? 1, hint: `add ${label}` });
        const pad = ' '.repeat(unit);
        const leaf = at.missing[at.missing.length - 1];
        let rendered = [`${yamlKey(leaf, at.missing.length === 1 ? at.parent : undefined)}: |`, ...lines.map((l) => (l === '' ? '' : pad + l))];
        if (at.missing.length === 2)
            rendered = [`${yamlKey(at.missing[0], at.parent)}:`, ...rendered.map((l) => (l === '' ? '' : pad + l))];
        return bom + insertPair(parsed, eol, at.parent, rendered);
    }
    const node = at.node;
    const line = parsed.lineOf(node);
    if (!(0,dist/* isScalar */.jn)(node))
        throw new src_errors/* UserError */.yo(`${label} is a ${(0,dist/* isMap */.jh)(node) ? 'mapping' : 'list'}, not a text value`, { file, line, hint: 'check the key path' });
    if (inFlow(at.parents))
        throw new src_errors/* UserError */.yo(`${label} is inside a flow mapping ({…}), where a block scalar cannot go`, {
            file,
            line,
            hint: 'write the mapping in block style',
        });
    const scalar = node;
    if (scalar.value !== null && String(scalar.value) === `${lines.join('\n')}\n` && scalar.type === dist/* Scalar */.X5.BLOCK_LITERAL)
        return text;
    const parentMap = at.parents[at.parents.length - 1];
    const pair = parentMap.items.find((p) => p.value === node);
    const keyCol = pair?.key && pair.key.range ? columnOf(body, pair.key.range[0]) : 0;
    const pad = ' '.repeat(keyCol + unit);
    const [start, end] = scalar.range;
    let stop;
    // A comment on the key's line (`key: |  # generated`) is the author's and stays on the new header.
    let comment;
    if (scalar.type === dist/* Scalar */.X5.BLOCK_LITERAL || scalar.type === dist/* Scalar */.X5.BLOCK_FOLDED) {
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
    if (!(0,dist/* isMap */.jh)(grand) || grand.flow)
        return undefined;
    const key = parentPath[parentPath.length - 1];
    const pair = grand.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    const value = pair?.value;
    // `annotations:`, `annotations: ~` / `null` and `annotations: {}` all mean "no annotations yet".
    const empty = value === null ||
        ((0,dist/* isScalar */.jn)(value) && value.value === null && (value.type === dist/* Scalar */.X5.PLAIN || value.range[0] === value.range[1])) ||
        ((0,dist/* isMap */.jh)(value) && value.flow === true && value.items.length === 0);
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
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

// EXTERNAL MODULE: ./packages/core/src/yaml/plain-document.ts + 1 modules
var plain_document = __webpack_require__(8259);
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
    const paths = () => intended.map((i) => formatPath(i.path)).join(', ') || 'nothing';
    if (opts.document !== undefined)
        return checkDocumentEdit(file, before, after, intended, opts.document, paths);
    const body = (0,bytes/* stripBom */.F8)(before);
    let expected = (recentlyParsed(body, file, opts.cache) ?? (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: false })).toJS({
        maxAliasCount: -1,
    });
    for (const i of intended)
        expected = setIn(expected, i.path, i.value);
    const afterBody = (0,bytes/* stripBom */.F8)(after);
    const changed = () => new Error(`${file}: the edit changed more than ${paths()} (the YAML 1.2 reading differs); nothing was written`);
    const yaml11 = (i) => new Error(`${file}: ${formatPath(i.path)} would be read as something other than a string under YAML 1.1; nothing was written`);
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
        return parseShared(body, file, cache).doc;
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

// EXTERNAL MODULE: ./packages/core/src/charts/chart.ts
var chart = __webpack_require__(3863);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
var external_node_crypto_ = __webpack_require__(7598);
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
    return { text: intended.length ? setScalars(lockText, lockFile, intended, { cache }) : lockText, intended, digestUpdated };
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/gt.js
var functions_gt = __webpack_require__(6225);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/gte.js
var functions_gte = __webpack_require__(9202);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/inc.js
var functions_inc = __webpack_require__(4100);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/major.js
var functions_major = __webpack_require__(2029);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/minor.js
var functions_minor = __webpack_require__(7001);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/patch.js
var functions_patch = __webpack_require__(6498);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/prerelease.js
var functions_prerelease = __webpack_require__(1604);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/rcompare.js
var functions_rcompare = __webpack_require__(1731);
;// CONCATENATED MODULE: ./packages/core/src/charts/bump-rules.ts












/**
 * The level a change needs: breaking → major, or minor below 1.0.0 (SemVer's
 * 0.x rule, as Helm chart authors use it); anything else → patch.
 */
function requiredLevel(breaking, baseVersion) {
    if (!breaking)
        return 'patch';
    return major(baseVersion) >= 1 ? 'major' : 'minor';
}
/** The smallest version that satisfies `level` over `base` (e.g. 1.4.2 + major → 2.0.0). */
function smallestValid(base, level) {
    // inc('1.2.3-rc.1', 'patch') gives 1.2.3, which is already greater than the pre-release.
    return inc(base, level) ?? base;
}
/**
 * Whether `head` is a large enough step from `base`. Greater is always
 * required; a major (minor below 1.0.0) level needs the major (minor) number
 * to move, so a pre-release of the next major, `2.0.0-rc.1`, counts.
 */
function bumpIsEnough(base, head, level) {
    if (!gt(head, base))
        return false;
    if (level === 'patch')
        return true;
    if (gte(head, smallestValid(base, level)))
        return true;
    // A pre-release that already opens the new line (2.0.0-rc.1, or 0.5.0-rc.1 below 1.0.0) may still
    // break things before its release: 2.0.0-rc.2 and 2.0.0 are enough, as long as the line stays.
    if (prerelease(base) &&
        patch(base) === 0 &&
        major(head) === major(base) &&
        (level === 'major' ? minor(base) === 0 : minor(head) === minor(base)))
        return true;
    if (!prerelease(head))
        return false;
    if (level === 'major')
        return major(head) > major(base);
    return major(head) > major(base) || minor(head) > minor(base);
}
/**
 * A pre-release identifier written as letters and digits without a dot
 * (`1.0.0-rc9`): SemVer compares it as text, so `rc10` sorts before `rc9`.
 * Returns the first such identifier, the version it comes next (`rc10`), and
 * the dotted spelling to suggest (`1.0.0-rc.9`); undefined otherwise.
 */
function undottedPrerelease(version) {
    const dash = version.indexOf('-');
    if (dash < 0 || valid_default()(version) === null)
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
    const ok = versions.filter((v) => v !== undefined && valid(v) !== null && !/^[v=]/.test(v));
    return ok.sort(rcompare)[0];
}
/**
 * Reads name, version and appVersion from Chart.yaml text without refusing
 * anything: the value is taken as written in the source (so an unquoted `1.10`
 * stays `1.10`). Undefined when the text is not YAML at all. The same
 * Chart.yaml is often read at the merge base, the base commit and the base
 * tip: with the run's `cache` it is parsed once.
 */
function looseChart(text, cache) {
    return parseWith(cache, LOOSE_CHART, text);
}
/** Chart.yaml read leniently, as a kind of parse a ParseCache keeps. */
const LOOSE_CHART = { name: 'loose-chart', parse: (text) => readLoose(text) };
function readLoose(text) {
    const clean = (0,bytes/* stripBom */.F8)(text);
    const doc = (0,dist/* parseDocument */.Tp)(clean, { uniqueKeys: false });
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
        return undefined;
    const map = doc.contents;
    const src = (key) => {
        const node = map.get(key, true);
        if (!(0,dist/* isScalar */.jn)(node) || node.value === null)
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
                metas.set(dir, (0,chart/* parseChart */.as)(setScalars(text, file, [{ path: ['version'], value: explicitVersion, replaceAmbiguous: true }], { cache }), file));
                repairs.set(dir, ambiguous);
                continue;
            }
            const meta = (0,chart/* parseChart */.as)(text, file);
            metas.set(dir, meta);
            // Any chart read here may be bumped (selected, or cascaded): its edit starts from this parse.
            primeParse(meta.parsed, cache);
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
    const undottedVersion = [current, explicit].find((v) => undottedPrerelease(v) !== undefined);
    const undotted = undottedVersion === undefined ? undefined : undottedPrerelease(undottedVersion);
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
        check: (before, after) => checkYamlEdit(lockPath, before ?? '', after, lastIntended, { cache }),
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
            let out = setScalars(text, file, intended.map((i) => ({
                ...i,
                create: i.path[0] === 'appVersion',
                after: 'version',
                replaceAmbiguous: b.repaired !== undefined && i.path[0] === 'version',
            })), { cache });
            if (changes !== undefined)
                out = setBlockScalar(out, file, ['annotations', 'artifacthub.io/changes'], changes, { create: true, cache });
            return out;
        },
        check: (before, after) => checkYamlEdit(file, before ?? '', after, changes === undefined ? intended : [...intended, { path: ['annotations', 'artifacthub.io/changes'], value: `${changes}\n` }], { cache }),
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
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1196);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4293);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7812);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9002);






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


/***/ }),

/***/ 9002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Gt: () => (/* binding */ frame)
/* harmony export */ });
/* unused harmony exports lineEnding, lineAt, parseJsonAt, parseJsonWith */
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
    return new UserError(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
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

/***/ 8259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VE: () => (/* binding */ PLAIN_DOCUMENT),
  HV: () => (/* binding */ UNKNOWN),
  SV: () => (/* binding */ plainDocument)
});

// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(8105);
;// CONCATENATED MODULE: ./packages/core/src/yaml/js-yaml-core.ts
// js-yaml read as the yaml package reads a plain document with the YAML 1.2
// core schema: the scalar resolution and maps of the yaml package, and the test
// of which texts the two libraries read alike (render/documents.ts says why
// and where it is used: a render's output, the pin index, the config file).

/**
 * A plain scalar as the yaml package's core schema resolves it: the first of a
 * tag's patterns that matches (one js-yaml tag per tag name: a schema keeps the
 * last tag of a name).
 */
function coreScalar(tagName, firstChars, forms) {
    return (0,js_yaml/* defineScalarTag */.Gf)(`tag:yaml.org,2002:${tagName}`, {
        implicit: true,
        implicitFirstChars: firstChars,
        resolve: (s) => {
            for (const [test, resolve] of forms)
                if (test.test(s))
                    return resolve(s);
            return js_yaml/* NOT_RESOLVED */.Hg;
        },
        identify: () => false,
    });
}
const NUMBER_START = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.'];
/** The yaml package's YAML 1.2 core resolution (yaml/dist/schema/core), pattern for pattern, in its order. */
const FORMS = {
    null: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]],
    bool: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']],
    int: [
        [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
        [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
        [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
    ],
    float: [
        [
            /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
            (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity),
        ],
        [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
        [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ],
};
const CORE = [
    coreScalar('null', ['', '~', 'n', 'N'], FORMS.null),
    coreScalar('bool', ['t', 'T', 'f', 'F'], FORMS.bool),
    coreScalar('int', NUMBER_START, FORMS.int),
    coreScalar('float', NUMBER_START, FORMS.float),
];
/** Every pattern of FORMS, flat. */
const NON_STRING = Object.values(FORMS).flatMap((forms) => forms.map(([test]) => test));
/** The first characters a pattern of FORMS can match (the empty text aside): the others are strings without a test. */
const NON_STRING_FIRST = new Set([...'~nNtTfF', ...NUMBER_START]);
/** Whether a plain scalar of this text is read as no string (null, a boolean, a number) by the YAML 1.2 core schema. */
function coreNonString(s) {
    if (s !== '' && !NON_STRING_FIRST.has(s[0]))
        return false;
    return NON_STRING.some((test) => test.test(s));
}
/** A scalar key as the yaml package writes it into a plain object: null is '', anything else its String(). */
const keyOf = (key) => (key === null ? '' : String(key));
/**
 * Maps as the yaml package's toJS builds them: plain objects, a key written
 * over an inherited name (`__proto__`, `toString`) as an own property. A key
 * that is a map or a list (the yaml package prints it as YAML, js-yaml would
 * not) is refused, and so is a key met twice (js-yaml refuses it): the yaml
 * package reads those.
 */
const MAP = (0,js_yaml/* defineMappingTag */.bH)('tag:yaml.org,2002:map', {
    create: () => ({}),
    addPair: (map, key, value) => {
        if (key !== null && typeof key === 'object')
            return 'a key that is a map or a list';
        const k = keyOf(key);
        if (k in map)
            Object.defineProperty(map, k, { value, writable: true, enumerable: true, configurable: true });
        else
            map[k] = value;
        return '';
    },
    has: (map, key) => Object.hasOwn(map, keyOf(key)),
    keys: (map) => Object.keys(map),
    get: (map, key) => map[keyOf(key)],
    identify: () => false,
});
/** js-yaml's schema that reads plain scalars and maps as the yaml package's YAML 1.2 core schema does. */
const CORE_SCHEMA_LIKE_YAML = new js_yaml/* Schema */.Sj([js_yaml/* strTag */.ym, js_yaml/* seqTag */.UD, MAP, ...CORE]);
/**
 * Whether what stands before `start` on its line is what may stand before a block collection: indentation, and the
 * `- ` of the lists it opens (` *(?:- +)*`), read in place: a render has a block collection every few lines.
 */
function blockLineStart(text, start) {
    let i = text.lastIndexOf('\n', start - 1) + 1;
    while (i < start && text.charCodeAt(i) === 32)
        i++;
    while (i < start) {
        if (text.charCodeAt(i) !== 45 || i + 1 >= start || text.charCodeAt(i + 1) !== 32)
            return false;
        i++;
        while (i < start && text.charCodeAt(i) === 32)
            i++;
    }
    return true;
}
/** Keys longer than this are the yaml package's to judge (it refuses an implicit key past 1024 characters, js-yaml does not). */
const LONG_KEY = 1000;
/**
 * Whether js-yaml's events hold nothing the two libraries read differently:
 * no tag, anchor, alias or directive, no key past LONG_KEY characters, and
 * every block map or list starting its own line (or after the `- ` of a list),
 * where the yaml package refuses what js-yaml takes (`a: b: c`, `: b: c`).
 */
function plain(text, events) {
    /** Per open node (document, map, list): whether it is a map, and how many children it has had. */
    const open = [];
    for (const e of events) {
        if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            open.pop();
            continue;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            if (e.directives.length > 0)
                return false;
            open.push({ map: false, children: 0 });
            continue;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1)
            return false;
        const parent = open[open.length - 1];
        const key = parent.map && parent.children % 2 === 0;
        parent.children++;
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            if (key && e.valueEnd - e.valueStart > LONG_KEY)
                return false;
            continue;
        }
        if (e.style === js_yaml/* COLLECTION_STYLE */.Rl.BLOCK && !blockLineStart(text, e.start))
            return false;
        open.push({ map: e.type === js_yaml/* EVENT_ID */.hy.MAPPING, children: 0 });
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/yaml/plain-document.ts
// One YAML document read by js-yaml where it reads exactly as the yaml package
// does (js-yaml-core.ts: no tag, anchor, alias, directive or long key, every
// block collection on its own line): its data, and the line each node starts
// at, without the yaml package's syntax tree. The config file of a fleet (300
// services, 100 environments: 40 KB) took ~90 ms to compose into that tree on
// every command, and ~20 MB of garbage, where its data and lines are all a
// valid config needs; js-yaml's events give both in a fraction of that.
//
// A line is answered where js-yaml's events place the node where the yaml
// package's range starts: a collection (its first key or `-`, or its `{`/`[`)
// and a one-line or quoted scalar. An empty scalar (`key:`) and a block
// scalar (`|`, `>`, whose content js-yaml places on the next line) are
// UNKNOWN: the caller asks the yaml package. A path that leads nowhere is
// undefined, as nodeAt says, which only holds when every key reads as the
// same string in both libraries: a plain key the core schema reads as no
// string (`1.0:`, `true:`, `~:`) or a key that is a collection makes the text
// not this reader's (undefined), as is anything js-yaml refuses (a duplicate
// key) and more than one document.


/** Where a node starts is not known from the events: the yaml package says. */
const UNKNOWN = Symbol('unknown line');
/** 1-based lines of increasing offsets, counted as they pass (the events come in the order of the text). */
function lineCursor(text) {
    let [line, next] = [1, text.indexOf('\n')];
    return (offset) => {
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        return line;
    };
}
/** A key as the yaml package's nodeAt compares it (String of its value), or undefined where that may differ from the text. */
function keyText(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
        return undefined;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, e);
    return e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && coreNonString(value) ? undefined : value;
}
/** The line index of the document's events; undefined at a key it cannot read as the yaml package does. */
function lineIndex(text, events) {
    const lineAt = lineCursor(text);
    const open = [];
    let root;
    const place = (node) => {
        const top = open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.items)
            top.node.items.push(node);
        else {
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
    };
    for (const e of events) {
        const top = open[open.length - 1];
        const keyNext = top !== undefined && top.node.keys !== undefined && top.key === undefined;
        if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            const closed = open.pop();
            if (closed !== undefined)
                place(closed.node);
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            if (keyNext) {
                const key = keyText(text, e);
                if (key === undefined)
                    return undefined;
                top.key = key;
                continue;
            }
            const block = e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK;
            const node = { line: e.valueStart >= 0 && e.valueEnd > e.valueStart && !block ? lineAt(e.valueStart) : UNKNOWN };
            if (e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN)
                node.plain = e.valueStart < 0 ? [0, 0] : [e.valueStart, e.valueEnd];
            place(node);
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            if (keyNext)
                return undefined;
            const line = lineAt(e.start);
            open.push({ node: e.type === js_yaml/* EVENT_ID */.hy.MAPPING ? { line, keys: new Map() } : { line, items: [] }, key: undefined });
        }
        else if (e.type !== js_yaml/* EVENT_ID */.hy.DOCUMENT)
            return undefined;
    }
    return root;
}
/**
 * The text's one document through js-yaml, or undefined where it is not
 * js-yaml's to read (the yaml package reads it, and says its errors).
 */
function plainDocument(text) {
    let events;
    let data;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
        if (!plain(text, events))
            return undefined;
        data = (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: CORE_SCHEMA_LIKE_YAML, maxAliases: 0 });
    }
    catch {
        return undefined;
    }
    if (data.length > 1)
        return undefined;
    if (data.length === 0)
        return { data: null, lineOf: () => undefined, plainAt: () => undefined };
    const root = lineIndex(text, events);
    if (root === undefined)
        return undefined;
    const nodeAt = (path) => {
        let node = root;
        for (const k of path)
            node = typeof k === 'number' ? node?.items?.[k] : node?.keys?.get(k);
        return node;
    };
    return {
        data: data[0],
        lineOf: (path) => nodeAt(path)?.line,
        plainAt: (path) => {
            const range = nodeAt(path)?.plain;
            return range && text.slice(range[0], range[1]);
        },
    };
}
/**
 * plainDocument as a kind of parse a run's ParseCache keeps: a promotion checks its edit of a values file on it
 * (edits/check.ts), and the next reader of the edited text (promote/flux-validate.ts: is it a Flux resource?)
 * reads the same one.
 */
const PLAIN_DOCUMENT = { name: 'plain-document', parse: (text) => plainDocument(text) };


/***/ }),

/***/ 4293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ YAML_DOCUMENTS),
/* harmony export */   MQ: () => (/* binding */ YAML_DOCUMENT),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   oB: () => (/* binding */ nodeAt)
/* harmony export */ });
/* unused harmony exports duplicateKey, mapValue, scalarText */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1196);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7812);



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
    if (!isMap(map))
        return undefined;
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
/** A scalar node's value as text; undefined for anything else or an empty scalar. */
function scalarText(node) {
    return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}


/***/ }),

/***/ 7812:
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


/***/ })

};

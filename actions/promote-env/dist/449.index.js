export const id = 449;
export const ids = [449];
export const modules = {

/***/ 5449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteOn: () => (/* binding */ promoteOn),
  runPromote: () => (/* binding */ runPromote)
});

// EXTERNAL MODULE: ./packages/core/src/async/young-generation.ts
var young_generation = __webpack_require__(5633);
// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(5076);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/promote/plan.ts + 6 modules
var plan = __webpack_require__(3076);
// EXTERNAL MODULE: ./packages/core/src/promote/publish/report.ts
var publish_report = __webpack_require__(8990);
// EXTERNAL MODULE: ./packages/core/src/promote/waves.ts
var promote_waves = __webpack_require__(648);
// EXTERNAL MODULE: ./packages/core/src/promote/registry-copy.ts
var registry_copy = __webpack_require__(3005);
// EXTERNAL MODULE: ./packages/core/src/promote/session.ts + 44 modules
var promote_session = __webpack_require__(2153);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/compare.js
var compare = __webpack_require__(5864);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/valid.js
var valid = __webpack_require__(7306);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
// EXTERNAL MODULE: ./packages/core/src/text/pull-subject.ts
var pull_subject = __webpack_require__(6475);
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

;// CONCATENATED MODULE: ./packages/core/src/changelog/sections.ts
// A changelog read back as data: each version section's bullet entries, which
// of them are breaking, and the pull requests they cite. promote/whats-in.ts
// lists what a promotion brings (or takes away) from these.



const BREAKING_GROUP = /breaking/i;
const BREAKING_TEXT = /^(?:\*\*|__)?(?:⚠\s*)?breaking(?:[ _-]changes?)?\b|^\w+(?:\([^)]*\))?!:/i;
/** A bullet's text without Markdown link targets, emphasis or code marks, and the pull requests it cites. */
function plainEntry(raw) {
    const pulls = new Set();
    for (const m of raw.matchAll(/\/pull\/(\d{1,9})\b/g))
        pulls.add(Number(m[1]));
    for (const m of raw.matchAll(/(?<![\w/&])#(\d{1,9})\b/g))
        pulls.add(Number(m[1]));
    const text = raw
        // Links keep their text; a reference to a pull request or a commit (`([#12](…))`, `([abc1234](…))`) goes: it is listed apart.
        .replace(/\s*\(\[(?:#\d+|[0-9a-f]{7,40})\]\([^)]*\)\)/g, '')
        .replace(/\s*\((?:#\d+|[0-9a-f]{7,40})\)/g, '')
        // A link target may hold one level of parentheses (`javascript:alert(1)`), as CommonMark allows.
        .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        // Code spans keep their text as it is; outside them a backslash escape (`\*`, `\_`, written by the
        // release notes) stands for the character alone: the text is shown escaped once, where it is shown.
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : part.replace(/\\([!-/:-@[-`{-~])/g, '$1')))
        .join('')
        .trim();
    return { text, pulls: [...pulls] };
}
/**
 * Every version section of a changelog in file order, with its top-level
 * bullets. A group heading naming breaking changes (`### ⚠ BREAKING
 * CHANGES`) marks the bullets under it breaking; so does a bullet that says
 * so itself. Lines inside code fences are skipped with their headings.
 */
function versionSections(text) {
    const index = indexSections(text);
    return index.headings.map((_, i) => sectionAt(index, i));
}
/**
 * The headings of `text`, for sectionAt and sectionsInRange. No line array is
 * kept: a section's lines are split out of the text when it is parsed, so an
 * index of a 3.5 MB CHANGELOG.md holds the text and its few hundred headings,
 * not 84,000 line strings.
 */
function indexSections(text) {
    const body = text.replace(/^\ufeff/, '');
    return { text: body, headings: versionHeadings(body) };
}
/** The offset just past the line break of the line at `offset` (the text's length on its last line). */
function nextLineStart(text, offset) {
    const end = text.indexOf('\n', offset);
    return end < 0 ? text.length : end + 1;
}
/** The `i`th version section of an index, its bullets parsed. */
function sectionAt({ text, headings }, i) {
    const h = headings[i];
    // From the line after the heading (and after a setext heading's underline) to the next heading's line.
    const from = h.underline === undefined ? nextLineStart(text, h.offset) : nextLineStart(text, nextLineStart(text, h.offset));
    const end = i + 1 < headings.length ? headings[i + 1].offset : text.length;
    const lines = from < end ? text.slice(from, end).split(/\r?\n/) : [];
    const entries = [];
    let breakingGroup = false;
    let fence = false;
    for (const line of lines) {
        if (/^ {0,3}(`{3,}|~{3,})/.test(line))
            fence = !fence;
        if (fence)
            continue;
        const group = /^#{1,6}[ \t]+(.*)$/.exec(line);
        if (group) {
            // A heading above the section's level (a prose `## Notes` after the last version) ends it.
            if (/^#+/.exec(line)[0].length <= h.level)
                break;
            breakingGroup = BREAKING_GROUP.test(group[1]);
            continue;
        }
        const bullet = /^ {0,1}[-*+][ \t]+(.+)$/.exec(line);
        if (!bullet)
            continue;
        const { text: words, pulls } = plainEntry(bullet[1]);
        entries.push({ text: words, breaking: breakingGroup || BREAKING_TEXT.test(bullet[1].trim()), pulls });
    }
    return { version: h.version, entries };
}
/**
 * sectionsBetween(versionSections(text), from, to) without parsing the
 * bullets of the sections outside the range: a promotion between two
 * releases of a long changelog reads two sections, not hundreds.
 */
function sectionsInRange(index, from, to) {
    const lo = valid_default()(from);
    const hi = valid_default()(to);
    if (!lo || !hi || compare_default()(lo, hi) >= 0)
        return [];
    const inRange = index.headings.flatMap((h, i) => (compare_default()(h.version, lo) > 0 && compare_default()(h.version, hi) <= 0 ? [i] : []));
    return sectionsBetween(inRange.map((i) => sectionAt(index, i)), lo, hi);
}
/**
 * The sections strictly after `from` up to and including `to` (SemVer
 * order), newest first: what moving from `from` to `to` brings. Empty when
 * either is not a version or `to` is not newer.
 */
function sectionsBetween(sections, from, to) {
    const lo = valid_default()(from);
    const hi = valid_default()(to);
    if (!lo || !hi || compare_default()(lo, hi) >= 0)
        return [];
    const seen = new Set();
    return sections
        .filter((s) => compare_default()(s.version, lo) > 0 && compare_default()(s.version, hi) <= 0 && !seen.has(s.version) && seen.add(s.version))
        .sort((a, b) => compare_default()(b.version, a.version));
}

// EXTERNAL MODULE: ./packages/core/node_modules/picomatch/index.js
var picomatch = __webpack_require__(9788);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __webpack_require__(3483);
;// CONCATENATED MODULE: ./packages/core/src/promote/whats-in-tags.ts
// The tags what a promotion ships is read between: the version or commit a tag names, the chart folders whose
// CHANGELOG.md and tags are the chart's, and the groups of tag spellings whatsIn resolves (fetched at once).



const SHA_TAG = /^(?:sha-|git-)?([0-9a-f]{7,40})$/;
/** The SemVer version a tag names (`v1.4.0`, `1.4.0`, `api-1.4.0`), or undefined. */
function versionOfTag(tag) {
    if (!tag)
        return undefined;
    const m = /(?:^|[-/_v])v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
    return (m && valid_default()(m[1])) || undefined;
}
/** The commit a `sha-abc1234` (or bare hex) tag names, or undefined. */
function commitOfTag(tag) {
    return tag ? SHA_TAG.exec(tag)?.[1] : undefined;
}
/**
 * The chart folders and names a chart move is read from: the config's
 * folders, a glob (`charts/*`) standing for the folder of the chart the
 * Application names (its path:, else the glob's folder of that name), never
 * for a folder called `*`. With the Application's chart known, only its
 * folder: another chart's CHANGELOG.md or tags are not this one's.
 */
function chartFolders(charts, chart) {
    const dirs = [];
    for (const entry of charts.map((d) => d.replace(/\/+$/, ''))) {
        if (!picomatch_default().scan(entry).isGlob) {
            dirs.push(entry);
            continue;
        }
        const matches = (0,glob/* globMatcher */.fU)(entry);
        const byName = chart?.chart ? `${picomatch_default().scan(entry).base}/${chart.chart}` : undefined;
        const found = [chart?.chartPath, byName].find((d) => d !== undefined && matches(d));
        if (found)
            dirs.push(found);
    }
    const own = chart?.chart ? dirs.filter((d) => d === chart.chartPath || d.split('/').pop() === chart.chart) : [];
    const chosen = own.length > 0 ? own : dirs;
    const names = chosen.map((d) => d.split('/').pop());
    return { dirs: [...new Set(chosen)], names: [...new Set(chart?.chart ? [chart.chart, ...names] : names)] };
}
/** The groups of tag spellings whatsIn resolves for `plan` (each group tried in order, the first found wins). */
function tagsNeeded(plan, ctx, appTags, chartTags) {
    const groups = [];
    for (const c of plan.changes) {
        const [oldV, newV] = [versionOfTag(c.oldTag), versionOfTag(c.newTag)];
        if (oldV && newV && oldV !== newV)
            groups.push(appTags(oldV), appTags(newV));
        else {
            if (!commitOfTag(c.oldTag) && oldV)
                groups.push(appTags(oldV));
            if (!(ctx.rollback ? undefined : c.sourceCommit) && !commitOfTag(c.newTag) && newV)
                groups.push(appTags(newV));
        }
    }
    const [oldC, newC] = [valid_default()(plan.chart?.old ?? ''), valid_default()(plan.chart?.new ?? '')];
    if (oldC && newC && oldC !== newC && chartFolders(ctx.charts, plan.chart).dirs.length > 0)
        groups.push(chartTags(oldC), chartTags(newC));
    return groups.map((g) => [...new Set(g)]);
}

;// CONCATENATED MODULE: ./packages/core/src/promote/whats-in.ts
// What a promotion ships: for every service (and the chart) it changes, what
// the target gains between what it runs now and what is promoted — the
// release-note entries of every version in between (breaking first), a
// compare link and the count of commits; for a pin that names no version
// (`sha-abc1234`, a digest with the digests file's `sha`) the commit range and
// the merged pull requests in it. A rollback says what goes away, the same way.
// Services that move between the same two ends share one shipment: each
// distinct range is read once (one ancestry question, one git log, each
// CHANGELOG.md read and indexed once per revision, only the sections in range
// parsed), so a service adds a name to a list, not a git process or a parse.
// Read through the promotion's ports; nothing here writes, and nothing here
// fails a promotion: what cannot be read is said in a note.





/**
 * The ports of one whatsIn run, each distinct question asked once: a tag
 * resolved, a changelog read and indexed per (commit, path), a range's
 * commits and a commit's pull requests, whatever the number of services that
 * ask. Promises are kept, so services asking at once share one read.
 */
class OnceEach {
    memo = new Map();
    ports;
    constructor(ports) {
        this.ports = ports;
    }
    once(key, read) {
        let p = this.memo.get(key);
        if (!p)
            this.memo.set(key, (p = read()));
        return p;
    }
    resolveRef(ref) {
        return this.once(`ref\0${ref}`, () => this.ports.resolveRef(ref));
    }
    /** The changelog at `path` in `commit`, indexed (headings found, no bullet parsed); undefined when absent. */
    changelog(commit, path) {
        return this.once(`log\0${commit}\0${path}`, async () => {
            const text = await this.ports.readAt(commit, path);
            return text === undefined ? undefined : indexSections(text);
        });
    }
    commitsBetween(from, to) {
        return this.once(`range\0${from}\0${to}`, () => this.ports.commitsBetween(from, to));
    }
    /** Every range's commits from one history walk (two or more ranges); a range the walk leaves out is asked on its own. */
    async readRanges(ranges) {
        const key = (r) => `range\0${r.from}\0${r.to}`;
        const todo = [...new Map(ranges.filter((r) => !this.memo.has(key(r))).map((r) => [key(r), r])).values()];
        if (todo.length < 2)
            return;
        const found = await this.ports.commitsInRanges(todo);
        for (const r of todo)
            if (found.has(`${r.from}..${r.to}`))
                this.memo.set(key(r), Promise.resolve(found.get(`${r.from}..${r.to}`)));
    }
    pullsOf(sha) {
        return this.once(`pulls\0${sha}`, () => this.ports.pullsOf(sha));
    }
    /** One shipment per key: the first asker computes it, later ones get the same one. */
    shipment(key, make) {
        return this.once(`ship\0${key}`, make);
    }
}
const NO_FOLDER = 'no chart folder in the config (charts:) to read its CHANGELOG.md from';
/** Commits of a range past which no pull request is looked up through the API (each one is a request). */
const API_LOOKUPS = 30;
/** The first tag of `names` that resolves, with its commit. */
async function firstTag(ports, names) {
    for (const tag of [...new Set(names)]) {
        const commit = await ports.resolveRef(tag);
        if (commit)
            return { tag, commit };
    }
    return undefined;
}
/** The merged pull requests of a range: commits' `(#N)` subjects, else GitHub's commits → pulls association (bounded). */
async function pullsIn(commits, ports) {
    const found = new Map();
    let lookups = 0;
    for (const c of commits) {
        const own = (0,pull_subject/* pullOfSubject */.L)(c.subject);
        if (own) {
            if (!found.has(own.number))
                found.set(own.number, own);
            continue;
        }
        if (lookups++ >= API_LOOKUPS)
            continue;
        for (const p of await ports.pullsOf(c.sha))
            if (!found.has(p.number))
                found.set(p.number, p);
    }
    return [...found.values()];
}
/** Breaking entries first, then newest version first, each section's order kept. */
function breakingFirst(entries) {
    return [...entries.filter((e) => e.breaking), ...entries.filter((e) => !e.breaking)];
}
/** The commit count and compare link of a resolved range, plus the pull requests in it when asked for. */
async function rangeOf(subject, ends, ports, ctx, withPulls) {
    const s = { subjects: [subject], direction: ends.direction, from: ends.from, to: ends.to, entries: [], pulls: [], notes: [] };
    if (!ends.low || !ends.high)
        return s;
    s.range = `${ends.low.ref}...${ends.high.ref}`;
    if (ctx.repoUrl)
        s.compare = `${ctx.repoUrl}/compare/${s.range}`;
    const commits = await ports.commitsBetween(ends.low.commit, ends.high.commit);
    if (commits === undefined) {
        s.notes.push('the commits between them are not in the local history (check out with fetch-depth: 0 to count them)');
        return s;
    }
    s.commits = commits.length;
    if (withPulls)
        s.pulls = await pullsIn(commits, ports);
    return s;
}
/** The ends of a move between two versions: the first tag of each that resolves. */
async function versionEnds(from, to, tagNames, ports) {
    const removes = compare_default()(to, from) < 0;
    const [lo, hi] = removes ? [to, from] : [from, to];
    const [low, high] = [await firstTag(ports, tagNames(lo)), await firstTag(ports, tagNames(hi))];
    const ends = { from, to, direction: removes ? 'removes' : 'adds' };
    if (low && high)
        Object.assign(ends, { low: { ref: low.tag, commit: low.commit }, high: { ref: high.tag, commit: high.commit } });
    return { ends, lo, hi, low, high };
}
/** A service (or the chart) moved between two versions: the release notes in between, the tags' compare link and commit count. */
async function versionMove(subject, { ends, lo, hi, low, high }, tagNames, changelog, ports, ctx) {
    const s = await rangeOf(subject, ends, ports, ctx, false);
    // The newer end's changelog holds every section in between; the base's when that tag is not there.
    let sections;
    let read = false;
    for (const path of changelog) {
        const index = await ports.changelog(high?.commit ?? ctx.baseSha, path);
        if (index === undefined)
            continue;
        read = true;
        sections = sectionsInRange(index, lo, hi);
        if (sections.length > 0)
            break;
    }
    const missing = [...(low ? [] : [tagNames(lo)[0]]), ...(high ? [] : [tagNames(hi)[0]])];
    if (missing.length > 0)
        s.notes.push(`no tag ${missing.join(' or ')} in the repository`);
    if (!read)
        s.notes.push(`no ${changelog.join(' or ')}`);
    else if (!sections?.length)
        s.notes.push(`${changelog.length === 1 ? changelog[0] : 'the changelog'} has no section between ${lo} and ${hi}`);
    s.entries = breakingFirst((sections ?? []).flatMap((sec) => sec.entries.map((e) => ({ ...e, version: sec.version }))));
    return s;
}
/** A pin that names no version: the commit range from what the target runs to what is promoted, and the merged pull requests in it. */
async function commitMove(subject, from, to, labels, ports, ctx) {
    const [a, b] = [from ? await ports.resolveRef(from) : undefined, to ? await ports.resolveRef(to) : undefined];
    const direction = ctx.rollback ? 'removes' : 'adds';
    const ends = { ...labels, direction };
    if (a && b) {
        const [low, high] = direction === 'removes' ? [b, a] : [a, b];
        Object.assign(ends, { low: { ref: low.slice(0, 12), commit: low }, high: { ref: high.slice(0, 12), commit: high } });
    }
    const make = async () => {
        const s = await rangeOf(subject, ends, ports, ctx, true);
        if (!a || !b)
            s.notes.push(`no commit range: ${!a ? `the commit of ${labels.from}` : `the commit of ${labels.to}`} is not known here`);
        return s;
    };
    return { ends, make };
}
/** A service's move: between two versions (release notes), else between the commits its pins come from. */
async function serviceMove(c, appTags, ports, ctx) {
    const [oldV, newV] = [versionOfTag(c.oldTag), versionOfTag(c.newTag)];
    if (oldV && newV && oldV !== newV) {
        const v = await versionEnds(oldV, newV, appTags, ports);
        return {
            subject: c.service,
            key: `version\0${oldV}\0${newV}`,
            ends: v.ends,
            make: () => versionMove(c.service, v, appTags, ['CHANGELOG.md'], ports, ctx),
        };
    }
    // The commit the new pin was built from (the digests file's `sha`) before a tag that may be the old one kept;
    // the old side's commit from its `sha-` tag, else the release tag of its version.
    const fromCommit = commitOfTag(c.oldTag) ?? (oldV ? (await firstTag(ports, appTags(oldV)))?.commit : undefined);
    // (A rollback's sourceCommit is the ref it rolls back to, a commit of the values, not of the service.)
    const built = ctx.rollback ? undefined : c.sourceCommit;
    const toCommit = built ?? commitOfTag(c.newTag) ?? (newV ? (await firstTag(ports, appTags(newV)))?.commit : undefined);
    const label = (tag, digest, commit) => tag ?? (commit ? commit.slice(0, 12) : digest ? digest.slice(0, 19) : '—');
    // A digests entry without a tag keeps the target's old tag: the commit it was built from says more.
    const newTag = c.newTag === c.oldTag && toCommit ? undefined : c.newTag;
    const labels = { from: label(c.oldTag, c.oldDigest, fromCommit), to: label(newTag, c.newDigest, toCommit) };
    const key = `commits\0${fromCommit ?? ''}\0${toCommit ?? ''}\0${labels.from}\0${labels.to}`;
    return { subject: c.service, key, ...(await commitMove(c.service, fromCommit, toCommit, labels, ports, ctx)) };
}
/** The chart's move between two versions (its CHANGELOG.md and `<chart>-<version>` tags), when its version changes. */
async function chartMove(plan, ports, ctx) {
    const chart = plan.chart;
    const [oldC, newC] = [valid_default()(chart?.old ?? ''), valid_default()(chart?.new ?? '')];
    if (!chart || !oldC || !newC || oldC === newC)
        return undefined;
    const { dirs, names } = chartFolders(ctx.charts, chart);
    const subject = `chart ${chart.chart ?? (names.length === 1 ? names[0] : (chart.application ?? ''))}`.trim();
    const direction = compare_default()(newC, oldC) < 0 ? 'removes' : 'adds';
    const none = { subjects: [subject], direction, from: oldC, to: newC, entries: [], pulls: [], notes: [NO_FOLDER] };
    if (dirs.length === 0)
        return { subject, make: () => Promise.resolve(none) };
    // chart-releaser's `<chart>-<version>` tags; the app's `v1.2.0` would be another thing's version.
    const chartTags = (v) => names.map((n) => `${n}-${v}`);
    const v = await versionEnds(oldC, newC, chartTags, ports);
    const changelogs = dirs.map((d) => `${d}/CHANGELOG.md`);
    return { subject, ends: v.ends, make: () => versionMove(subject, v, chartTags, changelogs, ports, ctx) };
}
/**
 * What the promotion `plan` ships, service by service and then the chart.
 * A service whose tag names a version on both sides lists the release notes
 * in between; otherwise the commits the pins come from (the digests file's
 * `sha`, a `sha-abc1234` tag) give the range and its merged pull requests.
 * Every move's ends are found first, so that the commits of all their ranges
 * are read in one history walk, not one git log per range.
 */
async function whatsIn(plan, given, ctx) {
    const ports = new OnceEach(given);
    const appTags = (v) => [`${ctx.tagPrefix}${v}`, `v${v}`, v];
    const { names } = chartFolders(ctx.charts, plan.chart);
    const chartTags = (v) => names.map((n) => `${n}-${v}`);
    // Every tag the sections below resolve, fetched together first: one fetch for the run, not one per tag.
    await given.fetchTags(tagsNeeded(plan, ctx, appTags, chartTags));
    const moves = [];
    for (const c of plan.changes)
        moves.push(await serviceMove(c, appTags, ports, ctx));
    const chart = await chartMove(plan, ports, ctx);
    if (chart)
        moves.push(chart);
    await ports.readRanges(moves.flatMap(({ ends: e }) => (e?.low && e.high ? [{ from: e.low.commit, to: e.high.commit }] : [])));
    const shipments = [];
    for (const m of moves) {
        // A service that moves between the ends another one already moves between joins its shipment.
        const s = m.key === undefined ? await m.make() : await ports.shipment(m.key, () => m.make());
        if (!shipments.includes(s))
            shipments.push(s);
        if (!s.subjects.includes(m.subject))
            s.subjects.push(m.subject);
    }
    return { shipments };
}
/** The source pull requests a promotion brings (release-note entries' and commit ranges'; a rollback's removals are not). */
function shippedPulls(w) {
    const all = w.shipments
        .filter((s) => s.direction === 'adds')
        .flatMap((s) => [...s.entries.flatMap((e) => e.pulls), ...s.pulls.map((p) => p.number)]);
    return [...new Set(all)].sort((a, b) => a - b);
}
/**
 * What `plan` ships, read through a promotion's ports at `baseSha`. Never
 * fails the promotion: a failure to read it (a git or API fault) becomes
 * the `failed` line shown in its place.
 */
async function shippedBy(plan, req, world, baseSha) {
    if (plan.changes.length === 0 && !plan.chart)
        return { shipments: [] };
    const github = world.github;
    const ports = {
        readAt: (c, p) => world.git.readAt(c, p),
        resolveRef: (r) => world.git.resolveRef(r),
        fetchTags: (g) => world.git.fetchTags(g),
        commitsBetween: (a, b) => world.git.commitsBetween(a, b),
        commitsInRanges: (r) => world.git.commitsInRanges(r),
        pullsOf: github ? (sha) => github.pullsOf(sha) : () => Promise.resolve([]),
    };
    try {
        return await whatsIn(plan, ports, {
            baseSha,
            tagPrefix: req.tagPrefix ?? 'v',
            charts: req.charts,
            rollback: req.from.kind === 'ref',
            repoUrl: world.repoUrl,
        });
    }
    catch (e) {
        return { shipments: [], failed: `what this promotion ships could not be read: ${e instanceof Error ? e.message : String(e)}` };
    }
}

// EXTERNAL MODULE: ./packages/core/src/promote/fleet.ts
var fleet = __webpack_require__(178);
// EXTERNAL MODULE: ./packages/core/src/promote/gates.ts
var gates = __webpack_require__(4502);
// EXTERNAL MODULE: ./packages/core/src/promote/gates/registry.ts
var registry = __webpack_require__(2862);
;// CONCATENATED MODULE: ./packages/core/src/promote/gate-evidence.ts
// The gates run on a planned promotion, before anything is written: each registered gate
// (promote/gates/registry.ts) gathers its evidence, then, when a hold is one break glass lifts, the
// break-glass label on the open promotion pull request is read (through GitHub). The verdict itself is
// promote/gates.ts's.



/**
 * The gates of the planned promotion at `now` (the World's clock): each
 * registered gate's evidence, and the break-glass label on the open pull
 * request when a hold is one it lifts. Undefined when no gate is configured
 * for this route.
 */
async function checkGates(req, route, ports, plan, baseSha, now, cache) {
    // Many apps: each app's gates on its own files and plan, one verdict (the strictest).
    if (plan.apps) {
        const verdicts = [];
        for (const a of plan.apps)
            verdicts.push(await checkGates(a.req, a.route, ports, a.plan, baseSha, now, cache));
        return (0,fleet/* fleetVerdict */.GC)(verdicts);
    }
    const ctx = { req, route, ports, plan, baseSha, now, cache };
    const evidence = {};
    for (const gate of registry/* GATES */.J) {
        const found = await gate.gather(ctx);
        if (found !== undefined)
            evidence[gate.name] = found;
    }
    if (Object.keys(evidence).length === 0)
        return undefined;
    const input = { now, push: req.push, evidence };
    // The label is looked up only when a hold is one it lifts: a promotion inside its window reads nothing more.
    if (req.push === 'pr' && ports.github && (0,gates/* liftable */.wz)((0,gates/* gateVerdict */.lr)(input).holds))
        input.breakGlass = await ports.github.breakGlass(route.branch, req.base, req.breakGlassLabel);
    return (0,gates/* gateVerdict */.lr)(input);
}

// EXTERNAL MODULE: ./packages/core/src/promote/hydrated.ts
var promote_hydrated = __webpack_require__(8606);
// EXTERNAL MODULE: ./packages/core/src/trail/trail.ts
var trail = __webpack_require__(1062);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
;// CONCATENATED MODULE: ./packages/core/src/operations/promote/hydrated.ts
// promote-env into an environment whose hydrate: says promote: lockstep (issue 59 item 2): no file is edited.
// hydrate-env already wrote the environment's proposed branch; the promotion is the pull request from it into
// the active branch, whose diff is the hydrated change. The same gates decide first (promote/hydrated.ts builds
// their evidence from the hydrated branches): a hold that refuses opens nothing and ends the run with exit 1;
// a hold that drafts opens a draft without auto-merge. Nothing to promote (the active branch already holds the
// proposed tip, or runs the same DRY commit) opens nothing.






/**
 * The require-checks' states where the promoted DRY commit was proven: on the commit the source environment runs
 * when it is hydrated (the merge that landed its hydrator.metadata on its active branch, as waves read them), else
 * on the DRY commit itself. A hydrated source that runs nothing yet has no such commit: refused.
 */
async function sourceChecks(req, route, ports, dry) {
    if (!ports.github)
        throw new errors/* UserError */.yo((0,errors/* words */.aL) `require-checks needs ${(0,errors/* named */.KT)('github-token')}`, { hint: (0,errors/* words */.aL) `${(0,errors/* setting */.Pe)('github-token')} (checks: read)` });
    const source = req.from.kind === 'env' ? route.from : undefined;
    const t = source ? req.hydrated?.[source.name] : undefined;
    const sha = t ? await (0,promote_hydrated/* landedHydrated */.IZ)(ports, t) : dry;
    if (!sha)
        throw new errors/* UserError */.yo(`require-checks: ${source.name} runs nothing on ${t.active} yet, so no commit of it carries the checks`, {
            hint: `promote ${source.name} first (its pull request into ${t.active} merged), then ${route.to.name}`,
        });
    return { sha, states: await ports.github.checkStates(sha, req.requireChecks) };
}
/** The promotion of `target`'s proposed branch into its active branch, gates first. */
async function promoteHydrated(req, route, target, ports, clock) {
    if (req.from.kind === 'ref')
        throw new errors/* UserError */.yo(`${route.to.name} is promoted from its hydrated branch ${target.proposed}, which a rollback (from: ref:) does not name`, {
            hint: `revert the DRY commit on ${req.base} and let hydrate-env write ${target.proposed}, then promote it`,
        });
    const baseSha = await (0,promote_session/* fetchBase */.cu)(ports, req.base);
    const { next, active, pending, problem } = await (0,promote_hydrated/* hydratedPending */.b6)(ports.git, target, route.to.name);
    if (problem)
        throw problem;
    const label = route.from?.name ?? 'hydrated';
    const base = { route, baseSha, diff: '', pushed: false, plan: (0,promote_hydrated/* emptyPlan */.n7)(label) };
    if (!pending)
        return {
            ...base,
            changed: false,
            outcome: 'nothing',
            hydrated: { active: target.active, drySha: next.drySha },
            notes: [`${target.active} already runs what ${target.proposed} holds (DRY commit ${next.drySha.slice(0, 12)}); nothing to promote.`],
        };
    const dry = next.drySha;
    // require-checks, before the gates and before anything opens: green where the source runs what is promoted.
    if (req.requireChecks.length > 0) {
        const checks = await sourceChecks(req, route, ports, dry);
        if (!checks.states.every((s) => s.state === 'success'))
            return { ...base, plan: { ...base.plan, checks: [checks] }, changed: false, outcome: 'checks', notes: [] };
    }
    const ships = active.drySha ? await ports.git.commitsBetween(active.drySha, dry) : undefined;
    const cache = new parse_cache/* ParseCache */.i();
    const gate = await (0,promote_hydrated/* hydratedGates */.cL)({ req, route, ports, target, dry, baseSha, now: clock.now(), cache });
    const notes = [
        `${target.proposed} → ${target.active}: the manifests hydrated from DRY commit ${dry.slice(0, 12)}${active.drySha ? ` (${target.active} runs ${active.drySha.slice(0, 12)})` : ''}.`,
        ...(gate?.notes ?? []),
    ];
    const result = { ...base, notes, ...(gate ? { gate } : {}) };
    const held = gate?.action === 'refuse';
    if (held)
        return { ...result, changed: false, outcome: 'held' };
    if (req.dryRun)
        return { ...result, changed: true, outcome: 'dry-run' };
    const github = ports.github;
    if (!github)
        throw new errors/* UserError */.yo((0,errors/* words */.aL) `opening a pull request needs ${(0,errors/* named */.KT)('github-token')}`, {
            hint: (0,errors/* words */.aL) `${(0,errors/* setting */.Pe)('github-token')} (pull-requests: write)`,
        });
    const draft = route.to.protected || (req.draft ?? false) || gate?.action === 'draft';
    const { pull, outcome } = await github.upsertPull({
        branch: target.proposed,
        base: target.active,
        title: `promote: ${route.from ? `${route.from.name} → ` : ''}${route.to.name} (hydrated ${dry.slice(0, 12)})`,
        body: hydratedBody(route, target, next, active, ships, gate),
        draft,
        labels: req.labels,
        reviewers: req.reviewers,
    });
    // A break-glass label lets a held pull request through: the draft a hold made leaves draft (GitHub merges no
    // draft) and auto-merge is asked for then, as for a promotion of pins (run.ts's openPull).
    if (gate?.breakGlass && !draft && pull.draft)
        notes.push(await undraft(github, pull));
    const wantAutoMerge = !route.to.protected && !draft && route.to.settings.autoMerge;
    const autoMerge = wantAutoMerge && (outcome === 'created' || gate?.breakGlass) ? await github.enableAutoMerge(pull) : undefined;
    return {
        ...result,
        changed: true,
        outcome: 'pr',
        branch: target.proposed,
        pull,
        pullOutcome: outcome,
        commit: next.tip,
        draft,
        ...(autoMerge ? { autoMerge } : {}),
    };
}
/** The break-glass label's pull request taken out of draft, or why it could not be; the note that says which. */
async function undraft(github, pull) {
    const ready = await github.readyForReview(pull);
    return ready.ready
        ? `Break glass: #${pull.number} is no longer a draft.`
        : `Break glass: #${pull.number} could not be taken out of draft (${ready.reason ?? 'refused'}); it does not merge until someone marks it ready for review.`;
}
/** The pull request's body: what it promotes, the DRY commits it ships, the gates' lines, how to check it. */
function hydratedBody(route, target, next, active, ships, gate) {
    const code = (s) => `\`${s.replace(/`/g, '')}\``;
    const dry = next.drySha;
    const lines = [
        `Promotes the hydrated manifests of **${(0,markdown/* escapeMarkdown */.FV)(route.to.name)}**: ${code(target.proposed)} → ${code(target.active)}, rendered from DRY commit ${code(dry)}. The diff is what the cluster receives.`,
        '',
        '### What ships',
        '',
    ];
    if (!ships)
        lines.push(`The first promotion of ${code(target.active)}: it names no DRY commit yet.`);
    else if (ships.length === 0)
        lines.push(`No DRY commit between ${code(active.drySha.slice(0, 12))} and ${code(dry.slice(0, 12))}.`);
    else {
        lines.push(`The DRY commits since ${code(active.drySha.slice(0, 12))}, the commit ${code(target.active)} runs:`, '');
        for (const c of ships)
            lines.push(`- ${code(c.sha.slice(0, 12))} ${(0,markdown/* escapeMarkdown */.FV)(c.subject)}`);
    }
    // What the gates held or let through, one quoted line each and escaped (a login is no mention), as in a promotion of pins.
    if (gate && (gate.holds.length > 0 || gate.notes.length > 0))
        lines.push('', '### Gates', '', ...[...(0,gates/* gateLines */.HN)(gate), ...gate.notes].flatMap((n) => ['> [!IMPORTANT]', `> ${(0,markdown/* escapeMarkdown */.FV)(n)}`, '']));
    lines.push('', `hydrate-env with mode: check and commit: ${code(next.tip)} refuses a hand edit of this branch (the head must be a fresh render of its drySha).`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/promote/publish/branch.ts
var branch = __webpack_require__(9256);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/registry/retry.ts
var retry = __webpack_require__(6371);
;// CONCATENATED MODULE: ./packages/core/src/promote/publish/notify.ts
// Notifications (issue 75 item 5): one event per promotion outcome — opened, held, landed, rolled-back — as a
// step output and in `--json`, and, when `notify-webhook` is set, POSTed there. The body is signed with
// HMAC-SHA256 of `notify-secret` in `X-Hub-Signature-256: sha256=<hex>`, as GitHub signs its own webhooks, and
// carries a stable event id (also `X-Lockstep-Delivery`): the same outcome of the same promotion has the same id
// on every attempt and every re-run, so a receiver drops what it has seen. Delivery is retried on a network error,
// 429 and 5xx with the registry's backoff policy (registry/retry.ts), at most DELIVERY_ATTEMPTS times; a receiver
// that never answers leaves the promotion as it went, with a warning. `notify-format: slack` sends `{ text }`.


/** Attempts at one delivery: the first and three retries. */
const DELIVERY_ATTEMPTS = 4;
/** The event's id: the same for the same outcome of the same promotion (repository, event, environment, pull or commit, what it writes). */
function eventId(e) {
    const key = JSON.stringify([e.repository, e.event, e.environment, e.pull?.number ?? null, e.commit ?? null, e.changes, e.holds ?? []]);
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 32);
}
/** A pin change as an event lists it: the service, and its tag@digest before and after. */
function eventChange(c) {
    const pin = (tag, digest) => (tag || digest ? `${tag ?? ''}${digest ? `@${digest}` : ''}` : undefined);
    const [from, to] = [pin(c.oldTag, c.oldDigest), pin(c.newTag, c.newDigest)];
    return { service: c.service, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
/** The body sent: the event as JSON, or Slack's `{ text }`. */
function eventBody(e, format) {
    if (format === 'json')
        return JSON.stringify(e);
    const what = e.changes.map((c) => `${c.service} ${c.from ?? '—'} → ${c.to ?? '—'}`).join(', ');
    const where = e.pull ? ` <${e.pull.url}|#${e.pull.number}>` : e.commit ? ` ${e.commit.slice(0, 12)}` : '';
    const verb = { opened: 'promotion opened', held: 'promotion held', landed: 'promotion landed', 'rolled-back': 'rollback' }[e.event];
    const held = e.holds?.length ? `: ${e.holds.join('; ')}` : '';
    return JSON.stringify({
        text: `${e.repository}: ${verb} into ${e.environment}${e.from ? ` from ${e.from}` : ''}${where}${what ? ` (${what})` : ''}${held}`,
    });
}
/**
 * POSTs `event` to `target`, signed, retried on a network error, 429 and 5xx (Retry-After honoured up to the
 * policy's bound), each attempt with the same id; never throws: what became of it is the Delivery.
 */
async function deliver(event, target, send, clock) {
    const host = new URL(target.url).host;
    const body = Buffer.from(eventBody(event, target.format));
    const headers = {
        'Content-Type': 'application/json',
        'User-Agent': 'lockstep-promote-env',
        'X-Lockstep-Event': event.event,
        'X-Lockstep-Delivery': event.id,
        ...(target.secret ? { 'X-Hub-Signature-256': `sha256=${(0,external_node_crypto_.createHmac)('sha256', target.secret).update(body).digest('hex')}` } : {}),
    };
    let last = {};
    for (let n = 1; n <= DELIVERY_ATTEMPTS; n++) {
        let wait;
        try {
            const res = await send({
                method: 'POST',
                url: target.url,
                headers,
                body,
                maxBytes: 64 * 1024,
                maxErrorBytes: 4 * 1024,
                timeoutMs: 10000,
            });
            if (res.status >= 200 && res.status < 300)
                return { host, delivered: true, attempts: n, status: res.status };
            last = { status: res.status, error: `answered HTTP ${res.status}` };
            if (!(0,retry/* isRetryableStatus */.PS)(res.status))
                return { host, delivered: false, attempts: n, ...last };
            wait = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after'], clock.now());
        }
        catch (e) {
            last = { error: e instanceof Error ? e.message : String(e) };
        }
        if (n < DELIVERY_ATTEMPTS)
            await clock.sleep(Math.min(wait ?? (0,retry/* backoffDelay */.EY)(n, retry/* DEFAULT_RETRY */.vI, clock.random()), retry/* DEFAULT_RETRY */.vI.maxRetryAfterMs));
    }
    return { host, delivered: false, attempts: DELIVERY_ATTEMPTS, ...last };
}
/** The events of one run: the promotion that landed at the base's tip, then this run's own outcome (none for a dry run or nothing). */
function promotionEvents(o, repository) {
    const events = [];
    if (o.landed)
        events.push({
            event: 'landed',
            repository,
            environment: o.landed.environment,
            pull: { number: o.landed.number, url: o.landed.url },
            changes: [],
        });
    const changes = o.changes.map(eventChange);
    const base = { repository, environment: o.environment, ...(o.from ? { from: o.from } : {}), changes };
    if (o.outcome === 'pr' && o.pull)
        events.push({ ...base, event: o.rollback ? 'rolled-back' : 'opened', pull: o.pull });
    if (o.outcome === 'direct' && o.commit)
        events.push({ ...base, event: o.rollback ? 'rolled-back' : 'landed', commit: o.commit });
    if (o.outcome === 'held' || o.outcome === 'checks')
        events.push({ ...base, event: 'held', holds: [...o.holds] });
    return events.map((e) => ({ id: eventId(e), ...e }));
}

;// CONCATENATED MODULE: ./packages/core/src/operations/promote/notify.ts
// The notifications of one promotion run (promote/publish/notify.ts): its events built from the outcome, and,
// when notify-webhook is set, each delivered. A promotion pull request the base's tip merged is asked of GitHub
// only then, and only with a token: it is the `landed` event of the promotion before this one.




/** The run's events and their deliveries; nothing for a dry run. A GitHub that cannot say what landed leaves that event out. */
async function notifyOutcome(req, r, ports, world) {
    if (req.dryRun)
        return { events: [] };
    const repoUrl = ports.repoUrl ?? r.repoUrl;
    const repository = repoUrl?.split('/').slice(-2).join('/') ?? req.repository ?? 'local';
    let landed;
    if (req.notifyWebhook && ports.github) {
        try {
            const merged = await ports.github.mergedPromotion(r.baseSha);
            if (merged)
                landed = {
                    environment: branch/* PromotionBranch */.G.environment(merged.head),
                    number: merged.number,
                    url: `${repoUrl ?? ''}/pull/${merged.number}`,
                };
        }
        catch (e) {
            if (!(e instanceof errors/* UserError */.yo))
                throw e;
        }
    }
    const holds = r.gate ? (0,gates/* gateLines */.HN)(r.gate) : r.outcome === 'checks' ? checkHolds(r) : [];
    const events = promotionEvents({
        outcome: r.outcome,
        environment: r.route.to.name,
        ...(r.route.from ? { from: r.route.from.name } : {}),
        rollback: req.from.kind === 'ref',
        changes: r.plan.changes,
        ...(r.pull ? { pull: { number: r.pull.number, url: r.pull.url } } : {}),
        ...(r.commit ? { commit: r.commit } : {}),
        holds,
        ...(landed ? { landed } : {}),
    }, repository);
    if (!req.notifyWebhook || events.length === 0)
        return { events };
    const target = { url: req.notifyWebhook, format: req.notifyFormat, ...(req.notifySecret ? { secret: req.notifySecret } : {}) };
    const deliveries = [];
    // One after the other: a receiver sees the landing before the next promotion's opening.
    for (const e of events)
        deliveries.push(await deliver(e, target, (q) => ports.webhook(q), world.clock));
    return { events, deliveries };
}
/** A promotion stopped by its required checks, as its hold: each check that is not green, on the commit it was read on. */
function checkHolds(r) {
    return r.plan.checks.flatMap((c) => c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`));
}

// EXTERNAL MODULE: ./packages/core/src/deploy/fleet.ts + 1 modules
var deploy_fleet = __webpack_require__(5137);
// EXTERNAL MODULE: ./packages/core/src/promote/rendered-run.ts + 1 modules
var rendered_run = __webpack_require__(8227);
// EXTERNAL MODULE: ./packages/core/src/promote/status-tables.ts
var status_tables = __webpack_require__(1646);
;// CONCATENATED MODULE: ./packages/core/src/operations/promote/steps.ts
// The small steps of a promotion that run.ts calls around its plan, gate and publish: the side-by-side table of
// every environment, the ports that count digests for the progress line, the source's label in titles,
// notify-pulls' trail of a landed promotion, and the commits commit-mode api wrote. Split from run.ts to keep it
// under 400 lines; nothing here decides whether a promotion goes.







/** Every environment side by side at the base the promotion was planned on, the target as it leaves it. */
async function summaryTable(req, route, r, ports) {
    const edited = new Map(r.plan.files.map((f) => [f.path, f.after]));
    // A service an environment's file does not pin (an image inline in a base, set by a patch) is what its render runs.
    const rendered = (env, read) => (0,rendered_run.renderedRun)(req, env, ports, r.baseSha, read);
    const paths = req.environments.some(deploy_fleet/* isFleet */.xP) ? await (0,deploy_fleet/* fleetPaths */.RK)(req.environments, ports.git, r.baseSha) : undefined;
    return (0,status_tables/* promotionSideBySide */.p$)(req, route.to.index, (p) => ports.git.readAt(r.baseSha, p), edited, new parse_cache/* ParseCache */.i(), rendered, paths);
}
/** The promotion's ports, telling the reporter each digest resolved (a promotion of many services resolves one per image). */
function counting(ports, world) {
    let done = 0;
    return {
        ...ports,
        async resolveDigest(ref, service) {
            const digest = await ports.resolveDigest(ref, service);
            world.reporter.progress?.({ what: 'image digests resolved', done: ++done });
            return digest;
        },
    };
}
/** A label for the source in titles: the environment, `rollback <ref>`, or the digests/version source. */
function fromLabel(req, route) {
    if (req.from.kind === 'ref')
        return `rollback ${req.from.ref}`;
    if (route.from)
        return route.from.name;
    if (req.version)
        return `version ${req.version}`;
    if (req.digests)
        return 'digests';
    return 'chart';
}
/** notify-pulls is on, and the source pull requests live here: promoting in another repository, their numbers are the checkout's, not its. */
function trailing(req) {
    return req.settings.notifyPulls && req.repository === undefined;
}
/** notify-pulls: when the base's tip merged a promotion pull request, its step (`→ staging (#41, merged 2026-11-20)`) on the pull requests it shipped. */
async function trailLanded(ports, baseSha) {
    const github = ports.github;
    if (!github)
        return [];
    const merged = await github.mergedPromotion(baseSha);
    if (!merged)
        return [];
    const pulls = (0,trail/* shipsOf */.Lh)(merged.body);
    if (pulls.length === 0)
        return [];
    const environment = branch/* PromotionBranch */.G.environment(merged.head);
    const outcome = await github.leaveTrail(pulls, { environment, pull: merged.number, state: `merged ${merged.mergedAt.slice(0, 10)}` });
    return (0,trail/* describeTrail */.ee)(`${environment} #${merged.number} merged`, outcome);
}
/** The commits a publish wrote through the API (commit-mode api), as a result field; nothing in git mode. */
function apiCommits(published) {
    return 'commits' in published && published.commits ? { apiCommits: published.commits } : {};
}
/** What the plan as it stands ships, with the repository's address for links; a failure to read it is a note, not a failure. */
async function shipped(req, ports, state) {
    const { failed, ...whatsIn } = await shippedBy(state.plan, req, ports, state.baseSha);
    if (failed)
        state.notes.push(failed);
    return { whatsIn, ...(ports.repoUrl ? { repoUrl: ports.repoUrl } : {}) };
}

;// CONCATENATED MODULE: ./packages/core/src/operations/promote/run.ts
// One promotion end to end, its steps named: read the request (the config
// here, or at the base of the repository promoted in), check the route once,
// open the repository, plan on the base, gate, publish — a commit on
// promote/<to> and one pull request per target (updated in place, a human's
// commits on it re-applied), or with push: direct a commit on the base branch
// itself, pushed with a lease. A base that moves between fetch and push is
// fetched again and the promotion re-planned.


















/**
 * promote-env and `lockstep promote`: the request read and its route checked
 * (a local config's before anything opens, another repository's once its
 * config is read), the repository opened, the promotion carried out on the
 * checked route, the session closed.
 */
async function runPromote(i, world) {
    // Each plan parses every environment's values file (hundreds of KB with hundreds of services) several times:
    // garbage that would grow V8's nursery to its ceiling (500 services peaked at 270 MB, ~5 MB of it live), and,
    // promoted, the old generation far past what is live (favourSmallHeap); at L (1,000 services) how late a
    // mark-compact caught up moved the peak between 130 and 151 MB from run to run (saveHeapMemory).
    // Kept since the pin index (issue 58): without it a dry run at L took ~0.4 s less CPU but peaked at 136–148 MB,
    // and the heap a 300-service run holds at its first pull-request request rose from under 17 MB to 17.4–17.5 MB
    // (promote-env-memory.test.ts), what the mode's flushing of compiled code no longer frees.
    (0,young_generation/* holdYoungGeneration */.kK)();
    (0,young_generation/* favourSmallHeap */.T$)();
    (0,young_generation/* saveHeapMemory */.JS)();
    const local = await (0,promote_session/* localPromotion */.dG)(i, world.workspace);
    // Every wave's route is checked before anything opens when the config is local (one wave: the target's).
    if (local.request)
        (0,promote_waves/* planWaves */.Kc)(local.request);
    const session = await (0,promote_session/* openSession */.fA)(i, local, world);
    world.reporter.group(`Promoting ${i.from ?? 'new pins'} → ${i.to}`);
    try {
        const asked = await (0,promote_session/* sessionRequest */.yi)(i, local, session);
        const waves = (0,promote_waves/* planWaves */.Kc)(asked);
        const ports = counting(session.world, world);
        const shows = { whatShips: world.showsWhatShips !== false };
        // Several targets are waves (promote/waves.ts): each run advances them as far as they may go.
        const { result: r, wave, report, } = waves.length > 1
            ? await (0,promote_waves/* advanceWaves */.pu)(waves, ports, asked.requireChecks, async (q, route) => {
                const done = await promoteOn(q, route, ports, world.clock, shows);
                // A wave that landed moved the base: the next wave plans on the new tip, fetched anew.
                (0,promote_session/* forgetFetchedBases */.TX)(ports);
                return done;
            })
            : { result: await promoteOn(waves[0].req, waves[0].route, ports, world.clock, shows), wave: waves[0], report: undefined };
        const req = wave.req;
        // The job summary ends with every environment side by side; no other face shows it, so only there are the
        // other environments' files read (a fleet of a hundred would be read for nothing by a dry run in a terminal).
        const plan = world.summarises !== false ? { ...r.plan, drift: await summaryTable(req, wave.route, r, ports) } : r.plan;
        const notified = await notifyOutcome(req, r, ports, world);
        return {
            notified,
            ...r,
            plan,
            ...(report ? { waves: report } : {}),
            ...(session.readFrom ? { readFrom: session.readFrom } : {}),
            request: req,
            dryRun: req.dryRun,
            ...(0,fleet/* renderedRows */.L5)(r.plan),
            changes: r.plan.files,
            outputs: {
                changed: String(r.changed),
                'pr-number': r.pull ? String(r.pull.number) : '',
                'pr-url': r.pull?.url ?? '',
                branch: r.branch ?? '',
                changes: (0,publish_report/* changesOutput */.b4)(r.plan),
                events: JSON.stringify(notified.events),
            },
        };
    }
    finally {
        world.reporter.endGroup();
        await session.close();
    }
}
/**
 * The promotion `req` on its checked `route` through `ports`: plan on the
 * base, stop at red checks, nothing to do or a dry run, else publish and, for
 * push: pr, open or update the pull request. What it ships is read for the
 * pull request's body, and for the result when the face `shows` it.
 */
async function promoteOn(req, route, ports, clock, shows = { whatShips: true }) {
    // An environment whose hydrate: says promote: lockstep: the pull request between its hydrated branches (hydrated.ts).
    const hydrated = (0,promote_hydrated/* lockstepHydrated */.D9)(req, route.to.name);
    if (hydrated)
        return promoteHydrated(req, route, hydrated, ports, clock);
    if (req.requireChecks.length > 0 && !ports.github)
        throw new errors/* UserError */.yo((0,errors/* words */.aL) `require-checks needs ${(0,errors/* named */.KT)('github-token')}`, { hint: (0,errors/* words */.aL) `${(0,errors/* setting */.Pe)('github-token')} (checks: read)` });
    const baseSha = await (0,promote_session/* fetchBaseAhead */.dT)(req, route, ports);
    // notify-pulls: a promotion pull request that just merged (the base's tip is its merge) adds its step to the trail.
    const landed = trailing(req) && !req.dryRun ? await trailLanded(ports, baseSha) : [];
    const cache = new parse_cache/* ParseCache */.i();
    const state = { plan: await (0,promote_session/* planRouted */.BM)(req, route, ports, baseSha, cache), baseSha, notes: landed, cache };
    const result = (over) => ({
        route,
        plan: state.plan,
        baseSha: state.baseSha,
        diff: (0,diff/* renderDiff */["in"])(state.plan.files),
        notes: [...state.plan.notes, ...state.notes, ...(state.gate?.notes ?? [])],
        pushed: false,
        ...(state.gate ? { gate: state.gate } : {}),
        ...over,
    });
    if (!(0,plan/* checksGreen */.FX)(state.plan))
        return result({ changed: false, outcome: 'checks' });
    if (state.plan.files.length === 0)
        return result({ changed: false, outcome: 'nothing' });
    // The gates (soak time, windows), on the World's clock and before anything is written: a refusal ends here.
    const gate = (state.gate = await checkGates(req, route, ports, state.plan, state.baseSha, clock.now(), cache));
    // The gates were the parses' last reader: what follows (the commit, the pull request, what it ships) reads the
    // plan, not the files. Held on, the parsed environments (~4 MB each at 500 services) would sit under the git
    // pushes and the API requests, where the run peaks. A plan made again on a moved base parses them anew.
    cache.clear();
    const held = gate?.action === 'refuse';
    const told = async () => (shows.whatShips ? await shipped(req, ports, state) : {});
    if (!held)
        state.plan.notes.push(...(await (0,registry_copy/* copyPlannedImages */._K)(req, state.plan.changes, route, ports, req.dryRun)));
    // A dry run asks whether the promotion would land now: any hold answers no (exit 1, the hold said first), a
    // window's too, whose real run opens a draft that waits for it; its plan is still shown.
    if (req.dryRun) {
        const holds = held || gate?.action === 'draft';
        return result({ changed: !holds, outcome: holds ? 'held' : 'dry-run', ...(await told()) });
    }
    if (held)
        return result({ changed: false, outcome: 'held' });
    const direct = req.push === 'direct';
    if (!direct && !ports.github)
        throw new errors/* UserError */.yo((0,errors/* words */.aL) `opening a pull request needs ${(0,errors/* named */.KT)('github-token')}`, {
            hint: (0,errors/* words */.aL) `${(0,errors/* setting */.Pe)('github-token')} (contents: write, pull-requests: write)`,
        });
    const label = fromLabel(req, route);
    const branch = direct ? req.base : route.branch;
    const published = await publishCommit(req, route, ports, state, branch, label);
    state.baseSha = published.baseSha;
    if (published.outcome === 'rejected')
        throw new errors/* UserError */.yo(`the push to ${branch} was rejected: ${published.detail}`, {
            hint: direct
                ? (0,errors/* words */.aL) `check branch protection: ${(0,errors/* named */.KT)('push', 'direct')} needs a token allowed to push to the base branch`
                : 'check the token may push branches (contents: write)',
        });
    if (published.outcome === 'empty')
        return result({ changed: false, outcome: 'nothing' });
    if (direct) {
        if (published.outcome === 'conflict')
            throw new Error(`unexpected conflict on a direct push to ${branch}`);
        return result({
            changed: true,
            outcome: 'direct',
            branch,
            commit: published.head,
            pushed: published.outcome !== 'unchanged',
            ...(await told()),
            ...apiCommits(published),
        });
    }
    return result(await openPull(req, route, ports, state, published, branch, label, gate));
}
/** The generated commit on `branch`, published with a lease; planned again, gates included, when the base moved since the last plan. */
function publishCommit(req, route, ports, state, branch, label) {
    return ports.git.publish({
        base: req.base,
        branch,
        commitMode: req.settings.commitMode,
        plan: async (sha) => {
            if (sha !== state.baseSha) {
                // The base moved since the last plan (another push landed): plan again on it, gates included.
                state.notes.push(`${req.base} moved while promoting (${state.baseSha.slice(0, 12)} → ${sha.slice(0, 12)}); fetched it again and re-planned.`);
                state.baseSha = sha;
                state.plan = await (0,promote_session/* planRouted */.BM)(req, route, ports, sha, state.cache);
                if (!(0,plan/* checksGreen */.FX)(state.plan))
                    throw new errors/* UserError */.yo('required checks are not green on the moved base', { hint: 'run again when they pass; nothing was written' });
                state.plan.notes.push(...(await (0,registry_copy/* copyPlannedImages */._K)(req, state.plan.changes, route, ports, false)));
            }
            return {
                files: state.plan.files.map((f) => ({ path: f.path, content: f.after })),
                message: (0,publish_report/* commitMessage */.df)((0,publish_report/* pullTitle */.SI)(label, route.to.name, state.plan), state.plan, {
                    environment: route.to.name,
                    from: req.from.kind === 'ref' ? `ref:${req.from.ref}` : label,
                    rollback: req.from.kind === 'ref',
                }),
            };
        },
    });
}
/**
 * The pull request from the published branch: opened or updated (a draft
 * into a protected environment), a conflicting human commit said in its body,
 * and auto-merge asked for when the target allows it and something changed.
 */
async function openPull(req, route, ports, state, published, branch, label, gate) {
    const github = ports.github;
    const warnings = [];
    let head;
    let pushed = false;
    if (published.outcome === 'conflict') {
        head = published.previous;
        const where = published.files.length > 0 ? ` in ${published.files.join(', ')}` : '';
        warnings.push(`${branch} has a commit (${published.commit.slice(0, 12)} "${published.subject}") that conflicts with this promotion${where}${published.reason ? ` (${published.reason})` : ''}; the branch was left alone — resolve it by hand.`);
    }
    else {
        head = published.head;
        pushed = published.outcome !== 'unchanged';
        if (published.replayed.length > 0)
            state.notes.push(`Kept ${published.replayed.length} commit${published.replayed.length === 1 ? '' : 's'} someone added to ${branch}.`);
    }
    state.notes.push(...warnings);
    // A promotion a gate holds is a draft without auto-merge until the gate lets it through (a rerun then).
    const held = gate?.action === 'draft';
    const draft = route.to.protected || (req.draft ?? false) || held;
    const ships = await shipped(req, ports, state);
    let opened;
    try {
        opened = await github.upsertPull({
            branch,
            base: req.base,
            title: (0,publish_report/* pullTitle */.SI)(label, route.to.name, state.plan),
            body: (0,publish_report/* pullBody */.c2)({
                // The pull request ends with every environment side by side, the target as it merges.
                plan: { ...state.plan, drift: await summaryTable(req, route, state, ports) },
                fromLabel: label,
                to: route.to.name,
                baseSha: state.baseSha,
                base: req.base,
                repository: req.repository,
                notes: [...state.plan.notes, ...warnings],
                ...ships,
                ...(trailing(req) && ships.whatsIn ? { ships: shippedPulls(ships.whatsIn) } : {}),
                gate: gate && [...(0,gates/* gateLines */.HN)(gate), ...gate.notes],
                commitMode: req.settings.commitMode,
            }),
            draft,
            labels: req.labels,
            reviewers: req.reviewers,
        });
    }
    catch (e) {
        // The branch is already on the remote: say so, so nothing is left half-done without explanation.
        if (pushed && e instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(`${e.message} (the branch ${branch} was pushed at ${head.slice(0, 12)}; a rerun opens the pull request once this is fixed)`, { hint: e.hintWords, cliHint: e.cliHint });
        throw e;
    }
    const { pull, outcome } = opened;
    if (trailing(req) && ships.whatsIn) {
        const pulls = shippedPulls(ships.whatsIn);
        if (pulls.length > 0)
            state.notes.push(...(0,trail/* describeTrail */.ee)(`${route.to.name} #${pull.number}`, await github.leaveTrail(pulls, { environment: route.to.name, pull: pull.number, state: draft ? 'draft' : 'open' })));
    }
    let autoMerge;
    // A break-glass label lets a held pull request through: the draft a hold made leaves draft (GitHub merges no
    // draft), and auto-merge is asked for then, even with nothing pushed.
    if (gate?.breakGlass && !draft && pull.draft) {
        const ready = await github.readyForReview(pull);
        if (ready.ready)
            state.notes.push(`Break glass: #${pull.number} is no longer a draft.`);
        else
            state.notes.push(`Break glass: #${pull.number} could not be taken out of draft (${ready.reason ?? 'refused'}); it does not merge until someone marks it ready for review.`);
    }
    // The target's auto-merge (the input over its config key); never into a protected environment.
    const wantAutoMerge = !route.to.protected && !held && route.to.settings.autoMerge;
    if (wantAutoMerge && (pushed || outcome === 'created' || gate?.breakGlass))
        autoMerge = await github.enableAutoMerge(pull);
    return {
        changed: true,
        outcome: 'pr',
        branch,
        pull,
        pullOutcome: outcome,
        pushed,
        commit: head,
        autoMerge,
        draft,
        ...ships,
        ...apiCommits(published),
    };
}


/***/ })

};

export const id = 352;
export const ids = [352];
export const modules = {

/***/ 7521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ bumpIsEnough),
/* harmony export */   DC: () => (/* binding */ looseChart),
/* harmony export */   WR: () => (/* binding */ requiredLevel),
/* harmony export */   _L: () => (/* binding */ smallestValid),
/* harmony export */   or: () => (/* binding */ undottedPrerelease),
/* harmony export */   t: () => (/* binding */ highestVersion)
/* harmony export */ });
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6225);
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9202);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4100);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2029);
/* harmony import */ var semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_major_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7001);
/* harmony import */ var semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_functions_minor_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6498);
/* harmony import */ var semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(semver_functions_patch_js__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);
/* harmony import */ var semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(semver_functions_prerelease_js__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1731);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8815);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9002);
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

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  queueEntryBase: () => (/* binding */ queueEntryBase),
  takerSearch: () => (/* binding */ takerSearch)
});

// EXTERNAL MODULE: ./packages/core/src/charts/bump-rules.ts
var bump_rules = __webpack_require__(7521);
// EXTERNAL MODULE: ./packages/core/src/git/commits.ts
var commits = __webpack_require__(3852);
// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var spawn = __webpack_require__(669);
;// CONCATENATED MODULE: ./packages/core/src/git/path-changes.ts

/**
 * The first-parent commits from `tip` that changed `paths`, newest first, from one `git log` that walks only
 * as far as the caller reads: leaving the loop (a `break`, a `return`) stops git. `below` ends the walk
 * there: that commit and its ancestors are left out (`tip ^below`), so git never walks the history under it.
 * A walk git refuses (an unknown commit) ends the loop early, as an empty log would.
 */
async function* firstParentChanges(git, tip, paths, below) {
    // From the repository's top, as the paths are given and as --name-only prints them, whatever folder git runs in
    // (a check's working directory may be a subfolder).
    const pathspecs = 'files' in paths ? paths.files.map((f) => `:(top,literal)${f}`) : [`:(top,glob)**/${paths.named}`];
    // One file: every commit of the walk changed it, so no names are asked for, and a commit is handed on as soon
    // as its subject is read, not once git has found the next (which may be far down the history).
    const only = 'files' in paths && paths.files.length === 1 ? paths.files[0] : undefined;
    const names = only === undefined ? ['--diff-merges=first-parent', '--no-renames', '--name-only'] : [];
    const args = [
        '-c',
        'core.quotePath=false',
        'log',
        '-z',
        '--first-parent',
        ...names,
        '--format=%x01%H%x00%s',
        '--end-of-options',
        tip,
        ...(below === undefined ? [] : [`^${below}`]),
        '--',
        ...pathspecs,
    ];
    const stop = new AbortController();
    const arrived = [];
    let ended = false;
    let wake;
    const reader = changeReader(only, (change) => {
        arrived.push(change);
        wake?.();
    });
    const walk = (0,spawn/* gitRecords */.Xq)(git, args, reader.record, stop.signal)
        .then((exit) => exit.code === 0 && reader.end())
        .catch(() => undefined)
        .finally(() => {
        ended = true;
        wake?.();
    });
    try {
        for (;;) {
            while (arrived.length === 0 && !ended)
                await new Promise((done) => (wake = done));
            const next = arrived.shift();
            if (next === undefined)
                return;
            yield next;
        }
    }
    finally {
        stop.abort();
        await walk;
    }
}
/**
 * Reads `--format=%x01%H%x00%s -z --name-only`: a record of SOH and an id begins a commit, the next is its
 * subject, and the records after it (the first after a line break) the paths it changed. Each commit is handed on
 * once the next begins, or at `end`; with `only` (one file, no names asked), as soon as its subject is read.
 */
function changeReader(only, onChange) {
    let current;
    let subject = false;
    return {
        record(record) {
            if (subject) {
                current.subject = record.toString('utf8');
                subject = false;
                if (only !== undefined) {
                    onChange({ ...current, touched: [only] });
                    current = undefined;
                }
                return;
            }
            // git may leave a line break before a commit or its first path.
            const at = record[0] === 0x0a ? 1 : 0;
            if (record[at] === 0x01) {
                if (current)
                    onChange(current);
                current = { sha: record.toString('latin1', at + 1), subject: '', touched: [] };
                subject = true;
            }
            else if (current && record.length > at)
                current.touched.push(record.toString('utf8', at));
        },
        end() {
            if (current)
                onChange(current);
            current = undefined;
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/text/pull-subject.ts
var pull_subject = __webpack_require__(6475);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/queue.ts




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
    const line = await (0,commits/* firstParentsSince */.mM)(git, range.base, range.head).catch(() => []);
    if (!line.includes(sha))
        return undefined;
    const pull = entry.pull ? ` for #${entry.pull}` : '';
    // The entry's own change is what lies between the commit it was built on and the head: a chart the pull
    // requests ahead bumped and this one left alone holds the same version on both, and is not this entry's to bump.
    const changed = await (0,commits/* changedPaths */.vl)(git, sha, range.head);
    return {
        label: `the merge queue entry's base ${sha.slice(0, 12)}${pull}`,
        readFile: (p) => reader.text(`${sha}:${p}`),
        judges: (dir) => changed.some((p) => dir === '' || dir === '.' || p.startsWith(`${dir.replace(/\/+$/, '')}/`)),
    };
}
/** How far back along the first-parent line the commit that set a version is looked for. */
const MAX_LOOKED_BACK = 200;
/**
 * Names the pull request (or the commit) that set a version in a chart file, for every chart a run refuses: the
 * newest first-parent commit of the first of `starts` holding it whose parent held another version. A version
 * the pull request's own fork point already held (`forkPoint`: its merge base) was not taken by another:
 * undefined then, and the refusal stays "not bumped". The pull request comes from the commit's subject as GitHub
 * writes it for a squash or merge commit (a merge queue writes the same ones); otherwise the commit is named.
 *
 * Walks no further than it must. With a fork point, one git process for every refused chart of the run: the
 * commits from a start down to the fork point (`start ^forkPoint`: a commit the fork point holds cannot have
 * been taken by another) that changed any Chart.yaml, read once and shared; a start that is the fork point
 * itself (a pull request up to date with its base, the common case) has nothing to walk and starts no git.
 * Without one (a merge queue entry), each refused chart's own file log, stopped at its answer. It was the whole
 * first-parent log of each refused chart's file read to its end, then a `merge-base --is-ancestor` and a
 * `log -1` for the commit found: three git processes a chart and the whole history walked for each.
 */
function takerSearch(git, reader, starts, forkPoint) {
    const walks = new Map();
    const changesFrom = (start, file) => {
        if (forkPoint === undefined)
            return firstParentChanges(git, start, { files: [file] });
        let walk = walks.get(start);
        if (!walk)
            walks.set(start, (walk = new SharedChanges(firstParentChanges(git, start, { named: 'Chart.yaml' }, forkPoint))));
        return walk.changes();
    };
    const versionAt = async (spec) => {
        const text = await reader.text(spec).catch(() => undefined);
        return text === undefined ? undefined : (0,bump_rules/* looseChart */.DC)(text)?.version;
    };
    return {
        async takenBy(file, version) {
            for (const start of starts) {
                if ((await versionAt(`${start}:${file}`)) !== version)
                    continue;
                if (start === forkPoint)
                    return undefined;
                let looked = 0;
                for await (const { sha, subject, touched } of changesFrom(start, file)) {
                    if (!touched.includes(file))
                        continue;
                    if (++looked > MAX_LOOKED_BACK || (await versionAt(`${sha}:${file}`)) !== version)
                        return undefined;
                    if ((await versionAt(`${sha}^1:${file}`)) === version)
                        continue;
                    const pull = (0,pull_subject/* pullOfSubject */.L)(subject);
                    return pull ? `#${pull.number} (commit ${sha.slice(0, 12)})` : `commit ${sha.slice(0, 12)}`;
                }
                return undefined;
            }
            return undefined;
        },
    };
}
/** One walk's commits, read once from git and handed to every chart that asks, each reading from the newest. */
class SharedChanges {
    read = [];
    ended = false;
    waiting = [];
    constructor(walk) {
        void this.pump(walk);
    }
    async pump(walk) {
        try {
            for await (const change of walk) {
                this.read.push(change);
                this.wake();
            }
        }
        catch {
            // A walk that fails ends the list: what was read stands, as an empty log would.
        }
        finally {
            this.ended = true;
            this.wake();
        }
    }
    wake() {
        const waiting = this.waiting;
        this.waiting = [];
        for (const w of waiting)
            w();
    }
    async *changes() {
        for (let i = 0;; i++) {
            while (i >= this.read.length && !this.ended)
                await new Promise((done) => this.waiting.push(done));
            if (i >= this.read.length)
                return;
            yield this.read[i];
        }
    }
}


/***/ }),

/***/ 6475:
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

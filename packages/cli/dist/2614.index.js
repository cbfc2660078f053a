export const id = 2614;
export const ids = [2614];
export const modules = {

/***/ 24502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ gateLines),
/* harmony export */   gE: () => (/* binding */ heldUntil),
/* harmony export */   lr: () => (/* binding */ gateVerdict),
/* harmony export */   wz: () => (/* binding */ liftable)
/* harmony export */ });
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52862);
// The promotion gates' verdict (issues 19 and 54), folded from plain data: each registered gate's
// evidence (promote/gates/registry.ts), the push mode and a break-glass label. Nothing here reads git,
// GitHub or the clock: each gate gathers its own evidence (promote/gate-evidence.ts runs them), and
// operations/promote/run.ts acts on the verdict.

/** Each registered gate with its evidence, in the registry's order; gates without evidence are not configured here. */
function configured(evidence) {
    const by = evidence;
    return _gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .J.filter((g) => by[g.name] !== undefined).map((gate) => ({ gate, evidence: by[gate.name] }));
}
/**
 * The gates' verdict: each gate's holds, those of a gate break glass lifts
 * lifted by a break-glass label; a hold refuses when its gate says so (a
 * soak by default), else makes a draft; with push: direct any hold refuses.
 */
function gateVerdict(g) {
    const notes = [];
    const holds = [];
    const lifted = [];
    let refuse = false;
    for (const { gate, evidence } of configured(g.evidence)) {
        notes.push(...(gate.notes?.(evidence) ?? []));
        const own = gate.holds(evidence, g.now);
        if (gate.breakGlass && g.breakGlass) {
            lifted.push(...own);
            continue;
        }
        holds.push(...own);
        if (own.length > 0 && gate.onHold(evidence) === 'refuse')
            refuse = true;
    }
    if (lifted.length > 0 && g.breakGlass) {
        const b = g.breakGlass;
        notes.push(`Break glass: the label '${b.label}' on #${b.pull} was added by ${b.by ? `@${b.by}` : 'an unknown user'}${b.at ? ` at ${b.at}` : ''}; it lifted: ${lifted.map((h) => h.message).join('; ')}.`);
    }
    let action = 'go';
    if (holds.length > 0)
        action = g.push === 'direct' || refuse ? 'refuse' : 'draft';
    return { action, holds, lifted, ...(lifted.length > 0 ? { breakGlass: g.breakGlass } : {}), notes };
}
/** Whether a break-glass label would lift any of `holds`: the label is looked up only then. */
function liftable(holds) {
    return holds.some((h) => _gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .J.find((g) => g.name === h.gate)?.breakGlass);
}
/** The latest moment a hold lifts, for "held until". */
function heldUntil(v) {
    const times = v.holds.map((h) => h.until);
    return times.some((t) => t === undefined) ? undefined : Math.max(...times);
}
/** The holds as lines for the job summary, the log and the PR body: which gate held the promotion, and until when. */
function gateLines(v) {
    return v.holds.map((h) => `Held by ${_gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .J.find((g) => g.name === h.gate)?.title ?? h.gate}: ${h.message}.`);
}


/***/ }),

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ lockstepHydrated),
/* harmony export */   IZ: () => (/* binding */ landedHydrated),
/* harmony export */   KC: () => (/* binding */ readHydrated),
/* harmony export */   a1: () => (/* binding */ hydratedTargets),
/* harmony export */   cL: () => (/* binding */ hydratedGates),
/* harmony export */   n7: () => (/* binding */ emptyPlan)
/* harmony export */ });
/* unused harmony exports runsDry, DryRuns */
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(620);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38397);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24502);
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52862);
/* harmony import */ var _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38874);
/* harmony import */ var _gates_fan_in_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7694);
/* harmony import */ var _gates_soak_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37951);
/* harmony import */ var _gates_window_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79546);
// A promotion of hydrated branches (issue 59 item 2): an environment whose `hydrate:` says `promote: lockstep`
// is promoted by a pull request from its proposed branch (`environment/staging-next`) into its active branch
// (`environment/staging`), through the same gates as a promotion of pins. This file is the gates' adapter: it
// builds each registered gate's evidence from the hydrated branches instead of values files. What ships is the
// DRY commit the proposed branch's hydrator.metadata names; an environment runs a DRY commit when its active
// branch's drySha is that commit or comes after it on the DRY history. Soak is measured on the source's active
// branch (when the first commit running it landed there: its pull request's merged_at, else its Deployment), the
// approval read on the pull request that last merged into the source's active branch, fan-in from each listed
// environment's active branch. The verdict, its holds' words and what they do are promote/gates.ts's.









/** Each environment's hydrated branches, by name, for those whose `hydrate:` names its branch; undefined when none does. */
function hydratedTargets(config) {
    const out = {};
    for (const [i, e] of config.environments.entries()) {
        const h = e.hydrate;
        // promote: lockstep reads its branches from the config: an Application's sourceHydrator is not read here.
        if (h?.promote === 'lockstep' && h.branch === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${e.name}: hydrate: says promote: lockstep and names no branch`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['environments', i, 'hydrate']),
                hint: `write hydrate: { branch: environment/${e.name}, promote: lockstep }`,
            });
        if (h?.branch === undefined)
            continue;
        const place = { ...h, branch: h.branch };
        out[e.name] = {
            active: h.branch,
            proposed: (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .proposedBranch */ .h$)(place),
            metadata: (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataPaths */ .w1)(place).at(-1),
            promote: h.promote ?? 'gitops-promoter',
        };
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/** The target of a promotion lockstep carries out on hydrated branches; undefined for a promotion of pins. */
function lockstepHydrated(req, env) {
    const t = req.hydrated?.[env];
    return t?.promote === 'lockstep' ? t : undefined;
}
/**
 * The commit a hydrated environment runs: the one that landed its hydrator.metadata on its active branch (the
 * merge of its last promotion), where GitHub ran the checks of what it deploys; undefined while nothing landed.
 */
async function landedHydrated(ports, t) {
    const tip = await ports.git.fetchBranch(t.active);
    return tip ? ports.git.landedAt(tip, t.metadata) : undefined;
}
/** `branch` fetched from origin and its hydrator.metadata's drySha read (a full SHA, else none). */
async function readHydrated(git, branch, metadata) {
    const tip = await git.fetchBranch(branch);
    if (!tip)
        return { branch };
    const drySha = (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .dryShaOf */ .hu)(await git.readAt(tip, metadata));
    return { branch, tip, ...(drySha ? { drySha } : {}) };
}
/** Whether an environment running DRY commit `runs` runs `dry`: it is `dry` or comes after it on the DRY history. */
async function runsDry(git, runs, dry) {
    if (runs === undefined)
        return false;
    if (runs === dry)
        return true;
    // commitsBetween answers only when its first commit is reachable from its second: `dry` an ancestor of `runs`.
    return (await git.commitsBetween(dry, runs)) !== undefined;
}
/**
 * Whether environment `t`, whose active branch runs DRY commit `runs`, runs `dry`: `runs` is `dry` or after it,
 * or the hydrated commit of `runs` on its proposed branch carries a note (refs/notes/hydrator.metadata, written by
 * hydrate-env when a later DRY commit changed nothing in the environment) naming `dry` or a DRY commit after it.
 * A DRY commit that renders the environment the same makes no hydrated commit, so without the note an environment
 * that is never touched would never be seen to run it. Notes are outside branch protection (anyone who can push a
 * ref can push one), so a note counts only when the proposed branch agrees with it: the noted commit is the
 * branch's newest whose drySha is at or before the noted DRY commit. Had that DRY commit changed the render,
 * hydrate-env would have written a commit for it after the noted one. A note that disagrees is ignored, and
 * `ignored` says so. One per environment and run: the proposed branch is read once.
 */
class DryRuns {
    history;
    git;
    t;
    /** Each note ignored, as a sentence. */
    ignored = [];
    constructor(git, t) {
        this.git = git;
        this.t = t;
    }
    async runs(runs, dry) {
        if (await runsDry(this.git, runs, dry))
            return true;
        if (runs === undefined || !this.git.hydratorNote)
            return false;
        const history = await (this.history ??= this.read());
        // Its newest hydrated commit: the one a note of hydrate-env's is written on.
        const at = history.findIndex((h) => h.drySha === runs);
        if (at < 0)
            return false;
        const hydrated = history[at].sha;
        const noted = await this.git.hydratorNote(hydrated);
        if (noted === undefined || !(await runsDry(this.git, noted, dry)))
            return false;
        for (const later of history.slice(0, at))
            if (later.drySha !== undefined && (await runsDry(this.git, noted, later.drySha))) {
                this.ignore(hydrated, noted, later.sha, later.drySha);
                return false;
            }
        return true;
    }
    ignore(hydrated, noted, later, laterDry) {
        const line = `a note in refs/notes/hydrator.metadata says ${hydrated.slice(0, 12)} of ${this.t.proposed} is the render of DRY commit ${noted.slice(0, 12)}, but ${this.t.proposed} holds ${later.slice(0, 12)} (DRY commit ${laterDry.slice(0, 12)}) after it: the note is ignored`;
        if (!this.ignored.includes(line))
            this.ignored.push(line);
    }
    /** The proposed branch's hydrated commits, newest first, each with the drySha its hydrator.metadata names. */
    async read() {
        const tip = await this.git.fetchBranch(this.t.proposed);
        if (!tip)
            return [];
        const log = await this.git.firstParentLog(tip, this.t.metadata);
        const out = [];
        for (const { sha } of log.entries) {
            const drySha = (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .dryShaOf */ .hu)(await this.git.readAt(sha, this.t.metadata));
            out.push({ sha, ...(drySha ? { drySha } : {}) });
        }
        return out;
    }
}
/** The notes `runs` ignored, kept on the gates' input for the verdict to say. */
function keepIgnored(h, runs) {
    for (const line of runs.ignored)
        if (!h.ignored?.includes(line))
            (h.ignored ??= []).push(line);
}
/** A plan with nothing in it: a promotion of hydrated branches edits no file. */
function emptyPlan(sourceLabel, notes = []) {
    return { changes: [], files: [], services: [], unchanged: [], sourceLabel, checks: [], notes };
}
/** How a hold names what is promoted. */
const dryLabel = (dry) => `DRY commit ${dry.slice(0, 12)}`;
/** The source environment's hydrated branches; a source without them cannot say what it runs. */
function sourceOf(h) {
    const source = h.req.from.kind === 'env' ? h.route.from : undefined;
    if (!source)
        return undefined;
    const t = h.req.hydrated?.[source.name];
    if (!t)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${h.route.to.name} is promoted from hydrated branches, and ${source.name} has no hydrate: branch to read`, {
            file: h.req.configFile,
            hint: `add hydrate: { branch: environment/${source.name} } to ${source.name}`,
        });
    return { name: source.name, t };
}
/** Soak: since when the source's active branch has run the DRY commit, measured as promote/gates/soak.ts measures a pin. */
async function soakOf(h) {
    const source = sourceOf(h);
    const settings = source && h.route.from?.settings;
    if (!source || !settings?.minSoak)
        return undefined;
    const git = h.ports.git;
    const runs = new DryRuns(git, source.t);
    const active = await readHydrated(git, source.t.active, source.t.metadata);
    const runsAt = async (sha) => ((await runs.runs((0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .dryShaOf */ .hu)(await git.readAt(sha, source.t.metadata)), h.dry)) ? 'runs' : 'not');
    const log = active.tip ? await git.firstParentLog(active.tip, source.t.metadata) : { entries: [], complete: true };
    const current = (await runs.runs(active.drySha, h.dry)) ? 'runs' : undefined;
    const pinned = await (0,_gates_soak_js__WEBPACK_IMPORTED_MODULE_7__/* .pinnedSince */ .vW)(dryLabel(h.dry), current, log.entries, log.complete, runsAt);
    keepIgnored(h, runs);
    const pins = [await (0,_gates_soak_js__WEBPACK_IMPORTED_MODULE_7__/* .receivedAt */ .tZ)(pinned, h.ports, source.name, source.t.active)];
    return { source: { env: source.name, minSoak: settings.minSoak, wait: settings.wait, pins, hydrated: { branch: source.t.active } } };
}
/** Fan-in: each `after:` environment's active branch runs the DRY commit. */
async function fanInOf(h) {
    const after = h.route.to.after ?? [];
    if (after.length === 0)
        return undefined;
    const label = dryLabel(h.dry);
    const runs = [];
    const ignored = {};
    for (const name of after) {
        const t = h.req.hydrated?.[name];
        const at = t ? await readHydrated(h.ports.git, t.active, t.metadata) : undefined;
        const dryRuns = t ? new DryRuns(h.ports.git, t) : undefined;
        const has = at?.drySha && (await dryRuns?.runs(at.drySha, h.dry)) ? h.dry : (at?.drySha ?? null);
        runs.push({ name, values: t?.metadata ?? '', missing: !at?.tip, services: { [label]: { tag: has, digest: null } } });
        if (dryRuns && dryRuns.ignored.length > 0)
            ignored[name] = dryRuns.ignored.join('; ');
    }
    return {
        env: h.route.to.name,
        wants: [{ service: label, pin: h.dry }],
        runs,
        hydrated: true,
        ...(Object.keys(ignored).length > 0 ? { ignored } : {}),
    };
}
/**
 * Approval: the registered gate reads the pull request that last changed the source's pin file on the base; here
 * the source's hydrator.metadata on its active branch (the merge of its last promotion).
 */
async function approvalOf(h) {
    if (!h.route.to.approval)
        return undefined;
    const source = sourceOf(h);
    if (!source)
        return _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.gather(context(h, h.req, h.route, h.baseSha));
    const tip = await h.ports.git.fetchBranch(source.t.active);
    // The source as the gate reads it: its pins' file is the hydrator.metadata of its active branch (no other pin location).
    const from = { ...h.route.from, name: source.name, values: source.t.metadata, kustomization: undefined, helmrelease: undefined };
    const req = { ...h.req, base: source.t.active };
    return _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.gather(context(h, req, { ...h.route, from }, tip ?? h.baseSha));
}
function context(h, req, route, baseSha) {
    return { req, route, ports: h.ports, plan: emptyPlan(route.from?.name ?? ''), baseSha, now: h.now, cache: h.cache };
}
/** Each registered gate's evidence from the hydrated branches (a gate added to the registry needs its line here). */
const GATHER = {
    [_gates_soak_js__WEBPACK_IMPORTED_MODULE_7__/* .soak */ .Rb.name]: soakOf,
    [_gates_window_js__WEBPACK_IMPORTED_MODULE_8__/* .window */ .x.name]: (h) => _gates_window_js__WEBPACK_IMPORTED_MODULE_8__/* .window */ .x.gather(context(h, h.req, h.route, h.baseSha)),
    [_gates_fan_in_js__WEBPACK_IMPORTED_MODULE_6__/* .fanIn */ .R.name]: fanInOf,
    [_gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.name]: approvalOf,
};
/** The gates' verdict on promoting the hydrated DRY commit; undefined when no gate is configured for the route. */
async function hydratedGates(h) {
    const evidence = {};
    for (const gate of _gates_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .GATES */ .J) {
        const found = await GATHER[gate.name](h);
        if (found !== undefined)
            evidence[gate.name] = found;
    }
    if (Object.keys(evidence).length === 0)
        return undefined;
    const input = { now: h.now, push: 'pr', evidence };
    if (h.ports.github && (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .liftable */ .wz)((0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .gateVerdict */ .lr)(input).holds))
        input.breakGlass = await h.ports.github.breakGlass(h.target.proposed, h.target.active, h.req.breakGlassLabel);
    const verdict = (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .gateVerdict */ .lr)(input);
    // Said whether or not a gate holds: a note someone pushed that the branches do not back is worth knowing of.
    return { ...verdict, notes: [...verdict.notes, ...(h.ignored ?? []).map((line) => `Warning: ${line}.`)] };
}


/***/ }),

/***/ 77841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ SUMMARY_CAP),
/* harmony export */   Ol: () => (/* binding */ headLines),
/* harmony export */   QQ: () => (/* binding */ describeOmitted),
/* harmony export */   eN: () => (/* binding */ LOG_LINES_CAP),
/* harmony export */   ix: () => (/* binding */ BODY_CAP),
/* harmony export */   u8: () => (/* binding */ fitToBytes)
/* harmony export */ });
/* unused harmony export OUTPUT_CAP */
/* harmony import */ var _parts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73491);

/**
 * Size limits the runner enforces, and the cuts that keep lockstep under them.
 * GitHub drops a step's whole job summary over 1 MiB ("upload aborted") and
 * drops or cuts a step output over 1 MB, so a huge release must be shortened
 * here, at a line boundary and with a note saying what was left out, rather
 * than lost there. Sizes are UTF-8 bytes: that is what the runner counts.
 */
/** Characters GitHub takes in a pull request, issue or comment body: it refuses longer ones (422 "body is too long"). */
const BODY_CAP = 65_536;
/** Bytes of job summary one step may write: under GitHub's 1 MiB, with room for what the runner adds. */
const SUMMARY_CAP = 1_000_000;
/** Bytes one step output may hold: GitHub's limit is "1 MB", read as the smaller 10^6, minus headroom. */
const OUTPUT_CAP = 1_000_000;
/** Lines of a diff or of release notes printed to the log before the rest is summarised in one line. */
const LOG_LINES_CAP = 1_000;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/gm;
const DETAILS_OPEN = /<details\b/gi;
const DETAILS_CLOSE = /<\/details>/gi;
/** What is left open at the end of `text`: the code fence (its marker) and how many <details> blocks. */
function openBlocks(text) {
    let fence;
    let details = 0;
    let from = 0;
    const count = (end) => {
        const seg = text.slice(from, end);
        details = Math.max(0, details + (seg.match(DETAILS_OPEN)?.length ?? 0) - (seg.match(DETAILS_CLOSE)?.length ?? 0));
    };
    for (const m of text.matchAll(FENCE)) {
        const marker = m[1];
        if (fence === undefined) {
            count(m.index);
            fence = marker;
        }
        else if (marker[0] === fence[0] && marker.length >= fence.length && m[2].trim() === '') {
            fence = undefined;
            from = m.index + m[0].length;
        }
    }
    if (fence === undefined)
        count(text.length);
    return { fence, details };
}
/**
 * Fits `text` into `maxBytes` UTF-8 bytes: unchanged when it fits, else cut
 * at a line boundary (so no table row is split), any open code fence and
 * `<details>` block closed, and `note(omitted)` added as the last line. When
 * not even the note fits, the result is empty. Text given in parts is fitted
 * as their concatenation, without making it: a long release's summary is its
 * notes with a few lines around them, and joining them would copy the notes
 * only to keep their first megabyte.
 */
function fitToBytes(text, maxBytes, note) {
    const parts = typeof text === 'string' ? [text] : text;
    let total = 0;
    for (const p of parts)
        total += Buffer.byteLength(p, 'utf8');
    if (total <= maxBytes)
        return { text: typeof text === 'string' ? text : text.join('') };
    // maxBytes UTF-16 units give at least maxBytes bytes: the cut is in this head, and encoding it into fewer bytes
    // stops before its end (where a surrogate pair may be cut in two).
    const whole = (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .textHead */ .Up)(parts, maxBytes);
    // A newline byte is a newline character and nothing else in UTF-8, so lines are counted in the string.
    let lines = 1;
    for (const p of parts)
        lines += newlines(p);
    // The note's length depends on the counts; the largest counts bound it.
    const noteBound = Buffer.byteLength(note({ lines, bytes: total }), 'utf8') + 1;
    const room = maxBytes - noteBound;
    // Bytes, not UTF-16 units, decide the cut: the head is encoded once to learn how much of it fits in `room` bytes
    // (a character is never split), and never decoded back — the text kept is a slice of the head. The cut is the
    // last newline that fits: the lines ending before it are kept, bytes [0, cutBytes) plus the newline.
    const fits = room > 0 ? new TextEncoder().encodeInto(whole, new Uint8Array(room)) : { read: 0, written: 0 };
    let cut = fits.read > 0 ? whole.lastIndexOf('\n', fits.read - 1) : -1;
    let cutBytes = cut < 0 ? -1 : fits.written - Buffer.byteLength(whole.slice(cut, fits.read), 'utf8');
    for (;;) {
        if (cut < 0)
            return { text: '', omitted: { lines, bytes: total } };
        const kept = whole.slice(0, cut);
        const open = openBlocks(kept);
        const tail = [];
        if (open.fence)
            tail.push(open.fence);
        // A blank line first: GitHub renders Markdown after an HTML block only when a blank line ends it.
        if (open.details)
            tail.push('', ...Array.from({ length: open.details }, () => '</details>'));
        const closing = tail.reduce((n, l) => n + l.length + 1, 0);
        if (cutBytes + 1 + closing + noteBound <= maxBytes) {
            // The lines after the newline at `cut`: all of them but the kept ones and that newline's.
            const omitted = { lines: lines - newlines(kept) - 1, bytes: total - cutBytes - 1 };
            return { text: [kept, ...tail, note(omitted)].join('\n'), omitted };
        }
        // The closing lines do not fit after these: one line fewer.
        const before = cut > 0 ? whole.lastIndexOf('\n', cut - 1) : -1;
        cutBytes = before < 0 ? -1 : cutBytes - Buffer.byteLength(whole.slice(before, cut), 'utf8');
        cut = before;
    }
}
/** How many `\n` a text holds. */
function newlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * The first `max` lines of `text`, and how many lines were left out. A text
 * in parts is read in place: only the lines kept are joined.
 */
function headLines(text, max) {
    const t = (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .viewText */ .TO)(text);
    let at = -1;
    for (let i = 0; i < max; i++) {
        at = t.indexOf('\n', at + 1);
        if (at === -1)
            return { text: (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .joinText */ ._V)(text), more: 0 };
    }
    if (at + 1 === t.length)
        return { text: (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .joinText */ ._V)(text), more: 0 };
    let more = t.endsWith('\n') ? 0 : 1;
    for (let i = t.indexOf('\n', at + 1); i !== -1; i = t.indexOf('\n', i + 1))
        more++;
    return { text: t.slice(0, at), more };
}
/** "1 line" / "2 lines", "980 KiB": the counts of a note. */
function describeOmitted(o) {
    const size = o.bytes >= 1024 * 1024 ? `${(o.bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(o.bytes / 1024))} KiB`;
    return `${o.lines} ${o.lines === 1 ? 'line' : 'lines'} (${size})`;
}


/***/ }),

/***/ 91062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ trailBody),
/* harmony export */   KP: () => (/* binding */ TRAIL_MARKER),
/* harmony export */   Lh: () => (/* binding */ shipsOf),
/* harmony export */   UI: () => (/* binding */ shipsMarker),
/* harmony export */   ee: () => (/* binding */ describeTrail)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69888);
// The trail a source pull request gets: one comment from lockstep, edited in
// place, saying where its change went — "Released in v1.5.0", then one line
// per environment a promotion took it to, with that promotion's pull request
// and its state. Pure text in and out: the comment's current body is read
// back, the new step merged in, the whole written again.

/** The marker kind of the trail comment (`<!-- lockstep:trail -->`). */
const TRAIL_MARKER = 'trail';
const RELEASE_LINE = /^Released in (\S+)$/;
const ENV_LINE = /^→ (.+?) \((?:#\d+, )?[^()]*\)$/;
/** A step's line: `Released in v1.5.0`, `→ staging (#41, merged 2026-11-20)`, `→ prod (#44, draft)`. */
function lineOf(step) {
    if ('release' in step)
        return { key: 'release', line: `Released in ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.release)}` };
    const env = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.environment);
    return { key: `env:${env}`, line: step.state === 'direct' ? `→ ${env} (committed directly)` : `→ ${env} (#${step.pull}, ${step.state})` };
}
/**
 * The trail's text with `step` merged into what `existing` (the comment's
 * current body, or undefined) says: the release line first, then each
 * environment in the order it was first reached, a step for an environment
 * already there replacing its line. Lines lockstep did not write are dropped.
 */
function trailBody(existing, step) {
    let release;
    const envs = new Map();
    for (const raw of (existing ?? '').split(/\r?\n/)) {
        const line = raw.trim();
        if (RELEASE_LINE.test(line))
            release = line;
        const env = ENV_LINE.exec(line);
        if (env)
            envs.set(`env:${env[1]}`, line);
    }
    const { key, line } = lineOf(step);
    if (key === 'release')
        release = line;
    else
        envs.set(key, line);
    return [...(release ? [release] : []), ...envs.values()].join('\n');
}
/** The hidden line a promotion pull request carries: the source pull requests it ships, read back when it merges. */
function shipsMarker(pulls) {
    return `<!-- lockstep:ships ${[...new Set(pulls)].sort((a, b) => a - b).join(' ')} -->`;
}
/** The pull requests a promotion pull request's body says it ships (at most 200), from its shipsMarker line. */
function shipsOf(body) {
    const m = /<!-- lockstep:ships ([\d ]{0,2000}) -->/.exec(body);
    return m ? [...new Set(m[1].split(' ').filter(Boolean).map(Number))].slice(0, 200) : [];
}
/** The outcome in words for the log and the summary: `Trail comment (<what>): created on #12, #13; already current on #14.`, then one line per failure. */
function describeTrail(what, o) {
    const list = (ns) => ns.map((n) => `#${n}`).join(', ');
    const done = [
        o.created.length ? `created on ${list(o.created)}` : '',
        o.updated.length ? `updated on ${list(o.updated)}` : '',
        o.unchanged.length ? `already current on ${list(o.unchanged)}` : '',
    ].filter(Boolean);
    return [
        ...(done.length ? [`Trail comment (${what}): ${done.join('; ')}.`] : []),
        ...o.failed.map((f) => `Trail comment (${what}) not left on ${f}`),
    ];
}


/***/ })

};

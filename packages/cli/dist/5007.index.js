export const id = 5007;
export const ids = [5007];
export const modules = {

/***/ 68829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ri: () => (/* binding */ pushedRange),
/* harmony export */   cG: () => (/* binding */ pushedCommits)
/* harmony export */ });
/* unused harmony export MAX_PUSHED_COMMITS */
// What one push brought to a branch. A merge queue lands a group of pull requests in one push: the branch
// moves from the group's parent (`before`) to the last pull request's merge (`after`), and every pull request
// of the group has its own merge commit on the first-parent line between them. A run on that push sees the
// last one as HEAD (GITHUB_SHA); a release or promotion pull request that was first or in the middle of the
// group is one of the commits below it. These helpers read the push's range from the event payload and walk
// that first-parent line, deepening a shallow clone (actions/checkout's default) until it holds the range.
const SHA = /^[0-9a-f]{40}$/;
const NO_COMMIT = /^0{40}$/;
/**
 * The range of a `push` event's payload; undefined for anything else: a branch created or deleted
 * (`before` or `after` all zeros), a payload without both commits, or one whose commits are not 40-hex
 * object names (the payload is read as untrusted text).
 */
function pushedRange(payload) {
    const { before, after, commits } = payload;
    if (typeof before !== 'string' || typeof after !== 'string')
        return undefined;
    if (!SHA.test(before) || !SHA.test(after) || NO_COMMIT.test(before) || NO_COMMIT.test(after) || before === after)
        return undefined;
    return { before, after, listed: Array.isArray(commits) ? commits.length : 0 };
}
/** How far a walk goes: a queue group is a few pull requests; a push of more first-parent commits is read up to this. */
const MAX_PUSHED_COMMITS = 100;
/**
 * The first-parent commits the push brought, newest first (`after` itself first): those after `before` up
 * to `after`. Undefined when `before` is not on that line within MAX_PUSHED_COMMITS (a forced push, a
 * range this clone cannot reach even after deepening): the caller then reads `after` alone.
 */
async function pushedCommits(walk, range) {
    let by = Math.max(range.listed, 1) + 1;
    for (let deepened = 0;; deepened++) {
        const line = [];
        let at = range.after;
        while (at !== undefined && at !== range.before && line.length < MAX_PUSHED_COMMITS) {
            const parents = await walk.parents(at);
            if (parents === undefined)
                break;
            line.push(at);
            at = parents[0];
        }
        if (at === range.before)
            return line;
        // The line stopped before `before`: at a shallow clone's edge (a commit without parents) it may go on.
        if (line.length >= MAX_PUSHED_COMMITS || deepened >= 3 || !(await walk.deepen(by)))
            return undefined;
        by *= 4;
    }
}


/***/ }),

/***/ 25007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isRecordResult: () => (/* binding */ isRecordResult),
  recordJson: () => (/* binding */ recordJson),
  recordLines: () => (/* binding */ recordLines),
  recordMarkdown: () => (/* binding */ recordMarkdown),
  recordRunnerView: () => (/* binding */ recordRunnerView),
  recordView: () => (/* binding */ recordView),
  recordViews: () => (/* binding */ recordViews),
  runRecord: () => (/* binding */ runRecord)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/pushed.ts
var git_pushed = __webpack_require__(68829);
// EXTERNAL MODULE: ./packages/core/src/records/trailers.ts
var trailers = __webpack_require__(73190);
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var publish = __webpack_require__(5825);
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(21120);
// EXTERNAL MODULE: ./packages/core/src/promote/status-tables.ts
var status_tables = __webpack_require__(81646);
// EXTERNAL MODULE: ./packages/core/src/promote/place.ts + 2 modules
var place = __webpack_require__(67479);
// EXTERNAL MODULE: ./packages/core/src/kustomize/overlay.ts
var overlay = __webpack_require__(33861);
;// CONCATENATED MODULE: ./packages/core/src/promote/publish/record.ts
// record: deployments — a promotion that landed on the base branch, recorded
// as a GitHub Deployment. The landed commit is a promotion when the trailer
// block of its message, as git parses it (the last paragraph), carries
// promote-env's generated trailer (a direct push, a rebase merge, a squash
// whose message keeps the commit's) or, for a merge commit, its merged
// parent's does: a merge's own message is GitHub's, and a `Lockstep-*` line
// anywhere else in a message is not lockstep's. The environments it landed in
// are those whose values file or Application changed against the first
// parent and, when the block names environments (`Lockstep-Environment`),
// that it names; each gets one deployment of that commit (payload: the pins
// it now holds), found again on a rerun.







/**
 * The files of an environment whose change means a promotion landed in it: its values file and its Application's
 * (and the kustomization of the overlay a Flux Kustomization's spec.path builds).
 */
async function environmentFiles(env, read) {
    const own = (0,place/* pinPath */.dj)(env);
    const files = [await (0,place/* pinPaths */.ID)(env, read)]
        .flat()
        .flatMap((p) => (p === own || /\.ya?ml$/.test(p) ? [p] : overlay/* KUSTOMIZATION_NAMES */.H7.map((n) => `${p}/${n}`)));
    return env.application ? [...files, (0,application/* splitApplicationRef */.O6)(env.application).file] : files;
}
/**
 * The landed commit and the message its promotion's record is read from: a merge's merged side, anything
 * else its own (a promotion's and a hydrated promotion's alike). Refused when the commit is not in the clone.
 */
async function landedRecord(git, commit) {
    const info = await git.commitInfo(commit);
    if (!info)
        throw new errors/* UserError */.yo(`the commit ${commit.slice(0, 12)} is not in the repository promoted in`, {
            hint: 'check out the repository with fetch-depth: 2 or more',
        });
    return { info, record: info.parents.length > 1 ? await git.commitInfo(info.parents[1]) : info };
}
/**
 * Records the promotion that landed as `commit` on the base: nothing when it
 * is not one (no trailer), else one deployment per environment it changed
 * (only `only` when given), each found again rather than made twice.
 */
async function recordLanded(req, ports, commit, only, cache) {
    const git = ports.git;
    const github = ports.github;
    if (!github)
        throw new Error('record: deployments needs the GitHub client');
    const { info, record } = await landedRecord(git, commit);
    const block = (0,trailers/* lockstepBlock */.bB)(record?.trailers ?? '');
    if (!(0,trailers/* generatedBy */.BH)(block, 'promote-env'))
        return {
            commit,
            skipped: `${commit.slice(0, 12)} is not a landed promotion (the trailer block of ${info.parents.length > 1 ? 'its merged commit' : 'its message'} does not carry ${(0,publish/* generatedTrailer */.ty)('promote-env')}); nothing recorded.`,
            deployments: [],
        };
    const named = (0,trailers/* promotionsIn */.Md)(block).map((p) => p.environment);
    const parent = info.parents[0];
    const landed = [];
    for (const env of req.environments) {
        if (only && env.name !== only)
            continue;
        if (named.length > 0 && !named.includes(env.name))
            continue;
        for (const file of await environmentFiles(env, (p) => git.readAt(commit, p))) {
            const before = parent ? await git.readAt(parent, file) : undefined;
            if ((await git.readAt(commit, file)) !== before) {
                landed.push(env);
                break;
            }
        }
    }
    if (landed.length === 0)
        return {
            commit,
            skipped: `${commit.slice(0, 12)} changed no ${only ? `file of ${only}` : named.length > 0 ? `file of ${named.join(', ')}, the environment its trailers name` : "environment's values file or Application"}; nothing recorded.`,
            deployments: [],
        };
    const deployments = [];
    const pins = await (0,status_tables/* environmentPins */.Kv)({ ...req, environments: landed }, (p) => git.readAt(commit, p), cache);
    for (const [k, env] of landed.entries()) {
        const p = pins[k];
        const payload = {
            lockstep: 'promote-env',
            services: p.services,
            ...(p.chartVersion !== undefined ? { chartVersion: p.chartVersion } : {}),
        };
        const pinned = Object.entries(p.services)
            .filter(([, v]) => v?.tag)
            .map(([name, v]) => `${name} ${v.tag}`);
        const record = await github.recordDeployment({
            sha: commit,
            environment: env.name,
            payload,
            // GitHub keeps at most 140 characters of a deployment's description.
            description: `lockstep promote-env: ${pinned.join(', ') || 'pins'}`.slice(0, 140),
            transient: env.preview ?? false,
            production: env.protected,
            ...(env.url ? { environmentUrl: env.url } : {}),
        });
        deployments.push({ environment: env.name, payload, record, ...(env.url ? { url: env.url } : {}) });
    }
    return { commit, deployments };
}

// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(58162);
;// CONCATENATED MODULE: ./packages/core/src/promote/publish/record-hydrated.ts
// record: deployments on an active branch that lockstep promotes hydrated branches into (promote/hydrated.ts):
// the landed commit is a promotion when it merged a commit hydrate-env wrote (its trailer block carries
// `Lockstep-Generated: hydrate-env`, read as record.ts reads promote-env's), and each environment promoted
// into that branch whose hydrator.metadata it changed gets one Deployment of that commit, its payload naming
// the DRY commit it runs, found again on a rerun.



/** The environments lockstep promotes into `branch` (their hydrate: branch, promote: lockstep), by name. */
function promotedInto(req, branch) {
    return Object.entries(req.hydrated ?? {})
        .filter(([, t]) => t.promote === 'lockstep' && t.active === branch)
        .map(([name]) => name);
}
/** Records the hydrated promotion that landed as `commit` on the active branch `req.base` (only `only` when given). */
async function recordHydratedLanded(req, ports, commit, only) {
    const git = ports.git;
    const github = ports.github;
    if (!github)
        throw new Error('record: deployments needs the GitHub client');
    const { info, record: merged } = await landedRecord(git, commit);
    const block = (0,trailers/* lockstepBlock */.bB)(merged?.trailers ?? '');
    // lockstepBlock keeps one-word keys; the DRY commit's is read from the same block git parsed.
    const dry = /^Lockstep-Dry-Sha: ?([0-9a-f]+)\s*$/m.exec(merged?.trailers ?? '')?.[1];
    if (!(0,trailers/* generatedBy */.BH)(block, 'hydrate-env') || dry === undefined || !(0,refs/* isCommitId */.jh)(dry))
        return {
            commit,
            skipped: `${commit.slice(0, 12)} is not a landed hydrated promotion (the trailer block of ${info.parents.length > 1 ? 'its merged commit' : 'its message'} does not carry Lockstep-Generated: hydrate-env and Lockstep-Dry-Sha); nothing recorded.`,
            deployments: [],
        };
    const parent = info.parents[0];
    const deployments = [];
    for (const name of promotedInto(req, req.base)) {
        if (only && name !== only)
            continue;
        const t = req.hydrated[name];
        const before = parent ? await git.readAt(parent, t.metadata) : undefined;
        if ((await git.readAt(commit, t.metadata)) === before)
            continue;
        const env = req.environments.find((e) => e.name === name);
        const payload = { lockstep: 'promote-env', services: {}, drySha: dry };
        const record = await github.recordDeployment({
            sha: commit,
            environment: name,
            payload,
            description: `lockstep promote-env: hydrated from ${dry.slice(0, 12)}`,
            transient: env?.preview ?? false,
            production: env?.protected ?? false,
            ...(env?.url ? { environmentUrl: env.url } : {}),
        });
        deployments.push({ environment: name, payload, record, ...(env?.url ? { url: env.url } : {}) });
    }
    if (deployments.length === 0)
        return {
            commit,
            skipped: `${commit.slice(0, 12)} changed no hydrator.metadata of an environment promoted into ${req.base}; nothing recorded.`,
            deployments,
        };
    return { commit, deployments };
}

// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
// EXTERNAL MODULE: ./packages/core/src/promote/session.ts + 16 modules
var promote_session = __webpack_require__(36444);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(69888);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/contract/json.ts
var json = __webpack_require__(92252);
;// CONCATENATED MODULE: ./packages/core/src/operations/promote/record.ts
// promote-env with record: deployments (and `lockstep promote --record
// deployments --push`): no promotion; the commit that landed on the base
// branch (the pushed commit on a push to it, else the base's tip) is recorded
// as a GitHub Deployment of each environment it promoted (promote/publish/record.ts),
// and the views tell what was recorded.









/** True for a record: deployments result (the promote-env descriptor's views take both kinds). */
function isRecordResult(r) {
    return 'recorded' in r;
}
/**
 * The commits that landed: on a push to the base of this repository, the pushed commit, and (when the event's
 * payload gives the push's range and it ends there) every first-parent commit the push brought, newest first:
 * a merge queue lands a group of pull requests in one push, each merged as its own commit below the last.
 * Otherwise the base's tip.
 */
async function landedCommits(req, ports, i, world) {
    const env = world.env;
    const tip = await (0,promote_session/* fetchBase */.cu)(ports, req.base);
    const onBase = env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_REF === `refs/heads/${req.base}` && i.repository === undefined;
    const pushed = onBase ? env.GITHUB_SHA : undefined;
    if (!pushed || !/^[0-9a-f]{40}$/.test(pushed))
        return [tip];
    const head = (await ports.git.resolveRef(pushed)) ?? tip;
    const range = (0,git_pushed/* pushedRange */.Ri)(world.event().payload);
    if (!range || range.after !== head)
        return [head];
    const git = ports.git;
    const line = await (0,git_pushed/* pushedCommits */.cG)({ parents: async (c) => (await git.commitInfo(c))?.parents, deepen: (n) => git.deepenHistory(n) }, range);
    return line ?? [head];
}
/**
 * What each landed commit recorded, oldest first: those that are promotions (the others of a merge queue's
 * group are no promotion, and say nothing); when none is, what HEAD's reading says.
 */
async function recordAll(req, ports, commits, to) {
    const cache = new parse_cache/* ParseCache */.i();
    const outcomes = [];
    // The active branch of environments whose hydrated branches lockstep promotes: their merges are the records.
    const hydrated = promotedInto(req, req.base).length > 0;
    for (const commit of [...commits].reverse())
        outcomes.push(hydrated ? await recordHydratedLanded(req, ports, commit, to) : await recordLanded(req, ports, commit, to, cache));
    const recorded = outcomes.filter((o) => !o.skipped);
    return recorded.length > 0 ? recorded : [outcomes[outcomes.length - 1]];
}
/** Opens the session, finds the landed commit and records it; `to`, when given, limits the record to that environment. */
async function runRecord(i, world) {
    if (i.dryRun)
        throw new errors/* UserError */.yo((0,errors/* words */.aL) `record: deployments writes GitHub Deployments and has no dry run, and this run is ${(0,errors/* named */.KT)('dry-run', 'true')}`, {
            hint: (0,errors/* words */.aL) `${(0,errors/* setting */.Pe)('dry-run', 'false')} to record them`,
        });
    const local = await (0,promote_session/* localPromotion */.dG)(i, world.workspace);
    const session = await (0,promote_session/* openSession */.fA)(i, local, world);
    world.reporter.group('Recording the landed promotion as GitHub Deployments');
    try {
        const req = await (0,promote_session/* sessionRequest */.yi)(i, local, session);
        // The environment the record is limited to is checked as a promotion's target is (request.ts's targetNamed).
        if (i.to)
            (0,request/* targetNamed */.bH)(req, i.to);
        const recorded = await recordAll(req, session.world, await landedCommits(req, session.world, i, world), i.to || undefined);
        const deployments = recorded.flatMap((o) => o.deployments.map((d) => ({ ...d, commit: o.commit })));
        const made = deployments.filter((d) => d.record.outcome === 'created' || d.record.statusCreated || d.record.inactivated.length > 0);
        return {
            recorded,
            base: req.base,
            dryRun: false,
            changes: [],
            outputs: {
                changed: String(made.length > 0),
                'pr-number': '',
                'pr-url': '',
                branch: '',
                changes: '[]',
                deployments: JSON.stringify(deployments.map((d) => ({ environment: d.environment, id: d.record.id, sha: d.commit, outcome: d.record.outcome }))),
            },
        };
    }
    finally {
        world.reporter.endGroup();
        await session.close();
    }
}
/** What was recorded: `skipped` when nothing was (HEAD's reason), else each deployment with its commit. */
function recordedOf(r) {
    const skipped = r.recorded.find((o) => o.skipped)?.skipped;
    if (skipped !== undefined)
        return { skipped, deployments: [] };
    return { deployments: r.recorded.flatMap((o) => o.deployments.map((d) => ({ ...d, commit: o.commit }))) };
}
/** The commits recorded, 12 characters each. */
const commitsOf = (r) => r.recorded.map((o) => o.commit.slice(0, 12)).join(', ');
/** One sentence per deployment: created or found, its status, the earlier ones set inactive. */
function recordLines(r) {
    const recorded = recordedOf(r);
    if (recorded.skipped)
        return [recorded.skipped];
    return recorded.deployments.map((d) => {
        const how = d.record.outcome === 'created' ? 'created' : 'already recorded';
        const status = d.record.statusCreated ? 'marked success' : 'already success';
        const n = d.record.inactivated.length;
        const inactive = n > 0 ? `; ${n} earlier deployment${n === 1 ? '' : 's'} marked inactive` : '';
        return `${d.environment}: deployment ${d.record.id} of ${d.commit.slice(0, 12)} ${how}, ${status}${inactive}${d.url ? ` (${d.url})` : ''}`;
    });
}
/** The job summary: the commit, then one row per environment recorded. */
function recordMarkdown(r) {
    const recorded = recordedOf(r);
    const parts = [`### promote-env: record deployments on ${(0,markdown/* escapeMarkdown */.FV)(r.base)}`, ''];
    if (recorded.skipped)
        return [...parts, (0,markdown/* escapeMarkdown */.FV)(recorded.skipped)].join('\n');
    // markdownTable escapes each cell: environment names, tags and URLs are plain text here.
    const rows = recorded.deployments.map((d) => [
        d.environment,
        String(d.record.id),
        d.record.outcome === 'created' ? 'created' : 'already recorded',
        Object.entries(d.payload.services)
            .map(([name, v]) => `${name} ${v?.tag ?? '—'}`)
            .join(', '),
        d.url ?? '',
    ]);
    parts.push(`Deployments of ${commitsOf(r)}:`, '', (0,markdown/* markdownTable */.Qj)(['environment', 'deployment', 'record', 'pins', 'url'], rows));
    return parts.join('\n');
}
/** The runner's view: a line per deployment, the outputs, the summary. */
function recordRunnerView(r) {
    const steps = recordLines(r).map((line) => ({ info: line }));
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: recordMarkdown(r) });
    return { steps };
}
/** The terminal's table: one row per environment recorded. */
function recordView(r) {
    const recorded = recordedOf(r);
    return {
        title: `promote-env: record deployments on ${r.base}`,
        status: recorded.skipped ?? `Recorded ${commitsOf(r)} in ${recorded.deployments.map((d) => d.environment).join(', ')}.`,
        headers: ['environment', 'deployment', 'record', 'url'],
        rows: recorded.deployments.map((d) => [d.environment, String(d.record.id), d.record.outcome, d.url ?? '']),
        notes: recordLines(r),
        warnings: [],
    };
}
/** record: deployments' views. */
const recordViews = {
    runner: recordRunnerView,
    terminal: recordView,
    failure: () => undefined,
    json: recordJson,
};
/** `lockstep promote --record deployments --json`: the base, the commit recorded and each deployment (the output as values). */
function recordJson(r) {
    return (0,json/* commandJson */.ic)('promote', {
        'dry-run': false,
        promotion: 'record',
        status: recordView(r).status,
        base: r.base,
        deployments: (0,json/* parsedOutput */.$p)(r.outputs.deployments),
    });
}


/***/ }),

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ generatedBy),
/* harmony export */   GG: () => (/* binding */ promotionTrailerLines),
/* harmony export */   HQ: () => (/* binding */ fixMarksOf),
/* harmony export */   Md: () => (/* binding */ promotionsIn),
/* harmony export */   U4: () => (/* binding */ olderPromotionWords),
/* harmony export */   V7: () => (/* binding */ lockstepLines),
/* harmony export */   Z3: () => (/* binding */ releaseTrailerLine),
/* harmony export */   ah: () => (/* binding */ vouch),
/* harmony export */   bB: () => (/* binding */ lockstepBlock),
/* harmony export */   ds: () => (/* binding */ claimsOf)
/* harmony export */ });
/* unused harmony exports TRAILER, vouchedRecords */
// The machine-readable trailers lockstep's own commits carry, written by
// promote-env (a promotion) and prepare-release (a release), and read back by
// the one reader of lockstep's records (records/history.ts): metrics, record:
// deployments. Keys and values are documented in docs/metrics.md.
/** The keys, each on a line of its own in the commit message's trailer block. */
const TRAILER = {
    environment: 'Lockstep-Environment',
    from: 'Lockstep-From',
    rollback: 'Lockstep-Rollback',
    service: 'Lockstep-Service',
    chart: 'Lockstep-Chart',
    release: 'Lockstep-Release',
    generated: 'Lockstep-Generated',
    /** A team's mark on a change (never written by lockstep): the release it repairs (docs/metrics.md). */
    fixes: 'Lockstep-Fixes',
};
/** A value on one trailer line: no line break, no leading or trailing blank (a tag or ref never has any). */
function oneLine(v) {
    return v.replace(/[\r\n]+/g, ' ').trim();
}
/** The trailer lines of a promotion, in a fixed order (before `Lockstep-Generated: promote-env`). */
function promotionTrailerLines(p) {
    const lines = [`${TRAILER.environment}: ${oneLine(p.environment)}`, `${TRAILER.from}: ${oneLine(p.from)}`];
    if (p.rollback)
        lines.push(`${TRAILER.rollback}: true`);
    // A service line is three words: no blank inside a name, tag or digest (none has one) can shift the others.
    const word = (v) => (v ?? '').replace(/\s+/g, '') || '-';
    for (const s of p.services)
        lines.push(`${TRAILER.service}: ${word(s.name)} ${word(s.tag)} ${word(s.digest)}`);
    if (p.chart !== undefined)
        lines.push(`${TRAILER.chart}: ${oneLine(p.chart)}`);
    return lines;
}
/** The trailer line of a release commit: `Lockstep-Release: v1.4.0`. */
function releaseTrailerLine(tag) {
    return `${TRAILER.release}: ${oneLine(tag)}`;
}
/**
 * The `Lockstep-*: value` lines of a message wherever they are: what a commit
 * claims, counted but never believed (a squash merge's body, a pasted
 * description). Only a trailer block git parsed is read (lockstepBlock).
 */
function lockstepLines(message) {
    const out = [];
    // Most commits are not lockstep's: one search instead of a split.
    if (!message.includes('Lockstep-'))
        return out;
    for (const raw of message.split('\n')) {
        const m = /^\s*(Lockstep-[A-Za-z]+):[ \t]*(.*?)\s*$/.exec(raw);
        // A team's own mark claims no record of lockstep's: it is read apart (fixMarksOf).
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The `Lockstep-*` trailers of a message's trailer block as git parses it:
 * `parsed` is git's `%(trailers:only,unfold)` of the commit, one `Key: value`
 * a line. Git takes only the message's last paragraph, and only when it reads
 * as trailers: a `Lockstep-*` line in the middle of a body is not one.
 */
function lockstepBlock(parsed) {
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^(Lockstep-[A-Za-z]+): ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The values of `Lockstep-Fixes` trailers in a trailer block as git parses it (`parsed`, one `Key: value` a
 * line): the releases a change says it repairs (`1.4.0`, `v1.4.0`). Only the block counts, as for lockstep's
 * own trailers: a line in the middle of a description is no mark.
 */
function fixMarksOf(parsed) {
    if (!parsed.includes(TRAILER.fixes))
        return [];
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^Lockstep-Fixes: ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== '')
            out.push(m[1]);
    }
    return out;
}
/** True when the trailer block holds `Lockstep-Generated: <action>`. */
function generatedBy(block, action) {
    return block.some((t) => t.key === TRAILER.generated && t.value === action);
}
/**
 * The promotions of trailer lines: one per `Lockstep-Environment` line, with
 * the lines that follow it up to the next one. Lines before the first
 * environment belong to none.
 */
function promotionsIn(trailers) {
    const out = [];
    let cur;
    for (const { key, value } of trailers) {
        if (key === TRAILER.environment) {
            cur = { environment: value, from: '', rollback: false, services: [] };
            out.push(cur);
        }
        else if (!cur)
            continue;
        else if (key === TRAILER.from)
            cur.from = value;
        else if (key === TRAILER.rollback)
            cur.rollback = value === 'true';
        else if (key === TRAILER.chart)
            cur.chart = value;
        else if (key === TRAILER.service) {
            const [name, tag, digest] = value.split(/\s+/);
            if (name)
                cur.services.push({ name, ...(tag && tag !== '-' ? { tag } : {}), ...(digest && digest !== '-' ? { digest } : {}) });
        }
    }
    return out;
}
/** What `message` and `block` (its git-parsed `Lockstep-*` trailers) claim; `elsewhere`: Lockstep lines of other messages (vouchedRecords). */
function claimsOf(message, block, elsewhere) {
    const claimed = lockstepLines(message).length + elsewhere;
    const none = { claimed, block: block.length, promoteEnv: false, prepareRelease: false, promotions: [], releases: [], claimedReleases: 0 };
    if (claimed === 0 && block.length === 0)
        return none;
    const version = /^chore\(release\): (\S+)/.exec(message.split('\n', 1)[0] ?? '')?.[1];
    const prepareRelease = generatedBy(block, 'prepare-release') && version !== undefined;
    const claimedReleases = block.filter((t) => t.key === TRAILER.release).map((t) => t.value);
    return {
        ...none,
        promoteEnv: generatedBy(block, 'promote-env'),
        prepareRelease,
        promotions: promotionsIn(block),
        releases: prepareRelease ? claimedReleases.filter((tag) => tag.endsWith(version)) : [],
        claimedReleases: claimedReleases.length,
    };
}
/**
 * What a commit that landed on the base branch records, believing only what
 * lockstep wrote. `message` and `block` are the record's message and its
 * git-parsed trailer block (lockstepBlock): the commit's own for a direct
 * push, a squash or a rebase merge; its merged side's for a merge commit
 * (GitHub writes a merge's own message, lockstep never does). `elsewhere`
 * counts the `Lockstep-*` lines of messages that are not the record (a
 * merge's own). `touched` names the environments whose files (values file,
 * Application) the landed commit changed against its first parent.
 *
 * - A promotion counts when the block holds `Lockstep-Generated: promote-env`
 *   and its `Lockstep-Environment` is one whose files the commit changed.
 * - A release counts when the block holds `Lockstep-Generated: prepare-release`,
 *   the title is prepare-release's `chore(release): <version>` (a squash adds
 *   ` (#12)`) and the `Lockstep-Release` tag ends in that version.
 * - Anything else, and every `Lockstep-*` line outside the block, is ignored.
 */
function vouchedRecords(message, block, elsewhere, touched) {
    return vouch(claimsOf(message, block, elsewhere), touched);
}
/** What lockstep vouches for of `claims` (claimsOf) once the environments whose files the commit changed are known (vouchedRecords). */
function vouch(claims, touched) {
    const { claimed, block, promoteEnv, prepareRelease, releases, claimedReleases } = claims;
    if (claimed === 0 && block === 0)
        return { promotions: [], releases: [], generated: false, ignored: false };
    const promotions = promoteEnv ? claims.promotions.filter((p) => touched.includes(p.environment)) : [];
    // One commit is a promotion or a release, never both. An older promotion names no environment (its
    // landing is inferred from its files), an older release commit no tag.
    const own = promoteEnv !== prepareRelease &&
        (promoteEnv
            ? touched.length > 0 && (claims.promotions.length === 0 || promotions.length > 0)
            : claims.promotions.length === 0 && releases.length === claimedReleases);
    if (!own)
        return { promotions: [], releases: [], generated: false, ignored: true };
    const whole = claimed === block && promotions.length === claims.promotions.length && releases.length === claimedReleases;
    return { promotions, releases, generated: true, ignored: !whole };
}
/**
 * What an older promote-env commit (before the trailers) says in its own
 * words: `promote: <from> → <env> (…)` as its title, `promote: rollback <ref> → …`
 * for a rollback, and one `- service: old → new (digest)` line per change.
 * The digest there is shortened; the environment is taken from the files the commit changed.
 */
function olderPromotionWords(message) {
    const title = message.split('\n', 1)[0] ?? '';
    const m = /^promote: (.+?) → (\S+)/.exec(title);
    const from = m?.[1];
    const rollback = from?.startsWith('rollback ') ?? false;
    const services = [];
    for (const line of message.split('\n')) {
        const s = /^- ([^:\s]+): \S+ → (\S+)(?: \(([^)]*)\))?$/.exec(line.trim());
        if (s && s[1] !== 'chart')
            services.push({ name: s[1], ...(s[2] !== '—' ? { tag: s[2] } : {}) });
    }
    return { ...(from ? { from: rollback ? `ref:${from.slice('rollback '.length)}` : from } : {}), rollback, services };
}


/***/ })

};

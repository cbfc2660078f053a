export const id = 736;
export const ids = [736];
export const modules = {

/***/ 2252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ parsedOutput),
/* harmony export */   e0: () => (/* binding */ stringOrNull),
/* harmony export */   ic: () => (/* binding */ commandJson),
/* harmony export */   wD: () => (/* binding */ numberOrNull)
/* harmony export */ });
/* unused harmony exports SCHEMA_VERSION, jsonErrors, outcomeJson, doneJsonHead */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

// The one `--json` shape every lockstep command prints (documented in docs/cli.md): `schema-version`
// first, the command's name, how it ended (`outcome`) and its errors, then the result in kebab-case
// keys, like the actions' outputs; a value the runner gets as JSON on one line is the structure here,
// never a string holding JSON. A refusal is a document too: `| jq` never reads an empty stdout as success.
/**
 * The version of the `--json` shape; it changes only when a key changes meaning or goes. 2: `outcome`
 * and `errors` in every document; promote's own outcome is `promotion`.
 */
const SCHEMA_VERSION = 2;
/** `schema-version` and the command, then `body`: a result's document before its face says how it ended (`outcomeJson`). */
function commandJson(command, body) {
    return { 'schema-version': SCHEMA_VERSION, command, ...body };
}
/** The errors of a failure as a document lists them, each worded as `face` prints it; an error that is not a user's, as its message. */
function jsonErrors(failure, face) {
    if (failure === undefined)
        return [];
    const errors = failure instanceof UserErrors ? failure.errors : failure instanceof UserError ? [failure] : undefined;
    if (errors === undefined)
        return [{ file: null, line: null, input: null, message: failure instanceof Error ? failure.message : String(failure) }];
    return errors.map((e) => ({ file: e.file ?? null, line: e.line ?? null, input: e.input ?? null, message: e.format(face) }));
}
/**
 * `doc` (a result's document, or just `{ command }` when the command ended before it had one; `null`
 * when no command was recognised) with how the command ended: `schema-version`, `command`, `outcome`
 * and `errors` first, then the result's keys (a view's document names neither `outcome` nor `errors`:
 * its face says them).
 */
function outcomeJson(doc, outcome, errors) {
    const { command, ...body } = doc;
    return { 'schema-version': SCHEMA_VERSION, command, outcome, errors, ...body };
}
/** The head of a document written in pieces (`{"schema-version":…,"errors":[]`, open for its result's keys): a command that cannot fail. */
function doneJsonHead(command) {
    return JSON.stringify(outcomeJson({ command }, 'done', [])).slice(0, -1);
}
/** An output holding JSON on one line, as the structure it holds (null when empty). */
function parsedOutput(value) {
    return value === '' ? null : JSON.parse(value);
}
/** An output that may be empty: the string, or null. */
function stringOrNull(value) {
    return value === undefined || value === '' ? null : value;
}
/** A number output (a pull request's): the number, or null when empty. */
function numberOrNull(value) {
    return value === '' ? null : Number(value);
}


/***/ }),

/***/ 9736:
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
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/git/pushed.ts
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

// EXTERNAL MODULE: ./packages/core/src/records/trailers.ts
var trailers = __webpack_require__(3190);
// EXTERNAL MODULE: ./packages/core/src/promote/publish/record.ts
var record = __webpack_require__(5289);
// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(8162);
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
    const { info, record: merged } = await (0,record/* landedRecord */.cx)(git, commit);
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
var request = __webpack_require__(1871);
// EXTERNAL MODULE: ./packages/core/src/promote/session.ts + 44 modules
var promote_session = __webpack_require__(2153);
// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __webpack_require__(9888);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/contract/json.ts
var json = __webpack_require__(2252);
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
    const range = pushedRange(world.event().payload);
    if (!range || range.after !== head)
        return [head];
    const git = ports.git;
    const line = await pushedCommits({ parents: async (c) => (await git.commitInfo(c))?.parents, deepen: (n) => git.deepenHistory(n) }, range);
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
        outcomes.push(hydrated ? await recordHydratedLanded(req, ports, commit, to) : await (0,record/* recordLanded */.c9)(req, ports, commit, to, cache));
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


/***/ })

};

export const id = 4006;
export const ids = [4006];
export const modules = {

/***/ 4006:
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
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var publish = __webpack_require__(5825);
// EXTERNAL MODULE: ./packages/core/src/records/trailers.ts
var trailers = __webpack_require__(3190);
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(1120);
// EXTERNAL MODULE: ./packages/core/src/promote/plan.ts
var plan = __webpack_require__(9767);
// EXTERNAL MODULE: ./packages/core/src/promote/place.ts
var place = __webpack_require__(33);
;// CONCATENATED MODULE: ./packages/core/src/promote/record.ts
// record: deployments — a promotion that landed on the base branch, recorded
// as a GitHub Deployment. The landed commit is a promotion when it carries
// promote-env's generated trailer itself (a direct push, a rebase merge, a
// squash whose message keeps the commit's) or, for a merge commit, its merged
// parent does. The environments it landed in are those whose values file or
// Application changed against the first parent; each gets one deployment of
// that commit (payload: the pins it now holds), found again on a rerun.






/** True when a commit message carries promote-env's generated trailer on a line of its own. */
function hasPromoteTrailer(message) {
    return (0,trailers/* generatedBy */.BH)(message, 'promote-env');
}
/** The files of an environment whose change means a promotion landed in it: its values file and its Application's. */
function environmentFiles(env) {
    return env.application ? [(0,place/* pinPath */.d)(env), (0,application/* splitApplicationRef */.O6)(env.application).file] : [(0,place/* pinPath */.d)(env)];
}
/**
 * Records the promotion that landed as `commit` on the base: nothing when it
 * is not one (no trailer), else one deployment per environment it changed
 * (only `only` when given), each found again rather than made twice.
 */
async function recordLanded(req, ports, commit, only, cache) {
    const git = ports.git;
    const github = ports.github;
    if (!git.commitInfo || !github?.recordDeployment)
        throw new Error('record: deployments needs git commit details and the GitHub client');
    const info = await git.commitInfo(commit);
    if (!info)
        throw new errors/* UserError */.yo(`the commit ${commit.slice(0, 12)} is not in the repository promoted in`, {
            hint: 'check out the repository with fetch-depth: 2 or more',
        });
    const merged = info.parents.length > 1 ? await git.commitInfo(info.parents[1]) : undefined;
    if (!hasPromoteTrailer(info.message) && !(merged && hasPromoteTrailer(merged.message)))
        return {
            commit,
            skipped: `${commit.slice(0, 12)} is not a landed promotion (neither it nor a merged commit carries ${(0,publish/* generatedTrailer */.ty)('promote-env')}); nothing recorded.`,
            deployments: [],
        };
    const parent = info.parents[0];
    const landed = [];
    for (const env of req.environments) {
        if (only && env.name !== only)
            continue;
        for (const file of environmentFiles(env)) {
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
            skipped: `${commit.slice(0, 12)} changed no ${only ? `file of ${only}` : "environment's values file or Application"}; nothing recorded.`,
            deployments: [],
        };
    const deployments = [];
    const pins = await (0,plan/* environmentPins */.Kv)({ ...req, environments: landed }, (p) => git.readAt(commit, p), cache);
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

// EXTERNAL MODULE: ./packages/core/src/promote/session.ts + 10 modules
var promote_session = __webpack_require__(6739);
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
// as a GitHub Deployment of each environment it promoted (promote/record.ts),
// and the views tell what was recorded.







/** True for a record: deployments result (the promote-env descriptor's views take both kinds). */
function isRecordResult(r) {
    return 'recorded' in r;
}
/** The commit that landed: the pushed commit on a push to the base of this repository, else the base's tip. */
async function landedCommit(req, ports, i, env) {
    const tip = await (0,promote_session/* fetchBase */.cu)(ports, req.base);
    const pushed = env.GITHUB_EVENT_NAME === 'push' && env.GITHUB_REF === `refs/heads/${req.base}` && i.repository === undefined
        ? env.GITHUB_SHA
        : undefined;
    if (pushed && /^[0-9a-f]{40}$/.test(pushed))
        return (await ports.git.resolveRef(pushed)) ?? tip;
    return tip;
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
        if (i.to && !req.environments.some((e) => e.name === i.to))
            throw new errors/* UserError */.yo(`is '${i.to}', an unknown environment`, {
                input: 'to',
                hint: `environments, in order: ${req.environments.map((e) => e.name).join(', ')}`,
            });
        const commit = await landedCommit(req, session.world, i, world.env);
        const recorded = await recordLanded(req, session.world, commit, i.to || undefined, new parse_cache/* ParseCache */.i());
        const made = recorded.deployments.filter((d) => d.record.outcome === 'created' || d.record.statusCreated || d.record.inactivated.length > 0);
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
                deployments: JSON.stringify(recorded.deployments.map((d) => ({ environment: d.environment, id: d.record.id, sha: commit, outcome: d.record.outcome }))),
            },
        };
    }
    finally {
        world.reporter.endGroup();
        await session.close();
    }
}
/** One sentence per deployment: created or found, its status, the earlier ones set inactive. */
function recordLines(r) {
    const { recorded } = r;
    if (recorded.skipped)
        return [recorded.skipped];
    return recorded.deployments.map((d) => {
        const how = d.record.outcome === 'created' ? 'created' : 'already recorded';
        const status = d.record.statusCreated ? 'marked success' : 'already success';
        const n = d.record.inactivated.length;
        const inactive = n > 0 ? `; ${n} earlier deployment${n === 1 ? '' : 's'} marked inactive` : '';
        return `${d.environment}: deployment ${d.record.id} of ${recorded.commit.slice(0, 12)} ${how}, ${status}${inactive}${d.url ? ` (${d.url})` : ''}`;
    });
}
/** The job summary: the commit, then one row per environment recorded. */
function recordMarkdown(r) {
    const { recorded } = r;
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
    parts.push(`Deployments of ${recorded.commit.slice(0, 12)}:`, '', (0,markdown/* markdownTable */.Qj)(['environment', 'deployment', 'record', 'pins', 'url'], rows));
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
    const { recorded } = r;
    return {
        title: `promote-env: record deployments on ${r.base}`,
        status: recorded.skipped ?? `Recorded ${recorded.commit.slice(0, 12)} in ${recorded.deployments.map((d) => d.environment).join(', ')}.`,
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

/***/ 3190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ generatedBy),
/* harmony export */   GG: () => (/* binding */ promotionTrailerLines),
/* harmony export */   M$: () => (/* binding */ recordsOf),
/* harmony export */   U4: () => (/* binding */ olderPromotionWords),
/* harmony export */   Z3: () => (/* binding */ releaseTrailerLine),
/* harmony export */   eH: () => (/* binding */ promotionsOf)
/* harmony export */ });
/* unused harmony exports TRAILER, lockstepTrailers, releasesOf */
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
/** Every `Lockstep-*: value` line of a message, anywhere in it (a squash merge keeps them inside its body), in order. */
function lockstepTrailers(message) {
    const out = [];
    // Most commits are not lockstep's: one search instead of a split.
    if (!message.includes('Lockstep-'))
        return out;
    for (const raw of message.split('\n')) {
        const m = /^\s*(Lockstep-[A-Za-z]+):[ \t]*(.*?)\s*$/.exec(raw);
        if (m)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/** True when the message carries `Lockstep-Generated: <action>` on a line of its own. */
function generatedBy(message, action) {
    return lockstepTrailers(message).some((t) => t.key === TRAILER.generated && t.value === action);
}
/**
 * The promotions a message records: one per `Lockstep-Environment` line,
 * with the lines that follow it up to the next one (a squash of two
 * promotions keeps both). Empty for a message without them.
 */
function promotionsOf(message) {
    return promotionsIn(lockstepTrailers(message));
}
/** The promotions of a message's trailer lines (promotionsOf). */
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
/** The release tags a message records (`Lockstep-Release` lines). */
function releasesOf(message) {
    return releasesIn(lockstepTrailers(message));
}
function releasesIn(trailers) {
    return trailers.filter((t) => t.key === TRAILER.release && t.value !== '').map((t) => t.value);
}
/**
 * Everything a message records, from one pass over its lines (a history
 * reader asks all three of every commit): its promotions (promotionsOf), its
 * release tags (releasesOf), and whether `Lockstep-Generated` names one of
 * lockstep's own actions on a line of its own (generatedBy).
 */
function recordsOf(message) {
    const trailers = lockstepTrailers(message);
    if (trailers.length === 0)
        return { promotions: [], releases: [], generated: false };
    return {
        promotions: promotionsIn(trailers),
        releases: releasesIn(trailers),
        generated: trailers.some((t) => t.key === TRAILER.generated && (t.value === 'prepare-release' || t.value === 'promote-env')),
    };
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

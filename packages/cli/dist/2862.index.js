export const id = 2862;
export const ids = [2862];
export const modules = {

/***/ 38874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ approval)
/* harmony export */ });
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67479);
// The approval gate (issue 54): `approval: { teams: [acme/platform] }` (or `{ github-environment: prod }`) on an
// environment promotes into it only once the previous step's promotion pull request — the one that promoted
// into the source environment, found by the merge that last changed the source's pins on the base branch — was
// approved by a member of one of the teams, or by a required reviewer of the GitHub Environment of that name.
// Its evidence is read through GitHub (the pull request's reviews, team memberships, the Environment's
// protection rules). A guard that cannot read what it guards holds, naming why: no token (a local dry run),
// a source that is no environment (a digests file, a version, a rollback ref: no promotion pull request to
// have approved), a last change that came by no pull request. Break glass does not lift it: a label anyone
// with triage rights adds is no one's approval.

const NAME = 'approval';
/** `a member of acme/platform or acme/sre`, `a required reviewer of the GitHub Environment prod`. */
function whoMay(rule) {
    if ('teams' in rule)
        return `a member of ${rule.teams.join(' or ')}`;
    return `a required reviewer of the GitHub Environment ${rule['github-environment']}`;
}
/** Which of `logins` count under `rule`, and as what; why not (a string) when GitHub cannot say. */
async function counting(github, rule, logins) {
    if ('teams' in rule) {
        const out = [];
        for (const login of logins)
            for (const team of rule.teams) {
                const [org, slug] = team.split('/');
                if (await github.teamMember(org, slug, login)) {
                    out.push({ login, as: `member of ${team}` });
                    break;
                }
            }
        return out;
    }
    const name = rule['github-environment'];
    const reviewers = await github.environmentReviewers(name);
    if (!reviewers)
        return `the GitHub Environment ${name} has no required reviewers to read`;
    const out = [];
    for (const login of logins) {
        if (reviewers.users.some((u) => u.toLowerCase() === login.toLowerCase())) {
            out.push({ login, as: `required reviewer of the GitHub Environment ${name}` });
            continue;
        }
        for (const team of reviewers.teams)
            if (await github.teamMember(team.org, team.slug, login)) {
                out.push({ login, as: `member of ${team.org}/${team.slug}, a required reviewer of the GitHub Environment ${name}` });
                break;
            }
    }
    return out;
}
/** Approval of the previous step's promotion pull request by the named teams or a GitHub Environment's reviewers. */
const approval = {
    name: NAME,
    title: 'an approval',
    settings: ['approval'],
    breakGlass: false,
    async gather(ctx) {
        const { req, route, ports, baseSha } = ctx;
        const rule = route.to.approval;
        if (!rule)
            return undefined;
        const base = { env: route.to.name, who: whoMay(rule), approvedBy: [], others: [], stale: [] };
        const source = req.from.kind === 'env' ? route.from : undefined;
        if (!source)
            return { ...base, unread: 'it is promoted from no environment, so no promotion pull request was approved' };
        const github = ports.github;
        if (!github)
            return { ...base, unread: 'no github-token: who approved cannot be read' };
        const landed = await ports.git.landedAt(baseSha, await (0,_place_js__WEBPACK_IMPORTED_MODULE_0__/* .pinPaths */ .ID)(source, (p) => ports.git.readAt(baseSha, p)));
        const pull = landed ? await github.mergedPullOf(landed, req.base) : undefined;
        if (!pull)
            return { ...base, unread: `the last change of ${source.name}'s pins on ${req.base} came by no pull request, so no one approved it` };
        const { approved, stale } = await github.approvals(pull.number);
        const found = await counting(github, rule, approved);
        const into = { number: pull.number, into: source.name };
        if (typeof found === 'string')
            return { ...base, pull: into, unread: found };
        const staleFound = found.length > 0 || stale.length === 0 ? [] : await counting(github, rule, stale);
        return {
            ...base,
            pull: into,
            approvedBy: found,
            others: approved.filter((l) => !found.some((f) => f.login === l)),
            stale: typeof staleFound === 'string' ? [] : staleFound.map((f) => f.login),
        };
    },
    holds(e) {
        if (e.approvedBy.length > 0)
            return [];
        const pull = e.pull ? `#${e.pull.number} (the promotion into ${e.pull.into})` : 'the promotion before it';
        const at = (ls) => ls.map((l) => `@${l}`).join(', ');
        const why = e.unread ??
            (e.stale.length > 0
                ? `approved by ${at(e.stale)} only on a commit before the one that merged (a push came after the review)`
                : e.others.length > 0
                    ? `approved only by ${at(e.others)}, who may not`
                    : 'not approved yet');
        return [{ gate: NAME, message: `${e.env} waits for ${pull} to be approved by ${e.who}: ${why}` }];
    },
    onHold: () => 'refuse',
    notes: (e) => e.pull && e.approvedBy.length > 0
        ? [
            `Approved: #${e.pull.number} (the promotion into ${e.pull.into}) was approved by ${e.approvedBy.map((a) => `@${a.login} (${a.as})`).join(', ')}.`,
        ]
        : [],
};


/***/ }),

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fanIn),
/* harmony export */   d: () => (/* binding */ wantsOf)
/* harmony export */ });
/* harmony import */ var _deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15137);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24619);
/* harmony import */ var _status_tables_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81646);
// The fan-in gate (issue 54): `after: [staging-e2e, staging-perf]` on an environment promotes into it only
// pins every listed environment runs: each digest (else tag) the promotion writes, and the chart version
// it brings. Its evidence is those environments' pins on the base (read as status reads them). A hold
// names which environment lacks which pin, and refuses: nothing is written until the next run finds them
// all there. Break glass does not lift it: fan-in says what was tried where, which no label changes.





const NAME = 'fan-in';
/** What `env` runs of `want`, as the hold says it; undefined when it runs it. */
function lacking(env, want, hydrated, ignored) {
    if (hydrated) {
        const has = want.service === undefined ? undefined : env.services[want.service]?.tag;
        if (has === want.pin)
            return undefined;
        return `${env.name} has not run DRY commit ${want.pin.slice(0, 12)} (its active branch runs ${has ? has.slice(0, 12) : 'none'}${ignored ? `; ${ignored}` : ''})`;
    }
    if (want.service === undefined) {
        const has = env.chartVersion;
        return has === want.pin ? undefined : `${env.name} lacks chart version ${want.pin} (it runs ${has ?? 'none'})`;
    }
    const pin = env.services[want.service];
    const has = want.pin.startsWith('sha256:') ? pin?.digest : pin?.tag;
    return has === want.pin ? undefined : `${env.name} lacks ${want.service} ${want.pin} (it runs ${has ?? 'none'})`;
}
/**
 * Each `after:` entry names another environment of the config listed before it (the list is the promotion graph's
 * order, so the graph has no cycle: promote/graph.ts), at its line (with the nearest name when one is close).
 */
function check(config) {
    const names = config.environments.map((e) => e.name);
    return config.environments.flatMap((e, i) => (e.after ?? []).flatMap((name, k) => names.includes(name) && names.indexOf(name) < i
        ? []
        : [
            new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(name === e.name
                ? `environment ${e.name} lists itself in after:`
                : names.includes(name)
                    ? `environment ${e.name} has after: '${name}', which is listed after it in environments: (list them in promotion order)`
                    : `environment ${e.name} has after: '${name}', which is not an environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(name, names)}`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_1__.configLine)(config, ['environments', i, 'after', k]),
                hint: `list the environments whose pins ${e.name} is promoted from; environments, in order: ${names.join(', ')}`,
            }),
        ]));
}
/** What a promotion writes, as fan-in compares it (`lockstep status` asks it of each edge's plan too): each digest, else tag, and the chart version. */
function wantsOf(plan) {
    return [
        ...plan.changes.flatMap((c) => {
            const pin = c.newDigest ?? c.newTag;
            return pin === undefined ? [] : [{ service: c.service, pin }];
        }),
        ...(plan.chart ? [{ pin: plan.chart.new }] : []),
    ];
}
/** Fan-in: the target's `after:` environments must all run what it is promoted to. */
const fanIn = {
    name: NAME,
    title: 'fan-in',
    settings: ['after'],
    breakGlass: false,
    check,
    async gather({ req, route, ports, plan, baseSha, cache }) {
        const after = route.to.after ?? [];
        if (after.length === 0)
            return undefined;
        const wants = wantsOf(plan);
        const named = req.environments.filter((e) => after.includes(e.name));
        // An app of an environment of many apps (deploy/fleet.ts) is promoted from the same app of each listed one.
        const app = (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .appIdOf */ .i_)(route.to);
        const listed = app !== undefined && named.some(_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .isFleet */ .xP) ? (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .asApp */ .Ql)(named, app, (await (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .fleetPaths */ .RK)(named, ports.git, baseSha)) ?? []) : named;
        // What each listed environment runs: its file's pins, else (an image inline in a base) its render's.
        // The renderers are loaded here only: the config checks load every gate (fan-in's check needs none of them).
        const { renderedRun } = await Promise.all(/* import() */[__webpack_require__.e(4828), __webpack_require__.e(9836), __webpack_require__.e(8289)]).then(__webpack_require__.bind(__webpack_require__, 28289));
        const rendered = (env) => renderedRun(req, env, ports, baseSha);
        const runs = await (0,_status_tables_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentPins */ .Kv)({ ...req, environments: listed }, (p) => ports.git.readAt(baseSha, p), cache, rendered);
        return { env: route.to.name, wants, runs };
    },
    holds: (e) => e.runs.flatMap((env) => e.wants.flatMap((w) => {
        const why = lacking(env, w, e.hydrated === true, e.ignored?.[env.name]);
        const what = e.hydrated ? 'DRY commits' : 'pins';
        return why === undefined
            ? []
            : [{ gate: NAME, message: `${e.env} is promoted only from ${what} its after: environments run: ${why}` }];
    })),
    onHold: () => 'refuse',
};


/***/ }),

/***/ 52862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ GATES),
/* harmony export */   s: () => (/* binding */ GATE_CHECKS)
/* harmony export */ });
/* harmony import */ var _approval_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38874);
/* harmony import */ var _fan_in_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7694);
/* harmony import */ var _rollback_hold_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20499);
/* harmony import */ var _soak_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37951);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79546);
// The gates a promotion passes, in the order their holds and notes are said. A gate is one file of this
// folder (gate.ts says what it exports) and one line here; the verdict (promote/gates.ts) and the run
// (promote/gate-evidence.ts) read this list and no gate by name.





const GATES = [_soak_js__WEBPACK_IMPORTED_MODULE_3__/* .soak */ .Rb, _window_js__WEBPACK_IMPORTED_MODULE_4__/* .window */ .x, _fan_in_js__WEBPACK_IMPORTED_MODULE_1__/* .fanIn */ .R, _approval_js__WEBPACK_IMPORTED_MODULE_0__/* .approval */ .S, _rollback_hold_js__WEBPACK_IMPORTED_MODULE_2__/* .rollbackHold */ .O];
/** The registered gates' config checks, run with every other config check before a promotion opens anything. */
const GATE_CHECKS = GATES.flatMap((g) => g.check ? [g.check] : []);


/***/ }),

/***/ 20499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ rollbackHold)
/* harmony export */ });
// The rollback hold (issue 75 item 3): a rollback into an environment (promote-env `from: ref:…`) holds that
// environment and the environments promoted from it (so, step by step, every one after it in the promotion graph),
// so the next automatic promotion does not undo it. The hold lives in the repository's history, not on a runner:
// an environment is held while the last promotion that landed in it on the base branch's first-parent history (its
// files' last change, a merge read on its merged side; rollback-history.ts) carries `Lockstep-Rollback: true`. It is lifted by the documented step, a promotion into the
// held environment with `lift-hold: true` (`lockstep promote --lift-hold`): once that lands, its landing is the
// last one, and the hold is gone. Another rollback is never held. Break glass does not lift it.
const NAME = 'rollback-hold';
/** `#45 (a1b2c3d4e5f6)`, or the commit alone: where a rollback landed. */
const landedBy = (r) => (r.pull !== undefined ? `#${r.pull} (${r.commit.slice(0, 12)})` : r.commit.slice(0, 12));
/** Rollback hold: the target and the environments before it must not be held by a rollback that landed in them. */
const rollbackHold = {
    name: NAME,
    title: 'a rollback',
    settings: ['lift-hold'],
    breakGlass: false,
    async gather({ req, route, ports, baseSha }) {
        // A rollback is never held: rolling back again, or further, is what a hold is for.
        if (req.from.kind === 'ref')
            return undefined;
        // The records' readers are loaded here only: the config checks load every gate, and this one checks no config.
        const { rollbacksAhead } = await Promise.all(/* import() */[__webpack_require__.e(5825), __webpack_require__.e(2386)]).then(__webpack_require__.bind(__webpack_require__, 68197));
        const held = (await rollbacksAhead(req, route, ports, baseSha)).filter((r) => r !== undefined);
        return held.length === 0 ? undefined : { target: route.to.name, held, lift: req.liftHold };
    },
    holds: (e) => e.held
        .filter((h) => !(e.lift && h.env === e.target))
        .map((h) => ({
        gate: NAME,
        message: h.env === e.target
            ? `${h.env} was rolled back to ${h.to} by ${landedBy(h)}: promotions into it wait until the hold is lifted (lift-hold: true on the promotion that ends it)`
            : `${h.env}, before ${e.target}, was rolled back to ${h.to} by ${landedBy(h)}: promotions after it wait until its hold is lifted (a promotion into ${h.env} with lift-hold: true)`,
    })),
    onHold: () => 'refuse',
    notes: (e) => e.held
        .filter((h) => e.lift && h.env === e.target)
        .map((h) => `Lifts the rollback hold of ${h.env} (rolled back to ${h.to} by ${landedBy(h)}): once this lands, promotions into ${h.env} go on.`),
};


/***/ }),

/***/ 37951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ soak),
/* harmony export */   tZ: () => (/* binding */ receivedAt),
/* harmony export */   vW: () => (/* binding */ pinnedSince)
/* harmony export */ });
/* unused harmony exports soakSourceText, formatUtc, soakHolds, hydratedSoakHolds */
/* harmony import */ var _git_spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90669);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8473);
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67479);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22399);
// The soak gate (issue 19): a pin is promoted out of an environment only once it has been pinned there on
// the base branch `min-soak` long. Its evidence is the values file's first-parent history (read through
// git, deepened when a shallow clone ends too soon) and when the base received each pin (the merged pull
// request's merged_at, else a Deployment, else the committer date). A rollback (from: ref:) skips the
// soak of the environment before the target, and says so. Break glass does not lift it: a soak measures
// time in the source environment, which no label makes pass.




const NAME = 'soak';
/** `(merged_at of #12)`: the source of a soak's start, as the output says it. */
function soakSourceText(s) {
    if (s?.kind === 'merged')
        return `merged_at of #${s.pull}`;
    if (s?.kind === 'deployment')
        return `created_at of Deployment ${s.id}`;
    const why = s?.why === 'no-github' ? 'GitHub not asked (no token)' : 'no PR found';
    return `committer date: ${why}; a direct push can backdate it`;
}
/**
 * Since when `current` (a pin's key: its digest, else its tag) has been the
 * pin: the oldest commit of the run at the head of `history` (newest first)
 * whose version of the file has it. `pinAt` reads a commit's pin key.
 */
async function pinnedSince(service, current, history, complete, pinAt) {
    let found;
    let all = true;
    for (const entry of history) {
        if (current === undefined || (await pinAt(entry.sha)) !== current) {
            all = false;
            break;
        }
        found = entry;
    }
    return { service, ...(found ? { since: found.time, commit: found.sha } : {}), ...(found && all && !complete ? { atLeast: true } : {}) };
}
/** `2026-11-23 08:00 UTC`: an instant on the UTC wall clock (promote/windows.ts formatAt for other time zones). */
function formatUtc(ms) {
    return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/**
 * The soak hold of each promoted service not yet pinned `minSoak` in `env`:
 * which service, since when (UTC) and how long is left. A pin whose start
 * was not found (its history does not show it), or whose history ends too
 * soon to show it soaked (a shallow clone that could not be deepened), is
 * held too, and says so.
 */
function soakHolds(env, minSoak, pins, now, say = pinWords(env)) {
    const soak = `min-soak ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(minSoak)}`;
    const holds = [];
    for (const p of pins) {
        const at = p.commit ? ` (${p.commit.slice(0, 12)})` : '';
        if (p.since !== undefined && p.atLeast) {
            // Where the history at hand ends the pin was already there: old enough if that commit is, else unknown.
            if (now - p.since >= minSoak)
                continue;
            holds.push({ gate: NAME, message: say.atLeast(p.service, `${formatUtc(p.since)}${at}`, soak) });
            continue;
        }
        if (p.since === undefined) {
            holds.push({ gate: NAME, message: say.unseen(p.service, soak) });
            continue;
        }
        const until = p.since + minSoak;
        if (now >= until)
            continue;
        // The commit and what its time is measured from: (abc123, merged_at of #12).
        const what = [p.commit?.slice(0, 12), p.source && soakSourceText(p.source)].filter((x) => x).join(', ');
        holds.push({ gate: NAME, message: say.soaking(p.service, p.since, what, minSoak, `${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(until - now)} left`, now), until });
    }
    return holds;
}
/** A pin of a values file on the base branch. */
function pinWords(env) {
    return {
        atLeast: (service, since, soak) => `${service}: pinned in ${env} at least since ${since}, where the history at hand ends, so its soak time (${soak}) cannot be measured: fetch the base branch's whole history`,
        unseen: (service, soak) => `${service}: no commit on the base branch's first-parent history pins it in ${env}, so its soak time (${soak}) cannot be measured`,
        soaking: (service, since, what, minSoak, left) => `${service}: pinned in ${env} since ${formatUtc(since)}${what ? ` (${what})` : ''}, min-soak ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(minSoak)}: ${left}`,
    };
}
/** soakHolds of a hydrated source `env` whose active branch is `branch` (branchWords). */
function hydratedSoakHolds(env, branch, minSoak, pins, now) {
    return soakHolds(env, minSoak, pins, now, branchWords(env, branch));
}
/**
 * A hydrated source, whose pins are DRY commits (`service` names one: `DRY commit abc123def456`) its active
 * branch `branch` runs: the same decisions, in words true of a branch an Argo CD reads.
 */
function branchWords(env, branch) {
    return {
        atLeast: (service, since, soak) => `${env} has run ${service} at least since ${since}, where the history of ${branch} at hand ends, so its soak time (${soak}) cannot be measured: fetch ${branch}'s whole history`,
        unseen: (service, soak) => `${env} is not seen to run ${service}: no commit of its active branch ${branch} runs it, so its soak time (${soak}) cannot be measured`,
        soaking: (service, since, what, minSoak, left, now) => `${env} has run ${service} for ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(Math.floor(Math.max(0, now - since) / 60_000) * 60_000)} of ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(minSoak)} (since its active branch ${branch} took it at ${formatUtc(since)}${what ? `, ${what}` : ''}): ${left}`,
    };
}
/** A pin as one comparable key: its digest, else its tag. */
const pinKey = (p) => p?.digest ?? (p?.tag !== undefined ? `tag:${p.tag}` : undefined);
/** Since when each service that changes has been pinned in the source environment, on the base's first-parent history. */
async function soakingPins({ req, ports, plan, baseSha, now, cache }, source, minSoak) {
    const pinsIn = async (log) => {
        const pins = [];
        for (const c of plan.changes) {
            const current = pinKey(await (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .servicePin */ .Tc)(req, source, c.service, (p) => ports.git.readAt(baseSha, p), cache));
            pins.push(await pinnedSince(c.service, current, log.entries, log.complete, async (sha) => pinKey(await (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .servicePin */ .Tc)(req, source, c.service, (p) => ports.git.readAt(sha, p), cache))));
        }
        return pins;
    };
    const paths = await (0,_place_js__WEBPACK_IMPORTED_MODULE_1__/* .pinPaths */ .ID)(source, (p) => ports.git.readAt(baseSha, p));
    const read = () => ports.git.firstParentLog(baseSha, paths);
    let log = await read();
    let pins = await pinsIn(log);
    // A shallow clone's history may end while a pin still matches: deepened in steps (the rest of it last) until
    // each such pin is known to be older than min-soak, or where it landed is found.
    for (const step of [..._git_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .DEEPEN_STEPS */ .Ej, undefined]) {
        if (log.complete || pins.every((p) => !p.atLeast || now - p.since >= minSoak))
            break;
        if (!(await ports.git.deepenHistory(step)))
            break;
        log = await read();
        pins = await pinsIn(log);
    }
    // Measured from when the base branch received each pin, not from a committer date a direct push can backdate.
    pins = await Promise.all(pins.map((p) => receivedAt(p, ports, source.name, req.base)));
    for (const p of pins)
        if (p.since !== undefined && p.source)
            ports.log(`${p.service}: soaking in ${source.name} since ${formatUtc(p.since)} (${soakSourceText(p.source)})`);
    return pins;
}
/**
 * Since when the base branch has had a pin: the merged_at of the pull request that brought its commit, else
 * the source environment's first Deployment of that commit, else the commit's committer date (said as such).
 * A pin whose history ends early (`atLeast`) or was not found keeps what pinnedSince said.
 */
async function receivedAt(pin, ports, environment, base) {
    if (pin.commit === undefined || pin.since === undefined || pin.atLeast)
        return pin;
    const github = ports.github;
    if (!github)
        return { ...pin, source: { kind: 'committer', why: 'no-github' } };
    const pull = await github.mergedPullOf(pin.commit, base);
    if (pull && !Number.isNaN(Date.parse(pull.mergedAt)))
        return { ...pin, since: Date.parse(pull.mergedAt), source: { kind: 'merged', pull: pull.number } };
    const deployed = await github.deployedAt(environment, pin.commit);
    if (deployed && !Number.isNaN(Date.parse(deployed.createdAt)))
        return { ...pin, since: Date.parse(deployed.createdAt), source: { kind: 'deployment', id: deployed.id } };
    return { ...pin, source: { kind: 'committer', why: 'no-pull' } };
}
/** Soak time: the source environment's min-soak (the input over its config key) and wait. */
const soak = {
    name: NAME,
    title: 'soak time',
    settings: ['min-soak', 'wait'],
    breakGlass: false,
    async gather(ctx) {
        const { req, route, plan } = ctx;
        const out = {};
        // The soak time and wait of the environment promoted from (the input over its config key).
        const source = route.from;
        const settings = source?.settings;
        if (source && settings?.minSoak && plan.changes.length > 0)
            out.source = {
                env: source.name,
                minSoak: settings.minSoak,
                wait: settings.wait,
                pins: await soakingPins(ctx, source, settings.minSoak),
            };
        const before = route.before;
        const pastSoak = before?.settings.minSoak;
        if (req.from.kind === 'ref' && before && pastSoak)
            out.rollbackPast = { env: before.name, minSoak: pastSoak };
        return out.source || out.rollbackPast ? out : undefined;
    },
    holds: (e, now) => {
        const s = e.source;
        if (!s)
            return [];
        return s.hydrated ? hydratedSoakHolds(s.env, s.hydrated.branch, s.minSoak, s.pins, now) : soakHolds(s.env, s.minSoak, s.pins, now);
    },
    onHold: (e) => (e.source?.wait === 'draft' ? 'draft' : 'refuse'),
    notes: (e) => e.rollbackPast
        ? [
            `A rollback (from: ref:) does not wait for the soak time of ${e.rollbackPast.env} (min-soak ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(e.rollbackPast.minSoak)}).`,
        ]
        : [],
};


/***/ }),

/***/ 79546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ window)
/* harmony export */ });
// The window gate (issue 19): promotions into an environment land inside its allow windows, outside its
// deny windows and freezes (`windows:`). Its evidence is the target's rules at the World's clock; the
// cron calculus is promote/windows.ts, loaded only when the target has windows (cron-parser and its
// time-zone library are a third of a megabyte every other promotion would compile). A hold makes the
// pull request a draft; a break-glass label on it lifts the hold (an emergency fix in a freeze).
const NAME = 'window';
/** Promotion windows and freezes of the target. */
const window = {
    name: NAME,
    title: 'a promotion window',
    settings: ['windows', 'break-glass-label'],
    breakGlass: true,
    async gather({ route, now }) {
        if (!route.to.windows)
            return undefined;
        const { windowHold } = await Promise.all(/* import() */[__webpack_require__.e(8628), __webpack_require__.e(1663)]).then(__webpack_require__.bind(__webpack_require__, 51663));
        const closed = windowHold(route.to.name, route.to.windows, now);
        return closed ? { closed } : {};
    },
    holds: (e) => (e.closed ? [{ gate: NAME, ...e.closed }] : []),
    onHold: () => 'draft',
};


/***/ }),

/***/ 81646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ readHydratedEnvironment),
/* harmony export */   Kv: () => (/* binding */ environmentPins),
/* harmony export */   Qp: () => (/* binding */ sideBySide),
/* harmony export */   aj: () => (/* binding */ readAnyEnvironment),
/* harmony export */   p$: () => (/* binding */ promotionSideBySide)
/* harmony export */ });
/* unused harmony export readEnvironment */
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
/* harmony import */ var _deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15137);
/* harmony import */ var _deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49373);
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67479);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5459);
// Every environment side by side: what `lockstep status` shows and promote-env's
// job summary ends with. Each environment's files are opened once, leniently (a
// file that cannot be read shows `?`, one that does not exist `missing`), and
// give both its column of the table and its pins in full (status --json, the
// deployments record). Linear in environments × services: a fleet of a hundred
// environments reads each of them once, never once per pair.





/** Opens `env`'s place at the base, lenient about what cannot be read: undefined when absent, 'unreadable' when it does not parse. */
async function openLeniently(req, env, read, cache) {
    try {
        return await (0,_place_js__WEBPACK_IMPORTED_MODULE_2__/* .openPinPlace */ .lj)(env, read, {
            charts: req.charts,
            at: `the base branch ${req.base}`,
            configFile: req.configFile,
            cache,
            optional: true,
            lenientApplication: true,
            services: req.services,
        });
    }
    catch {
        return 'unreadable';
    }
}
/**
 * Reads `env`'s files through `read` once: its column of the side-by-side table and its pins in full. A service
 * its pin place does not define (no key, no `images:` entry) is what `rendered` (the environment's render, asked
 * at most once) runs for it; without `rendered`, or where the environment does not render, it is `—`.
 */
async function readEnvironment(req, env, read, cache, rendered) {
    const place = await openLeniently(req, env, read, cache);
    const deployment = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentOf */ .PE)(env);
    const resource = deployment?.chartPin ?? deployment?.application;
    const open = place === 'unreadable' ? undefined : place;
    const pins = {
        name: env.name,
        values: env.values,
        missing: place === undefined,
        ...(deployment?.build !== undefined ? { kustomization: open?.file ?? deployment.build } : {}),
        services: {},
    };
    if (resource)
        pins.chartVersion = open?.rev?.current || null;
    const cells = new Map();
    let chart = '—';
    if (resource && open)
        chart = open.applicationFailed ? '?' : open.rev?.current || '—';
    const undefinedHere = [];
    for (const s of req.services) {
        if (place === 'unreadable') {
            cells.set(s.name, '?');
            pins.services[s.name] = null;
            continue;
        }
        // A values file (or overlay) that does not exist is said so in its own column only.
        if (place === undefined) {
            cells.set(s.name, 'missing');
            pins.services[s.name] = null;
            continue;
        }
        let pin;
        try {
            pin = place.read(place.text, s);
        }
        catch {
            pin = undefined;
        }
        if (pin?.tag === undefined && pin?.digest === undefined)
            undefinedHere.push(s.name);
        cells.set(s.name, pin ? `${pin.tag ?? '—'} ${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(pin.digest)}` : '—');
        pins.services[s.name] = pin ? { tag: pin.tag ?? null, digest: pin.digest ?? null } : null;
    }
    if (undefinedHere.length > 0 && rendered)
        fromRender(await rendered(), undefinedHere, cells, pins);
    return { column: { cells, chart }, pins };
}
/**
 * readEnvironment of an environment of many apps (deploy/fleet.ts) at a commit whose files are `paths`: each app
 * read as its own environment with its services (promote/fleet.ts), in one column whose cells are `<app>/<service>`
 * (and `<app>/chart version` where the app's deployer pins a chart), each app's pins under `apps`. Any other
 * environment is readEnvironment's; `rendered` gives an environment's render, asked at most once each.
 */
async function readAnyEnvironment(req, env, read, cache, paths, rendered) {
    let fleet;
    try {
        fleet = paths && (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .appsOf */ .OC)(env, paths, { file: req.configFile, line: () => env.valuesLine });
    }
    catch {
        fleet = { apps: [], partial: [] };
    }
    if (!fleet)
        return readEnvironment(req, env, read, cache, rendered && (() => rendered(env)));
    const ids = new Set(fleet.apps.map((a) => a.id));
    const cells = new Map();
    const apps = {};
    for (const a of fleet.apps) {
        const r = await readEnvironment({ ...req, services: (0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .appServices */ .yM)(req.services, a.id, ids) }, a.env, read, cache, rendered && (() => rendered(a.env)));
        for (const [service, cell] of r.column.cells)
            cells.set(`${a.id}/${service}`, cell);
        if ((0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .deployerResource */ .lq)(a.env))
            cells.set(`${a.id}/chart version`, r.column.chart);
        apps[a.id] = r.pins;
    }
    const pins = { name: env.name, values: env.values, missing: fleet.apps.length === 0, services: {}, apps };
    return { column: { cells, chart: '—' }, pins };
}
/**
 * A hydrated environment's column and pins: what the manifests on its active branch run (hydrated-run.ts), the
 * branch its deployer syncs, for every service; `—` and the reason where the branch cannot be read.
 */
function readHydratedEnvironment(req, env, run) {
    const pins = {
        name: env.name,
        values: env.values,
        missing: false,
        services: {},
        hydrated: { branch: run.branch, dry: run.dry ?? null },
    };
    const cells = new Map();
    for (const s of req.services) {
        cells.set(s.name, '—');
        pins.services[s.name] = null;
    }
    fromRender(run, req.services.map((s) => s.name), cells, pins);
    return { column: { cells, chart: '—' }, pins };
}
/** The services the pin place does not define, as the render runs them; `—` and the reason where it does not render. */
function fromRender(run, services, cells, pins) {
    if ('unrendered' in run) {
        pins.unrendered = run.unrendered;
        return;
    }
    for (const name of services) {
        const pin = run.pins.get(name);
        if (!pin) {
            (pins.runsNone ??= []).push(name);
            continue;
        }
        cells.set(name, `${pin.tag ?? '—'} ${(0,_deploy_pins_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(pin.digest)}`);
        pins.services[name] = { tag: pin.tag ?? null, digest: pin.digest ?? null };
        (pins.rendered ??= {})[name] = pin.object;
    }
}
/** The table from each environment's column, in the request's order; the column `after` (an index) is labelled `<name> (after)`. */
function sideBySide(req, columns, after = -1) {
    const envs = req.environments;
    const rows = req.services.map((s) => ({ service: s.name, cells: columns.map((c) => c.cells.get(s.name) ?? '—') }));
    if (envs.some((e) => (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .deployerResource */ .lq)(e) && !(0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .isFleet */ .xP)(e)))
        rows.push({ service: 'chart version', cells: columns.map((c) => c.chart) });
    // Environments of many apps: a row per app and service (`a042/api`), in the order the columns name them; a
    // service no column pins as such is left out then (every app's row says it).
    if (envs.some(_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .isFleet */ .xP)) {
        const named = new Set(req.services.map((s) => s.name));
        const keys = [...new Set(columns.flatMap((c) => [...c.cells.keys()].filter((k) => !named.has(k))))];
        const kept = rows.filter((r) => r.service === 'chart version' || columns.some((c, i) => !(0,_deploy_fleet_js__WEBPACK_IMPORTED_MODULE_0__/* .isFleet */ .xP)(envs[i]) && c.cells.has(r.service)));
        kept.push(...keys.map((k) => ({ service: k, cells: columns.map((c) => c.cells.get(k) ?? '—') })));
        return { environments: envs.map((e, i) => (i === after ? `${e.name} (after)` : e.name)), rows: kept };
    }
    return { environments: envs.map((e, i) => (i === after ? `${e.name} (after)` : e.name)), rows };
}
/**
 * Every environment's pins at the base in full values (not the table's display strings); `cache` holds the run's
 * parses; `rendered`, a service an environment's file does not pin is what its render runs.
 */
async function environmentPins(req, readBase, cache = new _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .ParseCache */ .i(), rendered, paths) {
    const read = await Promise.all(req.environments.map((env) => readAnyEnvironment(req, env, readBase, cache, paths, rendered && ((e) => rendered(e, readBase)))));
    return read.map((r) => r.pins);
}
/**
 * Every environment side by side for the configured services (tag and short
 * digest), plus the chart version of each environment's Application, the
 * target's column as this promotion leaves it (`edited`: the plan's files
 * after their edit). A file that cannot be read shows `?` rather than
 * failing the promotion; with `rendered`, a service an environment's file does
 * not pin shows what its render runs.
 */
async function promotionSideBySide(req, toIndex, readBase, edited, cache, rendered, paths) {
    const columns = await Promise.all(req.environments.map(async (env, i) => {
        const read = async (p) => (i === toIndex && edited.has(p) ? edited.get(p) : await readBase(p));
        return (await readAnyEnvironment(req, env, read, cache, paths, rendered && ((e) => rendered(e, read)))).column;
    }));
    return sideBySide(req, columns, toIndex);
}


/***/ })

};

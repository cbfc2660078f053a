export const id = 2252;
export const ids = [2252];
export const modules = {

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ stripPort),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// A host's name as written (no lookup, no node:net): light enough for the entry chunks that read an
// image reference (capture-digests' inputs); hosts.ts adds the address rules.
/** True when the registry host is this machine (plain http is allowed there). */
function isLoopbackHost(host) {
    const h = stripPort(host).toLowerCase();
    return h === 'localhost' || h.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '[::1]';
}
/** host without `:port`; keeps a bracketed IPv6 literal's brackets off. */
function stripPort(host) {
    if (host.startsWith('[')) {
        const end = host.indexOf(']');
        return host.slice(1, end < 0 ? undefined : end);
    }
    const c = host.lastIndexOf(':');
    return c >= 0 && host.indexOf(':') === c ? host.slice(0, c) : host;
}


/***/ }),

/***/ 21409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMetrics: () => (/* binding */ runMetrics)
});

// EXTERNAL MODULE: ./packages/core/src/async/young-generation.ts
var young_generation = __webpack_require__(65633);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(57850);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
// EXTERNAL MODULE: ./packages/core/src/promote/session.ts + 16 modules
var promote_session = __webpack_require__(29280);
// EXTERNAL MODULE: ./packages/core/src/records/figures.ts + 1 modules
var records_figures = __webpack_require__(61624);
;// CONCATENATED MODULE: ./packages/core/src/records/deployments.ts
// GitHub Deployments as a second source of landing times (promote-env's
// `record: deployments` makes one per landed promotion and environment):
// a landing whose commit has a deployment in its environment with a
// `success` status landed when that status was given, not when the commit
// reached the base branch; one whose deployment only failed is a failed
// landing. Definitions: docs/metrics.md. Pure: landings and deployments in,
// landings out.
/** A deployment's outcome, and when it succeeded (the earliest success status). */
function outcomeOf(d) {
    const successes = d.statuses.filter((s) => s.state === 'success').map((s) => s.at);
    if (successes.length > 0)
        return { state: 'success', at: Math.min(...successes) };
    if (d.statuses.some((s) => s.state === 'failure' || s.state === 'error'))
        return { state: 'failure' };
    if (d.statuses.some((s) => s.state === 'inactive'))
        return { state: 'inactive' };
    return { state: 'pending' };
}
const RANK = { success: 3, failure: 2, inactive: 1, pending: 0 };
/**
 * The landings with each one's deployment applied: of the deployments of its
 * commit into its environment (a rerun may make several), the one that
 * succeeded earliest, else a failed one, else an inactive or pending one. A
 * success moves the landing's time to the success status's (source
 * `deployment`); any other outcome keeps the commit's time (source `git`).
 * Landings without a deployment are returned as they were.
 */
function timedByDeployments(landings, deployments) {
    const best = new Map();
    for (const d of deployments) {
        const key = `${d.environment}\0${d.sha}`;
        const o = { id: d.id, ...outcomeOf(d) };
        const known = best.get(key);
        if (!known ||
            RANK[o.state] > RANK[known.state] ||
            (o.state === known.state && o.at !== undefined && known.at !== undefined && o.at < known.at))
            best.set(key, o);
    }
    if (best.size === 0)
        return [...landings];
    return landings.map((l) => {
        const d = best.get(`${l.environment}\0${l.commit}`);
        if (!d)
            return l;
        const deployment = { id: d.id, state: d.state };
        return d.state === 'success' && d.at !== undefined ? { ...l, at: d.at, source: 'deployment', deployment } : { ...l, deployment };
    });
}

// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var repo = __webpack_require__(63164);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/git/log.ts
var log = __webpack_require__(45968);
// EXTERNAL MODULE: ./packages/core/src/records/trailers.ts
var records_trailers = __webpack_require__(73190);
;// CONCATENATED MODULE: ./packages/core/src/records/release-commits.ts
// What prepare-release writes, so that its trailers count only on a commit that changed nothing else: a
// feature commit whose message ends in `Lockstep-Generated: prepare-release` (pasted, or written to hide
// the change) would otherwise leave lead time as a release commit, never as the change it is.


/**
 * The file names prepare-release writes whatever the config says: CHANGELOG.md files, charts' Chart.yaml and
 * Chart.lock, and the lock files a lock-command rewrites.
 */
const RELEASE_NAMES = new Set([
    'CHANGELOG.md',
    'Chart.yaml',
    'Chart.lock',
    ...['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock'],
    ...['pnpm-lock.yaml', 'bun.lockb', 'Cargo.lock', 'Gemfile.lock', 'composer.lock', 'go.sum'],
]);
/** Whether `path` is a file prepare-release writes in any repository: RELEASE_NAMES, or `.version` (version-file's default). */
function releaseWritesByName(path) {
    return path === '.version' || RELEASE_NAMES.has(path.slice(path.lastIndexOf('/') + 1));
}
/**
 * Of the commits `claiming` a release, those that changed a file prepare-release does not write
 * (`releaseWrites`), or whose changes git cannot list: one `git log` for a thousand of them.
 */
async function beyondRelease(git, claiming, releaseWrites) {
    if (claiming.length === 0)
        return new Set();
    const paths = await (0,log/* firstParentPathsOf */.id)(git, claiming);
    return new Set(claiming.filter((sha) => !paths.get(sha)?.every(releaseWrites)));
}
/** The kept commits whose trailers claim a release: their own, or for a merge its merged side's (`sides`). */
function claimingRelease(commits, sides) {
    return commits.flatMap((c) => {
        if (!('sha' in c))
            return [];
        const side = c.merge ? sides.get(c.merge.side) : undefined;
        const claims = c.merge ? side && (0,records_trailers/* claimsOf */.ds)(side.message, side.block, 0) : c.claims;
        return claims?.prepareRelease ? [c.sha] : [];
    });
}

;// CONCATENATED MODULE: ./packages/core/src/records/keeper.ts
// What the history reader (records/history.ts) keeps of the messages it reads: each pin and word copied
// once, so that no kept value is a slice holding a whole message alive.
/**
 * The pins and words of landings, each kept once: a fleet's promotions pin
 * the same service at the same version in environment after environment
 * (300 services × 100 environments), and a value read from a message is a
 * slice of it that keeps the whole message (tens of KB) alive. What is kept
 * is a copy of its own.
 */
function recordKeeper() {
    const texts = new Map();
    const text = (v) => {
        let k = texts.get(v);
        if (k === undefined)
            texts.set((k = Buffer.from(v, 'utf8').toString('utf8')), k);
        return k;
    };
    const kept = new Map();
    const pin = (p) => {
        // No value holds a NUL (git prints none); `\u0001` stands for an absent one.
        const key = `${p.name}\0${p.tag ?? '\u0001'}\0${p.digest ?? '\u0001'}`;
        let k = kept.get(key);
        if (!k) {
            k = {
                name: text(p.name),
                ...(p.tag !== undefined ? { tag: text(p.tag) } : {}),
                ...(p.digest !== undefined ? { digest: text(p.digest) } : {}),
            };
            kept.set(key, k);
        }
        return k;
    };
    const pins = (list) => list.map(pin);
    return {
        pins,
        text,
        own: (v) => Buffer.from(v, 'utf8').toString('utf8'),
        claims: (c) => ({
            ...c,
            promotions: c.promotions.map((p) => ({
                environment: text(p.environment),
                from: text(p.from),
                rollback: p.rollback,
                services: pins(p.services),
                ...(p.chart !== undefined ? { chart: text(p.chart) } : {}),
            })),
            releases: c.releases.map(text),
        }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/records/history.ts
// The one reader of lockstep's records in a repository's history. The
// first-parent history of the base branch is walked once: one `git log` for
// every commit's parents, committer time and message, with the paths it
// changed under the environments' folder (their values files and
// Applications; git diffs each commit under that folder only, and the reader
// keeps the environments' own files).
// Then the merged side of merges that landed a promotion without saying so in
// their own message (one more `git log` per 1,000), and the release tags (one
// `git for-each-ref`). Each commit becomes a landing (a promotion into an
// environment), a release, or a change (anything else merged). metrics reads
// these; record: deployments reads the same trailers through trailers.ts.
// A trailer counts only where lockstep vouches for it (trailers.ts
// vouchedRecords): git's own parse of the trailer block, a promotion into an
// environment whose files the commit changed, a release commit as
// prepare-release titles it, touching only what prepare-release writes
// (`releaseWrites`). Other `Lockstep-*` lines are counted, not read.






/** One commit of git/log.ts's commitsByIds from its five fields. */
function rawCommit(f) {
    return {
        // With -z git separates commits by NUL only; a newline may remain before the next id.
        sha: f[0].replace(/^\n/, ''),
        parents: f[1].split(' ').filter(Boolean),
        at: Number(f[2]),
        block: (0,records_trailers/* lockstepBlock */.bB)(f[3]),
        message: f[4],
    };
}
/** Splits git/log.ts's commitsByIds output into commits, in its order. */
function parseLog(text) {
    const f = text.split('\0');
    const out = [];
    for (let k = 0; k + 4 < f.length; k += 5)
        out.push(rawCommit(f.slice(k, k + 5)));
    return out;
}
/** A message's title and its other lines that hold a `→`: all that olderPromotionWords reads of it (a title or a service line). */
function arrowLines(message) {
    const [title, ...rest] = message.split('\n');
    return [title, ...rest.filter((line) => line.includes('→'))].join('\n');
}
/** `Lockstep-`, as the bytes of a message: a message without it claims nothing (trailers.ts claimsOf). */
const LOCKSTEP = Buffer.from('Lockstep-', 'latin1');
/**
 * A commit of the walk that is a change whatever else the history holds: it
 * changed no environment's files, and neither its message (for a merge, its
 * own) nor its trailer block as git parsed it has a `Lockstep-` line (the
 * block may where the message does not: a `trailer.<token>.key` in the
 * repository's git config renames a key as git parses it). Its message is
 * never decoded: in a long history that is nearly every commit.
 */
function plainChange(c, envs) {
    return envs.length === 0 && !c.message.includes(LOCKSTEP) && (c.trailers.length === 0 || !c.trailers.includes(LOCKSTEP));
}
/** One commit of the walk as kept (KeptCommit): its claims' and words' values copied once (recordKeeper). */
function keptCommit(c, at, envs, keep) {
    const message = c.message.toString('utf8');
    const parents = c.parents.toString('latin1').split(' ').filter(Boolean);
    const trailers = c.trailers.toString('utf8');
    // A merge's own message is a person's (a pull request's body): its mark counts, as a squash's does.
    const marks = (0,records_trailers/* fixMarksOf */.HQ)(trailers);
    const fixes = marks.length > 0 ? { fixes: marks.map(keep.own) } : {};
    if (parents.length > 1)
        return { sha: c.sha, at, envs, merge: { side: parents[1], message }, ...fixes };
    const claims = (0,records_trailers/* claimsOf */.ds)(message, (0,records_trailers/* lockstepBlock */.bB)(trailers), 0);
    return {
        sha: c.sha,
        at,
        envs,
        ...fixes,
        ...(claims.claimed > 0 || claims.block > 0 ? { claims: keep.claims(claims) } : {}),
        ...(message.includes('→') ? { older: keep.own(arrowLines(message)) } : {}),
    };
}
/** The merged sides of merges: `shas` read in batches of one `git log --no-walk` each. */
async function commitsOf(git, shas) {
    const out = new Map();
    for (let k = 0; k < shas.length; k += 1000) {
        const text = await (0,log/* commitsByIds */.M6)(git, shas.slice(k, k + 1000));
        for (const c of parseLog(text))
            out.set(c.sha, c);
    }
    return out;
}
/**
 * Reads the records of the first-parent history ending at `tip`. A commit
 * lockstep vouches for (trailers.ts vouchedRecords: its own message, or for
 * a merge its merged side's) is a landing in each environment its
 * `Lockstep-Environment` trailers name, or a release. An environment whose
 * files a commit changed without such a record is an inferred landing there,
 * its services read from an older promote-env message when it is one.
 * Release tags are releases. Every other commit is a change. A committer
 * time after `now` (seconds) is taken as `now`, and counted. A release
 * commit counts only when `releaseWrites` names every file it changed.
 */
async function readRecords(git, tip, environments, now = Infinity, releaseWrites = releaseWritesByName) {
    const envFiles = [...new Set(environments.flatMap((e) => e.files))];
    const envOf = new Map();
    for (const e of environments)
        for (const f of e.files)
            envOf.set(f, [...(envOf.get(f) ?? []), e.name]);
    const keep = recordKeeper();
    // One walk of the first-parent history: each commit a change as it arrives (nearly all of them), or kept
    // with what its message claims (read as it arrives) and the environments whose files it changed. Two walks
    // at once where the machine has a second core and a release tag splits the history (splitAt).
    const targets = await (0,log/* tagTargets */.lR)(git);
    const tags = new Map([...targets].map(([name, t]) => [name, t.commit]));
    // Each part of the walk (eachCommitTouching): its commits, and the committer times after `now` among them.
    const parts = [];
    const [shallow, order] = await Promise.all([
        (0,repo/* asRepo */.lU)(git).isShallow(),
        (0,log/* eachCommitTouching */.Mh)(git, tip, (0,log/* historyFolders */.kD)(envFiles), (c, paths, part) => {
            const into = (parts[part] ??= { commits: [], late: [] });
            if (c.time > now)
                into.late.push(c.time);
            const at = Math.min(c.time, now);
            const envs = paths.length > 0 ? [...new Set(paths.flatMap((f) => envOf.get(f) ?? []))] : [];
            into.commits.push(plainChange(c, envs) ? { commit: c.sha, index: -1, at } : keptCommit(c, at, envs, keep));
        }, (0,external_node_os_.availableParallelism)() > 1 ? (0,log/* splitAt */.gI)(targets) : undefined),
    ]);
    const walked = order.flatMap((k) => parts[k] ?? []);
    const commits = walked.flatMap((p) => p.commits);
    const late = walked.flatMap((p) => p.late);
    const future = late.length > 0 ? { commits: late.length, latest: late.reduce((a, b) => Math.max(a, b)) } : undefined;
    commits.reverse();
    // A merge that changed an environment's files: its merged side's message is the record of what landed.
    const sides = commits.flatMap((c) => ('envs' in c && c.merge && c.envs.length > 0 ? [c.merge.side] : []));
    const merged = sides.length > 0 ? await commitsOf(git, sides) : new Map();
    const notReleases = await beyondRelease(git, claimingRelease(commits, merged), releaseWrites);
    return { tip, shallow, ...(future ? { future } : {}), ...recordsOf(commits, merged, tags, keep, notReleases) };
}
/**
 * The landings, changes and releases of the walk's commits (oldest first): a change as it is, a kept
 * commit as what lockstep vouches for of it (its merged side's message for a merge, `merged`).
 */
function recordsOf(commits, merged, tags, keep, notReleases) {
    const landings = [];
    const changes = [];
    const releases = new Map();
    // The first-parent positions of the tagged commits (a few hundred of the history's commits).
    const tagged = new Set(tags.values());
    const indexOf = new Map();
    const fixMarks = [];
    let ignored = 0;
    const none = (0,records_trailers/* claimsOf */.ds)('', [], 0);
    commits.forEach((c, index) => {
        if (!('envs' in c)) {
            if (tagged.has(c.commit))
                indexOf.set(c.commit, index);
            c.index = index;
            changes.push(c);
            return;
        }
        if (tagged.has(c.sha))
            indexOf.set(c.sha, index);
        for (const release of c.fixes ?? [])
            fixMarks.push({ index, release });
        // A merge's own message is GitHub's or a person's, never lockstep's: only its merged side can be a record.
        const side = c.merge ? merged.get(c.merge.side) : undefined;
        const said = c.merge
            ? keep.claims((0,records_trailers/* claimsOf */.ds)(side?.message ?? '', side?.block ?? [], (0,records_trailers/* lockstepLines */.V7)(c.merge.message).length))
            : (c.claims ?? none);
        // A release's trailers on a commit that changed more than prepare-release writes: a change that says otherwise.
        const claims = notReleases.has(c.sha) ? { ...said, prepareRelease: false, releases: [] } : said;
        const vouched = (0,records_trailers/* vouch */.ah)(claims, c.envs);
        if (vouched.ignored)
            ignored++;
        for (const tag of vouched.releases)
            releases.set(tag, { tag, commit: c.sha, index });
        landings.push(...landingsOf(c, index, vouched, side, keep));
        if (c.envs.length > 0 || vouched.generated)
            return;
        changes.push({ commit: c.sha, index, at: c.at });
    });
    // A tag on the first-parent history places its release there; a tag elsewhere keeps the release commit's place, if any.
    for (const [tag, commit] of tags) {
        const index = indexOf.get(commit);
        const known = releases.get(tag);
        if (index !== undefined || !known)
            releases.set(tag, { tag, commit, ...(index !== undefined ? { index } : {}) });
    }
    return { commits: commits.length, landings, changes, releases, fixMarks, oldestAt: commits[0]?.at, ignored };
}
/**
 * The landings of a kept commit at first-parent position `index`: each promotion lockstep vouches for, and
 * an inferred one in each other environment whose files it changed (its services from an older promote-env
 * message's words: its own, or for a merge its own and its merged side's, `side`).
 */
function landingsOf(c, index, vouched, side, keep) {
    const out = vouched.promotions.map((p) => ({
        commit: c.sha,
        index,
        at: c.at,
        environment: p.environment,
        services: p.services,
        ...(p.from ? { from: p.from } : {}),
        rollback: p.rollback,
        inferred: false,
        source: 'git',
    }));
    const unrecorded = c.envs.filter((e) => !vouched.promotions.some((p) => p.environment === e));
    if (unrecorded.length === 0)
        return out;
    const words = (0,records_trailers/* olderPromotionWords */.U4)(c.merge ? (side ? `${c.merge.message}\n${side.message}` : c.merge.message) : (c.older ?? ''));
    for (const environment of unrecorded)
        out.push({
            commit: c.sha,
            index,
            at: c.at,
            environment,
            services: keep.pins(words.services),
            ...(words.from ? { from: keep.text(words.from) } : {}),
            rollback: words.rollback,
            inferred: true,
            source: 'git',
        });
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var publish = __webpack_require__(5825);
// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var spawn = __webpack_require__(90669);
;// CONCATENATED MODULE: ./packages/core/src/git/hydrated-history.ts
// Reads of a hydrated branch's history for records/hydrated-landings.ts: each first-parent commit that changed
// its hydrator.metadata with the file's text, and where a DRY commit sits on the base branch's first-parent path.

/** The first-parent commits from `tip` that changed `metadata`, oldest first: sha, committer time (s) and the file's text. */
async function metadataHistory(git, tip, metadata) {
    const log = await (0,spawn/* gitTry */.W_)(git, ['log', '--first-parent', '--format=%H %ct', tip, '--', metadata]);
    const out = [];
    for (const line of (log ?? '').split('\n').filter(Boolean).reverse()) {
        const [sha, ct] = line.split(' ');
        out.push({ sha, at: Number(ct), text: await (0,spawn/* gitTry */.W_)(git, ['cat-file', 'blob', `${sha}:${metadata}`]) });
    }
    return out;
}
/** `commit`'s position in `tip`'s first-parent history of `commits` commits (the oldest 0); undefined when it is not on that path. */
async function firstParentPosition(git, tip, commits, commit) {
    if ((await git(['merge-base', '--is-ancestor', commit, tip])).code !== 0)
        return undefined;
    const steps = Number(await (0,spawn/* gitTry */.W_)(git, ['rev-list', '--first-parent', '--count', `${commit}..${tip}`]));
    if (!Number.isInteger(steps))
        return undefined;
    // On the first-parent path: the walk from the tip reaches it after `steps` commits.
    const at = await (0,spawn/* gitTry */.W_)(git, ['rev-list', '--first-parent', '--skip', String(steps), '--max-count=1', tip]);
    return at === commit ? commits - 1 - steps : undefined;
}

// EXTERNAL MODULE: ./packages/core/src/git/hydrated.ts
var hydrated = __webpack_require__(38397);
;// CONCATENATED MODULE: ./packages/core/src/records/hydrated-landings.ts
// Promotions of hydrated branches as landings (issue 59 item 2): an environment whose `hydrate:` says
// `promote: lockstep` is deployed by merging `<branch>-next` into `<branch>`, not by a commit on the base branch.
// Each first-parent commit of its active branch that changed its hydrator.metadata is a landing there, at its
// committer time, that ships the DRY commit the file names and every change before it on the base branch's
// first-parent history (`ships`, its position): lead time runs from those changes' merge to this landing.



/**
 * The landings of each environment on its active branch (fetched from origin), oldest first; `tip` and
 * `commits` are the base branch's first-parent history as history.ts read it (a DRY commit off it is skipped).
 */
async function hydratedLandings(git, tip, commits, environments, now = Infinity) {
    const out = [];
    for (const e of environments) {
        const active = await (0,publish/* fetchBranch */.D_)(git, 'origin', e.active);
        if (!active)
            continue;
        let last = -1;
        for (const { sha, at, text } of await metadataHistory(git, active, e.metadata)) {
            const dry = (0,hydrated/* dryShaOf */.hu)(text);
            const ships = dry ? await firstParentPosition(git, tip, commits, dry) : undefined;
            if (ships === undefined)
                continue;
            out.push({
                commit: sha,
                index: ships,
                ships,
                at: Math.min(at, now),
                environment: e.name,
                services: [],
                rollback: ships < last,
                inferred: false,
                source: 'git',
            });
            last = ships;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/promote/hydrated.ts
var promote_hydrated = __webpack_require__(6225);
// EXTERNAL MODULE: ./packages/core/src/github/client.ts + 2 modules
var client = __webpack_require__(20145);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __webpack_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/github/deployments.ts
var github_deployments = __webpack_require__(31277);
// EXTERNAL MODULE: ./packages/core/src/text/terminal-face.ts
var terminal_face = __webpack_require__(50871);
;// CONCATENATED MODULE: ./packages/core/src/operations/metrics/deployments.ts
// `lockstep metrics` and GitHub Deployments: with a token and the repository
// known, the deployments of each environment reported (promote-env's
// `record: deployments` makes them) are read for the landings of the window,
// and a landing that has one is timed by it (records/deployments.ts).





/** Most GitHub requests one metrics run makes: a page of 100 deployments per request, one more per deployment matched. */
const REQUESTS = 1000;
const HINT = 'the token needs deployments: read on the repository (GITHUB_REPOSITORY, else origin on GitHub); --no-deployments reads git alone';
/**
 * The deployments of `environments` created since the window's start whose
 * commit landed in that environment. `auto`: no token or repository, or a
 * refusal or unreachable API, is a reason (the figures then come from git);
 * `require`: the same is a UserError (exit 1); `off`: nothing asked.
 */
async function readDeployments(mode, world, environments, landings, since) {
    if (mode === 'off')
        return { read: false, reason: 'not read (--no-deployments)' };
    const repository = (0,context/* readRunContext */.$p)(world.env).repository;
    const token = world.token;
    if (!token || !repository) {
        const reason = !token ? 'no GitHub token (GITHUB_TOKEN or GH_TOKEN)' : 'no repository (GITHUB_REPOSITORY, or an origin on GitHub)';
        if (mode === 'require')
            throw new errors/* UserError */.yo(`GitHub Deployments cannot be read: ${reason}`, { hint: HINT });
        return { read: false, reason: `not read: ${reason}` };
    }
    const gh = (world.services.github ?? (0,client/* gitHubOpener */.Pn)(token, world.env))(repository, {
        budget: REQUESTS,
        log: (line) => world.reporter.debug(line),
        notice: (line) => world.reporter.info(line),
    });
    try {
        const deployments = [];
        for (const environment of environments) {
            const landed = new Set(landings.filter((l) => l.environment === environment).map((l) => l.commit));
            if (landed.size === 0)
                continue;
            for (const d of await (0,github_deployments/* deploymentHistory */.SP)(gh, environment, since, (sha) => landed.has(sha)))
                deployments.push({
                    id: d.id,
                    sha: d.sha,
                    environment: d.environment,
                    statuses: d.statuses.map((s) => ({ state: s.state, at: Math.floor(Date.parse(s.createdAt) / 1000) })),
                });
        }
        return { read: true, deployments };
    }
    catch (e) {
        if (!(e instanceof client/* GitHubError */.y_))
            throw e;
        // metrics is the terminal's command alone: GitHub's refusal in its words (GITHUB_TOKEN, not the github-token input).
        if (mode === 'require')
            throw new errors/* UserError */.yo(['GitHub Deployments could not be read: ', ...(typeof e.said === 'string' ? [e.said] : e.said)], { hint: HINT });
        return { read: false, reason: `not read: ${(0,errors/* say */.cv)(e.said, terminal_face/* TERMINAL */.f)}`, failed: true };
    }
}

// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __webpack_require__(13483);
;// CONCATENATED MODULE: ./packages/core/src/operations/metrics/release-files.ts
// What prepare-release writes in this repository, as its config says: a commit whose trailers say it is a
// release counts as one (and leaves lead time) only when it changed these files and nothing else
// (records/release-commits.ts).


/** The files a release commit may change: the version file, the `packages:` and `pins:` files, and every file releaseWritesByName names. */
function releaseFilesOf(config) {
    const globs = [...config.packages, ...(config.pins ?? []).map((p) => p.files)];
    const configured = globs.length > 0 ? (0,glob/* globMatcher */.fU)(globs, { key: 'packages' }) : () => false;
    return (path) => path === config.versionFile || releaseWritesByName(path) || configured(path);
}

// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(30793);
// EXTERNAL MODULE: ./packages/core/src/promote/place.ts + 2 modules
var place = __webpack_require__(67479);
// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 4 modules
var kind = __webpack_require__(5459);
;// CONCATENATED MODULE: ./packages/core/src/operations/metrics/run.ts
// `lockstep metrics`: the environments and services from the config, the
// base branch's tip fetched as status reads it, the records read once
// (records/history.ts), and the figures of each environment and each
// service in it over the window (records/figures.ts).















const DAY = 86400;
const iso = (s) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');
/** The commits a window back to `from` needs, from the rate of the history at hand (a quarter more for safety). */
function depthFor(commits, oldestAt, tipAt, from) {
    const span = Math.max(1, tipAt - oldestAt);
    return Math.ceil(((commits * (tipAt - from)) / span) * 1.25);
}
/** Reads the records of the base branch and computes every environment's figures over the window. */
async function runMetrics(r, world) {
    // A long history's messages and records are short-lived garbage: they must not grow V8's nursery (see runPromote).
    (0,young_generation/* holdYoungGeneration */.kK)();
    const asked = (0,request/* readOnlyPromoteInputs */.eo)({
        workingDirectory: r.workingDirectory,
        config: r.config,
        base: r.base,
        environments: [],
        services: [],
    });
    const local = await (0,promote_session/* localPromotion */.dG)(asked, world.workspace);
    const session = await (0,promote_session/* openSession */.fA)(asked, local, world);
    try {
        const req = await (0,promote_session/* sessionRequest */.yi)(asked, local, session);
        const names = req.environments.map((e) => e.name);
        for (const e of r.env)
            if (!names.includes(e))
                throw new errors/* UserError */.yo(`is '${e}', an unknown environment`, { input: 'env', hint: `environments, in order: ${names.join(', ')}` });
        const chosen = req.environments.filter((e) => r.env.length === 0 || r.env.includes(e.name));
        const tip = await (0,promote_session/* fetchBase */.cu)(session.world, req.base);
        // The config as the request was read from it: its version, packages and pins files are what a release commit may change.
        const configText = local.request ? local.readLocal(local.configPath) : await session.readAtBase(local.configPath);
        const config = (0,config_config.parseConfigText)(configText ?? '', local.configPath);
        const releaseWrites = releaseFilesOf(config);
        const git = world.services.repo?.(local.workdir) ?? (0,objects.gitSpawner)(local.workdir);
        const now = Math.floor(world.clock.now() / 1000);
        // An environment promoted on its hydrated branches lands on its active branch: its files on the base are changes.
        const hydrated = req.environments.flatMap((e) => {
            const t = (0,promote_hydrated/* lockstepHydrated */.D9)(req, e.name);
            return t ? [{ name: e.name, active: t.active, metadata: t.metadata }] : [];
        });
        const read = await readRecords(git, tip, req.environments.map((e) => ({
            name: e.name,
            files: hydrated.some((h) => h.name === e.name) ? [] : [(0,place/* pinPath */.dj)(e), ...[(0,kind/* deployerResource */.lq)(e)?.file ?? []].flat()],
        })), now, releaseWrites);
        const records = hydrated.length > 0
            ? { ...read, landings: [...read.landings, ...(await hydratedLandings(git, tip, read.commits, hydrated, now))] }
            : read;
        const rules = { tagPrefix: req.tagPrefix ?? 'v', fixWindow: Math.round(config.fixWindow / 1000) };
        // A window that begins before the whole history does is cut to the history's first day: days with no
        // history would count as days without a promotion and dilute every rate. Said in a note.
        const begins = !records.shallow && records.oldestAt !== undefined ? records.oldestAt - (records.oldestAt % DAY) : undefined;
        const w = { from: begins !== undefined && begins > r.from ? begins : r.from, to: r.to };
        const seen = await readDeployments(r.deployments, world, chosen.map((e) => e.name), records.landings, r.from);
        const landings = seen.read ? timedByDeployments(records.landings, seen.deployments) : records.landings;
        const environments = chosen.map((e) => {
            const all = landings.filter((l) => l.environment === e.name);
            const figures = (0,records_figures/* figuresOf */.h5)(records, rules, all, w);
            const serviceNames = [...new Set(figures.landings.flatMap((l) => l.services.map((s) => s.name)))].sort();
            return { name: e.name, figures, services: serviceNames.map((name) => ({ name, figures: (0,records_figures/* figuresOf */.h5)(records, rules, all, w, name) })) };
        });
        const notes = [];
        if (w.from > r.from)
            notes.push(`The history of ${req.base} begins on ${iso(w.from).slice(0, 10)}, after the window's start: the figures cover ${(0,records_figures/* windowWords */.Ee)(w.from, w.to)}, not from ${iso(r.from).slice(0, 10)}.`);
        for (const e of environments)
            if (e.figures.landings.length === 0)
                notes.push(`No promotion landed in ${e.name} in ${(0,records_figures/* windowWords */.Ee)(w.from, w.to)}: its figures are zero.`);
        if (seen.read)
            for (const e of environments) {
                const timed = e.figures.landings.filter((l) => l.source === 'deployment').length;
                const n = e.figures.landings.length;
                if (n > 0)
                    notes.push(`${e.name}: ${timed} of ${n} landing${n === 1 ? '' : 's'} timed by ${timed === 1 ? 'its' : 'their'} GitHub Deployment's first success status, ${n - timed} by the commit's time on ${req.base}.`);
            }
        else if (seen.failed)
            notes.push(`GitHub Deployments ${seen.reason}; the figures come from git alone.`);
        if (records.ignored > 0)
            notes.push(`${records.ignored} commit${records.ignored === 1 ? ' carries' : 's carry'} Lockstep- trailers lockstep did not write (outside the message's trailer block, or not a promotion into an environment whose files the commit changed, nor a release commit): ignored.`);
        if (records.future)
            notes.push(`${records.future.commits} commit${records.future.commits === 1 ? ' has a committer date' : 's have committer dates'} after this run's clock (the latest ${iso(records.future.latest)}): taken as ${iso(now)}.`);
        const inferred = environments.reduce((n, e) => n + e.figures.inferred, 0);
        if (inferred > 0)
            notes.push(`${inferred} landing${inferred === 1 ? ' was' : 's were'} inferred from the files the commit changed (no Lockstep-Environment trailer).`);
        if (records.shallow && records.oldestAt !== undefined && records.oldestAt > r.from) {
            const tipAt = Math.max(...[records.oldestAt, ...records.landings.map((l) => l.at), ...records.changes.map((c) => c.at)]);
            notes.push(`This clone is shallow: its history reaches back to ${iso(records.oldestAt)} (${records.commits} commits), after the window's start ${iso(r.from)}. ` +
                `Fetch about ${depthFor(records.commits, records.oldestAt, tipAt, r.from)} commits (actions/checkout fetch-depth, or fetch-depth: 0 for all), ` +
                `or run git fetch --shallow-since=${iso(r.from)} origin ${req.base}.`);
        }
        return {
            base: req.base,
            tip,
            from: w.from,
            to: w.to,
            window: r.window,
            commits: records.commits,
            environments,
            inferred,
            notes,
            deployments: seen.read ? { read: true } : { read: false, reason: seen.reason },
            changes: r.changes,
            fixWindow: rules.fixWindow,
        };
    }
    finally {
        await session.close();
    }
}


/***/ })

};

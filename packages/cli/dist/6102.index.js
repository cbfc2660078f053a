export const id = 6102;
export const ids = [6102,7306];
export const modules = {

/***/ 43811:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(59909)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 37306:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const parse = __webpack_require__(43811)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

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

/***/ 46866:
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
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(21120);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
// EXTERNAL MODULE: ./packages/core/src/promote/session.ts + 14 modules
var promote_session = __webpack_require__(11096);
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
// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var spawn = __webpack_require__(90669);
;// CONCATENATED MODULE: ./packages/core/src/git/log.ts

// The history walks lockstep's records are read from (records/history.ts): each one git command line,
// spelled here and nowhere else.
/**
 * The format of one commit in eachCommitTouching and commitsByIds: id, parents, committer time (seconds), the
 * trailer block (git's own parse, `%(trailers)`, with `:` as the only separator) and the message, NUL
 * between fields and, with `-z`, after each commit, so no message can forge another's fields (a
 * message holds no NUL). With -z git separates commits by NUL only; a newline may remain before the next id.
 */
const FIELDS = '%H%x00%P%x00%ct%x00%(trailers:only,unfold)%x00%B';
const TRAILER_CONFIG = ['-c', 'trailer.separators=:'];
/**
 * How much of the pack git keeps mapped while it walks a long history. git maps its pack in windows of up to
 * 1 GiB and keeps them mapped up to 8 GiB, so every page of the pack the walk reads stays resident: at
 * 100,000 commits git peaked at ~143 MB, more than the lockstep process reading it (a run's peak counts
 * its children's). In windows of 1 MiB, 16 MiB of them at most, it peaked at ~73 MB for the same CPU.
 */
const PACK_CONFIG = ['-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=16m'];
/** The commits `shas` (at most a thousand), in their order, in eachCommitTouching's fields (as one text). */
function commitsByIds(git, shas) {
    return (0,spawn/* gitText */.q_)(git, [...TRAILER_CONFIG, 'log', '-z', '--no-walk=unsorted', `--format=${FIELDS}`, ...shas, '--']);
}
/** `%ct` (digits) as a number, without a string per commit; anything else as Number reads it. */
function timeOf(b) {
    let n = 0;
    for (let k = 0; k < b.length; k++) {
        const d = b[k] - 0x30;
        if (d < 0 || d > 9)
            return Number(b.toString('latin1'));
        n = n * 10 + d;
    }
    return n;
}
/** The id that begins a commit of eachCommitTouching's log: SOH and 40 (or 64) hex digits, after a line break git may leave. */
function commitId(record) {
    const from = record[0] === 0x0a ? 2 : 1;
    if (record[from - 1] !== 0x01 || (record.length - from !== 40 && record.length - from !== 64))
        return undefined;
    for (let k = from; k < record.length; k++) {
        const c = record[k];
        if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)))
            return undefined;
    }
    return record.toString('latin1', from);
}
/**
 * The folders whose history holds `files`: their deepest common folder when
 * they have one (`environments/` for a fleet's `environments/<env>/…`), else
 * each file's own folder (a file at the top is named itself). One folder is
 * what git filters fastest: 2E exact paths cost it ~3 s at 100 environments
 * over 20,000 commits, their folder 0.4 s; the files in it that are not an
 * environment's are left out by the reader.
 */
function historyFolders(files) {
    const dirs = files.map((f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/') + 1) : f));
    let common = dirs[0] ?? '';
    for (const d of dirs)
        while (!d.startsWith(common))
            common = common.slice(0, common.slice(0, -1).lastIndexOf('/') + 1);
    return common.endsWith('/') ? [common] : [...new Set(dirs)];
}
/**
 * The first-parent history ending at `tip`, newest first: each commit (LoggedCommit) handed to `onCommit` as
 * it arrives, never the whole log as one text (a fleet's promotions make it tens of MB, and every value read
 * from one text keeps all of it alive), with the paths under `paths` (files or folders) it changed against
 * its first parent: `git log --first-parent --sparse --name-only` limited to `paths` diffs each commit
 * against its first parent under them only (merges too: --diff-merges=first-parent) and, with --sparse,
 * still prints every commit. One walk instead of two (the messages, then the paths): at 100,000 commits git
 * spends ~1.4 s of CPU instead of ~2. No `paths`: no diff, every commit's paths empty.
 *
 * `splitAt`, a commit on that history (a release tag near its middle): two walks at once, `tip ^splitAt`
 * (part 0) and `splitAt` (part 1), each one git process, so a machine of two cores walks it in about half
 * the time (git's walk is most of a long history's read). Each part's commits come in order, the parts side
 * by side. Resolves to the parts that make the history, newest first: [0, 1]; or where `splitAt` is not on
 * it (part 0's oldest commit's first parent is another commit), [0, 2] with part 2 walked from that parent;
 * or [2], the whole history walked again, where part 0 is empty or fails (a split commit git cannot read), or
 * part 1 fails. The caller drops the parts not named.
 */
async function eachCommitTouching(git, tip, paths, onCommit, splitAt) {
    if (splitAt === undefined || splitAt === tip) {
        await walkPart(git, [tip], paths, onCommit, 0);
        return [0];
    }
    const [newer, older] = await Promise.allSettled([
        walkPart(git, [tip, `^${splitAt}`], paths, onCommit, 0),
        walkPart(git, [splitAt], paths, onCommit, 1),
    ]);
    // A split commit git cannot read (a tag on a commit a shallow clone lacks) fails part 0 too: walked whole
    // again, so that only a failure of the walk itself is the error.
    const next = newer.status === 'fulfilled' ? newer.value : undefined;
    if (next === undefined) {
        await walkPart(git, [tip], paths, onCommit, 2);
        return [2];
    }
    if (next === splitAt && older.status === 'fulfilled')
        return [0, 1];
    // The root (no first parent) ends the history: part 0 was all of it.
    if (next === '')
        return [0];
    await walkPart(git, [next], paths, onCommit, 2);
    return [0, 2];
}
/**
 * One `git log --first-parent` of eachCommitTouching over `revs` (a tip, and `^commit` to stop before it): its
 * commits to `onCommit` as `part`. Resolves to the first parent of its oldest commit ('' for a root commit),
 * or undefined when it printed no commit.
 */
async function walkPart(git, revs, paths, onCommit, part) {
    let sha;
    let fields = [];
    let touched = [];
    let oldest;
    const diff = paths.length > 0 ? ['--sparse', '--diff-merges=first-parent', '--no-renames', '--name-only'] : [];
    const args = [
        ...TRAILER_CONFIG,
        ...PACK_CONFIG,
        '-c',
        'core.quotePath=false',
        'log',
        '-z',
        '--first-parent',
        ...diff,
        `--format=%x01${FIELDS}`,
        '--end-of-options',
        ...revs,
        '--',
        ...paths.map((f) => `:(literal)${f}`),
    ];
    const done = () => {
        if (sha === undefined || fields.length < 5)
            return;
        oldest = fields[1];
        onCommit({ sha, parents: fields[1], time: timeOf(fields[2]), trailers: fields[3], message: fields[4] }, touched, part);
    };
    const r = await (0,spawn/* gitRecords */.Xq)(git, args, (record) => {
        // A commit's five fields are taken as they come (a message may begin with SOH too); after them, a record
        // that is SOH and an id (after a line break git may leave) begins the next commit, any other is a path.
        if (fields.length > 0 && fields.length < 5) {
            fields.push(record);
            return;
        }
        const id = commitId(record);
        if (id !== undefined) {
            done();
            sha = id;
            fields = [record];
            touched = [];
        }
        else if (fields.length === 5 && record.length > 0 && !(record.length === 1 && record[0] === 0x0a))
            touched.push(record.toString('utf8', record[0] === 0x0a ? 1 : 0));
    });
    if (r.code !== 0)
        throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
    done();
    // The oldest commit's parents (one commit's bytes held past its call, while the walk ends): its first parent.
    if (oldest === undefined)
        return undefined;
    const space = oldest.indexOf(0x20);
    return oldest.toString('latin1', 0, space < 0 ? oldest.length : space);
}
/** Every tag (`refs/tags/*`) and the commit it names (peeled through an annotated tag), with its committer time. */
async function tagTargets(git) {
    const text = await (0,spawn/* gitText */.q_)(git, [
        'for-each-ref',
        '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(committerdate:unix)%00%(*committerdate:unix)',
        'refs/tags',
    ]);
    const out = new Map();
    for (const line of text.split('\n')) {
        const [name, obj, peeled, time, peeledTime] = line.split('\0');
        if (name && obj)
            out.set(name, { commit: peeled || obj, time: Number(peeledTime || time) || 0 });
    }
    return out;
}
/**
 * Where eachCommitTouching's walk splits in two: the commit of the release tag whose committer time is the
 * median of the tags' (releases come all through a history, so about half of it is newer), or none without a
 * tag. A tag off the first-parent history costs a walk more, never a wrong history.
 */
function splitAt(targets) {
    const byTime = [...new Map([...targets.values()].map((t) => [t.commit, t.time]))].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    return byTime[Math.floor(byTime.length / 2)]?.[0];
}
/**
 * The paths commit `sha` changed against its first parent (for a merge, what it brought in), or undefined
 * when git cannot say (a root commit, a parent the clone lacks).
 */
async function firstParentPaths(git, sha) {
    const r = await git(['diff', '--no-renames', '--name-only', '-z', `${sha}^1`, sha, '--']);
    return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
}
/** How many commits one `git log` lists the paths of (far below the argument list's limit). */
const PATHS_BATCH = 1000;
/**
 * firstParentPaths of many commits, with one `git log --no-walk` per thousand instead of one `git diff` each (a
 * history of many releases has many release commits): each commit's paths against its first parent (a root
 * commit's, every file it adds). A batch git refuses (a commit the clone lacks) is asked commit by commit.
 */
async function firstParentPathsOf(git, shas) {
    const out = new Map();
    for (let at = 0; at < shas.length; at += PATHS_BATCH) {
        const batch = shas.slice(at, at + PATHS_BATCH);
        const r = await git([
            'log',
            '--no-walk=unsorted',
            '--diff-merges=first-parent',
            '--no-renames',
            '--name-only',
            '-z',
            '--format=%x01%H',
            ...batch,
            '--',
        ]);
        if (r.code !== 0) {
            const each = await Promise.all(batch.map((sha) => firstParentPaths(git, sha)));
            batch.forEach((sha, i) => out.set(sha, each[i]));
            continue;
        }
        // Each commit is \x01<sha>\0, then (when it changed anything) \n and its paths, each ended by \0.
        for (const part of r.stdout.toString('utf8').split('\x01')) {
            const end = part.indexOf('\0');
            if (end < 0)
                continue;
            out.set(part.slice(0, end), part
                .slice(end + 1)
                .replace(/^\n/, '')
                .split('\0')
                .filter(Boolean));
        }
    }
    return out;
}

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
    const paths = await firstParentPathsOf(git, claiming);
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
        const text = await commitsByIds(git, shas.slice(k, k + 1000));
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
    const targets = await tagTargets(git);
    const tags = new Map([...targets].map(([name, t]) => [name, t.commit]));
    // Each part of the walk (eachCommitTouching): its commits, and the committer times after `now` among them.
    const parts = [];
    const [shallow, order] = await Promise.all([
        (0,repo/* asRepo */.lU)(git).isShallow(),
        eachCommitTouching(git, tip, historyFolders(envFiles), (c, paths, part) => {
            const into = (parts[part] ??= { commits: [], late: [] });
            if (c.time > now)
                into.late.push(c.time);
            const at = Math.min(c.time, now);
            const envs = paths.length > 0 ? [...new Set(paths.flatMap((f) => envOf.get(f) ?? []))] : [];
            into.commits.push(plainChange(c, envs) ? { commit: c.sha, index: -1, at } : keptCommit(c, at, envs, keep));
        }, (0,external_node_os_.availableParallelism)() > 1 ? splitAt(targets) : undefined),
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
            files: hydrated.some((h) => h.name === e.name)
                ? []
                : e.application
                    ? [(0,place/* pinPath */.dj)(e), (0,application/* splitApplicationRef */.O6)(e.application).file]
                    : [(0,place/* pinPath */.dj)(e)],
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


/***/ }),

/***/ 61624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h5: () => (/* binding */ figuresOf),
  JZ: () => (/* binding */ median),
  Ee: () => (/* binding */ windowWords)
});

// UNUSED EXPORTS: percentile

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(69730);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/records/lead-times.ts
// Lead times without listing them. The changes a landing brings into an
// environment are one run of the first-parent history (records/figures.ts
// leadSpans), each change's lead time the landing's time minus its merge
// time. A fleet's figures need the median and p90 of every environment's and
// every service's lead times: at 100 environments × 300 services over 20,000
// commits, 300 million numbers to list and sort. Here they are counted
// instead: along a stretch of history whose merge times do not go back, the
// lead times into one landing only shrink, so how many are at most x is one
// binary search per stretch, and the k-th smallest is a binary search on x.
// The answers are those of sorting the list (figures.ts median, percentile).
const merges = new WeakMap();
function mergeTimes(changes) {
    let m = merges.get(changes);
    if (!m) {
        // A loop, not Float64Array.from with a mapper (that goes through the iterator: ~10× slower on 100,000 changes).
        const at = new Float64Array(changes.length);
        for (let k = 0; k < changes.length; k++)
            at[k] = changes[k].at;
        const turns = [];
        for (let k = 1; k < at.length; k++)
            if (at[k - 1] > at[k])
                turns.push(k);
        m = { at, turns, whole: at.every(Number.isInteger) };
        merges.set(changes, m);
    }
    return m;
}
/** The first index in [lo, hi) of ascending `xs` whose value is ≥ x (hi when none). */
function lowerBound(xs, x, lo, hi) {
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (xs[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The first index in [lo, hi) of ascending `xs` whose value is > x (hi when none). */
function upperBound(xs, x, lo, hi) {
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (xs[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Counting searches every stretch at each step of its binary search on the value, sorting visits each lead
 * time a few times: lead times are counted when there are at most this many stretches, or when each stretch
 * holds this many lead times on average (an environment's year: ~200 landings bring 100,000 changes, whose
 * listing and sorting took ~8 ms a figure where counting takes well under one), else listed and sorted.
 */
const FEW_STRETCHES = 64;
/** How many lead times (max(0, landed − at), over the stretches) are at most x. */
function atMost(at, stretches, x) {
    let n = 0;
    for (const s of stretches)
        n += s.to - lowerBound(at, s.landed - x, s.from, s.to);
    return n;
}
/** The lead times of `spans` (records.changes' runs) in order of size, listed only when counting would not be quicker. */
function leadOrder(changes, spans) {
    const times = mergeTimes(changes);
    const stretches = [];
    let count = 0;
    for (const s of spans) {
        count += s.to - s.from;
        let from = s.from;
        for (let t = lowerBound(times.turns, s.from + 1, 0, times.turns.length); t < times.turns.length && times.turns[t] < s.to; t++) {
            stretches.push({ landed: s.landing.at, from, to: times.turns[t] });
            from = times.turns[t];
        }
        if (from < s.to)
            stretches.push({ landed: s.landing.at, from, to: s.to });
    }
    const countable = times.whole &&
        (stretches.length <= FEW_STRETCHES || stretches.length * FEW_STRETCHES <= count) &&
        stretches.every((s) => Number.isInteger(s.landed));
    if (!countable) {
        const sorted = new Float64Array(count);
        let k = 0;
        for (const s of stretches)
            for (let i = s.from; i < s.to; i++)
                sorted[k++] = Math.max(0, s.landed - times.at[i]);
        sorted.sort();
        return { count, nth: (n) => sorted[n], atMost: (x) => upperBound(sorted, x, 0, count) };
    }
    // The largest lead time of a stretch is its first change's (the earliest merged).
    let top = 0;
    for (const s of stretches)
        top = Math.max(top, s.landed - times.at[s.from]);
    return { count, atMost: (x) => atMost(times.at, stretches, x), nth: (n) => nthOf(times.at, stretches, n, top) };
}
/** Beyond this many lead times left between the bounds, nthOf halves the bounds again; at or below, it sorts them. */
const FEW = 64;
/** nthOf's working memory, reused (a fleet asks ~100,000 quantiles), grown to the most stretches asked for. */
const scratch = {
    a: new Int32Array(FEW_STRETCHES),
    b: new Int32Array(FEW_STRETCHES),
    p: new Int32Array(FEW_STRETCHES),
    left: new Float64Array(FEW),
};
/** The scratch arrays, each of room for at least `m` stretches. */
function scratchFor(m) {
    if (scratch.a.length < m) {
        const size = Math.max(m, scratch.a.length * 2);
        scratch.a = new Int32Array(size);
        scratch.b = new Int32Array(size);
        scratch.p = new Int32Array(size);
    }
    return scratch;
}
/**
 * The n-th smallest lead time (0-based) of the stretches, each between 0 and `top`: a binary search on the
 * value x (the smallest whole x with more than n lead times at most x) that keeps, for each stretch, the run
 * of its changes whose lead time lies between the bounds (a stretch's lead times shrink along it), so each
 * count searches only that run, and that sorts what is left once at most FEW lead times lie between them.
 */
function nthOf(at, stretches, n, top) {
    // Between lo (exclusive) and hi: each stretch's changes [a, b) (lead time ≤ hi from a, > lo before b).
    const m = stretches.length;
    const { a, b, p, left } = scratchFor(m);
    let lo = -1;
    let hi = top;
    let below = 0;
    let between = 0;
    for (let i = 0; i < m; i++) {
        a[i] = stretches[i].from;
        b[i] = stretches[i].to;
        between += b[i] - a[i];
    }
    for (let step = 0; hi - lo > 1 && between > FEW; step++) {
        // Every other step guesses where the sought lead time lies as if those between the bounds were evenly
        // spread between them (a handful of steps where halving takes twenty), the others halve: never more than
        // twice halving's steps, whatever the spread. Any x strictly between the bounds keeps the answer exact.
        const mid = step % 2 === 0
            ? Math.min(hi - 1, Math.max(lo + 1, lo + Math.floor(((hi - lo) * (n - below + 0.5)) / between)))
            : Math.floor((lo + hi) / 2);
        // At most mid between the bounds: each run's tail from p.
        let upTo = 0;
        for (let i = 0; i < m; i++) {
            p[i] = lowerBound(at, stretches[i].landed - mid, a[i], b[i]);
            upTo += b[i] - p[i];
        }
        if (below + upTo > n) {
            // The answer is at most mid: the runs' tails are what lies between the bounds now.
            hi = mid;
            between = upTo;
            for (let i = 0; i < m; i++)
                a[i] = p[i];
        }
        else {
            lo = mid;
            below += upTo;
            between -= upTo;
            for (let i = 0; i < m; i++)
                b[i] = p[i];
        }
    }
    if (hi - lo <= 1)
        return hi;
    let k = 0;
    for (let i = 0; i < m; i++)
        for (let j = a[i]; j < b[i]; j++)
            left[k++] = Math.max(0, stretches[i].landed - at[j]);
    return left.subarray(0, k).sort()[n - below];
}
/** The median of the lead times (the mean of the two middle ones for an even count); 0 for none. As figures.ts median. */
function medianOf(o) {
    if (o.count === 0)
        return 0;
    const m = o.count >> 1;
    if (o.count % 2 === 1)
        return o.nth(m);
    const below = o.nth(m - 1);
    // The two middle lead times are most often one value: then the second needs no search.
    return (below + (o.atMost(below) > m ? below : o.nth(m))) / 2;
}
/** The nearest-rank percentile p of the lead times; 0 for none. As figures.ts percentile. */
function percentileOf(o, p) {
    if (o.count === 0)
        return 0;
    return o.nth(Math.max(0, Math.ceil(p * o.count) - 1));
}
/** Visits each lead time of `spans` in the history's order, listing none (a fleet's --json writes millions: json.ts). */
function eachLeadTime(changes, spans, visit) {
    for (const s of spans)
        for (let i = s.from; i < s.to; i++) {
            const c = changes[i];
            visit(c, i, s.landing, Math.max(0, s.landing.at - c.at));
        }
}
/** Each lead time of `spans`, in the history's order. */
function listLeadTimes(changes, spans) {
    const out = [];
    eachLeadTime(changes, spans, (c, _, landing, seconds) => out.push({ commit: c.commit, merged: c.at, landing: landing.commit, seconds }));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/records/figures.ts
// The delivery figures over a window, from the records (records/history.ts):
// per environment and per service, deployment frequency, lead time for
// changes, change failure rate, failed deployment recovery time and
// deployment rework rate, each with the landings it counts. Definitions:
// docs/metrics.md. Pure: records and a window in, figures out.


const DAY = 86400;
/** The median (the mean of the two middle values for an even count); 0 for none. */
function median(values) {
    if (values.length === 0)
        return 0;
    const s = [...values].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** The nearest-rank percentile `p` (0 < p ≤ 1): the smallest value at or above that share of them; 0 for none. */
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const s = [...values].sort((a, b) => a - b);
    return s[Math.max(0, Math.ceil(p * s.length) - 1)];
}
const inWindow = (w, at) => at >= w.from && at < w.to;
const date = (s) => new Date(s * 1000).toISOString().slice(0, 10);
const minute = (s) => new Date(s * 1000).toISOString().slice(0, 16).replace('T', ' ');
/**
 * The window in words: `2026-08-24 to 2026-11-22 (91 days, inclusive)` when
 * it runs from a day's start to a day's end (UTC), else with the times.
 */
function windowWords(from, to) {
    const days = Math.round((to - from) / DAY);
    const plural = `${days} day${days === 1 ? '' : 's'}`;
    if (from % DAY === 0 && to % DAY === 0)
        return `${date(from)} to ${date(to - 1)} (${plural}, inclusive)`;
    return `${minute(from)} to ${minute(to)} UTC (${plural})`;
}
/** The version in a pinned tag (`1.4.1`, `v1.4.1`, `api-1.4.1`); undefined when there is none. */
function versionOf(tag) {
    if (!tag)
        return undefined;
    if (versions.has(tag))
        return versions.get(tag);
    const m = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
    const v = m ? (semver_default().parse(m[1]) ?? undefined) : undefined;
    versions.set(tag, v);
    return v;
}
/** Parsed tags: a history pins the same few versions thousands of times. */
const versions = new Map();
/** The first first-parent position of a change marked as the repair of each version (`Lockstep-Fixes: 1.4.0`). */
const markedAt = new WeakMap();
function firstMarks(records) {
    let m = markedAt.get(records);
    if (!m) {
        m = new Map();
        for (const mark of records.fixMarks) {
            const v = versionOf(mark.release)?.version;
            if (v !== undefined && !m.has(v))
                m.set(v, mark.index);
        }
        markedAt.set(records, m);
    }
    return m;
}
/**
 * True when the fix release `next` pins is marked as the repair of the version `prev` pinned: a change marked
 * `Lockstep-Fixes: <prev's version>` was merged at or before that release (else before its landing).
 */
function markedFix(records, rules, prev, next) {
    const v = versionOf(prev)?.version;
    const at = v === undefined ? undefined : firstMarks(records).get(v);
    if (at === undefined)
        return false;
    const tag = next.tag;
    const release = tag === undefined ? undefined : (records.releases.get(`${rules.tagPrefix}${tag}`) ?? records.releases.get(tag));
    return at <= Math.min(release?.index ?? Infinity, next.landing.index - 1);
}
/** True when `next` is a fix release of `prev`: same major and minor, a higher patch. */
function isFixOf(prev, next) {
    const a = versionOf(prev);
    const b = versionOf(next);
    return !!a && !!b && a.major === b.major && a.minor === b.minor && semver_default().gt(b, a);
}
/**
 * Each landing's failure, when it had one: its GitHub Deployment failed and a
 * landing followed it; or, for each service it pinned, the next landing of
 * that service into the same environment was a rollback or pinned a fix
 * release of the version this one pinned, landed within the fix window or
 * marked as its repair (FigureRules). The first such follower (earliest)
 * is the one that replaced it.
 */
function failuresOf(records, rules, landings) {
    const out = new Map();
    // Walking back from the newest: for each service, the next landing that pins it, and the tag it pins first.
    const nextOf = new Map();
    for (let k = landings.length - 1; k >= 0; k--) {
        const { landing: l, pins } = landings[k];
        const after = landings[k + 1]?.landing;
        if (l.deployment?.state === 'failure' && after)
            out.set(l, { commit: l.commit, at: l.at, rule: 'deployment-failure', replacedBy: after.commit, recovery: after.at - l.at });
        for (const s of pins) {
            const next = nextOf.get(s.name);
            if (!next)
                continue;
            const rule = next.landing.rollback
                ? 'rollback'
                : isFixOf(s.tag, next.tag) && (next.landing.at - l.at <= rules.fixWindow || markedFix(records, rules, s.tag, next))
                    ? 'fix-release'
                    : undefined;
            const known = out.get(l);
            // Of the services' followers that say it failed, the earliest replaced it.
            if (rule && (!known || next.landing.at - l.at < known.recovery))
                out.set(l, {
                    commit: l.commit,
                    at: l.at,
                    rule,
                    service: s.name,
                    replacedBy: next.landing.commit,
                    recovery: next.landing.at - l.at,
                });
        }
        for (let i = pins.length - 1; i >= 0; i--)
            nextOf.set(pins[i].name, { landing: l, tag: pins[i].tag });
    }
    return out;
}
/**
 * The release position the pins of a landing reach on the first-parent history (the newest of their
 * release tags), or undefined; a landing whose deployment failed reaches nothing.
 */
function reach(records, tagPrefix, { landing, pins }) {
    if (landing.deployment?.state === 'failure')
        return undefined;
    if (landing.ships !== undefined)
        return landing.ships;
    let best;
    for (const s of pins) {
        if (!s.tag)
            continue;
        const release = records.releases.get(`${tagPrefix}${s.tag}`) ?? records.releases.get(s.tag);
        if (release?.index !== undefined && (best === undefined || release.index > best))
            best = release.index;
    }
    return best;
}
/** The first-parent positions of the changes, for a binary search. */
const positions = new WeakMap();
function changeIndex(changes) {
    let p = positions.get(changes);
    if (!p) {
        p = new Float64Array(changes.length);
        for (let k = 0; k < changes.length; k++)
            p[k] = changes[k].index;
        positions.set(changes, p);
    }
    return p;
}
/** The first k in [0, xs.length) with xs[k] > x. */
function after(xs, x) {
    let [lo, hi] = [0, xs.length];
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (xs[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Lead times into one environment: walking its landings in order, each change
 * a landing contains (and no earlier landing did) gets that landing's time
 * minus its merge time. A landing contains a change when the change is an
 * ancestor both of the release it pins (merged at or before that release on
 * the first-parent history) and of the landing itself (merged before it): a
 * release tag placed after the promotion that pinned its version does not
 * pull the changes merged in between into that promotion. Never negative: a
 * change whose committer time is after its landing's (a skewed clock) counts
 * as 0. Only landings in the window count; changes they carry may have been
 * merged before it. Through the tags of `landings`' pins (one service's, or all).
 * The changes each landing brought are one run of records.changes: listed as such (lead-times.ts).
 */
function leadSpans(records, tagPrefix, landings, w) {
    const out = [];
    const index = changeIndex(records.changes);
    let reached = -1;
    for (const p of landings) {
        const pinned = reach(records, tagPrefix, p);
        if (pinned === undefined)
            continue;
        const upTo = Math.min(pinned, p.landing.ships ?? p.landing.index - 1);
        if (upTo <= reached)
            continue;
        const [from, to] = [after(index, reached), after(index, upTo)];
        if (inWindow(w, p.landing.at) && to > from)
            out.push({ landing: p.landing, from, to });
        reached = upTo;
    }
    return out;
}
/** One environment's landings by service, made once per list of landings. */
const grouped = new WeakMap();
function byService(all) {
    let m = grouped.get(all);
    if (!m) {
        m = new Map();
        for (const landing of all) {
            const mine = new Map();
            for (const s of landing.services) {
                const pins = mine.get(s.name);
                if (pins)
                    pins.push(s);
                else
                    mine.set(s.name, [s]);
            }
            for (const [name, pins] of mine) {
                const list = m.get(name);
                if (list)
                    list.push({ landing, pins });
                else
                    m.set(name, [{ landing, pins }]);
            }
        }
        grouped.set(all, m);
    }
    return m;
}
/**
 * A figures' lead times listed or visited on demand. Made here, not in figuresOf: a closure keeps its whole
 * scope, and figuresOf's holds its working maps and sets (a fleet keeps 24,000 figures, ~20 MB of them).
 */
function leadLists(changes, spans) {
    return {
        leadTimes: () => listLeadTimes(changes, spans),
        eachLeadTime: (visit) => eachLeadTime(changes, spans, visit),
    };
}
/** The figures of `landings` (one environment's, oldest first, all time) over the window; `service` narrows them to one. */
function figuresOf(records, rules, all, w, service) {
    const scoped = service === undefined ? all.map((landing) => ({ landing, pins: landing.services })) : (byService(all).get(service) ?? []);
    const landings = scoped.filter((p) => inWindow(w, p.landing.at)).map((p) => p.landing);
    const days = (w.to - w.from) / DAY;
    const failed = failuresOf(records, rules, scoped);
    const failures = landings.flatMap((l) => (failed.has(l) ? [failed.get(l)] : []));
    const replacing = new Set([...failed.values()].map((f) => f.replacedBy));
    const rework = landings.filter((l) => l.rollback || replacing.has(l.commit));
    // A service's own lead time: the changes its pinned release tags brought into the environment.
    const spans = leadSpans(records, rules.tagPrefix, scoped, w);
    const leads = leadOrder(records.changes, spans);
    const n = landings.length;
    return {
        landings,
        inferred: landings.filter((l) => l.inferred).length,
        perDay: days > 0 ? n / days : 0,
        perWeek: days > 0 ? (n / days) * 7 : 0,
        leads: leads.count,
        ...leadLists(records.changes, spans),
        leadMedian: medianOf(leads),
        leadP90: percentileOf(leads, 0.9),
        failures,
        changeFailureRate: n > 0 ? failures.length / n : 0,
        recoveryMedian: median(failures.map((f) => f.recovery)),
        rework,
        reworkRate: n > 0 ? rework.length / n : 0,
    };
}


/***/ })

};

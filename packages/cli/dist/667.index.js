export const id = 667;
export const ids = [667,6744];
export const modules = {

/***/ 16744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ siblingConfigError),
/* harmony export */   q: () => (/* binding */ otherConfigExtension)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

// Light on purpose: chart-bump-check reads its config at the base commit and loads the config
// loader (and its schema validator) only when there is a file; this module serves both lookups.
/** `.yml` for `.yaml` and back (undefined for any other name): the file a user most likely meant when theirs is missing. */
function otherConfigExtension(rel) {
    if (/\.yml$/i.test(rel))
        return rel.replace(/\.yml$/i, '.yaml');
    if (/\.yaml$/i.test(rel))
        return rel.replace(/\.yaml$/i, '.yml');
    return undefined;
}
/** A missing config file whose other-extension sibling exists (`where`: ' at the base commit', or nothing). */
function siblingConfigError(rel, sibling, where = '') {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`config file ${rel} does not exist${where}`, {
        hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
        cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
    });
}


/***/ }),

/***/ 38397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   DH: () => (/* binding */ dryShaAt),
/* harmony export */   FZ: () => (/* binding */ dryCommit),
/* harmony export */   bL: () => (/* binding */ writeHydratedTree),
/* harmony export */   dc: () => (/* binding */ commitHydratedTree),
/* harmony export */   h$: () => (/* binding */ proposedBranch),
/* harmony export */   hu: () => (/* binding */ dryShaOf),
/* harmony export */   w1: () => (/* binding */ metadataPaths),
/* harmony export */   xb: () => (/* binding */ blobsUnder)
/* harmony export */ });
/* unused harmony export METADATA_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53852);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24673);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57850);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63164);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90669);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58162);
/* harmony import */ var _signing_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87245);
// The git side of `lockstep hydrate` (operations/hydrate/): what it reads of the DRY commit, and the one
// commit per hydrated branch, made with plumbing only (hash-object, a temporary index, write-tree,
// commit-tree): no checkout, no work tree, the real index and HEAD untouched. Each command line is
// spelled here, as every git command line is (eslint.config.js).










/** `ref`'s commit with its author, dates, subject and body; undefined when `ref` names no commit. */
async function dryCommit(git, ref) {
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_7__/* .gitTry */ .W_)(git, [
        'show',
        '-s',
        '--format=%H%x00%an <%ae>%x00%aI%x00%ct %cI%x00%s%x00%b',
        '--end-of-options',
        `${ref}^{commit}`,
    ]);
    if (out === undefined)
        return undefined;
    const [sha, author, date, committed, subject, ...body] = out.split('\0');
    const [seconds, iso] = committed.split(' ');
    const offset = /([+-]\d\d):?(\d\d)$/.exec(iso);
    return {
        sha,
        author,
        date,
        committed: `${seconds} ${offset ? `${offset[1]}${offset[2]}` : '+0000'}`,
        subject,
        body: body.join('\0').replace(/\n+$/, ''),
    };
}
/** The file GitOps Promoter reads the DRY commit from. */
const METADATA_FILE = 'hydrator.metadata';
/** The drySha a hydrator.metadata's text (or a hydrator note's) names: a full commit id, else undefined (not JSON, no such key). */
function dryShaOf(text) {
    if (text === undefined)
        return undefined;
    try {
        const sha = JSON.parse(text).drySha;
        return typeof sha === 'string' && (0,_refs_js__WEBPACK_IMPORTED_MODULE_8__/* .isCommitId */ .jh)(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The branch written: Argo CD's hydrateTo branch when given, else GitOps Promoter's `-next` convention for the
 * active branch (`/<activePath>` in shared-active-branch mode).
 */
function proposedBranch(h) {
    if (h['hydrate-to'])
        return h['hydrate-to'];
    return h.path ? `${h.branch}-next/${h.path}` : `${h.branch}-next`;
}
/**
 * Where hydrator.metadata goes: at the root, or under the path; in Argo CD's layout (hydrate-to with a path)
 * at both, with the same content, as Argo CD's Source Hydrator writes it.
 */
function metadataPaths(h) {
    if (!h.path)
        return [METADATA_FILE];
    const own = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(h.path, METADATA_FILE);
    return h['hydrate-to'] ? [METADATA_FILE, own] : [own];
}
/** The drySha `commit`'s `path` (its hydrator.metadata) names, read from the clone; undefined when unreadable. */
async function dryShaAt(git, commit, path) {
    return dryShaOf(await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_7__/* .gitTry */ .W_)(git, ['cat-file', 'blob', '--end-of-options', `${commit}:${path}`]));
}
/**
 * The blobs of `files` written, then the tree of `parent` (none: an empty
 * tree) with everything under `scope` (undefined: the whole tree) replaced by
 * `files`, in one temporary index and one write-tree. Paths outside the scope
 * keep their mode and blob: another app's folder stays byte for byte. With
 * `write` false (a dry run) only the blob ids are computed: nothing is
 * written to the object database.
 */
async function writeHydratedTree(git, parent, scope, files, write = true) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'lockstep-hydrate-'));
    try {
        const paths = await Promise.all(files.map(async (f, i) => {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, `blob-${i}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(p, f.content);
            return p;
        }));
        // --no-filters: the planned bytes as they are (no clean filter, no line-ending conversion).
        const hash = write ? ['hash-object', '-w', '--no-filters', '--stdin-paths'] : ['hash-object', '--no-filters', '--stdin-paths'];
        const ids = files.length > 0 ? (await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, hash, { input: `${paths.join('\n')}\n` })).split('\n') : [];
        if (ids.length !== files.length)
            throw new Error('git hash-object returned an unexpected number of ids');
        const blobs = new Map(files.map((f, i) => [f.path, ids[i]]));
        if (!write)
            return { blobs };
        // A planned file outside the scope (Argo CD's root hydrator.metadata) replaces the parent's.
        const kept = parent
            ? [...(await (0,_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .listTree */ .nT)(git, parent))].filter(([path]) => scope !== undefined && !under(path, scope) && !blobs.has(path))
            : [];
        const info = [
            ...kept.map(([path, e]) => `${e.mode} ${e.oid}\t${path}\0`),
            ...files.map((f) => `100644 ${blobs.get(f.path)}\t${f.path}\0`),
        ].join('');
        const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'index') };
        if (info)
            await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['update-index', '--add', '-z', '--index-info'], { env, input: info });
        const tree = await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['write-tree'], { env });
        return { tree, blobs };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
    }
}
/** Each file of `commit` under `scope` (undefined: all) with its blob id. */
async function blobsUnder(git, commit, scope) {
    const out = new Map();
    for (const [path, e] of await (0,_objects_js__WEBPACK_IMPORTED_MODULE_5__/* .listTree */ .nT)(git, commit))
        if (scope === undefined || under(path, scope))
            out.set(path, e.oid);
    return out;
}
function under(path, scope) {
    return path.startsWith(`${scope}/`);
}
/**
 * The commit of `tree` on `parent` (none: a root commit), authored and
 * committed by `who` at `date` (`<unix> <offset>`): the same tree, parent,
 * message and date give the same commit id, whoever makes it (signed with
 * the Repo's key, when it has one: git/signing.ts).
 */
async function commitHydratedTree(git, c) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    const env = {
        GIT_AUTHOR_NAME: c.who.name,
        GIT_AUTHOR_EMAIL: c.who.email,
        GIT_COMMITTER_NAME: c.who.name,
        GIT_COMMITTER_EMAIL: c.who.email,
        GIT_AUTHOR_DATE: c.date,
        GIT_COMMITTER_DATE: c.date,
    };
    const parents = c.parent ? ['-p', c.parent] : [];
    const sign = (0,_signing_js__WEBPACK_IMPORTED_MODULE_9__/* .commitSigning */ .$o)(git);
    return (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, [...sign.config, 'commit-tree', sign.flag, ...parents, '--end-of-options', c.tree], {
        env,
        input: c.message.endsWith('\n') ? c.message : `${c.message}\n`,
    });
}
/**
 * The commit `ref` names (a commit id, a branch, `origin/<branch>`), resolved
 * locally; a full commit id the clone lacks is fetched from origin first (a
 * checkout of the DRY branch may not hold the hydrated branch's commits, nor
 * a hydrated commit the DRY commit it names). Undefined when neither has it.
 */
async function commitOf(git, ref) {
    const resolve = () => (0,_spawn_js__WEBPACK_IMPORTED_MODULE_7__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const found = await resolve();
    if (found !== undefined || !(0,_refs_js__WEBPACK_IMPORTED_MODULE_8__/* .isCommitId */ .jh)(ref))
        return found;
    await (0,_commits_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchRefs */ .BA)(git, 'origin', [ref]);
    return resolve();
}


/***/ }),

/***/ 67994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   autoMergeWarning: () => (/* binding */ autoMergeWarning),
/* harmony export */   checksError: () => (/* binding */ checksError),
/* harmony export */   gateError: () => (/* binding */ gateError),
/* harmony export */   promoteFailure: () => (/* binding */ promoteFailure),
/* harmony export */   promoteJson: () => (/* binding */ promoteJson),
/* harmony export */   promoteLogLines: () => (/* binding */ promoteLogLines),
/* harmony export */   promoteMarkdown: () => (/* binding */ promoteMarkdown),
/* harmony export */   promoteRunnerView: () => (/* binding */ promoteRunnerView),
/* harmony export */   promoteStatus: () => (/* binding */ promoteStatus),
/* harmony export */   promoteView: () => (/* binding */ promoteView),
/* harmony export */   promoteViews: () => (/* binding */ promoteViews)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50178);
/* harmony import */ var _promote_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24502);
/* harmony import */ var _promote_publish_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18990);
/* harmony import */ var _promote_values_drift_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99836);
/* harmony import */ var _promote_values_contract_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79821);
/* harmony import */ var _promote_waves_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40648);
/* harmony import */ var _report_api_commits_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7499);
/* harmony import */ var _text_cap_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(77841);
/* harmony import */ var _text_log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73603);
/* harmony import */ var _render_report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(45914);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(69888);
/* harmony import */ var _contract_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92252);
// What a promotion shows: the runner's log lines (each change, the diff in a
// group, the outcome, the notes), the auto-merge warning, the outputs and the
// job summary, then the required-checks failure; and the terminal's table.













/** One sentence on the outcome of a promotion. */
function promoteStatus(r) {
    switch (r.outcome) {
        case 'nothing':
            if (r.hydrated)
                return `Nothing to promote: ${r.route.to.name} already runs the hydrated DRY commit ${r.hydrated.drySha.slice(0, 12)} on ${r.hydrated.active}; no commit, no push, no pull request.`;
            return `Nothing to promote: ${r.route.to.name} already pins what ${r.plan.sourceLabel} has; no commit, no push, no pull request.`;
        case 'checks':
            return 'Stopped: required checks are not green; nothing was written.';
        case 'held': {
            const until = r.gate && (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .heldUntil */ .gE)(r.gate);
            const dry = r.dryRun ? ' (a dry run: the diff is what it would commit)' : '';
            return `Held by ${r.gate?.holds.length === 1 ? 'a gate' : 'gates'}${until !== undefined ? ` until ${new Date(until).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}; nothing was written${dry}.`;
        }
        case 'dry-run':
            return `Dry run: ${r.plan.files.length} file${r.plan.files.length === 1 ? '' : 's'} would change (diff in the log); nothing was written, pushed or opened.`;
        case 'direct':
            if (r.apiCommits)
                return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (written through the GitHub API, the branch moved with a lease).`;
            return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (pushed with a lease).`;
        default: {
            const what = r.pullOutcome === 'created' ? 'Opened' : r.pullOutcome === 'updated' ? 'Updated' : 'Left unchanged';
            const draft = r.draft ? (r.gate?.action === 'draft' ? ' (draft: held by a gate, no auto-merge)' : ' (draft)') : '';
            const merge = r.autoMerge?.enabled ? '; auto-merge enabled' : '';
            return `${what} pull request #${r.pull?.number}${draft} from ${r.branch}${r.pushed ? '' : ' (branch already up to date; nothing pushed)'}${merge}: ${r.pull?.url}`;
        }
    }
}
/** The log's line per change: service, tag and digest before → after, where, and where it was verified; then the chart's. */
function promoteLogLines(r) {
    const { plan } = r;
    const lines = plan.changes.map((c) => `${(0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .changeName */ .m9)(c)}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${c.newDigest ?? 'no digest'}) at ${c.file}:${c.line}, verified in ${c.verified}`);
    for (const { app, chart } of (0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .chartChanges */ ._K)(plan))
        lines.push(`${app !== undefined ? `${app}/` : ''}chart version: ${chart.old || '—'} → ${chart.new} at ${chart.file}:${chart.line}`);
    return lines;
}
/** The warning when auto-merge was asked for and GitHub refused it; undefined otherwise. */
function autoMergeWarning(r) {
    return r.autoMerge && !r.autoMerge.enabled
        ? `auto-merge was not enabled: ${r.autoMerge.reason ?? 'not allowed'}; the pull request stays open`
        : undefined;
}
/** The route as a heading: `dev → staging`, `ref:<sha> → prod`, `new pins → dev`. */
function routeLabel(r) {
    const req = r.request;
    return `${r.route.from?.name ?? (req.from.kind === 'ref' ? `ref:${req.from.ref}` : 'new pins')} → ${r.route.to.name}`;
}
/** The job summary of promote-env: status, changes, required checks, every environment side by side, notes. */
function promoteMarkdown(r) {
    const { plan } = r;
    // Environment and service names, branches, URLs and GitHub's reasons are plain text here, escaped.
    const parts = [`### promote-env: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(routeLabel(r))}`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(promoteStatus(r)), ''];
    if (r.waves)
        parts.push(...[(0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_6__/* .wavesStopMarkdown */ .aU)(r.waves), (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_6__/* .wavesMarkdown */ .kp)(r.waves)].filter((x) => x !== undefined).flatMap((x) => [x, '']));
    if (plan.changes.length > 0 || (0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .chartChanges */ ._K)(plan).length > 0)
        parts.push((0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_3__/* .changesTable */ .EI)(plan), '');
    if (plan.unchanged.length > 0)
        parts.push(`Already up to date: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(plan.unchanged.join(', '))}.`, '');
    // The rendered changes: the pull request's section (before what ships, as there), fitted under half the summary's cap.
    const renders = (0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planRenders */ .BJ)(plan);
    const rendered = renders.length > 0 ? (0,_render_report_js__WEBPACK_IMPORTED_MODULE_10__/* .renderedMarkdown */ .nV)(renders, _text_cap_js__WEBPACK_IMPORTED_MODULE_11__/* .SUMMARY_CAP */ .GY / 2) : '';
    if (rendered)
        parts.push(rendered, '');
    // What ships: the same list as the pull request's, fitted under a tenth of the summary's cap.
    const shipped = r.whatsIn ? (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_3__/* .whatsInMarkdown */ .GZ)(r.whatsIn, r.repoUrl, _text_cap_js__WEBPACK_IMPORTED_MODULE_11__/* .SUMMARY_CAP */ .GY / 10) : '';
    if (shipped)
        parts.push(shipped, '');
    if (plan.checks.length > 0)
        parts.push('Required checks:', '', (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_3__/* .checksMarkdown */ .pW)(plan), '');
    for (const d of (0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planDrifts */ .Qi)(plan))
        parts.push((0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .valuesDriftMarkdown */ .zK)(d), '');
    for (const c of (0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planContracts */ .Dn)(plan))
        parts.push((0,_promote_values_contract_js__WEBPACK_IMPORTED_MODULE_5__/* .valuesContractMarkdown */ .IB)(c), '');
    if (r.gate && r.gate.holds.length > 0)
        parts.push('Gates:', '', ...(0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .gateLines */ .HN)(r.gate).map((l) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(l)}`), '');
    if (plan.drift)
        parts.push('Every environment:', '', (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_3__/* .driftMarkdown */ .fZ)(plan.drift), '');
    for (const n of r.notes)
        parts.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(n)}`);
    if (r.autoMerge && !r.autoMerge.enabled)
        parts.push(`- Auto-merge is not allowed here (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(r.autoMerge.reason ?? 'repository setting')}); the pull request stays open.`);
    const api = (0,_report_api_commits_js__WEBPACK_IMPORTED_MODULE_12__/* .apiCommitsMarkdown */ .E)(r.apiCommits);
    if (api)
        parts.push('', api);
    return parts.join('\n');
}
/** The promotion as a table for the terminal: one row per change (tag and digest before → after, where, verified in). */
function promoteView(r) {
    const { plan } = r;
    const rows = (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_3__/* .changeRows */ .QP)(plan);
    const unchanged = plan.unchanged.length > 0 ? [`Already up to date: ${plan.unchanged.join(', ')}.`] : [];
    const checks = plan.checks.flatMap((c) => c.states.map((s) => `check ${s.name} on ${c.sha.slice(0, 12)}: ${s.state}`));
    const warned = autoMergeWarning(r);
    return {
        title: `promote-env: ${routeLabel(r)}`,
        status: promoteStatus(r).replace(' (diff in the log)', ''),
        headers: ['service', 'tag', 'digest', 'file', 'verified in'],
        rows,
        notes: [
            ...unchanged,
            ...(r.whatsIn ? (0,_promote_publish_report_js__WEBPACK_IMPORTED_MODULE_3__/* .whatsInLines */ .a7)(r.whatsIn) : []),
            ...checks,
            ...(r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .gateLines */ .HN)(r.gate) : []),
            ...r.notes,
            ...(r.waves ? (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_6__/* .wavesLines */ .g9)(r.waves) : []),
            ...(0,_report_api_commits_js__WEBPACK_IMPORTED_MODULE_12__/* .apiCommitLines */ .L)(r.apiCommits ?? []),
        ],
        warnings: [
            ...(warned ? [warned] : []),
            ...notifyWarnings(r),
            ...[
                ...(0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planDrifts */ .Qi)(plan).flatMap((d) => (0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .valuesDriftAnnotations */ .ch)(d)),
                ...(0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planContracts */ .Dn)(plan).flatMap((c) => (0,_promote_values_contract_js__WEBPACK_IMPORTED_MODULE_5__/* .valuesContractAnnotations */ .Zy)(c)),
            ].map((a) => (a.file ? `${a.file}:${a.line}: ${a.message}` : a.message)),
        ],
        ...((0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planRenders */ .BJ)(plan).length > 0 ? { diff: (0,_render_report_js__WEBPACK_IMPORTED_MODULE_10__/* .renderedLines */ .HY)((0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planRenders */ .BJ)(plan)) } : {}),
    };
}
/** The error a promotion stopped by require-checks ends with (after its summary is written); undefined when it was not. */
function checksError(r) {
    if (r.outcome !== 'checks')
        return (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_6__/* .wavesError */ .VM)(r.waves);
    const bad = r.plan.checks.flatMap((c) => c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`));
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`required checks are not green: ${bad.join('; ')}`, {
        hint: 'wait for them to pass (the table in the job summary lists every check); nothing was written',
    });
}
/** The error a promotion refused by a gate ends with (after its summary is written): what held it, and until when. */
function gateError(r) {
    if (r.outcome !== 'held' || !r.gate)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`promotion held: ${r.gate.holds.map((h) => h.message).join('; ')}`, {
        hint: r.gate.action === 'draft'
            ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `a dry run: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('dry-run', 'false')} and the pull request opens as a draft without auto-merge until the gate lets it through; nothing was written`
            : r.request.push === 'direct'
                ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `run again once the gate lets it through, or use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('push', 'pr')} (a draft pull request waits for it); nothing was written`
                : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `run again once the gate lets it through (or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('wait', 'draft')} to open a draft pull request meanwhile); nothing was written`,
    });
}
/**
 * The runner's view: a held promotion's hold first, then a line per
 * change, the diff in a group (already escaped for the log), the outcome, the
 * notes, the auto-merge warning, the outputs, the job summary; a promotion
 * stopped by require-checks then fails the step.
 */
function promoteRunnerView(r) {
    const failure = promoteFailure(r);
    // A held promotion leads with its hold, as the terminal does: the reason before the plan (a dry run's too).
    const steps = [
        ...(r.outcome === 'held' && failure ? [{ info: failure.message }] : []),
        ...promoteLogLines(r).map((line) => ({ info: line })),
    ];
    if (r.diff)
        steps.push({ group: r.dryRun ? 'dry run: the diff that would be committed' : 'diff' }, { info: r.diff, raw: true }, { endGroup: true });
    const renders = (0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planRenders */ .BJ)(r.plan);
    if (renders.length > 0) {
        const [count, ...rest] = (0,_render_report_js__WEBPACK_IMPORTED_MODULE_10__/* .renderedLines */ .HY)(renders);
        steps.push({ info: `rendered: ${count}` });
        if (rest.length > 0)
            steps.push({ group: 'rendered changes' }, { info: rest.map((l) => (0,_text_log_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeForLog */ .z)(`  ${l}`)).join('\n'), raw: true }, { endGroup: true });
        for (const failed of renders.filter((x) => x.status === 'failed'))
            steps.push({ annotate: 'warning', message: `render: ${(0,_render_report_js__WEBPACK_IMPORTED_MODULE_10__/* .countLine */ .QK)(failed)}` });
    }
    steps.push({ info: promoteStatus(r) }, ...(r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .gateLines */ .HN)(r.gate) : []).map((l) => ({ info: l })), ...r.notes.map((n) => ({ info: n })), ...(0,_report_api_commits_js__WEBPACK_IMPORTED_MODULE_12__/* .apiCommitLines */ .L)(r.apiCommits ?? []).map((line) => ({ info: line })));
    if (r.waves)
        steps.push(...(0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_6__/* .wavesLines */ .g9)(r.waves).map((line) => ({ info: line })));
    const warned = autoMergeWarning(r);
    if (warned)
        steps.push({ annotate: 'warning', message: warned });
    for (const w of notifyWarnings(r))
        steps.push({ annotate: 'warning', message: w });
    for (const d of (0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planDrifts */ .Qi)(r.plan))
        steps.push(...(0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .valuesDriftAnnotations */ .ch)(d));
    for (const c of (0,_promote_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .planContracts */ .Dn)(r.plan))
        steps.push(...(0,_promote_values_contract_js__WEBPACK_IMPORTED_MODULE_5__/* .valuesContractAnnotations */ .Zy)(c));
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: promoteMarkdown(r) });
    return { steps, failure };
}
/** A promotion ends in failure (exit 1) when its required checks or a wave stopped it, or a gate held it. */
function promoteFailure(r) {
    return checksError(r) ?? gateError(r);
}
/** `lockstep promote --json`: the route and outcome, the action's outputs as values, the gates' and notes' lines. */
function promoteJson(r) {
    const o = r.outputs;
    return (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_8__/* .commandJson */ .ic)('promote', {
        'dry-run': r.dryRun,
        // How the promotion went; how the command ended (`outcome`, and the hold's errors) its face says.
        promotion: r.outcome,
        status: promoteStatus(r),
        from: r.route.from?.name ?? null,
        to: r.route.to.name,
        'base-sha': r.baseSha,
        changed: o.changed === 'true',
        'pr-number': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_8__/* .numberOrNull */ .wD)(o['pr-number']),
        'pr-url': (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOrNull */ .e0)(o['pr-url']),
        branch: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOrNull */ .e0)(o.branch),
        commit: r.commit ?? null,
        changes: (0,_contract_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parsedOutput */ .$p)(o.changes),
        gates: r.gate ? (0,_promote_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .gateLines */ .HN)(r.gate) : [],
        waves: r.waves ? (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_6__/* .wavesLines */ .g9)(r.waves) : [],
        // What the cluster would receive: one row per object that changes (and per environment not rendered); absent when nothing was rendered.
        ...(r.rendered ? { rendered: r.rendered } : {}),
        // The target's values against both chart versions; null when the promotion compared none.
        'values-drift': r.plan.valuesDrift ? (0,_promote_values_drift_js__WEBPACK_IMPORTED_MODULE_4__/* .valuesDriftJson */ .w7)(r.plan.valuesDrift) : null,
        'values-contract': r.plan.valuesContract ? (0,_promote_values_contract_js__WEBPACK_IMPORTED_MODULE_5__/* .valuesContractJson */ .X0)(r.plan.valuesContract) : null,
        ...(r.renderCounts ? { 'render-counts': r.renderCounts } : {}),
        notes: r.notes,
        // One per outcome (opened, held, landed, rolled-back), with what became of its delivery when a webhook is set.
        events: (r.notified?.events ?? []).map((e, k) => ({ ...e, delivery: r.notified?.deliveries?.[k] ?? null })),
    });
}
/** A notification the webhook did not take: the promotion stands, said as a warning. */
function notifyWarnings(r) {
    const events = r.notified?.events ?? [];
    return (r.notified?.deliveries ?? []).flatMap((d, k) => d.delivered
        ? []
        : [
            `notification ${events[k].event} ${events[k].id} not delivered to ${d.host} after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}: ${d.error ?? 'no answer'}`,
        ]);
}
/** promote-env's views: the runner's and the terminal's. */
const promoteViews = {
    runner: promoteRunnerView,
    terminal: promoteView,
    failure: promoteFailure,
    // Everything that stops a promotion that was asked for rightly is a hold: run it again later.
    held: (r) => promoteFailure(r) !== undefined,
    json: promoteJson,
};


/***/ }),

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
/* harmony export */   b6: () => (/* binding */ hydratedPending),
/* harmony export */   cL: () => (/* binding */ hydratedGates),
/* harmony export */   n7: () => (/* binding */ emptyPlan)
/* harmony export */ });
/* unused harmony exports runsDry, DryRuns */
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30793);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38397);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24502);
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52862);
/* harmony import */ var _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38874);
/* harmony import */ var _gates_rollback_hold_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20499);
/* harmony import */ var _gates_fan_in_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7694);
/* harmony import */ var _gates_soak_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37951);
/* harmony import */ var _gates_window_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(79546);
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
/** What promoting `t` would move, read from origin: the one reading promote-env and `lockstep status` share. */
async function hydratedPending(git, t, env) {
    const next = await readHydrated(git, t.proposed, t.metadata);
    const active = await readHydrated(git, t.active, t.metadata);
    const problem = !next.tip
        ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${t.proposed}, the hydrated branch of ${env}, is not on origin`, {
            hint: `run hydrate-env (lockstep hydrate --push) for ${env} first`,
        })
        : !next.drySha
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${t.proposed}:${t.metadata} names no drySha, so what it ships cannot be said`, {
                hint: 'let hydrate-env write the branch again; check it with hydrate-env mode: check',
            })
            : !active.tip
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${t.active}, the active branch of ${env}, is not on origin: a pull request needs a base`, {
                    hint: `create it once (e.g. from an empty commit) and hydrate again: ${t.proposed} then grows out of it`,
                })
                : undefined;
    if (problem)
        return { next, active, pending: false, problem };
    // The proposed tip already in the active branch (merged), or the same DRY commit there: nothing pending.
    const between = await git.commitsBetween(active.tip, next.tip);
    return { next, active, pending: !(between?.length === 0 || next.drySha === active.drySha) };
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
        if (runs === undefined)
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
    const pinned = await (0,_gates_soak_js__WEBPACK_IMPORTED_MODULE_8__/* .pinnedSince */ .vW)(dryLabel(h.dry), current, log.entries, log.complete, runsAt);
    keepIgnored(h, runs);
    const pins = [await (0,_gates_soak_js__WEBPACK_IMPORTED_MODULE_8__/* .receivedAt */ .tZ)(pinned, h.ports, source.name, source.t.active)];
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
    [_gates_soak_js__WEBPACK_IMPORTED_MODULE_8__/* .soak */ .Rb.name]: soakOf,
    [_gates_window_js__WEBPACK_IMPORTED_MODULE_9__/* .window */ .x.name]: (h) => _gates_window_js__WEBPACK_IMPORTED_MODULE_9__/* .window */ .x.gather(context(h, h.req, h.route, h.baseSha)),
    [_gates_fan_in_js__WEBPACK_IMPORTED_MODULE_7__/* .fanIn */ .R.name]: fanInOf,
    [_gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.name]: approvalOf,
    // A hydrated environment is rolled back on its active branch, not by a promotion that lands on the base: not read here.
    [_gates_rollback_hold_js__WEBPACK_IMPORTED_MODULE_6__/* .rollbackHold */ .O.name]: () => Promise.resolve(undefined),
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

/***/ 7499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ apiCommitsMarkdown),
/* harmony export */   L: () => (/* binding */ apiCommitLines)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69888);

// commit-mode api, said the same way by prepare-release and promote-env:
// which commits written through the GitHub API GitHub shows as Verified
// (lockstep's own, signed by GitHub), and what became of others' commits:
// each is re-created with its author as a new commit, which GitHub does not
// sign, so a signature the original had (a web-editor commit's Verified) is
// gone; the old and new ids say which is which.
/** What GitHub shows for one commit, in words. */
function status(c) {
    if (c.verified)
        return 'Verified';
    return c.keptAuthor ? `not verified (${c.reason}): a signature the original had does not carry over` : `not verified (${c.reason})`;
}
/** Whose commit it is, in words. */
function whose(c) {
    if (!c.keptAuthor)
        return "lockstep's, authored by GitHub";
    return c.original
        ? `someone else's ${c.original.slice(0, 12)}, re-created with its author as a new commit`
        : "someone else's, re-created with its author";
}
/** One log line per commit: `abc123def456 (lockstep's, authored by GitHub): Verified`. */
function apiCommitLines(commits) {
    return commits.map((c) => `${c.sha.slice(0, 12)} (${whose(c)}; built locally as ${c.local.slice(0, 12)}): ${status(c)}`);
}
/** The job summary's table of the commits written through the API (every cell escaped by markdownTable); empty without any. */
function apiCommitsMarkdown(commits) {
    if (!commits || commits.length === 0)
        return '';
    const rows = commits.map((c) => [c.sha.slice(0, 12), whose(c), status(c)]);
    return `Commits written through the GitHub API (commit-mode: api):\n\n${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Commit', 'Whose', 'GitHub shows'], rows)}`;
}


/***/ })

};

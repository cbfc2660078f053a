export const id = 9138;
export const ids = [9138];
export const modules = {

/***/ 20506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}


/***/ }),

/***/ 81006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ repoOpener),
/* harmony export */   O6: () => (/* binding */ authSecrets),
/* harmony export */   ub: () => (/* binding */ withToken)
/* harmony export */ });
/* unused harmony exports redact, gitAuthEnv, authedGit */
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57850);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63164);


/** The Basic credential git sends for a GitHub token (what actions/checkout configures). */
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/**
 * Every form of the token that could surface in git's output or an error:
 * the token itself and the base64 Basic credential built from it. Callers
 * mask each one (setSecret) before the first git call.
 */
function authSecrets(token) {
    if (!token)
        return [];
    const basic = basicCredential(token);
    return [token, basic, encodeURIComponent(token)].filter((s, i, all) => all.indexOf(s) === i);
}
/** Replaces every secret in `text` with `***`. */
function redact(text, secrets) {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        if (s)
            out = out.split(s).join('***');
    return out;
}
/**
 * The `http.<url>.` config prefix git matches for a remote: the server's
 * origin with a trailing slash, so every repository on that host (a fork's
 * upstream, a redirect after a rename) gets the header, as actions/checkout
 * does. Undefined for remotes that are not http(s) (a path, ssh): there the
 * token has no use and nothing is set.
 */
function headerScope(remoteUrl) {
    let u;
    try {
        u = new URL(remoteUrl);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return undefined;
    return `${u.protocol}//${u.host}/`;
}
/**
 * Env vars that give git the token for `remoteUrl` without argv, URL or
 * .git/config (GIT_CONFIG_COUNT… http.<url>.extraheader).
 *
 * Two entries are added after any the environment already has
 * (`inherited`'s GIT_CONFIG_COUNT): an empty `extraheader`, which clears the
 * headers collected so far — notably the one actions/checkout persists in
 * .git/config with `persist-credentials: true`, which may hold another
 * (read-only) token — and then ours, so git sends exactly one Authorization
 * header. Command-scope config is read after system, global and local
 * files, which is what makes the clearing entry work. An empty
 * `credential.helper` likewise switches off stored credentials.
 */
function gitAuthEnv(remoteUrl, token, inherited = {}) {
    const scope = token ? headerScope(remoteUrl) : undefined;
    if (!token || !scope)
        return {};
    if (/[\r\n\0]/.test(token))
        throw new Error('the GitHub token contains a line break or NUL; it cannot be sent as a header');
    const start = /^\d+$/.test(inherited.GIT_CONFIG_COUNT ?? '') ? Number(inherited.GIT_CONFIG_COUNT) : 0;
    const key = `http.${scope}.extraheader`;
    const entries = [
        [key, ''],
        [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
        // The token is the identity: no credential helper may answer a 401 with another one.
        ['credential.helper', ''],
    ];
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = k;
        env[`GIT_CONFIG_VALUE_${start + i}`] = v;
    });
    return env;
}
/** Replaces every secret in a byte buffer (git's stdout may be binary, so no text round trip unless a secret is there). */
function redactBytes(data, secrets) {
    if (!secrets.some((s) => s && data.includes(s)))
        return data;
    let out = data;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (!s)
            continue;
        const parts = [];
        let from = 0;
        for (let at = out.indexOf(s, from); at >= 0; at = out.indexOf(s, from)) {
            parts.push(out.subarray(from, at), Buffer.from('***'));
            from = at + Buffer.byteLength(s);
        }
        parts.push(out.subarray(from));
        out = Buffer.concat(parts);
    }
    return out;
}
/** A password embedded in a remote URL (some workflows still write one), raw and decoded, so it is scrubbed too. */
function urlSecrets(remoteUrl) {
    try {
        const { password } = new URL(remoteUrl);
        if (!password)
            return [];
        const decoded = decodeURIComponent(password);
        return [...new Set([password, decoded, Buffer.from(decoded).toString('base64')])];
    }
    catch {
        return [];
    }
}
/**
 * A gitSpawner whose processes carry the token through gitAuthEnv, with
 * trace redaction forced on and every form of the token scrubbed from
 * git's output before anyone can log or throw it (a server's hook message
 * that echoes a credential included).
 */
function authedGit(cwd, remoteUrl, token, base = process.env) {
    const env = { ...base, ...gitAuthEnv(remoteUrl, token, base), GIT_TRACE_REDACT: '1' };
    const inner = (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__.gitSpawner)(cwd, env);
    const secrets = [...authSecrets(token), ...urlSecrets(remoteUrl)];
    if (secrets.length === 0)
        return inner;
    const git = async (args) => {
        const r = await inner(args);
        return { code: r.code, stdout: redactBytes(r.stdout, secrets), stderr: redact(r.stderr, secrets) };
    };
    // A secret holds no NUL byte (else the whole output is read and scrubbed): none can straddle two records,
    // so scrubbing each record scrubs the output.
    const records = inner.records;
    if (records && !secrets.some((s) => s.includes('\0')))
        git.records = async (args, onRecord, signal) => {
            const r = await records(args, (record) => onRecord(redactBytes(record, secrets)), signal);
            return { code: r.code, stderr: redact(r.stderr, secrets) };
        };
    return (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .asRepo */ .lU)(git);
}
/** The real RepoOpener in `env`: a plain Repo, or with `auth` one whose git carries the token (authedGit). */
function repoOpener(env = process.env) {
    return (cwd, auth) => (auth ? (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .asRepo */ .lU)(authedGit(cwd, auth.remoteUrl, auth.token, env)) : (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepo */ .B8)(cwd, env));
}
/**
 * `repo` with the token given to git through its environment (never argv,
 * URL or .git/config) when there is a token and an origin to use it on,
 * opened by `open`; else `repo` itself. What `repo` learnt of origin's URL is kept.
 */
async function withToken(repo, cwd, token, open) {
    if (!token)
        return repo;
    const url = await repo.remoteUrl();
    if (url === undefined)
        return repo;
    const authed = open(cwd, { remoteUrl: url, token });
    authed.knowRemoteUrl(url);
    return authed;
}


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

/***/ 56239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chooseEnvironments: () => (/* binding */ chooseEnvironments),
  hydrateOf: () => (/* binding */ hydrateOf),
  repositoryUrl: () => (/* binding */ repositoryUrl),
  runHydrate: () => (/* binding */ runHydrate)
});

// EXTERNAL MODULE: ./packages/core/src/config/config.ts + 2 modules
var config_config = __webpack_require__(30793);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/auth.ts
var auth = __webpack_require__(81006);
// EXTERNAL MODULE: ./packages/core/src/git/hydrated.ts
var hydrated = __webpack_require__(38397);
// EXTERNAL MODULE: ./packages/core/src/settings/validate.ts
var validate = __webpack_require__(93081);
// EXTERNAL MODULE: ./packages/core/src/git/commits.ts
var commits = __webpack_require__(53852);
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var publish = __webpack_require__(5825);
;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/check.ts
// hydrate-env's `mode: check` (`lockstep hydrate --mode check`): a hydrated branch is what its DRY commit
// renders to, and nothing else. Each environment's proposed branch (or the commit `commit` names, a promotion
// pull request's head) is read: its hydrator.metadata names the drySha, that commit is rendered afresh as the
// hydration would render it (plan.ts), and every manifest file is compared byte for byte. A hand edit, a file
// added or one removed is refused at its file and line, exit 1; the branch and the workspace are left as they
// were. hydrator.metadata itself is read for its drySha only: its other fields describe, they do not deploy.





/**
 * Checks each chosen environment's hydrated branch (the `commit` input's when given: one
 * environment only) against a fresh render of its drySha; every difference
 * of every environment is refused at once.
 */
async function checkHydrated(git, chosen, ref, planner) {
    if (ref !== undefined && chosen.length !== 1)
        throw new src_errors/* UserError */.yo(`names one hydrated commit for ${chosen.length} environments`, {
            input: 'commit',
            hint: 'name the environment the commit was hydrated for with env',
        });
    const out = [];
    const targets = [];
    for (const c of chosen) {
        const branch = (0,hydrated/* proposedBranch */.h$)(c.h);
        const commit = ref !== undefined ? await (0,hydrated/* commitOf */.D3)(git, ref) : await (0,publish/* fetchBranch */.D_)(git, 'origin', branch);
        if (commit === undefined) {
            if (ref !== undefined)
                throw new src_errors/* UserError */.yo(`is ${JSON.stringify(ref)}, which names no commit here or on origin`, { input: 'commit' });
            out.push({ name: c.e.name, branch, status: 'absent', files: 0, dropped: [], renderer: '' });
            continue;
        }
        targets.push({ c, branch, commit, dry: await drySource(git, planner, branch, commit, c) });
    }
    const errors = [];
    // Environments hydrated from the same DRY commit are rendered together, as the hydration renders them.
    for (const sha of new Set(targets.map((t) => t.dry.sha))) {
        const group = targets.filter((t) => t.dry.sha === sha);
        const planned = await planner.plan(group[0].dry, group.map((t) => t.c));
        for (const [k, t] of group.entries()) {
            const found = await differences(git, planner, t, planned[k]);
            errors.push(...found);
            out.push({
                name: t.c.e.name,
                branch: t.branch,
                ...(t.c.h.path ? { path: t.c.h.path } : {}),
                status: 'matches',
                commit: t.commit,
                drySha: t.dry.sha,
                files: planned[k].files.length,
                dropped: planned[k].dropped,
                renderer: planned[k].renderer,
            });
        }
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new src_errors/* UserErrors */.tQ(errors);
    const order = new Map(chosen.map((c, i) => [c.e.name, i]));
    return out.sort((a, b) => order.get(a.name) - order.get(b.name));
}
/** The DRY commit a hydrated commit's own hydrator.metadata names; refused at the metadata file when it names none. */
async function drySource(git, planner, branch, commit, c) {
    const file = (0,hydrated/* metadataPaths */.w1)(c.h).at(-1);
    const at = (message, hint) => new src_errors/* UserError */.yo(message, { file: `${branch}:${file}`, line: 1, hint });
    const text = await planner.text(`${commit}:${file}`);
    if (text === undefined)
        throw at(`${c.e.name}: ${commit.slice(0, 12)} holds no ${file}, so no DRY commit to render it from`, 'hydrate the branch with hydrate-env; a hydrated branch is written by it only');
    const sha = (0,hydrated/* dryShaOf */.hu)(text);
    if (sha === undefined)
        throw at(`${c.e.name}: ${file} names no drySha (a full commit id)`, 'hydrate the branch again with hydrate-env; never edit it by hand');
    const dry = (await (0,hydrated/* commitOf */.D3)(git, sha)) !== undefined ? await (0,hydrated/* dryCommit */.FZ)(git, sha) : undefined;
    if (!dry)
        throw at(`${c.e.name}: drySha ${sha.slice(0, 12)} is no commit of this repository or its origin`, 'hydrate the branch again with hydrate-env from a commit of the DRY branch');
    // Any commit the origin holds can be named, a pull request's included: one outside the checked-out DRY
    // branch's history would let a branch hydrated from an unreviewed commit pass as a fresh render.
    if (!(await (0,commits/* isAncestorOf */.rd)(git, dry.sha, 'HEAD')))
        throw at(`${c.e.name}: drySha ${sha.slice(0, 12)} is not in the history of the checked-out DRY branch, so its render is no render of that branch`, 'hydrate from the DRY branch only; check out the DRY branch with its history (actions/checkout fetch-depth: 0)');
    return dry;
}
/** Each manifest file where the hydrated commit and the fresh render differ, as an error at that file (and its first differing line). */
async function differences(git, planner, t, planned) {
    const metadata = (0,hydrated/* metadataPaths */.w1)(t.c.h);
    const scope = t.c.h.path;
    const fresh = (await (0,hydrated/* writeHydratedTree */.bL)(git, undefined, scope, planned.files, false)).blobs;
    const held = await (0,hydrated/* blobsUnder */.xb)(git, t.commit, scope);
    const paths = [...new Set([...held.keys(), ...fresh.keys()])].filter((p) => !metadata.includes(p)).sort();
    const rendered = new Map(planned.files.map((f) => [f.path, f.content]));
    const errors = [];
    const dry = t.dry.sha.slice(0, 12);
    const hint = 'hydrated branches are written by hydrate-env only: change the DRY branch instead, and hydrate again';
    for (const path of paths) {
        const file = `${t.branch}:${path}`;
        if (held.get(path) === fresh.get(path))
            continue;
        if (!fresh.has(path))
            errors.push(new src_errors/* UserError */.yo(`${t.c.e.name}: not in a fresh render of ${dry} (added by hand?)`, { file, hint }));
        else if (!held.has(path))
            errors.push(new src_errors/* UserError */.yo(`${t.c.e.name}: a fresh render of ${dry} has it, ${t.commit.slice(0, 12)} does not`, { file, hint }));
        else {
            const line = firstDifference((await planner.text(`${t.commit}:${path}`)) ?? '', rendered.get(path));
            errors.push(new src_errors/* UserError */.yo(`${t.c.e.name}: differs from a fresh render of ${dry} (edited by hand?)`, { file, line, hint }));
        }
    }
    return errors;
}
/** The 1-based line where two texts first differ. */
function firstDifference(a, b) {
    const x = a.split('\n');
    const y = b.split('\n');
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i])
        i++;
    return i + 1;
}

// EXTERNAL MODULE: ./packages/core/src/deploy/argocd/source-hydrator.ts
var source_hydrator = __webpack_require__(65997);
// EXTERNAL MODULE: ./packages/core/src/promote/publish/branch.ts
var branch = __webpack_require__(69256);
;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/owned.ts
// hydrate-env writes proposed branches only (issue 73 item 1). A `hydrate-to:` or an Application's
// hydrateTo.targetBranch is untrusted text that names the branch written: pointed at the DRY branch it would
// replace the charts with rendered manifests, pointed at an environment's active branch (or at promote-env's
// `promote/<env>`) it would move that environment past every gate. Each branch a run would write is checked
// against every branch someone else owns before anything renders or is pushed, and refused at the line that
// named it, naming its owner.




/** The branches a hydration must never write, each with what owns it (`the DRY branch`, `prod's active branch`). */
function ownedBranches(config, actives, dryBranches) {
    const owned = new Map();
    for (const { branch, why } of dryBranches)
        if (!owned.has(branch))
            owned.set(branch, `the DRY branch (${why})`);
    for (const [env, active] of actives)
        if (!owned.has(active))
            owned.set(active, `${env}'s active branch`);
    for (const e of config.environments) {
        const b = branch/* PromotionBranch */.G.of(e.name);
        if (!owned.has(b))
            owned.set(b, `promote-env's branch for ${e.name}`);
    }
    return owned;
}
/** The line that named a chosen environment's written branch: its Application's, else the config's `hydrate-to:` (or `hydrate:`). */
function branchNamedAt(config, c) {
    if (c.named)
        return { file: c.named.file, line: c.named.line };
    const line = (0,config_config.configLine)(config, ['environments', c.index, 'hydrate', 'hydrate-to']) ??
        (0,config_config.configLine)(config, ['environments', c.index, 'hydrate']) ??
        (0,config_config.configLine)(config, ['environments', c.index]);
    return { ...(config.file !== undefined ? { file: config.file } : {}), ...(line !== undefined ? { line } : {}) };
}
/**
 * Each chosen environment's written branch checked against `owned`: every one that is refused together, at the
 * line that named it (the Application's, else the config's `hydrate:`), before anything is rendered or pushed.
 */
function refuseOwnedBranches(config, chosen, owned) {
    const errors = [];
    for (const c of chosen) {
        const branch = (0,hydrated/* proposedBranch */.h$)(c.h);
        const owner = owned.get(branch);
        if (owner === undefined)
            continue;
        const own = c.h.path ? `${c.h.branch}-next/${c.h.path}` : `${c.h.branch}-next`;
        const at = c.named
            ? {
                file: c.named.file,
                line: c.named.line,
                hint: `write ${c.named.key}: ${c.h.branch}-next (a proposed branch of ${c.e.name}'s own); nothing was pushed`,
            }
            : {
                ...branchNamedAt(config, c),
                hint: `leave hydrate-to out (${c.e.name} then writes ${own}), or name a proposed branch of ${c.e.name}'s own; nothing was pushed`,
            };
        errors.push(new src_errors/* UserError */.yo(`${c.e.name}: hydrate-env would write ${branch}, which is ${owner}`, at));
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new src_errors/* UserErrors */.tQ(errors);
}

// EXTERNAL MODULE: ./packages/core/src/git/local-repo.ts
var local_repo = __webpack_require__(48982);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/deploy/fleet.ts + 1 modules
var fleet = __webpack_require__(15137);
// EXTERNAL MODULE: ./packages/core/src/async/map-limit.ts
var map_limit = __webpack_require__(20506);
// EXTERNAL MODULE: ./packages/core/src/git/cat-file.ts
var cat_file = __webpack_require__(40001);
// EXTERNAL MODULE: ./packages/core/src/render/find.ts
var find = __webpack_require__(73211);
// EXTERNAL MODULE: ./packages/core/src/render/helm.ts
var helm = __webpack_require__(46760);
// EXTERNAL MODULE: ./packages/core/src/render/kustomize.ts + 1 modules
var render_kustomize = __webpack_require__(83375);
// EXTERNAL MODULE: ./packages/core/src/render/render.ts + 2 modules
var render = __webpack_require__(39410);
// EXTERNAL MODULE: ./packages/core/src/render/objects.ts + 2 modules
var render_objects = __webpack_require__(21065);
;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/layout.ts
// What a hydrated branch holds, in GitOps Promoter's hydrator contract: `hydrator.metadata` (JSON naming the
// DRY commit) beside the manifests, as one `manifest.yaml` (Argo CD Source Hydrator's layout) or one file per
// object. Each object is written with its keys sorted (render/objects.ts's stable YAML) and the objects in the
// order of their keys (apiVersion, kind, namespace, name): the bytes depend on the DRY commit and the
// renderer's version only, never on the order a tool printed them in. Pure: the run gives the objects.


/** hydrator.metadata's JSON: drySha, repoURL, author, date, subject, body and references, two-space indented, one final newline. */
function metadataText(dry, repoURL) {
    const doc = {
        drySha: dry.sha,
        ...(repoURL ? { repoURL } : {}),
        author: dry.author,
        date: dry.date,
        subject: dry.subject,
        body: dry.body,
        references: [],
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}
/** Why a render cannot be written: a Secret in clear. */
class SecretInRender extends Error {
    secrets;
    constructor(secrets) {
        super(`the render holds ${secrets.length === 1 ? 'a Secret' : `${secrets.length} Secrets`}: ${secrets.join(', ')}`);
        this.secrets = secrets;
    }
}
/** The manifests of a render as files, and the Secrets dropped (`secrets: drop`); a Secret otherwise throws SecretInRender. */
function manifestFiles(objects, h) {
    const all = [...objects].sort((a, b) => compare((0,render_objects/* objectKey */.T5)(a), (0,render_objects/* objectKey */.T5)(b)));
    // Only the core Secret holds its data in clear: SealedSecret, ExternalSecret and the like are written as they are.
    const secrets = all.filter((o) => o.kind === 'Secret' && o.apiVersion === 'v1');
    if (secrets.length > 0 && h.secrets !== 'drop')
        throw new SecretInRender(secrets.map(render_objects/* objectLabel */.uk));
    const kept = all.filter((o) => !secrets.includes(o));
    const dropped = secrets.map(render_objects/* objectLabel */.uk);
    const at = (name) => (h.path ? external_node_path_.posix.join(h.path, name) : name);
    const texts = kept.map((o) => (0,render_objects/* stableYaml */.Xf)((0,render_objects/* sortedKeys */.Mf)(o.body)));
    if (h.layout === 'objects') {
        const taken = new Set();
        const files = kept.map((o, i) => {
            const base = fileName(o);
            let name = `${base}.yaml`;
            for (let n = 2; taken.has(name); n++)
                name = `${base}-${n}.yaml`;
            taken.add(name);
            return { path: at(name), content: texts[i] };
        });
        return { files, dropped };
    }
    return { files: [{ path: at('manifest.yaml'), content: texts.map((t) => `---\n${t}`).join('') }], dropped };
}
/** `<namespace>-<kind>-<name>`, lower case, each character outside [a-z0-9._-] as `_`. */
function fileName(o) {
    const parts = [o.namespace, o.kind, o.name].filter((p) => p !== '');
    return parts
        .join('-')
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, '_');
}
/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 4 modules
var kind = __webpack_require__(5459);
;// CONCATENATED MODULE: ./packages/core/src/deploy/render.ts
// What one environment deploys, rendered at a commit as its deployer renders it (kind.ts picks the kind's
// module, which renders it): files are read from the commit, never from the work tree. Each render runs once per
// distinct input (render/cached.ts), bounded as every render is.

/** The environment rendered as it deploys, at the commit `reader` reads; `inRepo` turns a config path into a repository path. */
async function renderDeployed(e, charts, reader, renderers, inRepo) {
    const deployment = (0,kind/* deploymentOf */.PE)(e);
    if (!deployment)
        return { ok: false, message: 'the config names no values file, overlay or Flux resource for it' };
    return deployment.render(reader, renderers, inRepo, charts);
}

// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var http_transport = __webpack_require__(96291);
// EXTERNAL MODULE: ./packages/core/src/registry/chart.ts
var chart = __webpack_require__(83329);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(32632);
// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts
var docker_config = __webpack_require__(48040);
// EXTERNAL MODULE: ./packages/core/src/registry/helm-repository.ts
var helm_repository = __webpack_require__(72558);
;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/plan.ts
// What a DRY commit hydrates to, shared by the hydration (run.ts, at HEAD) and the check of a hydrated branch
// (check.ts, at the drySha its hydrator.metadata names): each chosen environment rendered at that commit, its
// files laid out (layout.ts), every render first, so one that fails writes nothing. Files are read from the
// commit, never from the work tree; the renderers are made once per run, when first needed.



















/** Renders run at once: each is a helm or kustomize process. */
const RENDERS_AT_ONCE = 4;
/** The planner of a run in `workdir`; `repoURL` goes into hydrator.metadata. */
async function openPlanner(config, workdir, world, plain, repoURL) {
    const prefix = (await (0,local_repo/* pathPrefixOrTop */.MY)(plain)).replace(/\/$/, '');
    const inRepo = (p) => external_node_path_.posix.normalize(external_node_path_.posix.join(prefix, p));
    const fromRepo = (p) => (prefix && p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : p);
    const objects = new cat_file/* ObjectReader */.n(workdir, world.env);
    const renderers = runRenderers(config, world);
    return {
        plan: async (dry, chosen) => {
            // Each folder listed and each file read once per run: 300 environments of one chart read its files once,
            // not 300 times (a chart folder holding every environment's values file made that 300 × 300 reads).
            const listed = new Map();
            const texts = new Map();
            const charts = new Map();
            const reader = {
                list: (dir) => {
                    let files = listed.get(dir);
                    if (!files)
                        listed.set(dir, (files = plain.listFiles(dry.sha, dir === '' || dir === '.' ? undefined : dir)));
                    return files;
                },
                read: (p) => {
                    let text = texts.get(p);
                    if (!text)
                        texts.set(p, (text = objects.text(`${dry.sha}:${p}`)));
                    return text;
                },
                chart: (dir) => {
                    let chart = charts.get(dir);
                    if (!chart)
                        charts.set(dir, (chart = (0,render/* readChartFolder */.z_)(reader, dir)));
                    return chart;
                },
            };
            // Each environment laid out as soon as it is rendered, while the next renders run: its objects go then.
            const content = metadataText(dry, repoURL);
            const outcomes = await (0,map_limit/* mapLimit */.s)(chosen, RENDERS_AT_ONCE, async (c) => {
                try {
                    // An environment of many apps (deploy/fleet.ts): each app rendered as its own, under <path>/<app id>/.
                    const apps = (0,fleet/* isFleet */.xP)(c.e)
                        ? (0,fleet/* expandFleets */.wR)([c.e], await (0,fleet/* withDocuments */.rN)([c.e], (await reader.list('')) ?? [], reader.read, inRepo), {
                            file: config.file,
                            inRepo,
                            fromRepo,
                        })
                        : [c.e];
                    const laid = { files: [], dropped: [], renderer: '' };
                    for (const e of apps) {
                        const r = await renderDeployed(e, config.charts ?? [], reader, renderers, inRepo);
                        if (!r.ok)
                            return e.app === undefined ? r : { ok: false, message: `${e.name}: ${r.message}` };
                        const h = e.app === undefined ? c.h : { ...c.h, path: external_node_path_.posix.join(c.h.path ?? '', e.app) };
                        const { files, dropped } = manifestFiles(r.objects.values(), h);
                        laid.files.push(...files);
                        laid.dropped.push(...dropped);
                        laid.renderer ||= r.renderer;
                    }
                    if (apps.length === 0)
                        return { ok: false, message: `${c.e.name} names no app in this commit` };
                    const metadata = (0,hydrated/* metadataPaths */.w1)(c.h).map((path) => ({ path, content }));
                    return {
                        ok: true,
                        planned: { ...c, files: [...metadata, ...laid.files], dropped: laid.dropped, renderer: laid.renderer },
                    };
                }
                catch (err) {
                    if (err instanceof src_errors/* UserError */.yo)
                        return { ok: false, message: err.format() };
                    if (err instanceof SecretInRender)
                        return { ok: false, secret: err };
                    throw err;
                }
            });
            const errors = [];
            const planned = [];
            chosen.forEach((c, k) => {
                const r = outcomes[k];
                const at = { file: config.file, line: (0,config_config.configLine)(config, ['environments', c.index]) };
                if (r.ok)
                    planned.push(r.planned);
                else if ('secret' in r)
                    errors.push(new src_errors/* UserError */.yo(`${c.e.name}: ${r.secret.message}, which a hydrated branch would hold in clear`, {
                        file: config.file,
                        line: (0,config_config.configLine)(config, ['environments', c.index, 'hydrate']) ?? at.line,
                        hint: 'render a SealedSecret or an ExternalSecret instead, or write secrets: drop under hydrate: to leave Secrets out; nothing was pushed',
                    }));
                else
                    errors.push(new src_errors/* UserError */.yo(`${c.e.name} does not render at ${dry.sha.slice(0, 12)}: ${r.message}`, {
                        ...at,
                        hint: 'fix the chart, values or overlay; nothing was pushed',
                    }));
            });
            if (errors.length === 1)
                throw errors[0];
            if (errors.length > 1)
                throw new src_errors/* UserErrors */.tQ(errors);
            return planned;
        },
        configText: (sha, path) => objects.text(`${sha}:${inRepo(path)}`),
        text: (rev) => objects.text(rev),
        close: () => {
            objects.close();
            renderers.dispose();
        },
    };
}
/** The renderers of a run, each made when first needed (an overlay-only config never looks for Helm). */
function runRenderers(config, world) {
    const env = world.env;
    // One Helm per major named (an environment's helm-version), and one for the environments that name none.
    const helms = new Map();
    let kustomize = null;
    const pulls = chartPuller(world);
    const cluster = {
        ...(config.render.kubeVersion ? { kubeVersion: config.render.kubeVersion } : {}),
        apiVersions: config.render.apiVersions,
    };
    return {
        helm: (major) => {
            let found = helms.get(major);
            if (!found) {
                // One chart folder written for all the renders of a chart (the planner's reader gives the same files map).
                found = (0,helm/* findHelmOf */.pz)(major, env).then((h) => h && (0,helm/* helmUsable */.hm)(h) ? { renderer: new render/* Renderer */.A4(h.path, cluster, {}, true), helm: h } : undefined);
                helms.set(major, found);
            }
            return found;
        },
        dispose: () => {
            for (const found of helms.values())
                void found.then((h) => h?.renderer.dispose());
            pulls.close();
        },
        pull: pulls.pull,
        kustomize: () => {
            if (kustomize === null) {
                const tool = (0,find/* findKustomize */.H)(env);
                kustomize = tool ? { renderer: new render_kustomize/* KustomizeRenderer */.Bp(tool), tool } : undefined;
            }
            return kustomize;
        },
    };
}
/**
 * Charts from registries, through one registry client opened on the first pull (a run whose charts are all in
 * the repository opens none), with the Docker config's credentials as promote-env reads them.
 */
function chartPuller(world) {
    let opened;
    const client = () => {
        if (!opened) {
            const transport = (world.services.http ?? http_transport.nodeTransport)();
            const log = (line) => world.reporter.debug(line);
            const registry = (world.services.registry ?? ((o) => new registry_client/* RegistryClient */.bP(o)))({
                transport,
                clock: world.clock,
                ...(world.services.retry ? { retry: world.services.retry } : {}),
                log,
                credentials: (0,docker_config/* dockerCredentialSource */.JA)({ configPath: (0,docker_config/* dockerConfigPath */.Q1)(world.env, world.env.HOME ?? ''), secret: world.secret, log }),
            });
            opened = { client: registry, close: () => transport.close() };
        }
        return opened.client;
    };
    // Each chart pulled once per run: 300 environments of one published chart pull it once.
    const pulled = new Map();
    const once = (key, pull) => {
        let p = pulled.get(key);
        if (!p)
            pulled.set(key, (p = pull()));
        return p;
    };
    return {
        pull: {
            oci: (ref) => once(`oci\0${ref.registry}/${ref.repository}:${ref.tag ?? ref.range ?? ''}@${ref.digest ?? ''}`, () => (0,chart/* pullChartArchive */.IP)(client(), ref)),
            repository: (repoURL, chart, version) => once(`https\0${repoURL}\0${chart}\0${version}`, async () => (await (0,helm_repository/* pullRepositoryChart */.o8)(client(), repoURL, chart, version)).tgz),
        },
        close: () => opened?.close(),
    };
}

// EXTERNAL MODULE: ./packages/core/src/git/identity.ts
var identity = __webpack_require__(87034);
// EXTERNAL MODULE: ./packages/core/src/git/signing.ts
var git_signing = __webpack_require__(87245);
// EXTERNAL MODULE: ./packages/core/src/git/dry-order.ts
var dry_order = __webpack_require__(15290);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/git/local.ts
var git_local = __webpack_require__(24673);
// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var git_repo = __webpack_require__(63164);
;// CONCATENATED MODULE: ./packages/core/src/git/hydrated-objects.ts
// The objects of many hydrated commits at once (operations/hydrate/write.ts's batch): each blob, tree and commit
// is written out in its exact git form here and its id hashed here, and the objects of every branch of a run go
// to git in one `hash-object -w` per object type. The trees a branch is built on are read through the run's one
// `cat-file --batch` (objects.ts's ObjectReader). What git would write is what is written: the same tree a
// temporary index's write-tree makes (entries in git's order, a subtree's name compared as `name/`), the same
// commit `git commit-tree` makes (hydrated.test.ts checks both against git itself); git checks each id again.






function formatOf(commitId) {
    return commitId.length === 64 ? 'sha256' : 'sha1';
}
/** The object of `type` holding `data`, with its id (`<type> <size>\0<data>` hashed). */
function gitObject(type, data, format) {
    const id = (0,external_node_crypto_.createHash)(format).update(`${type} ${data.length}\0`).update(data).digest('hex');
    return { type, id, data };
}
/** A tree's entries by name, read from its object. */
function parseTree(data, format) {
    const size = format === 'sha256' ? 32 : 20;
    const out = new Map();
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const nul = data.indexOf(0, space);
        if (space < 0 || nul < 0 || nul + 1 + size > data.length)
            throw new Error('git tree object is truncated');
        out.set(data.toString('utf8', space + 1, nul), {
            mode: data.toString('latin1', at, space),
            id: data.toString('hex', nul + 1, nul + 1 + size),
        });
        at = nul + 1 + size;
    }
    return out;
}
/** A tree object of `entries`, in git's order: by name bytes, a subtree's name read as `name/`. */
function treeObject(entries, format) {
    const key = (name, e) => Buffer.from(e.mode === '40000' ? `${name}/` : name, 'utf8');
    const sorted = [...entries].map(([name, e]) => ({ name, e, k: key(name, e) })).sort((a, b) => Buffer.compare(a.k, b.k));
    const parts = sorted.flatMap(({ name, e }) => [Buffer.from(`${e.mode} ${name}\0`, 'utf8'), Buffer.from(e.id, 'hex')]);
    return gitObject('tree', Buffer.concat(parts), format);
}
/** The commit `git commit-tree` makes of `tree` on `parent`, by `who` at `date` (`<unix> <offset>`). */
function commitObject(c, format) {
    const ident = `${c.who.name} <${c.who.email}> ${c.date}`;
    const text = [
        `tree ${c.tree}\n`,
        c.parent ? `parent ${c.parent}\n` : '',
        `author ${ident}\ncommitter ${ident}\n\n`,
        c.message.endsWith('\n') ? c.message : `${c.message}\n`,
    ].join('');
    return gitObject('commit', Buffer.from(text, 'utf8'), format);
}
/**
 * The tree of `base` (a tree id; undefined: none) with `files` (path → blob id, relative to this tree) put in:
 * with `replace`, or at the folder `scope` names, what was there is dropped first. Subtrees no file enters are
 * kept as they are, mode and id. New trees go to `out`; the tree's id is returned.
 */
async function overlayTree(reader, base, files, scope, format, out) {
    const replace = scope === '';
    const entries = base && !replace ? await readTree(reader, base, format) : new Map();
    const folders = new Map();
    for (const [path, id] of files) {
        const slash = path.indexOf('/');
        if (slash < 0) {
            entries.set(path, { mode: '100644', id });
            continue;
        }
        const name = path.slice(0, slash);
        if (!folders.has(name))
            folders.set(name, new Map());
        folders.get(name).set(path.slice(slash + 1), id);
    }
    for (const [name, inner] of folders) {
        const held = entries.get(name);
        const innerScope = scope === undefined || replace
            ? undefined
            : scope === name
                ? ''
                : scope.startsWith(`${name}/`)
                    ? scope.slice(name.length + 1)
                    : undefined;
        const sub = await overlayTree(reader, held?.mode === '40000' ? held.id : undefined, inner, innerScope, format, out);
        entries.set(name, { mode: '40000', id: sub });
    }
    const tree = treeObject(entries, format);
    out.push(tree);
    return tree.id;
}
/** The entries of tree `id`, read through `reader`. */
async function readTree(reader, id, format) {
    const o = await reader.read(id);
    if (!o || o.type !== 'tree')
        throw new Error(`git tree ${id} is not in the repository`);
    return parseTree(o.data, format);
}
/** Each file (blob, link or submodule) under `tree`, by its path below `prefix`, with its id. */
async function filesOfTree(reader, tree, format, prefix = '') {
    const out = new Map();
    for (const [name, e] of await readTree(reader, tree, format)) {
        const path = `${prefix}${name}`;
        if (e.mode === '40000')
            for (const [p, id] of await filesOfTree(reader, e.id, format, `${path}/`))
                out.set(p, id);
        else
            out.set(path, e.id);
    }
    return out;
}
/** The tree id a commit names, read through `reader`. */
async function treeOfCommit(reader, commit) {
    const o = await reader.read(commit);
    const m = o?.type === 'commit' ? /^tree ([0-9a-f]{40,64})\n/.exec(o.data.toString('utf8', 0, 80)) : null;
    if (!m)
        throw new Error(`git commit ${commit} is not in the repository`);
    return m[1];
}
/**
 * Writes `objects` to the repository: one `git hash-object -w` per object type, blobs first, then trees, then
 * commits, each from files of a temporary folder. An id git gives back that is not the one hashed here throws.
 */
async function writeObjects(git, objects) {
    if (objects.length === 0)
        return;
    const local = await (0,git_repo/* asRepo */.lU)(git).local();
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lockstep-objects-'));
    try {
        for (const type of ['blob', 'tree', 'commit']) {
            const unique = [...new Map(objects.filter((o) => o.type === type).map((o) => [o.id, o])).values()];
            if (unique.length === 0)
                continue;
            const paths = await Promise.all(unique.map(async (o, i) => {
                const p = (0,external_node_path_.join)(tmp, `${type}-${i}`);
                await (0,promises_.writeFile)(p, o.data);
                return p;
            }));
            // --no-filters: the bytes as they are (no clean filter, no line-ending conversion).
            const ids = (await (0,git_local/* localText */.l)(local, ['hash-object', '-w', '--no-filters', '-t', type, '--stdin-paths'], { input: `${paths.join('\n')}\n` })).split('\n');
            const wrong = unique.findIndex((o, i) => ids[i] !== o.id);
            if (ids.length !== unique.length || wrong >= 0)
                throw new Error(`git hash-object wrote ${ids[wrong] ?? 'no object'} where ${unique[wrong]?.id ?? 'none'} was expected`);
        }
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var spawn = __webpack_require__(90669);
// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(58162);
;// CONCATENATED MODULE: ./packages/core/src/git/publish-batch.ts
// Batch publishing: many branches read, fetched and pushed in one git process each (hydrate's writeBranches writes
// every environment's hydrated branch this way). One branch at a time, and what a remote's answers mean, is
// publish.ts's.




/**
 * The tip of each of `branches` on the remote (one `git ls-remote --heads`), absent ones left out; the names
 * are checked as fetchBranch checks them.
 */
async function remoteBranchTips(git, remote, branches) {
    const heads = await remoteHeads(git, remote, branches);
    return new Map(branches.filter((b) => heads.has(b)).map((b) => [b, heads.get(b)]));
}
/** Every branch of the remote with its tip (one `git ls-remote --heads`), once `branches` are checked as remoteBranchTips checks them. */
async function remoteHeads(git, remote, branches) {
    (0,refs/* assertRemoteName */.Q_)(remote);
    await (0,refs/* checkBranchNames */.Rw)(git, branches, 'branch');
    const r = await git(['ls-remote', '--heads', '--', remote]);
    if (r.code !== 0)
        throw (0,publish/* remoteFailure */.vU)('listing branches of', remote, r.stderr);
    const heads = new Map();
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [id, ref] = line.split('\t');
        if (ref?.startsWith('refs/heads/') && (0,refs/* isCommitId */.jh)(id))
            heads.set(ref.slice('refs/heads/'.length), id);
    }
    return heads;
}
/**
 * The branch of `others` that `branch` cannot live beside: git keeps refs as paths, so `a/b` and `a/b/c` cannot
 * both exist (one would be a file where the other needs a folder). Undefined when none clashes.
 */
function refNamespaceClash(branch, others) {
    for (const o of others)
        if (o !== branch && (o.startsWith(`${branch}/`) || branch.startsWith(`${o}/`)))
            return o;
    return undefined;
}
/**
 * `branches` fetched from the remote in one `git fetch` into their tracking refs, as fetchBranch fetches one
 * (the last commits only in a shallow or empty clone); false when one of them is gone from the remote meanwhile.
 */
async function fetchBranches(git, remote, branches) {
    (0,refs/* assertRemoteName */.Q_)(remote);
    if (branches.length === 0)
        return true;
    await (0,refs/* checkBranchNames */.Rw)(git, branches, 'branch');
    const repo = (0,git_repo/* asRepo */.lU)(git);
    const depth = (await (0,publish/* isShallow */.fE)(git)) || (await (0,publish/* isEmpty */.Im)(repo)) ? [`--depth=${publish/* SHALLOW_FETCH_DEPTH */.ax}`] : [];
    const specs = [...new Set(branches)].map((b) => `+refs/heads/${b}:refs/remotes/${remote}/${b}`);
    const r = await git([...spawn/* GIT_FETCH */.SG, '--quiet', '--no-tags', '--no-write-fetch-head', ...depth, '--', remote, ...specs]);
    if (r.code !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return false;
        throw (0,publish/* remoteFailure */.vU)('fetching from', remote, r.stderr);
    }
    repo.noteRef();
    return true;
}
/**
 * Many branches pushed in one `git push`, each with its own lease (pushBranch's, ref by ref; not atomic: each
 * lands or not on its own). The result of each branch, by branch name.
 */
async function pushBranches(git, remote, updates) {
    (0,refs/* assertRemoteName */.Q_)(remote);
    const out = new Map();
    if (updates.length === 0)
        return out;
    await (0,refs/* checkBranchNames */.Rw)(git, updates.map((u) => u.branch), 'branch');
    for (const u of updates) {
        for (const id of u.expected === undefined ? [u.sha] : [u.sha, u.expected])
            if (!(0,refs/* isCommitId */.jh)(id))
                throw new Error(`pushBranches: ${JSON.stringify(id)} is not a commit id`);
    }
    const leases = updates.map((u) => `--force-with-lease=refs/heads/${u.branch}:${u.expected ?? ''}`);
    const r = await git([
        'push',
        '--porcelain',
        '--no-verify',
        ...leases,
        '--',
        remote,
        ...updates.map((u) => `${u.sha}:refs/heads/${u.branch}`),
    ]);
    const lines = (0,publish/* parsePushPorcelain */.xQ)(r.stdout.toString('utf8'));
    for (const u of updates) {
        const line = lines.find((l) => l.to === `refs/heads/${u.branch}`);
        if (!line)
            throw (0,publish/* remoteFailure */.vU)('pushing to', remote, r.stderr);
        out.set(u.branch, (0,publish/* pushOutcome */.Bj)(line, r.stderr));
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/write.ts
// The hydrated branches written. writeBranches, the run's way: every branch's tip read in one ls-remote, each
// compared with its planned files without a git start, the objects of the changed ones written in one
// hash-object per type and pushed in one push, a lease on each tip that was read. writeBranch, one branch at a
// time: its tip fetched, the tree of the planned files written on it (one write-tree), compared with what the
// tip holds and, when the manifests differ, one commit pushed with a lease; the batch falls back on it for a
// branch whose lease lost. Either way the commit carries the DRY commit's date and a fixed identity, so two runs
// hydrating the same DRY commit on the same tip make the same commit: one push lands, the other finds the
// branch already there. A push that lost to another (the lease no longer holds) reads the branch again.









/** Rounds of read, build and push before a branch that keeps moving is given up on. */
const ATTEMPTS = 5;
async function writeBranch(git, w) {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const tip = await (0,publish/* fetchBranch */.D_)(git, 'origin', w.branch);
        // Read again each round: a lost lease may mean a run for a newer DRY commit pushed meanwhile.
        const newer = tip ? await newerOn(git, w, await (0,hydrated/* dryShaAt */.DH)(git, tip, ownMetadata(w))) : undefined;
        if (newer)
            return { status: 'superseded', commit: tip, newer };
        // A first hydration grows out of the active branch (another app's folder on a shared one kept as it is there).
        const from = tip ?? (w.active !== undefined && w.active !== w.branch ? await (0,publish/* fetchBranch */.D_)(git, 'origin', w.active) : undefined);
        const built = await (0,hydrated/* writeHydratedTree */.bL)(git, from, w.scope, w.files, !w.dryRun);
        const existing = tip ? await (0,hydrated/* blobsUnder */.xb)(git, tip, w.scope) : undefined;
        // Nothing changed: the tip stays; when its hydrator.metadata names another DRY commit, it is behind (run.ts notes it).
        if (tip && existing && sameManifests(existing, built.blobs, w.metadata))
            return {
                status: 'unchanged',
                commit: tip,
                ...(w.metadata.some((m) => existing.get(m) !== built.blobs.get(m)) ? { behind: true } : {}),
            };
        if (w.dryRun)
            return { status: tip ? 'would-update' : 'would-create', ...(tip ? { commit: tip } : {}) };
        const commit = await (0,hydrated/* commitHydratedTree */.dc)(git, {
            tree: built.tree,
            ...(from ? { parent: from } : {}),
            message: message(w),
            who: identity/* BOT_IDENTITY */.br,
            date: w.dry.committed,
        });
        const pushed = await (0,publish/* pushBranch */.TV)(git, 'origin', w.branch, commit, tip);
        if (pushed.ok)
            return { status: !pushed.updated ? 'unchanged' : tip ? 'updated' : 'created', commit };
        if (pushed.reason === 'rejected')
            throw refused(w.branch, pushed.detail);
    }
    throw new src_errors/* UserError */.yo(`${w.branch} kept moving while ${w.environment} was hydrated (${ATTEMPTS} attempts)`, {
        hint: 'run again: each attempt reads the branch anew',
    });
}
/**
 * Every branch of a run written at once: the tips of all of them read in one `ls-remote`, the ones the clone
 * lacks fetched in one fetch, each compared with its planned files through the run's one `cat-file --batch`
 * (no git start for a branch that holds its manifests already), the objects of every changed branch written in
 * one `hash-object` per type (hydrated-objects.ts), and all of them pushed in one push, each with its own lease.
 * A branch whose lease no longer holds (another run pushed first) goes through writeBranch, which reads it
 * again; so does a branch two environments write (each builds on the other's commit) and, when a branch
 * vanished between the listing and the fetch, every branch. Outcomes in the order of `writes`.
 */
async function writeBranches(git, reader, writes) {
    const out = new Array(writes.length);
    const count = new Map();
    for (const w of writes)
        count.set(w.branch, (count.get(w.branch) ?? 0) + 1);
    const batch = writes.map((w, i) => ({ w, i })).filter(({ w }) => count.get(w.branch) === 1);
    const fromActive = (w) => (w.active !== undefined && w.active !== w.branch ? [w.active] : []);
    const names = batch.flatMap(({ w }) => [w.branch, ...fromActive(w)]);
    const heads = await remoteHeads(git, 'origin', names);
    refuseClashes(writes, heads);
    const tips = new Map(names.filter((b) => heads.has(b)).map((b) => [b, heads.get(b)]));
    const held = await Promise.all([...tips].map(async ([branch, sha]) => ((await reader.commit(sha)) === undefined ? [branch] : [])));
    const missing = held.flat();
    let fetched = true;
    if (missing.length > 0) {
        fetched = await fetchBranches(git, 'origin', missing);
        // The reader's git reads the packs the fetch brought when it starts again.
        reader.close();
    }
    const objects = [];
    const updates = [];
    const newer = fetched ? await newerTips(git, reader, batch, tips) : new Map();
    // Every branch at once: their reads go to the one cat-file together.
    const built = fetched ? await Promise.all(batch.map(async ({ w, i }) => newer.get(i) ?? buildBranch(reader, w, tips))) : [];
    // A signed commit is git's to make (commit-tree -S with the key): a branch with one to write goes one by one below.
    const signed = (0,git_signing/* signs */.rf)(git);
    built.forEach((b, k) => {
        const i = batch[k].i;
        if ('status' in b)
            out[i] = b;
        else if (signed)
            return;
        else {
            objects.push(...b.objects);
            updates.push({ branch: writes[i].branch, sha: b.commit, expected: b.tip, i });
        }
    });
    await writeObjects(git, objects);
    const pushed = await pushBranches(git, 'origin', updates);
    for (const u of updates) {
        const p = pushed.get(u.branch);
        if (p.ok)
            out[u.i] = { status: !p.updated ? 'unchanged' : u.expected ? 'updated' : 'created', commit: u.sha };
        else if (p.reason === 'rejected')
            throw refused(u.branch, p.detail);
    }
    // The rest one by one: lost leases, shared branches, signed commits, or all when the batch could not be fetched.
    for (let i = 0; i < writes.length; i++)
        out[i] ??= await writeBranch(git, writes[i]);
    return out;
}
/** The hydrator.metadata of the environment's own folder: what says which DRY commit its manifests render. */
function ownMetadata(w) {
    return w.metadata.at(-1);
}
/** The DRY commit `held` (a tip's drySha) when it is strictly newer than the one this run hydrates, else undefined. */
async function newerOn(git, w, held) {
    if (held === undefined || held === w.dry.sha)
        return undefined;
    return (await (0,dry_order/* laterDryCommits */.s)(git, w.dry.sha, [held])).has(held) ? held : undefined;
}
/**
 * The branches of the batch whose tip holds the render of a newer DRY commit than this run's (a re-run, a slower
 * job): superseded, by index in the run's writes. Every tip's drySha read through the one cat-file, their order
 * asked of git once per DRY commit (all the run's writes share one).
 */
async function newerTips(git, reader, batch, tips) {
    const held = await Promise.all(batch.map(async ({ w }) => {
        const tip = tips.get(w.branch);
        return tip ? (0,hydrated/* dryShaOf */.hu)(await reader.text(`${tip}:${ownMetadata(w)}`)) : undefined;
    }));
    const out = new Map();
    for (const dry of new Set(batch.map(({ w }) => w.dry.sha))) {
        const later = await (0,dry_order/* laterDryCommits */.s)(git, dry, held.filter((h, k) => h !== undefined && batch[k].w.dry.sha === dry));
        batch.forEach(({ w, i }, k) => {
            const h = held[k];
            if (w.dry.sha === dry && h !== undefined && later.has(h))
                out.set(i, { status: 'superseded', commit: tips.get(w.branch), newer: h });
        });
    }
    return out;
}
/** A branch of the batch: its outcome when nothing is to be pushed, else its commit and the objects it needs. */
async function buildBranch(reader, w, tips) {
    const tip = tips.get(w.branch);
    const from = tip ?? (w.active !== undefined && w.active !== w.branch ? tips.get(w.active) : undefined);
    const format = formatOf(w.dry.sha);
    const blobs = w.files.map((f) => gitObject('blob', Buffer.from(f.content, 'utf8'), format));
    const planned = new Map(w.files.map((f, k) => [f.path, blobs[k].id]));
    const existing = tip ? await heldFiles(reader, tip, w.scope, format) : undefined;
    // Nothing changed: the tip stays; when its hydrator.metadata names another DRY commit, it is behind (run.ts notes it).
    if (tip && existing && sameManifests(existing, planned, w.metadata))
        return {
            status: 'unchanged',
            commit: tip,
            ...(w.metadata.some((m) => existing.get(m) !== planned.get(m)) ? { behind: true } : {}),
        };
    if (w.dryRun)
        return tip ? { status: 'would-update', commit: tip } : { status: 'would-create' };
    const objects = [...blobs];
    const base = from ? await treeOfCommit(reader, from) : undefined;
    const tree = await overlayTree(reader, base, planned, w.scope ?? '', format, objects);
    const commit = commitObject({ tree, ...(from ? { parent: from } : {}), message: message(w), who: identity/* BOT_IDENTITY */.br, date: w.dry.committed }, format);
    objects.push(commit);
    return { commit: commit.id, tip, objects };
}
/** Each file of `commit` under `scope` (undefined: all), by path, with its blob id: what blobsUnder lists. */
async function heldFiles(reader, commit, scope, format) {
    let tree = await treeOfCommit(reader, commit);
    for (const name of scope === undefined ? [] : scope.split('/')) {
        const e = (await readTree(reader, tree, format)).get(name);
        tree = e?.mode === '40000' ? e.id : undefined;
        if (tree === undefined)
            return new Map();
    }
    return filesOfTree(reader, tree, format, scope === undefined ? '' : `${scope}/`);
}
/**
 * Every write whose branch git cannot create beside a branch origin holds, or beside another this run writes
 * (`environment/dev-next` and `environment/dev-next/app-a`: a ref is a file, so its name cannot also be a folder),
 * refused together before anything is pushed: a push would only be refused, never "keep moving".
 */
function refuseClashes(writes, heads) {
    const errors = [];
    for (const w of writes) {
        if (heads.has(w.branch))
            continue;
        const onOrigin = refNamespaceClash(w.branch, heads.keys());
        const mine = onOrigin === undefined ? writes.find((o) => refNamespaceClash(w.branch, [o.branch]) !== undefined) : undefined;
        const other = onOrigin ?? mine?.branch;
        if (other === undefined)
            continue;
        const holder = onOrigin !== undefined ? `origin has the branch ${other}` : `${mine.environment} writes ${other} in this run`;
        const way = onOrigin !== undefined
            ? `delete ${other} on origin if nothing reads it any more (git push origin --delete ${other})`
            : `give one of them another name`;
        errors.push(new src_errors/* UserError */.yo(`${w.environment}: hydrate-env cannot create ${w.branch}: ${holder}, and git cannot hold a branch and another under its name (a ref is a file, not a folder)`, {
            ...w.where,
            hint: `name ${w.environment}'s proposed branch so that neither is a folder of the other${renamed(w.branch, other)}, or ${way}; nothing was pushed`,
        }));
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new src_errors/* UserErrors */.tQ(errors);
}
/** `(hydrate-to: a/b-c-d)` for `a/b/c/d` beside `a/b`: the branch kept beside the other; '' when the branch is the shorter. */
function renamed(branch, other) {
    if (!branch.startsWith(`${other}/`))
        return '';
    return ` (hydrate-to: ${other}-${branch.slice(other.length + 1).replace(/\//g, '-')})`;
}
function refused(branch, detail) {
    return new src_errors/* UserError */.yo(`origin refused the push of ${branch}: ${detail}`, {
        hint: `let the token push to ${branch} (contents: write; a branch rule that blocks it)`,
    });
}
/** Whether a branch's files hold the planned manifests: the same paths with the same blobs, hydrator.metadata aside. */
function sameManifests(existing, planned, metadata) {
    const a = [...existing].filter(([p]) => !metadata.includes(p));
    const b = [...planned].filter(([p]) => !metadata.includes(p));
    return a.length === b.length && a.every(([p, oid]) => planned.get(p) === oid);
}
/** `hydrate <env> from <dry12>`, the DRY subject, and the trailers naming the DRY commit and the renderer. */
function message(w) {
    return [
        `hydrate ${w.environment} from ${w.dry.sha.slice(0, 12)}`,
        '',
        w.dry.subject,
        '',
        (0,publish/* generatedTrailer */.ty)('hydrate-env'),
        `Lockstep-Dry-Sha: ${w.dry.sha}`,
        `Lockstep-Renderer: ${w.renderer}`,
    ].join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/git/hydrator-notes.ts
var hydrator_notes = __webpack_require__(14361);
;// CONCATENATED MODULE: ./packages/core/src/operations/hydrate/run.ts
// `lockstep hydrate` / hydrate-env: every environment with `hydrate:` (or those `env` names) rendered at the
// DRY commit (HEAD) first, all of them, so a render that fails pushes nothing; then, per environment, one
// tree written on the tip of its proposed branch and one commit pushed with a lease on that tip (write.ts).

















/** The Argo CD Application that deploys `e`, when one does. */
const appOf = (e) => (0,kind/* deploymentOf */.PE)(e)?.application;
/** The environment's `hydrate:` (carried as written onto the Config by config.ts's unnamedKeys). */
function hydrateOf(e) {
    return e.hydrate;
}
async function runHydrate(req, world) {
    const config = await (0,validate.loadCheckedConfig)(req.workdir, req.config);
    const asked = chooseEnvironments(config, req.environments);
    const open = world.services.repo ?? (0,auth/* repoOpener */.M0)(world.env);
    const plain = open(req.workdir);
    const dry = await (0,hydrated/* dryCommit */.FZ)(plain, 'HEAD');
    if (!dry)
        throw new src_errors/* UserError */.yo('the working directory has no commit to hydrate', {
            hint: 'check out the DRY branch (actions/checkout) before this step',
        });
    const repoURL = repositoryUrl(world.env, await plain.remoteUrl());
    const planner = await openPlanner(config, req.workdir, world, plain, repoURL);
    let chosen;
    try {
        chosen = await resolveTargets(config, asked, (p) => planner.configText(dry.sha, p), await dryBranches(plain, world.env));
    }
    catch (err) {
        planner.close();
        throw err;
    }
    if (req.mode === 'check') {
        try {
            const git = await (0,auth/* withToken */.ub)(plain, req.workdir, world.token, open);
            return { mode: 'check', drySha: dry.sha, dryRun: true, environments: await checkHydrated(git, chosen, req.commit, planner) };
        }
        finally {
            planner.close();
        }
    }
    let planned;
    try {
        planned = await planner.plan(dry, chosen);
    }
    finally {
        planner.close();
    }
    const git = req.dryRun ? plain : await (0,auth/* withToken */.ub)(plain, req.workdir, world.token, open);
    const writes = planned.map((p) => ({
        branch: (0,hydrated/* proposedBranch */.h$)(p.h),
        active: p.h.branch,
        scope: p.h.path,
        metadata: (0,hydrated/* metadataPaths */.w1)(p.h),
        files: p.files,
        dry,
        environment: p.e.name,
        renderer: p.renderer,
        dryRun: req.dryRun,
        where: branchNamedAt(config, p),
    }));
    // The key is checked before anything is written; its temporary file is gone when the writes are.
    const source = req.dryRun ? undefined : (0,git_signing/* signingSource */.TP)(req, req.workdir);
    const signing = source ? await (0,git_signing/* openSigningKey */.bc)(source, world.env) : undefined;
    if (signing)
        (0,git_signing/* signWith */.Ez)(git, signing);
    const reader = new cat_file/* ObjectReader */.n(req.workdir, world.env);
    let outcomes;
    try {
        outcomes = await writeBranches(git, reader, writes);
    }
    finally {
        reader.close();
        signing?.cleanup();
    }
    const environments = planned.map((p, k) => ({
        name: p.e.name,
        branch: writes[k].branch,
        ...(p.h.path ? { path: p.h.path } : {}),
        status: outcomes[k].status,
        ...(outcomes[k].commit ? { commit: outcomes[k].commit } : {}),
        ...(outcomes[k].newer ? { newer: outcomes[k].newer } : {}),
        files: p.files.length,
        dropped: p.dropped,
        renderer: p.renderer,
    }));
    // The contract's git-notes variant: each tip that already held this DRY commit's render says so in a note, all
    // of them written by one fast-import and pushed once (a promotion then knows the environment runs this DRY
    // commit; promote/hydrated.ts).
    const behind = environments.filter((e, k) => outcomes[k].behind && e.commit);
    if (!req.dryRun && behind.length > 0) {
        const noted = new Set(await (0,hydrator_notes/* noteDrySha */.m0)(git, behind.map((e) => e.commit), dry.sha, identity/* BOT_IDENTITY */.br, dry.committed));
        for (const e of behind)
            if (noted.has(e.commit))
                e.noted = true;
    }
    return { mode: 'hydrate', drySha: dry.sha, dryRun: req.dryRun, environments };
}
/** The DRY branch as this run knows it: the branch checked out, the branch the run was started for, origin's default branch. */
async function dryBranches(plain, env) {
    const out = [];
    const checkedOut = await (0,local_repo/* currentBranch */.eR)(plain);
    if (checkedOut)
        out.push({ branch: checkedOut, why: 'checked out here' });
    const ref = env.GITHUB_REF;
    if (ref?.startsWith('refs/heads/'))
        out.push({ branch: ref.slice('refs/heads/'.length), why: 'the branch this run was started for' });
    const head = await (0,local_repo/* remoteHeadRef */.OZ)(plain);
    if (head)
        out.push({ branch: head, why: "origin's default branch" });
    return out;
}
/** An environment's Application's spec.sourceHydrator at the DRY commit, when it has one. */
async function sourceHydratorOf(e, read) {
    const ref = (0,kind/* deploymentOf */.PE)(e)?.application;
    const text = ref ? await read(ref.file) : undefined;
    return ref && text !== undefined ? (0,source_hydrator/* readSourceHydrator */.P1)(text, ref.file, ref.name) : undefined;
}
/**
 * The environments asked for with their `hydrate:` complete: what the config leaves out read from the
 * Application's spec.sourceHydrator (source-hydrator.ts) at the DRY commit; then each target checked, and every
 * branch written checked against the branches others own (owned.ts).
 */
async function resolveTargets(config, asked, read, dry) {
    const chosen = [];
    for (const c of asked) {
        const hydrator = await sourceHydratorOf(c.e, read);
        if (hydrator) {
            const h = (0,source_hydrator/* withSourceHydrator */.JG)(c.h, hydrator);
            // The branch written was named in the Application only when the config's hydrate: leaves hydrate-to out.
            const named = c.h['hydrate-to'] === undefined
                ? { file: hydrator.file, line: hydrator.writtenLine, key: 'spec.sourceHydrator.hydrateTo.targetBranch' }
                : undefined;
            chosen.push({ ...c, h, ...(named ? { named } : {}), ...(hydrator.dryRevision ? { dryRevision: hydrator.dryRevision } : {}) });
        }
        else if (c.h.branch !== undefined)
            chosen.push({ ...c, h: { ...c.h, branch: c.h.branch } });
        else
            throw new src_errors/* UserError */.yo(`${c.e.name}: hydrate: names no branch, and ${appOf(c.e) ? `its Application ${appOf(c.e).file} has no spec.sourceHydrator` : 'no application: says one'}`, {
                file: config.file,
                line: (0,config_config.configLine)(config, ['environments', c.index, 'hydrate']),
                hint: `write hydrate: { branch: environment/${c.e.name} }, or name an Application whose spec.sourceHydrator.syncSource says where`,
            });
    }
    checkTargets(config, chosen);
    const revisions = chosen.flatMap((c) => c.dryRevision ? [{ branch: c.dryRevision, why: `the drySource revision of ${c.e.name}'s Application` }] : []);
    refuseOwnedBranches(config, chosen, ownedBranches(config, await activeBranches(config, chosen, read), [...dry, ...revisions]));
    return chosen;
}
/**
 * Every hydrated environment's active branch, by environment: the chosen ones' as resolved, the others' from their
 * `hydrate:` or their Application (one that cannot be read is not this run's to refuse: it is left out).
 */
async function activeBranches(config, chosen, read) {
    const out = new Map();
    for (const e of config.environments) {
        const h = hydrateOf(e);
        if (!h)
            continue;
        const mine = chosen.find((c) => c.e.name === e.name);
        let branch = mine?.h.branch ?? h.branch;
        if (branch === undefined)
            try {
                branch = (await sourceHydratorOf(e, read))?.targetBranch;
            }
            catch (err) {
                if (!(err instanceof src_errors/* UserError */.yo))
                    throw err;
            }
        if (branch !== undefined)
            out.set(e.name, branch);
    }
    return out;
}
/** Each target is a plain folder of its branch, and no two environments write the same branch and folder. */
function checkTargets(config, chosen) {
    // A path is a folder of the hydrated branch: never outside it, never git's own folder.
    for (const { e, h, index } of chosen)
        if (h.path !== undefined && h.path.split('/').some((s) => s === '.' || s === '..' || s.toLowerCase() === '.git'))
            throw new src_errors/* UserError */.yo(`${e.name}: hydrate.path ${JSON.stringify(h.path)} is not a plain folder of the branch`, {
                file: config.file,
                line: (0,config_config.configLine)(config, ['environments', index, 'hydrate']),
                hint: "write GitOps Promoter's activePath, e.g. path: app-a",
            });
    // Two environments writing the same branch and folder would overwrite each other.
    const seen = new Map();
    for (const { e, h, index } of chosen) {
        const key = `${(0,hydrated/* proposedBranch */.h$)(h)}\0${h.path ?? ''}`;
        const other = seen.get(key);
        if (other !== undefined)
            throw new src_errors/* UserError */.yo(`${e.name} hydrates ${(0,hydrated/* proposedBranch */.h$)(h)} as ${other} does`, {
                file: config.file,
                line: (0,config_config.configLine)(config, ['environments', index, 'hydrate']),
                hint: 'give each environment its own branch, or its own path: on a shared branch',
            });
        seen.set(key, e.name);
    }
}
/** The environments to hydrate, in the config's order, each with its `hydrate:` and its index; a named one without it is refused. */
function chooseEnvironments(config, names) {
    const all = config.environments.map((e, index) => ({ e, h: hydrateOf(e), index }));
    for (const n of names) {
        const found = all.find((x) => x.e.name === n);
        if (!found)
            throw new src_errors/* UserError */.yo(`names ${n}, which is no environment of the config`, {
                input: 'env',
                hint: `name one of ${all.map((x) => x.e.name).join(', ') || 'the config environments'}`,
            });
        if (!found.h)
            throw new src_errors/* UserError */.yo(`names ${n}, which has no hydrate: in the config`, {
                input: 'env',
                file: config.file,
                line: (0,config_config.configLine)(config, ['environments', found.index]),
                hint: (0,src_errors/* words */.aL) `add hydrate: { branch: environment/${n} } to it, or leave it out of ${(0,src_errors/* named */.KT)('env')}`,
            });
    }
    const chosen = all.filter((x) => !!x.h && (names.length === 0 || names.includes(x.e.name)));
    if (chosen.length === 0)
        throw new src_errors/* UserError */.yo('no environment of the config has hydrate:', {
            file: config.file,
            hint: 'add hydrate: { branch: environment/<name> } to each environment to hydrate (docs/configuration.md)',
        });
    return chosen;
}
/**
 * The DRY repository's URL for hydrator.metadata: the runner's repository on its server, else origin's URL
 * without any credential in it; undefined when neither is known.
 */
function repositoryUrl(env, origin) {
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY)
        return `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`;
    if (origin === undefined)
        return undefined;
    try {
        const u = new URL(origin);
        u.username = '';
        u.password = '';
        return u.toString().replace(/\.git$/, '');
    }
    catch {
        return origin;
    }
}


/***/ }),

/***/ 69256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ PromotionBranch)
/* harmony export */ });
// The branch a promotion into an environment is published on (`promote/<environment>`), its pull
// request's head: named here once, for the run that pushes it, break-glass's label lookup and
// notify-pulls' reading of a merged promotion.
const PREFIX = 'promote/';
/** The promotion branch's name, read both ways. */
const PromotionBranch = {
    /** The branch a promotion into `environment` is published on. */
    of: (environment) => `${PREFIX}${environment}`,
    /** Whether `branch` is a promotion branch. */
    is: (branch) => branch?.startsWith(PREFIX) ?? false,
    /** The environment a promotion branch promotes into. */
    environment: (branch) => branch.slice(PREFIX.length),
};


/***/ }),

/***/ 31703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ camel)
/* harmony export */ });
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
}


/***/ })

};

export const id = 3788;
export const ids = [3788];
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

/***/ 55901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isForbiddenHost)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9492);


const METADATA_HOSTS = new Set([
    'metadata.google.internal',
    'metadata.goog',
    'metadata',
    'metadata.azure.com',
    'instance-data',
    'instance-data.ec2.internal',
    '100.100.100.200',
    '168.63.129.16',
]);
/**
 * True for an address credentials must never be sent to: IPv4 link-local
 * (169.254.0.0/16, where cloud metadata services live), IPv6 link-local
 * (fe80::/10), the unspecified address, and well-known metadata host names.
 */
function isForbiddenHost(host) {
    let h = (0,_host_name_js__WEBPACK_IMPORTED_MODULE_1__/* .stripPort */ .U)(host).toLowerCase().replace(/\.$/, '');
    if (METADATA_HOSTS.has(h))
        return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    if (mapped)
        h = mapped[1];
    const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
    if (mappedHex) {
        const [hi, lo] = [parseInt(mappedHex[1], 16), parseInt(mappedHex[2], 16)];
        h = `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
    }
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(h) === 4) {
        const [a, b] = h.split('.').map(Number);
        return (a === 169 && b === 254) || a === 0;
    }
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(h) === 6) {
        const first = parseInt(h.split(':')[0] || '0', 16);
        return (first & 0xffc0) === 0xfe80 || h === '::' || h.startsWith('fd00:ec2:');
    }
    return false;
}


/***/ }),

/***/ 96291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BodyTooLargeError: () => (/* binding */ BodyTooLargeError),
/* harmony export */   CutOffError: () => (/* binding */ CutOffError),
/* harmony export */   ForbiddenDestinationError: () => (/* binding */ ForbiddenDestinationError),
/* harmony export */   NetworkError: () => (/* binding */ NetworkError),
/* harmony export */   REDIRECTS: () => (/* binding */ REDIRECTS),
/* harmony export */   RedirectError: () => (/* binding */ RedirectError),
/* harmony export */   header: () => (/* binding */ header),
/* harmony export */   nodeTransport: () => (/* binding */ nodeTransport),
/* harmony export */   redirectHop: () => (/* binding */ redirectHop)
/* harmony export */ });
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55901);
/* harmony import */ var _host_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9492);





/** A failure to get an answer at all (refused, reset, timed out): worth retrying. */
class NetworkError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.name = 'NetworkError';
        this.code = code;
    }
}
/**
 * An answer whose head arrived and whose body was cut off (the connection
 * dropped mid-way). A network failure to the registry client; to the GitHub
 * client an answer whose body could not be read, as fetch reports it.
 */
class CutOffError extends NetworkError {
    status;
    headers;
    constructor(message, status, headers) {
        super(message, 'EABORTED');
        this.name = 'CutOffError';
        this.status = status;
        this.headers = headers;
    }
}
/** An answer larger than its cap: not retried. */
class BodyTooLargeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BodyTooLargeError';
    }
}
/** A destination refused by policy (link-local, metadata): not retried, nothing sent. */
class ForbiddenDestinationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ForbiddenDestinationError';
    }
}
function header(res, name) {
    const v = res.headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
}
/**
 * Refuses to connect to a name that resolves to a link-local or metadata
 * address (a literal IP is checked by the caller before the request).
 */
function guardedLookup(hostname, options, callback) {
    (0,node_dns__WEBPACK_IMPORTED_MODULE_0__.lookup)(hostname, options, (err, address, family) => {
        if (err)
            return callback(err, address, family);
        const list = Array.isArray(address) ? address : [{ address }];
        const bad = list.find((a) => (0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .isForbiddenHost */ .i)(a.address.includes(':') ? `[${a.address}]` : a.address));
        if (bad)
            return callback(Object.assign(new Error(`${hostname} resolves to the link-local/metadata address ${bad.address}`), { code: 'EFORBIDDEN' }));
        callback(null, address, family);
    });
}
/**
 * The production transport over node:http/node:https with keep-alive agents
 * (one connection per registry reused across images; GitHub's API through
 * its own), a whole-exchange timeout and body caps enforced while reading.
 */
function nodeTransport(maxSockets = 64, env = process.env) {
    // Self-hosted runners often sit behind a proxy: honour HTTP(S)_PROXY/NO_PROXY
    // as curl and docker do (Node ≥ 24.5 agents speak CONNECT for https).
    const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => env[k]);
    const options = { keepAlive: true, maxSockets, ...(proxied ? { proxyEnv: env } : {}) };
    const agents = {
        'http:': new node_http__WEBPACK_IMPORTED_MODULE_1__.Agent(options),
        'https:': new node_https__WEBPACK_IMPORTED_MODULE_2__.Agent(options),
    };
    const send = ((req) => new Promise((resolve, reject) => {
        let url;
        try {
            url = new URL(req.url);
        }
        catch {
            reject(new NetworkError(`invalid URL ${req.url}`, 'EINVALIDURL'));
            return;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            reject(new ForbiddenDestinationError(`refusing the ${url.protocol} URL ${url.origin}`));
            return;
        }
        if ((0,_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .isForbiddenHost */ .i)(url.host)) {
            reject(new ForbiddenDestinationError(`refusing to contact ${url.host}: a link-local or metadata address`));
            return;
        }
        const mod = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__ : node_http__WEBPACK_IMPORTED_MODULE_1__;
        let settled = false;
        const fail = (e) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            r.destroy();
            reject(e);
        };
        const r = mod.request(url, { method: req.method, headers: withLength(req), agent: agents[url.protocol], lookup: guardedLookup }, (res) => {
            const status = res.statusCode ?? 0;
            const cap = status >= 400 ? req.maxErrorBytes : req.maxBytes;
            const declared = Number(res.headers['content-length']);
            if (req.method !== 'HEAD' && Number.isFinite(declared) && declared > cap) {
                fail(new BodyTooLargeError(`response too large from ${url.host}: a ${declared}-byte body; the limit is ${cap} bytes`));
                return;
            }
            const chunks = [];
            let size = 0;
            res.on('data', (c) => {
                size += c.length;
                if (size > cap) {
                    fail(new BodyTooLargeError(`response too large from ${url.host}: more than ${cap} bytes; the limit is ${cap} bytes`));
                    return;
                }
                chunks.push(c);
            });
            res.on('end', () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
            });
            const cutOff = () => fail(new CutOffError(`${url.host}: the response was cut off`, status, res.headers));
            res.on('error', cutOff);
            res.on('aborted', cutOff);
        });
        const timer = setTimeout(() => fail(new NetworkError(`${url.host} did not answer within ${req.timeoutMs} ms`, 'ETIMEDOUT')), req.timeoutMs);
        r.on('error', (e) => {
            if (e.code === 'EFORBIDDEN')
                fail(new ForbiddenDestinationError(`refusing to contact ${e.message}`));
            else
                fail(new NetworkError(`${url.host}: ${e.code ?? e.message}`, e.code ?? 'ENETWORK'));
        });
        r.end(req.body);
    }));
    send.close = () => {
        agents['http:'].destroy();
        agents['https:'].destroy();
    };
    return send;
}
/** A request with a body, and every POST or PUT (0 without one, as the distribution spec asks of an upload), states its length. */
function withLength(req) {
    if (req.method !== 'POST' && req.method !== 'PUT' && req.body === undefined)
        return req.headers;
    return { ...req.headers, 'Content-Length': String(req.body?.length ?? 0) };
}
/** The answers that send a client elsewhere with a Location. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** A redirect not followed: 'refused' (a downgrade to plain http, another scheme), 'error' (a bad Location, too many hops). */
class RedirectError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = 'RedirectError';
        this.kind = kind;
    }
}
/**
 * One redirect hop, checked: where it leads and the headers to send there.
 * Credentials go only to the origin the request was meant for; https never
 * falls back to plain http (loopback aside); only http(s) URLs are followed.
 */
function redirectHop(current, location, origin, headers, hop) {
    if (hop >= MAX_REDIRECTS)
        throw new RedirectError('error', `${current.host} redirected more than ${MAX_REDIRECTS} times`);
    let next;
    try {
        next = new URL(location, current);
    }
    catch {
        throw new RedirectError('error', `${current.host} redirected to an invalid location`);
    }
    if (current.protocol === 'https:' && next.protocol !== 'https:' && !(0,_host_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .c)(next.host))
        throw new RedirectError('refused', `${current.host} redirected to insecure ${next.protocol}//${next.host}; refusing`);
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw new RedirectError('refused', `${current.host} redirected to a ${next.protocol} URL; refusing`);
    if (next.origin === origin)
        return { next, headers };
    return { next, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization')) };
}


/***/ }),

/***/ 84418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releasePorts: () => (/* binding */ releasePorts)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/git/auth.ts
var auth = __webpack_require__(81006);
// EXTERNAL MODULE: ./packages/core/src/git/generated-branch.ts
var generated_branch = __webpack_require__(85036);
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var git_publish = __webpack_require__(5825);
// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(58162);
// EXTERNAL MODULE: ./packages/core/src/github/branch-publisher.ts + 1 modules
var branch_publisher = __webpack_require__(77388);
// EXTERNAL MODULE: ./packages/core/src/github/client.ts + 2 modules
var client = __webpack_require__(20145);
// EXTERNAL MODULE: ./packages/core/src/github/git-data.ts
var git_data = __webpack_require__(81878);
// EXTERNAL MODULE: ./packages/core/src/github/context.ts
var context = __webpack_require__(9594);
// EXTERNAL MODULE: ./packages/core/src/trail/notify.ts
var notify = __webpack_require__(31377);
// EXTERNAL MODULE: ./packages/core/src/github/pulls.ts
var pulls = __webpack_require__(37285);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/core/src/github/release-assets.ts


/** The assets already on release `id` (a draft an earlier run left may hold some). */
async function listAssets(gh, id) {
    return gh.octokit.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
        owner: gh.owner,
        repo: gh.repo,
        release_id: id,
        per_page: 100,
    });
}
/**
 * Where the token may go with an upload: GitHub answers `upload_url` on its
 * uploads host (uploads.github.com for api.github.com; the API's own host on
 * GitHub Enterprise Server, under /api/uploads). Any other origin in an answer
 * is refused before the token is sent there.
 */
function checkUploadUrl(gh, uploadUrl) {
    if (!URL.canParse(uploadUrl.replace(/\{[^}]*\}$/, '')))
        throw new client/* GitHubError */.y_(`GitHub's answer for the draft release carries no usable upload_url ('${uploadUrl}'); no asset was sent`);
    const api = new URL(String(gh.octokit.request.endpoint.DEFAULTS.baseUrl));
    const upload = new URL(uploadUrl.replace(/\{[^}]*\}$/, ''));
    const same = upload.origin === api.origin;
    const dotCom = api.origin === 'https://api.github.com' && upload.origin === 'https://uploads.github.com';
    if (!same && !dotCom)
        throw new client/* GitHubError */.y_(`GitHub answered an upload address on ${upload.host}, not on ${api.host} or its uploads host; the release assets were not sent there`);
    return uploadUrl;
}
/** Uploads `file` to the draft (GitHub's upload route, `upload_url`); a lost answer is looked up by name and size, never sent twice. */
async function upload(gh, draftId, uploadUrl, file) {
    const data = (0,external_node_fs_.readFileSync)(file.path);
    await (0,client/* createOrFind */.xj)(gh, `release asset ${file.name}`, async () => {
        await gh.octokit.request({
            method: 'POST',
            // The template's query ({?name,label}) written out: Octokit's expansion leaves a trailing '&' for an absent label.
            url: `${uploadUrl.replace(/\{[^}]*\}$/, '')}?name=${encodeURIComponent(file.name)}`,
            data,
            headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
            request: { retries: 0 },
        });
        return true;
    }, async () => ((await listAssets(gh, draftId)).some((a) => a.name === file.name && a.size === data.length) ? true : undefined));
}
/**
 * Attaches `files` to the draft release `draftId` before it is published (a
 * published immutable release takes no asset). An asset of the same name and
 * size already there (a killed run uploaded it) is kept; one of the same name
 * and another size, or not fully uploaded, is deleted and uploaded again.
 * Assets of other names are left as they are.
 */
async function attachAssets(gh, draft, files) {
    if (files.length === 0)
        return [];
    const url = checkUploadUrl(gh, draft.uploadUrl);
    const there = await listAssets(gh, draft.id);
    const out = [];
    for (const file of files) {
        const old = there.find((a) => a.name === file.name);
        if (old && old.size === file.size && old.state === 'uploaded') {
            out.push({ name: file.name, outcome: 'kept' });
            continue;
        }
        if (old)
            await gh.octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
                owner: gh.owner,
                repo: gh.repo,
                asset_id: old.id,
            });
        await upload(gh, draft.id, url, file);
        out.push({ name: file.name, outcome: old ? 'replaced' : 'uploaded' });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/github/releases.ts



/** GitHub refuses release bodies longer than this. */
const MAX_RELEASE_BODY = 125_000;
/** Maps a REST release object. */
function toReleaseRef(r) {
    return {
        id: r.id,
        tag: r.tag_name,
        url: r.html_url,
        name: r.name ?? '',
        body: r.body ?? '',
        prerelease: Boolean(r.prerelease),
        draft: Boolean(r.draft),
        uploadUrl: r.upload_url ?? '',
    };
}
/** The published release for `tag`, or undefined (404). */
async function getReleaseByTag(gh, tag) {
    return (0,client/* orNotFound */.$u)(async () => toReleaseRef((await gh.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: gh.owner, repo: gh.repo, tag })).data));
}
/**
 * The draft release for `tag` a run before this one left (a job killed
 * between the draft and its publishing), or undefined. GitHub does not find
 * a draft by its tag (404): the list is read, newest first, up to the match.
 */
async function findDraftRelease(gh, tag) {
    let found;
    await gh.octokit.paginate('GET /repos/{owner}/{repo}/releases', { owner: gh.owner, repo: gh.repo, per_page: 100 }, (res, done) => {
        const hit = res.data.find((r) => r.draft === true && r.tag_name === tag);
        if (hit) {
            found = toReleaseRef(hit);
            done();
        }
        return [];
    });
    return found;
}
/** Creates the draft release for `tag`; a create whose answer was lost is looked up among the drafts, never sent twice. */
async function createDraft(gh, r) {
    const { value } = await (0,client/* createOrFind */.xj)(gh, `draft release ${r.tag}`, async () => {
        const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/releases', {
            owner: gh.owner,
            repo: gh.repo,
            tag_name: r.tag,
            name: r.name,
            body: (0,pulls/* fitBody */.KM)(r.body, MAX_RELEASE_BODY),
            prerelease: r.prerelease,
            draft: true,
            ...(r.target ? { target_commitish: r.target } : {}),
            // GitHub lets several drafts name one tag: a lost answer is looked up, not sent again (a second draft).
            request: { retries: 0 },
        });
        return toReleaseRef(data);
    }, () => findDraftRelease(gh, r.tag));
    return value;
}
/**
 * Publishes the draft `draft` once. `tag_name` is sent again: GitHub gives a
 * draft edited without it an `untagged-…` tag. A lost answer (or a twin run
 * that published first) is looked up by tag, now that it is published.
 */
async function publishDraft(gh, draft) {
    const { value, found } = await (0,client/* createOrFind */.xj)(gh, `release ${draft.tag}`, async () => {
        const { data } = await gh.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
            owner: gh.owner,
            repo: gh.repo,
            release_id: draft.id,
            tag_name: draft.tag,
            draft: false,
            request: { retries: 0 },
        });
        return toReleaseRef(data);
    }, () => getReleaseByTag(gh, draft.tag)).catch((e) => {
        throw reusedTag(e, draft.tag) ?? e;
    });
    // A twin run published its own draft first: this run's draft is deleted, so the tag has one release, no stray draft.
    if (found && value.id !== draft.id) {
        await gh.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', {
            owner: gh.owner,
            repo: gh.repo,
            release_id: draft.id,
        });
        gh.log?.(`release ${draft.tag}: a twin run published it first; this run's draft ${draft.id} was deleted`);
    }
    return value;
}
/** GitHub's refusal to publish a tag an immutable release used (then deleted), said as what to do; else undefined. */
function reusedTag(e, tag) {
    if (!(e instanceof client/* GitHubError */.y_) || e.status !== 422 || !/used by an immutable release/.test(e.apiMessage ?? ''))
        return undefined;
    return new client/* GitHubError */.y_(`GitHub refuses to publish the release ${tag}: an immutable release used that tag before and was deleted, and GitHub never lets such a tag be used again — release a later version (the draft ${tag} this run made or found is left for you to delete)`, 422, e.apiMessage);
}
/**
 * The GitHub Release for `tag`, safe with immutable releases: made as a
 * draft, then published once — a published immutable release takes no
 * asset and no edit. A published release already there is returned as it
 * is ('existing', nothing edited, no asset attached); a draft an earlier run
 * left is published rather than a second one made (`resumed`), its assets
 * completed first (release-assets.ts). Lost answers are looked up, so
 * a retry neither fails nor duplicates.
 */
async function createRelease(gh, r) {
    const existing = await getReleaseByTag(gh, r.tag);
    if (existing)
        return { release: existing, outcome: 'existing', resumed: false, assets: [] };
    const left = await findDraftRelease(gh, r.tag);
    const draft = left ?? (await createDraft(gh, r));
    // Uploaded to the draft: once published, an immutable release takes none.
    const assets = await attachAssets(gh, draft, r.assets ?? []);
    const release = await publishDraft(gh, draft);
    // Found or published, it was not there a moment ago: the publish that landed was this run's (or a twin run's with the same notes).
    return { release, outcome: 'created', resumed: left !== undefined, assets };
}

// EXTERNAL MODULE: ./packages/core/src/github/refs.ts
var github_refs = __webpack_require__(54595);
;// CONCATENATED MODULE: ./packages/core/src/release/bind.ts













const REMOTE = 'origin';
/**
 * The outside world of a real run, bound from the World's services (each
 * absent one the real one): git with the token given through the
 * environment (never argv, URL or .git/config), and, outside a dry run, the
 * GitHub client and the git publishing calls bound to `origin`. A fork or
 * Dependabot pull request (read-only token) is refused up front unless dry run.
 */
async function releasePorts(s, token, env, out, services = {}) {
    const { log } = out;
    const open = services.repo ?? (0,auth/* repoOpener */.M0)(env);
    const plain = open(s.root);
    const url = await plain.remoteUrl();
    const git = await (0,auth/* withToken */.ub)(plain, s.root, token, open);
    if (s.dryRun)
        return { git, log, env };
    if (url === undefined)
        throw new errors/* UserError */.yo(`the repository has no '${REMOTE}' remote to push the release to`, {
            hint: 'check out the repository with actions/checkout before this step',
            cliHint: `add one with git remote add ${REMOTE} <url>, or leave out --push for a dry run`,
        });
    const reason = (0,context/* readOnlyTokenReason */.WW)((0,context/* readRunContext */.$p)(env));
    if (reason)
        throw new errors/* UserError */.yo(reason, { hint: (0,errors/* words */.aL) `run prepare-release with ${(0,errors/* named */.KT)('dry-run', 'true')} on pull requests (the default there)` });
    if (!s.repository)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set', {
            hint: 'run inside GitHub Actions, or set it to owner/name',
            cliHint: 'export GITHUB_REPOSITORY=owner/name (origin is not a GitHub URL it can be read from)',
        });
    // Each retry of an unanswered request is said in the log, not only in the debug log: the wait is visible.
    const gh = (services.github ?? (0,client/* gitHubOpener */.Pn)(token, env))(s.repository, { log: out.debug, notice: (l) => log.info(l) });
    // A refused token (missing permission, repository setting) or an unreachable API (GITHUB_API_URL, proxy)
    // is the user's to fix: one line, no stack.
    const user = (p) => p.catch((e) => {
        throw (0,client/* gitHubUserError */.F2)(e) ?? e;
    });
    const api = {
        findOpenPulls: (q) => user((0,pulls/* findOpenPulls */.M2)(gh, q)),
        upsertPull: (p) => user((0,pulls/* upsertPull */.N2)(gh, p)),
        closePull: (n, c) => user((0,pulls/* closePull */.IB)(gh, n, c)),
        matchingRefs: (prefix) => user((0,github_refs/* matchingRefs */.s9)(gh, prefix)),
        commentOnce: (n, b, m) => user((0,pulls/* commentOnce */.ZD)(gh, n, b, m)),
        pullsForCommit: (sha) => user((0,pulls/* pullsForCommit */.bQ)(gh, sha)),
        deleteBranch: (b) => user((0,pulls/* deleteBranch */.SN)(gh, b)),
        getReleaseByTag: (t) => user(getReleaseByTag(gh, t)),
        createRelease: (r) => user(createRelease(gh, r)),
        leaveTrail: (pulls, step, except) => (0,notify/* leaveTrail */.c)(gh, pulls, step, except),
    };
    const publish = s.commitMode === 'api'
        ? apiPublisher(s, git, gh)
        : { ...(0,generated_branch/* branchPublisher */.l)(git, REMOTE), pushTag: (t, target, message, tagger) => (0,git_publish/* pushTag */.lj)(git, REMOTE, t, target, message, tagger) };
    return { git, api, publish, log, env };
}
/**
 * commit-mode api: the release branch's commits and the release tag written
 * through the GitHub API, never pushed — the release commit and the tag
 * without a custom identity, so GitHub signs them (Verified); a commit of
 * someone else re-applied on the branch keeps its author, with the
 * committer setting as its committer. The tagger setting does not apply.
 */
function apiPublisher(s, git, gh) {
    const tagThroughApi = async (tag, target, message) => {
        await (0,refs/* checkRefName */.hh)(git, tag, 'tag', 'tag');
        const made = await (0,git_data/* createAnnotatedTag */.Bw)(gh, { tag, object: target, message: message.endsWith('\n') ? message : `${message}\n` });
        return { outcome: made.outcome, verified: made.verified };
    };
    return {
        ...(0,branch_publisher/* apiBranchPublisher */.p)(git, gh, { committer: s.committer, remote: REMOTE }),
        pushTag: async (tag, target, message) => (await tagThroughApi(tag, target, message)).outcome,
        tagThroughApi,
    };
}


/***/ }),

/***/ 73603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/* unused harmony export escapeLinesForLog */
/**
 * Every character the runner's TrimStart removes before it looks for `::`:
 * .NET's Char.IsWhiteSpace set. JavaScript's `\s` misses U+0085 (NEL), so it
 * is spelled out (`\s` also holds U+FEFF, which .NET keeps: escaping one more
 * does no harm).
 */
const RUNNER_SPACE = '\\s\\u0085';
const LEADING_COMMAND = new RegExp(`^([${RUNNER_SPACE}]*)::`);
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space, as the runner's .NET TrimStart sees
 * it) with `::`, or holds the legacy `##[command]` form anywhere, would be
 * read by the runner as a workflow command, so line breaks are folded (making
 * the start of the text the only line start) and both forms broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(LEADING_COMMAND, '$1: :')
        .replace(/##\[/g, '# #[');
}
/**
 * escapeForLog for text of many lines (a subprocess's output): each line is
 * escaped on its own, so the text keeps its lines and none of them can be a
 * workflow command.
 */
function escapeLinesForLog(s) {
    return s
        .split(/\r\n|\r|\n/)
        .map(escapeForLog)
        .join('\n');
}


/***/ })

};

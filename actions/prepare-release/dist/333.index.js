export const id = 333;
export const ids = [333];
export const modules = {

/***/ 1006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ repoOpener),
/* harmony export */   ub: () => (/* binding */ withToken)
/* harmony export */ });
/* unused harmony exports authSecrets, redact, gitAuthEnv, authedGit */
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7850);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3164);


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
    const inner = (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSpawner */ .dm)(cwd, env);
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

/***/ 5333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releasePorts: () => (/* binding */ releasePorts)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/auth.ts
var auth = __webpack_require__(1006);
// EXTERNAL MODULE: ./packages/core/src/git/generated-branch.ts
var generated_branch = __webpack_require__(5036);
// EXTERNAL MODULE: ./packages/core/src/git/publish.ts
var git_publish = __webpack_require__(5825);
// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(8162);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/core/src/http/host-name.ts
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

;// CONCATENATED MODULE: ./packages/core/src/http/hosts.ts


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
    let h = stripPort(host).toLowerCase().replace(/\.$/, '');
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
    if ((0,external_node_net_.isIP)(h) === 4) {
        const [a, b] = h.split('.').map(Number);
        return (a === 169 && b === 254) || a === 0;
    }
    if ((0,external_node_net_.isIP)(h) === 6) {
        const first = parseInt(h.split(':')[0] || '0', 16);
        return (first & 0xffc0) === 0xfe80 || h === '::' || h.startsWith('fd00:ec2:');
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/core/src/http/transport.ts





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
    (0,external_node_dns_.lookup)(hostname, options, (err, address, family) => {
        if (err)
            return callback(err, address, family);
        const list = Array.isArray(address) ? address : [{ address }];
        const bad = list.find((a) => isForbiddenHost(a.address.includes(':') ? `[${a.address}]` : a.address));
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
        'http:': new external_node_http_.Agent(options),
        'https:': new external_node_https_.Agent(options),
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
        if (isForbiddenHost(url.host)) {
            reject(new ForbiddenDestinationError(`refusing to contact ${url.host}: a link-local or metadata address`));
            return;
        }
        const mod = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
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
    if (current.protocol === 'https:' && next.protocol !== 'https:' && !isLoopbackHost(next.host))
        throw new RedirectError('refused', `${current.host} redirected to insecure ${next.protocol}//${next.host}; refusing`);
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
        throw new RedirectError('refused', `${current.host} redirected to a ${next.protocol} URL; refusing`);
    if (next.origin === origin)
        return { next, headers };
    return { next, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization')) };
}

// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var text_log = __webpack_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/text/secrets.ts
var text_secrets = __webpack_require__(1068);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/github/context.ts

const PULL_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const DEPENDABOT = 'dependabot[bot]';
/** GITHUB_API_URL, or github.com's API. */
function defaultApiUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** The GraphQL endpoint next to a REST base URL: GHES serves it at /api/graphql beside /api/v3. */
function defaultGraphqlUrl(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    return /\/api\/v3$/.test(base) ? base.replace(/\/api\/v3$/, '/api/graphql') : `${base}/graphql`;
}
/** Reads GITHUB_* variables and the event file once; a pull_request run without a readable event file says why. */
function readRunContext(env) {
    const apiUrl = defaultApiUrl(env);
    const eventName = env.GITHUB_EVENT_NAME || undefined;
    const isPullEvent = eventName !== undefined && PULL_EVENTS.has(eventName);
    let event;
    let eventFileProblem;
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (e) {
            eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} could not be read (${e.code ?? e.message})`;
        }
        if (text !== undefined) {
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch {
                eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} is not valid JSON`;
            }
            if (parsed !== undefined) {
                // Only the payload's being an object is checked here; its fields are read with `?.` and type checks below.
                if (parsed === null || typeof parsed !== 'object')
                    eventFileProblem = `the event file GITHUB_EVENT_PATH=${path} does not hold a JSON object`;
                else
                    event = parsed;
            }
        }
    }
    else if (isPullEvent) {
        eventFileProblem = `GITHUB_EVENT_PATH is not set on a ${eventName} run`;
    }
    if (isPullEvent && event && !event.pull_request && !eventFileProblem) {
        eventFileProblem = `the ${eventName} event file GITHUB_EVENT_PATH=${path} has no pull_request object`;
    }
    const pr = isPullEvent ? event?.pull_request : undefined;
    const headRepo = pr?.head?.repo?.full_name;
    const baseRepo = pr?.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
    // A deleted fork leaves head.repo null: still a fork pull with a read-only token.
    const isForkPull = Boolean(pr) &&
        (pr.head?.repo === null ||
            (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo.toLowerCase() !== baseRepo.toLowerCase()));
    const isDependabot = env.GITHUB_ACTOR === DEPENDABOT || env.GITHUB_TRIGGERING_ACTOR === DEPENDABOT;
    return {
        repository: env.GITHUB_REPOSITORY || undefined,
        eventName,
        event,
        sha: env.GITHUB_SHA || undefined,
        ref: env.GITHUB_REF || undefined,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || defaultGraphqlUrl(apiUrl)).replace(/\/+$/, ''),
        isForkPull,
        isDependabot,
        ...(eventFileProblem ? { eventFileProblem } : {}),
    };
}
/** Why the token is read-only on this run (fork or Dependabot pull request), or undefined. */
function readOnlyTokenReason(ctx) {
    // pull_request_target runs in the base repository's context with its token, fork or not.
    if (ctx.isForkPull && ctx.eventName !== 'pull_request_target')
        return 'the token is read-only in fork/Dependabot PRs: this pull request comes from a fork';
    if (ctx.isDependabot)
        return 'the token is read-only in fork/Dependabot PRs: this run was triggered by Dependabot';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/github/replies.ts
// What lockstep reads from GitHub's 2xx answers, checked before anything reads it: a captive portal's
// HTML page with status 200, JSON cut off by a dropped connection or an empty object is a failed
// request, never an object whose fields are `undefined`.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ArrayBuffer);
const join = (at, key) => (at ? `${at}.${key}` : key);
const replies_int = (v, at) => (typeof v === 'number' && Number.isInteger(v) ? undefined : `missing numeric ${at}`);
const str = (v, at) => (typeof v === 'string' ? undefined : `missing string ${at}`);
const bool = (v, at) => (typeof v === 'boolean' ? undefined : `missing boolean ${at}`);
const optStr = (v, at) => v === undefined || v === null || typeof v === 'string' ? undefined : `${at} is not a string`;
function obj(fields) {
    return (v, at) => {
        if (!isObject(v))
            return at ? `${at} is not an object` : 'the reply is not a JSON object';
        for (const [key, check] of Object.entries(fields)) {
            const problem = check(v[key], join(at, key));
            if (problem)
                return problem;
        }
        return undefined;
    };
}
function list(item) {
    return (v, at) => {
        if (!Array.isArray(v))
            return at ? `${at} is not a list` : 'the reply is not a JSON list';
        for (let i = 0; i < v.length; i++) {
            const problem = item(v[i], `${at}[${i}]`);
            if (problem)
                return problem;
        }
        return undefined;
    };
}
const optional = (check) => (v, at) => v === undefined || v === null ? undefined : check(v, at);
const label = (v, at) => (typeof v === 'string' ? undefined : obj({ name: str })(v, at));
const pull = obj({
    number: replies_int,
    html_url: str,
    node_id: str,
    title: str,
    body: optStr,
    state: str,
    // head.repo is null once a fork is deleted; absent in no GitHub answer, but kept optional so a reply without it
    // reads as "not known to be this repository".
    head: obj({ ref: str, sha: str, repo: optional(obj({ full_name: str })) }),
    base: obj({ ref: str, repo: optional(obj({ full_name: str })) }),
    labels: optional(list(label)),
});
const checkRun = obj({ id: replies_int, name: str, status: str, conclusion: optStr });
const comment = obj({ id: replies_int, body: optStr });
const issueEvent = obj({ event: str, created_at: str, actor: optional(obj({ login: str })), label: optional(obj({ name: str })) });
// `draft` is read: a rerun finds the draft an earlier run left by it, and a reply without it must not read as "no draft".
const release = obj({ id: replies_int, tag_name: str, html_url: str, name: optStr, body: optStr, draft: bool, upload_url: optStr });
// A draft's assets are compared by name and size (release-assets.ts): a reply without them must not read as "missing".
const asset = obj({ id: replies_int, name: str, size: replies_int, state: str });
const deployment = obj({ id: replies_int, sha: str, environment: str, created_at: str });
const anyJson = (v) => typeof v === 'object' && v !== null && !(v instanceof ArrayBuffer) ? undefined : 'the reply is not a JSON object or list';
/** The shape lockstep needs, by method and path below the repository (`/repos/o/r` or `/repositories/id`). */
const RULES = [
    ['GET', /^\/git\/ref\/.+$/, obj({ object: obj({ sha: str }) })],
    ['POST', /^\/git\/refs$/, obj({ ref: str, object: obj({ sha: str }) })],
    ['GET', /^\/pulls$/, list(pull)],
    ['GET', /^\/commits\/[^/]+\/pulls$/, list(pull)],
    ['POST', /^\/pulls$/, pull],
    ['GET', /^\/pulls\/\d+$/, pull],
    ['PATCH', /^\/pulls\/\d+$/, pull],
    ['GET', /^\/pulls\/\d+\/requested_reviewers$/, obj({ users: list(obj({ login: str })), teams: list(obj({ slug: str })) })],
    ['POST', /^\/pulls\/\d+\/requested_reviewers$/, obj({ number: replies_int })],
    ['POST', /^\/issues\/\d+\/labels$/, list(obj({ name: str }))],
    ['GET', /^\/issues\/\d+\/comments$/, list(comment)],
    ['GET', /^\/issues\/\d+\/events$/, list(issueEvent)],
    ['POST', /^\/issues\/\d+\/comments$/, obj({ id: replies_int })],
    ['PATCH', /^\/issues\/comments\/\d+$/, obj({ id: replies_int })],
    ['GET', /^\/releases\/tags\/.+$/, release],
    ['GET', /^\/releases$/, list(release)],
    ['POST', /^\/releases$/, release],
    ['PATCH', /^\/releases\/\d+$/, release],
    ['GET', /^\/releases\/\d+\/assets$/, list(asset)],
    ['POST', /^\/releases\/\d+\/assets$/, asset],
    ['GET', /^\/commits\/[^/]+\/check-runs$/, obj({ total_count: replies_int, check_runs: list(checkRun) })],
    ['GET', /^\/commits\/[^/]+\/status$/, obj({ state: str, statuses: list(obj({ context: str, state: str })) })],
    ['GET', /^\/deployments$/, list(deployment)],
    ['POST', /^\/deployments$/, deployment],
    ['GET', /^\/deployments\/\d+\/statuses$/, list(obj({ id: replies_int, state: str, environment_url: optStr }))],
    ['POST', /^\/deployments\/\d+\/statuses$/, obj({ id: replies_int, state: str })],
];
/** Writes GitHub does the same way however often they are sent: a garbled answer to one may be repeated. */
const REPEATABLE_POSTS = [/^\/pulls\/\d+\/requested_reviewers$/, /^\/issues\/\d+\/labels$/];
/** `path` (the API base's path removed) split into the repository prefix and what follows it. */
function belowRepository(path) {
    // An upload goes to upload_url: GitHub Enterprise Server's is under /api/uploads on the API's host.
    return /^(?:\/(?:api\/)?uploads)?\/(?:repos\/[^/]+\/[^/]+|repositories\/\d+)(\/.*)$/.exec(path)?.[1];
}
/**
 * What is wrong with a successful answer, or undefined when it has the
 * shape lockstep reads. `path` is the request's path below the API base.
 */
function replyProblem(method, path, response) {
    if (method === 'HEAD' || response.status === 204 || response.status === 205 || response.status < 200 || response.status >= 300)
        return undefined;
    const { data } = response;
    if (typeof data === 'string' || data === undefined || data === null || data instanceof ArrayBuffer) {
        const type = String(response.headers?.['content-type'] ?? '')
            .split(';')[0]
            .trim()
            .toLowerCase();
        const length = typeof data === 'string' ? Buffer.byteLength(data) : data instanceof ArrayBuffer ? data.byteLength : 0;
        if (/^application\/([a-z.+-]+\+)?json$/.test(type))
            return length === 0
                ? `the reply was empty or cut off (${type})`
                : `the reply was cut off or is not valid JSON (${length} bytes of ${type})`;
        return length === 0 ? `the reply was empty${type ? ` (${type})` : ''}` : `the reply was not JSON (${type || 'no content type'})`;
    }
    const below = belowRepository(path);
    const rule = below === undefined ? undefined : RULES.find(([m, re]) => m === method && re.test(below));
    return (rule?.[2] ?? anyJson)(data, '');
}
/** Whether a request whose answer was garbled may be sent again as is: reads, and writes that are the same however often made. */
function safeToRepeat(method, path, graphqlMutation) {
    if (method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'PATCH' || method === 'DELETE')
        return true;
    if (/\/graphql$/.test(path))
        return !graphqlMutation;
    const below = belowRepository(path);
    return below !== undefined && REPEATABLE_POSTS.some((re) => re.test(below));
}
/**
 * The failure a garbled answer becomes inside the client. It carries status
 * 502 (the gateway's answer was bad), so the retry plugin repeats it when
 * `request` (a copy of the request options) is given — only for requests safe
 * to repeat; a create is looked up instead (createOrFind). The client's error
 * hook turns it into a GitHubError with code 'bad-reply'.
 */
function badReplyError(method, path, problem, request) {
    const e = new Error(`${method} ${path}: ${problem}`);
    e.name = 'BadReply';
    e.status = 502;
    e.badReply = problem;
    if (request)
        e.request = request;
    return e;
}

;// CONCATENATED MODULE: ./packages/core/src/github/transport-fetch.ts


// Octokit calls fetch(url, { method, headers, body, redirect, signal }) and
// reads status, statusText, url, headers (get and iteration), text() and
// arrayBuffer() of the answer. Node's own fetch is undici: its first request
// compiles the llhttp WebAssembly parser, which V8 then tiers up to TurboFan
// in the background (~15 MB of a 500-service promotion's peak, measured),
// and loading it costs start-up time. This adapter gives Octokit the same
// exchange over node:http, through the registry client's transport: one
// keep-alive agent per protocol, HTTP(S)_PROXY/NO_PROXY through Node's own
// agent support, a whole-exchange timeout and body caps.
/** A GitHub API answer larger than this fails while it is read (the largest lockstep reads, a page of 100 pull requests, is ~1 MB). */
const GITHUB_MAX_BYTES = 64 * 1024 * 1024;
/** The same for an error answer. */
const GITHUB_MAX_ERROR_BYTES = 4 * 1024 * 1024;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
/**
 * The part of fetch's Response Octokit's request reads, over a whole body
 * already in hand — or none, when the connection dropped after the head:
 * then reading the body fails, as fetch's does, and Octokit sees an empty
 * reply (the client's reply checks call it cut off).
 */
class TransportResponse {
    ok;
    statusText;
    headers;
    body = null;
    status;
    url;
    redirected;
    bytes;
    constructor(status, url, redirected, headers, bytes) {
        this.status = status;
        this.url = url;
        this.redirected = redirected;
        this.bytes = bytes;
        this.ok = status >= 200 && status < 300;
        this.statusText = external_node_http_.STATUS_CODES[status] ?? '';
        // fetch's Headers: lower-case names, repeated fields joined with ", ".
        const fields = new Map();
        for (const [name, value] of Object.entries(headers))
            if (value !== undefined)
                fields.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
        this.headers = { get: (name) => fields.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => fields.entries() };
    }
    whole() {
        if (this.bytes === undefined)
            throw new TypeError(`the answer from ${new URL(this.url).host} was cut off`);
        return this.bytes;
    }
    /** UTF-8, a leading byte-order mark dropped, as fetch's text() decodes. */
    text() {
        return Promise.resolve().then(() => new TextDecoder().decode(this.whole()));
    }
    arrayBuffer() {
        return Promise.resolve().then(() => new Uint8Array(this.whole()).buffer);
    }
}
function bodyBytes(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string')
        return Buffer.from(body, 'utf8');
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    throw new TypeError('lockstep sends GitHub only string or byte bodies');
}
/** An answer fetch would refuse to build (a status outside 200–599) is a failure to get one. */
function checked(response) {
    if (response.status < 200 || response.status > 599)
        throw new NetworkError(`${new URL(response.url).host}: answered with status ${response.status}`, 'EBADSTATUS');
    return response;
}
/**
 * A fetch for Octokit over a Transport. Redirects are followed as fetch
 * follows them (303, and 301/302 after a POST, continue as a GET without the
 * body), with the registry client's checks: Authorization only to the
 * origin asked, no https → http downgrade, at most five hops.
 */
function transportFetch(transport, timeoutMs) {
    const send = async (input, init = {}) => {
        const url = String(input);
        let method = (init.method ?? 'GET').toUpperCase();
        if (!METHODS.has(method))
            throw new TypeError(`lockstep does not send ${method} requests`);
        let headers = { ...init.headers };
        let body = bodyBytes(init.body);
        let current = new URL(url);
        const origin = current.origin;
        for (let hop = 0;; hop++) {
            let answer;
            let whole = true;
            try {
                answer = await transport({
                    method: method,
                    url: current.href,
                    headers,
                    ...(body ? { body } : {}),
                    maxBytes: GITHUB_MAX_BYTES,
                    maxErrorBytes: GITHUB_MAX_ERROR_BYTES,
                    timeoutMs,
                });
            }
            catch (e) {
                if (!(e instanceof CutOffError))
                    throw e;
                answer = { status: e.status, headers: e.headers, body: Buffer.alloc(0) };
                whole = false;
            }
            const location = header(answer, 'location');
            if (!REDIRECTS.has(answer.status) || location === undefined)
                return checked(new TransportResponse(answer.status, current.href, hop > 0, answer.headers, whole ? answer.body : undefined));
            let next;
            ({ next, headers } = redirectHop(current, location, origin, headers, hop));
            if (answer.status === 303 ? method !== 'HEAD' : (answer.status === 301 || answer.status === 302) && method === 'POST') {
                method = 'GET';
                body = undefined;
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
            }
            current = next;
        }
    };
    return send;
}

;// CONCATENATED MODULE: ./packages/core/src/github/client.ts











/** A GitHub API failure with a message a user can act on; never carries the token. */
class GitHubError extends Error {
    /** HTTP status, when GitHub answered. */
    status;
    /** GitHub's own message (with the `errors` details), redacted. */
    apiMessage;
    /**
     * 'budget' when the run's request budget stopped the request (nothing was sent);
     * 'bad-reply' when GitHub's answer was garbled (not JSON, cut off, missing a field lockstep reads).
     */
    code;
    /** The message with the inputs it names kept as words, for each face to word them (a terminal says GITHUB_TOKEN); the message otherwise. */
    said;
    constructor(message, status, apiMessage, code) {
        super((0,errors/* say */.cv)(message, errors/* RUNNER */.zK));
        this.name = 'GitHubError';
        this.said = message;
        this.status = status;
        this.apiMessage = apiMessage;
        if (code)
            this.code = code;
    }
}
const DEFAULT_BUDGET = 100;
const DEFAULT_GAP_MS = 1000;
const DEFAULT_MAX_WAIT_S = 120;
const DEFAULT_TIMEOUT_MS = 30_000;
const RETRIES = 3;
/** Rate-limit waits accepted per request before giving up with a clear error. */
const RATE_LIMIT_RETRIES = 2;
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Why a request got no usable answer, in a few words: a network error code (ECONNREFUSED), a status, or the message. */
function failureReason(e) {
    if (e?.response && typeof e.status === 'number')
        return `answered ${e.status}`;
    const code = [e?.cause?.cause?.code, e?.cause?.code, e?.code].find((c) => typeof c === 'string' && /^E[A-Z_]+$/.test(c));
    if (code)
        return code;
    const text = String(e?.message ?? e ?? '');
    return /\b(E[A-Z]{3,})\b/.exec(text)?.[1] ?? (text.slice(0, 200) || 'no answer');
}
/** The API's origin and base path for messages (no credentials, no query). */
function apiBase(url) {
    try {
        const u = new URL(String(url));
        return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return String(url);
    }
}
const isMutation = (opts) => {
    const method = String(opts.method ?? 'GET').toUpperCase();
    if (method === 'GET' || method === 'HEAD')
        return false;
    // GraphQL queries travel as POST too; only mutations count as writes.
    if (/\/graphql$/.test(pathOf(opts.url)))
        return /^\s*mutation\b/.test(String(opts.query ?? opts.body?.query ?? ''));
    return true;
};
/** The request's path with its parameters filled in (hooks see the route template). */
function expandedPath(octokit, opts) {
    try {
        return pathOf(octokit.request.endpoint.parse(opts).url);
    }
    catch {
        return pathOf(opts.url);
    }
}
function pathOf(url) {
    try {
        return new URL(String(url), 'http://github.invalid').pathname;
    }
    catch {
        return String(url);
    }
}
/**
 * The innermost layer (just outside authentication), so every HTTP attempt,
 * retries included, passes it: counts against the budget, waits out the
 * backoff after a 5xx/network failure (the retry plugin itself is told to
 * retry at once, so the wait goes through the injected sleep), and serialises
 * mutations at least `gapMs` apart.
 */
function guardPlugin(octokit, options) {
    const g = options.lockstepGuard;
    if (!g)
        return {};
    octokit.hook.wrap('request', async (request, opts) => {
        const seen = g.attempts.get(opts) ?? { n: 0 };
        g.attempts.set(opts, seen);
        seen.n += 1;
        const method = String(opts.method).toUpperCase();
        const path = expandedPath(octokit, opts);
        if (seen.n > 1 && (seen.lastStatus === undefined || seen.lastStatus >= 500)) {
            const wait = 1000 * (seen.n - 1) ** 2;
            const reason = failureReason(seen.lastError);
            const answered = reason.startsWith('answered') || reason.startsWith('sent ');
            const said = answered ? `${reason} to` : `did not answer`;
            const detail = answered ? '' : ` (${reason})`;
            g.notice(`GitHub API at ${apiBase(opts.baseUrl)} ${said} ${method} ${path}${detail}; retrying in ${wait / 1000}s (attempt ${seen.n} of ${RETRIES + 1})`);
            await g.sleep(wait);
        }
        g.count += 1;
        if (g.count > g.budget) {
            throw new GitHubError(`stopped before ${method} ${path}: this run already made ${g.budget} GitHub API requests, its budget — something is retrying or paging far more than expected; rerun, and report it if it happens again`, undefined, undefined, 'budget');
        }
        const send = async () => {
            let response;
            try {
                response = await request(opts);
            }
            catch (e) {
                seen.lastStatus = typeof e?.status === 'number' ? e.status : undefined;
                seen.lastError = e;
                throw e;
            }
            // A 2xx whose body is not what GitHub sends (HTML, cut-off JSON, `{}`) is a failed request, not a success.
            const below = path.startsWith(g.basePath) ? path.slice(g.basePath.length) : path;
            const problem = replyProblem(method, below, response);
            if (problem === undefined)
                return response;
            seen.lastStatus = 502;
            seen.lastError = { message: `sent an unusable reply (${problem})` };
            throw badReplyError(method, path, problem, safeToRepeat(method, below, isMutation(opts)) ? { ...opts } : undefined);
        };
        if (!isMutation(opts))
            return send();
        const previous = g.queue;
        let release;
        g.queue = new Promise((resolve) => (release = resolve));
        await previous;
        try {
            const wait = g.lastMutationEnd + g.gapMs - g.now();
            if (g.gapMs > 0 && wait > 0)
                await g.sleep(wait);
            return await send();
        }
        finally {
            g.lastMutationEnd = g.now();
            release();
        }
    });
    return {};
}
/**
 * Bottleneck groups for the throttling plugin's write and notification lanes
 * that run jobs at once: mutations are already serialised by the guard (with
 * the injected clock), and the plugin's own lanes would sleep on real timers.
 * The plugin only calls `key(id).schedule(…)`, so this stand-in has just that.
 */
const passThroughGroup = {
    key: () => ({
        schedule: (...args) => {
            const fnAt = typeof args[0] === 'function' ? 0 : 1;
            return Promise.resolve().then(() => args[fnAt](...args.slice(fnAt + 1)));
        },
    }),
};
const LockstepOctokit = dist_src/* Octokit */.E.plugin(guardPlugin, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** The real GitHubOpener: createGitHub with `token`, in `env` (proxy, GITHUB_API_URL). */
function gitHubOpener(token, env = process.env) {
    return (repository, use) => createGitHub({ token, repository, env, ...use });
}
/** Creates the client: base URLs from GITHUB_API_URL/GITHUB_GRAPHQL_URL, proxy from the environment, bounded retries and waits. */
function createGitHub(opts) {
    const env = opts.env ?? process.env;
    const [owner, repo, ...rest] = opts.repository.split('/');
    if (!owner || !repo || rest.length)
        throw new GitHubError(`repository '${opts.repository}' is not in the form owner/name`);
    const apiUrl = (opts.apiUrl ?? defaultApiUrl(env)).replace(/\/+$/, '');
    const graphqlUrl = opts.graphqlUrl ?? env.GITHUB_GRAPHQL_URL ?? defaultGraphqlUrl(apiUrl);
    const secrets = [opts.token];
    // Log lines carry branch names and GitHub's messages: untrusted text, kept from reading as workflow commands.
    const log = (line) => opts.log?.((0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(line, secrets)));
    const notice = opts.notice ? (line) => opts.notice((0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(line, secrets))) : log;
    const sleep = opts.sleep ?? realSleep;
    const maxWait = opts.maxRateLimitWaitSeconds ?? DEFAULT_MAX_WAIT_S;
    const guard = {
        budget: opts.budget ?? DEFAULT_BUDGET,
        gapMs: opts.minMutationGapMs ?? DEFAULT_GAP_MS,
        sleep,
        now: opts.now ?? Date.now,
        log,
        notice,
        count: 0,
        lastMutationEnd: -Infinity,
        queue: Promise.resolve(),
        attempts: new WeakMap(),
        basePath: pathOf(apiUrl).replace(/\/+$/, ''),
    };
    const onLimit = (kind) => async (retryAfter, options, _o, retryCount) => {
        const what = `${String(options.method).toUpperCase()} ${expandedPath(octokit, options)}`;
        if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > maxWait) {
            log(`${kind} on ${what}: not waiting ${retryAfter} s (after ${retryCount} waits; the cap is ${maxWait} s)`);
            return false;
        }
        log(`${kind} on ${what}: waiting ${retryAfter} s as GitHub asked`);
        await sleep(retryAfter * 1000);
        return true;
    };
    const octokit = new LockstepOctokit({
        auth: opts.token,
        baseUrl: apiUrl,
        userAgent: 'lockstep',
        request: { fetch: transportFetch(nodeTransport(undefined, env), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
        lockstepGuard: guard,
        // Retries happen at once here; the guard sleeps the backoff through the injected clock.
        // 429 is left to the throttling plugin, which honours retry-after.
        retry: { retries: RETRIES, retryAfterBaseValue: 0, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: 0,
            fallbackSecondaryRateRetryAfter: 60,
            write: passThroughGroup,
            notifications: passThroughGroup,
            // plugin-throttling awaits these handlers (Bottleneck's event trigger) and retries when they resolve true;
            // its LimitHandler type says `void`, so the rule sees a promise where none is read, which is not the case.
            // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the plugin awaits the handler's promise (see above)
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the plugin awaits the handler's promise (see above)
            onRateLimit: onLimit('rate limit'),
        },
    });
    // baseUrl too: @octokit/graphql swaps in /api/graphql for every base ending in /api/v3, which would ignore GITHUB_GRAPHQL_URL.
    octokit.graphql = octokit.graphql.defaults({ baseUrl: graphqlUrl, url: graphqlUrl });
    // The outermost layer: every failure leaves as a GitHubError whose message says what to do.
    octokit.hook.error('request', (error, options) => {
        throw toGitHubError(error, { ...options, attempts: guard.attempts.get(options)?.n }, secrets, maxWait);
    });
    const extendBudget = (requests) => {
        if (Number.isInteger(requests) && requests > 0)
            guard.budget += requests;
    };
    return { owner, repo, octokit: octokit, requestCount: () => guard.count, extendBudget, sleep, log, redact: (t) => (0,text_secrets/* redact */.E)(t, secrets) };
}
/** Which `permissions:` entry a request needs, judged by its path. */
function permissionFor(method, path) {
    if (/\/graphql$/.test(path) || /\/(pulls|issues)(\/|$)/.test(path))
        return 'pull-requests: write';
    if (/\/deployments(\/|$)/.test(path))
        return method === 'GET' ? 'deployments: read' : 'deployments: write';
    if (/\/(statuses|check-runs|check-suites|status)(\/|$)/.test(path))
        return method === 'GET' ? 'checks: read / statuses: read' : 'statuses: write';
    return 'contents: write';
}
/** Turns an Octokit failure into a GitHubError a user can act on (redacted). */
function toGitHubError(error, options, secrets, maxWaitSeconds = DEFAULT_MAX_WAIT_S) {
    if (error instanceof GitHubError) {
        error.message = (0,text_secrets/* redact */.E)(error.message, secrets);
        if (typeof error.said === 'string')
            error.said = error.message;
        return error;
    }
    if (typeof error?.badReply === 'string') {
        // The message names the endpoint and what was wrong, never the body (a proxy's page may echo the request's headers).
        const message = `GitHub's answer was unusable: ${String(error.message)} — a proxy, captive portal or GitHub outage answered instead of the API, or the connection dropped; rerun the job, and check GITHUB_API_URL and HTTPS_PROXY/NO_PROXY if it persists`;
        return new GitHubError((0,text_secrets/* redact */.E)((0,text_log/* escapeForLog */.z)(message), secrets), undefined, undefined, 'bad-reply');
    }
    const method = String(error?.request?.method ?? options?.method ?? 'GET').toUpperCase();
    const path = pathOf(error?.request?.url ?? options?.url ?? '');
    const status = typeof error?.status === 'number' ? error.status : undefined;
    // GitHub's message may echo a title or branch name: one line, no workflow command.
    const raw = (0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(apiMessageOf(error), secrets));
    const what = `${method} ${path}`;
    let message;
    if (status === undefined || (status === 500 && !error?.response)) {
        const base = options?.baseUrl ?? error?.request?.url;
        const tries = typeof options?.attempts === 'number' && options.attempts > 1 ? ` after ${options.attempts} attempts` : '';
        message = base
            ? `could not reach the GitHub API at ${apiBase(base)} (GITHUB_API_URL) for ${what}${tries} (${(0,text_log/* escapeForLog */.z)((0,text_secrets/* redact */.E)(failureReason(error), secrets))}) — check the network, GITHUB_API_URL and HTTPS_PROXY/NO_PROXY`
            : `could not reach GitHub for ${what}: ${raw || 'network error'} — check the network, GITHUB_API_URL and HTTPS_PROXY/NO_PROXY`;
        return new GitHubError((0,text_secrets/* redact */.E)(message, secrets), undefined, raw);
    }
    const lower = raw.toLowerCase();
    if (status === 401) {
        return new GitHubError((0,errors/* words */.aL) `the token was refused (401) on ${(0,text_secrets/* redact */.E)(what, secrets)} — pass a valid ${(0,errors/* named */.KT)('github-token')} (it may be expired, revoked or meant for another GitHub host)`, status, raw);
    }
    else if ((status === 403 || status === 429) && /secondary rate limit|abuse/.test(lower)) {
        const after = Number(error?.response?.headers?.['retry-after']);
        message = `GitHub's secondary rate limit kept refusing ${what}${Number.isFinite(after) ? ` (retry-after ${after} s)` : ''} after the waits allowed (at most ${maxWaitSeconds} s each) — rerun the job later`;
    }
    else if ((status === 403 || status === 429) && error?.response?.headers?.['x-ratelimit-remaining'] === '0') {
        const reset = Number(error?.response?.headers?.['x-ratelimit-reset']);
        message = `GitHub's API rate limit for this token is used up on ${what}${Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : ''} — rerun after the reset or use a token with its own quota`;
    }
    else if (status === 403 && /not permitted to create or approve pull requests/.test(lower)) {
        message = `GitHub Actions is not permitted to create or approve pull requests in this repository (${what}) — enable Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (for an organization, its Actions settings too), or pass a GitHub App or PAT token as github-token`;
    }
    else if (status === 403 && /resource not accessible by (integration|personal access token)/.test(lower)) {
        message = `the token lacks permission for ${what} — give the job \`permissions: ${permissionFor(method, path)}\` (lockstep's writes need contents: write and pull-requests: write); the token is read-only in fork/Dependabot PRs, where write steps cannot run`;
    }
    else if (status === 404) {
        message = `GitHub answered 404 to ${what} — the repository or object does not exist, or the token cannot see it (a private repository needs a token with access)`;
    }
    else {
        message = `GitHub answered ${status} to ${what}: ${raw}`;
    }
    return new GitHubError((0,text_secrets/* redact */.E)(message, secrets), status, raw);
}
/** Array.isArray narrowed to a readonly list that keeps its element type (Array.isArray's own guard says `any[]`). */
function isList(value) {
    return Array.isArray(value);
}
function apiMessageOf(error) {
    const data = error?.response?.data;
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        const details = isList(data.errors)
            ? data.errors
                .map((e) => (typeof e === 'string' ? e : (e?.message ?? [e?.resource, e?.field, e?.code].filter(Boolean).join(' '))))
                .filter(Boolean)
            : [];
        return details.length ? `${data.message}: ${details.join('; ')}` : data.message;
    }
    if (typeof data === 'string' && data)
        return data.slice(0, 500);
    return String(error?.message ?? error ?? '');
}
/**
 * The one rule for which GitHub failures are the user's to fix, for every
 * operation: a refusal (a 4xx: a missing permission, a repository setting,
 * a branch protection) and an API that never answered (GITHUB_API_URL, a
 * proxy) become one UserError line — `what` before GitHub's message, `hint`
 * naming the permission the caller needs. Undefined for the rest (a 5xx, a
 * stop by the run's request budget, a garbled reply), which stay errors.
 */
function gitHubUserError(e, o = {}) {
    if (!(e instanceof GitHubError))
        return undefined;
    const refused = e.status !== undefined && e.status >= 400 && e.status < 500;
    const unanswered = e.status === undefined && e.code === undefined;
    if (!refused && !unanswered)
        return undefined;
    return new errors/* UserError */.yo(o.what ? (0,errors/* words */.aL) `${o.what}: ${e.said}` : e.said, o.hint ? { hint: o.hint } : {});
}
/** True when a failure is GitHub's "already exists" validation answer (422). */
function isAlreadyExists(e) {
    return e instanceof GitHubError && e.status === 422 && /already exists|already_exists/i.test(e.apiMessage ?? e.message);
}
/** True when the answer to a create may have been lost (5xx, no answer, a garbled answer): the object may exist anyway. */
function mayHaveLanded(e) {
    return e instanceof GitHubError && (e.status === undefined || e.status >= 500) && e.code !== 'budget';
}
/** `get`'s answer, or undefined when GitHub answers 404 (the object does not exist). */
async function orNotFound(get) {
    try {
        return await get();
    }
    catch (e) {
        if (e instanceof GitHubError && e.status === 404)
            return undefined;
        throw e;
    }
}
/**
 * Runs `create`, idempotently: when its answer was lost (5xx, no answer) or
 * GitHub answers 422 "already exists", `find` looks the object up instead
 * (told whether GitHub said it exists), so a retried or raced create neither
 * fails nor duplicates. The create's own error is thrown when nothing is
 * found. `found` says the object came from `find`: it was not there when the
 * caller looked before creating, so the create that landed was this run's (or
 * a twin run's). A create whose answer was garbled (not JSON, cut off) and
 * that `find` does not see did not land: it is made again, at most
 * BAD_REPLY_CREATES times in all.
 */
async function createOrFind(gh, what, create, find) {
    for (let attempt = 1;; attempt++) {
        try {
            return { value: await create(), found: false };
        }
        catch (e) {
            const exists = isAlreadyExists(e);
            if (!exists && !mayHaveLanded(e))
                throw e;
            const value = await find(exists);
            if (value !== undefined) {
                gh.log?.(`${what} found after the create failed (${e.message})`);
                return { value, found: true };
            }
            // A garbled answer to a create that did not land is a failed request like every other: made again, bounded.
            if (!isBadReply(e) || attempt >= BAD_REPLY_CREATES)
                throw e;
            gh.log?.(`${what}: GitHub's answer to the create was unusable and nothing was created; creating again (${attempt}/${BAD_REPLY_CREATES - 1})`);
            await (gh.sleep ?? realSleep)(1000 * attempt);
        }
    }
}
/** Creates tried when each answer is garbled and nothing landed. */
const BAD_REPLY_CREATES = 3;
/** True when GitHub's answer was garbled (not JSON, cut off, missing a field lockstep reads). */
function isBadReply(e) {
    return e instanceof GitHubError && e.code === 'bad-reply';
}
/** A GraphQL call through the client (its retries, budget and waits); GraphQL errors come back as data, not thrown. */
async function client_graphql(gh, query, variables) {
    try {
        return { data: await gh.octokit.graphql(query, variables) };
    }
    catch (e) {
        if (e?.name === 'GraphqlResponseError' && Array.isArray(e.errors)) {
            return {
                data: e.data ?? undefined,
                errors: e.errors.map((x) => ({ type: x?.type, message: String(x?.message ?? '') })),
            };
        }
        throw e;
    }
}

// EXTERNAL MODULE: ./packages/core/src/git/commits.ts
var git_commits = __webpack_require__(3852);
// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/async/map-limit.ts
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

;// CONCATENATED MODULE: ./packages/core/src/github/refs.ts

/** `refs/heads/x`, `heads/x` → `heads/x` (the form GitHub's git/ref routes take). */
function refs_short(ref) {
    const s = ref.replace(/^refs\//, '');
    if (!/^[^/]+\/.+/.test(s))
        throw new GitHubError(`'${ref}' is not a full ref name like refs/heads/<branch> or refs/tags/<tag>`);
    return s;
}
/** The object a ref points at (a commit, or an annotated tag object), or undefined when it does not exist. */
async function getRef(gh, ref) {
    return orNotFound(async () => (await gh.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: gh.owner, repo: gh.repo, ref: refs_short(ref) })).data.object
        .sha);
}
/**
 * Creates `ref` at `sha` through the API. Idempotent: a ref already at `sha`
 * is 'existing'; a create whose answer was lost or that GitHub answers 422
 * "Reference already exists" is verified by reading the ref back. A ref that
 * points elsewhere is an error, never moved.
 */
async function createRef(gh, ref, sha) {
    const name = `refs/${refs_short(ref)}`;
    const before = await getRef(gh, name);
    if (before !== undefined)
        return verify(name, before, sha, 'existing');
    const { value: now, found } = await createOrFind(gh, name, async () => (await gh.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: gh.owner, repo: gh.repo, ref: name, sha }), sha), () => getRef(gh, name));
    return found ? verify(name, now, sha, 'created') : 'created';
}
function verify(name, actual, wanted, outcome) {
    if (actual !== wanted) {
        throw new GitHubError(`${name} already exists at ${actual.slice(0, 12)}, not ${wanted.slice(0, 12)} — lockstep does not move an existing ref; delete it or choose another name`);
    }
    return outcome;
}
/**
 * The full names of the refs that start with `prefix` (`heads/gh-readonly-queue/main/pr-12-`): GitHub's
 * matching-refs route, a prefix match on the ref's name; none is an empty list, never a 404.
 */
async function matchingRefs(gh, prefix) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
        owner: gh.owner,
        repo: gh.repo,
        ref: prefix,
    });
    if (!Array.isArray(data))
        throw new GitHubError(`GitHub answered the refs matching ${prefix} with something that is not a list`);
    return data.map((r) => r.ref);
}

;// CONCATENATED MODULE: ./packages/core/src/github/git-data.ts





// Commits written through GitHub's Git Database API (blobs → one tree → one
// commit → a guarded ref update) instead of `git push`: GitHub signs a commit
// it creates for a GitHub App or GITHUB_TOKEN, so a "require signed commits"
// ruleset accepts it. The work tree, index and HEAD are never read or changed.
/**
 * The largest blob lockstep sends: GitHub's blobs API "supports blobs up to
 * 100 megabytes in size", the same as its per-file push limit (100 MiB).
 */
const MAX_BLOB_BYTES = 100 * 1024 * 1024;
/** Blob creates in flight at once (the client serialises writes anyway; this bounds the encoded bodies held in memory). */
const BLOB_CONCURRENCY = 4;
/** Creates tried in all when each answer is lost. */
const CREATE_ATTEMPTS = 3;
/** Git's SHA-1 of a blob with these bytes (what GitHub must answer). */
function blobSha(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The bytes as JSON-safe UTF-8 text, or undefined when they must travel as base64 (invalid UTF-8, or NUL bytes: binary). */
function asText(bytes) {
    if (bytes.includes(0))
        return undefined;
    try {
        return utf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** The one check a path needs before it is sent: relative, normalised, not inside .git. */
function checkPath(path) {
    const parts = path.split('/');
    if (!path || parts.some((p) => p === '' || p === '.' || p === '..') || parts.some((p) => p.toLowerCase() === '.git')) {
        throw new errors/* UserError */.yo(`cannot commit '${path}' through the GitHub API: not a normalised path inside the repository`);
    }
}
/** The error for a file over GitHub's blob limit, naming the file and the limit. */
function tooLarge(path, bytes) {
    return new errors/* UserError */.yo(`'${path}' is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over GitHub's ${MAX_BLOB_BYTES / 1024 / 1024} MiB limit for a blob created through the API — nothing was written`, {
        hint: (0,errors/* words */.aL) `keep files this large out of the commit (Git LFS), or ${(0,errors/* setting */.Pe)('commit-mode', 'git')}`,
    });
}
/**
 * Checks every change before anything is written: paths, duplicates, and
 * GitHub's blob size limit (a file over it fails the whole commit here,
 * naming the file, before any request).
 */
function prepare(changes) {
    const seen = new Set();
    const out = [];
    for (const c of changes) {
        checkPath(c.path);
        if (seen.has(c.path))
            throw new errors/* UserError */.yo(`cannot commit '${c.path}' twice in one commit`);
        seen.add(c.path);
        if (c.kind === 'delete') {
            out.push({ path: c.path, mode: '100644' });
            continue;
        }
        const bytes = c.kind === 'symlink'
            ? Buffer.from(c.target, 'utf8')
            : typeof c.content === 'string'
                ? Buffer.from(c.content, 'utf8')
                : Buffer.from(c.content.buffer, c.content.byteOffset, c.content.byteLength);
        if (bytes.length > MAX_BLOB_BYTES)
            throw tooLarge(c.path, bytes.length);
        out.push({
            path: c.path,
            mode: c.kind === 'symlink' ? '120000' : c.executable ? '100755' : '100644',
            blob: { bytes, sha: blobSha(bytes) },
        });
    }
    return out;
}
/**
 * Runs a create whose repetition is harmless, again when its answer was lost
 * (the retry plugin already repeats 5xx answers; this covers garbled answers,
 * which it does not repeat for a POST), at most CREATE_ATTEMPTS times.
 */
async function createAgain(gh, what, create) {
    for (let attempt = 1;; attempt++) {
        try {
            return await create();
        }
        catch (e) {
            if (!mayHaveLanded(e) || attempt >= CREATE_ATTEMPTS)
                throw e;
            gh.log?.(`${what}: GitHub's answer was lost (${e.message}); creating it again (${attempt}/${CREATE_ATTEMPTS - 1})`);
            await gh.sleep?.(1000 * attempt);
        }
    }
}
/** A field lockstep reads from an answer, or a bad-reply failure (looked at like a lost answer). */
function field(data, key, what) {
    const value = data?.[key];
    if (typeof value === 'string' && value)
        return value;
    throw new GitHubError(`GitHub's answer to ${what} has no ${key}`, undefined, undefined, 'bad-reply');
}
/** Creates one blob; the SHA GitHub answers must be git's SHA of the bytes. */
async function createBlob(gh, path, blob) {
    const expected = blob.sha;
    const text = asText(blob.bytes);
    const body = text === undefined ? { content: blob.bytes.toString('base64'), encoding: 'base64' } : { content: text, encoding: 'utf-8' };
    const what = `the blob for ${path}`;
    // Blobs are content-addressed: a repeated create yields the same object.
    const sha = await createAgain(gh, what, async () => field((await gh.octokit.request('POST /repos/{owner}/{repo}/git/blobs', { owner: gh.owner, repo: gh.repo, ...body })).data, 'sha', what));
    if (sha !== expected)
        throw new GitHubError(`GitHub stored ${path} as blob ${sha.slice(0, 12)}, not ${expected.slice(0, 12)} (git's SHA of its bytes) — the content was changed on the way; nothing was committed`);
    return sha;
}
/**
 * Creates one commit through the API: a blob per changed file (bounded
 * concurrency; identical contents sent once), ONE tree on `baseTree`, ONE
 * commit. Every change is checked (paths, the blob size limit) before the
 * first request. The ref is not touched: see {@link moveBranch} and
 * {@link commitToBranch}.
 */
async function createCommit(gh, spec) {
    const prepared = prepare(spec.changes);
    const distinct = new Map();
    for (const p of prepared)
        if (p.blob)
            distinct.set(p.blob.sha, { path: p.path, blob: p.blob });
    await mapLimit([...distinct.values()], BLOB_CONCURRENCY, (d) => createBlob(gh, d.path, d.blob));
    const tree = await createTree(gh, spec.baseTree, prepared);
    const body = {
        owner: gh.owner,
        repo: gh.repo,
        message: spec.message,
        tree,
        parents: [...spec.parents],
        ...(spec.author ? { author: { ...spec.author } } : {}),
        ...(spec.committer ? { committer: { ...spec.committer } } : {}),
    };
    // A lost answer is not looked up (nothing lists unreachable commits): the commit is created
    // again. Its content is fixed by the request — tree, parents, message and, when given, the
    // identities with their dates — so git's SHA is the same and no second object appears. When
    // GitHub stamps the time itself (the signed case) a repeat landing in another second is another
    // object: unreachable, since only the SHA answered here is ever put on a ref, and collected by
    // GitHub's gc. Either way the branch gets exactly one commit.
    const data = await createAgain(gh, 'the commit', async () => {
        const reply = (await gh.octokit.request('POST /repos/{owner}/{repo}/git/commits', body)).data;
        field(reply, 'sha', 'the commit create');
        return reply;
    });
    return {
        sha: data.sha,
        tree: data.tree?.sha ?? tree,
        verified: data.verification?.verified === true,
        reason: typeof data.verification?.reason === 'string' ? data.verification.reason : 'unknown',
    };
}
/** ONE tree: the base tree with each path replaced, added or (sha null) removed. */
async function createTree(gh, baseTree, prepared) {
    const tree = [...prepared]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((p) => ({ path: p.path, mode: p.mode, type: 'blob', sha: p.blob?.sha ?? null }));
    const what = 'the tree';
    // Trees are content-addressed too: a repeated create yields the same tree.
    return createAgain(gh, what, async () => field((await gh.octokit.request('POST /repos/{owner}/{repo}/git/trees', { owner: gh.owner, repo: gh.repo, base_tree: baseTree, tree }))
        .data, 'sha', what));
}
/**
 * Moves `refs/heads/<branch>` to `sha` only when it is exactly at `expected`
 * (undefined: the branch must not exist) — the API's `--force-with-lease`.
 * The ref is read and compared first; a mismatch is 'stale' and nothing
 * moves, so the caller refetches and rebuilds once, as in git mode. The
 * update itself is a compare-and-swap too, so a commit pushed between the
 * read and the update is never overwritten: when `expected` is a parent of
 * `sha`, REST's update with `force: false`, which GitHub refuses unless it is
 * a fast-forward (a commit landed since makes it none); a rebuilt branch
 * (`sha` not descending from `expected`) goes through GraphQL's `updateRefs`
 * with `beforeOid: expected` (forced, but only from that commit). A refused
 * update is read back: at `sha` it landed, elsewhere it is 'stale'.
 * A new branch is created with `POST git/refs`, which fails when the ref
 * exists: a twin run that raced us is 'stale'. A branch already at `sha` is
 * 'unchanged' (a repeat after a lost answer).
 */
async function moveBranch(gh, m) {
    const ref = `refs/heads/${m.branch}`;
    const current = await getRef(gh, ref);
    if (current === m.sha)
        return 'unchanged';
    if (current !== m.expected)
        return 'stale';
    if (m.expected === undefined) {
        const { value } = await createOrFind(gh, ref, async () => (await gh.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: gh.owner, repo: gh.repo, ref, sha: m.sha }),
            m.sha), () => getRef(gh, ref));
        return value === m.sha ? 'created' : 'stale';
    }
    const expected = m.expected;
    try {
        if (m.fastForward)
            await gh.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                owner: gh.owner,
                repo: gh.repo,
                ref: `heads/${m.branch}`,
                sha: m.sha,
                force: false,
            });
        else {
            const refused = await swapRef(gh, ref, expected, m.sha);
            if (refused) {
                const now = await getRef(gh, ref);
                if (now === m.sha)
                    return 'updated';
                if (now === expected)
                    throw new GitHubError(`GitHub refused to move ${ref} from ${expected.slice(0, 12)} to ${m.sha.slice(0, 12)}: ${refused}`);
                return 'stale';
            }
        }
        return 'updated';
    }
    catch (e) {
        // 422: not a fast-forward (it moved after the read) or the ref is gone; a lost answer: read where it is.
        if (!(e instanceof GitHubError && e.status === 422) && !mayHaveLanded(e))
            throw e;
        const now = await getRef(gh, ref);
        if (now === m.sha)
            return 'updated';
        if (now === expected && mayHaveLanded(e))
            throw e;
        return 'stale';
    }
}
/** GraphQL's compare-and-swap of refs: `refUpdates` all move, each only from its `beforeOid`, or none does. */
const UPDATE_REFS = `mutation($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: { repositoryId: $repositoryId, refUpdates: $refUpdates }) { clientMutationId }
}`;
/** The repository's GraphQL node id, read once per client. */
const repositoryIds = new WeakMap();
/**
 * Moves `ref` from `before` to `after` (not a fast-forward) with GraphQL's
 * `updateRefs` and `beforeOid`: undefined when GitHub did it, else its
 * errors in one line (the ref was elsewhere, or the token may not write).
 */
async function swapRef(gh, ref, before, after) {
    let repositoryId = repositoryIds.get(gh);
    if (!repositoryId) {
        const repo = await gh.octokit.request('GET /repos/{owner}/{repo}', { owner: gh.owner, repo: gh.repo });
        repositoryId = field(repo.data, 'node_id', 'the repository');
        repositoryIds.set(gh, repositoryId);
    }
    const r = await client_graphql(gh, UPDATE_REFS, {
        repositoryId,
        refUpdates: [{ name: ref, beforeOid: before, afterOid: after, force: true }],
    });
    if (!r.errors || r.errors.length === 0)
        return undefined;
    return r.errors.map((x) => x.message).join('; ');
}
/**
 * One commit on a branch: {@link createCommit}, then {@link moveBranch} with
 * the lease `expected` (fast-forward-only when `expected` is a parent).
 * 'stale' means the branch moved: refetch, rebuild and call again (once); the
 * commit made for the stale attempt is on no ref.
 */
async function commitToBranch(gh, spec) {
    const commit = await createCommit(gh, spec);
    const fastForward = spec.expected !== undefined && spec.parents.includes(spec.expected);
    const outcome = await moveBranch(gh, { branch: spec.branch, sha: commit.sha, expected: spec.expected, fastForward });
    return { outcome, commit };
}
/** What `refs/tags/<tag>` holds now, peeled: the tag object (when annotated) and the object it tags. */
async function readTag(gh, tag) {
    const sha = await getRef(gh, `refs/tags/${tag}`);
    if (sha === undefined)
        return undefined;
    const annotated = await orNotFound(async () => (await gh.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner: gh.owner, repo: gh.repo, tag_sha: sha })).data);
    if (!annotated)
        return { sha, object: sha, verified: false };
    return { sha, object: field(annotated.object, 'sha', `the tag ${tag}`), verified: annotated.verification?.verified === true };
}
/**
 * Creates the annotated tag `tag` on `object` (a tag object, then
 * `refs/tags/<tag>`). Leave `tagger` out for a tag GitHub signs. Idempotent:
 * a tag that already tags `object` is 'existing' (a rerun, or a twin run that
 * made its own tag object first); a tag on another object is an error, never
 * moved.
 */
async function createAnnotatedTag(gh, t) {
    const existing = async () => {
        const now = await readTag(gh, t.tag);
        if (now === undefined)
            return undefined;
        if (now.object !== t.object) {
            throw new GitHubError(`tag ${t.tag} already exists on ${now.object.slice(0, 12)}, not ${t.object.slice(0, 12)} — lockstep does not move an existing tag; delete it or choose another version`);
        }
        return { ...now, outcome: 'existing' };
    };
    const before = await existing();
    if (before)
        return before;
    const body = {
        owner: gh.owner,
        repo: gh.repo,
        tag: t.tag,
        message: t.message,
        object: t.object,
        type: t.type ?? 'commit',
        ...(t.tagger ? { tagger: { ...t.tagger } } : {}),
    };
    // As with commits: a repeat after a lost answer makes no second reachable object.
    const made = await createAgain(gh, `the tag object ${t.tag}`, async () => (await gh.octokit.request('POST /repos/{owner}/{repo}/git/tags', body)).data);
    const sha = field(made, 'sha', `the tag object ${t.tag}`);
    try {
        await createRef(gh, `refs/tags/${t.tag}`, sha);
    }
    catch (e) {
        // A twin run tagged the same commit with its own tag object between our read and our create.
        const raced = e instanceof GitHubError ? await existing() : undefined;
        if (raced)
            return raced;
        throw e;
    }
    return { sha, object: t.object, outcome: 'created', verified: made.verification?.verified === true };
}

;// CONCATENATED MODULE: ./packages/core/src/github/replay.ts





/** `1714557600 +0200` → `2024-05-01T12:00:00+02:00`: the same moment and offset, as the API takes it. */
function isoFromGit(stored) {
    const m = /^(\d+) ([+-])(\d{2})(\d{2})$/.exec(stored.trim());
    if (!m)
        throw new Error(`not a git date: ${JSON.stringify(stored)}`);
    const minutes = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
    const local = new Date((Number(m[1]) + minutes * 60) * 1000).toISOString().replace(/\.\d{3}Z$/, '');
    return minutes === 0 ? `${local}Z` : `${local}${m[2]}${m[3]}:${m[4]}`;
}
async function readCommit(git, sha) {
    const text = await (0,git_commits/* catCommit */.Qq)(git, sha);
    const split = text.indexOf('\n\n');
    const head = text.slice(0, split < 0 ? text.length : split).split('\n');
    const value = (key) => head.filter((l) => l.startsWith(`${key} `)).map((l) => l.slice(key.length + 1));
    const [authorLine] = value('author');
    const who = /^(.*) <(.*)> (\d+ [+-]\d{4})$/.exec(authorLine ?? '');
    if (!who)
        throw new Error(`commit ${sha} has no readable author`);
    if (value('encoding').some((e) => !/^utf-?8$/i.test(e)))
        throw new errors/* UserError */.yo(`commit ${sha.slice(0, 12)} is not UTF-8 encoded; the GitHub API takes UTF-8 messages only`);
    return {
        tree: value('tree')[0],
        parents: value('parent'),
        author: { name: who[1], email: who[2], date: isoFromGit(who[3]) },
        message: split < 0 ? '' : text.slice(split + 2),
    };
}
/** The commit's change against its parent as file changes (reading each blob); a file over the blob limit fails here. */
async function changesOf(git, parent, sha) {
    const diff = await (0,git_commits/* rawDiffTree */.E8)(git, parent, sha);
    if (diff.code !== 0)
        throw new Error(`git diff-tree failed (exit ${diff.code}): ${diff.stderr.trim()}`);
    const out = [];
    for (const c of (0,objects/* parseRawDiff */.LP)(diff.stdout.toString('utf8'))) {
        if (c.status === 'D') {
            out.push({ kind: 'delete', path: c.path });
            continue;
        }
        if (c.newMode === '160000')
            throw new errors/* UserError */.yo(`cannot publish ${c.path} through the GitHub API: it is a submodule`);
        const size = await (0,git_commits/* blobSize */.LE)(git, c.newOid);
        // Sized before it is read: a file over the limit is never loaded.
        if (size > MAX_BLOB_BYTES)
            throw tooLarge(c.path, size);
        const blob = await (0,git_commits/* catBlob */.sf)(git, c.newOid);
        if (blob.code !== 0)
            throw new Error(`git cat-file failed (exit ${blob.code}): ${blob.stderr.trim()}`);
        if (c.newMode === '120000')
            out.push({ kind: 'symlink', path: c.path, target: blob.stdout.toString('utf8') });
        else
            out.push({ kind: 'file', path: c.path, content: blob.stdout, executable: c.newMode === '100755' });
    }
    return out;
}
/**
 * Publishes local commits (oldest first, a straight line on `parent`, a
 * commit GitHub has) to `branch` through the API, then moves the branch
 * under the lease `expected` (see moveBranch). Every commit is read and
 * checked (one parent, UTF-8, no submodule, the blob size limit) before the
 * first write. Kept human commits are recreated with their author and dates
 * and `committer` (lockstep's identity) as committer; lockstep's own are
 * authored and signed by GitHub. 'stale': the branch moved — refetch,
 * rebuild the local commits and call again; the API commits made are on no ref.
 */
async function publishLocalCommits(gh, git, p) {
    const planned = [];
    let previous = p.parent;
    for (const local of p.commits) {
        const raw = await readCommit(git, local.sha);
        if (raw.parents.length !== 1 || raw.parents[0] !== previous) {
            throw new Error(`publishLocalCommits: ${local.sha.slice(0, 12)} is not the only child of ${previous.slice(0, 12)}; the commits must form a straight line on the parent`);
        }
        planned.push({ local, raw, changes: await changesOf(git, previous, local.sha) });
        previous = local.sha;
    }
    let head = p.parent;
    let tree = await (0,git_commits/* treeIdOf */.bR)(git, p.parent);
    const published = [];
    for (const { local, raw, changes } of planned) {
        const people = local.keepAuthor ? { author: raw.author, committer: { name: p.committer.name, email: p.committer.email } } : {};
        const made = await createCommit(gh, { baseTree: tree, parents: [head], message: raw.message, changes, ...people });
        if (made.tree !== raw.tree) {
            throw new GitHubError(`GitHub made tree ${made.tree.slice(0, 12)} for ${local.sha.slice(0, 12)}, whose tree is ${raw.tree.slice(0, 12)} — the branch was not moved`);
        }
        published.push({ ...made, local: local.sha, keptAuthor: local.keepAuthor });
        head = made.sha;
        tree = made.tree;
    }
    // No commits: the branch is set to the parent itself (a branch reset to its base), under the same lease.
    const outcome = await moveBranch(gh, { branch: p.branch, sha: head, expected: p.expected, fastForward: p.expected === p.parent });
    return { outcome, head, commits: published };
}

;// CONCATENATED MODULE: ./packages/core/src/github/branch-publisher.ts




// commit-mode api: the publish round of git mode (fetch, the generated commit
// built locally with plumbing, others' commits re-applied, the lease) with
// one step swapped — instead of `git push`, the round's local commits are
// written again through the Git Database API and the branch moved by a
// guarded ref update. Nothing is pushed; the work tree, index and HEAD stay
// untouched as in git mode.
/** Requests a commit costs besides one blob per changed file: its tree and the commit itself. */
const PER_COMMIT = 2;
/** The ref's reads and update (a rebuilt branch: the repository's node id, then GraphQL's updateRefs), with room for a re-read after a lost answer. */
const PER_PUSH = 6;
/** The round's local commits, oldest first: `base..sha` along first parents (a straight line: the generated commit, then the re-applied ones). */
async function roundCommits(git, round, sha) {
    return (0,git_commits/* firstParentsSince */.mM)(git, round.base, sha);
}
/** The requests writing `commits` through the API takes: a blob per changed path (at most), a tree and a commit each, and the ref. */
async function requestsNeeded(git, parent, commits) {
    let total = PER_PUSH;
    let previous = parent;
    for (const c of commits) {
        total += (await (0,git_commits/* changedPaths */.vl)(git, previous, c)).length + PER_COMMIT;
        previous = c;
    }
    return total;
}
/**
 * The BranchPublisher of commit-mode api: git/publish.ts's calls for
 * fetching, building and re-applying (local objects only), and a push that
 * is publishLocalCommits — lockstep's generated commit authored and signed by
 * GitHub (Verified), others' commits recreated with their author and dates
 * and `committer` as committer (unsigned: a signature they had does not carry over). The
 * request budget grows by what the commits need. A branch that moved since
 * it was read answers 'stale', which the publish round treats as git mode's
 * stale lease: fetch again and rebuild.
 */
function apiBranchPublisher(git, gh, o) {
    // Every commit is written again through GitHub here: one of someone else's loses its signature either way (as before).
    const local = (0,generated_branch/* branchPublisher */.l)(git, o.remote, { keepSignatures: false });
    return {
        fetchBranch: local.fetchBranch,
        commitFiles: local.commitFiles,
        commitsAfterGenerated: local.commitsAfterGenerated,
        replayCommits: local.replayCommits,
        async pushBranch(branch, sha, expected, round) {
            if (!round)
                throw new Error('apiBranchPublisher: pushBranch needs the round (its base and generated commit)');
            const commits = await roundCommits(git, round, sha);
            gh.extendBudget?.(await requestsNeeded(git, round.base, commits));
            const r = await publishLocalCommits(gh, git, {
                branch,
                expected,
                parent: round.base,
                commits: commits.map((c) => ({ sha: c, keepAuthor: c !== round.generated })),
                committer: o.committer,
            }).catch((e) => {
                // A refused token is the user's to fix: one line naming the permission.
                throw (gitHubUserError(e, {
                    what: `GitHub refused to write the commits of ${branch} through its API`,
                    hint: 'commit-mode api needs a token with contents: write (GITHUB_TOKEN or a GitHub App token)',
                }) ?? e);
            });
            if (r.outcome === 'stale')
                return { ok: false, reason: 'stale', detail: `${branch} moved on GitHub after it was read` };
            return {
                ok: true,
                updated: r.outcome !== 'unchanged',
                head: r.head,
                commits: r.commits.map((c) => ({ sha: c.sha, local: c.local, verified: c.verified, reason: c.reason, keptAuthor: c.keptAuthor })),
            };
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __webpack_require__(7841);
;// CONCATENATED MODULE: ./packages/core/src/github/pulls.ts


const pulls_realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sleepOf = (gh) => gh.sleep ?? pulls_realSleep;
const clean = (gh, text) => (gh.redact ? gh.redact(text) : text);
/** GitHub refuses PR, issue and comment bodies longer than this (422 "body is too long"). */
const MAX_BODY = cap/* BODY_CAP */.ix;
/**
 * `body` cut at a line break to fit GitHub's `limit`, with a closing line
 * saying so (notes for thousands of commits exceed it). Unchanged when it fits.
 */
function fitBody(body, limit = MAX_BODY) {
    if (body.length <= limit)
        return body;
    const note = `\n\n… truncated to fit GitHub's ${limit}-character limit`;
    const room = limit - note.length;
    const cut = body.lastIndexOf('\n', room);
    return `${body.slice(0, cut > room / 2 ? cut : room)}${note}`;
}
/** Maps a REST pull request object. */
function toPullRef(p) {
    return {
        number: p.number,
        url: p.html_url,
        nodeId: p.node_id,
        head: p.head?.ref,
        headSha: p.head?.sha,
        base: p.base?.ref,
        title: p.title ?? '',
        body: p.body ?? '',
        draft: Boolean(p.draft),
        labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)),
        state: p.state === 'closed' ? 'closed' : 'open',
        merged: Boolean(p.merged || p.merged_at),
        ...(p.merged_at ? { mergedAt: p.merged_at } : {}),
        ...(p.merged_at && p.merge_commit_sha ? { mergeCommitSha: p.merge_commit_sha } : {}),
        fromFork: !p.head?.repo || !p.base?.repo || p.head.repo.full_name.toLowerCase() !== p.base.repo.full_name.toLowerCase(),
    };
}
/** Open pull requests in the client's repository matching every given filter (branch exact, branch prefix, label, base). */
async function findOpenPulls(gh, q) {
    const params = {
        owner: gh.owner,
        repo: gh.repo,
        state: 'open',
        per_page: 100,
    };
    // GitHub filters by head only as `owner:branch`; the other filters are applied here.
    if (q.branch !== undefined)
        params.head = `${gh.owner}:${q.branch}`;
    if (q.base !== undefined)
        params.base = q.base;
    const all = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/pulls', params));
    return all
        .map(toPullRef)
        .filter((p) => p.state === 'open' &&
        (q.branch === undefined || p.head === q.branch) &&
        (q.base === undefined || p.base === q.base) &&
        (q.branchPrefix === undefined || p.head.startsWith(q.branchPrefix)) &&
        (q.label === undefined || p.labels.includes(q.label)));
}
/** One pull request by number. */
async function getPull(gh, number) {
    const { data } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
    });
    return toPullRef(data);
}
/**
 * Calls `fn`, and again (bounded, with waits) when GitHub has not caught up
 * with an object created a moment ago: GraphQL's "Could not resolve to a
 * node", or a 404/422 saying the same over REST.
 */
async function retryFresh(gh, what, fn, attempts = 4) {
    for (let i = 1;; i++) {
        try {
            return await fn();
        }
        catch (e) {
            if (i >= attempts || !isNotYetVisible(e))
                throw e;
            gh.log?.(`${what}: GitHub does not see the new object yet; trying again (${i}/${attempts - 1})`);
            await sleepOf(gh)(1000 * i);
        }
    }
}
function isNotYetVisible(e) {
    const text = e instanceof GitHubError ? `${e.apiMessage ?? ''} ${e.message}` : String(e?.message ?? e);
    return /could not resolve to a node/i.test(text);
}
/**
 * Opens the pull request branch → base, or brings the open one up to date.
 * Idempotent: an open PR for the branch is found first; a create whose answer
 * was lost (5xx, no answer) or that GitHub answers 422 "already exists" looks
 * the PR up and verifies it instead of failing or duplicating. Labels and
 * reviewers are added only when missing.
 */
async function upsertPull(gh, p) {
    const warnings = [];
    p = { ...p, body: fitBody(p.body) };
    let pull = (await findOpenPulls(gh, { branch: p.branch, base: p.base }))[0];
    let created = false;
    if (!pull) {
        const findOpen = async () => (await findOpenPulls(gh, { branch: p.branch, base: p.base }))[0];
        ({ value: pull } = await createOrFind(gh, `pull request for ${clean(gh, p.branch)}`, async () => {
            const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/pulls', {
                owner: gh.owner,
                repo: gh.repo,
                head: p.branch,
                base: p.base,
                title: p.title,
                body: p.body,
                draft: p.draft ?? false,
            });
            return toPullRef(data);
        }, async (alreadyExists) => {
            const found = await findOpen();
            if (found || !alreadyExists)
                return found;
            // GitHub says it exists but its list lags behind its write: look once more after a moment.
            await sleepOf(gh)(1000);
            return findOpen();
        }));
        // Created, or found after a failed create: it was not there when we looked a moment ago, so it is this
        // run's create that landed (or a twin run's); either way it is verified below like every found PR.
        created = true;
    }
    let changed = false;
    if (pull.title !== p.title || normaliseBody(pull.body) !== normaliseBody(p.body)) {
        const { data } = await gh.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: pull.number,
            title: p.title,
            body: p.body,
        });
        pull = toPullRef(data);
        changed = true;
    }
    const missingLabels = (p.labels ?? []).filter((l) => !pull.labels.includes(l));
    if (missingLabels.length) {
        const number = pull.number;
        const { data } = await retryFresh(gh, `labelling #${number}`, () => gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            owner: gh.owner,
            repo: gh.repo,
            issue_number: number,
            labels: missingLabels,
        }));
        pull = { ...pull, labels: data.map((l) => l.name) };
        changed = true;
    }
    if (p.reviewers?.length) {
        const asked = await requestMissingReviewers(gh, pull.number, p.reviewers, created, warnings);
        changed ||= asked;
    }
    const outcome = created ? 'created' : changed ? 'updated' : 'unchanged';
    return { pull, outcome, warnings };
}
// GitHub stores bodies with CRLF when they were edited in the browser.
const normaliseBody = (s) => s.replace(/\r\n/g, '\n').trimEnd();
/**
 * Requests reviews on a PR this run opened. On an existing PR the reviewers
 * are the humans' business: someone who already reviewed is no longer
 * "requested", and asking again would re-request their review, so only names
 * never asked (not currently requested) are added, and only while nobody from
 * the list has been asked yet (a create whose reviewer request failed).
 */
async function requestMissingReviewers(gh, number, reviewers, fresh, warnings) {
    const users = reviewers.filter((r) => !r.includes('/')).map((r) => r.replace(/^@/, ''));
    const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.replace(/^@/, '').split('/').pop());
    if (!fresh) {
        const { data: requested } = await gh.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: number,
        });
        const asked = new Set([
            ...(requested.users ?? []).map((u) => String(u.login).toLowerCase()),
            ...(requested.teams ?? []).map((t) => String(t.slug).toLowerCase()),
        ]);
        if ([...users, ...teams].some((n) => asked.has(n.toLowerCase())))
            return false;
    }
    if (!users.length && !teams.length)
        return false;
    try {
        await retryFresh(gh, `requesting reviewers on #${number}`, () => gh.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            owner: gh.owner,
            repo: gh.repo,
            pull_number: number,
            ...(users.length ? { reviewers: users } : {}),
            ...(teams.length ? { team_reviewers: teams } : {}),
        }));
        return true;
    }
    catch (e) {
        // The PR stands; a reviewer GitHub will not accept (the author, not a collaborator) is worth a warning, not a failed run.
        if (e instanceof GitHubError && e.status === 422) {
            warnings.push(`could not request reviews from ${[...users, ...teams].join(', ')} on #${number}: ${e.apiMessage ?? e.message}`);
            return false;
        }
        throw e;
    }
}
/** Closes a pull request, first leaving `comment` on it (once, even across reruns). */
async function closePull(gh, number, comment) {
    if (comment !== undefined)
        await commentOnce(gh, number, comment, 'closed');
    await gh.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
        state: 'closed',
    });
}
/** The invisible line that identifies lockstep's comment of one kind. */
function commentMarker(marker) {
    if (!/^[A-Za-z0-9._:/-]+$/.test(marker))
        throw new GitHubError(`comment marker '${marker}' may hold only letters, digits and . _ : / -`);
    return `<!-- lockstep:${marker} -->`;
}
/** lockstep's last comment on `number` carrying `tag` (its id and body), or undefined. */
async function findMarkedComment(gh, number, tag) {
    // Each comment passed the client's reply check: its id is a JSON integer (the schema allows a bigint for int64 ids).
    const comments = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: number,
        per_page: 100,
    }));
    const mine = comments.filter((c) => typeof c.body === 'string' && c.body.includes(tag));
    const last = mine[mine.length - 1];
    return last ? { id: last.id, body: last.body } : undefined;
}
/**
 * Leaves one comment of kind `marker` on issue/PR `number`: created the first
 * time, edited when the text changed, left alone otherwise — reruns and
 * retried creates never duplicate it.
 */
async function commentOnce(gh, number, body, marker) {
    const tag = commentMarker(marker);
    const full = `${fitBody(body.trimEnd(), MAX_BODY - tag.length - 2)}\n\n${tag}`;
    const existing = await findMarkedComment(gh, number, tag);
    if (existing) {
        if (normaliseBody(existing.body) === normaliseBody(full))
            return 'unchanged';
        await gh.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner: gh.owner,
            repo: gh.repo,
            comment_id: existing.id,
            body: full,
        });
        return 'updated';
    }
    // Comments have no natural key GitHub could reject a duplicate by, so a blind
    // retry of the POST could post twice: after a 5xx or lost answer the marker
    // is looked up first, and the POST repeated (bounded) only when it is absent.
    for (let attempt = 1;; attempt++) {
        try {
            await retryFresh(gh, `commenting on #${number}`, () => gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: gh.owner,
                repo: gh.repo,
                issue_number: number,
                body: full,
                request: { retries: 0 },
            }));
            return 'created';
        }
        catch (e) {
            if (!mayHaveLanded(e))
                throw e;
            if (await findMarkedComment(gh, number, tag))
                return 'created';
            if (attempt >= COMMENT_ATTEMPTS)
                throw e;
            await sleepOf(gh)(1000 * attempt ** 2);
        }
    }
}
const COMMENT_ATTEMPTS = 3;
/** Pull requests associated with a commit (GET /repos/{o}/{r}/commits/{sha}/pulls), merged ones included. */
async function pullsForCommit(gh, sha) {
    const all = (await gh.octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner: gh.owner,
        repo: gh.repo,
        commit_sha: sha,
        per_page: 100,
    }));
    return all.map(toPullRef);
}
/** Deletes refs/heads/<branch>; a branch that is already gone (404/422) is fine. */
async function deleteBranch(gh, branch) {
    try {
        await gh.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner: gh.owner, repo: gh.repo, ref: `heads/${branch}` });
    }
    catch (e) {
        if (e instanceof GitHubError && (e.status === 404 || e.status === 422))
            return;
        throw e;
    }
}
const AUTO_MERGE = (/* unused pure expression or super */ null && (`mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { enabledAt mergeMethod } }
  }
}`));
/**
 * Turns on auto-merge (GraphQL enablePullRequestAutoMerge). A repository that
 * does not allow it, a PR already mergeable ("clean status") and similar
 * refusals come back as enabled:false with GitHub's reason; "Could not
 * resolve to a node" right after the PR was created is retried, bounded.
 */
async function enableAutoMerge(gh, pull, method = 'MERGE') {
    let reason = '';
    for (let i = 1; i <= AUTO_MERGE_ATTEMPTS; i++) {
        let messages;
        try {
            const r = await graphql(gh, AUTO_MERGE, { pullRequestId: pull.nodeId, mergeMethod: method });
            if (!r.errors?.length)
                return { enabled: true };
            messages = r.errors.map((e) => e.message);
        }
        catch (e) {
            // GitHub (and the double) may also answer the lag with HTTP 422; anything else is a real failure.
            if (!isNotYetVisible(e))
                throw e;
            messages = [e.apiMessage ?? e.message];
        }
        reason = clean(gh, messages.join('; '));
        if (!messages.some((m) => /could not resolve to a node/i.test(m)) || i === AUTO_MERGE_ATTEMPTS)
            break;
        gh.log?.(`auto-merge for #${pull.number}: GitHub does not see the new pull request yet; trying again (${i}/${AUTO_MERGE_ATTEMPTS - 1})`);
        await sleepOf(gh)(1000 * i);
    }
    return { enabled: false, reason };
}
const AUTO_MERGE_ATTEMPTS = 4;
const READY_FOR_REVIEW = (/* unused pure expression or super */ null && (`mutation($pullRequestId: ID!) {
  markPullRequestReadyForReview(input: { pullRequestId: $pullRequestId }) {
    pullRequest { number isDraft }
  }
}`));
/**
 * Takes a draft pull request out of draft (GraphQL markPullRequestReadyForReview:
 * REST cannot change `draft`). GitHub merges no draft, so auto-merge on a
 * draft would wait for ever. A refusal comes back as ready:false with
 * GitHub's reason.
 */
async function markReadyForReview(gh, pull) {
    const r = await graphql(gh, READY_FOR_REVIEW, { pullRequestId: pull.nodeId });
    if (!r.errors?.length)
        return { ready: true };
    return { ready: false, reason: clean(gh, r.errors.map((e) => e.message).join('; ')) };
}

// EXTERNAL MODULE: ./packages/core/src/trail/trail.ts
var trail = __webpack_require__(1062);
;// CONCATENATED MODULE: ./packages/core/src/trail/notify.ts
// Leaves the trail on source pull requests: for each one, its lockstep trail
// comment read back, the step merged in, and written once (created, edited in
// place, or left alone) through commentOnce, whose create is looked up after a
// 5xx rather than repeated. A number that is not a merged pull request (an
// issue cited in a changelog) gets nothing.



/** Pull requests commented on per run at most: a huge release still ends in bounded time. */
const MAX_PULLS = 100;
/** Adds `step` to the trail comment of every merged pull request in `pulls` (excluding `except`, e.g. the release PR itself). */
async function leaveTrail(gh, pulls, step, except = []) {
    const out = { created: [], updated: [], unchanged: [], skipped: [], failed: [] };
    const targets = [...new Set(pulls)].filter((n) => !except.includes(n)).sort((a, b) => a - b);
    for (const n of targets.slice(0, MAX_PULLS)) {
        try {
            const pull = await getPull(gh, n).catch((e) => {
                if (e instanceof GitHubError && (e.status === 404 || e.status === 410))
                    return undefined;
                throw e;
            });
            if (!pull?.merged) {
                out.skipped.push(n);
                continue;
            }
            const existing = await findMarkedComment(gh, n, commentMarker(trail/* TRAIL_MARKER */.KP));
            out[await commentOnce(gh, n, (0,trail/* trailBody */.D2)(existing?.body, step), trail/* TRAIL_MARKER */.KP)].push(n);
        }
        catch (e) {
            out.failed.push(`#${n}: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    if (targets.length > MAX_PULLS)
        out.failed.push(`${targets.length - MAX_PULLS} more pull requests were not commented on (at most ${MAX_PULLS} per run)`);
    return out;
}

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
        throw new GitHubError(`GitHub's answer for the draft release carries no usable upload_url ('${uploadUrl}'); no asset was sent`);
    const api = new URL(String(gh.octokit.request.endpoint.DEFAULTS.baseUrl));
    const upload = new URL(uploadUrl.replace(/\{[^}]*\}$/, ''));
    const same = upload.origin === api.origin;
    const dotCom = api.origin === 'https://api.github.com' && upload.origin === 'https://uploads.github.com';
    if (!same && !dotCom)
        throw new GitHubError(`GitHub answered an upload address on ${upload.host}, not on ${api.host} or its uploads host; the release assets were not sent there`);
    return uploadUrl;
}
/** Uploads `file` to the draft (GitHub's upload route, `upload_url`); a lost answer is looked up by name and size, never sent twice. */
async function upload(gh, draftId, uploadUrl, file) {
    const data = (0,external_node_fs_.readFileSync)(file.path);
    await createOrFind(gh, `release asset ${file.name}`, async () => {
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
    return orNotFound(async () => toReleaseRef((await gh.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner: gh.owner, repo: gh.repo, tag })).data));
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
    const { value } = await createOrFind(gh, `draft release ${r.tag}`, async () => {
        const { data } = await gh.octokit.request('POST /repos/{owner}/{repo}/releases', {
            owner: gh.owner,
            repo: gh.repo,
            tag_name: r.tag,
            name: r.name,
            body: fitBody(r.body, MAX_RELEASE_BODY),
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
    const { value, found } = await createOrFind(gh, `release ${draft.tag}`, async () => {
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
    if (!(e instanceof GitHubError) || e.status !== 422 || !/used by an immutable release/.test(e.apiMessage ?? ''))
        return undefined;
    return new GitHubError(`GitHub refuses to publish the release ${tag}: an immutable release used that tag before and was deleted, and GitHub never lets such a tag be used again — release a later version (the draft ${tag} this run made or found is left for you to delete)`, 422, e.apiMessage);
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
    const reason = readOnlyTokenReason(readRunContext(env));
    if (reason)
        throw new errors/* UserError */.yo(reason, { hint: (0,errors/* words */.aL) `run prepare-release with ${(0,errors/* named */.KT)('dry-run', 'true')} on pull requests (the default there)` });
    if (!s.repository)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set', {
            hint: 'run inside GitHub Actions, or set it to owner/name',
            cliHint: 'export GITHUB_REPOSITORY=owner/name (origin is not a GitHub URL it can be read from)',
        });
    // Each retry of an unanswered request is said in the log, not only in the debug log: the wait is visible.
    const gh = (services.github ?? gitHubOpener(token, env))(s.repository, { log: out.debug, notice: (l) => log.info(l) });
    // A refused token (missing permission, repository setting) or an unreachable API (GITHUB_API_URL, proxy)
    // is the user's to fix: one line, no stack.
    const user = (p) => p.catch((e) => {
        throw gitHubUserError(e) ?? e;
    });
    const api = {
        findOpenPulls: (q) => user(findOpenPulls(gh, q)),
        upsertPull: (p) => user(upsertPull(gh, p)),
        closePull: (n, c) => user(closePull(gh, n, c)),
        matchingRefs: (prefix) => user(matchingRefs(gh, prefix)),
        commentOnce: (n, b, m) => user(commentOnce(gh, n, b, m)),
        pullsForCommit: (sha) => user(pullsForCommit(gh, sha)),
        deleteBranch: (b) => user(deleteBranch(gh, b)),
        getReleaseByTag: (t) => user(getReleaseByTag(gh, t)),
        createRelease: (r) => user(createRelease(gh, r)),
        leaveTrail: (pulls, step, except) => leaveTrail(gh, pulls, step, except),
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
        const made = await createAnnotatedTag(gh, { tag, object: target, message: message.endsWith('\n') ? message : `${message}\n` });
        return { outcome: made.outcome, verified: made.verified };
    };
    return {
        ...apiBranchPublisher(git, gh, { committer: s.committer, remote: REMOTE }),
        pushTag: async (tag, target, message) => (await tagThroughApi(tag, target, message)).outcome,
        tagThroughApi,
    };
}


/***/ })

};

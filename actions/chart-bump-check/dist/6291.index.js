export const id = 6291;
export const ids = [6291];
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


/***/ })

};

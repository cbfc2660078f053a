export const id = 3325;
export const ids = [3325];
export const modules = {

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

/***/ 44646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bF: () => (/* binding */ chartTag)
});

// UNUSED EXPORTS: HELM_CHART_MEDIA_TYPE, HELM_CONFIG_MEDIA_TYPE, helmManifest, pushChart

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/registry/manifest.ts
var manifest = __webpack_require__(78372);
;// CONCATENATED MODULE: ./packages/core/src/registry/cosign-sign.ts



/** RSA keys shorter than this are refused: such moduli are within reach of factoring. */
const MIN_RSA_BITS = 2048;
// A key-based cosign signature, written the way `cosign sign --key` writes one so that cosign (and
// promote-env's verifier) reads it: the simple-signing payload (sigstore/sigstore pkg/signature/payload:
// {"critical":{"identity":{"docker-reference":…},"image":{"docker-manifest-digest":…},"type":"cosign
// container image signature"},"optional":null}, Go's json.Marshal of that struct, so exactly these bytes),
// signed with the key (ECDSA P-256 over SHA-256 as ASN.1 DER, RSA PKCS#1 v1.5 over SHA-256, or Ed25519 over
// the payload itself), base64 in the layer annotation `dev.cosignproject.cosign/signature`, in an OCI
// image manifest tagged `sha256-<hex>.sig` in the signed artifact's repository (cosign's tag convention).
/** The media type of a simple-signing payload layer. */
const cosign_sign_SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** The layer annotation holding the base64 signature. */
const cosign_sign_SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** The tag cosign stores a digest's signatures under: `sha256:abc…` → `sha256-abc….sig`. */
function cosign_sign_signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** The simple-signing payload for `repository` (registry/name, no tag) at `digest`, byte for byte as cosign writes it. */
function cosign_sign_simpleSigningPayload(repository, digest) {
    const payload = {
        critical: {
            identity: { 'docker-reference': repository },
            image: { 'docker-manifest-digest': digest },
            type: 'cosign container image signature',
        },
        optional: null,
    };
    return Buffer.from(JSON.stringify(payload));
}
/** A PEM private key read for signing; what cosign cannot verify (another curve, DSA, an encrypted key) is the input's error. */
function signingKey(pem) {
    let key;
    try {
        key = createPrivateKey(pem);
    }
    catch {
        throw new UserError('is not an unencrypted PEM private key', {
            input: 'signing-key',
            hint: 'give a PKCS#8 or SEC1 PEM key, e.g. from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` (cosign keys encrypted with a password are not read)',
        });
    }
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (type === 'rsa' && bits < MIN_RSA_BITS)
        throw new UserError(`is a ${bits}-bit RSA key; RSA keys need at least ${MIN_RSA_BITS} bits`, {
            input: 'signing-key',
            hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
        });
    if (type === 'ed25519' || type === 'rsa' || (type === 'ec' && curve === 'prime256v1'))
        return key;
    throw new UserError(`is a ${type === 'ec' ? `${curve} EC` : type} key; cosign verifies ECDSA P-256, RSA and Ed25519 keys`, {
        input: 'signing-key',
        hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
    });
}
/** The base64 signature of a payload, as cosign signs with each key type. */
function cosign_sign_signPayload(payload, key) {
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return sign(algorithm, payload, key).toString('base64');
}
/**
 * The manifest cosign pushes for a signature: an OCI image with one layer
 * per signature (the payload, annotated with the signature; `earlier` are the
 * layers already under the tag, kept as cosign appends), and the minimal image
 * config go-containerregistry writes for those layers.
 */
function cosign_sign_signatureArtifact(payload, signature, earlier = []) {
    const payloadDigest = digestOf(payload);
    const layers = [
        ...earlier,
        {
            mediaType: cosign_sign_SIMPLE_SIGNING_MEDIA_TYPE,
            size: payload.length,
            digest: payloadDigest,
            annotations: { [cosign_sign_SIGNATURE_ANNOTATION]: signature },
        },
    ];
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        config: {},
    }));
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: OCI_CONFIG, size: config.length, digest: digestOf(config) },
        layers,
    };
    return { config, payload, manifest: Buffer.from(JSON.stringify(manifest)), mediaType: OCI_MANIFEST };
}

;// CONCATENATED MODULE: ./packages/core/src/registry/chart-push.ts




// A chart pushed as `helm push` pushes it (helm/helm pkg/registry/client.go Push, constants.go): an OCI
// image manifest whose config is Chart.yaml's metadata as JSON (media type
// application/vnd.cncf.helm.config.v1+json) and whose one layer is the .tgz
// (application/vnd.cncf.helm.chart.content.v1.tar+gzip), tagged with the chart version ('+' written '_',
// as Helm does, since a tag cannot hold '+'), with the OCI annotations Helm derives from the metadata
// but no `created` time, which would change the digest on every run.
/** Helm's config media type. */
const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
/** Helm's chart layer media type. */
const HELM_CHART_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const chart_push_OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/** The tag of a chart version: Helm writes '+' (build metadata) as '_'. */
function chartTag(version) {
    return version.replace(/\+/g, '_');
}
/** The config blob and the manifest for a chart, byte for byte what every run writes for the same chart. */
function helmManifest(chart) {
    const config = Buffer.from(JSON.stringify(chart.metadata));
    const m = chart.metadata;
    // Helm's generateChartOCIAnnotations, less `created`; the chart's own annotations are not copied (Helm
    // copies them, but a free-form annotation is no part of what the digest should pin).
    const annotations = {};
    if (m.description)
        annotations['org.opencontainers.image.description'] = m.description;
    annotations['org.opencontainers.image.title'] = chart.name;
    annotations['org.opencontainers.image.version'] = chart.version;
    if (m.home)
        annotations['org.opencontainers.image.url'] = m.home;
    if (m.sources?.[0])
        annotations['org.opencontainers.image.source'] = m.sources[0];
    const manifest = {
        schemaVersion: 2,
        mediaType: chart_push_OCI_MANIFEST,
        config: { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: digestOf(config), size: config.length },
        layers: [{ mediaType: HELM_CHART_MEDIA_TYPE, digest: digestOf(chart.archive), size: chart.archive.length }],
        annotations: Object.fromEntries(Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    return { config, manifest: Buffer.from(JSON.stringify(manifest)) };
}
/**
 * Pushes one chart to `repo` (registry and repository, no tag) unless its
 * version is there already: the same chart archive there is left alone (a
 * rerun pushes nothing), another one is refused, since a published version
 * never changes. With a key, the chart's digest is signed as cosign signs.
 */
async function pushChart(client, repo, chart, opts) {
    const tag = chartTag(chart.version);
    const { config, manifest } = helmManifest(chart);
    const layer = digestOf(chart.archive);
    const existing = await client.fetchManifest(repo, tag);
    let status;
    let digest = digestOf(manifest);
    if (existing) {
        const there = chartLayer(existing.body);
        if (existing.digest !== digest && there !== layer && !(await storedSame(client, repo, existing.body, there, opts)))
            throw new UserError(`chart ${chart.name} ${chart.version} is already published at ${repo.registry}/${repo.repository}:${tag} with other content (its chart layer is ${there ?? 'missing'}, this one ${layer})`, {
                hint: 'a published version never changes: bump the chart version (bump-chart), then publish',
                cliHint: 'a published version never changes: bump the chart version (lockstep bump), then publish',
            });
        // The registry's digest is the one to record, even when only the manifest's annotations differ.
        digest = existing.digest;
        status = 'unchanged';
    }
    else if (opts.dryRun) {
        status = 'would-push';
    }
    else {
        await client.pushBlob(repo, chart.archive);
        await client.pushBlob(repo, config);
        digest = await client.pushManifest(repo, tag, manifest, chart_push_OCI_MANIFEST);
        await readBack(client, repo, tag, digest, `chart ${chart.name} ${chart.version}`);
        status = 'pushed';
    }
    const outcome = { status, digest, tag };
    if (opts.key)
        outcome.signature = await signChart(client, repo, digest, opts.key, opts.dryRun);
    return outcome;
}
/** Fetches a stored chart's archive and config for `sameChart`; without a judge, or with no chart layer, it is not the same. */
async function storedSame(client, repo, manifest, layer, opts) {
    const config = configDigest(manifest);
    if (!opts.sameChart || layer === undefined || config === undefined)
        return false;
    const [archive, configBlob] = await Promise.all([client.fetchBlob(repo, layer), client.fetchBlob(repo, config)]);
    return opts.sameChart({ archive, config: configBlob });
}
/** The config digest of a stored manifest, if it has one. */
function configDigest(body) {
    try {
        const d = JSON.parse(body.toString('utf8')).config?.digest;
        return typeof d === 'string' ? d : undefined;
    }
    catch {
        return undefined;
    }
}
/** The chart layer's digest in a stored manifest, if it has one. */
function chartLayer(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        const l = doc.layers?.find((x) => x.mediaType === HELM_CHART_MEDIA_TYPE);
        return typeof l?.digest === 'string' ? l.digest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Signs `digest` as `cosign sign --key` does and pushes the signature under
 * `sha256-<hex>.sig`, appending to the signatures already there (cosign
 * keeps one layer per signature). A signature by this key over this payload
 * already there is kept: a rerun pushes nothing.
 */
async function signChart(client, repo, digest, key, dryRun) {
    const tag = signatureTag(digest);
    const payload = simpleSigningPayload(`${repo.registry}/${repo.repository}`, digest);
    const existing = await client.fetchManifest(repo, tag);
    const layers = existing ? signatureLayers(existing.body) : [];
    const publicKey = createPublicKey(key);
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    for (const l of layers) {
        if (l.digest !== digestOf(payload) || typeof l.annotations?.[SIGNATURE_ANNOTATION] !== 'string')
            continue;
        if (verify(algorithm, payload, publicKey, Buffer.from(l.annotations[SIGNATURE_ANNOTATION], 'base64')))
            return { tag, status: 'unchanged' };
    }
    if (dryRun)
        return { tag, status: 'would-push' };
    const artifact = signatureArtifact(payload, signPayload(payload, key), layers);
    await client.pushBlob(repo, artifact.payload);
    await client.pushBlob(repo, artifact.config);
    await readBack(client, repo, tag, await client.pushManifest(repo, tag, artifact.manifest, artifact.mediaType), `the signature of ${digest}`);
    return { tag, status: 'pushed' };
}
/**
 * Reads `tag` back from the registry that was named after a push: a push the
 * registry acknowledged but does not serve under the tag (stored elsewhere,
 * dropped) is refused, so it is never reported or recorded as pushed.
 */
async function readBack(client, repo, tag, digest, what) {
    const stored = await client.fetchManifest(repo, tag);
    if (stored?.digest !== digest)
        throw new UserError(`${what}: the registry accepted the push, but ${repo.registry}/${repo.repository}:${tag} ${stored ? `resolves to ${stored.digest}` : 'does not exist'}, not the pushed ${digest}`, { hint: 'check the registry (a proxy or mirror in front of it may store pushes elsewhere); nothing was recorded' });
}
/** The simple-signing layers of a stored signature manifest (others are left out). */
function signatureLayers(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        return (doc.layers ?? []).filter((l) => l && l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE && typeof l.digest === 'string' && typeof l.size === 'number');
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 32632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  gl: () => (/* binding */ RegistryError)
});

// UNUSED EXPORTS: MANIFEST_MAX_BYTES, SMALL_BODY_MAX_BYTES

// EXTERNAL MODULE: ./packages/core/src/http/hosts.ts
var hosts = __webpack_require__(55901);
// EXTERNAL MODULE: ./packages/core/src/http/host-name.ts
var host_name = __webpack_require__(9492);
;// CONCATENATED MODULE: ./packages/core/src/registry/challenge.ts


/**
 * Parses a `WWW-Authenticate` header (RFC 9110 §11.6.1) into its challenges.
 * Quoted values may hold commas, `=` and backslash escapes; several
 * challenges may share one header, separated by commas. Malformed tails are
 * dropped rather than guessed at.
 */
function parseChallenges(header) {
    if (header === undefined)
        return [];
    const text = Array.isArray(header) ? header.join(', ') : header;
    const out = [];
    let i = 0;
    const n = text.length;
    const skipWs = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t'))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(text[i]))
            i++;
        return text.slice(start, i);
    };
    let current;
    while (i < n) {
        skipWs();
        if (text[i] === ',') {
            i++;
            continue;
        }
        const word = token();
        if (word === '') {
            // Not a token: skip one character so a stray byte cannot loop us.
            i++;
            continue;
        }
        skipWs();
        if (text[i] === '=' && current && text[i + 1] !== '=') {
            // auth-param of the current challenge
            i++;
            skipWs();
            let value = '';
            if (text[i] === '"') {
                i++;
                while (i < n && text[i] !== '"') {
                    if (text[i] === '\\' && i + 1 < n)
                        i++;
                    value += text[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                value = token();
            }
            current.params[word.toLowerCase()] = value;
            continue;
        }
        if (text[i] === '=' && !current) {
            // A parameter before any scheme: malformed, stop here.
            break;
        }
        // A new challenge: scheme [token68 | params]
        current = { scheme: word.toLowerCase(), params: {} };
        out.push(current);
        skipWs();
        // token68 (e.g. `Negotiate abc==`): a token followed by '=' padding and then a comma or the end.
        const save = i;
        const t68 = /^[A-Za-z0-9\-._~+/]+=*/.exec(text.slice(i));
        if (t68) {
            const after = text.slice(i + t68[0].length).trimStart();
            if ((after === '' || after.startsWith(',')) && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+=[^=]/.test(text.slice(i))) {
                current.params.token68 = t68[0];
                i += t68[0].length;
                continue;
            }
        }
        i = save;
    }
    return out;
}
/** Picks the challenge to answer: Bearer first (registries prefer it), then Basic. */
function chooseChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/**
 * Checks a Bearer token realm before anything is sent to it: an absolute
 * https URL (plain http only when both the registry and the realm are on
 * loopback, as in tests), not a link-local or metadata address. Returns the
 * URL or an explanation.
 */
function checkRealm(realm, registry) {
    if (!realm)
        return { problem: 'the Bearer challenge has no realm' };
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        return { problem: `token realm '${realm}' is not an absolute URL` };
    }
    if ((0,hosts/* isForbiddenHost */.i)(url.host))
        return { problem: `token realm ${url.origin} points at a link-local or metadata address; refusing to contact it` };
    if (url.protocol === 'https:')
        return { url };
    if (url.protocol === 'http:' && (0,host_name/* isLoopbackHost */.c)(url.host) && (0,host_name/* isLoopbackHost */.c)(registry))
        return { url };
    return { problem: `token realm ${url.origin} is not https; refusing to send credentials over ${url.protocol.replace(':', '')}` };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var transport = __webpack_require__(96291);
// EXTERNAL MODULE: ./packages/core/src/registry/manifest.ts
var manifest = __webpack_require__(78372);
;// CONCATENATED MODULE: ./packages/core/src/registry/diagnose.ts


/** `100;w=21600` → { count: 100, window: 21600 }. */
function parseQuota(value) {
    const m = /^\s*(\d+)\s*(?:;\s*w\s*=\s*(\d+))?/.exec(value ?? '');
    return m ? { count: Number(m[1]), window: m[2] === undefined ? undefined : Number(m[2]) } : {};
}
/**
 * Docker Hub's pull limit, when a 429 answer is Docker Hub's: it carries the
 * `ratelimit-*` / `docker-ratelimit-source` headers or a `TOOMANYREQUESTS`
 * error body. Undefined for any other answer (another registry's 429 is a
 * plain retryable status).
 */
function pullRateLimit(res) {
    if (res.status !== 429)
        return undefined;
    const limit = parseQuota((0,transport.header)(res, 'ratelimit-limit'));
    const remaining = parseQuota((0,transport.header)(res, 'ratelimit-remaining'));
    const hub = (0,transport.header)(res, 'docker-ratelimit-source') !== undefined ||
        limit.count !== undefined ||
        remaining.count !== undefined ||
        /"TOOMANYREQUESTS"/.test(res.body.toString('utf8', 0, 4096));
    if (!hub)
        return undefined;
    return { limit: limit.count, remaining: remaining.count, windowSeconds: remaining.window ?? limit.window };
}
function duration(seconds) {
    if (seconds >= 3600 && seconds % 3600 === 0)
        return `${seconds / 3600}h`;
    if (seconds >= 60 && seconds % 60 === 0)
        return `${seconds / 60}min`;
    return `${seconds}s`;
}
/**
 * The error text for Docker Hub's pull limit: what was hit, when it frees up
 * (a Retry-After, else the window), and how to get past it.
 */
function pullRateLimitMessage(host, rl, retryAfterMs, anonymous) {
    const quota = rl.remaining !== undefined && rl.limit !== undefined
        ? ` (${rl.remaining} of ${rl.limit} remaining${rl.windowSeconds ? ` per ${duration(rl.windowSeconds)}` : ''})`
        : rl.windowSeconds
            ? ` (per ${duration(rl.windowSeconds)})`
            : '';
    const resets = retryAfterMs !== undefined
        ? `it asked to retry after ${Math.ceil(retryAfterMs / 1000)} s`
        : rl.windowSeconds
            ? `the limit counts pulls over a rolling ${duration(rl.windowSeconds)} window, so pulls free up within ${duration(rl.windowSeconds)}`
            : 'Docker Hub did not say when the limit resets';
    const state = rl.remaining === undefined || rl.remaining === 0 ? 'is used up' : 'refused this pull';
    const message = `rate limited by ${host}: Docker Hub's pull rate limit ${state}${quota}${anonymous ? ' for anonymous pulls from this address' : ' for this account'}; ${resets}`;
    const elsewhere = 'or pull through a registry mirror (e.g. mirror.gcr.io) or copy the image to your own registry';
    if (!anonymous)
        return {
            message,
            hint: 'wait for the window to pass, use an account on a paid Docker plan, or pull through a registry mirror / copy the image to your own registry',
        };
    return {
        message,
        hint: `authenticate to Docker Hub (username/password inputs, or docker/login-action before this step): authenticated pulls have a higher limit; ${elsewhere}`,
        cliHint: `authenticate to Docker Hub (docker login, or --username with the password on --password-stdin): authenticated pulls have a higher limit; ${elsewhere}`,
    };
}
/** Amazon ECR's private registry hosts: `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`. */
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?(?::\d+)?$/i;
/** The AWS region of an ECR registry host, or undefined for any other host. */
function ecrRegion(host) {
    return ECR_HOST.exec(host)?.[2]?.toLowerCase();
}
/**
 * The error for ECR refusing a Basic password: ECR passwords are
 * authorization tokens that expire after 12 hours, so an old
 * `aws ecr get-login-password` output is the likely cause.
 */
function ecrExpiredMessage(registry, repository, region) {
    const role = `check the IAM role may call ecr:BatchGetImage on ${repository}`;
    return {
        message: `${registry} refused the password for ${repository}: the ECR credentials are likely expired (an ECR password from aws ecr get-login-password lasts 12 hours)`,
        hint: `get a fresh password in the same job — \`aws ecr get-login-password --region ${region}\` (or aws-actions/amazon-ecr-login) right before this step — and ${role}`,
        cliHint: `get a fresh password — \`aws ecr get-login-password --region ${region}\` piped to --password-stdin, or to docker login — and ${role}`,
    };
}
/** Docker's schema1 manifests (signed and unsigned), which lockstep does not pin. */
const SCHEMA1 = new Set([
    'application/vnd.docker.distribution.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
]);
/** The four manifest media types lockstep asks for. */
const ACCEPTED = new Set(Object.values(manifest/* MEDIA_TYPES */.Z2));
/**
 * Why a manifest answer cannot be pinned, or undefined when it can: a
 * schema1 manifest (by Content-Type or `schemaVersion: 1`), or a
 * Content-Type naming one manifest type while the body's `mediaType` names
 * another (what was hashed is not what the registry says it is). A missing or
 * generic Content-Type, or a body without `mediaType`, is not a disagreement.
 */
function mediaTypeProblem(contentType, body) {
    if (contentType !== undefined && SCHEMA1.has(contentType))
        return `unsupported media type ${contentType} (a Docker schema1 manifest, deprecated and not content-addressable by its digest)`;
    if (body === undefined)
        return undefined;
    let doc;
    try {
        doc = JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (doc?.schemaVersion === 1)
        return `unsupported media type: the manifest is Docker schema1 (schemaVersion 1), deprecated and not pinned by lockstep`;
    const declared = typeof doc?.mediaType === 'string' ? doc.mediaType : undefined;
    if (declared !== undefined && SCHEMA1.has(declared))
        return `unsupported media type ${declared} (a Docker schema1 manifest)`;
    if (contentType !== undefined && declared !== undefined && ACCEPTED.has(contentType) && contentType !== declared)
        return `unsupported media type: served as Content-Type ${contentType} but the manifest's mediaType is ${declared}`;
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/registry/retry.ts
var retry = __webpack_require__(66371);
;// CONCATENATED MODULE: ./packages/core/src/registry/client.ts







/** A failure talking to a registry; the message never holds a credential. */
class RegistryError extends Error {
    kind;
    /** How to fix it, when the failure knows better than a hint chosen by its kind. */
    hint;
    /** The same fix from a terminal, where it differs by more than the inputs' names (no workflow step to add). */
    cliHint;
    constructor(kind, message, hint, cliHint) {
        super(message);
        this.name = 'RegistryError';
        this.kind = kind;
        if (hint !== undefined)
            this.hint = hint;
        if (cliHint !== undefined)
            this.cliHint = cliHint;
    }
    /** The failure as the user's error: `what` before the registry's message, its own hint (and a terminal's) else `fallback`. */
    asUserError(what, fallback) {
        return new errors/* UserError */.yo(`${what}: ${this.message}`, { hint: this.hint ?? fallback, cliHint: this.cliHint });
    }
}
/** Docker Hub's pull limit hit in `send`; `request` turns it into a RegistryError once it knows whether we pulled anonymously. */
class PullLimitHit extends Error {
    host;
    limit;
    retryAfterMs;
    constructor(host, limit, retryAfterMs) {
        super(`rate limited by ${host}`);
        this.host = host;
        this.limit = limit;
        this.retryAfterMs = retryAfterMs;
    }
}
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
const SMALL_BODY_MAX_BYTES = 64 * 1024;
/** Tags asked for per page of a tag list, and the pages read at most. */
const TAG_PAGE = 1000;
const TAG_PAGES = 20;
/** The next page a tag list's `Link` header names (`<path?n=…&last=…>; rel="next"`), on the registry's own origin only. */
function nextPage(link, base) {
    const text = Array.isArray(link) ? link[0] : link;
    if (!text || !/;\s*rel="?next"?/.test(text))
        return undefined;
    const open = text.indexOf('<');
    const close = text.indexOf('>', open);
    if (open < 0 || close < 0)
        return undefined;
    const next = new URL(text.slice(open + 1, close), base);
    return next.origin === new URL(base).origin ? next.href : undefined;
}
/**
 * A small OCI Distribution client: resolves tags to digests with HEAD (one
 * round trip when the registry sends Docker-Content-Digest), answers Basic
 * and Bearer challenges, caches tokens per registry and scope, retries
 * 429/5xx/network failures with backoff, follows redirects itself and drops
 * credentials when one leaves the registry's origin.
 */
class RegistryClient {
    requests = [];
    transport;
    clock;
    retry;
    requestTimeoutMs;
    deadlineAt;
    deadlineMs;
    credentials;
    baseUrl;
    log;
    /** What each registry asked for on its first 401; absent = not yet challenged. */
    challenges = new Map();
    tokens = new Map();
    constructor(opts) {
        this.transport = opts.transport;
        this.clock = opts.clock ?? retry/* systemClock */.ml;
        this.retry = opts.retry ?? retry/* DEFAULT_RETRY */.vI;
        this.requestTimeoutMs = opts.requestTimeoutMs ?? 15000;
        this.deadlineMs = opts.deadlineMs ?? 120000;
        this.deadlineAt = this.clock.now() + this.deadlineMs;
        this.credentials = opts.credentials ?? (() => undefined);
        this.baseUrl = opts.baseUrl ?? reference/* registryBaseUrl */.mO;
        this.log = opts.log ?? (() => { });
    }
    /**
     * Resolves a reference to the digest to record. By default that is what
     * the tag (or pinned digest) names — the index for a multi-arch image; with
     * `platform`, it GETs the index and returns that platform's manifest.
     */
    async resolve(ref, platform) {
        const target = ref.digest ?? ref.tag ?? 'latest';
        const warnings = [];
        if (platform) {
            const res = await this.manifest(ref, 'GET', target);
            const digest = this.checkBody(ref, res, target);
            const mediaType = contentType(res) ?? bodyMediaType(res.body);
            if (!(0,manifest/* isIndexMediaType */.$$)(mediaType)) {
                // A single-platform image: its config says which platform it is built for.
                const built = await this.imagePlatform(ref, res.body, target);
                if (built.os !== platform.os ||
                    built.architecture !== platform.architecture ||
                    (platform.variant !== undefined && built.variant !== platform.variant))
                    throw new RegistryError('platform', `${target} is a single-platform image built for ${(0,manifest/* formatPlatform */.Bq)(built)}, not ${(0,manifest/* formatPlatform */.Bq)(platform)}`);
                if (ref.digest && ref.tag)
                    await this.compareTag(ref, digest, warnings);
                return { digest, mediaType, isIndex: false, platform: (0,manifest/* formatPlatform */.Bq)(built), warnings };
            }
            let sel;
            try {
                sel = (0,manifest/* selectPlatform */.md)(res.body, platform);
            }
            catch (e) {
                throw new RegistryError(e instanceof manifest/* PlatformNotFoundError */.zz ? 'platform' : 'invalid', e.message);
            }
            if (!(0,reference/* isDigest */.Bc)(sel.digest))
                throw new RegistryError('invalid', `the index lists ${sel.platform} with a malformed digest`);
            if (ref.digest && ref.tag)
                await this.compareTag(ref, digest, warnings);
            return { digest: sel.digest, isIndex: false, indexDigest: digest, platform: sel.platform, warnings };
        }
        const head = await this.manifest(ref, 'HEAD', target);
        let digest = (0,transport.header)(head, 'docker-content-digest');
        let mediaType = contentType(head);
        this.checkMediaType(ref, target, mediaType, undefined);
        if (!digest || !(0,reference/* isDigest */.Bc)(digest)) {
            this.log(`${(0,reference/* formatReference */.FH)(ref)}: no Docker-Content-Digest on HEAD; fetching the manifest to hash it`);
            const res = await this.manifest(ref, 'GET', target);
            digest = this.checkBody(ref, res, target);
            mediaType = contentType(res) ?? bodyMediaType(res.body);
        }
        else if (ref.digest && digest !== ref.digest) {
            throw new RegistryError('mismatch', `the registry answered ${digest} for the pinned digest ${ref.digest}`);
        }
        if (ref.digest && ref.tag)
            await this.compareTag(ref, digest, warnings);
        return { digest, mediaType, isIndex: (0,manifest/* isIndexMediaType */.$$)(mediaType), warnings };
    }
    /** A manifest by tag or digest, its bytes checked against a requested digest; a RegistryError (kind not-found) when there is none. */
    async manifestAt(ref, target, accept = manifest/* MANIFEST_ACCEPT */.dY) {
        const res = await this.request(ref, 'manifests', 'GET', target, { Accept: accept });
        const digest = this.checkBody({ ...ref, digest: (0,reference/* isDigest */.Bc)(target) ? target : undefined }, res, target);
        return { body: res.body, digest, mediaType: contentType(res) ?? bodyMediaType(res.body) };
    }
    /**
     * A manifest by tag or digest, or undefined when the registry has none
     * there (404). For the artifacts stored beside an image (signatures,
     * attestations, a chart version about to be published).
     */
    async fetchManifest(ref, target, accept = manifest/* MANIFEST_ACCEPT */.dY) {
        try {
            return await this.manifestAt(ref, target, accept);
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                return undefined;
            throw e;
        }
    }
    /** A blob of `ref`'s repository (at most 4 MiB), verified against its digest. */
    async fetchBlob(ref, digest, mediaType) {
        if (!(0,reference/* isDigest */.Bc)(digest))
            throw new RegistryError('invalid', `${refName(ref, digest)}: not a digest`);
        const res = await this.request(ref, 'blobs', 'GET', digest, { Accept: mediaType ?? '*/*' });
        const got = (0,manifest/* digestOf */.ol)(res.body, digest.slice(0, digest.indexOf(':')));
        if (got !== digest)
            throw new RegistryError('mismatch', `the blob served for ${digest} hashes to ${got}`);
        return res.body;
    }
    /**
     * Every tag of `ref`'s repository (`GET /v2/<name>/tags/list`), page after page as the registry's `Link: <…>;
     * rel="next"` leads (same host only), at most TAG_PAGES pages of TAG_PAGE tags: what a chart's semver range is
     * resolved against, as helm-controller and Argo CD list it.
     */
    async tags(ref) {
        const base = this.baseUrl(ref.registry);
        let url = `${base}/v2/${ref.repository}/tags/list?n=${TAG_PAGE}`;
        const tags = [];
        for (let page = 0; url !== undefined; page++) {
            if (page === TAG_PAGES)
                throw new RegistryError('invalid', `${ref.registry}/${ref.repository} lists more than ${TAG_PAGES * TAG_PAGE} tags`);
            const res = await this.exchange(ref, 'tags/list', { method: 'GET', url, headers: { Accept: 'application/json' } });
            let listed;
            try {
                listed = JSON.parse(res.body.toString('utf8'))?.tags;
            }
            catch {
                throw new RegistryError('invalid', `${ref.registry}/${ref.repository}: the tag list is not JSON`);
            }
            if (Array.isArray(listed))
                tags.push(...listed.filter((t) => typeof t === 'string'));
            url = nextPage(res.headers.link, base);
        }
        return tags;
    }
    /**
     * The OCI 1.1 referrers index of `digest` (`GET /v2/<name>/referrers/<digest>`),
     * or undefined when the registry has no referrers API (404): the caller
     * then reads the `sha256-<hex>` tag the OCI spec names as its fallback.
     */
    async referrers(ref, digest) {
        try {
            const res = await this.request(ref, 'referrers', 'GET', digest, { Accept: manifest/* MEDIA_TYPES */.Z2.ociIndex });
            return res.body;
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                return undefined;
            throw e;
        }
    }
    /**
     * Uploads a blob unless the repository holds it already, the way the OCI
     * distribution spec's "monolithic upload" goes: POST opens an upload
     * session, one PUT to its Location with `?digest=` sends the bytes and
     * closes it. Returns the digest and whether bytes were sent.
     */
    async pushBlob(ref, bytes) {
        const digest = (0,manifest/* digestOf */.ol)(bytes);
        if (await this.hasBlob(ref, digest))
            return { digest, pushed: false };
        const base = this.baseUrl(ref.registry);
        const opened = await this.exchange(ref, digest, {
            method: 'POST',
            url: `${base}/v2/${ref.repository}/blobs/uploads/`,
            headers: {},
            push: true,
        });
        const url = uploadUrl((0,transport.header)(opened, 'location'), base, ref);
        url.searchParams.set('digest', digest);
        await this.exchange(ref, digest, {
            method: 'PUT',
            url: url.toString(),
            headers: { 'Content-Type': 'application/octet-stream' },
            body: bytes,
            push: true,
        });
        return { digest, pushed: true };
    }
    /** PUTs a manifest under a tag; returns its digest (the registry's answer must agree with the bytes sent). */
    async pushManifest(ref, tag, body, mediaType) {
        const digest = (0,manifest/* digestOf */.ol)(body);
        const res = await this.exchange(ref, tag, {
            method: 'PUT',
            url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/manifests/${tag}`,
            headers: { 'Content-Type': mediaType },
            body,
            push: true,
        });
        const stated = (0,transport.header)(res, 'docker-content-digest');
        if (stated && stated !== digest)
            throw new RegistryError('mismatch', `${refName(ref, tag)}: the registry stored the manifest as ${stated}, not ${digest}`);
        return digest;
    }
    /**
     * A GET of a URL that is no registry API (a classic Helm repository's
     * index.yaml or chart archive, registry/helm-repository.ts): redirects
     * followed as for a registry (an `authorization` given is dropped at the
     * first hop to another origin, and a challenge from there ends the request),
     * 429/5xx/network failures retried by the same policy; anonymous unless the
     * caller gives `authorization`. Any answer but 200 is a RegistryError
     * (`not-found` for 404, `unauthenticated` for 401, `denied` for 403); a body
     * over `maxBytes` is `invalid`.
     */
    async getUrl(url, maxBytes, what, authorization) {
        let res;
        try {
            res = await this.follow('GET', url, { Accept: '*/*', ...(authorization ? { Authorization: authorization } : {}) }, maxBytes);
        }
        catch (e) {
            if (e instanceof PullLimitHit)
                throw new RegistryError('rate-limited', `${e.host} limited the pulls of ${what}`);
            throw e;
        }
        if (res.status === 200)
            return res.body;
        const kind = res.status === 404 ? 'not-found' : res.status === 401 ? 'unauthenticated' : res.status === 403 ? 'denied' : 'error';
        throw new RegistryError(kind, `${what}: ${new URL(url).host} answered HTTP ${res.status}`);
    }
    /** Whether the repository holds a blob (a HEAD; 404 is no). */
    async hasBlob(ref, digest) {
        try {
            await this.exchange(ref, digest, {
                method: 'HEAD',
                url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/blobs/${digest}`,
                headers: {},
                push: true,
            });
            return true;
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                return false;
            throw e;
        }
    }
    /** The platform a single-platform manifest's image config names (os, architecture, variant), fetched and verified. */
    async imagePlatform(ref, manifestBody, target) {
        const config = configDescriptor(manifestBody);
        if (!config)
            throw new RegistryError('invalid', `${target} is a manifest without an image config, so its platform cannot be checked`);
        const res = await this.request(ref, 'blobs', 'GET', config.digest, { Accept: config.mediaType ?? '*/*' });
        if ((0,manifest/* digestOf */.ol)(res.body, config.digest.slice(0, config.digest.indexOf(':'))) !== config.digest)
            throw new RegistryError('mismatch', `the image config served for ${config.digest} hashes to ${(0,manifest/* digestOf */.ol)(res.body)}`);
        let doc;
        try {
            doc = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new RegistryError('invalid', `the image config ${config.digest} of ${target} is not JSON`);
        }
        if (typeof doc?.os !== 'string' || typeof doc.architecture !== 'string')
            throw new RegistryError('invalid', `the image config ${config.digest} of ${target} names no os/architecture`);
        return {
            os: doc.os,
            architecture: doc.architecture,
            variant: typeof doc.variant === 'string' && doc.variant !== '' ? doc.variant : undefined,
        };
    }
    /** Verifies a GET's body against the header and the pinned digest; returns the body's digest. */
    checkBody(ref, res, target) {
        this.checkMediaType(ref, target, contentType(res), res.body);
        let digest;
        try {
            digest = (0,manifest/* verifyDigest */.Ub)(res.body, (0,transport.header)(res, 'docker-content-digest'));
        }
        catch (e) {
            if (e instanceof manifest/* DigestMismatchError */.h)
                throw new RegistryError('mismatch', `${target}: ${e.message}`);
            throw e;
        }
        if (ref.digest && (0,manifest/* digestOf */.ol)(res.body, ref.digest.slice(0, ref.digest.indexOf(':'))) !== ref.digest)
            throw new RegistryError('mismatch', `the manifest served for ${ref.digest} hashes to ${digest}`);
        return digest;
    }
    /** Refuses a schema1 manifest, or one served under another media type than its body declares (case 14). */
    checkMediaType(ref, target, type, body) {
        const problem = mediaTypeProblem(type, body);
        if (!problem)
            return;
        const schema1 = problem.includes('schema1');
        throw new RegistryError(schema1 ? 'invalid' : 'mismatch', `${refName(ref, target)}: ${problem}`, schema1
            ? 'rebuild and push the image with a current docker/buildx (it writes schema2 or OCI manifests); lockstep pins only those'
            : 'the registry (or a proxy in front of it) labels the manifest with the wrong Content-Type; report it to whoever runs the registry');
    }
    /** A reference with both a tag and a digest records the digest; a tag that moved on is worth a warning. */
    async compareTag(ref, pinned, warnings) {
        try {
            const res = await this.manifest({ ...ref, digest: undefined }, 'HEAD', ref.tag);
            const tagDigest = (0,transport.header)(res, 'docker-content-digest');
            if (tagDigest && tagDigest !== pinned)
                warnings.push(`tag '${ref.tag}' now points to ${tagDigest}, not the pinned ${pinned}; recording the pinned digest`);
        }
        catch (e) {
            if (e instanceof RegistryError && e.kind === 'not-found')
                warnings.push(`tag '${ref.tag}' no longer exists; recording the pinned digest ${pinned}`);
            else
                throw e;
        }
    }
    /** A manifest request with authentication; returns a 2xx answer or throws a RegistryError. */
    manifest(ref, method, target) {
        return this.request(ref, 'manifests', method, target, { Accept: manifest/* MANIFEST_ACCEPT */.dY });
    }
    /** A manifest or blob request with authentication (the same pull scope); a 2xx answer or a RegistryError. */
    request(ref, kind, method, target, headers) {
        return this.exchange(ref, target, { method, url: `${this.baseUrl(ref.registry)}/v2/${ref.repository}/${kind}/${target}`, headers });
    }
    /** One authenticated exchange (a read, or with `push` a write under the pull,push scope); a 2xx answer or a RegistryError. */
    async exchange(ref, target, x) {
        try {
            return await this.authorizedRequest(ref, target, x);
        }
        catch (e) {
            if (!(e instanceof PullLimitHit))
                throw e;
            const { message, hint, cliHint } = pullRateLimitMessage(e.host, e.limit, e.retryAfterMs, !(await this.credentials(ref.registry)));
            throw new RegistryError('rate-limited', `${message} (${refName(ref, target)})`, hint, cliHint);
        }
    }
    async authorizedRequest(ref, target, x) {
        const scope = `repository:${ref.repository}:${x.push ? 'pull,push' : 'pull'}`;
        let fresh = false;
        for (let round = 0; round < 4; round++) {
            const auth = await this.authorization(ref.registry, scope, fresh);
            const res = await this.follow(x.method, x.url, { ...x.headers, ...(auth ? { Authorization: auth } : {}) }, MANIFEST_MAX_BYTES, x.body);
            if (res.status >= 200 && res.status < 300)
                return res;
            if (res.status === 401) {
                const challenge = chooseChallenge(parseChallenges(res.headers['www-authenticate']));
                if (!challenge)
                    throw new RegistryError('denied', `${ref.registry} answered 401 without a Basic or Bearer challenge`);
                this.challenges.set(ref.registry, challenge);
                if (auth === undefined)
                    continue; // now we know what it wants
                if (challenge.scheme === 'basic')
                    throw this.basicRejected(ref);
                if (fresh)
                    throw (await this.credentials(ref.registry))
                        ? new RegistryError('denied', `${ref.registry} refused access to ${ref.repository} (scope ${scope}) even with a fresh token`)
                        : new RegistryError('unauthenticated', `${ref.registry} refused anonymous access to ${ref.repository} (scope ${scope}); the repository is private or does not exist`);
                fresh = true; // one re-auth: the token may have expired
                continue;
            }
            throw this.statusError(ref, target, res);
        }
        throw new RegistryError('denied', `${ref.registry} kept asking for authentication for ${scope}`);
    }
    /** Basic credentials refused; on ECR that is almost always a password older than its 12 hours. */
    basicRejected(ref) {
        const region = ecrRegion(ref.registry);
        if (region === undefined)
            return new RegistryError('denied', `${ref.registry} rejected the credentials for ${ref.repository} (Basic auth)`);
        const { message, hint, cliHint } = ecrExpiredMessage(ref.registry, ref.repository, region);
        return new RegistryError('denied', message, hint, cliHint);
    }
    statusError(ref, target, res) {
        const detail = registryErrorDetail(res.body);
        const what = refName(ref, target);
        if (res.status === 404)
            return new RegistryError('not-found', `${what} not found${detail ? ` (${detail})` : ''}`);
        // ECR answers an expired password with 403 DENIED "Your authorization token has expired".
        if (res.status === 403 && ecrRegion(ref.registry) !== undefined && /expired/i.test(detail ?? res.body.toString('utf8', 0, 1024)))
            return this.basicRejected(ref);
        if (res.status === 403)
            return new RegistryError('denied', `access to ${ref.registry}/${ref.repository} denied${detail ? ` (${detail})` : ''}`);
        return new RegistryError('error', `${ref.registry} answered HTTP ${res.status} for ${what}${detail ? ` (${detail})` : ''}`);
    }
    /** The Authorization header for a registry that already challenged us, or undefined. */
    async authorization(registry, scope, fresh) {
        const challenge = this.challenges.get(registry);
        if (!challenge)
            return undefined;
        const creds = await this.credentials(registry);
        if (challenge.scheme === 'basic') {
            if (!creds)
                throw new RegistryError('unauthenticated', `${registry} requires a username and password (Basic auth) and none were given`);
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        }
        const key = `${registry}\n${challenge.params.realm ?? ''}\n${scope}`;
        const cached = this.tokens.get(key);
        if (cached && !fresh) {
            const entry = await cached;
            if (entry.expiresAt > this.clock.now())
                return `Bearer ${entry.token}`;
        }
        const pending = this.fetchToken(registry, challenge, scope, creds);
        this.tokens.set(key, pending);
        pending.catch(() => {
            if (this.tokens.get(key) === pending)
                this.tokens.delete(key);
        });
        return `Bearer ${(await pending).token}`;
    }
    async fetchToken(registry, challenge, scope, creds) {
        const realm = checkRealm(challenge.params.realm, registry);
        if ('problem' in realm)
            throw new RegistryError('refused', `${registry}: ${realm.problem}`);
        const url = new URL(realm.url);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const headers = { Accept: 'application/json' };
        if (creds)
            headers.Authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        const res = await this.follow('GET', url.toString(), headers, SMALL_BODY_MAX_BYTES);
        if (res.status === 401 || res.status === 403)
            throw new RegistryError(creds ? 'denied' : 'unauthenticated', `the token service ${url.origin} refused ${creds ? 'the credentials' : 'anonymous access'} for ${registry} (scope ${scope})`);
        if (res.status < 200 || res.status >= 300)
            throw new RegistryError('error', `the token service ${url.origin} answered HTTP ${res.status} for ${registry} (scope ${scope})`);
        let doc;
        try {
            doc = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new RegistryError('error', `the token service ${url.origin} did not answer JSON`);
        }
        const token = typeof doc.token === 'string' && doc.token ? doc.token : typeof doc.access_token === 'string' ? doc.access_token : '';
        if (!token)
            throw new RegistryError('error', `the token service ${url.origin} answered without a token`);
        const lifetime = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : 60;
        // Renew a little early so a token does not expire between check and use.
        return { token, expiresAt: this.clock.now() + Math.max(1, lifetime - 10) * 1000 };
    }
    /** Follows redirects by hand; Authorization goes only to the origin it was meant for. */
    async follow(method, url, headers, maxBytes, body) {
        let current = new URL(url);
        const origin = current.origin;
        let h = { ...headers };
        for (let hop = 0;; hop++) {
            const res = await this.send(method, current, h, maxBytes, body);
            const location = (0,transport.header)(res, 'location');
            // A challenge from a host we were redirected to is not the registry's: answering it would send the
            // registry's credentials (or fetch a token with them) for another host, so it ends the request here.
            if (res.status === 401 && current.origin !== origin)
                throw new RegistryError('denied', `${current.host} (a redirect from ${new URL(url).host}) asked for authentication; lockstep sends no credentials to another host`);
            if (!transport.REDIRECTS.has(res.status) || !location)
                return res;
            let next;
            try {
                ({ next, headers: h } = (0,transport.redirectHop)(current, location, origin, h, hop));
            }
            catch (e) {
                if (e instanceof transport.RedirectError)
                    throw new RegistryError(e.kind, e.message);
                throw e;
            }
            // A push that lands on another host is not in the registry that was named (and was sent there without
            // its credentials): what the registry answers there proves nothing about the tag here.
            if ((method === 'PUT' || method === 'POST') && next.origin !== origin)
                throw new RegistryError('refused', `${current.host} redirected the ${method} to ${next.host}, another host; lockstep pushes only to the registry it was given`, `publish to ${next.host} directly if that is where the charts belong, or fix the registry in front of it`);
            this.log(`${method} redirected from ${current.host} to ${next.host}`);
            current = next;
        }
    }
    /** One request with retries on 429/5xx/network errors, honouring Retry-After, within the deadline. */
    async send(method, url, headers, maxBytes, body) {
        const policy = this.retry;
        let lastProblem = '';
        let made = 0;
        let hubLimit;
        let hubWait;
        for (let attempt = 1; attempt <= policy.attempts; attempt++) {
            const left = this.deadlineAt - this.clock.now();
            if (left <= 0 && hubLimit)
                throw new PullLimitHit(url.host, hubLimit, hubWait);
            if (left <= 0)
                throw new RegistryError('unreachable', `${url.host} unreachable: gave up after ${attempt - 1} attempts when the ${Math.round(this.deadlineMs / 1000)} s deadline passed${lastProblem ? ` (${lastProblem})` : ''}`);
            let res;
            let wait;
            made = attempt;
            try {
                res = await this.transport({
                    method,
                    url: url.toString(),
                    headers,
                    maxBytes,
                    maxErrorBytes: SMALL_BODY_MAX_BYTES,
                    timeoutMs: Math.min(this.requestTimeoutMs, left),
                    ...(body ? { body } : {}),
                });
                this.requests.push({ method, url: url.toString(), status: res.status });
                this.log(`${method} ${url.origin}${url.pathname} → ${res.status}`);
                if (!(0,retry/* isRetryableStatus */.PS)(res.status))
                    return res;
                lastProblem = `HTTP ${res.status}`;
                wait = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after'], this.clock.now());
                hubLimit = pullRateLimit(res);
                hubWait = wait;
                // Docker Hub's pull limit counts over hours: without a Retry-After, retrying within seconds only fails again.
                if (hubLimit && (wait === undefined ? hubLimit.remaining === 0 : wait > policy.maxRetryAfterMs))
                    throw new PullLimitHit(url.host, hubLimit, wait);
                if (wait !== undefined && wait > policy.maxRetryAfterMs)
                    throw new RegistryError('unreachable', `${url.host} answered HTTP ${res.status} and asked to retry after ${Math.round(wait / 1000)} s, longer than lockstep waits`);
            }
            catch (e) {
                if (e instanceof RegistryError || e instanceof PullLimitHit)
                    throw e;
                if (e instanceof transport.ForbiddenDestinationError)
                    throw new RegistryError('refused', e.message);
                if (e instanceof transport.BodyTooLargeError)
                    throw new RegistryError('invalid', e.message);
                if (!(e instanceof transport.NetworkError))
                    throw e;
                hubLimit = undefined;
                this.requests.push({ method, url: url.toString(), status: e.code });
                this.log(`${method} ${url.origin}${url.pathname} → ${e.code}`);
                lastProblem = e.message;
            }
            if (attempt === policy.attempts)
                break;
            const delay = wait ?? (0,retry/* backoffDelay */.EY)(attempt, policy, this.clock.random());
            // Waiting past the deadline would only delay the same failure.
            if (this.clock.now() + delay >= this.deadlineAt)
                break;
            await this.clock.sleep(delay);
        }
        if (hubLimit)
            throw new PullLimitHit(url.host, hubLimit, hubWait);
        throw new RegistryError('unreachable', `${url.host} unreachable after ${made} attempt${made === 1 ? '' : 's'} (${lastProblem})`);
    }
}
/**
 * Where an upload session continues: the POST's Location, relative or
 * absolute, on the registry's own origin (credentials never go elsewhere).
 */
function uploadUrl(location, base, ref) {
    if (!location)
        throw new RegistryError('invalid', `${ref.registry} opened an upload for ${ref.repository} without a Location`);
    let url;
    try {
        url = new URL(location, base);
    }
    catch {
        throw new RegistryError('invalid', `${ref.registry} answered an upload with an invalid Location`);
    }
    if (url.origin !== new URL(base).origin)
        throw new RegistryError('refused', `${ref.registry} sent the upload to ${url.host}; lockstep sends no credentials to another host`);
    return url;
}
/** The `config` descriptor of an image manifest body, when it has a well-formed one. */
function configDescriptor(body) {
    try {
        const c = JSON.parse(body.toString('utf8'))?.config;
        if (!c || typeof c.digest !== 'string' || !(0,reference/* isDigest */.Bc)(c.digest))
            return undefined;
        return { digest: c.digest, mediaType: typeof c.mediaType === 'string' ? c.mediaType : undefined };
    }
    catch {
        return undefined;
    }
}
/** `registry/repository:tag` or `registry/repository@sha256:…`, as errors name an image. */
function refName(ref, target) {
    return `${ref.registry}/${ref.repository}:${target}`.replace(/:(sha\d+:)/, '@$1');
}
function contentType(res) {
    return (0,transport.header)(res, 'content-type')?.split(';')[0].trim() || undefined;
}
function bodyMediaType(body) {
    try {
        const mt = JSON.parse(body.toString('utf8'))?.mediaType;
        return typeof mt === 'string' ? mt : undefined;
    }
    catch {
        return undefined;
    }
}
/** `CODE: message` from a registry's JSON error body, shortened and flattened. */
function registryErrorDetail(body) {
    if (body.length === 0)
        return undefined;
    try {
        const first = JSON.parse(body.toString('utf8'))?.errors?.[0];
        if (!first)
            return undefined;
        const text = [first.code, first.message].filter((s) => typeof s === 'string' && s !== '').join(': ');
        return text.replace(/[\r\n]+/g, ' ').slice(0, 200) || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 78372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   md: () => (/* binding */ selectPlatform),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   zz: () => (/* binding */ PlatformNotFoundError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/** The Accept header for a manifest request: indexes first, so multi-arch tags answer with the index. */
const MANIFEST_ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerList, MEDIA_TYPES.dockerManifest].join(', ');
/** True for a multi-platform index (OCI image index or Docker manifest list). */
function isIndexMediaType(mediaType) {
    const mt = (mediaType ?? '').split(';')[0].trim();
    return mt === MEDIA_TYPES.ociIndex || mt === MEDIA_TYPES.dockerList;
}
/** `algorithm:hex` of exactly these bytes. */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/**
 * Checks a digest the registry claimed against the bytes it sent. Returns the
 * digest of the body (in the claimed digest's algorithm, sha256 otherwise) or
 * throws when they differ.
 */
function verifyDigest(body, claimed) {
    const algorithm = claimed && /^sha(256|512):/.test(claimed) ? claimed.slice(0, claimed.indexOf(':')) : 'sha256';
    const actual = digestOf(body, algorithm);
    if (claimed !== undefined && claimed !== actual)
        throw new DigestMismatchError(`the registry said the manifest is ${claimed} but its bytes hash to ${actual}`);
    return actual;
}
class DigestMismatchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DigestMismatchError';
    }
}
function formatPlatform(p) {
    return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}
/**
 * Picks the manifest for `want` from an index body. Without a requested
 * variant, an entry without a variant (or arm64's default v8) is preferred.
 * Throws with the platforms the index offers when none matches.
 */
function selectPlatform(indexBody, want) {
    let doc;
    try {
        doc = JSON.parse(indexBody.toString('utf8'));
    }
    catch {
        throw new Error('the index is not valid JSON');
    }
    const entries = Array.isArray(doc?.manifests) ? doc.manifests : [];
    const offered = entries.filter((e) => e.platform && typeof e.platform.os === 'string' && typeof e.platform.architecture === 'string' && typeof e.digest === 'string');
    const matches = offered.filter((e) => e.platform.os === want.os &&
        e.platform.architecture === want.architecture &&
        (want.variant === undefined || e.platform.variant === want.variant));
    const pick = matches.find((e) => e.platform.variant === undefined || e.platform.variant === '') ??
        matches.find((e) => want.architecture === 'arm64' && e.platform.variant === 'v8') ??
        matches[0];
    if (!pick) {
        const list = offered.map((e) => formatPlatform({
            os: String(e.platform.os),
            architecture: String(e.platform.architecture),
            variant: e.platform.variant ? String(e.platform.variant) : undefined,
        }));
        throw new PlatformNotFoundError(`platform ${formatPlatform(want)} is not in the index (it has ${list.length ? list.join(', ') : 'no platforms'})`);
    }
    const p = pick.platform;
    return {
        digest: String(pick.digest),
        platform: formatPlatform({
            os: String(p.os),
            architecture: String(p.architecture),
            variant: p.variant ? String(p.variant) : undefined,
        }),
    };
}
class PlatformNotFoundError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlatformNotFoundError';
    }
}


/***/ })

};

export const id = 5206;
export const ids = [5206,7892];
export const modules = {

/***/ 17892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ chartOwner),
/* harmony export */   Jr: () => (/* binding */ chartPatternMatcher),
/* harmony export */   Q1: () => (/* binding */ topChartDirs),
/* harmony export */   eP: () => (/* binding */ normalizePattern),
/* harmony export */   findCharts: () => (/* binding */ findCharts)
/* harmony export */ });
/* unused harmony exports isInsideChartsFolder, owningChart */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13483);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);



/**
 * Finds chart folders in a list of POSIX file paths (from `git ls-tree`, or a
 * directory walk). A chart is a folder holding Chart.yaml; charts vendored
 * inside another chart's `charts/` folder are subcharts of that chart, not
 * charts of their own. With `patterns` (folders or globs, e.g. `charts/*`),
 * only matching chart folders are kept.
 */
function findCharts(paths, patterns) {
    const dirs = new Set();
    for (const p of paths) {
        if (p === 'Chart.yaml' || p.endsWith('/Chart.yaml'))
            dirs.add(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(p));
    }
    const top = topChartDirs(dirs);
    if (!patterns || patterns.length === 0)
        return top;
    return top.filter(chartPatternMatcher(patterns));
}
/**
 * A predicate over chart folders for folder/glob patterns: a glob matches
 * folders (`charts/*`); a plain folder matches itself and, when it is not a
 * chart itself, the charts below it (`stable/` → `stable/legacy`).
 */
function chartPatternMatcher(patterns) {
    const norm = patterns.map(normalizePattern);
    // A pattern without any glob character matches only itself: such patterns (the usual `.` or
    // `charts`) are compared as text, so a run without globs never compiles a matcher.
    const literal = norm.filter((p) => !GLOB_CHARACTER.test(p));
    const globs = norm.filter((p) => GLOB_CHARACTER.test(p));
    const glob = globs.length > 0 ? (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .fU)(globs, { input: 'charts' }) : undefined;
    const folders = [...literal, ...globs.filter((p) => !picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(p).isGlob)];
    return (d) => literal.includes(d) || (glob !== undefined && glob(d)) || folders.some((f) => f === '.' || d.startsWith(`${f}/`));
}
/** Characters that can make a pattern a glob for picomatch (a pattern without any is plain text). */
const GLOB_CHARACTER = /[*?[\]{}()!+@]/;
/** The chart folders of `dirs` that are not subcharts under another chart's `charts/`, sorted. */
function topChartDirs(dirs) {
    return [...dirs].filter((d) => !isInsideChartsFolder(d, dirs)).sort();
}
/** True when `dir` sits under `<chart>/charts/` of another chart in `dirs`. */
function isInsideChartsFolder(dir, dirs) {
    const parts = dir.split('/');
    // i = 0 is a chart at the repository root ('.'), whose subcharts live in charts/.
    for (let i = parts.length - 2; i >= 0; i--) {
        if (parts[i] === 'charts' && dirs.has(i === 0 ? '.' : parts.slice(0, i).join('/')))
            return true;
    }
    return false;
}
/** `charts/`, `./charts/x`, `charts/x/Chart.yaml` → the folder pattern they mean. */
function normalizePattern(p) {
    let s = p.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (s.endsWith('/Chart.yaml'))
        s = s.slice(0, -'/Chart.yaml'.length);
    return s === '' ? '.' : s;
}
/** The chart folder (from `charts`) that owns a file path, or undefined. Longest match wins. */
function owningChart(path, charts) {
    let best;
    for (const c of charts) {
        if ((c === '.' || path === c || path.startsWith(`${c}/`)) && (!best || c.length > best.length))
            best = c;
    }
    return best;
}
/**
 * owningChart for many paths against the same chart folders: the folders go
 * into a set once and each path looks up its own ancestors (deepest first),
 * so a 1,000-chart repository costs a PR the depth of its paths, not
 * paths × charts comparisons.
 */
function chartOwner(charts) {
    const set = new Set(charts);
    const root = set.has('.') ? '.' : undefined;
    return (path) => {
        for (let dir = path; dir !== ''; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/'))))
            if (set.has(dir))
                return dir;
        return root;
    };
}


/***/ }),

/***/ 4586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bF: () => (/* binding */ chartTag),
/* harmony export */   zO: () => (/* binding */ pushChart)
/* harmony export */ });
/* unused harmony exports HELM_CONFIG_MEDIA_TYPE, HELM_CHART_MEDIA_TYPE, helmManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _cosign_sign_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94402);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78372);




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
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
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
        mediaType: OCI_MANIFEST,
        config: { mediaType: HELM_CONFIG_MEDIA_TYPE, digest: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(config), size: config.length },
        layers: [{ mediaType: HELM_CHART_MEDIA_TYPE, digest: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(chart.archive), size: chart.archive.length }],
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
    const layer = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(chart.archive);
    const existing = await client.fetchManifest(repo, tag);
    let status;
    let digest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(manifest);
    if (existing) {
        const there = chartLayer(existing.body);
        if (existing.digest !== digest && there !== layer && !(await storedSame(client, repo, existing.body, there, opts)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`chart ${chart.name} ${chart.version} is already published at ${repo.registry}/${repo.repository}:${tag} with other content (its chart layer is ${there ?? 'missing'}, this one ${layer})`, {
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
        digest = await client.pushManifest(repo, tag, manifest, OCI_MANIFEST);
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
    const tag = (0,_cosign_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .signatureTag */ .bG)(digest);
    const payload = (0,_cosign_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .simpleSigningPayload */ .Kq)(`${repo.registry}/${repo.repository}`, digest);
    const existing = await client.fetchManifest(repo, tag);
    const layers = existing ? signatureLayers(existing.body) : [];
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key);
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    for (const l of layers) {
        if (l.digest !== (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(payload) || typeof l.annotations?.[_cosign_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNATURE_ANNOTATION */ .ZB] !== 'string')
            continue;
        if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(algorithm, payload, publicKey, Buffer.from(l.annotations[_cosign_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNATURE_ANNOTATION */ .ZB], 'base64')))
            return { tag, status: 'unchanged' };
    }
    if (dryRun)
        return { tag, status: 'would-push' };
    const artifact = (0,_cosign_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .signatureArtifact */ .tn)(payload, (0,_cosign_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .signPayload */ .cM)(payload, key), layers);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what}: the registry accepted the push, but ${repo.registry}/${repo.repository}:${tag} ${stored ? `resolves to ${stored.digest}` : 'does not exist'}, not the pushed ${digest}`, { hint: 'check the registry (a proxy or mirror in front of it may store pushes elsewhere); nothing was recorded' });
}
/** The simple-signing layers of a stored signature manifest (others are left out). */
function signatureLayers(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        return (doc.layers ?? []).filter((l) => l && l.mediaType === _cosign_sign_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_SIGNING_MEDIA_TYPE */ .$r && typeof l.digest === 'string' && typeof l.size === 'number');
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 94402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ SIMPLE_SIGNING_MEDIA_TYPE),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   NR: () => (/* binding */ signingKey),
/* harmony export */   ZB: () => (/* binding */ SIGNATURE_ANNOTATION),
/* harmony export */   bG: () => (/* binding */ signatureTag),
/* harmony export */   cM: () => (/* binding */ signPayload),
/* harmony export */   tn: () => (/* binding */ signatureArtifact)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78372);



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
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** The layer annotation holding the base64 signature. */
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** The tag cosign stores a digest's signatures under: `sha256:abc…` → `sha256-abc….sig`. */
function signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** The simple-signing payload for `repository` (registry/name, no tag) at `digest`, byte for byte as cosign writes it. */
function simpleSigningPayload(repository, digest) {
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
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('is not an unencrypted PEM private key', {
            input: 'signing-key',
            hint: 'give a PKCS#8 or SEC1 PEM key, e.g. from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256` (cosign keys encrypted with a password are not read)',
        });
    }
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (type === 'rsa' && bits < MIN_RSA_BITS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`is a ${bits}-bit RSA key; RSA keys need at least ${MIN_RSA_BITS} bits`, {
            input: 'signing-key',
            hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
        });
    if (type === 'ed25519' || type === 'rsa' || (type === 'ec' && curve === 'prime256v1'))
        return key;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`is a ${type === 'ec' ? `${curve} EC` : type} key; cosign verifies ECDSA P-256, RSA and Ed25519 keys`, {
        input: 'signing-key',
        hint: 'make a P-256 key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256',
    });
}
/** The base64 signature of a payload, as cosign signs with each key type. */
function signPayload(payload, key) {
    const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(algorithm, payload, key).toString('base64');
}
/**
 * The manifest cosign pushes for a signature: an OCI image with one layer
 * per signature (the payload, annotated with the signature; `earlier` are the
 * layers already under the tag, kept as cosign appends), and the minimal image
 * config go-containerregistry writes for those layers.
 */
function signatureArtifact(payload, signature, earlier = []) {
    const payloadDigest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(payload);
    const layers = [
        ...earlier,
        {
            mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
            size: payload.length,
            digest: payloadDigest,
            annotations: { [SIGNATURE_ANNOTATION]: signature },
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
        config: { mediaType: OCI_CONFIG, size: config.length, digest: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(config) },
        layers,
    };
    return { config, payload, manifest: Buffer.from(JSON.stringify(manifest)), mediaType: OCI_MANIFEST };
}


/***/ }),

/***/ 90908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DJ: () => (/* binding */ DOCKER_HUB_REGISTRY),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   a: () => (/* binding */ imageIdentity),
/* harmony export */   an: () => (/* binding */ imageRepository),
/* harmony export */   ft: () => (/* binding */ InvalidReference),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* harmony import */ var _http_host_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9492);

/**
 * Image references per the distribution grammar
 * (`[registry[:port]/]path[:tag][@digest]`), normalised the way the Docker
 * client does: a name without a registry lives on Docker Hub, and a one-part
 * Docker Hub name lives under `library/`.
 */
/** The host Docker Hub's registry API answers on. */
const DOCKER_HUB_REGISTRY = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::([0-9]+))?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
const DIGEST_HEX = { sha256: 64, sha512: 128 };
const MAX_NAME = 255;
/** Thrown for a reference that does not follow the grammar; the message quotes the offending text. */
class InvalidReference extends Error {
    constructor(message) {
        super(message);
        this.name = 'InvalidReference';
    }
}
/** Parses and normalises an image reference, or throws InvalidReference. */
function parseReference(text) {
    const original = text.trim();
    if (original === '')
        throw new InvalidReference('the image reference is empty');
    if (/\s/.test(original))
        throw new InvalidReference(`'${original}' contains whitespace`);
    let rest = original;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        checkDigest(digest);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (tag.length > 128)
            throw new InvalidReference(`tag '${tag}' is ${tag.length} characters long; at most 128 are allowed`);
        if (!TAG.test(tag))
            throw new InvalidReference(`tag '${tag}' is invalid (letters, digits, '_', '.', '-'; not starting with '.' or '-')`);
    }
    if (rest === '')
        throw new InvalidReference(`'${original}' has no repository name`);
    let domain;
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        // The Docker client's rule: the first part is a registry when it looks like a host.
        if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
            domain = first;
            path = rest.slice(slash + 1);
        }
    }
    if (domain !== undefined) {
        const m = DOMAIN.exec(domain);
        if (!m)
            throw new InvalidReference(`registry '${domain}' in '${original}' is not a valid host[:port]`);
        if (m[1] !== undefined && (Number(m[1]) < 1 || Number(m[1]) > 65535))
            throw new InvalidReference(`port in '${domain}' is out of range`);
    }
    if (path === '')
        throw new InvalidReference(`'${original}' has no repository path after the registry`);
    for (const part of path.split('/')) {
        if (part === '')
            throw new InvalidReference(`repository '${path}' has an empty path component`);
        if (part !== part.toLowerCase())
            throw new InvalidReference(`repository '${path}' must be lowercase ('${part}' is not)`);
        if (!PATH_COMPONENT.test(part))
            throw new InvalidReference(`repository path component '${part}' is invalid (lowercase letters and digits, separated by '.', '_', '__' or '-')`);
    }
    const name = rest;
    if (name.length > MAX_NAME)
        throw new InvalidReference(`repository name '${name}' is ${name.length} characters long; at most ${MAX_NAME} are allowed`);
    let registry = domain ?? DOCKER_HUB_REGISTRY;
    let repository = path;
    if (DOCKER_HUB_ALIASES.has(registry.toLowerCase())) {
        registry = DOCKER_HUB_REGISTRY;
        if (!repository.includes('/'))
            repository = `library/${repository}`;
    }
    return { original, registry, repository, name, tag, digest };
}
/** The pattern of a digest's hex part by its length, compiled once (a fleet's status checks ~60,000 digests). */
const hexPatterns = new Map();
function hexOf(length) {
    const key = String(length);
    let re = hexPatterns.get(key);
    if (re === undefined)
        hexPatterns.set(key, (re = new RegExp(`^[a-f0-9]{${length}}$`)));
    return re;
}
function checkDigest(digest) {
    const m = DIGEST.exec(digest);
    if (!m)
        throw new InvalidReference(`digest '${digest}' is not of the form algorithm:hex`);
    const want = DIGEST_HEX[m[1]];
    if (want === undefined)
        throw new InvalidReference(`digest '${digest}' uses an unsupported algorithm '${m[1]}' (use sha256 or sha512)`);
    if (!hexOf(want).test(m[2]))
        throw new InvalidReference(`digest '${digest}' must have ${want} lowercase hex characters after '${m[1]}:'`);
}
/** True for a well-formed `sha256:`/`sha512:` digest. */
function isDigest(s) {
    try {
        checkDigest(s);
        return true;
    }
    catch {
        return false;
    }
}
/** The reference as registry/repository[:tag][@digest], fully qualified. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The base URL of a registry's API: http for loopback registries, https otherwise. */
function registryBaseUrl(registry) {
    return `${(0,_http_host_name_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .c)(registry) ? 'http' : 'https'}://${registry}`;
}
const identities = new Map();
/** Registry and repository of an image name as the registry sees it (`nginx` = `docker.io/library/nginx`), undefined when it does not parse. */
function imageIdentity(image) {
    // Kept per name (a pure function of it): a fleet's status compares ~120,000 pins of the same few hundred images.
    if (identities.has(image))
        return identities.get(image);
    let identity;
    try {
        const ref = parseReference(image);
        identity = `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (!(e instanceof InvalidReference))
            throw e;
    }
    if (identities.size >= 4096)
        identities.clear();
    return identities.set(image, identity).get(image);
}
const repositories = new Map();
/** An image name without its tag or digest: `ghcr.io/acme/api:1.2@sha256:…` → `ghcr.io/acme/api`. */
function imageRepository(image) {
    // Kept per name as imageIdentity is: a fleet's status plans ~30,000 pins of the same few hundred images.
    let repository = repositories.get(image);
    if (repository !== undefined)
        return repository;
    repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    if (repositories.size >= 4096)
        repositories.clear();
    repositories.set(image, repository);
    return repository;
}


/***/ }),

/***/ 13483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   Tg: () => (/* binding */ globError),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   vd: () => (/* binding */ GLOB_HINT)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, MAX_GLOBSTARS, MAX_GLOB_LOOPS */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99788);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);


// picomatch compiles a glob to a backtracking regex: each `**` and `*` becomes a lazy loop, and the
// loops of one glob multiply: `a/**/` sixteen times against a path 40 folders deep ran for minutes.
// A pull request can write the globs (its config, when the summary shows what it would decide) and
// the paths. So the globs picomatch sees are bounded here (length, `**`, loops) and every matcher
// has a time budget; past either, the run fails closed with an error that names the glob.
/** Longest glob matched. */
const MAX_GLOB_LENGTH = 256;
/** At most this many `**` in one glob: each one is a loop over a whole path. */
const MAX_GLOBSTARS = 2;
/** At most this many loops (`*`, `**`, `*(…)`, `+(…)`) in one glob. */
const MAX_GLOB_LOOPS = 3;
/** Time one matcher may spend over a run before it fails closed. */
const MATCH_BUDGET_MS = 2000;
/**
 * Why picomatch must not be given this glob, as the words after `'glob'` in
 * an error; undefined when it is within the bounds.
 */
function globProblem(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return `is ${glob.length} characters long; lockstep matches globs of at most ${MAX_GLOB_LENGTH}`;
    const globstars = glob.match(/\*\*/g)?.length ?? 0;
    if (globstars > MAX_GLOBSTARS)
        return `holds ${globstars} '**'; lockstep matches at most ${MAX_GLOBSTARS} in one glob, since each one multiplies the work of matching a deep path`;
    const loops = (glob.match(/\*+|[+*]\(/g) ?? []).length;
    if (loops > MAX_GLOB_LOOPS)
        return `holds ${loops} wildcards (* or **); lockstep matches at most ${MAX_GLOB_LOOPS} in one glob, since each one multiplies the work of matching a long path`;
    return undefined;
}
/** The hint that goes with globProblem. */
const GLOB_HINT = 'shorten the glob (name the folders, or use one **)';
/** The error for a glob outside the bounds, or undefined. */
function globError(glob, where = {}) {
    const problem = globProblem(glob);
    if (!problem)
        return undefined;
    if (!where.file && where.input)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: '${glob}' ${problem}`, { input: where.input, hint: GLOB_HINT });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where.file ? (where.key ?? 'glob') : 'glob'}: '${glob}' ${problem}`, {
        file: where.file,
        line: where.line,
        hint: GLOB_HINT,
    });
}
/**
 * picomatch over bounded globs (`dot: true`): a glob outside the bounds is a
 * UserError (naming `where`), and a matcher that has spent its time budget
 * throws one instead of matching on.
 */
function globMatcher(globs, where = {}) {
    const list = typeof globs === 'string' ? [globs] : globs;
    for (const g of list) {
        const e = globError(g, where);
        if (e)
            throw e;
    }
    const match = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(list, { dot: true });
    let spent = 0;
    return (path) => {
        const started = performance.now();
        const r = match(path);
        spent += performance.now() - started;
        if (spent > MATCH_BUDGET_MS) {
            const what = `matching ${list.length === 1 ? `'${list[0]}'` : `the globs ${list.map((g) => `'${g}'`).join(', ')}`} against the repository's paths took over ${MATCH_BUDGET_MS / 1000} s`;
            if (where.key === undefined && where.input !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: ${what}`, { input: where.input, hint: GLOB_HINT });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where.key ?? 'glob'}: ${what}`, { file: where.file, line: where.line, hint: GLOB_HINT });
        }
        return r;
    };
}


/***/ })

};

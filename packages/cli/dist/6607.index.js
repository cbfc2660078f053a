export const id = 6607;
export const ids = [6607];
export const modules = {

/***/ 26002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ ociReference),
/* harmony export */   ON: () => (/* binding */ configuredRegistry),
/* harmony export */   w4: () => (/* binding */ chartWhere)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_chart_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4586);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90908);
// Where a chart is pulled from a registry, as its deployer names it: an Argo CD or Flux source's OCI repoURL and
// version (a semver range kept as one, resolved against the registry's tags when pulled: registry/chart.ts), or the
// config's chart-registry; and how that place is said.



/** `oci://registry/repository:<tag, or the range asked>` or `…@<digest>`: where a chart is pulled from, in messages. */
function chartWhere(ref) {
    return `oci://${ref.registry}/${ref.repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag ?? ref.range ?? ''}`}`;
}
/** `<chart-registry>/<name>:<version>` when the config names a chart registry. */
function configuredRegistry(req, name, version) {
    if (!req.chartRegistry)
        return undefined;
    try {
        return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(`${req.chartRegistry}/${name}:${(0,_registry_chart_push_js__WEBPACK_IMPORTED_MODULE_1__/* .chartTag */ .bF)(version)}`);
    }
    catch (e) {
        if (e instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReference */ .ft)
            return undefined;
        throw e;
    }
}
/** `registry/repository/<chart>:<version>` for a repoURL that names an OCI registry (`oci://host/path`, or `host/path` without a scheme as ArgoCD writes it). */
function ociReference(source, version) {
    if (!source.repoURL || !source.chart)
        return undefined;
    const url = source.repoURL.trim().replace(/\/+$/, '');
    const bare = url.startsWith('oci://') ? url.slice('oci://'.length) : /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? undefined : url;
    if (!bare)
        return undefined;
    const host = bare.split('/')[0];
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
        return undefined;
    try {
        // A semver range (`6.x`, `>=1.2.0 <2.0.0`) is pulled as the highest version the registry's tags admit (registry/chart.ts).
        if ((0,semver__WEBPACK_IMPORTED_MODULE_0__.valid)(version) === null && (0,semver__WEBPACK_IMPORTED_MODULE_0__.validRange)(version) !== null)
            return { ...(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(`${bare}/${source.chart}`), tag: undefined, range: version };
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(`${bare}/${source.chart}:${(0,_registry_chart_push_js__WEBPACK_IMPORTED_MODULE_1__/* .chartTag */ .bF)(version)}`);
        const digest = source.digests?.get(version);
        return digest ? { ...ref, digest } : ref;
    }
    catch (e) {
        if (e instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidReference */ .ft)
            return undefined;
        throw e;
    }
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

/***/ 72558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ isClassicRepository),
/* harmony export */   o8: () => (/* binding */ pullRepositoryChart)
/* harmony export */ });
/* unused harmony exports MAX_INDEX_MIB, MAX_INDEX_BYTES, MAX_ARCHIVE_BYTES, indexUrl, indexEntry */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _http_host_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9492);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32632);
// A classic Helm repository (`helm repo index`'s layout, chart-releaser's
// GitHub Pages): an https folder whose index.yaml lists each chart version with
// the URL of its packaged archive and that archive's sha256 `digest`. A chart
// version is read by fetching index.yaml (bounded: at most MAX_INDEX_MIB, since
// it is parsed whole by `yaml`, with its alias cap), taking the entry of that exact version,
// and fetching the archive its first URL names, whose bytes must hash to the
// index's digest. Everything goes through the registry client's GET (its
// redirects and retry policy).
//
// Credentials: a private repository (Artifactory, Nexus, ChartMuseum, a
// chart-releaser site behind a proxy) is read with the Basic credentials of its
// entry in Helm's repositories.yaml (registry/helm-repositories.ts), sent only
// to the repository's own origin: with the index request, with an archive on the
// same origin, never after a redirect elsewhere (the client drops them at that
// hop) and never to an archive on another host. A 401 or 403 is one line naming
// the host, the repository and the file credentials are read from.
//
// Where an index may send the archive: chart-releaser's index lives on
// <owner>.github.io and names archives under github.com/<owner>/<repo>/releases,
// another host, so another host is followed, over https only (plain http only
// on this machine, as for registries); any other scheme is refused. The digest
// is what ties the archive to the index, so an entry without one is refused,
// and an archive that hashes otherwise is refused as a mismatch.





/**
 * Largest index.yaml read, in MiB. The index is parsed whole (the yaml package has no streaming reader), at about
 * 1 s and 45 MiB of memory per MiB of index: 15 MiB took 11 s and 660 MiB. A chart-releaser index is KiBs and
 * thousands of versions fit in 4 MiB; a larger repository (Bitnami's was ~20 MiB) publishes to OCI, read by digest.
 */
const MAX_INDEX_MIB = 4;
/** MAX_INDEX_MIB in bytes: the read stops there. */
const MAX_INDEX_BYTES = MAX_INDEX_MIB * 1024 * 1024;
/** Largest chart archive read (the same cap as a chart pulled from a registry blob is held to). */
const MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;
/** True for a repoURL lockstep reads as a classic Helm repository: `https://…`, or `http://` on this machine. */
function isClassicRepository(repoURL) {
    const url = tryUrl(repoURL?.trim());
    return url !== undefined && (url.protocol === 'https:' || (url.protocol === 'http:' && (0,_http_host_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .c)(url.host)));
}
function tryUrl(s, base) {
    if (!s)
        return undefined;
    try {
        return new URL(s, base);
    }
    catch {
        return undefined;
    }
}
/** The index.yaml URL of a repository URL (`https://host/path` → `https://host/path/index.yaml`). */
function indexUrl(repoURL) {
    return `${repoURL.trim().replace(/\/+$/, '')}/index.yaml`;
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** The highest listed version a range admits (undefined when `range` is no range, or admits none). */
function highestIn(listed, range) {
    if ((0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(range) !== null || (0,semver__WEBPACK_IMPORTED_MODULE_1__.validRange)(range) === null)
        return undefined;
    const all = listed.flatMap((v) => (typeof v.version === 'string' && (0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(v.version) !== null ? [v.version] : []));
    return (0,semver__WEBPACK_IMPORTED_MODULE_1__.maxSatisfying)(all, range) ?? undefined;
}
/**
 * The index's entry for `chart` at `version` (exactly, else the highest version a semver range admits): its archive
 * URL (resolved against the index), digest and version.
 */
function indexEntry(text, index, chart, version) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100 });
    }
    catch (e) {
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${index} is not YAML (${e.message.split('\n')[0]})`);
    }
    const entries = asObj(asObj(doc)?.entries);
    if (!entries)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${index} has no entries: it is not a Helm repository index`);
    const versions = entries[chart];
    if (!Array.isArray(versions))
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('not-found', `${index} lists no chart ${chart}`);
    const listed = versions.map(asObj).filter((v) => v !== undefined);
    // A semver range (a HelmRelease's `version: 6.x`) resolves as helm-controller resolves it against the index: the
    // highest version it admits, a pre-release only where the range names one.
    const resolved = listed.some((v) => String(v.version) === version) ? version : highestIn(listed, version);
    const entry = listed.find((v) => String(v.version) === resolved);
    if (!entry)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('not-found', `${index} lists no version ${(0,semver__WEBPACK_IMPORTED_MODULE_1__.validRange)(version) !== null && (0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(version) === null ? 'in the range ' : ''}${version} of chart ${chart}`);
    const picked = String(entry.version);
    const first = Array.isArray(entry.urls) ? entry.urls.find((u) => typeof u === 'string') : undefined;
    const url = tryUrl(first, index);
    if (!url)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `${index}: chart ${chart} ${picked} names no archive URL`);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && (0,_http_host_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isLoopbackHost */ .c)(url.host))))
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('refused', `${index}: chart ${chart} ${picked} names its archive at ${url.protocol}//${url.host}; lockstep fetches archives over https only`);
    const digest = typeof entry.digest === 'string'
        ? entry.digest
            .trim()
            .toLowerCase()
            .replace(/^sha256:/, '')
        : '';
    if (!/^[0-9a-f]{64}$/.test(digest))
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('refused', `${index}: chart ${chart} ${picked} has no sha256 digest, so its archive cannot be checked`, 'index the repository with helm repo index (or chart-releaser), which writes each archive’s digest');
    return { url: url.toString(), digest: `sha256:${digest}`, version: picked };
}
/**
 * The packaged chart `chart` at `version` from the classic repository at
 * `repoURL`, its bytes checked against the index's digest (a RegistryError of
 * kind `mismatch` when they differ).
 */
async function pullRepositoryChart(client, repoURL, chart, version, credentials) {
    if (!isClassicRepository(repoURL))
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('refused', `${repoURL} is no https Helm repository (plain http is read only on this machine)`);
    const index = indexUrl(repoURL);
    const origin = new URL(index).origin;
    const creds = credentials?.lookup(repoURL);
    const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined;
    const get = async (url, max, what) => {
        try {
            return await client.getUrl(url, max, what, new URL(url).origin === origin ? basic : undefined);
        }
        catch (e) {
            if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl && (e.kind === 'unauthenticated' || e.kind === 'denied'))
                throw refusal(e, repoURL, url, origin, creds, credentials);
            throw e;
        }
    };
    const text = (await get(index, MAX_INDEX_BYTES, index).catch((e) => {
        if (e instanceof _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl && /^response too large/.test(e.message))
            throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('invalid', `index.yaml of ${repoURL.trim()} is larger than ${MAX_INDEX_MIB} MiB, the most lockstep reads of a Helm repository index (it is parsed whole, not streamed)`, 'publish the chart to an OCI registry (helm push) and point the source at it, or prune old versions from the index (helm repo index keeps every archive it finds)');
        throw e;
    })).toString('utf8');
    const { url, digest, version: picked } = indexEntry(text, index, chart, version);
    const tgz = await get(url, MAX_ARCHIVE_BYTES, `chart ${chart} ${picked}`);
    const got = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(tgz).digest('hex')}`;
    if (got !== digest)
        throw new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl('mismatch', `the archive of chart ${chart} ${picked} at ${url} hashes to ${got}, not the ${digest} ${index} gives`, 'the archive was replaced after the index was written (or the index is stale): re-index the repository, or find out who changed the archive');
    return { tgz, url, digest, version: picked };
}
/** A 401/403 as one line: the host, the repository, and what was (or was not) found in repositories.yaml. */
function refusal(e, repoURL, url, origin, creds, source) {
    const host = new URL(url).host;
    const repo = `${repoURL.trim().replace(/\/+$/, '')}/`;
    const status = /HTTP 403$/.test(e.message) ? '403 Forbidden' : /HTTP 401$/.test(e.message) ? '401 Unauthorized' : undefined;
    // A challenge from a host a redirect led to (the client's own line says so).
    if (status === undefined)
        return new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl(e.kind, `${repo}: ${e.message}`);
    const file = source?.shown ?? '~/.config/helm/repositories.yaml';
    const add = `helm repo add <name> ${repo} --username <user> --password-stdin in a step before this one`;
    const why = new URL(url).origin !== origin
        ? `${host} is not the repository's host, and lockstep sends the credentials in ${file} only to ${new URL(origin).host}`
        : creds
            ? `${host} refused the credentials of entry ${creds.name} in ${file} (check the username and password given to helm repo add)`
            : `no credentials for ${host} in ${file} (${add})`;
    return new _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl(e.kind, `${repo}: ${status}: ${why}`, 'nothing was written');
}


/***/ })

};

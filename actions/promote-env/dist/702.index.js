export const id = 702;
export const ids = [702];
export const modules = {

/***/ 9702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DigestVerifier: () => (/* binding */ DigestVerifier),
  policyFiles: () => (/* binding */ policyFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(2536);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/registry/referrers.ts
var registry_referrers = __webpack_require__(6937);
// EXTERNAL MODULE: ./packages/core/src/text/pem.ts
var text_pem = __webpack_require__(6551);
;// CONCATENATED MODULE: ./packages/core/src/registry/cosign.ts
// cosign's key-based image signatures, checked with node:crypto. cosign
// stores a signature as an OCI manifest in the image's own repository, at
// the tag `sha256-<hex>.sig` (or, in OCI 1.1 mode, as a referrer of the
// image): each layer is a "simple signing" payload
//   {"critical":{"identity":{"docker-reference":…},"image":{"docker-manifest-digest":"sha256:…"},
//    "type":"cosign container image signature"},"optional":…}
// whose signature (base64) is the layer annotation dev.cosignproject.cosign/signature.
// A signature counts when one of the trusted keys verifies it over the
// payload's exact bytes AND the payload names the digest being pinned: a
// valid signature of another image proves nothing about this one.
//
// What each key type verifies: what `cosign sign --key` makes with it, in
// every cosign version (cosign 2.6's own `verify --key` loads Ed25519 keys as
// pure Ed25519 only; sigstore-go's default for them is Ed25519ph):
// - ECDSA (P-256, P-384, P-521): ASN.1 DER ECDSA over SHA-256 of the payload;
// - RSA (2048 bits or more, rsaEncryption SPKI): PKCS #1 v1.5 over SHA-256;
// - Ed25519: pure Ed25519 over the payload (cosign before 2.6, and signatures
//   not sent to Rekor), or Ed25519ph (RFC 8032: Ed25519 over SHA-512 of the
//   payload, empty context), which cosign 2.6+ makes by default because
//   Rekor's hashedrekord entries only take pre-hashed signatures. Node's
//   crypto has no Ed25519ph (its EdDSA is pure only), so that check is
//   @noble/curves' ed25519ph, with RFC 8032's strict encoding rules (not
//   ZIP 215's looser ones), loaded only when a pure check fails.
// Every other key (RSA-PSS SPKI, RSA below 2048 bits, other curves, Ed448,
// DSA) is refused when the config is read, naming its algorithm, and so is a
// private key (its public half would verify, but it sits in the repository).



const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
/** The artifact type of a cosign signature stored as an OCI 1.1 referrer. */
const COSIGN_SIGNATURE_ARTIFACT_TYPE = 'application/vnd.dev.cosign.artifact.sig.v1+json';
/** The `critical.type` of a cosign image signature payload. */
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** Thrown for a key that is not a public key node:crypto can read (PEM SPKI). */
class BadKeyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BadKeyError';
    }
}
/** RSA keys shorter than this are refused for verifying (and signing): such moduli are within reach of factoring. */
const MIN_RSA_BITS = 2048;
const CURVES = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
/**
 * A PEM public key as a TrustedKey: ECDSA on P-256, P-384 or P-521, RSA
 * (rsaEncryption, 2048 bits or more) or Ed25519. Anything else, and any text
 * holding a private key, is a BadKeyError naming what it is.
 */
function trustedKey(pem) {
    if (typeof pem === 'string') {
        const label = (0,text_pem/* privateKeyLabel */.p)(pem);
        if (label)
            throw new BadKeyError(`a private key (-----BEGIN ${label}-----), not a public key: whoever reads the repository can sign with it, so it is refused`);
    }
    let key;
    try {
        key = typeof pem === 'string' ? (0,external_node_crypto_.createPublicKey)(pem) : pem;
    }
    catch (e) {
        throw new BadKeyError(`not a PEM public key (${e.message})`);
    }
    if (key.type !== 'public')
        throw new BadKeyError('a private key was given where the public key belongs');
    const type = key.asymmetricKeyType;
    let algorithm;
    if (type === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const name = curve ? CURVES[curve] : undefined;
        if (!name)
            throw new BadKeyError(`an EC key on ${curve ?? 'an unknown curve'}; cosign keys are ECDSA P-256 (P-384 and P-521 are read too)`);
        algorithm = `ECDSA ${name} with SHA-256`;
    }
    else if (type === 'rsa') {
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        if (bits < MIN_RSA_BITS)
            throw new BadKeyError(`a ${bits}-bit RSA key; RSA keys need at least ${MIN_RSA_BITS} bits`);
        algorithm = 'RSA PKCS #1 v1.5 with SHA-256';
    }
    else if (type === 'ed25519')
        algorithm = 'Ed25519 or Ed25519ph';
    else if (type === 'rsa-pss')
        throw new BadKeyError('an RSA-PSS key (RSASSA-PSS SubjectPublicKeyInfo); cosign reads RSA keys as rsaEncryption and verifies PKCS #1 v1.5');
    else
        throw new BadKeyError(`a key of type ${type ?? 'unknown'}; lockstep verifies ECDSA (P-256, P-384, P-521), Ed25519 and RSA keys`);
    const der = key.export({ type: 'spki', format: 'der' });
    return { key, algorithm, fingerprint: `SHA256:${(0,external_node_crypto_.createHash)('sha256').update(der).digest('base64').replace(/=+$/, '')}` };
}
let ed25519ph;
function loadEd25519ph() {
    ed25519ph ??= __webpack_require__.e(/* import() */ 723).then(__webpack_require__.bind(__webpack_require__, 4723)).then((m) => (s, msg, pub, o) => m.ed25519ph.verify(s, msg, pub, o));
    return ed25519ph;
}
/** The raw 32-byte Ed25519 public key of a KeyObject. */
function ed25519Raw(key) {
    return Buffer.from(key.export({ format: 'jwk' }).x ?? '', 'base64url');
}
/**
 * The scheme under which `signature` over `payload` verifies with `k`, or
 * undefined: SHA-256 ECDSA or RSA PKCS #1 v1.5; for Ed25519, pure Ed25519
 * then Ed25519ph.
 */
async function signedBy(payload, signature, k) {
    const type = k.key.asymmetricKeyType;
    try {
        if (type !== 'ed25519')
            return (0,external_node_crypto_.verify)('sha256', payload, k.key, signature) ? k.algorithm : undefined;
        if ((0,external_node_crypto_.verify)(null, payload, k.key, signature))
            return 'Ed25519';
    }
    catch {
        return undefined;
    }
    if (signature.length !== 64)
        return undefined;
    const ph = await loadEd25519ph();
    try {
        return ph(signature, payload, ed25519Raw(k.key), { zip215: false }) ? 'Ed25519ph' : undefined;
    }
    catch {
        return undefined;
    }
}
/** The digest and reference a simple-signing payload names, or why it is not one. */
function readPayload(payload) {
    let doc;
    try {
        doc = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return { problem: 'a signed payload that is not JSON' };
    }
    const critical = doc?.critical;
    if (critical?.type !== SIMPLE_SIGNING_TYPE)
        return { problem: `a signed payload of type ${JSON.stringify(critical?.type ?? null).slice(0, 80)}, not a cosign image signature` };
    const digest = critical.image?.['docker-manifest-digest'];
    if (typeof digest !== 'string')
        return { problem: 'a signed payload without critical.image.docker-manifest-digest' };
    const ref = critical.identity?.['docker-reference'];
    return { digest, dockerReference: typeof ref === 'string' ? ref : undefined };
}
/**
 * Verifies that `digest` in `ref`'s repository carries a cosign signature
 * made by one of `keys` (PEM text or KeyObjects): the signature manifests at
 * the tag `sha256-<hex>.sig` and among the digest's referrers are read, each
 * simple-signing layer is checked against every key, and the first whose
 * payload names `digest` passes. Otherwise the outcome lists what was
 * expected (key fingerprints) and what was found. Registry failures throw
 * RegistryError; a key that does not parse throws BadKeyError.
 */
async function verifyCosignSignature(client, ref, digest, keys) {
    const trusted = keys.map((k) => (typeof k === 'object' && 'fingerprint' in k ? k : trustedKey(k)));
    const expected = trusted.map((k) => k.fingerprint);
    const found = [];
    for (const where of await signatureManifests(client, ref, digest)) {
        const layers = (0,registry_referrers/* manifestLayers */.gQ)(where.body).filter((l) => l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE);
        if (layers.length > registry_referrers/* MAX_SIGNATURE_LAYERS */.zM)
            found.push(`${layers.length} signature layers, of which only the first ${registry_referrers/* MAX_SIGNATURE_LAYERS */.zM} were read (${where.label})`);
        for (const layer of layers.slice(0, registry_referrers/* MAX_SIGNATURE_LAYERS */.zM)) {
            const sig = layer.annotations[SIGNATURE_ANNOTATION];
            if (!sig) {
                found.push(`a signature layer without ${SIGNATURE_ANNOTATION} (${where.label})`);
                continue;
            }
            const payload = await client.fetchBlob(ref, layer.digest);
            let by;
            let algorithm;
            for (const k of trusted) {
                algorithm = await signedBy(payload, Buffer.from(sig, 'base64'), k);
                if (algorithm) {
                    by = k;
                    break;
                }
            }
            if (!by || !algorithm) {
                found.push(`a signature no key verifies as ${[...new Set(trusted.map((k) => k.algorithm))].join('; ')} (${where.label})`);
                continue;
            }
            const named = readPayload(payload);
            if ('problem' in named)
                found.push(`${named.problem}, signed by ${by.fingerprint} (${where.label})`);
            else if (named.digest !== digest)
                found.push(`a signature by ${by.fingerprint} for ${named.digest.slice(0, 80)}, another digest (${where.label})`);
            else
                return { ok: true, fingerprint: by.fingerprint, where: where.label, dockerReference: named.dockerReference, algorithm };
        }
    }
    if (found.length === 0)
        found.push(`no signature (looked at the tag ${(0,registry_referrers/* referrersTag */.LN)(digest)}.sig and the referrers of ${digest})`);
    return { ok: false, expected, found };
}
/** The signature manifests of `digest`: the `.sig` tag's, then those of its referrers with cosign's artifact type (or none declared). */
async function signatureManifests(client, ref, digest) {
    const out = [];
    const tag = `${(0,registry_referrers/* referrersTag */.LN)(digest)}.sig`;
    const tagged = await client.fetchManifest(ref, tag);
    if (tagged)
        out.push({ body: tagged.body, label: `tag ${tag}` });
    const referrers = await (0,registry_referrers/* findReferrers */.SX)(client, ref, digest, (t) => t === undefined || t === COSIGN_SIGNATURE_ARTIFACT_TYPE || t === SIMPLE_SIGNING_MEDIA_TYPE);
    for (const r of referrers) {
        const m = await client.fetchManifest(ref, r.digest);
        if (m)
            out.push({ body: m.body, label: `referrer ${r.digest.slice(0, 19)}…` });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/verify.ts
// Verify before writing a digest: the policy a service's `verify:` config
// gives (cosign public keys, a Sigstore attestation identity, or both), and
// the check of one pinned digest against it. Loaded only when a `verify:`
// is configured (through loadVerifier), so captures and promotions that do
// not verify never load node:crypto's verifiers or @sigstore.




/**
 * Checks digests against policies, loading each key and trusted root once.
 * A refusal is a UserError naming the image, the digest, what was expected
 * (key fingerprints or the identity) and what was found.
 */
class DigestVerifier {
    keys = new Map();
    roots = new Map();
    client;
    read;
    /** The config file the policy came from, for errors about its keys and roots. */
    configFile;
    constructor(client, read, configFile) {
        this.client = client;
        this.read = read;
        this.configFile = configFile;
    }
    /** Verifies `digest` of `ref` (the repository; its tag is ignored) for the service `name`; throws UserError when refused. */
    async verify(name, ref, digest, policy) {
        const at = `${name}: ${ref.name}@${digest}`;
        const out = { by: [] };
        if (policy.keys && policy.keys.length > 0) {
            const keys = policy.keys.map((k) => this.key(k));
            const r = await verifyCosignSignature(this.client, ref, digest, keys);
            if (!r.ok)
                throw new errors/* UserError */.yo(`${at} is not signed as required: expected a cosign signature by ${describeKeys(policy.keys, r.expected)}; found ${r.found.join('; ')}`, {
                    hint: 'sign this digest with `cosign sign --key …` (the signature goes to the same repository), or fix verify.keys in the config; nothing was written',
                });
            out.by.push(`cosign key ${r.fingerprint}${r.algorithm === 'Ed25519ph' ? ', Ed25519ph' : ''} (${r.where})`);
        }
        if (policy.attestation) {
            const { verifyAttestation } = await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(759)]).then(__webpack_require__.bind(__webpack_require__, 1759));
            const a = policy.attestation;
            const r = await verifyAttestation(this.client, ref, digest, await this.root(a.trustedRoot), {
                issuer: a.issuer,
                identity: a.identity,
            });
            if (!r.ok)
                throw new errors/* UserError */.yo(`${at} has no valid attestation: expected ${r.expected}; found ${r.found.join('; ')}`, {
                    hint: 'attest this digest (actions/attest-build-provenance with push-to-registry: true) from the workflow verify.attestation.identity names, or fix that identity; nothing was written',
                });
            out.by.push(`attestation by ${r.identity}`);
            if (r.sourceCommit)
                out.sourceCommit = r.sourceCommit;
        }
        return out;
    }
    /** A key given as PEM text or a file path, parsed once. */
    key(spec) {
        let k = this.keys.get(spec);
        if (!k) {
            const pem = isPem(spec) ? spec : this.read(spec, 'verify.keys');
            try {
                k = trustedKey(pem);
            }
            catch (e) {
                if (!(e instanceof BadKeyError))
                    throw e;
                throw new errors/* UserError */.yo(`verify.keys: ${isPem(spec) ? 'a key' : spec} is ${e.message}`, {
                    file: this.configFile,
                    hint: /private key/.test(e.message)
                        ? 'remove it from the repository, treat the key as leaked (make a new pair, re-sign), and list the public key (cosign.pub: -----BEGIN PUBLIC KEY-----)'
                        : 'give the cosign public key (cosign.pub: -----BEGIN PUBLIC KEY-----), as text or a file path',
                });
            }
            this.keys.set(spec, k);
        }
        return k;
    }
    /** A trusted-root file, parsed once. */
    async root(path) {
        let roots = this.roots.get(path);
        if (!roots) {
            const { parseTrustedRoots, BadTrustedRootError } = await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(759)]).then(__webpack_require__.bind(__webpack_require__, 1759));
            const text = this.read(path, 'verify.attestation.trusted-root');
            try {
                roots = parseTrustedRoots(text);
            }
            catch (e) {
                if (!(e instanceof BadTrustedRootError))
                    throw e;
                throw new errors/* UserError */.yo(`verify.attestation.trusted-root: ${path} is not a Sigstore trusted root: ${e.message}`, {
                    file: this.configFile,
                    hint: 'write it with `gh attestation trusted-root > <file>`',
                });
            }
            this.roots.set(path, roots);
        }
        return roots;
    }
}
/** Reads a policy's key and trusted-root files inside `root` (the folder the config is read in). */
function policyFiles(root, configFile) {
    return (path, what) => {
        const abs = (0,workspace/* resolveInside */.LI)(root, path, what);
        const stat = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
        if (!stat)
            throw new errors/* UserError */.yo(`${what}: ${path} does not exist`, {
                file: configFile,
                hint: 'paths in verify: are relative to the folder the config is read in (the repository root)',
            });
        if (!stat.isFile())
            throw new errors/* UserError */.yo(`${what}: ${path} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}, not a ${what === 'verify.keys' ? 'key' : 'trusted-root'} file`, {
                file: configFile,
                hint: what === 'verify.keys'
                    ? 'name the public key file itself, e.g. .github/cosign.pub'
                    : 'name the file `gh attestation trusted-root` wrote',
            });
        return (0,external_node_fs_.readFileSync)(abs, 'utf8');
    };
}
function isPem(spec) {
    return spec.trimStart().startsWith('-----BEGIN');
}
/** The expected keys for a message: each fingerprint, with the file it came from. */
function describeKeys(specs, fingerprints) {
    const each = fingerprints.map((f, i) => (isPem(specs[i]) ? f : `${f} (${specs[i]})`));
    return each.length === 1 ? each[0] : `one of ${each.join(', ')}`;
}


/***/ })

};

export const id = 759;
export const ids = [759];
export const modules = {

/***/ 1759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BadTrustedRootError: () => (/* binding */ BadTrustedRootError),
/* harmony export */   parseTrustedRoots: () => (/* binding */ parseTrustedRoots),
/* harmony export */   verifyAttestation: () => (/* binding */ verifyAttestation)
/* harmony export */ });
/* unused harmony export SIGSTORE_BUNDLE_MEDIA_TYPE */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4187);
/* harmony import */ var _referrers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6937);
// Sigstore bundles stored beside an image — GitHub artifact attestations
// pushed to the registry, cosign v3 bundles — verified with @sigstore/verify
// against a trusted root (what `gh attestation trusted-root` writes: one JSON
// root per line) and an identity policy: the signing certificate's issuer and
// subject alternative name (the workflow that built the image). The bundle's
// DSSE payload is an in-toto statement whose subject must be the pinned
// digest; its SLSA provenance names the commit the image was built from.
// Parsing and checking the bundle, the certificate chain, the transparency
// log and timestamps is the library's work; this module finds the bundles and
// reads the statement.




/** The media type of a v0.3 Sigstore bundle: the referrer's artifact type and its layer's. */
const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Thrown for a trusted-root file that is not one (or more, one per line) Sigstore trusted root JSON. */
class BadTrustedRootError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BadTrustedRootError';
    }
}
/** The trusted roots in a file's text: one JSON document, or JSON lines (`gh attestation trusted-root`). */
function parseTrustedRoots(text) {
    const trimmed = text.trim();
    const docs = [];
    try {
        docs.push(JSON.parse(trimmed));
    }
    catch {
        for (const [i, line] of trimmed.split(/\r?\n/).entries()) {
            if (line.trim() === '')
                continue;
            try {
                docs.push(JSON.parse(line));
            }
            catch {
                throw new BadTrustedRootError(`line ${i + 1} is not JSON`);
            }
        }
    }
    if (docs.length === 0)
        throw new BadTrustedRootError('it is empty');
    return docs.map((d, i) => {
        if (typeof d !== 'object' || d === null || !('certificateAuthorities' in d))
            throw new BadTrustedRootError(`root ${i + 1} has no certificateAuthorities`);
        try {
            return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(d);
        }
        catch (e) {
            throw new BadTrustedRootError(`root ${i + 1}: ${e.message}`);
        }
    });
}
/**
 * Verifies that `digest` in `ref`'s repository carries a Sigstore bundle
 * that one of `roots` verifies, signed by `policy`'s identity, whose in-toto
 * subject is `digest`. The bundles are the digest's referrers (API or
 * `sha256-<hex>` tag) of the bundle media type. A root that lists
 * transparency logs (or CT logs) requires an entry in one; a root without
 * them (GitHub's own instance) relies on its timestamp authorities.
 */
async function verifyAttestation(client, ref, digest, roots, policy) {
    const expected = `a Sigstore bundle signed by ${policy.identity} (issuer ${policy.issuer})`;
    const found = [];
    const referrers = await (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .findReferrers */ .SX)(client, ref, digest, (t) => t === undefined || t.startsWith('application/vnd.dev.sigstore.bundle'));
    for (const r of referrers) {
        const m = await client.fetchManifest(ref, r.digest);
        if (!m)
            continue;
        for (const layer of (0,_referrers_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestLayers */ .gQ)(m.body)) {
            if (!layer.mediaType?.startsWith('application/vnd.dev.sigstore.bundle'))
                continue;
            const where = `referrer ${r.digest.slice(0, 19)}…`;
            const outcome = checkBundle(await client.fetchBlob(ref, layer.digest), digest, roots, policy);
            if ('problem' in outcome)
                found.push(`${outcome.problem} (${where})`);
            else
                return { ok: true, identity: policy.identity, ...outcome };
        }
    }
    if (found.length === 0)
        found.push(`no Sigstore bundle among the referrers of ${digest}`);
    return { ok: false, expected, found };
}
/** One bundle checked: the source commit and predicate type when it passes, what is wrong otherwise. */
function checkBundle(bytes, digest, roots, policy) {
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__/* .bundleFromJSON */ .vw)(JSON.parse(bytes.toString('utf8')));
    }
    catch (e) {
        return { problem: `a bundle that does not parse (${oneLine(e)})` };
    }
    if (!(0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__/* .isBundleWithDsseEnvelope */ .Km)(bundle))
        return { problem: 'a bundle signing a blob, not an in-toto statement' };
    const problems = [];
    let verified = false;
    for (const root of roots) {
        try {
            const verifier = new _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .Verifier */ .BL((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(root), {
                tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
                ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
            });
            verifier.verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toSignedEntity */ .DC)(bundle), { subjectAlternativeName: policy.identity, extensions: { issuer: policy.issuer } });
            verified = true;
            break;
        }
        catch (e) {
            problems.push(oneLine(e));
        }
    }
    if (!verified)
        return { problem: `a bundle that does not verify: ${[...new Set(problems)].join('; ')}` };
    // Only now, signed by the expected identity, is the statement worth reading.
    const statement = readStatement(bundle.content.dsseEnvelope.payload, bundle.content.dsseEnvelope.payloadType);
    if ('problem' in statement)
        return statement;
    const hex = digest.slice('sha256:'.length);
    if (!statement.subjects.includes(hex))
        return {
            problem: `an attestation by ${policy.identity} for ${statement.subjects.map((s) => `sha256:${s.slice(0, 12)}…`).join(', ') || 'no subject'}, not ${digest}`,
        };
    return { sourceCommit: statement.sourceCommit, predicateType: statement.predicateType };
}
/** The in-toto statement of a DSSE payload: its subjects' sha256 digests, predicate type and the SLSA source commit. */
function readStatement(payload, payloadType) {
    if (payloadType !== 'application/vnd.in-toto+json')
        return { problem: `a DSSE payload of type ${payloadType.slice(0, 80)}, not an in-toto statement` };
    let doc;
    try {
        doc = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return { problem: 'an in-toto statement that is not JSON' };
    }
    const subjects = [];
    for (const s of Array.isArray(doc?.subject) ? doc.subject : [])
        if (typeof s?.digest?.sha256 === 'string')
            subjects.push(s.digest.sha256.toLowerCase());
    let sourceCommit;
    const deps = doc?.predicate?.buildDefinition?.resolvedDependencies;
    for (const d of Array.isArray(deps) ? deps : []) {
        const c = d?.digest?.gitCommit;
        if (typeof c === 'string' && /^[0-9a-f]{40,64}$/.test(c)) {
            sourceCommit = c;
            break;
        }
    }
    return { subjects, predicateType: typeof doc.predicateType === 'string' ? doc.predicateType : undefined, sourceCommit };
}
function oneLine(e) {
    return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 300);
}


/***/ })

};

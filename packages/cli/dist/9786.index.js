export const id = 9786;
export const ids = [9786];
export const modules = {

/***/ 49786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   Xf: () => (/* binding */ stableYaml),
/* harmony export */   bR: () => (/* binding */ splitObjects),
/* harmony export */   uk: () => (/* binding */ objectLabel)
/* harmony export */ });
/* unused harmony exports objectKey, sortedKeys */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
// A render's output as Kubernetes objects keyed by apiVersion/kind/namespace/
// name, parsed with the yaml package (the `# Source:` comments and `---`
// separators Helm writes are the parser's business). Each object is printed
// again with its keys in a stable order, so two renders compare line by line.


/** Kinds Kubernetes keeps cluster-wide: the release namespace is not theirs. */
const CLUSTER_KINDS = new Set([
    'APIService',
    'CSIDriver',
    'ClusterIssuer',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'IngressClass',
    'MutatingWebhookConfiguration',
    'Namespace',
    'PersistentVolume',
    'PriorityClass',
    'RuntimeClass',
    'StorageClass',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
]);
/** `apps/v1/Deployment/prod/api` (namespace empty for cluster-wide objects). */
function objectKey(o) {
    return `${o.apiVersion}/${o.kind}/${o.namespace}/${o.name}`;
}
/** `Deployment prod/api`, how a reviewer reads it. */
function objectLabel(o) {
    return `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
}
/**
 * The objects of a multi-document manifest, by key; `namespace` is given to
 * objects that name none, as Argo CD applies them into the destination
 * namespace. Documents that are empty or no object (a bare comment) are
 * skipped; a document the parser refuses is an error naming it.
 */
function splitObjects(text, namespace = '') {
    const out = new Map();
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text, { uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [docs];
    list.forEach((doc, i) => {
        if (doc.errors.length > 0)
            throw new Error(`rendered document ${i + 1} is no YAML: ${doc.errors[0].message.split('\n')[0]}`);
        const body = doc.toJS({ maxAliasCount: 100 });
        if (!body || typeof body !== 'object' || Array.isArray(body))
            return;
        const b = body;
        const meta = (b.metadata ?? {});
        const obj = {
            apiVersion: String(b.apiVersion ?? ''),
            kind: String(b.kind ?? ''),
            namespace: typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : CLUSTER_KINDS.has(String(b.kind)) ? '' : namespace,
            name: String(meta.name ?? ''),
            body: b,
        };
        if (!obj.kind && !obj.name)
            return;
        out.set(objectKey(obj), obj);
    });
    return out;
}
/** Data with every map's keys sorted (arrays keep their order). */
function sortedKeys(v) {
    if (Array.isArray(v))
        return v.map(sortedKeys);
    if (v && typeof v === 'object')
        return Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, sortedKeys(v[k])]));
    return v;
}
/** The object as YAML with its keys sorted, no line folding: the text the diff is taken of. */
function stableYaml(body) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(sortedKeys(body), { lineWidth: 0, minContentWidth: 0 });
}
/** The first 12 hex digits of a text's SHA-256: what a masked Secret value shows. */
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 12);
}


/***/ })

};

export const id = 131;
export const ids = [131];
export const modules = {

/***/ 1867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ PatternSyntaxError),
/* harmony export */   DB: () => (/* binding */ RE2_ENGINE),
/* harmony export */   GD: () => (/* binding */ linearPattern),
/* harmony export */   XB: () => (/* binding */ PATTERN_INPUT_CAP)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
// Patterns that arrive with what a pull request changes (a CRD's `pattern`, a
// values.schema.json's `patternProperties`), compiled as Kubernetes compiles
// them: RE2's syntax (Go's regexp), matched in time linear in the input.
// JavaScript's RegExp backtracks: `^(a|a)*$` held a check over a minute on 31
// characters, and 40 would hold a runner for its six hours. re2js is RE2 ported
// to plain JavaScript (no native addon, no WebAssembly), with RE2's own parser,
// so a pattern it refuses (a backreference, a lookaround) is one the API server
// refuses too.

/**
 * The longest string a pattern is matched against. Linear time is still time: a schema's pattern guards a
 * name, a URL, a duration, never a document, so a longer string is a finding rather than work.
 */
const PATTERN_INPUT_CAP = 65_536;
/** A pattern RE2 does not read, and RE2's reason (`invalid escape sequence: \`\1\``). */
class PatternSyntaxError extends Error {
    pattern;
    reason;
    constructor(pattern, reason) {
        super(`pattern ${JSON.stringify(pattern)} is not RE2 syntax, the syntax Kubernetes reads patterns in (${reason})`);
        this.pattern = pattern;
        this.reason = reason;
    }
}
/** `pattern` compiled with RE2's syntax; throws a PatternSyntaxError for one RE2 does not read. */
function linearPattern(pattern) {
    let re;
    try {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern);
    }
    catch (e) {
        throw new PatternSyntaxError(pattern, e.message.replace(/^error parsing regexp: /, ''));
    }
    return { source: pattern, test: (s) => s.length <= PATTERN_INPUT_CAP && re.test(s), toString: () => `re2:${pattern}` };
}
/** ajv's `code.regExp`: `pattern` and `patternProperties` compiled with RE2; a pattern RE2 does not read makes the schema not compile. */
const RE2_ENGINE = Object.assign((pattern) => linearPattern(pattern), {
    code: 'linearPattern',
});


/***/ }),

/***/ 2535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ CrdSchemas)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1867);
// The schemas of custom resources, from their CustomResourceDefinitions (a
// chart's crds/, the rendered output, the files the config's `crds:` names):
// each served version's openAPIV3Schema, compiled with ajv on the first object
// of that kind. A CRD's schema is OpenAPI's structural subset, read here as
// JSON Schema with Kubernetes' own words applied: `nullable`, int-or-string,
// and strictness where the API server prunes (a declared object that does not
// preserve unknown fields refuses the fields it does not declare). CEL rules
// (x-kubernetes-validations) are not evaluated. Patterns are compiled with RE2
// (text/pattern.ts), as the API server compiles them: a PR's CRD writes its own
// patterns, and JavaScript's backtracking RegExp would let one hold the check.


const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** The custom kinds' schemas by `group/version/kind`, compiled when first used. */
class CrdSchemas {
    schemas = new Map();
    compiled = new Map();
    ajv;
    /** Reads every CustomResourceDefinition among `objects` (anything else is left alone); the first definition of a kind wins. */
    add(objects) {
        for (const o of objects) {
            if (o.kind !== 'CustomResourceDefinition' || !String(o.apiVersion).startsWith('apiextensions.k8s.io/'))
                continue;
            const spec = asObj(o.spec);
            const group = typeof spec?.group === 'string' ? spec.group : undefined;
            const kind = asObj(spec?.names)?.kind;
            if (!group || typeof kind !== 'string')
                continue;
            for (const v of Array.isArray(spec?.versions) ? spec.versions : []) {
                const version = asObj(v);
                const schema = asObj(asObj(version?.schema)?.openAPIV3Schema) ?? asObj(asObj(spec?.validation)?.openAPIV3Schema);
                const key = `${group}/${String(version?.name)}/${kind}`;
                if (typeof version?.name === 'string' && schema && version.served !== false && !this.schemas.has(key))
                    this.schemas.set(key, schema);
            }
        }
    }
    /** Whether a definition gives `apiVersion` `kind` a schema. */
    has(apiVersion, kind) {
        return this.schemas.has(`${apiVersion}/${kind}`);
    }
    /** ajv's errors for `data` as an `apiVersion` `kind` (empty when it passes); undefined when no definition gives one. */
    validate(apiVersion, kind, data) {
        const key = `${apiVersion}/${kind}`;
        const schema = this.schemas.get(key);
        if (!schema)
            return undefined;
        let fn = this.compiled.get(key);
        if (!fn) {
            this.ajv ??= new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false, code: { regExp: _text_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .RE2_ENGINE */ .DB } });
            try {
                fn = this.ajv.compile(asRoot(schema));
            }
            catch (e) {
                fn = e;
            }
            this.compiled.set(key, fn);
        }
        if (fn instanceof Error) {
            // The API server refuses such a CRD (its patterns are Go's RE2): nothing of this kind could be applied.
            const why = fn instanceof _text_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .PatternSyntaxError */ .AH ? `${fn.message}: the API server refuses the CRD` : fn.message;
            return [{ instancePath: '', schemaPath: '#', keyword: 'schema', params: {}, message: `its CRD's schema does not compile: ${why}` }];
        }
        return fn(data) ? [] : (fn.errors ?? []).map((e) => overCap(e, data) ?? e);
    }
}
/** A `pattern` error on a string too long to be matched, said as such: the pattern never ran on it. */
function overCap(e, data) {
    if (e.keyword !== 'pattern')
        return undefined;
    let value = data;
    for (const key of e.instancePath.split('/').slice(1))
        value = value && typeof value === 'object' ? value[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    if (typeof value !== 'string' || value.length <= _text_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERN_INPUT_CAP */ .XB)
        return undefined;
    return { ...e, message: `${value.length} characters, longer than the ${_text_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .PATTERN_INPUT_CAP */ .XB} a schema's pattern is matched against` };
}
/** A resource's schema: the version's schema with the fields every object has. */
function asRoot(schema) {
    const root = structural(schema);
    const properties = { ...(asObj(root.properties) ?? {}) };
    properties.apiVersion = { type: 'string' };
    properties.kind = { type: 'string' };
    properties.metadata = { type: 'object' };
    return { ...root, type: 'object', properties };
}
/** An OpenAPI structural schema as JSON Schema, strict where the API server prunes unknown fields. */
function structural(s) {
    const out = {};
    for (const [k, v] of Object.entries(s)) {
        if (k === 'properties' || k === 'patternProperties') {
            out[k] = Object.fromEntries(Object.entries(asObj(v) ?? {}).map(([p, sub]) => [p, structural(asObj(sub) ?? {})]));
        }
        else if (k === 'items' || k === 'not' || (k === 'additionalProperties' && asObj(v))) {
            out[k] = structural(asObj(v) ?? {});
        }
        else if (k === 'allOf' || k === 'anyOf' || k === 'oneOf') {
            out[k] = (Array.isArray(v) ? v : []).map((sub) => structural(asObj(sub) ?? {}));
        }
        else if (k !== 'nullable' && k !== 'description' && k !== 'default' && k !== 'example')
            out[k] = v;
    }
    if (s['x-kubernetes-int-or-string'] === true) {
        delete out.type;
        out.anyOf ??= [{ type: 'integer' }, { type: 'string' }];
    }
    if (s.nullable === true && typeof out.type === 'string')
        out.type = [out.type, 'null'];
    if (s['x-kubernetes-embedded-resource'] === true && asObj(out.properties))
        out.properties = { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, ...asObj(out.properties) };
    const declares = asObj(out.properties) !== undefined;
    if (declares && out.additionalProperties === undefined && s['x-kubernetes-preserve-unknown-fields'] !== true)
        out.additionalProperties = false;
    return out;
}


/***/ }),

/***/ 5327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uO: () => (/* binding */ KUBE_SCHEMAS_VERSION),
  CX: () => (/* binding */ isFluxApi),
  tG: () => (/* binding */ kindsOf),
  Eo: () => (/* binding */ kubeAndFluxSchemas),
  Yf: () => (/* binding */ kubeSchemas),
  o1: () => (/* binding */ preloadKindsOf)
});

// UNUSED EXPORTS: fluxSchemas

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/core/src/validate/schemas-load.ts
// Where a bundle finds the schemas' validators: the one copy in packages/cli/schemas/ (schemas-entry.ts, bundled
// once by scripts/bundle.mjs), beside the CLI's dist/ (in the repository, and in the CLI's npm package, whose
// `files` carry it) and three folders up from an action's dist/ (actions/<name>/dist → the repository's root, which
// the runner checks out whole for `uses: …/actions/<name>@…`). The import is left to Node (webpackIgnore): ncc
// would otherwise copy the validators into every bundle again. From the sources (the unit tests), the entry
// module itself.
var __rewriteRelativeImportExtension = (undefined && undefined.__rewriteRelativeImportExtension) || function (path, preserveJsx) {
    if (typeof path === "string" && /^\.\.?\//.test(path)) {
        return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
        });
    }
    return path;
};


/** The shared bundle, relative to a bundle's chunk: the CLI's dist/, then an action's dist/. */
const SHARED = ['../schemas/index.js', '../../../packages/cli/schemas/index.js'];
let loaded;
/** The schemas' module, loaded once per process. */
function schemaModules() {
    return (loaded ??= load());
}
async function load() {
    for (const rel of SHARED) {
        const url = new URL(rel, import.meta.url);
        if ((0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(url)))
            return (await import(__rewriteRelativeImportExtension(/* webpackIgnore: true */ url.href)));
    }
    if (import.meta.url.endsWith('.ts'))
        return import(/* webpackIgnore: true */ "./schemas-entry.js");
    throw new Error(`the Kubernetes schemas are not beside this bundle (looked for ${SHARED.join(' and ')} from ${(0,external_node_url_.fileURLToPath)(import.meta.url)})`);
}

;// CONCATENATED MODULE: ./packages/core/src/validate/kube.ts
// The Kubernetes built-in kinds' schemas, from the kubernetes-models package:
// ajv's validators compiled from the Kubernetes OpenAPI document (one API level,
// with the older group versions it still describes beside it), shipped in the
// package so nothing is fetched at run time. Each kind is its own module
// (kube-kinds.ts, written from the package): a run loads the kinds its renders
// hold, each once. The whole package is 3.5 MB of modules whose compiling took
// ~0.2 s of CPU while Helm ran; a chart of Deployments, Services and ConfigMaps
// needs ~0.45 MB of it. Flux's kinds come the same way from the same family's
// @kubernetes-models/flux-cd, loaded only when a Flux object is validated.

/** The API level the package's schemas describe (kubernetes-models 5: Kubernetes v1.36.0's OpenAPI document). */
const KUBE_SCHEMAS_VERSION = '1.36';
/** Each kind's validator as it loads, by `apiVersion/kind`: a kind's module is loaded once per run. */
const loading = new Map();
/** How many schema modules are loading now, and whether Node's deprecation warnings were off before the first. */
let quiet = 0;
let wasQuiet = false;
/**
 * A schema module's load with Node's deprecation warnings held back while it runs. The validators'
 * ajv-formats-draft2019 requires `punycode`, which Node answers with its deprecated built-in module (DEP0040, not the
 * npm package it depends on): its warning, in the log of every validating run, names nothing a user can act on.
 * Node says each deprecation once per process; what the rest of the run does is said as before.
 */
async function withoutDeprecations(load) {
    if (quiet++ === 0) {
        wasQuiet = process.noDeprecation === true;
        process.noDeprecation = true;
    }
    try {
        return await load();
    }
    finally {
        if (--quiet === 0)
            process.noDeprecation = wasQuiet;
    }
}
/** The validator of one kind the package models. */
function kindValidator(key, load) {
    let v = loading.get(key);
    if (!v) {
        loading.set(key, (v = withoutDeprecations(load).then((module) => {
            const found = new Map();
            collect(module, found);
            const validator = found.get(key);
            if (!validator)
                throw new Error(`kubernetes-models has no model of ${key} where kube-kinds.ts says`);
            return validator;
        })));
        // A module that did not load is not kept: this ask says why, the next one tries it again.
        v.catch(() => loading.delete(key));
    }
    return v;
}
let kinds;
/** The kinds the package models and their modules' loaders (kube-kinds.ts), loaded when a run first validates. */
function kubeKinds() {
    return (kinds ??= schemaModules().then((m) => m.KUBE_KINDS));
}
/** The validators of the built-in kinds among `keys` (`apiVersion/kind`); a key the package does not model is absent. */
async function kubeSchemas(keys) {
    const all = await kubeKinds();
    const modelled = [...new Set(keys)].flatMap((k) => {
        const load = all.get(k);
        return load ? [[k, load]] : [];
    });
    const validators = await Promise.all(modelled.map(([k, load]) => kindValidator(k, load)));
    return new Map(modelled.map(([k], i) => [k, validators[i]]));
}
/** Each object's `apiVersion/kind`. */
function kindsOf(objects) {
    const keys = new Set();
    for (const o of objects)
        keys.add(`${o.apiVersion}/${o.kind}`);
    return keys;
}
/**
 * Starts loading the validators of the kinds a render holds without waiting: a caller that will validate an
 * environment's after side gives its before side's render as it runs, so the kinds the environment has had load
 * while the after side's Helm runs. A failure is met again, and said, by kubeSchemas().
 */
function preloadKindsOf(render) {
    render?.then((r) => (r.ok ? kubeSchemas(kindsOf(r.objects.values())) : undefined)).catch(() => undefined);
}
/**
 * True for an API of Flux's toolkit (`helm.toolkit.fluxcd.io/v2`, `source.toolkit.fluxcd.io/v1`, …),
 * whose kinds' schemas come from @kubernetes-models/flux-cd rather than Kubernetes' own.
 */
function isFluxApi(apiVersion) {
    return /^[a-z]+\.toolkit\.fluxcd\.io\/[a-z0-9]+$/.test(apiVersion);
}
let fluxLoading;
/**
 * Flux's kinds' validators (@kubernetes-models/flux-cd 4: the source, helm,
 * kustomize, image and notification controllers' APIs from v1beta1 to v1 and
 * helm's v2, generated from the controllers' Go types), loaded once, on the
 * first Flux object a run validates: 2.2 MB of modules a run without Flux
 * never loads.
 */
function fluxSchemas() {
    return (fluxLoading ??= withoutDeprecations(() => schemaModules().then((m) => m.fluxModels())).then((models) => {
        const out = new Map();
        collect(models, out);
        return out;
    }));
}
/** The validators of the built-in kinds among `keys` with all of Flux's beside them. */
async function kubeAndFluxSchemas(keys) {
    const [kube, flux] = await Promise.all([kubeSchemas(keys), fluxSchemas()]);
    return new Map([...kube, ...flux]);
}
/** Every model class under the package's nested namespaces (group, then version). */
function collect(ns, out) {
    for (const value of Object.values(ns)) {
        if (typeof value === 'function') {
            const model = value;
            if (typeof model.apiVersion === 'string' && typeof model.kind === 'string')
                out.set(`${model.apiVersion}/${model.kind}`, (data) => run(model, data));
        }
        else if (value && typeof value === 'object')
            collect(value, out);
    }
}
/** The model's validate on `data`: it throws ajv's errors (`errors`) when the object fails. */
function run(model, data) {
    try {
        model.prototype.validate.call(data);
        return [];
    }
    catch (e) {
        const errors = e.errors;
        if (Array.isArray(errors))
            return errors;
        throw e;
    }
}


/***/ }),

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cc: () => (/* binding */ unvalidatedLine),
  T1: () => (/* binding */ validateObjects)
});

// UNUSED EXPORTS: objectFindings

// EXTERNAL MODULE: ./packages/core/src/render/objects.ts + 2 modules
var render_objects = __webpack_require__(1065);
// EXTERNAL MODULE: ./packages/core/src/validate/kube.ts + 1 modules
var kube = __webpack_require__(5327);
;// CONCATENATED MODULE: ./packages/core/src/validate/removed.ts
// The APIs Kubernetes stopped serving, from its deprecated API migration guide
// (kubernetes.io/docs/reference/using-api/deprecation-guide/, "Removed APIs by
// release"). The schema package (kubernetes-models) carries one API level with
// the old group versions beside it, so an object it validates may still be one
// the target cluster refuses: this table says which, by the version that
// removed it and what replaces it.
const r = (apiVersion, kinds, removedIn, replacement) => kinds.map((kind) => ({ apiVersion, kind, removedIn, replacement }));
/** Every removal of the guide, oldest first. */
const REMOVED_APIS = [
    // 1.16
    ...r('extensions/v1beta1', ['NetworkPolicy'], '1.16', 'networking.k8s.io/v1'),
    ...r('extensions/v1beta1', ['PodSecurityPolicy'], '1.16', 'policy/v1beta1'),
    ...r('extensions/v1beta1', ['DaemonSet', 'Deployment', 'ReplicaSet'], '1.16', 'apps/v1'),
    ...r('apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet', 'DaemonSet'], '1.16', 'apps/v1'),
    ...r('apps/v1beta2', ['Deployment', 'StatefulSet', 'ReplicaSet', 'DaemonSet'], '1.16', 'apps/v1'),
    // 1.22
    ...r('admissionregistration.k8s.io/v1beta1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], '1.22', 'admissionregistration.k8s.io/v1'),
    ...r('apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], '1.22', 'apiextensions.k8s.io/v1'),
    ...r('apiregistration.k8s.io/v1beta1', ['APIService'], '1.22', 'apiregistration.k8s.io/v1'),
    ...r('authentication.k8s.io/v1beta1', ['TokenReview'], '1.22', 'authentication.k8s.io/v1'),
    ...r('authorization.k8s.io/v1beta1', ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview'], '1.22', 'authorization.k8s.io/v1'),
    ...r('certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], '1.22', 'certificates.k8s.io/v1'),
    ...r('coordination.k8s.io/v1beta1', ['Lease'], '1.22', 'coordination.k8s.io/v1'),
    ...r('extensions/v1beta1', ['Ingress'], '1.22', 'networking.k8s.io/v1'),
    ...r('networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], '1.22', 'networking.k8s.io/v1'),
    ...r('rbac.authorization.k8s.io/v1beta1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], '1.22', 'rbac.authorization.k8s.io/v1'),
    ...r('scheduling.k8s.io/v1beta1', ['PriorityClass'], '1.22', 'scheduling.k8s.io/v1'),
    ...r('storage.k8s.io/v1beta1', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], '1.22', 'storage.k8s.io/v1'),
    // 1.25
    ...r('batch/v1beta1', ['CronJob'], '1.25', 'batch/v1'),
    ...r('discovery.k8s.io/v1beta1', ['EndpointSlice'], '1.25', 'discovery.k8s.io/v1'),
    ...r('events.k8s.io/v1beta1', ['Event'], '1.25', 'events.k8s.io/v1'),
    ...r('autoscaling/v2beta1', ['HorizontalPodAutoscaler'], '1.25', 'autoscaling/v2'),
    ...r('policy/v1beta1', ['PodDisruptionBudget'], '1.25', 'policy/v1'),
    ...r('policy/v1beta1', ['PodSecurityPolicy'], '1.25', 'Pod Security Admission (no object)'),
    ...r('node.k8s.io/v1beta1', ['RuntimeClass'], '1.25', 'node.k8s.io/v1'),
    // 1.26
    ...r('flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema', 'PriorityLevelConfiguration'], '1.26', 'flowcontrol.apiserver.k8s.io/v1'),
    ...r('autoscaling/v2beta2', ['HorizontalPodAutoscaler'], '1.26', 'autoscaling/v2'),
    // 1.27
    ...r('storage.k8s.io/v1beta1', ['CSIStorageCapacity'], '1.27', 'storage.k8s.io/v1'),
    // 1.29
    ...r('flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema', 'PriorityLevelConfiguration'], '1.29', 'flowcontrol.apiserver.k8s.io/v1'),
    // 1.32
    ...r('flowcontrol.apiserver.k8s.io/v1beta3', ['FlowSchema', 'PriorityLevelConfiguration'], '1.32', 'flowcontrol.apiserver.k8s.io/v1'),
];
/** `1.25` → [1, 25]; undefined for anything else. */
function minorOf(version) {
    const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
/** The removal that makes `apiVersion` `kind` unserved on `kubeVersion`, if any. */
function removedOn(apiVersion, kind, kubeVersion) {
    return REMOVED_APIS.find((a) => {
        if (a.apiVersion !== apiVersion || a.kind !== kind)
            return false;
        const [maj, min] = minorOf(a.removedIn);
        return kubeVersion[0] > maj || (kubeVersion[0] === maj && kubeVersion[1] >= min);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/validate/strict.ts
// Unknown fields under a validator that does not refuse them. kubernetes-models'
// validators (ajv's compiled code) read every property their schema declares
// (`data.spec !== undefined`) and enumerate the keys of a map (`for (k in data)`),
// but let an undeclared property pass, as the API server's non-strict decoding
// does. Run over a watching view of the object, what the validator never read
// is what its schema does not declare: an unknown field, as kubectl's strict
// field validation refuses it. An object the validator looked into for nothing
// at all (a free-form field: RawExtension, preserve-unknown-fields) is not judged.
/**
 * Fields the package's schemas leave out though Kubernetes declares them, so their validators never
 * read them: every property named `description` (its generator takes it for documentation: a
 * PriorityClass's, a CRD schema's) and the `x-kubernetes-*` extensions of a CRD's schema.
 */
const UNDECLARED_BY_THE_PACKAGE = (key) => key === 'description' || key.startsWith('x-kubernetes-');
/** A view of `data` that records what a validator reads; `unknownFields()` lists what it never read. */
function watched(data) {
    const root = watch(data, '', []);
    const unknownFieldsAt = () => {
        const out = [];
        collect(root.seen, out);
        return out;
    };
    return { view: root.proxy, unknownFields: () => unknownFieldsAt().map((f) => f.path), unknownFieldsAt };
}
function watch(target, path, at) {
    const seen = { target, path, at, read: new Set(), enumerated: false, children: new Map() };
    const proxies = new Map();
    const proxy = new Proxy(target, {
        get(t, key) {
            const v = t[key];
            if (typeof key !== 'string')
                return v;
            seen.read.add(key);
            if (!v || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(t, key))
                return v;
            let p = proxies.get(key);
            if (p === undefined) {
                const index = Array.isArray(t) && /^\d+$/.test(key);
                const child = watch(v, index ? `${path}[${key}]` : join(path, key), [...at, index ? Number(key) : key]);
                seen.children.set(key, child.seen);
                proxies.set(key, (p = child.proxy));
            }
            return p;
        },
        ownKeys(t) {
            seen.enumerated = true;
            return Reflect.ownKeys(t);
        },
    });
    return { proxy, seen };
}
const join = (path, key) => (path === '' ? key : `${path}.${key}`);
function collect(seen, out) {
    const isArray = Array.isArray(seen.target);
    if (!isArray && !seen.enumerated && seen.read.size > 0)
        for (const key of Object.keys(seen.target))
            if (!seen.read.has(key) && !UNDECLARED_BY_THE_PACKAGE(key))
                out.push({ path: join(seen.path, key), at: [...seen.at, key] });
    for (const child of seen.children.values())
        collect(child, out);
}

;// CONCATENATED MODULE: ./packages/core/src/validate/validate.ts
// Each rendered object judged against the schemas of the cluster it goes to:
// the built-in kinds' (kube.ts), the custom kinds' from their definitions
// (crd.ts), and the APIs the environment's Kubernetes version no longer serves
// (removed.ts). A finding is one line per problem at its field path
// (`Deployment prod/api: spec.replicas: expected integer`); an object whose
// kind no schema describes is counted and named, never passed in silence.




/**
 * Validates `objects` for a cluster of `kubeVersion` (`1.31`; undefined: the
 * schemas' own). The definitions among the objects are added to `schemas.crds`
 * first, so a chart that ships its CRD with its resources is read whole.
 */
function validateObjects(objects, schemas, kubeVersion) {
    const list = [...objects];
    schemas.crds.add(list.map((o) => o.body));
    const version = kubeVersion ?? kube/* KUBE_SCHEMAS_VERSION */.uO;
    const minor = minorOf(version);
    const findings = [];
    const unvalidated = new Map();
    let validated = 0;
    for (const o of list) {
        const label = (0,render_objects/* objectLabel */.uk)(o);
        const removed = minor ? removedOn(o.apiVersion, o.kind, minor) : undefined;
        if (removed) {
            findings.push(`${label}: ${o.apiVersion} ${o.kind} is not served since Kubernetes ${removed.removedIn} (kube-version ${version}): use ${removed.replacement}`);
            continue;
        }
        const found = objectFindings(o, schemas);
        if (found) {
            validated++;
            findings.push(...found.map((f) => `${label}: ${f.message}`));
            continue;
        }
        const kind = `${o.apiVersion} ${o.kind}`;
        unvalidated.set(kind, (unvalidated.get(kind) ?? 0) + 1);
    }
    return { kubeVersion: version, validated, findings, unvalidated: [...unvalidated].map(([kind, count]) => ({ kind, count })) };
}
/**
 * What the schemas find in one object, each problem at its field; undefined
 * when no schema describes its kind. A built-in kind is judged by its model,
 * strictly (a field the schema does not declare is a finding), and a Flux
 * kind the same way by its @kubernetes-models/flux-cd model (before any CRD
 * of it a render or the config holds, so an edited file and a render of it
 * are judged alike); any other custom kind by its CRD.
 */
function objectFindings(o, schemas) {
    const model = schemas.kube.get(`${o.apiVersion}/${o.kind}`);
    if (model) {
        const view = watched(o.body);
        const errors = describe(model(view.view));
        // What the validator never read is known only once it has run.
        return [...errors, ...view.unknownFieldsAt().map(({ path, at }) => ({ at, keyword: 'unknown', message: `${path}: unknown field` }))];
    }
    const errors = schemas.crds.validate(o.apiVersion, o.kind, o.body);
    return errors ? describe(errors) : undefined;
}
/** The line that says what was not validated, or undefined when every object was. */
function unvalidatedLine(v) {
    const n = v.unvalidated.reduce((sum, u) => sum + u.count, 0);
    if (n === 0)
        return undefined;
    return `${n} object${n === 1 ? '' : 's'} not validated: no schema for ${v.unvalidated.map((u) => u.kind).join(', ')}; add ${n === 1 ? 'its' : 'their'} CRD to crds: in the config`;
}
/** ajv's errors as `field.path: what is wrong`, one per problem (an `anyOf`'s branches said once, as its own). */
function describe(errors) {
    const out = new Map();
    const unions = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
    for (const e of errors) {
        const segments = pointerSegments(e.instancePath);
        const path = fieldPath(segments);
        if (unions.has(e.instancePath) && e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
            continue;
        const at = (p) => (p === '' ? '' : `${p}: `);
        const params = e.params;
        const put = (message, where = segments) => {
            if (!out.has(message))
                out.set(message, { at: where, keyword: e.keyword, message });
        };
        switch (e.keyword) {
            case 'type':
                put(`${at(path)}expected ${String(params.type).replace(/,/g, ' or ')}`);
                break;
            case 'required':
                put(`${at(path)}missing required field ${String(params.missingProperty)}`);
                break;
            case 'additionalProperties': {
                const field = [...segments, String(params.additionalProperty)];
                put(`${fieldPath(field)}: unknown field`, field);
                break;
            }
            case 'enum':
                put(`${at(path)}expected one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`);
                break;
            case 'anyOf':
            case 'oneOf':
                put(`${at(path)}matches none of the shapes it may take`);
                break;
            default:
                put(`${at(path)}${e.message ?? e.keyword}`);
        }
    }
    return [...out.values()];
}
/** ajv's `/spec/template/spec/containers/0/image` as its keys: `spec`, `template`, …, `0`, `image` (indexes as numbers). */
function pointerSegments(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
/** A key path as `spec.template.spec.containers[0].image`. */
function fieldPath(segments) {
    return segments.reduce((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc === '' ? p : `${acc}.${p}`), '');
}


/***/ })

};

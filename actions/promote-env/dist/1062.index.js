export const id = 1062;
export const ids = [1062];
export const modules = {

/***/ 68657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ readChartArchive)
/* harmony export */ });
/* unused harmony export CHART_TOP_FILES */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56118);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
// A packaged chart (`helm package`'s .tgz, the content layer of a chart in an
// OCI registry) read in memory: gunzipped by zlib with a cap on what it may
// grow to, the tar read by tar-stream. Only the chart's own Chart.yaml,
// values.yaml and values.schema.json are kept (`<chart>/<file>`), on request
// its templates, and on request the same files of its subcharts, which a
// packaged chart holds as folders (`<chart>/charts/<sub>/…`, at any depth).



/** The files of a chart archive that a values comparison reads. */
const CHART_TOP_FILES = ['Chart.yaml', 'values.yaml', 'values.schema.json'];
/** Far above any chart's unpacked size; a gzip bomb stops here. */
const MAX_UNPACKED = 64 * 1024 * 1024;
/** Each kept file is at most this large. */
const MAX_FILE = 4 * 1024 * 1024;
/** At most this much template text is kept from one archive (the rest is left out). */
const MAX_TEMPLATES = 16 * 1024 * 1024;
/**
 * The top-level Chart.yaml, values.yaml and values.schema.json of a packaged
 * chart, by file name, with `templates` its own `templates/…` files by path
 * in the chart, and with `subcharts` the same of each subchart
 * (`charts/<sub>/values.yaml`, …). `what` names the archive in errors.
 */
async function readChartArchive(tgz, what, opts = {}) {
    let tar;
    try {
        tar = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(tgz, { maxOutputLength: MAX_UNPACKED });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} is not a gzip'd chart archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    const files = new Map();
    let templateChars = 0;
    const reader = (0,tar_stream__WEBPACK_IMPORTED_MODULE_1__.extract)();
    const done = (async () => {
        for await (const entry of reader) {
            const name = entry.header.name.replace(/^\.\/+/, '');
            const parts = name.split('/');
            const size = entry.header.size ?? 0;
            // With subcharts, a path below charts/<sub>/ (at any depth) is read as the subchart's own.
            let at = 1;
            if (opts.subcharts === true)
                while (parts[at] === 'charts' && parts.length > at + 2)
                    at += 2;
            const rest = parts.slice(at);
            const template = opts.templates === true && rest.length >= 2 && rest[0] === 'templates' && templateChars + size <= MAX_TEMPLATES;
            const keep = entry.header.type === 'file' &&
                ((rest.length === 1 && CHART_TOP_FILES.includes(rest[0])) || template) &&
                size <= MAX_FILE;
            const chunks = [];
            // tar-stream's entries yield Buffers; its types say unknown.
            for await (const chunk of entry)
                if (keep)
                    chunks.push(chunk);
            const key = parts.slice(1).join('/');
            if (keep && !files.has(key)) {
                if (template)
                    templateChars += size;
                files.set(key, Buffer.concat(chunks).toString('utf8'));
            }
        }
    })();
    reader.end(tar);
    try {
        await done;
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} is not a readable tar archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    return files;
}


/***/ }),

/***/ 17892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ findCharts),
/* harmony export */   Jr: () => (/* binding */ chartPatternMatcher),
/* harmony export */   eP: () => (/* binding */ normalizePattern)
/* harmony export */ });
/* unused harmony exports topChartDirs, isInsideChartsFolder, owningChart, chartOwner */
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

/***/ 63068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ inexactRevisions),
/* harmony export */   Ki: () => (/* binding */ inexactRevision)
/* harmony export */ });
/* unused harmony export inexactRevisionsIn */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37306);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29002);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64293);
// A protected environment deploys exactly what was reviewed: its ArgoCD
// Application pins one chart version. `*`, a range (`^1.2`, `1.x`, `>=1.0`,
// `~1.2`), a branch name or `HEAD` lets the cluster pick up a chart nobody
// promoted. SemVer decides what is exact (semver.valid) and what is a range
// (semver.validRange); nothing here spells SemVer with a regex.






/** A full git commit id: what a `path:` (git) source may pin instead of a version tag. */
const COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
/**
 * Why `revision` is not one exact chart version, or undefined when it is.
 * A git `path:` source may also pin a full commit id.
 */
function inexactRevision(revision, source) {
    const text = revision.trim();
    if (semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(text) !== null)
        return undefined;
    if (source === 'path' && COMMIT.test(text))
        return undefined;
    if (text === '')
        return 'is empty, so the newest chart is deployed';
    if (text === '*')
        return "is '*', any version";
    if (text === 'HEAD')
        return "is 'HEAD', whatever the default branch holds";
    if (semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default()(text) !== null)
        return `is '${text}', a range, not one version`;
    return `is '${text}', a branch or tag name, not a chart version`;
}
/** The hint every such problem carries. */
const HINT = 'pin one exact chart version, e.g. targetRevision: 1.4.0 (a protected environment deploys only what was promoted)';
/**
 * Every chart source of every Application in an Applications file whose
 * targetRevision is not exact, at its line: a source with `chart:` (Helm
 * repository or OCI) or `path:` (a chart in git). Sources with neither (a
 * multi-source `ref:` for values files) carry no chart version.
 */
function inexactRevisions(text, file) {
    return inexactRevisionsIn((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .stripBom */ .F8)(text), file, { allowMulti: true }));
}
/** inexactRevisions on a file already parsed. */
function inexactRevisionsIn(parsed) {
    const out = [];
    for (const doc of parsed.documents ?? []) {
        const root = doc.contents;
        const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'spec');
        const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'kind')) ?? 'Application';
        if (kind !== 'Application' || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(spec))
            continue;
        const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(root, 'metadata'), 'name'));
        const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'sources');
        const list = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(sources) ? sources.items : [(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(spec, 'source')].filter((s) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(s));
        for (const source of list) {
            const kindOf = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'chart')) !== undefined
                ? 'chart'
                : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'path')) !== undefined
                    ? 'path'
                    : undefined;
            if (!kindOf)
                continue;
            const rev = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .mapValue */ .IS)(source, 'targetRevision');
            const why = inexactRevision((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(rev) ?? '', kindOf);
            if (!why)
                continue;
            out.push({
                file: parsed.file,
                line: parsed.lineOf(rev ?? source) ?? 1,
                message: `targetRevision of Application ${name ?? '(unnamed)'} ${rev === undefined || rev === null ? 'is not set, so the newest chart is deployed' : why}`,
                hint: HINT,
            });
        }
    }
    return out;
}


/***/ }),

/***/ 20497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
  Xv: () => (/* binding */ configLine),
  Z9: () => (/* binding */ loadConfig),
  Bu: () => (/* binding */ parseConfigText),
  BH: () => (/* binding */ verifyFor),
  Xs: () => (/* binding */ verifyOptOut)
});

// UNUSED EXPORTS: PIN_FILE_KEYS, configOfRefusal, pinFileOf, rawConfig, unnamedKeys

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var yaml_read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/yaml/plain-document.ts
var plain_document = __webpack_require__(88855);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(24619);
;// CONCATENATED MODULE: ./packages/core/src/config/raw.generated.ts
// Generated by `npm run settings` (scripts/config-schema.ts) from the settings declarations
// (packages/core/src/settings/table-*.ts and config-keys.ts). Do not edit.
/** Each top-level key's default where the file leaves it out (the settings declarations'). */
const TOP_DEFAULTS = {
    'chart-version-policy': 'independent',
    'fix-window': '72h',
    ignore: [],
    changelog: 'auto',
    'tag-prefix': 'v',
    'version-file': '.version',
    packages: [],
    pins: [],
    'notify-pulls': false,
    'commit-mode': 'git',
};
/** Each environment key's default where an environment leaves it out. */
const ENVIRONMENT_DEFAULTS = {
    protected: false,
    preview: false,
    render: 'auto',
    'auto-merge': false,
    wait: 'refuse',
};
/** Each top-level key the loader reads through a reader (config/readers.ts): the one its declaration names. */
const TOP_READERS = {
    verify: 'verify',
    render: 'render',
    'fix-window': 'duration',
    'chart-registry': 'oci-path',
    pins: 'pins',
};
/** Each environment key the loader reads through a reader. */
const ENVIRONMENT_READERS = {
    windows: 'windows',
    'min-soak': 'duration',
};
/** Each service key the loader reads through a reader. */
const SERVICE_READERS = {
    verify: 'verify',
};
/** Each group of environment keys of which one must be given (the declarations' `oneOf`), in declaration order. */
const ENVIRONMENT_ONE_OF = {
    pins: ['values', 'kustomization', 'helmrelease', 'flux-kustomization'],
};
/** The JSON Schema of the file (packages/core/schema/lockstep.schema.json), for the loader's did-you-mean. */
const configSchema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://lockstep.dev/schema/lockstep.schema.json",
    "title": "lockstep configuration (.github/lockstep.yml)",
    "type": "object",
    "additionalProperties": false,
    "properties": {
        "charts-ignore": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped."
        },
        "values-contract": {
            "enum": [
                "error",
                "warn",
                "off"
            ],
            "description": "Every environment's values-contract where it sets none: keys its values set that no template of its chart reads (default error for protected environments, warn elsewhere)."
        },
        "chart-version-policy": {
            "enum": [
                "independent",
                "sync"
            ],
            "description": "independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.",
            "default": "independent"
        },
        "services": {
            "type": "object",
            "description": "Image name -> repository and the key path of its image block in values files.",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "image"
                ],
                "properties": {
                    "image": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Image repository, e.g. ghcr.io/acme/api."
                    },
                    "values-key": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Dotted key path of the image block, e.g. services.api.image."
                    },
                    "image-policy": {
                        "type": "string",
                        "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$",
                        "description": "The Flux ImagePolicy (namespace:name) whose image automation markers (# {\"$imagepolicy\": \"namespace:name\"} and its :tag, :name, :digest forms) name the fields holding this image in each environment's pin file and, for an overlay environment, in every file kustomize reads under the overlay's folder (Deployments, a HelmRelease patch's values): promote-env writes those fields, markers kept."
                    },
                    "flux-substitute": {
                        "oneOf": [
                            {
                                "type": "string",
                                "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                            },
                            {
                                "type": "object",
                                "additionalProperties": false,
                                "properties": {
                                    "image": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    },
                                    "name": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    },
                                    "tag": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    },
                                    "digest": {
                                        "type": "string",
                                        "pattern": "^[_a-zA-Z][_a-zA-Z0-9]*$"
                                    }
                                }
                            }
                        ],
                        "description": "The spec.postBuild.substitute variables of a flux-kustomization environment holding this image: one name (its value the whole image, repo:tag@sha256:…) or a mapping of image, name, tag, digest to variable names. promote-env writes them where Flux takes them from: the Flux Kustomization’s spec.postBuild.substitute, else the last spec.postBuild.substituteFrom ConfigMap of the repository holding them (a manifest’s data, configMapGenerator literals, an envs: .env file’s line, a files: source’s whole file); a Secret holding one is refused."
                    },
                    "verify": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "keys": {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "type": "string",
                                    "minLength": 1
                                },
                                "description": "cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."
                            },
                            "attestation": {
                                "type": "object",
                                "additionalProperties": false,
                                "required": [
                                    "trusted-root",
                                    "identity"
                                ],
                                "description": "A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.",
                                "properties": {
                                    "trusted-root": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "Workspace-relative path of the trusted root (gh attestation trusted-root > file)."
                                    },
                                    "issuer": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "OIDC issuer of the signing certificate.",
                                        "default": "https://token.actions.githubusercontent.com"
                                    },
                                    "identity": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."
                                    }
                                }
                            }
                        },
                        "description": "What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."
                    }
                }
            }
        },
        "verify": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "keys": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "string",
                        "minLength": 1
                    },
                    "description": "cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."
                },
                "attestation": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "trusted-root",
                        "identity"
                    ],
                    "description": "A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.",
                    "properties": {
                        "trusted-root": {
                            "type": "string",
                            "minLength": 1,
                            "description": "Workspace-relative path of the trusted root (gh attestation trusted-root > file)."
                        },
                        "issuer": {
                            "type": "string",
                            "minLength": 1,
                            "description": "OIDC issuer of the signing certificate.",
                            "default": "https://token.actions.githubusercontent.com"
                        },
                        "identity": {
                            "type": "string",
                            "minLength": 1,
                            "description": "Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."
                        }
                    }
                }
            },
            "description": "What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."
        },
        "environments": {
            "type": "array",
            "description": "Promotion order, first to last.",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "name"
                ],
                "anyOf": [
                    {
                        "required": [
                            "values"
                        ]
                    },
                    {
                        "required": [
                            "kustomization"
                        ]
                    },
                    {
                        "required": [
                            "helmrelease"
                        ]
                    },
                    {
                        "required": [
                            "flux-kustomization"
                        ]
                    }
                ],
                "properties": {
                    "name": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The environment, as promote-env --to names it."
                    },
                    "values": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Values file of this environment (this or kustomization is required)."
                    },
                    "kustomization": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Kustomize overlay holding this environment's image pins in its images: list: a kustomization.yaml (.yml, Kustomization), a folder holding one, or an Argo CD Application whose spec.source.kustomize.images holds them."
                    },
                    "application": {
                        "type": "string",
                        "description": "ArgoCD Application manifest whose targetRevision is the chart version."
                    },
                    "helmrelease": {
                        "type": "string",
                        "description": "Flux HelmRelease (or the kustomize patch of it) this environment deploys, `<file>[#<name>]`: its spec.chart.spec.version is the chart version, its spec.values hold the image pins (unless values names another file)."
                    },
                    "flux-kustomization": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Flux Kustomization (kustomize.toolkit.fluxcd.io) whose spec.images list holds this environment's image pins, read and written as a Kustomize overlay's images:."
                    },
                    "ocirepository": {
                        "type": "string",
                        "description": "Flux OCIRepository the environment's HelmRelease takes its chart from (spec.chartRef), `<file>[#<name>]`: its spec.ref.tag is the chart version."
                    },
                    "protected": {
                        "type": "boolean",
                        "description": "Digest-only images, exact chart versions, draft promotion PRs, never auto-merged.",
                        "default": false
                    },
                    "kube-version": {
                        "type": "string",
                        "pattern": "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$",
                        "description": "The Kubernetes version this environment's cluster runs (e.g. \"1.31\"): its rendered objects are validated for it, and the APIs it no longer serves are refused (default the schemas' own, 1.36)."
                    },
                    "helm-version": {
                        "enum": [
                            3,
                            4
                        ],
                        "description": "The Helm major this environment's deployer renders with (3 or 4; Argo CD 3.5 and Flux 2.8 render with Helm 4): its charts are rendered with a Helm of that major found on PATH (as `helm`, `helm3` or `helm4`), refused when there is none (default: the first `helm` on PATH)."
                    },
                    "url": {
                        "type": "string",
                        "pattern": "^https?://[^\\s]+$",
                        "description": "Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments)."
                    },
                    "preview": {
                        "type": "boolean",
                        "description": "A preview environment that goes away: its GitHub Deployments are transient.",
                        "default": false
                    },
                    "windows": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "allow": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "additionalProperties": false,
                                    "required": [
                                        "cron",
                                        "duration"
                                    ],
                                    "description": "A window: it opens at each time the cron expression names and stays open for the duration.",
                                    "properties": {
                                        "cron": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."
                                        },
                                        "duration": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "How long each window stays open (30m, 8h, 2d)."
                                        },
                                        "timezone": {
                                            "type": "string",
                                            "minLength": 1,
                                            "default": "UTC",
                                            "description": "IANA time zone the cron expression is read in, e.g. Europe/Paris."
                                        }
                                    }
                                },
                                "description": "Promotions land only inside one of these windows."
                            },
                            "deny": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "additionalProperties": false,
                                    "required": [
                                        "cron",
                                        "duration"
                                    ],
                                    "description": "A window: it opens at each time the cron expression names and stays open for the duration.",
                                    "properties": {
                                        "cron": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."
                                        },
                                        "duration": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "How long each window stays open (30m, 8h, 2d)."
                                        },
                                        "timezone": {
                                            "type": "string",
                                            "minLength": 1,
                                            "default": "UTC",
                                            "description": "IANA time zone the cron expression is read in, e.g. Europe/Paris."
                                        }
                                    }
                                },
                                "description": "Promotions never land inside these windows."
                            },
                            "freeze": {
                                "type": "array",
                                "description": "Date ranges (whole days, both included) in which promotions never land.",
                                "items": {
                                    "type": "object",
                                    "additionalProperties": false,
                                    "required": [
                                        "from",
                                        "to"
                                    ],
                                    "properties": {
                                        "from": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "First frozen day, YYYY-MM-DD."
                                        },
                                        "to": {
                                            "type": "string",
                                            "minLength": 1,
                                            "description": "Last frozen day, YYYY-MM-DD."
                                        },
                                        "timezone": {
                                            "type": "string",
                                            "minLength": 1,
                                            "default": "UTC",
                                            "description": "IANA time zone the days are in, e.g. Europe/Paris."
                                        },
                                        "reason": {
                                            "type": "string",
                                            "description": "Said when the freeze holds a promotion."
                                        }
                                    }
                                }
                            }
                        },
                        "description": "When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused."
                    },
                    "after": {
                        "type": "array",
                        "minItems": 1,
                        "uniqueItems": true,
                        "items": {
                            "type": "string",
                            "minLength": 1
                        },
                        "description": "The fan-in gate: this environment is promoted only from pins (digests, tags and the chart version) every environment listed here runs; a promotion before they all do is refused, naming which lacks which pin."
                    },
                    "approval": {
                        "oneOf": [
                            {
                                "type": "object",
                                "additionalProperties": false,
                                "required": [
                                    "teams"
                                ],
                                "properties": {
                                    "teams": {
                                        "type": "array",
                                        "minItems": 1,
                                        "items": {
                                            "type": "string",
                                            "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",
                                            "description": "A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform."
                                        },
                                        "description": "Teams as org/team-slug, e.g. acme/platform."
                                    }
                                }
                            },
                            {
                                "type": "object",
                                "additionalProperties": false,
                                "required": [
                                    "github-environment"
                                ],
                                "properties": {
                                    "github-environment": {
                                        "type": "string",
                                        "minLength": 1,
                                        "description": "The GitHub Environment whose required reviewers may approve."
                                    }
                                }
                            }
                        ],
                        "description": "The approval gate: a promotion into this environment waits until the promotion pull request into its source environment was approved by a member of one of the teams (org/team), or by a required reviewer of the named GitHub Environment. Without a token it holds."
                    },
                    "hydrate": {
                        "type": "object",
                        "additionalProperties": false,
                        "properties": {
                            "branch": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9._/-]+$",
                                "description": "The environment's active branch (e.g. environment/prod): hydrate-env writes to <branch>-next. Required unless the environment's application: hydrates from source (spec.sourceHydrator), whose syncSource.targetBranch, syncSource.path and hydrateTo.targetBranch are read for branch, path and hydrate-to."
                            },
                            "path": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
                                "description": "GitOps Promoter's activePath (shared active branch): the files go under <path>/ on <branch>-next/<path>, other folders kept byte for byte."
                            },
                            "hydrate-to": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9._/-]+$",
                                "description": "Argo CD Source Hydrator's layout: the branch written (spec.sourceHydrator.hydrateTo.targetBranch, e.g. environments/prod-next) instead of <branch>-next, with the files under path: (syncSource.path) and hydrator.metadata at the root as well."
                            },
                            "layout": {
                                "enum": [
                                    "manifest",
                                    "objects"
                                ],
                                "default": "manifest",
                                "description": "manifest: one manifest.yaml (Argo CD Source Hydrator layout); objects: one file per object, in a stable order."
                            },
                            "secrets": {
                                "enum": [
                                    "refuse",
                                    "drop"
                                ],
                                "default": "refuse",
                                "description": "A Secret in the render: refused, or dropped with a line saying so (never written in clear)."
                            },
                            "promote": {
                                "enum": [
                                    "gitops-promoter",
                                    "lockstep"
                                ],
                                "default": "gitops-promoter",
                                "description": "Who promotes <branch>-next into <branch>: gitops-promoter (or Argo CD; hydrate-env only writes the proposed branch), or lockstep (promote-env with to: this environment opens the pull request <branch>-next -> <branch> through the gates: soak, windows, fan-in, approval)."
                            }
                        },
                        "description": "hydrate-env: write this environment's rendered manifests to <branch>-next in GitOps Promoter's hydrator contract (manifest.yaml or one file per object, and hydrator.metadata)."
                    },
                    "render": {
                        "enum": [
                            "auto",
                            "on",
                            "off"
                        ],
                        "description": "Rendered manifest diffs for this environment (default: the top level's render mode).",
                        "default": "auto"
                    },
                    "validate": {
                        "enum": [
                            "error",
                            "warn",
                            "off"
                        ],
                        "description": "Schema validation of the environment's rendered objects (Kubernetes' schemas for its kube-version, its CRDs, the APIs that version removed): error refuses, warn annotates, off skips (default error when protected, else warn)."
                    },
                    "values-contract": {
                        "enum": [
                            "error",
                            "warn",
                            "off"
                        ],
                        "description": "Keys the environment's values set that no template of its chart, its subcharts or global reads, each named at its line with the nearest key the chart reads: error fails the check, warn annotates, off skips (default the top's values-contract, else error when protected, else warn)."
                    },
                    "values-drift": {
                        "enum": [
                            "error",
                            "warn",
                            "off"
                        ],
                        "description": "A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn)."
                    },
                    "auto-merge": {
                        "type": "boolean",
                        "description": "Enable GitHub auto-merge on the pull request (default the target environment's config auto-merge; never for protected targets).",
                        "default": false
                    },
                    "min-soak": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m)."
                    },
                    "wait": {
                        "enum": [
                            "refuse",
                            "draft"
                        ],
                        "description": "A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.",
                        "default": "refuse"
                    }
                }
            }
        },
        "render": {
            "oneOf": [
                {
                    "enum": [
                        "auto",
                        "on",
                        "off"
                    ]
                },
                {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "mode": {
                            "enum": [
                                "auto",
                                "on",
                                "off"
                            ],
                            "default": "auto"
                        },
                        "ignore": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1
                            },
                            "description": "Regular expressions of rendered lines ignored in the diff (counted, not shown)."
                        },
                        "ignore-defaults": {
                            "type": "boolean",
                            "default": true,
                            "description": "Ignore the chart-version churn lines (helm.sh/chart, app.kubernetes.io/version, checksum/* annotations)."
                        },
                        "summarize": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1
                            },
                            "description": "Kinds shown as one line with their size instead of a diff (e.g. CustomResourceDefinition)."
                        },
                        "kube-version": {
                            "type": "string",
                            "minLength": 1,
                            "description": "helm template --kube-version (e.g. 1.31.0)."
                        },
                        "api-versions": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1
                            },
                            "description": "helm template --api-versions, each (e.g. monitoring.coreos.com/v1)."
                        }
                    }
                }
            ],
            "description": "Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below."
        },
        "crds": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "CustomResourceDefinition files or globs (workspace-relative, e.g. crds/**/*.yaml) whose schemas validate the rendered custom resources, besides a chart's crds/ and the CRDs a render holds."
        },
        "fix-window": {
            "type": "string",
            "minLength": 1,
            "description": "lockstep metrics: a fix release (same major and minor, higher patch) counts as the repair of the landing it replaces when it lands within this time after it (30m, 72h, 5d), or when a change it carries has a Lockstep-Fixes: <version> trailer naming the replaced release.",
            "default": "72h"
        },
        "waves": {
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "minItems": 2,
                "uniqueItems": true,
                "items": {
                    "type": "string",
                    "minLength": 1
                }
            },
            "description": "promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit."
        },
        "charts": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error."
        },
        "ignore": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).",
            "default": []
        },
        "changelog": {
            "enum": [
                "auto",
                "required",
                "off"
            ],
            "description": "auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.",
            "default": "auto"
        },
        "chart-registry": {
            "type": "string",
            "pattern": "^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$",
            "description": "OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published."
        },
        "tag-prefix": {
            "type": "string",
            "description": "Prefix of release tags.",
            "default": "v"
        },
        "version-file": {
            "type": "string",
            "minLength": 1,
            "description": "File holding the release version X.Y.Z on one line.",
            "default": ".version"
        },
        "packages": {
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1
            },
            "description": "Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).",
            "default": []
        },
        "pins": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                    "files",
                    "names"
                ],
                "properties": {
                    "files": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Glob of files holding the pins."
                    },
                    "table": {
                        "type": "string",
                        "description": "TOML table (dotted) or JSON object path holding the pins."
                    },
                    "names": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "minLength": 1
                        },
                        "minItems": 1,
                        "description": "Dependency names to pin."
                    }
                }
            },
            "description": "Dependency pins set to X.Y.Z at release.",
            "default": []
        },
        "lock-command": {
            "type": "array",
            "items": {
                "type": "string"
            },
            "minItems": 1,
            "description": "argv run in each folder whose pins changed (no shell)."
        },
        "notify-pulls": {
            "type": "boolean",
            "description": "prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place (\"Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)\"). Needs pull-requests: write.",
            "default": false
        },
        "commit-mode": {
            "enum": [
                "git",
                "api"
            ],
            "description": "prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for \"require signed commits\" rulesets.",
            "default": "git"
        }
    }
};

;// CONCATENATED MODULE: ./packages/core/src/config/schema-errors.ts
// The config schema's errors in the user's words, one per line (config.ts's loader says them all at once):
// a key the schema does not know is an unknown key; a value the schema refuses is said with what the
// schema requires there (its description, its allowed values), never as an unknown key. Where the schema
// offers alternatives (`oneOf`: approval by teams or by a GitHub Environment), the one the file's keys
// chose is the one judged: `approval: { teams: [sre] }` breaks the teams form's pattern, not the other's keys.





/** Where users read about the config: a path in this project's repository (the schema ships inside the package, not in theirs). */
const CONFIG_DOCS = 'docs/configuration.md';
/** The YAML path of a schema error (`/environments/0/min-soak` → ['environments', 0, 'min-soak']). */
function pathOf(err) {
    return err.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/**
 * The schema's errors as the user's, one per line: an unknown key before the other errors at its line
 * (ajv lists a oneOf's branches too), in the order of the file.
 */
function schemaErrors(parsed, all, raw) {
    const errors = chosenBranches(all);
    const typos = errors.filter((e) => e.keyword === 'additionalProperties');
    // A mapping with an unknown key is said by that key alone: what it then lacks (`value:` for `values:`) is the typo's echo.
    const typoAt = new Set(typos.map((e) => e.instancePath));
    const ordered = [...typos, ...errors.filter((e) => e.keyword !== 'additionalProperties' && !typoAt.has(e.instancePath))];
    const byLine = new Map();
    for (const err of ordered) {
        const u = schemaError(parsed, err, raw);
        if (!byLine.has(u.line ?? 0))
            byLine.set(u.line ?? 0, u);
    }
    return [...byLine.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/** The branch of the alternative `alt` (a `oneOf`/`anyOf` error) that `err` comes from, if any: `…/oneOf/1/…` → '1'. */
function branchOf(err, alt) {
    const inside = err.instancePath === alt.instancePath || err.instancePath.startsWith(`${alt.instancePath}/`);
    if (!inside || !err.schemaPath.startsWith(`${alt.schemaPath}/`))
        return undefined;
    return err.schemaPath.slice(alt.schemaPath.length + 1).split('/')[0];
}
/**
 * The errors of the alternatives the file chose: where a value breaks every branch of a `oneOf` (approval by
 * `teams` or by `github-environment`), the branch whose keys the value has (no unknown key, no missing one,
 * no wrong type there) is the one meant, and only its errors are said; the others' ("unknown key teams" of
 * the GitHub Environment form) and the `oneOf`'s own are dropped. Where no branch is closer than another,
 * all stand.
 */
function chosenBranches(errors) {
    const dropped = new Set();
    for (const alt of errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
        const branches = new Map();
        for (const err of errors) {
            const b = err === alt ? undefined : branchOf(err, alt);
            if (b !== undefined)
                branches.set(b, [...(branches.get(b) ?? []), err]);
        }
        const shape = (list) => list.filter((e) => e.instancePath === alt.instancePath && ['additionalProperties', 'required', 'type'].includes(e.keyword)).length;
        const scored = [...branches].map(([b, list]) => ({ b, list, n: shape(list) }));
        const best = Math.min(...scored.map((x) => x.n));
        const fits = scored.filter((x) => x.n === best);
        if (scored.length < 2 || fits.length !== 1)
            continue;
        dropped.add(alt);
        for (const x of scored)
            if (x !== fits[0])
                x.list.forEach((e) => dropped.add(e));
    }
    return errors.filter((e) => !dropped.has(e));
}
/** The description the schema gives the value an error is about: its own node's, else the nearest enclosing one's. */
function describedAt(schemaPath) {
    const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
    let node = configSchema;
    const seen = [node];
    for (const p of parts) {
        node =
            node !== null && typeof node === 'object' ? node[p.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
        seen.push(node);
    }
    for (const n of seen.reverse()) {
        const d = n !== null && typeof n === 'object' ? n.description : undefined;
        if (typeof d === 'string')
            return d.replace(/\.$/, '');
    }
    return undefined;
}
/** The value at `path` of the file's data. */
function valueAt(raw, path) {
    return path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), raw);
}
/** A value of a known key that the schema refuses (a pattern, a length, a type): said with what the schema requires there. */
function describedError(parsed, err, raw) {
    const described = err.keyword === 'required' ? undefined : describedAt(err.schemaPath);
    if (described === undefined)
        return undefined;
    const path = pathOf(err);
    const dotted = path.join('.');
    const value = JSON.stringify(valueAt(raw, path)) ?? 'empty';
    // A pattern's own text says nothing a person reads: its description is the rule.
    const rule = err.keyword === 'pattern' ? 'not as the schema requires:' : `which ${err.message ?? 'is invalid'}:`;
    return new src_errors/* UserError */.yo(`'${dotted || '(top level)'}' is ${value}, ${rule} ${described}`, {
        file: parsed.file,
        line: parsed.lineOf((0,yaml_read/* nodeAt */.oB)(parsed, path)) ?? 1,
        hint: `write it as the schema says (see ${CONFIG_DOCS})`,
    });
}
function schemaError(parsed, err, raw) {
    const path = pathOf(err);
    const where = (0,yaml_read/* nodeAt */.oB)(parsed, path);
    const dotted = path.join('.');
    const docs = `${CONFIG_DOCS} lists every key`;
    if (err.keyword === 'additionalProperties') {
        const key = err.params.additionalProperty;
        let line = parsed.lineOf(where);
        if ((0,dist/* isMap */.jh)(where)) {
            const pair = where.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
            line = parsed.lineOf(pair?.key) ?? line;
        }
        const guess = (0,suggest/* nearest */.p)(key, Object.keys(schemaAt(path)?.properties ?? {}));
        return new src_errors/* UserError */.yo(`unknown key '${dotted ? `${dotted}.` : ''}${key}'`, {
            file: parsed.file,
            line,
            hint: guess ? `did you mean ${guess}? (${docs})` : `remove it or fix its spelling (${docs})`,
        });
    }
    if (err.keyword === 'enum') {
        const allowed = err.params.allowedValues.map(String);
        const value = path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), raw);
        const guess = typeof value === 'string' ? (0,suggest/* nearest */.p)(value, allowed) : undefined;
        return new src_errors/* UserError */.yo(`'${dotted}' is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`, {
            file: parsed.file,
            line: parsed.lineOf(where) ?? 1,
            hint: guess ? `did you mean ${guess}? (see ${CONFIG_DOCS})` : `use one of ${allowed.join(', ')} (see ${CONFIG_DOCS})`,
        });
    }
    // An environment's url: said in words, under the environment's name rather than its index.
    if (err.keyword === 'pattern' && path.length === 3 && path[0] === 'environments' && path[2] === 'url') {
        const env = raw.environments?.[path[1]];
        const value = env?.url;
        const name = typeof env?.name === 'string' ? env.name : String(path[1]);
        return new src_errors/* UserError */.yo(`environment ${name}: url ${JSON.stringify(value)} is not an http:// or https:// address`, {
            file: parsed.file,
            line: parsed.lineOf(where) ?? 1,
            hint: 'write the address the environment is reached at, e.g. https://staging.example.com, without spaces',
        });
    }
    // An environment with neither pin location: said in words, at the environment's line.
    if ((err.keyword === 'required' || err.keyword === 'anyOf') && path.length === 2 && path[0] === 'environments') {
        const env = raw.environments?.[path[1]];
        const missing = err.params.missingProperty;
        const keys = ENVIRONMENT_ONE_OF.pins;
        if (missing === undefined || keys.includes(missing))
            return new src_errors/* UserError */.yo(`environment ${typeof env?.name === 'string' ? env.name : String(path[1])} names none of ${keys
                .map((k) => `${k}:`)
                .join(', ')
                .replace(/, ([^,]*)$/, ' or $1')}`, {
                file: parsed.file,
                line: parsed.lineOf(where) ?? 1,
                hint: 'give its values file (values: charts/myapp/values-prod.yaml), its Kustomize overlay (kustomization: deploy/overlays/prod), or its Flux HelmRelease (helmrelease: apps/prod/release.yaml) or Flux Kustomization (flux-kustomization: clusters/prod/apps.yaml)',
            });
    }
    const described = describedError(parsed, err, raw);
    if (described)
        return described;
    const detail = err.keyword === 'required'
        ? `needs key '${err.params.missingProperty}'`
        : (err.message ?? 'is invalid');
    return new src_errors/* UserError */.yo(`'${dotted || '(top level)'}' ${detail}`, {
        file: parsed.file,
        line: parsed.lineOf(where) ?? 1,
        hint: `see ${CONFIG_DOCS}`,
    });
}
/** The part of the config schema that describes the value at `path` (for the keys valid there). */
function schemaAt(path) {
    let node = configSchema;
    for (const k of path) {
        if (!node)
            return undefined;
        if (typeof k === 'number')
            node = node.items;
        else
            node = node.properties?.[k] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    }
    return node;
}
/**
 * A copy of `raw` without the keys the schema refused: each error's key of its place (the top of the file,
 * an environment, a service) is left out whole (`environments.2.approval` for a bad team in it); a list's
 * items are never removed, so that each path keeps its line.
 */
function withoutRefused(raw, errors) {
    const copy = structuredClone(raw);
    for (const err of errors) {
        const path = pathOf(err);
        if (err.keyword === 'additionalProperties')
            path.push(err.params.additionalProperty);
        // An environment or a service as a whole (a missing name) stays: removing it would move the others' lines.
        const scoped = path[0] === 'environments' || path[0] === 'services';
        if (scoped && path.length < 3)
            continue;
        const place = scoped ? copy[path[0]]?.[path[1]] : copy;
        const key = scoped ? path[2] : path[0];
        if (place !== null && typeof place === 'object' && !Array.isArray(place) && key !== undefined)
            delete place[String(key)];
    }
    return copy;
}

// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var duration = __webpack_require__(8473);
;// CONCATENATED MODULE: ./packages/core/src/config/readers.ts
// The readers a config key's declaration names (`reader:` in settings/table-*.ts and config-keys.ts): how the
// loader reads a value that is more than the value as written (a duration, a mapping with defaults), and how
// `lockstep config` shows it again in the file's spelling. The declarations name a reader by its key here
// (config/ imports no settings/: docs/architecture.md); raw.generated.ts lists which key reads through which.


/** The OIDC issuer of GitHub Actions' tokens: the default `verify.attestation.issuer`. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** A duration (30m, 1h30m) read in milliseconds, refused at its line when it is none. */
function readers_duration(text, at, path) {
    const ms = (0,duration/* parseDuration */.E9)(text);
    if (ms === undefined)
        throw new src_errors/* UserError */.yo(`'${at.name(path)}' is '${text}', not a duration`, { file: at.file, line: at.lineOf(path), hint: duration/* DURATION_HINT */.Fp });
    return ms;
}
/** An IANA time zone (UTC when not given), refused at its line when the runtime does not know it. */
function zone(tz, at, path) {
    if (tz === undefined)
        return 'UTC';
    try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return tz;
    }
    catch {
        throw new src_errors/* UserError */.yo(`'${at.name(path)}' is '${tz}', not a time zone`, {
            file: at.file,
            line: at.lineOf(path),
            hint: 'use an IANA time zone name, e.g. UTC or Europe/Paris',
        });
    }
}
/** True for a real calendar day written YYYY-MM-DD. */
function isDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
/** An environment's windows: each duration, time zone and freeze day read strictly (cron expressions are checked where they are parsed, promote/gates). */
function readWindows(w, at) {
    const windows = (kind) => (w[kind] ?? []).map((x, j) => ({
        cron: x.cron,
        duration: x.duration,
        durationMs: readers_duration(x.duration, at, [kind, j, 'duration']),
        timezone: zone(x.timezone, at, [kind, j, 'timezone']),
        line: at.lineOf([kind, j, 'cron']),
    }));
    const freeze = (w.freeze ?? []).map((f, j) => {
        for (const k of ['from', 'to'])
            if (!isDay(f[k]))
                throw new src_errors/* UserError */.yo(`'${at.name(['freeze', j, k])}' is '${f[k]}', not a day`, {
                    file: at.file,
                    line: at.lineOf(['freeze', j, k]),
                    hint: 'write the day as YYYY-MM-DD, e.g. 2026-12-24',
                });
        if (f.from > f.to)
            throw new src_errors/* UserError */.yo(`freeze ${j + 1} of environment ${at.environment} ends (${f.to}) before it starts (${f.from})`, {
                file: at.file,
                line: at.lineOf(['freeze', j, 'to']),
                hint: 'from is the first frozen day, to the last',
            });
        return {
            from: f.from,
            to: f.to,
            timezone: zone(f.timezone, at, ['freeze', j, 'timezone']),
            ...(f.reason !== undefined ? { reason: f.reason } : {}),
        };
    });
    return { allow: windows('allow'), deny: windows('deny'), freeze };
}
/** The top-level `render:` (a mode, or a mapping): defaults applied, each ignore pattern compiled (a bad one refused at its line). */
function readRender(r, at) {
    const raw = typeof r === 'string' ? { mode: r } : (r ?? {});
    for (const [i, pattern] of (raw.ignore ?? []).entries())
        try {
            new RegExp(pattern);
        }
        catch (e) {
            throw new src_errors/* UserError */.yo(`render.ignore: ${JSON.stringify(pattern)} is no regular expression (${e.message})`, {
                file: at.file,
                line: at.lineOf(['ignore', i]),
                hint: 'write a JavaScript regular expression matched against each rendered line, e.g. ^\\s*generation:',
            });
        }
    return {
        ...(raw.mode ? { mode: raw.mode } : {}),
        ignore: raw.ignore ?? [],
        ignoreDefaults: raw['ignore-defaults'] ?? true,
        summarize: raw.summarize ?? [],
        ...(raw['kube-version'] ? { kubeVersion: raw['kube-version'] } : {}),
        apiVersions: raw['api-versions'] ?? [],
    };
}
/** A window as written: its cron, duration and time zone (not the milliseconds or the line read beside them). */
const shownWindow = (w) => ({ cron: w.cron, duration: w.duration, timezone: w.timezone });
/** Every reader a declaration may name, by that name. */
const READERS = {
    /** A duration (min-soak): milliseconds; shown as the file writes one (1h30m). */
    duration: {
        read: (v, at) => (v === undefined ? undefined : readers_duration(v, at, [])),
        show: (ms) => (0,duration/* formatDuration */.a3)(ms).replace(/ /g, ''),
    },
    /** An environment's `windows:`. */
    windows: {
        read: (v, at) => (v ? readWindows(v, at) : undefined),
        show: (w) => ({ allow: w.allow.map(shownWindow), deny: w.deny.map(shownWindow), freeze: w.freeze }),
    },
    /** The top-level `render:`, always read (its defaults filled in); the mode only when the file sets it. */
    render: {
        read: (v, at) => readRender(v, at),
        show: (r) => ({
            ...(r.mode !== undefined ? { mode: r.mode } : {}),
            ignore: r.ignore,
            'ignore-defaults': r.ignoreDefaults,
            summarize: r.summarize,
            ...(r.kubeVersion ? { 'kube-version': r.kubeVersion } : {}),
            'api-versions': r.apiVersions,
        }),
    },
    /** A `verify:` block, the issuer defaulted. */
    verify: {
        read: (v) => {
            if (!v)
                return undefined;
            const a = v.attestation;
            return {
                ...(v.keys ? { keys: v.keys } : {}),
                ...(a ? { attestation: { trustedRoot: a['trusted-root'], issuer: a.issuer ?? GITHUB_ACTIONS_ISSUER, identity: a.identity } } : {}),
            };
        },
        show: (v) => {
            const a = v.attestation;
            return {
                ...(v.keys ? { keys: v.keys } : {}),
                ...(a ? { attestation: { 'trusted-root': a.trustedRoot, issuer: a.issuer, identity: a.identity } } : {}),
            };
        },
    },
    /** `pins:`, each rule as written. */
    pins: {
        read: (v) => v?.map((p) => ({ files: p.files, table: p.table, names: p.names })),
        show: (pins) => pins.map((p) => ({ files: p.files, ...(p.table !== undefined ? { table: p.table } : {}), names: p.names })),
    },
    /** An OCI registry and path (chart-registry): without `oci://` and a trailing slash. */
    'oci-path': {
        read: (v) => (v ? v.replace(/^oci:\/\//, '').replace(/\/$/, '') : undefined),
        show: (v) => v,
    },
};
/** The named reader, for a value not typed by its key. */
const readerOf = (name) => READERS[name];

;// CONCATENATED MODULE: ./packages/core/src/config/names.ts

// Light on purpose: chart-bump-check reads its config at the base commit and loads the config
// loader (and its schema validator) only when there is a file; this module serves both lookups.
/** `.yml` for `.yaml` and back (undefined for any other name): the file a user most likely meant when theirs is missing. */
function otherConfigExtension(rel) {
    if (/\.yml$/i.test(rel))
        return rel.replace(/\.yml$/i, '.yaml');
    if (/\.yaml$/i.test(rel))
        return rel.replace(/\.yaml$/i, '.yml');
    return undefined;
}
/** A missing config file whose other-extension sibling exists (`where`: ' at the base commit', or nothing). */
function siblingConfigError(rel, sibling, where = '') {
    return new src_errors/* UserError */.yo(`config file ${rel} does not exist${where}`, {
        hint: `did you mean ${sibling}? (rename it, or set config: ${sibling} under with:)`,
        cliHint: `did you mean ${sibling}? (rename it, or pass --config ${sibling})`,
    });
}

// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/camel.ts
var camel = __webpack_require__(31703);
;// CONCATENATED MODULE: ./packages/core/src/config/validate.generated.js
// Generated by `npm run settings` (scripts/config-validator.ts) from the settings declarations. Do not edit.
const validate = validate10;
/* harmony default export */ const validate_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://lockstep.dev/schema/lockstep.schema.json","title":"lockstep configuration (.github/lockstep.yml)","type":"object","additionalProperties":false,"properties":{"charts-ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped."},"values-contract":{"enum":["error","warn","off"],"description":"Every environment's values-contract where it sets none: keys its values set that no template of its chart reads (default error for protected environments, warn elsewhere)."},"chart-version-policy":{"enum":["independent","sync"],"description":"independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.","default":"independent"},"services":{"type":"object","description":"Image name -> repository and the key path of its image block in values files.","additionalProperties":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string","minLength":1,"description":"Image repository, e.g. ghcr.io/acme/api."},"values-key":{"type":"string","minLength":1,"description":"Dotted key path of the image block, e.g. services.api.image."},"image-policy":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$","description":"The Flux ImagePolicy (namespace:name) whose image automation markers (# {\"$imagepolicy\": \"namespace:name\"} and its :tag, :name, :digest forms) name the fields holding this image in each environment's pin file and, for an overlay environment, in every file kustomize reads under the overlay's folder (Deployments, a HelmRelease patch's values): promote-env writes those fields, markers kept."},"flux-substitute":{"oneOf":[{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},{"type":"object","additionalProperties":false,"properties":{"image":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},"name":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},"tag":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"},"digest":{"type":"string","pattern":"^[_a-zA-Z][_a-zA-Z0-9]*$"}}}],"description":"The spec.postBuild.substitute variables of a flux-kustomization environment holding this image: one name (its value the whole image, repo:tag@sha256:…) or a mapping of image, name, tag, digest to variable names. promote-env writes them where Flux takes them from: the Flux Kustomization’s spec.postBuild.substitute, else the last spec.postBuild.substituteFrom ConfigMap of the repository holding them (a manifest’s data, configMapGenerator literals, an envs: .env file’s line, a files: source’s whole file); a Secret holding one is refused."},"verify":{"type":"object","additionalProperties":false,"properties":{"keys":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."},"attestation":{"type":"object","additionalProperties":false,"required":["trusted-root","identity"],"description":"A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.","properties":{"trusted-root":{"type":"string","minLength":1,"description":"Workspace-relative path of the trusted root (gh attestation trusted-root > file)."},"issuer":{"type":"string","minLength":1,"description":"OIDC issuer of the signing certificate.","default":"https://token.actions.githubusercontent.com"},"identity":{"type":"string","minLength":1,"description":"Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."}}}},"description":"What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."}}}},"verify":{"type":"object","additionalProperties":false,"properties":{"keys":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."},"attestation":{"type":"object","additionalProperties":false,"required":["trusted-root","identity"],"description":"A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.","properties":{"trusted-root":{"type":"string","minLength":1,"description":"Workspace-relative path of the trusted root (gh attestation trusted-root > file)."},"issuer":{"type":"string","minLength":1,"description":"OIDC issuer of the signing certificate.","default":"https://token.actions.githubusercontent.com"},"identity":{"type":"string","minLength":1,"description":"Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."}}}},"description":"What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass."},"environments":{"type":"array","description":"Promotion order, first to last.","items":{"type":"object","additionalProperties":false,"required":["name"],"anyOf":[{"required":["values"]},{"required":["kustomization"]},{"required":["helmrelease"]},{"required":["flux-kustomization"]}],"properties":{"name":{"type":"string","minLength":1,"description":"The environment, as promote-env --to names it."},"values":{"type":"string","minLength":1,"description":"Values file of this environment (this or kustomization is required)."},"kustomization":{"type":"string","minLength":1,"description":"Kustomize overlay holding this environment's image pins in its images: list: a kustomization.yaml (.yml, Kustomization), a folder holding one, or an Argo CD Application whose spec.source.kustomize.images holds them."},"application":{"type":"string","description":"ArgoCD Application manifest whose targetRevision is the chart version."},"helmrelease":{"type":"string","description":"Flux HelmRelease (or the kustomize patch of it) this environment deploys, `<file>[#<name>]`: its spec.chart.spec.version is the chart version, its spec.values hold the image pins (unless values names another file)."},"flux-kustomization":{"type":"string","minLength":1,"description":"Flux Kustomization (kustomize.toolkit.fluxcd.io) whose spec.images list holds this environment's image pins, read and written as a Kustomize overlay's images:."},"ocirepository":{"type":"string","description":"Flux OCIRepository the environment's HelmRelease takes its chart from (spec.chartRef), `<file>[#<name>]`: its spec.ref.tag is the chart version."},"protected":{"type":"boolean","description":"Digest-only images, exact chart versions, draft promotion PRs, never auto-merged.","default":false},"kube-version":{"type":"string","pattern":"^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$","description":"The Kubernetes version this environment's cluster runs (e.g. \"1.31\"): its rendered objects are validated for it, and the APIs it no longer serves are refused (default the schemas' own, 1.36)."},"helm-version":{"enum":[3,4],"description":"The Helm major this environment's deployer renders with (3 or 4; Argo CD 3.5 and Flux 2.8 render with Helm 4): its charts are rendered with a Helm of that major found on PATH (as `helm`, `helm3` or `helm4`), refused when there is none (default: the first `helm` on PATH)."},"url":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments)."},"preview":{"type":"boolean","description":"A preview environment that goes away: its GitHub Deployments are transient.","default":false},"windows":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions land only inside one of these windows."},"deny":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions never land inside these windows."},"freeze":{"type":"array","description":"Date ranges (whole days, both included) in which promotions never land.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1,"description":"First frozen day, YYYY-MM-DD."},"to":{"type":"string","minLength":1,"description":"Last frozen day, YYYY-MM-DD."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the days are in, e.g. Europe/Paris."},"reason":{"type":"string","description":"Said when the freeze holds a promotion."}}}}},"description":"When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused."},"after":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"The fan-in gate: this environment is promoted only from pins (digests, tags and the chart version) every environment listed here runs; a promotion before they all do is refused, naming which lacks which pin."},"approval":{"oneOf":[{"type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$","description":"A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform."},"description":"Teams as org/team-slug, e.g. acme/platform."}}},{"type":"object","additionalProperties":false,"required":["github-environment"],"properties":{"github-environment":{"type":"string","minLength":1,"description":"The GitHub Environment whose required reviewers may approve."}}}],"description":"The approval gate: a promotion into this environment waits until the promotion pull request into its source environment was approved by a member of one of the teams (org/team), or by a required reviewer of the named GitHub Environment. Without a token it holds."},"hydrate":{"type":"object","additionalProperties":false,"properties":{"branch":{"type":"string","pattern":"^[A-Za-z0-9._/-]+$","description":"The environment's active branch (e.g. environment/prod): hydrate-env writes to <branch>-next. Required unless the environment's application: hydrates from source (spec.sourceHydrator), whose syncSource.targetBranch, syncSource.path and hydrateTo.targetBranch are read for branch, path and hydrate-to."},"path":{"type":"string","pattern":"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$","description":"GitOps Promoter's activePath (shared active branch): the files go under <path>/ on <branch>-next/<path>, other folders kept byte for byte."},"hydrate-to":{"type":"string","pattern":"^[A-Za-z0-9._/-]+$","description":"Argo CD Source Hydrator's layout: the branch written (spec.sourceHydrator.hydrateTo.targetBranch, e.g. environments/prod-next) instead of <branch>-next, with the files under path: (syncSource.path) and hydrator.metadata at the root as well."},"layout":{"enum":["manifest","objects"],"default":"manifest","description":"manifest: one manifest.yaml (Argo CD Source Hydrator layout); objects: one file per object, in a stable order."},"secrets":{"enum":["refuse","drop"],"default":"refuse","description":"A Secret in the render: refused, or dropped with a line saying so (never written in clear)."},"promote":{"enum":["gitops-promoter","lockstep"],"default":"gitops-promoter","description":"Who promotes <branch>-next into <branch>: gitops-promoter (or Argo CD; hydrate-env only writes the proposed branch), or lockstep (promote-env with to: this environment opens the pull request <branch>-next -> <branch> through the gates: soak, windows, fan-in, approval)."}},"description":"hydrate-env: write this environment's rendered manifests to <branch>-next in GitOps Promoter's hydrator contract (manifest.yaml or one file per object, and hydrator.metadata)."},"render":{"enum":["auto","on","off"],"description":"Rendered manifest diffs for this environment (default: the top level's render mode).","default":"auto"},"validate":{"enum":["error","warn","off"],"description":"Schema validation of the environment's rendered objects (Kubernetes' schemas for its kube-version, its CRDs, the APIs that version removed): error refuses, warn annotates, off skips (default error when protected, else warn)."},"values-contract":{"enum":["error","warn","off"],"description":"Keys the environment's values set that no template of its chart, its subcharts or global reads, each named at its line with the nearest key the chart reads: error fails the check, warn annotates, off skips (default the top's values-contract, else error when protected, else warn)."},"values-drift":{"enum":["error","warn","off"],"description":"A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn)."},"auto-merge":{"type":"boolean","description":"Enable GitHub auto-merge on the pull request (default the target environment's config auto-merge; never for protected targets).","default":false},"min-soak":{"type":"string","minLength":1,"description":"Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m)."},"wait":{"enum":["refuse","draft"],"description":"A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.","default":"refuse"}}}},"render":{"oneOf":[{"enum":["auto","on","off"]},{"type":"object","additionalProperties":false,"properties":{"mode":{"enum":["auto","on","off"],"default":"auto"},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Regular expressions of rendered lines ignored in the diff (counted, not shown)."},"ignore-defaults":{"type":"boolean","default":true,"description":"Ignore the chart-version churn lines (helm.sh/chart, app.kubernetes.io/version, checksum/* annotations)."},"summarize":{"type":"array","items":{"type":"string","minLength":1},"description":"Kinds shown as one line with their size instead of a diff (e.g. CustomResourceDefinition)."},"kube-version":{"type":"string","minLength":1,"description":"helm template --kube-version (e.g. 1.31.0)."},"api-versions":{"type":"array","items":{"type":"string","minLength":1},"description":"helm template --api-versions, each (e.g. monitoring.coreos.com/v1)."}}}],"description":"Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below."},"crds":{"type":"array","items":{"type":"string","minLength":1},"description":"CustomResourceDefinition files or globs (workspace-relative, e.g. crds/**/*.yaml) whose schemas validate the rendered custom resources, besides a chart's crds/ and the CRDs a render holds."},"fix-window":{"type":"string","minLength":1,"description":"lockstep metrics: a fix release (same major and minor, higher patch) counts as the repair of the landing it replaces when it lands within this time after it (30m, 72h, 5d), or when a change it carries has a Lockstep-Fixes: <version> trailer naming the replaced release.","default":"72h"},"waves":{"type":"object","additionalProperties":{"type":"array","minItems":2,"uniqueItems":true,"items":{"type":"string","minLength":1}},"description":"promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit."},"charts":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error."},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).","default":[]},"changelog":{"enum":["auto","required","off"],"description":"auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.","default":"auto"},"chart-registry":{"type":"string","pattern":"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$","description":"OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published."},"tag-prefix":{"type":"string","description":"Prefix of release tags.","default":"v"},"version-file":{"type":"string","minLength":1,"description":"File holding the release version X.Y.Z on one line.","default":".version"},"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).","default":[]},"pins":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["files","names"],"properties":{"files":{"type":"string","minLength":1,"description":"Glob of files holding the pins."},"table":{"type":"string","description":"TOML table (dotted) or JSON object path holding the pins."},"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dependency names to pin."}}},"description":"Dependency pins set to X.Y.Z at release.","default":[]},"lock-command":{"type":"array","items":{"type":"string"},"minItems":1,"description":"argv run in each folder whose pins changed (no shell)."},"notify-pulls":{"type":"boolean","description":"prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place (\"Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)\"). Needs pull-requests: write.","default":false},"commit-mode":{"enum":["git","api"],"description":"prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for \"require signed commits\" rulesets.","default":"git"}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
const pattern1 = new RegExp("^[_a-zA-Z][_a-zA-Z0-9]*$", "u");
const pattern6 = new RegExp("^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");
const pattern7 = new RegExp("^https?://[^\\s]+$", "u");
const pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
const pattern10 = new RegExp("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "u");
const pattern12 = new RegExp("^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://lockstep.dev/schema/lockstep.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["charts-ignore"] !== undefined){
let data0 = data["charts-ignore"];
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(data1.length < 1){
const err1 = {instancePath:instancePath+"/charts-ignore/" + i0,schemaPath:"#/properties/charts-ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/charts-ignore/" + i0,schemaPath:"#/properties/charts-ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/charts-ignore",schemaPath:"#/properties/charts-ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["values-contract"] !== undefined){
let data2 = data["values-contract"];
if(!(((data2 === "error") || (data2 === "warn")) || (data2 === "off"))){
const err4 = {instancePath:instancePath+"/values-contract",schemaPath:"#/properties/values-contract/enum",keyword:"enum",params:{allowedValues: schema11.properties["values-contract"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["chart-version-policy"] !== undefined){
let data3 = data["chart-version-policy"];
if(!((data3 === "independent") || (data3 === "sync"))){
const err5 = {instancePath:instancePath+"/chart-version-policy",schemaPath:"#/properties/chart-version-policy/enum",keyword:"enum",params:{allowedValues: schema11.properties["chart-version-policy"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.services !== undefined){
let data4 = data.services;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
let data5 = data4[key1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.image === undefined){
const err6 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key2 in data5){
if(!(((((key2 === "image") || (key2 === "values-key")) || (key2 === "image-policy")) || (key2 === "flux-substitute")) || (key2 === "verify"))){
const err7 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.image !== undefined){
let data6 = data5.image;
if(typeof data6 === "string"){
if(data6.length < 1){
const err8 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5["values-key"] !== undefined){
let data7 = data5["values-key"];
if(typeof data7 === "string"){
if(data7.length < 1){
const err10 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5["image-policy"] !== undefined){
let data8 = data5["image-policy"];
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err12 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image-policy",schemaPath:"#/properties/services/additionalProperties/properties/image-policy/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/image-policy",schemaPath:"#/properties/services/additionalProperties/properties/image-policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5["flux-substitute"] !== undefined){
let data9 = data5["flux-substitute"];
const _errs21 = errors;
let valid5 = false;
let passing0 = null;
const _errs22 = errors;
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err14 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs24 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
if(!((((key3 === "image") || (key3 === "name")) || (key3 === "tag")) || (key3 === "digest"))){
const err16 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.image !== undefined){
let data10 = data9.image;
if(typeof data10 === "string"){
if(!pattern1.test(data10)){
const err17 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/image",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/image/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/image",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.name !== undefined){
let data11 = data9.name;
if(typeof data11 === "string"){
if(!pattern1.test(data11)){
const err19 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/name",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/name/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/name",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.tag !== undefined){
let data12 = data9.tag;
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
const err21 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/tag",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/tag/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/tag",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.digest !== undefined){
let data13 = data9.digest;
if(typeof data13 === "string"){
if(!pattern1.test(data13)){
const err23 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/digest",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/digest/pattern",keyword:"pattern",params:{pattern: "^[_a-zA-Z][_a-zA-Z0-9]*$"},message:"must match pattern \""+"^[_a-zA-Z][_a-zA-Z0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute/digest",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err26 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/flux-substitute",schemaPath:"#/properties/services/additionalProperties/properties/flux-substitute/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data5.verify !== undefined){
let data14 = data5.verify;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
if(!((key4 === "keys") || (key4 === "attestation"))){
const err27 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify",schemaPath:"#/properties/services/additionalProperties/properties/verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.keys !== undefined){
let data15 = data14.keys;
if(Array.isArray(data15)){
if(data15.length < 1){
const err28 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 === "string"){
if(data16.length < 1){
const err29 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys/" + i1,schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys/" + i1,schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.attestation !== undefined){
let data17 = data14.attestation;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17["trusted-root"] === undefined){
const err32 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "trusted-root"},message:"must have required property '"+"trusted-root"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data17.identity === undefined){
const err33 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key5 in data17){
if(!(((key5 === "trusted-root") || (key5 === "issuer")) || (key5 === "identity"))){
const err34 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data17["trusted-root"] !== undefined){
let data18 = data17["trusted-root"];
if(typeof data18 === "string"){
if(data18.length < 1){
const err35 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/trusted-root",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/trusted-root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/trusted-root",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/trusted-root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data17.issuer !== undefined){
let data19 = data17.issuer;
if(typeof data19 === "string"){
if(data19.length < 1){
const err37 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/issuer",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/issuer",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data17.identity !== undefined){
let data20 = data17.identity;
if(typeof data20 === "string"){
if(data20.length < 1){
const err39 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/identity",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/identity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/identity",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/identity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify",schemaPath:"#/properties/services/additionalProperties/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.verify !== undefined){
let data21 = data.verify;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key6 in data21){
if(!((key6 === "keys") || (key6 === "attestation"))){
const err45 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data21.keys !== undefined){
let data22 = data21.keys;
if(Array.isArray(data22)){
if(data22.length < 1){
const err46 = {instancePath:instancePath+"/verify/keys",schemaPath:"#/properties/verify/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(typeof data23 === "string"){
if(data23.length < 1){
const err47 = {instancePath:instancePath+"/verify/keys/" + i2,schemaPath:"#/properties/verify/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/verify/keys/" + i2,schemaPath:"#/properties/verify/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/verify/keys",schemaPath:"#/properties/verify/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data21.attestation !== undefined){
let data24 = data21.attestation;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24["trusted-root"] === undefined){
const err50 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "trusted-root"},message:"must have required property '"+"trusted-root"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data24.identity === undefined){
const err51 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key7 in data24){
if(!(((key7 === "trusted-root") || (key7 === "issuer")) || (key7 === "identity"))){
const err52 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data24["trusted-root"] !== undefined){
let data25 = data24["trusted-root"];
if(typeof data25 === "string"){
if(data25.length < 1){
const err53 = {instancePath:instancePath+"/verify/attestation/trusted-root",schemaPath:"#/properties/verify/properties/attestation/properties/trusted-root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/verify/attestation/trusted-root",schemaPath:"#/properties/verify/properties/attestation/properties/trusted-root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data24.issuer !== undefined){
let data26 = data24.issuer;
if(typeof data26 === "string"){
if(data26.length < 1){
const err55 = {instancePath:instancePath+"/verify/attestation/issuer",schemaPath:"#/properties/verify/properties/attestation/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/verify/attestation/issuer",schemaPath:"#/properties/verify/properties/attestation/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data24.identity !== undefined){
let data27 = data24.identity;
if(typeof data27 === "string"){
if(data27.length < 1){
const err57 = {instancePath:instancePath+"/verify/attestation/identity",schemaPath:"#/properties/verify/properties/attestation/properties/identity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/verify/attestation/identity",schemaPath:"#/properties/verify/properties/attestation/properties/identity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.environments !== undefined){
let data28 = data.environments;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
const _errs71 = errors;
let valid17 = false;
const _errs72 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.values === undefined){
const err61 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/0/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var _valid1 = _errs72 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs73 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.kustomization === undefined){
const err62 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/1/required",keyword:"required",params:{missingProperty: "kustomization"},message:"must have required property '"+"kustomization"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
var _valid1 = _errs73 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs74 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.helmrelease === undefined){
const err63 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/2/required",keyword:"required",params:{missingProperty: "helmrelease"},message:"must have required property '"+"helmrelease"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var _valid1 = _errs74 === errors;
valid17 = valid17 || _valid1;
if(!valid17){
const _errs75 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29["flux-kustomization"] === undefined){
const err64 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf/3/required",keyword:"required",params:{missingProperty: "flux-kustomization"},message:"must have required property '"+"flux-kustomization"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
var _valid1 = _errs75 === errors;
valid17 = valid17 || _valid1;
}
}
}
if(!valid17){
const err65 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.name === undefined){
const err66 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
for(const key8 in data29){
if(!(func2.call(schema11.properties.environments.items.properties, key8))){
const err67 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.name !== undefined){
let data30 = data29.name;
if(typeof data30 === "string"){
if(data30.length < 1){
const err68 = {instancePath:instancePath+"/environments/" + i3+"/name",schemaPath:"#/properties/environments/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/environments/" + i3+"/name",schemaPath:"#/properties/environments/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.values !== undefined){
let data31 = data29.values;
if(typeof data31 === "string"){
if(data31.length < 1){
const err70 = {instancePath:instancePath+"/environments/" + i3+"/values",schemaPath:"#/properties/environments/items/properties/values/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/environments/" + i3+"/values",schemaPath:"#/properties/environments/items/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data29.kustomization !== undefined){
let data32 = data29.kustomization;
if(typeof data32 === "string"){
if(data32.length < 1){
const err72 = {instancePath:instancePath+"/environments/" + i3+"/kustomization",schemaPath:"#/properties/environments/items/properties/kustomization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/environments/" + i3+"/kustomization",schemaPath:"#/properties/environments/items/properties/kustomization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data29.application !== undefined){
if(typeof data29.application !== "string"){
const err74 = {instancePath:instancePath+"/environments/" + i3+"/application",schemaPath:"#/properties/environments/items/properties/application/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data29.helmrelease !== undefined){
if(typeof data29.helmrelease !== "string"){
const err75 = {instancePath:instancePath+"/environments/" + i3+"/helmrelease",schemaPath:"#/properties/environments/items/properties/helmrelease/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data29["flux-kustomization"] !== undefined){
let data35 = data29["flux-kustomization"];
if(typeof data35 === "string"){
if(data35.length < 1){
const err76 = {instancePath:instancePath+"/environments/" + i3+"/flux-kustomization",schemaPath:"#/properties/environments/items/properties/flux-kustomization/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/environments/" + i3+"/flux-kustomization",schemaPath:"#/properties/environments/items/properties/flux-kustomization/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data29.ocirepository !== undefined){
if(typeof data29.ocirepository !== "string"){
const err78 = {instancePath:instancePath+"/environments/" + i3+"/ocirepository",schemaPath:"#/properties/environments/items/properties/ocirepository/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data29.protected !== undefined){
if(typeof data29.protected !== "boolean"){
const err79 = {instancePath:instancePath+"/environments/" + i3+"/protected",schemaPath:"#/properties/environments/items/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data29["kube-version"] !== undefined){
let data38 = data29["kube-version"];
if(typeof data38 === "string"){
if(!pattern6.test(data38)){
const err80 = {instancePath:instancePath+"/environments/" + i3+"/kube-version",schemaPath:"#/properties/environments/items/properties/kube-version/pattern",keyword:"pattern",params:{pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$"+"\""};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/environments/" + i3+"/kube-version",schemaPath:"#/properties/environments/items/properties/kube-version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data29["helm-version"] !== undefined){
let data39 = data29["helm-version"];
if(!((data39 === 3) || (data39 === 4))){
const err82 = {instancePath:instancePath+"/environments/" + i3+"/helm-version",schemaPath:"#/properties/environments/items/properties/helm-version/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["helm-version"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data29.url !== undefined){
let data40 = data29.url;
if(typeof data40 === "string"){
if(!pattern7.test(data40)){
const err83 = {instancePath:instancePath+"/environments/" + i3+"/url",schemaPath:"#/properties/environments/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/environments/" + i3+"/url",schemaPath:"#/properties/environments/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data29.preview !== undefined){
if(typeof data29.preview !== "boolean"){
const err85 = {instancePath:instancePath+"/environments/" + i3+"/preview",schemaPath:"#/properties/environments/items/properties/preview/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data29.windows !== undefined){
let data42 = data29.windows;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key9 in data42){
if(!(((key9 === "allow") || (key9 === "deny")) || (key9 === "freeze"))){
const err86 = {instancePath:instancePath+"/environments/" + i3+"/windows",schemaPath:"#/properties/environments/items/properties/windows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data42.allow !== undefined){
let data43 = data42.allow;
if(Array.isArray(data43)){
const len4 = data43.length;
for(let i4=0; i4<len4; i4++){
let data44 = data43[i4];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.cron === undefined){
const err87 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data44.duration === undefined){
const err88 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key10 in data44){
if(!(((key10 === "cron") || (key10 === "duration")) || (key10 === "timezone"))){
const err89 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data44.cron !== undefined){
let data45 = data44.cron;
if(typeof data45 === "string"){
if(data45.length < 1){
const err90 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data44.duration !== undefined){
let data46 = data44.duration;
if(typeof data46 === "string"){
if(data46.length < 1){
const err92 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data44.timezone !== undefined){
let data47 = data44.timezone;
if(typeof data47 === "string"){
if(data47.length < 1){
const err94 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow/" + i4,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/environments/" + i3+"/windows/allow",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data42.deny !== undefined){
let data48 = data42.deny;
if(Array.isArray(data48)){
const len5 = data48.length;
for(let i5=0; i5<len5; i5++){
let data49 = data48[i5];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.cron === undefined){
const err98 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data49.duration === undefined){
const err99 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key11 in data49){
if(!(((key11 === "cron") || (key11 === "duration")) || (key11 === "timezone"))){
const err100 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data49.cron !== undefined){
let data50 = data49.cron;
if(typeof data50 === "string"){
if(data50.length < 1){
const err101 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data49.duration !== undefined){
let data51 = data49.duration;
if(typeof data51 === "string"){
if(data51.length < 1){
const err103 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data49.timezone !== undefined){
let data52 = data49.timezone;
if(typeof data52 === "string"){
if(data52.length < 1){
const err105 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny/" + i5,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/environments/" + i3+"/windows/deny",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data42.freeze !== undefined){
let data53 = data42.freeze;
if(Array.isArray(data53)){
const len6 = data53.length;
for(let i6=0; i6<len6; i6++){
let data54 = data53[i6];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.from === undefined){
const err109 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data54.to === undefined){
const err110 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key12 in data54){
if(!((((key12 === "from") || (key12 === "to")) || (key12 === "timezone")) || (key12 === "reason"))){
const err111 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data54.from !== undefined){
let data55 = data54.from;
if(typeof data55 === "string"){
if(data55.length < 1){
const err112 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data54.to !== undefined){
let data56 = data54.to;
if(typeof data56 === "string"){
if(data56.length < 1){
const err114 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data54.timezone !== undefined){
let data57 = data54.timezone;
if(typeof data57 === "string"){
if(data57.length < 1){
const err116 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data54.reason !== undefined){
if(typeof data54.reason !== "string"){
const err118 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6+"/reason",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze/" + i6,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/environments/" + i3+"/windows/freeze",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/environments/" + i3+"/windows",schemaPath:"#/properties/environments/items/properties/windows/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data29.after !== undefined){
let data59 = data29.after;
if(Array.isArray(data59)){
if(data59.length < 1){
const err122 = {instancePath:instancePath+"/environments/" + i3+"/after",schemaPath:"#/properties/environments/items/properties/after/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
const len7 = data59.length;
for(let i7=0; i7<len7; i7++){
let data60 = data59[i7];
if(typeof data60 === "string"){
if(data60.length < 1){
const err123 = {instancePath:instancePath+"/environments/" + i3+"/after/" + i7,schemaPath:"#/properties/environments/items/properties/after/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/environments/" + i3+"/after/" + i7,schemaPath:"#/properties/environments/items/properties/after/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
let i8 = data59.length;
let j0;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data59[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err125 = {instancePath:instancePath+"/environments/" + i3+"/after",schemaPath:"#/properties/environments/items/properties/after/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i8+" are identical)"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err126 = {instancePath:instancePath+"/environments/" + i3+"/after",schemaPath:"#/properties/environments/items/properties/after/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data29.approval !== undefined){
let data61 = data29.approval;
const _errs143 = errors;
let valid32 = false;
let passing1 = null;
const _errs144 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.teams === undefined){
const err127 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key13 in data61){
if(!(key13 === "teams")){
const err128 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data61.teams !== undefined){
let data62 = data61.teams;
if(Array.isArray(data62)){
if(data62.length < 1){
const err129 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
const len8 = data62.length;
for(let i9=0; i9<len8; i9++){
let data63 = data62[i9];
if(typeof data63 === "string"){
if(!pattern8.test(data63)){
const err130 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams/" + i9,schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams/" + i9,schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/environments/" + i3+"/approval/teams",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid2 = _errs144 === errors;
if(_valid2){
valid32 = true;
passing1 = 0;
}
const _errs151 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61["github-environment"] === undefined){
const err134 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/required",keyword:"required",params:{missingProperty: "github-environment"},message:"must have required property '"+"github-environment"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
for(const key14 in data61){
if(!(key14 === "github-environment")){
const err135 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data61["github-environment"] !== undefined){
let data64 = data61["github-environment"];
if(typeof data64 === "string"){
if(data64.length < 1){
const err136 = {instancePath:instancePath+"/environments/" + i3+"/approval/github-environment",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/properties/github-environment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/environments/" + i3+"/approval/github-environment",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/properties/github-environment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
var _valid2 = _errs151 === errors;
if(_valid2 && valid32){
valid32 = false;
passing1 = [passing1, 1];
}
else {
if(_valid2){
valid32 = true;
passing1 = 1;
}
}
if(!valid32){
const err139 = {instancePath:instancePath+"/environments/" + i3+"/approval",schemaPath:"#/properties/environments/items/properties/approval/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
else {
errors = _errs143;
if(vErrors !== null){
if(_errs143){
vErrors.length = _errs143;
}
else {
vErrors = null;
}
}
}
}
if(data29.hydrate !== undefined){
let data65 = data29.hydrate;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
for(const key15 in data65){
if(!((((((key15 === "branch") || (key15 === "path")) || (key15 === "hydrate-to")) || (key15 === "layout")) || (key15 === "secrets")) || (key15 === "promote"))){
const err140 = {instancePath:instancePath+"/environments/" + i3+"/hydrate",schemaPath:"#/properties/environments/items/properties/hydrate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data65.branch !== undefined){
let data66 = data65.branch;
if(typeof data66 === "string"){
if(!pattern9.test(data66)){
const err141 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/branch",schemaPath:"#/properties/environments/items/properties/hydrate/properties/branch/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\""};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/branch",schemaPath:"#/properties/environments/items/properties/hydrate/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data65.path !== undefined){
let data67 = data65.path;
if(typeof data67 === "string"){
if(!pattern10.test(data67)){
const err143 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/path",schemaPath:"#/properties/environments/items/properties/hydrate/properties/path/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/path",schemaPath:"#/properties/environments/items/properties/hydrate/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data65["hydrate-to"] !== undefined){
let data68 = data65["hydrate-to"];
if(typeof data68 === "string"){
if(!pattern9.test(data68)){
const err145 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/hydrate-to",schemaPath:"#/properties/environments/items/properties/hydrate/properties/hydrate-to/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\""};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/hydrate-to",schemaPath:"#/properties/environments/items/properties/hydrate/properties/hydrate-to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data65.layout !== undefined){
let data69 = data65.layout;
if(!((data69 === "manifest") || (data69 === "objects"))){
const err147 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/layout",schemaPath:"#/properties/environments/items/properties/hydrate/properties/layout/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.hydrate.properties.layout.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data65.secrets !== undefined){
let data70 = data65.secrets;
if(!((data70 === "refuse") || (data70 === "drop"))){
const err148 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/secrets",schemaPath:"#/properties/environments/items/properties/hydrate/properties/secrets/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.hydrate.properties.secrets.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data65.promote !== undefined){
let data71 = data65.promote;
if(!((data71 === "gitops-promoter") || (data71 === "lockstep"))){
const err149 = {instancePath:instancePath+"/environments/" + i3+"/hydrate/promote",schemaPath:"#/properties/environments/items/properties/hydrate/properties/promote/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.hydrate.properties.promote.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
else {
const err150 = {instancePath:instancePath+"/environments/" + i3+"/hydrate",schemaPath:"#/properties/environments/items/properties/hydrate/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data29.render !== undefined){
let data72 = data29.render;
if(!(((data72 === "auto") || (data72 === "on")) || (data72 === "off"))){
const err151 = {instancePath:instancePath+"/environments/" + i3+"/render",schemaPath:"#/properties/environments/items/properties/render/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.render.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data29.validate !== undefined){
let data73 = data29.validate;
if(!(((data73 === "error") || (data73 === "warn")) || (data73 === "off"))){
const err152 = {instancePath:instancePath+"/environments/" + i3+"/validate",schemaPath:"#/properties/environments/items/properties/validate/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.validate.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data29["values-contract"] !== undefined){
let data74 = data29["values-contract"];
if(!(((data74 === "error") || (data74 === "warn")) || (data74 === "off"))){
const err153 = {instancePath:instancePath+"/environments/" + i3+"/values-contract",schemaPath:"#/properties/environments/items/properties/values-contract/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["values-contract"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data29["values-drift"] !== undefined){
let data75 = data29["values-drift"];
if(!(((data75 === "error") || (data75 === "warn")) || (data75 === "off"))){
const err154 = {instancePath:instancePath+"/environments/" + i3+"/values-drift",schemaPath:"#/properties/environments/items/properties/values-drift/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["values-drift"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data29["auto-merge"] !== undefined){
if(typeof data29["auto-merge"] !== "boolean"){
const err155 = {instancePath:instancePath+"/environments/" + i3+"/auto-merge",schemaPath:"#/properties/environments/items/properties/auto-merge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data29["min-soak"] !== undefined){
let data77 = data29["min-soak"];
if(typeof data77 === "string"){
if(data77.length < 1){
const err156 = {instancePath:instancePath+"/environments/" + i3+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/environments/" + i3+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data29.wait !== undefined){
let data78 = data29.wait;
if(!((data78 === "refuse") || (data78 === "draft"))){
const err158 = {instancePath:instancePath+"/environments/" + i3+"/wait",schemaPath:"#/properties/environments/items/properties/wait/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.wait.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/environments/" + i3,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data.render !== undefined){
let data79 = data.render;
const _errs178 = errors;
let valid38 = false;
let passing2 = null;
const _errs179 = errors;
if(!(((data79 === "auto") || (data79 === "on")) || (data79 === "off"))){
const err161 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.render.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
var _valid3 = _errs179 === errors;
if(_valid3){
valid38 = true;
passing2 = 0;
}
const _errs180 = errors;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
for(const key16 in data79){
if(!((((((key16 === "mode") || (key16 === "ignore")) || (key16 === "ignore-defaults")) || (key16 === "summarize")) || (key16 === "kube-version")) || (key16 === "api-versions"))){
const err162 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data79.mode !== undefined){
let data80 = data79.mode;
if(!(((data80 === "auto") || (data80 === "on")) || (data80 === "off"))){
const err163 = {instancePath:instancePath+"/render/mode",schemaPath:"#/properties/render/oneOf/1/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.render.oneOf[1].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data79.ignore !== undefined){
let data81 = data79.ignore;
if(Array.isArray(data81)){
const len9 = data81.length;
for(let i10=0; i10<len9; i10++){
let data82 = data81[i10];
if(typeof data82 === "string"){
if(data82.length < 1){
const err164 = {instancePath:instancePath+"/render/ignore/" + i10,schemaPath:"#/properties/render/oneOf/1/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/render/ignore/" + i10,schemaPath:"#/properties/render/oneOf/1/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/render/ignore",schemaPath:"#/properties/render/oneOf/1/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data79["ignore-defaults"] !== undefined){
if(typeof data79["ignore-defaults"] !== "boolean"){
const err167 = {instancePath:instancePath+"/render/ignore-defaults",schemaPath:"#/properties/render/oneOf/1/properties/ignore-defaults/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data79.summarize !== undefined){
let data84 = data79.summarize;
if(Array.isArray(data84)){
const len10 = data84.length;
for(let i11=0; i11<len10; i11++){
let data85 = data84[i11];
if(typeof data85 === "string"){
if(data85.length < 1){
const err168 = {instancePath:instancePath+"/render/summarize/" + i11,schemaPath:"#/properties/render/oneOf/1/properties/summarize/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/render/summarize/" + i11,schemaPath:"#/properties/render/oneOf/1/properties/summarize/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/render/summarize",schemaPath:"#/properties/render/oneOf/1/properties/summarize/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data79["kube-version"] !== undefined){
let data86 = data79["kube-version"];
if(typeof data86 === "string"){
if(data86.length < 1){
const err171 = {instancePath:instancePath+"/render/kube-version",schemaPath:"#/properties/render/oneOf/1/properties/kube-version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/render/kube-version",schemaPath:"#/properties/render/oneOf/1/properties/kube-version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data79["api-versions"] !== undefined){
let data87 = data79["api-versions"];
if(Array.isArray(data87)){
const len11 = data87.length;
for(let i12=0; i12<len11; i12++){
let data88 = data87[i12];
if(typeof data88 === "string"){
if(data88.length < 1){
const err173 = {instancePath:instancePath+"/render/api-versions/" + i12,schemaPath:"#/properties/render/oneOf/1/properties/api-versions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/render/api-versions/" + i12,schemaPath:"#/properties/render/oneOf/1/properties/api-versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
else {
const err175 = {instancePath:instancePath+"/render/api-versions",schemaPath:"#/properties/render/oneOf/1/properties/api-versions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
else {
const err176 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
var _valid3 = _errs180 === errors;
if(_valid3 && valid38){
valid38 = false;
passing2 = [passing2, 1];
}
else {
if(_valid3){
valid38 = true;
passing2 = 1;
}
}
if(!valid38){
const err177 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
else {
errors = _errs178;
if(vErrors !== null){
if(_errs178){
vErrors.length = _errs178;
}
else {
vErrors = null;
}
}
}
}
if(data.crds !== undefined){
let data89 = data.crds;
if(Array.isArray(data89)){
const len12 = data89.length;
for(let i13=0; i13<len12; i13++){
let data90 = data89[i13];
if(typeof data90 === "string"){
if(data90.length < 1){
const err178 = {instancePath:instancePath+"/crds/" + i13,schemaPath:"#/properties/crds/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/crds/" + i13,schemaPath:"#/properties/crds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/crds",schemaPath:"#/properties/crds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data["fix-window"] !== undefined){
let data91 = data["fix-window"];
if(typeof data91 === "string"){
if(data91.length < 1){
const err181 = {instancePath:instancePath+"/fix-window",schemaPath:"#/properties/fix-window/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/fix-window",schemaPath:"#/properties/fix-window/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data.waves !== undefined){
let data92 = data.waves;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
for(const key17 in data92){
let data93 = data92[key17];
if(Array.isArray(data93)){
if(data93.length < 2){
const err183 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
const len13 = data93.length;
for(let i14=0; i14<len13; i14++){
let data94 = data93[i14];
if(typeof data94 === "string"){
if(data94.length < 1){
const err184 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/properties/waves/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/properties/waves/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
let i15 = data93.length;
let j1;
if(i15 > 1){
const indices1 = {};
for(;i15--;){
let item1 = data93[i15];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err186 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i15+" are identical)"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
break;
}
indices1[item1] = i15;
}
}
}
else {
const err187 = {instancePath:instancePath+"/waves/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
else {
const err188 = {instancePath:instancePath+"/waves",schemaPath:"#/properties/waves/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data.charts !== undefined){
let data95 = data.charts;
if(Array.isArray(data95)){
const len14 = data95.length;
for(let i16=0; i16<len14; i16++){
let data96 = data95[i16];
if(typeof data96 === "string"){
if(data96.length < 1){
const err189 = {instancePath:instancePath+"/charts/" + i16,schemaPath:"#/properties/charts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/charts/" + i16,schemaPath:"#/properties/charts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/charts",schemaPath:"#/properties/charts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data.ignore !== undefined){
let data97 = data.ignore;
if(Array.isArray(data97)){
const len15 = data97.length;
for(let i17=0; i17<len15; i17++){
let data98 = data97[i17];
if(typeof data98 === "string"){
if(data98.length < 1){
const err192 = {instancePath:instancePath+"/ignore/" + i17,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/ignore/" + i17,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
else {
const err194 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data.changelog !== undefined){
let data99 = data.changelog;
if(!(((data99 === "auto") || (data99 === "required")) || (data99 === "off"))){
const err195 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/enum",keyword:"enum",params:{allowedValues: schema11.properties.changelog.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data["chart-registry"] !== undefined){
let data100 = data["chart-registry"];
if(typeof data100 === "string"){
if(!pattern12.test(data100)){
const err196 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/pattern",keyword:"pattern",params:{pattern: "^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"},message:"must match pattern \""+"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"+"\""};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data["tag-prefix"] !== undefined){
if(typeof data["tag-prefix"] !== "string"){
const err198 = {instancePath:instancePath+"/tag-prefix",schemaPath:"#/properties/tag-prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data["version-file"] !== undefined){
let data102 = data["version-file"];
if(typeof data102 === "string"){
if(data102.length < 1){
const err199 = {instancePath:instancePath+"/version-file",schemaPath:"#/properties/version-file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/version-file",schemaPath:"#/properties/version-file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data.packages !== undefined){
let data103 = data.packages;
if(Array.isArray(data103)){
const len16 = data103.length;
for(let i18=0; i18<len16; i18++){
let data104 = data103[i18];
if(typeof data104 === "string"){
if(data104.length < 1){
const err201 = {instancePath:instancePath+"/packages/" + i18,schemaPath:"#/properties/packages/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/packages/" + i18,schemaPath:"#/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data.pins !== undefined){
let data105 = data.pins;
if(Array.isArray(data105)){
const len17 = data105.length;
for(let i19=0; i19<len17; i19++){
let data106 = data105[i19];
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.files === undefined){
const err204 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(data106.names === undefined){
const err205 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
for(const key18 in data106){
if(!(((key18 === "files") || (key18 === "table")) || (key18 === "names"))){
const err206 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data106.files !== undefined){
let data107 = data106.files;
if(typeof data107 === "string"){
if(data107.length < 1){
const err207 = {instancePath:instancePath+"/pins/" + i19+"/files",schemaPath:"#/properties/pins/items/properties/files/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/pins/" + i19+"/files",schemaPath:"#/properties/pins/items/properties/files/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data106.table !== undefined){
if(typeof data106.table !== "string"){
const err209 = {instancePath:instancePath+"/pins/" + i19+"/table",schemaPath:"#/properties/pins/items/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data106.names !== undefined){
let data109 = data106.names;
if(Array.isArray(data109)){
if(data109.length < 1){
const err210 = {instancePath:instancePath+"/pins/" + i19+"/names",schemaPath:"#/properties/pins/items/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
const len18 = data109.length;
for(let i20=0; i20<len18; i20++){
let data110 = data109[i20];
if(typeof data110 === "string"){
if(data110.length < 1){
const err211 = {instancePath:instancePath+"/pins/" + i19+"/names/" + i20,schemaPath:"#/properties/pins/items/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
else {
const err212 = {instancePath:instancePath+"/pins/" + i19+"/names/" + i20,schemaPath:"#/properties/pins/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
else {
const err213 = {instancePath:instancePath+"/pins/" + i19+"/names",schemaPath:"#/properties/pins/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/pins/" + i19,schemaPath:"#/properties/pins/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
else {
const err215 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data["lock-command"] !== undefined){
let data111 = data["lock-command"];
if(Array.isArray(data111)){
if(data111.length < 1){
const err216 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
const len19 = data111.length;
for(let i21=0; i21<len19; i21++){
if(typeof data111[i21] !== "string"){
const err217 = {instancePath:instancePath+"/lock-command/" + i21,schemaPath:"#/properties/lock-command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
else {
const err218 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data["notify-pulls"] !== undefined){
if(typeof data["notify-pulls"] !== "boolean"){
const err219 = {instancePath:instancePath+"/notify-pulls",schemaPath:"#/properties/notify-pulls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data["commit-mode"] !== undefined){
let data114 = data["commit-mode"];
if(!((data114 === "git") || (data114 === "api"))){
const err220 = {instancePath:instancePath+"/commit-mode",schemaPath:"#/properties/commit-mode/enum",keyword:"enum",params:{allowedValues: schema11.properties["commit-mode"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
else {
const err221 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./packages/core/src/config/config.ts






// Made from the settings declarations (`npm run settings`): the file's types, each key's default, the schema.





// Compiled at build time from the schema (`npm run settings`): ajv itself is never loaded at run time.

/** The keys naming the file an environment's pins live in, one of which each environment gives (the declarations' `oneOf: pins`). */
const PIN_FILE_KEYS = ENVIRONMENT_ONE_OF.pins;
/**
 * The file an environment's pins live in, as the config names it: the first of PIN_FILE_KEYS it gives, the
 * resource's `#name` left out (a HelmRelease named in a file of several). Undefined when it gives none.
 */
function pinFileOf(e) {
    const given = { values: e.values, kustomization: e.kustomization, helmrelease: e.helmrelease, 'flux-kustomization': e.fluxKustomization };
    const key = PIN_FILE_KEYS.find((k) => given[k] !== undefined);
    return key === undefined ? undefined : { key, file: given[key].replace(/#.*$/, '') };
}
const DEFAULT_CONFIG_PATH = '.github/lockstep.yml';
/**
 * Loads the shared configuration. A missing default file yields the defaults;
 * a missing file the user named explicitly, invalid YAML, an unknown key or a
 * wrong type is a UserError naming file:line.
 */
function loadConfig(workspace, path) {
    const rel = path && path.trim() !== '' ? path.trim() : DEFAULT_CONFIG_PATH;
    const abs = (0,fs_workspace/* resolveInside */.LI)(workspace, rel, 'config');
    if (!(0,external_node_fs_.existsSync)(abs)) {
        // .yml for .yaml and back: the one that exists is most likely the one meant (also for the default path,
        // so a .github/lockstep.yaml is never silently ignored).
        const other = otherConfigExtension(rel);
        if (other !== undefined && (0,external_node_fs_.existsSync)((0,fs_workspace/* resolveInside */.LI)(workspace, other, 'config')))
            throw siblingConfigError(rel, other);
        if (path && path.trim() !== '' && rel !== DEFAULT_CONFIG_PATH)
            throw new src_errors/* UserError */.yo(`config file ${rel} does not exist`, { hint: (0,src_errors/* words */.aL) `fix ${(0,src_errors/* theInput */.y8)('config')} or create the file` });
        return parseConfigText('', undefined);
    }
    if (!(0,external_node_fs_.statSync)(abs).isFile())
        throw new src_errors/* UserError */.yo(`config ${rel} is not a file`, { hint: 'name the YAML file, e.g. .github/lockstep.yml' });
    return parseConfigText((0,external_node_fs_.readFileSync)(abs, 'utf8'), rel);
}
/**
 * Parses and validates configuration text; exported for tests. A text js-yaml reads as the yaml package does
 * (yaml/plain-document.ts) and the schema accepts is read from js-yaml's data and lines, and the yaml package's
 * tree is built only if a line the events cannot place is asked for: at 300 services and 100 environments
 * (40 KB) that tree cost ~90 ms of every command. Any other text, and any config that is refused, is read
 * by the yaml package as before, so every error and its line are the ones it gives.
 */
function parseConfigText(text, file) {
    const body = (0,bytes/* stripBom */.F8)(text);
    const quick = (0,plain_document/* plainDocument */.SV)(body);
    if (quick !== undefined) {
        const data = (quick.data ?? {});
        if (typeof data === 'object' && !Array.isArray(data) && validate(data)) {
            try {
                return readConfig(data, plainSource(quick, body, file), file);
            }
            catch (e) {
                if (!(e instanceof src_errors/* UserError */.yo) && !(e instanceof src_errors/* UserErrors */.tQ))
                    throw e;
                // Refused: read again below, by the yaml package, which says where.
            }
        }
    }
    const parsed = (0,yaml_read/* parseYaml */.hN)(body, file ?? DEFAULT_CONFIG_PATH);
    const raw = (parsed.doc.toJS() ?? {});
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new src_errors/* UserError */.yo('the configuration must be a mapping of keys', { file, line: 1, hint: `see ${CONFIG_DOCS}` });
    // Every problem at once, each at its line (a new config should not take a round per typo): the schema's,
    // then what reading the values finds (a duration, a time zone), sorted by line.
    // Of a oneOf's branches, the one the file chose (schema-errors.ts): the others' errors are no mistake of the file.
    const errors = validate(raw) ? [] : chosenBranches(validate.errors ?? []);
    const problems = schemaErrors(parsed, errors, raw);
    // The rest of the file is read without the values the schema refused (the whole key of its place), so that
    // reading says what else is wrong and the checks after the loader (`lockstep config`) run on what is left.
    let read;
    try {
        read = readConfigAll(problems.length > 0 ? withoutRefused(raw, errors) : raw, treeSource(parsed), file);
    }
    catch (e) {
        // A value of the wrong type the schema refused can break reading it: the schema's errors say it.
        if (problems.length === 0)
            throw e;
    }
    // What reading says of a mapping with an unknown key, at the mapping's own line or its key's, is that typo's
    // echo (`verify: { key: … }` reads as empty); what it finds deeper inside stands.
    const typoLines = new Set(errors
        .filter((err) => err.keyword === 'additionalProperties' && err.instancePath !== '')
        .map((err) => parsed.lineOf((0,yaml_read/* nodeAt */.oB)(parsed, pathOf(err))))
        .flatMap((line) => (line === undefined ? [] : [line - 1, line])));
    const echo = (p) => p.line !== undefined && typoLines.has(p.line);
    const all = [...problems, ...(read?.problems ?? []).filter((p) => !echo(p))].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (all.length === 0 && read)
        return read.config;
    const refused = all.length === 1 ? all[0] : new src_errors/* UserErrors */.tQ(all);
    if (read)
        partials.set(refused, read.config);
    throw refused;
}
/** What a refused config still says, by the error that refused it (configOfRefusal). */
const partials = new WeakMap();
/**
 * The Config a refused file still gives, without the values refused (the keys the schema refused are left
 * out; what reading refused, as if the file left it out): `lockstep config` runs the checks of every
 * command on it, so that every mistake of the file is said in one run. Undefined for any other error.
 */
function configOfRefusal(e) {
    return e !== null && typeof e === 'object' ? partials.get(e) : undefined;
}
/** The yaml package's tree as a ConfigSource. */
function treeSource(parsed) {
    return {
        lineOf: (path) => parsed.lineOf((0,yaml_read/* nodeAt */.oB)(parsed, path)),
        raw: () => (parsed.doc.toJS() ?? {}),
    };
}
/** js-yaml's reading as a ConfigSource: a line its events do not place is asked of the yaml package's tree, built then, once. */
function plainSource(quick, body, file) {
    let tree;
    return {
        lineOf: (path) => {
            const line = quick.lineOf(path);
            if (line !== plain_document/* UNKNOWN */.HV)
                return line;
            tree ??= (0,yaml_read/* parseYaml */.hN)(body, file ?? DEFAULT_CONFIG_PATH);
            return tree.lineOf((0,yaml_read/* nodeAt */.oB)(tree, path));
        },
        raw: () => (0,plain_document/* plainDocument */.SV)(body)?.data ?? {},
    };
}
/** The Config a schema-valid raw config holds, each value read strictly (a bad one refused at its line). */
function readConfig(r, source, file) {
    const { config, problems } = readConfigAll(r, source, file);
    (0,src_errors/* throwAll */.Kx)(problems);
    return config;
}
/** What `f` gives, or `otherwise` with the user errors it threw kept in `problems` (every problem of a file at once). */
function gathered(problems, f, otherwise) {
    try {
        return f();
    }
    catch (e) {
        if (e instanceof src_errors/* UserErrors */.tQ)
            problems.push(...e.errors);
        else if (e instanceof src_errors/* UserError */.yo)
            problems.push(e);
        else
            throw e;
        return otherwise;
    }
}
/** A protected environment's promotions are draft pull requests merged by a person: auto-merge there contradicts it. */
function autoMergeProtected(r, source, file) {
    return (r.environments ?? []).flatMap((e, i) => e.protected === true && e['auto-merge'] === true
        ? [
            new src_errors/* UserError */.yo(`environment ${String(e.name)} is protected and sets auto-merge: true`, {
                file,
                line: source.lineOf(['environments', i, 'auto-merge']) ?? 1,
                hint: 'protected promotions are draft pull requests merged by a person: remove auto-merge or protected',
            }),
        ]
        : []);
}
/** readConfig's Config and every problem reading found (a value read as if the file left it out when refused). */
function readConfigAll(r, source, file) {
    const problems = autoMergeProtected(r, source, file);
    // The declarations' defaults (settings/table-*.ts, config-keys.ts), for the keys the Config always holds; the keys an
    // input overrides with its own precedence (notify-pulls, commit-mode, wait …) stay undefined: resolveSettings defaults them.
    const top = TOP_DEFAULTS;
    const lineOf = (path) => source.lineOf(path) ?? 1;
    const config = {
        file,
        versionFile: r['version-file'] ?? top['version-file'],
        tagPrefix: r['tag-prefix'] ?? top['tag-prefix'],
        ...(r['notify-pulls'] !== undefined ? { notifyPulls: r['notify-pulls'] } : {}),
        charts: r.charts,
        ...(r['charts-ignore'] ? { chartsIgnore: r['charts-ignore'] } : {}),
        ignore: r.ignore ?? [...top.ignore],
        chartVersionPolicy: r['chart-version-policy'] ?? top['chart-version-policy'],
        changelog: r.changelog ?? top.changelog,
        packages: r.packages ?? [...top.packages],
        lockCommand: r['lock-command'],
        commitMode: r['commit-mode'],
        services: Object.fromEntries(Object.entries(r.services ?? {}).map(([k, v]) => [
            k,
            {
                image: v.image,
                valuesKey: v['values-key'],
                ...(v['image-policy'] !== undefined ? { imagePolicy: v['image-policy'] } : {}),
                ...(v['flux-substitute'] !== undefined ? { fluxSubstitute: v['flux-substitute'] } : {}),
                ...gathered(problems, () => readKeys(v, SERVICE_READERS, {}, { file, path: ['services', k], lineOf }), readKeys({}, SERVICE_READERS, {}, { file, path: ['services', k], lineOf })),
            },
        ])),
        environments: (r.environments ?? []).map((e, i) => ({
            name: e.name,
            ...(e.values !== undefined ? { values: e.values } : {}),
            ...(e.kustomization !== undefined ? { kustomization: e.kustomization } : {}),
            application: e.application,
            ...(e.helmrelease !== undefined ? { helmrelease: e.helmrelease } : {}),
            ...(e.ocirepository !== undefined ? { ocirepository: e.ocirepository } : {}),
            ...(e['flux-kustomization'] !== undefined ? { fluxKustomization: e['flux-kustomization'] } : {}),
            ...(e['auto-merge'] !== undefined ? { autoMerge: e['auto-merge'] } : {}),
            protected: e.protected ?? ENVIRONMENT_DEFAULTS.protected,
            ...(e['values-drift'] ? { valuesDrift: e['values-drift'] } : {}),
            ...(e.render ? { render: e.render } : {}),
            ...(e.url !== undefined ? { url: e.url } : {}),
            ...(e.preview ? { preview: true } : {}),
            ...gathered(problems, () => readKeys(e, ENVIRONMENT_READERS, ENVIRONMENT_DEFAULTS, {
                file,
                path: ['environments', i],
                name: ['environments', e.name],
                environment: e.name,
                lineOf,
            }), readKeys({}, ENVIRONMENT_READERS, ENVIRONMENT_DEFAULTS, { file, path: ['environments', i], lineOf })),
        })),
        ...(r.waves ? { waves: r.waves } : {}),
        // chart-registry, pins, verify, render: each through the reader its declaration names.
        ...gathered(problems, () => readKeys(r, TOP_READERS, top, { file, path: [], lineOf }), readKeys({}, TOP_READERS, top, { file, path: [], lineOf })),
    };
    // A declared key the loader does not read above (one added with its input: docs/adding-a-setting.md) is carried as written
    // under its camel-case name, where resolveSettings reads it; the schema let through declared keys only.
    unnamedKeys(r, config);
    for (const [i, e] of (r.environments ?? []).entries())
        unnamedKeys(e, config.environments[i]);
    if (file)
        sources.set(config, source);
    gathered(problems, () => duplicateEnvironment(config, source), undefined);
    gathered(problems, () => emptyVerify(r, source, file), undefined);
    return { config, problems };
}
/** Each key of `raw` whose camel-case field `into` lacks, copied as written (`notify-pulls` → `notifyPulls`). */
function unnamedKeys(raw, into) {
    for (const [key, value] of Object.entries(raw))
        if (value !== undefined && !((0,camel/* camel */.n)(key) in into))
            into[(0,camel/* camel */.n)(key)] = value;
}
/**
 * The keys of a place whose declaration names a reader (raw.generated.ts's `*_READERS`), each read by it under
 * its field name (`min-soak` → `minSoak`); a key given nothing (unset, no default) stays out.
 */
function readKeys(raw, readers, defaults, place) {
    const out = {};
    for (const [key, reader] of Object.entries(readers)) {
        const at = {
            file: place.file,
            lineOf: (path) => place.lineOf([...place.path, key, ...path]),
            name: (path) => [...(place.name ?? place.path), key, ...path].join('.'),
            environment: place.environment,
        };
        const given = raw[key] ?? defaults[key];
        const value = readerOf(reader).read(given, at);
        if (value !== undefined)
            out[(0,camel/* camel */.n)(key)] = value;
    }
    return out;
}
/**
 * A `verify:` that verifies nothing is refused at its line: the top level's
 * `{}`, and a service's `{}` where no top-level policy is there to turn off
 * (a service's `{}` under a top-level policy is its opt-out, reported where
 * the digest is written). Every other shape the schema allows names keys (at
 * least one) or an attestation (trusted root and identity), which must pass.
 */
function emptyVerify(r, source, file) {
    const empty = (v) => v !== undefined && !v.keys && !v.attestation;
    if (empty(r.verify))
        throw new src_errors/* UserError */.yo("'verify' is empty: it verifies nothing, and unsigned images would be written", {
            file,
            line: source.lineOf(['verify']) ?? 1,
            hint: 'list cosign public keys under verify.keys or an attestation under verify.attestation, or remove verify:',
        });
    if (r.verify)
        return;
    for (const [name, v] of Object.entries(r.services ?? {}))
        if (empty(v.verify))
            throw new src_errors/* UserError */.yo(`'services.${name}.verify' is empty and there is no top-level verify: to turn off: it verifies nothing`, {
                file,
                line: source.lineOf(['services', name, 'verify']) ?? 1,
                hint: 'give keys or an attestation to verify this service, or remove its verify:',
            });
}
/**
 * The line of a service's `verify: {}` when it turns the top-level policy off
 * for that service (its digests are then written unverified), else undefined.
 */
function verifyOptOut(config, service) {
    const own = config.services[service]?.verify;
    if (!config.verify || !own || own.keys?.length || own.attestation)
        return undefined;
    return { file: config.file, line: configLine(config, ['services', service, 'verify']) };
}
/** The `verify:` that applies to a service: its own, else the top level's; undefined when nothing is to be verified. */
function verifyFor(config, service) {
    const v = config.services[service]?.verify ?? config.verify;
    return v && (v.keys?.length || v.attestation) ? v : undefined;
}
/** An environment name listed twice is refused at its second line (every action reads the list in order). */
function duplicateEnvironment(config, source) {
    const first = new Map();
    config.environments.forEach((e, i) => {
        const earlier = first.get(e.name);
        if (earlier !== undefined) {
            const line = source.lineOf(['environments', i, 'name']);
            const firstLine = source.lineOf(['environments', earlier, 'name']);
            throw new src_errors/* UserError */.yo(`environment '${e.name}' appears twice${firstLine ? ` (first on line ${firstLine})` : ''}`, {
                file: config.file,
                line,
                hint: 'list each environment once, in promotion order',
            });
        }
        first.set(e.name, i);
    });
}
// Kept beside the Config rather than in it, so the Config stays a plain value.
const sources = new WeakMap();
/** The file's keys as written, before any default (undefined without a file): for keys the Config does not name. */
function rawConfig(config) {
    return sources.get(config)?.raw();
}
/**
 * The 1-based line of a config value (`['environments', 2, 'values']`), for
 * errors about what it names; undefined without a file or such a key.
 */
function configLine(config, path) {
    return sources.get(config)?.lineOf(path);
}


/***/ }),

/***/ 85763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ checkYamlEdit)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/yaml/scalars.ts
var scalars = __webpack_require__(47812);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./packages/core/src/edits/same-data.ts
// Whether two readings of YAML hold the same data, in time linear in what the documents spell out. The yaml
// library reads an alias as the very object its anchor made, so nine levels of nine aliases (a billion laughs)
// are nine objects shared along 9^9 paths: node:util's isDeepStrictEqual walks every path (an edit check on such
// a values file took minutes), while here a pair of objects already being compared, or found equal, is not walked
// again. The answer is isDeepStrictEqual's for the plain data YAML reads (mappings as plain objects, sequences as
// arrays, scalars); anything else (a Map, a Set, a Date a custom tag made) is left to isDeepStrictEqual.

/** `a` and `b` hold the same data (a cycle that an alias to an ancestor makes is equal where its walk is). */
function sameData(a, b) {
    return same(a, b, new WeakMap());
}
function same(a, b, met) {
    if (Object.is(a, b))
        return true;
    if (!isPlain(a) || !isPlain(b))
        return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && (0,external_node_util_.isDeepStrictEqual)(a, b);
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    let partners = met.get(a);
    if (partners?.has(b))
        return true;
    if (!partners)
        met.set(a, (partners = new WeakSet()));
    partners.add(b);
    if (Array.isArray(a)) {
        const other = b;
        return a.length === other.length && a.every((v, i) => i in other === i in a && same(v, other[i], met));
    }
    const ka = Object.keys(a);
    const ob = b;
    if (ka.length !== Object.keys(ob).length)
        return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && same(a[k], ob[k], met));
}
/** An array, or an object whose prototype is Object's or none: the shapes a YAML reading builds. */
function isPlain(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    if (Array.isArray(v))
        return Object.getPrototypeOf(v) === Array.prototype;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}

// EXTERNAL MODULE: ./packages/core/src/yaml/plain-document.ts
var plain_document = __webpack_require__(88855);
;// CONCATENATED MODULE: ./packages/core/src/edits/check.ts







/**
 * Puts `value` at `path` in `target`, a fresh toJS() reading, in place (the
 * caller owns it): copying every mapping along the path once per value made a
 * promotion of a thousand services copy the thousand-key `services` mapping
 * two thousand times. No path of an edit passes through an aliased node (the
 * editor refuses those), so no other part of the reading shares what changes.
 */
function setIn(target, path, value) {
    if (path.length === 0)
        return value;
    const [head, ...rest] = path;
    if (typeof head === 'number') {
        const arr = Array.isArray(target) ? target : [];
        arr[head] = setIn(arr[head], rest, value);
        return arr;
    }
    const obj = target !== null && typeof target === 'object' && !Array.isArray(target) ? target : {};
    obj[head] = setIn(obj[head], rest, value);
    return obj;
}
function nodeIn(root, path) {
    let node = root;
    for (const k of path) {
        if (typeof k === 'number')
            node = (0,dist/* isSeq */.oP)(node) ? node.items[k] : undefined;
        else
            node = (0,dist/* isMap */.jh)(node) ? node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === k)?.value : undefined;
    }
    return node;
}
/**
 * Re-reads an edited YAML file and proves the edit did only what it meant:
 * the data before, with the intended values put in, must equal the data after
 * (YAML 1.2), and each value written unquoted must also read back as the same
 * string under Helm's YAML 1.1 reading. Throws an internal error (a bug in an
 * editor, not a user mistake) otherwise. With the run's `cache`, the texts
 * the edit already parsed are not parsed again.
 *
 * The edited text is read by js-yaml where it reads exactly as the yaml
 * package does (yaml/plain-document.ts: no tag, anchor, alias or directive,
 * every block collection on its own line), its data and its plain scalars'
 * text being all the proof needs; any other text, and any text js-yaml
 * refuses, is read by the yaml package as before. Composing the yaml
 * package's syntax tree of a thousand services' values file to check ten
 * changed tags took ~150 ms and megabytes of garbage; js-yaml's reading,
 * kept in the run's `cache` for the next reader of the edited text, ~30 ms.
 */
function checkYamlEdit(file, before, after, intended, opts = {}) {
    const paths = () => intended.map((i) => (0,yaml_edit/* formatPath */.jV)(i.path)).join(', ') || 'nothing';
    if (opts.document !== undefined)
        return checkDocumentEdit(file, before, after, intended, opts.document, paths);
    const body = (0,bytes/* stripBom */.F8)(before);
    let expected = ((0,yaml_edit/* recentlyParsed */._I)(body, file, opts.cache) ?? (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: false })).toJS({
        maxAliasCount: -1,
    });
    for (const i of intended)
        expected = setIn(expected, i.path, i.value);
    const afterBody = (0,bytes/* stripBom */.F8)(after);
    const changed = () => new Error(`${file}: the edit changed more than ${paths()} (the YAML 1.2 reading differs); nothing was written`);
    const yaml11 = (i) => new Error(`${file}: ${(0,yaml_edit/* formatPath */.jV)(i.path)} would be read as something other than a string under YAML 1.1; nothing was written`);
    const plain = (0,parse_cache/* parseWith */.K)(opts.cache, plain_document/* PLAIN_DOCUMENT */.VE, afterBody);
    if (plain !== undefined) {
        if (!sameData(expected, plain.data))
            throw changed();
        for (const i of intended) {
            const source = plain.plainAt(i.path);
            if (source !== undefined && (0,scalars/* yaml11Type */.Ax)(source) !== 'str')
                throw yaml11(i);
        }
        return;
    }
    const doc = parsedAfter(file, afterBody, opts.cache);
    if (doc.errors.length > 0 || !sameData(expected, doc.toJS({ maxAliasCount: -1 })))
        throw changed();
    for (const i of intended) {
        const node = nodeIn(doc.contents, i.path);
        if ((0,dist/* isScalar */.jn)(node) && node.type === dist/* Scalar */.X5.PLAIN && node.range && (0,scalars/* yaml11Type */.Ax)(afterBody.slice(node.range[0], node.range[1])) !== 'str')
            throw yaml11(i);
    }
}
/**
 * The edited text's document. A valid single document is parsed the way the
 * next readers parse it (parseShared: the pins read back, the drift table), so
 * the file is parsed once; such a parse differs from a lenient one only by
 * errors it does not have. Anything else (an editor bug) gets the lenient
 * parse, whose errors the check reports.
 */
function parsedAfter(file, body, cache) {
    try {
        return (0,yaml_edit/* parseShared */.fj)(body, file, cache).doc;
    }
    catch {
        return (0,dist/* parseDocument */.Tp)(body, { uniqueKeys: false });
    }
}
function documentsOf(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)((0,bytes/* stripBom */.F8)(text), { uniqueKeys: false });
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0))
        return undefined;
    return docs.map((d) => d.toJS({ maxAliasCount: -1 }));
}
/** The multi-document form of the check: the chosen document as intended, every other one unchanged. */
function checkDocumentEdit(file, before, after, intended, index, paths) {
    const expected = documentsOf(before);
    const actual = documentsOf(after);
    if (expected && index < expected.length)
        for (const i of intended)
            expected[index] = setIn(expected[index], i.path, i.value);
    if (!expected || !actual || !sameData(expected, actual))
        throw new Error(`${file}: the edit changed more than ${paths()} in document ${index + 1} (the YAML 1.2 reading differs); nothing was written`);
}


/***/ }),

/***/ 63077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ setScalars),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   VO: () => (/* binding */ renderScalar),
/* harmony export */   Xt: () => (/* binding */ indentUnit),
/* harmony export */   Y7: () => (/* binding */ insertPair),
/* harmony export */   _I: () => (/* binding */ recentlyParsed),
/* harmony export */   fj: () => (/* binding */ parseShared),
/* harmony export */   j5: () => (/* binding */ yamlKey),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony exports parseBody, primeParse, setScalar, setBlockScalar */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47812);
// Byte-minimal YAML editing for any file (Chart.yaml, values files, ArgoCD
// Application manifests): the `yaml` parser finds the value's node, and only
// that node's bytes are replaced, so comments, quoting, key order, line endings,
// a BOM and the final newline stay as they were. Re-serialising the document
// (Document#toString) would reformat the whole file, which reviewers notice.
//
//   setScalar(text, file, ['spec', 'source', 'targetRevision'], '1.2.3')
//   setScalars(text, file, [{ path: ['version'], value }, { path: ['appVersion'], value, create: true, after: 'version' }])
//   setBlockScalar(text, file, ['annotations', 'artifacthub.io/changes'], lines, { create: true })
//
// Each is a pure (text) => text function; edits/transaction.ts writes files.





/** `dependencies[0].version`, `annotations."artifacthub.io/changes"`: a path as users read it. */
function formatPath(path) {
    let out = '';
    for (const k of path) {
        if (typeof k === 'number')
            out += `[${k}]`;
        else
            out += (out === '' ? '' : '.') + (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));
    }
    return out;
}
function frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    const crlf = body.indexOf('\r\n');
    const lf = body.indexOf('\n');
    return { bom, body, eol: crlf !== -1 && crlf < lf ? '\r\n' : '\n' };
}
/**
 * Walks a key path the way a reader of the file would, refusing what the byte
 * editor cannot change faithfully: a value reached through an alias or a merge
 * key (`<<`), and a value that an alias elsewhere repeats (editing it would
 * silently change the copies too).
 */
function locate(parsed, path, label) {
    const file = parsed.file;
    const aliased = aliasedAnchors(parsed);
    let node = parsed.doc.contents;
    const parents = [];
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        if (node === null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: the file is empty`, { file, line: 1, hint: 'write the chart metadata first' });
        refuseShared(parsed, node, label, aliased);
        if (typeof key === 'number') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${formatPath(path.slice(0, i)) || 'the document'} is not a list`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            const item = node.items[key];
            if (item === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: there is no item ${key} in ${formatPath(path.slice(0, i))}`, {
                    file,
                    line: parsed.lineOf(node),
                    hint: 'check the key path',
                });
            parents.push(node);
            node = item;
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const where = formatPath(path.slice(0, i));
            const hint = where && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)
                ? `write ${where} as a mapping (\`${where}:\` with indented \`key: value\` lines), or check the key path`
                : 'check the key path';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${where || 'the document'} is not a mapping`, { file, line: parsed.lineOf(node), hint });
        }
        const map = node;
        const pairs = map.items.filter((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
        if (pairs.length > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`duplicate key '${key}'`, {
                file,
                line: parsed.lineOf(pairs[1].key),
                hint: 'remove one of the duplicate keys',
            });
        const pair = pairs[0];
        if (!pair) {
            const merge = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === '<<');
            if (merge)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} would come from a merge key (<<), not from this mapping`, {
                    file,
                    line: parsed.lineOf(merge.key),
                    hint: `write ${key} explicitly in the mapping`,
                });
            return { found: false, parent: map, missing: path.slice(i), parents };
        }
        parents.push(map);
        if (pair.value === null) {
            // `key:` with nothing after it: an empty scalar sits right after the colon.
            if (i === path.length - 1) {
                const at = pair.key && pair.key.range ? pair.key.range[1] : 0;
                const colon = parsed.text.indexOf(':', at);
                const empty = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5(null);
                empty.range = [colon + 1, colon + 1, colon + 1];
                return { found: true, node: empty, parents };
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${formatPath(path.slice(0, i + 1))} is empty`, {
                file,
                line: parsed.lineOf(pair.key),
                hint: 'fill in the mapping',
            });
        }
        node = pair.value;
    }
    if (node === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: the file is empty`, { file, line: 1 });
    refuseShared(parsed, node, label, aliased);
    return { found: true, node, parents };
}
/** The anchors each parse's aliases name, found once per parse: a promotion locates thousands of paths in one file. */
const anchorsOf = new WeakMap();
function aliasedAnchors(parsed) {
    let names = anchorsOf.get(parsed);
    if (names)
        return names;
    names = new Set();
    anchorsOf.set(parsed, names);
    if (!parsed.text.includes('*'))
        return names;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(parsed.doc, {
        Alias(_, a) {
            names.add(a.source);
        },
    });
    return names;
}
function refuseShared(parsed, node, label, aliased) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is reached through the alias *${node.source}`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the value out instead of using an alias',
        });
    const anchor = node.anchor;
    if (anchor && aliased.has(anchor))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is inside &${anchor}, which an alias repeats elsewhere`, {
            file: parsed.file,
            line: parsed.lineOf(node),
            hint: 'write the values out instead of using an anchor and alias',
        });
}
function inFlow(parents) {
    return parents.some((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(p) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p)) && p.flow === true);
}
/** How a new scalar is written where a scalar of `style` was: the same quoting when it reads back right. */
function renderScalar(value, style, flow = false) {
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(value);
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .singleQuote */ .nI)(value) ?? (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(value);
    const plainOk = (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainSafe */ .aj)(value) && !(flow && /[,[\]{}]/.test(value));
    return plainOk ? value : (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(value);
}
/**
 * Parses for editing through parseShared: parseYaml's UserErrors (syntax,
 * duplicate keys, several documents) name file:line, and a file without any
 * document is refused.
 */
function parseBody(body, file, cache) {
    const parsed = parseShared(body, file, cache);
    if (parsed.empty)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the file holds no YAML document', { file, line: 1, hint: 'write its keys first' });
    return parsed;
}
/**
 * parseYaml of `body` (BOM already stripped) for `file`, shared through the
 * run's `cache` with whoever reads or edits the same text next. A promotion
 * reads pins from a values file, edits it, checks the edit and reads the
 * result again; with the run's cache each of those texts is parsed once
 * instead of once per step. The document is shared, so callers only read it.
 * Without a cache the text is parsed every time.
 */
function parseShared(body, file, cache) {
    return (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, body, file);
}
/**
 * Offers a parse a caller already made (e.g. parseChart while planning) of
 * `parsed.text` (BOM stripped, as parseYaml returns it) to the next edit of
 * exactly that text and file through `cache`.
 */
function primeParse(parsed, cache) {
    cache.put(YAML_DOCUMENT, parsed.text, parsed, parsed.file);
}
/** The parsed document of a text `cache` holds for `file` (BOM already stripped), if it still does. */
function recentlyParsed(body, file, cache) {
    return cache?.peek(_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, body, file)?.doc;
}
/**
 * Sets the scalar at `path` to the string `value`, changing only that
 * scalar's bytes: quoting style, trailing comment, indentation, line endings,
 * BOM and final newline stay. A value that would not read back as the same
 * string unquoted is double-quoted. Returns the text unchanged when the value
 * is already there. Refuses (UserError at file:line) an ambiguous existing
 * plain value (`1.10`), a block scalar, duplicate keys, aliases, merge keys,
 * several documents, and a missing key unless `create`.
 */
function setScalar(text, file, path, value, opts = {}) {
    const { document, cache, ...edit } = opts;
    return setScalars(text, file, [{ path, value, ...edit }], { document, cache });
}
/**
 * The parse an edit works on: the single document (the usual, cached path),
 * or with `document` the chosen one of several, its ranges still offsets into
 * the whole text so splices land in the right place.
 */
function parseForEdit(body, file, document, cache) {
    if (document === undefined)
        return parseBody(body, file, cache);
    const all = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, body, file);
    const doc = all.documents?.[document];
    if (!doc)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the file has no document ${document + 1}`, { file, line: 1, hint: 'check the --- separated documents' });
    return { ...all, doc, empty: false };
}
/** Works out the bytes one edit replaces, with every refusal setScalar documents. */
function spliceFor(parsed, e) {
    const { file, text: body } = parsed;
    const label = formatPath(e.path);
    // `image:` with nothing under it: the new key fills it (after the other edits).
    if (e.create && fillEmptyParent(parsed, '\n', e.path, ['x: x'], 2) !== undefined)
        return { create: e };
    const at = locate(parsed, e.path, label);
    if (!at.found) {
        if (!e.create || at.missing.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is missing`, {
                file,
                line: parsed.lineOf(at.parent) ?? 1,
                hint: at.missing.length === 1 ? `add \`${at.missing[0]}: ${renderScalar(e.value, undefined)}\`` : `add ${label}`,
            });
        return { create: e };
    }
    const node = at.node;
    const line = parsed.lineOf(node) ?? parsed.lineAt(node.range?.[0] ?? 0);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is a ${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? 'mapping' : 'list'}, not a single value`, {
            file,
            line,
            hint: 'check the key path',
        });
    const scalar = node;
    const [start, end] = scalar.range;
    if (scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is a block scalar (| or >), which this edit does not rewrite`, {
            file,
            line,
            hint: 'write the value on one line, e.g. `key: "1.2.3"`',
        });
    const source = body.slice(start, end);
    const empty = scalar.value === null;
    if (scalar.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && !empty && !(0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .plainReadsAsString */ .zN)(source) && !e.replaceAmbiguous)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${source} is read as ${describe(source)}, not the string written`, {
            file,
            line,
            hint: `quote it: "${source}"`,
        });
    if (!empty && String(scalar.value) === e.value)
        return undefined;
    let rendered = renderScalar(e.value, empty ? undefined : scalar.type, inFlow(at.parents));
    if (empty && start === end && body[start - 1] === ':')
        rendered = ` ${rendered}`;
    return { start, end, text: rendered };
}
/**
 * Applies several scalar edits with one parse when they all replace existing
 * values (the usual case), the untouched stretches and the new bytes joined
 * once, so the work is linear in the file and the edits; edits that create
 * keys run afterwards, each on a fresh parse.
 */
function setScalars(text, file, edits, opts = {}) {
    const { bom, body, eol } = frame(text);
    const parsed = parseForEdit(body, file, opts.document, opts.cache);
    const splices = edits.map((e) => spliceFor(parsed, e)).filter((s) => s !== undefined);
    const replace = splices.filter((s) => 'start' in s).sort((a, b) => a.start - b.start);
    // The untouched stretches between the splices and the new bytes, joined once: splicing into the whole text
    // once per edit copied it each time (500 services' pins in a 320 KB values file allocated 320 MB).
    let out = body;
    if (replace.length > 0) {
        const parts = [];
        let at = 0;
        for (const r of replace) {
            // The same value edited twice (the sort keeps the given order of equal starts): the later edit wins.
            if (r.start < at) {
                parts[parts.length - 1] = r.text;
                continue;
            }
            parts.push(body.slice(at, r.start), r.text);
            at = r.end;
        }
        parts.push(body.slice(at));
        out = parts.join('');
    }
    for (const s of splices) {
        if (!('create' in s))
            continue;
        const p = parseForEdit(out, file, opts.document, opts.cache);
        const leaf = s.create.path[s.create.path.length - 1];
        const filled = typeof leaf === 'string'
            ? fillEmptyParent(p, eol, s.create.path, [`${yamlKey(leaf)}: ${renderScalar(s.create.value, undefined)}`], indentUnit(p))
            : undefined;
        if (filled !== undefined) {
            out = filled;
            continue;
        }
        const at = locate(p, s.create.path, formatPath(s.create.path));
        if (at.found)
            continue;
        const flow = at.parent.flow === true || inFlow(at.parents);
        const like = s.create.quoteLike === undefined
            ? undefined
            : at.parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === s.create.quoteLike)?.value;
        const style = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(like) && (like.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE || like.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE) ? like.type : undefined;
        const rendered = `${yamlKey(at.missing[0], at.parent)}: ${renderScalar(s.create.value, style, flow)}`;
        out = insertPair(p, eol, at.parent, [rendered], s.create.after);
    }
    return out === body ? text : bom + out;
}
function describe(source) {
    if (/^[-+]?[0-9._]+(?:[eE][-+]?[0-9]+)?$/.test(source) || /^0[xob]/.test(source))
        return 'a number';
    if (/^\d{4}-/.test(source))
        return 'a date';
    return 'a boolean or null';
}
/** A new key written as YAML, quoted the way the mapping's first key is (plain when that is safe). */
function yamlKey(key, map) {
    const style = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(map?.items[0]?.key) ? map.items[0].key.type : undefined;
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(key);
    if (style === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .singleQuote */ .nI)(key) ?? (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(key);
    return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainSafe */ .aj)(key) && !/[,[\]{}]/.test(key) ? key : (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .doubleQuote */ ._O)(key);
}
function columnOf(text, offset) {
    const nl = text.lastIndexOf('\n', offset - 1);
    return offset - (nl + 1);
}
/** The indentation step the file uses for nested mappings (2 when it cannot tell). */
function indentUnit(parsed) {
    const root = parsed.doc.contents;
    let found = 0;
    const walk = (map, depth) => {
        if (found || depth > 3)
            return;
        for (const p of map.items) {
            const v = p.value;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(v) && !v.flow && v.items.length > 0 && p.key && p.key.range) {
                const child = v.items[0].key.range[0];
                const diff = columnOf(parsed.text, child) - columnOf(parsed.text, p.key.range[0]);
                if (diff > 0) {
                    found = diff;
                    return;
                }
            }
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(v))
                walk(v, depth + 1);
        }
    };
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        walk(root, 0);
    return found || 2;
}
/**
 * Inserts a pair into a mapping, as lines in the mapping's own indentation:
 * after `after` when that key exists, else after the last pair. `lines` are
 * relative to the key's column (nested lines carry their own extra indent).
 */
function insertPair(parsed, eol, map, lines, after) {
    const body = parsed.text;
    if (map.flow) {
        if (lines.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('cannot add a nested value to a flow mapping ({…})', {
                file: parsed.file,
                line: parsed.lineOf(map),
                hint: 'write the mapping in block style',
            });
        const close = body.lastIndexOf('}', map.range[1]);
        const inner = body.slice(map.range[0] + 1, close);
        const sep = inner.trim() === '' ? '' : ', ';
        let cut = close;
        while (cut > map.range[0] + 1 && /[ \t]/.test(body[cut - 1]))
            cut--;
        return body.slice(0, cut) + sep + lines[0] + body.slice(cut);
    }
    if (map.items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('cannot add a key to an empty mapping', {
            file: parsed.file,
            line: parsed.lineOf(map),
            hint: 'add the key by hand',
        });
    const firstKey = map.items[0].key;
    const indent = ' '.repeat(columnOf(body, firstKey.range[0]));
    const anchorPair = (after !== undefined ? map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === after) : undefined) ??
        map.items[map.items.length - 1];
    const v = anchorPair.value;
    const endOfPair = v?.range ? v.range[1] : anchorPair.key.range[2];
    let at;
    if (endOfPair > 0 && body[endOfPair - 1] === '\n')
        at = endOfPair;
    else {
        const nl = body.indexOf('\n', endOfPair);
        at = nl === -1 ? -1 : nl + 1;
    }
    const block = lines.map((l) => indent + l).join(eol);
    if (at === -1)
        return body + eol + block;
    return body.slice(0, at) + block + eol + body.slice(at);
}
/**
 * Sets `path` to a literal block scalar (`key: |` and indented lines) holding
 * `content`, e.g. the `artifacthub.io/changes` annotation. Replaces the value
 * when the key exists; with `create`, adds the key, and its parent mapping
 * when that is missing too (one level, e.g. `annotations:`).
 */
function setBlockScalar(text, file, path, content, opts = {}) {
    const { bom, body, eol } = frame(text);
    const parsed = parseBody(body, file, opts.cache);
    const label = formatPath(path);
    const unit = indentUnit(parsed);
    const lines = content.replace(/\n+$/, '').split('\n');
    const leafKey = yamlKey(String(path[path.length - 1]));
    const childLines = [`${leafKey}: |`, ...lines.map((l) => (l === '' ? '' : ' '.repeat(unit) + l))];
    const filled = opts.create ? fillEmptyParent(parsed, eol, path, childLines, unit) : undefined;
    if (filled !== undefined)
        return bom + filled;
    const at = locate(parsed, path, label);
    if (!at.found) {
        if (!opts.create || at.missing.length > 2)
            throw new UserError(`${label} is missing`, { file, line: parsed.lineOf(at.parent) ?? 1, hint: `add ${label}` });
        const pad = ' '.repeat(unit);
        const leaf = at.missing[at.missing.length - 1];
        let rendered = [`${yamlKey(leaf, at.missing.length === 1 ? at.parent : undefined)}: |`, ...lines.map((l) => (l === '' ? '' : pad + l))];
        if (at.missing.length === 2)
            rendered = [`${yamlKey(at.missing[0], at.parent)}:`, ...rendered.map((l) => (l === '' ? '' : pad + l))];
        return bom + insertPair(parsed, eol, at.parent, rendered);
    }
    const node = at.node;
    const line = parsed.lineOf(node);
    if (!isScalar(node))
        throw new UserError(`${label} is a ${isMap(node) ? 'mapping' : 'list'}, not a text value`, { file, line, hint: 'check the key path' });
    if (inFlow(at.parents))
        throw new UserError(`${label} is inside a flow mapping ({…}), where a block scalar cannot go`, {
            file,
            line,
            hint: 'write the mapping in block style',
        });
    const scalar = node;
    if (scalar.value !== null && String(scalar.value) === `${lines.join('\n')}\n` && scalar.type === Scalar.BLOCK_LITERAL)
        return text;
    const parentMap = at.parents[at.parents.length - 1];
    const pair = parentMap.items.find((p) => p.value === node);
    const keyCol = pair?.key && pair.key.range ? columnOf(body, pair.key.range[0]) : 0;
    const pad = ' '.repeat(keyCol + unit);
    const [start, end] = scalar.range;
    let stop;
    // A comment on the key's line (`key: |  # generated`) is the author's and stays on the new header.
    let comment;
    if (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED) {
        comment = /^[|>][-+0-9]*([ \t]+#[^\r\n]*)?/.exec(body.slice(start, end))?.[1] ?? '';
        // Up to the end of the last line with content: trailing blank lines stay, trailing spaces of old content go.
        const lastChar = start + body.slice(start, end).replace(/\s+$/, '').length;
        const lineEnd = body.slice(lastChar, end).search(/\r?\n/);
        stop = lineEnd === -1 ? end : lastChar + lineEnd;
    }
    else {
        // A one-line value is replaced up to the end of its line; a comment after it moves onto the header.
        const nl = body.indexOf('\n', end);
        stop = nl === -1 ? body.length : body[nl - 1] === '\r' ? nl - 1 : nl;
        comment = /^([ \t]+#.*)?/.exec(body.slice(end, stop))?.[1] ?? '';
    }
    const head = (start === end && body[start - 1] === ':' ? ' |' : '|') + comment.replace(/[ \t]+$/, '');
    const rendered = [head, ...lines.map((l) => (l === '' ? '' : pad + l))].join(eol);
    return bom + body.slice(0, start) + rendered + body.slice(stop);
}
/**
 * `annotations:` with nothing after it, `annotations: ~` (or `null`), or
 * `annotations: {}`: the parent of a new block scalar exists but is empty, so
 * it is written out in block style in its place, in the file's indentation; a
 * comment after it stays on its line. Undefined when the parent is not such an empty value.
 */
function fillEmptyParent(parsed, eol, path, childLines, unit) {
    if (path.length < 2)
        return undefined;
    const parentPath = path.slice(0, -1);
    const grand = parentPath.length === 1 ? parsed.doc.contents : locateOrUndefined(parsed, parentPath.slice(0, -1));
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(grand) || grand.flow)
        return undefined;
    const key = parentPath[parentPath.length - 1];
    const pair = grand.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    const value = pair?.value;
    // `annotations:`, `annotations: ~` / `null` and `annotations: {}` all mean "no annotations yet".
    const empty = value === null ||
        ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null && (value.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN || value.range[0] === value.range[1])) ||
        ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(value) && value.flow === true && value.items.length === 0);
    if (!pair || !empty)
        return undefined;
    const body = parsed.text;
    const keyStart = pair.key.range[0];
    const colon = body.indexOf(':', pair.key.range[1]);
    const end = value && value.range ? Math.max(value.range[1], colon + 1) : colon + 1;
    const nl = body.indexOf('\n', end);
    const rest = body.slice(end, nl === -1 ? body.length : nl).replace(/\r$/, '');
    // A comment after the empty value stays on the parent's line; anything else is not ours to move.
    if (rest.trim() !== '' && !/^[ \t]+#/.test(rest))
        return undefined;
    const comment = rest.trim() === '' ? '' : rest.replace(/[ \t]+$/, '');
    const keyIndent = ' '.repeat(columnOf(body, keyStart));
    const pad = ' '.repeat(unit);
    const block = childLines.map((l) => (l === '' ? '' : keyIndent + pad + l));
    return body.slice(0, colon + 1) + comment + eol + block.join(eol) + body.slice(end + rest.length);
}
function locateOrUndefined(parsed, path) {
    try {
        const at = locate(parsed, path, formatPath(path));
        return at.found ? at.node : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 53852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ commitsBetween),
/* harmony export */   AX: () => (/* binding */ deepenBranch),
/* harmony export */   BA: () => (/* binding */ fetchRefs),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   D3: () => (/* binding */ commitOf),
/* harmony export */   E8: () => (/* binding */ rawDiffTree),
/* harmony export */   FT: () => (/* binding */ tagRefspec),
/* harmony export */   LE: () => (/* binding */ blobSize),
/* harmony export */   Mx: () => (/* binding */ commitsInRanges),
/* harmony export */   Qq: () => (/* binding */ catCommit),
/* harmony export */   bR: () => (/* binding */ treeIdOf),
/* harmony export */   l0: () => (/* binding */ lastCommitOf),
/* harmony export */   ls: () => (/* binding */ firstParentLog),
/* harmony export */   mM: () => (/* binding */ firstParentsSince),
/* harmony export */   oZ: () => (/* binding */ commitInfo),
/* harmony export */   sf: () => (/* binding */ catBlob),
/* harmony export */   vl: () => (/* binding */ changedPaths)
/* harmony export */ });
/* unused harmony exports rangeKey, pathsUnder, subjectOf, isAncestorOf */
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90669);

/** The commit `ref` names, or undefined when it names none. */
function commitOf(git, ref) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
}
/** The commit's parents, trailers and message; undefined when there is no such commit. */
async function commitInfo(git, commit) {
    // NUL between the fields: a root commit has no parents, and the output is trimmed. The trailer block is git's parse.
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, [
        '-c',
        'trailer.separators=:',
        'show',
        '-s',
        '--format=%P%x00%(trailers:only,unfold)%x00%B',
        '--end-of-options',
        `${commit}^{commit}`,
    ]);
    if (out === undefined)
        return undefined;
    const [parents, trailers, ...message] = out.split('\0');
    return { parents: parents.split(' ').filter(Boolean), trailers, message: message.join('\0') };
}
/** The newest commit up to `commit` that changed `path` (or any of several) (`firstParent`: on the first-parent line only); undefined when none. */
async function lastCommitOf(git, commit, path, firstParent) {
    const args = firstParent
        ? ['log', '-1', '--first-parent', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()]
        : ['log', '-1', '--format=%H', '--end-of-options', commit, '--', ...[path].flat()];
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, args)) || undefined;
}
/** The first-parent commits up to `commit` that changed `path` (or any of several), newest first, each with its commit time. */
async function firstParentLog(git, commit, path) {
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['log', '--first-parent', '--format=%H %ct', '--end-of-options', commit, '--', ...[path].flat()]);
    return (out ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha, seconds] = line.split(' ');
        return { sha, time: Number(seconds) * 1000 };
    });
}
/** Every file path in `commit`'s tree (under `dir`, when given); undefined when git cannot list it. */
async function listFiles(git, commit, dir) {
    const args = ['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit];
    const r = await git(dir === undefined ? args : [...args, '--', `${dir}/`]);
    return r.code === 0 ? r.stdout.toString('utf8').split('\0').filter(Boolean) : undefined;
}
/** The commits of `from..to` with their subjects, newest first; undefined unless `from` is reachable from `to` here. */
async function commitsBetween(git, from, to) {
    // Only when `from` is reachable from `to` here: in a shallow clone the log would stop early and undercount.
    if ((await git(['merge-base', '--is-ancestor', '--end-of-options', from, to])).code !== 0)
        return undefined;
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['log', '--format=%H%x00%s', '--end-of-options', `${from}..${to}`]);
    if (out === undefined)
        return undefined;
    return out
        .split('\n')
        .filter((l) => l.includes('\0'))
        .map((l) => ({ sha: l.slice(0, l.indexOf('\0')), subject: l.slice(l.indexOf('\0') + 1) }));
}
/** The key of a range in commitsInRanges' answer. */
const rangeKey = (r) => `${r.from}..${r.to}`;
/**
 * Each range's commits as commitsBetween gives them (newest first; undefined
 * unless `from` is reachable from `to` here), from one shared history walk: a
 * promotion of hundreds of services asks for dozens of ranges between release
 * tags, and a `git log` plus a `merge-base --is-ancestor` per range was most of
 * its time. The walk is one `git log --boundary` from every range's end down to
 * the common ancestor of their starts (`merge-base --octopus`, itself when there
 * is one start); each range is then sorted out here: the commits its end reaches
 * in the walk that its start does not, in the walk's order (git log's own order for the
 * range when commit times rise along the history). No commit of `from..to`
 * can lie below that ancestor (it would be reachable from `from`), so nothing is
 * missed. A range whose end the walk does not hold is asked of git on its own.
 */
async function commitsInRanges(git, ranges) {
    const out = new Map();
    const todo = [...new Map(ranges.map((r) => [rangeKey(r), r])).values()];
    if (todo.length === 0)
        return out;
    const starts = [...new Set(todo.map((r) => r.from))];
    const base = starts.length === 1 ? starts[0] : await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, ['merge-base', '--octopus', '--end-of-options', ...starts]);
    const ends = [...new Set(todo.map((r) => r.to))];
    const args = ['log', '--boundary', '--format=%m%H %P%x00%s', '--end-of-options', ...ends, ...(base ? [`^${base}`] : []), '--'];
    const log = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitTry */ .W_)(git, args);
    const walk = log === undefined ? undefined : historyWalk(log);
    for (const r of todo) {
        const found = walk?.range(r.from, r.to);
        out.set(rangeKey(r), found === 'unknown' || walk === undefined ? await commitsBetween(git, r.from, r.to) : found);
    }
    return out;
}
/**
 * The commits of one `git log --boundary --format=%m%H %P%x00%s` walk, and the ranges sorted out of it.
 * Commits are numbered in the log's order and each tip's reach is a byte per commit: a fleet's promotion
 * between two prod environments asks ~40 ranges over a walk of ~19,000 commits, where a set of ids per tip
 * and a scan of every commit per range took ~0.4 s.
 */
function historyWalk(log) {
    // Walked commits (not boundary ones) with their subjects, in the log's order; their parents by number once all are known.
    const shas = [];
    const subjects = [];
    const parentShas = [];
    const boundary = new Set();
    for (const line of log.split('\n')) {
        const nul = line.indexOf('\0');
        if (nul < 0)
            continue;
        const [sha, ...parents] = line.slice(1, nul).split(' ').filter(Boolean);
        if (line[0] === '-')
            boundary.add(sha);
        else {
            shas.push(sha);
            subjects.push(line.slice(nul + 1));
            parentShas.push(parents);
        }
    }
    const number = new Map();
    shas.forEach((sha, i) => number.set(sha, i));
    // Each walked commit's walked parents; each boundary commit's walked children (they reach it).
    const parents = parentShas.map((ps) => ps.flatMap((p) => (number.has(p) ? [number.get(p)] : [])));
    const childrenOf = new Map();
    parentShas.forEach((ps, i) => {
        for (const p of ps) {
            if (!boundary.has(p))
                continue;
            const children = childrenOf.get(p);
            if (children)
                children.push(i);
            else
                childrenOf.set(p, [i]);
        }
    });
    // Every walked commit a tip reaches through walked commits (the tip included), once per tip.
    const reached = new Map();
    const reach = (tip) => {
        let seen = reached.get(tip);
        if (seen)
            return seen;
        seen = new Uint8Array(shas.length);
        const stack = [tip];
        while (stack.length > 0) {
            const i = stack.pop();
            if (seen[i])
                continue;
            seen[i] = 1;
            for (const p of parents[i])
                if (!seen[p])
                    stack.push(p);
        }
        reached.set(tip, seen);
        return seen;
    };
    return {
        range(from, to) {
            const end = number.get(to);
            if (end === undefined)
                return 'unknown';
            const high = reach(end);
            const start = number.get(from);
            // `from` is an ancestor when the walk reaches it, or, below the walk (the common ancestor), a reached commit's parent.
            const ancestor = start !== undefined ? high[start] === 1 : (childrenOf.get(from) ?? []).some((i) => high[i] === 1);
            if (!ancestor)
                return undefined;
            const low = start !== undefined ? reach(start) : undefined;
            const out = [];
            for (let i = 0; i < shas.length; i++)
                if (high[i] === 1 && low?.[i] !== 1)
                    out.push({ sha: shas[i], subject: subjects[i] });
            return out;
        },
    };
}
/** Fetches refspecs from `remote`: quiet, no tags, no FETCH_HEAD. */
function fetchRefs(git, remote, specs) {
    return git([..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG, '--quiet', '--no-tags', '--no-write-fetch-head', '--', remote, ...specs]);
}
/** `refs/tags/<tag>` fetched onto itself (forced). */
const tagRefspec = (tag) => `+refs/tags/${tag}:refs/tags/${tag}`;
/**
 * Deepens `branch`'s tracking ref from `remote` by `commits` more behind a shallow clone's boundary, or
 * fetches the rest of its history (`commits` undefined).
 */
function deepenBranch(git, remote, branch, commits) {
    const how = commits === undefined ? '--unshallow' : `--deepen=${commits}`;
    return git([
        ..._spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .GIT_FETCH */ .SG,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        how,
        '--',
        remote,
        `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
    ]);
}
/** A commit object's raw text (`git cat-file commit`); throws when there is none. */
function catCommit(git, sha) {
    return (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['cat-file', 'commit', sha]);
}
/** The raw `-z` diff of `sha` against `parent` (whole ids, no renames), as git answered. */
function rawDiffTree(git, parent, sha) {
    return git(['diff-tree', '-r', '-z', '--raw', '--no-renames', '--no-abbrev', '--no-ext-diff', parent, sha, '--']);
}
/** A blob's size in bytes, asked before it is read. */
async function blobSize(git, oid) {
    return Number((await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['cat-file', '-s', oid])).trim());
}
/** A blob's bytes, as git answered. */
function catBlob(git, oid) {
    return git(['cat-file', 'blob', oid]);
}
/** The tree id of a commit `git rev-parse` resolves; throws when it resolves none. */
async function treeIdOf(git, commit) {
    return (await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['rev-parse', `${commit}^{tree}`])).trim();
}
/** The commits after `base` up to `sha` along first parents, oldest first. */
async function firstParentsSince(git, base, sha) {
    const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['rev-list', '--reverse', '--first-parent', '--end-of-options', sha, `^${base}`, '--']);
    return out.split('\n').filter(Boolean);
}
/** The paths `to` changed against `from` (no rename detection). */
async function changedPaths(git, from, to) {
    const paths = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .gitText */ .q_)(git, ['diff-tree', '-r', '-z', '--no-renames', '--name-only', '--no-ext-diff', from, to, '--']);
    return paths.split('\0').filter(Boolean);
}
/** The paths of `commit` under `dir`, relative to the repository's top; undefined when git cannot list them. */
async function pathsUnder(git, commit, dir) {
    const r = await git(['ls-tree', '-r', '-z', '--name-only', commit, '--', dir]);
    return r.code === 0
        ? r.stdout
            .toString('utf8')
            .split('\0')
            .filter((p) => p !== '')
        : undefined;
}
/** The subject line of `commit` (`git log -1 --format=%s`), trimmed. */
async function subjectOf(git, commit) {
    return (await gitText(git, ['log', '-1', '--format=%s', commit, '--'])).trim();
}
/** Whether `ancestor` is `commit` or one of its ancestors (false too when git cannot tell, e.g. below a shallow boundary). */
async function isAncestorOf(git, ancestor, commit) {
    return (await git(['merge-base', '--is-ancestor', '--end-of-options', ancestor, commit])).code === 0;
}


/***/ }),

/***/ 38397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h$: () => (/* binding */ proposedBranch),
/* harmony export */   hu: () => (/* binding */ dryShaOf),
/* harmony export */   w1: () => (/* binding */ metadataPaths)
/* harmony export */ });
/* unused harmony exports dryCommit, METADATA_FILE, dryShaAt, writeHydratedTree, blobsUnder, commitHydratedTree, commitOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53852);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24673);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57850);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63164);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90669);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58162);
// The git side of `lockstep hydrate` (operations/hydrate/): what it reads of the DRY commit, and the one
// commit per hydrated branch, made with plumbing only (hash-object, a temporary index, write-tree,
// commit-tree): no checkout, no work tree, the real index and HEAD untouched. Each command line is
// spelled here, as every git command line is (eslint.config.js).









/** `ref`'s commit with its author, dates, subject and body; undefined when `ref` names no commit. */
async function dryCommit(git, ref) {
    const out = await gitTry(git, [
        'show',
        '-s',
        '--format=%H%x00%an <%ae>%x00%aI%x00%ct %cI%x00%s%x00%b',
        '--end-of-options',
        `${ref}^{commit}`,
    ]);
    if (out === undefined)
        return undefined;
    const [sha, author, date, committed, subject, ...body] = out.split('\0');
    const [seconds, iso] = committed.split(' ');
    const offset = /([+-]\d\d):?(\d\d)$/.exec(iso);
    return {
        sha,
        author,
        date,
        committed: `${seconds} ${offset ? `${offset[1]}${offset[2]}` : '+0000'}`,
        subject,
        body: body.join('\0').replace(/\n+$/, ''),
    };
}
/** The file GitOps Promoter reads the DRY commit from. */
const METADATA_FILE = 'hydrator.metadata';
/** The drySha a hydrator.metadata's text (or a hydrator note's) names: a full commit id, else undefined (not JSON, no such key). */
function dryShaOf(text) {
    if (text === undefined)
        return undefined;
    try {
        const sha = JSON.parse(text).drySha;
        return typeof sha === 'string' && (0,_refs_js__WEBPACK_IMPORTED_MODULE_8__/* .isCommitId */ .jh)(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The branch written: Argo CD's hydrateTo branch when given, else GitOps Promoter's `-next` convention for the
 * active branch (`/<activePath>` in shared-active-branch mode).
 */
function proposedBranch(h) {
    if (h['hydrate-to'])
        return h['hydrate-to'];
    return h.path ? `${h.branch}-next/${h.path}` : `${h.branch}-next`;
}
/**
 * Where hydrator.metadata goes: at the root, or under the path; in Argo CD's layout (hydrate-to with a path)
 * at both, with the same content, as Argo CD's Source Hydrator writes it.
 */
function metadataPaths(h) {
    if (!h.path)
        return [METADATA_FILE];
    const own = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(h.path, METADATA_FILE);
    return h['hydrate-to'] ? [METADATA_FILE, own] : [own];
}
/** The drySha `commit`'s `path` (its hydrator.metadata) names, read from the clone; undefined when unreadable. */
async function dryShaAt(git, commit, path) {
    return dryShaOf(await gitTry(git, ['cat-file', 'blob', '--end-of-options', `${commit}:${path}`]));
}
/**
 * The blobs of `files` written, then the tree of `parent` (none: an empty
 * tree) with everything under `scope` (undefined: the whole tree) replaced by
 * `files`, in one temporary index and one write-tree. Paths outside the scope
 * keep their mode and blob: another app's folder stays byte for byte. With
 * `write` false (a dry run) only the blob ids are computed: nothing is
 * written to the object database.
 */
async function writeHydratedTree(git, parent, scope, files, write = true) {
    const local = await asRepo(git).local();
    const tmp = await mkdtemp(join(tmpdir(), 'lockstep-hydrate-'));
    try {
        const paths = await Promise.all(files.map(async (f, i) => {
            const p = join(tmp, `blob-${i}`);
            await writeFile(p, f.content);
            return p;
        }));
        // --no-filters: the planned bytes as they are (no clean filter, no line-ending conversion).
        const hash = write ? ['hash-object', '-w', '--no-filters', '--stdin-paths'] : ['hash-object', '--no-filters', '--stdin-paths'];
        const ids = files.length > 0 ? (await localText(local, hash, { input: `${paths.join('\n')}\n` })).split('\n') : [];
        if (ids.length !== files.length)
            throw new Error('git hash-object returned an unexpected number of ids');
        const blobs = new Map(files.map((f, i) => [f.path, ids[i]]));
        if (!write)
            return { blobs };
        // A planned file outside the scope (Argo CD's root hydrator.metadata) replaces the parent's.
        const kept = parent
            ? [...(await listTree(git, parent))].filter(([path]) => scope !== undefined && !under(path, scope) && !blobs.has(path))
            : [];
        const info = [
            ...kept.map(([path, e]) => `${e.mode} ${e.oid}\t${path}\0`),
            ...files.map((f) => `100644 ${blobs.get(f.path)}\t${f.path}\0`),
        ].join('');
        const env = { GIT_INDEX_FILE: join(tmp, 'index') };
        if (info)
            await localText(local, ['update-index', '--add', '-z', '--index-info'], { env, input: info });
        const tree = await localText(local, ['write-tree'], { env });
        return { tree, blobs };
    }
    finally {
        await rm(tmp, { recursive: true, force: true });
    }
}
/** Each file of `commit` under `scope` (undefined: all) with its blob id. */
async function blobsUnder(git, commit, scope) {
    const out = new Map();
    for (const [path, e] of await listTree(git, commit))
        if (scope === undefined || under(path, scope))
            out.set(path, e.oid);
    return out;
}
function under(path, scope) {
    return path.startsWith(`${scope}/`);
}
/**
 * The commit of `tree` on `parent` (none: a root commit), authored and
 * committed by `who` at `date` (`<unix> <offset>`): the same tree, parent,
 * message and date give the same commit id, whoever makes it.
 */
async function commitHydratedTree(git, c) {
    const local = await asRepo(git).local();
    const env = {
        GIT_AUTHOR_NAME: c.who.name,
        GIT_AUTHOR_EMAIL: c.who.email,
        GIT_COMMITTER_NAME: c.who.name,
        GIT_COMMITTER_EMAIL: c.who.email,
        GIT_AUTHOR_DATE: c.date,
        GIT_COMMITTER_DATE: c.date,
    };
    const parents = c.parent ? ['-p', c.parent] : [];
    return localText(local, ['commit-tree', '--no-gpg-sign', ...parents, '--end-of-options', c.tree], {
        env,
        input: c.message.endsWith('\n') ? c.message : `${c.message}\n`,
    });
}
/**
 * The commit `ref` names (a commit id, a branch, `origin/<branch>`), resolved
 * locally; a full commit id the clone lacks is fetched from origin first (a
 * checkout of the DRY branch may not hold the hydrated branch's commits, nor
 * a hydrated commit the DRY commit it names). Undefined when neither has it.
 */
async function commitOf(git, ref) {
    const resolve = () => gitTry(git, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const found = await resolve();
    if (found !== undefined || !isCommitId(ref))
        return found;
    await fetchRefs(git, 'origin', [ref]);
    return resolve();
}


/***/ }),

/***/ 24673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ localGitAt),
/* harmony export */   l: () => (/* binding */ localText)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);


// Variables that would point git at another repository, index or identity than the one asked for.
const DROPPED = /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|AUTHOR_\w+|COMMITTER_\w+|CEILING_DIRECTORIES|PREFIX)$/;
/** A LocalGit bound to the git directory `gitDir` (absolute). */
function localGitAt(gitDir, base = process.env) {
    const inherited = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && !DROPPED.test(k))
            inherited[k] = v;
    return (args, opts = {}) => new Promise((done, fail) => {
        // Literal pathspecs: a planned path is a file name, never a glob or `:(magic)`.
        const env = {
            ...inherited,
            GIT_DIR: gitDir,
            GIT_TERMINAL_PROMPT: '0',
            LC_ALL: 'C',
            GIT_OPTIONAL_LOCKS: '0',
            GIT_LITERAL_PATHSPECS: '1',
            ...opts.env,
        };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [..._spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .GIT_NO_HOOKS */ .YH, ...args], { cwd: gitDir, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        // git may exit before reading all of stdin (an early error): that is reported by the exit code.
        child.stdin.on('error', () => { });
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
        child.stdin.end(opts.input ?? '');
    });
}
/** Runs a LocalGit call and returns trimmed stdout; a non-zero exit throws with git's message. */
async function localText(git, args, opts) {
    const r = await git(args, opts);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8').trim();
}


/***/ }),

/***/ 57850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ parseRawDiff),
/* harmony export */   dm: () => (/* binding */ gitSpawner)
/* harmony export */ });
/* unused harmony exports listTree, listPathsAndLinks, parseLsTree, mergeBase, diffSinceMergeBase, treeBefore, pathsContaining */
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63164);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90669);


/**
 * A spawner for the repository at `cwd` (real git, hooks off) that is its
 * Repo: what the run learns of the repository is kept with it (git/repo.ts;
 * asRepo gives its typed questions).
 */
function gitSpawner(cwd, env = process.env) {
    return (0,_repo_js__WEBPACK_IMPORTED_MODULE_0__/* .asRepo */ .lU)((0,_spawn_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnGit */ .Iz)(cwd, env));
}
/**
 * Every file of a commit's tree (`git ls-tree -r -z --full-tree`), path →
 * mode and object id. Submodules (mode 160000) are left out: they are not files.
 */
async function listTree(git, commit) {
    const out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
    if (out.code !== 0)
        throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
    return parseLsTree(out.stdout.toString('utf8'));
}
/**
 * Every path of a commit's tree, its object id and which paths are symbolic
 * links, in one `git ls-tree` (mode, id and path: no object type).
 * git older than 2.36 has no `--format`: the full listing then serves.
 */
async function listPathsAndLinks(git, commit) {
    // Each record is `<mode> <id> <path>` (--format), or `<mode> <type> <id>\t<path>` (the full listing).
    let out = await git(['ls-tree', '-r', '-z', '--full-tree', '--format=%(objectmode) %(objectname) %(path)', '--end-of-options', commit]);
    let full = false;
    if (out.code !== 0) {
        out = await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit]);
        if (out.code !== 0)
            throw new Error(`git ls-tree failed (exit ${out.code}): ${out.stderr.trim()}`);
        full = true;
    }
    const paths = new Set();
    const oids = new Map();
    const links = new Map();
    for (const rec of out.stdout.toString('utf8').split('\0')) {
        if (rec === '')
            continue;
        const end = full ? rec.indexOf('\t') : rec.indexOf(' ', rec.indexOf(' ') + 1);
        const oid = rec.slice(rec.lastIndexOf(' ', end - 1) + 1, end);
        const path = rec.slice(end + 1);
        paths.add(path);
        oids.set(path, oid);
        if (rec.startsWith('120000 '))
            links.set(path, oid);
    }
    return { paths, oids, links };
}
/** Parses `ls-tree -r -z` output (`<mode> SP <type> SP <oid> TAB <path> NUL`). */
function parseLsTree(text) {
    const files = new Map();
    for (const rec of text.split('\0')) {
        if (rec === '')
            continue;
        const tab = rec.indexOf('\t');
        const [mode, type, oid] = rec.slice(0, tab).split(' ');
        if (type !== 'blob')
            continue;
        files.set(rec.slice(tab + 1), { mode, oid });
    }
    return files;
}
/** The merge base of two commits, or undefined when none is reachable locally. */
async function mergeBase(git, a, b) {
    const r = await git(['merge-base', '--end-of-options', a, b]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
/**
 * The changes from the merge base of `base` and `head` to `head`, as
 * `git diff --raw base...head` lists them (what a pull request shows).
 * Undefined when git cannot compute it (a commit or the merge base missing).
 */
async function diffSinceMergeBase(git, base, head) {
    const r = await git(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--no-textconv', `${base}...${head}`, '--']);
    return r.code === 0 ? parseRawDiff(r.stdout.toString('utf8')) : undefined;
}
/** Parses `--raw -z` output (`:<old mode> <new mode> <old> <new> <status> NUL <path> NUL`). */
function parseRawDiff(text) {
    const out = [];
    const parts = text.split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const meta = parts[i];
        if (!meta.startsWith(':'))
            break;
        const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(' ');
        out.push({ path: parts[i + 1], status, oldMode, newMode, oldOid, newOid });
    }
    return out;
}
/** The merge base's tree, rebuilt from the head tree by undoing the changes. */
function treeBefore(head, changes) {
    const base = new Map(head);
    for (const c of changes) {
        if (/^0+$/.test(c.oldOid) || c.oldMode === '000000')
            base.delete(c.path);
        else if (c.oldMode !== '160000')
            base.set(c.path, { mode: c.oldMode, oid: c.oldOid });
    }
    return base;
}
/**
 * Paths in a commit whose file is named `fileName` and contains `text`
 * (`git grep -l -F` over the tree, without reading the blobs into this
 * process). Undefined when git cannot search (e.g. the commit is missing).
 */
async function pathsContaining(git, commit, fileName, text) {
    if (commit.startsWith('-'))
        return undefined; // never let a ref be read as an option
    // --full-name: paths from the repository's top, like every other listing, even when run in a subfolder.
    const r = await git(['grep', '-l', '-z', '-F', '--full-name', '--no-color', '-e', text, commit, '--', fileName, `:(glob)**/${fileName}`]);
    if (r.code === 1)
        return [];
    if (r.code !== 0)
        return undefined;
    const prefix = `${commit}:`;
    return r.stdout
        .toString('utf8')
        .split('\0')
        .filter((p) => p !== '')
        .map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p));
}


/***/ }),

/***/ 5825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ appendTrailer),
/* harmony export */   D_: () => (/* binding */ fetchBranch),
/* harmony export */   TV: () => (/* binding */ pushBranch),
/* harmony export */   aY: () => (/* binding */ replayCommits),
/* harmony export */   g7: () => (/* binding */ treeOf),
/* harmony export */   gN: () => (/* binding */ parentOf),
/* harmony export */   kq: () => (/* binding */ commitsAfterGenerated),
/* harmony export */   s0: () => (/* binding */ withBaseRetry),
/* harmony export */   sF: () => (/* binding */ commitSubject),
/* harmony export */   ty: () => (/* binding */ generatedTrailer),
/* harmony export */   zG: () => (/* binding */ treesOf),
/* harmony export */   zu: () => (/* binding */ commitFiles)
/* harmony export */ });
/* unused harmony exports TREE_TRAILER_KEY, GENERATED_TRAILER_KEY, isShallow, isEmpty, SHALLOW_FETCH_DEPTH, remoteFailure, parsePushPorcelain, pushOutcome, pushTag, hasTrailer, isAncestor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24673);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90669);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63164);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58162);








// Publishing one branch, tag or commit at a time, and what a remote's answers mean. Many branches in one git
// process each (hydrate's writeBranches): publish-batch.ts, which reads the remote's answers through this file.
/**
 * The trailer key that records, in a generated commit, the tree it was made
 * with (commitFiles `stampTree`): a generated commit whose tree no longer
 * matches was amended by hand, and regenerating it would lose that edit.
 */
const TREE_TRAILER_KEY = 'Lockstep-Tree';
/** The trailer key that marks a commit as generated by a lockstep action. */
const GENERATED_TRAILER_KEY = 'Lockstep-Generated';
/** The trailer line a generated commit carries, e.g. `Lockstep-Generated: prepare-release`. */
function generatedTrailer(action) {
    if (!/^[a-z][a-z0-9-]*$/.test(action))
        throw new Error(`generatedTrailer: invalid action name ${JSON.stringify(action)}`);
    return `${GENERATED_TRAILER_KEY}: ${action}`;
}
function checkIdentity(who, role) {
    if (!who.name || /[<>\r\n\0]/.test(who.name) || !who.email || /[<>\s\0]/.test(who.email))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${role} ${JSON.stringify(`${who.name} <${who.email}>`)} is not a valid git identity`, {
            hint: "use 'Name <email>'",
        });
}
function checkPath(path) {
    const parts = path.split('/');
    if (path === '' ||
        path.startsWith('/') ||
        /[\0\r\n\\]/.test(path) ||
        parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`path escapes the repository or is not normalised: ${JSON.stringify(path)}`, {
            hint: 'paths are relative to the repository root, with / separators',
        });
}
/** Git's date for an environment variable: as given (ISO 8601, RFC 2822 or `<unix> <tz>`). */
function checkDate(date) {
    if (date !== undefined && (date.trim() === '' || /[\r\n\0]/.test(date)))
        throw new Error(`invalid git date ${JSON.stringify(date)}`);
}
function identityEnv(author, committer, date) {
    const env = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
    };
    if (date)
        env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = date;
    return env;
}
async function resolveCommit(local, ref, what) {
    if (ref.startsWith('-'))
        throw new Error(`${what} ${JSON.stringify(ref)} is not a commit`);
    const r = await local(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    if (r.code !== 0)
        throw new Error(`${what} ${ref} is not a commit in this repository`);
    return r.stdout.toString('utf8').trim();
}
function withNewline(message) {
    return message.endsWith('\n') ? message : `${message}\n`;
}
/**
 * One commit with `parent` as its only parent: parent's tree + files. Uses a
 * temporary index; never touches the work tree, HEAD or the real index.
 * Existing files keep their mode (an executable stays executable); deletes
 * of absent paths are no-ops; writing over a symlink, submodule or folder is
 * refused. With `date` the commit id is reproducible. With `stampTree` the
 * message gains a `Lockstep-Tree: <tree>` trailer, which lets
 * commitsAfterGenerated notice a generated commit amended by hand.
 */
async function commitFiles(git, c) {
    checkIdentity(c.author, 'author');
    checkIdentity(c.committer, 'committer');
    checkDate(c.date);
    const seen = new Set();
    for (const f of c.files) {
        checkPath(f.path);
        if (seen.has(f.path))
            throw new Error(`commitFiles: ${f.path} is planned twice`);
        seen.add(f.path);
    }
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    const parent = await resolveCommit(local, c.parent, 'parent');
    const existing = new Map();
    if (c.files.length > 0) {
        const ls = await local(['ls-tree', '-z', '--full-tree', '--end-of-options', parent, '--', ...c.files.map((f) => f.path)]);
        if (ls.code !== 0)
            throw new Error(`git ls-tree failed (exit ${ls.code}): ${ls.stderr.trim()}`);
        for (const rec of ls.stdout.toString('utf8').split('\0')) {
            if (!rec)
                continue;
            const tab = rec.indexOf('\t');
            const [mode, type] = rec.slice(0, tab).split(' ');
            const path = rec.slice(tab + 1);
            if (type !== 'blob' || mode === '120000')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing to write ${path}: it is a ${mode === '120000' ? 'symlink' : type === 'tree' ? 'folder' : 'submodule'} in ${parent.slice(0, 12)}`);
            existing.set(path, mode);
        }
    }
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'lockstep-commit-'));
    try {
        const writes = c.files.filter((f) => f.content !== null);
        const blobs = new Map();
        if (writes.length > 0) {
            // One hash-object for all blobs; --no-filters stores the planned bytes exactly (no clean filter or eol conversion).
            const paths = await Promise.all(writes.map(async (f, i) => {
                const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, `blob-${i}`);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(p, f.content);
                return p;
            }));
            const ids = (await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['hash-object', '-w', '--no-filters', '--', ...paths])).split('\n');
            if (ids.length !== writes.length)
                throw new Error('git hash-object returned an unexpected number of ids');
            writes.forEach((f, i) => blobs.set(f, ids[i]));
        }
        const zero = '0'.repeat(parent.length);
        const info = c.files
            .map((f) => {
            if (f.content === null)
                return `0 ${zero}\t${f.path}\0`;
            const mode = f.mode ?? existing.get(f.path) ?? '100644';
            return `${mode} ${blobs.get(f)}\t${f.path}\0`;
        })
            .join('');
        const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'index') };
        await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['read-tree', '--end-of-options', parent], { env });
        if (info)
            await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['update-index', '-z', '--index-info'], { env, input: info });
        const tree = await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['write-tree'], { env });
        return await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['commit-tree', '--no-gpg-sign', '-p', parent, '--end-of-options', tree], {
            env: identityEnv(c.author, c.committer, c.date),
            input: c.stampTree ? appendTrailer(c.message, `${TREE_TRAILER_KEY}: ${tree}`) : withNewline(c.message),
        });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
    }
}
/** The tree id of a commit. */
async function treeOf(git, commit) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    return resolveTree(local, commit);
}
/** The tree ids of several commits, in their order, from one `git rev-parse`. */
async function treesOf(git, commits) {
    if (commits.length === 1)
        return [await treeOf(git, commits[0])];
    for (const c of commits)
        if (c.startsWith('-'))
            throw new Error(`${JSON.stringify(c)} is not a commit`);
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    // git 2.39's rev-parse prints `--end-of-options` back unless --verify, which takes one name: the '-' check above stands in.
    const trees = (await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['rev-parse', ...commits.map((c) => `${c}^{tree}`)])).split('\n');
    if (trees.length !== commits.length || !trees.every((t) => /^[0-9a-f]{40,64}$/.test(t)))
        throw new Error(`git rev-parse returned ${trees.length} tree ids for ${commits.length} commits`);
    return trees;
}
/** A commit's subject (first line of its message); untrusted text, escape it before logging. */
async function commitSubject(git, commit) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    return subjectOf((await readCommit(local, await resolveCommit(local, commit, 'commit'))).message);
}
/** The first parent of a commit (undefined for a root commit). */
async function parentOf(git, commit) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    return (await readCommit(local, await resolveCommit(local, commit, 'commit'))).parents[0];
}
async function resolveTree(local, commit) {
    if (commit.startsWith('-'))
        throw new Error(`${JSON.stringify(commit)} is not a commit`);
    return (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['rev-parse', '--verify', '--end-of-options', `${commit}^{tree}`]);
}
/** Whether the repository is a shallow clone (asked once per Repo until a fetch). */
async function isShallow(git) {
    return asRepo(git).isShallow();
}
/** True for a repository without any ref (a fresh `git init`, e.g. a temp clone for another repository). */
async function isEmpty(repo) {
    if (repo.holdsRef())
        return false;
    const r = await repo(['for-each-ref', '--count=1', '--format=%(refname)']);
    if (r.code === 0 && r.stdout.length > 0)
        repo.noteRef();
    return r.code === 0 && r.stdout.length === 0;
}
/** How many commits of a branch a shallow clone fetches at first; deepening adds more on demand. */
const SHALLOW_FETCH_DEPTH = 16;
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout';
/** The same fix from a terminal. */
const UNSHALLOW_HINT = 'fetch the whole history (git fetch --unshallow), or work in a full clone';
function firstLine(s) {
    return (s
        .trim()
        .split('\n')
        .find((l) => l.trim() !== '') ?? 'no output');
}
/** A git failure reaching the remote; a refusal of the token becomes a UserError naming the permission. */
function remoteFailure(what, remote, stderr) {
    if (/\b(403|401)\b|denied|Authentication failed|could not read Username|not permitted|Invalid username or password/i.test(stderr))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what} ${remote} was refused: ${firstLine(stderr)}`, {
            hint: 'the token needs `contents: write` (a read-only token, e.g. on a fork or Dependabot pull request, cannot push)',
        });
    return new Error(`${what} ${remote} failed: ${stderr.trim()}`);
}
/**
 * Fetches refs/heads/<branch> from remote into refs/remotes/<remote>/<branch>
 * (depth-aware); undefined when absent. In a shallow clone (or an empty
 * repository, made shallow this way) a branch seen for the first time is
 * fetched with its last commits only
 * (commitsAfterGenerated deepens when it needs more), so a depth-1 checkout
 * never pulls a branch's whole history; a branch already tracked is fetched
 * incrementally, because `--depth` would also shorten history that an
 * earlier step deepened on purpose.
 */
async function fetchBranch(git, remote, branch) {
    (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .assertRemoteName */ .Q_)(remote);
    await (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRefName */ .hh)(git, branch, 'branch');
    const tracking = `refs/remotes/${remote}/${branch}`;
    const repo = (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git);
    let depth = [];
    // A branch this run already fetched is tracked: fetched incrementally, nothing to ask git first.
    if (!repo.tracks(tracking)) {
        // One rev-parse answers both whether the repository is shallow and whether the branch is already tracked.
        const seen = await git(['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
        const [shallowLine, knownSha] = seen.stdout.toString('utf8').split('\n');
        const known = seen.code === 0 && /^[0-9a-f]{40,64}$/.test(knownSha ?? '');
        if (known)
            repo.noteRef();
        if (!known && (shallowLine === 'true' || (await isEmpty(repo))))
            depth = [`--depth=${SHALLOW_FETCH_DEPTH}`];
    }
    const r = await git([
        ..._spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .GIT_FETCH */ .SG,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        ...depth,
        '--',
        remote,
        `+refs/heads/${branch}:${tracking}`,
    ]);
    if (r.code !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        throw remoteFailure('fetching from', remote, r.stderr);
    }
    repo.noteRef();
    const sha = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
    if (sha.code !== 0)
        return undefined;
    repo.noteTracked(tracking);
    return sha.stdout.toString('utf8').trim();
}
/** Parses `git push --porcelain` output (`<flag> TAB <from>:<to> TAB <summary>`). */
function parsePushPorcelain(stdout) {
    const lines = [];
    for (const line of stdout.split('\n')) {
        const m = /^([ +\-*!=])\t([^\t]*)\t(.*)$/.exec(line);
        if (!m)
            continue;
        const colon = m[2].lastIndexOf(':');
        lines.push({ flag: m[1], to: m[2].slice(colon + 1), summary: m[3] });
    }
    return lines;
}
/**
 * git push --force-with-lease=refs/heads/<branch>:<expected> (expected
 * undefined → branch must not exist). Never a blind force. A lease that no
 * longer holds is `stale` (someone pushed meanwhile: fetch and rebuild); a
 * refusal by the server (protected branch, hook) is `rejected` with its
 * reason. Local pre-push hooks are skipped (`--no-verify`): a hook installed
 * by the checked-out code (husky) must not run with the token.
 */
async function pushBranch(git, remote, branch, sha, expected) {
    (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .assertRemoteName */ .Q_)(remote);
    await (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .checkRefName */ .hh)(git, branch, 'branch');
    if (!(0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .isCommitId */ .jh)(sha))
        throw new Error(`pushBranch: ${JSON.stringify(sha)} is not a commit id`);
    if (expected !== undefined && !(0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .isCommitId */ .jh)(expected))
        throw new Error(`pushBranch: expected ${JSON.stringify(expected)} is not a commit id`);
    const ref = `refs/heads/${branch}`;
    const r = await git(['push', '--porcelain', '--no-verify', `--force-with-lease=${ref}:${expected ?? ''}`, '--', remote, `${sha}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing to', remote, r.stderr);
    return pushOutcome(line, r.stderr);
}
/** What one ref's line of `git push --porcelain` says happened. */
function pushOutcome(line, stderr) {
    if (line.flag === '=')
        return { ok: true, updated: false };
    if (line.flag !== '!')
        return { ok: true, updated: true };
    const detail = line.summary.replace(/^\[[^\]]*\]\s*/, '').replace(/^\((.*)\)$/, '$1') || firstLine(stderr);
    if (/^\[rejected\]/.test(line.summary) && /stale info|fetch first|non-fast-forward/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    // The server's compare-and-swap lost to a push landing at the same moment (the ref was locked or had moved since
    // it was advertised): the same as a stale lease — fetch and rebuild, bounded by the caller's attempts.
    if (/^\[remote rejected\]/.test(line.summary) && /failed to update ref|cannot lock ref|failed to lock/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    return { ok: false, reason: 'rejected', detail };
}
/** A tag on the remote: the tag object (or commit, for a lightweight tag) and the commit it peels to. */
async function remoteTag(git, remote, tag) {
    const ref = `refs/tags/${tag}`;
    const r = await git(['ls-remote', '--tags', '--', remote, ref, `${ref}^{}`]);
    if (r.code !== 0)
        throw remoteFailure('listing tags of', remote, r.stderr);
    let oid;
    let peeled;
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [id, name] = line.split('\t');
        if (name === ref)
            oid = id;
        else if (name === `${ref}^{}`)
            peeled = id;
    }
    return oid ? { oid, commit: peeled ?? oid } : undefined;
}
/** `<unix seconds> <±hhmm>` for a tag object, from `date` (ISO 8601, `@<unix> <tz>` or `<unix> <tz>`) or now. */
function tagDate(date, now) {
    if (date === undefined)
        return `${Math.floor(now() / 1000)} +0000`;
    const raw = /^@?(\d+) ([+-]\d{4})$/.exec(date.trim());
    if (raw)
        return `${raw[1]} ${raw[2]}`;
    const ms = Date.parse(date);
    if (Number.isNaN(ms))
        throw new Error(`invalid tag date ${JSON.stringify(date)}`);
    return `${Math.floor(ms / 1000)} +0000`;
}
/**
 * Annotated tag object on `target` pushed to refs/tags/<tag>; an existing
 * identical tag → 'existing'; a different one → UserError. "Identical"
 * means pointing at the same commit: a rerun after a crash writes a tag
 * object with another date, and that must still count as done. The tag
 * object is written with `git mktag` and pushed by id, so no local tag ref
 * is created or changed.
 */
async function pushTag(git, remote, tag, target, message, tagger, opts = {}) {
    assertRemoteName(remote);
    await checkRefName(git, tag, 'tag', 'tag');
    checkIdentity(tagger, 'tagger');
    const local = await asRepo(git).local();
    const commit = await resolveCommit(local, target, 'tag target');
    const differs = (found) => new UserError(`tag ${tag} already exists on ${remote} and points at ${found.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`, {
        hint: 'release another version, or delete the tag if it was created by mistake',
    });
    const before = await remoteTag(git, remote, tag);
    if (before) {
        if (before.commit === commit)
            return 'existing';
        throw differs(before);
    }
    const body = `object ${commit}\ntype commit\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${tagDate(opts.date, opts.now ?? Date.now)}\n\n${withNewline(message)}`;
    const object = await localText(local, ['mktag'], { input: body });
    const ref = `refs/tags/${tag}`;
    const r = await git(['push', '--porcelain', '--no-verify', '--', remote, `${object}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing a tag to', remote, r.stderr);
    if (line.flag !== '!')
        return 'created';
    // Someone (a concurrent run) created it between our look and our push.
    const after = await remoteTag(git, remote, tag);
    if (after && after.commit === commit)
        return 'existing';
    if (after)
        throw differs(after);
    throw new UserError(`pushing tag ${tag} to ${remote} was rejected: ${line.summary}`, { hint: 'check the repository rules for tags' });
}
async function readCommit(local, sha) {
    const r = await local(['cat-file', 'commit', sha]);
    if (r.code !== 0)
        throw new Error(`git cat-file commit ${sha} failed: ${r.stderr.trim()}`);
    const end = r.stdout.indexOf('\n\n');
    const head = r.stdout.subarray(0, end < 0 ? r.stdout.length : end).toString('utf8');
    const message = end < 0 ? Buffer.alloc(0) : r.stdout.subarray(end + 2);
    const c = { tree: '', parents: [], keep: [], message };
    for (const line of head.split('\n')) {
        if (line.startsWith(' '))
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        const sp = line.indexOf(' ');
        const key = line.slice(0, sp);
        const value = line.slice(sp + 1);
        if (key === 'tree')
            c.tree = value;
        else if (key === 'parent')
            c.parents.push(value);
        else if (key === 'author' || key === 'committer' || key === 'encoding')
            c.keep.push(line);
    }
    return c;
}
function subjectOf(message) {
    return message.toString('utf8').trim().split('\n')[0] ?? '';
}
/** The message with `trailer` in its trailer block: kept when there, added to an existing block, or as a new paragraph. */
function appendTrailer(message, trailer) {
    const body = message.replace(/\s+$/, '');
    if (hasTrailer(body, trailer))
        return `${body}\n`;
    const paragraphs = body.split(/\n[ \t]*\n/);
    const last = paragraphs[paragraphs.length - 1];
    // An existing trailer block (Signed-off-by: …) is extended rather than followed by a second one.
    const block = paragraphs.length > 1 && last.split('\n').every((l) => /^[A-Za-z0-9-]+: /.test(l));
    return block ? `${body}\n${trailer}\n` : `${body}\n\n${trailer}\n`;
}
/** True when the message's last paragraph (its trailer block) holds the line `trailer`. */
function hasTrailer(message, trailer) {
    const paragraphs = message
        .replace(/\r\n/g, '\n')
        .trimEnd()
        .split(/\n\s*\n/);
    const last = paragraphs[paragraphs.length - 1] ?? '';
    return paragraphs.length > 1 && last.split('\n').some((l) => l.trim() === trailer.trim());
}
/** True when a generated commit's `Lockstep-Tree` stamp names another tree than its own. */
function wasAmended(message, tree) {
    const stamp = new RegExp(`^${TREE_TRAILER_KEY}: ([0-9a-f]{40,64})\\s*$`, 'm').exec(message);
    return stamp !== null && stamp[1] !== tree;
}
/**
 * Commits on `branchTip` after the generated commit (first-parent walk down
 * to the commit carrying `trailer`, a full line such as
 * `Lockstep-Generated: prepare-release`, in its trailer block). `after` is
 * oldest first, ready for replayCommits. The generated commit may already be
 * in `base` (a PR merged with a merge commit, its branch kept): it is then
 * found right below the walk. `amended` is set when the generated commit
 * carries a `Lockstep-Tree` stamp that its tree no longer matches (someone
 * amended it): its hand edits are not in `after`, so regenerating would
 * lose them. Without a generated commit,
 * `generated` is undefined and `after` lists every commit on the branch that
 * `base` lacks. A shallow clone is deepened (bounded) when the walk runs into
 * its boundary; `remote` is where more history comes from.
 */
async function commitsAfterGenerated(git, base, branchTip, trailer, remote = 'origin') {
    (0,_refs_js__WEBPACK_IMPORTED_MODULE_7__/* .assertRemoteName */ .Q_)(remote);
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    const [tip, baseSha] = await Promise.all([resolveCommit(local, branchTip, 'branch tip'), resolveCommit(local, base, 'base')]);
    for (let step = 0;; step++) {
        const r = await local(['log', '--first-parent', '-z', '--format=%H%x00%P%x00%T%x00%B', '--end-of-options', tip, `^${baseSha}`, '--']);
        if (r.code !== 0)
            throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
        const fields = r.stdout.toString('utf8').split('\0');
        const walked = [];
        let generated;
        for (let i = 0; i + 3 < fields.length; i += 4) {
            const sha = fields[i].replace(/^\n/, '');
            if (hasTrailer(fields[i + 3], trailer)) {
                generated = { sha, tree: fields[i + 2], message: fields[i + 3] };
                break;
            }
            walked.push({ sha, parents: fields[i + 1] });
        }
        const after = walked.map((w) => w.sha).reverse();
        if (generated)
            return { generated: generated.sha, after, ...(wasAmended(generated.message, generated.tree) ? { amended: true } : {}) };
        // The walk ended without the generated commit: at a shallow boundary, at a root, or at base.
        const last = walked[walked.length - 1];
        if (last && last.parents === '' && (await shallowBoundaries(local, [last.sha])).length > 0) {
            await deepen(git, remote, tip, step, `cannot find the generated commit (${trailer}) below ${tip.slice(0, 12)}`);
            continue;
        }
        // At base, the generated commit may be the first commit below the walk, already in base (its PR was merged
        // with a merge commit and the branch kept): what others added on top of it still counts as theirs.
        const below = last ? last.parents.split(' ')[0] : tip;
        if (below) {
            const c = await readCommit(local, below);
            const message = c.message.toString('utf8');
            if (hasTrailer(message, trailer))
                return { generated: below, after, ...(wasAmended(message, c.tree) ? { amended: true } : {}) };
        }
        return { after };
    }
}
/** The commits among `shas` that are shallow boundaries: git shows them without parents although their objects name some. */
async function shallowBoundaries(local, shas) {
    if (shas.length === 0)
        return [];
    const r = await local(['cat-file', '--batch'], { input: shas.map((s) => `${s}\n`).join('') });
    if (r.code !== 0)
        throw new Error(`git cat-file --batch failed: ${r.stderr.trim()}`);
    const found = [];
    let at = 0;
    for (const sha of shas) {
        const nl = r.stdout.indexOf(10, at);
        const size = Number(/ (\d+)$/.exec(r.stdout.subarray(at, nl).toString('utf8'))?.[1] ?? 0);
        const body = r.stdout.subarray(nl + 1, nl + 1 + size).toString('utf8');
        if (/^parent /m.test(body.split('\n\n')[0] ?? ''))
            found.push(sha);
        at = nl + 1 + size + 1;
    }
    return found;
}
/**
 * Whether `ancestor` is reachable from `descendant`. In a shallow clone a
 * "no" may only mean that history stops early, so while the descendant's
 * history runs into a shallow boundary it is deepened (bounded) before
 * answering; when that is not enough, a UserError names `fetch-depth: 0`.
 */
async function isAncestor(git, ancestor, descendant, remote = 'origin') {
    assertRemoteName(remote);
    const local = await asRepo(git).local();
    const [a, d] = await Promise.all([resolveCommit(local, ancestor, 'ancestor'), resolveCommit(local, descendant, 'descendant')]);
    for (let step = 0;; step++) {
        const r = await local(['merge-base', '--is-ancestor', '--end-of-options', a, d]);
        if (r.code === 0)
            return true;
        if (r.code !== 1)
            throw new Error(`git merge-base --is-ancestor failed (exit ${r.code}): ${r.stderr.trim()}`);
        if (!(await isShallow(git)))
            return false;
        const list = await localText(local, ['rev-list', '--parents', '--end-of-options', d, `^${a}`, '--']);
        const parentless = list.split('\n').filter((l) => /^[0-9a-f]+$/.test(l));
        if ((await shallowBoundaries(local, parentless)).length === 0)
            return false;
        await deepen(git, remote, d, step, `cannot tell whether ${a.slice(0, 12)} is an ancestor of ${d.slice(0, 12)}`);
    }
}
/** Fetches DEEPEN_STEPS[step] more commits below `tip`, or fails naming `fetch-depth: 0`. */
async function deepen(git, remote, tip, step, what) {
    if (step >= _spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .DEEPEN_STEPS */ .Ej.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what}: the shallow clone ends too early, even after fetching ${_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .DEEPEN_STEPS */ .Ej.reduce((x, y) => x + y)} more commits`, { hint: FETCH_DEPTH_HINT, cliHint: UNSHALLOW_HINT });
    const f = await git([..._spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .GIT_FETCH */ .SG, '--quiet', '--no-tags', '--no-write-fetch-head', `--deepen=${_spawn_js__WEBPACK_IMPORTED_MODULE_5__/* .DEEPEN_STEPS */ .Ej[step]}`, '--', remote, tip]);
    if (f.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(f.stderr)})`, {
            hint: FETCH_DEPTH_HINT,
            cliHint: UNSHALLOW_HINT,
        });
}
// The identity of the throwaway commits that give merge-tree its merge base; they are never pushed or referenced.
const SCRATCH_ENV = identityEnv({ name: 'lockstep', email: 'lockstep@localhost' }, { name: 'lockstep', email: 'lockstep@localhost' }, '1000000000 +0000');
/**
 * True for a merge that only brought the base branch in (GitHub's "Update
 * branch" button, or `git merge main`): two parents, the merged-in one
 * already contained in `head` (which sits on the current base), and a tree
 * equal to git's own merge of the parents, so no hand edit hides in it.
 * Such a merge has nothing left to replay.
 */
async function isBaseUpdateMerge(local, c, head) {
    if (c.parents.length !== 2)
        return false;
    const contained = await local(['merge-base', '--is-ancestor', '--end-of-options', c.parents[1], head]);
    if (contained.code !== 0)
        return false;
    const m = await local([
        'merge-tree',
        '--write-tree',
        '-z',
        '--name-only',
        '--no-messages',
        '--end-of-options',
        c.parents[0],
        c.parents[1],
    ]);
    return m.code === 0 && m.stdout.toString('utf8').split('\0')[0].trim() === c.tree;
}
/**
 * Re-applies `commits` (oldest first) on top of `onto` with git merge-tree
 * --write-tree (no work tree), a cherry-pick each: the three-way merge of
 * the commit's parent (base), the new head (ours) and the commit (theirs).
 * git 2.39 has no `merge-tree --merge-base`, so the base is supplied by a
 * scratch commit with the head's tree and the commit's parent as its parent.
 * Each replayed commit keeps its author, committer, dates, encoding and
 * message byte for byte, so replaying the same commits onto the same head
 * gives the same ids (a rerun pushes nothing). A commit whose change is
 * already in the head is skipped, and so is a merge that only brought the
 * base branch in (isBaseUpdateMerge); any other merge commit is refused.
 */
async function replayCommits(git, onto, commits) {
    const local = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_6__/* .asRepo */ .lU)(git).local();
    let head = await resolveCommit(local, onto, 'onto');
    let headTree = await resolveTree(local, head);
    const skipped = [];
    for (const ref of commits) {
        const sha = await resolveCommit(local, ref, 'commit');
        const c = await readCommit(local, sha);
        const subject = subjectOf(c.message);
        if (c.parents.length === 0)
            return { ok: false, commit: sha, subject, files: [], reason: 'it is a root commit' };
        if (c.parents.length > 1) {
            if (await isBaseUpdateMerge(local, c, head)) {
                skipped.push(sha);
                continue;
            }
            return {
                ok: false,
                commit: sha,
                subject,
                files: [],
                reason: 'it is a merge commit that brings in more than the base branch, or edits the merge by hand; merge commits are not replayed',
            };
        }
        const scratch = await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['commit-tree', '--no-gpg-sign', '-p', c.parents[0], '--end-of-options', headTree], {
            env: SCRATCH_ENV,
            input: 'lockstep replay base\n',
        });
        const m = await local(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', '--end-of-options', scratch, sha]);
        const out = m.stdout.toString('utf8').split('\0');
        if (m.code === 1)
            return { ok: false, commit: sha, subject, files: [...new Set(out.slice(1).filter((p) => p !== ''))] };
        if (m.code !== 0)
            throw new Error(`git merge-tree failed (exit ${m.code}): ${m.stderr.trim()}`);
        const tree = out[0].trim();
        if (tree === headTree) {
            skipped.push(sha);
            continue;
        }
        const raw = Buffer.concat([Buffer.from(`tree ${tree}\nparent ${head}\n${c.keep.join('\n')}\n\n`, 'utf8'), c.message]);
        head = await (0,_local_js__WEBPACK_IMPORTED_MODULE_4__/* .localText */ .l)(local, ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: raw });
        headTree = tree;
    }
    return { ok: true, head, skipped };
}
/**
 * Generic publish loop: fetch base → build (callback) → push with lease;
 * base moved → fetch again and rebuild, up to `attempts`. The step does one
 * whole round and answers `done` or why it must start over; after the last
 * attempt the error says how often the base moved.
 */
async function withBaseRetry(attempts, step) {
    if (!Number.isInteger(attempts) || attempts < 1)
        throw new Error(`withBaseRetry: attempts must be a positive integer, got ${attempts}`);
    let why = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const r = await step(attempt);
        if (r.done)
            return r.value;
        why = r.why;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`base moved ${attempts} times while publishing (last: ${why}); nothing was overwritten`, {
        hint: 'run again once pushes settle, or serialise the workflow with `concurrency:`',
        cliHint: 'run again once pushes settle',
    });
}


/***/ }),

/***/ 58162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q_: () => (/* binding */ assertRemoteName),
/* harmony export */   hh: () => (/* binding */ checkRefName),
/* harmony export */   jh: () => (/* binding */ isCommitId)
/* harmony export */ });
/* unused harmony exports assertRefInput, checkBranchNames */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * Refuses, without running anything, a name that git could read as an
 * option (a leading `-`, e.g. `--upload-pack=touch /tmp/x`), that holds
 * white space or control characters, that uses the `@{…}` reflog syntax,
 * or that is spelled as a full ref. Call it while validating inputs, before
 * any git process starts (RELIABILITY case 2).
 */
function assertRefInput(name, input, kind = 'branch') {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: ${JSON.stringify(name)} is not a valid ${kind} name (${why})`, {
        input: input,
        hint: `use a plain ${kind} name such as ${kind === 'branch' ? 'chore/release-1.2.0' : 'v1.2.0'}`,
    });
    if (name === '')
        throw bad('empty');
    if (name.startsWith('-'))
        throw bad('starts with "-"');
    if (/[\s\u0000-\u001f\u007f]/u.test(name))
        throw bad('contains white space or a control character');
    if (name.includes('@{'))
        throw bad('contains "@{"');
    if (name === 'HEAD' || name === '@')
        throw bad('names HEAD');
    if (/^refs\//.test(name))
        throw bad(`give it without the refs/${kind === 'branch' ? 'heads' : 'tags'}/ prefix`);
    if (name.length > 255)
        throw bad('longer than 255 characters');
}
/**
 * Validates a branch or tag name from an input: assertRefInput first, then,
 * for a name PLAIN_NAME does not cover, `git check-ref-format` (`--branch` for
 * branches, `refs/tags/<name>` for tags), so git's own rules decide (`..`,
 * `~`, `.lock`, …). Returns the name.
 */
async function checkRefName(git, name, input, kind = 'branch') {
    assertRefInput(name, input, kind);
    // A plain name (PLAIN_NAME) is one git accepts: no git start for it (a promotion's fetch of main waited for one).
    const key = `${kind}\0${name}`;
    if (PLAIN_NAME.test(name) || accepted.has(key))
        return name;
    const r = await git(kind === 'branch' ? ['check-ref-format', '--branch', name] : ['check-ref-format', `refs/tags/${name}`]);
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`: ${JSON.stringify(name)} is not a valid ${kind} name (git check-ref-format refused it)`, {
            input: input,
            hint: 'see `git help check-ref-format` for the rules',
        });
    accepted.add(key);
    return name;
}
/**
 * Names git's check-ref-format already accepted in this process (`kind NUL
 * name`). Its answer depends on the name alone (assertRefInput refuses the
 * `@{…}` forms `--branch` would expand), so a run that fetches and pushes the
 * same branch asks git once, not at every fetch and push.
 */
const accepted = new Set();
/** Many branch names checked as checkRefName checks one (a hydrate run names hundreds of branches). */
async function checkBranchNames(git, names, input) {
    for (const name of new Set(names))
        await checkRefName(git, name, input, 'branch');
}
/**
 * Names git accepts whatever the rest of its rules say: components of letters, digits, `_` and `-`, none
 * starting with `-`, joined by single slashes (no dot, so no `..`, `.lock` or leading dot; no `@`, `~`, `^`,
 * `:`, `?`, `*`, `[`, `\\`).
 */
const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*(\/[A-Za-z0-9_][A-Za-z0-9_-]*)*$/;
/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256), lower case as git prints them. */
function isCommitId(s) {
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(s);
}
/** Refuses a remote name that git could read as an option or that holds odd characters. */
function assertRemoteName(remote) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote))
        throw new Error(`invalid git remote name ${JSON.stringify(remote)}`);
}


/***/ }),

/***/ 63164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ openRepo),
/* harmony export */   lU: () => (/* binding */ asRepo)
/* harmony export */ });
/* unused harmony export remoteTagList */
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53852);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24673);
/* harmony import */ var _spawn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90669);



const REPO = Symbol('lockstep.repo');
function isRepo(git) {
    return git[REPO] === true;
}
/** `ls-remote --tags` output: tag name → the commit it points at (annotated tags peeled). */
function remoteTagList(text) {
    const out = new Map();
    for (const line of text.split('\n')) {
        const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line);
        // The peeled line (`^{}`) follows the tag object's line and names the commit.
        if (m && (m[3] || !out.has(m[2])))
            out.set(m[2], m[1]);
    }
    return out;
}
/** Memoizes a promise in a map (`fresh`: replaced), forgetting a rejected one so the next caller asks again. */
function once(map, key, ask, fresh = false) {
    let p = fresh ? undefined : map.get(key);
    if (!p) {
        map.set(key, (p = ask()));
        p.catch(() => map.delete(key));
    }
    return p;
}
/**
 * The Repo of a spawner: the spawner itself when it is one, else a Repo
 * around it (a test's fake, a one-off spawner) whose memo lives as long as it.
 */
function asRepo(git) {
    if (isRepo(git))
        return git;
    const memo = { urls: new Map(), heads: new Map(), tags: new Map(), holdsRef: false, fetched: new Set() };
    const askShallow = () => git(['rev-parse', '--is-shallow-repository']).then((r) => r.stdout.toString('utf8').trim() === 'true');
    // A fetch that deepens (or unshallows) may end the clone's shallowness; one with --depth may start it in a
    // complete repository (a shallow one stays shallow). Other fetches and commands leave it as it was.
    const fetched = (args) => {
        if (!args.includes('fetch') || !memo.shallow)
            return;
        if (args.some((a) => a === '--unshallow' || a.startsWith('--deepen') || a.startsWith('--shallow-')))
            memo.shallow = undefined;
        else if (args.some((a) => a.startsWith('--depth')))
            memo.shallow = memo.shallow.then((was) => was || askShallow());
    };
    const run = async (args) => {
        const r = await git(args);
        fetched(args);
        return r;
    };
    const questions = {
        textOr: (args) => (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, args),
        isShallow() {
            memo.shallow ??= askShallow();
            return memo.shallow;
        },
        noteShallow(shallow) {
            memo.shallow = Promise.resolve(shallow);
        },
        gitDir() {
            if (!memo.gitDir) {
                const dir = run(['rev-parse', '--absolute-git-dir']).then((r) => {
                    if (r.code !== 0)
                        throw new Error(`git rev-parse --absolute-git-dir failed (exit ${r.code}): ${r.stderr.trim()}`);
                    return r.stdout.toString('utf8').trim();
                });
                memo.gitDir = dir;
                dir.catch(() => {
                    if (memo.gitDir === dir)
                        memo.gitDir = undefined;
                });
            }
            return memo.gitDir;
        },
        async local() {
            return (0,_local_js__WEBPACK_IMPORTED_MODULE_1__/* .localGitAt */ .$)(await questions.gitDir());
        },
        remoteUrl: (remote = 'origin', fresh = false) => once(memo.urls, remote, () => (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, ['remote', 'get-url', '--', remote]), fresh),
        remoteHead: (remote = 'origin', fresh = false) => once(memo.heads, remote, async () => {
            const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, ['ls-remote', '--symref', '--', remote, 'HEAD']);
            const m = out ? /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out) : null;
            return m ? m[1] : undefined;
        }, fresh),
        remoteTags: (remote = 'origin') => once(memo.tags, remote, async () => {
            const out = await (0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .gitTry */ .W_)(run, ['ls-remote', '--tags', '--refs', '--', remote]);
            return out === undefined ? undefined : remoteTagList(out);
        }),
        knowRemoteUrl(url, remote = 'origin') {
            memo.urls.set(remote, Promise.resolve(url));
        },
        holdsRef: () => memo.holdsRef,
        noteRef() {
            memo.holdsRef = true;
        },
        tracks: (tracking) => memo.fetched.has(tracking),
        commitOf: (ref) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitOf */ .D3(run, ref),
        commitInfo: (commit) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitInfo */ .oZ(run, commit),
        lastCommit: (commit, path, firstParent = false) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .lastCommitOf */ .l0(run, commit, path, firstParent),
        firstParentLog: (commit, path) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .firstParentLog */ .ls(run, commit, path),
        listFiles: (commit, dir) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .listFiles */ .CS(run, commit, dir),
        commitsBetween: (from, to) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitsBetween */ .$q(run, from, to),
        commitsInRanges: (ranges) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .commitsInRanges */ .Mx(run, ranges),
        fetchRefs: (remote, specs) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchRefs */ .BA(run, remote, specs),
        fetchTags: (remote, tags) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchRefs */ .BA(run, remote, tags.map(_commits_js__WEBPACK_IMPORTED_MODULE_0__/* .tagRefspec */ .FT)),
        deepenBranch: (remote, branch, by) => _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .deepenBranch */ .AX(run, remote, branch, by),
        noteTracked(tracking) {
            memo.holdsRef = true;
            memo.fetched.add(tracking);
        },
    };
    const repo = Object.assign(run, questions, { [REPO]: true });
    if (git.records) {
        const records = git.records;
        repo.records = async (args, onRecord, signal) => {
            const r = await records(args, onRecord, signal);
            fetched(args);
            return r;
        };
    }
    return repo;
}
/** The Repo of the repository at `cwd` (real git, hooks off). */
function openRepo(cwd, env = process.env) {
    return asRepo((0,_spawn_js__WEBPACK_IMPORTED_MODULE_2__/* .spawnGit */ .Iz)(cwd, env));
}


/***/ }),

/***/ 90669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ej: () => (/* binding */ DEEPEN_STEPS),
  NV: () => (/* binding */ GIT_ENV),
  SG: () => (/* binding */ GIT_FETCH),
  YH: () => (/* binding */ GIT_NO_HOOKS),
  q_: () => (/* binding */ gitText),
  W_: () => (/* binding */ gitTry),
  Iz: () => (/* binding */ spawnGit)
});

// UNUSED EXPORTS: gitRecords

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/git/nul-records.ts
/**
 * Splits a byte stream at NUL bytes as it arrives (`git … -z` output): each
 * record is handed over whole, once its NUL has come, so a record cut
 * between two chunks (in the middle of a multi-byte character too) is joined
 * before anyone decodes it. A NUL byte is never part of another UTF-8
 * character, so splitting bytes there is splitting the text there. After the
 * last chunk, `end` hands over what follows the last NUL (possibly nothing):
 * the records are exactly the pieces of `text.split('\0')`.
 */
class nul_records_NulRecords {
    onRecord;
    /** The start of the record being read, when it began in an earlier chunk. */
    pending = [];
    constructor(onRecord) {
        this.onRecord = onRecord;
    }
    push(chunk) {
        let from = 0;
        for (let at = chunk.indexOf(0); at !== -1; at = chunk.indexOf(0, from)) {
            const piece = chunk.subarray(from, at);
            from = at + 1;
            if (this.pending.length === 0) {
                this.onRecord(piece);
                continue;
            }
            this.pending.push(piece);
            const record = Buffer.concat(this.pending);
            this.pending = [];
            this.onRecord(record);
        }
        if (from < chunk.length)
            this.pending.push(chunk.subarray(from));
    }
    end() {
        const rest = Buffer.concat(this.pending);
        this.pending = [];
        this.onRecord(rest);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/git/spawn.ts





/** The environment every git process lockstep starts runs with: no prompt, C locale, no optional locks. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
/**
 * Put before the arguments of every git process lockstep starts: no hook
 * (`core.hooksPath` in the checkout's or the user's config, e.g. a
 * reference-transaction hook that runs on fetch) and no fsmonitor command
 * runs while the job's token is in git's environment. Command-line config
 * wins over every config file; a local-path remote's own side drops it
 * (git clears GIT_CONFIG_PARAMETERS there), so a server's hooks still run.
 */
const GIT_NO_HOOKS = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
/**
 * How every `git fetch` lockstep runs begins: the fetch, and no `git
 * maintenance run --auto` after it. An action's fetch brings a few commits
 * into a checkout that lives for one job; the maintenance git would start
 * afterwards (a repack, a commit-graph write) costs the job time and keeps
 * the workspace busy for nothing. It is said with the `maintenance.auto`
 * setting (git 2.29+, the release that brought `git maintenance`), not
 * fetch's `--no-auto-maintenance` option of the same release: a git older
 * than 2.29 refuses an option it does not know, which would fail every
 * fetch, while it ignores a setting it does not know.
 */
const GIT_FETCH = ['-c', 'maintenance.auto=false', 'fetch'];
/**
 * How a shallow clone is deepened when more of its history is needed (a merge
 * base, a pin's soak time): this many commits more behind its boundary, in
 * turn, before the rest of it is fetched.
 */
const DEEPEN_STEPS = [64, 512, 4096];
/**
 * A spawner over node:child_process, without the Repo's memo (objects.ts's
 * gitSpawner adds it). It is used instead of @actions/exec on purpose: this
 * action's cost is dominated by process start and module loading, and a raw
 * spawn keeps both small.
 */
function spawnGit(cwd, env = process.env) {
    // Standard output to a pipe, or to a file descriptor (a spool file).
    const start = (args, out = 'pipe') => (0,external_node_child_process_.spawn)('git', [...GIT_NO_HOOKS, ...args], { cwd, env: { ...env, ...GIT_ENV }, stdio: ['ignore', out, 'pipe'] });
    const git = (args) => new Promise((done, fail) => {
        const child = start(args);
        const out = [];
        let err = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        child.on('error', fail);
        child.on('close', (code) => done({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
    });
    git.records = (args, onRecord, signal) => new Promise((done, fail) => {
        if (signal?.aborted)
            return fail(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
        const spool = spoolFile();
        let child;
        try {
            child = start(args, spool ? spool.write : 'pipe');
        }
        catch (e) {
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            throw e;
        }
        finally {
            // git holds its own copy of the write end; a spawn that throws leaves no descriptor open.
            if (spool)
                (0,external_node_fs_.closeSync)(spool.write);
        }
        const records = new nul_records_NulRecords(onRecord);
        let err = '';
        // A reader that throws stops git: the error is the outcome, not an uncaught exception.
        let thrown;
        const read = (step) => {
            if (thrown)
                return;
            try {
                step();
            }
            catch (error) {
                thrown = error instanceof Error ? error : new Error(String(error));
                child.kill();
            }
        };
        const abort = () => read(() => signal.throwIfAborted());
        signal?.addEventListener('abort', abort, { once: true });
        child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
        let code;
        let settled = false;
        const settle = (failure) => {
            if (settled)
                return;
            settled = true;
            signal?.removeEventListener('abort', abort);
            if (spool)
                (0,external_node_fs_.closeSync)(spool.read);
            if (failure)
                return fail(failure);
            read(() => records.end());
            if (thrown)
                fail(thrown);
            else
                done({ code: code ?? 1, stderr: err });
        };
        child.on('error', (e) => settle(e));
        if (!spool) {
            child.stdout.on('data', (d) => read(() => records.push(d)));
            child.on('close', (c) => {
                code = c ?? 1;
                settle();
            });
            return;
        }
        // What git has written is read a pipe's worth at a time while the event loop is free; at the end of it,
        // read again a millisecond later, or as soon as git has ended (then to the end of the file).
        let timer;
        const poll = () => {
            timer = undefined;
            if (settled)
                return;
            if (thrown) {
                // Stopped: settled once git has ended.
                if (code !== undefined)
                    settle();
                return;
            }
            const chunk = Buffer.allocUnsafe(SPOOL_CHUNK);
            let n = 0;
            read(() => (n = (0,external_node_fs_.readSync)(spool.read, chunk, 0, chunk.length, null)));
            if (n > 0) {
                read(() => records.push(n === chunk.length ? chunk : chunk.subarray(0, n)));
                setImmediate(poll);
            }
            else if (code !== undefined)
                settle();
            else if (!thrown)
                timer = setTimeout(poll, 1);
        };
        child.on('close', (c) => {
            code = c ?? 1;
            if (timer) {
                clearTimeout(timer);
                poll();
            }
            else if (thrown)
                settle();
        });
        timer = setTimeout(poll, 1);
    });
    return git;
}
/** How much of a spooled output is read at a time: what a pipe holds, so records arrive as they did through one. */
const SPOOL_CHUNK = 64 * 1024;
/**
 * A file for git's output: created in the temp folder by this process alone
 * (exclusive, 0600) and unlinked at once, so nothing is left behind whatever
 * happens; git writes to `write`, the reader reads `read`. Through a pipe, git
 * stops once 64 KiB wait unread, and a run busy with other work (a release
 * checking its files while git walks the commits since the last release)
 * leaves them unread; through a file it writes on. undefined where no such
 * file can be made (or an open file cannot be unlinked, as on Windows): the
 * caller reads a pipe.
 */
function spoolFile() {
    if (process.platform === 'win32')
        return undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
        const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `lockstep-git-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
        let write;
        let read;
        try {
            write = (0,external_node_fs_.openSync)(path, 'wx', 0o600);
            read = (0,external_node_fs_.openSync)(path, 'r');
            (0,external_node_fs_.unlinkSync)(path);
            return { write, read };
        }
        catch (e) {
            for (const fd of [write, read])
                if (fd !== undefined)
                    (0,external_node_fs_.closeSync)(fd);
            if (write !== undefined) {
                try {
                    (0,external_node_fs_.rmSync)(path, { force: true });
                }
                catch {
                    // Left for the temp folder's cleaning: the output goes through a pipe.
                }
            }
            if (e.code !== 'EEXIST')
                return undefined;
        }
    }
    return undefined;
}
/**
 * git.records, or, for a spawner without it (a test's wrapper), the whole
 * output read and split the same way.
 */
async function gitRecords(git, args, onRecord, signal) {
    if (git.records)
        return git.records(args, onRecord, signal);
    signal?.throwIfAborted();
    const r = await git(args);
    signal?.throwIfAborted();
    const records = new NulRecords(onRecord);
    records.push(r.stdout);
    records.end();
    return { code: r.code, stderr: r.stderr };
}
/**
 * The one "run git, return its text" helper: stdout as text; a non-zero exit
 * throws with git's message. gitTry is its lenient form.
 */
async function gitText(git, args) {
    const r = await git(args);
    if (r.code !== 0)
        throw new Error(`git ${args[0]} failed (exit ${r.code}): ${r.stderr.trim()}`);
    return r.stdout.toString('utf8');
}
/** gitText for a question git may answer by failing (no such remote, ref or repository): trimmed stdout, or undefined. */
async function gitTry(git, args) {
    const r = await git(args);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ BodyTooLargeError),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   I3: () => (/* binding */ redirectHop),
/* harmony export */   Lx: () => (/* binding */ RedirectError),
/* harmony export */   Mk: () => (/* binding */ CutOffError),
/* harmony export */   Ud: () => (/* binding */ ForbiddenDestinationError),
/* harmony export */   _3: () => (/* binding */ nodeTransport),
/* harmony export */   eT: () => (/* binding */ REDIRECTS),
/* harmony export */   wx: () => (/* binding */ header)
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

/***/ 33861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ KUSTOMIZATION_NAMES),
/* harmony export */   RZ: () => (/* binding */ NoKustomization),
/* harmony export */   Rm: () => (/* binding */ readOverlayImages),
/* harmony export */   fx: () => (/* binding */ kustomizationFor),
/* harmony export */   hg: () => (/* binding */ setOverlayPins),
/* harmony export */   oW: () => (/* binding */ overlayPin),
/* harmony export */   pN: () => (/* binding */ overlayProblems)
/* harmony export */ });
/* unused harmony exports parseApplicationImage, formatApplicationImage, isApplication, overlayImages, repositoryOf, kustomizationInTree */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85763);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63077);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90908);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29002);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(64293);
// Image pins in Kustomize overlays, read and rewritten with byte-minimal edits.
//
// Two places hold an overlay's pins:
//   overlay      a kustomization's `images:` list: `- { name, newName, newTag, digest }`
//   application  an Argo CD Application's spec.source.kustomize.images strings:
//                `name=newName:newTag@digest` or `name:newTag@digest`
// A service's entry is the one whose `name` or `newName` is the service's image
// repository (compared as the registry sees them: `nginx` = docker.io/library/nginx),
// else — an image that moved registry — the one whose `name` has the same last
// path segment. Two entries that fit equally well are an error naming both lines.










/** Registry and repository of an image name as the registry sees it, or the name itself when it does not parse. */
function identity(image) {
    try {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(image);
        return `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (e instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .InvalidReference */ .ft)
            return image;
        throw e;
    }
}
const lastSegment = (image) => identity(image).slice(identity(image).lastIndexOf('/') + 1);
/** An image reference split into name, tag and digest (`host:5000/a/b:1.2@sha256:…`). */
function splitImage(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/'))
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
    return { name: rest, ...(digest ? { digest } : {}) };
}
/** Parses an Argo CD kustomize image string: `name=newName:newTag@digest` or `name:newTag@digest`. */
function parseApplicationImage(text) {
    const eq = text.indexOf('=');
    if (eq >= 0) {
        const ref = splitImage(text.slice(eq + 1));
        return {
            name: text.slice(0, eq),
            newName: ref.name,
            ...(ref.tag ? { newTag: ref.tag } : {}),
            ...(ref.digest ? { digest: ref.digest } : {}),
        };
    }
    const ref = splitImage(text);
    return { name: ref.name, ...(ref.tag ? { newTag: ref.tag } : {}), ...(ref.digest ? { digest: ref.digest } : {}) };
}
/** Writes an Argo CD kustomize image string back (`name=` only when it had one or newName differs). */
function formatApplicationImage(image, withName) {
    const ref = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
    return withName || (image.newName !== undefined && image.newName !== image.name) ? `${image.name}=${ref}` : ref;
}
/** True when a text parses as an Argo CD Application (kind: Application with a spec). */
function isApplication(parsed) {
    return (parsed.documents ?? [parsed.doc]).some((d) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'kind')) === 'Application' && (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec') !== undefined);
}
function parseAll(text, file, cache) {
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const all = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .YAML_DOCUMENTS */ .FL, body, file);
    return all;
}
/**
 * Reads the pins of an overlay file: a kustomization's `images:` or an Argo CD
 * Application's kustomize.images. A file that is not YAML, an `images` that
 * is not a list, an entry that is not a mapping with a `name` (or not an
 * image string), and two entries of one name are UserErrors at file:line.
 */
function readOverlayImages(text, file, cache) {
    const all = parseAll(text, file, cache);
    if (isApplication(all))
        return applicationImages(all, file);
    if ((all.documents?.length ?? 1) > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the kustomization holds more than one YAML document', {
            file,
            line: all.lineOf(all.documents[1].contents) ?? 1,
            hint: 'keep one Kustomization document in the file',
        });
    const parsed = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShared */ .fj)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text), file, cache);
    const root = parsed.doc.contents;
    if (root !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the kustomization is not a mapping of keys', {
            file,
            line: parsed.lineOf(root) ?? 1,
            hint: 'point kustomization at a kustomization.yaml',
        });
    const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'kind'));
    if (kind !== undefined && kind !== 'Kustomization' && kind !== 'Component')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the file is a ${kind}, not a Kustomization or an Argo CD Application`, {
            file,
            line: parsed.lineOf((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'kind')) ?? 1,
            hint: 'point kustomization at the overlay (its folder or kustomization.yaml) or at its Argo CD Application',
        });
    // A Flux Kustomization (kustomize.toolkit.fluxcd.io) keeps the same entries under spec.images.
    const flux = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') ?? false;
    const holder = flux ? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'spec') : root;
    const listPath = flux ? ['spec', 'images'] : ['images'];
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(holder) ? holder.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const line = parsed.lineOf(pair?.key ?? root) ?? 1;
    if (list === undefined || list === null)
        return { kind: 'overlay', file, listPath, hasList: pair !== undefined && list !== null ? true : false, line, images: [] };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is not a list', {
            file,
            line,
            hint: 'write images: as a list of { name, newName, newTag, digest } entries',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = parsed.lineOf(node) ?? line;
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) ? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)(entryValue(node, 'name')) : undefined;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) || !name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`images[${index}] is not an entry with a name`, {
                file,
                line: at,
                hint: 'write each entry as name: <image> with newTag:, digest: (and newName:)',
            });
        const text = (k) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)(entryValue(node, k)) || undefined;
        const newName = text('newName');
        const newTag = text('newTag');
        const digest = text('digest');
        return { name, ...(newName ? { newName } : {}), ...(newTag ? { newTag } : {}), ...(digest ? { digest } : {}), index, line: at };
    });
    duplicates(images, file);
    return { kind: 'overlay', file, listPath, hasList: true, line, images };
}
function entryValue(map, key) {
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === key)?.value;
}
/** Two entries of one image name: kustomize would apply one, so which is meant cannot be told. */
function duplicates(images, file) {
    const seen = new Map();
    for (const i of images) {
        const key = identity(i.name);
        const first = seen.get(key);
        if (first)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`two entries for the image ${i.name} (lines ${first.line} and ${i.line})`, {
                file,
                line: i.line,
                hint: 'keep one entry per image name',
            });
        seen.set(key, i);
    }
}
/** The Application's kustomize.images: of spec.source, or of the one spec.sources entry that has kustomize:. */
function applicationImages(all, file) {
    const docs = all.documents ?? [all.doc];
    const apps = docs
        .map((d, i) => ({ d, i }))
        .filter(({ d }) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'kind')) === 'Application' && (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec') !== undefined);
    if (apps.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${apps.length} Applications in the file; cannot tell which one's kustomize.images to use`, {
            file,
            line: all.lineOf(apps[1].d.contents) ?? 1,
            hint: 'keep the environment’s Application in a file of its own, or point kustomization at its overlay folder',
        });
    const { d, i } = apps[0];
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec');
    const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(spec, 'sources');
    let sourcePath = ['spec', 'source'];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(sources)) {
        const withKustomize = sources.items.map((s, k) => ({ s, k })).filter(({ s }) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(s, 'kustomize') !== undefined);
        if (withKustomize.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${withKustomize.length === 0 ? 'no' : withKustomize.length} sources of the Application have kustomize:`, {
                file,
                line: all.lineOf(sources) ?? 1,
                hint: 'give the overlay’s source kustomize: { images: [...] }',
            });
        sourcePath = ['spec', 'sources', withKustomize[0].k];
    }
    const source = sourcePath
        .slice(1)
        .reduce((n, k) => (typeof k === 'number' ? ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(n) ? n.items[k] : undefined) : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(n, k)), spec);
    const kustomize = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(source, 'kustomize');
    const list = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(kustomize, 'images');
    const document = docs.length > 1 ? i : undefined;
    const listPath = [...sourcePath, 'kustomize', 'images'];
    const line = all.lineOf((list ?? kustomize ?? source ?? d.contents)) ?? 1;
    if (list === undefined || list === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the Application has no spec.source.kustomize.images list to pin images in', {
            file,
            line,
            hint: 'add kustomize: { images: [] } to its source, or point kustomization at the overlay folder',
        });
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('kustomize.images is not a list', {
            file,
            line,
            hint: 'write it as a list of strings like ghcr.io/acme/api:1.2.3@sha256:…',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = all.lineOf(node) ?? line;
        const text = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && typeof node.value === 'string' ? node.value : undefined;
        if (!text || text.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`kustomize.images[${index}] is not an image string`, {
                file,
                line: at,
                hint: 'write name=newName:newTag@digest or name:newTag@digest',
            });
        return { ...parseApplicationImage(text.trim()), index, line: at };
    });
    duplicates(images, file);
    return { kind: 'application', file, ...(document !== undefined ? { document } : {}), listPath, hasList: true, line, images };
}
/**
 * `overlayImages(text)`: the `images:` entries of a kustomization (or the
 * parsed kustomize.images strings of an Argo CD Application), as written.
 */
function overlayImages(text, file = 'kustomization.yaml') {
    return readOverlayImages(text, file).images.map(({ name, newName, newTag, digest }) => ({
        name,
        ...(newName ? { newName } : {}),
        ...(newTag ? { newTag } : {}),
        ...(digest ? { digest } : {}),
    }));
}
/**
 * The entry of `image` (the service's repository, any tag dropped): the one
 * whose name or newName is that repository; else the one whose name has the
 * same last path segment. Two of either kind is an error naming both lines.
 */
function overlayPin(images, image, service) {
    const want = identity(repositoryOf(image));
    const exact = images.images.filter((i) => identity(i.name) === want || (i.newName !== undefined && identity(i.newName) === want));
    const byName = exact.filter((i) => identity(i.name) === want);
    let chosen = byName.length === 1 ? byName : exact;
    if (chosen.length === 0) {
        const segment = want.slice(want.lastIndexOf('/') + 1);
        chosen = images.images.filter((i) => lastSegment(i.name) === segment);
    }
    if (chosen.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${service}: two entries fit the image ${repositoryOf(image)}: ${chosen[0].name} (line ${chosen[0].line}) and ${chosen[1].name} (line ${chosen[1].line})`, { file: images.file, line: chosen[1].line, hint: `keep one entry for ${repositoryOf(image)}, or name it exactly in name:` });
    const entry = chosen[0];
    if (!entry)
        return { file: images.file, line: images.line };
    return {
        file: images.file,
        entry,
        line: entry.line,
        repository: entry.newName ?? entry.name,
        ...(entry.newTag ? { tag: entry.newTag } : {}),
        ...(entry.digest ? { digest: entry.digest } : {}),
    };
}
/** An image name without tag or digest. */
function repositoryOf(image) {
    return splitImage(image).name;
}
/**
 * Rewrites the pins of one overlay file to their targets, changing only the
 * bytes of the fields they set: `newTag` and `digest` (created after `name`
 * / `newName` / `newTag` in the entry's own indentation when missing), and
 * `newName` when the repository the digest lives in is not what the entry
 * renders. A tag-only target empties a digest the entry had (`digest: ""`),
 * so an old digest never outlives its tag. A service without an entry gets
 * one appended (the list created when the overlay has none). An Application's
 * string is rewritten in place, or appended. The result is re-parsed and
 * checked to differ only there.
 */
function setOverlayPins(text, images, writes, cache) {
    if (images.kind === 'application')
        return setApplicationImages(text, images, writes, cache);
    const edits = [];
    const appended = [];
    for (const w of writes) {
        const e = w.pin.entry;
        const repository = w.target.repository ?? repositoryOf(w.image);
        if (!e) {
            const name = repositoryOf(w.image);
            const tag = w.target.tag;
            appended.push({
                name,
                ...(identity(repository) !== identity(name) ? { newName: repository } : {}),
                ...(tag ? { newTag: tag } : {}),
                ...(w.target.digest ? { digest: w.target.digest } : {}),
            });
            continue;
        }
        const path = [...images.listPath, e.index];
        const renders = e.newName ?? e.name;
        if (w.target.digest !== undefined && identity(repository) !== identity(renders))
            edits.push({ path: [...path, 'newName'], value: repository, create: true, after: 'name', quoteLike: 'name' });
        const tag = w.target.tag ?? e.newTag;
        if (tag !== undefined && tag !== e.newTag)
            edits.push({
                path: [...path, 'newTag'],
                value: tag,
                create: true,
                after: e.newName !== undefined ? 'newName' : 'name',
                quoteLike: 'name',
            });
        if (w.target.digest !== undefined && w.target.digest !== e.digest)
            edits.push({ path: [...path, 'digest'], value: w.target.digest, create: true, after: 'newTag', quoteLike: 'name' });
        if (w.target.digest === undefined && e.digest !== undefined)
            edits.push({ path: [...path, 'digest'], value: '' });
    }
    let after = edits.length > 0 ? (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .setScalars */ .AR)(text, images.file, edits, { cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (appended.length > 0 && images.listPath.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the Flux Kustomization's spec.images has no entry for ${appended.map((a) => a.name).join(', ')}`, {
            file: images.file,
            line: images.line,
            hint: `add an entry under spec.images: name: ${appended[0].name}, newTag:, digest:`,
        });
    if (appended.length > 0) {
        after = appendEntries(after, images, appended, cache);
        appended.forEach((a, k) => {
            for (const [key, value] of Object.entries(a))
                intended.push({ path: ['images', images.images.length + k, key], value });
        });
    }
    if (after !== text)
        (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlEdit */ .c)(images.file, text, after, intended, { cache });
    return after;
}
/** Appends entries to the block list `images:`, or the list itself at the end of the file when there is none. */
function appendEntries(text, images, entries, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const parsed = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShared */ .fj)(body, images.file, cache);
    const root = parsed.doc.contents;
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root) ? root.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const lines = (indent) => entries.flatMap((e) => Object.entries(e).map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${(0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScalar */ .VO)(v, k === 'newTag' ? 'QUOTE_DOUBLE' : undefined)}`));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list) && list.items.length > 0) {
        if (list.flow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is a flow list ([...]); lockstep appends entries to block lists only', {
                file: images.file,
                line: images.line,
                hint: 'write images: as a block list (one "- name:" entry per image)',
            });
        const first = list.items[0];
        const start = first.range[0];
        const lineStart = body.lastIndexOf('\n', start - 1) + 1;
        const dash = body.lastIndexOf('-', start - 1);
        const indent = body.slice(lineStart, dash >= lineStart ? dash : start);
        const end = list.items[list.items.length - 1].range[2];
        const at = body.lastIndexOf('\n', end - 1) + 1 === end ? end : body.indexOf('\n', end - 1) + 1 || body.length;
        const insert = lines(/^\s*$/.test(indent) ? indent : '  ').join(eol) + eol;
        const pre = body.slice(0, at);
        return bom + pre + (pre.endsWith('\n') || pre === '' ? '' : eol) + insert + body.slice(at);
    }
    if (pair !== undefined) {
        // `images:` with nothing (or `[]`) after it: the key's line is replaced by the list.
        const keyStart = pair.key.range[0];
        const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
        const lineEnd = body.indexOf('\n', keyStart);
        const endAt = lineEnd < 0 ? body.length : lineEnd + 1;
        const keyIndent = body.slice(lineStart, keyStart);
        const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).replace(/\r$/, '');
        if (!/^\s*images:\s*(\[\s*\])?\s*(#.*)?$/.test(line))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is written in a way lockstep cannot extend', {
                file: images.file,
                line: images.line,
                hint: 'write images: as a block list',
            });
        return bom + body.slice(0, lineStart) + `${keyIndent}images:${eol}` + lines(`${keyIndent}  `).join(eol) + eol + body.slice(endAt);
    }
    const sep = body === '' || body.endsWith('\n') ? '' : eol;
    return bom + body + sep + `images:${eol}` + lines('  ').join(eol) + eol;
}
/** The Application strings rewritten in place (each keeps `name=` when it had it), new ones appended to the list. */
function setApplicationImages(text, images, writes, cache) {
    const edits = [];
    const added = [];
    for (const w of writes) {
        const e = w.pin.entry;
        const repository = w.target.repository ?? repositoryOf(w.image);
        const name = e?.name ?? repositoryOf(w.image);
        const renders = e ? (e.newName ?? e.name) : name;
        const newName = w.target.digest !== undefined && identity(repository) !== identity(renders) ? repository : e?.newName;
        const value = formatApplicationImage({
            name,
            ...(newName !== undefined ? { newName } : {}),
            ...((w.target.tag ?? e?.newTag) ? { newTag: w.target.tag ?? e?.newTag } : {}),
            ...(w.target.digest ? { digest: w.target.digest } : {}),
        }, e?.newName !== undefined);
        if (e)
            edits.push({ path: [...images.listPath, e.index], value });
        else
            added.push(value);
    }
    let after = edits.length > 0 ? (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .setScalars */ .AR)(text, images.file, edits, { document: images.document, cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (added.length > 0) {
        after = appendStrings(after, images, added, cache);
        added.forEach((v, k) => intended.push({ path: [...images.listPath, images.images.length + k], value: v }));
    }
    if (after !== text)
        (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlEdit */ .c)(images.file, text, after, intended, { document: images.document, cache });
    return after;
}
/** Appends strings to the Application's block list kustomize.images (refused for a flow or empty list). */
function appendStrings(text, images, values, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const all = parseAll(body, images.file, cache);
    const doc = (all.documents ?? [all.doc])[images.document ?? 0];
    const list = images.listPath.reduce((n, k) => (typeof k === 'number' ? ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(n) ? n.items[k] : undefined) : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(n, k)), doc.contents);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list) || list.flow || list.items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('kustomize.images has no block list entry to append the image after', {
            file: images.file,
            line: images.line,
            hint: 'write kustomize.images as a block list with one "- image" line per image',
        });
    const first = list.items[0];
    const start = first.range[0];
    const lineStart = body.lastIndexOf('\n', start - 1) + 1;
    const indent = body.slice(lineStart, body.lastIndexOf('-', start - 1));
    const end = list.items[list.items.length - 1].range[2];
    const at = body.indexOf('\n', end - 1) + 1 || body.length;
    const pre = body.slice(0, at);
    return (bom +
        pre +
        (pre.endsWith('\n') ? '' : eol) +
        values.map((v) => `${indent}- ${(0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScalar */ .VO)(v, undefined)}`).join(eol) +
        eol +
        body.slice(at));
}
/** Every entry of a protected environment's overlay pinned by a sha256 digest, none with the tag `latest`. */
function overlayProblems(images) {
    const out = [];
    for (const i of images.images) {
        const image = i.newName ?? i.name;
        if (i.newTag === 'latest')
            out.push({
                file: images.file,
                line: i.line,
                message: `${image} uses the tag latest in a protected environment`,
                hint: 'pin a released version and its digest',
            });
        if (!i.digest || !/^sha256:[0-9a-f]{64}$/.test(i.digest))
            out.push({
                file: images.file,
                line: i.line,
                message: `${image} is not pinned by a sha256 digest in a protected environment${i.digest ? ` (digest ${i.digest.slice(0, 40)})` : ''}`,
                hint: 'set digest: sha256:… (promote-env writes it from a digests file or with resolve-digests)',
            });
    }
    return out;
}
/** A kustomization path that holds nothing kustomize would read (a caller may take that as "absent"). */
class NoKustomization extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
}
/** The file names kustomize reads in a folder, in its order. */
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * Resolves `path` (a kustomization file, a folder holding one, or an Argo CD
 * Application) through `read` (undefined: no such file). A folder holding
 * none, or more than one, is a UserError naming `at` (the config's line).
 */
async function kustomizationFor(path, read, at, cache) {
    const clean = path.replace(/\/+$/, '');
    const direct = await read(clean);
    if (direct !== undefined) {
        const application = isApplication(parseAll(direct, clean, cache));
        return { dir: clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : '.', file: clean, text: direct, application };
    }
    const found = [];
    for (const n of KUSTOMIZATION_NAMES) {
        const file = clean === '' || clean === '.' ? n : `${clean}/${n}`;
        const text = await read(file);
        if (text !== undefined)
            found.push({ file, text });
    }
    if (found.length === 0)
        throw new NoKustomization(`kustomization ${path} is no file, nor a folder holding kustomization.yaml, kustomization.yml or Kustomization, ${at.where}`, {
            file: at.file,
            line: at.line,
            hint: 'point kustomization at an overlay folder, its kustomization.yaml, or its Argo CD Application (paths relative to the repository promoted in)',
        });
    if (found.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`kustomization ${path} holds both ${found[0].file} and ${found[1].file}; kustomize refuses that too`, {
            file: at.file,
            line: at.line,
            hint: 'keep one kustomization file in the folder, or name the file in kustomization',
        });
    return { dir: clean || '.', file: found[0].file, text: found[0].text, application: false };
}
/**
 * kustomizationFor on a folder of the file system: `path` relative to `root`
 * (a checkout), files read as they are there (a folder or a missing path reads
 * as absent). For rendering an environment's overlay in a work tree.
 */
function kustomizationInTree(root, path, at = {}) {
    const read = async (p) => {
        try {
            return await readFile(join(root, p), 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
                return undefined;
            throw e;
        }
    };
    return kustomizationFor(path, read, { ...at, where: `in ${root}` });
}


/***/ }),

/***/ 74372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oH: () => (/* binding */ insertPins),
  kx: () => (/* binding */ targetPins)
});

// UNUSED EXPORTS: chartDefault

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
;// CONCATENATED MODULE: ./packages/core/src/edits/yaml-insert.ts
// A new block added to a YAML file, with every mapping on its way that the
// file lacks: `services:` → `api:` → `image:` → `tag:` / `digest:`, written
// under the deepest mapping the file has, in that mapping's indentation and
// the file's indent unit, after its last pair. The bytes around it stay as
// they are. What a promotion writes into an environment's own values file when
// the pin comes from a file it shares (the chart's values.yaml).


/**
 * `text` with `value` at `path` (string keys only), and every mapping on the way the file lacks added under the
 * deepest one it has. Refused (UserError at the line) when the path exists, leads through a value that is not a
 * mapping, or through a flow mapping.
 */
function insertAt(text, file, path, value, cache) {
    if (path.some((k) => typeof k !== 'string'))
        throw new Error(`insertAt takes mapping keys only, not ${(0,yaml_edit/* formatPath */.jV)(path)}`);
    const { bom, body, eol } = (0,yaml_edit/* frame */.Gt)(text);
    const parsed = (0,yaml_edit/* parseShared */.fj)(body, file, cache);
    const unit = parsed.empty || parsed.doc.contents === null ? 2 : (0,yaml_edit/* indentUnit */.Xt)(parsed);
    const lines = (missing, first) => {
        const out = missing.map((k, i) => `${' '.repeat(unit * i)}${(0,yaml_edit/* yamlKey */.j5)(k, i === 0 ? first : undefined)}:`);
        const pad = ' '.repeat(unit * missing.length);
        if (typeof value === 'string')
            out[out.length - 1] += ` ${(0,yaml_edit/* renderScalar */.VO)(value, undefined)}`;
        else
            for (const [k, v] of value)
                out.push(`${pad}${(0,yaml_edit/* yamlKey */.j5)(k)}: ${(0,yaml_edit/* renderScalar */.VO)(v, undefined)}`);
        return out;
    };
    // A file with no document yet (empty, or comments only): the block is its first content.
    if (parsed.empty || parsed.doc.contents === null) {
        const sep = body === '' || body.endsWith('\n') ? '' : eol;
        return bom + body + sep + lines(path).join(eol) + eol;
    }
    const at = (0,yaml_edit/* locate */.x5)(parsed, path, (0,yaml_edit/* formatPath */.jV)(path));
    if (at.found)
        throw new errors/* UserError */.yo(`${(0,yaml_edit/* formatPath */.jV)(path)} is already there`, {
            file,
            line: parsed.lineOf(at.node) ?? 1,
            hint: 'edit it in place',
        });
    return bom + (0,yaml_edit/* insertPair */.Y7)(parsed, eol, at.parent, lines(at.missing, at.parent));
}

// EXTERNAL MODULE: ./packages/core/src/promote/pins.ts + 1 modules
var pins = __webpack_require__(80261);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
;// CONCATENATED MODULE: ./packages/core/src/promote/absent-pin.ts
// A values key the target's own values file does not hold, because the chart's
// values.yaml (a file every environment of the chart shares) sets the image:
// the target runs the chart's default, and a promotion inserts the key into the
// target's own file, in the chart's shape (an image map of tag and digest, one
// image string, a bare tag), never into the shared values.yaml. A key no file
// holds stays refused as readPin refuses it.






/**
 * Each service's pin in the target's place; where a plain values file lacks the service's key and the chart's
 * values.yaml above it (or the Application's chart folder) holds it, that default, marked `absent`.
 */
async function targetPins(place, services, env, read, cache) {
    const out = new Map();
    for (const s of services) {
        try {
            out.set(s.name, place.read(place.text, s));
        }
        catch (e) {
            if (!(e instanceof errors/* UserError */.yo) || s.valuesKey === undefined)
                throw e;
            const pin = await chartDefault(place, (0,request/* fillTemplate */.ou)(s.valuesKey, env.name, s.name), read, cache, e.line ?? 1);
            if (!pin)
                throw e;
            out.set(s.name, pin);
        }
    }
    return out;
}
/**
 * Where a plain values file lacks `key` and the chart's values.yaml (every environment's defaults) sets it: that
 * pin's shape, tag and digest as this file's, marked `absent`, at `line` of the file (where the key would go).
 * Undefined for a file that has the key (a list, a mapping without an image: readPin's refusal stands), for an
 * Application's inline values or a HelmRelease's, and where no chart above it sets the key.
 */
async function chartDefault(place, key, read, cache, line = 1) {
    if (place.kind !== 'values' || place.document !== undefined || place.home !== undefined)
        return undefined;
    const path = (0,pins/* parseValuesKey */.bx)(key, `values key of ${place.file}`);
    if ((0,yaml_edit/* parseShared */.fj)(place.text.replace(/^\ufeff/, ''), place.file, cache).doc.hasIn(path))
        return undefined;
    const defaults = await chartValues(place.file, place.rev?.chartPath, read);
    if (!defaults)
        return undefined;
    let found;
    try {
        found = (0,pins/* readPin */.Ci)(defaults.text, defaults.path, key, { cache });
    }
    catch {
        return undefined;
    }
    const { style, repository, repositoryKey, registry, tag, digest } = found;
    return {
        style,
        file: place.file,
        key,
        path,
        line,
        ...(repository !== undefined ? { repository } : {}),
        ...(repositoryKey !== undefined ? { repositoryKey } : {}),
        ...(registry !== undefined ? { registry } : {}),
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        absent: { from: `${defaults.path}:${found.line}` },
    };
}
/** The values.yaml of the chart the values file is rendered with: the Application's chart folder, else the nearest folder above it with a Chart.yaml. */
async function chartValues(file, chartPath, read) {
    const dirs = chartPath ? [chartPath.replace(/\/+$/, '') || '.'] : [];
    for (let dir = external_node_path_.posix.dirname(file);; dir = external_node_path_.posix.dirname(dir)) {
        dirs.push(dir);
        if (dir === '.' || dir === '/')
            break;
    }
    for (const dir of dirs) {
        if ((await read(external_node_path_.posix.join(dir, 'Chart.yaml'))) === undefined)
            continue;
        const path = external_node_path_.posix.join(dir, 'values.yaml');
        if (path === file)
            return undefined;
        const text = await read(path);
        return text === undefined ? undefined : { path, text };
    }
    return undefined;
}
/**
 * `text` with each absent pin's key inserted at its target (absent writes only), in the chart's shape: an image
 * map's tag and digest (its repository when the promoted digest lives in another), one image string, a bare tag.
 */
function insertPins(text, writes, cache) {
    for (const { pin, target } of writes)
        text = insertAt(text, pin.file, pin.path, insertedValue(pin, target), cache);
    return text;
}
/** What an absent pin's key is written as, refused where its shape cannot hold the target (as setPins refuses it). */
function insertedValue(pin, target) {
    const tag = target.tag ?? pin.tag;
    const moves = (0,pins/* repositoryMoves */.Ro)(pin, target);
    const at = { file: pin.file, line: pin.line };
    if (pin.style === 'tag') {
        if (target.digest !== undefined)
            throw new errors/* UserError */.yo(`${pin.key} holds only a tag (as ${pin.absent?.from} writes it), so the digest cannot be pinned there`, {
                ...at,
                hint: 'point values-key at an image block (tag + digest) or a repo:tag@sha256:… string',
            });
        return tag ?? '';
    }
    if (pin.style === 'string') {
        const repository = moves ? target.repository : pin.repository;
        if (!repository)
            throw new errors/* UserError */.yo(`${pin.key} is an empty image string in ${pin.absent?.from}`, { ...at, hint: 'write repo:tag@sha256:… there' });
        return `${repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
    }
    if (moves && pin.registry !== undefined)
        throw new errors/* UserError */.yo(`${pin.key} splits registry: and ${pin.repositoryKey ?? 'repository'}: (${pin.absent?.from}), and the promoted digest is in ${target.repository}`, {
            ...at,
            hint: `write the image under ${pin.key} in ${pin.file} by hand`,
        });
    const map = {};
    if (moves)
        map[pin.repositoryKey ?? 'repository'] = target.repository;
    if (tag !== undefined)
        map.tag = tag;
    if (target.digest !== undefined)
        map.digest = target.digest;
    return Object.entries(map);
}


/***/ }),

/***/ 21120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ applicationValues),
/* harmony export */   O6: () => (/* binding */ splitApplicationRef),
/* harmony export */   aw: () => (/* binding */ valueFilePlaces),
/* harmony export */   nZ: () => (/* binding */ readApplication),
/* harmony export */   u6: () => (/* binding */ setChartRevision),
/* harmony export */   xL: () => (/* binding */ findChartRevision)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85763);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63077);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64293);
/* harmony import */ var _flux_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90687);
// The chart version an environment runs: `targetRevision` of its ArgoCD
// Application. The config's `application` names the file, optionally with
// `#<name>` to pick one Application of a multi-document file (seed 001 keeps
// every Application of an environment in one argocd-applications.yaml). The
// name matches the document's metadata.name, or a source's chart, or the last
// folder of a source's path; in a multi-source Application the source with
// the matching chart (or path) is the one edited.









/** `apps/prod.yaml#myapp-prod` → file and selector. */
function splitApplicationRef(ref) {
    const hash = ref.indexOf('#');
    if (hash < 0)
        return { file: ref };
    const name = ref.slice(hash + 1).trim();
    return { file: ref.slice(0, hash), name: name === '' ? undefined : name };
}
/** What a source is known by: its chart, its path and the path's last folder. */
function sourceNames(source) {
    const names = [];
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'chart'));
    const path = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'path'));
    if (chart)
        names.push(chart);
    if (path) {
        const clean = path.replace(/\/+$/, '');
        names.push(clean, clean.slice(clean.lastIndexOf('/') + 1));
    }
    return names;
}
/**
 * Finds the targetRevision to edit. `name` (from `file#name`) selects the
 * document and the source; `charts` (config chart folders) are the fallback
 * hints. Errors name the file and line: no Application, several and no way to
 * choose, or no source carrying the chart. With the run's `cache`, a file
 * parsed before (its inline values read for pins) is not parsed again.
 */
function findChartRevision(text, file, name, charts = [], cache) {
    const body = text.replace(/^\ufeff/, '');
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .YAML_DOCUMENTS */ .FL, body, file);
    const docs = parsed.documents ?? [];
    const multi = docs.length > 1;
    const apps = docs
        .map((doc, index) => ({ index, doc, name: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name')) }))
        .filter((c) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(c.doc.contents, 'spec') !== undefined && ((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(c.doc.contents, 'kind')) ?? 'Application') === 'Application');
    const flux = apps.length === 0 ? (0,_flux_js__WEBPACK_IMPORTED_MODULE_6__/* .fluxChartRevision */ .R7)(text, file, name, cache) : undefined;
    if (flux)
        return flux;
    if (apps.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('no ArgoCD Application (kind: Application with spec) in the file', {
            file,
            line: 1,
            hint: 'point application at the Application manifest',
        });
    const hints = name ? [name] : charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]);
    const matchesSource = (c) => sourcesOf(c).some((s) => sourceNames(s.node).some((n) => hints.includes(n)));
    let chosen;
    if (apps.length === 1)
        chosen = apps;
    else {
        chosen = name ? apps.filter((c) => c.name === name) : [];
        if (chosen.length === 0)
            chosen = apps.filter(matchesSource);
    }
    if (chosen.length !== 1) {
        const names = apps.map((c) => c.name ?? `document ${c.index + 1}`).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(chosen.length === 0
            ? `no Application in the file matches ${name ? `'${name}'` : 'the configured charts'} (it holds ${names})`
            : `${chosen.length} Applications in the file match; cannot tell which to edit`, { file, line: 1, hint: 'name the Application in the config: application: <file>#<metadata.name or chart>' });
    }
    const app = chosen[0];
    const sources = sourcesOf(app);
    // A name that picked the Application by metadata.name says nothing about which source holds the chart.
    const sourceHints = name && app.name === name ? charts.flatMap((c) => [c.replace(/\/+$/, ''), c.replace(/\/+$/, '').split('/').pop()]) : hints;
    const matching = sources.filter((s) => sourceNames(s.node).some((n) => sourceHints.includes(n)));
    const withChart = sources.filter((s) => sourceNames(s.node).length > 0);
    const source = matching.length === 1
        ? matching[0]
        : matching.length === 0 && withChart.length === 1 && sourceHints !== hints
            ? withChart[0]
            : matching.length === 0 && withChart.length === 1 && !name
                ? withChart[0]
                : undefined;
    const appLine = parsed.lineOf(app.doc.contents) ?? 1;
    if (!source)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Application ${app.name ?? ''} has no source with the chart ${name ?? hints[hints.length - 1] ?? ''}`.replace(/\s+/g, ' ').trim(), {
            file,
            line: appLine,
            hint: 'give the chart source (spec.source or one of spec.sources) its chart: or path:, or fix the name after # in application',
        });
    const rev = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source.node, 'targetRevision');
    const current = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)(rev) ?? '';
    return {
        file,
        document: multi ? app.index : undefined,
        path: [...source.path, 'targetRevision'],
        line: parsed.lineOf(rev ?? source.node) ?? appLine,
        current,
        name: app.name,
        ...sourceChart(source.node),
    };
}
/** An Application's sources (spec.sources' items, else spec.source), each with its key path. */
function sourcesOf(c) {
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(c.doc.contents, 'spec');
    const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(spec, 'sources');
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(sources))
        return sources.items.map((s, i) => ({ node: s, path: ['spec', 'sources', i] }));
    const source = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(spec, 'source');
    return source ? [{ node: source, path: ['spec', 'source'] }] : [];
}
/** The chart a source names and the folder it reads it from, for what a promotion says of the chart. */
function sourceChart(source) {
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'chart'));
    const path = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(source, 'path'))?.replace(/\/+$/, '');
    const folder = path ? path.slice(path.lastIndexOf('/') + 1) : undefined;
    return { ...(chart || folder ? { chart: chart || folder } : {}), ...(path ? { chartPath: path } : {}) };
}
/**
 * Sets the Application's chart version with a byte-minimal edit (created
 * after `chart:`/`path:` when the source has no targetRevision), checked by
 * re-parsing: only that value changes, every other document stays.
 */
function setChartRevision(text, rev, version, cache, digest) {
    if (rev.flux === 'OCIRepository')
        return (0,_flux_js__WEBPACK_IMPORTED_MODULE_6__/* .setOciRef */ .N2)(text, { ...rev, flux: rev.flux }, version, digest, cache);
    if (rev.current === version)
        return text;
    const edit = { path: rev.path, value: version, create: true, after: 'chart' };
    const after = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setScalars */ .AR)(text, rev.file, [edit], { document: rev.document, cache });
    (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkYamlEdit */ .c)(rev.file, text, after, [edit], { document: rev.document, cache });
    return after;
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
/** The Application of `text` as a render reads it (findChartRevision picks the document and the source); its errors name file:line. */
function readApplication(text, file, name, charts = []) {
    const revision = findChartRevision(text, file, name, charts);
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''));
    const list = Array.isArray(docs) ? docs : [docs];
    const app = asObj(list[revision.document ?? 0]?.toJS()) ?? {};
    let source = app;
    for (const k of revision.path.slice(0, -1))
        source = Array.isArray(source) ? source[Number(k)] : asObj(source)?.[String(k)];
    const src = asObj(source) ?? {};
    const helm = asObj(src.helm) ?? {};
    const spec = asObj(app.spec) ?? {};
    const inline = [
        ...(typeof helm.values === 'string' && helm.values.trim() !== '' ? [helm.values] : []),
        ...(asObj(helm.valuesObject) ? [(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(helm.valuesObject)] : []),
    ];
    const set = (Array.isArray(helm.parameters) ? helm.parameters : []).flatMap((p) => {
        const o = asObj(p);
        const n = asStr(o?.name);
        return n ? [{ name: n, value: asStr(o?.value) ?? '', string: o?.forceString === true }] : [];
    });
    // Argo CD's diff leaves these fields out, but a sync applies them unless the Application says RespectIgnoreDifferences=true.
    const respected = strings(asObj(spec.syncPolicy)?.syncOptions).some((o) => o.replace(/\s+/g, '') === 'RespectIgnoreDifferences=true');
    const ignoreDifferences = (Array.isArray(spec.ignoreDifferences) ? spec.ignoreDifferences : []).flatMap((r) => {
        const o = asObj(r);
        const kind = asStr(o?.kind);
        if (!o || !kind)
            return [];
        return [
            {
                kind,
                ...(asStr(o.group) !== undefined ? { group: asStr(o.group) } : {}),
                ...(asStr(o.name) ? { name: asStr(o.name) } : {}),
                ...(asStr(o.namespace) ? { namespace: asStr(o.namespace) } : {}),
                jsonPointers: strings(o.jsonPointers),
                jqPathExpressions: strings(o.jqPathExpressions),
                ...(respected ? {} : { appliedOnSync: true }),
            },
        ];
    });
    const path = asStr(src.path)?.replace(/\/+$/, '');
    const namespace = asStr(asObj(spec.destination)?.namespace);
    return {
        revision,
        ...(path ? { path } : {}),
        release: asStr(helm.releaseName) ?? asStr(asObj(app.metadata)?.name) ?? 'release',
        ...(namespace ? { namespace } : {}),
        valueFiles: strings(helm.valueFiles),
        ignoreMissingValueFiles: helm.ignoreMissingValueFiles === true,
        inline,
        set,
        ignoreDifferences,
    };
}
/**
 * Where each of `app`'s valueFiles entries is read, as Argo CD reads it: `$ref/path` from the repository root, a
 * plain entry beside a git source's `path:`, a chart-repository source's plain entry inside the chart package.
 */
function valueFilePlaces(app) {
    return app.valueFiles.map((entry) => entry.startsWith('$')
        ? { entry, repo: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(entry.slice(entry.indexOf('/') + 1)) }
        : app.path !== undefined
            ? { entry, repo: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(app.path, entry)) }
            : { entry, inPackage: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(entry) });
}
/**
 * The values texts a render of `app` reads, in Helm's order, as Argo CD reads
 * them, each with its repository path (undefined for a file inside a
 * registry's chart, and for the inline values): its valueFiles (`$ref/path`
 * from the repository root, a plain entry beside a git source's path, or, for
 * a chart-repository source, inside the chart package: `chartFiles`), then
 * the inline values. Nothing else: a values file the Application does not
 * name is not read by Argo CD, so not here either (deployer-reads.ts refuses a
 * promotion writing one). A listed file that is missing is unavailable unless
 * ignoreMissingValueFiles says otherwise.
 */
async function applicationValues(app, chartFiles, read) {
    const values = [];
    for (const place of valueFilePlaces(app)) {
        // A chart-repository source reads a plain entry inside the chart package, never a file of this repository.
        const text = 'inPackage' in place ? chartFiles?.get(place.inPackage) : await read(place.repo);
        if (text === undefined) {
            if (app.ignoreMissingValueFiles)
                continue;
            return {
                unavailable: 'inPackage' in place
                    ? `the Application's valueFiles entry ${place.entry} is not in chart ${app.revision.chart ?? ''}'s package (a chart-repository source reads its valueFiles there)`
                    : `the Application's valueFiles entry ${place.entry} is not in the repository`,
            };
        }
        values.push({ ...('repo' in place ? { path: place.repo } : {}), text });
    }
    for (const text of app.inline)
        values.push({ text });
    return { values };
}


/***/ }),

/***/ 26002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ ociReference),
/* harmony export */   ON: () => (/* binding */ configuredRegistry),
/* harmony export */   w4: () => (/* binding */ chartWhere)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_chart_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44646);
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

/***/ 77063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ ReplacedChart),
/* harmony export */   r: () => (/* binding */ repositoryChart)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _registry_helm_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72558);
// A chart version read from the classic https Helm repository an Argo CD
// Application's repoURL (or a Flux HelmRepository of the default type) names:
// index.yaml, then the archive it lists, checked against the index's digest
// (registry/helm-repository.ts). values-drift, chart-version and the rendered
// diff read it after the chart's release tag and chart folder, where they
// read an OCI artifact for a registry. An archive whose bytes are not the ones
// the index lists is refused outright, whatever the mode: that is no chart
// that "cannot be read" but one that was replaced.


/** An archive whose bytes are not the ones the index lists: refused by every reader (render included), never a chart "not read". */
class ReplacedChart extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
/**
 * The chart `source.chart` at `version` from `source.repoURL` when it is a
 * classic repository (undefined when it is not one). Throws a UserError for an
 * archive whose digest differs from the index's.
 */
async function repositoryChart(ports, source, version, at) {
    const { repoURL, chart } = source;
    if (!repoURL || !chart || !(0,_registry_helm_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .isClassicRepository */ .dR)(repoURL))
        return undefined;
    const repo = repoURL.trim().replace(/\/+$/, '');
    try {
        const got = await ports.pullRepositoryChart(repo, chart, version);
        return { tgz: got.tgz, where: `${got.url} (listed in ${repo}/index.yaml)` };
    }
    catch (e) {
        if (!(e instanceof Error && e.name === 'RegistryError'))
            throw e;
        const kind = e.kind;
        if (kind === 'mismatch')
            throw new ReplacedChart(`chart ${chart} ${version}: ${e.message}`, {
                ...(at ?? {}),
                hint: e.hint ?? 'nothing was written',
            });
        if (kind === 'unauthenticated' || kind === 'denied')
            // A Flux HelmRepository's secretRef names a cluster Secret: lockstep reads none, and says where it reads instead.
            return {
                tried: source.secretRef
                    ? `${e.message}; its HelmRepository's spec.secretRef (${source.secretRef}) is a cluster Secret, which lockstep does not read: it takes a repository's credentials from Helm's repositories.yaml`
                    : e.message,
                denied: true,
            };
        return { tried: `${repo}/index.yaml (${e.message})` };
    }
}


/***/ }),

/***/ 89549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ PROMOTE_PER_ENVIRONMENT),
/* harmony export */   fu: () => (/* binding */ environmentSettings),
/* harmony export */   jF: () => (/* binding */ PROMOTE_PER_RUN)
/* harmony export */ });
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41547);
/* harmony import */ var _settings_table_promote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20882);
// promote's settings an environment may set — auto-merge, values-drift and validate of the target, min-soak and
// wait of the source — resolved once per environment of the request by settings/read.ts, the one precedence
// of every operation: the input > the key under that environment > the key at the top of the file > the
// table's default (values-drift's decided by the environment's protected). Their names and types are the
// table's (settings/table-promote.ts): a key with `where: 'environment'` is here without a line of its own.


/** promote's config-backed settings an environment may set: resolved per environment. */
const PROMOTE_PER_ENVIRONMENT = (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_0__/* .scoped */ .P1)(_settings_table_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .PROMOTE */ .R, 'environment');
/** promote's other config-backed settings (notify-pulls, commit-mode): resolved once for the run. */
const PROMOTE_PER_RUN = (0,_settings_read_js__WEBPACK_IMPORTED_MODULE_0__/* .scoped */ .P1)(_settings_table_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .PROMOTE */ .R, 'top');
/** The settings of environment `name` of the request (a programming error when the request did not resolve it). */
function environmentSettings(req, name) {
    const r = req.settingsByEnvironment[name];
    if (!r)
        throw new Error(`environment ${name} has no resolved settings`);
    return r;
}


/***/ }),

/***/ 71755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mc: () => (/* binding */ entriesOf),
  ig: () => (/* binding */ substituteFromFiles),
  Kx: () => (/* binding */ substituteFromHome)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var yaml_read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/render/overlay-target.ts
var overlay_target = __webpack_require__(24618);
// EXTERNAL MODULE: ./packages/core/src/promote/flux-values.ts
var flux_values = __webpack_require__(99982);
// EXTERNAL MODULE: ./packages/core/src/promote/pin-fields.ts
var pin_fields = __webpack_require__(64231);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-substitute-files.ts
// The files a configMapGenerator builds a substituteFrom ConfigMap from, beside
// its `literals:`: `envs:` (and the older `env:`), .env files of `KEY=value`
// lines, and `files:`, each file's whole content one key's value (`key=path`,
// or the file's name as the key). A flux-substitute variable found there is
// read and written in that file: an env file's line byte-minimally (the `KEY=`,
// every other line and comment kept), a `files:` source whole (its trailing
// newline kept). Read as kustomize reads them: a line's leading blanks and a
// first line's BOM dropped, `#` lines and blank lines skipped, the value
// everything after the first `=`, quotes and all; a file's value its content
// (lockstep takes one trailing newline as the file's end, not the value's).




/** Joins a kustomization-relative path to its folder; undefined when it climbs out of the repository. */
function joined(dir, rel) {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const p of rel.split('/')) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(p);
    }
    return parts.join('/') || undefined;
}
/** The `KEY=value` lines of an env file, by key (a later line over an earlier one, as a map keeps it). */
function envSlots(text, file) {
    const slots = new Map();
    text.split('\n').forEach((raw, i) => {
        const line = (i === 0 ? raw.replace(/^\ufeff/, '') : raw).replace(/\r$/, '');
        const body = line.trimStart();
        const eq = body.indexOf('=');
        if (body === '' || body.startsWith('#') || eq <= 0)
            return;
        const cut = line.length - body.length + eq + 1;
        slots.set(body.slice(0, eq), { path: [i], line: i + 1, value: line.slice(cut), prefix: line.slice(0, cut), file, source: 'env' });
    });
    return slots;
}
/** A `files:` source as one value: its content without the one trailing newline that ends the file. */
function fileSlot(text, file) {
    return { path: [], line: 1, value: text.replace(/\r?\n$/, ''), file, source: 'file' };
}
/**
 * The variables a generator entry's `envs:`/`env:` and `files:` hold, by key, with the files they are read from;
 * `missing` says which named file is not in the repository (the entry then may hold any variable).
 */
async function sourceSlots(entry, dir, read) {
    const slots = new Map();
    const files = [];
    const list = (key) => {
        const node = (0,yaml_read/* mapValue */.IS)(entry, key);
        return (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => (0,yaml_read/* scalarText */.ws)(i) ?? '') : [];
    };
    const env = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(entry, 'env'));
    for (const rel of [...list('envs'), ...(env !== undefined ? [env] : [])]) {
        const path = joined(dir, rel);
        const text = path === undefined ? undefined : await read(path);
        if (text === undefined)
            return { slots, files, missing: `its env file ${rel} is not in the repository` };
        files.push(path);
        for (const [k, s] of envSlots(text, path))
            slots.set(k, s);
    }
    for (const spec of list('files')) {
        const eq = spec.indexOf('=');
        const rel = eq < 0 ? spec : spec.slice(eq + 1);
        const path = joined(dir, rel);
        const text = path === undefined ? undefined : await read(path);
        if (text === undefined)
            return { slots, files, missing: `its file ${rel} is not in the repository` };
        files.push(path);
        slots.set(eq < 0 ? rel.slice(rel.lastIndexOf('/') + 1) : spec.slice(0, eq), fileSlot(text, path));
    }
    return { slots, files };
}
/** The slots of `text`, the home file at some state, read as `source` reads it. */
const slotsOf = (text, file, source, key) => source === 'env' ? envSlots(text, file) : new Map([[key, fileSlot(text, file)]]);
/** A generator's env file or data file as the home of an environment's flux-substitute variables (flux-substitute-from.ts). */
function sourceHome(label, slot, key, text) {
    const { file, source } = slot;
    const home = source === 'env' ? `${label.replace(/\)$/, '')}, ${file})` : `${label.replace(/\)$/, '')}, ${key}: ${file})`;
    return {
        file,
        text,
        document: 0,
        label: home,
        fields(t, vars) {
            const slots = slotsOf(t, file, source, key);
            return Object.entries(vars).map(([form, name]) => {
                const s = slots.get(name);
                if (!s)
                    throw new errors/* UserError */.yo(`${file} has no ${name}, which flux-substitute names`, {
                        file,
                        line: 1,
                        hint: `set ${name}=<value> in ${file}`,
                    });
                return { path: s.path, line: s.line, form, value: s.value, label: `${home} ${name}`, ...(s.prefix ? { prefix: s.prefix } : {}) };
            });
        },
        /** `t` with each pin's fields set: the lines of an env file, or the whole data file. */
        write(t, writes) {
            const lines = t.split('\n');
            for (const { pin, target } of writes)
                for (const e of (0,pin_fields/* fieldEdits */.O)(pin.fields ?? [], file, pin.key, pin, target)) {
                    if (/[\r\n]/.test(e.value))
                        throw new errors/* UserError */.yo(`${e.value.slice(0, 40)}… holds a line break`, {
                            file,
                            line: pin.line,
                            hint: 'promote an image reference',
                        });
                    if (source === 'file')
                        return `${e.value}${/\r?\n$/.exec(t)?.[0] ?? ''}`;
                    const i = e.path[0];
                    lines[i] = `${i === 0 && lines[0].startsWith('\ufeff') ? '\ufeff' : ''}${e.value}${lines[i].endsWith('\r') ? '\r' : ''}`;
                }
            return lines.join('\n');
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/promote/flux-substitute-from.ts
// Where a Flux Kustomization's flux-substitute variables live when its
// `spec.postBuild.substitute` does not set them: the ConfigMaps of
// `spec.postBuild.substituteFrom`. Flux takes `substitute` over every
// substituteFrom entry, and a later entry over an earlier one; a variable is
// therefore read and written in the last entry holding it, when that entry's
// data lives in the repository (a ConfigMap manifest's `data`, or a
// configMapGenerator's `literals`), found as flux-values.ts finds valuesFrom
// ConfigMaps. lockstep never reads or writes secrets: a Secret entry holding a
// variable is refused at its line, and so is an entry lockstep cannot read
// (not in the repository, an env file) merged over the variable's home, or
// the one entry that could hold a variable found nowhere else.






/** The variables of a ConfigMap or Secret manifest (data, and a Secret's stringData) in document `document` of `text`. */
function manifestSlots(text, file, document, cache) {
    const { parsed, docs } = (0,flux_values/* docsOf */.fE)(text, file, cache);
    const slots = new Map();
    for (const key of ['data', 'stringData']) {
        const data = (0,yaml_read/* mapValue */.IS)(docs[document].contents, key);
        if (!(0,dist/* isMap */.jh)(data))
            continue;
        for (const p of data.items)
            if ((0,dist/* isScalar */.jn)(p.key) && (0,dist/* isScalar */.jn)(p.value))
                slots.set(String(p.key.value), {
                    path: [key, String(p.key.value)],
                    line: parsed.lineOf(p.value) ?? 1,
                    value: (0,yaml_read/* scalarText */.ws)(p.value) ?? '',
                });
    }
    return slots;
}
/** Finds entry `kind` `name` in the repository: a manifest in `file` or a kustomization's generator under the Flux Kustomization's folder. */
async function locate(kind, name, file, read, cache) {
    const secret = kind === 'Secret';
    const generatorKey = secret ? 'secretGenerator' : 'configMapGenerator';
    const manifest = async (path) => {
        const text = await read(path);
        if (text === undefined)
            return undefined;
        const index = (0,flux_values/* docsOf */.fE)(text, path, cache).docs.findIndex((d) => (0,flux_values/* kindOf */.I)(d) === kind && (0,flux_values/* nameOf */.Vb)(d) === name);
        if (index < 0)
            return undefined;
        return {
            file: path,
            text,
            document: index,
            label: `${kind} ${name}`,
            secret,
            slots: manifestSlots(text, path, index, cache),
            slotsAt: (t) => manifestSlots(t, path, index, cache),
        };
    };
    const generator = async (kfile, ktext) => {
        const { docs } = (0,flux_values/* docsOf */.fE)(ktext, kfile, cache);
        const gens = (0,yaml_read/* mapValue */.IS)(docs[0].contents, generatorKey);
        const at = (0,dist/* isSeq */.oP)(gens) ? gens.items.findIndex((g) => (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(g, 'name')) === name) : -1;
        if (at < 0 || !(0,dist/* isSeq */.oP)(gens))
            return undefined;
        const entry = gens.items[at];
        // A Secret's files are never read; a ConfigMap's envs: and files: are (flux-substitute-files.ts).
        const other = secret ? ['envs', 'env', 'files'].find((k) => (0,yaml_read/* mapValue */.IS)(entry, k) !== undefined) : undefined;
        const sourced = secret ? undefined : await sourceSlots(entry, (0,flux_values/* dirOf */.Rw)(kfile), read);
        const opaque = other ? `its ${other}: lockstep reads no secret's files` : sourced?.missing;
        const withSources = (m) => new Map([...m, ...(sourced?.slots ?? [])]);
        return {
            file: kfile,
            text: ktext,
            document: 0,
            label: `${kind} ${name} (${generatorKey} of ${kfile})`,
            secret,
            ...(opaque ? { opaque } : {}),
            files: sourced?.files ?? [],
            slots: withSources(literalSlots(ktext, kfile, generatorKey, at, cache)),
            slotsAt: (t) => withSources(literalSlots(t, kfile, generatorKey, at, cache)),
        };
    };
    return (await manifest(file)) ?? (0,flux_values/* findConfigMap */.ko)((0,flux_values/* dirOf */.Rw)(file), { generator, manifest }, read, new Set(), cache);
}
/** The spec.postBuild.substituteFrom entries of the Flux Kustomization in `text`, each followed into the repository where it can be. */
async function entriesOf(text, file, read, cache) {
    const { parsed, docs } = (0,flux_values/* docsOf */.fE)(text, file, cache);
    // The Flux Kustomization's own document (a cluster's file may hold its GitRepository first); else the first.
    const own = docs.find((d) => (0,overlay_target/* isFluxKustomization */.Hw)((0,flux_values/* kindOf */.I)(d), (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(d.contents, 'apiVersion')))) ?? docs[0];
    const post = (0,yaml_read/* mapValue */.IS)((0,yaml_read/* mapValue */.IS)(own.contents, 'spec'), 'postBuild');
    const from = (0,yaml_read/* mapValue */.IS)(post, 'substituteFrom');
    const substitute = (0,yaml_read/* mapValue */.IS)(post, 'substitute');
    const keys = new Set((0,dist/* isMap */.jh)(substitute) ? substitute.items.map((p) => ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : '')) : []);
    const entries = [];
    for (const item of (0,dist/* isSeq */.oP)(from) ? from.items : []) {
        const kind = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(item, 'kind')) ?? '';
        const name = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(item, 'name')) ?? '';
        const found = kind === 'ConfigMap' || kind === 'Secret' ? await locate(kind, name, file, read, cache) : undefined;
        entries.push({ kind, name, line: parsed.lineOf(item) ?? 1, ...(found ? { found } : {}) });
    }
    return { entries, line: parsed.lineOf(from ?? substitute ?? post ?? own.contents) ?? 1, keys };
}
/** The files holding a Flux Kustomization's substituteFrom ConfigMaps in the repository (their history says when a pin there changed). */
async function substituteFromFiles(text, file, read, cache) {
    const { entries } = await entriesOf(text, file, read, cache);
    return [
        ...new Set(entries.flatMap((e) => (e.found && !e.found.secret ? [e.found.file, ...(e.found.files ?? [])] : []).filter((f) => f !== file))),
    ];
}
function refuse(message, file, line, hint) {
    return new errors/* UserError */.yo(message, { file, line, hint });
}
/** The entry whose data a variable takes (the last one holding it); refused when an entry lockstep cannot read could set it. */
function homeOf(name, entries, file, line) {
    let at = -1;
    entries.forEach((e, i) => {
        if (e.found?.slots.has(name))
            at = i;
    });
    const home = entries[at];
    if (home?.found?.secret)
        throw refuse(`spec.postBuild.substituteFrom Secret ${home.name} holds ${name}; lockstep never reads or writes secrets`, file, home.line, `set ${name} in spec.postBuild.substitute or in a ConfigMap of the repository listed after the Secret`);
    const later = entries.slice(at + 1).find((e) => !e.found || e.found.opaque !== undefined);
    if (later) {
        const why = !later.found ? `is not in the repository lockstep can read` : `is read only in part (${later.found.opaque})`;
        throw refuse(`spec.postBuild.substituteFrom ${later.kind} ${later.name} ${why}, and ${at < 0 ? `no other source sets ${name}` : `Flux takes it over ${home.found.label}, which sets ${name}`}`, file, later.line, at < 0
            ? `set ${name} in spec.postBuild.substitute, or keep ${later.kind} ${later.name} in the repository (a ConfigMap manifest or configMapGenerator literals)`
            : `list ${later.kind} ${later.name} before ${home.found.label}, or keep its data in the repository`);
    }
    if (!home)
        throw refuse(`spec.postBuild.substitute has no ${name}, and no substituteFrom ConfigMap of the repository sets it`, file, line, `set ${name}: "<value>" under spec.postBuild.substitute or in a ConfigMap that substituteFrom names`);
    return home;
}
/**
 * The home of an environment's flux-substitute variables when spec.postBuild.substitute of the Flux Kustomization
 * (`text` of `file`) sets none of them: the one substituteFrom ConfigMap holding all. Undefined when substitute
 * sets them all (or no service names variables). Refused at file:line: variables split over substitute and a
 * ConfigMap or over several ConfigMaps, a service pinned otherwise beside them, a ConfigMap outside the folder.
 */
async function substituteFromHome(text, file, services, read, cache) {
    const named = services.filter((s) => s.substitute !== undefined);
    const { entries, line, keys } = await entriesOf(text, file, read, cache);
    const wanted = named.flatMap((s) => Object.values(s.substitute).map((v) => ({ service: s, name: v })));
    const outside = wanted.filter((w) => !keys.has(w.name));
    if (outside.length === 0)
        return undefined;
    const homes = new Map();
    for (const w of outside) {
        const home = homeOf(w.name, entries, file, line);
        homes.set(home, [...(homes.get(home) ?? []), w.name]);
    }
    const inside = wanted.filter((w) => keys.has(w.name)).map((w) => w.name);
    const other = services.find((s) => s.substitute === undefined);
    if (homes.size > 1 || inside.length > 0 || other)
        throw refuse(`${file} keeps its pins in ${[
            ...(inside.length > 0 ? [`spec.postBuild.substitute (${inside.join(', ')})`] : []),
            ...[...homes].map(([e, names]) => `${e.found.label} (${names.join(', ')})`),
            ...(other ? [`the pin of service '${other.name}'`] : []),
        ].join(' and ')}; lockstep writes one place per environment`, file, [...homes.keys()][0].line, 'keep every flux-substitute variable of the environment in spec.postBuild.substitute, or all in one ConfigMap');
    const [[home, names]] = homes;
    const found = home.found;
    // A generator's variables in its env file or data files: that one file is the home (flux-substitute-files.ts).
    const where = [...new Set(names.map((n) => found.slots.get(n).file ?? found.file))];
    if (where.length > 1)
        throw refuse(`${found.label} holds ${names.join(', ')} in ${where.join(' and ')}; lockstep writes one file per environment`, file, home.line, "keep the environment's flux-substitute variables in one source of the generator: its literals, one env file, or one whole-image file");
    const dir = (0,flux_values/* dirOf */.Rw)(file);
    if (found.file !== file && dir !== '.' && !found.file.startsWith(`${dir}/`))
        throw refuse(`the pins of ${file} are in ${found.label} in ${found.file}, outside its folder ${dir}`, file, home.line, `keep the environment's substituteFrom ConfigMap in ${dir} (or below it), whose history says when its pins changed`);
    const slot = found.slots.get(names[0]);
    if (slot.file !== undefined && slot.source !== undefined)
        return sourceHome(found.label, { ...slot, file: slot.file, source: slot.source }, names[0], (await read(slot.file)) ?? '');
    return {
        file: found.file,
        text: found.text,
        document: found.document,
        label: found.label,
        fields(t, vars) {
            const slots = found.slotsAt(t);
            return Object.entries(vars).map(([form, name]) => {
                const slot = slots.get(name);
                if (!slot)
                    throw refuse(`${found.label} has no ${name}, which flux-substitute names`, found.file, 1, `set ${name} in ${found.label}`);
                return {
                    path: slot.path,
                    line: slot.line,
                    form,
                    value: slot.value,
                    label: `${found.label} ${name}`,
                    ...(slot.prefix ? { prefix: slot.prefix } : {}),
                };
            });
        },
    };
}
/** The literals (`NAME=value`) of entry `at` of a kustomization's configMapGenerator, by name. */
function literalSlots(text, file, key, at, cache) {
    const { parsed, docs } = (0,flux_values/* docsOf */.fE)(text, file, cache);
    const gens = (0,yaml_read/* mapValue */.IS)(docs[0].contents, key);
    const literals = (0,yaml_read/* mapValue */.IS)((0,dist/* isSeq */.oP)(gens) ? gens.items[at] : undefined, 'literals');
    const slots = new Map();
    ((0,dist/* isSeq */.oP)(literals) ? literals.items : []).forEach((l, j) => {
        const s = (0,yaml_read/* scalarText */.ws)(l) ?? '';
        const eq = s.indexOf('=');
        if (eq > 0)
            slots.set(s.slice(0, eq), {
                path: [key, at, 'literals', j],
                line: parsed.lineOf(l) ?? 1,
                value: s.slice(eq + 1),
                prefix: s.slice(0, eq + 1),
            });
    });
    return slots;
}


/***/ }),

/***/ 99982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ fluxValuesHome),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   Vb: () => (/* binding */ nameOf),
/* harmony export */   fE: () => (/* binding */ docsOf),
/* harmony export */   hq: () => (/* binding */ valuesFromEntries),
/* harmony export */   ko: () => (/* binding */ findConfigMap),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export releaseHome */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33861);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80261);
// Where a HelmRelease's image pins live when it takes values from ConfigMaps.
// Flux merges `spec.valuesFrom` in the order listed, then `spec.values` over
// them; a pin is therefore read and written where the last source holding its
// values-key keeps it. A ConfigMap is followed into the repository when its
// data lives there: a kustomize `configMapGenerator` entry (the file named for
// its `valuesKey`, default values.yaml) or a ConfigMap manifest (a literal
// block under `data.<valuesKey>`), found in the HelmRelease's file, the
// kustomization beside it and the kustomizations it names as resources.
// A source lockstep cannot read (a Secret, a ConfigMap made elsewhere) is
// harmless before the pins' home: their values are merged over it. After it,
// it could set the pin Flux deploys, so it is refused at its line — unless
// its `targetPath` puts its one value outside every pin.






const dirOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/** `rel` joined to `dir` as kustomize resolves a relative path. */
const joinPath = (dir, rel) => {
    const parts = dir === '.' ? [] : dir.split('/');
    for (const seg of rel.split('/'))
        if (seg === '..')
            parts.pop();
        else if (seg !== '.' && seg !== '')
            parts.push(seg);
    return parts.join('/') || '.';
};
const docsOf = (text, file, cache) => {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    return { parsed, docs: parsed.documents ?? [parsed.doc] };
};
const kindOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'kind'));
const nameOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name'));
/** The node at a values key under `root`, or undefined. */
function holds(root, key) {
    let node = root;
    for (const k of (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .parseValuesKey */ .bx)(key, 'values key')) {
        if (typeof k === 'number')
            node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items[k] : undefined;
        else
            node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(node, k);
        if (node === undefined)
            return false;
    }
    return true;
}
/** True when a targetPath and a pin's values key touch: one is the other or lies inside it. */
const overlaps = (target, key) => target === key || target.startsWith(`${key}.`) || key.startsWith(`${target}.`);
/** A values file of its own (a configMapGenerator's file) as a home. */
function fileHome(file, text, label) {
    return {
        file,
        text,
        label,
        plain: true,
        root: (cache) => (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, text.replace(/^\ufeff/, ''), file).doc.contents,
        read: (t, key, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(t, file, key, { cache }),
        write: (t, pins, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(t, pins, { cache }).text,
    };
}
/** The HelmRelease's own spec.values as the home (the pins at spec.values.<key>). */
function releaseHome(file, text, document) {
    return {
        file,
        text,
        ...(document !== undefined ? { document } : {}),
        label: 'spec.values',
        plain: false,
        root: (cache) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docsOf(text, file, cache).docs[document ?? 0].contents, 'spec'), 'values'),
        read: (t, key, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(t, file, `spec.values.${key}`, { document, cache }),
        write: (t, pins, cache) => (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(t, pins, { document, cache }).text,
    };
}
function blockOf(text, file, document, dataKey, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document];
    const node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'data'), dataKey);
    const line = parsed.lineOf(node ?? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'data') ?? doc.contents) ?? 1;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.type !== yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`ConfigMap ${nameOf(doc) ?? ''}: data.${dataKey} is ${node === undefined ? 'missing' : 'not a literal block (|)'}, so its values cannot be edited in place`.replace(/\s+/g, ' '), { file, line, hint: `write the values as data.${dataKey}: | followed by the indented YAML` });
    const body = parsed.text;
    const start = body.indexOf('\n', node.range[0]) + 1;
    const end = Math.max(start, node.range[1]);
    const lines = body.slice(start, end).replace(/\n+$/, '').split('\n');
    const indent = /^[ ]*/.exec(lines.find((l) => l.trim() !== '') ?? '')[0];
    const inner = lines.map((l) => (l.trim() === '' ? '' : l.slice(indent.length))).join('\n') + '\n';
    return { inner, start, end: start + lines.join('\n').length, indent, offset: parsed.lineAt(start) - 1 };
}
/** A UserError about the block's YAML, moved to the file's lines. */
function shifted(e, block) {
    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) || e.line === undefined)
        return e;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(e.detailWords, { file: e.file, line: e.line + block.offset, ...(e.hintWords ? { hint: e.hintWords } : {}) });
}
/** A ConfigMap manifest's data.<key> as the home: pins read in its block and written there line by line. */
function configMapHome(file, text, document, dataKey, label) {
    return {
        file,
        text,
        label,
        plain: false,
        root: (cache) => (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENT */ .MQ, blockOf(text, file, document, dataKey, cache).inner, `${file}#${dataKey}`).doc.contents,
        read(t, key, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            try {
                const pin = (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .readPin */ .Ci)(block.inner, file, key, { cache });
                return { ...pin, line: pin.line + block.offset };
            }
            catch (e) {
                throw shifted(e, block);
            }
        },
        write(t, pins, cache) {
            const block = blockOf(t, file, document, dataKey, cache);
            let after;
            try {
                after = (0,_pins_js__WEBPACK_IMPORTED_MODULE_4__/* .setPins */ .Rz)(block.inner, pins, { cache }).text;
            }
            catch (e) {
                throw shifted(e, block);
            }
            const was = block.inner.replace(/\n$/, '').split('\n');
            const now = after.replace(/\n$/, '').split('\n');
            const old = t
                .replace(/^\ufeff/, '')
                .slice(block.start, block.end)
                .split('\n');
            // Lines the edit left alone keep their bytes; an edited or added line takes the block's indentation.
            const lines = now.map((l, i) => (now.length === was.length && l === was[i] ? old[i] : l === '' ? '' : block.indent + l));
            const bom = t.startsWith('\ufeff') ? '\ufeff' : '';
            const out = bom + t.replace(/^\ufeff/, '').slice(0, block.start) + lines.join('\n') + t.replace(/^\ufeff/, '').slice(block.end);
            if (blockOf(out, file, document, dataKey, cache).inner.replace(/\n+$/, '') !== after.replace(/\n+$/, ''))
                throw new Error(`internal: the edit of ${file} data.${dataKey} did not read back as written`);
            return out;
        },
    };
}
/** The ConfigMap manifest named `name` in `file`, as a home, or undefined. */
async function manifestIn(file, name, dataKey, read, cache) {
    const text = await read(file);
    if (text === undefined)
        return undefined;
    const { docs } = docsOf(text, file, cache);
    const index = docs.findIndex((d) => kindOf(d) === 'ConfigMap' && nameOf(d) === name);
    if (index < 0)
        return undefined;
    return configMapHome(file, text, index, dataKey, `ConfigMap ${name} (${dataKey})`);
}
/** The configMapGenerator entry `name` of a kustomization: the file it makes `dataKey` from, as a home. */
async function generatorIn(kfile, ktext, name, dataKey, read, cache) {
    const { docs } = docsOf(ktext, kfile, cache);
    const gens = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docs[0].contents, 'configMapGenerator');
    const entry = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(gens) ? gens.items.find((g) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(g, 'name')) === name) : undefined;
    const files = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(entry, 'files');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(files))
        return undefined;
    for (const f of files.items) {
        const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(f) ?? '';
        const eq = spec.indexOf('=');
        const path = eq < 0 ? spec : spec.slice(eq + 1);
        const key = eq < 0 ? path.slice(path.lastIndexOf('/') + 1) : spec.slice(0, eq);
        if (key !== dataKey)
            continue;
        const file = joinPath(dirOf(kfile), path);
        const text = await read(file);
        if (text !== undefined)
            return fileHome(file, text, `ConfigMap ${name} (${dataKey}: ${file})`);
    }
    return undefined;
}
/** Follows a ConfigMap through the kustomization of `dir` and the resources it names (each folder once). */
async function findConfigMap(dir, find, read, seen, cache) {
    if (seen.has(dir) || seen.size > 32)
        return undefined;
    seen.add(dir);
    for (const n of _kustomize_overlay_js__WEBPACK_IMPORTED_MODULE_3__/* .KUSTOMIZATION_NAMES */ .H7) {
        const kfile = dir === '.' ? n : `${dir}/${n}`;
        const ktext = await read(kfile);
        if (ktext === undefined)
            continue;
        const generated = await find.generator(kfile, ktext);
        if (generated)
            return generated;
        const resources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(docsOf(ktext, kfile, cache).docs[0].contents, 'resources');
        for (const r of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resources) ? resources.items : []) {
            const rel = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(r);
            if (rel === undefined || /^[a-z]+:\/\//.test(rel))
                continue;
            const path = joinPath(dir, rel);
            const found = /\.ya?ml$/.test(path) ? await find.manifest(path) : await findConfigMap(path, find, read, seen, cache);
            if (found)
                return found;
        }
        return undefined;
    }
    return undefined;
}
/** The HelmRelease's spec.valuesFrom entries, each followed into the repository where it can be. */
async function sourcesOf(doc, parsed, file, read, cache) {
    const from = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'spec'), 'valuesFrom');
    const out = [];
    for (const item of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(from) ? from.items : []) {
        const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'kind')) ?? '';
        const name = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'name')) ?? '';
        const valuesKey = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'valuesKey')) ?? 'values.yaml';
        const targetPath = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(item, 'targetPath'));
        const source = { kind, name, line: parsed.lineOf(item) ?? 1, valuesKey, ...(targetPath ? { targetPath } : {}) };
        if (kind === 'ConfigMap' && !targetPath) {
            const home = (await manifestIn(file, name, valuesKey, read, cache)) ??
                (await findConfigMap(dirOf(file), {
                    generator: (kfile, ktext) => generatorIn(kfile, ktext, name, valuesKey, read, cache),
                    manifest: (path) => manifestIn(path, name, valuesKey, read, cache),
                }, read, new Set(), cache));
            if (home) {
                source.home = home;
                source.root = home.root(cache);
            }
        }
        out.push(source);
    }
    return out;
}
/** The spec.valuesFrom entries of the HelmRelease document `document` of `file`, in Flux's order, each followed into the repository where it can be. */
async function valuesFromEntries(file, text, document, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    return sourcesOf(docs[document], parsed, file, read, cache);
}
/**
 * The home of an environment's pins for the HelmRelease document `document`
 * of `file`: for each values key, the last source (valuesFrom in order, then
 * spec.values) that holds it. Refused at file:line: pins split over several
 * sources, and a source merged after the home that lockstep cannot read or
 * whose targetPath lands on a pin.
 */
async function fluxValuesHome(file, text, document, keys, read, cache) {
    const { parsed, docs } = docsOf(text, file, cache);
    const doc = docs[document ?? 0];
    const release = releaseHome(file, text, document);
    const sources = await sourcesOf(doc, parsed, file, read, cache);
    const chain = [
        ...sources,
        { kind: 'values', name: 'spec.values', line: 0, valuesKey: '', home: release, root: release.root(cache) },
    ];
    const homes = new Map();
    for (const key of keys) {
        let at = -1;
        chain.forEach((s, i) => {
            if (s.home && !s.targetPath && holds(s.root, key))
                at = i;
        });
        if (at < 0)
            continue;
        homes.set(chain[at], [...(homes.get(chain[at]) ?? []), key]);
        const later = chain.slice(at + 1).find((s) => (s.targetPath ? overlaps(s.targetPath, key) : !s.home));
        if (later)
            throw overriding(later, key, chain[at], doc, file);
    }
    if (homes.size > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${nameOf(doc) ?? ''} keeps its pins in ${[...homes].map(([s, k]) => `${s.home.label} (${k.join(', ')})`).join(' and ')}; lockstep writes one place per environment`.replace(/\s+/g, ' '), { file, line: sources[0]?.line ?? 1, hint: 'keep every image pin of the environment in one ConfigMap, or in spec.values' });
    if (homes.size === 0)
        return release;
    const [chosen] = homes.keys();
    const dir = dirOf(file);
    // Soak time, approvals and records read the history of the HelmRelease's folder (place.ts pinPath): the pins stay in it.
    if (chosen.home !== release && dir !== '.' && !chosen.home.file.startsWith(`${dir}/`))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the pins of HelmRelease ${nameOf(doc) ?? ''} are in ${chosen.home.file}, outside its folder ${dir}`.replace(/\s+/g, ' '), {
            file,
            line: chosen.line,
            hint: `keep the environment's values ConfigMap in ${dir} (or below it), whose history says when its pins changed; or name its file with values: beside helmrelease:`,
        });
    return chosen.home;
}
/** A valuesFrom entry merged after the pins' home that may set the pin Flux deploys. */
function overriding(later, key, home, doc, file) {
    const why = later.targetPath
        ? `sets ${later.targetPath} (targetPath) over the ${key} pin`
        : later.kind === 'Secret'
            ? `is a Secret lockstep cannot read, merged over the ${key} pin`
            : `has no data in the repository lockstep can read, and is merged over the ${key} pin`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${nameOf(doc) ?? ''}: spec.valuesFrom ${later.kind} ${later.name} ${why} kept in ${home.home.label}`.replace(/\s+/g, ' '), {
        file,
        line: later.line,
        hint: later.kind === 'Secret'
            ? 'list the Secret before the source holding the pins (or give it a targetPath outside them): a Secret holds secrets, not image pins'
            : 'keep the pins in the last source Flux merges, or generate this ConfigMap in the repository (configMapGenerator or a ConfigMap manifest)',
    });
}


/***/ }),

/***/ 90687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ pinKey),
/* harmony export */   KJ: () => (/* binding */ inexactFluxChart),
/* harmony export */   N2: () => (/* binding */ setOciRef),
/* harmony export */   R7: () => (/* binding */ fluxChartRevision),
/* harmony export */   b8: () => (/* binding */ releaseDocument),
/* harmony export */   ib: () => (/* binding */ fluxPlaces)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64293);
/* harmony import */ var _charts_exact_revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63068);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63077);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85763);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90908);
// Flux resources as the place an environment's chart version and pins live.
// An environment deployed by Flux names its HelmRelease (`helmrelease:`), and
// the OCIRepository its chart comes from when the release takes it through
// `spec.chartRef` (`ocirepository:`). The chart version is then the
// HelmRelease's `spec.chart.spec.version`, or the OCIRepository's
// `spec.ref.tag` (`spec.ref.semver` when it floats), read and written through
// the same ChartRevision an Argo CD Application's targetRevision is; the image
// pins are read at the service's values-key under the HelmRelease's
// `spec.values`, or in the ConfigMap of `spec.valuesFrom` that holds them
// (flux-values.ts). A HelmRelease that gives no version lets Flux deploy the
// newest chart: refused at its line, before anything is written.








/** The Flux kinds whose file holds an environment's chart version. */
const CHART_KINDS = ['HelmRelease', 'OCIRepository'];
/** The config key an environment without values: names its pins with, for errors at its line. */
function pinKey(e) {
    return e.kustomization !== undefined ? 'kustomization' : e.fluxKustomization !== undefined ? 'flux-kustomization' : 'helmrelease';
}
/**
 * How an environment's Flux keys fill the places lockstep reads: a Flux
 * Kustomization is an overlay (its spec.images); the HelmRelease's file holds the pins (its `spec.values`) unless `values:`
 * names another file, and the chart version lives in the OCIRepository
 * when one is named, else in the HelmRelease (`file#name` picks one
 * resource of a multi-document file, as `application:` does).
 */
function fluxPlaces(e) {
    const release = e.helmrelease;
    const chartAt = e.application ?? e.ocirepository ?? release;
    return {
        ...(e.fluxKustomization !== undefined ? { kustomization: e.fluxKustomization } : {}),
        ...(release !== undefined ? { values: release.replace(/#.*$/, '') } : {}),
        ...(chartAt !== undefined ? { application: chartAt } : {}),
    };
}
const kindOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'kind'));
const nameOf = (doc) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(doc.contents, 'metadata'), 'name'));
/** The HelmRelease or OCIRepository documents of a parsed file. */
function fluxDocs(parsed) {
    return (parsed.documents ?? [parsed.doc]).flatMap((doc, index) => {
        const kind = kindOf(doc);
        return CHART_KINDS.includes(kind) ? [{ index, doc, kind: kind, name: nameOf(doc) }] : [];
    });
}
/**
 * The chart version of the Flux resource `text` holds (`name` picks one of
 * several), or undefined when the file holds no HelmRelease or
 * OCIRepository (then it is an Argo CD Application's file). Errors name
 * file:line: several resources and no name, a HelmRelease without a chart
 * version, one whose chart comes from an OCIRepository (`chartRef`), an
 * OCIRepository without a `spec.ref`.
 */
function fluxChartRevision(text, file, name, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const docs = fluxDocs(parsed);
    if (docs.length === 0)
        return undefined;
    const named = name ? docs.filter((d) => d.name === name) : docs;
    // Flux's chartRef examples name the OCIRepository and its HelmRelease alike: a HelmRelease taking its chart by
    // chartRef holds no chart version, so where it shares the name, the OCIRepository is the one meant.
    const versioned = named.filter((d) => d.kind === 'OCIRepository' || (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(d.doc.contents, 'spec'), 'chartRef') === undefined);
    const chosen = named.length > 1 && versioned.length === 1 ? versioned : named;
    if (chosen.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(chosen.length === 0
            ? `no HelmRelease or OCIRepository in the file is named '${name}' (it holds ${docs.map((d) => d.name ?? `document ${d.index + 1}`).join(', ')})`
            : `${chosen.length} Flux resources in the file (${docs.map((d) => `${d.kind} ${d.name ?? ''}`.trim()).join(', ')}); cannot tell which holds the chart version`, { file, line: 1, hint: 'name the resource in the config: helmrelease: <file>#<metadata.name>' });
    const res = chosen[0];
    const multi = (parsed.documents?.length ?? 1) > 1;
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(res.doc.contents, 'spec');
    const line = (node) => parsed.lineOf(node) ?? parsed.lineOf(res.doc.contents) ?? 1;
    const base = { file, ...(multi ? { document: res.index } : {}), ...(res.name ? { name: res.name } : {}), flux: res.kind };
    if (res.kind === 'OCIRepository')
        return ociRevision(spec, base, line, res.name);
    const chartRef = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'chartRef');
    if (chartRef !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${res.name ?? ''} takes its chart from ${(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartRef, 'kind')) ?? 'a source'} ${(0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartRef, 'name')) ?? ''} (spec.chartRef), whose file holds the chart version`.replace(/\s+/g, ' '), { file, line: line(chartRef), hint: 'name that OCIRepository in the environment: ocirepository: <its file>' });
    const chartSpec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'chart'), 'spec');
    const version = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartSpec, 'version');
    const current = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(version) ?? '';
    const chart = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(chartSpec, 'chart'));
    if (current === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`HelmRelease ${res.name ?? ''} has no spec.chart.spec.version, so Flux deploys the newest chart`.replace(/\s+/g, ' '), {
            file,
            line: line(version ?? chartSpec ?? spec),
            hint: `pin one chart version: version: <x.y.z> under spec.chart.spec${chart ? ` (chart ${chart})` : ''}`,
        });
    return { ...base, path: ['spec', 'chart', 'spec', 'version'], line: line(version), current, ...(chart ? { chart } : {}) };
}
/**
 * The document of the HelmRelease an environment names (undefined when the
 * file holds one document); where its pins live among spec.values and
 * spec.valuesFrom is flux-values.ts's to say.
 */
function releaseDocument(release, text, file, cache) {
    const hash = release.indexOf('#');
    const name = hash < 0 ? undefined : release.slice(hash + 1).trim() || undefined;
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const all = parsed.documents ?? [parsed.doc];
    const releases = all.flatMap((doc, index) => (kindOf(doc) === 'HelmRelease' && (!name || nameOf(doc) === name) ? [{ doc, index }] : []));
    if (releases.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(releases.length === 0
            ? `no HelmRelease${name ? ` named '${name}'` : ''} in the file`
            : `${releases.length} HelmReleases in the file; cannot tell which holds the pins`, { file, line: 1, hint: 'point helmrelease at the HelmRelease (or the patch of it) the environment deploys: <file>#<metadata.name>' });
    const { index } = releases[0];
    return all.length > 1 ? index : undefined;
}
/**
 * An OCIRepository's artifact reference: the version in spec.ref.semver or
 * spec.ref.tag (the first Flux reads), and spec.ref.digest, which Flux reads
 * before either. A digest alone still gives the version a place: tag, created
 * when written.
 */
function ociRevision(spec, base, line, name) {
    const ref = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'ref');
    const url = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(spec, 'url'));
    const chart = url?.replace(/\/+$/, '').split('/').pop();
    const key = ['semver', 'tag'].find((k) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, k) !== undefined);
    const digest = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, 'digest'));
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ref) || (key === undefined && digest === undefined))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`OCIRepository ${name ?? ''} has no spec.ref.tag, so Flux pulls the tag latest`.replace(/\s+/g, ' '), {
            file: base.file,
            line: line((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ref) ? ref : spec),
            hint: 'pin the artifact: spec.ref.tag: <version> (with spec.ref.digest for a protected environment)',
        });
    return {
        ...base,
        path: ['spec', 'ref', key ?? 'tag'],
        line: line((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, key ?? 'digest')),
        current: key ? ((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, key)) ?? '') : '',
        ...(chart ? { chart } : {}),
        ...(digest !== undefined ? { digest, digestLine: line((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_2__/* .mapValue */ .IS)(ref, 'digest')) } : {}),
    };
}
/**
 * An OCIRepository's spec.ref set to `version` and `digest`, byte-minimal: the
 * digest beside the version key (created after it when missing). A digest the
 * target pins and the promotion does not bring is refused at its line: Flux
 * would go on pulling it, whatever the tag says.
 */
function setOciRef(text, rev, version, digest, cache) {
    if (digest === undefined && rev.digest !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`OCIRepository ${rev.name ?? ''} pins spec.ref.digest, which Flux pulls before the tag, and the promoted chart ${version} comes without one`.replace(/\s+/g, ' '), {
            file: rev.file,
            line: rev.digestLine ?? rev.line,
            hint: 'pin spec.ref.digest in the source environment’s OCIRepository too, or remove it here',
        });
    const key = String(rev.path[rev.path.length - 1]);
    const edits = [];
    if (version !== rev.current && version !== '')
        edits.push({ path: rev.path, value: version, create: true });
    if (digest !== undefined && digest !== rev.digest)
        edits.push({ path: ['spec', 'ref', 'digest'], value: digest, create: true, after: key });
    if (edits.length === 0)
        return text;
    const after = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_4__/* .setScalars */ .AR)(text, rev.file, edits, { document: rev.document, cache });
    (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkYamlEdit */ .c)(rev.file, text, after, edits, { document: rev.document, cache });
    return after;
}
/** A protected environment's Flux chart version that is not one exact version (`*`, a range, a branch), at its line; undefined when exact. */
function inexactFluxChart(rev) {
    // A digest is one artifact: Flux pulls it whatever the tag or semver beside it says.
    if (rev.digest !== undefined && (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .isDigest */ .Bc)(rev.digest))
        return undefined;
    const why = (0,_charts_exact_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .inexactRevision */ .Ki)(rev.current, 'chart');
    if (why === undefined)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${rev.flux} ${rev.name ?? ''}: ${rev.path.join('.')} ${why}`.replace(/\s+/g, ' '), {
        file: rev.file,
        line: rev.line,
        hint: rev.flux === 'OCIRepository'
            ? 'pin one exact version: spec.ref.tag: 1.4.0 (a protected environment deploys only what was promoted)'
            : 'pin one exact chart version: spec.chart.spec.version: 1.4.0 (a protected environment deploys only what was promoted)',
    });
}


/***/ }),

/***/ 24502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ gateLines),
/* harmony export */   gE: () => (/* binding */ heldUntil),
/* harmony export */   lr: () => (/* binding */ gateVerdict),
/* harmony export */   wz: () => (/* binding */ liftable)
/* harmony export */ });
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52862);
// The promotion gates' verdict (issues 19 and 54), folded from plain data: each registered gate's
// evidence (promote/gates/registry.ts), the push mode and a break-glass label. Nothing here reads git,
// GitHub or the clock: each gate gathers its own evidence (promote/gate-evidence.ts runs them), and
// operations/promote/run.ts acts on the verdict.

/** Each registered gate with its evidence, in the registry's order; gates without evidence are not configured here. */
function configured(evidence) {
    const by = evidence;
    return _gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .J.filter((g) => by[g.name] !== undefined).map((gate) => ({ gate, evidence: by[gate.name] }));
}
/**
 * The gates' verdict: each gate's holds, those of a gate break glass lifts
 * lifted by a break-glass label; a hold refuses when its gate says so (a
 * soak by default), else makes a draft; with push: direct any hold refuses.
 */
function gateVerdict(g) {
    const notes = [];
    const holds = [];
    const lifted = [];
    let refuse = false;
    for (const { gate, evidence } of configured(g.evidence)) {
        notes.push(...(gate.notes?.(evidence) ?? []));
        const own = gate.holds(evidence, g.now);
        if (gate.breakGlass && g.breakGlass) {
            lifted.push(...own);
            continue;
        }
        holds.push(...own);
        if (own.length > 0 && gate.onHold(evidence) === 'refuse')
            refuse = true;
    }
    if (lifted.length > 0 && g.breakGlass) {
        const b = g.breakGlass;
        notes.push(`Break glass: the label '${b.label}' on #${b.pull} was added by ${b.by ? `@${b.by}` : 'an unknown user'}${b.at ? ` at ${b.at}` : ''}; it lifted: ${lifted.map((h) => h.message).join('; ')}.`);
    }
    let action = 'go';
    if (holds.length > 0)
        action = g.push === 'direct' || refuse ? 'refuse' : 'draft';
    return { action, holds, lifted, ...(lifted.length > 0 ? { breakGlass: g.breakGlass } : {}), notes };
}
/** Whether a break-glass label would lift any of `holds`: the label is looked up only then. */
function liftable(holds) {
    return holds.some((h) => _gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .J.find((g) => g.name === h.gate)?.breakGlass);
}
/** The latest moment a hold lifts, for "held until". */
function heldUntil(v) {
    const times = v.holds.map((h) => h.until);
    return times.some((t) => t === undefined) ? undefined : Math.max(...times);
}
/** The holds as lines for the job summary, the log and the PR body: which gate held the promotion, and until when. */
function gateLines(v) {
    return v.holds.map((h) => `Held by ${_gates_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .GATES */ .J.find((g) => g.name === h.gate)?.title ?? h.gate}: ${h.message}.`);
}


/***/ }),

/***/ 38874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ approval)
/* harmony export */ });
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67479);
// The approval gate (issue 54): `approval: { teams: [acme/platform] }` (or `{ github-environment: prod }`) on an
// environment promotes into it only once the previous step's promotion pull request — the one that promoted
// into the source environment, found by the merge that last changed the source's pins on the base branch — was
// approved by a member of one of the teams, or by a required reviewer of the GitHub Environment of that name.
// Its evidence is read through GitHub (the pull request's reviews, team memberships, the Environment's
// protection rules). A guard that cannot read what it guards holds, naming why: no token (a local dry run),
// a source that is no environment (a digests file, a version, a rollback ref: no promotion pull request to
// have approved), a last change that came by no pull request. Break glass does not lift it: a label anyone
// with triage rights adds is no one's approval.

const NAME = 'approval';
/** `a member of acme/platform or acme/sre`, `a required reviewer of the GitHub Environment prod`. */
function whoMay(rule) {
    if ('teams' in rule)
        return `a member of ${rule.teams.join(' or ')}`;
    return `a required reviewer of the GitHub Environment ${rule['github-environment']}`;
}
/** Which of `logins` count under `rule`, and as what; why not (a string) when GitHub cannot say. */
async function counting(github, rule, logins) {
    if ('teams' in rule) {
        const out = [];
        for (const login of logins)
            for (const team of rule.teams) {
                const [org, slug] = team.split('/');
                if (await github.teamMember(org, slug, login)) {
                    out.push({ login, as: `member of ${team}` });
                    break;
                }
            }
        return out;
    }
    const name = rule['github-environment'];
    const reviewers = await github.environmentReviewers(name);
    if (!reviewers)
        return `the GitHub Environment ${name} has no required reviewers to read`;
    const out = [];
    for (const login of logins) {
        if (reviewers.users.some((u) => u.toLowerCase() === login.toLowerCase())) {
            out.push({ login, as: `required reviewer of the GitHub Environment ${name}` });
            continue;
        }
        for (const team of reviewers.teams)
            if (await github.teamMember(team.org, team.slug, login)) {
                out.push({ login, as: `member of ${team.org}/${team.slug}, a required reviewer of the GitHub Environment ${name}` });
                break;
            }
    }
    return out;
}
/** Approval of the previous step's promotion pull request by the named teams or a GitHub Environment's reviewers. */
const approval = {
    name: NAME,
    title: 'an approval',
    settings: ['approval'],
    breakGlass: false,
    async gather(ctx) {
        const { req, route, ports, baseSha } = ctx;
        const rule = route.to.approval;
        if (!rule)
            return undefined;
        const base = { env: route.to.name, who: whoMay(rule), approvedBy: [], others: [], stale: [] };
        const source = req.from.kind === 'env' ? route.from : undefined;
        if (!source)
            return { ...base, unread: 'it is promoted from no environment, so no promotion pull request was approved' };
        const github = ports.github;
        if (!github)
            return { ...base, unread: 'no github-token: who approved cannot be read' };
        const landed = await ports.git.landedAt(baseSha, await (0,_place_js__WEBPACK_IMPORTED_MODULE_0__/* .pinPaths */ .ID)(source, (p) => ports.git.readAt(baseSha, p)));
        const pull = landed ? await github.mergedPullOf(landed, req.base) : undefined;
        if (!pull)
            return { ...base, unread: `the last change of ${source.name}'s pins on ${req.base} came by no pull request, so no one approved it` };
        const { approved, stale } = await github.approvals(pull.number);
        const found = await counting(github, rule, approved);
        const into = { number: pull.number, into: source.name };
        if (typeof found === 'string')
            return { ...base, pull: into, unread: found };
        const staleFound = found.length > 0 || stale.length === 0 ? [] : await counting(github, rule, stale);
        return {
            ...base,
            pull: into,
            approvedBy: found,
            others: approved.filter((l) => !found.some((f) => f.login === l)),
            stale: typeof staleFound === 'string' ? [] : staleFound.map((f) => f.login),
        };
    },
    holds(e) {
        if (e.approvedBy.length > 0)
            return [];
        const pull = e.pull ? `#${e.pull.number} (the promotion into ${e.pull.into})` : 'the promotion before it';
        const at = (ls) => ls.map((l) => `@${l}`).join(', ');
        const why = e.unread ??
            (e.stale.length > 0
                ? `approved by ${at(e.stale)} only on a commit before the one that merged (a push came after the review)`
                : e.others.length > 0
                    ? `approved only by ${at(e.others)}, who may not`
                    : 'not approved yet');
        return [{ gate: NAME, message: `${e.env} waits for ${pull} to be approved by ${e.who}: ${why}` }];
    },
    onHold: () => 'refuse',
    notes: (e) => e.pull && e.approvedBy.length > 0
        ? [
            `Approved: #${e.pull.number} (the promotion into ${e.pull.into}) was approved by ${e.approvedBy.map((a) => `@${a.login} (${a.as})`).join(', ')}.`,
        ]
        : [],
};


/***/ }),

/***/ 7694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fanIn)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20497);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24619);
/* harmony import */ var _status_tables_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81646);
// The fan-in gate (issue 54): `after: [staging-e2e, staging-perf]` on an environment promotes into it only
// pins every listed environment runs: each digest (else tag) the promotion writes, and the chart version
// it brings. Its evidence is those environments' pins on the base (read as status reads them). A hold
// names which environment lacks which pin, and refuses: nothing is written until the next run finds them
// all there. Break glass does not lift it: fan-in says what was tried where, which no label changes.




const NAME = 'fan-in';
/** What `env` runs of `want`, as the hold says it; undefined when it runs it. */
function lacking(env, want, hydrated, ignored) {
    if (hydrated) {
        const has = want.service === undefined ? undefined : env.services[want.service]?.tag;
        if (has === want.pin)
            return undefined;
        return `${env.name} has not run DRY commit ${want.pin.slice(0, 12)} (its active branch runs ${has ? has.slice(0, 12) : 'none'}${ignored ? `; ${ignored}` : ''})`;
    }
    if (want.service === undefined) {
        const has = env.chartVersion;
        return has === want.pin ? undefined : `${env.name} lacks chart version ${want.pin} (it runs ${has ?? 'none'})`;
    }
    const pin = env.services[want.service];
    const has = want.pin.startsWith('sha256:') ? pin?.digest : pin?.tag;
    return has === want.pin ? undefined : `${env.name} lacks ${want.service} ${want.pin} (it runs ${has ?? 'none'})`;
}
/**
 * Each `after:` entry names another environment of the config listed before it (the list is the promotion graph's
 * order, so the graph has no cycle: promote/graph.ts), at its line (with the nearest name when one is close).
 */
function check(config) {
    const names = config.environments.map((e) => e.name);
    return config.environments.flatMap((e, i) => (e.after ?? []).flatMap((name, k) => names.includes(name) && names.indexOf(name) < i
        ? []
        : [
            new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(name === e.name
                ? `environment ${e.name} lists itself in after:`
                : names.includes(name)
                    ? `environment ${e.name} has after: '${name}', which is listed after it in environments: (list them in promotion order)`
                    : `environment ${e.name} has after: '${name}', which is not an environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, names)}`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .configLine */ .Xv)(config, ['environments', i, 'after', k]),
                hint: `list the environments whose pins ${e.name} is promoted from; environments, in order: ${names.join(', ')}`,
            }),
        ]));
}
/** Fan-in: the target's `after:` environments must all run what it is promoted to. */
const fanIn = {
    name: NAME,
    title: 'fan-in',
    settings: ['after'],
    breakGlass: false,
    check,
    async gather({ req, route, ports, plan, baseSha, cache }) {
        const after = route.to.after ?? [];
        if (after.length === 0)
            return undefined;
        const wants = [
            ...plan.changes.flatMap((c) => {
                const pin = c.newDigest ?? c.newTag;
                return pin === undefined ? [] : [{ service: c.service, pin }];
            }),
            ...(plan.chart ? [{ pin: plan.chart.new }] : []),
        ];
        const listed = req.environments.filter((e) => after.includes(e.name));
        // What each listed environment runs: its file's pins, else (an image inline in a base) its render's.
        // The renderers are loaded here only: the config checks load every gate (fan-in's check needs none of them).
        const { renderedRun } = await Promise.all(/* import() */[__webpack_require__.e(7291), __webpack_require__.e(8289)]).then(__webpack_require__.bind(__webpack_require__, 28289));
        const rendered = (env) => renderedRun(req, env, ports, baseSha);
        const runs = await (0,_status_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentPins */ .Kv)({ ...req, environments: listed }, (p) => ports.git.readAt(baseSha, p), cache, rendered);
        return { env: route.to.name, wants, runs };
    },
    holds: (e) => e.runs.flatMap((env) => e.wants.flatMap((w) => {
        const why = lacking(env, w, e.hydrated === true, e.ignored?.[env.name]);
        const what = e.hydrated ? 'DRY commits' : 'pins';
        return why === undefined
            ? []
            : [{ gate: NAME, message: `${e.env} is promoted only from ${what} its after: environments run: ${why}` }];
    })),
    onHold: () => 'refuse',
};


/***/ }),

/***/ 52862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ GATES),
/* harmony export */   s: () => (/* binding */ GATE_CHECKS)
/* harmony export */ });
/* harmony import */ var _approval_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38874);
/* harmony import */ var _fan_in_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7694);
/* harmony import */ var _rollback_hold_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20499);
/* harmony import */ var _soak_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37951);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79546);
// The gates a promotion passes, in the order their holds and notes are said. A gate is one file of this
// folder (gate.ts says what it exports) and one line here; the verdict (promote/gates.ts) and the run
// (promote/gate-evidence.ts) read this list and no gate by name.





const GATES = [_soak_js__WEBPACK_IMPORTED_MODULE_3__/* .soak */ .Rb, _window_js__WEBPACK_IMPORTED_MODULE_4__/* .window */ .x, _fan_in_js__WEBPACK_IMPORTED_MODULE_1__/* .fanIn */ .R, _approval_js__WEBPACK_IMPORTED_MODULE_0__/* .approval */ .S, _rollback_hold_js__WEBPACK_IMPORTED_MODULE_2__/* .rollbackHold */ .O];
/** The registered gates' config checks, run with every other config check before a promotion opens anything. */
const GATE_CHECKS = GATES.flatMap((g) => g.check ? [g.check] : []);


/***/ }),

/***/ 20499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ rollbackHold)
/* harmony export */ });
// The rollback hold (issue 75 item 3): a rollback into an environment (promote-env `from: ref:…`) holds that
// environment and the environments promoted from it (so, step by step, every one after it in the promotion graph),
// so the next automatic promotion does not undo it. The hold lives in the repository's history, not on a runner:
// an environment is held while the last promotion that landed in it on the base branch's first-parent history (its
// files' last change, a merge read on its merged side; rollback-history.ts) carries `Lockstep-Rollback: true`. It is lifted by the documented step, a promotion into the
// held environment with `lift-hold: true` (`lockstep promote --lift-hold`): once that lands, its landing is the
// last one, and the hold is gone. Another rollback is never held. Break glass does not lift it.
const NAME = 'rollback-hold';
/** `#45 (a1b2c3d4e5f6)`, or the commit alone: where a rollback landed. */
const landedBy = (r) => (r.pull !== undefined ? `#${r.pull} (${r.commit.slice(0, 12)})` : r.commit.slice(0, 12));
/** Rollback hold: the target and the environments before it must not be held by a rollback that landed in them. */
const rollbackHold = {
    name: NAME,
    title: 'a rollback',
    settings: ['lift-hold'],
    breakGlass: false,
    async gather({ req, route, ports, baseSha }) {
        // A rollback is never held: rolling back again, or further, is what a hold is for.
        if (req.from.kind === 'ref')
            return undefined;
        // The records' readers are loaded here only: the config checks load every gate, and this one checks no config.
        const { rollbacksAhead } = await __webpack_require__.e(/* import() */ 8197).then(__webpack_require__.bind(__webpack_require__, 68197));
        const held = (await rollbacksAhead(req, route, ports, baseSha)).filter((r) => r !== undefined);
        return held.length === 0 ? undefined : { target: route.to.name, held, lift: req.liftHold };
    },
    holds: (e) => e.held
        .filter((h) => !(e.lift && h.env === e.target))
        .map((h) => ({
        gate: NAME,
        message: h.env === e.target
            ? `${h.env} was rolled back to ${h.to} by ${landedBy(h)}: promotions into it wait until the hold is lifted (lift-hold: true on the promotion that ends it)`
            : `${h.env}, before ${e.target}, was rolled back to ${h.to} by ${landedBy(h)}: promotions after it wait until its hold is lifted (a promotion into ${h.env} with lift-hold: true)`,
    })),
    onHold: () => 'refuse',
    notes: (e) => e.held
        .filter((h) => e.lift && h.env === e.target)
        .map((h) => `Lifts the rollback hold of ${h.env} (rolled back to ${h.to} by ${landedBy(h)}): once this lands, promotions into ${h.env} go on.`),
};


/***/ }),

/***/ 37951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ soak),
/* harmony export */   tZ: () => (/* binding */ receivedAt),
/* harmony export */   vW: () => (/* binding */ pinnedSince)
/* harmony export */ });
/* unused harmony exports soakSourceText, formatUtc, soakHolds, hydratedSoakHolds */
/* harmony import */ var _git_spawn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90669);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8473);
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67479);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43076);
// The soak gate (issue 19): a pin is promoted out of an environment only once it has been pinned there on
// the base branch `min-soak` long. Its evidence is the values file's first-parent history (read through
// git, deepened when a shallow clone ends too soon) and when the base received each pin (the merged pull
// request's merged_at, else a Deployment, else the committer date). A rollback (from: ref:) skips the
// soak of the environment before the target, and says so. Break glass does not lift it: a soak measures
// time in the source environment, which no label makes pass.




const NAME = 'soak';
/** `(merged_at of #12)`: the source of a soak's start, as the output says it. */
function soakSourceText(s) {
    if (s?.kind === 'merged')
        return `merged_at of #${s.pull}`;
    if (s?.kind === 'deployment')
        return `created_at of Deployment ${s.id}`;
    const why = s?.why === 'no-github' ? 'GitHub not asked (no token)' : 'no PR found';
    return `committer date: ${why}; a direct push can backdate it`;
}
/**
 * Since when `current` (a pin's key: its digest, else its tag) has been the
 * pin: the oldest commit of the run at the head of `history` (newest first)
 * whose version of the file has it. `pinAt` reads a commit's pin key.
 */
async function pinnedSince(service, current, history, complete, pinAt) {
    let found;
    let all = true;
    for (const entry of history) {
        if (current === undefined || (await pinAt(entry.sha)) !== current) {
            all = false;
            break;
        }
        found = entry;
    }
    return { service, ...(found ? { since: found.time, commit: found.sha } : {}), ...(found && all && !complete ? { atLeast: true } : {}) };
}
/** `2026-11-23 08:00 UTC`: an instant on the UTC wall clock (promote/windows.ts formatAt for other time zones). */
function formatUtc(ms) {
    return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/**
 * The soak hold of each promoted service not yet pinned `minSoak` in `env`:
 * which service, since when (UTC) and how long is left. A pin whose start
 * was not found (its history does not show it), or whose history ends too
 * soon to show it soaked (a shallow clone that could not be deepened), is
 * held too, and says so.
 */
function soakHolds(env, minSoak, pins, now, say = pinWords(env)) {
    const soak = `min-soak ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(minSoak)}`;
    const holds = [];
    for (const p of pins) {
        const at = p.commit ? ` (${p.commit.slice(0, 12)})` : '';
        if (p.since !== undefined && p.atLeast) {
            // Where the history at hand ends the pin was already there: old enough if that commit is, else unknown.
            if (now - p.since >= minSoak)
                continue;
            holds.push({ gate: NAME, message: say.atLeast(p.service, `${formatUtc(p.since)}${at}`, soak) });
            continue;
        }
        if (p.since === undefined) {
            holds.push({ gate: NAME, message: say.unseen(p.service, soak) });
            continue;
        }
        const until = p.since + minSoak;
        if (now >= until)
            continue;
        // The commit and what its time is measured from: (abc123, merged_at of #12).
        const what = [p.commit?.slice(0, 12), p.source && soakSourceText(p.source)].filter((x) => x).join(', ');
        holds.push({ gate: NAME, message: say.soaking(p.service, p.since, what, minSoak, `${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(until - now)} left`, now), until });
    }
    return holds;
}
/** A pin of a values file on the base branch. */
function pinWords(env) {
    return {
        atLeast: (service, since, soak) => `${service}: pinned in ${env} at least since ${since}, where the history at hand ends, so its soak time (${soak}) cannot be measured: fetch the base branch's whole history`,
        unseen: (service, soak) => `${service}: no commit on the base branch's first-parent history pins it in ${env}, so its soak time (${soak}) cannot be measured`,
        soaking: (service, since, what, minSoak, left) => `${service}: pinned in ${env} since ${formatUtc(since)}${what ? ` (${what})` : ''}, min-soak ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(minSoak)}: ${left}`,
    };
}
/** soakHolds of a hydrated source `env` whose active branch is `branch` (branchWords). */
function hydratedSoakHolds(env, branch, minSoak, pins, now) {
    return soakHolds(env, minSoak, pins, now, branchWords(env, branch));
}
/**
 * A hydrated source, whose pins are DRY commits (`service` names one: `DRY commit abc123def456`) its active
 * branch `branch` runs: the same decisions, in words true of a branch an Argo CD reads.
 */
function branchWords(env, branch) {
    return {
        atLeast: (service, since, soak) => `${env} has run ${service} at least since ${since}, where the history of ${branch} at hand ends, so its soak time (${soak}) cannot be measured: fetch ${branch}'s whole history`,
        unseen: (service, soak) => `${env} is not seen to run ${service}: no commit of its active branch ${branch} runs it, so its soak time (${soak}) cannot be measured`,
        soaking: (service, since, what, minSoak, left, now) => `${env} has run ${service} for ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(Math.floor(Math.max(0, now - since) / 60_000) * 60_000)} of ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(minSoak)} (since its active branch ${branch} took it at ${formatUtc(since)}${what ? `, ${what}` : ''}): ${left}`,
    };
}
/** A pin as one comparable key: its digest, else its tag. */
const pinKey = (p) => p?.digest ?? (p?.tag !== undefined ? `tag:${p.tag}` : undefined);
/** Since when each service that changes has been pinned in the source environment, on the base's first-parent history. */
async function soakingPins({ req, ports, plan, baseSha, now, cache }, source, minSoak) {
    const pinsIn = async (log) => {
        const pins = [];
        for (const c of plan.changes) {
            const current = pinKey(await (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .servicePin */ .Tc)(req, source, c.service, (p) => ports.git.readAt(baseSha, p), cache));
            pins.push(await pinnedSince(c.service, current, log.entries, log.complete, async (sha) => pinKey(await (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .servicePin */ .Tc)(req, source, c.service, (p) => ports.git.readAt(sha, p), cache))));
        }
        return pins;
    };
    const paths = await (0,_place_js__WEBPACK_IMPORTED_MODULE_1__/* .pinPaths */ .ID)(source, (p) => ports.git.readAt(baseSha, p));
    const read = () => ports.git.firstParentLog(baseSha, paths);
    let log = await read();
    let pins = await pinsIn(log);
    // A shallow clone's history may end while a pin still matches: deepened in steps (the rest of it last) until
    // each such pin is known to be older than min-soak, or where it landed is found.
    for (const step of [..._git_spawn_js__WEBPACK_IMPORTED_MODULE_0__/* .DEEPEN_STEPS */ .Ej, undefined]) {
        if (log.complete || pins.every((p) => !p.atLeast || now - p.since >= minSoak))
            break;
        if (!(await ports.git.deepenHistory(step)))
            break;
        log = await read();
        pins = await pinsIn(log);
    }
    // Measured from when the base branch received each pin, not from a committer date a direct push can backdate.
    pins = await Promise.all(pins.map((p) => receivedAt(p, ports, source.name, req.base)));
    for (const p of pins)
        if (p.since !== undefined && p.source)
            ports.log(`${p.service}: soaking in ${source.name} since ${formatUtc(p.since)} (${soakSourceText(p.source)})`);
    return pins;
}
/**
 * Since when the base branch has had a pin: the merged_at of the pull request that brought its commit, else
 * the source environment's first Deployment of that commit, else the commit's committer date (said as such).
 * A pin whose history ends early (`atLeast`) or was not found keeps what pinnedSince said.
 */
async function receivedAt(pin, ports, environment, base) {
    if (pin.commit === undefined || pin.since === undefined || pin.atLeast)
        return pin;
    const github = ports.github;
    if (!github)
        return { ...pin, source: { kind: 'committer', why: 'no-github' } };
    const pull = await github.mergedPullOf(pin.commit, base);
    if (pull && !Number.isNaN(Date.parse(pull.mergedAt)))
        return { ...pin, since: Date.parse(pull.mergedAt), source: { kind: 'merged', pull: pull.number } };
    const deployed = await github.deployedAt(environment, pin.commit);
    if (deployed && !Number.isNaN(Date.parse(deployed.createdAt)))
        return { ...pin, since: Date.parse(deployed.createdAt), source: { kind: 'deployment', id: deployed.id } };
    return { ...pin, source: { kind: 'committer', why: 'no-pull' } };
}
/** Soak time: the source environment's min-soak (the input over its config key) and wait. */
const soak = {
    name: NAME,
    title: 'soak time',
    settings: ['min-soak', 'wait'],
    breakGlass: false,
    async gather(ctx) {
        const { req, route, plan } = ctx;
        const out = {};
        // The soak time and wait of the environment promoted from (the input over its config key).
        const source = route.from;
        const settings = source?.settings;
        if (source && settings?.minSoak && plan.changes.length > 0)
            out.source = {
                env: source.name,
                minSoak: settings.minSoak,
                wait: settings.wait,
                pins: await soakingPins(ctx, source, settings.minSoak),
            };
        const before = route.before;
        const pastSoak = before?.settings.minSoak;
        if (req.from.kind === 'ref' && before && pastSoak)
            out.rollbackPast = { env: before.name, minSoak: pastSoak };
        return out.source || out.rollbackPast ? out : undefined;
    },
    holds: (e, now) => {
        const s = e.source;
        if (!s)
            return [];
        return s.hydrated ? hydratedSoakHolds(s.env, s.hydrated.branch, s.minSoak, s.pins, now) : soakHolds(s.env, s.minSoak, s.pins, now);
    },
    onHold: (e) => (e.source?.wait === 'draft' ? 'draft' : 'refuse'),
    notes: (e) => e.rollbackPast
        ? [
            `A rollback (from: ref:) does not wait for the soak time of ${e.rollbackPast.env} (min-soak ${(0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(e.rollbackPast.minSoak)}).`,
        ]
        : [],
};


/***/ }),

/***/ 79546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ window)
/* harmony export */ });
// The window gate (issue 19): promotions into an environment land inside its allow windows, outside its
// deny windows and freezes (`windows:`). Its evidence is the target's rules at the World's clock; the
// cron calculus is promote/windows.ts, loaded only when the target has windows (cron-parser and its
// time-zone library are a third of a megabyte every other promotion would compile). A hold makes the
// pull request a draft; a break-glass label on it lifts the hold (an emergency fix in a freeze).
const NAME = 'window';
/** Promotion windows and freezes of the target. */
const window = {
    name: NAME,
    title: 'a promotion window',
    settings: ['windows', 'break-glass-label'],
    breakGlass: true,
    async gather({ route, now }) {
        if (!route.to.windows)
            return undefined;
        const { windowHold } = await Promise.all(/* import() */[__webpack_require__.e(8628), __webpack_require__.e(1663)]).then(__webpack_require__.bind(__webpack_require__, 51663));
        const closed = windowHold(route.to.name, route.to.windows, now);
        return closed ? { closed } : {};
    },
    holds: (e) => (e.closed ? [{ gate: NAME, ...e.closed }] : []),
    onHold: () => 'draft',
};


/***/ }),

/***/ 17098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ predecessors)
/* harmony export */ });
/* unused harmony export promotionEdges */
// The promotion graph: each environment is promoted from its `after:` environments (fan-in when it lists
// several), else from the one before it in the config's list. Several environments may follow one (fan-out:
// `after: [staging]` on two A/B stages). The list stays the graph's order: an `after:` entry names an
// environment earlier in it (the fan-in gate's config check), so the graph has no cycle. A promotion runs along
// an edge; request.ts refuses any other step (unless allow-skip), status lists the next promotion of every edge.
/** The environments `envs[k]` is promoted from: its after: list, else the environment before it (none for the first). */
function predecessors(envs, k) {
    const after = envs[k]?.after;
    if (after && after.length > 0)
        return [...after];
    return k > 0 ? [envs[k - 1].name] : [];
}
/** Every edge of the graph, target by target in the config's order, each target's sources as it lists them. */
function promotionEdges(envs) {
    return envs.flatMap((e, k) => predecessors(envs, k).map((from) => ({ from, to: e.name })));
}


/***/ }),

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ lockstepHydrated),
/* harmony export */   IZ: () => (/* binding */ landedHydrated),
/* harmony export */   KC: () => (/* binding */ readHydrated),
/* harmony export */   a1: () => (/* binding */ hydratedTargets),
/* harmony export */   cL: () => (/* binding */ hydratedGates),
/* harmony export */   n7: () => (/* binding */ emptyPlan)
/* harmony export */ });
/* unused harmony exports runsDry, DryRuns */
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20497);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38397);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24502);
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52862);
/* harmony import */ var _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38874);
/* harmony import */ var _gates_rollback_hold_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20499);
/* harmony import */ var _gates_fan_in_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7694);
/* harmony import */ var _gates_soak_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37951);
/* harmony import */ var _gates_window_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(79546);
// A promotion of hydrated branches (issue 59 item 2): an environment whose `hydrate:` says `promote: lockstep`
// is promoted by a pull request from its proposed branch (`environment/staging-next`) into its active branch
// (`environment/staging`), through the same gates as a promotion of pins. This file is the gates' adapter: it
// builds each registered gate's evidence from the hydrated branches instead of values files. What ships is the
// DRY commit the proposed branch's hydrator.metadata names; an environment runs a DRY commit when its active
// branch's drySha is that commit or comes after it on the DRY history. Soak is measured on the source's active
// branch (when the first commit running it landed there: its pull request's merged_at, else its Deployment), the
// approval read on the pull request that last merged into the source's active branch, fan-in from each listed
// environment's active branch. The verdict, its holds' words and what they do are promote/gates.ts's.










/** Each environment's hydrated branches, by name, for those whose `hydrate:` names its branch; undefined when none does. */
function hydratedTargets(config) {
    const out = {};
    for (const [i, e] of config.environments.entries()) {
        const h = e.hydrate;
        // promote: lockstep reads its branches from the config: an Application's sourceHydrator is not read here.
        if (h?.promote === 'lockstep' && h.branch === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${e.name}: hydrate: says promote: lockstep and names no branch`, {
                file: config.file,
                line: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__/* .configLine */ .Xv)(config, ['environments', i, 'hydrate']),
                hint: `write hydrate: { branch: environment/${e.name}, promote: lockstep }`,
            });
        if (h?.branch === undefined)
            continue;
        const place = { ...h, branch: h.branch };
        out[e.name] = {
            active: h.branch,
            proposed: (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .proposedBranch */ .h$)(place),
            metadata: (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataPaths */ .w1)(place).at(-1),
            promote: h.promote ?? 'gitops-promoter',
        };
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/** The target of a promotion lockstep carries out on hydrated branches; undefined for a promotion of pins. */
function lockstepHydrated(req, env) {
    const t = req.hydrated?.[env];
    return t?.promote === 'lockstep' ? t : undefined;
}
/**
 * The commit a hydrated environment runs: the one that landed its hydrator.metadata on its active branch (the
 * merge of its last promotion), where GitHub ran the checks of what it deploys; undefined while nothing landed.
 */
async function landedHydrated(ports, t) {
    const tip = await ports.git.fetchBranch(t.active);
    return tip ? ports.git.landedAt(tip, t.metadata) : undefined;
}
/** `branch` fetched from origin and its hydrator.metadata's drySha read (a full SHA, else none). */
async function readHydrated(git, branch, metadata) {
    const tip = await git.fetchBranch(branch);
    if (!tip)
        return { branch };
    const drySha = (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .dryShaOf */ .hu)(await git.readAt(tip, metadata));
    return { branch, tip, ...(drySha ? { drySha } : {}) };
}
/** Whether an environment running DRY commit `runs` runs `dry`: it is `dry` or comes after it on the DRY history. */
async function runsDry(git, runs, dry) {
    if (runs === undefined)
        return false;
    if (runs === dry)
        return true;
    // commitsBetween answers only when its first commit is reachable from its second: `dry` an ancestor of `runs`.
    return (await git.commitsBetween(dry, runs)) !== undefined;
}
/**
 * Whether environment `t`, whose active branch runs DRY commit `runs`, runs `dry`: `runs` is `dry` or after it,
 * or the hydrated commit of `runs` on its proposed branch carries a note (refs/notes/hydrator.metadata, written by
 * hydrate-env when a later DRY commit changed nothing in the environment) naming `dry` or a DRY commit after it.
 * A DRY commit that renders the environment the same makes no hydrated commit, so without the note an environment
 * that is never touched would never be seen to run it. Notes are outside branch protection (anyone who can push a
 * ref can push one), so a note counts only when the proposed branch agrees with it: the noted commit is the
 * branch's newest whose drySha is at or before the noted DRY commit. Had that DRY commit changed the render,
 * hydrate-env would have written a commit for it after the noted one. A note that disagrees is ignored, and
 * `ignored` says so. One per environment and run: the proposed branch is read once.
 */
class DryRuns {
    history;
    git;
    t;
    /** Each note ignored, as a sentence. */
    ignored = [];
    constructor(git, t) {
        this.git = git;
        this.t = t;
    }
    async runs(runs, dry) {
        if (await runsDry(this.git, runs, dry))
            return true;
        if (runs === undefined)
            return false;
        const history = await (this.history ??= this.read());
        // Its newest hydrated commit: the one a note of hydrate-env's is written on.
        const at = history.findIndex((h) => h.drySha === runs);
        if (at < 0)
            return false;
        const hydrated = history[at].sha;
        const noted = await this.git.hydratorNote(hydrated);
        if (noted === undefined || !(await runsDry(this.git, noted, dry)))
            return false;
        for (const later of history.slice(0, at))
            if (later.drySha !== undefined && (await runsDry(this.git, noted, later.drySha))) {
                this.ignore(hydrated, noted, later.sha, later.drySha);
                return false;
            }
        return true;
    }
    ignore(hydrated, noted, later, laterDry) {
        const line = `a note in refs/notes/hydrator.metadata says ${hydrated.slice(0, 12)} of ${this.t.proposed} is the render of DRY commit ${noted.slice(0, 12)}, but ${this.t.proposed} holds ${later.slice(0, 12)} (DRY commit ${laterDry.slice(0, 12)}) after it: the note is ignored`;
        if (!this.ignored.includes(line))
            this.ignored.push(line);
    }
    /** The proposed branch's hydrated commits, newest first, each with the drySha its hydrator.metadata names. */
    async read() {
        const tip = await this.git.fetchBranch(this.t.proposed);
        if (!tip)
            return [];
        const log = await this.git.firstParentLog(tip, this.t.metadata);
        const out = [];
        for (const { sha } of log.entries) {
            const drySha = (0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .dryShaOf */ .hu)(await this.git.readAt(sha, this.t.metadata));
            out.push({ sha, ...(drySha ? { drySha } : {}) });
        }
        return out;
    }
}
/** The notes `runs` ignored, kept on the gates' input for the verdict to say. */
function keepIgnored(h, runs) {
    for (const line of runs.ignored)
        if (!h.ignored?.includes(line))
            (h.ignored ??= []).push(line);
}
/** A plan with nothing in it: a promotion of hydrated branches edits no file. */
function emptyPlan(sourceLabel, notes = []) {
    return { changes: [], files: [], services: [], unchanged: [], sourceLabel, checks: [], notes };
}
/** How a hold names what is promoted. */
const dryLabel = (dry) => `DRY commit ${dry.slice(0, 12)}`;
/** The source environment's hydrated branches; a source without them cannot say what it runs. */
function sourceOf(h) {
    const source = h.req.from.kind === 'env' ? h.route.from : undefined;
    if (!source)
        return undefined;
    const t = h.req.hydrated?.[source.name];
    if (!t)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${h.route.to.name} is promoted from hydrated branches, and ${source.name} has no hydrate: branch to read`, {
            file: h.req.configFile,
            hint: `add hydrate: { branch: environment/${source.name} } to ${source.name}`,
        });
    return { name: source.name, t };
}
/** Soak: since when the source's active branch has run the DRY commit, measured as promote/gates/soak.ts measures a pin. */
async function soakOf(h) {
    const source = sourceOf(h);
    const settings = source && h.route.from?.settings;
    if (!source || !settings?.minSoak)
        return undefined;
    const git = h.ports.git;
    const runs = new DryRuns(git, source.t);
    const active = await readHydrated(git, source.t.active, source.t.metadata);
    const runsAt = async (sha) => ((await runs.runs((0,_git_hydrated_js__WEBPACK_IMPORTED_MODULE_2__/* .dryShaOf */ .hu)(await git.readAt(sha, source.t.metadata)), h.dry)) ? 'runs' : 'not');
    const log = active.tip ? await git.firstParentLog(active.tip, source.t.metadata) : { entries: [], complete: true };
    const current = (await runs.runs(active.drySha, h.dry)) ? 'runs' : undefined;
    const pinned = await (0,_gates_soak_js__WEBPACK_IMPORTED_MODULE_8__/* .pinnedSince */ .vW)(dryLabel(h.dry), current, log.entries, log.complete, runsAt);
    keepIgnored(h, runs);
    const pins = [await (0,_gates_soak_js__WEBPACK_IMPORTED_MODULE_8__/* .receivedAt */ .tZ)(pinned, h.ports, source.name, source.t.active)];
    return { source: { env: source.name, minSoak: settings.minSoak, wait: settings.wait, pins, hydrated: { branch: source.t.active } } };
}
/** Fan-in: each `after:` environment's active branch runs the DRY commit. */
async function fanInOf(h) {
    const after = h.route.to.after ?? [];
    if (after.length === 0)
        return undefined;
    const label = dryLabel(h.dry);
    const runs = [];
    const ignored = {};
    for (const name of after) {
        const t = h.req.hydrated?.[name];
        const at = t ? await readHydrated(h.ports.git, t.active, t.metadata) : undefined;
        const dryRuns = t ? new DryRuns(h.ports.git, t) : undefined;
        const has = at?.drySha && (await dryRuns?.runs(at.drySha, h.dry)) ? h.dry : (at?.drySha ?? null);
        runs.push({ name, values: t?.metadata ?? '', missing: !at?.tip, services: { [label]: { tag: has, digest: null } } });
        if (dryRuns && dryRuns.ignored.length > 0)
            ignored[name] = dryRuns.ignored.join('; ');
    }
    return {
        env: h.route.to.name,
        wants: [{ service: label, pin: h.dry }],
        runs,
        hydrated: true,
        ...(Object.keys(ignored).length > 0 ? { ignored } : {}),
    };
}
/**
 * Approval: the registered gate reads the pull request that last changed the source's pin file on the base; here
 * the source's hydrator.metadata on its active branch (the merge of its last promotion).
 */
async function approvalOf(h) {
    if (!h.route.to.approval)
        return undefined;
    const source = sourceOf(h);
    if (!source)
        return _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.gather(context(h, h.req, h.route, h.baseSha));
    const tip = await h.ports.git.fetchBranch(source.t.active);
    // The source as the gate reads it: its pins' file is the hydrator.metadata of its active branch (no other pin location).
    const from = { ...h.route.from, name: source.name, values: source.t.metadata, kustomization: undefined, helmrelease: undefined };
    const req = { ...h.req, base: source.t.active };
    return _gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.gather(context(h, req, { ...h.route, from }, tip ?? h.baseSha));
}
function context(h, req, route, baseSha) {
    return { req, route, ports: h.ports, plan: emptyPlan(route.from?.name ?? ''), baseSha, now: h.now, cache: h.cache };
}
/** Each registered gate's evidence from the hydrated branches (a gate added to the registry needs its line here). */
const GATHER = {
    [_gates_soak_js__WEBPACK_IMPORTED_MODULE_8__/* .soak */ .Rb.name]: soakOf,
    [_gates_window_js__WEBPACK_IMPORTED_MODULE_9__/* .window */ .x.name]: (h) => _gates_window_js__WEBPACK_IMPORTED_MODULE_9__/* .window */ .x.gather(context(h, h.req, h.route, h.baseSha)),
    [_gates_fan_in_js__WEBPACK_IMPORTED_MODULE_7__/* .fanIn */ .R.name]: fanInOf,
    [_gates_approval_js__WEBPACK_IMPORTED_MODULE_5__/* .approval */ .S.name]: approvalOf,
    // A hydrated environment is rolled back on its active branch, not by a promotion that lands on the base: not read here.
    [_gates_rollback_hold_js__WEBPACK_IMPORTED_MODULE_6__/* .rollbackHold */ .O.name]: () => Promise.resolve(undefined),
};
/** The gates' verdict on promoting the hydrated DRY commit; undefined when no gate is configured for the route. */
async function hydratedGates(h) {
    const evidence = {};
    for (const gate of _gates_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .GATES */ .J) {
        const found = await GATHER[gate.name](h);
        if (found !== undefined)
            evidence[gate.name] = found;
    }
    if (Object.keys(evidence).length === 0)
        return undefined;
    const input = { now: h.now, push: 'pr', evidence };
    if (h.ports.github && (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .liftable */ .wz)((0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .gateVerdict */ .lr)(input).holds))
        input.breakGlass = await h.ports.github.breakGlass(h.target.proposed, h.target.active, h.req.breakGlassLabel);
    const verdict = (0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .gateVerdict */ .lr)(input);
    // Said whether or not a gate holds: a note someone pushed that the branches do not back is worth knowing of.
    return { ...verdict, notes: [...verdict.notes, ...(h.ignored ?? []).map((line) => `Warning: ${line}.`)] };
}


/***/ }),

/***/ 64231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ markersOf),
/* harmony export */   C9: () => (/* binding */ markerFields),
/* harmony export */   O: () => (/* binding */ fieldEdits),
/* harmony export */   kL: () => (/* binding */ substituteFields),
/* harmony export */   m3: () => (/* binding */ ofPolicy),
/* harmony export */   qU: () => (/* binding */ readFields)
/* harmony export */ });
/* unused harmony export isPolicyName */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _values_protected_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62986);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64293);
// Image pins spread over named fields rather than one values key: the fields an
// image automation marker names (`# {"$imagepolicy": "ns:policy"}` on the
// field's own line, and its `:tag`, `:name`, `:digest` forms), and the
// variables of a Flux Kustomization's `spec.postBuild.substitute` the config
// names. Each field holds one part of the image: the whole reference
// (`repo:tag@sha256:…`), its name, its tag or its digest. A pin is read from
// all the fields of one service and written back into each, byte-minimally:
// the marker comment, the other keys and the file's layout stay as they were.





/** A Flux image policy reference as a marker writes it (`namespace:name`). */
const POLICY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?):([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/;
/** True when `policy` is a `namespace:name` an image automation marker can name. */
function isPolicyName(policy) {
    return POLICY.test(policy);
}
/**
 * A line comment that is a marker: `{"$imagepolicy": "<ns>:<name>[:tag|:name|:digest]"}`, as JSON. A comment
 * that names a policy but is no JSON object, or carries other keys beside `$imagepolicy`, is a marker lockstep
 * refuses (refused says why) rather than one it skips: Flux's image automation would skip the first and may
 * read the second, and a promotion that leaves either behind would run what nobody reviewed.
 */
function markerOf(comment) {
    const body = comment.trim();
    if (!body.startsWith('{') || !body.includes('$imagepolicy'))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        const named = /"\$imagepolicy"\s*:\s*"([^"\\]*)"/.exec(body)?.[1];
        return named === undefined ? undefined : { policy: named, refused: 'is no JSON object' };
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return undefined;
    const value = parsed.$imagepolicy;
    if (typeof value !== 'string')
        return undefined;
    const extra = Object.keys(parsed).filter((k) => k !== '$imagepolicy');
    return extra.length > 0 ? { policy: value, refused: `carries ${extra.join(', ')} beside $imagepolicy` } : { policy: value };
}
/** True when `marker` (a marker's policy with its suffix) is `policy`'s. */
const ofPolicy = (marker, policy) => marker === policy || marker.startsWith(`${policy}:`);
/** The scalars of a document with their key paths, parents before children (aliases and keys left out). */
function* scalarsOf(node, path) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
        return;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        yield { node, path: [...path] };
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        for (const p of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                continue;
            yield* scalarsOf(p.value, [...path, String(p.key.value)]);
        }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        for (let i = 0; i < node.items.length; i++)
            yield* scalarsOf(node.items[i], [...path, i]);
}
/**
 * Every marker of one document of `text` (the first when `document` is undefined), whatever policy it names:
 * a marker counts only as the comment ending its scalar's own line, so one inside a string value, on a line of
 * its own or after a block scalar names nothing.
 */
function markersOf(text, file, document, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = (parsed.documents ?? [parsed.doc])[document ?? 0];
    const body = parsed.text;
    const out = [];
    if (!body.includes('$imagepolicy') || !doc)
        return out;
    for (const { node, path } of scalarsOf(doc.contents, [])) {
        if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED || !node.range)
            continue;
        const eol = body.indexOf('\n', node.range[1]);
        const rest = /^[ \t]+#([^\r\n]*)/.exec(body.slice(node.range[1], eol < 0 ? undefined : eol));
        const marker = rest ? markerOf(rest[1]) : undefined;
        if (marker)
            out.push({ path, line: parsed.lineOf(node) ?? 1, value: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) ?? '', marker });
    }
    return out;
}
/**
 * The fields the markers of `policy` (`namespace:name`) name in one document
 * of `text`. A marker counts only as the comment ending its field's own line
 * (`tag: 6.5.0 # {"$imagepolicy": "flux-system:podinfo:tag"}`): a marker on a
 * line of its own, after a block scalar or inside a string names nothing. A
 * marker of the policy on a field that is not one scalar (a mapping, a list),
 * or with another suffix than `:tag`, `:name`, `:digest`, is refused at its line.
 */
function markerFields(text, file, document, policy, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const body = parsed.text;
    const out = [];
    for (const { marker: found, path, line, value } of markersOf(text, file, document, cache)) {
        if (!ofPolicy(found.policy, policy))
            continue;
        const marker = found.policy;
        if (found.refused)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker of ${marker} ${found.refused}`, {
                file,
                line,
                hint: `write the comment as exactly # {"$imagepolicy": "${marker}"}`,
            });
        const suffix = marker.slice(policy.length + 1);
        if (marker !== policy && suffix !== 'tag' && suffix !== 'name' && suffix !== 'digest')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker names ${marker}: ${suffix} is not one of :tag, :name, :digest`, {
                file,
                line,
                hint: `write "$imagepolicy": "${policy}" (the whole image) or "${policy}:tag", ":name", ":digest"`,
            });
        out.push({ path, line, form: marker === policy ? 'image' : suffix, value, label: `$imagepolicy ${marker}` });
    }
    // A marker of the policy ending the line of a mapping or list key: the value below is no field lockstep can set.
    for (const m of body.matchAll(/^[ \t]*(?:-[ \t]+)?[^\s#][^\r\n#]*:[ \t]+#([^\r\n]*)$/gm)) {
        const marker = markerOf(m[1])?.policy;
        if (marker !== undefined && ofPolicy(marker, policy))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the image automation marker ${marker} ends a line with no value: it names no field`, {
                file,
                line: parsed.lineAt(m.index),
                hint: 'put the marker after the scalar it names, e.g. image: ghcr.io/acme/api:1.2.3 # {"$imagepolicy": "ns:api"}',
            });
    }
    return out;
}
/** The variables `vars` (form → name) under spec.postBuild.substitute of a Flux Kustomization document. */
function substituteFields(text, file, vars, cache) {
    const parsed = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .YAML_DOCUMENTS */ .FL, text.replace(/^\ufeff/, ''), file);
    const doc = parsed.documents?.[0] ?? parsed.doc;
    const post = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(doc.contents, 'spec'), 'postBuild');
    const substitute = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(post, 'substitute');
    const line = parsed.lineOf(substitute ?? post ?? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(doc.contents, 'spec') ?? doc.contents) ?? 1;
    const fields = [];
    const missing = [];
    for (const [form, name] of Object.entries(vars)) {
        const node = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .mapValue */ .IS)(substitute, name);
        if (node === undefined) {
            missing.push(name);
            continue;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`spec.postBuild.substitute.${name} is not a string`, {
                file,
                line: parsed.lineOf(node) ?? line,
                hint: `write ${name}: "<value>" under spec.postBuild.substitute`,
            });
        fields.push({
            path: ['spec', 'postBuild', 'substitute', name],
            line: parsed.lineOf(node) ?? line,
            form,
            value: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(node) ?? '',
            label: `substitute ${name}`,
        });
    }
    return { fields, missing, line };
}
/** What the fields say together: repository, tag and digest; two fields that disagree are refused at the second's line. */
function readFields(fields, file) {
    const seen = {};
    const put = (part, value, f) => {
        if (value === undefined || value === '')
            return;
        const was = seen[part];
        if (was && was[0] !== value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${f.label} says ${part} ${value}, ${was[1].label} (${was[1].file && was[1].file !== (f.file ?? file) ? `${was[1].file}:` : 'line '}${was[1].line}) says ${was[0]}`, {
                file: f.file ?? file,
                line: f.line,
                hint: 'make the fields agree (one image, one version) before promoting',
            });
        seen[part] ??= [value, f];
    };
    for (const f of fields) {
        if (f.form === 'image') {
            const ref = (0,_values_protected_js__WEBPACK_IMPORTED_MODULE_2__/* .splitReference */ .mQ)(f.value);
            put('repository', ref.name || undefined, f);
            put('tag', ref.tag || undefined, f);
            put('digest', ref.digest || undefined, f);
        }
        else
            put(f.form === 'name' ? 'repository' : f.form, f.value, f);
    }
    return {
        ...(seen.repository ? { repository: seen.repository[0] } : {}),
        ...(seen.tag ? { tag: seen.tag[0] } : {}),
        ...(seen.digest ? { digest: seen.digest[0] } : {}),
    };
}
/**
 * The edits that take the fields to `target`: the whole image as
 * `repo:tag@digest` (or `repo:tag` without a digest), the name, the tag, the
 * digest (emptied when the target has none, so an old digest never outlives
 * its tag). A digest with no field to hold it is refused at the first field's line.
 */
function fieldEdits(fields, file, what, current, target) {
    const repository = target.repository ?? current.repository;
    const tag = target.tag ?? current.tag;
    if (target.digest !== undefined && !fields.some((f) => f.form === 'image' || f.form === 'digest'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} names only ${[...new Set(fields.map((f) => f.form))].join(' and ')}, so the digest ${target.digest.slice(0, 19)}… cannot be pinned`, {
            file,
            line: fields[0].line,
            hint: 'add a field for the digest (a :digest marker, or a whole-image marker whose value is repo:tag@sha256:…)',
        });
    const edits = [];
    for (const f of fields) {
        let value;
        if (f.form === 'image') {
            if (!repository)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${f.label} holds no image name to write the tag and digest beside`, {
                    file,
                    line: f.line,
                    hint: 'write the image there as repo:tag',
                });
            value = `${repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        }
        else if (f.form === 'name')
            value = repository ?? f.value;
        else if (f.form === 'tag')
            value = tag ?? f.value;
        else
            value = target.digest ?? '';
        if (value !== f.value)
            edits.push({ path: f.path, value: `${f.prefix ?? ''}${value}` });
    }
    return edits;
}


/***/ }),

/***/ 80261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UY: () => (/* binding */ checkPinWrites),
  bx: () => (/* binding */ parseValuesKey),
  ZW: () => (/* binding */ pinMatches),
  Ci: () => (/* binding */ readPin),
  Ro: () => (/* binding */ repositoryMoves),
  Rz: () => (/* binding */ setPins),
  VK: () => (/* binding */ shortDigest)
});

// UNUSED EXPORTS: setPin

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/edits/check.ts + 1 modules
var check = __webpack_require__(85763);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/values/protected.ts
var values_protected = __webpack_require__(62986);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(48105);
// EXTERNAL MODULE: ./packages/core/src/yaml/js-yaml-core.ts
var js_yaml_core = __webpack_require__(98102);
;// CONCATENATED MODULE: ./packages/core/src/promote/pin-index.ts
// A values file's pins read without the yaml package's syntax tree. Every pin a
// status or a promotion reads goes through readPin, and the yaml package builds a
// node for every scalar of the file before the first lookup: ~35 ms and several
// MB of garbage for a 59 KB values file of 300 services, a hundred times at a
// hundred environments. js-yaml's event parser reads the same file in a fraction
// of that, with the offsets of every node.
//
// This index answers a pin only where it reads exactly as the yaml package does:
// one document, nothing the two libraries read differently (yaml/js-yaml-core.ts
// plain: no tag, anchor, alias, directive, long key or same-line block map),
// every key a string with no duplicate, and each scalar the pin is made of a
// one-line quoted or plain scalar that the core schema reads as a string. For
// anything else (and for every error: a missing key, a list where a map
// should be) it answers nothing and readPin parses with the yaml package as
// before, so its errors and their lines are the ones a user sees.


/**
 * 1-based lines of offsets met in increasing order (js-yaml's events come in
 * the order of the text): the line breaks are counted as the offsets pass
 * them, so a whole file costs one walk over its text however its lines are
 * cut (a one-line flow file of many scalars too). An offset before the last
 * one (which the events never give) counts again from the start.
 */
function lineCursor(text) {
    // The line of `at`, and the first line break at or after it (-1: none left).
    let [at, line, next] = [0, 1, text.indexOf('\n')];
    return (offset) => {
        if (offset < at)
            [at, line, next] = [0, 1, text.indexOf('\n')];
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        at = offset;
        return line;
    };
}
/** The scalar's text when it reads as that string on one line (a key, or a value the index keeps), else undefined. */
function oneLineString(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
        return undefined;
    const lineBreak = text.indexOf('\n', e.valueStart);
    if (lineBreak !== -1 && lineBreak < e.valueEnd)
        return undefined;
    const value = (0,js_yaml/* getScalarValue */.KE)(text, e);
    return e.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN && (0,js_yaml_core/* coreNonString */.gP)(value) ? undefined : value;
}
/**
 * Builds the index from the events in one walk; undefined at the first thing
 * the yaml package may read otherwise. A key is kept as its string (no node);
 * a value scalar as a node with its line.
 */
function build(text) {
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, {});
    }
    catch {
        return undefined;
    }
    const lineAt = lineCursor(text);
    const open = [];
    let [root, documents] = [undefined, 0];
    /** Puts a finished node in its parent; false when it cannot be there (a map or list as a key). */
    const place = (node) => {
        const top = open.length === 0 ? undefined : open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.kind === 'seq')
            top.node.items.push(node);
        else if (top.node.kind === 'map') {
            if (top.key === undefined)
                return false;
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
        return true;
    };
    for (let n = 0; n < events.length; n++) {
        const e = events[n];
        if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
            const top = open.length === 0 ? undefined : open[open.length - 1];
            if (top !== undefined && top.node.kind === 'map' && top.key === undefined) {
                // A key: a string scalar met once in its mapping.
                const key = oneLineString(text, e);
                if (key === undefined || top.node.keys.has(key))
                    return undefined;
                top.key = key;
                continue;
            }
            place({ kind: 'scalar', text: oneLineString(text, e), line: e.valueStart < 0 ? 0 : lineAt(e.valueStart) });
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            const closed = open.pop();
            if (closed !== undefined && !place(closed.node))
                return undefined;
        }
        else if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING)
            open.push({ node: { kind: 'map', keys: new Map() }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            open.push({ node: { kind: 'seq', items: [] }, key: undefined });
        else if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            if (++documents > 1)
                return undefined;
        }
        else
            return undefined;
    }
    return documents === 1 && (0,js_yaml_core/* plain */.pj)(text, events) ? root : undefined;
}
/** The index as a kind of parse the run's ParseCache keeps (the text BOM-stripped; no variant). */
const PIN_INDEX = { name: 'pin-index', parse: (text) => build(text) };

// EXTERNAL MODULE: ./packages/core/src/promote/pin-fields.ts
var pin_fields = __webpack_require__(64231);
;// CONCATENATED MODULE: ./packages/core/src/promote/pins.ts
// Image pins in values files, read and rewritten with byte-minimal edits.
//
// A service's `values-key` points at its image in one of three shapes:
//   map     services.api.image: { repository, tag, digest }  (a missing digest: key is created)
//   string  services.api.image: ghcr.io/acme/api:1.2.3@sha256:…  (rewritten in that form)
//   tag     global.imageTag: v1.0.71  (a bare tag scalar: it cannot hold a digest)
// The key may lead anywhere in any YAML file, e.g. an ArgoCD Application's
// spec.source.helm.valuesObject.image, in a chosen document of a multi-document file.










/** True when `target` names a repository other than the one the pin's file writes (both known, compared as the registry sees them). */
function repositoryMoves(pin, target) {
    if (target.repository === undefined || pin.repository === undefined)
        return false;
    return ((0,reference/* imageIdentity */.a)(target.repository) ?? target.repository) !== ((0,reference/* imageIdentity */.a)(pin.repository) ?? pin.repository);
}
/**
 * Parses a dotted values key (`services.api.image`, `spec.sources[1].helm.valuesObject.image`,
 * `annotations."example.com/image"`) into a key path. Throws UserError naming `what`.
 */
function parseValuesKey(key, what) {
    const out = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|([^.[\]"]+))((?:\[\d+\])*)\s*(\.|$)/y;
    let at = 0;
    while (at < key.length) {
        re.lastIndex = at;
        const m = re.exec(key);
        if (!m || m[0] === '')
            throw new errors/* UserError */.yo(`${what}: '${key}' is not a dotted key path`, { hint: 'write it like services.api.image' });
        out.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2].trim());
        for (const idx of m[3].matchAll(/\[(\d+)\]/g))
            out.push(Number(idx[1]));
        at = re.lastIndex;
        if (m[4] === '.' && at >= key.length)
            throw new errors/* UserError */.yo(`${what}: '${key}' ends with a dot`, { hint: 'write it like services.api.image' });
    }
    if (out.length === 0)
        throw new errors/* UserError */.yo(`${what} is empty`, { hint: 'write it like services.api.image' });
    return out;
}
// A promotion reads one pin per service from the same few texts (source, target, each environment of the
// drift table): with the run's cache each text is parsed once, not once per service, which keeps it linear in
// the number of services. A single-document file shares its parse with the edit and the check that follow
// (parseShared); a multi-document file's documents are parsed once too and the chosen one is picked from them.
function documentOf(text, file, document, cache) {
    const body = text.replace(/^\ufeff/, '');
    if (document === undefined)
        return (0,yaml_edit/* parseShared */.fj)(body, file, cache);
    const all = (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, body, file);
    return { ...all, doc: all.documents[document] };
}
// A promotion looks up every service under the same mapping (services.<name>), once per environment: a
// scan per lookup makes that quadratic in the services. Large mappings get an index of their keys (the first
// pair of each key, as the scan finds it); the documents are only read, so the index stays right. It is a side
// table of the node, not a cache of texts: it lives exactly as long as the parse it indexes (the run's cache,
// or this one read) and is collected with it.
const keyIndexes = new WeakMap();
const INDEXED_FROM = 16;
function pairValue(map, key) {
    if (map.items.length >= INDEXED_FROM) {
        let index = keyIndexes.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items) {
                if (!(0,dist/* isScalar */.jn)(p.key))
                    continue;
                const k = String(p.key.value);
                if (!index.has(k))
                    index.set(k, p.value);
            }
            keyIndexes.set(map, index);
        }
        return index.get(key);
    }
    const pair = map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
function scalarText(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}
/**
 * Reads the pin at `key`. A missing key is a UserError naming the file and
 * the line of the deepest mapping found; a value that is neither an image map
 * nor a string is one too.
 */
function readPin(text, file, key, opts = {}) {
    const indexed = opts.document === undefined && opts.cache ? indexedPin(text, file, key, opts.cache) : undefined;
    if (indexed)
        return indexed;
    const parsed = documentOf(text, file, opts.document, opts.cache);
    const path = parseValuesKey(key, `values key of ${file}`);
    let node = parsed.doc.contents;
    let lastLine = parsed.lineOf(node) ?? 1;
    for (let i = 0; i < path.length; i++) {
        const k = path[i];
        let next;
        if (typeof k === 'number')
            next = (0,dist/* isSeq */.oP)(node) ? (node.items[k] ?? undefined) : undefined;
        else
            next = (0,dist/* isMap */.jh)(node) ? pairValue(node, k) : undefined;
        if (next === undefined || (next === null && i < path.length - 1))
            throw new errors/* UserError */.yo(`values key ${key} not found (${(0,yaml_edit/* formatPath */.jV)(path.slice(0, i + 1))} is missing)`, {
                file,
                line: lastLine,
                hint: `add the image under ${key}, or fix values-key in the config`,
            });
        node = next;
        lastLine = parsed.lineOf(node) ?? lastLine;
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const tagNode = pairValue(node, 'tag');
        const digestNode = pairValue(node, 'digest');
        const repoKey = pairValue(node, 'repository') !== undefined ? 'repository' : pairValue(node, 'image') !== undefined ? 'image' : undefined;
        const repoNode = repoKey === undefined ? undefined : pairValue(node, repoKey);
        const registry = scalarText(pairValue(node, 'registry'));
        const repo = scalarText(repoNode);
        if (tagNode === undefined && digestNode === undefined && repo === undefined)
            throw new errors/* UserError */.yo(`${key} is a mapping without repository, tag or digest`, {
                file,
                line: parsed.lineOf(node) ?? lastLine,
                hint: 'point values-key at the image block (the mapping holding tag:)',
            });
        return {
            style: 'map',
            file,
            key,
            path,
            line: parsed.lineOf(tagNode ?? digestNode ?? repoNode ?? node) ?? lastLine,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
            ...(repoKey ? { repositoryKey: repoKey } : {}),
            ...(registry ? { registry } : {}),
            tag: scalarText(tagNode),
            digest: scalarText(digestNode) || undefined,
        };
    }
    if (!(0,dist/* isScalar */.jn)(node) || (node.value !== null && typeof node.value === 'object'))
        throw new errors/* UserError */.yo(`${key} is a list, not an image`, {
            file,
            line: lastLine,
            hint: 'point values-key at the image block or image string',
        });
    const value = scalarText(node) ?? '';
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(value) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: lastLine, tag: value || undefined };
    const ref = (0,values_protected/* splitReference */.mQ)(value);
    return {
        style: 'string',
        file,
        key,
        path,
        line: lastLine,
        repository: ref.name || undefined,
        tag: ref.tag || undefined,
        digest: ref.digest || undefined,
    };
}
/** Key paths parsed (a pure function of the key): a fleet's status reads the same few hundred keys ~90,000 times. */
const keyPaths = new Map();
function keyPath(key, file) {
    let path = keyPaths.get(key);
    if (path)
        return path;
    path = parseValuesKey(key, `values key of ${file}`);
    if (keyPaths.size >= 4096)
        keyPaths.clear();
    keyPaths.set(key, path);
    return path;
}
/**
 * readPin through the run's pin index (pin-index.ts), without the yaml
 * package's syntax tree; undefined wherever the index does not read the file
 * or the pin exactly as readPin would (readPin then parses, and says any error).
 */
function indexedPin(text, file, key, cache) {
    const index = (0,parse_cache/* parseWith */.K)(cache, PIN_INDEX, text.replace(/^\ufeff/, ''));
    if (index === undefined)
        return undefined;
    const path = keyPath(key, file);
    let node = index;
    for (const k of path) {
        if (typeof k === 'number')
            node = node?.kind === 'seq' ? node.items[k] : undefined;
        else
            node = node?.kind === 'map' ? node.keys.get(k) : undefined;
    }
    if (node?.kind === 'map') {
        const keys = node.keys;
        const repoKey = keys.has('repository') ? 'repository' : keys.has('image') ? 'image' : undefined;
        const [tagNode, digestNode, registryNode] = [keys.get('tag'), keys.get('digest'), keys.get('registry')];
        const repoNode = repoKey && keys.get(repoKey);
        const first = tagNode ?? digestNode ?? repoNode;
        if (first?.kind !== 'scalar' || !unreadOrString(tagNode) || !unreadOrString(digestNode))
            return undefined;
        if (!unreadOrString(repoNode) || !unreadOrString(registryNode))
            return undefined;
        const [registry, repo] = [textOf(registryNode), textOf(repoNode)];
        const pin = {
            style: 'map',
            file,
            key,
            path,
            line: first.line,
            repository: repo === undefined ? undefined : registry ? `${registry}/${repo}` : repo,
        };
        if (repoKey)
            pin.repositoryKey = repoKey;
        if (registry)
            pin.registry = registry;
        pin.tag = textOf(tagNode);
        pin.digest = textOf(digestNode) || undefined;
        return pin;
    }
    if (node?.kind !== 'scalar' || node.text === undefined)
        return undefined;
    const leaf = path[path.length - 1];
    if (!/[/:@]/.test(node.text) && typeof leaf === 'string' && /tag$/i.test(leaf))
        return { style: 'tag', file, key, path, line: node.line, tag: node.text || undefined };
    const ref = (0,values_protected/* splitReference */.mQ)(node.text);
    const [repository, tag, digest] = [ref.name || undefined, ref.tag || undefined, ref.digest || undefined];
    return { style: 'string', file, key, path, line: node.line, repository, tag, digest };
}
/** A part of a map pin the index read as a string, or absent: what indexedPin answers (anything else is readPin's). */
function unreadOrString(n) {
    return n === undefined || (n.kind === 'scalar' && n.text !== undefined);
}
function textOf(n) {
    return n?.kind === 'scalar' ? n.text : undefined;
}
/** True when the pin already holds the target (an undefined tag counts as kept; a repository move is a change). */
function pinMatches(pin, target) {
    return ((target.tag === undefined || pin.tag === target.tag) &&
        (pin.digest ?? undefined) === (target.digest ?? undefined) &&
        !repositoryMoves(pin, target));
}
/**
 * Rewrites one pin to `target`, changing only the bytes of its tag and
 * digest. Map style: sets `tag` and `digest`, creating `digest:` right after
 * `tag:` (in the mapping's own indentation and key quoting) when missing; a
 * map whose digest is dropped (a tag-only promotion) gets `digest: ""` so the
 * old digest never outlives its tag. A target repository other than the
 * file's is written in the same edit (`repository:`, or `registry:` and
 * `repository:` when the map splits them), so a digest never lands beside a
 * repository that does not hold it. String style: `repo:tag@digest` in one
 * scalar. Tag style: the tag only; a digest there is a UserError (it has
 * nowhere to go). The result is re-parsed and checked to differ only there.
 */
function setPin(text, pin, target, opts = {}) {
    return setPins(text, [{ pin, target }], opts);
}
/**
 * Rewrites several pins of one file (distinct keys, read from `text`) as
 * setPin would, in one pass: one parse and one re-parse check for the whole
 * file rather than per pin, so promoting many services stays linear.
 */
function setPins(text, pins, opts = {}) {
    const edits = pins.flatMap(({ pin, target }) => pinEdits(pin, target));
    if (edits.length === 0)
        return { text, intended: [] };
    const file = pins[0].pin.file;
    const after = (0,yaml_edit/* setScalars */.AR)(text, file, edits, { document: opts.document, cache: opts.cache });
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    (0,check/* checkYamlEdit */.c)(file, text, after, intended, { document: opts.document, cache: opts.cache });
    return { text: after, intended };
}
/** The refusals of setPins that need no parse of the file (a digest for a tag-only key, an empty image string), thrown as it throws them. */
function checkPinWrites(pins) {
    for (const { pin, target } of pins)
        pinEdits(pin, target);
}
/** The scalar edits that take one pin to its target. */
function pinEdits(pin, target) {
    if (pin.style === 'overlay')
        throw new Error('an overlay pin is written by its PinPlace (kustomize/overlay.ts), not setPins');
    if (pin.style === 'fields')
        return (0,pin_fields/* fieldEdits */.O)(pin.fields ?? [], pin.file, pin.key, pin, target);
    const tag = target.tag ?? pin.tag;
    const edits = [];
    const moves = repositoryMoves(pin, target);
    const repoKey = pin.repositoryKey ?? 'repository';
    if (pin.style === 'map') {
        if (moves)
            edits.push(...repositoryEdits(pin, target.repository));
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: [...pin.path, 'tag'], value: tag, create: true, after: repoKey, quoteLike: repoKey });
        if (target.digest !== undefined && target.digest !== pin.digest)
            edits.push({
                path: [...pin.path, 'digest'],
                value: target.digest,
                create: true,
                after: 'tag',
                quoteLike: pin.repository !== undefined ? repoKey : 'tag',
            });
        if (target.digest === undefined && pin.digest !== undefined)
            edits.push({ path: [...pin.path, 'digest'], value: '' });
    }
    else if (pin.style === 'string') {
        if (!pin.repository)
            throw new errors/* UserError */.yo(`${pin.key} is an empty image string`, { file: pin.file, line: pin.line, hint: 'write repo:tag@sha256:… there' });
        const value = `${moves ? target.repository : pin.repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
        edits.push({ path: pin.path, value });
    }
    else {
        if (target.digest !== undefined)
            throw new errors/* UserError */.yo(`${pin.key} holds only a tag, so the digest ${target.digest.slice(0, 19)}… cannot be pinned there`, {
                file: pin.file,
                line: pin.line,
                hint: 'point values-key at an image block (tag + digest) or a repo:tag@sha256:… string',
            });
        if (tag !== undefined && tag !== pin.tag)
            edits.push({ path: pin.path, value: tag });
    }
    return edits;
}
/**
 * The edits that write `repository` into a map pin: its repository key, or,
 * when the map splits `registry:` and `repository:`, both. A repository
 * without a registry host cannot be split so: refused, naming both.
 */
function repositoryEdits(pin, repository) {
    const key = pin.repositoryKey ?? 'repository';
    if (pin.registry === undefined)
        return [{ path: [...pin.path, key], value: repository }];
    const slash = repository.indexOf('/');
    const host = slash < 0 ? '' : repository.slice(0, slash);
    if (!host.includes('.') && !host.includes(':') && host !== 'localhost')
        throw new errors/* UserError */.yo(`${pin.key} pulls ${pin.repository}, but the promoted digest is in ${repository}, which has no registry host to write in registry:`, {
            file: pin.file,
            line: pin.line,
            hint: `write the full image name in ${key}: (and drop registry:), or fix services.<name>.image in the config`,
        });
    return [
        { path: [...pin.path, 'registry'], value: host },
        { path: [...pin.path, key], value: repository.slice(slash + 1) },
    ];
}
/** A digest shortened for tables: `sha256:0123456789ab`. */
function shortDigest(digest) {
    if (!digest)
        return '—';
    return (0,reference/* isDigest */.Bc)(digest) ? digest.slice(0, 19) : digest;
}


/***/ }),

/***/ 67479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lj: () => (/* binding */ openPinPlace),
  dj: () => (/* binding */ pinPath),
  ID: () => (/* binding */ pinPaths)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/edits/yaml-edit.ts
var yaml_edit = __webpack_require__(63077);
// EXTERNAL MODULE: ./packages/core/src/values/protected.ts
var values_protected = __webpack_require__(62986);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/kustomize/overlay.ts
var kustomize_overlay = __webpack_require__(33861);
// EXTERNAL MODULE: ./packages/core/src/promote/flux.ts
var flux = __webpack_require__(90687);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var yaml_read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/promote/pin-fields.ts
var pin_fields = __webpack_require__(64231);
// EXTERNAL MODULE: ./packages/core/src/promote/flux-substitute-from.ts + 1 modules
var flux_substitute_from = __webpack_require__(71755);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-path.ts
// A Flux Kustomization's `spec.path`: the kustomize overlay Flux builds, in the
// repository promoted in. Flux applies the Kustomization's own `spec.images`
// (and `postBuild.substitute`) over what the overlay builds, so a service whose
// pin the Flux Kustomization holds is pinned there; otherwise the overlay's
// `images:` hold the pins, read and written as if the environment named that
// overlay with `kustomization:`. Pins split between the two are refused: one
// place per environment, and which one Flux deploys would depend on the service.






/** True when the text is a Flux Kustomization (kustomize.toolkit.fluxcd.io). */
function isFluxKustomization(text, file, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, yaml_read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    const doc = parsed.documents?.[0] ?? parsed.doc;
    return ((0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(doc.contents, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') === true &&
        (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(doc.contents, 'kind')) === 'Kustomization');
}
/**
 * The folder `spec.path` names, relative to the repository root (`./apps/prod` → `apps/prod`), with its line;
 * undefined when the Kustomization has no path or builds an artifact that is not this repository (an
 * OCIRepository or Bucket source). A path that climbs out with `..` is refused at its line.
 */
function fluxPathOf(text, file, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, yaml_read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file);
    const doc = parsed.documents?.[0] ?? parsed.doc;
    const spec = (0,yaml_read/* mapValue */.IS)(doc.contents, 'spec');
    const source = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)((0,yaml_read/* mapValue */.IS)(spec, 'sourceRef'), 'kind'));
    if (source !== undefined && source !== 'GitRepository')
        return undefined;
    const node = (0,yaml_read/* mapValue */.IS)(spec, 'path');
    const path = (0,yaml_read/* scalarText */.ws)(node);
    if (path === undefined)
        return undefined;
    const line = parsed.lineOf(node) ?? 1;
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..') || /[\\\0]/.test(path))
        throw new errors/* UserError */.yo(`spec.path ${path} climbs out of the folder it names (..), so lockstep cannot tell which overlay Flux builds`, {
            file,
            line,
            hint: 'write spec.path from the repository root, e.g. ./apps/production',
        });
    return { dir: segments.join('/') || '.', line };
}
/** The services whose pins a Flux Kustomization's own text holds: a spec.images entry, substitute variables, a marker. */
function heldBy(text, file, services, cache) {
    const images = (0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache);
    const held = new Set();
    for (const s of services) {
        if (s.substitute !== undefined)
            held.add(s.name);
        else if (s.imagePolicy !== undefined && (0,pin_fields/* markerFields */.C9)(text, file, undefined, s.imagePolicy, cache).length > 0)
            held.add(s.name);
        else if (s.image && (0,kustomize_overlay/* overlayPin */.oW)(images, s.image, s.name).entry)
            held.add(s.name);
    }
    return held;
}
/**
 * The overlay that holds an environment's pins when its Flux Kustomization (`found`) holds none of them and
 * its spec.path is a kustomize overlay of the repository; undefined when the pins stay in the Flux
 * Kustomization (or it is no Flux Kustomization, or its path holds plain manifests). Refused at the
 * overlay's line: one service pinned in spec.images and another only in the overlay.
 */
async function fluxPathOverlay(env, found, services, read, cache) {
    if (env.ocirepository !== undefined || found.application || !isFluxKustomization(found.text, found.file, cache))
        return undefined;
    const path = fluxPathOf(found.text, found.file, cache);
    if (path === undefined)
        return undefined;
    // git reads a symbolic link as a file holding its target, and never follows it: a path that reads as a file is no folder.
    if (path.dir !== '.' && (await read(path.dir)) !== undefined)
        throw new errors/* UserError */.yo(`spec.path ${path.dir} is a file or a symbolic link in the repository, not the folder of an overlay`, {
            file: found.file,
            line: path.line,
            hint: 'point spec.path at a real folder of the repository holding the kustomization.yaml Flux builds',
        });
    let overlay;
    try {
        overlay = await (0,kustomize_overlay/* kustomizationFor */.fx)(path.dir, read, { file: found.file, line: path.line, where: `(spec.path of ${found.file})` }, cache);
    }
    catch (e) {
        // A folder of plain manifests: Flux generates its kustomization, whose images are the Flux Kustomization's own.
        if (e instanceof kustomize_overlay/* NoKustomization */.RZ)
            return undefined;
        throw e;
    }
    if (overlay.application || isFluxKustomization(overlay.text, overlay.file, cache))
        throw new errors/* UserError */.yo(`spec.path ${path.dir} of ${found.file} leads to ${overlay.file}, which is no kustomize overlay`, {
            file: found.file,
            line: path.line,
            hint: 'point spec.path at the folder of the kustomization.yaml Flux builds',
        });
    const pinned = services.filter((s) => s.image !== undefined || s.imagePolicy !== undefined);
    const inFlux = heldBy(found.text, found.file, pinned, cache);
    const images = (0,kustomize_overlay/* readOverlayImages */.Rm)(overlay.text, overlay.file, cache);
    const inOverlay = pinned.filter((s) => (s.imagePolicy !== undefined && (0,pin_fields/* markerFields */.C9)(overlay.text, overlay.file, undefined, s.imagePolicy, cache).length > 0) ||
        (s.image !== undefined && (0,kustomize_overlay/* overlayPin */.oW)(images, s.image, s.name).entry !== undefined));
    if (inFlux.size === 0)
        return overlay;
    const split = inOverlay.find((s) => !inFlux.has(s.name));
    if (split)
        throw new errors/* UserError */.yo(`${env.name} pins ${[...inFlux].join(', ')} in ${found.file} (spec.images over the build) and ${split.name} only in ${overlay.file}, the overlay its spec.path builds; lockstep writes one place per environment`, {
            file: overlay.file,
            line: (0,kustomize_overlay/* overlayPin */.oW)(images, split.image ?? '', split.name).line,
            hint: `pin ${split.name} in ${found.file}'s spec.images too (Flux applies them over the overlay), or move every pin into the overlay`,
        });
    return undefined;
}
/** The paths whose history says when a Flux Kustomization environment's pins changed: its file, the overlay of its spec.path, its substituteFrom ConfigMaps' files. */
async function fluxPinPaths(env, file, read, cache) {
    if (env.ocirepository !== undefined)
        return [file];
    const text = await read(file);
    if (text === undefined || !isFluxKustomization(text, file, cache))
        return [file];
    const path = fluxPathOf(text, file, cache);
    // The files of its substituteFrom ConfigMaps too: a pin may live there (flux-substitute-from.ts).
    const from = await (0,flux_substitute_from/* substituteFromFiles */.ig)(text, file, read, cache);
    return [file, ...(path === undefined || path.dir === '.' ? [] : [path.dir]), ...from];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/edits/check.ts + 1 modules
var check = __webpack_require__(85763);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/promote/marker-files.ts
// Image automation markers beside an environment's pin file. Flux's image
// automation writes its markers (`# {"$imagepolicy": "ns:policy"}` and the
// `:tag`, `:name`, `:digest` forms) anywhere under the path it updates: the
// Deployments of apps/<env>, a kustomization's `images:`, a HelmRelease's
// values. Those markers are pin locations too: the files kustomize reads to
// build the environment's overlay (its kustomization and what that names,
// folders of `resources:` followed) that lie under the overlay's own folder.
// A file reached outside it (apps/base, shared by every environment) is never
// written. Each marker of a service's image-policy gets the promoted value,
// byte-minimally, the marker and every comment kept; a marker whose policy no
// service names is left as it is and said once; a marker in a Secret is
// refused at its line (lockstep never writes secrets).









/** At most this many kustomization folders are followed under the overlay's folder. */
const MAX_FOLDERS = 32;
const isYaml = (p) => /\.ya?ml$/.test(p) || /(^|\/)Kustomization$/.test(p);
const documentsOf = (text, file, cache) => (0,parse_cache/* parseWith */.K)(cache, yaml_read/* YAML_DOCUMENTS */.FL, text.replace(/^\ufeff/, ''), file).documents ?? [];
/** What a kustomization names that may hold manifests: `resources:`-like lists (files or folders), patch files. */
function namedPaths(ktext, kfile, cache) {
    let root;
    try {
        root = documentsOf(ktext, kfile, cache)[0]?.contents;
    }
    catch {
        return []; // A kustomization that does not parse: kustomize (and the render) say what is wrong.
    }
    const out = [];
    for (const key of ['resources', 'bases', 'components', 'patchesStrategicMerge', 'crds']) {
        const list = (0,yaml_read/* mapValue */.IS)(root, key);
        for (const item of (0,dist/* isSeq */.oP)(list) ? list.items : []) {
            const v = (0,yaml_read/* scalarText */.ws)(item);
            if (v !== undefined)
                out.push({ path: v, folder: key === 'resources' || key === 'bases' || key === 'components' });
        }
    }
    for (const key of ['patches', 'patchesJson6902']) {
        const list = (0,yaml_read/* mapValue */.IS)(root, key);
        for (const item of (0,dist/* isSeq */.oP)(list) ? list.items : []) {
            const v = (0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(item, 'path'));
            if (v !== undefined)
                out.push({ path: v, folder: false });
        }
    }
    return out;
}
/** The files kustomize reads to build the overlay of `dir` that lie under `dir`, with their texts. */
async function filesUnder(dir, read, cache) {
    const files = new Map();
    const inside = (p) => dir === '.' || p === dir || p.startsWith(`${dir}/`);
    const seen = new Set();
    const queue = [dir];
    while (queue.length > 0 && seen.size < MAX_FOLDERS) {
        const d = queue.shift();
        if (seen.has(d))
            continue;
        seen.add(d);
        let kfile;
        for (const n of kustomize_overlay/* KUSTOMIZATION_NAMES */.H7) {
            const f = d === '.' ? n : `${d}/${n}`;
            const t = await read(f);
            if (t === undefined)
                continue;
            files.set((kfile = f), t);
            break;
        }
        if (kfile === undefined)
            continue;
        for (const p of namedPaths(files.get(kfile), kfile, cache)) {
            // A URL kustomize would fetch, or a path out of the folder: nothing of this environment to write.
            if (/^[a-z][a-z0-9+.-]*:/i.test(p.path.trim()))
                continue;
            const to = external_node_path_.posix.normalize(external_node_path_.posix.join(d, p.path.trim())).replace(/\/+$/, '');
            if (!inside(to) || files.has(to))
                continue;
            const text = await read(to);
            if (text !== undefined)
                files.set(to, text);
            else if (p.folder)
                queue.push(to);
        }
    }
    return files;
}
/** The markers of the environment's files beside its pin file. */
class MarkerFiles {
    /** The overlay's folder the files lie under. */
    dir;
    /** The files holding a marker of a service's policy, by path, as opened. */
    texts;
    /** The markers whose policy names no service, said once each. */
    notes;
    cache;
    constructor(dir, texts, notes, cache) {
        this.dir = dir;
        this.texts = texts;
        this.notes = notes;
        this.cache = cache;
    }
    /** The fields `policy`'s markers name in every file (at `others`' texts where given), each with its file and document. */
    fields(policy, others) {
        const out = [];
        for (const [file, opened] of this.texts) {
            const text = others?.get(file) ?? opened;
            documentsOf(text, file, this.cache).forEach((_, document) => {
                for (const f of (0,pin_fields/* markerFields */.C9)(text, file, document, policy, this.cache))
                    out.push({ ...f, file, document });
            });
        }
        return out;
    }
    /** A service's pin spread over its policy's markers in these files; undefined when it has none here. */
    pin(service, others) {
        if (service.imagePolicy === undefined)
            return undefined;
        const fields = this.fields(service.imagePolicy, others);
        if (fields.length === 0)
            return undefined;
        const first = fields.find((f) => f.form === 'tag' || f.form === 'image') ?? fields[0];
        return {
            style: 'fields',
            file: first.file,
            key: `$imagepolicy ${service.imagePolicy}`,
            path: first.path,
            line: first.line,
            ...(0,pin_fields/* readFields */.qU)(fields, first.file),
            fields,
        };
    }
    /**
     * The files' texts after each write's target is put in its policy's markers: per document, the fields that can
     * hold a digest get it, a `:tag` marker the tag, a whole-image marker `repo:tag@digest`. A pin whose fields all
     * lie here (no marker in the pin file) must have a field for the digest, refused as the pin file's are.
     */
    edits(writes) {
        const out = new Map();
        for (const w of writes) {
            const policy = w.service.imagePolicy;
            if (policy === undefined)
                continue;
            const all = this.fields(policy);
            if (all.length === 0)
                continue;
            if (w.pin.style === 'fields' && w.pin.fields?.every((f) => f.file !== undefined))
                (0,pin_fields/* fieldEdits */.O)(all, all[0].file, w.pin.key, (0,pin_fields/* readFields */.qU)(all, all[0].file), w.target);
            const groups = new Map();
            for (const f of all)
                groups.set(`${f.document}\0${f.file}`, [...(groups.get(`${f.document}\0${f.file}`) ?? []), f]);
            for (const group of groups.values()) {
                const { file, document } = group[0];
                const digest = group.some((f) => f.form === 'image' || f.form === 'digest');
                const target = digest ? w.target : { ...w.target, digest: undefined };
                const edits = (0,pin_fields/* fieldEdits */.O)(group, file, `$imagepolicy ${policy}`, (0,pin_fields/* readFields */.qU)(group, file), target);
                if (edits.length === 0)
                    continue;
                const entry = out.get(file) ?? { before: this.texts.get(file), after: this.texts.get(file) };
                const after = (0,yaml_edit/* setScalars */.AR)(entry.after, file, edits, { document, cache: this.cache });
                (0,check/* checkYamlEdit */.c)(file, entry.after, after, edits, { document, cache: this.cache });
                out.set(file, { before: entry.before, after });
            }
        }
        return out;
    }
    /** For a protected environment: each service's markers in each file (at `others`' texts) that hold no sha256 digest. */
    problems(services, others) {
        const out = [];
        for (const s of services) {
            if (s.imagePolicy === undefined)
                continue;
            const byFile = new Map();
            for (const f of this.fields(s.imagePolicy, others))
                byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
            for (const [file, fields] of byFile) {
                const { digest } = (0,pin_fields/* readFields */.qU)(fields, file);
                if (digest !== undefined && /^sha256:[0-9a-f]{64}$/.test(digest))
                    continue;
                out.push({
                    file,
                    line: fields[0].line,
                    message: `${s.name}'s image automation markers (${s.imagePolicy}) in ${file} would hold no sha256 digest in a protected environment`,
                    hint: 'add a :digest marker beside the :tag one, or mark the whole image (repo:tag@sha256:…) so the digest has a place',
                });
            }
        }
        return out;
    }
}
/**
 * The markers beside `placeFile` under the overlay folder `dir`: undefined when there is no folder or no service
 * has an image-policy (nothing is read then). A marker of a service's policy in a Secret is refused at its line; the markers'
 * own refusals (a bad suffix, other keys, no JSON, no scalar) are raised here, before anything is planned.
 */
async function markerFilesOf(dir, placeFile, services, read, cache) {
    const policies = services.flatMap((s) => (s.imagePolicy === undefined ? [] : [s.imagePolicy]));
    if (policies.length === 0 || dir === undefined)
        return undefined;
    const texts = new Map();
    const notes = [];
    const said = new Set();
    for (const [file, text] of await filesUnder(dir, read, cache)) {
        if (file === placeFile || !isYaml(file) || !text.includes('$imagepolicy'))
            continue;
        let ours = false;
        documentsOf(text, file, cache).forEach((doc, document) => {
            for (const m of (0,pin_fields/* markersOf */.Bs)(text, file, document, cache)) {
                const policy = m.marker.policy.split(':').slice(0, 2).join(':');
                if (!policies.some((p) => (0,pin_fields/* ofPolicy */.m3)(m.marker.policy, p))) {
                    if (!said.has(policy))
                        notes.push(`${file}:${m.line}: the image automation marker of ${policy} names no service's image-policy; left as it is.`);
                    said.add(policy);
                    continue;
                }
                ours = true;
                if ((0,yaml_read/* scalarText */.ws)((0,yaml_read/* mapValue */.IS)(doc.contents, 'kind')) === 'Secret')
                    throw new errors/* UserError */.yo(`an image automation marker of ${m.marker.policy} in a Secret: lockstep never reads or writes secrets`, {
                        file,
                        line: m.line,
                        hint: 'move the image out of the Secret (a ConfigMap or the workload itself), or drop the marker',
                    });
            }
        });
        if (ours)
            texts.set(file, text);
    }
    const found = new MarkerFiles(dir, texts, notes, cache);
    for (const p of policies)
        (0,pin_fields/* readFields */.qU)(found.fields(p), placeFile);
    return found;
}

// EXTERNAL MODULE: ./packages/core/src/promote/flux-values.ts
var flux_values = __webpack_require__(99982);
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(21120);
// EXTERNAL MODULE: ./packages/core/src/promote/absent-pin.ts + 1 modules
var absent_pin = __webpack_require__(74372);
// EXTERNAL MODULE: ./packages/core/src/promote/pins.ts + 1 modules
var promote_pins = __webpack_require__(80261);
// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
;// CONCATENATED MODULE: ./packages/core/src/promote/place.ts
// Where an environment's pins live, chosen once from the config: a values file
// (or an Application's inline values) read at each service's values-key, or a
// Kustomize overlay (its images: list, or an Argo CD Application's
// kustomize.images strings) read at each service's image. Every operation that
// reads or writes a pin goes through a PinPlace and never asks which kind of
// file it holds.















/**
 * The path whose history says when an environment's pins changed: the overlay
 * when it has one; for a HelmRelease whose pins may sit in a ConfigMap's file
 * beside it (flux-values.ts keeps that file under this folder), its folder;
 * else the values file.
 */
function pinPath(env) {
    if (env.kustomization !== undefined)
        return env.kustomization;
    if (env.helmrelease !== undefined && env.helmrelease.replace(/#.*$/, '') === env.values)
        return env.values.includes('/') ? env.values.slice(0, env.values.lastIndexOf('/')) : '.';
    return env.values;
}
/**
 * pinPath, and for a Flux Kustomization the overlay folder its spec.path builds: every path whose history says
 * when the pins changed (one path as a string, as pinPath gives it; several as a list).
 */
async function pinPaths(env, read) {
    const paths = env.kustomization !== undefined ? await fluxPinPaths(env, env.kustomization, read) : [pinPath(env)];
    return paths.length === 1 ? paths[0] : paths;
}
function keyFor(service, env, file) {
    if (service.valuesKey === undefined && service.imagePolicy !== undefined)
        throw new errors/* UserError */.yo(`no image automation marker of ${service.imagePolicy} (service '${service.name}') in the pins' file of ${env.name}`, {
            file,
            line: 1,
            hint: `mark the image's fields: # {"$imagepolicy": "${service.imagePolicy}:tag"} and ":digest" (or the whole image), or give services.${service.name} a values-key`,
        });
    if (service.valuesKey === undefined)
        throw new errors/* UserError */.yo(`service '${service.name}' has no values-key, which the values file of ${env.name} needs`, {
            hint: `add values-key to services.${service.name}`,
        });
    return (0,request/* fillTemplate */.ou)(service.valuesKey, env.name, service.name);
}
async function openPinPlace(env, read, opts) {
    if (env.kustomization !== undefined)
        return overlayPlace(env, env.kustomization, read, opts);
    return valuesPlace(env, read, opts);
}
/** An environment's kustomization overlay as its pins' place (`images:` entries found by each service's image). */
async function overlayPlace(env, kustomization, read, opts) {
    const { cache } = opts;
    const where = env.kustomizationLine !== undefined && opts.configFile ? { file: opts.configFile, line: env.kustomizationLine } : {};
    let found;
    try {
        found = await (0,kustomize_overlay/* kustomizationFor */.fx)(kustomization, read, { ...where, where: `at ${opts.at}` }, cache);
    }
    catch (e) {
        if (opts.optional && e instanceof kustomize_overlay/* NoKustomization */.RZ)
            return undefined;
        throw e;
    }
    // A Flux Kustomization whose spec.path builds an overlay of the repository that holds the pins: that overlay is the place.
    found = (await fluxPathOverlay(env, found, opts.services ?? [], read, cache)) ?? found;
    const file = found.file;
    const flux = !found.application && isFluxKustomization(found.text, file, cache);
    (0,kustomize_overlay/* readOverlayImages */.Rm)(found.text, file, cache);
    const markerDir = found.application ? undefined : flux ? fluxPathOf(found.text, file, cache)?.dir : (0,flux_values/* dirOf */.Rw)(file);
    const markers = await markerFilesOf(markerDir, file, opts.services ?? [], read, cache);
    // A Flux Kustomization's manifests from an OCIRepository (ocirepository: beside flux-kustomization:): its spec.ref is promoted too.
    const { rev, appText, applicationFailed } = env.ocirepository !== undefined ? await chartRevisionOf(env, read, opts) : { applicationFailed: false };
    // flux-substitute variables that only a spec.postBuild.substituteFrom ConfigMap sets: that ConfigMap is the place.
    const sub = flux ? await (0,flux_substitute_from/* substituteFromHome */.Kx)(found.text, file, opts.services ?? [], read, cache) : undefined;
    if (sub)
        return { ...substitutePlace(sub, cache), ...(rev ? { rev, appText } : {}), ...(applicationFailed ? { applicationFailed } : {}) };
    const pinOf = (text, service) => {
        const image = service.image;
        if (!image)
            throw new errors/* UserError */.yo(`service '${service.name}' has no image, which the overlay of ${env.name} needs to find its entry`, {
                file: opts.configFile,
                hint: `add image: to services.${service.name}`,
            });
        return { pin: (0,kustomize_overlay/* overlayPin */.oW)((0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache), image, service.name), image };
    };
    return {
        kind: 'overlay',
        file,
        text: found.text,
        ...(rev ? { rev, appText } : {}),
        ...(applicationFailed ? { applicationFailed } : {}),
        ...(markers ? { markers } : {}),
        read(text, service, others) {
            const fields = fieldsPin(text, file, undefined, service, flux, cache);
            if (fields)
                return fields;
            // Markers beside the overlay hold the pin when its images: has no entry of the service (marker-files.ts).
            const beside = markers?.pin(service, others);
            if (beside && !(service.image && pinOf(text, service).pin.entry))
                return beside;
            return overlayImagePin(text, file, pinOf(text, service).pin, cache);
        },
        write(text, writes) {
            const byFields = writes.filter((w) => w.pin.style === 'fields' && w.pin.file === file);
            if (byFields.length > 0)
                text = (0,promote_pins/* setPins */.Rz)(text, byFields, { cache }).text;
            const images = (0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache);
            return (0,kustomize_overlay/* setOverlayPins */.hg)(text, images, writes
                .filter((w) => w.pin.style !== 'fields')
                .map((w) => {
                const { pin, image } = pinOf(text, w.service);
                return { image, pin, target: w.target };
            }), cache);
        },
        protectedProblems: (text) => (0,kustomize_overlay/* overlayProblems */.pN)((0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache)),
    };
}
/** A service's images: entry (or where it would go) as its pin. */
function overlayImagePin(text, file, pin, cache) {
    const images = (0,kustomize_overlay/* readOverlayImages */.Rm)(text, file, cache);
    return {
        style: 'overlay',
        file,
        key: pin.entry ? `${images.listPath.join('.')}[${pin.entry.index}]` : images.listPath.join('.'),
        path: pin.entry ? [...images.listPath, pin.entry.index] : images.listPath,
        line: pin.line,
        ...(pin.repository ? { repository: pin.repository } : {}),
        ...(pin.tag ? { tag: pin.tag } : {}),
        ...(pin.digest ? { digest: pin.digest } : {}),
        overlay: pin,
    };
}
/** An environment's values file as its pins' place, with the chart revision of its Application when it has one. */
async function valuesPlace(env, read, opts) {
    const { cache } = opts;
    const text = await read(env.values);
    const where = env.valuesLine !== undefined && opts.configFile ? { file: opts.configFile, line: env.valuesLine } : {};
    if (text === undefined && opts.optional)
        return undefined;
    if (text === undefined)
        throw new errors/* UserError */.yo(`values file of ${env.name} ${env.values} does not exist at ${opts.at}`, {
            ...where,
            hint: 'fix values in the config (paths are relative to the repository promoted in)',
        });
    const { rev, appText, applicationFailed } = await chartRevisionOf(env, read, opts);
    // The pins share the chart version's document when that is the Application (inline values) or the HelmRelease; an
    // OCIRepository in the release's file (Flux's chartRef examples) holds no pins: the HelmRelease's document is found.
    const document = rev && rev.flux !== 'OCIRepository' && (0,application/* splitApplicationRef */.O6)(env.application).file === env.values ? rev.document : undefined;
    const home = await homeOf(env, text, document, read, opts);
    const file = home?.file ?? env.values;
    const readAt = (t, key) => (home ? home.read(t, key, cache) : (0,promote_pins/* readPin */.Ci)(t, env.values, key, { document, cache }));
    const writeAt = (t, pins) => home ? home.write(t, pins, cache) : (0,promote_pins/* setPins */.Rz)(t, pins, { document, cache }).text;
    const plain = home ? home.plain : document === undefined;
    return {
        kind: 'values',
        file,
        text: home?.text ?? text,
        ...(document !== undefined ? { document } : {}),
        ...(rev ? { rev, appText } : {}),
        ...(home ? { home: home.label } : {}),
        ...(applicationFailed ? { applicationFailed } : {}),
        read: (t, service) => (home && !home.plain && home.label !== 'spec.values'
            ? undefined
            : fieldsPin(t, file, home?.document ?? document, service, false, cache)) ?? readAt(t, keyFor(service, env, file)),
        write(t, writes) {
            // All pins of the values file in one edit (one parse and one check, not one per service); services that
            // share a values key are edited one after another, each reading what the previous one wrote.
            if (writes.length === 0)
                return t;
            const absent = writes.filter((w) => w.pin.absent); // a key the file lacks, which its chart sets: inserted (absent-pin.ts)
            if (absent.length > 0)
                [t, writes] = [(0,absent_pin/* insertPins */.oH)(t, absent, cache), writes.filter((w) => !w.pin.absent)];
            const byFields = writes.filter((w) => w.pin.style === 'fields');
            if (byFields.length > 0) {
                t = (0,promote_pins/* setPins */.Rz)(t, byFields, { document: home?.document ?? document, cache }).text;
                writes = writes.filter((w) => w.pin.style !== 'fields');
                if (writes.length === 0)
                    return t;
            }
            if (new Set(writes.map((w) => w.pin.key)).size === writes.length)
                return writeAt(t, writes);
            let out = t;
            for (const w of writes)
                out = writeAt(out, [{ ...w, pin: readAt(out, keyFor(w.service, env)) }]);
            return out;
        },
        protectedProblems: (t) => (plain ? (0,values_protected/* checkPinnedImagesIn */.OU)((0,yaml_edit/* parseShared */.fj)((0,bytes/* stripBom */.F8)(t), file, cache)) : []),
    };
}
/** The chart version of an environment's Application (or Flux resource), with the text it was read from. */
async function chartRevisionOf(env, read, opts) {
    if (!env.application)
        return { applicationFailed: false };
    const { file, name } = (0,application/* splitApplicationRef */.O6)(env.application);
    try {
        const appText = await read(file);
        if (appText === undefined)
            throw new errors/* UserError */.yo(`the Application file ${file} of environment ${env.name} does not exist`, {
                hint: 'fix application in the config',
            });
        return { rev: (0,application/* findChartRevision */.xL)(appText, file, name, opts.charts, opts.cache), appText, applicationFailed: false };
    }
    catch (e) {
        if (!opts.lenientApplication)
            throw e;
        return { applicationFailed: true };
    }
}
/**
 * A HelmRelease's own file (helmrelease: without values: beside it): the pins
 * are in its spec.values or the ConfigMap of spec.valuesFrom that holds them
 * (flux-values.ts); undefined for any other values file.
 */
async function homeOf(env, text, document, read, opts) {
    if (env.helmrelease === undefined || env.helmrelease.replace(/#.*$/, '') !== env.values)
        return undefined;
    const doc = document ?? (0,flux/* releaseDocument */.b8)(env.helmrelease, text, env.values, opts.cache);
    const keys = (opts.services ?? []).flatMap((s) => (s.valuesKey === undefined ? [] : [(0,request/* fillTemplate */.ou)(s.valuesKey, env.name, s.name)]));
    return (0,flux_values/* fluxValuesHome */.B7)(env.values, text, doc, keys, read, opts.cache);
}
/**
 * A service's pin in the fields that name it in `text`: in a Flux Kustomization, the
 * spec.postBuild.substitute variables of its flux-substitute (each one required); else the fields its
 * image-policy's markers name. Undefined when it has neither, or no marker of its policy is in the file
 * (its values-key or overlay entry is then the pin).
 */
function fieldsPin(text, file, document, service, flux, cache) {
    let fields = [];
    let key = '';
    if (flux && service.substitute !== undefined) {
        const { fields: found, missing, line } = (0,pin_fields/* substituteFields */.kL)(text, file, service.substitute, cache);
        if (found.length + missing.length === 0 || missing.length > 0)
            throw new errors/* UserError */.yo(missing.length > 0
                ? `spec.postBuild.substitute has no ${missing.join(', ')}, which flux-substitute of service '${service.name}' names`
                : `flux-substitute of service '${service.name}' names no variable`, {
                file,
                line,
                hint: `set ${missing[0] ?? 'IMAGE'}: "<value>" under spec.postBuild.substitute or in a ConfigMap of spec.postBuild.substituteFrom`,
            });
        [fields, key] = [found, `spec.postBuild.substitute ${found.map((f) => f.path[3]).join(', ')}`];
    }
    else if (service.imagePolicy !== undefined) {
        [fields, key] = [(0,pin_fields/* markerFields */.C9)(text, file, document, service.imagePolicy, cache), `$imagepolicy ${service.imagePolicy}`];
    }
    return fields.length === 0 ? undefined : pinOfFields(fields, file, key);
}
/** One service's pin spread over `fields` of `file`. */
function pinOfFields(fields, file, key) {
    const first = fields.find((f) => f.form === 'tag' || f.form === 'image') ?? fields[0];
    return { style: 'fields', file, key, path: first.path, line: first.line, ...(0,pin_fields/* readFields */.qU)(fields, file), fields };
}
/** The substituteFrom ConfigMap holding an environment's flux-substitute variables as its pins' place (flux-substitute-from.ts). */
function substitutePlace(sub, cache) {
    return {
        kind: 'overlay',
        file: sub.file,
        text: sub.text,
        home: sub.label,
        read(text, service) {
            const fields = sub.fields(text, service.substitute ?? {});
            return pinOfFields(fields, sub.file, `${sub.label} ${fields.map((f) => f.label.slice(sub.label.length + 1)).join(', ')}`);
        },
        write: (text, writes) => writes.length === 0 ? text : sub.write ? sub.write(text, writes) : (0,promote_pins/* setPins */.Rz)(text, writes, { document: sub.document, cache }).text,
        protectedProblems: () => [],
    };
}


/***/ }),

/***/ 43076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FX: () => (/* binding */ checksGreen),
  z: () => (/* binding */ planPromotion),
  U2: () => (/* binding */ readAfterPlan),
  Tc: () => (/* binding */ servicePin)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(21120);
;// CONCATENATED MODULE: ./packages/core/src/promote/deployer-reads.ts
// Writes go where the deployer reads. A promotion into an environment with an
// Argo CD Application writes its pins into the environment's values file; Argo
// CD renders that file only where the Application names it: a `valueFiles`
// entry `$<ref>/<path>` (a multi-source Application's source of this
// repository), a plain entry beside a git source's `path:` (and the chart's
// own values.yaml there, which Helm reads unasked), or the Application's own
// file (inline values). A chart-repository source (`chart:` from a Helm
// repository or an OCI registry) reads its plain `valueFiles` inside the chart
// package Argo CD pulls: the file of this repository with the same name never
// reaches the cluster. Such a promotion is refused before anything is asked of
// a registry or written, at the line that makes it so, naming the layout that
// works.



/** The 1-based line of a valueFiles entry in the Application's text (the first line naming it after `valueFiles`), else `fallback`. */
function entryLine(text, entry, fallback) {
    const lines = text.split('\n');
    const from = lines.findIndex((l) => /\bvalueFiles\s*:/.test(l));
    if (from < 0)
        return fallback;
    const i = lines.findIndex((l, n) => n >= from && l.includes(entry));
    return i >= 0 ? i + 1 : fallback;
}
/**
 * Refuses a promotion whose pins' file the target's Application does not render (header). Nothing to say for an
 * environment without an Application, a Flux resource, or pins written into the Application's own file.
 */
function refuseUnreadPins(p) {
    const { rev, appText } = p;
    if (!rev || rev.flux || appText === undefined || external_node_path_.posix.normalize(p.file) === external_node_path_.posix.normalize(rev.file))
        return;
    const app = (0,application/* readApplication */.nZ)(appText, rev.file, rev.name, rev.chartPath ? [rev.chartPath] : []);
    const file = external_node_path_.posix.normalize(p.file);
    const places = (0,application/* valueFilePlaces */.aw)(app);
    // Helm reads a git source's own values.yaml unasked.
    const read = new Set([
        ...(app.path !== undefined ? [external_node_path_.posix.join(app.path, 'values.yaml')] : []),
        ...places.flatMap((v) => ('repo' in v ? [v.repo] : [])),
    ]);
    const inPackage = places.flatMap((v) => ('inPackage' in v ? [v.entry] : []));
    if (read.has(file))
        return;
    const multiSource = `a multi-source Application: the chart's source with valueFiles: [$values/${file}] beside a source of this repository with ref: values`;
    const packaged = inPackage.find((f) => external_node_path_.posix.basename(f) === external_node_path_.posix.basename(file)) ?? inPackage[0];
    if (packaged !== undefined)
        throw new src_errors/* UserError */.yo(`${p.environment}'s Application reads ${packaged} inside the chart package (a chart-repository source's valueFiles are read from the chart Argo CD pulls), so pins written to ${file} would never reach the cluster`, {
            file: rev.file,
            line: entryLine(appText, packaged, rev.line),
            hint: `make it ${multiSource}, so what the promotion writes is what Argo CD renders; nothing was written`,
        });
    const named = app.valueFiles.length > 0 ? `its valueFiles name ${app.valueFiles.join(', ')}` : 'it names no valueFiles';
    throw new src_errors/* UserError */.yo(`${p.environment}'s Application does not read ${file} (${named}), so pins written there would never reach the cluster`, {
        file: rev.file,
        line: app.valueFiles.length > 0 ? entryLine(appText, app.valueFiles[0], rev.line) : rev.line,
        hint: `name it in the Application's valueFiles (${app.path !== undefined ? external_node_path_.posix.relative(app.path, file) : `$values/${file}`}${app.path !== undefined ? '' : `, in ${multiSource}`}), or point the environment's values: at the file it reads; nothing was written`,
    });
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/promote/pins.ts + 1 modules
var pins = __webpack_require__(80261);
// EXTERNAL MODULE: ./packages/core/src/promote/absent-pin.ts + 1 modules
var absent_pin = __webpack_require__(74372);
// EXTERNAL MODULE: ./packages/core/src/promote/place.ts + 2 modules
var promote_place = __webpack_require__(67479);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/validate/kube.ts
var kube = __webpack_require__(53647);
// EXTERNAL MODULE: ./packages/core/src/validate/crd.ts
var crd = __webpack_require__(12535);
// EXTERNAL MODULE: ./packages/core/src/validate/validate.ts + 2 modules
var validate = __webpack_require__(84033);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/yaml/plain-document.ts
var plain_document = __webpack_require__(88855);
;// CONCATENATED MODULE: ./packages/core/src/promote/flux-validate.ts
// The Flux resources a promotion edits (a HelmRelease's chart version or
// values, an OCIRepository's spec.ref, a Flux Kustomization's spec.images or
// substitute variables), validated as the merge leaves them against their
// kinds' schemas (@kubernetes-models/flux-cd, validate/kube.ts), before
// anything is written. Each finding names the file's line of the field and
// its path. A field the schema requires and the document leaves out is not a
// finding here: a file of the repository is often a kustomize patch carrying
// only what it changes, and the whole object is judged where it is rendered.
// The target's `validate` decides: error refuses, warn says each finding as a
// note of the plan, off skips it.








/**
 * Validates the Flux documents the edits changed in `files`; returns the notes
 * to say (warn mode), throws every finding at its file:line in error mode.
 */
async function validateFluxEdits(files, to, cache) {
    const mode = to.settings.validate;
    if (mode === 'off')
        return [];
    const edited = files.flatMap((f) => changedFluxDocuments(f, cache));
    if (edited.length === 0)
        return [];
    const hint = `fix the field in the file, or set validate: warn under ${to.name} in the config; nothing was written`;
    let schemas;
    try {
        // Only Flux's documents are validated here (changedFluxDocuments): Flux's kinds, no built-in one.
        schemas = { kube: await (0,kube/* fluxSchemas */.S7)(), crds: new crd/* CrdSchemas */.I() };
    }
    catch (e) {
        const why = `validate: ${to.name}: schema validation could not run: the Flux schemas did not load: ${e.message}`;
        if (mode === 'warn')
            return [why];
        throw new src_errors/* UserError */.yo(why, { file: edited[0].parsed.file, line: 1, hint });
    }
    const found = [];
    const unvalidated = [];
    for (const { parsed, doc } of edited) {
        const at = parsed.lineOf(doc.contents) ?? 1;
        let body;
        try {
            body = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            found.push({ file: parsed.file, line: at, message: `the document cannot be read as data: ${e.message}` });
            continue;
        }
        const kind = String(body.kind ?? '');
        const label = `${kind} ${(0,read/* scalarText */.ws)((0,read/* mapValue */.IS)((0,read/* mapValue */.IS)(doc.contents, 'metadata'), 'name')) ?? ''}`.trim();
        const problems = (0,validate/* objectFindings */.aW)({ apiVersion: String(body.apiVersion), kind, body }, schemas);
        // A Flux API the package does not describe is said, not refused, as a rendered object of it is.
        if (problems === undefined)
            unvalidated.push(`validate: ${to.name}: ${parsed.file}:${at}: not validated: no schema for ${String(body.apiVersion)} ${kind}`);
        for (const p of problems ?? [])
            if (p.keyword !== 'required')
                found.push({ file: parsed.file, line: lineOfField(parsed, doc, p.at), message: `${label}: ${p.message}` });
    }
    if (found.length === 0)
        return unvalidated;
    found.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
    if (mode === 'warn')
        return [...found.map((f) => `validate: ${to.name}: ${f.file}:${f.line}: ${f.message}`), ...unvalidated];
    const errors = found.map((f) => new src_errors/* UserError */.yo(`validate: ${to.name}: ${f.message}`, { file: f.file, line: f.line, hint }));
    throw errors.length === 1 ? errors[0] : new src_errors/* UserErrors */.tQ(errors);
}
/** The Flux documents of a file whose text the edits changed (a document left as it was is not judged here). */
function changedFluxDocuments(f, cache) {
    if (f.after === undefined || f.before === f.after || !/\.ya?ml$/i.test(f.path))
        return [];
    // A single-document file's edit was checked on the parse its next readers share (edits/check.ts): that parse
    // lists the same documents as the multi-document kind would, so it is read, not made again (a 1,000-service
    // values file: ~150 ms and its garbage).
    const body = f.after.replace(/^\ufeff/, '');
    const parsed = cache?.peek(read/* YAML_DOCUMENT */.MQ, body, f.path);
    // A text js-yaml reads as the yaml package does is one document (yaml/plain-document.ts; the check of a values
    // file's edit read it so, into the same cache): without a Flux apiVersion at its top it holds no Flux document,
    // and the yaml package's tree of it is not composed.
    if (parsed === undefined) {
        const plain = (0,parse_cache/* parseWith */.K)(cache, plain_document/* PLAIN_DOCUMENT */.VE, body);
        if (plain !== undefined && !fluxObject(plain.data))
            return [];
    }
    const after = parsed ?? (0,parse_cache/* parseWith */.K)(cache, read/* YAML_DOCUMENTS */.FL, body, f.path);
    const flux = (after.documents ?? [after.doc]).flatMap((doc, i) => {
        const apiVersion = (0,read/* scalarText */.ws)((0,read/* mapValue */.IS)(doc.contents, 'apiVersion'));
        return apiVersion !== undefined && (0,kube/* isFluxApi */.CX)(apiVersion) && (0,dist/* isMap */.jh)(doc.contents) ? [{ doc, i }] : [];
    });
    if (flux.length === 0 || f.before === undefined)
        return flux.map(({ doc }) => ({ parsed: after, doc }));
    // The text before the edits was let go by the plan's cache: read once here, not kept.
    const before = (0,parse_cache/* parseWith */.K)(undefined, read/* YAML_DOCUMENTS */.FL, f.before.replace(/^\ufeff/, ''), f.path);
    const source = (p, d) => p.text.slice(d.range[0], d.range[1]);
    const was = (before.documents ?? [before.doc]).map((d) => source(before, d));
    return flux.filter(({ doc, i }) => was[i] !== source(after, doc)).map(({ doc }) => ({ parsed: after, doc }));
}
/** Data a document read as a mapping whose apiVersion is a Flux API (what the yaml tree's test below finds). */
function fluxObject(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return false;
    const apiVersion = data.apiVersion;
    return typeof apiVersion === 'string' && Object.hasOwn(data, 'apiVersion') && (0,kube/* isFluxApi */.CX)(apiVersion);
}
/** The line of the field at `at` in the document: its key's line, else the nearest enclosing field's. */
function lineOfField(parsed, doc, at) {
    let node = doc.contents;
    let line = parsed.lineOf(doc.contents) ?? 1;
    for (const key of at) {
        if (typeof key === 'number' && (0,dist/* isSeq */.oP)(node)) {
            node = node.items[key];
            line = parsed.lineOf(node) ?? line;
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(key));
            if (!pair)
                break;
            line = parsed.lineOf(pair.key) ?? line;
            node = pair.value;
        }
        else
            break;
    }
    return line;
}

// EXTERNAL MODULE: ./packages/core/src/promote/request.ts
var request = __webpack_require__(81871);
;// CONCATENATED MODULE: ./packages/core/src/digests/file.ts



function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((k) => [k, sortKeys(value[k])]));
    return value;
}
/** The file's text: keys sorted at every level, 2-space indent, final newline. */
function formatDigests(file) {
    return `${JSON.stringify(sortKeys(file), null, 2)}\n`;
}
/** The same content on one line, for the `digests` output. */
function digestsOneLine(file) {
    return JSON.stringify(sortKeys(file));
}
/** 1-based line of the first `"name":` key in the text, for error locations. */
function lineOfKey(text, name) {
    const idx = text.indexOf(`${JSON.stringify(name)}`);
    return idx < 0 ? undefined : text.slice(0, idx).split('\n').length;
}
const READERS = {
    merge: {
        subject: (file) => file,
        entry: (name, file) => `entry '${name}' in ${file}`,
        hint: "fix or delete the file, or set replace: true to write this run's entries only",
        required: ['digest', 'image', 'sha', 'tag'],
    },
    promote: {
        subject: () => 'the digests file',
        entry: (name) => `entry '${name}'`,
        hint: 'the digests file is JSON written by capture-digests: {"api": {"tag", "digest", "sha", "image"}}',
        required: ['digest'],
    },
};
async function parseDigests(text, file, reader = 'merge') {
    const r = READERS[reader];
    const raw = await (0,bytes/* parseJsonAt */.bq)(text, file, r.hint, `${r.subject(file)} is not valid JSON`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new src_errors/* UserError */.yo(`${r.subject(file)} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: r.hint });
    const out = {};
    for (const [name, entry] of Object.entries(raw)) {
        const at = { file, line: lineOfKey(text, name) };
        const what = r.entry(name, file);
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new src_errors/* UserError */.yo(`${what} is not an object`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        const e = entry;
        for (const key of r.required)
            if (typeof e[key] !== 'string')
                throw new src_errors/* UserError */.yo(`${what} has no string '${key}'`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        if (!(0,reference/* isDigest */.Bc)(e.digest))
            throw new src_errors/* UserError */.yo(`${what} has a malformed digest '${String(e.digest).slice(0, 80)}'`, {
                ...at,
                hint: 'a digest is sha256: followed by 64 hex characters',
            });
        for (const key of ['image', 'sha', 'tag', 'platform'])
            if (e[key] !== undefined && typeof e[key] !== 'string')
                throw new src_errors/* UserError */.yo(`${what} has a non-string '${key}'`, {
                    ...at,
                    hint: 'image, sha, tag and platform (os/arch[/variant]) are strings',
                });
        // The tag lands in a values file and in the log: only the registry's tag grammar passes.
        if (typeof e.tag === 'string' && !/^[\w][\w.-]{0,127}$/.test(e.tag))
            throw new src_errors/* UserError */.yo(`${what} has an invalid tag '${e.tag.slice(0, 80)}'`, {
                ...at,
                hint: 'a tag is letters, digits, "_", "." and "-", at most 128 characters',
            });
        out[name] = e;
    }
    return out;
}
/**
 * Adds `incoming` to `existing` (a matrix job adding its service). An entry
 * already there with another digest is a conflict — a UserError per name —
 * unless `overwrite`; the same digest is simply refreshed.
 * Throws UserError (one conflict) or UserErrors (several).
 */
function mergeDigests(existing, incoming, opts) {
    const errors = [];
    const out = { ...existing };
    for (const [name, entry] of Object.entries(incoming)) {
        const old = existing[name];
        if (old && old.digest !== entry.digest && !opts.overwrite) {
            errors.push(new UserError(`'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`, {
                file: opts.file,
                line: opts.text ? lineOfKey(opts.text, name) : undefined,
                hint: words `give each matrix job its own service name, or ${setting('overwrite', 'true')} to replace it`,
            }));
            continue;
        }
        out[name] = entry;
    }
    throwAll(errors);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/promote/pin-source.ts
// Step 1 of a plan and its first check, before any network request: where the
// new pins come from (a digests file, a rollback ref, an explicit version, the
// source environment at the base) and whether a digests-file entry is the
// service's image.




/** Opens an environment's pin place at `at` with the run's parses. */
function placeOf(env, read, req, at, cache) {
    return (0,promote_place/* openPinPlace */.lj)(env, read, { charts: req.charts, at, configFile: req.configFile, cache, services: req.services });
}
/** A source environment's pin of a service: an overlay without an entry for it pins nothing to promote, said at its line. */
function sourcePin(place, service, env) {
    const pin = place.read(place.text, service);
    if (pin.style === 'overlay' && !pin.overlay?.entry)
        throw new src_errors/* UserError */.yo(`the overlay of ${env.name} has no images: entry for ${service.name} (${service.image ?? ''}), so it pins nothing to promote`, {
            file: pin.file,
            line: pin.line,
            hint: `add an images: entry with name: ${service.image ?? '<image>'}, newTag: and digest: there`,
        });
    return pin;
}
/**
 * Step 2b: one UserError per digests-file entry whose image is not the
 * service's — the config's `services.<name>.image`, else the repository the
 * target's values file writes — compared after normalising both names. An
 * entry without an image (other tools' files) is taken as the service's.
 */
function foreignDigestEntries(source, current, req, scope) {
    const errors = [];
    for (const [name, p] of source) {
        if (!p.entry || p.image === undefined)
            continue;
        const pin = current.get(name);
        const configured = scope.byName.get(name).image;
        // The config's image when it names one (a values file may pull through a mirror), else the values file's.
        const [want, where] = configured
            ? [configured, `services.${name}.image in ${req.configFile ?? 'the config'}`]
            : [pin.repository, `${pin.file}:${pin.line}`];
        const wantId = want === undefined ? undefined : (0,reference/* imageIdentity */.a)(want);
        if (wantId !== undefined && wantId !== (0,reference/* imageIdentity */.a)(p.image))
            errors.push(new src_errors/* UserError */.yo(`entry '${name}' is the image ${p.image.slice(0, 200)}, but ${name} is ${want} (${where})`, {
                file: p.entry.file,
                line: p.entry.line,
                hint: 'fix the digests file (each matrix job records its own service) or the config',
            }));
    }
    return errors;
}
/**
 * Step 1 of a plan, before any network request: the new pins, from the
 * digests file, the target's own pins at a rollback ref, an explicit
 * version, or the source environment's pins at the base branch (in that
 * order of precedence). Adds a note for digests-file services the config
 * does not list.
 */
async function readPinSource(req, route, world, scope, notes, cache) {
    const { to } = route;
    const { wanted } = scope;
    const pins = new Map();
    if (req.digests)
        return digestsFileSource(req, req.digests, world, scope, notes);
    if (req.from.kind === 'ref') {
        const commit = await world.resolveRef(req.from.ref);
        if (!commit)
            throw new src_errors/* UserError */.yo(`: ref ${req.from.ref} is not a commit or tag of the repository`, {
                input: 'from',
                hint: 'fetch it (fetch-depth: 0 or fetch-tags) or fix the ref',
                cliHint: 'fetch it (git fetch --tags origin) or fix the ref',
            });
        const at = (p) => world.readAt(commit, p);
        const place = await placeOf(to, at, req, `ref ${req.from.ref}`, cache);
        const rev = place.rev;
        for (const s of req.services) {
            if (!wanted(s.name))
                continue;
            const pin = sourcePin(place, s, to);
            pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: `${to.name} at ${req.from.ref}` });
        }
        const chartFrom = rev && !req.chartVersion ? rev.current || undefined : req.chartVersion;
        const chartDigest = rev && !req.chartVersion ? rev.digest : undefined;
        return { pins, label: `${to.name} as pinned at ${req.from.ref} (${commit.slice(0, 12)})`, chartFrom, chartDigest, commit };
    }
    if (req.version) {
        for (const s of req.services)
            if (wanted(s.name))
                pins.set(s.name, { tag: req.version });
        return { pins, label: `version ${req.version}`, chartFrom: req.chartVersion };
    }
    if (req.from.kind === 'env') {
        const from = route.from;
        const place = await placeOf(from, world.readBase, req, `the base branch ${req.base}`, cache);
        const rev = place.rev;
        let run;
        for (const s of req.services) {
            if (!wanted(s.name))
                continue;
            try {
                const pin = sourcePin(place, s, from);
                pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: from.name });
            }
            catch (e) {
                // A pin its place does not define (an image inline in the base, set by a patch): what the source's render runs.
                if (!(e instanceof src_errors/* UserError */.yo))
                    throw e;
                const found = await (run ??= world.renderedRun(from));
                const pin = 'pins' in found ? found.pins.get(s.name) : undefined;
                if (!pin)
                    throw e;
                pins.set(s.name, { tag: pin.tag, digest: pin.digest, image: pin.repository, verified: from.name });
                notes.push(`${s.name}: ${place.file} of ${from.name} pins no image of it; ${from.name} runs ${pin.image} (${pin.object}) by its render, which is promoted.`);
            }
        }
        const copied = rev && to.application && !req.chartVersion;
        const chartFrom = copied ? rev.current || undefined : req.chartVersion;
        const chartDigest = copied ? rev.digest : undefined;
        return { pins, label: `${from.name} (its pins at ${req.base})`, chartFrom, chartDigest, ...(copied ? { chartOf: from.name } : {}) };
    }
    return { pins, label: req.chartVersion ? `chart-version ${req.chartVersion}` : 'nothing', chartFrom: req.chartVersion };
}
/** Step 1 from a digests file: each configured service's entry (those `only` names must be there); a note names the entries no service is. */
async function digestsFileSource(req, file, world, { byName, wanted }, notes) {
    const pins = new Map();
    const text = world.readLocal(file);
    if (text === undefined)
        throw new src_errors/* UserError */.yo(`: ${file} does not exist`, {
            input: 'digests',
            hint: 'download the capture-digests artifact before this step, or fix the path',
            cliHint: 'write it with lockstep digests first, or fix the path',
        });
    const entries = new Map(Object.entries(await parseDigests(text, file, 'promote')));
    const errors = [];
    for (const name of req.only)
        if (!entries.has(name))
            errors.push(new src_errors/* UserError */.yo(`the digests file has no entry for service '${name}'`, {
                file,
                line: 1,
                hint: `it holds ${[...entries.keys()].join(', ') || 'nothing'}`,
            }));
    (0,src_errors/* throwAll */.Kx)(errors);
    const ignored = [];
    for (const [name, e] of entries) {
        if (!byName.has(name)) {
            ignored.push(name);
            continue;
        }
        if (wanted(name))
            pins.set(name, {
                tag: e.tag,
                digest: e.digest,
                image: e.image,
                sha: e.sha,
                entry: { file, line: lineOfKey(text, name) },
            });
    }
    if (ignored.length > 0)
        notes.push(`The digests file also names ${ignored.join(', ')}, which the config does not list; left alone.`);
    if (pins.size === 0)
        throw new src_errors/* UserError */.yo(`the digests file names no configured service`, {
            file,
            line: 1,
            hint: `configured services: ${[...byName.keys()].join(', ')}`,
        });
    return { pins, label: `digests file ${file}`, chartFrom: req.chartVersion };
}

// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(69730);
// EXTERNAL MODULE: ./packages/core/src/charts/exact-revision.ts
var exact_revision = __webpack_require__(63068);
// EXTERNAL MODULE: ./packages/core/src/promote/flux.ts
var flux = __webpack_require__(90687);
;// CONCATENATED MODULE: ./packages/core/src/promote/ran-before.ts
// Promote from a recorded verdict (issue 75 item 4): a digest the source environment no longer runs (a busy
// dev moved on, a weekly prod is promoted from last week's staging) stays promotable when the source ran it,
// read from the base branch's first-parent history of the source's pin file: the commit that landed it there,
// when, and — with require-checks — those checks on that commit, read from GitHub. Green: verified, naming the
// landing; not green: refused, naming the check; never ran there: refused as before. Nothing comes from a runner's
// cache, so a lost cache changes nothing.




/** Commits of the source's history read at most, newest first, looking for the pin. */
const HISTORY_LOOKED_AT = 200;
/** When and where the source received a pin it no longer runs, or undefined when its history at hand never had it. */
async function landing({ name, pin, env, req, world, scope, cache }) {
    const { entries } = await world.fileHistory(await (0,promote_place/* pinPaths */.ID)(env, world.readBase));
    let found;
    for (const entry of entries.slice(0, HISTORY_LOOKED_AT)) {
        const at = await placeOf(env, (p) => world.readAt(entry.sha, p), req, `commit ${entry.sha.slice(0, 12)}`, cache).catch(() => undefined);
        const there = at?.read(at.text, scope.byName.get(name));
        const same = there !== undefined && (pin.digest ? there.digest === pin.digest : there.tag === pin.tag);
        // The oldest commit of the newest run that pins it: the one that landed it.
        if (same)
            found = entry;
        else if (found)
            break;
    }
    return found;
}
/**
 * The verdict on a pin the source does not run now: `verified` set (naming the landing, and the checks read there)
 * when it ran there with require-checks green on its landing commit; else the UserError refusing it (`notNow` when
 * it never ran there).
 */
async function ranBefore(v, notNow) {
    const { name, pin, env, req, world } = v;
    const landed = await landing(v);
    if (!landed)
        return notNow;
    const when = new Date(landed.time).toISOString().slice(0, 16).replace('T', ' ');
    const ran = `ran in ${env.name} from ${landed.sha.slice(0, 12)} (${when} UTC)`;
    if (req.requireChecks.length === 0) {
        pin.verified = `${env.name} (${ran.slice(`ran in ${env.name} `.length)}; no require-checks read)`;
        return undefined;
    }
    if (!world.checkStates)
        return new src_errors/* UserError */.yo(`${name}: ${what(pin)} ${ran}; its require-checks cannot be read without a GitHub token`, {
            hint: (0,src_errors/* words */.aL) `give ${(0,src_errors/* setting */.Pe)('github-token')} (checks: read)`,
        });
    const states = await world.checkStates(landed.sha, req.requireChecks);
    const red = states.filter((s) => s.state !== 'success');
    if (red.length > 0)
        return new src_errors/* UserError */.yo(`${name}: ${what(pin)} ${ran}, but ${red.map((s) => `${s.name} is ${s.state}`).join(', ')} on that commit`, {
            hint: (0,src_errors/* words */.aL) `promote a pin whose landing in ${env.name} passed ${req.requireChecks.join(', ')}`,
        });
    pin.verified = `${env.name} (${ran.slice(`ran in ${env.name} `.length)}; ${req.requireChecks.join(', ')} green there)`;
    return undefined;
}
const what = (pin) => (pin.digest ? (0,pins/* shortDigest */.VK)(pin.digest) : `tag ${pin.tag}`);

;// CONCATENATED MODULE: ./packages/core/src/promote/plan-checks.ts
// The plan's checks after its source is read: tags resolved to digests
// through the registry, `verify:` policies, verify-source, a protected
// target's pins and chart version, and require-checks.









/** Step 3: each new pin without a digest, refused at the protected target's line (resolve-digests is off). */
function bareTagsInProtected(source, current, to) {
    return [...source]
        .filter(([, p]) => !p.digest)
        .map(([name]) => {
        const pin = current.get(name);
        return new src_errors/* UserError */.yo(`${name}: a tag without a digest cannot be promoted into the protected environment ${to.name}`, {
            file: pin.file,
            line: pin.line,
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('resolve-digests', 'true')} (the default for protected environments) or promote from a digests file`,
        });
    });
}
/**
 * Step 4: each pin with a tag and no digest gets the digest the registry
 * has for that tag (lookups in parallel). The image is the config's, the
 * source's, or the target's repository, in that order; every failure is
 * collected and thrown together.
 */
async function resolveMissingDigests(source, current, req, world, scope) {
    const lookups = [...source].filter(([, p]) => !p.digest && p.tag);
    const errors = [];
    await Promise.all(lookups.map(async ([name, p]) => {
        const image = scope.byName.get(name).image ?? p.image ?? current.get(name).repository;
        if (!image) {
            errors.push(new src_errors/* UserError */.yo(`${name}: no image repository is known, so ${p.tag} cannot be resolved to a digest`, {
                file: req.configFile,
                hint: `set services.${name}.image in the config`,
            }));
            return;
        }
        const ref = serviceReference(name, image, p.tag, req, errors);
        if (!ref)
            return;
        try {
            p.digest = await world.resolveDigest(ref, name);
        }
        catch (e) {
            if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else
                throw e;
        }
    }));
    (0,src_errors/* throwAll */.Kx)(errors);
}
/**
 * A service's image repository (any tag or digest on it dropped), with `tag`
 * when given, as a reference; a repository that does not parse is the
 * config's error, added to `errors` (undefined then).
 */
function serviceReference(name, image, tag, req, errors) {
    const repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    try {
        return (0,reference/* parseReference */.F2)(tag === undefined ? repository : `${repository}:${tag}`);
    }
    catch (e) {
        if (!(e instanceof reference/* InvalidReference */.ft))
            throw e;
        errors.push(new src_errors/* UserError */.yo(`${name}: ${e.message}`, { file: req.configFile, hint: 'services.<name>.image is registry/repository without a tag' }));
        return undefined;
    }
}
/**
 * Step 4b: each new pin of a service with a `verify:` policy, whose digest
 * the target does not pin already, checked against it (in parallel). A pin
 * without a digest cannot be verified and is refused; every refusal is
 * collected and thrown together, before anything is written.
 */
async function verifyNewDigests(source, current, req, world, scope) {
    const out = new Map();
    const errors = [];
    // Only the services with a policy whose pin changes are checked (a fleet's status plans 99 pairs of 300 services, mostly without one).
    const checked = [...source].filter(([name, p]) => scope.byName.get(name)?.verify && !(0,pins/* pinMatches */.ZW)(current.get(name), p));
    await Promise.all(checked.map(async ([name, p]) => {
        const policy = scope.byName.get(name).verify;
        const pin = current.get(name);
        const image = scope.byName.get(name).image ?? p.image ?? pin.repository;
        if (!p.digest || !image) {
            errors.push(new src_errors/* UserError */.yo(`${name}: ${p.digest ? 'no image repository is known' : `tag ${p.tag ?? '—'} has no digest`}, so it cannot be verified as verify: requires`, {
                file: req.configFile,
                hint: p.digest
                    ? `set services.${name}.image in the config`
                    : (0,src_errors/* words */.aL) `promote from a digests file, or ${(0,src_errors/* setting */.Pe)('resolve-digests', 'true')}`,
            }));
            return;
        }
        const ref = serviceReference(name, image, undefined, req, errors);
        if (!ref)
            return;
        try {
            out.set(name, await world.verifyDigest(name, ref, p.digest, policy));
        }
        catch (e) {
            if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else
                throw e;
        }
    }));
    (0,src_errors/* throwAll */.Kx)(errors);
    return out;
}
/**
 * Step 5, verify-source: every new pin must be what `verifyEnv` runs now
 * (by digest, or by tag without one). Copying from that environment at the
 * base needs no check; with verify-source off each pin says so.
 */
async function verifyInSource(source, verifyEnv, req, world, scope, baseLabel, cache) {
    const needsCheck = req.verifySource && !(req.from.kind === 'env' && !req.digests && !req.version);
    const src = needsCheck ? await placeOf(verifyEnv, world.readBase, req, baseLabel, cache) : undefined;
    const errors = [];
    for (const [name, p] of source) {
        if (!needsCheck) {
            p.verified ??= req.verifySource ? verifyEnv.name : 'not verified (verify-source: false)';
            continue;
        }
        const there = src.read(src.text, scope.byName.get(name));
        const same = p.digest ? there.digest === p.digest : there.tag === p.tag;
        const never = new src_errors/* UserError */.yo(`${name}: ${p.digest ? (0,pins/* shortDigest */.VK)(p.digest) : `tag ${p.tag}`} is not what ${verifyEnv.name} runs now (${there.digest ? (0,pins/* shortDigest */.VK)(there.digest) : `tag ${there.tag ?? 'none'}`}); it never ran there`, { file: there.file, line: there.line, hint: (0,src_errors/* words */.aL) `promote it into ${verifyEnv.name} first, or ${(0,src_errors/* setting */.Pe)('verify-source', 'false')}` });
        // Not what it runs now: what it ran, read from its history (ran-before.ts), may still be promoted.
        const refused = same ? undefined : await ranBefore({ name, pin: p, env: verifyEnv, req, world, scope, cache }, never);
        if (refused)
            errors.push(refused);
        else if (same)
            p.verified = verifyEnv.name;
    }
    (0,src_errors/* throwAll */.Kx)(errors);
}
/** Step 7: in the protected target's pins after the edit, every promoted service pinned by a sha256 digest, and (a plain values file, an overlay) every image pinned. */
function unpinnedInProtected(after, to, services, scope, place, others) {
    const errors = [];
    for (const name of services) {
        const pin = place.read(after, scope.byName.get(name), others);
        if (!pin.digest || !/^sha256:[0-9a-f]{64}$/.test(pin.digest))
            errors.push(new src_errors/* UserError */.yo(`${name} would not be pinned by a sha256 digest in the protected environment ${to.name}`, {
                file: pin.style === 'fields' ? pin.file : place.file,
                line: pin.line,
                hint: (0,src_errors/* words */.aL) `promote from a digests file or with ${(0,src_errors/* named */.KT)('resolve-digests', 'true')}`,
            }));
    }
    // Image automation markers beside the overlay (marker-files.ts), at their edited texts.
    const beside = others && place.markers
        ? place.markers.problems(services.map((n) => scope.byName.get(n)), others)
        : [];
    for (const problem of [...place.protectedProblems(after), ...beside])
        errors.push(new src_errors/* UserError */.yo(problem.message, { file: problem.file, line: problem.line, hint: problem.hint }));
    return errors;
}
/** Step 7b: the chart source the promotion edits (or keeps), refused at its line when its targetRevision is not one exact version. */
function inexactInProtected(appText, rev) {
    // A Flux resource is read again from the edited text: a digest written there makes a semver beside it exact.
    if (rev.flux)
        return [(0,flux/* inexactFluxChart */.KJ)((0,flux/* fluxChartRevision */.R7)(appText, rev.file, rev.name) ?? rev)].filter((e) => e !== undefined);
    return (0,exact_revision/* inexactRevisions */.Dp)(appText, rev.file)
        .filter((p) => p.line === rev.line)
        .map((p) => new src_errors/* UserError */.yo(p.message, { file: p.file, line: p.line, hint: p.hint }));
}
/**
 * Step 8, require-checks: the named checks' states on the commits the new
 * pins came from (build shas, else the rollback ref's commit, else the last
 * commit that changed the source environment's values).
 */
async function requiredChecks(req, world, changes, refCommit, verifyEnv) {
    const commits = new Set();
    for (const c of changes)
        if (c.sourceCommit)
            commits.add(c.sourceCommit);
    if (commits.size === 0 && refCommit)
        commits.add(refCommit);
    if (commits.size === 0 && verifyEnv) {
        const last = await world.lastCommit(await (0,promote_place/* pinPaths */.ID)(verifyEnv, world.readBase));
        if (last)
            commits.add(last);
    }
    if (commits.size === 0)
        throw new src_errors/* UserError */.yo('require-checks is set but no source commit is known', {
            hint: 'promote from an environment or a digests file with sha',
        });
    if (!world.checkStates)
        throw new Error('require-checks needs a GitHub client');
    const checks = [];
    for (const sha of commits)
        checks.push({ sha, states: await world.checkStates(sha, req.requireChecks) });
    return checks;
}
/**
 * Step 6a: a chart version copied from the source environment that is a range (`6.x`, `>=6 <7`), not one version, is
 * not written over a different one: which versions the target may run would change with no version reviewed. Refused
 * at the target's version line, naming both; an explicit chart-version (one exact version) goes through.
 */
function rangeOverRange(source, rev, to) {
    const { chartFrom, chartOf } = source;
    if (!rev || chartFrom === undefined || chartOf === undefined || rev.current === chartFrom || (0,semver.valid)(chartFrom) !== null)
        return undefined;
    return new src_errors/* UserError */.yo(`${chartOf}'s chart version is the range "${chartFrom}", not one version: copying it over ${to}'s "${rev.current}" would change which versions ${to} may run, with none reviewed`, {
        file: rev.file,
        line: rev.line,
        hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('chart-version')} to one exact version (the one ${chartOf} runs), or write the range in ${rev.file} yourself; nothing was written`,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/promote/plan.ts
// Plans one promotion in memory: where the new pins come from (a digests file,
// the source environment's pins at the base branch, an explicit version, or the
// target's own pins at a git ref for a rollback), which services they change,
// the byte-minimal edits of the target's values file and Application, and the
// gates (verify-source, protected pins, require-checks). Nothing here writes.













/** The repository as the plan leaves it: a file the plan edits as edited, any other as `readBase` (the base commit) gives it. */
function readAfterPlan(plan, readBase) {
    return async (path) => plan.files.find((f) => f.path === path)?.after ?? (await readBase(path));
}
/**
 * Plans the promotion `req` along `route` on the base commit. Every input
 * problem is a UserError (file:line where there is one) raised before any
 * registry or GitHub request; registry lookups come next, then the gates.
 * `cache` holds the run's parses: each values file is parsed once for all its
 * services, and a plan made again on a moved base reuses what did not change.
 * It reads the source's and the target's files (and the environment before
 * the target for verify-source), no other environment's. With `edit` false
 * (lockstep status, which shows what would change, not the edited files) the
 * target's files are not edited: the plan has its changes and no files, and
 * only the refusals of a pin's edit that need no parse of the file are said.
 */
async function planPromotion(req, route, world, cache = new parse_cache/* ParseCache */.i(), edit = true) {
    const { to } = route;
    const notes = [];
    const baseLabel = `the base branch ${req.base}`;
    const only = new Set(req.only);
    const scope = {
        byName: new Map(req.services.map((s) => [s.name, s])),
        wanted: (name) => only.size === 0 || only.has(name),
    };
    const verifyEnv = req.from.kind === 'env' ? route.from : req.from.kind === 'none' ? route.before : undefined;
    // 1. Where the new pins come from (no network yet).
    const pinSource = await readPinSource(req, route, world, scope, notes, cache);
    const source = pinSource.pins;
    // 2. What the target pins now, and what its render runs for a service its place pins nothing of (the table's old side).
    const target = await placeOf(to, world.readBase, req, baseLabel, cache);
    const wantedHere = [...source.keys()].map((n) => scope.byName.get(n));
    const current = await (0,absent_pin/* targetPins */.kx)(target, wantedHere, to, world.readBase, cache); // a key its chart sets: absent-pin.ts
    const running = await runningNow(current, route, world, notes, target.file);
    // 2a. The pins go where the deployer reads: a file the target's Application does not render is refused (deployer-reads.ts).
    if (edit)
        refuseUnreadPins({ environment: to.name, file: target.file, rev: target.rev, appText: target.appText });
    // 2b. A digests-file entry must be the service's image: a matrix mix-up would otherwise be pinned and promoted onward.
    (0,src_errors/* throwAll */.Kx)(foreignDigestEntries(source, current, req, scope));
    // 3. A protected target never takes a bare tag: without resolve-digests that is an input error, found before any lookup.
    const resolve = (0,request/* mustResolve */.iE)(req, to);
    if (to.protected && !resolve)
        (0,src_errors/* throwAll */.Kx)(bareTagsInProtected(source, current, to));
    // 4. Tags to digests through the registry, for pins that lack one.
    if (resolve)
        await resolveMissingDigests(source, current, req, world, scope);
    // 4b. verify: a service with a policy gets no digest pinned that its signature or attestation does not vouch for.
    const verified = await verifyNewDigests(source, current, req, world, scope);
    for (const [name, p] of source) {
        const optOut = scope.byName.get(name)?.verifyOptOut;
        if (optOut && !(0,pins/* pinMatches */.ZW)(current.get(name), p))
            notes.push(`${name}: pinned unverified: its verify: {} (${optOut}) turns the top-level verify: policy off for it.`);
    }
    // 5. verify-source: the digest must run in the source environment now.
    if (verifyEnv && req.from.kind !== 'ref')
        await verifyInSource(source, verifyEnv, req, world, scope, baseLabel, cache);
    // 6. The edits, file by file, and what changes.
    const state = { target, current, running, verified, scope, notes, edit };
    const { changes, unchanged, chart, texts } = editTarget(req, route, pinSource, state, cache);
    const files = [...texts]
        .filter(([, t]) => t.after !== t.before)
        .map(([path, t]) => ({ path, before: t.before, after: t.after }));
    // Each edit is checked: no step after this one reads a file as it was before its edit (the side-by-side
    // table, the protected-target checks and values-drift read the edited text), so its parse is let go — at 500 services
    // the target's values are a ~4 MB document the rest of the run need not hold.
    for (const t of texts.values())
        if (t.after !== t.before)
            cache.forget((0,bytes/* stripBom */.F8)(t.before));
    // 7. A protected target ends with every image pinned by digest.
    if (to.protected && files.length > 0) {
        const after = new Map(files.map((f) => [f.path, f.after]));
        (0,src_errors/* throwAll */.Kx)(unpinnedInProtected(texts.get(target.file)?.after ?? target.text, to, [...source.keys()], scope, target, after));
    }
    // 7b. …and its Application pins one exact chart version (not `*`, a range, a branch or HEAD).
    if (to.protected && files.length > 0 && target.rev)
        (0,src_errors/* throwAll */.Kx)(inexactInProtected(texts.get(target.rev.file)?.after ?? target.appText, target.rev));
    // 7c. The Flux resources the edits changed, against their kinds' schemas (validate).
    if (files.length > 0)
        notes.push(...(await validateFluxEdits(files, to, cache)));
    // 8. require-checks on the commit the source pins came from.
    const writes = files.length > 0 || (!edit && (changes.length > 0 || chart !== undefined));
    const checks = req.requireChecks.length > 0 && writes ? await requiredChecks(req, world, changes, pinSource.commit, verifyEnv) : [];
    return { changes, chart, files, services: [...source.keys()], unchanged, sourceLabel: pinSource.label, checks, notes };
}
/** Step 6: each service's change (or that it already matches), and the target's files edited (before and after). */
function editTarget(req, route, { pins: source, chartFrom, chartDigest, chartOf, commit: checkCommit }, { target, current, running, verified, scope, notes, edit: editing }, cache) {
    const texts = new Map();
    const edit = (file, before, fn) => {
        const entry = texts.get(file) ?? { before, after: before };
        entry.after = fn(entry.after);
        texts.set(file, entry);
    };
    const changes = [];
    const unchanged = [];
    const pinEdits = [];
    for (const [name, p] of source) {
        const pin = current.get(name);
        // The repository the new digest lives in: the source's (what runs there, or what was built), else the config's.
        const repository = p.image ?? scope.byName.get(name).image;
        if (repository !== undefined && p.digest !== undefined)
            p.repository = (0,reference/* imageRepository */.an)(repository);
        if ((0,pins/* repositoryMoves */.Ro)(pin, p))
            notes.push(`${name}: the image moves from ${pin.repository} to ${p.repository} (${pin.file}:${pin.line}); the repository is written with the digest.`);
        if ((0,pins/* pinMatches */.ZW)(pin, p)) {
            unchanged.push(name);
            continue;
        }
        pinEdits.push({ service: scope.byName.get(name), pin, target: p });
        changes.push({
            service: name,
            file: pin.style === 'fields' ? pin.file : target.file,
            line: pin.line,
            oldTag: pin.tag ?? running.get(name)?.tag,
            newTag: p.tag ?? pin.tag,
            oldDigest: pin.digest ?? running.get(name)?.digest,
            newDigest: p.digest,
            verified: p.verified ?? (route.before === undefined ? 'first environment' : 'not verified'),
            sourceCommit: p.sha ?? (req.from.kind === 'ref' ? checkCommit : undefined),
            ...(verified.has(name) ? { verifiedBy: verified.get(name).by } : {}),
            ...(verified.get(name)?.sourceCommit ? { provenanceCommit: verified.get(name).sourceCommit } : {}),
            ...(pin.tag === undefined && pin.digest === undefined ? { added: true } : {}),
        });
    }
    if (pinEdits.length > 0 && editing) {
        edit(target.file, target.text, (t) => target.write(t, pinEdits));
        // Image automation markers beside the overlay take the same pins (marker-files.ts).
        for (const [path, t] of target.markers?.edits(pinEdits) ?? [])
            edit(path, t.before, () => t.after);
        notes.push(...(target.markers?.notes ?? []));
    }
    else if (target.kind === 'values')
        (0,pins/* checkPinWrites */.UY)(pinEdits);
    const rev = target.rev;
    if (chartFrom === undefined || !rev || (rev.current === chartFrom && rev.digest === chartDigest))
        return { changes, unchanged, texts };
    const range = rangeOverRange({ chartFrom, chartOf }, rev, route.to.name);
    if (range)
        throw range;
    if (editing)
        edit(rev.file, target.appText, (t) => (0,application/* setChartRevision */.u6)(t, rev, chartFrom, cache, chartDigest));
    const chart = {
        file: rev.file,
        line: rev.line,
        application: rev.name,
        ...(rev.chart ? { chart: rev.chart } : {}),
        ...(rev.chartPath ? { chartPath: rev.chartPath } : {}),
        old: rev.current,
        new: chartFrom,
    };
    return { changes, unchanged, chart, texts };
}
/**
 * What the target runs, by its render, for each service its pin place does not define (an image inline in a base,
 * set by a patch): the table's old side, said in a note with where the promotion writes the pin instead.
 */
async function runningNow(current, { to }, world, notes, file) {
    const out = new Map();
    const undefinedHere = [...current].filter(([, pin]) => pin.tag === undefined && pin.digest === undefined);
    if (undefinedHere.length === 0)
        return out;
    const run = await world.renderedRun(to);
    for (const [name] of undefinedHere) {
        const pin = 'pins' in run ? run.pins.get(name) : undefined;
        if (pin)
            out.set(name, pin);
        notes.push(pin
            ? `${name}: ${file} of ${to.name} pins no image of it; ${to.name} runs ${pin.image} (${pin.object}) by its render, and the pin is written in ${file}.`
            : `${name}: ${file} of ${to.name} pins no image of it, and its render ${'unrendered' in run ? `cannot be had (${run.unrendered})` : 'runs none'}; the pin is written in ${file}.`);
    }
    return out;
}
/** True when every required check passed. */
function checksGreen(plan) {
    return plan.checks.every((c) => c.states.every((s) => s.state === 'success'));
}
/**
 * One service's pin in an environment, read from the files `read` gives (the
 * base, or a commit of the file's history for soak time); undefined where the
 * file or the pin cannot be read.
 */
async function servicePin(req, env, service, read, cache) {
    const s = req.services.find((x) => x.name === service);
    if (!s)
        return undefined;
    try {
        const place = await (0,promote_place/* openPinPlace */.lj)(env, read, {
            charts: req.charts,
            at: 'that commit',
            configFile: req.configFile,
            cache,
            optional: true,
            services: req.services,
        });
        return place?.read(place.text, s);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 69256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ PromotionBranch)
/* harmony export */ });
// The branch a promotion into an environment is published on (`promote/<environment>`), its pull
// request's head: named here once, for the run that pushes it, break-glass's label lookup and
// notify-pulls' reading of a merged promotion.
const PREFIX = 'promote/';
/** The promotion branch's name, read both ways. */
const PromotionBranch = {
    /** The branch a promotion into `environment` is published on. */
    of: (environment) => `${PREFIX}${environment}`,
    /** Whether `branch` is a promotion branch. */
    is: (branch) => branch?.startsWith(PREFIX) ?? false,
    /** The environment a promotion branch promotes into. */
    environment: (branch) => branch.slice(PREFIX.length),
};


/***/ }),

/***/ 81871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QF: () => (/* binding */ checkRoute),
/* harmony export */   bH: () => (/* binding */ targetNamed),
/* harmony export */   iE: () => (/* binding */ mustResolve),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   qC: () => (/* binding */ LAID_OUT),
/* harmony export */   sA: () => (/* binding */ looksLikeSha),
/* harmony export */   uK: () => (/* binding */ parseFrom)
/* harmony export */ });
/* unused harmony export readOnlyPromoteInputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24619);
/* harmony import */ var _settings_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41547);
/* harmony import */ var _settings_table_promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20882);
/* harmony import */ var _environment_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89549);
/* harmony import */ var _publish_branch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69256);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17098);
// What a promotion asks for, as plain data, and the rules checked on it before
// anything is read from git, a registry or GitHub: known environments, adjacent
// steps only (unless allow-skip), known services, a well-formed `ref:` source,
// no direct push into a protected environment.







/**
 * The inputs a request does not carry as given: what the layout, the source and the session resolve
 * (environments, services, from, base). The config-backed settings are not carried as given either:
 * the request holds them resolved in `settings` and `settingsByEnvironment` (their names are the table's).
 */
const LAID_OUT = [
    'workingDirectory',
    'config',
    'from',
    'environments',
    'services',
    'valuesFile',
    'valuesKey',
    'record',
    'base',
];
/**
 * The promote inputs of a command that only reads what runs where (`lockstep
 * status`, `lockstep metrics`): where the environments and services are, and
 * every promotion setting at its read-only value (a dry run, nothing pushed,
 * no gate asked about), so the session they open writes nothing.
 */
function readOnlyPromoteInputs(where) {
    const { record: _record, ...defaults } = defaultsOf(PROMOTE);
    return { ...defaults, ...where, to: '', labels: [], dryRun: true, resolveDigests: false };
}
const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const SHA = /^[0-9a-f]{7,64}$/;
/** Parses the `from` input: an environment name, `ref:<sha-or-tag>`, or empty. */
function parseFrom(text) {
    if (text === undefined || text === '')
        return { kind: 'none' };
    if (text.startsWith('ref:')) {
        const ref = text.slice(4).trim();
        if (ref === '' || ref.startsWith('-') || !REF.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${text}', not ref:<sha-or-tag>`, {
                input: 'from',
                hint: 'write ref: followed by a commit sha or a tag, e.g. ref:v1.4.0 or ref:3f2a9c1',
            });
        return { kind: 'ref', ref };
    }
    return { kind: 'env', env: text };
}
/** True when a ref looks like an abbreviated or full commit id. */
function looksLikeSha(ref) {
    return SHA.test(ref);
}
/** Substitutes `{env}` and `{service}` in a template. */
function fillTemplate(template, env, service = '') {
    return template.replace(/\{env\}/g, env).replace(/\{service\}/g, service);
}
/**
 * The index of environment `name` of the request, as the `to` input names it: the one check that a target
 * exists (a route's, and that of the environment `record: deployments` limits the record to).
 */
function targetNamed(req, name) {
    const names = req.environments.map((e) => e.name);
    const index = names.indexOf(name);
    if (index < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${name}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(name, names)}`, {
            input: 'to',
            file: req.configFile,
            hint: `environments, in order: ${names.join(', ')}`,
        });
    return index;
}
/** The request's environment at `index`, routed: with its index and its resolved settings. */
function routed(req, index) {
    const e = req.environments[index];
    return { ...e, index, settings: (0,_environment_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentSettings */ .fu)(req, e.name) };
}
/**
 * Checks the request's rules, all before any network request: both
 * environments known, the step along an edge of the promotion graph
 * (graph.ts: from the environment before the target, or from one of its
 * after: environments) unless allow-skip, no promotion backwards or onto
 * itself, a source for every
 * environment after the first, known services, no direct push into a
 * protected environment, chart-version only where an Application is set.
 * After the request, the route it returns is the one place `to` is read.
 */
function checkRoute(req) {
    const names = req.environments.map((e) => e.name);
    const errors = [];
    const toIndex = targetNamed(req, req.to);
    const to = routed(req, toIndex);
    const fromIndex = routeSource(req, names, to, toIndex);
    if (req.push === 'direct' && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('push', 'direct')} is refused for the protected environment ${to.name}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('push', 'pr')} (the default): protected promotions go through a reviewed pull request`,
        }));
    if (req.chartVersion !== undefined && !to.application)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('chart-version')} is set but environment ${to.name} has no application`, {
            file: req.configFile,
            hint: `add application: <path of the ArgoCD Application> to environment ${to.name}`,
        }));
    if (to.settings.autoMerge && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`auto-merge is refused for the protected environment ${to.name}`, {
            hint: 'protected promotions are draft pull requests merged by a person',
        }));
    const known = new Set(req.services.map((s) => s.name));
    for (const s of req.only)
        if (!known.has(s))
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`service '${s}' is not configured${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(s, known)}`, {
                file: req.configFile,
                hint: `configured services: ${[...known].join(', ') || 'none'}`,
            }));
    if (req.digests && req.version)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .theInput */ .y8)('digests')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .theInput */ .y8)('version')} were both given`, { hint: 'use one source of new pins' }));
    if (req.from.kind === 'ref' && (req.digests || req.version))
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `a rollback (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from', 'ref:…')}) takes its pins from that ref; drop ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('digests')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('version')}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `roll back with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('to')} only`,
        }));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .throwAll */ .Kx)(errors);
    const before = (0,_graph_js__WEBPACK_IMPORTED_MODULE_6__/* .predecessors */ .f)(req.environments, toIndex)[0];
    return {
        to,
        ...(fromIndex !== undefined ? { from: routed(req, fromIndex) } : {}),
        ...(before !== undefined ? { before: routed(req, names.indexOf(before)) } : {}),
        branch: _publish_branch_js__WEBPACK_IMPORTED_MODULE_5__/* .PromotionBranch */ .G.of(to.name),
    };
}
/**
 * The environment a promotion comes from, checked: known, before the target, skipping none (but the other
 * environments of a fan-in step) unless allow-skip; a source required past the first environment.
 */
function routeSource(req, names, to, toIndex) {
    if (req.from.kind === 'env') {
        const fromIndex = names.indexOf(req.from.env);
        if (fromIndex < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${req.from.env}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .a)(req.from.env, names)}`, {
                input: 'from',
                file: req.configFile,
                hint: `environments, in order: ${names.join(', ')}; or ref:<sha-or-tag> to roll back`,
            });
        const from = req.environments[fromIndex];
        if (fromIndex >= toIndex)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot promote from ${from.name} to ${to.name}: ${to.name} does not come after ${from.name}`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `promotion order: ${names.join(' → ')}; to roll back use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from', 'ref:<sha-or-tag>')}`,
            });
        // A step along an edge of the graph (graph.ts): from the environment before it, or from one of its after:
        // environments (fan-out and fan-in, whose gate holds it until every one it lists runs its pins).
        const sources = (0,_graph_js__WEBPACK_IMPORTED_MODULE_6__/* .predecessors */ .f)(req.environments, toIndex);
        if (sources.includes(from.name) || req.allowSkip)
            return fromIndex;
        if (to.after?.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot promote from ${from.name} to ${to.name}: ${to.name} is promoted from ${sources.join(', ')} (its after:)`, { hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `promote ${sources.map((n) => `${n} → ${to.name}`).join(' or ')}, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('allow-skip', 'true')}` });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`promotion ${from.name} → ${to.name} skips ${names.slice(fromIndex + 1, toIndex).join(', ')}`, {
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `promote through ${names.slice(fromIndex, toIndex + 1).join(' → ')}, or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .setting */ .Pe)('allow-skip', 'true')}`,
        });
    }
    else if (req.from.kind === 'none' && toIndex > 0 && !req.digests && !req.version && !req.chartVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is required to promote into ${to.name}`, {
            input: 'from',
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .words */ .aL) `use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('from', (0,_graph_js__WEBPACK_IMPORTED_MODULE_6__/* .predecessors */ .f)(req.environments, toIndex)[0])}, or give ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('digests')}, ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('version')} or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .named */ .KT)('chart-version')}`,
        });
    }
    return undefined;
}
/** True when tags must be resolved to digests before writing. */
function mustResolve(req, to) {
    return req.resolveDigests ?? to.protected;
}


/***/ }),

/***/ 81646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kv: () => (/* binding */ environmentPins),
/* harmony export */   p$: () => (/* binding */ promotionSideBySide)
/* harmony export */ });
/* unused harmony exports readEnvironment, sideBySide */
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9053);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80261);
/* harmony import */ var _place_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67479);
// Every environment side by side: what `lockstep status` shows and promote-env's
// job summary ends with. Each environment's files are opened once, leniently (a
// file that cannot be read shows `?`, one that does not exist `missing`), and
// give both its column of the table and its pins in full (status --json, the
// deployments record). Linear in environments × services: a fleet of a hundred
// environments reads each of them once, never once per pair.



/** Opens `env`'s place at the base, lenient about what cannot be read: undefined when absent, 'unreadable' when it does not parse. */
async function openLeniently(req, env, read, cache) {
    try {
        return await (0,_place_js__WEBPACK_IMPORTED_MODULE_1__/* .openPinPlace */ .lj)(env, read, {
            charts: req.charts,
            at: `the base branch ${req.base}`,
            configFile: req.configFile,
            cache,
            optional: true,
            lenientApplication: true,
            services: req.services,
        });
    }
    catch {
        return 'unreadable';
    }
}
/**
 * Reads `env`'s files through `read` once: its column of the side-by-side table and its pins in full. A service
 * its pin place does not define (no key, no `images:` entry) is what `rendered` (the environment's render, asked
 * at most once) runs for it; without `rendered`, or where the environment does not render, it is `—`.
 */
async function readEnvironment(req, env, read, cache, rendered) {
    const place = await openLeniently(req, env, read, cache);
    const open = place === 'unreadable' ? undefined : place;
    const pins = {
        name: env.name,
        values: env.values,
        missing: place === undefined,
        ...(env.kustomization !== undefined ? { kustomization: open?.file ?? env.kustomization } : {}),
        services: {},
    };
    if (env.application)
        pins.chartVersion = open?.rev?.current || null;
    const cells = new Map();
    let chart = '—';
    if (env.application && open)
        chart = open.applicationFailed ? '?' : open.rev?.current || '—';
    const undefinedHere = [];
    for (const s of req.services) {
        if (place === 'unreadable') {
            cells.set(s.name, '?');
            pins.services[s.name] = null;
            continue;
        }
        // A values file (or overlay) that does not exist is said so in its own column only.
        if (place === undefined) {
            cells.set(s.name, 'missing');
            pins.services[s.name] = null;
            continue;
        }
        let pin;
        try {
            pin = place.read(place.text, s);
        }
        catch {
            pin = undefined;
        }
        if (pin?.tag === undefined && pin?.digest === undefined)
            undefinedHere.push(s.name);
        cells.set(s.name, pin ? `${pin.tag ?? '—'} ${(0,_pins_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(pin.digest)}` : '—');
        pins.services[s.name] = pin ? { tag: pin.tag ?? null, digest: pin.digest ?? null } : null;
    }
    if (undefinedHere.length > 0 && rendered)
        fromRender(await rendered(), undefinedHere, cells, pins);
    return { column: { cells, chart }, pins };
}
/** The services the pin place does not define, as the render runs them; `—` and the reason where it does not render. */
function fromRender(run, services, cells, pins) {
    if ('unrendered' in run) {
        pins.unrendered = run.unrendered;
        return;
    }
    for (const name of services) {
        const pin = run.pins.get(name);
        if (!pin) {
            (pins.runsNone ??= []).push(name);
            continue;
        }
        cells.set(name, `${pin.tag ?? '—'} ${(0,_pins_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDigest */ .VK)(pin.digest)}`);
        pins.services[name] = { tag: pin.tag ?? null, digest: pin.digest ?? null };
        (pins.rendered ??= {})[name] = pin.object;
    }
}
/** The table from each environment's column, in the request's order; the column `after` (an index) is labelled `<name> (after)`. */
function sideBySide(req, columns, after = -1) {
    const envs = req.environments;
    const rows = req.services.map((s) => ({ service: s.name, cells: columns.map((c) => c.cells.get(s.name) ?? '—') }));
    if (envs.some((e) => e.application))
        rows.push({ service: 'chart version', cells: columns.map((c) => c.chart) });
    return { environments: envs.map((e, i) => (i === after ? `${e.name} (after)` : e.name)), rows };
}
/**
 * Every environment's pins at the base in full values (not the table's display strings); `cache` holds the run's
 * parses; `rendered`, a service an environment's file does not pin is what its render runs.
 */
async function environmentPins(req, readBase, cache = new _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .ParseCache */ .i(), rendered) {
    const read = await Promise.all(req.environments.map((env) => readEnvironment(req, env, readBase, cache, rendered && (() => rendered(env, readBase)))));
    return read.map((r) => r.pins);
}
/**
 * Every environment side by side for the configured services (tag and short
 * digest), plus the chart version of each environment's Application, the
 * target's column as this promotion leaves it (`edited`: the plan's files
 * after their edit). A file that cannot be read shows `?` rather than
 * failing the promotion; with `rendered`, a service an environment's file does
 * not pin shows what its render runs.
 */
async function promotionSideBySide(req, toIndex, readBase, edited, cache, rendered) {
    const columns = await Promise.all(req.environments.map(async (env, i) => {
        const read = async (p) => (i === toIndex && edited.has(p) ? edited.get(p) : await readBase(p));
        return (await readEnvironment(req, env, read, cache, rendered && (() => rendered(env, read)))).column;
    }));
    return sideBySide(req, columns, toIndex);
}


/***/ }),

/***/ 99836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ driftOutcome),
/* harmony export */   Iu: () => (/* binding */ chartSource),
/* harmony export */   Qh: () => (/* binding */ checkValuesDrift),
/* harmony export */   ch: () => (/* binding */ valuesDriftAnnotations),
/* harmony export */   fj: () => (/* binding */ join),
/* harmony export */   ue: () => (/* binding */ chartFolders),
/* harmony export */   v0: () => (/* binding */ chartLocator),
/* harmony export */   w7: () => (/* binding */ valuesDriftJson),
/* harmony export */   zK: () => (/* binding */ valuesDriftMarkdown)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69730);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _charts_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17892);
/* harmony import */ var _chart_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26002);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(69888);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64293);
/* harmony import */ var _values_contract_drift_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35577);
/* harmony import */ var _values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69630);
/* harmony import */ var _charts_archive_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(68657);
/* harmony import */ var _chart_repository_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77063);
/* harmony import */ var _application_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(21120);
// values-drift: when a promotion moves the target's chart version (its Application's targetRevision), the
// target's values file is compared with both chart versions: the one the target runs now and the one promoted.
// A key the current version reads and the promoted one no longer reads is drift (values/chart-drift.ts), as is
// one the current version's templates read and the promoted version's no longer do, though its values.yaml
// keeps it (values/contract-drift.ts). Each version is read where it was released: the repository at the
// chart's release tag (`<chart>-<version>`), the chart folder at the promoted ref when its Chart.yaml says that
// version, else its OCI artifact (the Application's registry, or the config's chart-registry); what is found
// must say that version in its Chart.yaml. `error` (the default for protected environments) refuses the
// promotion before anything is written, also when a version cannot be read (naming what was tried); `warn`
// annotates and goes on; `off` skips it.











/** What a values comparison reads of a packaged chart: its templates and subcharts too. */
const ARCHIVE_PARTS = { templates: true, subcharts: true };


/**
 * The comparison for a planned promotion that changes the chart version;
 * undefined when it changes none, the mode is off, or the values are the
 * Application's own (inline values are the chart's caller, not a file of keys).
 * In error mode every dropped key is a UserError at its line, thrown together,
 * and a chart version that cannot be read is one at the Application's line.
 */
async function checkValuesDrift(req, route, plan, ports, baseSha, cache) {
    // The target's values-drift: the input, else its config key, else error when protected and warn otherwise.
    const mode = route.to.settings.valuesDrift;
    const { to } = route;
    if (mode === 'off' || !plan.chart || !to.application)
        return undefined;
    const { file: appFile, name } = (0,_application_js__WEBPACK_IMPORTED_MODULE_10__/* .splitApplicationRef */ .O6)(to.application);
    if (appFile === to.values)
        return undefined;
    const appText = await ports.git.readAt(baseSha, appFile);
    if (appText === undefined)
        return undefined;
    const source = chartSource(appText, appFile, name, req.charts);
    const envText = plan.files.find((f) => f.path === to.values)?.after ?? (await ports.git.readAt(baseSha, to.values));
    if (envText === undefined)
        return undefined;
    const locate = chartLocator(req, source, ports, baseSha, to.values, plan.chart);
    const [current, promoted] = await Promise.all([locate(plan.chart.old), locate(plan.chart.new)]);
    return driftOutcome(mode, plan.chart, current, promoted, (charts) => (0,_values_contract_drift_js__WEBPACK_IMPORTED_MODULE_6__/* .compareDrift */ .p)(envText, to.values, charts, undefined, cache));
}
/**
 * values-drift's verdict once both chart versions were looked for: an unread
 * one refuses in error mode (at the chart version's line) and is said in warn;
 * else `compare` judges the environment's values against both, and in error
 * mode each dropped key is a UserError at its line, thrown together.
 */
function driftOutcome(mode, at, current, promoted, compare) {
    const chartName = (f) => ('chart' in f ? f.chart.name : f.name);
    const label = `${chartName(promoted)} ${at.old || '(none)'} → ${at.new}`;
    const where = [current, promoted].map((f) => `${chartName(f)} ${f.version} ${'chart' in f ? `from ${f.where}` : 'unread'}`).join('; ');
    const unread = [current, promoted].flatMap((f) => ('unread' in f ? [f.unread] : []));
    if (unread.length > 0) {
        if (mode === 'error')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`values-drift: ${unread.join('; ')}`, {
                file: at.file,
                line: at.line,
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `publish each chart version where lockstep reads it (its release tag ${chartName(promoted)}-<version> in this repository, its OCI artifact: the Application's registry or chart-registry in the config, or the https Helm repository's index.yaml), or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)('values-drift', 'warn')} to promote without the comparison`,
            });
        return { mode, chart: label, where, findings: [], notCompared: [], unread: unread.join('; ') };
    }
    const [was, now] = [current.chart, promoted.chart];
    const { findings, notCompared } = compare({ current: was, promoted: now });
    if (mode === 'error')
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .throwAll */ .Kx)(findings.map((f) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`values-drift: ${f.message}`, {
            file: f.file,
            line: f.line,
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .words */ .aL) `remove or rename the key before promoting chart ${now.name} ${now.version} (read from ${promoted.where}), or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .setting */ .Pe)('values-drift', 'warn')}`,
        })));
    return { mode, chart: label, where, findings, notCompared };
}
/** repoURL, chart and path of the Application source the promotion edits (of an OCIRepository: its chart). */
function chartSource(text, file, name, charts) {
    const rev = (0,_application_js__WEBPACK_IMPORTED_MODULE_10__/* .findChartRevision */ .xL)(text, file, name, charts);
    const parsed = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml */ .hN)(text.replace(/^\ufeff/, ''), file, { allowMulti: true });
    let node = parsed.documents?.[rev.document ?? 0]?.contents;
    // An OCIRepository has no chart key: flux.ts took its chart from spec.url's last segment. Reading the chart
    // from that registry (and a HelmRelease's values as values) is values-drift's Flux support, not here yet.
    if (rev.flux === 'OCIRepository')
        return { ...(rev.chart ? { chart: rev.chart } : {}), ociRepository: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, 'spec'), 'url')) ?? '' };
    for (const key of rev.path.slice(0, -1))
        node = typeof key === 'number' ? node?.items?.[key] : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, key);
    return {
        repoURL: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, 'repoURL')),
        chart: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, 'chart')),
        path: (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .mapValue */ .IS)(node, 'path')),
    };
}
/**
 * Finds a chart version, memoised per version: see chartAt. The chart
 * folders of the repository are listed once, at the base.
 */
function chartLocator(req, source, ports, baseSha, valuesFile, at) {
    let folders;
    const found = new Map();
    return (version) => {
        folders ??= chartFolders(req, source, ports, baseSha, valuesFile);
        let f = found.get(version);
        if (!f)
            found.set(version, (f = folders.then((dirs) => chartAt(req, source, dirs, version, ports, baseSha, at))));
        return f;
    };
}
/**
 * The folders that may hold the Application's chart: its source's `path:`,
 * a folder holding the values file (or one of its parents), and the charts
 * the config's `charts:` entries find at the base (globs included); with a
 * `chart:` name, only those whose Chart.yaml has that name.
 */
async function chartFolders(req, source, ports, baseSha, valuesFile) {
    const dirs = [];
    if (source.path)
        dirs.push(source.path.replace(/\/+$/, '') || '.');
    else {
        for (let dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(valuesFile);; dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(dir)) {
            dirs.push(dir);
            if (dir === '.' || dir === '/' || dir === '')
                break;
        }
        const paths = await ports.git.listFiles(baseSha);
        if (paths)
            dirs.push(...(0,_charts_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .findCharts */ .Jd)(paths, req.charts.length > 0 ? req.charts : undefined));
        else
            for (const c of req.charts)
                if (!/[*?[\]{}!]/.test(c))
                    dirs.push(c.replace(/\/+$/, ''));
    }
    const out = [];
    for (const dir of [...new Set(dirs)].filter((d) => !d.split('/').includes('..'))) {
        const text = await ports.git.readAt(baseSha, join(dir, 'Chart.yaml'));
        if (text === undefined)
            continue;
        const name = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .chartMeta */ .Ae)(text).name;
        if (!name || (source.chart && name !== source.chart))
            continue;
        out.push({ dir, name });
    }
    return out;
}
/**
 * The chart at `version`, tried in order: each chart folder at its release
 * tag `<name>-<version>`, each chart folder at the promoted ref (a rollback's
 * ref, else the base), then the chart's OCI artifact. What is found must say
 * `version` in its Chart.yaml; every place tried is named when none has it.
 */
async function chartAt(req, source, folders, version, ports, baseSha, line) {
    const name = source.chart ?? folders[0]?.name ?? (source.path ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(source.path) : 'chart');
    const what = `chart ${name} ${version || '(no version)'}`;
    if (!(0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(version) || (0,semver__WEBPACK_IMPORTED_MODULE_1__.valid)(version) !== version)
        return { unread: `${what} could not be read: '${version}' is not an exact chart version`, name, version };
    const tried = [];
    const read = async (commit, dir) => {
        const text = await ports.git.readAt(commit, join(dir, 'Chart.yaml'));
        if (text === undefined)
            return 'no Chart.yaml';
        const meta = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .chartMeta */ .Ae)(text);
        if (meta.name !== name)
            return `its Chart.yaml names ${meta.name ?? 'no chart'}`;
        if (meta.version !== version)
            return `its Chart.yaml says version ${meta.version ?? '(none)'}`;
        return (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readChartValues */ .zV)(gitTree(ports, commit), dir, { ...meta, name, version });
    };
    for (const f of folders) {
        const tag = `${f.name}-${version}`;
        const commit = await ports.git.resolveRef(tag);
        if (!commit) {
            if (!tried.includes(`tag ${tag} (not in the repository)`))
                tried.push(`tag ${tag} (not in the repository)`);
            continue;
        }
        const chart = await read(commit, f.dir);
        if (typeof chart !== 'string')
            return { chart, where: `${f.dir} at tag ${tag}`, version };
        tried.push(`${f.dir} at tag ${tag} (${chart})`);
    }
    const ref = req.from.kind === 'ref' ? ((await ports.git.resolveRef(req.from.ref)) ?? baseSha) : baseSha;
    const at = req.from.kind === 'ref' ? `ref ${req.from.ref}` : `the base branch ${req.base}`;
    for (const f of folders) {
        const chart = await read(ref, f.dir);
        if (typeof chart !== 'string')
            return { chart, where: `${f.dir} at ${at}`, version };
        tried.push(`${f.dir} at ${at} (${chart})`);
    }
    const fromArchive = async (files, where) => {
        const meta = (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .chartMeta */ .Ae)(files.get('Chart.yaml') ?? '');
        if (meta.name === name && meta.version === version)
            return { chart: await (0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readChartValues */ .zV)((0,_values_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .archiveTree */ .HT)(files), '', { ...meta, name, version }), where, version };
        tried.push(`${where} (${meta.name !== name ? `its Chart.yaml names ${meta.name ?? 'no chart'}` : `its Chart.yaml says version ${meta.version ?? '(none)'}`})`);
        return undefined;
    };
    // A classic https repository: index.yaml and the archive it lists, digest checked (chart-repository.ts).
    const classic = await (0,_chart_repository_js__WEBPACK_IMPORTED_MODULE_9__/* .repositoryChart */ .r)(ports, source, version, line);
    if (classic && 'tried' in classic)
        tried.push(classic.tried);
    else if (classic) {
        const files = await (0,_charts_archive_js__WEBPACK_IMPORTED_MODULE_8__/* .readChartArchive */ .h)(Buffer.from(classic.tgz), `chart ${name} ${version} from ${classic.where}`, ARCHIVE_PARTS);
        const found = await fromArchive(files, classic.where);
        if (found)
            return found;
    }
    const image = (0,_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .ociReference */ .H6)(source, version) ?? (0,_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .configuredRegistry */ .ON)(req, name, version);
    if (image) {
        const where = (0,_chart_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .chartWhere */ .w4)(image);
        try {
            const found = await fromArchive(await ports.readChart(image), where);
            if (found)
                return found;
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo || (e instanceof Error && e.name === 'RegistryError')))
                throw e;
            tried.push(`${where} (${e.message})`);
        }
    }
    if (tried.length === 0)
        tried.push(source.ociRepository !== undefined
            ? `no chart folder of the repository is named ${name} (charts: in the config), and the chart of an OCIRepository (${source.ociRepository || 'no spec.url'}) is not read yet`
            : `no chart folder of the repository is named ${name} (charts: in the config) and the Application's repoURL ${source.repoURL ?? '(none)'} is no OCI registry or https Helm repository`);
    return { unread: `${what} could not be read: tried ${tried.join('; ')}`, name, version };
}
/** The repository at `commit` as a chart tree (a vendored .tgz read as bytes). */
function gitTree(ports, commit) {
    return {
        text: (path) => ports.git.readAt(commit, path),
        list: async (dir) => (await ports.git.listFiles(commit, dir)) ?? [],
        bytes: (path) => ports.git.readBytesAt(commit, path),
    };
}
function join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}
/** A key not compared, as one line: the key, the keys set below it, and why. */
function uncomparedText(k) {
    const below = k.keys.length === 1 && k.keys[0] === k.key ? '' : ` (${k.keys.join(', ')})`;
    return `key ${k.key}${below} was not compared: ${k.why}`;
}
const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** The report as Markdown for the PR body and the job summary (every name and message escaped). */
function valuesDriftMarkdown(r) {
    const head = `**values-drift (${r.mode})** chart ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(r.chart)} (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(r.where)}):`;
    if (r.unread)
        return `${head} the values were not compared (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(r.unread)}).`;
    const uncompared = r.notCompared.map((k) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .codeSpan */ .SS)(`${k.file}:${k.line}`)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(uncomparedText(k))}`);
    const skipped = uncompared.length === 0 ? [] : ['', `${plural(uncompared.length, 'key')} not compared:`, '', ...uncompared];
    if (r.findings.length === 0)
        return uncompared.length === 0
            ? `${head} the promoted version still reads every key the values file sets that the current version reads.`
            : [
                `${head} the promoted version still reads every key compared that the current version reads; ${plural(uncompared.length, 'key')} not compared.`,
                ...skipped,
            ].join('\n');
    const lines = r.findings.map((f) => `- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .codeSpan */ .SS)(`${f.file}:${f.line}`)} ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeMarkdown */ .FV)(f.message)}`);
    return [
        `${head} ${plural(r.findings.length, 'key')} the promoted version no longer reads; the promotion goes on (values-drift: warn).`,
        '',
        ...lines,
        ...skipped,
    ].join('\n');
}
/** values-drift's annotations: one per dropped key (warn mode) and one per key not compared (either mode) at its line; an unread chart is one warning. */
function valuesDriftAnnotations(r) {
    if (!r)
        return [];
    if (r.unread)
        return [
            {
                annotate: 'warning',
                message: `values-drift: ${r.unread}; the target's values were not compared (values-drift: warn)`,
            },
        ];
    return [
        ...r.findings.map((f) => ({ annotate: 'warning', message: `values-drift: ${f.message}`, file: f.file, line: f.line })),
        ...r.notCompared.map((k) => ({
            annotate: 'warning',
            message: `values-drift: ${uncomparedText(k)}`,
            file: k.file,
            line: k.line,
        })),
    ];
}
/** The report for `lockstep promote --json`. */
function valuesDriftJson(r) {
    return {
        mode: r.mode,
        chart: r.chart,
        where: r.where,
        unread: r.unread ?? null,
        findings: r.findings.map((f) => ({ file: f.file, line: f.line, key: f.key, message: f.message })),
        'not-compared': r.notCompared.map((k) => ({ file: k.file, line: k.line, key: k.key, keys: k.keys, why: k.why })),
    };
}


/***/ }),

/***/ 73190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ generatedBy),
/* harmony export */   GG: () => (/* binding */ promotionTrailerLines),
/* harmony export */   Md: () => (/* binding */ promotionsIn),
/* harmony export */   bB: () => (/* binding */ lockstepBlock)
/* harmony export */ });
/* unused harmony exports TRAILER, releaseTrailerLine, lockstepLines, fixMarksOf, claimsOf, vouchedRecords, vouch, olderPromotionWords */
// The machine-readable trailers lockstep's own commits carry, written by
// promote-env (a promotion) and prepare-release (a release), and read back by
// the one reader of lockstep's records (records/history.ts): metrics, record:
// deployments. Keys and values are documented in docs/metrics.md.
/** The keys, each on a line of its own in the commit message's trailer block. */
const TRAILER = {
    environment: 'Lockstep-Environment',
    from: 'Lockstep-From',
    rollback: 'Lockstep-Rollback',
    service: 'Lockstep-Service',
    chart: 'Lockstep-Chart',
    release: 'Lockstep-Release',
    generated: 'Lockstep-Generated',
    /** A team's mark on a change (never written by lockstep): the release it repairs (docs/metrics.md). */
    fixes: 'Lockstep-Fixes',
};
/** A value on one trailer line: no line break, no leading or trailing blank (a tag or ref never has any). */
function oneLine(v) {
    return v.replace(/[\r\n]+/g, ' ').trim();
}
/** The trailer lines of a promotion, in a fixed order (before `Lockstep-Generated: promote-env`). */
function promotionTrailerLines(p) {
    const lines = [`${TRAILER.environment}: ${oneLine(p.environment)}`, `${TRAILER.from}: ${oneLine(p.from)}`];
    if (p.rollback)
        lines.push(`${TRAILER.rollback}: true`);
    // A service line is three words: no blank inside a name, tag or digest (none has one) can shift the others.
    const word = (v) => (v ?? '').replace(/\s+/g, '') || '-';
    for (const s of p.services)
        lines.push(`${TRAILER.service}: ${word(s.name)} ${word(s.tag)} ${word(s.digest)}`);
    if (p.chart !== undefined)
        lines.push(`${TRAILER.chart}: ${oneLine(p.chart)}`);
    return lines;
}
/** The trailer line of a release commit: `Lockstep-Release: v1.4.0`. */
function releaseTrailerLine(tag) {
    return `${TRAILER.release}: ${oneLine(tag)}`;
}
/**
 * The `Lockstep-*: value` lines of a message wherever they are: what a commit
 * claims, counted but never believed (a squash merge's body, a pasted
 * description). Only a trailer block git parsed is read (lockstepBlock).
 */
function lockstepLines(message) {
    const out = [];
    // Most commits are not lockstep's: one search instead of a split.
    if (!message.includes('Lockstep-'))
        return out;
    for (const raw of message.split('\n')) {
        const m = /^\s*(Lockstep-[A-Za-z]+):[ \t]*(.*?)\s*$/.exec(raw);
        // A team's own mark claims no record of lockstep's: it is read apart (fixMarksOf).
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The `Lockstep-*` trailers of a message's trailer block as git parses it:
 * `parsed` is git's `%(trailers:only,unfold)` of the commit, one `Key: value`
 * a line. Git takes only the message's last paragraph, and only when it reads
 * as trailers: a `Lockstep-*` line in the middle of a body is not one.
 */
function lockstepBlock(parsed) {
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^(Lockstep-[A-Za-z]+): ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The values of `Lockstep-Fixes` trailers in a trailer block as git parses it (`parsed`, one `Key: value` a
 * line): the releases a change says it repairs (`1.4.0`, `v1.4.0`). Only the block counts, as for lockstep's
 * own trailers: a line in the middle of a description is no mark.
 */
function fixMarksOf(parsed) {
    if (!parsed.includes(TRAILER.fixes))
        return [];
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^Lockstep-Fixes: ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== '')
            out.push(m[1]);
    }
    return out;
}
/** True when the trailer block holds `Lockstep-Generated: <action>`. */
function generatedBy(block, action) {
    return block.some((t) => t.key === TRAILER.generated && t.value === action);
}
/**
 * The promotions of trailer lines: one per `Lockstep-Environment` line, with
 * the lines that follow it up to the next one. Lines before the first
 * environment belong to none.
 */
function promotionsIn(trailers) {
    const out = [];
    let cur;
    for (const { key, value } of trailers) {
        if (key === TRAILER.environment) {
            cur = { environment: value, from: '', rollback: false, services: [] };
            out.push(cur);
        }
        else if (!cur)
            continue;
        else if (key === TRAILER.from)
            cur.from = value;
        else if (key === TRAILER.rollback)
            cur.rollback = value === 'true';
        else if (key === TRAILER.chart)
            cur.chart = value;
        else if (key === TRAILER.service) {
            const [name, tag, digest] = value.split(/\s+/);
            if (name)
                cur.services.push({ name, ...(tag && tag !== '-' ? { tag } : {}), ...(digest && digest !== '-' ? { digest } : {}) });
        }
    }
    return out;
}
/** What `message` and `block` (its git-parsed `Lockstep-*` trailers) claim; `elsewhere`: Lockstep lines of other messages (vouchedRecords). */
function claimsOf(message, block, elsewhere) {
    const claimed = lockstepLines(message).length + elsewhere;
    const none = { claimed, block: block.length, promoteEnv: false, prepareRelease: false, promotions: [], releases: [], claimedReleases: 0 };
    if (claimed === 0 && block.length === 0)
        return none;
    const version = /^chore\(release\): (\S+)/.exec(message.split('\n', 1)[0] ?? '')?.[1];
    const prepareRelease = generatedBy(block, 'prepare-release') && version !== undefined;
    const claimedReleases = block.filter((t) => t.key === TRAILER.release).map((t) => t.value);
    return {
        ...none,
        promoteEnv: generatedBy(block, 'promote-env'),
        prepareRelease,
        promotions: promotionsIn(block),
        releases: prepareRelease ? claimedReleases.filter((tag) => tag.endsWith(version)) : [],
        claimedReleases: claimedReleases.length,
    };
}
/**
 * What a commit that landed on the base branch records, believing only what
 * lockstep wrote. `message` and `block` are the record's message and its
 * git-parsed trailer block (lockstepBlock): the commit's own for a direct
 * push, a squash or a rebase merge; its merged side's for a merge commit
 * (GitHub writes a merge's own message, lockstep never does). `elsewhere`
 * counts the `Lockstep-*` lines of messages that are not the record (a
 * merge's own). `touched` names the environments whose files (values file,
 * Application) the landed commit changed against its first parent.
 *
 * - A promotion counts when the block holds `Lockstep-Generated: promote-env`
 *   and its `Lockstep-Environment` is one whose files the commit changed.
 * - A release counts when the block holds `Lockstep-Generated: prepare-release`,
 *   the title is prepare-release's `chore(release): <version>` (a squash adds
 *   ` (#12)`) and the `Lockstep-Release` tag ends in that version.
 * - Anything else, and every `Lockstep-*` line outside the block, is ignored.
 */
function vouchedRecords(message, block, elsewhere, touched) {
    return vouch(claimsOf(message, block, elsewhere), touched);
}
/** What lockstep vouches for of `claims` (claimsOf) once the environments whose files the commit changed are known (vouchedRecords). */
function vouch(claims, touched) {
    const { claimed, block, promoteEnv, prepareRelease, releases, claimedReleases } = claims;
    if (claimed === 0 && block === 0)
        return { promotions: [], releases: [], generated: false, ignored: false };
    const promotions = promoteEnv ? claims.promotions.filter((p) => touched.includes(p.environment)) : [];
    // One commit is a promotion or a release, never both. An older promotion names no environment (its
    // landing is inferred from its files), an older release commit no tag.
    const own = promoteEnv !== prepareRelease &&
        (promoteEnv
            ? touched.length > 0 && (claims.promotions.length === 0 || promotions.length > 0)
            : claims.promotions.length === 0 && releases.length === claimedReleases);
    if (!own)
        return { promotions: [], releases: [], generated: false, ignored: true };
    const whole = claimed === block && promotions.length === claims.promotions.length && releases.length === claimedReleases;
    return { promotions, releases, generated: true, ignored: !whole };
}
/**
 * What an older promote-env commit (before the trailers) says in its own
 * words: `promote: <from> → <env> (…)` as its title, `promote: rollback <ref> → …`
 * for a rollback, and one `- service: old → new (digest)` line per change.
 * The digest there is shortened; the environment is taken from the files the commit changed.
 */
function olderPromotionWords(message) {
    const title = message.split('\n', 1)[0] ?? '';
    const m = /^promote: (.+?) → (\S+)/.exec(title);
    const from = m?.[1];
    const rollback = from?.startsWith('rollback ') ?? false;
    const services = [];
    for (const line of message.split('\n')) {
        const s = /^- ([^:\s]+): \S+ → (\S+)(?: \(([^)]*)\))?$/.exec(line.trim());
        if (s && s[1] !== 'chart')
            services.push({ name: s[1], ...(s[2] !== '—' ? { tag: s[2] } : {}) });
    }
    return { ...(from ? { from: rollback ? `ref:${from.slice('rollback '.length)}` : from } : {}), rollback, services };
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
    const limit = parseQuota((0,transport/* header */.wx)(res, 'ratelimit-limit'));
    const remaining = parseQuota((0,transport/* header */.wx)(res, 'ratelimit-remaining'));
    const hub = (0,transport/* header */.wx)(res, 'docker-ratelimit-source') !== undefined ||
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
        let digest = (0,transport/* header */.wx)(head, 'docker-content-digest');
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
        const url = uploadUrl((0,transport/* header */.wx)(opened, 'location'), base, ref);
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
        const stated = (0,transport/* header */.wx)(res, 'docker-content-digest');
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
            digest = (0,manifest/* verifyDigest */.Ub)(res.body, (0,transport/* header */.wx)(res, 'docker-content-digest'));
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
            const tagDigest = (0,transport/* header */.wx)(res, 'docker-content-digest');
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
            const location = (0,transport/* header */.wx)(res, 'location');
            // A challenge from a host we were redirected to is not the registry's: answering it would send the
            // registry's credentials (or fetch a token with them) for another host, so it ends the request here.
            if (res.status === 401 && current.origin !== origin)
                throw new RegistryError('denied', `${current.host} (a redirect from ${new URL(url).host}) asked for authentication; lockstep sends no credentials to another host`);
            if (!transport/* REDIRECTS */.eT.has(res.status) || !location)
                return res;
            let next;
            try {
                ({ next, headers: h } = (0,transport/* redirectHop */.I3)(current, location, origin, h, hop));
            }
            catch (e) {
                if (e instanceof transport/* RedirectError */.Lx)
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
                if (e instanceof transport/* ForbiddenDestinationError */.Ud)
                    throw new RegistryError('refused', e.message);
                if (e instanceof transport/* BodyTooLargeError */.Au)
                    throw new RegistryError('invalid', e.message);
                if (!(e instanceof transport/* NetworkError */.Dr))
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
    return (0,transport/* header */.wx)(res, 'content-type')?.split(';')[0].trim() || undefined;
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

/***/ 21065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uk: () => (/* binding */ objectLabel),
  Mf: () => (/* binding */ sortedKeys),
  Xw: () => (/* binding */ sortedYaml),
  bR: () => (/* binding */ splitObjects),
  Xf: () => (/* binding */ stableYaml)
});

// UNUSED EXPORTS: objectKey

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(48105);
// EXTERNAL MODULE: ./packages/core/src/yaml/js-yaml-core.ts
var js_yaml_core = __webpack_require__(98102);
;// CONCATENATED MODULE: ./packages/core/src/render/documents.ts
// A render's output as plain data, document by document, exactly as the yaml
// package reads it with the YAML 1.2 core schema (the reading every guard and
// diff was written against), at a quarter of its cost. The yaml package builds
// a syntax tree of every node before it gives data: on a 300-object render it
// costs several times the two `helm template` runs themselves (0.46 s of CPU
// for one 115 kB stream, where js-yaml's event parser takes 0.13 s).
//
// So js-yaml reads first, with a schema (yaml/js-yaml-core.ts) to resolve plain scalars
// as the yaml package's core schema does (`0777` and `1_000` stay strings,
// `0o17` is 15, `.5` is a number, `~` and the empty scalar null), and maps
// built as the yaml package builds them (a null key is '', a key met twice is
// refused, a key that is a map or a list is refused). Where the two libraries
// part — any tag, anchor or alias, any `%` directive — the stream is not
// js-yaml's to read: it, and any stream js-yaml refuses, is read by the yaml
// package as before, so its errors and its alias bound are the ones a user
// sees. Helm's and kustomize's plain output takes the fast path; what takes
// the other is what an unusual or hostile chart writes, at yesterday's cost.



/**
 * Every document of a multi-document stream as plain data, as the yaml
 * package gives it (YAML 1.2 core, duplicate keys the last one winning, at
 * most 100 alias expansions); a document the yaml package refuses throws,
 * naming the document (1-based) and the first line of its error.
 */
function readDocuments(text) {
    try {
        const events = (0,js_yaml/* parseEvents */.PH)(text, {});
        if ((0,js_yaml_core/* plain */.pj)(text, events))
            return { documents: (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: js_yaml_core/* CORE_SCHEMA_LIKE_YAML */.YH, maxAliases: 0 }), by: 'js-yaml' };
    }
    catch {
        // js-yaml refuses what the yaml package may read (a duplicate key, nesting past 100): the yaml package decides.
    }
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
    return {
        documents: (Array.isArray(documents) ? documents : [documents]).map((doc, i) => {
            if (doc.errors.length > 0)
                throw new Error(`rendered document ${i + 1} is no YAML: ${doc.errors[0].message.split('\n')[0]}`);
            return doc.toJS({ maxAliasCount: 100 });
        }),
        by: 'yaml',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/render/plain-yaml.ts
// The YAML text of a rendered object, as the yaml package's stringify writes
// it with objects.ts's options (no line folding, a shared object written out
// in full), for objects of the plain shape Kubernetes manifests have: maps,
// lists, integers, booleans, null and strings that need no quotes (or only
// because they spell a number, a boolean or null). The yaml
// package builds a node tree of the data before it prints it; on 600 objects
// that was most of a comparison's cost. Anything else (a string that needs
// quotes, escapes or a block, a float, a key that is no plain word) is the
// yaml package's to write: plainYaml says undefined and the caller asks it.

/**
 * A string the yaml package writes plain, as it is: no indicator first, no
 * `: ` or ` #` inside, no space or `:` last, no line break, and none the core
 * schema would read as null, a boolean or a number (`true`, `1.0`, `0o7`).
 */
const PLAIN = /^[A-Za-z0-9_./=+-][A-Za-z0-9_./:@=+ -]*$/;
const NOT_PLAIN = /: | #|[ :]$|^-(?: |$)|^(?:---|\.\.\.)/;
const plainString = (s) => PLAIN.test(s) && !NOT_PLAIN.test(s) && !(0,js_yaml_core/* coreNonString */.gP)(s);
/** Deeper than this (a cycle through an alias), the yaml package decides. */
const MAX_DEPTH = 64;
/** One scalar's text, or undefined where the yaml package decides. */
function scalar(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : undefined;
    // A string the core schema would read as no string (`"0"`, `"true"`, `""`) is double-quoted: it holds no quote or escape.
    if (typeof v === 'string')
        return plainString(v) ? v : (0,js_yaml_core/* coreNonString */.gP)(v) ? `"${v}"` : undefined;
    return undefined;
}
/** `{}` or `[]` for an empty collection, the scalar's text for a scalar, undefined for a collection with items (written on its own lines). */
function inline(v) {
    if (Array.isArray(v))
        return v.length === 0 ? '[]' : false;
    if (v !== null && typeof v === 'object')
        return Object.keys(v).length === 0 ? '{}' : false;
    return scalar(v);
}
/** An array index as a key (`0`, `17`): a plain object lists these first, in numeric order, whatever order they were set in. */
const isIndex = (k) => /^(?:0|[1-9][0-9]{0,9})$/.test(k) && Number(k) < 4294967295;
/**
 * A map's keys in the order objects.ts's sortedKeys copy lists them: the
 * copy is built in sorted order, and a plain object lists index keys first,
 * in numeric order (as Object.keys already gives them), then the others as set.
 */
function sortedKeyOrder(v) {
    const keys = Object.keys(v);
    let indexes = 0;
    while (indexes < keys.length && isIndex(keys[indexes]))
        indexes++;
    return indexes === 0 ? keys.sort() : [...keys.slice(0, indexes), ...keys.slice(indexes).sort()];
}
/** Lines of a collection with items at `indent`, pushed onto `out` (maps' keys in sortedKeyOrder when `sorted`); false where the yaml package decides. */
function block(v, indent, depth, out, sorted) {
    if (depth > MAX_DEPTH)
        return false;
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        for (const item of v) {
            const text = inline(item);
            if (text === undefined)
                return false;
            if (text !== false) {
                out.push(`${indent}- ${text}\n`);
                continue;
            }
            // A collection in a list starts on the dash's line: its first line's indentation becomes `- `.
            const first = out.length;
            if (!block(item, inner, depth + 1, out, sorted))
                return false;
            out[first] = `${indent}- ${out[first].slice(inner.length)}`;
        }
        return true;
    }
    const record = v;
    for (const key of sorted ? sortedKeyOrder(v) : Object.keys(v)) {
        if (!plainString(key))
            return false;
        const value = record[key];
        const text = inline(value);
        if (text === undefined)
            return false;
        if (text !== false)
            out.push(`${indent}${key}: ${text}\n`);
        else {
            out.push(`${indent}${key}:\n`);
            if (!block(value, inner, depth + 1, out, sorted))
                return false;
        }
    }
    return true;
}
/**
 * The yaml package's text of data (as objects.ts's stableYaml asks it), or undefined where that package must write
 * it; `sorted`: the text of the data's sortedKeys copy, written from the data itself without making the copy.
 */
function plainYaml(v, sorted = false) {
    const text = inline(v);
    if (text === undefined)
        return undefined;
    if (text !== false)
        return `${text}\n`;
    const out = [];
    return block(v, '', 0, out, sorted) ? out.join('') : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/render/objects.ts
// A render's output as Kubernetes objects keyed by apiVersion/kind/namespace/
// name, read as the yaml package reads it (documents.ts; the `# Source:`
// comments and `---` separators Helm writes are the parser's business). Each
// object is printed again with its keys in a stable order, so two renders
// compare line by line.



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
/** Whether an object is a list kubectl and Argo CD apply item by item: `kind: List` or any `*List` with an `items` list. */
function isList(b) {
    return typeof b.kind === 'string' && b.kind.endsWith('List') && Array.isArray(b.items);
}
/**
 * The objects of a multi-document manifest, by key; `namespace` is given to
 * objects that name none, as Argo CD applies them into the destination
 * namespace. A `List` (or any `*List`) is unwrapped into its items, nested
 * lists too, as kubectl and Argo CD apply them: a Secret inside one is a
 * Secret like any other. Documents that are empty or no object (a bare
 * comment) are skipped; a document the parser refuses is an error naming it.
 */
function splitObjects(text, namespace = '') {
    const out = new Map();
    const add = (body) => {
        if (!body || typeof body !== 'object' || Array.isArray(body))
            return;
        const b = body;
        if (isList(b)) {
            for (const item of b.items)
                add(item);
            return;
        }
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
    };
    for (const doc of readDocuments(text).documents)
        add(doc);
    return out;
}
/**
 * A copy of data with every map's keys sorted (arrays keep their order). An
 * object met twice (a YAML alias) is copied once and shared, as structuredClone
 * shares it: a change made through one place shows at the other.
 */
function sortedKeys(v, seen = new Map()) {
    if (!v || typeof v !== 'object')
        return v;
    const known = seen.get(v);
    if (known !== undefined)
        return known;
    const copy = Array.isArray(v)
        ? v.map((x) => sortedKeys(x, seen))
        : Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, sortedKeys(v[k], seen)]));
    seen.set(v, copy);
    return copy;
}
/**
 * Data sorted by sortedKeys as YAML, no line folding, a shared object written out in full at each place: the text the
 * diff is taken of (written by plain-yaml.ts where the data has a manifest's plain shape, the same text).
 */
function stableYaml(sorted) {
    return plainYaml(sorted) ?? (0,dist/* stringify */.As)(sorted, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
/**
 * `stableYaml(sortedKeys(v))`, the same text, written from `v` in sorted key order without the copy where the data
 * has a manifest's plain shape (a comparison prints every object of both renders; the copies were most of its garbage).
 */
function sortedYaml(v) {
    return plainYaml(v, true) ?? stableYaml(sortedKeys(v));
}


/***/ }),

/***/ 24618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ isFluxKustomization),
/* harmony export */   YO: () => (/* binding */ overlayTarget)
/* harmony export */ });
/* unused harmony exports applicationKustomize, fluxKustomize */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
// What an environment's `kustomization:` (or `flux-kustomization:`) names, read
// for a render: a kustomization file or folder, an Argo CD Application whose
// source path is an overlay (its kustomize.images and destination namespace),
// or a Flux Kustomization (its spec.path, spec.images and targetNamespace, as
// kustomize-controller builds it). render/kustomize.ts builds what this names.


const strings = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : undefined);
/** Whether a document's kind and apiVersion make it a Flux Kustomization (kustomize.toolkit.fluxcd.io/*), not kustomize's own. */
function isFluxKustomization(kind, apiVersion) {
    return kind === 'Kustomization' && typeof apiVersion === 'string' && apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}
/** An Argo CD Application's kustomize source: its path, images and destination namespace; undefined when the text is none. */
function applicationKustomize(text) {
    if (text === undefined)
        return undefined;
    try {
        for (const doc of documents(text)) {
            const app = asObj(doc);
            if (!app || app.kind !== 'Application' || !asObj(app.spec))
                continue;
            const spec = asObj(app.spec);
            const sources = [asObj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(asObj) : [])].filter((s) => !!s);
            const src = sources.find((s) => asObj(s.kustomize)) ?? sources.find((s) => asStr(s.path) !== undefined) ?? {};
            return {
                ...(asStr(src.path) !== undefined ? { path: asStr(src.path).replace(/\/+$/, '') || '.' } : {}),
                images: strings(asObj(src.kustomize)?.images),
                ...(asStr(asObj(spec.destination)?.namespace) ? { namespace: asStr(asObj(spec.destination)?.namespace) } : {}),
            };
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
/**
 * A Flux Kustomization (kustomize.toolkit.fluxcd.io) as kustomize-controller builds it: its spec.path (relative to
 * the source's root, this repository for a GitRepository source), its spec.images as image strings, its
 * targetNamespace; `unavailable` when its manifests come from another source. Undefined when the text holds none.
 */
function fluxKustomize(text) {
    if (text === undefined)
        return undefined;
    let found;
    try {
        found = documents(text)
            .map(asObj)
            .find((d) => isFluxKustomization(d?.kind, d?.apiVersion));
    }
    catch {
        return undefined;
    }
    if (!found)
        return undefined;
    const spec = asObj(found.spec) ?? {};
    const source = asStr(asObj(spec.sourceRef)?.kind) ?? 'GitRepository';
    if (source !== 'GitRepository')
        return { unavailable: `the Flux Kustomization builds manifests of its ${source}, not of this repository` };
    const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize((asStr(spec.path) ?? '.').replace(/^\.?\/+/, '') || '.').replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../'))
        return { unavailable: `the Flux Kustomization's spec.path ${asStr(spec.path)} is outside the repository` };
    const images = (Array.isArray(spec.images) ? spec.images : []).flatMap((i) => {
        const o = asObj(i);
        const name = asStr(o?.name);
        if (!o || !name)
            return [];
        const tag = asStr(o.newTag);
        const digest = asStr(o.digest);
        return [`${name}=${asStr(o.newName) ?? name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`];
    });
    const namespace = asStr(spec.targetNamespace);
    return { path, images, ...(namespace ? { namespace } : {}) };
}
/** Each document of a YAML text as data; a document that does not parse is undefined. */
function documents(text) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseAllDocuments */ .hR)(text.replace(/^\ufeff/, ''));
    return (Array.isArray(docs) ? docs : [docs]).map((d) => (d.errors.length > 0 ? undefined : d.toJS({ maxAliasCount: 100 })));
}
/**
 * What `kustomization:` names at a revision: a kustomization file (its
 * folder is built), a folder holding one, or an Argo CD Application (its
 * source path is built with its kustomize.images). `application:` beside an
 * overlay gives the destination namespace and any kustomize.images it sets.
 */
async function overlayTarget(read, kustomization, application) {
    const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(kustomization.trim().replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
    if (path === '..' || path.startsWith('../') || path.startsWith('/'))
        return { unavailable: `${kustomization} is outside the repository` };
    const text = path === '.' ? undefined : await read(path);
    // A Flux Kustomization: its spec.path built with its spec.images and targetNamespace.
    const flux = fluxKustomize(text);
    if (flux && 'unavailable' in flux)
        return flux;
    if (flux)
        return { dir: flux.path, file: path, images: flux.images, ...(flux.namespace ? { namespace: flux.namespace } : {}), flux: true };
    const app = applicationKustomize(text);
    if (app) {
        if (app.path === undefined)
            return { unavailable: `the Application ${path} names no source path to build` };
        return { dir: app.path, file: path, images: app.images, ...(app.namespace ? { namespace: app.namespace } : {}) };
    }
    const dir = text !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path) : path;
    const file = text !== undefined ? path : `${path === '.' ? '' : `${path}/`}kustomization.yaml`;
    const beside = application ? applicationKustomize(await read(application.split('#')[0])) : undefined;
    return {
        dir,
        file,
        ...(beside?.images.length ? { images: beside.images } : {}),
        ...(beside?.namespace ? { namespace: beside.namespace } : {}),
    };
}


/***/ }),

/***/ 29002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   bq: () => (/* binding */ parseJsonAt)
/* harmony export */ });
/* unused harmony exports frame, lineEnding, lineAt, parseJsonWith */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/** Splits off the BOM and finds the line ending, so edits can put both back. */
function frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    return { bom, body, eol: lineEnding(body) };
}
/** The text without a leading byte-order mark. */
function stripBom(text) {
    return text.startsWith('\ufeff') ? text.slice(1) : text;
}
/** The line ending of the first line break ('\n' when there is none). */
function lineEnding(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * JSON.parse with a UserError naming the file and line on a syntax error. V8's
 * messages do not always carry a position, so the error is located with
 * jsonc-parser (strict: no comments, no trailing commas), which is loaded only
 * then: a run that reads valid JSON never loads it. A BOM is skipped.
 */
async function parseJsonAt(text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 9547).then(__webpack_require__.t.bind(__webpack_require__, 99547, 23)), body, file, hint, what, e);
    }
}
/** parseJsonAt for callers that hold jsonc-parser already (editors that need its offsets): synchronous. */
function parseJsonWith(jsonc, text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(jsonc, body, file, hint, what, e);
    }
}
function jsonSyntaxError(jsonc, body, file, hint, what, cause) {
    const errors = [];
    jsonc.parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first
        ? describeJsonError(jsonc.printParseErrorCode(first.error))
        : (cause instanceof Error ? cause.message : String(cause)).replace(/[\r\n]+/g, ' ').slice(0, 120);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ }),

/***/ 13483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fU: () => (/* binding */ globMatcher)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, MAX_GLOBSTARS, MAX_GLOB_LOOPS, globProblem, GLOB_HINT, globError */
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


/***/ }),

/***/ 9053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ parseWith),
/* harmony export */   i: () => (/* binding */ ParseCache)
/* harmony export */ });
/**
 * Parses kept for one run. An operation reads the same few texts many times —
 * a promotion reads one pin per service from each values file, edits it,
 * checks the edit and reads the result again; a release plans its files twice
 * and its dry run diffs them — and parsing is most of each step's cost. The
 * run creates one ParseCache and hands it down to the updaters (an option or
 * a parameter); an updater given none parses every time, which is correct and
 * only slower. Nothing is kept between runs or between calls of a pure
 * function: the cache dies with the run that made it.
 *
 * Entries are keyed by the text itself, then by the kind of parse and a
 * variant (the file name, which a parse carries into its error messages).
 * The text is the key as it is — no key is built by concatenating it, which
 * would copy and hash the whole file on every read. Cached parses are shared,
 * so whoever gets one only reads it.
 *
 * Bounded, least recently used first out: by the number of texts kept and by
 * their total length, so a run over thousands of charts or one huge values
 * file cannot hold every parse it ever made. A text longer than the whole
 * budget is parsed and not kept.
 */
class ParseCache {
    // text → (kind name + variant) → parse. Map order is the recency order: a hit moves its text to the end.
    #texts = new Map();
    #maxTexts;
    #maxChars;
    #chars = 0;
    // The text touched last and its entries: it is already the most recently used, so the next reader of the same
    // text (a status reads ~300 pins from each values file in a row) finds it without moving it, which for a Map
    // is a delete and a set, and a rehash every few of them.
    #lastText;
    #lastEntries;
    /** `maxTexts` texts (default 4096) and `maxChars` UTF-16 units of text (default 32 Mi) at most. */
    constructor(limits = {}) {
        this.#maxTexts = limits.maxTexts ?? 4096;
        this.#maxChars = limits.maxChars ?? 32 * 1024 * 1024;
    }
    /** The parse of `text` by `kind` for `variant`: the kept one, else a fresh one, kept. A parse that throws is not kept. */
    get(kind, text, variant = '') {
        const key = entryKey(kind, variant);
        const byKind = this.#touch(text);
        if (byKind?.has(key))
            return byKind.get(key);
        const value = kind.parse(text, variant);
        this.put(kind, text, value, variant);
        return value;
    }
    /** Keeps a parse a caller already made (e.g. while planning), for the next reader of the same text. */
    put(kind, text, value, variant = '') {
        if (text.length > this.#maxChars)
            return;
        let byKind = this.#touch(text);
        if (!byKind) {
            byKind = new Map();
            this.#texts.set(text, byKind);
            this.#chars += text.length;
            [this.#lastText, this.#lastEntries] = [text, byKind];
        }
        byKind.set(entryKey(kind, variant), value);
        this.#evict();
    }
    /** The kept parse, if any; never parses. */
    peek(kind, text, variant = '') {
        return this.#touch(text)?.get(entryKey(kind, variant));
    }
    /**
     * Lets go of every parse of `text`, for a caller that knows it is read no
     * more (a promotion's target values before the edit, once the edit is
     * checked): a parse of a large file is megabytes the run need not hold. A
     * later reader of the same text parses it again, which is correct and only
     * slower.
     */
    forget(text) {
        this.#forgetLast();
        if (!this.#texts.delete(text))
            return;
        this.#chars -= text.length;
    }
    /** Lets go of every parse kept (the run's last reader is done; a later one parses again). */
    clear() {
        this.#forgetLast();
        this.#texts.clear();
        this.#chars = 0;
    }
    /** How many texts are kept, and their total length (for tests of the bound). */
    get size() {
        return { texts: this.#texts.size, chars: this.#chars };
    }
    /** The text's entries, moved to the most recently used end. */
    #touch(text) {
        if (this.#lastEntries !== undefined && text === this.#lastText)
            return this.#lastEntries;
        const byKind = this.#texts.get(text);
        if (byKind) {
            this.#texts.delete(text);
            this.#texts.set(text, byKind);
            [this.#lastText, this.#lastEntries] = [text, byKind];
        }
        return byKind;
    }
    #forgetLast() {
        [this.#lastText, this.#lastEntries] = [undefined, undefined];
    }
    #evict() {
        for (const oldest of this.#texts.keys()) {
            if (this.#texts.size <= this.#maxTexts && this.#chars <= this.#maxChars)
                return;
            if (oldest === this.#lastText)
                this.#forgetLast();
            this.#texts.delete(oldest);
            this.#chars -= oldest.length;
        }
    }
}
/** The parse of `text` through `cache` when the caller has one, else a fresh parse. */
function parseWith(cache, kind, text, variant = '') {
    return cache ? cache.get(kind, text, variant) : kind.parse(text, variant);
}
function entryKey(kind, variant) {
    return variant === '' ? kind.name : `${kind.name}\0${variant}`;
}


/***/ }),

/***/ 11867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ PatternSyntaxError),
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


/***/ }),

/***/ 91062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ trailBody),
/* harmony export */   KP: () => (/* binding */ TRAIL_MARKER),
/* harmony export */   Lh: () => (/* binding */ shipsOf),
/* harmony export */   UI: () => (/* binding */ shipsMarker),
/* harmony export */   ee: () => (/* binding */ describeTrail)
/* harmony export */ });
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69888);
// The trail a source pull request gets: one comment from lockstep, edited in
// place, saying where its change went — "Released in v1.5.0", then one line
// per environment a promotion took it to, with that promotion's pull request
// and its state. Pure text in and out: the comment's current body is read
// back, the new step merged in, the whole written again.

/** The marker kind of the trail comment (`<!-- lockstep:trail -->`). */
const TRAIL_MARKER = 'trail';
const RELEASE_LINE = /^Released in (\S+)$/;
const ENV_LINE = /^→ (.+?) \((?:#\d+, )?[^()]*\)$/;
/** A step's line: `Released in v1.5.0`, `→ staging (#41, merged 2026-11-20)`, `→ prod (#44, draft)`. */
function lineOf(step) {
    if ('release' in step)
        return { key: 'release', line: `Released in ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.release)}` };
    const env = (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(step.environment);
    return { key: `env:${env}`, line: step.state === 'direct' ? `→ ${env} (committed directly)` : `→ ${env} (#${step.pull}, ${step.state})` };
}
/**
 * The trail's text with `step` merged into what `existing` (the comment's
 * current body, or undefined) says: the release line first, then each
 * environment in the order it was first reached, a step for an environment
 * already there replacing its line. Lines lockstep did not write are dropped.
 */
function trailBody(existing, step) {
    let release;
    const envs = new Map();
    for (const raw of (existing ?? '').split(/\r?\n/)) {
        const line = raw.trim();
        if (RELEASE_LINE.test(line))
            release = line;
        const env = ENV_LINE.exec(line);
        if (env)
            envs.set(`env:${env[1]}`, line);
    }
    const { key, line } = lineOf(step);
    if (key === 'release')
        release = line;
    else
        envs.set(key, line);
    return [...(release ? [release] : []), ...envs.values()].join('\n');
}
/** The hidden line a promotion pull request carries: the source pull requests it ships, read back when it merges. */
function shipsMarker(pulls) {
    return `<!-- lockstep:ships ${[...new Set(pulls)].sort((a, b) => a - b).join(' ')} -->`;
}
/** The pull requests a promotion pull request's body says it ships (at most 200), from its shipsMarker line. */
function shipsOf(body) {
    const m = /<!-- lockstep:ships ([\d ]{0,2000}) -->/.exec(body);
    return m ? [...new Set(m[1].split(' ').filter(Boolean).map(Number))].slice(0, 200) : [];
}
/** The outcome in words for the log and the summary: `Trail comment (<what>): created on #12, #13; already current on #14.`, then one line per failure. */
function describeTrail(what, o) {
    const list = (ns) => ns.map((n) => `#${n}`).join(', ');
    const done = [
        o.created.length ? `created on ${list(o.created)}` : '',
        o.updated.length ? `updated on ${list(o.updated)}` : '',
        o.unchanged.length ? `already current on ${list(o.unchanged)}` : '',
    ].filter(Boolean);
    return [
        ...(done.length ? [`Trail comment (${what}): ${done.join('; ')}.`] : []),
        ...o.failed.map((f) => `Trail comment (${what}) not left on ${f}`),
    ];
}


/***/ }),

/***/ 12535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ CrdSchemas)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11867);
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


/** ajv's `pattern` and `patternProperties` compiled with RE2; a pattern RE2 does not read makes the schema not compile. */
const RE2_ENGINE = Object.assign((pattern) => (0,_text_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .linearPattern */ .GD)(pattern), {
    code: 'linearPattern',
});
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
            this.ajv ??= new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false, code: { regExp: RE2_ENGINE } });
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

/***/ 53647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ isFluxApi),
/* harmony export */   Eo: () => (/* binding */ kubeAndFluxSchemas),
/* harmony export */   S7: () => (/* binding */ fluxSchemas),
/* harmony export */   Yf: () => (/* binding */ kubeSchemas),
/* harmony export */   o1: () => (/* binding */ preloadKindsOf),
/* harmony export */   tG: () => (/* binding */ kindsOf),
/* harmony export */   uO: () => (/* binding */ KUBE_SCHEMAS_VERSION)
/* harmony export */ });
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
    return (kinds ??= __webpack_require__.e(/* import() */ 293).then(__webpack_require__.bind(__webpack_require__, 80293)).then((m) => m.KUBE_KINDS));
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
    return (fluxLoading ??= withoutDeprecations(() => Promise.all(/* import() */[__webpack_require__.e(7537), __webpack_require__.e(8375), __webpack_require__.e(6642)]).then(__webpack_require__.bind(__webpack_require__, 36642))).then((models) => {
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

/***/ 84033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aW: () => (/* binding */ objectFindings),
  cc: () => (/* binding */ unvalidatedLine),
  T1: () => (/* binding */ validateObjects)
});

// EXTERNAL MODULE: ./packages/core/src/render/objects.ts + 2 modules
var render_objects = __webpack_require__(21065);
// EXTERNAL MODULE: ./packages/core/src/validate/kube.ts
var kube = __webpack_require__(53647);
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


/***/ }),

/***/ 69630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ chartMeta),
/* harmony export */   HT: () => (/* binding */ archiveTree),
/* harmony export */   zV: () => (/* binding */ readChartValues)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68541);
/* harmony import */ var semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8219);
/* harmony import */ var semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _charts_archive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68657);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23769);
// A chart version's values-facing files as Helm loads them for a render:
// values.yaml, values.schema.json and templates of the chart, and of each
// subchart as the chart vendors it — what its charts/ folder holds (a folder
// or a .tgz, as `helm dependency build` leaves it, and as a packaged chart
// holds every dependency), else a `file://` dependency's folder as it is in the
// same tree (the same commit). A dependency that is neither (a remote chart
// not vendored) is not downloaded: it is kept unread, with why, so that the
// keys only it may read are listed as not compared.






/** Subcharts nested deeper than this are not read (a `file://` cycle ends here too). */
const MAX_DEPTH = 8;
/** At most this many charts (the chart and its subcharts at every depth) are read for one version. */
const MAX_CHARTS = 64;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v) => (v === null || v === undefined || typeof v === 'object' ? undefined : String(v));
/** name, version and dependencies of a Chart.yaml's text. */
function chartMeta(chartYaml) {
    const root = (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .valuesDefaults */ .Hz)(chartYaml);
    if (!isObject(root))
        return { dependencies: [] };
    const deps = Array.isArray(root.dependencies) ? root.dependencies : [];
    const path = (p) => p.split('.').filter(Boolean);
    const dependencies = deps.flatMap((d) => {
        const name = isObject(d) ? text(d.name) : undefined;
        if (!isObject(d) || !name)
            return [];
        const imports = (Array.isArray(d['import-values']) ? d['import-values'] : []).flatMap((i) => typeof i === 'string'
            ? [{ child: ['exports', i], parent: [] }]
            : isObject(i) && text(i.child) !== undefined
                ? [{ child: path(text(i.child)), parent: path(text(i.parent) ?? '') }]
                : []);
        return [
            {
                name,
                alias: text(d.alias) || undefined,
                repository: text(d.repository),
                version: text(d.version),
                conditions: (text(d.condition) ?? '')
                    .split(',')
                    .map((c) => c.trim())
                    .filter(Boolean)
                    .map(path),
                tags: (Array.isArray(d.tags) ? d.tags : []).flatMap((t) => (text(t) === undefined ? [] : [text(t)])),
                imports,
            },
        ];
    });
    return { name: text(root.name), version: text(root.version), dependencies };
}
/** A tree over an unpacked chart archive's files (readChartArchive's map; the chart at ''). */
function archiveTree(files) {
    return {
        text: (p) => Promise.resolve(files.get(p)),
        list: (dir) => Promise.resolve([...files.keys()].filter((k) => dir === '' || k.startsWith(`${dir}/`))),
        bytes: () => Promise.resolve(undefined),
    };
}
/**
 * The chart at folder `dir` of `tree`, whose Chart.yaml says `meta`, with its
 * subcharts at every depth. Tags (`tags.<tag>`) are read from the top chart's
 * values whatever level declares them, as Helm reads them.
 */
async function readChartValues(tree, dir, meta) {
    const run = { charts: 0, tags: new Set() };
    const chart = await readAt(tree, dir, meta, 0, run);
    return { ...chart, reads: [...(chart.reads ?? []), ...[...run.tags].map((t) => ['tags', t])] };
}
async function readAt(tree, dir, meta, depth, run) {
    run.charts++;
    const [values, schema, templatePaths, vendored] = await Promise.all([
        tree.text(join(dir, 'values.yaml')),
        tree.text(join(dir, 'values.schema.json')),
        tree.list(join(dir, 'templates')),
        vendoredCharts(tree, dir),
    ]);
    const templateFiles = (await Promise.all(templatePaths.map(async (path) => ({ path, text: await tree.text(path) })))).filter((t) => t.text !== undefined);
    const templates = templateFiles.map((t) => t.text);
    for (const d of meta.dependencies)
        for (const t of d.tags)
            run.tags.add(t);
    const of = `of chart ${meta.name} ${meta.version}`;
    const open = async (key, found, imports = []) => {
        if (typeof found === 'string')
            return { key, unread: found };
        if (typeof found.chart === 'string')
            return { key, unread: found.chart };
        const what = `subchart ${found.chart.meta.name} ${found.chart.meta.version} ${of}`;
        if (depth + 1 > MAX_DEPTH)
            return { key, unread: `${what} is nested deeper than ${MAX_DEPTH} charts; lockstep reads no deeper` };
        if (run.charts >= MAX_CHARTS)
            return { key, unread: `${what} is past the ${MAX_CHARTS} charts lockstep reads for one chart version` };
        return { key, imports, chart: await readAt(found.chart.tree, found.chart.dir, found.chart.meta, depth + 1, run) };
    };
    const taken = new Set();
    const dependencies = [];
    for (const d of meta.dependencies) {
        const key = d.alias ?? d.name;
        const range = d.version ? semver_ranges_valid_js__WEBPACK_IMPORTED_MODULE_2___default()(d.version.replace(/\s*,\s*/g, ' ')) : null;
        const named = vendored.filter((v) => typeof v.chart !== 'string' && v.chart.meta.name === d.name);
        const inCharts = named.find((v) => range === null || (typeof v.chart !== 'string' && semver_functions_satisfies_js__WEBPACK_IMPORTED_MODULE_1___default()(v.chart.meta.version, range, { includePrerelease: true }))) ?? named[0];
        if (inCharts)
            taken.add(inCharts);
        dependencies.push(await open(key, inCharts ?? (await fileDependency(tree, dir, d, of)), d.imports));
    }
    // A chart in charts/ that Chart.yaml does not list is rendered all the same, its values under its name.
    for (const v of vendored)
        if (!taken.has(v)) {
            const key = typeof v.chart === 'string' ? v.file : v.chart.meta.name;
            if (!dependencies.some((d) => d.key === key))
                dependencies.push(await open(key, v));
        }
    return {
        name: meta.name,
        version: meta.version,
        values,
        schema,
        templates,
        templateFiles,
        dependencies,
        reads: meta.dependencies.flatMap((d) => d.conditions),
    };
}
/** The charts of `dir`'s charts/ folder: folders with a Chart.yaml and .tgz archives, as Helm's loader takes them. */
async function vendoredCharts(tree, dir) {
    const base = join(dir, 'charts');
    const entries = new Set();
    for (const p of await tree.list(base)) {
        const rest = p.slice(base.length + 1).split('/');
        // Helm skips charts/ entries starting with '_' or '.'.
        if (/^[_.]/.test(rest[0]))
            continue;
        if ((rest.length === 2 && rest[1] === 'Chart.yaml') || (rest.length === 1 && rest[0].endsWith('.tgz')))
            entries.add(rest[0]);
    }
    return Promise.all([...entries].sort().map(async (file) => {
        const where = `${base}/${file}`;
        if (!file.endsWith('.tgz')) {
            const meta = chartMeta((await tree.text(`${where}/Chart.yaml`)) ?? '');
            return { file, chart: named(meta) ? { tree, dir: where, meta } : `${where} has a Chart.yaml without a name or version` };
        }
        const bytes = await tree.bytes(where);
        if (!bytes)
            return { file, chart: `${where} could not be read as an archive here` };
        try {
            const files = await (0,_charts_archive_js__WEBPACK_IMPORTED_MODULE_3__/* .readChartArchive */ .h)(Buffer.from(bytes), where, { templates: true, subcharts: true });
            const meta = chartMeta(files.get('Chart.yaml') ?? '');
            return {
                file,
                chart: named(meta) ? { tree: archiveTree(files), dir: '', meta } : `${where} holds no Chart.yaml with a name and version`,
            };
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo))
                throw e;
            return { file, chart: e.message };
        }
    }));
}
const named = (m) => m.name !== undefined && m.version !== undefined;
/** A dependency charts/ does not hold: its `file://` folder in the same tree, or why it is not read. */
async function fileDependency(tree, dir, d, of) {
    const what = `subchart ${d.name}${d.version ? ` ${d.version}` : ''} ${of}`;
    const repo = d.repository ?? '';
    if (!repo.startsWith('file://'))
        return `${what} comes from ${repo || 'no repository'} and is not in its charts/ folder: lockstep reads the file:// subcharts and those charts/ holds, and downloads none`;
    const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir || '.', repo.slice('file://'.length)));
    if (folder.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(folder))
        return `${what} is at ${repo}, outside what lockstep reads`;
    const chartYaml = await tree.text(join(folder, 'Chart.yaml'));
    if (chartYaml === undefined)
        return `${what}: ${repo} has no Chart.yaml at ${folder}`;
    const meta = chartMeta(chartYaml);
    if (!named(meta) || meta.name !== d.name)
        return `${what}: the Chart.yaml at ${folder} names ${meta.name ?? 'no chart'}`;
    return { file: folder, chart: { tree, dir: folder, meta } };
}
function join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}


/***/ }),

/***/ 35577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ compareDrift)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/parse-cache.ts
var parse_cache = __webpack_require__(9053);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/charts/template-keys.ts
// The values keys a chart's templates read, found by a scanner of the
// `{{ … }}` actions of Go templates — not a template parser. It knows the
// forms charts use to read a value: a field chain on `.Values` (also `$.Values`
// and `$root.Values`, e.g. `.Values.ingress.host`, which covers `default …
// .Values.a.b`, `required "…" .Values.a.b`, `with .Values.a`, `toYaml
// .Values.a`), `index .Values "a" "b"`, `hasKey .Values.a "b"`, `get
// .Values.a "b"` and `dig "a" "b" <default> .Values`. What a block's dot
// (`with`, `range`) reads relative to it is not resolved: the block's own
// `.Values.x` counts as reading all of x. A bare `.Values` (passed whole to a
// helper) names no key and reads none.
/** Each file larger than this is skipped: no chart template is that large, and the scan stays linear in what it reads. */
const MAX_TEMPLATE = 4 * 1024 * 1024;
/**
 * Every key path (`['services', 'worker', 'replicas']`) the template `text`
 * reads from `.Values`, in order of appearance, duplicates kept out.
 */
function templateValueKeys(text) {
    if (text.length > MAX_TEMPLATE)
        return [];
    const out = new Map();
    const add = (path) => {
        if (path.length > 0)
            out.set(path.join('\u0000'), path);
    };
    for (const body of actions(text))
        for (const path of keysOfAction(body))
            add(path);
    return [...out.values()];
}
/** The bodies of the `{{ … }}` actions of a template, comments left out; string literals may hold `}}`. */
function actions(text) {
    const out = [];
    let at = 0;
    for (;;) {
        const open = text.indexOf('{{', at);
        if (open < 0)
            return out;
        let i = open + 2;
        let end = -1;
        while (i < text.length) {
            const c = text[i];
            if (c === '"' || c === "'") {
                i = skipQuoted(text, i, c);
            }
            else if (c === '`') {
                const close = text.indexOf('`', i + 1);
                i = close < 0 ? text.length : close + 1;
            }
            else if (c === '/' && text[i + 1] === '*') {
                const close = text.indexOf('*/', i + 2);
                i = close < 0 ? text.length : close + 2;
            }
            else if (c === '}' && text[i + 1] === '}') {
                end = i;
                break;
            }
            else
                i++;
        }
        if (end < 0)
            return out;
        out.push(text.slice(open + 2, end));
        at = end + 2;
    }
}
/** The index just past a quoted literal starting at `i` (escapes honoured; a newline ends an unterminated one). */
function skipQuoted(text, i, quote) {
    let j = i + 1;
    while (j < text.length) {
        const c = text[j];
        if (c === '\\')
            j += 2;
        else if (c === quote)
            return j + 1;
        else if (c === '\n')
            return j;
        else
            j++;
    }
    return j;
}
/** Strings, raw strings, characters, comments, field chains and variables, then any other single character. */
const TOKEN = /"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)+'|\/\*[\s\S]*?\*\/|[$A-Za-z0-9_.]+|\S/g;
/** A field chain on the values: `.Values`, `$.Values`, `$root.Values`, followed by `.a.b`. */
const VALUES_CHAIN = /^(?:\$[A-Za-z0-9_]*)?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)$/;
/** The key path a token reads (`[]` for the bare `.Values`), or undefined when it is not a values chain. */
function valuesPath(token) {
    const m = token === undefined ? null : VALUES_CHAIN.exec(token);
    if (!m)
        return undefined;
    return m[1] === '' ? [] : m[1].slice(1).split('.');
}
/** A string literal's text, or undefined when the token is not one. */
function literal(token) {
    if (token === undefined)
        return undefined;
    if (token.startsWith('`'))
        return token.slice(1, -1);
    if (!token.startsWith('"'))
        return undefined;
    try {
        return JSON.parse(token);
    }
    catch {
        // Go escapes JSON lacks (\x41, \a): the text between the quotes is close enough for a key name.
        return token.slice(1, -1);
    }
}
function keysOfAction(body) {
    const tokens = (body.match(TOKEN) ?? []).filter((t) => !t.startsWith('/*'));
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const path = valuesPath(t);
        if (path) {
            out.push(path);
            continue;
        }
        if (t === 'index' || t === 'hasKey' || t === 'get') {
            // `index .Values.a "b" "c"`: the chain, then literal keys (a variable ends what is known).
            const base = valuesPath(tokens[i + 1]);
            if (!base)
                continue;
            const keys = [];
            for (let j = i + 2; j < tokens.length; j++) {
                const k = literal(tokens[j]);
                if (k === undefined)
                    break;
                keys.push(k);
                if (t !== 'index')
                    break;
            }
            out.push([...base, ...keys]);
            i += 1;
        }
        else if (t === 'dig') {
            // `dig "a" "b" <default> .Values.x`: the literals before the default are keys under the chain.
            const keys = [];
            let j = i + 1;
            for (; j < tokens.length; j++) {
                const k = literal(tokens[j]);
                if (k === undefined)
                    break;
                keys.push(k);
            }
            // The default is the last literal, or one other token (a number, a variable, a parenthesised call is not followed).
            let base = valuesPath(tokens[j]);
            if (base)
                keys.pop();
            else
                base = valuesPath(tokens[j + 1]);
            if (base && keys.length > 0)
                out.push([...base, ...keys]);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/text/pattern.ts
var text_pattern = __webpack_require__(11867);
// EXTERNAL MODULE: ./packages/core/src/values/diff.ts
var diff = __webpack_require__(23769);
;// CONCATENATED MODULE: ./packages/core/src/values/chart-drift.ts
// The target's values against the chart it is promoted to: every key an
// environment's values file sets that the chart version it runs now reads and
// the promoted version no longer reads is reported at the values file's line,
// with the key path and both versions. A chart "reads" a key when its
// values.yaml has it, its values.schema.json allows it, or a template refers
// to it (charts/template-keys.ts). A chart that drops `ingress.enabled` while
// values-prod.yaml sets it would render without it, silently; a promotion
// should say so before it ships. Keys neither version reads are not its
// business (a typo there was ignored before and still is). An umbrella chart's
// subcharts read their keys as Helm hands them over: the parent's `<name>.x`
// (or `<alias>.x`) is the subchart's `.Values.x`, and `global` is every
// chart's; a key only a subchart that could not be read (a remote one not
// vendored) may read is listed as not compared, with why, never passed.







/** At most this many keys are listed for one values file. */
const MAX_FINDINGS = 100;
/** At most this many keys are named below one key not compared. */
const MAX_LISTED = 20;
const WHOLE = { whole: true, parts: [] };
function compile(c) {
    const keys = { end: false, next: new Map() };
    const paths = [...(c.templates ?? []).flatMap((text) => templateValueKeys(text)), ...(c.reads ?? [])];
    for (const path of paths) {
        let at = keys;
        for (const part of path) {
            let sub = at.next.get(part);
            if (!sub)
                at.next.set(part, (sub = { end: false, next: new Map() }));
            at = sub;
        }
        at.end = true;
    }
    let values = c.values === undefined ? {} : (0,diff/* valuesDefaults */.Hz)(c.values);
    const subs = new Map();
    for (const d of c.dependencies) {
        const chart = d.chart ? compile(d.chart) : undefined;
        subs.set(d.key, { chart, unread: d.unread ?? `subchart ${d.key} of chart ${c.name} ${c.version} was not read` });
        // Imported values become the parent's defaults: its values.yaml as Helm sees it.
        if (chart)
            for (const i of d.imports ?? [])
                values = mergeAt(values, i.parent, valueAt(chart.root.values, i.child));
    }
    const rootSchema = readSchema(c.schema);
    const compiled = { name: c.name, version: c.version, hasSchema: c.schema !== undefined, rootSchema, subs, root: undefined };
    compiled.root = { chart: compiled, atRoot: true, values, schema: rootSchema, keys };
    return compiled;
}
function valueAt(v, path) {
    let at = v;
    for (const k of path)
        at = isObject(at) && Object.prototype.hasOwnProperty.call(at, k) ? at[k] : undefined;
    return at;
}
/** `base` with `add` merged in at `path` (maps key by key; what `base` has wins). */
function mergeAt(base, path, add) {
    if (add === undefined)
        return base;
    if (path.length > 0) {
        const here = isObject(base) ? base : {};
        return { ...here, [path[0]]: mergeAt(here[path[0]], path.slice(1), add) };
    }
    if (!isObject(base) || !isObject(add))
        return base === undefined ? add : base;
    const out = { ...add };
    for (const [k, v] of Object.entries(base))
        out[k] = mergeAt(add[k], [], v);
    return out;
}
/** The readings of several charts at one key path taken together. */
function union(list) {
    const parts = [];
    let unknown;
    for (const r of list) {
        if (!r)
            continue;
        if (r.whole)
            return WHOLE;
        parts.push(...r.parts);
        unknown ??= r.unknown;
    }
    return parts.length === 0 && unknown === undefined ? undefined : { whole: false, parts, unknown };
}
/** The reading of key `name` below `at`; what could not be read above stays unknown below. */
function child(at, name) {
    if (!at)
        return undefined;
    if (at.whole)
        return WHOLE;
    const r = union(at.parts.map((p) => partChild(p, name)));
    if (at.unknown === undefined || r?.whole)
        return r;
    return { whole: false, parts: r?.parts ?? [], unknown: r?.unknown ?? at.unknown };
}
/**
 * A chart's reading of `name` below one part. At its top level, `global` is
 * read by the chart and by every subchart (Helm hands each the parent's
 * globals), and a subchart's key is read by the subchart (its `.Values`) and
 * by the parent's own templates and conditions; the parent's values.yaml and
 * schema there are settings for the subchart, not reads.
 */
function partChild(p, name) {
    const sub = p.atRoot ? p.chart.subs.get(name) : undefined;
    if (p.atRoot && name === 'global')
        return union([
            own(p, name),
            ...[...p.chart.subs.values()].map((s) => (s.chart ? partChild(s.chart.root, name) : { whole: false, parts: [], unknown: s.unread })),
        ]);
    if (!sub)
        return own(p, name);
    const parent = own({ chart: p.chart, atRoot: false, keys: p.keys }, name);
    return union([parent, sub.chart ? { whole: false, parts: [sub.chart.root] } : { whole: false, parts: [], unknown: sub.unread }]);
}
/** The chart's own reading of `name` below `at`: its values.yaml, its schema, its templates. */
function own(at, name) {
    const next = { chart: at.chart, atRoot: false };
    let read = false;
    if (isObject(at.values) && Object.prototype.hasOwnProperty.call(at.values, name)) {
        read = true;
        const v = at.values[name];
        // An empty map or a null in the chart is a slot for whatever the user puts there; a scalar or a list is one value.
        if (!isObject(v) || Object.keys(v).length === 0)
            return WHOLE;
        next.values = v;
    }
    if (at.schema !== undefined) {
        const sub = schemaFor(at.schema, name, at.chart.rootSchema);
        if (sub === true)
            return WHOLE;
        if (sub !== false) {
            read = true;
            // A subschema that says nothing of the keys below allows any: the key is one value to it.
            if (!describesKeys(sub))
                return WHOLE;
            next.schema = sub;
        }
    }
    const key = at.keys?.next.get(name);
    if (key) {
        read = true;
        if (key.end)
            return WHOLE;
        next.keys = key;
    }
    return read ? { whole: false, parts: [next] } : undefined;
}
/** True when a schema object constrains the keys below it (so a key there is checked against it, not taken whole). */
function describesKeys(s) {
    if (typeof s === 'boolean')
        return false;
    return ['properties', 'patternProperties', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', '$ref'].some((k) => k in s);
}
/** The chart (or subchart) whose own values hold the key at `path`: each leading key naming a read subchart leads into it. */
function holder(c, path) {
    let chart = c;
    const under = [];
    for (const k of path.slice(0, -1)) {
        const sub = chart.subs.get(k)?.chart;
        if (!sub)
            break;
        chart = sub;
        under.push(k);
    }
    return { chart, under };
}
/** Every subchart read below `c`, as `name version`. */
function subchartNames(c) {
    return [...c.subs.values()].flatMap((s) => (s.chart ? [`${s.chart.name} ${s.chart.version}`, ...subchartNames(s.chart)] : []));
}
/** Why the promoted version does not read `path`: what of it was looked at. */
function notReadBecause(promoted, path) {
    const { chart, under } = holder(promoted, path);
    const own = `not in its values.yaml${chart.hasSchema ? ', not allowed by its values.schema.json' : ''}, read by none of its templates`;
    if (under.length > 0)
        return `subchart ${chart.name} ${chart.version} under ${under.join('.')}: ${own}`;
    const subs = path[0] === 'global' ? subchartNames(promoted) : [];
    return subs.length > 0 ? `${own}, nor by its subcharts ${subs.join(', ')}` : own;
}
/** The keys set at and below `node`, dotted, at most MAX_LISTED. */
function keysBelow(node, path, out = []) {
    if (!(0,dist/* isMap */.jh)(node) || node.items.length === 0) {
        if (out.length < MAX_LISTED)
            out.push(path.join('.'));
        return out;
    }
    for (const pair of node.items)
        if ((0,dist/* isScalar */.jn)(pair.key))
            keysBelow(pair.value, [...path, String(pair.key.value)], out);
    return out;
}
/**
 * The keys `envText` sets that `current` (the chart version the environment
 * runs now) reads and `promoted` no longer reads, and the keys that could not
 * be judged because a subchart that may read them was not read. A key under a
 * map the chart leaves empty or null (`podAnnotations: {}`) is free-form and
 * read whole; lists are data, not keys. A key under a dependency's name or
 * alias is judged against that subchart (recursively), a key under `global`
 * against the chart and all its subcharts. With the run's `cache`, a values
 * file the run already parsed (a promotion's edited target) is not parsed again.
 */
function compareValues(envText, envFile, charts, document, cache) {
    const parsed = (0,parse_cache/* parseWith */.K)(cache, document === undefined ? read/* YAML_DOCUMENT */.MQ : read/* YAML_DOCUMENTS */.FL, (0,bytes/* stripBom */.F8)(envText), envFile);
    const root = document ? document(parsed.doc.contents) : parsed.doc.contents;
    const [was, now] = [compile(charts.current), compile(charts.promoted)];
    const label = (c) => `chart ${c.name} ${c.version}`;
    const findings = [];
    const notCompared = [];
    const walk = (node, before, after, path) => {
        if (!(0,dist/* isMap */.jh)(node))
            return;
        for (const pair of node.items) {
            if (findings.length + notCompared.length >= MAX_FINDINGS)
                return;
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const name = String(pair.key.value);
            const sub = [...path, name];
            const [b, a] = [child(before, name), child(after, name)];
            if (a && a.parts.length > 0) {
                if (!a.whole)
                    walk(pair.value, b, a, sub);
                continue;
            }
            if (a?.whole)
                continue;
            // Read by neither version: not what this promotion changes.
            if (!b)
                continue;
            // The promoted side cannot tell, the current one reads some keys below: which of those are the ones to list.
            if (a && !b.whole && b.parts.length > 0 && (0,dist/* isMap */.jh)(pair.value)) {
                walk(pair.value, b, a, sub);
                continue;
            }
            const key = sub.join('.');
            const line = parsed.lineOf(pair.key) ?? 1;
            // A chart that may read the key was not read: on the promoted side, or (the promoted version does not read it) on the current one.
            const unknown = a?.unknown ?? (b.whole || b.parts.length > 0 ? undefined : b.unknown);
            if (unknown !== undefined) {
                notCompared.push({ file: envFile, line, key, keys: keysBelow(pair.value, sub), why: unknown });
                continue;
            }
            findings.push({
                file: envFile,
                line,
                key,
                message: `key ${key} is set here and ${label(charts.current)} reads it, but ${label(charts.promoted)} no longer does (${notReadBecause(now, sub)})`,
            });
        }
    };
    walk(root, { whole: false, parts: [was.root] }, { whole: false, parts: [now.root] }, []);
    return { findings, notCompared };
}
function readSchema(text) {
    if (text === undefined)
        return undefined;
    try {
        const s = JSON.parse((0,bytes/* stripBom */.F8)(text));
        return typeof s === 'boolean' || isObject(s) ? s : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The subschema a property `name` is checked against, following local `$ref`s
 * and allOf/anyOf/oneOf: `properties`, a matching `patternProperties`, then
 * `additionalProperties` when it is `true` or a schema. `false` when the
 * schema says nothing that allows the key (an absent additionalProperties
 * allows it in JSON Schema, but says nothing about this chart reading it).
 */
function schemaFor(s, name, root, depth = 0) {
    if (s === true)
        return true;
    if (s === false || depth > 16)
        return false;
    const resolved = deref(s, root);
    if (resolved !== s)
        return schemaFor(resolved, name, root, depth + 1);
    const props = resolved.properties;
    if (isObject(props) && Object.prototype.hasOwnProperty.call(props, name))
        return props[name];
    const patterns = resolved.patternProperties;
    if (isObject(patterns))
        for (const [pattern, sub] of Object.entries(patterns)) {
            try {
                // RE2, as for a CRD's patterns: the chart's schema is the pull request's text, the key its values'.
                if ((0,text_pattern/* linearPattern */.GD)(pattern).test(name))
                    return sub;
            }
            catch {
                // A pattern RE2 cannot read allows nothing here.
            }
        }
    for (const k of ['allOf', 'anyOf', 'oneOf']) {
        const list = resolved[k];
        if (!Array.isArray(list))
            continue;
        for (const branch of list) {
            const found = isObject(branch) || typeof branch === 'boolean' ? schemaFor(branch, name, root, depth + 1) : false;
            if (found !== false)
                return found;
        }
    }
    const extra = resolved.additionalProperties;
    if (extra === true || isObject(extra))
        return extra;
    return false;
}
/** A schema's local `$ref` (`#/definitions/x`, `#/$defs/x`) resolved against the root; the schema itself otherwise. */
function deref(s, root) {
    const ref = s.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/') || !isObject(root))
        return s;
    let at = root;
    for (const part of ref.slice(2).split('/'))
        at = isObject(at) ? at[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    return typeof at === 'boolean' || isObject(at) ? at : s;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./packages/core/src/values/contract-vals.ts
// What the values contract's walk knows of a value while it reads a chart's
// templates: the chart's top object (`.`/`$` at a template's start), a place
// in a chart's values (`.Values.a.b`), a dict or list the template built —
// or nothing it can follow (an empty set). A value is a set of these: `default
// .Values.a .Values.b` may be either. Every place reached is recorded as read;
// a place handed whole to something the walk does not follow (`toYaml`,
// printed, an unknown function) is recorded as read whole.
/** A path segment for any key: a `range` over a map (`*`), or a key computed at render time (`?`, not traced). */
const EACH = '*';
const COMPUTED = '?';
/** The places read, per chart (by its index), keyed by the path joined with NUL. */
class Reads {
    byChart = new Map();
    /** Each chart's subcharts by their key (name or alias), as `.Subcharts.<key>` reaches them. */
    subcharts;
    constructor(subcharts = new Map()) {
        this.subcharts = subcharts;
    }
    add(chart, path, whole, traced = true) {
        let m = this.byChart.get(chart);
        if (!m)
            this.byChart.set(chart, (m = new Map()));
        const key = path.join('\u0000');
        const reading = traced ? 2 : 1;
        const r = m.get(key) ?? { path, here: 0, whole: 0 };
        m.set(key, r);
        if (reading > r.here)
            r.here = reading;
        if (whole && reading > r.whole)
            r.whole = reading;
    }
    /** Records every place in `vals` as read (whole when `whole`), dicts and lists through their members. */
    mark(vals, whole, traced = true, seen = new Set()) {
        for (const v of vals) {
            if (seen.has(v))
                continue;
            seen.add(v);
            if (v.k === 'v')
                this.add(v.chart, v.path, whole, traced);
            else if (v.k === 'root' && whole)
                this.add(v.chart, [], true, traced);
            else if (v.k === 'dict')
                for (const e of v.entries.values())
                    this.mark(e, whole, traced, seen);
            else if (v.k === 'list')
                this.mark(v.items, whole, traced, seen);
        }
    }
}
/** At most this many members in one value set: past it the walk reads the members whole and follows none. */
const MAX_SET = 64;
/** The union of value sets, duplicates of a place kept out; past MAX_SET members, `overflow` takes the rest. */
function contract_vals_union(sets, overflow) {
    const out = [];
    const places = new Set();
    for (const s of sets)
        for (const v of s) {
            const key = v.k === 'v' ? `${v.chart}:${v.path.join('\u0000')}` : v.k === 'root' || v.k === 'subcharts' ? `${v.k}:${v.chart}` : undefined;
            if (key !== undefined) {
                if (places.has(key))
                    continue;
                places.add(key);
            }
            else if (out.includes(v))
                continue;
            out.push(v);
        }
    if (out.length <= MAX_SET)
        return out;
    overflow(out.slice(MAX_SET));
    return out.slice(0, MAX_SET);
}
/** Field `name` of each value; places reached are recorded as read. */
function field(vals, name, reads) {
    const out = [];
    for (const v of vals) {
        if (v.k === 'root') {
            if (name === 'Values')
                out.push({ k: 'v', chart: v.chart, path: [] });
            // `.Subcharts.db.Values.port`: a parent's template reading its subchart's values.
            if (name === 'Subcharts')
                out.push({ k: 'subcharts', chart: v.chart });
        }
        else if (v.k === 'subcharts') {
            const child = reads.subcharts.get(v.chart)?.get(name);
            if (child !== undefined)
                out.push({ k: 'root', chart: child });
        }
        else if (v.k === 'v') {
            const path = [...v.path, name];
            reads.add(v.chart, path, false);
            out.push({ k: 'v', chart: v.chart, path });
        }
        else if (v.k === 'dict')
            out.push(...(v.entries.get(name) ?? v.entries.get(EACH) ?? []));
    }
    return out;
}
/** The members a `range` (or `values`, `first`) yields of each value. */
function members(vals, reads) {
    const out = [];
    for (const v of vals) {
        if (v.k === 'v') {
            const path = [...v.path, EACH];
            reads.add(v.chart, path, false);
            out.push({ k: 'v', chart: v.chart, path });
        }
        else if (v.k === 'dict')
            for (const e of v.entries.values())
                out.push(...e);
        else if (v.k === 'list')
            out.push(...v.items);
    }
    return out;
}
/** A structural key of a value set, for the walk's memo of named-template calls (bounded in depth and length). */
function signature(vals, depth = 0) {
    if (depth > 3)
        return '…';
    const parts = vals.map((v) => {
        if (v.k === 'root')
            return `r${v.chart}`;
        if (v.k === 'subcharts')
            return `s${v.chart}`;
        if (v.k === 'v')
            return `v${v.chart}:${v.path.join('.')}`;
        if (v.k === 'list')
            return `[${signature(v.items, depth + 1)}]`;
        return `{${[...v.entries].map(([k, e]) => `${k}=${signature(e, depth + 1)}`).join(',')}}`;
    });
    const s = parts.sort().join('|');
    return s.length > 2000 ? `${s.slice(0, 2000)}#${s.length}` : s;
}

;// CONCATENATED MODULE: ./packages/core/src/values/contract-walk.ts
// The walk of a chart's parsed templates that finds the values places they
// read (contract-vals.ts says what a value is). `.` is rebound by `with` and
// `range`, `$` is the invocation's root, variables hold what they were given,
// and a named template (`include`, `template`) is walked with the context it
// is handed, wherever it is defined (the chart's _helpers.tpl, a library
// subchart's). Each (template, context) pair is walked once; the whole walk is
// bounded by MAX_STEPS, past which it stops with a UserError.


/** At most this many steps (operands and nodes visited) for one chart and its subcharts. */
const MAX_STEPS = 1_000_000;
/** Named templates nested deeper than this are not followed: their context is read whole. */
const MAX_CALL_DEPTH = 40;
/** How a number literal is told from a string among a command's literal arguments. */
const NUMBER = '\u0000#';
/** Functions that only look at their arguments (a condition, a comparison, a length): the places are read, not whole. */
const LOOKS = new Set('not eq ne lt le gt ge empty kindIs typeIs kindOf typeOf len hasPrefix hasSuffix contains semverCompare has mustHas fail isAbs regexMatch mustRegexMatch'.split(' '));
/** Functions that give back (some of) their arguments as they are. */
const PASS = new Set('coalesce or and first last mustFirst mustLast compact mustCompact uniq mustUniq merge mergeOverwrite mustMerge mustMergeOverwrite deepCopy mustDeepCopy concat pick omit without mustWithout append mustAppend prepend mustPrepend initial mustInitial rest mustRest reverse mustReverse'.split(' '));
class TemplateWalker {
    steps = 0;
    called = new Set();
    reads;
    defines;
    /** The file being walked, named by an error. */
    where = { file: '' };
    /** True when every chart of the tree was read, so a template none defines is defined nowhere. */
    complete;
    constructor(defines, complete, subcharts) {
        this.defines = defines;
        this.complete = complete;
        this.reads = new Reads(subcharts);
    }
    /** Walks a template's top-level list with `.` and `$` the chart's top object. */
    walkFile(list, chart, file) {
        this.where.file = file;
        const root = [{ k: 'root', chart }];
        this.nodes(list, { dot: root, root, vars: [new Map()], depth: 0 });
    }
    step() {
        if (++this.steps > MAX_STEPS)
            throw new errors/* UserError */.yo(`the chart's templates take more than ${MAX_STEPS} steps to read; lockstep stops there`, {
                file: this.where.file,
                line: 1,
                hint: 'a template this large or this recursive is not read for its values keys',
            });
    }
    nodes(list, s) {
        for (const n of list) {
            this.step();
            if (n.t === 'action') {
                const out = this.pipe(n.pipe, s);
                if (n.pipe.vars.length === 0)
                    this.reads.mark(out, true);
            }
            else if (n.t === 'template') {
                this.call(n.name, n.pipe ? this.pipe(n.pipe, s) : [], s);
            }
            else
                this.block(n, s);
        }
    }
    block(n, s) {
        const inner = (dot) => ({ ...s, dot, vars: [...s.vars, new Map()] });
        if (n.t === 'range') {
            const vars = n.pipe.vars;
            const over = this.pipe({ ...n.pipe, vars: [] }, s);
            this.reads.mark(over, false);
            const each = members(over, this.reads);
            const body = inner(each);
            if (vars.length === 1)
                this.bind(body, vars[0], each);
            if (vars.length === 2) {
                this.bind(body, vars[0], []);
                this.bind(body, vars[1], each);
            }
            this.nodes(n.list, body);
        }
        else {
            const scope = inner(s.dot);
            const value = this.pipe(n.pipe, scope);
            this.reads.mark(value, false);
            this.nodes(n.list, n.t === 'with' ? { ...scope, dot: value } : scope);
        }
        this.nodes(n.otherwise, inner(s.dot));
    }
    bind(s, name, vals) {
        s.vars[s.vars.length - 1].set(name, vals);
    }
    variable(s, name) {
        if (name === '$')
            return s.root;
        for (let i = s.vars.length - 1; i >= 0; i--) {
            const v = s.vars[i].get(name);
            if (v)
                return v;
        }
        return [];
    }
    pipe(p, s) {
        let prev;
        for (const cmd of p.cmds)
            prev = this.command(cmd, s, prev);
        const out = prev ?? [];
        for (const name of p.vars) {
            if (!p.assign)
                this.bind(s, name, out);
            else {
                // `$x = …` changes the variable where it was declared; both what it held and what it holds now are kept.
                const frame = [...s.vars].reverse().find((f) => f.has(name)) ?? s.vars[s.vars.length - 1];
                frame.set(name, this.union([frame.get(name) ?? [], out]));
            }
        }
        return out;
    }
    union(sets) {
        return contract_vals_union(sets, (rest) => this.reads.mark(rest, true));
    }
    operand(o, s) {
        this.step();
        switch (o.o) {
            case 'dot':
                return s.dot;
            case 'field':
                return this.chain(s.dot, o.path);
            case 'var':
                return this.chain(this.variable(s, o.name), o.path);
            case 'pipe':
                return this.chain(this.pipe(o.pipe, { ...s, vars: [...s.vars, new Map()] }), o.path);
            default:
                return [];
        }
    }
    chain(vals, path) {
        let out = vals;
        for (const name of path)
            out = field(out, name, this.reads);
        return out;
    }
    /** One command of a pipeline; `prev` is the previous command's value, its last argument. */
    command(cmd, s, prev) {
        const [head, ...rest] = cmd;
        const args = rest.map((o) => this.operand(o, s));
        if (prev)
            args.push(prev);
        if (head.o !== 'fn') {
            const value = this.operand(head, s);
            if (args.length === 0)
                return value;
            // A method with arguments (`.Files.Get .Values.path`): what it is given is read whole.
            for (const a of args)
                this.reads.mark(a, true);
            return [];
        }
        // A number is a list's index (NUMBER and its digits); a string is the key it names.
        const lits = rest.map((o) => (o.o === 'lit' ? (o.value ?? (o.num !== undefined ? `${NUMBER}${o.num}` : undefined)) : undefined));
        if ((head.name === 'include' || head.name === 'template') && filePath(rest[0])) {
            // `include (print $.Template.BasePath "/configmap.yaml") .`: a template file, walked on its own with the chart's top object.
            if ((args[1] ?? []).some((v) => v.k !== 'root'))
                this.unfollowed(args[1]);
            return [];
        }
        return this.fn(head.name, args, lits, s);
    }
    fn(name, args, lits, s) {
        if (LOOKS.has(name) || name === 'hasKey') {
            if (name === 'hasKey' && args.length === 2) {
                if (lits[1] !== undefined)
                    field(args[0], lits[1], this.reads);
                else
                    this.computed(args[0]);
            }
            for (const a of args)
                this.reads.mark(a, false);
            return [];
        }
        if (PASS.has(name))
            return this.union(args);
        switch (name) {
            case 'include':
            case 'template':
                if (lits[0] !== undefined)
                    this.call(lits[0], args[1] ?? [], s);
                else
                    for (const a of args)
                        this.unfollowed(a);
                return [];
            case 'tpl':
                // The text is read whole; what a text from the values reads is the values' own business (contract.ts reads it).
                this.reads.mark(args[0] ?? [], true);
                return [];
            case 'default':
            case 'ternary':
                if (name === 'ternary')
                    this.reads.mark(args[2] ?? [], false);
                return this.union(name === 'ternary' ? args.slice(0, 2) : args);
            case 'required':
                return args[1] ?? [];
            case 'dict':
                return [this.dict(args, lits)];
            case 'list':
            case 'tuple':
                return [{ k: 'list', items: this.union(args), at: args }];
            case 'set':
                return this.set(args, lits);
            case 'unset':
                return args[0] ?? [];
            case 'get':
            case 'index':
                return this.index(args, lits, name === 'index');
            case 'dig':
                return this.dig(args, lits);
            case 'pluck':
                return this.union(args.slice(1).map((d) => (lits[0] !== undefined ? field(d, lits[0], this.reads) : this.computed(d))));
            case 'keys':
                for (const a of args)
                    this.reads.mark(a, false);
                return [];
            case 'values':
                return members(args[0] ?? [], this.reads);
            default:
                for (const a of args)
                    this.reads.mark(a, true);
                return [];
        }
    }
    /** `$` and `.` of a named template are what it is handed; each (name, context) is walked once. */
    call(name, ctx, s) {
        const bodies = this.defines.get(name);
        if (!bodies) {
            // A template no chart defines fails the render where it runs, so it reads nothing; unless a subchart that
            // could not be read may define it: then what it is handed is read whole, not traced.
            if (!this.complete)
                this.unfollowed(ctx);
            return;
        }
        if (s.depth >= MAX_CALL_DEPTH) {
            this.unfollowed(ctx);
            return;
        }
        const key = `${name}\u0000${signature(ctx)}`;
        if (this.called.has(key))
            return;
        this.called.add(key);
        const file = this.where.file;
        for (const b of bodies) {
            this.where.file = b.file;
            this.nodes(b.list, { dot: ctx, root: ctx, vars: [new Map()], depth: s.depth + 1 });
        }
        this.where.file = file;
    }
    unfollowed(vals) {
        this.reads.mark(vals, true, false);
    }
    /** A key computed at render time: any key below each place, not traced. */
    computed(vals) {
        const out = [];
        for (const v of vals) {
            if (v.k === 'v') {
                const path = [...v.path, COMPUTED];
                this.reads.add(v.chart, path, false);
                out.push({ k: 'v', chart: v.chart, path });
            }
            else if (v.k === 'dict')
                for (const e of v.entries.values())
                    out.push(...e);
            else if (v.k === 'list')
                out.push(...v.items);
        }
        return out;
    }
    dict(args, lits) {
        const entries = new Map();
        for (let i = 0; i + 1 < args.length; i += 2) {
            const key = lits[i] ?? EACH;
            entries.set(key, this.union([entries.get(key) ?? [], args[i + 1]]));
        }
        return { k: 'dict', entries };
    }
    set(args, lits) {
        const [target = [], , value = []] = args;
        for (const t of target)
            if (t.k === 'dict') {
                const key = lits[1] ?? EACH;
                t.entries.set(key, this.union([t.entries.get(key) ?? [], value]));
            }
            else
                this.reads.mark(value, true);
        return target;
    }
    /** `index x "a" "b"` / `get x "a"`: literal keys are fields; any other key is computed. */
    index(args, lits, many) {
        let out = args[0] ?? [];
        for (let i = 1; i < (many ? args.length : Math.min(args.length, 2)); i++) {
            const key = lits[i];
            out = key?.startsWith(NUMBER)
                ? this.item(out, Number(key.slice(NUMBER.length)))
                : key !== undefined
                    ? field(out, key, this.reads)
                    : this.computed(out);
        }
        return out;
    }
    /** Item `n` of a list the template built (`index (list $a $b) 1`); of a list in the values, any member. */
    item(vals, n) {
        return this.union(vals.map((v) => (v.k === 'list' && v.at ? (v.at[n] ?? []) : members([v], this.reads))));
    }
    /** `dig "a" "b" <default> x`: the literals before the default are keys below x. */
    dig(args, lits) {
        if (args.length < 2)
            return [];
        let out = args[args.length - 1];
        for (let i = 0; i < args.length - 2; i++)
            out = lits[i] !== undefined ? field(out, lits[i], this.reads) : this.computed(out);
        return this.union([out, args[args.length - 2]]);
    }
}
/** Whether a template name is built from `.Template.BasePath` (a template file of the chart, by its path). */
function filePath(o) {
    if (o?.o !== 'pipe')
        return false;
    return o.pipe.cmds.some((c) => c.some((x) => (x.o === 'field' || x.o === 'var') && x.path.join('.').endsWith('Template.BasePath')));
}

;// CONCATENATED MODULE: ./packages/core/src/values/template-lex.ts
// The lexer of Go's text/template as Helm charts write it: text, and the
// `{{ … }}` actions with their trim markers (`{{- `, ` -}}`), comments
// (`{{/* … */}}`), strings ("…", `…`, '…'), numbers, fields (`.a.b`),
// variables (`$x.a`), keywords and punctuation. It does not judge what the
// tokens mean (template-parse.ts does). Work is linear in the text: every
// step moves forward.

/** A template longer than this is refused: no chart template is near it, and the work stays bounded. */
const MAX_TEMPLATE_CHARS = 4 * 1024 * 1024;
const IDENT = /[A-Za-z0-9_]/;
const SPACE = /[ \t\r\n]/;
/** The tokens of one template file; a malformed action is a UserError at `file`:line. */
function lexTemplate(text, file) {
    if (text.length > MAX_TEMPLATE_CHARS)
        throw new errors/* UserError */.yo(`template of ${text.length} characters is longer than the ${MAX_TEMPLATE_CHARS} lockstep reads`, { file, line: 1 });
    const out = [];
    let at = 0;
    let line = 1;
    const advance = (to) => {
        for (let i = at; i < to; i++)
            if (text.charCodeAt(i) === 10)
                line++;
        at = to;
    };
    const fail = (what) => {
        throw new errors/* UserError */.yo(`template does not parse: ${what}`, { file, line, hint: 'helm template would refuse it too; fix the template' });
    };
    while (at < text.length) {
        const open = text.indexOf('{{', at);
        if (open < 0)
            break;
        advance(open);
        let i = open + 2;
        if (text[i] === '-' && SPACE.test(text[i + 1] ?? ''))
            i += 2;
        while (SPACE.test(text[i] ?? ''))
            i++;
        if (text.startsWith('/*', i)) {
            const end = text.indexOf('*/', i + 2);
            if (end < 0)
                fail('a comment is not closed');
            let j = end + 2;
            while (SPACE.test(text[j] ?? ''))
                j++;
            if (text[j] === '-')
                j++;
            if (!text.startsWith('}}', j))
                fail('a comment is not followed by }}');
            advance(j + 2);
            continue;
        }
        out.push({ kind: 'open', value: '{{', line });
        advance(i);
        at = lexAction(text, at, out, (to) => advance(to), () => line, fail);
    }
    return out;
}
/** Lexes one action from `at` (past `{{`) to its `}}`; returns the offset past it. */
function lexAction(text, start, out, advance, line, fail) {
    let i = start;
    const push = (kind, value, end, fields) => {
        out.push({ kind, value, line: line(), ...(fields ? { fields } : {}) });
        advance(end);
        i = end;
    };
    for (;;) {
        while (SPACE.test(text[i] ?? ''))
            i++;
        advance(i);
        const c = text[i];
        if (c === undefined)
            fail('an action is not closed with }}');
        if (c === '-' && text.startsWith('}}', i + 1) && SPACE.test(text[i - 1] ?? '')) {
            push('close', '}}', i + 3);
            return i;
        }
        if (c === '}' && text[i + 1] === '}') {
            push('close', '}}', i + 2);
            return i;
        }
        if (c === '"') {
            const end = quotedEnd(text, i, '"', fail);
            push('string', unquote(text.slice(i, end)), end);
        }
        else if (c === "'")
            push('char', '', quotedEnd(text, i, "'", fail));
        else if (c === '`') {
            const end = text.indexOf('`', i + 1);
            if (end < 0)
                fail('a raw string is not closed');
            push('string', text.slice(i + 1, end), end + 1);
        }
        else if (c === '.' && IDENT.test(text[i + 1] ?? '') && !/[0-9]/.test(text[i + 1])) {
            const end = chainEnd(text, i);
            push('field', text.slice(i + 1, end), end);
        }
        else if (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))
            push('number', text.slice(i, wordEnd(text, i + 1)), wordEnd(text, i + 1));
        else if (c === '.')
            push('dot', '.', i + 1);
        else if (c === '$') {
            const nameEnd = wordEnd(text, i + 1);
            const end = text[nameEnd] === '.' ? chainEnd(text, nameEnd) : nameEnd;
            push('var', text.slice(i, nameEnd), end, end > nameEnd ? text.slice(nameEnd + 1, end).split('.') : undefined);
        }
        else if (c === '(')
            push('lparen', '(', i + 1);
        else if (c === ')') {
            const end = text[i + 1] === '.' && IDENT.test(text[i + 2] ?? '') ? chainEnd(text, i + 1) : i + 1;
            push('rparen', ')', end, end > i + 1 ? text.slice(i + 2, end).split('.') : undefined);
        }
        else if (c === '|')
            push('pipe', '|', i + 1);
        else if (c === ':' && text[i + 1] === '=')
            push('declare', ':=', i + 2);
        else if (c === '=')
            push('assign', '=', i + 1);
        else if (c === ',')
            push('comma', ',', i + 1);
        else if (/[0-9+-]/.test(c))
            push('number', text.slice(i, wordEnd(text, i + 1)), wordEnd(text, i + 1));
        else if (IDENT.test(c)) {
            const end = wordEnd(text, i);
            push('ident', text.slice(i, end), end);
        }
        else
            fail(`unexpected ${JSON.stringify(c)} in an action`);
    }
}
function quotedEnd(text, i, quote, fail) {
    let j = i + 1;
    while (j < text.length) {
        const c = text[j];
        if (c === '\\')
            j += 2;
        else if (c === quote)
            return j + 1;
        else if (c === '\n')
            break;
        else
            j++;
    }
    return fail(`a ${quote === '"' ? 'string' : 'character'} is not closed on its line`);
}
/** Go's escapes a key name may hold, read closely enough: JSON's, else the text between the quotes. */
function unquote(literal) {
    try {
        return JSON.parse(literal);
    }
    catch {
        return literal.slice(1, -1);
    }
}
function wordEnd(text, i) {
    let j = i;
    while (j < text.length && (IDENT.test(text[j]) || (text[j] === '.' && /[0-9]/.test(text[j + 1] ?? ''))))
        j++;
    return j;
}
/** The end of a field chain `.a.b.c` starting at the dot `i`. */
function chainEnd(text, i) {
    let j = i;
    while (text[j] === '.' && IDENT.test(text[j + 1] ?? ''))
        j = wordEnd(text, j + 1);
    return j;
}

;// CONCATENATED MODULE: ./packages/core/src/values/template-parse.ts
// Go templates parsed into the tree the values contract walks: actions and
// their pipelines, if/with/range blocks with their else branches (`else if`,
// `else with` chained as Go chains them), define/block/template. Malformed
// input (an unclosed block, an `end` with nothing open, nesting deeper than
// MAX_NESTING) is one UserError at the template's file:line.


/** Blocks and parentheses nested deeper than this are refused: no chart needs it, and the walk stays bounded. */
const MAX_NESTING = 100;
/** Parses one template file (`file` names it in errors). */
function parseTemplate(text, file) {
    const p = new Parser(lexTemplate(text, file), file);
    const list = p.list(0, []);
    return { file, list, defines: p.defines };
}
class Parser {
    at = 0;
    defines = [];
    tokens;
    file;
    constructor(tokens, file) {
        this.tokens = tokens;
        this.file = file;
    }
    fail(what, token) {
        const line = (token ?? this.tokens[Math.min(this.at, this.tokens.length - 1)])?.line ?? 1;
        throw new errors/* UserError */.yo(`template does not parse: ${what}`, {
            file: this.file,
            line,
            hint: 'helm template would refuse it too; fix the template',
        });
    }
    peek(k = 0) {
        return this.tokens[this.at + k];
    }
    next() {
        const t = this.tokens[this.at++];
        if (!t)
            this.fail('the template ends inside an action');
        return t;
    }
    expect(kind, what) {
        const t = this.next();
        if (t.kind !== kind)
            this.fail(`expected ${what}, found ${t.value || t.kind}`, t);
        return t;
    }
    /** Nodes up to the end of the text, or up to `{{ end }}`/`{{ else` when `stops` names them (left unconsumed past `{{`). */
    list(depth, stops) {
        if (depth > MAX_NESTING)
            this.fail(`blocks nested deeper than ${MAX_NESTING}`);
        const out = [];
        for (;;) {
            const open = this.peek();
            if (!open) {
                if (stops.length > 0)
                    this.fail('a block is not closed with {{ end }}');
                return out;
            }
            const word = this.peek(1);
            const kw = word?.kind === 'ident' ? word.value : '';
            if (kw === 'end' || kw === 'else') {
                if (!stops.includes(kw))
                    this.fail(`{{ ${kw} }} with no block open`, word);
                return out;
            }
            this.expect('open', '{{');
            const node = this.node(kw, depth);
            if (node)
                out.push(node);
        }
    }
    node(kw, depth) {
        if (kw === 'if' || kw === 'with' || kw === 'range') {
            this.next();
            return this.control(kw, depth);
        }
        if (kw === 'define' || kw === 'block') {
            const at = this.next();
            const name = this.expect('string', 'a template name').value;
            const pipe = kw === 'block' ? this.pipe(depth, 'close') : undefined;
            this.expect('close', '}}');
            const list = this.list(depth + 1, ['end']);
            this.endOf(kw);
            this.defines.push({ name, list });
            return kw === 'block' ? { t: 'template', name, pipe, line: at.line } : undefined;
        }
        if (kw === 'template') {
            const at = this.next();
            const name = this.expect('string', 'a template name').value;
            const pipe = this.peek()?.kind === 'close' ? undefined : this.pipe(depth, 'close');
            this.expect('close', '}}');
            return { t: 'template', name, pipe, line: at.line };
        }
        if (kw === 'break' || kw === 'continue') {
            this.next();
            this.expect('close', '}}');
            return undefined;
        }
        const pipe = this.pipe(depth, 'close');
        this.expect('close', '}}');
        return { t: 'action', pipe };
    }
    /** After `{{ if|with|range`: its pipeline, its list, and its else branch (an `else if`/`else with` is a block of its own). */
    control(t, depth) {
        const pipe = this.pipe(depth, 'close');
        this.expect('close', '}}');
        const list = this.list(depth + 1, ['end', 'else']);
        let otherwise = [];
        this.expect('open', '{{');
        if (this.next().value === 'else') {
            const chained = this.peek();
            if (chained?.kind === 'ident' && (chained.value === 'if' || chained.value === 'with') && t !== 'range') {
                this.next();
                // `{{ else if … }}` … `{{ end }}`: the chained block takes the one `end`.
                return { t, pipe, list, otherwise: [this.control(chained.value, depth + 1)] };
            }
            this.expect('close', '}}');
            otherwise = this.list(depth + 1, ['end']);
            this.endOf(t);
        }
        else
            this.expect('close', '}}');
        return { t, pipe, list, otherwise };
    }
    endOf(what) {
        this.expect('open', '{{');
        const t = this.next();
        if (t.value !== 'end')
            this.fail(`expected {{ end }} of ${what}`, t);
        this.expect('close', '}}');
    }
    /** A pipeline up to (not past) a token of kind `until` (`close`, or `rparen` inside parentheses). */
    pipe(depth, until) {
        if (depth > MAX_NESTING)
            this.fail(`parentheses nested deeper than ${MAX_NESTING}`);
        const line = this.peek()?.line ?? 1;
        const vars = [];
        let assign = false;
        // `$x :=`, `$i, $v :=`, `$x =`
        let k = 0;
        while (this.peek(k)?.kind === 'var' && !this.peek(k)?.fields) {
            const after = this.peek(k + 1)?.kind;
            if (after === 'comma')
                k += 2;
            else if (after === 'declare' || after === 'assign') {
                for (let j = 0; j <= k; j += 2)
                    vars.push(this.peek(j).value);
                assign = after === 'assign';
                this.at += k + 2;
                break;
            }
            else
                break;
        }
        const cmds = [[]];
        for (;;) {
            const t = this.peek();
            if (!t)
                this.fail('the template ends inside an action');
            if (t.kind === until)
                break;
            this.next();
            if (t.kind === 'pipe') {
                cmds.push([]);
                continue;
            }
            cmds[cmds.length - 1].push(this.operand(t, depth));
        }
        if (cmds.some((c) => c.length === 0) && !(cmds.length === 1 && vars.length === 0 && until === 'close'))
            this.fail('an empty command in a pipeline');
        return { vars, assign, cmds: cmds.filter((c) => c.length > 0), line };
    }
    operand(t, depth) {
        switch (t.kind) {
            case 'string':
                return { o: 'lit', value: t.value };
            case 'number':
                return { o: 'lit', num: t.value };
            case 'char':
                return { o: 'lit' };
            case 'field':
                return { o: 'field', path: t.value.split('.') };
            case 'dot':
                return { o: 'dot' };
            case 'var':
                return { o: 'var', name: t.value, path: t.fields ?? [] };
            case 'ident':
                return ['true', 'false', 'nil'].includes(t.value) ? { o: 'lit' } : { o: 'fn', name: t.value };
            case 'lparen': {
                const pipe = this.pipe(depth + 1, 'rparen');
                const close = this.next();
                return { o: 'pipe', pipe, path: close.fields ?? [] };
            }
            default:
                return this.fail(`unexpected ${t.value || t.kind}`, t);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/values/contract-index.ts
// The values places a chart and its subcharts read, in the coordinates of the
// environment's values (the top chart's): a subchart under `<name or
// alias>:` reads the parent's `<key>.x` as its `.Values.x`, and `global.x`
// wherever it reads it reads the top's `global.x` (Helm hands `global` down to
// every subchart). A subchart lockstep could not read (a remote one not
// vendored) may read anything under its key and `global`: read whole, not
// traced. Named templates are one namespace over the whole tree, as Helm
// loads them.






const node = () => ({ here: 0, whole: 0, below: 0, next: new Map() });
const best = (a, b) => (a > b ? a : b);
/** Reads every template of `top` and its subcharts; a template that does not parse is a UserError at its file:line. */
function contract_index_contractIndex(top, extraTexts = []) {
    const placed = [];
    const root = node();
    const add = (path, whole, here) => insert(root, path, whole, here);
    const subcharts = new Map();
    const visit = (chart, prefix) => {
        const at = placed.length;
        placed.push({ chart, prefix });
        for (const r of chart.reads ?? [])
            add([...prefix, ...r], 0, 2);
        for (const d of chart.dependencies) {
            if (d.chart) {
                subcharts.set(at, (subcharts.get(at) ?? new Map()).set(d.key, placed.length));
                visit(d.chart, [...prefix, d.key]);
            }
            else {
                add([...prefix, d.key], 1, 1);
                add(['global'], 1, 1);
            }
        }
    };
    visit(top, []);
    const parsed = placed.map((p) => (p.chart.templateFiles ?? []).map((f) => ({ path: f.path, tpl: parseTemplate(f.text, f.path) })));
    const defines = new Map();
    for (const files of parsed)
        for (const f of files)
            for (const d of f.tpl.defines) {
                const list = defines.get(d.name) ?? [];
                list.push({ list: d.list, file: f.path });
                defines.set(d.name, list);
            }
    const complete = placed.every((p) => p.chart.dependencies.every((d) => d.chart));
    const walker = new TemplateWalker(defines, complete, subcharts);
    parsed.forEach((files, chart) => {
        for (const f of files)
            if (!basename(f.path).startsWith('_'))
                walker.walkFile(f.tpl.list, chart, f.path);
        // A string of the values may be handed to `tpl`: what its actions read is read.
        for (const text of contract_index_valuesTemplates(placed[chart].chart.values))
            walkText(walker, text, chart);
    });
    for (const text of extraTexts)
        walkText(walker, text, 0);
    for (const [chart, reads] of walker.reads.byChart) {
        const prefix = placed[chart].prefix;
        for (const r of reads.values()) {
            // A place below a computed key is not traced, however it was reached.
            const cap = (x) => (r.path.includes(COMPUTED) && x > 1 ? 1 : x);
            add([...prefix, ...r.path], cap(r.whole), cap(r.here));
            if (r.path[0] === 'global')
                for (let i = 0; i < prefix.length; i++)
                    add([...prefix.slice(0, i), ...r.path], cap(r.whole), cap(r.here));
        }
    }
    settle(root);
    return { root, named: namedPlaces(root) };
}
/** The strings of a values text that hold a template action (`{{`), which a chart may hand to `tpl`. */
function contract_index_valuesTemplates(text) {
    if (text === undefined || !text.includes('{{'))
        return [];
    let doc;
    try {
        doc = (0,diff/* lenientYaml */.by)(text);
    }
    catch {
        // A text the parser cannot take (nested past its stack) holds no string lockstep reads: judging it says why.
        return [];
    }
    const out = [];
    const walk = (n, depth) => {
        if (depth > 64 || out.length > 1000)
            return;
        if ((0,dist/* isScalar */.jn)(n) && typeof n.value === 'string' && n.value.includes('{{'))
            out.push(n.value);
        else if ((0,dist/* isMap */.jh)(n))
            for (const p of n.items)
                walk(p.value, depth + 1);
        else if ((0,dist/* isSeq */.oP)(n))
            for (const i of n.items)
                walk(i, depth + 1);
    };
    walk(doc?.doc.contents, 0);
    return out;
}
function walkText(walker, text, chart) {
    let tpl;
    try {
        tpl = parseTemplate(text, 'values');
    }
    catch (e) {
        // A string that is not a template is a string: Helm's tpl would refuse it, and it reads nothing.
        if (e instanceof errors/* UserError */.yo)
            return;
        throw e;
    }
    walker.walkFile(tpl.list, chart, 'values');
}
function insert(root, path, whole, reading) {
    let n = root;
    for (const seg of path) {
        let next = n.next.get(seg);
        if (!next)
            n.next.set(seg, (next = node()));
        n = next;
    }
    n.here = best(n.here, reading);
    n.whole = best(n.whole, whole);
}
/** Fills in `below`, depth first, without recursion (a values path may be long). */
function settle(root) {
    const order = [];
    const stack = [root];
    while (stack.length > 0) {
        const n = stack.pop();
        order.push(n);
        for (const c of n.next.values())
            stack.push(c);
    }
    for (let i = order.length - 1; i >= 0; i--) {
        const n = order[i];
        let b = best(n.here, n.whole);
        for (const c of n.next.values())
            b = best(b, c.below);
        n.below = b;
    }
}
/** Dotted paths of the read places that name every key (no `*` or `?`), at most 20,000. */
function namedPlaces(root) {
    const out = [];
    const stack = [[root, []]];
    while (stack.length > 0 && out.length < 20_000) {
        const [n, path] = stack.pop();
        if (path.length > 0 && n.here > 0)
            out.push(path.join('.'));
        for (const [seg, c] of n.next)
            if (seg !== '*' && seg !== COMPUTED)
                stack.push([c, [...path, seg]]);
    }
    return out.sort();
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./packages/core/src/values/contract.ts
// The values contract: every key a values file sets is a key the chart reads.
// A key set with one value (a scalar, a list, an empty map) is read when a
// template reads it, a place above it whole (`toYaml .Values.x`), or a place
// below it (a key set `a: {}` that a template reads `a.b` of). Each key no
// template reads is named at its line with the nearest place the chart does
// read. Keys read only through a name computed at render time are counted as
// read and not traced.




/** At most this many unread keys are named for one file (all are counted in `checked`). */
const MAX_UNREAD = 200;
/** At most this many keys are judged in one file; past it the file is refused as too large to judge (a UserError). */
const MAX_KEYS = 100_000;
/** At most this many trie steps for one key: past it the key counts as read and not traced. */
const MAX_KEY_STEPS = 10_000;
/**
 * The values file `file` (its `text`) judged against `chart` and its subcharts: the chart's
 * templates read, and the file's own strings that hold template actions (a chart may `tpl` them).
 * A template or values file that does not parse is a UserError at its file:line.
 */
function valuesContract(chart, text, file) {
    return judgeValues(contractIndex(chart, valuesTemplates(text)), text, file);
}
/** Judges the keys `text` (the values file `file`) sets against the chart's reads. Invalid YAML is a UserError at its line. */
function judgeValues(index, text, file) {
    const parsed = parseYaml(text, file);
    const report = { file, checked: 0, unread: [], notTraced: 0 };
    const leaves = [];
    collectLeaves(parsed.doc.contents, [], (path, line) => leaves.push({ path, line: line ?? 1 }), parsed.lineOf);
    if (leaves.length > MAX_KEYS)
        throw new UserError(`the values file sets ${leaves.length} keys, more than the ${MAX_KEYS} lockstep judges in one file`, {
            file,
            line: 1,
            hint: 'split the values into several files',
        });
    let suggest;
    for (const leaf of leaves) {
        report.checked++;
        const steps = { left: MAX_KEY_STEPS };
        const r = judge(index.root, leaf.path, 0, steps);
        if (r === 1 || (r === 0 && steps.left <= 0))
            report.notTraced++;
        else if (r === 0 && report.unread.length < MAX_UNREAD) {
            const key = leaf.path.join('.');
            const suggestion = (suggest ??= suggester(index.named))(leaf.path);
            report.unread.push({ file, line: leaf.line, key, ...(suggestion ? { suggestion } : {}) });
        }
    }
    return report;
}
/** How the chart reads the key at `path`: 0 not read, 1 read only untraced (or past the step bound), 2 read. */
function readingOf(index, path) {
    const steps = { left: MAX_KEY_STEPS };
    const r = judge(index.root, path, 0, steps);
    return r === 0 && steps.left <= 0 ? 1 : r;
}
/** Every key set with one value, by its path and the line of its key; `<<` merges are left out (their keys are the anchor's). */
function collectLeaves(root, start, out, lineOf) {
    const stack = [[root, start]];
    while (stack.length > 0) {
        const [n, path] = stack.pop();
        if (!(0,dist/* isMap */.jh)(n))
            continue;
        const items = n.items;
        for (let i = items.length - 1; i >= 0; i--) {
            const p = items[i];
            const key = (0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : undefined;
            if (key === undefined || key === '<<')
                continue;
            const value = p.value;
            if ((0,dist/* isMap */.jh)(value) && value.items.length > 0)
                stack.push([value, [...path, key]]);
            else
                out([...path, key], lineOf(p.key));
        }
    }
}
/** How the key `path` is read below `n` (from segment `i`): any key matches a `*` or `?` place; a `?` is not traced. */
function judge(n, path, i, steps) {
    if (--steps.left <= 0)
        return 0;
    let r = n.whole;
    if (i === path.length)
        return n.below > r ? n.below : r;
    const tries = [
        [n.next.get(path[i]), true],
        [n.next.get('*'), true],
        [n.next.get('?'), false],
    ];
    for (const [c, traced] of tries) {
        if (!c || r === 2)
            continue;
        let got = judge(c, path, i + 1, steps);
        if (!traced && got === 2)
            got = 1;
        if (got > r)
            r = got;
    }
    return r;
}
/** The nearest read place to an unread key: a typo (a small edit distance), else the same last keys nested elsewhere. */
function suggester(named) {
    const byLast = new Map();
    const byLength = new Map();
    for (const p of named) {
        const last = p.slice(p.lastIndexOf('.') + 1);
        let list = byLast.get(last);
        if (!list)
            byLast.set(last, (list = []));
        list.push(p);
        let same = byLength.get(p.length);
        if (!same)
            byLength.set(p.length, (same = []));
        same.push(p);
    }
    return (path) => {
        const key = path.join('.');
        // A short key is near every other short key: at most one edit in three characters.
        const limit = Math.min(Math.max(2, Math.floor(key.length / 10)), 4, Math.floor(key.length / 3));
        let found;
        let dist = limit + 1;
        for (let length = key.length - limit; length <= key.length + limit; length++)
            for (const p of byLength.get(length) ?? []) {
                if (Math.abs(p.length - key.length) >= dist)
                    continue;
                const d = distance(key, p, dist);
                if (d < dist && d > 0)
                    [found, dist] = [p, d];
            }
        if (found)
            return found;
        // Mis-nested: a place ending with the same keys (the most of them shared, then the nearest).
        const last = path[path.length - 1];
        let bestShared = 0;
        dist = Infinity;
        for (const p of byLast.get(last) ?? []) {
            const segs = p.split('.');
            let shared = 0;
            while (shared < segs.length && shared < path.length && segs[segs.length - 1 - shared] === path[path.length - 1 - shared])
                shared++;
            const need = Math.min(2, path.length, segs.length);
            if (shared < need || shared < bestShared || p === key)
                continue;
            const d = distance(key, p, shared > bestShared ? Infinity : dist);
            if (shared > bestShared || (shared === bestShared && d < dist))
                [found, bestShared, dist] = [p, shared, d];
        }
        return found;
    };
}
/** Levenshtein distance of a and b, stopping early once every cell of a row reaches `cap`. */
function distance(a, b, cap) {
    let prev = new Uint32Array(b.length + 1).map((_, j) => j);
    let row = new Uint32Array(b.length + 1);
    for (let i = 1; i <= a.length; i++) {
        row[0] = i;
        let min = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            row[j] = v;
            if (v < min)
                min = v;
        }
        if (min >= cap)
            return cap;
        [prev, row] = [row, prev];
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ./packages/core/src/values/contract-drift.ts
// values-drift with the values contract's reading of templates (issue 74, item 4): besides the keys
// the promoted chart version no longer has in its values.yaml, schema or templates (chart-drift.ts),
// a key the environment sets that the current version's templates read and the promoted version's
// templates no longer read is dropped too — the renamed key whose old default was left in values.yaml.
// Where a version's templates cannot be read (one does not parse), only chart-drift.ts decides.







/** compareValues (same arguments), with the keys the promoted version's templates stop reading added as dropped. */
function compareDrift(envText, envFile, charts, document, cache) {
    const found = compareValues(envText, envFile, charts, document, cache);
    const [was, now] = [indexOf(charts.current, envText), indexOf(charts.promoted, envText)];
    if (!was || !now)
        return found;
    const parsed = (0,parse_cache/* parseWith */.K)(cache, document === undefined ? read/* YAML_DOCUMENT */.MQ : read/* YAML_DOCUMENTS */.FL, (0,bytes/* stripBom */.F8)(envText), envFile);
    const root = document ? document(parsed.doc.contents) : parsed.doc.contents;
    // A key already listed, or below one listed (a map dropped whole), is said once.
    const said = [...found.findings, ...found.notCompared].map((f) => f.key);
    const listed = (key) => said.some((k) => key === k || key.startsWith(`${k}.`));
    const label = (c) => `chart ${c.name} ${c.version}`;
    const added = [];
    collectLeaves(root ?? null, [], (path, line) => {
        const key = path.join('.');
        if (listed(key) || readingOf(was, path) !== 2 || readingOf(now, path) !== 0)
            return;
        added.push({
            file: envFile,
            line: line ?? 1,
            key,
            message: `key ${key} is set here and ${label(charts.current)} reads it, but ${label(charts.promoted)} no longer does (read by none of its templates)`,
        });
    }, parsed.lineOf);
    return { findings: [...found.findings, ...added.sort((a, b) => a.line - b.line)], notCompared: found.notCompared };
}
/** The chart's template reading, or undefined when a template (or the environment's values) cannot be read. */
function indexOf(chart, envText) {
    try {
        return contract_index_contractIndex(chart, contract_index_valuesTemplates(envText));
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 23769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ valuesDefaults),
/* harmony export */   by: () => (/* binding */ lenientYaml)
/* harmony export */ });
/* unused harmony exports diffValues, kindOf */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64293);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);




/**
 * Compares two values.yaml texts and lists the breaking changes: keys removed
 * (a rename is a removal plus an addition) and values whose kind changed
 * (map ↔ scalar, number → string …). Added keys and new values are not
 * breaking. A value that was null, or becomes null, is a placeholder and may
 * take any kind (a map with keys set to null loses them). Lists are compared
 * as whole values: items are data, not keys.
 * The head text is read strictly (duplicate keys, syntax errors throw a
 * UserError); the base text is read leniently, since the PR cannot fix it.
 */
function diffValues(baseText, headText, baseFile, headFile) {
    const base = lenientYaml(baseText);
    if (!base)
        return [];
    const head = parseYaml(stripBom(headText), headFile);
    const out = [];
    // An empty values.yaml (or none) removes every key: the root is not a null placeholder.
    const headRoot = head.doc.contents ?? (isMap(base.doc.contents) ? new YAMLMap() : null);
    walk(base.doc.contents, headRoot, [], { base, head, baseFile, headFile, out, seen: new WeakMap() });
    return out;
}
/** Parses YAML without refusing anything; undefined when it is not YAML at all. */
function lenientYaml(text) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), { lineCounter: lines, uniqueKeys: false });
    if (doc.errors.length > 0)
        return undefined;
    return { doc, lineOf: (n) => (n?.range ? lines.linePos(n.range[0]).line : undefined) };
}
/**
 * values.yaml as the plain object Helm starts from (aliases and `<<` merges
 * resolved); undefined when the text is not YAML.
 */
function valuesDefaults(text) {
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(text), { uniqueKeys: false, merge: true });
        return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: -1 });
    }
    catch {
        return undefined;
    }
}
/** The kind of a parsed node (YAML 1.2 core schema, as the `yaml` package reads it). */
function kindOf(node) {
    if (node === null || node === undefined)
        return 'null';
    if (isMap(node))
        return 'map';
    if (isSeq(node))
        return 'list';
    if (isScalar(node)) {
        // Helm reads values as YAML 1.1: an unquoted `yes`/`on` is a boolean, `0755` a number.
        if (node.type === 'PLAIN' && typeof node.source === 'string') {
            const t = yaml11Type(node.source);
            return t === 'bool' ? 'boolean' : t === 'int' || t === 'float' ? 'number' : t === 'null' ? 'null' : 'string';
        }
        const v = node.value;
        if (v === null || v === undefined)
            return 'null';
        if (typeof v === 'number' || typeof v === 'bigint')
            return 'number';
        if (typeof v === 'boolean')
            return 'boolean';
        return 'string';
    }
    return 'null';
}
/** At most this many breaking changes are listed for one values file (an alias bomb would list billions). */
const MAX_FINDINGS = 200;
function walk(b, h, path, w) {
    const { base, head, out, seen } = w;
    // Aliases stand for the anchored node, as Helm reads them.
    b = deref(b, base.doc);
    h = deref(h, head.doc);
    // Through aliases one pair of nodes is reached by many paths (9^9 in a billion-laughs file). A pair
    // known to hold no breaking change is not walked again, and the findings stop at a cap, so the time is
    // bounded while a change under a shared anchor is still reported at every path that uses it.
    if (out.length >= MAX_FINDINGS)
        return;
    if (b && h && seen.get(b)?.has(h))
        return;
    const found = out.length;
    walkPair(b, h, path, w);
    if (b && h && out.length === found) {
        const pairs = seen.get(b) ?? new WeakSet();
        pairs.add(h);
        seen.set(b, pairs);
    }
}
/** The breaking changes between two resolved nodes and below them (walk's body). */
function walkPair(b, h, path, w) {
    const { base, head, baseFile, headFile, out } = w;
    const bk = kindOf(b);
    let hk = kindOf(h);
    // A map emptied to null takes its keys away (`.Values.image.repository` no longer resolves).
    if (bk === 'map' && hk === 'null') {
        h = new YAMLMap();
        hk = 'map';
    }
    if (bk === 'null' || hk === 'null')
        return;
    const key = path.join('.');
    if (bk === 'number' && hk === 'string' && quotesTheNumber(b, h))
        return;
    if (bk !== hk) {
        out.push({ file: headFile, line: head.lineOf(h), key, message: `key ${key || '(root)'} changed type from ${bk} to ${hk}` });
        return;
    }
    if (bk !== 'map' || !isMap(b) || !isMap(h))
        return;
    const headPairs = pairsOf(h, head.doc);
    for (const [name, p] of pairsOf(b, base.doc)) {
        const sub = [...path, name];
        if (!headPairs.has(name)) {
            out.push({ file: baseFile, line: base.lineOf(p.key), key: sub.join('.'), message: `key ${sub.join('.')} removed`, side: 'base' });
            continue;
        }
        walk(p.value, headPairs.get(name).value, sub, w);
    }
}
/**
 * True when a string value spells the number it replaces: its source text
 * (`tag: 1.10` → `tag: "1.10"`, the string the author meant all along) or its
 * YAML 1.1 reading (`"1.1"`, what Helm rendered before). Templates that print
 * the value see the same text or the text the author intended, so it is a fix, not a type change.
 */
function quotesTheNumber(b, h) {
    if (typeof h.value !== 'string' || typeof b.source !== 'string')
        return false;
    const text = h.value;
    if (text === b.source)
        return true;
    // Helm's reading, not YAML 1.2's: `0755` rendered as 493, so "755" would change what templates see.
    const yaml11 = parseDocument(b.source, { version: '1.1' }).contents;
    const v = isScalar(yaml11) ? yaml11.value : undefined;
    return (typeof v === 'number' || typeof v === 'bigint') && String(v) === text;
}
function deref(node, doc) {
    for (let i = 0; i < 32 && isAlias(node); i++)
        node = node.resolve(doc) ?? null;
    return isAlias(node) ? null : node;
}
/**
 * A map's keys as Helm sees them: `<<: *anchor` (or a list of anchors) merges
 * the anchored maps' keys, and keys written in the map itself win.
 */
function pairsOf(map, doc, depth = 0) {
    const out = new Map();
    if (!isMap(map) || depth > 32)
        return out;
    const merged = [];
    for (const p of map.items) {
        if (!isScalar(p.key))
            continue;
        const name = String(p.key.value);
        if (name === '<<' && p.key.type === 'PLAIN' && (isAlias(p.value) || isSeq(p.value))) {
            merged.push(...(isSeq(p.value) ? p.value.items : [p.value]));
            continue;
        }
        out.set(name, { key: p.key, value: p.value });
    }
    for (const m of merged) {
        const src = deref(m, doc);
        if (src)
            for (const [name, p] of pairsOf(src, doc, depth + 1))
                if (!out.has(name))
                    out.set(name, p);
    }
    return out;
}


/***/ }),

/***/ 62986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ checkPinnedImagesIn),
/* harmony export */   mQ: () => (/* binding */ splitReference)
/* harmony export */ });
/* unused harmony export checkPinnedImages */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64293);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29002);



const DIGEST = /^sha256:[0-9a-f]{64}$/;
const IMAGE_KEY = /(^|[_-])image$|Image$/i;
/**
 * Checks every image in a protected environment's values file: each must be
 * pinned by a `sha256:` digest (64 hex) and may not use the `latest` tag or an
 * empty tag. Images are found in both shapes charts use: a map
 * (`repository`/`image` with `tag` and `digest`, bitnami's `registry` too) and
 * a single string (`repo:tag@sha256:…`) under an `image` key. Each problem
 * points at the exact line (the tag, the digest, or the image).
 */
function checkPinnedImages(text, file) {
    return checkPinnedImagesIn(parseYaml(stripBom(text), file));
}
/** checkPinnedImages on a file already parsed (a caller that holds the parse need not parse it again). */
function checkPinnedImagesIn(parsed) {
    const out = [];
    visit(parsed.doc.contents, [], parsed, out, false);
    return out;
}
function visit(node, path, parsed, out, underImageKey) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        if (isImageMap(node, underImageKey)) {
            checkImageMap(node, path, parsed, out);
            return;
        }
        for (const p of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
                continue;
            const name = String(p.key.value);
            const value = p.value;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && IMAGE_KEY.test(name) && typeof value.value === 'string')
                checkImageString(value.value, [...path, name], parsed.lineOf(value), file(parsed), out);
            else
                visit(value, [...path, name], parsed, out, IMAGE_KEY.test(name));
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        node.items.forEach((item, i) => visit(item, [...path, String(i)], parsed, out, underImageKey));
    }
}
function file(parsed) {
    return parsed.file;
}
function pairOf(map, key) {
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
}
function isImageMap(map, underImageKey) {
    const repo = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const named = !!repo && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(repo.value) && typeof repo.value.value === 'string';
    const pinnable = pairOf(map, 'tag') !== undefined || pairOf(map, 'digest') !== undefined;
    // An environment override often sets only `tag`/`digest` under `image:`; the repository comes from values.yaml.
    return named ? underImageKey || pinnable : underImageKey && pinnable;
}
function checkImageMap(map, path, parsed, out) {
    const key = path.join('.') || '(root)';
    const tagPair = pairOf(map, 'tag');
    const digestPair = pairOf(map, 'digest');
    const repoPair = pairOf(map, 'repository') ?? pairOf(map, 'image');
    const repoValue = repoPair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(repoPair.value) ? String(repoPair.value.value) : '';
    // `repository: ghcr.io/acme/api@sha256:…` pins by digest inside the repository field.
    const inline = splitReference(repoValue);
    // `tag: 1.7.3@sha256:…` pins too: templates render `repository:tag`, so the digest rides along.
    let tagDigest;
    let tagLine;
    if (tagPair) {
        const tagNode = tagPair.value;
        let tag = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(tagNode) && tagNode.value !== null ? String(tagNode.value) : '';
        const line = parsed.lineOf(tagNode) ?? parsed.lineOf(tagPair.key);
        const at = tag.indexOf('@');
        if (at >= 0) {
            tagDigest = tag.slice(at + 1);
            tagLine = line;
            tag = tag.slice(0, at);
        }
        if (tag === 'latest')
            out.push({
                file: parsed.file,
                line,
                key: `${key}.tag`,
                message: `image at ${key} uses the tag latest`,
                hint: 'use a release tag and pin the digest',
            });
        else if (tag.trim() === '')
            out.push({
                file: parsed.file,
                line,
                key: `${key}.tag`,
                message: `image at ${key} has an empty tag`,
                hint: 'set the release tag and pin the digest',
            });
    }
    const digestNode = digestPair?.value;
    const written = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(digestNode) && digestNode.value !== null ? String(digestNode.value) : '';
    const digest = written || (inline.digest ?? tagDigest ?? '');
    if (!DIGEST.test(digest)) {
        const line = digestPair
            ? (parsed.lineOf(digestNode) ?? parsed.lineOf(digestPair.key))
            : (tagLine ?? parsed.lineOf((repoPair ?? tagPair)?.key));
        out.push({
            file: parsed.file,
            line,
            key: digestPair ? `${key}.digest` : key,
            message: digest === '' ? `image at ${key} is not pinned by digest` : `image at ${key} digest ${digest} is not a sha256 digest`,
            hint: 'set digest: sha256:<64 hex> (capture-digests records it)',
        });
    }
}
function checkImageString(ref, path, line, fileName, out) {
    if (/\s/.test(ref))
        return; // not an image reference (prose, a command line)
    const key = path.join('.');
    const { tag, digest, hasTagSeparator } = splitReference(ref);
    if (tag === 'latest')
        out.push({ file: fileName, line, key, message: `image at ${key} uses the tag latest`, hint: 'use a release tag and pin the digest' });
    else if (hasTagSeparator && tag === '')
        out.push({ file: fileName, line, key, message: `image at ${key} has an empty tag`, hint: 'write repo:tag@sha256:…' });
    if (!digest || !DIGEST.test(digest))
        out.push({
            file: fileName,
            line,
            key,
            message: digest ? `image at ${key} digest ${digest} is not a sha256 digest` : `image at ${key} is not pinned by digest`,
            hint: 'write repo:tag@sha256:<64 hex>',
        });
}
/** Splits `registry:5000/repo:tag@sha256:…` into its tag and digest. */
function splitReference(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash)
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest, hasTagSeparator: true };
    return { name: rest, digest, hasTagSeparator: false };
}


/***/ }),

/***/ 98102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YH: () => (/* binding */ CORE_SCHEMA_LIKE_YAML),
/* harmony export */   gP: () => (/* binding */ coreNonString),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48105);
// js-yaml read as the yaml package reads a plain document with the YAML 1.2
// core schema: the scalar resolution and maps of the yaml package, and the test
// of which texts the two libraries read alike (render/documents.ts says why
// and where it is used: a render's output, the pin index, the config file).

/**
 * A plain scalar as the yaml package's core schema resolves it: the first of a
 * tag's patterns that matches (one js-yaml tag per tag name: a schema keeps the
 * last tag of a name).
 */
function coreScalar(tagName, firstChars, forms) {
    return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .defineScalarTag */ .Gf)(`tag:yaml.org,2002:${tagName}`, {
        implicit: true,
        implicitFirstChars: firstChars,
        resolve: (s) => {
            for (const [test, resolve] of forms)
                if (test.test(s))
                    return resolve(s);
            return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .NOT_RESOLVED */ .Hg;
        },
        identify: () => false,
    });
}
const NUMBER_START = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.'];
/** The yaml package's YAML 1.2 core resolution (yaml/dist/schema/core), pattern for pattern, in its order. */
const FORMS = {
    null: [[/^(?:~|[Nn]ull|NULL)?$/, () => null]],
    bool: [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']],
    int: [
        [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
        [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
        [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
    ],
    float: [
        [
            /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
            (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity),
        ],
        [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
        [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ],
};
const CORE = [
    coreScalar('null', ['', '~', 'n', 'N'], FORMS.null),
    coreScalar('bool', ['t', 'T', 'f', 'F'], FORMS.bool),
    coreScalar('int', NUMBER_START, FORMS.int),
    coreScalar('float', NUMBER_START, FORMS.float),
];
/** Every pattern of FORMS, flat. */
const NON_STRING = Object.values(FORMS).flatMap((forms) => forms.map(([test]) => test));
/** The first characters a pattern of FORMS can match (the empty text aside): the others are strings without a test. */
const NON_STRING_FIRST = new Set([...'~nNtTfF', ...NUMBER_START]);
/** Whether a plain scalar of this text is read as no string (null, a boolean, a number) by the YAML 1.2 core schema. */
function coreNonString(s) {
    if (s !== '' && !NON_STRING_FIRST.has(s[0]))
        return false;
    return NON_STRING.some((test) => test.test(s));
}
/** A scalar key as the yaml package writes it into a plain object: null is '', anything else its String(). */
const keyOf = (key) => (key === null ? '' : String(key));
/**
 * Maps as the yaml package's toJS builds them: plain objects, a key written
 * over an inherited name (`__proto__`, `toString`) as an own property. A key
 * that is a map or a list (the yaml package prints it as YAML, js-yaml would
 * not) is refused, and so is a key met twice (js-yaml refuses it): the yaml
 * package reads those.
 */
const MAP = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .defineMappingTag */ .bH)('tag:yaml.org,2002:map', {
    create: () => ({}),
    addPair: (map, key, value) => {
        if (key !== null && typeof key === 'object')
            return 'a key that is a map or a list';
        const k = keyOf(key);
        if (k in map)
            Object.defineProperty(map, k, { value, writable: true, enumerable: true, configurable: true });
        else
            map[k] = value;
        return '';
    },
    has: (map, key) => Object.hasOwn(map, keyOf(key)),
    keys: (map) => Object.keys(map),
    get: (map, key) => map[keyOf(key)],
    identify: () => false,
});
/** js-yaml's schema that reads plain scalars and maps as the yaml package's YAML 1.2 core schema does. */
const CORE_SCHEMA_LIKE_YAML = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Schema */ .Sj([js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .strTag */ .ym, js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .seqTag */ .UD, MAP, ...CORE]);
/**
 * Whether what stands before `start` on its line is what may stand before a block collection: indentation, and the
 * `- ` of the lists it opens (` *(?:- +)*`), read in place: a render has a block collection every few lines.
 */
function blockLineStart(text, start) {
    let i = text.lastIndexOf('\n', start - 1) + 1;
    while (i < start && text.charCodeAt(i) === 32)
        i++;
    while (i < start) {
        if (text.charCodeAt(i) !== 45 || i + 1 >= start || text.charCodeAt(i + 1) !== 32)
            return false;
        i++;
        while (i < start && text.charCodeAt(i) === 32)
            i++;
    }
    return true;
}
/** Keys longer than this are the yaml package's to judge (it refuses an implicit key past 1024 characters, js-yaml does not). */
const LONG_KEY = 1000;
/**
 * Whether js-yaml's events hold nothing the two libraries read differently:
 * no tag, anchor, alias or directive, no key past LONG_KEY characters, and
 * every block map or list starting its own line (or after the `- ` of a list),
 * where the yaml package refuses what js-yaml takes (`a: b: c`, `: b: c`).
 */
function plain(text, events) {
    /** Per open node (document, map, list): whether it is a map, and how many children it has had. */
    const open = [];
    for (const e of events) {
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            open.pop();
            continue;
        }
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT) {
            if (e.directives.length > 0)
                return false;
            open.push({ map: false, children: 0 });
            continue;
        }
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS || e.tagStart !== -1 || e.anchorStart !== -1)
            return false;
        const parent = open[open.length - 1];
        const key = parent.map && parent.children % 2 === 0;
        parent.children++;
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            if (key && e.valueEnd - e.valueStart > LONG_KEY)
                return false;
            continue;
        }
        if (e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .COLLECTION_STYLE */ .Rl.BLOCK && !blockLineStart(text, e.start))
            return false;
        open.push({ map: e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING, children: 0 });
    }
    return true;
}


/***/ }),

/***/ 88855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   SV: () => (/* binding */ plainDocument),
/* harmony export */   VE: () => (/* binding */ PLAIN_DOCUMENT)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48105);
/* harmony import */ var _js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98102);
// One YAML document read by js-yaml where it reads exactly as the yaml package
// does (js-yaml-core.ts: no tag, anchor, alias, directive or long key, every
// block collection on its own line): its data, and the line each node starts
// at, without the yaml package's syntax tree. The config file of a fleet (300
// services, 100 environments: 40 KB) took ~90 ms to compose into that tree on
// every command, and ~20 MB of garbage, where its data and lines are all a
// valid config needs; js-yaml's events give both in a fraction of that.
//
// A line is answered where js-yaml's events place the node where the yaml
// package's range starts: a collection (its first key or `-`, or its `{`/`[`)
// and a one-line or quoted scalar. An empty scalar (`key:`) and a block
// scalar (`|`, `>`, whose content js-yaml places on the next line) are
// UNKNOWN: the caller asks the yaml package. A path that leads nowhere is
// undefined, as nodeAt says, which only holds when every key reads as the
// same string in both libraries: a plain key the core schema reads as no
// string (`1.0:`, `true:`, `~:`) or a key that is a collection makes the text
// not this reader's (undefined), as is anything js-yaml refuses (a duplicate
// key) and more than one document.


/** Where a node starts is not known from the events: the yaml package says. */
const UNKNOWN = Symbol('unknown line');
/** 1-based lines of increasing offsets, counted as they pass (the events come in the order of the text). */
function lineCursor(text) {
    let [line, next] = [1, text.indexOf('\n')];
    return (offset) => {
        while (next !== -1 && next < offset) {
            line++;
            next = text.indexOf('\n', next + 1);
        }
        return line;
    };
}
/** A key as the yaml package's nodeAt compares it (String of its value), or undefined where that may differ from the text. */
function keyText(text, e) {
    if (e.valueStart < 0 || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.LITERAL_BLOCK || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.FOLDED_BLOCK)
        return undefined;
    const value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, e);
    return e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN && (0,_js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__/* .coreNonString */ .gP)(value) ? undefined : value;
}
/** The line index of the document's events; undefined at a key it cannot read as the yaml package does. */
function lineIndex(text, events) {
    const lineAt = lineCursor(text);
    const open = [];
    let root;
    const place = (node) => {
        const top = open[open.length - 1];
        if (top === undefined)
            root = node;
        else if (top.node.items)
            top.node.items.push(node);
        else {
            top.node.keys.set(top.key, node);
            top.key = undefined;
        }
    };
    for (const e of events) {
        const top = open[open.length - 1];
        const keyNext = top !== undefined && top.node.keys !== undefined && top.key === undefined;
        if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP) {
            const closed = open.pop();
            if (closed !== undefined)
                place(closed.node);
        }
        else if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR) {
            if (keyNext) {
                const key = keyText(text, e);
                if (key === undefined)
                    return undefined;
                top.key = key;
                continue;
            }
            const block = e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.LITERAL_BLOCK || e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.FOLDED_BLOCK;
            const node = { line: e.valueStart >= 0 && e.valueEnd > e.valueStart && !block ? lineAt(e.valueStart) : UNKNOWN };
            if (e.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK.PLAIN)
                node.plain = e.valueStart < 0 ? [0, 0] : [e.valueStart, e.valueEnd];
            place(node);
        }
        else if (e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING || e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE) {
            if (keyNext)
                return undefined;
            const line = lineAt(e.start);
            open.push({ node: e.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING ? { line, keys: new Map() } : { line, items: [] }, key: undefined });
        }
        else if (e.type !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT)
            return undefined;
    }
    return root;
}
/**
 * The text's one document through js-yaml, or undefined where it is not
 * js-yaml's to read (the yaml package reads it, and says its errors).
 */
function plainDocument(text) {
    let events;
    let data;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, {});
        if (!(0,_js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__/* .plain */ .pj)(text, events))
            return undefined;
        data = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, schema: _js_yaml_core_js__WEBPACK_IMPORTED_MODULE_1__/* .CORE_SCHEMA_LIKE_YAML */ .YH, maxAliases: 0 });
    }
    catch {
        return undefined;
    }
    if (data.length > 1)
        return undefined;
    if (data.length === 0)
        return { data: null, lineOf: () => undefined, plainAt: () => undefined };
    const root = lineIndex(text, events);
    if (root === undefined)
        return undefined;
    const nodeAt = (path) => {
        let node = root;
        for (const k of path)
            node = typeof k === 'number' ? node?.items?.[k] : node?.keys?.get(k);
        return node;
    };
    return {
        data: data[0],
        lineOf: (path) => nodeAt(path)?.line,
        plainAt: (path) => {
            const range = nodeAt(path)?.plain;
            return range && text.slice(range[0], range[1]);
        },
    };
}
/**
 * plainDocument as a kind of parse a run's ParseCache keeps: a promotion checks its edit of a values file on it
 * (edits/check.ts), and the next reader of the edited text (promote/flux-validate.ts: is it a Flux resource?)
 * reads the same one.
 */
const PLAIN_DOCUMENT = { name: 'plain-document', parse: (text) => plainDocument(text) };


/***/ }),

/***/ 64293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ YAML_DOCUMENTS),
/* harmony export */   IS: () => (/* binding */ mapValue),
/* harmony export */   MQ: () => (/* binding */ YAML_DOCUMENT),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   oB: () => (/* binding */ nodeAt),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony exports duplicateKey, stringField */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);



/**
 * Parses one YAML document, keeping line numbers. Syntax errors and duplicate
 * keys are UserErrors naming file:line; several documents are refused unless
 * `allowMulti` (then the first is returned).
 */
function parseYaml(text, file, opts = {}) {
    // The yaml package's own uniqueKeys check compares each key with every earlier key of its map:
    // 40,000 keys took 15 s. Keys are checked here instead, one set per map (duplicateKey).
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    const lineAt = lineIndex(text);
    for (const d of list) {
        const err = d.errors[0];
        const dup = err ? undefined : duplicateKey(d.contents);
        if (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, {
                file,
                line: lineAt(err.pos[0]),
                hint: 'fix the YAML syntax',
            });
        }
        if (dup !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`duplicate key${keyNear(text, dup)} — YAML keeps only one of them`, {
                file,
                line: lineAt(dup),
                hint: 'remove one of the duplicate keys',
            });
        }
    }
    if (list.length > 1 && !opts.allowMulti) {
        const second = list[1];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the file holds more than one YAML document', {
            file,
            line: lineAt(second.range[0]),
            hint: 'keep a single document (no --- separators between documents)',
        });
    }
    // An empty or comments-only file holds no document at all: read it as one empty document (contents null).
    const doc = (list[0] ?? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text));
    return {
        file,
        text,
        doc,
        empty: list.length === 0,
        documents: list,
        lineAt,
        lineOf: (node) => (node?.range ? lineAt(node.range[0]) : undefined),
    };
}
/** parseYaml of a single-document text (BOM stripped), as a kind of parse a ParseCache keeps; the variant is the file. */
const YAML_DOCUMENT = { name: 'yaml', parse: (text, file) => parseYaml(text, file) };
/** parseYaml of a text that may hold several documents (`allowMulti`), as a ParseCache keeps it. */
const YAML_DOCUMENTS = {
    name: 'yaml-multi',
    parse: (text, file) => parseYaml(text, file, { allowMulti: true }),
};
/**
 * Offset of the first key that repeats an earlier key of the same mapping, in
 * document order; undefined when there is none. Keys are equal as the yaml
 * package's uniqueKeys check has them: scalars with the same value (`1` and
 * `"1"` differ), other keys only when they are the same node. One set per
 * mapping, and an explicit stack (no recursion), so the work is linear in the
 * nodes and deep nesting cannot overflow the stack. Aliases are not followed:
 * the anchored node is checked where it is written.
 */
function duplicateKey(root) {
    let first;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                const id = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? scalarId(key.value) : key;
                if (seen.has(id)) {
                    const at = key?.range?.[0] ?? pair.value?.range?.[0];
                    if (at !== undefined && (first === undefined || at < first))
                        first = at;
                }
                seen.add(id);
                stack.push(pair.key, pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                stack.push(item);
        }
    }
    return first;
}
/** A scalar's value as a set member: strings are kept apart from numbers and other values with the same text. */
function scalarId(v) {
    return typeof v === 'string' ? `s:${v}` : v;
}
/** Offset → 1-based line, by binary search over the line starts (built once per text). */
function lineIndex(text) {
    let starts;
    return (offset) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
function keyNear(text, offset) {
    const m = /^[ \t]*(?:- )?["']?([^"':\n]+)["']?\s*:/.exec(text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset)));
    return m ? ` '${m[1].trim()}'` : '';
}
/** The node at a key path in mappings (numbers index sequences), or undefined. */
function nodeAt(parsed, path) {
    let node = parsed.doc.contents;
    for (const key of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return undefined;
        if (typeof key === 'number') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                return undefined;
            node = node.items[key];
        }
        else {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                return undefined;
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
            node = pair?.value;
        }
    }
    return (node ?? undefined);
}
/**
 * Reads a scalar meant to be a string (a version, a tag). An unquoted value
 * that YAML would read as a number, boolean or date (`1.10`, `yes`) is a
 * UserError: Helm would see something other than what is written.
 */
function stringField(parsed, path, label = path.join('.')) {
    const node = nodeAt(parsed, path);
    if (node === undefined)
        return undefined;
    const line = parsed.lineOf(node);
    if (!isScalar(node))
        throw new UserError(`${label} is not a plain value`, { file: parsed.file, line, hint: 'write it as a string' });
    if (node.value === null && node.type === Scalar.PLAIN && (node.source ?? '') === '')
        return undefined;
    const source = node.range ? parsed.text.slice(node.range[0], node.range[1]) : String(node.value);
    if (node.type === Scalar.PLAIN) {
        const t11 = yaml11Type(source);
        const t12 = yaml12Type(source);
        if (t11 !== 'str' || t12 !== 'str') {
            const kind = t11 !== 'str' ? t11 : t12;
            throw new UserError(`${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`, {
                file: parsed.file,
                line,
                hint: `quote it: "${source}"`,
            });
        }
    }
    return { value: String(node.value), line, node };
}
/** The value under `key` in a YAML map node (null: the key is there with no value; undefined: not a map, or no such key). */
function mapValue(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
/** A scalar node's value as text; undefined for anything else or an empty scalar. */
function scalarText(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}


/***/ }),

/***/ 47812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ yaml11Type),
/* harmony export */   _O: () => (/* binding */ doubleQuote),
/* harmony export */   aj: () => (/* binding */ isPlainSafe),
/* harmony export */   nI: () => (/* binding */ singleQuote),
/* harmony export */   zN: () => (/* binding */ plainReadsAsString)
/* harmony export */ });
/* unused harmony export yaml12Type */
// How a plain (unquoted) YAML scalar is read. Charts are written for Helm,
// which reads YAML 1.1 (go-yaml v2 behind sigs.k8s.io/yaml), while editors and
// the `yaml` package read YAML 1.2: a value is only safe unquoted when both
// read it back as the same string.
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const NULLS = /^(?:~|null|Null|NULL|)$/;
const YAML11_INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
// go-yaml (what Helm uses) treats a plain scalar as a float only when it has
// one dot or an exponent (`1.10`, `.5`, `1e3`); `1.2.3` stays a string.
const YAML11_FLOAT = /^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const YAML11_TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
const YAML12_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const YAML12_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const YAML12_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** The type a plain scalar resolves to under YAML 1.1 (Helm) — 'str' when it stays a string. */
function yaml11Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML11_BOOL.test(plain))
        return 'bool';
    if (YAML11_INT.test(plain))
        return 'int';
    if (YAML11_FLOAT.test(plain))
        return 'float';
    if (YAML11_TIMESTAMP.test(plain))
        return 'timestamp';
    return 'str';
}
/** The type a plain scalar resolves to under the YAML 1.2 core schema. */
function yaml12Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML12_BOOL.test(plain))
        return 'bool';
    if (YAML12_INT.test(plain))
        return 'int';
    if (YAML12_FLOAT.test(plain))
        return 'float';
    return 'str';
}
/** True when `plain`, written unquoted, reads back as this exact string under YAML 1.1 and 1.2. */
function plainReadsAsString(plain) {
    return yaml11Type(plain) === 'str' && yaml12Type(plain) === 'str';
}
/**
 * True when `value` can be written as a plain scalar in block context at all,
 * and reads back as the same string under both YAML versions.
 */
function isPlainSafe(value) {
    if (value === '' || value !== value.trim())
        return false;
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return false;
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s,[\]{}]/.test(value))
        return false;
    if (/^[-?:](\s|$)/.test(value))
        return false;
    if (/:(\s|$)|\s#/.test(value))
        return false;
    if (/^(?:---|\.\.\.)/.test(value))
        return false;
    return plainReadsAsString(value);
}
/** Double-quotes a string as YAML does, escaping what must be escaped. */
function doubleQuote(value) {
    let out = '"';
    for (const ch of value) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else if (c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return out + '"';
}
/** Single-quotes a string (only `'` needs doubling); undefined when it cannot be (control characters). */
function singleQuote(value) {
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
}


/***/ })

};

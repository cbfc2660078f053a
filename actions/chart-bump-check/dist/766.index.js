export const id = 766;
export const ids = [766];
export const modules = {

/***/ 7766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_DOCS: () => (/* binding */ CONFIG_DOCS),
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  configLine: () => (/* binding */ configLine),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfigText: () => (/* binding */ parseConfigText)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(1196);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(4619);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
;// CONCATENATED MODULE: ./packages/core/src/config/schema.ts
/**
 * JSON Schema of `.github/lockstep.yml`. The file shipped at
 * packages/core/schema/lockstep.schema.json is generated from this object
 * (`npm run schema`) and a test fails when the two differ.
 */
const configSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://lockstep.dev/schema/lockstep.schema.json',
    title: 'lockstep configuration (.github/lockstep.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        'version-file': { type: 'string', minLength: 1, description: 'File holding the release version X.Y.Z on one line.', default: '.version' },
        'tag-prefix': { type: 'string', description: 'Prefix of release tags.', default: 'v' },
        charts: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Chart folders or globs. Default: every folder holding a Chart.yaml, not inside another chart.',
        },
        ignore: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).',
        },
        'chart-version-policy': {
            enum: ['independent', 'sync'],
            description: 'independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.',
            default: 'independent',
        },
        changelog: {
            enum: ['auto', 'required', 'off'],
            description: 'auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.',
            default: 'auto',
        },
        packages: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).',
        },
        pins: {
            type: 'array',
            description: 'Dependency pins set to X.Y.Z at release.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['files', 'names'],
                properties: {
                    files: { type: 'string', minLength: 1, description: 'Glob of files holding the pins.' },
                    table: { type: 'string', description: 'TOML table (dotted) or JSON object path holding the pins.' },
                    names: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'Dependency names to pin.' },
                },
            },
        },
        'lock-command': {
            type: 'array',
            items: { type: 'string' },
            minItems: 1,
            description: 'argv run in each folder whose pins changed (no shell).',
        },
        services: {
            type: 'object',
            description: 'Image name -> repository and the key path of its image block in values files.',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['image'],
                properties: {
                    image: { type: 'string', minLength: 1, description: 'Image repository, e.g. ghcr.io/acme/api.' },
                    'values-key': { type: 'string', minLength: 1, description: 'Dotted key path of the image block, e.g. services.api.image.' },
                },
            },
        },
        environments: {
            type: 'array',
            description: 'Promotion order, first to last.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'values'],
                properties: {
                    name: { type: 'string', minLength: 1 },
                    values: { type: 'string', minLength: 1, description: 'Values file of this environment.' },
                    application: { type: 'string', description: 'ArgoCD Application manifest whose targetRevision is the chart version.' },
                    'auto-merge': { type: 'boolean', default: false },
                    protected: { type: 'boolean', default: false, description: 'Digest-only images, draft promotion PRs, never auto-merged.' },
                },
            },
        },
    },
};

// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
;// CONCATENATED MODULE: ./packages/core/src/config/config.ts









const DEFAULT_CONFIG_PATH = '.github/lockstep.yml';
/** Where users read about the config: a path in this project's repository (the schema ships inside the package, not in theirs). */
const CONFIG_DOCS = 'docs/configuration.md';
let validator;
/**
 * Loads the shared configuration. A missing default file yields the defaults;
 * a missing file the user named explicitly, invalid YAML, an unknown key or a
 * wrong type is a UserError naming file:line.
 */
function loadConfig(workspace, path) {
    const rel = path && path.trim() !== '' ? path.trim() : DEFAULT_CONFIG_PATH;
    const abs = (0,fs_workspace/* resolveInside */.LI)(workspace, rel, 'config');
    if (!(0,external_node_fs_.existsSync)(abs)) {
        if (path && path.trim() !== '' && rel !== DEFAULT_CONFIG_PATH)
            throw new errors/* UserError */.yo(`config file ${rel} does not exist`, { hint: 'fix the config input or create the file' });
        return parseConfigText('', undefined);
    }
    if (!(0,external_node_fs_.statSync)(abs).isFile())
        throw new errors/* UserError */.yo(`config ${rel} is not a file`, { hint: 'name the YAML file, e.g. .github/lockstep.yml' });
    return parseConfigText((0,external_node_fs_.readFileSync)(abs, 'utf8'), rel);
}
/** Parses and validates configuration text; exported for tests. */
function parseConfigText(text, file) {
    const parsed = (0,read/* parseYaml */.hN)((0,bytes/* stripBom */.F8)(text), file ?? DEFAULT_CONFIG_PATH);
    const raw = (parsed.doc.toJS() ?? {});
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new errors/* UserError */.yo('the configuration must be a mapping of keys', { file, line: 1, hint: `see ${CONFIG_DOCS}` });
    validator ??= new ajv.Ajv({ allErrors: true, strict: false }).compile(configSchema);
    if (!validator(raw)) {
        const errors = validator.errors ?? [];
        const first = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
        throw schemaError(parsed, first, raw);
    }
    const r = raw;
    const config = {
        file,
        versionFile: r['version-file'] ?? '.version',
        tagPrefix: r['tag-prefix'] ?? 'v',
        charts: r.charts,
        ignore: r.ignore ?? [],
        chartVersionPolicy: r['chart-version-policy'] ?? 'independent',
        changelog: r.changelog ?? 'auto',
        packages: r.packages ?? [],
        pins: (r.pins ?? []).map((p) => ({ files: p.files, table: p.table, names: p.names })),
        lockCommand: r['lock-command'],
        services: Object.fromEntries(Object.entries((r.services ?? {})).map(([k, v]) => [k, { image: v.image, valuesKey: v['values-key'] }])),
        environments: (r.environments ?? []).map((e) => ({
            name: e.name,
            values: e.values,
            application: e.application,
            autoMerge: e['auto-merge'] ?? false,
            protected: e.protected ?? false,
        })),
    };
    if (file)
        sources.set(config, parsed);
    return config;
}
// Kept beside the Config rather than in it, so the Config stays a plain value.
const sources = new WeakMap();
/**
 * The 1-based line of a config value (`['environments', 2, 'values']`), for
 * errors about what it names; undefined without a file or such a key.
 */
function configLine(config, path) {
    const parsed = sources.get(config);
    return parsed ? parsed.lineOf((0,read/* nodeAt */.oB)(parsed, [...path])) : undefined;
}
function schemaError(parsed, err, raw) {
    const path = err.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const where = (0,read/* nodeAt */.oB)(parsed, path);
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
        return new errors/* UserError */.yo(`unknown key '${dotted ? `${dotted}.` : ''}${key}'`, {
            file: parsed.file,
            line,
            hint: guess ? `did you mean ${guess}? (${docs})` : `remove it or fix its spelling (${docs})`,
        });
    }
    if (err.keyword === 'enum') {
        const allowed = err.params.allowedValues.map(String);
        const value = path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), raw);
        const guess = typeof value === 'string' ? (0,suggest/* nearest */.p)(value, allowed) : undefined;
        return new errors/* UserError */.yo(`'${dotted}' is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`, {
            file: parsed.file,
            line: parsed.lineOf(where) ?? 1,
            hint: guess ? `did you mean ${guess}? (see ${CONFIG_DOCS})` : `use one of ${allowed.join(', ')} (see ${CONFIG_DOCS})`,
        });
    }
    const detail = err.keyword === 'required' ? `needs key '${err.params.missingProperty}'` : (err.message ?? 'is invalid');
    return new errors/* UserError */.yo(`'${dotted || '(top level)'}' ${detail}`, { file: parsed.file, line: parsed.lineOf(where) ?? 1, hint: `see ${CONFIG_DOCS}` });
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


/***/ })

};

export const id = 9035;
export const ids = [9035];
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

/***/ 9035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  digests: () => (/* binding */ digests)
});

// EXTERNAL MODULE: ./packages/core/src/settings/table.ts
var table = __webpack_require__(96355);
// EXTERNAL MODULE: ./packages/core/src/settings/table-digests.ts
var table_digests = __webpack_require__(10531);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/text/list.ts
var list = __webpack_require__(60385);
;// CONCATENATED MODULE: ./packages/core/src/registry/platform.ts
// Apart from registry/manifest.ts so that reading the platform input does not load node:crypto.
/** Parses `linux/amd64` or `linux/arm/v7`; undefined when malformed. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p)))
        return undefined;
    return { os: parts[0], architecture: parts[1], variant: parts[2] };
}

// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
;// CONCATENATED MODULE: ./packages/core/src/digests/targets.ts




const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Parses the `images` input: `name=registry/repo:tag` items, one per line or comma-separated; every bad item is reported. */
function parseImagesInput(text) {
    const errors = [];
    const targets = [];
    const seen = new Set();
    // The same list language as every other list input: one per line, or comma-separated.
    (0,list/* splitListLines */.S)(text).forEach(({ item: line, line: n }) => {
        const where = `images line ${n}`;
        const eq = line.indexOf('=');
        if (eq <= 0) {
            errors.push(new src_errors/* UserError */.yo(`${where}: '${line}' is not name=reference`, {
                hint: 'write one image per line as name=registry/repo:tag, e.g. api=ghcr.io/acme/api:1.2.3',
            }));
            return;
        }
        const name = line.slice(0, eq).trim();
        const refText = line.slice(eq + 1).trim();
        if (!NAME.test(name)) {
            errors.push(new src_errors/* UserError */.yo(`${where}: name '${name}' is invalid`, {
                hint: 'use letters, digits, ".", "_" or "-", starting with a letter or digit',
            }));
            return;
        }
        if (seen.has(name)) {
            errors.push(new src_errors/* UserError */.yo(`${where}: name '${name}' appears twice`, { hint: 'give each image its own name' }));
            return;
        }
        seen.add(name);
        try {
            targets.push({ name, ref: requireTagOrDigest((0,reference/* parseReference */.F2)(refText)) });
        }
        catch (e) {
            if (!(e instanceof reference/* InvalidReference */.ft))
                throw e;
            errors.push(new src_errors/* UserError */.yo(`${where}: ${name}: ${e.message}`, { hint: 'use registry/repository:tag, e.g. ghcr.io/acme/api:1.2.3' }));
        }
    });
    (0,src_errors/* throwAll */.Kx)(errors);
    return targets;
}
function requireTagOrDigest(ref) {
    if (!ref.tag && !ref.digest)
        throw new reference/* InvalidReference */.ft(`'${ref.original}' has no tag; lockstep does not assume ':latest'`);
    return ref;
}
/** Parses the `platform` input. */
function platformInput(text) {
    if (!text)
        return undefined;
    const p = parsePlatform(text);
    if (!p)
        throw new src_errors/* UserError */.yo(`is '${text}'`, { input: 'platform', hint: 'use os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm/v7' });
    return p;
}

// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/settings/read.ts
var settings_read = __webpack_require__(38807);
;// CONCATENATED MODULE: ./packages/core/src/operations/digests/request.ts





/**
 * Reads the digests inputs by their declarations and checks what the table cannot say (username with password,
 * images or services, merge or replace), then the working directory. When sha is not given, the runner knows
 * the commit (GITHUB_SHA's first 7 characters); a terminal does not, and HEAD is read by the run.
 */
function digestsRequest(inputs, world) {
    const { images: _lines, username, sha, platform, ...read } = (0,settings_read/* readSettings */.sb)(table_digests/* DIGESTS */.E, inputs);
    const password = inputs.optional('password');
    if ((username === undefined) !== (password === undefined))
        throw new src_errors/* UserError */.yo('is missing', {
            input: username ? 'password' : 'username',
            hint: (0,src_errors/* words */.aL) `pass both ${(0,src_errors/* named */.KT)('username')} and ${(0,src_errors/* named */.KT)('password')}, or neither`,
        });
    // The images are parsed from the text as given: each error names its line.
    const imagesText = inputs.string('images');
    if (imagesText !== '' && read.services.length > 0)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* theInput */.y8)('images')} and ${(0,src_errors/* theInput */.y8)('services')} were both given`, { hint: 'use one of them' });
    if (read.merge && read.replace)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* theInput */.y8)('merge')} and ${(0,src_errors/* theInput */.y8)('replace')} were both given`, {
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* named */.KT)('merge')} keeps the other entries and refuses a changed one; ${(0,src_errors/* named */.KT)('replace')} drops every other entry: use one of them`,
        });
    const request = {
        ...read,
        images: imagesText !== '' ? parseImagesInput(imagesText) : undefined,
        sha: sha ?? runnerSha(world),
        platform: platformInput(platform),
        credentials: username && password ? { username, password } : undefined,
    };
    // A git repository is needed only to read HEAD, when the request names no commit.
    const resolveDir = request.sha === undefined ? workspace.resolveWorkingDirectory : workspace.resolveExistingFolder;
    return { ...request, workdir: resolveDir(world.workspace, request.workingDirectory, 'working-directory') };
}
/** The commit the runner checked out, short (GITHUB_SHA's first 7 characters); a terminal has none. */
function runnerSha(world) {
    const sha = world.runCommit;
    return sha ? sha.slice(0, 7) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/digests/index.ts



/**
 * capture-digests (the action) and `lockstep digests`: image tags resolved
 * to registry digests, written to image-digests.json. The password input is
 * masked before anything reads it; the run and its views load only once the
 * request was accepted.
 */
const digests = {
    action: 'capture-digests',
    secrets: (0,table/* secretInputs */._y)(table_digests/* DIGESTS */.E),
    request: digestsRequest,
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(5725), __webpack_require__.e(7850), __webpack_require__.e(611), __webpack_require__.e(488), __webpack_require__.e(5439)]).then(__webpack_require__.bind(__webpack_require__, 25439))).runDigests,
    view: async () => (await __webpack_require__.e(/* import() */ 4113).then(__webpack_require__.bind(__webpack_require__, 74113))).digestsViews,
};


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

/***/ 38807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ defaultsOf),
/* harmony export */   II: () => (/* binding */ unresolved),
/* harmony export */   P1: () => (/* binding */ scoped),
/* harmony export */   cm: () => (/* binding */ settingsForEach),
/* harmony export */   sb: () => (/* binding */ readSettings),
/* harmony export */   zc: () => (/* binding */ settingsFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31703);
/* harmony import */ var _text_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8473);
/* harmony import */ var _text_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60385);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59199);
// The one reader of every setting (issue 54): a table entry says the setting's kind, choices, default and
// config key, so its TypeScript type, how its input is parsed and where its value comes from are all
// derived from that entry here, never spelled again at a use site. An operation's request reads its
// table with readSettings, keeps only the rules between fields, and asks settingsFor (or settingsForEach, per
// environment) for the config-backed values: each comes out typed and camel-cased (`min-soak` → minSoak).





/** The entries of `table` whose config key lives at `where`. */
function scoped(table, where) {
    const settings = table.settings.filter((s) => s.config?.where === where);
    return { operation: table.operation, action: table.action, settings: settings };
}
/**
 * Reads every input of `table` by its kind, once: a `bool` as a YAML boolean, a `choice` among its choices,
 * a list one per line or comma-separated, a `duration` in milliseconds (30m, 2d), anything else as text;
 * each with the table's default when it has one (the runner passes it; a terminal's flags do the same),
 * else undefined when not given (a list: empty). Each error names its input.
 */
function readSettings(table, inputs) {
    const out = {};
    for (const s of table.settings) {
        if (s.kind === 'secret')
            continue;
        const value = readOne(s, inputs);
        if (value !== undefined)
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)] = value;
    }
    return out;
}
/** What readSettings gives when no input is given: each setting's default, read as its kind. */
function defaultsOf(table) {
    return readSettings(table, NOTHING_GIVEN);
}
/** An input source where nothing is given. */
const NOTHING_GIVEN = {
    source: () => '',
    string: (_name, fallback = '') => fallback,
    optional: () => undefined,
    required: (name) => {
        throw new Error(`${name} is required: a table with a required input has no defaults to read`);
    },
    boolean: (_name, fallback) => fallback,
    optionalBoolean: () => undefined,
    choice: (_name, _choices, fallback) => fallback,
    optionalChoice: () => undefined,
    list: () => [],
};
function readOne(s, inputs) {
    const { input: name, default: fallback } = s;
    switch (s.kind) {
        case 'bool':
            return fallback === undefined ? inputs.optionalBoolean(name) : inputs.boolean(name, fallback === 'true');
        case 'choice':
            return fallback === undefined ? inputs.optionalChoice(name, s.choices ?? []) : inputs.choice(name, s.choices ?? [], fallback);
        case 'list':
        case 'path-list':
        case 'glob-list':
            // The default stands for an input not given (the runner passes it); given empty on purpose, the list is empty.
            return fallback !== undefined && inputs.source(name) === '' ? (0,_text_list_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(fallback) : inputs.list(name);
        case 'duration': {
            const text = inputs.optional(name);
            if (text === undefined)
                return undefined;
            const ms = (0,_text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(text);
            if (ms === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is '${text}', not a duration`, { input: name, hint: _text_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .DURATION_HINT */ .Fp });
            return ms;
        }
        default:
            if (s.required)
                return inputs.required(name);
            return fallback === undefined ? inputs.optional(name) : inputs.string(name, fallback);
    }
}
/**
 * The config-backed settings of `table`, resolved by the one precedence (settings/resolve.ts): the input
 * `given` holds (as readSettings read it; an empty list is not given) > the key under `scope.environment`
 * > the key at the top of the file > the declared default. Settings with no value are left out.
 */
function settingsFor(table, given, config, scope = {}) {
    const read = given;
    const byInput = {};
    for (const s of table.settings) {
        const v = read[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input)];
        byInput[s.input] = Array.isArray(v) && v.length === 0 ? undefined : v;
    }
    const out = {};
    for (const [input, r] of Object.entries((0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSettings */ .M)(table, byInput, config, scope)))
        if (r.value !== undefined)
            out[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(input)] = r.value;
    return out;
}
/** settingsFor under each of `environments`, once each: what a run that walks several environments reads. */
function settingsForEach(table, given, config, environments) {
    return Object.fromEntries(environments.map((environment) => [environment, settingsFor(table, given, config, { environment })]));
}
/**
 * `given` without the fields `table` resolves from the config, nor those named in `also` (what the caller
 * reads otherwise): what a request carries as given, so that no input a config key backs is left on it to
 * be read with a precedence of its own.
 */
function unresolved(table, given, also = []) {
    const backed = table.settings.filter((s) => s.config !== undefined).map((s) => (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_1__/* .camel */ .n)(s.input));
    const out = new Set([...backed, ...also.map(String)]);
    return Object.fromEntries(Object.entries(given).filter(([field]) => !out.has(field)));
}


/***/ }),

/***/ 59199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveSettings)
/* harmony export */ });
/* harmony import */ var _text_camel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31703);

/**
 * The one precedence of every operation: an input given > the key under the
 * environment (or service) the run is about > the key at the top of the file
 * > the table's default (or the default another key decides: `defaultWhen`). `given` holds the inputs as the request read them,
 * undefined where the input was not given (the runner's empty input); an
 * explicit empty value on the command line (`--tag-prefix ""`) is given.
 * Only the settings that declare a config key are resolved here: the others
 * are the input or its default already. Without a config (check reads none
 * at a commit that has no file), the input, else the default.
 */
function resolveSettings(table, given, config, scope = {}) {
    const env = scope.environment === undefined ? undefined : config?.environments.find((e) => e.name === scope.environment);
    const out = {};
    for (const s of table.settings) {
        if (!s.config)
            continue;
        out[s.input] = resolveOne(s, given[s.input], config, env);
    }
    return out;
}
function resolveOne(s, given, config, env) {
    if (given !== undefined)
        return { value: given, from: 'input' };
    const key = (0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(s.config.key);
    // A key an environment may set is read there first; the top of the file holds it for every environment.
    if (s.config.where === 'environment') {
        const v = env?.[key];
        if (v !== undefined)
            return { value: v, from: 'environment' };
    }
    const top = config;
    // The top of the file's value, under the key's own name or where its declaration says (render: `render.mode`).
    const v = (s.config.topField ?? [key]).reduce((at, field) => at?.[field], top);
    if (v !== undefined)
        return { value: v, from: 'top' };
    // A default another key decides (values-drift: error where protected), that key read where this one would be.
    const when = s.config.defaultWhen;
    if (when) {
        const other = (s.config.where === 'environment' ? env?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)] : undefined) ?? top?.[(0,_text_camel_js__WEBPACK_IMPORTED_MODULE_0__/* .camel */ .n)(when.key)];
        return { value: other === when.is ? when.then : when.otherwise, from: 'default' };
    }
    return { value: s.config.default, from: 'default' };
}


/***/ }),

/***/ 31703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ camel)
/* harmony export */ });
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Fp: () => (/* binding */ DURATION_HINT),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
}


/***/ })

};

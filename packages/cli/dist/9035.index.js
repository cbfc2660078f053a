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
;// CONCATENATED MODULE: ./packages/core/src/operations/digests/request.ts



/**
 * Reads and checks the digests inputs, then the working directory. When sha
 * is not given, the runner knows the commit (GITHUB_SHA's first 7
 * characters); a terminal does not, and HEAD is read by the run.
 */
function digestsRequest(inputs, world) {
    const password = inputs.optional('password');
    const username = inputs.optional('username');
    if ((username === undefined) !== (password === undefined))
        throw new src_errors/* UserError */.yo('is missing', {
            input: username ? 'password' : 'username',
            hint: (0,src_errors/* words */.aL) `pass both ${(0,src_errors/* named */.KT)('username')} and ${(0,src_errors/* named */.KT)('password')}, or neither`,
        });
    const imagesText = inputs.string('images');
    const services = inputs.list('services');
    if (imagesText !== '' && services.length > 0)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* theInput */.y8)('images')} and ${(0,src_errors/* theInput */.y8)('services')} were both given`, { hint: 'use one of them' });
    if (inputs.boolean('merge', false) && inputs.boolean('replace', false))
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `${(0,src_errors/* theInput */.y8)('merge')} and ${(0,src_errors/* theInput */.y8)('replace')} were both given`, {
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* named */.KT)('merge')} keeps the other entries and refuses a changed one; ${(0,src_errors/* named */.KT)('replace')} drops every other entry: use one of them`,
        });
    const workingDirectory = inputs.string('working-directory', '.');
    const request = {
        workingDirectory,
        config: inputs.optional('config'),
        images: imagesText !== '' ? parseImagesInput(imagesText) : undefined,
        services,
        tag: inputs.optional('tag'),
        output: inputs.string('output', 'image-digests.json'),
        merge: inputs.boolean('merge', false),
        overwrite: inputs.boolean('overwrite', false),
        replace: inputs.boolean('replace', false),
        dryRun: inputs.boolean('dry-run', false),
        sha: inputs.optional('sha') ?? runnerSha(world),
        platform: platformInput(inputs.optional('platform')),
        credentials: username && password ? { username, password } : undefined,
    };
    // A git repository is needed only to read HEAD, when the request names no commit.
    const resolveDir = request.sha === undefined ? workspace.resolveWorkingDirectory : workspace/* resolveExistingFolder */.k;
    return { ...request, workdir: resolveDir(world.workspace, workingDirectory, 'working-directory') };
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
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(5725), __webpack_require__.e(7850), __webpack_require__.e(1547), __webpack_require__.e(9701), __webpack_require__.e(5439)]).then(__webpack_require__.bind(__webpack_require__, 25439))).runDigests,
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
function checkDigest(digest) {
    const m = DIGEST.exec(digest);
    if (!m)
        throw new InvalidReference(`digest '${digest}' is not of the form algorithm:hex`);
    const want = DIGEST_HEX[m[1]];
    if (want === undefined)
        throw new InvalidReference(`digest '${digest}' uses an unsupported algorithm '${m[1]}' (use sha256 or sha512)`);
    if (!new RegExp(`^[a-f0-9]{${want}}$`).test(m[2]))
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


/***/ })

};

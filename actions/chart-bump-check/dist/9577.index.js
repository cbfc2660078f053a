export const id = 9577;
export const ids = [9577];
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

/***/ 89577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOOPBACK_TEST_SWITCH: () => (/* binding */ LOOPBACK_TEST_SWITCH),
  REMOTE_CHART_DEADLINE_MS: () => (/* binding */ REMOTE_CHART_DEADLINE_MS),
  remoteCharts: () => (/* binding */ remoteCharts)
});

// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var http_transport = __webpack_require__(96291);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(69730);
// EXTERNAL MODULE: ./packages/core/src/registry/chart-push.ts + 1 modules
var chart_push = __webpack_require__(44646);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(32632);
;// CONCATENATED MODULE: ./packages/core/src/registry/chart.ts
// A Helm chart stored in an OCI registry (`helm push`): an OCI image manifest
// whose layer of Helm's chart media type is the packaged chart (.tgz). This
// finds that layer and pulls it, verified by digest, through the registry client.



/**
 * `ref` at the version a deployer pulls: as given, or for a semver range the highest version among the repository's
 * tags (`_` read as `+`, as `helm push` writes it) that the range admits, a pre-release only where the range names
 * one, as helm-controller and Argo CD resolve it; a RegistryError when none does.
 */
async function resolveChartVersion(client, ref) {
    if (ref.range === undefined || ref.digest !== undefined)
        return ref;
    const versions = (await client.tags(ref)).map((t) => t.replace(/_/g, '+')).filter((v) => (0,semver.valid)(v) !== null);
    const best = (0,semver.maxSatisfying)(versions, ref.range);
    if (best === null)
        throw new registry_client/* RegistryError */.gl('not-found', `${ref.registry}/${ref.repository} has no version in the range ${ref.range} (${versions.length} versions listed${versions.length > 0 ? `, the highest ${[...versions].sort(semver.rcompare)[0]}` : ''})`);
    const tag = (0,chart_push/* chartTag */.bF)(best);
    return { original: `${ref.registry}/${ref.repository}:${tag}`, registry: ref.registry, repository: ref.repository, name: ref.name, tag };
}
/** Helm's media type for the packaged chart layer. */
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
/** The packaged chart (.tgz bytes) that `ref` (`registry/repository/<chart>:<version>`, or a range: resolveChartVersion) names. */
async function pullChartArchive(client, asked) {
    const ref = await resolveChartVersion(client, asked);
    const manifest = await client.manifestAt(ref, ref.digest ?? ref.tag ?? 'latest');
    let layers;
    try {
        layers = JSON.parse(manifest.body.toString('utf8'))?.layers;
    }
    catch {
        throw new registry_client/* RegistryError */.gl('invalid', `${ref.original}: the manifest is not JSON`);
    }
    const chart = Array.isArray(layers)
        ? layers.find((l) => l && l.mediaType === HELM_CHART_LAYER && typeof l.digest === 'string')
        : undefined;
    if (!chart)
        throw new registry_client/* RegistryError */.gl('invalid', `${ref.original} is not a Helm chart (no layer of type ${HELM_CHART_LAYER})`, 'push the chart with helm push, or point the Application at the chart');
    return client.fetchBlob(ref, chart.digest, HELM_CHART_LAYER);
}

// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts
var docker_config = __webpack_require__(48040);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/registry/helm-repositories.ts
// Credentials for a classic Helm repository, taken from where Helm itself keeps
// them: the repositories.yaml that `helm repo add NAME URL --username U
// --password-stdin` writes (a workflow step before lockstep's, or a terminal).
// Its path is Helm's: $HELM_REPOSITORY_CONFIG, else repositories.yaml in
// $HELM_CONFIG_HOME, else in $XDG_CONFIG_HOME/helm, else ~/.config/helm. The
// entry used is the one whose `url` is the repository's URL (scheme and host in
// any case, trailing slashes ignored); nothing else in the file is read. The file
// is read once, only when a classic repository is read, and every password taken
// from it is masked (the runner's setSecret) before it is used.
//
// Where the credentials go is registry/helm-repository.ts's business: only to
// the repository's own origin. Helm's pass_credentials_all (send them to
// whatever host the index names) is not honoured: an archive on another host is
// fetched anonymously, as chart-releaser's archives on github.com are.




/** The repositories.yaml Helm reads, as Helm finds it on Linux; `shown` is the path with the home directory as `~`. */
function helmRepositoriesPath(env) {
    const home = env.HOME ?? '';
    const path = env.HELM_REPOSITORY_CONFIG ||
        (env.HELM_CONFIG_HOME
            ? (0,external_node_path_.join)(env.HELM_CONFIG_HOME, 'repositories.yaml')
            : (0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config'), 'helm', 'repositories.yaml'));
    const shown = home !== '' && path.startsWith(`${home}/`) ? `~/${path.slice(home.length + 1)}` : path;
    return { path, shown };
}
/** A repository URL as entries are matched: scheme and host lower-cased (URL does it), default port dropped, no trailing slash. */
function repositoryKey(url) {
    try {
        const u = new URL(url.trim());
        return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return undefined;
    }
}
const asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asStr = (v) => (typeof v === 'string' ? v : '');
/**
 * The credentials source for classic repositories: the repositories.yaml at
 * Helm's path, read on the first lookup. A file that is there but cannot be
 * read as Helm's repositories file is a RegistryError (`invalid`), so a chart
 * read from a repository fails rather than going anonymously.
 */
function helmRepositoriesSource(o) {
    const { path, shown } = helmRepositoriesPath(o.env);
    const readFile = o.readFile ??
        ((p) => {
            try {
                return (0,external_node_fs_.readFileSync)(p, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw new registry_client/* RegistryError */.gl('invalid', `${shown} cannot be read (${e.code ?? 'error'})`);
            }
        });
    let entries;
    const load = () => {
        if (entries)
            return entries;
        const text = readFile(path);
        if (text === undefined)
            return (entries = []);
        let doc;
        try {
            doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        }
        catch (e) {
            throw new registry_client/* RegistryError */.gl('invalid', `${shown} is not YAML (${e.message.split('\n')[0]})`);
        }
        const list = asObj(doc)?.repositories ?? [];
        if (doc !== null && doc !== undefined && !asObj(doc))
            throw new registry_client/* RegistryError */.gl('invalid', `${shown} is not Helm's repositories file`);
        if (!Array.isArray(list))
            throw new registry_client/* RegistryError */.gl('invalid', `${shown}: repositories is not a list`);
        return (entries = list.flatMap((e) => (asObj(e) ? [asObj(e)] : [])));
    };
    return {
        shown,
        lookup(repoURL) {
            const key = repositoryKey(repoURL);
            if (key === undefined)
                return undefined;
            const entry = load().find((e) => repositoryKey(asStr(e.url)) === key);
            const username = asStr(entry?.username);
            const password = asStr(entry?.password);
            if (!entry || username === '' || password === '')
                return undefined;
            o.secret(password);
            // A multi-line password is masked line by line too: the runner matches masks within one log line.
            for (const line of password.split(/\r?\n/))
                if (line.length >= 4 && line !== password)
                    o.secret(line);
            o.secret(Buffer.from(`${username}:${password}`).toString('base64'));
            return { name: asStr(entry.name) || key, username, password };
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/registry/helm-repository.ts
var helm_repository = __webpack_require__(72558);
// EXTERNAL MODULE: ./packages/core/src/promote/chart-reference.ts
var chart_reference = __webpack_require__(26002);
;// CONCATENATED MODULE: ./packages/core/src/operations/check/remote-chart.ts
// The charts the pull request check pulls to render a Flux HelmRelease whose
// chart is not in the repository: from the HelmRepository of type `oci` or the
// spec.chartRef OCIRepository (Helm's chart layer, by spec.ref.digest when the
// OCIRepository pins one, every blob checked against its digest), or from a
// classic https HelmRepository (index.yaml and the archive it lists, checked
// against the index's digest; credentials from Helm's repositories.yaml). Only
// the registry or repository the release names is contacted (and only when the
// base commit names it: remote-named.ts), each chart version once per check,
// within one deadline for them all, and every size is capped by the registry
// client. An archive whose digest is not the one its index or manifest gives is
// refused, never rendered. Plain http (a registry or repository on 127.0.0.1,
// an archive or redirect there) is refused before anything is sent, unless the
// process's environment carries LOOPBACK_TEST_SWITCH: lockstep's own test
// harness sets it to reach its loopback servers; nothing in a repository can.







/** At most this long for every chart a check pulls. */
const REMOTE_CHART_DEADLINE_MS = 120_000;
/** The environment variable (set to `1`) that lets the check's pulls use plain http: the test harness's loopback servers. */
const LOOPBACK_TEST_SWITCH = 'LOCKSTEP_TEST_LOOPBACK_HTTP';
/** `transport`, refusing plain http unless the test switch is on. */
function httpsOnly(transport, env) {
    if (env[LOOPBACK_TEST_SWITCH] === '1')
        return transport;
    return async (req) => {
        const url = new URL(req.url);
        if (url.protocol !== 'https:')
            throw new http_transport.ForbiddenDestinationError(`refusing ${url.protocol}//${url.host}: the pull request check reads charts over https only (plain http to this machine is for lockstep's own tests)`);
        return transport(req);
    };
}
/** The puller over `transport`, with Docker's credentials for registries and Helm's for classic repositories. */
function remoteCharts(o) {
    const client = new registry_client/* RegistryClient */.bP({
        transport: httpsOnly(o.transport, o.env),
        clock: o.clock,
        retry: o.retry,
        deadlineMs: REMOTE_CHART_DEADLINE_MS,
        credentials: (0,docker_config/* dockerCredentialSource */.JA)({ configPath: (0,docker_config/* dockerConfigPath */.Q1)(o.env, o.home), secret: o.secret, log: o.log }),
        log: o.log,
    });
    const helmRepositories = helmRepositoriesSource({ env: o.env, secret: o.secret });
    const pulled = new Map();
    const failed = (host, secretRef) => (e) => {
        if (!(e instanceof registry_client/* RegistryError */.gl))
            throw e;
        // A Flux HelmRepository's secretRef names a cluster Secret: lockstep reads none, and says where it reads instead.
        const denied = (e.kind === 'unauthenticated' || e.kind === 'denied') && secretRef;
        const problem = denied
            ? `${e.message}; its HelmRepository's spec.secretRef (${secretRef}) is a cluster Secret, which lockstep does not read: it takes a repository's credentials from Helm's repositories.yaml`
            : e.message;
        return { problem, host, ...(e.kind === 'mismatch' ? { replaced: true } : {}) };
    };
    const pull = ((source, version) => {
        const { repoURL, chart } = source;
        if (!repoURL || !chart || version === '')
            return undefined;
        const key = JSON.stringify([repoURL, chart, version, source.digests?.get(version) ?? '']);
        const known = pulled.get(key);
        if (known)
            return known;
        let got;
        if ((0,helm_repository/* isClassicRepository */.dR)(repoURL)) {
            const host = new URL(repoURL.trim()).host;
            got = (0,helm_repository/* pullRepositoryChart */.o8)(client, repoURL, chart, version, helmRepositories).then((c) => ({ tgz: c.tgz, where: c.url }), failed(host, source.secretRef));
        }
        else {
            const ref = (0,chart_reference/* ociReference */.H6)(source, version);
            if (!ref)
                return undefined;
            const where = (0,chart_reference/* chartWhere */.w4)(ref);
            got = pullChartArchive(client, ref).then((tgz) => ({ tgz, where }), failed(ref.registry));
        }
        pulled.set(key, got);
        return got;
    });
    pull.close = () => o.transport.close?.();
    return pull;
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

/***/ 48040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ dockerCredentialSource),
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath)
/* harmony export */ });
/* unused harmony exports authKeyHost, lookupDockerCredentials, spawnCredentialHelper, readDockerConfig */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90908);





/** The Docker client's config file: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigPath(env = process.env, home = env.HOME ?? '') {
    return env.DOCKER_CONFIG ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.DOCKER_CONFIG, 'config.json') : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.docker', 'config.json');
}
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://registry-1.docker.io'];
/** The host an `auths` key names: `https://ghcr.io/v1/` → `ghcr.io`. */
function authKeyHost(key) {
    return key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
}
/**
 * Finds credentials for `registry` in a parsed Docker config, in the order
 * the Docker client uses: a `credHelpers` entry for the host names a helper;
 * else `auths[host].auth` = base64(user:pass) (or separate username/password
 * fields) as docker/login-action leaves it, Docker Hub also under the legacy
 * key `https://index.docker.io/v1/`; else a `credsStore` names a helper.
 * Helpers are named in `helper`, not run here (see dockerCredentialSource).
 */
function lookupDockerCredentials(config, registry) {
    if (typeof config !== 'object' || config === null)
        return {};
    const c = config;
    const host = registry.toLowerCase();
    const isHub = host === _reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOCKER_HUB_REGISTRY */ .DJ;
    const hubKey = (key) => HUB_KEYS.some((k) => authKeyHost(k) === authKeyHost(key));
    if (typeof c.credHelpers === 'object' && c.credHelpers !== null) {
        const helper = Object.entries(c.credHelpers).find(([key]) => authKeyHost(key) === host || (isHub && hubKey(key)));
        if (helper && typeof helper[1] === 'string' && helper[1] !== '')
            return { helper: { name: helper[1], serverUrl: helper[0], from: 'credHelpers' } };
    }
    let note;
    let matched;
    if (typeof c.auths === 'object' && c.auths !== null) {
        const entries = Object.entries(c.auths);
        const match = (isHub ? HUB_KEYS.map((k) => entries.find(([key]) => key === k)).find(Boolean) : undefined) ??
            entries.find(([key]) => authKeyHost(key) === host || (isHub && authKeyHost(key) === 'index.docker.io'));
        if (match) {
            const [key, entry] = match;
            const creds = decodeEntry(entry);
            if (creds)
                return { credentials: creds, key };
            matched = key;
            note = `the entry '${key}' in the Docker config holds no usable auth`;
        }
    }
    // With a credential store, `auths` keeps empty placeholder entries; the secret is in the store.
    if (typeof c.credsStore === 'string' && c.credsStore !== '')
        return { key: matched, helper: { name: c.credsStore, serverUrl: isHub ? HUB_KEYS[0] : (matched ?? host), from: 'credsStore' } };
    return matched ? { key: matched, note } : {};
}
/** Spawns helpers by argv (no shell), PATH-resolved, killed when the timeout passes. */
function spawnCredentialHelper(env = process.env) {
    return (program, input, timeoutMs) => new Promise((done) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let finished = false;
        const finish = (out) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            done(out);
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            finish({ code: -1, stdout: '', stderr, timedOut: true });
        }, timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', (e) => finish({ code: -1, stdout: '', stderr: e.message, notFound: e.code === 'ENOENT' || e.code === 'EACCES' }));
        child.on('close', (code) => finish({ code: code ?? -1, stdout, stderr }));
        child.stdin.on('error', () => { });
        child.stdin.end(input);
    });
}
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The other way to authenticate: the step's (or the command's) own credentials. */
const PASS_CREDENTIALS = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `pass ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .named */ .KT)('username')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .named */ .KT)('password')}`;
/** The other way where the step takes none: the credentials written into the Docker config by a login. */
const PLAIN_LOGIN = 'log in with docker login (docker/login-action in a workflow) with no credential helper configured';
/**
 * Credentials per registry from the Docker config, as docker/login-action or
 * a credential helper leaves them: the file is read once, each registry's
 * helper runs at most once (only when the registry asks for credentials),
 * and every secret is masked as soon as it is read. A helper that is not
 * installed, times out or fails is a UserError naming it and the config
 * file; "credentials not found" from a helper means anonymous access.
 */
function dockerCredentialSource(o) {
    let config;
    let loaded = false;
    const cache = new Map();
    const run = o.run ?? spawnCredentialHelper();
    const timeoutMs = o.timeoutMs ?? 10_000;
    const orElse = o.ownCredentials ? PASS_CREDENTIALS : PLAIN_LOGIN;
    const lookup = async (registry) => {
        if (!loaded) {
            config = readDockerConfig(o.configPath);
            loaded = true;
        }
        const found = lookupDockerCredentials(config, registry);
        if (found.credentials) {
            o.secret(found.credentials.password);
            return found.credentials;
        }
        if (found.note)
            o.log?.(found.note);
        if (!found.helper)
            return undefined;
        const { name, serverUrl, from } = found.helper;
        const where = from === 'credHelpers' ? `credHelpers["${serverUrl}"]` : 'credsStore';
        const program = `docker-credential-${name}`;
        if (!HELPER_NAME.test(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${where} in ${o.configPath} names '${name}', which is not a credential helper name`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `use a helper name such as ecr-login or gcloud, or ${orElse}`,
            });
        const out = await run(program, serverUrl, timeoutMs);
        if (out.notFound)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${where} sends ${registry} to ${program}, which is not installed (not found on PATH)`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `install ${program} on the runner, remove ${where} from the Docker config, or ${orElse}`,
            });
        if (out.timedOut)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${program} get did not answer for ${registry} within ${Math.round(timeoutMs / 1000)}s`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `check that ${program} works without a prompt on the runner, or ${orElse}`,
            });
        if (out.code !== 0) {
            if (/credentials not found/i.test(`${out.stdout} ${out.stderr}`)) {
                o.log?.(`${program} has no credentials for ${registry}; continuing anonymously`);
                return undefined;
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${program} get failed for ${registry} (exit ${out.code}: ${firstLine(out.stderr)})`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `check ${program} on the runner, or ${orElse}`,
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(out.stdout);
        }
        catch {
            // Never quote the output: it may hold the secret.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${o.configPath}: ${program} get printed something other than JSON for ${registry}`, {
                hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .words */ .aL) `check ${program} on the runner, or ${orElse}`,
            });
        }
        const secret = typeof parsed?.Secret === 'string' ? parsed.Secret : '';
        if (secret !== '')
            o.secret(secret);
        const username = typeof parsed?.Username === 'string' ? parsed.Username : '';
        if (secret === '' || username === '')
            return undefined;
        if (username === '<token>') {
            o.log?.(`${program} returned an identity token for ${registry}, which lockstep does not exchange; continuing anonymously`);
            return undefined;
        }
        return { username, password: secret };
    };
    return (registry) => {
        const key = registry.toLowerCase();
        let p = cache.get(key);
        if (!p)
            cache.set(key, (p = lookup(key)));
        return p;
    };
}
function firstLine(s) {
    const line = s.trim().split('\n')[0] ?? '';
    return (line || 'no output').slice(0, 200);
}
function decodeEntry(entry) {
    if (typeof entry !== 'object' || entry === null)
        return undefined;
    const e = entry;
    if (typeof e.auth === 'string' && e.auth !== '') {
        const text = Buffer.from(e.auth, 'base64').toString('utf8');
        const colon = text.indexOf(':');
        if (colon > 0)
            return { username: text.slice(0, colon), password: text.slice(colon + 1) };
        return undefined;
    }
    if (typeof e.username === 'string' && typeof e.password === 'string' && e.username !== '')
        return { username: e.username, password: e.password };
    return undefined;
}
/** Reads and parses the Docker config file; undefined when absent or not JSON (a broken file is not ours to judge). */
function readDockerConfig(path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
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

/***/ 90908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DJ: () => (/* binding */ DOCKER_HUB_REGISTRY),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   a: () => (/* binding */ imageIdentity),
/* harmony export */   ft: () => (/* binding */ InvalidReference),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl)
/* harmony export */ });
/* unused harmony export imageRepository */
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


/***/ })

};

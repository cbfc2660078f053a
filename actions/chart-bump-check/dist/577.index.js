export const id = 577;
export const ids = [577];
export const modules = {

/***/ 9577:
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
var http_transport = __webpack_require__(6291);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(9730);
// EXTERNAL MODULE: ./packages/core/src/registry/chart-push.ts + 1 modules
var chart_push = __webpack_require__(4646);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(2632);
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
var docker_config = __webpack_require__(8040);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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
var helm_repository = __webpack_require__(2558);
// EXTERNAL MODULE: ./packages/core/src/deploy/chart-reference.ts
var chart_reference = __webpack_require__(2809);
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

/***/ 8040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ dockerCredentialSource),
/* harmony export */   Q1: () => (/* binding */ dockerConfigPath)
/* harmony export */ });
/* unused harmony exports authKeyHost, lookupDockerCredentials, spawnCredentialHelper, readDockerConfig */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(908);





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


/***/ })

};

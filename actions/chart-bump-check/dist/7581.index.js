export const id = 7581;
export const ids = [7581];
export const modules = {

/***/ 47581:
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
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(32632);
;// CONCATENATED MODULE: ./packages/core/src/registry/chart.ts
// A Helm chart stored in an OCI registry (`helm push`): an OCI image manifest
// whose layer of Helm's chart media type is the packaged chart (.tgz). This
// finds that layer and pulls it, verified by digest, through the registry client.

/** Helm's media type for the packaged chart layer. */
const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
/** The packaged chart (.tgz bytes) that `ref` (`registry/repository/<chart>:<version>`) names. */
async function pullChartArchive(client, ref) {
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/index.js
var semver = __webpack_require__(69730);
// EXTERNAL MODULE: ./packages/core/src/http/host-name.ts
var host_name = __webpack_require__(9492);
;// CONCATENATED MODULE: ./packages/core/src/registry/helm-repository.ts
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
function helm_repository_isClassicRepository(repoURL) {
    const url = tryUrl(repoURL?.trim());
    return url !== undefined && (url.protocol === 'https:' || (url.protocol === 'http:' && (0,host_name/* isLoopbackHost */.c)(url.host)));
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
const helm_repository_asObj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
/** The highest listed version a range admits (undefined when `range` is no range, or admits none). */
function highestIn(listed, range) {
    if ((0,semver.valid)(range) !== null || (0,semver.validRange)(range) === null)
        return undefined;
    const all = listed.flatMap((v) => (typeof v.version === 'string' && (0,semver.valid)(v.version) !== null ? [v.version] : []));
    return (0,semver.maxSatisfying)(all, range) ?? undefined;
}
/**
 * The index's entry for `chart` at `version` (exactly, else the highest version a semver range admits): its archive
 * URL (resolved against the index), digest and version.
 */
function indexEntry(text, index, chart, version) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (e) {
        throw new registry_client/* RegistryError */.gl('invalid', `${index} is not YAML (${e.message.split('\n')[0]})`);
    }
    const entries = helm_repository_asObj(helm_repository_asObj(doc)?.entries);
    if (!entries)
        throw new registry_client/* RegistryError */.gl('invalid', `${index} has no entries: it is not a Helm repository index`);
    const versions = entries[chart];
    if (!Array.isArray(versions))
        throw new registry_client/* RegistryError */.gl('not-found', `${index} lists no chart ${chart}`);
    const listed = versions.map(helm_repository_asObj).filter((v) => v !== undefined);
    // A semver range (a HelmRelease's `version: 6.x`) resolves as helm-controller resolves it against the index: the
    // highest version it admits, a pre-release only where the range names one.
    const resolved = listed.some((v) => String(v.version) === version) ? version : highestIn(listed, version);
    const entry = listed.find((v) => String(v.version) === resolved);
    if (!entry)
        throw new registry_client/* RegistryError */.gl('not-found', `${index} lists no version ${(0,semver.validRange)(version) !== null && (0,semver.valid)(version) === null ? 'in the range ' : ''}${version} of chart ${chart}`);
    const picked = String(entry.version);
    const first = Array.isArray(entry.urls) ? entry.urls.find((u) => typeof u === 'string') : undefined;
    const url = tryUrl(first, index);
    if (!url)
        throw new registry_client/* RegistryError */.gl('invalid', `${index}: chart ${chart} ${picked} names no archive URL`);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && (0,host_name/* isLoopbackHost */.c)(url.host))))
        throw new registry_client/* RegistryError */.gl('refused', `${index}: chart ${chart} ${picked} names its archive at ${url.protocol}//${url.host}; lockstep fetches archives over https only`);
    const digest = typeof entry.digest === 'string'
        ? entry.digest
            .trim()
            .toLowerCase()
            .replace(/^sha256:/, '')
        : '';
    if (!/^[0-9a-f]{64}$/.test(digest))
        throw new registry_client/* RegistryError */.gl('refused', `${index}: chart ${chart} ${picked} has no sha256 digest, so its archive cannot be checked`, 'index the repository with helm repo index (or chart-releaser), which writes each archive’s digest');
    return { url: url.toString(), digest: `sha256:${digest}`, version: picked };
}
/**
 * The packaged chart `chart` at `version` from the classic repository at
 * `repoURL`, its bytes checked against the index's digest (a RegistryError of
 * kind `mismatch` when they differ).
 */
async function pullRepositoryChart(client, repoURL, chart, version, credentials) {
    if (!helm_repository_isClassicRepository(repoURL))
        throw new registry_client/* RegistryError */.gl('refused', `${repoURL} is no https Helm repository (plain http is read only on this machine)`);
    const index = indexUrl(repoURL);
    const origin = new URL(index).origin;
    const creds = credentials?.lookup(repoURL);
    const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined;
    const get = async (url, max, what) => {
        try {
            return await client.getUrl(url, max, what, new URL(url).origin === origin ? basic : undefined);
        }
        catch (e) {
            if (e instanceof registry_client/* RegistryError */.gl && (e.kind === 'unauthenticated' || e.kind === 'denied'))
                throw refusal(e, repoURL, url, origin, creds, credentials);
            throw e;
        }
    };
    const text = (await get(index, MAX_INDEX_BYTES, index).catch((e) => {
        if (e instanceof registry_client/* RegistryError */.gl && /^response too large/.test(e.message))
            throw new registry_client/* RegistryError */.gl('invalid', `index.yaml of ${repoURL.trim()} is larger than ${MAX_INDEX_MIB} MiB, the most lockstep reads of a Helm repository index (it is parsed whole, not streamed)`, 'publish the chart to an OCI registry (helm push) and point the source at it, or prune old versions from the index (helm repo index keeps every archive it finds)');
        throw e;
    })).toString('utf8');
    const { url, digest, version: picked } = indexEntry(text, index, chart, version);
    const tgz = await get(url, MAX_ARCHIVE_BYTES, `chart ${chart} ${picked}`);
    const got = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(tgz).digest('hex')}`;
    if (got !== digest)
        throw new registry_client/* RegistryError */.gl('mismatch', `the archive of chart ${chart} ${picked} at ${url} hashes to ${got}, not the ${digest} ${index} gives`, 'the archive was replaced after the index was written (or the index is stale): re-index the repository, or find out who changed the archive');
    return { tgz, url, digest, version: picked };
}
/** A 401/403 as one line: the host, the repository, and what was (or was not) found in repositories.yaml. */
function refusal(e, repoURL, url, origin, creds, source) {
    const host = new URL(url).host;
    const repo = `${repoURL.trim().replace(/\/+$/, '')}/`;
    const status = /HTTP 403$/.test(e.message) ? '403 Forbidden' : /HTTP 401$/.test(e.message) ? '401 Unauthorized' : undefined;
    // A challenge from a host a redirect led to (the client's own line says so).
    if (status === undefined)
        return new registry_client/* RegistryError */.gl(e.kind, `${repo}: ${e.message}`);
    const file = source?.shown ?? '~/.config/helm/repositories.yaml';
    const add = `helm repo add <name> ${repo} --username <user> --password-stdin in a step before this one`;
    const why = new URL(url).origin !== origin
        ? `${host} is not the repository's host, and lockstep sends the credentials in ${file} only to ${new URL(origin).host}`
        : creds
            ? `${host} refused the credentials of entry ${creds.name} in ${file} (check the username and password given to helm repo add)`
            : `no credentials for ${host} in ${file} (${add})`;
    return new registry_client/* RegistryError */.gl(e.kind, `${repo}: ${status}: ${why}`, 'nothing was written');
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/charts/discover.ts
var discover = __webpack_require__(17892);
// EXTERNAL MODULE: ./packages/core/src/registry/chart-push.ts + 1 modules
var chart_push = __webpack_require__(44646);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(64293);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(29002);
// EXTERNAL MODULE: ./packages/core/src/text/pattern.ts
var pattern = __webpack_require__(11867);
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
    let values = c.values === undefined ? {} : valuesDefaults(c.values);
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
    if (!isMap(node) || node.items.length === 0) {
        if (out.length < MAX_LISTED)
            out.push(path.join('.'));
        return out;
    }
    for (const pair of node.items)
        if (isScalar(pair.key))
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
function chart_drift_compareValues(envText, envFile, charts, document, cache) {
    const parsed = parseWith(cache, document === undefined ? YAML_DOCUMENT : YAML_DOCUMENTS, stripBom(envText), envFile);
    const root = document ? document(parsed.doc.contents) : parsed.doc.contents;
    const [was, now] = [compile(charts.current), compile(charts.promoted)];
    const label = (c) => `chart ${c.name} ${c.version}`;
    const findings = [];
    const notCompared = [];
    const walk = (node, before, after, path) => {
        if (!isMap(node))
            return;
        for (const pair of node.items) {
            if (findings.length + notCompared.length >= MAX_FINDINGS)
                return;
            if (!isScalar(pair.key))
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
            if (a && !b.whole && b.parts.length > 0 && isMap(pair.value)) {
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
        const s = JSON.parse(stripBom(text));
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
                if (linearPattern(pattern).test(name))
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

// EXTERNAL MODULE: ./packages/core/node_modules/semver/functions/satisfies.js
var functions_satisfies = __webpack_require__(68541);
// EXTERNAL MODULE: ./packages/core/node_modules/semver/ranges/valid.js
var ranges_valid = __webpack_require__(8219);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./packages/core/src/charts/archive.ts
// A packaged chart (`helm package`'s .tgz, the content layer of a chart in an
// OCI registry) read in memory: gunzipped by zlib with a cap on what it may
// grow to, the tar read by tar-stream. Only the chart's own Chart.yaml,
// values.yaml and values.schema.json are kept (`<chart>/<file>`), on request
// its templates, and on request the same files of its subcharts, which a
// packaged chart holds as folders (`<chart>/charts/<sub>/…`, at any depth).



/** The files of a chart archive that a values comparison reads. */
const CHART_TOP_FILES = (/* unused pure expression or super */ null && (['Chart.yaml', 'values.yaml', 'values.schema.json']));
/** Far above any chart's unpacked size; a gzip bomb stops here. */
const MAX_UNPACKED = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Each kept file is at most this large. */
const MAX_FILE = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/** At most this much template text is kept from one archive (the rest is left out). */
const MAX_TEMPLATES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
/**
 * The top-level Chart.yaml, values.yaml and values.schema.json of a packaged
 * chart, by file name, with `templates` its own `templates/…` files by path
 * in the chart, and with `subcharts` the same of each subchart
 * (`charts/<sub>/values.yaml`, …). `what` names the archive in errors.
 */
async function archive_readChartArchive(tgz, what, opts = {}) {
    let tar;
    try {
        tar = gunzipSync(tgz, { maxOutputLength: MAX_UNPACKED });
    }
    catch (e) {
        throw new UserError(`${what} is not a gzip'd chart archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    const files = new Map();
    let templateChars = 0;
    const reader = extract();
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
        throw new UserError(`${what} is not a readable tar archive (${e.message})`, {
            hint: 'push the chart with helm push (or lockstep publish-chart)',
        });
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/core/src/values/chart-files.ts
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
const chart_files_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const chart_files_text = (v) => (v === null || v === undefined || typeof v === 'object' ? undefined : String(v));
/** name, version and dependencies of a Chart.yaml's text. */
function chart_files_chartMeta(chartYaml) {
    const root = valuesDefaults(chartYaml);
    if (!chart_files_isObject(root))
        return { dependencies: [] };
    const deps = Array.isArray(root.dependencies) ? root.dependencies : [];
    const path = (p) => p.split('.').filter(Boolean);
    const dependencies = deps.flatMap((d) => {
        const name = chart_files_isObject(d) ? chart_files_text(d.name) : undefined;
        if (!chart_files_isObject(d) || !name)
            return [];
        const imports = (Array.isArray(d['import-values']) ? d['import-values'] : []).flatMap((i) => typeof i === 'string'
            ? [{ child: ['exports', i], parent: [] }]
            : chart_files_isObject(i) && chart_files_text(i.child) !== undefined
                ? [{ child: path(chart_files_text(i.child)), parent: path(chart_files_text(i.parent) ?? '') }]
                : []);
        return [
            {
                name,
                alias: chart_files_text(d.alias) || undefined,
                repository: chart_files_text(d.repository),
                version: chart_files_text(d.version),
                conditions: (chart_files_text(d.condition) ?? '')
                    .split(',')
                    .map((c) => c.trim())
                    .filter(Boolean)
                    .map(path),
                tags: (Array.isArray(d.tags) ? d.tags : []).flatMap((t) => (chart_files_text(t) === undefined ? [] : [chart_files_text(t)])),
                imports,
            },
        ];
    });
    return { name: chart_files_text(root.name), version: chart_files_text(root.version), dependencies };
}
/** A tree over an unpacked chart archive's files (readChartArchive's map; the chart at ''). */
function chart_files_archiveTree(files) {
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
async function chart_files_readChartValues(tree, dir, meta) {
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
    const templates = (await Promise.all(templatePaths.map((p) => tree.text(p)))).filter((t) => t !== undefined);
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
        const range = d.version ? validRange(d.version.replace(/\s*,\s*/g, ' ')) : null;
        const named = vendored.filter((v) => typeof v.chart !== 'string' && v.chart.meta.name === d.name);
        const inCharts = named.find((v) => range === null || (typeof v.chart !== 'string' && satisfies(v.chart.meta.version, range, { includePrerelease: true }))) ?? named[0];
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
            const meta = chart_files_chartMeta((await tree.text(`${where}/Chart.yaml`)) ?? '');
            return { file, chart: named(meta) ? { tree, dir: where, meta } : `${where} has a Chart.yaml without a name or version` };
        }
        const bytes = await tree.bytes(where);
        if (!bytes)
            return { file, chart: `${where} could not be read as an archive here` };
        try {
            const files = await readChartArchive(Buffer.from(bytes), where, { templates: true, subcharts: true });
            const meta = chart_files_chartMeta(files.get('Chart.yaml') ?? '');
            return {
                file,
                chart: named(meta) ? { tree: chart_files_archiveTree(files), dir: '', meta } : `${where} holds no Chart.yaml with a name and version`,
            };
        }
        catch (e) {
            if (!(e instanceof UserError))
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
    const folder = posix.normalize(posix.join(dir || '.', repo.slice('file://'.length)));
    if (folder.startsWith('..') || posix.isAbsolute(folder))
        return `${what} is at ${repo}, outside what lockstep reads`;
    const chartYaml = await tree.text(join(folder, 'Chart.yaml'));
    if (chartYaml === undefined)
        return `${what}: ${repo} has no Chart.yaml at ${folder}`;
    const meta = chart_files_chartMeta(chartYaml);
    if (!named(meta) || meta.name !== d.name)
        return `${what}: the Chart.yaml at ${folder} names ${meta.name ?? 'no chart'}`;
    return { file: folder, chart: { tree, dir: folder, meta } };
}
function join(dir, file) {
    return dir === '.' || dir === '' ? file : `${dir}/${file}`;
}

;// CONCATENATED MODULE: ./packages/core/src/promote/chart-repository.ts
// A chart version read from the classic https Helm repository an Argo CD
// Application's repoURL (or a Flux HelmRepository of the default type) names:
// index.yaml, then the archive it lists, checked against the index's digest
// (registry/helm-repository.ts). values-drift, chart-version and the rendered
// diff read it after the chart's release tag and chart folder, where they
// read an OCI artifact for a registry. An archive whose bytes are not the ones
// the index lists is refused outright, whatever the mode: that is no chart
// that "cannot be read" but one that was replaced.


/** An archive whose bytes are not the ones the index lists: refused by every reader (render included), never a chart "not read". */
class ReplacedChart extends (/* unused pure expression or super */ null && (UserError)) {
}
/**
 * The chart `source.chart` at `version` from `source.repoURL` when it is a
 * classic repository (undefined when it is not one). Throws a UserError for an
 * archive whose digest differs from the index's.
 */
async function chart_repository_repositoryChart(ports, source, version, at) {
    const { repoURL, chart } = source;
    if (!repoURL || !chart || !isClassicRepository(repoURL))
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

// EXTERNAL MODULE: ./packages/core/src/promote/application.ts
var application = __webpack_require__(21120);
;// CONCATENATED MODULE: ./packages/core/src/promote/values-drift.ts
// values-drift: when a promotion moves the target's chart version (its
// Application's targetRevision), the target's values file is compared with
// both chart versions: the one the target runs now and the one promoted. A key
// the current version reads and the promoted one no longer reads is drift
// (values/chart-drift.ts). Each version is read where it was released: the
// repository at the chart's release tag (`<chart>-<version>`), the chart folder
// at the promoted ref when its Chart.yaml says that version, else its OCI
// artifact (the Application's registry, or the config's chart-registry); what
// is found must say that version in its Chart.yaml. `error` (the default for
// protected environments) refuses the promotion before anything is written,
// also when a version cannot be read (naming what was tried); `warn` annotates
// and goes on; `off` skips it.












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
    const { file: appFile, name } = splitApplicationRef(to.application);
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
    return driftOutcome(mode, plan.chart, current, promoted, (charts) => compareValues(envText, to.values, charts, undefined, cache));
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
            throw new UserError(`values-drift: ${unread.join('; ')}`, {
                file: at.file,
                line: at.line,
                hint: words `publish each chart version where lockstep reads it (its release tag ${chartName(promoted)}-<version> in this repository, its OCI artifact: the Application's registry or chart-registry in the config, or the https Helm repository's index.yaml), or ${setting('values-drift', 'warn')} to promote without the comparison`,
            });
        return { mode, chart: label, where, findings: [], notCompared: [], unread: unread.join('; ') };
    }
    const [was, now] = [current.chart, promoted.chart];
    const { findings, notCompared } = compare({ current: was, promoted: now });
    if (mode === 'error')
        throwAll(findings.map((f) => new UserError(`values-drift: ${f.message}`, {
            file: f.file,
            line: f.line,
            hint: words `remove or rename the key before promoting chart ${now.name} ${now.version} (read from ${promoted.where}), or ${setting('values-drift', 'warn')}`,
        })));
    return { mode, chart: label, where, findings, notCompared };
}
/** repoURL, chart and path of the Application source the promotion edits (of an OCIRepository: its chart). */
function chartSource(text, file, name, charts) {
    const rev = findChartRevision(text, file, name, charts);
    const parsed = parseYaml(text.replace(/^\ufeff/, ''), file, { allowMulti: true });
    let node = parsed.documents?.[rev.document ?? 0]?.contents;
    // An OCIRepository has no chart key: flux.ts took its chart from spec.url's last segment. Reading the chart
    // from that registry (and a HelmRelease's values as values) is values-drift's Flux support, not here yet.
    if (rev.flux === 'OCIRepository')
        return { ...(rev.chart ? { chart: rev.chart } : {}), ociRepository: scalarText(mapValue(mapValue(node, 'spec'), 'url')) ?? '' };
    for (const key of rev.path.slice(0, -1))
        node = typeof key === 'number' ? node?.items?.[key] : mapValue(node, key);
    return {
        repoURL: scalarText(mapValue(node, 'repoURL')),
        chart: scalarText(mapValue(node, 'chart')),
        path: scalarText(mapValue(node, 'path')),
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
        for (let dir = posix.dirname(valuesFile);; dir = posix.dirname(dir)) {
            dirs.push(dir);
            if (dir === '.' || dir === '/' || dir === '')
                break;
        }
        const paths = await ports.git.listFiles(baseSha);
        if (paths)
            dirs.push(...findCharts(paths, req.charts.length > 0 ? req.charts : undefined));
        else
            for (const c of req.charts)
                if (!/[*?[\]{}!]/.test(c))
                    dirs.push(c.replace(/\/+$/, ''));
    }
    const out = [];
    for (const dir of [...new Set(dirs)].filter((d) => !d.split('/').includes('..'))) {
        const text = await ports.git.readAt(baseSha, values_drift_join(dir, 'Chart.yaml'));
        if (text === undefined)
            continue;
        const name = chartMeta(text).name;
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
    const name = source.chart ?? folders[0]?.name ?? (source.path ? posix.basename(source.path) : 'chart');
    const what = `chart ${name} ${version || '(no version)'}`;
    if (!valid(version) || valid(version) !== version)
        return { unread: `${what} could not be read: '${version}' is not an exact chart version`, name, version };
    const tried = [];
    const read = async (commit, dir) => {
        const text = await ports.git.readAt(commit, values_drift_join(dir, 'Chart.yaml'));
        if (text === undefined)
            return 'no Chart.yaml';
        const meta = chartMeta(text);
        if (meta.name !== name)
            return `its Chart.yaml names ${meta.name ?? 'no chart'}`;
        if (meta.version !== version)
            return `its Chart.yaml says version ${meta.version ?? '(none)'}`;
        return readChartValues(gitTree(ports, commit), dir, { ...meta, name, version });
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
        const meta = chartMeta(files.get('Chart.yaml') ?? '');
        if (meta.name === name && meta.version === version)
            return { chart: await readChartValues(archiveTree(files), '', { ...meta, name, version }), where, version };
        tried.push(`${where} (${meta.name !== name ? `its Chart.yaml names ${meta.name ?? 'no chart'}` : `its Chart.yaml says version ${meta.version ?? '(none)'}`})`);
        return undefined;
    };
    // A classic https repository: index.yaml and the archive it lists, digest checked (chart-repository.ts).
    const classic = await repositoryChart(ports, source, version, line);
    if (classic && 'tried' in classic)
        tried.push(classic.tried);
    else if (classic) {
        const files = await readChartArchive(Buffer.from(classic.tgz), `chart ${name} ${version} from ${classic.where}`, ARCHIVE_PARTS);
        const found = await fromArchive(files, classic.where);
        if (found)
            return found;
    }
    const image = ociReference(source, version) ?? configuredRegistry(req, name, version);
    if (image) {
        const where = `oci://${image.registry}/${image.repository}${image.digest ? `@${image.digest}` : `:${image.tag ?? chartTag(version)}`}`;
        try {
            const found = await fromArchive(await ports.readChart(image), where);
            if (found)
                return found;
        }
        catch (e) {
            if (!(e instanceof UserError || (e instanceof Error && e.name === 'RegistryError')))
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
/** `<chart-registry>/<name>:<version>` when the config names a chart registry. */
function configuredRegistry(req, name, version) {
    if (!req.chartRegistry)
        return undefined;
    try {
        return parseReference(`${req.chartRegistry}/${name}:${chartTag(version)}`);
    }
    catch (e) {
        if (e instanceof InvalidReference)
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
        const ref = (0,reference/* parseReference */.F2)(`${bare}/${source.chart}:${(0,chart_push/* chartTag */.bF)(version)}`);
        const digest = source.digests?.get(version);
        return digest ? { ...ref, digest } : ref;
    }
    catch (e) {
        if (e instanceof reference/* InvalidReference */.ft)
            return undefined;
        throw e;
    }
}
function values_drift_join(dir, file) {
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
    const head = `**values-drift (${r.mode})** chart ${escapeMarkdown(r.chart)} (${escapeMarkdown(r.where)}):`;
    if (r.unread)
        return `${head} the values were not compared (${escapeMarkdown(r.unread)}).`;
    const uncompared = r.notCompared.map((k) => `- ${codeSpan(`${k.file}:${k.line}`)} ${escapeMarkdown(uncomparedText(k))}`);
    const skipped = uncompared.length === 0 ? [] : ['', `${plural(uncompared.length, 'key')} not compared:`, '', ...uncompared];
    if (r.findings.length === 0)
        return uncompared.length === 0
            ? `${head} the promoted version still reads every key the values file sets that the current version reads.`
            : [
                `${head} the promoted version still reads every key compared that the current version reads; ${plural(uncompared.length, 'key')} not compared.`,
                ...skipped,
            ].join('\n');
    const lines = r.findings.map((f) => `- ${codeSpan(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}`);
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
        if (helm_repository_isClassicRepository(repoURL)) {
            const host = new URL(repoURL.trim()).host;
            got = pullRepositoryChart(client, repoURL, chart, version, helmRepositories).then((c) => ({ tgz: c.tgz, where: c.url }), failed(host, source.secretRef));
        }
        else {
            const ref = ociReference(source, version);
            if (!ref)
                return undefined;
            const where = `oci://${ref.registry}/${ref.repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag}`}`;
            got = pullChartArchive(client, ref).then((tgz) => ({ tgz, where }), failed(ref.registry));
        }
        pulled.set(key, got);
        return got;
    });
    pull.close = () => o.transport.close?.();
    return pull;
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

/***/ 23769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ valuesDefaults),
/* harmony export */   In: () => (/* binding */ diffValues)
/* harmony export */ });
/* unused harmony exports lenientYaml, kindOf */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64293);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47812);
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
    const head = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .stripBom */ .F8)(headText), headFile);
    const out = [];
    // An empty values.yaml (or none) removes every key: the root is not a null placeholder.
    const headRoot = head.doc.contents ?? ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(base.doc.contents) ? new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLMap */ .CA() : null);
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
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'map';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
        // Helm reads values as YAML 1.1: an unquoted `yes`/`on` is a boolean, `0755` a number.
        if (node.type === 'PLAIN' && typeof node.source === 'string') {
            const t = (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_3__/* .yaml11Type */ .Ax)(node.source);
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
        h = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLMap */ .CA();
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
    if (bk !== 'map' || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(b) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(h))
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
    const yaml11 = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(b.source, { version: '1.1' }).contents;
    const v = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(yaml11) ? yaml11.value : undefined;
    return (typeof v === 'number' || typeof v === 'bigint') && String(v) === text;
}
function deref(node, doc) {
    for (let i = 0; i < 32 && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node); i++)
        node = node.resolve(doc) ?? null;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? null : node;
}
/**
 * A map's keys as Helm sees them: `<<: *anchor` (or a list of anchors) merges
 * the anchored maps' keys, and keys written in the map itself win.
 */
function pairsOf(map, doc, depth = 0) {
    const out = new Map();
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) || depth > 32)
        return out;
    const merged = [];
    for (const p of map.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
            continue;
        const name = String(p.key.value);
        if (name === '<<' && p.key.type === 'PLAIN' && ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(p.value) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p.value))) {
            merged.push(...((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(p.value) ? p.value.items : [p.value]));
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


/***/ })

};

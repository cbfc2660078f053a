export const id = 5439;
export const ids = [5439];
export const modules = {

/***/ 20506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}


/***/ }),

/***/ 25439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDigests: () => (/* binding */ runDigests)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(45076);
// EXTERNAL MODULE: ./packages/core/src/edits/transaction.ts
var transaction = __webpack_require__(30883);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(92536);
// EXTERNAL MODULE: ./packages/core/src/async/map-limit.ts
var map_limit = __webpack_require__(20506);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(32632);
// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts
var docker_config = __webpack_require__(48040);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(90908);
// EXTERNAL MODULE: ./packages/core/src/digests/file.ts
var file = __webpack_require__(10029);
;// CONCATENATED MODULE: ./packages/core/src/digests/capture.ts











/**
 * Images resolved at once. A HEAD is tiny, so a typical release (tens of
 * images) goes out in a single wave: total time is about one round trip, not
 * one per image; the bound keeps a huge list from opening hundreds of sockets.
 */
const DEFAULT_CONCURRENCY = 64;
/**
 * Targets from the config's `services` (all of them for `all` or an empty
 * list), each configured image with `tag` applied.
 */
function targetsFromServices(config, services, tag) {
    const configured = Object.keys(config.services);
    const file = config.file;
    if (configured.length === 0)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `no images to capture: ${(0,src_errors/* theInput */.y8)('images')} is empty and the config has no services`, {
            file,
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('images')} (name=registry/repo:tag lines), or list services in .github/lockstep.yml`,
        });
    const wanted = services.length === 0 || (services.length === 1 && services[0] === 'all') ? configured : services;
    if (!tag && services.length === 0)
        throw new src_errors/* UserError */.yo((0,src_errors/* words */.aL) `nothing to capture: give ${(0,src_errors/* named */.KT)('images')}, or a ${(0,src_errors/* named */.KT)('tag')} for the services in the config`, {
            hint: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('images')} as name=registry/repo:tag lines (e.g. ${(0,src_errors/* named */.KT)('images', 'api=ghcr.io/acme/api:1.7.3')}), or ${(0,src_errors/* setting */.Pe)('tag')} as the version the configured services (${configured.join(', ')}) were pushed with`,
        });
    if (!tag)
        throw new src_errors/* UserError */.yo('is required with services', {
            input: 'tag',
            hint: (0,src_errors/* words */.aL) `pass the version the images were pushed with, e.g. ${(0,src_errors/* named */.KT)('tag', '1.7.3')}`,
        });
    const errors = [];
    const targets = [];
    for (const name of wanted) {
        const svc = config.services[name];
        if (!svc) {
            errors.push(new src_errors/* UserError */.yo(`service '${name}' is not in the config`, { file, hint: `configured services: ${configured.join(', ')}` }));
            continue;
        }
        try {
            const ref = (0,reference/* parseReference */.F2)(`${svc.image}:${tag}`);
            targets.push({ name, ref });
        }
        catch (e) {
            if (!(e instanceof reference/* InvalidReference */.ft))
                throw e;
            errors.push(new src_errors/* UserError */.yo(`service '${name}': ${e.message}`, { file, hint: 'services.<name>.image is registry/repository without a tag' }));
        }
    }
    (0,src_errors/* throwAll */.Kx)(errors);
    return targets;
}
const HINTS = {
    'not-found': 'check that the image was pushed with this tag before capturing (and the repository name)',
    denied: (0,src_errors/* words */.aL) `check ${(0,src_errors/* named */.KT)('username')} and ${(0,src_errors/* named */.KT)('password')} (or the docker login) for this registry, and that they may read this repository`,
    unauthenticated: (0,src_errors/* words */.aL) `${(0,src_errors/* setting */.Pe)('username')} and ${(0,src_errors/* named */.KT)('password')}, or log in with docker login first (docker/login-action in a workflow)`,
    platform: (0,src_errors/* words */.aL) `set ${(0,src_errors/* named */.KT)('platform')} to one of the platforms the image offers, or ${(0,src_errors/* unset */.wC)('platform')} to record the digest the tag names`,
    unreachable: 'check the registry host and that it is up; lockstep retried with backoff',
    'rate-limited': 'authenticate to the registry, or pull through a mirror',
    refused: "the registry's auth or redirect points somewhere lockstep will not send credentials",
    mismatch: 'the registry returned inconsistent data; retry, and report it if it persists',
    invalid: 'check the image reference',
    error: 'check the registry status and retry',
};
/**
 * Resolves every target (bounded concurrency), then — only if all resolved —
 * merges with the existing file when asked and writes it via a temp file and
 * rename. Failures are reported together, one UserError per image.
 */
async function captureDigests(s, world) {
    const outAbs = (0,workspace/* resolveInside */.LI)(s.workspace, (0,external_node_path_.relative)(s.workspace, (0,external_node_path_.resolve)(s.workdir, s.output)), 'output');
    const outRel = (0,workspace/* workspaceRelative */.Uc)(s.workspace, outAbs);
    const creds = credentialSource(s, world);
    const client = new registry_client/* RegistryClient */.bP({
        transport: world.transport,
        clock: world.clock,
        retry: world.retry,
        requestTimeoutMs: world.requestTimeoutMs,
        deadlineMs: world.deadlineMs,
        credentials: creds,
        log: world.log,
    });
    // Read the file to keep or merge with before the network work: a broken file fails fast. A replace
    // reads only its names, to list what it drops.
    let existing = {};
    let existingText;
    let dropped = [];
    if ((0,external_node_fs_.existsSync)(outAbs)) {
        existingText = (0,external_node_fs_.readFileSync)(outAbs, 'utf8');
        if (s.replace)
            dropped = namesIn(existingText);
        else
            existing = await (0,file/* parseDigests */.fV)(existingText, outRel);
    }
    let done = 0;
    const outcomes = await (0,map_limit/* mapLimit */.s)(s.targets, world.concurrency ?? DEFAULT_CONCURRENCY, async (t) => {
        try {
            return { t, res: await client.resolve(t.ref, s.platform) };
        }
        catch (e) {
            if (e instanceof registry_client/* RegistryError */.gl)
                return { t, error: e };
            throw e;
        }
        finally {
            world.progress?.(++done, s.targets.length);
        }
    });
    const failures = outcomes.filter((o) => o.error);
    if (failures.length > 0) {
        (0,src_errors/* throwAll */.Kx)(failures.map((o) => o.error.asUserError(`${o.t.name}: could not resolve ${o.t.ref.original}`, HINTS[o.error.kind])));
    }
    // Verified before anything is written: one refused digest stops the capture.
    const verified = await verifyResolved(s, client, outcomes.map((o) => ({ name: o.t.name, ref: o.t.ref, digest: o.res.digest })), world.concurrency);
    const incoming = {};
    const rows = [];
    const warnings = [];
    for (const o of outcomes) {
        const r = o.res;
        const entry = { digest: r.digest, image: o.t.ref.name, sha: s.sha, tag: o.t.ref.tag ?? '' };
        if (r.platform)
            entry.platform = r.platform;
        const v = verified.get(o.t.name);
        if (v)
            entry.verified = v.by.join('; ');
        const optOut = v ? undefined : s.unverified?.(o.t.name);
        if (optOut)
            warnings.push(`${o.t.name}: written unverified: its verify: {} (${optOut}) turns the top-level verify: policy off for it`);
        if (v?.sourceCommit)
            entry['source-commit'] = v.sourceCommit;
        incoming[o.t.name] = entry;
        const kind = r.platform
            ? r.indexDigest
                ? `${r.platform} (from index ${r.indexDigest})`
                : `${r.platform} (single-platform manifest)`
            : r.isIndex
                ? 'index (multi-platform)'
                : 'manifest';
        rows.push({ name: o.t.name, image: entry.image, tag: entry.tag, digest: r.digest, kind });
        for (const w of r.warnings)
            warnings.push(`${o.t.name}: ${w}`);
    }
    const merged = s.replace
        ? incoming
        : s.merge
            ? (0,file/* mergeDigests */.EH)(existing, incoming, { overwrite: s.overwrite, file: outRel, text: existingText })
            : { ...existing, ...incoming };
    dropped = dropped.filter((name) => !(name in incoming)).sort();
    const text = (0,file/* formatDigests */.x7)(merged);
    const changed = existingText !== text;
    const written = changed && !s.dryRun;
    const changes = changed ? [{ path: outRel, before: existingText, after: text }] : [];
    if (written) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(outAbs), { recursive: true });
        (0,transaction/* commitChanges */.PT)(s.workspace, changes);
    }
    return {
        file: merged,
        path: outRel,
        changed,
        written,
        diff: (0,diff/* renderDiff */["in"])(changes),
        changes,
        kept: Object.keys(merged).length - Object.keys(incoming).length,
        dropped,
        rows,
        warnings,
        oneLine: (0,file/* digestsOneLine */.c1)(merged),
        requests: client.requests.length,
    };
}
/** The top-level names of a digests file a replace is about to overwrite; none when it is not a JSON object (it is replaced all the same). */
function namesIn(text) {
    try {
        const raw = JSON.parse(text);
        return raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
    }
    catch {
        return [];
    }
}
/**
 * The resolved digests whose image has a `verify:` policy, checked against
 * it (the verifier loaded only then); every refusal is collected and thrown
 * together. Returns what vouched for each verified digest.
 */
async function verifyResolved(s, client, resolved, concurrency) {
    const wanted = resolved.flatMap((r) => {
        const policy = s.verify?.(r.name);
        return policy ? [{ ...r, policy }] : [];
    });
    const out = new Map();
    if (wanted.length === 0)
        return out;
    const { DigestVerifier, policyFiles } = await __webpack_require__.e(/* import() */ 9702).then(__webpack_require__.bind(__webpack_require__, 79702));
    const verifier = new DigestVerifier(client, policyFiles(s.workdir, s.configFile), s.configFile);
    const errors = [];
    await (0,map_limit/* mapLimit */.s)(wanted, concurrency ?? DEFAULT_CONCURRENCY, async (w) => {
        try {
            out.set(w.name, await verifier.verify(w.name, w.ref, w.digest, w.policy));
        }
        catch (e) {
            if (e instanceof src_errors/* UserError */.yo)
                errors.push(e);
            else if (e instanceof registry_client/* RegistryError */.gl)
                errors.push(e.asUserError(`${w.name}: could not verify ${w.ref.name}@${w.digest}`, HINTS[e.kind]));
            else
                throw e;
        }
    });
    (0,src_errors/* throwAll */.Kx)(errors);
    return out;
}
/** Credentials per registry: the inputs for every registry, else the Docker config (its entry or credential helper), else none. */
function credentialSource(s, world) {
    if (s.credentials)
        return () => s.credentials;
    return (0,docker_config/* dockerCredentialSource */.JA)({
        configPath: (0,docker_config/* dockerConfigPath */.Q1)({ DOCKER_CONFIG: s.dockerConfigDir }, s.home),
        run: world.credentialHelper,
        secret: world.secret,
        log: world.log,
        ownCredentials: true,
    });
}

// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(57850);
// EXTERNAL MODULE: ./packages/core/src/http/transport.ts
var http_transport = __webpack_require__(96291);
// EXTERNAL MODULE: ./packages/core/src/operations/digests/short-head.ts
var short_head = __webpack_require__(87963);
;// CONCATENATED MODULE: ./packages/core/src/operations/digests/lazy.ts
// capture-digests' heavy modules, each behind a named getter and loaded on first use: the one place
// its run imports dynamically (index.ts loads the run and the views).
/** The config checks (every command refuses the same config), only when the images come from the config. */
const configChecks = () => Promise.all(/* import() */[__webpack_require__.e(9887), __webpack_require__.e(793), __webpack_require__.e(2415), __webpack_require__.e(1684)]).then(__webpack_require__.bind(__webpack_require__, 93081));
/** The config's verify: policies, only when the images come from the config. */
const configLoader = () => Promise.all(/* import() */[__webpack_require__.e(9887), __webpack_require__.e(793), __webpack_require__.e(2415), __webpack_require__.e(6744)]).then(__webpack_require__.bind(__webpack_require__, 30793));

;// CONCATENATED MODULE: ./packages/core/src/operations/digests/run.ts









/**
 * The capture: the images to resolve (listed, or the config's services),
 * the commit they were built from, then every image resolved through its
 * registry and the digests file written when all resolved.
 */
async function runDigests(req, world) {
    const { targets, config } = await imagesToCapture(req);
    const sha = req.sha ?? (await (0,short_head/* shortHead */.F)(world.services.repo?.(req.workdir) ?? (0,objects.gitSpawner)(req.workdir)));
    const transport = (world.services.http ?? http_transport.nodeTransport)();
    world.reporter.group(`Resolving ${targets.length} image digest${targets.length === 1 ? '' : 's'}`);
    try {
        const result = await captureDigests({
            ...req,
            workspace: world.workspace,
            targets,
            sha,
            // Where docker login left its credentials (~/.docker/config.json, or DOCKER_CONFIG's folder).
            home: world.env.HOME || (0,external_node_os_.homedir)(),
            dockerConfigDir: world.env.DOCKER_CONFIG || undefined,
            ...(config ? await verifyPolicies(config) : {}),
        }, {
            transport,
            clock: world.clock,
            retry: world.services.retry,
            secret: world.secret,
            log: (line) => world.reporter.debug(line),
            progress: (done, total) => world.reporter.progress?.({ what: 'image digests resolved', done, total }),
        });
        return { ...result, outputs: { digests: result.oneLine, file: result.path }, dryRun: req.dryRun };
    }
    finally {
        transport.close();
        world.reporter.endGroup();
    }
}
/**
 * The images listed in the request, else those of the config's services;
 * none at all is a user error. The config comes along when it was read, or
 * (for listed images) when its file exists and speaks of `verify:`.
 */
async function imagesToCapture(req) {
    let targets = req.images;
    let config;
    if (targets === undefined || mayVerify(req)) {
        // Loaded on demand: the config validator is the largest part of the bundle and the images input does not need it.
        const { loadCheckedConfig } = await configChecks();
        config = await loadCheckedConfig(req.workdir, req.config);
    }
    if (targets === undefined)
        targets = targetsFromServices(config, req.services, req.tag);
    if (targets.length === 0)
        throw new src_errors/* UserError */.yo('no images to capture', { hint: 'list images as name=registry/repo:tag lines, or name services' });
    return { targets, config };
}
/** The config's `verify:` policies by image name, when it has any (config.ts is loaded already when there is a config). */
async function verifyPolicies(config) {
    if (!config.verify && !Object.values(config.services).some((v) => v.verify))
        return {};
    const { verifyFor, verifyOptOut } = await configLoader();
    return {
        verify: (name) => verifyFor(config, name),
        unverified: (name) => {
            const at = verifyOptOut(config, name);
            return at ? `${at.file ?? '.github/lockstep.yml'}${at.line ? `:${at.line}` : ''}` : undefined;
        },
        configFile: config.file,
    };
}
/** For listed images: true when the config file exists and has a `verify:` key, the one thing of it the images input uses. */
function mayVerify(req) {
    const path = (0,external_node_path_.resolve)(req.workdir, req.config && req.config.trim() !== '' ? req.config.trim() : '.github/lockstep.yml');
    return (0,external_node_fs_.existsSync)(path) && /^\s*verify\s*:/m.test((0,external_node_fs_.readFileSync)(path, 'utf8'));
}


/***/ })

};

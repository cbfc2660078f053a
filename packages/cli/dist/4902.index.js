export const id = 7803;
export const ids = [7803,9002];
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

/***/ 30883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ realFs),
/* harmony export */   PT: () => (/* binding */ commitChanges),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony exports nodeTxFs, planEdits */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92536);
/* harmony import */ var _text_parts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73491);






/**
 * The real file system (node:fs, synchronous). A write goes on until every
 * byte is written (a short write that makes no progress is an error, never a
 * truncated file) and is flushed to disk (fsync) before the caller renames the
 * temp file over the target, so a crash cannot leave an empty file behind.
 */
function nodeTxFs(io = node_fs__WEBPACK_IMPORTED_MODULE_0__) {
    return {
        readFile(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            }
        },
        writeFile(path, data, mode) {
            const fd = io.openSync(path, 'wx', mode ?? 0o644);
            try {
                // Part by part: each part is encoded on its own (one byte per character for ASCII), never joined whole.
                const parts = typeof data === 'string' ? [data] : data;
                let total = 0;
                for (const part of parts)
                    total += Buffer.byteLength(part, 'utf8');
                let written = 0;
                for (const part of parts) {
                    const bytes = Buffer.from(part, 'utf8');
                    let done = 0;
                    while (done < bytes.length) {
                        const n = io.writeSync(fd, bytes, done, bytes.length - done);
                        if (!(n > 0))
                            break;
                        done += n;
                    }
                    written += done;
                    if (done !== bytes.length)
                        break;
                }
                if (written !== total)
                    throw Object.assign(new Error(`short write: ${written} of ${total} bytes`), {
                        code: `short write, ${written} of ${total} bytes`,
                    });
                // The umask may have cleared bits of the original mode; put them back.
                if (mode !== undefined)
                    io.fchmodSync(fd, mode);
                io.fsyncSync(fd);
            }
            finally {
                io.closeSync(fd);
            }
        },
        rename: (from, to) => node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(from, to),
        unlink: (path) => node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(path, { force: true }),
        mode(path) {
            try {
                return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(path).mode & 0o7777;
            }
            catch {
                return undefined;
            }
        },
        access(path) {
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            }
            catch (e) {
                // A new file only needs its folder, which creating the temp file proves.
                if (e.code !== 'ENOENT')
                    throw e;
            }
        },
    };
}
/** The real file system. */
const realFs = nodeTxFs();
/**
 * Reads every file, runs its updater and its check, all in memory. Throws on
 * the first problem; nothing is written. Files whose text stays the same are
 * left out, so an idempotent re-run plans no change.
 */
function planEdits(workspace, edits, fs = realFs) {
    const changes = [];
    const seen = new Map();
    for (const e of edits) {
        const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, e.path, 'file');
        const prior = seen.get(e.path);
        // A second edit of the same file reads the first one's text (joined: edits of a file in parts are one).
        const before = prior ? (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .joinText */ ._V)(prior.after) : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .sameText */ .QV)(after, before))
            continue;
        // The check reads the text whole; no check, no join.
        e.check?.(before, (0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .joinText */ ._V)(after));
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => !(0,_text_parts_js__WEBPACK_IMPORTED_MODULE_5__/* .sameText */ .QV)(c.before, c.after)) };
}
/**
 * Writes every change or none. Each file is written to a temp file in its own
 * folder (same file system, so rename is atomic), keeping the file's mode.
 * Before the first rename every target is checked to be writable; a file
 * whose permission bits allow nobody to write it counts as read-only even for
 * root (a rename would replace it regardless of its bits, which is exactly what
 * `chmod a-w` asks us not to do). If a rename fails midway, the files already
 * replaced get their old text back.
 */
function commitChanges(workspace, changes, fs = realFs) {
    const staged = [];
    const cleanup = () => {
        for (const s of staged) {
            try {
                fs.unlink(s.tmp);
            }
            catch {
                // best effort: a leftover temp file is reported by the error below
            }
        }
    };
    try {
        for (const change of changes) {
            const abs = (0,_fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .LI)(workspace, change.path, 'file');
            const mode = fs.mode(abs);
            if (change.before !== undefined && mode === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} disappeared while planning`, { file: change.path, hint: 'run again' });
            if (mode !== undefined && (mode & 0o222) === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} is read-only`, {
                    file: change.path,
                    hint: 'make it writable (chmod u+w) or leave it out; nothing was written',
                });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs)}.lockstep-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, {
                    file: change.path,
                    hint: 'fix its permissions; nothing was written',
                });
            }
        }
    }
    catch (e) {
        cleanup();
        throw e;
    }
    const done = [];
    for (const s of staged) {
        try {
            fs.rename(s.tmp, s.abs);
            done.push(s);
        }
        catch (e) {
            const restoreFailures = restore(done, fs);
            cleanup();
            const detail = restoreFailures.length > 0 ? `; could not restore ${restoreFailures.join(', ')}` : '; the files already written were restored';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${s.change.path} could not be replaced (${e.code ?? 'error'})${detail}`, {
                file: s.change.path,
                hint: 'fix the file system problem and run again',
            });
        }
    }
}
function restore(done, fs) {
    const failed = [];
    for (const d of [...done].reverse()) {
        try {
            if (d.change.before === undefined)
                fs.unlink(d.abs);
            else {
                const tmp = `${d.abs}.lockstep-restore-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}`;
                try {
                    fs.writeFile(tmp, d.change.before, fs.mode(d.abs));
                    fs.rename(tmp, d.abs);
                }
                catch (e) {
                    // The restore copy must not be left behind beside the file it failed to restore.
                    try {
                        fs.unlink(tmp);
                    }
                    catch {
                        // reported below as a file that could not be restored
                    }
                    throw e;
                }
            }
        }
        catch {
            failed.push(d.change.path);
        }
    }
    return failed;
}
/** Plans and, unless `dryRun`, commits: the usual plan → check → write sequence. */
function applyEdits(workspace, edits, opts = {}) {
    const plan = planEdits(workspace, edits, opts.fs);
    if (!opts.dryRun)
        commitChanges(workspace, plan.changes, opts.fs);
    return plan;
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
const configChecks = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(620), __webpack_require__.e(4940)]).then(__webpack_require__.bind(__webpack_require__, 93081));
/** The config's verify: policies, only when the images come from the config. */
const configLoader = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(620), __webpack_require__.e(7128)]).then(__webpack_require__.bind(__webpack_require__, 620));

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


/***/ }),

/***/ 87963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ shortHead)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _git_local_repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48982);


// Apart from run.ts so that publish, which records the commit too, does not bundle the image capture
// and its signature verification (about 250 KiB of chunks publish-chart never loads).
/** The short commit of HEAD (`git rev-parse --short HEAD`); publish records it too. */
async function shortHead(git) {
    const out = await (0,_git_local_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .shortHeadCommit */ .ij)(git);
    if (out === undefined || !/^[0-9a-f]{4,64}$/.test(out))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit', {
            hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
            cliHint: 'pass --sha with the commit the images were built from, or commit first (git add, then git commit)',
        });
    return out;
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

/***/ 29002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Gt: () => (/* binding */ frame),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   bq: () => (/* binding */ parseJsonAt),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony export lineEnding */
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

/***/ 73491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QV: () => (/* binding */ sameText),
/* harmony export */   TO: () => (/* binding */ viewText),
/* harmony export */   Up: () => (/* binding */ textHead),
/* harmony export */   _V: () => (/* binding */ joinText),
/* harmony export */   sc: () => (/* binding */ textLength)
/* harmony export */ });
/* unused harmony export PartsView */
/** The text's length in UTF-16 units. */
function textLength(t) {
    if (typeof t === 'string')
        return t.length;
    let n = 0;
    for (const p of t)
        n += p.length;
    return n;
}
/** The text as one string (joins parts: only where the whole is needed). */
function joinText(t) {
    return typeof t === 'string' ? t : t.join('');
}
/** Whether two texts (or absent files) are the same characters, joining only when their lengths are equal. */
function sameText(a, b) {
    if (a === b)
        return true;
    if (a === undefined || b === undefined)
        return false;
    if (textLength(a) !== textLength(b))
        return false;
    return joinText(a) === joinText(b);
}
/** The first `max` UTF-16 units of the text (all of it when shorter), joining only those. */
function textHead(t, max) {
    if (typeof t === 'string')
        return t.length > max ? t.slice(0, max) : t;
    if (t.length === 1)
        return textHead(t[0], max);
    let out = '';
    for (const p of t) {
        const room = max - out.length;
        if (room <= 0)
            break;
        out += p.length > room ? p.slice(0, room) : p;
    }
    return out;
}
/**
 * A read-only view of a text in parts with the string methods a line walk
 * needs (`length`, `slice`, `startsWith`, `endsWith`, `indexOf` of one
 * character), reading the parts in place: a slice spanning parts is the only
 * string it makes.
 */
class PartsView {
    length;
    parts;
    /** Where each part starts in the text. */
    starts;
    constructor(parts) {
        this.parts = parts.filter((p) => p !== '');
        this.starts = [];
        let n = 0;
        for (const p of this.parts) {
            this.starts.push(n);
            n += p.length;
        }
        this.length = n;
    }
    /** The index of the part holding position `pos` (0 ≤ pos < length). */
    partAt(pos) {
        let lo = 0;
        let hi = this.parts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** As String.prototype.slice with 0 ≤ from ≤ to (to defaults to the end; both clamped to the text). */
    slice(from, to = this.length) {
        from = Math.max(0, Math.min(from, this.length));
        to = Math.max(from, Math.min(to, this.length));
        if (from === to)
            return '';
        let k = this.partAt(from);
        let out = '';
        for (let pos = from; pos < to; k++) {
            const start = this.starts[k];
            const piece = this.parts[k].slice(pos - start, to - start);
            out += piece;
            pos += piece.length;
        }
        return out;
    }
    /** As String.prototype.startsWith with a position. */
    startsWith(s, pos = 0) {
        if (pos < 0 || pos + s.length > this.length)
            return false;
        return this.slice(pos, pos + s.length) === s;
    }
    /** As String.prototype.endsWith without a position. */
    endsWith(s) {
        return this.startsWith(s, this.length - s.length);
    }
    /** As String.prototype.indexOf for one character: the first position ≥ from holding it, or -1. */
    indexOf(ch, from = 0) {
        if (ch.length !== 1)
            throw new Error('PartsView.indexOf looks for one character');
        if (from >= this.length)
            return -1;
        for (let k = this.partAt(Math.max(0, from)); k < this.parts.length; k++) {
            const start = this.starts[k];
            const at = this.parts[k].indexOf(ch, Math.max(0, from - start));
            if (at !== -1)
                return start + at;
        }
        return -1;
    }
}
/** A TextView of the text. */
function viewText(t) {
    return typeof t === 'string' ? t : new PartsView(t);
}


/***/ })

};

export const id = 814;
export const ids = [814];
export const modules = {

/***/ 883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ realFs),
/* harmony export */   PT: () => (/* binding */ commitChanges),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony exports nodeTxFs, planEdits */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _fs_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2536);





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
                const bytes = Buffer.from(data, 'utf8');
                let written = 0;
                while (written < bytes.length) {
                    const n = io.writeSync(fd, bytes, written, bytes.length - written);
                    if (!(n > 0))
                        break;
                    written += n;
                }
                if (written !== bytes.length)
                    throw Object.assign(new Error(`short write: ${written} of ${bytes.length} bytes`), { code: `short write, ${written} of ${bytes.length} bytes` });
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
        const before = prior ? prior.after : fs.readFile(abs);
        const after = e.update(before);
        if (after === undefined || after === before)
            continue;
        e.check?.(before, after);
        if (prior)
            prior.after = after;
        else {
            const change = { path: e.path, before, after };
            seen.set(e.path, change);
            changes.push(change);
        }
    }
    return { changes: changes.filter((c) => c.before !== c.after) };
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} is read-only`, { file: change.path, hint: 'make it writable (chmod u+w) or leave it out; nothing was written' });
            try {
                fs.access(abs);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, { file: change.path, hint: 'fix its permissions; nothing was written' });
            }
            const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs)}.lockstep-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}.tmp`);
            staged.push({ abs, tmp, change });
            try {
                fs.writeFile(tmp, change.after, mode);
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${change.path} cannot be written (${e.code ?? 'error'})`, { file: change.path, hint: 'fix its permissions; nothing was written' });
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

/***/ 5929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  captureIn: () => (/* binding */ captureIn)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/edits/diff.ts
var diff = __webpack_require__(5076);
// EXTERNAL MODULE: ./packages/core/src/edits/transaction.ts
var transaction = __webpack_require__(883);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/registry/client.ts + 2 modules
var registry_client = __webpack_require__(5714);
// EXTERNAL MODULE: ./packages/core/src/registry/docker-config.ts
var docker_config = __webpack_require__(8040);
// EXTERNAL MODULE: ./packages/core/src/registry/reference.ts
var reference = __webpack_require__(908);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
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
/**
 * Parses an existing digests file (for merge). Anything that is not an
 * object of entries with string digest/image/sha/tag is a UserError naming
 * the file and line, so a broken artifact never merges silently.
 */
async function parseDigests(text, file) {
    const raw = await (0,bytes/* parseJsonAt */.bq)(text, file, 'fix or delete the file, or run without merge', `${file} is not valid JSON`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new src_errors/* UserError */.yo(`${file} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: 'fix or delete the file, or run without merge' });
    const out = {};
    for (const [name, entry] of Object.entries(raw)) {
        const line = lineOfKey(text, name);
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new src_errors/* UserError */.yo(`entry '${name}' in ${file} is not an object`, { file, line, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        const e = entry;
        for (const key of ['digest', 'image', 'sha', 'tag'])
            if (typeof e[key] !== 'string')
                throw new src_errors/* UserError */.yo(`entry '${name}' in ${file} has no string '${key}'`, { file, line, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
        if (!(0,reference/* isDigest */.Bc)(e.digest))
            throw new src_errors/* UserError */.yo(`entry '${name}' in ${file} has a malformed digest '${String(e.digest).slice(0, 80)}'`, { file, line, hint: 'a digest is sha256: followed by 64 hex characters' });
        if (e.platform !== undefined && typeof e.platform !== 'string')
            throw new src_errors/* UserError */.yo(`entry '${name}' in ${file} has a non-string 'platform'`, { file, line, hint: 'platform is os/arch[/variant]' });
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
            errors.push(new src_errors/* UserError */.yo(`'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`, {
                file: opts.file,
                line: opts.text ? lineOfKey(opts.text, name) : undefined,
                hint: 'give each matrix job its own service name, or set overwrite: true to replace it',
            }));
            continue;
        }
        out[name] = entry;
    }
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new src_errors/* UserErrors */.tQ(errors);
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/digests/targets.ts + 1 modules
var digests_targets = __webpack_require__(8363);
// EXTERNAL MODULE: ./packages/core/src/registry/http.ts
var http = __webpack_require__(281);
;// CONCATENATED MODULE: ./packages/core/src/digests/capture.ts












// The inputs' parsers live in digests/targets.ts, which the action loads before this module.

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
        throw new src_errors/* UserError */.yo('no images to capture: the images input is empty and the config has no services', {
            file,
            hint: 'pass images (name=registry/repo:tag lines), or list services in .github/lockstep.yml',
        });
    const wanted = services.length === 0 || (services.length === 1 && services[0] === 'all') ? configured : services;
    if (!tag && services.length === 0)
        throw new src_errors/* UserError */.yo('nothing to capture: give images, or a tag for the services in the config', {
            hint: `set images: to name=registry/repo:tag lines (e.g. api=ghcr.io/acme/api:1.7.3), or tag: to the version the configured services (${configured.join(', ')}) were pushed with`,
        });
    if (!tag)
        throw new src_errors/* UserError */.yo("input 'tag' is required with services", { hint: 'pass the version the images were pushed with, e.g. tag: 1.7.3' });
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
    (0,digests_targets/* throwAll */.Kx)(errors);
    return targets;
}
const HINTS = {
    'not-found': 'check that the image was pushed with this tag before capturing (and the repository name)',
    denied: 'check the username/password (or the docker/login-action login) for this registry, and that they may read this repository',
    unauthenticated: 'pass username and password, or log in with docker/login-action before this step',
    platform: 'set platform to one of the platforms the image offers, or leave platform empty to record the digest the tag names',
    unreachable: 'check the registry host and that it is up; lockstep retried with backoff',
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
    // Read the file to merge with before the network work: a broken file fails fast.
    let existing = {};
    let existingText;
    if ((0,external_node_fs_.existsSync)(outAbs)) {
        existingText = (0,external_node_fs_.readFileSync)(outAbs, 'utf8');
        if (s.merge)
            existing = await parseDigests(existingText, outRel);
    }
    const outcomes = await (0,registry_client/* mapLimit */.sf)(s.targets, world.concurrency ?? DEFAULT_CONCURRENCY, async (t) => {
        try {
            return { t, res: await client.resolve(t.ref, s.platform) };
        }
        catch (e) {
            if (e instanceof registry_client/* RegistryError */.gl)
                return { t, error: e };
            throw e;
        }
    });
    const failures = outcomes.filter((o) => o.error);
    if (failures.length > 0) {
        (0,digests_targets/* throwAll */.Kx)(failures.map((o) => new src_errors/* UserError */.yo(`${o.t.name}: could not resolve ${o.t.ref.original}: ${o.error.message}`, { hint: HINTS[o.error.kind] })));
    }
    const incoming = {};
    const rows = [];
    const warnings = [];
    for (const o of outcomes) {
        const r = o.res;
        const entry = { digest: r.digest, image: o.t.ref.name, sha: s.sha, tag: o.t.ref.tag ?? '' };
        if (r.platform)
            entry.platform = r.platform;
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
    const merged = s.merge ? mergeDigests(existing, incoming, { overwrite: s.overwrite, file: outRel, text: existingText }) : incoming;
    const text = formatDigests(merged);
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
        diff: (0,diff/* renderDiff */.i)(changes),
        changes,
        kept: Object.keys(merged).length - Object.keys(incoming).length,
        rows,
        warnings,
        oneLine: digestsOneLine(merged),
        requests: client.requests.length,
    };
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
    });
}

// EXTERNAL MODULE: ./packages/core/src/git/objects.ts
var objects = __webpack_require__(7850);
;// CONCATENATED MODULE: ./packages/core/src/operations/digests-run.ts




// The body of runDigests (operations/digests.ts), loaded only after the inputs and the working
// directory were accepted.
/** Resolves every image of the request through its registry (in `workdir`, already checked) and writes the digests file when all resolved. */
async function captureIn(workdir, req, world) {
    let targets = req.images;
    if (targets === undefined) {
        // Loaded on demand: the config validator is the largest part of the bundle and the images input does not need it.
        const { loadConfig } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1312));
        targets = targetsFromServices(loadConfig(workdir, req.config), req.services, req.tag);
    }
    if (targets.length === 0)
        throw new src_errors/* UserError */.yo('no images to capture', { hint: 'list images as name=registry/repo:tag lines, or name services' });
    const sha = req.sha ?? (await shortHead((world.git ?? objects/* gitSpawner */.dm)(workdir)));
    const transport = (world.transport ?? http/* nodeTransport */._3)();
    world.reporter.group(`Resolving ${targets.length} image digest${targets.length === 1 ? '' : 's'}`);
    try {
        const result = await captureDigests({ ...req, workspace: world.workspace, workdir, targets, sha, home: world.home, dockerConfigDir: world.dockerConfigDir }, { transport, clock: world.clock, retry: world.retry, secret: world.secret, log: (line) => world.reporter.debug(line) });
        return { ...result, outputs: { digests: result.oneLine, file: result.path }, dryRun: req.dryRun };
    }
    finally {
        transport.close();
        world.reporter.endGroup();
    }
}
/** The short commit of HEAD (`git rev-parse --short HEAD`). */
async function shortHead(git) {
    const r = await git(['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
    const out = r.stdout.toString('utf8').trim();
    if (r.code !== 0 || !/^[0-9a-f]{4,64}$/.test(out))
        throw new src_errors/* UserError */.yo('cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit', {
            hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
        });
    return out;
}


/***/ }),

/***/ 8630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space) with `::`, or holds the legacy
 * `##[command]` form anywhere, would be read by the runner as a workflow
 * command, so line breaks are folded (making the start of the text the only
 * line start) and both forms broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(/^(\s*)::/, '$1: :')
        .replace(/##\[/g, '# #[');
}


/***/ })

};

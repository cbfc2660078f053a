export const id = 944;
export const ids = [944];
export const modules = {

/***/ 1006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ repoOpener),
/* harmony export */   ub: () => (/* binding */ withToken)
/* harmony export */ });
/* unused harmony exports authSecrets, redact, gitAuthEnv, authedGit */
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7850);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3164);


/** The Basic credential git sends for a GitHub token (what actions/checkout configures). */
function basicCredential(token) {
    return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}
/**
 * Every form of the token that could surface in git's output or an error:
 * the token itself and the base64 Basic credential built from it. Callers
 * mask each one (setSecret) before the first git call.
 */
function authSecrets(token) {
    if (!token)
        return [];
    const basic = basicCredential(token);
    return [token, basic, encodeURIComponent(token)].filter((s, i, all) => all.indexOf(s) === i);
}
/** Replaces every secret in `text` with `***`. */
function redact(text, secrets) {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        if (s)
            out = out.split(s).join('***');
    return out;
}
/**
 * The `http.<url>.` config prefix git matches for a remote: the server's
 * origin with a trailing slash, so every repository on that host (a fork's
 * upstream, a redirect after a rename) gets the header, as actions/checkout
 * does. Undefined for remotes that are not http(s) (a path, ssh): there the
 * token has no use and nothing is set.
 */
function headerScope(remoteUrl) {
    let u;
    try {
        u = new URL(remoteUrl);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return undefined;
    return `${u.protocol}//${u.host}/`;
}
/**
 * Env vars that give git the token for `remoteUrl` without argv, URL or
 * .git/config (GIT_CONFIG_COUNT… http.<url>.extraheader).
 *
 * Two entries are added after any the environment already has
 * (`inherited`'s GIT_CONFIG_COUNT): an empty `extraheader`, which clears the
 * headers collected so far — notably the one actions/checkout persists in
 * .git/config with `persist-credentials: true`, which may hold another
 * (read-only) token — and then ours, so git sends exactly one Authorization
 * header. Command-scope config is read after system, global and local
 * files, which is what makes the clearing entry work. An empty
 * `credential.helper` likewise switches off stored credentials.
 */
function gitAuthEnv(remoteUrl, token, inherited = {}) {
    const scope = token ? headerScope(remoteUrl) : undefined;
    if (!token || !scope)
        return {};
    if (/[\r\n\0]/.test(token))
        throw new Error('the GitHub token contains a line break or NUL; it cannot be sent as a header');
    const start = /^\d+$/.test(inherited.GIT_CONFIG_COUNT ?? '') ? Number(inherited.GIT_CONFIG_COUNT) : 0;
    const key = `http.${scope}.extraheader`;
    const entries = [
        [key, ''],
        [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
        // The token is the identity: no credential helper may answer a 401 with another one.
        ['credential.helper', ''],
    ];
    const env = { GIT_CONFIG_COUNT: String(start + entries.length) };
    entries.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${start + i}`] = k;
        env[`GIT_CONFIG_VALUE_${start + i}`] = v;
    });
    return env;
}
/** Replaces every secret in a byte buffer (git's stdout may be binary, so no text round trip unless a secret is there). */
function redactBytes(data, secrets) {
    if (!secrets.some((s) => s && data.includes(s)))
        return data;
    let out = data;
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (!s)
            continue;
        const parts = [];
        let from = 0;
        for (let at = out.indexOf(s, from); at >= 0; at = out.indexOf(s, from)) {
            parts.push(out.subarray(from, at), Buffer.from('***'));
            from = at + Buffer.byteLength(s);
        }
        parts.push(out.subarray(from));
        out = Buffer.concat(parts);
    }
    return out;
}
/** A password embedded in a remote URL (some workflows still write one), raw and decoded, so it is scrubbed too. */
function urlSecrets(remoteUrl) {
    try {
        const { password } = new URL(remoteUrl);
        if (!password)
            return [];
        const decoded = decodeURIComponent(password);
        return [...new Set([password, decoded, Buffer.from(decoded).toString('base64')])];
    }
    catch {
        return [];
    }
}
/**
 * A gitSpawner whose processes carry the token through gitAuthEnv, with
 * trace redaction forced on and every form of the token scrubbed from
 * git's output before anyone can log or throw it (a server's hook message
 * that echoes a credential included).
 */
function authedGit(cwd, remoteUrl, token, base = process.env) {
    const env = { ...base, ...gitAuthEnv(remoteUrl, token, base), GIT_TRACE_REDACT: '1' };
    const inner = (0,_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .gitSpawner */ .dm)(cwd, env);
    const secrets = [...authSecrets(token), ...urlSecrets(remoteUrl)];
    if (secrets.length === 0)
        return inner;
    const git = async (args) => {
        const r = await inner(args);
        return { code: r.code, stdout: redactBytes(r.stdout, secrets), stderr: redact(r.stderr, secrets) };
    };
    // A secret holds no NUL byte (else the whole output is read and scrubbed): none can straddle two records,
    // so scrubbing each record scrubs the output.
    const records = inner.records;
    if (records && !secrets.some((s) => s.includes('\0')))
        git.records = async (args, onRecord, signal) => {
            const r = await records(args, (record) => onRecord(redactBytes(record, secrets)), signal);
            return { code: r.code, stderr: redact(r.stderr, secrets) };
        };
    return (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .asRepo */ .lU)(git);
}
/** The real RepoOpener in `env`: a plain Repo, or with `auth` one whose git carries the token (authedGit). */
function repoOpener(env = process.env) {
    return (cwd, auth) => (auth ? (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .asRepo */ .lU)(authedGit(cwd, auth.remoteUrl, auth.token, env)) : (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepo */ .B8)(cwd, env));
}
/**
 * `repo` with the token given to git through its environment (never argv,
 * URL or .git/config) when there is a token and an origin to use it on,
 * opened by `open`; else `repo` itself. What `repo` learnt of origin's URL is kept.
 */
async function withToken(repo, cwd, token, open) {
    if (!token)
        return repo;
    const url = await repo.remoteUrl();
    if (url === undefined)
        return repo;
    const authed = open(cwd, { remoteUrl: url, token });
    authed.knowRemoteUrl(url);
    return authed;
}


/***/ }),

/***/ 5944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dryRunPorts: () => (/* binding */ dryRunPorts)
/* harmony export */ });
/* harmony import */ var _git_auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1006);

/**
 * The ports of a dry run: git only (bind.ts's releasePorts gives the same
 * for a dry run), without loading the GitHub client and publishing code a
 * dry run never calls. origin's URL is asked only when a token could be
 * given to it.
 */
async function dryRunPorts(s, token, env, out, services = {}) {
    const open = services.repo ?? (0,_git_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .repoOpener */ .M0)(env);
    return { git: await (0,_git_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .withToken */ .ub)(open(s.root), s.root, token, open), log: out.log, env };
}


/***/ })

};

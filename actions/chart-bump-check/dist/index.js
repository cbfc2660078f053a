import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 9116:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _lockstep_core_action_present__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1375);
/* harmony import */ var _lockstep_core_operations_check_index__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8103);


await (0,_lockstep_core_action_present__WEBPACK_IMPORTED_MODULE_0__/* .runOperation */ .x)(_lockstep_core_operations_check_index__WEBPACK_IMPORTED_MODULE_1__/* .check */ .z);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ runOperation)
});

// UNUSED EXPORTS: present

// EXTERNAL MODULE: ./packages/core/src/text/log.ts
var log = __nccwpck_require__(3603);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/list.ts
var list = __nccwpck_require__(385);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __nccwpck_require__(4619);
;// CONCATENATED MODULE: ./packages/core/src/contract/inputs.ts



/**
 * What a face passes for an input given as the empty string on purpose: the
 * CLI's `--tag-prefix ""` (a value, which overrides the config's `v`). The
 * runner cannot say it: an input set to '' under `with:` reaches the action
 * as no input at all, so the config or the default decides (SPEC.md,
 * "Inputs"). Readers below see it as '' where the empty string is a value
 * (string, optional, list) and as absent elsewhere.
 */
const EXPLICIT_EMPTY = '\u0000';
function envInputs(env = process.env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function mapInputs(values) {
    return (name) => (values[name] ?? '').trim();
}
/** Typed readers over an InputSource; each error names the input. */
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** The input's text; '' for an input given empty on purpose (EXPLICIT_EMPTY is read nowhere else). */
    text(name) {
        const v = this.source(name);
        return v === EXPLICIT_EMPTY ? '' : v;
    }
    string(name, fallback = '') {
        const v = this.source(name);
        if (v === EXPLICIT_EMPTY)
            return '';
        return v === '' ? fallback : v;
    }
    /** The input, undefined when not given; '' when given empty on purpose (the CLI's `--name ""`). */
    optional(name) {
        const v = this.source(name);
        if (v === EXPLICIT_EMPTY)
            return '';
        return v === '' ? undefined : v;
    }
    required(name) {
        const v = this.text(name);
        if (v === '')
            throw new errors/* UserError */.yo('is required', {
                input: name,
                hint: 'set it under with: in the workflow step',
                cliHint: 'pass it on the command line',
            });
        return v;
    }
    /** YAML 1.2 core booleans, as @actions/core getBooleanInput accepts them. */
    boolean(name, fallback) {
        const v = this.text(name);
        if (v === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(v))
            return true;
        if (['false', 'False', 'FALSE'].includes(v))
            return false;
        throw new errors/* UserError */.yo(`is '${v}', not a boolean`, { input: name, hint: 'use true or false' });
    }
    /** Like boolean, but undefined when the input is not given (so config may decide). */
    optionalBoolean(name) {
        return this.text(name) === '' ? undefined : this.boolean(name, false);
    }
    choice(name, choices, fallback) {
        const v = this.text(name);
        if (v === '')
            return fallback;
        if (choices.includes(v))
            return v;
        throw new errors/* UserError */.yo(`is '${v}'${(0,suggest/* didYouMean */.a)(v, choices)}`, { input: name, hint: `use one of ${choices.join(', ')}` });
    }
    optionalChoice(name, choices) {
        return this.text(name) === '' ? undefined : this.choice(name, choices, choices[0]);
    }
    /**
     * One item per line, or comma-separated (commas inside `{…}` stay: they
     * belong to globs like `charts/{api,worker}`). Blank lines and `#` comments are dropped.
     */
    list(name) {
        return (0,list/* splitList */.r)(this.text(name));
    }
    integer(name, fallback, min = 0, max = Number.MAX_SAFE_INTEGER) {
        const v = this.text(name);
        if (v === '')
            return fallback;
        if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
            throw new errors/* UserError */.yo(`is '${v}'`, { input: name, hint: `use a whole number from ${min} to ${max}` });
        return Number(v);
    }
}

// EXTERNAL MODULE: ./packages/core/src/text/markdown.ts
var markdown = __nccwpck_require__(9888);
;// CONCATENATED MODULE: ./packages/core/src/text/secrets.ts
// Light on purpose: the failure path of every action and the CLI's output load it, not the GitHub client.
/** Every encoding of `secret` that could leak through a message: raw, URL-encoded, base64 (also as Basic credentials). */
function secretForms(secret) {
    if (!secret)
        return [];
    const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
    const forms = [
        secret,
        encodeURIComponent(secret),
        b64(secret),
        Buffer.from(secret, 'utf8').toString('base64url'),
        b64(`x-access-token:${secret}`),
        b64(`:${secret}`),
    ];
    // Base64 of a longer text holding the secret shares no fixed substring, but
    // padding-stripped forms do appear inside other encodings.
    return [...new Set(forms.flatMap((f) => [f, f.replace(/=+$/, '')]).filter((f) => f.length >= 4))].sort((a, b) => b.length - a.length);
}
/** Replaces every known form of each secret in `text` with `***`. */
function redact(text, secrets) {
    let out = text;
    for (const s of [...secrets].flatMap(secretForms))
        out = out.split(s).join('***');
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/text/cap.ts
var cap = __nccwpck_require__(7841);
;// CONCATENATED MODULE: ./packages/core/src/text/stdio.ts

/** A writer for `fd`; `stream` is asked for only on the fallback, so the stream is never created on the normal path. */
function fdWriter(fd, stream) {
    let streamed = false;
    /** Writes `bytes` from `off` on; `copy`: the caller reuses them, so the stream is handed its own. */
    const send = (bytes, copy) => {
        let off = 0;
        try {
            while (off < bytes.length)
                off += (0,external_node_fs_.writeSync)(fd, bytes, off);
        }
        catch {
            streamed = true;
            stream().write(copy ? Buffer.from(bytes.subarray(off)) : bytes.subarray(off));
        }
    };
    return {
        write(text) {
            if (text === '')
                return;
            if (streamed)
                stream().write(text);
            else
                send(Buffer.from(text, 'utf8'), false);
        },
        writeBytes(bytes) {
            if (bytes.length === 0)
                return;
            if (streamed)
                stream().write(Buffer.from(bytes));
            else
                send(bytes, true);
        },
        viaStream() {
            streamed = true;
        },
        get streamed() {
            return streamed;
        },
    };
}
/** The process's standard output (every runner command and log line of the actions, the CLI's output). */
const stdout = fdWriter(1, () => process.stdout);
/** The process's standard error. */
const stderr = fdWriter(2, () => process.stderr);
/**
 * Whether `fd` is a terminal, without loading `tty` (and with it `net`) for
 * what cannot be one: a pipe, a socket or a file is answered by fstat; only a
 * character device (a terminal, or /dev/null) is asked of tty.isatty.
 */
function isTerminal(fd) {
    let chr;
    try {
        chr = fstatSync(fd).isCharacterDevice();
    }
    catch {
        return false;
    }
    return chr && process.getBuiltinModule('node:tty').isatty(fd);
}

;// CONCATENATED MODULE: ./packages/core/src/action/workflow-commands.ts




/**
 * How every lockstep action talks to the runner: outputs, annotations, the job
 * summary, masking, log groups. These write exactly what @actions/core writes
 * (same escaping, same GITHUB_OUTPUT heredoc form), so the runner cannot tell
 * the difference — but without loading @actions/core, whose HTTP client
 * (undici, for OIDC) costs 60–100 ms of every action's start-up, more than a
 * whole chart check takes. Inputs are read by contract/inputs.ts. Lines go to
 * standard output through text/stdio.ts (no process.stdout on the start-up path).
 */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Prints `::command k=v,…::message` with the runner's escaping. */
function issueCommand(command, props, message) {
    const list = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    stdout.write(`::${command}${list ? ` ${list}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** An error, warning or notice annotation at a file and line. */
function annotate(level, message, where = {}) {
    issueCommand(level, { title: where.title, file: where.file, line: where.line, col: where.col }, message);
}
/**
 * Sets a step output (GITHUB_OUTPUT when present, else the legacy command).
 * A value over GitHub's 1 MB output limit is cut at a line boundary with a
 * last line saying so (`where`: where the full text is), and a warning names
 * the output: the runner would otherwise drop or cut it silently.
 */
function setOutput(name, given, where) {
    // A value in parts is fitted as their concatenation; only what is written is joined.
    const fitted = (0,cap/* fitToBytes */.u8)(given, cap/* OUTPUT_CAP */.bs, (o) => `… ${(0,cap/* describeOmitted */.QQ)(o)} left out: GitHub limits a step output to 1 MB${where ? `; the full text is in ${where}` : ''}.`);
    if (fitted.omitted) {
        warning(`The output '${name}' was cut to fit GitHub's 1 MB limit: the last ${(0,cap/* describeOmitted */.QQ)(fitted.omitted)} were left out${where ? ` (the full text is in ${where})` : ''}.`);
    }
    const value = fitted.text;
    const file = process.env.GITHUB_OUTPUT;
    if (file) {
        // A delimiter the value does not contain (checked, so its randomness is not what keeps it safe;
        // node:crypto is not loaded for it).
        let delimiter;
        do
            delimiter = `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
        while (value.includes(delimiter) || name.includes(delimiter));
        (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    }
    else {
        issueCommand('set-output', { name }, value);
    }
}
/** Bytes of the summary file this process has seen (what was there at its first append, plus its writes). */
let summaryBytes;
/**
 * Appends Markdown to the job summary; prints it when the runner gives no
 * summary file. The file never grows past SUMMARY_CAP (GitHub drops a whole
 * summary over 1 MiB): what does not fit is cut at a line boundary, open code
 * fences and <details> closed, and a last line says what was left out and
 * where the full text is (`where`, e.g. "the release PR's CHANGELOG.md").
 * Markdown given in parts is appended as their concatenation (a long
 * release's notes are not copied into one string to keep their first MiB).
 */
function appendSummary(markdown, where) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        if (typeof markdown === 'string')
            stdout.write(`${markdown}${external_node_os_.EOL}`);
        else {
            for (const part of markdown)
                stdout.write(part);
            stdout.write(external_node_os_.EOL);
        }
        return;
    }
    if (summaryBytes?.file !== file)
        summaryBytes = { file, bytes: sizeOf(file) };
    const room = cap/* SUMMARY_CAP */.GY - summaryBytes.bytes - Buffer.byteLength(external_node_os_.EOL);
    const fitted = (0,cap/* fitToBytes */.u8)(markdown, room, (o) => `> **Note:** ${(0,cap/* describeOmitted */.QQ)(o)} of this summary were left out to stay under GitHub's 1 MiB job summary limit${where ? `; the full text is in ${where}` : ''}.`);
    if (fitted.text === '' && fitted.omitted)
        return;
    const text = `${fitted.text}${external_node_os_.EOL}`;
    (0,external_node_fs_.appendFileSync)(file, text, 'utf8');
    summaryBytes.bytes += Buffer.byteLength(text);
}
function sizeOf(file) {
    try {
        return (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return 0;
    }
}
/** A plain log line. */
function info(line) {
    stdout.write(`${line}${external_node_os_.EOL}`);
}
/** A debug line (shown when the workflow enables step debug logging). */
function debug(line) {
    issueCommand('debug', {}, line);
}
/** Starts a collapsible log group. */
function group(title) {
    issueCommand('group', {}, title);
}
/** Starts a collapsible log group (the @actions/core name). */
const startGroup = group;
/** A warning annotation, optionally at a file and line. */
function warning(message, where = {}) {
    annotate('warning', message, where);
}
const secrets = new Set();
/** Registers a secret: the runner masks it in every later log line, and the failure path redacts every form of it. */
function setSecret(secret) {
    if (secret === '')
        return;
    secrets.add(secret);
    issueCommand('add-mask', {}, secret);
    // The runner matches a mask against one log line at a time: each line of a multi-line secret (an SSH key) is one too.
    const lines = secret.split(/\r?\n/).map((l) => l.trim());
    if (lines.length > 1)
        for (const line of new Set(lines))
            if (line.length >= 8)
                setSecret(line);
}
/** The secrets registered so far (setSecret). */
function registeredSecrets() {
    return [...secrets];
}
/** Ends the current log group. */
function endGroup() {
    issueCommand('endgroup', {}, '');
}

;// CONCATENATED MODULE: ./packages/core/src/action/run.ts





/**
 * The one failure path of every action: runs `main`, and turns whatever it
 * throws (an Error, a string, anything) into a failed step. A UserError becomes
 * an annotation at its file and line plus a summary line, without a stack
 * trace; anything else fails the step and keeps its stack in the debug log.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (e) {
        reportFailure(e);
    }
}
/** Reports a thrown value as runAction does; exported for tests and the CLI. */
function reportFailure(e) {
    // Every form of every registered secret (the token, its base64 and URL encodings) is removed from what is printed:
    // the runner masks only the raw value, and a message may quote an answer that echoed the request's headers.
    const clean = (text) => redact(text, registeredSecrets());
    const userErrors = e instanceof errors/* UserErrors */.tQ ? e.errors : e instanceof errors/* UserError */.yo ? [e] : [];
    if (userErrors.length > 0) {
        for (const err of userErrors) {
            annotate('error', (0,log/* escapeForLog */.z)(clean(err.format())), { title: 'lockstep', file: err.file, line: err.line, col: err.col });
        }
        // An action whose summary already shows each problem (chart-bump-check's table) is not repeated here.
        if (!(e instanceof errors/* UserErrors */.tQ && e.summarized))
            appendSummary(['### lockstep: failed', '', ...userErrors.map((err) => `- ${(0,markdown/* escapeMarkdown */.FV)(clean(err.format()))}`), ''].join('\n'));
        process.exitCode = 1;
        return;
    }
    const message = clean(e instanceof Error ? e.message : typeof e === 'string' ? e : `unexpected failure: ${safeString(e)}`);
    if (e instanceof Error && e.stack)
        debug(clean(e.stack));
    // GitHub's failures (github/client.ts GitHubError) say what happened and what to do: an API error, not a bug.
    annotate('error', isApiError(e) ? (0,log/* escapeForLog */.z)(message) : `internal error: ${(0,log/* escapeForLog */.z)(message)}`);
    process.exitCode = 1;
}
/** A GitHubError, known by name: importing the class would load the GitHub client into every action. */
function isApiError(e) {
    return e instanceof Error && e.name === 'GitHubError';
}
function safeString(v) {
    try {
        return JSON.stringify(v) ?? String(v);
    }
    catch {
        return String(v);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/contract/world.ts

/**
 * The day an operation stamps (changelog headings), from SOURCE_DATE_EPOCH
 * (seconds) when it is a number, for reproducible runs, else `now`. Both faces
 * read the variable and pass the result in; operations never read the environment.
 */
function sourceDate(epoch, now = new Date()) {
    const d = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
    return d.toISOString().slice(0, 10);
}
/**
 * Core names files relative to the working directory; users (annotations,
 * terminals) need them relative to the workspace. Returns the same kind of
 * error with each location moved by `show`.
 */
function relocateErrors(e, show) {
    const move = (u) => (u.file ? u.at({ file: show(u.file), line: u.line, col: u.col }) : u);
    if (e instanceof UserErrors)
        return new UserErrors(e.errors.map(move), { summarized: e.summarized });
    if (e instanceof UserError)
        return move(e);
    return e;
}

// EXTERNAL MODULE: ./packages/core/src/registry/retry.ts
var retry = __nccwpck_require__(6371);
;// CONCATENATED MODULE: ./packages/core/src/action/event.ts

/** Events whose payload names a pull request's (or merge group's) base. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/**
 * Reads GITHUB_EVENT_PATH once. A run of another event without a payload is
 * simply no pull request; a pull request event whose payload is missing or
 * unreadable is reported as such, so a caller can say so instead of treating
 * it as "not a pull request".
 */
function readEventFile(name, path) {
    const fail = (what) => ({
        event: {},
        problem: name !== undefined && PULL_REQUEST_EVENTS.has(name) ? what : undefined,
    });
    if (!path)
        return fail('is missing (GITHUB_EVENT_PATH is not set)');
    if (!(0,external_node_fs_.existsSync)(path))
        return fail(`is missing (GITHUB_EVENT_PATH names ${path}, which does not exist)`);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        return fail(`${path} cannot be read (${e.code ?? 'error'})`);
    }
    try {
        const event = JSON.parse(text);
        return event !== null && typeof event === 'object' && !Array.isArray(event)
            ? { event: event }
            : fail(`${path} does not hold a JSON object`);
    }
    catch {
        return fail(`${path} is not valid JSON`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/action/world.ts





/**
 * The runner's World: the workspace (GITHUB_WORKSPACE, else the current
 * folder), the event file read on first use, the real clock and services,
 * progress to the runner's log (every line escaped: a file's text can never
 * be a workflow command), secrets masked with add-mask, warnings as annotations.
 */
function actionWorld(env = process.env) {
    let event;
    let date;
    return {
        ...(env.GITHUB_SHA ? { runCommit: env.GITHUB_SHA } : {}),
        localRepository: false,
        foldsLines: true,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        env,
        event: () => {
            if (event === undefined) {
                const read = readEventFile(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
                event = { name: env.GITHUB_EVENT_NAME, payload: read.event, problem: read.problem };
            }
            return event;
        },
        clock: retry/* systemClock */.ml,
        // On first use: a refused input never dates anything, and the first Date costs 0.3–0.4 ms of start-up (measured).
        get date() {
            return (date ??= sourceDate(env.SOURCE_DATE_EPOCH));
        },
        reporter: {
            info: (l) => info((0,log/* escapeForLog */.z)(l)),
            debug: (l) => debug((0,log/* escapeForLog */.z)(l)),
            group: startGroup,
            endGroup: endGroup,
        },
        secret: (v) => setSecret(v),
        warning: (l) => warning((0,log/* escapeForLog */.z)(l)),
        services: {},
    };
}

;// CONCATENATED MODULE: ./packages/core/src/action/present.ts





/**
 * The runner's one entry for every action: the inputs (secrets masked
 * first) → the operation's request; only once that was accepted is the run
 * loaded (the one lazy-load point, so a refused input costs no more than
 * starting Node); the result → its runner view, presented; any failure
 * through runAction's one failure path.
 */
async function runOperation(op, world = actionWorld(process.env)) {
    await runAction(async () => {
        const inputs = new Inputs(envInputs(world.env));
        for (const name of op.secrets ?? []) {
            const value = inputs.optional(name);
            if (value)
                world.secret(value);
        }
        if (op.secrets?.includes('github-token'))
            world.token = inputs.optional('github-token');
        const request = await op.request(inputs, world);
        const run = await op.run();
        const result = await run(request, world);
        present((await op.view()).runner(result));
    });
}
/**
 * Tells the runner a view: each step in order (log lines escaped unless the
 * view made them safe, annotations always escaped), then throws its failure
 * for the failure path, after the outputs and summary are written.
 */
function present(view) {
    for (const step of view.steps) {
        if ('info' in step)
            info(step.raw ? step.info : (0,log/* escapeForLog */.z)(step.info));
        else if ('group' in step)
            startGroup(step.group);
        else if ('endGroup' in step)
            endGroup();
        else if ('annotate' in step)
            annotate(step.annotate, (0,log/* escapeForLog */.z)(step.message), { file: step.file, line: step.line, title: step.title });
        else if ('output' in step)
            setOutput(step.output, step.value, step.where);
        else
            appendSummary(step.summary, step.where);
    }
    if (view.failure)
        throw view.failure;
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ named),
/* harmony export */   Kx: () => (/* binding */ throwAll),
/* harmony export */   aL: () => (/* binding */ words),
/* harmony export */   tQ: () => (/* binding */ UserErrors),
/* harmony export */   y8: () => (/* binding */ theInput),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports setting, unset, RUNNER, say, isUserError */
/** The input itself: `to` / `--to`; with a value `push: pr` / `--push pr`. */
const named = (input, value) => ({ input, value, form: 'name' });
/** Giving the input a value: `set allow-skip: true` / `pass --allow-skip`. */
const setting = (input, value) => ({ input, value, form: 'set' });
/** Leaving the input out: `leave version empty` / `leave out --version`. */
const unset = (input) => ({ input, form: 'unset' });
/** The input spoken of: `the registry input` / `--registry`. */
const theInput = (input) => ({ input, form: 'the' });
/** UserError's `input`, heading its message. */
const subject = (input) => ({ input, form: 'subject' });
/** A text naming inputs, face-neutral: words`promote through them, or ${setting('allow-skip', 'true')}`. */
function words(strings, ...values) {
    const out = [];
    strings.forEach((s, i) => {
        out.push(s);
        const v = i < values.length ? values[i] : [];
        if (Array.isArray(v))
            out.push(...v);
        else
            out.push(typeof v === 'object' ? v : String(v));
    });
    return out;
}
/** The runner: inputs are the `with:` keys of the workflow step. */
const RUNNER = {
    terminal: false,
    word: ({ input, value, form }) => form === 'the'
        ? `the ${input} input`
        : form === 'subject'
            ? `input '${input}'`
            : form === 'unset'
                ? `leave ${input} empty`
                : form === 'set' && value === undefined
                    ? `pass ${input}`
                    : `${form === 'set' ? 'set ' : ''}${input}${value === undefined ? '' : `: ${value}`}`,
};
/** The text of `w` as `face` words it. */
function say(w, face) {
    return typeof w === 'string' ? w : w.map((p) => (typeof p === 'string' ? p : face.word(p))).join('');
}
/**
 * A mistake the user can fix: bad input, a malformed file, a rule broken.
 * It is reported as one line `file:line: message — hint` plus an annotation,
 * never with a stack trace.
 */
class UserError extends Error {
    file;
    line;
    col;
    /** How to fix it, as the runner says it (see hintWords for each face's). */
    hint;
    hintWords;
    /**
     * The hint as a terminal user acts on it where it differs by more than the
     * inputs' names (git commands instead of workflow steps); a terminal shows
     * it instead of the hint.
     */
    cliHint;
    /** The input the error is about (`version`): each face words it at the message's head. */
    input;
    /** What is wrong, without the input's name (the text after it; `: …` when it follows the name at once), as the runner says it. */
    detail;
    detailWords;
    constructor(message, where = {}) {
        const detail = say(message, RUNNER);
        super(where.input === undefined ? detail : `${RUNNER.word(subject(where.input))}${joined(detail)}`);
        this.name = 'UserError';
        this.detail = detail;
        this.detailWords = message;
        this.file = where.file;
        this.line = where.line;
        this.col = where.col;
        this.hint = where.hint === undefined ? undefined : say(where.hint, RUNNER);
        this.hintWords = where.hint;
        this.cliHint = where.cliHint;
        this.input = where.input;
    }
    /**
     * The one-line form: `path:line: what is wrong — how to fix it`, with the
     * inputs named as `face` names them: the runner's `with:` keys (the default),
     * a terminal's flags (text/terminal-face.ts).
     */
    format(f = RUNNER) {
        const at = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
        const hint = f.terminal && this.cliHint !== undefined ? this.cliHint : this.hintWords && say(this.hintWords, f);
        const detail = say(this.detailWords, f);
        const what = this.input === undefined ? detail : `${f.word(subject(this.input))}${joined(detail)}`;
        return `${at}${what}${hint ? ` — ${hint}` : ''}`;
    }
    /** The same error at another place (a working-directory path made workspace-relative); every other field kept. */
    at(where) {
        return new UserError(this.detailWords, {
            file: where.file,
            line: where.line,
            col: where.col,
            hint: this.hintWords,
            cliHint: this.cliHint,
            input: this.input,
        });
    }
}
/** The detail after the input's name: `: what` right after it, any other text after a space. */
function joined(detail) {
    return detail.startsWith(':') ? detail : ` ${detail}`;
}
/** Several user errors found in one pass; each becomes its own annotation. */
class UserErrors extends Error {
    errors;
    /** True when the action's job summary already shows every error (in its own table), so the failure path does not list them again. */
    summarized;
    constructor(errors, opts = {}) {
        super(errors.map((e) => e.format()).join('\n'));
        this.name = 'UserErrors';
        this.errors = errors;
        this.summarized = opts.summarized ?? false;
    }
}
/** Throws the one error, or all of them together as UserErrors; nothing when there is none. */
function throwAll(errors) {
    if (errors.length === 1)
        throw errors[0];
    if (errors.length > 1)
        throw new UserErrors([...errors]);
}
function isUserError(e) {
    return e instanceof UserError;
}


/***/ }),

/***/ 8103:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ check)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/settings/read.ts + 1 modules
var settings_read = __nccwpck_require__(1547);
// EXTERNAL MODULE: ./packages/core/src/settings/table-check.ts
var table_check = __nccwpck_require__(8302);
;// CONCATENATED MODULE: ./packages/core/src/git/queue-branch.ts
// GitHub's merge queue tests each entry on a branch of its own, `gh-readonly-queue/<base>/pr-<n>-<sha>`: <base>
// the branch the queue merges into, <n> the queued pull request, <sha> the commit the entry is built on (the base
// branch's tip, or the entry ahead). The branch lives while the pull request is queued and is deleted when the
// group lands or the entry leaves the queue. A name is untrusted text: it is matched whole or not at all.
/** The folder every merge queue branch lives under. */
const QUEUE_BRANCH_ROOT = 'gh-readonly-queue';
/**
 * The queue entry a ref or branch name names, as GitHub writes a merge queue's branches:
 * `gh-readonly-queue/<branch>/pr-<n>-<sha>`, alone or as `refs/heads/…`, `refs/remotes/<remote>/…` or
 * `<remote>/…`. Anything else (another shape, a branch name git would refuse, a line break) names none.
 */
function queueBranchOf(ref) {
    const m = /^(?:refs\/heads\/|refs\/remotes\/[\w.-]+\/|[\w.-]+\/)?gh-readonly-queue\/([\w./-]+)\/pr-(\d{1,9})-([0-9a-f]{40}|[0-9a-f]{64})$/.exec(ref);
    if (!m)
        return undefined;
    const branch = m[1];
    if (branch.startsWith('-') ||
        branch.includes('..') ||
        branch.split('/').some((p) => p === '' || p.startsWith('.') || p.endsWith('.lock')))
        return undefined;
    return { baseBranch: branch, pull: Number(m[2]), entryBase: m[3] };
}
/**
 * The prefix every queue branch of pull request `pull` into `base` starts with, as GitHub's matching-refs route
 * takes it (`heads/gh-readonly-queue/main/pr-12-`): the trailing dash keeps #12 from matching #120.
 */
function queueRefPrefix(base, pull) {
    return `heads/${QUEUE_BRANCH_ROOT}/${base}/pr-${pull}-`;
}

;// CONCATENATED MODULE: ./packages/core/src/operations/check/request.ts




/**
 * Reads and checks the inputs; base and head default to the pull request's
 * (or merge group's) from the world's event. A terminal has no event: its
 * base and head are always given.
 */
function checkRequest(inputs, world) {
    const event = world.event();
    const pr = pullRequestOf(event.payload);
    const { base: baseInput, head, protectedValues, ...read } = (0,settings_read/* readSettings */.sb)(table_check/* CHECK */.f, inputs);
    const base = baseInput ?? pr?.base?.sha;
    if (!base && event.problem)
        throw new errors/* UserError */.yo(`the ${event.name} event file ${event.problem}`, {
            hint: (0,errors/* words */.aL) `run this step in a GitHub Actions job, or set ${(0,errors/* named */.KT)('base')} (and ${(0,errors/* named */.KT)('head')}) to the refs to compare`,
        });
    if (!base)
        throw new errors/* UserError */.yo('is not set and the event is not a pull request', {
            input: 'base',
            hint: (0,errors/* words */.aL) `set ${(0,errors/* named */.KT)('base')} to the branch, tag or commit to compare with (e.g. ${(0,errors/* named */.KT)('base', 'main')})`,
        });
    // The queue entry: the merge group's event, else a head that names a queue branch.
    const group = !baseInput && !event.payload.pull_request ? event.payload.merge_group : undefined;
    const branch = group || head === undefined ? undefined : queueBranchOf(head);
    const queue = group ? queueEntryOf(group) : branch ? { pull: branch.pull, entryBase: branch.entryBase } : undefined;
    return {
        ...read,
        base,
        head: head ?? pr?.head?.sha ?? 'HEAD',
        baseBranch: baseInput ? undefined : pr?.base?.ref,
        protectedGlobs: protectedValues,
        ...(queue ? { queue } : {}),
    };
}
const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d{1,9})-([0-9a-f]{40}|[0-9a-f]{64})$/;
/** The entry's pull request and the commit it was built on, read from the merge group's head ref (untrusted text: matched whole or not at all). */
function queueEntryOf(group) {
    const m = typeof group.head_ref === 'string' ? QUEUE_REF.exec(group.head_ref) : null;
    return m ? { pull: Number(m[1]), entryBase: m[2] } : {};
}
/** The pull request's base and head, or a merge group's in the same shape (its base branch without refs/heads/). */
function pullRequestOf(payload) {
    const queue = payload.merge_group;
    return (payload.pull_request ??
        (queue
            ? { base: { sha: queue.base_sha, ref: queue.base_ref?.replace(/^refs\/heads\//, '') }, head: { sha: queue.head_sha } }
            : undefined));
}

;// CONCATENATED MODULE: ./packages/core/src/operations/check/index.ts

/**
 * The chart-bump-check action and `lockstep check`: did every changed chart
 * move its version enough? The request reads the inputs and the pull request
 * event; the run (git first, then the YAML, SemVer and glob libraries) and
 * the views load only once the request was accepted.
 */
const check = {
    action: 'chart-bump-check',
    request: checkRequest,
    // One chunk for the run and the views (the chunk name): every check needs both, and a second
    // chunk cost about 3 ms of CPU per run on the runner.
    run: async () => (await Promise.all(/* import() | check */[__nccwpck_require__.e(174), __nccwpck_require__.e(741)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4261))).run,
    view: async () => (await Promise.all(/* import() | check */[__nccwpck_require__.e(174), __nccwpck_require__.e(741)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5077))).view,
};


/***/ }),

/***/ 6371:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60000 };
/**
 * Parses a `Retry-After` value, delay-seconds or an HTTP-date, into
 * milliseconds from `now`. Undefined when absent or unreadable; a date in the
 * past is 0.
 */
function parseRetryAfter(value, now) {
    const v = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!v)
        return undefined;
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    if (!/[a-z]/i.test(v))
        return undefined;
    const at = Date.parse(v);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/**
 * Backoff before attempt `n + 1` (n ≥ 1): exponential with "equal jitter",
 * so waits grow but clients that failed together do not retry in step.
 */
function backoffDelay(n, policy, random) {
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
    return Math.round(exp / 2 + (exp / 2) * random);
}
/** True for the statuses worth another try: 429 and 5xx other than 501/505. */
function isRetryableStatus(status) {
    return status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}


/***/ }),

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sb: () => (/* binding */ readSettings),
  P1: () => (/* binding */ scoped),
  zc: () => (/* binding */ settingsFor)
});

// UNUSED EXPORTS: defaultsOf, settingsForEach, unresolved

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text/camel.ts
var text_camel = __nccwpck_require__(1703);
// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var duration = __nccwpck_require__(8473);
// EXTERNAL MODULE: ./packages/core/src/text/list.ts
var list = __nccwpck_require__(385);
;// CONCATENATED MODULE: ./packages/core/src/settings/resolve.ts

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
    const key = (0,text_camel/* camel */.n)(s.config.key);
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
        const other = (s.config.where === 'environment' ? env?.[(0,text_camel/* camel */.n)(when.key)] : undefined) ?? top?.[(0,text_camel/* camel */.n)(when.key)];
        return { value: other === when.is ? when.then : when.otherwise, from: 'default' };
    }
    return { value: s.config.default, from: 'default' };
}

;// CONCATENATED MODULE: ./packages/core/src/settings/read.ts
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
            out[(0,text_camel/* camel */.n)(s.input)] = value;
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
            return fallback !== undefined && inputs.source(name) === '' ? (0,list/* splitList */.r)(fallback) : inputs.list(name);
        case 'duration': {
            const text = inputs.optional(name);
            if (text === undefined)
                return undefined;
            const ms = (0,duration/* parseDuration */.E9)(text);
            if (ms === undefined)
                throw new errors/* UserError */.yo(`is '${text}', not a duration`, { input: name, hint: duration/* DURATION_HINT */.Fp });
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
        const v = read[(0,text_camel/* camel */.n)(s.input)];
        byInput[s.input] = Array.isArray(v) && v.length === 0 ? undefined : v;
    }
    const out = {};
    for (const [input, r] of Object.entries(resolveSettings(table, byInput, config, scope)))
        if (r.value !== undefined)
            out[(0,text_camel/* camel */.n)(input)] = r.value;
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
    const backed = table.settings.filter((s) => s.config !== undefined).map((s) => camel(s.input));
    const out = new Set([...backed, ...also.map(String)]);
    return Object.fromEntries(Object.entries(given).filter(([field]) => !out.has(field)));
}


/***/ }),

/***/ 8302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ CHECK)
/* harmony export */ });
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6355);
// check's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.

/** chart-bump-check / lockstep check. */
const CHECK = {
    operation: 'check',
    action: 'chart-bump-check',
    settings: [
        {
            input: 'charts',
            kind: 'path-list',
            config: { key: 'charts', where: 'top' },
            docs: 'Chart folders or globs to check, one per line or comma-separated (default config charts, else every chart).',
        },
        { input: 'base', kind: 'ref', docs: "Ref or commit to compare with (default the pull request's base sha)." },
        { input: 'head', kind: 'ref', docs: "Ref or commit to check (default the pull request's head sha, else HEAD)." },
        {
            input: 'protected-values',
            kind: 'path-list',
            docs: 'Globs of values files that must pin every image by digest (added to config protected environments).',
        },
        {
            input: 'protected-applications',
            kind: 'glob-list',
            docs: "Globs of ArgoCD Application files whose chart sources must pin one exact chart version, not *, a range, a branch or HEAD (added to config protected environments' application files).",
        },
        {
            input: 'ignore',
            kind: 'glob-list',
            config: {
                key: 'ignore',
                where: 'top',
                default: [],
                docs: 'chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).',
            },
            docs: 'Globs relative to each chart of packaged files whose changes need no version bump, e.g. README.md, one per line or comma-separated (default config ignore).',
        },
        {
            input: 'breaking',
            kind: 'choice',
            choices: ['error', 'warn', 'off'],
            default: 'error',
            docs: 'What a breaking values change without a major bump does, error, warn or off.',
        },
        {
            input: 'changelog',
            kind: 'choice',
            choices: ['auto', 'required', 'off'],
            config: { key: 'changelog', where: 'top', default: 'auto' },
            docs: 'Changelog rule, auto (where a chart has CHANGELOG.md), required or off (default config, else auto).',
        },
        {
            input: 'render',
            kind: 'choice',
            choices: ['auto', 'on', 'off'],
            config: _table_js__WEBPACK_IMPORTED_MODULE_0__/* .RENDER_KEY */ .hG,
            docs: "Rendered manifest diffs in the job summary, per environment whose render inputs changed: a chart it deploys, its values files, its Application or overlay, its Flux resources (base vs head); auto (render when Helm 3.8 or later is on PATH), on (Helm required) or off (default the config's render, else auto). The pull request's templates run bounded (time limit, output cap, no network); a protected environment's render decides too (it must render, every image pinned by digest).",
        },
        {
            input: 'validate',
            kind: 'choice',
            choices: ['error', 'warn', 'off'],
            config: _table_js__WEBPACK_IMPORTED_MODULE_0__/* .VALIDATE_KEY */ .FZ,
            docs: "What a rendered object that fails schema validation does: each environment's after side is validated offline against the Kubernetes schemas of its kube-version, the CRDs of the chart, the render and config crds:, and the APIs that version no longer serves; error (fail the check), warn (annotate) or off (default the environment's config validate, else error for protected environments, warn otherwise).",
        },
        {
            input: 'values-contract',
            kind: 'choice',
            choices: ['error', 'warn', 'off'],
            config: _table_js__WEBPACK_IMPORTED_MODULE_0__/* .VALUES_CONTRACT_KEY */ .uN,
            docs: "What the values contract does for each environment the check renders, and without a render each one whose values the pull request touches: a key its values (files, an Application's inline values, a HelmRelease's spec.values and valuesFrom) set that no template of its chart (its subcharts, global) reads, named at its line with the nearest key the chart reads, and what the chart's values.schema.json refuses in the merged values, at the line that wrote the key; error (fail the check, and an environment that cannot be judged fails it), warn (annotate) or off (default the environment's config values-contract, else the top's, else error for protected environments, warn otherwise).",
        },
        { input: 'config', kind: 'path', default: '.github/lockstep.yml', docs: 'Path of the lockstep configuration file.' },
        { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Repository folder to check (default the workspace).' },
    ],
};


/***/ }),

/***/ 6355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ VALIDATE_KEY),
/* harmony export */   hG: () => (/* binding */ RENDER_KEY),
/* harmony export */   uN: () => (/* binding */ VALUES_CONTRACT_KEY)
/* harmony export */ });
/* unused harmony exports pick, secretInputs, settingOf */
// One declaration per setting (issue 37): each operation's inputs are one table of these
// entries, and everything that spells a setting is made from it — each action.yml's
// `inputs:` block and its README table (scripts/write-settings.ts), the CLI's flags
// (packages/cli/src/flags.ts), which inputs are masked as secrets, and the config keys an
// input overrides (resolveSettings). This floor sits below operations/ and above config/:
// it imports no operation, action or report module.
/** The entries of `table` named in `inputs`, in the table's order: a command that takes part of an action's inputs. */
function pick(table, operation, inputs) {
    const all = table.settings;
    const missing = inputs.filter((i) => !all.some((s) => s.input === i));
    if (missing.length > 0)
        throw new Error(`${table.action} has no input ${missing.join(', ')}`);
    const settings = all.filter((s) => inputs.includes(s.input));
    return { operation, action: table.action, settings: settings };
}
/** The inputs of `table` that hold secrets: masked before anything else reads them, and never flags. */
function secretInputs(table) {
    return table.settings.filter((s) => s.kind === 'secret').map((s) => s.input);
}
/** The setting of `input` in `table` (a programming error when there is none). */
function settingOf(table, input) {
    const s = table.settings.find((x) => x.input === input);
    if (!s)
        throw new Error(`${table.action} has no input ${input}`);
    return s;
}
/**
 * `validate`, the config key both chart-bump-check's and promote-env's `validate` inputs override: one
 * declaration, so the two entries cannot drift apart in place, default or docs.
 */
const VALIDATE_KEY = {
    key: 'validate',
    where: 'environment',
    defaultWhen: { key: 'protected', is: true, then: 'error', otherwise: 'warn' },
    docs: "Schema validation of the environment's rendered objects (Kubernetes' schemas for its kube-version, its CRDs, the APIs that version removed): error refuses, warn annotates, off skips (default error when protected, else warn).",
};
/**
 * `values-contract`, an environment's mode for keys its values set that no template of its chart reads (the top
 * of the file's `values-contract:` for every environment that sets none; settings/config-keys.ts declares it there).
 */
const VALUES_CONTRACT_KEY = {
    key: 'values-contract',
    where: 'environment',
    defaultWhen: { key: 'protected', is: true, then: 'error', otherwise: 'warn' },
    docs: "Keys the environment's values set that no template of its chart, its subcharts or global reads, each named at its line with the nearest key the chart reads: error fails the check, warn annotates, off skips (default the top's values-contract, else error when protected, else warn).",
};
/**
 * `render`, the config key both chart-bump-check's and promote-env's `render` inputs override: an environment's
 * mode, else the top-level `render:`'s (a mode, or a mapping whose `mode` it is), else auto.
 */
const RENDER_KEY = {
    key: 'render',
    where: 'environment',
    default: 'auto',
    topField: ['render', 'mode'],
    docs: "Rendered manifest diffs for this environment (default: the top level's render mode).",
};


/***/ }),

/***/ 1703:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ camel)
/* harmony export */ });
/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
function camel(key) {
    return key.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
}


/***/ }),

/***/ 7841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ SUMMARY_CAP),
/* harmony export */   QQ: () => (/* binding */ describeOmitted),
/* harmony export */   bs: () => (/* binding */ OUTPUT_CAP),
/* harmony export */   u8: () => (/* binding */ fitToBytes)
/* harmony export */ });
/* unused harmony exports BODY_CAP, LOG_LINES_CAP, headLines */
/* harmony import */ var _parts_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3491);

/**
 * Size limits the runner enforces, and the cuts that keep lockstep under them.
 * GitHub drops a step's whole job summary over 1 MiB ("upload aborted") and
 * drops or cuts a step output over 1 MB, so a huge release must be shortened
 * here, at a line boundary and with a note saying what was left out, rather
 * than lost there. Sizes are UTF-8 bytes: that is what the runner counts.
 */
/** Characters GitHub takes in a pull request, issue or comment body: it refuses longer ones (422 "body is too long"). */
const BODY_CAP = 65_536;
/** Bytes of job summary one step may write: under GitHub's 1 MiB, with room for what the runner adds. */
const SUMMARY_CAP = 1_000_000;
/** Bytes one step output may hold: GitHub's limit is "1 MB", read as the smaller 10^6, minus headroom. */
const OUTPUT_CAP = 1_000_000;
/** Lines of a diff or of release notes printed to the log before the rest is summarised in one line. */
const LOG_LINES_CAP = 1_000;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/gm;
const DETAILS_OPEN = /<details\b/gi;
const DETAILS_CLOSE = /<\/details>/gi;
/** What is left open at the end of `text`: the code fence (its marker) and how many <details> blocks. */
function openBlocks(text) {
    let fence;
    let details = 0;
    let from = 0;
    const count = (end) => {
        const seg = text.slice(from, end);
        details = Math.max(0, details + (seg.match(DETAILS_OPEN)?.length ?? 0) - (seg.match(DETAILS_CLOSE)?.length ?? 0));
    };
    for (const m of text.matchAll(FENCE)) {
        const marker = m[1];
        if (fence === undefined) {
            count(m.index);
            fence = marker;
        }
        else if (marker[0] === fence[0] && marker.length >= fence.length && m[2].trim() === '') {
            fence = undefined;
            from = m.index + m[0].length;
        }
    }
    if (fence === undefined)
        count(text.length);
    return { fence, details };
}
/**
 * Fits `text` into `maxBytes` UTF-8 bytes: unchanged when it fits, else cut
 * at a line boundary (so no table row is split), any open code fence and
 * `<details>` block closed, and `note(omitted)` added as the last line. When
 * not even the note fits, the result is empty. Text given in parts is fitted
 * as their concatenation, without making it: a long release's summary is its
 * notes with a few lines around them, and joining them would copy the notes
 * only to keep their first megabyte.
 */
function fitToBytes(text, maxBytes, note) {
    const parts = typeof text === 'string' ? [text] : text;
    let total = 0;
    for (const p of parts)
        total += Buffer.byteLength(p, 'utf8');
    if (total <= maxBytes)
        return { text: typeof text === 'string' ? text : text.join('') };
    // maxBytes UTF-16 units give at least maxBytes bytes: the cut is in this head, and encoding it into fewer bytes
    // stops before its end (where a surrogate pair may be cut in two).
    const whole = (0,_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .textHead */ .Up)(parts, maxBytes);
    // A newline byte is a newline character and nothing else in UTF-8, so lines are counted in the string.
    let lines = 1;
    for (const p of parts)
        lines += newlines(p);
    // The note's length depends on the counts; the largest counts bound it.
    const noteBound = Buffer.byteLength(note({ lines, bytes: total }), 'utf8') + 1;
    const room = maxBytes - noteBound;
    // Bytes, not UTF-16 units, decide the cut: the head is encoded once to learn how much of it fits in `room` bytes
    // (a character is never split), and never decoded back — the text kept is a slice of the head. The cut is the
    // last newline that fits: the lines ending before it are kept, bytes [0, cutBytes) plus the newline.
    const fits = room > 0 ? new TextEncoder().encodeInto(whole, new Uint8Array(room)) : { read: 0, written: 0 };
    let cut = fits.read > 0 ? whole.lastIndexOf('\n', fits.read - 1) : -1;
    let cutBytes = cut < 0 ? -1 : fits.written - Buffer.byteLength(whole.slice(cut, fits.read), 'utf8');
    for (;;) {
        if (cut < 0)
            return { text: '', omitted: { lines, bytes: total } };
        const kept = whole.slice(0, cut);
        const open = openBlocks(kept);
        const tail = [];
        if (open.fence)
            tail.push(open.fence);
        // A blank line first: GitHub renders Markdown after an HTML block only when a blank line ends it.
        if (open.details)
            tail.push('', ...Array.from({ length: open.details }, () => '</details>'));
        const closing = tail.reduce((n, l) => n + l.length + 1, 0);
        if (cutBytes + 1 + closing + noteBound <= maxBytes) {
            // The lines after the newline at `cut`: all of them but the kept ones and that newline's.
            const omitted = { lines: lines - newlines(kept) - 1, bytes: total - cutBytes - 1 };
            return { text: [kept, ...tail, note(omitted)].join('\n'), omitted };
        }
        // The closing lines do not fit after these: one line fewer.
        const before = cut > 0 ? whole.lastIndexOf('\n', cut - 1) : -1;
        cutBytes = before < 0 ? -1 : cutBytes - Buffer.byteLength(whole.slice(before, cut), 'utf8');
        cut = before;
    }
}
/** How many `\n` a text holds. */
function newlines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/**
 * The first `max` lines of `text`, and how many lines were left out. A text
 * in parts is read in place: only the lines kept are joined.
 */
function headLines(text, max) {
    const t = viewText(text);
    let at = -1;
    for (let i = 0; i < max; i++) {
        at = t.indexOf('\n', at + 1);
        if (at === -1)
            return { text: joinText(text), more: 0 };
    }
    if (at + 1 === t.length)
        return { text: joinText(text), more: 0 };
    let more = t.endsWith('\n') ? 0 : 1;
    for (let i = t.indexOf('\n', at + 1); i !== -1; i = t.indexOf('\n', i + 1))
        more++;
    return { text: t.slice(0, at), more };
}
/** "1 line" / "2 lines", "980 KiB": the counts of a note. */
function describeOmitted(o) {
    const size = o.bytes >= 1024 * 1024 ? `${(o.bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(o.bytes / 1024))} KiB`;
    return `${o.lines} ${o.lines === 1 ? 'line' : 'lines'} (${size})`;
}


/***/ }),

/***/ 8473:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 385:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export splitListLines */
/**
 * Splits a multi-line or comma-separated input into trimmed items: the one
 * list language of every action. A comma inside braces is part of a glob
 * (`charts/{api,worker}`), not a separator.
 */
function splitList(raw) {
    return splitListLines(raw).map((i) => i.item);
}
/** splitList, with the 1-based line each item came from (for messages like "images line 3"). */
function splitListLines(raw) {
    return raw.split(/\r?\n/).flatMap((l, i) => splitOutsideBraces(l.replace(/(^|\s)#.*$/, ''))
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((item) => ({ item, line: i + 1 })));
}
function splitOutsideBraces(line) {
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\')
            i++; // an escaped character is never structure
        else if (c === '{')
            depth++;
        else if (c === '}' && depth > 0)
            depth--;
        else if (c === ',' && depth === 0) {
            out.push(line.slice(start, i));
            start = i + 1;
        }
    }
    out.push(line.slice(start));
    return out;
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ escapeForLog)
/* harmony export */ });
/* unused harmony export escapeLinesForLog */
/**
 * Every character the runner's TrimStart removes before it looks for `::`:
 * .NET's Char.IsWhiteSpace set. JavaScript's `\s` misses U+0085 (NEL), so it
 * is spelled out (`\s` also holds U+FEFF, which .NET keeps: escaping one more
 * does no harm).
 */
const RUNNER_SPACE = '\\s\\u0085';
const LEADING_COMMAND = new RegExp(`^([${RUNNER_SPACE}]*)::`);
/**
 * Makes untrusted text (file contents, PR titles, branch names) safe to print:
 * a line that starts (after white space, as the runner's .NET TrimStart sees
 * it) with `::`, or holds the legacy `##[command]` form anywhere, would be
 * read by the runner as a workflow command, so line breaks are folded (making
 * the start of the text the only line start) and both forms broken up.
 */
function escapeForLog(s) {
    return s
        .replace(/\r\n|\r|\n/g, ' ⏎ ')
        .replace(LEADING_COMMAND, '$1: :')
        .replace(/##\[/g, '# #[');
}
/**
 * escapeForLog for text of many lines (a subprocess's output): each line is
 * escaped on its own, so the text keeps its lines and none of them can be a
 * workflow command.
 */
function escapeLinesForLog(s) {
    return s
        .split(/\r\n|\r|\n/)
        .map(escapeForLog)
        .join('\n');
}


/***/ }),

/***/ 9888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
/* harmony export */ });
/* unused harmony exports escapeTableCell, inertNotes, inertNotesText */
/* harmony import */ var _mentions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8274);

// Untrusted text in Markdown (job summaries, PR bodies, PR comments): chart names, versions, paths, values
// keys, changelog text, API replies, commit messages, tool output. Each function below makes such text read
// as what it says wherever it lands: no heading, list, link, image, emphasis, code span, table column or
// HTML can come out of it, and no mention or closing keyword aimed at another repository acts (mentions.ts).
// lockstep's own markup is written around the escaped text, never through it.
const BREAK = /\r\n|\r|\n/g;
/** `&`, `<` and `>` as entities: no raw HTML (an <img>, a closing </details>) and no <autolink>. */
function escapeHtmlChars(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Backslash before every character that could open inline markup: `\`
 * itself, code spans, `*` emphasis, `[` `]` (so no link or image can open:
 * `!` and `(` `)` are plain text once they cannot, and stay unescaped so
 * "file(s)" reads the same in the Markdown source) and `|` (a table column).
 * `_` is escaped where it could open or close emphasis: not inside a word
 * (`values_prod`), where CommonMark never reads it as markup, so a URL with
 * an underscore stays one link.
 */
function escapeInline(s) {
    // Text without `_` skips the Unicode-aware pattern, which V8 builds its letter and digit tables for
    // where the literal is evaluated (0.4–0.6 ms of a refusal's start-up, measured; so not at module level);
    // for such text both patterns match the same characters.
    const markup = s.includes('_') ? /[\\`*[\]|]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu : /[\\`*[\]|]/g;
    return s.replace(markup, (c) => `\\${c}`);
}
/**
 * Inline Markdown text: untrusted text shown literally inside a sentence,
 * a list item or a heading. HTML characters become entities, inline markup
 * is backslash-escaped, and line breaks are folded to ` ⏎ ` (as escapeForLog
 * does in the log), so nothing can start a block of its own. At the start,
 * where it could still open a block inside a list item (`- # h`, `- - x`,
 * `- 1. x`), a `#`, `-`, `+`, `=` or ordered-list marker is escaped too.
 */
function escapeMarkdown(s) {
    return escapeInline(escapeHtmlChars((0,_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .x)(s)))
        .replace(BREAK, ' ⏎ ')
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
/**
 * A GFM table cell: escapeMarkdown's HTML and inline escaping (its `\|`
 * keeps the row's columns), line breaks as `<br>` so a cell of several
 * lines (one file per line) stays one table row.
 */
function escapeTableCell(s) {
    return escapeInline(escapeHtmlChars((0,_mentions_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .x)(s))).replace(BREAK, '<br>');
}
/**
 * A code span around untrusted text. Inside one, Markdown and entities are
 * not read, so only what could end it or the block it is in is changed: a
 * backtick becomes `'`, a line break ` ⏎ `, and in a table cell (`inTable`)
 * `|` becomes `\|` (GFM splits a row at `|` before it reads code spans).
 */
function codeSpan(s, inTable = false) {
    const text = s.replace(/`/g, "'").replace(BREAK, ' ⏎ ');
    return `\`${inTable ? text.replace(/\|/g, '\\|') : text}\``;
}
/**
 * A fenced code block whose fence no line of `text` can close: one
 * backtick longer than the longest run of backticks in it (at least three).
 */
function codeBlock(text, info = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${info}\n${text}\n${fence}`;
}
/**
 * Release notes, which are Markdown on purpose (headings, lists, links to
 * commits and pull requests, emphasis), made inert where they are shown in
 * a job summary or a PR body: no raw HTML (an `<img>`, a `</details>` that
 * would end the summary's fold, a comment hiding text) and no image (a
 * remote image is a tracking pixel in every viewer's browser). A `<` that
 * starts a tag becomes `&lt;` and an image's `![` becomes `!\[`, each only
 * where a backslash does not already escape it, and mentions and closing
 * keywords aimed at other repositories are made inert; everything else is kept.
 * CHANGELOG.md and the GitHub Release keep the notes as they are.
 */
function inertNotes(markdown) {
    return inertReferences(markdown)
        .replace(/(?<!\\)((?:\\\\)*)<(?=[A-Za-z/!?])/g, '$1&lt;')
        .replace(/(?<!\\)((?:\\\\)*)!\[/g, '$1!\\[');
}
/**
 * inertNotes of notes in parts, part by part when every two parts meet at a
 * line break (what inertNotes changes depends only on the line it is in: a
 * run of backslashes and the character after a `<`), so a long release's
 * notes are not joined whole for it; joined first otherwise.
 */
function inertNotesText(notes) {
    if (typeof notes === 'string')
        return inertNotes(notes);
    // Empty parts join nothing: each non-empty part is checked against the non-empty one before it.
    let before;
    for (const part of notes) {
        if (part === '')
            continue;
        if (before !== undefined && !before.endsWith('\n') && !part.startsWith('\n'))
            return inertNotes(notes.join(''));
        before = part;
    }
    return notes.map(inertNotes);
}
/** Escapes HTML characters and `|` (for callers outside the summaries, which use escapeMarkdown and escapeTableCell). */
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
}
/** A Markdown table for the job summary; every header and cell is plain text, escaped (escapeTableCell). */
function markdownTable(headers, rows) {
    const cell = (v) => escapeTableCell(String(v));
    const lines = [
        `| ${headers.map(cell).join(' | ')} |`,
        `| ${headers.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ];
    return lines.join('\n');
}


/***/ }),

/***/ 8274:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ inertReferences)
/* harmony export */ });
// Text copied from commits, pull request titles and changelogs into what GitHub renders (a release PR
// body, a promotion PR body, a trail comment, a job summary) must not act there: an `@octocat` or
// `@acme/everyone` notifies the user or the whole team, and `closes other-org/repo#1` closes another
// repository's issue when the pull request merges. Both are made inert with a zero-width joiner (U+200D),
// invisible where the text is read: after the `@` of a mention, and inside the closing keyword before a
// reference to another repository (`owner/repo#N`, or an issue or pull request URL). `#N` stays a link
// to this repository, and so does `closes #N`: that is this repository's own issue.
const ZWJ = '\u200d';
/**
 * A mention as GitHub reads one: `@` at the start or after a character that
 * is not a letter, digit or `_` (so `a@b.com` is an address, not a mention),
 * then a user or organisation name (letters, digits, `-`), optionally
 * `/team`. `@` followed by anything else (`@ `, `@@`, `@-`) mentions no one.
 */
const MENTION = /(^|[^A-Za-z0-9_\u200d])@(?=[A-Za-z0-9])/g;
/**
 * A closing keyword (close, closes, closed, fix, fixes, fixed, resolve,
 * resolves, resolved; any case; an optional colon) directly before a
 * reference to another repository: `owner/repo#12`, or a URL of an issue or
 * pull request. The keyword is matched whole (`prefixes` is no keyword).
 */
const FOREIGN_CLOSE = /(?<![A-Za-z0-9_])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?=\s*:?\s*(?:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+#\d|<?https?:\/\/[^\s/]+\/[^\s/]+\/[^\s/]+\/(?:issues|pull)\/\d))/gi;
/**
 * Untrusted text with its mentions and its closing keywords aimed at other
 * repositories made inert (a zero-width joiner inserted; nothing else
 * changes). Apply it to plain text before escaping it as Markdown, or to
 * Markdown lockstep wrote around such text.
 */
function inertReferences(s) {
    // Most text (names, versions, paths) holds neither an `@` nor a reference: left as it is without a scan.
    if (!s.includes('@') && !s.includes('#') && !s.includes('://'))
        return s;
    return s.replace(MENTION, `$1@${ZWJ}`).replace(FOREIGN_CLOSE, (keyword) => `${keyword[0]}${ZWJ}${keyword.slice(1)}`);
}


/***/ }),

/***/ 3491:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TO: () => (/* binding */ viewText),
/* harmony export */   Up: () => (/* binding */ textHead),
/* harmony export */   _V: () => (/* binding */ joinText)
/* harmony export */ });
/* unused harmony exports textLength, sameText, PartsView */
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


/***/ }),

/***/ 4619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean),
/* harmony export */   p: () => (/* binding */ nearest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);

/**
 * The candidate closest to `word` by edit distance, when it is close enough
 * to be a likely typo (at most a third of the longer word, at least 1 edit
 * allowed, at most 4); undefined otherwise. Ties go to the earlier candidate.
 */
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        if (c === word)
            return c;
        const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(word.toLowerCase(), c.toLowerCase());
        const limit = Math.min(4, Math.max(1, Math.floor(Math.max(word.length, c.length) / 3)));
        if (d <= limit && d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
/** ' (did you mean X?)' for the nearest candidate, or '' when none is close. */
function didYouMean(word, candidates) {
    const n = nearest(word, candidates);
    return n === undefined || n === word ? '' : ` (did you mean ${n}?)`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9116);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
